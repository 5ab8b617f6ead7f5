#!/bin/sh
# Installs code-server from npm for the VS Code end-to-end test (tests/clients/test_code_server.py),
# with no network but npm and Debian: every download code-server's own install scripts would make
# (prebuilt binaries, ripgrep) is replaced by a local build or a Debian package.
#   sh vscode-client/test/codeserver/install-code-server.sh [PREFIX]
# Prints the path of the code-server executable. Needs root for apt-get (skipped if present).
set -eu
PREFIX=${1:-$HOME/.cache/testdraft/code-server}
VERSION=4.100.3 # the last release line that runs on Node 20
NODE_HEADERS=${NODE_HEADERS:-/usr} # node-gyp builds against these instead of downloading them

if ! command -v rg >/dev/null || [ ! -f /usr/include/krb5.h ]; then
  apt-get install -y ripgrep libkrb5-dev build-essential >&2
fi
# yes: node-pty's postinstall runs `npx node-gyp`.
export npm_config_nodedir="$NODE_HEADERS" npm_config_unsafe_perm=true npm_config_yes=true

npm install -g --prefix "$PREFIX" "code-server@$VERSION" --ignore-scripts >&2
CS="$PREFIX/lib/node_modules/code-server"

# argon2 would download a prebuilt binary from GitHub; build it from source instead.
(cd "$CS/node_modules/argon2" && node ../@mapbox/node-pre-gyp/bin/node-pre-gyp install --fallback-to-build >&2)

# What code-server's postinstall.sh does, minus the downloads.
cd "$CS/lib/vscode"
npm install --omit=dev --ignore-scripts >&2
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg # its postinstall then skips the download
npm rebuild --foreground-scripts >&2                       # native modules: node-pty, spdlog, kerberos...
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --ignore-scripts >&2)

echo "$PREFIX/bin/code-server"
