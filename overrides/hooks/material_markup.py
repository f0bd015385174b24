"""Material's own markup, made valid HTML (W3C Nu Html Checker) and clean for IBM's
Equal Access checker, where its templates cannot be overridden in parts (base.html
has no block around these elements, nav-item.html is one macro). One job: repair
Material's markup; every repair says which check it answers.

- Toggles: Material opens its drawer, search and phone table of contents with hidden
  checkboxes (`#__drawer`, `#__search`, `#__toc`) and `<label for>` around them. Such
  a label has no text, is not focusable, and points at a control nobody can see
  (IBM label_ref_valid, label_content_exists, form_label_unique; Nu: a label for a
  missing `#__toc` on pages outside the navigation). The header's two labels become
  buttons with a name and `aria-expanded`; the others (overlays, drawer and contents
  titles, the phone "contents" entry) become plain elements (the header keeps a
  hidden, empty `<label for="__search">`: Material's bundle needs to find one). All keep Material's
  classes and say which checkbox they toggle in `data-md-for`:
  assets/javascripts/toggles.js clicks it, assets/stylesheets/toggles.css carries
  Material's `[for=__…]` rules over.
- `autocomplete="off"` on those checkboxes (Nu: not allowed on a checkbox); toggles.js
  clears a state the browser restored instead.
- The skip link and the announce banner (the quick exit link) move into the header,
  the banner landmark, in the same order (IBM aria_content_in_landmark; the banner's
  `<aside>`, then inside a landmark, would need a name of its own:
  aria_complementary_labelled).
- Material's icons are decorative: every control around them has its own name
  (IBM svg_graphics_labelled). They get `aria-hidden="true"`.

partials/search.html (already ours) does the same for the search overlay and icon."""

import re

from mkdocs.exceptions import PluginError

TOGGLES = "__drawer|__search|__toc"
STAND_IN = '<label for="__search" hidden></label>'
LABEL = re.compile(rf'<label class="([^"]*)" for="({TOGGLES})">(.*?)</label>', re.S)
CHECKBOX = re.compile(rf'(<input class="[^"]*md-toggle[^"]*"[^>]*type="checkbox" id="(?:{TOGGLES})") autocomplete="off">')
SKIP_AND_BANNER = re.compile(
    r'(<div data-md-component="skip">.*?</div>\s*<div data-md-component="announce">.*?)'
    r'(<header class="md-header[^"]*" data-md-component="header">)', re.S)
BANNER = re.compile(r'<aside class="md-banner">(.*?)</aside>(\s*</div>)', re.S)
ICON = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">')
NAV_NAME = re.compile(r'<nav class="md-nav md-nav--primary" aria-label="([^"]+)"')
SEARCH_NAME = re.compile(r'<div class="md-search" data-md-component="search" role="dialog" aria-label="([^"]+)"')


def _name(pattern, html, what):
    match = pattern.search(html)
    if not match:
        raise PluginError(f"material_markup: {what} not found: Material's markup changed, update this hook")
    return match.group(1)


def toggle_controls(html: str) -> str:
    names = {}

    def replace(match):
        classes, target, inner = match.groups()
        if "md-header__button" in classes or "md-nav__link" in classes:
            # A real button: the header's menu and search buttons, and on a phone the
            # current page's entry in the menu that opens its table of contents.
            # Named like what they open; the contents entry by its text, the page title.
            if not names:
                names["__drawer"] = _name(NAV_NAME, html, "the navigation's name")
                names["__search"] = _name(SEARCH_NAME, html, "the search dialog's name")
            label = f' aria-label="{names[target]}"' if target in names else ""
            button = (f'<button type="button" class="{classes}" data-md-for="{target}"{label}'
                      f' aria-expanded="false">{inner}</button>')
            # Material's bundle looks up `header [for=__search]` and stops mounting
            # search without it: a hidden, empty stand-in answers that look-up.
            return (STAND_IN + button) if target == "__search" and "md-header__button" in classes else button
        return f'<div class="{classes}" data-md-for="{target}">{inner}</div>'

    return LABEL.sub(replace, html)


def landmarks(html: str) -> str:
    match = SKIP_AND_BANNER.search(html)
    if not match:
        raise PluginError("material_markup: skip link and banner before the header not found: "
                          "Material's markup changed, update this hook")
    before = BANNER.sub(r'<div class="md-banner">\1</div>\2', match.group(1).rstrip(), count=1)
    return html[:match.start()] + match.group(2) + "\n" + before + html[match.end():]


def repair(html: str) -> str:
    if 'data-md-component="header"' not in html:
        return html
    html = CHECKBOX.sub(r"\1>", html)
    html = toggle_controls(html)
    html = landmarks(html)
    return ICON.sub('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">', html)


def on_post_page(output, page, config):
    return repair(output)


def on_post_template(output, template_name, config):
    return repair(output) if template_name == "404.html" else output
