# Sourced by scripts that run the release `jsonl` example: builds it and
# sets `jsonl` to the binary's absolute path, wherever the target dir is
# configured (cargo reports it; diagnostics go to stderr once).
# Usage: . scripts/build-jsonl.sh NAME   (NAME prefixes error messages)
echo "== building examples/jsonl (release)"
jsonl=$(cargo build --quiet --release --example jsonl \
  --message-format=json-render-diagnostics | python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "jsonl" and m.get("executable"):
        print(m["executable"])
')
if [ ! -x "$jsonl" ]; then
  echo "$1: could not find the built jsonl example" >&2
  exit 2
fi
jsonl=$(cd "$(dirname "$jsonl")" && pwd)/$(basename "$jsonl")
