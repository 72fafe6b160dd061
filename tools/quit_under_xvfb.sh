#!/bin/bash
# Start the planner under a bare X server (no window manager) N times (default 50), quit each with
# Ctrl+Q as a user would, and count the runs that crashed, hung or printed a Python fatal error.
#   tools/quit_under_xvfb.sh [N]        (needs xvfb-run and xdotool)
set -u
N=${1:-50}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY="$ROOT/.venv/bin/python"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
crashes=0
for i in $(seq 1 "$N"); do
  cp "$ROOT/examples/strategic-partnership-school-2019-eligible.json" "$WORK/plan.json"
  HOME="$WORK" timeout 90 xvfb-run -a -s "-screen 0 1366x768x24" bash -c "
    '$PY' -X faulthandler -m erasmus_planner.launch '$WORK/plan.json' > '$WORK/out.txt' 2>&1 &
    pid=\$!
    for t in \$(seq 1 120); do
      sleep 0.25
      wid=\$(xdotool search --onlyvisible --name 'Consortium Planner' 2>/dev/null | head -1)
      [ -n \"\$wid\" ] && break
    done
    sleep 1
    xdotool mousemove --window \"\$wid\" 200 300; xdotool windowfocus --sync \"\$wid\" 2>/dev/null; xdotool key ctrl+q
    for t in \$(seq 1 60); do kill -0 \$pid 2>/dev/null || break; sleep 0.25; done
    if kill -0 \$pid 2>/dev/null; then echo 'did not quit' >> '$WORK/out.txt'; kill \$pid; fi
    wait \$pid; echo rc=\$? >> '$WORK/out.txt'
  "
  if grep -q "Fatal\|rc=[^0]\|Traceback\|did not quit" "$WORK/out.txt"; then
    crashes=$((crashes + 1)); echo "run $i:"; tail -5 "$WORK/out.txt"
  fi
done
echo "crashed or hung: $crashes of $N"
[ "$crashes" -eq 0 ]
