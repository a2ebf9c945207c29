#!/usr/bin/env bash
# Measures CleanStudents against its limit: tests/Benchmarks/Baseline, a hand-written minimal
# API with the same JWT check, SQL and JSON over raw Npgsql. Both apps run in the same run on
# the same stack, interleaved (A/B, then B/A), so the figures are ratios that hold on a noisy machine.
#
#   build/bench.sh            the full run; writes tests/Benchmarks/RESULTS.md
#   build/bench.sh --quick    the same measurements, shorter (under 20 minutes), without the logging
#                             comparison; writes nothing
#
# It prints, one per line, last: ratio.warm_rps_vs_baseline= (warm list), ratio.warm_get_vs_baseline=,
# ratio.warm_create_vs_baseline=, ratio.list_p99_64_vs_baseline=, invitations.completed=,
# ratio.cold_start_vs_baseline=, ratio.list_1m_vs_10k=, ratio.search_1m_vs_10k=, ratio.roster_1m_vs_10k=,
# ratio.transcript_1m_vs_10k=, mixed.rps=, mixed.errors=, rss_mib= and zip_mib=. Tools: wrk and hyperfine
# (Debian's packages, installed when missing), BenchmarkDotNet (tests/Benchmarks/HotPaths.Benchmarks).
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=bench.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$CS_REPO_ROOT"

# A phase's log line carries the seconds since the start, so a slow phase shows.
phase() { log "[${SECONDS}s] $*"; }

quick=false
case ${1:-} in
  --quick) quick=true ;;
  '') ;;
  *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
esac

# Concurrency is fixed; only durations and repetitions differ between the runs.
connections=16
wide_connections=64
wrk_threads=2
if $quick; then
  rounds=3 warm_seconds=4 warmup_seconds=15 scale_rounds=2 scale_seconds=4 cold_runs_per_round=3 cold_rounds=3 micro_job=Dry
  mixed_seconds=15
else
  rounds=4 warm_seconds=15 warmup_seconds=20 scale_rounds=4 scale_seconds=10 cold_runs_per_round=4 cold_rounds=5 micro_job=Short
  mixed_seconds=60
fi
students_small=10000
students_large=1000000
rss_requests=10000

bench_dir="$CS_REPO_ROOT/tests/Benchmarks"
work="$CS_REPO_ROOT/.local/bench"
results="$work/results"
app_dir="$CS_REPO_ROOT/artifacts/publish"
baseline_dir="$work/baseline"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# ---- processes we start (stopped by pid on exit) ----
started_pids=()
cleanup() {
  trap - EXIT INT TERM
  local pid
  for pid in ${started_pids[@]+"${started_pids[@]}"}; do kill -KILL "$pid" 2>/dev/null || true; done
  "$CS_REPO_ROOT/build/stack.sh" down "$work/stack" --wipe >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_app <name> <executable> <port> [VAR=value...]: runs it in the background, waits until live.
start_app() {
  local name=$1 exe=$2 port=$3; shift 3
  # Another checkout's app on the port would answer the health check in our stead.
  port_is_free "$port" || die "port $port ($name) is in use on 127.0.0.1"
  env "$@" "$exe" --urls "http://127.0.0.1:$port" >"$work/$name.log" 2>&1 &
  local pid=$!
  started_pids+=("$pid")
  printf -v "pid_$name" '%s' "$pid"
  local deadline=$((SECONDS + 120))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/live" || true) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/$name.log" >&2; die "$name exited while starting"; }
    ((SECONDS < deadline)) || die "$name did not start within 120s"
    sleep 0.2
  done
}

stop_app() {
  local var="pid_$1" pid kept=()
  kill -KILL "${!var}" 2>/dev/null || true
  wait "${!var}" 2>/dev/null || true
  # Reaped, its pid may be reused by someone else's process: the exit cleanup must not kill it again.
  for pid in "${started_pids[@]}"; do [[ $pid == "${!var}" ]] || kept+=("$pid"); done
  started_pids=(${kept[@]+"${kept[@]}"})
}

