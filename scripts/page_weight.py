"""First-load weight of a page: what a phone pays on a first visit. Every response
Chromium receives until the network is idle, either as it arrived (on_the_wire: through
the sample nginx setup, response headers and compressed bodies, as Chromium counts
them), or as content only, text gzip-compressed at level 6 (any static server).
Shared by scripts/benchmark.py and the weight budget test (tests/test_page_weight.py)."""

import gzip
from contextlib import contextmanager

BUDGET_KIB = 100  # issue 7: every chapter page, every language, search and scripts kept
TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg")


@contextmanager
def responses(page, on_the_wire: bool = False):
    """Within the block, collect the bytes of every response page receives, by URL."""
    sizes = {}

    def record(response):
        if on_the_wire:
            received = response.request.sizes()
            # A response from the memory cache (the icon asked for twice) comes to 0.
            sizes[response.url] = sizes.get(response.url, 0) + max(
                0, received["responseHeadersSize"] + received["responseBodySize"])
            return
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


def first_load(page, url: str, on_the_wire: bool = False) -> dict[str, int]:
    """Load url in page (a Playwright page with an empty cache); return bytes by URL."""
    with responses(page, on_the_wire) as sizes:
        page.goto(url, wait_until="networkidle")
    return sizes


def kind_of(url: str) -> str:
    name = url.split("?")[0].rsplit("/", 1)[-1]
    if "/search/" in url or "/lunr/" in url or "/workers/search" in url:
        return "search"
    if name.endswith((".woff2", ".woff", ".ttf")):
        return "font"
    return name.rsplit(".", 1)[-1][:4] if "." in name else "html"
