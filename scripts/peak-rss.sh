#!/usr/bin/env bash
# Peak memory (and JSONL throughput) at scale, for issue 4:
# - the release `jsonl` example with --threads 1 and --threads 2 on a
#   ~100 MB JSONL file of news-like documents (a few KB each), and on its
#   first ~10 MB, to show that peak RSS does not grow with the file;
# - one ~100 MB document through attribution: the `attribute` example
#   (text report, and --json), and the `jsonl` example given it as one line.
# Peak RSS is /usr/bin/time -v's "Maximum resident set size". Each command
# runs RUNS times (default 3); the medians are printed. CPU is the share of
# one core the run got (200% = both cores of a 2-core machine): a
# --threads 2 run that gets no more than 100% was starved, not serial.
#
#   scripts/peak-rss.sh [RUNS]
#
# Then hostile records (issue 10), one run each: 50 MB of `"c"` (a quote
# storm, capped at one quote per 16 bytes) through `attribute` and as one
# `jsonl` line, 50 MB of `,` (a token per byte), 50 MB of `a ` (a storm
# of one-character words, a token per 2 bytes), and lines over jsonl's
# limit streamed from a generator: 300 MB (with a newline) and 1.5 GB (no
# newline), which must cost the limit (256 MiB), not the line.
#
# Goal: RSS <= 4x the input for the single document, near-constant for
# JSONL; for hostile records, the bounds in src/config.rs. Generated files go to $PEAK_RSS_DIR (default /tmp/whosaid-peak-rss)
# and are kept for reruns (delete the directory to regenerate). Honours
# CARGO_TARGET_DIR.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${1:-3}
target=${CARGO_TARGET_DIR:-target}
data=${PEAK_RSS_DIR:-/tmp/whosaid-peak-rss}
mkdir -p "$data"

cargo build --release --example jsonl --example attribute >&2
jsonl_bin="$target/release/examples/jsonl"
attribute_bin="$target/release/examples/attribute"

# Deterministic news-like documents: 100 MB of JSONL, its first 10 MB, and
# the same texts joined into one 100 MB document (plain text, and as one
# JSONL line).
python3 - "$data" <<'EOF'
import json, os, random, sys

data = sys.argv[1]
TARGET = 100 * 1000 * 1000
paths = {n: os.path.join(data, n) for n in ("docs.jsonl", "docs-10mb.jsonl", "one-doc.txt", "one-doc.jsonl")}
if all(os.path.exists(p) for p in paths.values()):
    sys.exit(0)

rng = random.Random(20240604)
FIRST = ["Ilse", "Oskar", "Dalia", "Piet", "Rosa", "Tomas", "Maren", "Kofi", "Anouk", "Radu",
         "Selin", "Jonah", "Mireille", "Bram", "Ayesha", "Lorcan", "Hedda", "Emeka", "Nadia", "Caspar"]
LAST = ["Varga", "Brandt", "Ferro", "Haldane", "Quill", "Wendt", "Okafor", "Lindahl", "Marchetti",
        "O'Dell", "Sorensen", "Achterberg", "Mbeki-Ross", "Castellan", "Ruiz-Palomo", "Novak"]
TITLES = ["transport minister", "foreign minister", "mayor", "chief executive", "central bank governor",
          "opposition leader", "health secretary", "police commissioner", "trade envoy"]
PLACES = ["Brennmark", "Port Asten", "Lenmouth", "the Vell Islands", "Karsova", "North Tarrow", "Ostrevia"]
ORGS = ["Harbour Police", "the Ministry of Transport", "Asten Terminals", "the Dockworkers' Union",
        "the Karsovan Rail Authority", "Northwire Holdings"]
VERBS = ["said", "says", "added", "warned", "insisted", "told reporters", "explained", "recalled"]
QUOTES = [
    "We will not sign anything that leaves the workers worse off than they were last year",
    "I'm not going to pretend this is easy, because it isn't",
    "Nobody in this building wants a strike that runs into the summer",
    "We've put a fair offer on the table and we're waiting for an answer",
    "If the ships don't move, the shelves empty, and that's the truth of it",
    "This is the best budget the city has seen since the '90s",
    "There's no crisis, there is a negotiation, and negotiations take time",
    "The figures speak for themselves: exports fell by a fifth in two months",
    "You can't run a harbour on goodwill alone",
    "It is too early to say what caused the fire, and I won't guess",
]
FRAGMENTS = ["going nowhere", "deeply disappointed", "a fair share", "calm heads", "irresponsible",
             "a step in the right direction", "not for sale"]
