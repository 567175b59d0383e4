"""Officials: each named person with positions (title + organization) and mentions.

Vietnamese knowledge is data: surnames, titles, title prefixes, organizations,
abbreviations, place names, name blockers and historical figures live in
``pipeline/resources``. The grammar is here:

* a *name* is a known surname followed by 1-4 capitalized syllables;
* a *position* is a title (with prefixes such as "Phó", "nguyên") followed by
  an organization tail: capitalized words, abbreviations, administrative
  levels ("huyện", "tỉnh"), organization phrases from the data, "và" between
  capitalized words; it stops at a predicate ("đồng chủ trì"), a separator
  or the next name;
* positions follow a name after ", " / " - " / "(" or directly precede it
  ("Bí thư Tỉnh ủy Nguyễn Văn A"), as a comma-separated chain;
* a candidate is an official when an honorific ("đồng chí", "ông", "bà")
  or a position marks it, or it repeats such a name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..lexicon import rx
from ..resources import load_list, load_tsv
from ._base import add_item, doc_text, token_bounds

# A capitalized word of a name; Central Highlands names join a prefix with an apostrophe ("H'Mlin").
CAP = r"\p{Lu}[\p{Ll}\p{M}]*+(?:'\p{Lu}[\p{Ll}\p{M}]*+)?"
LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}\p{M}]*+")
LEVELS = ("huyện", "tỉnh", "xã", "thành phố", "thị xã", "quận", "phường", "thị trấn", "thôn", "bản", "Trung ương", "TP")
ORG_LOWER = (
    "nhân dân", "quốc gia", "kiểm tra", "tuyên giáo", "dân vận", "thường trực", "văn kiện", "chấp hành",
    "thường vụ", "tổ chức", "nội chính", "đại biểu", "lâm thời", "đảng", "sự nghiệp", "lý luận",
)
HONORIFIC = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:các\s+)?(?P<h>đồng\s+chí|ông|bà|đ/c)\s*:?\s*$")
TERM = regex.compile(r"^\s*(?i:khóa|nhiệm\s+kỳ)\s+(?:[IVXLC]+(?!\p{Lu})|\d+)(?:\s*[-–]\s*\d+)?")
# The most common surnames: a two-syllable capitalized sequence right after a
# place-taking organization ("Bí thư Huyện ủy Châu Đức") is a place name unless
# it starts with one of these ("Bí thư Huyện ủy Nguyễn Tăng").
COMMON_SURNAMES = frozenset("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split())
PLACE_TAKING = regex.compile(
    r"(?i)(?:huyện|tỉnh|thành|thị|quận|đảng)\s+ủy\s*$|(?<![\p{L}])(?:huyện|tỉnh|xã|thành\s+phố|thị\s+xã|quận|phường|thị\s+trấn|TP\.?)\s*$"
)
# A capitalized organization word closing a title as written ("Trưởng Ban", "Trưởng Đoàn")
ORG_HEAD_IN_TITLE = regex.compile(r"\s((?:Ban|Đoàn|Phòng|Tiểu\s+ban|Văn\s+phòng))$")
# An honorific and a single capitalized word: a given name ("Ông Dũng", "đồng chí Hưng")
GIVEN_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:đồng\s+chí|ông|bà)\s+(?P<g>\p{Lu}[\p{Ll}\p{M}]*+)(?![\p{L}\p{M}])(?!\s+\p{Lu})"
)
# Where a word starts: where a title may start (see _titles_in).
WORD_START = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{L}")
# What separates the titles after a name: ", A", " - A", " (A", ": A", "; A", then also " và A"
SEP_FIRST = regex.compile(r"\s*(?:,|-|\(|:|;)\s*")
SEP_NEXT = regex.compile(r"\s*(?:,|-|\(|:|;)\s*|\s+và\s+")
# A capitalized word right before a position (for scanning runs backwards).
CAP_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*+)[ \t]+$")
# "tái đắc cử chức Bí thư Thành ủy": a position named after the name.
# A post taken up, after the titles held: "được bầu làm", "được bổ nhiệm giữ chức", "kiêm".
ELECTED = regex.compile(
    r"\s+(?:(?:đã\s+)?(?:được\s+)?(?:bầu|bổ\s+nhiệm|tái\s+cử|điều\s+động|cử)\s+(?:giữ\s+)?(?:làm|chức(?:\s+vụ)?)"
    r"|kiêm(?:\s+nhiệm)?(?:\s+chức)?)\s+(?=\p{Lu})"
)
CHUC = regex.compile(r"\s+(?:[\p{Ll}]+\s+){0,4}?(?:chức\s+vụ|chức|làm)\s+(?=\p{Lu})")


@lru_cache(maxsize=1)
def _lex():
    surnames = lexicon.surnames()
    prefixes = load_list("title_prefixes.txt")
    titles = list(load_list("titles.txt"))
    abbr_rows = load_tsv("abbreviations.tsv")
    title_abbr = [r[0] for r in abbr_rows if len(r) >= 3 and r[2] == "title"]
    orgs = list(load_list("organizations.txt")) + [r[0] for r in abbr_rows if len(r) >= 3 and r[2] == "org"]
    places = load_list("places.txt")
    blockers = load_list("name_blockers.txt")
    historical = {lexicon.fold_key(n) for n in load_list("historical_figures.txt")}
    title_alt = lexicon.alternation(titles)
    title_src = (
        lexicon.B_START
        # a listed title, longest first; else prefixes ("nguyên", "Phó") + a title
        + r"(?P<t>(?:" + title_alt + r")|(?:(?:" + lexicon.alternation(prefixes) + r")\s+)+(?:" + title_alt + r"))"
        + lexicon.B_END
    )
    if title_abbr:  # abbreviations that are titles ("UVTV")
        title_src += "|" + lexicon.B_START + r"(?P<t2>" + lexicon.alternation(title_abbr) + r")" + lexicon.B_END
    title_re = regex.compile(title_src, regex.I)
    name_re = regex.compile(
        # a surname, or the Ê Đê / K'Ho prefixes that open a name ("H'Lan Ktla", "K'Brơi")
        r"(?<![\p{L}\p{M}\p{N}])(?P<n>(?:" + lexicon.alternation(surnames, ignore_case=False)
        + r"|[HK]'\p{Lu}[\p{Ll}\p{M}]*+)"
        r"(?:[ \t]++" + CAP + r"){1,4})(?![\p{L}\p{M}\p{N}])"
    )
    org_re = regex.compile(r"(?P<o>" + lexicon.alternation(orgs + list(ORG_LOWER)) + ")" + lexicon.B_END, regex.I)
    level_re = regex.compile(r"(?P<o>" + lexicon.alternation(LEVELS) + ")" + lexicon.B_END, regex.I)
    place_re = regex.compile(r"(?:" + lexicon.alternation(places, ignore_case=False) + ")" + lexicon.B_END)
    # anchored at the end: searched backwards (REVERSE), it fails fast instead of trying every start
    blocker_re = regex.compile(lexicon.B_START + r"(?:" + lexicon.alternation(blockers) + r")\s*$", regex.I | regex.REVERSE)
    named_after = regex.compile(
        lexicon.B_START + r"(?:" + lexicon.alternation(load_list("named_after.txt")) + r")" + lexicon.B_END, regex.I
    )
    expansions = {r[0]: r[1] for r in abbr_rows if len(r) >= 2}
    return {
        "title": title_re, "name": name_re, "org": org_re, "level": level_re, "place": place_re,
        "blocker": blocker_re, "named_after": named_after, "historical": historical, "expansions": expansions,
    }


class OfficialExtractor:
    """spaCy component: the officials of ``doc.text``.

    It keeps no state between documents (it may be shared between threads):
    each document is read by its own :class:`_Scan`.
    """

    def __init__(self, nlp: Language | None = None, name: str = "vnreport_officials"):
        self.name = name
        self.lx = _lex()

    def __call__(self, doc: Doc) -> Doc:
        for person in self.match(doc):
            self.set_annotations(doc, person)
        return doc

    def match(self, doc: Doc) -> list[dict]:
        return _Scan(self.lx, token_bounds(doc)[1]).people(doc_text(doc))

    def set_annotations(self, doc: Doc, person: dict) -> None:
        add_item(doc, "officials", person, person["start"], person["end"], "OFFICIAL")


class _Scan:
    """One document's reading: the lexicon, the token starts, and the titles found so far
    by offset (memoized: the windows of neighbouring names overlap)."""

    def __init__(self, lx: dict, tok_starts: set[int] | None = None):
        self.lx = lx
        self._tok_starts = tok_starts
        self._titles: dict[int, regex.Match | None] = {}

    def people(self, text: str) -> list[dict]:
        byline = self._byline_start(text)
        lists = self.colon_lists(text)
        people: dict[str, dict] = {}
        order: list[str] = []
        for s, e, blocked in self.names(text):
            if s >= byline:
                continue
            name = rx(r"\s+").sub(" ", text[s:e])
            key = lexicon.fold_key(name)
            before = text[max(0, s - 40) : s]
            hon = HONORIFIC.search(before)
            after_pos = self.positions_after(text, e)
            before_pos = self.positions_before(text, s)
            shared = [dict(p) for c, end, ps in lists if c < s < end for p in ps]
            positions = shared + before_pos + after_pos
            if blocked is True and not before_pos:
                continue
            if blocked == UNLISTED and not after_pos:
                continue
            if not hon and before_pos:  # "đồng chí Phó Chủ tịch UBND tỉnh Hứa Văn Long"
                hon = HONORIFIC.search(text[max(0, before_pos[0]["start"] - 40) : before_pos[0]["start"]])
            if hon and not positions:  # "Chủ tịch UBND xã, ông Lò Văn Tâm cho biết …": a title opening the clause
                before_pos = self.appositive_before(text, s - len(before) + hon.start())
                positions = before_pos
            accepted = bool(hon or positions or key in people)
            if not accepted:
                continue
            if key in self.lx["historical"] and not any(p["organization"] for p in positions):
                continue  # "Chủ tịch Hồ Chí Minh" is an epithet; "Bí thư Tỉnh ủy Lê Đức Thọ" is a post
            person = people.get(key)
            if person is None:
                person = {
                    "name": name,
                    "honorific": None,
                    "positions": [],
                    "mentions": [],
                    "rule": "official.honorific" if hon else ("official.title_before" if before_pos else "official.title_after"),
                    "start": s,
                    "end": e,
                }
                people[key] = person
                order.append(key)
            if hon and person["honorific"] is None:
                person["honorific"] = rx(r"\s+").sub(" ", hon.group("h")).lower().replace("đ/c", "đồng chí")
            person["mentions"].append((s, e))
            for p in positions:
                self._add_position(person["positions"], p)
        self._title_mentions(text, people)
        self._given_name_mentions(text, people)
        for person in people.values():
            person["mentions"].sort()
        return [people[k] for k in order]

    @staticmethod
    def _add_position(held: list[dict], new: dict) -> None:
        """Add ``new`` unless held already; one post written short and in full is held once, in full
        ("Phó Chủ tịch UBND tỉnh Bình Dương", later "Phó Chủ tịch UBND tỉnh")."""
        k = lexicon.fold_key(new["text"])
        for i, p in enumerate(held):
            q = lexicon.fold_key(p["text"])
            if q == k or q.startswith(k + " "):
                return
            if k.startswith(q + " "):
                held[i] = new
                return
        held.append(new)

    # -- names --------------------------------------------------------------
    def names(self, text: str) -> list[tuple[int, int, bool]]:
        """Candidate person names: surname + capitalized syllables, trimmed.

        A place at the start of the run is skipped ("tỉnh Cao Bằng Hoàng Xuân
        Lâm"), and so is a historical name in a thing named after it ("Học viện
        … Hồ Chí Minh Nguyễn Xuân Trường"). ``blocked`` candidates follow a place
        word ("tỉnh Lâm Đồng"); they are names only when a title precedes
        ("Chủ tịch UBND tỉnh Nguyễn Văn A").
        """
        out = []
        pos = 0
        surnames = lexicon.surnames()
        while True:
            m = self.lx["name"].search(text, pos)
            if m is None:
                break
            s = m.start("n")
            pos = m.end("n")
            before = text[max(0, s - 40) : s]
            place = self.lx["place"].match(text, s)
            if place and not HONORIFIC.search(before):
                pos = place.end()  # a name may follow the place
                continue
            words = [w.group() for w in rx(r"\S+").finditer(m.group("n"))]
            hist = self._historical_prefix(words)
            if hist and self.lx["named_after"].search(before[-40:]):
                pos = s + len(" ".join(words[:hist]))
                continue
            skip = self._place_prefix(text, s, words)
            if skip is None:
                continue
            if skip:
                s += len(" ".join(words[:skip])) + 1
                s = text.index(words[skip], s - 1)
                words = words[skip:]
            if HONORIFIC_START.fullmatch(words[0]) and len(words) >= 3 and words[1] in surnames:
                s = text.index(words[1], s + len(words[0]))  # "Ông Phạm Viết Thanh": sentence-initial honorific
                words = words[1:]
            keep = len(words)
            q = s
            for i in range(1, len(words)):
                q = text.index(words[i], q + len(words[i - 1]))
                if self._title_at(text, q) or self.lx["place"].match(text, q) or HONORIFIC_START.match(text, q):
                    keep = i
                    break
            if keep < 2:
                continue
            e = s
            for w in words[:keep]:
                e = text.index(w, e) + len(w)
            pos = max(pos, e) if keep == len(words) else e
            before = text[max(0, s - 40) : s]
            blocked = bool(self.lx["blocker"].search(before))
            # inside a capitalized organization name ("Trường THCS Nguyễn Du")
            prev = before.split()[-2:]
            if len(prev) == 2 and self.lx["blocker"].search(prev[0]) and prev[1][:1].isupper():
                blocked = True
            out.append((s, e, blocked))
        # after an honorific, a name whose surname is not listed ("bà Thị Sa Vy, Phó Chủ tịch …");
        # kept only with a title right after it (see match)
        taken = [(a, b) for a, b, _ in out]
        for h in HON_NAME.finditer(text):
            s, e = h.span("n")
            if any(a < e and s < b for a, b in taken) or h.group("n").split()[0] in surnames:
                continue
            if self._title_at(text, s) or self.lx["place"].match(text, s) or self.lx["org"].match(text, s):
                continue
            out.append((s, e, UNLISTED))
        out.sort()
        return out

    def _historical_prefix(self, words: list[str]) -> int:
        """Number of leading words that make a historical figure's name (0 if none)."""
        for i in range(min(len(words), 5), 1, -1):
            if lexicon.fold_key(" ".join(words[:i])) in self.lx["historical"]:
                return i
        return 0

    def _place_prefix(self, text: str, s: int, words: list[str]) -> int | None:
        """After a place-taking word ("huyện", "Huyện ủy"), how many words of the run
        at ``s`` are the place name: 0 (none), 2 ("Châu Đức Nguyễn Tăng Phúc"), or
        None when the candidate lies inside the place ("huyện Ngân Sơn Nông Văn Tài"
        matched at "Sơn": the caller then tries from the next word)."""
        run_start, inside = self._cap_run_start(text, s)
        if not PLACE_TAKING.search(text[max(0, run_start - 30) : run_start]):
            return 0
        surnames = lexicon.surnames()
        if inside == 1:  # one capitalized word of the place before us
            return 1 if len(words) >= 3 and words[1] in surnames else None
        if inside >= 2:
            return 0
        if len(words) >= 4 and words[2] in surnames:
            return 2
        return 0

    @staticmethod
    def _cap_run_start(text: str, s: int) -> tuple[int, int]:
        """Start of the run of capitalized words that ``s`` is in, and how many come before ``s``."""
        start, n = s, 0
        while n < 4:
            prev = CAP_BEFORE.search(text, max(0, start - 30), start)
            if not prev:
                break
            start, n = prev.start(1), n + 1
        return start, n

    # -- positions ----------------------------------------------------------
    def segment(self, text: str, pos: int, stop_at_name: bool = True) -> tuple[int, int, int, bool] | None:
        """A title segment starting at ``pos``: (start, title_end, end, ended_by_name)."""
        m = self._title_at(text, pos)
        if not m:
            return None
        t_end = m.end()
        q = t_end
        end = t_end
        by_name = False
        head = ORG_HEAD_IN_TITLE.search(text, pos, t_end)
        if head:  # "Trưởng Ban" + "Chỉ đạo các chương trình …": the organization begins at the title's "Ban"
            org = self.lx["org"].match(text, head.start(1))
            if org and org.end() > t_end:
                q = end = org.end()
        while True:
            ws = rx(r"[ \t]*+").match(text, q)
            r = ws.end()
            if r >= len(text):
                break
            rest = text[r : r + 80]
            if stop_at_name and self._name_at(text, r):
                by_name = True
                break
            term = TERM.match(rest)
            if term:
                q = end = r + term.end()
                continue
            org = self.lx["org"].match(text, r)
            if org:
                q = end = org.end()
                continue
            lvl = self.lx["level"].match(text, r)
            if lvl:
                q = end = lvl.end()
                continue
            if rx(r"và\s+(?=\p{Lu})").match(rest):
                nxt = r + rx(r"và\s+").match(rest).end()
                if self._title_at(text, nxt) or self._name_at(text, nxt):
                    break
                q = nxt
                continue
            if rx(r"của\s+(?=\p{Lu})").match(rest):
                q = r + rx(r"của\s+").match(rest).end()
                continue
            dash = rx(r"-\s*+(?=\p{Lu})").match(rest)
            if dash and end == q:
                nxt = r + dash.end()
                if self._title_at(text, nxt) or self._name_at(text, nxt):
                    break
                q = nxt
                continue
            w = rx(r"(?:\p{Lu}[\p{L}\p{M}]*+|\p{Lu}+&\p{Lu}+)(?:&\p{Lu}+)?").match(rest)
            if w:
                if self._title_at(text, r) and r > t_end:
                    break
                q = end = r + w.end()
                continue
            # a lowercase syllable inside a word that began capitalized ("Ủy ban", "Cộng sản")
            lw = LOWER_WORD.match(text, r)
            if lw and r > q and self._tok_starts is not None and r not in self._tok_starts and end == q:
                q = end = lw.end()
                continue
            break
        return pos, t_end, end, by_name

    def _make_position(self, text: str, seg, rule: str) -> dict:
        s, t_end, e, _ = seg
        head = ORG_HEAD_IN_TITLE.search(text, s, t_end)
        if head and t_end < e:  # "Phó Trưởng Ban Dân vận Tỉnh ủy": "Ban …" is the organization
            t_end = head.start(1)
        title = rx(r"\s+").sub(" ", text[s:t_end]).strip()
        org = rx(r"\s+").sub(" ", text[t_end:e]).strip() or None
        if org and TERM.fullmatch(" " + org):  # "Đại biểu Quốc hội khóa XV": a term, not an organization
            org = None
        expanded = None
        if org:
            words = org.split(" ")
            exp = [self.lx["expansions"].get(w, w) for w in words]
            if exp != words:
                expanded = " ".join(exp)
        return {"title": title, "organization": org, "organization_expanded": expanded,
                "start": s, "end": e, "text": text[s:e], "rule": rule}

    def positions_after(self, text: str, pos: int) -> list[dict]:
        """Title segments after a name: ", A, B", " - A", " (A)", "; A" (when A is a title)."""
        out: list[dict] = []
        seps: list[str] = []
        since_semicolon: int | None = None
        first = True
        chuc = CHUC.match(text, pos)
        if chuc:
            seg = self.segment(text, chuc.end())
            if seg and not seg[3]:
                return [self._make_position(text, seg, "position.after_name")]
        while True:
            sep = (SEP_FIRST if first else SEP_NEXT).match(text[pos : pos + 10])
            if not sep:
                break
            start = pos + sep.end()
            seg = self.segment(text, start)
            if seg is None:
                break
            if seg[3]:  # the title belongs to the name right after it, with any "-"-joined ones before
                while out and seps and seps[-1].strip() == "-":
                    out.pop()
                    seps.pop()
                if since_semicolon is not None:
                    del out[since_semicolon:]
                break
            if sep.group().strip() == ";":
                since_semicolon = len(out)
            out.append(self._make_position(text, seg, "position.after_name"))
            pos = seg[2]
            first = False
            close = rx(r"\s*\)").match(text, pos)
            if close:
                pos = close.end()
            nxt = SEP_NEXT.match(text[pos : pos + 10])
            seps.append(nxt.group() if nxt else "")
            if nxt and nxt.group().strip() == ":":  # "…, nguyên Chủ tịch nước: A, B" introduces a list
                if since_semicolon is not None:
                    del out[since_semicolon:]
                break
        if out:  # "…, Chủ tịch UBND xã được bầu làm Phó Bí thư Đảng ủy xã": the new post too
            elected = ELECTED.match(text, pos)
            seg = self.segment(text, elected.end()) if elected else None
            if seg and not seg[3]:
                out.append(self._make_position(text, seg, "position.after_name"))
        return out

    def positions_before(self, text: str, name_start: int) -> list[dict]:
        """The comma-separated chain of title segments ending right before the name."""
        out: list[dict] = []
        prev = text[max(0, name_start - 12) : name_start].rstrip()
        if not prev or not prev[-1].isalnum() or HONORIFIC.search(prev + " "):
            return out  # a title chain ends in a word, never in punctuation or an honorific
        end = name_start
        lo = max(0, name_start - 300)
        # the chain starts after the last sentence/clause mark or " cùng "/" với " (plain rfind: hot path)
        window_start = max(
            lo,
            max(text.rfind(c, lo, name_start) for c in ".;:\n") + 1,
            max((i + len(w) for w in (" cùng ", " với ") if (i := text.rfind(w, lo, name_start)) >= 0), default=lo),
        )
        while True:
            found = None
            for m in self._titles_in(text, window_start, end):
                seg = self.segment(text, m.start(), stop_at_name=True)
                if seg and seg[1] == m.end() and seg[2] <= end and rx(r"\s*").fullmatch(text[seg[2] : end]):
                    found = seg
                    break
            if not found:
                break
            out.insert(0, self._make_position(text, found, "position.before_name"))
            comma = rx(r"(?:,|\s-|-\s)\s*$").search(text[window_start : found[0]])
            if not comma:
                break
            end = window_start + comma.start()
        return out

    def appositive_before(self, text: str, hon_start: int) -> list[dict]:
        """Title chain opening a clause and followed by ", <honorific> <name>"."""
        comma = rx(r",\s*$").search(text, max(0, hon_start - 5), hon_start)
        if not comma:
            return []
        chain = self.positions_before(text, comma.start())
        if not chain:
            return []
        lead = text[max(0, chain[0]["start"] - 20) : chain[0]["start"]]
        if not rx(r"(?:^|[.;:\n]|(?i:theo))\s*$").search(lead) and chain[0]["start"] > 0:
            return []
        for p in chain:
            p["rule"] = "position.appositive"
        return chain

    def colon_lists(self, text: str) -> list[tuple[int, int, list[dict]]]:
        """Title chains ending in ":" that apply to each name of the list after them.

        "nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước: A, B; …" gives A and B
        both titles; the list runs to the next ";", "." or line end.
        """
        out = []
        for c in rx(r":").finditer(text):
            chain = self.positions_before(text, c.start())
            if not chain:
                continue
            end = rx(r"[;.\n]").search(text, c.end(), c.end() + 2000)
            out.append((c.start(), end.start() if end else min(len(text), c.end() + 2000), chain))
        return out

    def _name_at(self, text: str, pos: int) -> bool:
        """Does a person's name (not a place, not a historical name) start at ``pos``?"""
        m = self.lx["name"].match(text, pos)
        if not m:
            return False
        if self.lx["place"].match(text, pos):
            return False
        words = m.group("n").split()
        n = len(words)
        if self.lx["place"].match(text, pos + len(words[0]) + 1):  # "Đoàn Quảng Ninh"
            return False
        context = text[max(0, pos - 60) : pos]
        for i in range(2, n + 1):
            if lexicon.fold_key(" ".join(words[:i])) in self.lx["historical"] and self.lx["named_after"].search(context):
                return False  # "Học viện Chính trị quốc gia Hồ Chí Minh"
        if n == 2 and words[0] not in COMMON_SURNAMES and PLACE_TAKING.search(text[max(0, pos - 30) : pos]):
            return False
        if self._place_prefix(text, pos, words) != 0:  # inside or at the start of a place name
            return False
        second = pos + len(words[0])
        while second < len(text) and text[second].isspace():
            second += 1
        if self._title_at(text, second) or self.lx["org"].match(text, second):
            return False
        return True

    def _title_at(self, text: str, pos: int) -> regex.Match | None:
        """The title starting at ``pos`` (memoized per document: the same places are asked often)."""
        if pos not in self._titles:
            self._titles[pos] = self.lx["title"].match(text, pos)
        return self._titles[pos]

    def _titles_in(self, text: str, start: int, end: int) -> Iterator[regex.Match]:
        """Titles in ``[start, end)``, in order (not overlapping).

        A title starts at a word start, so only those are tried, through the
        memoized ``_title_at``: the windows of neighbouring names overlap.
        """
        pos = start
        while True:
            w = WORD_START.search(text, pos, end)
            if w is None:
                return
            m = self._title_at(text, w.start())
            if m and m.end() <= end:
                yield m
                pos = m.end()
            else:
                pos = w.end()

    # -- mentions by title ----------------------------------------------------
    def _given_name_mentions(self, text: str, people: dict[str, dict]) -> None:
        """"Ông Dũng đề nghị …" is a mention of the one official whose given name is Dũng."""
        by_given: dict[str, list[str]] = {}
        for key, person in people.items():
            by_given.setdefault(person["name"].split()[-1], []).append(key)
        for m in GIVEN_NAME.finditer(text):
            owners = by_given.get(m.group("g"), [])
            if len(owners) == 1:
                span = (m.start("g"), m.end("g"))
                if span not in people[owners[0]]["mentions"]:
                    people[owners[0]]["mentions"].append(span)

    def _title_mentions(self, text: str, people: dict[str, dict]) -> None:
        """"Đồng chí Bí thư Huyện ủy đề nghị …" is a mention of the unique holder."""
        holders: dict[str, list[str]] = {}
        for key, person in people.items():
            for p in person["positions"]:
                holders.setdefault(lexicon.fold_key(p["text"]), []).append(key)
        if not holders:
            return
        for h in rx(r"(?i)(?<![\p{L}\p{M}])(?:đồng\s+chí|ông|bà)\s+").finditer(text):
            seg = self.segment(text, h.end())
            if not seg or seg[3]:
                continue
            k = lexicon.fold_key(text[seg[0] : seg[2]])
            owners = holders.get(k, [])
            if len(owners) == 1:
                span = (h.start(), seg[2])
                person = people[owners[0]]
                if span not in person["mentions"]:
                    person["mentions"].append(span)

    @staticmethod
    def _byline_start(text: str) -> int:
        """Where a trailing byline ("Văn A", "Thu B - Quốc C") begins, or len(text)."""
        stripped = text.rstrip()
        last_nl = stripped.rfind("\n")
        if last_nl < 0:
            return len(text)
        last = stripped[last_nl + 1 :]
        words = last.split()
        if 0 < len(words) <= 8 and all(w[:1].isupper() or w in "-–/,()" for w in words):
            return last_nl + 1
        return len(text)


UNLISTED = "unlisted"  # a name candidate whose surname is not in resources/surnames.txt
HON_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:đồng\s+chí|ông|bà)[ \t]+(?P<n>" + CAP + r"(?:[ \t]+" + CAP + r"){1,3})(?![\p{L}\p{M}\p{N}])"
)
HONORIFIC_START = regex.compile(r"(?i)(?:đồng\s+chí|ông|bà)(?![\p{L}\p{M}])")


@Language.factory("vnreport_officials")
def make_officials(nlp: Language, name: str) -> OfficialExtractor:
    return OfficialExtractor(nlp, name)
