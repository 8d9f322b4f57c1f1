#!/usr/bin/env bash
# Directory benchmark: generates 50,000 synthetic CQC locations (from the shipped 2016 sample), imports
# them through the real importer into a fresh database and times 1,000 searches of each kind.
# Usage: bench/directory/run.sh [--db=postgres|h2] [--rows=50000] [--queries=1000]
#        [--pg=jdbc:postgresql://127.0.0.1:5432/] [--pg-user=postgres] [--pg-password=]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.localvoice.directory.bench.DirectoryBenchmark "$@"
