"""Indicator counts: "Có 24/30 chỉ tiêu đạt và vượt, trong đó có 09 tiêu chí vượt".

Units, outcome phrases and number words are data
(``resources/indicator_units.tsv``, ``indicator_outcomes.tsv``,
``number_words.tsv``). A count framed by "trong/trên tổng số N" takes N as
its total; the items of a "trong đó" breakdown point at their parent with
``breakdown_of``; a breakdown by field ("trong đó, kinh tế 4/4 chỉ tiêu; …") names no
outcome and takes its parent's. Inconsistent counts raise the warning
``indicator_counts_inconsistent`` and are still reported as written.

The outcome stands before the number ("đạt và vượt kế hoạch 18/20 chỉ tiêu") or
after the unit, possibly after words describing the indicators ("10/10 chỉ tiêu
trong lĩnh vực kinh tế của huyện đạt và vượt"; ``resources/indicator_gap_stops.txt``
lists the words such a description cannot cross). A unit written on both sides of the slash
("đạt và vượt 20 chỉ tiêu/21 chỉ tiêu") is one count of its total; a second count after a bare comma
shares the verb before the first ("đạt được là 9/19 tiêu chí, 39/57 chỉ tiêu"). "Trong N chỉ tiêu, có …" frames
the counts after it and is not itself a count; "số chỉ tiêu đạt 44/57" is a count
written unit first.

Cost: every rule is linear in the text. Counts are searched only near their units;
frames, sentence ends and "trong đó" are found once per text and looked up by binary
search (``_Frames``, ``_Marks``); a breakdown looks back a bounded number of counts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon, regexcache
from ..lexicon import rx
from ..resources import load_list, load_tsv
from ._base import add_item, doc_text, items, refresh_payloads, store


# Words after which what follows is not the outcome of the counted indicators: plans
# ("phấn đấu", "sẽ", "cần"), lists ("gồm", "là", "như"), other clauses ("thì", "còn",
# "trong đó"). Source: resources/indicator_gap_stops.txt.
GAP_STOP_ALT = lexicon.alternation(load_list("indicator_gap_stops.txt"))
# Fields indicators are grouped by, comma-joined in a description: resources/indicator_sectors.txt.
SECTOR_ALT = lexicon.indicator_sectors()
# One word of what describes the counted indicators between the unit and its outcome
# ("10/10 chỉ tiêu trong lĩnh vực kinh tế của huyện đạt và vượt", "20/20 chỉ tiêu ở khối
# văn hóa - xã hội cũng được huyện thực hiện đạt và vượt", "21/23 chỉ tiêu phát triển kinh
# tế-xã hội năm 2022 đạt và vượt", "3 chỉ tiêu thực hiện không đạt"): no number, no
# punctuation, and no word that starts another clause or a plan (see GAP_STOP).
GAP_WORD = r"""
    (?!(?:%s)(?![\p{L}\p{M}]))                        # not a stop word (GAP_STOP_ALT) nor another unit
    (?:
        năm\s+\d{4}(?!\d)                              # a year naming the period of the indicators
      | (?:nhiệm\s+kỳ|giai\s+đoạn)\s+\d{4}\s*[-–]\s*\d{4}(?!\d)  # or a term: "10 chỉ tiêu nhiệm kỳ 2015-2020 đã hoàn thành"
      | (?-i:\p{Lu}{1,3}\.(?=\s+\p{Lu}))               # an abbreviation before a name ("TP. Pleiku"), case-sensitive
      | [\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*-?             # a word, maybe hyphenated ("tế-xã", "tế- xã")
        (?:,(?=\s+(?:%s)(?![\p{L}\p{M}])))?             # a comma before a field: "kinh tế, xã hội, quốc phòng" (SECTOR_ALT)
      | [-–]                                           # a dash inside a name ("văn hóa - xã hội")
    )
"""


# A count whose unit is written on both sides of the slash: "đạt và vượt 20 chỉ tiêu/21 chỉ tiêu" is 20 of 21
# (the unit after the total is checked on its own; the unit before a slash is ``_patterns()["unit_slash_before"]``).
UNIT_SLASH_TOTAL = regexcache.compile(
    r"\s*/\s*(?P<t>\d++)\s+"
    # (or the total framed after the unit: "đạt và vượt 17 chỉ tiêu trong tổng số 21 chỉ tiêu", fresh sk1)
    r"|\s+(?:trong|trên)\s+tổng\s+số\s+(?P<t>\d++)\s+"
)


# "cơ bản" (basically) right before a met outcome after the count: "1 chỉ tiêu cơ bản | hoàn thành"
BASICALLY_END = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])cơ\s+bản\s*$")


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
    count = regexcache.compile(
        lexicon.B_START
        + r"(?P<count>" + number + r")"
        + r"(?:\s*/\s*(?P<total>\d++)|[^\S\n]+(?-i:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?(?P<total2>\d++))?"  # "18 trên tổng số 20", "7 trong số 9"
        # (lower case, on one line: "… 10:39  Trong 25 chỉ tiêu …" is a time, then a sentence framing a total; fresh mh03)
        # ("129/130 số chỉ tiêu nghiệp vụ": "số" after a fraction, before its unit; fresh fk5)
        # ("9/9 (100%) tiêu chí": the share of the total in brackets before the unit)
        + r"(?(total)(?:\s*\(\s*\d[\d.,]*\s*%\s*\))?)"
        + r"\s+(?(total)(?:số\s+)?)(?P<unit>" + unit_alt + r")" + lexicon.B_END,
        regex.IGNORECASE,
    )
    # a count that follows an outcome word: the outcome is that count's, not the one before
    next_count = (
        # (not a date on the next line: "… đều đạt và vượt\n\n15/01/2021"; group AA xh2)
        r"(?:\s+kế\s+hoạch)?\s+(?:\d++\s*/\s*\d++(?!\s*/\s*\d)|(?:" + number + r")\s+(?:" + unit_alt + r")" + lexicon.B_END + r")"
    )
    outcome_after = regexcache.compile(
        r"""^
        (?:\s*,\s*nhiệm\s+vụ(?![\p{L}\p{M}]))?           # a noun joined to the unit: "16/16 chỉ tiêu, nhiệm vụ tỉnh giao đều đạt"
        (?:
            (?:\s+(?:chủ\s+yếu|cơ\s+bản|kế\s+hoạch|được\s+giao|đề\s+ra|nghị\s+quyết|đều|đã|được|có
                 |của\s+(?:huyện|tỉnh|xã|thành\s+phố|thị\s+xã|phường|ngành|đơn\s+vị))){0,2}
            \s*,?\s*                                   # "24/30 chỉ tiêu chủ yếu, đạt …"
          | (?P<gap>(?:\s+ """ + GAP_WORD % (GAP_STOP_ALT + "|" + unit_alt, SECTOR_ALT) + r""" ){1,24}?) \s+   # "10/10 chỉ tiêu trong lĩnh vực kinh tế của huyện đạt …"
                                                                      # (up to 24 words: fields, year and who resolved them; group AN zbe2)
        )
        (?P<o>""" + outcome_alt + r")" + lexicon.B_END + r"""
        (?!""" + next_count + r""")   # not followed by a count: "vượt 25/69 chỉ tiêu, đạt 37/69 chỉ tiêu" ("đạt" is the next one's)
        """,
        regex.IGNORECASE | regex.VERBOSE,
    )
    outcome_before = regexcache.compile(
        lexicon.B_START + r"(?P<o>" + outcome_alt + r")"
        # how or when: "hoàn thành toàn diện 16/16", "hoàn thành sớm (so với kế hoạch) 10/16", "trước kế hoạch 4/14"
        # ("đạt thêm 4/34 tiêu chí": more reached; "nâng tổng số tiêu chí đã đạt lên 85 tiêu chí": reached, up to)
        r"(?:\s+(?:toàn\s+diện|sớm|trước|truớc|đầy\s+đủ|thêm|lên))?"
        # ("hoàn thành vượt mức kế hoạch giao 16/16 nhóm chỉ tiêu": the plan set, "giao" alone too; group BE fa1)
        r"(?:\s+so\s+với)?(?:\s+(?:kế\s+hoạch|nghị\s+quyết)(?:\s+(?:đề\s+ra|được\s+giao|giao))?)?"  # "đạt và vượt kế hoạch 18/20"
        # "số tiêu chí đạt là 179/285 tiêu chí", "vượt đối với 4 chỉ tiêu", "số tiêu chí đạt được là 9/19 tiêu chí"
        r"(?:\s+(?:được|đạt|có|là|đối\s+với)){0,2}\s*"
        # (another thing counted may come first, the outcome shared: "hoàn thành 5 nhiệm vụ trọng tâm, 15/15 chỉ tiêu")
        r"(?:\d+\s+(?:[\p{L}\p{M}]+\s+){0,4}?[\p{L}\p{M}]+\s*(?:,|\s+và)\s+)?"
        r"(?:(?:toàn\s+bộ|tất\s+cả|cả|100\s*%)\s+)?"  # "hoàn thành và vượt toàn bộ 8/8 chỉ tiêu", "đạt tất cả 19/19 tiêu chí",
                                                     # "đạt và vượt 100% 15 chỉ tiêu" 
        # (or after the share it restates: "đạt và vượt 100% chỉ tiêu (22/22 chỉ tiêu)")
        r"(?:100\s*%\s+(?:các\s+)?(?:" + unit_alt + r")(?![\p{L}\p{M}])[^()\d.;]{0,40}?\s*(?=\())?"
        r"(?:\(\s*)?$",  # the count in brackets after its outcome: "đều đạt và vượt kế hoạch (17/17 chỉ tiêu)"
        regex.IGNORECASE
    )
    return {
        # "Trong 12 nhóm chỉ tiêu đề ra, có 10 nhóm đạt và vượt", "Trong 30 chỉ tiêu, có 24 đạt …": a count after the
        # frame that leaves its unit out (or keeps only its classifier "nhóm"), its outcome right after it; after "có",
        # or after a comma or "và" that lists the next one ("…, 2 nhóm chưa đạt"); see _elided
        "elided": regexcache.compile(
            r"(?:(?<![\p{L}\p{M}])có|,|(?<![\p{L}\p{M}])và)\s+(?P<count>\d+)\s+(?:nhóm\s+)?(?=(?:" + outcome_alt + r")"
            + lexicon.B_END + r")(?!(?:" + unit_alt + r")" + lexicon.B_END + r")",
            regex.IGNORECASE,
        ),
        # "Trong 24 chỉ tiêu chủ yếu, có 21 chỉ tiêu đạt …": the total framing the counts after it
        # the same frame without its tail, found once in the whole text (see _Frames)
        "frame_head": regexcache.compile(
            r"(?:trong|trên)\s+(?:(?:tổng\s+)?số\s+)?(\d+)\s+(?P<u>" + unit_alt + r")" + lexicon.B_END, regex.IGNORECASE
        ),
        # "số chỉ tiêu đạt 44/57": the unit first, then its outcome and the fraction
        "unit_first": regexcache.compile(
            r"""\s+(?:(?:đã|được)\s+)?(?P<o>""" + outcome_alt + r""")""" + lexicon.B_END + r"""
            (?:\s+chuẩn)?                           # "số tiêu chí đạt chuẩn …"
            (?:\s+là|\s*:|\s+lên)?\s*                # "số tiêu chí đạt là …", "số chỉ tiêu đạt: …", "nâng tổng số tiêu chí
                                                     # đạt lên 421/456" (fresh 124, 227)
            (?P<count>\d+)\s*/\s*(?P<total>\d+)(?![\d/])""",
            regex.IGNORECASE | regex.VERBOSE,
        ),
        "frame": regexcache.compile(
            r"(?<![\p{L}])(?:trong|trên)\s+(?:(?:tổng\s+)?số\s+)?(\d+)\s+(?:" + unit_alt + r")" + lexicon.B_END + r"[^.;]{0,240}$",
            regex.IGNORECASE,
        ),
        "unit": regexcache.compile(lexicon.B_START + "(?:" + unit_alt + ")" + lexicon.B_END, regex.IGNORECASE),
        # a count's unit right before the frame: "16 chỉ tiêu | trong tổng số 20 chỉ tiêu"
        "unit_frame_before": regexcache.compile(
            r"(?:" + unit_alt + r")" + lexicon.B_END + r"\s+trong(?:\s+tổng)?(?:\s+số)?\s*$", regex.IGNORECASE),
        # a unit, then the slash before the total written with it again ("20 chỉ tiêu/| 21 chỉ tiêu")
        "unit_slash_before": regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + unit_alt + r")\s*/\s*$"),
        "count": count,
        # a number word right after another number ("ba năm chỉ tiêu", "2 năm chỉ tiêu"): "năm" is "year"
        "number_before": regexcache.compile(
            r"(?:\d|" + lexicon.B_START + r"(?:" + lexicon.alternation(words or ["một"]) + r"))\s+$", regex.IGNORECASE
        ),
        "after": outcome_after,
        # a time word before "năm" ("cả năm", "trong năm", "mỗi năm"): "năm" is "year" (resources/indicator_year_before.txt)
        "year_before": regexcache.compile(
            lexicon.B_START + r"(?:" + lexicon.alternation(load_list("indicator_year_before.txt")) + r")\s+$", regex.IGNORECASE
        ),
        "before": outcome_before,
        # every place an outcome phrase could start (its first word, no boundaries, overlapping):
        # the outcome-before search runs only for counts with one of them in reach
        "outcome_starts": regexcache.compile(
            r"(?=" + lexicon.alternation(sorted({o[0].split()[0] for o in outcomes})) + r")", regex.IGNORECASE
        ),
        # (how far past its start such a word reaches: a search for one ends that far past the window)
        "outcome_reach": max((len(o[0].split()[0]) for o in outcomes), default=0) + 8,
        "units": {lexicon.fold_key(u[0]): u[1] for u in units},
        "outcomes": {lexicon.fold_key(o[0]): o[1] for o in outcomes},
        "words": lexicon.number_word_values() if words else {},
    }


AVERAGE = regexcache.compile(r"(?:bình\s+quân|trung\s+bình)[^.;,]{0,40}$", regex.IGNORECASE)
# A threshold grading communes, villages ("xã dưới 12 tiêu chí", "thôn đạt từ 15 tiêu chí trở lên"): no count of
# indicators (set L, and the ranges "04 xã đạt từ 13-16 tiêu chí" of train 101 and set R)
THRESHOLD = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:xã|thôn|bản|ấp|làng|phường|thị\s+trấn|tổ\s+dân\s+phố|khu\s+dân\s+cư)"
    r"\s+(?:(?:đạt|có|còn|chỉ\s+đạt)\s+)?(?:dưới|trên|từ)\s*$"
)
# "đều" right before an outcome word, inside a count's span ("… đều đạt và vượt"): the counts listed before it share it
ALL_BEFORE_OUTCOME = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])đều\s+(?:đạt|vượt|hoàn\s+thành|không\s+đạt|chưa\s+đạt)(?![\p{L}\p{M}])")
# What may stand between two counts of one list: the first one's words, then a separator (no figure, no stop)
LISTED_BETWEEN = regexcache.compile(r"[^.!?\n\d;]{0,80}(?:;|,|\s+và)\s*")
PER_UNIT = regexcache.compile(r"^\s*/\s*\p{L}", regex.IGNORECASE)
TOTAL_FRAME = regexcache.compile(r"(?:trong|trên)\s+tổng(?:\s+số)?\s+(\d+)\s+\S+\s+\S+[^.;]{0,240}$", regex.IGNORECASE)
# TOTAL_FRAME without its tail, its last word in group "t2", found once in the whole text (see _Frames)
TOTAL_FRAME_HEAD = regexcache.compile(r"(?:trong|trên)\s+tổng(?:\s+số)?\s+(\d+)\s+\S+\s+(?P<t2>\S+)", regex.IGNORECASE)
# "phấn đấu hoàn thành 32 chỉ tiêu", "để hoàn thành 16/16 chỉ tiêu năm 2026": a count of targets set, not an outcome
# (not after "đã": "đã nỗ lực phấn đấu thực hiện đạt 21/21 chỉ tiêu" tells what was done)
PLANNED = regexcache.compile(
    # (not after "đã" and the verbs it chains: "đã đoàn kết, phấn đấu hoàn thành và vượt 17/19 chỉ tiêu" reports)
    r"(?i)(?<![\p{L}])(?<!(?<![\p{L}])đã\s+(?:[\p{L}\p{M}]+,?\s+){0,3})(?:(?:phấn\s+đấu|sẽ|cần|phải|đề\s+ra|mục\s+tiêu|nhằm|để)"
    # (a time aimed at may come between: "phấn đấu đến năm 2020 hoàn thành toàn bộ 25 chỉ tiêu")
    r"(?:\s+(?:đến|trong|tới)(?:\s+(?:hết|cuối))?\s+năm\s+\d{4})?"
    r"(?:\s+\S+){0,2}"
    # (or a resolve or an emulation right before the verb: "quyết tâm hoàn thành vượt mức 17 chỉ tiêu", "phát động phong
    # trào thi đua thực hiện thắng lợi 17 chỉ tiêu … năm 2026"; not "quyết tâm cao và đã thực hiện …", "thi đua huyện A
    # đạt và vượt 46/50 chỉ tiêu"; fresh bl04)
    r"|quyết\s+tâm|thi\s+đua)\s*$"
)
PROGRESS = regexcache.compile(
    r"""(?i)\s+(?:trên|dưới|hơn|khoảng|gần|từ)?\s*\d+(?:[.,]\d+)?
    \s*(?:%|(?:đến|-|–)\s*(?:dưới\s+|trên\s+)?\d)      # "đạt 95%", "đạt từ 70 đến dưới 100%": progress
    """,
    regex.VERBOSE,
)
# "đạt 100%", "đạt (từ) 100% kế hoạch trở lên": the whole plan, not progress towards it; "đạt trên 100%": beyond it
FULL_PROGRESS = regexcache.compile(
    r"(?i)\s+(?:từ\s+)?(?P<over>(?:trên|hơn)\s+)?100\s*%(?!\d|[.,]\d)"  # (a stop may follow: "… đạt 100%.")
    r"(?:\s+(?:kế\s+hoạch|chỉ\s+tiêu|nghị\s+quyết|mục\s+tiêu)[^.;,]{0,30}?)?(?P<up>\s+trở\s+lên)?"
)


# A status of a count's own after it, no outcome word: "12/46 chỉ tiêu chưa xét", "6/46 chỉ tiêu đang thực hiện"
OWN_STATUS_AFTER = regexcache.compile(r"(?i)\s+(?:chưa|đang|tiếp\s+tục|còn)(?![\p{L}\p{M}])")
# "số" right before a unit that comes before its count ("số chỉ tiêu đạt 44/57")
UNIT_FIRST_BEFORE = regexcache.compile(r"(?<![\p{L}\p{M}])số\s+\Z", regex.IGNORECASE)
# Between two counts that share the verb before the first: words describing the first
# count's indicators, then "và" ("hoàn thành 9/14 chỉ tiêu chủ yếu và 12/13 chỉ tiêu ngành")
COORDINATED = regexcache.compile(
    r"""(?:(?:\s+(?:[-–]\s+)?[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*){0,12}?   # what the first count's indicators are
                                                       # (a spaced dash inside: "kinh tế - xã hội chủ yếu được giao")
        \s+và\s+                                       # "và", right before the second count
      | (?:\s+[\p{L}\p{M}\d]+(?:-[\p{L}\p{M}]+)*){0,10}?   # or a comma, after what the first count's indicators are
        \s*,\s*                                        # ("đạt được là 9/19 tiêu chí, 39/57 chỉ tiêu", "hoàn thành vượt mức
                                                       # 30/30 chỉ tiêu theo Chương trình số 18 của Tỉnh ủy, 49 chỉ tiêu …")
        (?:(?:(?:LEVEL)\s+)?                             # (or a place's count after its own: "xã A đạt 8/19 tiêu
           (?:(?-i:\p{Lu})[\p{L}\p{M}]*\s+){1,4})?             # chí, xã Tiên Thành 6/19 tiêu chí"; fresh 116)
    )\Z""".replace("LEVEL", lexicon.place_level_words()),  # (a level word of resources/place_levels.tsv)
    regex.IGNORECASE | regex.VERBOSE,
)
# A count with an outcome, then what its indicators include: "có 12 chỉ tiêu vượt gồm 11 chỉ tiêu kinh tế - xã hội
# và 1 chỉ tiêu về xây dựng Đảng" (fresh 20): the counts listed share the outcome.
INCLUDES = regexcache.compile(
    r"""(?:\s+so\s+với\s+(?:năm|cùng\s+kỳ|đầu\s+năm)[^,;:()]{0,20}?)?  # (a comparison first: "đạt thêm 03 tiêu chí so với
                                                                 # năm 2017 (gồm 2 tiêu chí … và 01 tiêu chí …)", fresh rp1)
        \s*[,:(]?\s*              # after the count's outcome, maybe a comma, a colon or a bracket
        (?:bao\s+)?gồm\s*:?\s*     # "gồm", "bao gồm", "gồm:"
        (?:có\s+)?\Z              # ("gồm có 11 chỉ tiêu")""",
    regex.IGNORECASE | regex.VERBOSE,
)
# The next count of such a list: what the count before counts (no figure, no clause end), then "," or "và"
INCLUDED_NEXT = regexcache.compile(
    r"""[^.;:\n\d]{0,100}?         # what the count before counts ("kinh tế - xã hội, quốc phòng - an ninh")
        (?:,|\s+và)\s*\Z           # then the next one""",
    regex.IGNORECASE | regex.VERBOSE,
)
# "Trong 22 chỉ tiêu của nhiệm kỳ, có 5 chỉ tiêu vượt": the frame is the total of the counts
# after it, not a count itself (train 422, 514, 621). "Trong tổng số 27 chỉ tiêu" is
# annotated as a plain total (other) and stays; "trên N" is "more than N" and stays.
FRAME_BEFORE = regexcache.compile(r"(?<![\p{L}\p{M}])trong(?:\s+tổng)?(?:\s+số)?\s*$", regex.IGNORECASE)  # "Trong (tổng) (số) 18 chỉ tiêu, …"
# "các xã còn lại đạt từ 7 đến 10 tiêu chí": the top of a range is no count (train 101)
# A change in how many are reached, compared with a period before ("tăng 30 tiêu chí so với năm 2023", "giảm 57 tiêu chí
# so với năm 2021"): the gold annotations count none of these (fresh fv03, ht03, ht04, iu02, rg02; gj04 counts one)
CHANGE_BEFORE = regexcache.compile(r"(?<![\p{L}\p{M}])(?:tăng|giảm)(?:\s+thêm)?\s*$", regex.IGNORECASE)
COMPARED_AFTER = regexcache.compile(r"(?:\s+\S+){0,3}?\s+so\s+(?:với\s+)?(?:năm|cùng\s+kỳ|cuối\s+năm|đầu\s+năm|\d{4})",
                                    regex.IGNORECASE)
RANGE_BEFORE = regexcache.compile(r"\d\s*(?:đến|-|–)\s*$", regex.IGNORECASE)
BREAKDOWN = regexcache.compile(r"trong\s+đó", regex.IGNORECASE)
SCOPE = regexcache.compile(
    r"^\s*(?:chủ\s+yếu\s+)?(?P<s>(?:trong|ở|về|thuộc)\s+(?:lĩnh\s+vực|khối|nhóm)?[^,.;:()]{2,60}?)"
    r"(?=\s*(?:[,.;:()]|đạt|vượt|hoàn\s+thành|không|chưa|$))",
    regex.IGNORECASE,
)


# How far back a "trong đó" breakdown looks for its parent: counts, and characters.
MAX_LINK_STEPS = 40
MAX_LINK_CHARS = 2000
SENTENCE_END = regexcache.compile(r"[.;\n]")
# A breakdown by field ("trong đó, kinh tế 4/4 chỉ tiêu; …") ends at a full stop (not a decimal point) or line end.
SENTENCE_STOP = regexcache.compile(r"\.(?!\d)|\n")
BRACKET_OPENS = regexcache.compile(r"[ \t]*\([ \t]*")  # between a count and the one it restates in brackets
ELIDED_REACH = 200  # how far after its frame's unit an elided count is looked for (bounded: a text of many frames in one
# sentence is read once per frame, not to its end)
# What may follow an elided count's outcome: a stop, or what it is measured against ("kế hoạch", "so với", …)
ELIDED_OUTCOME_END = regexcache.compile(
    r"(?i)\s*(?:[,.;:)]|\Z|(?:kế\s+hoạch|so\s+với|mục\s+tiêu|nghị\s+quyết|chỉ\s+tiêu|theo|và|trở\s+lên|đề\s+ra|được\s+giao"
    r"|KH|NQ)(?![\p{L}\p{M}]))")
# A frame's opening right before its unit: "Trong 12 nhóm | chỉ tiêu", "trong tổng số 30 | chỉ tiêu" (see _elided)
FRAME_HEAD_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])trong\s+(?:(?:tổng\s+)?số\s+)?(?P<n>\d+)\s+(?:nhóm\s+)?\Z")
MAX_BREAKDOWN_CHARS = 300
DECIMAL = regexcache.compile(r"(?=\d[.]\d)")  # every start of a "1.5"-like number, overlapping ones included


class _Marks:
    """Where sentence ends, decimal numbers and "trong đó" are in one text, for range queries.

    Built once per document (linear). ``last_before(b)`` gives, for text ending at ``b``, the
    start of the last sentence end, decimal number and "trong đó" wholly before ``b``; the text
    ``[a, b)`` holds one of them exactly when that start is ``>= a``, so testing one more
    candidate parent costs a comparison, not a scan of the text between.
    """

    def __init__(self, text: str):
        self.ends = [m.start() for m in SENTENCE_END.finditer(text)]
        self.decimals = [m.start() for m in DECIMAL.finditer(text)]
        bd = [(m.start(), m.end()) for m in BREAKDOWN.finditer(text)]  # never overlapping: ends sorted too
        self.bd_starts = [s for s, _ in bd]
        self.bd_ends = [e for _, e in bd]

    def last_before(self, b: int) -> tuple[int, int, int]:
        """(last sentence end < b, last "\\d.\\d" ending <= b, last "trong đó" ending <= b); -1 if none."""
        k = bisect_left(self.ends, b) - 1
        end = self.ends[k] if k >= 0 else -1
        k = bisect_right(self.decimals, b - 3) - 1
        dec = self.decimals[k] if k >= 0 else -1
        k = bisect_right(self.bd_ends, b) - 1
        bd = self.bd_starts[k] if k >= 0 else -1
        return end, dec, bd


class _Frames:
    """The "trong (tổng số) N …" frames of one text, for the count that follows them.

    ``find(ws, pos)`` answers what ``TOTAL_FRAME.search(text[ws:pos]) or
    frame.search(text[ws:pos])`` answered (their N), from frame heads found once per
    text: a frame qualifies when it lies in the window and no "." or ";" (nor more than
    240 characters) separates it from ``pos``. Both conditions only get easier for
    later heads, so the leftmost qualifying head is found by binary search.
    """

    def __init__(self, text: str, frame_head: regex.Pattern, units: dict[str, str] | None = None):
        self.text = text
        # (a ";" before another count continues the list the frame opens: "Trong 24 chỉ tiêu …, có 9 chỉ tiêu đạt …; 8
        # chỉ tiêu đạt trên 50% kế hoạch; 1 chỉ tiêu …", fresh sk3)
        self.stops = [m.start() for m in rx(r"\.|;(?!\s*\d)").finditer(text)]
        heads = list(TOTAL_FRAME_HEAD.finditer(text, overlapped=True))  # heads may share words
        self.t_starts = [h.start() for h in heads]
        self.t_ends = [h.end("t2") for h in heads]  # the last word taken whole: the best tail
        self.t_words = [h.start("t2") for h in heads]
        self.t_values = [int(h.group(1)) for h in heads]
        heads = list(frame_head.finditer(text))  # without the lookbehind: checked against the window start
        self.f_starts = [h.start() for h in heads]
        self.f_ends = [h.end() for h in heads]
        self.f_values = [int(h.group(1)) for h in heads]
        self.units = units or {}  # (each unit written to the one it is counted in: "chỉ tiêu chủ yếu" → "chỉ tiêu")
        self.f_units = [self._unit(h.group("u")) for h in heads]

    def _unit(self, written: str) -> str:
        key = lexicon.fold_key(written)
        return self.units.get(key, key)

    def find(self, ws: int, pos: int, unit: str | None = None) -> int | None:
        """The frame's N for a count at ``pos`` (of ``unit``: a frame of another unit frames nothing, "Trong 20 chỉ tiêu,
        có 18 chỉ tiêu đạt, 3 tiêu chí chưa đạt")."""
        k = bisect_left(self.stops, pos) - 1
        last_stop = self.stops[k] if k >= 0 else -1
        lo = max(last_stop + 1, pos - 240)  # the tail after the frame: no "." or ";", 240 characters at most
        k = max(bisect_left(self.t_starts, ws), bisect_left(self.t_ends, lo))
        if k < len(self.t_starts) and self.t_words[k] < pos:
            return self.t_values[k]
        k = max(bisect_left(self.f_starts, ws), bisect_left(self.f_ends, lo))
        while k < len(self.f_starts) and self.f_ends[k] <= pos:
            s = self.f_starts[k]
            if s == ws or not (s > 0 and rx(r"\p{L}").match(self.text[s - 1])):  # "(?<![\p{L}])" in the window
                if unit is not None and self._unit(unit) != self.f_units[k]:
                    return None
                return self.f_values[k]
            k += 1
        return None


class IndicatorCountExtractor:
    def __init__(self, nlp: Language | None = None, name: str = "vnreport_indicator_counts"):
        self.name = name
        self.p = _patterns()

    def __call__(self, doc: Doc) -> Doc:
        for item in self.match(doc):
            self.set_annotations(doc, item)
        self.link_and_check(doc)
        refresh_payloads(doc, "indicator_counts")  # the links (breakdown_of) reach span._.vnreport too
        return doc

    def match(self, doc: Doc) -> list[dict]:
        text = doc_text(doc)
        p = self.p
        out = []
        frames = None  # the "trong (tổng số) N chỉ tiêu" frames of the text, found once if needed
        prev = None  # the count before, for a second count sharing its verb
        units = list(p["unit"].finditer(text))  # the units of the text, found once for both searches
        for m in self._candidates(text, units):
            raw = m.group("count")
            if raw.isdigit():
                count = int(raw)
            else:
                count = p["words"].get(lexicon.fold_key(raw))
                if count is None:
                    continue
            line_start = text.rfind("\n", max(0, m.start() - 400), m.start()) + 1
            before = text[max(line_start, m.start() - 80) : m.start()]
            after = text[m.end() : m.end() + 120]
            # (each end-anchored search runs only when the end of ``before`` can match: cheap tests first)
            lowered = before.lower()
            if ("bình" in lowered and AVERAGE.search(before)) or PER_UNIT.match(after):
                continue
            if rx(r"\d[.,/]$").search(before[-2:]):  # inside a longer number
                continue
            tail = lowered.rstrip()
            if not m.group("total") and tail.endswith(("dưới", "trên", "từ")) and THRESHOLD.search(before):
                continue  # "không còn xã dưới 12 tiêu chí", "5 xã đạt từ 15 tiêu chí trở lên": a grade of communes
            if (tail.endswith(("trong", "số", "tổng")) and FRAME_BEFORE.search(before) and not m.group("total")
                    and (p["unit_frame_before"].search(before) or self._count_follows(text, units, m.end()))):
                # a frame, not a count: of the count before it ("đạt 16 chỉ tiêu trong tổng số 20 chỉ tiêu") or after
                continue
            if tail.endswith(("đến", "-", "–")) and RANGE_BEFORE.search(before):  # the top of a range
                continue
            if (not m.group("total") and tail.endswith(("tăng", "giảm", "thêm")) and CHANGE_BEFORE.search(before)
                    and COMPARED_AFTER.match(text, m.end())):
                continue  # "bình quân mỗi xã đạt 18,5 tiêu chí, tăng 16 tiêu chí so với năm 2019": a change, no count
            if not raw.isdigit() and p["number_before"].search(before):  # "ba năm chỉ tiêu": "năm" is "year"
                continue
            if count == 5 and not raw.isdigit() and p["year_before"].search(before):  # "cả năm chỉ tiêu": "year"
                continue
            if raw.isdigit() and len(raw) == 4 and rx(r"(?i)năm\s*$").search(before):  # "Năm 2024 chỉ tiêu …"
                continue
            if before.rstrip().endswith("/") and p["unit_slash_before"].search(before):
                continue  # "đạt và vượt 20 chỉ tiêu/21 chỉ tiêu": the total of the count before
            total_raw = m.group("total") or m.group("total2")
            if count == 1 and not raw.isdigit() and m.group("total2"):  # "là một trong 4 mục tiêu mà Đại hội đề ra": one of the 4 set, a count of 4
                count, total_raw = int(m.group("total2")), None
            slash = None if total_raw else UNIT_SLASH_TOTAL.match(text, m.end())
            unit_total = slash and p["unit"].match(text, slash.end())  # (the unit after the total)
            if unit_total:
                total_raw = slash.group("t")  # the same count, its unit written twice
                after = text[unit_total.end() : unit_total.end() + 120]
            total = int(total_raw) if total_raw else None
            # outcome: after the unit ("24/30 chỉ tiêu đạt và vượt") or before the number
            status = None
            oa = p["after"].search(after)
            ob = None
            if before:
                # an outcome word starting in ``before`` (searched in it and the few characters the word
                # may reach past it; a scan of the whole text for them cost 0.1 ms a document)
                first = p["outcome_starts"].search(text, m.start() - len(before), m.start() + p["outcome_reach"])
                if first is not None and first.start() < m.start():
                    ob = p["before"].search(before)
                    if ob and before[ob.end("o") :].lstrip().startswith("(") and not rx(r"\s*\)").match(text, m.end()):
                        ob = None  # "19/22 chỉ tiêu đạt và vượt (3 chỉ tiêu … chưa đánh giá)": a remark in brackets
                        # right after the outcome (not "đạt và vượt 100% chỉ tiêu (22/22 chỉ tiêu)", nor "đã cơ bản được
                        # hoàn thành (24/25 chỉ tiêu)": the count restated, the bracket closing on its unit)
            unit_end = unit_total.end() if unit_total else m.end()  # (after a unit written twice, the second)
            end = unit_end
            start = m.start()
            if oa and ob and ("," in after[: oa.start("o")] or rx(r"(?<![\p{L}])và\s+(?:các|những)\s").search(after, 0, oa.start("o"))
                              or rx(r"\S\s+và\s*$").search(after, 0, oa.start("o"))):
                # ("5 xã đều đạt 19/19 tiêu chí nông thôn mới và đạt từ 96 điểm trở lên": a second predicate after
                # words of the unit and "và", its own)
                # "đạt và vượt 19/19 chỉ tiêu, đạt 100% kế hoạch": the comma opens another clause; "hoàn thành 19/19
                # tiêu chí và các xã khác đạt từ 11 …": "và" and another subject too (set AX)
                oa = None
            if oa:
                status = oa.group("o")
                end = unit_end + oa.end("o")
            elif ob:
                status = ob.group("o")
                start = m.start() - (len(before) - ob.start("o"))
            outcome = p["outcomes"].get(lexicon.fold_key(status), "other") if status else "other"
            if oa and outcome == "met" and BASICALLY_END.search(after, 0, oa.start("o")):
                # "1 chỉ tiêu cơ bản hoàn thành", "có 2 chỉ tiêu cơ bản đạt": basically met, beside the counts met in
                # full (fresh pj1, group AA xa5); before the count, "cơ bản hoàn thành 18/23 chỉ tiêu" is met (train 440)
                outcome = "other"
            if (not status and prev is not None and prev[1] and COORDINATED.match(text, prev[2], m.start())
                    and not OWN_STATUS_AFTER.match(text, unit_end)):  # (not "…, 12/46 chỉ tiêu chưa xét": its own)
                # "hoàn thành 9/14 chỉ tiêu chủ yếu và 12/13 chỉ tiêu phát triển ngành": one verb, two counts
                status, outcome = prev[0]["status"], prev[0]["outcome"]
            if (not status and prev is not None and prev[0]["status"]
                    and BRACKET_OPENS.fullmatch(text, prev[2], m.start()) and not OWN_STATUS_AFTER.match(text, unit_end)):
                # "đạt 14/19 tiêu chí (66/74 chỉ tiêu) nông thôn mới nâng cao": the count in brackets right after a count
                # restates it in finer units, reached as it was (group AM yau2)
                status, outcome = prev[0]["status"], prev[0]["outcome"]
            included = None  # the position of the count that lists this one ("… vượt gồm 11 chỉ tiêu …")
            if (not status and prev is not None and prev[0]["status"] and prev[0]["outcome"] != "other"
                    and not OWN_STATUS_AFTER.match(text, unit_end)
                    and (INCLUDES.match(text, prev[0]["end"], m.start())
                         or (prev[3] and INCLUDED_NEXT.match(text, prev[2], m.start())))):
                status, outcome = prev[0]["status"], prev[0]["outcome"]
                included = prev[3] if prev[3] is not None else prev[0]["_pos"]
            if oa and PROGRESS.match(text, end):  # "11/22 chỉ tiêu đạt trên 50% kế hoạch": progress, not the outcome
                # (but "5/5 chỉ tiêu đạt 100%" is met, "đạt 100% kế hoạch trở lên" met or exceeded: train 102)
                full = FULL_PROGRESS.match(text, end) if outcome in ("met", "met_or_exceeded") else None
                if full is None:
                    outcome = "other"
                elif outcome == "met":
                    outcome = "exceeded" if full.group("over") else "met_or_exceeded" if full.group("up") else "met"
                # (else "12/13 chỉ tiêu vượt và đạt 100% kế hoạch": met or exceeded, as it says)
            if ob and not oa and PLANNED.search(before[: ob.start("o")]):
                outcome = "other"
            scope_m = SCOPE.search(text[unit_end : unit_end + 80]) if not oa or oa.group("gap") else None
            if scope_m is None and oa:
                scope_m = SCOPE.search(text[end : end + 80])
            scope = scope_m.group("s").strip() if scope_m else None
            if total is None:
                if frames is None:
                    frames = _Frames(text, p["frame_head"], p["units"])
                frame = frames.find(max(line_start, m.start() - 400), m.start(), m.group("unit"))
                if frame is not None and frame >= count:
                    total = frame
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
                    "_included_in": included,
                }
            )
            # (the item, whether its outcome stood before it, where its unit ends, whether it is one of
            # the counts a count before includes)
            prev = (out[-1], bool(ob and not oa), unit_end, included)
        out.extend(self._unit_first(text, {it["_pos"] for it in out}, units))
        out.extend(self._elided(text, units))
        out.sort(key=lambda it: it["_pos"])
        return out

    def _elided(self, text: str, units: list[regex.Match] | None, limit: int | None = None) -> list[dict]:
        """Counts after a frame that leave the unit out: "Trong 12 nhóm chỉ tiêu đề ra, có 10 nhóm đạt và vượt kế hoạch",
        "Trong 30 chỉ tiêu, có 24 đạt và vượt, 6 không đạt" (the frame's total and unit are theirs; the frame alone is no
        count, as train 422, 514, 621 read "Trong N chỉ tiêu …, có M chỉ tiêu …"). Only within the frame's sentence (read up
        to ``limit`` when given, and ``ELIDED_REACH`` past the frame at most), never more than its total.

        >>> [(c["count"], c["total"], c["outcome"]) for c in IndicatorCountExtractor()._elided(
        ...     "Trong 12 nhóm chỉ tiêu đề ra, có 10 nhóm đạt và vượt kế hoạch, 2 nhóm chưa đạt.", None)]
        [(10, 12, 'met_or_exceeded'), (2, 12, 'not_met')]
        """
        p = self.p
        found = []
        for u in p["unit"].finditer(text) if units is None else units:
            head = FRAME_HEAD_BEFORE.search(text, max(0, u.start() - 30), u.start())
            if head is None:
                continue
            total = int(head.group("n"))
            reach = min(u.end() + ELIDED_REACH, limit if limit is not None else len(text))
            stop = SENTENCE_STOP.search(text, u.end(), reach)
            end = stop.start() if stop else reach
            for m in p["elided"].finditer(text, u.end(), end):
                count = int(m.group("count"))
                oa = p["after"].match(text[m.end() - 1 : m.end() + 120])  # (the outcome right after: one space kept)
                if oa is None or count > total or not ELIDED_OUTCOME_END.match(text, m.end() - 1 + oa.end("o")):
                    continue  # (nor another thing reached: "có 3 đạt giải" won prizes)
                status = oa.group("o")
                found.append(
                    {
                        "count": count,
                        "total": total,
                        "unit": p["units"][lexicon.fold_key(u.group())],
                        "status": status,
                        "outcome": p["outcomes"].get(lexicon.fold_key(status), "other"),
                        "scope": None,
                        "start": m.start("count"),
                        "end": m.end() - 1 + oa.end("o"),
                        "rule": "indicator.total_frame",
                        "_pos": m.start("count"),
                        "_included_in": None,
                    }
                )
        return found

    def _unit_first(self, text: str, taken: set[int], units: list[regex.Match] | None = None) -> list[dict]:
        """Counts written unit first: "số chỉ tiêu đạt 44/57", "số tiêu chí đạt là 15/19"."""
        p = self.p
        found = []
        for u in p["unit"].finditer(text) if units is None else units:
            if not UNIT_FIRST_BEFORE.search(text, max(0, u.start() - 6), u.start()):
                continue
            m = p["unit_first"].match(text, u.end())
            if m is None or m.start("count") in taken:  # "số tiêu chí đạt là 179/285 tiêu chí": found as usual
                continue
            if PLANNED.search(text, max(0, u.start() - 40), u.start()):
                continue
            count, total = int(m.group("count")), int(m.group("total"))
            if count > total:
                continue
            found.append(
                {
                    "count": count,
                    "total": total,
                    "unit": p["units"][lexicon.fold_key(u.group())],
                    "status": m.group("o"),
                    "outcome": p["outcomes"].get(lexicon.fold_key(m.group("o")), "other"),
                    "scope": None,
                    "start": u.start(),
                    "end": m.end(),
                    "rule": "indicator.fraction",
                    "_pos": m.start("count"),
                }
            )
        return found

    def _candidates(self, text: str, units: list[regex.Match] | None = None):
        """Count matches, found from their unit (rare) rather than their number (everywhere).

        The text near each unit (60 characters before it) is searched; the stretches of
        neighbouring units are merged and each searched once, left to right, so a text
        dense with units costs one pass, not one window per unit.
        """
        count = self.p["count"]
        seg_start = seg_end = -1
        for u in self.p["unit"].finditer(text) if units is None else units:
            lo = max(0, u.start() - 60)
            if lo <= seg_end:
                seg_end = u.end()
                continue
            if seg_end >= 0:
                yield from count.finditer(text, seg_start, seg_end)
            seg_start, seg_end = lo, u.end()
        if seg_end >= 0:
            yield from count.finditer(text, seg_start, seg_end)

    def _count_follows(self, text: str, units: list[regex.Match], pos: int) -> bool:
        """Whether a count of indicators follows ``pos`` in its sentence: a frame "Trong 32 chỉ tiêu đề ra, có 11 chỉ
        tiêu vượt …" is the total of the counts after it; with none after ("Trong 25 chỉ tiêu của năm 2025, quận đặt
        ra chỉ tiêu thu ngân sách …") it is a plain total (fresh mh03; train 422, 514, 621 have the counts)."""
        end = SENTENCE_STOP.search(text, pos)
        end = end.start() if end else len(text)
        count = self.p["count"]
        for u in units:
            if pos < u.start() < end and count.search(text, max(pos, u.start() - 30), u.end()):
                return True
        # (or a count after it that leaves the unit out: "Trong 30 chỉ tiêu, có 24 đạt và vượt"; see _elided)
        # (its own unit only, the one ending at ``pos``: one search, however many units the text has)
        own = [u for u in self.p["unit"].finditer(text, max(0, pos - 40), pos) if u.end() == pos]
        return bool(own) and bool(self._elided(text, own[-1:], end))

    def set_annotations(self, doc: Doc, item: dict) -> None:
        add_item(doc, "indicator_counts", item, item["start"], item["end"], "INDICATOR")

    def link_and_check(self, doc: Doc) -> None:
        """Link "trong đó" breakdowns to their parent; warn on sums that do not add up."""
        text = doc_text(doc)
        found = items(doc, "indicator_counts")
        warnings = store(doc).setdefault("warnings", [])
        marks = _Marks(text)
        for i, item in enumerate(found):
            if i == 0:
                continue
            if item.get("_included_in") is not None:  # one of the counts listed after "gồm"
                item["breakdown_of"] = next(j for j in range(i) if found[j].get("_pos") == item["_included_in"])
                continue
            # a parent earlier in the same sentence, with "trong đó" between (the nearest few only:
            # a breakdown lists a handful of counts, and the scan must stay linear in the text)
            b = item["start"]
            last_end, last_decimal, last_breakdown = marks.last_before(b)
            for j in range(i - 1, max(-1, i - 1 - MAX_LINK_STEPS), -1):
                parent = found[j]
                if parent.get("breakdown_of") is not None:
                    continue
                a = parent["end"]
                if b - a > MAX_LINK_CHARS:
                    break
                # a sentence end or ";" closes the breakdown ("…; còn 6 chỉ tiêu không đạt")
                if last_end >= a and not last_decimal >= a:
                    break
                if not (last_breakdown >= a and b > a):
                    break
                if parent["outcome"] != item["outcome"]:
                    item["breakdown_of"] = j
                    break
        self._inherit_outcomes(text, found, marks)
        self._share_all_outcome(text, found)
        children_of: dict[int, list[dict]] = {}
        for c in found:
            if c.get("breakdown_of") is not None:
                children_of.setdefault(c["breakdown_of"], []).append(c)
        for j, parent in enumerate(found):
            children = children_of.get(j)
            if children and sum(c["count"] for c in children) != parent["count"]:
                warnings.append(
                    {
                        "code": "indicator_counts_inconsistent",
                        "message": "breakdown %s does not add up to %d"
                        % (" + ".join(str(c["count"]) for c in children), parent["count"]),
                        "spans": [(parent["start"], parent["end"])] + [(c["start"], c["end"]) for c in children],
                    }
                )
        # achieved + not achieved != total, for a count written as a fraction ("24/30 … đạt và vượt");
        # the not-achieved counts are grouped by (unit, total) once, not searched for each parent
        not_met: dict[tuple, list[dict]] = {}
        for c in found:
            if c["outcome"] == "not_met" and c.get("breakdown_of") is None:
                not_met.setdefault((c["unit"], c.get("total")), []).append(c)
        for parent in found:
            if parent["rule"] != "indicator.fraction" or parent["outcome"] not in ("met_or_exceeded", "met"):
                continue
            loose = not_met.get((parent["unit"], None), [])
            same_total = not_met.get((parent["unit"], parent["total"]), [])
            if len(loose) + len(same_total) == 1 and parent["count"] + (loose or same_total)[0]["count"] != parent["total"]:
                c = (loose or same_total)[0]
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


    @staticmethod
    def _inherit_outcomes(text: str, found: list[dict], marks: "_Marks") -> None:
        """A breakdown by field names no outcome of its own: its counts share their parent's.

        "có 18 chỉ tiêu đạt và vượt kế hoạch; trong đó, kinh tế 4/4 chỉ tiêu; văn hóa - xã hội 9/10
        chỉ tiêu": after "trong đó", in the same sentence (items may be split by ";"), a count with no
        outcome word takes the outcome of the count with one that "trong đó" follows.
        """
        for i, item in enumerate(found):
            if item["status"] is not None or item.get("breakdown_of") is not None or i == 0:
                continue
            _end, _dec, bd = marks.last_before(item["start"])
            if bd < 0 or item["start"] - bd > MAX_BREAKDOWN_CHARS:
                continue
            for j in range(i - 1, max(-1, i - 1 - MAX_LINK_STEPS), -1):
                parent = found[j]
                if parent["end"] > bd:  # a sibling between "trong đó" and the item
                    if parent["status"] is not None:
                        break  # a sibling with an outcome of its own: not a breakdown by field
                    continue
                if (parent["status"] is not None and parent["outcome"] != "other" and bd - parent["end"] <= 40
                        and not SENTENCE_STOP.search(text, parent["end"], item["start"])):
                    item["outcome"] = parent["outcome"]
                    item["breakdown_of"] = j
                break

    @staticmethod
    def _share_all_outcome(text: str, found: list[dict]) -> None:
        """Counts listed one after another, the last with "đều" before its outcome, all reach it: "7/7 chỉ tiêu của
        Trung ương; 9/9 chỉ tiêu của tỉnh đều đạt và vượt" (fresh bx03). A count with no outcome of its own, then a
        separator (";", ",", "và") and the next count, takes that count's outcome (back along the list); fractions only."""
        shared = False  # whether the count after the one looked at took its outcome so
        for i in range(len(found) - 2, -1, -1):
            item, nxt = found[i], found[i + 1]
            shared = bool(
                item["status"] is None and item.get("breakdown_of") is None and nxt["status"] is not None
                and item["total"] is not None and nxt["total"] is not None  # (fractions both: "đề ra 18 chỉ tiêu; 9/9 …" sets)
                and (shared or ALL_BEFORE_OUTCOME.search(text, nxt["start"], nxt["end"]))
                and LISTED_BETWEEN.fullmatch(text, item["end"], nxt["start"]))
            if shared:
                item["outcome"] = nxt["outcome"]


@Language.factory("vnreport_indicator_counts")
def make_indicator_counts(nlp: Language, name: str) -> IndicatorCountExtractor:
    return IndicatorCountExtractor(nlp, name)