# wrk_try <base-url> <seconds> <connections> <scenario> [arg...]: prints wrk's key=value line, errors= included.
wrk_try() {
  local url=$1 seconds=$2 conns=$3 scenario=$4 threads=$wrk_threads
  shift 4
  ((conns >= threads)) || threads=$conns
  wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 10s -s "$bench_dir/wrk/api.lua" "$url" \
    -- "$scenario" "$token" "$@" | grep '^requests=' || die "wrk $scenario on $url failed"
}

# wrk_run: as wrk_try, for a measurement that only counts when every response was a 2xx.
wrk_run() {
  local out
  out=$(wrk_try "$@")
  [[ $out == *" errors=0" ]] || die "wrk $4 on $1 had failed requests: $out"
  printf '%s\n' "$out"
}

field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# ---- tools ----
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v zip >/dev/null || missing+=(zip)
((${#missing[@]} == 0)) || apt_install "${missing[@]}"

run_started=$SECONDS
rm -rf "$work"
mkdir -p "$results"

# ---- build: the app as ./build/package.sh ships it (ADR 0017), the baseline framework-dependent ReadyToRun ----
phase "publishing the app (build/package.sh) and the baseline (Release, framework-dependent ReadyToRun)"
"$CS_REPO_ROOT/build/package.sh" >"$work/package.log" 2>&1 || { tail -n 30 "$work/package.log" >&2; die "package.sh failed"; }
zip_bytes=$(stat -c %s "$CS_REPO_ROOT/artifacts/cleanstudents-lambda.zip")
dotnet publish "$bench_dir/Baseline" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$baseline_dir" >"$work/baseline-publish.log" 2>&1 || { tail -n 30 "$work/baseline-publish.log" >&2; die "publishing the baseline failed"; }
app_exe="$app_dir/CleanStudents.WebApi"
baseline_exe="$baseline_dir/CleanStudents.Benchmarks.Baseline"

# ---- stack: PostgreSQL + cognito-local, like the tests ----
"$CS_REPO_ROOT/build/stack.sh" up "$work/stack" --owner-pid $$
# shellcheck disable=SC1091
source "$work/stack/stack.env"
# shellcheck source-path=SCRIPTDIR source=lib/load.sh
source "$CS_REPO_ROOT/build/lib/load.sh"
large_db=cleanstudents_1m
psql_db postgres -c "CREATE DATABASE $large_db"
# The baseline's create sends its one message to a queue of its own on the same moto server, which nobody
# reads: the app's poller must not do the baseline's invitations during the baseline's rounds.
baseline_queue=$("$CS_REPO_ROOT/build/queues.sh" "$AWS_ENDPOINT_URL" cleanstudents-bench-baseline 30 | cut -d' ' -f1)

small_env=("${stack_app_env[@]}" "ConnectionStrings__Database=$PG_CONNECTION_STRING")
large_env=("${stack_app_env[@]}" "ConnectionStrings__Database=${PG_CONNECTION_STRING/Database=cleanstudents;/Database=$large_db;}")
# The app runs with the function's memory settings in every phase; the baseline keeps the .NET defaults.
app_small_env=("${function_env[@]}" "${small_env[@]}")
app_large_env=("${function_env[@]}" "${large_env[@]}")

# Free loopback ports, so runs from several checkouts on one machine do not meet.
app_port=$(free_port) baseline_port=$(free_port) large_port=$(free_port) verbose_port=$(free_port)

# ---- schema (the app's own migrations) and data (SQL, generate_series) ----
phase "migrating both databases"
start_app migrate "$app_exe" "$app_port" "${app_small_env[@]}" Database__MigrateOnStartup=true
stop_app migrate
start_app migrate "$app_exe" "$app_port" "${app_large_env[@]}" Database__MigrateOnStartup=true
stop_app migrate

# Bulk loads of the large database run without the table's indexes, which are then rebuilt exactly as the
# migrations made them. drop_indexes <table> [key]: drops its secondary indexes (and with "key" its primary key,
# which nothing may reference) and prints the statements that rebuild them.
drop_indexes() {
  local table=$1 with_key=${2:-} secondary="tablename = '$1' AND indexname NOT LIKE 'pk_%'"
  psql_db "$large_db" -At -c "SELECT indexdef || ';' FROM pg_indexes WHERE $secondary"
  [[ $with_key != key ]] || psql_db "$large_db" -At -c "SELECT format('ALTER TABLE %I ADD CONSTRAINT %I %s;', conrelid::regclass, conname,
    pg_get_constraintdef(oid)) FROM pg_constraint WHERE conrelid = '$table'::regclass AND contype = 'p'"
  psql_db "$large_db" -At -c "SELECT 'DROP INDEX ' || quote_ident(indexname) || ';' FROM pg_indexes WHERE $secondary
    UNION ALL SELECT format('ALTER TABLE %I DROP CONSTRAINT %I;', conrelid::regclass, conname) FROM pg_constraint
    WHERE '$with_key' = 'key' AND conrelid = '$table'::regclass AND contype = 'p'" | psql_db "$large_db"
}

# build_indexes <statements>: one session per index, in the background (each build uses one core); pids in index_pids.
index_pids=()
build_indexes() {
  local index_def
  while IFS= read -r index_def; do
    psql_db "$large_db" -c "SET maintenance_work_mem = '256MB'" -c "$index_def" &
    index_pids+=($!)
  done <<<"$1"
}

phase "seeding $students_small students with $((students_small * 5)) enrollments, and $students_large with $((students_large * 5)) in $large_db"
# The hot paths' build is no measurement: it runs while the index builds leave a core idle.
dotnet build -c Release "$bench_dir/HotPaths.Benchmarks" >"$work/hotpaths-build.log" 2>&1 &
hotpaths_build=$!
psql_db cleanstudents -v first=1 -v last=$students_small -f "$bench_dir/seed.sql"
psql_db cleanstudents -v students=$students_small -f "$bench_dir/seed-enrollments.sql"
student_indexes=$(drop_indexes students)
enrollment_indexes=$(drop_indexes enrollments key)
psql_db "$large_db" -v first=1 -v last=$students_large -f "$bench_dir/seed.sql"
# The students' GIN builds take most of the time: the enrollments load while they run.
build_indexes "$student_indexes"
psql_db "$large_db" -v students=$students_large -f "$bench_dir/seed-enrollments.sql"
build_indexes "$enrollment_indexes"
for pid in "${index_pids[@]}"; do wait "$pid" || die "building an index of $large_db failed"; done
phase "indexes of $large_db rebuilt"
wait "$hotpaths_build" || { tail -n 30 "$work/hotpaths-build.log" >&2; die "building the hot paths' benchmarks failed"; }
psql_db cleanstudents -c "VACUUM ANALYZE"
psql_db "$large_db" -c "VACUUM ANALYZE"
search_term=$(psql_db cleanstudents -At -c "SELECT lower(last_name) FROM students WHERE student_number = 'S000000001'")
student_id=$(psql_db cleanstudents -At -c "SELECT id FROM students WHERE student_number = 'S000005000'")
# seed-enrollments.sql names its rows by md5, so both sizes hold class 1 (200 students) and student 5000 (5 classes).
class_id=$(psql_db cleanstudents -At -c "SELECT md5('class-1')::uuid")
for db in cleanstudents "$large_db"; do
  shape="$(psql_db "$db" -At -c "SELECT count(*) FROM enrollments") enrollments in $(psql_db "$db" -At -c "SELECT count(*) FROM classes") classes,"
  shape+=" $(psql_db "$db" -At -c "SELECT count(*) FROM enrollments WHERE class_id = '$class_id'") in the roster,"
  shape+=" $(psql_db "$db" -At -c "SELECT count(*) FROM enrollments WHERE student_id = '$student_id'") in the transcript"
  students=$(psql_db "$db" -At -c "SELECT count(*) FROM students")
  log "$db: $students students, $(psql_db "$db" -At -c "SELECT count(*) FROM students WHERE search_text LIKE '%$search_term%'") match '$search_term'; $shape"
  # The scale rows compare like with like only when both sizes have this shape.
  [[ $shape == "$((students * 5)) enrollments in $((students / 40)) classes, 200 in the roster, 5 in the transcript" ]] \
    || die "$db was seeded with another shape than seed-enrollments.sql promises: $shape"
done
# The mixed run's writes and roster reads: the enrollments of the first five classes (1,000 of them).
psql_db cleanstudents -At -F ' ' -c "SELECT class_id, student_id FROM enrollments
  WHERE class_id IN (SELECT md5('class-' || c)::uuid FROM generate_series(1, 5) AS c) ORDER BY student_id" >"$work/enrollments"

token=$(admin_token)
printf '%s' "$token" >"$work/token"

app_url=http://127.0.0.1:$app_port
baseline_url=http://127.0.0.1:$baseline_port
large_url=http://127.0.0.1:$large_port
verbose_url=http://127.0.0.1:$verbose_port

# ---- scale: page 1, a surname search, a roster and a transcript, 10k vs 1M students, one connection, interleaved ----
scale_queries=(list search roster transcript)
# scale_request <query>: the wrk scenario and its argument.
scale_request() {
  case $1 in
    list) echo list ;;
    search) echo "list $search_term" ;;
    roster) echo "roster $class_id" ;;
    transcript) echo "transcript $student_id" ;;
  esac
}
phase "scale: ${scale_seconds}s x $scale_rounds rounds per size and query (${scale_queries[*]})"
start_app app "$app_exe" "$app_port" "${app_small_env[@]}"
start_app large "$app_exe" "$large_port" "${app_large_env[@]}"
for url in "$app_url" "$large_url"; do
  for query in "${scale_queries[@]}"; do
    # shellcheck disable=SC2046 # the scenario and its argument, two words
    wrk_run "$url" 3 1 $(scale_request "$query") >/dev/null
  done
