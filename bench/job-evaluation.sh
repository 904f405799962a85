#!/usr/bin/env bash
# Bandwise benchmark of job evaluation reads: the job description list (plain, filtered, searched) with 2,000 JDs,
# and the score preview of the NHS scheme.
#
#   bash bench/job-evaluation.sh
#
# Needs: backend/target/bandwise.jar (build it first), Java 17, curl, wrk (installed with apt-get when missing and
# running as root). Only 127.0.0.1 is ever targeted. Figures are reported, not enforced: the script exits 0 unless
# the server fails to start, sign-in fails, or the JDs cannot be created.
#
# Settings (environment):
#   BENCH_PORT=18095              HTTP port of the server under test
#   BANDWISE_EMBEDDED_DB_PORT=18098   port of the embedded MariaDB (embedded mode only)
#   BENCH_KEEP_DATA=false         embedded mode: keep bench/target/job-evaluation-data (and its JDs) for the next run
#   BENCH_JDS=2000                JDs to have in the database before measuring (created as BENCH-<n>)
#   BENCH_CONNECTIONS=16          concurrent connections
#   BENCH_THREADS=2               wrk threads
#   BENCH_WARMUP=5                seconds of warm-up per endpoint (not measured)
#   BENCH_DURATION=20             seconds measured per endpoint
#   BENCH_START_TIMEOUT=180       seconds to wait for the server
#   BENCH_JAVA_OPTS=              extra JVM options for the server
#   BENCH_JAR=backend/target/bandwise.jar   the jar under test (a copy is run)
#   BANDWISE_DB_URL / _USER / _PASSWORD     use that database instead of an embedded one (demo data is switched
#                                 on: the evaluator user and the NHS scheme come from it)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

PORT=${BENCH_PORT:-18095}
JD_TARGET=${BENCH_JDS:-2000}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-5}
DURATION=${BENCH_DURATION:-20}
START_TIMEOUT=${BENCH_START_TIMEOUT:-180}
JAR=${BENCH_JAR:-backend/target/bandwise.jar}
BASE=http://127.0.0.1:${PORT}
API=$BASE/api/v1
SERVER_LOG=bench/target/job-evaluation-server.log
NHS_SCHEME_ID=3b66264c-191f-5d76-a033-6113aa2c1a72
LIST_P99_TARGET_MS=200

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }

# --- prerequisites -------------------------------------------------------------------------------------------
[[ -f $JAR ]] || die "$JAR is missing. Build the runnable jar first (from the repository root: mvn -B package)."
command -v curl >/dev/null || die "curl is needed"
command -v java >/dev/null || die "java (17) is needed"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    say "bench: installing wrk (apt-get)"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; }
  fi
  command -v wrk >/dev/null || die "wrk is needed: sudo apt-get install wrk"
fi
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
  die "something already answers on $BASE: set BENCH_PORT to a free port"
fi

# --- start the server ----------------------------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bandwise-je-bench.XXXXXX")
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
  rm -rf "$TMP"
  # the data folder takes about 500 MB; it is kept only when asked for
  if [[ -n $DATA_DIR && ${BENCH_KEEP_DATA:-false} != true ]]; then rm -rf "$DATA_DIR"; fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

mkdir -p bench/target
if [[ -n ${BANDWISE_DB_URL:-} ]]; then
  DB_MODE="configured database"
  export BANDWISE_DEMO_DATA=true
else
  DB_MODE="embedded MariaDB, demo data"
  # Outside the system temp directory: the embedded MariaDB empties a data folder under it at every start.
  DATA_DIR=$ROOT/bench/target/job-evaluation-data
  [[ ${BENCH_KEEP_DATA:-false} == true ]] || rm -rf "$DATA_DIR"
  export BANDWISE_DATA_DIR=$DATA_DIR
  export BANDWISE_EMBEDDED_DB_PORT=${BANDWISE_EMBEDDED_DB_PORT:-18098}
fi

now_s() { date +%s; }
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" || true; }

# run a copy, so that a rebuild of the jar during the run cannot pull it from under the server
cp "$JAR" "$TMP/bandwise.jar"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
say "bench: starting $JAR on port $PORT ($DB_MODE); server log: $SERVER_LOG"
T0=$(now_s)
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -jar "$TMP/bandwise.jar" --port "$PORT" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

# Ready = /health/ready answers 200 and the API is deployed (401 without a session, not 404).
while :; do
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$SERVER_LOG" >&2; die "the server exited while starting"; }
  if [[ $(status_of "$BASE/health/ready") == 200 ]]; then
    api_status=$(status_of "$API/job-descriptions")
    [[ $api_status != 404 && $api_status != 000 ]] && break
  fi
  if grep -q 'NCLS-CORE-00026' "$SERVER_LOG" || (( $(now_s) - T0 >= START_TIMEOUT )); then
    grep -A3 'SEVERE' "$SERVER_LOG" | cut -c1-300 | head -n 30 >&2 || true
    die "Bandwise not ready after $(( $(now_s) - T0 ))s (see $SERVER_LOG)"
  fi
  sleep 0.2
