#!/usr/bin/env bash
# Quick A/B of the read-node rows against one standalone server (no peer, no import): used by helper
# reads6 to compare two jars on the same data folder one after the other (run each under
# `flock /tmp/bench.lock`). bench/run stays the reference; this prints the same kind of figures
# (wrk req/s, server CPU us/answer from /proc) for: ceiling, cached, cached with one query string
# (what parsing the parameters costs), uncached (?bench=<n>),
# distinct items (one never-asked organization per request: nothing of it kept).
# usage: [DUR=5s] [PROFILE=1] bench/read-ab.sh JAR DATA OUT [JVM options...]; PROFILE=1 records JFR (OUT/uncached.jfr) over the first uncached row   (DATA: a bench size folder's data/, e.g. target/bench/work/size-100000/data)
set -euo pipefail
JAR=$(realpath "$1"); DATA=$(realpath "$2"); OUT=$(realpath -m "$3"); shift 3
cd "$(dirname "$0")/.."
DUR=${DUR:-5s}
WARM=${WARM:-2s}
mkdir -p "$OUT"
LOG=$OUT/server.log
RELATIONS_ADMIN_PASSWORD=bench-admin-password-1 java -Xmx256m "$@" -cp "$JAR:bench/target/classes" \
  org.oicc.relations.bench.inprocess.ServeWithCeiling serve --port 0 --data "$DATA" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until grep -q "Ceiling on" "$LOG" && grep -q "Serving on" "$LOG"; do sleep 1; kill -0 $PID || { cat "$LOG"; exit 1; }; done
BASE=$(grep -o 'Serving on http://[^/ ]*' "$LOG" | head -1 | cut -d' ' -f3)
CEIL=$(grep -o 'Ceiling on http://[^/ ]*' "$LOG" | head -1 | cut -d' ' -f3)
NODE=/.rest/delivery/organizations/v1/iula
curl -s -o "$OUT/iula.json" "$BASE$NODE"
curl -s -X PUT -H 'Content-Type: application/json;charset=UTF-8' --data-binary @"$OUT/iula.json" "$CEIL/ceiling/iula" -o /dev/null
LUA=bench/src/main/resources/org/oicc/relations/bench/bench.lua
# distinct items: generated organizations (bench-000000 ...), in a fixed shuffled order
seq -f 'bench-%06.0f' 0 99999 | shuf --random-source=<(yes) | sed 's|^|/.rest/delivery/organizations/v1/|' > "$OUT/items.txt"
cpu() { awk '{print $14 + $15}' /proc/$PID/stat; }
# tid, user+system ticks, thread name (the comm field may hold spaces)
threads() { for t in /proc/$PID/task/*; do echo "$(basename $t) $(sed 's/^.*) //' $t/stat | awk '{print $12 + $13}') $(cat $t/comm)"; done; }
row() { # name url [lua args]
  local name=$1 url=$2; shift 2
  wrk -t1 -c4 -d$WARM -s $LUA "$url" -- "$@" > /dev/null
  threads > "$OUT/threads0.txt"
  local c0; c0=$(cpu)
  local r; r=$(wrk -t1 -c4 -d$DUR --timeout 30s -s $LUA "$url" -- "$@" | grep '^BENCH' | sed 's/^BENCH //')
  local c1; c1=$(cpu)
  threads > "$OUT/threads1.txt"
  if [ -n "${THREADS:-}" ]; then # CPU per answer by thread kind (request threads, GC, JIT, ...)
    python3 - "$OUT/threads0.txt" "$OUT/threads1.txt" "$(echo "$r" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])')" <<'PY' | tee -a "$OUT/rows.txt"
import re, sys, collections
def load(p):
    d = {}
    for line in open(p):
        tid, ticks, name = line.split(None, 2)
        d[tid] = (int(ticks), name.strip())
    return d
a, b, n = load(sys.argv[1]), load(sys.argv[2]), int(sys.argv[3])
kinds = collections.Counter()
for tid, (t, name) in b.items():
    kind = re.sub(r'[-#\s]*\d+$', '', name)
    kinds[kind] += t - a.get(tid, (0, name))[0]
print("    by thread: " + ", ".join(f"{k} {v * 10000 / n:.0f}" for k, v in kinds.most_common(8) if v) + " us/answer")
PY
  fi
  python3 - "$name" "$r" "$c0" "$c1" <<'PY' | tee -a "$OUT/rows.txt"
import json, sys
name, r, c0, c1 = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
n = r["requests"]; s = r["duration_us"] / 1e6
print(f"{name:28s} {n/s:9.0f} req/s  p50 {r['p50']/1000:6.2f} ms  p99 {r['p99']/1000:6.2f} ms  CPU {(c1-c0)*10000/max(n,1):6.0f} us/answer  ({n} requests, {r['socket_errors']+r['status_errors']} errors)")
PY
}
uptime | tee "$OUT/rows.txt"
row "ceiling (same bytes)" "$CEIL/ceiling/iula"
row "read node, cached" "$BASE$NODE"
row "read node, cached ?bench=1" "$BASE$NODE?bench=1"
[ -n "${PROFILE:-}" ] && jcmd $PID JFR.start name=uncached settings=profile > /dev/null
row "read node, uncached" "$BASE$NODE" vary bench
[ -n "${PROFILE:-}" ] && jcmd $PID JFR.dump name=uncached filename="$OUT/uncached.jfr" > /dev/null && jcmd $PID JFR.stop name=uncached > /dev/null
[ -s "$OUT/items.txt" ] && row "read node, distinct items" "$BASE/" paths "$OUT/items.txt"
row "read node, uncached" "$BASE$NODE" vary bench
uptime | tee -a "$OUT/rows.txt"
if [ -n "${KEEP:-}" ]; then echo "server $PID on $BASE (KEEP set: not stopped)"; trap - EXIT; else kill $PID; wait $PID || true; fi
