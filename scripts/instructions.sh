#!/usr/bin/env bash
# Instructions per input byte for full attribution of `news_like_1mb` (the
# `attribute` bench's input), counted by callgrind: stable where wall time
# is not. Prints the total, and per byte after subtracting the cost of
# generating the input.
#
#   bash scripts/instructions.sh            # count
#   bash scripts/instructions.sh --annotate # also the top functions
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

annotate=0
for arg in "$@"; do
  case "$arg" in
    --annotate) annotate=1 ;;
    -h|--help) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "instructions.sh: unknown argument $arg (try --help)" >&2; exit 2 ;;
  esac
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
out=target/instructions
mkdir -p "$out"
count() {
  valgrind --tool=callgrind --callgrind-out-file="$out/$1.out" "$bin" "$1" >/dev/null 2>"$out/$1.log"
  grep -o 'Collected : [0-9]*' "$out/$1.log" | grep -o '[0-9]*$'
}
setup=$(count setup)
total=$(count run)
bytes=$("$bin" setup | grep -o '^[0-9]*')
python3 - "$setup" "$total" "$bytes" <<'PY'
import sys
setup, total, n = map(int, sys.argv[1:])
work = total - setup
print(f"news_like_1mb: {n} bytes; attribution {work:,} instructions, {work / n:.1f} per byte "
      f"({work / (n / 2**20) / 1e6:.1f}M per MiB); input generation {setup:,}")
PY
if [ "$annotate" -eq 1 ]; then
  callgrind_annotate --inclusive=no "$out/run.out" 2>/dev/null | sed -n '1,60p'
fi
