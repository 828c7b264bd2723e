#!/bin/bash
# Used by helper compact for the 100k -Xmx256m figures (see /work/notes/compact-report.md); not part of bench/run.
# usage: compact-serve.sh JAR DATA LOG HEAP : start the combined server, wait until it serves, time a few
# delivery rows (first = builds the order/view, then warm), take the live heap (histogram = full GC) and
# heap info, count full GCs during the build, stop it by PID.
JAR=$1; DATA=$2; LOG=$3; HEAP=$4
PORT=$((20000 + RANDOM % 20000))
uptime > $LOG
T0=$(date +%s.%N)
RELATIONS_ADMIN_PASSWORD=bench-admin-password-1 java -Xmx$HEAP -Xlog:gc:file=$LOG.gc -jar $JAR serve --port $PORT --data $DATA >> $LOG 2>&1 &
PID=$!
until curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$PORT/.rest/delivery/organizations/v1/iula 2>/dev/null | grep -q 200; do
  sleep 0.5; kill -0 $PID 2>/dev/null || { echo "server died" >> $LOG; grep -c "Pause Full" $LOG.gc >> $LOG; exit 1; }
done
T1=$(date +%s.%N)
echo "SERVING after $(echo "$T1 - $T0" | bc) s" >> $LOG
echo "FULL_GC_DURING_START $(grep -c 'Pause Full' $LOG.gc)" >> $LOG
B=http://127.0.0.1:$PORT/.rest/delivery/organizations/v1
CAT=$(curl -s "http://127.0.0.1:$PORT/.rest/delivery/relationship-categories/v1?limit=1" | grep -o '"@id":"[^"]*"' | head -1 | cut -d'"' -f4)
echo "category $CAT" >> $LOG
for q in "orderBy=name&limit=20&offset=500" "orderBy=name&lang=ar&limit=20&offset=50000" "orderBy=acronym%20desc&limit=20&offset=7000" \
         "relationships.category=$CAT&orderBy=name&limit=20&offset=100" "relationships.category=$CAT&orderBy=name&limit=20&offset=20000" \
         "name%5Blike%5D=%25Union%25&orderBy=name&limit=20"; do
  for i in 1 2 3; do
    curl -s -o /dev/null -w "row $i %{http_code} %{time_total}s $q\n" "$B?$q" >> $LOG
  done
done
curl -s -o /dev/null -w 'relations.html %{http_code} %{time_total}s\n' "http://127.0.0.1:$PORT/relations.html" >> $LOG
curl -s -o /dev/null -w 'relations.html %{http_code} %{time_total}s\n' "http://127.0.0.1:$PORT/relations.html" >> $LOG
echo "FULL_GC_AFTER_ROWS $(grep -c 'Pause Full' $LOG.gc)" >> $LOG
jcmd $PID GC.class_histogram > $LOG.histo 2>&1
echo "LIVE $(tail -1 $LOG.histo)" >> $LOG
jcmd $PID GC.heap_info >> $LOG 2>&1
kill $PID; wait $PID
uptime >> $LOG
