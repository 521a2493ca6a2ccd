#!/usr/bin/env bash
# The fingerprint benchmark (README, "Benchmarks"): Scry's visual fingerprint against pHash and dHash on
# near-duplicates of ~40 photos among ~250 distractors. Not part of `mvnw verify` (it prints figures and
# asserts nothing). Extra arguments go to the benchmark, e.g. --verbose (lists every miss) or --seed 7.
#   releng/bench/fingerprint.sh [--verbose] [--seed N] [--only KIND,...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
photos=$(bash "$root/../shared/bench/photos.sh" 2>/dev/null || bash /work/shared/bench/photos.sh)
distractors=$(bash "$root/releng/bench/distractors.sh")
"$root/mvnw" -B -q -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && [ -z "${JAVA_HOME-}" ] && java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
exec "$java" -Xmx3g -Djava.awt.headless=true \
  -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" \
  dev.scry.bench.FingerprintBench "$photos" --distractors "$distractors" "$@"
