"""Report year and plan year (and a plan period such as a quarter).

The report year is the year whose results are reported ("kết quả năm 2023",
"Triển khai thực hiện nhiệm vụ năm 2024", "tổng kết công tác năm 2024");
the plan year is the one the tasks target ("nhiệm vụ năm 2025", "phương
hướng năm 2024", "6 tháng cuối năm 2024"). Each mention of a year votes by
the cue phrase just before it (``resources/year_cues.tsv``), or, without a
cue, by its sentence: "Năm 2022, … đạt" reports, "Năm 2022, … phấn đấu"
plans, a directive sentence ("đề nghị", "cần") plans. Ranges ("2020 -
2025"), dates, comparisons ("so với năm 2022") and far targets ("đến năm
2030") do not vote. The ``published`` header is the prior when the text is
silent. An article that names a single year and says nothing of it either
way reports that year ("Từ đầu năm 2021 đến nay, tỉnh đã công nhận …").
A month under review ("phiên họp thường kỳ tháng 5/2023", "Trong tháng
4-2024, … đã") reports its year, and the rest of that year is planned.
Resolve still to be carried out ("Quyết tâm thực hiện thắng lợi Nghị quyết
năm 2022") plans the year it names.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterator

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon, regexcache
from ..lexicon import rx
from ..header import HEADER
from ..resources import load_kind, load_list
from ._base import Years, doc_text, set_years, years_of

YEAR = regexcache.compile(r"(?<!\d|\d[/.,-])(?:19[5-9]\d|20[0-9]\d)(?!\d|[/.,]\d)" + lexicon.NOT_DOCUMENT_NUMBER)
RANGE = regexcache.compile(r"(?:19|20)\d\d\s*-\s*(?:19|20)\d\d")
# "năm học 2024-2025", "năm học mới 2025 – 2026" (a school year, named by both its years)
SCHOOL_YEAR = regexcache.compile(
    r"(?i)(?<![\p{L}])năm\s+học\s+(?P<new>mới\s+)?(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?P<b>(?:19|20)\d\d)(?!\d)")
# A school year opening its sentence, or its clause after ":" ("Năm học 2024 – 2025, toàn tỉnh có …"); what
# follows decides, as for "Năm 2025, …"
SCHOOL_LEAD = regexcache.compile(r"(?i)(?:^|[:]\s*)(?:trong\s+)?$")
# A year and the years after it: "trong năm 2018 và những năm tiếp theo", "năm 2020 và các năm sau"
AND_YEARS_AFTER = regexcache.compile(r"(?i)\s+và\s+(?:những|các)\s+năm\s+(?:tiếp\s+theo|sau|tới)(?![\p{L}])")
# A year-end session: "kỳ họp (thường lệ) cuối năm"
_YEAR_END_SESSION = r"(?i)kỳ\s+họp\s+(?:thường\s+lệ\s+)?cuối\s+năm\s+"
# When a session sits ("tại kỳ họp cuối năm 2017"): the year is named, neither reported nor planned
SESSION_YEAR_BEFORE = regexcache.compile(_YEAR_END_SESSION + r"$")
# … and the year it sits in, when no date says it: "Kỳ họp thường lệ cuối năm 2025" (held in its December)
SESSION_AT_YEAR_END = regexcache.compile(_YEAR_END_SESSION + r"(?P<y>(?:19|20)\d\d)(?!\d)")
# A year described before a term named in its sentence: "Năm 2020 là năm cuối thực hiện Nghị quyết … nhiệm kỳ 2015-2020"
YEAR_DESCRIBED_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}])" + lexicon.DESCRIBED_YEAR)
NO_VOTE_BEFORE = regexcache.compile(
    # (the baseline's end or start too: "tăng 3,6% so với cuối năm 2022", "so với thời điểm cuối năm 2024")
    # (or the quantity compared first, not a plan: "tăng 45% so với tổng thu năm 2017"; "so với kế hoạch năm 2018" votes)
    r"(?i)(?:so\s+(?:với\s+)?(?:cùng\s+kỳ\s+|(?:thời\s+điểm\s+)?(?:cuối|đầu)\s+"
    r"|(?!(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết)(?![\p{L}]))\p{Ll}+(?:\s+\p{Ll}+)?\s+(?=năm\s))?(?:năm\s+)?|(?:ngày|tháng)\s+\d+\s*[/-]?\s*|\d+/\d+/|"
    r"ngày\s+\d+\s+tháng\s+\d+\s+năm\s+|"  # a date written out: "ngày 15 tháng 10 năm 2020"
    r"giá\s+(?:so\s+sánh\s+|cố\s+định\s+)?(?:năm\s+)?|"  # the base year of constant prices: "(giá so sánh năm 2010)"
    r"(?:đến|tới|tầm\s+nhìn(?:\s+đến)?|định\s+hướng(?:\s+đến)?)\s+năm\s+|giai\s+đoạn\s+\(?\s*|nhiệm\s+kỳ\s+)$"
)
# After "phải", what is endured, no obligation: "năm 2022, tỉnh phải đối mặt với nhiều khó khăn" (group S un5; the tasks
# component reads it so too, NOUN_NEXT)
_ENDURED = (r"(?!\s+(?:" + lexicon.alternation(load_list("endured_verbs.txt"))  # resources/endured_verbs.txt
            + r"|chịu)(?![\p{L}]))")  # (and the bare "chịu": no plan verb follows it)
# Verbs of intention after "Năm 2025, …" (not "đã tập trung": that reports).
_STRONG_PLAN_WORDS = r"phấn\s+đấu|dự\s+kiến|sẽ|đặt\s+mục\s+tiêu|mục\s+tiêu\s+là"
PLAN_VERBS = regexcache.compile(
    r"(?i)(?<![\p{L}])(?<!đã\s)(?:" + _STRONG_PLAN_WORDS + r"|cần|phải" + _ENDURED + r"|xác\s+định|"
    r"tập\s+trung|tiếp\s+tục|đặt\s+ra|đề\s+ra|"
    # (2026-12, twenty-seventh round: task verbs of resources/task_cues.tsv opening a direction, "Năm 2023, ngành văn
    # hóa huyện chú trọng thực hiện …" in a review of 2022; not passive, "công tác tuyên truyền được đẩy mạnh")
    r"(?<!được\s)(?:chú\s+trọng|đẩy\s+mạnh|tăng\s+cường|khẩn\s+trương)"
    # (2026-12, forty-fourth round: a resolve, "Năm 2026, huyện quyết tâm hoàn thành …"; not "với quyết tâm cao, … đã")
    # (2026-12, forty-eighth round: any verb after it, "quyết tâm tăng trưởng kinh tế từ 6,5 – 7%", "quyết tâm vượt qua
    # …"; not the noun's modifiers, "quyết tâm chính trị", "quyết tâm cao của …": 39 of 44 in train and fresh pages)
    r"|(?<!với\s)quyết\s+tâm(?=\s+(?!(?:chính|cao|lớn|của|và|rất|mới|hơn|này|đó|đã|được|trong)(?![\p{L}\p{M}]))\p{Ll}))"
    r"(?![\p{L}])"
)
# The strongest of them, read after "Trong năm 2025, <who>" (where "tiếp tục", "tập trung" report as often).
STRONG_PLAN_VERBS = regexcache.compile(r"(?i)(?<![\p{L}])(?<!đã\s)(?:" + _STRONG_PLAN_WORDS + r")(?![\p{L}])")
# a sentence opening "Trong năm <year>" (after a connective: "Trước mắt, trong năm 2026, tỷ lệ … sẽ đạt 77%"; fresh pc04)
OPENING_TRONG = regexcache.compile(r"(?i)(?:(?:trước\s+mắt|theo\s+đó|cụ\s+thể|đồng\s+thời)\s*,\s*)?trong\s+năm\s*")
# An estimate of the year's figure right after it: "năm 2024 ước đạt", "năm 2023 ước thực hiện" (results, not a target)
ESTIMATED_AFTER = regexcache.compile(r"(?i)\s*,?\s*ước\s+(?:đạt|thực\s+hiện|tính|có)(?![\p{L}])")
# A purpose ("để", "nhằm") before a report cue: the year is ahead.
PURPOSE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:để|nhằm|(?:làm|tạo)\s+(?:cơ\s+sở|tiền\s+đề)\s+(?:cho|để))\s(?![^,;]*\bđã\b)"  # ("… làm cơ sở
)  # cho việc lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm 2018 đạt hiệu quả hơn": what it is for, ahead)
# A sentence opening on its purpose, the year inside it ("Để phấn đấu hoàn thành … nhiệm vụ thu ngân sách năm 2018,
# Tổng cục Thuế yêu cầu …", "Nhằm xây dựng huyện đạt chuẩn nông thôn mới vào cuối năm 2019, …"): the year aimed at,
# whatever it is said to complete (10 of 11 such openings in train and the fresh groups plan their year; group AH zh4)
PURPOSE_OPENING = regexcache.compile(r"(?i)\s*(?:[-+•*]\s*)?(?:để|nhằm)\s[^,;:]*")
# "nhiệm vụ năm 2023 (đã) đề ra": the plan of the year being reported on.
SET_BEFORE = regexcache.compile(r"(?i)^\s*(?:đã\s+)?(?:đề\s+ra|được\s+giao)")
# A term of office looked back on ("Trong nhiệm kỳ 2015-2020", "thực hiện Nghị quyết … nhiệm kỳ 2015 - 2020")
TERM_REPORTED = regexcache.compile(
    r"(?i)(?:(?:^|(?<=[.!?\n]\s*))trong|qua|thực\s+hiện\s+nghị\s+quyết[^.;\n]{0,50}?)\s+nhiệm\s+kỳ\s+"
    r"((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)",
    regex.M,
)
# What carries a term's resolution out from its start, right before "thực hiện Nghị quyết … nhiệm kỳ …": an action
# programme, a plan, its study ("quán triệt, triển khai")
TERM_PLAN_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:chương\s+trình\s+hành\s+động|kế\s+hoạch|quán\s+triệt(?:\s*,\s*triển\s+khai)?)\s*$"
)
# A term opening its clause, its achievements then told ("Nhiệm kỳ 2020-2025, Đảng bộ xã đã đoàn
# kết …", "Vượt lên khó khăn, nhiệm kỳ 2020-2025, tỉnh đã đạt …"): reported like "Trong nhiệm kỳ".
# Not after an organ's name ("Đại hội … lần thứ XXI, nhiệm kỳ 2020-2025, đã hoàn thành chương trình"),
# not a plan set ("Nhiệm kỳ 2020-2025, Đảng bộ đã đề ra 14 mục tiêu").
TERM_DONE = regexcache.compile(
    r"""(?x)                                       # (case-sensitive: \p{Ll} is a lower-case letter)
    (?: ^ | (?<=[.!?\n]\s{0,3}) | (?<=\p{Ll},\s{0,3}) )  # sentence start, or after a lower-case word and a comma
    [Nn]hiệm\s+kỳ\s+\(?((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\)?,
    [^.;\n]{0,60}?(?<![\p{L}])đã(?![\p{L}])           # its subject, then "đã"
    (?!\s+đề\s+ra)
    """,
    regex.M,
)
# A rating or title given, right before the achievement it names in capitals ("được công nhận là đơn vị | “Hoàn thành
# xuất sắc nhiệm vụ” năm 2024", "xếp loại | “Hoàn thành tốt nhiệm vụ”"): the year's result, no slogan
RATED_AS_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:công\s+nhận|xếp\s+loại|đánh\s+giá|danh\s+hiệu)(?:\s+(?:là|đạt))?(?:\s+(?:đơn\s+vị|tập\s+thể))?\s*[“\"]?\s*$")
# "hoàn thành 15/16 chỉ tiêu năm 2022", "đạt và vượt 20/22 chỉ tiêu năm 2024": targets met, reported.
# (A count achieved, or "đã": "tập trung hoàn thành nhiệm vụ năm 2025" is a request.)
ACHIEVED_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:đã\s+(?:hoàn\s+thành|đạt(?:\s+và\s+vượt)?|vượt)\s+(?:\d+(?:\s*/\s*\d+)?\s+)?"
    r"|(?:hoàn\s+thành|đạt(?:\s+và\s+vượt)?|vượt)\s+\d+(?:\s*/\s*\d+)?\s+"
    r"|(?:đạt(?:\s+và\s+vượt)?|vượt)\s+"  # "Nhiều chỉ tiêu đạt và vượt kế hoạch năm 2023" (set AV)
    # a share of the plan reached: "… 4,5 triệu lượt, đạt 128,86% kế hoạch năm 2023", "bằng 102% dự toán năm 2019"
    r"|(?:đạt|vượt|bằng)\s+(?:(?:hơn|trên|khoảng|gần)\s+)?\d[\d.,]*\s*%\s+(?:so\s+với\s+)?"
    # "cơ bản hoàn thành mục tiêu tổng quát năm 2023", "hoàn thành tốt nhiệm vụ … năm 2019",
    # "hoàn thành vượt mức nhiều chỉ tiêu … năm 2022" (no intent before: see INTENT_BEFORE)
    r"|(?:cơ\s+bản\s+)?hoàn\s+thành(?:\s+(?:tốt|xuất\s+sắc|vượt\s+mức|và\s+hoàn\s+thành\s+vượt\s+mức))?"
    r"\s+(?:(?:các|nhiều|toàn\s+bộ)\s+)?)"
    # (a plan noun before the cue: "đã hoàn thành xuất sắc các chỉ tiêu | kế hoạch kinh doanh năm 2020"; fresh ei5)
    r"(?:(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ)\s+)?$"
)
# A count of targets before the year, and an outcome right after it: "Có 14/15 chỉ tiêu … năm 2022 đạt và vượt".
COUNTED_BEFORE = regexcache.compile(
    r"(?i)(?:(?<![\d/])\d+\s*/\s*\d+\s+"
    # (or all of them: "tất cả các chỉ tiêu chủ yếu về KT-XH năm 2015 cơ bản đều đạt …", fresh lhc4)
    r"|(?<![\p{L}])(?:tất\s+cả|toàn\s+bộ|hầu\s+hết)(?:\s+các)?\s+)(?:chỉ\s+tiêu|tiêu\s+chí|mục\s+tiêu)(?![\p{L}])"
)
ACHIEVED_AFTER = regexcache.compile(
    r"(?i)\s*(?:cơ\s+bản\s+)?(?:(?:đều|đã)\s+)?(?:đạt\s+và\s+vượt|hoàn\s+thành\s+và\s+vượt|đạt|vượt|hoàn\s+thành)(?![\p{L}])"
)
# A request or resolve before "hoàn thành": "tập trung hoàn thành nhiệm vụ năm 2025" plans.
INTENT_BEFORE = regexcache.compile(
    # (not the noun after "sự": "Với sự quyết tâm của cả hệ thống chính trị, … đến hết năm 2021, tổng thu … đạt …" tells
    # what the resolve achieved; fresh bv03)
    r"(?i)(?<![\p{L}])(?<!sự\s)(?:tập\s+trung|phấn\s+đấu|quyết\s+tâm|nỗ\s+lực|để|nhằm|cần|phải|sẽ|bảo\s+đảm|đảm\s+bảo)"
    r"(?:\s+[\p{L}]+){0,2}\s+$"
)
# A resolution put to work, right before it: "triển khai Nghị quyết …", "quán triệt, triển khai Nghị quyết …" (not
# under review: "đánh giá kết quả triển khai Nghị quyết …")
# What a resolution named next is put to work or adopted by: "triển khai (thực hiện) các", "quán triệt", "thông qua 21"
# ("HĐND tỉnh thông qua 21 Nghị quyết liên quan đến phát triển kinh tế, xã hội năm 2023": a December session adopting
# the next year's resolutions; "thông qua (các) nghị quyết" without a count is a cue of year_cues.tsv; set AW, train)
DEPLOYED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:triển\s+khai|quán\s+triệt|thông\s+qua(?=\s+\d)|ban\s+hành)(?:\s+thực\s+hiện)?(?:\s+(?:các|những|\d+))?\s*$"
)
# A resolution issued to lead what comes, right before a report cue ("ra nghị quyết lãnh đạo | thực hiện nhiệm vụ năm
# 2024", "ban hành Nghị quyết về | thực hiện …")
ISSUED_RESOLUTION = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:ra|ban\s+hành)\s+nghị\s+quyết(?:\s+(?:lãnh\s+đạo|về|chuyên\s+đề))?\s*$"
)
_REVIEW_WORDS = r"(?:đánh\s+giá|kết\s+quả|sơ\s+kết|tổng\s+kết|kiểm\s+điểm|tình\s+hình)"  # a review (also in REVIEWED_PLAN)
REVIEW_WORD = regexcache.compile(r"(?i)(?<![\p{L}])" + _REVIEW_WORDS + r"(?![\p{L}])")
# The results of what a period named next did: "báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri | 6 tháng cuối
# năm 2020" (no plan word between: "kết quả năm 2025 và phương hướng 6 tháng cuối năm" plans)
RESULTS_OF = regexcache.compile(
    r"(?i)(?<![\p{L}])kết\s+quả(?![\p{L}])(?![^.;:\n]*?(?<![\p{L}])(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|mục\s+tiêu|triển\s+khai)"
    r"(?![\p{L}]))[^.;:\n]*$"
)
# Report cues that a request overrides ("Đến hết năm 2024, tỷ lệ giải ngân phải đạt 95%").
WEAK_REPORT = regexcache.compile(r"(?i)trong\s+năm|nghị\s+quyết|đến\s+hết\s+năm")
# Resolve still to be carried out ("Quyết tâm thực hiện thắng lợi Nghị quyết năm 2022 đã đề ra"):
# the year named after it is planned, whatever cue stands between.
INTENT = regexcache.compile(
    r"(?i)(?<![\p{L}])(?<!sự\s)(?:quyết\s+tâm|phấn\s+đấu|thực\s+hiện\s+thắng\s+lợi"
    r"|(?:đặt|đề)(?:\s+ra)?\s+mục\s+tiêu)(?![\p{L}])"  # (a target set: "đặt mục tiêu tăng trưởng 10% trong năm 2026")
)
# A result stated before any verb of intention in "Năm 2020, …": the sentence reports
# ("Năm 2020, huyện có 22/24 chỉ tiêu đạt và vượt kế hoạch đề ra", "… hoàn thành … 25/25
# chỉ tiêu đề ra", "công tác tuyển quân … được … quan tâm, tập trung lãnh đạo").
ACHIEVED = regexcache.compile(
    r"""(?ix)(?<![\p{L}])
    (?: đạt | vượt | hoàn\s+thành | được | ước | tăng\s+trưởng
      | có\s+(?:\d|sự(?![\p{L}]))          # "có 23/24 chỉ tiêu", "có sự phát triển"
    )(?![\p{L}])"""
)
# A plan under review: "đánh giá kết quả thực hiện phương hướng, nhiệm vụ năm 2024", "tình hình thực hiện
# nhiệm vụ 6 tháng cuối năm 2025": what was planned for the year named is being reported on.
REVIEWED_PLAN = regexcache.compile(
    r"""(?ix)(?<![\p{L}])
    """ + _REVIEW_WORDS + r"""   # a review
    (?:\s+[\p{L}]+){0,3}?\s+thực\s+hiện                                      # "… thực hiện"
    (?:\s*,?\s+(?!và(?![\p{L}])|triển\s+khai|bàn|xây\s+dựng|đề\s+ra)(?:[\p{L}\d]+|[-–](?=\s))){0,10}  # what was planned ("… kinh tế - xã hội")
    \s*(?:năm\s*)?$"""
)
# A period under review named right after the review ("tổng kết công tác 6 tháng cuối năm 2025": a commune formed
# at mid-year reviews its first half-year; "sơ kết công tác quý IV"): the words between name what was done, none of
# them a plan word ("tổng kết năm 2025, triển khai nhiệm vụ 6 tháng cuối năm" plans)
REVIEWED_PERIOD = regexcache.compile(
    r"""(?ix)(?<![\p{L}])(?:tổng\s+kết|sơ\s+kết|kết\s+quả|đánh\s+giá)     # the review
    (?:\s+(?!(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|triển\s+khai|mục\s+tiêu|giải\s+pháp)(?![\p{L}]))
       (?:[\p{L}\p{M}]+|[-–]))*?                                            # what (no plan word)
    \s+(?:\d{1,2}|ba|sáu|chín)?\s*$                                         # the count of months of the period"""
)
# An emulation launched, the year it is for after it in the same clause ("phát động phong trào thi đua yêu nước năm 2024",
# "phát động thi đua thực hiện thắng lợi các nhiệm vụ năm 2023")
EMULATION_LAUNCHED = regexcache.compile(r"(?i)(?<![\p{L}])phát\s+động\s+(?:phong\s+trào\s+)?thi\s+đua[^.;:!?\n]*$")
# "thực hiện" opening what a plan cue names ("Thực hiện Nghị quyết nhiệm vụ năm 2023, …"); with "đã" after the year
# in its sentence the plan is carried out, its year reported.
CARRYING_OUT = regexcache.compile(r"(?i)(?:^|(?<=[,:]\s*))thực\s+hiện(?:\s+[\p{L}]+){0,3}\s*$")
IS_YEAR = regexcache.compile(r"(?i)" + lexicon.IS_A_YEAR)  # "Năm 2025 là (một) năm …"
# "năm 2022 có ý nghĩa (rất / đặc biệt) quan trọng": the year's weight told, a description as "là năm …" is
# (or its moment: "năm 2025, cuối nhiệm kỳ đại hội đảng bộ các cấp, là thời điểm quan trọng để …", an apposition between)
YEAR_SIGNIFICANT = regexcache.compile(
    r"(?i)\s*(?:,[^,.;:\n]{1,60},\s*)?(?:có\s+ý\s+nghĩa|mang\s+ý\s+nghĩa|là\s+thời\s+điểm)(?![\p{L}])")
PAST = regexcache.compile(r"(?i)(?<![\p{L}])đã(?![\p{L}])")
DIRECTIVE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:đề\s+nghị|(?<!(?:đạt|đáp\s+ứng|theo|trước|những|các)\s+)yêu\s+cầu(?!\s+ngày\s+càng)|lưu\s+ý|"
    r"cần|phải|chỉ\s+đạo\s+các)(?![\p{L}])"
)  # ("đạt yêu cầu đề ra", "đáp ứng yêu cầu", "trước yêu cầu ngày càng cao": the noun, no request)
PERIOD = regexcache.compile(
    # (the count "6", "năm" before "tháng đầu năm" is looked for behind it: "năm" is everywhere; the
    # lookbehind comes after "tháng", which it reads again, so that every branch opens with a letter)
    r"(?i)(?:quý\s+(?P<q>IV|I{1,3}|[1-4])|tháng(?<=(?<![\p{L}])(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tháng)"
    r"\s+(?P<h>đầu|cuối)\s+năm|(?P<late>những\s+tháng\s+cuối\s+năm))"
    r"(?:\s*[/-]\s*|\s+(?:năm\s+)?)?(?P<y>(?:19|20)\d\d)?"
)
# A period of years named ("giai đoạn 2019-2020", "giai đoạn 2026 - 2030"): group "a", its first year
PERIOD_AHEAD = regexcache.compile(r"(?i)(?<![\p{L}])giai\s+đoạn\s+(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?:19|20)\d\d(?!\d)")
# Every match of PERIOD holds one of these words; of TERM_REPORTED and TERM_DONE, "nhiệm kỳ" (looked for
# first: literals the regex module finds fast, where the patterns themselves are tried at every position)
PERIOD_WORDS = (regexcache.compile(r"(?i)quý"), regexcache.compile(r"(?i)tháng"))  # (one each: "quý|tháng" is no literal)
TERM_WORD = regexcache.compile(r"(?i)nhiệm\s+kỳ")
# A month under review: "phiên họp thường kỳ tháng 5/2023", "Trong tháng 4-2024, … đã …",
# "kết quả tháng 10 năm 2024". A date ("ngày 3 tháng 5/2023") is no month under review.
# "Chiều 29/5/2024, …", "Ngày 26/12/2022 …": when the article was written, near its start.
TEXT_DATE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:ngày|sáng|chiều|tối|trưa)\s+(?:ngày\s+)?\d{1,2}"
    r"(?:\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*|\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+)"  # "9/12/2021", "05 tháng 5 năm 2023"
    r"(?P<y>(?:19|20)\d\d)(?!\d)"
)
# A document's number right before a date: the date is the document's ("số 18-NQ/TW ngày 25/10/2017")
CITED_BEFORE = regexcache.compile(r"(?:\d+[-/]\p{Lu}[\p{Lu}Đ]*(?:[-/][\p{Lu}Đ]+)*|(?i:số)\s+\S+)\s*,?\s*$")
# A site's time stamp near the top ("11/07/2019 - 19:39", "Cập nhật: 12/11/2021"): the date too.
STAMP = regexcache.compile(
    r"""(?x)(?<![\d/.-]|số\s)                       # not part of a longer number, not "số 24/…"
    (?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])"""
)
# A line that is only a time stamp ("Chủ nhật, 24/11/2024, 17:09[GMT+7]", "Thứ 5, 05/01/2023 | 17:38:05"): a page's
# header shows the day it was read over the article's own stamp
STAMP_LINE_WORDS = 10
MONTH = regexcache.compile(
    r"""(?ix)(?<![\p{L}])(?<!ngày\s+\d{1,2}\s+)
    tháng\s+(?P<m>\d{1,2})
    (?: (?:\s*[/.-]\s*|\s+năm\s+)(?P<y>(?:19|20)\d\d)(?!\d)   # "tháng 5/2023", "tháng 10.2020", "tháng 4 năm 2024"
      | (?![\d/.-]\d) )                                      # or no year: "phiên họp thường kỳ tháng 8" (dated)
    """
)
# The next month planned: "phương hướng, nhiệm vụ tháng 3", "nhiệm vụ trọng tâm trong tháng 9-2025".
# Results counted up to a month ("Tính đến hết tháng 6/2019, các cấp hội đã hoàn thành …"): its year is
# reported, but no month is under review (the rest of the year is not planned by it).
# (or estimated, or opening the clause: "Ước đến cuối tháng 8/2023, tổng nguồn vốn huy động đạt …")
MONTH_CUTOFF = regexcache.compile(r"(?i)(?:(?<![\p{L}])(?:tính|ước)\s+|^\s*)(?:đến|tới)(?:\s+(?:hết|cuối))?\s+$")
# Results counted up to a day ("Đến 30/11/2021, tổng nguồn vốn …", "dư nợ đến 31/12/2015 đạt …"): a day not after the
# article's date reports its year (a weak vote: one per mention)
FULL_DATE = regexcache.compile(r"(?<![\d/])\d{1,2}\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)(?!\d)")
CUTOFF_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}])(?<!\d[ \t]{1,2})(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$")  # (not "từ ngày 4 đến 6/8/2020")
MONTH_PLANNED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:phương\s+hướng|nhiệm\s+vụ|(?:chương\s+trình|kế\s+hoạch)\s+công\s+tác)"  # ("triển khai chương
    r"(?:[\s,]+[\p{L}]+){0,4}\s+$"  # trình công tác trọng tâm tháng 11-2018")
)
# What opens a sentence before its month: "Trong tháng 3,", "Tháng 3,", "Sang tháng 3,"
COMING_MONTH_BEFORE = regexcache.compile(r"(?i)(?:^|(?<=[.!?;:\n]))\s*(?:[-+•*]\s*)?(?:trong\s+|(?:bước\s+)?sang\s+)?$")
# Something done or under way in the clause of a plan cue and a bare "trong năm" ("kế hoạch … đã hoàn thành trong năm",
# "đạt 35% chỉ tiêu đề ra trong năm", "đang triển khai thực hiện trong năm"): the year reported
DONE_BETWEEN = regexcache.compile(r"(?i)(?<![\p{L}])(?:đã|đang|hoàn\s+thành|đạt|vượt|thực\s+hiện\s+được)(?![\p{L}])")
# The same period of a named year, compared with: "so với cùng kỳ năm 2023", "so cùng kỳ 2023"
SAME_PERIOD_OF = regexcache.compile(r"(?i)(?<![\p{L}])cùng\s+kỳ\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?!\d)")
# The last month whose plan keeps the year (a planned November or December may open the year after it)
MONTH_PLANNED_LAST = 10
MONTH_REVIEWED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:trong|kết\s+quả|đánh\s+giá|thường\s+kỳ|giao\s+ban|sơ\s+kết|tình\s+hình|báo\s+cáo)"
    r"(?:\s+[\p{L}-]+){0,5}\s+$"
)
# Targets set for a named year, as a congress sets them ("Mục tiêu đến năm 2030: …", "phấn đấu đến
# năm 2025 xã đạt chuẩn …", "Đến năm 2030, thu nhập …", "thu nhập … đến năm 2030 đạt 60 triệu"): the
# plan year when nothing nearer is planned (train 066, 405, 417, 419, 637). The term alone is not,
# nor "Nhiệm kỳ 2025-2030, Đảng bộ phấn đấu …" (train 401 has it, but it lowered val by a document).
TERM_TARGET = regexcache.compile(
    r"""(?x)
      # "phấn đấu đến năm 2030", "mục tiêu tới năm 2030", "chỉ tiêu cụ thể đến năm 2030:", "… đến cuối năm 2030"
      (?i: (?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu(?:\s+(?:cụ\s+thể|chủ\s+yếu))?)\s+(?:đến|tới|trước)\s+(?:cuối\s+)?năm\s+
           (?P<goal>(?:19|20)\d\d)(?!\d) )
    | (?: (?:^|(?<=[.!?;]\s{1,3})) [ĐđDd]ến\s+năm\s+(?P<lead>(?:19|20)\d\d),          # "Đến năm 2030, …" opening a sentence or a clause after ";",
          (?![^.;\n]{0,80}?(?<![\p{L}])đã(?![\p{L}])) )   # not "Đến năm 2020, toàn huyện đã có …"
    | (?i: đến\s+năm\s+(?P<reach>(?:19|20)\d\d)\s+đạt(?![\p{L}]) )                  # "… đến năm 2030 đạt 60 triệu"
      # targets set for a term: "đề ra các mục tiêu phấn đấu trong nhiệm kỳ 2025-2030 như: …", "các chỉ tiêu chủ
      # yếu trong nhiệm kỳ 2025-2030. Trong đó, …" (its last year)
    | (?i: (?:đề\s+ra|xác\s+định|thông\s+qua)\s+(?:các|những|một\s+số|\d+)\s+(?:mục\s+tiêu|chỉ\s+tiêu)
           (?:\s+(?:phấn\s+đấu|chủ\s+yếu|cụ\s+thể))?\s+(?:trong|của|cho)\s+nhiệm\s+kỳ\s+(?:19|20)\d\d\s*[-–]\s*
           (?P<term>(?:19|20)\d\d)(?!\d) )
      # … or the term opening the sentence, then its targets set: "Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra 17 chỉ tiêu, …"
    | (?: (?:^|(?<=[.!?;]\s{1,3})) (?i:(?:trong\s+)?nhiệm\s+kỳ\s+(?:19|20)\d\d\s*[-–]\s*(?P<term>(?:19|20)\d\d)(?!\d)\s*,
          [^.;\n]{0,80}?(?:(?:đề\s+ra|xác\s+định|thông\s+qua|đặt\s+ra)\s+(?:(?:các|những|một\s+số|\d+)\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)
                          |(?<![\p{L}])phấn\s+đấu(?![\p{L}])   # (or striving: "Nhiệm kỳ 2025 – 2030, Đảng bộ phấn
                                                                # đấu thực hiện 16 chỉ tiêu", train 401)
                          # (or a target set or aimed at, no determiner: "Nhiệm kỳ 2025-2030, Đảng bộ xã đặt mục tiêu
                          # tốc độ tăng trưởng …", "Trong nhiệm kỳ 2025-2030, xã hướng đến mục tiêu: …"; fresh ve3, ve5;
                          # "… Đảng bộ phường đề ra mục tiêu đưa … trở thành …", the set verb without a determiner, dl03)
                          |(?<![\p{L}])(?:đặt|hướng\s+(?:đến|tới))\s+mục\s+tiêu(?![\p{L}])
                          # (or the body's directions for it: "Nhiệm kỳ 2022 - 2027, Huyện đoàn tập trung nâng cao …",
                          # "Nhiệm kỳ 2021-2026, Hội LHPN huyện xác định sẽ tiếp tục …"; fresh vg03, bx02, ek01)
                          |(?<![\p{L}])(?:(?:sẽ\s+)?tiếp\s+tục|tập\s+trung|tích\s+cực|xác\s+định\s+sẽ|đẩy\s+mạnh)(?![\p{L}]))) )
      # … or the term's plan, then what it is: "phương hướng nhiệm kỳ 2025 – 2030: Tăng cường …", "mục tiêu nhiệm kỳ
      # 2025-2030 là: …", "hai khâu đột phá trong nhiệm kỳ 2025-2030 là …", "nhiệm vụ then chốt của nhiệm kỳ 2025-2030 là
      # …" (not the plan merely named: "phương hướng, mục tiêu chủ yếu trong nhiệm kỳ 2025 – 2030; bổ sung, …")
    | (?i: (?<![\p{L}])(?:mục\s+tiêu|phương\s+hướng|nhiệm\s+vụ|(?:khâu\s+)?đột\s+phá)
           (?:\s+(?:chủ\s+yếu|trọng\s+tâm|then\s+chốt|tổng\s+quát|chiến\s+lược))?
           (?:\s+mà\s+[^.;:\n]{1,40}?\s+(?:đề\s+ra|xác\s+định|đặt\s+ra))?  # who set it ("Mục tiêu mà Đảng bộ xã đề ra trong
                                                                  # nhiệm kỳ 2025-2030 là …", fresh qg4)
           \s+(?:(?:trong|của|cho)\s+)?
           nhiệm\s+kỳ\s+(?:19|20)\d\d\s*[-–]\s*(?P<term>(?:19|20)\d\d)(?!\d)\s*(?::|là(?![\p{L}])|như\s*:) )
    """,
    regex.M,
)
# A year named as a deadline: "vào năm 2027", "đến năm 2027", "trước năm 2027", "vào cuối năm 2027"
DEADLINE = regexcache.compile(r"(?i)(?<![\p{L}])(?:vào|đến|tới|trước)\s+(?:cuối\s+|hết\s+)?năm\s+(?P<y>(?:19|20)\d\d)(?!\d)")
# Every four digits of a year, wherever written (also inside "2026-2027"): each mention a deadline must account for
YEAR_DIGITS = regexcache.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _deadline_only(text: str, skip_to: int, year: int) -> bool:
    """Whether every mention of ``year`` after ``skip_to`` is a deadline inside a term the text names, after its first
    year ("… đạt chuẩn nông thôn mới vào năm 2027" at the congress of the 2025-2030 term; not "xã đạt chuẩn vào năm
    2018" told at the 2020 congress: a result, fresh mf04)."""
    terms = [(int(t.group(1)), int(t.group(2))) for t in TERM_END.finditer(text, skip_to)]
    first, last = max(terms, key=lambda t: t[1], default=(0, 0))
    if not first < year <= last:
        return False  # (the latest term only: a deadline of the term before is a result, "… vào năm 2018 (hoàn thành
        # sớm 2 năm so với Nghị quyết)" at the 2020 congress)
    told = [m.start() for m in YEAR_DIGITS.finditer(text, skip_to) if int(m.group()) == year]
    deadlines = {m.start("y") for m in DEADLINE.finditer(text, skip_to) if int(m.group("y")) == year}
    return bool(told) and all(t in deadlines for t in told)


