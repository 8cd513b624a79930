#!/usr/bin/env bash
# Runs every VIS test on this machine: prepares PostgreSQL and Chromium (installing them if they
# are missing), then builds VIS and its server and runs the unit tests and the integration tests
# (Arquillian on the provisioned WildFly against PostgreSQL, browser tests in headless Chromium),
# and — when it runs everything — the kill -9 crash test of freg-import (scripts/crash-test-freg-import.sh).
#
#   ./test.sh                      everything
#   ./test.sh -Dit.test=MigrationIT  one integration test class (any Maven options pass through)
set -euo pipefail
cd "$(dirname "$0")"
scripts/prepare-machine.sh
mvn -B install "$@" # install: the crash test runs the simulators from the built modules
if [ $# -eq 0 ]; then
  scripts/crash-test-freg-import.sh
fi
