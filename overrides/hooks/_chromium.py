"""Debian's Chromium for Playwright, and a quiet local static server: shared by the
PDF hook, scripts/accessibility.py, scripts/benchmark.py and the tests."""

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
