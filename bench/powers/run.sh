#!/usr/bin/env bash
# Powers at national scale: loads 150 networks and (by default) 500,000 powers cases into a
# fresh PostgreSQL database, then times the staff dashboards, the public registers, the league table and
# the due-dates API for the largest network. See bench/README.md.
# Usage: bench/powers/run.sh [--cases=500000] [--networks=150]
#        [--requests=500] [--pg=jdbc:postgresql://127.0.0.1:5432/] [--pg-user=postgres] [--pg-password=] [--keep]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.localvoice.powers.bench.PowersBenchmark "$@"
