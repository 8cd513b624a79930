#!/usr/bin/env bash
# Benchmark of guardian-age-removal over all pupils, twice: the first run ends what is due, the
# second is a quiet night (see scripts/benchmark-job.sh).
exec "$(dirname "$0")/benchmark-job.sh" guardian-age-removal 2
