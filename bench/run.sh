#!/usr/bin/env bash
# Bandwise benchmark: start time, memory, and GET /api/v1/pay-bands against a bare JAX-RS + JDBC baseline
# (GET /bench/pay-bands, same SQL, same JSON, no security) deployed in the same Payara Micro process.
#
#   bash bench/run.sh
#
# Needs: backend/target/bandwise.jar (build it first), Java 17, Maven, curl, wrk (installed with apt-get when
# missing and running as root). Only 127.0.0.1 is ever targeted. Figures are reported, not enforced: the script
# exits 0 unless the server fails to start.
#
# Settings (environment):
#   BENCH_PORT=18090           HTTP port of the server under test
#   BENCH_DB_PORT=18099        port of the embedded MariaDB (embedded mode only)
#   BENCH_CONNECTIONS=16       concurrent connections
#   BENCH_THREADS=2            wrk threads
#   BENCH_WARMUP=5             seconds of warm-up per endpoint (not measured; 20 gives steadier app figures)
#   BENCH_DURATION=20          seconds measured per endpoint
#   BENCH_ROUNDS=4             the measured seconds are split into this many rounds, endpoints taking turns
#   BENCH_IDLE=10              seconds to sit idle before reading idle RSS
#   BENCH_START_TIMEOUT=180    seconds to wait for the server
#   BENCH_JAVA_OPTS=           extra JVM options for the server (e.g. -Xmx512m)
#   BENCH_JAR=backend/target/bandwise.jar   the jar under test
#   BENCH_SESSION_ROW=true     also measure the baseline plus one user_session read (?sessionLookup=true)
#   BENCH_RESTART=true         stop and start again after the first start, and measure the second (a user's restart)
#   BENCH_CONDITIONAL=true     also measure GET /api/v1/pay-bands with If-None-Match (304 answers)
#   BANDWISE_DB_URL / _USER / _PASSWORD / BANDWISE_DEMO_DATA
#                              use that database instead of a fresh embedded one (it needs pay bands in it:
#                              set BANDWISE_DEMO_DATA=true on an empty database)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

PORT=${BENCH_PORT:-18090}
DB_PORT=${BENCH_DB_PORT:-18099}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
# Before issue 7's changes (reference data cache, precompressed and split front end, JVM defaults): the figures issue
# 7 reports from this script (one run, two cores, embedded MariaDB), printed beside today's. The first-load
# JavaScript before was one 612 KB bundle, 163 KB gzip, sent uncompressed.
BEFORE_DATE="issue 7"
BEFORE_APP_RPS=969
BEFORE_BARE_RPS=1878
BEFORE_APP_P99=34
BEFORE_BARE_P99=18
BEFORE_JAVA_RSS=592
BEFORE_DB_RSS=190
BEFORE_FIRST_LOAD_KB=163
BEFORE_READY_S=-
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-5}
DURATION=${BENCH_DURATION:-20}
ROUNDS=${BENCH_ROUNDS:-4}
IDLE=${BENCH_IDLE:-10}
START_TIMEOUT=${BENCH_START_TIMEOUT:-180}
JAR=${BENCH_JAR:-backend/target/bandwise.jar}
WAR=bench/target/bandwise-bench.war
BASE=http://127.0.0.1:${PORT}
SERVER_LOG=bench/target/bench-server.log

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }

# --- prerequisites -------------------------------------------------------------------------------------------
[[ -f $JAR ]] || die "$JAR is missing. Build the runnable jar first with the README's build command (from the repository root: mvn -B package), then run this again."
command -v curl >/dev/null || die "curl is needed"
command -v java >/dev/null || die "java (17) is needed"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "bench: installing wrk (apt-get)"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; }
  fi
  command -v wrk >/dev/null || die "wrk is needed: sudo apt-get install wrk"
fi
if [[ ! -f $WAR ]] || [[ -n $(find bench/pom.xml bench/src -newer "$WAR" -print -quit) ]]; then
  say "bench: building $WAR"
  mvn -B -q -f bench/pom.xml package
fi
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
  die "something already answers on $BASE: set BENCH_PORT to a free port"
fi