done
say "bench: ready after $(( $(now_s) - T0 ))s"

# --- sign in (once: sign-in is throttled; the session's 30-minute idle timeout outlasts the run) ---------------
LOGIN_STATUS=$(curl -s -o "$TMP/login.body" -D "$TMP/login.headers" -w '%{http_code}' --max-time 30 \
  -H 'Content-Type: application/json' -H 'X-Requested-With: bandwise' \
  --data '{"username":"evaluator","password":"bandwise-demo"}' "$API/auth/login" || true)
TOKEN=$(tr -d '\r' <"$TMP/login.headers" | sed -n 's/^[Ss]et-[Cc]ookie: *bandwise_session=\([^;]*\).*/\1/p' | head -n 1)
[[ $LOGIN_STATUS == 200 && -n $TOKEN ]] ||
  die "sign-in as evaluator failed (HTTP $LOGIN_STATUS): $(head -c 300 "$TMP/login.body" 2>/dev/null)"
COOKIE="Cookie: bandwise_session=$TOKEN"

# --- 2,000 job descriptions ----------------------------------------------------------------------------------
jd_count() {
  curl -s --max-time 30 -H "$COOKIE" "$API/job-descriptions?size=1" |
    sed -n 's/.*"totalItems" *: *\([0-9]*\).*/\1/p' | head -n 1
}
# n -> role family n mod 10, directorate (n div 10) mod 4: every family/directorate pair gets n/40 JDs
create_jds() { # first_n count: prints one HTTP status per JD
  seq "$1" $(($1 + $2 - 1)) | xargs -P 8 -n 25 bash -c '
    families=("Probation Officer" "Probation Services Officer" "Senior Probation Officer" "Programme Facilitator"
      "Intervention Facilitator" "Treatment Manager" "Victim Liaison Officer" "Court Duty Officer"
      "Approved Premises Residential Worker" "Approved Premises Manager")
    directorates=("Probation Delivery Units" "Interventions" "Approved Premises" "National Security Division")
    for n; do
      family=${families[n % 10]}; directorate=${directorates[(n / 10) % 4]}
      body=$(printf "{\"reference\":\"BENCH-%d\",\"content\":{\"title\":\"%s %d\",\"roleFamily\":\"%s\",\"directorate\":\"%s\",\"purpose\":\"Benchmark job description %d.\",\"mainDuties\":[\"Deliver the duties of a %s.\"]}}" \
        "$n" "$family" "$n" "$family" "$directorate" "$n" "$family")
      curl -s -o /dev/null -w "%{http_code}\n" --max-time 60 -H "Content-Type: application/json" \
        -H "X-Requested-With: bandwise" -H "$COOKIE" --data "$body" "$API/job-descriptions" || echo 000
    done' _
}
export COOKIE API
EXISTING=$(jd_count)
[[ -n $EXISTING ]] || die "GET /api/v1/job-descriptions?size=1 gave no totalItems"
say "bench: $EXISTING JDs in the database, target $JD_TARGET"
NEXT_N=$((EXISTING + 1))
for attempt in 1 2 3; do
  total=$(jd_count)
  (( total >= JD_TARGET )) && break
  missing=$((JD_TARGET - total))
  say "bench: creating $missing JDs (BENCH-$NEXT_N..., 8 in parallel), attempt $attempt"
  started=$(now_s)
  create_jds "$NEXT_N" "$missing" >"$TMP/create.status"
  NEXT_N=$((NEXT_N + missing))
  # 409 = a reference left by an earlier run; the next attempt carries on with higher numbers
  say "bench: statuses $(sort "$TMP/create.status" | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')in $(( $(now_s) - started ))s"
done
JD_TOTAL=$(jd_count)
(( JD_TOTAL >= JD_TARGET )) || die "only $JD_TOTAL JDs after three attempts (target $JD_TARGET)"

# --- load ----------------------------------------------------------------------------------------------------
FAMILY="Programme Facilitator"
DIRECTORATE="Interventions"
urlencode() { printf '%s' "$1" | sed 's/ /%20/g'; }
LIST_URL="$API/job-descriptions?size=20&sort=title"
FILTER_URL="$API/job-descriptions?size=20&roleFamily=$(urlencode "$FAMILY")&directorate=$(urlencode "$DIRECTORATE")&status=DRAFT&page=3"
SEARCH_URL="$API/job-descriptions?size=20&q=Facilitator"
SCORE_URL="$API/schemes/$NHS_SCHEME_ID/score"
SCORE_BODY='{"levels":{"COMMUNICATION":2,"KNOWLEDGE":2,"ANALYTICAL":2,"PLANNING":2,"PHYSICAL_SKILLS":2,"PATIENT_CARE":2,"POLICY":2,"FINANCIAL":2,"HUMAN_RESOURCES":2,"INFORMATION":2,"RESEARCH":2,"FREEDOM_TO_ACT":2,"PHYSICAL_EFFORT":2,"MENTAL_EFFORT":2,"EMOTIONAL_EFFORT":2,"WORKING_CONDITIONS":2}}'

