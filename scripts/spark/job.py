#!/usr/bin/env python3
"""The PySpark job: the release `jsonl` example over a JSONL dataset with
RDD.pipe, in local mode.

    python scripts/spark/job.py JSONL_BINARY INPUT OUTPUT_DIR [--master local[2]] [--partitions 4]

Reads INPUT with sc.textFile (one document per line), pipes every partition
through `JSONL_BINARY --threads 1` and saves the result lines under
OUTPUT_DIR (part-* files, which must not exist yet). Prints the partition
count and the job's wall time. Run by scripts/spark.sh, which checks the
result.
"""
import argparse
import os
import shlex
import sys
import time

from pyspark import SparkConf, SparkContext


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl", help="absolute path of the release jsonl example")
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=4)
    args = ap.parse_args()

    jsonl = os.path.abspath(args.jsonl)
    conf = (SparkConf()
            .setMaster(args.master)
            .setAppName("whosaid-jsonl")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false"))

    started = time.monotonic()
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        ready = time.monotonic()
        docs = sc.textFile("file://" + os.path.abspath(args.input), minPartitions=args.partitions)
        # RDD.pipe runs the command without a shell and with an empty
        # environment: give the binary's absolute path. checkCode=True fails
        # the task (and the job) if the binary exits non-zero.
        results = docs.pipe(f"{shlex.quote(jsonl)} --threads 1", checkCode=True)
        results.saveAsTextFile("file://" + os.path.abspath(args.output))
        done = time.monotonic()
        print(f"spark: {args.master}, {docs.getNumPartitions()} partitions, "
              f"job {done - ready:.1f} s (with context start {done - started:.1f} s)")
    finally:
        sc.stop()


if __name__ == "__main__":
    sys.exit(main())