# --- start the server ----------------------------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bandwise-bench.XXXXXX")
SERVER_PID=
DATA_DIR=
halt_server() {
  local children=()
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    # the embedded MariaDB is a child of the JVM; the JVM stops it on TERM, this is only a fallback
    mapfile -t children < <(pgrep -P "$SERVER_PID" || true)
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    for child in "${children[@]}"; do kill -TERM "$child" 2>/dev/null || true; done
  fi
  SERVER_PID=
}
stop_server() {
  halt_server
  rm -rf "$TMP" "$DATA_DIR"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# The data folder lives outside the system temp directory: the embedded MariaDB empties a data folder under it
# at every start, and the second start below must find the first one's data, as a user's restart would.
DATA_DIR=$ROOT/bench/target/bench-data
rm -rf "$DATA_DIR"
export BANDWISE_DATA_DIR=$DATA_DIR
if [[ -n ${BANDWISE_DB_URL:-} ]]; then
  DB_MODE="configured database"
  CHILD_LABEL="child processes"
else
  DB_MODE="embedded MariaDB, demo data"
  CHILD_LABEL="embedded MariaDB child"
  export BANDWISE_EMBEDDED_DB_PORT=$DB_PORT
fi

mkdir -p bench/target
now_ns() { date +%s%N; }
seconds_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" || true; }

# run a copy, so that a rebuild of the jar during the run cannot pull it from under the server
cp "$JAR" "$TMP/bandwise.jar"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
say "bench: starting $JAR on port $PORT ($DB_MODE); server log: $SERVER_LOG"
launch() {
  T0=$(now_ns)
  # shellcheck disable=SC2086
  java ${BENCH_JAVA_OPTS:-} -jar "$TMP/bandwise.jar" --port "$PORT" --deploy "$ROOT/$WAR" >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
}
launch

wait_for_200() { # url [curl options...] -> prints seconds since start, or fails
  local url=$1; shift
  while :; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      say "bench: the server exited while starting; last lines of $SERVER_LOG:"
      tail -n 40 "$SERVER_LOG" >&2
      return 1
    fi
    [[ $(status_of "$@" "$url") == 200 ]] && { seconds_since "$T0"; return 0; }
    if (( ($(now_ns) - T0) / 1000000000 >= START_TIMEOUT )); then
      say "bench: no 200 from $url within ${START_TIMEOUT}s; last lines of $SERVER_LOG:"
      tail -n 40 "$SERVER_LOG" >&2
      return 1
    fi
    sleep 0.1
  done
}

# Ready = /health/ready answers 200 while Bandwise itself is deployed. Payara's health endpoint also answers 200
# when the application failed to deploy but another one (the baseline) is up, so the API must answer too:
# anything but 404 (401 without a session).
app_up() { local s; s=$(status_of "$BASE/api/v1/pay-bands"); [[ $s != 404 && $s != 000 ]]; }
wait_for_ready() {
  while :; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      say "bench: the server exited while starting; last lines of $SERVER_LOG:"
      tail -n 40 "$SERVER_LOG" >&2
      return 1
    fi
    if [[ $(status_of "$BASE/health/ready") == 200 ]] && app_up; then seconds_since "$T0"; return 0; fi
    # NCLS-CORE-00026: Payara could not deploy an application; it would never become ready
    if grep -q 'NCLS-CORE-00026' "$SERVER_LOG" || (( ($(now_ns) - T0) / 1000000000 >= START_TIMEOUT )); then
      say "bench: Bandwise not ready after $(seconds_since "$T0")s (/health/ready $(status_of "$BASE/health/ready"):" \
        "$(curl -s --max-time 5 "$BASE/health/ready" | head -c 300); /api/v1/pay-bands $(status_of "$BASE/api/v1/pay-bands"))."
      say "bench: severe lines of $SERVER_LOG:"
      grep -A3 'SEVERE' "$SERVER_LOG" | cut -c1-300 | head -n 30 >&2 || true
      return 1
    fi
    sleep 0.1
  done
}

FIRST_READY_S=$(wait_for_ready) || exit 1
if [[ ${BENCH_RESTART:-true} == true ]]; then
  say "bench: first start (new data folder: database unpacked and installed) ready after ${FIRST_READY_S}s; restarting"
  halt_server
  launch
  READY_S=$(wait_for_ready) || exit 1
else
  READY_S=$FIRST_READY_S
fi
BARE_READY_S=$(wait_for_200 "$BASE/bench/pay-bands") || exit 1
say "bench: /health/ready 200 after ${READY_S}s, /bench/pay-bands 200 after ${BARE_READY_S}s"

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
# The server is a process tree: the launcher's JVM, with the embedded defaults a second JVM it starts (JvmDefaults),
# and the embedded MariaDB under that. Java = every JVM of the tree; the rest = the database (or other children).
tree_pids() { local pid=$1 child; echo "$pid"; for child in $(pgrep -P "$pid" || true); do tree_pids "$child"; done; }
java_rss_mb() {
  local total=0 pid
  for pid in $(tree_pids "$SERVER_PID"); do
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == java ]] && total=$((total + $(rss_mb "$pid")))
  done
  echo "$total"
}
children_rss_mb() {
  local total=0 pid
  for pid in $(tree_pids "$SERVER_PID"); do
    [[ -e /proc/$pid/comm && $(cat "/proc/$pid/comm") != java ]] && total=$((total + $(rss_mb "$pid")))
  done
  echo "$total"
}
JVM_COUNT() { local n=0 pid; for pid in $(tree_pids "$SERVER_PID"); do [[ $(cat "/proc/$pid/comm" 2>/dev/null) == java ]] && n=$((n + 1)); done; echo "$n"; }

