"""Tasks for the plan year: one per directive clause.

A clause is a task when it is introduced by a directive cue ("đề nghị",
"yêu cầu", "cần", "phải", "phấn đấu" …; ``resources/task_cues.tsv``), or is
an item of a list introduced by one ("các nhiệm vụ trọng tâm như: A; B; C"),
or starts with a task verb ("tiếp tục", "tập trung" …) inside a directions
paragraph. Statements that tasks were adopted, achievements and descriptions
of the year are not tasks. ``issued_by`` resolves to the official who spoke;
``assignees`` are the bodies asked to act.

Further constructions (kinds of ``resources/task_cues.tsv`` in brackets):

* a list of targets after a count of targets set ("đề ra 18 chỉ tiêu …: A; B",
  "24 chỉ tiêu, trong đó A; B", "Mục tiêu đến năm 2030: A", "Trong đó: A. B"
  after "… 12 chỉ tiêu cụ thể.") [plan_noun, target_set, result_word,
  target_stop]: one task per target, split at ";", sentence stops, "…" and
  commas between two figures [target_link]; it goes on in a later paragraph that
  only lists figures (photo captions between are skipped);
* "sẽ" before a task verb [future], not a session's agenda [session_verb];
* a leading "Năm 2026," (after the report year) before a subject and a task verb;
* the headline (or a sub-heading) opening with a task verb, not the agenda
  [agenda], dropped when the body states the same task; a later task repeating
  an earlier one is dropped too;
* a plan heading ("Phương hướng, nhiệm vụ năm 2026") or a lead-in ending in
  ":" [future_marker], then one task per item line;
* hard-wrapped lines going on in lower case are one paragraph; a task cut
  mid-word by the end of the text loses its last word.

Second round (2026-12; long sector reviews, 2025-26 commune/ward reports; tests/test_tasks_long.py):

* plan-section items opening with "Một là, …"/"Hai là, …" or a common item opener [section_verb];
  numbered topics ("1. Về …:") inside a section are no items; a line ending in ":" after a list of
  targets opens a list of its own;
* "Thời gian tới, <subject> <task verb> …" (``_future_adverbial``); "<plan noun> … là <verb or figure>";
* "nhấn mạnh: <time,> <bodies> <verb>"; "chỉ đạo:" [colon_directive]; "kiến nghị"/"mong muốn" before
  the body asked [petition]; "sẽ" before an item opener; "quyết tâm" only opening a sentence
  [opening_directive];
* a task's year: a deadline of its clause ("vào cuối năm 2020", "Đến năm 2030, …"); with no plan year,
  the sentence's leading "Trong năm 2026,".

Third round (issue 13: recall on unseen text; tests/test_tasks_unseen.py):

* a leading adverbial of the coming period [period] ("6 tháng cuối năm,", "Từ nay đến cuối năm,",
  "Phương hướng năm 2026,") or a purpose naming the plan ("Để thực hiện thắng lợi các mục tiêu trên,")
  before a short subject and a task verb (``_future_adverbial``); after either (or a later "Năm 2026,"),
  a sentence of figures only lists targets;
* a lead-in naming no task ("… các nhiệm vụ trọng tâm sau.", "… một số nội dung sau:") [lead_noun] opens
  the items after it; "Thứ nhất, hoàn thiện …" takes the item openers [section_verb]; a section item may
  open with its topic ("Về công tác cán bộ, Bộ tập trung …"); "Đó là:" opens the paragraph after a
  sentence announcing tasks;
* "giao <body> …" [assign, assign_block]; "cam kết (sẽ) <task verb>" [commitment];
* "đã" after a relative head ("các tiêu chí đã đạt") is no result [relative_head];
* delegates asked to discuss are given no task only about the session's own business; after a request,
  "Bên cạnh đó, <bodies> <task verb> …" is one more;
* not requests: "06 chỉ tiêu phấn đấu …" (a status of counted targets), "khi phải", "cần thiết",
  "yêu cầu tại Chỉ thị …";
* a task stops at the quote closing it ('"…", ông A nói'); "đến năm 2035" in a name ("Chiến lược …",
  "tầm nhìn") is no deadline [document_name]; a headline's targets do not run into the lead paragraph.

Verbs chained by commas inside one request stay one task (guideline).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import namedtuple
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon, regexcache
from ..lexicon import rx
from ..resources import load_kind, load_list
from ..header import HEADER_DATE
from ._base import (PHOTO_CREDIT, PHOTO_POSITION, Years, add_item, doc_text, items as items_of, official_mentions, refresh_payloads, set_years,
                    strip_span, years_of)


def _cue_words(*kinds: str) -> list[str]:
    """The phrases of these kinds in resources/task_cues.tsv (the file's second column), in file order."""
    return load_kind("task_cues.tsv", *kinds)


# A sentence ends at . ! ? (not the dot of "4.380") or a line end.
SENTENCE = regexcache.compile(
    r"""
    (?:[^.!?…\n]++              # any characters but a stop or a line end (possessive: what follows
                                 # the loop always matches where it stops, so nothing is given back)
      | (?<=\d)\.(?=\d)          # the dot of "4.380"
      | (?<=(?:^|[.!?:;][ \t]*)\d{1,2})\.(?=[ \t]+\p{Lu})  # an item's number right after a stop or colon: "…: 1. Tốc
                                 # độ tăng …. 2. Thu nhập …" (the items' numbers end no sentence)
      | (?<=""" + lexicon.DOTTED_ABBREVIATION + r""")\.(?![ \t]*(?:\n|$))  # "TP. Nha Trang", "PGS.TS.", "TT.Ái Nghĩa"
      | (?<=(?<![\p{L}])\p{Lu})\.(?=\p{Lu})     # an abbreviation's dot between capitals, no space: "T.Ư", "TP.HCM"
      | \n(?=[ \t]*\p{Ll})       # a hard-wrapped line going on in lower case
      | (?:…|\.{2,3})(?=[ \t]+\p{Ll})  # a pause going on in lower case: "… trước Đảng bộ và nhân dân… tham gia thảo
                                 # luận …" (fresh nh02)
    )+(?:[.!?…]+|$)
    | [^\n]+
    """,
    regex.M | regex.VERBOSE,
)
# A paragraph: lines, a hard-wrapped line going on when the next one opens in lower case.
# (a run of characters at a time, possessive: one character per loop step was 14x slower)
PARAGRAPH = regexcache.compile(r"(?:[^\n]++|\n(?=[ \t]*\p{Ll}))+")
LIST_ITEM = regexcache.compile(r";|\n|(?<=:)\s*(?=[-+•*]|\d+[.)])")
YEAR = regexcache.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)" + lexicon.NOT_DOCUMENT_NUMBER)
# A figure and its qualifier ("trên 80", "11,4"), the start of a share or a count opening a target
QUALIFIED_FIGURE = r"(?:(?:trên|hơn|dưới|khoảng)\s+)?\d[\d.,]*"
# Sentences that adopt tasks or describe the year are not tasks.
# "và" opening another target after a figure: a resolve ("… đạt từ 9%-9,5% và phấn đấu tăng trưởng hai con
# số"). (Not "… và có 50% số hộ …": the train gold keeps two figures joined by "và" in one task.)
TARGET_AND = regexcache.compile(
    r"(?i)\s+và\s+(?=phấn\s+đấu|đặt\s+mục\s+tiêu|hướng\s+tới"
    r"|" + QUALIFIED_FIGURE + r"\s*%\s+(?-i:\p{Ll})"  # "… quán triệt và 80% thanh niên được …": a share first
    # or a count first after a figure ("18.683 người tham gia BHXH tự nguyện và 358.000 người tham gia BHYT", "13% lao
    # động tham gia BHXH và có 11,4% lao động …": fresh pages, each target its own task)
    # (not an amount, a second object of the same verb: "thu hút được 550 triệu USD vốn FDI và 5.500 tỷ đồng vốn DDI")
    r"|(?:có\s+)?" + QUALIFIED_FIGURE + r"\s*(?:%\s*)?\s"
    r"(?!(?:" + lexicon.amount_units("scale") + "|" + lexicon.amount_units("measure") + r")(?![\p{L}\p{M}]))(?-i:\p{Ll})"
    # "… hoàn thành 100% chỉ tiêu huấn luyện và đẩy mạnh xây dựng …": a task verb of its own (not one joined to a passive
    # of the things counted: "93% hộ gia đình được công nhận và giữ vững danh hiệu …", fresh bj01)
    r"|(?<!(?<![\p{L}])được(?:\s+[\p{L}\p{M}]+){1,2}\s+và\s+)"
    r"(?:" + lexicon.alternation(_cue_words("verb")) + r")(?![\p{L}\p{M}]))"
)
# Words of intent before a plan's outcome ("phấn đấu hoàn thành …", "để đạt …") and the outcome itself, shared by the
# two readings of a plan told as reached below
_PLAN_INTENT_WORDS = r"phấn\s+đấu|quyết\s+tâm|để|nhằm|cần|phải|sẽ|bảo\s+đảm|đảm\s+bảo"
_PLAN_OUTCOME = r"(?:đạt\s+và\s+vượt|hoàn\s+thành\s+và\s+vượt|đạt|vượt|hoàn\s+thành)"
# A plan told as reached, no intent before it: "thực hiện đạt và vượt các chỉ tiêu, nhiệm vụ của ngành đề ra",
# "hoàn thành tốt các nhiệm vụ" (not "phấn đấu hoàn thành các chỉ tiêu", "để đạt các mục tiêu")
PLAN_REACHED = regexcache.compile(
    r"""(?ix)(?<![\p{L}])
    (?<!(?:""" + _PLAN_INTENT_WORDS + r""")\s+(?:[\p{L}\p{M}]+\s+){0,2})  # no intent before
    """ + _PLAN_OUTCOME + r"""(?:\s+(?:tốt|xuất\s+sắc|vượt\s+mức))?
    \s+(?:(?:các|những|toàn\s+bộ|nhiều|hầu\s+hết)\s+)?
    (?:\d+(?:\s*/\s*\d+)?\s+)?                    # how many of them: "đạt và vượt 16/16 chỉ tiêu" (fresh ta1)
    (?:(?:hơn|trên|gần|khoảng)\s+)?(?:\d[\d.,]*\s*%\s+(?:so\s+với\s+)?)?  # or what share of it: "đạt 102,7% kế hoạch" (fresh be05)
    (?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ|kế\s+hoạch)(?![\p{L}])"""
)
# … or the plan first, its outcome after it: "Kết quả thực hiện các chỉ tiêu, nhiệm vụ cơ bản đạt và vượt (có 41/42 chỉ tiêu
# đạt và vượt nghị quyết)" (group AL yal3), with no intent in the sentence (PLAN_INTENT: "phấn đấu 100% chỉ tiêu đều đạt";
# the plan set or assigned, "đề ra", "giao", intends it too)
PLAN_REACHED_AFTER = regexcache.compile(
    r"""(?ix)(?<![\p{L}])(?:\d+\s*/\s*\d+\s+)?(?:chỉ\s+tiêu|nhiệm\s+vụ|kế\s+hoạch)
    (?:[\s,]+(?!đạt|vượt|hoàn)[\p{L}\p{M}]+){0,4}?                # the plan's words: "…, nhiệm vụ cơ bản"
    \s+(?:đều\s+)?""" + _PLAN_OUTCOME + r"""(?![\p{L}\p{M}])""")
PLAN_INTENT = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:" + _PLAN_INTENT_WORDS + r"|đề\s+ra|giao)(?![\p{L}\p{M}])")
# A plan told as assigned ("được Bộ Tài chính giao là …"), then only the amount: what was assigned, no task
ASSIGNED = regexcache.compile(r"(?i)(?<![\p{L}])được(?:\s+[\p{L}\p{M}\p{N}.]+){0,6}?\s+giao(?![\p{L}\p{M}])")
ASSIGNED_AMOUNT = regexcache.compile(r"(?i)\s*(?:(?:khoảng|hơn|trên|gần)\s+)?\d[\d.,]*\s+(?:"
                             + lexicon.amount_units("scale") + r")?\s*(?:đồng|USD)")
# Examples of what was achieved opening a list: "tiêu biểu là các chỉ tiêu như: …", "tiêu biểu như …" (fresh pages:
# every "tiêu biểu là/như" of train and the fresh pages introduces results)
EXAMPLES_OF_RESULTS = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])tiêu\s+biểu\s+(?:là|như)(?![\p{L}\p{M}])")
# Highlights announced before the colon: "…, nổi bật là:", "…, điển hình như:" (results after "đã", targets after "đề ra")
HIGHLIGHTS = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:nổi\s+bật|điển\s+hình)\s+(?:là|như)\s*:\s*$")
# The contents a plan focuses on, then a colon and its items: "tập trung (vào) (các|một số) nội dung (như):" (not an
# agenda, "cho ý kiến về các nội dung:", "báo cáo các nội dung:")
CONTENTS_FOCUSED = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])tập\s+trung(?:\s+vào)?\s+(?:các|những|một\s+số)\s+nội\s+dung(?:\s+(?:chính|trọng\s+tâm|chủ\s+yếu|sau))?"
    r"(?:\s+như)?\s*:\s*")
# A count opening the piece after "và" (not a share: "và 80% thanh niên được …" is a target of its own) …
COUNT_FIRST = regexcache.compile(r"(?i)(?:có\s+)?" + QUALIFIED_FIGURE + r"\s+(?!%)")
# … that is a target of its own when the things counted do something: "358.000 người tham gia BHYT", "250.000 thanh niên
# sử dụng tài khoản thanh toán điện tử", "có 11,4% lao động tham gia …"
COUNTED_DOING = regexcache.compile(
    r"(?i)(?:có\s+)?" + QUALIFIED_FIGURE + r"\s*%?\s+(?:[\p{L}\p{M}]+\s+){1,3}?"
    r"(?:tham\s+gia|sử\s+dụng|được|có|đạt|hưởng|tiếp\s+cận|hoàn\s+thành|thoát|xuất\s+khẩu|đăng\s+ký)(?![\p{L}\p{M}])")
# Results reached, announced before a colon: "phấn đấu đạt kết quả:", "đạt được những kết quả sau:" (fresh 39)
RESULTS_REACHED_COLON = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])đạt(?:\s+được)?\s+(?:(?:những|các|nhiều|một\s+số)\s+)?kết\s+quả(?:\s+[\p{L}\p{M}]+){0,3}\s*:")
# What the year is, after the lead naming it: "Năm 2024, | là năm bứt phá …", "là một năm có ý nghĩa …"
YEAR_DESCRIBED = regexcache.compile(r"(?i)" + lexicon.IS_A_YEAR)
# A piece closing on a figure ("… còn 0,43%", "… đạt 95%", "… dưới 49 giờ"): a target
TARGET_FIGURE_END = regexcache.compile(
    r"""(?i)(?:\d[\d.,]*\s*(?:%|phần\s+trăm)                          # a figure: "… còn 0,43%"
    |(?<![\p{L}])(?:đạt|vượt|hoàn\s+thành)(?:\s+và\s+vượt)?\s+       # or a target reached: "thu ngân sách đạt và
      (?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)                  #  vượt kế hoạch giao"
      (?:\s+(?:được\s+)?(?:giao|đề\s+ra))?
    )\s*$""",
    regex.VERBOSE,
)
# A count of tasks or targets ("2 nhiệm vụ trọng tâm", "6 giải pháp", "3 khâu đột phá"; plan_noun of task_cues.tsv)
COUNTED_PLAN = regexcache.compile(
    r"(?i)(?:^\s*|(?<![\p{L}\p{N}]))\d+\s+(?:nhóm\s+)?(?:"
    + lexicon.alternation(_cue_words("plan_noun") + ["khâu đột phá"]
                          # (and documents counted: "thực hiện hiệu quả 03 Nghị quyết, 01 chương trình trọng tâm …";
                          # fresh mh04)
                          + [w for w in _cue_words("document_name") if w[0].isupper()])
    + r")(?![\p{L}\p{M}])"
)
# A piece closing on a figure with "%" and its qualifier after it ("… đạt từ 92% trở lên", "… còn 0,43%")
TARGET_FIGURE_AT_END = regexcache.compile(r"(?i)\d[\d.,]*\s*(?:%|phần\s+trăm)(?:\s+trở\s+lên)?\s*$")
# A breakdown opening after a target's figure ("… đạt trên 92%, trong đó học sinh đạt 100%", "… giảm 3% tỷ lệ hộ nghèo
# trong đó các huyện nghèo giảm 4,4%"): the share of a part is a target of its own (guideline: "each distinct target
# in a list of targets is its own task"; fresh pages split it 9 times in 11)
BREAKDOWN = regexcache.compile(r"(?i),?\s*(?<![\p{L}])trong\s+đó(?![\p{L}])\s*,?\s*")
# After "trong đó", how many of the things counted before ("có 400 lao động xuất khẩu", "có ít nhất 1 trường đạt chuẩn
# …", "có từ 4 đến 6 phiên …"): a count and its unit, no share
PART_COUNTED = regexcache.compile(
    r"(?i)có\s+(?:(?:từ|ít\s+nhất|khoảng|trên|hơn|tối\s+thiểu)\s+)?\d[\d.,]*(?:\s*(?:-|–|đến)\s*\d[\d.,]*)?"
    # (not plan items: "xác định 12 chỉ tiêu chủ yếu, trong đó có 4 chỉ tiêu mới …" counts what was set, as before)
    r"(?:\s+(?:triệu|nghìn|ngàn))?\s+(?!%|(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ|tiêu\s+chí|giải\s+pháp)(?![\p{L}\p{M}]))\p{L}")
# A total raised to a figure of its own ("…, nâng tổng số xã đạt chuẩn lên 65 xã", "…, nâng chỉ số hài lòng đạt trên
# 85%"): after a target's figure, another target (fresh pages split it 4 times in 4; "nâng" otherwise links, set in
# task_cues.tsv)
RAISED_TOTAL = regexcache.compile(r"(?i)\s*nâng\s+(?:tổng\s+)?(?:số|chỉ\s+số|tỷ\s+lệ|tỉ\s+lệ)(?![\p{L}])")
# "đưa" right before a count of people or things: sending them, a target of its own ("…, đưa 2000 người đi làm việc ở
# nước ngoài"), not the link "đưa <quantity> lên …"
SENT_COUNT = regexcache.compile(
    r"(?i)\s*đưa\s+(?:(?:khoảng|trên|hơn|gần|ít\s+nhất)\s+)?\d[\d.,]*\s+(?:" + lexicon.amount_units("count")
    + r")(?![\p{L}\p{M}])")
# A page opening on its lead, no headline before it: the outlet's tag and a dash ("(TBTCO) - Sáng 30/12, …",
# "TTH - Sáng 12/1, …", "(BĐ) - Kết luận tại …")
LEAD_OPENING = regexcache.compile(r"\s*(?:\(\p{Lu}[\p{Lu}\p{N}.&]{1,11}\)|\p{Lu}{2,6})\s*[-–—]\s")
# A target opening on a change and its figure ("giảm 50% số hộ nghèo", "tăng 10% so với năm 2025").
FIGURE_CHANGE_START = regexcache.compile(r"(?i)\s*(?:tăng|giảm)\s+(?:(?:trên|hơn|khoảng|từ)\s+)?\d[\d.,]*\s*%")
# A figure's comparison after a comma, with no quantity of its own: ", tăng 16,6% so với …", ", bằng 108% so …"
SAME_FIGURE = regexcache.compile(r"(?i)\s*(?:tăng|giảm|bằng|(?:ước\s+)?đạt|vượt|gấp|cao\s+hơn|thấp\s+hơn)(?![\p{L}])")
# A change by an amount of the unit counted before it: ", giảm 245 hộ", ", tăng thêm 1.200 lao động"
# (a qualifier and a unit of two words allowed: "Tổng mức đầu tư toàn xã hội 5.020 tỷ đồng, tăng gần 1.500 tỷ đồng";
# fresh il01)
_CHANGE_BY = r"(?i)\s*(?:tăng|giảm)(?:\s+thêm)?(?:\s+(?:gần|hơn|trên|khoảng|xấp\s+xỉ))?\s+\d[\d.,]*"  # "tăng gần 1.500"
_SCALE = r"(?:(?:tỷ|triệu|nghìn|ngàn)\s+)?"  # "tỷ (đồng)"
ABSOLUTE_CHANGE_OF = regexcache.compile(_CHANGE_BY + r"\s+" + _SCALE + r"(?P<unit>[\p{L}\p{M}]+)\s*")
# A change alone, its size and at most a unit: ", tăng gần 90.000 lượt", ", tăng trên 20%", ", giảm 3 xã"
BARE_CHANGE = regexcache.compile(_CHANGE_BY + r"\s*(?:%|" + _SCALE + r"[\p{L}\p{M}]+)?\s*")
# An economic structure opening its shares ("cơ cấu kinh tế:", "tỷ trọng các ngành trong cơ cấu kinh tế là:", "cơ cấu
# … các ngành thương mại-dịch vụ 30%"): the shares after it, joined by commas, are one target (sets O, Q, R)
STRUCTURE = regexcache.compile(r"(?i)(?<![\p{L}])(?:cơ\s+cấu|tỷ\s+trọng|tỉ\s+trọng)[^,;.:]{0,80}?(?::|\d[\d.,]*\s*%)")
# One share of it: a sector and its figure, no change ("công nghiệp - xây dựng 22%", "dịch vụ chiếm 46%")
SHARE_PIECE = regexcache.compile(
    r"(?i)\s*(?:(?!(?:tăng|giảm|đạt|vượt|thu|chi)(?![\p{L}]))[\p{L}\p{M}-]+\s*){1,6}(?:là\s+|chiếm\s+)?\d[\d.,]*\s*%\s*"
)
# A bare figure restated against another reference after a comma: ", 114% dự toán Chính phủ", ", 104% theo Nghị quyết"
RESTATED_AGAINST = regexcache.compile(
    r"(?i)\s*\d[\d.,]*\s*%\s*(?:so\s+với\s+|theo\s+|của\s+)?(?:dự\s+toán|kế\s+hoạch|nghị\s+quyết|chỉ\s+tiêu|KH)(?![\p{L}])"
    # or the same target in other terms: "giảm từ 2,5 đến 3%, tương ứng với 2.014 đến 2.416 hộ" (set AR)
    r"|\s*(?:tương\s+ứng|tương\s+đương)(?![\p{L}])"
)
# A forecast before the verb: what is expected to happen, not what anyone is asked to do
FORECAST = regexcache.compile(r"(?i)(?<![\p{L}])(?:dự\s+báo|được\s+dự\s+báo|theo\s+dự\s+báo)(?![\p{L}])")
# The date of a document cited before it ("Chỉ thị 02-CT/TU, ngày 23/12/2020 của Tỉnh ủy")
DOCUMENT_DATE = regexcache.compile(r"(?i)\s*ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}")
# A colon after a word naming a slogan ("với tinh thần: “…”", "phương châm: …"), not a request quoted
SLOGAN_COLON = regexcache.compile(r"(?i)(?:tinh\s+thần|phương\s+châm|chủ\s+đề|khẩu\s+hiệu|thông\s+điệp)\s*:")
# A quotation opening a slogan's parts: a slogan word, its name, then "(đó) là:" and the quote ("tinh thần “7 dám”,
# đó là: “Dám nghĩ; dám nói; …”"); the parts inside are no tasks of their own
SLOGAN_QUOTE = regexcache.compile(
    r"(?i)(?:tinh\s+thần|phương\s+châm|khẩu\s+hiệu|thông\s+điệp)(?:\s*[“\"][^”\"]{1,30}[”\"])?"
    r"(?P<open>\s*,?\s*(?:đó\s+)?(?:là\s*)?:?\s*[“\"])"  # (its name, then where the quotation of its parts opens)
    r"(?=[^”\";]*;)"  # (a list of parts: "…; …"; not one motto, "tinh thần “Đoàn kết, đổi mới”")
)
QUOTE_END = regexcache.compile(r'["”]')


def _slogans(s_text: str) -> list[tuple[int, int, int, int]]:
    """The quotations of a sentence holding a slogan's parts: (where the slogan's word starts, where the opening
    of its parts starts, where its parts start, where the quotation closes — the sentence's end if it does not)."""
    if not QUOTE_MARK.search(s_text):
        return []
    out = []
    for m in SLOGAN_QUOTE.finditer(s_text):
        close = QUOTE_END.search(s_text, m.end())
        out.append((m.start(), m.start("open"), m.end(), close.start() if close else len(s_text)))
    return out


# The aims of a plan or resolution named mid-sentence: "…, với mục tiêu (chính)(:) <verb> …" (not "so với mục tiêu")
AIMS = regexcache.compile(r"(?i)(?<![\p{L}])(?<!so\s)với\s+mục\s+tiêu(?:\s+(?:chính|tổng\s+quát|là))?\s*:?\s*")
# The purpose of targets just set: "Năm 2018, Đảng ủy đề ra 10 mục tiêu và 5 giải pháp trọng tâm, nhằm A, B; tiếp tục C".
SET_PURPOSE = regexcache.compile(
    r"""(?i)(?<![\p{L}])(?:đề\s+ra|đặt\s+ra|xác\s+định|thông\s+qua)\s     # targets set
    [^.;:]{0,80}?(?:mục\s+tiêu|giải\s+pháp|nhiệm\s+vụ|chỉ\s+tiêu|khâu\s+đột\s+phá)  # … naming them
    [^.;:,]{0,40}?,?\s*nhằm\s+                                           # then their purpose
    """,
    regex.VERBOSE,
)
# A request proper, asked of someone (not a task verb or a modal)
REQUEST_PROPER = regexcache.compile(
    r"""(?ix)(?<![\p{L}])(?:đề\s+nghị|kêu\s+gọi
    |(?<!(?:bám\s+sát|theo|đáp\s+ứng|đạt|trước|những|các|với)\s+)yêu\s+cầu   # not the noun: "bám sát yêu cầu nhiệm vụ"
    |giao\s+(?:cho|các|nhiệm\s+vụ)                                          # not "giao thông", "giao lưu", "được giao"
    )(?![\p{L}])"""
)
# A quotation mark opening a sentence (its clause starts after it)
OPENING_QUOTE = regexcache.compile(r'[ \t]*["“‘][ \t]*')
# A purpose right before a verb: "… để (góp phần) | nâng cao …", "… nhằm | …"
PURPOSE_BEFORE_VERB = regexcache.compile(r"(?i)(?<![\p{L}])(?:để|nhằm)(?:\s+góp\s+phần)?\s+$")
# A purpose clause to the end of a sentence ("… để năm 2025 đạt được mục tiêu đề ra").
PURPOSE_TAIL = regexcache.compile(r"(?i)(?<![\p{L}])(?:để|nhằm)\s[^.;:]*[.;:]?\s*$")
# The results a decision builds on, framing its sentence ("Với những kết quả khả quan … trong năm 2023, các đại biểu đã
# … thông qua nhiều chỉ tiêu trong năm 2024."): no result of the targets counted after it (fresh dv05)
RESULTS_FRAME = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:với|từ|trên\s+cơ\s+sở|phát\s+huy)\s+(?:(?:những|các)\s+)?kết\s+quả[^,.;:]{0,120},")
# A bracket opening a breakdown, right before an item: "(trong đó, | thu nội địa …", "(trong đó có | 1 sản phẩm …"
BRACKETED_BREAKDOWN = regexcache.compile(r"(?i)\(\s*trong\s+đó\s*[,:]?\s*(?:có\s+)?$")
# A year's figure reached: "năm 2020 đạt 3.537 tỷ đồng", "năm 2020 ước đạt …"
YEAR_REACHED = regexcache.compile(r"(?i)(?<![\p{L}])năm\s+(?P<y>(?:19|20)\d\d)\s+(?:ước\s+)?đạt(?![\p{L}\p{M}])")
# A clause closed, then the connective of a request joined to it: "…đã đạt được, | đồng thời | yêu cầu …"
HELD_CLAUSE_CLOSED = regexcache.compile(r"(?i),\s*đồng\s+thời\s*$")
# A clause closing on a colon that names results: "Với các kết quả đạt được trong năm 2019 như sau:" (its list reports)
RESULTS_BEFORE_COLON = regexcache.compile(r"(?i)(?<![\p{L}])kết\s+quả[^,;:.]{0,60}:\s*$")
NOT_TASK_SENTENCE = regexcache.compile(
    r"(?i)(?<![\p{L}])"
    # (not a relative clause of a document: "cụ thể hóa các nghị quyết vừa được thông qua, ban hành kế hoạch …")
    r"(?<!(?:nghị\s+quyết|văn\s+bản|kế\s+hoạch|chương\s+trình|đề\s+án|quyết\s+định)\s+(?:vừa\s+|đã\s+)?)"
    r"(?:đã|được)\s+(?:biểu\s+quyết|thống\s+nhất|thông\s+qua)|(?<![\p{L}])là\s+năm(?![\p{L}])"
)
# The things a plan sets, named before a colon that lists them
PLANNED_THINGS = regexcache.compile(r"(?i)(?<![\p{L}])(?:nhiệm\s+vụ|chỉ\s+tiêu|mục\s+tiêu|giải\s+pháp|nội\s+dung|khâu\s+đột\s+phá|"
                               r"đột\s+phá|công\s+việc|biện\s+pháp)(?![\p{L}])")
# Before a colon, words that introduce examples or parts of what was named ("… như:", "… bao gồm:")
EXAMPLES_INTRO = regexcache.compile(r"(?i)(?<![\p{L}])(?:như|bao\s+gồm|gồm)(?:\s+(?:các|những|là))?\s*$")
# A web page's counter of views or likes under an article ("533 lượt xem", "1,018 lượt xem"), or its related news'
# time stamps, under a byline or none ("Hoàng Vui\n4 ngày trước\n5 ngày trước")
PAGE_COUNTERS = regexcache.compile(
    r"""(?x)\s*(?:
      (?i:\d[\d.,]*\s+lượt\s+(?:xem|đọc|thích|chia\s+sẻ|bình\s+luận))\s*[.]?       # a counter
    | (?:\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}\s+)?                 # a byline, then
      (?:\d{1,2}\s+(?i:giây|phút|giờ|ngày|tuần|tháng)(?:\s+trước|\s*$)\s*)+           # time stamps ("4 ngày trước"; the
                                                                                # piece's last may be cut before "trước")
    )\s*""")
# At most this many words, no verb and no figure: a list item naming qualities of the item before it
QUALITIES_ITEM_WORDS = 4
# A sentence opening on a year described: "Năm 2020 là năm cuối thực hiện Nghị quyết Đại hội …, huyện ủy tập trung …"
DESCRIBED_YEAR_LEAD = regexcache.compile(r"(?i)\s*(?:[-+•*]\s*)?" + lexicon.DESCRIBED_YEAR)
# The description of a year going on after a comma: "…, đồng thời là năm cuối …", "…, là năm …"
DESCRIPTION_GOES_ON = regexcache.compile(r"(?i)(?:(?:đồng\s+thời|cũng|và)\s+)?là(?![\p{L}\p{M}])")
# What a speaker stresses about the coming year, right before the description's "là năm" ("… nhấn mạnh: Năm 2025 là năm
# cuối …"; the sentence's directions follow it, fresh 45)
COMING_YEAR_STRESSED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:nhấn\s+mạnh|lưu\s+ý|khẳng\s+định)\s*[:,]\s*năm\s+(?:(?:19|20)\d\d|tới|nay)\s+là\s+năm$"
)
# An ordinal item's own clause opening on a verb phrase (lower case, no noun head nor "được/có" early: "kiềm chế, làm
# giảm tai nạn giao thông …", not "công tác cải cách hành chính có nhiều chuyển biến")
ORDINAL_VERB_ITEM = regexcache.compile(
    r"(?-i:\p{Ll})(?!(?i:công\s+tác|việc|tình\s+hình|kết\s+quả|các|những|toàn|số|tỷ\s+lệ|tỉ\s+lệ)(?![\p{L}\p{M}]))"
    r"(?![^,.;:]{0,40}?(?<![\p{L}\p{M}])(?:được|có|đã|là)(?![\p{L}\p{M}]))"
)
# The meeting itself agreeing on what comes next, wherever it stands ("Hội nghị thống nhất tiếp tục phát huy …, quyết
# tâm hoàn thành …", "Kỳ họp cũng nhất trí tập trung …"); "Hội nghị đã thống nhất …" tells what it did (PAST).
# (the verb searched first, the sentence's opening looked behind: a search of every paragraph stays cheap)
MEETING_AGREES = regexcache.compile(
    r"(?i)(?:thống\s+nhất|nhất\s+trí)"
    r"(?<=(?:^|[.!?])\s*(?:hội\s+nghị|kỳ\s+họp|đại\s+hội|phiên\s+họp|cuộc\s+họp)\s+(?:cũng\s+|đều\s+)?(?:thống\s+nhất|nhất\s+trí))\s"
)
# A sentence telling an event: what it carries out, then when ("Thực hiện chương trình công tác năm, sáng 05/11,
# UBND huyện tổ chức …", "Triển khai Kế hoạch số 12, ngày 3/4, …"); without a request in it, no task.
EVENT_OPENING = regexcache.compile(
    r"""(?ix)^\s*(?:thực\s+hiện|triển\s+khai|căn\s+cứ|theo)\s[^.;:]{3,240}?,\s*
    (?:(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)(?:\s+ngày)?|ngày|hôm)\s+(?:nay|qua|\d)|\d{1,2}\s*/\s*\d{1,2}  # ("sáng ngày 24/12")
      |trong\s+[\d,]+\s+ngày)      # "…, trong 1,5 ngày (từ ngày 13-14/5/2020), Đảng bộ xã … tổ chức Đại hội" (set AP)
    # or the legal basis of what follows: a law, decree, circular or decision with its date ("Thực hiện Luật Tổ
    # chức chính quyền địa phương ngày 19 tháng 6 năm 2015; …"; set AH)
    |^\s*(?:thực\s+hiện|căn\s+cứ|theo)\s+(?:bộ\s+)?(?:luật|nghị\s+định|thông\s+tư|quyết\s+định|công\s+văn)(?![\p{L}])
     [^.;:]{0,120}?ngày\s+\d
    # (or any document cited by its number and date, the whole sentence: "Thực hiện Hướng dẫn số 20/HD-CĐN ngày 20/11/2020
    # của BTV Công đoàn ngành về việc tổ chức hội nghị …." (fresh sl5); not when a clause follows its comma: "Thực hiện Kế
    # hoạch số 12/KH-UBND ngày 3/4/2025, năm 2025 xã tập trung …" plans)
    |^\s*(?:thực\s+hiện|căn\s+cứ|theo)\s+(?-i:\p{Lu})[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,2}?\s+số\s+\d+\s*/
     [^.;:]{0,60}?ngày\s+\d(?=[^,;]*$)"""
)
# Verbs setting targets or tasks ("thông qua", "đề ra", "xác định" …): before a list of targets with no colon
# (``_target_intro``, with "phấn đấu") and before a count of tasks set (``_counted_tasks_set``, with "thống nhất",
# "đưa ra"; one list for both changed dev 008's tasks)
_SETTING = r"thông\s+qua|đề\s+ra|đặt\s+ra|xác\s+định"
# (and "đưa ra" setting them out, as it sets tasks: "Kỳ họp đã đưa ra các chỉ tiêu KT-XH năm 2018 như: …"; fresh na02)
SETS_TARGETS = r"(?<![\p{L}])(?:" + _SETTING + r"|phấn\s+đấu|đưa\s+ra(?!\s+(?:xét\s+xử|khỏi)))(?![\p{L}])"
# (and "cụ thể hóa thành" setting the tasks out of a plan above: "Đảng bộ xã đã cụ thể hóa thành 04 nhiệm vụ trọng tâm
# gồm: …", group AH zg3)
SETS_TASKS = r"(?<![\p{L}])(?:" + _SETTING + r"|thống\s+nhất|đưa\s+ra|cụ\s+thể\s+h(?:óa|oá)\s+thành)(?![\p{L}])"


@lru_cache(maxsize=1)
def _counted_tasks_set() -> regex.Pattern:
    """A count of tasks or solutions set, naming none: "xác định 17 nhóm nhiệm vụ, giải pháp chủ yếu để thực hiện …",
    "đề ra năm nhiệm vụ trọng tâm" (not when one is named after it: "…, trong đó tập trung …", "…, đặc biệt là …";
    number words: resources/number_words.tsv)."""
    words = lexicon.number_words()
    # how many tasks or solutions: "17 nhóm nhiệm vụ", "năm giải pháp"
    counted = r"(?:\d+|" + words + r")\s+(?:nhóm\s+)?(?:nhiệm\s+vụ|giải\s+pháp)(?![\p{L}])"
    return regexcache.compile(
        r"""(?ix)^\s*""" + SETS_TASKS + r"""\s+""" + counted + r"""   # the verb setting them, how many
        (?![^.;:]*?(?<![\p{L}])(?:trong\s+đó|đặc\s+biệt\s+là|nhất\s+là|gồm|như)(?![\p{L}]))  # none named after
        # or carried out, the count all the item says: "(Công an tỉnh xác định) tập trung thực hiện 5 nhóm nhiệm vụ
        # trọng tâm."
        | ^\s*(?:""" + SETS_TASKS + r"""\s+)?(?:tập\s+trung\s+)?(?:thực\s+hiện|triển\s+khai)(?:\s+tốt)?\s+""" + counted + r"""
          (?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|chính))?(?:\s+(?:năm\s+\d{4}|sau))?\s*[.;]?\s*$"""
    )


# The request cues a person's name may come right before, with "đã" (``_speaker_past``)
SPOKEN_REQUESTS = frozenset(lexicon.fold_key(w) for w in ("yêu cầu", "đề nghị"))


@lru_cache(maxsize=1)
def _speaker_past() -> regex.Pattern:
    """A person's name (a surname of resources/surnames.txt, then one to three capitalized words) and "đã" closing the
    text before a request cue: "… Nguyễn Quốc Trị đã |yêu cầu"."""
    return regexcache.compile(
        r"(?<![\p{L}\p{M}])(?:" + lexicon.alternation(sorted(lexicon.surnames()), ignore_case=False) + r")"
        r"(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,3}[ \t]+đã[ \t]+$"
    )


# "đã" then, within a few words, a result reached ("đã nỗ lực phấn đấu và cơ bản hoàn thành toàn diện …", "đã đạt và
# vượt …"): what was achieved (not "đã thông qua Nghị quyết …", "đã xây dựng kế hoạch …": a plan set)
DONE_REACHED = regexcache.compile(
    r"(?i)(?<![\p{L}])đã\s+(?:[\p{L}\p{M}]+\s+){0,8}?(?:hoàn\s+thành|đạt|vượt)(?![\p{L}\p{M}])")


# The year right after a past opener, its own ("Trong 6 tháng đầu năm | 2019, …"), or nothing
OPENER_YEAR = regexcache.compile(r"(?:\s*(?:năm\s+)?(?:19|20)\d\d(?!\d))?")


# Contents counted before a list's colon ("thông qua 4 nội dung … gồm:", "bàn 3 vấn đề:"): the list names what a
# meeting dealt with (task_cues.tsv kind lead_noun), its items agenda or documents
CONTENTS_COUNTED = regexcache.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:\d+|" + lexicon.number_words() + r")\s+(?:nội\s+dung|vấn\s+đề)(?![\p{L}\p{M}])[^.;:]*$")
CONTENTS_REACH = 200  # (characters before the colon)


def _told_done(sentence: str, is_future) -> bool:
    """Whether a sentence tells what was done ("đã", "được", …: PAST) and names no year ahead (``is_future``)."""
    return PAST.search(sentence) is not None and not any(is_future(int(y.group())) for y in YEAR.finditer(sentence))


# Achievements and adoption statements are not tasks.
NOT_TASK = regexcache.compile(
    r"(?<![\p{L}])(?:đã|được)\s+(?:biểu\s+quyết|thống\s+nhất|thông\s+qua|đạt|hoàn\s+thành)|(?<![\p{L}])là\s+năm|(?<![\p{L}])đã\s+",
    regex.I,
)

@lru_cache(maxsize=1)
def _no_list_colon() -> str:
    """Regex source (case-insensitive patterns) of the labels a colon after a plan noun's words opens no list after
    (kind no_list_label of resources/task_cues.tsv): a photo's credit ("… năm 2017 - Ảnh: Quang Hiếu"), a theme or a
    slogan in quotes ("… triển khai nhiệm vụ năm 2025 với chủ đề: “Xây dựng …”"; fresh tr5)."""
    labels = _cue_words("no_list_label")
    return r"(?<!(?<![\p{L}])(?:" + lexicon.alternation(labels) + r")\s*)"


@lru_cache(maxsize=1)
def _sector_names() -> list[str]:
    """The sectors named by the ministries and departments of resources/organizations.txt, their head word dropped
    ("Bộ Nông nghiệp và Phát triển nông thôn" gives "Nông nghiệp và Phát triển nông thôn"): what "ngành", "Sở" or
    "Bộ" names before a soft cue ("Ngành Nông nghiệp và Phát triển nông thôn (NN&PTNT) phấn đấu …")."""
    return sorted({o.split(None, 1)[1] for o in lexicon.organizations() if o.split(None, 1)[0] in ("Bộ", "Sở")})


@lru_cache(maxsize=1)
def _cues():
    strong = _cue_words("directive")
    soft = _cue_words("soft_directive")
    opening = _cue_words("opening_directive")
    colon = _cue_words("colon_directive")
    assign = _cue_words("assign")
    assign_block = _cue_words("assign_block")
    actors = _cue_words("actor")
    verbs = _cue_words("verb", "start_verb")
    intro = _cue_words("list_intro")
    return (
        regexcache.compile(
            # (every branch matches from one of its cue words: a look-ahead for any of them first, so that
            # the branches and their look-arounds are tried only where one stands; 40 % faster)
            "(?=" + lexicon.alternation(strong + soft + opening + colon + assign) + ")(?:"
            + lexicon.B_START + "(?P<c>" + lexicon.alternation(strong) + ")" + lexicon.B_END
            # "chỉ đạo" right after a name (its last word capitalized) and before a task verb: the person's direction
            # ("Ông Nguyễn Văn Út chỉ đạo sớm triển khai …", fresh ro1; not a body's, "Huyện ủy Núi Thành chỉ đạo thực
            # hiện …" telling what it did, fresh qo1)
            + r"|(?<=(?<![\p{L}\p{M}])(?-i:" + lexicon.alternation(sorted(lexicon.surnames()), ignore_case=False)
            + r")(?:[ \t]+(?-i:\p{Lu})[\p{Ll}\p{M}]*){1,3}[ \t])(?P<c>chỉ\s+đạo)(?=\s+(?:(?:sớm|khẩn\s+trương|kịp\s+thời"
            + r"|quyết\s+liệt)\s+)?(?:" + lexicon.alternation(verbs) + ")" + lexicon.B_END + ")"
            # a soft cue ("phấn đấu") counts near a clause start ("Năm 2022, ngành Nông nghiệp
            # phấn đấu") or after an actor ("huyện phấn đấu")
            # (a look-ahead for the soft cue first: the look-behind then runs only where one stands,
            # not at every position of the sentence)
            + r"|(?=(?:" + lexicon.alternation(soft) + ")" + lexicon.B_END + ")"
            # (a word of the subject may hold "&", "-", "." or "/": "ngành NN&PTNT", "ngành NN-PTNT", "TP.HCM")
            # (the actor may be named: "… kế hoạch năm 2020 huyện Thanh Ba phấn đấu …"; set AZ)
            # (a dash between two words joins them: "doanh thu du lịch - dịch vụ phấn đấu …")
            + r"(?<=(?:^|[,;:])\s*[\"'(]?(?:[\p{L}\p{N}&./\-]+\s+(?:-\s+)?){0,6}|" + lexicon.B_START + "(?:" + lexicon.alternation(actors)
            + r")(?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*){0,5}\s+"  # (a name after it: "Công ty TNHH MTV LCN Long Đại")
            # or a sector named by "ngành", "Sở", "Bộ" (resources/organizations.txt), a place and its abbreviation
            # in brackets after it: "Ngành Nông nghiệp và Phát triển nông thôn (NN&PTNT) phấn đấu …", longer than
            # a clause start's six words (fresh group BA; such lists in be2, be5 found by other rules)
            + r"|" + lexicon.B_START + r"(?:ngành|sở|bộ)\s+" + lexicon.alternation(_sector_names())
            + r"(?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*){0,3}(?:\s*\([^()\n]{1,20}\))?\s+)"
            # (not a noun made by "sự", "việc": "với sự nỗ lực, phấn đấu của Đảng bộ …", "Bằng việc phấn đấu …")
            # ("Với nỗ lực phấn đấu, 100% các chỉ tiêu … đều đạt và vượt": the effort made, fresh 31)
            + r"(?<!(?<![\p{L}])(?:với|nhờ|bằng|cùng|do|có)\s+(?:sự|việc|nỗ\s+lực)\s+(?:[\p{L}\p{M}]+\s*,?\s+){0,2})"
            + lexicon.B_START + "(?P<c>" + lexicon.alternation(soft) + ")" + lexicon.B_END
            # an opening cue ("Quyết tâm …") only where it opens the sentence, after an optional quote
            + r"|(?<=^\s*[\"“'(]?)(?P<c>" + lexicon.alternation(opening) + ")" + lexicon.B_END
            # a colon cue ("chỉ đạo:") only before the colon that opens what was asked
            + r"|" + lexicon.B_START + r"(?<!(?:sự|lãnh\s+đạo,)\s)(?P<c>" + lexicon.alternation(colon) + r")(?=\s*:"
            # (or a comma, the coming period and, in its clause, a task verb: "chỉ đạo, trong năm 2024 các phòng, ban …
            # tiếp tục …"; not the noun "sự lãnh đạo, chỉ đạo, …")
            + r"|\s*,\s*(?:trong\s+)?(?:năm\s+\d{4}|năm\s+tới|thời\s+gian\s+tới)(?![\p{L}\p{M}])"
            # (an abbreviation's dot in the clause is no stop: "thời gian tới TP. Biên Hòa tiếp tục …", fresh ob04)
            + lexicon.NO_STOP + r"{0,100}?(?<=\s)(?:"
            + lexicon.alternation(verbs) + ")" + lexicon.B_END + ")"
            # an assignment ("giao UBND xã chủ động …") only right before the body asked, not "bàn giao",
            # "được giao" (the look-ahead first: the look-behind runs only where the object stands)
            # (the object's case kept: not "giao ban", a meeting)
            + r"|(?=(?:" + lexicon.alternation(assign) + ")(?-i:" + PETITION_OBJECT.pattern + "))"
            + lexicon.B_START + r"(?<!" + lexicon.B_START + "(?:" + lexicon.alternation(assign_block) + r")\s+)"
            # (nor the passive with its agent: "Xã … được UBND tỉnh giao cho Văn phòng … giúp đỡ": assigned, told)
            + r"(?<!(?<![\p{L}])được(?:\s+[\p{L}\p{M}\p{N}.]+){1,4}\s+)"
            + "(?P<c>" + lexicon.alternation(assign) + ")" + lexicon.B_END + ")",
            regex.I,
        ),
        regexcache.compile(r"^\s*(?:[-+•*]\s*|\d+[.)]\s*)?(?P<c>" + lexicon.alternation(verbs) + ")" + lexicon.B_END, regex.I),
        regexcache.compile(lexicon.B_START + "(?:" + lexicon.alternation(intro) + r")[^.;]{0,80}"
                           + _no_list_colon() + r":\s*", regex.I),
    )


# Who is asked to act: a noun phrase of bodies right after the cue (an adverbial of time
# may come first), up to the verb of the request. The verbs are the task verbs of
# resources/task_cues.tsv plus the modal and manner words below.
ASSIGNEE_HEAD = (
    r"(?:các|cấp|Ban|UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Đảng|chính\s+quyền|Mặt\s+trận|MTTQ|ngành|địa\s+phương|đồng\s+chí|cơ\s+quan|"
    r"đơn\s+vị|tổ\s+chức|Thường\s+trực|Huyện\s+ủy|Tỉnh\s+ủy|Thành\s+ủy|Quận\s+ủy|Thị\s+ủy|toàn|cả|Sở|Phòng|Hội|Đoàn|trường|"
    r"Cục|Chi\s+cục|Công\s+an|Bộ\s+Chỉ\s+huy|Kho\s+bạc|Ngân\s+hàng|Trung\s+tâm|Văn\s+phòng|Thanh\s+tra|"
    r"chủ\s+đầu\s+tư|Tổng\s+cục|Tổng\s+công\s+ty|Công\s+ty|Đài|"  # ("Đài PTTH tỉnh tiếp tục …")
    # (forces and sector bodies: "Lực lượng Công an tiếp tục …", "Bộ đội Biên phòng …", "BHXH tỉnh …")
    r"lực\s+lượng|Bộ\s+đội|Viện|Tòa\s+án|Bảo\s+hiểm\s+xã\s+hội|BHXH|Điện\s+lực|Liên\s+đoàn|"
    # the unit itself, after a request ("Thành phố thúc đẩy khoa học - công nghệ …; phát triển …")
    r"thành\s+phố|tỉnh|huyện|xã|phường|thị\s+xã|quận|đặc\s+khu|"
    # each of them ("Từng thành viên ban chỉ đạo phát huy …", "Mỗi cán bộ, đảng viên …": fresh 41)
    r"từng|mỗi)"
)
# … or a body's people, listed after a leading year ("Năm 2018, toàn thể cán bộ, công chức và người lao động Tòa án nhân
# dân huyện quyết tâm …"; fresh 149); not for assignees ("đề nghị cán bộ, đảng viên bắt tay ngay vào …" names no body)
BODY_OR_PEOPLE_HEAD = (r"(?:" + ASSIGNEE_HEAD + r"|cán\s+bộ|công\s+chức|viên\s+chức|người\s+lao\s+động|đảng\s+viên"
                       r"|hội\s+viên|đoàn\s+viên|chiến\s+sĩ"
                       # (the people with their bodies: "Đảng bộ, chính quyền, quân và dân huyện …", "…, Nhân dân …")
                       r"|quân\s+và\s+dân|nhân\s+dân)")


@lru_cache(maxsize=1)
def _bodies_only() -> regex.Pattern:
    """A list of bodies and nothing else (resources/organizations.txt; a level or a place word may follow each, "thị xã",
    "huyện"): "Viện Kiểm sát nhân dân, Công an, Tòa án nhân dân, Ban Chỉ huy Quân sự, Công an huyện"."""
    orgs = lexicon.alternation(list(lexicon.organizations()))
    one = r"(?:" + orgs + r")(?:\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận|xã|phường))?(?![\p{L}\p{M}])"
    return regexcache.compile(one + r"(?:\s*(?:,|và)\s*" + one + r")+", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _assignee_words() -> tuple[list[str], list[str], list[str]]:
    """Words closing the bodies asked to act (task_cues.tsv kinds assignee_end, assignee_stop) and things a request's
    "các …" may name instead of bodies (kind not_body)."""
    return tuple(_cue_words(kind) for kind in ("assignee_end", "assignee_stop", "not_body"))



@lru_cache(maxsize=1)
def _assignees_re() -> regex.Pattern:
    end, stop, _ = _assignee_words()
    verbs = _cue_words("verb", "start_verb") + end + stop
    return regexcache.compile(
        r"^\s*(?:(?:trong\s+)?(?:năm\s+\d{4}|thời\s+gian\s+tới)\s*,?\s*)?"
        # (an abbreviation's dot inside is no stop: "TP. Biên Hòa tiếp tục …")
        r"(?P<a>" + ASSIGNEE_HEAD + lexicon.NO_STOP + r"{0,160}?)\s+"
        r"(?=(?:" + lexicon.alternation(verbs) + r")" + lexicon.B_END + ")",
        regex.I,
    )


@lru_cache(maxsize=1)
def _setback_after() -> regex.Pattern:
    """After the modal "phải", a verb of being stopped, put off or sent back (task_cues.tsv setback_verb)."""
    return regexcache.compile(r"(?i)\s+(?:" + lexicon.alternation(
        _cue_words("setback_verb")) + r")" + lexicon.B_END)


@lru_cache(maxsize=1)
def _bodies_res() -> tuple[regex.Pattern, regex.Pattern]:
    """(a piece opening on a body's head word, not "Xã hội"; a phrase opening on things: task_cues.tsv not_body)."""
    things = _assignee_words()[2]
    return (regexcache.compile(r"(?i)(?!xã\s+hội)" + ASSIGNEE_HEAD + lexicon.B_END),
            regexcache.compile(r"(?i)^(?:(?:các|những|một\s+số)\s+)?(?:" + lexicon.alternation(things) + r")" + lexicon.B_END))


def _split_bodies(phrase: str) -> list[str]:
    """The bodies of the phrase after a request, split at commas and "và"; a piece opening on a capital but on no
    body's head word goes on with the name before it; none when the phrase names things (the request's object).

    >>> _split_bodies("các sở, ngành và địa phương")
    ['các sở', 'ngành', 'địa phương']
    >>> _split_bodies("Sở Giáo dục và Đào tạo, Phòng Lao động - Thương binh và Xã hội")
    ['Sở Giáo dục và Đào tạo', 'Phòng Lao động - Thương binh và Xã hội']
    >>> _split_bodies("Mặt trận Tổ quốc và các đoàn thể")
    ['Mặt trận Tổ quốc', 'các đoàn thể']
    >>> _split_bodies("các giải pháp để")
    []
    """
    head, things = _bodies_res()
    if things.match(phrase):
        return []
    pieces = rx(r"(,\s*|\s+và\s+)").split(phrase)
    bodies: list[str] = []
    for i in range(0, len(pieces), 2):
        piece = pieces[i].strip()
        if bodies and piece[:1].isupper() and not head.match(piece):
            bodies[-1] += pieces[i - 1] + piece  # ("… và Đào tạo", "…, Thể thao và Du lịch")
        elif piece:
            bodies.append(piece)
    return bodies


# Verbs that take no object of their own before a comma ("nỗ lực, tháo gỡ khó khăn").
BARE_VERBS = ["nỗ lực", "cố gắng", "tích cực", "quyết liệt", "chủ động", "đồng bộ", "tham mưu"]

# A request to the delegates to discuss what is before them ("đề nghị các vị đại biểu tập trung
# nghiên cứu, thảo luận …") is about the session, not a task for the plan year.
PROCEDURAL = regexcache.compile(
    r"(?i)(?<![\p{L}])đại\s+biểu[^.;:]{0,40}?\s(?:tập\s+trung\s+)?(?:trí\s+tuệ,?\s+)?(?:nghiên\s+cứu,?\s+)?"
    r"(?:thảo\s+luận|đóng\s+góp\s+(?:nhiều\s+)?ý\s+kiến|cho\s+ý\s+kiến|phát\s+biểu)"
)
# Only when what they discuss is the session's own business ("… các nội dung trình kỳ họp", "… các báo cáo,
# tờ trình"): asked to discuss and propose how the plan is carried out ("đề nghị các đại biểu thảo luận, đề xuất
# những giải pháp để năm 2024 …") they are given a task (train gold: 2 of 2 articles).
SESSION_BUSINESS = regexcache.compile(
    # ("các nội dung được trình bày tại hội nghị": presented, as "trình" submitted)
    r"(?i)(?<![\p{L}])(?:trình\s+(?:bày\s+)?(?:tại\s+)?kỳ\s+họp|trình\s+(?:bày\s+)?(?:tại\s+)?hội\s+nghị|tờ\s+trình|dự\s+thảo|"
    r"báo\s+cáo|văn\s+kiện|chương\s+trình\s+kỳ\s+họp|nội\s+dung\s+của\s+kỳ\s+họp)(?![\p{L}])"
)

# Whom a petition asks, right after "kiến nghị"/"mong muốn" (an adverbial of time may come first):
# "kiến nghị UBND huyện …", "mong muốn thời gian tới các cơ quan báo chí …", "kiến nghị tỉnh sớm …".
PETITION_OBJECT = regexcache.compile(
    r"\s+(?:(?:trong\s+)?(?:thời\s+gian\s+tới|năm\s+\d{4})\s*,?\s*)?"   # an adverbial of time
    r"(?:(?:nhiệm\s+vụ\s+)?cho\s+)?"                                  # "giao (nhiệm vụ) cho UBND xã …"
    r"(?:" + ASSIGNEE_HEAD + r"|Ủy\s+ban|Trung\s+ương|Chính\s+phủ|Bộ|Quốc\s+hội|tỉnh|huyện|thành\s+phố|cấp\s+trên)"
    r"(?![\p{L}\p{M}])"
    r"(?!\s+(?:năm|tháng|quý|nước)(?![\p{L}\p{M}]))"  # not a time: "chỉ tiêu tỉnh giao cả năm"
)

# A standard's grade closing a piece, no verb: "xã nông thôn mới nâng cao", "huyện NTM nâng cao" ("nâng cao" is the
# grade; the piece ends on its noun phrase, a resolve after the comma is a task of its own: groups AH zg5, K sd4 and
# sg5, U vk2, eval_long 28; not before "và" and a count, "… nâng cao và 10 xã đạt chuẩn …", one target of two counts)
ADVANCED_STANDARD_END = regexcache.compile(r"(?i)(?<![\p{L}])(?:mới|NTM)\s+nâng\s+cao\s*$")
# A clause opening on targets reached, counted as a share ("Hoàn thành 63/65 chỉ tiêu …", "Đạt và vượt 18/20 tiêu chí …")
ACHIEVED_FRACTION_OPENING = regexcache.compile(
    r"(?i)(?:hoàn\s+thành(?:\s+và\s+hoàn\s+thành\s+vượt(?:\s+mức)?|\s+vượt(?:\s+mức)?)?|đạt(?:\s+và\s+vượt)?|vượt)"
    r"\s+\d+\s*/\s*\d+\s+(?:chỉ\s+tiêu|tiêu\s+chí|nhiệm\s+vụ)(?![\p{L}\p{M}])")
# A headline's kicker: a capitalized word and up to eleven more (a place, a body, a session: "Bế mạc Kỳ họp thứ 18 HĐND
# tỉnh … khóa XVII") and a colon: "Quảng Ninh: …"
HEADLINE_KICKER = regexcache.compile(r"(?-i:\p{Lu}[\p{L}\p{M}]*+(?:[ \t]+[\p{L}\p{M}\p{N}]++){0,11}?)[ \t]*:[ \t]+(?=\p{Lu})")
# The rest of the year opening a headline, before its task: "Tháng cuối năm 2020 tập trung …", "6 tháng cuối năm,
# tiếp tục …", "Những tháng cuối năm, …", "Quý IV/2024: …" (after a kicker too: "Hội nghị Tỉnh ủy lần thứ 20: 6 tháng
# cuối năm, tiếp tục …")
LATER_PERIOD_LEAD = regexcache.compile(
    r"(?i)(?:(?:\d+|những|các)\s+tháng\s+cuối\s+năm|tháng\s+cuối\s+năm|quý\s+(?:IV|III|II|[234]))"
    r"(?:\s*[/-]\s*\d{4}|\s+(?:năm\s+)?\d{4})?\s*[,:]?\s+(?=\p{Ll})"
)
# A count closing a target with no unit after it: "tổng số lao động được hỗ trợ tạo việc làm hằng năm 1.350"
BARE_COUNT_END = regexcache.compile(r"(?<![\d/.,])\d{1,3}(?:\.\d{3})+\s*[.…]*\s*$|(?<![\d/.,])\d{2,3}\s*[.…]*\s*$")

# A quotation mark before a comma and more words: the end of a quotation, an attribution after it.
QUOTE_CLOSE = regexcache.compile(r'["”](?=\s*,\s*\p{L})')
QUOTE_MARK = regexcache.compile(r'["“”]')

# ", phấn đấu" after the requests of a sentence (a resolve, with its figure read by the caller).
RESOLVE_AFTER_COMMA = regexcache.compile(r"(?i),\s+(?=phấn\s+đấu(?![\p{L}\p{M}]))")
DEADLINE_AFTER_RESOLVE = regexcache.compile(r"(?i)\s*phấn\s+đấu\s+(?:đến|trước)\s+(?:cuối\s+)?năm\s")  # "phấn đấu đến năm 2025 …"
# A resolve and its year only, then a comma: "…, phấn đấu năm 2020, tổng giá trị sản xuất … tăng 8-9%" (the target
# after the year's comma; fresh fl2)
RESOLVE_YEAR_ONLY = regexcache.compile(r"(?i)\s*phấn\s+đấu\s+(?:trong\s+)?năm\s+(?:19|20)\d\d\s*,")
# A resolve anywhere in a piece, and one followed only by its deadline ("Ngành phấn đấu đến hết năm học 2025-2026,
# tỷ lệ …": it aims at what follows)
RESOLVE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])phấn\s+đấu(?![\p{L}\p{M}])")
DEADLINE_ONLY = regexcache.compile(r"(?i)\s*(?:đến|tới|trước|trong)\s+(?:hết\s+|cuối\s+)?(?:năm|quý|tháng)(?:\s+học)?[\s\d\-–/]*$")
# A rate aimed at, opening a piece after a comma: "…, tỷ lệ hộ nghèo giảm từ 1 đến 1,5%/năm"
RATE_TARGET_START = regexcache.compile(
    r"(?i)\s*(?:tỷ|tỉ)\s+lệ\s[^,;.:()]{1,60}?(?<![\p{L}])(?:đạt|giảm|tăng|còn|dưới|trên|từ)(?![\p{L}])[^,;:()]{0,20}?\d"
)
# A modal opening another request inside a clause; one right after a plan statement's copula ("… là phải tập trung …")
MODAL = regexcache.compile(r"(?i)(?<![\p{L}])(?<!không\s)(?:cần|phải)(?![\p{L}])")
MODAL_FIRST = regexcache.compile(r"(?i)(?:phải|cần)\s+")


def _resolve_with_aim(piece: str) -> bool:
    """Whether ``piece`` holds a resolve with an aim of its own ("phấn đấu xóa hết nhà tạm"), not only a deadline."""
    resolve = RESOLVE.search(piece)
    return bool(resolve) and not DEADLINE_ONLY.match(piece, resolve.end())


# Cues that report what was said; a request only when a task verb follows ("lưu ý tăng cường …").
REPORTING_CUE = regexcache.compile(r"(?i)nhấn\s+mạnh|lưu\s+ý")
# What "lưu ý" draws attention to that asks for it: an action named ("lưu ý việc ưu tiên thông quan …", its worth told
# is a view: kind evaluation) or the bodies' charge ("lưu ý trách nhiệm của ngành Thuế … trong việc hoàn thành …")
# (fresh xi5, ml2)
# "nhấn mạnh" the bodies' charge only ("nhấn mạnh trách nhiệm của 2 đồng chí Phó chủ tịch trong việc …"; fresh ij1).
_CHARGED = r"trách\s+nhiệm\s+của"
NOTED = {
    lexicon.fold_key("lưu ý"): regexcache.compile(r"(?i)\s+(?:việc|" + _CHARGED + r")\s+(?-i:\p{Ll}|\d)"),
    lexicon.fold_key("nhấn mạnh"): regexcache.compile(r"(?i)\s+" + _CHARGED + r"\s+(?-i:\p{Ll}|\d)"),
}

# An item's number inside a line: "(1) ", "2) ", "b) " (not "1. ", a figure's decimal point would look the same)
# (or a lower-case Roman numeral: "i) …; ii) …", fresh bp03)
INLINE_NUMBER = regexcache.compile(r"(?:\((?:\d{1,2}|[a-zđ]|[ivx]{2,4})\)|(?:\d{1,2}|[a-zđ]|[ivx]{2,4})\))\s+(?=\p{L})")
# A list item on its own line: "- A", "+ A", "• A", "1. A", "a) A".
BULLET = regexcache.compile(r"^\s*(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\)|\((?:\d{1,2}|[a-zđ])\))\s*(?=\S)")  # also "(1) A", "(a) A"

# The bodies before a modal ("Các địa phương cần chủ động …").
ASSIGNEES_BEFORE = regexcache.compile(r"(?i)(?:^|[.,;:]\s*)(?P<a>" + ASSIGNEE_HEAD + r"[^.;:,]{0,60}?)\s+$")


# A plural or counted head of a colon list of tasks (resources/task_cues.tsv, list_head): "trên 3 mặt:", "các nhiệm vụ
# quan trọng của đề án:"; its items part at commas and a last "và" (see _listed_items)
LIST_HEAD = regexcache.compile(
    r"""(?<![\p{L}\p{M}])
        (?:(?P<n>\d{1,2}|NUMBER_WORDS)|các|những           # a count ("3", "ba") or a plural ("các", "những"),
          |(?<=(?:đặt|đề)\s+ra\s+)(?:kế\s+hoạch\s*,\s*)?(?=[^.;:\n]{0,60}?\snhư\s))\s+  # or a verb setting them,
                                                          # before "như" ("đặt ra kế hoạch, mục tiêu năm 2023 như …")
        (?:nhóm\s+)?(?:HEADS)(?![\p{L}\p{M}])              # the head ("mặt", "nhiệm vụ", "nhóm giải pháp")
        (?:\s*,\s*(?:HEADS)(?![\p{L}\p{M}]))*              # or two ("những mục tiêu, nhiệm vụ")
        [^.;:,\n]{0,50}?                                   # what it qualifies ("quan trọng của đề án")
        (?::|(?<=\s)như(?=\s))\s*                          # then the colon, or "như" (its items then open with a
                                                          # task verb: "… những nhiệm vụ quan trọng của năm 2017 như
                                                          # triển khai …, đẩy mạnh …, hoàn thiện …", fresh pw5)"""
    .replace("NUMBER_WORDS", lexicon.number_words())
    .replace("HEADS", lexicon.alternation(_cue_words("list_head"))),
    regex.IGNORECASE | regex.VERBOSE,
)
LIST_ITEM_CUT = regexcache.compile(r",\s*")  # between two items of such a list
# "ngoài việc A, B và C; còn phải D", "ngoài việc A, đồng thời cần D": the tasks named beside a request (see _besides_items)
BESIDES = regexcache.compile(
    r"""(?ix)(?<![\p{L}\p{M}])ngoài\s+việc\s+
    (?P<x>[^.;!?\n]{5,300}?)                          # what is named beside it
    \s*[;,]\s*(?:(?:thì|mà)\s+)?(?:còn|đồng\s+thời)(?![\p{L}\p{M}])  # then the request: "; còn phải", ", đồng thời cần"
    """)
BESIDES_REACH = 20  # how far after "còn"/"đồng thời" the request's task begins
BESIDES_ITEM_CUT = regexcache.compile(r"(?i)\s*,\s*|\s+và\s+")  # between two of its items
LIST_LAST_AND = regexcache.compile(r"(?i)\s+và\s+")  # before its last item


# Where the items of a directive end: ";". Those of a list of targets also end at a sentence stop or "…".
CLAUSE_SEPARATOR = regexcache.compile(r";")
TARGET_SEPARATOR = regexcache.compile(
    r";|…|\.{3}|(?<!\d)(?<!(?<![\p{L}])(?:TP|Tp|TX|Tx))\.(?!\d)|(?<=\d)\.(?=\s)"  # (not the dot of "TP.HCM", "TX. Phú Mỹ")
)

# The meeting itself carrying out its items ("Hội nghị thực hiện 02 nhiệm vụ trọng tâm: i) Tổng kết …; ii) Xác định …"):
# its agenda, no targets set (fresh bp03)
MEETING_AGENDA_LEAD = regexcache.compile(
    r"""^\s*[“"]?                                          # (a press release quoted: "“Đại hội … có nhiệm vụ: …”")
    (?i:hội\s+nghị|kỳ\s+họp|phiên\s+họp|đại\s+hội|buổi\s+làm\s+việc)
    (?:\s*,?\s+(?:                                       # its name: "đại biểu Đảng bộ tỉnh A lần thứ I, nhiệm kỳ 2025 - 2030"
        \p{Lu}[\p{L}\p{M}]*                                #   a capitalized word (the body, the place)
        | (?i:đại\s+biểu|lần\s+thứ|nhiệm\s+kỳ|khóa|khoá|bộ|ủy|uỷ|hành|nhân\s+dân|thường\s+(?:vụ|kỳ)|tỉnh|huyện|xã|phường|quận|thị\s+(?:xã|trấn)|thành\s+phố)  # the lower-case words of its name
        | [\dIVXL]+(?:\s*[-–]\s*\d+)?                      #   its number or term, "XIV", "2025 - 2030"
    )){0,16}?
    (?i:\s+(?:lần\s+này|cũng|đã|sẽ))?
    (?i:\s+(?:thực\s+hiện|có|gồm|giải\s+quyết|tiến\s+hành)\s+(?:\d+|các|những|một\s+số|hai|ba)?)\s*$""",
    regex.VERBOSE,
)
DOCUMENT_ITEM = regexcache.compile(
    r"(?i)^\s*(?:\(\d+\)\s*)?(?:dự\s+thảo|báo\s+cáo|tờ\s+trình|đề\s+án|nghị\s+quyết|chương\s+trình|quy\s+trình|"
    # ("Hướng dẫn" capitalized is a document, not before a comma and a second verb: "Hướng dẫn, phổ biến quy định của
    # pháp luật chuyên ngành" is the item's task, fresh 42; nor before the people it guides: "Hướng dẫn nhân dân chăm
    # sóc cây trồng", group BC dd3)
    r"quyết\s+định|kế\s+hoạch\s+số|thông\s+báo|quy\s+chế|(?-i:H)ướng\s+dẫn(?!\s*,|\s+(?:cho\s+)?(?:nhân\s+dân|người\s+dân"
    r"|bà\s+con|nông\s+dân|hộ|doanh\s+nghiệp|người)(?![\p{L}\p{M}]))|hướng\s+dẫn(?=\s+(?:số|về|thực\s+hiện\s+(?:Nghị|Chỉ|Kế)))"
    r")(?![\p{L}])"  # ("hướng dẫn" as the verb opening a task, "hướng dẫn bà con chuyển đổi …", is no document)
)
# A resolve after a document's or a programme's name inside a list item: the item is a target of the programme, no
# document ("…; chương trình xây dựng NTM phấn đấu đạt từ 15 tiêu chí; …", group AM yax4)
RESOLVE_IN_ITEM = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:phấn\s+đấu|quyết\s+tâm)(?![\p{L}\p{M}])")


def _document_item(item: str) -> bool:
    """Whether a list item names a document ("Báo cáo tình hình …", "Chương trình hành động …"), not a target set for
    one.

    >>> _document_item("Chương trình hành động thực hiện Nghị quyết"), _document_item("chương trình xây dựng NTM phấn đấu đạt 15 tiêu chí")
    (True, False)
    """
    return DOCUMENT_ITEM.match(item) is not None and RESOLVE_IN_ITEM.search(item) is None


# A meeting's agenda: a review, then "và" and what it sets ("… để đánh giá tình hình năm 2020 và | đề ra mục tiêu …";
# only before "đề ra": "đánh giá cao kết quả … và | đề nghị …" praises, then asks)
AGENDA_PAIR = regexcache.compile(r"(?i)(?<![\p{L}])(?:đánh\s+giá|tổng\s+kết|kiểm\s+điểm|sơ\s+kết)\s[^.;:!?]{0,160}\svà\s*$")
# An emphasis going on inside a clause: ", đặc biệt | chú ý …", ", nhất là | cần …" (a cue after it does not open a task
# of its own in a sentence that a task verb opened)
EMPHASIS_BEFORE = regexcache.compile(r"(?i),\s*(?:đặc\s+biệt|nhất\s+là)\s*$")
# Concession words: "dù", "mặc dù", "tuy", "dẫu" (before a modal, and before a body's verb: no request)
CONCESSION_WORDS = r"dù|mặc\s+dù|tuy|dẫu"
# "đáp ứng yêu cầu", "hồ sơ đề nghị công nhận", "đồng ý đề nghị xét công nhận": the noun, or agreeing to one
# and "năm yêu cầu cấp bách" (five requirements): counted, a noun
NOUN_USE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:đáp\s+ứng(?:\s+được)?(?:\s+(?:kịp\s+thời|tốt(?:\s+hơn)?|đầy\s+đủ))?|theo|là|với|những|các|mọi|đúng|"
    r"đáng|hồ\s+sơ|đồng\s+ý|nhất\s+trí|"
    r"điều\s+kiện|"  # "trong điều kiện yêu cầu cao về cải cách hành chính": demands (fresh 204; "đáp ứng kịp thời yêu cầu …", 200)
    # (a number word in lower case, or capitalized where no word stands before it: "huyện Thanh Ba phấn đấu" names a
    # place; set AZ)
    r"(?-i:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|(?<![\p{L}\p{M}]\s{1,3})(?:Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười))|"
    r"cho|mắc|gặp|"  # "đáp ứng tốt hơn cho yêu cầu phát triển"; "mắc phải", "gặp phải" (compounds)
    r"khi|buộc|"  # "khi phải thực hiện song hành …", "khi cần": a time clause; "buộc phải": forced, no request
    # "hậu cần" (logistics), "chuyên cần", "ân cần" (diligent, attentive), "(thứ 3) từ phải sang" (a caption),
    # "tinh thần chỉ đạo các …", "tác động đến yêu cầu bảo đảm …" (the noun)
    r"hậu|chuyên|ân|(?-i:từ)|tinh\s+thần|tác\s+động\s+đến|ảnh\s+hưởng\s+đến|"
    r"bên|phía|"  # "Đồng chí A (bên phải), Ủy viên …": the right side of a photo, no modal
    r"số|khoản|nợ|"  # "số phải thu", "các khoản phải nộp", "nợ phải trả": amounts receivable, payable (nouns)
    r"có|"  # "các thị trường có yêu cầu cao về chất lượng": having requirements (the noun)
    r"đạt|vượt|"  # "đạt yêu cầu": meeting requirements, "63 chỉ tiêu vượt yêu cầu": exceeding them, the noun
    r"đảm\s+bảo|bảo\s+đảm|"  # "hướng dẫn thực hiện đảm bảo yêu cầu theo quy định": meeting them (fresh 31)
    r"đang|"  # "đang đề nghị công nhận thêm 2 sản phẩm OCOP": a process under way, no request
    r"đơn|phiếu|giấy|"  # "2.140 đơn khởi kiện, đơn yêu cầu", "phiếu đề nghị": a form, the noun
    r"lượt|"  # "phục vụ hơn 1,3 tỷ lượt yêu cầu tra cứu": requests counted, the noun (fresh ps2)
    r"(?-i:Bạn)|"  # "Bạn cần biết", a news portal's menu (the reader addressed), no request (fresh tn5)
    # "các trường hợp yêu cầu về chính sách", "lao động tập trung đông người yêu cầu chính sách": cases, crowds asking,
    # no request of the meeting (fresh be04)
    r"trường\s+hợp|đông\s+người|"
    r"nguy\s+cơ|"  # "giảm nguy cơ phải nhập viện": the risk of having to, no request (fresh pw2)
    + CONCESSION_WORDS + r"|"  # "6 tháng đầu năm, dù phải tập trung thực hiện sắp xếp …, song …": a concession, no request
    r"do|vì|"  # "… do phải tạm dừng vì dịch bệnh": a cause, no request ("vì vậy, phải …" has a word between)
    r"trước|"  # "trước yêu cầu giao tăng của tỉnh, …": facing a demand, the noun (fresh 125)
    # a count in figures (no year): "ban hành 17 yêu cầu ra quyết định không khởi tố", "12 kiến nghị" (fresh 112)
    # (not a numbered unit's number: "Quận 1 cần xây dựng …", "Phường 5 phải …"; fresh pd05; a military unit's: "Tư lệnh
    # Quân khu 4 yêu cầu, …", fresh zg1)
    r"(?<![\d.,])(?<!(?:quận|phường|khu\s+phố|tổ\s+dân\s+phố|ấp|thôn|xóm|khóm|quân\s+khu|quân\s+đoàn|binh\s+đoàn|"
    r"sư\s+đoàn|lữ\s+đoàn|trung\s+đoàn|hải\s+đoàn|vùng)\s+)\d{1,3}(?:\.\d{3})*"
    r")\s+$"
)
# Before a modal, a relative clause after a plan noun: "một số nhiệm vụ trọng tâm cần thực hiện trong năm",
# "những chỉ tiêu, giải pháp cần tiếp tục thực hiện", "9 nhiệm vụ mà Ban Thường vụ huyện ủy cần thực hiện" (no request).
PLAN_NOUN_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:nhiệm\s+vụ|chỉ\s+tiêu|giải\s+pháp|mục\s+tiêu|nội\s+dung|vấn\s+đề)"
    r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu))?(?:\s+mà(?:\s+[\p{L}\p{M}]+){1,8})?\s+$"
)
# "Ban" right before "chỉ đạo": a steering board ("Ban Chỉ đạo các chương trình mục tiêu quốc gia"), not a direction
STEERING_BOARD_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])ban\s+$")
# A comma, then words announcing the details of what was just asked, closing the sentence's head before its list:
# "…, cụ thể như:", "…, cụ thể là:", "…, trong đó:".
DETAIL_INTRO = regexcache.compile(r"(?i),\s*(?:cụ\s+thể|trong\s+đó|gồm)(?:\s+(?:như|là))?\s*:\s*$")
# Before a modal, the number of what still needs doing: "Số người tham gia cần phát triển để đạt kế hoạch … là 24.515
# người", "còn số người cần phải vận động tham gia BHYT … khá cao", "tổng số vốn cần giải ngân" (a noun phrase, no
# request; not "Một số địa phương cần …", "đa số": some of them, the subject of a request; set AX, train).
COUNT_NOUN_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?<!(?:một|đa|phần|hầu\s+hết|một\s+số)\s)(?:tổng\s+)?số\s+(?:[\p{L}\p{M}]+\s+){1,3}(?:còn\s+)?$"
)
# Before a modal, things counted as the object of a verb or preposition: "… ảnh hưởng đến 72 căn nhà phải di dời khẩn
# cấp", "… có 120 hộ cần hỗ trợ" (those that had to, a relative clause; fresh ec5)
COUNTED_OBJECT_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:đến|cho|có|với|gồm|khiến|làm)\s+(?:hơn\s+|gần\s+|trên\s+|khoảng\s+)?"
    r"\d[\d.,]*\s+(?:[\p{L}\p{M}]+\s+){1,3}$"
)
# Before a cue, documents counted: "ban hành 218 kiến nghị | yêu cầu khắc phục vi phạm …", "12 văn bản | đề nghị …":
# what the documents ask, a description of them, no request of the article's (task_cues.tsv kind counted_document;
# group AA xf5)
DOCUMENTS_COUNTED_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}\d.,])\d[\d.,]*\s+(?:"
    + lexicon.alternation(_cue_words("counted_document"))
    + r")(?:\s+|\s*,\s*)$")  # (or a list of them: "trả lời 638 kiến nghị, | đề nghị hướng dẫn nghiệp vụ"; group AF yq2, yq4)
# Before a modal, a relative clause after a shortfall named in a review (kind limitation): "còn một số tồn tại,
# hạn chế cần khắc phục", "những khó khăn, vướng mắc cần giải quyết như: …" (what fell short, no request).
_LIMITATIONS = lexicon.alternation(_cue_words("limitation"))
LIMITATION_BEFORE = regexcache.compile(
    r"""(?i)(?<![\p{L}\p{M}])
    (?:những|một\s+số|các|còn)\s+                  # a determiner or "còn": a noun phrase, no subject of a request
    (?:vấn\s+đề\s+)?                               # ("còn một số vấn đề tồn tại cần được cải thiện")
    (?:""" + _LIMITATIONS + r""")(?:\s*,?\s*(?:""" + _LIMITATIONS + r"""))*   # the shortfalls, one or a list ("tồn tại, hạn chế")
    \s+$""",
    regex.VERBOSE,
)
# What singles out some of the things just reported ("…, nhất là những chỉ tiêu quan trọng như: …").
ELABORATION = regexcache.compile(r"(?i)(?<![\p{L}])(?:nhất\s+là|đặc\s+biệt\s+là|điển\s+hình\s+là)(?![\p{L}])")
# A count of targets right before a cue: "06 chỉ tiêu phấn đấu đến cuối năm đạt" (a status in a list of
# results), not a request.
COUNTED_INDICATORS_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{N}])\d+(?:/\d+)?\s+(?:số\s+)?(?:chỉ\s+tiêu|tiêu\s+chí|mục\s+tiêu)"
    # (what kind, two words at most: "hoàn thành 129/130 số chỉ tiêu nghiệp vụ phải thực hiện"; fresh fk5)
    r"(?:\s+(?:còn\s+lại|khác)|(?:\s+(?-i:\p{Ll})[\p{L}\p{M}]*){1,2})?\s+$"
)
# After a cue, a noun use ("… của", "yêu cầu nhiệm vụ"); "cần thiết": necessary, an adjective; "yêu cầu tại
# Chỉ thị số …": the requirement of a document.
NOUN_NEXT = regexcache.compile(
    r"(?i)^\s*(?:(?:của|nhiệm\s+vụ(?!\s+cho\s)|đặt\s+ra|ngày\s+càng|thực\s+tiễn|đề\s+ra|mới|thiết|"
    + lexicon.alternation(load_list("endured_verbs.txt")) + r"|"  # ("phải đối mặt với khó khăn": endured, no request)
    r"cù|mẫn|kiệm|sa|câu)(?![\p{L}])|tại\s+(?-i:\p{Lu})"
    # ("tịch thu 9,27g cần sa": cannabis, a police review's seizure; "cần câu": a fishing rod; fresh 51)
    r"|(?:trả|thu|nộp)\s+(?:là|của|ở\s+mức)(?![\p{L}]))"  # ("số tiền các chủ đầu tư phải nộp là 14,7 tỷ đồng": owed)
)  # ("giao nhiệm vụ cho Ban Tuyên giáo tham mưu …" assigns: PETITION_OBJECT)
# The year's theme in quotes after a leading year: "Năm 2020, | với chủ đề (hành động) “…”, | Đài … tiếp tục …"
THEME_FRAME = regexcache.compile(
    r"(?i)(?<=^\s*năm\s+\d{4}\s*,\s*)với\s+chủ\s+đề(?:\s+(?:hành\s+động|công\s+tác|năm))?(?:\s+là)?\s*:?\s*"
    r"[“\"][^”\"\n]{3,200}[”\"]\s*,")
# "không để <someone> phải …" before a modal: a purpose not to let it happen (fresh 175, 215)
NOT_LET_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}])(?:không|chưa|tránh)\s+để\s+(?:[\p{L}\p{M}]+\s+){0,5}$")
# Before "phải", what forces it: a cause making someone ("khiến ngân sách Trung ương | phải bố trí …", "buộc … phải"),
# or the modal still or again borne ("tình hình … tiếp tục | phải ứng phó …", "vẫn | phải nỗ lực duy trì …"): what was
# undergone, no request (groups P tu1, U ve3, U vi5)
FORCED_BEFORE = regexcache.compile(
    r"(?i)(?:(?<![\p{L}])(?:khiến(?:\s+cho)?|buộc|bắt\s+buộc|làm\s+cho)\s+(?:[\p{L}\p{M}]+\s+){0,6}"
    r"|(?<![\p{L}])(?:tiếp\s+tục|vẫn|còn\s+phải\s+tiếp\s+tục)\s+)$")
# "giao nhiệm vụ cho …": an assignment only when a verb follows the body (``_directive``)
TASK_GIVEN_TO = regexcache.compile(r"(?i)\s+nhiệm\s+vụ\s+cho\s")
WORD_START = regexcache.compile(r"(?<![\p{L}\p{M}\p{N}])(?=\p{L})")
# A task that is only an official's part in the meeting: "chỉ đạo hội nghị", "dự và chỉ đạo kỳ họp"
MEETING_ROLE = regexcache.compile(
    r"(?i)(?:dự\s+và\s+)?chỉ\s+đạo\s+(?:tại\s+)?(?:hội\s+nghị|kỳ\s+họp|cuộc\s+họp|buổi\s+làm\s+việc)(?:\s+này)?\s*[.]?"
)
# The verb of managing paired with "chỉ đạo" before it: "lãnh đạo, chỉ đạo", "lãnh, chỉ đạo", "hướng dẫn, chỉ đạo"
LEADING_PAIR_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:lãnh(?:\s+đạo)?|hướng\s+dẫn|điều\s+hành)\s*(?:,|và)\s*$")
# What "kêu gọi" seeks when it is the activity of attracting capital: "kêu gọi đầu tư", "kêu gọi vốn", "kêu gọi xã hội hóa"
CALL_FOR_CAPITAL = regexcache.compile(r"(?i)\s+(?:đầu\s+tư|vốn|xã\s+hội\s+hóa|xúc\s+tiến|các\s+nhà\s+đầu\s+tư)(?![\p{L}\p{M}])")
# A proposal to award or recognize ("đề nghị UBND tỉnh tặng Bằng khen cho …", "đề nghị công nhận 4 xã đạt chuẩn
# nông thôn mới"): a nomination, not a task of the plan (sets D, E, F: four articles, none annotated a task).
AWARD_PROPOSAL = regexcache.compile(
    # (the bodies asked may be listed: "đề xuất Ban Dân vận Tỉnh ủy, Thường trực Huyện ủy X xét khen thưởng 18 mô hình")
    r"(?i)\s+(?:(?:[\p{L}\p{M}]+\s+){0,5}?|(?=(?-i:\p{Lu}))(?:[\p{L}\p{M}]+,?\s+){0,12}?)(?:"
    + lexicon.alternation(_cue_words("award_verb"))
    + r")(?![\p{L}\p{M}])"
)
# Targets carried out, right before a count of them ("… đã chỉ đạo thực hiện tốt các nhiệm vụ, giải pháp"): a result.
_MANNER = r"nghiêm\s+túc|kịp\s+thời|đầy\s+đủ|đồng\s+bộ|quyết\s+liệt|hiệu\s+quả|tốt"
CARRIED_OUT = regexcache.compile(
    # ("đã … phấn đấu thực hiện cơ bản các mục tiêu, nhiệm vụ mà Nghị quyết … đề ra. Cụ thể là: …": fresh 50)
    # (a degree before it too: "… đã lãnh đạo … thực hiện khá tốt các nhiệm vụ mà Nghị quyết … đã đặt ra. Trong đó, …",
    # fresh rj2)
    r"(?i)(?<![\p{L}])thực\s+hiện(?:\s+(?:(?:khá|rất|tương\s+đối)\s+)?(?:tốt|có\s+hiệu\s+quả|hiệu\s+quả|thắng\s+lợi|đạt|"
    r"hoàn\s+thành|cơ\s+bản|" + _MANNER + r")(?:\s*(?:,|và)\s*(?:" + _MANNER + r"))*)?\s+$"
)  # (or a manner: "… đã … triển khai thực hiện nghiêm túc, kịp thời các nhiệm vụ đã đề ra. Trong đó, …", fresh 206)
PASSIVE_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])được\s+$")
AWARD_CUES = {lexicon.fold_key(w) for w in ("đề nghị", "kiến nghị", "đề xuất", "trình")}
LEAD = regexcache.compile(
    # ("Bên cạnh đó là …", "Cùng với đó là chú trọng …": the copula of the joining phrase, then the next task)
    # ("Đặc biệt là tập trung rà soát …; tiếp tục …", group N tf5; "Trước mắt, tập trung …", the task at hand)
    r"(?i)^\s*(?:đồng\s+thời|(?:cùng\s+(?:với\s+)?đó|bên\s+cạnh\s+đó|đặc\s+biệt)(?:\s+là(?=\s))?|ngoài\s+ra|trong\s+đó|"
    r"mặt\s+khác|trước\s+hết|trước\s+tiên|trước\s+mắt|đầu\s+tiên|tiếp\s+đến|cuối\s+cùng|"  # "Trước hết, tập trung …"
    r"với\s+mục\s+tiêu(?:\s+là)?(?=\s+(?-i:\p{Ll}))|"  # "Với mục tiêu tập trung tháo gỡ …; tiếp tục …" (the aims, in a plan)
    r"(?P<ord>thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
    # "Một là, …", "Hai là, …": the items of a list of tasks in a long review
    r"|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là))\s*,?\s*"
)


# A list reporting shortfalls, not setting tasks: its first item ends on what fell short ("… như: thuốc lá,
# trồng rừng chưa đạt kế hoạch; …", "hạn chế cần khắc phục như: số xã về đích nông thôn mới không đạt kế hoạch;
# tiến độ … chậm; …"). Only at the item's end: "hoàn thành 2 tiêu chí chưa đạt" inside a plan item is a task.
SHORTFALL_END = regexcache.compile(
    r"""(?i)(?<![\p{L}\p{M}])(?:
        (?:chưa|không)\s+đạt(?:\s+[\p{L}\p{M}]+){0,2}       # "chưa đạt kế hoạch", "không đạt chỉ tiêu"
      | (?:còn\s+|bị\s+)?chậm(?:\s+tiến\s+độ)?              # "còn chậm", "chậm tiến độ"
      | đạt\s+thấp | còn\s+(?:thấp|hạn\s+chế)               # "kết quả đạt thấp", "còn hạn chế"
    )[\s.…,]*$""",
    regex.VERBOSE,
)


# A concession word right before a verb: "mặc dù (vẫn) tiếp tục chịu tác động …, song …" (a circumstance granted, no
# request; the modal's list above reads the same words)
CONCESSION_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:" + CONCESSION_WORDS + r"|tuy\s+nhiên\s+vẫn)(?:\s+(?:vẫn|còn|đã))?\s+$")


# A resolve after a sentence's results: ", phấn đấu …", " và phấn đấu …" (after "đã")
RESOLVE_AFTER_RESULT = regexcache.compile(r"(?i)(?:,|\s+và)\s+(?P<r>phấn\s+đấu|quyết\s+tâm)(?![\p{L}\p{M}])")


def _resolve_after_result(s_text: str, is_future) -> tuple[int, int] | None:
    """(start, end) of a resolve closing a sentence of results, its clause naming a year ahead ("… đã đạt 13/19 tiêu
    chí và phấn đấu về đích nông thôn mới năm 2018"; fresh pages 3 of 4), or None. Not a resolve told of the past
    ("… đã đoàn kết, quyết tâm phấn đấu thực hiện thắng lợi các nghị quyết": no year ahead in it)."""
    past = PAST.search(s_text)
    if past is None:
        return None
    for m in RESOLVE_AFTER_RESULT.finditer(s_text, past.end()):
        stop = rx(r"[;.]").search(s_text, m.end())
        end = stop.start() if stop else len(s_text.rstrip())
        if any(is_future(int(y.group())) for y in YEAR.finditer(s_text, m.end(), end)):
            return m.start("r"), end
    return None


# A lead-in naming shortfalls before the colon of its list: "… còn một số tồn tại, hạn chế như:", "những khó khăn,
# vướng mắc cần giải quyết như:", "nhiều tồn tại, hạn chế cần cải thiện như:" (fifteen lists on dev, train, fresh
# and long pages: no gold task in any)
SHORTFALL_LEAD = regexcache.compile(
    # (not what a request remedies: "yêu cầu khắc phục các hạn chế sau: A; B")
    r"(?i)(?<![\p{L}\p{M}])(?<!(?:khắc\s+phục|tháo\s+gỡ|giải\s+quyết|xử\s+lý|vượt\s+qua)\s+(?:(?:các|những|một\s+số)\s+)?)"
    r"(?:" + _LIMITATIONS + r")(?![\p{L}\p{M}])"  # the shortfall nouns (task_cues.tsv kind limitation)
    r"[^:;.\n]{0,50}(?<![\p{L}\p{M}])(?:như|sau|là)\s*:\s*$"
)


# A figure reached, maybe its unit ("7,4%", "76,8 triệu đồng"), and the names of a plan ("kế hoạch", "KH", "NQ", …): the
# two readings of a result told against its plan below
_FIGURE_REACHED = r"\d[\d.,]*\s*(?:%|[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?"
_PLAN_NAMES = r"kế\s+hoạch|KH|NQ|nghị\s+quyết"
# The figure, then the plan's own figure in brackets, ending an item: "A đạt 7,4% (kế hoạch tăng 10-11%)", "B ước đạt
# 76,8 triệu đồng (KH 78-79 triệu đồng)": a result told against its plan, no target (group AO zbi5)
AGAINST_PLAN_END = regexcache.compile(
    r"""(?i)""" + _FIGURE_REACHED + r"""                              # the figure reached, maybe its unit
    \s*\(\s*(?:""" + _PLAN_NAMES + r""")(?![\p{L}\p{M}])               # the plan
    (?:\s+(?:tăng|giảm|là|đề\s+ra|giao))*\s*:?\s*                         # its direction ("kế hoạch tăng 10-11%")
    (?:(?:dưới|trên|từ|khoảng)\s+)?\d[^()]*\)                               # its figure, the bracket closed
    [\s.…,]*$""",
    regex.VERBOSE,
)
# The figure, then a comma and the plan it met or passed: "A tăng 9%, đạt Nghị quyết Tỉnh ủy …", "B thực hiện đạt 11,5
# bác sĩ, vượt chỉ tiêu được giao": a result told against its plan (group AR zck3, fresh oz2; a target says "đạt và vượt
# chỉ tiêu tỉnh giao" with no figure before it)
FIGURE_THEN_PLAN_MET = regexcache.compile(
    r"(?i)" + _FIGURE_REACHED + r"\s*,\s*(?:đạt|vượt)\s+(?:so\s+với\s+)?(?:" + _PLAN_NAMES + r"|chỉ\s+tiêu)(?![\p{L}\p{M}])")


def _reports_shortfall(s_text: str, begin: int) -> bool:
    """Whether the list starting at ``begin`` reports shortfalls: its lead-in names them (SHORTFALL_LEAD) or its
    first item (to ";" or the end) ends on one (SHORTFALL_END) or tells a figure against its plan (AGAINST_PLAN_END,
    FIGURE_THEN_PLAN_MET).

    >>> _reports_shortfall("Cụ thể, A đạt 7,4% (kế hoạch tăng 10-11%); B đạt 76 triệu đồng (kế hoạch 78 triệu đồng).", 8)
    True
    >>> _reports_shortfall("Cụ thể, A tăng 10-11%; B đạt 78 triệu đồng.", 8)
    False
    >>> _reports_shortfall("Cụ thể, A tăng 9%, đạt Nghị quyết Tỉnh ủy đề ra; B đạt 78 triệu đồng.", 8)
    True
    """
    if SHORTFALL_LEAD.search(s_text, max(0, begin - 120), begin):
        return True
    semi = s_text.find(";", begin)
    first = s_text[begin : semi if semi >= 0 else len(s_text)].rstrip()
    return (SHORTFALL_END.search(first) is not None or AGAINST_PLAN_END.search(first) is not None
            or FIGURE_THEN_PLAN_MET.search(first) is not None)


# The levels a unit's leaders are named by after "lãnh đạo" ("lãnh đạo phường", "lãnh đạo huyện"): read by
# LEADERS_OF_BODY and by the section verbs of TaskExtractor ("lãnh đạo" there a noun, no verb)
LEADER_LEVELS = r"phường|xã|huyện|tỉnh|quận|thị\s+trấn|thị\s+xã|thành\s+phố"
# "Lãnh đạo" then the body it names the leaders of ("Lãnh đạo phường quán triệt …", "Lãnh đạo Huyện ủy trao …")
LEADERS_OF_BODY = regexcache.compile(
    r"\s*(?i:lãnh\s+đạo)\s+(?:(?i:" + LEADER_LEVELS + r"|sở|ngành)(?![\p{L}\p{M}])|\p{Lu})")


def _moves_on(s_text: str) -> bool:
    """Whether a sentence opens on a new topic that ends a list of targets (kind target_stop): "Hội nghị đã …",
    "Tại …", also after a connective ("Đồng thời, hội nghị cũng thông qua dự toán …", "Bên cạnh đó, tại …").

    >>> _moves_on("Đồng thời, hội nghị cũng thông qua dự toán ngân sách năm 2026."), _moves_on("Đồng thời, đẩy mạnh A.")
    (True, False)
    """
    stop = _target_res().stop
    if stop.match(s_text) or LEADERS_OF_BODY.match(s_text):
        return True  # (or the leaders of a body doing something: "Lãnh đạo phường quán triệt …"; fresh pe04)
    lead = LEAD.match(s_text)
    if not lead or lead.group("ord"):
        return False
    rest = s_text[lead.end() :]
    return bool(rest[:1].islower() and stop.match(rest[:1].upper() + rest[1:]))


def _names_photo_position(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds where a person stands in a photo right after a capitalized word (a name):
    "Đồng chí Trần Tuấn A (thứ 2 từ trái qua) dự …", a caption."""
    return any(rx(r"(?-i:\p{Lu})[\p{L}\p{M}]*$").search(text, max(start, m.start() - 12), m.start())
               for m in PHOTO_POSITION.finditer(text, start, end))


def _sentence_opening(text: str, pos: int, reach: int = 300) -> int | None:
    """Where the sentence holding ``pos`` opens: after the last ". ! ? or line break" within ``reach``
    characters before it, the text's start if that is within reach, else None (a sentence running on
    for longer has no opening to read; looking further would make the cost grow with the text)."""
    lo = max(0, pos - reach)
    end = max(text.rfind(c, lo, pos) for c in ".!?\n")
    if end >= 0:
        return end + 1
    return 0 if lo == 0 else None


def _targeted_years(clause: str, names: bool = False) -> list[int]:
    """The years ``clause`` targets: not "so với năm 2024", a range "2021-2025", a date "30-5-2019" nor,
    unless ``names``, the year of a name ("Chiến lược … đến năm 2035"). A list's lead-in passes
    ``names=True``: there the name carries the list's year ("Nghị quyết … năm 2024 với các chỉ tiêu: …")."""
    return [
        int(m.group())
        for m in YEAR.finditer(clause)
        if not CLAUSE_YEAR_BEFORE_NOT.search(clause[: m.start()])
        and (names or not _in_document_name(clause, 0, m.start()))
        and not rx(r"\s*-\s*\d{4}").match(clause[m.end() :])
    ]


BRACKET_REACH = 300
DIGIT = regexcache.compile(r"\d")


def _inside_bracket(s_text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a bracket opened after ``start`` and closed after ``pos`` on the same line
    (within BRACKET_REACH): the names or parts a bracket lists ("11 xã (A, huyện B; C, huyện D)", "(giao thông;
    nhân lực; thể chế)") are an aside, not items of the list around it; a bracket with figures breaks a target down,
    its parts are targets of their own.

    >>> _inside_bracket("3 đột phá (giao thông; nhân lực); kiện toàn bộ máy", 0, 21)
    True
    >>> _inside_bracket("3 đột phá (giao thông; nhân lực); kiện toàn bộ máy", 0, 32)
    False
    >>> _inside_bracket("tăng 8,6% (công nghiệp tăng 6,5%; dịch vụ tăng 10,8%)", 0, 32)
    False
    """
    opened = s_text.rfind("(", start, pos)
    if opened < 0 or s_text.find(")", opened, pos) >= 0 or s_text.find("\n", opened, pos) >= 0:
        return False
    close = s_text.find(")", pos, pos + BRACKET_REACH)
    if close < 0 or s_text.find("\n", pos, close) >= 0 or s_text.find("(", pos, close) >= 0:
        return False
    return not DIGIT.search(s_text, opened, close)  # (targets broken down in one are items: "8,6% (A tăng 6,5%; B …)")


# A numbered list written on one line ("… (11 chỉ tiêu) 1. Tốc độ tăng … 16%. 2. Thu nhập …: 60 triệu đồng. 3. …",
# a page whose line breaks were lost): the space before each number, after a sentence's or heading's end
# (group "n" an arabic number, "r" a roman one opening a section: "…: 80%. II. Về văn hóa - xã hội")
INLINE_ORDINAL = regexcache.compile(
    r"""(?:(?<=[.:;)!?…])|(?<=\d{4}(?=[ \t]+[IVX]))) # after a stop, a bracket, or a heading's year ("2020-2025 I.")
    [ \t]+                                      # the space that stands for the lost line break
    (?=(?:(?P<n>\d{1,2})|(?P<r>[IVX]{1,4}))\.[ \t]+\p{Lu})  # "2. Thu", "II. Về"
    """,
    regex.VERBOSE,
)
INLINE_RUN_MIN = 3  # numbers in a row (1, 2, 3 …) before a line is read as a list


def _relined(text: str) -> str:
    r"""``text`` with the line breaks of a numbered list written on one line put back (same length: the space
    before each number becomes "\n"), so its items are read as lines; only where three or more numbers follow
    one another (1. 2. 3. …, a section's roman number between them), so no figure in prose is taken for one.

    >>> _relined("Các chỉ tiêu: 1. Tăng A 5%. 2. Giảm B 1%. 3. Có C. Xong.").split("\n")
    ['Các chỉ tiêu:', '1. Tăng A 5%.', '2. Giảm B 1%.', '3. Có C. Xong.']
    >>> _relined("Đạt 5%. 2. Thu 1 tỷ.") == "Đạt 5%. 2. Thu 1 tỷ."
    True
    """
    if ". " not in text:
        return text
    chars = None
    line_start = 0
    for line in text.split("\n"):
        marks = []  # (position of the space, roman, value)
        for m in INLINE_ORDINAL.finditer(line):
            roman = m.group("r") is not None
            value = lexicon.ROMAN.get(m.group("r").lower(), 0) if roman else int(m.group("n"))
            marks.append((m.end() - 1, roman, value))
        sections, numbers, run, last, last_roman = [], [], [], 0, 0
        for pos, roman, value in marks:
            if roman:
                if value == last_roman + 1:  # "I.", "II.", … in order
                    last_roman = value
                    sections.append(pos)
                continue
            if value == last + 1 or (value == 1 and last != 0):
                run.append(pos)  # the next number, or a list starting again
            else:
                if len(run) >= INLINE_RUN_MIN:
                    numbers.extend(run)
                run = [pos] if value == 1 else []
            last = value if (value == last + 1 or value == 1) else 0
        if len(run) >= INLINE_RUN_MIN:
            numbers.extend(run)
        if numbers:  # (a section's number only among the items' numbers)
            kept = numbers + sections
            if chars is None:
                chars = list(text)
            for pos in kept:
                chars[line_start + pos] = "\n"
        line_start += len(line) + 1
    return "".join(chars) if chars is not None else text


# A sentence between two directions that opens on a verb outside the vocabulary ("… yêu cầu ngành cần tiếp tục bám sát
# …. | Khai thác có hiệu quả các nguồn tài nguyên …. | Nâng cao chất lượng …"): an item of the same run. What may not
# open one: a frame, a speaker, the meeting, a description, a caption (checked with the rest in _bare_item)
NOT_ITEM_OPENING = regexcache.compile(
    r"(?i)\s*(?:theo|tại|trong|với|qua|từ|sau|trước|đến|khi|nếu|để|nhằm|đây|đó|điều|việc|ông|bà|đồng\s+chí|hội\s+nghị|kỳ\s+họp"
    r"|đại\s+hội|phiên\s+họp|báo\s+cáo|kết\s+quả|tuy|mặc\s+dù|nhờ|do|vì|bên\s+cạnh|ngoài|cùng|riêng|năm|tháng|quý|ảnh"
    r"|các|những|toàn|cả|hiện|nhiều|một|mỗi|tổng|tỷ|tỉ|số"
    # a photo's caption of the meeting's view: "Quang cảnh hội nghị" (fresh hn04; "Toàn cảnh …" opens on "toàn")
    r"|quang\s+cảnh"
    # a speaker opening on the speech or a title: "Phát biểu chỉ đạo, …", "Kết luận phiên họp, …", "Chủ tịch UBND …"
    r"|phát\s+biểu|kết\s+luận|thay\s+mặt|chủ\s+trì|tham\s+dự|dự|chủ\s+tịch|phó|bí\s+thư|giám\s+đốc|trưởng|thứ\s+trưởng"
    r"|bộ\s+trưởng|thủ\s+tướng|tổng\s+bí\s+thư|đại\s+biểu|thường\s+trực"
    # who took part in the meeting: "Tham gia buổi làm việc có …", "Tham gia đoàn công tác có …" (fresh gz05)
    r"|tham\s+gia\s+(?:buổi|đoàn|cuộc|hội\s+nghị|kỳ\s+họp|phiên\s+họp)"
    r")(?![\p{L}\p{M}])"
)
SETS_TARGET_WORDS = regexcache.compile(r"(?i)" + SETS_TARGETS + "|" + SETS_TASKS)
BARE_ITEM_WORDS = (4, 60)  # an item between directions is a clause, not a word or a paragraph
COPULA_EARLY = regexcache.compile(r"(?i)^(?:\S+\s+){0,6}?là(?![\p{L}\p{M}])")

# What a sentence tells was reached: a task verb in the passive ("an ninh trật tự được giữ vững", "công tác … được đẩy
# mạnh") or a change for the better ("có nhiều chuyển biến tích cực"; group T ux3): task_cues.tsv kinds done_passive,
# done_change
_DONE_STATE = (
    r"(?<![\p{L}])(?:"
    r"được\s+" + lexicon.alternation(_cue_words("done_passive"))  # passive
    + r"|có\s+(?:nhiều\s+)?(?:bước\s+)?"  # "có", "có nhiều", "có bước", "có nhiều bước"
    + lexicon.alternation(_cue_words("done_change"))  # the change
    + r")(?![\p{L}])")
DONE_STATE = regexcache.compile(r"(?i)" + _DONE_STATE)


# A result told as the task's own predicate: the passive of a task verb or a change for the better (DONE_STATE:
# "Tổ chức bộ máy … được củng cố, kiện toàn …"), or results reached ("… đạt được nhiều kết quả khá toàn diện"), not
# aimed at (nothing striven for, no purpose or assurance before it in the task: "phấn đấu … an ninh được giữ vững",
# "để đạt được những kết quả …" stay). No gold task of the train, fresh or group pages holds one (two in a sentence
# with one: a purpose before it); two predicted did (group AB xm5). A target's figure before it makes it aimed at too
# ("100% tổ … được duy trì hoạt động", an item of a list of targets).
REACHED_RESULT = regexcache.compile(
    r"(?i)(?<![\p{L}])đạt\s+được\s+(?:nhiều|những)\s+(?:kết\s+quả|thành\s+tích|thành\s+tựu)(?![\p{L}])|" + _DONE_STATE)
AIMED_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:phấn\s+đấu|để|nhằm|bảo\s+đảm|đảm\s+bảo|sao\s+cho|góp\s+phần|mục\s+tiêu|hướng\s+tới)(?![\p{L}])"
    r"|\d")  # (or a target's figure: "100% Tổ COVID cộng đồng được duy trì hoạt động", an item of a list of targets)


@lru_cache(maxsize=1)
def _thanks_after() -> regex.Pattern:
    """The end of a sentence, then one opening with what it brought about ("…. Nhờ vậy, …": task_cues.tsv, kind
    thanks_opener), searched from a task's end within its sentence."""
    return regexcache.compile(
        r"[^.!?\n]{0,400}?[.!?]+[ \t]*\n?[ \t]*(?:" + lexicon.alternation(_cue_words("thanks_opener")) + r")\s*,",
        regex.IGNORECASE,
    )


def _before_thanks(text: str, end: int) -> bool:
    """Whether the task ending at ``end`` stands in the sentence right before one telling what it brought about
    ("… phải hết sức bình tĩnh, …. Nhờ vậy, nhiều chỉ tiêu … đạt và vượt kế hoạch"): what was done, no task.

    >>> _before_thanks(t := "Ngay từ đầu năm, Sở đã xác định phải chủ động. Nhờ vậy, các chỉ tiêu đều đạt.", t.index("."))
    True
    >>> _before_thanks(t := "Năm 2026, Sở phải chủ động. Các chỉ tiêu đều đạt nhờ vậy.", t.index("."))
    False
    """
    return _thanks_after().match(text, end) is not None


def _tells_result(text: str, start: int, end: int) -> bool:
    """Whether the task ``text[start:end]`` tells a result as its own predicate (REACHED_RESULT), nothing aimed at
    before it.

    >>> _tells_result(t := "Tổ chức bộ máy được củng cố, kiện toàn theo hướng tinh gọn", 0, len(t))
    True
    >>> _tells_result(t := "phấn đấu đến năm 2025 an ninh chính trị được giữ vững", 0, len(t))
    False
    >>> _tells_result(t := "100% tổ an ninh cơ sở được duy trì hoạt động", 0, len(t))
    False
    """
    done = REACHED_RESULT.search(text, start, end)
    return done is not None and AIMED_BEFORE.search(text, start, done.start()) is None


# "có" and how many right before a lead-in's noun: what there is, no request or plan ("… chiều nay có những nội dung
# đáng chú ý sau:" opening a news round-up, whose items are the day's headlines: agendas, reviews, results; group AC xq2)
EXISTING_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])có\s+(?:(?:những|các|một\s+số|\d+)\s+)?$")
# A noun a lead-in announces that is no plan noun ("nội dung", "vấn đề", "việc": task_cues.tsv kind lead_noun)
LEAD_NOUN = regexcache.compile(
    r"(?i)(?:" + lexicon.alternation(_cue_words("lead_noun")) + r")(?![\p{L}\p{M}])")


# A plan noun that is a meeting's own ("nhiệm vụ … của kỳ họp", "nội dung của hội nghị"): its agenda (task_cues.tsv,
# kind meeting)
MEETINGS_OWN = regexcache.compile(
    r"(?i)(?<![\p{L}])của\s+(?:" + lexicon.alternation(_cue_words("meeting"))
    + r")(?![\p{L}\p{M}])")


# A time in an agenda's first clause: "Triển khai nhiệm vụ năm 2026", "… 6 tháng cuối năm 2020", "… năm học 2019 - 2020"
# (not a programme's period: "Triển khai Chương trình bảo tồn …, giai đoạn 2021-2025" is a task; fresh rx3)
AGENDA_TIME = regexcache.compile(r"(?i)(?<![\p{L}])(?:năm|quý|tháng)(?![\p{L}])")


def _agenda_sentence(s_text: str) -> bool:
    """Whether a sentence in a run of directions names a meeting's agenda (task_cues.tsv kind agenda) rather than a
    task: the agenda is dated in its first clause ("Triển khai nhiệm vụ năm 2026", "Triển khai công tác lao động, người có
    công và xã hội năm 2020"; 28 headlines and leads of train and fresh pages), a task names what is carried out
    ("Triển khai kế hoạch thanh tra về đất đai; …"; group Y wl4).

    >>> _agenda_sentence("Triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2020"), _agenda_sentence("Triển khai kế hoạch thanh tra đất đai.")
    (True, False)
    """
    if not _target_res().agenda.match(s_text):
        return False
    first = rx(r"[;.:](?!\d)").search(s_text)  # (its first clause: "… lao động, người có công và xã hội năm 2022")
    return AGENDA_TIME.search(s_text, 0, first.start() if first else len(s_text)) is not None


def _bare_item(s_text: str) -> bool:
    """Whether a sentence with no cue may be an item of a run of directions it stands inside: it opens on a capital
    that is no frame, purpose, speaker, body or time (NOT_ITEM_OPENING), and has no figure, no past ("đã"), no copula
    near its start ("có" is none here: "Khai thác có hiệu quả …"), no colon, no verb setting tasks or targets (a
    lead-in: "Sở đề ra sáu nhóm nhiệm vụ"), and 4–60 words.

    >>> _bare_item("Khai thác có hiệu quả các nguồn tài nguyên theo hướng bền vững.")
    True
    >>> _bare_item("Hội nghị đã thảo luận sôi nổi."), _bare_item("Tổng thu ngân sách đạt 120 tỷ đồng.")
    (False, False)
    >>> _bare_item("Lĩnh vực văn hóa có nhiều chuyển biến tích cực; an ninh trật tự được giữ vững.")
    False
    """
    body = s_text.strip()
    words = len(body.split())
    if not (BARE_ITEM_WORDS[0] <= words <= BARE_ITEM_WORDS[1]) or not body[:1].isupper():
        return False
    second = body.split()[1]
    if second[:1].isupper() or NOT_ITEM_OPENING.match(body) or COPULA_EARLY.match(body):
        return False  # "Bộ Tài nguyên …", "Huyện Ba Bể …": a name opens it
    return not (DIGIT.search(body) or ":" in body or PAST.search(body) or QUOTE_MARK.search(body)
                or _past_opener().match(body) or CREDIT_LINE.match(body)
                or SETS_TARGET_WORDS.search(body)  # ("Sở đề ra sáu nhóm nhiệm vụ": a lead-in, its items follow)
                or DONE_STATE.search(body))  # ("… có nhiều chuyển biến tích cực; an ninh trật tự được giữ vững": a result)


def _bracket_balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """A task's span without a bracket it opens and does not close, nor one it closes and did not open: "phấn đấu
    tốc độ tăng đạt 10,15% (| trong đó: …" ends before the bracket (its parts detail the target), "công nghiệp - xây
    dựng đạt 15%|)" before the bracket closing a breakdown it stands in (fresh ii02; train and fresh pages' "(trong đó
    …" after a target). Not when too little is left (three words).

    >>> t = "phấn đấu tốc độ tăng đạt 10,15% (trong đó: nông nghiệp đạt 5,66%; công nghiệp đạt 15%)"
    >>> s, e = _bracket_balanced(t, 0, 40); t[s:e]
    'phấn đấu tốc độ tăng đạt 10,15%'
    >>> s, e = _bracket_balanced(t, 66, len(t)); t[s:e]
    'công nghiệp đạt 15%'
    >>> s, e = _bracket_balanced("tăng 5% (so với cùng kỳ)", 0, 24); (s, e)
    (0, 24)
    """
    opened: list[int] = []
    for i in range(start, end):
        c = text[i]
        if c == "(":
            opened.append(i)
        elif c == ")" and opened:
            opened.pop()
    if opened and len(text[start : opened[0]].split()) >= 3:
        end = opened[0]
    elif end > start and text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end):
        if len(text[start : end - 1].split()) >= 3:
            end -= 1
    while end > start and text[end - 1] in " ,;:-\t\n":
        end -= 1
    return start, end


def _ordinal_len(s: str) -> int:
    """The length of an ordinal opening ``s`` ("Thứ nhất, ", "Hai là, "), 0 if none."""
    lead = LEAD.match(s)
    if lead and lead.group("ord"):
        return lead.end()
    number = ITEM_NUMBER.match(s)  # "1. Tốc độ tăng …", "(2) Thu nhập …" inside a sentence's list
    if number:
        return number.end()
    detail = DETAIL_LEAD.match(s)  # "… trong đó, A. Cụ thể, B; C": the details of the list go on (train 066, fresh 46)
    return detail.end() if detail else 0


# A verb of achievement after "đã" in a chain of clauses before a list: "đã nỗ lực phấn đấu, thực hiện thắng lợi 9 chỉ
# tiêu …", "đã hoàn thành", "đã đạt và vượt"
ACHIEVED_CHAIN = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:thực\s+hiện\s+(?:thắng\s+lợi|đạt|hoàn\s+thành)|hoàn\s+thành|đạt|vượt)(?![\p{L}\p{M}])"
)


def _last_done(s_text: str, lo: int, hi: int) -> regex.Match | None:
    """The last "đã" in ``s_text[lo:hi]`` that tells what was done (PAST), not an adoption ("đã thông qua", kind adopt),
    or None."""
    adopted = _target_res().adopted
    done = [p for p in PAST.finditer(s_text, lo, hi) if not adopted.match(s_text, p.start())]
    return done[-1] if done else None


def _first_sentence_end(p_text: str) -> int:
    """Where the first sentence of a paragraph ends (its length when it is the only one)."""
    first = SENTENCE.search(p_text)
    return first.end() if first else len(p_text)


# Results told by a heading: "…, đạt được các kết quả quan trọng", "đạt nhiều kết quả tích cực"
HEADING_RESULTS = regexcache.compile(r"(?i)(?<![\p{L}])đạt(?:\s+được)?\s+(?:các|những|nhiều)?\s*kết\s+quả(?![\p{L}])")
# Before a leading year (LEADING_YEAR, SENTENCE_YEAR_LEAD): a connective ("Theo đó, năm 2021, …", "Trên cơ sở đó, ngay
# từ đầu năm 2026, …"; fresh 22, 114), and a school year's first year before the one it counts by ("Năm học (mới) 2025 -
# | 2026, …")
YEAR_CONNECTIVE = r"(?:(?:theo|trên\s+cơ\s+sở|do|vì)\s+(?:đó|vậy)\s*,\s*)"
SCHOOL_YEAR_FIRST = r"(?:học\s+(?:mới\s+)?(?:19|20)\d\d\s*[-–]\s*)"


# Indicators counted before a list's colon ("… có 5 chỉ tiêu quan trọng gồm:", "giao … gồm 11 chỉ tiêu cụ thể gồm:"): a
# list whose items only name things (no task verb, no figure) says which indicators, not what they are to reach
INDICATORS_COUNTED = regexcache.compile(r"(?i)(?<![\p{L}\p{N}])\d+\s+(?:chỉ\s+tiêu|tiêu\s+chí)(?![\p{L}\p{M}])")
INDICATORS_REACH = 120  # (characters before the colon: the count belongs to the clause opening the list)


# A count of targets in a list item: "9 chỉ tiêu", "4 nhóm chỉ tiêu"; a predicate that makes it a target of its own
COUNT_OF_TARGETS = regexcache.compile(
    r"(?i)(?<![\p{L}\p{N}])\d+\s+(?:nhóm\s+)?(?:chỉ\s+tiêu|tiêu\s+chí|nhiệm\s+vụ|mục\s+tiêu)(?![\p{L}\p{M}])")
# The share of the whole a count of targets makes, in brackets after it: "12 chỉ tiêu kinh tế (chiếm 48%)", "45 nhiệm
# vụ có thời hạn (chiếm 37,5%)" (part of the count's breakdown, no figure of a target)
BRACKETED_SHARE = regexcache.compile(r"(?i)\s*\((?:chiếm|bằng|đạt|tỷ\s+lệ|tỉ\s+lệ)?\s*\d[\d.,]*\s*%\s*\)")
PREDICATE_WORD = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:đạt|tăng|giảm|vượt|hoàn\s+thành|còn|dưới|trên)(?![\p{L}\p{M}])")


# "đã" right before an agreement ("hội nghị đã | thống nhất …"): the agreement told done, not what it agreed
AGREED_DONE = regexcache.compile(r"(?i)(?<![\p{L}])đã\s+$")


# The last months of a year named ("6 tháng cuối năm 2025", "những tháng cuối năm 2020"): a period still ahead
LATE_PERIOD_YEAR = regexcache.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:\d{1,2}\s+tháng|những\s+tháng|các\s+tháng)\s+cuối\s+năm\s+(?:19|20)\d\d(?!\d)")


# A sentence going on with the subject of the one before: "Đồng thời, xác định …" (no subject of its own)
CONTINUED_SUBJECT = regexcache.compile(r"(?i)\s*đồng\s+thời\s*,\s*(?=(?-i:\p{Ll}))")
# A word joining a task to the one before: no part of it ("đồng thời", "trong đó", "bên cạnh đó")
JOINING_WORD = regexcache.compile(r"(?i)(?:đồng\s+thời|trong\s+đó|bên\s+cạnh\s+đó)\s*[,:]?\s+(?=\p{L})")


# A field named before the verb of a plan's sentence: "Trong lĩnh vực nông nghiệp, …", "Về công tác cán bộ, …"
# (not a label and its colon: "Năm 2026: ưu tiên …" is a sub-heading)
# (the words opening a topic, the topic item of a plan section's too: TaskExtractor.topic_item)
TOPIC_WORD = r"(?:về|đối\s+với|riêng|(?:trong|trên|ở)\s+lĩnh\s+vực|lĩnh\s+vực)"
FIELD_TOPIC = regexcache.compile(r"(?i)\s*" + TOPIC_WORD + r"(?![\p{L}\p{M}])")


# "Cụ thể, " opening the next sentence of a list of targets: no part of the target
DETAIL_LEAD = regexcache.compile(r"(?i)\s*cụ\s+thể(?:\s+là)?\s*,\s*(?=\p{L})")


# An item's number before its text: "1. ", "(2) ", "3) " (then a capital: not "1.500 ha"); in brackets before
# anything ("(12) 100% chất thải rắn …", "(8) tỷ lệ hộ nghèo …")
ITEM_NUMBER = regexcache.compile(r"\s*(?:\(\d{1,2}\)\s+|(?:\d{1,2}\.|\d{1,2}\))\s+(?=\p{Lu}))")


# What was done, not what is asked ("đã đề ra", "đã được giao" name the targets of a request).
# "đã" after a noun of kind relative_head opens a relative clause ("giữ vững các tiêu chí đã đạt"): no result.
PAST = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:"
    r"(?<!" + lexicon.B_START + lexicon.alternation(_cue_words("relative_head"))
    + r"\s+)"  # (not right after a relative head)
    # ("lao động đã qua đào tạo": trained workers, a noun phrase of targets, no past)
    # ("các khu vực đã được quy hoạch", "nguồn vốn đã được phân bổ": a plan already in place, no result)
    # ("đồng chí … đã nêu rõ một số nhiệm vụ trọng tâm …: Thứ nhất, …": the speaker's words, past; what they ask is not)
    # ("Kỳ họp đã đưa ra các chỉ tiêu năm 2018 như: …" sets them out, as "đã đề ra"; not "đã đưa ra xét xử 50 vụ án")
    r"đã(?!\s+(?:đề\s+ra|đưa\s+ra(?!\s+(?:xét\s+xử|khỏi))|được\s+giao|xác\s+định|được\s+(?:phê\s+duyệt|quy\s+hoạch|ban\s+hành|phân\s+bổ)|qua\s+đào\s+tạo"
    r"|nêu(?:\s+rõ)?|gợi\s+mở|định\s+hướng|nhấn\s+mạnh|lưu\s+ý)(?![\p{L}]))"
    # (not an aim's: "tập trung hoàn thành các chỉ tiêu để được công nhận huyện nông thôn mới", being recognized is
    # what is aimed at, as AIM_BEFORE reads it for a whole item; group BA bf5)
    r"|(?<!(?<![\p{L}])(?:để|nhằm|sẽ|phấn\s+đấu)\s+)được\s+công\s+nhận)(?![\p{L}])"
)
# "đã chỉ đạo" (or "đã lãnh đạo") earlier in the sentence: a later "chỉ đạo các …" goes on telling what was directed
# ("Quý I năm 2023, Đảng ủy đã lãnh đạo thực hiện tốt …; chỉ đạo các địa phương tổ chức …", fresh 112)
PAST_DIRECTED = regexcache.compile(r"(?i)(?<![\p{L}])đã\s+(?:\S+\s+){0,2}?(?:chỉ|lãnh)\s+đạo(?![\p{L}])")
# Targets or a plan named right before "giao", who set them between: "các chỉ tiêu chủ yếu HĐND tỉnh | giao cho ngành",
# "kế hoạch vốn đầu tư phát triển | giao các đơn vị", "chỉ tiêu … được UBND tỉnh | giao" (no comma between)
TARGETS_ASSIGNED_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:chỉ\s+tiêu|kế\s+hoạch(?:\s+vốn)?|dự\s+toán)(?![\p{L}])[^,;:.]{0,60}$"
)
# An ongoing aspect right before a verb of directing: "liên tục | chỉ đạo", "đang tập trung | chỉ đạo", "còn tập trung | …"
ONGOING_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}])(?:đang|liên\s+tục|còn)(?:\s+tập\s+trung)?\s+$")
# "vừa" (just) before the verb: what the subject has just done ("vừa tổ chức hội nghị …"), told, not asked
JUST_DONE = regexcache.compile(r"(?i)(?<![\p{L}])vừa(?!\s+(?:qua|rồi)(?![\p{L}]))(?![\p{L}])")
# An aim before "được công nhận": being recognized is the target ("phấn đấu xây dựng xã A được công nhận đạt chuẩn")
# (or a quantifier of what is aimed at: "phát triển ít nhất 01 khu điểm du lịch được công nhận …", fresh tr1)
AIM_BEFORE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:phấn\s+đấu|quyết\s+tâm|để|nhằm|sẽ|cần|phải|mục\s+tiêu|ít\s+nhất|tối\s+thiểu)(?![\p{L}])")


# A comparison with a named year ("so năm 2017", "so với năm 2017", "so với 2017")
COMPARED_YEAR = regexcache.compile(r"(?i)(?<![\p{L}])so\s+(?:với\s+)?(?:năm\s+)?((?:19|20)\d\d)(?!\d)")


def _compares_before(item: str, year: int) -> bool:
    """Whether ``item`` compares a figure with a year before ``year`` (the report year): a result of that
    year, not a target for the next one, which compares with the report year itself (set AG)."""
    return any(int(m.group(1)) < year for m in COMPARED_YEAR.finditer(item))


# An item opening with a measure ("tỷ lệ …", "số …", "tổng số …"): a target's quantity.
MEASURE_OPENING = regexcache.compile(r"(?i)\s*(?:tỷ\s+lệ|tỉ\s+lệ|tổng\s+số|số)(?![\p{L}\p{M}])")


# A web page's date and time of posting glued to the end of a line ("… 06/01/2026 18:38", "… 14:10, 21/01/2022",
# "(05:12, 18/06/2020)"): a date alone may be a deadline ("trước ngày 31/12/2025"), so the time must be there
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?"
_DAY = r"\d{1,2}/\d{1,2}/\d{4}"
PAGE_STAMP_END = regexcache.compile(
    r"[ \t]*\(?(?:" + _CLOCK + r"[ \t]*[,|–-]?[ \t]*" + _DAY   # time then date
    + r"|" + _DAY + r"[ \t]*[,|–-]?[ \t]*" + _CLOCK + r")"   # or date then time
    + r"(?:[ \t]*\(GMT\+7\))?\)?[ \t]*$"                   # (a time zone, a closing bracket)
)

# A photo's number after its alt text, at a line's end ("… 130 triệu đồng/người/năm - Ảnh 1."): no part of the text
PHOTO_NUMBER_END = regexcache.compile(r"[ \t]*[-–][ \t]*Ảnh[ \t]+\d{1,2}[ \t]*[.]?[ \t]*$")


def _things_counted(nouns: list[str], quantifiers: str) -> str:
    """Regex source of how many things, naming none: "một số nội dung trọng tâm", "ba nhóm việc lớn" (``nouns`` after
    one of ``quantifiers``, a group word and ranks after them; the caller anchors it)."""
    return (r"(?<![\p{L}])(?:" + quantifiers + r")\s+(?:nhóm\s+)?(?:" + lexicon.alternation(nouns) + r")"
            + r"(?:\s+(?:trọng\s+tâm|chính|lớn|sau(?:\s+đây)?|quan\s+trọng|cụ\s+thể|chủ\s+yếu))*")


@lru_cache(maxsize=1)
def _contents_only() -> regex.Pattern:
    """An item closing on how many things to attend to: "… tập trung vào một số nội dung (trọng tâm)", "… tập trung vào
    ba nhóm việc lớn", "… tập trung thực hiện tốt một số nhiệm vụ" (not "6 nhiệm vụ trọng tâm": those are named by
    their count; task_cues.tsv, kind content_noun; number words: number_words.tsv)."""
    contents = _cue_words("content_noun")
    words = lexicon.number_words()
    return regexcache.compile(
        r"(?i)(?<![\p{L}])(?:tập\s+trung|làm\s+tốt|chú\s+ý|lưu\s+ý|chú\s+trọng|quan\s+tâm)(?:\s+vào)?"  # the attention
        r"(?:\s+thực\s+hiện(?:\s+tốt)?)?\s+"
        r"(?:" + _things_counted(contents, r"một\s+số|các|những|\d+|" + words)  # how many things
        + r"|" + _things_counted(["nhiệm vụ", "giải pháp"], r"một\s+số") + r")"
        r"\s*[.:]?\s*$"  # closing the item
    )


@lru_cache(maxsize=1)
def _plans_counted_only() -> regex.Pattern:
    """An item that only counts the plan items set, naming none: "Xác định 12 nhiệm vụ, giải pháp trọng tâm năm 2022",
    "xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá và 10 giải pháp cụ thể" (task_cues.tsv kinds plans_counted_verb,
    plan_noun, plan_count_noun; number words: number_words.tsv)."""
    nouns = r"(?:nhóm\s+)?(?:" + lexicon.alternation(_cue_words("plan_noun", "plan_count_noun")) + r")(?![\p{L}\p{M}])"
    count = r"(?:\d+|" + lexicon.number_words() + r"|các|những|một\s+số)\s+"
    qualifier = r"(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|quan\s+trọng|lớn|năm\s+\d{4})"
    return regexcache.compile(
        r"(?i)\s*(?:" + lexicon.alternation(_cue_words("plans_counted_verb")) + r")\s+"  # the setting
        + r"(?:" + count + r")?" + nouns  # how many of what
        + r"(?:(?:\s*,\s*|\s+và\s+|\s+)(?:" + count + r")?(?:" + nouns + "|" + qualifier + r"))*"  # more of them
        + r"\s*[.:;]?\s*"
    )


@lru_cache(maxsize=1)
def _lead_in_request() -> regex.Pattern:
    """A paragraph closing on a request for how many things to do, naming none: "… yêu cầu các sở, ngành tập trung
    thực hiện tốt một số nhiệm vụ.", "… giao một số việc cụ thể:" (task_cues.tsv content_noun; number words)."""
    contents = _cue_words("content_noun") + ["nhiệm vụ", "giải pháp"]
    words = lexicon.number_words()
    return regexcache.compile(
        r"(?i)(?<![\p{L}])(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo|lưu\s+ý|nhấn\s+mạnh)(?![\p{L}\p{M}])"  # the request
        r"[^.!?\n]{0,120}?" + _things_counted(contents, r"một\s+số|\d+|" + words)  # how many things
        + r"\s*[.:]\s*$"  # closing the paragraph
    )


@lru_cache(maxsize=1)
def _since_start() -> regex.Pattern:
    """What has been done since the period began: "từ đầu năm đến nay" (task_cues.tsv, kind since_start)."""
    return regexcache.compile(r"(?i)(?<![\p{L}])(?:" + lexicon.alternation(
        _cue_words("since_start")) + r")(?![\p{L}\p{M}])")


def _reports_done(item: str) -> bool:
    """Whether an item states something done (PAST), not "được công nhận" after an aim nor inside a measure
    ("tỷ lệ hộ gia đình được công nhận gia đình văn hóa đạt 88%": a relative clause of the target)."""
    for m in PAST.finditer(item):
        passive = m.group().lower().startswith("được")
        if not (passive and (AIM_BEFORE.search(item, 0, m.start()) or MEASURE_OPENING.match(item))):
            return True
    return False


@lru_cache(maxsize=1)
def _past_opener() -> regex.Pattern:
    """A sentence opening with the period just past: "Năm qua, …", "Trong 6 tháng đầu năm, …",
    "Những năm vừa qua, …" (task_cues.tsv, kind past_opener)."""
    heads = _cue_words("past_opener")
    heads = [regex.sub(r"\s+qua$", r" (?:vừa )?qua", regex.escape(h, literal_spaces=True)) for h in heads]
    return regexcache.compile(
        r"""^\s*(?:[-+•*]\s*)?
        (?:(?:thực\s+hiện|triển\s+khai|với)(?![\p{L}\p{M}])[^,.;:\n]{3,100},\s*)?  # a frame before it: "Thực hiện
                                                       # Chương trình giảm nghèo, năm qua toàn tỉnh giảm …" (fresh 25)
        (?:trong\s+|những\s+|suốt\s+)?(?:\d+\s+)?       # "Trong", "Những", a count ("6 tháng đầu năm")
        (?:""" + "|".join(h.replace(" ", r"\s+") for h in heads) + r""")(?![\p{L}\p{M}])""",
        regex.I | regex.X,
    )


# A number that is not a bare year: the figure of a target ("đạt 98%", "1.500 đảng viên", "75-80 triệu").
# A unit after a number that looks like a year: a count, no year ("đưa 2000 người đi làm việc ở nước ngoài")
# (not after "năm": "trong năm 2020 người dân …")
_YEAR_LIKE_COUNT = (r"(?<!(?i:năm|từ|đến|giai\s+đoạn|nhiệm\s+kỳ)\s+\d{4})\s+(?:"
                    + lexicon.amount_units("count", "measure", "scale") + r")(?![\p{L}\p{M}])")
TARGET_NUMBER = regexcache.compile(
    r"""
    (?<![\p{L}\p{N}])                 # not inside a word or a longer number
    (?<![Tt]háng\s)                     # not a month ("vào tháng 8/2024": a deadline, no figure to reach)
    (?<![Tt]hứ\s)                       # not an ordinal ("Đại hội … lần thứ 22, nhiệm kỳ …": which one, no figure)
    (?<!(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày)\s)  # not a day ("diễn ra vào sáng 19/3": when, no figure)
    (?<!(?<![\p{L}\p{M}])[Ss]ố\s)          # not a document's number ("Nghị quyết số 24 của Bộ Chính trị về …": which
                                        # one, no figure; group AU zdg5)
    (?!(?:19|20)\d\d(?![\d%]|[.,]\d|COUNTED))   # not a bare year ("năm 2025,"); "2025%", "2.025" or "2000 người"
                                        # (a unit of resources/amount_units.tsv after it) still count
    \d++(?:[.,]\d++)*+                  # the digits, with thousand dots or a decimal comma
    (?!\s*tuổi(?![\p{L}\p{M}]))          # not an age ("phổ cập giáo dục mầm non cho trẻ 5 tuổi": who, no figure to reach)
    (?!\s+tháng\s+(?:đầu|cuối|còn\s+lại)(?![\p{L}\p{M}]))  # not a period ("nhiệm vụ trọng tâm 6 tháng cuối năm": when)
    """.replace("COUNTED", _YEAR_LIKE_COUNT),
    regex.VERBOSE,
)
# A figure of a target: a number before "%" or a unit word ("98,6%", "17/19 xã", "1.600 đảng viên").
FIGURE = regexcache.compile(
    r"""
    (?<![\p{L}\p{N}/])(?!(?:19|20)\d\d(?![\d%]|[.,]\d|COUNTED))\d+(?:[.,]\d+)*   # a number, not a bare year
    (?:/\d+)?                           # "17/19"
    \s*(?:%|[\p{Ll}])                    # then "%" or a lower-case unit word ("xã", "triệu", "tỷ")
    """.replace("COUNTED", _YEAR_LIKE_COUNT),
    regex.VERBOSE,
)
# A count said in words before what it counts ("hai gia đình", "từ một đến hai công trình", "ít nhất một mô hình"; not
# "một số", "một cách", nor "năm", a year)
WORD_COUNT = regexcache.compile(
    r"(?<![\p{L}\p{M}])(?:một|hai|ba|bốn|sáu|bảy|tám|chín|mười)(?:\s+(?:đến|-)\s+(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))?"
    r"\s+(?!(?:số|cách|trong|lần|phần|khi|mặt|vài)(?![\p{L}\p{M}]))\p{Ll}")
# A clock time or a full date: a dateline, not a target ("15:58", "18/12/2018", "22/12/2022").
# A paragraph opening with the day of an event ("Sáng 7/10,", "Chiều 3-4,", "Ngày 12/1,")
DATED_EVENT = regexcache.compile(r"(?i)^\s*(?:vào\s+)?(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:nay|qua|\d{1,2}\s*[/.-]\s*\d{1,2})")
CLOCK_OR_DATE = regexcache.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)|(?<!\d)\d{1,2}/\d{1,2}/\d{4}(?!\d)")
# A paragraph opening on an imperative: "Tập trung chỉ đạo hoàn thành …", "Đẩy nhanh tiến độ …", "Tiếp tục …".
TASK_VERB_OPENING = regexcache.compile(r"^\s*(?:Tập\s+trung|Tiếp\s+tục|Đẩy\s+mạnh|Đẩy\s+nhanh|Phấn\s+đấu|Quyết\s+liệt)(?![\p{L}])")
# A closing credit line: "Thực hiện: Đài Truyền thanh - Truyền hình huyện", "Bài và ảnh: Minh Hà", "Nguồn: Báo Nhân Dân".
CREDIT_LINE = regexcache.compile(
    r"^\s*(?:Thực\s+hiện|Bài(?:\s+(?:và|,)\s*ảnh)?|Tin(?:\s+(?:và|,)\s*ảnh)?|Nguồn|Video|Biên\s+tập)\s*:\s*\p{Lu}"
    r"[^.!?;:\n]{0,80}[.]?\s*$"
)
# A range of percentages ("8-9%", "từ 7,5% đến 8%"): a target's figure, results are single values (set AT).
RANGE_FIGURE = regexcache.compile(r"(?<![\d,.])\d+(?:,\d+)?\s*%?\s*(?:-|–|đến)\s*\d+(?:,\d+)?\s*%")
# After "đạt và vượt": an amount to reach ("10.012 tấn"), not a count of targets reached ("12/12 chỉ tiêu")
AMOUNT_AFTER = regexcache.compile(r"\s+(?:(?:trên|hơn|khoảng)\s+)?\d[\d.,]*(?!\s*/)\s+(?!chỉ\s+tiêu|tiêu\s+chí|mục\s+tiêu)\p{L}")
# Striving for it, two words at most between ("Phấn đấu thực hiện | đạt và vượt các chỉ tiêu được giao"): aimed at, not
# reached
STRIVEN = regexcache.compile(r"(?i)(?<![\p{L}])phấn\s+đấu(?:\s+\p{Ll}+){0,2}\s+$")
# "phấn đấu" opening a list after a colon a few words on ("thành phố phấn đấu cả năm: A; B")
STRIVE_LIST = regexcache.compile(r"(?i)(?<![\p{L}])phấn\s+đấu(?:\s+[\p{L}\p{M}\d]+){0,4}\s*:")
# Words of the coming period that make a paragraph give directions, and of a period still ahead (kinds coming and ahead
# of resources/task_cues.tsv)
COMING_WORDS = regexcache.compile(lexicon.alternation(_cue_words("coming")), regex.I)
_AHEAD = lexicon.alternation(_cue_words("ahead"))
AHEAD = regexcache.compile(_AHEAD, regex.I)
# The coming period right after a plan noun, in a lead-in told in the past ("… đã bàn về việc thực hiện các nhiệm vụ
# được giao từ nay đến cuối năm như: A; B", fresh si5; "… các mục tiêu chủ yếu trong 6 tháng cuối năm như: A; B"): the list
# is of that period's tasks
COMING_AFTER_PLAN = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:nhiệm\s+vụ|giải\s+pháp|chỉ\s+tiêu|mục\s+tiêu)(?:\s+[\p{L}\p{M}]+){0,4}?\s+(?:\d+\s+)?(?:" + _AHEAD + ")"
)
# A paragraph opening on the plan named before it ("Theo đó, …", "Cụ thể, …")
FOLLOWS_PLAN = regexcache.compile(r"(?i)\s*(?:theo\s+đó|cụ\s+thể)\s*,")
# A figure reached in a heading ("… đạt tỷ lệ 95,2%", "… vượt 12% kế hoạch") and the words that aim at one instead
FIGURE_REACHED = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:đạt|vượt)(?:\s+tỷ\s+lệ)?\s+(?:trên\s+|hơn\s+|gần\s+)?\d[\d.,]*\s*"
    # (a share, or an amount: "Vận động Quỹ “Vì người nghèo” đạt trên 72 tỷ đồng" over the year's results; fresh ej2)
    r"(?:%|(?:" + lexicon.amount_units("scale") + r")(?![\p{L}\p{M}]))"
)
AIMED = regexcache.compile(r"(?i)(?<![\p{L}])(?:phấn\s+đấu|mục\s+tiêu|sẽ|quyết\s+tâm|năm\s+tới|(?:19|20)\d\d)(?![\p{L}])")
# Before what is committed to: "sẽ", a deadline or a period ("cam kết đến ngày 31/12/2024 giải quyết xong …")
# A bracket opened within 60 characters before a cue and still open there: a remark ("(năm 2018 Bộ Y tế đặt mục tiêu
# …)", "(Bộ Y tế đặt mục tiêu chung 88,5%)")
BRACKET_OPEN_NEAR = regexcache.compile(r"\([^()]{0,60}$")
# A sentence opening on what remains ("Còn 1 chỉ tiêu chờ đánh giá vào cuối năm", "Còn 2 xã chưa đạt chuẩn"): a status
REMAINING_OPENING = regexcache.compile(r"(?i)\s*(?:hiện\s+|hiện\s+nay\s+|đến\s+nay\s+)?còn\s+(?:lại\s+)?\d")
# A result word aimed at: "phấn đấu hoàn thành", "phấn đấu đạt và vượt"
STRIVEN_RESULT = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])phấn\s+đấu\s+(?:đạt|hoàn\s+thành|vượt)(?:\s+và\s+(?:vượt|hoàn\s+thành\s+vượt))?(?![\p{L}\p{M}])")
# A discussion told before a proposal: "các đại biểu thảo luận …", "26 ý kiến phát biểu …"
DISCUSSED = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:thảo\s+luận|ý\s+kiến|đại\s+biểu)(?![\p{L}\p{M}])")
# What a discussion proposes: measures, not a body asked ("đề xuất các giải pháp", "đề xuất nhiều biện pháp")
PROPOSED_MEASURES = regexcache.compile(
    r"(?i)\s+(?:(?:các|những|nhiều|một\s+số)\s+)?(?:giải\s+pháp|biện\s+pháp|nhiệm\s+vụ|kiến\s+nghị|phương\s+án)(?![\p{L}\p{M}])")
# Signed, before "cam kết": the noun, commitments signed ("ký cam kết", "ký kết bản cam kết")
SIGNED_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:ký|ký\s+kết|ký\s+bản|ký\s+kết\s+bản)$")
COMMITTED_LEAD = regexcache.compile(
    r"(?i)^\s*(?:(?:đến|trước|trong)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*,?\s*"
    r"|(?:trong\s+|đến\s+hết\s+)?(?:năm\s+\d{4}|quý\s+[IV\d]+(?:/\d{4})?)\s*,?\s*)?(?:sẽ\s+)?"
)
# A sentence opening on "Trọng tâm là": a plan statement only before a task verb
FOCUS_IS = regexcache.compile(r"(?i)\s*(?:[-+•*]\s*)?trọng\s+tâm\s+là(?![\p{L}])")
# The "etc." closing a list, right before the next piece ("… giao quân đạt chỉ tiêu…và biểu quyết …")
AFTER_ETC = regexcache.compile(r"(?:…|\.\.\.)\s*$")
# A figure measured against the plan or resolution: a result ("đạt 102,5% Nghị quyết", "đạt 104% kế hoạch"); its
# qualifier, if any, in group "q" (see _result_figure)
RESULT_FIGURE = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:đạt|bằng)\s+(?P<q>(?:hơn|trên|gần|khoảng)\s+)?[\d.,]+\s*%\s*(?:so\s+với\s+)?"
    r"(?:nghị\s+quyết|kế\s+hoạch|kh|dự\s+toán|chỉ\s+tiêu)"
)


def _result_figure(text: str) -> bool:
    """A figure measured against the plan with no qualifier ("đạt 102,5% Nghị quyết"): a result; with one ("đạt trên
    50% chỉ tiêu") it may be aimed at (the "chỉ đạo các" test reads both)."""
    return any(not r.group("q") for r in RESULT_FIGURE.finditer(text))


# A sentence opening on what the one before breaks down into ("Trong đó có 50% …", "Trong đó, …")
BREAKDOWN_OPENING = regexcache.compile(r"(?i)\s*trong\s+đó\s*,?\s*(?:có\s+)?")
# The year's theme in quotes ("chủ đề năm 2019 là “…”", "Chủ đề năm 2018: “…”"), its content in group "q"
THEME = regexcache.compile(
    r"(?i)(?|(?<![\p{L}])chủ\s+đề(?:\s+(?:công\s+tác\s+)?(?:của\s+)?năm(?:\s+(?P<y>(?:19|20)\d\d))?)?\s*(?:là|:)?\s*"
    r"[“\"](?P<q>[^”\"\n]{10,400})[”\"]"
    # (or the theme first: "“Tăng cường kỷ cương … – Đẩy mạnh xây dựng nông thôn mới” là chủ đề năm 2018 …")
    r"|[“\"](?P<q>[^”\"\n]{10,400})[”\"]\s+là\s+chủ\s+đề(?:\s+(?:công\s+tác\s+)?(?:của\s+)?năm(?:\s+(?P<y>(?:19|20)\d\d))?)?)"
)
# A talk or a paper, whose topic a theme names ("tham luận với chủ đề “…”"), or an event, whose motto it is ("Hội chợ
# Sâm với chủ đề “Nắm chắc thời cơ, …”", fresh fa03)
TALK_TOPIC = regexcache.compile(r"(?i)(?<![\p{L}])(?:tham\s+luận|bài\s+viết|hội\s+thảo|tọa\s+đàm|toạ\s+đàm|diễn\s+đàn"
                           r"|hội\s+chợ|hội\s+thi|cuộc\s+thi|lễ\s+hội|ngày\s+hội|liên\s+hoan|triển\s+lãm)(?![\p{L}])")
# Between the parts of a theme: a semicolon (a dash joins two halves of one: "… giải phóng mặt bằng – Đẩy mạnh …")
THEME_SEPARATOR = regexcache.compile(r";")
# A sub-heading inside a plan section: short, a field name ("Về kinh tế:", "2. Lĩnh vực văn hóa - xã hội").
SUBHEADING = regexcache.compile(
    r"""
    ^\s*(?:(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s*|[-+•*]\s*)?   # numbering
    (?:về|lĩnh\s+vực|trên\s+lĩnh\s+vực)\s                  # "Về …", "Lĩnh vực …"
    [^.;!?]{0,60}:?\s*$                                     # a few words, no sentence stop
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# In a plan section, a group of the targets counted, then a colon: "7 chỉ tiêu về kinh tế: A; B", "8 chỉ tiêu xã hội
# gồm:" (its items follow the colon, on the line or below it).
COUNTED_GROUP = regexcache.compile(
    r"""
    ^\s*(?:[-+•*]\s*)?(?:\d{1,3}|[\p{L}]+)\s+(?:nhóm\s+)?(?:chỉ\s+tiêu|tiêu\s+chí|mục\s+tiêu)(?![\p{L}\p{M}])
    [^.;:!?\n]{0,60}?                                   # what the group covers ("về kinh tế", "xã hội")
    \s*:\s*
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A colon opening a list (not a clock time or a ratio: "8:30", "1:2")
LIST_COLON = regexcache.compile(r"(?<!\d):\s*(?!\d{1,2}(?!\d|[.,]\d))")
# A sentence commenting on the one before ("Đây là sự kiện quan trọng …", "Đó cũng là …"; not "Đó là:", a list)
COMMENT_ON_BEFORE = regexcache.compile(r"(?i)^\s*(?:đây|đó|điều\s+này)\s+(?:cũng\s+|sẽ\s+)?là(?!\s*:)(?![\p{L}])")
# An item ending on how many targets were set ("Phát huy những kết quả đạt được, năm 2026, xã đề ra 23 chỉ tiêu chủ yếu
# trên các lĩnh vực …; phấn đấu …"): a statement of adoption before the targets, no target itself
ADOPTED_COUNT_END = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:đề\s+ra|thông\s+qua|đặt\s+ra)\s+(?:\d+|nhiều|các|những|một\s+số)\s+(?:nhóm\s+)?"
    r"(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ|giải\s+pháp)(?![\p{L}])"
    # (and a second count: "đề ra 9 nhóm nhiệm vụ và 5 nhóm giải pháp cơ bản để triển khai thực hiện")
    r"(?:\s*(?:,|và)\s*\d+\s+(?:nhóm\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ|giải\s+pháp)(?![\p{L}]))?[^\d;:]{0,100}$"
)
# A paragraph opening on a pronoun for the official just named ("Ông cũng đề nghị …", "Bà nhấn mạnh, …", "Đồng chí
# yêu cầu …"): not a name (upper case after it) and not a title ("Đồng chí Bí thư …")
PRONOUN_SPEAKER = regexcache.compile(r"\s*(?:Ông|Bà|Đồng\s+chí)\s+(?=\p{Ll})(?!(?:bí\s+thư|chủ\s+tịch|phó|giám\s+đốc|trưởng)(?![\p{L}]))")
# Who says what follows, titles and all, opening a sentence: "Theo ông A, …", "Cũng theo đồng chí A, Bí thư Đảng ủy xã, …"
# (an optional group, for LEADING_YEAR and _future_adverbial)
ATTRIBUTION = (
    r"(?:(?:cũng\s+)?theo\s+(?:ông|bà|đồng\s+chí)\s+[^,.;:!?\n]{1,40}(?:,\s*(?-i:\p{Lu})[^,.;:!?\n]{0,60}){0,3},\s*)?"
    # (or a speaker named before a colon, the statement after it: "Chủ tịch UBND huyện Hương Khê Lê Ngọc Huấn: Năm
    # 2020, huyện đẩy mạnh …"; the colon after a name of two or three capitalized words)
    r"(?:(?-i:\p{Lu})[^.;:!?\n]{0,80}?(?-i:\s\p{Lu}[\p{Ll}\p{M}]*+){2,3}\s*:\s*[\"“]?\s*)?"
    # (or a speaker's verb before the colon: "…, đồng chí A, Chủ tịch UBND tỉnh nhấn mạnh: Năm 2024, …")
    # (read once up to the first stop, no backtracking: a speaker's verb must close what stands before the colon)
    # (the statement may open a quote: "… cho biết: “Năm 2016, toàn huyện đẩy mạnh …”", fresh lhc4)
    r"(?:[^.;:!?\n]{0,300}+(?<=(?<![\p{L}])(?:nhấn\s+mạnh|cho\s+biết|khẳng\s+định|nêu\s+rõ)\s*):\s*[\"“]?\s*)?"
    # (or the speaker's verb before a comma: "Giám đốc Sở TN&MT A cho biết, các tháng cuối năm, ngành …"; the shortest
    # stretch to the verb, 120 characters at most: tried once, at the sentence's start; fresh vk1)
    r"(?:[^.;:!?\n]{0,120}?(?<![\p{L}])(?:cho\s+biết|nhấn\s+mạnh|khẳng\s+định|nêu\s+rõ)\s*,\s*)?"
)
# The results a plan builds on, before its year ("Phát huy những kết quả đạt được, năm 2026, …", "Trên cơ sở kết quả
# đạt được, năm 2026 xã …"; verbs: resources/year_cues.tsv kind "building_on", as the years component reads them)
# (or the motto or aim it is put under: "Với phương châm hành động “…”, năm 2019, Công an thành phố tập trung …")
# (or the plan it carries out: "Trên cơ sở nhiệm vụ và giải pháp UBND thành phố giao, năm 2026, Sở Tài chính tập trung
# …", fresh bk01)
PLAN_BASIS = r"(?:(?:trên\s+cơ\s+sở|căn\s+cứ)\s+(?:các\s+|những\s+)?(?:nhiệm\s+vụ|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)[^.;:!?\n]{0,80}?,)"
BUILDING_ON = r"(?:(?:" + lexicon.building_on() + r"|" + lexicon.guiding_frame() + r"|" + PLAN_BASIS + r")\s*)?"
# A sentence inside a paragraph opening on a year: ". Năm 2015, …", ". Trong năm 2015, …", ". Ngay từ đầu năm 2026, …" (a
# school year by the year it ends, as LEADING_YEAR reads it: ". Năm học 2025 – 2026, …"), after the results it builds
# on too, as a paragraph's lead (". Phát huy những kết quả đạt được, năm 2021, Sở tiếp tục …")
SENTENCE_YEAR_LEAD = regexcache.compile(
    r"[.;!?]\s+(?i:" + BUILDING_ON + YEAR_CONNECTIVE + r"?)"
    r"(?:[Tt]rong\s+|(?i:" + lexicon.FROM_YEAR_START + r"))?[Nn]ăm\s+" + SCHOOL_YEAR_FIRST + r"?"
    r"(?P<y>(?:19|20)\d\d)\s*,")
# A year that opens a sentence or paragraph: "Năm 2026,", "Trong năm 2026,", "Đến năm 2030,".
LEADING_YEAR = regexcache.compile(
    r"""
    ^\s*(?:[-+•*]\s*)?                   # an optional bullet
    (?:\((?-i:\p{Lu})[^()\n]{0,30}\)\s*[-–—]?\s*)?  # an outlet's tag before the lead: "(GLO)- ", "(Baohatinh.vn) - "
    """ + ATTRIBUTION + r"""                  # who says it: "Theo ông A, Giám đốc Sở, năm 2026, …"
    """ + BUILDING_ON + r"""                  # what it builds on: "Trên cơ sở những kết quả đạt được, năm 2026 …"
    """ + YEAR_CONNECTIVE + r"""?            # a connective: "Theo đó, năm 2021, sở tập trung …" (fresh 22)
    (?:trong\s+|đến\s+|(?:bước\s+)?sang\s+|bước\s+vào\s+      # "Năm", "Trong năm", "Đến năm", "(Bước) sang năm",
      |""" + lexicon.FROM_YEAR_START + r"""                        # "Ngay từ đầu năm" (its year named)
      |thực\s+hiện\s+(?:[^\s\d,.;:]+\s+){1,8}?                  # what of the year is carried out: "Thực hiện nhiệm vụ
    )?năm\s+                                                     # năm 2023, …" (group Z wv4)
    """ + SCHOOL_YEAR_FIRST + r"""?          # a school year, by the year it ends: "Năm học (mới) 2025 - 2026,"
    (?P<y>(?:19|20)\d\d)(?!\d)\s*(?:,|(?=(?-i:\p{Ll}))(?!là\s))  # the year, then the comma closing the adverbial (or,
                                         # left out, a lower-case word: "Năm 2021 các đơn vị …"; not "Năm 2021 là …")
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# A quarter the article reviews ("sơ kết công tác quý III/2025", "kết quả quý III"): opening a sentence ("Quý III,
# phường thu ngân sách đạt …") it tells results, not the coming period
REVIEWED_QUARTER = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:sơ\s+kết|tổng\s+kết|đánh\s+giá|kết\s+quả)(?:\s+(?:[\p{L}\p{M}]+|[-–])){0,6}?\s+quý\s+(IV|I{1,3})(?![\p{L}])"
)
QUARTER_NAMED = regexcache.compile(r"(?i)(?<![\p{L}])quý\s+(IV|I{1,3})(?![\p{L}])")
# A month the article reviews: "phiên họp thường kỳ tháng 2/2024", "kết quả tháng 10", "giao ban tháng 8 năm 2019"
# (as the years component reads a month under review)
REVIEWED_MONTH = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:thường\s+kỳ|giao\s+ban|họp|kết\s+quả|tình\s+hình|sơ\s+kết|đánh\s+giá|báo\s+cáo)"
    r"(?:\s+[\p{L}\p{M}-]+){0,6}?\s+tháng\s+(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>(?:19|20)\d\d)|\s+năm\s+(?P<y>(?:19|20)\d\d))?(?![\d/])"
)
# The first months of a year, reviewed: "5 tháng đầu năm 2025", "trong 8 tháng năm 2024"
FIRST_MONTHS = regexcache.compile(r"(?i)(?<![\p{L}\p{N}])(?P<n>\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+(?P<y>(?:19|20)\d\d)(?!\d)")
# A sentence opening on a month: "Trong tháng 3, huyện tiếp tục …", "Tháng 11/2022, các ngành …"
MONTH_LEAD = regexcache.compile(
    r"(?i)^\s*(?:[-+•*]\s*)?(?:trong\s+|(?:bước\s+)?sang\s+)?tháng\s+(?P<m>\d{1,2})"
    r"(?:\s*[/-]\s*(?P<y>(?:19|20)\d\d)|\s+năm\s+(?P<y>(?:19|20)\d\d))?\s*,"
)
# A month and a comma anywhere (a cheap pre-check for MONTH_LEAD in a paragraph)
MONTH_COMMA = regexcache.compile(r"(?i)tháng\s+\d{1,2}(?:\s*[/-]\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?\s*,")
# Before a colon naming units, not tasks: "… gồm các xã:", "… gồm:", "… là các xã:" (then capitalized names)
NAMES_INTRO = regexcache.compile(r"(?i)(?<![\p{L}])(?:gồm|bao\s+gồm|là)(?:\s+(?:các|những))?(?:\s+(?-i:\p{Ll})[\p{L}\p{M}]*){0,2}\s*$")
# A name after the colon: two capitalized words ("Tây Phong", "Nam Phong")
NAME_AFTER_COLON = regexcache.compile(r"\s*(?:xã\s+|phường\s+|thôn\s+)?\p{Lu}[\p{Ll}\p{M}]*\s+\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])")
# A foundation for what follows ("là nền tảng quan trọng để …", "tạo tiền đề để …"), within the clause before a
# resolve ("… để các cấp tiếp tục phấn đấu …"), and how far back it is looked for
FOUNDATION_FOR = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:nền\s+tảng|tiền\s+đề|động\s+lực)(?:\s+(?:quan\s+trọng|vững\s+chắc|thuận\s+lợi|mạnh\s+mẽ))?\s+để\s"
    r"[^,;:.]{0,80}$"
)
FOUNDATION_REACH = 120
# An anniversary named: "75 năm Ngày thành lập Đội TNTP", "(kỷ niệm) 50 năm giải phóng miền Nam"
ANNIVERSARY = regexcache.compile(
    r"(?i)\s*(?:kỷ\s+niệm\s+)?\d{1,3}\s+năm\s+(?:ngày|thành\s+lập|truyền\s+thống|chiến\s+thắng|giải\s+phóng|cách\s+mạng|sinh)(?![\p{L}])"
)
# How far back a plan noun's clause is looked for (its comma or semicolon)
CLAUSE_REACH = 400
# How far from a task its line's ends are looked for when the task may copy the headline (a headline's length)
HEADLINE_COPY_REACH = 400
# A page's first paragraph longer than this, of more than one sentence, is its lead, no headline
LEAD_MIN_CHARS = 250
# Where one sentence ends and the next opens on a capital
SENTENCE_BREAK = regexcache.compile(r"[.!?…][ \t]+(?=\p{Lu})")
# A verb after its subject is written in lower case: capitalized, it is a word of the body's name ("Ban Quản lý khu kinh tế",
# "Sở Kế hoạch và Đầu tư")
LOWER_AHEAD = r"(?=(?-i:\p{Ll}))"
# What the article reviews: the quarters ("III") and the latest month, (year or None, month); and the term of office
# whose congress it reports, (first year, last year) or None
Reviewed = namedtuple("Reviewed", "quarters month term", defaults=(None,))
# A congress held and the term it opens: "Đại hội đại biểu Đảng bộ xã A lần thứ I, nhiệm kỳ 2025-2030" (not a
# resolution's congress: "thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025" is a review)
_TERM = r"nhiệm\s+kỳ\s+(?P<ta>(?:19|20)\d\d)\s*[-–]\s*(?P<tb>(?:19|20)\d\d)(?!\d)"  # "nhiệm kỳ 2025 - 2030"
CONGRESS_TERM = regexcache.compile(
    r"(?<!(?i:quyết|thực\s+hiện)\s+)(?<![\p{L}])Đại\s+hội(?![\p{L}])[^.\n]{0,120}?" + _TERM)
# A review halfway through a term: its "nhiệm kỳ" is the running one, no term opened
MID_TERM = regexcache.compile(r"(?i)giữa\s+nhiệm\s+kỳ")
# A sentence opening on a term ("Trong nhiệm kỳ 2025-2030, Đảng bộ xã tập trung …"): the coming period when it is
# the term of the congress the article reports
TERM_LEAD_SRC = r"^\s*(?:[-+•*]\s*)?(?:trong\s+)?" + _TERM + r"\s*,"
TERM_LEAD = regexcache.compile(TERM_LEAD_SRC, regex.I)
# A period of years opening a sentence ("Giai đoạn 2022-2030, Ban đại diện … đẩy mạnh …", "Giai đoạn 2021-2026, huyện
# phấn đấu …"): the coming period's directions when its first year is after the one reported (fresh mk05, ho03, ee03;
# not "Giai đoạn 2022 - 2025, Nam Giang cam kết …" in a review of 2022, nor "Giai đoạn 2016 - 2020, Sở … tham mưu …")
_PERIOD = r"giai\s+đoạn\s+(?P<pa>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d(?!\d)"  # "giai đoạn 2021-2025", its first year
PERIOD_LEAD_SRC = r"^\s*(?:[-+•*]\s*)?(?:trong\s+)?" + _PERIOD + r"\s*,"
PERIOD_LEAD = regexcache.compile(PERIOD_LEAD_SRC, regex.I)
PERIOD_COMMA = regexcache.compile(r"(?i)(?<![\p{L}])" + _PERIOD + r"\s*,")  # (anywhere in a paragraph)
TERM_COMMA = regexcache.compile(r"(?i)" + _TERM + r"\s*,")  # (anywhere in a paragraph)


def _reviewed(text: str) -> Reviewed:
    """The quarters and the latest month the article names as reviewed (a month's review, or the first months of a
    year: "5 tháng đầu năm 2025" reviews up to May 2025)."""
    months = [(int(m.group("y")) if m.group("y") else None, int(m.group("m"))) for m in REVIEWED_MONTH.finditer(text)]
    months += [(int(m.group("y")), int(m.group("n"))) for m in FIRST_MONTHS.finditer(text)]
    months = [(y, m) for y, m in months if 1 <= m <= 12]
    latest = max(months, key=lambda ym: (ym[0] or 0, ym[1])) if months else None
    terms = [(int(m.group("ta")), int(m.group("tb"))) for m in CONGRESS_TERM.finditer(text)] if not MID_TERM.search(text) else []
    return Reviewed(frozenset(m.group(1).upper() for m in REVIEWED_QUARTER.finditer(text)), latest, max(terms, default=None))


def _coming_lead(s_text: str, reviewed: Reviewed) -> regex.Match | None:
    """``_future_adverbial().match(s_text)``, unless it names a quarter the article reviews; or a leading month after
    the latest month the article reviews ("họp thường kỳ tháng 2/2024" … "Trong tháng 3, huyện tiếp tục …"); or the
    term whose congress the article reports ("Đại hội … nhiệm kỳ 2025-2030" … "Trong nhiệm kỳ 2025-2030, xã …")."""
    lead = _future_adverbial().match(s_text)
    if lead is not None and reviewed.quarters:
        q = QUARTER_NAMED.search(lead.group())
        if q is not None and q.group(1).upper() in reviewed.quarters:
            return None
    if lead is None and reviewed.term is not None:
        term = TERM_LEAD.match(s_text)
        if term is not None and (int(term.group("ta")), int(term.group("tb"))) == reviewed.term:
            return term  # the term the congress opens: "Trong nhiệm kỳ 2020-2025, Đảng bộ … tập trung lãnh đạo …"
    if lead is None and reviewed.month is not None:
        month = MONTH_LEAD.match(s_text)
        if month is not None:
            r_year, r_month = reviewed.month
            year = int(month.group("y")) if month.group("y") else r_year
            if (year or 0, int(month.group("m"))) > (r_year or 0, r_month):
                return month
    return lead


@lru_cache(maxsize=1)
def _future_adverbial() -> regex.Pattern:
    """A leading adverbial of the coming period (kind ``period`` of resources/task_cues.tsv, a plan noun
    before it allowed): "Thời gian tới,", "Trong 6 tháng cuối năm 2026,", "Về nhiệm vụ thời gian tới,",
    "Phương hướng năm 2026,", "Từ nay đến cuối năm,"; then a short subject and a task verb follow
    ("…, ngành giáo dục tiếp tục …")."""
    periods = lexicon.alternation(_cue_words("period"))
    nouns = lexicon.alternation(_cue_words("plan_noun"))
    return regexcache.compile(
        r"""
        ^\s*(?:[-+•*]\s*)?                           # an optional bullet
        """ + ATTRIBUTION + r"""                     # who says it: "Cũng theo ông Chánh, …", "Theo đồng chí A, Bí thư …, …"
        """ + YEAR_CONNECTIVE + r"""?                # a connective: "Theo đó, 6 tháng cuối năm 2017, thị xã tiếp tục …"
        (?:về\s+)?                                   # "Về nhiệm vụ thời gian tới"
        (?:(?:triển\s+khai|thực\s+hiện|theo|trong)\s+(?=""" + nouns + r"""))?  # "Triển khai nhiệm vụ 3 tháng cuối năm, UBND
                                                     # huyện …", "Theo kế hoạch năm 2023, Sóc Trăng tiếp tục …" (fresh 43)
        (?:(?P<noun>""" + nouns + r""")(?:(?:\s*,\s*|\s+và\s+)(?:""" + nouns + r"""))?\s+)?   # a plan noun ("Phương hướng, nhiệm vụ",
                                                     # "nhiệm vụ và giải pháp")
        (?(noun)(?:(?:trọng\s+tâm|chủ\s+yếu)\s+)?(?:thực\s+hiện\s+)?)  # "Về nhiệm vụ và giải pháp thực hiện trong năm 2026",
                                                     # "Nhiệm vụ trọng tâm 6 tháng cuối năm 2023, Hội …" (fresh 41)
        (?:trong\s+|bước\s+(?:sang|vào)\s+)?          # "Trong thời gian tới", "Bước sang năm mới"
        (?:\d{1,2}\s+|(?:một|hai|ba|bốn|năm|sáu)\s+)?  # how many: "3 tháng còn lại của năm 2016"
        (?:""" + periods + r"""                       # the period
           (?:\s*(?:năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|\s*/\s*(?:19|20)\d\d)?   # its year ("6 tháng cuối năm
                                                     # 2026", "quý IV/2026"; a school year by both: "năm học mới 2017 - 2018")
         | (?(noun)năm\s+(?:19|20)\d\d|(?!))          # or a year after a plan noun ("Phương hướng năm 2026")
         | (?(noun)(?:tháng\s+\d{1,2}|quý\s+[IV]{1,3})(?:\s*/\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?|(?!))
                                                     # or a month, a quarter ("Nhiệm vụ tháng 11", "Nhiệm vụ quý IV/2026")
        )(?![\p{L}\p{M}\p{N}])\s*(?(noun),?|(?:,|    # the comma closing the adverbial (after a plan noun it may go;
          (?<=(?:thời\s+gian|giai\s+đoạn)\s+(?:sắp\s+)?(?:tới|đến)\s*)(?=(?-i:\p{Lu}))))  # after "thời gian tới" too, a
                                                     # name after it: "Trong thời gian đến Đảng bộ huyện … tập trung …",
                                                     # fresh iy05, ir03)
        | ^\s*(?:[-+•*]\s*)?(?:theo\s+đó\s*,\s*)?để\s+[^,.;:!?\n]{0,80}?  # or a purpose naming the plan: "Để thực hiện thắng
          (?<![\p{L}\p{M}])(?:""" + nouns + r""")(?![\p{L}\p{M}])  # lợi các mục tiêu trên," (not "Để đạt được
          [^,.;:!?\n]{0,40},                           # kết quả này,": a result explained; "Theo đó, để hoàn thành
                                                       # mục tiêu đề ra,": fresh bi2)
        | ^\s*(?:[-+•*]\s*)?(?:để|nhằm)\s+[^.;:!?\n]{0,200}?,\s*  # or any purpose, then the period: "Để tiếp tục xây
          (?:trong\s+)?(?:""" + periods + r""")          # dựng Khu kinh tế …, thời gian tới,", "Nhằm xây dựng huyện
          (?![\p{L}\p{M}\p{N}])\s*,?                     # đạt chuẩn …, trong thời gian tới" (fresh zk5, ie1)
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )

# A year, then within its clause what it reached: "Tổng giá trị sản xuất năm 2022 trên địa bàn huyện … ước đạt 22.466 tỷ"
YEAR_THEN_REACHED = regexcache.compile(r"(?i)(?<![\p{L}])năm\s+(?P<y>(?:19|20)\d\d)(?!\d)[^.;:\n]{0,60}?(?:ước\s+)?đạt(?![\p{L}\p{M}])")


@lru_cache(maxsize=1)
def _opener_plan() -> regex.Pattern:
    """A word of a plan in a list's opener (task_cues.tsv kind opener_plan): the list sets targets ("Năm 2026 phấn đấu
    các chỉ tiêu như:", "đề ra …", "dự kiến …")."""
    words = lexicon.alternation(_cue_words("opener_plan"))
    return regexcache.compile(r"(?i)(?<![\p{L}])(?:" + words + r")(?![\p{L}\p{M}])")


# Before a year of a task clause: it is no target ("so với năm 2024", "2021-2025", "ngày 30-5-2019").
CLAUSE_YEAR_BEFORE_NOT = regexcache.compile(
    r"(?i)(?:so\s+với\s+(?:năm\s+)?|\d{4}\s*-\s*|\d{1,2}\s*[-/.]\s*|giá\s+(?:so\s+sánh\s+)?(?:năm\s+)?)$"
)  # (nor the base year of constant prices: "theo giá 2010", "giá so sánh năm 2010")
# A deadline in a task clause: "vào cuối năm 2020", "đến năm 2030", "trước năm 2030".
DEADLINE_YEAR = regexcache.compile(
    r"(?i)(?<![\p{L}])(?:vào|đến|trước)\s+(?:cuối\s+|hết\s+)?năm\s+(?P<y>(?:19|20)\d\d)(?![\d-])"
)


# An aim right before the deadline heading the targets it sets: "đặt mục tiêu | đến năm 2030, …"
LIST_DEADLINE_LEAD = regexcache.compile(r"(?i)(?<![\p{L}])(?:đặt|đề\s+ra|xác\s+định)(?:\s+ra)?\s+mục\s+tiêu\s*$")
# How far before a year its document's name is looked for: the head and its phrase of up to 120 characters
DOCUMENT_NAME_REACH = 140


@lru_cache(maxsize=1)
def _document_name_before() -> regex.Pattern:
    """The head of a name (kind document_name of resources/task_cues.tsv, capitals as written) and the rest of
    its phrase, up to where a year follows ("Chiến lược phát triển gia đình Việt Nam ", "tầm nhìn ")."""
    names = _cue_words("document_name")
    return regexcache.compile(
        lexicon.B_START + "(?:" + lexicon.alternation(names, ignore_case=False) + r")"   # the head, as written
        + r"(?![\p{L}\p{M}])(?:[^,;.:()]|\([^,;.:()]{1,20}\)){0,120}$"            # its phrase, no break (a short bracket
        # in it: "Nghị quyết số 43-NQ/TW của Bộ Chính trị (khóa XII) về xây dựng và phát triển thành phố … đến năm 2030")
    )


def _in_document_name(s: str, lo: int, pos: int) -> bool:
    """Whether the year at ``pos`` of ``s`` belongs to a document's name opened after ``lo`` ("Chiến lược phát
    triển gia đình đến năm 2035", "tầm nhìn đến năm 2050"): the year of a name, no deadline."""
    return _document_name_before().search(s, max(lo, pos - DOCUMENT_NAME_REACH), pos) is not None


# A line of lower-case words without any diacritic: a web page's image name or alt text ("nganh du lich bac lieu phan
# dau dat 2200 ty dong trong nam 2019"), no sentence of the article
ASCII_SLUG = regexcache.compile(r"\s*[a-z0-9]+(?:[ \t_-]+[a-z0-9]+){3,}\s*")


# A line this short without a final stop, between two paragraphs, is a caption.
CAPTION_MAX_WORDS = 8
CREDITED_CAPTION_MAX_WORDS = 40  # a paragraph this short with a photo credit ("Ảnh: …") is a caption
# A line that is a heading: short, no final stop (headline, sub-heading, caption-like title).
HEADING_MIN_WORDS = 5
HEADING_MAX_WORDS = 25
# The page's first line, its headline, may run longer: "Tập trung thực hiện thắng lợi nhiệm vụ năm 2019; chuẩn bị tốt
# cho công tác Đại hội Đảng bộ các cấp, tiến tới Đại hội Đảng bộ quận … lần thứ XXVI" (35 words; fresh 21)
HEADLINE_MAX_WORDS = 40
# The date prefix some articles open with (" date 2025-12 ").
DATE_PREFIX = regexcache.compile(r"^\s*" + HEADER_DATE + r"\s+")
# An outlet's tag before the lead: "(GLO)- ", "(TBTCO) - ", "(Baohatinh.vn) - " (as LEAD_OPENING, with its dash)
OUTLET_TAG = regexcache.compile(r"\s*\(\p{Lu}[\p{L}\p{N}.&]{1,15}\)\s*[-–—]\s*(?=\p{Lu})")


# The regexes of the target-list, future and heading constructions, built once from task_cues.tsv.
TargetRes = namedtuple(
    "TargetRes",
    "intro follow count result stop link future heading_verb headline_resolve agenda target_set result_item session plan_heading "
    "future_marker adopted counted_only acted_on",
)


# The fields a plan's targets are about, listed (resources/indicator_sectors.txt): " phát triển kinh tế - xã hội, quốc
# phòng - an ninh", " về kinh tế, văn hóa - xã hội và quốc phòng - an ninh"
_FIELD = r"(?:(?:phát\s+triển|bảo\s+đảm|đảm\s+bảo)\s+)?(?:" + lexicon.indicator_sectors() + r")(?![\p{L}\p{M}])"
_FIELDS = r"(?:\s+(?:về\s+)?(?:các\s+lĩnh\s+vực\s+)?" + _FIELD + r"(?:\s*(?:[-–,]|và)\s*" + _FIELD + r")*)"
# A list's piece naming only the fields of the targets counted before it ("đề ra 24 chỉ tiêu chủ yếu | phát triển kinh
# tế - xã hội năm 2024; trong đó, …"): what they are about, no target
COUNTED_NOUN_END = regexcache.compile(
    r"(?i)\d+\s+(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ)(?:\s+(?:chủ\s+yếu|cơ\s+bản|cụ\s+thể|trọng\s+tâm))?\s*$")
FIELDS_ONLY = regexcache.compile(r"(?i)" + _FIELDS + r"(?:\s+(?:năm\s+\d{4}|(?:nhiệm\s+kỳ|giai\s+đoạn)\s+\d{4}\s*[-–]\s*\d{4}))?\s*[.;]?\s*")


@lru_cache(maxsize=1)
def _target_res() -> TargetRes:
    """Regexes of the target-list construction (kinds plan_noun, result_word, target_stop,
    target_link, future of resources/task_cues.tsv)."""

    def alt(*kinds: str, ignore_case: bool = True) -> str:
        return lexicon.alternation(_cue_words(*kinds), ignore_case=ignore_case)

    verbs = _cue_words("verb", "start_verb")
    nhu_verbs = _cue_words("nhu_list_verb")  # (striving and supporting verbs: "như nỗ lực …")
    intro = regexcache.compile(
        r"""
        (?<![\p{L}\p{M}])(?<!chương\s+trình\s)   # not a programme's name ("chương trình mục tiêu quốc gia")
        (?<!(?<![\p{L}\p{M}])số\s)              # nor the number of them ("số nhiệm vụ đang triển khai: 20/120"; "một
                                             # số nhiệm vụ:" is matched from "một")
        (?:(?P<num>\d+|một\s+số|nhiều)\s+(?:nhóm\s+)?|(?P<det>các|những)\s+)?  # how many ("đề ra 18 chỉ tiêu", "6 nhóm
                                             # giải pháp", "các chỉ tiêu như",
                                             # "đề ra nhiều chỉ tiêu quan trọng, trong đó A; B")
        (?P<noun>""" + alt("plan_noun") + r""")(?![\p{L}\p{M}])  # what the list sets
        [^.;:!?\n…]{0,120}?                  # its qualifiers ("kinh tế - xã hội năm 2022", "chủ yếu như")
        (?:
            """ + _no_list_colon() + r"""  # (not a photo's credit, "… năm 2017 - Ảnh: Quang Hiếu", nor a theme)
            :\s*(?!\d\d(?!\d))               # a colon opening the list (not a clock time "8:30")
          | (?<=(?<![\p{L}])chủ\s+yếu)(?:\s+như)?\s+(?P<bare>)  # or no colon after "chủ yếu": a list of targets,
            (?!(?:trong\s+|của\s+)?năm\s+\d{4})  # (not the year they are for: "… chủ yếu trong năm 2026, trong đó A; B")
            (?=[^.;:!?\n]{5,150}?\d[^.;:!?\n]{0,40};)  # the first with a figure, closed by ";" ("… với một số chỉ tiêu
                                             # chủ yếu thương mại - dịch vụ tăng 10-12%; thu ngân sách …"; set BC)
          | (?(num)(?<=\s)như\s+(?P<bare>)       # or, after a number, "như" and no colon: "đề ra 20 chỉ tiêu cụ thể về kinh
            (?=[^.;:!?\n]{5,150}?\d[^.;:!?\n]{0,40};)|(?!))  # tế - xã hội như A đạt 7%; B …" (the first with a figure)
          | (?<=^\s*(?i:về)\s+(?:các\s+)?(?:chỉ|mục)\s+tiêu[^.;:!?\n]{0,100}?năm\s+\d{4}),\s+(?P<bare>)(?P<topic>)  # or the targets
            (?=[^.;:!?\n]{5,160}?;)         # as the sentence's topic, a comma, then a list closed by ";": "Về chỉ tiêu Quốc
                                             # hội, Chính phủ giao trong năm 2024, tỉ lệ thất nghiệp dưới 4%; …" (fresh tm5)
          | (?<=\s)(?<!so\s)với\s+(?P<bare>)(?P<with>)  # or "với" (not "so với") and the first target's figure: "Đại hội thông qua mục tiêu năm
            (?=[^.;:!?\n]{3,100}?\d)            # 2026 với lợi nhuận trước thuế 5.180 tỷ đồng, …" (fresh po5; checked by
                                             # the caller: set, and targets)
          | (?<=\s)như\s+(?P<bare>)(?P<verbs>)  # or "như" and a task verb: "xác định những mục
            (?=(?:""" + lexicon.alternation(verbs + nhu_verbs) + r""")(?![\p{L}\p{M}]))  # tiêu, nhiệm vụ quan trọng của năm 2017
                                             # như triển khai …, đẩy mạnh …", "đặt ra kế hoạch, mục tiêu năm 2023 như nỗ
                                             # lực …, kiểm soát …" (set by the sentence: checked by the caller; the items
                                             # part at commas: _listed_items)
          | (?(num)[,;]?\s+trong\s+đó\s*(?:có\s+)?[,:]?\s*|(?!))   # or, after a number, "24 chỉ tiêu, trong đó A; B"
          | (?(num)|(?(det)|(?!)))\s+là\s+(?P<bare>)(?P<copula>)  # or, after a number or "các", the copula and a list closed by ";":
            (?=[^.;:!?\n]{5,200}?;)          # "tỉnh đề ra một số mục tiêu trọng tâm là A; B; C" (fresh vd01)
          | (?<=(?<![\p{L}])tổng\s+quát(?:\s+[^.;:!?\n]{1,40})?)\s+là\s+(?P<bare>)  # or the general goal, one, then
            (?=[^.;:!?\n]{5,200}?;)          # the copula: "đề ra mục tiêu tổng quát cho nhiệm kỳ 2020 - 2025 là A; B" (fresh
                                             # vc01, ye02)
          | (?(det)(?:(?<=năm\s+\d{4})(?P<dated>)|(?P<led>))[,;]?\s+trong\s+đó\s*[,:]?\s*|(?!))  # or "các chỉ tiêu … năm 2015, trong
                                             # đó, A; B" after a verb setting them (checked by the caller; fresh 26)
                                             # ("13 chỉ tiêu cụ thể; trong đó, A; B" too)
                                             # ("một số nhiệm vụ trọng tâm năm 2017, trong đó A, B"; the year may
                                             # lead the sentence instead: "Năm 2026, ngành đề ra các giải pháp trọng
                                             # tâm, trong đó A; B", checked by the caller)
        )
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )
    # "Trong đó:", "Cụ thể:", "Gồm:" opening a sentence after a count of targets set
    # ("Đó là:" too, opening the next paragraph after "… nhấn mạnh một số nhiệm vụ trọng tâm cần thực hiện.")
    follow = regexcache.compile(
        # ("Trong đó (,) trọng tâm là" before a task verb, the colon left out: "… đề ra 9 chỉ tiêu, 5 nhiệm vụ trọng tâm. Trong
        # đó trọng tâm là khơi dậy khát vọng cống hiến, …"; group U vh4; first, so that the item opens at its verb)
        r"^\s*(?:(?:trong\s+đó\s*,?\s*)?trọng\s+tâm\s+là\s*[:,]?\s*(?=(?:" + lexicon.alternation(verbs) + r")" + lexicon.B_END + r")"
        r"|(?:trong\s+đó|cụ\s+thể(?:\s+là)?|bao\s+gồm|gồm|đó\s+là|trọng\s+tâm\s+là)\s*[:,]\s*"
        r"|(?:đó|cụ\s+thể)\s+là\s+(?=(?-i:\p{Ll}))"  # (no colon before a lower-case word: "Đại hội đề ra 22 chỉ tiêu chủ
        # yếu, …. Đó là tăng trưởng kinh tế đạt …; …", fresh qr3)
        # ("Nổi bật là" only before a task verb: "… đề ra 7 mục tiêu cụ thể và 4 nhiệm vụ trọng tâm. Nổi bật là đẩy mạnh …;
        # đưa thu nhập …", fresh qg5; most often it opens the highlights of what was achieved, "Nổi bật là dịch Covid-19
        # được kiểm soát …", fresh tc4)
        r"|nổi\s+bật\s+là\s*[:,]?\s*(?=(?:" + lexicon.alternation(verbs) + r")" + lexicon.B_END + r"))",
        regex.IGNORECASE
    )  # ("Trọng tâm là, GRDP tăng hơn 10%; …" after "… đề ra 15 chỉ tiêu năm 2025.")
    count = regexcache.compile(  # ("nhiều" too: "Xã cũng đặt ra nhiều chỉ tiêu cho năm 2026. Trong đó, A; B"; fresh kd2)
        r"(?<![\p{L}\p{N}])(?:\d+|các|những|một\s+số|nhiều)\s+(?:" + alt("plan_noun") + r")(?![\p{L}\p{M}])",
        regex.IGNORECASE,
    )
    result = regexcache.compile(lexicon.B_START + "(?:" + alt("result_word") + ")" + lexicon.B_END, regex.IGNORECASE)
    stop = regexcache.compile(
        r"^\s*(?:" + alt("target_stop", ignore_case=False) + ")" + lexicon.B_END
    )
    link = regexcache.compile(r"^\s*(?:" + alt("target_link") + ")" + lexicon.B_END, regex.IGNORECASE)
    future = regexcache.compile(
        # (after "sẽ", the openers of plan items count too: "Sở sẽ phối hợp với các địa phương rà soát …")
        # (a manner adverb may come first: "toàn ngành sẽ lập tức cụ thể hóa …"; fresh xi5)
        lexicon.B_START + "(?:" + alt("future") + r")\s+(?:(?:lập\s+tức|nhanh\s+chóng|ngay)\s+)?(?P<c>"
        # (not "sẽ tổ chức": an event announced, "Đại hội sẽ tổ chức vào tháng 10")
        # (and words that are verbs after it only: "… thông tin trong năm 2018 sẽ định hướng phát triển du lịch …", a
        # noun elsewhere, "định hướng phát triển"; fresh dh03)
        + lexicon.alternation(verbs + [w for w in _cue_words("section_verb") if w != "tổ chức"]
                              + ["định hướng"]) + ")"
        + lexicon.B_END,
        regex.IGNORECASE,
    )
    agenda = regexcache.compile(r"^(?:" + alt("agenda") + ")" + lexicon.B_END, regex.IGNORECASE)
    target_set = regexcache.compile(lexicon.B_START + "(?:" + alt("target_set") + ")" + lexicon.B_END, regex.IGNORECASE)
    result_item = regexcache.compile(lexicon.B_START + "(?:" + alt("result_item") + ")" + lexicon.B_END, regex.IGNORECASE)
    # (not the noun "bầu cử", an election: "bảo vệ an toàn cuộc bầu cử" is a task's object)
    session = regexcache.compile(lexicon.B_START + "(?:" + alt("session_verb") + ")" + lexicon.B_END + r"(?!\s+cử(?![\p{L}]))",
                            regex.IGNORECASE)
    plan_heading = regexcache.compile(
        r"""
        ^\s*(?:(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s*|[-+•*]\s*)?   # numbering: "II.", "2.", "a)", "-"
        (?:về\s+)?                               # "Về phương hướng …"
        (?:(?:các|những|một\s+số)\s+)?             # "Các chỉ tiêu chủ yếu năm 2026"
        (?:""" + alt("plan_noun") + r""")(?![\p{L}\p{M}])  # the heading opens with a plan noun
        [^.;!?]*$                               # a heading: no sentence stop
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )
    future_marker = regexcache.compile(
        lexicon.B_START + "(?:" + alt("future_marker") + ")" + lexicon.B_END, regex.IGNORECASE
    )
    heading_verb = regexcache.compile(r"^(?P<c>" + lexicon.alternation(verbs) + ")" + lexicon.B_END, regex.IGNORECASE)
    # a headline where its subject resolves on the plan: "Phường Hạc Thành quyết tâm hoàn thành các chỉ tiêu năm 2026",
    # "Đảng bộ xã An Phú quyết tâm thực hiện thắng lợi nghị quyết năm 2026" (the brief's headline that states a
    # plan; opening the line, "Quyết tâm …" is an opening cue already, dev 028)
    headline_resolve = regexcache.compile(
        r"""
        ^(?-i:\p{Lu})[\p{L}\p{M}]*+          # the subject, capitalized: "Phường", "Huyện", "Đảng bộ", "Hà Tĩnh"
        (?:[ \t]+[\p{L}\p{M}\p{N}&./\-]++){0,6}?[ \t]+  # and its name: "Hạc Thành", "xã An Phú", "khu vực 10"
        (?P<c>(?P<resolve>""" + alt("opening_directive") + ")|" + alt("headline_verb") + r""")(?![\p{L}\p{M}])  # resolves:
                                             # "quyết tâm" (group "resolve"), or states its plan: "tập trung"
        (?![ \t]+(?:cao|lớn|chính[ \t]+trị)(?![\p{L}\p{M}]))  # not the noun's qualities ("… quyết tâm cao")
        (?=.*?(?<![\p{L}\p{M}])(?:""" + alt("plan_noun") + r"""|năm[ \t]+\d{4})(?![\p{L}\p{M}]))  # on a plan: tasks, a year
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )
    # "đã thống nhất", "đã nhất trí cao thông qua": an adoption told, the targets after it still set
    # (or discussed, then set: "Hội nghị đã thảo luận và đề ra các chỉ tiêu cơ bản cho năm 2015, trong đó, …"; fresh 26)
    # ("các đại biểu đã thảo luận đề ra nhiều biện pháp …", no word between: fresh 41)
    adopted = regexcache.compile(r"đã\s+(?:thảo\s+luận(?:\s+và|\s*,)?\s+(?:đề\s+ra|xác\s+định)|" + alt("adopt") + ")"
                            + lexicon.B_END, regex.IGNORECASE)
    # "xác định 7 nhóm nhiệm vụ trọng tâm", "đề ra 5 giải pháp chủ yếu" as a whole item: how many tasks were set,
    # no task named (the guideline: a statement that tasks were adopted is none)
    ranked = r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể|cơ\s+bản|chiến\s+lược|lớn))?"  # "trọng tâm", "chủ yếu"
    _COUNTED_SET = (  # "6 nhiệm vụ trọng tâm", "3 khâu đột phá", "16 chỉ tiêu chủ yếu"
        r"\d+\s+(?:nhóm\s+)?(?:" + alt("plan_noun") + r"|khâu\s+đột\s+phá|đột\s+phá(?:\s+chiến\s+lược)?)"
        r"(?![\p{L}\p{M}])" + ranked
    )
    counted_only = regexcache.compile(
        # ("triển khai 18 chỉ tiêu …" in a headline: the targets handed out, counted)
        # (an adverb may follow the verb: "xác định rõ 6 nhóm nhiệm vụ", fresh bl01)
        r"^\s*(?:" + alt("target_set") + r"|triển\s+khai(?=\s+\d))\s+(?:rõ\s+)?(?:"
        # ("đề ra mục tiêu phát triển kinh tế - xã hội với 24 chỉ tiêu cơ bản": the aim named, then how many)
        # ("đề ra mục tiêu tổng quát và 18 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030": the aim and how many, for a term)
        + r"(?:" + alt("plan_noun") + r")(?![\p{L}\p{M}])[^;:,.\d]{0,60}?\s+(?:với|và)\s+\d+\s+"
        + r"|(?:\d+|các|những|một\s+số)\s+)(?:nhóm\s+)?(?:" + alt("plan_noun")
        # (what they are about may be a list of fields: "18 chỉ tiêu phát triển kinh tế - xã hội, quốc phòng - an ninh")
        + r")(?![\p{L}\p{M}])(?:(?:\s+[\p{L}\p{M}]+){0,3}?" + _FIELDS + r"|(?:\s+[\p{L}\p{M}]+){0,3})"
        + r"(?:\s+(?:nhiệm\s+kỳ|giai\s+đoạn)\s+\d{4}\s*[-–]\s*\d{4}|\s+năm\s+\d{4})?\s*[.;]?\s*$"
        # or only counts of what was set, after a split: "…, 6 nhiệm vụ trọng tâm và 3 khâu đột phá"
        # (or had, with their fields: "Trong đó, có 18 nhiệm vụ trọng tâm và 19 chỉ tiêu chủ yếu về phát triển kinh tế,
        # xã hội, quốc phòng, an ninh và xây dựng Đảng"; fresh li02)
        + r"|^\s*(?:có\s+)?" + _COUNTED_SET + r"(?:\s*(?:,|và)\s*" + _COUNTED_SET + r")*" + _FIELDS + r"?\s*[.;]?\s*$"
        # or a count set after a purpose, a year or who set it: "Để thực hiện các mục tiêu trên, Sở đề ra sáu nhóm
        # nhiệm vụ trọng tâm.", "Năm 2026, UBND tỉnh giao ngành 11 chỉ tiêu chủ yếu", "Xác định 3 khâu đột phá" (a
        # heading), "Chủ tịch HĐND tỉnh đề nghị 5 nhóm nhiệm vụ": a lead-in to the items, itself none (train 402, 401;
        # fresh 172, 173; sets long, own). Only with a count: "UBND huyện tập trung các nhiệm vụ …" may be one.
        + r"|^\s*(?:để\s+[^,;:.]{1,100},\s*)?"  # a purpose first ("Để hoàn thành các chỉ tiêu trên,")
        + r"(?:(?:trong\s+)?năm\s+\d{4}\s*,\s*)?"  # a year ("Năm 2026,")
        + r"(?:[\p{L}\p{M}&]+(?:[ \t]+[\p{L}\p{M}&]+){0,5}?[ \t]+)??"  # who set it ("hội nghị", "Sở GD&ĐT")
        + r"(?:" + _SETTING + r"|thống\s+nhất|đề\s+nghị"  # the verb setting them
        + r"|giao(?:\s+cho)?(?:\s+[\p{L}\p{M}]+){1,3}?(?=\s+\d))"  # or handing them out ("giao (cho) ngành")
        + r"\s+(?:\d+|" + lexicon.number_words() + r")\s+(?:nhóm\s+)?"  # how many
        + r"(?:" + alt("plan_noun") + r"|khâu\s+đột\s+phá)(?![\p{L}\p{M}])"  # of what
        + ranked + r"\s*[.;:]?\s*$",
        regex.IGNORECASE,
    )
    # "… 106 tập thể, 296 cá nhân": bodies and people counted as acted upon
    acted_on = regexcache.compile(r"(?<![\p{L}\p{N}.,])\d[\d.,]*\s+(?:" + alt("acted_on") + r")(?![\p{L}\p{M}])", regex.IGNORECASE)
    return TargetRes(
        intro, follow, count, result, stop, link, future, heading_verb, headline_resolve, agenda, target_set, result_item, session,
        plan_heading, future_marker, adopted, counted_only, acted_on,
    )


def _future_opens(s_text: str, future: regex.Match | None, intro: regex.Match | None) -> bool:
    """Whether "sẽ" and a task verb (``future``) open a task in ``s_text``: not after a list's intro, nothing done
    ("đã") before it, and no session's business after it ("Kỳ họp sẽ tập trung đánh giá …, thông qua …": the agenda)."""
    return (future is not None and not intro and not PAST.search(s_text, 0, future.start())
            and not _target_res().session.search(s_text, future.start()))


def _reached(piece: str) -> bool:
    """Whether ``piece`` reports a figure reached (a result item of task_cues.tsv: "đạt và vượt", "vượt chỉ tiêu",
    "so với cùng kỳ"), unless it is striven for ("phấn đấu đạt và vượt …"), an amount to reach follows it ("đạt và
    vượt 10.012 tấn": a target) or its figure is a range ("tăng 8-9% so với cùng kỳ": aimed at, not reached)."""
    done = _target_res().result_item.search(piece)
    return (done is not None and not AMOUNT_AFTER.match(piece, done.end()) and not RANGE_FIGURE.search(piece)
            and not STRIVEN.search(piece, max(0, done.start() - 30), done.start())
            # (nor asked for: "Trong đó, cần tập trung tuyển quân bảo đảm đạt 100% chỉ tiêu, …"; fresh xi1)
            and not MODAL_FIRST.match(piece.lstrip()))


# Targets as the sentence's topic: "Về (các) chỉ tiêu …" (for _may_hold_intro)
TARGETS_TOPIC = regexcache.compile(r"\s*về\s+(?:các\s+)?(?:chỉ|mục)\s+tiêu(?![\p{L}\p{M}])")
# Targets named, then "với" (not "so với") within their clause: "mục tiêu năm 2026 với …" (for _may_hold_intro)
TARGETS_WITH = regexcache.compile(r"(?:mục|chỉ)\s+tiêu[^.;:\n]{0,60}?(?<!so)\s+với\s")


def _may_hold_intro(s: str) -> bool:
    """Whether ``_target_res().intro`` can match in ``s``: it needs a ":", "trong đó", "chủ yếu", "như" or "là" and a ";",
    "như" after "các"/"những" or a setting verb ("… ra"), targets as the topic ("Về chỉ tiêu …") and a ";", or targets
    then "với" (a cheap test first: most sentences have none, and the pattern tries every position)."""
    if ":" in s:
        return True
    low = s.lower()
    if ";" in s and ("chủ yếu" in low or " như " in low or " là " in low):
        return True
    if " như " in low and ("các " in low or "những " in low or " ra " in low):
        return True  # ("những nhiệm vụ … như triển khai …, đẩy mạnh …", "đặt ra kế hoạch, mục tiêu … như nỗ lực …")
    if ";" in s and TARGETS_TOPIC.match(low):
        return True  # ("Về chỉ tiêu … giao trong năm 2026, A; B; C")
    if " với " in low and TARGETS_WITH.search(low):
        return True  # ("thông qua mục tiêu năm 2026 với lợi nhuận … 5.180 tỷ đồng"; not the common "so với")
    return "trong" in low and "đó" in low


# A word (two letters or more): a line without one ("12:01, 18/01/2019") is no headline
WORD = regexcache.compile(r"\p{L}{2,}")


def _wordless(line: str) -> bool:
    """Whether ``line`` holds no word once the page's header date (" date 2025-12") is set aside: a time and date over
    the headline ("12:01, 18/01/2019"), a lone mark. The main pass and ``_dedupe_headlines`` both skip such a line."""
    return not WORD.search(DATE_PREFIX.sub("", line, count=1))


# A line over the headline that is no headline: a dateline ("THỨ BẨY, NGÀY 09 THÁNG 11 NĂM 2024 03:38", "20/01/2024
# 08:45") or a section's label of a few words and no stop ("Công nghiệp", "Thời sự")
DATELINE = regexcache.compile(r"(?i)(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*ngày\s+\d|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}:\d{2}")
SECTION_LABEL_WORDS = 3


# One line at the top of a page, with the line ends (and blank lines) after it
TOP_LINE = regexcache.compile(r"[^\n]*+(?:\n[ \t]*+)+")
# A portal's skip link over its page ("Skip to main content", "Skip Ribbon Commands")
SKIP_LINK = regexcache.compile(r"(?i)\s*skip\s+(?:to\s+(?:main\s+)?content|ribbon\s+commands)\s*$")


PAGE_FOOT_AFTER = 200  # a foot line is looked for this far into the article at least (a sharing bar over it is chrome)


@lru_cache(maxsize=1)
def _page_foot() -> regex.Pattern:
    """A line of the page's foot alone (task_cues.tsv kind page_foot): "Chia sẻ bài viết", "Tin liên quan:"."""
    feet = _cue_words("page_foot")
    return regexcache.compile(r"(?im)^[ \t]*(?:" + lexicon.alternation(feet) + r")[ \t]*:?[ \t]*$")


# A paragraph this long after a foot line is the article's body still: the related-news box set over the body
# ("(Baothanhhoa.vn) - Sáng 16-1, … năm 2020.\n\nTin liên quan\n\nĐọc nhiều\n\n<headline>\n\n<body>", group AH ze1);
# the foot's own lines (related headlines, sharing links) run to 56 words at most in every set and group
BODY_PARAGRAPH_WORDS = 60
LINE = regexcache.compile(r"[^\n]+")  # a line of the text, its break left out


def _page_foot_start(text: str, pos: int) -> int:
    """Where the page's foot starts (its first foot line at or after ``pos`` with no body paragraph after it), or the
    text's length.

    >>> _page_foot_start("Bài viết.\\nTin liên quan\\nXã A tổ chức hội nghị", 0)
    10
    >>> page = "Tin liên quan\\n" + "Năm 2026, xã tập trung phát triển kinh tế. " * 10
    >>> _page_foot_start(page, 0) == len(page)
    True
    """
    last_body = None  # where the text's last body paragraph starts (read once, on the first foot line: each foot line
    # reading the rest of the text again made a page of many foot lines quadratic, 10 s on 185,000 characters)
    for foot in _page_foot().finditer(text, pos):
        if last_body is None:
            last_body = max((line.start() for line in LINE.finditer(text)
                             if len(line.group().split()) >= BODY_PARAGRAPH_WORDS), default=-1)
        if last_body < foot.end():  # (a foot line ends its line: a paragraph after it starts past its end)
            return foot.start()
    return len(text)


# A box of related headlines set inside the body: at least this many short lines in a row, each capitalized with no
# closing stop, after a paragraph of the body (group AL yaq1: "MTTQ tỉnh Lào Cai: Đẩy mạnh công tác tuyên truyền, …" /
# "Phát huy vai trò của Mặt trận …" / "Uỷ ban MTTQ … tỉnh Hải Dương: Hướng dẫn …" between two paragraphs of another
# province's review). A sub-heading stands alone over its paragraph; in every set and group no run of three such lines
# holds a gold task (bulleted targets, "- Phường A phấn đấu …", open on a bullet and are no box)
HEADLINE_BOX_LINES = 3
BOX_AFTER_WORDS = 30  # the body paragraph before the box has at least this many words


def _headline_box(text: str, start: int, end: int) -> set[int]:
    """Starts of the lines of ``text[start:end]`` that belong to a box of related headlines (``HEADLINE_BOX_LINES``).

    >>> body = "Năm 2020, công tác Mặt trận tỉnh có nhiều đổi mới " + "theo hướng tích cực, rõ việc " * 5 + ".\\n\\n"
    >>> box = "Tỉnh A: Đẩy mạnh tuyên truyền\\n\\nPhát huy vai trò của Mặt trận\\n\\nTỉnh B: Hướng dẫn giới thiệu người ứng cử\\n\\n"
    >>> len(_headline_box(body + box + "Năm 2021, Mặt trận tiếp tục vận động.", 0, 10 ** 6))
    3
    >>> len(_headline_box(box + body, 0, 10 ** 6))  # (over the body: the page's own head)
    0
    """
    boxed: set[int] = set()
    run: list[int] = []
    body_seen = False
    for line in LINE.finditer(text, start, end):
        words = line.group().split()
        if not any(w[:1].isalpha() for w in words):
            continue  # a blank or wordless line between the box's lines breaks nothing
        stripped = line.group().strip()
        if (body_seen and len(words) <= HEADING_MAX_WORDS and stripped[:1].isupper()
                and stripped[-1] not in ".:;!?…" and not PHOTO_CREDIT.search(stripped)):  # (a photo's caption is none)
            run.append(line.start())
            continue
        if len(run) >= HEADLINE_BOX_LINES:
            boxed.update(run)
        run = []
        body_seen = body_seen or len(words) >= BOX_AFTER_WORDS
    if len(run) >= HEADLINE_BOX_LINES:
        boxed.update(run)
    return boxed


def _portal_chrome_end(text: str) -> int:
    """Where a portal's chrome over the page ends: past its skip links and the lines set right under them, no blank line
    between: the site's own banner ("Skip to main content\nQuyết tâm thực hiện thắng lợi Nghị quyết Đại hội …", "…
    Chào mừng đến với Cổng thông tin điện tử huyện …"; fresh va01, bi03, bi05, xa02; a blank line after the link, the
    headline follows: dev 067, fresh sd04, tg02, vb02). 0 when the page opens on no skip link."""
    pos = 0
    banner = False
    for _ in range(6):
        line = TOP_LINE.match(text, pos, pos + 200)
        if line is None or not (SKIP_LINK.match(line.group()) or banner):
            break
        banner = line.group().count("\n") == 1
        pos = line.end()
    return pos


def _headline_start(text: str) -> int:
    """Where the headline's line starts: past a portal's chrome (``_portal_chrome_end``), then up to three lines over it
    that hold no word (``_wordless``), a dateline or a section's label ("Công nghiệp\n\nHải Dương phấn đấu …"; fresh,
    several pages)."""
    pos = _portal_chrome_end(text)
    for _ in range(3):
        line = TOP_LINE.match(text, pos, pos + 120)
        if line is None:
            break
        words = line.group().strip()
        if not (_wordless(words) or DATELINE.search(words)
                or (len(words.split()) <= SECTION_LABEL_WORDS and words[-1:] not in ".:;!?…" and not rx(r"\d").search(words))):
            break
        pos = line.end()
    return pos


# A headline's task told again in one clause of the body: its words (at least this many), this share of them in the
# clause (_dedupe_headlines); a clause ends at a sentence's or a list's mark
HEADLINE_TOLD_MIN_WORDS = 4
HEADLINE_TOLD_SHARE = 0.8
CLAUSE_BREAK = regexcache.compile(r"[.;!?\n](?!\d)")
# Words a headline and the body's task share without saying the same thing.
HEADLINE_FILLER = frozenset({"phấn", "đấu", "quyết", "tâm", "năm", "trong", "huyện", "xã", "tỉnh", "của", "và"})


# A headline opening on what was reached ("Hoàn thành vượt mức các chỉ tiêu", "Vượt kế hoạch thu ngân sách", "Đạt
# và vượt 18/20 chỉ tiêu"): a result told, no task (unless it names a year ahead)
# (or carried out to it: "Thực hiện đạt và vượt hầu hết các chỉ tiêu nghị quyết"; fresh qb2)
ACHIEVED_HEADLINE = regexcache.compile(r"(?i)\s*(?:thực\s+hiện\s+)?(?:hoàn\s+thành|vượt|đạt)(?![\p{L}\p{M}])")
# A year closing a text: whole, not cut ("… kế hoạch sản xuất vụ hè thu năm 2015")
WHOLE_YEAR_END = regexcache.compile(r"(?<![\d.,])(?:19|20)\d\d\Z")

# A headline's part after a comma that sets counted things ("xác định 3 khâu đột phá"), and a figure that is no year
SETS_TASKS_AT = regexcache.compile(r"(?i)\s*(?:" + SETS_TASKS + ")")
FIGURE_NOT_YEAR = regexcache.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")

# What keeps a count reached, right before it inside a target: "duy trì 19/19 tiêu chí" (the guideline's "duy trì" is met)
KEPT_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:duy\s+trì|giữ\s+vững)(?:\s+(?:và\s+)?[\p{L}\p{M}]+){0,2}\s*(?:$|\d)")

# A count's own words saying it is reached already ("19 tiêu chí | đã đạt"): no target set
REACHED_ALREADY = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])đã\s+(?:đạt|hoàn\s+thành)(?![\p{L}\p{M}])")


def _targets_counted(text: str, tasks: list[dict], counts: list[dict]) -> bool:
    """A count of indicators inside a task is a target set, outcome "other": "…; xây dựng nông thôn mới đạt 16/19 tiêu
    chí; …" in a list of the term's targets (fresh qs5; the train gold has every count inside a task "other": 080, 401,
    dev 052), not one kept ("duy trì 19/19 tiêu chí": met). Whether any count changed."""
    changed = False
    for c in counts:
        if c["outcome"] in ("other", "not_met") or c.get("breakdown_of") is not None:
            continue  # (a count not met stays: "hoàn thành 2 tiêu chí chưa đạt" names what is still missing, train 605)
        if not any(t["start"] <= c["start"] and c["end"] <= t["end"] for t in tasks):
            continue
        if KEPT_BEFORE.search(text, max(0, c["start"] - 40), c["start"]) or KEPT_BEFORE.search(
                text, c["start"], c["start"] + 20):  # (the outcome word may open the count's own span)
            continue
        if REACHED_ALREADY.search(text, c["start"], c["end"]):
            continue  # "duy trì và nâng cao chất lượng 19 tiêu chí đã đạt": the count names what is reached (fresh um4)
        c["outcome"] = "other"
        changed = True
    return changed


class TaskExtractor:
    def __init__(self, nlp: Language | None = None, name: str = "vnreport_tasks"):
        self.name = name
        self.strong, self.verb, self.intro = _cues()

        verbs = _cue_words("verb", "start_verb")
        # (the task verbs or a word closing the bodies asked to act: built once for the five patterns below that read it)
        verbs_or_ends = lexicon.alternation(verbs + _assignee_words()[0])
        # every directive, soft-directive and list-intro word, without context: a cheap pre-check
        self.any_cue = regexcache.compile(
            lexicon.B_START + "(?:"
            + lexicon.alternation(_cue_words("directive", "soft_directive", "list_intro", "colon_directive", "opening_directive"))
            + ")"
            + lexicon.B_END
            # (an assignment only before the body asked: "giao UBND xã …", not "giao thông")
            + "|" + lexicon.B_START + "(?:" + lexicon.alternation(_cue_words("assign")) + ")(?-i:" + PETITION_OBJECT.pattern + ")",
            regex.I,
        )
        # a lead-in announcing the items after it: "… các nhiệm vụ trọng tâm sau.", "… một số nội dung sau:"
        self.lead_in = regexcache.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(_cue_words("plan_noun", "lead_noun")) + r")"
            + r"(?:\s+[\p{L}\p{M}]+){0,3}?\s+(?:như\s+)?"          # a few qualifiers, "(như)"
            + r"(?<!(?:năm|tháng|quý|kỳ|ngày|tuần|đoạn|lần)\s+)sau\s*[.:]?\s*$",   # "sau" (not "năm sau": next year)
            regex.I,
        )
        # or, closing the sentence, the tasks a body sets itself, not named ("Để hoàn thành các mục tiêu trên, ngành xác
        # định một số nhiệm vụ trọng tâm." then "Trước hết, tập trung …", "Bên cạnh đó, Sở sẽ …"); searched backwards
        # from the end (REVERSE): anchored there, it fails fast instead of trying every start
        self.announced = regexcache.compile(
            lexicon.B_START + r"(?:xác\s+định|đề\s+ra|đặt\s+ra|tập\s+trung\s+vào)\s+(?:một\s+số|các|những|\d+)\s+"
            + r"(?:nhóm\s+)?(?:nhiệm\s+vụ|giải\s+pháp)(?:\s*,\s*giải\s+pháp)?"
            + r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cơ\s+bản|then\s+chốt|quan\s+trọng))*\s*[.:]?\s*$",
            regex.I | regex.REVERSE,
        )
        # an item of a plan section opening with its topic, then a short subject and a task verb: "Về công tác
        # cán bộ, Bộ tập trung kiện toàn …", "Đối với ngành y tế, tiếp tục …", "Riêng lĩnh vực đất đai, Sở sẽ …"
        self.topic_item = regexcache.compile(
            # (or a field: "Lĩnh vực kinh tế: …", "Trong lĩnh vực xã hội, …")
            r"\s*(?:" + TOPIC_WORD + r"""\s+[^,.;:!?\n]{1,60}?[,:]\s*                                    # the topic, closed by a comma or a colon ("Về công nghiệp: …")
            (?:[\p{L}\p{M}\p{N}.–-]+\s+){0,6}?                       # a short subject ("Bộ", "UBND xã")
            |(?-i:\p{Lu})[^,.;:!?\n"“”]{1,50}?:\s*)               # or a label and its colon, the verb right after ("Công tác tuyên truyền: đẩy mạnh …")
            (?:sẽ\s+)?
            (?:(?<=:\s{0,3})|(?=(?-i:\p{Ll})))                       # the verb in lower case, but after a colon (capitalized
                                                                 # inside the subject, it is a name's: "Sở Kế hoạch và Đầu tư")
            (?P<c>""" + lexicon.alternation(_cue_words("verb", "start_verb", "section_verb")) + ")" + lexicon.B_END,
            regex.VERBOSE | regex.I,
        )
        # a period of the plan anywhere in a paragraph ("6 tháng cuối năm"): a cheap pre-check
        self.any_period = regexcache.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(_cue_words("period")) + ")" + lexicon.B_END, regex.I
        )
        # a piece ending in a task verb has no object of its own ("tiếp tục đẩy mạnh", "cần nỗ lực")
        self.bare_verb_end = regexcache.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(verbs + BARE_VERBS) + r")\s*$",
            regex.I | regex.REVERSE,
        )
        # any task verb, anywhere
        self.any_verb = regexcache.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(verbs + ["làm"]) + ")" + lexicon.B_END, regex.I
        )
        # a soft cue at a clause start ("phấn đấu")
        self.soft = regexcache.compile(lexicon.B_START + "(?:" + lexicon.alternation(_cue_words("soft_directive")) + ")" + lexicon.B_END, regex.I)
        # a request proper ("đề nghị", "yêu cầu"), not a soft cue ("phấn đấu")
        self.request = regexcache.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(_cue_words("directive")) + ")" + lexicon.B_END, regex.I
        )
        # in a plan section, a paragraph opening with one of these verbs is an item too ("Phối hợp với …")
        self.section_verb = regexcache.compile(
            r"^\s*(?:" + lexicon.alternation(_cue_words("section_verb")) + ")" + lexicon.B_END
            # ("Lãnh đạo Huyện ủy Tiền Hải trao giấy khen …", "lãnh đạo phường Hạnh Thông khen thưởng …": the leaders of a
            # body named after it, a noun; "lãnh đạo các chi bộ …", "lãnh đạo tổ chức thành công …" stay verbs)
            + r"(?<!(?<![\p{L}])lãnh\s+đạo(?=\s+(?:(?:" + LEADER_LEVELS + r")(?![\p{L}\p{M}])"
            r"|(?-i:\p{Lu}))))",  # (the level word alone too: "Lãnh đạo phường quán triệt …", fresh pe04)
            regex.I,
        )
        # a sentence going on from one that names the plan ("… nhấn mạnh một số nhiệm vụ trọng tâm năm 2023." /
        # "… thông qua Nghị quyết Đại hội …."), opening with "Theo đó", "Trong đó", "Cụ thể" and a task verb:
        # "Theo đó, tiếp tục lãnh đạo …", "Trong đó thường xuyên đôn đốc …" (train 004, 046; sets D, G, K)
        self.follow_up = regexcache.compile(
            r"(?:^|(?<=[.!?]))\s*(?:(?P<so>theo\s+đó|trong\s+đó)|cụ\s+thể(?:\s+là)?)\s*[,:]?\s*"
            # (who acts may come first: "Theo đó, Ban Chấp hành Đảng bộ huyện Hàm Yên tập trung …", or after "Theo đó" a
            # level's word: "Theo đó tỉnh tiếp tục xiết chặt …", fresh ep01, or after "Trong đó": "… thông qua nhiệm vụ năm
            # 2019 và xác định các giải pháp. Trong đó huyện tiếp tục đầu tư …", fresh pj1; not "Cụ thể, xã thực hiện
            # vượt 25/69 chỉ tiêu", train 614)
            r"(?:(?-i:\p{Lu})[\p{L}\p{M}\p{N}.&/–-]*(?:\s+[\p{L}\p{M}\p{N}.&/–-]+){0,9}?\s+"
            r"|(?(so)(?:(?:toàn\s+)?(?:" + LEADER_LEVELS + r"|ngành|sở))\s+|(?!)))?"
            r"(?=(?:" + lexicon.alternation(_cue_words("verb", "start_verb", "section_verb")) + ")" + lexicon.B_END + ")",
            regex.I,
        )
        # what a meeting agreed to do: "Ban Thường vụ thống nhất tập trung lãnh đạo …", "Tỉnh ủy thống nhất chỉ đạo tiếp
        # tục …" (train 636); the task opens at the verb agreed ("thống nhất các nhiệm vụ …", "thống nhất thông qua …"
        # name none)
        # (also through the direction agreed: "kỳ họp thống nhất định hướng năm 2026 tiếp tục huy động nguồn lực …")
        self.agreed = regexcache.compile(
            # (not a name: "Phường Thống Nhất triển khai …", "xã Nhất Trí")
            r"(?<![\p{L}])(?:(?-i:[tT]hống\s+nhất)|(?-i:[nN]hất\s+trí))(?:\s+cao)?\s+"
            r"(?:(?:định|phương)\s+hướng(?:\s+(?:trong\s+)?(?:năm\s+(?:\d{4}|tới)|thời\s+gian\s+tới))?\s+(?:là\s+)?)?"
            # (or the year agreed for, then who acts: "hội nghị đã thống nhất trong năm 2022, Ủy ban MTTQ các cấp tập
            # trung …", fresh qi2)
            r"(?:(?:trong\s+)?năm\s+\d{4}\s*,\s*(?:[^,.;:!?\n]{1,60}?\s+)?)?"
            r"(?P<c>(?:"
            + lexicon.alternation(_cue_words("verb", "start_verb") + ["chỉ đạo"]) + ")" + lexicon.B_END + ")",
            regex.I,
        )
        self.names_plan = regexcache.compile(
            lexicon.B_START + "(?:" + lexicon.alternation(_cue_words("plan_noun") + ["nghị quyết"]) + ")" + lexicon.B_END, regex.I
        )
        # a request to a higher level or to others ("kiến nghị", "mong muốn"): only before whom it asks
        self.petition = regexcache.compile(lexicon.alternation(_cue_words("petition")), regex.I)
        # a commitment ("cam kết"): a request only before ("sẽ" and) a task verb
        self.commitment = regexcache.compile(lexicon.alternation(_cue_words("commitment")), regex.I)
        self.committed_verb = regexcache.compile(
            r"(?:sẽ\s+\p{L}|(?:" + lexicon.alternation(_cue_words("commitment_verb")) + ")" + lexicon.B_END + ")", regex.I)
        # what a speaker stresses after ":" is a request when a time of the plan, then the bodies and their
        # verb follow: "nhấn mạnh: trong năm học mới, các trường chủ động rà soát …", "nhấn mạnh: thời gian
        # tới, UBND huyện, các ngành huy động nguồn lực …" (not "nhấn mạnh: Trong 5 năm qua, Đảng bộ đã …")
        self.reported_request = regexcache.compile(
            r"""\s*:\s*
            (?:(?:trong\s+)?(?:năm\s+\d{4}|năm\s+(?:học\s+)?mới|năm\s+tới|thời\s+gian\s+tới|giai\s+đoạn\s+tới)\s*,\s*)?
            (?:trên\s+cơ\s+sở[^,.;:]{0,60},\s*)?              # "Trên cơ sở những kết quả đạt được,"
            """ + ASSIGNEE_HEAD + r"""[^.;:]{0,80}?\s           # the bodies asked ("các trường", "UBND huyện, các cấp")
            (?:""" + verbs_or_ends + r")" + lexicon.B_END,
            regex.VERBOSE | regex.IGNORECASE,
        )
        # "nhấn mạnh: việc X có ý nghĩa quan trọng": the worth of an action told (kind evaluation), no request
        self.evaluated = regexcache.compile(
            r"\s*:?\s*việc\s[^,.;:]*?" + lexicon.B_START + "(?:" + lexicon.alternation(_cue_words("evaluation")) + ")" + lexicon.B_END,
            regex.IGNORECASE,
        )
        # "lưu ý" right before the bodies asked and their verb asks too: "Bí thư Huyện ủy lưu ý các xã sớm hoàn thiện …"
        # ("nhấn mạnh" there more often reports a view: it still needs the colon above)
        self.noted_request = regexcache.compile(
            r"\s+" + ASSIGNEE_HEAD + r"[^.;:]{0,80}?\s(?:" + verbs_or_ends + ")"
            + lexicon.B_END,
            regex.IGNORECASE,
        )
        # a request, a comma, then the coming period, whom it asks and a task verb: "đề nghị, năm 2024 ngành
        # tiếp tục khắc phục …", "yêu cầu, thời gian tới các địa phương tập trung …"
        # (or, with no period, the bodies asked and their verb: "yêu cầu, các sở, ngành, địa phương quyết liệt …")
        self.comma_request = regexcache.compile(
            r"""\s*,\s*
            (?:(?:để|nhằm)\s+[^.;:]{0,120}?(?:thời\s+gian\s+tới|năm\s+\d{4}|năm\s+tới)\s*,\s*)?  # a purpose of the period first:
                                                               # "yêu cầu, để bảo đảm nhiệm vụ thu … trong thời gian tới, Sở Tài
                                                               # chính chủ trì …" (fresh si3)
            (?:
              (?:(?:ngay\s+)?(?:trong|từ)\s+)?(?:năm\s+\d{4}|năm\s+(?:học\s+)?mới|năm\s+tới|thời\s+gian\s+tới|giai\s+đoạn\s+tới)\s*,?\s*  # ("ngay từ năm 2026,")
              (?:""" + ASSIGNEE_HEAD + lexicon.NO_STOP + r"""{0,60}?|""" + lexicon.NO_STOP_OR_COMMA + r"""{0,40}?)(?<=\s)  # whom it asks ("ngành", "các địa phương"; bodies
                                                               # listed with commas: "các cấp ủy, chính quyền")
              (?:""" + lexicon.alternation(verbs) + r""")
            | """ + ASSIGNEE_HEAD + lexicon.NO_STOP + r"""{0,60}?\s           # the bodies asked ("các sở, ngành, địa phương";
                                                               # "TP. Biên Hòa": an abbreviation's dot is no stop)
              (?:""" + verbs_or_ends + r""")
            | (?:""" + lexicon.alternation(verbs) + r""")         # or what is asked, at once ("yêu cầu, tăng cường …")
              (?![^.;]{0,80}?được\s+\d)                      # (not a result: "kêu gọi, huy động … được 1 tỷ đồng")
            )""" + lexicon.B_END,
            regex.VERBOSE | regex.IGNORECASE,
        )
        # a sentence naming the plan, then "là" and what it is: "Nhiệm vụ trọng tâm năm 2026 là …",
        # "Mục tiêu năm 2026 của xã là …"
        def plan_statement(copula: str) -> regex.Pattern:
            return regexcache.compile(
                r"""^\s*(?:[-+•*]\s*)?(?:về\s+)?               # an optional bullet, "Về"
                (?:\((?-i:\p{Lu})[^()\n]{0,30}\)\s*[-–—]?\s*)?  # an outlet's tag before the lead: "(ĐN)- " (fresh 24)
                (?:(?:vì\s+vậy|do\s+đó|vì\s+thế|theo\s+đó|đồng\s+thời|bên\s+cạnh\s+đó|trước\s+tình\s+hình\s+(?:này|đó|trên))\s*,\s*
                  |trong\s+đó\s*,\s*(?=(?:các\s+|những\s+)?(?:mục|chỉ)\s+tiêu))?
                                  # "Vì vậy, mục tiêu … là", "Trước tình hình này, nhiệm vụ quý IV là …", "Trong đó, mục
                                  # tiêu cụ thể của ngành công thương là …" (fresh fj02; not "Trong đó, trọng tâm là …"
                                  # after what was done, fresh lf02)
                (?:theo\s+(?-i:\p{Lu})[^,.;:!?\n]{1,60},\s*)?   # who states it: "Theo Thường trực Ban Bí thư, …"
                (?:(?:trong\s+)?năm\s+(?:19|20)\d\d\s*,\s*)?      # "Năm 2021, Ban Thường vụ … đặt ra các nhiệm vụ …"
                # a speaker who states it ("Chủ tịch UBND tỉnh A cho rằng, ưu tiên hàng đầu trong nhiệm vụ của năm
                # 2024 là …")
                (?:[^.;:!?\n]{0,100}?(?:cho\s+rằng|cho\s+biết|khẳng\s+định|nêu\s+rõ)\s*[,:]\s*)?
                (?:(?:trong\s+)?năm\s+(?:19|20)\d\d\s*,?\s*)?      # "… cho biết, năm 2019 nhiệm vụ của … là" (set AR)
                (?:(?:[\p{L}\p{M}\p{N}.]+\s+){1,8}?(?:xác\s+định|đề\s+ra|đặt\s+ra)\s+)?   # who sets it ("Bộ xác định …")
                (?:(?:ưu\s+tiên\s+hàng\s+đầu|việc\s+cần\s+làm\s+ngay)\s+(?:trong|của)\s+(?:các\s+)?)?  # the first of them
                (?:một\s+trong\s+)?(?:các\s+|những\s+)?(?:nhóm\s+)?(?:""" + lexicon.alternation(_cue_words("plan_noun")) + r"""
                |trọng\s+tâm)(?![\p{L}\p{M}])   # the plan noun (or the focus: "Trọng tâm là tiếp tục …")
                                # (or one of them: "một trong những nhiệm vụ quan trọng hàng đầu được xác định là …";
                                # or their groups: "Các nhóm chỉ tiêu và nhiệm vụ cụ thể là …", fresh kw04)
                (?:[^.;:,!?\n]|,(?=\s*(?-i:\p{Ll}))){0,80}?
                (?:\s*,\s*(?:[\p{L}\p{M}\p{N}.&]+\s+){1,6}?xác\s+định)?   # (or a body defining it after a comma: "Một trong
                                # những nhiệm vụ trọng tâm trong năm 2024, Sở GTVT xác định là …"; fresh 148)
                \s+(?:đó\s+)?""" + copula + r"""\s+(?:[“"]\s*)?   # its qualifiers ("trọng tâm năm
                                # 2026", "cấp bách, đặc biệt quan trọng hiện nay"; not a comma before a body named:
                                # "Về mục tiêu xuất khẩu, Chính phủ đề ra là …"), then the copula
                                                                  # ("… đó là"), and a quotation it may open ("… là
                                                                  # “Huy động mọi nguồn lực …; khai thác …”", fresh ci05)
                """,
                regex.VERBOSE | regex.IGNORECASE,
            )

        self.plan_is = plan_statement("là")
        # the same with "nhằm" ("mục tiêu tổng quát của nghị quyết nhằm hoàn thiện …"); two patterns, each with its
        # copula as a literal the engine looks for first (an alternation of the two ran three times slower)
        self.plan_aims = plan_statement("nhằm")
        # a body opening a sentence, then its verb: "Sở Y tế khẩn trương …", "Chi cục Kiểm lâm phối hợp …"
        self.org_subject = regexcache.compile(
            # (an optional "Riêng"/"Còn"/"Đối với"/"Về phía" first: "Riêng UBND các xã tăng cường …", "Về phía Ngân hàng
            # Chính sách xã hội tiếp tục tranh thủ …", group AV zdr3)
            # (or a linking adverbial: "Bên cạnh đó, các xã tăng cường …", "Đồng thời, UBND huyện chỉ đạo …", "Đặc biệt,
            # địa phương tập trung toàn lực …")
            r"^\s*(?:[-+•*]\s*)?(?:(?:riêng|còn|đối\s+với|về\s+phía)\s+|(?:bên\s+cạnh\s+đó|đồng\s+thời|ngoài\s+ra|"
            r"cùng\s+(?:với\s+)?đó|mặt\s+khác|trong\s+đó|cụ\s+thể|đặc\s+biệt)\s*,\s*)?"
            # (or a province named alone, resources/places.txt, as written: "Yên Bái quan tâm, phát triển toàn diện …"
            # after "Năm 2024, Yên Bái tập trung …", group BD ea3)
            r"(?:" + ASSIGNEE_HEAD + r"|(?-i:" + lexicon.provinces() + r")(?![\p{L}\p{M}]))[^.;:,]{0,60}?"
            # (more bodies, each after a comma: "Ủy ban MTTQ phường, các tổ chức chính trị - xã hội đẩy mạnh …")
            r"(?:\s*,\s*" + ASSIGNEE_HEAD + r"[^.;:,]{0,60}?){0,4}\s+(?P<c>"
            + verbs_or_ends + ")" + lexicon.B_END,
            regex.I,
        )
        # "Năm 2026, Đà Nẵng tập trung …": the leading year (a later one: ``directions``), a short
        # subject, then a task verb
        self.verb_after_year = regexcache.compile(
            # (or a term, "Trong nhiệm kỳ 2025-2030,": tried only where directions hold, as the leading year is; a
            # term's sentence gives them when ``_coming_lead`` finds it the term of the congress reported, and a "đã"
            # before the verb still tells what was done)
            r"(?:" + LEADING_YEAR.pattern + r"|" + _future_adverbial().pattern + r"|" + TERM_LEAD_SRC + r"|"
            + PERIOD_LEAD_SRC + r")"
            + r"""\s*(?:(?:[\p{L}\p{M}\p{N}.&/–-]+|\([^()\n]{1,40}\))(?:,(?=[ \t]+(?-i:\p{Lu})))?\s+){0,16}?   # the subject: a
                                                           # few words ("ngành LĐTB&XH", "Ban Chấp hành Hội Nông dân
                                                           # tỉnh"), a comma only inside a name ("ngành Văn hóa, Thể
                                                           # thao và Du lịch"), a bracket after it ("huyện Lang Chánh
                                                           # (Thanh Hóa)"; group AH ze3)
            (?<!(?<![\p{L}])(?:được|bị)\s+)                  # (not passive: "Năm 2026 được xác định là năm …" describes)
            (?:(?<=[,:]\s{0,3})|(?=(?-i:\p{Ll})))              # in lower case after its subject (capitalized, a word of the
                                                           # body's name: "thời gian tới, Ban Quản lý khu kinh tế …")
            (?:xác\s+định\s+)?                               # what it resolves on: "… xác định tiếp tục đổi mới …"
            (?P<c>(?:phấn\s+đấu\s+)?""" + lexicon.alternation(verbs) + ")" + lexicon.B_END,  # (the resolve before the verb
            # is the task's: "… (Thanh Hóa) phấn đấu hoàn thành 27 chỉ tiêu")
            regex.VERBOSE | regex.IGNORECASE,
        )
        # or a listed body, commas and all ("Năm 2020, Sở Lao động, Thương binh và Xã hội tỉnh tập trung …"): tried
        # after the year's adverbial only (the list of bodies is long)
        self.body_then_verb = regexcache.compile(
            r"\s*(?:" + lexicon.alternation(list(lexicon.organizations())) + r")(?![\p{L}\p{M}])"
            r"(?:\s+[\p{L}\p{M}.–-]+){0,3}?\s+" + LOWER_AHEAD + r"(?P<c>" + lexicon.alternation(verbs) + ")" + lexicon.B_END,
            regex.IGNORECASE,
        )
        # or bodies listed with commas ("Trong 6 tháng cuối năm, các cấp ủy Đảng, chính quyền, mặt trận và các đoàn thể
        # sớm hoàn thành …"; set AZ): each opens with a body's head word, as for ``org_subject``
        self.bodies_then_verb = regexcache.compile(
            r"\s*" + BODY_OR_PEOPLE_HEAD + r"[^.;:,\d]{0,40}?(?:\s*,\s*" + BODY_OR_PEOPLE_HEAD + r"[^.;:,\d]{0,60}?){1,5}\s+"
            + LOWER_AHEAD + r"(?P<c>"
            + verbs_or_ends + ")" + lexicon.B_END,
            regex.I,
        )
        actors = lexicon.alternation(_cue_words("actor"))
        # a short subject then a task verb ("các địa phương bố trí …", "mỗi thầy cô giáo phải …")
        self.subject_verb = regexcache.compile(
            r"\s*(?:[\p{L}\p{M}\p{N}.–-]+\s+){1,6}?(?:" + lexicon.alternation(verbs + ["bố trí", "phải", "cần"]) + ")"
            + lexicon.B_END,
            regex.I,
        )
        self.verb_after_actor = regexcache.compile(
            # the actor, then as few words of its name or level as reach a verb ("huyện Ngân Sơn",
            # "Đảng bộ xã"; capitals case-sensitive)
            r"^[^;:]{0,120}?,\s*(?:" + actors + r")(?:\s+(?:(?-i:\p{Lu})[\p{L}\p{M}]*|" + actors + r"))*?\s+" + LOWER_AHEAD
            + r"(?P<c>"
            + lexicon.alternation(verbs) + ")" + lexicon.B_END,
            regex.I,
        )

    def __call__(self, doc: Doc) -> Doc:
        items = self.match(doc)
        years = years_of(doc)
        named = plan_named_by_tasks(years, items)
        if named is not None:
            # "Năm 2023, tạo đà để thực hiện thắng lợi …" heading a review of 2022 that names no plan otherwise: the
            # year its tasks are set for is the plan year (written back for the document), and the tasks without a
            # year of their own take it
            set_years(doc, Years(years.published, years.report_year, named, years.plan_period))
            items = self.match(doc)
        for item in items:
            self.set_annotations(doc, item)
        if _targets_counted(doc_text(doc), items, items_of(doc, "indicator_counts")):
            refresh_payloads(doc, "indicator_counts")
        return doc

    def match(self, doc: Doc) -> list[dict]:
        text = _relined(doc_text(doc))  # (same length: offsets hold)
        years = years_of(doc)
        plan_year = years.plan_year
        report_year = years.report_year
        published = years.published
        res = _target_res()
        t_intro, t_count, t_result = res.intro, res.count, res.result
        # the latest year the article names: a leading "Năm 2026," at least as late opens directions
        years = [int(m.group()) for m in YEAR.finditer(text)]
        latest = max(years) if years else None
        text_end = len(text.rstrip())
        reviewed = _reviewed(text)  # "sơ kết quý III": "Quý III, …" then reports; "thường kỳ tháng 2": "Tháng 3, …" plans

        def is_future(year: int) -> bool:
            """A year after the one reported on (or, when none is known, the plan year or one after it; with neither,
            the article's latest: not a term's end, "nhiệm kỳ 2025 - 2030", over a plan for 2026 that reports nothing)."""
            if report_year:
                return year > report_year
            return year >= plan_year if plan_year else year == latest

        published_year = int(published[:4]) if published and published[:4].isdigit() else None

        def period_ahead(first: int) -> bool:
            """A period of years starting after the year reported ("Giai đoạn 2021-2025," in a review of 2020), or, none
            reported, not before the article's date ("Giai đoạn 2022-2030," dated May 2022)."""
            return is_future(first) or (report_year is None and published_year is not None and first >= published_year)

        out: list[dict] = []
        scope = False  # inside a run of directive sentences (it may go on in the next paragraph)
        pending = None  # (start, end) of a sentence with no cue after a direction: an item if the next one is a task
        list_open = False  # the line before ended in a directive or list intro and ":"
        targets_open = False  # the paragraph before ended inside a list of targets
        section = False  # inside a plan section: after a plan heading or a lead-in line ending in ":"
        counted_before = False  # the last sentence of the paragraph before counted the targets set
        para_before = ""  # the paragraph before (for "Theo đó, …" after one naming a plan)
        first_line = True  # the page's first line of text, its headline if it has one
        # (a portal's skip link and banner over the headline: no line of the article)
        head_start = _portal_chrome_end(text)
        foot_start = _page_foot_start(text, head_start + PAGE_FOOT_AFTER)
        boxed = _headline_box(text, head_start, foot_start)
        for para in PARAGRAPH.finditer(text):
            p_start = para.start()
            p_text = para.group()
            if para.end() <= head_start:
                continue
            if p_start >= foot_start:
                break  # "Chia sẻ bài viết", "Tin liên quan": the page's foot, no more of the article
            if p_start in boxed:
                continue  # a line of a box of related headlines inside the body: no line of the article
            # (a line of no words, a time and date over the headline: "12:01, 18/01/2019", is none: the headline follows)
            wordless = _wordless(p_text)
            headline, first_line = first_line and not wordless, first_line and wordless
            date = DATE_PREFIX.match(p_text)
            if date:  # " date 2025-12 Xã A phấn đấu …": the headline starts after the date
                p_start, p_text = p_start + date.end(), p_text[date.end() :]
            tag = OUTLET_TAG.match(p_text)
            if tag:  # "(GLO)- Để hoàn thành nhiệm vụ năm 2026, yêu cầu đặt ra là phải …": the lead starts after the tag
                p_start, p_text = p_start + tag.end(), p_text[tag.end() :]
            if len(p_text.split()) < 3:
                continue  # an empty line, a photo file name, a number: no state changes
            if CREDIT_LINE.match(p_text):
                continue  # "Thực hiện: Đài Truyền thanh - Truyền hình huyện": who made the report (set AY)
            if ASCII_SLUG.fullmatch(p_text):
                continue  # "nganh du lich bac lieu phan dau dat 2200 ty dong": a page's image text, no diacritics
            if (len(p_text.split()) <= CREDITED_CAPTION_MAX_WORDS and PHOTO_CREDIT.search(p_text)
                    and self._directive(p_text) is None):
                # "Huyện A tiếp tục thực hiện các dự án trọng điểm trong năm 2019. (Ảnh: B)": a photo's caption (one
                # quoting a request still asks: "Phó Thủ tướng: Các bộ, ngành cần chăm lo … Ảnh: VGP")
                continue
            # (carried over a subheading, a line with no sentence mark: "… kế hoạch … năm 2024, với một số mục tiêu." then
            # "Phấn đấu giá trị sản xuất … đạt 139-140 triệu đồng" then "Cụ thể, A; B; C"; fresh mp02)
            line = p_text.strip()
            subheading = bool(line) and line[-1] not in ".:;!?…" and "\n" not in line and len(line.split()) <= HEADING_MAX_WORDS
            counted_here, counted_before = counted_before, counted_before and subheading
            # "Hội nghị thông qua kế hoạch 6 nhiệm vụ trọng tâm năm 2026." then "Theo đó, Hội tập trung …": the plan's
            # content follows (the paragraph before read only when this one opens so)
            follows_plan = (FOLLOWS_PLAN.match(p_text) is not None and bool(self.names_plan.search(para_before))
                            and bool((plan_year and str(plan_year) in para_before) or COMING_WORDS.search(para_before)))
            # "… yêu cầu các sở, ngành tập trung thực hiện tốt một số nhiệm vụ." (or "… giao một số việc cụ thể:") closing
            # the paragraph before: a lead-in, its items the ordinal or bulleted paragraphs after it (fresh 231, 215)
            after_lead_in = bool(para_before) and _lead_in_request().search(para_before) is not None
            para_before = p_text
            bullet = BULLET.match(p_text)
            if after_lead_in and bullet:
                list_open = True
            elif after_lead_in and (ordinal := LEAD.match(p_text)) is not None and ordinal.group("ord"):
                section = True
            if list_open and bullet and SUBHEADING.match(p_text):
                continue  # "1. Về kinh tế" between "… nhiệm vụ trọng tâm sau:" and its items: a topic, no item
            if list_open and bullet:  # "yêu cầu …:" then "- A;", "- B;": one task per item
                if plan_year and _compares_before(p_text, plan_year - 1):
                    list_open = False  # "- Giá trị sản xuất … tăng 8,5% so năm 2017" (plan 2019): the report's results
                    continue
                for a, b in self._items(p_text, bullet.end()):
                    if len(p_text[a:b].split()) >= 3:
                        out.append(self._task(doc, p_start + a, p_start + b, plan_year, "task.list_item"))
                continue
            list_open = False
            if section:
                counted_group = COUNTED_GROUP.match(p_text)
                if SUBHEADING.match(p_text) or (counted_group and not p_text[counted_group.end():].strip()):
                    continue  # "1. Về phát triển đội ngũ:", "8 chỉ tiêu xã hội gồm:": a topic of the section, no item
                if self._plan_heading(p_text, is_future):
                    continue  # "Nhiệm vụ trọng tâm năm 2026" after the targets' list: the next part of the plan
                past_year = LEADING_YEAR.match(p_text)
                if past_year and not is_future(int(past_year.group("y"))):
                    section = False  # "Năm 2017, Huyện ủy tập trung …" in the review of 2017: what was done, no item
                elif self._section_item(p_text, bullet):
                    # "Phương hướng, nhiệm vụ năm 2026" (or "… phấn đấu:") then one line per item
                    first = bullet.end() if bullet else 0
                    if counted_group:  # "7 chỉ tiêu về kinh tế: A; B; C": the items follow the group's colon
                        first = counted_group.end()
                    first += _ordinal_len(p_text[first:])  # "Một là, tiếp tục …": the task starts at its verb
                    joined = LEAD.match(p_text, first)
                    if joined and not joined.group("ord"):
                        first = joined.end()  # "Bên cạnh đó, Sở sẽ đổi mới …": not its connective
                    if not bullet and not counted_group:
                        # "Năm 2024, huyện phấn đấu đạt và vượt 20 chỉ tiêu chủ yếu, trong đó: A; B" under the plan
                        # heading: the items follow the list's own colon
                        own = self._own_list_start(p_text)
                        if own and p_text[own:].strip():  # (items after it in the paragraph; a colon closing it opens lines)
                            # (a sentence before the one opening the list is an item of the section: "Ngành tiếp tục
                            # thực hiện cơ cấu lại …. Các chỉ tiêu chủ yếu: A; B")
                            opening = list(SENTENCE.finditer(p_text, first, own))
                            if len(opening) > 1:
                                out.extend(self._target_items(
                                    doc, p_text, p_start, first, opening[-1].start(), plan_year, text_end,
                                    rule="task.plan_section",
                                ))
                            first = max(first, own)
                    topic = self.topic_item.match(p_text, first)
                    if topic:
                        first = topic.start("c")  # "Về công tác cán bộ, Sở tập trung …": at its verb
                    out.extend(self._target_items(
                        doc, p_text, p_start, first, len(p_text), plan_year, text_end,
                        rule="task.plan_section",
                    ))
                    continue
                if SUBHEADING.match(p_text):
                    continue  # "Về kinh tế:", "2. Lĩnh vực văn hóa - xã hội": the section goes on
                section = False
            if self._plan_heading(p_text, is_future):
                section = True
                continue
            lead_year = LEADING_YEAR.match(p_text)
            if (targets_open and self._target_paragraph(p_text) and not p_text.rstrip().endswith(":")
                    and not (lead_year and not is_future(int(lead_year.group("y"))))
                    # (nor one opening on another year ahead: "Phấn đấu đến hết năm 2022, … lũy kế 145/182 xã." then "Sang
                    # năm 2023, tỉnh sẽ phấn đấu …": that year's own targets, read below; fresh ny01)
                    and not (lead_year and plan_year is not None and int(lead_year.group("y")) > plan_year)
                    # (nor one whose first sentence tells a year before the plan reached: "Tỷ lệ bao phủ BHYT … năm 2017
                    # đạt 83,06%, vượt 6% …" after the 2018 targets; group AQ zcd3)
                    and not (plan_year is not None and any(
                        int(y.group("y")) < plan_year
                        for y in YEAR_REACHED.finditer(p_text, 0, _first_sentence_end(p_text))))
                    # (nor one opening a list of its own: "Năm 2017, thành phố đề ra 11 chỉ tiêu chủ yếu gồm: A; B"
                    # after a list of tasks; its items start after the colon, below; set AY)
                    and not (_may_hold_intro(p_text) and _target_res().intro.search(p_text))):
                # (not "Năm 2025, xã đạt 17/19 tiêu chí …" after the list: the report year, a result)
                # (a line ending in ":" opens a list of its own: "Để hoàn thành …, phường tập trung 5 nhóm giải pháp:")
                # "… đề ra 18 chỉ tiêu: A; B" then, after a photo, "C đạt 98%; D 17/19 xã": the list goes on
                out.extend(self._target_items(doc, p_text, p_start, 0, len(p_text), plan_year, text_end))
                continue
            if targets_open and ((len(p_text.split()) <= CAPTION_MAX_WORDS and not p_text.rstrip().endswith("."))
                                 or PHOTO_CREDIT.search(p_text)):
                continue  # a photo caption ("Quang cảnh hội nghị", "… - Ảnh: VGP") between two parts of the list
            if targets_open:
                # "… Trong đó, tập trung A, B." then "Bên cạnh đó, đẩy mạnh C; bảo đảm D": the tasks go on
                joined = LEAD.match(p_text)
                if joined and not joined.group("ord") and self.verb.match(p_text[joined.end() :]):
                    scope = True
                elif (p_text[:1].isupper() and self._opens_on_task_verb(p_text)
                      and not PAST.search(p_text)):
                    scope = True  # "…: A; B; C." then, after a photo, "Thực hiện quyết liệt D; E": the list goes on
                elif self.topic_item.match(p_text) and not PAST.search(p_text):
                    scope = True  # "… đề ra 21 chỉ tiêu năm 2026, trong đó A; B." then "Trong lĩnh vực nông nghiệp, phường
                    # tiếp tục duy trì …": the plan goes on field by field
            targets_open = False
            if (self._is_heading(p_text) and FIGURE_REACHED.search(p_text) and not AIMED.search(p_text)
                    and self._result_then_task(line, HEADLINE_KICKER.match(line), HEADING_MAX_WORDS) is None):
                scope = False  # "Giải quyết khiếu nại, tố cáo đạt tỷ lệ 95,2%": a sub-heading over results
                continue
            heading = self._heading(p_text, HEADLINE_MAX_WORDS if headline else HEADING_MAX_WORDS)
            if heading is not None:  # "Tập trung đẩy nhanh giải ngân vốn đầu tư công" as a (sub)headline
                a, b = heading
                named = [int(y.group()) for y in YEAR.finditer(p_text, a, b)]
                if named and plan_year is not None and all(y < plan_year for y in named):
                    continue  # "SAWACO: Hoàn thành xuất sắc nhiệm vụ năm 2018" over a review of 2018, planning 2019:
                    # what was done (not a mid-year headline's "… các mục tiêu năm 2024")
                if ACHIEVED_HEADLINE.match(p_text, a, b) and not any(plan_year is not None and y >= plan_year for y in named):
                    continue  # "Hoàn thành vượt mức các chỉ tiêu", "Vượt kế hoạch thu ngân sách": a headline telling what
                    # was reached (no year ahead named; fresh 50, 69, 73 annotated none of them; a past term named,
                    # "Thực hiện đạt và vượt … các chỉ tiêu nghị quyết nhiệm kỳ 2010-2015", fresh qb2)
                # one task per part a ";" separates ("Tập trung thực hiện thắng lợi nhiệm vụ năm 2019; chuẩn bị tốt
                # cho công tác Đại hội …": guideline, tasks split at semicolons)
                for part in rx(r"[^;]+").finditer(p_text, a, b):
                    pa, pb = strip_span(p_text, part.start(), part.end(), " \t")
                    if pb > pa and not _target_res().counted_only.match(p_text, pa, pb):
                        # (not a count set as a sub-heading: "Xác định 3 khâu đột phá")
                        out.append(self._task(doc, p_start + pa, p_start + pb, plan_year, "task.headline"))
                continue
            lead = LEADING_YEAR.match(p_text)
            future_year = bool(lead) and is_future(int(lead.group("y")))
            # (a paragraph opening on the year reported tells what was done in it, whatever later year it names: "Trong
            # năm 2024, tham mưu …. Triển khai … gọi công dân nhập ngũ năm 2025. Tổ chức tập huấn …", fresh 51)
            reported_lead = bool(lead) and report_year is not None and int(lead.group("y")) == report_year != plan_year
            # (unless a later sentence opens on the year ahead: "… Năm 2015, toàn ngành tiếp tục …"; the directions start
            # there, the sentences before it tell the year reported: "Năm 2020, Ban … đã …. Tuyên truyền … được 461 cuộc.
            # Trong năm 2021, Ban … tiếp tục …", fresh aw01)
            turn = (next((y.start() + 1 for y in SENTENCE_YEAR_LEAD.finditer(p_text) if is_future(int(y.group("y")))), None)
                    if reported_lead else None)
            reported_lead = reported_lead and turn is None
            directions = (
                future_year
                or bool(plan_year and str(plan_year) in p_text and (plan_year != report_year or TASK_VERB_OPENING.match(p_text))
                        and not reported_lead)
                # (after such a lead, the coming period counts from the next sentence on: its own sentence names a
                # document, "… ban hành Thông báo kết luận về … năm 2023 và Phương hướng, nhiệm vụ năm 2024")
                or bool(COMING_WORDS.search(p_text, _first_sentence_end(p_text) if reported_lead else 0))
                # (a paragraph going on from the plan named, unless it opens on the year reported: "… phương hướng nhiệm
                # vụ năm 2022." then "Theo đó, năm 2021 … huyện đã …. Hoàn thành tốt công tác thu ngân sách …" tells
                # 2021's results; group AL yam2)
                or (follows_plan and not reported_lead)
            )
            ordinal = LEAD.match(p_text)
            if (not directions and not scope and not self.any_cue.search(p_text)
                    and not (_may_hold_intro(p_text) and t_intro.search(p_text))
                    and not (counted_here and res.follow.match(p_text))
                    and not self.any_period.search(p_text) and not _future_adverbial().match(p_text)
                    and not (reviewed.month is not None and MONTH_COMMA.search(p_text))  # ("Trong tháng 3, …", below)
                    and not (reviewed.term is not None and TERM_COMMA.search(p_text))  # ("Trong nhiệm kỳ 2025-2030, …")
                    and not any(period_ahead(int(c.group("pa"))) for c in PERIOD_COMMA.finditer(p_text))  # ("Giai đoạn
                    # 2021-2025, huyện …", below)
                    and not AIMS.search(p_text)
                    and not self.plan_is.match(p_text)  # "Nhiệm vụ cấp bách hiện nay là …" opening the paragraph
                    and not self.follow_up.search(p_text)
                    and not MEETING_AGREES.search(p_text)
                    and not (ordinal and ordinal.group("ord"))):
                continue  # no cue word at all (nor "Thứ nhất, …"): no sentence of this paragraph can be a task
            in_targets = False  # inside a list of targets opened in this paragraph
            ordinal_items = False  # … whose items open on "Thứ nhất", "Một là"
            figures: list[bool] = []  # for the last directive sentence: whether each task states a figure
            # the sentence before counted the targets set ("… và 12 chỉ tiêu cụ thể."), also closing the paragraph
            # before ("… nhấn mạnh một số nhiệm vụ trọng tâm năm 2026." then "Đó là: A; B")
            counted = counted_here
            prev_text = ""
            for sent in SENTENCE.finditer(p_text):
                s_start = p_start + sent.start()
                s_text = sent.group()
                if not s_text.strip():
                    continue
                # (not a plan told as reached: "Năm 2019, Sở … thực hiện đạt và vượt các chỉ tiêu, nhiệm vụ đề ra. Cụ thể,
                # giải quyết việc làm 32.550/30.000 lao động …" lists results; fresh 40)
                reached = PLAN_REACHED.search(prev_text) is not None or (
                    PLAN_REACHED_AFTER.search(prev_text) is not None and not PLAN_INTENT.search(prev_text))
                named_plan = not reached and bool(self.names_plan.search(prev_text))
                # (the plan named for a year ahead: "… quyết định về việc giao kế hoạch phát triển kinh tế - xã hội năm
                # 2023." then "Đáng chú ý có các chỉ tiêu: A; B", fresh mc05)
                plan_ahead_before = named_plan and any(is_future(int(y.group())) for y in YEAR.finditer(prev_text))
                # (the sentence before told targets reached, no year ahead named: "Huyện đã … đạt và vượt 16/16 chỉ tiêu …")
                reached_before = reached and _told_done(prev_text, is_future)
                before_text, prev_text = prev_text, s_text
                if in_targets and ordinal_items:
                    lead_m = LEAD.match(s_text)
                    if not (lead_m and lead_m.group("ord")):
                        in_targets = False  # "…: Thứ nhất, …. Thứ hai, …. Đồng thời, …": the numbered items are over
                if in_targets and plan_year is not None and (_reached(s_text) or _reports_done(s_text)) and any(
                        int(y.group()) < plan_year for y in YEAR.finditer(s_text)):
                    in_targets = False  # "…; giữ vững an ninh …. Năm 2018, 16/16 chỉ tiêu … đạt và vượt kế hoạch. Giá
                    # trị sản xuất … đạt trên 1.700 tỷ đồng": the results of a year before the plan end the list (fresh lu01)
                if in_targets:
                    if not (_moves_on(s_text) or PAST.search(s_text) or NOT_TASK_SENTENCE.search(s_text)):
                        # ("Một số chỉ tiêu cụ thể: A; B", "Năm 2026, Đảng ủy tập trung … một số nhiệm vụ, giải pháp:
                        # A; B" going on with the list: what opens its own list is no item)
                        first = self._own_list_start(s_text)
                        out.extend(self._target_items(doc, s_text, s_start, first, len(s_text), plan_year, text_end))
                        continue
                    in_targets = False  # "Hội nghị đã thông qua …": the article moves on
                # (or opening the paragraph after one of aims: "Huyện đặt mục tiêu … Phát triển toàn diện …; bảo đảm …"
                # then "Trong đó, tốc độ tăng giá trị sản xuất đạt 16 - 16,3%; tỷ lệ hộ nghèo giảm …"; fresh hy04)
                # (not one comparing with a year before the plan: "Trong đó, giá trị sản xuất nông nghiệp ước đạt …, tăng
                # 0,35% so với năm 2020" under a headline's aim tells results; fresh cs04)
                breakdown = (BREAKDOWN_OPENING.match(s_text)
                             if figures or (scope and not p_text[: sent.start()].strip() and plan_year is not None
                                            and not any(int(y.group()) < plan_year for y in YEAR.finditer(s_text)))
                             else None)
                if (breakdown and FIGURE.search(s_text) and not self.any_cue.search(s_text) and not PAST.search(s_text)
                        and not _reached(s_text)):
                    # "Năm 2018, Huyện ủy phấn đấu giữ vững danh hiệu …" then "Trong đó có 50% tổ chức cơ sở đảng đạt
                    # trong sạch vững mạnh, …": the targets the aim just set breaks down into
                    out.extend(self._target_items(doc, s_text, s_start, breakdown.end(), len(s_text), plan_year, text_end))
                    continue
                if (figures and all(figures) and self._target_paragraph(s_text) and not self._lead_in(s_text)
                        and not REMAINING_OPENING.match(s_text)):  # ("Còn 1 chỉ tiêu chờ đánh giá …": what remains, fresh 30)
                    # "… đề ra mục tiêu tăng trưởng 9%; thu nhập đạt 54 triệu." then "; thu ngân sách đạt 333 tỷ"
                    out.extend(self._target_items(doc, s_text, s_start, self._own_list_start(s_text), len(s_text),
                                                  plan_year, text_end))
                    continue
                if self._lead_in(s_text) and not PAST.search(s_text):
                    # "Năm 2026, Bộ tập trung thực hiện các nhiệm vụ trọng tâm sau." names no task: its items
                    # follow ("Thứ nhất, …" in the paragraph, or one per line after it)
                    scope = list_open = section = True
                    figures = []
                    continue
                opened = self._target_intro(s_text, counted or bool(figures), is_future, plan_ahead_before)
                # (a result word in a purpose does not report: "đề ra 12 chỉ tiêu … để năm 2025 đạt được mục tiêu")
                # (nor targets carried out: "Đảng bộ đã … thực hiện tốt các nhiệm vụ, giải pháp …" then "Trong đó, nổi
                # bật là …"; "đã thông qua 16 chỉ tiêu" still sets them)
                count = t_count.search(s_text)
                named_years = [int(y.group()) for y in YEAR.finditer(s_text)] if count is not None else []
                # (a result word aimed at is none: "… năm 2026, phấn đấu hoàn thành 28 chỉ tiêu. Trong đó, …", fresh 32)
                counted = (count is not None
                           and not t_result.search(STRIVEN_RESULT.sub("", PURPOSE_TAIL.sub("", RESULTS_FRAME.sub("", s_text))))
                           and not (CARRIED_OUT.search(s_text, max(0, count.start() - 80), count.start())
                                    and PAST.search(s_text, 0, count.start()))
                           # (not the targets set for the year reviewed: "Năm 2020, Sở được UBND tỉnh giao 9 nhiệm vụ
                           # trọng tâm." then "Trong đó, 4 nhiệm vụ được đánh giá hoàn thành xuất sắc, …": fresh 22;
                           # "… các chỉ tiêu Nghị quyết HĐND thành phố đã đề ra trong năm 2020. Trong đó, …": fresh 26)
                           # (a mid-year review plans the year it reviews: "… đề ra 12 chỉ tiêu … trong năm 2025" stays)
                           and not (named_years and plan_year and max(named_years) < plan_year))
                # highlights after what was done: "… đã hoàn thành và hoàn thành vượt mức các chỉ tiêu …, tiếp đà phấn
                # đấu …, nổi bật là: A; B" (fresh pa03; not "đề ra 16 chỉ tiêu cụ thể, nổi bật như: …", train 419)
                done_highlights = (opened is not None and HIGHLIGHTS.search(s_text, max(0, opened - 20), opened) is not None
                                   and _last_done(s_text, 0, opened) is not None)
                if opened is not None and not s_text[opened:].strip() and not done_highlights:
                    list_open = section = True  # "… đề ra 15 chỉ tiêu:" closing the line: the items follow
                    continue
                if opened is not None and (EXAMPLES_OF_RESULTS.search(s_text, 0, opened)
                                           or (reached_before and BREAKDOWN_OPENING.match(s_text))
                                           or done_highlights
                                           or self._results_lead(p_text[: sent.start()], s_text[:opened], plan_year, is_future)
                                           or (plan_year is not None and any(
                                               int(y.group("y")) < plan_year
                                               for y in YEAR_REACHED.finditer(p_text, sent.start() + opened))
                                               and _told_done(before_text, is_future))):
                    # (or the items tell a year before the plan's reached, after a sentence telling what was done: "… đã nỗ
                    # lực, … triển khai thực hiện có hiệu quả các nhiệm vụ chính trị …. Các chỉ tiêu phát triển kinh tế
                    # như: A tăng bình quân 8,3%/năm. Tổng sản phẩm … năm 2020 đạt 52 triệu đồng; …" in a 2021 visit;
                    # fresh dx04)
                    # (or "Trong đó, có một số chỉ tiêu quan trọng như: A; B" after "… đạt và vượt 16/16 chỉ tiêu …": the
                    # targets reached the sentence before, some of them; fresh ta1)
                    scope = False  # "Trong đó, tiêu biểu là các chỉ tiêu như: A; B": examples of what was achieved
                    figures = []
                    continue
                if opened is not None and _reports_shortfall(p_text, sent.start() + opened):  # (across a "…")
                    scope = False  # "… một số chỉ tiêu như: A, B chưa đạt kế hoạch; …": shortfalls reported
                    figures = []
                    continue
                if opened is not None:
                    semi = s_text.rfind(";", 0, opened)
                    detail = DETAIL_INTRO.search(s_text, 0, opened) if semi <= 0 else None
                    if detail and self.request.search(s_text, 0, detail.start()):
                        # "đề nghị các thành viên … cần rà soát các chỉ tiêu Nghị quyết …, cụ thể như: A; B": the request
                        # before the comma is a task of its own, its details listed after (train 106; not "đề nghị …
                        # tập trung thực hiện tốt các nhiệm vụ trọng tâm như: A; B", which names none: set AO)
                        head = s_text[: detail.start()]
                        first = self._sentence_start(head, s_start, scope, directions)
                        if (first is not None and first[1] == "task.directive" and len(head[first[0]:].split()) >= 4
                                and not res.counted_only.match(head[first[0]:])):  # ("đề ra … 18 chỉ tiêu chủ yếu, trong đó:")
                            out.append(self._task(doc, s_start + first[0], s_start + len(head), plan_year, first[1]))
                    if semi > 0:
                        # "Năm 2026, ngành tiếp tục tham mưu …; tập trung triển khai các nhiệm vụ của đề án: A, B": the
                        # requests before the clause that opens the list are tasks too
                        head = s_text[:semi]
                        first = self._sentence_start(head, s_start, scope, directions or bool(_coming_lead(head, reviewed)))
                        if first is not None:
                            out.extend(
                                self._task(doc, s_start + a, s_start + b, plan_year, first[1])
                                for a, b in self._items(head, first[0]) if len(head[a:b].split()) >= 3
                            )
                    scope = False
                    items = self._target_items(doc, s_text, s_start, opened, len(s_text), plan_year, text_end)
                    if items and INDICATORS_COUNTED.search(s_text, max(0, opened - INDICATORS_REACH), opened):
                        named = [self._names_only(text[x["start"] : x["end"]]) for x in items]
                        last = text[items[-1]["start"] : items[-1]["end"]]
                        if all(named[:-1]) and (named[-1] or (len(items) >= 3 and not DIGIT.search(last))):
                            items = []  # "… có 5 chỉ tiêu quan trọng gồm: tốc độ tăng trưởng kinh tế; thu nhập bình
                            # quân đầu người; …": which indicators, no figure or verb of a target; the last item may carry
                            # the sentence's predicate over them all ("…; tổng vốn đầu tư dự báo sẽ khó đạt"; fresh yc3,
                            # zcu2)
                    out.extend(items)
                    # (a list whose items were all results, "… đều tăng trưởng khá, cụ thể như: A tăng 5,79% so với
                    # tháng trước; …", is no list of targets: the sentences after it are not its items)
                    in_targets = bool(items)
                    first_item = LEAD.match(s_text[opened:])
                    ordinal_items = bool(first_item and first_item.group("ord"))
                    continue
                # (a sentence opening with the coming period, "6 tháng cuối năm, …", gives directions of its own;
                # one opening with the period past, "Năm qua, …", reports whatever else the paragraph says)
                described = DESCRIBED_YEAR_LEAD.match(s_text)
                start = self._sentence_start(
                    s_text, s_start, scope,
                    (directions and not _past_opener().match(s_text) and not (turn is not None and sent.end() <= turn))
                    or bool(_coming_lead(s_text, reviewed))
                    or bool((period := PERIOD_LEAD.match(s_text)) and period_ahead(int(period.group("pa")))),
                    described_ahead=bool(described and is_future(int(described.group("y")))),
                )
                follow = self.follow_up.match(s_text) if start is None and named_plan else None
                if follow is not None and _told_done(before_text, is_future) and DONE_REACHED.search(before_text):
                    follow = None  # "Năm 2019, toàn ngành … đã nỗ lực … góp phần thực hiện thắng lợi các mục tiêu …. Cụ thể:
                    # Hoàn thành vượt 2 chỉ tiêu …": the details of what was done, no plan's (group AV zdt4)
                if follow is not None and not PAST.search(s_text):
                    start = (follow.end(), "task.follow_up", None)
                future_lead = self._future_lead(s_text, is_future, reviewed) if start is None else None
                if (future_lead is not None and self._target_paragraph(s_text[future_lead:])
                        and not t_count.search(s_text)):
                    # "Năm 2026, tốc độ tăng trưởng kinh tế đạt 8%; thu ngân sách đạt 120 tỷ đồng.": targets with
                    # no cue, after the coming year or period (not a count of targets set, "đề ra 19 chỉ tiêu")
                    items = self._target_items(doc, s_text, s_start, future_lead, len(s_text), plan_year, text_end)
                    out.extend(items)
                    figures = [True] * len(items)
                    scope = False
                    continue
                resolve = self._resolve_task(doc, s_text, s_start, plan_year, is_future) if start is None else None
                if resolve is not None:
                    # "… đến nay đã đạt 13/19 tiêu chí và phấn đấu về đích nông thôn mới năm 2018": after the results,
                    # a resolve naming the year ahead is a task
                    out.append(resolve)
                    scope = False
                    figures = []
                    continue
                if start is None:
                    if (scope and RANGE_FIGURE.search(s_text) and not PAST.search(s_text)
                            and not _target_res().result.search(s_text) and not self._lead_in(s_text)):
                        # "… đề nghị toàn ngành cần rà soát …. Nguồn thu từ tài nguyên đóng góp 18-20% thu ngân sách.",
                        # "…, phấn đấu tăng trưởng đạt 12 - 13%/năm. Tỷ lệ hộ nghèo giảm còn 0,3 - 0,5%.": in a run of
                        # directions a sentence aiming at a range is a target of its own (a result is never a range;
                        # groups AS zcr1, AT zdb1)
                        a, b = strip_span(text, s_start, s_start + len(s_text), " ,-\t\n.:;")
                        out.append(self._task(doc, a, b, plan_year, "task.range_target"))
                        figures = [True]
                        continue
                    if scope and pending is None and _bare_item(s_text):
                        # "… yêu cầu ngành cần tiếp tục bám sát …. | Khai thác có hiệu quả …. Nâng cao …": a verb outside
                        # the vocabulary; the run goes on for one sentence, which is an item if the next is a task
                        lead = len(s_text) - len(s_text.lstrip())
                        pending = (s_start + lead, s_start + len(s_text.rstrip()))
                        figures = []
                        continue
                    pending = None
                    # (a comment on the task before, "Đây là sự kiện quan trọng …", keeps the run of directions going)
                    scope = scope and bool(COMMENT_ON_BEFORE.match(s_text))
                    figures = []
                    # "Năm 2023, ngành y tế đặt ra các mục tiêu:" then a list, in a directions paragraph
                    # (not results announced: "…; Với các kết quả đạt được trong năm 2019 như sau:", fresh cz03)
                    list_open = (directions and s_text.rstrip().endswith(":") and not PAST.search(s_text)
                                 and not RESULTS_BEFORE_COLON.search(s_text))
                    continue
                begin, rule, cue_end = start
                if rule == "task.verb_clause" and ACHIEVED_FRACTION_OPENING.match(s_text, begin):
                    # "Hoàn thành 63/65 chỉ tiêu thị xã giao." after the year's results: a share of the targets reached,
                    # told (a target list's "hoàn thành 19/19 tiêu chí" after "phấn đấu" is read as a target, not here;
                    # group AI zq2)
                    scope = False
                    figures = []
                    continue
                reported = LEADING_YEAR.match(s_text)
                if (reported and report_year and int(reported.group("y")) == report_year and plan_year != report_year
                        and not REQUEST_PROPER.search(s_text, 0, begin + 30)):
                    # "Năm 2025, Đảng ủy, UBND xã tập trung quán triệt, chỉ đạo các cơ quan …" in a review of 2025:
                    # what the year was, no request (unless one is asked: "Năm 2025, đề nghị …")
                    resolve = self._resolve_task(doc, s_text, s_start, plan_year, is_future)
                    if resolve is not None:  # (but for a resolve for the year ahead closing it)
                        out.append(resolve)
                    scope = False
                    figures = []
                    continue
                if pending is not None and not text[pending[1] : s_start].strip(" \t\n.…"):
                    # the sentence before had no cue and this one, right after it, is a direction: it was an item too
                    end = strip_span(text, pending[0], pending[1], " ,-\t\n.:;")[1]
                    out.append(self._task(doc, pending[0], end, plan_year, "task.verb_clause"))
                pending = None
                scope = True
                figures = []  # whether each task of the sentence states a figure
                # "đồng chí yêu cầu các sở, ngành: A; B" or "…: " ending the line: the items follow the colon
                colon = rx(r":(?!\s*(?!\d{1,2}\.\s+\p{Lu})\d)").search(s_text, begin)  # (not "đạt: 54 triệu đồng"; "…: 1. Tốc độ …" lists)
                slogans = _slogans(s_text)
                if colon and (SLOGAN_COLON.search(s_text, max(begin, colon.start() - 30), colon.end() + 3)
                              or any(max(begin, colon.start() - 40) <= q[0] < colon.end() + 3 for q in slogans)):
                    colon = None  # "… với tinh thần: “Tăng cường tích cực, …”": a slogan, no list
                if colon and ";" in s_text[begin : colon.start()]:
                    colon = None  # "… là A; B; mở rộng cây vụ đông chủ lực: cà rốt, …": inside an item, the list began
                if (colon and NAMES_INTRO.search(s_text, max(begin, colon.start() - 40), colon.start())
                        and NAME_AFTER_COLON.match(s_text, colon.end())):
                    colon = None  # "phấn đấu 2 xã đạt chuẩn … gồm các xã: Tây Phong, Nam Phong": the units named, no list
                    # of tasks (fresh xj4)
                examples_at = None  # where the things named as examples begin (their ";" parts no tasks of their own)
                if (colon and EXAMPLES_INTRO.search(s_text, max(begin, colon.start() - 20), colon.start())
                        and not PLANNED_THINGS.search(s_text, max(begin, colon.start() - 80), colon.start())
                        and not _reports_shortfall(s_text, colon.end())):  # (shortfalls listed: none of them a task)
                    # (not the targets or tasks named before it: "… đạt các chỉ tiêu … như: A; B", "… các nhiệm vụ trọng
                    # tâm …, gồm: A; B" list them)
                    if self._names_only(rx(r"[^;.]*").match(s_text, colon.end()).group()):  # (its first item)
                        examples_at = colon.end()
                        colon = None  # "… xác định một số loại cây chủ lực như: sâm Lai Châu, thảo quả, …", "… 7 sản
                        # phẩm chủ lực, bao gồm: Cây ăn quả; …": things named as examples, no list of tasks (fresh da02, ch01)
                if colon and RESULTS_REACHED_COLON.search(s_text, max(0, colon.start() - 60), colon.end()):
                    scope = False  # "… cố gắng khắc phục khó khăn, phấn đấu đạt kết quả: A ước thực hiện …": results
                    continue
                if colon:
                    begin, cue_end = colon.end(), None
                    if _reports_shortfall(s_text, begin):
                        scope = False  # "… hạn chế cần khắc phục như: A không đạt kế hoạch; B chậm; …"
                        continue
                if not s_text[begin:].strip():  # "…các nhiệm vụ trọng tâm:" closing the line: a list follows
                    list_open = section = s_text.rstrip().endswith(":")
                    continue
                if rule == "task.directive" and res.acted_on.search(s_text, begin):
                    continue  # "Yêu cầu kiểm điểm trách nhiệm 106 tập thể, 296 cá nhân": a sanction reported
                qualities_from = None
                for k, (a, b) in enumerate(self._items(s_text, begin)):
                    b = self._uncut(text, s_start + a, s_start + b, text_end)
                    if b is None:
                        continue
                    b -= s_start
                    a += _ordinal_len(s_text[a:b])  # "đề nghị: Thứ nhất, ngành giáo dục tham mưu …": after its ordinal
                    item_text = s_text[a:b]
                    if (_document_item(item_text) or len(item_text.split()) < 3 or res.counted_only.match(item_text)
                            or ADOPTED_COUNT_END.search(item_text)):
                        continue
                    if any(parts <= a < close for _, _, parts, close in slogans):
                        continue  # "… tinh thần “7 dám”, đó là: “Dám nghĩ; dám nói; dám chịu trách nhiệm; …”": a slogan's parts
                    opening = next((o for _, o, parts, _ in slogans if a < parts <= b), None)
                    if opening is not None:  # the request ends where the slogan's parts begin ("… có tinh thần “7 dám”")
                        b = opening
                        item_text = s_text[a:b]
                    own = self._cue_end(s_text, a, s_start)  # an item with its own cue ("; yêu cầu các chi bộ …")
                    item_cue = own if own is not None else (cue_end if k == 0 else s_start + a)
                    if PROCEDURAL.search(item_text) and SESSION_BUSINESS.search(item_text):
                        continue  # delegates asked to discuss at the session: the meeting itself, no plan
                    if rule in ("task.directive", "task.follow_up") and not self.request.match(s_text, begin) and (
                        _reports_done(item_text)
                        # (a figure against the plan is aimed at in a list after "phấn đấu …:": "thành phố phấn đấu cả
                        # năm: …; thu ngân sách nội địa đạt 100% dự toán; …")
                        or (_result_figure(item_text) and not STRIVE_LIST.search(s_text, 0, a))
                    ):
                        continue  # "phấn đấu với quyết tâm cao và đã thực hiện thắng lợi 26/28 chỉ tiêu": done
                    last_cue = lexicon.last_match(self.strong, s_text, a, b)
                    if last_cue is not None and (NOUN_USE.search(s_text[max(0, last_cue.start() - 40) : last_cue.start()])
                                                 or NOUN_NEXT.match(s_text[last_cue.end() : last_cue.end() + 40])):
                        last_cue = None  # "… khó khăn mà huyện đang gặp phải", "… không cần thiết": no cue
                    if last_cue is not None and len(s_text[last_cue.end() : b].split()) < 2:
                        continue  # "… nhấn mạnh cần chủ" (a text cut off): no verb phrase after the cue
                    if _counted_tasks_set().match(item_text):
                        continue  # "huyện xác định 17 nhóm nhiệm vụ, giải pháp chủ yếu để …": a count of tasks set, none
                        # named (train 417, sets AN, AZ; the one named after "trong đó" or "đặc biệt là" still is)
                    if examples_at is not None and a > examples_at and self._names_only(item_text):
                        continue  # "… bao gồm: Cây ăn quả; cây nông nghiệp, lâm nghiệp, chăn nuôi …": a part of the examples
                    if (k > 0 and qualities_from is not None and qualities_from <= s_start + a
                            and len(item_text.split()) <= QUALITIES_ITEM_WORDS and self._names_only(item_text)
                            and not text[qualities_from : s_start + a].strip(" \t;,")):
                        qualities_from = s_start + b
                        continue  # "… xây dựng khu dân cư đoàn kết, đồng thuận; an ninh, an toàn; ấm no, hạnh phúc": the
                        # qualities of the item before, listed on, no task of their own (fresh ac05)
                    out.append(self._task(doc, s_start + a, s_start + b, plan_year, rule, cue_end=item_cue))
                    qualities_from = out[-1]["end"]  # (where a list of the item's qualities may go on)
                    figures.append(bool(TARGET_NUMBER.search(item_text)))
            counted_before = counted or (counted_here and subheading)
            # "…, tỉnh phấn đấu, tốc độ tăng trưởng đạt 10%; …" then "Hằng năm, tỷ lệ … đạt 80%; …": more targets
            targets_open = in_targets or (bool(figures) and all(figures))
            if targets_open and self._is_heading(p_text):
                # "Xã A phấn đấu thu ngân sách 40 tỷ đồng năm 2026" as the headline: the lead paragraph after it
                # reports ("Năm 2025, xã thu 35 tỷ đồng"), it does not go on with the headline's targets
                targets_open = False
        out.extend(self._theme_items(doc, text, out, plan_year, is_future))
        besides = self._besides_items(doc, text, out, plan_year)
        if besides:
            out = sorted(out + besides, key=lambda t: t["start"])  # (in the text's order)
        # "Đồng chí A phát biểu chỉ đạo hội nghị" (a caption): the official's part in the meeting, no task
        out = [t for t in out if not MEETING_ROLE.fullmatch(text, t["start"], t["end"])]
        # "Đồng chí Trần Văn A (thứ 2 từ trái qua) dự và chủ trì hội nghị": where a person stands in a photo, after the
        # name, makes the line a caption (group BC da3, after a target sentence it was read to go on)
        out = [t for t in out if not _names_photo_position(text, t["start"], t["end"])]
        # "…, từ đầu năm đến nay, tiếp nhận 84 doanh nghiệp": done since the period began, told (since_start)
        out = [t for t in out if not _since_start().search(text, t["start"], t["end"])]
        # "đề nghị Sở tập trung vào một số nội dung": how many things to attend to, a lead-in (content_noun)
        out = [t for t in out if not _contents_only().search(text, t["start"], t["end"])]
        # "Xác định 12 nhiệm vụ, giải pháp trọng tâm năm 2022": how many plan items were set, none named
        out = [t for t in out if not _plans_counted_only().fullmatch(text, t["start"], t["end"])]
        # a part broken down inside a bracket after a target ("thu ngân sách hơn 106.761 tỷ đồng (trong đó, thu nội địa
        # 45.000 tỷ đồng)", "120 sản phẩm OCOP (trong đó có 1 sản phẩm cấp quốc gia)") details it, no target of its own
        # (four of five such items in the train and fresh sets annotated no task)
        out = [t for t in out if not BRACKETED_BREAKDOWN.search(text, max(0, t["start"] - 20), t["start"])]
        # "Song hành …, công tác dân vận đạt được nhiều kết quả …", "Tổ chức bộ máy … được củng cố, kiện toàn …": a
        # result told, though its first word is a task verb's (REACHED_RESULT)
        out = [t for t in out if not _tells_result(text, t["start"], t["end"]) and not _before_thanks(text, t["end"])]
        # "… các đại biểu đã trao đổi, làm rõ …. Đồng thời, xác định chỉ tiêu và tập trung thảo luận …": going on with no
        # subject of its own, the sentence continues the one before, which told what was done and gave no task
        out = [t for t in out if not self._continues_a_report(text, t, out)]
        return self._dedupe_headlines(text, out)

    def _continues_a_report(self, text: str, task: dict, out: list[dict]) -> bool:
        """Whether ``task`` stands in a sentence opening "Đồng thời," then a lower-case word (no subject of its own)
        right after a sentence telling what was done (PAST) with no task in it: the same subject goes on doing it
        (group BA bc3; bd2 the same construction, no task given there either)."""
        s0 = _sentence_opening(text, task["start"])
        if s0 is None or s0 == 0:
            return False
        go_on = CONTINUED_SUBJECT.match(text, s0)
        if go_on is None or task["start"] > go_on.end() + 1:
            return False
        p0 = _sentence_opening(text, s0 - 1)
        if p0 is None:
            return False
        before = text[p0:s0]
        return bool(PAST.search(before) and not any(t["start"] < s0 and t["end"] > p0 for t in out))

    def _theme_items(self, doc: Doc, text: str, found: list[dict], plan_year, is_future) -> list[dict]:
        """The year's theme in quotes, when it is written as tasks ("xác định chủ đề năm 2019 “Đẩy mạnh bồi thường
        giải phóng mặt bằng; đẩy nhanh tiến độ …; chuẩn bị tốt …”"): one task per part, split at ";". A
        slogan ("chủ đề “Đoàn kết, kỷ cương, trách nhiệm, hành động”", train 439, 440) opens on no task verb; a past
        year's theme ("Thực hiện Chủ đề năm 2024 “…”" in the review of 2024) is carried out, not planned."""
        if "chủ đề" not in text.lower():
            return []
        out = []
        for m in THEME.finditer(text):
            named = int(m.group("y")) if m.group("y") else None
            year = named if named is not None else plan_year
            if year is None:
                continue
            if named is not None and not is_future(named) and named != plan_year:
                continue
            if named is None and not (is_future(year) or year == max(
                    (int(y.group()) for y in YEAR.finditer(text, max(0, m.start() - 120), m.start())), default=None)):
                continue
            a, b = m.span("q")
            if not self._opens_on_task_verb(text[a:b]):
                continue  # a slogan, no task
            lead = text[max(0, text.rfind(".", max(0, m.start() - 200), m.start()) + 1) : m.start()]
            if TALK_TOPIC.search(lead) or PAST.search(lead):
                # "… trình bày tham luận với chủ đề “Phát huy vai trò …”": a talk's topic; "… đã triển khai thực hiện có
                # hiệu quả phong trào … với chủ đề “Tăng cường …”": a theme carried out (fresh rl5, oj5)
                continue
            if any(t["start"] < b and a < t["end"] for t in found):
                continue  # read already
            for x, y in self._clauses(text[a:b], 0, THEME_SEPARATOR):
                x0, y0 = strip_span(text, a + x, a + y, " ,-\t\n\"")
                if len(text[x0:y0].split()) >= 3:
                    out.append(self._task(doc, x0, y0, year, "task.theme"))
        return out

    def _besides_items(self, doc: Doc, text: str, found: list[dict], plan_year) -> list[dict]:
        """The tasks named after "ngoài việc", when the request they stand beside is a task: "ngoài việc chăm lo phát
        triển kinh tế – xã hội, đảm bảo quốc phòng – an ninh và tích cực hưởng ứng các phong trào thi đua; còn phải tập
        trung hoàn thành …" (train 009), "ngoài việc tiếp tục duy trì tỷ lệ …, đồng thời cần tổ chức …" (fresh sv5). One
        task per item opening on a task verb (a comma before an object continues the item before it)."""
        if "ngoài việc" not in text:
            return []
        out = []
        for m in BESIDES.finditer(text):
            if not any(m.end() <= t["start"] <= m.end() + BESIDES_REACH for t in found):
                continue  # (the request beside it is no task: nothing planned)
            a, b = m.span("x")
            if not self.verb.match(text[a:b]):
                continue
            cuts = [(c.start(), c.end()) for c in BESIDES_ITEM_CUT.finditer(text, a, b)
                    if self._opens_on_task_verb(text[c.end() : b])]
            for x, y in zip([a] + [e for _s, e in cuts], [s for s, _e in cuts] + [b]):
                x0, y0 = strip_span(text, x, y, " ,\t")
                if len(text[x0:y0].split()) >= 2 and not any(t["start"] < y0 and x0 < t["end"] for t in found):
                    out.append(self._task(doc, x0, y0, plan_year, "task.besides"))
        return out

    def _target_intro(self, s_text: str, counted: bool, future, plan_ahead_before: bool = False) -> int | None:
        """Where the items of a list of targets start in a sentence ("… đề ra 18 chỉ tiêu …: A; B",
        "… 24 chỉ tiêu, trong đó A; B", "Trong đó: A" after a count of targets set), or None.
        ``plan_ahead_before``: the sentence before named the plan of a year ahead (it sets the list)."""
        res = _target_res()
        t_intro, t_follow, t_result, t_set = res.intro, res.follow, res.result, res.target_set
        if counted:
            m = t_follow.match(s_text)
            if m:
                return m.end()
        if not _may_hold_intro(s_text):
            return None
        content = CONTENTS_FOCUSED.search(s_text) if ":" in s_text else None
        if content is not None:
            clause_start = max(s_text.rfind(", ", 0, content.start()), s_text.rfind(";", 0, content.start()), 0)
            ahead = (any(future(int(y.group())) for y in YEAR.finditer(s_text, 0, content.start()))
                     or COMING_WORDS.search(s_text, 0, content.start()))
            if ahead and not PAST.search(s_text, clause_start, content.start()):
                # "…, trong đó tập trung vào một số nội dung như: A; B" (the coming period named before, fresh 42;
                # "Chương trình phối hợp năm 2017 tập trung các nội dung: A; B" when 2017 is the year planned): the
                # items are the tasks
                return content.end()
        sentence_lead = LEADING_YEAR.match(s_text)  # (of the whole sentence: once, not per plan noun)
        lead_not_planned = sentence_lead is not None and not future(int(sentence_lead.group("y")))
        for m in t_intro.finditer(s_text, overlapped=True):  # (a later plan noun may open the list)
            noun = m.start("noun")
            colon = s_text.rfind(":", max(0, noun - CLAUSE_REACH), noun)
            if colon >= 0 and CONTENTS_COUNTED.search(s_text, max(0, colon - CONTENTS_REACH), colon):
                continue  # "… thông qua 4 nội dung rất quan trọng … gồm: nhiệm vụ, giải pháp để thực hiện các chỉ tiêu
                # chủ yếu … năm 2024; các giải pháp điều hành thu, chi ngân sách …": a plan noun inside an item of a list
                # of contents (an agenda, documents adopted) opens no list of its own (group AV zds4)
            lo = max(0, noun - CLAUSE_REACH)  # (bounded: a sentence without commas made this scan quadratic)
            clause_start = max((i + len(c) for c in (", ", ";") if (i := s_text.rfind(c, lo, noun)) >= 0), default=lo)
            # (a comma before a space: not the decimal comma of "13,2")
            clause = s_text[clause_start : m.end()]
            # (the result test first: it settles most clauses without reading the whole of them for "đã")
            if ((t_result.search(clause) or _last_done(clause, 0, len(clause)) is not None)
                    and not COMING_AFTER_PLAN.search(s_text, max(clause_start, noun - 20), m.end())):  # (near the noun: bounded)
                continue  # "Kết quả thực hiện các chỉ tiêu:", "đã hoàn thành 18/23 chỉ tiêu, trong đó": results (not "… đã
                # bàn về việc thực hiện các nhiệm vụ được giao từ nay đến cuối năm như: A; B": the coming period's, fresh si5)
            if clause_start and (_past_opener().match(s_text) or lead_not_planned) and _last_done(
                    s_text, 0, clause_start) is not None:
                # "6 tháng đầu năm, Ban Thường vụ đã tập trung lãnh đạo, chỉ đạo thực hiện các chỉ tiêu chủ yếu: A; B":
                # the period just past and what was done in it, the list its results (or the year reported: "Năm 2022,
                # UBND huyện đã tập trung … thực hiện nhiệm vụ trọng tâm của năm đó là: …")
                continue
            if clause_start and not any(future(int(y.group())) for y in YEAR.finditer(s_text, 0, m.end())):
                done = _last_done(s_text, 0, clause_start)
                if (done and self._strong_after(s_text, done.end(), noun) is None
                        and ACHIEVED_CHAIN.search(s_text, done.end(), noun)
                        and not COMING_AFTER_PLAN.search(s_text, max(clause_start, noun - 20), m.end())):
                    # "… Đảng bộ xã đã nỗ lực phấn đấu, thực hiện thắng lợi 9 chỉ tiêu chủ yếu như: A; B" (a congress
                    # reviewing its term): what was achieved, its clauses chained by commas, no request between and no
                    # year ahead named; the list its results (fresh 50; not "đã tổ chức cho các TCCSĐ ký kết giao ước thi
                    # đua thực hiện các nhiệm vụ …, với các chỉ tiêu cụ thể: A; B", an event told, its targets set: train 011;
                    # nor "… ghi nhận những kết quả đã đạt được …, đồng thời chỉ rõ 6 nhiệm vụ trọng tâm trong nhiệm kỳ mới
                    # là: A; B", the coming period after the plan noun: fresh tx1)
                    continue
            done = _last_done(s_text, 0, noun)
            if (done is not None and not rx("(?i)" + SETS_TASKS).search(s_text, done.end(), noun)
                    and not COMING_WORDS.search(s_text, done.end(), m.end())
                    and not COMING_AFTER_PLAN.search(s_text, max(done.end(), noun - 20), m.end())
                    and not any(future(int(y.group())) for y in YEAR.finditer(s_text, 0, m.end()))):
                # "Quý I năm 2023, Đảng ủy … đã lãnh đạo …, triển khai thực hiện nhiệm vụ quốc phòng … như: A; B": what was
                # done, the list its parts (nothing set, no period ahead; fresh 112)
                continue
            if ELABORATION.search(s_text, clause_start, noun) and (
                    t_result.search(s_text, 0, clause_start) or PAST.search(s_text, 0, clause_start)):
                continue  # "… thực hiện đạt và vượt 7/9 chỉ tiêu …, nhất là những chỉ tiêu quan trọng như: A; B": results
            if MEETING_AGENDA_LEAD.match(s_text[clause_start:noun]) or MEETING_AGENDA_LEAD.match(s_text, 0, noun):
                continue  # "Hội nghị thực hiện 02 nhiệm vụ trọng tâm: A; B": the meeting's agenda (its name may hold a
                # comma: "Đại hội … lần thứ I, nhiệm kỳ 2025 - 2030 có nhiệm vụ: A; B", group AS zcv3)
            if DOCUMENT_ITEM.match(s_text[clause_start:noun]) and not rx(r"(?i)(?:đề|đặt)\s+ra").search(s_text, clause_start, noun):
                continue  # "Báo cáo tình hình thực hiện nhiệm vụ: …" names documents ("Nghị quyết đề ra 25 chỉ tiêu" sets)
            if lead_not_planned and not rx("(?i)" + SETS_TARGETS).search(s_text, sentence_lead.end(), m.end()):
                continue  # "Năm 2021 một số chỉ tiêu quan trọng của xã như: A; B" in a review of 2021: what it reached
            if m.group("dated") is not None and not rx("(?i)" + SETS_TARGETS).search(s_text, 0, m.start("noun")):
                continue  # ("các chỉ tiêu … năm 2015, trong đó": set by "đề ra", "xác định" …, not only named)
            if m.group("led") is not None and not (
                    sentence_lead is not None and future(int(sentence_lead.group("y")))
                    and rx("(?i)" + SETS_TARGETS).search(s_text, sentence_lead.end(), m.start("noun"))):
                continue  # (undated, only after a leading year ahead and a verb setting them: "Năm 2026, ngành đề ra các …")
            named = [int(y.group()) for y in YEAR.finditer(s_text, m.start("noun"), m.end())]
            if named and not any(future(y) for y in named) and not LATE_PERIOD_YEAR.search(s_text, m.start("noun"), m.end()):
                continue  # "… tổ chức thực hiện nhiệm vụ chính trị năm 2020: A; B" in a review of 2020: what was done
                # (not the last months of the year, planned: "thông qua Nghị quyết về nhiệm vụ … 6 tháng cuối năm 2025:
                # A, B" at a mid-year session; fresh rk1)
            past_lead = LEADING_YEAR.match(s_text[m.end() :])
            if (past_lead and not future(int(past_lead.group("y")))) or _past_opener().match(s_text[m.end() :]):
                continue  # "… triển khai nhiệm vụ năm 2022, Bộ trưởng cho biết: Trong năm 2021, …": what the year was
            # (the targets as the sentence's topic, "Về chỉ tiêu … năm 2026, A; B", need no verb setting them)
            if m.group("bare") is not None and m.group("topic") is None and (not rx("(?i)" + SETS_TARGETS).search(s_text, 0, m.start("noun"))
                                                or not (rx(r"(?i)chỉ\s+tiêu|mục\s+tiêu").fullmatch(m.group("noun"))
                                                        # (verbs after "như" open tasks set: "xác định những mục
                                                        # tiêu, nhiệm vụ … như triển khai …, đẩy mạnh …", fresh pw5)
                                                        or m.group("verbs") is not None
                                                        # (after the copula, tasks and measures set too: "Thuế tỉnh đề
                                                        # ra các giải pháp, nhiệm vụ trọng tâm là A; B; C", fresh ie01)
                                                        or (m.group("copula") is not None and rx(
                                                            r"(?i)nhiệm\s+vụ|giải\s+pháp|biện\s+pháp").fullmatch(
                                                            m.group("noun"))))):
                continue  # (the list without a colon: only targets, set by the sentence: "thông qua … với các chỉ tiêu
                # chủ yếu A; B")
            opens = not s_text[: m.start("noun")].strip(" \t-+•*")  # "Mục tiêu đến năm 2030: A; B" opens the sentence
            if (not opens and not plan_ahead_before and not t_set.search(s_text, 0, m.end())
                    and not AHEAD.search(s_text, 0, m.end())
                    and not any(future(int(y.group())) for y in YEAR.finditer(s_text, 0, m.end()))):
                continue  # "Nhiều chỉ tiêu … chuyển biến tích cực: A; B" reports, sets nothing (the coming period named
                # sets them: "nhấn mạnh nhiệm vụ trong giai đoạn tới: A; B", fresh ap02)
            if not m.group().rstrip().endswith(":"):
                # "… đề ra 21 chỉ tiêu, trong đó có nhiều chỉ tiêu đáng chú ý như: A; B": the items follow the colon
                colon = s_text.find(":", m.end(), m.end() + 100)
                if colon > 0 and ";" not in s_text[m.end() : colon] and t_intro.search(s_text[m.end() : colon + 1]):
                    return colon + 1
            return m.end()
        return None

    def _strong_after(self, s_text: str, a: int, b: int) -> int | None:
        """The first directive cue in ``s_text[a:b]`` that is no soft one ("phấn đấu" after "đã" is striven for), or None."""
        cue = self._directive(s_text[:b], a)
        while cue is not None and self.soft.match(s_text, cue):
            cue = self._directive(s_text[:b], cue + 1)
        return cue

    def _own_list_start(self, s_text: str) -> int:
        """Where the items of a sentence going on with a list begin: after a colon that opens a list of its own,
        a plan named before it ("Một số chỉ tiêu cụ thể: A; B", "Năm 2026, Đảng ủy tập trung … một số nhiệm vụ, giải
        pháp: A; B"), else at its start."""
        colon = LIST_COLON.search(s_text)
        if colon and ";" not in s_text[: colon.start()] and self.names_plan.search(s_text, 0, colon.start()):
            return colon.end()
        return 0

    @staticmethod
    def _future_lead(s_text: str, is_future, reviewed: Reviewed = Reviewed(frozenset(), None)) -> int | None:
        """The end of a leading year after the report year ("Năm 2026,") or of an adverbial of the coming
        period ("Kế hoạch năm 2026,", "Thời gian tới,"; not a quarter under review), or None."""
        lead = LEADING_YEAR.match(s_text)
        if lead is not None:
            return lead.end() if is_future(int(lead.group("y"))) else None
        lead = _coming_lead(s_text, reviewed)
        return lead.end() if lead is not None else None

    def _target_paragraph(self, p_text: str) -> bool:
        """A paragraph that only lists figures ("Tỷ lệ thôn có nhà văn hoá đạt 98,6%; Số xã …"):
        every piece has a number, and nothing is reported as done."""
        pieces = [x for x in rx(r"[;.…]\s|;").split(p_text) if len(x.split()) >= 3]
        if not pieces or PAST.search(p_text) or _moves_on(p_text) or _past_opener().match(p_text):
            return False  # "Đại hội cũng xác định 5 nhiệm vụ …": the article moves on; "Trong 6 tháng đầu năm, …": results
        if CLOCK_OR_DATE.search(p_text) or _result_figure(p_text):
            return False  # "15:58 - Thứ Ba, 18/12/2018" (a dateline); "(đạt 102,5% Nghị quyết)" (a result)
        if _reached(p_text):
            return False  # "Tỷ lệ lúa đặc sản đạt gần 95%, vượt chỉ tiêu đề ra": reached, no target (set AY)
        if DATED_EVENT.match(p_text) or PHOTO_CREDIT.search(p_text):
            return False  # "Sáng 7/10, Thủ tướng chủ trì …": an event told; "… - Ảnh: VGP": a photo's caption
        # a figure: a number before "%" or a unit ("98,6%", "17/19 xã"), not a caption's "ảnh 3"; a piece may end on
        # the bare number of what it counts ("tổng số lao động được tạo việc làm hằng năm 1.350") beside others
        figured = [bool(FIGURE.search(x)) for x in pieces]
        # (a count said in words beside figures: "mỗi cơ sở Hội xây dựng được từ một đến hai công trình"; fresh 213)
        return any(figured) and all(f or BARE_COUNT_END.search(x) or WORD_COUNT.search(x) for f, x in zip(figured, pieces))

    def _plan_heading(self, p_text: str, is_future) -> bool:
        """A short heading that opens a plan section: "Phương hướng, nhiệm vụ năm 2026",
        "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", "Mục tiêu cụ thể:" after which items follow."""
        plan_heading, future_marker = _target_res().plan_heading, _target_res().future_marker
        line = p_text.strip()
        if (len(line.split()) > 15 or not plan_heading.match(line) or PAST.search(line)
                or _target_res().result.search(line)):
            return False  # (not "Kết quả thực hiện nhiệm vụ năm 2025")
        return bool(
            line.endswith(":")
            or future_marker.search(line)
            or any(is_future(int(y.group())) for y in YEAR.finditer(line))
        )

    def _relative_passive_only(self, piece: str) -> bool:
        """Whether a piece opening on a task verb holds "đã" only as "đã được" after its object: a relative clause
        ("Tổ chức đấu giá quyền khai thác khoáng sản đối với các khu vực mỏ đã được khoanh định")."""
        body = piece.lstrip()
        if not self._opens_on_task_verb(body):
            return False
        return all(rx(r"(?i)đã\s+được\s").match(piece, m.start()) and m.start() > 20 for m in PAST.finditer(piece))

    def _section_item(self, p_text: str, bullet) -> bool:
        """A line of a plan section that is an item: a bullet, an ordinal, a task verb or a figure,
        and not a new topic ("Hội nghị …", "… đã …")."""
        if _moves_on(p_text) or NOT_TASK_SENTENCE.search(p_text):
            return False
        lead = LEAD.match(p_text, bullet.end() if bullet else 0)
        body = p_text[lead.end() if lead else (bullet.end() if bullet else 0) :]
        if PAST.search(p_text[:80]) and not (bullet and self._relative_passive_only(body)):
            # (a numbered item opening on a task verb, "đã được" after its object a relative clause: "4. Tổ chức đấu
            # giá quyền khai thác khoáng sản đối với các khu vực mỏ đã được khoanh định; …", fresh 215)
            return False
        cue = self._directive(body[:40]) if self.any_cue.search(body[:40]) else None
        return bool(bullet or (lead and lead.group("ord")) or self._opens_on_task_verb(body)
                    or cue is not None  # (a cue proper: not the noun of "Tiếp thu ý kiến chỉ đạo, Bộ trưởng …")
                    or FIGURE.search(body)
                    or self.topic_item.match(body)
                    or self.subject_verb.match(body))  # "Ngành tiếp tục củng cố …": who acts, then a task verb

    def _target_items(
        self, doc: Doc, s_text: str, s_start: int, a: int, b: int, plan_year, text_end: int,
        rule: str = "task.target_list",
    ) -> list[dict]:
        """One task per target of a list: split at ";", "…", sentence ends and commas between figures."""
        out = []
        text = doc_text(doc)
        for x, y in self._items(s_text[:b], a, sentences=True):
            y2 = self._uncut(text, s_start + x, s_start + y, text_end)
            if y2 is None:
                continue
            piece = s_text[x : y2 - s_start]
            if (_document_item(piece) or len(piece.split()) < 3 or _target_res().counted_only.match(piece)
                    or ADOPTED_COUNT_END.search(piece) or self._count_breakdown(piece)):
                continue  # (a count of what was set, its subject first: "ngành đề ra 9 nhóm nhiệm vụ và 5 nhóm giải pháp")
            if x == a and COUNTED_NOUN_END.search(s_text, 0, a) and FIELDS_ONLY.fullmatch(" " + piece.strip()):
                continue  # "… 24 chỉ tiêu chủ yếu | phát triển kinh tế - xã hội năm 2024; …": the targets' fields
            if YEAR_DESCRIBED.match(piece):
                continue  # "Năm 2024, là năm bứt phá để hoàn thành kế hoạch …": the year described (guideline), no target
            if _bodies_only().fullmatch(piece.strip(" .…;,")):
                continue  # "… báo cáo công tác năm 2018, phương hướng năm 2019 của các ngành: Viện Kiểm sát nhân dân, Công
                # an, Tòa án nhân dân, …": who reports, no target (fresh kq04, lq01)
            if PAGE_COUNTERS.fullmatch(piece):
                continue  # "533 lượt xem" under the article, "4 ngày trước" under a byline: the page's counters and time
                # stamps, no target (fresh ch03, sd2)
            if piece.isascii():
                continue  # "Screen Shot 2021-01-11 at 14.29.12": an image's file name, no Vietnamese word (fresh tj1;
                # no gold task of any set is written without one)
            if (_reports_done(piece) and not self._relative_passive_only(piece)) or (
                    _reached(piece) and DIGIT.search(piece)):
                continue  # "thực hiện đạt và vượt 12/12 chỉ tiêu", "tăng 30% so với cùng kỳ": a result (without a figure
                # it is the list's aim: "thu ngân sách đạt và vượt chỉ tiêu tỉnh giao")
            if self._lead_in(piece):
                continue  # "Để hoàn thành nhiệm vụ, ngành tập trung vào các giải pháp sau:": names no task
            if rx(r"(?i)và\s").match(piece) and AFTER_ETC.search(text, max(0, s_start + x - 3), s_start + x):
                continue  # "…; giao quân đạt chỉ tiêu…và biểu quyết thông qua …": past the list's "etc.", the sentence's own
                # verb (set BA)
            x += _ordinal_len(piece)  # "Hai là, tổ chức tốt …": the task starts at its verb
            out.append(self._task(doc, s_start + x, y2, plan_year, rule))
        return out

    @staticmethod
    def _results_lead(before: str, opener: str, plan_year, is_future) -> bool:
        """Whether a list opener naming no plan ("Các chỉ tiêu về xã hội như:") follows, in its paragraph, the results of
        a year before the plan ("Tổng giá trị sản xuất năm 2022 … ước đạt 22.466 tỷ đồng, …"): the list gives more
        results (fresh kq05), not targets."""
        if plan_year is None or not before.strip() or _opener_plan().search(opener):
            return False
        if any(is_future(int(y.group())) for y in YEAR.finditer(opener)):
            return False
        return any(int(r.group("y")) < plan_year for r in YEAR_THEN_REACHED.finditer(before))

    def _opens_on_task_verb(self, s: str) -> bool:
        """Whether ``s`` opens on a task verb (kinds verb and start_verb of resources/task_cues.tsv) or a verb opening a
        section's items (kind section_verb): the test every list and run of items makes of its next item."""
        return bool(self.verb.match(s) or self.section_verb.match(s))

    def _names_only(self, item: str) -> bool:
        """Whether a list item only names things: no task verb and no figure ("sâm, thảo quả, quế", "an ninh, an toàn")."""
        return not self.any_verb.search(item) and not DIGIT.search(item)

    def _count_breakdown(self, piece: str) -> bool:
        """Whether a list item only counts targets by field ("9 chỉ tiêu kinh tế, 4 chỉ tiêu môi trường", "giáo dục -
        đào tạo và 4 chỉ tiêu về quốc phòng - an ninh" after "… 30 chỉ tiêu, gồm:") or tasks by kind ("45 nhiệm vụ có
        thời hạn (chiếm 37,5%)" after "… được giao 120 nhiệm vụ, trong đó"): a count, its share at most, no other
        figure, no verb or predicate of its own (fresh 50, pf3)."""
        piece = BRACKETED_SHARE.sub("", piece)  # (its share of the whole, "(chiếm 37,5%)", is part of the count)
        return (COUNT_OF_TARGETS.search(piece) is not None and not rx(r"%|\d[\d.,]*\s*/").search(piece)
                and len(rx(r"\d+").findall(piece)) == len(COUNT_OF_TARGETS.findall(piece))
                and not self.any_verb.search(piece) and not PREDICATE_WORD.search(piece))

    def _uncut(self, text: str, start: int, end: int, text_end: int) -> int | None:
        """The end of a task that the article's truncation cut mid-word ("… giải ngân vốn đ"): before
        the last word, or None when too little is left (fewer than four words, or neither a task verb
        nor a figure: "kim ngạch xuất khẩu nông"). A percentage or a year closing the text is whole ("… tỷ lệ hộ nghèo
        giảm bình quân 3%", "… vụ hè thu năm 2015"): nothing was cut (a bare number may be: "…, 4")."""
        if end < text_end or text[text_end - 1 : text_end] in ".!?…\"”)%" or WHOLE_YEAR_END.search(text, start, end):
            return end
        cut = text.rfind(" ", start, end)
        if cut < 0 or len(text[start:cut].split()) < 4:
            return None
        if not (self.any_verb.search(text, start, cut) or FIGURE.search(text, start, cut)
                or self.section_verb.match(text[start:cut])  # (or an item's opener: "… là lãnh đạo thành công …")
                # (or an aim: "Năm 2026, phường đặt mục tiêu phấn đấu đạt chuẩn “Đô thị văn minh” trong giai", group BC
                # da4; not a noun's "kêu gọi": "Bên cạnh nhiệm vụ kêu gọi thu hút đầu tư, trong", group BC dg4)
                or AIM_BEFORE.search(text, start, cut)):
            return None
        return strip_span(text, start, cut, " ,-\t\n.:;")[1]

    @staticmethod
    def _is_heading(p_text: str) -> bool:
        """A headline or sub-heading: one short line with no closing stop."""
        line = p_text.strip()
        return bool(line) and line[-1] not in ".:;!?…\"”)" and len(line.split()) <= HEADING_MAX_WORDS

    def _heading(self, p_text: str, max_words: int = HEADING_MAX_WORDS) -> tuple[int, int] | None:
        """A headline or sub-heading that states a task: short, no closing stop, opening with a
        capitalized task verb ("Tập trung đẩy nhanh giải ngân vốn đầu tư công"; not the agenda
        "Triển khai nhiệm vụ năm 2026"), or so after a kicker naming a place or topic ("Quảng Ninh: Đột
        phá …"; not one reporting a count, "Chư Pah: Kết nạp 146 quần chúng ưu tú vào Đảng"), or one whose subject
        resolves on the plan ("Phường A quyết tâm hoàn thành các chỉ tiêu năm 2026")."""
        a = len(p_text) - len(p_text.lstrip())
        line = p_text.strip()
        if self._heading_line(line, max_words):
            return a, a + len(line)
        kicker = HEADLINE_KICKER.match(line)
        # (a year may stand in it: "… bứt phá trong năm 2026"; and counts of what is planned: "Tỉnh đoàn A: Tập trung 15
        # chỉ tiêu trọng tâm, 8 nhóm giải pháp năm 2023", fresh 24)
        if (kicker is not None
                and not rx(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d").search(COUNTED_PLAN.sub("", line[kicker.end() :]))
                and self._heading_line(line[kicker.end() :])):
            return a + kicker.end(), a + len(line)
        colon = rx(r"[^:.;]{3,80}:[ \t]+").match(line)  # (a kicker before a period: "… lần thứ 20: 6 tháng cuối năm, …")
        for at in (0, colon.end()) if colon is not None else (0,):
            period = LATER_PERIOD_LEAD.match(line, at)
            rest = line[period.end() :] if period else ""
            if rest and self._heading_line(rest[0].upper() + rest[1:]):
                return a + period.end(), a + len(line)  # "Tháng cuối năm 2020 tập trung thực hiện nhiệm vụ kép"
        after = self._result_then_task(line, kicker, max_words)
        if after is not None:
            return a + after, a + len(line)
        resolve = _target_res().headline_resolve.match(line)
        if (resolve is not None and self._is_heading(line) and len(line.split()) >= HEADING_MIN_WORDS
                and not PAST.search(line)):
            return a + resolve.start("c"), a + len(line)  # "Phường A quyết tâm hoàn thành … năm 2026"
        return None

    def _result_then_task(self, line: str, kicker: regex.Match | None, max_words: int) -> int | None:
        """Where the task starts in a heading telling a result with its figure, then after a comma a task ("Phường A:
        Thu ngân sách vượt 17%, quyết liệt chấn chỉnh trật tự đô thị", fresh py3), or None. Not what was set, counted
        ("…, xác định 3 khâu đột phá năm 2023", long21), nor after a year only ("… tổng kết năm 2025, xác định nhiệm vụ
        năm 2026": the agenda)."""
        body = kicker.end() if kicker is not None else 0
        comma = line.rfind(", ", body)
        if (comma > body and line[-1] not in ".:;!?…\"”)" and len(line.split()) <= max_words
                and not (SETS_TASKS_AT.match(line, comma + 2) and COUNTED_PLAN.search(line, comma + 2))
                and FIGURE_NOT_YEAR.search(line, body, comma)
                and self._heading_line(line[comma + 2 :][:1].upper() + line[comma + 3 :])):
            return comma + 2
        return None

    @staticmethod
    def _heading_line(line: str, max_words: int = HEADING_MAX_WORDS) -> bool:
        if not line or line[-1] in ".:;!?…" or len(line.split()) > max_words or not line[0].isupper():
            return False
        if len(line.split()) < HEADING_MIN_WORDS:
            return False  # "Xây dựng Đảng": a site's section name, no task
        # ("Triển khai nhiệm vụ năm 2026" names the agenda; "…, đạt được các kết quả quan trọng" tells the results of
        # the effort it names, fresh 130)
        return not (_target_res().heading_verb.match(line) is None or _target_res().agenda.match(line) or PAST.search(line)
                    or HEADING_RESULTS.search(line))

    @staticmethod
    def _dedupe_headlines(text: str, out: list[dict]) -> list[dict]:
        """Drop a task of the headline (its first lines) when the body states the same task, and a
        task of the body that repeats one stated before (each distinct task once).

        The body's statement is kept, not the headline's: a headline that holds a body task ("Xây dựng NTM:
        Thạch Hà phấn đấu không còn xã dưới 12 tiêu chí" over "…, huyện phấn đấu không còn xã dưới 12 tiêu
        chí, …"), or is held by one, goes. A paragraph repeating the headline word for word (a lead copied
        under it) counts as the headline. A repeat states the same figures: "phấn đấu giảm 5 – 6% tỷ lệ hộ
        nghèo" after "phấn đấu giảm ít nhất 6% tỷ lệ hộ nghèo" says more, and stays."""
        def span_key(a: int, b: int) -> set[str]:
            """The words of ``text[a:b]`` a headline and the body compare (no year, no filler)."""
            # (a figure whole, its decimals kept: "dưới 2%" is no part of "dưới 0,2%")
            words = [w.rstrip("%") for w in rx(r"\d+(?:[.,]\d+)*%?|[\p{L}\p{M}\p{N}%]+").findall(text[a:b].lower())]
            return {w for w in words if w and not rx(r"(?:19|20)\d\d").fullmatch(w)} - HEADLINE_FILLER

        def key(t: dict) -> set[str]:
            return span_key(t["start"], t["end"])

        def figures(k: set[str]) -> set[str]:
            return {w for w in k if w[0].isdigit()}

        # (past a first paragraph of no words: "12:01, 18/01/2019" over the headline)
        head_start = _headline_start(text)
        head_end = text.find("\n\n", head_start, head_start + 600)
        if head_end < 0:  # paragraphs one per line: the headline is the first line (set AY)
            head_end = text.find("\n", head_start, head_start + 300)
        head_end = head_end if head_end >= 0 else head_start  # (no line end that near: the page opens on its body)
        if LEAD_OPENING.match(text) or (head_end - head_start > LEAD_MIN_CHARS
                                          and SENTENCE_BREAK.search(text, head_start, head_end)):
            # "(TBTCO) - Sáng 30/12/2025, Đảng bộ … tổ chức …": the page opens on its lead, no headline (or on a long
            # paragraph of sentences: "Năm 2019, Thành đoàn đề ra … thanh niên... Bí thư Thành ủy … yêu cầu …"; fresh sm5)
            head_end = 0
        keys = [key(t) for t in out]
        head_keys = [k for t, k in zip(out, keys) if t["start"] < head_end]

        head_lines = {ln.strip(" \t.;:!?…").lower() for ln in text[:head_end].split("\n") if ln.strip()}

        def own_line(t: dict) -> tuple[int, int] | None:
            """The start and end of the line holding task ``t``, looked for within a headline's length around it (a
            longer line is no headline's, and the search stays bounded on text without line ends), or None."""
            lo, hi = max(0, t["start"] - HEADLINE_COPY_REACH), min(len(text), t["end"] + HEADLINE_COPY_REACH)
            line_start = text.rfind("\n", lo, t["start"]) + 1
            if line_start == 0 and lo > 0:
                return None  # (no line end within reach before it)
            line_end = text.find("\n", t["end"], hi)
            if line_end < 0:
                if hi < len(text):
                    return None
                line_end = len(text)
            return line_start, line_end

        def copied(t: dict, k: set[str]) -> bool:
            """A body task that copies the headline: its words, and a paragraph of its own (the lead copied under the
            headline), not a clause of a longer sentence ("Năm nay, huyện Phú Hòa phấn đấu giữ vững …; từ 37 thôn …"
            under "Phú Hòa: Phấn đấu giữ vững …": the body states it; fresh zl3)."""
            if k not in head_keys:
                return False
            line_ends = own_line(t)
            if line_ends is None:
                return False
            line_start, line_end = line_ends
            line = text[line_start:line_end].strip(" \t.;:!?…").lower()
            return line in head_lines or (
                not text[line_start : t["start"]].strip() and not text[t["end"] : line_end].strip(" \t.;:!?…"))

        # the body's tasks, but for a copy of the headline's
        copies = [copied(t, k) for t, k in zip(out, keys)]
        body = [k for t, k, c in zip(out, keys, copies) if t["start"] > head_end and not c]
        def rounded_in(k: set[str], b: set[str]) -> bool:
            """Each figure of ``k`` in ``b``, or rounded from one there: a headline's "hơn 170 tỷ đồng" over the body's
            "170,89 tỷ đồng" (group BE fe5)."""
            whole = {w.split(",")[0] for w in figures(b)}
            return all(f in b or ("," not in f and f in whole) for f in figures(k))

        def restated(k: set[str], later: list[set[str]]) -> bool:
            return bool(k) and any(len(k & b) >= 0.75 * len(k) or (len(b) >= 4 and len(k & b) >= 0.85 * len(b))
                                   or (figures(k) and rounded_in(k, b) and len(k & b) >= 0.33 * len(k))
                                   for b in later)

        def sub_heading(t: dict) -> bool:
            """A task that is a line of its own with no closing stop, a sub-heading of the body ("Đặt mục tiêu tăng
            trưởng năm 2026 từ 10% trở lên" over the paragraph that sets it)."""
            line_ends = own_line(t)
            if line_ends is None or line_ends[0] == 0:  # (not the text's first line)
                return False
            line_start, line_end = line_ends
            return (not text[line_start : t["start"]].strip() and not text[t["end"] : line_end].strip()
                    and TaskExtractor._is_heading(text[line_start:line_end]))

        clause_keys: list[set[str]] | None = None

        def told_in_body(k: set[str]) -> bool:
            """The headline's words, nearly all (HEADLINE_TOLD_SHARE) and its figures, in one clause of the body, told as
            a result or a request the body's tasks do not hold: "Quyết liệt giải ngân vốn đầu tư công" over "… yêu cầu các
            sở … chỉ đạo quyết liệt, …, đẩy nhanh tiến độ giải ngân vốn đầu tư công" (the body states it), "Thực hiện
            kịp thời các chính sách chăm lo" over "các chính sách … chăm lo … được thực hiện đầy đủ, kịp thời" (a
            result's summary; groups K, O, P, V). A figure of the headline the clause does not tell keeps it."""
            nonlocal clause_keys
            if len(k) < HEADLINE_TOLD_MIN_WORDS:
                return False
            if clause_keys is None:
                bounds = [head_end] + [m.end() for m in CLAUSE_BREAK.finditer(text, head_end)] + [len(text)]
                clause_keys = [span_key(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
            return any(len(k & b) >= HEADLINE_TOLD_SHARE * len(k) and figures(k) <= figures(b) for b in clause_keys)

        kept = []
        kept_keys: list[set[str]] = []
        for i, (t, k, c) in enumerate(zip(out, keys, copies)):
            if t["start"] > head_end and not c and sub_heading(t) and restated(
                    k, [b for u, b, cb in zip(out[i + 1 :], keys[i + 1 :], copies[i + 1 :])
                        if u["start"] > t["end"] and not cb]):
                continue  # a sub-heading the paragraph under it restates: the paragraph's statement is kept (fresh bd01)
            if t["start"] < head_end or (k and c):  # (the headline, or a paragraph copying it)
                if restated(k, body) or (t["start"] < head_end and told_in_body(k)):
                    # "Huyện A phấn đấu giảm 6% hộ nghèo" and, in the body, "giảm 6% tỷ lệ hộ nghèo"; the same figure and
                    # a third of the words: "… hoàn thành 32 chỉ tiêu phát triển kinh tế - xã hội …" and "… hoàn thành
                    # 32 chỉ tiêu theo nghị quyết …" (set AY)
                    continue
                if k in kept_keys:
                    continue  # the headline copied as a paragraph, the headline kept
            elif len(k) >= 4 and any(len(k & b) >= 0.85 * len(k) and figures(k) <= figures(b) for b in kept_keys):
                continue  # the same target stated again further on ("phấn đấu đến năm 2025 đạt chuẩn …")
            kept.append(t)
            kept_keys.append(k)
        return kept

    def _sentence_start(self, s_text: str, s_start: int, scope: bool, directions: bool, described_ahead: bool = False):
        """Where the tasks of a sentence begin: (offset, rule, end of the cue or None), or None."""
        cue = self._directive(s_text)
        if (cue is not None and self.soft.match(s_text, cue)
                and FOUNDATION_FOR.search(s_text, max(0, cue - FOUNDATION_REACH), cue)):
            cue = None  # "… là nền tảng quan trọng để các cấp bộ Đoàn tiếp tục phấn đấu cao hơn …": what the results
            # ground, no resolve of the sentence's own (train 727, fresh lf5)
        opener = _past_opener().match(s_text) if cue is not None and self.soft.match(s_text, cue) else None
        if opener is not None and not YEAR.search(s_text, OPENER_YEAR.match(s_text, opener.end()).end(), cue):
            cue = None  # "Thời gian qua, … Nhân dân xã luôn đoàn kết, nỗ lực phấn đấu đạt được …": striven for in the period past
            # (the opener's own year is none ahead: "Trong 6 tháng đầu năm 2019, … đã khắc phục những khó khăn, …, phấn
            # đấu thực hiện tốt các nhiệm vụ …"; group AV zdq3)
        if cue is not None and self.soft.match(s_text, cue):
            done = _last_done(s_text, 0, cue)
            if (done and self._strong_after(s_text, done.end(), cue) is None and "," in s_text[done.end() : cue]
                    and not YEAR.search(s_text, done.end())):
                # "Đảng bộ xã đã lãnh đạo nhân dân chủ động khắc phục khó khăn, phấn đấu thực hiện cơ bản các mục tiêu
                # …": striven for in what was done, its clauses chained by commas, no year after it (a resolve naming a
                # year ahead after results is one: _resolve_after_result; fresh 50)
                cue = None
        if cue is None and EVENT_OPENING.match(s_text):
            return None  # "Thực hiện chương trình công tác năm, sáng 05/11, UBND huyện tổ chức hội nghị …": an event told
        if cue is None and scope and not directions and _past_opener().match(s_text):
            return None  # "Thực hiện các chỉ tiêu …, trong 3 tháng đầu năm, toàn tỉnh có …" after the plan's list: the
            # period past told, the run of directions over (fresh zi4)
        blocked = NOT_TASK_SENTENCE.search(s_text)
        if blocked and cue is not None and cue < blocked.start() and self.request.match(s_text, cue):
            again = self._directive(s_text, blocked.end())
            if again is None or "," not in s_text[blocked.end() : again] or not self.request.match(s_text, again):
                blocked = None  # "đề nghị … cụ thể hóa các nghị quyết vừa được thông qua": inside the request
            # (else "nhấn mạnh, năm 2026 là năm …, đòi hỏi các cấp …": the request is the one after the description)
        if blocked and directions:
            agreed = self.agreed.search(s_text, blocked.start(), blocked.end() + 120)
            if (agreed is not None and agreed.start() < blocked.end() and cue is None
                    and not PAST.search(s_text, agreed.start("c"))):
                # "hội nghị đã thống nhất trong năm 2022, Ủy ban MTTQ các cấp tập trung …": what was agreed to do, in a
                # paragraph of the plan (fresh qi2)
                return agreed.start("c"), "task.agreed", None
        if blocked:
            # "… đã thông qua … với 21 chỉ tiêu chủ yếu, trong đó: A; B": the targets listed are tasks
            listed = self.intro.search(s_text, blocked.end())
            if listed and not _past_opener().match(s_text[listed.end() :]):
                # (not a report's content after its colon: "… thông qua báo cáo …, nhiệm vụ trọng tâm 6 tháng cuối năm
                # 2016, báo cáo nêu rõ: Trong 6 tháng đầu năm, …"; fresh 203)
                return listed.end(), "task.list_item", None
            aims = AIMS.search(s_text, blocked.end())
            if aims and (self.verb.match(s_text[aims.end() :]) or self.soft.match(s_text, aims.end())) and not PAST.search(
                s_text, blocked.end(), aims.start()
            ):  # "Đây là năm thứ hai huyện thực hiện chủ đề này, với mục tiêu phấn đấu …": the aims still are tasks
                return aims.end(), "task.aims", None
            # "nhấn mạnh: Năm 2025 là năm cuối …, 2021 – 2025, Ngành Công thương tiếp tục đổi mới …": a speaker
            # describes the coming year, then directs a body; in a directions paragraph its verb opens the tasks
            # (a request after the description, "…, đòi hỏi các cấp …", is the one below)
            cue = self._directive(s_text, blocked.end())
            # (or the sentence opens on the year ahead, described: "Năm 2020 là năm cuối thực hiện Nghị quyết Đại hội
            # …, huyện ủy tập trung lãnh đạo …", fresh cb02)
            if directions and cue is None and (COMING_YEAR_STRESSED.search(s_text, 0, blocked.end()) or described_ahead):
                for comma in rx(r",\s*").finditer(s_text, blocked.end(), blocked.end() + 200):
                    if DESCRIPTION_GOES_ON.match(s_text, comma.end()):
                        continue  # "…, đồng thời là năm cuối thực hiện kế hoạch …": the year described again, no body
                    directed = self.org_subject.match(s_text[comma.end() :])
                    if directed and not PAST.search(s_text, comma.end(), comma.end() + directed.start("c")):
                        return comma.end() + directed.start("c"), "task.verb_clause", None
            # (or what will be done after the description, "sẽ" and a task verb: "… cho biết, 2026 là năm cuối …, Cục sẽ
            # tiếp tục triển khai …"; fresh pz3)
            if directions and cue is None:
                future = _target_res().future.search(s_text, blocked.end())
                if (future is not None and "," in s_text[blocked.end() : future.start()]
                        and not PAST.search(s_text, blocked.end(), future.start())
                        and not FORECAST.search(s_text, 0, future.start())):
                    return future.start("c"), "task.future", None
            # "…, đồng thời là năm …, đồng chí đề nghị …": a request after the description still is one
            if cue is None or "," not in s_text[blocked.end() : cue] or not self.request.match(s_text, cue):
                return None
        aims = AIMS.search(s_text)
        if aims is not None and not s_text[: aims.start()].strip(" -+•*\t\n") and PAST.search(s_text, aims.end()):
            aims = None  # "Với mục tiêu bảo đảm …, những tháng đầu năm, các lực lượng đã làm tốt …": the purpose of what
            # was done, opening the sentence (fresh aq03)
        if aims is None:
            aims = SET_PURPOSE.search(s_text)
            if aims is not None and PAST.search(s_text, 0, aims.end()):
                aims = None  # "… đã đề ra các giải pháp, nhằm …" in a review: what was done
        if aims and (self.verb.match(s_text[aims.end() :]) or self.soft.match(s_text, aims.end())) and not (
            NOT_TASK_SENTENCE.search(s_text, aims.end())
        ):  # ("với mục tiêu phấn đấu đưa …": a resolve opens the aims too)
            # "… đã quán triệt Nghị quyết nhiệm kỳ 2025-2030, với mục tiêu xây dựng …; phát huy …": the aims
            # set are tasks, whatever was done before them
            return aims.end(), "task.aims", None
        past = PAST.search(s_text)
        agreed = self.agreed.search(s_text) if (scope or directions or MEETING_AGREES.search(s_text)) else None
        if agreed and cue is None and not PAST.search(AGREED_DONE.sub("", s_text[: agreed.start()])) and not PAST.search(
                s_text, agreed.start("c")):
            # (nothing done: "Năm 2025, huyện đã …, thống nhất …"; the agreement itself may be told done: "hội nghị đã
            # thống nhất trong năm 2022, … tập trung …")
            return agreed.start("c"), "task.agreed", None
        later = self.verb_after_actor.search(s_text) if directions else None
        # "Năm 2026, Đà Nẵng tập trung …": a year after the report year, a subject; first when it comes before the actor's
        # verb ("Năm 2024, ngành Văn hóa tiếp tục phát huy …, tiếp tục triển khai …": not the second "tiếp tục"; fresh 52)
        year_first = self.verb_after_year.match(s_text) if directions else None
        if year_first is None and directions and "chủ đề" in s_text[:60].lower():
            # "Năm 2020, với chủ đề hành động “Trách nhiệm cao, …”, Đài PTTH tỉnh tiếp tục …": the year's theme
            # between the year and its subject (blanked, offsets kept)
            year_first = self.verb_after_year.match(THEME_FRAME.sub(lambda f: " " * len(f.group()), s_text, count=1))
        if year_first is not None and (later is None or year_first.start("c") < later.start("c")):
            later = year_first
        if later is None and directions:
            if "," in s_text[:160]:
                prefix = LEADING_YEAR.match(s_text)  # (after a leading year only: "Năm 2020, Sở Lao động, … tập trung")
                later = self.body_then_verb.match(s_text, prefix.end()) if prefix else None
                if later is None:
                    prefix = prefix or _future_adverbial().match(s_text)
                    later = self.bodies_then_verb.match(s_text, prefix.end()) if prefix else None
        if (later is not None and PURPOSE_BEFORE_VERB.search(s_text, max(0, later.start("c") - 20), later.start("c"))
                and rx("(?i)" + SETS_TASKS).search(s_text, 0, later.start("c"))):
            later = None  # "Năm 2025, quận đề ra 17 chỉ tiêu để góp phần nâng cao …": the purpose of what was set, not
            # the body's verb (fresh pd03; not "Năm 2021, tạo đà để thực hiện thắng lợi …", a task's own purpose)
        if later is not None and PAST.search(s_text, 0, later.start("c")):
            later = None  # "Năm 2025, huyện đã tập trung …" (a "đã" after the verb is a relative clause's)
        if later is not None and FORECAST.search(s_text, 0, later.start("c")):
            later = None  # "Năm 2024, dự báo nền kinh tế tiếp tục đối mặt với …": a forecast, no task
        if later is not None and CONCESSION_BEFORE.search(s_text, 0, later.start("c")):
            later = None  # "Năm học 2022-2023, mặc dù tiếp tục chịu tác động …, song …": a concession, no task (fresh tc4)
        if later is None and scope and not past:  # after a request: "Sở Y tế khẩn trương …, phấn đấu …"
            # (or field by field: "Trong lĩnh vực nông nghiệp, phường tiếp tục duy trì …")
            later = self.org_subject.match(s_text) or (self.topic_item.match(s_text) if FIELD_TOPIC.match(s_text) else None)
            if later is not None and JUST_DONE.search(s_text, 0, later.start("c")) and len(JUST_DONE.findall(s_text)) == 1:
                # (not "vừa … vừa …", both at once: "các cấp vừa phòng dịch vừa phát triển kinh tế")
                later = None  # "Đảng ủy phường vừa tổ chức Hội nghị tổng kết công tác xây dựng Đảng …": an event told
        if later is not None:
            going_on = rx(r"(?i)(?<![\p{L}])tiếp\s+tục\s+$").search(s_text, max(0, later.start("c") - 12), later.start("c"))
            if lexicon.continuing_state().match(s_text, going_on.start() if going_on else later.start("c")):
                later = None  # "… tình hình kinh tế - xã hội tháng 8, tiếp tục ổn định và phục hồi; …": a trend told
        intro = self.intro.search(s_text)
        past_intro = PAST.search(s_text, 0, intro.end()) if intro else None
        if past_intro and rx("(?i)" + SETS_TASKS).search(s_text, past_intro.end(), intro.start()):
            past_intro = None  # "Hội nghị đã thảo luận, đề ra một số nhiệm vụ trọng tâm … quý II-2024, gồm: A; B": set (fresh qk1)
        if intro and (past_intro or rx(
            r"(?i)(?<![\p{L}])(?:đạt|vượt|kết\s+quả|hoàn\s+thành|cho\s+thấy)(?![\p{L}])"
        ).search(s_text[: intro.end()])):
            intro = None  # "Kết quả thực hiện các chỉ tiêu chủ yếu: …" lists results; so does a report that shows them
            # ("Báo cáo … quý I, nhiệm vụ trọng tâm quý II … cho thấy: Quý I/2024, tổng giá trị … ước đạt …", fresh ql3)
        if intro and MEETING_AGENDA_LEAD.match(s_text[: intro.start()]):
            intro = None  # "Hội nghị thực hiện 02 nhiệm vụ trọng tâm: i) Tổng kết …; ii) Xác định …": the agenda
        lead = LEAD.match(s_text)
        body = lead.end() if lead else 0
        quote = OPENING_QUOTE.match(s_text, body)
        if quote:
            body = quote.end()  # '"Tăng cường công tác quản lý …' opening a quoted direction: the clause at its verb
            # (fresh qh04)
        body_start = body + len(s_text[body:]) - len(s_text[body:].lstrip())  # where the clause's first word is
        # "sẽ" and a task verb before the cue ("các địa phương sẽ tiếp tục vận động …, phấn đấu đạt …"): the task opens
        # at that verb, the cue's clause is part of it (set AX)
        ahead = _target_res().future.search(s_text, 0, cue) if cue is not None and "sẽ" in s_text[:cue].lower() else None
        if not _future_opens(s_text, ahead, intro):
            ahead = None
        if cue is not None and not (later and later.start("c") < cue) and not (intro and intro.start() < cue) and not ahead:
            if ((scope or directions) and not past and ";" in s_text[body:cue] and self.verb.match(s_text[body:])
                    and not _target_res().agenda.match(s_text[body_start:])):
                # "Bảo đảm vững chắc quốc phòng - an ninh, …; phấn đấu hoàn thành …": the sentence opens with an
                # item of its own before the item the cue opens
                return body_start, "task.verb_clause", None
            stated = self._plan_stated(s_text, verb_only=True)
            if stated is not None and stated < cue and ";" in s_text[stated:cue]:
                # "Đảng bộ xã xác định phương hướng nhiệm kỳ 2025-2030 là tăng cường …; phát huy …; giữ vững …, phấn
                # đấu …": the plan stated opens the items, the cue only the last (fresh 140)
                return stated, "task.plan_is", None
            return cue, "task.directive", self._cue_end(s_text, cue, s_start)
        future = _target_res().future.search(s_text)
        if _future_opens(s_text, future, intro) and not FORECAST.search(s_text, 0, future.start()):
            # (not what is forecast: "Và theo dự báo, kết thúc năm, ngành Thuế sẽ hoàn thành vượt mức …", fresh 125)
            return future.start("c"), "task.future", None  # "Năm 2023, LLVT tỉnh sẽ tiếp tục duy trì …; chú trọng …"
        if intro:  # "… các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025, trong đó: A; B; phấn đấu C"
            return intro.end(), "task.list_item", None
        stated = self._plan_stated(s_text)
        if stated is not None:  # "Nhiệm vụ trọng tâm năm 2026 là đẩy mạnh …; nâng cao …" (not "… là rất nặng nề")
            return stated, "task.plan_is", None
        ordinal = bool(lead and lead.group("ord"))  # "Thứ nhất, tập trung …": an item of a list announced before
        opener = self.verb.match(s_text[body:]) or ((ordinal or scope) and self.section_verb.match(s_text[body:]))
        if ordinal and not opener and not past:
            # "Thứ hai, các địa phương bố trí đủ kinh phí …": whom the item asks, then its verb
            asked = self.subject_verb.match(s_text, body)
            if asked:
                return body, "task.verb_clause", None
            if scope and ORDINAL_VERB_ITEM.match(s_text, body):
                # "Đồng chí lưu ý một số nội dung trọng tâm. Thứ nhất, … Thứ hai, kiềm chế, làm giảm tai nạn giao
                # thông …": in a run of requests an ordinal item opens on its verb, listed or not
                return body, "task.verb_clause", None
        # ("Thứ nhất, hoàn thiện thể chế …": after an ordinal the common openers of plan items count too)
        if (scope or directions or ordinal) and opener and not past and not _agenda_sentence(s_text[body_start:]):
            return body_start, "task.verb_clause", None
        if later:  # "Nhiệm vụ 6 tháng cuối năm, huyện X tập trung A; B; phấn đấu C", "Sở Y tế khẩn trương …"
            return later.start("c"), "task.verb_clause", None
        if directions and not past:
            # "Tập thể Viện KSND khu vực 10 quyết tâm hoàn thành chỉ tiêu, nhiệm vụ năm 2026.": a body resolving on the
            # plan, as a headline does (headline_resolve), in a sentence of its own where directions are given (fresh 112)
            # (only the resolve itself, "quyết tâm": "Hội nghị tập trung xem xét …" tells the meeting's business)
            lead = len(s_text) - len(s_text.lstrip())
            resolve = _target_res().headline_resolve.match(s_text, lead)
            if resolve is not None and resolve.group("resolve") is not None:
                return resolve.start("c"), "task.resolve", None
        return None

    def _plan_stated(self, s_text: str, verb_only: bool = False) -> int | None:
        """Where the items of a plan stated with its copula begin ("Nhiệm vụ trọng tâm năm 2026 là | đẩy mạnh …; nâng
        cao …", "… xác định phương hướng nhiệm kỳ 2025-2030 là | tăng cường …"), or None (not "… là rất nặng nề").
        With ``verb_only`` the items must open on a verb (not a target's figure: "Mục tiêu là GRDP tăng 8%")."""
        plan_is = self.plan_is.match(s_text) or (self.plan_aims.match(s_text) if "nhằm" in s_text else None)
        if plan_is and MEETINGS_OWN.search(s_text, 0, plan_is.end()):
            plan_is = None  # "Một trong những nhiệm vụ quan trọng của kỳ họp HĐND tỉnh lần này là đánh giá …; dự toán …":
            # the meeting's own business, its agenda, no task set for the period (group AD yd1)
        if plan_is and FOCUS_IS.match(s_text) and not self.verb.match(s_text[plan_is.end() :]):
            plan_is = None  # "Trọng tâm là báo cáo về …": the focus of a session's agenda; "Trọng tâm là tiếp tục …" plans
        # (a "đã" after the copula is a relative clause inside an item: "… là thu hoạch lúa mùa đã chín; …")
        # (a modal may come first: "nhiệm vụ quý IV là phải tập trung cao độ …")
        modal = MODAL_FIRST.match(s_text, plan_is.end()) if plan_is else None
        verb_at = modal.end() if modal else (plan_is.end() if plan_is else 0)
        if plan_is and ASSIGNED_AMOUNT.match(s_text, plan_is.end()) and (
                ASSIGNED.search(s_text, 0, plan_is.end()) or PAST.search(s_text, plan_is.end())):
            plan_is = None  # "Nhiệm vụ thu NSNN năm 2021 … được Bộ Tài chính giao là 1.470 tỷ đồng": the amount assigned, told;
            # so is the amount a report of progress goes on from ("Kế hoạch vốn đầu tư công năm 2021 … là 685 tỷ đồng; đến
            # ngày 30/6 đã giải ngân 312 tỷ đồng, đạt 45,5%")
        if plan_is and not PAST.search(s_text, 0, plan_is.end()) and not _target_res().result.search(s_text, 0, plan_is.end()) and (
            self._opens_on_task_verb(s_text[verb_at:])
            or (not verb_only and FIGURE.search(s_text, plan_is.end()))
        ):
            return plan_is.end()
        return None

    def _resolve_task(self, doc: Doc, s_text: str, s_start: int, plan_year, is_future) -> dict | None:
        """The task of a resolve for the year ahead closing a sentence of results (:func:`_resolve_after_result`)."""
        resolve = _resolve_after_result(s_text, is_future)
        if resolve is None:
            return None
        return self._task(doc, s_start + resolve[0], s_start + resolve[1], plan_year, "task.resolve")

    def _cue_end(self, s_text: str, pos: int, offset: int) -> int | None:
        """Where the assignees may start after a cue at ``pos`` (None if no cue there)."""
        cm = self.strong.match(s_text, pos)
        if not cm:
            return None
        end = cm.end()
        if cm.group().lower().endswith(" các"):  # "chỉ đạo các sở, ngành …": "các" opens the assignees
            end -= 3
        return offset + end

    def _lead_in(self, s_text: str) -> bool:
        """A lead-in naming no task, its items after it: "… các nhiệm vụ trọng tâm sau:", "… ngành xác định một số
        nhiệm vụ trọng tâm." Not what there is ("Khắp nơi trong tỉnh chiều nay có những nội dung đáng chú ý sau:", a
        news round-up's items: EXISTING_BEFORE)."""
        lead = self.lead_in.search(s_text)
        if (lead and LEAD_NOUN.match(s_text, lead.start())
                and EXISTING_BEFORE.search(s_text, max(0, lead.start() - 30), lead.start())):
            lead = None  # (a plan noun still leads in: "Năm 2026, ngành có các nhiệm vụ trọng tâm sau:")
        return bool(lead or self.announced.search(s_text))

    def _directive(self, s_text: str, pos: int = 0) -> int | None:
        """Offset of the first real directive cue in a sentence (from ``pos``), or None."""
        for m in self.strong.finditer(s_text, pos):
            c0, c1 = m.start("c"), m.end("c")
            word = s_text[c0:c1]
            key = lexicon.fold_key(word)  # (the cue as a lookup key: compared below with the words it may be)
            before = s_text[max(0, c0 - 40) : c0]  # (bounded: the checks below look at the last words only)
            prev = before.rstrip()
            if self.petition.fullmatch(word) and not PETITION_OBJECT.match(s_text, c1):
                continue  # "ý kiến, kiến nghị của cử tri": the noun; "kiến nghị UBND huyện sớm bố trí …" asks
            if BRACKET_OPEN_NEAR.search(s_text, max(pos, c0 - 61), c0):  # (the 61 characters it can span, not the sentence)
                continue  # "… 8,66 bác sĩ/vạn dân (năm 2018 Bộ Y tế đặt mục tiêu 26 giường bệnh …)": a remark in brackets
                # on the reference the figure is held against (fresh 30)
            if (key == lexicon.fold_key("đề xuất") and DISCUSSED.search(s_text, 0, c0)
                    and PROPOSED_MEASURES.match(s_text, c1)):
                # "Tại hội nghị, các đại biểu thảo luận, làm rõ …, đồng thời đề xuất các giải pháp nhằm …": what the
                # discussion brought, no request (fresh 22, 27, 30 and train 006; "nhiều địa phương khẳng định …, đồng
                # thời đề xuất các giải pháp trọng tâm" is a task in train 421)
                continue
            if self.commitment.fullmatch(word) and SIGNED_BEFORE.search(prev):
                continue  # "Huyện thực hiện ký cam kết quản lý, xử lý vi phạm đất đai giữa …": commitments signed (fresh 29)
            if self.commitment.fullmatch(word):
                # "cam kết sẽ hoàn thành …", "cam kết đến ngày 31/12/2024 giải quyết xong …" (a deadline first)
                rest = COMMITTED_LEAD.sub("", s_text[c1 : c1 + 90])
                if not (self._opens_on_task_verb(rest) or self.strong.match(rest)
                        or self.committed_verb.match(s_text[c1 : c1 + 60].lstrip())):
                    continue  # "ký cam kết", "thực hiện đúng cam kết": the noun
            if word[:1].isupper() and rx(r"\s+\p{Lu}").match(s_text, c1):
                continue  # "Cần Thơ", also opening a headline
            if NOUN_USE.search(before) or NOUN_NEXT.match(s_text[c1 : c1 + 40]):
                continue
            if TASK_GIVEN_TO.match(s_text, c1) and not any(
                    self.verb.match(s_text[w.start() : c1 + 100]) for w in WORD_START.finditer(s_text, c1, c1 + 100)):
                continue  # "cơ chế phân bổ và giao nhiệm vụ cho xã phường chưa rõ": the noun; "giao nhiệm vụ cho Ban
                # Tuyên giáo tham mưu …" assigns (a verb after the body)
            if key.startswith(lexicon.fold_key("chỉ đạo")) and LEADING_PAIR_BEFORE.search(before):
                continue  # "lãnh đạo, chỉ đạo các đơn vị …", "Hướng dẫn, chỉ đạo các nhà thầu …": one of a pair of verbs of
                # managing, told of a body (5 pages of the fresh sets, none a task), not a direction given
            if key == lexicon.fold_key("kêu gọi") and CALL_FOR_CAPITAL.match(s_text, c1):
                continue  # "quảng bá, kêu gọi đầu tư", "Chú trọng …, kêu gọi đầu tư": seeking investment, an activity (a
                # verb of its own in a list of tasks), not a call on a body to act (fresh 46, twice)
            if key in AWARD_CUES and (AWARD_PROPOSAL.match(s_text, c1) or PASSIVE_BEFORE.search(before)):
                # "đề nghị Chủ tịch UBND tặng giấy khen …", "đề nghị công nhận 4 xã …", "(hộ) được đề nghị nhận cờ
                # thi đua": a nomination
                continue
            if DOCUMENTS_COUNTED_BEFORE.search(before):
                continue  # "ban hành 218 kiến nghị yêu cầu khắc phục vi phạm": the documents' demand, described
            if COUNTED_INDICATORS_BEFORE.search(before):
                continue  # "06 chỉ tiêu phấn đấu đến cuối năm đạt", "3 chỉ tiêu cần tập trung": a status of counted targets
            if word.lower() == "phải" and _setback_after().match(s_text, c1):
                continue  # "… phiên đấu giá phải tạm dừng", "phải kể đến …": what was undergone (task_cues setback_verb)
            if MODAL.fullmatch(word) and NOT_LET_BEFORE.search(before):
                continue  # "…, không để nhà đầu tư phải chờ đợi kéo dài": what must not happen to others, no request
            if word.lower() == "phải" and FORCED_BEFORE.search(before):
                continue  # "khiến ngân sách Trung ương phải bố trí …", "vẫn phải nỗ lực duy trì …": borne, no request
            if MODAL.fullmatch(word) and (PLAN_NOUN_BEFORE.search(s_text, max(0, c0 - 90), c0) or LIMITATION_BEFORE.search(before)
                                          or COUNT_NOUN_BEFORE.search(before) or COUNTED_OBJECT_BEFORE.search(before)):
                # a relative clause: "các nhiệm vụ cần thực hiện trong năm", "còn tồn tại, hạn chế cần khắc phục"
                continue
            if rx(r"\s*,").match(s_text, c1) and self.request.fullmatch(word) and not self.comma_request.match(s_text, c1):
                # "nhấn mạnh, thời gian còn lại …": a statement reported ("phấn đấu, tốc độ tăng trưởng đạt 10%"
                # still sets targets)
                continue
            if REPORTING_CUE.fullmatch(word) and self.evaluated.match(s_text, c1):
                continue  # "nhấn mạnh: việc triển khai sớm … có ý nghĩa quan trọng": a view of its worth
            if REPORTING_CUE.fullmatch(word) and not self.verb.match(
                s_text[c1 : c1 + 80].lstrip(" :").removeprefix("việc ").removeprefix("rằng ")
            ) and not self.reported_request.match(s_text, c1) and not (
                # ("lưu ý, huyện … tiếp tục thực hiện …": after "lưu ý", a comma, the body and its verb ask as after "yêu
                # cầu,"; "nhấn mạnh," more often reports a view: fresh da02)
                key == lexicon.fold_key("lưu ý") and self.comma_request.match(s_text, c1)
            ) and not (
                # (the bodies and their verb, or the charge noted: "nhấn mạnh các đơn vị trong khối tiếp tục chủ động …",
                # "lưu ý việc ưu tiên …"; fresh ac5)
                (noted := NOTED.get(key)) is not None
                and (self.noted_request.match(s_text, c1) or noted.match(s_text, c1))
            ):
                continue  # "nhấn mạnh quý IV có ý nghĩa quyết định …" reports a view; "nhấn mạnh: cần …" has its own cue
            if key == lexicon.fold_key("kêu gọi") and self.bare_verb_end.search(before):
                continue  # "đẩy mạnh kêu gọi thu hút đầu tư": calling for investment, the activity a task verb pushes
            if word.lower().startswith("đề ra") and AGENDA_PAIR.search(s_text, max(0, c0 - 200), c0):
                continue  # "tổ chức kỳ họp để đánh giá … năm 2020 và đề ra mục tiêu phát triển năm 2021": the agenda
            if EMPHASIS_BEFORE.search(before) and self.verb.match(s_text.lstrip()):
                continue  # "Tập trung cho công tác nhân sự, …, đặc biệt chú ý đến …": the stress is on the task opened
            if word[:1].isupper() and prev and prev[-1] not in '.:;!?"(-':
                continue  # capitalized inside a sentence: part of a name ("Trưởng Ban Chỉ đạo các chương trình")
            if prev.endswith("(") and s_text[c1 : c1 + 1] == ")":
                continue  # "Ông A (Phải), Tỉnh ủy viên …": where someone stands in a photo
            if prev[-5:].lower() == "không" and not prev[-6:-5].isalpha():
                continue  # "không phải là …", "không cần …": a negation, no request
            held_window = s_text[max(0, c0 - 30) : c0]
            held = NOT_TASK.search(held_window)
            if held and HELD_CLAUSE_CLOSED.search(held_window, held.end()):
                held = None  # "đánh giá cao kết quả mà huyện đã đạt được, đồng thời yêu cầu huyện tiếp tục …": what was
                # done closes its clause; "đồng thời" opens the request (fresh zh02)
            if (held and held.group().lower().startswith("đã") and key in SPOKEN_REQUESTS
                    and _speaker_past().search(s_text, max(0, c0 - 60), c0)):
                held = None  # "Tổng cục trưởng Nguyễn Văn A đã yêu cầu cần tăng cường …": a person's request, told in
                # the past (not a body's: "huyện Mường Khương đã đề nghị bổ sung …", "Kho bạc … đã yêu cầu …"; fresh
                # bp02, zd01)
            if held and not (held.group().lower().startswith("là") and "," in held.string[held.end() :]):
                continue  # (a description closed by a comma does not hold the cue: "… là năm bản lề, đòi hỏi …")
            clause = s_text[max(s_text.rfind(c, 0, c0) for c in ";:,") + 1 : c0]
            if DOCUMENT_ITEM.match(clause):  # "Tờ trình đề nghị phê duyệt …" is a document
                continue
            if key == lexicon.fold_key("giao") and TARGETS_ASSIGNED_BEFORE.search(s_text, max(0, c0 - 80), c0):
                continue  # "Trong 15 chỉ tiêu Nghị quyết HĐND tỉnh giao cho ngành, có 13/15 …", "tổng kế hoạch vốn đầu tư
                # phát triển giao các đơn vị hơn 106 tỉ đồng": the targets assigned, a relative clause (4 fresh pages)
            if key == lexicon.fold_key("chỉ đạo các") and STEERING_BOARD_BEFORE.search(s_text, max(0, c0 - 6), c0):
                continue  # "Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện luôn sâu sát cơ sở": a steering
                # board's name, no direction (fresh pg02)
            if (key == lexicon.fold_key("chỉ đạo các")
                    and (ONGOING_BEFORE.search(s_text, max(0, c0 - 30), c0)
                         or PAST_DIRECTED.search(s_text, 0, c0) or RESULT_FIGURE.search(s_text, 0, c0))):
                # "Chi cục Kiểm lâm liên tục chỉ đạo các hạt …", "UBND huyện đang tập trung chỉ đạo các đơn vị …": the
                # body's management, ongoing, told (3 fresh pages, no annotated task)
                continue  # "UBND huyện đã chỉ đạo các xã …; …; chỉ đạo các cơ quan …": the items of what was directed
                # ("Trong năm, huyện kết nạp 253 đảng viên, đạt hơn 101% chỉ tiêu giao; chỉ đạo các tổ chức cơ sở
                # đảng tổ chức đại hội …": after a result reached, what was directed too)
            return c0
        return None

    def _items(self, s_text: str, start: int, sentences: bool = False) -> list[tuple[int, int]]:
        """Directive items: split at ";", at a comma between two figures and before a modal with its own
        subject (each side 4+ words); with
        ``sentences`` also at sentence ends and "…" (the items of a list of targets)."""
        out = []
        quotes = [m.start() for m in QUOTE_MARK.finditer(s_text)]  # (once per sentence: the count before each item)
        for a, b in self._clauses(s_text, start, TARGET_SEPARATOR if sentences else CLAUSE_SEPARATOR):
            pieces = [(a, None)]  # (start, end) of each piece; the end is set when the next begins
            for cut, nxt in self._split_points(s_text, a, b):
                left = s_text[pieces[-1][0] : cut]
                if cut <= pieces[-1][0] or len(left.split()) < 4 or len(s_text[nxt:b].split()) < 3:
                    continue
                if self.bare_verb_end.search(left) and not (ADVANCED_STANDARD_END.search(left) and "," in s_text[cut:nxt]):
                    continue  # "đẩy mạnh và làm tốt công tác …": one object, one task
                pieces[-1] = (pieces[-1][0], cut)
                pieces.append((nxt, None))
            pieces[-1] = (pieces[-1][0], b)
            for x, y in pieces:
                x2, y2 = strip_span(s_text, x, y, " ,-\t\n.:")
                if x2 < y2 and s_text[x2] in '"“' and not any(q in s_text[x2 + 1 : y2 - 1] for q in '"“”'):
                    x2 += 1  # '"Các phòng, ban chuyên môn phải …"': the quote opens the task
                number = INLINE_NUMBER.match(s_text, x2, y2)
                if number:
                    x2 = number.end()  # "…: (1) đẩy mạnh …; (2) huy động …": the item's number is none of the task
                x2, y2 = strip_span(s_text, x2, self._unquoted_end(s_text, x2, y2, quotes), " ,-\t\n.:")
                if y2 > x2:
                    out.append((x2, y2))
        return out

    @staticmethod
    def _unquoted_end(s_text: str, x: int, y: int, quotes: list[int]) -> int:
        """The end of a task that a quotation closes: before '", ông A nói' (the attribution after the
        closing quote is no part of it) and before a closing quote left at its end. ``quotes``: the
        positions of the sentence's quotation marks (sorted)."""
        if not quotes:
            return y
        first = bisect_left(quotes, x)  # the quotation marks inside the task, counted from its start
        for m in QUOTE_CLOSE.finditer(s_text, x, y):
            inner = bisect_left(quotes, m.start()) - first
            if inner % 2 == 0:
                # '"… giải phóng mặt bằng", ông Lê Văn Hòa nói': no quotation opened inside the task, so this one
                # closes a quotation opened before it — in this sentence or in one before ('"Năm 2026 là năm bản
                # lề. Chúng ta phải …", ông A nói'); one opened inside closes a name ('phong trào "Dân vận khéo", …')
                return m.start()
        if y > x and s_text[y - 1] in '"”' and not any(q in s_text[x : y - 1] for q in '"“”'):
            return y - 1  # "… thành nhà văn hóa\"" (the quote opened before the task)
        return y

    def _split_points(self, s_text: str, a: int, b: int) -> list[tuple[int, int]]:
        """(end of the piece before, start of the next) where a clause holds another task: a comma
        between two figures ("GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%") and ", <who> phải/cần"
        ("…, mỗi cán bộ, đảng viên phải gương mẫu …")."""
        # Not at ", <task verb>" nor " và <task verb>": "tập trung phát triển nông nghiệp, đẩy mạnh quảng bá …"
        # chains the verbs of one request, one task (guideline: "verbs chained by commas inside one request stay
        # one task"; in the train gold about one such split in seven gave a task of its own, the val figures
        # agree; only the dev gold split there).
        points: list[tuple[int, int]] = []
        # "GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%/năm": two figures, two targets
        commas = [m.start() for m in rx(r",(?=\s)").finditer(s_text, a, b)]
        link = _target_res().link
        structure = STRUCTURE.search(s_text, a, b)
        for i, c in enumerate(commas):
            if structure and structure.end() <= c and SHARE_PIECE.fullmatch(
                    s_text, c + 1, commas[i + 1] if i + 1 < len(commas) else b):
                continue  # "cơ cấu kinh tế: nông nghiệp 48%, công nghiệp 22%, dịch vụ 30%": the shares of one structure
            left = s_text[commas[i - 1] + 1 if i else a : c]
            part = list(BREAKDOWN.finditer(left))
            if part:  # "… 94% trong đó học sinh, sinh viên đạt 100%": the part's figure, not a figure before it
                left = left[part[-1].end() :]
            right = s_text[c + 1 : commas[i + 1] if i + 1 < len(commas) else b]
            piece = s_text[points[-1][1] if points else a : c]  # the piece so far, from the last split
            if RESTATED_AGAINST.match(right):
                continue  # "đạt 100% dự toán Tổng cục giao, 114% dự toán Chính phủ": one target against another reference
            if ANNIVERSARY.match(right):
                continue  # "kỷ niệm 85 năm Ngày thành lập Đoàn, 75 năm Ngày thành lập Đội": anniversaries listed, no target
                # (fresh al2)
            change = ABSOLUTE_CHANGE_OF.fullmatch(right)
            if change and left.split() and left.split()[-1].split("/")[0].lower() == change.group("unit").lower():
                continue  # "số hộ nghèo còn lại 250 hộ, giảm 245 hộ": by how much the same quantity changes (set AF)
            if BARE_CHANGE.fullmatch(right) and TARGET_NUMBER.search(left):
                continue  # "thu hút khách du lịch 160 nghìn lượt người, tăng gần 90.000 lượt", "tỷ lệ trường đạt chuẩn 59%,
                # tăng trên 20%": the change of the target just named, nothing of its own (fresh il01)
            if COUNTED_PLAN.match(right) and COUNTED_PLAN.search(piece):
                continue  # "tập trung thực hiện 2 nhiệm vụ trọng tâm …, 6 nhiệm vụ chuyên môn, 6 giải pháp": one verb's objects
            ahead = right
            if not TARGET_NUMBER.search(right) and TARGET_FIGURE_AT_END.search(left):
                # "… đạt từ 92% trở lên, các vụ án dân sự, hôn nhân - gia đình, … đạt từ 87% trở lên": the next target
                # names what it measures with commas of its own, its figure further on (fresh 23)
                k = i + 1
                while k < len(commas) and not TARGET_NUMBER.search(s_text, commas[k - 1] + 1, commas[k]):
                    k += 1
                ahead = s_text[c + 1 : commas[k] if k < len(commas) else b]
            if (TARGET_NUMBER.search(left) and TARGET_NUMBER.search(ahead)
                    and (not link.match(right) or RAISED_TOTAL.match(right) or SENT_COUNT.match(right))
                    and not (rx(r"(?i)(?<![\p{L}])so\s+(?:với|cùng\s+kỳ|năm|kế\s+hoạch|dự\s+toán|tháng|quý|ước)(?![\p{L}])").search(right)
                             and SAME_FIGURE.match(right))  # "…, tăng 16,6% so với
                    # năm 2023": the same figure ("…, thu ngân sách tăng 20% so với …" names a quantity of its own)
                    and not DOCUMENT_DATE.match(right)):  # "Chỉ thị 02-CT/TU, ngày 23/12/2020 của Tỉnh ủy": a reference
                points.append((c, c + 1 + len(right) - len(right.lstrip())))
            elif TARGET_FIGURE_END.search(left) and self.verb.match(right.lstrip()):
                # "tỷ lệ hộ nghèo còn 0,43%, thực hiện hoàn thành kế hoạch xóa nhà tạm": a target, then a task
                points.append((c, c + 1 + len(right) - len(right.lstrip())))
            elif (RATE_TARGET_START.match(right) and (self.any_verb.search(piece) or _resolve_with_aim(piece))
                  and not TARGET_NUMBER.search(piece)):
                # "duy trì bộ tiêu chí quốc gia về y tế, tỷ lệ bao phủ BHYT đạt 99,3%": a task, then a rate aimed at
                # (the task's verb before earlier commas of its own: "duy trì phổ cập giáo dục mầm non, phổ cập giáo
                # dục THCS, tỷ lệ trường đạt chuẩn quốc gia đạt 48,5%", fresh 22)
                points.append((c, c + 1 + len(right) - len(right.lstrip())))
            elif (RATE_TARGET_START.match(right) and TARGET_NUMBER.search(piece) and not TARGET_NUMBER.search(left)
                  and not self.any_verb.search(piece)):
                # "100% thôn, bản có nhà văn hóa, tỷ lệ hộ được sử dụng điện lưới đạt 100%": a target with its figure
                # (commas of its own after it), then a rate with its own (fresh 113)
                points.append((c, c + 1 + len(right) - len(right.lstrip())))
            elif FIGURE_CHANGE_START.match(right) and self.any_verb.search(left) and not TARGET_NUMBER.search(left):
                # "duy trì kết quả giảm nghèo bền vững, giảm 50% số hộ nghèo": a task, then a target of its own
                points.append((c, c + 1 + len(right) - len(right.lstrip())))
        # "tỷ lệ tham gia BHYT đạt trên 92%, trong đó học sinh đạt 100%": a part's own figure after the whole's
        for m in BREAKDOWN.finditer(s_text, a, b):
            before = s_text.rfind(",", a, m.start())
            whole_at = before + 1 if before >= 0 else a  # (where the whole's piece begins)
            stop = s_text.find(";", m.end(), b)
            right = s_text[m.end() : min(stop if stop >= 0 else b, m.end() + 60)]  # ("học sinh, sinh viên đạt 100%")
            if PART_COUNTED.match(right) and "%" not in s_text[whole_at : m.start()]:
                # "tạo việc làm mới cho trên 5.500 lao động, trong đó có 400 lao động xuất khẩu", "đón khoảng 26,5 triệu
                # lượt khách, trong đó có 5 triệu lượt khách quốc tế": how many of the things counted, a detail of the
                # whole, no target of its own (six pages of the fresh sets, none split by their annotators)
                continue
            if (TARGET_NUMBER.search(s_text, whole_at, m.start())
                    and TARGET_NUMBER.search(right) and not DOCUMENT_DATE.match(right)):
                lead = len(m.group()) - len(m.group().lstrip(" ,"))
                points.append((m.start(), m.start() + lead))  # (the next piece opens at "trong đó")
        # "phát huy thế mạnh nông nghiệp, xây dựng hạ tầng, phấn đấu đến năm 2025 xã đạt chuẩn …": after the
        # requests, a resolve with a figure is a target of its own (train 637)
        for m in RESOLVE_AFTER_COMMA.finditer(s_text, a, b):
            year_only = RESOLVE_YEAR_ONLY.match(s_text, m.end(), b)
            stop = s_text.find(",", year_only.end() if year_only else m.end(), b)
            end = stop if stop >= 0 else b
            # (or after a target of its own, with a figure or its own resolve: "phấn đấu hoàn thành 19/19 tiêu chí,
            # phấn đấu thôn A đạt thôn nông thôn mới", "đưa tổng giá trị sản xuất tăng 13,5%, phấn đấu hoàn thành …")
            piece = s_text.rfind(",", a, m.start())
            before_target = (TARGET_NUMBER.search(s_text, piece + 1 if piece >= 0 else a, m.start())
                             or RESOLVE.search(s_text, a, m.start()))
            if ((TARGET_NUMBER.search(s_text, m.end(), end) or DEADLINE_AFTER_RESOLVE.match(s_text, m.end(), end)
                 or before_target)
                    and self.any_verb.search(s_text, a, m.start())):
                points.append((m.start(), m.end()))  # (the match ends where "phấn đấu" begins)
        # "… đạt từ 9%-9,5% và phấn đấu tăng trưởng hai con số": after a figure, a resolve is another target
        for m in TARGET_AND.finditer(s_text, a, b):
            if COUNTED_PLAN.match(s_text, m.end()):
                continue  # "16 chỉ tiêu chủ yếu, 6 nhiệm vụ trọng tâm và 3 khâu đột phá": one verb's objects
            if COUNT_FIRST.match(s_text, m.end()) and not COUNTED_DOING.match(s_text, m.end()):
                continue  # "gắn … 30 địa chỉ với hội cấp huyện và 1.000 địa chỉ toàn tỉnh": a count with no predicate of its
                # own is one more object of the verb before (fresh 41)
            if TARGET_NUMBER.search(s_text, max(a, m.start() - 80), m.start()):
                points.append((m.start(), m.end()))
        for m in MODAL.finditer(s_text, a, b):
            if NOUN_USE.search(s_text, max(a, m.start() - 40), m.start()) or NOUN_NEXT.match(s_text[m.end() : m.end() + 40]):
                continue  # "chuyên cần sáng tạo", "cần thiết": no modal
            if NOT_LET_BEFORE.search(s_text, max(a, m.start() - 40), m.start()):
                continue  # "…, không để nhà đầu tư phải chờ đợi": part of the request before it
            commas = [c.start() for c in rx(r",").finditer(s_text, max(a, m.start() - 60), m.start())]
            near = [c for c in commas if len(s_text[c + 1 : m.start()].split()) <= 6]
            # only after a request with its own verb ("yêu cầu các cấp, các ngành cần …" is one request)
            if near and self.any_verb.search(s_text, a, near[0]):
                points.append((near[0], m.start()))
        # "phấn đấu đạt chuẩn nông thôn mới nâng cao vào năm 2027, | nông thôn mới kiểu mẫu vào năm 2030": a target
        # closed by its deadline, then another closed by a later one (fresh ve3, jb3; not a name's year: "… đến năm
        # 2030, tầm nhìn đến năm 2045")
        for m in DEADLINE_YEAR.finditer(s_text, a, b):
            comma = rx(r",\s*").match(s_text, m.end(), b)
            if comma is None or _in_document_name(s_text, a, m.start()):
                continue
            stop = rx(r"[;.]\s").search(s_text, comma.end(), b)
            nxt = DEADLINE_YEAR.search(s_text, comma.end(), stop.start() if stop else b)
            if (nxt is not None and nxt.group("y") != m.group("y")
                    and not _in_document_name(s_text, a, nxt.start())):
                points.append((comma.start(), comma.end()))
        taken = {c for c, _e in points}
        points.extend(p for p in self._listed_items(s_text, a, b) if p[0] not in taken)
        return sorted(points)

    def _listed_items(self, s_text: str, a: int, b: int) -> list[tuple[int, int]]:
        """Where the items of a colon list under a plural or counted head part in the clause ``[a, b)``.

        "… phát triển đồng bộ trên 3 mặt: bảo vệ môi trường, nâng cao chất lượng cuộc sống và tăng trưởng GRDP đạt 7%"
        and "… các nhiệm vụ quan trọng của đề án: phát triển …, nâng cao …, phát triển …" list one task per item
        (guideline: "items of a list … one task per item"), split at commas and a last "và" (fresh ov3, pc3). Only
        when a count before the head is the number of items, or, with no count, every item opens with a task verb;
        else the commas chain the verbs of one request, one task.
        """
        head = lexicon.last_match(LIST_HEAD, s_text, max(0, a - 160), b)
        if head is None or head.end() > b or s_text[head.end() : a].strip():
            return []  # (a head further back opens a list parted by ";", this clause one of its items: "… 3 trụ cột
            # chính: Đổi mới …; tập trung thực hiện tái thiết đô thị thông minh, hiện đại, hạ tầng đồng bộ; …", fresh oy1)
        start = max(head.end(), a)
        cuts = [(m.start(), m.end()) for m in LIST_ITEM_CUT.finditer(s_text, start, b)
                if not _inside_bracket(s_text, start, m.start())]
        ands = [m for m in LIST_LAST_AND.finditer(s_text, cuts[-1][1] if cuts else start, b)]
        if ands:
            cuts.append((ands[-1].start(), ands[-1].end()))
        bounds = [start] + [e for _s, e in cuts]
        ends = [s for s, _e in cuts] + [b]
        items = [s_text[x:y].strip() for x, y in zip(bounds, ends)]
        n = head.group("n")
        wanted = int(n) if n and n.isdigit() else lexicon.number_word_values().get(lexicon.fold_key(n)) if n else None
        if wanted is None and not head.group().rstrip().endswith(":"):
            # "… như triển khai A, Đề án B, đẩy mạnh C, hoàn thiện D": after "như", an item opens at each task verb (a
            # comma before an object continues the item before it; fresh pw5)
            verb_cuts = [c for c in cuts if self._opens_on_task_verb(s_text[c[1] : b])]
            return verb_cuts if len(verb_cuts) >= 2 else []
        if len(items) < (2 if wanted else 3) or (wanted is not None and wanted != len(items)):
            return []
        # (the first item may be capitalized after the colon: "…của đề án: Phát triển …, nâng cao …", fresh pc3)
        if not all(len(it.split()) >= 2 and (it[:1].islower() or i == 0)
                   and (wanted or self._opens_on_task_verb(it))
                   for i, it in enumerate(items)):
            return []  # (counted, the items need no task verb of the cue list: "bảo vệ môi trường", "tăng trưởng GRDP …")
        return cuts

    @staticmethod
    def _clauses(s_text: str, start: int, separator: regex.Pattern) -> list[tuple[int, int]]:
        out = []
        pos = start
        for m in separator.finditer(s_text[start:]):
            end = start + m.start()
            if _inside_bracket(s_text, start, end):
                continue  # "… 3 đột phá (hạ tầng giao thông; nguồn nhân lực; thể chế)": what a bracket lists is no item
            a, b = strip_span(s_text, pos, end, " ,-\t\n.:")
            if b > a:
                out.append((a, b))
            pos = start + m.end()
        a, b = strip_span(s_text, pos, len(s_text), " ,-\t\n.:")
        if b > a:
            out.append((a, b))
        return out

    def _task(self, doc: Doc, start: int, end: int, plan_year, rule: str, cue_end: int | None = None) -> dict:
        text = doc_text(doc)
        stamp = PAGE_STAMP_END.search(text, start, end)
        if stamp and stamp.start() > start:
            end = stamp.start()  # "… để phát triển thành phố 06/01/2026 18:38": the page's time of posting, no part
        photo = PHOTO_NUMBER_END.search(text, start, end)
        if photo and photo.start() > start:
            end = photo.start()
        start, end = _bracket_balanced(text, start, end)
        joined = JOINING_WORD.match(text, start, end)
        if joined and len(text[joined.end() : end].split()) >= 3:
            start = joined.end()  # "…; đồng thời kêu gọi đầu tư …": the task opens at its verb (22 gold tasks to 1)
        clause = text[start:end]
        years = _targeted_years(clause)
        s0 = _sentence_opening(text, start)  # where the clause's sentence opens (None: too far back to read)

        def lead_year() -> int | None:
            """The year opening the clause's sentence: "Trong năm 2026, …", "Sang năm 2023, …"."""
            lead = LEADING_YEAR.match(text[s0:start]) if s0 is not None else None
            return int(lead.group("y")) if lead else None

        if plan_year is None:
            year = max(years) if years else None
            if year is None:  # "Trong năm 2026, UBND phường tiếp tục …": the year of the sentence's opening
                year = lead_year()
                if year is None and s0 is not None and rule in ("task.target_list", "task.list_item"):
                    # "… thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2024 với các chỉ tiêu chủ yếu
                    # như: A; B": the targets are for the year their lead-in names
                    before = text[s0:start]
                    before = before[: before.rfind(":") + 1]  # (only the lead-in: not a deadline of an item before)
                    named = set(_targeted_years(before, names=True))
                    year = named.pop() if len(named) == 1 else None
        else:
            # a clause setting its own deadline targets that year ("… đạt chuẩn nông thôn mới nâng cao vào cuối
            # năm 2020", "đến năm 2030 …"; train 066, 127); other years it names are context ("kết quả đạt
            # được trong năm 2023", "Nghị quyết năm 2022")
            deadlines = [int(m.group("y")) for m in DEADLINE_YEAR.finditer(clause)
                         if not _in_document_name(clause, 0, m.start())]
            # (not "Chiến lược phát triển gia đình đến năm 2035", "tầm nhìn đến năm 2050": the year of a name)
            if not deadlines:  # "Đến năm 2030, xã phấn đấu …": the deadline opens the sentence
                deadlines = [] if s0 is None else [
                    int(m.group("y")) for m in DEADLINE_YEAR.finditer(text[s0:start])
                    # (or heads the list the aim sets: "tỉnh đặt mục tiêu đến năm 2030, A; B" — B's deadline too; fresh
                    # pc04)
                    if m.start() < 3 or (LIST_DEADLINE_LEAD.search(text, s0, s0 + m.start())
                                         and rx(r"\s*,").match(text, s0 + m.end()))
                ]
            year = max(deadlines) if deadlines else plan_year
            if not deadlines:
                # a later year opening the sentence is its tasks' ("Sang năm 2023, tỉnh sẽ phấn đấu …" after the
                # targets to the end of 2022; fresh ny01)
                lead = lead_year()
                if lead is not None and lead > plan_year:
                    year = lead
        assignees: list[str] = []
        if cue_end is not None:
            m = _assignees_re().match(text[cue_end:end])
            if m is None and rx(r"(?i)(?:cần|phải)$").search(text[start:cue_end]):
                # "Các địa phương cần chủ động …": the bodies stand before the modal
                m = ASSIGNEES_BEFORE.search(text[max(0, start - 80) : start])
            if m:
                assignees = _split_bodies(m.group("a"))
        return {
            "year": year,
            "start": start,
            "end": end,
            "issued_by": self._speaker(doc, start),
            "assignees": assignees,
            "rule": rule,
        }

    @staticmethod
    def _speaker(doc: Doc, pos: int) -> str | None:
        """The official mentioned last before ``pos`` in the same paragraph."""
        text = doc_text(doc)
        para_start = text.rfind("\n", max(0, pos - 5000), pos) + 1
        mentions = official_mentions(doc)  # (start, name) of every mention, sorted
        i = bisect_left(mentions, (pos, "")) - 1
        if i >= 0 and mentions[i][0] >= para_start:
            return mentions[i][1]
        if i >= 0 and mentions[i][0] >= para_start - 3000 and PRONOUN_SPEAKER.match(text, para_start, pos):
            return mentions[i][1]  # "Ông cũng đề nghị …" opening the next paragraph: the official named last
        return None

    def set_annotations(self, doc: Doc, item: dict) -> None:
        add_item(doc, "tasks", item, item["start"], item["end"], "TASK")


def plan_named_by_tasks(years: Years, items: list[dict]) -> int | None:
    """The plan year the tasks name when the years component found none: the one year of the tasks that have one,
    after the reported year (not when the years were fixed on a whole text cut into pieces).

    >>> plan_named_by_tasks(Years(report_year=2022), [{"year": 2023}, {"year": None}])
    2023
    >>> plan_named_by_tasks(Years(report_year=2022), [{"year": 2022}]), plan_named_by_tasks(Years(), [{"year": 2030}])
    (None, None)
    """
    if years.fixed or years.plan_year is not None or years.report_year is None:
        return None
    named = {item["year"] for item in items if item["year"] is not None}
    if len(named) == 1 and min(named) > years.report_year:
        return min(named)
    return None


@Language.factory("vnreport_tasks")
def make_tasks(nlp: Language, name: str) -> TaskExtractor:
    return TaskExtractor(nlp, name)