done
for ((round = 1; round <= scale_rounds; round++)); do
  for query in "${scale_queries[@]}"; do
    # shellcheck disable=SC2046
    small=$(wrk_run "$app_url" "$scale_seconds" 1 $(scale_request "$query"))
    # shellcheck disable=SC2046
    large=$(wrk_run "$large_url" "$scale_seconds" 1 $(scale_request "$query"))
    echo "$(field p50_ms "$small") $(field p50_ms "$large")" >>"$results/scale-$query"
  done
done
stop_app large

# ---- warm: app vs baseline, $connections connections, interleaved rounds ----
phase "warm: ${warm_seconds}s x $rounds rounds per app and route at $connections connections"
start_app baseline "$baseline_exe" "$baseline_port" "${small_env[@]}" "Queue__Url=$baseline_queue"
# The measured app does what the baseline does (INSERT, commit, send): its consumers run afterwards, timed apart.
stop_app app
start_app app "$app_exe" "$app_port" "${app_small_env[@]}" Queue__RunLocalWorkers=false
warm_urls=("$app_url" "$baseline_url")
# The full run also measures the same app with the default log levels (Information): what logging costs.
if ! $quick; then
  start_app verbose "$app_exe" "$verbose_port" "${app_small_env[@]}" Logging__LogLevel__Default=Information
  warm_urls+=("$verbose_url")
