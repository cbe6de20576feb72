#!/bin/sh
# Installs the real server software the suite runs (Debian packages) without letting the
# packages start their system services (a policy-rc.d that forbids every start while apt runs),
# and unpacks Exim and Sendmail beside them. Idempotent: only what is missing is fetched.
# Needs root (CI is).
set -eu

# libidn12: a library the unpacked Exim needs from the system (its setuid re-exec ignores
# LD_LIBRARY_PATH). m4 and liblockfile1: what the unpacked Sendmail needs to build its config
# and to run. None of them starts a service.
PACKAGES="postfix squid apache2 tinyproxy dante-server nginx libidn12 m4 liblockfile1"
EXIM_ROOT="${REAL_EXIM_ROOT:-/var/tmp/real-tests-exim}"
SENDMAIL_ROOT="${REAL_SENDMAIL_ROOT:-/var/tmp/real-tests-sendmail}"

install_missing() {
  policy=/usr/sbin/policy-rc.d
  had_policy=no
  if [ -e "$policy" ]; then had_policy=yes; cp -p "$policy" "$policy.real-tests-saved"; fi
  printf '#!/bin/sh\n# tests/real/setup.sh: no service may start during this install\nexit 101\n' > "$policy"
  chmod 755 "$policy"
  # Postfix asks questions on install: answer "no configuration"; the suite writes its own.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  status=0
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" || status=$?
  if [ "$had_policy" = yes ]; then mv -f "$policy.real-tests-saved" "$policy"; else rm -f "$policy"; fi
  return "$status"
}

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ] || [ ! -x "$EXIM_ROOT/usr/sbin/exim4" ] || [ ! -x "$SENDMAIL_ROOT/usr/libexec/sendmail/sendmail" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "tests/real/setup.sh: needs root to install:$missing (and Exim in $EXIM_ROOT, Sendmail in $SENDMAIL_ROOT)" >&2
    exit 1
  fi
fi
if [ -n "$missing" ]; then
  echo "installing:$missing"
  # shellcheck disable=SC2086
  install_missing $missing
fi

# Exim and Sendmail cannot be installed beside Postfix (each is the system's
# mail-transport-agent), so each is unpacked with dpkg -x into its own root;
# tests/real/servers/exim.ts and sendmail.ts run them from there.
unpack() { # root marker package...
  root=$1 marker=$2
  shift 2
  [ -x "$root/$marker" ] && return 0
  work=$(mktemp -d)
  chmod 755 "$work"
  (cd "$work" && { apt-get download "$@" 2>/dev/null || { apt-get update -qq && apt-get download "$@"; }; })
  mkdir -p "$root"
  for deb in "$work"/*.deb; do dpkg -x "$deb" "$root"; done
  rm -rf "$work"
  echo "unpacked in $root:" "$@"
}
unpack "$EXIM_ROOT" usr/sbin/exim4 exim4-daemon-light exim4-base
unpack "$SENDMAIL_ROOT" usr/libexec/sendmail/sendmail sendmail-bin sendmail-base sendmail-cf
echo "real-software packages present:$PACKAGES; exim in $EXIM_ROOT; sendmail in $SENDMAIL_ROOT"
