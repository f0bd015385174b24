"""'Begin hier' at the top of every language's home page, and the brochure's safety rule
at the top of the chapter a worker opens before meeting parents (extra.start_here in
mkdocs.yml; partials/start-here.html lays them out).

The safety rule is the brochure's own: the danger callouts of extra.start_here.safety_from,
as built in the page's language (the Dutch, marked lang="nl", where that chapter is not
translated yet), linked to the section that explains them; the other entries are the
navigation's words (a section title, interface strings). Where the source has no danger
callout in a language, or the advice section is missing, the page goes without the
block: the checks of the source page report what broke it (an error here would abort
the build before they report), and tests/test_phone.py fails on the missing block."""

import re

from mkdocs.utils import get_relative_url

from _i18n import page_locale

DANGER = re.compile(r'<div class="admonition danger">\s*<p class="admonition-title">(.*?)</p>(.*?)</div>', re.S)
H2_ID = re.compile(r'<h2 id="([^"]+)"')


def name_of(page) -> str:
    return page.file.src_uri.split("/", 1)[-1]


def section_title(page, section_id: str) -> str | None:
    items = list(page.toc)
    while items:
        item = items.pop(0)
        if item.id == section_id:
            return item.title
        items += item.children
    return None


def on_page_context(context, page, config, nav):
    settings = config.extra.get("start_here") or {}
    if name_of(page) not in (settings.get("home"), settings.get("safety_on")):
        return context
    pages = {name_of(p): p for p in nav.pages}
    source = pages.get(settings["safety_from"])
    rules = list(DANGER.finditer(source.content or "")) if source else []
    if not rules:
        return context
    sections = [m for m in H2_ID.finditer(source.content) if m.start() < rules[0].start()]
    anchor = f"#{sections[-1].group(1)}" if sections else ""
    advice_name, _, advice_id = settings["advice"].partition("#")
    advice = pages.get(advice_name)
    advice_title = section_title(advice, advice_id) if advice else None
    if advice_title is None:
        return context
    lang = page_locale(source)
    page.meta["start_safety"] = {
        "title": rules[0].group(1),
        "body": "".join(rule.group(2).strip() for rule in rules),
        "lang": lang if lang != page_locale(page) else None,
        "url": get_relative_url(source.url, page.url) + anchor,
        "link": source.title,
        "advice": advice_title,
        "advice_url": get_relative_url(advice.url, page.url) + f"#{advice_id}",
    }
    return context
