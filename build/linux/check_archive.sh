#!/bin/sh
# Unpack the Linux archive into a temporary folder and run its self-test there with an empty environment
# (no Python, no virtual environment on PATH, no HOME data): what a user on another machine gets.
set -eu
cd "$(dirname "$0")/../.."
archive=$(ls dist/hashpledge-*-linux-*.tar.gz | head -n 1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$archive" -C "$tmp"
app=$(ls -d "$tmp"/hashpledge-*/ | head -n 1)
echo "unpacked $(basename "$archive") into $app: $(du -sh "$app" | cut -f1)"
env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$app/hashpledge" --version
env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$app/hashpledge" --self-test
