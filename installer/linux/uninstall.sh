#!/bin/sh
# Removes the program, its menu entry and its command; never the vaults, backups or
# settings, which stay in ~/.local/share/RiskDesk and ~/.config/RiskDesk.
set -eu

app=$(cd "$(dirname "$0")" && pwd)
[ -n "${HOME:-}" ] || { echo "uninstall.sh: HOME is not set" >&2; exit 1; }
# Where install.sh put it, whatever XDG_DATA_HOME says today: <data home>/RiskDesk/app.
data_home=$(dirname "$(dirname "$app")")
[ -x "$app/riskdesk" ] && [ "$(basename "$app")" = app ] || {
    echo "uninstall.sh: run the copy inside the installed RiskDesk/app folder" >&2
    exit 1
}

link=$HOME/.local/bin/riskdesk
if [ -L "$link" ] && [ "$(readlink "$link")" = "$app/riskdesk" ]; then
    rm -f "$link"
fi
rm -f "$data_home/applications/riskdesk.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
rm -rf "$app"
echo "RiskDesk is removed. Your vaults and settings are kept in $(dirname "$app")."
