"""First-load weight of a page: what a phone pays on a first visit. Every response
Chromium receives until the network is idle, text gzip-compressed at level 6 (as the
sample nginx config serves it), everything else as is. Shared by scripts/benchmark.py
and the weight budget test (tests/test_page_weight.py)."""

import gzip
from contextlib import contextmanager

BUDGET_KIB = 100  # issue 7: every chapter page, every language, search and scripts kept
TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg")


@contextmanager
def responses(page):
    """Within the block, collect the bytes of every response page receives, by URL."""
    sizes = {}

    def record(response):
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests carry no body
            return
        kind = response.headers.get("content-type", "")
        sizes[response.url] = len(gzip.compress(body, 6, mtime=0)) if kind.startswith(TEXT_TYPES) else len(body)

    page.on("response", record)
    try:
        yield sizes
    finally:
        page.remove_listener("response", record)


def first_load(page, url: str) -> dict[str, int]:
    """Load url in page (a Playwright page with an empty cache); return bytes by URL."""
    with responses(page) as sizes:
        page.goto(url, wait_until="networkidle")
    return sizes


def kind_of(url: str) -> str:
    name = url.split("?")[0].rsplit("/", 1)[-1]
    if "/search/" in url or "/lunr/" in url or "/workers/search" in url:
        return "search"
    if name.endswith((".woff2", ".woff", ".ttf")):
        return "font"
    return name.rsplit(".", 1)[-1][:4] if "." in name else "html"
