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
#   -s  which systems to run, e.g. "callwall" to rerun one into an existing -o (default "relay callwall")
#
# Needs loadgen/target/loadgen.jar and gateway-core/target/callwall.jar:
#   mvn -B -q -pl loadgen install && mvn -B -q -pl gateway-core install
# JAVA_OPTS applies to both systems under test; LOADGEN_JAVA_OPTS to the generator.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
loadgen="$root/loadgen/target/loadgen.jar"
callwall="$root/gateway-core/target/callwall.jar"
duration=15 warmup=5 rate=20000 window=1024 answer=ANSWER mix="" out="" systems="relay callwall"
while getopts "d:w:r:W:a:m:o:s:h" opt; do
  case $opt in
    d) duration=$OPTARG ;; w) warmup=$OPTARG ;; r) rate=$OPTARG ;; W) window=$OPTARG ;;
    a) answer=$OPTARG ;; m) mix=$OPTARG ;; o) out=$OPTARG ;; s) systems=$OPTARG ;;
    *) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
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

# callwall's configuration for the run: the sample topology on its own ports.
mkdir -p "$out/callwall-config"
cat > "$out/callwall-config/gateway.yaml" <<YAML
# Written by loadgen/run.sh: the generator's originating exchange connects as ASP (callwall is its SG),
# callwall connects as ASP to the generator's terminating exchange (an SG).
localPointCode: 2-100-3
networkIndicator: national
isupVariant: itu
associations:
  - name: home
    transport: tcp
    mode: server
    local: 127.0.0.1:39125
    peer: 127.0.0.1
    role: sg
    routingContexts: [100]
    trafficMode: loadshare
    heartbeat: 0s
  - name: network
    transport: tcp
    mode: client
    peer: 127.0.0.1:39126
    role: asp
    routingContexts: [200]
    trafficMode: loadshare
    heartbeat: 0s
    reconnect: { min: 200ms, max: 1s }
routes:
  - dpc: 2-100-2
    to: home
  - dpc: 2-100-1
    to: network
YAML

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

# system LABEL ORIGINATING TERMINATING: both runs against whatever server is up.
system() {
  run "$1" max "$2" "$3" --window "$window"
  run "$1" rate "$2" "$3" --rate "$rate"
}

echo "results in $out"
if [[ " $systems " == *" relay "* ]]; then
  java $java_opts -jar "$loadgen" relay --a listen:127.0.0.1:39115 --b connect:127.0.0.1:39116 \
    > "$out/relay-server.log" 2>&1 &
  server_pid=$!
  system relay connect:127.0.0.1:39115 listen:127.0.0.1:39116
  stop_server
fi

if [[ " $systems " == *" callwall "* ]]; then
  java $java_opts -jar "$callwall" run --config "$out/callwall-config" > "$out/callwall-server.log" 2>&1 &
  server_pid=$!
  system callwall connect:127.0.0.1:39125 listen:127.0.0.1:39126
  stop_server
fi

echo
echo "== maximum throughput (window $window), relay vs callwall"
java -jar "$loadgen" compare --baseline-cpu "$(cat "$out/relay-max.cpu")" --subject-cpu "$(cat "$out/callwall-max.cpu")" \
  "$out/relay-max.json" "$out/callwall-max.json" | tee "$out/compare-max.txt"
echo
echo "== fixed rate $rate IAM/s, relay vs callwall"
java -jar "$loadgen" compare --baseline-cpu "$(cat "$out/relay-rate.cpu")" --subject-cpu "$(cat "$out/callwall-rate.cpu")" \
  "$out/relay-rate.json" "$out/callwall-rate.json" | tee "$out/compare-rate.txt"
