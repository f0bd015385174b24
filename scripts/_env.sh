# Sourced by scripts/build, scripts/serve and scripts/test: puts a pinned uv on hand
# and the locked Python environment in .venv. Needs only python3 (>= 3.11) and git.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
UV_VERSION="0.13.9"

if command -v uv >/dev/null 2>&1 && [ "$(uv --version | cut -d' ' -f2)" = "$UV_VERSION" ]; then
  UV="uv"
else
  UV="$ROOT/.tools/bin/uv"
  if [ ! -x "$UV" ]; then
    echo "Installing uv $UV_VERSION into .tools/ ..." >&2
    if ! python3 -m venv "$ROOT/.tools" >/dev/null 2>&1; then
      rm -rf "$ROOT/.tools"
      echo "error: 'python3 -m venv' failed. On Debian/Ubuntu: sudo apt-get install -y python3-venv" >&2
      exit 1
    fi
    "$ROOT/.tools/bin/python" -m pip install --quiet "uv==$UV_VERSION"
  fi
fi

# Trust the system's certificate store (as pip does), e.g. behind a company proxy.
export UV_SYSTEM_CERTS="${UV_SYSTEM_CERTS:-1}"

# The environment exactly as uv.lock pins it.
"$UV" sync --locked --quiet --project "$ROOT"
export NO_MKDOCS_2_WARNING=1
PYTHON="$ROOT/.venv/bin/python"
cd "$ROOT"
