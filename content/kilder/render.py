#!/usr/bin/env python3
"""Render the office files of the learning packages from their text sources.

Usage (from anywhere):

    python3 content/kilder/render.py            # render everything
    python3 content/kilder/render.py KEY ...    # only these package keys

Layout
------
Every source lives in ``content/kilder/<package-key>/<output-name>.txt``. The output name
decides the format and the destination, e.g.

    content/kilder/datainformeret-praksis/praesentation.pptx.txt
        -> content/pakker/datainformeret-praksis/praesentation.pptx

Supported output extensions: ``.pptx`` (slide deck, via Flat ODF presentation ``.fodp``) and
``.pdf``, ``.docx``, ``.odt`` (text documents, via Flat ODF text ``.fodt``).

Source format (UTF-8)
---------------------
The file starts with header lines ``Key: value`` up to the first blank line:

    Titel: Psykologisk tryghed på møder        (required)
    Undertitel: Læringspakke til personalemødet (optional)
    Målgruppe: Alle medarbejdere                (optional, shown on the title block/slide)

Decks (``.pptx``): a title slide is made from the header. Then

    # Slide title          starts a new slide
    - bullet               bullet, ``  - bullet`` (two spaces) is a sub-bullet
    plain line             a paragraph without bullet
    > note                 speaker note for the slide

Documents (``.pdf``, ``.docx``, ``.odt``):

    # Heading / ## Sub-heading / ### Minor heading
    - bullet / ``  - `` sub-bullet
    1. numbered item       (the number is kept as written)
    | a | b | c |          table row; the first row is the heading row, ``|---|`` rows are ignored
    > text                 highlighted box (consecutive ``>`` lines form one box)
    [sideskift]            page break
    plain lines            paragraphs; consecutive lines are joined, a blank line ends a paragraph

Inline ``**bold**`` and ``*italic*`` work everywhere.

The Flat ODF files are written to a temporary folder and converted with LibreOffice headless
(``soffice --headless --convert-to ...``) using a private profile in /tmp/lo-render-profile.
Re-running the script overwrites the outputs; it is safe to run it any number of times.
Only the Python standard library is used.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.dirname(HERE)
PAKKER = os.path.join(CONTENT, "pakker")
PROFILE = "file:///tmp/lo-render-profile"

DOC_EXTS = ("pdf", "docx", "odt")
DECK_EXTS = ("pptx",)

# Visual identity: one accent colour, one dark text colour, one light tint.
ACCENT = "#1F5C6B"
ACCENT2 = "#E07A3F"
TINT = "#E6F0F2"
DARK = "#22313A"
FONT = "Liberation Sans"

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
)

FONT_DECLS = (
    "<office:font-face-decls>"
    f'<style:font-face style:name="{FONT}" svg:font-family="&apos;{FONT}&apos;" '
    'style:font-family-generic="swiss" style:font-pitch="variable"/>'
    "</office:font-face-decls>"
)


# --------------------------------------------------------------------------- parsing

def parse_source(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().replace("\r\n", "\n").split("\n")
    header = {}
    i = 0
    while i < len(lines) and lines[i].strip():
        m = re.match(r"^([A-Za-zÆØÅæøå]+):\s*(.*)$", lines[i])
        if not m:
            raise ValueError(f"{path}: header line expected, got {lines[i]!r}")
        header[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if "titel" not in header:
        raise ValueError(f"{path}: missing 'Titel:' header")
    return header, lines[i + 1:]


def inline(text):
    """Escape text and turn **bold** / *italic* into ODF spans."""
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|\*(.+?)\*", text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append(f'<text:span text:style-name="Tbold">{escape(m.group(1))}</text:span>')
        else:
            out.append(f'<text:span text:style-name="Titalic">{escape(m.group(2))}</text:span>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def plain(text):
    return re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*", lambda m: m.group(1) or m.group(2), text)


# --------------------------------------------------------------------------- text documents

def doc_blocks(lines):
    """Group body lines into blocks: (kind, payload)."""
    blocks = []
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    for raw in lines:
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        m = re.match(r"^(#{1,3})\s+(.*)$", line)
        if m:
            flush()
            blocks.append((f"h{len(m.group(1))}", m.group(2).strip()))
            continue
        if stripped == "[sideskift]":
            flush()
            blocks.append(("break", None))
            continue
        m = re.match(r"^( *)- (.*)$", line)
        if m:
            flush()
            level = 2 if len(m.group(1)) >= 2 else 1
            blocks.append(("li", (level, m.group(2).strip())))
            continue
        m = re.match(r"^(\d+[.)])\s+(.*)$", stripped)
        if m:
            flush()
            blocks.append(("ol", (m.group(1), m.group(2).strip())))
            continue
        if stripped.startswith("|"):
            flush()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                continue
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
            continue
        if stripped.startswith(">"):
            flush()
            txt = stripped[1:].strip()
            if blocks and blocks[-1][0] == "box":
                blocks[-1][1].append(txt)
            else:
                blocks.append(("box", [txt]))
            continue
        para.append(line)
    flush()
    return blocks


def fodt(header, lines, out_title):
    title = header["titel"]
    subtitle = header.get("undertitel", "")
    audience = header.get("målgruppe", "")
    body = []
    body.append(f'<text:p text:style-name="Kicker">{escape("VIDENPORTALEN · BØRN OG UNGE")}</text:p>')
    body.append(f'<text:p text:style-name="Title">{inline(title)}</text:p>')
    if subtitle:
        body.append(f'<text:p text:style-name="Subtitle">{inline(subtitle)}</text:p>')
    if audience:
        body.append(f'<text:p text:style-name="Meta">Målgruppe: {inline(audience)}</text:p>')
    else:
        body.append('<text:p text:style-name="Meta"/>')

    tables = 0
    boxes = 0
    blocks = doc_blocks(lines)
    i = 0
    while i < len(blocks):
        kind, data = blocks[i]
        if kind in ("h1", "h2", "h3"):
            lvl = kind[1]
            body.append(f'<text:h text:style-name="Heading_20_{lvl}" text:outline-level="{lvl}">'
                        f"{inline(data)}</text:h>")
        elif kind == "p":
            body.append(f'<text:p text:style-name="Text_20_body">{inline(data)}</text:p>')
        elif kind == "break":
            body.append('<text:p text:style-name="Pbreak"/>')
        elif kind == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(blocks[i][1])
                i += 1
            i -= 1
            body.append(render_list(items))
        elif kind == "ol":
            while i < len(blocks) and blocks[i][0] == "ol":
                num, txt = blocks[i][1]
                body.append(f'<text:p text:style-name="Numbered">{escape(num)}<text:tab/>{inline(txt)}</text:p>')
                i += 1
            i -= 1
        elif kind == "box":
            boxes += 1
            paras = "".join(f'<text:p text:style-name="BoxText">{inline(txt)}</text:p>' for txt in data)
            body.append(f'<table:table table:name="Kasse{boxes}" table:style-name="TblBox">'
                        f'<table:table-column table:style-name="TcBox"/>'
                        f'<table:table-row><table:table-cell table:style-name="TblBoxCell" office:value-type="string">'
                        f'{paras}</table:table-cell></table:table-row></table:table>')
            body.append('<text:p text:style-name="Gap"/>')
        elif kind == "table":
            tables += 1
            body.append(render_table(data, tables))
            body.append('<text:p text:style-name="Gap"/>')
        i += 1

    footer_title = escape(plain(title))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(plain(title))}</dc:title><dc:subject>{escape(plain(subtitle))}</dc:subject><dc:language>da-DK</dc:language><meta:generator>Videnportalen content/kilder/render.py</meta:generator></office:meta>
{FONT_DECLS}
<office:styles>
<style:default-style style:family="paragraph">
 <style:paragraph-properties style:tab-stop-distance="1.25cm" style:writing-mode="lr-tb"/>
 <style:text-properties style:font-name="{FONT}" fo:font-size="11pt" fo:language="da" fo:country="DK" fo:color="{DARK}" fo:hyphenate="false"/>
</style:default-style>
<style:default-style style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="128%"/>
</style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
 <style:paragraph-properties fo:keep-with-next="always"/>
 <style:text-properties fo:color="{ACCENT}" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
 <style:paragraph-properties fo:margin-top="0.55cm" fo:margin-bottom="0.2cm" fo:padding-bottom="0.08cm" fo:border-bottom="0.06pt solid {ACCENT}"/>
 <style:text-properties fo:font-size="16pt"/>
</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
 <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm"/>
 <style:text-properties fo:font-size="13pt"/>
</style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text">
 <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
 <style:text-properties fo:font-size="11.5pt" fo:color="{DARK}"/>
</style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
 <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.15cm" fo:line-height="110%"/>
 <style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="{ACCENT}"/>
</style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
 <style:paragraph-properties fo:margin-bottom="0.15cm"/>
 <style:text-properties fo:font-size="14pt" fo:color="{DARK}"/>
</style:style>
<style:style style:name="Kicker" style:family="paragraph" style:parent-style-name="Standard">
 <style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" fo:color="{ACCENT2}"/>
</style:style>
<style:style style:name="Meta" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-bottom="0.45cm" fo:padding-bottom="0.2cm" fo:border-bottom="1.5pt solid {ACCENT2}"/>
 <style:text-properties fo:font-size="10pt" fo:font-style="italic" fo:color="#4A5A63"/>
</style:style>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard" style:class="list">
 <style:paragraph-properties fo:margin-bottom="0.1cm" fo:line-height="125%"/>
</style:style>
<style:style style:name="Numbered" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-left="0.9cm" fo:text-indent="-0.7cm" fo:margin-bottom="0.12cm" fo:line-height="125%">
  <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
 </style:paragraph-properties>
</style:style>
<style:style style:name="BoxText" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.05cm" fo:line-height="125%"/>
</style:style>
<style:style style:name="Gap" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%"/>
 <style:text-properties fo:font-size="5pt"/>
</style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
 <style:paragraph-properties fo:line-height="118%"/>
 <style:text-properties fo:font-size="10pt"/>
</style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
 <style:text-properties fo:font-weight="bold" fo:color="#FFFFFF"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
 <style:paragraph-properties fo:text-align="end"/>
 <style:text-properties fo:font-size="8.5pt" fo:color="#6B7A82"/>
</style:style>
<style:style style:name="Tbold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Titalic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<text:list-style style:name="Bullets">
 <text:list-level-style-bullet text:level="1" text:bullet-char="•">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/>
  </style:list-level-properties>
  <style:text-properties fo:color="{ACCENT}"/>
 </text:list-level-style-bullet>
 <text:list-level-style-bullet text:level="2" text:bullet-char="–">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.5cm" fo:text-indent="-0.5cm" fo:margin-left="1.5cm"/>
  </style:list-level-properties>
 </text:list-level-style-bullet>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1">
 <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm" style:print-orientation="portrait"/>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="Pbreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.6cm" table:align="left" fo:margin-top="0.15cm" fo:margin-bottom="0.35cm"/></style:style>
<style:style style:name="TblHead" style:family="table-cell"><style:table-cell-properties fo:background-color="{ACCENT}" fo:padding="0.12cm" fo:border="0.5pt solid {ACCENT}"/></style:style>
<style:style style:name="TblBox" style:family="table"><style:table-properties style:width="16.6cm" table:align="left" fo:margin-top="0.15cm" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="TcBox" style:family="table-column"><style:table-column-properties style:column-width="16.6cm"/></style:style>
<style:style style:name="TblBoxCell" style:family="table-cell"><style:table-cell-properties fo:background-color="{TINT}" fo:padding-left="0.35cm" fo:padding-right="0.3cm" fo:padding-top="0.18cm" fo:padding-bottom="0.18cm" fo:border-left="3pt solid {ACCENT}" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"/></style:style>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #B7C9CE"/></style:style>
<style:style style:name="TblCellAlt" style:family="table-cell"><style:table-cell-properties fo:background-color="{TINT}" fo:padding="0.12cm" fo:border="0.5pt solid #B7C9CE"/></style:style>
{''.join(COLSTYLES)}
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:footer><text:p text:style-name="Footer">{footer_title} · side <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body>
</office:document>
"""


