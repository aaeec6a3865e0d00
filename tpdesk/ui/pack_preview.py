"""The pack builder's preview: the assembled content as simple HTML and outline lines.

Plain functions of a `BriefingContent`, with no widgets, so they are quick
to test and the page class stays about the page. The preview shortens long
tables and lists (the Word document has everything) so that a pack over
thousands of records still shows at once.
"""

from __future__ import annotations

import html

from ..models.content import (
    Block,
    BriefingContent,
    Bullets,
    Cell,
    Column,
    ContentSection,
    KeyFigures,
    Notes,
    Paragraph,
    Subheading,
    Table,
    Timeline,
)
from ..models.formatting import format_cell, format_date
from ..models.l10n import translate
from ..models.vocab import SectionKind

PREVIEW_ROWS = 30
"""Rows of a table the preview shows; the Word document has them all."""
PREVIEW_ITEMS = 25
"""Bullets or notes of one block the preview shows (changes can run to thousands)."""
TIMELINE_SHOWN = 12


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def cell_text(value: Cell, column: Column) -> str:
    """A table cell as the document prints it."""
    return format_cell(value, column.kind)


def counted(noun: str, count: int) -> str:
    """'40 activities', '1 row', '3 bullets': what the outline counts, in the app's language."""
    nouns = {
        "activity": lambda: translate("PackPreview", "%Ln activity(ies)", None, count),
        "commitment": lambda: translate("PackPreview", "%Ln commitment(s)", None, count),
        "row": lambda: translate("PackPreview", "%Ln row(s)", None, count),
        "line": lambda: translate("PackPreview", "%Ln line(s)", None, count),
        "note": lambda: translate("PackPreview", "%Ln note(s)", None, count),
        "paragraph": lambda: translate("PackPreview", "%Ln paragraph(s)", None, count),
        "bullet": lambda: translate("PackPreview", "%Ln bullet(s)", None, count),
        "delegate note": lambda: translate("PackPreview", "%Ln delegate note(s)", None, count),
    }
    return nouns[noun]()


NOUNS = {"Activity": "activity", "Commitment": "commitment"}


def _noun(table: Table) -> str:
    titles = [c.title for c in table.columns]
    if table.record_ids:
        for title, noun in NOUNS.items():
            if title in titles:
                return noun
    return "row"


def table_noun(table: Table) -> str:
    """'40 activities', '12 commitments' or '8 rows': what a table counts."""
    return counted(_noun(table), len(table.rows))


def describe_block(block: Block) -> str:
    """The outline's line on a table, timeline or set of notes."""
    line = translate("PackPreview", "{what}: {count}")
    if isinstance(block, Table):
        return line.format(what=block.caption or translate("PackPreview", "Table"),
                           count=table_noun(block))
    if isinstance(block, Bullets):
        return line.format(what=block.title or translate("PackPreview", "Bullets"),
                           count=counted("line", len(block.items)))
    if isinstance(block, Timeline):
        return line.format(what=translate("PackPreview", "Timeline"),
                           count=counted("activity", len(block.items)))
    if isinstance(block, Notes):
        return line.format(what=block.title, count=counted("note", len(block.items)))
    if isinstance(block, KeyFigures):
        return translate("PackPreview", "Key figures: ") + ", ".join(
            f"{label} {value}" for label, value in block.items
        )
    if isinstance(block, Subheading):
        return block.text
    return translate("PackPreview", "Paragraph")


def note_parts(section: ContentSection) -> list[tuple[str, str]]:
    """An agenda item's note as (heading, what it holds) per heading, for the outline."""
    parts: list[tuple[str, list[Block]]] = []
    for block in section.blocks:
        if isinstance(block, Subheading):
            parts.append((block.text, []))
        elif parts:
            parts[-1][1].append(block)
    return [(heading, describe_section(ContentSection(section.kind, heading, blocks)))
            for heading, blocks in parts]


