#!/usr/bin/env bash
# Checks deploy/berinia-webhook.service as systemd will read it:
#   - `systemd-analyze verify` must have nothing to say about it (it exits 0 even
#     on unknown keys and unparsable values, so its output is what counts);
#   - `systemd-analyze security` must rate it OK or better (exposure <= 4.9).
# Prints the exposure score. Usage: bash deploy/test-unit.sh
set -euo pipefail
cd "$(dirname "$0")"

UNIT=berinia-webhook.service
MAX_EXPOSURE=4.9

fail() {
  printf 'test-unit: FAIL: %s\n' "$*" >&2
  exit 1
}

if ! command -v systemd-analyze >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    fail "systemd-analyze is missing; install Debian's systemd package (apt-get install systemd)"
  fi
  echo "test-unit: installing Debian's systemd package for systemd-analyze"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends systemd >/dev/null
fi
systemd-analyze --version | head -n 1

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
cp "$UNIT" "$workdir/$UNIT"

# verify checks that ExecStart's program exists and is executable (not its
# arguments). Where Node lives elsewhere than in production, verify a copy
# that differs in that one path, and say so.
exec_binary="$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$UNIT")"
[ -n "$exec_binary" ] || fail "no ExecStart= line in $UNIT"
if [ ! -x "$exec_binary" ]; then
  node_binary="$(command -v node || true)"
  [ -n "$node_binary" ] || fail "$exec_binary does not exist and no node is on PATH to stand in for it"
  echo "test-unit: note: $exec_binary is not here; verifying a copy whose ExecStart runs $node_binary"
  sed -i "s#^ExecStart=$exec_binary #ExecStart=$node_binary #" "$workdir/$UNIT"
fi

echo "--- systemd-analyze verify"
verify_status=0
verify_output="$(systemd-analyze verify "$workdir/$UNIT" 2>&1)" || verify_status=$?
if [ -n "$verify_output" ]; then printf '%s\n' "$verify_output"; fi
[ "$verify_status" -eq 0 ] || fail "systemd-analyze verify exited with $verify_status"
# Lines about other units of this machine are not ours to fix; any line about ours is.
if printf '%s\n' "$verify_output" | grep -q "${UNIT%.service}"; then
  fail "systemd-analyze verify reported problems in $UNIT"
fi
echo "verify: no problems"

echo "--- systemd-analyze security"
security_output="$(systemd-analyze security --offline=yes "$workdir/$UNIT" 2>&1)" ||
  fail "systemd-analyze security failed: $security_output"
printf '%s\n' "$security_output" | grep -v '✓' || true
summary="$(printf '%s\n' "$security_output" | grep 'Overall exposure level' || true)"
[ -n "$summary" ] || fail "no overall exposure level in the output of systemd-analyze security"
score="$(printf '%s\n' "$summary" | sed -n 's/.*: \([0-9][0-9]*\.[0-9]\) \([A-Z]*\).*/\1/p')"
rating="$(printf '%s\n' "$summary" | sed -n 's/.*: \([0-9][0-9]*\.[0-9]\) \([A-Z]*\).*/\2/p')"
[ -n "$score" ] || fail "could not read the exposure score from: $summary"
echo "exposure score: $score ($rating)"
awk -v score="$score" -v max="$MAX_EXPOSURE" 'BEGIN { exit !(score <= max) }' ||
  fail "exposure $score is above $MAX_EXPOSURE (rated $rating; OK or better is required)"
case "$rating" in
  PERFECT | SAFE | OK) ;;
  *) fail "rated $rating; OK or better is required" ;;
esac
echo "test-unit: PASS ($UNIT: verify clean, exposure $score $rating)"
