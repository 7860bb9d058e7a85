#!/usr/bin/env bash
# Reproduces the JMH part of the README benchmark table: callwall and RestComm jSS7 in the same run, then the
# 10M-number list footprint. Results go to benchmarks/results/ (JMH JSON + text); the summary table printed at
# the end computes every callwall/jSS7 ratio from this run only.
#
#   benchmarks/run.sh                 every benchmark (8 to 9 minutes on a shared 2-core machine)
#   benchmarks/run.sh IamDecode       only benchmarks matching the JMH regexps given
#
# JMH options can be replaced through JMH_OPTS (LOAD_OPTS for the list load); FOOTPRINT=no skips the list
# footprint. ScreenBenchmark finds config/ from the working directory upwards, so run.sh runs from the
# repository root.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
results="$here/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
java="${JAVA:-java}"

if [[ ! -f "$jar" ]]; then
    echo "+ (cd $here/.. && mvn -B -q -pl benchmarks -am package -DskipTests)"
    (cd "$here/.." && mvn -B -q -pl benchmarks -am package -DskipTests)
fi
mkdir -p "$results"
cd "$here/.."
# Measure a copy, so that rebuilding the module during a run cannot change the jar a fork starts from.
measured="$results/benchmarks-$stamp.jar"
cp "$jar" "$measured"
trap 'rm -f "$measured"' EXIT
jar="$measured"

# 15 warm-up seconds: jSS7 keeps getting faster for about 10 s on a loaded 2-core machine (its large methods
# wait for C2); callwall settles after about 4 s. Shorter warm-ups flatter callwall.
read -r -a jmh_opts <<< "${JMH_OPTS:--f 1 -wi 15 -w 1s -i 5 -r 1s -prof gc -prof org.callwall.benchmarks.report.CpuTimeProfiler}"
# The list load is one 10M-row load per measurement: fewer, longer iterations.
read -r -a load_opts <<< "${LOAD_OPTS:--f 1 -wi 1 -i 3 -prof gc -prof org.callwall.benchmarks.report.CpuTimeProfiler}"
jsons=()

run_jmh() {  # name, then JMH options and benchmark regexps
    local name="$1"; shift
    local json="$results/jmh-$name-$stamp.json"
    local cmd=("$java" -jar "$jar" "$@" -rf json -rff "$json")
    echo "+ ${cmd[*]}"
    "${cmd[@]}" | tee "$results/jmh-$name-$stamp.txt"
    jsons+=("$json")
}

if [[ $# -gt 0 ]]; then
    run_jmh selected "${jmh_opts[@]}" "$@"
else
    run_jmh hotpath "${jmh_opts[@]}" 'isup\.' 'ScreenBenchmark'
    run_jmh listload "${load_opts[@]}" 'ListLoadBenchmark'
    if [[ "${FOOTPRINT:-yes}" == yes ]]; then
        footprint=("$java" -Xmx250m -cp "$jar" org.callwall.benchmarks.screening.ListLoadFootprint 10000000 3)
        echo "+ ${footprint[*]}"
        "${footprint[@]}" | tee "$results/list-footprint-$stamp.txt"
    fi
fi

echo
echo "+ $java -cp $jar org.callwall.benchmarks.report.ResultTable ${jsons[*]}"
"$java" -cp "$jar" org.callwall.benchmarks.report.ResultTable "${jsons[@]}" | tee "$results/summary-$stamp.md"