def describe_section(section: ContentSection) -> str:
    """The outline's one line on a section: what it holds, with counts."""
    if section.kind is SectionKind.COVER:
        return translate("PackPreview", "title page")
    if section.is_empty:
        return translate("PackPreview", "empty")
    tables = [b for b in section.blocks if isinstance(b, Table)]
    paragraphs = sum(1 for b in section.blocks if isinstance(b, Paragraph))
    bullets = sum(len(b.items) for b in section.blocks if isinstance(b, Bullets))
    notes = sum(len(b.items) for b in section.blocks if isinstance(b, Notes))
    timelines = [b for b in section.blocks if isinstance(b, Timeline)]
    parts: list[str] = []
    if len(tables) == 1:
        parts.append(table_noun(tables[0]))
    elif tables:
        nouns = {_noun(t) for t in tables}
        noun = nouns.pop() if len(nouns) == 1 else "row"
        count = len(tables)
        parts.append(translate("PackPreview", "%Ln tables, {rows}", None, count).format(
            rows=counted(noun, sum(len(t.rows) for t in tables))))
    if timelines:
        parts.append(translate("PackPreview", "timeline of {activities}").format(
            activities=counted("activity", len(timelines[0].items))))
    if paragraphs:
        parts.append(counted("paragraph", paragraphs))
    if bullets:
        parts.append(counted("bullet", bullets))
    if notes:
        parts.append(counted("delegate note", notes))
    if any(isinstance(b, KeyFigures) for b in section.blocks):
        parts.append(translate("PackPreview", "key figures"))
    return ", ".join(parts)


def render_html(content: BriefingContent, *, max_rows: int = PREVIEW_ROWS) -> str:
    """The assembled pack as simple HTML for a QTextBrowser; all user text escaped.

    Record rows link to `record:<id>`, so the preview can open, pin or exclude
    the record under the pointer.
    """
    out = [f'<p align="center" style="color:#b71c1c;"><b>{esc(content.marking)}</b></p>']
    number = 0
    for index, section in enumerate(content.sections):
        if section.kind is SectionKind.COVER:
            out.append(f'<a name="section-{index}"></a>')
            out.append(_cover_html(content))
            continue
        number += 1
        out.append(f'<h3><a name="section-{index}"></a>{number}. {esc(section.title)}</h3>')
        if section.is_empty:
            out.append('<p style="color:#8d6e63;"><i>This section is empty.</i></p>')
        for block in section.blocks:
            out.append(_block_html(block, max_rows))
    return "\n".join(out)


def _cover_html(content: BriefingContent) -> str:
    rows = [
        (translate("PackPreview", "Scope"), content.scope),
        (translate("PackPreview", "Meeting"), content.meeting),
        (translate("PackPreview", "Meeting date"), format_date(content.meeting_date)),
        (translate("PackPreview", "Audience"), content.audience),
        (translate("PackPreview", "Author"), content.author),
        (translate("PackPreview", "Version"), content.version),
        (translate("PackPreview", "Date"), format_date(content.date)),
    ]
    cells = "".join(f'<tr><td style="color:#555;">{esc(k)}</td><td>{esc(v)}</td></tr>'
                    for k, v in rows if v)
    return (f'<h2 align="center">{esc(content.title)}</h2>'
            f'<table align="center" cellpadding="2">{cells}</table><hr/>')


