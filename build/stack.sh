#!/usr/bin/env bash
# The local stack: a throwaway PostgreSQL cluster, cognito-local and moto's AWS server (the work
# queue and its dead-letter queue, the files bucket whose object-created events go to that queue), on loopback.
#
#   build/stack.sh up <dir> [--pg-port N] [--cognito-port N] [--moto-port N] [--owner-pid PID]
#   build/stack.sh down <dir> [--wipe]
#
# `up` installs what is missing, (re)creates the services under <dir> from scratch and
# writes <dir>/stack.env (shell KEY=value lines). With --owner-pid, a watchdog runs
# `down --wipe` when that process ends, so a killed test run leaves nothing behind.
# `down` stops them; it is safe to call any number of times. --wipe also removes the files.
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=stack.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
SELF="$CS_REPO_ROOT/build/stack.sh"

DEMO_PASSWORD_VALUE='Demo-Password-1'
DEMO_ADMIN_EMAIL_VALUE='admin@cleanstudents.local'
DEMO_LECTURER_EMAIL_VALUE='lecturer@cleanstudents.local'
DEMO_STUDENT_EMAIL_VALUE='student@cleanstudents.local'
FILES_BUCKET='cleanstudents-files'

usage() {
  cat >&2 <<'EOF'
usage: build/stack.sh up <dir> [--pg-port N] [--cognito-port N] [--moto-port N] [--owner-pid PID]
       build/stack.sh down <dir> [--wipe]
       build/stack.sh pg <dir> start|stop|restart|status   (pg_ctl as the cluster's owner)
EOF
  exit 2
}

# The real directory of the PostgreSQL files of a stack (<dir>/pg may be a symlink).
pg_dir_of() {
  if [[ -L $1/pg ]]; then readlink -f -- "$1/pg"; else printf '%s\n' "$1/pg"; fi
}

# Stops the process named in a pid file, if it is still the one whose command line has $2.
stop_pid_file() {
  local file=$1 name=$2 pid
  pid=$(cat "$file" 2>/dev/null || true)
  if [[ -n $pid && -r /proc/$pid/cmdline ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$name"; then
    kill -TERM "$pid" 2>/dev/null || true
    wait_for 10 bash -c "! kill -0 $pid" || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop_stack() {
  local dir=$1 wipe=$2

  # The watchdog, unless it is the one running us.
  local wpid
  wpid=$(cat "$dir/watchdog.pid" 2>/dev/null || true)
  if [[ -n $wpid && $wpid != "$$" && $wpid != "$PPID" ]] && kill -0 "$wpid" 2>/dev/null; then
    kill -TERM -- "-$wpid" 2>/dev/null || kill -TERM "$wpid" 2>/dev/null || true
  fi
  rm -f "$dir/watchdog.pid"

  stop_pid_file "$dir/cognito/cognito.pid" cognito-local
  stop_pid_file "$dir/moto/moto.pid" moto_server

  local pgdir pgdata
  pgdir=$(pg_dir_of "$dir")
  pgdata="$pgdir/data"
  if [[ -f $pgdata/postmaster.pid ]]; then
    as_pg "$CS_PG_BIN/pg_ctl" stop -D "$pgdata" -m fast -w -t 30 -s >/dev/null 2>&1 \
      || as_pg "$CS_PG_BIN/pg_ctl" stop -D "$pgdata" -m immediate -w -t 10 -s >/dev/null 2>&1 \
      || true
    if [[ -f $pgdata/postmaster.pid ]]; then
      local ppid
      ppid=$(head -1 "$pgdata/postmaster.pid" 2>/dev/null || true)
      if [[ -n $ppid ]] && kill -0 "$ppid" 2>/dev/null; then
        log "warning: PostgreSQL (pid $ppid) did not stop"
      fi
    fi
  fi

  if [[ $wipe == 1 ]]; then
    [[ $pgdir == "$dir/pg" ]] || rm -rf -- "$pgdir"
    rm -rf -- "$dir/pg" "$dir/cognito" "$dir/moto" "$dir/stack.env"
    rmdir -- "$dir" 2>/dev/null || true
  fi
}

# Calls cognito-local's JSON API; prints the response body, dies on an error status.
cognito() {
  aws_json_call "$COGNITO_ENDPOINT" 1.1 "AWSCognitoIdentityProviderService.$1" cognito-idp "$2"
}

start_moto() {
  local dir=$1 port=$2 motodir
  motodir="$dir/moto"
  mkdir -p "$motodir"
  # Its own session, like cognito-local; in-memory state, gone when it stops.
  (cd "$motodir" && exec setsid "$CS_MOTO_SERVER" -H 127.0.0.1 -p "$port" </dev/null >"$motodir/moto.log" 2>&1) &
  MOTO_PID_VALUE=$!
  printf '%s\n' "$MOTO_PID_VALUE" >"$motodir/moto.pid"
  AWS_ENDPOINT="http://127.0.0.1:$port"
}

wait_for_moto() {
  local deadline=$((SECONDS + 30))
  until curl -s -o /dev/null "$AWS_ENDPOINT/"; do
    kill -0 "$MOTO_PID_VALUE" 2>/dev/null \
      || { cat "$1/moto/moto.log" >&2; die "moto_server exited (log: $1/moto/moto.log)"; }
    ((SECONDS < deadline)) || die "moto_server did not answer on $AWS_ENDPOINT within 30s"
    sleep 0.1
  done
}

create_demo_user() {
  local email=$1 group=$2 pool=$3 sub
  sub=$(cognito AdminCreateUser "{\"UserPoolId\":\"$pool\",\"Username\":\"$email\",\"MessageAction\":\"SUPPRESS\",\"UserAttributes\":[{\"Name\":\"email\",\"Value\":\"$email\"},{\"Name\":\"email_verified\",\"Value\":\"true\"}]}" \
    | json_get User.Username)
  cognito AdminSetUserPassword "{\"UserPoolId\":\"$pool\",\"Username\":\"$email\",\"Password\":\"$DEMO_PASSWORD_VALUE\",\"Permanent\":true}" >/dev/null
  cognito AdminAddUserToGroup "{\"UserPoolId\":\"$pool\",\"Username\":\"$email\",\"GroupName\":\"$group\"}" >/dev/null
  printf '%s\n' "$sub"
}

start_postgres() {
  local dir=$1 port=$2 pgdir pgdata password pwfile
  pgdir="$dir/pg"
  mkdir -p "$pgdir"
  if [[ $EUID -eq 0 ]]; then
    chown "$CS_PG_OS_USER:" "$pgdir"
    # mktemp -d makes 0700 directories: let the cluster's owner traverse ours.
    chmod a+x "$dir"
    # The cluster owner must reach the directory, and a unix socket path has ~107 bytes at most.
    if ! runuser -u "$CS_PG_OS_USER" -- test -w "$pgdir" || ((${#pgdir} > 80)); then
      local real
      real="/var/tmp/cleanstudents-pg/$(printf '%s' "$dir" | md5sum | cut -c1-16)"
      rm -rf -- "$real" "$pgdir"
      mkdir -p "$real"
      chmod a+x /var/tmp/cleanstudents-pg
      chown "$CS_PG_OS_USER:" "$real"
      ln -s "$real" "$pgdir"
      pgdir=$real
    fi
  fi
  pgdata="$pgdir/data"

  password=$(random_secret 24)
  pwfile="$pgdir/.pwfile"
  printf '%s\n' "$password" >"$pwfile"
  [[ $EUID -ne 0 ]] || chown "$CS_PG_OS_USER:" "$pwfile"
  chmod 600 "$pwfile"
  as_pg "$CS_PG_BIN/initdb" -D "$pgdata" -U cleanstudents --pwfile="$pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$pgdir/initdb.log" 2>&1 \
    || { cat "$pgdir/initdb.log" >&2; die "initdb failed"; }
  rm -f "$pwfile"

  # A throwaway cluster: loopback only, no durability, fast.
  cat >>"$pgdata/postgresql.conf" <<EOF

# --- CleanStudents local stack (build/stack.sh) ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$pgdir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  as_pg "$CS_PG_BIN/pg_ctl" start -D "$pgdata" -l "$pgdir/postgres.log" -w -t 60 -s >/dev/null 2>&1 \
    || { tail -n 20 "$pgdir/postgres.log" >&2 || true; die "PostgreSQL did not start (log: $pgdir/postgres.log)"; }

  PGPASSWORD=$password "$CS_PG_BIN/psql" -h 127.0.0.1 -p "$port" -U cleanstudents -d postgres \
    -X -q -v ON_ERROR_STOP=1 -c 'CREATE DATABASE cleanstudents' >/dev/null \
    || die "could not create database cleanstudents"
  local trgm
  trgm=$(PGPASSWORD=$password "$CS_PG_BIN/psql" -h 127.0.0.1 -p "$port" -U cleanstudents -d cleanstudents \
    -X -qAt -c "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'")
  [[ $trgm == 1 ]] || die "the pg_trgm extension is not available"

  PG_PASSWORD=$password
  PGDATA_ABS=$pgdata
}

start_cognito() {
  local dir=$1 port=$2 cogdir start_js
  cogdir="$dir/cognito"
  mkdir -p "$cogdir/.cognito"
  printf '{"TokenConfig":{"IssuerDomain":"http://127.0.0.1:%s"}}\n' "$port" >"$cogdir/.cognito/config.json"
  start_js=$(CS_COGNITO_START_JS)
  # Its own session: a Ctrl-C in the caller's terminal does not reach it; `down` stops it.
  (cd "$cogdir" && PORT=$port HOST=127.0.0.1 exec setsid node "$start_js" </dev/null >"$cogdir/cognito.log" 2>&1) &
  COGNITO_PID_VALUE=$!
  printf '%s\n' "$COGNITO_PID_VALUE" >"$cogdir/cognito.pid"
  COGNITO_ENDPOINT="http://127.0.0.1:$port"
}

wait_for_cognito() {
  local cogdir="$1/cognito"
  local deadline=$((SECONDS + 30))
  until curl -s -o /dev/null "$COGNITO_ENDPOINT/"; do
    kill -0 "$COGNITO_PID_VALUE" 2>/dev/null \
      || { cat "$cogdir/cognito.log" >&2; die "cognito-local exited (log: $cogdir/cognito.log)"; }
    ((SECONDS < deadline)) || die "cognito-local did not answer on $COGNITO_ENDPOINT within 30s"
    sleep 0.1
  done
}

# Quotes a value for a shell KEY=value line when it holds anything beyond a safe set.
env_line() {
  if [[ $2 =~ ^[A-Za-z0-9_./:@%+,=-]*$ ]]; then
    printf '%s=%s\n' "$1" "$2"
  else
    printf "%s='%s'\n" "$1" "${2//\'/\'\\\'\'}"
  fi
}

cmd_up() {
  local dir=$1; shift
  local pg_port='' cognito_port='' moto_port='' owner_pid=''
  while (($#)); do
    case $1 in
      --pg-port) pg_port=${2:?--pg-port needs a value}; shift 2 ;;
      --cognito-port) cognito_port=${2:?--cognito-port needs a value}; shift 2 ;;
      --moto-port) moto_port=${2:?--moto-port needs a value}; shift 2 ;;
      --owner-pid) owner_pid=${2:?--owner-pid needs a value}; shift 2 ;;
      *) usage ;;
    esac
  done
  local started=$SECONDS
  dir=$(abs_dir "$dir")

  ensure_prerequisites

  # Recreate from scratch.
  stop_stack "$dir" 1

  [[ -n $pg_port ]] || pg_port=$(free_port)
  [[ -n $cognito_port ]] || cognito_port=$(free_port)
  [[ $pg_port != "$cognito_port" ]] || cognito_port=$(free_port)
  [[ -n $moto_port ]] || moto_port=$(free_port)
  while [[ $moto_port == "$pg_port" || $moto_port == "$cognito_port" ]]; do moto_port=$(free_port); done
  port_is_free "$pg_port" || die "port $pg_port (PostgreSQL) is in use on 127.0.0.1"
  port_is_free "$cognito_port" || die "port $cognito_port (cognito-local) is in use on 127.0.0.1"
  port_is_free "$moto_port" || die "port $moto_port (moto_server) is in use on 127.0.0.1"

  # Whatever fails from here on must not leave processes behind.
  CLEANUP_DIR=$dir
  trap '[[ -z ${CLEANUP_DIR:-} ]] || stop_stack "$CLEANUP_DIR" 0' EXIT
  trap 'exit 130' INT TERM

  # cognito-local boots (~1s) while initdb runs.
  start_cognito "$dir" "$cognito_port"
  start_moto "$dir" "$moto_port"
  start_postgres "$dir" "$pg_port"
  wait_for_cognito "$dir"
  wait_for_moto "$dir"
  local queues queue_url dlq_url
  queues=$("$CS_REPO_ROOT/build/queues.sh" "$AWS_ENDPOINT" cleanstudents-work 30)
  read -r queue_url dlq_url <<<"$queues"
  "$CS_REPO_ROOT/build/bucket.sh" "$AWS_ENDPOINT" "$FILES_BUCKET" "$queue_url" "http://127.0.0.1:5173" "http://127.0.0.1:5174" "http://127.0.0.1:5080"

  local pool client sub_admin sub_lecturer sub_student group
  pool=$(cognito CreateUserPool '{"PoolName":"cleanstudents","UsernameAttributes":["email"],"AutoVerifiedAttributes":["email"]}' \
    | json_get UserPool.Id)
  client=$(cognito CreateUserPoolClient "{\"UserPoolId\":\"$pool\",\"ClientName\":\"cleanstudents-web\",\"ExplicitAuthFlows\":[\"ALLOW_USER_PASSWORD_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]}" \
    | json_get UserPoolClient.ClientId)
  for group in admins lecturers students; do
    cognito CreateGroup "{\"UserPoolId\":\"$pool\",\"GroupName\":\"$group\"}" >/dev/null
  done
  sub_admin=$(create_demo_user "$DEMO_ADMIN_EMAIL_VALUE" admins "$pool")
  sub_lecturer=$(create_demo_user "$DEMO_LECTURER_EMAIL_VALUE" lecturers "$pool")
  sub_student=$(create_demo_user "$DEMO_STUDENT_EMAIL_VALUE" students "$pool")

  {
    env_line API_URL "http://127.0.0.1:5080"
    env_line COGNITO_ENDPOINT "$COGNITO_ENDPOINT"
    env_line COGNITO_USER_POOL_ID "$pool"
    env_line COGNITO_CLIENT_ID "$client"
    env_line PG_CONNECTION_STRING "Host=127.0.0.1;Port=$pg_port;Database=cleanstudents;Username=cleanstudents;Password=$PG_PASSWORD"
    env_line PGDATA "$PGDATA_ABS"
    env_line PG_BIN "$CS_PG_BIN"
    env_line DEMO_PASSWORD "$DEMO_PASSWORD_VALUE"
    env_line DEMO_ADMIN_EMAIL "$DEMO_ADMIN_EMAIL_VALUE"
    env_line DEMO_LECTURER_EMAIL "$DEMO_LECTURER_EMAIL_VALUE"
    env_line DEMO_STUDENT_EMAIL "$DEMO_STUDENT_EMAIL_VALUE"
    env_line DEMO_ADMIN_SUB "$sub_admin"
    env_line DEMO_LECTURER_SUB "$sub_lecturer"
    env_line DEMO_STUDENT_SUB "$sub_student"
    env_line AWS_ENDPOINT_URL "$AWS_ENDPOINT"
    env_line SQS_QUEUE_URL "$queue_url"
    env_line SQS_DLQ_URL "$dlq_url"
    env_line S3_BUCKET "$FILES_BUCKET"
    env_line MOTO_PID "$MOTO_PID_VALUE"
    env_line MOTO_PORT "$moto_port"
    env_line COGNITO_PID "$COGNITO_PID_VALUE"
    env_line PG_PORT "$pg_port"
    env_line COGNITO_PORT "$cognito_port"
    env_line PG_USER "$CS_PG_OS_USER"
  } >"$dir/stack.env.tmp"
  chmod 600 "$dir/stack.env.tmp"
  mv "$dir/stack.env.tmp" "$dir/stack.env"

  if [[ -n $owner_pid ]]; then
    # Own session, no inherited stdio: callers reading our output see EOF when we exit.
    # shellcheck disable=SC2016 # expanded by the inner bash
    setsid bash -c 'tail --pid="$1" -f /dev/null; exec "$2" down "$3" --wipe' watchdog \
      "$owner_pid" "$SELF" "$dir" </dev/null >/dev/null 2>&1 &
    printf '%s\n' "$!" >"$dir/watchdog.pid"
  fi

  CLEANUP_DIR=
  trap - INT TERM
  log "up in $((SECONDS - started))s: PostgreSQL on 127.0.0.1:$pg_port, cognito-local on $COGNITO_ENDPOINT, moto on $AWS_ENDPOINT ($dir/stack.env)"
}

cmd_down() {
  local dir=$1; shift
  local wipe=0
  while (($#)); do
    case $1 in
      --wipe) wipe=1; shift ;;
      *) usage ;;
    esac
  done
  [[ -d $dir ]] || return 0
  dir=$(cd -- "$dir" && pwd)
  stop_stack "$dir" "$wipe"
}

# PostgreSQL refuses to be controlled by root, so fault drills go through here (as its owner).
cmd_pg() {
  local dir=$1 action=${2:-}
  [[ $action =~ ^(start|stop|restart|status)$ ]] || usage
  local pgdir
  pgdir=$(pg_dir_of "$(cd -- "$dir" && pwd)")
  case $action in
    start | restart) as_pg "$CS_PG_BIN/pg_ctl" "$action" -D "$pgdir/data" -l "$pgdir/postgres.log" -m fast -w -t 60 -s ;;
    stop) as_pg "$CS_PG_BIN/pg_ctl" stop -D "$pgdir/data" -m fast -w -t 60 -s ;;
    status) as_pg "$CS_PG_BIN/pg_ctl" status -D "$pgdir/data" ;;
  esac
}

(($# >= 2)) || usage
command=$1
target=$2
shift 2
case $command in
  up) cmd_up "$target" "$@" ;;
  down) cmd_down "$target" "$@" ;;
  pg) cmd_pg "$target" "$@" ;;
  *) usage ;;
esac
