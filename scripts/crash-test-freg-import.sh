#!/usr/bin/env bash
# Crash test of freg-import (issue 5), run by ./test.sh after the Maven build:
#   1. a demo county of PUPILS (default 20000) pupils on a fresh PostgreSQL database, whose
#      guardians are then removed and pupils' addresses made stale, so that freg-import has
#      ~36,000 guardians and guardianships to create and every pupil to update;
#   2. a copy of that database gets a clean freg-import;
#   3. on the original, freg-import is started and the server killed with kill -9 while it writes;
#      the server is started again and the run restarted from its checkpoint (WildFly's CLI
#      restart-job; JBeret sees that the run died with its server);
#   4. the end states are compared by checksums over the rows by their natural keys (pupils,
#      guardians, guardianships, flags, skipped records, and the access log lines the import
#      wrote, counted by kind): equal, and nothing twice.
# Its own WildFly base directory, ports (offset 400: HTTP 8480, management 10390) and register
# simulator (18491), so a running ./run.sh is left alone. Needs the build (mvn install) done.
set -euo pipefail
cd "$(dirname "$0")/.."
PUPILS="${PUPILS:-20000}"
OFFSET=400
MGMT=$((9990 + OFFSET))
REG_PORT=18491
WORK="$PWD/vis-it/target/crash-test"
SERVER="$PWD/wildfly-config/target/server"
DB=vis_crash
CLEAN=vis_crash_clean
CLI=("$SERVER/bin/jboss-cli.sh" -c --controller=127.0.0.1:$MGMT --output-json)
BATCH="/deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet"

pg_admin() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; else sudo -u postgres psql -v ON_ERROR_STOP=1 -q "$@"; fi; }
q() { PGPASSWORD=vis psql -h 127.0.0.1 -U vis -d "$1" -At -v ON_ERROR_STOP=1 -c "$2"; }
say() { echo "crash test: $*"; }

server_pid=""
simulator_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$simulator_pid" ] && kill "$simulator_pid" 2>/dev/null || true
}
trap cleanup EXIT

start_server() { # database
  rm -rf "$WORK/standalone"
  mkdir -p "$WORK/standalone/deployments" "$WORK/standalone/log"
  cp -r "$SERVER/standalone/configuration" "$WORK/standalone/configuration"
  cp vis-ear/target/vis.ear "$WORK/standalone/deployments/"
  rm -f "$WORK/server.pid"
  VIS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$1" VIS_DB_USER=vis VIS_DB_PASSWORD=vis VIS_TEST_MODE=true \
  VIS_BASE_URL="http://127.0.0.1:$((8080 + OFFSET))" \
  VIS_FREG_BASE_URL="http://127.0.0.1:$REG_PORT/folkeregisteret/offentlig-med-hjemmel/api" \
  VIS_KRR_BASE_URL="http://127.0.0.1:$REG_PORT/rest" VIS_MASKINPORTEN_TOKEN_URL="http://127.0.0.1:$REG_PORT/maskinporten/token" \
  JBOSS_PIDFILE="$WORK/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    setsid nohup "$SERVER/bin/standalone.sh" -Djboss.server.base.dir="$WORK/standalone" -Djboss.node.name=vis-crash \
    -Djboss.socket.binding.port-offset=$OFFSET > "$WORK/console-$1.log" 2>&1 &
  for _ in $(seq 1 180); do
    [ -f "$WORK/standalone/deployments/vis.ear.deployed" ] && break
    [ -f "$WORK/standalone/deployments/vis.ear.failed" ] && { say "VIS did not start"; exit 1; }
    sleep 1
  done
  [ -f "$WORK/standalone/deployments/vis.ear.deployed" ] || { say "VIS did not start in 3 minutes"; exit 1; }
  server_pid=$(cat "$WORK/server.pid")
}

stop_server() { # [signal]
  kill ${1:+-$1} "$server_pid"
  for _ in $(seq 1 120); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
  ! kill -0 "$server_pid" 2>/dev/null || { say "the server did not stop"; exit 1; }
  server_pid=""
}

start_job() { # name [properties]
  local properties=""
  [ -n "${2:-}" ] && properties=", properties={$2}"
  local answer
  answer=$("${CLI[@]}" --command="$BATCH:start-job(job-xml-name=$1$properties)") || { say "start-job $1 refused: $answer" >&2; exit 1; }
  sed -n 's/.*"result" *: *\([0-9]*\).*/\1/p' <<< "$answer"
}

await_job() { # database execution-id → batch status
  local status
  for _ in $(seq 1 900); do
    status=$(q "$1" "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $2")
    case "$status" in STARTING|STARTED|STOPPING) sleep 0.5 ;; *) echo "$status"; return ;; esac
  done
  echo TIMEOUT
}

