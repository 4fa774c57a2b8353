#!/usr/bin/env bash
# The README's threshold table: for each gold file, the precision of the
# speakers given and the share of judged quotes that keep one, at
# min_confidence 0 (every best candidate) and at 0.5, 0.7, 0.8, 0.9 (read
# from ../shared/eval/calibration.py on predictions made at 0).
#
#   bash scripts/threshold-table.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/build-jsonl.sh
. scripts/build-jsonl.sh threshold-table.sh
out=target/eval/thresholds
mkdir -p "$out"
files=(polnear-train polnear-dev news-dev pdnc-dev)
for f in "${files[@]}"; do
  "$jsonl" --min-confidence 0 < "../shared/corpus/$f.gold.jsonl" > "$out/$f.pred.jsonl"
done
row() {
  local t=$1 cells=()
  for f in "${files[@]}"; do
    if [ "$t" = 0 ]; then
      cells+=("$(python3 ../shared/eval/score.py "../shared/corpus/$f.gold.jsonl" "$out/$f.pred.jsonl" \
        | sed -n 's/.*prec \([0-9.]*\)  given \([0-9.]*\).*/\1, \2/p')")
    else
      cells+=("$(python3 ../shared/eval/calibration.py "../shared/corpus/$f.gold.jsonl" "$out/$f.pred.jsonl" \
        | sed -n "s/.*confidence >= $t: precision \([0-9.]*\), speaker kept on \([0-9.]*\).*/\1, \2/p")")
    fi
  done
  local line="| $t |"
  for c in "${cells[@]}"; do line+=" $c |"; done
  echo "$line"
}
head="| min_confidence |"
for f in "${files[@]}"; do head+=" \`$f\` |"; done
echo "$head"
for t in 0 0.5 0.7 0.8 0.9; do row "$t"; done
