#!/usr/bin/env bash
# The sync benchmark: a simulated SoundCloud (200 artists x 1000 reposts + 1000 likes, pool 50 000,
# 50 ms latency) and two syncs (full, then incremental) with -Xmx512m. Numbers: docs/performance-sync.md.
# Usage: bench/sync-bench.sh [artists per_artist pool latency_ms concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests package   # the shaded jar (main classes + dependencies) and the test classes
MWS="${HOME}/.m2/repository/com/squareup/okhttp3/mockwebserver3/5.3.2/mockwebserver3-5.3.2.jar"
exec java -Xmx512m -cp "target/test-classes:target/minion-discover.jar:${MWS}" \
  org.musicminion.discover.sync.SyncBench "$@"
