#!/usr/bin/env python3
"""Checks a Spark run of the jsonl example against a single-process run.

    python3 scripts/spark/check.py INPUT SINGLE_OUTPUT SPARK_OUTPUT_DIR

INPUT is the JSONL the job read, SINGLE_OUTPUT is `jsonl --threads 1 <
INPUT`, SPARK_OUTPUT_DIR holds the job's part-* files. Fails (exit 1) unless
the Spark result has exactly one line per input line, every input id
appears exactly once, no line is an error line, and the Spark lines equal
the single-process lines as a multiset (byte for byte) and keyed by id
(parsed JSON). Lines are split on b"\\n" only: text may hold U+2028 or
U+0085, which are not line ends in JSONL.
"""
import collections
import glob
import json
import os
import sys


def lines(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data:
        return []
    if not data.endswith(b"\n"):
        raise SystemExit(f"check: {path} does not end with a newline")
    return data[:-1].split(b"\n")


def by_id(name, rows, problems):
    """Parsed rows keyed by their id (as JSON text, so 1 and "1" differ)."""
    keyed = {}
    for n, row in enumerate(rows, 1):
        try:
            doc = json.loads(row)
        except ValueError as e:
            problems.append(f"{name} line {n} is not JSON: {e}")
            continue
        if not isinstance(doc, dict):
            problems.append(f"{name} line {n} is not a JSON object")
            continue
        if "error" in doc:
            problems.append(f"{name} line {n} is an error line: {doc['error']}")
        key = json.dumps(doc.get("id"))
        if key in keyed:
            problems.append(f"{name}: id {key} appears more than once")
        keyed[key] = doc
    return keyed


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    input_path, single_path, spark_dir = sys.argv[1:]
    parts = sorted(glob.glob(os.path.join(spark_dir, "part-*")))
    if not os.path.exists(os.path.join(spark_dir, "_SUCCESS")) or not parts:
        raise SystemExit(f"check: {spark_dir} holds no finished Spark output")

    inp = lines(input_path)
    single = lines(single_path)
    spark = [row for part in parts for row in lines(part)]
    print(f"spark: input {len(inp)} lines, single-process output {len(single)} lines, "
          f"spark output {len(spark)} lines in {len(parts)} part files")

    problems = []
    if len(spark) != len(inp):
        problems.append(f"spark output has {len(spark)} lines for {len(inp)} input lines")
    if len(single) != len(inp):
        problems.append(f"single-process output has {len(single)} lines for {len(inp)} input lines")

    input_ids = collections.Counter()
    for n, row in enumerate(inp, 1):
        input_ids[json.dumps(json.loads(row).get("id"))] += 1
    dup_inputs = [k for k, c in input_ids.items() if c > 1]
    if dup_inputs:
        problems.append(f"input ids not unique: {dup_inputs[:5]}")

    spark_by_id = by_id("spark output", spark, problems)
    single_by_id = by_id("single-process output", single, problems)
    missing = [k for k in input_ids if k not in spark_by_id]
    extra = [k for k in spark_by_id if k not in input_ids]
    if missing:
        problems.append(f"{len(missing)} input ids missing from the spark output, e.g. {missing[:5]}")
    if extra:
        problems.append(f"{len(extra)} ids in the spark output that are not in the input, e.g. {extra[:5]}")

    differ = [k for k in single_by_id if spark_by_id.get(k) != single_by_id[k]]
    if differ:
        k = differ[0]
        a, b = single_by_id[k], spark_by_id.get(k)
        where = ""
        if isinstance(b, dict):
            # Narrow the example down to the first field that differs.
            for field in sorted(set(a) | set(b)):
                if a.get(field) != b.get(field):
                    a, b, where = a.get(field), b.get(field), f" in {field!r}"
                    if isinstance(a, list) and isinstance(b, list):
                        for i, (x, y) in enumerate(zip(a, b)):
                            if x != y:
                                a, b, where = x, y, f"{where}[{i}]"
                                break
                    break
        problems.append(f"{len(differ)} documents differ from the single-process run, "
                        f"e.g. id {k}{where}:\n"
                        f"  single: {json.dumps(a, ensure_ascii=False)[:400]}\n"
                        f"  spark:  {json.dumps(b, ensure_ascii=False)[:400]}")
    if sorted(spark) != sorted(single):
        problems.append("the spark lines and the single-process lines differ as a multiset")

    quotes = sum(len(d.get("quotes", [])) for d in single_by_id.values())
    attributed = sum(1 for d in single_by_id.values() for q in d.get("quotes", [])
                     if q.get("speaker") is not None)
    order = "kept" if spark == single else "changed (compared unordered)"
    print(f"spark: {len(spark_by_id)} distinct ids, {quotes} quotes "
          f"({attributed} with a speaker); input order {order}")
    if problems:
        for p in problems:
            print(f"spark: FAIL: {p}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