checksum() { # database → one line: md5 of the rows by natural keys
  q "$1" "SELECT md5(string_agg(r, E'\n' ORDER BY r)) || ' over ' || count(*) || ' rows' FROM (
      SELECT 'S|' || fnr || '|' || given_name || '|' || family_name || '|' || coalesce(street, '') || '|'
             || coalesce(postal_code, '') || '|' || address_protection AS r FROM student
      UNION ALL SELECT 'G|' || coalesce(fnr, '-') || '|' || given_name || '|' || coalesce(middle_name, '') || '|' || family_name || '|'
             || coalesce(street, '') || '|' || coalesce(postal_code, '') || '|' || coalesce(postal_place, '') || '|'
             || address_protection FROM guardian
      UNION ALL SELECT 'GS|' || s.fnr || '|' || coalesce(g.fnr, g.given_name || ' ' || g.family_name) || '|' || gs.basis || '|' || coalesce(gs.responsibility, '') || '|'
             || gs.active_from || '|' || coalesce(gs.active_to::text, '') || '|' || coalesce(gs.end_reason, '')
             FROM guardianship gs JOIN guardian g ON g.id = gs.guardian_id JOIN student s ON s.id = gs.student_id
      UNION ALL SELECT 'F|' || s.fnr || '|' || f.kind FROM register_flag f JOIN student s ON s.id = f.student_id
      UNION ALL SELECT 'K|' || record_ref || '|' || reason FROM job_skipped_record WHERE job_name = 'freg-import'
      UNION ALL SELECT 'L|' || coalesce(subject_kind, '-') || '|' || coalesce(category, '-') || '|' || action || '|' || count(*) FROM access_log
             WHERE purpose = 'job:freg-import' GROUP BY subject_kind, category, action) rows"
}

twice() { # database → rows that exist twice (must be 0)
  q "$1" "SELECT (SELECT count(*) FROM (SELECT 1 FROM guardianship WHERE active_to IS NULL GROUP BY student_id, guardian_id
      HAVING count(*) > 1) a) + (SELECT count(*) FROM (SELECT 1 FROM guardian WHERE fnr IS NOT NULL GROUP BY fnr HAVING count(*) > 1) b)
      + (SELECT count(*) FROM (SELECT 1 FROM register_flag GROUP BY student_id, kind HAVING count(*) > 1) c)"
}

mkdir -p "$WORK"
[ -f vis-ear/target/vis.ear ] && [ -x "$SERVER/bin/standalone.sh" ] || { say "build first (mvn install)"; exit 1; }
mvn -B -q -o -pl vis-devtools dependency:build-classpath -Dmdep.outputFile="$WORK/devtools.classpath" >/dev/null \
  || mvn -B -q -pl vis-devtools dependency:build-classpath -Dmdep.outputFile="$WORK/devtools.classpath" >/dev/null
setsid nohup java -cp "$PWD/vis-devtools/target/classes:$(cat "$WORK/devtools.classpath")" \
  no.vis.devtools.registers.RegisterSimulator --port "$REG_PORT" --pupils "$PUPILS" > "$WORK/registers.log" 2>&1 &
simulator_pid=$!

say "a demo county of $PUPILS pupils on a fresh database, its guardians removed"
pg_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP DATABASE IF EXISTS $CLEAN WITH (FORCE)" \
  -c "CREATE DATABASE $DB OWNER vis"
start_server "$DB"
id=$(start_job demo-county "pupils=$PUPILS")
[ "$(await_job "$DB" "$id")" = COMPLETED ] || { say "demo-county did not complete"; exit 1; }
q "$DB" "DELETE FROM consent; DELETE FROM guardianship; DELETE FROM guardian; DELETE FROM register_flag;
         UPDATE student SET street = 'Gammelveien 1', postal_code = '4000'" >/dev/null
stop_server
pg_admin -c "CREATE DATABASE $CLEAN TEMPLATE $DB OWNER vis"

say "a clean freg-import on a copy"
start_server "$CLEAN"
id=$(start_job freg-import)
[ "$(await_job "$CLEAN" "$id")" = COMPLETED ] || { say "the clean run did not complete"; exit 1; }
q "$CLEAN" "SELECT '  ' || (endtime - starttime) || ': ' || exitstatus FROM job_execution WHERE jobexecutionid = $id"
expected_guardians=$(q "$CLEAN" "SELECT count(*) FROM guardian")
stop_server

say "freg-import killed (kill -9) while it writes"
start_server "$DB"
id=$(start_job freg-import)
for _ in $(seq 1 600); do
  [ "$(q "$DB" "SELECT count(*) FROM guardian")" -ge $((expected_guardians * 2 / 5)) ] && break
  sleep 0.1
done
stop_server 9
say "  killed with $(q "$DB" "SELECT count(*) FROM guardian") of $expected_guardians guardians written;" \
  "the run is left $(q "$DB" "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $id")"

say "server started again, the run restarted from its checkpoint"
start_server "$DB"
answer=$("${CLI[@]}" --command="$BATCH:restart-job(execution-id=$id)") || { say "restart-job refused: $answer"; exit 1; }
restarted=$(sed -n 's/.*"result" *: *\([0-9]*\).*/\1/p' <<< "$answer")
[ -n "$restarted" ] || { say "restart-job gave no execution: $answer"; exit 1; }
[ "$(await_job "$DB" "$restarted")" = COMPLETED ] || { say "the restarted run did not complete"; exit 1; }
q "$DB" "SELECT '  ' || (endtime - starttime) || ': ' || exitstatus FROM job_execution WHERE jobexecutionid = $restarted"
stop_server

clean_sum=$(checksum "$CLEAN")
crash_sum=$(checksum "$DB")
say "clean run:   $clean_sum"
say "crashed run: $crash_sum"
[ "$(twice "$DB")" = 0 ] || { say "FAILED: rows written twice"; exit 1; }
[ "$clean_sum" = "$crash_sum" ] || { say "FAILED: the end states differ"; exit 1; }
pg_admin -c "DROP DATABASE $DB WITH (FORCE)" -c "DROP DATABASE $CLEAN WITH (FORCE)"
say "passed: the same end state as a clean run, nothing twice"
