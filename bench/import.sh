#!/usr/bin/env bash
# Bandwise benchmark: validate + apply a 100,000-row staff file through the application's own staff import
# (POST /api/v1/staff-imports, then /apply) with the server capped at -Xmx512m, and the same rows inserted into
# the same tables by a plain batched JDBC program (bench/ImportBaseline.java). Prints rows per second of both,
# the ratio (target >= 50 %) and the server's peak heap (jstat, sampled every 500 ms).
#
#   bash bench/import.sh
#
# Needs: backend/target/bandwise.jar (build it first), Java 17 with jstat, Maven's local repository holding
# FastCSV and MySQL Connector/J (any build of the backend puts them there), python3, curl, and a MySQL-compatible
# server (default: the local one on 127.0.0.1:3306 as root, no password). A database named $BENCH_DB (default
# bandwise_bench_import) is dropped and made anew with demo data. Only 127.0.0.1 is targeted. Figures are reported,
# not enforced: the script exits 0 unless the server fails to start or the import fails.
#
# Settings (environment):
#   BENCH_ROWS=100000            rows in the generated file
#   BENCH_PORT=18093             HTTP port of the server under test
#   BENCH_DB=bandwise_bench_import
#   BENCH_DB_SERVER=jdbc:mysql://127.0.0.1:3306   BENCH_DB_USER=root   BENCH_DB_PASSWORD=
#   BENCH_HEAP=512m              the server's -Xmx
#   BENCH_START_TIMEOUT=600      seconds to wait for the server (the first start makes the demo data)
#   BENCH_JAR=backend/target/bandwise.jar
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROWS=${BENCH_ROWS:-100000}
PORT=${BENCH_PORT:-18093}
DB=${BENCH_DB:-bandwise_bench_import}
DB_SERVER=${BENCH_DB_SERVER:-jdbc:mysql://127.0.0.1:3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
HEAP=${BENCH_HEAP:-512m}
START_TIMEOUT=${BENCH_START_TIMEOUT:-600}
JAR=${BENCH_JAR:-backend/target/bandwise.jar}
BASE=http://127.0.0.1:${PORT}
OUT=bench/target/import
SERVER_LOG=$OUT/server.log

say() { printf '%s\n' "$*" >&2; }
die() { say "bench-import: $*"; exit 1; }

[[ -f $JAR ]] || die "$JAR is missing. Build the runnable jar first (mvn -B package), then run this again."
for tool in java jstat curl python3; do command -v $tool >/dev/null || die "$tool is needed"; done
M2=${MAVEN_REPO:-$HOME/.m2/repository}
FASTCSV=$(ls "$M2"/de/siegmar/fastcsv/4.4.0/fastcsv-4.4.0.jar 2>/dev/null || true)
CONNECTOR=$(ls "$M2"/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar 2>/dev/null | grep -v sources | tail -1 || true)
[[ -n $FASTCSV && -n $CONNECTOR ]] || die "FastCSV or Connector/J is not in $M2: build the backend once first."
if curl -s -o /dev/null --max-time 2 "$BASE/"; then die "something already answers on $BASE: set BENCH_PORT"; fi

mkdir -p "$OUT"
HOSTPORT=${DB_SERVER#jdbc:mysql://}
URL="$DB_SERVER/$DB?createDatabaseIfNotExist=true&sslMode=DISABLED&rewriteBatchedStatements=true"

# --- a fresh database, dropped through the same JDBC driver (no mysql client needed) --------------------------
cat >"$OUT/Drop.java" <<'EOF'
public class Drop {
  public static void main(String[] a) throws Exception {
    try (var c = java.sql.DriverManager.getConnection(a[0], a[1], a[2]); var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + a[3]);
    }
  }
}
EOF
java -cp "$CONNECTOR" "$OUT/Drop.java" "$DB_SERVER/?sslMode=DISABLED" "$DB_USER" "$DB_PASSWORD" "$DB"

# --- the file: the demo workforce's rows repeated with new staff and post numbers, no sign-in accounts ---------
python3 - "$ROWS" "$OUT/staff-$ROWS.csv" <<'EOF'
import csv, sys
rows, target = int(sys.argv[1]), sys.argv[2]
with open("backend/src/main/resources/demo/staff.csv", newline="", encoding="utf-8") as f:
    source = list(csv.reader(f))
header, people = source[0], source[1:]
with open(target, "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for i in range(rows):
        r = list(people[i % len(people)])
        r[0] = "B%07d" % (i + 1)
        r[3] = "b%07d@probation.example.org" % (i + 1)
        r[4] = ""
        r[5] = "PB-%07d" % (i + 1)
        w.writerow(r)
EOF
FILE=$OUT/staff-$ROWS.csv
say "bench-import: $FILE ($(($(stat -c %s "$FILE") / 1024)) KB, $ROWS rows)"

# --- the server, alone in its JVM (a configured database: no second JVM, no defaults added) ------------------
BANDWISE_DB_URL="$URL" BANDWISE_DB_USER="$DB_USER" BANDWISE_DB_PASSWORD="$DB_PASSWORD" BANDWISE_DEMO_DATA=true \
  BANDWISE_DATA_DIR="$OUT/data" java "-Xmx$HEAP" -jar "$JAR" --port "$PORT" >"$SERVER_LOG" 2>&1 &
PID=$!
cleanup() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; [[ -n ${SAMPLER:-} ]] && kill "$SAMPLER" 2>/dev/null || true; }
trap cleanup EXIT
T0=$(date +%s)
until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/health/ready") == 200 ]] \
  && [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/api/v1/staff-imports/template") == 401 ]]; do
  kill -0 "$PID" 2>/dev/null || die "the server stopped; see $SERVER_LOG"
  (( $(date +%s) - T0 > START_TIMEOUT )) && die "not ready after ${START_TIMEOUT}s; see $SERVER_LOG"
  sleep 2
