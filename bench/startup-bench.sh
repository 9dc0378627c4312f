#!/usr/bin/env bash
# Start-up of short commands, an old build against this one, side by side, through each tree's own
# launcher (bin/minion-discover: its JVM flags and its CDS archive). Runs are interleaved (old, new,
# old, new, ...) so both see the same machine load; prints min / median / max wall time and the
# median CPU time (user+sys) per command and build, and the load average before and after.
#
# Usage: bench/startup-bench.sh OLD_TREE [RUNS]
#   OLD_TREE: a checkout of the old commit built with `mvn -q -o -DskipTests package` (jar + .jsa), e.g.
#     mkdir /tmp/old && git archive dab52f2 | tar -x -C /tmp/old && (cd /tmp/old && mvn -q -o -DskipTests package)
#   This tree must be built the same way (with its archive). RUNS: runs per command and build (default 15).
# Commands: --version; tracks --limit 5 on an index made by one demo run; auth status with no login (exit 4); tracks
# --limit 5 again with a config file (config/config.example.toml with credentials).
set -euo pipefail
old="$(cd "$1" && pwd)"
new="$(cd "$(dirname "$0")/.." && pwd)"
runs="${2:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for t in "$old" "$new"; do
  [ -f "$t/target/minion-discover.jsa" ] || echo "warning: $t has no start-up archive (built with -Dcds.skip?)" >&2
done
# one index for both, made by the old build's demo; each build gets its own copy (the new one may migrate it)
"$old/bin/minion-discover" --data-dir "$work/demo" demo >/dev/null 2>&1
rm -f "$work/demo/tokens.json"
for v in old new; do cp -r "$work/demo" "$work/data-$v"; mkdir -p "$work/home-$v"; done

# a user's config file: the example with credentials filled in (most users have one; the TOML parse is part of start-up)
sed -e 's/^client_id = ""/client_id = "bench-client"/' -e 's/^client_secret = ""/client_secret = "bench-secret"/' \
  "$new/config/config.example.toml" > "$work/config.toml"
commands=("--version" "tracks --limit 5" "auth status" "--config $work/config.toml tracks --limit 5")
run() { # build command -> "wall_s cpu_s"
  local v="$1" cmd="$2" tree
  tree="$([ "$v" = old ] && echo "$old" || echo "$new")"
  # shellcheck disable=SC2086
  HOME="$work/home-$v" XDG_CONFIG_HOME="$work/home-$v/.config" XDG_CACHE_HOME="$work/home-$v/.cache" \
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$tree/bin/minion-discover" --data-dir "$work/data-$v" $cmd >/dev/null 2>&1 || true
  tail -1 "$work/t" | awk '{printf "%s %.2f\n", $1, $2 + $3}'   # GNU time puts "exited with status 4" first
}
# warm-up: file cache, schema migration, the native-library cache
for v in old new; do for c in "${commands[@]}"; do run "$v" "$c" >/dev/null; done; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  for c in "${commands[@]}"; do
    for v in old new; do echo "$v|$c|$(run "$v" "$c")" >> "$work/results"; done
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s %-4s %8s %8s %8s %10s\n' command build min median max "cpu median"
for c in "${commands[@]}"; do
  for v in old new; do
    walls="$(grep -F "$v|$c|" "$work/results" | cut -d'|' -f3 | cut -d' ' -f1 | sort -n | tr '\n' ' ')"
    cpus="$(grep -F "$v|$c|" "$work/results" | cut -d'|' -f3 | cut -d' ' -f2 | sort -n | tr '\n' ' ')"
    echo "$c|$v|$walls|$cpus" | awk -F'|' '{
      n = split($3, w, " "); m = split($4, u, " ")
      printf "%-24s %-4s %7.2fs %7.2fs %7.2fs %9.2fs\n", $1, $2, w[1], w[int((n + 1) / 2)], w[n], u[int((m + 1) / 2)] }'
  done
done
