#!/usr/bin/env bash
# Instructions counted by callgrind for the scanner or full attribution of
# one input (benches/instructions.rs): stable where wall time is not. Only
# the work is counted (callgrind's --toggle-collect on the bench's
# `measured` function), not the generation of the input.
#
#   bash scripts/instructions.sh                 # attribution of 1 MiB of news-like text
#   bash scripts/instructions.sh --annotate      # also the top functions
#   bash scripts/instructions.sh --stage scan --kind quote_storm --mib 4
#   bash scripts/instructions.sh --table         # every adversarial kind (issue 10)
#   bash scripts/instructions.sh --table --kinds news,quote_storm --stages scan
#   bash scripts/instructions.sh --digest        # hashes of the output, every kind
#   bash scripts/instructions.sh --cold          # count the once-per-process tables too
#
# --stage: scan or attribute (default attribute). --kind: a kind of
# benches/common/hostile.rs (default news). --mib: input size (default 1).
# --table: each kind's count per MiB for each stage at 1 and 4 MiB (--mibs
# "1 4"), its multiple of news-like text of the same size and stage (the
# limit is 10), and its growth from the first size to the last (linear:
# 4). --kinds and --stages (comma-separated) narrow it; news is always
# counted. The tables built once per process (the lexicon's word
# classes: about 3 million instructions) are built before counting, as a
# worker reading many documents builds them once; --cold counts them too.
# --digest: a hash of the scanner's and the attribution's output
# for every kind at 1 MiB, to diff before and after a change meant to
# change no output. Callgrind's files go to target/instructions/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

annotate=0 table=0 digest=0 cold=""
stage=attribute kind=news mib=1 mibs="1 4" kinds="" stages="scan,attribute"
while [ $# -gt 0 ]; do
  case "$1" in
    --annotate) annotate=1 ;;
    --table) table=1 ;;
    --digest) digest=1 ;;
    --cold) cold=cold ;;
    --stage) stage=${2:?}; shift ;;
    --kind) kind=${2:?}; shift ;;
    --mib) mib=${2:?}; shift ;;
    --mibs) mibs=${2:?}; shift ;;
    --kinds) kinds=${2:?}; shift ;;
    --stages) stages=${2:?}; shift ;;
    -h|--help) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "instructions.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind not found" >&2; exit 2; }

# Debug info in the bench profile only for this build, so that the
# annotation names functions; code generation is the same.
bin=$(CARGO_PROFILE_BENCH_DEBUG=line-tables-only cargo bench --quiet -p whosaid-dev --bench instructions --no-run \
  --message-format=json-render-diagnostics | python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "instructions" and m.get("executable"):
        print(m["executable"])
')
[ -x "$bin" ] || { echo "instructions.sh: no bench executable" >&2; exit 2; }
out=target/instructions
mkdir -p "$out"

# count STAGE KIND MIB: prints the instructions of the measured work.
count() {
  local name="$1-$2-$3"
  valgrind --tool=callgrind --callgrind-out-file="$out/$name.out" \
    --collect-atstart=no --toggle-collect='*instructions::measured*' \
    "$bin" "$1" "$2" "$3" $cold >/dev/null 2>"$out/$name.log" ||
    { echo "instructions.sh: $bin $1 $2 $3 failed; see $out/$name.log" >&2; exit 2; }
  grep -o 'Collected : [0-9]*' "$out/$name.log" | grep -o '[0-9]*$'
}

if [ "$digest" -eq 1 ]; then
  for k in $("$bin" setup news 1 >/dev/null && python3 - <<'PY'
import re
src = open("whosaid-dev/benches/common/hostile.rs").read()
block = src[src.index("pub const KINDS"):]
print(" ".join(re.findall(r'"(\w+)"', block[:block.index("];")])))
PY
); do
    "$bin" digest "$k" 1
  done
  exit 0
fi

if [ "$table" -eq 0 ]; then
  n=$(count "$stage" "$kind" "$mib")
  bytes=$("$bin" setup "$kind" "$mib" | grep -o '^[0-9]*')
  python3 - "$stage" "$kind" "$n" "$bytes" <<'PY'
import sys
stage, kind, n, b = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
print(f"{stage} {kind}: {b} bytes; {n:,} instructions, {n / b:.1f} per byte ({n / (b / 2**20) / 1e6:.1f}M per MiB)")
PY
  if [ "$annotate" -eq 1 ]; then
    callgrind_annotate --inclusive=no "$out/$stage-$kind-$mib.out" 2>/dev/null | sed -n '1,60p'
  fi
  exit 0
fi

all=$(python3 - <<'PY'
import re
src = open("whosaid-dev/benches/common/hostile.rs").read()
block = src[src.index("pub const KINDS"):]
print(" ".join(re.findall(r'"(\w+)"', block[:block.index("];")])))
PY
)
[ -n "$kinds" ] || kinds=${all// /,}
results=$out/table.txt
: >"$results"
for s in ${stages//,/ }; do
  for k in news ${kinds//,/ }; do
    [ "$k" = news ] && grep -q "^$s news " "$results" && continue
    for m in $mibs; do
      echo "instructions.sh: $s $k $m MiB" >&2
      echo "$s $k $m $(count "$s" "$k" "$m") $("$bin" setup "$k" "$m" | grep -o '^[0-9]*')" >>"$results"
    done
  done
done
python3 - "$results" "$mibs" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
mibs = sys.argv[2].split()
per = {(s, k, m): int(n) / (int(b) / 2**20) for s, k, m, n, b in rows}
first, last = mibs[0], mibs[-1]
for s in dict.fromkeys(r[0] for r in rows):
    title = {"scan": "scanner (whosaid::quotes)", "attribute": "full attribution (Attributor::attribute)"}[s]
    print(f"\n{title}: instructions per MiB (M), and as a multiple of news-like text of the same size")
    head = "".join(f"{m + ' MiB':>10}{'x news':>8}" for m in mibs)
    print(f"{'kind':<16}{head}{'growth':>8}")
    for k in dict.fromkeys(r[1] for r in rows if r[0] == s):
        cells = "".join(
            f"{per[(s, k, m)] / 1e6:>10.1f}{per[(s, k, m)] / per[(s, 'news', m)]:>8.2f}" for m in mibs)
        growth = per[(s, k, last)] * int(last) / (per[(s, k, first)] * int(first)) if first != last else 1.0
        print(f"{k:<16}{cells}{growth:>8.2f}")
print(f"\n(growth: total instructions at {last} MiB over those at {first} MiB; linear is {int(last) // int(first)})")
PY
