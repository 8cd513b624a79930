#!/usr/bin/env bash
# Makes sure this machine has what the VIS tests need, installing what is missing (Debian):
#   - PostgreSQL running, with the role `vis` (password `vis`) and a fresh, empty test database
#     `vis_test` owned by it (the name can be changed with VIS_TEST_DB);
#   - Chromium and ChromeDriver for the browser tests.
# Java 17 and Maven are expected (apt-get install openjdk-17-jdk maven).
set -euo pipefail
TEST_DB="${VIS_TEST_DB:-vis_test}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
pg_admin() { as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }

# --- PostgreSQL -----------------------------------------------------------------------------------
if ! command -v pg_ctlcluster >/dev/null; then
  echo "Installing PostgreSQL"
  apt_install postgresql
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "Starting PostgreSQL"
  for version in $(ls /etc/postgresql); do
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
pg_admin -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vis') THEN CREATE ROLE vis LOGIN PASSWORD 'vis'; END IF;
END \$\$;"
pg_admin -c "DROP DATABASE IF EXISTS $TEST_DB WITH (FORCE)"
pg_admin -c "CREATE DATABASE $TEST_DB OWNER vis"
echo "PostgreSQL ready: database $TEST_DB (fresh) for role vis"

# --- Chromium -------------------------------------------------------------------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "Installing Chromium and ChromeDriver"
  apt_install chromium chromium-driver
fi
/usr/bin/chromium --version 2>/dev/null | grep -v '^\[' || true