# every endpoint must answer 200 to one request before it is measured
check() { # name curl-args...
  local name=$1; shift
  local status
  status=$(curl -s -o "$TMP/check-$name.json" -w '%{http_code}' --max-time 30 -H "$COOKIE" "$@" || true)
  [[ $status == 200 ]] || die "$name answered HTTP $status: $(head -c 300 "$TMP/check-$name.json")"
  say "bench: $name 200: $(head -c 160 "$TMP/check-$name.json")$( (( $(wc -c <"$TMP/check-$name.json") > 160 )) && echo ...)"
}
check list "$LIST_URL"
check filtered "$FILTER_URL"
check search "$SEARCH_URL"
check score -H 'Content-Type: application/json' -H 'X-Requested-With: bandwise' --data "$SCORE_BODY" "$SCORE_URL"
total_in() { sed -n 's/.*"totalItems" *: *\([0-9]*\).*/\1/p' "$TMP/check-$1.json" | head -n 1; }

measure() { # name url script -> $TMP/wrk-<name>.txt
  local name=$1 url=$2 script=$3
  say "bench: $name: warm-up ${WARMUP}s, then ${DURATION}s measured"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$script" -H "$COOKIE" "$url" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$script" -H "$COOKIE" "$url" >"$TMP/wrk-$name.txt"
}
measure list "$LIST_URL" bench/wrk-report.lua
measure filtered "$FILTER_URL" bench/wrk-report.lua
measure search "$SEARCH_URL" bench/wrk-report.lua
measure score "$SCORE_URL" bench/score-request.lua

# name -> "rps p50_us p99_us status_errors socket_errors" from the histogram printed by wrk-report.lua
summarise() {
  local file=$TMP/wrk-$1.txt
  awk '/^BENCH / { for (i = 2; i <= NF; i++) { split($i, kv, "="); t[kv[1]] += kv[2] } }
       /^H / { print $2, $3 > "/dev/stderr" }
       END { printf "%.1f %d %d", t["requests"] / t["seconds"], t["status_errors"], t["socket_errors"] }' \
    "$file" 2>"$TMP/hist-$1.txt" >"$TMP/totals-$1.txt"
  local p
  p=$(sort -n "$TMP/hist-$1.txt" | awk '{ v[NR] = $1; c[NR] = $2; n += $2 }
    END { for (i = 1; i <= NR; i++) { s += c[i]; if (!a && s >= 0.50 * n) a = v[i]; if (!b && s >= 0.99 * n) b = v[i] }
          printf "%d %d", a, b }')
  local rps st so p50 p99
  read -r rps st so <"$TMP/totals-$1.txt"
  read -r p50 p99 <<<"$p"
  echo "$rps $p50 $p99 $st $so"
}

# --- report --------------------------------------------------------------------------------------------------
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
LIST_WORST_P99=0
echo
echo "Bandwise job evaluation benchmark ($(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), $DB_MODE)"
echo "$JD_TOTAL JDs, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s measured per endpoint, load average $LOAD_BEFORE before start"
printf '%-62s %9s %9s %9s %8s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "non-2xx"
row() { # name label [is-list]
  local rps p50 p99 st so note=""
  read -r rps p50 p99 st so <<<"$(summarise "$1")"
  (( so > 0 )) && note="  ($so socket errors/timeouts)"
  printf '%-62s %9.0f %9s %9s %8d%s\n' "$2" "$rps" "$(ms "$p50")" "$(ms "$p99")" "$st" "$note"
  if [[ ${3:-} == list ]] && (( p99 > LIST_WORST_P99 )); then LIST_WORST_P99=$p99; fi
  return 0
}
row list "(a) GET job-descriptions?size=20&sort=title [$(total_in list) hits]" list
row filtered "(b) GET ...roleFamily&directorate&status=DRAFT&page=3 [$(total_in filtered)]" list
row search "(c) GET job-descriptions?q=Facilitator [$(total_in search) hits]" list
row score "(d) POST schemes/{NHS}/score (16 factors at level 2)"
echo "(b) = roleFamily=$FAMILY, directorate=$DIRECTORATE; non-2xx = wrk's 4xx/5xx count (each answered 200 to curl first)"
MET=$(awk -v v="$LIST_WORST_P99" -v t="$LIST_P99_TARGET_MS" 'BEGIN { print (v / 1000 <= t) ? "MET" : "NOT MET" }')
echo "target: JD list p99 <= $LIST_P99_TARGET_MS ms at $CONNECTIONS connections: $MET (worst of (a)-(c): $(ms "$LIST_WORST_P99") ms)"
