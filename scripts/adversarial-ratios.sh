#!/usr/bin/env bash
# Runs benches/adversarial.rs and prints, for the scanner and for full
# attribution, each adversarial kind's time as a multiple of news-like text
# of the same size (1 MB and 4 MB), and its growth from 1 MB to 4 MB.
#
# Goal (issue 4): every kind within 10x news-like text of the same size,
# and linear growth (4 MB / 1 MB about 4; at most 5 passes).
#
#   scripts/adversarial-ratios.sh [RUNS]
#
# RUNS (default 3) complete runs of the bench; each benchmark's figure is
# the median over the runs of criterion's median (10 samples per run), as
# timing on a shared machine is noisy. The growth is also given from each
# benchmark's fastest sample; a kind is called superlinear only when both
# growth figures are over the limit. Extra criterion options can be given
# in BENCH_ARGS (e.g. BENCH_ARGS="--measurement-time 5", or a filter such as
# BENCH_ARGS="adv_attribute/"). Honours CARGO_TARGET_DIR. Exits 1 when a
# limit is broken.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${1:-3}
results=$(mktemp -d /tmp/adv-ratios.XXXXXX)
trap 'rm -rf "$results"' EXIT

# Build once and run that binary for every run, so that all runs time the
# same code even if the sources change meanwhile.
bench=$(cargo bench --bench adversarial --no-run --message-format=json |
    python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "adversarial" and m.get("executable"):
        print(m["executable"])')
[ -x "$bench" ] || { echo "adversarial-ratios: no bench executable" >&2; exit 2; }
echo "adversarial-ratios: $bench" >&2
# Criterion's files go to a private directory: no stale or foreign figures.
export CRITERION_HOME="$results/criterion"
crit=$CRITERION_HOME

for run in $(seq 1 "$runs"); do
    echo "adversarial-ratios: run $run of $runs" >&2
    rm -rf "$crit"
    # shellcheck disable=SC2086
    "$bench" --bench ${BENCH_ARGS:-} >"$results/bench-$run.log" 2>&1 || {
        tail -30 "$results/bench-$run.log" >&2
        exit 2
    }
    # Keep this run's estimates: the next run overwrites criterion's.
    python3 - "$crit" "$results/run-$run.json" <<'EOF'
import json, os, sys
crit, out = sys.argv[1], sys.argv[2]
got = {}
for group in ("adv_scan", "adv_attribute"):
    gdir = os.path.join(crit, group)
    if not os.path.isdir(gdir):
        continue
    for kind in sorted(os.listdir(gdir)):
        for size in ("1MB", "4MB"):
            d = os.path.join(gdir, kind, size, "new")
            if os.path.exists(os.path.join(d, "estimates.json")):
                with open(os.path.join(d, "estimates.json")) as f:
                    est = json.load(f)
                with open(os.path.join(d, "sample.json")) as f:
                    sample = json.load(f)
                fastest = min(t / n for t, n in zip(sample["times"], sample["iters"]))
                got[f"{group}/{kind}/{size}"] = [est["median"]["point_estimate"], fastest]
json.dump(got, open(out, "w"))
EOF
done

python3 - "$results" "$runs" <<'EOF'
import json, os, statistics, sys
results, runs = sys.argv[1], int(sys.argv[2])
per_run = [json.load(open(os.path.join(results, f"run-{r}.json"))) for r in range(1, runs + 1)]
keys = set().union(*per_run)
# Per benchmark: the median over runs of criterion's median, and the
# fastest sample of all runs (the figure least disturbed by other load).
t = {k: statistics.median(r[k][0] for r in per_run if k in r) for k in keys}
fast = {k: min(r[k][1] for r in per_run if k in r) for k in keys}

KINDS = ["dquote", "squote", "open_curly", "name_storm", "pronoun_storm", "endless_para", "nested",
         "namesakes", "named_later", "guillemet_storm", "curly_storm", "low_storm", "nested_storm",
         "quote_storm", "letter_storm", "dialogue_storm"]
MAX_VS_NEWS, MAX_GROWTH = 10.0, 5.0
failures = []

def ms(ns):
    return f"{ns / 1e6:9.2f}"

for group, title in (("adv_scan", "scanner (whosaid::quotes)"),
                     ("adv_attribute", "full attribution (Attributor::attribute)")):
    if f"{group}/news/1MB" not in t or f"{group}/news/4MB" not in t:
        continue  # filtered out (the news rows are the yardstick)
    news1, news4 = t[f"{group}/news/1MB"], t[f"{group}/news/4MB"]
    fnews1, fnews4 = fast[f"{group}/news/1MB"], fast[f"{group}/news/4MB"]
    print(f"\n{title}: median of {runs} run(s), times in ms; 'fastest' uses each")
    print("benchmark's fastest sample instead (least disturbed by other load)")
    print(f"{'kind':<14}{'1MB ms':>10}{'4MB ms':>10}{'x news 1MB':>12}{'x news 4MB':>12}{'4MB/1MB':>9}"
          f"{'fastest':>9}  verdict")
    print(f"{'news':<14}{ms(news1):>10}{ms(news4):>10}{1.0:>12.2f}{1.0:>12.2f}{news4 / news1:>9.2f}"
          f"{fnews4 / fnews1:>9.2f}  ({1048576 / news1 * 1e9 / 1e6:.1f} MB/s at 1MB)")
    for kind in KINDS:
        k1, k4 = t.get(f"{group}/{kind}/1MB"), t.get(f"{group}/{kind}/4MB")
        if k1 is None or k4 is None:
            print(f"{kind:<14}  (not measured)")
            continue
        r1, r4, g = k1 / news1, k4 / news4, k4 / k1
        fg = fast[f"{group}/{kind}/4MB"] / fast[f"{group}/{kind}/1MB"]
        bad = []
        if r1 > MAX_VS_NEWS or r4 > MAX_VS_NEWS:
            bad.append(f">{MAX_VS_NEWS:g}x news")
        # Both growth figures over the limit: one alone is usually noise.
        if g > MAX_GROWTH and fg > MAX_GROWTH:
            bad.append("superlinear")
        if bad:
            failures.append(f"{group}/{kind}: {', '.join(bad)}")
        print(f"{kind:<14}{ms(k1):>10}{ms(k4):>10}{r1:>12.2f}{r4:>12.2f}{g:>9.2f}{fg:>9.2f}"
              f"  {'; '.join(bad) or 'ok'}")

print()
if failures:
    print("limits broken:\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"all kinds within {MAX_VS_NEWS:g}x news and 4MB/1MB <= {MAX_GROWTH:g}")
EOF