TERM_PLANNED_FROM = 2026  # the first term end whose targets the annotators date (see infer_years)
# A term of office, its first year (group 1) and its last (group 2): "nhiệm kỳ 2025-2030", "nhiệm kỳ 2025 – 2030"
TERM_END = regexcache.compile(r"(?i)nhiệm\s+kỳ\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")
# Targets set: "đặt mục tiêu", "đề ra 32 chỉ tiêu", "mục tiêu phấn đấu"
TARGETS_SET = regexcache.compile(r"(?i)(?<![\p{L}])(?:đặt|đề\s+ra|xác\s+định|thông\s+qua)(?:\s+(?:các|những|một\s+số|\d+))?\s+(?:mục\s+tiêu|chỉ\s+tiêu)"
                            r"|phấn\s+đấu")


@lru_cache(maxsize=1)
def _cues():
    report = load_kind("year_cues.tsv", "report")
    plan = load_kind("year_cues.tsv", "plan")
    return regexcache.compile(
        lexicon.B_START
        + "(?:(?P<report>" + lexicon.alternation(report) + ")|(?P<plan>" + lexicon.alternation(plan) + "))"
        + lexicon.B_END,
        regex.I,
    )


@lru_cache(maxsize=1)
def _named_by_year() -> regex.Pattern:
    """A law or programme named up to the year after it, in the same phrase ("Luật Đất đai | 2024", "Chương trình giáo
    dục phổ thông | 2018"; heads: resources/year_cues.tsv kind "named_by_year", the capitalized ones as written), at
    most seven words of its name between."""
    heads = load_kind("year_cues.tsv", "named_by_year")
    as_written = [h for h in heads if h[:1].isupper()]
    any_case = [h for h in heads if not h[:1].isupper()]
    return regexcache.compile(
        r"(?<![\p{L}])(?:(?-i:" + lexicon.alternation(as_written, ignore_case=False) + r")|(?i:"
        + lexicon.alternation(any_case) + r"))(?:[ \t]+[\p{L}\p{M}]+){0,7}?[ \t]+$"
    )