say "bench: idle for ${IDLE}s"
sleep "$IDLE"
IDLE_RSS=$(java_rss_mb)
IDLE_CHILD_RSS=$(children_rss_mb)
IDLE_TOTAL_RSS=$((IDLE_RSS + IDLE_CHILD_RSS))
JVMS=$(JVM_COUNT)

# --- sign in -------------------------------------------------------------------------------------------------
LOGIN_HEADERS=$TMP/login.headers
LOGIN_STATUS=$(curl -s -o "$TMP/login.body" -D "$LOGIN_HEADERS" -w '%{http_code}' --max-time 30 \
  -H 'Content-Type: application/json' -H 'X-Requested-With: bandwise' \
  --data '{"username":"admin","password":"bandwise-demo"}' "$BASE/api/v1/auth/login" || true)
TOKEN=$(tr -d '\r' <"$LOGIN_HEADERS" | sed -n 's/^[Ss]et-[Cc]ookie: *bandwise_session=\([^;]*\).*/\1/p' | head -n 1)
APP_AUTH=()
if [[ $LOGIN_STATUS == 200 && -n $TOKEN ]]; then
  APP_AUTH=(-H "Cookie: bandwise_session=$TOKEN")
else
  say "bench: sign-in as admin failed (HTTP $LOGIN_STATUS): $(head -c 300 "$TMP/login.body" 2>/dev/null)"
fi

# --- same answer from both? ----------------------------------------------------------------------------------
APP_CHECK=$(curl -s -o "$TMP/app.json" -w '%{http_code}' --max-time 30 "${APP_AUTH[@]}" "$BASE/api/v1/pay-bands" || true)
curl -s -o "$TMP/bare.json" --max-time 30 "$BASE/bench/pay-bands" || true
total_of() { sed -n 's/.*"totalItems" *: *\([0-9]*\).*/\1/p' "$1" | head -n 1; }
APP_TOTAL=$(total_of "$TMP/app.json"); BARE_TOTAL=$(total_of "$TMP/bare.json")
SAME="not compared"
if command -v python3 >/dev/null; then
  SAME=$(python3 - "$TMP/app.json" "$TMP/bare.json" <<'EOF' 2>/dev/null || echo "not compared"
import json, sys
def load(path):
    with open(path) as f:
        page = json.load(f)
    keep = ("id", "structureId", "structureName", "code", "name", "rank", "openToNewEntrants", "retired", "salaryRange")
    return ([{k: i.get(k) for k in keep} for i in page["items"]], page["page"], page["size"], page["totalItems"])
print("identical" if load(sys.argv[1]) == load(sys.argv[2]) else "DIFFERENT")
EOF
)
fi
say "bench: /api/v1/pay-bands HTTP $APP_CHECK (totalItems $APP_TOTAL), /bench/pay-bands totalItems $BARE_TOTAL; contents $SAME"

