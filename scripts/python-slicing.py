#!/usr/bin/env python3
"""Offsets as a Python user slices them: runs examples/jsonl over a JSONL
file (default: ../shared/corpus/news-dev.gold.jsonl; only the documents'
`text` is read) with each `--offsets` unit, slices every quote out of the
decoded text with Python's own indexing, and counts how many give the
quote's `text` back.

    python3 scripts/python-slicing.py [JSONL] [--jsonl PATH/TO/jsonl]

`--offsets chars` must give every quote back (exit 1 otherwise); bytes
offsets are shown for comparison (they are right for `str` only where
the text before the quote is ASCII).
"""
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
jsonl = None
if "--jsonl" in args:
    i = args.index("--jsonl")
    jsonl = args[i + 1]
    del args[i : i + 2]
path = args[0] if args else os.path.join(root, "..", "shared", "corpus", "news-dev.gold.jsonl")
if jsonl is None:
    # The release build, as scripts/build-jsonl.sh makes it.
    out = subprocess.run(
        ["bash", "-c", ". scripts/build-jsonl.sh python-slicing >&2 && echo \"$jsonl\""],
        cwd=root, capture_output=False, stdout=subprocess.PIPE, check=True, text=True,
    )
    jsonl = out.stdout.strip().splitlines()[-1]

with open(path, encoding="utf-8") as f:
    docs = [json.loads(line) for line in f if line.strip()]
texts = {d["id"]: d["text"] for d in docs}
inp = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)

ok = True
for unit in ("chars", "bytes"):
    run = subprocess.run([jsonl, "--strict", "--offsets", unit], input=inp.encode(),
                         stdout=subprocess.PIPE, check=True)
    right = total = 0
    for line in run.stdout.decode("utf-8").splitlines():
        out = json.loads(line)
        assert out["offsets"] == unit, out["offsets"]
        text = texts[out["id"]]
        for q in out["quotes"]:
            total += 1
            right += text[q["start"]:q["end"]] == q["text"]
    print(f"--offsets {unit}: Python slicing gives {right} of {total} quotes right")
    if unit == "chars" and right != total:
        ok = False
sys.exit(0 if ok else 1)
