#!/usr/bin/env bash
# Runs the same ISUP load through the bare M3UA relay (the baseline) and through callwall, one after the
# other on this machine, at maximum throughput and at a fixed rate, and prints the comparison.
#
#   loadgen/run.sh [-d SECONDS] [-w SECONDS] [-r RATE] [-W WINDOW] [-a ANSWER] [-m MIX.csv] [-o OUTDIR]
#
#   -d  measured seconds per run (default 15)     -w  warm-up seconds per run (default 5)
#   -r  fixed rate in IAM/s (default 20000)       -W  calls in flight at maximum throughput (default 1024)
#   -a  terminating answer: ANSWER (ACM, ANM, REL), ALERT or RELEASE (default ANSWER)
#   -m  call mix CSV (default: the generator's built-in mix)
#   -o  where results go (default loadgen/target/bench-<time>)
#   -s  what to run: relay, callwall, reload (default "relay callwall"); e.g. "callwall" reruns one into an
#       existing -o, "reload" runs the reload scenario (a 10M-number list reloaded at the fixed rate)
#   -t  trunk group the load arrives on: LOCAL (default; test mode, so every call is screened and relayed as
#       the bare relay relays it), INTL, IC or TG88 (config/screening/trunk-groups.yaml)
#   -n  numbers in the reload scenario's list (default 10000000)
#   -D  measured seconds of the reload scenario (default 40, after 15 s of warm-up; the reload starts 10 s in)
#
# Needs loadgen/target/loadgen.jar and gateway-core/target/callwall.jar:
#   mvn -B -q -pl loadgen install && mvn -B -q -pl gateway-core install
# JAVA_OPTS applies to both systems under test (default -Xms512m -Xmx512m); LOADGEN_JAVA_OPTS to the
# generator; RELOAD_JAVA_OPTS to callwall in the reload scenario (default -Xms4g -Xmx4g).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
loadgen="$root/loadgen/target/loadgen.jar"
callwall="$root/gateway-core/target/callwall.jar"
duration=15 warmup=5 rate=20000 window=1024 answer=ANSWER mix="" out="" systems="relay callwall" trunk=LOCAL
reload_entries=10000000 reload_duration=40 reload_warmup=15
while getopts "d:w:r:W:a:m:o:s:t:n:D:h" opt; do
  case $opt in
    d) duration=$OPTARG ;; w) warmup=$OPTARG ;; r) rate=$OPTARG ;; W) window=$OPTARG ;;
    a) answer=$OPTARG ;; m) mix=$OPTARG ;; o) out=$OPTARG ;; s) systems=$OPTARG ;;
    t) trunk=$OPTARG ;; n) reload_entries=$OPTARG ;; D) reload_duration=$OPTARG ;;
    *) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
for jar in "$loadgen" "$callwall"; do
  [ -f "$jar" ] || { echo "run.sh: $jar not found (expected: built with mvn -B -q -pl <module> install)" >&2; exit 2; }
done
out=${out:-$root/loadgen/target/bench-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
# Run private copies: a rebuild of either module during the run must not change the code under test.
cp "$loadgen" "$out/loadgen.jar" && loadgen="$out/loadgen.jar"
cp "$callwall" "$out/callwall.jar" && callwall="$out/callwall.jar"
java_opts=${JAVA_OPTS:--Xms512m -Xmx512m}
gen_opts=${LOADGEN_JAVA_OPTS:--Xms512m -Xmx512m}
reload_java_opts=${RELOAD_JAVA_OPTS:--Xms4g -Xmx4g}

# callwall's configuration for the run: the sample configuration (config/: gateway.yaml, logback.xml, the
# screening tables and lists) moved to private ports: home 2905 -> 39125, the trunk associations 2911..2914 ->
# 39131..39134, Prometheus 9180 -> 39190. Two changes besides: no IAM rate limit (calls.maxIamsPerSecond 0;
# the sample's 20,000 would release the maximum-throughput runs' excess with cause 42), and heartbeats off.
# The generator's originating exchange is the trunk group's exchange (-t), connecting as ASP to its
# association with its OPC and routing context; its terminating exchange is the home exchange (DPC 2-100-2,
# RC 100), connecting as ASP to callwall's home association.
write_config() { # DIR
  mkdir -p "$1"
  cp -r "$root/config/screening" "$root/config/lists" "$root/config/logback.xml" "$1/"
  sed -e 's/127\.0\.0\.1:2905/127.0.0.1:39125/; s/127\.0\.0\.1:291\([1-4]\)/127.0.0.1:3913\1/' \
      -e 's/127\.0\.0\.1:9180/127.0.0.1:39190/; s/maxIamsPerSecond: [0-9]*/maxIamsPerSecond: 0/' \
      -e 's/heartbeat: [0-9a-z]*/heartbeat: 0s/' "$root/config/gateway.yaml" > "$1/gateway.yaml"
}
write_config "$out/callwall-config"
metrics=http://127.0.0.1:39190/metrics

# The trunk group of config/screening/trunk-groups.yaml the load arrives on: association port, OPC, RC, CICs.
case $trunk in
  LOCAL) trunk_port=39134 trunk_opc=4004 trunk_rc=14 trunk_cics=1-2047 ;;   # test mode: screened, relayed as sent
  INTL)  trunk_port=39131 trunk_opc=1001 trunk_rc=11 trunk_cics=1-4095 ;;
  IC)    trunk_port=39132 trunk_opc=2002 trunk_rc=12 trunk_cics=1-1023 ;;
  TG88)  trunk_port=39133 trunk_opc=3088 trunk_rc=13 trunk_cics=1-31 ;;
  *) echo "run.sh: trunk group $trunk (expected: LOCAL, INTL, IC or TG88)" >&2; exit 2 ;;
