"""The Content-Security-Policy for the built site, written with the other security
headers for nginx to include: site/_headers/nginx-security.conf (see
scripts/nginx/brochure.conf).

Material puts a few small scripts inline. The policy allows exactly the inline scripts
the templates themselves ship (Material's and overrides/: every <script> without src
in their source, its Jinja expressions standing for the page's values such as the
path to the site root): the hash of each one found in the built pages goes into the
policy. An inline script in a built page that is none of these (content cannot have
one: content_safety.py) is an error naming the page, and is not allowed by the policy.
Inline styles (Material's icon variables) are hashed as found; content cannot have a
<style> either."""

import base64
import functools
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
JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
# What a Jinja expression inside a template's script may render to: a path or URL,
# never a quote, a tag or an escape.
JINJA_VALUE = r"[^\"'<>\\`;]*"


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@functools.lru_cache(maxsize=None)
def template_scripts(directories: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """One pattern per inline script of the templates in these directories."""
    patterns = set()
    for directory in directories:
        for path in Path(directory).rglob("*.html"):
            source = path.read_text(encoding="utf-8")
            for body in INLINE_SCRIPT.findall(source):
                literal = [re.escape(part) for part in JINJA.split(body)]
                patterns.add(JINJA_VALUE.join(literal))
    return tuple(re.compile(pattern, re.S) for pattern in sorted(patterns))


def theme_directories(config) -> tuple[str, ...]:
    return tuple(str(directory) for directory in config.theme.dirs)


def policy(site_dir: str, allowed: tuple[re.Pattern, ...]) -> tuple[str, dict[str, list[str]]]:
    """(the policy, {built page: inline scripts that no template ships})."""
    scripts, styles, unknown = set(), set(), {}
    for path in sorted(Path(site_dir).rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        for body in INLINE_SCRIPT.findall(html):
            if any(pattern.fullmatch(body) for pattern in allowed):
                scripts.add(sha256(body))
            else:
                unknown.setdefault(os.path.relpath(path, site_dir), []).append(body)
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
    ]), unknown


def write_headers(site_dir: str, csp: str):
    target = os.path.join(site_dir, OUTPUT)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as out:
        out.write("# Written by overrides/hooks/security_headers.py for this build: include it\n"
                  "# in the server block (see scripts/nginx/brochure.conf).\n")
        out.write(f'add_header Content-Security-Policy "{csp}" always;\n')
        out.write('add_header Referrer-Policy "no-referrer" always;\n')
        out.write('add_header X-Content-Type-Options "nosniff" always;\n')
        out.write('add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), interest-cohort=()" always;\n')


@event_priority(-250)  # after every page, 404 and print view is written; before PDFs
def on_post_build(config):
    if not is_last_post_build(config):
        return
    csp, unknown = policy(config.site_dir, template_scripts(theme_directories(config)))
    for page, bodies in unknown.items():
        log.error(f"site/{page}: an inline <script> that no template ships ('{bodies[0].strip()[:40]}') — "
                  "the Content-Security-Policy does not allow it: find the text it comes from (a page, the "
                  "term base, an interface string) and remove it.")
    write_headers(config.site_dir, csp)