fi
run_prefix=$(date +%s | tail -c 5)
# Long enough for the runtime's tiered compilation (with its profile-guided tier) to settle.
for url in "${warm_urls[@]}"; do
  wrk_run "$url" "$warmup_seconds" "$connections" list >/dev/null
  [[ $url == "$verbose_url" ]] && continue # measured on the list only
  wrk_run "$url" 3 "$connections" get "$student_id" >/dev/null
  wrk_run "$url" 3 "$connections" create "w${run_prefix}${url##*:}" >/dev/null
done
for ((round = 1; round <= rounds; round++)); do
  for route in list get create; do
    case $route in
      list) app_arg='' base_arg='' ;;
      get) app_arg=$student_id base_arg=$student_id ;;
      create) app_arg="a${run_prefix}${round}" base_arg="b${run_prefix}${round}" ;;
    esac
    # The app measured first after a round's creates runs in their wake, whichever it is (paired both ways,
    # ADR 0017): odd rounds measure the app first, even rounds the baseline.
    if ((round % 2)); then
      a=$(wrk_run "$app_url" "$warm_seconds" "$connections" "$route" "$app_arg")
      b=$(wrk_run "$baseline_url" "$warm_seconds" "$connections" "$route" "$base_arg")
    else
      b=$(wrk_run "$baseline_url" "$warm_seconds" "$connections" "$route" "$base_arg")
      a=$(wrk_run "$app_url" "$warm_seconds" "$connections" "$route" "$app_arg")
    fi
    echo "$(field rps "$a") $(field p50_ms "$a") $(field p99_ms "$a") $(field rps "$b") $(field p50_ms "$b") $(field p99_ms "$b")" \
      >>"$results/warm-$route"
    if [[ $route == list ]] && ! $quick; then
      v=$(wrk_run "$verbose_url" "$warm_seconds" "$connections" list)
      echo "$(field rps "$v") $(field rps "$a")" >>"$results/logging"
    fi
  done
