#!/usr/bin/env bash
# Debian packages the tests need: Chromium for e2e (browsers cannot be downloaded here) and the
# real servers used by tests/real, PostgreSQL for the store tests, Redis for the shared gate. Package scripts must not start
# system services nor create a PostgreSQL cluster: the tests run each server themselves, on
# loopback, with their own configuration (tests/support/postgres-server.ts: its own initdb;
# tests/support/redis-server.ts: its own redis-server without persistence).
set -euo pipefail
packages=(chromium postfix squid apache2 tinyproxy dante-server nginx postgresql redis-server)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [[ ${#missing[@]} -eq 0 ]]; then exit 0; fi
if [[ $(id -u) -ne 0 ]]; then
  echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} …"
policy=/usr/sbin/policy-rc.d
created_policy=false
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && created_policy=true
fi
# postgresql-common reads this directory when a server version is installed: no "main" cluster.
nocluster=/etc/postgresql-common/createcluster.d/no-main-cluster.conf
created_nocluster=false
if [[ ! -e $nocluster ]]; then
  mkdir -p "$(dirname "$nocluster")"
  echo "create_main_cluster = false" > "$nocluster" && created_nocluster=true
fi
export DEBIAN_FRONTEND=noninteractive
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if $created_policy; then rm -f "$policy"; fi
if $created_nocluster; then rm -f "$nocluster"; fi