@lru_cache(maxsize=1)
def _building_on() -> regex.Pattern:
    """"Phát huy những kết quả đạt được (trong năm qua), (trong) năm | …": the frame of a plan, up to the year
    (:func:`lexicon.building_on`, as the tasks' leading year reads it)."""
    return regexcache.compile(r"(?i)(?<![\p{L}])" + lexicon.building_on() + r"\s*(?:trong\s+)?năm\s*$")


def _after_last_year(s: str) -> str:
    """``s`` after the last year named in it (a cue before an earlier year is that year's)."""
    earlier = lexicon.last_match(rx(r"(?<!\d)(?:19|20)\d\d(?!\d)"), s)
    return s[earlier.end() :] if earlier else s


# After a leading year, a count of targets and nothing reached: "Năm 2021, với 10 chỉ tiêu trên các lĩnh vực".
TARGETS_COUNTED = regexcache.compile(r"(?i)\s*,?\s*(?:với|gồm)\s+\d+\s+(?:nhóm\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)(?![\p{L}])")
# After a leading year, its plan stated: "năm 2019 nhiệm vụ của công tác dân số trong tỉnh là thực hiện …", "Năm 2024,
# mục tiêu của ngành là …" (set AR; as "Nhiệm vụ năm 2026 là …").
PLAN_IS_AFTER = regexcache.compile(
    r"(?i)\s*,?\s*(?:nhiệm\s+vụ|mục\s+tiêu|phương\s+hướng|kế\s+hoạch)(?:\s+(?:trọng\s+tâm|chủ\s+yếu|chính))?"
    r"(?:\s+(?:của|đối\s+với)\s+[^.;:]{1,60}?)?\s+(?:là|gồm)(?![\p{L}])"
)
# A year followed, in its clause, by the plan of the next one: "tổng kết nhiệm vụ chính trị năm 2025, triển khai
# nhiệm vụ năm 2026", "… năm 2019 và phương hướng, nhiệm vụ năm 2020", "… năm 2023; đề ra phương hướng, nhiệm vụ
# năm 2024": the review of one year paired with the plan of the next (about 150 such pairs in dev, train and the
# silver sets; a third of them were voted "plan" by the "nhiệm vụ" before the first year).
# A sentence opening on a year: "Trong năm 2024, …", "Năm 2024, …"
OPENING_YEAR = regexcache.compile(r"(?i)\s*(?:trong\s+)?năm\s+(?P<y>(?:19|20)\d\d)\s*,")
PAIRED_NEXT = regexcache.compile(
    r"""(?ix)\s*(?:[,;]|và(?![\p{L}]))\s*                   # ", " / "; " / "và"
    (?:(?:đề\s+ra|triển\s+khai|xây\s+dựng|bàn|thảo\s+luận|thông\s+qua)\s+)?  # a verb of planning
    (?:(?:thực\s+hiện|tổ\s+chức\s+thực\s+hiện)\s+)?                  # ("triển khai thực hiện nhiệm vụ năm 2022", fresh bp01)
    (?:(?:các|những)\s+)?
    (?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|mục\s+tiêu|chương\s+trình|giải\s+pháp  # the plan
      |(?<=(?:xây\s+dựng|ban\s+hành|thông\s+qua)\s+)nghị\s+quyết)(?![\p{L}])  # (or the resolution drawn up: "Tổng kết Nghị
                                                           # quyết năm 2023, xây dựng Nghị quyết năm 2024"; fresh ab02)
    [^.;:\n]{0,80}?(?<![\p{L}])năm\s+(?P<next>(?:19|20)\d\d)(?!\d)   # … of the year named"""
)


def _bracket_open_at(text: str, pos: int) -> bool:
    """Whether a bracket opened in the 120 characters before ``pos`` is still open there."""
    lo = max(0, pos - 120)
    return text.rfind("(", lo, pos) > text.rfind(")", lo, pos)


def _lead_vote(rest: str) -> str:
    """"plan" or "report" for a year leading its sentence ("Năm 2025, …", "Năm học 2025 – 2026, …"), read from the
    rest of the sentence: its targets or plan stated ("Năm 2021, với 10 chỉ tiêu …", "…, nhiệm vụ của ngành là …"),
    nothing reached before them, or a verb of intention plan; anything else reports."""
    stated = TARGETS_COUNTED.match(rest) or PLAN_IS_AFTER.match(rest)
    if stated and not ACHIEVED.search(rest, 0, stated.end()):
        return "plan"  # "Năm 2021, với 10 chỉ tiêu trên các lĩnh vực. Trong đó, phấn đấu …": the targets set (train 709)
    return "plan" if _intent_ahead(rest, PLAN_VERBS) else "report"


# A year right after a comma ("…, năm 2017 thành phố …", "…, trong năm 2017 huyện …") ...
COMMA_YEAR_LEAD = regexcache.compile(r"(?i),\s*(?:trong\s+)?năm\s*$")
# ... then its clause's subject, a word in lower case (not a comma, a bracket or "và": "…, năm 2017 và năm 2018")
CLAUSE_AFTER_YEAR = regexcache.compile(r"\s+(?!(?:và|đến|tới|là)(?![\p{L}\p{M}]))\p{Ll}")
# ... or a comma after the year too, the clause's subject after it ("…, khi bước vào kinh tế mở, năm 2021, tỉnh tiếp tục
# …"): the year set off by commas inside its sentence (not the sentence's own opening, "Trước mắt, trong năm 2026, …",
# read by OPENING_TRONG)
CLAUSE_AFTER_YEAR_COMMA = regexcache.compile(r"\s*,\s*(?!(?:và|đến|tới|là)(?![\p{L}\p{M}]))\p{L}")


# How far before a cue (or what it says was achieved) its purpose or intent word is looked for, inside the sentence: the
# cue's own 60 characters before the year may cut that word off ("… để triển khai | thực hiện nhiệm vụ … năm 2022")
CUE_LOOKBACK = 30


# Where a year's sentence ends: ". ; " or a line break, not the dot of "TP. Nha Trang"
SENTENCE_END = regexcache.compile(r"[;\n]|(?<!" + lexicon.DOTTED_ABBREVIATION + r")\.")


# The circumstances a year's sentence opens on ("Năm 2023, với sự lãnh đạo, chỉ đạo tập trung của các cấp ủy, sự nỗ lực
# của …, | các hoạt động sản xuất duy trì ổn định"): each part names whose leadership or effort, its words ("chỉ đạo",
# "tập trung") direct nothing
CIRCUMSTANCE_OPENS = regexcache.compile(r"(?i)\s*(?:với|dưới)\s+sự(?![\p{L}])")
CIRCUMSTANCE_PART = regexcache.compile(r"[^,;]*[,;]")
CIRCUMSTANCE_GOES_ON = regexcache.compile(r"(?i)\s*(?:(?:và|cùng(?:\s+với)?)\s+)?sự(?![\p{L}])")
OWNER_WORD = regexcache.compile(r"(?i)(?<![\p{L}])của(?![\p{L}])")


