#!/bin/sh
# Issue 15's figures, before and after, in one run: this checkout's bench/prep.py and
# bench/dispatch.py on the code of each given checkout in turn (e.g. a worktree of main, then
# this one), with this checkout's venv. Each checkout's code is mounted by symlinks under a
# temporary folder beside a copy of these scripts, so an older checkout is measured the same
# way (warm and cold) even if its own scripts predate that. ROUNDS runs each (default 1);
# PREP_ARGS goes to bench/prep.py (e.g. "--requests 150").
#
#   git worktree add --detach /tmp/prep-before 0ba2694
#   ROUNDS=3 sh bench/before_after.sh /tmp/prep-before .
set -e
HERE="$(pwd)"
PY="$HERE/.venv/bin/python"
PG="${ONEONONE_TEST_POSTGRES_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"
ROUNDS="${ROUNDS:-1}"
round=1
while [ "$round" -le "$ROUNDS" ]; do
  for tree in "$@"; do
    tree="$(cd "$tree" && pwd)"
    echo "== round $round: $tree at $(git -C "$tree" rev-parse --short HEAD)$(git -C "$tree" diff --quiet || echo ' (with local changes)')"
    overlay="$(mktemp -d)"
    mkdir "$overlay/bench"
    cp "$HERE/bench/common.py" "$HERE/bench/prep.py" "$HERE/bench/dispatch.py" "$overlay/bench/"
    for part in bot coaching handlers services storage tests; do
      ln -s "$tree/$part" "$overlay/$part"
    done
    # shellcheck disable=SC2086  # PREP_ARGS is a list of words
    (cd "$overlay" && "$PY" bench/prep.py $PREP_ARGS && "$PY" bench/dispatch.py --nudges 4000 --postgres "$PG")
    rm -rf "$overlay"
  done
  round=$((round + 1))
done
