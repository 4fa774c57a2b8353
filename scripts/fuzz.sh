#!/usr/bin/env bash
# Fuzz whosaid on the stable toolchain for a fixed budget: the stable driver
# (fuzz/src/bin/drive.rs) runs the fuzz targets' checks (scan, attribute,
# attribute_bytes; tests/invariants/mod.rs; and jsonl_lines, the jsonl
# example's line reader, examples/common/lines.rs) over mutated inputs seeded from
# examples/data and built-in snippets. Any panic or broken invariant fails
# the run and leaves the input in fuzz/artifacts/.
#
#   FUZZ_SECONDS  total budget in seconds, shared by the targets (default 60)
#   FUZZ_SEED     random seed (default: from the clock; printed either way)
#   FUZZ_TARGET   scan, attribute, attribute_bytes, jsonl_lines or all (default all)
#
# Reproduce a failure: cargo run --release --manifest-path fuzz/Cargo.toml
#   --bin drive -- --replay fuzz/artifacts/<file>   (or --minimize <file>)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${FUZZ_SECONDS:-60}"
target="${FUZZ_TARGET:-all}"
args=(--seconds "$seconds" --target "$target")
if [[ -n "${FUZZ_SEED:-}" ]]; then
  args+=(--seed "$FUZZ_SEED")
fi

cargo build --release --manifest-path fuzz/Cargo.toml --bin drive
cargo run --release --quiet --manifest-path fuzz/Cargo.toml --bin drive -- "${args[@]}"
