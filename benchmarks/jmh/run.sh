#!/usr/bin/env bash
# Runs the interop JMH benchmarks: builds Krait and this module, then runs JMH on the module's class path.
# Usage: benchmarks/jmh/run.sh [JMH options, e.g. -f 1 -wi 3 -i 5 InteropBenchmark.facadeCall]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn -q -B -DskipTests install -pl benchmarks/jmh -am >&2
mvn -q -B -pl benchmarks/jmh dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
cp="$(cat benchmarks/jmh/target/classpath.txt)"
exec java -cp "benchmarks/jmh/target/classes:$cp" org.openjdk.jmh.Main "$@"
