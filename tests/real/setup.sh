#!/bin/sh
# Installs the real server software the suite runs (Debian packages), without letting the
# packages start their system services: a policy-rc.d that forbids every start, and systemd,
# if present, is not asked. Idempotent: installs only what is missing. Needs root (CI is).
set -eu

PACKAGES="postfix squid apache2 tinyproxy dante-server nginx"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && { echo "real-software packages present:$PACKAGES"; exit 0; }

if [ "$(id -u)" -ne 0 ]; then
  echo "tests/real/setup.sh: missing packages:$missing, and installing them needs root" >&2
  exit 1
fi

policy=/usr/sbin/policy-rc.d
had_policy=no
[ -e "$policy" ] && had_policy=yes && cp -p "$policy" "$policy.real-tests-saved"
printf '#!/bin/sh\n# tests/real/setup.sh: no service may start during this install\nexit 101\n' > "$policy"
chmod 755 "$policy"
restore() {
  if [ "$had_policy" = yes ]; then mv -f "$policy.real-tests-saved" "$policy"; else rm -f "$policy"; fi
}
trap restore EXIT

echo "installing:$missing"
# Postfix asks questions on install: answer "no configuration"; the suite writes its own.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