esac
callwall_sides=(connect:127.0.0.1:$trunk_port connect:127.0.0.1:39125 --opc "$trunk_opc" --dpc 2-100-2
  --originating-rc "$trunk_rc" --terminating-rc 100 --cics "$trunk_cics" --gateway-metrics "$metrics")

server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap stop_server EXIT

# CPU seconds (user + system) the server process has used so far.
cpu_seconds() {
  local ticks
  ticks=$(awk '{print $14 + $15}' "/proc/$server_pid/stat" 2>/dev/null || echo 0)
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t / hz}'
}

# run LABEL NAME ORIGINATING TERMINATING EXTRA...
run() {
  local label=$1 name=$2 orig=$3 term=$4; shift 4
  echo "== $label $name"
  local cpu_before
  cpu_before=$(cpu_seconds)
  java $gen_opts -jar "$loadgen" run --label "$label" --originating "$orig" --terminating "$term" \
    --warmup "PT${warmup}S" --duration "PT${duration}S" --answer "$answer" ${mix:+--mix "$mix"} \
    --result "$out/$label-$name.json" --histogram-log "$out/$label-$name.hlog" "$@" \
    > "$out/$label-$name.out" 2> "$out/$label-$name.log" || echo "run.sh: $label $name: see $out/$label-$name.out" >&2
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "run.sh: the $label process ended during the run (see $out/$label-server.log)" >&2
  fi
  awk -v a="$cpu_before" -v b="$(cpu_seconds)" 'BEGIN {printf "%.2f\n", b - a}' > "$out/$label-$name.cpu"
  grep -v '^\[' "$out/$label-$name.out" || true
  echo "server CPU seconds: $(cat "$out/$label-$name.cpu")"
}

# system LABEL ORIGINATING TERMINATING EXTRA...: both runs against whatever server is up.
system() {
  local label=$1; shift
  run "$label" max "$@" --window "$window"
  run "$label" rate "$@" --rate "$rate"
}

