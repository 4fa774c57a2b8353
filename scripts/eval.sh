#!/usr/bin/env bash
# Accuracy gate: run examples/jsonl over every gold file in ../shared/corpus
# and in tests/corpus (our own fictional set), print the scorer's figures,
# and fail when any figure is under its floor.
#
#   bash scripts/eval.sh            # figures and floors
#   bash scripts/eval.sh --detail   # also every missed, spurious or misattributed quote
#
# Run from anywhere; paths are taken from the repository root, with the
# shared corpus and scorer in ../shared beside it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

detail=()
for arg in "$@"; do
  case "$arg" in
    --detail) detail=(--detail) ;;
    -h|--help) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "eval.sh: unknown argument $arg (try --help)" >&2; exit 2 ;;
  esac
done

shared=../shared
scorer=$shared/eval/score.py
for need in "$scorer" "$shared/corpus"; do
  if [ ! -e "$need" ]; then
    echo "eval.sh: $need not found (the shared corpus must sit beside the repository)" >&2
    exit 2
  fi
done

# Floors per gold file: quote F1, speaker accuracy, role accuracy, e2e F1.
declare -A floors=(
  [voz-istanbul-talks]="0.95 0.90 0.80 0.85"
  [news-dev]="0.95 0.85 0.75 0.80"
  # Our own fictional set (tests/corpus/README.md): a regression gate a
  # little under the figures it has reached.
  [own-news]="0.95 0.85 0.90 0.85"
)

# shellcheck source=scripts/build-jsonl.sh
. scripts/build-jsonl.sh eval.sh

out=target/eval
mkdir -p "$out"
failed=0
shopt -s nullglob
golds=("$shared"/corpus/*.gold.jsonl tests/corpus/*.gold.jsonl)
if [ ${#golds[@]} -eq 0 ]; then
  echo "eval.sh: no gold files in $shared/corpus" >&2
  exit 2
fi

for gold in "${golds[@]}"; do
  name=$(basename "$gold" .gold.jsonl)
  pred=$out/$name.pred.jsonl
  echo
  echo "== $name"
  # --strict: a document the example could not analyse fails the gate, but
  # the file is still scored so the figures show what it cost.
  if ! "$jsonl" --strict <"$gold" >"$pred"; then
    echo "FAIL $name: examples/jsonl reported errors (see above)"
    failed=1
  fi
  python3 "$scorer" "$gold" "$pred" ${detail[@]+"${detail[@]}"}
  metrics=$(python3 "$scorer" "$gold" "$pred" --json)

  if [ -z "${floors[$name]+set}" ]; then
    echo "(no floors set for $name: figures only)"
    continue
  fi
  # shellcheck disable=SC2086 # the floors are four words on purpose
  if ! python3 - "$name" "$metrics" ${floors[$name]} <<'PY'
import json, sys
name, metrics, *floors = sys.argv[1:]
m = json.loads(metrics)
checks = zip(("quote_f1", "speaker_acc", "role_acc", "e2e_f1"),
             ("quote F1", "speaker acc", "role acc", "e2e F1"), map(float, floors))
low = [f"{label} {m[key]:.3f} < {floor:.2f}" for key, label, floor in checks if m[key] < floor]
for line in low:
    print(f"FAIL {name}: {line}")
if not low:
    print(f"ok   {name}: every figure at or above its floor")
sys.exit(1 if low else 0)
PY
  then
    failed=1
  fi
done

echo
if [ "$failed" -ne 0 ]; then
  echo "eval.sh: accuracy gate FAILED"
  exit 1
fi
echo "eval.sh: accuracy gate passed"