# --- load ----------------------------------------------------------------------------------------------------
# Every endpoint is warmed up first. The measured time is then split into rounds that take the endpoints in turn
# (app, bare, bare+session, app, ...), so that neither JIT compilation still going on nor other work on the
# machine favours whichever endpoint happens to run last; the rounds' latency histograms are merged.
warm_up() { # url [wrk -H options...]
  local url=$1; shift
  say "bench: warm-up ${WARMUP}s: $url"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null
}
ROUND_SECONDS=$(awk -v d="$DURATION" -v r="$ROUNDS" 'BEGIN { printf "%d", (d / r < 1) ? 1 : d / r }')
measure_round() { # name round url [wrk -H options...]: appends wrk's report to $TMP/wrk-<name>.txt
  local name=$1 round=$2 url=$3; shift 3
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${ROUND_SECONDS}s" -s bench/wrk-report.lua "$@" "$url" >"$TMP/round.txt"
  cat "$TMP/round.txt" >>"$TMP/wrk-$name.txt"
  awk -v n="$name" -v r="$round" -v rs="$ROUNDS" '/^BENCH / {
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "bench: round %d/%d %-12s %6d requests in %5.1f s = %6.0f req/s\n", r, rs, n, v["requests"], v["seconds"], v["requests"] / v["seconds"]
    }' "$TMP/round.txt" >&2
}
summarise() { # name -> sets RES_<name>_{rps,p50,p99,status,socket}
  local name=$1 file totals percentiles
  file=$TMP/wrk-$name.txt
  [[ -s $file ]] || return 0
  totals=$(awk '/^BENCH / { for (i = 2; i <= NF; i++) { split($i, kv, "="); t[kv[1]] += kv[2] } }
    END { printf "%.1f %d %d", t["requests"] / t["seconds"], t["status_errors"], t["socket_errors"] }' "$file")
  percentiles=$(awk '/^H / { h[$2] += $3 } END { for (v in h) print v, h[v] }' "$file" | sort -n |
    awk '{ v[NR] = $1; c[NR] = $2; n += $2 }
      END { for (i = 1; i <= NR; i++) { s += c[i]; if (!a && s >= 0.50 * n) a = v[i]; if (!b && s >= 0.99 * n) b = v[i] }
            printf "%d %d", a, b }')
  local rps status socket p50 p99
  read -r rps status socket <<<"$totals"
  read -r p50 p99 <<<"$percentiles"
  printf -v "RES_${name}_rps" '%s' "$rps"
  printf -v "RES_${name}_p50" '%s' "$p50"
  printf -v "RES_${name}_p99" '%s' "$p99"
  printf -v "RES_${name}_status" '%s' "$status"
  printf -v "RES_${name}_socket" '%s' "$socket"
}

WRK_AUTH=()
[[ -n $TOKEN ]] && WRK_AUTH=(-H "Cookie: bandwise_session=$TOKEN")
APP_URL=$BASE/api/v1/pay-bands
BARE_URL=$BASE/bench/pay-bands
SESSION_URL=$BASE/bench/pay-bands?sessionLookup=true
MEASURE_APP=false
if [[ $APP_CHECK == 200 ]]; then
  MEASURE_APP=true
else
  say "bench: skipping the load test of /api/v1/pay-bands (it answered HTTP $APP_CHECK)"
fi
MEASURE_SESSION=${BENCH_SESSION_ROW:-true}
# the same request from a client that already has the answer: If-None-Match with its ETag (304, no body)
APP_ETAG=
[[ $MEASURE_APP == true ]] &&
  APP_ETAG=$(curl -s -D - -o /dev/null --max-time 30 "${APP_AUTH[@]}" "$APP_URL" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | head -n 1)
MEASURE_CONDITIONAL=false
if [[ ${BENCH_CONDITIONAL:-true} == true && -n $APP_ETAG ]]; then
  CONDITIONAL_STATUS=$(status_of "${APP_AUTH[@]}" -H "If-None-Match: $APP_ETAG" "$APP_URL")
  [[ $CONDITIONAL_STATUS == 304 ]] && MEASURE_CONDITIONAL=true
  say "bench: If-None-Match $APP_ETAG answered HTTP $CONDITIONAL_STATUS"
fi

[[ $MEASURE_APP == true ]] && warm_up "$APP_URL" "${WRK_AUTH[@]}"
warm_up "$BARE_URL"
[[ $MEASURE_SESSION == true ]] && warm_up "$SESSION_URL"
[[ $MEASURE_CONDITIONAL == true ]] && warm_up "$APP_URL" "${WRK_AUTH[@]}" -H "If-None-Match: $APP_ETAG"
say "bench: measuring ${DURATION}s per endpoint at $CONNECTIONS connections, in $ROUNDS rounds of ${ROUND_SECONDS}s"
for round in $(seq 1 "$ROUNDS"); do
  [[ $MEASURE_APP == true ]] && measure_round app "$round" "$APP_URL" "${WRK_AUTH[@]}"
  measure_round bare "$round" "$BARE_URL"
  [[ $MEASURE_SESSION == true ]] && measure_round bare_session "$round" "$SESSION_URL"
  [[ $MEASURE_CONDITIONAL == true ]] && measure_round app_304 "$round" "$APP_URL" "${WRK_AUTH[@]}" -H "If-None-Match: $APP_ETAG"
done
summarise app
summarise app_304
summarise bare
summarise bare_session
LOAD_RSS=$(java_rss_mb)
LOAD_CHILD_RSS=$(children_rss_mb)

# --- first load of the browser app ---------------------------------------------------------------------------
# The scripts index.html names (entry and modulepreload), fetched as a browser would: bytes on the wire.
FIRST_LOAD_SCRIPTS=$(curl -s --max-time 10 "$BASE/" | grep -o -E '<(script|link)[^>]*(src|href)="/assets/[^"]*\.js"' |
  sed -E 's/.*(src|href)="([^"]*)"/\2/' | sort -u || true)
first_load_bytes() { # accept-encoding
  local total=0 script
  for script in $FIRST_LOAD_SCRIPTS; do
    total=$((total + $(curl -s -o /dev/null -w '%{size_download}' --max-time 10 -H "Accept-Encoding: $1" "$BASE$script")))
  done
  echo "$total"
}
FIRST_LOAD_PLAIN=$(first_load_bytes identity)
FIRST_LOAD_GZIP=$(first_load_bytes gzip)
FIRST_LOAD_BR=$(first_load_bytes br)
FIRST_SCRIPT=$(head -n 1 <<<"$FIRST_LOAD_SCRIPTS")
ASSET_HEADERS=$(curl -s -D - -o /dev/null --max-time 10 -H 'Accept-Encoding: gzip, deflate, br' "$BASE$FIRST_SCRIPT" | tr -d '\r' |
  grep -i -E '^(content-encoding|cache-control|vary):' | tr '\n' ';' | sed 's/;$//' || true)
kb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1024 }'; }

# --- report --------------------------------------------------------------------------------------------------
ms() { awk -v us="${1:-}" 'BEGIN { if (us == "") printf "   -"; else printf "%.1f", us / 1000 }'; }
row() { # label name
  local rps p50 p99 st so note=""
  rps=$(eval "echo \${RES_$2_rps:-}"); p50=$(eval "echo \${RES_$2_p50:-}"); p99=$(eval "echo \${RES_$2_p99:-}")
  st=$(eval "echo \${RES_$2_status:-0}"); so=$(eval "echo \${RES_$2_socket:-0}")
  if [[ -z $rps ]]; then printf '%-26s %s\n' "$1" "not measured"; return; fi
  (( ${st:-0} > 0 )) && note+="  ($st non-2xx responses)"
  (( ${so:-0} > 0 )) && note+="  ($so socket errors/timeouts)"
  printf '%-26s %6.0f req/s  p50 %s ms  p99 %s ms%s\n' "$1" "$rps" "$(ms "$p50")" "$(ms "$p99")" "$note"
}
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == "<=") ? (v <= t) : (v >= t); print ok ? "met" : "MISSED" }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.0f", 100 * a / b }'; }
times() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b }'; }
num() { awk -v v="${1:-}" 'BEGIN { if (v == "") print "-"; else printf "%.0f", v }'; }

