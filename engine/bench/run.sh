#!/usr/bin/env bash
# Runs the performance benchmarks (issue 6) on this machine and writes their raw results to a folder
# (default engine/bench/results, not committed): JMH JSON for the path scaling and the dataset benchmarks, a
# JSON of the retained memory, hyperfine JSON for the CLI start. Then prints the results table
# (engine/bench/report.py, also saved as table.md there) and redraws engine/bench/path-scaling.png (engine/bench/plot.sh).
#
# Usage: engine/bench/run.sh [results-folder]
#   JMH_ARGS="-wi 1 -i 2" engine/bench/run.sh     # quicker, rougher: extra JMH options for every run
# Needs: Maven, Java 17, python3; hyperfine and gnuplot (Debian: apt-get install hyperfine gnuplot-nox).
# Takes about 8 minutes on 2 cores. Never runs `mvn install`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mkdir -p "${1:-$root/engine/bench/results}" && cd "${1:-$root/engine/bench/results}" && pwd)"
extra="${JMH_ARGS:-}"
cd "$root"

echo "== path scaling: studypath vs bare Kahn vs JGraphT (N = 1k, 10k, 100k)" >&2
mvn -B -q -Pbench -pl engine test-compile exec:exec@jmh \
  -Dbench.args="dev.studypath.engine.bench.PathScalingBenchmark -rf json -rff $out/path-scaling.json $extra"

echo "== bundled catalog (path, next, schedule) and 100k catalog load" >&2
mvn -B -q -Pbench -pl engine,dataset test-compile exec:exec@jmh -Dbench.skip.engine=true \
  -Dbench.args="dev.studypath.dataset.bench -rf json -rff $out/dataset.json $extra"

echo "== memory retained by a loaded 100k catalog" >&2
mvn -B -q -Pbench -pl engine,dataset test-compile exec:exec@jmh -Dbench.skip.engine=true \
  -Dbench.jvmArgs="-Xms4g -Xmx4g" -Dbench.main=dev.studypath.dataset.bench.RetainedMemory \
  -Dbench.args="100000 $out/memory.json"

echo "== CLI start (hyperfine)" >&2
mvn -B -q -DskipTests package
hyperfine -N --warmup 3 --runs 20 --export-json "$out/cli.json" \
  'java -jar http/target/studypath.jar --version' './studypath path "async networking"' >&2

{ uptime; java -version 2>&1 | head -1; nproc; } > "$out/machine.txt"
python3 engine/bench/report.py "$out" | tee "$out/table.md"
engine/bench/plot.sh "$out/path-scaling.json" "$root/engine/bench/path-scaling.png"
