"""The optional first line `` date YYYY-MM[-DD]`` that gives an article's publication date.

The one place this header is defined: the pipeline reads ``published`` from it,
the years component skips it, and clause splitting treats it as a boundary.
"""

from __future__ import annotations

from . import regexcache

# The header itself, and with its optional leading space, without anchors: for use inside other
# patterns (components/_base.CLAUSE_BOUNDARY, the paragraph check of components/tasks).
HEADER_DATE = r"date\s+(?P<d>\d{4}-\d{2}(?:-\d{2})?)(?!\d)"
HEADER_BODY = r"\s?" + HEADER_DATE
HEADER = regexcache.compile(r"\A" + HEADER_BODY)


def parse_header(text: str) -> str | None:
    """The ``published`` date of an optional first line `` date YYYY-MM[-DD]``.

    >>> parse_header(" date 2024-12 Các đồng chí"), parse_header("Hội nghị")
    ('2024-12', None)
    >>> parse_header(" date 2024-123")
    """
    m = HEADER.match(text)
    return m.group("d") if m else None