def _past_circumstance(rest: str) -> str:
    """``rest`` (a sentence after its leading year and comma) without the circumstances it opens on.

    >>> _past_circumstance(" với sự lãnh đạo, chỉ đạo tập trung của Huyện ủy, sự nỗ lực của Nhân dân, kinh tế tăng.")
    ' kinh tế tăng.'
    >>> _past_circumstance(" huyện tập trung chỉ đạo …")
    ' huyện tập trung chỉ đạo …'
    """
    opened = CIRCUMSTANCE_OPENS.match(rest)
    if opened is None:
        return rest
    pos, owned = opened.end(), False
    while True:
        part = CIRCUMSTANCE_PART.match(rest, pos)
        if part is None:
            return rest  # no clause after it: nothing to skip to
        owned = owned or OWNER_WORD.search(part.group()) is not None
        pos = part.end()
        if owned and not CIRCUMSTANCE_GOES_ON.match(rest, pos):
            return rest[pos:]  # whose it was named, no other "sự …" after it: the clause itself


# A standard recognized as met in the year right after it: "công nhận (xã) đạt chuẩn nông thôn mới (đợt cuối) năm",
# "công nhận 4 xã về đích nông thôn mới trong năm" (no figure between the standard and the year: "… đạt chuẩn nông thôn
# mới, tăng 11 xã so với năm 2017" compares)
RECOGNIZED_STANDARD = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])công\s+nhận[^.;\n]{0,80}?(?:đạt\s+chuẩn|về\s+đích)[^.;\n\d]{0,60}?"
    r"(?:(?:đợt\s+)?(?:cuối|trong)\s+)?năm\s*$")
# … unless the recognition is aimed at, before it in its sentence: "phấn đấu được công nhận đạt chuẩn … năm 2026"
RECOGNITION_AIMED = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:phấn\s+đấu|mục\s+tiêu|dự\s+kiến|sẽ|cần|phải|kế\s+hoạch|chỉ\s+tiêu)(?![\p{L}\p{M}])")


def _vote(text: str, m: regex.Match) -> str | None:
    """"report", "plan" or None for one year mention."""
    if AND_YEARS_AFTER.match(text, m.end(), m.end() + 40):
        return "plan"  # "… trong năm 2018 và những năm tiếp theo": the year opens what comes
    lo = max(0, m.start() - 400)  # bounded look-back: linear time on huge lines
    s_start = max(lo - 1, _last_stop(text, lo, m.start())) + 1  # where the year's sentence starts
    paired = PAIRED_NEXT.match(text, m.end(), m.end() + 200)
    if paired and int(paired.group("next")) == int(m.group()) + 1:
        opening = OPENING_YEAR.match(text, s_start)
        if opening and int(opening.group("y")) == int(paired.group("next")):
            # "Trong năm 2024, [Đảng ủy] tham mưu … ban hành Thông báo kết luận về … kết quả … năm 2023 và Phương hướng,
            # nhiệm vụ năm 2024, …": a document of the year the sentence tells, not the article's frame (fresh 51)
            return None
        return "framed"  # "tổng kết công tác năm 2018 và triển khai nhiệm vụ năm 2019": reported, the next year planned
    before = text[max(0, m.start() - 80) : m.start()]
    if EMULATION_LAUNCHED.search(text, max(s_start, m.start() - 140), m.start()):
        return "plan"  # "… và phát động phong trào thi đua yêu nước năm 2024", "đã phát động phong trào thi đua thực hiện
        # nhiệm vụ … năm 2026": an emulation is launched for the year ahead (30 mentions in train and fresh pages, the
        # year planned in every one)
    if PURPOSE_OPENING.fullmatch(text, s_start, m.start()) and not PAST.search(text, s_start, m.start()):
        return "plan"  # "Để phấn đấu hoàn thành … năm 2018, …": what the sentence is for, ahead
    recognized = RECOGNIZED_STANDARD.search(text, max(s_start, m.start() - 160), m.start())
    if recognized and not RECOGNITION_AIMED.search(text, s_start, recognized.start()):
        return "report"  # "bỏ phiếu xét, công nhận các xã đạt chuẩn nông thôn mới đợt cuối năm 2018", "đề nghị Thủ tướng
        # công nhận đạt chuẩn huyện NTM nâng cao năm 2024": the standard met in that year, recognized (dev 067; groups D,
        # K, O, U, Y, AE, AG, AK: every such year in gold is the one reported), unless aimed at ("phấn đấu được công nhận")
    if _building_on().search(text, max(0, m.start() - 120), m.start()):
        return "plan"  # "Phát huy những kết quả đạt được, trong năm 2018, huyện … tập trung …" (train 617, set AZ)
    near = before[-60:]
    # (a cue before an earlier year is that year's: "Nghị quyết năm 2022 …, tạo tiền đề cho năm 2023")
    near = _after_last_year(_clause_tail(near))
    # a year opening a clause after a comma ("Theo báo cáo … về nhiệm vụ phát triển kinh tế - xã hội, năm 2017 thành phố
    # vẫn giữ …"): the cue before the comma names no year of its; the clause decides (fresh na02)
    clause_lead = COMMA_YEAR_LEAD.search(near) is not None and (
        CLAUSE_AFTER_YEAR.match(text, m.end()) is not None
        or (CLAUSE_AFTER_YEAR_COMMA.match(text, m.end()) is not None
            and not OPENING_TRONG.fullmatch(text[s_start : m.start()].lstrip())))
    if clause_lead:
        near = ""
    if s_start < 40:
        header = HEADER.match(text)
        if header and s_start < header.end():  # " date 2026-01-13 Năm 2025, …": the headline starts after the date
            s_start = header.end()
    # (the sentence ends at a stop, not at an abbreviation's dot: "năm 2019, Công an TP. Nha Trang tập trung …")
    s_end_m = SENTENCE_END.search(text, m.end(), m.end() + 400)
    s_end = s_end_m.start() if s_end_m else min(len(text), m.end() + 400)
    last = _last_cue(near)
    if last is not None and ")" in near[last.end() :] and _bracket_open_at(text, m.start() - len(near) + last.start()):
        # "… 295 tỷ đồng/năm (tăng 50 tỷ đồng/năm so với chỉ tiêu đại hội), thu nhập … năm 2020 ước đạt …": a cue inside
        # a bracket closed before the year is that bracket's (fresh 43, 50)
        last = None
    bare_trong_nam = last is not None and last.group("report") and rx(r"(?i)trong\s+năm").fullmatch(last.group())
    if (last is None or bare_trong_nam) and len(before) >= 60 and not clause_lead:
        # a plan cue farther back, the fields it is for between (they may run past ``near``): before a bare "trong
        # năm" ("đề ra 27 chỉ tiêu nhiệm vụ về kinh tế – văn hóa xã hội – an ninh quốc phòng trong năm 2018") or, with
        # no cue near, only the fields between it and the year ("Hội nghị triển khai kế hoạch phát triển kinh tế – xã
        # hội, đảm bảo quốc phòng – an ninh năm 2021")
        wide = _after_last_year(_clause_tail(text[max(0, m.start() - 140) : m.start()]))
        farther = _last_cue(wide)
        if bare_trong_nam and farther is not None and farther.group("report"):
            # the bare "trong năm" itself: the plan cue before it ("… là mục tiêu đặt ra của Thanh tra tỉnh trong năm
            # 2016"; fresh bi2), nothing done between them
            earlier = _last_cue(wide[: farther.start()])
            # (looked for between them and just before the cue, from a copula on: "đạt 35% chỉ tiêu đề ra trong năm"
            # reports; "… đã được triển khai là mục tiêu đặt ra … trong năm" plans)
            lo = max(0, earlier.start() - 20) if earlier is not None else 0
            copula = lexicon.last_match(rx(r"(?i)(?<![\p{L}])là(?![\p{L}])"), wide, lo, earlier.start()) if earlier else None
            lo = copula.end() if copula else lo
            # (a plan cue stated with its copula, "Mục tiêu là đưa … đạt 8% trong năm 2025": what follows is the
            # target, its "đạt" aimed at, nothing done; fresh 127)
            stated = earlier is not None and rx(r"\s+là(?![\p{L}])").match(wide, earlier.end()) is not None
            if earlier is not None and earlier.group("plan") and (stated or not DONE_BETWEEN.search(wide, lo, farther.start())):
                farther = earlier
        if farther is not None and farther.group("plan"):
            year_word = rx(r"(?i)(?<![\p{L}])năm\s*$").search(wide) if last is None else None
            if last is not None or (year_word and TOPIC_BETWEEN.fullmatch(wide, farther.end(), year_word.start())):
                near, last = wide, farther
    cue_at = m.start() - len(near) + last.start() if last is not None else 0  # (``near`` ends at the year)
    if (last is not None and last.group("report") and last.group().lower().startswith("nghị")
            and DEPLOYED.search(text, max(s_start, cue_at - 40), cue_at)
            and not REVIEW_WORD.search(text, max(s_start, cue_at - 60), cue_at)):
        return "plan"  # "Hội nghị triển khai Nghị quyết HĐND huyện về phát triển kinh tế - xã hội năm 2020": put to work
    if last is not None and last.group("report") and ISSUED_RESOLUTION.search(text, max(s_start, cue_at - 60), cue_at):
        return "plan"  # "Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024": issued for the year
    # (its word may stand before ``near``'s 60 characters: "… 14 nghị quyết quan trọng để triển khai | thực hiện nhiệm
    # vụ phát triển KT-XH của địa phương năm 2022"; group AH ze4)
    purpose = (last is not None and last.group("report")
               and PURPOSE.search(text, max(s_start, cue_at - CUE_LOOKBACK), cue_at))
    if purpose and not REVIEW_WORD.search(text, purpose.end(), cue_at):
        # (not a purpose that reviews: "tổ chức hội nghị … để đánh giá kết quả công tác năm 2022")
        return "plan"  # "… để tập trung lãnh đạo trong năm 2025 đạt được mục tiêu": what it is for, ahead
    if last is not None and last.group("report") and WEAK_REPORT.fullmatch(last.group()) and OPENING_TRONG.fullmatch(
        text[s_start : m.start()].lstrip()
    ):
        # "Trong năm 2025, Hội … phấn đấu …": the sentence opens on the year, what follows decides (as for "Năm
        # 2025, …"), with the verbs of intention only ("Trong năm 2017, ngành y tế tiếp tục củng cố …" reports)
        if _intent_ahead(text[m.end() : s_end], STRONG_PLAN_VERBS):
            return "plan"
        if _intent_ahead(text[m.end() : s_end], PLAN_VERBS):
            # "Trong năm 2024, huyện tập trung thực hiện …", "… tiếp tục củng cố …": the year reported, unless the
            # article reports the year before it (then the year after is planned; see infer_years)
            return "report_or_next"
    if last is not None:
        achieved = last.group("plan") and ACHIEVED_BEFORE.search(near, 0, last.start())
        if (achieved and near[achieved.start() : achieved.start() + 1].isupper()
                and not RATED_AS_BEFORE.search(near, 0, achieved.start())):
            achieved = None  # "… - Hoàn thành vượt mức nhiệm vụ năm 2026”: a slogan, a resolve (not a rating given:
            # "được công nhận là đơn vị “Hoàn thành xuất sắc nhiệm vụ” năm 2024", the year reviewed; group AU zde1)
        # (the intent may stand before ``near``'s 60 characters: "… trọng tâm, trọng điểm nhằm phấn đấu | hoàn thành các
        # chỉ tiêu phát triển kinh tế - xã hội năm 2023"; group AH zj2)
        achieved_at = m.start() - len(near) + achieved.start() if achieved else 0
        if achieved and not INTENT_BEFORE.search(text, max(s_start, achieved_at - CUE_LOOKBACK), achieved_at):
            return "report"  # "hoàn thành 15/16 chỉ tiêu năm 2022": the plan of the year, achieved
        if last.group("plan") and (REVIEWED_PLAN.search(near) or REVIEWED_PLAN.search(_after_last_year(_clause_tail(before)))):
            return "report"  # (the review word may lie beyond the 60 characters of ``near``: "tình hình thực hiện …")
        if last.group("plan") and COUNTED_BEFORE.search(near) and ACHIEVED_AFTER.match(text, m.end(), m.end() + 60):
            return "report"  # "Có 14/15 chỉ tiêu … năm 2022 đạt và vượt kế hoạch": the year's targets, reached
        if (last.group("plan") and CARRYING_OUT.search(near, 0, last.start())
                and PAST.search(text, m.end(), s_end)):
            # "Thực hiện Nghị quyết nhiệm vụ năm 2023, các cấp ủy … đã đoàn kết …": carried out, reported
            return "report"
        if last.group("plan") and not SET_BEFORE.match(text[m.end() : m.end() + 30]):
            return "plan"
        if last.group("plan") or WEAK_REPORT.fullmatch(last.group()):
            clause = text[s_start : m.start()]
            intent = INTENT.search(clause)
            # ("đã phấn đấu" looks back; "Hội nghị đã thông qua … chỉ tiêu phấn đấu thực hiện trong năm 2026" plans)
            if intent and not PAST.search(clause, max(0, intent.start() - 20), intent.start()):
                return "plan"
        # "trong năm", "nghị quyết" in a request are the plan ("đề nghị … quán triệt nghị quyết năm 2025"),
        # not after a results cue ("đánh giá những kết quả đạt được trong năm 2020, đồng thời yêu cầu …")
        if WEAK_REPORT.fullmatch(last.group()) and DIRECTIVE.search(text[s_start:s_end]) and not rx(
            r"(?i)kết\s+quả\s+(?:đã\s+)?đạt\s+được\s*$"
        ).search(near[: last.start()]):
            return "plan"
        return "report"
    # no cue: the sentence decides
    if IS_YEAR.match(text[m.end() : m.end() + 20]):
        return None  # "Năm 2025 là năm diễn ra …" describes the year
    # (or "Ngay từ đầu năm 2026, xã tập trung …": from the year's start, as the tasks' leading year reads it)
    # (a quote may open after the colon: "… cho biết: “Năm 2016, toàn huyện đẩy mạnh …”", fresh lhc4)
    lead = rx(r"(?i)(?:^|[,:]\s*[\"“]?\s*|cho\s+biết,?\s*)(?:" + lexicon.FROM_YEAR_START + r")?năm\s*$").search(
        text[s_start : m.start()].lstrip())
    rest = text[m.end() : s_end]
    # (or a year opening its clause after a comma, "trong" before it: "Theo báo cáo của Huyện ủy, trong năm 2020, trước
    # bối cảnh …, huyện đã …" reports, as the clause after it tells; group AK yac3)
    if lead or clause_lead:
        vote = _lead_vote(rest)
        if vote == "plan" and rest.lstrip().startswith(","):
            # (an intention read only inside the circumstances the sentence opens on is none: "Năm 2023, với sự lãnh
            # đạo, chỉ đạo tập trung của các cấp ủy, …, các hoạt động sản xuất duy trì ổn định": of 49 such sentences
            # in train and fresh pages 7 were read as plans, all results; 4 of them are read from the clause itself)
            vote = _lead_vote(_past_circumstance(rest.lstrip(" ,")))
        return vote
    window = text[max(s_start, m.start() - 160) : m.start()]
    if ("ổng kết" in window or "ơ kết" in window) and REVIEW_FAR.search(text, max(s_start, m.start() - 160), m.start()):
        # "tổng kết Kế hoạch phát triển kinh tế - xã hội, thu - chi ngân sách, giải ngân vốn đầu tư công năm 2025":
        # the review word of the year's plan, further back than the cues are looked for
        return "report"
    if DIRECTIVE.search(text[s_start:s_end]):
        return "plan"
    if PURPOSE.search(_clause_tail(text[s_start : m.start()])):
        return "plan"  # "Để góp phần đạt tốc độ tăng trưởng GDP của cả nước năm 2024 ở mức 6-6,5%, ngành …": what it is for
    if ESTIMATED_AFTER.match(text, m.end(), m.end() + 30):
        return "report"  # "tổng thu ngân sách năm 2024 ước đạt 4.200 tỷ đồng": the year's results, estimated
    return None


