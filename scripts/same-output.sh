#!/usr/bin/env bash
# Byte-identical output check for refactors and speed work: run the release
# `jsonl` example over every gold file (../shared/corpus and tests/corpus)
# and compare its output with what an earlier build wrote.
#
#   bash scripts/same-output.sh --save DIR   # write DIR/NAME.jsonl per gold file
#   bash scripts/same-output.sh DIR          # compare with DIR; exit 1 on any difference
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

save=0
if [ "${1:-}" = "--save" ]; then
  save=1
  shift
fi
dir=${1:?usage: same-output.sh [--save] DIR}
mkdir -p "$dir"

# shellcheck source=scripts/build-jsonl.sh
. scripts/build-jsonl.sh same-output.sh

shopt -s nullglob
status=0
for gold in ../shared/corpus/*.gold.jsonl tests/corpus/*.gold.jsonl; do
  name=$(basename "$gold" .gold.jsonl)
  if [ "$save" -eq 1 ]; then
    "$jsonl" <"$gold" >"$dir/$name.jsonl"
    echo "saved  $name"
  elif cmp -s <("$jsonl" <"$gold") "$dir/$name.jsonl"; then
    echo "same   $name"
  else
    echo "DIFFER $name"
    status=1
  fi
done
exit "$status"
