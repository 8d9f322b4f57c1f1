#!/usr/bin/env bash
# People's views at national scale: loads 150 networks and (by default) 5,000,000 synthetic views into a
# fresh PostgreSQL database, then times public submissions against raw inserts, and the moderation queue
# and public listing pages of the largest network. See bench/README.md.
# Usage: bench/feedback/run.sh [--views=5000000] [--networks=150] [--submissions=2000] [--clients=8]
#        [--requests=500] [--pg=jdbc:postgresql://127.0.0.1:5432/] [--pg-user=postgres] [--pg-password=] [--keep]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.localvoice.feedback.bench.FeedbackBenchmark "$@"
