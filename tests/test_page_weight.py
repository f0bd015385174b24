"""Weight budget (issue 7): the first load of every page in the navigation, in every
language, fits in BUDGET_KIB (the print view, the whole brochure on one page, is
exempt): all requests, fresh browser, as a phone receives them through the sample nginx
setup (scripts/nginx/brochure-location.conf): response headers and gzipped text. Search
stays (it loads when the reader opens it) and no page downloads a font. Bytes are
deterministic, so the budget is a test; times are measured by scripts/benchmark.

Pages of a language share their scripts, styles and images, so Chromium measures the
page with the largest HTML plus any page that loads something the others do not."""

import gzip
import posixpath

import pytest

from _chromium import search
from benchmark import SEARCH_WORD
from conftest import LOCALES, locale_root, page_file, page_names, soup_of
from page_weight import BUDGET_KIB, first_load, kind_of
from test_nginx import running_nginx

ASSETS = "script[src], link[rel~=stylesheet][href], link[rel~=icon][href], img[src], source[src], video[src]"


def url_of(base_url: str, locale: str, name: str) -> str:
    prefix = "" if locale == "nl" else f"{locale}/"
    return base_url + prefix + ("" if name == "index" else f"{name}/")


def assets_of(site, path) -> frozenset[str]:
    """Site-relative paths of what the page's HTML makes the browser fetch."""
    folder = path.parent.relative_to(site).as_posix()
    return frozenset(posixpath.normpath(posixpath.join(folder, element.get("src") or element.get("href")))
                     for element in soup_of(path).select(ASSETS))


def pages_to_measure(site, locale) -> list[str]:
    paths = {name: page_file(site, locale, name) for name in page_names() if name != "print"}
    heaviest = max(paths, key=lambda name: len(gzip.compress(paths[name].read_bytes(), 6, mtime=0)))
    shared = assets_of(site, paths[heaviest])
    return [heaviest] + [name for name, path in paths.items() if not assets_of(site, path) <= shared]


@pytest.fixture(scope="module")
def nginx(site, tmp_path_factory):
    with running_nginx(site, tmp_path_factory.mktemp("nginx-weight")) as url:
        yield url


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_fits_the_first_load_budget(browser, nginx, site, locale):
    assert locale_root(site, locale).is_dir()
    measured = {}
    for name in pages_to_measure(site, locale):
        context = browser.new_context()  # a first visit: empty cache
        sizes = first_load(context.new_page(), url_of(nginx, locale, name), on_the_wire=True)
        context.close()
        kinds = {}
        for url, size in sizes.items():
            kinds[kind_of(url)] = kinds.get(kind_of(url), 0) + size
        measured[name] = {kind: round(size / 1024, 1) for kind, size in sorted(kinds.items())}
        eager = [url.rsplit("/", 1)[-1] for url in sizes if kind_of(url) in ("search", "font")]
        assert not eager, f"{name}: search or fonts loaded before the reader asked: {eager}"
        assert sum(sizes.values()) <= BUDGET_KIB * 1024, \
            f"{locale} {name}: first load {sum(sizes.values()) / 1024:.1f} KiB > {BUDGET_KIB} KiB: {measured[name]}"
    print(locale, measured)


def test_search_loads_when_opened_and_finds(page, base_url):
    sizes = first_load(page, base_url + "hi/gevolgen/")
    assert not [url for url in sizes if kind_of(url) == "search"]
    loaded = []
    page.on("request", lambda request: loaded.append(request.url.rsplit("/", 1)[-1]))
    search(page, SEARCH_WORD["hi"])
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    assert "search_index.json" in loaded and "wordcut.js" in loaded
    assert any(name.startswith("search.") and name.endswith(".js") for name in loaded)
