"""Say on each translated page, in its language, that it is a draft (not yet checked
by a native speaker) or that the Dutch text has changed since it was translated.
The state comes from the page's front matter (see _translation.py), or from the
page named by `translation_of` for a page built from it."""

from pathlib import Path

from _i18n import current_locale, default_locale, page_locale
from _translation import page_state


def on_page_context(context, page, config, nav):
    locale = current_locale(config)
    if locale == default_locale(config) or page_locale(page) != locale:
        return context  # Dutch source, or a fallback page (main.html says so)
    # A page built from a translated page (the bilingual handout) names it.
    name = page.meta.get("translation_of") or page.file.src_uri.split("/", 1)[1]
    state = page_state(Path(config.docs_dir), default_locale(config), locale, name)
    context["translation_state"] = state.state
    return context