done

# ---- wide: the list at $wide_connections connections, app vs baseline, interleaved: does the tail queue? ----
phase "wide: ${warm_seconds}s x $rounds rounds per app on the list at $wide_connections connections"
for url in "$app_url" "$baseline_url"; do wrk_run "$url" 3 "$wide_connections" list >/dev/null; done
for ((round = 1; round <= rounds; round++)); do
  if ((round % 2)); then
    a=$(wrk_run "$app_url" "$warm_seconds" "$wide_connections" list)
    b=$(wrk_run "$baseline_url" "$warm_seconds" "$wide_connections" list)
  else
    b=$(wrk_run "$baseline_url" "$warm_seconds" "$wide_connections" list)
    a=$(wrk_run "$app_url" "$warm_seconds" "$wide_connections" list)
  fi
  echo "$(field p99_ms "$a") $(field p50_ms "$a") $(field rps "$a") $(field p99_ms "$b") $(field p50_ms "$b") $(field rps "$b")" \
    >>"$results/wide-list"
done

# ---- mixed: 9 reads in 10, 1 write, for ${mixed_seconds}s at $connections connections; every answer must be a 2xx ----
phase "mixed: ${mixed_seconds}s of 90/10 reads/writes at $connections connections"
wrk_try "$app_url" "$mixed_seconds" "$connections" readwrite "$work/enrollments" "x${run_prefix}" >"$results/mixed"
stop_app app
stop_app baseline
$quick || stop_app verbose

# ---- invitations: the app's consumers complete what the warm and mixed creates queued ----
pending() { psql_db cleanstudents -At -c "SELECT count(*) FROM students WHERE invitation = 'Pending'"; }
queued=$(pending)
phase "invitations: the poller completes the $queued the warm and mixed creates queued"
invitations_started=$SECONDS
start_app app "$app_exe" "$app_port" "${app_small_env[@]}"
while (($(pending) > 0 && SECONDS - invitations_started < 900)); do sleep 1; done
invitations_seconds=$((SECONDS - invitations_started))
invitations_left=$(pending)
stop_app app
echo "$((queued - invitations_left)) $queued $invitations_seconds" >"$results/invitations"

# ---- memory: peak RSS of a fresh process after 10k mixed requests (list, get, create) ----
# wrk runs for a time, not a count, and drops the requests in flight when it stops: each run is sized to
# what is left at the last run's rate (2-30 s), so a slow create path is not cut off every 2 s.
phase "memory: $rss_requests requests per app"
for name in app baseline; do
  exe=$app_exe settings=("${app_small_env[@]}")
  [[ $name == baseline ]] && exe=$baseline_exe settings=("${small_env[@]}")
  start_app "$name" "$exe" "$app_port" "${settings[@]}"
  sent=0 seconds=2
  while ((sent < rss_requests)); do
    out=$(wrk_run "$app_url" "$seconds" "$connections" mixed "$student_id")
    sent=$((sent + $(field requests "$out")))
    seconds=$(awk -v left=$((rss_requests - sent)) -v rps="$(field rps "$out")" \
      'BEGIN { s = int(left / (rps > 0 ? rps : 1)) + 1; print (s < 2 ? 2 : (s > 30 ? 30 : s)) }')
  done
  pid_var="pid_$name"
  awk '/^VmHWM:/ { printf "%.1f\n", $2 / 1024 }' "/proc/${!pid_var}/status" >"$results/rss-$name"
  stop_app "$name"
