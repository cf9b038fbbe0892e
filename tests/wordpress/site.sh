#!/usr/bin/env bash
# A throw-away WordPress site for the plugin's tests: Debian's WordPress with its own MariaDB,
# PHP-FPM and nginx, started directly (no systemd), listening on 127.0.0.1:$WP_PORT only, with
# every file under $WP_TEST_DIR.
#   site.sh start   stops what an earlier run left behind, then starts a fresh site with the built
#                   plugin active, and prints the users' credentials as JSON on stdout
#   site.sh stop    stops the daemons it started (by their pid files) and removes the files
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${WP_PORT:-8700}"
DIR="${WP_TEST_DIR:-${TMPDIR:-/tmp}/article-annotations-wordpress}"
NAME=article-annotations-test
# Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php (nginx passes the name).
CONFIG="/etc/wordpress/config-$NAME.php"
ZIP="$ROOT/dist-wordpress/article-annotations.zip"

log() { echo "$@" >&2; }

stop_pid() { # pid file
  [ -f "$1" ] || return 0
  local pid; pid="$(cat "$1")"
  # Only a daemon of this site: its command line names this site's folder.
  ps -o args= -p "$pid" 2>/dev/null | grep -qF "$DIR" || return 0
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

stop() {
  stop_pid "$DIR/nginx.pid"
  stop_pid "$DIR/php-fpm.pid"
  stop_pid "$DIR/mysqld.pid"
  # Only a folder this script made (WP_TEST_DIR may point anywhere).
  if [ -f "$DIR/.article-annotations-test-site" ]; then rm -rf "$DIR"; fi
  rm -f "$CONFIG"
}

wait_for() { # what, test command...
  local what="$1"; shift
  for _ in $(seq 100); do "$@" && return 0; sleep 0.1; done
  log "$what did not start; its log:"; cat "$DIR"/*.log >&2 2>/dev/null || true
  return 1
}

start() {
  [ -f "$ZIP" ] || { log "No built plugin at $ZIP: run npm run build first."; exit 1; }
  stop
  if [ -e "$DIR" ]; then log "$DIR exists and is not a test site made by this script: set WP_TEST_DIR to another folder."; exit 1; fi
  mkdir -p "$DIR"/{tmp,wp-content/plugins,wp-content/themes,wp-content/uploads}
  touch "$DIR/.article-annotations-test-site"
  # WordPress deletes the zip it installs: it gets a copy.
  cp "$ZIP" "$DIR/"
  for theme in /usr/share/wordpress/wp-content/themes/*; do ln -s "$theme" "$DIR/wp-content/themes/"; done

  # MariaDB: its own data directory, a socket, no network.
  mariadb-install-db --no-defaults --datadir="$DIR/mysql" --user=root --auth-root-authentication-method=socket \
    --skip-test-db > "$DIR/mysql-install.log" 2>&1
  setsid mariadbd --no-defaults --datadir="$DIR/mysql" --socket="$DIR/mysqld.sock" --pid-file="$DIR/mysqld.pid" \
    --skip-networking --user=root --innodb-buffer-pool-size=32M --log-error="$DIR/mysqld.log" < /dev/null > /dev/null 2>&1 &
  wait_for MariaDB mariadb --no-defaults -S "$DIR/mysqld.sock" -u root -e 'SELECT 1' > /dev/null 2>&1
  mariadb --no-defaults -S "$DIR/mysqld.sock" -u root -e "CREATE DATABASE wordpress; CREATE USER wordpress@localhost IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO wordpress@localhost;"

  cat > "$CONFIG" <<PHP
<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:$DIR/mysqld.sock' );
define( 'WP_HOME', 'http://127.0.0.1:$PORT' );
define( 'WP_SITEURL', 'http://127.0.0.1:$PORT' );
define( 'WP_CONTENT_DIR', '$DIR/wp-content' );
define( 'WP_CONTENT_URL', 'http://127.0.0.1:$PORT/wp-content' );
// Application passwords over plain http.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// No requests to other hosts (update checks) and no cron requests to itself.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
// Every PHP notice and warning goes to a log the test reads.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$DIR/debug.log' );
PHP

  # PHP-FPM: a few workers, so that a page can request a file from the same site.
  cat > "$DIR/php-fpm.conf" <<CONF
[global]
pid = $DIR/php-fpm.pid
error_log = $DIR/php-fpm.log
daemonize = yes
[www]
listen = $DIR/php-fpm.sock
pm = static
pm.max_children = 4
listen.mode = 0666
catch_workers_output = yes
CONF
  "$(ls /usr/sbin/php-fpm* | head -1)" -R -y "$DIR/php-fpm.conf"

  # nginx: Debian's fastcgi_params send \$host, which drops the port; WordPress would then redirect.
  sed 's/\$host;/$http_host;/' /etc/nginx/fastcgi_params > "$DIR/fastcgi_params"
  cat > "$DIR/nginx.conf" <<CONF
pid $DIR/nginx.pid;
error_log $DIR/nginx.log;
worker_processes 1;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $DIR/tmp/body;
  fastcgi_temp_path $DIR/tmp/fastcgi;
  proxy_temp_path $DIR/tmp/proxy;
  uwsgi_temp_path $DIR/tmp/uwsgi;
  scgi_temp_path $DIR/tmp/scgi;
  server {
    listen 127.0.0.1:$PORT;
    root /usr/share/wordpress;
    index index.php;
    location /wp-content/ { alias $DIR/wp-content/; }
    location / { try_files \$uri \$uri/ /index.php?\$args; }
    location ~ \.php\$ {
      include $DIR/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
      fastcgi_param WORDPRESS_CONFIG $NAME;
      fastcgi_pass unix:$DIR/php-fpm.sock;
    }
  }
}
CONF
  nginx -c "$DIR/nginx.conf" -p "$DIR" -e "$DIR/nginx.log"
  wait_for nginx test -S "$DIR/php-fpm.sock" -a -s "$DIR/nginx.pid"

  # Install the site, install the plugin from its zip and activate it, make the users (prints
  # their credentials).
  WORDPRESS_CONFIG="$NAME" WP_PORT="$PORT" WP_PLUGIN_ZIP="$DIR/$(basename "$ZIP")" php "$ROOT/tests/wordpress/setup.php"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
