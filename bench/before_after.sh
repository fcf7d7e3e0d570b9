#!/bin/sh
# Issue 15's figures, before and after, in one run: bench/prep.py and bench/dispatch.py on each
# given checkout in turn (e.g. a worktree of main, then this one), with this checkout's venv —
# bench/common.py puts each checkout's own code first on the path.
#
#   git worktree add /tmp/prep-before 9f155b6
#   sh bench/before_after.sh /tmp/prep-before .
set -e
PY="$(pwd)/.venv/bin/python"
PG="${ONEONONE_TEST_POSTGRES_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"
for tree in "$@"; do
  echo "== $tree at $(git -C "$tree" rev-parse --short HEAD)$(git -C "$tree" diff --quiet || echo ' (with local changes)')"
  (cd "$tree" && "$PY" bench/prep.py && "$PY" bench/dispatch.py --postgres "$PG")
done
