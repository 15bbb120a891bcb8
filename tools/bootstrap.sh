#!/usr/bin/env bash
# Installs what coil needs on Debian 12, builds it into build/ (Release) and runs a sample.
set -euo pipefail
cd "$(dirname "$0")/.."

# Compiler and build tools, the generators for the lexer and parser, and the libraries coil
# links (see README.md, "Dependencies").
packages=(cmake g++ ninja-build re2c bison pkg-config python3
          libgtest-dev libgmp-dev libuv1-dev libutf8proc-dev libedit-dev)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update
    "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build -j2
build/coil samples/hello.py
