#!/usr/bin/env bash
# A throwaway PostgreSQL cluster of its own, for tests and drills that stop and start it.
#
#   build/pg-cluster.sh init <dir> <port> [max_connections]   initdb (trust on loopback) + start
#   build/pg-cluster.sh start|stop|restart <dir>               stop = fast shutdown (clients cut)
#   build/pg-cluster.sh down <dir>                             stop and remove the files
#
# The cluster runs as the non-root user cleanstudents; it listens on 127.0.0.1 only.
set -euo pipefail

# shellcheck disable=SC2034 # read by lib/common.sh
CS_SCRIPT_NAME=pg-cluster.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() { echo "usage: build/pg-cluster.sh init <dir> <port> [max_connections] | start|stop|restart|down <dir>" >&2; exit 2; }

pg_ctl_in() { as_pg "$CS_PG_BIN/pg_ctl" "$@"; }

cmd_init() {
  local dir=$1 port=$2 max=${3:-100}
  mkdir -p "$dir"
  if [[ $EUID -eq 0 ]]; then chown "$CS_PG_OS_USER:" "$dir"; chmod a+x "$(dirname "$dir")"; fi
  as_pg "$CS_PG_BIN/initdb" -D "$dir/data" -U cleanstudents --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = $max
fsync = off
full_page_writes = off
CONF
  cmd_start "$dir"
}

cmd_start() { pg_ctl_in start -D "$1/data" -l "$1/postgres.log" -w -t 60 -s >/dev/null; }

cmd_stop() {
  [[ -f $1/data/postmaster.pid ]] || return 0
  pg_ctl_in stop -D "$1/data" -m fast -w -t 30 -s >/dev/null
}

(($# >= 2)) || usage
case $1 in
  init) (($# >= 3)) || usage; cmd_init "$2" "$3" "${4:-100}" ;;
  start) cmd_start "$2" ;;
  stop) cmd_stop "$2" ;;
  restart) cmd_stop "$2"; cmd_start "$2" ;;
  down) cmd_stop "$2" || true; rm -rf -- "$2" ;;
  *) usage ;;
esac
