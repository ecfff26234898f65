# Shared by wrk.sh and soak.sh: sourced, not run. Each function takes the calling script's name for
# its messages.

# Installs Debian's wrk when it is missing and we may (root with apt-get); otherwise stops.
require_wrk() {
  command -v wrk >/dev/null && return
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
  else
    echo "$1: wrk is missing; install the Debian package wrk" >&2; exit 1
  fi
}

# Builds http/target/studypath.jar under ROOT ($2) when it is missing.
require_jar() {
  [[ -f "$2/http/target/studypath.jar" ]] || (cd "$2" && mvn -B -q -DskipTests package)
}

# Starts JAR ($2) serving on a free 127.0.0.1 port, its log in LOG ($3), and sets $server to its pid.
# STUDYPATH_JAVA_OPTS: extra JVM options for the server, as for ./studypath (for example -Xlog:gc).
# The caller sets its own trap to stop it.
start_server() {
  java ${STUDYPATH_JAVA_OPTS:-} -jar "$2" serve --host 127.0.0.1 --port 0 2>"$3" &
  server=$!
}

# Waits up to 30 s for the server to log its URL ($3 is the log) and sets $base to it, with its
# trailing slash; stops with the log if the server dies or never says.
wait_for_url() {
  base=""
  for _ in $(seq 1 300); do
    base="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$3" | head -1 || true)"
    [[ -n "$base" ]] && return
    kill -0 "$server" 2>/dev/null || { cat "$3" >&2; exit 1; }
    sleep 0.1
  done
  echo "$1: the server did not start in 30 s" >&2; cat "$3" >&2; exit 1
}