done
say "bench-import: server ready after $(( $(date +%s) - T0 ))s"

# heap in use (survivor + eden + old, KB) every 500 ms; the peak is read at the end
jstat -gc "$PID" 500 >"$OUT/jstat.txt" 2>/dev/null &
SAMPLER=$!

JAR_COOKIES=$OUT/cookies
curl -s -c "$JAR_COOKIES" -H 'Content-Type: application/json' -H 'X-Requested-With: bandwise' \
  -d '{"username":"admin","password":"bandwise-demo"}' "$BASE/api/v1/auth/login" >/dev/null
now() { date +%s.%N; }
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
wait_until_not() {
  local id=$1 busy=$2 body
  while :; do
    body=$(curl -s -b "$JAR_COOKIES" "$BASE/api/v1/staff-imports/$id")
    [[ $(field "d['status']" <<<"$body") != "$busy" ]] && { printf '%s' "$body"; return; }
    sleep 0.5
  done
}

V0=$(now)
ID=$(curl -s -b "$JAR_COOKIES" -H 'Content-Type: text/csv' -H 'X-Requested-With: bandwise' \
  --data-binary "@$FILE" "$BASE/api/v1/staff-imports?effectiveFrom=2026-04-01" | field "d['id']")
CHECKED=$(wait_until_not "$ID" VALIDATING)
V1=$(now)
[[ $(field "d['status'], d['errorCount']" <<<"$CHECKED") == "VALIDATED 0" ]] \
  || die "validation did not pass: $(head -c 600 <<<"$CHECKED")"
curl -s -b "$JAR_COOKIES" -X POST -H 'X-Requested-With: bandwise' "$BASE/api/v1/staff-imports/$ID/apply" >/dev/null
APPLIED=$(wait_until_not "$ID" APPLYING)
A1=$(now)
[[ $(field "d['status']" <<<"$APPLIED") == APPLIED ]] || die "apply failed: $(head -c 600 <<<"$APPLIED")"
kill "$SAMPLER" 2>/dev/null || true
PEAK_MB=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { u=$3+$4+$6+$8; if (u>m) m=u } END { printf "%.0f", m/1024 }' "$OUT/jstat.txt")

# --- the baseline: the same rows, plain batched JDBC, one transaction ----------------------------------------
read -r B_ROWS B_SECONDS < <(java -cp "$FASTCSV:$CONNECTOR" bench/ImportBaseline.java "$URL" "$DB_USER" "$DB_PASSWORD" "$FILE" Q)

python3 - "$ROWS" "$V0" "$V1" "$A1" "$B_ROWS" "$B_SECONDS" "$PEAK_MB" "$HEAP" <<'EOF'
import sys
rows, v0, v1, a1, b_rows, b_s, peak, heap = sys.argv[1:]
rows, v0, v1, a1, b_rows, b_s = int(rows), float(v0), float(v1), float(a1), int(b_rows), float(b_s)
validate, apply_, total = v1 - v0, a1 - v1, a1 - v0
app_rate, base_rate = rows / total, b_rows / b_s
print(f"staff import of {rows:,} rows, server -Xmx{heap}")
print(f"  upload + validate   {validate:8.1f} s")
print(f"  apply               {apply_:8.1f} s")
print(f"  validate + apply    {total:8.1f} s  {app_rate:10,.0f} rows/s")
print(f"  plain batched JDBC  {b_s:8.1f} s  {base_rate:10,.0f} rows/s  (same rows, same tables, one transaction)")
print(f"  ratio               {100 * app_rate / base_rate:8.0f} %   (target >= 50 %)")
print(f"  peak heap in use    {peak:>8} MB  (jstat every 500 ms)")
EOF
