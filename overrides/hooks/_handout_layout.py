"""Lay out a parent handout on its A4 sheet before pdf_export.py prints it, in the page
(Playwright, print media): the largest body size from MAX_PT down to MIN_PT in
STEP_PT steps at which the text fits, so a short text (Arabic) is not set small and a
long one (Hindi) still fits.

- A handout: one page; the help block goes to the foot of the page, above the sheet's
  foot line (draft notice, source, QR code: fixed to the bottom of every page, see
  print.css).
- The bilingual handout: one page if it fits at that size, else two pages for double-
  sided printing: the rows (Dutch beside the other language, one row per section) are
  split between the pages so that neither overflows and the two are as even as
  possible; the help block goes to the foot of page 1, and page 2 starts with a whole
  section.

The page's printable area comes from print.css's @page margins (A4; the handout's
named page), so they are written once. A text too long for one page (two for the bilingual one) at MIN_PT fails the
build, saying by how much."""

MAX_PT, MIN_PT, STEP_PT = 14, 11, 0.5

# The printable area of an A4 page in CSS px, from the @page rule's margins.
PAGE_AREA = """() => {
  const name = getComputedStyle(document.body).page;  // a named @page, or "auto"
  let margins = null, named = null;
  for (const sheet of document.styleSheets) {
    let rules = [];
    try { rules = [...sheet.cssRules]; } catch (error) { continue; }
    for (const rule of rules) {
      if (!(rule instanceof CSSPageRule)) continue;
      if (!rule.selectorText) margins = rule.style;
      if (rule.selectorText === name) named = rule.style;
    }
  }
  margins = named || margins;
  const probe = document.createElement('div');
  const side = name => (margins && margins.getPropertyValue('margin-' + name)) || '0px';
  probe.style.cssText = `position:absolute;visibility:hidden;
    width:calc(210mm - ${side('left')} - ${side('right')});height:calc(297mm - ${side('top')} - ${side('bottom')})`;
  document.body.append(probe);
  const area = {width: probe.getBoundingClientRect().width, height: probe.getBoundingClientRect().height};
  probe.remove();
  return area;
}"""

FIT = """({sizes, height}) => {
  const slack = 4;  // px: rounding between this layout and the printed one
  const body = document.body;
  const help = document.querySelector('.md-content .site-help');
  const foot = document.querySelector('.handout-footer');
  const rows = [...document.querySelectorAll('.handout-pair > .handout-row')];
  const home = [help.parentNode, help.nextSibling];
  help.dir = getComputedStyle(help).direction;  // between the rows it sits in the ltr pair
  const top = element => element.getBoundingClientRect().top + window.scrollY;
  const bottom = element => element.getBoundingClientRect().bottom + window.scrollY;
  const total = () => document.documentElement.scrollHeight;
  const room = () => height - foot.getBoundingClientRect().height - slack;
  let over = Infinity;
  // The layout at one size, or null: one page, else page 2 from row k (the help block
  // after row k - 1), the split with the fuller page least full.
  const attempt = (size) => {
    body.style.setProperty('--handout-size', size + 'pt');
    home[0].insertBefore(help, home[1]);
    if (total() <= room()) return {size, pages: 1};
    over = Math.min(over, total() - room());
    let best = null;
    for (let k = 2; k < rows.length; k++) {  // page 1: the title row and at least one section
      rows[k - 1].after(help);
      const fuller = Math.max(bottom(help), total() - top(rows[k]));
      if (fuller <= room() && (!best || fuller < best.fuller)) best = {size, pages: 2, k, fuller};
    }
    if (best) rows[best.k - 1].after(help);
    return best;
  };
  // The largest size that fits: sizes run from large to small, and a smaller size fits
  // wherever a larger one does.
  if (!attempt(sizes[sizes.length - 1])) return {size: null, over_px: Math.round(over)};
  let lo = 0, hi = sizes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attempt(sizes[mid])) hi = mid; else lo = mid + 1;
  }
  const layout = attempt(sizes[lo]);
  if (layout.pages === 2) rows[layout.k].style.breakBefore = 'page';
  // The help block to the foot of page 1.
  const margin = parseFloat(getComputedStyle(help).marginTop);
  help.style.marginTop = (margin + room() - bottom(help)) + 'px';
  const overflow = bottom(help) - room();
  if (overflow > 0) help.style.marginTop = (parseFloat(help.style.marginTop) - overflow) + 'px';
  return {size: layout.size, pages: layout.pages,
          page2_starts: layout.pages === 2 ? rows[layout.k].querySelector('[id]').id : undefined};
}"""


def sizes() -> list[float]:
    steps = round((MAX_PT - MIN_PT) / STEP_PT)
    return [MAX_PT - i * STEP_PT for i in range(steps + 1)]


async def fit_handout(page) -> dict:
    """Lay out the handout open in page (print media emulated); returns {size, pages}
    or raises ValueError when the text does not fit at MIN_PT."""
    area = await page.evaluate(PAGE_AREA)
    # Lay out at the printed width (rounded down: a line that fits here fits on paper).
    await page.set_viewport_size({"width": int(area["width"]), "height": 100})
    result = await page.evaluate(FIT, {"sizes": sizes(), "height": area["height"]})
    if result["size"] is None:
        raise ValueError(f"the text does not fit at {MIN_PT} pt: about {result['over_px'] * 0.75:.0f} pt "
                         "(lines of the body text: divide by 16) too long; shorten it")
    return result
