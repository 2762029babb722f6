#!/usr/bin/env bash
# Prepares a fresh Debian/Ubuntu machine for Postmortem Author (idempotent; safe to run again):
#   - apt: chromium (the browser the tests drive), build-essential pkg-config python3 libkrb5-dev (code-server's
#     native modules), ripgrep (seeds code-server's ripgrep download, which cannot reach github.com offline),
#     git and pre-commit (the hook's test; with Node on PATH its node hooks use this Node and npm, no nodeenv download)
#   - npm ci of the project (lean: the heavy VS Code test runtime is installed by the integration runner on first use)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in chromium build-essential pkg-config python3 libkrb5-dev ripgrep git pre-commit; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "setup: missing apt packages (${need[*]}) and neither root nor sudo: install them, then run this again" >&2; exit 1
  fi
  echo "setup: apt-get install ${need[*]}"
  "${sudo[@]}" apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
else
  echo "setup: apt packages present"
fi

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then echo "setup: Node.js 20 or later is required (found: $(node -v 2>/dev/null || echo none))" >&2; exit 1; fi

# npm ci rewrites node_modules/.package-lock.json: newer than package-lock.json means the install matches it
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "setup: node_modules up to date"
else
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
echo "setup: done. Next: npm start (try it) or npm test (test it)"
