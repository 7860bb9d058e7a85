#!/usr/bin/env bash
# Reproduces the whole README benchmark table in one run (under 10 minutes on a shared 2-core machine):
# 1. JMH: callwall and RestComm jSS7 on the same bytes (IAM decode, REL encode, divert rewrite), the screening
#    engine (ScreenBenchmark), the screening pipeline (PipelineBenchmark), the 10M-number list load, then the
#    list's heap footprint;
# 2. loadgen/run.sh: the bare M3UA relay and callwall (the sample configuration) at maximum throughput and at
#    20,000 IAM/s, and the reload of a 10M-number list at 20,000 IAM/s.
# One summary, benchmarks/results/summary-<time>.md, computes every ratio from this run only.
#
#   benchmarks/run.sh                 everything
#   benchmarks/run.sh IamDecode       only the JMH benchmarks matching the regexps given (no loadgen)
#
# JMH_OPTS replaces the JMH options (LOAD_OPTS for the list load), JMH_JAVA_OPTS adds JVM options to JMH's
# launcher (-Djmh.ignoreLock=true to run beside another JMH run on the machine); FOOTPRINT=no skips the list footprint,
# LOADGEN=no the loadgen part (LOADGEN_RESULTS=DIR summarises an earlier loadgen/run.sh folder instead); BUILD=yes rebuilds the three jars (benchmarks, loadgen, callwall) from the
# modules installed in ~/.m2 first (they are built when missing). ScreenBenchmark finds config/ from the
# working directory upwards, so run.sh runs from the repository root.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$here/target/benchmarks.jar"
results="$here/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
java="${JAVA:-java}"
started=$(date +%s)