# A plan noun before a quarter ("nhiệm vụ quý II", "phương hướng, nhiệm vụ trọng tâm quý III/2024")
PLAN_NOUN_BEFORE = regexcache.compile(r"(?i)nhiệm\s+vụ|phương\s+hướng|kế\s+hoạch|giải\s+pháp")


# What aims at the first months of a year named after it: "phấn đấu 6 tháng đầu năm …", "mục tiêu 6 tháng đầu năm"
FIRST_MONTHS_PLANNED = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:phấn\s+đấu|mục\s+tiêu|dự\s+kiến|sẽ|cần|phải)(?![\p{L}\p{M}])[^.;:]{0,30}$")


def _first_months_planned(before: str) -> bool:
    """Whether the clause before "N tháng đầu năm" plans those months rather than reviews them.

    >>> _first_months_planned("Huyện phấn đấu "), _first_months_planned("Kết quả thực hiện nhiệm vụ ")
    (True, False)
    >>> _first_months_planned("Trong ")
    False
    """
    return FIRST_MONTHS_PLANNED.search(before) is not None


def _quarter_planned(before: str) -> bool:
    """A plan noun just before a quarter, no review word before it: "đề ra nhiệm vụ trọng tâm | quý II" plans the
    quarter, "đánh giá tình hình thực hiện nhiệm vụ | quý I" reviews it."""
    noun = PLAN_NOUN_BEFORE.search(before)
    return bool(noun) and not REVIEW_WORD.search(before, 0, noun.start())


# A term of office looked back on, its congress: the results are the term's, no year's
TERM_REVIEWED = regexcache.compile(r"(?i)(?<![\p{L}])(?:đại\s+hội|\d+\s+năm\s+qua|nhiệm\s+kỳ\s+qua)(?![\p{L}])")
# A percentage stated anywhere: results, or targets, in figures
FIGURE = regexcache.compile(r"\d\s*%")
# Results stated without a year: a figure compared with the same period, or a share of a plan reached
RESULTS_UNDATED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:so\s+(?:với\s+)?cùng\s+kỳ|(?:đạt|bằng|vượt)\s+(?:hơn\s+|gần\s+|trên\s+)?\d[\d,.]*\s*%\s*(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu))"
)


# A review of a year's plan, its subject a long list ("tổng kết Kế hoạch phát triển kinh tế - xã hội, thu - chi ngân
# sách, giải ngân vốn đầu tư công năm 2025"): its year is reported. Only when no cue stands near the year; not across a
# stop or a plan word ("tổng kết …, triển khai nhiệm vụ năm 2026" plans the later year).
REVIEW_FAR = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:tổng\s+kết|sơ\s+kết)(?![\p{L}])"
    r"(?![^.;:!?\n]*?(?:(?<![\p{L}])(?:triển\s+khai|phương\s+hướng|nhiệm\s+vụ|mục\s+tiêu|đề\s+ra)(?![\p{L}])"
    r"|(?<!\d)(?:19|20)\d\d(?!\d)))"  # (nor across another year: "tổng kết … năm 2022 và … năm 2023")
    r"[^.;:!?\n]*$"
)


def _intent_ahead(rest: str, verbs: regex.Pattern) -> bool:
    """Whether the sentence after a leading year (``rest``) states an intention within its first 120
    characters (a verb of ``verbs``), with nothing done ("đã") or achieved before it; "tiếp tục" before a
    state ("kinh tế tiếp tục tăng trưởng") is none."""
    verb = verbs.search(rest, 0, 120)
    while verb and lexicon.continuing_state().match(rest, verb.start()):
        verb = verbs.search(rest, verb.end(), 120)
    return bool(verb) and not PAST.search(rest, 0, verb.start()) and not ACHIEVED.search(rest, 0, verb.start())


# "năm" right before a year, not an estimate of the year's end ("ước cuối năm 2020", "ước hết năm 2020") nor a festival
# ("mừng xuân Giáp Thìn 2024" has no "năm"), nor what results lead to ("tạo đà cho năm 2024"): a year named
# as such.
NAMED_YEAR_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}])(?<!(?:ước|cuối|đầu|hết|cho)\s+)năm\s+$")


# Before "những tháng cuối năm", what plans them ("nhiệm vụ những tháng cuối năm", "cần tập trung trong những tháng
# cuối năm"); in an article of November or December, without one, the months are the ones just past
LATE_PLANNED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:nhiệm\s+vụ|phương\s+hướng|kế\s+hoạch|giải\s+pháp|tập\s+trung|cần|phải|sẽ|phấn\s+đấu|đẩy\s+mạnh)"
    r"(?![\p{L}])"
)


def _told_done_before(tail: str) -> bool:
    """Whether the clause before a period tells what was done ("… đã giảm nhiệt trong | …"): a "đã" with no plan word
    after it ("kết quả đã đạt được trong 6 tháng đầu năm và mục tiêu, nhiệm vụ | 6 tháng cuối năm" plans, fresh ox2)."""
    done = lexicon.last_match(PAST, tail)
    return done is not None and not LATE_PLANNED.search(tail, done.end())


# A date opening a span of dates: "26/12/1961 | - 26/12/2014"
DATE_SPAN_AFTER = regexcache.compile(r"\s*[-–—]\s*\d{1,2}\s*[/.-]\s*\d{1,2}")


# What may stand before a date opening its line: a weekday, a posting label ("Thứ Ba 17/01/2023", "Ngày đăng: 05/03/2024")
LINE_DATE_PREFIX = regexcache.compile(
    r"(?i)[ \t]*(?:(?:thứ[ \t]+[\p{L}\d]+|chủ[ \t]+nhật)[ \t]*,?[ \t]*)?(?:(?:ngày[ \t]+đăng|cập[ \t]+nhật(?:[ \t]+lúc)?)[ \t]*:?[ \t]*)?")


def _year_month(date: regex.Match) -> tuple[int, int]:
    """(year, month) of a date match (groups "y" and "m"), for ordering dates."""
    return int(date.group("y")), int(date.group("m"))


def _own_date(text: str) -> regex.Match | None:
    """The article's own date near its start ("Chiều 29/5/2024, …", else a bare "29/5/2024"): not the date of a document
    cited ("Nghị quyết số 18-NQ/TW ngày 25/10/2017"), nor the start of a span of dates, an anniversary's ("Ngày Dân số
    Việt Nam (26/12/1961-26/12/2014)")."""
    for d in TEXT_DATE.finditer(text, 0, 400):
        if not CITED_BEFORE.search(text, max(0, d.start() - 30), d.start()) and not DATE_SPAN_AFTER.match(text, d.end()):
            if len(_line_at(text, d.start()).split()) <= STAMP_LINE_WORDS:
                # a date line alone over the headline ("Thứ bảy, ngày 23/11/2024") may be the site's today: the
                # article's own date after it ("Thứ Ba 17/01/2023 15:04", "Sáng ngày 13/01/2023, …") is the earlier one
                # (one opening its line: "Thứ Ba 17/01/2023", "Ngày đăng: 05/03/2024", "Sáng ngày 13/01/2023, …"; not a
                # law's date inside a line, "Căn cứ Luật … | phương ngày 19 tháng 6 năm 2015", train 058)
                later = [e for e in (*TEXT_DATE.finditer(text, d.end(), 400), *STAMP.finditer(text, d.end(), 400))
                         if LINE_DATE_PREFIX.fullmatch(text, text.rfind("\n", 0, e.start()) + 1, e.start())
                         and not DATE_SPAN_AFTER.match(text, e.end())]
                earlier = min(later, key=_year_month, default=None)
                if earlier is not None and _year_month(earlier) < _year_month(d):
                    return earlier
            return d
    stamps = [d for d in STAMP.finditer(text, 0, 300) if not DATE_SPAN_AFTER.match(text, d.end())]
    lines = [d for d in stamps if len(_line_at(text, d.start()).split()) <= STAMP_LINE_WORDS]
    if len(lines) >= 2:  # the site's "today" over the article's stamp: the article's is the earlier day
        return min(lines, key=lambda d: (int(d.group("y")), int(d.group("m")), int(d.group("d"))))
    return stamps[0] if stamps else None


def _line_at(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


# A numbered plan issued or carried out, and the year its name ends on ("ban hành Kế hoạch số 535/KH-UBND ngày 29/3/2024
# về thực hiện Chương trình … năm 2024"; not a day's "ngày 29 tháng 3 năm 2024")
PLAN_DOCUMENT_ISSUED = regexcache.compile(
    r"""(?ix)(?<![\p{L}\p{M}])(?:ban\s+hành|triển\s+khai)\s+kế\s+hoạch\s+số\s+  # "ban hành Kế hoạch số"
    [^.;\n]{0,200}?(?<!tháng\s+\d{1,2}\s+)(?<![\p{L}\p{M}])năm\s+               # its name, to its year
    (?P<y>(?:19|20)\d\d)(?![\d\s]*[-–])                                         # (no term: "năm 2021-2025")"""
)
# A day results are told as of: "(tính) đến (hết) (ngày) 15/12/2020", "tới ngày 20-8-2020"
AS_OF_DATE = regexcache.compile(
    r"""(?ix)(?<![\p{L}\p{M}])(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?   # "tính đến hết ngày"
    \d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?P<y>(?:19|20)\d\d)(?!\d)            # the day, its year"""
)
# Before the day, what makes it a deadline: "phấn đấu đến …", "cần hoàn thành trước/đến …", "chậm nhất đến …"
DEADLINE_BEFORE_DATE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:phấn\s+đấu|cần|phải|sẽ|kế\s+hoạch|mục\s+tiêu|chậm\s+nhất|hoàn\s+thành|trước)"
    r"(?:\s+[\p{L}\p{M}]+){0,3}\s*,?\s*(?:tính\s+)?$")
# After the day, in its sentence, a result told: "đã …", "đạt …", "vượt …", "có 1.741.540 người …", "đều vượt …"
RESULT_AFTER_DATE = regexcache.compile(
    r"(?i)[^.;!?\n]{0,160}?(?<![\p{L}\p{M}])(?:đã|đạt|vượt|có|đều)(?![\p{L}\p{M}])")


