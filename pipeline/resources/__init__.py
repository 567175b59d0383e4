"""Vietnamese vocabulary kept as data: one entry per line, ``#`` comments.

Each file says in its header where its entries come from. Loaders return
entries in file order; ``.tsv`` files give tuples of their columns.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as _resources


def _lines(name: str) -> list[str]:
    text = _resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line.strip())
    return out


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """Entries of a one-entry-per-line file."""
    return tuple(_lines(name))


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, each a tuple of stripped columns."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in _lines(name))


def load_kind(name: str, *kinds: str) -> list[str]:
    """First-column entries of the rows of a ``.tsv`` file whose second column (the entry's kind) is one of ``kinds``,
    in file order.

    >>> load_kind("year_relative.tsv", "ahead")[:1]
    ['thời gian tới']
    """
    return [r[0] for r in load_tsv(name) if r[1] in kinds]
