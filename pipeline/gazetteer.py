"""Vietnam's administrative divisions before and after 2025-07-01, offline: names, codes, successors.

On 2025-07-01 the district level was abolished, the 63 provinces became 34 and the
communes were merged. A report is matched against the list in force at its date.

Which data, which version, and why
----------------------------------
Only the packages' data files are read (located with ``importlib.util.find_spec``,
their Python code is not imported); nothing is downloaded, at install or at run time.

* **From 2025-07-01** (two levels: 34 provinces; 3,321 communes, wards and special
  zones): ``vietnam-provinces`` 2025.10.1, data retrieved 2025-10-18 from the
  General Statistics Office's list (danhmuchanhchinh.gso.gov.vn), file
  ``vietnam_provinces/data/nested-divisions.json``. It is the maintained package of
  the GSO list; its 2025.x series holds only the new list.
* **Before 2025-07-01** (three levels: 63 provinces, 696 districts, 10,035
  communes): ``vietnamadminunits`` 1.0.4, table ``admin_units_legacy`` of
  ``vietnamadminunits/data/dataset.db``. The 63-province list is also in
  ``vietnam-provinces`` 0.6.x (data 2025-01-04), but 0.6 and 2025.x install the same
  module ``vietnam_provinces`` and cannot be installed together. Before choosing,
  the two legacy lists were compared: the same 63 provinces and 696 districts with
  the same codes, every commune they share (10,025) with the same code and
  parents; names differ in tone placement ("Hoà"/"Hòa") and a few spellings, and
  vietnamadminunits is a little newer (Mộc Châu a thị xã, 10 wards of 2025).
* **Old to new**: ``vietnamadminunits/data/converter_2025.json`` (the old communes
  each new commune was formed from, and the old communes split between several new
  ones; every one of the 10,040 old entries is covered). New communes are linked to
  the GSO list of ``vietnam-provinces`` by province and name, not by
  vietnamadminunits's own 2025 codes, which follow an earlier draft (114 of the 3,321
  differ).

Codes are GSO codes as zero-padded strings: 2 digits for a province, 3 for a
district, 5 for a commune (``"06"`` Bắc Kạn, ``"062"`` Ngân Sơn, ``"01954"`` xã Ngân
Sơn of the 2025 list). The two lists reuse codes (a 2025 commune often keeps the code
of one of the communes it was formed from), so a code names a unit only together
with its ``division_list``: ``"pre-2025"`` or ``"2025"``.

Names are matched folded (:func:`name_key`: canonical tone placement, case, hyphens,
apostrophes, leading zeros, Roman numerals, and the spelling variants of
``resources/place_names.tsv``: "Bắc Cạn" = "Bắc Kạn"), so "phường 05" finds
"Phường 5" and "ĐĂK GLONG" finds "Đắk Glong". The indexes are built once, on first
use, under a lock (thread-safe); every function is pure.

>>> [(d.code, d.name, d.province_name) for d in lookup("Ngân Sơn", "huyện", as_of="2024-12")]
[('062', 'Huyện Ngân Sơn', 'Tỉnh Bắc Kạn')]
>>> units, changed_on = successors("062")
>>> changed_on, sorted(d.name for d in units), {d.province_name for d in units}
('2025-07-01', ['Xã Bằng Vân', 'Xã Hiệp Lực', 'Xã Ngân Sơn', 'Xã Nà Phặc', 'Xã Thượng Quan'], {'Tỉnh Thái Nguyên'})
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import threading
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Union

import regex

from . import regexcache
from .lexicon import ROMAN
from .normalize import canonical_word
from .resources import load_tsv

__all__ = [
    "CHANGED_ON",
    "LEVELS",
    "Division",
    "division_list_for",
    "divisions",
    "load",
    "get",
    "lookup",
    "name_key",
    "split_level",
    "successors",
]

#: the day the 2025 reorganization took effect (Resolutions 202/2025/QH15 and 203/2025/QH15)
CHANGED_ON = "2025-07-01"
PRE_2025 = "pre-2025"
LIST_2025 = "2025"

#: level as written -> the tiers it can name (1 province, 2 district, 3 commune)
LEVELS: dict[str, frozenset[int]] = {
    "tỉnh": frozenset({1}),
    "thành phố": frozenset({1, 2}),
    "huyện": frozenset({2}),
    "quận": frozenset({2}),
    "thị xã": frozenset({2}),
    "xã": frozenset({3}),
    "phường": frozenset({3}),
    "thị trấn": frozenset({3}),
    "đặc khu": frozenset({3}),
}


@dataclass(frozen=True)
class Division:
    """One unit of an official list."""

    code: str  # GSO code, zero-padded: "06", "062", "01936"
    name: str  # the official full name: "Huyện Ngân Sơn"
    short: str  # without the level word: "Ngân Sơn" ("5" for "Phường 5")
    level: str  # tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu
    tier: int  # 1 province, 2 district, 3 commune
    division_list: str  # "pre-2025" or "2025"
    province_code: str
    province_name: str
    district_code: Optional[str] = None  # pre-2025 communes and districts
    district_name: Optional[str] = None

    def as_dict(self) -> dict:
        return asdict(self)


# Separators inside names: hyphens and dashes ("Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm"),
# apostrophes ("Ia H'Drai"), dots and commas.
_SEPARATORS = regexcache.compile(r"[-‐‑–—'’`.,]+")
_SPACES = regexcache.compile(r"\s+")


@lru_cache(maxsize=None)
def _variants() -> tuple[dict[str, str], dict[str, str]]:
    """({folded word: folded word}, {folded name: folded name}) from resources/place_names.tsv."""
    words, names = {}, {}
    for row in load_tsv("place_names.tsv"):
        if len(row) < 3:
            continue
        kind, written, matched = row[0], row[1], row[2]
        if kind == "word":
            words[_fold(written)] = _fold(matched)
        elif kind == "name":
            names[_fold(written)] = _fold(matched)
    # a name alias is stated in press spelling: give it its matched spelling too
    names = {" ".join(words.get(w, w) for w in k.split()): v for k, v in names.items()} | names
    return words, names


# Roman numerals in names are matched as numbers ("Tam Xuân II" = "Tam Xuân 2").
_ROMAN = {k: str(v) for k, v in ROMAN.items()}


def _fold(name: str) -> str:
    s = _SEPARATORS.sub(" ", unicodedata.normalize("NFC", name)).casefold()
    words = [(w.lstrip("0") or "0") if w.isdigit() else _ROMAN.get(w, w) for w in s.split()]
    return " ".join(canonical_word(w) for w in words).casefold()  # lexicon.fold_key, without its cache


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key names are matched by.

    >>> name_key("Bắc Cạn") == name_key("BẮC KẠN") == name_key("bắc  kạn")
    True
    >>> name_key("Phường 05"), name_key("Bà Rịa-Vũng Tàu"), name_key("Thừa Thiên - Huế"), name_key("Tam Xuân II")
    ('phường 5', 'bà rịa vũng tàu', 'huế', 'tam xuân 2')
    >>> name_key("Hoà Bình") == name_key("Hòa Bình")
    True
    """
    return _key(name)


