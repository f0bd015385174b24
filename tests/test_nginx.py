"""The sample nginx configuration (scripts/nginx/brochure.conf) for real: Debian's
nginx on 127.0.0.1 serves the built site under a sub-path with the build's
Content-Security-Policy; Chromium reports no CSP violation, and a script that got into
a page anyway (content cannot have one: the build refuses it) does not run; the 404
page is styled and its links work at any depth under two sub-paths, without SITE_URL."""

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from _chromium import search
from conftest import LOCALES, ROOT

PREFIX = "/intranet/school/brochure"
INSTALL = "apt-get install -y nginx"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_nginx(site: Path, runtime: Path, prefix: str = PREFIX):
    """Debian's nginx serving site under prefix with scripts/nginx/brochure.conf."""
    binary = shutil.which("nginx") or shutil.which("/usr/sbin/nginx")
    if binary is None:
        pytest.fail(f"nginx not found. Install it: {INSTALL}")
    port = free_port()
    config = (ROOT / "scripts/nginx/brochure.conf").read_text()
    for placeholder, value in (("@SITE@", str(site)), ("@PREFIX@", prefix),
                               ("@PORT@", str(port)), ("@RUNTIME@", str(runtime))):
        config = config.replace(placeholder, value)
    if os.geteuid() == 0:
        # As root nginx's workers would drop to "nobody", who cannot read pytest's
        # private temp dirs; a deployment sets its own user.
        config = "user root;\n" + config
    (runtime / "nginx.conf").write_text(config)
    process = subprocess.Popen([binary, "-c", str(runtime / "nginx.conf"), "-p", str(runtime),
                                "-g", "daemon off;"], stderr=subprocess.PIPE)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail(f"nginx did not start: {process.stderr.read().decode()}")
    try:
        yield f"http://127.0.0.1:{port}{prefix}/"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def nginx(site, tmp_path_factory):
    with running_nginx(site, tmp_path_factory.mktemp("nginx")) as url:
        yield url


def get(url):
    try:
        return urllib.request.urlopen(url, timeout=10)
    except urllib.error.HTTPError as error:
        return error


def test_pages_are_served_with_security_headers(nginx):
    response = get(nginx + "gevolgen/")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "'sha256-" in csp and "unsafe-inline" not in csp
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-cache"
    assert "Set-Cookie" not in response.headers


def test_assets_have_mime_types_and_caching(nginx, site):
    bundle = next((site / "assets" / "javascripts").glob("bundle.*.min.js")).name
    response = get(nginx + f"assets/javascripts/{bundle}")
    assert response.headers["Content-Type"].startswith("application/javascript")
    assert "max-age=2592000, immutable" in response.headers["Cache-Control"]
    assert response.headers["Content-Security-Policy"]
    icon = get(nginx + "assets/favicon.svg")
    assert icon.headers["Content-Type"].startswith("image/svg+xml")
    assert icon.headers["Cache-Control"] == "public, max-age=86400"
    css = get(nginx + "assets/stylesheets/site.css")
    assert css.headers["Content-Type"].startswith("text/css")
    assert get(nginx + "_headers/nginx-security.conf").status == 404
    assert get(nginx + "no-such-page/").status == 404


@pytest.mark.parametrize("locale", LOCALES)
def test_browser_reports_no_csp_violation(browser, nginx, locale):
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
