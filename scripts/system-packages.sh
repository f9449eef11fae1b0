#!/usr/bin/env bash
# Install the Debian packages listed in packaging/debian-packages.txt that are missing
# (with the argument "runtime": only those the app itself needs, not the test tools).
# As root it installs them; otherwise it uses sudo when that needs no password, else it lists them and
# returns 1 (the test suite then skips what needs them, and says so).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
list="$here/packaging/debian-packages.txt"
if [ "${1:-}" = runtime ]; then
  mapfile -t wanted < <(sed '/^# --- test-only/,$d' "$list" | grep -vE '^\s*(#|$)')
else
  mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$list")
fi
command -v dpkg-query >/dev/null || { echo "system-packages: not a Debian-based system; install the equivalents of packaging/debian-packages.txt yourself" >&2; exit 1; }
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then as_root=(); elif sudo -n true 2>/dev/null; then as_root=(sudo -n); else
  echo "system-packages: missing Debian packages: ${missing[*]}" >&2
  echo "  install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
