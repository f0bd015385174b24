"""The Content-Security-Policy for the built site. Material puts a few small scripts
and an icon stylesheet inline; once the site is built, their sha256 hashes go into
the policy, which is written, with the other security headers, for nginx to include:
site/_headers/nginx-security.conf (see scripts/nginx/brochure.conf)."""

import base64
import hashlib
import os
import re
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from _i18n import is_last_post_build

log = get_plugin_logger("csp")

OUTPUT = "_headers/nginx-security.conf"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S)
INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def policy(site_dir: str) -> str:
    scripts, styles = set(), set()
    for path in Path(site_dir).rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        scripts.update(sha256(body) for body in INLINE_SCRIPT.findall(html))
        styles.update(sha256(body) for body in INLINE_STYLE.findall(html))
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(sorted(scripts)),
        "style-src 'self' " + " ".join(sorted(styles)),
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "media-src 'none'",
        "object-src 'none'",
        "frame-src 'none'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


@event_priority(-250)  # after every page, 404 and print view is written; before PDFs
def on_post_build(config):
    if not is_last_post_build(config):
        return
    target = os.path.join(config.site_dir, OUTPUT)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as out:
        out.write("# Written by overrides/hooks/security_headers.py for this build: include it\n"
                  "# in the server block (see scripts/nginx/brochure.conf).\n")
        out.write(f'add_header Content-Security-Policy "{policy(config.site_dir)}" always;\n')
        out.write('add_header Referrer-Policy "no-referrer" always;\n')
        out.write('add_header X-Content-Type-Options "nosniff" always;\n')
        out.write('add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), interest-cohort=()" always;\n')
