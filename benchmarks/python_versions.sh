#!/bin/sh
# The supported Pythons, one after another: a fresh venv, the project installed, `letopis run`
# on data/raw into a temporary folder.  Prints one line per version: pass or fail (exit 1 if any
# failed).  A run fails on a non-zero exit or a traceback in its output.
#
#     benchmarks/python_versions.sh [python ...]
#
# Without arguments: python3.11, python3.12 and python3.13 from the PATH, or else from pyenv's
# versions; the ones not found are reported as skipped.
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

find_python() {  # $1: 3.x → an interpreter that runs, or nothing
    if "python$1" -c '' >/dev/null 2>&1; then command -v "python$1"; return; fi
    for p in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$1".*/bin/"python$1"; do
        [ -x "$p" ] && "$p" -c '' >/dev/null 2>&1 && { echo "$p"; return; }
    done
}

if [ $# -eq 0 ]; then
    for v in 3.11 3.12 3.13; do
        p=$(find_python $v)
        if [ -n "$p" ]; then set -- "$@" "$p"; else echo "python$v: skipped (not found)"; fi
    done
fi

failed=0
for py in "$@"; do
    version=$("$py" -c 'import platform; print(platform.python_version())' 2>/dev/null) || version=$py
    dir="$WORK/$version"; mkdir -p "$dir"
    log="$dir/log"
    start=$(date +%s)
    # No PREFECT_* from the caller: the run starts its own temporary API, with a home of its own,
    # whose first start (the database's migrations) can take longer than Prefect's default 20 s.
    if "$py" -m venv "$dir/venv" >"$log" 2>&1 \
        && "$dir/venv/bin/python" -m pip install --quiet --upgrade pip >>"$log" 2>&1 \
        && "$dir/venv/bin/python" -m pip install --quiet -e "$REPO" >>"$log" 2>&1; then
        installed=$(date +%s)
        (cd "$dir" && env $(env | sed -n 's/^\(PREFECT_[^=]*\)=.*/-u \1/p') PREFECT_HOME="$dir/prefect" \
            PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS=120 \
            "$dir/venv/bin/letopis" run --raw "$REPO/data/raw" --out "$dir/out") >"$dir/run" 2>&1
        rc=$?
        took="install $((installed - start)) s, run $(($(date +%s) - installed)) s"
        if [ $rc -ne 0 ]; then
            result="FAIL (exit $rc; $took)"
        elif grep -q -e Traceback -e "Logging error" "$dir/run"; then
            result="FAIL (traceback in the output; $took)"
        else
            result="pass ($took): $(grep -m1 'published' "$dir/run")"
        fi
        cat "$dir/run" >>"$log"
    else
        result="FAIL (install; see below)"
    fi
    case $result in
        pass*) echo "python $version: $result" ;;
        *) failed=1; echo "python $version: $result"; tail -n 20 "$log" | sed 's/^/    /' ;;
    esac
done
exit $failed
