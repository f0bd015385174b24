"""Render PDFs with headless Chromium (Playwright) once the whole site is built, into
site/downloads/: each locale's print view (praten-over-shame-sexting-<locale>.pdf),
its parent handout (handout-<locale>.pdf) and, for the other locales, the bilingual
handout with Dutch (handout-nl-<locale>.pdf). Handouts are laid out on their A4 sheet
first (_handout_layout.py: one page, the bilingual one or two). Chromium's tagged PDF is
then corrected with pikepdf: its text for readers' tools (_pdf_actual_text.py), its
bookmarks (_pdf_outline.py) and each passage's language (_pdf_languages.py).

Every page links its language's PDF (partials/downloads.html), so a build without
PDFs must say so: set SITE_PDF=0 (scripts/build --html-only) to build HTML only,
which also drops the links. `mkdocs serve` skips PDFs. Without Chromium the build
stops with the command that installs it; a page that fails to load, or any of its
requests that fails, fails the build, naming which. (Fonts are the installed Noto
faces, by name in print.css: nothing to download; tests/test_fonts.py checks the PDFs.)"""

import asyncio
import os
import time

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from _chromium import CHROMIUM, CHROMIUM_ARGS, require_chromium, serve
from _downloads import DOWNLOADS, downloads_mode
from _handout_layout import fit_handout
from _pdf_actual_text import one_actual_text_per_run
from _pdf_languages import BLOCK_LANGUAGES, tag_languages
from _pdf_outline import HEADINGS, outline_titles
from _i18n import build_locales, default_locale, is_last_post_build, locale_url_prefix

log = get_plugin_logger("pdf")

FOOTER = ('<div style="width:100%;font-size:8pt;text-align:center;color:#444;'
          'font-family:\'Noto Sans\'"><span class="pageNumber"></span> / <span class="totalPages"></span></div>')

PARALLEL_PAGES = 2
laid_out = {}  # handout PDF name -> {size, pages}, said once the PDFs are written
HANDOUT = ("handout", "bilingual handout")  # the start of a handout's `what`
enabled = linked = True


def pdf_name(locale: str) -> str:
    return f"praten-over-shame-sexting-{locale}.pdf"


def on_startup(command, dirty):
    global enabled, linked
    mode = downloads_mode(command)
    enabled = mode == "full"
    linked = mode != "none"  # "linked": the offline copy's build; the full build copies them in


def on_config(config):
    # Templates link the PDFs only when they will exist.
    config.extra["pdf_downloads"] = linked
    config.extra["pdf_path"] = f"{DOWNLOADS}/praten-over-shame-sexting-"


def documents(config) -> list[tuple[str, str, str]]:
    """(page path in the site, PDF file name, what) for every PDF to make."""
    default = default_locale(config)
    out = []
    for locale in build_locales(config):
        prefix = locale_url_prefix(locale, config)
        out.append((f"{prefix}print/", pdf_name(locale), f"brochure ({locale})"))
        if os.path.exists(os.path.join(config.site_dir, prefix, "handout", "index.html")):
            out.append((f"{prefix}handout/", f"handout-{locale}.pdf", f"handout ({locale})"))
        if os.path.exists(os.path.join(config.site_dir, prefix, "handout-tweetalig", "index.html")):
            out.append((f"{prefix}handout-tweetalig/", f"handout-{default}-{locale}.pdf",
                        f"bilingual handout ({default} + {locale})"))
    return out


async def render(context, url: str, target: str, what: str):
    page = await context.new_page()
    failed = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    try:
        response = await page.goto(url, wait_until="load")
        if response is None or not response.ok:
            raise PluginError(f"PDF {what}: {url} did not load ({response and response.status}).")
        await page.emulate_media(media="print")
        if failed:
            raise PluginError(f"PDF {what}: requests failed: {failed}")
        if what.startswith(HANDOUT):
            try:
                layout = await fit_handout(page)
            except ValueError as error:
                raise PluginError(f"PDF {what}: {error} (docs/.../handout.md).") from None
            laid_out[os.path.basename(target)[:-len(".pdf")]] = layout
        headings = await page.evaluate(HEADINGS)
        blocks = await page.evaluate(BLOCK_LANGUAGES)
        await page.pdf(path=target, format="A4", print_background=True, tagged=True, outline=True,
                       display_header_footer=True, header_template="<span></span>", footer_template=FOOTER,
                       margin={"top": "16mm", "bottom": "18mm", "left": "16mm", "right": "16mm"})
        one_actual_text_per_run(target)
        for fix, layout, module in ((outline_titles, headings, "_pdf_outline.py"),
                                    (tag_languages, blocks, "_pdf_languages.py")):
            try:
                fix(target, layout)
            except ValueError as error:
                raise PluginError(f"PDF {what}: {error}: Chromium's tagged PDF changed, "
                                  f"see overrides/hooks/{module}.") from None
    finally:
        await page.close()


async def render_all(base: str, jobs: list[tuple[str, str, str]], site_dir: str):
    """Two pages at a time in one browser context (shared cache): on two cores this
    halves the time of rendering one after another."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context()
            slots = asyncio.Semaphore(PARALLEL_PAGES)

            async def job(path, name, what):
                async with slots:
                    await render(context, base + path, os.path.join(site_dir, DOWNLOADS, name), what)

            await asyncio.gather(*(job(*document) for document in jobs))
        finally:
            await browser.close()


@event_priority(-300)  # after every other post_build hook has written its files
def on_post_build(config):
    if not is_last_post_build(config):
        return
    if not enabled:
        if not linked:
            log.info("PDFs not built (HTML only): pages carry no PDF links.")
        return
    require_chromium("PDFs")
    started = time.perf_counter()
    os.makedirs(os.path.join(config.site_dir, DOWNLOADS), exist_ok=True)
    server = serve(config.site_dir)
    try:
        asyncio.run(render_all(f"http://127.0.0.1:{server.server_address[1]}/", documents(config), config.site_dir))
    finally:
        server.shutdown()
    log.info(f"PDFs written to {DOWNLOADS}/ in {time.perf_counter() - started:.1f} s")
    log.info("Handouts laid out (body size): " + ", ".join(
        f"{name} {layout['size']:g} pt" + (f" on {layout['pages']} pages" if layout["pages"] > 1 else "")
        for name, layout in sorted(laid_out.items())))
    laid_out.clear()
