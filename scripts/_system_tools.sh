# Sourced by scripts/test: the system tools the tests drive, checked before any test
# runs. Missing ones stop the run at once with the one command that installs them
# (Debian/Ubuntu package names; .ci/run installs the same list).
# Each line: package, then a shell test that is true when its tool is there.
SYSTEM_TOOLS=(
  "chromium|[ -x \"\${CHROMIUM:-/usr/bin/chromium}\" ]"           # browser tests, PDFs
  "fonts-noto-core|fc-list 2>/dev/null | grep -q 'Noto Sans Devanagari' && fc-list | grep -q 'Noto Sans Arabic'"  # Arabic, Devanagari in PDFs
  "poppler-utils|command -v pdftotext >/dev/null && command -v pdffonts >/dev/null"  # PDFs read as viewers do
  "nginx|command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]"    # the sample server setup
  "default-jre-headless|command -v java >/dev/null"               # the W3C Nu checker (vnu.jar)
  "nodejs|command -v node >/dev/null"                             # IBM Equal Access, installing vnu
  "npm|command -v npm >/dev/null"
)

missing_packages=()
for entry in "${SYSTEM_TOOLS[@]}"; do
  if ! eval "${entry#*|}"; then
    missing_packages+=("${entry%%|*}")
  fi
done
if [ ${#missing_packages[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo "
  echo "error: the tests need system tools that are not installed: ${missing_packages[*]}." >&2
  echo "Install them (Debian/Ubuntu), then run scripts/test again:" >&2
  echo "  ${sudo}apt-get update && ${sudo}apt-get install -y ${missing_packages[*]}" >&2
  echo "(Chromium elsewhere: set CHROMIUM=/path/to/chrome.)" >&2
  exit 1
fi
