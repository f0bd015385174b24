"""Chromium's PDF text, made readable by readers' tools: Chromium (Skia) draws each
shaped run of glyphs in visual order, gives each glyph cluster its own /ActualText and
marks a right-to-left run /ReversedChars. Extractors then reverse a run character by
character, which turns every multi-letter cluster around (Arabic lam-alef: على comes
out عىل), or ignore the mark and give the run's letters in visual order (PDFium:
Arabic words reversed, Devanagari clusters broken).

one_actual_text_per_run() rewrites each page's content stream so that every text
object (BT ... ET) holding such clusters carries a single /ActualText span with the
run's text (clusters in drawing order, reversed for a /ReversedChars run; glyphs
outside a cluster by the font's ToUnicode map) and no per-cluster spans or
/ReversedChars mark. Left-to-right text is written in logical order; right-to-left text
as drawn, in visual order, character by character: both poppler and PDFium read the
text of a page as drawn and put right-to-left runs back in logical order themselves
(given logical order, both turn every Arabic word around: measured). What is drawn
does not change, nor the structure tree (the runs keep their marked-content ids)."""

import re
import unicodedata

import pikepdf

BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def to_unicode(font) -> dict[int, str]:
    """The glyph code -> text map of a Type0 font's ToUnicode CMap (bfchar, bfrange)."""
    mapping = {}
    if "/ToUnicode" not in font:
        return mapping
    data = font.ToUnicode.read_bytes()
    for block in BFCHAR.findall(data):
        codes = HEX.findall(block)
        for source, target in zip(codes[::2], codes[1::2]):
            mapping[int(source, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    for block in BFRANGE.findall(data):
        for line in block.splitlines():
            codes = HEX.findall(line)
            if len(codes) == 3:
                start, end, first = (int(code, 16) for code in codes)
                for offset in range(end - start + 1):
                    mapping[start + offset] = chr(first + offset)
    return mapping


def glyph_texts(operands, operator: str, cmap: dict[int, str]) -> list[str]:
    strings = [operands[-1]] if operator in ("Tj", "'", '"') else [
        item for item in operands[0] if isinstance(item, pikepdf.String)]
    texts = []
    for string in strings:
        data = bytes(string)
        for index in range(0, len(data) - 1, 2):  # Identity-H: two-byte codes
            texts.append(cmap.get(int.from_bytes(data[index:index + 2], "big"), "").replace("\0", ""))
    return texts


def is_right_to_left(text: str) -> bool:
    """The first letter with a strong direction is right-to-left (Arabic, Hebrew)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("L", "R", "AL"):
            return direction != "L"
    return False


def is_actual_text_span(operands) -> bool:
    return (len(operands) == 2 and operands[0] == "/Span" and isinstance(operands[1], pikepdf.Dictionary)
            and "/ActualText" in operands[1])


def rewrite_text_object(ops: list, cmaps: dict, font: str | None) -> tuple[list, str | None]:
    """One BT ... ET object (without BT and ET): (its operators, the font in use after it)."""
    items, kept, stack, reversed_run, in_span, changed = [], [], [], False, False, False
    for operands, operator in ops:
        name = str(operator)
        if name == "Tf":
            font = str(operands[0])
        if name == "BDC" and is_actual_text_span(operands):
            items.append(str(operands[1].ActualText))
            stack.append("span")
            in_span = changed = True
            continue
        if name == "BMC" and operands[0] == "/ReversedChars":
            stack.append("reversed")
            reversed_run = changed = True
            continue
        if name in ("BDC", "BMC"):
            stack.append("other")
        if name == "EMC" and stack:
            kind = stack.pop()
            if kind == "span":
                in_span = False
                continue
            if kind == "reversed":
                continue
        if name in ("Tj", "TJ", "'", '"') and not in_span:
            items.extend(glyph_texts(operands, name, cmaps.get(font, {})))
        kept.append((operands, operator))
    if not changed:
        return ops, font
    logical = "".join(reversed(items) if reversed_run else items)
    # Right to left (a /ReversedChars run, or one cluster such as lam-alef alone): stored
    # as drawn, every character in visual order, which poppler and PDFium turn back.
    text = logical[::-1] if is_right_to_left(logical) else logical
    span = pikepdf.Dictionary(ActualText=pikepdf.String(text))
    return ([([pikepdf.Name("/Span"), span], pikepdf.Operator("BDC")), *kept,
             ([], pikepdf.Operator("EMC"))], font)


def one_actual_text_per_run(path: str):
    with pikepdf.open(path, allow_overwriting_input=True) as document:
        for page in document.pages:
            fonts = page.Resources.get("/Font", {})
            cmaps = {str(name): to_unicode(fonts[name]) for name in fonts.keys()}
            out, current, font = [], None, None
            for operands, operator in pikepdf.parse_content_stream(page):
                name = str(operator)
                if name == "BT":
                    current = []
                    out.append((operands, operator))
                elif name == "ET" and current is not None:
                    rewritten, font = rewrite_text_object(current, cmaps, font)
                    out.extend(rewritten)
                    out.append((operands, operator))
                    current = None
                elif current is not None:
                    current.append((operands, operator))
                else:
                    if name == "Tf":
                        font = str(operands[0])
                    out.append((operands, operator))
            page.Contents = document.make_stream(pikepdf.unparse_content_stream(out))
        document.save(path)