def _block_html(block: Block, max_rows: int) -> str:
    if isinstance(block, Paragraph):
        number = f"<b>{esc(block.number)}</b>&nbsp;&nbsp;" if block.number else ""
        return "<p>" + number + esc(block.text).replace("\n", "<br/>") + "</p>"
    if isinstance(block, Subheading):
        return f"<h4>{esc(block.text)}</h4>"
    if isinstance(block, Bullets):
        title = f"<p><b>{esc(block.title)}</b></p>" if block.title else ""
        items = "".join(f"<li>{esc(i)}</li>" for i in block.items[:PREVIEW_ITEMS])
        return title + f"<ul>{items}</ul>" + _more(len(block.items) - PREVIEW_ITEMS)
    if isinstance(block, KeyFigures):
        cells = "".join(f'<td align="center"><span style="font-size:large;"><b>{esc(v)}'
                        f'</b></span><br/><small>{esc(k)}</small></td>'
                        for k, v in block.items)
        return f'<table cellpadding="6" cellspacing="4"><tr>{cells}</tr></table>'
    if isinstance(block, Table):
        return _table_html(block, max_rows)
    if isinstance(block, Timeline):
        span = translate("PackPreview", "{start} to {end}")
        items = "".join(f"<li>{esc(i.label)}: "
                        f"{esc(span.format(start=format_date(i.start), end=format_date(i.end)))}"
                        f' <span style="color:#666;">({esc(i.group)})</span></li>'
                        for i in block.items[:TIMELINE_SHOWN])
        more = len(block.items) - TIMELINE_SHOWN
        tail = translate("PackPreview", "… and %Ln more in the chart.", None, more)
        tail = f"<p><i>{esc(tail)}</i></p>" if more > 0 else ""
        chart = translate("PackPreview", "Timeline chart")
        dates = span.format(start=format_date(block.start), end=format_date(block.end))
        return (f"<p><b>{esc(chart)}</b> ({esc(dates)}):"
                f" {esc(block.caption)}</p><ul>{items}</ul>{tail}")
    notes = "".join(f"<li><i>{esc(n.about)}</i>: {esc(n.text)}"
                    f' <span style="color:#666;">— {esc(n.author)},'
                    f" {esc(format_date(n.date))}</span></li>"
                    for n in block.items[:PREVIEW_ITEMS])
    return f"<p><b>{esc(block.title)}</b></p><ul>{notes}</ul>" \
        + _more(len(block.items) - PREVIEW_ITEMS)


def _more(hidden: int) -> str:
    if hidden <= 0:
        return ""
    more = translate("PackPreview", "… and %Ln more in the Word document.", None, hidden)
    return f"<p><i>{esc(more)}</i></p>"


def _table_html(table: Table, max_rows: int) -> str:
    link = next(
        (
            i
            for i, c in enumerate(table.columns)
            if c.title
            in (translate("PackPreview", "Activity"), translate("PackPreview", "Commitment"))
        ),
        None,
    )
    if not table.record_ids:
        link = None
    caption = f"<p><i>{esc(table.caption)}</i></p>" if table.caption else ""
    # Dates and sums never break inside; Qt's rich text lays out the rest by content
    # (it mishandles percent widths next to cells that do not wrap).
    head = "".join(f'<th align="{_align(c)}" bgcolor="#e8edf3"{_cell_style(c)}>'
                   f"{esc(c.title)}</th>" for c in table.columns)
    rows = []
    for r, row in enumerate(table.rows[:max_rows]):
        cells = []
        for i, (value, column) in enumerate(zip(row, table.columns, strict=False)):
            text = esc(cell_text(value, column))
            if i == link and r < len(table.record_ids):
                text = f'<a href="record:{esc(table.record_ids[r])}">{text}</a>'
            cells.append(f'<td align="{_align(column)}"{_cell_style(column)}>{text}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = len(table.rows) - max_rows
    tail = translate("PackPreview", "… and %Ln more row(s) in the Word document.", None, more)
    tail = f"<p><i>{esc(tail)}</i></p>" if more > 0 else ""
    return (f'{caption}<table border="1" cellspacing="0" cellpadding="3" width="100%"'
            f' style="border-color:#c5ccd6; border-collapse:collapse;">'
            f"<tr>{head}</tr>{''.join(rows)}</table>{tail}")


def _cell_style(column: Column) -> str:
    return ' style="white-space:nowrap;"' if column.kind != "text" else ""


def _align(column: Column) -> str:
    return "right" if column.kind in ("money", "number") else "left"
