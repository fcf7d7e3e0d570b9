"""The coaching domain: parsing, recurrence, suggested asks, balance and the oversharing scan.

Pure Python. Nothing here imports Slack, SQLAlchemy or the rest of this project.
"""
