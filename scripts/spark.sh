#!/usr/bin/env bash
# Spark check: run the release `jsonl` example under PySpark's RDD.pipe in
# local mode over generated documents and compare with a single-process run.
#
#   bash scripts/spark.sh
#
# 1. builds `cargo build --release --example jsonl` (in the usual target dir,
#    or $CARGO_TARGET_DIR);
# 2. installs pyspark ($PYSPARK_VERSION, default 3.5.7: runs on Java 17)
#    into a throwaway virtualenv, target/spark-venv, reused while it works;
# 3. writes $SPARK_DOCS (default 12000) fictional news-like JSONL documents,
#    deterministically (scripts/spark/generate.py);
# 4. runs scripts/spark/job.py on local[2]: sc.textFile(…, minPartitions=4)
#    .pipe("<jsonl> --threads 1").saveAsTextFile(…);
# 5. checks (scripts/spark/check.py) one output line per input line, every
#    id exactly once, no error lines, and the same results as
#    `jsonl --threads 1 < input`, byte for byte as a multiset and per id.
#
# Needs java (17) and python3 on PATH and PyPI for the first install; work
# files go to target/spark. Prints "spark: OK" and exits 0, or exits non-zero.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec </dev/null

for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,/^set /p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "spark.sh: unknown argument $arg (try --help)" >&2; exit 2 ;;
  esac
done

pyspark_version=${PYSPARK_VERSION:-3.5.7}
docs=${SPARK_DOCS:-12000}
venv=target/spark-venv
work=target/spark

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
script_start=$(now)

for need in java python3; do
  if ! command -v "$need" >/dev/null; then
    echo "spark.sh: $need not found on PATH" >&2
    exit 2
  fi
done
echo "spark: $(java -version 2>&1 | head -n 1)"

# shellcheck source=scripts/build-jsonl.sh
. scripts/build-jsonl.sh spark.sh
echo "spark: $jsonl"

echo "== pyspark $pyspark_version in $venv"
pip_start=$(now)
if "$venv/bin/python" -c '
import sys, pyspark
sys.exit(pyspark.__version__ != sys.argv[1])' "$pyspark_version" 2>/dev/null; then
  echo "spark: reusing $venv"
else
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
    "pyspark==$pyspark_version"
  echo "spark: installed pyspark $pyspark_version in $(since "$pip_start") s"
fi

echo "== $docs generated documents"
rm -rf "$work"
mkdir -p "$work/conf"
python3 scripts/spark/generate.py "$docs" >"$work/docs.jsonl"
echo "spark: $work/docs.jsonl, $(wc -l <"$work/docs.jsonl") lines, $(wc -c <"$work/docs.jsonl") bytes"

echo "== single-process run: jsonl --threads 1"
single_start=$(now)
"$jsonl" --threads 1 <"$work/docs.jsonl" >"$work/single.jsonl"
echo "spark: single process $(since "$single_start") s"

echo "== spark job: local[2], textFile(minPartitions=4).pipe(jsonl --threads 1)"
# Spark logs warnings and errors only, on stderr.
cat >"$work/conf/log4j2.properties" <<'PROPS'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
logger.nativecode.name = org.apache.hadoop.util.NativeCodeLoader
logger.nativecode.level = error
PROPS
spark_start=$(now)
# The pip-installed Spark, not one SPARK_HOME may point at; no network but
# the loopback.
env -u SPARK_HOME \
  SPARK_LOCAL_IP=127.0.0.1 \
  SPARK_LOCAL_DIRS="$PWD/$work/local" \
  SPARK_CONF_DIR="$PWD/$work/conf" \
  PYSPARK_PYTHON="$PWD/$venv/bin/python" \
  PYSPARK_DRIVER_PYTHON="$PWD/$venv/bin/python" \
  "$venv/bin/python" scripts/spark/job.py "$jsonl" "$work/docs.jsonl" "$work/out" \
  --master 'local[2]' --partitions 4
echo "spark: spark job wall time $(since "$spark_start") s (python start to Spark stop)"

echo "== checks"
python3 scripts/spark/check.py "$work/docs.jsonl" "$work/single.jsonl" "$work/out"
echo "spark: whole script $(since "$script_start") s"
echo "spark: OK"