NARRATIVE = [
    "Talks in {place}'s long-running dispute didn't resume on Tuesday, and officials doubted a deal "
    "could be reached before the weekend.",
    "Shares in {org} fell 3% in early trading; the company's results are due on Thursday.",
    "The council met twice before the vote and didn't publish its minutes until Friday.",
    "{place}'s last flood defences were built in 1968 and haven't been raised since.",
]

def article():
    cast = [(rng.choice(FIRST), rng.choice(LAST), rng.choice(TITLES), rng.choice(PLACES),
             rng.choice(["he", "she"])) for _ in range(3)]
    place = rng.choice(PLACES)
    out = [f"{cast[0][2].capitalize()} calls for '{rng.choice(FRAGMENTS)}' as {place} talks stall"]
    for _ in range(12 + rng.randrange(36)):
        first, last, title, home, pron = rng.choice(cast)
        q, q2, verb = rng.choice(QUOTES), rng.choice(QUOTES), rng.choice(VERBS)
        out.append(rng.choice([
            f"\"{q},\" said {first} {last}, the {title} of {home}.",
            f"\"{q},\" {last} {verb}.",
            f"{first} {last} said: \"{q}.\"",
            f"\"{q},\" {pron} {verb}. \"{q2}.\"",
            f"\"{q},\" according to a spokeswoman for {rng.choice(ORGS)}.",
            f"{last} stated that the talks were \"{rng.choice(FRAGMENTS)}\".",
            f"“{q},” {first} {last} {verb}.",
            f"“They said ‘{rng.choice(FRAGMENTS)}’ twice,” {last} recalled. “{q2}.”",
            f"«{q}», {last} said through an interpreter.",
            rng.choice(NARRATIVE).format(place=rng.choice(PLACES), org=rng.choice(ORGS)),
        ]))
    return "\n\n".join(out) + "\n"

texts, size = [], 0
while size < TARGET:
    t = article()
    texts.append(t)
    size += len(t.encode())

with open(paths["docs.jsonl"], "w") as big, open(paths["docs-10mb.jsonl"], "w") as small:
    written = 0
    for i, t in enumerate(texts):
        line = json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n"
        big.write(line)
        if written < TARGET // 10:
            small.write(line)
            written += len(line.encode())
one = "\n".join(texts)
with open(paths["one-doc.txt"], "w") as f:
    f.write(one)
with open(paths["one-doc.jsonl"], "w") as f:
    f.write(json.dumps({"id": "one", "text": one}, ensure_ascii=False) + "\n")
print(f"peak-rss: generated {len(texts)} documents, {size / 1e6:.1f} MB of text", file=sys.stderr)
EOF

python3 - "$runs" "$data" "$jsonl_bin" "$attribute_bin" <<'EOF'
import os, re, statistics, subprocess, sys, time

runs, data, jsonl, attribute = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def measure(cmd, stdin_path):
    """Median peak RSS (bytes), wall time (s) and CPU use (%) over `runs` runs."""
    rss, wall, cpu = [], [], []
    for _ in range(runs):
        with open(stdin_path, "rb") as stdin, open(os.devnull, "wb") as null:
            start = time.monotonic()
            p = subprocess.run(["/usr/bin/time", "-v", *cmd], stdin=stdin, stdout=null,
                               stderr=subprocess.PIPE, text=True)
            wall.append(time.monotonic() - start)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
        if p.returncode != 0 or not m:
            sys.exit(f"peak-rss: {' '.join(cmd)} failed ({p.returncode}):\n{p.stderr[-2000:]}")
        rss.append(int(m.group(1)) * 1024)
        c = re.search(r"Percent of CPU this job got: (\d+)%", p.stderr)
        cpu.append(int(c.group(1)) if c else 0)
    return statistics.median(rss), statistics.median(wall), statistics.median(cpu)

MB = 1e6
rows = []
def row(label, cmd, stdin_path, input_path):
    size = os.path.getsize(input_path)
    rss, wall, cpu = measure(cmd, stdin_path)
    rows.append((label, size, rss, wall))
    print(f"{label:<44}{size / MB:>9.1f}{rss / MB:>10.1f}{rss / size:>10.2f}{wall:>9.2f}{size / MB / wall:>9.1f}"
          f"{cpu:>7}%", flush=True)