def infer_years(text: str, published: str | None) -> tuple[int | None, int | None, str | None]:
    """(report_year, plan_year, plan_period) from the votes of year mentions."""
    report: Counter = Counter()
    plan: Counter = Counter()
    if published is None:  # the article's own date ("Chiều 29/5/2024, UBND huyện …") is the prior
        dated = _own_date(text)
        published = "%s-%02d" % (dated.group("y"), int(dated.group("m"))) if dated else None
    if published is None:
        # (or the year-end session it tells of, in its first lines: "Ngày 18/12, HĐND phường tổ chức Kỳ họp thứ 4, Kỳ họp
        # thường lệ cuối năm 2025" is held in December 2025; group Y wm4)
        session = SESSION_AT_YEAR_END.search(text, 0, 400)
        published = "%s-12" % session.group("y") if session else None
    pub_year = int(published[:4]) if published else None
    pub_month = int(published[5:7]) if published and len(published) >= 7 else None
    header = HEADER.match(text)
    skip_to = header.end() if header else 0
    mentioned: set[int] = set()
    unvoted: set[int] = set()  # years named with no cue either way (not "năm 2026 là năm …")
    soft: Counter = Counter()  # "Trong năm X, … tiếp tục/tập trung …": reported or, after the year before, planned
    described: set[int] = set()  # "Năm X là năm …"
    # A school year counts by the year it ends ("tổng kết năm học 2024-2025, triển khai nhiệm vụ năm học 2025-2026"
    # reports 2025 and plans 2026, as a "Năm học 2025 - 2026," lead does for tasks), voted by the cue before it
    school: list[tuple[int, int]] = []
    for sy in SCHOOL_YEAR.finditer(text, skip_to) if "học" in text else ():
        school.append((sy.start(), sy.end()))
        y = int(sy.group("b"))
        if y != int(sy.group("a")) + 1:
            continue
        near = _after_last_year(_clause_tail(text[max(0, sy.start() - 60) : sy.start()]))
        if PAST.search(near):
            continue  # "đã khảo sát tình hình triển khai kế hoạch năm học 2025 - 2026": work done on it, no plan
        cue = _last_cue(near)
        weight = 2 if sy.start() < 400 else 1
        rest = rx(r"[^.;\n]{0,200}").match(text, sy.end()).group()
        achieved = cue is not None and cue.group("plan") and ACHIEVED_BEFORE.search(near, 0, cue.start())
        if achieved and not INTENT_BEFORE.search(near, 0, achieved.start()) and not sy.group("new"):
            report[y] += weight  # "Ngành giáo dục hoàn thành tốt nhiệm vụ năm học 2021-2022": the school year's plan, achieved
            mentioned.add(y)  # (as "hoàn thành tốt nhiệm vụ năm 2022" reports 2022; group AM yat4)
        elif sy.group("new") or (cue is not None and cue.group("plan")):
            plan[y] += weight
            mentioned.add(y)
        elif (cue is not None and cue.group("report")) or (cue is None and PAST.search(rest, 0, 80)):
            # (or no cue and what the school year did after it: "Năm học 2023-2024, Hà Nội đã đạt được …")
            report[y] += weight
            mentioned.add(y)
        elif cue is None and SCHOOL_LEAD.search(_clause_tail(text[max(skip_to, sy.start() - 60) : sy.start()]).lstrip()):
            # no cue, the school year leads its sentence: what follows decides, as after "Năm 2025, …" ("Năm học
            # 2024 – 2025, toàn tỉnh có 95% học sinh lên lớp" reports; "…, ngành tập trung …" plans; "Năm học 2025 –
            # 2026 là năm học thứ 7 …" describes it)
            if IS_YEAR.match(text, sy.end(), sy.end() + 40):
                described.add(y)
            elif _lead_vote(rest) == "plan":
                plan[y] += weight
            else:
                report[y] += weight
            mentioned.add(y)
    led_plan: set[int] = set()  # years planned by a sentence that opens on them ("Năm 2020, huyện phấn đấu …")
    for m in YEAR.finditer(text, skip_to):
        y = int(m.group())
        if school and any(a <= m.start() < b for a, b in school):
            continue
        window = text[max(0, m.start() - 12) : m.end() + 12]
        if any(r.start() <= m.start() - max(0, m.start() - 12) < r.end() for r in RANGE.finditer(window)):
            continue
        if NO_VOTE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if _named_by_year().search(text, max(0, m.start() - 80), m.start()):
            continue  # "Chương trình giáo dục phổ thông 2018", "Luật Đất đai năm 2024": a name's year
        mentioned.add(y)
        if SESSION_YEAR_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        vote = _vote(text, m)
        significant = ((pub_year is None or y >= pub_year)
                       and YEAR_SIGNIFICANT.match(text, m.end(), m.end() + 60) is not None)  # (not a year past: "năm
        # 2025 có ý nghĩa đặc biệt khi xã … được thành lập", dated January 2026, reports it)
        if vote == "report" and significant:
            vote = None  # "năm 2022 có ý nghĩa rất quan trọng, là năm tạo nền tảng …": the year described, no report
        weight = 2 if m.start() < 400 else 1
        # (an end position bounds each match: without one, ``regex`` first looks for the pattern's literal ("là")
        # through the whole rest of the text, which made this loop quadratic on a long text naming many years)
        if vote is None and not IS_YEAR.match(text, m.end(), m.end() + 40) and not significant:
            # (not "năm 2026 là năm đầu thực hiện …": a description)
            if NAMED_YEAR_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                unvoted.add(y)
            if pub_year is not None and y == pub_year + 1:
                vote = "plan"  # the coming year, named with no cue in an article dated before it: planned
        elif vote is None:
            described.add(y)  # "Năm 2021 là năm khôi phục tăng trưởng …": the year described
        if vote == "report_or_next":
            soft[y] += weight
        elif vote == "plan":
            plan[y] += weight
            opening = OPENING_YEAR.match(text, _last_stop(text, max(skip_to, m.start() - 40), m.start()) + 1)
            if opening and opening.start("y") == m.start():
                led_plan.add(y)  # "Năm 2020, huyện phấn đấu …": a sentence opening on the year it plans
        elif vote == "report":
            report[y] += weight
        elif vote == "framed":
            # "tổng kết công tác năm 2018 và triển khai nhiệm vụ năm 2019": the article's frame names both years, it
            # weighs three times as much for the year reported, twice as much again for the one planned (over
            # "Năm 2019, triển khai đề án …" read as reported in a headline)
            report[y] += 3 * weight
            plan[y + 1] += 2 * weight
    for y, w in soft.items():
        # "Trong năm 2024, huyện tập trung …" after the results of 2023: what the next year will do (train 614, 720,
        # sets AR, AV); with no year before it reported, the year of its own results (31 sentences in train and sets)
        if report[y - 1] > report[y] and not plan[y - 1]:
            plan[y] += w
        else:
            report[y] += w
    # half-years and quarters
    period = None
    partial = False  # the article is about part of a year (a mid-year or quarterly review)
    rest_of: set[int] = set()  # years whose last months are planned by name ("2 tháng cuối năm 2025")
    quarter_directed = False  # a quarter without its year opens a direction ("Quý II, huyện tập trung …")
    past_late: list[tuple[int, int]] = []  # "những tháng cuối năm" read as the months just past
    quarters_reviewed: set[int] = set()  # years of a quarter reviewed before the last ("Quý I năm 2021, huyện đã …")
    first_unnamed = False  # the first months of a year reviewed, the year unnamed ("9 tháng đầu năm, …")
    for p in PERIOD.finditer(text, skip_to) if any(w.search(text, skip_to) for w in PERIOD_WORDS) else ():
        y = int(p.group("y")) if p.group("y") else None
        if (p.group("late") and y is None and pub_month is not None and pub_month >= 11
                and not LATE_PLANNED.search(_clause_tail(text[max(skip_to, p.start() - 60) : p.start()]))):
            past_late.append(p.span())
            continue  # "tăng trưởng tích cực trong những tháng cuối năm", dated December: the months just past
        partial = True
        if (p.group("h") == "cuối" or p.group("late")) and y and (
            REVIEWED_PLAN.search(_clause_tail(text[max(skip_to, p.start() - 80) : p.end()]))
            or RESULTS_OF.search(reviewed_tail := _clause_tail(text[max(skip_to, p.start() - 80) : p.start()]))
            or REVIEWED_PERIOD.search(reviewed_tail)
            or _told_done_before(_clause_tail(text[max(skip_to, p.start() - 60) : p.start()]))  # "… đã giảm nhiệt trong
            # những tháng cuối năm 2023": what those months did (train 731)
        ):
            report[y] += 1  # "đánh giá tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2025": reviewed
        elif p.group("h") == "cuối" or p.group("late"):
            period = "H2"
            if y:
                plan[y] += 2
                rest_of.add(y)
        elif p.group("h") == "đầu":
            if y:
                report[y] += 1
            elif not _first_months_planned(_clause_tail(text[max(skip_to, p.start() - 60) : p.start()])):
                first_unnamed = True  # "09 tháng đầu năm, … các cấp ủy đã có nhiều cố gắng …": the first months reviewed
        elif p.group("q"):
            quarter = "Q%d" % (lexicon.ROMAN.get(p.group("q").lower()) or int(p.group("q")))
            before = _clause_tail(text[max(0, p.start() - 60) : p.start()])[-40:]  # within the sentence only
            if y:
                if PLAN_NOUN_BEFORE.search(before):
                    period = period or quarter
                    plan[y] += 2
                else:
                    report[y] += 1
                    if quarter != "Q4":
                        quarters_reviewed.add(y)
            elif _quarter_planned(before) or (
                    QUARTER_DIRECTED.match(text, p.end()) and not PAST.search(text, p.end(), p.end() + 80)):
                # "… quý I và đề ra nhiệm vụ trọng tâm quý II" (an agenda naming it sets the plan: guideline), "Quý II,
                # huyện tập trung …" after a review of the first quarter: the quarter ahead, its year unnamed (the
                # reviewed year's, below)
                period = period or quarter
                quarter_directed = True
    for p in _rest_of_year_iter(text, skip_to):  # "từ nay đến cuối năm 2022 cần …": its rest planned
        y = int(p.group("y"))
        plan[y] += 2
        rest_of.add(y)
        partial = True
    for p in PLAN_DOCUMENT_ISSUED.finditer(text, skip_to) if "ế hoạch số" in text else ():  # (a cheap test first)
        plan[int(p.group("y"))] += 2  # "UBND tỉnh ban hành Kế hoạch số 535/KH-UBND ngày 29/3/2024 về thực hiện Chương
        # trình … năm 2024": a plan issued for the year its name ends on (fresh tg5; a plan's cue is further back from
        # its year than the votes above read)

    @lru_cache(maxsize=1)
    def directed() -> bool:  # a direction stated (not the late months just past, above); read once, asked up to three times
        return any(not any(a <= d.start() < b for a, b in past_late) for d in _directions().finditer(text, skip_to))

    def written_after(year: int) -> bool:  # the year after ``year`` written anywhere, a date's included (no range's bound)
        return rx(r"(?<![\d]|\d\d\s*[-–—]\s*)%d(?![\d]|\s*[-–—]\s*\d\d)" % (year + 1)).search(text, skip_to) is not None

    month_reviewed = False  # the article reviews a month ("phiên họp thường kỳ tháng 5/2023")
    month_planned = False  # … and names the month it plans ("triển khai chương trình công tác tháng 11-2018")
    december_reviewed: set[int] = set()  # … December of these years
    months = list(MONTH.finditer(text, skip_to))
    # undated, the months named without a year are of the one year the others name ("Tháng 10/2017, …" and
    # "nhiệm vụ tháng 11")
    month_years = {int(p.group("y")) for p in months if p.group("y")}
    latest_reviewed: tuple[int, int] | None = None  # the latest month reviewed so far, (year, month)
    for p in months:
        month = int(p.group("m"))
        # the month opening its sentence, a comma after it ("Trong tháng 3, …"), and the rest of that sentence
        leads = (COMING_MONTH_BEFORE.search(text, max(skip_to, p.start() - 30), p.start()) is not None
                 and rx(r"\s*,").match(text, p.end()) is not None)
        after = text[p.end() : p.end() + 200].split(".")[0]
        # a sentence opening on a month after the one reviewed ("phiên họp thường kỳ tháng 2/2024" … "Trong tháng 3,
        # huyện tiếp tục …"): the month ahead, of the reviewed one's year (fresh ri5; as tasks reads it)
        coming = latest_reviewed is not None and not p.group("y") and month > latest_reviewed[1] and leads
        if coming:
            y = latest_reviewed[0]
            plan[y] += 1
            partial = month_planned = True
            continue
        if p.group("y"):
            y = int(p.group("y"))
        elif pub_year is not None and pub_month is not None and month in (pub_month, pub_month - 1):
            y = pub_year  # the month under review, just before the article's date
        elif pub_year is None and len(month_years) == 1:
            (y,) = month_years
        elif pub_year is None and not month_years and len(mentioned) == 1:
            (y,) = mentioned  # ("họp thường kỳ tháng 8" and "7 tháng đầu năm 2023": the one year named)
        else:
            continue
        before = _clause_tail(text[max(skip_to, p.start() - 40) : p.start()])
        # a sentence opening on the month, "Tháng 10/2017, UBND huyện đã tập trung …", tells what was done in it
        # (not a month long past: "Tháng 10-1962, Đảng bộ xã được thành lập")
        opening = bool(p.group("y")) and (pub_year is None or y >= pub_year - 1) and not before.strip() and not _intent_ahead(
            after, STRONG_PLAN_VERBS)
        ahead = pub_month is not None and p.group("y") and (y, month) > (pub_year, pub_month)
        if ahead or MONTH_PLANNED.search(before):  # "sẽ ra mắt trong tháng 12/2016", dated 2016-11
            plan[y] += 2 if p.start() < 400 else 1
            partial = True
            # (or the month ahead opening its sentence, then what is intended: "Trong tháng 6/2025, huyện tập trung …"
            # dated May 2025, as a month after the one reviewed; fresh 147)
            month_planned = month_planned or not ahead or (leads and _intent_ahead(after, PLAN_VERBS))
            if month <= MONTH_PLANNED_LAST:
                # "nhiệm vụ trong tháng 10/2020" plans the rest of 2020: a next year named inside a task ("kế hoạch du
                # lịch năm 2021") is not the plan (fresh wj1; as "3 tháng cuối năm 2020")
                rest_of.add(y)
        elif MONTH_CUTOFF.search(before):
            report[y] += 2 if p.start() < 400 else 1
        elif MONTH_REVIEWED.search(before) or opening:
            partial = True
            # (a December named without its year may be the year's end: no month review then)
            month_reviewed = month_reviewed or bool(p.group("y")) or month < 12
            if p.group("y") and month == 12:
                december_reviewed.add(y)  # ("phiên họp thường kỳ tháng 12/2025": the month next is January 2026)
            report[y] += 2 if p.start() < 400 else 1
            if latest_reviewed is None or (y, month) > latest_reviewed:
                latest_reviewed = (y, month)
    for p in FULL_DATE.finditer(text, skip_to) if pub_year is not None and pub_month is not None else ():
        # "Đến 30/11/2021, tổng nguồn vốn huy động đạt …": that year's results
        y, month = int(p.group("y")), int(p.group("m"))
        if (y, month) <= (pub_year, pub_month) and CUTOFF_BEFORE.search(text, max(skip_to, p.start() - 30), p.start()):
            report[y] += 1
    latest = max([y for y in mentioned] + ([pub_year] if pub_year else []), default=None)
    terms = ([*TERM_REPORTED.finditer(text, skip_to), *TERM_DONE.finditer(text, skip_to)]
             if TERM_WORD.search(text, skip_to) else [])
    for t in terms:  # "Trong nhiệm kỳ 2015-2020, Đảng bộ …" reports its last year
        end_year = int(t.group(2))
        clause = rx(r"[^.;\n]{0,100}").match(text, t.end())
        if TARGETS_SET.search(clause.group()):
            continue  # "Trong nhiệm kỳ 2025-2030, tỉnh đặt mục tiêu …": the term ahead, its targets set
        if YEAR_DESCRIBED_BEFORE.search(text, max(skip_to, _last_stop(text, max(skip_to, t.start() - 200), t.start()) + 1),
                                        t.start()):
            continue  # "Năm 2020 là năm cuối thực hiện Nghị quyết Đại hội … nhiệm kỳ 2015-2020, …": a year described by
            # the term it ends, the term still running
        if TERM_PLAN_BEFORE.search(text, max(skip_to, t.start() - 60), t.start()):
            continue  # "triển khai chương trình hành động thực hiện Nghị quyết Đại hội … nhiệm kỳ 2015-2020": the term's
            # plan carried out from its start, nothing of it reported (fresh pm4; train 419 the same for 2025-2030)
        if latest is None or end_year <= latest:  # a term still running is not being reported on
            report[end_year] += 2 if t.start() < 400 else 1
    base = pub_year or (max(report) if report else None)
    if pub_year is not None:  # news reports on this year or the last one, not on years long past
        for y in [y for y in report if y < pub_year - 1]:
            del report[y]
    if base is not None:
        for y in [y for y in plan if y > base + 1]:
            del plan[y]
        if pub_year is not None and pub_month is not None and pub_month >= 10 and report.get(pub_year + 1):
            # "Hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2022" in December 2021: the coming year's
            # tasks, whatever the cue; a report is never about a year still to come
            plan[pub_year + 1] += report[pub_year + 1]
        for y in [y for y in report if y > base]:
            del report[y]
    report_year = _pick(report, pub_year)
    early = pub_month is not None and pub_month <= 3 and (plan.get(pub_year) or pub_year in described) and not report
    if report_year is None and pub_year is not None and (pub_year in mentioned or pub_year in plan) and not early:
        report_year = pub_year  # (before the plan year: a later year planned is then the plan year)
        # (not in the first months of a year it only plans, nothing reported: "nhiệm vụ của năm 2024 là …" in
        # January 2024 plans that year and reports none; train 030, set AD 21)
    if (report_year is None and pub_year is not None and pub_month is not None and pub_month >= 6 and not mentioned
            and not plan and RESULTS_UNDATED.search(text, skip_to) and not TERM_REVIEWED.search(text, skip_to)):
        # no year named at all, results stated ("… có mức tăng trưởng đạt 2,15% so cùng kỳ") in an article dated in
        # the second half of a year: the year of its date is reported (not a congress's term: "5 năm qua, …")
        report_year = pub_year
    if (pub_year is None and report_year is not None and set(report) == {report_year} and set(plan) == {report_year}
            and plan[report_year] > report[report_year] and not partial and not quarters_reviewed):
        # undated, one year named, planned more than reported ("Năm 2022 ngành … đặt mục tiêu …", "thực hiện nhiệm vụ
        # của ngành năm 2022"): the year the article plans, none reported (fresh yd2, sc4; not a month or a quarter
        # reviewed, its year's tasks set: train 033)
        report_year = None
    # A year planned after the reported one is the plan year, whatever the votes for the
    # reported year ("tổng kết năm 2020, triển khai nhiệm vụ năm 2021" + "Năm 2020, … đề ra").
    # (not when nothing at all is reported and the year of the date, before October, is planned more than any later
    # year: "… họp kỳ thứ hai để bàn một số nhiệm vụ năm 2025 …. Theo đó, năm 2025, phường phấn đấu …" in August 2025, a
    # programme for 2026 named once; the rest of that year is the plan; group AU zdi2)
    planning_own_year = (report_year is not None and report_year == pub_year and not report and pub_month is not None
                         and pub_month < 10
                         and plan.get(pub_year, 0) > max((n for y, n in plan.items() if y > pub_year), default=0))
    later = Counter() if planning_own_year else Counter(
        {y: n for y, n in plan.items() if report_year is not None and y > report_year
         and (report_year not in rest_of or y in led_plan)})
    # (the rest of the year reported planned, "phấn đấu đến cuối năm 2019 xã A đạt chuẩn …", leaves a later year the
    # plan when a sentence opens on it with its aims: "Năm 2020, huyện phấn đấu …" in a December session; fresh im03)
    plan_year = _pick(later or plan, pub_year)
    if plan_year is not None and report_year is not None and plan_year < report_year:
        plan_year = None
    if report_year is not None and report_year == pub_year and pub_month is not None and pub_month <= 10:
        partial = True  # written before the year is over: a review of part of it
    if plan_year is not None and plan_year == report_year and not partial:
        plan_year = None  # "Chỉ tiêu năm 2021: …" in a year-end review is the reported year's target
    # A month under review plans the next one, in the same year. (The first months of a year under
    # review, "8 tháng đầu năm 2025", planned its rest too: no dev/train article needed it and it cost
    # val a document; the rest of a year is planned when the article names it, "những tháng cuối năm".)
    if plan_year is None and report_year is not None and partial and month_reviewed:
        # (December reviewed: the month next opens the year after, "phiên họp thường kỳ tháng 12/2025")
        plan_year = report_year if report_year not in december_reviewed else (
            report_year + 1 if directed() else None)
    if (plan_year is None and report_year is not None and report_year == pub_year and partial
            and directed() and _coming_period().search(text, skip_to)):
        # dated within the year it reviews part of, directions given and the period ahead named ("… đánh giá kết quả
        # thực hiện nhiệm vụ 3 tháng đầu năm 2021 và phương hướng, nhiệm vụ trong thời gian tới"): the rest of that year
        plan_year = report_year
    if (plan_year is None and report_year is not None and pub_year is None and report_year in quarters_reviewed
            and directed()):
        # undated, a quarter of the year reviewed and directions given ("Quý I năm 2021, huyện Thoại Sơn đã đạt …" then
        # "Bí thư Huyện ủy yêu cầu các cấp, các ngành …"): the rest of that year (fresh 31)
        plan_year = report_year
    if report_year is None and plan_year is None and len(mentioned) == 1 and not partial:
        (only,) = mentioned  # the one year the article names, with no cue either way, is what it reports
        term_end = any(int(t.group(2)) == only for t in TERM_END.finditer(text, skip_to)) if TERM_WORD.search(text, skip_to) else False
        if term_end:
            # unless it ends the term the article is about ("Đại hội … nhiệm kỳ 2025-2030 … GRDP bình quân đầu người
            # năm 2030 đạt 7.900 USD"): its target, planned where targets are set (from the 2025-2030 terms on, as below)
            if only >= TERM_PLANNED_FROM and pub_year is None and TARGETS_SET.search(text, skip_to):
                plan_year = only
        elif pub_year is None and only in described and directed():
            # undated, the one year named only as described and directions given ("Kết luận hội nghị, … nhấn mạnh, năm
            # 2022 có ý nghĩa rất quan trọng, là năm tạo nền tảng … BCH và cả hệ thống chính trị tập trung …"): the
            # year the directions are for, as in a dated January article below (fresh ez01)
            plan_year = only
        elif ((pub_year is None or pub_year - 1 <= only <= pub_year) and not (early and only in described)
              and not _deadline_only(text, skip_to, only)):
            report_year = only  # (not the year described at its start: "năm 2022 có ý nghĩa rất quan trọng" in January;
            # nor a deadline only: "… đạt chuẩn nông thôn mới vào năm 2027" at a 2025 congress, fresh ku03)
    if plan_year is None and not (report_year is None and partial):  # "nhiệm vụ năm tới", a December session
        plan_year = _unnamed_plan(text, skip_to, report_year, pub_year, pub_month, partial)
    if plan_year is None and report_year is not None and not partial:
        # "Ngành đặt mục tiêu, tốc độ tăng trưởng … tăng 3% so với năm 2019" in a review of 2019: a target measured
        # against the year reviewed is for the year after it
        if any(int(a.group("y")) == report_year for a in AIM_COMPARED.finditer(text, skip_to)):
            plan_year = report_year + 1
    rest_planned = False  # the rest of the year planned by a phrase of its own ("Từ nay đến cuối năm, Chi cục tiếp tục …")
    if plan_year is None and pub_year is not None and report_year in (None, pub_year):
        if _rest_planned(text, skip_to):
            plan_year = pub_year  # "từ nay đến cuối năm xã phải vận động …" (no year named): the rest of this year
            rest_planned = True
    elif plan_year is None and pub_year is None and report_year is not None and partial:
        if _rest_planned(text, skip_to):
            rest_planned = True
            plan_year = report_year  # undated, part of a year reviewed ("9 tháng đầu năm 2019 … phấn đấu đến cuối năm
            # …"): the rest of the year reviewed
        elif directed() and _coming_period().search(text, skip_to):
            plan_year = report_year  # … or the period ahead named with directions given ("kết quả 6 tháng đầu năm 2024
            # … yêu cầu trong thời gian tới, Sở tập trung …"), as a dated review of part of a year reads (fresh zf1)
    if report_year is None and plan_year is not None and first_unnamed and pub_year in (None, plan_year):
        # "09 tháng đầu năm, … kinh tế - xã hội phục hồi …" then "… thực hiện thắng lợi các mục tiêu … trong những tháng
        # tiếp theo và cả năm 2022": the first months reviewed are of the year whose rest is planned (group AK yah4,
        # group U vi2 with "dự toán điều chỉnh ngân sách năm 2019")
        report_year = plan_year
    if (plan_year is None and pub_year is not None and pub_month is not None and pub_month <= 3
            and report_year in (None, pub_year - 1) and pub_year in described and directed()):
        # "Kết luận hội nghị, … nhấn mạnh, năm 2022 có ý nghĩa rất quan trọng, … BCH và cả hệ thống chính trị tập trung
        # …", dated January 2022: the year described at its start, the one directions are for (train 030, fresh 194;
        # the year before reported too: "thành tựu … trong năm 2024 … năm 2025 là thời điểm quan trọng …", fresh jh3)
        plan_year = pub_year
    if (plan_year is None and pub_year is not None and pub_month is not None and pub_month >= 10
            and report_year in (None, pub_year) and pub_year + 1 in described and directed()):
        # "Năm 2026 là năm có ý nghĩa quan trọng … ngành Thuế cần tập trung …", dated December 2025: the year described,
        # the one directions are for
        plan_year = pub_year + 1
    if plan_year is None and pub_year is None and report_year is not None and (
            report_year + 1 in unvoted or report_year + 1 in described):
        # (or described: "Năm 2021 là năm khôi phục tăng trưởng …" heading a review of 2020; set AV, train 738)
        # undated: the year after the reported one, named with no cue ("tổng kết … năm 2022 và triển khai Nghị
        # quyết năm 2023", "dự kiến thông qua … thu - chi ngân sách năm 2025"), as for a dated article the
        # year after its date
        plan_year = report_year + 1
    if (plan_year is None and pub_year is not None and pub_month is not None and pub_month >= 11
            and report_year == pub_year and directed()
            and written_after(report_year)):
        # dated at the year's end, the year reviewed, directions given and the next year written anywhere (a date
        # included: "… được nâng lên thành quận từ ngày 1/1/2025 tới. Do vậy, … cần …"; fresh 223): the directions are
        # that year's, as for an undated article below
        plan_year = report_year + 1
    if (plan_year is None and pub_year is None and report_year is not None and not partial and directed()
            and written_after(report_year)):
        # undated, a year reported, directions given and the year after it written anywhere (no range's bound), even in a
        # date or a month
        # ("đề nghị tập trung triển khai Kế hoạch số 36 ngày 19/2/2025 …; mở đợt cao điểm … vào tháng 6/2025" after
        # the results of 2024; fresh 112): the directions are that year's
        plan_year = report_year + 1
    if plan_year is None:  # targets for the end of a term or a named year, nothing nearer planned
        ref = pub_year or report_year or max(mentioned, default=None)
        # (a term's targets plan its end only for terms ending after 2025: the annotators gave the 2020-2025
        # congresses' targets no plan year (train 126, 127, one val page), the 2025-2030 ones their end (train 401,
        # 405, 417, 419); the terms of councils and mass organizations ending 2026-2029 ("nhiệm kỳ 2021-2026" of a
        # women's union, fresh ko03) their end too, as every blind annotation of them does (round 41))
        goals = [
            # (overlapped: a goal inside a term's sentence the term does not date is still read, "Nhiệm kỳ 2018 - 2023,
            # Liên minh HTX tỉnh phấn đấu | đến năm 2023 có thêm …"; fresh ln04)
            int(next(g for g in t.groups() if g)) for t in TERM_TARGET.finditer(text, skip_to, overlapped=True)
            if not (t.group("term") and int(t.group("term")) < TERM_PLANNED_FROM)
        ]
        goals = [
            g for g in goals
            if (report_year is None or g > report_year) and (pub_year is None or g >= pub_year)
            and (ref is None or g <= ref + 5)
        ]
        if goals:
            plan_year = Counter(goals).most_common(1)[0][0]
    if plan_year is None and pub_year is not None and directed() and any(
            int(p.group("a")) == pub_year + 1 for p in PERIOD_AHEAD.finditer(text, skip_to)):
        # "… chỉ đạo tiếp tục triển khai …; giai đoạn 2019-2020 tốc độ tăng trưởng GRDP khoảng 9-9,5%", dated October
        # 2018: directions for a period opening the next year plan that year (ten pages of train and fresh sets:
        # annotated so in nine)
        plan_year = pub_year + 1
    if report_year is None and pub_year is None and (plan_year is None or partial):
        # undated, no year reported by name, figures compared with the same period of a year ("tăng 3,02% so với cùng
        # kỳ năm 2023"): the period compared is of the year after it (fresh ek5, sb5)
        compared = Counter(int(c.group("y")) for c in SAME_PERIOD_OF.finditer(text, skip_to))
        if compared:
            year = compared.most_common(1)[0][0] + 1
            if plan_year is None or plan_year == year:
                report_year = year
    if report_year is None:
        # no year reported by name: results told as of a day ("tính đến ngày 15/12/2020, toàn tỉnh đã thu hút …", "Đến
        # ngày 20-8-2020, Đảng bộ tỉnh đã hoàn thành …") report that day's year (train 061; fresh sa5, sp3, ul4), the
        # plan year's or the one before it; not a deadline ("phấn đấu đến ngày 31/12/2025 hoàn thành …")
        for d in AS_OF_DATE.finditer(text, skip_to):
            y = int(d.group("y"))
            if plan_year is not None and y not in (plan_year - 1, plan_year):
                continue
            if DEADLINE_BEFORE_DATE.search(text, max(0, d.start() - 40), d.start()):
                continue
            if RESULT_AFTER_DATE.match(text, d.end(), d.end() + 200):
                report_year = y
                break
    if report_year is None and plan_year is None:
        if period == "H2" and pub_year is not None:  # "sơ kết 6 tháng đầu năm … 6 tháng cuối năm", dated
            return pub_year, pub_year, "H2"
        if partial and pub_year is not None:  # "Năm tháng đầu năm, …", dated 29/5/2024: that year, and its rest
            return pub_year, (pub_year if directed() else None), None
        return None, None, None
    if report_year is None and plan_year is not None and pub_year is not None and pub_year == plan_year - 1:
        report_year = pub_year  # "tổng kết công tác năm qua, triển khai nhiệm vụ năm 2025", dated 2024
    if (report_year is None and plan_year is not None and pub_year is not None and pub_month in (1, 2)
            and plan_year == pub_year and YEAR_END_REVIEW.search(text, skip_to)):
        report_year = pub_year - 1  # "tổng kết công tác năm qua, triển khai nhiệm vụ năm tới", dated January 2026
    if report_year is None and plan_year is not None and plan_year - 1 in mentioned and FIGURE.search(text, skip_to):
        # the year before the plan year, named with no cue either way, is the one reported when figures are stated
        # ("tính đến cuối năm 2020, tổng số người tham gia … đạt 100,14% kế hoạch …; Năm 2021, BHXH tỉnh đặt mục tiêu
        # …"; not "Tỉnh đã trải qua năm 2022 với nhiều khó khăn", nothing reported)
        report_year = plan_year - 1
    if plan_year is None and report_year is not None and period in ("H2", "Q2", "Q3", "Q4"):
        plan_year = report_year
    if report_year is None and plan_year is not None and period in ("H2", "Q2", "Q3", "Q4"):
        report_year = plan_year  # a mid-year or quarterly review: the part before is of the same year
    if (plan_year is not None and plan_year == report_year and not quarter_directed and not month_planned and not rest_planned
            and not directed()):
        plan_year = None  # a review of part of the year that states no task for the rest of it (an agenda naming the
        # month it plans sets it: "… tháng 10, triển khai chương trình công tác trọng tâm tháng 11-2018")
    if plan_year is None or plan_year != report_year:
        period = period if (period and plan_year is not None and period.startswith("Q")) else None
    return report_year, plan_year, period


