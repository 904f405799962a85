#!/usr/bin/env bash
# Staff search over 100,000 staff at 16 connections (issue 8; target p99 <= 100 ms).
#
# Needs a running Bandwise with the demo accounts (demo mode) at $BENCH_URL, `wrk`, and the `mysql` client able to
# reach its database ($BENCH_DB_HOST, $BENCH_DB_PORT, $BENCH_DB_NAME, $BENCH_DB_USER, $BENCH_DB_PASSWORD). Run it
# against a throw-away database: it adds staff with plain SQL (a bench-only generator, not the import) until there
# are $BENCH_STAFF (100,000) staff records — staff numbers BS<n>, each on a post of their own in one of 120 bench
# units, Bands 1-7 of the PROBATION structure, 2 % with an active mark-time protection. (Rows written by plain SQL
# have no position worked out yet: the first search works them out, as after an upgrade to V25.)
#
# The baseline is the previous release serving the same database at $BENCH_BASELINE_URL (for example the jar built
# from the commit before V25, started with the same BANDWISE_DB_URL on another port: Flyway leaves the later
# migration alone). Each query is measured on the baseline, then on $BENCH_URL, one after the other, so both rows
# share the data and the machine's load. BENCH_BASELINE=false measures $BENCH_URL alone.
#
# It drives GET /api/v1/staff (signed in as admin) with wrk, $BENCH_CONNECTIONS (16) connections, 2 threads,
# $BENCH_WARMUP s warm-up and $BENCH_DURATION s measured per query and server, for these queries:
#   all       ?page=1&size=20                      (no filter: the first page by name, and the total)
#   page50    ?page=50&size=20
#   name      ?q=Bennett&size=20                   (a surname prefix)
#   number    ?q=BS0042424&size=20                 (an exact staff number)
#   full      ?q=Sam%20Benn&size=20                 (first name and the start of the last)
#   unit      ?unit=Bench%20search%20unit%2017&size=20
#   band      ?band=4&size=20
#   atRisk    ?atRisk=true&size=20
#   combined  ?unit=Bench%20search%20unit%2017&band=4&atRisk=false&size=20
# Figures printed: requests/s, p50, p95, p99 (wrk's latency histogram) and errors. It reports; it never fails on
# the target.
set -euo pipefail

