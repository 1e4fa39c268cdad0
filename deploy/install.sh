#!/usr/bin/env bash
# Installs (or upgrades) berinia-webhook on a Debian/Ubuntu host from this
# checkout: system user, directories, code in /opt, build, migrations, the
# systemd unit, an env file, then enable and start. Every step checks before
# it acts, so running it again upgrades the code and changes nothing else.
# The Nginx site and its certificate are manual steps: deploy/README.md.
#
# Usage: sudo deploy/install.sh [--dry-run]
#   --dry-run  print every action without doing it (no root needed)
set -euo pipefail

readonly APP_USER=berinia-webhook
readonly APP_DIR=/opt/berinia-webhook
readonly CONFIG_DIR=/etc/berinia-webhook
readonly ENV_FILE=$CONFIG_DIR/env
readonly DATA_DIR=/var/lib/berinia-webhook
readonly UNIT=berinia-webhook.service
readonly UNIT_FILE=/etc/systemd/system/$UNIT
readonly NODE=/usr/bin/node
readonly NODE_MINIMUM=20.19.0
SOURCE_DIR="$(cd "$(dirname "$0")/.." && pwd)"
readonly SOURCE_DIR

DRY_RUN=false
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY_RUN=true ;;
    -h | --help)
      sed -n '2,10s/^# \{0,1\}//p' "$0"
      exit 0
      ;;
    *)
      echo "install.sh: unknown argument: $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

say() { printf '\n== %s\n' "$*"; }

# Prints the command, then runs it unless this is a dry run.
run() {
  printf '+'
  printf ' %q' "$@"
  printf '\n'
  if [ "$DRY_RUN" = false ]; then "$@"; fi
}

# A failed precondition stops a real run; a dry run notes it and goes on.
require() {
  local problem=$1
  shift
  if "$@"; then return 0; fi
  if [ "$DRY_RUN" = true ]; then
    echo "note: $problem (a real run would stop here)"
  else
    echo "install.sh: $problem" >&2
    exit 1
  fi
}

has_command() { command -v "$1" >/dev/null 2>&1; }

node_is_recent() {
  [ -x "$NODE" ] && "$NODE" -e '
    const [a, b, c] = process.versions.node.split(".").map(Number);
    const [x, y, z] = process.argv[1].split(".").map(Number);
    process.exit(a * 1e6 + b * 1e3 + c >= x * 1e6 + y * 1e3 + z ? 0 : 1);' "$NODE_MINIMUM"
}

# The env file decides: without DATABASE_URL or DB_HOST the service uses the embedded database.
env_has() { [ -f "$ENV_FILE" ] && grep -Eq "^($1)=[^[:space:]]" "$ENV_FILE"; }

say "preconditions"
require "run as root (sudo deploy/install.sh)" test "$(id -u)" -eq 0
require "this installer is for Debian or Ubuntu" test -f /etc/debian_version
require "systemd is not running here" test -d /run/systemd/system
require "$NODE must be Node.js >= $NODE_MINIMUM (NodeSource or Debian's nodejs package)" node_is_recent
require "npm is missing (apt-get install npm, or NodeSource's nodejs)" has_command npm
if ! has_command rsync; then
  run apt-get install -y --no-install-recommends rsync
fi

say "system user $APP_USER"
if getent passwd "$APP_USER" >/dev/null; then
  echo "exists"
else
  run useradd --system --user-group --no-create-home --home-dir "$DATA_DIR" \
    --shell /usr/sbin/nologin --comment "berinia-webhook service" "$APP_USER"
fi

say "directories"
# Code and settings belong to root: the service may read them, never change them.
run install -d -m 0755 -o root -g root "$APP_DIR"
run install -d -m 0700 -o root -g root "$CONFIG_DIR"
# Also created by StateDirectory=; made here so the migration below can use it.
run install -d -m 0700 -o "$APP_USER" -g "$APP_USER" "$DATA_DIR"

say "code in $APP_DIR"
if [ "$SOURCE_DIR" = "$APP_DIR" ]; then
  echo "running from $APP_DIR itself: nothing to copy"
else
  run rsync -a --delete --chown=root:root \
    --exclude=.git/ --exclude=node_modules/ --exclude=dist/ --exclude=data/ --exclude=.env \
    "$SOURCE_DIR/" "$APP_DIR/"
fi

say "dependencies and build"
run npm --prefix "$APP_DIR" ci --no-audit --no-fund
run npm --prefix "$APP_DIR" run build
# TypeScript and the test tools are not needed to run; tsx is (the CLI runs through it).
run npm --prefix "$APP_DIR" prune --omit=dev --no-audit --no-fund

say "settings in $ENV_FILE"
if [ -f "$ENV_FILE" ]; then
  echo "exists: left as it is"
else
  run install -m 0600 -o root -g root "$SOURCE_DIR/.env.example" "$ENV_FILE"
  # The example's defaults are for a laptop; these are this host's.
  run sed -i -e 's|^NODE_ENV=.*|NODE_ENV=production|' -e "s|^DATA_DIR=.*|DATA_DIR=$DATA_DIR|" \
    -e 's|^TRUST_PROXY=.*|TRUST_PROXY=true|' "$ENV_FILE"
fi
# Secrets: readable by root (systemd reads it before dropping privileges) and nobody else.
run chown root:root "$ENV_FILE"
run chmod 0600 "$ENV_FILE"
configured=true
if ! env_has 'TWILIO_AUTH_TOKEN|TWILIO_TOKEN' || ! env_has PUBLIC_BASE_URL; then configured=false; fi

say "systemd unit"
if [ -f "$UNIT_FILE" ] && cmp -s "$SOURCE_DIR/deploy/$UNIT" "$UNIT_FILE"; then
  echo "up to date"
else
  run install -m 0644 -o root -g root "$SOURCE_DIR/deploy/$UNIT" "$UNIT_FILE"
  run systemctl daemon-reload
fi

say "migrations and start"
if [ "$configured" = false ]; then
  run systemctl enable "$UNIT"
  cat <<EOF
Not started: set TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL (and the database) in
$ENV_FILE, then run this script again, or: systemctl start $UNIT
EOF
  exit 0
fi
if env_has 'DATABASE_URL|DB_HOST'; then
  # Same user, settings and data directory as the service. PostgreSQL takes
  # concurrent migrations under an advisory lock, so the old version may run on.
  run systemd-run --quiet --wait --pipe --collect --service-type=exec \
    -p User="$APP_USER" -p Group="$APP_USER" -p WorkingDirectory="$APP_DIR" \
    -p EnvironmentFile="$ENV_FILE" -p Environment=NODE_ENV=production -p Environment=DATA_DIR="$DATA_DIR" \
    "$NODE" bin/berinia-webhook.js migrate
else
  # The embedded database has one owner at a time: the service migrates it when it starts.
  echo "embedded database: the service applies the migrations itself when it (re)starts"
fi
if systemctl is-active --quiet "$UNIT"; then
  run systemctl restart "$UNIT"
  run systemctl enable "$UNIT"
else
  run systemctl enable --now "$UNIT"
fi
run systemctl --no-pager --lines=5 status "$UNIT"
echo "Installed. Next, if not done yet: the Nginx site and Twilio number (deploy/README.md)."
