#!/usr/bin/env bash
# The sync benchmark on the sandbox (200 artists x 1000 reposts + 1000 likes, pool 50 000, 50 ms latency):
# a full sync, then an incremental one, with -Xmx512m. Numbers and reading: docs/performance.md (section sync).
# Usage: bench/sync-bench.sh [artists per_artist pool latency_ms concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests package   # the shaded jar (main classes + dependencies) and the test classes
exec java -Xmx512m -cp "target/test-classes:target/minion-discover.jar" org.musicminion.discover.sync.SyncBench "$@"
