"""Places: "huyện Ngân Sơn", "UBND xã Tây Đô", "Huyện ủy" … and the unit the report is about.

**Mentions** (``places`` items), in the order of the text:

* a level word and a name: "huyện Ngân Sơn", "TP. Pleiku", "phường 5", "thôn Nà Lầu";
  an organization written right before it is kept (``organization``: "UBND huyện Ngân Sơn");
* a Party committee whose name carries the level: "Huyện ủy Ngân Sơn" (huyện), or alone,
  "Huyện ủy" (``implicit``: the article's district); likewise "UBND tỉnh" without a name;
* a bare name: a province's ("Bắc Kạn"), or a name the article has given a level before.

The name after a level word is the longest run of capitalised words the gazetteer knows at
that level ("huyện Ngân Sơn Nông Bình Cương" → "Ngân Sơn"); a name it does not know is kept
when it is not a person's (an official's mention, a surname and two more words), does not
begin with a word of ``resources/place_name_stops.txt`` and has two words or more.

**Codes**: each named place is looked up in the list in force at the article's date
(``published``, else ``report_year``; :mod:`pipeline.gazetteer`), the other list when the
name is not in that one. A name several units share is resolved by the places the article
names around it (a district, a province, "(Nông Cống)" after it); when that leaves more
than one, it stays unresolved with a warning ``place_ambiguous``, never guessed.

**Unit** (``unit``): each mention votes for its tier (province, district, commune) with a
weight by kind (committees and councils most, bare names least), more in the lead, less
inside an official's title ("Phó Chủ tịch UBND tỉnh" of a guest); "toàn huyện", "của tỉnh"
(``resources/place_cues.tsv``) vote for their tier without a name, national cues
("cả nước", "Bộ trưởng") for no unit. The unit is the tier that wins, named by its most
supported name if the article gives one (else ``name`` null: "UBND tỉnh họp phiên thường
kỳ" about an unnamed province); implicit mentions then take that name.

Cost: one scan of the lower-cased text finds every anchor (level words, organizations,
committees, province names and the cues of ``place_cues.tsv``, one alternation); each anchor
is then read in place (the organization's level word, the name after it). About 0.3 ms per
article of the dev set, 3–4 % of the pipeline (``docs/performance.md``).

Per-document state lives in a :class:`_Scan`; the component keeps none (thread-safe).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import re

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer, lexicon, regexcache
from ..resources import load_list, load_tsv
from ._base import add_item, doc_text, items, store, years_of

#: the tier a level word names (thành phố: 1 or 2, decided by the name; villages: 4)
TIER = {"tỉnh": 1, "thành phố": 1, "huyện": 2, "quận": 2, "thị xã": 2, "xã": 3, "phường": 3, "thị trấn": 3,
        "đặc khu": 3}
VILLAGE_LEVELS = frozenset({"thôn", "bản", "xóm", "ấp", "buôn", "tổ dân phố", "khu phố"})
#: the levels a name may be a bare number for ("phường 5", "Quận 1", "thôn 3")
NUMBERED = frozenset({"phường", "quận", "thôn", "xóm", "ấp", "tổ dân phố", "khu phố", "bản"})
LEAD_CHARS = 300  # the title and lead: mentions there weigh more


@lru_cache(maxsize=1)
def _patterns() -> dict:
    levels = load_tsv("place_levels.tsv")
    level_of = {}
    exact, loose = [], []
    for row in levels:
        level_of[lexicon.fold_key(row[0])] = row[1]
        (exact if len(row) > 2 and row[2] == "exact" else loose).append(row[0])
    orgs = load_tsv("place_organizations.tsv")
    committees = {lexicon.fold_key(r[1]): r[2] for r in orgs if r[0] == "committee"}
    before = [r[1] for r in orgs if r[0] == "before"]
    cues = load_tsv("place_cues.tsv")
    refer = {lexicon.fold_key(r[1]): float(r[2]) for r in cues if r[0] == "refer"}
    national = {lexicon.fold_key(r[1]): float(r[2]) for r in cues if r[0] == "national"}
    roles = {lexicon.fold_key(r[1]): r[0] for r in cues if r[0] in ("guest", "notguest", "chair", "visit")}
    plural = [r[1] for r in cues if r[0] == "plural"]
    generic = [r[1] for r in cues if r[0] == "generic"]
    tier_cues = {r[1]: (float(r[2]), r[3]) for r in cues if r[0] == "tier"}

    word = r"\p{Lu}[\p{L}\p{M}]*+(?:['’][\p{L}\p{M}]++)?"  # a capitalised word ("Ngân", "H'Drai", "NGÂN")
    number = r"\d{1,3}(?![\p{L}\p{M}\p{N}])"  # a numbered unit ("phường 5")
    sep = r"(?:[^\S\n]++|[^\S\n]*[-–][^\S\n]*)"  # spaces, or a dash inside a name ("Bà Rịa - Vũng Tàu")
    # a name: a number, or capitalised words, up to six (kept to the names the gazetteer knows, or
    # cut by the rules of _Scan._name)
    name = r"(?:%s|%s(?:%s(?:%s|%s)){0,5})" % (number, word, sep, word, number)
    # what stands right before a level word without a name: a cue referring to the article's own
    # unit ("toàn huyện"), or a word making it plural ("các xã", "32 xã"). This and the next two
    # patterns are lower case, searched in the lower-cased text with stdlib re (faster there).
    before_bare = re.compile(
        r"""
        (?:
            (?P<refer>%(refer)s)[^\S\n]+                      # "toàn ", "của ", "trên địa bàn "
          | (?P<plural>%(plural)s|\d+)[^\S\n]+               # "các ", "32 "
          | (?P<list>(?:%(level)s)[^\S\n]*[,/][^\S\n]*)       # a list: "xã, " before "phường"
        )
        \Z                                                  # right before the level word
        """ % {"refer": lexicon.alternation(list(refer)), "plural": lexicon.alternation(plural),
               "level": lexicon.alternation(loose)},
        re.VERBOSE,
    )
    # what stands right after a level word that is no reference to a unit
    after_bare = re.compile(
        r"""
        [^\S\n]+(?:%(generic)s)\b                # "xã hội", "xã nông thôn mới", "huyện đội"
        | [^\S\n]*[,/][^\S\n]*(?:%(level)s)\b   # a list: "xã, phường", "huyện/thị xã"
        | [^\S\n]+và[^\S\n]+(?:%(level)s)\b     # "huyện và tỉnh"
        """ % {"level": lexicon.alternation(loose), "generic": lexicon.alternation(generic)},
        re.VERBOSE,
    )
    # after "huyện 6": a quantity or a period, not a numbered unit ("HĐND huyện 6 tháng đầu năm")
    number_stop = regexcache.compile(
        r"[^\S\n]*(?:" + lexicon.alternation(list(load_list("place_number_stops.txt"))) + r")(?![\p{L}\p{M}])",
        regex.IGNORECASE,
    )
    # every cue of resources/place_cues.tsv read in one pass: the roles of sentences (guests, chair,
    # visit), national cues, and the level cues (case-sensitive: checked on each match)
    cue_kind = {**{k: ("national", v) for k, v in national.items()}, **{k: (v, None) for k, v in roles.items()}}
    tier_by_key: dict[str, dict[str, tuple[float, str]]] = {}  # folded -> {as written: (weight, level)}
    for k, v in tier_cues.items():
        tier_by_key.setdefault(lexicon.fold_key(k), {})[_words(k)] = v
    # One scan finds where anything may start (stdlib re: a plain alternation scans faster there):
    # level words, organizations and committees (then read in full by `mention`), and the cues.
    cue_words = list(roles) + list(national) + list(tier_cues)
    # Province names (bare mentions: "Bắc Kạn") are anchors too. The alternation is lower case and
    # scans the lower-cased text (three times faster than re.IGNORECASE on the text itself).
    anchor_src = (r"\b(?:" + lexicon.alternation(loose + exact + before + list(committees) + cue_words
                                                 + _province_forms()) + r")\b")
    anchor = re.compile(anchor_src)
    anchor_ci = re.compile(anchor_src, re.IGNORECASE)  # for a text whose lower case changes its length
    # after an organization: the level word (in the lower-cased text; "TP"/"TX" checked as written)
    level_after = re.compile(r"[^\S\n]+(?P<lv>%s)(?![^\W\d_])" % lexicon.alternation(loose + exact))
    cue_keys = frozenset(lexicon.fold_key(c) for c in cue_words)
    anchor_levels = frozenset(lexicon.fold_key(c) for c in loose + exact + before + list(committees))
    # a title right before a place, in the same segment: "Bí thư Huyện ủy", "Ủy viên BTV Tỉnh ủy"
    title = re.compile(r"\b(?:" + lexicon.alternation(list(load_list("titles.txt"))) + r")\b")
    # sentence ends: punctuation before a space, a blank line, a line break before a capital
    sentence_end = regexcache.compile(r"[.!?…]+(?=\s)|\n[^\S\n]*\n|\n(?=[^\S\n]*[\p{Lu}\d])")
    words = regexcache.compile(r"%s|%s" % (word, number))
    # around a bare name: the word after it (capitalised: the name goes on), the two words before it
    word_after = regexcache.compile(r"[\p{L}\p{M}\p{N}]|[^\S\n]+\p{Lu}")
    words_before = regexcache.compile(
        r"(?:(?P<w0>%s)[^\S\n]+)?(?P<w1>%s)[^\S\n]+\Z" % (word, word)
    )
    paren = regexcache.compile(r"[^\S\n]*\((?P<p>%s(?:[^\S\n]+%s){0,4})\)" % (word, word))
    return {
        "anchor": anchor, "anchor_ci": anchor_ci, "level_after": level_after, "cue_keys": cue_keys,
        "anchor_levels": anchor_levels, "cue_kind": cue_kind, "words": words, "exact": frozenset(exact),
        "exact_keys": frozenset(lexicon.fold_key(w) for w in exact),
        "paren": paren, "word_after": word_after, "name_rx": regexcache.compile(name), "words_before": words_before,
        "word_start": regexcache.compile(r"(?<=\s)\S"),
        "level_of": level_of, "committees": committees, "refer_weight": refer,
        "before_bare": before_bare, "after_bare": after_bare,
        "title": title, "sentence_end": sentence_end,
        "tier_cues": tier_by_key, "number_stop": number_stop,
        "stops": frozenset(lexicon.fold_key(w) for w in load_list("place_name_stops.txt")),
    }


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """Name keys of every province of both lists (bare province names are places)."""
    return frozenset(gazetteer.name_key(d.short) for lst in (gazetteer.PRE_2025, gazetteer.LIST_2025)
                     for d in gazetteer.divisions(lst) if d.tier == 1)


def _name_next(text: str, pos: int) -> bool:
    """A name may follow a level word ending at ``pos``: a capital or a digit after spaces (or a dot, "TP.")."""
    n = len(text)
    if pos < n and text[pos] == ".":
        pos += 1
    while pos < n and text[pos] in " \t\xa0":
        pos += 1
    return pos < n and (text[pos].isupper() or text[pos].isdigit())


def _words(text: str) -> str:
    """Canonical words, case kept (a case-sensitive comparison of phrases)."""
    return " ".join(lexicon.canonical_word(w) for w in text.split())


def _province_forms() -> list[str]:
    """Every province name of both lists as written in the press (with the spelling variants and
    aliases of place_names.tsv), for bare mentions."""
    words, names = {}, []
    for row in load_tsv("place_names.tsv"):
        if row[0] == "word":
            words.setdefault(row[2].casefold(), []).append(row[1])
        elif row[0] == "name":
            names.append(row[1])
    for lst in (gazetteer.PRE_2025, gazetteer.LIST_2025):
        for d in gazetteer.divisions(lst):
            if d.tier == 1:
                forms = [[]]
                for w in d.short.split():
                    forms = [f + [v] for f in forms for v in [w] + words.get(w.casefold(), [])]
                names.extend(" ".join(f) for f in forms)
    return sorted(set(names))


@lru_cache(maxsize=1)
def _not_bare() -> frozenset[str]:
    """Province names that alone are something else ("Hồ Chí Minh": the president), from place_names.tsv."""
    return frozenset(gazetteer.name_key(r[1]) for r in load_tsv("place_names.tsv") if r[0] == "nobare")


@lru_cache(maxsize=65536)
def _known(name: str, level: Optional[str]) -> bool:
    return bool(gazetteer.lookup(name, level if level in gazetteer.LEVELS else None))


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    name: Optional[str]
    level: Optional[str]
    organization: Optional[str]
    rule: str
    implicit: bool = False
    in_title: bool = False  # inside an official's position
    parent_hint: Optional[str] = None  # "(Nông Cống)" written after it
    division: Optional[gazetteer.Division] = None
    ambiguous: int = 0  # how many units share the name (when unresolved)
    tier: Optional[int] = None
    antecedent: Optional["_Mention"] = None  # a bare name: its first mention with a level

    def key(self) -> Optional[str]:
        return gazetteer.name_key(self.name) if self.name else None


@dataclass
class _Scan:
    """One document's places."""

    p: dict
    text: str
    published: Optional[str]
    report_year: Optional[int]
    person_spans: list[tuple[int, int]]
    position_spans: list[tuple[int, int]]
    known_only: bool = False  # scrambled diacritics: only names the gazetteer knows
    mentions: list[_Mention] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    unit: Optional[dict] = None
    bare: list[tuple[int, int, str, float]] = field(default_factory=list)  # level words alone, with a weight
    roles: dict[int, dict] = field(default_factory=dict)  # sentence start -> {"end", "guest", "chair", "visit"}
    role_starts: list[int] = field(default_factory=list)
    national: float = 0.0  # the weight of national cues
    level_cues: list[tuple[int, int, float, str]] = field(default_factory=list)  # "Sở Tài chính": tỉnh
    cue_spans: list[tuple[int, int]] = field(default_factory=list)  # where the cues stand
    province_hits: list[tuple[int, int]] = field(default_factory=list)  # where province names stand
    low: str = ""  # the text in lower case, same offsets
    person_starts: list[int] = field(default_factory=list)

    # ------------------------------------------------------------ mentions

    def _in(self, spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
        i = bisect_right(starts, s) - 1
        for j in (i, i + 1):
            if 0 <= j < len(spans) and spans[j][0] < e and s < spans[j][1]:
                return True
        return False

    def _person_at(self, s: int, e: int) -> Optional[int]:
        """Start of the first official's mention overlapping [s, e) (mentions do not overlap each other)."""
        spans = self.person_spans
        if not self.person_starts and spans:
            self.person_starts = [ps for ps, _ in spans]
        i = max(0, bisect_right(self.person_starts, s) - 1)
        for ps, pe in spans[i:i + 3]:
            if ps < e and s < pe:
                return max(ps, s)
            if ps >= e:
                break
        return None

    def _name(self, level: Optional[str], start: int, end: int) -> Optional[tuple[str, int, bool]]:
        """(name, end, known) of the name written in [start, end) after a level word, or None."""
        ws = [(m.start(), m.end()) for m in self.p["words"].finditer(self.text, start, end)]
        if not ws:
            return None
        if self.text[ws[0][0]].isdigit():  # "phường 5", "Quận 1"; not "huyện 6 tháng"
            if level not in NUMBERED or self.p["number_stop"].match(self.text, ws[0][1]):
                return None
            ws = ws[:1]
        glevel = level if level in gazetteer.LEVELS else None
        if level not in VILLAGE_LEVELS:
            for k in range(len(ws), 0, -1):  # the longest name the gazetteer knows
                cand = self.text[start:ws[k - 1][1]]
                if _known(cand, glevel):
                    return cand, ws[k - 1][1], True
        if self.known_only:
            return None
        person = self._person_at(start, end)
        if person is not None:
            ws = [w for w in ws if w[1] <= person]
            if not ws:
                return None
        first = self.text[ws[0][0]:ws[0][1]]
        if first.isdigit():
            return (first, ws[0][1], False) if level in NUMBERED else None
        if lexicon.fold_key(first) in self.p["stops"]:
            return None
        ws = ws[:4]
        names = [self.text[a:b] for a, b in ws]
        if any(n.isupper() and len(n) > 1 for n in names):  # an all-caps run is a heading, not a name
            return None
        if len(ws) < 2 and level not in VILLAGE_LEVELS:
            return None
        if len(ws) >= 3 and first in lexicon.surnames():  # "tỉnh Phạm Văn Bình": a person
            return None
        return self.text[start:ws[-1][1]], ws[-1][1], False

    def find_mentions(self) -> None:
        text, p = self.text, self.p
        pos_starts = [s for s, _ in self.position_spans]
        taken: list[tuple[int, int]] = []
        last_end = 0
        low = text.lower()
        if len(low) == len(text):
            self.low = low
            anchors = p["anchor"].finditer(low)
        else:  # lower case changed the length (rare letters): offsets must stay the text's
            self.low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
            anchors = p["anchor_ci"].finditer(text)
        fold, cue_keys, anchor_levels = lexicon.fold_key, p["cue_keys"], p["anchor_levels"]
        for a in anchors:
            a_start, a_end = a.span()
            key = fold(text[a_start:a_end])
            if key in cue_keys:
                self.cue_spans.append((a_start, a_end))
                continue
            if key not in anchor_levels:  # a province name
                self.province_hits.append((a_start, a_end))
                continue
            if a_start < last_end:  # inside the mention read before
                continue
            mention, reach = self._read_anchor(a_start, a_end, key)
            if reach is None:  # "Thường trực HĐND và UBND TP. Pleiku": a mention may start inside the anchor
                for w in p["word_start"].finditer(text, a_start + 1, a_end):
                    inner = p["anchor"].match(self.low, w.start())
                    if inner is not None and fold(text[w.start():inner.end()]) in anchor_levels:
                        mention, reach = self._read_anchor(w.start(), inner.end(), fold(text[w.start():inner.end()]))
                        if reach is not None:
                            break
            if reach is not None:
                last_end = reach
            if mention is None:
                continue
            if mention.name is None and self._person_at(mention.start, mention.end) is not None:
                continue
            mention.in_title = (self._in(self.position_spans, pos_starts, mention.start, mention.end)
                                or self._title_before(mention.start))
            self.mentions.append(mention)
            taken.append((mention.start, mention.end))
        self._bare_names(taken)
        self.mentions.sort(key=lambda x: x.start)

    def _read_anchor(self, start: int, end: int, key: str) -> tuple[Optional[_Mention], Optional[int]]:
        """The mention an anchor (a level word, a committee, an organization) begins, and where the
        reading ended (None: nothing read, the anchor is no mention's start)."""
        text, p = self.text, self.p
        if key in p["exact_keys"] and text[start:end] not in p["exact"]:
            return None, None  # "tp" is not "TP"
        level = p["level_of"].get(key)
        committee = p["committees"].get(key)
        if level is None and committee is None:  # an organization: the level word must follow
            lm = p["level_after"].match(self.low, end)
            if lm is None:
                return None, None
            ls, le = lm.span("lv")
            lkey = lexicon.fold_key(text[ls:le])
            if lkey in p["exact_keys"] and text[ls:le] not in p["exact"]:
                return None, None
            return self._named_after(ls, le, p["level_of"][lkey], None, org=(start, end))
        if not _name_next(text, end):
            if committee is not None:  # "Huyện ủy" alone
                return _Mention(start, end, None, committee, text[start:end], "place.committee", implicit=True), end
            self._bare_level(start, end, level)  # a level word alone (no name: no mention)
            return None, end
        return self._named_after(start, end, level, committee)

    def _named_after(self, start: int, end: int, level: Optional[str], committee: Optional[str],
                     org: Optional[tuple[int, int]] = None) -> tuple[Optional[_Mention], int]:
        """A level word or a committee, with the name written after it if any (the `mention`
        pattern's branches without an organization, read with the name pattern alone: faster);
        and where the reading ends. A level word without a name is counted as such (None)."""
        text = self.text
        pos = end
        if committee is None and text[end:end + 1] == "." and text[end - 2:end].isupper():
            pos += 1  # "TP." "TX."
        elif text[end:end + 1].isalpha():
            pos = -1
        if pos >= 0:
            while pos < len(text) and text[pos] in " \t\xa0":
                pos += 1
            if committee is not None and pos == end:  # "Huyện ủy" needs a space before its name
                pos = -1
        m = self.p["name_rx"].match(text, pos) if pos >= 0 else None
        got = self._name(committee or level, m.start(), m.end()) if m is not None else None
        reach = m.end() if m is not None else end
        if got is None:
            if committee is not None:
                return _Mention(start, end, None, committee, text[start:end], "place.committee", implicit=True), reach
            if org is not None:  # "UBND huyện": the article's district
                if text[end:end + 1] == "." and text[end - 1].isupper():
                    end += 1
                return _Mention(org[0], end, None, level, text[org[0]:org[1]], "place.organization_level",
                                implicit=True), reach
            self._bare_level(start, end, level)
            return None, reach
        name, name_end, _known_name = got
        if committee is not None:
            mention = _Mention(start, name_end, name, committee, text[start:end], "place.committee_name")
        elif org is not None:
            mention = _Mention(org[0], name_end, name, level, text[org[0]:org[1]], "place.organization_level_name")
        else:
            mention = _Mention(start, name_end, name, level, None, "place.level_name")
        pm = self.p["paren"].match(text, name_end, name_end + 200)  # (bounded: regex scans ahead for "(")
        if pm:
            mention.parent_hint = pm.group("p")
        return mention, reach

    def _bare_level(self, start: int, end: int, level: Optional[str]) -> None:
        """A level word without a name or an organization: a reference to the article's unit
        ("toàn huyện", "Huyện đã chỉ đạo") unless plural, a list or another word ("xã hội")."""
        if level not in TIER or self.p["after_bare"].match(self.low, end):
            return
        b = self.p["before_bare"].search(self.low, max(0, start - 30), start)
        if b is not None and not b.group("refer"):
            return
        weight = self.p["refer_weight"].get(lexicon.fold_key(b.group("refer")), 1.0) if b else 0.5
        self.bare.append((start, end, level, weight))

    def _title_before(self, start: int) -> bool:
        """A title stands before ``start`` in the same segment ("Bí thư Huyện ủy", "Ủy viên BTV Tỉnh ủy")."""
        lo = max(0, start - 60)
        seg = self.low[lo:start]
        cut = max(map(seg.rfind, ",;:()\n–"))
        dash = seg.rfind(" - ")
        lo += max(0, cut + 1, dash + 3 if dash >= 0 else 0)
        return self.p["title"].search(self.low, lo, start) is not None

    def _cues(self) -> None:
        """Read every cue once: the sentences around role cues (guests, chair, visit), the
        national cues' weight, the level cues ("Tỉnh ủy viên", "Sở Tài chính")."""
        text, p = self.text, self.p
        for cs, ce in self.cue_spans:
            key = lexicon.fold_key(text[cs:ce])
            tiers = p["tier_cues"].get(key)
            if tiers is not None:
                found = tiers.get(_words(text[cs:ce]))  # as written, case included ("Sở", not "cơ sở")
                if found is not None:
                    self.level_cues.append((cs, ce, *found))
                continue
            kind, weight = p["cue_kind"].get(key, (None, None))
            if kind == "national":
                self.national += weight * (1.0 if cs < LEAD_CHARS else 0.25)
            elif kind in ("guest", "chair", "visit"):
                start, end = self._sentence_at(cs)
                role = self.roles.setdefault(start, {"end": end})
                if kind == "visit":
                    role.setdefault("visit", ce)
                else:
                    role[kind] = True
        self.role_starts = sorted(self.roles)

    def _sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``: from the last sentence end before it to the next one."""
        start = max(0, pos - 400)
        for m in self.p["sentence_end"].finditer(self.text, start, pos):
            start = m.end()
        stop = min(len(self.text), pos + 400)  # bounded as the look-back is: linear cost without sentence ends
        m = self.p["sentence_end"].search(self.text, pos, stop)
        return start, (m.end() if m else stop)

    def _role(self, pos: int) -> dict:
        """The role cues of the sentence around ``pos`` ({} if none)."""
        i = bisect_right(self.role_starts, pos) - 1
        role = self.roles[self.role_starts[i]] if i >= 0 else {}
        return role if pos < role.get("end", 0) else {}

    def _weight(self, start: int, base: float, in_title: bool) -> float:
        """A vote's weight by where it stands: lead, title, the sentence's role."""
        w = 0.5 if in_title else base * (2 if start < LEAD_CHARS else 1)
        role = self._role(start)
        if "visit" in role:
            w *= 3 if start >= role["visit"] else 0.3
        elif role.get("guest"):
            w *= 0.3
        elif role.get("chair"):
            w *= 2
        return w

    def _bare_names(self, taken: list[tuple[int, int]]) -> None:
        """Bare province names ("Bắc Kạn", "Báo Bắc Kạn"), and bare names the article gave a level
        before ("Ngân Sơn" after "huyện Ngân Sơn"), where they end a run of capitalised words."""
        text = self.text
        introduced: dict[str, _Mention] = {}
        for m in self.mentions:
            if m.name and m.level not in VILLAGE_LEVELS:
                introduced.setdefault(m.key(), m)
        found = list(self.province_hits)
        for name in {m.name for m in introduced.values() if not m.name.isdigit()}:
            i = text.find(name)
            while i >= 0:
                found.append((i, i + len(name)))
                i = text.find(name, i + 1)
        if not found:
            return
        provinces = _province_names()
        starts = [s for s, _ in taken]
        pos_starts = [s for s, _ in self.position_spans]
        seen = set()
        for s, e in sorted(found):
            if (s, e) in seen or not text[s].isupper() or (s and (text[s - 1].isalnum() or text[s - 1] in "'’")):
                continue
            seen.add((s, e))
            key = gazetteer.name_key(text[s:e])
            first = introduced.get(key)
            if first is None and (key not in provinces or key in _not_bare() or e - s < 3):
                continue
            if self._in(taken, starts, s, e) or self._person_at(s, e) is not None:
                continue
            if self.p["word_after"].match(text, e):  # inside a word, or more of a capitalised run ("Điện Biên Phủ")
                continue
            before = self.p["words_before"].search(text, max(0, s - 40), s)
            if before is not None and before.group("w1") in lexicon.surnames() and not (
                    before.group("w0") and lexicon.fold_key(before.group("w0")) in self.p["level_of"]):
                continue  # "Nguyễn Thái Bình": a person's name ("Tỉnh Đoàn Gia Lai" is not)
            mention = _Mention(s, e, text[s:e], None, None, "place.name_again" if first else "place.province_name")
            mention.in_title = self._in(self.position_spans, pos_starts, s, e)
            if first is not None:
                mention.antecedent = first
                mention.parent_hint = first.parent_hint
            self.mentions.append(mention)
            taken.append((s, e))

    # ------------------------------------------------------------ codes

    def division_list(self) -> Optional[str]:
        if self.published:
            return gazetteer.division_list_for(self.published)
        if self.report_year:
            if self.report_year <= 2024:
                return gazetteer.PRE_2025
            if self.report_year >= 2026:
                return gazetteer.LIST_2025
        if any(m.level in ("huyện", "quận", "thị xã") for m in self.mentions):
            return gazetteer.PRE_2025  # districts were abolished on 2025-07-01
        if any(m.level == "đặc khu" for m in self.mentions):
            return gazetteer.LIST_2025
        return None

    def _candidates(self, m: _Mention, lst: Optional[str]) -> list[gazetteer.Division]:
        if m.antecedent is not None:  # a bare name again: the units its first mention can be
            m = m.antecedent
        level = m.level if m.level in gazetteer.LEVELS else None
        found = gazetteer.lookup(m.name, level, division_list=lst) if lst else []
        if not found:  # not in the list of the article's date: the other one ("huyện X" after 2025)
            found = gazetteer.lookup(m.name, level)
            if lst is None and found:  # date unknown: the pre-2025 list first
                pre = [d for d in found if d.division_list == gazetteer.PRE_2025]
                found = pre or found
        if m.level is None and m.rule == "place.province_name":
            found = [d for d in found if d.tier == 1]
        return found

    def resolve(self) -> None:
        lst = self.division_list()
        named = [m for m in self.mentions if m.name and not m.implicit and m.level not in VILLAGE_LEVELS]
        cands = {id(m): self._candidates(m, lst) for m in named}
        for _ in range(3):  # a resolved province or district resolves the communes inside it
            context_codes = set()  # (list, code): the two lists reuse codes
            for m in named:
                if m.division is not None:
                    d = m.division
                    context_codes.update((d.division_list, c) for c in (d.code, d.province_code, d.district_code) if c)
            context_names = {m.key() for m in named} | {gazetteer.name_key(m.parent_hint)
                                                        for m in named if m.parent_hint}
            changed = False
            for m in named:
                if m.division is not None:
                    continue
                found = cands[id(m)]
                if m.antecedent is not None:
                    if m.antecedent.division is None:
                        m.ambiguous = m.antecedent.ambiguous
                        continue
                    found = [m.antecedent.division]
                if len(found) > 1:
                    inside = [d for d in found if _inside_any(d, context_codes, context_names, m)]
                    if len(inside) == 1:
                        found = inside
                        m.rule += ".by_parent"
                if len(found) == 1:
                    m.division = found[0]
                    changed = True
                else:
                    m.ambiguous = len(found)
            if not changed:
                break
        for m in self.mentions:
            m.tier = m.division.tier if m.division else _tier_of(m)
        self._warn_ambiguous(named)

    def _warn_ambiguous(self, named: list[_Mention]) -> None:
        groups: dict[str, list[_Mention]] = {}
        for m in named:
            if m.division is None and (m.antecedent or m).ambiguous > 1:
                m.ambiguous = (m.antecedent or m).ambiguous
                groups.setdefault(m.key(), []).append(m)
        for ms in groups.values():
            level = (ms[0].antecedent or ms[0]).level
            self.warnings.append({
                "code": "place_ambiguous",
                "message": "%s%s: %d units of the official list have this name and the article names no place "
                "that tells which; left without a code"
                % ((level + " ") if level else "", ms[0].name, ms[0].ambiguous),
                "spans": [(m.start, m.end) for m in ms],
            })

    # ------------------------------------------------------------ the unit

    def _votes(self) -> list[tuple[int, Optional[str], float, tuple[int, int], Optional[str], Optional[_Mention]]]:
        """(tier, name group, weight, span, level, mention) of every mention and bare level word."""
        self._cues()
        votes = []
        for m in self.mentions:
            if m.tier is None or m.tier > 3:
                continue
            if m.rule.startswith("place.committee") or m.organization:
                base = 3.0
            elif m.rule.startswith("place.level_name"):
                base = 2.0
            elif m.rule.startswith("place.name_again"):
                base = 1.0
            else:  # a bare province name
                base = 0.5
            w = self._weight(m.start, base, m.in_title)
            votes.append((m.tier, None if m.implicit else _group_key(m), w, (m.start, m.end), m.level, m))
        for start, end, level, base in self.bare:
            votes.append((TIER[level], None, self._weight(start, base, False), (start, end), level, None))
        for start, end, base, level in self.level_cues:
            votes.append((TIER[level], None, self._weight(start, base, True) * base / 0.5, (start, end), None, None))
        return votes

    def _score_outside_guests(self, votes: list, tier: int) -> float:
        return sum(v[2] for v in votes if v[0] == tier and not self._role(v[3][0]).get("guest"))

    def choose_unit(self) -> Optional[dict]:
        votes = self._votes()
        national = self.national
        score = {1: 0.0, 2: 0.0, 3: 0.0}
        for v in votes:
            score[v[0]] += v[2]
        total = sum(score.values()) + national
        if total == 0:
            return None
        has_name = {v[0] for v in votes if v[1]}
        tier = max(score, key=lambda t: (score[t], t in has_name, -t))  # a tie: the tier with a name
        if national > score[tier] or score[tier] < 1.0:
            return None
        named: dict[str, float] = {}
        for t, key, w, _, _, _ in votes:
            if t == tier and key:
                named[key] = named.get(key, 0.0) + w
        best = max(named, key=lambda k: named[k]) if named else None
        if best is not None and len(named) >= 3 and named[best] < 0.4 * sum(named.values()):
            # results of several units alike ("huyện A đạt …; huyện B …"): the unit above them, if the
            # article gives it outside the guests' lines, else none
            above = [t for t in score if t < tier and self._score_outside_guests(votes, t) >= 1.0]
            if not above:
                return None
            tier = max(above, key=lambda t: score[t])
            named = {}
            for t, key, w, _, _, _ in votes:
                if t == tier and key:
                    named[key] = named.get(key, 0.0) + w
            best = max(named, key=lambda k: named[k]) if named else None
        chosen = [v for v in votes if v[0] == tier and (v[1] == best or v[1] is None)]
        levels: dict[str, float] = {}
        for _, key, w, _, level, _ in chosen:
            if level:
                levels[level] = levels.get(level, 0.0) + w
        spans = sorted({v[3] for v in sorted(chosen, key=lambda v: -v[2])[:6]})
        share = score[tier] / total
        if best is not None:
            share *= named[best] / sum(named.values())
        rep = next((v[5] for v in chosen if v[1] == best and v[5] is not None and v[5].name), None)
        division = next((v[5].division for v in chosen if v[1] == best and v[5] is not None
                         and v[5].division is not None), None) if best is not None else None
        level = max(levels, key=lambda k: levels[k]) if levels else (division.level if division else None)
        if level is None:
            return None
        unit = {
            "name": rep.name if rep is not None else None,
            "level": level,
            "evidence": spans,
            "confidence": round(min(1.0, share), 2),
            "rule": "unit.named" if rep is not None else "unit.unnamed",
        }
        unit.update(_resolved(division))
        if division is not None:
            unit["province_code_2025"], unit["province_name_2025"] = _province_2025(division)
        unit["_tier"] = tier
        unit["_division"] = division
        return unit

    def resolve_implicit(self, unit: Optional[dict]) -> None:
        """Name the implicit mentions ("Huyện ủy", "UBND tỉnh") through the article."""
        by_tier: dict[int, dict[str, _Mention]] = {}
        for m in self.mentions:
            if m.name and not m.implicit and m.tier in (1, 2, 3):
                by_tier.setdefault(m.tier, {}).setdefault(_group_key(m), m)
        utier = unit["_tier"] if unit else None
        udiv = unit["_division"] if unit else None
        for m in self.mentions:
            if not m.implicit or m.tier is None:
                continue
            tier = m.tier
            if unit and unit.get("name") and tier == utier:
                m.name, m.division = unit["name"], udiv
                m.rule += ".article_unit"
            elif len(by_tier.get(tier, {})) == 1:
                only = next(iter(by_tier[tier].values()))
                m.name, m.division = only.name, only.division
                m.rule += ".only_one"
            elif udiv is not None and utier is not None and tier < utier:
                parent = gazetteer.get(udiv.province_code if tier == 1 else (udiv.district_code or ""),
                                       udiv.division_list)
                if parent is not None:
                    m.name, m.division = parent.short, parent
                    m.rule += ".parent_of_unit"

    def items(self) -> list[dict]:
        out = []
        for m in self.mentions:
            it = {"start": m.start, "end": m.end, "name": m.name, "level": m.level,
                  "organization": m.organization, "implicit": m.implicit, "rule": m.rule}
            it.update(_resolved(m.division))
            out.append(it)
        return out


def _tier_of(m: _Mention) -> Optional[int]:
    if m.level is None:
        return 1 if m.rule == "place.province_name" else None
    if m.level in VILLAGE_LEVELS:
        return 4
    if m.level == "thành phố" and m.name:
        return 1 if gazetteer.name_key(m.name) in _province_names() else 2
    return TIER.get(m.level)


def _group_key(m: _Mention) -> Optional[str]:
    if m.division is not None:
        return "%s:%s" % (m.division.division_list, m.division.code)
    return m.key()


def _inside_any(d: gazetteer.Division, codes: set[tuple[str, str]], names: set[str], m: _Mention) -> bool:
    """``d`` lies in a place the article names: a resolved one (by code), or one only written
    ("Đảng bộ xã Trường Trung (Nông Cống)", by name)."""
    own = None
    for code, full in ((d.province_code, d.province_name), (d.district_code, d.district_name)):
        if not code or code == d.code:
            continue
        if (d.division_list, code) in codes:
            return True
        if full:
            key = gazetteer.name_key(gazetteer.split_level(full)[1])
            if key in names and key != (own := own or m.key()):  # (no copy of the set per call)
                return True
    return False


def _resolved(d: Optional[gazetteer.Division]) -> dict:
    """The resolution fields of a place or unit (read-only: cached per unit, shared between items)."""
    return {} if d is None else _resolved_fields(d)


@lru_cache(maxsize=4096)
def _resolved_fields(d: gazetteer.Division) -> dict:
    out = {"code": d.code, "official_name": d.name, "division_list": d.division_list,
           "province_code": d.province_code, "province_name": d.province_name,
           "district_code": d.district_code if d.tier >= 2 else None,
           "district_name": d.district_name if d.tier >= 2 else None}
    if d.tier == 2:
        out["district_code"], out["district_name"] = d.code, d.name
    if d.division_list == gazetteer.PRE_2025:
        units, since = gazetteer.successors(d.code)
        out["successors"] = [_division_dict(u) for u in units]
        out["successors_since"] = since
    return out


def _division_dict(d: gazetteer.Division) -> dict:
    return {"code": d.code, "name": d.name, "level": d.level, "division_list": d.division_list,
            "province_code": d.province_code, "province_name": d.province_name,
            "district_code": d.district_code, "district_name": d.district_name}


def _province_2025(d: gazetteer.Division) -> tuple[Optional[str], Optional[str]]:
    if d.division_list == gazetteer.LIST_2025:
        return d.province_code, d.province_name
    provinces = {(u.province_code, u.province_name) for u in gazetteer.successors(d.code)[0]}
    return next(iter(provinces)) if len(provinces) == 1 else (None, None)


class PlaceExtractor:
    """spaCy component ``vnreport_places``: writes ``places`` items and ``unit``.

    Runs after ``vnreport_officials`` (a person's name after "UBND tỉnh" is not a place)
    and ``vnreport_years`` (the article's date chooses the list). No state between documents.
    """

    def __init__(self, nlp: Language | None = None, name: str = "vnreport_places"):
        self.name = name
        self.p = _patterns()

    def __call__(self, doc: Doc) -> Doc:
        scan = self.scan(doc)
        for it in scan.items():
            self.set_annotations(doc, it)
        data = store(doc)
        data["unit"] = scan.unit
        if scan.warnings:
            data.setdefault("warnings", []).extend(scan.warnings)
        return doc

    def scan(self, doc: Doc) -> _Scan:
        text = doc_text(doc)
        years = years_of(doc)
        people, positions = [], []
        for off in items(doc, "officials"):
            people.extend(tuple(x) for x in off.get("mentions", []))
            positions.extend((p["start"], p["end"]) for p in off.get("positions", []))
        scan = _Scan(self.p, text, years.published, years.report_year, sorted(people), sorted(positions),
                     known_only=bool(doc.user_data.get("vnreport_numbers_only")))
        scan.find_mentions()
        scan.resolve()
        unit = scan.choose_unit()
        scan.resolve_implicit(unit)
        if unit is not None:
            unit.pop("_tier")
            unit.pop("_division")
        scan.unit = unit
        return scan

    def set_annotations(self, doc: Doc, item: dict) -> None:
        add_item(doc, "places", item, item["start"], item["end"], "PLACE")


@Language.factory("vnreport_places")
def make_places(nlp: Language, name: str) -> PlaceExtractor:
    return PlaceExtractor(nlp, name)
