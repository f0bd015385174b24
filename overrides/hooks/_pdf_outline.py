"""Chromium's PDF bookmarks, corrected: it names each bookmark after its heading's text
as laid out, so an h1 comes out doubled ("TitleTitle") and right-to-left titles in
visual order, words reversed. pdf_export.py reads the headings' text from the page
(HEADINGS) and outline_titles() writes it into the PDF's outline, one bookmark per
heading in the same order; a different count is an error, never a guess."""

import pikepdf

# The text of every heading the printed page shows, in document order, without the
# "link to this section" anchor.
HEADINGS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
  .filter(heading => heading.getClientRects().length > 0)
  .map(heading => {
    const copy = heading.cloneNode(true);
    copy.querySelectorAll('.headerlink').forEach(anchor => anchor.remove());
    return copy.textContent.replace(/\\s+/g, ' ').trim();
  })"""


def outline_titles(path: str, headings: list[str]):
    """Give the PDF's bookmarks, in order, the headings' titles."""
    with pikepdf.open(path, allow_overwriting_input=True) as document:
        with document.open_outline() as outline:
            items, stack = [], list(reversed(outline.root))
            while stack:
                item = stack.pop()
                items.append(item)
                stack.extend(reversed(item.children))
            if len(items) != len(headings):
                raise ValueError(f"{len(items)} bookmarks for {len(headings)} headings")
            for item, title in zip(items, headings):
                item.title = title
        document.save(path)
