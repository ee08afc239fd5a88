#!/bin/sh
# Real screenshots of every dashboard page: the program under Xvfb on the demo data, one run per page
# and screen size, captured from the X server with ImageMagick's `import`.
# Usage: tools/screenshots.sh [BUILD_DIR] [OUT_DIR] [LANGUAGE]   (LANGUAGE: zh_CN (default) or en)
# Needs xvfb, xauth and imagemagick (tools/setup-debian.sh --screenshots installs them).
set -eu
build=${1:-build}
out=${2:-screenshots}
language=${3:-zh_CN}
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
cmake --build "$build" --target caseload -j2 > /dev/null
# A home of its own: the demo store, settings (language) and window layout start fresh.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
mkdir -p "$XDG_CONFIG_HOME/Caseload"
printf '[ui]\nlanguage=%s\n' "$language" > "$XDG_CONFIG_HOME/Caseload/caseload.conf"
# The first run generates and imports the demo data; later runs reuse it.
for size in 1366x768 1920x1080; do
  for page in overview trends durations measures courts forecast cases imports settings; do
    xvfb-run -a -s "-screen 0 ${size}x24" sh -c "
      '$build/bin/caseload' --demo --page $page -geometry $size+0+0 &
      pid=\$!
      sleep \${SHOT_DELAY:-6}
      import -window root '$out/$page-$size.png'
      kill \$pid" 
    echo "$out/$page-$size.png"
  done
done
