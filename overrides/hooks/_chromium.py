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


def require_chromium(what: str):
    """Stop the build with the command that installs Chromium when it is missing."""
    import shutil

    from mkdocs.exceptions import PluginError

    if shutil.which(CHROMIUM) is None:
        raise PluginError(
            f"{what} need Chromium, not found at {CHROMIUM}. Install it: {INSTALL_CHROMIUM} "
            "(or set CHROMIUM=/path/to/chromium), or build HTML only: scripts/build --html-only")


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
SEARCH_CLEARED = """() => {
  const config = JSON.parse(document.getElementById('__config').textContent);
  const status = document.querySelector('.md-search-result__meta').textContent.trim();
  return status === config.translations['search.result.placeholder'];
}"""
# Text that arrives at once, with one "input" event and no key event: a paste,
# dictation, autocomplete, some virtual keyboards.
PASTE = """(word) => {
  const query = document.querySelector('input.md-search__input');
  query.value = word;
  query.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste', data: word}));
}"""
# Installed before a page loads (context.add_init_script), it counts the queries sent to
# Material's search worker and the answers back, and notes the text in the search box
# when each query went out, so search() knows when the answer to the whole query (not
# to the letters typed so far) has arrived instead of waiting for the results to stay still.
TRACK_SEARCH = """(() => {
  const Native = window.Worker;
  window.__search = {sent: 0, answered: 0, lastQuery: null};
  window.Worker = function (url, options) {
    const worker = new Native(url, options);
    const post = worker.postMessage.bind(worker);
    worker.postMessage = message => {
      if (message && message.type === 2) {
        window.__search.sent++;
        window.__search.lastQuery = document.querySelector('input.md-search__input').value;
      }
      post(message);
    };
    worker.addEventListener('message', event => { if (event.data && event.data.type === 3) window.__search.answered++; });
    return worker;
  };
  window.Worker.prototype = Native.prototype;
})();"""
ANSWERED_ALL = """async (word) => {
  const answered = () => window.__search.sent > 0 && window.__search.sent === window.__search.answered
    && window.__search.lastQuery === word.normalize('NFC');
  if (!answered()) return false;
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return answered();
}"""
RESULTS = """() => [...document.querySelectorAll('.md-search-result__list > .md-search-result__item')]
  .map(item => item.querySelector('a.md-search-result__link').href)"""


def search(page, word: str, timeout: int = 15000, how: str = "type") -> list[str]:
    """Open search on a Playwright page, enter word and wait for the answer (results or
    none); search loads when opened (search-on-demand.js), so this includes that.
    how="type": key by key, as a keyboard does (characters without a key on a US
    layout, Arabic or Devanagari, arrive as text input); how="paste": all at once,
    without key events. Returns the result links, best first (one per page)."""
    query = page.locator("input.md-search__input")
    if not page.evaluate("document.getElementById('__search').checked"):
        query.click()
    if query.input_value():
        page.evaluate(PASTE, "")
    page.wait_for_function(SEARCH_CLEARED, timeout=timeout)  # also: search has loaded
    cleared = page.locator(".md-search-result__meta").text_content().strip()
    if how == "paste":
        page.evaluate(PASTE, word)
    else:
        query.press_sequentially(word)
    # Every key has reached the page (under load the last ones can lag behind).
    page.wait_for_function("(word) => document.querySelector('input.md-search__input').value"
                           " === word.normalize('NFC')", arg=word, timeout=timeout)
    page.wait_for_function(SEARCH_ANSWERED, arg=cleared, timeout=timeout)
    if page.evaluate("typeof window.__search !== 'undefined'"):
        page.wait_for_function(ANSWERED_ALL, arg=word, timeout=timeout)
        return page.evaluate(RESULTS)
    # Typed, each key searches: wait until the answer to the last one stays.
    results, deadline = page.evaluate(RESULTS), timeout
    while deadline > 0:
        page.wait_for_timeout(150)
        deadline -= 150
        again = page.evaluate(RESULTS)
        if again == results:
            return results
        results = again
    return results
