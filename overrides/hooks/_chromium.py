"""Debian's Chromium for Playwright, a quiet local static server, and Material's search
driven as a reader does: shared by the PDF hook, scripts/accessibility.py,
scripts/benchmark.py and the tests."""

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium tries Google's hosts at start.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
INSTALL_CHROMIUM = "apt-get update && apt-get install -y chromium fonts-noto-core"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: str, handler=QuietHandler) -> ThreadingHTTPServer:
    """Serve a directory on 127.0.0.1 on a free port, in a background thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# True once Material's search has answered the query: its status line no longer says
# "initialising" (the text it had when search opened) or "type to start searching".
SEARCH_ANSWERED = """(initialising) => {
  const config = JSON.parse(document.getElementById('__config').textContent);
  const status = document.querySelector('.md-search-result__meta').textContent.trim();
  return status !== initialising && status !== config.translations['search.result.placeholder'];
}"""


def search(page, word: str, timeout: int = 15000):
    """Open search on a Playwright page, type word, and wait for the answer (results
    or none); search loads when opened (search-on-demand.js), so this includes that."""
    query = page.locator("input.md-search__input")
    query.click()
    initialising = page.locator(".md-search-result__meta").text_content().strip()
    query.fill(word)
    query.press("End")  # text typed by Playwright (Arabic) fires no keyup; a real key does
    page.wait_for_function(SEARCH_ANSWERED, arg=initialising, timeout=timeout)