echo
echo "Bandwise benchmark ($(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), $DB_MODE, $CONNECTIONS connections, ${DURATION}s each)"
printf '%-26s %s before start (other work on this machine skews every figure)\n' "load average (1 min):" "$LOAD_BEFORE"
printf '%-26s %6s s     (first start, new data folder: the embedded database is unpacked and installed)\n' "first start to ready:" "$FIRST_READY_S"
printf '%-26s %6s s     (first 200 from /bench/pay-bands)\n' "start to bare endpoint:" "$BARE_READY_S"
row "GET /api/v1/pay-bands:" app
[[ -n ${RES_app_304_rps:-} ]] && row "  same, If-None-Match 304:" app_304
row "GET /bench/pay-bands:" bare
[[ -n ${RES_bare_session_rps:-} ]] && row "  + one user_session read:" bare_session
RATIO=$(ratio "${RES_app_rps:-}" "${RES_bare_rps:-}")
P99_TIMES=$(times "${RES_app_p99:-}" "${RES_bare_p99:-}")
printf '%-26s %6s MB    (%s JVM(s), the launcher'"'"'s included; %s +%s MB)\n' "RSS after load:" "$LOAD_RSS" "$JVMS" "$CHILD_LABEL" "$LOAD_CHILD_RSS"
printf '%-26s %s\n' "same answer:" "totalItems app ${APP_TOTAL:--} / bare ${BARE_TOTAL:--}; items $SAME"
printf '%-26s %s\n' "first-load scripts:" "$(tr '\n' ' ' <<<"$FIRST_LOAD_SCRIPTS")"
printf '%-26s %s\n' "an asset's headers:" "${ASSET_HEADERS:-none}"
echo
printf '%-32s %12s %12s   %s\n' "" "before" "now" "target"
printf '%-32s %12s %12s   %s\n' "" "($BEFORE_DATE)" "" ""
printf '%-32s %12s %12s   %s\n' "app / bare throughput (%)" "$(ratio "$BEFORE_APP_RPS" "$BEFORE_BARE_RPS")" "$RATIO" \
  ">= 100: $( [[ $RATIO == - ]] && echo "not measured" || verdict "$RATIO" 100 '>=')"
