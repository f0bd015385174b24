"""The image a shared link shows (og:image), one per language, drawn at build time by
the Chromium that prints the PDFs: the site's name and its home page's lead in the
language, right to left in Arabic, in the installed Noto faces; white on the site's
colour, large enough to read in a chat preview a third of this size. Only in the full
build (as the PDFs): with SITE_PDF=0 there is no image and share_cards.py names none."""

import asyncio
import html
import os
from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from _chromium import CHROMIUM, CHROMIUM_ARGS, require_chromium
from _downloads import downloads_mode
from _i18n import current_locale, is_last_post_build, text_direction
from _share import SHARE_IMAGE_SIZE, share_image_path
from share_cards import is_home

log = get_plugin_logger("share")

CARD = """<!doctype html><html lang="{lang}" dir="{dir}"><meta charset="utf-8"><style>
  html, body {{ margin: 0; width: {width}px; height: {height}px; }}
  body {{ box-sizing: border-box; padding: 72px 80px; background: #5c1a4a; color: #fff;
         font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans Devanagari", sans-serif;
         display: flex; flex-direction: column; justify-content: space-between; }}
  h1 {{ font-size: 80px; line-height: 1.2; margin: 0; font-weight: 700; }}
  p {{ font-size: 38px; line-height: 1.4; margin: 0; color: #f6e9f2; }}
  svg {{ width: 96px; height: 96px; color: #fff; }}
</style><body>{logo}<h1>{name}</h1><p>{lead}</p></body></html>"""

enabled = True
cards: dict[str, tuple[str, str]] = {}  # locale -> (site name, home page's lead), both HTML-escaped
LEAD_LENGTH = 120


def on_startup(command, dirty):
    global enabled
    enabled = downloads_mode(command) == "full"


@event_priority(-10)  # after share_cards.py has set the page's description
def on_page_context(context, page, config, nav):
    if is_home(page, config):
        lead = html.unescape(page.meta.get("description", ""))
        if len(lead) > LEAD_LENGTH:
            lead = lead[:LEAD_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
        cards[current_locale(config)] = (html.escape(config.site_name), html.escape(lead))
    return context


async def draw(site_dir: str, logo: str):
    from playwright.async_api import async_playwright

    width, height = SHARE_IMAGE_SIZE
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page(viewport={"width": width, "height": height})
            for locale, (name, lead) in sorted(cards.items()):
                await page.set_content(CARD.format(lang=locale, dir=text_direction(locale), width=width,
                                                   height=height, logo=logo, name=name, lead=lead))
                target = os.path.join(site_dir, share_image_path(locale))
                os.makedirs(os.path.dirname(target), exist_ok=True)
                await page.screenshot(path=target, type="png")
        finally:
            await browser.close()


@event_priority(-290)  # after the pages are written, before the PDFs (which need the browser too)
def on_post_build(config):
    if not is_last_post_build(config):
        return
    if enabled:
        require_chromium("Share images")
        logo = (Path(config.theme.custom_dir) / "assets" / "favicon.svg").read_text(encoding="utf-8")
        asyncio.run(draw(config.site_dir, logo))
        log.info(f"Share images drawn: {', '.join(share_image_path(locale) for locale in sorted(cards))}")
    cards.clear()
