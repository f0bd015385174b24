"""One shared build of the site per test session, a static server that serves it
under a sub-path, and Debian's Chromium driven by Playwright."""

import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from _chromium import CHROMIUM, CHROMIUM_ARGS, INSTALL_CHROMIUM, QuietHandler, serve  # noqa: E402

LOCALES = ["nl", "tr", "ar", "srn", "hi"]
DEFAULT_LOCALE = "nl"
SUB_PATH = "/intranet/school/brochure/"
# Letters of the scripts that are not Latin, to tell a page's language in a PDF.
SCRIPT = {"ar": re.compile(r"[\u0600-\u06FF]"), "hi": re.compile(r"[\u0900-\u097F]")}


def page_names() -> list[str]:
    """Page slugs in nav order ('index' first)."""
    from translations import read_mkdocs_config

    return [entry[:-3] for entry in read_mkdocs_config()["nav"]]


def in_print_view(name: str) -> bool:
    """Pages say `print_view: false` in their front matter to stay out of the print
    view (and so out of the PDF)."""
    if name == "print":
        return False
    text = (ROOT / "docs" / DEFAULT_LOCALE / f"{name}.md").read_text(encoding="utf-8")
    return "\nprint_view: false\n" not in text


def run_build(site_dir: Path, docs_dir: Path | None = None, env: dict | None = None):
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    config = ROOT / "mkdocs.yml"
    if docs_dir is not None:
        # A copy of the project with other docs: same config, hooks and overrides.
        command += ["--config-file", str(docs_dir.parent / "mkdocs.yml")]
        config = docs_dir.parent / "mkdocs.yml"
    return subprocess.run(
        command, cwd=config.parent, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )


def copy_for_cli(tmp_path: Path) -> list[str]:
    """A copy of the project for commands that write files (scripts/translations.py
    stamp, import): returns the command that runs that copy's translations.py."""
    for name in ("docs", "scripts", "overrides", "translations"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return [sys.executable, str(tmp_path / "scripts/translations.py")]


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    result = run_build(site_dir)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    return site_dir


@pytest.fixture(scope="session")
def site_with_url(tmp_path_factory):
    """A second build with SITE_URL set (HTML only): sitemaps, 404 pages, QR codes."""
    site = tmp_path_factory.mktemp("site-with-url")
    result = run_build(site, env={"SITE_URL": "https://school.example/intranet/brochure/",
                                  "SITE_PDF": "0"})
    assert result.returncode == 0, result.stdout + result.stderr
    return site


INSTALL_NODE_TOOLS = "npm ci --ignore-scripts (in the project root; node and npm needed)"
INSTALL_JAVA = "apt-get install -y default-jre-headless"


def node_tool(relative: str) -> Path:
    """A checker installed by npm from package-lock.json (node_modules/...); missing,
    the test fails with the command that installs it."""
    path = ROOT / "node_modules" / relative
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} not found. Install the checkers: {INSTALL_NODE_TOOLS}")
    return path


def locale_root(site: Path, locale: str) -> Path:
    return site if locale == DEFAULT_LOCALE else site / locale


def page_file(site: Path, locale: str, name: str) -> Path:
    root = locale_root(site, locale)
    return root / "index.html" if name == "index" else root / name / "index.html"


@functools.lru_cache(maxsize=None)
def _soup(path: str) -> BeautifulSoup:
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "lxml")


def soup_of(path: Path) -> BeautifulSoup:
    """Parsed once per session and shared: read it, never change it."""
    return _soup(str(path))


def all_html(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


class _SubPathHandler(QuietHandler):
    """Serves the site only under SUB_PATH, like a school intranet; records 404s."""

    not_found: list

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(SUB_PATH):
            return "/nonexistent"
        return super().translate_path("/" + path[len(SUB_PATH):])

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            self.not_found.append(self.path)
        super().send_error(code, message, explain)


@pytest.fixture(scope="session")
def server(site):
    """Base URL of the site served under a sub-path on 127.0.0.1."""
    handler = type("Handler", (_SubPathHandler,), {"not_found": []})
    httpd = serve(site, handler)
    httpd.not_found = handler.not_found
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}{SUB_PATH}"
    httpd.shutdown()


@pytest.fixture(scope="session")
def base_url(server) -> str:
    return server[1]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.fail(f"Chromium not found at {CHROMIUM}. Install it: {INSTALL_CHROMIUM} "
                    "(or set CHROMIUM to a Chromium/Chrome binary).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
