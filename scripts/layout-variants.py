#!/usr/bin/env python3
"""Build the two layouts news text reaches users in from a gold file.

Usage:
    layout-variants.py GOLD.jsonl OUTDIR [--width N]

Writes OUTDIR/NAME-flat.gold.jsonl, OUTDIR/NAME-flat1.gold.jsonl and
OUTDIR/NAME-wrap72.gold.jsonl (NAME is GOLD's name without `.gold.jsonl`,
72 the width):

- flat: every line break replaced by one space (`\\n` -> ` `, `\\r` -> ` `),
  as text pasted from a web page or a feed field arrives;
- flat1: every run of line breaks (and the white space around it) one
  space, as a feed that joins paragraphs with a space has it: no blank
  line leaves a double space behind (offsets are moved to match);
- wrap: every line of the text hard-wrapped at N columns (72 unless told)
  as wire copy and plain-text archives are: a space where the next word
  would pass the width becomes a line break. Blank lines stay.

flat and wrap replace one ASCII byte by another, so every gold offset
still holds; each quote's `text` is taken again from the new text (GUIDELINES.md: a
quote's `text` equals `text[start..end]`, byte offsets).
"""
import json
import os
import sys


def flatten(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ")


def flatten_runs(text: str):
    """Every run of white space holding a line break becomes one space.
    Returns the new text and a map from old byte offsets to new ones."""
    b = text.encode("utf-8")
    out = bytearray()
    where = [0] * (len(b) + 1)
    i = 0
    while i < len(b):
        if b[i] in b" \t\r\n":
            j = i
            while j < len(b) and b[j] in b" \t\r\n":
                j += 1
            if b"\n" in b[i:j] or b"\r" in b[i:j]:
                for k in range(i, j):
                    where[k] = len(out)
                out += b" "
                i = j
                continue
        where[i] = len(out)
        out.append(b[i])
        i += 1
    where[len(b)] = len(out)
    return out.decode("utf-8"), where


def wrap(text: str, width: int) -> str:
    """Hard-wrap each line of `text` at `width` columns (characters), greedy,
    breaking only at ASCII spaces. A word longer than the width stays whole
    on its own line."""
    out = []
    for line in text.split("\n"):
        chars = list(line)
        col = 0  # columns used on the current output line
        last_space = -1  # index in `chars` of the last space on this line
        line_start = 0
        for i, c in enumerate(chars):
            if c == " ":
                last_space = i
            col = i - line_start + 1
            if col > width and last_space >= line_start and c != " ":
                # Break at the last space: the next line starts after it.
                chars[last_space] = "\n"
                line_start = last_space + 1
                last_space = -1
        out.append("".join(chars))
    return "\n".join(out)


def variant(doc: dict, make) -> dict:
    made = make(doc["text"])
    if isinstance(made, tuple):
        text, where = made
    else:
        text = made
        assert len(text.encode("utf-8")) == len(doc["text"].encode("utf-8"))
        where = None
    b = text.encode("utf-8")
    new = dict(doc)
    new["text"] = text
    quotes = []
    for q in doc.get("quotes", []):
        q = dict(q)
        if where is not None:
            q["start"], q["end"] = where[q["start"]], where[q["end"]]
        q["text"] = b[q["start"] : q["end"]].decode("utf-8")
        quotes.append(q)
    new["quotes"] = quotes
    return new


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    width = 72
    if "--width" in argv:
        width = int(argv[argv.index("--width") + 1])
        args.remove(str(width))
    if len(args) != 2:
        sys.exit(__doc__)
    gold, outdir = args
    name = os.path.basename(gold)
    if name.endswith(".gold.jsonl"):
        name = name[: -len(".gold.jsonl")]
    os.makedirs(outdir, exist_ok=True)
    with open(gold, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    for suffix, make in (
        ("flat", flatten),
        ("flat1", flatten_runs),
        (f"wrap{width}", lambda t: wrap(t, width)),
    ):
        path = os.path.join(outdir, f"{name}-{suffix}.gold.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(variant(d, make), ensure_ascii=False) + "\n")
        print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
