#!/usr/bin/env bash
# Benchmark (not a test): starts http/target/studypath.jar on a free loopback port and runs wrk against
# /api/path?goal=async%20networking and /health on the same server, after a warm-up of both, two
# rounds each (path, health, health, path); prints both throughputs (mean of the rounds), their ratio
# and p50/p99 latencies (p99: the worse round). Target: path >= 0.8 x health, p99 < 10 ms.
# Takes about 4 x SECONDS + 35 s.
#
# Usage: http/bench/wrk.sh [SECONDS] [CONNECTIONS]      (defaults: 15 seconds, 64 connections)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-15}"
connections="${2:-64}"
threads=2
if ! [[ "$duration" =~ ^[0-9]+$ ]] || (( duration < 1 || duration > 120 )); then
  echo "wrk.sh: SECONDS must be 1-120, was '$duration'" >&2; exit 2
fi
if ! [[ "$connections" =~ ^[0-9]+$ ]] || (( connections < threads || connections > 1024 )); then
  echo "wrk.sh: CONNECTIONS must be $threads-1024, was '$connections'" >&2; exit 2
fi
source "$(dirname "${BASH_SOURCE[0]}")/server.sh"
require_wrk wrk.sh
require_jar wrk.sh "$root"
jar="$root/http/target/studypath.jar"

log="$(mktemp)"
start_server wrk.sh "$jar" "$log"
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
wait_for_url wrk.sh "$server" "$log"
echo "server: $base ($(java -version 2>&1 | head -1)), $(nproc) cores, wrk -t$threads -c$connections -d${duration}s --latency"

# Runs wrk and prints "requests/s p50-ms p99-ms errors".
measure() {
  local out
  out="$(wrk -t"$threads" -c"$connections" -d"$1"s --latency "$2")"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx|Socket errors/ { errors = errors $0 }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (errors == "" ? "none" : errors) }' <<<"$out"
}

path_url="${base}api/path?goal=async%20networking"
health_url="${base}health"
curl -fsS "$path_url" >/dev/null && curl -fsS "$health_url" >/dev/null
# Warm-up: both endpoints at once for 30 s, so that the JIT compiles the code they share for both
# (one after the other, the second would leave the first to be recompiled in its measured round)
# and the collector has sized the heap.
measure 30 "$path_url" >/dev/null &
warming=$!
measure 30 "$health_url" >/dev/null
wait "$warming"

# Two rounds each, in the order path, health, health, path, so that a trend over the run (the JIT
# still compiling, a neighbour's load) weighs on both endpoints alike.
results=()
for name in path health health path; do
  url="$path_url"; [[ "$name" == health ]] && url="$health_url"
  read -r rps p50 p99 errors < <(measure "$duration" "$url")
  printf '%-7s %8s requests/s  p50 %6s ms  p99 %7s ms  errors: %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
  results+=("$name $rps $p50 $p99")
done

printf '%s\n' "${results[@]}" | awk -v connections="$connections" '
  { rps[$1] += $2 / 2; p50[$1] += $3 / 2; if ($4 > p99[$1]) p99[$1] = $4 }
  END {
    printf "%-34s %12s %10s %10s\n", "endpoint (mean of 2 rounds)", "requests/s", "p50-ms", "p99-ms"
    printf "%-34s %12.0f %10.2f %10.2f\n", "/api/path?goal=async%20networking", rps["path"], p50["path"], p99["path"]
    printf "%-34s %12.0f %10.2f %10.2f\n", "/health", rps["health"], p50["health"], p99["health"]
    ratio = rps["path"] / rps["health"]
    printf "path/health throughput ratio: %.2f (target >= 0.80); path p99 %.2f ms (target < 10 ms) at %d connections: %s\n",
      ratio, p99["path"], connections, (ratio >= 0.8 && p99["path"] < 10 ? "target met" : "target MISSED")
  }'
