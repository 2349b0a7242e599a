#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for the PostgreSQL half of the tests, the replica
# demonstration and the benchmarks. Nothing of the machine's own PostgreSQL is touched.
#
#   start FOLDER   installs PostgreSQL from Debian's packages if it is missing (needs root and apt),
#                  creates a cluster in FOLDER, starts it on 127.0.0.1 at a free port and prints
#                  the connection string for FORUMHELPER_TEST_POSTGRES on stdout.
#   stop FOLDER    stops that cluster and deletes FOLDER.
#
# Trust authentication on loopback only: the cluster holds test data and lives for one run.
set -euo pipefail

command=${1:-}
folder=${2:-}
if [ -z "$command" ] || [ -z "$folder" ]; then
  echo "usage: $0 start|stop FOLDER" >&2
  exit 2
fi

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] && command -v pg_config >/dev/null; then
    found=$(pg_config --bindir)
  fi
  echo "$found"
}

# PostgreSQL refuses to run as root; run it as the package's postgres user, or as the caller.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  start)
    bin=$(bindir)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        echo "PostgreSQL is not installed, and this user cannot install it: install Debian's postgresql package (or any PostgreSQL 13 or newer) and run again." >&2
        exit 1
      fi
      echo "Installing PostgreSQL from Debian's packages…" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 ||
        { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
      bin=$(bindir)
    fi

    mkdir -p "$folder"
    [ "$(id -u)" -eq 0 ] && chown postgres "$folder"
    as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 ||
      { cat "$folder/initdb.log" >&2; exit 1; }

    # A free port from the kernel, then the server's own sockets inside the folder.
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c max_connections=200" start >&2 ||
      { cat "$folder/server.log" >&2; exit 1; }
    echo "$port" >"$folder/port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    bin=$(bindir)
    if [ -f "$folder/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start|stop FOLDER" >&2
    exit 2
    ;;
esac
