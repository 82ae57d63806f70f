#!/usr/bin/env bash
# Refresh requirements.lock: every package Accord installs (runtime, `test` and `cluster`
# extras), pinned, with the sha256 of each file PyPI serves. Run after changing the
# dependencies in pyproject.toml, then commit both files:
#   tools/lock.sh            # keep the pins that still satisfy pyproject.toml
#   tools/lock.sh --upgrade  # move every pin to the newest allowed release
# The lock is universal (markers for other systems), resolved for Python 3.11 and newer.
# uv runs from a throw-away virtual environment, never from Accord's own; it reads PyPI
# only (--no-config: no local indexes, find-links or constraints enter the lock).
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
python3 -m venv "$tool"
PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= PIP_CONSTRAINT= "$tool/bin/pip" install -q --no-cache-dir 'uv>=0.5'
"$tool/bin/uv" pip compile pyproject.toml --extra test --extra cluster --generate-hashes \
  --universal --python-version 3.11 \
  --no-config --index-url https://pypi.org/simple --quiet \
  --custom-compile-command 'tools/lock.sh' -o requirements.lock "$@"