COLSTYLES = []


def render_list(items):
    out = ['<text:list text:style-name="Bullets">']
    open_sub = False
    for level, txt in items:
        if level == 1:
            if open_sub:
                out.append("</text:list></text:list-item>")
                open_sub = False
            elif len(out) > 1:
                out.append("</text:list-item>")
            out.append(f'<text:list-item><text:p text:style-name="List_20_Paragraph">{inline(txt)}</text:p>')
        else:
            if len(out) == 1:  # sub-bullet without parent: treat as level 1
                out.append(f'<text:list-item><text:p text:style-name="List_20_Paragraph">{inline(txt)}</text:p>')
                continue
            if not open_sub:
                out.append("<text:list>")
                open_sub = True
            out.append(f'<text:list-item><text:p text:style-name="List_20_Paragraph">{inline(txt)}</text:p></text:list-item>')
    if open_sub:
        out.append("</text:list>")
    out.append("</text:list-item></text:list>")
    return "".join(out)


def render_table(rows, n):
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    # Relative column widths from the text lengths, within sensible bounds.
    lens = [max(min(len(plain(r[c])), 60) for r in rows) + 6 for c in range(ncols)]
    total = sum(lens)
    widths = [max(1200, int(10000 * ln / total)) for ln in lens]
    cols = []
    for c, w in enumerate(widths):
        name = f"Tc{n}_{c}"
        COLSTYLES.append(f'<style:style style:name="{name}" style:family="table-column">'
                         f'<style:table-column-properties style:column-width="{16.6 * w / sum(widths):.2f}cm" style:rel-width="{w}*"/></style:style>')
        cols.append(f'<table:table-column table:style-name="{name}"/>')
    out = [f'<table:table table:name="Tabel{n}" table:style-name="Tbl">', "".join(cols)]
    out.append("<table:table-header-rows><table:table-row>")
    for cell in rows[0]:
        out.append(f'<table:table-cell table:style-name="TblHead" office:value-type="string">'
                   f'<text:p text:style-name="Table_20_Heading">{inline(cell)}</text:p></table:table-cell>')
    out.append("</table:table-row></table:table-header-rows>")
    for k, row in enumerate(rows[1:]):
        style = "TblCellAlt" if k % 2 else "TblCell"
        out.append("<table:table-row>")
        for cell in row:
            paras = "".join(f'<text:p text:style-name="Table_20_Contents">{inline(part.strip())}</text:p>'
                            for part in cell.split("<br>"))
            out.append(f'<table:table-cell table:style-name="{style}" office:value-type="string">{paras}</table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


# --------------------------------------------------------------------------- presentations

W, H = 28.0, 15.75  # 16:9 in cm


def deck_slides(lines):
    slides = []
    cur = None
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            continue
        m = re.match(r"^#\s+(.*)$", line)
        if m:
            cur = {"title": m.group(1).strip(), "items": [], "notes": []}
            slides.append(cur)
            continue
        if cur is None:
            raise ValueError("deck content before the first '# Slide title'")
        if line.strip().startswith(">"):
            cur["notes"].append(line.strip()[1:].strip())
            continue
        m = re.match(r"^( *)- (.*)$", line)
        if m:
            cur["items"].append((2 if len(m.group(1)) >= 2 else 1, m.group(2).strip()))
        else:
            cur["items"].append((0, line.strip()))
    return slides


def body_font_size(items):
    """Pick the largest font size (20/18/16/14 pt) at which the body fits the text frame."""
    import math
    for size in (20, 18, 16, 14):
        height = 0.0
        for level, txt in items:
            s = size - 2 if level == 2 else size
            width = 21.8 if level == 2 else 23.4  # usable line width in cm after bullet indent
            cpl = width / (s * 0.0353 * 0.52)   # average glyph width ~0.52 em
            lines = max(1, math.ceil(len(plain(txt)) / cpl))
            height += lines * s * 0.0353 * 1.17 + (0.1 if level == 2 else 0.3)
        if height <= 9.6:
            return size
    return 14


def deck_body(items, size):
    out = []
    i = 0
    while i < len(items):
        level, txt = items[i]
        if level == 0:
            out.append(f'<text:p text:style-name="Pplain{size}">{inline(txt)}</text:p>')
            i += 1
            continue
        out.append('<text:list text:style-name="LDeck">')
        while i < len(items) and items[i][0] in (1, 2):
            level, txt = items[i]
            if level == 1:
                out.append(f'<text:list-item><text:p text:style-name="Pb1_{size}">{inline(txt)}</text:p>')
                i += 1
                subs = []
                while i < len(items) and items[i][0] == 2:
                    subs.append(items[i][1])
                    i += 1
                if subs:
                    out.append("<text:list>" + "".join(
                        f'<text:list-item><text:p text:style-name="Pb2_{size}">{inline(s)}</text:p></text:list-item>'
                        for s in subs) + "</text:list>")
                out.append("</text:list-item>")
            else:
                out.append(f'<text:list-item><text:p text:style-name="Pb1_{size}">{inline(txt)}</text:p></text:list-item>')
                i += 1
        out.append("</text:list>")
    return "".join(out)


def para_styles():
    out = []
    for size in (20, 18, 16, 14):
        sub = size - 2
        out.append(f'<style:style style:name="Pb1_{size}" style:family="paragraph">'
                   f'<style:paragraph-properties fo:margin-top="0.18cm" fo:margin-bottom="0.1cm" fo:line-height="115%"/>'
                   f'<style:text-properties fo:font-size="{size}pt" fo:color="{DARK}" style:font-name="{FONT}"/></style:style>')
        out.append(f'<style:style style:name="Pb2_{size}" style:family="paragraph">'
                   f'<style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.05cm" fo:line-height="112%"/>'
                   f'<style:text-properties fo:font-size="{sub}pt" fo:color="#3C4D57" style:font-name="{FONT}"/></style:style>')
        out.append(f'<style:style style:name="Pplain{size}" style:family="paragraph">'
                   f'<style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.15cm" fo:line-height="115%"/>'
                   f'<style:text-properties fo:font-size="{size}pt" fo:color="{DARK}" style:font-name="{FONT}"/></style:style>')
    return "".join(out)


def fodp(header, lines, out_title):
    title = header["titel"]
    subtitle = header.get("undertitel", "")
    audience = header.get("målgruppe", "")
    slides = deck_slides(lines)
    pages = []

    # Title slide
    sub_parts = []
    if subtitle:
        sub_parts.append(f'<text:p text:style-name="PsubTitle">{inline(subtitle)}</text:p>')
    if audience:
        sub_parts.append(f'<text:p text:style-name="PsubMeta">Målgruppe: {inline(audience)}</text:p>')
    sub_parts.append(f'<text:p text:style-name="PsubMeta">{escape("Videnportalen · Børn og Unge")}</text:p>')
    pages.append(f"""<draw:page draw:name="Titel" draw:master-page-name="Titelside" draw:style-name="dpTitle" presentation:presentation-page-layout-name="AL1T0">
<draw:frame presentation:style-name="prTitleBig" draw:layer="layout" svg:x="2cm" svg:y="3.6cm" svg:width="22cm" svg:height="4.6cm" presentation:class="title" presentation:user-transformed="true"><draw:text-box><text:p text:style-name="PtitleBig">{inline(title)}</text:p></draw:text-box></draw:frame>
<draw:frame presentation:style-name="prSub" draw:layer="layout" svg:x="2cm" svg:y="8.6cm" svg:width="22cm" svg:height="4cm" presentation:class="subtitle" presentation:user-transformed="true"><draw:text-box>{''.join(sub_parts)}</draw:text-box></draw:frame>
</draw:page>""")

    for n, s in enumerate(slides, start=2):
        size = body_font_size(s["items"])
        notes = ""
        if s["notes"]:
            note_ps = "".join(f'<text:p>{inline(t)}</text:p>' for t in s["notes"])
            notes = (f'<presentation:notes draw:style-name="dpNotes">'
                     f'<draw:page-thumbnail draw:layer="layout" svg:width="14cm" svg:height="7.9cm" svg:x="3.5cm" svg:y="2cm" draw:page-number="{n}" presentation:class="page"/>'
                     f'<draw:frame presentation:style-name="prNotes" draw:layer="layout" svg:width="16.8cm" svg:height="13cm" svg:x="2.1cm" svg:y="11cm" presentation:class="notes" presentation:user-transformed="true">'
                     f'<draw:text-box>{note_ps}</draw:text-box></draw:frame></presentation:notes>')
        pages.append(f"""<draw:page draw:name="Dias{n}" draw:master-page-name="Indhold" draw:style-name="dpContent" presentation:presentation-page-layout-name="AL2T1">
<draw:frame presentation:style-name="prTitle" draw:layer="layout" svg:x="1.6cm" svg:y="0.9cm" svg:width="24.8cm" svg:height="2.2cm" presentation:class="title" presentation:user-transformed="true"><draw:text-box><text:p text:style-name="Ptitle">{inline(s['title'])}</text:p></draw:text-box></draw:frame>
<draw:frame presentation:style-name="prBody" draw:layer="layout" svg:x="1.6cm" svg:y="3.4cm" svg:width="24.8cm" svg:height="10.9cm" presentation:class="outline" presentation:user-transformed="true"><draw:text-box>{deck_body(s['items'], size)}</draw:text-box></draw:frame>
{notes}
</draw:page>""")

    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:meta><dc:title>{escape(plain(title))}</dc:title><dc:subject>{escape(plain(subtitle))}</dc:subject><dc:language>da-DK</dc:language><meta:generator>Videnportalen content/kilder/render.py</meta:generator></office:meta>
{FONT_DECLS}
<office:styles>
<style:default-style style:family="graphic">
 <style:graphic-properties draw:stroke="none" draw:fill="none"/>
 <style:paragraph-properties style:writing-mode="lr-tb"/>
 <style:text-properties style:font-name="{FONT}" fo:font-size="18pt" fo:language="da" fo:country="DK" fo:color="{DARK}"/>
</style:default-style>
<style:presentation-page-layout style:name="AL1T0"><presentation:placeholder presentation:object="title" svg:x="2cm" svg:y="3.6cm" svg:width="22cm" svg:height="4.6cm"/><presentation:placeholder presentation:object="subtitle" svg:x="2cm" svg:y="8.6cm" svg:width="22cm" svg:height="4cm"/></style:presentation-page-layout>
<style:presentation-page-layout style:name="AL2T1"><presentation:placeholder presentation:object="title" svg:x="1.6cm" svg:y="0.9cm" svg:width="24.8cm" svg:height="2.2cm"/><presentation:placeholder presentation:object="outline" svg:x="1.6cm" svg:y="3.4cm" svg:width="24.8cm" svg:height="10.9cm"/></style:presentation-page-layout>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="{W}cm" fo:page-height="{H}cm" style:print-orientation="landscape"/></style:page-layout>
<style:page-layout style:name="PMnotes"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout>
<style:style style:name="dpMasterTitle" style:family="drawing-page"><style:drawing-page-properties draw:background-size="full" draw:fill="solid" draw:fill-color="{ACCENT}"/></style:style>
<style:style style:name="dpMaster" style:family="drawing-page"><style:drawing-page-properties draw:background-size="full" draw:fill="solid" draw:fill-color="#FFFFFF"/></style:style>
<style:style style:name="dpTitle" style:family="drawing-page"><style:drawing-page-properties presentation:background-visible="true" presentation:background-objects-visible="true" presentation:display-footer="false" presentation:display-page-number="false" presentation:display-date-time="false"/></style:style>
<style:style style:name="dpContent" style:family="drawing-page"><style:drawing-page-properties presentation:background-visible="true" presentation:background-objects-visible="true" presentation:display-footer="false" presentation:display-page-number="false" presentation:display-date-time="false"/></style:style>
<style:style style:name="dpNotes" style:family="drawing-page"><style:drawing-page-properties presentation:display-header="false" presentation:display-footer="false"/></style:style>
<style:style style:name="grBand" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="{ACCENT}" draw:stroke="none"/></style:style>
<style:style style:name="grAccent" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="{ACCENT2}" draw:stroke="none"/></style:style>
<style:style style:name="grFooter" style:family="graphic"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="middle" fo:padding="0cm" draw:auto-grow-height="false"/></style:style>
<style:style style:name="prTitleBig" style:family="presentation"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="bottom" draw:auto-grow-height="false" fo:padding="0cm"/></style:style>
<style:style style:name="prSub" style:family="presentation"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:padding="0cm"/></style:style>
<style:style style:name="prTitle" style:family="presentation"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="middle" draw:auto-grow-height="false" fo:padding="0cm"/></style:style>
<style:style style:name="prBody" style:family="presentation"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:padding="0cm"/></style:style>
<style:style style:name="prNotes" style:family="presentation"><style:graphic-properties draw:fill="none" draw:stroke="none"/><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="PtitleBig" style:family="paragraph"><style:paragraph-properties fo:line-height="105%" fo:text-align="start"/><style:text-properties fo:font-size="36pt" fo:font-weight="bold" fo:color="#FFFFFF" style:font-name="{FONT}"/></style:style>
<style:style style:name="PsubTitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="start"/><style:text-properties fo:font-size="20pt" fo:color="#FFFFFF" style:font-name="{FONT}"/></style:style>
<style:style style:name="PsubMeta" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/><style:text-properties fo:font-size="14pt" fo:color="#CFE3E7" style:font-name="{FONT}"/></style:style>
<style:style style:name="Ptitle" style:family="paragraph"><style:paragraph-properties fo:line-height="100%" fo:text-align="start"/><style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="{ACCENT}" style:font-name="{FONT}"/></style:style>
<style:style style:name="Tbold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Titalic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Pfooter" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:color="#6B7A82" style:font-name="{FONT}"/></style:style>
{para_styles()}
<text:list-style style:name="LDeck">
 <text:list-level-style-bullet text:level="1" text:bullet-char="●" text:bullet-relative-size="100%">
  <style:list-level-properties text:space-before="0cm" text:min-label-width="0.8cm"/>
  <style:text-properties fo:color="{ACCENT2}" style:font-name="{FONT}"/>
 </text:list-level-style-bullet>
 <text:list-level-style-bullet text:level="2" text:bullet-char="–" text:bullet-relative-size="100%">
  <style:list-level-properties text:space-before="0.9cm" text:min-label-width="0.7cm"/>
  <style:text-properties fo:color="{ACCENT}" style:font-name="{FONT}"/>
 </text:list-level-style-bullet>
</text:list-style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Titelside" style:page-layout-name="PM1" draw:style-name="dpMasterTitle">
 <draw:rect draw:style-name="grAccent" draw:layer="backgroundobjects" svg:x="2cm" svg:y="3cm" svg:width="3cm" svg:height="0.25cm"/>
 <draw:rect draw:style-name="grAccent" draw:layer="backgroundobjects" svg:x="0cm" svg:y="{H - 0.5}cm" svg:width="{W}cm" svg:height="0.5cm"/>
</style:master-page>
<style:master-page style:name="Indhold" style:page-layout-name="PM1" draw:style-name="dpMaster">
 <draw:rect draw:style-name="grBand" draw:layer="backgroundobjects" svg:x="0cm" svg:y="0cm" svg:width="0.55cm" svg:height="{H}cm"/>
 <draw:rect draw:style-name="grAccent" draw:layer="backgroundobjects" svg:x="1.6cm" svg:y="3.05cm" svg:width="2.5cm" svg:height="0.12cm"/>
 <draw:frame draw:style-name="grFooter" draw:layer="backgroundobjects" svg:x="1.6cm" svg:y="{H - 1.1}cm" svg:width="24.8cm" svg:height="0.7cm"><draw:text-box><text:p text:style-name="Pfooter">{escape(plain(title))} · Videnportalen · Børn og Unge</text:p></draw:text-box></draw:frame>
</style:master-page>
</office:master-styles>
<office:body><office:presentation>
{chr(10).join(pages)}
</office:presentation></office:body>
</office:document>
"""


# --------------------------------------------------------------------------- driver

def find_sources(keys):
    found = []
    for key in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, key)
        if not os.path.isdir(d) or key.startswith((".", "_")):
            continue
        if keys and key not in keys:
            continue
        for name in sorted(os.listdir(d)):
            m = re.match(r"^(.+)\.(pptx|pdf|docx|odt)\.txt$", name)
            if m:
                found.append((key, os.path.join(d, name), m.group(1), m.group(2)))
    return found


def convert(src, ext, outdir):
    target = {"pptx": "pptx:Impress MS PowerPoint 2007 XML",
              "pdf": "pdf:writer_pdf_Export",
              "docx": "docx:MS Word 2007 XML",
              "odt": "odt:writer8"}[ext]
    cmd = ["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", outdir, src]
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    if res.returncode != 0:
        raise RuntimeError(f"soffice failed for {src}:\n{res.stdout}")


def main(argv):
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install -y libreoffice-writer-nogui libreoffice-impress-nogui")
    sources = find_sources(set(argv))
    if not sources:
        sys.exit("no sources found")
    tmp = tempfile.mkdtemp(prefix="videnportalen-render-")
    failures = 0
    try:
        for key, path, base, ext in sources:
            COLSTYLES.clear()
            header, body = parse_source(path)
            if ext in DECK_EXTS:
                xml, flat_ext = fodp(header, body, base), "fodp"
            else:
                xml, flat_ext = fodt(header, body, base), "fodt"
            work = os.path.join(tmp, key)
            os.makedirs(work, exist_ok=True)
            flat = os.path.join(work, f"{base}.{flat_ext}")
            with open(flat, "w", encoding="utf-8") as fh:
                fh.write(xml)
            outdir = os.path.join(PAKKER, key)
            os.makedirs(outdir, exist_ok=True)
            out = os.path.join(outdir, f"{base}.{ext}")
            try:
                if os.path.exists(out):
                    os.remove(out)
                convert(flat, ext, outdir)
                if not os.path.exists(out):
                    raise RuntimeError(f"no output for {flat}")
                print(f"rendered {os.path.relpath(out, CONTENT)} ({os.path.getsize(out) // 1024} KiB)")
            except Exception as exc:  # keep going, report at the end
                failures += 1
                print(f"FAILED {os.path.relpath(out, CONTENT)}: {exc}", file=sys.stderr)
    finally:
        if os.environ.get("KEEP_FLAT"):
            print(f"flat ODF kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        sys.exit(f"{failures} file(s) failed")


if __name__ == "__main__":
    main(sys.argv[1:])
