"""Indicator counts: "Có 24/30 chỉ tiêu đạt và vượt, trong đó có 09 tiêu chí vượt".

Units, outcome phrases and number words are data
(``resources/indicator_units.tsv``, ``indicator_outcomes.tsv``,
``number_words.tsv``). A count framed by "trong/trên tổng số N" takes N as
its total; the items of a "trong đó" breakdown point at their parent with
``breakdown_of``. Inconsistent counts raise the warning
``indicator_counts_inconsistent`` and are still reported as written.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..lexicon import rx
from ..resources import load_tsv
from ._base import doc_text, add_item, items, store


@lru_cache(maxsize=1)
def _patterns():
    units = load_tsv("indicator_units.tsv")
    outcomes = load_tsv("indicator_outcomes.tsv")
    try:
        words = [r[0] for r in load_tsv("number_words.tsv") if len(r) >= 2]
    except FileNotFoundError:  # pragma: no cover - data file missing
        words = []
    number = r"\d++|" + lexicon.alternation(words) if words else r"\d++"
    unit_alt = lexicon.alternation([u[0] for u in units])
    outcome_alt = lexicon.alternation([o[0] for o in outcomes])
    count = regex.compile(
        lexicon.B_START
        + r"(?P<count>" + number + r")"
        + r"(?:\s*/\s*(?P<total>\d++)|\s+trong\s+(?:tổng\s+số\s+)?(?P<total2>\d++))?"
        + r"\s+(?P<unit>" + unit_alt + r")" + lexicon.B_END,
        regex.IGNORECASE,
    )
    outcome_after = regex.compile(
        r"^(?:\s+(?:chủ\s+yếu|cơ\s+bản|kế\s+hoạch|được\s+giao|đề\s+ra|nghị\s+quyết|(?:đều|đã|được|có)|"
        r"của\s+(?:huyện|tỉnh|xã|thành\s+phố|thị\s+xã|phường|ngành|đơn\s+vị))){0,2}"
        r"\s*,?\s*(?P<o>" + outcome_alt + r")" + lexicon.B_END,
        regex.IGNORECASE,
    )
    outcome_before = regex.compile(
        lexicon.B_START + r"(?P<o>" + outcome_alt + r")(?:\s+(?:được|đạt|có))?\s*$", regex.IGNORECASE
    )
    return {
        # "Trong 24 chỉ tiêu chủ yếu, có 21 chỉ tiêu đạt …": the total framing the counts after it
        "frame": regex.compile(
            r"(?<![\p{L}])(?:trong|trên)\s+(?:tổng\s+số\s+)?(\d+)\s+(?:" + unit_alt + r")" + lexicon.B_END + r"[^.;]{0,240}$",
            regex.IGNORECASE,
        ),
        "unit": regex.compile(lexicon.B_START + "(?:" + unit_alt + ")" + lexicon.B_END, regex.IGNORECASE),
        "count": count,
        "after": outcome_after,
        "before": outcome_before,
        "units": {lexicon.fold_key(u[0]): u[1] for u in units},
        "outcomes": {lexicon.fold_key(o[0]): o[1] for o in outcomes},
        "words": {lexicon.fold_key(r[0]): int(r[1]) for r in load_tsv("number_words.tsv") if len(r) >= 2}
        if words
        else {},
    }


AVERAGE = regex.compile(r"(?:bình\s+quân|trung\s+bình)[^.;,]{0,40}$", regex.IGNORECASE)
PER_UNIT = regex.compile(r"^\s*/\s*\p{L}", regex.IGNORECASE)
TOTAL_FRAME = regex.compile(r"(?:trong|trên)\s+tổng\s+số\s+(\d+)\s+\S+\s+\S+[^.;]{0,240}$", regex.IGNORECASE)
# "phấn đấu hoàn thành 32 chỉ tiêu": a count of targets set, not an outcome
PLANNED = regex.compile(r"(?i)(?<![\p{L}])(?:phấn\s+đấu|sẽ|cần|phải|đề\s+ra|mục\s+tiêu|nhằm)(?:\s+\S+){0,2}\s*$")
PROGRESS = regex.compile(r"(?i)\s+(?:trên|dưới|hơn|khoảng|gần|từ)?\s*\d+(?:[.,]\d+)?\s*%")
BREAKDOWN = regex.compile(r"trong\s+đó", regex.IGNORECASE)
SCOPE = regex.compile(
    r"^\s*(?:chủ\s+yếu\s+)?(?P<s>(?:trong|ở|về|thuộc)\s+(?:lĩnh\s+vực|khối|nhóm)?[^,.;:()]{2,60}?)"
    r"(?=\s*(?:[,.;:()]|đạt|vượt|hoàn\s+thành|không|chưa|$))",
    regex.IGNORECASE,
)


class IndicatorCountExtractor:
    def __init__(self, nlp: Language | None = None, name: str = "vnreport_indicator_counts"):
        self.name = name
        self.p = _patterns()

    def __call__(self, doc: Doc) -> Doc:
        for item in self.match(doc):
            self.set_annotations(doc, item)
        self.link_and_check(doc)
        return doc

    def match(self, doc: Doc) -> list[dict]:
        text = doc_text(doc)
        p = self.p
        out = []
        for m in self._candidates(text):
            raw = m.group("count")
            if raw.isdigit():
                count = int(raw)
            else:
                count = p["words"].get(lexicon.fold_key(raw))
                if count is None:
                    continue
            line_start = text.rfind("\n", max(0, m.start() - 400), m.start()) + 1
            before = text[max(line_start, m.start() - 80) : m.start()]
            after = text[m.end() : m.end() + 80]
            if AVERAGE.search(before) or PER_UNIT.match(after):
                continue
            if rx(r"\d[.,/]$").search(before):  # inside a longer number
                continue
            if raw.isdigit() and len(raw) == 4 and rx(r"(?i)năm\s*$").search(before):  # "Năm 2024 chỉ tiêu …"
                continue
            total_raw = m.group("total") or m.group("total2")
            total = int(total_raw) if total_raw else None
            # outcome: after the unit ("24/30 chỉ tiêu đạt và vượt") or before the number
            status = None
            oa = p["after"].search(after)
            ob = p["before"].search(before)
            end = m.end()
            start = m.start()
            if oa:
                status = oa.group("o")
                end = m.end() + oa.end("o")
            elif ob:
                status = ob.group("o")
                start = m.start() - (len(before) - ob.start("o"))
            outcome = p["outcomes"].get(lexicon.fold_key(status), "other") if status else "other"
            if oa and PROGRESS.match(text, end):  # "11/22 chỉ tiêu đạt trên 50% kế hoạch": progress, not the outcome
                outcome = "other"
            if ob and not oa and PLANNED.search(before[: ob.start("o")]):
                outcome = "other"
            scope_m = SCOPE.search(text[m.end() : m.end() + 80]) if not oa else None
            if scope_m is None and oa:
                scope_m = SCOPE.search(text[end : end + 80])
            scope = scope_m.group("s").strip() if scope_m else None
            if total is None:
                window = text[max(line_start, m.start() - 400) : m.start()]
                frame = TOTAL_FRAME.search(window) or p["frame"].search(window)
                if frame and int(frame.group(1)) >= count:
                    total = int(frame.group(1))
            out.append(
                {
                    "count": count,
                    "total": total,
                    "unit": p["units"][lexicon.fold_key(m.group("unit"))],
                    "status": status,
                    "outcome": outcome,
                    "scope": scope,
                    "start": start,
                    "end": end,
                    "rule": "indicator.fraction" if total_raw else ("indicator.total_frame" if total else "indicator.count"),
                    "_pos": m.start(),
                }
            )
        return out

    def _candidates(self, text: str):
        """Count matches, found from their unit (rare) rather than their number (everywhere)."""
        last_end = -1
        for u in self.p["unit"].finditer(text):
            for m in self.p["count"].finditer(text, max(0, u.start() - 60), u.end()):
                if m.end() == u.end() and m.start() >= last_end:
                    last_end = m.end()
                    yield m
                    break

    def set_annotations(self, doc: Doc, item: dict) -> None:
        add_item(doc, "indicator_counts", item, item["start"], item["end"], "INDICATOR")

    def link_and_check(self, doc: Doc) -> None:
        """Link "trong đó" breakdowns to their parent; warn on sums that do not add up."""
        text = doc_text(doc)
        found = items(doc, "indicator_counts")
        warnings = store(doc).setdefault("warnings", [])
        for i, item in enumerate(found):
            if i == 0:
                continue
            # a parent earlier in the same sentence, with "trong đó" between
            for j in range(i - 1, -1, -1):
                parent = found[j]
                if parent.get("breakdown_of") is not None:
                    continue
                between = text[parent["end"] : item["start"]]
                # a sentence end or ";" closes the breakdown ("…; còn 6 chỉ tiêu không đạt")
                if rx(r"[.;\n]").search(between) and not rx(r"\d[.]\d").search(between):
                    break
                if not BREAKDOWN.search(between):
                    break
                if parent["outcome"] != item["outcome"]:
                    item["breakdown_of"] = j
                    break
        for j, parent in enumerate(found):
            children = [c for c in found if c.get("breakdown_of") == j]
            if children and sum(c["count"] for c in children) != parent["count"]:
                warnings.append(
                    {
                        "code": "indicator_counts_inconsistent",
                        "message": "breakdown %s does not add up to %d"
                        % (" + ".join(str(c["count"]) for c in children), parent["count"]),
                        "spans": [(parent["start"], parent["end"])] + [(c["start"], c["end"]) for c in children],
                    }
                )
        # achieved + not achieved != total, for a count written as a fraction ("24/30 … đạt và vượt")
        for parent in found:
            if parent["rule"] != "indicator.fraction" or parent["outcome"] not in ("met_or_exceeded", "met"):
                continue
            missing = [
                c
                for c in found
                if c is not parent and c["outcome"] == "not_met" and c.get("breakdown_of") is None and c["unit"] == parent["unit"]
                and (c.get("total") in (None, parent["total"]))
            ]
            if len(missing) == 1 and parent["count"] + missing[0]["count"] != parent["total"]:
                c = missing[0]
                warnings.append(
                    {
                        "code": "indicator_counts_inconsistent",
                        "message": "%d achieved + %d not achieved != %d in total"
                        % (parent["count"], c["count"], parent["total"]),
                        "spans": [(parent["start"], parent["end"]), (c["start"], c["end"])],
                    }
                )
        # counts framed by one "trong tổng số N": together they must make N
        framed: dict[tuple[int, str], list[dict]] = {}
        for c in found:
            if c["rule"] == "indicator.total_frame" and c.get("breakdown_of") is None:
                framed.setdefault((c["total"], c["unit"]), []).append(c)
        for (total, _unit), group in framed.items():
            outcomes = {c["outcome"] for c in group}
            if len(group) >= 2 and "not_met" in outcomes and sum(c["count"] for c in group) != total:
                warnings.append(
                    {
                        "code": "indicator_counts_inconsistent",
                        "message": "%s != %d in total" % (" + ".join(str(c["count"]) for c in group), total),
                        "spans": [(c["start"], c["end"]) for c in group],
                    }
                )


@Language.factory("vnreport_indicator_counts")
def make_indicator_counts(nlp: Language, name: str) -> IndicatorCountExtractor:
    return IndicatorCountExtractor(nlp, name)
