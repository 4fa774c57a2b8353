#!/usr/bin/env bash
# Accuracy gate: run examples/jsonl over every gold file in ../shared/corpus
# and in tests/corpus (our own fictional set), print the scorer's figures,
# and fail when any figure is under its floor.
#
#   bash scripts/eval.sh            # figures and gates
#   bash scripts/eval.sh --detail   # also every missed, spurious or misattributed quote
#
# news-dev is also scored flattened (two ways) and hard-wrapped at 72
# columns (scripts/layout-variants.py builds them into target/eval/layout).
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
calibration=$shared/eval/calibration.py
for need in "$scorer" "$calibration" "$shared/corpus"; do
  if [ ! -e "$need" ]; then
    echo "eval.sh: $need not found (the shared corpus must sit beside the repository)" >&2
    exit 2
  fi
done

# Gates per gold file, each `figure>=bound` or `figure<=bound`; a figure is
# one of score.py's (`quote_f1`, `speaker_acc`, `speaker_prec`, `role_acc`,
# `e2e_f1`) or calibration.py's `ece`.
declare -A gates=(
  [voz-istanbul-talks]="quote_f1>=0.95 speaker_acc>=0.90 role_acc>=0.80 e2e_f1>=0.85"
  [news-dev]="quote_f1>=0.95 speaker_acc>=0.85 role_acc>=0.75 e2e_f1>=0.80"
  # Our own fictional set (tests/corpus/README.md): a regression gate a
  # little under the figures it has reached.
  [own-news]="quote_f1>=0.95 speaker_acc>=0.85 role_acc>=0.90 e2e_f1>=0.85"
  # The decision model on real news it never saw (never trained or tuned
  # on), at the default threshold: speaker accuracy no lower than the
  # rules' before the model (0.805), speaker precision (right / given a
  # name) 0.95, and the calibration error of `confidence` 0.03.
  [polnear-dev]="speaker_acc>=0.805 speaker_prec>=0.95 ece<=0.03"
  # news-dev as users also get it (scripts/layout-variants.py): hard-wrapped
  # at 72 columns, held to the original's gates (issue 7 asks within 0.01
  # of the original's figures); flattened (every line break a space), at
  # issue 7's figure for end to end (0.90).
  [news-dev-wrap72]="quote_f1>=0.95 speaker_acc>=0.85 role_acc>=0.75 e2e_f1>=0.80"
  [news-dev-flat]="quote_f1>=0.95 speaker_acc>=0.85 role_acc>=0.75 e2e_f1>=0.90"
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
# Layout variants of news-dev: flattened (flat: every line break a space;
# flat1: paragraphs joined by one space, figures only) and hard-wrapped at
# 72 columns.
if [ -e "$shared/corpus/news-dev.gold.jsonl" ]; then
  python3 scripts/layout-variants.py "$shared/corpus/news-dev.gold.jsonl" "$out/layout" >/dev/null
  golds+=("$out/layout/news-dev-flat.gold.jsonl" "$out/layout/news-dev-flat1.gold.jsonl"
    "$out/layout/news-dev-wrap72.gold.jsonl")
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
  calib=$(python3 "$calibration" "$gold" "$pred" --json)
  python3 - "$calib" <<'PY'
import json, sys
c = json.loads(sys.argv[1])
at = c["at"]
print(f"confidence  ECE {c['ece']:.3f}  " + "  ".join(
    f"≥{t}: prec {at[t]['prec']:.3f} kept {at[t]['kept']:.3f}" for t in ("0.5", "0.8", "0.9")))
PY
  if [ -z "${gates[$name]+set}" ]; then
    echo "(no gates set for $name: figures only)"
    continue
  fi
  # shellcheck disable=SC2086 # the gates are words on purpose
  if ! python3 - "$name" "$metrics" "$calib" ${gates[$name]} <<'PY'
import json, re, sys
name, metrics, calib, *gates = sys.argv[1:]
figures = {**json.loads(metrics), "ece": json.loads(calib)["ece"]}
low = []
for gate in gates:
    key, op, bound = re.fullmatch(r"(\w+)(>=|<=)([0-9.]+)", gate).groups()
    value, bound = figures[key], float(bound)
    if value < bound if op == ">=" else value > bound:
        low.append(f"{key} {value:.3f} {'<' if op == '>=' else '>'} {bound}")
for line in low:
    print(f"FAIL {name}: {line}")
if not low:
    print(f"ok   {name}: every figure within its gate")
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
