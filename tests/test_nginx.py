"""The sample nginx configuration (scripts/nginx/brochure.conf) for real: Debian's
nginx on 127.0.0.1 serves the built site under a sub-path with the build's
Content-Security-Policy; Chromium reports no CSP violation."""

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


@pytest.fixture(scope="module")
def nginx(site, tmp_path_factory):
    binary = shutil.which("nginx") or shutil.which("/usr/sbin/nginx")
    if binary is None:
        pytest.fail(f"nginx not found. Install it: {INSTALL}")
    runtime = tmp_path_factory.mktemp("nginx")
    port = free_port()
    config = (ROOT / "scripts/nginx/brochure.conf").read_text()
    for placeholder, value in (("@SITE@", str(site)), ("@PREFIX@", PREFIX),
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
    yield f"http://127.0.0.1:{port}{PREFIX}/"
    process.terminate()
    process.wait(timeout=10)


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
