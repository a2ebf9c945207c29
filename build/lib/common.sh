#!/usr/bin/env bash
# Shared helpers for the build/ scripts. Source it; do not run it.
# shellcheck disable=SC2034

CS_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CS_PG_VERSION=15
CS_PG_BIN="/usr/lib/postgresql/${CS_PG_VERSION}/bin"
CS_PG_OS_USER=cleanstudents
CS_COGNITO_LOCAL_VERSION=5.3.0
# Tools shared by every stack of this checkout (git-ignored).
CS_TOOLS_DIR="${CLEANSTUDENTS_TOOLS_DIR:-$CS_REPO_ROOT/.local/tools}"

log() { printf '%s: %s\n' "${CS_SCRIPT_NAME:-${0##*/}}" "$*" >&2 || true; }
die() { log "error: $*"; exit 1; }

# Absolute path of a directory that may not exist yet.
abs_dir() {
  mkdir -p -- "$1"
  (cd -- "$1" && pwd)
}

# Runs a command as the non-root owner of the PostgreSQL cluster (the server refuses root).
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u "$CS_PG_OS_USER" -- "$@"
  else
    "$@"
  fi
}

# True when nothing listens on 127.0.0.1:$1.
port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints a port that is free on 127.0.0.1 right now.
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# Reads JSON on stdin and prints the value at a dotted path (e.g. UserPool.Id).
json_get() {
  node -e '
    let s = "";
    process.stdin.on("data", d => s += d).on("end", () => {
      let v = JSON.parse(s);
      for (const k of process.argv[1].split(".")) v = v == null ? undefined : v[k];
      if (v === undefined || v === null) { console.error("missing " + process.argv[1] + " in " + s); process.exit(1); }
      console.log(typeof v === "object" ? JSON.stringify(v) : String(v));
    });' "$1"
}

# POSTs to an AWS JSON-protocol API of an emulator: aws_json_call <endpoint> <1.0|1.1> <target> <service> <body>.
# Prints the response body; dies on an error status. Emulators check no signature, but moto routes a request
# by the service in its credential scope.
aws_json_call() {
  local endpoint=$1 version=$2 target=$3 service=$4 body=$5 out code
  out=$(curl -sS -X POST "$endpoint/" -H "Content-Type: application/x-amz-json-$version" -H "X-Amz-Target: $target" \
    -H "Authorization: AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/$service/aws4_request, SignedHeaders=host, Signature=0" \
    --data-binary "$body" -w '\n%{http_code}') || die "$target: request failed"
  code=${out##*$'\n'}
  out=${out%$'\n'*}
  [[ $code == 200 ]] || die "$target failed (HTTP $code): $out"
  printf '%s' "$out"
}

# A random alphanumeric string (safe in connection strings, URLs and shell).
random_secret() {
  head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-"${1:-24}"
}

# Waits until a command succeeds, polling every 0.1s, for at most $1 seconds.
wait_for() {
  local timeout=$1; shift
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || return 1
    sleep 0.1
  done
}

_apt_updated=
apt_install() {
  command -v apt-get >/dev/null || die "missing $*, and apt-get is not available to install it"
  [[ $EUID -eq 0 ]] || die "missing $*; run as root (or install them) first"
  log "installing $* (apt)"
  local out
  out=$(mktemp)
  if [[ -z $_apt_updated ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$out" 2>&1 || { cat "$out" >&2; rm -f "$out"; die "apt-get update failed"; }
    _apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >"$out" 2>&1 \
    || { cat "$out" >&2; rm -f "$out"; die "apt-get install $* failed"; }
  rm -f "$out"
}

# Installs what the local stack needs, quietly when everything is there already.
# Serialised with a lock so parallel stacks (e.g. several test assemblies) do not race.
ensure_prerequisites() {
  mkdir -p "$CS_TOOLS_DIR"
  local lock="$CS_TOOLS_DIR/.install.lock"
  (
    flock -w 600 9 || die "timed out waiting for $lock"
    local pkgs=()
    command -v curl >/dev/null || pkgs+=(curl ca-certificates)
    # pg_trgm ships in postgresql-15 on Debian 12 (postgresql-contrib is its metapackage).
    [[ -x $CS_PG_BIN/initdb && -x $CS_PG_BIN/pg_ctl && -x $CS_PG_BIN/psql \
      && -f /usr/share/postgresql/$CS_PG_VERSION/extension/pg_trgm.control ]] \
      || pkgs+=("postgresql-$CS_PG_VERSION" postgresql-contrib)
    command -v node >/dev/null || pkgs+=(nodejs)
    # The scale-out tests put PgBouncer (RDS Proxy's local stand-in) in front of PostgreSQL.
    command -v pgbouncer >/dev/null || [[ -x /usr/sbin/pgbouncer ]] || pkgs+=(pgbouncer)
    ((${#pkgs[@]} == 0)) || apt_install "${pkgs[@]}"
    # Some nodejs builds bundle npm; Debian's ships it separately.
    command -v npm >/dev/null || apt_install npm
    [[ -f /usr/share/postgresql/$CS_PG_VERSION/extension/pg_trgm.control ]] || die "pg_trgm is still not available after installing PostgreSQL"
    # moto ships in this machine kind's Python; it is not a Debian or npm package.
    command -v moto_server >/dev/null \
      || die "moto's server (moto_server) is missing: install it with pip install 'moto[server]' (moto 5.2)"

    if [[ $EUID -eq 0 ]] && ! id -u "$CS_PG_OS_USER" >/dev/null 2>&1; then
      log "creating system user $CS_PG_OS_USER (runs PostgreSQL)"
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$CS_PG_OS_USER"
    fi

    local pkg_json="$CS_TOOLS_DIR/node_modules/cognito-local/package.json"
    if [[ ! -f $pkg_json ]] || [[ $(node -p "require('$pkg_json').version") != "$CS_COGNITO_LOCAL_VERSION" ]]; then
      log "installing cognito-local@$CS_COGNITO_LOCAL_VERSION into $CS_TOOLS_DIR (npm)"
      local out
      out=$(mktemp)
      npm install --prefix "$CS_TOOLS_DIR" --no-audit --no-fund --loglevel=error \
        "cognito-local@$CS_COGNITO_LOCAL_VERSION" >"$out" 2>&1 || { cat "$out" >&2; rm -f "$out"; die "npm install cognito-local failed"; }
      rm -f "$out"
    fi
  ) 9>"$lock"
}

# moto's AWS emulator (SQS, S3, Secrets Manager, EventBridge Scheduler), from the image's Python.
CS_MOTO_SERVER=moto_server

CS_COGNITO_START_JS() { printf '%s\n' "$CS_TOOLS_DIR/node_modules/cognito-local/lib/bin/start.js"; }

# Installs the npm packages of the project in $1 from its package-lock.json, unless that very
# lock file was installed there last time.
npm_ci() {
  local dir=$1 stamp="$1/node_modules/.installed-lock.sha256" sum out
  sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  [[ $(cat "$stamp" 2>/dev/null || true) != "$sum" ]] || return 0
  log "installing the npm packages of ${dir#"$CS_REPO_ROOT"/} (npm ci)"
  out=$(mktemp)
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >"$out" 2>&1 || { cat "$out" >&2; rm -f "$out"; die "npm ci in $dir failed"; }
  rm -f "$out"
  printf '%s\n' "$sum" >"$stamp"
}

# Debian's Chromium, which the browser tests drive (Playwright's own download is not reachable).
ensure_chromium() {
  [[ -x /usr/bin/chromium ]] || apt_install chromium
}
