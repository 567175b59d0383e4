"""Percentages: value, qualifier, change, subject, reference, basis, target.

``__call__ -> match -> set_annotations``, as spaCy's rule components. The
cue words are data (``resources/percent_cues.tsv``, ``change_cues.tsv``,
``references.txt``); the grammar of Vietnamese figures — decimal comma,
dot thousands, ranges "5-7%" and "từ 5 đến 7%" — is below.

>>> parse_number("4,07"), parse_number("1.234,5"), parse_number("138"), parse_number("7.5")
(4.07, 1234.5, 138.0, 7.5)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer, lexicon, regexcache
from ..lexicon import rx
from ..resources import load_kind, load_list, load_tsv
from ._base import Years, add_item, clause_bounds, doc_text, strip_span, token_bounds, years_of

NUMBER = r"""
    \d{1,3}(?:\.\d{3})++(?:,\d++)?     # 1.234 or 1.234,5: dot thousands, decimal comma
    |\d++(?:[.,]\d++)?                  # 138, 4,07, 7.5
"""

PERCENT = regexcache.compile(
    r"""
    (?=từ|\d)                                  # (every match opens so: checked first, 20 % faster)
    (?<![\p{N}.]|\p{N},|(?-i:\p{Lu})|(?<!%\s*)/)  # not inside a longer number or code; "76,4%/60%" is two; "đạt3%" ok
                                               # (a comma glued to a word before is a comma: "Hằng năm,100% cán bộ")
    (?:
        (?P<from>từ\s++)(?P<lo>""" + NUMBER + r""")\s*+%?\s*+(?:đến|tới)\s++   # từ 5 đến 7%
        (?:(?P<hq>dưới|trên)\s++)?                  # "từ 70 đến dưới 100%": the high bound's own qualifier (train 102)
      | (?P<lo>\d{1,3}(?:,\d++)?)\s*+%?\s*+(?:đến|tới)\s++(?=\d)               # "giảm 2 đến 3%" (no year: "2020 đến …")
      | (?P<lo2>""" + NUMBER + r""")[^\S\n]*+%?[^\S\n]*+-[^\S\n]*+(?=\d)       # 5-7%, 3,5%-4% (on one line: "80%\n\n- 94% …" is a list)
      | (?P<lo3>\d{1,3}(?:,\d++)?)\s*+/\s*+(?=\d{1,3}(?:,\d++)?\s*+%)         # "đạt 87,4/86%": the result over its
                                                                             # plan, two figures (fresh ml01, lu01, nb01)
    )?
    (?P<num>""" + NUMBER + r""")
    (?:,(?=\s*+%))?                             # a decimal comma left without its digits: "đạt tỷ lệ 82,%" is 82%
    \s*+(?P<sign>(?:điểm\s*+)?(?:%|phần\s+trăm))  # the percent sign or words ("2,5 điểm %": percentage points)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Text with no letter at all (figures, signs, stops): a clause of it names nothing, nor does one right after it (a label
# before a figure ends within reach: "Tỷ lệ che phủ rừng: 45%")
NO_WORD_NEAR = regexcache.compile(r"[^\p{L}]*")
NO_WORD_REACH = 80

# "và" closing a phrase (and the spaces before it): a conjunction left dangling
AND_ENDING = regexcache.compile(r"(?i)\s+và$")

# How far before a figure its cues anchored at the figure are looked for (a qualifier, the verb, a change and its
# adverbs: "giảm so với cùng kỳ năm 2020 là bình quân hằng năm | 5%" is far shorter): a search from the clause's start
# tried every position of long comma-joined clauses (30 µs a figure on figure-dense text)
END_CUE_REACH = 160

# The parts of a growth rate after it, in a sentence of their own: "… đạt 8,2%. Trong đó, …"
GROWTH_PARTS_LEAD = regexcache.compile(r"(?i)\s*[.;,]?\s*trong\s+đó\s*[,:]?\s*")
# … each part's rate, "đạt" as the whole's ("khu vực dịch vụ đạt 8,6%", "khu vực công nghiệp ước đạt 11,9%")
GROWTH_PART_GAP = regexcache.compile(r"(?i)\s*(?:(?:ước|dự\s+ước)\s+)?(?:đạt|là)\s*(?:(?:khoảng|hơn|trên|gần)\s+)?")
# An item of a list that leaves out the verb of the one before: the separator (and "trong đó") before its subject,
# nothing but a qualifier between its subject and its figure
ELIDED_ITEM_LEAD = regexcache.compile(r"(?i)\s*[;,]\s*(?:trong\s+đó\s*[,:]?\s*)?")
ELIDED_ITEM_GAP = regexcache.compile(r"(?i)\s*(?:là\s+)?(?:(?:khoảng|hơn|trên|gần|dưới|xấp\s+xỉ)\s+)?")  # ("…, các nước đang phát triển là 4,3%"; set AQ)
# Words that say the figure is a predicate of the subject before it.
PREDICATE = regexcache.compile(
    lexicon.B_START
    # "tốc độ tăng", "tỷ lệ giảm", "tỷ trọng đóng góp", "tăng trưởng", "giảm nghèo" are nouns, not predicates
    + r"(?<!(?:tốc\s+độ|mức|tỷ\s+lệ|tỉ\s+lệ|tỷ\s+trọng|tỉ\s+trọng)\s+(?:gia\s+)?)"  # ("tốc độ gia tăng": the same noun)
    # ("vốn đầu tư thực hiện": investment realized, a participle inside the subject; sets M, X, AF; "việc làm tăng
    # thêm": additional jobs, train 709, set AR; "giá trị tăng thêm", "giá trị gia tăng": value added, set AZ, fresh bj1;
    # "vốn đầu tư cấp mới và tăng thêm", "cấp mới, tăng thêm": capital granted anew and added, fresh aj02, aq05)
    # ("bằng" of "đồng bằng", the delta, is none: "tỷ lệ hộ nghèo vùng đồng bằng giảm …"; the money unit's "tỷ đồng
    # bằng 95%" still is)
    + r"(?:ước\s+đạt|ước\s+thực\s+hiện|ước\s+tính|(?<!(?:vốn|đầu\s+tư|được|khối\s+lượng)\s+)thực\s+hiện|đạt\s+được|đạt(?!\s+(?:chuẩn|danh\s+hiệu|tiêu\s+chuẩn|tiêu\s+chí(?=\s+\p{L}))(?![\p{L}\p{M}]))|(?<!(?:mặt|cân|công)\s+)(?<!(?<!(?:tỷ|triệu|nghìn|ngàn|\d)\s+)đồng\s+)bằng|(?<!việc\s+làm\s+)(?<!giá\s+trị\s+)(?<!giá\s+trị\s+gia\s+)(?!(?<=mới\s*(?:và|,)\s+)tăng\s+thêm)tăng(?!\s+trưởng)|"
    r"(?:được\s+)?kéo\s+giảm|giảm(?!\s+nghèo)|sụt(?:\s+giảm)?|vượt|chiếm|đóng\s+góp|là|(?<=chỉ\s+)còn\s+lại(?=\s*+(?:(?:khoảng|hơn|dưới|trên)\s+)?(?:\d|$))|còn(?!\s+lại)|dự\s+ước|(?<!(?:thỏa|thoả|công|hiệp|quy)\s+)ước|dự\s+kiến|duy\s+trì|giữ\s+(?:vững\s+)?(?:được\s+)?mức|(?<!trở\s+)xuống|(?<!trở\s+)lên(?!\s+lớp(?![\p{L}\p{M}]))|"  # (not "học sinh lên lớp": promoted)
    # ("ước" in "thỏa ước", "công ước", "hiệp ước", "quy ước" is a noun's, no hedge: "ký kết được thỏa ước lao động tập
    # thể đạt 75%", fresh ti5)
    # a ratio to a reference ("…, gấp 1,5 lần so với năm 2020, vượt 5% …": the quantity named before it)
    r"gấp(?=\s+(?:(?:hơn|gần|khoảng)\s+)?\d)"
    # a rank among others ("Tốc độ tăng trưởng GRDP nằm trong nhóm các tỉnh đứng đầu cả nước, bình quân … đạt 14,6%":
    # the quantity is named before it; fresh 27)
    r"|nằm\s+trong\s+(?:nhóm|top|tốp))"
    + r"(?![\p{L}\p{M}])",  # a figure may be glued on ("đạt3,02%")
    regex.IGNORECASE,
)
# A subject's closing "được", with the adverbs before it ("Tỷ lệ hài lòng … tiếp tục được | duy trì", "vốn … chỉ giải ngân
# được | khoảng 40%"): what the quantity got or reached, the verb's
ACHIEVED_END = regexcache.compile(r"(?i)(?:\s+(?:tiếp\s+tục|đều|đã|chỉ|cũng|vẫn|mới|luôn))*\s+được$")
# A period before the one reported on, compared with: "cùng kỳ (năm trước)", "năm 2023", "năm trước"
_PAST_PERIOD = r"(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+(?:trước|\d{4}))"
# Between a figure and the planned value of the same quantity: " so với kế hoạch là ", " - KH là ", " (kế hoạch: ",
# " so với cùng kỳ (kế hoạch năm " (the plan of a change is a change: sets U, Z)
REFERENCE_VALUE = regexcache.compile(
    r"""(?ix)(?:\s*so\s+(?:với\s+)?""" + _PAST_PERIOD + r""")?  # the figure's own past reference ("so với cùng kỳ")
    \s*[-–,(/]?\s*                                                  # ("(78,3%/kế hoạch 82%)": a slash too)
    (?:(?P<over>vượt)\s+|(?:nằm\s+trong(?:\s+khoảng)?|thấp\s+hơn|cao\s+hơn|chưa\s+đạt|không\s+đạt)\s+)?  # how the figure stands to it
                                                                     # ("…, vượt kế hoạch 8,5-9,5%", "nằm trong khoảng chỉ tiêu 7,5-8%")
    (?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|KH|mục\s+tiêu|chỉ\s+tiêu|nghị\s+quyết|NQ)   # the plan ("(Nghị quyết 9,26%)")
    (?:\s+(?:đề\s+ra|đặt\s+ra|giao|năm(?:\s+\d{4})?|đầu\s+năm|cả\s+năm  # "đề ra", "giao", "đầu năm"
        |đại\s+hội|nghị\s+quyết|HĐND|(?:của\s+)?(?:tỉnh|huyện|xã|phường|thành\s+phố|trung\s+ương))){0,3}  # whose: "mục
                                                                     # tiêu đại hội là 90%", "kế hoạch của tỉnh giao"
    (?P<bracket>\s*\(\s*(?:NQ|KH|nghị\s+quyết|kế\s+hoạch)(?:\s+(?:tăng|giảm))?)?  # its figure in brackets: "vượt kế
                                                                     # hoạch đề ra (NQ tăng 11,31%)" (fresh 133)
    (?:\s+(?:tăng|giảm))?                                              # the plan's own change: "9,40% (KH tăng 10-11%)"
    \s*(?:là|:)?\s*                                                  # "là", ":"
    (?:(?:dưới|trên|hơn|khoảng|gần|từ)\s+)?                          # its qualifier ("dưới 4%")
    """
)
# A change verb between a figure and its plan's value ("so với kế hoạch tăng 8%"): the plan's own direction
CHANGE_WORD = regexcache.compile(r"(?i)(?<![\p{L}])(?:tăng|giảm)(?![\p{L}\p{M}])")
# Between a level and the change of the same quantity in brackets right after it: " (tăng trên ", " (giảm ".
BRACKETED_CHANGE = regexcache.compile(r"(?i)\s*\(\s*(?:tăng|giảm|vượt)(?:\s+(?:thêm|trên|hơn|gần|khoảng))?\s+")
# The period compared with, then a bracket telling its own figure: "… so với cùng kỳ năm 2015 (| cùng kỳ tăng | 7,72%)"
_SAME_PERIOD = r"cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?"
PERIOD_BEFORE_BRACKET = regexcache.compile(
    r"(?i)(?:\s*,?\s*so\s+(?:với\s+)?" + _SAME_PERIOD + r")?\s*\(\s*" + _SAME_PERIOD
    + r"\s+(?:(?:tăng|giảm|đạt|là)\s+)?(?:(?:trên|hơn|gần|khoảng)\s+)?")
# What a figure is measured against: a plan and its kinds ("kế hoạch", "dự toán", "Nghị quyết", "KH")
_PLAN_WORDS = r"(?:mục\s+tiêu|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết|KH)"
# The head of a reference after a figure ("kế hoạch …", "so với cùng kỳ …")
_REFERENCE_PHRASE_HEAD = r"(?:" + _PLAN_WORDS + r"|so\s+với|so)"
# Between two figures of one quantity: the first's reference, then "và"/"," and the next predicate
# ("… 95,1% chỉ tiêu phấn đấu và tăng | 25,24%", "… 104% kế hoạch, tăng hơn | 10%")
NEXT_PREDICATE = regexcache.compile(
    r"""(?i)\s*(?:""" + _REFERENCE_PHRASE_HEAD + r"""[^\d%;.:()]{0,40}?)?   # the reference of the figure before
    \s*(?:,|và|,\s*và|,?\s*(?:nhưng|song)(?:\s+vẫn)?)\s*(?:tăng|giảm|đạt|bằng|vượt)  # the next predicate ("… nhưng giảm")
    (?:\s+(?:hơn|trên|khoảng|gần|xấp\s+xỉ|tới|lên))?\s*""",
    regex.X,
)
# The figure before, what it is a share of, then a bracket holding it against a plan: "tỉ lệ bao phủ 92,13% dân số |
# (đạt | 97,33% chỉ tiêu giao …)" (the bracket's figures measure the same quantity; fresh 133)
BRACKET_AGAINST = regexcache.compile(r"(?i)(?:\s+[\p{Ll}\p{M}]+){0,3}\s*\(\s*(?:đạt|bằng|vượt)(?:\s+(?:hơn|trên|khoảng|gần))?\s*")
# A share restated in brackets right before its figure: "… (tỷ lệ 98,2%)", "… (98,2%)", "(chiếm 71%)".
# A share of what was just counted: ", chiếm (tỷ lệ) X%" and the count closing the stretch before it
SHARE_VERB = regexcache.compile(r"(?i),\s*chiếm(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?(?:\s+(?:khoảng|hơn|trên|gần|dưới))?\s*$")
# … or its rate reached: ", đạt (tỷ lệ) X%" (for a count opening the clause only)
SHARE_REACHED = regexcache.compile(r"(?i),\s*đạt(?:\s+(?:tỷ|tỉ)\s+lệ)?(?:\s+(?:khoảng|hơn|trên|gần))?\s*$")
MULTIPLIER = regexcache.compile(r"(?i)(?:nghìn|ngàn|triệu)\s+(?=\p{L})")  # "363 nghìn | hộ dân"
# What a group counted reached may itself be a count of criteria or targets ("1 xã đạt từ 16 - 18 tiêu chí, chiếm
# 0,6%", "3 xã đạt dưới 5 tiêu chí (chiếm 1,5%)": rural-development reviews; units: resources/indicator_units.tsv)
CRITERIA_REACHED = (
    r"(?:(?<![\p{L}])đạt\s+(?:(?:từ|dưới|trên|hơn)\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:"
    + lexicon.alternation(sorted({r[1] for r in load_tsv("indicator_units.tsv")})) + r")(?![\p{L}\p{M}]))"
)
COUNTED_BEFORE_SHARE = regexcache.compile(
    r"(?<![\p{L}\p{N}/.,])\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?\s+(?P<noun>\p{Ll}(?:[^,;:()%\d\n]|" + CRITERIA_REACHED
    + r"){1,60}?)\s*$"
)
# A share in brackets right after a group counted and what it reached: "88 xã đạt 10-14 tiêu chí (43,6%)"
COUNTED_GROUP_BRACKET = regexcache.compile(
    r"(?<![\p{L}\p{N}/.,])\d[\d.,]*\s+\p{Ll}[^,;:()%\d\n]{0,40}?" + CRITERIA_REACHED + r"\s*$"
)
# A total raised by what was added, then the figure of that total: "nâng tổng số (xã đạt chuẩn …) lên|là 10/17 xã, chiếm
# | 58,8%" (groups "total": from "tổng số"; "what": what it counts, if named; "unit": the unit after the number)
RAISED_TOTAL = regexcache.compile(
    r"""(?ix)(?<![\p{L}])nâng\s+(?P<total>tổng\s+số(?:\s+(?P<what>[^,;:()\d]{2,80}?))?)
    \s+(?:lên|là)\s+(?:đến\s+)?\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?           # raised to the number
    (?:(?:\s+[^,;:()%\d]{1,40}?)?\s+và\s+\d[\d.,]*)?\s+                    # (and another: "244 và 4 liên hiệp")
    (?P<unit>(?-i:\p{Ll})[^,;:()%\d]{0,40}?)\s*,                          # the unit, a comma
    (?:\s*(?-i:\p{Ll})[\p{L}\p{M}]*){0,3}\s*$                             # at most a verb and a qualifier"""
)
# A change right after a comma, before its figure (for a stock counted before it: "còn 3.414 hộ nghèo, giảm 7,5%")
STOCK_CHANGE = regexcache.compile(r"(?i),\s*(?:tăng|giảm)(?:\s+(?:thêm|khoảng|hơn|trên|gần))?\s*$")
# A stock counted after "còn"/"có" ("còn 3.414 hộ nghèo", "có khoảng 1.200 doanh nghiệp đăng ký thành lập mới")
STOCK_COUNTED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:còn|có)\s+(?:(?:khoảng|hơn|trên|gần)\s+)?\d[\d.,]*\s+(?P<noun>(?-i:\p{Ll})[^,;:()%\d\n]{1,60}?)\s*$"
)
# What was done and counted after "đã": "đã thực hiện 27.803 ca cấp cứu", "đã cấp thuốc điều trị ngoại trú cho 121.705 lượt
# bệnh nhân" (the verb phrase, eight words at most, then the count and what it counts, to the stretch's end)
DONE_COUNTED = regexcache.compile(
    r"(?i)(?<![\p{L}])đã\s+(?P<act>(?-i:\p{Ll})[\p{L}\p{M}]*(?:\s+(?-i:\p{Ll})[\p{L}\p{M}]*){0,7}?)\s+(?:được\s+)?"
    r"(?<![\p{L}\p{N}/.,])\d[\d.,]*\s+(?P<noun>(?-i:\p{Ll})[^,;:()%\d\n]{1,60}?)\s*$"
)
# A comparison closing a subject, its reference named: "… cao hơn so với cùng kỳ năm trước", "… thấp hơn so với năm 2023"
COMPARED_TAIL = regexcache.compile(
    r"(?i)\s+(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s+so\s+(?:với\s+)?[^,;:()%\d]{0,40}(?:(?:19|20)\d\d)?\s*$"
)
# A bound written after a range ("10-12% trở lên"): the high figure's
BOUND_AFTER = regexcache.compile(r"(?i)\s*(?:trở\s+lên|trở\s+xuống)(?![\p{L}\p{M}])")
# A slash right after a figure, before the plan's own figure or name ("45%/KH 45%", "8,02%/KH 8%")
PER_PLAN_AFTER = regexcache.compile(r"\s*/")
# How far after a figure the patterns anchored there may read (an end position bounds each match: without one,
# ``regex`` looks for the pattern's literal, "/" or "về", through the whole rest of the text, a cost per figure that
# grows with the text; the patterns read far less than this: a short gap and a phrase of at most 60 characters)
AFTER_REACH = 200
# A stretch opening on a share and what it counts: "(Toàn tỉnh) có 85% | trường đạt chuẩn quốc gia" (figure first)
SHARE_FIRST_STRETCH = regexcache.compile(
    r"""(?ix)\s*(?:[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3}?\s+)?có\s+    # who has it ("Toàn tỉnh có"), "có"
    (?:(?:khoảng|hơn|trên|gần)\s+)?(?<![\d.,])\d{1,3}(?:,\d+)?\s*%          # the share
    \s+(?P<n>(?-i:\p{Ll})[^,;:()%\d\n]{2,80}?)\s*$                        # what it counts, to the stretch's end"""
)
# A one-word unit, then the bracket its share opens (after a count: the two patterns below)
_UNIT_THEN_BRACKET = r"\s+(?-i:\p{Ll})[\p{L}\p{M}]*\s*\(\s*$"
# A count of units, then the bracket its share opens: "có 6.084/7.669 xã (| 79,3%)", "74 xã (|"
COUNT_SHARE_OPEN = regexcache.compile(r"(?<![\d/.,])\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?" + _UNIT_THEN_BRACKET)
# A count of one-word units right before a bracket: "trong đó 40 xã (" (not a year, not part of a longer number)
BARE_UNIT_COUNT = regexcache.compile(r"(?<![\d/.,])(?!(?:19|20)\d\d\s)\d[\d.]*" + _UNIT_THEN_BRACKET)
# The predicate after a bracketed share of a bare count: "có 9/18 xã (đạt 50%) | đạt chuẩn nông thôn mới"
PREDICATE_AFTER_BRACKET = regexcache.compile(
    r"""[ \t]+(?!so(?:[ \t]+với)?[ \t]|cùng[ \t]+kỳ)        # (no comparison: "giảm 40 vụ (23%) | so với cùng kỳ")
    (?P<p>(?-i:\p{Ll})[\p{L}\p{M}]*                     # a lower-case word opens it (a verb: "đạt", "có", "được")
    (?:[ \t]+[\p{L}\p{M}\-]+){0,9})                   # at most ten words, no figure, no bracket
    [ \t]*(?=[,;.:!?\n(]|$|[ \t]+và[ \t]+\d)         # the clause ends there (or a bracket, or "và" and the next
                                                    # count: "… nâng cao | và 74 xã (12,3%) …"; group AB xp4)""",
    regex.X,
)
SHARE_BRACKET = regexcache.compile(r"(?i)\(\s*(?:tỷ\s+lệ|tỉ\s+lệ|chiếm|đạt|bằng)?\s*$")
# A count before what it counts: "có 21 thôn …", "109/111 cơ quan …" (not a year, not inside a longer number).
COUNT_BEFORE_NOUN = regexcache.compile(
    r"(?i)(?:(?<![\p{L}])có\s+(?:tổng\s+(?:số\s+)?)?\d[\d.,]*|(?<![\d/.,])\d[\d.,]*\s*/\s*\d[\d.,]*)\s+(?=(?-i:\p{Ll}))"
)
# The copula right before a count ("đảng viên hoàn thành tốt nhiệm vụ | là | 55 đảng viên, chiếm 76,3%")
COPULA_BEFORE_COUNT = regexcache.compile(r"(?i)(?<![\p{L}])là\s+$")
# A count after the copula ("tổng số xã về đích là 58 xã (chiếm 44%)"), for a share in brackets after it
COUNT_AFTER_VERB = regexcache.compile(r"(?i)(?<![\p{L}])là\s+\d[\d.,]*\s+(?=(?-i:\p{Ll}))")
# A plan's items, determined, after "hoàn thành/duy trì" and the figure ("98% các chỉ tiêu Nghị quyết …")
# (the plan's name runs on: "… Nghị quyết Đại hội lần thứ XI"; its predicate ends it: "… đều đạt")
PLAN_NAME_STOP = regexcache.compile(r",|;|\s+(?:và|so\s+với|của)\s|\s+(?=(?:đều|đã|đạt|vượt)(?![\p{L}\p{M}]))")
DETERMINED_PLAN = regexcache.compile(r"(?i)(?:các|những|toàn\s+bộ)\s+(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ)(?![\p{L}])")
# Examples after a predicate: "… tăng mạnh như rau quả đạt …", "…, nhất là gạo tăng …"
EXAMPLE_AFTER = regexcache.compile(r"(?i)(?<![\p{L}])(?:như(?:\s+là)?|nhất\s+là|trong\s+đó)\s+(?=\p{L})")
# "và" then a measured quantity, in a stretch after a figure ("… giảm 4,81% và kim ngạch nhập khẩu đạt …")
_AND_QUANTITY_WORDS = r"(?:giá\s+trị\s+)?(?:kim\s+ngạch|tổng|thu|chi|giá\s+trị|sản\s+lượng|doanh\s+thu|tỷ\s+lệ|tỉ\s+lệ|số)(?![\p{L}])"


@lru_cache(maxsize=1)
def _and_quantity() -> regex.Pattern:
    """"và" before a measured quantity: the words above or a head of resources/quantity_heads.txt ("… đạt 94,5% kế
    hoạch và đàn gia cầm gần 102.000 con, | đạt hơn 112,3%"; set AV)."""
    heads = lexicon.alternation(load_list("quantity_heads.txt"))
    return regexcache.compile(r"(?i)(?<![\p{L}])và\s+(?=" + _AND_QUANTITY_WORDS + "|(?:" + heads + ")" + lexicon.B_END + ")")
# A reference alone ("mục tiêu đề ra", "kế hoạch tỉnh giao"): what a figure is compared with, never its subject.
_REFERENCE_PHRASE = (
    r"(?:mức\s+)?" + _PLAN_WORDS  # ("vượt mức chỉ tiêu Trung ương giao 22,2%": the plan's level)
    + r"(?:\s+(?:đề\s+ra|đặt\s+ra|được\s+giao|giao|năm|cả\s+năm|tỉnh|huyện|xã|thành\s+phố|Trung\s+ương))*"
)
REFERENCE_ONLY = regexcache.compile(r"(?i)" + _REFERENCE_PHRASE)
# A figure by which a reference was exceeded ("vượt mục tiêu đề ra 0,4%", "vượt hơn 9%"): no rise of the quantity.
EXCESS_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}])vượt\s+(?:" + _REFERENCE_PHRASE + r"\s+)?(?:(?:hơn|khoảng|gần|trên)\s+)?$"
)
# Bullets and spaces only: what stands before a figure that opens a list line ("- 96% dân cư …").
BULLET_ONLY = regexcache.compile(r"[\s\-+•*–]+")
# A breakdown opening the stretch, nothing else before the figure: "…, trong đó 20% hoàn thành xuất sắc nhiệm
# vụ" (the figure first, what it counts after it)
BREAKDOWN_ONLY = regexcache.compile(r"(?i)[\s\-+•*–]*trong\s+đó[\s,:]*")
# A time adverb (and a limit), nothing else before the figure: "Hiện chỉ khoảng 62% trạm y tế xã có bác sĩ …", "Hiện
# 100% dịch vụ điện được cung cấp trực tuyến" (the figure first, what it counts after it)
NOW_ONLY = regexcache.compile(r"(?i)[\s\-+•*–]*(?:hiện(?:\s+nay|\s+tại)?|đến\s+nay|tới\s+nay)\s*,?\s*(?:(?:chỉ|mới)(?:\s+(?:chỉ|mới))?\s*)?")
# "từ" just before a figure: a span "từ X% … trở lên" may close after the counted noun.
FROM_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])từ\s*$")
# Before a figure whose "trở lên" may close the things counted after it: "từ 60% số hộ trở lên", "có 70% chính quyền
# trở lên đạt vững mạnh", "tỷ lệ bao phủ BHYT đạt 99,3% dân số trở lên" (at least; train 715, set AZ, blind batch b7 hi2)
FROM_OR_HAVE_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:từ|có|đạt)\s*$")
# Words between a verb and its figure that are not the subject ("giảm bình quân mỗi năm 2,1%").
FILLER = regexcache.compile(
    r"(?i)(?:\s*(?:hằng\s+năm|hàng\s+năm|mỗi\s+năm|/\s*năm|trung\s+bình|từ|khoảng|được|ở\s+mức|"
    r"(?:tỷ|tỉ)\s+lệ(?:\s+chung)?|năm\s+\d{4}|cả\s+năm|so\s+với|cao\s+nhất|thấp\s+nhất"  # ("đạt cao nhất 85%": a rank)
    r"|tương\s+ứng|tương\s+đương)\s*)+$"  # ("tăng tương ứng gần 33%": the same change, relative)
)
# A remark in brackets, closed, with no figure of its own ("(theo chuẩn nghèo tiếp cận đa chiều)")
BRACKETED_REMARK = regexcache.compile(r"\s*\([^()\d%]{1,80}\)")
# The same words and "bình quân": what may stand between a verb-first subject and its figure.
FILLER_ALL = regexcache.compile(r"(?i)(?:\s*(?:bình\s+quân|/\s*năm|hằng\s+năm|hàng\s+năm|mỗi\s+năm|trung\s+bình|từ|khoảng|được|ở\s+mức|năm\s+\d{4}|cả\s+năm))*\s*")
# "trên địa bàn" (the area a quantity is of) and the unit that may follow it ("trên địa bàn tỉnh", "… huyện")
_WHERE = r"trên\s+địa\s+bàn"
_WHERE_UNIT = r"(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường)(?![\p{L}\p{M}])"
# A moment a figure is taken at: "(tính) đến thời điểm (này, hiện tại, 31/12/2019)"
_MOMENT = (r"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?thời\s+điểm(?:\s+(?:hiện\s+tại|hiện\s+nay|này|báo\s+cáo"
           r"|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?))?")
# A trailing time expression (or adverb) is not part of the subject ("… gia đình văn hóa năm 2019").
TRAILING_TIME = regexcache.compile(
    r"(?i)(?:(?:\s+(?:(?:đến|so\s+với|vào|trong|của)\s+)?(?:năm|quý|tháng)\s+[\dIVX/]+(?:\s*[-–]\s*\d{4}(?!\d))?"  # "năm 2024-2025"
    r"|\s+\d+\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm(?:\s+\d{4})?)?)"
    # (and the place it is of, after the time: "Kim ngạch xuất khẩu | 6 tháng đầu năm 2022 của Đồng Nai")
    r"(?:\s+(?:của|tại)\s+(?:tỉnh\s+|huyện\s+|thành\s+phố\s+)?(?-i:\p{Lu}[\p{L}\p{M}]*)(?:\s+(?-i:\p{Lu}[\p{L}\p{M}]*)){0,2}"
    # (or the unit by its level alone: "giá trị sản xuất | 6 tháng đầu năm 2021 của huyện", "… năm 2022 của toàn huyện")
    r"|\s+(?:của|tại)\s+(?:toàn\s+)?(?:" + _WHERE_UNIT + r"|địa\s+phương(?![\p{L}\p{M}]))"
    # (or "trên địa bàn" and the unit: "tổng thu ngân sách nhà nước | 6 tháng đầu năm 2025 trên địa bàn (tỉnh)", "… năm
    # 2022 trên địa bàn huyện Tiền Hải")
    r"|\s+" + _WHERE + r"(?:\s+" + _WHERE_UNIT + r"(?:\s+(?-i:\p{Lu}[\p{L}\p{M}]*)){0,3})?)?"
    r"|\s+(?:(?:tính\s+)?đến|vào)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"  # "đến ngày 30/9", "tính đến 6/12", "đến ngày 30.6.2022"
    # "từ 01/01-30/6/2016", "từ ngày 1/1 đến ngày 30/6/2016": a span of dates (group Z ww2)
    r"|\s+từ\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*(?:[-–]|đến)\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"|\s+" + _MOMENT  # "đến thời điểm hiện tại", "tính đến thời điểm 31/12/2019"
    + r"|\s+(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm|quý|tháng)(?:\s+[\dIVX][\dIVX/.]*)?"  # "đến hết tháng 9.2020", "đến cuối năm"
    r"|\s+(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?|trong\s+)?năm\s+học(?:\s+\d{4}\s*[-–]\s*\d{4})?"  # "đến cuối năm học 2022 - 2023"
    r"|\s+(?:trong\s+)?(?:giai\s+đoạn|nhiệm\s+kỳ)(?:\s+\d{4}\s*[-–]\s*\d{4})?"  # "giai đoạn 2021-2025"
    r"|(?<=\d)\s+bình\s+quân"  # "… giai đoạn 2015-2020 bình quân tăng"
    r"|(?<!/)\s+(?:trong\s+)?\d+\s+năm(?:\s+(?:gần\s+đây|qua|vừa\s+qua))?"  # "… 3 năm gần đây không đạt", "trong 3 năm vừa qua" (set AY)
    # "các năm (từ) 2020 đến 2024", "các năm 2022, 2023", "qua các năm": the years of a series (set AS)
    r"|\s+(?:(?:trong|qua)\s+)?các\s+năm(?:\s+(?:từ\s+)?\d{4}(?:\s*(?:,|và|đến|-|–)\s*\d{4})*)?"
    r"|\s+có\s+thể"  # "… có thể đạt"
    # "Kim ngạch xuất khẩu | cả năm 2025 đạt …": the whole of a year named (bare "cả năm" stays: 33 fresh gold subjects end
    # before it, 10 keep it, and cutting it cost val two subjects)
    r"|\s+cả\s+năm\s+\d{4}(?!\d)"
    + r"|\s+(?:hiện\s+nay|hiện\s+tại|năm\s+nay)"  # "tổng diện tích … hiện nay là 35.538 ha" (set AT), "… năm nay sụt" (AR)
    r"|\s+(?:đã|đều|cũng|vẫn|luôn(?:\s+luôn)?|sẽ|đang|không|chưa|(?<!(?:chứng|đình|địa)\s+)chỉ|ước\s+tính|dự\s+ước|ước|lần\s+lượt|tiếp\s+tục|liên\s+tục))+\s*$"  # and adverbs before the verb
    # ("… vẫn đạt 58%", "… các năm 2020 đến 2024 lần lượt là 6,66%, …", "… tiếp tục tăng 5%", "… liên tục giảm", "… luôn
    # đạt trên 90%"; "chỉ" closing a word is no adverb: "chứng chỉ", "tạm đình chỉ", "địa chỉ", fresh au02)
)
# A plain time right after the subject stays in it: "Thu ngân sách 6 tháng đầu năm | đạt 29% kế hoạch"
KEPT_TIME = regexcache.compile(
    r"(?i)(?<!(?:so\s+sánh|hiện\s+hành|bình\s+quân))"  # (not the base year of prices: "theo giá so sánh năm 2010")
    r"\s+(?:năm\s+\d{4}(?:\s*[-–]\s*\d{4})?"
    r"|(?:quý|tháng)\s+[\dIVX]{1,4}(?:\s*[-/.]\s*\d{4}|\s+năm\s+\d{4})?"
    r"|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+\d{4})?)(?![\p{L}\p{N}])"
)
KEPT_TIME_END = regexcache.compile(KEPT_TIME.pattern + r"$")


# The place a quantity is of, right before a trailing time: "… trên địa bàn tỉnh | 6 tháng đầu năm 2023", "… trên địa bàn
# Phú Thọ | 6 tháng …" (the unit's level word or up to three capitalized words)
WHERE_BEFORE_TIME = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])" + _WHERE + r"(?:\s+(?:toàn\s+)?" + _WHERE_UNIT + r")?"
    r"(?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*){0,3}$")


def _time_kept(seg: str, trailing: regex.Match, stop: int, start: int) -> tuple[int, int | None]:
    """(where the subject in ``seg`` ends, where it ends without a kept time or None) for a TRAILING_TIME match:
    a plain time is kept ("Thu ngân sách 6 tháng đầu năm"), anything else is cut; ``start`` is ``seg``'s offset."""
    kept = KEPT_TIME.match(seg, trailing.start(), stop)
    if kept and seg[kept.end() : trailing.end()].strip():
        # (nor a time the place it is of follows: "Kim ngạch xuất khẩu | 6 tháng đầu năm 2022 của Đồng Nai", "Tổng giá
        # trị sản xuất | năm 2022 trên địa bàn huyện Tiền Hải": 30 gold subjects of fresh pages end before both, 1 keeps
        # the time)
        kept = None
    if (kept and not rx(r"(?i)\s*năm").match(seg, trailing.start())
            and WHERE_BEFORE_TIME.search(seg, max(0, trailing.start() - 40), trailing.start())):
        kept = None  # (not after the place: "Tổng vốn đầu tư … trên địa bàn tỉnh | 6 tháng đầu năm 2023" is no period
        # written right after the quantity; fresh ga03, ga04; a year stays: "… trên địa bàn năm 2025", a target's year,
        # long04)
    return (kept.end(), start + trailing.start()) if kept else (trailing.start(), None)


# A time between a subject and its figure names the figure's own period ("…; lũy kế 9 tháng …", "đến năm 2023 …");
# one compared with does not ("… giảm 16% so tháng 12 năm 2022, tăng 6,1% …")
COMPARED_TIME = regexcache.compile(r"(?i)(?<![\p{L}])(?:so\s+với|so|với)\s+(?:cùng\s+kỳ\s+)?(?:(?:tháng|quý|năm)\s+[\dIVX][\dIVX/.-]*\s*)+")
OTHER_TIME = regexcache.compile(r"(?i)(?<![\p{L}])(?:năm\s+\d{4}|lũy\s+kế|(?:tháng|quý)\s+[\dIVX]|\d{1,2}\s+tháng|cả\s+năm)")
# "có 71 xã …", "có tổng số 12 trường …": what follows the number is what is counted.
COUNTED = regexcache.compile(
    r"(?i)(?<![\p{L}])có\s+(?:(?:trên|hơn|gần|khoảng|xấp\s+xỉ)\s+)?"  # "có trên 7.000 hộ …": a count, approximate
    r"(?:tổng\s+(?:số\s+)?)?\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?\s+(?=\p{L})"
)
# "đạt" before a fraction counts like "có" ("toàn huyện đạt 12/14 xã đạt chuẩn …"): no activity of its own.
REACHED_COUNT = regexcache.compile(r"(?i)đạt\s+(?:được\s+)?\d[\d.,]*\s*/\s*\d[\d.,]*\s+(?=\p{L})")
# A fraction opening a stretch counts what follows it ("…; 95/95 xóm, tổ dân phố đăng ký đạt văn hóa, bằng 100%").
OPENING_FRACTION = regexcache.compile(r"\s*\d[\d.,]*\s*/\s*\d[\d.,]*\s+(?=\p{Ll})")
# "đón 1,92 triệu lượt khách", "gieo trồng được 9.870 ha cây vụ xuân": a number (with its scale and
# unit) followed by what is counted.
AMOUNT_NOUN = regexcache.compile(
    # (not a date: "đến ngày 30/11 mới …"; a fraction may be spaced: "1.915/ 2.105 tin")
    r"(?i)(?<![\p{L}\p{N}/.,]|/\s|năm\s|ngày\s|tháng\s)"
    # (nor a period of time: "Tổng mức đầu tư … trong 5 năm, đạt …" counts no years)
    # ("6 tháng qua", "9 tháng đầu năm" neither)
    r"(?!(?<=(?:trong|sau|qua)\s+)\d+\s+(?:năm|tháng|quý|tuần|ngày)(?![\p{L}\p{M}])"
    r"|\d+\s+(?:năm|tháng|quý)\s+(?:qua|đầu\s+năm|cuối\s+năm)(?![\p{L}\p{M}]))"
    r"\d[\d.,]*(?:\s?/\s?\d[\d.,]*)?(?:\s+(?:nghìn|ngàn|triệu|tỷ))?"
    r"(?:\s*(?:ha|héc\s*ta|tấn|km|kg|m2|m3)(?![\p{L}\p{N}]))?\s+(?=\p{L})"  # (the unit may be written on: "76.180ha")
)
# What a number is counted in when it is money or a bare unit, not a thing ("257 tỷ đồng", "24.500 tấn"):
# resources/amount_units.tsv, by kind (lexicon.amount_units).
# A unit of measure alone ("tấn", "ha", "tỷ đồng"), never what is counted (not "hộ": things counted)
_MEASURE_UNIT = r"(?:" + lexicon.amount_units("scale") + "|" + lexicon.amount_units("measure") + r")(?![\p{L}])"
MEASURE_UNIT_ONLY = regexcache.compile(r"(?i)" + _MEASURE_UNIT)
# A unit things are counted in, or two ("lượt", "hộ", "lượt người": a count of counts, "185.674 lượt người")
COUNT_UNIT = r"(?:" + lexicon.amount_units("count") + r")(?:\s+(?:" + lexicon.amount_units("count") + r"))?"
UNIT_ONLY = regexcache.compile(
    MEASURE_UNIT_ONLY.pattern
    + r"|" + COUNT_UNIT + r"(?![\p{L}\p{M}])(?!\s+\p{L})"  # "4,4 triệu lượt," and "185.674 lượt người," not "lượt khách"
)
# Scale and unit words only ("tỷ đồng", "triệu USD", "nghìn tấn"): an amount's unit, no subject
AMOUNT_UNITS_ONLY = regexcache.compile(r"(?i)" + _MEASURE_UNIT + r"(?:\s+" + _MEASURE_UNIT + r")*")
# Nothing named after a figure but its bound: "… từ 42% trở lên.", "… 7,5%;"
NOTHING_AFTER = regexcache.compile(r"(?i)\s*(?:trở\s+(?:lên|xuống))?\s*(?:[.;,:)\n]|$)")
# A target's "phấn đấu" before its figure ("phấn đấu tối thiểu 25% sản lượng …", "Phấn đấu 95% trở lên doanh nghiệp …")
STRIVE_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}])phấn\s+đấu(?:\s+(?:đạt|có))?(?:\s+(?:tối\s+thiểu|ít\s+nhất|trên|hơn|khoảng|từ))?\s*$")
# A target striven for, the figure first after it: "Hội phấn đấu (xây dựng) đạt 100% chi hội cơ sở trong sạch vững
# mạnh", "đảng bộ huyện phấn đấu 50% số tổ chức cơ sở Đảng đạt TSVM": what is counted after the figure is measured
# (a verb between comes with "đạt" and is checked to be no predicate: see subject)
STRIVE_OBJECT = regexcache.compile(
    r"(?i)(?<![\p{L}])phấn\s+đấu(?:(?P<v>(?:\s+\p{Ll}+){1,2}?)\s+đạt|\s+đạt)?(?:\s+(?:tối\s+thiểu|ít\s+nhất|trên|hơn|khoảng|từ))?\s*$"
)
# … or a target named before its figure, what it counts after ("hoàn thành mục tiêu 100% xã đạt chuẩn NTM", "giao chỉ
# tiêu 100% hộ dân được sử dụng nước sạch", "thực hiện mục tiêu có 38% lực lượng lao động …"; not a reference, "thấp hơn
# chỉ tiêu 90% theo Nghị quyết", "chưa đạt mục tiêu 48% đề ra")
TARGET_OBJECT = regexcache.compile(r"(?i)(?<![\p{L}])(?P<v>)(?:mục\s+tiêu|chỉ\s+tiêu)(?:\s+có)?\s*$")
TARGET_OBJECT_NOUN = regexcache.compile(
    r"\s+(?!(?:theo|đề|so|của|được|trở|kế|là|trong|năm|và|cả)(?![\p{L}\p{M}]))\p{Ll}")
# "có" (and a qualifier) right before a figure, and a stretch made only of it and fillers ("bình quân hằng năm có")
HAVE_BEFORE_FIGURE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])có(?:\s+(?:từ|trên|hơn|khoảng|gần|chưa\s+đến))?\s*$")
HAVE_ONLY = regexcache.compile(r"(?i)(?:(?:bình\s+quân|hằng\s+năm|hàng\s+năm|mỗi\s+năm|hiện|đến\s+nay|toàn\s+\p{Ll}+)\s+)*có")
# An adverb closing a stretch, of the predicate after it ("… mới | đạt", "… vẫn | tăng")
# (right before the predicate: "đảng viên mới, đạt" is new; nor after a verb of making, "số HTX thành lập mới đạt 150%",
# "diện tích rừng trồng mới ước đạt …": newly)
TRAILING_ADVERB = regexcache.compile(
    r"(?i)(?<!(?<![\p{L}])(?:thành\s+lập|trồng|xây|xây\s+dựng|kết\s+nạp|tuyển|tuyển\s+dụng|phát\s+triển|đăng\s+ký|cấp|mở"
    r"|tạo|làm|đầu\s+tư|nông\s+thôn|rừng|viên|việc\s+làm|chuyên))\s+(?:mới|vẫn|cũng|đều|phải|cần|sẽ)\s*$"  # (and a modal: "tăng trưởng GDP | phải đạt
    # trên 8%"; not "nông thôn mới", the programme: "57 xã đạt chuẩn nông thôn mới đạt 67,05%"; nor what is new: "diện
    # tích trồng rừng mới đạt 118%", "kết nạp 12 đảng viên mới đạt 100%", "việc làm mới"; nor diligence, "tỷ lệ chuyên
    # cần đạt 97,5%")
)
# Cases counted ("92 vụ,"; amount_units.tsv kind "case"), which name nothing before a share, though an activity keeps
# them; with the bare units above, what names nothing before a share
CASE_UNIT_ONLY = regexcache.compile(r"(?i)(?:" + lexicon.amount_units("case") + r")(?![\p{L}\p{M}])(?!\s+\p{L})")
SHARE_UNIT_ONLY = regexcache.compile(UNIT_ONLY.pattern + "|" + CASE_UNIT_ONLY.pattern)
# A stretch opening with what it counts ("Tổng số án bị hủy …", "số đơn …"): a label, its figure after it
COUNT_LABEL = regexcache.compile(r"(?i)\s*(?:tổng\s+)?số\s+\p{Ll}")
# Lead-ins that start a clause but are not part of its subject ("Kết quả, …", "Kết quả duy trì sĩ số …"; not the result
# of an evaluation: "kết quả trung bình năm 2022 là 85,73%", "kết quả khảo sát mức độ hài lòng … tăng 0,6%", "kết quả
# thi đại học đạt trên 80%" measure it, as the result of cases settled or funds disbursed does: "Kết quả giải quyết chung
# đạt 98,58%", "Kết quả giải ngân … dự kiến đạt 95%"; train 724, group T vb3).
LEAD_IN = regexcache.compile(
    r"^(?:(?:trong\s+đó|theo\s+đó|cụ\s+thể|kết\s+quả(?!\s+(?:trung\s+bình|khảo\s+sát|thi|xếp\s+loại|đánh\s+giá|chấm\s+điểm|bình\s+chọn|điều\s+tra|giải\s+quyết|giải\s+ngân)(?![\p{L}\p{M}]))|đáng\s+chú\s+ý|ngoài\s+ra|bên\s+cạnh\s+đó|lũy\s+kế|luỹ\s+kế|"
    r"trong\s+năm(?:\s+\d{4})?|năm\s+nay|(?:trong\s+)?năm\s+học(?:\s+mới)?\s+\d{4}\s*[-–]\s*\d{4}|năm\s+\d{4}|riêng(?:\s+(?:19|20)\d\d(?!\d))?|đặc\s+biệt(?!\s+nghiêm\s+trọng)|nổi\s+bật(?:\s+nhất)?\s+là|như(?!\p{L})|với(?!\p{L})|"  # (not the
    # degree of a crime: "án rất nghiêm trọng, đặc biệt nghiêm trọng đạt 95%", train 701)
    # (a time may come with "trong": "Trong tháng 10 thu ngân sách …", "trong 9 tháng")
    # (or a running total: "Lũy kế 11 tháng, IIP tăng 12,3%")
    # (the count of months in words too: "sáu tháng đầu năm tổng sản phẩm …", "chín tháng")
    r"(?:trong\s+|(?:lũy|luỹ)\s+kế\s+)?(?:(?:\d+|hai|ba|bốn|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai))?)\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+\d{4})?|quý\s+[IV\d]+(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|"
    r"tháng\s+\d+(?:\s*/\s*\d{4})?)|tính\s+chung(?:[^,.;]{0,40}?(?=,))?|ước\s+(?:đến|tính\s+đến)\s+hết\s+năm(?:\s+\d{4})?|"
    r"trong\s+khi|và(?=\s)|(?:nhưng|song|nên|do\s+đó|vì\s+vậy|vì\s+thế|tức(?:\s+là)?|nghĩa\s+là)(?=\s)|[*+•)]|"  # a conjunction ("trong khi thặng dư …", "… và 3.524 văn bản cấp xã (giảm 57%)"),
                                      # a bullet or a bracket closed before
    r"theo\s+giá\s+(?:hiện\s+hành|so\s+sánh)(?:\s+(?:năm\s+)?\d{4})?|"  # a price basis: "…; theo giá hiện hành là …"
    # times opening a clause: "đến năm 2022", "tính đến hết quý II", "đến nay", "hiện nay"
    r"(?:tính\s+)?(?:đến|tới|từ)\s+(?:hết\s+)?(?:năm|quý|tháng)\s+[\dIVX/]+|(?:đến|cho\s+đến)\s+nay|hiện\s+nay|"
    r"(?:(?:tính\s+)?(?:đến|tới)\s+)?(?:hết|cuối|đầu|giữa)\s+(?:năm\s+)?(?:19|20)\d\d(?!\d)|"  # "(đến) cuối (năm) 2025 tổng dư nợ …"
    r"(?:(?:tính\s+)?(?:đến|tới)\s+)?(?:hết|cuối)\s+niên\s+độ(?:\s+(?:19|20)\d\d(?!\d))?|"  # "đến hết niên độ (ngân sách) …"
    r"từ\s+đầu\s+(?:năm|nhiệm\s+kỳ)(?:\s+\d{4})?(?:\s+(?:đến|tới)\s+(?:nay|hết\s+\S+))?|"  # "Từ đầu năm đến nay"
    r"ước(?=\s+\p{L})(?!\s+(?:đạt|thực\s+hiện|tính))|"  # "Ước tổng sản lượng … 12.400 tấn": a hedge
    r"về|"  # "Về thu ngân sách, …"
    r"so\s+với\s+(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+(?:trước|\d{4}))|"  # "So với năm 2018 kim ngạch …"
    r"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|"  # "đến (ngày) 30/11 đã giải ngân …"
    # (or a concession: "…, tuy chưa đạt chỉ tiêu đề ra là 12%/năm", "mặc dù", "dù"; set AY)
    r"tuy\s+vậy|tuy\s+nhiên|(?:tuy|mặc\s+dù|dù)(?![\p{L}\p{M}])|nhìn\s+chung|mặt\s+khác|theo\s+đó|đối\s+với|ước\s+tính|"
    r"(?:ở\s+)?chiều\s+ngược\s+lại|ngược\s+lại|"  # "Ở chiều ngược lại, nhập khẩu giảm 5%" (set AS)
    r"(?:trong\s+)?(?:giai\s+đoạn|nhiệm\s+kỳ)(?:\s+\d{4}\s*[-–]\s*\d{4})?|"  # "giai đoạn 2019-2020 tốc độ …"
    r"(?:đã|đều|cũng|vẫn|sẽ|mới|đang|chưa))[\s,]*)+",
    regex.IGNORECASE,
)
_REFERENCE_WORDS = r"(?:so|kế\s+hoạch|cùng\s+kỳ|dự\s+toán|chỉ\s+tiêu|nghị\s+quyết)"
_AT_FIGURE = r"(?<=%\s*(?:(?:các|số)\s+)?)"  # right after the figure ("100% | kế hoạch", "98% các | chỉ tiêu")
# further on a reference opens with "so" or "theo": "100% diện tích cây vụ xuân | theo kế hoạch"
_LATER_REFERENCE = lexicon.B_START + r"(?:so|theo\s+(?:các\s+)?" + _REFERENCE_WORDS + r")" + lexicon.B_END
# An amount of other things counted after "và" ends what the figure counts: "90% số làng | và 90 đơn vị đạt tiêu
# chuẩn văn hóa", "giữ vững 95% số làng | và 120 cơ quan …" (not a year: "… và 2025")
_NEXT_AMOUNT = r"\s+và\s+(?=(?!(?:19|20)\d\d(?!\d))\d[\d.,]*\s+\p{L})"
# Where the thing measured ends after its figure: after a verb, at a comma, predicate or reference;
# figure first, only at a reference, a ";" or the next figure.
# (what is counted may meet a standard: "95% xã đạt chuẩn nông thôn mới", "hộ đạt danh hiệu …")
AFTER_STOP = regexcache.compile(
    r",|(?!đạt\s+(?:chuẩn|tiêu\s+chuẩn|danh\s+hiệu)(?![\p{L}\p{M}]))(?:" + PREDICATE.pattern + r")|"
    + lexicon.B_START + _REFERENCE_WORDS + lexicon.B_END
    # an adjunct after the object: "tự chủ tài chính tại 100% các bệnh viện trên toàn tỉnh | với lộ trình đến …"
    + r"|(?<![\p{L}\p{M}])(?<!so\s)với(?![\p{L}\p{M}])"
    # the next target, dated, after "và": "xây dựng 30% địa bàn cấp xã không có ma túy | và đến năm 2030, 100% …"
    + r"|\s+và\s+(?=(?:đến|trong|tới)\s+năm\s+(?:19|20)\d\d(?!\d))"
    + r"|" + _NEXT_AMOUNT,
    regex.I,
)
FIRST_STOP = regexcache.compile(
    # a reference right after the figure ("100% kế hoạch"); further on only "so" opens one: the counted things' own
    # object may be a plan or a resolution ("100% đảng viên học tập, quán triệt nghị quyết của Đảng", three pages)
    _AT_FIGURE + _REFERENCE_WORDS + lexicon.B_END
    + r"|" + _LATER_REFERENCE + r"|;|,\s*(?=(?:(?:trên|hơn|dưới|gần|khoảng)\s+)?[\d(])"
    r"|,\s*(?=trong\s+đó(?![\p{L}\p{M}]))"  # "92% hoàn thành tốt nhiệm vụ trở lên, | trong đó 18% …": a breakdown
    # a clause of its own after the comma: a negation, or an amount in the next stretch ("100% chi hội hoạt động tốt, |
    # không có chi hội trung bình", "100% chi hội có quỹ, | tổng số tiền quỹ hơn 560 triệu đồng"; set BC; as train 714)
    # (an amount: a number and its unit or "%", not a year nor a date: "100% xã, phường tổ chức Đại hội nhiệm kỳ 2025-2030")
    r"|,\s*(?=(?:không|chưa)\s|[^,;.()]*?(?<![\d/.,–-])(?!(?:19|20)\d\d(?!\d))\d[\d.,]*(?:/\d+)?(?![\d/–-])\s*(?:%|\p{L}))"
    r"|\s+và\s+(?:có\s+)?(?:từ\s+)?(?=(?:(?:trên|hơn|dưới|gần|khoảng)\s+)?\d[\d.,]*\s*%)"  # "… đạt văn hóa và hơn 90% cơ
    # quan …", "… đăng ký phấn đấu và có từ 50% số hộ …"
    r"|" + _NEXT_AMOUNT +
    # a body of its own opening the next clause: "85% Chi bộ hoàn thành tốt nhiệm vụ trở lên, | Đảng bộ hàng năm …"
    r"|,\s*(?=(?-i:\p{Lu}\p{Ll}))"
    # what the counted things are for is no part of them: "100% chi hội có quỹ hội | để hoạt động …" (what they
    # are or did stays: "hộ đăng ký đạt danh hiệu …", "hồ sơ đã giải quyết đúng hạn")
    r"|\s+(?:để|nhằm)(?![\p{L}\p{M}])"
    # "đều" (all of them) before the predicate of the things counted: "100% tổ chức cơ sở Đảng | đều phát triển được
    # đảng viên" (two real pages' gold stop there; fresh 24)
    r"|\s+(?=đều\s)"
    # a clause joined after a comma: "có trên 59,6% hộ đăng ký, | và kết quả ba năm qua, …", ", | nhưng …"
    r"|,\s*(?=(?:và|nhưng|song|tuy\s+nhiên|qua\s+đó|từ\s+đó)\s)"
    # or the next task of a plan: "phấn đấu 95% đảng viên hoàn thành tốt nhiệm vụ, | tập trung phát triển đảng viên mới"
    # (only verbs that open a directive; "thu gom, xử lý" and "công nghiệp, xây dựng" are lists inside a subject)
    r"|,\s*(?=(?:tập\s+trung|tiếp\s+tục|đẩy\s+mạnh|tăng\s+cường|chú\s+trọng|phấn\s+đấu)\s)"
    # what voters counted by the figure did: "100% đại biểu HĐND xã | đã biểu quyết thông qua …", "100% thành viên Hội
    # đồng | nhất trí đề nghị …" (resources/vote_verbs.txt; groups L, M, AK)
    # (not the votes' own kind: "100% số phiếu đồng ý", the votes in favour)
    r"|(?<!phiếu)\s+(?=(?:(?:đã|đều|cùng)\s+)?(?:" + lexicon.alternation(load_list("vote_verbs.txt")) + r")(?![\p{L}\p{M}]))",
    regex.I,
)
# After "duy trì", "hoàn thành" the object runs to a comma or reference ("duy trì 89% trường học đạt chuẩn …").
# (a plan or resolution further on is the object's own: "phấn đấu 100% đoàn viên được học tập nghị quyết")
OBJECT_STOP = regexcache.compile(
    r",|" + _AT_FIGURE + _REFERENCE_WORDS + lexicon.B_END + r"|" + _LATER_REFERENCE + r"|" + _NEXT_AMOUNT, regex.I)
# ("với 100% tỉnh, thành phố duy trì …": "with" counts a list as "có" does)
HAVE_VERB = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:có(?:\s+từ)?|(?<!so\s+)với)\s*$")
KEEP_VERBS = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:hoàn\s+thành|duy\s+trì)(?:\s+toàn\s+bộ)?\s*$")
# Verbs after which the measured thing follows the figure ("cung cấp 100% dịch vụ"; resources/object_verbs.txt).
OBJECT_VERBS = regexcache.compile(
    r"(?<![\p{L}\p{M}])(?:" + lexicon.alternation(load_list("object_verbs.txt")) + r")"
    # (the verb's "được" of what was reached may stand between: "vận động được 100% hội viên tham gia bầu cử")
    r"(?:\s+được)?"
    # (or "toàn bộ", all of it: "hoàn thành toàn bộ 100% các chỉ tiêu được giao"; fresh lk03)
    r"(?:\s+toàn\s+bộ)?"
    # (a rate word may stand between: "duy trì tỉ lệ 100% hộ dân được sử dụng nước sạch", "giữ vững tỉ lệ trên 96% gia
    # đình văn hóa": the rate of what is counted after the figure; fresh zl3, ke2)
    r"(?:\s+(?:tỷ|tỉ)\s+lệ(?:\s+(?:trên|hơn|từ|khoảng))?)?\s*$", regex.IGNORECASE
)
# "còn" closing a stretch opened by a place ("toàn tỉnh còn | 13,51% hộ nghèo"; _Scan.subject checks the place)
STILL_HAS = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])còn\s*$")
# A change verb before a figure whose object follows it ("giảm 6% tỷ lệ hộ nghèo", "giảm 7-8% hộ cận nghèo").
CHANGE_OBJECT_VERB = regexcache.compile(  # ("giảm từ 1-1,5% tỷ lệ hộ nghèo"; a qualifier too: "kéo giảm trên 5% tội phạm …")
    r"(?i)(?<![\p{L}\p{M}])(?:tăng|giảm)(?:\s+(?:từ|trên|hơn|khoảng|gần|ít\s+nhất|tối\s+thiểu))?\s*$")
# Only a connective of consequence before a change verb: "qua đó", "từ đó", "nhờ đó", "góp phần"
RESULT_CONNECTIVE_ONLY = regexcache.compile(r"(?i)[\s\-+•*]*(?:(?:qua|từ|nhờ)\s+đó(?:\s*,?\s*góp\s+phần)?|góp\s+phần)\s*,?\s*")
# A noun in lower case right after a figure: not a reference's first word (references.txt: "kế hoạch", "dự toán"; or
# "so với …", "trở lên", "KH")
LOWER_NOUN_AFTER = regexcache.compile(r"\s+(?!(?:" + "|".join(
    sorted({p.split()[0].lower() for p in load_list("references.txt")} | {"so", "với", "trở", "KH"}))
    + r")(?![\p{L}\p{M}]))(?-i:\p{Ll})[\p{L}\p{M}]+")
VERB_BEFORE = regexcache.compile(
    r"(?i)" + lexicon.B_START + r"(vượt|đạt|bằng|tăng|giảm|chiếm|còn)(?:\s+\S+){0,1}\s*$"
)
# "từ 6,2% xuống còn 4,1%": a figure followed by these is a starting level
LEVEL_AFTER = regexcache.compile(
    r"""(?i)\s*(?:\(?\s*(?:vào\s+)?(?:(?:cuối|đầu)\s+)?năm\s+\d{4}\s*\)?\s*,?\s*)?  # the year of the start: "từ 68% năm 2015 xuống …"
    (?:xuống|lên|còn)(?![\p{L}])""",
    regex.VERBOSE,
)
# Between the level a change started from and the one it reached: "từ 18,9% | năm 2022 xuống còn | 14,03%"
FROM_TO = regexcache.compile(
    r"""(?i)\s*(?:\(?\s*(?:vào\s+)?(?:(?:cuối|đầu)\s+)?năm\s+\d{4}\s*\)?\s*,?\s*)?  # the year of the start
    (?:xuống|lên)(?:\s+(?:còn|đến|tới|mức))?\s*                                   # "xuống còn", "lên đến"
    """,
    regex.VERBOSE,
)
# After a change's figure (and its reference), its levels from one to the other: "giảm 0,97%, | từ 7,57% …", "giảm
# 2,59% so với năm 2016, | từ 17,83% xuống còn 15,24%"
FROM_LEVEL_AFTER = regexcache.compile(r"(?i)(?:\s+so(?:\s+với)?\s[^,.;:()]{1,30})?\s*,\s*từ\s+")
# A stretch telling what goes alongside, before the clause's own quantity: "Song song với tăng trưởng tín dụng, | nợ
# quá hạn chỉ chiếm 0,13%", "Cùng với …,", "Bên cạnh …," (no part of the subject; fresh 143)
ALONGSIDE = regexcache.compile(
    r"(?i)\s*(?:song\s+song\s+với|cùng\s+với|bên\s+cạnh|đi\s+đôi\s+với|đồng\s+thời\s+với)(?![\p{L}\p{M}])")
# What a verb-first change's object reached: "giảm tỷ lệ hộ nghèo đạt 5,48%".
# (or the copula: "giảm tỷ lệ hộ nghèo là 0,47%"; "từ" before a range: "tăng GRDP đạt từ 8% - 8,5%")
VERB_FIRST_RESULT = regexcache.compile(r"(?i)\s*(?:đạt(?:\s+được)?|được|là)(?:\s+từ)?\s*")
# An amount in a unit of measure inside a subject, with what leads up to it ("cả năm gần 39.694 ha", "đạt 1.200 tỷ đồng")
# An amount in a unit of measure ("13.508,4 ha", "1.200 tỷ đồng")
# (not a unit of one a rate is per: "giá trị sản phẩm thu được trên 1 ha đất trồng trọt", "trên 01 ha", "mỗi ha")
_PER_ONE = r"(?<=(?<![\p{L}\p{M}])(?:trên|mỗi)\s+)0?1\s*" + _MEASURE_UNIT
PER_ONE = regexcache.compile(r"(?i)" + _PER_ONE)
# The count an average is taken over, inside a subject: "doanh thu bình quân của 01 hợp tác xã", "thu nhập bình quân của
# hơn 12.000 lao động" (the number describes whose average it is; fresh ld01, am02)
AVERAGE_OVER = regexcache.compile(
    r"""(?i)(?<=
        (?<![\p{L}\p{M}])bình\s+quân\s+của\s+                 # "bình quân của"
        (?:(?:hơn|trên|gần|khoảng|xấp\s+xỉ|chừng)\s+)?       # an approximation: "hơn"
    )\d[\d.,]*(?=\s+\p{L})                                     # the count, a noun after it""",
    regex.VERBOSE,
)
_AMOUNT_WITH_UNIT = r"(?<![\p{L}\p{N}/.,])(?!" + _PER_ONE + r")\d[\d.,]*\s*" + _MEASURE_UNIT
AMOUNT_WITH_UNIT = regexcache.compile(r"(?i)" + _AMOUNT_WITH_UNIT)
AMOUNT_INSIDE = regexcache.compile(
    r"(?i)\s+(?:(?:đạt|là|được|gần|hơn|trên|khoảng|xấp\s+xỉ|ước|cả\s+năm|năm\s+\d{4})\s+)*" + _AMOUNT_WITH_UNIT
)
# A bracket's first part, named with its amount, then the figure's verb: "(| trồng trọt 4.641,5 tỷ đồng, bằng"
BRACKETED_PART = regexcache.compile(
    r"""\s*(?P<n>(?-i:\p{Ll})[^,;()%\d]{0,60}?[\p{L}\p{M}])  # the part's name, lower-case: no bracketed remark's verb
    \s+\d(?:[\d.]|,(?=\d))*[^,;()%\d]*?                      # its amount, one number (checked by _amount_tail)
    (?P<c>,)\s*(?:(?:tăng|giảm|bằng|đạt)\s*)?$              # a comma, then only the figure's verb""",
    regex.VERBOSE,
)
# A rate's word, in either spelling
_RATE_WORD = r"(?:tỷ|tỉ)\s+lệ"
# A rate's word alone after the share's verb: "… đạt | tỷ lệ | 60,24%"
RATE_WORD_ONLY = regexcache.compile(r"(?i)\s*" + _RATE_WORD + r"\s*")
# The count before the things a share is of: "có | 100/166 | khu dân cư đạt …", "toàn hội có | 18 | chi hội đạt …"
SHARE_COUNT_LEAD = regexcache.compile(r"(?<![\p{L}\p{N}.,/])(?!(?:19|20)\d\d(?![\d.,/]))\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?\s+(?=\p{L})")
# A rate's word right after its figure: "đạt 42,5% | tỷ lệ thoát nghèo"
RATE_AFTER_FIGURE = regexcache.compile(r"(?i)\s*" + _RATE_WORD + r"\s+(?=\p{L})")
# A rate's or total's word opening a stretch: "tỷ lệ giải ngân …", "tổng số …", "tốc độ …"
RATE_OPENING = regexcache.compile(r"(?i)\s*(?:" + _RATE_WORD + r"|tổng\s+số|tốc\s+độ|chỉ\s+số)(?![\p{L}])")
# Nouns that head a measured quantity: a stretch starting with one is the subject up to
# its last predicate ("Tỷ lệ trường đạt chuẩn quốc gia của huyện chiếm 60%").
MEASURE_HEAD = regexcache.compile(
    r"(?i)\s*(?:tỷ\s+lệ|tỉ\s+lệ|tổng\s+số|số\s+lượng|tốc\s+độ|chỉ\s+số|giá\s+trị|thu\s+nhập|sản\s+lượng|"
    r"diện\s+tích|kim\s+ngạch|doanh\s+thu|tổng\s+mức|mức|số(?=\s+(?-i:\p{Ll})))(?![\p{L}])"
)
# A qualified amount ends a subject ("thu ngân sách … hơn 215 tỷ đồng").
AMOUNT = regexcache.compile(r"(?i)(?<![\p{L}])(?:hơn|trên|khoảng|gần|xấp\s+xỉ|ước)\s+(?!" + _PER_ONE + r")\d")
# A comma that separates stretches of a clause (not a decimal comma).
COMMA = regexcache.compile(r"(?<!\d),|,(?!\d)")
# A comma inside a pair written as one name or activity (resources/comma_pairs.txt: "nông, lâm nghiệp và thủy sản",
# "khám, chữa bệnh", "khiếu nại, tố cáo", "8.297 vụ, việc"; the first half's abbreviation in brackets between: "bảo
# hiểm y tế (BHYT), bảo hiểm thất nghiệp"): no stretch ends there.
def _pair_comma() -> regex.Pattern:
    pairs = [p.split(",", 1) for p in load_list("comma_pairs.txt")]
    return regexcache.compile(
        r"(?i)(?:" + "|".join(
            r"(?<=(?<![\p{L}\p{M}])" + regex.escape(a.strip(), literal_spaces=True).replace(" ", r"\s+")
            + r"(?:\s*\((?-i:\p{Lu}[\p{Lu}\d&-]{1,9})\))?)"  # (its abbreviation may follow: "bảo hiểm y tế (BHYT), …")
            r",(?=\s*" + regex.escape(b.strip(), literal_spaces=True).replace(" ", r"\s+") + r"(?![\p{L}\p{M}]))"
            for a, b in pairs) + ")"
    )


PAIR_COMMA = _pair_comma()
# A bracket giving the basis a quantity is counted on: "(theo chuẩn nghèo tiếp cận đa chiều)", "(theo giá so sánh 2010)",
# the prices without "theo" too: "(giá so sánh 2010)", "(giá hiện hành)" (fresh own06, if03, hx05)
BASIS_BRACKET = regexcache.compile(
    r"(?i)\s*\(\s*(?:theo\s+[^()]{1,60}|giá\s+(?:so\s+sánh|hiện\s+hành|cố\s+định)[^()]{0,30})\)")
# The prices a value is counted at, in a bracket closing the subject ("(theo giá so sánh năm 2010)", "(giá hiện hành)",
# "(GRDP – theo giá so sánh năm 2010)", "(tính theo giá so sánh năm 2010)"): no part of what is measured (train 117, 426;
# fresh cz03)
PRICE_BASIS_END = regexcache.compile(
    r"(?i)\s*\((?:[^()]{0,20}?[-–,:]\s*)?(?:(?:tính\s+)?theo\s+)?giá\s+(?:so\s+sánh|hiện\s+hành|cố\s+định)[^()]{0,30}\)\s*$"
    # (or written out: "giá trị sản xuất (GO) | theo giá so sánh (năm 2010) (bình quân) (năm 2024)")
    r"|\s+theo\s+giá\s+(?:so\s+sánh|hiện\s+hành|cố\s+định)(?:\s+(?:năm\s+)?\d{4})?(?:\s+bình\s+quân)?"
    r"(?:\s+(?:năm\s+)?\d{4})?\s*$"
)
# A bracket opening on a measure word, a predicate or a hedge is a remark on what stands before it ("… 43.718 tỷ đồng
# (tăng trưởng bình quân 22,4%/năm)", "(tỷ lệ 98%)", "(lần lượt là …)"), no list of what is measured.
BRACKET_REMARK = regexcache.compile(
    # (a rate is a remark only before its figure, or the end of a stretch cut at it: "(tỷ lệ 92%)", not "(tỷ lệ lao
    # động … tham gia BHXH đạt 23,5%; …")
    r"(?i)\s*(?:tăng|giảm|đạt|bằng|chiếm|vượt|(?:tỷ|tỉ)\s+lệ(?=\s*(?:(?:là|đạt|bằng|chiếm)\s*)?:?\s*(?:(?:khoảng|trên|hơn|gần|dưới)\s+)?(?:\d|$))|mức|tốc\s+độ|lần\s+lượt|khoảng|trên|hơn|dưới|gần|ước"
    r"|(?:các\s+|mỗi\s+|hằng\s+|hàng\s+)?năm|giai\s+đoạn|dao\s+động|so|cao|thấp)(?![\p{L}])"  # a time, a range
)
# A comma inside a list of counted things ("có 95/100 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa",
# "100% cán bộ, đảng viên được học tập …", "140/150 thôn, khối phố được công nhận …"): after a count or a
# share, short lowercase noun items joined by commas, then what describes them (được, đạt, có, …).
# No stretch ends there. The items are checked apart (_list_comma): no reference, unit or predicate.
_LIST_WORD = r"\p{Ll}[\p{L}\p{M}]*"
LIST_BEFORE = regexcache.compile(
    r"""(?:(?<![\p{L}])có\s+\d[\d.,]*           # "có 95 …"
    |(?<![\d/.,])\d[\d.,]*\s*/\s*\d[\d.,]*      # "95/100 …"
    |\d[\d.,]*\s*%)\s+                          # "100% …"
    (?P<item>(?:""" + _LIST_WORD + r"""\s+){0,2}""" + _LIST_WORD + r"""  # the first item, 1-3 words
    (?:\s*,\s*(?:""" + _LIST_WORD + r"""\s+){0,3}""" + _LIST_WORD + r""")*)\s*$  # items before this comma
    """,
    regex.VERBOSE,
)
LIST_AFTER = regexcache.compile(
    r"""\s*(?P<items>(?:""" + _LIST_WORD + r"""\s+){0,4}""" + _LIST_WORD + r"""  # the next item, 1-5 words
    (?:\s*,\s*(?:""" + _LIST_WORD + r"""\s+){0,4}""" + _LIST_WORD + r""")*)     # more items
    \s+(?:được|đạt|có|tham\s+gia|đăng\s+ký)(?![\p{L}\p{M}])                  # then what describes them
    """,
    regex.VERBOSE,
)
# A rate's level closing a stretch, right before the change of it: "Tỷ lệ hộ nghèo 3,84% | giảm 0,96%".
LEVEL_AT_END = regexcache.compile(r"\s+\d+(?:,\d+)?\s*%\s*$")
# A stretch that is a clause of its own, not a list element before the subject: a state kept, an aspect adverb then a
# passive closing it ("Chất lượng tín dụng tiếp tục được giữ vững, | tổng nợ quá hạn chiếm 0,22%", "an ninh trật tự
# vẫn được giữ vững, | tuyển quân đạt 100%"; train 639). A bare "được" stays inside a list of what is counted ("Tỷ lệ
# hồ sơ được tiếp nhận, | giải quyết đúng hạn đạt 99%"): the val set lost a subject when that ended a clause too.
OWN_CLAUSE = regexcache.compile(
    r"""(?ix)(?<![\p{L}\p{M}])(?:tiếp\s+tục|vẫn|luôn)\s+được\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*$  # "… tiếp tục được giữ vững"
    """
)
# A clause telling that something shifted (its own predicate, no list element): "Cơ cấu kinh tế có sự dịch chuyển",
# "Cơ cấu tăng trưởng cũng có thay đổi", "cơ cấu kinh tế chuyển dịch đúng hướng" (fresh 37, 41)
# A stretch opening with where or among what the clause holds ("Tại khu vực công nghiệp, …", "Trong các khu vực sản
# xuất, …", "Ở khu vực nông thôn, …", "Đối với ngành dịch vụ, …"): a frame, no element of the subject after it
FRAME_OPENING = regexcache.compile(r"(?i)\s*(?:tại|ở|trong(?!\s+(?:đó|khi)(?![\p{L}\p{M}]))|đối\s+với)\s+(?!\d)")
HAS_SHIFTED = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:có\s+(?:(?:sự|những|nhiều|bước)\s+)?)?(?:thay\s+đổi|dịch\s+chuyển|chuyển\s+dịch|chuyển\s+biến)"
    r"(?![\p{L}\p{M}])")
# A subject that is only a count and what it counts ("40 xã", "186 HTTNV").
BARE_COUNT_SUBJECT = regexcache.compile(r"\d[\d.,]*\s+(?P<what>[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)")
# A cause connective alone: "(chủ yếu) do", "nhờ", "bởi" ("…, chủ yếu do giảm xuất khẩu thủy sản …").
CAUSE_ONLY = regexcache.compile(r"(?i)(?:(?:chủ\s+yếu|phần\s+lớn|một\s+phần|nguyên\s+nhân)\s+)?(?:là\s+)?(?:do|nhờ|bởi)")
# "ước" before a verb of its own (no predicate word) and the amount it reaches: "ước đón trên 16 triệu", "ước thu 2.150"
HEDGED_VERB_AMOUNT = regexcache.compile(
    r"(?i)ước\s+(?!(?:đạt|tính|thực\s+hiện|khoảng|có|là|bằng|chiếm|tăng|giảm)(?![\p{L}\p{M}]))(?-i:\p{Ll})[\p{L}\p{M}]*"
    r"(?:\s+(?-i:\p{Ll})[\p{L}\p{M}]*)?\s+(?:(?:trên|hơn|gần|khoảng)\s+)?\d")
# Capitalized words only: a proper name ("Bình Nguyên", "Hà Tĩnh").
NAME_ONLY = regexcache.compile(r"\p{Lu}[\p{L}\p{M}]*+(?:[ \t]+\p{Lu}[\p{L}\p{M}]*+){0,3}")
# A proper name alone, every word capitalized and none an acronym, and the "(cũ)" of a unit merged in 2025 ("Đồng Trung",
# "Hoàng Xá (cũ)"): a place listed, never a measured quantity
PROPER_NAME_ONLY = regexcache.compile(
    r"\p{Lu}[\p{Ll}\p{M}]++(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]++){0,3}(?:[ \t]*\((?:cũ|mới)\))?")
# A stretch ending on a count and the first element of the list counted ("… có 545 thôn", "69/84 trưởng thôn"):
# the number, then one to three lower-case words up to the stretch's end.
COUNT_OPENS_LIST = regexcache.compile(
    r"""(?<![\p{L}\p{N}.,/])\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?   # the count ("2.486", "69/84")
    \s+(?!(?:tháng|năm|quý|ngày|tuần)(?![\p{L}\p{M}]))   # (not a time: "Trong 11 tháng, | IIP tăng …")
    (?P<el>\p{Ll}[\p{Ll}\p{M}]*+(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*+){0,2})  # the first element, lower case
    \s*$""",
    regex.VERBOSE,
)
# (money and measures are amounts, not things counted, "đạt 300 tỷ đồng, doanh nghiệp …": MEASURE_UNIT_ONLY)
LIST_ITEM_STOP = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:trở\s+lên|" + _REFERENCE_WORDS + r")(?![\p{L}\p{M}])"
)


def _list_comma(text: str, c: int) -> bool:
    """Whether the comma at ``c`` joins two items of a list of counted things (see LIST_BEFORE).

    >>> _list_comma("có 95/100 cơ quan, đơn vị đạt chuẩn văn hóa", 17)
    True
    >>> _list_comma("đạt 95% kế hoạch, doanh nghiệp đạt 80%", 16)
    False
    """
    before = LIST_BEFORE.search(text, max(0, c - 96), c)
    if before is None:
        return False
    after = LIST_AFTER.match(text, c + 1)
    if after is None:
        return False
    items = before.group("item") + " " + after.group("items")
    return not (LIST_ITEM_STOP.search(items) or PREDICATE.search(items) or MEASURE_UNIT_ONLY.match(before.group("item"))
                # (a rate or measure opening the next part is no item counted: "cho 62/72 hộ, | tỷ lệ giải ngân đạt 100%
                # kế hoạch"; fresh 55)
                or RATE_OPENING.match(text, c + 1))


def _stretch_commas(text: str, start: int, end: int, memo: dict[int, bool] | None = None) -> list[int]:
    """The commas in ``text[start:end]`` that end a stretch of a clause: not a decimal comma, not one in a
    pair written as one (PAIR_COMMA: "nông, lâm nghiệp", "khiếu nại, tố cáo"), not one inside a list of counted
    things (_list_comma), not one between grades ("mức độ 3, 4": GRADE_EXPR). ``memo``: the answers for this text so far, by position
    (the clauses of neighbouring figures overlap)."""
    memo = {} if memo is None else memo
    out = []
    for m in COMMA.finditer(text, start, end):
        c = m.start()
        ends = memo.get(c)
        if ends is None:
            ends = memo[c] = not (PAIR_COMMA.match(text, c) or _list_comma(text, c) or _in_grade(text, c)
                                  or _in_quote(text, start, c) or _in_plain_bracket(text, c) or _parallel_comma(text, c)
                                  or _sector_comma(text, c))
        if ends:
            out.append(c)
    return out


# Two names of one kind joined by a comma, the second opening on the first's head word: "hộ nghèo, hộ cận nghèo",
# "sản lượng nước sản xuất, sản lượng nước tiêu thụ" (what precedes them: a count, a share or a rate's word)
PARALLEL_BEFORE = regexcache.compile(
    r"""(?x)(?:^|(?<=[\d%;:(]\s{0,3})|(?<=(?<![\p{L}])(?:(?:tỷ|tỉ)\s+lệ|tổng\s+số|số|có|các|những)\s{1,3}))
    (?P<head>\p{Ll}[\p{L}\p{M}]*+)(?:\s+[\p{L}\p{M}]++){0,4}?\s*$"""
)


def _sectors() -> str:
    """The sectors of the economy (resources/economic_sectors.txt) as one alternation."""
    return lexicon.alternation(load_list("economic_sectors.txt"))


SECTOR_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + _sectors() + r")\s*$")
# A sector opening a stretch (its head word "ngành", "khu vực" before it): "Công nghiệp duy trì vai trò động lực"
SECTOR_OPENING = regexcache.compile(r"(?i)\s*(?:ngành\s+|khu\s+vực\s+)?(?:" + _sectors() + r")(?![\p{L}\p{M}])")
SECTOR_AFTER = regexcache.compile(r"(?i)\s*(?:" + _sectors() + r")(?![\p{L}\p{M}])")
# A sector, then a comma or dash joining the next one: "công nghiệp, | xây dựng", "công nghiệp-| xây dựng"
# (or joined by "và": "khu vực công nghiệp và xây dựng 8,61%", the sector's pair named as one; group AK yaf5)
SECTOR_LISTED_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:" + _sectors() + r")(?:\s*[,\-–]|\s+và)\s*$")


def _sector_comma(text: str, c: int) -> bool:
    """Whether the comma at ``c`` joins two sectors of the economy listed as one ("công nghiệp, thương mại, dịch vụ":
    resources/economic_sectors.txt)."""
    return SECTOR_BEFORE.search(text, max(0, c - 30), c) is not None and SECTOR_AFTER.match(text, c + 1) is not None


def _parallel_comma(text: str, c: int, depth: int = 0) -> bool:
    """Whether the comma at ``c`` joins two names of one kind, the second opening on the first's head word
    ("1.204 hộ nghèo, hộ cận nghèo, chiếm 4,1%"; not after a figure of the first's own: "giảm 5% tỷ lệ hộ nghèo,
    hộ cận nghèo giảm 7%")."""
    before = PARALLEL_BEFORE.search(text, max(0, c - 50), c)
    if before is None:
        # a third name of the kind after two joined so: "tỷ lệ đảng viên nữ, đảng viên là đoàn viên thanh niên, | đảng
        # viên có trình độ đại học đạt trên 50%" (fresh xf5)
        # (a bounded look back: a list of a thousand names of one kind must not exhaust the stack)
        prev = text.rfind(",", max(0, c - 60), c)
        name = PARALLEL_NEXT.fullmatch(text, prev + 1, c) if prev >= 0 and depth < PARALLEL_DEPTH else None
        return name is not None and _parallel_comma(text, prev, depth + 1) and _word_at(text, c + 1, name.group("head"))
    head = before.group("head")
    if head.lower() in ("tỷ", "tỉ", "tổng", "số", "các", "những", "có", "và", "đạt", "tăng", "giảm"):
        return False
    if rx(r"%\s*(?:(?:(?:tỷ|tỉ)\s+lệ|tổng\s+số|số|các|những)\s+)?$").search(text, max(0, before.start() - 20), before.start()):
        return False  # the first name is the figure's before it ("giảm 5% tỷ lệ hộ nghèo, hộ cận nghèo giảm 7%")
    return _word_at(text, c + 1, head)


# The word after ``pos`` (spaces first): see _word_at
WORD_AT = regexcache.compile(r"\s*([\p{L}\p{M}]+)")


def _word_at(text: str, pos: int, word: str) -> bool:
    """Whether the word after ``pos`` is ``word``, whole (one fixed pattern: a pattern built per word would fill
    ``rx``'s unbounded cache with every head a batch meets)."""
    m = WORD_AT.match(text, pos)
    return m is not None and m.group(1) == word

# The second name of a pair joined so, up to the next comma: words only ("đảng viên là đoàn viên thanh niên"); how many
# names back a chain of them is followed
PARALLEL_NEXT = regexcache.compile(r"\s*(?P<head>\p{Ll}[\p{L}\p{M}]*+)(?:\s+[\p{L}\p{M}]++){0,7}\s*")
PARALLEL_DEPTH = 8

# An attribution or a connective opening a stretch ("Theo UBND tỉnh, …", "Theo báo cáo, …", "qua đó, …"): no subject
ATTRIBUTION_OPENS = regexcache.compile(r"(?i)(?:theo|qua\s+đó|từ\s+đó|do\s+đó|nhờ\s+đó)(?![\p{L}\p{M}])")
# A change told as an amount, then the share of it in a bracket right before the figure: "tăng 183 hợp tác xã (khoảng
# 27%)", "tăng 3.203 tỷ đồng (bằng 8,1%)"
CHANGE_AMOUNT_BRACKET = regexcache.compile(
    r"""(?ix)(?<![\p{L}\p{M}])(?P<verb>tăng|giảm)(?:\s+thêm)?      # the change
    \s+\d[\d.,]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}\d²³]*){0,4}         # its amount and unit ("3.203 tỷ đồng", "243 nghìn thành viên",
                                                                # "147,3 m3"; or none: "giảm 1,51 (tương đương 5%)")
    (?:\s*\(|(?<=\([^()]{0,60}),                                # the bracket, or a comma inside the bracket the change
                                                                # opens: "(tăng 46 việc, 0,9% so với cùng kỳ)" (fresh au04)
      |\s*,(?=\s*tương\s+(?:ứng|đương)(?![\p{L}\p{M}])))           # or a comma before "tương ứng": "giảm 06 hộ, tương ứng
                                                                # tỷ lệ 0,03%" (fresh qx3)
    \s*(?:(?:khoảng|bằng|tương\s+đương|tương\s+ứng|gần|hơn|trên|xấp\s+xỉ)\s+)?   # a hedge
    (?:(?:(?<=tương\s+(?:ứng|đương)\s+)(?:với\s+)?|(?<=\(\s*))(?:tỷ|tỉ)\s+lệ\s+)?$  # ("tương ứng (với) tỷ lệ", or "(tỷ lệ"
                                                                # alone: "giảm 62 vụ (tỉ lệ 23,22%)"; fresh sv2)
    """
)
# "tỷ lệ" (after "đạt") right before a figure, and the group the figure counts after it, doing what is counted: "người
# dân tham gia bảo hiểm y tế", "dân số tham gia BHYT" (a participation verb after one to four words)
RATE_BEFORE_GROUP = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:đạt\s+)?tỷ\s+lệ\s*$")
GROUP_DOING = regexcache.compile(
    r"\s+(?P<g>(?-i:\p{Ll})[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,3}?\s+(?:tham\s+gia|sử\s+dụng|có\s+thẻ)"
    r"(?:\s+[\p{L}\p{M}\p{N}]+){1,5}?)(?=\s*(?:[.,;:)]|$))"
)
# Right before the quantity it is about, the aim of an action ("… giải pháp thúc đẩy | tăng trưởng kinh tế đạt 10%") or a
# consequence's connective ("… do giá cả không ổn định, dịch bệnh phức tạp nên | tổng giá trị sản xuất chỉ đạt …"; not
# "trở nên": become)
AIM_OR_CAUSE_BEFORE_QUANTITY = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:để|nhằm|thúc\s+đẩy|(?<!trở\s)nên|do\s+đó|vì\s+vậy|vì\s+thế)\s+")
# After "đạt": an amount in a unit of measure, then the quantity it measures, to the stretch's end ("850,22 triệu kWh |
# điện thương phẩm", "850 tỷ đồng | doanh thu"; two to six words)
AMOUNT_THEN_NOUN = regexcache.compile(
    r"(?i)\s+(?:(?:hơn|trên|khoảng|gần)\s+)?\d[\d.,]*(?:\s*" + _MEASURE_UNIT + r"){1,2}"
    r"\s+(?!" + COUNT_UNIT + r"(?![\p{L}\p{M}]))(?P<n>(?-i:\p{Ll})[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){1,5})\s*$"
)
# A change verb right before its amount ("tăng 1.252 việc", "giảm thêm 40 hộ")
CHANGE_BEFORE_AMOUNT = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:tăng|giảm)(?:\s+thêm)?\s+$")
# A change told as a count: the verb, the count and its unit, "giảm 24 vụ", "tăng 5 người", "giảm 506 hộ nghèo"; its
# verb and unit named, for the two patterns below
_CHANGE_BY_COUNT = r"(?<![\p{L}\p{M}])(?P<verb>tăng|giảm)(?:\s+thêm)?\s+\d[\d.,]*(?P<unit>(?:\s+[\p{L}\p{M}]+){1,3})"
# A change told as a count, the bracket restating it in per cent: "số vụ giảm 24 vụ (giảm 10,17%)", "giảm 30 vụ
# (tương ứng giảm 12%)", or the figure bare: "giảm 32 vụ (12,2%)", "tăng 37 hộ nghèo (0,01%)" (not "(bằng 113%)", a ratio)
CHANGE_RESTATED_BRACKET = regexcache.compile(
    r"(?ix)" + _CHANGE_BY_COUNT + r"""                       # the change, counted
    \s*\(\s*(?:(?:(?:tương\s+ứng|tương\s+đương|hay|bằng)\s+)?(?P=verb)\s+  # the verb again, maybe after "tương ứng"
             |(?:tương\s+ứng|tương\s+đương|hay)\s+)?                   # or only "tương ứng", or nothing
    (?:(?:khoảng|hơn|trên|gần)\s+)?$"""
)
# The share told again as a count, in a bracket right after the figure: "(khoảng 43 nghìn người)", "(1.250 hộ)"
COUNT_ASIDE_AFTER = regexcache.compile(
    r"(?i)[ \t]*\([ \t]*(?:(?:khoảng|hơn|trên|gần|tương\s+đương|với)\s+)?\d[\d.,]*(?:\s+[\p{L}\p{M}]+){1,3}[ \t]*\)")
# A stretch naming a count, then its change as a count, nothing else: "Số hộ nghèo giảm 37 hộ", "số hộ nghèo giảm được
# 596 hộ/490 hộ (chỉ tiêu giao)"
COUNT_CHANGED_STRETCH = regexcache.compile(
    r"""(?ix)(?:tổng\s+)?số\s+(?-i:\p{Ll})[^,;:()%\d\n]{1,60}?                 # the count named ("Số hộ nghèo")
    \s+(?:giảm|tăng)(?:\s+(?:thêm|được))?                                     # its change
    \s+\d[\d.,]*(?:\s+[\p{L}\p{M}]+)?(?:\s*/\s*\d[\d.,]*(?:\s+[\p{L}\p{M}]+)?)?   # by how many ("37 hộ", "596 hộ/490 hộ")
    (?:\s*\([^()%]{0,40}\))?[\s,;]*"""                                        # (an aside: "(chỉ tiêu giao)")
)
# A share of the plan opening the next stretch: "…, | đạt 132% kế hoạch", "…, | vượt 26,2% chỉ tiêu"
SHARE_OF_PLAN_NEXT = regexcache.compile(r"(?i)[\s,]*(?:đạt|vượt|bằng|hoàn\s+thành)(?![\p{L}\p{M}])")
# Where an item opens: the text's start, a line's, or after ";", "." or ":" (blanks between)
OPENS_ITEM_BEFORE = regexcache.compile(r"(?:^|[;.:\n])[ \t]*$")


def _opens_item(text: str, pos: int) -> bool:
    """Whether ``pos`` opens the text, a line or an item after ";", "." or ":" (not a clause after a comma).

    >>> _opens_item("thu ngân sách đạt 95%; giảm 506 hộ", 23), _opens_item("đạt 9.500 việc, tăng 850 việc", 16)
    (True, False)
    """
    return OPENS_ITEM_BEFORE.search(text, max(0, pos - 80), pos) is not None


# A size given with "với" after what was done ("… cây vụ đông | với | diện tích 643 ha, bằng 94,5%"): the measure noun
# and the word before it
MEASURE_AFTER_WITH = regexcache.compile(
    r"(?i)(?:tổng\s+)?(?:diện\s+tích|số\s+tiền|kinh\s+phí|sản\s+lượng|số\s+lượng|quy\s+mô)")
WITH_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])với\s+$")
# Where a stretch opens: after punctuation that ends one
STRETCH_OPENING = regexcache.compile(r"[,;:.\n(]\s*")
# A stretch that is only a change told as a count, then restated in per cent in a bracket: "giảm 506 hộ nghèo (tương
# đương giảm 1,42%)"
_PERCENT_BRACKET = r"\s*\([^()%]{0,30}\d[\d.,]*\s*%\s*\)"  # a size in per cent, bracketed: " (tương đương giảm 1,42%)"
CHANGE_COUNT_STRETCH = regexcache.compile(
    r"(?ix)[\s,;]*(?P<act>" + _CHANGE_BY_COUNT + r")" + _PERCENT_BRACKET + r"\s*[,;]?\s*")
# The same, closed by a comma before the next one: "giảm 32 vụ (12,2%), | giảm 39 người chết (27,3%)"
COUNTED_CHANGE_BEFORE = regexcache.compile(r"(?i)" + _CHANGE_BY_COUNT + _PERCENT_BRACKET + r"\s*,\s*$")
# A bracket closing a subject that says what is left out: "(không bao gồm …)", "(không kể …)", "(chưa tính …)", "(trừ …)"
EXCLUSION_ASIDE_END = regexcache.compile(
    r"(?i)\s*\(\s*(?:không\s+(?:bao\s+gồm|kể|tính)|chưa\s+(?:bao\s+gồm|kể|tính)|trừ|loại\s+trừ)(?![\p{L}\p{M}])[^()%\n]{1,120}\)\s*$")
# A bracket opening on a lowercase word inside a subject, after its head: an aside on what is measured ("Giá trị sản
# xuất nông nghiệp | (ước)", "tốc độ tăng trưởng kinh tế | (tính theo giá trị sản xuất)", "số xã | (khoảng 3.500 xã) đạt
# chuẩn …", "xã đạt tiêu chí số 6 | (cơ sở vật chất) nông thôn mới", "doanh thu | (đạt"), no part of it: the gold
# subjects of five read groups end before it (15 in 16); the blind group AG's annotators kept two ("khu vực I (lĩnh vực
# nông nghiệp)", "tỷ lệ thu lãi (được ủy nhiệm) đúng hạn …"), a conflict reported in docs/accuracy.md. Not what is left
# out ("(trừ dầu khí)": kept, EXCLUSION_ASIDE_END).
BRACKET_ASIDE = regexcache.compile(
    r"""\s*\(                                   # the bracket opened
        (?!\s*(?i:loại\s+)?(?i:trừ)(?![\p{L}\p{M}]))  # not what is left out ("(trừ dầu khí)")
        \s*\p{Ll}                               # its first word lowercase (no "(GRDP)", "(CPI)")
    """, regex.VERBOSE)
# The share verb right before a figure: "chiếm (tỷ lệ, tỷ trọng) (khoảng, hơn …) | 36,5%"
SHARE_WORD_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])chiếm(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?(?:\s+(?:khoảng|hơn|trên|gần|dưới|từ))?\s*$")
# A scope right after a figure: "… 95,7% đối với đất ở, hơn 89% đối với đất sản xuất nông nghiệp"
SCOPE_AFTER = regexcache.compile(r"(?i)\s*(?:đối\s+với|riêng\s+đối\s+với)(?![\p{L}\p{M}])")
# "<who> có tỷ lệ …": who has the rate, then the rate
HAVING_RATE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])có\s+(?=(?:(?:tỷ|tỉ)\s+lệ|tổng\s+số)(?![\p{L}\p{M}])|số\s+(?:lượng\s+)?(?-i:\p{Ll}))")


@lru_cache(maxsize=1)
def _titles() -> regex.Pattern:
    """An official's title as resources/titles.txt lists it ("Giám đốc", "Phó Chủ tịch"), whatever its case."""
    return regexcache.compile(lexicon.B_START + r"(?:" + lexicon.alternation(load_list("titles.txt")) + r")" + lexicon.B_END, regex.I)


def _title_before(text: str, start: int, end: int) -> bool:
    """Whether an official's title opens a capitalized word in ``text[start:end]``."""
    return any(_titles().match(text, w.start()) for w in rx(r"(?<![\p{L}\p{M}])\p{Lu}").finditer(text, start, end))


# A bracket without a figure of its own closing a stretch: an aside ("(chưa bao gồm lực lượng công an, quân đội)")
TRAILING_ASIDE = regexcache.compile(r"\s*\((?=[^()]*[\s,\d])[^()%\n]{1,300}\)\s*$")  # (not an abbreviation: "(BHYT)")


def _aside_start(text: str, start: int, end: int) -> int | None:
    """Where a bracketed aside (BRACKET_ASIDE) opens inside the subject ``text[start:end]``, or None; not when a capital
    follows its closing bracket: "… 3 khâu đột phá (nhiệm kỳ 2020 - 2025) | Tốc độ tăng trưởng …", a heading run into the
    subject, where the bracket ends no head.

    >>> t = "Giá trị sản xuất thủy sản (ước)"; t[: _aside_start(t, 0, len(t))]
    'Giá trị sản xuất thủy sản'
    >>> _aside_start(t := "3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng", 0, len(t)) is None
    True
    """
    aside = BRACKET_ASIDE.search(text, start, end)
    if aside is None:
        return None
    closed = text.find(")", aside.end(), end)
    if closed >= 0 and rx(r"\s*\p{Lu}").match(text, closed + 1, end) is not None:
        return None
    return aside.start()


def _in_plain_bracket(text: str, c: int) -> bool:
    """Whether the comma at ``c`` stands inside a bracket without a figure of its own ("1.114.100 người (chưa bao
    gồm lực lượng công an, quân đội …), đạt 100,09%", "1.616 đảng viên (khiển trách 1.221, …, khai trừ 165), bằng
    171,7%"): an aside, no stretch of the clause; a bracket with a percentage keeps its commas ("(đạt 105%, tăng 12%)")."""
    open_ = text.rfind("(", max(0, c - 300), c)
    if open_ < 0 or ")" in text[open_:c]:
        return False
    close = text.find(")", c, c + 300)
    return close >= 0 and "(" not in text[c:close] and "%" not in text[open_:close] and "\n" not in text[open_:close]


def _in_quote(text: str, start: int, c: int) -> bool:
    """Whether the comma at ``c`` stands inside a quotation opened after ``start`` ("tiêu chuẩn “Gia đình 5
    không, 3 sạch”": the name of a standard), with typographic or straight quotes."""
    if text.count("“", start, c) > text.count("”", start, c):
        return "”" in text[c : c + 80]
    return text.count('"', start, c) % 2 == 1 and '"' in text[c : c + 80]


# A second count joined by "với" after a first one: what came with it ("điều tra làm rõ 726 vụ, với 140 đối
# tượng (đạt tỷ lệ 87,6%)"): the share measures the activity and its first count, not the accompanying one.
WITH_COUNT = regexcache.compile(r"(?i)\s*,?\s+với\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,]*\s+\p{L}")


def _without_accompanying_count(text: str, start: int, end: int) -> int:
    """``end``, or where a count joined by "với" after another count begins (``start`` when the stretch opens
    with it: the count it accompanies stands in the stretch before)."""
    if "với" not in text[start:end]:
        return end
    m = WITH_COUNT.search(text, start, end)
    # (only a bare count, no predicate of its own: "với 395.122 hội viên cài đặt, đạt 82%" names what is measured)
    if m is None or len(_mask_brackets(text[m.end() - 1 : end]).split("(")[0].split()) > 2:
        return end
    before = text[max(0, start - 80) : m.start()]  # (the first count may stand in the stretch before)
    if rx(r"\d[\d.,]*\s+\p{L}").search(before) and "%" not in before[-40:]:
        return m.start()
    return end


def _in_grade(text: str, c: int) -> bool:
    """Whether the comma at ``c`` separates two grades ("dịch vụ công mức độ 3, 4")."""
    if not text[c - 1 : c].isdigit():
        return False
    grade = GRADE_EXPR.search(text, max(0, c - 16), c + 6)
    return grade is not None and grade.start() < c < grade.end()


def _pair_second(text: str, origin: int, pos: int) -> bool:
    """Whether ``pos`` opens the second half of a pair written as one ("chỉ thị, | nghị quyết của Đảng": no
    reference to a resolution there)."""
    comma = rx(r",\s*$").search(text, origin, pos)
    return comma is not None and PAIR_COMMA.match(text, comma.start()) is not None


def _stop_search(stop_at: regex.Pattern, text: str, pos: int, end: int) -> regex.Match | None:
    """The first ``stop_at`` in ``text[pos:end]`` that is not a comma inside a list of counted things, a pair
    written as one ("kế hoạch khám, chữa bệnh": PAIR_COMMA) or a quotation."""
    origin = pos
    while True:
        stop = stop_at.search(text, pos, end)
        if stop is None or not (stop.group().startswith(",") and (_list_comma(text, stop.start())
                                                                   or PAIR_COMMA.match(text, stop.start())
                                                                   or _in_quote(text, origin, stop.start()))
                                or _pair_second(text, origin, stop.start())):
            return stop
        pos = stop.end()


# Words after which the subject starts ("đạt cao như trồng rừng", "xã phấn đấu tỷ lệ ...").
CUT = regexcache.compile(
    r"""(?i)(?<![\p{L}])(?:như|là|gồm|phấn\s+đấu|dự\s+kiến|nhằm
    |nhưng|song(?=\s+(?-i:\p{Ll}))                        # a concession before: "mặc dù dịch bệnh … nhưng | thu ngân sách …"
    |đưa(?!\s+(?:được|đi)(?![\p{L}\p{M}]))(?!\s+(?:(?:hơn|trên|gần|khoảng)\s+)?\d)  # not sending: "đưa được 9.925 lao động
                                                           # xuất cảnh", "được đưa đi làm việc ở nước ngoài"
    |cho\s+biết|cho\s+thấy|cho\s+rằng|nhấn\s+mạnh|khẳng\s+định|đề\s+ra(?:\s+mục\s+tiêu)?|qua\s+(?:rà\s+soát|khảo\s+sát)  # "… cho biết/cho thấy", "đề ra mục tiêu …"
    |(?:kể|nhắc)\s+(?:đến|tới)                              # an example announced: "Đầu tiên phải kể đến | tốc độ tăng trưởng
                                                           # của địa phương, ước đạt 9,52%" (group AU zdg2)
    |khiến(?:\s+cho)?                                       # "nguyên nhân chủ yếu khiến | tổng vốn đầu tư … chỉ đạt 91,5%"
    |(?:giữ(?:\s+vững)?|kiểm\s+soát|kiềm\s+chế)(?=\s+(?:tỷ|tỉ)\s+lệ)   # a rate held down: "…, giữ | tỷ lệ nợ xấu dưới 1%"
    |(?<=đã\s)chỉ\s+đạo                                      # "Thủ tướng đã chỉ đạo | tăng trưởng GDP phải đạt trên 8%"
    |(?<=(?:đã|vừa)\s)báo\s+cáo                              # who reports: "Cục trưởng … đã báo cáo | tổng thu ngân sách …"
    |công\s+bố(?!\s+(?:(?:hơn|trên|gần|khoảng)\s+)?\d)       # who announces: "Tổng công ty A đã công bố | doanh thu hợp nhất
                                                           # năm 2025 ước đạt …, vượt 3% kế hoạch" (fresh po2); not the activity
                                                           # of a count: "công bố 4.027 bản án … (đạt 100%)" (long01)
    |(?<!được\s)ghi\s+nhận                                  # "Thành phố ghi nhận tổng thu ngân sách … cao hơn 19,1%" (who records)
    |đặt(?:\s+ra)?\s+(?:mục|chỉ)\s+tiêu                      # "Ngành vẫn đặt mục tiêu tốc độ tăng trưởng từ 3 - 3,5%"
    |(?<=[\p{L}\d]\s+)(?<!(?:so|đối|đến|gắn)\s+)với         # "cơ cấu kinh tế chuyển dịch … với tỷ trọng dịch vụ …", not "so với",
                                                           # nor a verb's "với": "khách du lịch đến với Hà Giang", "gắn với";
                                                           # after a number too: "nhiệm kỳ 2021-2026 với | tỷ lệ cử tri …"
    |thì                                                   # a condition before: "Nếu trừ thu tiền sử dụng đất thì tổng thu …"
    |khi                                                   # "đạt nhiều kết quả nổi bật khi tỷ lệ hồ sơ số hóa …" (before a
                                                           # quantity only: _last_cut)
    )(?![\p{L}])|:""",
    regex.VERBOSE,
)


def _last_cut(seg: str, offset: int) -> regex.Match | None:
    """The last CUT in ``seg[offset:]``; "với" does not cut inside the phrase of a measure that opens the
    stretch ("Tỷ lệ người dân hài lòng với dịch vụ y tế"; still "cơ cấu kinh tế chuyển dịch … với khu vực
    dịch vụ chiếm 38%", "tốc độ phát triển ổn định với tăng trưởng bình quân đạt 11%")."""
    measure = MEASURE_HEAD.match(seg, offset) is not None
    for cut in reversed(list(CUT.finditer(seg, offset))):
        word = cut.group().lower()
        opened = seg.rfind("(", offset, cut.start())
        if opened >= 0 and seg.find(")", cut.end()) >= 0 and seg.rfind(")", opened, cut.start()) < 0:
            continue  # inside a bracket closed before the figure, an aside: "(không bao gồm Ngân hàng Phát triển)"
        if measure and word == "là" and not rx(r"\s*(?:\d|$)").match(seg, cut.end()):
            continue  # "tỷ lệ sinh là con thứ 3 trở lên 3,76%": "là" inside the measure's phrase (those who are …)
        if word == "khi" and not _quantity_head().match(seg, rx(r"\s*").match(seg, cut.end()).end()):
            continue  # ("tỷ lệ người dân hài lòng khi đến làm thủ tục": "khi" inside the measure's phrase)
        if not (measure and word == "với" and not _quantity_head().match(seg, rx(r"\s*").match(seg, cut.end()).end())):
            return cut  # (a quantity after "với" is still what is measured: "tốc độ phát triển … với tăng trưởng …")
    return None


# A figure per year ("7%/năm", "8% mỗi năm") and the heads of a share or rate, whose level it is, not a growth.
PER_YEAR = regexcache.compile(r"(?i)\s*(?:/\s*năm|mỗi\s+năm|hằng\s+năm|hàng\s+năm)(?![\p{L}])")
# ("công suất sử dụng giường bệnh đạt 83,5%/năm": the beds' occupancy, a level; fresh ap04)
RATE_HEAD = regexcache.compile(r"(?i)\s*(?:tỷ\s+lệ|tỉ\s+lệ|tỷ\s+trọng|tỉ\s+trọng|cơ\s+cấu|chỉ\s+số|lãi\s+suất|mật\s+độ|công\s+suất)(?![\p{L}])")
# A change told, then examples of it: "tăng đột biến như", "giảm mạnh như", "tăng, nhất là".
EXAMPLES_OF_CHANGE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?P<v>tăng|giảm)(?:\s+(?:mạnh|nhẹ|đột\s+biến|cao|nhanh|khá))?\s*,?\s+(?:như|nhất\s+là|gồm)\s"
)
# A sign written before the figure: "(+16,2%)", "ước +8,35%", "(- 5,3%)" (not a range's dash: "5-7%" has a digit
# before it; nor a "+" opening a line, a bullet: "+ 80% công đoàn cơ sở được đánh giá …").
SIGN_BEFORE = regexcache.compile(r"(?:(?<=\()|(?<=\s))(?P<s>(?<!(?:^|\n)[ \t]*)[+−]|-(?<=\(-))\s?$")
# A ratio to a reference, then "và" and the figure's own predicate: "…, (tăng) gấp 3,5 lần so với cùng kỳ | và | đạt 118%
# kế hoạch" (the figure measures the quantity the ratio does, named before it; fresh, two pages)
MULTIPLE_AND = regexcache.compile(
    r"""(?ix)(?<![\p{L}])gấp\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,]*\s*lần  # "gấp 3,5 lần", "gấp hơn 2 lần"
    (?:\s+[^%,;.:()\n]{1,40}?)?                                            # its reference ("so với cùng kỳ", "năm 2021")
    (?P<and>\s+và\s+)                                                     # "và"
    (?=(?:đạt|bằng|vượt|tăng|giảm)(?:\s+(?:được|hơn|trên|khoảng|gần))?\s*$)  # the figure's predicate, then the figure
    """
)
# "và" opening another change in a run of them ("giảm 8% số vụ, giảm 12% số người chết và giảm 9% số …")
AND_CHANGE = regexcache.compile(r"(?i)(?<![\p{L}])và\s+(?=(?:tăng|giảm)\s)")
# "tăng trưởng" right before the figure as the verb: "khu vực dịch vụ (dự) ước tăng trưởng 6,5%", "Ngành công
# nghiệp tăng trưởng 12%". What grew stands before it: a measured quantity or a sector. ("tốc độ/mức tăng trưởng",
# "mục tiêu tăng trưởng 15%" keep the noun; "đạt tăng trưởng 10,2%" names none.)
GROWN_VERB = regexcache.compile(
    r"""(?i)\s+(?:(?:dự\s+)?ước(?:\s+tính)?\s+)?   # a hedge: "ước", "dự ước"
    (?:(?:đạt|giữ(?:\s+vững)?|duy\s+trì)(?:\s+được)?\s+(?:mức\s+)?)?  # the level reached or kept: "nông nghiệp giữ mức
                                               # | tăng trưởng hơn 3%", "khu vực I đạt | tăng trưởng 3,38%"
    tăng\s+trưởng(?:\s+bình\s+quân)?           # the verb, right before the figure …
    (?:\s+(?:mạnh|khá|nhanh|cao|ấn\s+tượng|ổn\s+định))?(?:\s+(?:ở|với)\s+mức)?\s*$  # … or a manner, a level word
    """,
    regex.VERBOSE,
)
GROWN_NOUN_END = regexcache.compile(r"(?i)(?<![\p{L}])(?:tốc\s+độ|mức|mục\s+tiêu|chỉ\s+tiêu|tỷ\s+lệ|tỉ\s+lệ|kế\s+hoạch|đạt)$")
# a resolve right before the verb ("… phấn đấu | tăng trưởng 3,7%")
RESOLVE_END = regexcache.compile(r"(?i)(?<![\p{L}])(?:phấn\s+đấu|dự\s+kiến|quyết\s+tâm)\s*$")
SECTOR_HEAD = regexcache.compile(r"(?i)\s*(?:khu\s+vực|ngành|lĩnh\s+vực|nhóm\s+ngành)(?![\p{L}])")


GROWTH = regexcache.compile(
    r"tăng\s+trưởng|"
    + lexicon.alternation(load_kind("change_cues.tsv", "growth")),
    regex.IGNORECASE,
)
# An output measured in money opening a subject (resources/change_cues.tsv, kind "output")
OUTPUT = regexcache.compile(
    r"(?i)\s*(?:" + lexicon.alternation(load_kind("change_cues.tsv", "output")) + r")(?![\p{L}])"
)
DECLINE = regexcache.compile(r"(?:tỷ\s+lệ|tốc\s+độ|mức)\s+giảm", regex.IGNORECASE)


def _growth_rate(subject: str | None) -> bool:
    """A subject naming a growth rate, whose figure is a rise ("tốc độ tăng trưởng GRDP", "tỷ lệ tăng dân số tự nhiên";
    not a rate of decline, "tỷ lệ giảm nghèo")."""
    return bool(subject) and GROWTH.search(subject) is not None and not DECLINE.search(subject)


TARGET_CUES = regexcache.compile(
    r"phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu\s+(?:năm|kế\s+hoạch)|dự\s+kiến|kế\s+hoạch\s+năm\s+\d{4}\s+(?:là|với)|"
    r"đề\s+ra\s+(?:mục\s+tiêu|chỉ\s+tiêu)|năm\s+\d{4}\s*,?\s*(?:huyện|tỉnh|xã|thành\s+phố)?\s*phấn",
    regex.IGNORECASE,
)


def parse_number(s: str) -> float:
    """A Vietnamese-written number as float (decimal comma, dot thousands)."""
    s = s.strip()
    if rx(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?").fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    return float(s.replace(",", "."))


@dataclass(frozen=True)
class _Cues:
    before: regex.Pattern
    after: regex.Pattern
    after_from: regex.Pattern
    qualifier: dict
    change: regex.Pattern
    change_kind: dict
    reference: regex.Pattern


@lru_cache(maxsize=1)
def cues() -> _Cues:
    rows = load_tsv("percent_cues.tsv")
    before = [r[0] for r in rows if r[2] == "before"]
    after = [r[0] for r in rows if r[2] == "after"]
    change_rows = load_tsv("change_cues.tsv")
    return _Cues(
        # ("dưới mức 0,05%", "trên mức 8%": the level named before the figure)
        before=regexcache.compile(lexicon.B_START + "(?P<p>" + lexicon.alternation(before) + r")(?:\s+mức)?\s*$", regex.I),
        after=regexcache.compile(
            r"""^
            (?:\s*/\s*(?:năm|tháng|quý))?              # a rate per period: "10%/năm trở lên"
            (?:\s+(?:so\s+với\s+)?(?:""" + lexicon.alternation(load_list("references.txt")) + r""")
               (?:\s*\([^()]{1,12}\))?)?             # a reference: "60% kế hoạch (KH) trở lên"
            \s*(?P<p>""" + lexicon.alternation(after) + ")" + lexicon.B_END,
            regex.I | regex.X,
        ),
        # "từ 60% số hộ trở lên": a span opened by "từ" closes after the counted noun, no verb between
        after_from=regexcache.compile(
            r"""^(?:\s+[\p{L}\p{M}]+){1,6}?              # up to six syllables, no figure, no punctuation
            \s+(?P<p>""" + lexicon.alternation(after) + ")" + lexicon.B_END,
            regex.I | regex.X,
        ),
        qualifier={lexicon.fold_key(r[0]): r[1] for r in rows},
        change=regexcache.compile(
            lexicon.B_START
            + r"(?P<verb>" + lexicon.alternation(load_kind("change_cues.tsv", "increase", "decrease"))
            + r")(?:\s+(?P<next>"
            + lexicon.alternation(load_kind("change_cues.tsv", "level") + ["thêm", "bình quân"])
            + r"))?(?:\s+so\s+(?:với\s+)?" + _PAST_PERIOD + r"(?:\s+là)?)?"  # "tăng so với cùng kỳ (là) 11,6%"
            # (a comma may stand before "bình quân": "thu ngân sách tăng nhanh, bình quân 19%/năm"; set AT)
            # (a time and a copula may stand before the figure too: "giảm trong năm là 0,5%", "giảm bình quân hằng năm là
            # 1,5%"; fresh tl1)
            + r"(?:(?:\s+|\s*,\s*(?=bình\s+quân))(?:bình\s+quân|khoảng|hơn|trên|gần|được|mỗi\s+năm|hằng\s+năm|hàng\s+năm|"
            + r"trong\s+năm(?:\s+\d{4})?|cả\s+năm|là|"
            + lexicon.alternation(load_kind("change_cues.tsv", "adverb"))
            # ("a year" written as a rate before the figure: "tỷ lệ hộ nghèo giảm bình quân/năm 6%"; fresh il01)
            + r")|\s*/\s*năm(?![\p{L}\p{M}]))*(?:\s+(?:từ\s+)*|(?<=\p{L}))$",  # (the verb may be written on to its figure: "(giảm11,6%)")
            regex.I,
        ),
        change_kind={lexicon.fold_key(r[0]): r[1] for r in change_rows},
        reference=regexcache.compile(
            r"^\s*(?:trở\s+lên\s+)?(?:(?P<so>so\s+với|so|của|theo)\s+)?(?P<ref>"
            + lexicon.alternation(load_list("references.txt"))
            + r"|(?:cùng\s+kỳ\s+)?năm\s+\d{4}|năm\s+trước|giai\s+đoạn\s+trước)"
            + lexicon.B_END,
            regex.I,
        ),
    )


# The figure a reference after "so với" states: "(so với mục tiêu) | từ 8 – 8,5%", "(so với kế hoạch) | đề ra là 7%"
FIGURE_OF_REFERENCE = regexcache.compile(r"(?i)\s*(?:đề\s+ra\s+)?(?:là\s+)?(?:từ\s+)?(?:khoảng\s+|trên\s+|hơn\s+)?\d")


@lru_cache(maxsize=1)
def _named_target() -> regex.Pattern:
    """After a figure: "chỉ tiêu"/"kế hoạch" naming what is planned ("… 98,8% kế hoạch dư nợ"), not whose
    plan it is ("… 476% chỉ tiêu tỉnh giao": resources/target_owner_words.txt). The phrase runs to a comma,
    a bracket, a clause end or a reference."""
    owners = lexicon.alternation(load_list("target_owner_words.txt"))
    contents = lexicon.alternation(load_list("target_content_phrases.txt"))
    return regexcache.compile(
        r"""\s*(?P<head>chỉ\s+tiêu|kế\s+hoạch)\s+
        (?:(?:""" + contents + r""")(?![\p{L}\p{M}])     # what is planned, though it opens like an owner ("giao quân")
        |(?!(?:""" + owners + r""")(?![\p{L}\p{M}]))   # not a reference's owner, date or verb
        (?-i:\p{Ll})[\p{L}\p{M}]*)                     # a lower-case word: what is planned
        (?:\s+(?!(?:so|của|theo|được|đã|và)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,7}  # up to 7 more words""",
        regex.I | regex.X,
    )


# The verbs after which "chỉ tiêu/kế hoạch <what>" after the figure is the subject ("hoàn thành 100% chỉ tiêu
# tuyển chọn …"); not "vượt" ("vượt 14% chỉ tiêu": exceeded by), not "bằng".
REACH_VERB_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:đạt|hoàn\s+thành)(?:\s+(?:được|trên|hơn|khoảng|gần|xấp\s+xỉ))?\s*$"
)


@lru_cache(maxsize=1)
def _amount_tail() -> regex.Pattern:
    """An amount closing a stretch: "… ước đạt hơn 1.200 tỷ đồng (", "… được 80 tỷ đồng", "…: 595/608ha"."""
    units = lexicon.amount_units("measure")
    counts = lexicon.amount_units("count")
    scale = lexicon.amount_units("scale")
    per = lexicon.amount_units("measure", "count", "per")
    return regexcache.compile(
        r"""
        (?:(?<![\p{L}\p{M}])(?:ước\s+)?(?:đạt\s+được|đạt|được|thực\s+hiện|là|ước)\s*)?  # its verb ("ước đạt", "được")
        :?\s*(?:(?:hơn|gần|trên|khoảng|xấp\s+xỉ|chỉ|mới)\s+)?          # its qualifier
        (?<![\p{L}\p{M}\p{N}/.,])                                     # a whole number ...
        (?<!(?:tháng|quý|ngày|kỳ|đoạn|thứ|khóa|khoá)\s*)              # ... that is no date or ordinal
        (?:(?<!năm\s*)|(?=\d{1,3}[.,]\d))                             # (after "năm", one with a separator is an amount,
                                                                      # no year: "sản lượng lương thực cả năm | 72.370 tấn")
        (?<!(?:19|20)\d\d\s*[-–]\s*)                                  # ... nor a range of years' end ("2022-2023")
        (?<!(?:quý|tháng)\s+[\dIVX]{1,4}\s*[-/.]\s*)                  # ... nor a period's year ("quý III-2024")
        (?<!(?:""" + GRADE_WORDS + r""")\s*(?:\d{1,2}\s*(?:,|và)\s*)*)  # ... nor a grade ("mức độ 3, 4", "lớp 1", "khu vực 2")
        \d[\d.,]*(?:\s*/\s*\d[\d.,]*)?                                # the number, or a fraction "5.015/5.000"
        (?:\s*(?:""" + scale + r""")(?![\p{L}\p{M}])                 # its scale, a written-out amount's parts
           (?:\s+\d{1,3}(?=\s*(?:""" + scale + r""")(?![\p{L}\p{M}])))?)*  # ("15 nghìn 500 tỷ đồng")
        (?:\s*(?:""" + units + r"""|""" + COUNT_UNIT + r"""))?(?![\p{L}\p{M}])     # its unit ("lượt người", COUNT_UNIT)
        (?:\s*/\s*(?:""" + per + r"""))*(?![\p{L}\p{M}])                  # per what: "triệu đồng/ha", "/người/năm"
        (?:\s*/\s*(?:(?:hơn|gần|trên|khoảng)\s+)?\d[\d.,]*          # over a target: "36,2 ha/ 120 ha", "31 ha/ 02 năm",
           (?:\s*(?:""" + scale + r""")(?![\p{L}\p{M}]))*                # "gần 47 tỷ đồng/gần 233 tỷ đồng" (its scale and
           (?:\s*(?:""" + units + r"""|""" + counts + r"""|năm))?(?![\p{L}\p{M}])  # qualifier too; fresh lo01)
           (?:\s+(?:(?-i:KH)|kế\s+hoạch)(?![\p{L}\p{M}]))?)?         # the target named: "7.188 ha/7.937 ha KH" (group AV zdq5)
        [\s(:]*(?:[-–][\s(:]*)?$                                        # the end ("… tỷ đồng (tăng 8,9%)", "… ha- đạt 93%")
        """,
        regex.I | regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _org_alternation() -> str:
    """Regex source of resources/organizations.txt (for _org_actor and _org_only)."""
    return lexicon.alternation(lexicon.organizations())


@lru_cache(maxsize=1)
def _org_names() -> str:
    """The organizations (resources/organizations.txt) and their abbreviations (abbreviations.tsv kind "org":
    "BHXH", "KBNN", matched as written)."""
    abbreviated = lexicon.alternation(
        [r[0] for r in load_tsv("abbreviations.tsv") if len(r) >= 3 and r[2] == "org"], ignore_case=False)
    return _org_alternation() + r"|(?-i:" + abbreviated + ")"


@lru_cache(maxsize=1)
def _org_actor() -> regex.Pattern:
    """An organization opening a stretch, with its place ("Cục Thuế tỉnh", "Sở Tài chính", "Ngành BHXH tỉnh"),
    then a verb."""
    return regexcache.compile(
        r"""(?:(?:ngành|lực\s+lượng)\s+)?                         # ("Lực lượng Công an đã điều tra …")
        (?:""" + _org_names() + r"""                              # the organization (organizations.txt), or the tax
          |(?-i:Thuế)(?=\s+(?:tỉnh|thành\s+phố)(?![\p{L}\p{M}])))  # office since 2025 ("Thuế tỉnh Phú Thọ thu …")
        (?![\p{L}\p{M}])
        (?!\s+(?:tự\s+nguyện|bắt\s+buộc)(?![\p{L}\p{M}]))      # not a kind of insurance: "BHXH tự nguyện đạt 88,8%"
        (?:\s+các\s+cấp(?![\p{L}\p{M}]))?                         # of every level ("Hội đồng Nghĩa vụ quân sự các cấp
                                                                   # tổ chức giao quân …"; fresh to1)
        (?:\s+(?:tỉnh|huyện|xã|thành\s+phố)(?![ \t]+(?:ủy|uỷ)(?![\p{L}\p{M}]))   # its place, named or not (not the
           (?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*)*                                # committee: "UBKT Tỉnh ủy")
          |\s+(?-i:""" + _PROVINCES + r"""))?  # (or a province named
                                                                   # alone, resources/places.txt: "Cục Hải quan Hải Phòng thu …")
        \s+(?=(?-i:\p{Ll}))                                        # a lowercase verb follows ("thu", "giải ngân")
        (?:(?:đã|đều|cũng|vẫn)\s+)*                                # after an adverb ("đã thực hiện chi trả …")
        """,
        regex.I | regex.VERBOSE,
    )


# A count right before a noun ("10/10 | hợp tác xã", "26 | doanh nghiệp"): what follows is counted, a quantity, not
# the body or place acting
COUNT_RIGHT_BEFORE = regexcache.compile(r"(?<![\p{L}\p{N}])\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?\s+$")
COUNT_REACH = 16  # (characters before the noun: the count and its fraction)


@lru_cache(maxsize=1)
def _org_only() -> regex.Pattern:
    """A stretch that is only an organization, with its place ("Tỉnh Đoàn", "Hội Nông dân huyện", "Ngành BHXH
    tỉnh"): who acted, never what is measured."""
    return regexcache.compile(
        r"""\s*(?:toàn\s+)?(?:ngành\s+)?                      # the whole of it, its sector ("Ngành BHXH tỉnh")
        (?:""" + _org_names() + r""")(?![\p{L}\p{M}])          # the organization (organizations.txt)
        (?:\s+(?:tỉnh|huyện|xã|thành\s+phố|phường|thị\s+xã))?   # its level
        (?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*)*                      # its place's name (capitalized)
        (?:\s+(?:đã|đều|cũng|vẫn))*\s*                          # an adverb
        """,
        regex.I | regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _filler_only() -> regex.Pattern:
    """A stretch made only of fillers ("bình quân", "lũy kế 5 tháng", "cả năm") or of the qualifiers read before a
    figure (resources/percent_cues.tsv: "gần", "hơn" left of "gần bằng 61,9% …, bằng 84,6% …"): no subject."""
    qualifiers = [r[0] for r in load_tsv("percent_cues.tsv") if r[2] == "before"]
    words = lexicon.alternation([*load_list("subject_fillers.txt"), *qualifiers])
    return regexcache.compile(r"(?:[\s,:(]*(?:" + words + r"|\d[\d./]*)(?![\p{L}\p{M}]))*[\s,:()]*", regex.I)


@lru_cache(maxsize=1)
def _quantity_head() -> regex.Pattern:
    """A head of a measured quantity (resources/quantity_heads.txt), "tổng" before it included."""
    heads = lexicon.alternation(load_list("quantity_heads.txt"))
    return regexcache.compile(lexicon.B_START + r"(?:tổng\s+)?(?:" + heads + r")" + lexicon.B_END, regex.I)


# A growth rate named as such: "tốc độ tăng trưởng", "mức tăng", "tốc độ tăng trưởng kinh tế" (_held_rate, RATE_JUDGED)
_GROWTH_RATE = r"(?:tốc\s+độ|mức)\s+tăng(?:\s+trưởng)?(?:\s+kinh\s+tế)?"


@lru_cache(maxsize=1)
def _growth_words() -> dict[str, str]:
    """resources/growth_holders.tsv as one alternation per kind (holder, qualifier, verb)."""
    return {k: lexicon.alternation(load_kind("growth_holders.tsv", k)) for k in ("holder", "qualifier", "verb")}


@lru_cache(maxsize=1)
def _holder() -> regex.Pattern:
    """The whole economy or a whole branch ("kinh tế", "toàn ngành"), not a part of it named after "kinh tế"
    ("kinh tế tập thể"): resources/growth_holders.tsv."""
    words = _growth_words()
    return regexcache.compile(
        r"(?:" + words["holder"] + r")(?![\p{L}\p{M}])(?!\s+(?:" + words["qualifier"] + r")(?![\p{L}\p{M}]))", regex.I)


@lru_cache(maxsize=1)
def _held_rate() -> regex.Pattern:
    """The whole economy or branch keeping or reaching a growth rate (resources/growth_holders.tsv): "Kinh tế của huyện
    phục hồi và đạt | tốc độ tăng trưởng khá", "toàn ngành đạt | tốc độ tăng trưởng"; group ``r`` is the rate."""
    return regexcache.compile(
        _holder().pattern  # the whole that holds it
        + r"[^,;:.()%\d]{0,60}?"  # whose it is and its course ("của huyện phục hồi và", "tiếp tục")
        r"(?<![\p{L}\p{M}])(?:" + _growth_words()["verb"] + r")\s+"  # the verb taking the rate
        r"(?P<r>" + _GROWTH_RATE + r")(?![\p{L}\p{M}])",  # the rate
        regex.I,
    )


# A growth rate and how it is judged, "tốc độ tăng trưởng cao và ổn định", "… kinh tế ở mức cao": the rate is measured
RATE_JUDGED = regexcache.compile(
    r"(?i)(?P<r>" + _GROWTH_RATE + r")"  # the rate
    r"(?:\s+ở\s+mức)?(?:\s+(?:và\s+)?(?:cao|khá|nhanh|ổn\s+định|bền\s+vững))+"  # judged
)


# A quantity and the rate it grows at, the rate naming nothing of its own: "Thu ngân sách … có tốc độ tăng trung bình
# đạt 6%/năm", "Quy mô đào tạo nghề tăng với tốc độ trung bình khoảng 6,2%/năm", "Tổng sản phẩm (GRDP) … có tốc độ
# tăng trưởng hai con số (9,52%)", "Giá trị xuất khẩu đạt tốc độ tăng bình quân 12%": the quantity is measured (train
# 429, fresh oy4, group Y wp1; "tốc độ tăng trưởng GRDP" names its own and stays, "Kinh tế đạt/có tốc độ tăng trưởng
# 8%" names no quantity before it and keeps the rate: group "r")
RATE_OF_QUANTITY = regexcache.compile(
    r"""(?ix)
    (?P<q>[^,;:]+?)                                            # the quantity, within its stretch
    \s+(?:đã\s+)?(?P<v>đạt|có|(?:tăng(?:\s+trưởng)?\s+)?với)   # its verb: "đạt", "có", "(tăng) với"
    \s+(?P<r>tốc\s+độ(?:\s+gia)?(?:\s+tăng(?:\s+trưởng)?)?     # a bare rate: "tốc độ (gia) (tăng (trưởng))"
        |mức(?:\s+gia)?\s+tăng(?:\s+trưởng)?)                   #   or "mức (gia) tăng (trưởng)"
    (?:\s+(?:bình\s+quân|trung\s+bình|khá|cao|nhanh|hằng\s+năm|hàng\s+năm|hai\s+con\s+số))*  # how it is told
    \s*"""
)

# Inside a bracket, before its figure, only how it stands: "(kế hoạch 7,8%)", "(mới đạt 57%)", "(trên 70%)", "(đạt 85%)"
BRACKET_LEAD_ONLY = regexcache.compile(
    r"(?i)\(\s*(?:(?:mới|chỉ|chưa|ước)\s+)?(?:(?:đạt|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|là|bằng)\s+)?"
    r"(?:(?:trên|dưới|khoảng|hơn|gần|từ)\s+)?$")
# Where a list element before a bracket begins: a comma, a list word ("gồm", "là", "như", "và"), a clause mark
ELEMENT_START_BACK = regexcache.compile(
    r"(?r)(?:[,;:()]|(?<![\p{L}])(?:gồm|là|như|và|về)(?![\p{L}\p{M}]))")


def _bracketed_quantity(text: str, start: int) -> tuple[int, int] | None:
    """The quantity a bracketed figure measures, named right before the bracket: "tỷ lệ trường học đạt chuẩn quốc
    gia (mới đạt 57%)" (a rate or quantity head first, no figure in it), or None."""
    lo = max(0, start - 30)
    opened = text.rfind("(", lo, start)
    if opened < 0 or not BRACKET_LEAD_ONLY.fullmatch(text, opened, start):
        return None
    back = ELEMENT_START_BACK.search(text, max(0, opened - 120), opened)
    a, b = strip_span(text, back.end() if back else max(0, opened - 120), opened)
    if b <= a or rx(r"[\d%]").search(text, a, b) or len(text[a:b].split()) > 12:
        return None
    if not (MEASURE_HEAD.match(text, a) or _quantity_head().match(text, a)):
        return None
    return a, b


def _a_place(m: regex.Match) -> bool:
    """Whether a PLACE_ITEM match names a place: a level word before the name, or a name of the official lists of
    administrative units (pipeline/gazetteer.py: "Krông Pa", "Đồng Hới"; not "Tăng" opening a bracket)."""
    return bool(m.group("l")) or bool(gazetteer.lookup(m.group("n")))


def _over_whole(figure: str) -> bool:
    """Whether a figure (a PERCENT match, with its range) is more than 100%: no share of the things named after it,
    a ratio to a plan.

    >>> _over_whole("108%"), _over_whole("117,4 %"), _over_whole("100%"), _over_whole("99,5%"), _over_whole("90-120%")
    (True, True, False, False, True)
    """
    m = PERCENT.search(figure)
    return m is not None and max(parse_number(m.group(g)) for g in ("lo", "lo2", "num") if m.group(g)) > 100


def _lead_len(seg: str) -> int:
    """Length of the blanks and lead-ins ("Trong đó, ", "Năm 2024, ") opening ``seg``."""
    stripped = seg.lstrip()
    lead = LEAD_IN.match(stripped)
    return len(seg) - len(stripped) + (lead.end() if lead else 0)


# "A, B và C lần lượt tăng 12%, 9% và 21%" (_Scan._respectively): where the clause begins, the cue, the predicate
# between the cue and the first figure, and the list's elements
CLAUSE_END = regexcache.compile(r"[.;:!?](?!\d)|\n|\(")  # a sentence or clause mark (not "7.980"), or a bracket opened
RESPECTIVELY = regexcache.compile(r"(?i)(?<!\p{L})lần\s+lượt(?!\p{L})")
RESPECTIVELY_TAIL = regexcache.compile(r"""(?ix)
    (?:\s+(?:là|ở\s+mức|đạt|chiếm|tăng|giảm|bằng|tương\s+ứng|đạt\s+tỷ\s+lệ|với\s+tỷ\s+lệ))*  # the predicate, if any
    (?:\s+(?:khoảng|hơn|trên|gần|dưới|xấp\s+xỉ))?                    # a qualifier of the first figure
    \s*""")
RESPECTIVELY_HEAD = regexcache.compile(r"""(?ix)
    \s*(?:(?:trong\s+đó|cụ\s+thể|riêng|còn|theo\s+đó)(?!\p{L})\s*,?\s*)?  # a connective opening the clause
    (?:về\s+[^,;:()]{1,40},\s*)?                                          # a topic ("Về cơ cấu kinh tế, A; B …")
    """)
RESPECTIVELY_SEP = regexcache.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")  # between the list's elements
RESPECTIVELY_VERB = regexcache.compile(r"(?i)(?:\s+(?:là|đạt|chiếm(?:\s+(?:tỷ|tỉ)\s+(?:trọng|lệ))?|tăng|giảm|bằng|tương\s+ứng|với))+\s*$")  # "… tăng lần lượt"
# An aspect marker between who acted and the verb (the verb's first letters after it): "ngành y tế | đã th"
ASPECT_GAP = regexcache.compile(r"(?i)\s*(?:đã|đều|đang)\s+\p{L}{1,4}")
# Aspect markers before a clause's verbs: who acted stands before them ("lực lượng công an đã | điều tra …")
ASPECT_MARKERS = frozenset({"đã", "đang", "sẽ", "vẫn", "đều", "cũng"})
# A time after a quantity named with a verb ("thu ngân sách nhà nước trên địa bàn | năm 2022")
NAMED_TIME = regexcache.compile(r"(?i)\s+(?:năm|tháng|quý|ngay\s+từ|trong|từ|đến)(?![\p{L}\p{M}])")
# A subject that is only a verb, hedged ("ước thu", "chỉ giải ngân được"): it restates a quantity named before it
_HEDGE = r"(?:chỉ|ước|đã|mới|cũng)"
# The verbs whose activity is what a figure measures ("thu 2.150 tỷ đồng", "giải ngân …"): BARE_VERB_SUBJECT and
# TOPIC_OPENING read the same list
_ACTIVITY_VERB = r"thu|chi|nộp|giải\s+ngân|huy\s+động|cho\s+vay|xuất\s+khẩu|nhập\s+khẩu"
BARE_VERB_SUBJECT = regexcache.compile(r"(?i)(?:(?P<h>" + _HEDGE + r")\s+)*(?P<v>" + _ACTIVITY_VERB + r")(?P<d>\s+được)?")
# What a change is of, named after its figure: "tăng 61% | về vốn đăng ký", "giảm 35,1% về luân chuyển hành khách so với …"
REGARDING_AFTER = regexcache.compile(
    # (the period compared with may come first: "tăng 2,2% so với cùng kỳ | về số doanh nghiệp và 24,2% về vốn …")
    r"(?i)(?:\s+so\s+(?:với\s+)?(?:" + _SAME_PERIOD + r"|năm\s+(?:trước|ngoái|\d{4})))?"
    r"\s+về\s+(?P<q>(?!(?:mức|đích|trước|sau|đến|tới|cuối|đầu)(?![\p{L}]))"
    # (not the bare "số lượng", how many of what was named before: "số doanh nghiệp thành lập mới tăng 65% về số lượng",
    # fresh rj4, pb4)
    r"(?!số\s+lượng(?=\s+so\s|\s*[,.;:()]|\s+và\s|\s*$))[^,.;:()\d%]{3,60}?)"
    r"(?=\s+so\s+(?:với\s+)?|\s*[,.;:()]|\s+và\s|\s*$)")
# "số" and a noun right after a figure: the number of what it counts ("… và 3,25% | số bị can")
NUMBER_OF_AFTER = regexcache.compile(r"(?i)\s+số\s+(?-i:\p{Ll})")
# A change, its figure and what it measures after "về", then "và" before the next figure sharing the verb ("tăng 2,2% so
# với cùng kỳ về số doanh nghiệp và | 24,2% về vốn đăng ký")
SHARED_CHANGE_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?P<v>tăng|giảm)\s+\d[\d.,]*\s*%[^.;:%()]{0,60}?\s+về\s+[^.;:%()\d]{3,60}?\s+và\s*$")
# "với" before what a course is measured by ("duy trì đà tăng trưởng với | tổng mức bán lẻ …")
WITH_WORD = regexcache.compile(r"(?i)(?<![\p{L}])với\s+")
# A topic opening a sentence whose quantity opens with such a verb: "Về thu ngân sách nhà nước, …", "Về công tác giải
# ngân vốn đầu tư công, …" (group "q" the quantity, "v" its verb)
TOPIC_OPENING = regexcache.compile(
    r"(?i)\s*(?:[-+•*]\s*)?về\s+(?:công\s+tác\s+|lĩnh\s+vực\s+)?(?P<q>(?P<v>" + _ACTIVITY_VERB + r")(?:\s+[\p{L}\p{M}]+){1,6}?)\s*,")
# A place's figure in a list of places' figures: "… cao như các huyện: Krông Pa (10,76%), Đak Đoa (10,16%)", "huyện A
# giảm 6,5%; B 4,5%; thị xã C 1,5%" (group "n" the name: capitalised words, the second letter lower case, so no
# abbreviation of a quantity such as "GRDP" or "NQ"; a level word of resources/place_levels.tsv or "TP." before it)
_PLACE_WORD = r"\p{Lu}['’]?[\p{Ll}\p{M}][\p{L}\p{M}]*+(?:['’]\p{L}[\p{L}\p{M}]*+)?"
PLACE_ITEM = regexcache.compile(
    r"(?:(?P<l>(?i:" + lexicon.place_level_words() + r")|TP\.?|TX\.?|Tp\.?)\s+)?"  # "huyện", "thị xã", "TP."
    r"(?P<n>" + _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD + r"){0,3})"       # the name: "Krông Pa", "Đồng Hới"
)
# A place's name in such a list, right before its figure: a list mark ("," ";" ":" "và", "như", a bracket), the name,
# then nothing, a bracket, or its verb ("…, Krông Pa (10,76%)", "…; B 4,5%", ": huyện A giảm từ 6,5%")
# (a measure word may follow the verb, naming again what the list measures: "…; huyện B đạt tăng trưởng 10,29%"; train
# 116, group "m")
PLACE_BEFORE = regexcache.compile(
    r"(?:[,;:(]|(?<![\p{L}])(?i:và|như|là))\s*" + PLACE_ITEM.pattern  # ("… thấp nhất là Tam Đàn (1,51%)", fresh qx3)
    # (a colon after the name too: "…; Tam Thái: 1,53% (35 hộ)", fresh qx3)
    + r"(?i:\s*(?:\(\s*|(?P<colon>:)\s*|(?:đạt|tăng|giảm|là)(?:\s+(?:từ|còn|(?-i:(?P<m>\p{Ll}[\p{Ll}\p{M}]*+(?:\s+\p{Ll}[\p{Ll}\p{M}]*+)?))))?\s+)?)\Z"
)
# A sentence's end between two figures (not the dot of "1.070")
SENTENCE_STOP = regexcache.compile(r"[.!?](?!\d)|\n")
# From a place's figure to the next place's name: the figure (a range's high bound too), its bracket, a list mark
NEXT_PLACE_ITEM = regexcache.compile(
    r"""(?x)\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%?   # the figure: "10,76%", "4,5-5,0%"
    \s*\)?                                               # the bracket it stands in, closed
    (?:\s*\([^()]{0,40}\))?                               # a bracket after it: "(1.070-1.190 hộ)"
    \s*[,;]\s*(?:và\s+)?                                 # the list mark
""")
# The quantity a list of places' figures is of, in the clause before the list ("Một số địa phương có | tỷ lệ tăng
# trưởng | cao như các huyện:"): a head of resources/quantity_heads.txt and the lower-case words after it, up to a
# word that compares or introduces (group "q")
LIST_QUANTITY_STOP = regexcache.compile(
    r"(?i)(?:cao|thấp|như|của|tại|ở|đạt|là|gồm|các|những|cụ|trong|so|với|và|giao|cho|nhất|khá|lần)(?![\p{L}\p{M}])")
# A hedge right before such a verb ("ước | thu 2.281,2 tỷ đồng"): the verb restates (a bare verb names a target)
HEDGE_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])" + _HEDGE + r"\s+$")
# A determiner alone before what a share counts ("100% | các | chỉ tiêu …")
DETERMINER_ONLY = regexcache.compile(r"(?i)(?:các|những|tất\s+cả)\s+")
# The level word right before a figure ("tăng trưởng ấn tượng với mức 14,5%", "duy trì ở mức 46%"): no subject
LEVEL_WORD_BEFORE = regexcache.compile(
    r"(?i)\s+(?:(?:ổn\s+định|giữ\s+vững|duy\s+trì)\s+(?=ở\s))?"  # (a level held: "tỷ lệ che phủ rừng ổn định ở mức 46%")
    r"(?:(?:(?:ở|với|đạt)\s+)?mức|(?:ở|với)\s+(?:tốc\s+độ|tỷ\s+lệ|tỉ\s+lệ))\s*$"  # ("… với tốc độ 8,5%", "… với tỷ lệ 98%")
)
# A quantity raised (or brought down) to a level: "nâng tỷ lệ xã đạt chuẩn lên 78,4%", "đưa tỷ lệ hộ nghèo xuống
# còn 2%" (Scan.subject; the quantity must open with a head of resources/quantity_heads.txt)
_DIRECTION_END = r"(?:lên|xuống)(?:\s+(?:còn|mức|đến|tới))?\s*$"  # the direction, right before the figure (or its cue)
RAISED_TO = regexcache.compile(r"""(?ix)
    (?<!\p{L})(?:nâng|đưa|kéo|hạ|kéo\s+giảm)(?:\s+cao)?\s+   # the causative verb
    (?P<q>[^,;:.()%\d]{3,100}?)\s+                           # the quantity, up to the direction
    """ + _DIRECTION_END)
DIRECTION_BEFORE = regexcache.compile(r"(?i)" + _DIRECTION_END)  # (RAISED_TO's end alone: a cheap test first)
# A conjunction or determiner left at a subject's end ("… số người chết và | giảm 9% …", "… được tiếp thu các | …")
DANGLING_WORD = regexcache.compile(r"(?i)\s+(?:và|hoặc|các|những|của|theo|tại|cho)\s*$")
def _without_dangling(text: str, start: int, end: int) -> int:
    """``end``, moved back over the conjunctions and determiners left dangling at it (DANGLING_WORD, repeatedly)."""
    dangling = DANGLING_WORD.search(text, start, end)
    while dangling:
        end = dangling.start()
        dangling = DANGLING_WORD.search(text, start, end)
    return end


# What may stand between two figures that share one subject and verb ("5,2% và 7,1%", "83,2%/50%").
SHARED_GAP = regexcache.compile(r"\s*(?:/|,|và|hoặc)\s*")
# … and in a list written with semicolons ("lần lượt là 21,36%; 34,52%; 38,05% và 6,07%"), with the clause before "lần
# lượt" running over its semicolons and its elements split there
SEMICOLON_GAP = regexcache.compile(r"\s*;\s*")
# Right after a list's last figure, a bracket restating its figures for another time ("(cùng kỳ năm trước lần lượt là ")
RESTATED_IN_BRACKET = regexcache.compile(r"(?i)\s*\(\s*[^()%;.]{0,40}?lần\s+lượt(?:\s+(?:là|đạt|chiếm))?\s*")
CLAUSE_END_BUT_SEMICOLON = regexcache.compile(r"[.:!?](?!\d)|\n|\(")
RESPECTIVELY_SEP_SEMI = regexcache.compile(r"\s*;\s*(?:và\s+)?")  # (a "và" inside an element: "nông, lâm nghiệp và thủy sản")
# another figure right after this one, sharing what follows it ("100% và 95% hộ dân"; a comma ends a clause)
NEXT_FIGURE = regexcache.compile(r"\s*(?:/|và|hoặc)\s*(?:(?:khoảng|hơn|trên|gần|dưới)\s+)?\d[\d.,]*\s*%")
# … or the first figure's reference, when the second has one of its own ("tăng 1,0% so với kế hoạch, 22,5% so với
# cùng kỳ"; set AE)
REFERENCED_GAP = regexcache.compile(r"(?i)\s*so\s+(?:với\s+)?[^,;.:()%\d]{2,40}?\s*(?:,|và|,\s*và)\s*")
# (or the same period named without "so với": "tăng 5,49% so với tháng trước và 23,38% | cùng kỳ năm trước", fresh fa04)
REFERENCE_NEXT = regexcache.compile(r"(?i)\s*(?:so\s+(?:với\s+)?\p{L}|cùng\s+kỳ(?![\p{L}\p{M}]))")
# The whole country as who acts or reaches a figure ("cả nước thu hoạch được …", "toàn quốc có …"): one source for
# PLACE_ONLY, NAMED_ACTOR and NATION
_NATION = r"(?<![\p{L}\p{M}])(?:cả\s+nước|toàn\s+quốc)"
# The province-level names (resources/places.txt), matched as written: a province named alone ("Lào Cai", "Hải Phòng")
_PROVINCES = lexicon.provinces()
# A place or body alone is no subject ("huyện Krông Bông đạt 10,87%": the quantity is named before;
# "Toàn xã hiện còn 4 hộ nghèo, chiếm 0,2%": what is counted).
PLACE_ONLY = regexcache.compile(
    r"""(?i)(?:(?:(?:toàn|cả)\s+)?(?:""" + lexicon.alternation(load_list("subject_actors.txt")) + r"""|""" + _NATION + r""")
    (?-i:\s+\p{Lu}[\p{L}\p{M}’'\-]*)*              # its capitalised name
      |(?-i:""" + _PROVINCES + r"""))  # or a province named alone
                                                    # ("Lào Cai | ước tăng trưởng 8,5%"; group AO zbn4)
    (?:\s+(?:hiện|nay|hiện\s+nay|đã|đều|cũng|vẫn))*  # an adverb
    \s*""",
    regex.VERBOSE,
)
# A place or unit that acts, named or whole ("Huyện Yên Lạc", "thành phố Thủ Đức", "Toàn huyện", a
# capitalized "Huyện" opening the clause), then adverbs and "có" before what it did or has. A bare
# lower-case unit is what is counted, not who acts ("xã đạt chuẩn nông thôn mới"): no match.
NAMED_ACTOR = regexcache.compile(
    r"""(?:
        (?i:(?:toàn|cả)\s+(?:""" + lexicon.alternation(load_list("subject_actors.txt")) + r"""))
      | (?i:""" + _NATION + r""")     # the whole country ("cả nước thu hoạch được 1,28 triệu ha …")
      | (?i:""" + lexicon.alternation(load_list("subject_actors.txt")) + r""")(?:\s+\p{Lu}[\p{L}\p{M}’'\-]*)+
      | (?=\p{Lu})(?i:""" + lexicon.alternation(load_list("subject_actors.txt")) + r""")
      # a province named alone, resources/places.txt ("Lào Cai ước tăng trưởng 8,5%": the growth is measured, the
      # province has it; group W vu4, AO zbn4)
      | """ + _PROVINCES + r"""(?![\p{L}\p{M}])
    )
    (?!(?<=[xX]ã)\s+hội(?![\p{L}\p{M}]))    # (not "toàn xã hội": the whole society, no commune)
    (?=\s)(?:\s+(?i:hiện|nay|hiện\s+nay|đã|đều|cũng|vẫn|có))*\s+""",
    regex.VERBOSE,
)
# Bodies named in the plural, a few words of which, before an activity's verb (resources/acting_bodies.tsv: "các địa
# phương | cấp 3.260 giấy chứng nhận …", "Các doanh nghiệp khu vực ngoài nhà nước | tổ chức hội nghị …"): who acted, as
# NAMED_ACTOR (tried apart, only where "các" or "những" opens the stretch: a branch of NAMED_ACTOR cost every stretch)
PLURAL_ACTOR = regexcache.compile(
    r"""(?i:các|những)\s+(?i:""" + lexicon.alternation(load_kind("acting_bodies.tsv", "body")) + r""")
    (?:\s+[\p{L}\p{M}]+){0,5}?(?=\s+(?i:""" + lexicon.alternation(
        load_kind("acting_bodies.tsv", "verb") + list(load_list("object_verbs.txt"))
        + load_kind("task_cues.tsv", "verb", "start_verb")) + r""")(?![\p{L}\p{M}]))\s+""",
    regex.VERBOSE,
)
# A figure in brackets closing one item, then "và" opening the next ("Thanh Hóa (93,8%), Ninh Bình (94,7%) và | Hải
# Phòng (96,7%)"): the next figure's subject starts after it
# (not before a predicate of the same quantity: "… so với chỉ tiêu (91%) và thấp hơn 6% so với năm trước")
BRACKETED_FIGURE_AND = regexcache.compile(
    r"(?i)%\s*\)\s*,?\s*(?:và|hoặc)\s+(?!(?:cao|thấp|tăng|giảm|đạt|vượt|bằng|chiếm|gấp|ước)(?![\p{L}\p{M}]))"
)
# A bracket closed right before a breakdown's "trong đó", no comma between
BRACKET_THEN_BREAKDOWN = regexcache.compile(r"(?i)\)[ \t]*(?=trong\s+đó(?![\p{L}\p{M}]))")
# A figure (and what it is compared with), then "và" and another quantity named: "xuất khẩu …, tăng 5,7% và | nhập khẩu
# đạt 80,49 tỷ USD, giảm 0,8%" (group Z ww2; the quantity's head is checked where it is used)
FIGURE_AND = regexcache.compile(
    r"(?i)%(?:\s+so\s+(?:với\s+)?[^,;.%()]{1,30}?)?\s*,?\s+và\s+"
    r"(?!(?:cao|thấp|tăng|giảm|đạt|vượt|bằng|chiếm|gấp|ước|là|so|có)(?![\p{L}\p{M}]))")
FIGURE_AND_REACH = 160  # how far before a figure the "và" of another quantity is looked for
# … its own amount reached: "nhập khẩu | đạt 80,49 tỷ USD"
AMOUNT_REACHED = regexcache.compile(r"(?i)\s(?:ước\s+)?(?:đạt|là)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d")
# A rank, alone or after who holds it ("đứng thứ hai cả nước", "Hà Nội đứng đầu toàn quốc", "xếp thứ 5/34 tỉnh"): no
# quantity; the one ranked is named before it
RANK_ONLY = regexcache.compile(
    r"(?i)(?:(?-i:\p{Lu})[\p{L}\p{M}.]*\s+){0,5}(?:đứng|xếp)\s+(?:thứ\s+\S+|đầu|top\s+\d+)"
    # (what it ranks among, in lower-case words: "đứng thứ 2/34 chi nhánh trên cả nước"; group Y wq3)
    r"(?:\s+(?-i:\p{Ll})[\p{L}\p{M}]*){0,6}?"
    r"(?:\s+(?:cả\s+nước|toàn\s+quốc|toàn\s+tỉnh|khu\s+vực|trong\s+\S+(?:\s+\S+)?))?"
)
# Where a rank is told ("đứng thứ 11 cả nước", "xếp thứ 3", "đứng đầu vùng")
RANK_VERB = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:đứng|xếp)\s+(?:thứ|đầu|top)(?![\p{L}\p{M}])")
# A comparison's adjective alone left of "hơn" ("… và | thấp hơn 6% so với năm trước"): no quantity named
BARE_COMPARATIVE = regexcache.compile(r"(?i)(?:và\s+)?(?:cao|thấp|nhiều|ít)")
# The whole country, as an actor ends the words before a count (_verb_before): "cả nước | thu hoạch được …"
NATION = regexcache.compile(r"(?i)" + _NATION + r"$")
# A stretch that names what a figure is compared with ("So với cùng kỳ", "so cùng kỳ năm trước").
REFERENCE_STRETCH = regexcache.compile(r"(?i)\s*so(?:\s+với)?\s+(?:cùng\s+kỳ|năm|kế\s+hoạch|dự\s+toán|tháng|quý)")
# Where a list element is ("… ăn uống trên địa bàn thành phố"): not counted in its length
WHERE_TAIL = regexcache.compile(r"(?i)\s+" + _WHERE + r"(?![\p{L}\p{M}])")
# (not "trên địa bàn": the gold subjects keep it, "tốc độ tăng tổng giá trị sản phẩm trên địa bàn | bình quân hằng năm")
LONG_TAIL = regexcache.compile(r"(?i)(?:\s+(?:bình\s+quân|hằng\s+năm|hàng\s+năm|mỗi\s+năm))+\s*$")
# A topic heading a clause ("Về cơ cấu kinh tế,", "Về thu ngân sách,"): no element of a list
TOPIC_ONLY = regexcache.compile(r"(?i)về\s+[^,;:()\d]{1,40}")
# The number of an item of a list written inline: "(8) ", "8) ", "(a) "
ITEM_NUMBER = regexcache.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}\)|\([a-zđ]\))\s+")
# Words a small number names a grade, kind or numbered unit after ("mức độ 3", "lớp 1", "mũi 2"; "khu vực 1", "Quận 1",
# "Phường 3", "tổ 5", "ấp 2": a sector or a unit, no amount); also read by _amount_tail
GRADE_WORDS = r"mức\s+độ|cấp\s+độ|loại|hạng|số|nhóm|lớp|mũi|khu\s+vực|quận|phường|tổ|ấp|khóm|khu\s+phố|đội|lần|đợt|thứ"
# A grade inside a subject is no figure ("trường đạt chuẩn quốc gia mức độ 2", "dịch vụ công mức độ 3, 4",
# "xã đạt tiêu chí số 6").
# (and a school grade or a dose: "trẻ 6 tuổi vào lớp 1", "tiêm vắc xin mũi 2"; an ordinal: "tỷ lệ sinh con thứ 3 trở lên",
# fresh qd01)
GRADE_EXPR = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:" + GRADE_WORDS + r")\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2}(?![\d.,]*\d))*(?![\d.,]*\d)"
    r"|(?<![\p{L}\p{N}.,])\d{1,2}\s+loại(?![\p{L}\p{M}])"  # a number of kinds: "tiêm đủ 8 loại vắc xin"
)
# An age inside a subject is no figure ("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng"), nor a range of ages ("trẻ từ
# 3-5 tuổi", "từ 3 đến 5 tuổi", "từ 03-36 tháng tuổi").
AGE_EXPR = regexcache.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:\d+\s*[-–]\s*|\d+\s+(?:đến|tới)\s+(?:dưới\s+|trên\s+)?)?\d+\s+(?:tháng\s+)?tuổi(?![\p{L}])"
)
# A quotation inside a subject names something; its numbers are no figures.
QUOTED = regexcache.compile(r'“[^“”\n]{1,80}”|"[^"\n]{1,80}"')
# A name ending in a number joined by a hyphen is no figure ("vắc xin phòng Covid-19 mũi 1").
NAMED_NUMBER = regexcache.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}]*-\d+(?![\p{N}.,]\d)")
# "… và" right before a figure: the figure opens a clause of its own
AND_BEFORE_FIGURE = regexcache.compile(r"(?i)(?<![\p{L}])và\s*$")
# After "và", a share that opens a clause of its own: the things it counts, then what they have or reach ("… bán kính
# bình quân 2 km và | 100% xã có điểm bưu chính"), not a reference ("và 95% kế hoạch": FIRST_STOP); figure first,
# whatever stood before "và" (group AB xo5)
COUNTED_CLAUSE_AFTER = regexcache.compile(
    r"""\s*(?:(?i:các|những)\s+)?          # a determiner ("100% các đại biểu")
        \p{Ll}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,5}?  # the things counted, lower case, a few words
        [ \t]+(?i:có|đạt|được)(?![\p{L}\p{M}])  # what they have, reach or are given""", regex.VERBOSE)
INDICATOR_WORD = regexcache.compile(r"(?i)(?:chỉ\s+tiêu|tiêu\s+chí)(?![\p{L}\p{M}])")
# How the work went, closing a subject stretch: "… được triển khai quyết liệt", "… được thực hiện đồng bộ, hiệu quả"
DESCRIBED_TAIL = regexcache.compile(
    r"(?i)\s+(?:đã\s+|tiếp\s+tục\s+)?được\s+(?:\p{L}+\s+){1,3}?"
    r"(?:quyết\s+liệt|đồng\s+bộ|hiệu\s+quả|kịp\s+thời|tích\s+cực|thường\s+xuyên|chặt\s+chẽ|nghiêm\s+túc|sâu\s+rộng)"
    r"(?:\s*,?\s*(?:quyết\s+liệt|đồng\s+bộ|hiệu\s+quả|kịp\s+thời|tích\s+cực|chặt\s+chẽ))*\s*$"
    # or who carried it out, and how, before the figures: "Công tác thu ngân sách nhà nước | được huyện Duy Xuyên tập
    # trung thực hiện khá hiệu quả với tổng thu … ước 791 tỷ đồng" (train 022)
    r"|\s+(?:đã\s+|tiếp\s+tục\s+)?được\s+(?:(?:huyện|tỉnh|xã|thị\s+xã|thành\s+phố|phường|ngành|các\s+cấp)\s+)?"
    r"(?:(?-i:\p{Lu})[\p{L}\p{M}]*\s+){0,3}(?:tập\s+trung|quan\s+tâm|chú\s+trọng|đẩy\s+mạnh)(?![\p{L}]).*$"
    # or how it fares, before the figures: "Sản xuất công nghiệp | ổn định và có dấu hiệu tăng trưởng tích cực ước đạt …"
    # (not a manner of the measure itself: "tốc độ tăng trưởng cao và ổn định")
    r"|(?<!(?<![\p{L}])(?:và|cao|khá|nhanh))\s+(?:tiếp\s+tục\s+)?(?:ổn\s+định|có\s+dấu\s+hiệu\s+(?:tăng|phục\s+hồi)|phát\s+triển\s+(?:ổn\s+định|tích\s+cực|khá))"
    r"(?![\p{L}])(?:\s*(?:,|và)\s+[^,;]*)?\s*$"
)
# A named place and "có" inside a stretch: the place that has what the figure measures
PLACE_HAVING = regexcache.compile(
    r"(?i)\s+(?:huyện|tỉnh|xã|thị\s+xã|thành\s+phố|phường|quận)\s+(?-i:\p{Lu}[\p{L}\p{M}’']*)"
    r"(?:\s+(?-i:\p{Lu}[\p{L}\p{M}’']*)){0,3}\s+có(?![\p{L}\p{M}])"
)
# The place a quantity is of, or where it was counted, at the subject's end: no part of what is measured ("Tổng vốn
# đầu tư nước ngoài | của tỉnh Bà Rịa - Vũng Tàu", "Tổng thu ngân sách năm 2023 | tại Quận 1"); only a level word
# and a name is cut: a bare level word stays ("tỷ lệ bao phủ BHYT của huyện"), and so does a body ("của Sở", "của
# Nhân dân": whose satisfaction, whose spending may be what is measured). A bracket after the subject that dates the
# figure is cut too ("… | (tính đến ngày 12/12/2023)").
OWNER_TAIL = regexcache.compile(
    r"""(?:
        \s+(?i:của|tại|ở)\s+                              # "của", "tại", "ở"
        (?:(?i:""" + lexicon.place_level_words() + r""")|TP\.?|TX\.?|Tp\.?)\s+  # a level word: "tỉnh", "TP."
        (?:""" + _PLACE_WORD + r"""|\d{1,2}(?!\d))            # the name's first word or number: "Bà", "3" ("Quận 3")
        (?:(?:[ \t]+|[ \t]*[-–][ \t]*)(?:""" + _PLACE_WORD + r"""|\d{1,2}(?!\d)))*  # more words, a dash, a number: "Rịa - Vũng Tàu", "Quận 1"
      | \s*\((?i:tính\s+)?(?i:đến|tới)\s[^()%\n]{1,60}\)   # a dating bracket: "(tính đến ngày 12/12/2023)"
    )\s*$""",
    regex.VERBOSE,
)


def _owner_cut(seg: str, offset: int, stop: int) -> int:
    """Where the subject in ``seg[offset:stop]`` ends without the named places and dating brackets after it
    (OWNER_TAIL, repeatedly); at least two words stay."""
    while True:
        tail = OWNER_TAIL.search(seg, offset, stop)
        if not tail or len(seg[offset : tail.start()].split()) < 2:
            return stop
        stop = tail.start()


def _tail_cut(seg: str, offset: int, stop: int, start: int, bare: int | None) -> tuple[int, int | None]:
    """(where the subject in ``seg[offset:stop]`` ends, where it ends without a plain time kept after it) once the
    named places and dating brackets after it (``_owner_cut``) and a trailing time (TRAILING_TIME, ``_time_kept``; the
    places again before that time: "… của tỉnh A | trong năm 2023 đã") are cut; ``bare`` is returned as given when no
    time is found; ``start`` is ``seg``'s offset."""
    stop = _owner_cut(seg, offset, stop)
    tt = TRAILING_TIME.search(seg, offset, stop)
    if tt:
        stop, bare = _time_kept(seg, tt, stop, start)
        stop = _owner_cut(seg, offset, stop)
    return stop, bare


# A negative figure said in words, a fall ("tăng trưởng âm 1,4%", "khu vực 1 âm 5,31%"; the change verbs of
# resources/change_cues.tsv): the word is no part of the subject
NEGATIVE_WORD = regexcache.compile(r"(?i)(?:tăng\s+trưởng\s+)?âm")
# An abbreviation ("BHXH", "GRDP"): a list element as a lower-case word is
ABBREVIATION = regexcache.compile(r"\p{Lu}{2,}(?![\p{Ll}\p{M}])")
# A source opening a stretch ("Theo báo cáo …", "Theo số liệu thống kê …"): the measured quantity comes after
SOURCE_LEAD = regexcache.compile(r"(?i)\s*theo\s+(?:số\s+liệu|báo\s+cáo|thống\s+kê|đánh\s+giá|kết\s+quả)")
# An outlet's dateline opening the first paragraph: "TPO - ", "(GLO)- ", "(QNO) - ", "VOV.VN - " (no subject)
DATELINE = regexcache.compile(r"\s*(?:\([^()\n]{2,25}\)|\p{Lu}[\p{Lu}.]{1,9}(?:\.VN)?)\s*[-–]\s+(?=\p{Lu})")
# A measure naming no quantity of its own ("tốc độ tăng trưởng", "mức tăng"): after a verb, the quantity is
# what stands before the verb
# A hedge closing a predicate chain ("dự kiến", "ước", "ước tính"), and growth named bare after it
HEDGE_VERB = regexcache.compile(r"(?i)(?<![\p{L}])(?:dự\s+kiến|ước(?:\s+tính)?)\s*$")
BARE_GROWTH = regexcache.compile(r"(?i)tăng\s+trưởng(?:\s+(?:bình\s+quân|khoảng|gần|trên|hơn))?")
# Where a change starts, named between its verb and the first figure: "giảm từ đầu kỳ 48,9% (năm 2010) xuống còn
# 20,24%", "tăng từ đầu nhiệm kỳ 35% lên 62%" (fresh iv02): a time, no thing measured
CHANGE_START_POINT = regexcache.compile(r"(?i)từ\s+(?:đầu|cuối)\s+(?:nhiệm\s+)?(?:kỳ|năm|giai\s+đoạn)")
# A value or a rate named without what it is of ("tổng giá trị", "tốc độ tăng trưởng cao")
BARE_VALUE_OR_RATE = regexcache.compile(
    r"(?i)(?:tổng\s+)?giá\s+trị|(?:tốc\s+độ|mức)\s+(?:tăng\s+trưởng|tăng|giảm)(?:\s+(?:bình\s+quân|cao|khá|thấp))?"
)
GENERIC_MEASURE = regexcache.compile(
    r"(?i)(?:tốc\s+độ|mức|tỷ\s+lệ|tỉ\s+lệ)\s+(?:tăng\s+trưởng|tăng|giảm)(?:\s+bình\s+quân)?"
)
# A preposition left at a subject's end by the amount cut off after it ("giải quyết việc làm cho 2.500 lao động")
# (and "ở (mức)", the level's: "giữ tỷ lệ nợ quá hạn ở | dưới mức 0,05%", "tăng trưởng ở mức | 8%"; and an adverb
# of time after a comma: "số hộ nghèo theo tiêu chí đa chiều, hiện | còn 56.640 hộ, chiếm 1,97%")
DANGLING_END = regexcache.compile(
    r"(?i)(?<=[\p{L}\p{M}])(?:\s+(?:cho|với|của|tại|từ|ở(?:\s+mức)?)|\s*,\s*(?:hiện\s+nay|hiện|nay|đến\s+nay))\s*$"
)
# Words that name nothing measured, left alone as a subject by the readings around verbs and figures
# (nor a predicate left alone once an amount and a time are dropped: "…; lũy kế năm 2025 ước đạt gần 48 nghìn tỷ đồng, bằng
# 90,1% dự toán" measures the quantity of the clause before)
# (nor the period compared with, alone: "… tăng 8,05% so với cùng kỳ năm 2015 (| cùng kỳ tăng 7,72%)" measures the
# quantity before; group Z wx5)
JUNK_SUBJECT = regexcache.compile(
    r"(?i)(?:và|hoặc|cùng|với|trở\s+lên|nhất|không|chưa|có|(?:ước\s+)?(?:đạt|thực\s+hiện|tính)|ước"
    r"|" + _SAME_PERIOD + r")")
# "và" and a bare growth word before a figure: the same quantity again ("… đạt 103% kế hoạch và tăng trưởng 10,3%")
AND_GROWTH = regexcache.compile(
    r"(?i)(?<=(?<![\p{L}])và\s{1,3})(?:mức\s+)?tăng(?:\s+trưởng)?(?:\s+(?:bình\s+quân|hằng\s+năm|hàng\s+năm))?")  # ("và" is a lead-in, left out)
# A verb reaching or having a quantity named after it, where it opens the subject (after a place at most): "đạt tổng
# sản lượng lương thực …", "trên địa bàn xã có tổng giá trị sản xuất" (sets AU, AY, AZ)
REACH_BEFORE_QUANTITY = regexcache.compile(r"(?i)(?:trên\s+địa\s+bàn(?:\s+[^\s,;:]+){1,4}?\s+)?(?:đã\s+)?(?:đạt|có)\s+")
# A light verb opening an activity ("thực hiện chi trả các chế độ", "tiến hành kiểm tra 120 cơ sở"): the activity
# is what is measured (not "thực hiện được 9 công trình": then the verb itself, its object counted)
LIGHT_VERB = regexcache.compile(r"(?i)(?:thực\s+hiện|tiến\s+hành)\s+(?:việc\s+)?(?!được(?![\p{L}\p{M}]))(?=\p{L})")
# A bare growth word opening a stretch after a comma, right before its figure: the verb of the quantity the clause
# measures ("sản lượng điện thương phẩm đạt 1.199 triệu kWh, | tăng trưởng 4,51% so với năm 2021"; set AX)
BARE_GROWTH = regexcache.compile(r"(?i)(?:ước\s+)?tăng\s+trưởng")


def _growth_verb_opens(text: str, stretch_start: int, found: tuple[int, int], only: regex.Pattern = BARE_GROWTH) -> bool:
    """Whether the subject ``found`` is only ``only`` (BARE_GROWTH), with nothing but fillers before it in its stretch."""
    return (only.fullmatch(text, *found) is not None
            and _filler_only().fullmatch(text, stretch_start, found[0]) is not None)


# A rate of rise naming nothing it is of ("tốc độ tăng", "tốc độ gia tăng", "tốc độ tăng bình quân"; not "tốc độ tăng
# trưởng", "tốc độ tăng GRDP", which annotators keep as the subject): opening the stretch after an amount, the rise of
# the quantity that amount measures ("Giá trị sản xuất … đạt 27.844 tỷ đồng, | tốc độ tăng 6,35%"; fresh et03, fu05, ki05)
BARE_RISE_RATE = regexcache.compile(r"(?i)tốc\s+độ(?:\s+gia)?(?:\s+tăng)?(?:\s+bình\s+quân)?")
# An amount of anything counted or measured: a number (no year) and the word it counts ("27.844 tỷ đồng", "1.249 người")
COUNTED_AMOUNT = regexcache.compile(r"(?<![\p{L}\p{N}/.,])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*\s+\p{L}")


def _bare_rise_rate_after_amount(text: str, stretch_start: int, found: tuple[int, int], before: tuple[int, int]) -> bool:
    """Whether ``found`` is only BARE_RISE_RATE with nothing but fillers before it in its stretch, and the stretch
    ``before`` names an amount."""
    return _growth_verb_opens(text, stretch_start, found, BARE_RISE_RATE) and COUNTED_AMOUNT.search(text, *before) is not None

# A measure word alone ("diện tích", "năng suất", "sản lượng"): after a comma it measures the thing named before it.
BARE_MEASURE = regexcache.compile(r"(?i)diện\s+tích|năng\s+suất|sản\s+lượng|giá\s+trị|doanh\s+thu|số\s+lượng")
# ", cao hơn 2,2%", ", thấp hơn 0,4%": the figure compares the quantity measured just before (in a bracket too:
# "… 86,5% (thấp hơn 4,5% so với chỉ tiêu)", group BA ba5)
COMPARED_STRETCH = regexcache.compile(
    r"(?i)\s*\(?\s*(?:cao|thấp|nhiều|ít)\s+hơn"
    # (or the reference between: "cao hơn bình quân toàn quốc 0,2%", "thấp hơn mức chung của tỉnh 1,1%")
    r"(?:\s+(?:so\s+với\s+)?(?:bình\s+quân|mức|trung\s+bình|cùng\s+kỳ|năm|kế\s+hoạch|chỉ\s+tiêu)(?:\s+[\p{L}\p{M}\p{N}]+){0,4})?\s*"
)
# A clause opening with a bare measure word before its figure ("Mức tăng trưởng khoảng 7,38%", "Tỷ lệ
# đạt 95%"): group "w"
MEASURE_WORD_ONLY = regexcache.compile(
    r"(?i)\s*(?P<w>(?:mức\s+tăng(?:\s+trưởng)?|tỷ\s+lệ(?:\s+tăng|\s+giảm)?|tỉ\s+lệ|tỷ\s+trọng|tỉ\s+trọng))"
    r"(?:\s+(?:khoảng|đạt|ước\s+đạt|là|ở\s+mức|hơn|trên|gần|dưới|ước))*\s*$"
)
# A reference that is a period before (the one compared with by "cao/thấp hơn … so với …", "vượt … so với …").
PAST_REFERENCE = regexcache.compile(r"(?i)(?:so\s+với\s+)?" + _PAST_PERIOD)
# A comparison with the period before, then the figure: "cao hơn cùng kỳ năm 2016 là 0,17%", "thấp hơn năm trước 0,3%"
COMPARED_PAST_AHEAD = regexcache.compile(
    r"(?i)(?<![\p{L}])(?P<w>cao|thấp)\s+hơn\s+(?:so\s+với\s+)?" + _PAST_PERIOD     # the comparison, the period
    + r"(?:\s+là)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$"                            # "là", a qualifier
)
# A topic opening a label ("Về giáo dục:", "Lĩnh vực y tế:", "Đối với nông nghiệp:"): what the clause is about
TOPIC_LABEL = regexcache.compile(r"(?i)\s*(?:[-+•*]\s*)?(?:về|(?:trong\s+|trên\s+)?lĩnh\s+vực|đối\s+với)(?![\p{L}\p{M}])")
# "đến" right before a figure ("… đến 11,7%"): up to, or as much as
STRESSED_LEVEL = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])đến\s*$")
# An adjective compared right before "hơn" ("cao hơn 2,2%", "thấp hơn 0,4%"): "hơn" is "than"
COMPARATIVE = regexcache.compile(r"(?i)(?<![\p{L}])(?:cao|thấp|nhiều|ít|lớn|nhỏ|nhanh|chậm)\s*$")
# A stretch opening with a comparison and closing on a reference, then the figure in brackets: the
# reference's value of the quantity measured before ("…, cao hơn so với năm 2021 (5,04%)", "…, vượt chỉ
# tiêu Nghị quyết giao (7,5-8%)", "…, vượt mục tiêu đặt ra (9%)")
REFERENCE_BRACKET = regexcache.compile(
    r"(?i)\s*(?:cao\s+hơn|thấp\s+hơn|vượt|so\s+với|bằng|đạt|không\s+đạt|chưa\s+đạt)(?![\p{L}])"   # the comparison
    r"[^,;()]{0,80}?(?:năm\s+\d{4}|năm\s+trước|cùng\s+kỳ|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|dự\s+toán|"
    r"nghị\s+quyết)[^,;()]{0,50}\(\s*(?:khoảng|hơn|trên|gần|từ\s+)?\s*"                     # the reference, "("
)


# A level word of resources/place_levels.tsv or another unit of places counted ("thôn", "làng", "tổ dân phố")
_UNIT_WORDS = r"(?:" + lexicon.place_level_words() + r"|làng|khu\s+dân\s+cư|cơ\s+quan)"
# A stretch that is only one of them
LEVEL_WORD_ONLY = regexcache.compile(r"(?i)" + _UNIT_WORDS)
# A list element opening with one of them or "đơn vị" ("tổ dân phố …", "khu phố …", "cơ quan …")
LEVEL_WORD_OPENING = regexcache.compile(r"(?i)(?:" + _UNIT_WORDS + r"|đơn\s+vị)(?![\p{L}\p{M}])")
# A subject that is one lower-case word (a counter noun: "xã", "hộ", "thôn")
BARE_UNIT = regexcache.compile(r"\p{Ll}[\p{L}\p{M}]*")


def _described_count(text: str, unit_start: int, unit: str) -> tuple[int, int] | None:
    """For a bare counter noun after a number ("… lên 98 | xã"), the same noun described after an earlier number in
    its sentence ("có thêm 9 | xã đạt chuẩn nông thôn mới |,"), as a span; else None."""
    if not rx(r"\d[\d.,/]*\s+$").search(text, max(0, unit_start - 16), unit_start):
        return None
    lo = max(0, unit_start - 200)
    stop = max(text.rfind(c, lo, unit_start) for c in ".;\n")
    found = None
    for m in rx(r"(?<![\d.,])\d[\d.,]*\s+(?P<u>" + regex.escape(unit) + r")\s+(?P<d>[^,;.()\d]{3,80}?)\s*(?=,)").finditer(
            text, max(lo, stop + 1), unit_start):
        found = (m.start("u"), m.end("d"))
    return found


# "từ" right before a figure bounded after it ("từ 85% … trở lên")
FROM_OPENING_BOUND = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])từ\s*$")
# "như" (or a colon) right before a verb reaching a figure: an example of what was named before it
EXAMPLE_OPENS = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])như\s+|:\s*")
# A count's level opening a subject ("còn 3.747 | hộ nghèo", "xuống còn 25 | hộ"): what is counted follows it
LEVEL_COUNT_OPENING = regexcache.compile(r"(?i)(?:(?:giảm\s+)?(?:xuống\s+)?còn)\s+\d[\d.,]*\s+(?=\p{L})")
# "…, tương ứng 6,7%", "…, tương đương với 12%": the figure restates the clause before it
RESTATED = regexcache.compile(
    r"(?i)\s*(?:tương\s+ứng|tương\s+đương)(?:\s+(?:với|mức))?\s*(?:(?:tăng|giảm)\s+)?(?:khoảng|hơn|trên|gần)?\s*"
)  # (the verb may be said again: "giảm 120 hộ, tương ứng giảm 1,2%")
# Where the absolute change a relative figure restates opens: a comma (not a decimal one) or a bracket
CHANGE_OPENER = regexcache.compile(r"(?<!\d),|,(?!\d)|\(")
# an absolute change: "tăng 79.261 người", "giảm 1.200 hộ"
# (and what it is against: "tăng 425 triệu USD so với cùng kỳ năm 2016")
_ABSOLUTE_CHANGE = (r"\s*(?P<dir>tăng|giảm)\s+(?:thêm\s+)?(?:hơn\s+|gần\s+|khoảng\s+)?\d[\d.,]*\s+\p{L}[^,%()]{0,30}"
                    r"(?:\s+so\s+với\s+[^,%()]{1,30})?\s*")
ABSOLUTE_CHANGE = regexcache.compile(r"(?i)" + _ABSOLUTE_CHANGE)
# … with what changed named before it: "số vụ giảm 216 vụ", "Số hộ nghèo giảm 120 hộ"
HEADED_ABSOLUTE_CHANGE = regexcache.compile(r"(?i)\s*(?P<s>[^,;:()%\d]{2,60}?)(?<=\p{L})\s+(?=(?:tăng|giảm)\s)" + _ABSOLUTE_CHANGE)
# Times inside a subject ("GRDP 9 tháng năm 2022", "chỉ số sản xuất tháng 9-2023", "vụ Đông năm 2024-2025"):
# their numbers are no figure.
_TIME_PHRASE = (
    r"(?<![\p{L}\p{N}])(?:\d{1,2}\s*tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+\d{4})?"  # "9 tháng (đầu) năm 2022", "9tháng"
    r"|(?:tháng|quý)\s+[\dIVX]{1,4}(?:\s*[-/.]\s*\d{4}|\s+năm\s+\d{4})?"               # "tháng 9-2023", "quý IV/2025"
    r"|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    r"|(?<=vụ\s+(?:\p{L}+\s+){1,2})(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?"  # a crop season's years: "vụ Đông Xuân 2022-2023"
    r")(?![\p{N}])"
)
TIME_EXPR = regexcache.compile(r"(?i)" + _TIME_PHRASE)
NAMED_YEAR = regexcache.compile(r"(?i)(?<![\p{L}])năm\s+(?:19|20)\d\d(?![\d%]|[.,]\d)")
YEAR_SPAN = regexcache.compile(r"(?<![\d.,/])(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?![\d%]|[.,]\d)")

# A subject that is only a time ("6 tháng qua", "quý I năm 2025", "trong 9 tháng đầu năm")
TIME_ONLY = regexcache.compile(
    r"(?i)\s*(?:trong\s+)?(?:" + _TIME_PHRASE + r"|năm\s+\d{4})(?:\s+(?:qua|vừa\s+qua|này|nay))?\s*"
    # or a moment reached: "Đến thời điểm 31/12/2019", "Tính đến thời điểm hiện tại"
    r"|\s*" + _MOMENT + r"\s*"
    # or a level of government: "… đúng hạn cấp xã đạt trên 99%, cấp huyện đạt trên 98%" (set AL)
    r"|\s*(?:ở\s+|tại\s+)?cấp\s+(?:xã|huyện|tỉnh|cơ\s+sở|trung\s+ương|thành\s+phố|quận|phường)\s*"
)


def _next_predicate(preds: list[regex.Match], pos: int, end: int) -> int:
    """Where the first of ``preds`` at or after ``pos`` starts, else ``end``: what is named from a position runs up
    to its next predicate."""
    return next((p.start() for p in preds if p.start() >= pos), end)


def last_verb_is(text: str, chain: list[int], verb: str) -> bool:
    """Whether a predicate chain ``[start, end)`` ends with ``verb``."""
    return text[chain[0] : chain[1]].lower().split()[-1:] == verb.split()[-1:]


def _mask_remarks(text: str) -> str:
    """``text`` with brackets, ages and times blanked (same length): numbers that are no figure.

    >>> _mask_remarks("GRDP 9 tháng năm 2022 của tỉnh")
    'GRDP                  của tỉnh'
    """
    blank = lambda m: " " * len(m.group())  # noqa: E731
    masked = GRADE_EXPR.sub(blank, TIME_EXPR.sub(blank, AGE_EXPR.sub(blank, _mask_brackets(text))))
    if "năm" in masked:  # a year named inside ("tốc độ tăng trưởng GRDP năm 2025 của Quảng Ninh"; set AH)
        masked = NAMED_YEAR.sub(blank, masked)
    if "-" in masked or "–" in masked:  # a span of years ("gieo trồng vụ đông - xuân 2019-2020"; fresh 196)
        masked = YEAR_SPAN.sub(blank, masked)
    if "“" in masked or '"' in masked:
        masked = QUOTED.sub(blank, masked)  # a quoted name ("“Gia đình 5 không, 3 sạch”")
    if "1" in masked and ("trên" in masked or "mỗi" in masked):
        masked = PER_ONE.sub(blank, masked)  # what a rate is per ("giá trị sản phẩm thu được trên 1 ha đất trồng trọt")
    if "quân" in masked:
        masked = AVERAGE_OVER.sub(blank, masked)  # whose average ("lãi bình quân của 01 hợp tác xã")
    return NAMED_NUMBER.sub(blank, masked) if "-" in masked else masked


def _mask_brackets(text: str) -> str:
    """``text`` with what stands in round brackets blanked (same length).

    >>> _mask_brackets("giá trị (giá 2010) tăng")
    'giá trị (        ) tăng'
    """
    return rx(r"\(([^()]*)\)").sub(lambda m: "(" + " " * len(m.group(1)) + ")", text)


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    """Who does something ("toàn huyện", "xã"): the heads of resources/subject_actors.txt.

    The head (last word) of each actor: "thành phố" gives "phố", not "thành" ("thành lập mới 04 HTX").
    """
    words = {lexicon.fold_key(w).split()[-1] for w in load_list("subject_actors.txt")}
    return frozenset(words | {"toàn", "cả", "ngành"})


# How many comma-separated stretches before a figure's own one are searched for its subject.
MAX_STRETCHES_BACK = 8
# A plan named as what a figure is held to, and nothing else: "chỉ tiêu đại hội", "mục tiêu Đại hội", "chỉ tiêu Nghị
# quyết", "chỉ tiêu giao"
PLAN_REFERENCE_ONLY = regexcache.compile(
    r"(?i)(?:(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:đại\s+hội|nghị\s+quyết|năm(?:\s+\d{4})?|đề\s+ra|giao|được\s+giao|của\s+đại\s+hội|kế\s+hoạch"
    r"|tỉnh|huyện|xã|thành\s+phố|HĐND|UBND|Chính\s+phủ|trung\s+ương))+(?:\s+là)?"
    # (a budget or plan with who set it: "hoàn thành vượt dự toán pháp lệnh (bằng 107,1% …)", fresh mi4)
    # (or abbreviated: "…, đạt 116,6% KH tỉnh giao, 96,9% KH huyện giao", fresh iu01)
    # (and its year: "…, đạt kế hoạch năm 2024 và tăng 0,57% so với năm 2023", fresh sl2)
    r"|(?:dự\s+toán|kế\s+hoạch|(?-i:KH))(?:\s+(?:pháp\s+lệnh|năm(?:\s+\d{4})?|giao|được\s+giao|đề\s+ra|HĐND|UBND|tỉnh|huyện|trung\s+ương))*)"
    r"(?:\s+và)?")  # (before the change that follows: "… đạt kế hoạch năm 2024 và | tăng 0,57%")
# A dash after a figure, a word after it: the next item of a list of shares ("15,7% - công nghiệp, xây dựng 45,9%"; not
# a range's: "5% - 7%"; nor the same figure's change after it: "đạt 11,9% - tăng 2,1% so với năm 2020")
FIGURE_DASH = regexcache.compile(
    r"\d\s*%\s*[-–]\s*(?=\p{L})(?!(?i:tăng|giảm|đạt|bằng|vượt|chiếm|là|ước)(?![\p{L}\p{M}]))")
# A breakdown opened right after a figure, with no comma: "đạt 145,84% trong đó thu thuế …"
BREAKDOWN_AFTER_FIGURE = regexcache.compile(r"(?i)\d\s*%\s+(?P<t>trong\s+đó)(?![\p{L}\p{M}])")
# How far back a clause mark is looked for (as components._base.clause_bounds does by default).
CLAUSE_WINDOW = 600


class PercentageExtractor:
    """spaCy component: finds percentages in ``doc.text``.

    It keeps no state between documents (it may be shared between threads):
    each document is read by its own :class:`_Scan`.
    """

    def __init__(self, nlp: Language | None = None, name: str = "vnreport_percentages"):
        self.name = name
        self.cues = cues()

    def __call__(self, doc: Doc) -> Doc:
        for item in self.match(doc):
            self.set_annotations(doc, item)
        return doc

    def match(self, doc: Doc) -> list[dict]:
        bounds = doc.user_data.get("vnreport_bounds")  # (our tokenizer's offsets: only the ends' set is needed)
        ends = set(bounds[1]) if bounds is not None else token_bounds(doc)[2]
        return _Scan(self.cues, ends).items(doc_text(doc), years_of(doc))

    def set_annotations(self, doc: Doc, item: dict) -> None:
        add_item(doc, "percentages", item, item["start"], item["end"], "PERCENT")


class _Scan:
    """One document's reading: the cue vocabulary and where the document's words end."""

    def __init__(self, cues: _Cues, word_ends: set[int] | None = None):
        self.cues = cues
        self._word_ends = word_ends
        # memos of pure functions of this document's text: neighbouring figures ask for the same
        # clauses and stretches (linear cost on long runs of figures)
        self._before: dict[tuple[int, int], tuple[int, int]] = {}
        self._heads: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._clause_subjects: dict[int, tuple[int, int, int, int] | None] = {}
        self._stretch_ends: dict[int, bool] = {}  # comma position -> whether it ends a stretch (_stretch_commas)

    def items(self, text: str, years: Years) -> list[dict]:
        out: list[dict] = []
        plan_year = years.plan_year
        if plan_year is not None and plan_year == years.report_year:
            plan_year = None  # a mid-year review: the year's own figures are not targets
        growth_parts: set[int] = set()  # positions in ``out`` of the parts of a growth rate that took its rise
        for m in PERCENT.finditer(text):
            values = []
            lo = m.group("lo") or m.group("lo2")
            if lo:
                values.append((m.start("lo") if m.group("lo") else m.start("lo2"), lo, "low"))
                values.append((m.start("num"), m.group("num"), "high"))
            elif m.group("lo3"):
                # "87,4/86%": the result, then its plan, each a figure of its own (no range)
                values.append((m.start("lo3"), m.group("lo3"), "pair"))
                values.append((m.start("num"), m.group("num"), None))
            else:
                values.append((m.start("num"), m.group("num"), None))
            for start, raw, bound in values:
                try:
                    value = parse_number(raw)
                except ValueError:
                    continue
                end = m.end() if bound not in ("low", "pair") else start + len(raw)
                if bound == "low":
                    # "5%-7%": the low figure has its own sign
                    tail = rx(r"\s*%").match(text, end)
                    if tail:
                        end = tail.end()
                item = self.describe(text, m, start, end, value, plan_year)
                named = _bracketed_quantity(text, start)
                if named and (item["subject"] is None or item["subject_start"] < named[0]):
                    # "… gồm tốc độ tăng trưởng GRDP (kế hoạch 7,8%) và tỷ lệ trường học đạt chuẩn quốc gia (mới đạt
                    # 57%)": the quantity named right before the bracket (fresh 216, 217)
                    item["subject"], item["subject_start"], item["subject_end"] = text[named[0] : named[1]], *named
                    if item["change"] is None and _growth_rate(item["subject"]):
                        item["change"] = "increase"  # "tốc độ tăng trưởng GRDP (kế hoạch 7,8%)": a growth rate, a rise
                if bound == "high" and m.group("hq"):  # "từ 70 đến dưới 100%": under the high bound
                    item["qualifier"] = self.cues.qualifier.get(lexicon.fold_key(m.group("hq")), item["qualifier"])
                if (bound == "low" and item["qualifier"] != "exact" and BOUND_AFTER.match(text, m.end())
                        and not self.cues.before.search(text, clause_bounds(text, start)[0], start)):
                    # "từ 10-12% trở lên": "trở lên" bounds the high figure; the low one is exact (train 419)
                    item["qualifier"] = "exact"
                prev = out[-1] if out else None
                # (a figure naming what it counts after it, "…, 100% khu dân cư đạt văn hóa", shares nothing)
                counts_own = item["subject"] is not None and item["subject_start"] >= end
                if prev is not None and bound is None and not counts_own and (
                    SHARED_GAP.fullmatch(text, prev["end"], start)
                    # "tăng 1,0% so với kế hoạch, 22,5% so với cùng kỳ": one change against two references
                    or (REFERENCED_GAP.fullmatch(text, prev["end"], start) and REFERENCE_NEXT.match(text, end))
                ):
                    # "tăng lần lượt 5,2% và 7,1%", "83,2%/50%": the second figure shares the first's
                    # subject and change
                    for key in ("subject", "subject_start", "subject_end"):
                        item[key] = prev[key] if prev["subject"] else item[key]
                    item["change"] = item["change"] or prev["change"]
                # the stretch before the figure, in the sentence of the figure before (within 200 characters)
                stretch = self._stretch_after(text, prev["end"], start) if prev is not None and start - prev["end"] < 200 else None
                if bound == "high" and prev is not None and prev["range_bound"] == "low":
                    # "(7,5-8%)": both bounds measure one thing
                    for key in ("subject", "subject_start", "subject_end", "change"):
                        item[key] = prev[key]
                elif stretch is not None and REFERENCE_BRACKET.fullmatch(text, stretch, start):
                    # "tăng trên 10%, cao hơn so với năm 2021 (5,04%)": the reference's value of what the figure
                    # before measures
                    if prev["subject"]:
                        for key in ("subject", "subject_start", "subject_end"):
                            item[key] = prev[key]
                    item["change"] = item["change"] or prev["change"]
                elif prev is not None and prev["subject"] and PERIOD_BEFORE_BRACKET.fullmatch(text, prev["end"], start):
                    # "tăng 8,05% so với cùng kỳ năm 2015 (cùng kỳ tăng 7,72%)": the same quantity in the period
                    # compared with (group Z wx5)
                    for key in ("subject", "subject_start", "subject_end"):
                        item[key] = prev[key]
                    item["change"] = item["change"] or prev["change"]
                elif prev is not None and prev["subject"] and (
                        BRACKETED_CHANGE.fullmatch(text, prev["end"], start)
                        # (or after what the share "có" before counts: "có 81,62% số hộ … “Gia đình văn hóa” (tăng 2% …)";
                        # not an object's share, "tưới chủ động cho 76% diện tích lúa (tăng 2%)")
                        or (prev["subject_start"] >= prev["end"]
                            and (HAVE_BEFORE_FIGURE.search(text, max(0, prev["start"] - 30), prev["start"])
                                 # (or a count's share in brackets: "có 6.084/7.669 xã (79,3%) đạt chuẩn … (tăng
                                 # 10,6% …)"; group AB xp4)
                                 or COUNT_SHARE_OPEN.search(text, max(0, prev["start"] - 40), prev["start"]))
                            and BRACKETED_CHANGE.fullmatch(text, prev["subject_end"], start))):
                    # "tỷ lệ che phủ rừng 38,6% (tăng trên 0,14%)": how much the level just given rose or fell
                    for key in ("subject", "subject_start", "subject_end"):
                        item[key] = prev[key]
                elif (prev is not None and prev["subject"] and start - prev["end"] < 120
                        and COMPARED_STRETCH.fullmatch(text, self._compared_opening(text, prev["end"], start, stretch), start)):
                    # "khoảng 7,38%, cao hơn 2,2% so với năm 2023": how much higher the same quantity is (or in the
                    # bracket after it: "86,5% dân số (thấp hơn 4,5% so với chỉ tiêu)")
                    for key in ("subject", "subject_start", "subject_end"):
                        item[key] = prev[key]
                if prev is not None and prev["subject"] and FROM_TO.fullmatch(text, prev["end"], start):
                    # "giảm tỷ lệ hộ nghèo từ 18,9% năm 2022 xuống còn 14,03%": the level reached, of the same quantity
                    for key in ("subject", "subject_start", "subject_end"):
                        item[key] = prev[key]
                planned = prev["subject"] and REFERENCE_VALUE.fullmatch(text, prev["end"], start) if prev is not None else None
                if planned and not (planned.group("over") and not planned.group("bracket") and value < prev["value"] / 2):
                    # "tỷ lệ đô thị hóa (38% so với kế hoạch là 40%)", "(đạt 34,4% - KH là 30%)", "…, nằm trong khoảng
                    # chỉ tiêu 7,5-8%": the planned value of what the figure before measures (after "vượt", near the
                    # figure: "tăng 12%, vượt kế hoạch 2%" is by how much it was exceeded, unless the plan's figure
                    # stands in its own bracket: "tăng 72%, vượt kế hoạch đề ra (NQ tăng 12%)", group AN zbb5)
                    for key in ("subject", "subject_start", "subject_end"):
                        item[key] = prev[key]
                    if prev["change"] is not None:
                        item["change"] = item["change"] or prev["change"]
                    elif not CHANGE_WORD.search(text, prev["end"], start):
                        # "tỷ lệ nợ quá hạn 0,25% so chỉ tiêu dưới 0,22%" after "tăng trưởng tín dụng đạt 99,76%": the
                        # plan of a level is a level (the growth read from a subject before the comma is none of it)
                        item["change"] = None
                if item["subject"] and TIME_ONLY.fullmatch(item["subject"]):
                    # "Tăng trưởng GRDP quý I đạt 12,37% và 6 tháng qua đã tăng 7,23%": a time (or a level) names no quantity;
                    # in the sentence of the figure before, it is the quantity that figure measures
                    same = prev is not None and prev["subject"] and start - prev["end"] < 200 and not rx(r"[.;!?\n]").search(
                        text, prev["end"], start)
                    for key in ("subject", "subject_start", "subject_end"):
                        item[key] = prev[key] if same else None
                if (prev is not None and prev["subject"] and not (item["subject"] and REGARDING_AFTER.match(text, end, end + AFTER_REACH))
                        and (not item["subject"] or item["subject_start"] >= prev["end"]
                             # (or one named before the figure before's own: "giá xăng dầu tăng nên tính chung chỉ số
                             # giá tiêu dùng tăng 0,11% so với tháng trước, | tăng 7,34% so với cùng kỳ", fresh 122)
                             or item["subject_start"] < prev["subject_start"])
                        and start - prev["end"] < 80 and (NEXT_PREDICATE.fullmatch(text, prev["end"], start)
                                                          or BRACKET_AGAINST.fullmatch(text, prev["end"], start))):
                    # "… đạt 95,1% chỉ tiêu phấn đấu và tăng 25,24% so với cùng kỳ": one more figure of the same
                    # quantity, after the reference of the one before (words of that reference are no subject: "… đạt
                    # 105% chỉ tiêu phấn đấu của ngành nhưng giảm 6,8%")
                    for key in ("subject", "subject_start", "subject_end"):
                        item[key] = prev[key]
                elif (prev is not None and prev["subject"] and prev["subject_start"] >= prev["end"]
                        and prev["subject_end"] <= start and start - prev["subject_end"] < 120
                        and (not item["subject"] or item["subject_start"] < prev["start"])):
                    # figure first, then a bare change after the comma closing what it counts ("… có ít nhất 60% số xã
                    # (khoảng 30 xã) đạt chuẩn nông thôn mới, | tăng khoảng 5% so với năm 2024"): the change is the
                    # share's, not of a clause before (group AB xp5)
                    comma = text.find(",", prev["subject_end"], start)
                    between = text[prev["subject_end"] : comma] if comma >= 0 else ""
                    if (comma >= 0 and not rx(r"[;:\n%]|\.(?!\d)").search(between)
                            and between.count(")") <= between.count("(")  # (nor out of a bracket the share stood in)
                            and NEXT_PREDICATE.fullmatch(text, comma, start)):
                        for key in ("subject", "subject_start", "subject_end"):
                            item[key] = prev[key]
                # (a growth rate's parts, the rate "đạt" again: "tốc độ tăng trưởng kinh tế đạt 8,2%. Trong đó, khu vực
                # nông, lâm nghiệp và thủy sản đạt 4,5%; khu vực dịch vụ đạt 8,6%", fresh 39)
                # (the parts named after "trong đó", or after a part already read so; none measured against a plan:
                # "…; nhóm dịch vụ phân phối truyền thông đạt 113,5% kế hoạch năm")
                of_growth = bool(
                    prev is not None and prev["change"] == "increase" and prev["subject"]
                    and ((GROWTH.search(prev["subject"]) and GROWTH_PARTS_LEAD.match(text, prev["end"]))
                         or len(out) - 1 in growth_parts)
                    and not self.cues.reference.match(text, end))
                if (item["change"] is None and prev is not None and prev["change"] and item["subject"]
                        and bound is None and not RATE_HEAD.match(item["subject"])  # (a rate is a level: "tỷ lệ che phủ rừng")
                        and (not rx(r"[.!?\n]").search(text, prev["end"], start)
                             or (of_growth and GROWTH_PARTS_LEAD.match(text, prev["end"])))):
                    # "công nghiệp tăng 18,2%; dịch vụ 11,86%", "GRDP tăng 8%, trong đó công nghiệp 12%": the verb of
                    # the item before, left out
                    lead = ELIDED_ITEM_LEAD.match(text, prev["end"]) or (
                        GROWTH_PARTS_LEAD.match(text, prev["end"]) if of_growth else None)
                    if (lead and lead.end() == item["subject_start"]
                            and (ELIDED_ITEM_GAP.fullmatch(text, item["subject_end"], start)
                                 or (of_growth and GROWTH_PART_GAP.fullmatch(text, item["subject_end"], start)))):
                        item["change"] = prev["change"]
                        if of_growth:
                            growth_parts.add(len(out))  # (the next part after ";" takes it from this one)
                if (prev is not None and prev["subject"] and prev["change"] and bound != "high"
                        and FROM_LEVEL_AFTER.fullmatch(text, prev["end"], start)):
                    # "Tỷ lệ hộ nghèo giảm 0,97%, | từ 7,57% năm 2014 xuống còn 6,60%": the levels of the quantity that
                    # changed, no change of their own ("từ" alone is no subject; fresh 145, two pages)
                    for key in ("subject", "subject_start", "subject_end"):
                        item[key] = prev[key]
                    item["change"] = None
                mark = self._place_item(text, start, prev) if bound != "high" else None
                if mark is not None:
                    # a place's figure in a list of places' figures: the place is no subject (issue 13: never a
                    # place); the quantity is the figure before's, or the one named before the list
                    if prev is not None and prev["end"] <= mark and mark - prev["end"] < 40 \
                            and not SENTENCE_STOP.search(text, prev["end"], mark):
                        for key in ("subject", "subject_start", "subject_end"):
                            item[key] = prev[key]
                        item["change"] = item["change"] or prev["change"]
                    else:
                        named = self._list_quantity(text, mark)
                        item["subject"], item["subject_start"], item["subject_end"] = (
                            (text[named[0] : named[1]], *named) if named else (None, None, None))
                        if named and item["change"] is None and _growth_rate(item["subject"]):
                            item["change"] = "increase"  # "tỷ lệ tăng trưởng": a growth rate, a rise
                restated = self._restated_change(text, start)
                if restated:  # "tăng 79.261 người, tương ứng 6,7%": the absolute change, relative
                    change, (s0, s1) = restated
                    item["change"] = item["change"] or change
                    if s1 > s0 and (not item["subject"] or RESTATED.fullmatch(item["subject"])):
                        item["subject"], item["subject_start"], item["subject_end"] = text[s0:s1], s0, s1
                if bound == "pair":
                    bound = None
                item["range_bound"] = bound
                item["rule"] = "percent.range" if bound else ("percent.words" if "%" not in m.group("sign") else "percent.sign")
                out.append(item)
        self._respectively(text, out)
        for item in out:
            if item["subject"] and item["subject_end"] <= item["start"]:
                kept = KEPT_TIME_END.search(item["subject"])
                if kept and kept.start() > 0 and OTHER_TIME.search(COMPARED_TIME.sub(
                        lambda c: " " * len(c.group()), text[item["subject_end"] : item["start"]])):
                    # "Doanh thu tháng 9 đạt …; lũy kế 9 tháng …, đạt 82%": the time kept names another period
                    item["subject"] = item["subject"][: kept.start()]
                    item["subject_end"] = item["subject_start"] + kept.start()
            if item["subject"] and item["subject_end"] <= item["start"] and BARE_UNIT.fullmatch(item["subject"]):
                described = _described_count(text, item["subject_start"], item["subject"])
                if described:
                    # "có thêm 9 xã đạt chuẩn nông thôn mới, nâng tổng số lên 98 xã, chiếm 62,4%": the bare unit of the
                    # total is what the earlier count of the sentence describes (fresh 218, long35)
                    item["subject"], item["subject_start"], item["subject_end"] = text[described[0] : described[1]], *described
            left = LEVEL_COUNT_OPENING.match(item["subject"]) if item["subject"] else None
            if left and left.end() < len(item["subject"]):
                # "… còn 3.747 hộ nghèo, tương ứng 11,74%": the level a count fell to, then what it counts, measured
                item["subject"] = item["subject"][left.end() :]
                item["subject_start"] += left.end()
            dangling = AND_ENDING.search(item["subject"]) if item["subject"] else None
            if dangling and dangling.start() > 0:
                # "Chỉ số giá tiêu dùng và | …": a subject never ends on "và", the conjunction of the clause it was cut from
                item["subject"] = item["subject"][: dangling.start()]
                item["subject_end"] = item["subject_start"] + dangling.start()
            if item["subject"] and item["subject"].endswith(("...", "…")):
                # "Thu BHXH, BHYT, BHTN... đạt 11.413 tỉ đồng": the ellipsis ends the list, no word of it
                kept = item["subject"].rstrip(" .…,")
                if kept:
                    item["subject_end"] -= len(item["subject"]) - len(kept)
                    item["subject"] = kept
        return out

    def _respectively(self, text: str, out: list[dict]) -> None:
        """'A, B và C lần lượt tăng 12%, 9% và 21%': the figures, in turn, measure the list's elements.

        >>> t = "Doanh thu, lợi nhuận lần lượt tăng 12% và 9%."
        >>> items = [{"start": t.index(f), "end": t.index(f) + len(f), "subject": "x"} for f in ("12%", "9%")]
        >>> _Scan(cues())._respectively(t, items)
        >>> [i["subject"] for i in items]
        ['Doanh thu', 'lợi nhuận']
        """
        i = 0
        assigned: list[dict] = []  # the group given its list's elements last
        while i < len(out):
            group = [out[i]]
            semi = False  # the figures joined by ";", the elements too ("A; B; C chiếm lần lượt là 21%; 35% và 38%")
            while i + len(group) < len(out):
                gap = (group[-1]["end"], out[i + len(group)]["start"])
                if not SHARED_GAP.fullmatch(text, *gap):
                    if not SEMICOLON_GAP.fullmatch(text, *gap):
                        break
                    semi = True
                group.append(out[i + len(group)])
            i += len(group)
            if len(group) < 2:
                continue
            first = group[0]["start"]
            if (len(assigned) == len(group) and RESTATED_IN_BRACKET.fullmatch(text, assigned[-1]["end"], first)):
                # "… lần lượt là 21,36%; 34,52% (cùng kỳ năm trước lần lượt là 22,41%; 33,18%)": the same elements, the
                # year before
                for item, prev in zip(group, assigned):
                    item["subject"], item["subject_start"], item["subject_end"] = (
                        prev["subject"], prev["subject_start"], prev["subject_end"])
                continue
            lo = max(0, first - 300)
            # (a bracket closed inside the list is no clause end: "số người tham gia bảo hiểm xã hội (BHXH), bảo hiểm
            # thất nghiệp (BHTN) lần lượt đạt khoảng 45%, 35%")
            window = rx(r"\([^()]*\)").sub(lambda b: " " * len(b.group()), text[lo:first])
            stop = lexicon.last_match(CLAUSE_END_BUT_SEMICOLON if semi else CLAUSE_END, window, 0)
            clause = lo + stop.end() if stop else lo
            cue = lexicon.last_match(RESPECTIVELY, text, clause, first)
            if cue is None or not RESPECTIVELY_TAIL.fullmatch(text, cue.end(), first):
                continue
            head = RESPECTIVELY_HEAD.match(text, clause, cue.start())
            verb = RESPECTIVELY_VERB.search(text, head.end(), cue.start())
            end = verb.start() if verb else cue.start()
            while end > head.end() and text[end - 1].isspace():
                end -= 1
            parts, pos = [], head.end()
            for sep in (RESPECTIVELY_SEP_SEMI if semi else RESPECTIVELY_SEP).finditer(text, head.end(), end):
                parts.append((pos, sep.start()))
                pos = sep.end()
            parts.append((pos, end))
            if len(parts) < len(group):
                continue
            parts = parts[-len(group):]  # the list ends where 'lần lượt' begins: a time or place before it is no element
            if any(e <= s or len(text[s:e].split()) > 12 or not rx(r"\p{L}{2}").search(text, s, e) for s, e in parts):
                continue
            for item, (s, e) in zip(group, parts):
                item["subject"], item["subject_start"], item["subject_end"] = text[s:e], s, e
            assigned = group

    @staticmethod
    def _place_item(text: str, start: int, prev: dict | None) -> int | None:
        """Whether a figure is a place's in a list of places' figures ("…: Krông Pa (10,76%), Đak Đoa (10,16%)", "…;
        Tuyên Hóa 4,5-5,0%; Quảng Trạch 2,2%"): a place's name right before it, after a list mark, and another place's
        figure right before it or right after it. The position of the list mark before the name, or None."""
        named = PLACE_BEFORE.search(text, max(0, start - 60), start)
        if named is None or not _a_place(named):
            return None
        mark = named.start()  # (the list mark: "TP." holds a dot)
        measure = named.group("m")
        if measure and not (prev is not None and prev["subject"]
                            and lexicon.fold_key(measure) in lexicon.fold_key(prev["subject"])):
            return None  # a word after the verb names the list's quantity again, or the place's own ("đạt tăng trưởng")
        if prev is not None and prev["end"] <= mark and mark - prev["end"] < 40 and not SENTENCE_STOP.search(
                text, prev["end"], mark):
            return mark  # a figure just before, in the sentence ("(10,76%), | Đak Đoa (10,16%)")
        if measure:
            return None
        if named.group("colon"):
            return mark  # "… cao nhất là Tam Đại: 2,89% (48 hộ)": a listed place, a colon, its figure, alone too (fresh qx3)
        # or a place's figure right after ("…: Krông Pa (10,76%), Đak Đoa (…": the first of the list)
        after = NEXT_PLACE_ITEM.match(text, start, start + AFTER_REACH)
        following = PLACE_ITEM.match(text, after.end(), after.end() + 80) if after is not None else None
        return mark if following is not None and _a_place(following) else None

    @staticmethod
    def _list_quantity(text: str, list_start: int) -> tuple[int, int] | None:
        """(start, end) of the quantity named in the clause before a list of places' figures ("Một số địa phương có
        tỷ lệ tăng trưởng cao như các huyện: …" gives "tỷ lệ tăng trưởng"), or None."""
        lo = max(0, list_start - 200)
        stop = lexicon.last_match(rx(r"[.!?\n;]"), text, lo, list_start)
        lo = stop.end() if stop else lo
        head = lexicon.last_match(_quantity_head(), text, lo, list_start)
        if head is None:
            return None
        begin, end = head.start(), head.end()
        while True:  # a head right before the head ("tỷ lệ | tăng trưởng"): the phrase opens on it
            before = lexicon.last_match(_quantity_head(), text, lo, begin)
            if before is None or text[before.end() : begin].strip():
                break
            begin = before.start()
        for word in rx(r"[ \t]+(?P<w>[\p{Ll}\p{M}][\p{L}\p{M}]*)").finditer(text, head.end(), list_start):
            if word.start() != end or LIST_QUANTITY_STOP.fullmatch(word.group("w")) or word.end() - begin > 60:
                break
            end = word.end()
        return begin, end

    @staticmethod
    def _compared_opening(text: str, prev_end: int, start: int, stretch: int | None) -> int:
        """Where a comparison of the figure before opens: the comma-separated ``stretch`` ending at the figure, else
        the bracket opened since the figure before (no sentence mark, no bracket closed between), else ``start``."""
        if stretch is not None:
            return stretch
        opened = text.rfind("(", prev_end, start)
        if opened < 0 or rx(r"[.!?;:\n)]").search(text, prev_end, start):
            return start
        return opened

    @staticmethod
    def _stretch_after(text: str, prev_end: int, start: int) -> int | None:
        """Start of the comma-separated stretch that ends at a figure, in the sentence of the figure that
        ends at ``prev_end`` ("…, cao hơn so với năm 2021 (5,04%)": after the comma); None when no comma
        stands between the two or a sentence mark does."""
        comma = text.rfind(",", prev_end, start)
        if comma < 0 or rx(r"[.!?;:\n]").search(text, prev_end, start):
            return None
        return comma + 1

    def _restated_change(self, text: str, start: int) -> tuple[str, tuple[int, int]] | None:
        """("increase"/"decrease", subject) for a relative change restating the absolute one before it
        ("Tham gia BHYT 1.265.000 người, tăng 79.261 người, tương ứng 6,7%"), else None."""
        lo = max(0, start - 200)
        # (or in brackets: "tăng 425 triệu USD so với cùng kỳ năm 2016 (tương ứng 12,7%)"; set AQ)
        c1 = max(text.rfind(",", lo, start), text.rfind("(", lo, start))
        if c1 < 0 or not RESTATED.fullmatch(text, c1 + 1, start):
            return None
        # (the mark before the change: a comma, not a decimal one, or the bracket it opens: "(tăng 3,89 tạ/ha so với năm
        # 2020, tương đương 7,6%)"; group AH zl3)
        c0 = max((m.start() for m in CHANGE_OPENER.finditer(text, lo, c1)), default=-1)
        change = ABSOLUTE_CHANGE.fullmatch(text, c0 + 1, c1) if c0 >= 0 else None
        if change is None:
            # "(So với cùng kỳ,) số vụ giảm 216 vụ, tương đương khoảng 35%": the quantity named, then its change
            piece = max(c0 + 1, clause_bounds(text, c1)[0])
            headed = HEADED_ABSOLUTE_CHANGE.fullmatch(text, piece, c1)
            if headed is None:
                return None
            named = self._clean(text, headed.start("s"), headed.end("s"))
            return ("increase" if headed.group("dir").lower() == "tăng" else "decrease"), named or (0, 0)
        cl_start, cl_end = clause_bounds(text, c0)
        subject = self.subject(text, cl_start, c0, c0, cl_end) if cl_start < c0 else (0, 0)
        return ("increase" if change.group("dir").lower() == "tăng" else "decrease"), subject

    def describe(self, text: str, m: regex.Match, start: int, end: int, value: float, plan_year) -> dict:
        c = self.cues
        cl_start, cl_end = clause_bounds(text, start)
        first = m.start("from") if m.group("from") else m.start("lo") if m.group("lo") else (
            m.start("lo2") if m.group("lo2") else m.start("lo3") if m.group("lo3") else m.start("num"))
        before = text[cl_start:first]
        after = text[m.end():cl_end]
        # qualifier
        qualifier = "exact"
        q = c.before.search(before, max(0, len(before) - END_CUE_REACH))
        cue_start = first
        if q:
            qualifier = c.qualifier[lexicon.fold_key(q.group("p"))]
            cue_start = cl_start + q.start()
            verb = PREDICATE.match(text, cue_start, first)
            if verb:  # "vượt hơn 15% chỉ tiêu": the predicate in the cue stays before it, the figure is no figure-first
                cue_start = rx(r"\s*").match(text, verb.end()).end()
            if COMPARATIVE.search(before, 0, q.start()) and lexicon.fold_key(q.group("p")) == lexicon.fold_key("hơn"):
                qualifier = "exact"  # "cao hơn 2,2% so với …": higher by 2.2%, a comparison, not "more than"
        qa = c.after.search(after)
        # (or a counted noun right after the figure, "giảm 1,25% số hộ nghèo trở lên", COUNT_LABEL after a space: the
        # bound after it closes the span too; fresh 44, train 715)
        if qa is None and qualifier == "exact" and (FROM_OR_HAVE_BEFORE.search(before)
                                                    or (after[:1].isspace() and COUNT_LABEL.match(after))):
            qa = c.after_from.search(after)
        if qa and qualifier == "exact":
            qualifier = c.qualifier[lexicon.fold_key(qa.group("p"))]
            opened = (FROM_OPENING_BOUND.search(text, max(cl_start, first - 8), first)
                      if not (m.group("lo") or m.group("lo2")) else None)  # (not a range: "từ 10-12% trở lên")
            if opened:
                cue_start = min(cue_start, opened.start())  # "từ 85% số chi bộ trở lên": "từ" opens the bound, no subject
        # reference and basis
        ref = c.reference.search(after)
        reference = None
        if ref:
            reference = ref.group("ref")
            if ref.group("so") and ref.group("so").lower().startswith("so") and rx(r"(?i)năm").match(reference):
                reference = ref.group("so") + " " + reference
        head = text[cl_start:cue_start]
        # the verb before the figure, the qualifier included ("vượt hơn 9% kế hoạch")
        verb = VERB_BEFORE.search(before, max(0, len(before) - END_CUE_REACH))
        basis = None
        if reference:
            if verb and verb.group(1).lower() == "vượt":
                basis = "above_reference"
            elif verb and verb.group(1).lower() in ("đạt", "bằng"):
                basis = "of_reference"
        # change
        change = None
        ch = c.change.search(head, max(0, len(head) - END_CUE_REACH))
        if ch:
            nxt = lexicon.fold_key(ch.group("next") or "")
            # "giảm từ 6,2% xuống còn 4,1%": 6,2% is where the fall started, a level
            # (not "giảm 1,5% xuống còn 3%": without "từ" the figure is the size of the fall)
            start_level = (m.group("from") is None and FROM_BEFORE.search(head)
                           and LEVEL_AFTER.match(text, m.end()))
            if c.change_kind.get(nxt) != "level" and not start_level:
                change = c.change_kind.get(lexicon.fold_key(ch.group("verb")), "decrease")
            if NEGATIVE_WORD.fullmatch(ch.group("verb")):
                cue_start = cl_start + ch.start("verb")  # "khu vực 1 âm 5,31%": the sign in words is no part of the subject
        told = None  # (searched once: the subject below reads it too)
        if change is None:
            # "tăng 243 nghìn thành viên (khoảng 4%)", "tăng 3.203 tỷ đồng (bằng 8,1%) so với đầu năm": the rise told as an
            # amount, its size in per cent in brackets (fresh 34, 40)
            told = CHANGE_AMOUNT_BRACKET.search(text, max(0, m.start() - 90), m.start())
            if told:
                change = c.change_kind.get(lexicon.fold_key(told.group("verb")))
                if change == "decrease" and parse_number(m.group("num")) > 100:
                    change = None  # "giảm 3.009 hộ (hơn 111%)": no fall is over 100%; the share of a plan reached
                if rx(r"(?i)bằng\s+$").search(told.group()) and parse_number(m.group("num")) >= 100:
                    change = None  # "(tăng 193 vụ, bằng 113% so cùng kỳ)": equal to 113% of it, a ratio (fresh av01)
        # subject
        s_start, s_end = self.subject(text, cl_start, cue_start, m.end(), cl_end)
        amount_of_change = (CHANGE_BEFORE_AMOUNT.search(text, max(0, s_start - 16), s_start)
                            if s_end > s_start and text[s_start].isdigit() else None)
        if amount_of_change is None and s_end <= s_start:
            # (nothing named, the change told as an amount before: "… 5.024 việc (tăng 46 việc, 0,9% so với cùng kỳ)";
            # looked for above unless a change cue stood before the figure: then ``change`` is set and ``told`` unread)
            amount_of_change = told or (CHANGE_AMOUNT_BRACKET.search(text, max(0, m.start() - 90), m.start())
                                        if change is not None else None)
        if amount_of_change:
            # "số thụ lý mới là 11.261 việc, tăng 1.252 việc (tăng 12,51% …)", "Số hội viên tăng 350 người so với năm
            # trước (chiếm 15,2% …)": the amount of a change is no quantity measured, what changed is (the subject the
            # change verb would have as a figure's cue; fresh au02, ay01)
            v = amount_of_change.start()
            v_start = clause_bounds(text, v)[0]
            # (nothing after the verb read: it would be the amount again; a verb opening the clause goes on from a
            # comma, not a semicolon: "…; giảm 219 hộ cận nghèo, đạt 148% chỉ tiêu" is an activity of its own)
            changed = (self.subject(text, v_start, v, v, v) if text[v_start:v].strip(" \t-+(")
                       else self.subject_before(text, v_start) if text[:v_start].rstrip().endswith((",", "(")) else (0, 0))
            if changed[1] > changed[0] and not text[changed[0]].isdigit():
                s_start, s_end = changed
        elif s_end > s_start and text[s_start].isdigit():
            # "Điều trị nội trú: 15.366/13.273 lượt bệnh nhân, đạt 115,7% kế hoạch": after a label, what is counted
            # is the label's (50 labels of train and fresh pages before such a figure: all annotated as its subject)
            label = self._label_before(text, cl_start)
            if label:
                s_start, s_end = label
        elif (s_start >= m.end() and "," in text[m.end() : s_start] and not text[cl_start:cue_start].strip()
              and text[:cl_start].rstrip().endswith(":")):
            # "… giữ vững tốc độ tăng trưởng cao: 27,5%, nằm trong nhóm dẫn đầu": the figure alone after a colon
            # measures what the clause before the colon names, not what is said of it after a comma (fresh ri5; "…: 100%
            # hồ sơ được giải quyết trực tuyến" measures the files after it)
            colon = text.rfind(":", 0, cl_start)
            before = self.subject(text, clause_bounds(text, colon)[0], colon, colon, colon)
            if before[1] > before[0]:
                s_start, s_end = before
        with_word = (WITH_BEFORE.search(text, max(0, s_start - 8), s_start)
                     if s_end > s_start and MEASURE_AFTER_WITH.fullmatch(text, s_start, s_end) else None)
        if with_word:
            # "Huyện đã hoàn thành cây vụ đông với diện tích 643 ha, bằng 94,5% so với cùng kỳ", "… chuyển đổi cây trồng
            # … với tổng diện tích 23,1 ha, đạt 154% kế hoạch": the size given with "với" is how much of the thing
            # before it was done; that thing is measured (group T vc4, AQ zby5)
            with_at = with_word.start()
            opened = lexicon.last_match(STRETCH_OPENING, text, max(0, with_at - 120), with_at)
            seg = opened.end() if opened else max(0, with_at - 120)
            owner = self._local_subject(text, seg, with_at) if text[seg:with_at].strip() else None
            if owner and owner[1] > owner[0] and not MEASURE_AFTER_WITH.fullmatch(text, *owner):
                s_start, s_end = owner
        grown = self._grown(text, cl_start, s_start, s_end, cue_start)
        if grown:
            s_start, s_end = grown
        held = _held_rate().match(text, s_start, cue_start) if s_end > s_start else None
        if held:
            # "Kinh tế tiếp tục duy trì tốc độ tăng trưởng cao, | bình quân đạt 15,2%/năm": the rate the economy keeps is
            # measured (9 gold subjects of dev and fresh pages); "Kinh tế tăng trưởng 8,1%" keeps the economy (11)
            s_start, s_end = held.span("r")
        of_quantity = self._rate_of_quantity(text, cl_start, s_start, s_end) if s_end > s_start else None
        # (the rate a quantity grows at is a rise, as a growth rate named as the subject is: "… có tốc độ tăng 9,5%")
        grows_at = bool(of_quantity) and GROWTH.search(text, s_start, s_end) is not None
        if of_quantity:
            s_start, s_end = of_quantity
        judged = RATE_JUDGED.fullmatch(text, s_start, s_end) if s_end > s_start else None
        if judged:
            s_end = judged.end("r")  # "tốc độ tăng trưởng cao và ổn định đạt 17,17%": the rate, not how it is judged
        if s_end <= s_start or PLACE_ONLY.fullmatch(text, s_start, s_end) or JUNK_SUBJECT.fullmatch(text, s_start, s_end):
            # (nor a word left between verbs or after the figure: "đạt và vượt ít nhất 10%", "…: 16% trở lên")
            # "…; lũy kế 5 tháng ước 23.322 tỷ đồng, đạt 35,89%", "Tỷ lệ hộ dân sử dụng điện: 98%":
            # a clause naming no quantity measures the one named in the clause before it
            s_start, s_end = self.subject_before(text, cl_start)
        restated = self._restated_quantity(text, cl_start, s_start, s_end) if 0 < s_end - s_start <= 30 else None
        if restated is None and 0 < s_end - s_start <= 30:
            restated = self._topic_quantity(text, s_start, s_end)
        if restated:
            s_start, s_end = restated
        regarding = REGARDING_AFTER.match(text, end, end + AFTER_REACH)
        # (or "số …" right after the second figure, without its "về": "tăng 0,34% về số vụ và | 3,25% số bị can"; group AA
        # xf3)
        shared = (SHARED_CHANGE_BEFORE.search(text, max(cl_start, cue_start - 160), cue_start)
                  if (regarding or NUMBER_OF_AFTER.match(text, end, end + 20)) and verb is None and change is None else None)
        if shared:
            # "tăng 2,2% so với cùng kỳ về số doanh nghiệp và | 24,2% về vốn đăng ký": the verb shared by the second
            # figure, what it measures named after it (fresh ex02)
            change = "increase" if shared.group("v").lower() == "tăng" else "decrease"
        if regarding and (verb is not None or shared):
            # "… tăng 65% về số lượng doanh nghiệp và tăng 61% | về vốn đăng ký": what changed is named after the figure
            # (fresh 122, 119)
            named = self._clean(text, regarding.start("q"), regarding.end("q"))
            if named:
                s_start, s_end = named
        if s_end <= s_start:
            # "Mức tăng trưởng khoảng 7,38%": a measure word that only stands between a subject and its figure
            # elsewhere is the subject when nothing else names one
            own = MEASURE_WORD_ONLY.match(text, cl_start, cue_start)
            if own:
                s_start, s_end = strip_span(text, own.start("w"), own.end("w"))
        actor = PLACE_ONLY.match(text, s_start, s_end) if s_end > s_start else None
        if actor and s_start < actor.end() < s_end and _quantity_head().match(text, actor.end()):
            s_start = actor.end()  # "Năm 2025, phường | thu ngân sách nhà nước đạt …": the unit acts, the quantity is measured
        dangling = DANGLING_END.search(text, s_start, s_end) if s_end > s_start else None
        if dangling and dangling.start() > s_start:
            s_end = dangling.start()  # "giải quyết việc làm cho | 2.500 lao động, đạt 104%": the preposition of the amount
        amount = (AMOUNT_INSIDE.search(text, s_start, s_end)
                  if s_end > s_start and (MEASURE_HEAD.match(text, s_start) or _quantity_head().match(text, s_start)) else None)
        if amount and amount.start() > s_start:
            # "Diện tích gieo trồng cả năm gần 39.694 ha cây trồng các loại (đạt 100,2% kế hoạch)": the quantity named
            # is measured, not its amount and what follows it (fresh 55)
            s_end = amount.start()
        counted_on = BASIS_BRACKET.search(text, s_start, s_end) if s_end > s_start and "(" in text[s_start:s_end] else None
        if counted_on and counted_on.start() > s_start:
            # "Tỷ lệ hộ nghèo (theo chuẩn nghèo tiếp cận đa chiều) còn …", "giá trị sản xuất Công nghiệp (theo Giá so sánh
            # 2010) trên địa bàn tỉnh": the basis it is counted on, in brackets, and what follows it (12 gold subjects on
            # train and fresh pages stop before such a bracket, none holds one)
            s_end = s_start + len(text[s_start : counted_on.start()].rstrip())
        prices = (PRICE_BASIS_END.search(text, s_start, s_end)
                  if s_end > s_start and (")" in text[s_start:s_end] or "giá" in text[s_start:s_end]) else None)
        if prices and prices.start() > s_start:
            s_end = prices.start()  # "tổng sản phẩm xã hội (GRDP – theo giá so sánh năm 2010)": the prices it is counted at
        if s_end > s_start and rx(r"\s+hơn(?![\p{L}])").match(text, s_end):
            compared = COMPARATIVE.search(text, s_start, s_end)  # "Kim ngạch xuất khẩu | cao hơn 3%": the comparison
            if compared and compared.start() > s_start:
                s_end = s_start + len(text[s_start : compared.start()].rstrip())
        counted = self._counted_share(text, cl_start, first)
        if counted is not None:
            s_start, s_end = counted
            named = self._named_before_copula(text, cl_start, counted)
            if named is not None:
                s_start, s_end = named
        raised = RAISED_TOTAL.search(text, max(cl_start, first - 200), first)
        if raised:
            # "nâng tổng số xã đạt chuẩn … lên 10/17 xã, | chiếm 58,8%", "nâng tổng số lên 347 hội viên, | đạt 89%": the
            # total raised, or the unit counted when the total names nothing (sets AT, AY, BC)
            g = "what" if raised.group("what") else "unit"
            s_start, s_end = strip_span(text, raised.start("total" if g == "what" else "unit"), raised.end(g))
        count_only = BARE_COUNT_SUBJECT.fullmatch(text, s_start, s_end) if s_end > s_start else None
        if count_only and count_only.group("what").islower() and " " not in count_only.group("what"):
            # a bare unit counted ("lũy kế 40 xã (đạt 200% kế hoạch)" after "công nhận 04 xã đạt chuẩn NTM") is the
            # thing counted just before it (set AM); a thing named keeps its count ("186 HTTNV, chiếm 73,2%").
            # (``regex.compile``, not ``rx``: the pattern holds the unit, and ``regex``'s own cache is bounded)
            lo = max(0, count_only.start() - 200)
            again = lexicon.last_match(
                regexcache.compile(r"(?<![\p{L}\p{N}])\d[\d.,]*\s+(?P<what>" + regex.escape(count_only.group("what"))
                              + r"\s+[^,;.()\d]{3,60}?)\s*(?=[,;.(]|$)"),
                text, lo, count_only.start())
            if again and not rx(r"[.;!?\n]").search(text, again.end(), count_only.start()):
                s_start, s_end = again.start("what"), again.end("what")
        compared = COMPARED_TAIL.search(text, s_start, s_end) if s_end > s_start else None
        if compared and compared.start() > s_start:
            # "(tỷ lệ giải ngân | cao hơn so với cùng kỳ năm trước 20,06 điểm %)": the comparison is no part of what
            # is measured (train 435)
            s_end = strip_span(text, s_start, compared.start())[1]
        subject = text[s_start:s_end] if s_end > s_start else None
        if change is None and subject and s_end <= start:
            verb_first = rx(r"(?i)(?<![\p{L}])(tăng|giảm)\s+$").search(text[max(0, s_start - 12) : s_start])
            # (its result may follow the object: "giảm tỷ lệ hộ nghèo đạt 5,48%")
            between = text[s_end:cue_start]
            if "(" in between:
                # (a remark in brackets between the object and its figure: "giảm tỷ lệ hộ nghèo (theo chuẩn nghèo tiếp
                # cận đa chiều) 0,91%"; fresh gj05)
                between = BRACKETED_REMARK.sub(" ", between)
            from_level = FROM_BEFORE.search(between) and LEVEL_AFTER.match(text, m.end())
            if verb_first and (FILLER_ALL.fullmatch(between) or VERB_FIRST_RESULT.fullmatch(between)) \
                    and not (qualifier in ("less_than", "at_most") and RATE_HEAD.match(subject)) and not from_level:
                # (not "giảm tỷ lệ hộ nghèo từ 18,9% xuống còn 14%": where the fall started, a level; nor a rate brought
                # below a level, "giảm tỷ lệ hộ nghèo dưới 2%"; a quantity's fall below a size still falls by it:
                # "1.050 ha bị giảm năng suất dưới 30%", fresh 43)
                change = "increase" if verb_first.group(1).lower() == "tăng" else "decrease"
        if change is None and text[max(0, first - 1) : first] == "(":
            # "Một số mặt hàng tăng đột biến như giày da (160%), điện gió (103%)": examples of a change, each its size
            # (set AY)
            lo = max(0, text.rfind(".", max(0, start - 300), start) + 1)
            told = lexicon.last_match(EXAMPLES_OF_CHANGE, text, lo, start)  # (bounded: no copy of the text before)
            if told and not rx(r"[.;!?\n]").search(text, told.end(), start):
                change = "increase" if told.group("v").lower() == "tăng" else "decrease"
        sign = SIGN_BEFORE.search(text, max(cl_start, first - 3), first) if change is None else None
        if sign:  # "ngành khai khoáng (+16,2%)", "(trước đó ước +8,35%)": the sign of a change (sets AX, AS)
            change = "increase" if sign.group("s") == "+" else "decrease"
        if change is None and reference and PAST_REFERENCE.fullmatch(reference):
            # compared with the period before (against a plan it only compares, no change): "vượt 8,3% so với cùng
            # kỳ" is a rise of 8.3%; "là 6,79%, thấp hơn 0,39% so với cùng kỳ" the size of a fall
            if verb and verb.group(1).lower() == "vượt":
                change = "increase"
            elif q and lexicon.fold_key(q.group("p")) == lexicon.fold_key("hơn"):
                compared = COMPARATIVE.search(before, 0, q.start())
                word = lexicon.fold_key(compared.group().split()[0]) if compared else None
                change = {"cao": "increase", "thấp": "decrease"}.get(word)
        if change is None:
            ahead = COMPARED_PAST_AHEAD.search(text, max(cl_start, first - 70), first)
            if ahead:  # "…, cao hơn cùng kỳ năm 2016 là 0,17%": how much higher than the period before, a rise
                change = "increase" if lexicon.fold_key(ahead.group("w")) == "cao" else "decrease"
        level = rx(r"(?i)(?<![\p{L}])(?:còn|còn\s+lại|xuống|lên)\s*$").search(head)
        if (level and change is None and ref is not None and ref.group("so") and reference
                and PAST_REFERENCE.fullmatch(reference) and not (subject and RATE_HEAD.match(subject))
                and rx(r"(?i)(?<![\p{L}])tăng\s+lên\s*$").search(head)):
            # "tổng giá trị sản xuất ước tăng lên 5,44% so với năm 2019": a value's rise against the period before (a
            # level reached is a rate's: "tỷ lệ … tăng lên 80%")
            change, level = "increase", None
        if (change == "decrease" and qualifier == "less_than" and subject and RATE_HEAD.match(subject)
                and rx(r"(?i)(?<![\p{L}])giảm\s+dưới\s*$").search(text, max(cl_start, first - 16), first)):
            change = None  # "tỷ lệ hộ nghèo giảm dưới 0,5%": a rate brought below a level, as "giảm xuống dưới" (a level)
        # (a year right after the figure, no "so với", dates it: "tăng trưởng tín dụng đạt 10% năm 2024")
        dated = bool(reference) and not ref.group("so") and rx(r"(?i)năm\s+\d{4}").fullmatch(reference) is not None
        growth_rate = _growth_rate(subject) or grows_at  # ("tỷ lệ tăng dân số tự nhiên là 1,08%": a level)
        # (against the period before, only a growth rate names its rise: "tốc độ tăng trưởng … ước đạt 5,17% so với cùng
        # kỳ"; sets AW, AX)
        compared_back = bool(reference) and not dated and PAST_REFERENCE.fullmatch(reference) is not None and growth_rate
        # (or against a plan's own figure: "tốc độ tăng trưởng kinh tế đạt 8,36% so với mục tiêu từ 8 – 8,5%", not a
        # share of the plan; fresh lhh1)
        compared_back = compared_back or bool(
            growth_rate and reference and ref.group("so") and ref.group("so").lower().startswith("so")
            and FIGURE_OF_REFERENCE.match(after, ref.end()))
        # (a share is never a rise: "… tốc độ tăng trưởng giá trị ngành này đạt 12,4% và | chiếm 36,5% trong cơ cấu": of
        # the 178 figures after "chiếm" in every set and group, no gold change; group AE yn5)
        if (change is None and subject and (not reference or dated or compared_back) and not level
                and not SHARE_WORD_BEFORE.search(text, max(cl_start, start - 30), start)
                and not EXCESS_BEFORE.search(text, cl_start, first)):
            if growth_rate:
                change = "increase"
            elif (DECLINE.search(subject) or rx(r"(?i)\bgiảm\s+nghèo\b").search(subject)) and value <= 100:
                change = "decrease"  # (not over the whole: "giảm nghèo đạt trên 101%" is a share of its plan; fresh li04)
            elif (value < 100 and PER_YEAR.match(text, m.end()) and not RATE_HEAD.match(subject)
                    and rx(r"(?i)(?<![\p{L}])đạt\s+$").search(text, max(cl_start, start - 8), start)):
                change = "increase"  # "Năng suất lao động bình quân đạt 7%/năm": a level's yearly growth
            elif (value < 50 and OUTPUT.match(subject)
                    and rx(r"(?i)(?<![\p{L}])đạt\s+(?:(?:khoảng|trên|hơn|gần)\s+)?$").search(text, max(cl_start, start - 16), start)):
                change = "increase"  # "giá trị gia tăng toàn ngành nông nghiệp đạt 3,83%": an output's growth
        # target
        lo = max(0, start - 400)  # bounded look-back: linear time on huge lines
        sent_start = max(lo - 1, text.rfind(".", lo, start), text.rfind("\n", lo, start)) + 1
        sentence = text[sent_start:start]
        is_target = bool(TARGET_CUES.search(sentence))
        if plan_year and rx(r"(?i)năm\s+%d" % plan_year).search(sentence) and not rx(
            r"(?i)so\s+với\s+năm\s+%d" % plan_year
        ).search(sentence):
            is_target = is_target or bool(rx(r"(?i)phấn|dự|kế hoạch|mục tiêu|đạt").search(sentence))
        return {
            "value": value,
            "start": start,
            "end": end,
            "qualifier": qualifier,
            "change": change,
            "subject": subject,
            "subject_start": s_start if subject else None,
            "subject_end": s_end if subject else None,
            "reference": reference,
            "basis": basis,
            "is_target": is_target,
        }

    def subject(self, text: str, cl_start: int, cue_start: int, fig_end: int, cl_end: int) -> tuple[int, int]:
        """The noun phrase naming what is measured (normalized offsets).

        The clause before the figure is cut into comma-separated stretches.
        In the figure's own stretch the subject stands before the predicate
        chain next to the figure ("trồng rừng thực hiện đạt hơn 138%") or,
        verb first, between that chain and the figure ("giảm tỷ lệ hộ nghèo
        bình quân 3%"). When that stretch has none, it is the head of an
        earlier stretch ("tổng thu ngân sách thực hiện 1.817 tỷ đồng, đạt
        62,7% dự toán"). A short subject takes in the noun stretches before
        it ("Doanh thu thương mại, dịch vụ tăng 7,62%"). After verbs like
        "cung cấp" the measured thing follows the figure. An amount closing a
        stretch ("… hơn 1.200 tỷ đồng (tăng 8,9%)") and fillers ("bình quân",
        "lũy kế") are never the subject; a clause left without one takes the
        subject of the clause before it (:meth:`subject_before`).
        """
        if NO_WORD_NEAR.fullmatch(text, max(0, cl_start - NO_WORD_REACH), cl_end):
            return (0, 0)  # no word in the clause nor just before it (figures alone, "5%. 5%. 5%."): nothing is named
            # (a cheap test first: on figure-dense text without words the readings below cost 90 µs a character)
        if "(" in text[cl_start:cue_start]:
            opened = text.rfind("(", cl_start, cue_start)
            part = BRACKETED_PART.match(text, opened + 1, cue_start) if ")" not in text[opened:cue_start] else None
            amount = _amount_tail().search(text, part.start("n"), part.start("c")) if part else None
            # (a name before the amount, not the amount's own hedge: "(ước 125 triệu USD, đạt 80,4% …)" names none)
            if amount and text[part.start("n") : amount.start()].strip():
                # "… tăng 3,08% (khai thác thủy sản 2.686,5 tỷ đồng, tăng 4,39%; nuôi trồng …)": the bracket's first
                # part, an amount of its own, is measured, not the whole before the bracket (the parts after the
                # semicolon read so already; fresh cs04)
                cl_start = opened + 1
        if ")" in text[cl_start:cue_start]:
            joined = lexicon.last_match(BRACKETED_FIGURE_AND, text, cl_start, cue_start)
            if joined:  # "Sản lượng ngô (tăng 5%) và | sản lượng lúa (tăng 3%)": the item after "và" is measured
                cl_start = joined.end()
            broken = lexicon.last_match(BRACKET_THEN_BREAKDOWN, text, max(cl_start, cue_start - 200), cue_start)
            if broken:  # "… 9,15% (thuộc tốp 15 tỉnh) | trong đó nông, lâm nghiệp và thủy sản tăng 4,43%": the
                cl_start = broken.end()  # breakdown opens its clause as after a comma (group Z wt5)
        and_lo = max(cl_start, cue_start - FIGURE_AND_REACH)  # (bounded: a clause of many figures is read once per figure)
        if "%" in text[and_lo:cue_start]:
            joined = lexicon.last_match(FIGURE_AND, text, and_lo, cue_start)
            if joined and (_quantity_head().match(text, joined.end()) or AMOUNT_REACHED.search(text, joined.end(), cue_start)):
                cl_start = joined.end()  # "…, tăng 5,7% và | nhập khẩu đạt 80,49 tỷ USD, giảm 0,8%": the next quantity
        # (both looked for in the last characters before the figure first: a search of the whole clause for a pattern
        # anchored at its end tries every position)
        rate_of_group = RATE_BEFORE_GROUP.search(text, max(cl_start, cue_start - 16), cue_start)
        if rate_of_group:
            # "toàn huyện đạt tỷ lệ 83,81% dân số tham gia BHYT", "phấn đấu đạt tỷ lệ 96,1% người dân tham gia bảo hiểm
            # y tế": the rate's group named after the figure, with what it does, is measured (not the base alone: "tỷ
            # lệ 97,07% dân số toàn huyện"; fresh bm05, br02)
            group = GROUP_DOING.match(text, fig_end, cl_end)
            if group:
                named = self._clean(text, group.start("g"), group.end("g"))
                if named:
                    return named
        level = LEVEL_WORD_BEFORE.search(text, max(cl_start, cue_start - 26), cue_start)
        if level:
            cue_start = level.start()  # "… tăng trưởng ấn tượng với mức 14,5%": the level word is no subject
        stress = STRESSED_LEVEL.search(text, max(cl_start, cue_start - 8), cue_start)
        if stress and (RATE_HEAD.search(text, cl_start, stress.start()) or GROWTH.search(text, cl_start, stress.start())):
            # "tốc độ tăng trưởng kinh tế của tỉnh đến 11,7% (…)": "đến" stresses the level of the rate named before it,
            # no part of it; it reaches nobody ("triển khai đến 100% hộ dân": no rate named, the object follows)
            cue_start = stress.start()
        raised = (RAISED_TO.search(text, max(cl_start, cue_start - 130), cue_start)
                  if DIRECTION_BEFORE.search(text, max(cl_start, cue_start - 14), cue_start) else None)
        if raised and _quantity_head().match(text, raised.start("q")):
            # "nâng tỷ lệ xã đạt chuẩn lên 78,4%": the quantity raised to the level, not the object of a verb inside
            # it ("đạt | chuẩn")
            return raised.span("q")
        if "%" in text[cl_start:cue_start]:
            dashed = lexicon.last_match(FIGURE_DASH, text, cl_start, cue_start)
            if dashed:  # "cơ cấu kinh tế: Nông nghiệp 15,7% - | công nghiệp, xây dựng 45,9%": the dash after a figure
                cl_start = dashed.end()  # parts one share from the next, as a semicolon does (fresh ig03)
        if "trong" in text[cl_start:cue_start]:
            part = lexicon.last_match(BREAKDOWN_AFTER_FIGURE, text, cl_start, cue_start)
            if part:  # "…, đạt 145,84% | trong đó thu thuế, lệ phí 22 tỷ đồng, đạt 137,85%": the part is measured, as
                cl_start = part.start("t")  # after a comma (fresh 49)
        commas = _stretch_commas(text, cl_start, cue_start, self._stretch_ends)
        bounds = [cl_start] + [c + 1 for c in commas]
        stretches = [(bounds[i], commas[i] if i < len(commas) else cue_start) for i in range(len(bounds))]
        if len(stretches) >= 2:
            a, b = stretches[-2]
            lead = a + _lead_len(text[a:b])
            if (
                MEASURE_HEAD.match(text, lead)
                and len(text[lead:b].split()) <= 6
                and not self._preds(text, a, b)
                and not rx(r"\d").search(text, a, b)
            ):
                stretches[-2:] = [(a, stretches[-1][1])]
        multiple = MULTIPLE_AND.search(text, stretches[-1][0], cue_start)
        if multiple:  # "… 118.000 lượt, gấp 3,5 lần so với cùng kỳ và | đạt 118% kế hoạch": "và" ends a stretch as a comma
            stretches[-1:] = [(stretches[-1][0], multiple.start("and")), (multiple.end(), cue_start)]
        local_start = stretches[-1][0]
        local = text[local_start:cue_start]
        # verb first, its object after the figure, when no quantity was named before the verb
        # (after "và" opening another change, only that change counts: "giảm 12% số người chết và giảm 9% số …")
        joined = lexicon.last_match(AND_CHANGE, local, 0)
        own = local[joined.end() :] if joined else local
        change_verb = CHANGE_OBJECT_VERB.search(own)
        change_object = (
            change_verb
            and not _quantity_head().search(own)
            # (after "trở lên": "kéo giảm từ 5% trở lên số vụ tai nạn giao thông")
            and (_quantity_head().match(text, rx(r"\s*(?:trở\s+(?:lên|xuống)\s+)?").match(text, fig_end).end())
                 # (or, only a result connective before the verb, any noun after the figure: "…; qua đó giảm 65,2% cơ quan
                 # chuyên môn cấp tỉnh" counts the agencies; fresh be01)
                 or (RESULT_CONNECTIVE_ONLY.fullmatch(own, 0, change_verb.start())
                     and LOWER_NOUN_AFTER.match(text, fig_end) is not None))
        )
        # "…, 70% xóm đạt văn hóa và hơn 90% cơ quan đạt chuẩn": after "và" and a figure's clause, figure first
        and_first = False
        joined_by = AND_BEFORE_FIGURE.search(local)
        if joined_by:
            # (the figure before may stand in the same stretch: "85% đoàn viên và | 70% thanh niên được …"; set BC)
            and_at = local_start + joined_by.start()
            prior = lexicon.last_match(PERCENT, text, max(0, local_start - 200), and_at)
            and_first = prior is not None and not rx(r"[.;!?\n]").search(text, prior.end(), and_at)
            # (or, no figure before, the share names what it counts after it with "số": "Trung tâm Y tế huyện và 100%
            # số xã đạt chuẩn quốc gia y tế", no quantity before "và"; fresh 41)
            and_first = and_first or bool(
                rx(r"\s*số\s+(?-i:\p{Ll})").match(text, fig_end)
                and not _quantity_head().search(text, local_start, and_at)
                and not MEASURE_HEAD.search(text, local_start, and_at))
            and_first = and_first or bool(
                COUNTED_CLAUSE_AFTER.match(text, fig_end, min(len(text), fig_end + 80))
                and not FIRST_STOP.match(text, fig_end))
        if and_first:
            local = ""
        # nothing before the figure but a bullet ("- 96% dân cư …") or a breakdown's "trong đó"
        now_only = NOW_ONLY.fullmatch(local) is not None  # ("Hiện chỉ khoảng | 62% trạm y tế xã …")
        bare = (not BULLET_ONLY.sub("", local) or BREAKDOWN_ONLY.fullmatch(local) is not None or now_only
                or ITEM_NUMBER.fullmatch(local) is not None)  # ("…; (12) 100% chất thải rắn y tế được thu gom")
        if bare and _over_whole(text[cue_start:fig_end]):
            bare = False  # "…, 108% chỉ tiêu HĐND giao": more than the whole is a ratio to a plan, no share of things counted
        if bare and len(stretches) >= 2 and self._second_plan_ratio(text, stretches[-2], fig_end, cl_end):
            bare = False  # "…, đạt 116,6% KH tỉnh giao, | 96,9% KH huyện giao": the same quantity against another plan
        # (an end position bounds each match: without one, ``regex`` looks for the literal "(" through the rest of the text)
        if bare and not local.strip() and rx(r"\s*\(").match(text, fig_end, fig_end + 8) and rx(r":\s*$").search(
                text, max(0, cl_start - 8), cl_start):
            bare = False  # "Tỷ lệ che phủ rừng: 38,03% (đạt 96,92% KH, …)": the label names it, the bracket remarks (set AX)
        if bare and not BULLET_ONLY.sub("", local).strip():
            # a figure opening a list item, then the plan it is of ("…; 100% kế hoạch huy động vốn thị trường"): the plan
            # named is what is measured, as after "đạt" (fresh 139)
            # (a plan, not the targets counted with their outcome: "100% chỉ tiêu đạt và vượt …")
            named = _named_target().match(text, fig_end, cl_end)
            if named and named.group("head").lower().startswith("kế"):
                return strip_span(text, named.start("head"), named.end(), " ,-\t\n(")
        reach = REACH_VERB_BEFORE.search(local)
        # (since the clause's last percentage: "tín dụng tăng 8,5%, hoàn thành 98,8% kế hoạch dư nợ" names none for
        # the second figure; "Tổng số tiền thu BHXH là 2.581 triệu đồng, đạt 100,69% kế hoạch thu" does)
        named_from = max(cl_start, text.rfind("%", cl_start, local_start) + 1)
        reach_at = local_start + reach.start() if reach else 0
        if reach:
            # (after an example's "như", what was named before it is the list's head: "đặt ra một số chỉ tiêu như | hoàn
            # thành 100% kế hoạch tăng trưởng dư nợ", fresh 53)
            example = lexicon.last_match(EXAMPLE_OPENS, text, named_from, reach_at)
            if example is not None and not text[example.end() : reach_at].strip():
                named_from = example.end()
        if reach and not _quantity_head().search(text, named_from, reach_at) and not MEASURE_HEAD.search(text, named_from, reach_at):
            # "…, hoàn thành 98,8% kế hoạch dư nợ", "huyện đã hoàn thành 100% chỉ tiêu giao quân": no quantity named
            # before the verb, the plan named after the figure is what is measured
            named = _named_target().match(text, fig_end, cl_end)
            if named:
                return strip_span(text, named.start("head"), named.end(), " ,-\t\n(")
        # the object follows the last of the figures joined ("100% và 95% hộ dân …", "hoàn thành 104,6% và 104,1% kế hoạch")
        nxt = NEXT_FIGURE.match(text, fig_end)
        obj_start = nxt.end() if nxt else fig_end
        # (an end bound: without one ``regex`` looks for the pattern's "(" through the whole rest of the text first)
        restating = COUNT_ASIDE_AFTER.match(text, obj_start, obj_start + 80)
        if restating:
            obj_start = restating.end()  # "hơn 20% (khoảng 43 nghìn người) | chưa tham gia BHXH": the share told as a count
        strive = STRIVE_OBJECT.search(local)
        if strive is None and TARGET_OBJECT_NOUN.match(text, obj_start):
            strive = TARGET_OBJECT.search(local)  # "hoàn thành mục tiêu 100% xã đạt chuẩn nông thôn mới": the share aimed at
        strive_first = bool(
            strive and not PREDICATE.search(strive.group("v") or "") and not _quantity_head().search(local, 0, strive.start())
            and not MEASURE_HEAD.search(local, 0, strive.start()) and rx(r"\s*\p{Ll}").match(text, obj_start)
        )
        object_verb = OBJECT_VERBS.search(local)
        still_has = False
        if object_verb is None and "còn" in local:
            still = STILL_HAS.search(local)
            if still and PLACE_ONLY.fullmatch(text, local_start + _lead_len(local), local_start + still.start()) \
                    and LOWER_NOUN_AFTER.match(text, obj_start):
                # "Năm 2016, toàn tỉnh còn 13,51% hộ nghèo": a place still having a share of a group, named after the
                # figure, as "hiện còn" (object_verbs.txt); "Tỷ lệ hộ nghèo toàn tỉnh còn 3,2%" named it before
                object_verb, still_has = still, True
        if (object_verb and object_verb.group().strip().lower() == "cho"
                and not _quantity_head().match(text, rx(r"\s*").match(text, obj_start).end())):
            # "lập hồ sơ sức khỏe cá nhân cho khoảng 80% dân số": the activity is measured, not the people it reaches
            # (two real pages annotated blind); "tưới chủ động cho 76% diện tích lúa" still measures the area
            object_verb = None
        if object_verb and SECTOR_LISTED_BEFORE.search(local, 0, object_verb.start()):
            # "công nghiệp, xây dựng 45,9% - thương mại, dịch vụ …": a sector of a list, no verb (economic_sectors.txt)
            object_verb = None
        # a rate named after its figure is what the figure is, whatever verb came before: "đạt 89% tỷ lệ bao phủ",
        # "tăng thêm 10% tỷ lệ người cao tuổi được khám sức khỏe" (as "giảm 6% tỷ lệ hộ nghèo" and "95% tỷ lệ hộ dân …"
        # already read; train 041, 046, fresh zd02, jc01, lc03, ct04, cu03)
        rate_after = RATE_AFTER_FIGURE.match(text, obj_start) is not None
        if ((object_verb or change_object or bare or strive_first or rate_after) and not SCOPE_AFTER.match(text, obj_start)
                and not PER_PLAN_AFTER.match(text, obj_start, obj_start + AFTER_REACH)
                # (nothing counted after the figure: "Tỷ lệ che phủ rừng phấn đấu từ 42% trở lên." names it before the verb)
                and not (object_verb and NOTHING_AFTER.match(text, obj_start))):
            # (not a plan's figure after a slash: "Tỷ lệ che phủ rừng: 45%/KH 45%" names what is measured before it)
            # (not a scope after the figure: "…, hơn 89% | đối với đất sản xuất nông nghiệp" names which part, the
            # measure is named before; fresh 42)
            after = text[obj_start:cl_end]
            lead = rx(r"\s*(?:trở\s+lên\s+)?").match(after)
            a0 = obj_start + lead.end()
            # figure first ("100% xã đạt chuẩn nông thôn mới", "100% thôn, làng có điện lưới"): the rest of
            # the clause describes what is counted; after a verb ("cung cấp 100% dịch vụ …") the object ends
            # at a comma or a predicate
            first = bare
            # (after "có" the counted things may be a list: "có 80% trở lên thôn, khu dân cư đạt văn hóa")
            # (a target striven for, figure first, runs to a comma or a reference, its own predicate kept: "phấn đấu
            # 50% số tổ chức cơ sở Đảng đạt TSVM; …", "phấn đấu 95% hội viên nông dân được tuyên truyền các chủ
            # trương, chính sách …")
            stop_at = (FIRST_STOP if first or still_has or HAVE_VERB.search(local)
                       else OBJECT_STOP if KEEP_VERBS.search(local) or strive_first else AFTER_STOP)
            # (after any verb the plan's items, named, run on: "với 100% các chỉ tiêu kinh tế, kỹ thuật đều đạt …";
            # cut at the plan word they would leave a bare determiner; fresh ei4)
            led = DETERMINED_PLAN.match(text, a0) if stop_at is OBJECT_STOP or HAVE_VERB.search(local) else None
            # ("hoàn thành 98% các chỉ tiêu Nghị quyết Đại hội": the plan's items, named, are what is measured)
            stop = _stop_search(PLAN_NAME_STOP if led else stop_at, text, led.end() if led else a0, cl_end)
            a1 = stop.start() if stop else cl_end
            # "giảm 12% số người chết và | giảm 9% …": the next change's "và" is no part of it, nor a determiner left
            # before a stop ("… các | ;")
            a1 = _without_dangling(text, a0, a1)
            change_bracket = BRACKETED_CHANGE.search(text, a0, a1)
            if change_bracket and change_bracket.start() > a0:
                # "có 81,62% số hộ gia đình đạt danh hiệu “Gia đình văn hóa” | (tăng 2% so với năm 2021)": the change
                # of the share in brackets closes what is counted (fresh 85)
                a1 = change_bracket.start()
            words = list(rx(r"\S+").finditer(text, a0, a1))
            # (what is counted after "có" or a target's "phấn đấu" is described at length: "Có 98,7% hồ sơ khai thuế được
            # nộp qua phương thức điện tử"; after another verb the object is a noun phrase: "cung cấp 100% dịch vụ công")
            cap = 16 if first or HAVE_VERB.search(local) or STRIVE_BEFORE.search(local) else 12
            whole = (cap == 16 and cap < len(words) <= cap + 4 and (stop is None or text[stop.start()] == ";")
                     and not rx(r",").search(text, words[cap - 1].end(), a1))
            if len(words) > cap and not whole:  # a subject, not the rest of the sentence
                last = cap - 1
                while last > cap - 4 and self._inside_word(text, words[last + 1].start()):
                    last -= 1  # (not inside a word: "khai thuế điện | tử" ends before "điện")
                # (nor after a conjunction left dangling: "trong sinh hoạt và | tổ chức"; "(BHYT) theo | các")
                a1 = _without_dangling(text, a0, words[last].end())
                if _in_quote(text, a0, a1 - 1):  # (a quoted name is not cut: "tiêu chuẩn “Gia đình 5 không, 3 sạch”")
                    close = text.find("”" if "“" in text[a0:a1] else '"', a1)
                    a1 = close + 1 if 0 <= close < (stop.start() if stop else cl_end) else a1
            stop_at_start = stop is not None and stop.start() == a0
            det = DETERMINER_ONLY.match(text, a0) if first else None
            counted_at = det.end() if det else a0  # (after a determiner: "100% các chỉ tiêu …")
            if det and stop is not None and stop.start() == counted_at and INDICATOR_WORD.match(text, counted_at):
                stop_at_start = True  # "100% các chỉ tiêu kinh tế - xã hội năm 2023 …": a determiner, then the indicators
            if first and stop_at_start and INDICATOR_WORD.match(text, counted_at):
                # "Kết quả, 100% chỉ tiêu đạt và vượt": figure first, the indicators are what is measured
                head = INDICATOR_WORD.match(text, counted_at)
                more = AFTER_STOP.search(text, head.end(), cl_end)
                all_of = rx(r"\s+đều\s").search(text, head.end(), more.start() if more else cl_end)
                more = all_of or more  # ("… năm 2023 của huyện | đều đạt và vượt")
                a1, stop_at_start = (more.start() if more else cl_end), False
            if a1 - a0 >= 3 and not stop_at_start:
                if (object_verb or change_object or and_first or now_only or strive_first or rate_after
                        or not self._stretch_head(text, *stretches[-1])):
                    if ")" in text[a0:a1] and "(" not in text[a0:a1]:
                        a1 = a0 + text[a0:a1].index(")")  # "(…, giảm 17% số người bị thương)": the bracket closing
                    elif object_verb and (open_at := text.find("(", a0, a1)) >= 0 and ")" not in text[open_at:a1]:
                        # "vận động được 85% đối tượng đủ điều kiện vào Hội (tương đương 3.000 hội viên …": a bracket
                        # left open by the cut remarks on what is counted, no part of it
                        a1 = open_at
                    aside = _aside_start(text, a0, a1)
                    if aside is not None and aside > a0:
                        a1 = aside  # "ít nhất 39% số xã | (khoảng 3.500 xã) đạt chuẩn …": an aside on what is counted
                    return strip_span(text, a0, a1, " ,-\t\n(")  # (not the bracket of the next figure: "… tưới (tăng 1,4%)")
        h = self._local_subject(text, *stretches[-1])
        k = len(stretches) - 1
        if h is not None and PLAN_REFERENCE_ONLY.fullmatch(text, *h):
            h = None  # "Nông nghiệp - thủy sản: 20% (chỉ tiêu đại hội 27,5%)", "… đạt 95,6%, vượt chỉ tiêu Đại hội 10%": the
            # target of the quantity named before, no quantity of its own (fresh 31, 43, 50)
            chains = self._chains(text, self._preds(text, *stretches[-1]))
            before = self._clean(text, stretches[-1][0], chains[-1][0]) if chains else None
            if before and (_quantity_head().match(text, before[0]) or MEASURE_HEAD.match(text, before[0])):
                h = before  # "…; thu ngân sách vượt chỉ tiêu kế hoạch tỉnh giao (116%)": named before the verb (train 111)
        if h is not None and AND_GROWTH.fullmatch(text, *h):
            h = None  # "… vượt 103% kế hoạch và tăng trưởng 10,3%": the growth of the quantity the clause measures
        if h is not None and RANK_ONLY.fullmatch(text, *h):
            h = None  # "Với tổng thu … vượt 704.500 tỷ đồng, Hà Nội | đứng thứ hai cả nước, đạt 137,1%": a rank names nothing
        if h is not None and BARE_COMPARATIVE.fullmatch(text, *h):
            h = None  # "…, thấp hơn 5% so với chỉ tiêu và | thấp hơn 6% so với năm trước": the same quantity compared
        if h is not None and len(stretches) >= 2 and (
                PLACE_ONLY.fullmatch(text, *h) or PROPER_NAME_ONLY.fullmatch(text, *h)
                or (_org_only().fullmatch(text, *h) and not COUNT_RIGHT_BEFORE.search(text, max(0, h[0] - COUNT_REACH), h[0]))):
            # (not bodies counted: "…, 10/10 hợp tác xã (bằng 100%)" measures the cooperatives founded; group AS zco2)
            h = None  # "Tỷ lệ hộ nghèo toàn tỉnh còn 3,2%, riêng | huyện Mường Lát còn 12,5%": the same quantity, a part
            # (or the last of places listed: "tổng thu … trên địa bàn xã Tu Vũ, | Đồng Trung, | Hoàng Xá (cũ) tăng …")
        growth_only = None
        if h is not None and len(stretches) >= 2 and _bare_rise_rate_after_amount(text, stretches[-1][0], h, stretches[-2]):
            growth_only, h = h, None  # "… đạt 14.752 tỷ đồng, tốc độ tăng bình quân 33,1%/năm": that quantity's rise
        elif h is not None and len(stretches) >= 2 and _growth_verb_opens(text, stretches[-1][0], h):
            if not PER_YEAR.match(text, fig_end):
                # "…, tăng trưởng 4,51%": after a comma, the verb of the quantity named before (kept when none is)
                growth_only, h = h, None
            else:
                # a rate a year is a target of its own ("GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%/năm", train
                # 417), but for a sector opening the stretch before: "Công nghiệp duy trì vai trò động lực, tăng
                # trưởng gần 7%/năm" (fresh tc04)
                sector = SECTOR_OPENING.match(text, stretches[-2][0])
                if sector:
                    h = strip_span(text, sector.start(), sector.end())
        if h is None:
            # the head of an earlier stretch, at most MAX_STRETCHES_BACK back (bounded: linear cost
            # on clauses of hundreds of comma-joined stretches)
            for k in range(len(stretches) - 2, max(-1, len(stretches) - 2 - MAX_STRETCHES_BACK), -1):
                s0, s1 = stretches[k]
                after = lexicon.last_match(PERCENT, text, s0, s1) if "%" in text[s0:s1] else None
                then = _and_quantity().search(text, after.end(), s1) if after else None
                if after is None and "và" in text[s0:s1]:
                    # (or past an amount: "tổng diện tích gieo trồng … đạt 13.508 ha và tổng sản lượng lương thực đạt
                    # 33.828 tấn, | đạt 103,4% chỉ tiêu", fresh ql4)
                    then = lexicon.last_match(_and_quantity(), text, s0, s1)
                    if then and not AMOUNT_WITH_UNIT.search(text, s0, then.start()):
                        then = None
                if then:
                    # "… giảm 4,81% so với năm 2022 và giá trị kim ngạch nhập khẩu đạt 777 triệu USD, | tăng 17,76%":
                    # the quantity named after "và", past the figure before, is what the next figure measures
                    h = self._local_subject(text, then.end(), s1)
                    if h:
                        break
                h = self._stretch_head(text, *stretches[k])
                if h and PROPER_NAME_ONLY.fullmatch(text, *h):
                    h = None  # (a place's bare name listed before: "… xã Tu Vũ, | Đồng Trung, | Hoàng Xá (cũ) tăng …")
                    continue
                if h and JUNK_SUBJECT.fullmatch(text, *h):
                    # "…, tổng giá trị sản xuất tăng khá, | ước đạt trên 7.000 tỷ đồng, | bằng 23,8% kế hoạch": a verb and its
                    # amount name nothing; the quantity is further back
                    h = None
                    continue
                if h and BARE_COMPARATIVE.fullmatch(text, *h):
                    # "Tỉ lệ nước thất thoát … đạt 18,24%, thấp hơn 0,22% so với kế hoạch, | giảm 1,74%": a comparison
                    # of the quantity named before it, no head of its own (as for the stretch of the figure; fresh vh2)
                    h = None
                    continue
                if h and RANK_ONLY.fullmatch(text, *h):
                    # (a rank: the quantity ranked is named before it in the stretch, "tốc độ tăng trưởng kinh tế (GRDP)
                    # đứng đầu vùng … và đứng thứ 11 cả nước, | đạt 8,34%", or further back)
                    ranked = RANK_VERB.search(text, *stretches[k])
                    h = self._clean(text, stretches[k][0], ranked.start()) if ranked else None
                    if h and (_quantity_head().match(text, h[0]) or MEASURE_HEAD.match(text, h[0])):
                        break
                    h = None
                    continue
                if h and "%" in text[h[0] : h[1]]:
                    # "tỷ lệ che phủ rừng 16,3%, đạt 100%": the part before the figure; "68% kế hoạch
                    # thành phố giao, bằng 153%": a figure first names no subject
                    fig = PERCENT.search(text, h[0], h[1])
                    named = self._clean(text, h[0], fig.start()) if fig else None
                    if fig and (named is None or HAVE_ONLY.fullmatch(text, *named)) and HAVE_BEFORE_FIGURE.search(
                            text, max(h[0], fig.start() - 30), fig.start()):
                        # "…, bình quân hằng năm có 55,2% số hộ hội viên đạt danh hiệu …, | vượt 5,2% so với chỉ tiêu":
                        # the share counted after "có" is what the next figure compares too
                        named = self._clean(text, fig.end(), s1)
                    h = named
                    if h and k > 0 and _growth_verb_opens(text, s0, h):
                        continue  # "…, tăng trưởng 4,51% …, | đạt 94,68%": the quantity named before that growth
                if h:
                    break
        if h is None:
            h = growth_only
        if h is None:
            return (0, 0)
        # a rate over a list of what it counts, the last element described: "Tỷ lệ hộ gia đình, | thôn, | tổ dân phố đạt
        # danh hiệu văn hóa đạt 100%" (the rate's stretch and bare short elements between)
        if k > 0 and h[0] == strip_span(text, *stretches[k])[0] and text[h[0]].islower():
            for j in range(k - 1, max(-1, k - 5), -1):
                a, b = strip_span(text, *stretches[j])
                if TOPIC_ONLY.fullmatch(text, a, b):
                    break  # "Về cơ cấu kinh tế, | khu vực 1 chiếm tỷ trọng …": a topic, no rate over a list
                lead = a + _lead_len(text[a:b])
                if RATE_HEAD.match(text, lead) and len(text[lead:b].split()) <= 8 and not rx(r"\d").search(text, lead, b) \
                        and not self._preds(text, lead, b) and not HAS_SHIFTED.search(text, lead, b):
                    if all(len(text[x:y].split()) <= 3 and not rx(r"\d").search(text, x, y) and not self._preds(text, x, y)
                           for x, y in (strip_span(text, *stretches[i]) for i in range(j + 1, k))):
                        h = (rx(r"\s*").match(text, lead).end(), h[1])
                    break
                if len(text[a:b].split()) > 3:
                    break
        # a subject continuing a list takes in the bare noun stretches before it
        # ("Doanh thu thương mại, dịch vụ tăng 7,62%"; "nông, lâm nghiệp, thủy sản")
        for _ in range(3):
            first = strip_span(text, *stretches[k])
            bare_measure = BARE_MEASURE.fullmatch(text, h[0], h[1]) is not None
            if k > 0 and h[0] == first[0] and text[h[0]].islower() and _quantity_head().match(text, h[0]):
                # two quantities measured as one ("Tổng mức bán lẻ hàng hóa, | doanh thu dịch vụ tiêu dùng ước đạt …,
                # tăng 15,07%"): the stretch before, a bare quantity of its own, opens the subject
                a, b = strip_span(text, *stretches[k - 1])
                lead = a + _lead_len(text[a:b])
                if (b > lead and _quantity_head().match(text, lead) and len(text[lead:b].split()) <= 8
                        and not rx(r"\d").search(text, lead, b) and not self._preds(text, lead, b)
                        # (not a clause of its own, "Cơ cấu kinh tế chuyển dịch đúng hướng, | thu ngân sách tăng …", nor a
                        # frame, "Tại khu vực công nghiệp - xây dựng, | giá trị tăng thêm …": fresh 51, 48, 194, 198)
                        and not HAS_SHIFTED.search(text, lead, b) and not FRAME_OPENING.match(text, a)):
                    h = (lead, h[1])
                    break
            if k == 0 or not (text[h[0]].islower() or ABBREVIATION.match(text, h[0])) or h[0] != first[0] \
                    or (_quantity_head().search(text, h[0], h[1]) and not bare_measure):  # ("BHXH, BHYT, BHTN tăng 0,2%")
                break  # a subject naming its own quantity ("mục tiêu tăng trưởng") is no list element
            # (a bare measure word takes what it measures: "Cây lúa, diện tích đạt … 101,8% KH")
            words_end = min(first[1], h[1])
            where = WHERE_TAIL.search(text, first[0], words_end)  # ("ăn uống | trên địa bàn thành phố": no list element)
            head_words = text[first[0] : where.start() if where else words_end].split()
            a, b = stretches[k - 1]
            counted_first = COUNT_OPENS_LIST.search(text, a, b)
            if counted_first and not MEASURE_UNIT_ONLY.match(text, counted_first.start("el")) and len(head_words) <= 8 \
                    and not AMOUNT_NOUN.search(text, *first) \
                    and not self._preds(text, counted_first.start("el"), b) \
                    and all(p.group().lower() == "có" for p in self._preds(text, a, counted_first.start())):
                # "2.486 xóm, | tổ dân phố văn hoá, tăng 2,5%", "có 545 thôn, | ấp, | khu phố văn hóa (tỷ lệ 96,63%)":
                # a count opens the list, its first element right after the number (sets AR, AP); not the size of a
                # change ("tăng 79.261 người, | tương ứng 6,7%"); nor an element counting its own ("tuyển sinh 812 học sinh,
                # | giải quyết việc làm cho 760 lao động, đạt 93,6%")
                h = (counted_first.start("el"), h[1])
                break
            prev = text[a:b]
            # a short list element, alone or ending the list with "và" ("nông, lâm nghiệp và thủy sản …"); after a bare
            # level word any element ("thôn, | tổ dân phố văn hóa đạt 97,4%", "làng, | khu phố được công nhận …": the
            # kinds of unit counted; fresh 212, 224)
            if len(head_words[: head_words.index("và")] if "và" in head_words else head_words) > 4 and not (
                    LEVEL_WORD_ONLY.fullmatch(prev.strip()) and LEVEL_WORD_OPENING.match(text, first[0])):
                break
            # (the stretch's predicates, read once for the three tests below; none looked for in a stretch with a figure)
            figured = rx(r"\d").search(prev) is not None
            preds = self._preds(text, a, b) if prev.strip() and not figured else None
            if bare_measure and preds:
                # "Sản xuất công nghiệp đạt mức tăng trưởng khá, giá trị ước đạt …, đạt 100,7%": a bare measure word
                # measures what the clause before is about (train 114)
                named = self._stretch_head(text, a, b)
                if named and not BARE_MEASURE.fullmatch(text, *named) and not PLACE_ONLY.fullmatch(text, *named):
                    h = named
                break
            if preds and text[preds[-1].start() : preds[-1].end()].lower() == "là":
                # "… cao nhất là doanh thu dịch vụ lưu trú, | ăn uống tăng 36,98%": the list began after the copula
                # (train 606)
                named = self._clean(text, preds[-1].end(), b)
                if named and len(text[named[0] : named[1]].split()) <= 8:
                    h = (named[0], h[1])
                break
            if (
                not prev.strip()
                # (a rate's phrase runs longer: "Tỷ lệ học sinh trung học cơ sở xếp loại học lực khá, | giỏi đạt 68%")
                or len(prev.split()) > (20 if MEASURE_HEAD.match(text, a + _lead_len(prev)) else 12)
                or figured
                or preds
                or LEAD_IN.fullmatch(prev.strip() + " ")
                or OWN_CLAUSE.search(prev)
                or HAS_SHIFTED.search(prev)  # "Cơ cấu kinh tế có sự dịch chuyển, | ngành nông, lâm, thủy sản chiếm 23,8%"
                or TOPIC_ONLY.fullmatch(text, *strip_span(text, a, b))  # "Về cơ cấu kinh tế, | khu vực 1 chiếm …": a topic
                or ALONGSIDE.match(prev)  # "Song song với tăng trưởng tín dụng, | nợ quá hạn chỉ chiếm 0,13%"
                or FRAME_OPENING.match(prev)  # "Trong các khu vực sản xuất, | khu vực kinh tế có vốn …": where, no element
            ):
                break
            joined = self._clean(text, a, b)
            if joined is None:
                break
            h = (joined[0], h[1])
            k -= 1
        return h

    def subject_before(self, text: str, cl_start: int, depth: int = 5) -> tuple[int, int]:
        key = (cl_start, depth)
        if key not in self._before:
            self._before[key] = self._subject_before(text, cl_start, depth)
        return self._before[key]

    def _subject_before(self, text: str, cl_start: int, depth: int = 5) -> tuple[int, int]:
        """The subject of the clause before ``cl_start`` in the same paragraph (0, 0 if none).

        A clause whose subject is only a place ("…; huyện Ea Kar đạt 10,29%; huyện Lắk đạt 8,1%")
        passes on to the clause before it, up to ``depth`` clauses back.
        """
        before = self._clause_before(text, cl_start)
        if before is None:
            return (0, 0)
        p_start, end, s, e = before
        if ":" in text[end:cl_start]:
            # "- Tỷ lệ trường học đạt chuẩn quốc gia: 72%": a label naming a measure is its subject whole,
            # its own predicates included
            lead = p_start + _lead_len(text[p_start:end])
            bullet = BULLET_ONLY.match(text, lead)
            if bullet:
                lead = bullet.end()
            if MEASURE_HEAD.match(text, lead):
                whole = self._clean(text, lead, end)
                if whole:
                    return whole
        if (e <= s or PLACE_ONLY.fullmatch(text, s, e)) and depth > 1:
            return self.subject_before(text, p_start, depth - 1)
        if PLACE_ONLY.fullmatch(text, s, e):
            return (0, 0)
        # across a sentence end only a named quantity carries over ("… ở mức khá. Giá trị …" does not; a decimal point is
        # no sentence end: "(tăng 0.9%)")
        if (e > s and "." in text[end:cl_start] and rx(r"\.(?!\d)").search(text, end, cl_start)
                and not _quantity_head().search(text, s, e)):
            return (0, 0)
        return s, e

    def _clause_before(self, text: str, cl_start: int) -> tuple[int, int, int, int] | None:
        """(start, end, subject start, subject end) of the clause before ``cl_start``; memoized per
        document, whatever the depth it is asked at (linear cost on figure-dense text)."""
        if cl_start in self._clause_subjects:
            return self._clause_subjects[cl_start]
        end = cl_start
        while end > 0 and text[end - 1] in " \t.;:!?…(":  # ("… đạt 4.142 tỷ đồng (tăng 16,64%)": the clause before the bracket)
            end -= 1
        if end > 0 and text[end - 1] == ")":
            # a bracket closing the clause before remarks on it: "…; đã thi hành xong 5.024 việc (tăng 46 việc, 0,9% so
            # với cùng kỳ); đạt tỷ lệ 78%" goes on from what stands before the bracket (fresh au04)
            opened = text.rfind("(", max(0, end - 200), end - 1)
            if opened > 0 and ")" not in text[opened + 1 : end - 1] and "\n" not in text[opened:end]:
                end = opened
                while end > 0 and text[end - 1] in " \t":
                    end -= 1
        found = None
        # (none across a line break, also one right before the clause: "Toàn cảnh Hội nghị\n\nTổng thu …")
        if end > 0 and "\n" not in text[end - 1 : cl_start]:
            p_start, _ = clause_bounds(text, end - 1, window=CLAUSE_WINDOW)
            # no clause mark within reach: no clause before to speak of (and linear cost)
            if not (p_start > 0 and p_start == end - 1 - CLAUSE_WINDOW):
                p_start = max(p_start, end - 400)  # bounded: linear time on huge lines
                if p_start < end:
                    found = (p_start, end, *self.subject(text, p_start, end, end, end))
        self._clause_subjects[cl_start] = found
        return found

    def _preds(self, text: str, start: int, end: int) -> list[regex.Match]:
        # (not a predicate inside an aside in brackets with no figure: "tổng vốn đầu tư trên địa bàn (kết quả thực
        # hiện) 31.293 tỷ đồng, tăng 14,41%", fresh pk4)
        # (nor the first half of a pair written with a comma: "tỷ lệ có bằng, chứng chỉ đạt 28%", "bằng" a noun there;
        # resources/comma_pairs.txt)
        return [p for p in PREDICATE.finditer(text, start, end) if self._aligned(p)
                and not ("(" in text[max(start, p.start() - 60) : p.start()] and _in_plain_bracket(text, p.start()))
                and not (text.startswith(",", p.end()) and PAIR_COMMA.match(text, p.end()))]

    @staticmethod
    def _chains(text: str, preds: list[regex.Match]) -> list[list[int]]:
        """Chains of adjacent predicates ("thực hiện đạt", "giảm còn", "tăng bình quân ước đạt") as [start, end]."""
        chains: list[list[int]] = []
        for p in preds:
            gap = text[chains[-1][1] : p.start()] if chains else ""
            # (two predicates joined by "và" make one: "đạt và vượt", "hoàn thành và hoàn thành vượt")
            if chains and (not gap.strip() or gap.strip().lower() == "và" or (len(gap) < 30 and _filler_only().fullmatch(gap))):
                chains[-1][1] = p.end()
            else:
                chains.append([p.start(), p.end()])
        return chains

    def _local_subject(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Subject within the figure's own stretch ``[start, end)``."""
        end = _without_accompanying_count(text, start, end)
        restated = CHANGE_RESTATED_BRACKET.search(text, start, end)
        if restated and restated.start() > start:
            # "số vụ giảm 24 vụ (giảm 10,17%)": the change told as a count, then in per cent: what changed is named
            # before the verb, not the count (eval_long 14)
            named = self._clean(text, start, restated.start())
            if named:
                return named
            # (only a comparison before it, nothing named: "So với cùng kỳ năm 2019 giảm 32 vụ (12,2%)": what it counts
            # changed; group AN zbd4)
            counted = (self._clean(text, restated.start("unit"), restated.end("unit"))
                       if text[start : restated.start()].strip(" \t,;:") else None)
            if counted:
                return counted
        if restated and not text[start : restated.start()].strip(" \t,;:") and (
                _opens_item(text, restated.start())
                # (or after a comma closing another such change: "giảm 32 vụ (12,2%), | giảm 39 người chết (27,3%)";
                # group AN zbd4)
                or COUNTED_CHANGE_BEFORE.search(text, max(0, restated.start() - 90), restated.start())):
            # "…; giảm 506 hộ nghèo (tương đương giảm 1,42%)": an item opening on its verb, nothing named before it: what it
            # counts changed (group T vc2; after a comma the subject named before goes on: "số thụ lý mới là 9.500 việc,
            # tăng 850 việc (tăng 9,8%)")
            counted = self._clean(text, restated.start("unit"), restated.end("unit"))
            if counted:
                return counted
        bracket = SHARE_BRACKET.search(text, start, end)
        if bracket:
            # "có 109/111 cơ quan đạt danh hiệu cơ quan văn hóa (tỷ lệ 98,2%)": the share of what was counted
            share = not rx(r"(?i)đạt|bằng").search(bracket.group())  # (a share, "(tỷ lệ …", "(chiếm …", not "(đạt …")
            group = COUNTED_GROUP_BRACKET.search(text, start, bracket.start()) if share else None
            if group:  # "88 xã đạt 10-14 tiêu chí (43,6%)": the share of the group counted, what it reached and all
                return strip_span(text, group.start(), group.end())
            counted = COUNT_BEFORE_NOUN.search(text, start, bracket.start()) or (
                COUNT_AFTER_VERB.search(text, start, bracket.start()) if share else None)
            bare_unit = BARE_UNIT_COUNT.search(text, start, bracket.start() + 1)
            if counted and bare_unit and "%" in text[counted.end() : bare_unit.start()]:
                # "có 250 xã (42,4%) đạt chuẩn … nâng cao và | 74 xã (12,3%) đạt chuẩn … kiểu mẫu": the count right before
                # this bracket is its own, another share stands between (group AB xp4)
                counted = None
            if counted:
                head = self._clean(text, counted.end(), bracket.start(), digits=True)
                if head and len(text[head[0] : head[1]].split()) == 1:
                    # "Số hộ đạt gia đình văn hóa đạt 14.504/18.600 hộ (tỷ lệ …)", "tổng số xã về đích là 58 xã
                    # (chiếm 44%)": a bare unit repeats the subject named before the verb
                    named = self._named_before_count(text, start, counted.start())
                    if named and (text[head[0] : head[1]].lower() in text[named[0] : named[1]].lower().split()
                                  or MEASURE_UNIT_ONLY.fullmatch(text, *head)):
                        return named  # (or a unit of measure: "Tổng sản lượng … đạt 140/165 tấn (đạt 84,85% …)"; set AW)
                    if named is None and share and not counted.group().lower().startswith("có"):
                        # "Đơn vị đã thụ lý, giải quyết 2.159/2.476 tin (tỷ lệ 87%)": the unit alone, the
                        # activity counted is what the share measures
                        done = self._clean(text, start, counted.start())
                        if done and not PLACE_ONLY.fullmatch(text, *done) and text[done[0] : done[1]].lower() != "có":
                            return done  # (not the bare "có" of "Đến nay có 15/18 xã (83,3%) …": nothing done)
                    if named is None:
                        # "có 9/18 xã (đạt 50%) đạt chuẩn nông thôn mới": the bare unit counted, then in brackets
                        # its share; what the share measures is the predicate after the bracket (train 509)
                        after = self._predicate_after_bracket(text, end)
                        if after:
                            return after
                if head:
                    return head
            elif bare_unit:
                # "trong đó 40 xã (88,9%) đạt chuẩn nông thôn mới": a bare count of units, its share in brackets,
                # then what the share measures (as "có 9/18 xã (đạt 50%) đạt chuẩn …")
                after = self._predicate_after_bracket(text, end)
                if after:
                    return after
        preds = self._preds(text, start, end)
        if not preds:
            return self._clean(text, start, end) or self._counted(text, start, end)
        chains = self._chains(text, preds)
        # verb first: "giảm tỷ lệ nghèo đa chiều 15,94%", "duy trì tốc độ tăng trưởng bình quân 7,54%"
        tail = text[chains[-1][1] : end]
        filler = FILLER.search(tail)
        t_end = chains[-1][1] + (filler.start() if filler else len(tail))
        t = self._clean(text, chains[-1][1], t_end)
        last_verb = text[chains[-1][0] : chains[-1][1]].lower()
        if t and last_verb in ("đạt", "là") and MEASURE_HEAD.match(text, start + _lead_len(text[start:end])):
            # "tỷ lệ xã đạt chuẩn nông thôn mới 83,2%": a measure noun first, the verb is inside its phrase
            whole = self._clean(text, start, t_end)
            if whole:
                return whole
        # (not after "phấn đấu": "ngành Nông nghiệp phấn đấu đạt tốc độ tăng trưởng khoảng 3%", who strives is no measure)
        hedged = bool(HEDGE_VERB.search(text, chains[-1][0], chains[-1][1]))
        if t and (GENERIC_MEASURE.fullmatch(text, *t) or (hedged and BARE_GROWTH.fullmatch(text, *t))) and chains[-1][0] > start \
                and not STRIVE_BEFORE.search(text, start, chains[-1][1]) and (
                last_verb_is(text, chains[-1], "đạt") or last_verb_is(text, chains[-1], "duy trì") or hedged):
            # (or after a hedge: "Ngành công nghiệp - xây dựng dự kiến tăng trưởng gần 4%", "Dịch vụ dự kiến tốc độ tăng
            # hơn 8,8%": the sector before it grows; fresh ek2)
            # "Sản xuất nông, lâm nghiệp, thủy sản đạt tốc độ tăng trưởng 3,3%", "Tỷ lệ nghèo đa chiều duy trì mức
            # giảm từ 1-1,5%/năm" (set AQ): what grew or fell stands before the verb
            r_start = chains[-2][1] if len(chains) >= 2 else start
            before = self._clean(text, r_start, chains[-1][0])
            if before and not PLACE_ONLY.fullmatch(text, *before) and not AND_ENDING.search(text, *before) and (
                    last_verb_is(text, chains[-1], "đạt") or hedged or MEASURE_HEAD.match(text, before[0])):
                return before  # (after "duy trì" only a rate kept: "Huế duy trì tốc độ tăng trưởng 7,54%", dev 048)
                # (not a clause joined by "và" before the verb: "Kinh tế tiếp tục phát triển và | đạt tốc độ tăng trưởng
                # 6,5%" names no quantity before it; the rate is the subject, fresh mm02, mm05)
        if t and len(rx(r"(?i)bình\s+quân|hằng\s+năm|mỗi\s+năm").sub("", text[t[0] : t[1]]).split()) >= 2 and not (
                CHANGE_START_POINT.match(text, *t) and _quantity_head().match(text, start + _lead_len(text[start:end]))):
            return t  # (not where a change starts, after the quantity named: "Số hộ nghèo giảm | từ đầu kỳ 48,9% …")
        if len(chains) >= 2 and MEASURE_HEAD.match(text, start):
            r = self._clean(text, start, chains[-1][0])
            if r:
                return r
        if len(chains) >= 2:
            # "Bậc tiểu học có | tỷ lệ học sinh đạt về phần năng lực chiếm trên 94%": the rate had, its own verb inside
            have = rx(r"(?i)(?<![\p{L}\p{M}])có\s+").search(text, start, chains[-1][0])
            if have and MEASURE_HEAD.match(text, have.end()):
                r = self._clean(text, have.end(), chains[-1][0])
                if r:
                    return r
        share_verb = len(chains) >= 2 and (last_verb_is(text, chains[-1], "chiếm") or (
            last_verb_is(text, chains[-1], "đạt") and RATE_WORD_ONLY.fullmatch(text, chains[-1][1], end) is not None))
        n_start = chains[-3][1] if len(chains) >= 3 else start  # (where the things a share is of may be named)
        count = None  # (the count before them, looked for only where a share's verb is read)
        if (len(chains) >= 2 and not share_verb and last_verb_is(text, chains[-1], "đạt") and not text[chains[-1][1] : end].strip()
                and text[chains[-2][0] : chains[-2][1]].lower() == "đạt"):
            count = lexicon.last_match(SHARE_COUNT_LEAD, text, n_start, chains[-2][0])
            share_verb = count is not None  # "11 đơn vị đạt loại tốt đạt 38%": things counted, what they reached, their share
        if share_verb and text[chains[-2][0] : chains[-2][1]].lower() in ("là", "đạt"):
            # "đại biểu là người ngoài Đảng chiếm hơn 46,7%", "trưởng thôn là đảng viên, chiếm 82,1%": the share of those
            # who are …, the copula inside the noun phrase (set AP; as "tỷ lệ sinh là con thứ 3 …"); "học sinh đạt học lực
            # khá và giỏi chiếm trên 40%": the share of those who reached it (fresh 49); counted first, or "đạt tỷ lệ"
            # the share's verb: "18 chi hội đạt đơn vị xuất sắc chiếm 62%", "có 100/166 khu dân cư đạt khu dân cư văn
            # hóa đạt tỷ lệ 60,24%" (fresh di03, ds05)
            count = count or lexicon.last_match(SHARE_COUNT_LEAD, text, n_start, chains[-2][0])
            named = self._clean(text, count.end() if count else n_start, chains[-2][0])
            if named and len(text[named[0] : named[1]].split()) <= 3 and not rx(r"\d").search(text, chains[-2][1], chains[-1][0]):
                whole = strip_span(text, named[0], chains[-1][0], " ,-\t\n(")
                if whole[1] > whole[0]:
                    return whole
        lead = start + _lead_len(text[start:end])
        if len(chains) == 1 and MEASURE_HEAD.match(text, lead) and "%" not in text[start : chains[-1][0]]:
            # "tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi | đạt 71,6%": a rate's phrase keeps its numbers,
            # whatever its verb ("tỷ lệ người sinh con thứ 3 trở lên | còn 6%")
            r = self._clean(text, start, chains[-1][0], digits=True)
            if r and MEASURE_HEAD.match(text, r[0]):
                return r
        for i in range(len(chains) - 1, -1, -1):
            r_start = chains[i - 1][1] if i > 0 else start
            r = self._clean(text, r_start, chains[i][0])
            if r is None and _quantity_head().match(text, r_start + _lead_len(text[r_start : chains[i][0]])):
                # a quantity's phrase keeps its numbers: "Mật độ điện thoại/100 dân | đạt 140 thuê bao (tăng …)"
                r = self._clean(text, r_start, chains[i][0], digits=True)
                if r is not None and "%" in text[r[0] : r[1]]:
                    r = None  # (not another figure's phrase: "tỷ lệ bao phủ khoảng 91,01% dân số")
            if r is None and not (i > 0 and text[chains[i - 1][0] : chains[i - 1][1]].lower() == "đạt"
                                  and _quantity_head().search(text, chains[i - 2][1] if i > 1 else start, chains[i - 1][0])):
                # (not what "đạt" reaches after a quantity named before it: "tổng lượng khách du lịch … đạt 24 triệu lượt
                # khách (tăng 9,1% …)" measures the quantity, the count is its figure; fresh ua01)
                r = self._counted(text, r_start, chains[i][0])
            if r:
                return r
        return None

    @staticmethod
    def _second_plan_ratio(text: str, before: tuple[int, int], fig_end: int, cl_end: int) -> bool:
        """Whether a figure opening its stretch is followed by a plan only, up to the stretch's end, as the figure
        ending the stretch ``before`` is ("…, đạt 116,6% KH tỉnh giao, | 96,9% KH huyện giao"; fresh iu01): a ratio of
        the same quantity to another plan, no share of things counted."""
        def plan_after(at: int, end: int) -> bool:
            gap = rx(r"\s*(?:so\s+với\s+)?").match(text, at, end)
            ref = PLAN_REFERENCE_ONLY.match(text, gap.end(), end)
            return ref is not None and rx(r"\s*(?:[,;.)]|$)").match(text, ref.end(), end) is not None
        prev = lexicon.last_match(PERCENT, text, *before) if "%" in text[before[0] : before[1]] else None
        return prev is not None and plan_after(prev.end(), before[1]) and plan_after(fig_end, cl_end)

    @staticmethod
    def _counted_share(text: str, cl_start: int, first: int) -> tuple[int, int] | None:
        """The things counted right before ", chiếm X%", with their count: "Toàn tỉnh còn 6.636 hộ nghèo, chiếm
        1,94%" measures "6.636 hộ nghèo" (annotators write "hộ nghèo" or "47 cấp ủy viên"; the count keeps both
        readings; a count of money or of a bare unit counts no things)."""
        share = SHARE_VERB.search(text, max(cl_start, first - 30), first)
        counted = COUNTED_BEFORE_SHARE
        if share is None:
            # "cuối năm còn 3.414 hộ nghèo, | giảm 7,5%", "có 2.486 gia đình văn hoá, tăng 2,5%": the change of a
            # stock counted after "còn"/"có" (sets AR, AT, AX, BA)
            share, counted = STOCK_CHANGE.search(text, max(cl_start, first - 30), first), STOCK_COUNTED
        if share is None:
            # "37.196 hộ đạt gia đình văn hóa, | đạt tỷ lệ 93,7%": what a count opening the clause counts, reached (the
            # count must open it: "kết nạp 315 đảng viên mới, đạt 105% kế hoạch" measures the activity; fresh zl5)
            share = SHARE_REACHED.search(text, max(cl_start, first - 30), first)
            if share is not None:
                m = COUNTED_BEFORE_SHARE.search(text, max(cl_start, share.start() - 120), share.start())
                before = text[cl_start : m.start()] if m is not None else ""
                before = before[_lead_len(before) :].strip(" \t\n,;:-+•*")  # (after a lead-in: "Năm 2024, 37.100 hộ …")
                if m is None or before and not HAVE_ONLY.fullmatch(before):
                    return None
                if ":" in text[max(0, cl_start - 3) : m.start()]:
                    return None  # "Điều trị nội trú: 15.366/13.273 lượt bệnh nhân, đạt 115,7%", "Số xã đạt chuẩn …: lũy
                    # kế 10 xã, đạt 41,7%": the label names it
                counted = COUNTED_BEFORE_SHARE
        if share is None:
            return None
        m = counted.search(text, max(cl_start, share.start() - 120), share.start())
        if m is None and counted is STOCK_COUNTED:
            # "các bệnh viện đã thực hiện 27.803 ca cấp cứu, | tăng 108,2%": what was done, counted, changed (the activity
            # and its count; who did it is no measure: issue 13, fresh zi5)
            done = DONE_COUNTED.search(text, max(cl_start, share.start() - 120), share.start())
            if done is not None and not SHARE_UNIT_ONLY.match(text, done.start("noun")):
                return strip_span(text, done.start("act"), done.end("noun"))
        if m is None:
            return None
        # (a multiplier before the noun counts things: "cho 363 nghìn hộ dân, chiếm 99,73%"; "3 nghìn tỷ đồng" no)
        times = MULTIPLIER.match(text, m.start("noun"))
        if SHARE_UNIT_ONLY.match(text, times.end() if times else m.start("noun")):
            return None
        number = rx(r"\d").search(text, m.start(), m.start("noun")).start()
        return strip_span(text, number, m.end("noun"))

    def _named_before_copula(self, text: str, cl_start: int, counted: tuple[int, int]) -> tuple[int, int] | None:
        """What a count after the copula repeats, named before it: "đảng viên hoàn thành tốt nhiệm vụ là | 55 đảng
        viên |, chiếm 76,3%" measures the group named, its count's noun one of its words (as a share in brackets
        after "tổng số xã về đích là 58 xã (chiếm 44%)"); None when the count names something else."""
        copula = COPULA_BEFORE_COUNT.search(text, max(cl_start, counted[0] - 8), counted[0])
        if copula is None:
            return None
        number = rx(r"\d[\d.,]*\s+").match(text, counted[0])
        noun = text[number.end() : counted[1]].lower().split() if number else []
        if not noun or len(noun) > 2:
            return None
        named = self._named_before_count(text, cl_start, counted[0])
        if named is None:
            return None
        words = text[named[0] : named[1]].lower()
        return named if regex.search(r"(?<![\p{L}\p{M}])" + regex.escape(" ".join(noun)) + r"(?![\p{L}\p{M}])",
                                     words) else None

    @staticmethod
    def _predicate_after_bracket(text: str, figure: int) -> tuple[int, int] | None:
        """The predicate right after the bracket holding the figure at ``figure`` ("… xã (đạt 50%) | đạt chuẩn
        nông thôn mới |."), up to the clause's end; None if the bracket is no short one or a clause ends there."""
        close = text.find(")", figure, figure + 20)
        if close < 0 or "(" in text[figure:close]:
            return None
        m = PREDICATE_AFTER_BRACKET.match(text, close + 1)
        return strip_span(text, m.start("p"), m.end("p"), " ,") if m else None

    def _named_before_count(self, text: str, start: int, count: int) -> tuple[int, int] | None:
        """The subject before the predicate of a count ("Số hộ đạt chuẩn văn hóa | đạt | 14.504/18.600 hộ")."""
        preds = self._preds(text, start, count)
        if not preds:
            return None
        named = self._clean(text, start, self._chains(text, preds)[-1][0])  # (the verb of the count)
        if named is None or PLACE_ONLY.fullmatch(text, *named) or _org_only().fullmatch(text, *named):
            return None
        return named

    def _counted(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """What was done and counted, a number inside ("huyện đã kết nạp được 90 đảng viên mới (đạt
        78% kế hoạch)", "giải quyết việc làm cho 4.000 lao động, đạt 52,8%"), without who did it."""
        counted = lexicon.last_match(AMOUNT_NOUN, text, start, end)
        if counted is None or UNIT_ONLY.match(text, counted.end()):
            return None
        begin = self._verb_before(text, start, counted.start())
        if REFERENCE_STRETCH.match(text, begin):
            return None  # "… so tổng dự toán 2022 và bằng …": what the figure compares with
        if rx(r"(?i)so(?:\s+với)?\s").match(text, counted.end()) or rx(r"(?:19|20)\d\d\s").fullmatch(counted.group()):
            return None  # a difference from a reference ("…, vượt 204,4 tấn so với kế hoạch và"), a year
        return self._clean(text, begin, end, digits=True)

    def _stretch_head(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        key = (start, end)
        if key not in self._heads:
            self._heads[key] = self._stretch_head_of(text, start, end)
        return self._heads[key]

    def _stretch_head_of(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Head of an earlier stretch: before its first predicate or qualified amount, or all of it.

        A count ("toàn tỉnh có 71 xã đạt chuẩn nông thôn mới") gives what is counted; a
        copula names it ("Chỉ tiêu không đạt là tỷ lệ lao động qua đào tạo").
        """
        end = _without_accompanying_count(text, start, end)
        counted_change = COUNT_CHANGED_STRETCH.fullmatch(text, start + _lead_len(text[start:end]), end)
        if counted_change and SHARE_OF_PLAN_NEXT.match(text, end, end + 30):
            # "Số hộ nghèo giảm 37 hộ, | đạt 132% kế hoạch năm": a count named, its change right after it, and no level:
            # the share after it is of the change (group W vv3; "Năm 2022 toàn huyện giảm 105 hộ nghèo, đạt 140%
            # chỉ tiêu" names the change so, fresh su4)
            return strip_span(text, counted_change.start(), counted_change.end(), " ,;")
        restated = CHANGE_COUNT_STRETCH.fullmatch(text, start, end)
        if restated and _opens_item(text, restated.start("act")):
            # "…; giảm 506 hộ nghèo (tương đương giảm 1,42%), | đạt 110% kế hoạch giao": the change told as a count, then
            # in per cent; the share of the plan after it is of the change (group T vc2)
            return restated.span("act")
        aside = TRAILING_ASIDE.search(text, start, end)
        if aside and strip_span(text, start, aside.start())[1] > start:
            end = aside.start()  # "thi hành kỷ luật 1.616 đảng viên (khiển trách 1.221, …, khai trừ 165)": the aside goes
        having_rate = HAVING_RATE.search(text, start, end)
        if having_rate and _title_before(text, start, having_rate.start()):
            start = having_rate.end()  # "…, Giám đốc Sở … có | tỷ lệ phiếu tín nhiệm cao thấp nhất, chiếm 52%": the rate
            # a person holding a post has, not the post
        share = SHARE_FIRST_STRETCH.match(text, start + _lead_len(text[start:end]), end)
        if share:
            # "(Toàn tỉnh) có 85% trường đạt chuẩn quốc gia, | tăng 5% …": the stretch opens on a share of what it
            # counts; the change after it is the change of that share
            named = self._clean(text, share.start("n"), share.end("n"))
            if named:
                return named
        preds = self._preds(text, start, end)
        lead = start + _lead_len(text[start:end])
        # "Ước tổng sản lượng … 6.548 tấn": a leading "ước" hedges the stretch, it is no predicate
        # ("Nổi bật là tổng thu ngân sách … đạt …": a word of the lead-in is no predicate either)
        # (nor "ước" right after a name alone: "Hà Nội ước đón 3 triệu lượt khách" hedges the count, as "Toàn tỉnh ước …")
        # (nor a leading "Dự kiến": "Dự kiến doanh nghiệp sẽ nộp ngân sách nhà nước 61 tỷ đồng, | tăng 11%", fresh 26)
        preds = [p for p in preds if not (p.start() < lead or (p.start() <= lead and p.group().lower().startswith(("ước", "dự kiến")))
                                          or (p.group().lower() == "ước"
                                              and (NAME_ONLY.fullmatch(text[lead : p.start()].strip())
                                                   # (nor "ước" hedging a verb and its amount: "ngành du lịch ước đón trên
                                                   # 16 triệu lượt khách" counts as "… đón …" does; fresh st5)
                                                   or HEDGED_VERB_AMOUNT.match(text, p.start(), end))))]
        copula = next((p for p in preds if p.group().lower() == "là"), None)
        if copula and rx(r"(?i)(?<![\p{L}])(?:chỉ\s+tiêu|tiêu\s+chí|mục\s+tiêu)(?![\p{L}])").search(text, start, copula.start()):
            named = self._clean(text, copula.end(), end)  # the indicator it names
            if named:
                return named
        # before the first predicate ("ước có 55/71 xã": "ước" hedges the count, it is no predicate of its own)
        limit = next((p.start() for p in preds if not p.group().lower().startswith("ước")), end)
        if copula and copula.start() == limit:
            # "Điểm sáng nhất trên lĩnh vực kinh tế là thu ngân sách ước đạt …", "Đáng chú ý nhất là kim ngạch xuất
            # khẩu đạt …": a frame, then the copula naming a measured quantity (resources/quantity_heads.txt); no
            # quantity before the copula
            after = rx(r"\s*").match(text, copula.end()).end()
            if _quantity_head().match(text, after) and not _quantity_head().search(text, start, copula.start()) \
                    and not MEASURE_HEAD.search(text, start, copula.start()):
                named = self._clean(text, after, _next_predicate(preds, copula.end(), end))
                if named:
                    return named
        example = EXAMPLE_AFTER.search(text, limit, end) if limit < end else None
        if example:
            # "Một số mặt hàng tăng mạnh như rau quả đạt 5,69 tỷ USD, | tăng 69,2%": the example named after "như",
            # up to its own predicate, is what the figures after it measure
            own = next((p.start() for p in preds if p.start() >= example.end()), None)
            named = self._clean(text, example.end(), own) if own is not None else None
            if named:
                return named
        counted = COUNTED.search(text, start, limit)
        if counted is None and not text[max(0, start - 3) : start].strip().endswith(":"):
            counted = OPENING_FRACTION.match(text, lead, limit)  # (after a label's colon the label names it)
        if counted and MEASURE_UNIT_ONLY.match(text, counted.end()):
            counted = None  # "… chỉ có hơn 8,4 tỷ đồng": an amount, nothing counted
        if counted and SHARE_UNIT_ONLY.match(text, counted.end()):
            # "Tổng đàn đại gia súc hiện có hơn 10.923 con, đạt 101%": the amount of what is named before it
            named = self._clean(text, start, counted.start())
            if named and not PLACE_ONLY.fullmatch(text, *named):
                adverb = rx(r"(?i)\s+(?:hiện\s+nay|hiện|nay|vẫn|đã)$").search(text, *named)
                return (named[0], adverb.start()) if adverb else named
        if counted:  # the first thing counted: "07 xã đạt chuẩn nông thôn mới và 09 xã …"
            more = rx(r"\s+và\s+\d").search(text, counted.end(), end)
            head = self._clean(text, counted.end(), more.start() if more else end)
            later = [p for p in preds if p.start() > counted.end()]
            if head is None and later:  # "có 28 sản phẩm OCOP đạt từ 3 sao trở lên": up to its predicate
                head = self._clean(text, counted.end(), later[0].start())
            if head is None and not later and more is None and not PERCENT.search(text, counted.end(), end):
                # "có 10 sản phẩm OCOP được xếp hạng 3 sao": a number inside what is counted describes it
                head = self._clean(text, counted.end(), end, digits=True)
            return head
        if preds:
            chains = self._chains(text, preds)
            if len(chains) >= 2 and MEASURE_HEAD.match(text, start + _lead_len(text[start:end])):
                # "tỷ lệ học sinh đạt tốt nghiệp là 99,08%": a measure noun's phrase runs to its last predicate
                head = self._clean(text, start, chains[-1][0])
                if head:
                    return head
            head = self._clean(text, start, preds[0].start())
            gap = strip_span(text, lead, preds[0].start())
            if head is None and (gap[1] <= gap[0] or CUT.fullmatch(text, *gap)):
                # "…; thực hiện giải ngân vốn đầu tư xây dựng cơ bản hơn 580,8 tỷ đồng, | đạt 48,16% kế hoạch": verb
                # first, the quantity named after it (quantity_heads.txt) is what is measured (set AY); also after a
                # word that opens a subject ("…; phấn đấu giảm tỷ lệ hộ nghèo xuống còn 431 hộ, | chiếm 1,07%")
                chain = self._chains(text, preds)[0]
                after = rx(r"\s*").match(text, chain[1]).end()
                if _quantity_head().match(text, after):
                    named = self._clean(text, after, _next_predicate(preds, chain[1], end))
                    if named:
                        return named
                light = LIGHT_VERB.match(text, preds[0].start()) if chain[1] == preds[0].end() else None
                if light:
                    # "…, đạt 120% kế hoạch, thực hiện chuyển đổi từ đất lúa sang rau màu hơn 346 ha, | đạt 69% kế
                    # hoạch": a light verb opening the stretch, the activity after it up to its amount (fresh 27)
                    stop = _next_predicate(preds, chain[1], end)
                    amount = AMOUNT.search(text, light.end(), stop) or rx(r"\d").search(text, light.end(), stop)
                    named = self._clean(text, light.end(), amount.start() if amount else stop)
                    if named:
                        return named
            if head and CAUSE_ONLY.fullmatch(text, *head):
                # "…, chủ yếu do giảm xuất khẩu thủy sản (ước 925 triệu USD, đạt 80,43% kế hoạch)": a cause, then the
                # change and the quantity it befell (set AM)
                chain = self._chains(text, preds)[0]
                named = self._clean(text, chain[1], _next_predicate(preds, chain[1], end))
                if named:
                    return named
            if (head and preds[0].group().lower() == "đạt" and not _quantity_head().search(text, *head)
                    and not MEASURE_HEAD.search(text, *head)):
                # "nhóm ngân hàng đạt tổng mức huy động vốn 57.763 tỷ đồng, | tăng 11,8%": who reached it, then the
                # quantity reached (resources/quantity_heads.txt) is what is measured (issue 13: never the actor; fresh bk2)
                after = rx(r"\s*").match(text, preds[0].end()).end()
                if _quantity_head().match(text, after):
                    named = self._clean(text, after, _next_predicate(preds, preds[0].end(), end))
                    # (not a bare value or rate, "đạt tổng giá trị …", "đạt tốc độ tăng trưởng cao": the sector before
                    # it is what grew; fresh yk3, za3)
                    if named and not BARE_VALUE_OR_RATE.fullmatch(text, *named):
                        return named
            if head and not _quantity_head().search(text, *head) and not MEASURE_HEAD.search(text, *head):
                # "thương mại, dịch vụ duy trì đà tăng trưởng với tổng mức bán lẻ hàng hóa … đạt 256.200 tỷ đồng, | tăng
                # 14%": a sector's course, then "với" and the quantity it is measured by (fresh 127)
                for w in WITH_WORD.finditer(text, preds[0].end(), end):
                    if _quantity_head().match(text, w.end()):
                        named = self._clean(text, w.end(), _next_predicate(preds, w.end(), end))
                        if named:
                            return named
                        break
            if head and NAME_ONLY.fullmatch(text, *head):
                # "Bình Nguyên là một trong 3 địa phương có tỷ lệ hộ nghèo thấp nhất huyện, | đến nay chỉ còn 2,2%": a
                # place's name says who, the quantity named after it what is measured (set AP)
                quantity = _quantity_head().search(text, preds[0].end(), end)
                if quantity:
                    own = _next_predicate(preds, quantity.end() + 1, end)
                    rank = rx(r"(?i)\s+(?:cao|thấp|lớn|nhỏ)\s+nhất(?![\p{L}])").search(text, quantity.end(), own)
                    named = self._clean(text, quantity.start(), rank.start() if rank else own)  # (not its rank)
                    if named:
                        return named
            if head is None and preds[0].group().lower() == "là":
                # "Đứng thứ 3 là Hải Phòng với tổng thu ngân sách đạt 190.379 tỷ đồng, | vượt 35%": a rank before the
                # copula names nothing; what follows it does (the cut at "với", the amount dropped)
                named = self._clean(text, preds[0].end(), end)
                if named and not PLACE_ONLY.fullmatch(text, *named) and not NAME_ONLY.fullmatch(text, *named):
                    return named
            if preds[0].group().lower() == "đạt" and (head is None or PLACE_ONLY.fullmatch(text, *head)
                                                      or _org_only().fullmatch(text, *head)):
                # "toàn công ty đạt 850,22 triệu kWh điện thương phẩm, | tăng 5,32%", "… đạt 850 tỷ đồng doanh thu": who
                # reached it, an amount in its unit, then the quantity it measures, closing the stretch (fresh cp03; not
                # "khách du lịch … đạt hơn 908 nghìn lượt khách": the quantity named before, its count's unit after)
                amount_noun = AMOUNT_THEN_NOUN.match(text, preds[0].end(), end)
                if amount_noun:
                    named = self._clean(text, amount_noun.start("n"), amount_noun.end("n"))
                    if named:
                        return named
            if _org_only().fullmatch(text, lead, preds[0].start()):
                head = None  # "Tỉnh Đoàn thực hiện được 7 công trình …": what it did, below
            elif (head and ASPECT_GAP.fullmatch(text, head[1], preds[0].start() + 4)
                  and not _quantity_head().search(text, *head) and not MEASURE_HEAD.search(text, *head)
                  and lexicon.last_match(AMOUNT_NOUN, text, preds[0].end(), end)):
                head = None  # "ngành y tế đã | thực hiện hơn 3,5 triệu lượt khám bệnh, | đạt 116,6%": who acted, an aspect
                # marker, then what was done and counted (below); never the actor (issue 13; group R uj5)
            elif head is None or not PLACE_ONLY.fullmatch(text, *head):
                return head
            # "Toàn xã hiện còn 4 hộ nghèo": who counts is no subject, what is counted is
        counted = lexicon.last_match(AMOUNT_NOUN, text, start, end)
        if counted and text.count("(", start, counted.start()) > text.count(")", start, counted.start()):
            counted = None  # "Tổng mức đầu tư (của 3 địa phương) trong 5 năm, …": a count in an aside counts nothing
        if counted and CASE_UNIT_ONLY.match(text, counted.end()) and COUNT_LABEL.match(text, lead):
            # "Tổng số án bị hủy do lỗi chủ quan 20 vụ, | chiếm 0,3%": a label naming what it counts, then its figure
            head = self._clean(text, lead, counted.start())
            if head:
                return head
        if counted and not UNIT_ONLY.match(text, counted.end()):
            # "Toàn tỉnh đón 1,92 triệu lượt khách du lịch": the verb, the number and what is counted
            # ("đón 1,92 triệu lượt khách du lịch"), without who counted it
            begin = self._verb_before(text, start, counted.start())
            reached = REACHED_COUNT.match(text, begin)
            if reached:  # "toàn huyện đạt 12/14 xã đạt chuẩn nông thôn mới": as "có", what is counted
                head = self._clean(text, reached.end(), end)
                if head:
                    return head
            head = self._clean(text, begin, end, digits=True)
            if head:
                return head
        amount = AMOUNT.search(text, start, end)
        if amount:
            whole = self._clean(text, start, end)  # its closing amount dropped
            if whole:
                return whole
            head = self._clean(text, start, amount.start())
            if head:
                return head
        return self._clean(text, start, end, digits=True)

    def _label_before(self, text: str, cl_start: int) -> tuple[int, int] | None:
        """The label closing with the colon right before ``cl_start`` ("…; Điều trị nội trú: | …"): its words from the
        clause mark before it, no figure or verb of its own, eight words at most; None if there is none."""
        colon = text.rfind(":", max(0, cl_start - 4), cl_start)
        if colon < 0 or text[colon + 1 : cl_start].strip():
            return None  # no label's colon right before the clause
        lo = max(0, colon - 120)
        mark = max(text.rfind(c, lo, colon) for c in ".;:\n")
        if TOPIC_LABEL.match(text, mark + 1 if mark >= 0 else lo):
            return None  # "Về giáo dục: 45/60 trường đạt chuẩn …": a topic, no measure named
        label = self._clean(text, mark + 1 if mark >= 0 else lo, colon)
        if (label is None or rx(r"\d").search(text, *label) or len(text[label[0] : label[1]].split()) > 8
                or self._preds(text, *label) or PLACE_ONLY.match(text, *label)
                or rx(r"(?i)(?:các|những|toàn|cả)(?![\p{L}\p{M}])").match(text, *label)):
            # (not who did what is listed: "Các địa phương ban hành: 1.074 văn bản cấp huyện (giảm gần 34%) …")
            return None
        return label

    def _rate_of_quantity(self, text: str, cl_start: int, s_start: int, s_end: int) -> tuple[int, int] | None:
        """The quantity a bare rate subject grows at, named before it in its stretch (RATE_OF_QUANTITY), when it is a
        quantity's head (resources/quantity_heads.txt; not a sector or the economy)."""
        if "độ" not in text[s_start:s_end] and "tăng" not in text[s_start:s_end]:
            return None  # (a cheap test first)
        lo = max(cl_start, s_start - 160)
        stop = lexicon.last_match(rx(r"[,;:]"), text, lo, s_start)
        lo = stop.end() if stop else lo
        rate = RATE_OF_QUANTITY.fullmatch(text, lo, s_end)
        if rate is None:
            return None
        q = self._clean(text, rate.start("q"), rate.end("q"))
        if q is None or not _quantity_head().match(text, q[0]):
            # what has the rate is no quantity ("kinh tế có tốc độ tăng trưởng 7,5%"): the rate, as after "đạt"
            return rate.span("r") if rate.group("v").lower() == "có" and GROWTH.search(rate.group("r")) else None
        return q

    def _restated_quantity(self, text: str, cl_start: int, s_start: int, s_end: int) -> tuple[int, int] | None:
        """The quantity named earlier in the clause that a hedged verb alone restates: "Thu ngân sách đạt 185,6 tỷ
        đồng, lũy kế 10 tháng ước thu 2.281,2 tỷ đồng, | tăng 13,9%", "Việc giải ngân nguồn vốn sự nghiệp còn thấp,
        trong năm 2023 chỉ giải ngân được | 13,29%" (fresh 25, 27), with its "tổng", without its time; None when the
        subject is no such verb (a bare one, "phấn đấu giải ngân 100% kế hoạch vốn", names a target of its own)."""
        bare_verb = BARE_VERB_SUBJECT.fullmatch(text, s_start, s_end)
        if bare_verb is None or not (bare_verb.group("h") or bare_verb.group("d")
                                     or HEDGE_BEFORE.search(text, max(0, s_start - 8), s_start)):
            return None
        named = lexicon.last_match(
            rx(r"(?i)(?<![\p{L}\p{M}])" + regex.escape(bare_verb.group("v")) + r"\s+\p{L}"), text, cl_start,
            bare_verb.start("v"))
        if named is None:
            return None
        pred = PREDICATE.search(text, named.end(), s_start)
        comma = text.find(",", named.start(), s_start)
        stop = min(pred.start() if pred else s_start, comma if comma >= 0 else s_start)
        when = NAMED_TIME.search(text, named.end(), stop)  # ("… năm 2022", "… ngay từ những tháng đầu năm")
        stop = when.start() if when else stop
        total = rx(r"(?i)(?<![\p{L}\p{M}])tổng\s+$").search(text, max(cl_start, named.start() - 8), named.start())
        begin = total.start() if total else named.start()  # "tổng thu ngân sách"
        whole = self._clean(text, begin, stop) if stop > named.start() else None
        if whole and len(text[whole[0] : whole[1]].split()) > len(bare_verb.group("v").split()):
            return whole
        return None

    def _topic_quantity(self, text: str, s_start: int, s_end: int) -> tuple[int, int] | None:
        """The quantity a topic opening the sentence names, when the subject is only its verb: "Về thu ngân sách nhà
        nước, năm 2021, Cục Hải quan thu | 66.362 tỷ đồng, đạt 118,5%" (fresh 110); "Về công tác giải ngân, …"
        too; None otherwise."""
        bare_verb = BARE_VERB_SUBJECT.fullmatch(text, s_start, s_end)
        if bare_verb is None and " " in text[s_start:s_end]:
            # (who did it kept before the bare verb: "Cục Hải quan | thu", see _clean)
            bare_verb = BARE_VERB_SUBJECT.fullmatch(text, text.rfind(" ", s_start, s_end) + 1, s_end)
        if bare_verb is None:
            return None
        lo = max(0, s_start - 200)
        stop = lexicon.last_match(rx(r"[.;:!?\n]"), text, lo, s_start)
        topic = TOPIC_OPENING.match(text, stop.end() if stop else lo, s_start)
        if topic is None or lexicon.fold_key(topic.group("v")) != lexicon.fold_key(bare_verb.group("v")):
            return None
        return self._clean(text, topic.start("q"), topic.end("q"))

    def _verb_before(self, text: str, start: int, pos: int) -> int:
        """Start of the (up to 5) words before ``pos`` that are no actor ("kết nạp được")."""
        begin = pos
        words = 0
        steps: list[int] = []
        stopped = False  # by an actor word or a capital inside the stretch (not by the count of words)
        crossed = None  # the step where a pair's comma was crossed
        while words < 5:
            w = rx(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)\s+$").search(text, start, begin)
            if w is None and (comma := rx(r",\s*$").search(text, start, begin)) and PAIR_COMMA.match(text, comma.start()):
                # a pair of verbs written as one activity ("đã thụ lý, giải quyết 713 vụ": resources/comma_pairs.txt),
                # its first half (two words at most) and no further ("hỗ trợ | xây mới, sửa chữa 1.126 nhà")
                w = rx(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)$").search(text, start, comma.start())
                crossed = len(steps)
            if w and NATION.search(text, start, w.end(1)):
                w = None  # "cả nước thu hoạch được …": the whole country acts
            if not w or lexicon.fold_key(w.group(1)) in _actor_words() or (
                w.group(1)[:1].isupper() and text[start : w.start(1)].strip()
            ) or w.group(1).lower() in ASPECT_MARKERS:
                # capitalized only where the stretch opens ("Giải quyết việc làm cho 4.000 lao động"); an aspect marker
                # closes who acted before the verbs ("lực lượng công an đã | điều tra khám phá hơn 2.720 vụ"; fresh sg1)
                stopped = True
                org = _org_actor().match(text, w.start(1)) if w else None
                if org and begin < org.end() <= pos:
                    begin = org.end()  # "Tỉnh Đoàn thực hiện được 7 công trình": the actor word opens a body
                break
            begin = w.start(1)
            steps.append(begin)
            words += w.group(1).lower() not in ("hơn", "trên", "gần", "khoảng")  # a qualifier is free
            if crossed is not None and len(steps) - crossed >= 2:
                stopped = True  # (the pair's first half taken: "thụ lý", "xây mới")
                break
        if not stopped and text[start:begin].strip() and len(steps) > 3:
            # (not a noun phrase opened by a determiner: "các địa phương thu hoạch được …" names who acted)
            whole = rx(r"\s*(?!(?:các|những|mỗi|toàn|cả)\s)(?-i:\p{Ll})").match(text, start)
            if whole and len(text[start:pos].split()) <= 10 and self._no_actor(text, start, pos):
                # "…; mở lớp đào tạo trồng hoa và cây cảnh cho 34 hội viên, đạt 113,3%": a stretch opening on its
                # verb, nobody named in it, is the activity counted (blind batch b7 hh1)
                return whole.end() - 1
            # the words run on before (no clause start reached): the 3 nearest only, but a word of the
            # segmentation stays whole ("… điều tra làm rõ 3.026 vụ", "giới thiệu việc làm cho 936 lao động")
            k = 2
            while k + 1 < len(steps) and self._inside_word(text, steps[k]):
                k += 1
            return steps[k]
        return begin

    @staticmethod
    def _no_actor(text: str, start: int, end: int) -> bool:
        """Whether no actor word, capitalized word, determiner or marker of a subject before its verb ("lực lượng
        chức năng đã điều tra …", "ủy ban kiểm tra các cấp thi hành …") stands in ``text[start:end]``."""
        for w in rx(r"\p{L}[\p{L}\p{M}]*").finditer(text, start, end):
            if (w.group()[:1].isupper() or lexicon.fold_key(w.group()) in _actor_words()
                    or w.group() in ASPECT_MARKERS or w.group() in ("các", "những")):  # (a marker, a determiner)
                return False
        return True

    def _inside_word(self, text: str, pos: int) -> bool:
        """Whether the syllable at ``pos`` continues a word of the segmentation begun before it."""
        if self._word_ends is None:
            return False
        before = len(text[:pos].rstrip())
        return before > 0 and text[before - 1].isalpha() and before not in self._word_ends

    def _grown(self, text: str, cl_start: int, s_start: int, s_end: int, cue_start: int) -> tuple[int, int] | None:
        """What grew, when "tăng trưởng" right before the figure is the verb (GROWN_VERB): the quantity or
        sector before it, in the subject found ("khu vực công nghiệp tăng trưởng" → "khu vực công nghiệp")
        or, when a hedge cut it off ("tổng sản phẩm ước | tăng trưởng"), before the hedge."""
        if s_end <= s_start:
            return None
        gap = text[s_end:cue_start]  # (nothing, or the level word: "tăng trưởng ấn tượng với mức | 14,5%")
        if (gap.strip() and not LEVEL_WORD_BEFORE.match(gap)) or "tăng trưởng" not in text[s_start:s_end].lower():
            return None
        verb = GROWN_VERB.search(text, cl_start, s_end)
        if verb is None:
            return None
        if text[s_start : verb.start()].strip():
            a = s_start  # the subject found holds what grew, then the verb
        else:  # only the verb was found: what grew stands before the hedge, in the same stretch
            bounds = _stretch_commas(text, cl_start, verb.start(), self._stretch_ends)
            a = max([cl_start] + [b + 1 for b in bounds] + [text.rfind(c, cl_start, verb.start()) + 1 for c in ";:"])
            opened = text.rfind("(", cl_start, verb.start())
            if opened > text.rfind(")", cl_start, verb.start()):
                a = max(a, opened + 1)  # (a bracket still open; not one closed before: "khu vực I (nông nghiệp) đạt …")
        resolve = RESOLVE_END.search(text, a, verb.start())
        if resolve:
            # "Ngành nông nghiệp phấn đấu | tăng trưởng 3,7%": who strives is no quantity, the growth is measured; a
            # quantity before the resolve is what grows ("chỉ số sản xuất công nghiệp phấn đấu tăng trưởng 8%")
            noun = self._clean(text, a, resolve.start())
            return noun if noun is not None and _quantity_head().match(text, noun[0]) else None
        noun = self._clean(text, a, verb.start())
        if noun is None or GROWN_NOUN_END.search(text, noun[0], noun[1]):
            return None
        if not (_quantity_head().match(text, noun[0]) or SECTOR_HEAD.match(text, noun[0])
                # (or a sector named bare, all of it: "Nông nghiệp giữ mức tăng trưởng hơn 3%", fresh tc04)
                or SECTOR_OPENING.fullmatch(text, *noun)
                # (or the whole economy: "Kinh tế huyện Sóc Sơn tăng trưởng 10,54%", "Kinh tế tăng trưởng bình quân
                # 11,8%/năm": 9 gold subjects of own, long, train and fresh pages name the economy without the verb)
                or _holder().match(text, noun[0])):
            return None
        return noun

    def _clean(self, text: str, start: int, end: int, digits: bool = False) -> tuple[int, int] | None:
        """``[start, end)`` without lead-ins, cue words, trailing times; None if no noun is left."""
        seg = text[start:end]
        number = ITEM_NUMBER.match(seg)
        if number:
            seg = " " * number.end() + seg[number.end() :]  # "…; (8) tỷ lệ hộ nghèo giảm còn …": an item's number
        lead = LEAD_IN.match(seg.lstrip())
        offset = len(seg) - len(seg.lstrip()) + (lead.end() if lead else 0)
        cut = _last_cut(seg, offset)
        if (cut is not None and rx(r"(?i)phấn\s+đấu|dự\s+kiến").fullmatch(cut.group())
                and (not seg[cut.end() :].strip() or MEASURE_WORD_ONLY.fullmatch(seg, cut.end()))):
            # "Tỷ lệ giải ngân vốn đầu tư công phấn đấu đạt 100%": the resolve closes the subject, it opens nothing (nor
            # a measure word after it: "chỉ số sản xuất công nghiệp phấn đấu mức tăng trưởng khoảng 8%", fresh 110)
            seg = seg[: cut.start()]
            cut = _last_cut(seg, offset)
        if cut is not None:
            offset = cut.end()
            lead = LEAD_IN.match(seg[offset:].lstrip())
            if lead:
                offset += len(seg[offset:]) - len(seg[offset:].lstrip()) + lead.end()
        dateline = DATELINE.match(seg, offset)
        if dateline:
            offset = dateline.end()  # "TPO - Tốc độ tăng trưởng GRDP …": the outlet's dateline first (set AH)
        if REFERENCE_STRETCH.match(seg, offset):
            return None  # "So với cùng kỳ, tăng 8,2%": what the figure compares with, no subject
        source = SOURCE_LEAD.match(seg, offset)
        if source:  # "Theo báo cáo phát triển kinh tế 9 tháng năm 2023 giá trị sản xuất …": the source is no subject
            head = _quantity_head().search(seg, source.end())
            if head:
                offset = head.start()
        if any(w in seg for w in ("để", "nhằm", "thúc", "nên", "đó", "vì")):
            aim = lexicon.last_match(AIM_OR_CAUSE_BEFORE_QUANTITY, seg, offset)
            if aim and _quantity_head().match(seg, aim.end()):
                # "tỉnh cần triển khai các giải pháp thúc đẩy | tăng trưởng kinh tế đạt 10%", "huyện tập trung các giải pháp
                # để | tổng thu ngân sách đạt …": what is done for the quantity is no part of it (fresh bs01); nor the
                # cause told first: "… bệnh dịch tả lợn châu Phi diễn biến phức tạp nên | tổng giá trị sản xuất chỉ đạt …"
                # (fresh fy01)
                offset = aim.end()
        # (only an organization written capitalized counts: the match is tried only then)
        org = _org_actor().match(seg, offset) if seg[offset : offset + 1].isupper() else None
        actor_at = None  # where a stripped actor began
        if org and org.group()[:1].isupper():
            actor_at, offset = offset, org.end()  # "Cục Thuế tỉnh thu 2.150 tỷ đồng": the activity, not who did it
        else:
            # a named place or a whole unit doing what is measured ("Huyện Yên Lạc thu ngân sách …",
            # "Toàn huyện trồng mới được 1.292,8ha rừng", "thành phố X có tổng thu …"): the activity
            actor = NAMED_ACTOR.match(seg, offset)
            if actor is None and seg.startswith(("các ", "Các ", "những ", "Những "), offset):
                actor = PLURAL_ACTOR.match(seg, offset)
            if actor and rx(r"\s*\p{Ll}").match(seg, actor.end()) and rx(r"\p{L}{2}").search(seg, actor.end()):
                actor_at, offset = offset, actor.end()
        opened = seg.rfind("(", offset)
        if (opened >= 0 and ")" not in seg[opened:] and rx(r"\p{L}{2}").search(seg, opened)
                and not BRACKET_REMARK.match(seg, opened + 1)):
            if LEAD_IN.fullmatch(seg[opened + 1 :].strip() + " "):
                return None  # a time alone: "… giảm (quý I | giảm 4,81%, quý II giảm 5,25%)" names nothing (set AX)
            # "3 lĩnh vực đều tăng (nông, lâm, thủy sản tăng 7,4%; …": a bracket still open lists what is measured
            offset = opened + 1
        stop = len(seg)
        share = SHARE_BRACKET.search(seg, offset)
        if share and share.start() > offset:
            stop = share.start()  # "… thôn văn hóa (tỷ lệ | 92%), vượt 3,8%": the bracket of the figure before
        adverb = TRAILING_ADVERB.search(seg, offset, stop) if stop == len(seg) else None
        pred = PREDICATE.match(text, rx(r"\s*").match(text, end).end()) if adverb and adverb.start() > offset else None
        if pred and pred.group().lower() != "là":  # ("xã về đích nông thôn mới | là 58 xã": the copula, no "only")
            stop = adverb.start()  # "giải ngân vốn đầu tư công đến ngày 30/11 | mới đạt 71,5%": "only" belongs to the verb
        # (bare: where the subject ends without the plain time kept after it)
        stop, bare = _tail_cut(seg, offset, stop, start, None)
        described = DESCRIBED_TAIL.search(seg, offset, stop)
        if described and len(seg[offset : described.start()].split()) >= 2:
            stop = described.start()  # "Công tác giải ngân … được triển khai quyết liệt, đạt 100%": how it went
        having = PLACE_HAVING.search(seg, offset, stop)
        if having and len(seg[offset : having.start()].split()) >= 2:
            # "đối với tốc độ tăng trưởng kinh tế | huyện Cư Kuin có mức tăng trưởng cao nhất đạt 12,89%": the place that
            # has the figure opens a clause of its own (train 116)
            stop = having.start()
        # (an amount, a figure: only where a digit is; the end-anchored search tries every start)
        has_digit = rx(r"\d").search(seg, offset, stop) is not None
        amount = _amount_tail().search(seg, offset, stop) if has_digit else None
        if amount and not seg[offset : amount.start()].strip():
            return None  # "…: 256,64 tỷ đồng, đạt 174,7%": only the amount, the subject is before the colon
        if amount and amount.start() > offset:
            # "giá trị sản xuất công nghiệp hơn 1.200 tỷ đồng (tăng 8,9%)": the amount is the subject's figure
            stop = amount.start()
            actor = PLACE_ONLY.match(seg, offset, stop)
            if actor and seg[actor.end() : actor.end() + 1].islower():
                offset = actor.end()  # "huyện giải quyết việc làm cho 2.100 lao động": the activity, not who did it
            stop, bare = _tail_cut(seg, offset, stop, start, bare)
        level = LEVEL_AT_END.search(seg, offset, stop) if has_digit and RATE_HEAD.match(seg, offset) else None
        if level and level.start() > offset:
            stop = level.start()  # "Tỷ lệ hộ nghèo 3,84% | giảm 0,96%": the level reached, then its change (set AY)
        if not digits:
            # after a figure ("dưới 1% và tỷ lệ hộ cận nghèo"): only what follows "và";
            # a number in brackets is a remark ("giá trị sản xuất (giá so sánh 2010)")
            last = lexicon.last_match(rx(r"\d"), _mask_remarks(seg)[offset:stop]) if has_digit else None
            if last is not None:
                va = lexicon.last_match(rx(r"(?<![\p{L}])và\s+"), seg[offset + last.end() : stop])
                if va is None:
                    return None
                offset += last.end() + va.end()
        s, e = strip_span(text, start + offset, start + stop, " ,-+\t\n(“”\"'")
        if e < len(text) and text[e] in '”"' and _in_quote(text, s, e):
            e += 1  # a quotation opened inside keeps its closing mark ("tiêu chuẩn “Gia đình 5 không, 3 sạch”")
        passive = ACHIEVED_END.search(text, s, e)
        if passive and passive.start() > s and rx(r"\s*[\p{L}\d]").match(text, e):
            e = passive.start()  # "tỷ lệ che phủ rừng | được duy trì ở mức 42%", "giải ngân vốn đầu tư | được 79,8%": what
            # the quantity got, before the verb or the figure, is no part of it
        having = rx(r"(?i)\s+(?:chỉ\s+|vẫn\s+|hiện\s+)?(?:có|còn)$").search(text, s, e)
        if having and having.start() > s:
            e = having.start()  # "nợ quá hạn chỉ có | hơn 6,2 tỷ đồng": the verb before the amount is no part of it
        having_rate = HAVING_RATE.search(text, s, e)
        if having_rate and rx(r"\p{L}{2}").search(text, having_rate.end(), e):
            s = having_rate.end()  # "ông A, Giám đốc Sở Du lịch có | tỷ lệ phiếu tín nhiệm cao thấp nhất", "là 1 trong các địa
            # phương có | số vụ tội phạm … giảm mạnh nhất": who has it is no measure, the rate or count is (fresh 43, 41)
        if e - s < 2 or not rx(r"\p{L}{2}").search(text[s:e]):
            return None
        if not digits and rx(r"\d").search(text, s, e) and rx(r"\d").search(_mask_remarks(text[s:e])):
            return None
        # (judged without a kept time: "Chỉ tiêu năm 2021: 2,5-3%" is still only the target)
        e_bare = min(e, bare) if bare is not None and bare > s else e
        if _filler_only().fullmatch(text, s, e_bare) or REFERENCE_ONLY.fullmatch(text, s, e_bare):
            return None  # ("…, vượt mục tiêu đề ra 0,4%": the target exceeded measures nothing itself)
        exclusion = EXCLUSION_ASIDE_END.search(text, s, e)
        if exclusion and len(exclusion.group().split()) <= 6:
            exclusion = None  # a short one qualifies the quantity as a name does: "Giá trị sản xuất công nghiệp (trừ dầu thô
            # và khí đốt)", "kim ngạch xuất khẩu (trừ dầu khí)" (four annotators of the fresh pages keep it)
        if exclusion and strip_span(text, s, exclusion.start())[1] > s:
            e = e_bare = strip_span(text, s, exclusion.start())[1]  # "(không bao gồm Ngân hàng Phát triển)": what is left
            # out is no part of what is measured
        closed = text.find(")", s, e)
        if closed >= 0 and "(" not in text[s:closed] and rx(r"\p{L}{2}").search(text, closed + 1, e):
            # "… (từ vị trí thứ 16 lên vị trí thứ 11) | với tỷ lệ học sinh đỗ tốt nghiệp đạt 99,81%": a bracket's end, its
            # opening before the subject's start: what the bracket held is no part of it, nor the "với" after it
            s = strip_span(text, closed + 1, e)[0]
            joined = rx(r"(?i)(?:với|và)\s+").match(text, s, e)
            if joined:
                s = joined.end()
        aside = _aside_start(text, s, e)
        if aside is not None and len(text[s:aside].split()) >= 2:
            e = e_bare = strip_span(text, s, aside)[1]  # "Giá trị sản xuất thủy sản | (ước)": an aside
        if AMOUNT_UNITS_ONLY.fullmatch(text, s, e_bare):
            return None  # "5.166,tỷ đồng, đạt 104,74%": the amount's unit after a glued comma measures nothing
        if ATTRIBUTION_OPENS.match(text, s):
            return None  # "Theo UBND tỉnh Bắc Giang, …", "qua đó": who tells, or a connective, measures nothing
        reach = REACH_BEFORE_QUANTITY.match(text, s, e)
        if reach and _quantity_head().match(text, reach.end(), e):
            s = reach.end()  # "(Toàn huyện) đạt | tổng sản lượng …", "trên địa bàn xã có | tổng giá trị sản xuất": the quantity
        light = LIGHT_VERB.match(text, s, e)
        if light and rx(r"\p{L}{2}").search(text, light.end(), e):
            s = light.end()  # "(đã) thực hiện chi trả các chế độ": the light verb before the activity (no gold keeps it)
        if actor_at is not None and len(text[s:e].split()) == 1 and s == start + offset:
            # a bare verb left ("Cục Hải quan Cà Mau thu | được 174 tỷ đồng, bằng 200,1% …"): who collected it tells the
            # figure from the next one's ("…; Cục Hải quan Tây Ninh thu …"), the actor stays with its verb (fresh dq03)
            s = strip_span(text, start + actor_at, e)[0]
        if len(text[s:e].split()) > 12:
            # a long subject sheds its trailing "bình quân hằng năm" (a short one keeps it: "tốc độ tăng
            # trưởng kinh tế bình quân")
            tail = LONG_TAIL.search(text, s, e)
            if tail:
                e = tail.start()
        return s, e

    def _aligned(self, m: regex.Match) -> bool:
        """A predicate word must end where a word of the segmentation ends."""
        if self._word_ends is None:
            return True
        # the end must fall on a word end ("tăng" in "tăng cường" does not); the start may
        # not, as the segmenter sometimes glues a verb to the word before ("XV giảm")
        return m.end() in self._word_ends or m.string[m.end() : m.end() + 1].isdigit()  # "đạt3,02%"


@Language.factory("vnreport_percentages")
def make_percentages(nlp: Language, name: str) -> PercentageExtractor:
    return PercentageExtractor(nlp, name)
