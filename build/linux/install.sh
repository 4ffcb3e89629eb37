#!/bin/sh
# Install HashPledge for the current user (no root): the program under ~/.local/opt/hashpledge, the command
# ~/.local/bin/hashpledge, a menu entry and its icon. `./install.sh --uninstall` removes them again
# (your farm data in ~/.local/share/HashPledge is kept).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/hashpledge
bin=$HOME/.local/bin
apps=$prefix/applications
icons=$prefix/icons/hicolor/256x256/apps

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "$bin/hashpledge" "$apps/hashpledge.desktop" "$icons/hashpledge.png"
  echo "HashPledge removed (data in ${XDG_DATA_HOME:-$HOME/.local/share}/HashPledge kept)."
  exit 0
fi

mkdir -p "$opt" "$bin" "$apps" "$icons"
rm -rf "$opt"
cp -a "$here" "$opt"
ln -sf "$opt/hashpledge" "$bin/hashpledge"
cp "$here/hashpledge.png" "$icons/hashpledge.png"
sed "s|^Exec=.*|Exec=\"$opt/hashpledge\"|" "$here/hashpledge.desktop" > "$apps/hashpledge.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
echo "HashPledge installed: $opt (command: $bin/hashpledge, menu: Office → HashPledge)."
