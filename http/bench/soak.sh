#!/usr/bin/env bash
# Load and soak test (not part of mvn verify; bounded; loopback only). Starts a copy of
# http/target/studypath.jar on a free 127.0.0.1 port, then:
#   1. warm-up: 20 s of the soak mix (soak.lua), then a full GC and the live heap after it;
#   2. soak: wrk, 64 connections for 60 s, GET /api/path over many goals and profiles and POST
#      /api/schedule with varied bodies and progress: zero non-2xx, zero socket errors and timeouts
#      (wrk's timeout: 10 s);
#      then a full GC: the live heap must be within 10 % of the heap after warm-up; RSS reported;
#   3. hostile: 30 s of the same mix with a third malformed requests: zero 5xx, zero socket errors.
# Exits 1 if any check fails. Takes about 2 minutes.
#
# Usage: http/bench/soak.sh [SOAK_SECONDS] [CONNECTIONS]   (defaults: 60 seconds, 64 connections)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
soak="${1:-60}"
connections="${2:-64}"
threads=2
# wrk's timeout: with 64 connections on a small machine, a schedule may queue behind 60 others.
timeout=10
if ! [[ "$soak" =~ ^[0-9]+$ ]] || (( soak < 5 || soak > 600 )); then
  echo "soak.sh: SOAK_SECONDS must be 5-600, was '$soak'" >&2; exit 2
fi
if ! [[ "$connections" =~ ^[0-9]+$ ]] || (( connections < threads || connections > 1024 )); then
  echo "soak.sh: CONNECTIONS must be $threads-1024, was '$connections'" >&2; exit 2
fi
source "$here/server.sh"
require_wrk soak.sh
command -v jcmd >/dev/null || { echo "soak.sh: jcmd is missing; it comes with a JDK" >&2; exit 1; }
require_jar soak.sh "$root"

work="$(mktemp -d)"
# A copy, so that a build during the soak cannot change the jar under the running server.
cp "$root/http/target/studypath.jar" "$work/studypath.jar"
log="$work/server.log"
start_server soak.sh "$work/studypath.jar" "$log"
trap 'status=$?; kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"; exit $status' EXIT
wait_for_url soak.sh "$server" "$log"
base="${base%/}"
echo "server: $base pid $server ($(java -version 2>&1 | head -1)), $(nproc) cores; wrk -t$threads -c$connections"

# The live heap in KiB: a full GC, then the histogram's total (which itself counts only live objects).
live_heap_kib() {
  jcmd "$server" GC.run >/dev/null
  jcmd "$server" GC.class_histogram | awk '/^Total/ { printf "%d\n", $3 / 1024 }'
}
rss_kib() { ps -o rss= -p "$server" | tr -d ' '; }

# Runs wrk with soak.lua; prints its summary and returns its output in $out.
run() {
  local seconds="$1"; shift
  out="$(env "$@" wrk -t"$threads" -c"$connections" -d"$seconds"s --timeout "${timeout}s" --latency -s "$here/soak.lua" "$base")"
  printf '%s\n' "$out" | grep -E 'Requests/sec|Latency |^ +(50|99)%|requests in|Non-2xx|Socket errors|^classes' | sed 's/^/  /'
}
count() { printf '%s\n' "$out" | sed -n "s/.*$1=\([0-9]*\).*/\1/p"; }
socket_errors() { printf '%s\n' "$out" | grep -c 'Socket errors' || true; }

failed=0
echo "1. warm-up, 20 s"
run 20
warm="$(live_heap_kib)"
echo "   live heap after warm-up and a full GC: ${warm} KiB; RSS $(rss_kib) KiB"

echo "2. soak, ${soak} s"
run "$soak"
non2xx=$(( $(count 4xx) + $(count 5xx) + $(count other) ))
if (( non2xx != 0 )) || [[ "$(socket_errors)" != 0 ]]; then
  echo "   FAILED: $non2xx non-2xx responses, socket errors: $(printf '%s\n' "$out" | grep 'Socket errors' || echo none)"
  failed=1
fi
end="$(live_heap_kib)"
growth="$(awk -v a="$warm" -v b="$end" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')"
echo "   live heap after the soak and a full GC: ${end} KiB (${growth} % against warm-up; limit +10 %); RSS $(rss_kib) KiB"
if awk -v a="$warm" -v b="$end" 'BEGIN { exit !(b > a * 1.10) }'; then
  echo "   FAILED: the heap grew by more than 10 %"; failed=1
fi

echo "3. hostile mix, 30 s (a third malformed)"
run 30 MALFORMED=1
if (( $(count 5xx) != 0 )) || [[ "$(socket_errors)" != 0 ]]; then
  echo "   FAILED: $(count 5xx) 5xx responses; $(printf '%s\n' "$out" | grep 'Socket errors' || echo 'no socket errors')"
  failed=1
fi
curl -fsS "${base}/health" >/dev/null || { echo "   FAILED: /health does not answer"; failed=1; }
echo "   RSS at the end: $(rss_kib) KiB; server errors logged: $(grep -c 'unexpected failure' "$log" || true)"

if (( failed )); then echo "soak: FAILED"; exit 1; fi
echo "soak: passed (zero non-2xx and zero socket errors in the soak, heap ${growth} %, zero 5xx in the hostile mix)"
