"""The offline copy: the whole site, every language with search and PDFs, as one zip
(downloads/praten-over-shame-sexting-offline.zip, linked from each language's home
page) that works unpacked and opened from file://, for a school without internet.

A full build makes it after the PDFs: it builds the site again with SITE_OFFLINE=true,
which turns on Material's offline plugin (no directory URLs; the search index inlined
as search/search_index.js, one per language by search_per_locale.py) with the plugin's
iframe-worker shim served from the site instead of unpkg.com; then it copies in the
PDFs and zips the result. `scripts/build --html-only` (SITE_PDF=0) and `mkdocs serve`
make no copy, and the home pages then do not link one."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from _downloads import DOWNLOADS, downloads_mode
from _i18n import is_last_post_build

log = get_plugin_logger("offline")

ZIP = f"{DOWNLOADS}/praten-over-shame-sexting-offline.zip"
FOLDER = "praten-over-shame-sexting"  # what the zip unpacks to
# iframe-worker 1.0.4 (MIT, npm), shim/index.js unchanged: on file:// it runs the
# search worker in an iframe, as browsers refuse workers from file:// URLs.
SHIM = "assets/javascripts/vendor/iframe-worker/shim.js"
SIZE_MARKER = "<!-- offline:size -->"
NOT_IN_COPY = ("_headers", "404.html")  # server configuration and error pages: no server here
NOT_IN_COPY_SUFFIXES = (".map",)  # source maps of Material's scripts: for developers, 0.3 MB

role = None  # "make": this build makes the copy; "copy": this build is the copy


def on_startup(command, dirty):
    global role
    if os.environ.get("SITE_OFFLINE") == "true":
        role = "copy"
    elif downloads_mode(command) == "full":
        role = "make"
    else:
        role = None


def on_config(config):
    if role == "copy":
        polyfills = [script for script in config.extra.get("polyfills", []) if "iframe-worker" not in str(script)]
        config.extra["polyfills"] = polyfills + [SHIM]
    config.extra["offline_copy"] = ZIP if role == "make" else None
    config.extra["in_offline_copy"] = role == "copy"  # templates leave out what file:// cannot do


@event_priority(-400)  # after pdf_export.py: the copy includes the PDFs
def on_post_build(config):
    if role != "make" or not is_last_post_build(config):
        return
    started = time.perf_counter()
    target = os.path.join(config.site_dir, ZIP)
    with tempfile.TemporaryDirectory() as temporary:
        copy = os.path.join(temporary, FOLDER)
        command = [sys.executable, "-m", "mkdocs", "build", "--quiet",
                   "--config-file", config.config_file_path, "--site-dir", copy]
        if config.strict:
            command.append("--strict")
        result = subprocess.run(command, capture_output=True, text=True,
                                env={**os.environ, "SITE_OFFLINE": "true", "SITE_PDF": "linked"})
        if result.returncode != 0:
            raise PluginError(f"offline copy: its build failed:\n{result.stdout}{result.stderr}")
        downloads = os.path.dirname(target)
        os.makedirs(os.path.join(copy, DOWNLOADS), exist_ok=True)
        for name in sorted(os.listdir(downloads)):
            if name.endswith(".pdf"):
                shutil.copy2(os.path.join(downloads, name), os.path.join(copy, DOWNLOADS, name))
        write_zip(copy, target)
    megabytes = max(1, round(os.path.getsize(target) / 1_000_000))
    pages = fill_in_size(config.site_dir, f"{megabytes} MB")
    if not pages:
        raise PluginError(f"offline copy: no page links it ({SIZE_MARKER} not found); "
                          "check overrides/partials/downloads.html")
    log.info(f"Offline copy written to {ZIP} ({megabytes} MB) in {time.perf_counter() - started:.1f} s")


def write_zip(folder: str, target: str):
    base = os.path.dirname(folder)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for directory, subdirectories, names in os.walk(folder):
            subdirectories[:] = sorted(name for name in subdirectories if name not in NOT_IN_COPY)
            for name in sorted(name for name in names
                               if name not in NOT_IN_COPY and not name.endswith(NOT_IN_COPY_SUFFIXES)):
                path = os.path.join(directory, name)
                archive.write(path, os.path.relpath(path, base))


def fill_in_size(site_dir: str, size: str) -> int:
    """Put the zip's size into the pages that link it; return how many."""
    count = 0
    for directory, _, names in os.walk(site_dir):
        for name in names:
            if not name.endswith(".html"):
                continue
            path = os.path.join(directory, name)
            with open(path, encoding="utf-8") as page:
                html = page.read()
            if SIZE_MARKER in html:
                with open(path, "w", encoding="utf-8") as page:
                    page.write(html.replace(SIZE_MARKER, size))
                count += 1
    return count
