#!/usr/bin/env bash
# Set up, install what the browser and editor tests need where it can, then run the whole
# test suite (what CI runs). Fails when pytest collects no test (exit 5).
#
#   bash scripts/test.sh [PYTEST ARGS]   e.g. bash scripts/test.sh tests/lsp/test_shutdown.py
#   bash scripts/test.sh --dry-run       say what would be installed and what would skip; run nothing
#
# As root with apt-get it installs Debian's chromium and chromium-driver (Playwright and
# Selenium drive that browser and never download one), nodejs/npm when npm is missing, and
# code-server from npm (vscode-client/test/codeserver/install-code-server.sh, built offline).
# Without root it installs nothing of the system's. Either way its last lines name each
# group of skipped tests and the one command that enables it.
# TESTDRAFT_TEST_INSTALL=0 skips the system installs (as if not root).
set -euo pipefail
cd "$(dirname "$0")/.."

DRY=0
if [ "${1:-}" = "--dry-run" ]; then
  DRY=1
  shift
fi

CODE_SERVER_INSTALL="sh vscode-client/test/codeserver/install-code-server.sh"
have() { command -v "$1" >/dev/null 2>&1; }
can_install() { [ "${TESTDRAFT_TEST_INSTALL:-1}" != 0 ] && [ "$(id -u)" -eq 0 ] && have apt-get; }
have_code_server() {
  [ -n "${TESTDRAFT_CODE_SERVER:-}" ] || [ -x "$HOME/.cache/testdraft/code-server/bin/code-server" ] || have code-server
}
say() { echo "test: $*" >&2; }

# --- system tools for the browser and editor tests ---------------------------------------
packages=()
have chromium || packages+=(chromium)
have chromedriver || packages+=(chromium-driver)
# Node.js and npm often come with the machine image; Debian's npm conflicts with that nodejs.
have npm || packages+=(nodejs npm)
needs_code_server=0
have_code_server || needs_code_server=1

if [ "${#packages[@]}" -gt 0 ] || [ "$needs_code_server" -eq 1 ]; then
  if can_install; then
    if [ "$DRY" -eq 1 ]; then
      [ "${#packages[@]}" -gt 0 ] && say "would run: apt-get install -y ${packages[*]}"
      [ "$needs_code_server" -eq 1 ] && say "would run: $CODE_SERVER_INSTALL"
    else
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      if [ "${#packages[@]}" -gt 0 ]; then
        say "installing ${packages[*]} (apt-get)"
        apt-get install -y -qq "${packages[@]}" >/dev/null || say "apt-get could not install ${packages[*]}"
      fi
      if [ "$needs_code_server" -eq 1 ] && have npm; then
        say "installing code-server for the VS Code test (npm, built offline; takes minutes)"
        sh vscode-client/test/codeserver/install-code-server.sh >/dev/null || say "code-server did not install"
      fi
    fi
  else
    [ "${#packages[@]}" -gt 0 ] && say "not root (or no apt-get): not installing ${packages[*]}"
    [ "$needs_code_server" -eq 1 ] && say "not root (or no apt-get): not installing code-server"
  fi
fi

if [ "$DRY" -eq 1 ] && ! can_install; then
  # What stays missing, with the command that enables it.
  have chromium || say "browser tests (tests/ui, tests/clients/test_code_server.py) skip: apt-get install -y chromium"
  have chromedriver || say "Selenium test (tests/ui/test_browser.py) skips: apt-get install -y chromium-driver"
  have npm || say "VS Code extension tests (tests/clients/test_vscode_extension.py) skip: apt-get install -y nodejs npm"
  have_code_server || say "VS Code end-to-end test (tests/clients/test_code_server.py) skips: $CODE_SERVER_INSTALL"
fi
if [ "$DRY" -eq 1 ]; then
  [ -x .venv/bin/python ] || say "no .venv yet: bash scripts/setup.sh runs first"
  say "dry run: nothing installed, no test run"
  exit 0
fi

# --- Python environment, then the suite ---------------------------------------------------
bash scripts/setup.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
.venv/bin/python -m pytest "$@" 2>&1 | tee "$log"  # addopts has -ra: skips are listed
status=${PIPESTATUS[0]}
set -e

# Last lines: each group of skipped tests (file and reason; the reasons name the command).
.venv/bin/python - "$log" <<'EOF'
import re
import sys
from collections import Counter

groups: Counter[str] = Counter()
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    match = re.match(r"SKIPPED \[(\d+)\] ([^:]+):\d+: (.*)", line.strip())
    if match:
        groups[f"{match[2]}: {match[3]}"] += int(match[1])
if groups:
    print(f"test: {sum(groups.values())} skipped; each group and what enables it:", file=sys.stderr)
    for group, count in sorted(groups.items()):
        print(f"  {count:3d}  {group}", file=sys.stderr)
else:
    print("test: nothing skipped", file=sys.stderr)
EOF
if [ "$status" -eq 5 ]; then
  echo "test: pytest collected no tests; that is a failure here" >&2
  exit 1
fi
exit "$status"