# The reload scenario: callwall on the sample tables with lists/roaming-exceptions.csv replaced by a
# 10,000,000-number list (the mobile numbers of benchmarks' DnoListFile: 13x..19x scattered by a stride
# coprime to the span, every thousandth with an expiry and a comment), load on trunk group INTL (whose rule
# "roaming-exception" looks every calling number up in that list; INTL's 4095 CICs leave room for calls
# held up by a stall, IC's DNO rule has 2 x 1024) at the fixed rate; 10 s into the measured period the list
# file is touched, which callwall's watch on lists/ turns into a reload after 500 ms of quiet. The reload's
# span comes from callwall's log (files changed -> reload applied), its count from the Prometheus counters,
# and the latency inside and outside that span from the per-second histogram log.
reload_scenario() {
  local dir="$out/reload-config" list="$out/reload-config/lists/roaming-exceptions.csv"
  write_config "$dir"
  echo "== reload: writing a $reload_entries-number list to $list"
  awk -v n="$reload_entries" 'BEGIN {
      print "# load test list: the numbers of org.callwall.benchmarks.screening.DnoListFile"
      print "entry,expires,comment"
      for (row = 0; row < n; row++) {
        x = (row * 1000003 + 4242424242) % 7000000000
        if (row % 1000 == 999) printf "%.0f,2031-12-31,ported out\n", 13000000000 + x
        else printf "%.0f\n", 13000000000 + x
      }
    }' > "$list"
  java $reload_java_opts -Dcallwall.log.dir="$out/reload-logs" -jar "$callwall" run --config "$dir" \
    > "$out/reload-server.log" 2>&1 &
  server_pid=$!
  local cpu_before; cpu_before=$(cpu_seconds)
  java $gen_opts -jar "$loadgen" run --label reload --connect-timeout PT180S \
    --originating connect:127.0.0.1:39131 --terminating connect:127.0.0.1:39125 --opc 1001 --dpc 2-100-2 \
    --originating-rc 11 --terminating-rc 100 --cics 1-4095 --gateway-metrics "$metrics" \
    --warmup "PT${reload_warmup}S" --duration "PT${reload_duration}S" --answer "$answer" ${mix:+--mix "$mix"} --rate "$rate" \
    --result "$out/reload-rate.json" --histogram-log "$out/reload-rate.hlog" \
    > "$out/reload-rate.out" 2> "$out/reload-rate.log" &
  local gen=$!
  # The generator logs its first progress line once both associations are active and the warm-up starts.
  until grep -q '^\[reload\] t=' "$out/reload-rate.out" 2>/dev/null || ! kill -0 $gen 2>/dev/null; do sleep 0.2; done
  sleep $((reload_warmup + 10))
  local touched; touched=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
  touch "$list"
  echo "list touched at $touched"
  local status=0; wait $gen || status=$?
  [ $status -eq 0 ] || echo "run.sh: reload: the generator reports a failed conservation check (see $out/reload-rate.out)" >&2
  awk -v a="$cpu_before" -v b="$(cpu_seconds)" 'BEGIN {printf "%.2f\n", b - a}' > "$out/reload-rate.cpu"
  stop_server
  rm -f "$list"   # 120 MB at 10M numbers; the awk above writes it again
  grep -v '^\[' "$out/reload-rate.out" || true
  # The reload's span in callwall's log: the change noticed (after the quiet time) -> the new tables applied.
  local began ended
  began=$(grep 'configuration files changed' "$out/reload-logs/callwall.log" | tail -1 | cut -d' ' -f1)
  ended=$(grep 'reload applied' "$out/reload-logs/callwall.log" | tail -1 | cut -d' ' -f1)
  if [ -z "$began" ] || [ -z "$ended" ]; then
    echo "run.sh: reload: no applied reload in $out/reload-logs/callwall.log" >&2
    return
  fi
  local ms; ms=$(( $(date -d "$ended" +%s%3N) - $(date -d "$began" +%s%3N) ))
  echo "reload: touched $touched, noticed $began, applied $ended ($ms ms)"
  java -jar "$loadgen" window "$out/reload-rate.hlog" --skip "PT${reload_warmup}S" --from "$began" --to "$ended" \
    | tee "$out/reload-window.json"
  printf '{"touched":"%s","began":"%s","applied":"%s","reloadMillis":%d}\n' "$touched" "$began" "$ended" "$ms" \
    > "$out/reload-span.json"
}

echo "results in $out"
if [[ " $systems " == *" relay "* ]]; then
  java $java_opts -jar "$loadgen" relay --a listen:127.0.0.1:39115 --b connect:127.0.0.1:39116 \
    > "$out/relay-server.log" 2>&1 &
  server_pid=$!
  system relay connect:127.0.0.1:39115 listen:127.0.0.1:39116 --opc "$trunk_opc" --dpc 2-100-2 --cics "$trunk_cics"
  stop_server
fi

if [[ " $systems " == *" callwall "* ]]; then
  java $java_opts -Dcallwall.log.dir="$out/callwall-logs" -jar "$callwall" run --config "$out/callwall-config" \
    > "$out/callwall-server.log" 2>&1 &
  server_pid=$!
  system callwall "${callwall_sides[@]}"
  stop_server
fi

if [[ " $systems " == *" reload "* ]]; then
  reload_scenario
fi

if [ -f "$out/relay-max.json" ] && [ -f "$out/callwall-max.json" ]; then
  echo
  echo "== maximum throughput (window $window), relay vs callwall"
  java -jar "$loadgen" compare --baseline-cpu "$(cat "$out/relay-max.cpu")" --subject-cpu "$(cat "$out/callwall-max.cpu")" \
    "$out/relay-max.json" "$out/callwall-max.json" | tee "$out/compare-max.txt"
  echo
  echo "== fixed rate $rate IAM/s, relay vs callwall"
  java -jar "$loadgen" compare --baseline-cpu "$(cat "$out/relay-rate.cpu")" --subject-cpu "$(cat "$out/callwall-rate.cpu")" \
    "$out/relay-rate.json" "$out/callwall-rate.json" | tee "$out/compare-rate.txt"
fi