done

# ---- cold start: process start -> first 200 on GET /api/students/{id} with a token ----
phase "cold start: $cold_rounds rounds of $cold_runs_per_round runs per app (hyperfine)"
# As on Lambda (cloudformation/api.yaml): the function's name set, so no local queue workers and no OpenAPI
# document; coldstart.sh starts each app in its own directory, as Lambda does in its task root.
export "${small_env[@]}" AWS_LAMBDA_FUNCTION_NAME=cleanstudents-bench-api Queue__RunLocalWorkers=false
for ((round = 1; round <= cold_rounds; round++)); do
  hyperfine -N --style none --runs "$cold_runs_per_round" --export-json "$results/cold-$round.json" \
    -n app "env ${function_env[*]} bash $bench_dir/coldstart.sh $app_exe $app_url /api/students/$student_id $work/token" \
    -n baseline "bash $bench_dir/coldstart.sh $baseline_exe $app_url /api/students/$student_id $work/token" >/dev/null
done
# shellcheck disable=SC2016 # JavaScript, not shell
node -e '
  const fs = require("fs"), dir = process.argv[1];
  const times = { app: [], baseline: [] };
  for (const f of fs.readdirSync(dir).filter(f => f.startsWith("cold-")))
    for (const r of JSON.parse(fs.readFileSync(`${dir}/${f}`)).results) times[r.command].push(...r.times);
  for (const [k, v] of Object.entries(times)) fs.writeFileSync(`${dir}/cold-times-${k}`, v.map(t => t * 1000).join("\n") + "\n");
' "$results"

