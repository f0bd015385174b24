"""The language of each passage in Chromium's tagged PDF: Chromium writes /Lang on the
document only, so the Dutch column of a bilingual handout (or a Dutch page shown in a
translation) would be read with the document's voice. pdf_export.py reads, from the
printed page, the language of each heading, paragraph and list item it shows
(BLOCK_LANGUAGES, in document order) and tag_languages() sets /Lang on the structure
elements of the same kinds, which Chromium writes in the same order; where the
sequences of kinds differ, nothing is guessed: an error."""

import pikepdf

BLOCK_KINDS = {"h1": "/H1", "h2": "/H2", "h3": "/H3", "h4": "/H4", "h5": "/H5", "h6": "/H6", "p": "/P", "li": "/LI"}
# (kind, language) of every heading, paragraph and list item the printed page shows.
BLOCK_LANGUAGES = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li')]
  .filter(block => block.getClientRects().length > 0)
  .map(block => [block.localName, (block.closest('[lang]') || document.documentElement).lang])"""


def structure_blocks(document) -> list:
    """The structure elements of BLOCK_KINDS, in document order."""
    found, stack = [], [document.Root.StructTreeRoot.K]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(reversed(list(node)))
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            if str(node.S) in BLOCK_KINDS.values():
                found.append(node)
            if "/K" in node:
                stack.append(node.K)
    return found


def tag_languages(path: str, blocks: list[list[str]]):
    """Set /Lang on each block whose language is not the document's."""
    with pikepdf.open(path, allow_overwriting_input=True) as document:
        language = str(document.Root.get("/Lang", ""))
        elements = structure_blocks(document)
        kinds = [str(element.S) for element in elements]
        expected = [BLOCK_KINDS[kind] for kind, _ in blocks]
        if kinds != expected:
            first = next(i for i, (a, b) in enumerate(zip(kinds, expected)) if a != b) if len(kinds) == len(expected) else 0
            raise ValueError(f"at {first}: {len(kinds)} structure elements {kinds[first:first + 8]}... "
                             f"for {len(expected)} blocks {expected[first:first + 8]}...")
        for element, (_, lang) in zip(elements, blocks):
            if lang and lang != language:
                element.Lang = pikepdf.String(lang)
        document.save(path)
