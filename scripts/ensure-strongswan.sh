#!/usr/bin/env bash
# The negotiation tests (test/negotiation) run real strongSwan daemons. Installs Debian's packages
# when charon or swanctl is missing: apt-get update once, then only what the tests load (openssl is
# in the standard plugins: des/3des need it; kernel-libipsec is in the charon extra plugins). Not
# libstrongswan-extra-plugins, which would upgrade systemd. Exits 0 when strongSwan is there; when
# it cannot be installed the tests themselves fail with the sentence saying what is missing.
set -uo pipefail

if [ -x /usr/lib/ipsec/charon ] && [ -x /usr/sbin/swanctl ] && [ -e /usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so ] && [ -e /usr/lib/ipsec/plugins/libstrongswan-openssl.so ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
	echo "strongSwan is missing and cannot be installed here (needs root and apt-get); the negotiation tests will fail." >&2
	exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq --no-install-recommends \
	strongswan-charon strongswan-swanctl libstrongswan-standard-plugins libcharon-extra-plugins >/dev/null \
	|| echo "Installing strongSwan failed; the negotiation tests will fail." >&2
exit 0