URL=${BENCH_URL:-http://127.0.0.1:8080}
STAFF=${BENCH_STAFF:-100000}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
WARMUP=${BENCH_WARMUP:-3}
DURATION=${BENCH_DURATION:-10}
BASELINE=${BENCH_BASELINE:-true}
BASELINE_URL=${BENCH_BASELINE_URL:-http://127.0.0.1:8081}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_NAME=${BENCH_DB_NAME:-bandwise}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
HERE=$(cd "$(dirname "$0")" && pwd)

sql() {
  MYSQL_PWD="$DB_PASSWORD" mysql -N -B -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" "$DB_NAME" -e "$1"
}

have=$(sql "SELECT COUNT(*) FROM staff_member")
echo "Staff records now: $have; target $STAFF"
if [ "$have" -lt "$STAFF" ]; then
  missing=$((STAFF - have))
  echo "Adding $missing bench staff with plain SQL ..."
  sql "
SET @s := (SELECT id FROM pay_structure WHERE code = 'PROBATION');
INSERT INTO org_unit (id, name, kind, created_at)
  SELECT UUID(), CONCAT('Bench search unit ', n), 'PDU', NOW(3) FROM (SELECT 1 + a.d + 10 * b.d + 100 * c.d AS n
   FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a,
        (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b,
        (SELECT 0 d UNION ALL SELECT 1) c) u
  WHERE n <= 120 AND NOT EXISTS (SELECT 1 FROM org_unit o WHERE o.name = CONCAT('Bench search unit ', n));
CREATE TEMPORARY TABLE bench_unit (k INT PRIMARY KEY, id CHAR(36));
INSERT INTO bench_unit SELECT CAST(SUBSTRING(name, 19) AS UNSIGNED) - 1, id FROM org_unit WHERE name LIKE 'Bench search unit %';
CREATE TEMPORARY TABLE bench_band (k INT PRIMARY KEY, id CHAR(36));
INSERT INTO bench_band SELECT CAST(code AS UNSIGNED) - 1, id FROM pay_band WHERE structure_id = @s AND code IN ('1','2','3','4','5','6','7');
SET @jd := (SELECT id FROM job_description ORDER BY reference LIMIT 1);
SET @base := (SELECT COUNT(*) FROM staff_member WHERE staff_number LIKE 'BS%');
CREATE TEMPORARY TABLE bench_n (n INT PRIMARY KEY);
INSERT INTO bench_n (n) SELECT @base + 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d
  FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a,
       (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b,
       (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c,
       (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) e,
       (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) f,
       (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) g
  WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d < $missing;
INSERT INTO staff_member (id, staff_number, first_name, last_name, work_email, sex, ethnic_group, disability,
  date_of_birth, created_at, updated_at)
  SELECT UUID(), CONCAT('BS', LPAD(n, 7, '0')),
    ELT(1 + n % 12, 'Sam', 'Alex', 'Jordan', 'Casey', 'Priya', 'Tom', 'Aisha', 'Chris', 'Megan', 'Dev', 'Lucy', 'Omar'),
    CONCAT(ELT(1 + (n DIV 12) % 20, 'Bennett', 'Okafor', 'Smith', 'Jones', 'Patel', 'Khan', 'Taylor', 'Brown',
      'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Green', 'Hall', 'Wood', 'Clarke', 'Lewis'),
      IF(n % 3 = 0, '', CONCAT('-', CHAR(65 + n % 26), 'x', n % 97))),
    CONCAT('bench', n, '@probation.example.org'), IF(n % 2 = 0, 'F', 'M'),
    ELT(1 + n % 5, 'WHITE', 'ASIAN', 'BLACK', 'MIXED', 'OTHER'), IF(n % 7 = 0, 'Y', 'N'),
    DATE_SUB('2026-01-01', INTERVAL (20 + n % 45) YEAR), NOW(3), NOW(3) FROM bench_n;
INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours, created_at, updated_at)
  SELECT UUID(), CONCAT('BSP', LPAD(n, 7, '0')), @jd, (SELECT id FROM bench_unit WHERE k = n % 120), 'NATIONAL', 37,
    NOW(3), NOW(3) FROM bench_n;
INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, structure_id, band_id, zone_code, pay_point,
  weekly_hours, reason, created_at, created_by)
  SELECT UUID(), s.id, '2026-04-01', p.id, @s, (SELECT id FROM bench_band WHERE k = n % 7), 'NATIONAL', 1, 37,
    'IMPORT', NOW(3), 'bench'
    FROM bench_n JOIN staff_member s ON s.staff_number = CONCAT('BS', LPAD(n, 7, '0'))
    JOIN post p ON p.post_number = CONCAT('BSP', LPAD(n, 7, '0'));
INSERT INTO pay_protection (id, staff_id, type, starts_on, last_day, protected_pence, difference_pence, created_at,
  updated_at)
  SELECT UUID(), s.id, 'MARK_TIME', '2026-08-01', '2028-07-31', 4000000, 300000, NOW(3), NOW(3)
    FROM bench_n JOIN staff_member s ON s.staff_number = CONCAT('BS', LPAD(n, 7, '0')) WHERE n % 50 = 0;
ANALYZE TABLE staff_member, staff_assignment, post, org_unit, pay_protection;
" > /dev/null
  echo "Staff records now: $(sql "SELECT COUNT(*) FROM staff_member")"
fi

sign_in() { # server URL -> the session cookie header's value
  local jar
  jar=$(mktemp)
  curl -s -f -c "$jar" -H 'Content-Type: application/json' -H 'X-Requested-With: bandwise' \
    -d '{"username":"admin","password":"bandwise-demo"}' "$1/api/v1/auth/login" > /dev/null
  awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar"
  rm -f "$jar"
}

QUERIES=(
  "all|page=1&size=20"
  "page50|page=50&size=20"
  "name|q=Bennett&size=20"
  "number|q=BS0042424&size=20"
  "full|q=Sam%20Benn&size=20"
  "unit|unit=Bench%20search%20unit%2017&size=20"
  "band|band=4&size=20"
  "atRisk|atRisk=true&size=20"
  "combined|unit=Bench%20search%20unit%2017&band=4&atRisk=false&size=20"
)

measure() { # label server cookie name query
  local label=$1 server=$2 cookie=$3 name=$4 query=$5
  local code total out
  code=$(curl -s -o /tmp/bench-staff-search.json -w '%{http_code}' -H "Cookie: $cookie" "$server/api/v1/staff?$query")
  [ "$code" = 200 ] || { echo "GET $server/api/v1/staff?$query answered $code" >&2; cat /tmp/bench-staff-search.json >&2; exit 1; }
  total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totalItems"])' /tmp/bench-staff-search.json)
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -H "Cookie: $cookie" "$server/api/v1/staff?$query" > /dev/null
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$HERE/staff-search.lua" -H "Cookie: $cookie" \
    "$server/api/v1/staff?$query" | sed -n 's/^RESULT //p')
  printf '%-10s %-9s %8s  %s\n' "$label" "$name" "$total" "$out"
}

COOKIE=$(sign_in "$URL")
if [ "$BASELINE" = true ]; then
  BASELINE_COOKIE=$(sign_in "$BASELINE_URL")
fi

echo
echo "GET /api/v1/staff over $(sql "SELECT COUNT(*) FROM staff_member") staff, $CONNECTIONS connections, ${DURATION}s each (load: $(cut -d' ' -f1-3 /proc/loadavg)); target p99 <= 100 ms"
printf '%-10s %-9s %8s  %s\n' "server" "query" "matches" "requests/s and latency (ms)"
for entry in "${QUERIES[@]}"; do
  name=${entry%%|*} query=${entry#*|}
  if [ "$BASELINE" = true ]; then
    measure baseline "$BASELINE_URL" "$BASELINE_COOKIE" "$name" "$query"
  fi
  measure now "$URL" "$COOKIE" "$name" "$query"
done
echo "(load after: $(cut -d' ' -f1-3 /proc/loadavg))"