print(f"median of {runs} run(s); MB = 10^6 bytes\n")
print(f"{'command':<44}{'input MB':>9}{'RSS MB':>10}{'RSS/in':>10}{'wall s':>9}{'MB/s':>9}{'CPU':>8}")
empty = os.path.join(data, "empty.jsonl")
open(empty, "w").close()
rss0, _, _ = measure([jsonl, "--threads", "1"], empty)
print(f"{'jsonl on empty input (baseline)':<44}{0:>9.1f}{rss0 / MB:>10.1f}{'':>10}{'':>9}{'':>9}")
for threads in ("1", "2"):
    for name in ("docs-10mb.jsonl", "docs.jsonl"):
        p = os.path.join(data, name)
        row(f"jsonl --threads {threads} < {name}", [jsonl, "--threads", threads], p, p)
one_txt, one_jsonl = os.path.join(data, "one-doc.txt"), os.path.join(data, "one-doc.jsonl")
row("attribute one-doc.txt (text report)", [attribute, one_txt], os.devnull, one_txt)
row("attribute --json one-doc.txt", [attribute, "--json", one_txt], os.devnull, one_txt)
row("jsonl --threads 1 < one-doc.jsonl (1 line)", [jsonl, "--threads", "1"], one_jsonl, one_jsonl)
EOF

python3 - "$data" "$jsonl_bin" "$attribute_bin" <<'EOF'
import json, os, re, subprocess, sys, threading

data, jsonl, attribute = sys.argv[1], sys.argv[2], sys.argv[3]
MB = 1e6

def files():
    storm = '"c"' * (50_000_000 // 3)
    out = {}
    for name, text in (("storm-c.txt", storm), ("storm-comma.txt", "," * 50_000_000),
                       ("storm-words.txt", "a " * 25_000_000)):
        p = os.path.join(data, name)
        if not os.path.exists(p):
            with open(p, "w") as f:
                f.write(text)
        out[name] = p
    p = os.path.join(data, "storm-c.jsonl")
    if not os.path.exists(p):
        with open(p, "w") as f:
            f.write(json.dumps({"id": 1, "text": storm}) + "\n")
    out["storm-c.jsonl"] = p
    return out

def run(cmd, feed):
    """Peak RSS (bytes), exit code and stdout size; `feed` writes stdin."""
    p = subprocess.Popen(["/usr/bin/time", "-v", *cmd], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = [], []
    readers = [threading.Thread(target=lambda: out.append(len(p.stdout.read()))),
               threading.Thread(target=lambda: err.append(p.stderr.read().decode(errors="replace")))]
    for t in readers:
        t.start()
    try:
        feed(p.stdin)
        p.stdin.close()
    except BrokenPipeError:
        pass
    for t in readers:
        t.join()
    p.wait()
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err[0])
    return int(m.group(1)) * 1024, p.returncode, out[0]

def from_file(path):
    def feed(w):
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                w.write(chunk)
    return feed

def long_line(n, newline):
    def feed(w):
        w.write(b'{"id":1,"text":"')
        block = b"x" * (1 << 20)
        left = n
        while left > 0:
            w.write(block[:min(left, len(block))])
            left -= len(block)
        if newline:
            w.write(b'"}\n{"id":2,"text":"ok"}\n')
    return feed

f = files()
size = os.path.getsize
rows = [
    ('attribute - < 50 MB of "c"', [attribute, "-"], from_file(f["storm-c.txt"]), size(f["storm-c.txt"])),
    ('jsonl --threads 1 < 50 MB of "c" (1 line)', [jsonl, "--threads", "1"],
     from_file(f["storm-c.jsonl"]), size(f["storm-c.jsonl"])),
    ("attribute - < 50 MB of ','", [attribute, "-"], from_file(f["storm-comma.txt"]), size(f["storm-comma.txt"])),
    ("attribute - < 50 MB of 'a '", [attribute, "-"], from_file(f["storm-words.txt"]),
     size(f["storm-words.txt"])),
    ("jsonl --threads 1 < 300 MB line over the limit", [jsonl, "--threads", "1"],
     long_line(300_000_000, True), 300_000_000),
    ("jsonl --threads 1 < 1.5 GB, no newline", [jsonl, "--threads", "1"],
     long_line(1_500_000_000, False), 1_500_000_000),
]
print(f"\n{'hostile record (one run)':<48}{'input MB':>9}{'RSS MB':>10}{'RSS/in':>8}{'out MB':>9}{'rc':>4}")
for label, cmd, feed, n in rows:
    rss, rc, out = run(cmd, feed)
    print(f"{label:<48}{n / MB:>9.1f}{rss / MB:>10.1f}{rss / n:>8.2f}{out / MB:>9.1f}{rc:>4}", flush=True)
EOF
