"""One shared build of the site per test run (the xdist workers share it), a static
server that serves it under a sub-path, and Debian's Chromium driven by Playwright."""

import fcntl
import functools
import json
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


def _commit_epoch() -> str:
    """The time of the checked-out commit: every test build is dated by it
    (SOURCE_DATE_EPOCH), so a build's date never depends on when the tests ran."""
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else "1764547200"


BUILD_EPOCH = _commit_epoch()
# The commit the test builds are made from (read before they start: a commit made while
# the tests run does not change what was built).
BUILD_COMMIT = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True).stdout.strip()


def run_build(site_dir: Path, docs_dir: Path | None = None, env: dict | None = None, engine: str = "mkdocs"):
    """engine: "mkdocs" (the default), or "properdocs", its maintained fork."""
    command = [sys.executable, "-m", engine, "build", "--strict", "--site-dir", str(site_dir)]
    config = ROOT / "mkdocs.yml"
    if docs_dir is not None:
        # A copy of the project with other docs: same config, hooks and overrides.
        command += ["--config-file", str(docs_dir.parent / "mkdocs.yml")]
        config = docs_dir.parent / "mkdocs.yml"
    return subprocess.run(
        command, cwd=config.parent, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": BUILD_EPOCH, **(env or {})},
    )


def copy_for_cli(tmp_path: Path) -> list[str]:
    """A copy of the project for commands that write files (scripts/translations.py
    stamp, import): returns the command that runs that copy's translations.py."""
    for name in ("docs", "scripts", "overrides", "translations"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return [sys.executable, str(tmp_path / "scripts/translations.py")]


def shared_build(tmp_path_factory, name: str, env: dict | None = None, engine: str = "mkdocs") -> Path:
    """A build made once per test run: the first worker to ask builds it under a file
    lock, the others wait and use it (or fail with its output)."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # one folder for all workers of this run
    site_dir, record = root / name, root / f"{name}.json"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            result = run_build(site_dir, env=env, engine=engine)
            record.write_text(json.dumps({"returncode": result.returncode,
                                          "output": result.stdout + result.stderr}))
    built = json.loads(record.read_text())
    assert built["returncode"] == 0, f"mkdocs build --strict failed ({name}):\n{built['output']}"
    return site_dir


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return shared_build(tmp_path_factory, "site")


@pytest.fixture(scope="session")
def site_with_url(tmp_path_factory):
    """A second build with SITE_URL set (HTML only): sitemaps, 404 pages, QR codes."""
    return shared_build(tmp_path_factory, "site-with-url",
                        {"SITE_URL": "https://school.example/intranet/brochure/", "SITE_PDF": "0"})


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


def record_failed_requests(page, failed: list):
    """Append every request that fails, and every error status, to failed. A request
    Chromium gave up on because the page navigated on (net::ERR_ABORTED: a late favicon
    or prefetch when the next goto starts) is not a failure of the site."""
    page.on("requestfailed", lambda request: request.failure != "net::ERR_ABORTED"
            and failed.append(f"{request.url} ({request.failure})"))
    page.on("response", lambda response: response.status >= 400 and failed.append(f"{response.url} ({response.status})"))


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