build() {  # module
    echo "+ (cd $root && mvn -B -q -pl $1 package -DskipTests)"
    (cd "$root" && mvn -B -q -pl "$1" package -DskipTests)
}
if [[ "${BUILD:-no}" == yes || ! -f "$jar" ]]; then build benchmarks; fi
if [[ $# -eq 0 && "${LOADGEN:-yes}" == yes ]]; then
    if [[ "${BUILD:-no}" == yes || ! -f "$root/loadgen/target/loadgen.jar" ]]; then build loadgen; fi
    if [[ "${BUILD:-no}" == yes || ! -f "$root/gateway-core/target/callwall.jar" ]]; then build gateway-core; fi
    command -v jq > /dev/null || { echo "run.sh: jq is needed for the loadgen summary (LOADGEN=no skips it)" >&2; exit 2; }
fi
mkdir -p "$results"
cd "$root"
# Measure a copy, so that rebuilding the module during a run cannot change the jar a fork starts from.
measured="$results/benchmarks-$stamp.jar"
cp "$jar" "$measured"
trap 'rm -f "$measured"' EXIT
jar="$measured"

# Trimmed to fit the whole table in 10 minutes: 10 warm-up seconds and 3 measured seconds per benchmark
# (the reference runs had 15 and 5). jSS7 keeps getting faster for about 10 s on a loaded 2-core machine (its
# large methods wait for C2) while callwall settles after about 4 s, so shorter warm-ups would flatter
# callwall; 10 s is the least that does not.
read -r -a jmh_opts <<< "${JMH_OPTS:--f 1 -wi 10 -w 1s -i 3 -r 1s -prof gc -prof org.callwall.benchmarks.report.CpuTimeProfiler}"
# The list load is one 10M-row load per measurement: fewer, longer iterations.
read -r -a load_opts <<< "${LOAD_OPTS:--f 1 -wi 1 -i 3 -prof gc -prof org.callwall.benchmarks.report.CpuTimeProfiler}"
jsons=()

run_jmh() {  # name, then JMH options and benchmark regexps
    local name="$1"; shift
    local json="$results/jmh-$name-$stamp.json"
    local cmd=("$java" ${JMH_JAVA_OPTS:-} -jar "$jar" "$@" -rf json -rff "$json")
    echo "+ ${cmd[*]}"
    "${cmd[@]}" | tee "$results/jmh-$name-$stamp.txt"
    jsons+=("$json")
}

summary="$results/summary-$stamp.md"
if [[ $# -gt 0 ]]; then
    run_jmh selected "${jmh_opts[@]}" "$@"
else
    run_jmh hotpath "${jmh_opts[@]}" 'isup\.' 'ScreenBenchmark' 'pipeline\.'
    run_jmh listload "${load_opts[@]}" 'ListLoadBenchmark'
    if [[ "${FOOTPRINT:-yes}" == yes ]]; then
        footprint=("$java" -Xmx250m -cp "$jar" org.callwall.benchmarks.screening.ListLoadFootprint 10000000 3)
        echo "+ ${footprint[*]}"
        "${footprint[@]}" | tee "$results/list-footprint-$stamp.txt"
    fi
fi

echo
echo "+ $java -cp $jar org.callwall.benchmarks.report.ResultTable ${jsons[*]}"
"$java" -cp "$jar" org.callwall.benchmarks.report.ResultTable "${jsons[@]}" > "$summary"
if [[ -f "$results/list-footprint-$stamp.txt" ]]; then
    { echo; echo '`ListLoadFootprint` (`java -Xmx250m -cp benchmarks.jar org.callwall.benchmarks.screening.ListLoadFootprint 10000000 3`):'
      echo; sed 's/^/    /' "$results/list-footprint-$stamp.txt"; } >> "$summary"
fi

if [[ $# -eq 0 && "${LOADGEN:-yes}" == yes ]]; then
    lg="$results/loadgen-$stamp"
    # 5 s warm-up + 10 s measured per relay/callwall run (loadgen/run.sh's defaults are 5 + 15); the reload
    # scenario keeps its 15 s warm-up and measures 25 s (default 40), the reload starting 10 s in.
    lg_cmd=("$root/loadgen/run.sh" -w 5 -d 10 -r 20000 -D 25 -s "relay callwall reload" -o "$lg")
    if [[ -n "${LOADGEN_RESULTS:-}" ]]; then
        lg="$LOADGEN_RESULTS"   # summarise an earlier loadgen/run.sh output folder instead
    else
        echo "+ ${lg_cmd[*]}"
        "${lg_cmd[@]}"
    fi
    j() { jq -r "$2" "$lg/$1.json"; }
    cpu_per_call() {  # label-mode: server CPU microseconds per IAM sent over the whole run
        awk -v c="$(cat "$lg/$1.cpu")" -v n="$(j "$1" .wholeRun.sent)" 'BEGIN {printf "%.2f", (n > 0 ? c * 1e6 / n : 0)}'
    }
    verdict() { awk "BEGIN {print ($1) ? \"met\" : \"MISSED\"}"; }
    relay_max=$(j relay-max .throughputPerSecond) callwall_max=$(j callwall-max .throughputPerSecond)
    relay_p99=$(j relay-rate .latencyMicros.p99) callwall_p99=$(j callwall-rate .latencyMicros.p99)
    max_ratio=$(awk -v a="$callwall_max" -v b="$relay_max" 'BEGIN {printf "%.1f", (b > 0 ? 100 * a / b : 0)}')
    p99_diff=$(awk -v a="$callwall_p99" -v b="$relay_p99" 'BEGIN {printf "%+.1f", a - b}')
    {
        echo
        echo "## Load: bare relay vs callwall (\`${lg_cmd[*]#$root/}\`)"
        echo
        echo "callwall runs the sample configuration (config/) on private ports, load on trunk group LOCAL (test"
        echo "mode: every IAM screened, then relayed as the bare relay relays it); ACM, ANM, REL answers."
        echo "Host load average (1 min) at the runs' starts: relay $(j relay-max .host.loadAverage1mAtStart),"
        echo "callwall $(j callwall-max .host.loadAverage1mAtStart), reload $(j reload-rate .host.loadAverage1mAtStart)."
        echo
        echo "| figure | relay | callwall | callwall vs relay | target |"
        echo "|---|---:|---:|---:|---|"
        echo "| maximum throughput, calls/s | $relay_max | $callwall_max | $max_ratio% | >= 50%: $(verdict "$max_ratio >= 50") |"
        echo "| server CPU us per call, maximum throughput | $(cpu_per_call relay-max) | $(cpu_per_call callwall-max) | | |"
        echo "| p99 at 20,000 IAM/s, us | $relay_p99 | $callwall_p99 | $p99_diff us | <= +200 us: $(verdict "$p99_diff <= 200") |"
        echo "| p50 at 20,000 IAM/s, us | $(j relay-rate .latencyMicros.p50) | $(j callwall-rate .latencyMicros.p50) | | |"
        echo "| server CPU us per call, 20,000 IAM/s | $(cpu_per_call relay-rate) | $(cpu_per_call callwall-rate) | | |"
        echo "| generator conservation (max / rate) | $(j relay-max .wholeRun.conserved) / $(j relay-rate .wholeRun.conserved) | $(j callwall-max .wholeRun.conserved) / $(j callwall-rate .wholeRun.conserved) | | |"
        echo "| callwall counters = IAMs sent (max / rate) | | $(j callwall-max '.gateway.conserved // "n/a"') / $(j callwall-rate '.gateway.conserved // "n/a"') | | |"
        echo
        if [[ -f "$lg/reload-span.json" && -f "$lg/reload-window.json" ]]; then
            sent=$(j reload-rate .wholeRun.sent)
            answered=$(j reload-rate '.wholeRun.outcomes | .forwarded + .diverted + .released')
            gateway=$(jq -r '.gateway.calls | .forwarded + .diverted + .modified + .released' "$lg/reload-rate.json")
            ratio=$(jq -r '.p99Ratio // 0' "$lg/reload-window.json")
            echo "## Reload of a 10,000,000-number list at 20,000 IAM/s (trunk group INTL, list touched 10 s in)"
            echo
            echo "| figure | value | target |"
            echo "|---|---:|---|"
            echo "| reloads applied (Prometheus) | $(j reload-rate .gateway.reloadsApplied) | 1 |"
            echo "| reload span, files changed -> applied (callwall.log) | $(jq -r .reloadMillis "$lg/reload-span.json") ms | |"
            echo "| IAMs sent / outcomes at the generator / counted by callwall | $sent / $answered / $gateway | all equal |"
            echo "| calls lost (sent - outcomes; timed out $(j reload-rate .wholeRun.outcomes.timedOut), unsent $(j reload-rate .wholeRun.errors.unsent)) | $((sent - answered)) | 0: $(verdict "$sent == $answered && $sent == $gateway") |"
            echo "| p99 in the seconds the reload spans, us | $(jq -r .inside.p99Micros "$lg/reload-window.json") ($(jq -r .inside.count "$lg/reload-window.json") calls) | |"
            echo "| p99 of the same run outside them, us | $(jq -r .outside.p99Micros "$lg/reload-window.json") ($(jq -r .outside.count "$lg/reload-window.json") calls) | |"
            echo "| ratio | $ratio | <= 2: $(verdict "$ratio <= 2") |"
        else
            echo "Reload scenario: no applied reload found (see $lg)."
        fi
    } >> "$summary"
fi
echo "wall time: $(( $(date +%s) - started )) s" >> "$summary"
echo
cat "$summary"