printf '%-32s %12s %12s   %s\n' "app p99 / bare p99 (times)" "$(times "$BEFORE_APP_P99" "$BEFORE_BARE_P99")" "$P99_TIMES" \
  "<= 1.2: $( [[ $P99_TIMES == - ]] && echo "not measured" || verdict "$P99_TIMES" 1.2 '<=')"
printf '%-32s %12s %12s\n' "app req/s" "$BEFORE_APP_RPS" "$(num "${RES_app_rps:-}")"
printf '%-32s %12s %12s\n' "bare req/s" "$BEFORE_BARE_RPS" "$(num "${RES_bare_rps:-}")"
printf '%-32s %12s %12s\n' "app p99 (ms)" "$BEFORE_APP_P99" "$(ms "${RES_app_p99:-}")"
printf '%-32s %12s %12s\n' "bare p99 (ms)" "$BEFORE_BARE_P99" "$(ms "${RES_bare_p99:-}")"
printf '%-32s %12s %12s   %s\n' "idle RSS, java + database (MB)" "$((BEFORE_JAVA_RSS + BEFORE_DB_RSS))" "$IDLE_TOTAL_RSS" \
  "<= 600: $(verdict "$IDLE_TOTAL_RSS" 600 '<=')"
printf '%-32s %12s %12s\n' "  java (MB)" "$BEFORE_JAVA_RSS" "$IDLE_RSS"
printf '%-32s %12s %12s\n' "  database (MB)" "$BEFORE_DB_RSS" "$IDLE_CHILD_RSS"
printf '%-32s %12s %12s   %s\n' "first-load JS, gzip (KB)" "$BEFORE_FIRST_LOAD_KB" "$(kb "$FIRST_LOAD_GZIP")" \
  "<= 250: $(verdict "$(kb "$FIRST_LOAD_GZIP")" 250 '<=')"
printf '%-32s %12s %12s\n' "  brotli / uncompressed (KB)" "- / 612" "$(kb "$FIRST_LOAD_BR") / $(kb "$FIRST_LOAD_PLAIN")"
printf '%-32s %12s %12s   %s\n' "start to ready (s)" "$BEFORE_READY_S" "$READY_S" "<= 30: $(verdict "$READY_S" 30 '<=')"