def _key(name: str) -> str:
    """:func:`name_key` without its cache (the index's 14,000 names would fill it)."""
    words, names = _variants()
    key = " ".join(words.get(w, w) for w in _fold(name).split())
    return names.get(key, key)


# ------------------------------------------------------------------ the data


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the gazetteer needs the package %r (pip install vnreport installs it)" % name)
    return Path(list(spec.submodule_search_locations)[0])


def _clean(name: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()


_TYPE_WORDS = ("thành phố trung ương", "thành phố", "thị trấn", "thị xã", "đặc khu", "tỉnh", "huyện", "quận",
               "phường", "xã")


def split_level(full: str) -> tuple[str, str]:
    """The level word and the name of an official full name.

    >>> split_level("Huyện Ngân Sơn"), split_level("Thành phố Hà Nội")
    (('huyện', 'Ngân Sơn'), ('thành phố', 'Hà Nội'))
    """
    low = full.casefold()
    for t in _TYPE_WORDS:
        if low.startswith(t + " "):
            return t, full[len(t) + 1:].strip()
    raise ValueError("no level word in %r" % full)


class _Index:
    """Every division of both lists, by (list, code) and by (list, name key), and the succession.

    Units are kept as plain tuples of strings (``Division`` fields, in order) and made into
    ``Division`` objects when asked for: tuples of strings are left out of Python's garbage
    collector's scans, 14,000 objects would have slowed every collection of the process.
    """

    def __init__(self) -> None:
        self.by_code: dict[tuple[str, str], tuple] = {}
        by_name: dict[tuple[str, str], list[tuple]] = {}
        self._by_name = by_name
        self.next: dict[str, tuple[str, ...]] = {}  # pre-2025 code -> 2025 codes
        legacy_keys = self._load_legacy()
        new_by_key = self._load_2025()
        self._load_succession(legacy_keys, new_by_key)
        self.by_name: dict[tuple[str, str], tuple[tuple, ...]] = {k: tuple(v) for k, v in by_name.items()}
        del self._by_name

    def _add(self, d: Division) -> None:
        row = tuple(d.__dict__.values())
        self.by_code[(d.division_list, d.code)] = row
        self._by_name.setdefault((d.division_list, _key(d.short)), []).append(row)

    def _load_legacy(self) -> dict[tuple[str, ...], str]:
        """The pre-2025 list; returns {(provinceKey, districtKey, wardKey): code} for the succession."""
        path = _package_dir("vietnamadminunits") / "data" / "dataset.db"
        con = sqlite3.connect("file:%s?mode=ro&immutable=1" % path, uri=True)
        try:
            rows = con.execute(
                "SELECT province, district, ward, provinceCode, districtCode, wardCode, "
                "provinceKey, districtKey, wardKey FROM admin_units_legacy"
            ).fetchall()
        finally:
            con.close()
        keys: dict[tuple[str, ...], str] = {}
        names: dict[str, str] = {}  # province and district names, cleaned once
        for province, district, ward, pcode, dcode, wcode, pkey, dkey, wkey in rows:
            if pcode not in names:
                names[pcode] = province = _clean(province)
                plevel, pshort = split_level(province)
                self._add(Division(pcode, province, pshort, plevel, 1, PRE_2025, pcode, province))
                keys[(pkey,)] = pcode
            province = names[pcode]
            if dcode not in names:
                names[dcode] = district = _clean(district)
                dlevel, dshort = split_level(district)
                self._add(Division(dcode, district, dshort, dlevel, 2, PRE_2025, pcode, province, dcode, district))
                keys[(pkey, dkey)] = dcode
            district = names[dcode]
            if ward:  # the island districts have no communes
                ward = _clean(ward)
                wlevel, wshort = split_level(ward)
                self._add(Division(wcode, ward, wshort, wlevel, 3, PRE_2025, pcode, province, dcode, district))
                keys[(pkey, dkey, wkey)] = wcode
        return keys

    def _load_2025(self) -> dict[tuple[str, str], str]:
        """The 2025 list (GSO, vietnam-provinces); returns {(provinceKey, wardKey): code} of
        vietnamadminunits's keys, linked by province code and name."""
        data = json.loads((_package_dir("vietnam_provinces") / "data" / "nested-divisions.json")
                          .read_text(encoding="utf-8"))
        by_prov_name: dict[tuple[str, str], str] = {}
        for p in data:
            pcode = "%02d" % p["code"]
            name = _clean(p["name"])
            if p["division_type"] == "tỉnh" and not name.casefold().startswith("tỉnh "):
                name = "Tỉnh " + name
            plevel, pshort = split_level(name)
            plevel = "thành phố" if plevel.startswith("thành phố") else plevel
            self._add(Division(pcode, name, pshort, plevel, 1, LIST_2025, pcode, name))
            for w in p["wards"]:
                wcode = "%05d" % w["code"]
                wname = _clean(w["name"])
                wlevel, wshort = split_level(wname)
                self._add(Division(wcode, wname, wshort, wlevel, 3, LIST_2025, pcode, name))
                by_prov_name[(pcode, _key(wname))] = wcode
        path = _package_dir("vietnamadminunits") / "data" / "dataset.db"
        con = sqlite3.connect("file:%s?mode=ro&immutable=1" % path, uri=True)
        try:
            rows = con.execute("SELECT provinceCode, ward, provinceKey, wardKey FROM admin_units").fetchall()
            provinces = con.execute("SELECT DISTINCT provinceCode, provinceKey FROM admin_units").fetchall()
        finally:
            con.close()
        out: dict[tuple[str, str], str] = {}
        for pcode, ward, pkey, wkey in rows:
            code = by_prov_name.get((pcode, _key(_clean(ward))))
            if code is not None:
                out[(pkey, wkey)] = code
        for pcode, pkey in provinces:
            out[(pkey, "")] = pcode
        return out

    def _load_succession(self, legacy: dict[tuple[str, ...], str], new: dict[tuple[str, str], str]) -> None:
        data = json.loads((_package_dir("vietnamadminunits") / "data" / "converter_2025.json")
                          .read_text(encoding="utf-8"))
        nxt: dict[str, set[str]] = {}

        def link(old_key: str, new_code: Optional[str]) -> None:
            parts = tuple(p for p in old_key.split("_"))
            if new_code is None:
                return
            if parts[-1] == "":  # an island district: the district itself
                parts = parts[:-1]
            old = legacy.get(parts)
            if old is None:
                return
            nxt.setdefault(old, set()).add(new_code)
            if len(parts) == 3:  # a commune: its district and province have this successor too
                nxt.setdefault(legacy[parts[:2]], set()).add(new_code)

        for pkey, wards in data["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
            for wkey, olds in wards.items():
                for old_key in olds:
                    link(old_key, new.get((pkey, wkey)))
        for pkey, olds in data["DICT_PROVINCE_WARD_DIVIDED"].items():
            for old_key, news in olds.items():
                for n in news:
                    link(old_key, new.get((pkey, n["newWardKey"])))
        for pkey, old_provinces in data["DICT_PROVINCE"].items():
            for old_pkey in old_provinces:
                old = legacy.get((old_pkey,))
                if old is not None and (pkey, "") in new:
                    nxt[old] = {new[(pkey, "")]}
        self.next = {k: tuple(sorted(v)) for k, v in nxt.items()}


_LOCK = threading.Lock()
_INDEX: Optional[_Index] = None


def _index_key() -> str:
    """The fingerprint of what the index is built from: this module's code and the three data files it reads (their
    size and time of change), so that an upgrade of either package or a change here builds it again."""
    return regexcache.fingerprint(
        (_package_dir("vietnamadminunits") / "data" / "dataset.db",
         _package_dir("vietnamadminunits") / "data" / "converter_2025.json",
         _package_dir("vietnam_provinces") / "data" / "nested-divisions.json"),
        Path(__file__).read_text(encoding="utf-8"))


def _index() -> _Index:
    """The index, built once per process (0.4–0.6 s), or read from the copy an earlier run kept (pipeline.regexcache:
    the same place, checks and switch as the compiled patterns; 0.04 s)."""
    global _INDEX
    if _INDEX is None:
        with _LOCK:
            if _INDEX is None:
                try:
                    key = _index_key()
                except OSError:
                    key = None
                _INDEX = regexcache.kept_or_built("gazetteer", key, _Index, frozenset({"by_code", "next", "by_name"}),
                                                  _Index)
    return _INDEX


def load() -> None:
    """Build the indexes now (they are otherwise built on first use)."""
    _index()


# ------------------------------------------------------------------ the API


def division_list_for(as_of: Union[str, date, None]) -> Optional[str]:
    """The list in force on ``as_of`` ("YYYY", "YYYY-MM", "YYYY-MM-DD" or a date); None if unknown.

    A month or year is taken at its first day: "2025-07" is after the change, "2025" before.

    >>> division_list_for("2024-12"), division_list_for("2025-07"), division_list_for("2025-06-30"), division_list_for(None)
    ('pre-2025', '2025', 'pre-2025', None)
    """
    if as_of is None:
        return None
    if isinstance(as_of, date):
        iso = as_of.isoformat()
    else:
        iso = str(as_of).strip()
        if not regex.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", iso):
            raise ValueError("as_of: expected YYYY[-MM[-DD]], got %r" % as_of)
        iso = (iso + "-01-01")[:10] if len(iso) == 4 else (iso + "-01")[:10]
    return LIST_2025 if iso >= CHANGED_ON else PRE_2025


def get(code: str, division_list: str = PRE_2025) -> Optional[Division]:
    """The unit of ``division_list`` with this code, or None.

    >>> get("06").name, get("19", "2025").name
    ('Tỉnh Bắc Kạn', 'Tỉnh Thái Nguyên')
    """
    row = _index().by_code.get((division_list, code))
    return None if row is None else _division(row)


def lookup(
    name: str,
    level: Optional[str] = None,
    *,
    parent: Optional[str] = None,
    as_of: Union[str, date, None] = None,
    division_list: Optional[str] = None,
) -> list[Division]:
    """The units called ``name``, best first.

    ``level`` (as written: "huyện", "thành phố", "xã" …) keeps the units of the tiers it
    can name, those of exactly that level if there are any (a "huyện" that later became a
    "thị xã" is still found). ``parent`` (a name or a code) keeps the units inside that
    province or district. ``as_of`` (a date) or ``division_list`` ("pre-2025", "2025")
    chooses the list; with neither, both lists are searched (pre-2025 units first).

    >>> [(d.code, d.division_list) for d in lookup("Bắc Cạn", "tỉnh")]
    [('06', 'pre-2025')]
    >>> len(lookup("Minh Tiến", "xã", as_of="2023-12")) > 1      # many communes share the name
    True
    >>> [d.district_name for d in lookup("Thượng Quan", "xã", parent="Ngân Sơn", as_of="2024")]
    ['Huyện Ngân Sơn']
    >>> [d.code for d in lookup("Quận 1", as_of="2020")], [d.code for d in lookup("1", "quận", as_of="2020")]
    ([], ['760'])
    """
    if level is not None and level not in LEVELS:
        raise ValueError("unknown level %r (one of %s)" % (level, ", ".join(LEVELS)))
    if division_list is None:
        division_list = division_list_for(as_of)
    lists = (division_list,) if division_list else (PRE_2025, LIST_2025)
    idx = _index()
    key = name_key(name)
    out: list[Division] = []
    for lst in lists:
        found = [_division(r) for r in idx.by_name.get((lst, key), ())]
        if level is not None:
            tiers = LEVELS[level]
            found = [d for d in found if d.tier in tiers]
            exact = [d for d in found if d.level == level]
            found = exact or found
        out.extend(found)
    if parent is not None:
        out = [d for d in out if _inside(d, parent)]
    return out


def _inside(d: Division, parent: str) -> bool:
    if parent.isdigit():
        return parent in (d.province_code, d.district_code) and parent != d.code
    key = name_key(parent)
    for full in (d.province_name, d.district_name):
        if full and full != d.name and name_key(split_level(full)[1]) == key:
            return True
    return False


def successors(code: str) -> tuple[list[Division], str]:
    """The units of the 2025 list that took over the pre-2025 unit ``code``, and the date.

    A commune: the new commune(s) it went into (several when it was split). A district:
    every new commune one of its communes went into. A province: the new province.
    An unknown code gives ``([], CHANGED_ON)``.

    >>> [d.name for d in successors("06")[0]]
    ['Tỉnh Thái Nguyên']
    """
    idx = _index()
    return [_division(idx.by_code[(LIST_2025, c)]) for c in idx.next.get(code, ())], CHANGED_ON


def divisions(division_list: str) -> Iterable[Division]:
    """Every unit of one list (for checks and tests)."""
    return (Division(*row) for (lst, _), row in _index().by_code.items() if lst == division_list)


@lru_cache(maxsize=1)
def opening_words() -> frozenset[str]:
    """The first word (its :func:`name_key`) of every unit's name, both lists: a word opening none ("Điểu", a
    Stiêng surname) starts no place after "huyện", "Tỉnh ủy" …

    >>> "hà" in opening_words(), "điểu" in opening_words()
    (True, False)
    """
    return frozenset(key.split()[0] for _, key in _index().by_name if key)  # (the index's name keys, read again)


@lru_cache(maxsize=4096)
def _division(row: tuple) -> Division:
    """The ``Division`` of an index row (one object per unit in use, shared: it is frozen)."""
    return Division(*row)
