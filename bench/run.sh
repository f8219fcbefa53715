#!/usr/bin/env bash
# Benchmarks, separate from the tests: ./bench/run.sh NAME
# Each prints lines "BENCH <name> <metric> <value> <unit>".
#   startup   builds the jar, starts Arus with its embedded defaults in a scratch directory three times,
#             and reports the start-up time, the resident memory once started, and the SIGTERM stop time.
#   dashboard builds the staff dashboard for an admin 36 times in the integration-test context (embedded
#             PostgreSQL and Kafka) and reports the first, median, p95 and worst server-side build time;
#             the budget is 2 s. Browser rendering is not included.
#   network   reconciles 10,000 PPP secrets onto a simulated RouterOS 7.16 with 5 ms injected round-trip
#             time, onto an empty router and then again with nothing changed (targets 5 s and 2 s).
#   customers inserts 100,000 customers (60% with a service) and measures the customer list's search (page of
#             50 plus the count) over a mix of name, phone, NIK, code and address searches with filters;
#             p95 target under 200 ms.
#   lifecycle 1,000 subscriptions through onboarding (CS and technician tasks completed through the task inbox)
#             onto a simulated RouterOS 7.16 with 5 ms injected round-trip time: activation p50/p99 from the
#             technician's completion to the secret on the router; then 200 isolated and unsuspended:
#             unsuspend p50/p99 to the plan profile back on the router. Targets: p99 under 2 s. Then the
#             customers benchmark (customer_search_p95_ms), which the issue counts among the lifecycle figures.
#   billing   a billing run over 100,000 active subscriptions on the embedded PostgreSQL (target 60 s), the same
#             run again (target 10 s, exactly 0 new invoices). Then, in a fresh context (the run's 100,000 open
#             invoices would start dunning in the background): 20,000 signed Midtrans and Tripay callbacks, 30%
#             duplicates, posted over HTTP by 12 threads to the webhooks: callbacks per second (target 300) and,
#             counted in the database, callbacks lost and applied twice (target 0 each); and pay-to-online: 150
#             subscribers isolated for non-payment on a simulated RouterOS 7.16 with 5 ms round trip, from the
#             paid callback's post to the plan profile back on the router, p50/p99 (target p99 under 3 s).
#             BENCH_CALLBACKS and BENCH_PAY_TO_ONLINE change the two counts.
#   poll      200 simulated routers polled every 10 s for a minute by the real poller (samples through the
#             in-app Kafka into PostgreSQL); CPU of Arus in percent of two cores (target under 25).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-}"

startup() {
  ./mvnw -q -B package -DskipTests
  local jar; jar=$(ls target/arus-*.jar | head -1)
  local scratch; scratch=$(mktemp -d)
  local port=18181
  for run in 1 2 3; do
    ( cd "$scratch" && exec java -jar "$OLDPWD/$jar" --server.port=$port ) > "$scratch/run.log" 2>&1 &
    local pid=$!
    local started=""
    for _ in $(seq 1 240); do
      started=$(grep -o 'Started ArusApplication in [0-9.]* seconds' "$scratch/run.log" | grep -o '[0-9.]*' | head -1 || true)
      [ -n "$started" ] && break
      kill -0 $pid 2>/dev/null || { echo "Arus did not start:"; tail -30 "$scratch/run.log"; exit 1; }
      sleep 0.5
    done
    [ -n "$started" ] || { echo "Arus did not start within 120 s"; kill $pid; exit 1; }
    sleep 3
    local rss_kb; rss_kb=$(ps -o rss= -p $pid | tr -d ' ')
    local t0; t0=$(date +%s%N)
    kill -TERM $pid
    wait $pid || true
    local t1; t1=$(date +%s%N)
    echo "BENCH startup run${run}_start_seconds ${started} s"
    echo "BENCH startup run${run}_rss $((rss_kb / 1024)) MB"
    echo "BENCH startup run${run}_sigterm_stop $(( (t1 - t0) / 1000000 )) ms"
    [ "$run" = 1 ] && echo "BENCH startup note first run includes initdb of the embedded PostgreSQL"
  done
  rm -rf "$scratch"
}

# Runs benchmark classes (failsafe, in the integration-test context) and keeps only their BENCH lines.
run_bench() {
  local what=$1 classes=$2; shift 2
  ./mvnw -q -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$classes" \
    -Dfailsafe.failIfNoSpecifiedTests=false "$@" 2>&1 | grep '^BENCH ' || { echo "the $what benchmark failed"; exit 1; }
}

dashboard() { run_bench dashboard DashboardLoadBench; }
network() { run_bench network NetworkReconcileBench; }
poll() { run_bench poll NetworkPollBench; }
billing() {
  run_bench billing BillingRunBench
  run_bench billing PaymentCallbackBench,PayToOnlineBench ${BENCH_CALLBACKS:+-Dbench.callbacks=$BENCH_CALLBACKS} \
    ${BENCH_PAY_TO_ONLINE:+-Dbench.pay-to-online=$BENCH_PAY_TO_ONLINE}
}
customers() { run_bench "customer search" CustomerSearchBench; }
lifecycle() {
  run_bench lifecycle SubscriptionLifecycleBench,CustomerSearchBench ${BENCH_ACTIVATIONS:+-Dbench.activations=$BENCH_ACTIVATIONS}
}

case "$name" in
  startup) startup ;;
  dashboard) dashboard ;;
  network) network ;;
  poll) poll ;;
  customers) customers ;;
  lifecycle) lifecycle ;;
  billing) billing ;;
  *) echo "usage: $0 startup|dashboard|network|poll|customers|lifecycle|billing" >&2; exit 2 ;;
esac
