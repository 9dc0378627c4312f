#!/usr/bin/env bash
# sync against a sandbox limited to 20 requests/s that answers 429 without Retry-After:
# each given jar runs `sync --full` as its own process, rounds interleaved. See docs/performance.md
# ("sync against a rate limit").
#   bench/sync-rate-bench.sh                          # this checkout's jar only
#   bench/sync-rate-bench.sh old=/tmp/old/target/minion-discover.jar new=target/minion-discover.jar
# -Dbench.rounds=N -Dbench.rate=R -Dbench.artists=A -Dbench.perArtist=P via BENCH_OPTS.
# To build an old jar: git archive <commit> | tar -x -C /tmp/old && (cd /tmp/old && mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests package test-compile 2>/dev/null || mvn -q -DskipTests package test-compile
[ $# -gt 0 ] || set -- "new=target/minion-discover.jar"
exec java ${BENCH_OPTS:-} -cp "target/test-classes:target/minion-discover.jar" org.musicminion.discover.sync.bench.SyncRateBench "$@"