# What may stand between a plan cue and a bare "trong năm" after it: the fields the plan is for, as
# resources/indicator_sectors.txt lists them ("các mục tiêu, nhiệm vụ, giải pháp phát triển kinh tế - xã hội trong năm
# 2020", "27 chỉ tiêu nhiệm vụ về kinh tế – văn hóa xã hội – an ninh quốc phòng trong năm 2018", "nhiệm vụ phát triển
# kinh tế-xã hội, đảm bảo quốc phòng, an ninh của huyện trong năm 2023")
_FIELD = r"(?:" + lexicon.indicator_sectors() + r"|QP|AN)(?![\p{L}\p{M}])"
TOPIC_BETWEEN = regexcache.compile(
    r"""(?ix)(?:\s+(?:chủ\s+yếu|cơ\s+bản|trọng\s+tâm|quan\s+trọng))?  # how the plan ranks them ("21 chỉ tiêu chủ yếu")
    [\s,]*
    (?:(?:(?:về|của)\s+(?:các\s+)?(?:lĩnh\s+vực\s+)?)?                # "về", "về các lĩnh vực"
    (?:(?:phát\s+triển|đảm\s+bảo|bảo\s+đảm)\s+)?""" + _FIELD + r"""   # the first field ("phát triển kinh tế")
    (?:\s*(?:[-–,]|và)?\s*(?:(?:phát\s+triển|đảm\s+bảo|bảo\s+đảm)\s+)?""" + _FIELD + r""")*  # the others, joined
    (?:\s+của\s+(?:huyện|tỉnh|xã|thành\s+phố|quận|thị\s+xã|phường|thị\s+trấn|ngành|đơn\s+vị))?  # whose ("của huyện")
    [\s,]*)?                                                        # (or no field named)"""
)


