#!/usr/bin/env bash
# Installs what the WordPress test needs from Debian when it is missing: WordPress, MariaDB,
# PHP-FPM with MySQL support, and nginx. The packages must not start their services (the test starts
# its own daemons on its own ports), so a policy-rc.d that forbids it is in place during the install.
set -euo pipefail

packages=(wordpress wordpress-theme-twentytwentythree mariadb-server php-fpm php-cli php-mysql nginx)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "The WordPress test needs: ${missing[*]} (install them with apt-get as root)." >&2
  exit 1
fi

policy=/usr/sbin/policy-rc.d
own_policy=
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy"
  own_policy=1
fi
trap '[ -n "$own_policy" ] && rm -f "$policy"' EXIT

echo "Installing ${missing[*]} for the WordPress test..."
apt-get -o DPkg::Lock::Timeout=900 update -qq
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