# ---- in-process hot paths (BenchmarkDotNet) ----
phase "hot paths: BenchmarkDotNet ($micro_job job)"
micro_dir="$work/hotpaths"
if dotnet run -c Release --no-build --project "$bench_dir/HotPaths.Benchmarks" -- --job "$micro_job" --filter '*' \
     --inProcess --artifacts "$micro_dir" --exporters github >"$work/hotpaths.log" 2>&1; then
  micro_table=$(cat "$micro_dir"/results/*-report-github.md)
else
  tail -n 30 "$work/hotpaths.log" >&2
  die "BenchmarkDotNet failed (log: $work/hotpaths.log)"
fi

# ---- figures ----
paired_ratio() { awk -v a="$2" -v b="$3" '{ printf "%.4f\n", $a / $b }' "$results/$1" | median; }
col_median() { awk -v c="$2" '{ print $c }' "$results/$1" | median; }

warm_rps_ratio=$(printf '%.2f' "$(paired_ratio warm-list 1 4)")
warm_get_ratio=$(printf '%.2f' "$(paired_ratio warm-get 1 4)")
wide_p99_ratio=$(printf '%.2f' "$(paired_ratio wide-list 1 4)")
mixed=$(<"$results/mixed")
warm_create_ratio=$(printf '%.2f' "$(paired_ratio warm-create 1 4)")
read -r invitations_done invitations_queued invitations_seconds <"$results/invitations"
cold_app=$(median <"$results/cold-times-app")
cold_base=$(median <"$results/cold-times-baseline")
cold_ratio=$(ratio "$cold_app" "$cold_base")
declare -A scale_ratio
for query in "${scale_queries[@]}"; do scale_ratio[$query]=$(printf '%.2f' "$(paired_ratio "scale-$query" 2 1)"); done
rss_app=$(<"$results/rss-app")
rss_base=$(<"$results/rss-baseline")
zip_mib=$(awk -v b="$zip_bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
$quick || logging_ratio=$(printf '%.2f' "$(paired_ratio logging 1 2)")

warm_row() {
  local route=$1
  printf '| warm %s | %.0f req/s, p50 %.2f ms, p99 %.2f ms | %.0f req/s, p50 %.2f ms, p99 %.2f ms | **%.2f×** RPS |\n' "$route" \
    "$(col_median "warm-$route" 1)" "$(col_median "warm-$route" 2)" "$(col_median "warm-$route" 3)" \
    "$(col_median "warm-$route" 4)" "$(col_median "warm-$route" 5)" "$(col_median "warm-$route" 6)" \
    "$(paired_ratio "warm-$route" 1 4)"
}
table=$(
  echo '| measure | CleanStudents | baseline (raw Npgsql) | ratio | goal |'
  echo '|---|---|---|---|---|'
  warm_row list | sed 's/$/ ≥ 0.9× |/'
  warm_row get | sed 's/$/ ≥ 0.9× |/'
  warm_row create | sed 's/$/ ≥ 0.9× |/'
  printf '| warm list at %d connections, p99 | p99 %.2f ms, p50 %.2f ms, %.0f req/s | p99 %.2f ms, p50 %.2f ms, %.0f req/s | **%s×** p99 | ≤ 1.5× |\n' \
    "$wide_connections" "$(col_median wide-list 1)" "$(col_median wide-list 2)" "$(col_median wide-list 3)" \
    "$(col_median wide-list 4)" "$(col_median wide-list 5)" "$(col_median wide-list 6)" "$wide_p99_ratio"
  printf '| mixed 90/10 reads (list, get, roster) / writes (create, set a score), %d connections, %d s | %.0f req/s, p50 %.2f ms, p99 %.2f ms, %s errors | | | 0 errors |\n' \
    "$connections" "$mixed_seconds" "$(field rps "$mixed")" "$(field p50_ms "$mixed")" "$(field p99_ms "$mixed")" "$(field errors "$mixed")"
  printf '| invitations the warm and mixed creates queued, completed by the poller (cognito-local) | %s of %s in %s s | | | all |\n' \
    "$invitations_done" "$invitations_queued" "$invitations_seconds"
  printf '| cold start (start → first 200 on an authenticated GET by id), median of %d | %.0f ms | %.0f ms | **%s×** | ≤ 1.2× |\n' \
    $((cold_rounds * cold_runs_per_round)) "$cold_app" "$cold_base" "$cold_ratio"
  scale_row() {
    printf '| %s, p50 at 10k → 1M students%s | %.2f → %.2f ms | | **%s×** | ≤ 1.5× |\n' \
      "$2" "${3:-}" "$(col_median "scale-$1" 1)" "$(col_median "scale-$1" 2)" "${scale_ratio[$1]}"
  }
  scale_row list 'page 1 of the list' ' (1 connection)'
  scale_row search "surname search \"$search_term\""
  scale_row roster 'roster of a class (200 students)' " and 50k → 5M enrollments"
  scale_row transcript 'transcript of a student (5 classes)'
  printf '| peak RSS after %d requests (list, get, create in turn) | %s MiB | %s MiB | %s× | ≤ 160 MiB |\n' \
    "$rss_requests" "$rss_app" "$rss_base" "$(ratio "$rss_app" "$rss_base")"
  printf '| Lambda zip (build/package.sh) | %s MiB | | | ≤ 50 MiB |\n' "$zip_mib"
  $quick || printf '| warm list with default logging (Information) vs Warning | | | %s× RPS | — |\n' "$logging_ratio"
)

if ! $quick; then
  cpu=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
  {
    echo '# Benchmark results'
    echo
    echo "Produced by \`./build/bench.sh\` (the full run) on $(date -u +%Y-%m-%d) in $(((SECONDS - run_started) / 60)) minutes."
    echo
    echo "Machine: $cpu, $(nproc) cores (shared with other work while this ran), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM,"
    echo "Debian $(cat /etc/debian_version), kernel $(uname -r), .NET $(dotnet --version) SDK, PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') (throwaway cluster: fsync off)."
    echo
    echo "$table"
    echo
    echo '## How it was measured'
    echo
    echo "- Both apps published Release, linux-x64: CleanStudents exactly as \`build/package.sh\` ships it (self-contained, framework trimmed, one composite ReadyToRun image with its methods in the order of \`Lambda.mibc\`; ADR 0017, ADR 0019), the baseline framework-dependent ReadyToRun."
    echo "  Both run with \`ASPNETCORE_ENVIRONMENT=Production\` and \`Logging__LogLevel__Default=Warning\` (the app's"
    echo "  default is Information; the last row shows what that costs), against the same PostgreSQL and cognito-local."
    echo "  The app also runs with the API function's two memory settings from its environment (\`${function_env[*]}\`,"
    echo "  ADR 0008), the baseline with the .NET defaults."
    echo "- Baseline: \`tests/Benchmarks/Baseline\`, a minimal API with the same JwtBearer validation (JWKS, issuer,"
    echo "  lifetime, \`token_use\`, \`client_id\`), the same SQL over raw Npgsql and the same JSON."
    echo "- Warm: wrk, $connections connections, $wrk_threads threads, ${warm_seconds}s per measurement after a warm-up, $rounds rounds"
    echo "  alternating app and baseline; the ratio is the median of the per-round ratios. Every response must be 2xx."
    echo "- Cold start: hyperfine, process start until the first 200 on \`GET /api/students/{id}\` with an admin token"
    echo "  (Kestrel up, JWKS fetched, token validated, one query), $cold_rounds rounds of $cold_runs_per_round runs per app; OS file"
    echo "  cache warm (as on a re-used Lambda host), so this is the process's own start-up work."
    echo "- Wide: the list at $wide_connections connections, ${warm_seconds}s per measurement, $rounds rounds alternating app and baseline;"
    echo "  the ratio is the median of the per-round ratios of p99 latency."
    echo "- Mixed: the app alone, $connections connections for ${mixed_seconds}s, 9 requests in 10 a read (page 1, a student, a roster)"
    echo "  and 1 a write (a create, or a score set on one of 1,000 enrollments); wrk counts every non-2xx answer as an error."
    echo "- Scale: the same data generators (\`tests/Benchmarks/seed.sql\`, \`seed-enrollments.sql\`) at $students_small and"
    echo "  $students_large students (5 enrollments each, classes of 200), two app processes, one connection each,"
    echo "  ${scale_seconds}s per measurement, $scale_rounds rounds alternating sizes; p50 latency."
    echo "  The surname search matches $(psql_db cleanstudents -At -c "SELECT count(*) FROM students WHERE search_text LIKE '%$search_term%'") student(s) at 10k"
    echo "  and $(psql_db "$large_db" -At -c "SELECT count(*) FROM students WHERE search_text LIKE '%$search_term%'") at 1M; \`totalCount\` is exact in both."
    echo "- Memory: VmHWM of a fresh process after $rss_requests requests at $connections connections (wrk runs sized to the"
    echo "  requests left at the last run's rate, 2-30 s, so few are cut off in flight)."
    echo
    echo '## In-process hot paths (BenchmarkDotNet)'
    echo
    echo "$micro_table"
  } >"$bench_dir/RESULTS.md"
  log "wrote tests/Benchmarks/RESULTS.md"
fi

echo
echo "$table"
echo
echo "ratio.warm_rps_vs_baseline=$warm_rps_ratio"
echo "ratio.warm_get_vs_baseline=$warm_get_ratio"
echo "ratio.warm_create_vs_baseline=$warm_create_ratio"
echo "ratio.list_p99_64_vs_baseline=$wide_p99_ratio"
echo "invitations.completed=$invitations_done/$invitations_queued"
echo "ratio.cold_start_vs_baseline=$cold_ratio"
for query in "${scale_queries[@]}"; do echo "ratio.${query}_1m_vs_10k=${scale_ratio[$query]}"; done
echo "mixed.rps=$(field rps "$mixed")"
echo "mixed.errors=$(field errors "$mixed")"
echo "rss_mib=$rss_app"
echo "zip_mib=$zip_mib"