def _last_cue(near: str) -> regex.Match | None:
    """The cue nearest the end of ``near``; a bare "trong năm" or "nghị quyết" yields to a plan cue just
    before it, or before the field it is for ("các chỉ tiêu, nhiệm vụ trọng tâm trong năm 2024" and "nhiệm vụ,
    giải pháp phát triển kinh tế - xã hội trong năm 2020" plan, as "nhiệm vụ năm 2024" does; "triển khai Nghị
    quyết năm 2024" plans the resolution)."""
    prev = last = None
    for m in _cues().finditer(near):
        prev, last = last, m
    if (
        last is not None and prev is not None and prev.group("plan")
        and WEAK_REPORT.fullmatch(last.group()) and TOPIC_BETWEEN.fullmatch(near, prev.end(), last.start())
    ):
        return prev
    return last


# not "5 năm tới", "những năm tới": a span of years
_NOT_A_SPAN = r"(?<!\d\s)(?<![\p{L}](?:những|các|mấy|vài)\s)"


@lru_cache(maxsize=1)
def _relative_phrase():
    """The phrase of ``_relative`` without its lookbehinds (``_NOT_A_SPAN``): see ``_relative_search``."""
    groups = []
    for kind in ("next", "coming"):
        phrases = load_kind("year_relative.tsv", kind)
        groups.append("(?P<%s>%s)" % (kind, lexicon.alternation(phrases) if phrases else "(?!)"))
    return lexicon.B_START + "(?:" + "|".join(groups) + ")" + lexicon.B_END + r"""
        (?!\s+(?:cao\s+)?hơn)                              # not: năm sau cao hơn năm trước
        (?<!(?:cuối|đầu)\s+năm\s+tới(?=\s+(?:các|toàn\s+thể|thành\s+viên|đại\s+biểu|cán\s+bộ|lãnh\s+đạo|người|nhân\s+dân)
            (?![\p{L}])))                                 # nor "tới" a preposition: "… nhiệm vụ 6 tháng cuối năm | tới thành
                                                         # viên UBND huyện" (to the members; fresh 116)
        """


@lru_cache(maxsize=1)
def _relative():
    """Phrases planning a year without naming it (``resources/year_relative.tsv``)."""
    return regexcache.compile(_NOT_A_SPAN + _relative_phrase(), regex.I | regex.X)


@lru_cache(maxsize=1)
def _relative_parts() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    phrases = load_kind("year_relative.tsv", "next", "coming")
    return (regexcache.compile(_relative_phrase(), regex.I | regex.X), regexcache.compile(_NOT_A_SPAN, regex.I | regex.X),
            regexcache.compile(lexicon.tail_alternation(phrases), regex.I))


def _relative_search(text: str, pos: int) -> regex.Match | None:
    """``_relative().search(text, pos)``, faster: the phrase is searched alone (the lookbehinds
    opening the whole pattern made the engine try them at every position), then the lookbehinds
    are checked where it starts; where they fail, the search goes on from the next position.
    And first, the last two words of a phrase ("năm tới", "năm mới": a literal "năm" to look
    for, 25 times faster than the phrases' trie): most articles have none, and then no phrase."""
    phrase, not_a_span, tail = _relative_parts()
    if tail.search(text, pos) is None:
        return None
    while True:
        m = phrase.search(text, pos)
        if m is None or not_a_span.match(text, m.start()):
            return m
        pos = m.start() + 1


def _unnamed_plan(text: str, pos: int, report_year, pub_year, pub_month, partial: bool) -> int | None:
    """The plan year of an article that plans without naming it: "nhiệm vụ năm tới" (the year after
    the reported one). (A December session adopting resolutions planned the next year until 2026-12: the train
    articles it came from now name their plan year, and val lost a document to it.) Phrases of the kind
    "coming" (none listed now: see the resource) mean the next year after a year-end review and the
    same year in a review of part of it."""
    if report_year is not None:
        after, ahead = report_year + 1, report_year if partial else report_year + 1
    elif pub_year is not None:  # a January or February article looks back on the year before
        after = pub_year if pub_month in (1, 2) else pub_year + 1
        ahead = pub_year + 1 if pub_month in (11, 12) else pub_year
    else:
        return None
    m = _relative_search(text, pos)
    if m is not None:
        return after if m.group("next") else ahead
    if (report_year is not None and pub_year == report_year + 1 and pub_month in (1, 2, 3)
            and any(PLAN_VERBS.search(s.group("rest")) for s in THIS_YEAR_OPENING.finditer(text, pos))):
        # "Năm nay, ngành Thuế phấn đấu thu …" in January, the year before reviewed: the year of the article
        return pub_year
    if (report_year is not None and pub_year is not None and not partial
            and ((pub_month in (1, 2, 3) and report_year == pub_year - 1) or (pub_month == 12 and report_year == pub_year))
            and DEPLOYED_UNNAMED.search(text, pos)):
        # "Hội nghị triển khai nhiệm vụ lao động, người có công và xã hội" in January, the year before reported:
        # the tasks deployed are the new year's
        return report_year + 1
    return None


# A year-end review told without its year ("tổng kết công tác Đoàn năm qua"): in a January article, the year before
YEAR_END_REVIEW = regexcache.compile(r"(?i)(?<![\p{L}])(?:tổng\s+kết|năm\s+qua)(?![\p{L}])")
# A sentence opening on the current year, unnamed ("Năm nay, ngành phấn đấu …", "Trong năm nay, …"): its rest
# (the comma may be left out: "Năm nay công ty phấn đấu sản xuất …", fresh 26)
THIS_YEAR_OPENING = regexcache.compile(r"(?im)(?:^|(?<=[.!?]\s))\s*(?:trong\s+)?năm\s+nay(?:\s*,|(?=\s))(?P<rest>[^.;\n]*)")
# After a quarter named without its year, a comma and the body acting on it: "Quý II, huyện tập trung …", "Trong quý
# IV, các ngành cần …" (a plan verb within the clause)
QUARTER_DIRECTED = regexcache.compile(
    r"(?i)\s*,\s*[^.;:\n]{0,60}?(?<![\p{L}])(?:" + _STRONG_PLAN_WORDS + r"|cần|phải|tập\s+trung|tiếp\s+tục|đẩy\s+mạnh|"
    r"đẩy\s+nhanh|chú\s+trọng|tăng\s+cường)(?![\p{L}])"
)
# Tasks deployed with no year named after them ("triển khai nhiệm vụ lao động, người có công và xã hội")
# at a conference or a review ("Hội nghị triển khai nhiệm vụ …", "tổng kết công tác năm 2021, triển khai nhiệm vụ …"),
# not a description ("toàn huyện triển khai thực hiện nhiệm vụ trong bối cảnh …")
DEPLOYED_UNNAMED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:hội\s+nghị|tổng\s+kết)(?![\p{L}])[^.;\n]{0,100}?"
    r"(?<![\p{L}])triển\s+khai(?:\s+thực\s+hiện)?(?:\s+các)?\s+(?:nhiệm\s+vụ|kế\s+hoạch|phương\s+hướng)(?![\p{L}])"
    r"(?![^.;\n]{0,80}?(?<!\d)(?:19|20)\d\d(?!\d))"
)


@lru_cache(maxsize=1)
def _coming_period() -> regex.Pattern:
    """The period ahead named without a year (resources/year_relative.tsv kind "ahead": "thời gian tới", …)."""
    return regexcache.compile(lexicon.B_START + "(?:" + lexicon.alternation(
        load_kind("year_relative.tsv", "ahead")) + r")(?![\p{L}\p{M}])", regex.I)


@lru_cache(maxsize=1)
def _rest_phrases() -> tuple[str, ...]:
    """The phrases of kind "rest" of resources/year_relative.tsv ("từ nay đến cuối năm", …)."""
    return tuple(load_kind("year_relative.tsv", "rest"))


def _rest_of_year_phrase() -> str:
    return "(?:" + lexicon.alternation(_rest_phrases()) + r")\s+(?P<y>(?:19|20)\d\d)(?!\d)"


@lru_cache(maxsize=1)
def _rest_unnamed() -> tuple[regex.Pattern, tuple[str, ...]]:
    """The rest of the year, no year named after it ("từ nay đến cuối năm xã phải …"), and the phrases' last two
    words as plain strings: a cheap test to look for first (a substring test, 15 times faster than a regex of them)."""
    phrases = _rest_phrases()
    return (
        regexcache.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(phrases) + r")(?![\p{L}\p{M}])(?!\s*(?:nay\s+)?(?:19|20)\d\d)",
            regex.I,
        ),
        tuple(sorted({" ".join(p.split()[-2:]) for p in phrases})),
    )


def _rest_planned(text: str, skip_to: int) -> bool:
    """Whether the rest of a year is planned without naming it ("từ nay đến cuối năm …", "phấn đấu đến cuối năm …")."""
    unnamed, tails = _rest_unnamed()
    return any(t in text for t in tails) and unnamed.search(text, skip_to) is not None


@lru_cache(maxsize=1)
def _rest_of_year():
    """The rest of a named year ("từ nay đến cuối năm 2022", "các tháng còn lại của năm 2021")."""
    return regexcache.compile(lexicon.B_START + _rest_of_year_phrase(), regex.I)


@lru_cache(maxsize=1)
def _rest_of_year_parts() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    phrases = _rest_phrases()
    return (regexcache.compile(_rest_of_year_phrase(), regex.I), regexcache.compile(lexicon.B_START, regex.I),
            regexcache.compile(lexicon.tail_alternation(phrases) + r"\s+(?:19|20)\d\d(?!\d)", regex.I))


def _rest_of_year_iter(text: str, pos: int) -> Iterator[regex.Match]:
    """``_rest_of_year().finditer(text, pos)``, faster: the phrase is searched alone and the word
    boundary before it checked where it starts (the lookbehind opening the whole pattern made the
    engine try it at every position); the matches are never empty. And first, the phrase's last
    two words and the year ("cuối năm 2022", "của năm 2021": three times faster to look for than
    the phrases): without one, no phrase is there."""
    phrase, boundary, tail = _rest_of_year_parts()
    if tail.search(text, pos) is None:
        return
    while True:
        m = phrase.search(text, pos)
        if m is None:
            return
        if boundary.match(text, m.start()):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


@lru_cache(maxsize=1)
def _directions():
    """Words that state a task or direction (``resources/year_directions.txt``), or an imperative
    opening a sentence ("Tập trung cao độ …", "Tiếp tục đẩy mạnh …")."""
    return regexcache.compile(
        lexicon.B_START + "(?:" + lexicon.alternation(load_list("year_directions.txt")) + ")" + lexicon.B_END
        + r"|(?:^|(?<=[.!?:]\s{1,3}))(?:Tập\s+trung|Tiếp\s+tục|Đẩy\s+mạnh)(?![\p{L}])"
        # (or the coming period opening a sentence, then who acts and a task verb: "Thời gian tới, Thanh tra tỉnh tiếp
        # tục tổ chức …"; fresh kc3)
        + r"|(?:^|(?<=[.!?:]\s{1,3}))(?:Trong\s+)?thời\s+gian\s+tới\s*,[^.;:!?\n]{0,60}?(?<![\p{L}])"
          r"(?:tiếp\s+tục|tập\s+trung|đẩy\s+mạnh|tăng\s+cường)(?![\p{L}])",
        regex.I | regex.M,
    )


# An aim measured against a year ("phấn đấu …, tăng 10% so với năm 2024", "đặt mục tiêu … tăng 3% so với năm 2019")
AIM_COMPARED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:phấn\s+đấu|(?:đặt|đề)(?:\s+ra)?\s+mục\s+tiêu|mục\s+tiêu\s+là)(?![\p{L}])"  # the aim
    r"(?:(?!\b(?:19|20)\d\d\b)[^.;\n]){0,200}?"  # its target, no other year named on the way
    r"so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+(?P<y>(?:19|20)\d\d)(?!\d)"  # compared with a year
)


def _clause_tail(text: str) -> str:
    """What of ``text`` follows its last stop (``_last_stop``: ". ; " or a line break, a dot between digits none:
    "phấn đấu đạt 2.200 tỷ đồng trong năm 2019"): the clause running up to its end. A line break closing ``text``
    is a stop only when no other stands before it: a year opening a line still reads the line before it ("… nhiệm
    vụ trọng tâm\n| Quý II …"), as this function always has."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    cut = _last_stop(text, 0, end)
    if cut < 0 and end < len(text):
        cut = end
    return text[cut + 1 :]


def _last_stop(text: str, lo: int, hi: int) -> int:
    """The last ". ; " or line break in ``text[lo:hi]`` (-1 if none), a dot between digits ("2.200") no stop."""
    i = hi
    while True:
        i = max(text.rfind(".", lo, i), text.rfind("\n", lo, i), text.rfind(";", lo, i))
        if i < 0 or text[i] != "." or not (i > 0 and text[i - 1].isdigit() and text[i + 1 : i + 2].isdigit()):
            return i


def _pick(counter: Counter, prior: int | None) -> int | None:
    if not counter:
        return None
    best = max(counter.items(), key=lambda kv: (kv[1], -(abs(kv[0] - prior) if prior else 0), kv[0]))
    return best[0]


class YearExtractor:
    def __init__(self, nlp: Language | None = None, name: str = "vnreport_years"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        years = years_of(doc)
        if years.fixed:  # decided on the whole text (a long text processed in pieces)
            return doc
        report_year, plan_year, period = infer_years(doc_text(doc), years.published)
        set_years(doc, Years(years.published, report_year, plan_year, period))
        return doc


@Language.factory("vnreport_years")
def make_years(nlp: Language, name: str) -> YearExtractor:
    return YearExtractor(nlp, name)
