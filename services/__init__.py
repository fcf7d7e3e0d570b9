"""Use cases: each owns one database transaction and returns the reply plus the Slack effects
to run after the commit (`services.unit_of_work.Outcome`).

Handlers and the dispatcher both call in here; nothing in here imports `handlers/` or `bot/`,
and nothing in here talks to Slack — an effect is a callable a handler (or the dispatcher) runs
with its own client once the transaction has committed.
"""
