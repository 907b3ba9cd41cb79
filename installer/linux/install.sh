#!/bin/sh
# Installs RiskDesk for the current user, without root:
#   the program      ${XDG_DATA_HOME:-~/.local/share}/RiskDesk/app/
#   a menu entry     ${XDG_DATA_HOME:-~/.local/share}/applications/riskdesk.desktop
#   the command      ~/.local/bin/riskdesk (a link)
# Running it again updates the program in place; vaults and settings are never touched.
# To remove it: ~/.local/share/RiskDesk/app/uninstall.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
[ -n "${HOME:-}" ] || { echo "install.sh: HOME is not set" >&2; exit 1; }
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app=$data_home/RiskDesk/app
applications=$data_home/applications
bin=$HOME/.local/bin

[ -x "$here/RiskDesk/riskdesk" ] || {
    echo "install.sh: run it from the unpacked RiskDesk folder (RiskDesk/riskdesk is missing)" >&2
    exit 1
}

mkdir -p "$data_home/RiskDesk" "$applications" "$bin"
# A new copy beside the old one, then swapped, so a failed copy leaves the old version.
rm -rf "$app.new" "$app.old"
cp -R "$here/RiskDesk" "$app.new"
cp "$here/uninstall.sh" "$app.new/uninstall.sh"
chmod 755 "$app.new/uninstall.sh"
[ ! -e "$app" ] || mv "$app" "$app.old"
mv "$app.new" "$app"
rm -rf "$app.old"

sed "s|@APP@|$app|g" "$here/riskdesk.desktop" > "$applications/riskdesk.desktop.new"
mv "$applications/riskdesk.desktop.new" "$applications/riskdesk.desktop"
ln -sfn "$app/riskdesk" "$bin/riskdesk"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
fi

echo "RiskDesk is installed in $app"
echo "Start it from the menu, or with: $bin/riskdesk"
case ":${PATH:-}:" in
*":$bin:"*) ;;
*) echo "($bin is not on your PATH: log in again, or add it to PATH.)" ;;
esac
