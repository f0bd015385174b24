"""The sample nginx setup (scripts/nginx/) for real, in both forms: the drop-in
brochure-location.conf included in an existing server, and the full sample server.
Debian's nginx on 127.0.0.1 serves the built site under a sub-path; the sub-path without
its slash redirects; the security headers go with pages only; Chromium reports no CSP
violation, and a script that got into a page anyway (content cannot have one: the build
refuses it) does not run; the 404 page is styled and its links work at any depth under
two sub-paths, without SITE_URL."""

import contextlib
import gzip
import re
import shutil
import urllib.request
from pathlib import Path

import pytest

import sample_server
from _chromium import search
from conftest import LOCALES, ROOT

PREFIX = "/intranet/school/brochure"


@contextlib.contextmanager
def running_nginx(site: Path, runtime: Path, prefix: str = PREFIX, form: str = "drop-in"):
    try:
        with sample_server.running_nginx(site, runtime, prefix, form) as url:
            yield url
    except (RuntimeError, ValueError) as error:
        pytest.fail(str(error))


@pytest.fixture(scope="module", params=sample_server.FORMS)
def nginx(request, site, tmp_path_factory):
    with running_nginx(site, tmp_path_factory.mktemp("nginx"), form=request.param) as url:
        yield url


@pytest.fixture(scope="module")
def nginx_drop_in(site, tmp_path_factory):
    with running_nginx(site, tmp_path_factory.mktemp("nginx-drop-in")) as url:
        yield url


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def get(url, **headers):
    """The response, without following redirects."""
    try:
        return urllib.request.build_opener(NoRedirect).open(urllib.request.Request(url, headers=headers), timeout=10)
    except urllib.error.HTTPError as error:
        return error


SECURITY = ("Content-Security-Policy", "Referrer-Policy", "Permissions-Policy")


def test_every_placeholder_of_the_samples_is_named_at_their_top():
    for name in ("brochure-location.conf", "brochure.conf"):
        text = (ROOT / "scripts/nginx" / name).read_text()
        lines = text.splitlines()
        head = "\n".join(lines[:next(i for i, line in enumerate(lines) if not line.startswith("#"))])
        used = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
        for placeholder in set(sample_server.PLACEHOLDER.findall(used)):
            assert re.search(rf"^#\s+{placeholder}\s", head, re.M), \
                f"{name}: {placeholder} is used but not explained in the comment at its top"


def test_the_sub_path_without_its_slash_redirects_to_the_site(nginx):
    response = get(nginx.rstrip("/"))
    assert response.status == 301
    assert response.headers["Location"] == PREFIX + "/"


def test_the_drop_in_leaves_the_existing_server_alone(site, tmp_path):
    with running_nginx(site, tmp_path, form="drop-in") as url:
        school = get(url.split(PREFIX)[0] + "/")
        assert school.status == 200 and b"Intranet" in school.read()
        assert "Content-Security-Policy" not in school.headers


def test_pages_are_served_with_security_headers(nginx):
    response = get(nginx + "gevolgen/")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "'sha256-" in csp and "unsafe-inline" not in csp
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-cache"
    assert "Set-Cookie" not in response.headers
    for path in ("", "tr/gevolgen/", "ar/no-such-page/"):
        response = get(nginx + path)
        assert all(response.headers[name] for name in SECURITY), path


def test_assets_have_mime_types_and_caching_and_no_page_headers(nginx, site):
    bundle = next((site / "assets" / "javascripts").glob("bundle.*.min.js")).name
    response = get(nginx + f"assets/javascripts/{bundle}")
    assert response.headers["Content-Type"].startswith("application/javascript")
    assert "max-age=2592000, immutable" in response.headers["Cache-Control"]
    icon = get(nginx + "assets/favicon.svg")
    assert icon.headers["Content-Type"].startswith("image/svg+xml")
    assert icon.headers["Cache-Control"] == "public, max-age=86400"
    css = get(nginx + "assets/stylesheets/site.css")
    assert css.headers["Content-Type"].startswith("text/css")
    pdf = get(nginx + "downloads/" + next((site / "downloads").glob("*.pdf")).name)
    assert pdf.headers["Content-Type"] == "application/pdf" and pdf.headers["Cache-Control"] == "no-cache"
    index = get(nginx + "tr/search/search_index.json")
    assert index.headers["Content-Type"].startswith("application/json")
    # The security headers are for pages: sending the policy with every asset cost a
    # phone about 1 KiB per response.
    for response in (response, icon, css, pdf, index):
        assert not [name for name in SECURITY if name in response.headers], response.url
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert get(nginx + "_headers/nginx-security.conf").status == 404
    assert get(nginx + "no-such-page/").status == 404


