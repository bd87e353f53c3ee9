#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL server the storage tests run against (ctest fixture "postgres").
#
#   pg-ctl.sh start STATE_DIR   initdb in a new temporary folder, start on a free loopback port, write
#                               STATE_DIR/url (postgresql://marketdesk@127.0.0.1:PORT/postgres) and
#                               STATE_DIR/password (a random password for this run only)
#   pg-ctl.sh stop STATE_DIR    stop the server and delete its folder
#   pg-ctl.sh pause STATE_DIR   stop the server as a restart does, keeping its data (tests of a lost server)
#   pg-ctl.sh resume STATE_DIR  start it again on the same port
#
# The server listens on 127.0.0.1 only and requires a password over TCP (scram-sha-256).
set -euo pipefail

action=${1:?start|stop}
state=${2:?state dir}
mkdir -p "$state"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -z "$bindir" ]; then
    echo "pg-ctl: PostgreSQL is not installed (Debian package postgresql); ./setup.sh test installs it" >&2
    exit 1
fi

# initdb refuses to run as root: as root, run the server as the postgres system user.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
fi

stop() {
    if [ -f "$state/datadir" ]; then
        local dir
        dir=$(cat "$state/datadir")
        if [ -d "$dir/data" ]; then
            "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
        rm -f "$state/datadir" "$state/url" "$state/password"
    fi
}

case "$action" in
start)
    stop
    dir=$(mktemp -d /tmp/marketdesk-pg.XXXXXX)
    chmod 755 "$dir"
    echo "$dir" >"$state/datadir"
    head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$dir/pwfile"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U marketdesk --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    for port in $(shuf -i 20000-60000 -n 20); do
        if "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" \
            start >/dev/null 2>&1; then
            echo "postgresql://marketdesk@127.0.0.1:$port/postgres" >"$state/url"
            cp "$dir/pwfile" "$state/password"
            chmod 600 "$state/password"
            echo "pg-ctl: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
            exit 0
        fi
    done
    echo "pg-ctl: the server did not start:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    stop
    ;;
pause)
    dir=$(cat "$state/datadir")
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    dir=$(cat "$state/datadir")
    port=$(sed -E 's/.*:([0-9]+)\/.*/\1/' "$state/url")
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null
    ;;
*)
    echo "usage: pg-ctl.sh start|stop|pause|resume STATE_DIR" >&2
    exit 2
    ;;
esac