def test_text_is_gzipped_at_level_6(nginx, site):
    """The page weights in the README and tests/test_page_weight.py assume level 6."""
    bundle = next((site / "assets" / "javascripts").glob("bundle.*.min.js"))
    response = get(nginx + f"assets/javascripts/{bundle.name}", **{"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in response.headers["Vary"]
    sent, raw = len(response.read()), bundle.read_bytes()
    assert gzip.decompress(get(nginx + f"assets/javascripts/{bundle.name}",
                               **{"Accept-Encoding": "gzip"}).read()) == raw
    # Level 1 (nginx's default) leaves the bundle about 6 KiB larger than level 6.
    assert abs(sent - len(gzip.compress(raw, 6))) < abs(sent - len(gzip.compress(raw, 1))), sent


@pytest.mark.parametrize("locale", LOCALES)
def test_browser_reports_no_csp_violation(browser, nginx_drop_in, locale):
    """In Chromium, through the drop-in (the full sample serves the same locations)."""
    nginx = nginx_drop_in
    context = browser.new_context()
    page = context.new_page()
    violations, errors = [], []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                         "(window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI))")
    prefix = "" if locale == "nl" else f"{locale}/"
    for path in ("", "gevolgen/", "begrippenlijst/", "print/", "handout/"):
        page.goto(nginx + prefix + path)
        page.wait_for_load_state("networkidle")
        violations += page.evaluate("window.__csp || []")
    search(page, "ouders")
    violations += page.evaluate("window.__csp || []")
    context.close()
    assert not violations, violations
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_a_script_that_slipped_into_a_page_is_not_in_the_policy_and_does_not_run(browser, site, tmp_path):
    """The policy allows the templates' own inline scripts, never one found in a page."""
    import material

    from security_headers import policy, template_scripts, write_headers

    copy = tmp_path / "site"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns("downloads"))
    page_path = copy / "tr/gevolgen/index.html"
    injected = "window.__injected = true"
    html = page_path.read_text(encoding="utf-8")
    page_path.write_text(html.replace("</article>", f"<script>{injected}</script></article>", 1), encoding="utf-8")
    templates = (str(ROOT / "overrides"), str(Path(material.__file__).parent / "templates"))
    csp, unknown = policy(str(copy), template_scripts(templates))
    assert list(unknown) == ["tr/gevolgen/index.html"] and unknown["tr/gevolgen/index.html"] == [injected]
    write_headers(str(copy), csp)
    (tmp_path / "runtime").mkdir()
    with running_nginx(copy, tmp_path / "runtime") as url:
        context = browser.new_context()
        page = context.new_page()
        page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                             "(window.__csp = window.__csp || []).push(e.violatedDirective))")
        page.goto(url + "tr/gevolgen/")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__injected") is None  # blocked
        assert "script-src-elem" in page.evaluate("window.__csp || []")
        assert page.evaluate("typeof __md_scope") == "object"  # Material's own inline script ran
        context.close()


NOT_FOUND = {"nl": "Pagina niet gevonden", "tr": "Sayfa bulunamadı", "ar": "الصفحة غير موجودة"}


@pytest.mark.parametrize("prefix", [PREFIX, "/kis"])
def test_not_found_page_is_styled_with_working_links_under_any_sub_path(browser, site, tmp_path, prefix):
    """The build has no SITE_URL: the 404 page learns the sub-path from the server."""
    assert '<base href="/">' in (site / "404.html").read_text(encoding="utf-8")
    with running_nginx(site, tmp_path, prefix) as url:
        context = browser.new_context(viewport={"width": 390, "height": 844})
        page = context.new_page()
        failed = []
        page.on("response", lambda r: r.status >= 400 and r.url.rstrip("/") not in missing and failed.append(r.url))
        for locale, path in (("nl", "no-such-page/"), ("tr", "tr/a/b/no-such-page"), ("ar", "ar/gevolgen/nope.html")):
            missing = [url + path.rstrip("/")]
            response = page.goto(url + path)
            assert response.status == 404
            page.wait_for_load_state("networkidle")
            assert page.locator("html").get_attribute("lang") == locale
            assert page.locator("h1").inner_text() == NOT_FOUND[locale]
            header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
            assert header == "rgb(92, 26, 74)", f"{locale}: not styled ({header})"
            home = url + ("" if locale == "nl" else f"{locale}/")
            links = page.eval_on_selector_all("article a[href], .md-header a[href], .md-nav a[href]", "as => as.map(a => a.href)")
            assert home in links
            for link in {link.split("#")[0] for link in links if link.startswith(url)}:
                assert get(link).status == 200, f"{locale}: {link}"
            assert page.locator("article p a").evaluate("a => a.href") == home
        assert not failed, failed
        context.close()
        context = browser.new_context()  # search's input in the header at desktop width
        page = context.new_page()
        page.goto(url + "tr/nope/")
        assert search(page, "anne"), "search on the 404 page finds nothing"
        context.close()
