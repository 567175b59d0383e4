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

Each title is the whole segment as written between separators: the organization
runs on through lower-case words up to its place level ("Chủ tịch Hội đồng thi
đua khen thưởng huyện"), through "(ABBR)", "TP. Huế", "kiêm …" and "phụ trách …",
and stops at a predicate word (resources/title_predicates.txt). Military and
police ranks (resources/ranks.txt) are titles; "khóa XX" belongs to a title,
"nhiệm kỳ 2020-2025" does not.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterator

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer, lexicon, regexcache
from ..lexicon import rx
from ..normalize import canonical_word
from ..resources import load_list, load_tsv
from ._base import PHOTO_CREDIT, PHOTO_CREDIT_SRC, PHOTO_POSITION, add_item, doc_text, token_bounds, years_of

# A committee head's title written with its council after a comma: "Trưởng Ban Kinh tế - Xã hội, HĐND huyện",
# "Phó Trưởng Ban Pháp chế, HĐND tỉnh" (one post: the annotators keep it whole), unless the committee's parent
# was named already ("Trưởng Ban Tuyên giáo Huyện ủy, Chủ tịch HĐND huyện" are two posts).
COMMITTEE_TITLE = regexcache.compile(r"(?i)(?:phó\s+)?trưởng\s+ban\s")
COMMITTEE_PARENT = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:HĐND|Hội\s+đồng|UBND|Ủy\s+ban|[\p{L}]+\s+ủy|MTTQ|Mặt\s+trận)(?![\p{L}\p{M}])")
COUNCIL_AFTER_COMMA = regexcache.compile(
    r",[ \t]*(?:HĐND|Hội\s+đồng\s+nhân\s+dân)\s+(?:tỉnh|huyện|xã|thành\s+phố|thị\s+xã|quận|phường|thị\s+trấn)(?![\p{L}\p{M}])"
)  # (a place name after it is read on as usual: "…, HĐND huyện Ngân Sơn")
# A capitalized word of a name; Central Highlands names join a prefix with an apostrophe ("H'Mlin"), some
# writers with a space after it too ("Rơ Chăm H' Hồng", "Y Bang H' Đớt").
# (a second capital may follow the first in a Central Highlands name: "Y Săn AYun", "KSor", fresh qs2)
CAP = r"\p{Lu}(?:\p{Lu}(?=\p{Ll}))?[\p{Ll}\p{M}]*+(?:'[ ]?\p{Lu}[\p{Ll}\p{M}]*+)?"
LOWER_WORD = regexcache.compile(r"\p{Ll}[\p{Ll}\p{M}]*+")
LEVELS = (
    "huyện", "tỉnh", "xã", "thành phố", "thị xã", "quận", "phường", "thị trấn", "thôn", "bản", "Trung ương", "TP", "TX",
    # smaller or newer units written before a place name ("Chi cục Thuế khu vực Bảo Lâm", "đặc khu Phú Quốc")
    "đặc khu", "khu vực", "khu phố", "tổ dân phố", "tiểu khu", "ấp", "xóm", "buôn", "làng", "bon", "sóc", "vùng",
)
ORG_LOWER = (
    "nhân dân", "quốc gia", "kiểm tra", "tuyên giáo", "dân vận", "thường trực", "văn kiện", "chấp hành",
    "thường vụ", "tổ chức", "nội chính", "đại biểu", "lâm thời", "đảng", "sự nghiệp", "lý luận",
    "xã hội",  # "Lao động - Thương binh và Xã hội": not the level "xã"
)
# (plural "các đồng chí", "các ông", "các bà": it names every person of the bare list after it, see ``people``)
HONORIFIC = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:(?P<plural>các)\s+)?(?P<h>đồng\s+chí|ông|bà|đ/c)\s*:?\s*$")
# A term written right after a title is part of it ("Bí thư Huyện ủy khóa XX"); "nhiệm kỳ 2020-2025" is not.
TERM = regexcache.compile(r"^\s*(?i:khóa|khoá)\s+(?:[IVXLC]+(?!\p{Lu})|\d+)")
# A name's last word of one letter (with no dot of an initial): what the end of the text cut
CUT_LAST_WORD = regexcache.compile(r"(?<=\s)\p{L}$")
# The most common surnames: a two-syllable capitalized sequence right after a
# place-taking organization ("Bí thư Huyện ủy Châu Đức") is a place name unless
# it starts with one of these ("Bí thư Huyện ủy Nguyễn Tăng").
COMMON_SURNAMES = frozenset("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split())
PLACE_TAKING = regexcache.compile(
    r"(?i)(?:huyện|tỉnh|thành|thị|quận|đảng)\s+ủy\s*$|(?<![\p{L}])(?:huyện|tỉnh|xã|thành\s+phố|thị\s+xã|quận|phường|thị\s+trấn|TP\.?|(?-i:Tp|TX)\.?)\s*$"
    r"|(?<![\p{L}])(?:tỉnh|thành|huyện|quận|thị)\s+đoàn\s*$"  # the Youth Union's committees: "Bí thư Tỉnh đoàn Tiền Giang"
    r"|(?<![\p{L}])(?-i:HĐND|UBND|UBMTTQ)\s*$"  # a council or committee abbreviated: "Chủ tịch HĐND Châu Đức" (set AZ)
    r"|(?<![\p{L}])(?P<area>địa\s+bàn)\s*$"  # the area a unit covers: "đại biểu HĐND tỉnh phụ trách địa bàn Dương Minh Châu" (fresh ai04)
    r"|(?<![\p{L}])chi\s+cục\s*$"  # a branch office named after its district: "Chi cục trưởng Chi cục Quan Sơn" (fresh au03)
)
# The second half of a unit's name written with a dash ("Phan Rang – Tháp Chàm"), after the first
DASHED_PLACE_REST = regexcache.compile(r"[ \t]*[-–][ \t]*(?P<w>\p{Lu}[\p{Ll}\p{M}]*+)(?:[ \t]+(?P<w>\p{Lu}[\p{Ll}\p{M}]*+)){0,2}(?![\p{L}\p{M}])")
# The level a place-taking word that is no level itself names (a Party committee, "TP")
TAKEN_LEVEL = {"tp": "thành phố", "tx": "thị xã", "thành ủy": "thành phố", "tỉnh ủy": "tỉnh", "huyện ủy": "huyện", "thị ủy": "thị xã",
               "quận ủy": "quận"}


# A school, academy or institute just named, its name's capitalized words after it ("Trường Đại học Nông Lâm",
# "Học viện Nông nghiệp", "Trường THPT Chu Văn An"): what follows is its name, not a person
# The kind of a school right after "Trường", written capitalized: "Trường Cao Đẳng …", "Trường Trung Cấp …"
SCHOOL_KIND_AFTER_SCHOOL = regexcache.compile(
    r"(?i)(?<=(?<![\p{L}])trường[ \t]+)(?:cao[ \t]+đẳng|trung[ \t]+cấp|đại[ \t]+học|trung[ \t]+học|tiểu[ \t]+học|mầm[ \t]+non)"
    r"(?![\p{L}\p{M}])")
INSTITUTION_BEFORE = regexcache.compile(r"(?<![\p{L}])(?:Trường|Đại\s+học|Học\s+viện|Viện)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2}\s+$")


# ``segment``'s ended_by_name when an honorific and a name end the title ("… HĐND tỉnh ông Võ Văn A")
BY_HONORIFIC = 2


def _taken_level(word: str) -> str | None:
    """The level of the unit a place-taking word names ("Huyện ủy", "huyện": "huyện"; "TP.": "thành phố"), or
    None when it may be any ("Đảng ủy")."""
    key = rx(r"\s+").sub(" ", word.strip().lower().rstrip("."))
    key = TAKEN_LEVEL.get(key, key)
    return key if key in gazetteer.LEVELS else None


# An organization word closing a title as written ("Trưởng Ban", "Trưởng Đoàn", "Trưởng phòng")
_ORG_HEAD_WORDS = r"[Bb]an|Đoàn|[Pp]hòng|Tiểu\s+ban|Văn\s+phòng|[Cc]ông\s+đoàn"
ORG_HEAD_IN_TITLE = regexcache.compile(r"\s((?:" + _ORG_HEAD_WORDS + r"))$")  # ("Trưởng phòng Kinh tế, Hạ tầng và Đô thị" too)
# The same, or the Party committee closing "Bí thư Đảng ủy", for where the organization named after it ends (not where
# the title ends: "Bí thư Đảng ủy" stays the title): "Bí thư Đảng ủy" + "cơ quan Đảng – Đoàn thể", a name of
# organizations.txt whose last word is in lower case
ORG_HEAD_OR_COMMITTEE_IN_TITLE = regexcache.compile(r"\s((?:" + _ORG_HEAD_WORDS + r"|Đảng\s+ủy))$")
# "các" right before a title: the title is held by each name of the list after it ("các Phó Chủ tịch HĐND tỉnh A, B")
# (or a count: "2 Phó Chủ tịch …"; an honorific between: "các đồng chí Thứ trưởng A, B")
PLURAL_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}\p{N}])(?:các|hai|ba|bốn|[2-9])\s+(?:(?:đồng\s+chí|ông|bà)\s+)?$")


def _plural_before(text: str, title_start: int) -> bool:
    """Does "các" or a count (an honorific between allowed) stand right before the title at ``title_start``?"""
    return PLURAL_BEFORE.search(text, max(0, title_start - 20), title_start) is not None


# A comma or dash between a name and the titles after it, just before the titles ("Nguyễn Văn A, | Bí thư …")
NAME_TITLE_SEP_BEFORE = regexcache.compile(r"\s*[,–-]\s*$")
# What stands between two names of a list after a plural honorific ("các ông Phạm Văn A, Lê Văn B và Đào Văn C").
NAME_LIST_GAP = regexcache.compile(r"\s*(?:,|và|;|-|–)\s*")  # (a dash too: "các phó Chủ tịch A- B, C"; set AZ)
# An honorific opening a word (HON_NAME, GIVEN_NAME and HONORIFIC_SPACE open with it)
HONORIFIC_AT = regexcache.compile(r"(?<![\p{L}\p{M}])(?i:đồng\s+chí|ông|bà)")
HONORIFIC_SPACE = regexcache.compile(HONORIFIC_AT.pattern + r"\s+")
# An honorific and a single capitalized word: a given name ("Ông Dũng", "đồng chí Hưng")
GIVEN_NAME = regexcache.compile(
    HONORIFIC_AT.pattern + r"\s+(?P<g>\p{Lu}[\p{Ll}\p{M}]*+)(?![\p{L}\p{M}])(?!\s+\p{Lu})"
)
# Where a word starts: where a title may start (see _titles_in).
WORD_START = regexcache.compile(r"(?<![\p{L}\p{M}\p{N}])\p{L}")
# What separates the titles after a name: ", A", " - A", " (A", ": A", "; A", then also " và A"
SEP_FIRST = regexcache.compile(r"\s*(?:,|-|\(|:|;)\s*")
# (a slash between two titles too: "Tỉnh ủy viên/Bí thư Huyện ủy", fresh 53)
SEP_NEXT = regexcache.compile(r"\s*(?:,|-|\(|:|;|/(?=\s*\p{Lu}))\s*|\s+và\s+")
# A capitalized word right before a position (for scanning runs backwards).
CAP_BEFORE = regexcache.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*+)[ \t]+$")
# A photo's number closing a caption after a dash: "… Bí thư Tỉnh ủy Thừa Thiên – Huế - Ảnh 1."
PHOTO_INDEX = regexcache.compile(r"(?i)ảnh\s*\d{1,2}(?![\p{L}\p{N}])")
# A post named after the name through a verb of election or appointment, when no title
# is written in apposition: "tái đắc cử chức Bí thư Thành ủy", "đắc cử chức danh Bí thư",
# "được bầu giữ chức vụ Chủ nhiệm …", "tái đắc cử Bí thư Huyện ủy", "tiếp tục được tín nhiệm
# bầu giữ chức …" (train 128, 637; collected set G); "bầu A là Bí thư …" (ELECTED_AS).
CHUC = regexcache.compile(
    r"""(?:\s+(?:
          (?:tái\s+)?đắc\s+cử\s+(?:chức\s+(?:vụ|danh)\s+|chức\s+)?   # "(tái) đắc cử (chức vụ)"
        | (?:[\p{Ll}]+\s+){0,8}?(?<!tổ\s)(?:chức\s+(?:vụ|danh)|chức|làm)\s+   # "(tiếp tục được tín nhiệm) bầu giữ chức (vụ)", "làm"
        | (?:[\p{Ll}]+\s+){0,4}?được\s+bầu\s+(?:là\s+)?   # "(tiếp tục) được bầu (là) Bí thư Đảng ủy xã" (fresh oy3;
                                                      # "là": group AJ zu1, zu3)
        )
        # (or after a comma, an election: "đ/c A, tiếp tục được tín nhiệm bầu chức danh Bí thư Đảng ủy xã"; train 422)
        | \s*,\s+(?:[\p{Ll}]+\s+){0,6}?(?:bầu|đắc\s+cử)\s+(?:giữ\s+)?(?:chức\s+(?:vụ|danh)\s+|chức\s+|làm\s+)?
        )(?=\p{Lu})""",
    regex.VERBOSE,
)
# An appointment in the sentence before a post named through CHUC (no sentence end between).
APPOINTED = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])chỉ\s+định(?![\p{L}\p{M}])(?![^.;\n]*[.;\n][^.;\n]*$)")
# "cố" (the late) before a title: "cố Tổng Bí thư Nguyễn Phú Trọng"
LATE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])cố\s+$")
# "Phụ trách" is a post only with what is in charge of ("phụ trách Đảng bộ huyện"), not "phụ trách địa bàn"
BARE_TITLE_NEEDS_ORG = regexcache.compile(r"(?i)phụ\s+trách")
# a minister's title names the ministry without its head word "Bộ": "Bộ trưởng Ngoại giao", "Thứ trưởng
# Giao thông vận tải" (the ministries of resources/organizations.txt, read after such a title only)
MINISTERIAL_TITLE = regexcache.compile(r"(?i)(?:bộ|thứ)\s+trưởng(?:\s+thường\s+trực)?$")
# Units in the plural right after a title: the post of a group's heads ("thủ trưởng các phòng, ban", "giám đốc các sở,
# ngành", "bí thư các chi bộ"), no title of the person named before
GROUP_AFTER_TITLE = regexcache.compile(
    r"(?i)[ \t]+(?:các|những)[ \t]+(?:sở|ngành|phòng|ban|xã|phường|đơn\s+vị|cơ\s+quan|địa\s+phương|huyện|trường|chi\s+bộ|"
    r"thôn|tổ|khoa|hội|đoàn\s+thể|doanh\s+nghiệp|tổ\s+chức)(?![\p{L}\p{M}])"
)
# A title ending on a body's head word ("Phó Bí thư Đảng ủy", "Trưởng Ban"): "các …" after it goes on with the body's
# name ("Đảng ủy các cơ quan Đảng tỉnh"), no group (read with GROUP_AFTER_TITLE)
ORG_HEAD_END = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:đảng\s+ủy|đảng\s+uỷ|đảng\s+bộ|ban|khối|ủy\s+ban|uỷ\s+ban|hội\s+đồng)$")
# An abbreviation's dot inside an organization or place: "TP. Huế", "TP.Pleiku", "T.Ư Đảng"
ABBR_DOT = regexcache.compile(
    r"""(?<=(?<![\p{L}\p{M}])(?:\p{Lu}{1,3}|Tp))  # after a short upper-case abbreviation ("TP", "T"; "Tp" too)
        \.[ \t]?(?=\p{Lu})                   # a dot, at most one space, then a capital
    """
    + "(?!" + PHOTO_CREDIT_SRC + ")",       # (not a caption's credit: "PVN. Ảnh: VIẾT CHUNG")
    regex.VERBOSE,
)
# An organization's abbreviation in parentheses: "(NHNN)", "(NN&PTNT)", "(NVQS)"
# (a number closing it too: "(EVNGENCO1)"); one fragment for the three patterns that read it
_PAREN_ABBR_SRC = r"\(\p{Lu}[\p{Lu}&.\-]*+(?:\d(?=\)))?\)"
PAREN_ABBR = regexcache.compile(_PAREN_ABBR_SRC)
# The close of a bracket naming a parent body, up to three capitalized words after its head ("(Bộ Tài chính)")
PAREN_CLOSE = regexcache.compile(r"(?:[ \t]+\p{Lu}[\p{L}\p{M}]*+){0,3}\)")
PAREN_ABBR_END = regexcache.compile(_PAREN_ABBR_SRC + "$")
# The capitalized words right before a name candidate, which may open a place it ends ("Bình | Dương Nguyễn Văn Lợi")
PLACE_WORD_BEFORE = regexcache.compile(r"(?<![\p{L}\p{M}&])(?:\p{Lu}[\p{Ll}\p{M}]*[ \t]+){1,2}$")  # (whole words: not the "T" of "TN&MT")
# The province of a place in brackets: "huyện Châu Thành (An Giang)" (places of one name in several provinces)
_PAREN_PLACE_SRC = r"\(\p{Lu}[\p{Ll}\p{M}]*+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]*+){0,3}\)"
PAREN_PLACE = regexcache.compile(_PAREN_PLACE_SRC)
PAREN_PLACE_END = regexcache.compile(_PAREN_PLACE_SRC + "$")  # (ending the text before a name)
# Up to six lower-case words (each a capture of "w"), "phòng, chống" counting as one
LOWER_RUN = regexcache.compile(
    r"""(?<![\p{L}\p{M}])
        (?:(?P<w>phòng,[ \t]*chống                 # "Ban Chỉ đạo phòng, chống thiên tai": the comma is inside
              |\p{Ll}[\p{Ll}\p{M}]*+)
           (?:[ \t]+|$|(?=[,;.)]))){1,6}""",  # (a word before a separator too: only a department's name ends there)
    regex.VERBOSE,
)
# The number after "số" that closes a numbered unit ("Cụm thi đua số III")
NUMBERED = regexcache.compile(r"[ \t]+(?:[IVXLC]+|\d+)(?![\p{L}\p{M}\p{N}])")
# "(cũ)", "(mới)" after a unit's name: before or after the 2025 merger, part of the title as written
FORMER_UNIT = regexcache.compile(r"\((?:cũ|mới)\)")
# A capitalized syllable right after a capitalized word, then no more letters of its own word: a place's name going on
# ("huyện Đại | Từ cho biết")
PLACE_SYLLABLE_ON = regexcache.compile(r"(?<=\p{Lu}[\p{L}\p{M}]*[ \t]+)\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])(?![ \t]+\p{Lu})")
# A first title after a name written as a title is but not read by the vocabulary (_Scan._misspelt_first),
# up to the comma before a title that is read
MISSPELT_TITLE = regexcache.compile(
    r"""(?:U[yY]\p{Ll}?\s+viên(?:\s+[\p{L}\p{M}]+){1,6}?   # a member's post, its mark lost: "Uy viên Ban Thường vụ Tỉnh ủy"
       |(?:UV|PBT|BT|PCT|CT)\p{Lu}{2,8}                # posts' letters run together: "UVBTBTU"
       |(?:TV|UV)\s+(?:Huyện|Tỉnh|Thành|Quận|Đảng|Thị)\s+ủy  # a member's letters and the committee: "TV Huyện ủy"
    )(?=\s*,)""",
    regex.VERBOSE,
)
# Whose behalf a title after it names ("thừa ủy quyền của Chủ tịch nước", "Thay mặt Thủ tướng Chính phủ"):
# that title is not the named person's
# ("phát biểu chỉ đạo của Ủy viên Trung ương Đảng, Bí thư Thành ủy A": after a plain "của" the chain is A's)
ON_BEHALF_OF = regexcache.compile(r"(?i)(?:thay\s+mặt|(?:ủy|uỷ)\s+(?:quyền|nhiệm)|thừa\s+lệnh)(?:\s+của)?\s*$")  # ("Thừa ủy nhiệm của …", fresh 129)
# A unit's number right after its name ("Quân khu 2", "Bệnh viện 175", "Đoàn KTQP 337"), closed by a
# separator, the end of the text or a predicate word ("… Quân khu 2 dự hội nghị")
UNIT_NUMBER = regexcache.compile(r"[ \t](?:\d{1,3}(?:\p{Lu}(?![\p{L}\p{M}]))?|[IVX]{1,4})(?![\p{L}\p{M}\p{N}/]|[.,-]\d)")  # ("7A": "Bệnh viện Quân y 7A")
# A department head's title ("Trưởng phòng", "Phó Trưởng phòng", "Trưởng ban", "Phó Trưởng ban"), whose department's
# name may run in lower case after its first word to the clause's separator ("Trưởng phòng Quản lý đất đai;")
# (or of a ministry's department: "Phó Vụ trưởng Vụ Quản lý các Khu kinh tế")
DEPARTMENT_HEAD = regexcache.compile(r"(?i)(?:phó\s+)?(?:trưởng\s+(?:phòng|ban)|vụ\s+trưởng)$")
# A comma closing a line (spaces after it): the line wrapped inside a chain of titles
COMMA_AT_LINE_END = regexcache.compile(r",[ \t]*\Z")
# The end of a person's entry after a parent organization ("…, Ban Tuyên giáo Trung ương; B, …")
PARENT_ORG_END = regexcache.compile(r"[ \t]*(?:[;.\n]|$)")
# A board named by its purpose, its name in lower case after the head ("Ban Chỉ đạo quốc gia phòng chống dịch COVID-19",
# "Hội đồng xét công nhận …"), and one word of that name: lower case, or an abbreviation with its digits ("COVID-19")
BOARD_HEAD = regexcache.compile(r"(?i)ban\s+chỉ\s+đạo|hội\s+đồng")
# A steering board's name closing the organization read so far, before the number that names it ("Ban Chỉ đạo | 389")
NUMBERED_BOARD = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])ban\s+chỉ\s+đạo$")
# The area a board works in, inside its name ("… trên địa bàn tỉnh"): no predicate there
ON_AREA = regexcache.compile(r"(?i)trên[ \t]+địa[ \t]+bàn(?![\p{L}\p{M}])")
BOARD_WORD = regexcache.compile(r"[ \t]+(?P<w>\p{Ll}[\p{Ll}\p{M}]*+|\p{Lu}{2,}(?:-?\d+)?)(?![\p{L}\p{M}\p{N}])")
DEPARTMENT_END = regexcache.compile(r"[ \t]*(?:[,;.)]|[ \t]-[ \t]|–|\n|$)")
# The rest of a department's name after its capitalized words, up to three lower-case words, then the clause's separator
# or a bracket ("… các Khu | kinh tế (Bộ …)")
DEPARTMENT_TAIL = regexcache.compile(r"(?P<w>(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*+){0,3})(?=[ \t]*(?:[,;.)(]|[ \t]-[ \t]|–|\n|$))")
# The rest of a list item after its title's organization: up to six words (of letters, or "&"), then the item's
# end (";", or the sentence's end: ". " or a line end); group "w" ends the words, "s" is the separator
ITEM_REST = regexcache.compile(r"(?P<w>(?:[ \t]+(?:[\p{L}\p{M}]++|&)){1,6})[ \t]*(?P<s>;|\.(?=[ \t]|\n|$)|(?=\n)|$)[ \t]*")
# The head of an organization inside a title ("Trung tâm", "Chi cục", "Cục", "Viện", "Ban quản lý"): a body named by
# what it does, its name running on in lower case (resources/function_bodies.txt; capitalized as written)
ORG_OPENING = regexcache.compile(r"(?<![\p{L}\p{M}])(?=\p{Lu})(?:" + lexicon.alternation(load_list("function_bodies.txt"))
                            + r")(?![\p{L}\p{M}])", regex.I)
# "đại biểu" right before a name: a delegate, a person in a public role with no title written
DELEGATE_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])đại\s+biểu\s+$")
# An office numbered since the 2025 reorganization, its word ending the title: "Trưởng Thuế cơ sở | 3 tỉnh Đông Hải",
# "Phó Trưởng Thuế cơ sở | 2"
# The levels whose units are named by a number ("Phường 3", "Quận 1", "khu phố 4"), ending a title's text
NUMBERED_LEVEL = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:phường|quận|khu\s+phố|tổ\s+dân\s+phố|ấp|thôn|xóm|tiểu\s+khu|vùng|khu\s+vực)$")
# Of those, a region, which may be numbered in Roman numerals ("vùng IV", "khu vực II")
REGION_LEVEL = regexcache.compile(r"(?i)(?:vùng|khu\s+vực)$")
NUMBERED_OFFICE_END = regexcache.compile(r"(?i)(?<![\p{L}])(?:cơ\s+sở|khu\s+vực)$")
TERM_WORD = regexcache.compile(r"(?i)nhiệm\s+kỳ|khóa|khoá")
# (or the unit's abbreviation in brackets: "Tổng Công ty Phát điện 1 (EVNGENCO1)")
UNIT_NUMBER_CLOSE = regexcache.compile(r"[ \t]*(?:[,;:)–]|-(?!\d)|\.(?!\d)|$|" + _PAREN_ABBR_SRC + ")", regex.MULTILINE)
# One to three capitalized words after a space (group "c" starts at the first)
# (a word of capitals is an abbreviation in the name: "Ban Chỉ đạo vận động HMTN tỉnh")
CAP_RUN = regexcache.compile(
    r"[ \t]+(?P<c>\p{Lu}(?:[\p{Ll}\p{M}]*+|\p{Lu}++))(?:[ \t]+\p{Lu}(?:[\p{Ll}\p{M}]*+|\p{Lu}++)){0,2}(?![\p{L}\p{M}])")
# "phụ trách" inside a title: what the deputy is in charge of follows
PHU_TRACH = regexcache.compile(r"(?i)phụ\s+trách(?![\p{L}\p{M}])")
# One word of that charge: a lower-case word after a space or after " - " ("văn hóa - xã hội")
CHARGE_WORD = regexcache.compile(r"(?:[ \t]+|[ \t]*-[ \t]*)(?P<w>\p{Ll}[\p{Ll}\p{M}]*+)")
# The level of a Youth Union body right before "Đoàn" ("Tỉnh Đoàn", "Thành Đoàn", "Trung ương Đoàn"):
# "Đoàn" is then the body, not the surname of the name after it.
YOUTH_UNION_LEVEL = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:tỉnh|thành|huyện|quận|thị|ương)\s+$")
# "kiêm" joins a second post into the same title as written ("Phó Chủ tịch UBND tỉnh kiêm Phó
# Trưởng Ban …"): it is not a separator.
KIEM = regexcache.compile(r"kiêm(?:\s+nhiệm)?(?:\s+chức)?\s+(?=\p{Lu})")


def _partly_abbreviated(orgs, abbreviations, areas=()) -> set[str]:
    """The organizations with one written-out part replaced by its abbreviation, at word boundaries; a subject
    area (``areas``) also where it closes the name after its head.

    >>> sorted(_partly_abbreviated(["Viện Kiểm sát nhân dân tối cao"], [("VKSND", "Viện Kiểm sát nhân dân")]))
    ['VKSND tối cao']
    >>> sorted(_partly_abbreviated(["Sở Tài nguyên và Môi trường"], [], [("TN&MT", "Tài nguyên và Môi trường")]))
    ['Sở TN&MT']
    """
    out = set()
    for abbr, expansion in [*abbreviations, *areas]:
        key = expansion.lower()
        area = (abbr, expansion) in areas
        for org in orgs:
            i = org.lower().find(key)
            j = i + len(expansion)
            if i >= 0 and (i == 0 or org[i - 1] == " ") and (
                    (j < len(org) and org[j] in " ,-–") or (area and i > 0 and j == len(org))):
                out.add(org[:i] + abbr + org[j:])
    return out


# A Youth Union named by its level ("Tỉnh Đoàn", "Huyện Đoàn", "Thành Đoàn"): organizations.txt
UNION_OF_LEVEL = regexcache.compile(r"(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+Đoàn")


# The Ê Đê / K'Ho prefixes H', K' and the capitalized rest of the word ("H'Lan", "K’Brơi"): a name's first word
MINORITY_NAME = r"[HK]['’]\p{Lu}[\p{Ll}\p{M}]*+"


@lru_cache(maxsize=1)
def _lex():
    surnames = lexicon.surnames()
    prefixes = load_list("title_prefixes.txt")
    # military and police ranks before a name are titles too ("Thiếu tướng Nguyễn Văn A")
    titles = list(load_list("titles.txt")) + list(load_list("ranks.txt"))
    abbr_rows = load_tsv("abbreviations.tsv")
    title_abbr = [r[0] for r in abbr_rows if len(r) >= 3 and r[2] == "title"]
    # (a member's "UV" may be set off by a dot from what follows, as written for "UV.BTV": "UV.BTVHU", "UV.BCH")
    title_abbr += [a[:2] + "." + a[2:] for a in title_abbr if a.startswith("UV") and len(a) > 3 and a[2] != "."
                   and a[:2] + "." + a[2:] not in title_abbr]
    orgs = list(lexicon.organizations()) + [r[0] for r in abbr_rows if len(r) >= 3 and r[2] == "org"]
    # an organization written with one part abbreviated, the rest in full: "VKSND tối cao", "TAND cấp cao", "Đảng ủy
    # MTTQ, các đoàn thể Trung ương" (organizations.txt names "Viện Kiểm sát nhân dân tối cao"; abbreviations.tsv "VKSND")
    # (and a department named by its subject area abbreviated: "Sở TN&MT", "Phòng GD&ĐT"; abbreviations.tsv, kind other)
    orgs += sorted(_partly_abbreviated(lexicon.organizations(), [(a, e) for a, e, *kind in abbr_rows if kind and kind[0] == "org"],
                                       [(a, e) for a, e, *kind in abbr_rows if kind and kind[0] == "other"]))
    blockers = load_list("name_blockers.txt")
    historical = {lexicon.fold_key(n) for n in load_list("historical_figures.txt")}
    # (the month from which a figure who held office in the reports' period is historical)
    historical_since = {lexicon.fold_key(r[0]): r[1] for r in load_tsv("historical_since.tsv") if len(r) >= 2}
    title_alt = lexicon.alternation(titles)
    # "Trưởng" right before a board's abbreviation ("Trưởng BCĐ", "Phó Trưởng BQL"): the head of that board, as "Trưởng
    # ban" before its name written out (abbreviations.tsv, kind org, expansions opening with "Ban"; fresh rq1)
    boards = [r[0] for r in abbr_rows if len(r) >= 3 and r[2] == "org" and r[1].startswith("Ban ")]
    if boards:
        title_alt += r"|Trưởng(?=[ \t]+(?-i:" + lexicon.alternation(boards, ignore_case=False) + r")(?![\p{L}\p{M}]))"
    # a title that ends a listed organization is no title inside it: "Thường vụ" in "Ban Thường vụ Tỉnh ủy", "Bí thư" in
    # "Ban Bí thư", "Tư lệnh" in "Bộ Tư lệnh" (the organization's head word before it, the title's words at the start)
    inside_org = {}
    for t in titles:
        for o in orgs:
            if lexicon.fold_key(o).endswith(" " + lexicon.fold_key(t)):
                inside_org.setdefault(o[: len(o) - len(t)].strip(), []).append(t)
    not_inside = "".join(
        r"(?!(?<=(?<![\p{L}\p{M}])(?:" + lexicon.alternation([head]) + r")\s+)(?:" + lexicon.alternation(tails) + r")"
        + lexicon.B_END + ")" for head, tails in sorted(inside_org.items()))
    title_src = (
        lexicon.B_START + not_inside
        # a listed title, longest first; else prefixes ("nguyên", "Phó") + a title
        + r"(?P<t>(?:" + title_alt + r")|(?:(?:" + lexicon.alternation(prefixes) + r")\s+)+(?:" + title_alt + r"))"
        + lexicon.B_END
    )
    if title_abbr:  # abbreviations that are titles ("UVTV"), as written: "Bt: Thúy Ly" (the editor's credit) is no "BT"
        # (a prefix may stand before one: "Phó BT Đảng ủy", "Phó CT UBND xã")
        title_src += ("|" + lexicon.B_START + r"(?:(?:" + lexicon.alternation(prefixes) + r")\s+)?"
                      + r"(?P<t2>(?-i:" + lexicon.alternation(title_abbr, ignore_case=False) + r"))" + lexicon.B_END)
    title_re = regexcache.compile(title_src, regex.I)
    # (every surname opens with a capital: then a look-ahead for one comes first, and the surname trie is
    # tried only there, 20 % faster)
    firsts = {canonical_word(w.split()[0])[:1] for w in surnames if w.split()}
    capital_first = r"(?=\p{Lu})" if all(regex.fullmatch(r"\p{Lu}", c) for c in firsts) else ""
    name_re = regexcache.compile(
        # a surname, or the Ê Đê / K'Ho prefixes that open a name ("H'Lan Ktla", "K'Brơi")
        capital_first + r"(?<![\p{L}\p{M}\p{N}])(?P<n>(?P<sur>" + lexicon.alternation(surnames, ignore_case=False)
        + r"|" + MINORITY_NAME + ")"
        # (the middle name "Thị" typed in lower case: "Tôn thị Ngọc Hạnh", before a capital)
        r"(?:[ \t]++thị(?=[ \t]+\p{Lu}))?"
        # (no caption's credit after it: "… Lê Tất Hiếu Ảnh: Trường Khanh" ends at "Hiếu")
        # (nor a council's term after a place: "HĐND tỉnh Bình Dương Khóa X, …" is no "Dương Khóa X"; fresh ex05)
        # (nor the name written again, its surname first: "Đồng chí Bùi Thanh Nhân Bùi Thanh Nhân, Ủy viên …", a
        # caption's name run into the text; fresh sq3)
        r"(?:[ \t]++(?!" + PHOTO_CREDIT_SRC + r"|(?i:kh(?:óa|oá))[ \t]+(?:[IVXLC]+|\d+)(?![\p{L}\p{M}\p{N}])"
        r"|(?P=sur)[ \t]+\p{Lu})" + CAP + r"){1,4}"
        # (a K'Ho or Ê Đê name may be that one word: "đồng chí K'Mák - Ủy viên Ban Thường vụ Tỉnh ủy")
        r"|" + MINORITY_NAME + r"(?=[ \t]*[-–,(]))(?![\p{L}\p{M}\p{N}])"
    )
    # (a level's Youth Union, "Tỉnh Đoàn", "Tỉnh đoàn", only with the level capitalized: "Chủ tịch UBND tỉnh Đoàn Anh
    # Dũng" names the committee's province, then a man surnamed Đoàn)
    level_union = [o.split() for o in orgs if UNION_OF_LEVEL.fullmatch(o)]
    union_capital = "|".join(r"(?-i:%s)\s+%s" % (level, union) for level, union in level_union)  # "Tỉnh đoàn"
    # (or the level in lower case right after a title, not after a committee or council: "Phó Bí thư tỉnh Đoàn")
    # (the union may be written in lower case too: "Bí thư huyện đoàn Đoan Hùng", "UV BCH tỉnh đoàn"; not a delegation
    # or a word of its own: "đoàn công tác", "đoàn kết")
    union_lower = r"(?<!(?:UBND|HĐND|MTTQ|nhân\s+dân|[Ủủ]y)\s+)(?:%s)" % "|".join(
        r"%s\s+(?-i:%s|%s(?!\s+(?:công|kiểm|giám|kết|viên|thể|đại|thanh|khảo)(?![\p{L}\p{M}])))" % (
            level, union, union.lower()) for level, union in level_union)
    others = [o for o in orgs if not UNION_OF_LEVEL.fullmatch(o)] + list(ORG_LOWER)
    org_re = regexcache.compile(
        # (a name's words may be joined by a dash as written on the page: "Sở Giao thông – Vận tải" for "Sở Giao thông vận tải")
        r"(?P<o>" + union_capital + "|" + union_lower + "|" + lexicon.alternation(others, sep=lexicon.SPACE_OR_DASH) + ")"
        + lexicon.B_END, regex.I)
    ministries = [o.split(None, 1)[1] for o in orgs if o.startswith("Bộ ") and " " in o]
    ministry_re = regexcache.compile(r"(?P<o>" + lexicon.alternation(ministries) + ")" + lexicon.B_END, regex.I)
    level_re = regexcache.compile(r"(?P<o>" + lexicon.alternation(LEVELS) + ")" + lexicon.B_END, regex.I)
    place_re = regexcache.compile(r"(?:" + lexicon.provinces() + ")" + lexicon.B_END)
    # anchored at the end: searched backwards (REVERSE), it fails fast instead of trying every start
    blocker_re = regexcache.compile(lexicon.B_START + r"(?:" + lexicon.alternation(blockers) + r")\s*$", regex.I | regex.REVERSE)
    named_after = regexcache.compile(
        # (not the "trường" of "Môi trường", "thị trường": "Giám đốc Sở Nông nghiệp và Môi trường Hoàng Quốc Việt")
        lexicon.B_START + r"(?<!(?:môi|thị|chiến|hiện|lập)\s+)(?:" + lexicon.alternation(load_list("named_after.txt")) + r")"
        + lexicon.B_END, regex.I
    )
    expansions = {r[0]: r[1] for r in abbr_rows if len(r) >= 2}
    rank = regexcache.compile(lexicon.B_START + r"(?:" + lexicon.alternation(load_list("ranks.txt")) + r")" + lexicon.B_END, regex.I)
    # (not "trong nước", domestic, inside a body's name: "Phó Vụ trưởng Vụ Thị trường trong nước"; group AI zs3)
    predicate = regexcache.compile(
        lexicon.B_START + r"(?!trong\s+nước(?![\p{L}\p{M}]))(?:" + lexicon.alternation(load_list("title_predicates.txt"))
        + r")" + lexicon.B_END, regex.I
    )
    return {
        "predicate": predicate, "rank": rank,
        "title": title_re, "name": name_re, "org": org_re, "ministry": ministry_re, "level": level_re, "place": place_re,
        "blocker": blocker_re, "named_after": named_after, "historical": historical, "historical_since": historical_since, "expansions": expansions,
    }


# A K'Ho or Ê Đê name written as one word ("K'Mák", "H’Yâm"): a whole name
ONE_WORD_NAME = regexcache.compile(MINORITY_NAME)
# The middle names that mark a person's name after its surname ("Nguyễn Thị …", "Lê Văn …")
MIDDLE_NAMES = frozenset({"Thị", "Văn"})
# A company's name opening the organization of a title ("Giám đốc Công ty CP …", "Chủ tịch HĐTV Tổng công ty …")
COMPANY_HEAD = regexcache.compile(r"(?<![\p{L}\p{M}])(?:Tổng\s+)?[Cc]ông\s+ty(?![\p{L}\p{M}])")
# A company's legal form, written in lower case after "Công ty" ("cổ phần", "trách nhiệm hữu hạn một thành viên")
COMPANY_FORM = regexcache.compile(r"(?:cổ\s+phần|trách\s+nhiệm\s+hữu\s+hạn(?:\s+một\s+thành\s+viên)?)(?![\p{L}\p{M}])")
# What may follow the place closing a company's name: a separator, the line's end, a capitalized word (a name)
PLACE_CLOSES = regexcache.compile(r"[ \t]*(?:[,;.:)\n–—-]|$|(?-i:\p{Lu}))")


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
        bounds = doc.user_data.get("vnreport_bounds")  # (our tokenizer's offsets: only the starts' set is needed)
        offsets, starts = (bounds[0], set(bounds[0])) if bounds is not None else token_bounds(doc)[:2]
        years = years_of(doc)
        as_of = (years.published[:7] if years.published
                 else "%d-12" % years.report_year if years.report_year else None)
        return _Scan(self.lx, starts, offsets, as_of).people(doc_text(doc))

    def set_annotations(self, doc: Doc, person: dict) -> None:
        add_item(doc, "officials", person, person["start"], person["end"], "OFFICIAL")


class _Scan:
    """One document's reading: the lexicon, the token starts, and the titles found so far
    by offset (memoized: the windows of neighbouring names overlap)."""

    def __init__(self, lx: dict, tok_starts: set[int] | None = None, tok_offsets: list[int] | None = None,
                 as_of: str | None = None):
        self.lx = lx
        self._as_of = as_of  # "YYYY-MM": when the article speaks (its date, else the end of its report year)
        self._tok_starts = tok_starts
        self._tok_offsets = tok_offsets if tok_offsets is not None else sorted(tok_starts or ())
        self._titles: dict[int, regex.Match | None] = {}
        self._title_starts: list[int] = []  # the titles found in the stretches read so far, by start …
        self._title_matches: list[regex.Match] = []
        self._title_read_lo: list[int] = []  # … and those stretches, [lo, hi) sorted and disjoint
        self._title_read_hi: list[int] = []
        self._segments: dict[tuple[int, bool], tuple[int, int, int, int] | None] = {}
        self._honorifics: list[int] | None = None  # where an honorific starts (see _after_honorific)
        self._text_end: int | None = None  # where the text read by ``people`` ends (see _cut_at_end)

    def _in_office(self, key: str) -> bool:
        """Was the figure ``key`` (historical_since.tsv) alive when the article speaks?"""
        since = self.lx["historical_since"].get(key)
        return since is not None and self._as_of is not None and self._as_of < since

    def _after_honorific(self, pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
        """``pattern.finditer(text)`` for a pattern that opens with ``HONORIFIC_AT`` (every match starts
        where one does): the honorifics are found once per document, and each pattern is tried there
        only (three scans of the whole text were one each)."""
        if self._honorifics is None:
            self._honorifics = [h.start() for h in HONORIFIC_AT.finditer(text)]
        last = 0
        for p in self._honorifics:
            if p < last:
                continue
            m = pattern.match(text, p)
            if m is not None:
                yield m
                last = m.end()

    def people(self, text: str) -> list[dict]:
        self._text_end = len(text.rstrip())
        byline = self._byline_start(text)
        lists = self.colon_lists(text)
        people: dict[str, dict] = {}
        order: list[str] = []
        chain: tuple[int, regex.Match] | None = None  # (end of the last name, "các đồng chí/ông/bà" before the first)
        titled: tuple[int, list[dict]] | None = None  # (end of the last name, the title after "các" before the first)
        held_spans: list[tuple[int, int]] = []  # where the posts already given to someone stand
        for s, e, blocked in self.names(text):
            if s >= byline:
                continue
            if any(a <= s and e <= b for a, b in held_spans):
                # "ông A, Bí thư Huyện ủy, Chủ tịch HĐND Châu Đức và ông B, …": the words already read as the place of
                # someone's post name no one (group AB xn1)
                continue
            name = rx(r"\s+").sub(" ", text[s:e])
            key = lexicon.fold_key(name)
            before = text[max(0, s - 40) : s]
            hon = HONORIFIC.search(before)
            listed = chain is not None and hon is None and NAME_LIST_GAP.fullmatch(text, chain[0], s) is not None
            if listed:  # "các ông Phạm Văn A, Lê Văn B, Đào Văn C": the plural honorific names each of them
                hon = chain[1]
            chain = None
            after_pos = self.positions_after(text, e)
            before_pos = self.positions_before(text, s)
            if before_pos and after_pos and after_pos[0]["rule"] == SHARED_AFTER_NAMES:
                after_pos = []  # the name's own post stands before it; the one after the names joined is theirs
            if not before_pos and hon is None and titled is not None and NAME_LIST_GAP.fullmatch(text, titled[0], s):
                before_pos = [dict(p) for p in titled[1]]  # "các Phó Chủ tịch HĐND tỉnh A, B": B holds the title too
            titled = None
            if before_pos and _plural_before(text, before_pos[0]["start"]):
                titled = (e, before_pos)
            shared = [dict(p) for c, end, ps in lists if c < s < end for p in ps]
            positions = shared + before_pos + after_pos
            if not positions and hon is None and not listed and text[max(0, s - 2) : s].strip() == ",":
                # "Phát biểu kết luận, Chủ tịch UBND huyện Gò Dầu, Nguyễn Văn Nhu đề nghị …": a title chain opening
                # the clause, a comma, then the name (as with an honorific after the comma)
                before_pos = self.appositive_before(text, s)
                positions = before_pos
            if blocked is True and not before_pos and not listed and not shared:
                continue  # (a colon list of a title names people: "các Phó Bí thư Tỉnh Đoàn: Hà Văn Khải, …")
            if blocked == UNLISTED and not after_pos:
                continue
            if not hon and before_pos:  # "đồng chí Phó Chủ tịch UBND tỉnh Hứa Văn Long"
                hon = HONORIFIC.search(text[max(0, before_pos[0]["start"] - 40) : before_pos[0]["start"]])
            if hon and not positions and not listed:  # "Chủ tịch UBND xã, ông Lò Văn Tâm cho biết …": a title opening the clause
                before_pos = self.appositive_before(text, s - len(before) + hon.start())
                positions = before_pos
            # (or a delegate named at a session: "Tại phiên chất vấn, đại biểu Lý Văn Sáng (thôn Đồng Mới) đề nghị …")
            accepted = bool(hon or positions or key in people or DELEGATE_BEFORE.search(before))
            if not accepted:
                continue
            if hon is not None and not positions and key not in people and HOUSEHOLD.search(before, 0, hon.start()):
                continue  # "mô hình của hộ bà Vũ Thị Hoa": a household, no one in a public role (train 005)
            if hon is not None and hon.group("plural") and not positions:
                chain = (e, hon)  # the next name after "," or "và" is one of them
            if key in self.lx["historical"] and not any(p["organization"] for p in positions) and not (
                    positions and self._in_office(key)
                    and not LATE.search(text, max(0, positions[0]["start"] - 8), positions[0]["start"])):
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
                held_spans.append((p["start"], p["end"]))
        self._merge_cut_names(people, order)
        self._title_mentions(text, people)
        self._given_name_mentions(text, people)
        for person in people.values():
            person["mentions"].sort()
        return [people[k] for k in order]

    def _merge_cut_names(self, people: dict[str, dict], order: list[str]) -> None:
        """A name that is the start of another's, holding the same post, is that person written short: "Phó chủ tịch
        TT UBND tỉnh Nguyễn Minh đề nghị …", later "Phó chủ tịch TT UBND tỉnh Nguyễn Minh Tiến" (fresh 29). The
        person keeps the fuller name, the first mention's place and every mention and post."""
        for short in list(order):
            words = short.split()
            if len(words) < 2 or short not in people:
                continue
            posts = {self._post_key(p["text"]) for p in people[short]["positions"]}
            if not posts:
                continue
            # (or cut mid-word by the end of the text: "Theo Bí thư Tỉnh ủy Đặng Quốc Kh", the page's last words, of
            # "đồng chí Đặng Quốc Khánh, Bí thư Tỉnh ủy Hà Giang" named before; group AI zo3)
            cut = any(self._ends_text(e) for _, e in people[short]["mentions"])
            for full in order:
                if full == short or full not in people:
                    continue
                cut_word = cut and len(full.split()) == len(words) and full.startswith(short)
                if not (full.startswith(short + " ") and len(full.split()) <= len(words) + 1) and not cut_word:
                    continue
                held = {self._post_key(p["text"]) for p in people[full]["positions"]}
                if not posts & held and not (cut_word and any(h.startswith(q) for q in posts for h in held)):
                    continue
                kept, gone = people[full], people.pop(short)
                kept["mentions"].extend(gone["mentions"])
                for p in gone["positions"]:
                    self._add_position(kept["positions"], p)
                kept["honorific"] = kept["honorific"] or gone["honorific"]
                first, later = sorted((order.index(short), order.index(full)))
                order[first] = full  # (the person stands where first named, under the fuller name)
                del order[later]
                break

    def _add_position(self, held: list[dict], new: dict) -> None:
        """Add ``new`` unless held already. One post written twice is held once: as first written when one
        form extends the other ("Phó Chủ tịch UBND tỉnh Bình Dương", later "Phó Chủ tịch UBND tỉnh"; "Chủ tịch
        HĐND xã", later "Chủ tịch HĐND xã Yên Lạc"), in full when one abbreviates the other ("Ủy viên BTV Huyện
        ủy" and "Ủy viên Ban Thường vụ Huyện ủy"; "Hội đồng NVQS" and "Hội đồng nghĩa vụ quân sự (NVQS)")."""
        k = self._post_key(new["text"])
        k_bare = self._post_key(PAREN_ABBR.sub(" ", new["text"]))  # (without "(UBND)" restating a name)
        for i, p in enumerate(held):
            q = self._post_key(p["text"])
            q_bare = self._post_key(PAREN_ABBR.sub(" ", p["text"]))
            # (one form extending the other, either way round, keeps the first: the annotators do so, train 611 and
            # val; the full form won in train 106 only; "Chủ tịch Ủy ban nhân dân (UBND) quận", later "Chủ tịch Ủy
            # ban nhân dân quận Tây Hồ", is one post too)
            bracketed_extends = (k_bare != k or q_bare != q) and (
                q_bare.startswith(k_bare + " ") or k_bare.startswith(q_bare + " "))
            if k.startswith(q + " ") and PHU_TRACH.search(new["text"]) and not PHU_TRACH.search(p["text"]):
                continue  # "HUV, …, HUV phụ trách địa bàn": the charge is a post of its own (fresh 36, two people)
            if (q == k or q.startswith(k + " ") or k.startswith(q + " ") or self._abbreviates(new["text"], p["text"])
                    or bracketed_extends
                    # (a form cut off mid-word by the end of the text: "… Ủy viên Ban Thường vụ Tỉn", fresh we01)
                    or (self._cut_at_end(new) and (q.startswith(k)  # (as written too: "Chủ tịch UBN" of "… UBND tỉnh")
                                                   or lexicon.fold_key(p["text"]).startswith(lexicon.fold_key(new["text"]))))):
                if q == k and len(rx(r"\s+").sub("", new["text"])) > len(rx(r"\s+").sub("", p["text"])):
                    held[i] = new  # the same post, written in full (not merely spaced otherwise: "TX. Phú Mỹ")
                return
            if self._abbreviates(p["text"], new["text"]):
                held[i] = new
                return
            # a word left out inside one form ("Phó Chủ tịch HĐND huyện", elsewhere "Phó Chủ tịch Thường trực HĐND
            # huyện"; "Phó Bí thư TT Huyện ủy", later "Bí thư TT Huyện ủy"): one post, in its fuller form (fresh pages)
            if _inside(k, q):
                return
            if _inside(q, k):
                held[i] = new
                return
        held.append(new)

    def _ends_text(self, end: int) -> bool:
        """Whether a span ending at ``end`` runs to the end of the text read by ``people``."""
        return self._text_end is not None and end >= self._text_end

    def _cut_at_end(self, position: dict) -> bool:
        """Whether ``position`` runs to the end of the text on a letter: cut off mid-word ("… Ban Thường vụ Tỉn")."""
        return self._ends_text(position["end"]) and position["text"][-1:].isalpha()

    def _post_key(self, text: str) -> str:
        """A post's lookup key with its abbreviations written out ("BTV" -> "Ban Thường vụ")."""
        return _post_key(text, self.lx["expansions"])

    @staticmethod
    def _abbreviates(short: str, long: str) -> bool:
        """Is ``short`` ``long`` with a name and its "(ABBR)" written as the ABBR alone?"""
        paren = PAREN_ABBR.search(long)
        if not paren:
            return False
        abbr = paren.group()[1:-1]
        s_key, l_key = lexicon.fold_key(short), lexicon.fold_key(long)
        a = lexicon.fold_key(abbr)
        i = s_key.find(a)
        if i < 0:
            return False
        head, tail = s_key[:i], s_key[i + len(a):]
        return l_key.startswith(head) and l_key.endswith("(" + a + ")" + tail) and len(l_key) > len(s_key)

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
            floor = s + 1  # the next search starts after this one's start, whatever moved ``s`` back
            before = text[max(0, s - 40) : s]
            place = self.lx["place"].match(text, s)
            if place and not HONORIFIC.search(before):
                pos = place.end()  # a name may follow the place
                continue
            title = self.lx["title"].match(text, s)  # (a group's heads too: "Phó Bí thư các chi bộ")
            if title is not None and title.end() > m.end("n"):
                # "Bí thư, Phó Bí thư các chi bộ …": the run opens a title ("Phó" is a surname), no name (fresh 56)
                pos = max(title.end(), floor)
                continue
            words = [w.group() for w in rx(r"\S+").finditer(m.group("n"))]
            inside = PLACE_WORD_BEFORE.search(text, max(0, s - 30), s)
            place = self.lx["place"].match(text, inside.start()) if inside else None
            if place and place.end() > s and not HONORIFIC.search(before):
                # "Bí thư Tỉnh ủy Bình Dương Nguyễn Văn Lợi": the run opens inside a place ("Dương" is a surname)
                covered = len(text[s : place.end()].split())
                if len(words) - covered < 2:
                    pos = max(place.end(), floor)
                    continue
                s = text.index(words[covered], place.end())
                words = words[covered:]
            if len(words) == 2 and INSTITUTION_BEFORE.search(before) and not HONORIFIC.search(before):
                pos = m.end("n")  # "Trường Đại học Nông Lâm": the school's name, not a person ("Nông" is a surname)
                continue
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
                # the name read again from its surname: the place took words of the run's five ("Bí thư Huyện ủy Châu
                # Thành Đinh Thị Việt Huỳnh": four after the surname; fresh xl1)
                again = self.lx["name"].match(text, s)
                if again is not None and again.start("n") == s and again.end("n") > pos:
                    words = [w.group() for w in rx(r"\S+").finditer(again.group("n"))]
                    pos = again.end("n")
            level = YOUTH_UNION_LEVEL.search(text, max(0, s - 12), s) if words[0] == "Đoàn" else None
            # (a three-word run after a lower-case level is a person's name: "UBND tỉnh Đoàn Văn Việt")
            if level and len(words) >= 3 and words[1] in surnames and (len(words) >= 4 or level.group()[:1].isupper()):
                s = text.index(words[1], s + len(words[0]))  # "Bí thư Tỉnh Đoàn Nguyễn Văn An": the Youth Union
                words = words[1:]
            honored = False  # a capitalized honorific opened the run: what stands before it blocks no name
            if HONORIFIC_START.fullmatch(words[0]) and len(words) >= 3 and (
                    words[1] in surnames or (len(words) >= 4 and words[2] in surnames)):
                # "Ông Phạm Viết Thanh": sentence-initial honorific (a surname not listed after it, then a listed one:
                # "Ông Thành Từ Dũ- Bí thư …", fresh ot3)
                s = text.index(words[1], s + len(words[0]))
                words = words[1:]
                honored = True
            elif len(words) >= 4 and HONORIFIC_START.fullmatch(" ".join(words[:2])) and words[2] in surnames:
                s = text.index(words[2], s + len(words[0]))  # "Đồng Chí Lê Kim Giàu": a capitalized honorific
                words = words[2:]
                honored = True
            lead = HON_LEAD.search(text, max(0, s - 40), s)
            if (lead and len(words) <= 3 and self._may_open_name(text, lead.group("w"), lead.start("w"))
                    and not self.lx["place"].match(text, lead.start())):  # (not "UBND TP. Bà Rịa Trần Văn A": a place)
                s = lead.start("w")  # "Đồng chí Ngọc Kim Nam": a surname not listed, then listed-looking words
                words = [lead.group("w")] + words
            elif len(words) in (2, 3) and (item := ITEM_LEAD.search(text, max(0, s - 40), s)) is not None:
                # so opening a list item whose title follows a dash ("…; Ngọc Kim Nam – Trưởng ban Dân vận Tỉnh ủy; …")
                after = ITEM_TITLE_DASH.match(text, m.end("n"))
                w = item.group("w")
                if (after and self._title_at(text, after.end()) and not HONORIFIC_START.fullmatch(w)
                        and self._may_open_name(text, w, item.start("w"))
                        and not self.lx["place"].match(text, item.start("w"))):
                    s = item.start("w")
                    words = [w] + words
            keep = len(words)
            q = s
            for i in range(1, len(words)):
                q = text.index(words[i], q + len(words[i - 1]))
                if self._title_at(text, q) or HONORIFIC_START.match(text, q):
                    keep = i
                    break
                place = self.lx["place"].match(text, q)
                # a place after the surname is the given name when it ends the run and an honorific
                # or a common surname opens it ("đồng chí Nguyễn Hòa Bình", "ông Nguyễn Hà Nam")
                # (or the last given name: "ông Võ Đại Huế")
                if place and not (place.end() == s + len(" ".join(words)) and text[place.end() - 1] == words[-1][-1]
                                  and (words[0] in COMMON_SURNAMES or HONORIFIC.search(text[max(0, s - 40) : s])
                                       or self._title_ends_at(text, s))):  # ("Phó Thủ tướng Trương Hòa Bình")
                    keep = i
                    q = place.end()  # resume the search after the place
                    break
            if keep < 2 and not (len(words) == 1 and ONE_WORD_NAME.fullmatch(words[0])):
                # "Tỉnh Đoàn Gia Lai Phạm Hồng Hiệp": a name may follow the place (never back where this search
                # started: "Ông An Ông An" takes the "An" before as the name's start, and looped for ever)
                pos = max(s + 1, q, floor)
                continue
            e = s
            for w in words[:keep]:
                e = text.index(w, e) + len(w)
            pos = max(pos, e) if keep == len(words) else max(e, floor)
            before = text[max(0, s - 40) : s]
            # ("Chủ tịch UBND huyện Ông Mai Văn Huỳnh": the honorific, not the place word, stands before the name)
            blocked = not honored and bool(self.lx["blocker"].search(before))
            # inside a capitalized organization name ("Trường THCS Nguyễn Du"; not after a place that a
            # separator closes: "Bí thư Huyện ủy Chợ Gạo; Phạm Hùng Vinh, …")
            prev = before.split()[-2:]
            if (not honored and len(prev) == 2 and self.lx["blocker"].search(prev[0]) and prev[1][:1].isupper()
                    and prev[1][-1:].isalnum()):
                blocked = True
            out.append((s, e, blocked))
        # after an honorific, a name whose surname is not listed ("bà Thị Sa Vy, Phó Chủ tịch …");
        # kept only with a title right after it (see match)
        taken = sorted((a, b) for a, b, _ in out)
        starts = [a for a, _ in taken]
        reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end of the names so far
        for h in self._after_honorific(HON_NAME, text):
            s, e = h.span("n")
            k = bisect_left(starts, e)  # the names starting before this one ends: overlapping if one reaches past s
            if (k and reach[k - 1] > s) or h.group("n").split()[0] in surnames:
                continue
            if self._title_at(text, s) or self.lx["place"].match(text, s) or self.lx["org"].match(text, s):
                continue
            out.append((s, e, UNLISTED))
        # (not a name the text's end cuts to one letter: "… Thứ trưởng Nguyễn H" closing a page's excerpt; no word of a
        # name is one letter; fresh ov5, pz1)
        text_end = len(text.rstrip())
        out = [n for n in out if not (n[1] >= text_end and CUT_LAST_WORD.search(text, n[0], n[1]))]
        out.sort()
        return out

    def _historical_prefix(self, words: list[str]) -> int:
        """Number of leading words that make a historical figure's name (0 if none)."""
        for i in range(min(len(words), 5), 1, -1):
            if lexicon.fold_key(" ".join(words[:i])) in self.lx["historical"]:
                return i
        return 0

    def _may_open_name(self, text: str, word: str, at: int) -> bool:
        """Whether the capitalized ``word`` at ``at``, right before a name run, may be the first word of that name, a
        surname not listed ("Đồng chí Ngọc Kim Nam", "…; Ngọc Kim Nam – Trưởng ban …"): no listed surname (the run would
        open there), no title, no organization."""
        # (nor an honorific, capitalized at a sentence start: "Ông Thành Từ Dũ- Bí thư …" names "Thành Từ Dũ", fresh ot3)
        return (word not in lexicon.surnames() and not HONORIFIC_ANY.fullmatch(word) and not self._title_at(text, at)
                and not self.lx["org"].match(text, at))

    def _place_prefix(self, text: str, s: int, words: list[str]) -> int | None:
        """After a place-taking word ("huyện", "Huyện ủy"), how many words of the run
        at ``s`` are the place name: 0 (none), 2 ("Châu Đức Nguyễn Tăng Phúc"), or
        None when the candidate lies inside the place ("huyện Ngân Sơn Nông Văn Tài"
        matched at "Sơn": the caller then tries from the next word)."""
        run_start, inside = self._cap_run_start(text, s)
        taking = PLACE_TAKING.search(text[max(0, run_start - 30) : run_start])
        if (not taking and inside >= 1 and len(words) >= 3 and words[0] not in COMMON_SURNAMES
                and words[1] in COMMON_SURNAMES):
            # "… Công ty TNHH MTV Thủy lợi Liễn Sơn Đặng Anh Minh", "… Điện lực Thanh Sơn Trần Văn Bình": a capitalized
            # word before the candidate, a rarer surname opening it and a common one next: the name starts at the
            # common one, the rest is the name of the body (fresh pz4)
            return 1
        if not taking:
            return 0
        surnames = lexicon.surnames()
        if inside == 1:  # one capitalized word of the place before us
            level = _taken_level(taking.group())
            if (level and len(words) >= 3 and words[1] in surnames
                    and gazetteer.lookup(text[run_start : s + len(words[0])], level)):
                return 1  # "quận Tây Hồ Nguyễn Đình Khuyến": a unit of the official lists ends on a surname
            if words[0] in COMMON_SURNAMES:
                return 0  # "TP. Huế Huỳnh Cư": a one-word place, then a name
            return 1 if len(words) >= 3 and words[1] in surnames else None
        if inside >= 2:
            return 0
        # a unit of the official lists opening the run ("Bí thư Huyện ủy Cù Lao Dung chủ trì"): its name, whole;
        # the run all of it: no person in it (None). Tried only after a place-taking word, from the longest.
        level = _taken_level(taking.group())
        if level:
            # a unit named with a dash, the candidate its first half ("Tp. Phan Rang – Tháp Chàm", "thành phố Phan
            # Rang-Tháp Chàm": no person "Phan Rang")
            end = s
            for w in words:
                end = text.find(w, end) + len(w)
            dashed = DASHED_PLACE_REST.match(text, end)
            if dashed and any(gazetteer.lookup(text[run_start : e], level) for e in reversed(dashed.ends("w"))):
                return None
        area = taking.group("area") is not None  # ("địa bàn": a unit of any level)
        for k in range(min(len(words), 4), 1, -1) if level or area else ():
            # (of the level the word takes: after "UBND tỉnh", "Lê Thanh Bình" is no commune "Lê Thanh")
            if any(area or d.level == level or (level == "huyện" and d.tier == 2)
                   for d in gazetteer.lookup(" ".join(words[:k]), level)):
                return None if k == len(words) else k
        # (not a surname and a middle name, "Thị"/"Văn", before a given name that is also a surname: "Chủ tịch Hội
        # LHPN tỉnh Nguyễn Thị Kim Phượng" is one woman, no place "Nguyễn Thị"; fresh 32)
        # (nor an honorific written with a capital, then the name: "Chủ tịch UBND huyện Ông Mai Văn Huỳnh"; a unit
        # named so, "phường Bà Triệu", is found in the lists above)
        if (len(words) >= 4 and words[2] in surnames and not (words[0] in COMMON_SURNAMES and words[1] in MIDDLE_NAMES)
                and not (HONORIFIC_START.fullmatch(words[0]) and words[1] in surnames)):
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
    def segment(self, text: str, pos: int, stop_at_name: bool = True) -> tuple[int, int, int, int] | None:
        """A title segment starting at ``pos``: (start, title_end, end, ended_by_name), the last
        ``BY_HONORIFIC`` when an honorific stands between the title and the name.

        Memoized per document, as ``_title_at``: the title chains before neighbouring names
        are read from overlapping windows."""
        key = (pos, stop_at_name)
        if key not in self._segments:
            self._segments[key] = self._segment(text, pos, stop_at_name)
        return self._segments[key]

    def _segment(self, text: str, pos: int, stop_at_name: bool) -> tuple[int, int, int, int] | None:
        m = self._title_at(text, pos)
        if not m:
            return None
        t_end = m.end()
        if BARE_TITLE_NEEDS_ORG.fullmatch(m.group()) and not self._org_follows(text, t_end):
            return None  # "…, phụ trách địa bàn": an assignment, not a post
        q = t_end
        end = t_end
        by_name = False
        last = "title"  # what the segment read last: "title", "org", "level", "word"
        head = ORG_HEAD_OR_COMMITTEE_IN_TITLE.search(text, pos, t_end)
        if head:  # "Trưởng Ban" + "Chỉ đạo các chương trình …": the organization begins at the title's "Ban"
            org = self.lx["org"].match(text, head.start(1))
            if org and org.end() > t_end:
                q = end = org.end()
                board = self._board_name_end(text, org)
                if board is not None:
                    q = end = board
                    last = "word"
        if MINISTERIAL_TITLE.search(m.group()):
            ws = rx(r"[ \t]+").match(text, t_end)
            bare = self.lx["ministry"].match(text, ws.end()) if ws else None
            if bare and not self.lx["org"].match(text, bare.start()):
                q = end = bare.end()
                last = "org"
        abbr_dot = ABBR_DOT.match(text, t_end) if m.group("t2") else None
        if abbr_dot and (self.lx["org"].match(text, abbr_dot.end()) or self.lx["level"].match(text, abbr_dot.end())):
            q = abbr_dot.end()  # "PCT. HĐND xã", "CT. UBMTTQVN xã": the abbreviated title's own dot
        while True:
            ws = rx(r"[ \t]*+").match(text, q)
            r = ws.end()
            if r >= len(text):
                break
            rest = text[r : r + 80]
            if stop_at_name and self._name_at(text, r):
                by_name = True
                break
            hon = HONORIFIC_SPACE.match(text, r) if stop_at_name and end == q and r > q else None
            if hon and self._name_at(text, hon.end()):
                by_name = BY_HONORIFIC  # "…, Phó Chủ tịch HĐND tỉnh ông Võ Văn A": the title is that name's
                break
            term = TERM.match(rest)
            if term:
                q = end = r + term.end()
                continue
            org = self.lx["org"].match(text, r)
            if org and last == "level" and text[r].islower() and self.lx["predicate"].match(text, r):
                org = None  # "Chủ tịch UBND tỉnh | kiểm tra tình hình …": after the level, the predicate's verb (fresh 163)
            if org:
                q = end = org.end()
                last = "org"
                board = self._board_name_end(text, org)
                if board is not None:
                    q = end = board
                    last = "word"
                continue
            lvl = self.lx["level"].match(text, r)
            if lvl:
                q = end = lvl.end()
                last = "level"
                abbr_dot = ABBR_DOT.match(text, q)  # "TP. Huế", "TP.Pleiku"
                if abbr_dot:
                    q = end = abbr_dot.end()
                continue
            numbered = last == "title" and NUMBERED_OFFICE_END.search(text, pos, q) is not None
            # "Chủ tịch HĐND Phường 3", "Bí thư Đảng ủy Phường 12", "Chủ tịch UBND Quận 1": a unit named by its number
            numbered_unit = last == "level" and end == q and NUMBERED_LEVEL.search(text, pos, q) is not None
            # (a steering board named by the number of the decision that set it up: "Trưởng Ban Chỉ đạo | 389 tỉnh Cà Mau")
            board_no = last in ("org", "title") and end == q and NUMBERED_BOARD.search(text, pos, q) is not None
            if (last in ("word", "org") or numbered or numbered_unit or board_no) and end == q:
                unit_no = UNIT_NUMBER.match(text, q)  # "Phó Tư lệnh Quân khu 2", "Giám đốc Bệnh viện 175"
                if unit_no is None:
                    closed = False
                elif numbered_unit:
                    # digits, or a region's Roman numeral ("Chi cục Kiểm lâm vùng IV", fresh nk4)
                    closed = (unit_no.group().strip().isdigit() or REGION_LEVEL.search(text, pos, q)) and (
                        UNIT_NUMBER_CLOSE.match(text, unit_no.end()) or self.lx["predicate"].match(text, unit_no.end() + 1)
                        or rx(r"[ \t]+và[ \t]").match(text, unit_no.end()))
                else:
                    # (the board's number, then its level: "Trưởng Ban Chỉ đạo 389 tỉnh Cà Mau", "Trưởng Ban Chỉ đạo 138
                    # huyện")
                    board_no = board_no and unit_no.group().strip().isdigit()
                    closed = (UNIT_NUMBER_CLOSE.match(text, unit_no.end())
                              or ((numbered or board_no) and self.lx["level"].match(text, unit_no.end() + 1))
                              or (self.lx["predicate"].match(text, unit_no.end() + 1)
                                  and not TERM_WORD.match(text, unit_no.end() + 1)))
                if closed:
                    q = end = unit_no.end()
                    last = "word"
                    continue
            old = FORMER_UNIT.match(text, r)
            if old and last != "title":  # "Ủy ban MTTQ tỉnh Hòa Bình (cũ)": the unit before the 2025 merger
                q = end = old.end()
                continue
            paren = PAREN_ABBR.match(text, r)
            if paren and last != "title":  # "Ngân hàng Nhà nước (NHNN)": the abbreviation of the organization
                q = end = paren.end()
                continue
            if paren and last == "title" and end == q:
                # a listed title's body abbreviated in brackets, its name going on after them: "Ủy viên Ban Chấp hành
                # (BCH) Trung ương Đảng" (an organization follows; not a name: "Chủ tịch (CT) Nguyễn Văn A"; fresh eu01)
                on = rx(r"[ \t]+").match(text, paren.end())
                if on and self.lx["org"].match(text, on.end()) and not self._name_at(text, on.end()):
                    q = end = paren.end()
                    continue
            if text.startswith("(", r) and last in ("word", "org") and end == q:
                parent = self.lx["org"].match(text, r + 1)
                close = PAREN_CLOSE.match(text, parent.end()) if parent else None
                if close:  # "Phó Cục trưởng Cục Thuế (Bộ Tài chính)": the body the organization belongs to
                    q = end = close.end()
                    continue
            paren = PAREN_PLACE.match(text, r) if last == "word" and end == q else None
            if paren:  # "Chủ tịch UBND huyện Châu Thành (An Giang)": the province of the place named
                q = end = paren.end()
                last = "level"  # (nothing of the organization's name follows it)
                continue
            charge = PHU_TRACH.match(text, r)
            if charge and (last != "title" or rx(r"(?i)[ \t]+địa[ \t]+bàn(?![\p{L}\p{M}])").match(text, charge.end())):
                # "Phó Chủ tịch UBND huyện phụ trách lĩnh vực văn hóa - xã hội"; right after a bare title, a territory
                # ("HUV phụ trách địa bàn": a post of its own, fresh 36)
                q = end = self._charge_end(text, charge.end())
                last = "word"
                continue
            if charge and rx(r"[ \t]+\p{Lu}").match(text, charge.end()):
                q = charge.end()  # "Phó Giám đốc phụ trách Sở GD&ĐT": the body in charge of, right after the title
                last = "word"
                continue
            kiem = KIEM.match(text, r)
            if kiem and self._title_at(text, kiem.end()):  # "… kiêm Phó Trưởng Ban …": one title as written
                q = end = self._title_at(text, kiem.end()).end()
                last = "title"
                continue
            if rx(r"và\s+(?=\p{Lu})").match(rest):
                nxt = r + rx(r"và\s+").match(rest).end()
                if self._title_at(text, nxt) or self._name_at(text, nxt) or HONORIFIC_SPACE.match(text, nxt):
                    break  # (an honorific capitalized too: "… – Bí thư Đảng ủy và Bà Võ Kim Anh Phương - …", fresh lhe3)
                q = nxt
                continue
            if rx(r"của\s+(?=\p{Lu})").match(rest):
                q = r + rx(r"của\s+").match(rest).end()
                continue
            region = rx(r"miền[ \t]+(?=\p{Lu})").match(rest) if last in ("word", "org") and end == q else None
            if region:  # "Tổng công ty Điện lực miền Nam", "… miền Trung (EVNCPC)": the region served, in its name
                q = r + region.end()
                continue
            amp = rx(r"&\s*+(?=\p{Lu})").match(rest) if last in ("word", "org") and end == q else None
            if amp:  # "Sở Nông nghiệp & PTNT": the organization goes on after "&"
                q = r + amp.end()
                continue
            dash = rx(r"-\s*+(?=\p{Lu})").match(rest)
            if dash and end == q:
                nxt = r + dash.end()
                if (self._title_at(text, nxt) or self._name_at(text, nxt) or self.lx["predicate"].match(text, nxt)
                        or PHOTO_INDEX.match(text, nxt)):
                    break  # (… "Chủ tịch UBND huyện - Chủ trì": a predicate, capitalized after the dash; "… Thừa Thiên –
                    # Huế - Ảnh 1.": the photo's number in a caption)
                q = nxt
                continue
            if PHOTO_CREDIT.match(text, r) or (last != "title" and self.lx["predicate"].match(text, r)
                                               # (a place's name after its level may begin as a predicate does, capitalized:
                                               # "Chủ tịch HĐND xã Giao Thịnh", fresh 50)
                                               and not (last == "level" and rx(r"\p{Lu}[\p{L}\p{M}]*[ \t]+\p{Lu}").match(text, r))
                                               # (nor a capitalized syllable going on with a place's capitalized name:
                                               # "Chủ tịch UBND huyện Đại Từ", "từ" a predicate in lower case; group T uv3)
                                               and not (last == "word" and (on := PLACE_SYLLABLE_ON.match(text, r, r + 40))
                                                        # (a predicate of one syllable only: not "… Lục Ngạn Phát biểu …")
                                                        and self.lx["predicate"].match(text, r).end() <= on.end())):
                break  # "… phường Phú An ẢNH: ĐỖ TRƯỜNG" (a caption's credit), "… Tỉnh đoàn Báo cáo tổng kết …"
            form = COMPANY_FORM.match(text, r) if last in ("org", "word") and end == q else None
            if form and COMPANY_HEAD.search(text, pos, r):
                q = end = form.end()  # "Công ty cổ phần Sữa Việt Nam": the company's legal form, in lower case
                last = "word"
                continue
            # (not the honorific "Đ/c" of the next person: "PCT. HĐND xã Đ/c: Nguyễn Văn A – …", fresh tw1)
            w = rx(r"(?:\p{Lu}[\p{L}\p{M}]*+(?!/[cC](?![\p{L}\p{M}]))|\p{Lu}+&\p{Lu}+)(?:&\p{Lu}+)?").match(rest)
            if w:
                inner = self._title_at(text, r)
                if inner and r > t_end and not inner.group("t2"):
                    break  # the next title; an abbreviated one continues a name ("Ủy viên Ban TVTU")
                q = end = r + w.end()
                last = "word"
                abbr_dot = ABBR_DOT.match(text, q)  # "T.Ư Đảng"
                if abbr_dot:
                    q = end = abbr_dot.end()
                continue
            # a lowercase syllable inside a word that began capitalized ("Ủy ban", "Cộng sản")
            lw = LOWER_WORD.match(text, r)
            if (lw and last in ("word", "title") and r > q and self._tok_starts is not None
                    and r not in self._tok_starts and end == q and self._in_capitalized_token(text, r)
                    and not self.lx["predicate"].match(text, r)):
                q = end = lw.end()
                continue
            # lower-case words of an organization's name, up to its place level or abbreviation
            # ("Hội đồng thi đua khen thưởng huyện", "Khối các cơ quan và doanh nghiệp tỉnh")
            department = last in ("word", "org") and DEPARTMENT_HEAD.match(text, pos, t_end) is not None
            company = last in ("word", "org") and COMPANY_HEAD.search(text, pos, r) is not None
            run = self._lower_run(text, r, department=department, company=company) \
                if last in ("title", "word") or (last == "org" and not PLACE_TAKING.search(text, pos, end)) else None
            if run:
                q = end = run
                continue
            council = COUNCIL_AFTER_COMMA.match(text, q) if end == q and text[q : q + 1] == "," else None
            if council and COMMITTEE_TITLE.match(text, pos) and not COMMITTEE_PARENT.search(text, pos, end):
                q = end = council.end()  # "Trưởng Ban KT - XH, HĐND huyện": the council's committee (train 102)
                last = "level"
                continue
            break
        return pos, t_end, end, by_name

    def _board_name_end(self, text: str, org: regex.Match) -> int | None:
        """End of the purpose naming a board right after its head ("Ban Chỉ đạo | quốc gia phòng chống dịch COVID-19",
        "Hội đồng | xét công nhận xã đạt chuẩn …"): lower-case words and abbreviations, two to twelve, a place level
        among them, closed by the clause's separator, a predicate or the text's end; None when the words run into
        anything else (a name, a capitalized word, another title), read then as before."""
        if not BOARD_HEAD.fullmatch(org.group()):
            return None
        end, words = self._board_words(text, org.end(), continuing=False)
        if words < 2 or not self._board_closed(text, end):
            return None
        # its purpose may list fields parted by commas, each of lower-case words closed as the first ("Trưởng Ban Chỉ đạo
        # thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế trên địa bàn tỉnh", "Ban Chỉ đạo đổi mới, phát triển kinh
        # tế tập thể, hợp tác xã"; fresh sp2, po1)
        while (comma := rx(r",(?=[ \t])").match(text, end)) is not None:
            more, n = self._board_words(text, comma.end(), continuing=True)
            if n < 2 or not self._board_closed(text, more):
                break
            end = more
        return end

    def _board_words(self, text: str, pos: int, continuing: bool) -> tuple[int, int]:
        """(end, count) of the run of board words (``BOARD_WORD``) from ``pos``, at most twelve, up to a predicate. A
        field ``continuing`` the purpose after a comma takes lower-case words only, "trên địa bàn" among them."""
        end, words = pos, 0
        for w in BOARD_WORD.finditer(text, pos):
            if w.start() != end or words >= 12:
                break
            at = w.start("w")
            if self.lx["predicate"].match(text, at) and not (continuing and ON_AREA.match(text, at)):
                break
            if continuing and not w.group("w")[0].islower():
                break
            end, words = w.end(), words + 1
        return end, words

    def _board_closed(self, text: str, end: int) -> bool:
        """Whether a board's words end at ``end``: the clause's separator, the text's end or a predicate after it."""
        return bool(DEPARTMENT_END.match(text, end) or self.lx["predicate"].match(text, rx(r"[ \t]*").match(text, end).end()))

    def _charge_end(self, text: str, pos: int) -> int:
        """End of what "phụ trách" is in charge of: up to 8 lower-case words (joined by " - " too),
        stopping at a predicate word; a capitalized organization after them is read by the caller."""
        end = pos
        for w in CHARGE_WORD.finditer(text, pos):
            if w.start() != end or self.lx["predicate"].match(text, w.start("w")):
                break
            end = w.end("w")
            if len(text[pos:end].split()) >= 8:
                break
        return end

    def _org_follows(self, text: str, pos: int) -> bool:
        """Does an organization or a place level follow ``pos`` ("phụ trách Đảng bộ huyện", "… huyện")?"""
        p = rx(r"[ \t]+").match(text, pos)
        if not p:
            return False
        return bool(self.lx["org"].match(text, p.end()) or self.lx["level"].match(text, p.end())
                    or rx(r"\p{Lu}").match(text, p.end()))

    def _in_capitalized_token(self, text: str, r: int) -> bool:
        """Is ``r`` inside a token that begins with a capital ("Tiểu ban nhân sự", "Ủy ban")?"""
        i = bisect_right(self._tok_offsets, r) - 1
        return i >= 0 and r - self._tok_offsets[i] < 40 and text[self._tok_offsets[i]].isupper()

    def _lower_run(self, text: str, r: int, depth: int = 0, department: bool = False,
                   company: bool = False) -> int | None:
        """End of 1-6 lower-case words at ``r`` that continue an organization's name: they stop
        at a place level ("huyện"), an "(ABBR)", an organization or "số <number>", and hold no
        predicate word (resources/title_predicates.txt). After a department head's title and the
        department's first, capitalized word (``department``: "Trưởng phòng Quản lý | đất đai"), up to
        four words may also end at the clause's separator."""
        run = LOWER_RUN.match(text, r)
        if not run:
            return None
        for k in range(len(run.captures("w")), 0, -1):  # the longest run that ends well
            w_end = run.ends("w")[k - 1]
            if self.lx["predicate"].search(text, r, w_end):
                continue
            if department and k <= 4 and DEPARTMENT_END.match(text, w_end):
                return w_end  # "bà A - Trưởng phòng Quản lý đất đai; ông B …", "… Trưởng phòng Cảnh sát hình sự, …"
            nxt = rx(r"[ \t]+").match(text, w_end)
            if not nxt:
                continue
            p = nxt.end()
            if self.lx["level"].match(text, p):
                return w_end
            if depth:  # after capitalized words in between, only a place level closes the organization
                continue
            place = self.lx["place"].match(text, p) if company else None
            if place and (PLACE_CLOSES.match(text, place.end()) or self.lx["predicate"].match(
                    text, rx(r"[ \t]*").match(text, place.end()).end())):
                # "Giám đốc Công ty CP Môi trường và Công trình đô thị Hà Tĩnh Nguyễn Duy Bằng": a company's name
                # runs on in lower case to the place it is named after, which closes it (fresh 26)
                return place.end()
            # (a slice: the text may end in spaces after the run, "… Dịch vụ môi trường ")
            if PAREN_ABBR.match(text, p) or (text[p : p + 1].isupper() and self.lx["org"].match(text, p)):
                return w_end  # (an organization named, capitalized: "… và đoàn công tác" is a delegation)
            number = NUMBERED.match(text, w_end)  # "Cụm thi đua số III", "Tổ công tác số 2"
            if number and run.captures("w")[k - 1] == "số":
                return number.end()
        if depth < 2:
            # "Ban Chỉ đạo thực hiện Chương trình xây dựng nông thôn mới huyện": lower-case words, capitalized
            # ones, lower-case ones again, accepted only when the whole reaches a place level
            last_end = run.ends("w")[-1]
            caps = CAP_RUN.match(text, last_end)
            if caps and not self.lx["predicate"].search(text, r, last_end) and not self._name_at(text, caps.start("c")) \
                    and not self._title_at(text, caps.start("c")):
                after = rx(r"[ \t]+").match(text, caps.end())
                if after and self.lx["level"].match(text, after.end()):
                    return caps.end()
                if department and depth == 0 and len(run.captures("w")) <= 2:
                    # a department's name, lower-case words, capitalized ones, maybe lower-case ones again, to the
                    # clause's separator: "Phó Vụ trưởng Vụ Quản lý các Khu kinh tế (Bộ …)" (fresh 156, two pages)
                    tail = DEPARTMENT_TAIL.match(text, caps.end())
                    if tail and not self.lx["predicate"].search(text, caps.end(), tail.end("w")):
                        return tail.end("w")
                if after:
                    more = self._lower_run(text, after.end(), depth + 1)
                    if more:
                        return more
        return None

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
        # (an end position: without one, regex looks for the "(" through the whole rest of the text at every name)
        where = PHOTO_POSITION.match(text, pos, pos + 80)
        if where:  # "Ông Lê Hoàng Hải (phải), Tỉnh ủy viên, …": where the person stands in the photo
            pos = where.end()
        chuc = CHUC.match(text, pos)
        p = pos
        for _ in range(3):  # "Đồng chí A, B giữ chức vụ Phó Bí thư": the post named after the last name
            if chuc:
                break
            joined = NAME_JOIN.match(text, p)
            other = self.lx["name"].match(text, joined.end()) if joined else None
            if not other or self._title_at(text, joined.end()):
                break  # (no name, or a title's capitals: "A, | Phó Chủ tịch …")
            p = other.end()
            chuc = CHUC.match(text, p)
        if chuc is None and p != pos:
            # "…; Phan Minh Đức và Lê Hữu Tài, Phó Chủ tịch UBND tỉnh", "A, B, Phó Bí thư Tỉnh Đoàn": names joined with
            # no title of their own, then a deputy's or member's title after the last: each holds it (4 fresh pages,
            # none against)
            sep = SEP_FIRST.match(text[p : p + 10])
            if sep and SHARED_TITLE_OPENING.match(text, p + sep.end()):
                seg = self.segment(text, p + sep.end())
                if seg and not seg[3]:
                    # (dropped by ``people`` when a title stands before the name: "Chủ tịch UBND tỉnh A, B, Phó Chủ tịch
                    # UBND tỉnh" names A's post before it, B's after)
                    return [self._make_position(text, seg, SHARED_AFTER_NAMES)]
        if (chuc and chuc.group().split() == ["làm"] and not ELECTED_BEFORE.search(text, max(0, pos - 60), pos)):
            # "Đoàn công tác do Phó Chủ tịch UBND tỉnh A làm Trưởng đoàn …": the role taken in the visit, a predicate
            # (train 115, fresh pd03); "bầu A làm Bí thư" holds the post
            chuc = None
        if chuc is None and ELECTED_BEFORE.search(text, max(0, pos - 60), pos):
            chuc = ELECTED_AS.match(text, p)  # (after the last of the names joined: "bầu A và B là Phó Bí thư")
        if chuc and APPOINTED.search(text, max(0, pos - 80), chuc.end()):
            # "Bộ Chính trị chỉ định đồng chí A giữ chức Bí thư Tỉnh ủy", "bà B được chỉ định giữ chức …": a post
            # assigned is not given as held (train 417, 419; elections are: "tái đắc cử", "được bầu giữ chức")
            return []
        if chuc:
            seg = self.segment(text, chuc.end())
            if seg and not seg[3]:
                return [self._make_position(text, seg, "position.after_name")]
        while True:
            sep = (SEP_FIRST if first else SEP_NEXT).match(text[pos : pos + 10])
            unmarked = False
            if not sep and first:  # "bà Mã Thị X Ủy viên Ban Thường vụ Tỉnh ủy, …": no separator written
                sep = unmarked = rx(r"[ \t]+(?=\p{Lu})").match(text[pos : pos + 10])
            if not sep:
                break
            start = pos + sep.end()
            if sep.group().strip() == ";" and LOWER_WORD.match(text, start):
                # "Dự có các đồng chí: A, Phó Chủ tịch HĐND tỉnh; thành viên UBND tỉnh; lãnh đạo các sở": an item of the
                # attendance list in lower case names a group, not a further title of A (titles after ";" are
                # written capitalized; fresh wi5)
                break
            seg = self.segment(text, start)
            if seg is None and out and sep.group().strip() in (",", "-"):
                # "…, Viện trưởng Viện X, Ban Tuyên giáo Trung ương;": the body the office belongs to, a
                # segment of its own ending the titles (fresh kh4, kj2, kj4)
                seg = self._parent_org(text, start)
            if seg is None and first and not unmarked and sep.group().strip() in (",", "-", "–"):
                seg = self._misspelt_first(text, start)
            if seg is None:
                break
            # the title belongs to the name right after it, with any "-"-joined ones before; not so an
            # honorific's name when no separator is written at all ("bà A Phó Bí thư ông B Chủ tịch …")
            if seg[3] and not (unmarked and seg[3] == BY_HONORIFIC):
                while out and seps and seps[-1].strip() == "-":
                    out.pop()
                    seps.pop()
                if since_semicolon is not None:
                    del out[since_semicolon:]
                break
            if sep.group().strip() == ";":
                since_semicolon = len(out)
            dashed = (CAPTION_DASH_AFTER.match(text, seg[2], seg[2] + 40)  # (bounded: see PHOTO_POSITION above)
                      # (or "là" and the one holding it: "…; Phó Bí thư Thường trực là ông B; …", group Y wm5)
                      or IS_HELD_BY.match(text, seg[2], seg[2] + 40))
            if dashed and self._name_at(text, dashed.end()):
                # "Thủ tướng – A, Bộ trưởng Bộ Nông nghiệp – B chủ trì": the title is the next name's, captioned
                if since_semicolon is not None:
                    del out[since_semicolon:]
                break
            rest_end = self._item_rest_end(text, start, seg[2])
            if rest_end is not None:
                # "…; B - PGĐ Trung tâm phát triển Nông nghiệp Hà Nội; C - …": in a list of people, one an item, what
                # stands after the organization's head up to the item's end is the rest of its name
                seg = (seg[0], seg[1], rest_end, seg[3])
            out.append(self._make_position(text, seg, "position.after_name"))
            pos = seg[2]
            first = False
            close = rx(r"\s*\)").match(text, pos, pos + 40)
            if close:
                pos = close.end()
            nxt = SEP_NEXT.match(text[pos : pos + 10])
            seps.append(nxt.group() if nxt else "")
            if nxt and nxt.group().strip() == ":":  # "…, nguyên Chủ tịch nước: A, B" introduces a list
                if since_semicolon is not None:
                    del out[since_semicolon:]
                break
        # A post taken up after the titles held ("…, Chủ tịch UBND xã được bầu giữ chức Phó Bí thư …")
        # is not one of the titles written for the person: annotated articles leave it out.
        return out

    def _misspelt_first(self, text: str, start: int) -> tuple[int, int, int, int] | None:
        """A first title after a name that the vocabulary does not read, written as a title is (MISSPELT_TITLE: a
        member's post with its mark lost, "Uy viên Ban Thường vụ Tỉnh ủy", "Uyr viên BTV tỉnh ủy", or letters run
        together, "UVBTBTU"), taken as written when a title the vocabulary reads follows it after a comma ("…, Trưởng
        ban Tổ chức Tỉnh ủy"): the chain of titles goes on past it (groups K, X, Y)."""
        m = MISSPELT_TITLE.match(text, start, start + 80)
        if m is None:
            return None
        nxt = rx(r"\s*,\s*").match(text, m.end(), m.end() + 10)
        if nxt is None:
            return None
        after = self.segment(text, nxt.end())
        if after is None or after[3]:
            return None
        return start, m.end(), m.end(), 0

    def _item_rest_end(self, text: str, start: int, end: int) -> int | None:
        """Where an item of a list of people ends, when the organization read in its title (``start``-``end``) stops
        short of it: the item closed by ";" with a name (or an honorific) after it, or by the sentence's end in a list
        already run by ";", and between only words (no predicate, title, name, digit or further separator), at most
        six. None when the title reaches the item's end, or when anything else stands in between."""
        if not ORG_OPENING.search(text, start, end):
            return None  # (the title holds an organization's head: "PGĐ Trung tâm | phát triển …")
        rest = ITEM_REST.match(text, end, end + 120)
        if rest is None or rest.end("w") == end or self.lx["predicate"].search(text, end, rest.end("w")):
            return None
        for w in rx(r"\S+").finditer(text, end, rest.end("w")):
            if self._title_at(text, w.start()) or self._name_at(text, w.start()):
                return None
        after = rest.end()
        if text[rest.start("s") : rest.start("s") + 1] == ";":  # (a slice: the item may end the text)
            if not (self._name_at(text, after) or HONORIFIC_SPACE.match(text, after)):
                return None
        elif text.rfind(";", max(0, start - 200), start) < 0:
            return None  # (a sentence's end closes an item only in a list already run by ";")
        return rest.end("w")

    def _parent_org(self, text: str, pos: int) -> tuple[int, int, int, int] | None:
        """An organization standing alone after a title, up to the end of the person's entry: "Ban Tổ chức
        Thành ủy." is (pos, pos, end, False); anything else after it (a comma, a name, a verb) is None."""
        end = pos
        while True:
            ws = rx(r"[ \t]*+").match(text, end)
            o = self.lx["org"].match(text, ws.end()) or (self.lx["level"].match(text, ws.end()) if end > pos else None)
            if not o or o.end() <= end:
                break
            end = o.end()
        if end == pos or not PARENT_ORG_END.match(text, end):
            return None
        return pos, pos, end, False

    def positions_before(self, text: str, name_start: int) -> list[dict]:
        """The comma-separated chain of title segments ending right before the name."""
        out: list[dict] = []
        prev = text[max(0, name_start - 12) : name_start].rstrip()
        dash = CAPTION_DASH.search(text, max(0, name_start - 5), name_start)
        if dash:  # a caption: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Phạm Văn A phát biểu"
            chain = self.positions_before(text, dash.start())
            line = text.rfind("\n", 0, chain[0]["start"]) + 1 if chain else 0
            opening = text[line : chain[0]["start"]].rstrip() if chain else ""
            # (or a clause: "…, Bí thư Huyện ủy - Bùi Quốc Bảo đến dự, Chủ tịch UBND huyện - Lê Thanh Đông chủ trì")
            # (or a count of them: "…; 2 Phó Chủ tịch HĐND tỉnh – A và B chủ trì kỳ họp")
            # (or a preposition: "Theo Bí thư Huyện ủy, Chủ tịch HĐND huyện – A, năm 2023 …"; set X)
            return chain if chain and (not opening or opening.endswith((",", ";", ":", ".", "!", "?"))
                                       or PLURAL_BEFORE.search(opening + " ")
                                       or CAPTION_OPENING_WORD.search(opening)) else []
        if not prev or not (prev[-1].isalnum() or PAREN_ABBR_END.search(prev) or PAREN_PLACE_END.search(prev)) \
                or HONORIFIC.search(prev + " "):
            return out  # a title chain ends in a word, never in punctuation or an honorific
        end = name_start
        lo = max(0, name_start - 300)
        # the chain starts after the last sentence/clause mark or " cùng "/" với " (plain rfind: hot path)
        window_start = max(
            lo,
            max(self._clause_mark(text, c, lo, name_start) for c in ".;:\n") + 1,
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
            if ON_BEHALF_OF.search(text, max(window_start, found[0] - 40), found[0]):
                break  # "thừa ủy quyền của Chủ tịch nước, Phó Bí thư Tỉnh ủy … A": the title is another's
            if (out and _plural_before(text, found[0]) and ":" not in text[found[0] : name_start]
                    and not rx(r"\s*:").match(text, name_start)):
                break  # "các đồng chí Phó Chủ tịch UBND tỉnh, PCT HĐND tỉnh Trần Văn Cư": a title of several people,
                # then the one named (fresh ep01); shared before a colon and a list, it is each one's ("các đồng chí Ủy
                # viên Bộ Chính trị, Bí thư Trung ương Đảng: Trưởng ban … A, …", dev 050)
            dashed = NAME_THEN_DASH.search(text, max(window_start, found[0] - 50), found[0]) if out else None
            if dashed and self._name_at(text, dashed.start("n")):
                # "Trung tướng Nguyễn Văn Sơn - Thứ trưởng Bộ Công an, Chủ tịch UBND tỉnh Lê Trí Thanh": the title
                # after a name and its dash is that name's, the chain of the next one starts after it
                break
            out.insert(0, self._make_position(text, found, "position.before_name"))
            # (a dash may be written glued between two titles: "Phó Bí thư Thường trực Tỉnh ủy-Chủ tịch HĐND tỉnh A", fresh 126)
            comma = rx(r"(?:,|\s-|-\s|(?<=\p{L})-)\s*$").search(text[window_start : found[0]])
            if not comma:
                rank = self.lx["rank"].match(text, found[0])
                if rank and rank.end() == found[2] and text[found[0] - 1 : found[0]].isspace():
                    # "Chỉ huy trưởng Bộ CHQS tỉnh Đại tá Võ Văn Bá", "Giám đốc Công an tỉnh Đại tá A": a rank between
                    # a title and the name, no comma before it; the title before the rank is the name's too (fresh ei05)
                    end = found[0] - 1
                    continue
                break
            end = window_start + comma.start()
        return out

    @staticmethod
    def _clause_mark(text: str, c: str, lo: int, hi: int) -> int:
        """The last ``c`` in ``text[lo:hi]`` (-1 if none), skipping abbreviation dots ("TP. Huế")."""
        i = text.rfind(c, lo, hi)
        while c == "." and i > lo and ABBR_DOT.match(text, i):
            i = text.rfind(c, lo, i)
        # (nor a line break right after a comma: a caption wrapped inside its chain of titles, "… tặng Phó Bí thư Quận
        # ủy,\nChủ tịch UBND quận Nguyễn Văn A"; fresh sf4)
        while c == "\n" and i > lo and COMMA_AT_LINE_END.search(text, lo, i):
            i = text.rfind(c, lo, i)
        return i

    def appositive_before(self, text: str, hon_start: int) -> list[dict]:
        """Title chain opening a clause and followed by ", <honorific> <name>" (or " – <honorific> <name>")."""
        # (a dash as the comma: "Chủ tịch UBND huyện An Biên – ông A cho biết …", "…, Chủ tịch UBND huyện X – ông B
        # cho biết"; fresh hx05, kn04, nh02; a title after another's name stays that name's, as for the comma below)
        comma = rx(r"(?:,|(?<=[\p{L}\p{M}\p{N}.)])[ \t]+[-–])[ \t]*$").search(text, max(0, hon_start - 5), hon_start)
        if not comma:
            # "Dự có Phó Chủ tịch UBND tỉnh ông A": a title chain right before the honorific is the name's
            close = rx(r"[ \t]+$").search(text, max(0, hon_start - 3), hon_start)
            chain = self.positions_before(text, close.start()) if close else []
            if chain and chain[-1]["end"] == close.start():
                return chain
            return []
        chain = self.positions_before(text, comma.start())
        if not chain:
            return []
        lead = text[max(0, chain[0]["start"] - 20) : chain[0]["start"]]
        # (or after "của" whose title it is: "Đó là ý kiến chỉ đạo của Bí thư Tỉnh ủy, Lữ Văn Hùng tại hội nghị", fresh eu02)
        # (or after an outlet's dateline: "(QNO) - Giám đốc Phòng Giao dịch …, ông A cho biết"; group Y wq4)
        if not rx(r"(?:^|[.;:\n]|(?i:theo|(?<![\p{L}\p{M}])của)|\([\p{Lu}\p{N}.]{2,12}\)[ \t]*[-–])\s*$").search(lead) \
                and chain[0]["start"] > 0 \
                and not self._opening_phrase_before(text, chain[0]["start"]):
            return []
        for p in chain:
            p["rule"] = "position.appositive"
        return chain

    def _opening_phrase_before(self, text: str, pos: int) -> bool:
        """Is ``pos`` right after an opening phrase and a comma, with no person in that phrase
        ("Phát biểu kết luận phiên họp, Chủ tịch UBND tỉnh, ông A …")?"""
        comma = rx(r",\s*$").search(text, max(0, pos - 5), pos)
        if not comma:
            return False
        lo = max(0, comma.start() - 120)
        start = max(self._clause_mark(text, c, lo, comma.start()) for c in ".;:\n") + 1
        if start <= lo and lo > 0:
            return False  # too long to be an opening phrase
        phrase = text[start : comma.start()]
        return not (HONORIFIC_ANY.search(phrase) or self.lx["name"].search(phrase) or self._titles_in_any(text, start, comma.start()))

    def _titles_in_any(self, text: str, start: int, end: int) -> bool:
        return next(self._titles_in(text, start, end), None) is not None

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
            end = self._clause_end(text, c.end())
            if self._named_before(text, chain[0]["start"]) and self._item_has_titles(text, c.end(), end):
                # "… có đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh: B, Trưởng Ban …; C, …": the titles
                # before the colon are A's, and the names after it carry their own (fresh lhd2)
                continue
            # "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A - Giám đốc …; B - Trưởng Ban …; C, …":
            # items that carry their own titles are separated by ";" and the list runs on while
            # each item opens with a name (or a rank and a name)
            if self._item_has_titles(text, c.end(), end):
                # (an item reopened by an honorific after items without one is an attendee of its own, not of the
                # list: "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, …; B, …; | đồng chí C, Tỉnh ủy viên, …"; group
                # Z wr1)
                bare = HONORIFIC_OPENING.match(text, c.end()) is None
                while (end < len(text) and text[end] == ";" and self._item_opens_with_name(text, end + 1)
                       and not (bare and HONORIFIC_OPENING.match(text, end + 1))):
                    end = self._clause_end(text, end + 1)
            elif _plural_before(text, chain[0]["start"]):
                # "các Thứ trưởng: A; B; C": a plural title names each bare name after ";" too (not "…; đồng chí
                # D, Bí thư Tỉnh ủy": an item of its own)
                while end < len(text) and text[end] == ";" and self._bare_name_item(text, end + 1):
                    end = self._clause_end(text, end + 1)
            out.append((c.start(), end, chain))
        return out

    def _named_before(self, text: str, title_start: int) -> bool:
        """Does a person's name stand right before the title chain at ``title_start`` ("A, | Phó Bí thư …",
        "A - | Giám đốc …")?"""
        sep = NAME_TITLE_SEP_BEFORE.search(text, max(0, title_start - 4), title_start)
        if sep is None:
            return False
        window = max(0, sep.start() - 40)
        return any(m.end() == sep.start() for m in self.lx["name"].finditer(text, window, sep.start(), overlapped=True))

    @staticmethod
    def _clause_end(text: str, pos: int) -> int:
        """Where the clause from ``pos`` ends: the next ";", sentence dot or line end (abbreviation dots
        such as "TP. Huế" do not end it)."""
        hi = min(len(text), pos + 2000)
        for m in rx(r"[;.\n]").finditer(text, pos, hi):
            if m.group() != "." or not ABBR_DOT.match(text, m.start()):
                return m.start()
        return hi

    def _item_opens_with_name(self, text: str, pos: int) -> regex.Match | None:
        """The name opening the list item at ``pos`` (after spaces, an honorific or a rank)."""
        p = rx(r"\s*+(?:(?i:đồng\s+chí|ông|bà)\s+)?").match(text, pos).end()
        rank = self.lx["rank"].match(text, p)
        if rank:
            p = rx(r"\s*").match(text, rank.end()).end()
        return self.lx["name"].match(text, p)

    def _bare_name_item(self, text: str, pos: int) -> bool:
        """Does the list item at ``pos`` hold a name alone, no honorific before it, no title after it?"""
        m = self.lx["name"].match(text, rx(r"\s*+").match(text, pos).end())
        if m is None:
            return False
        sep = SEP_FIRST.match(text, m.end())
        return not (sep and self._title_at(text, sep.end()))

    def _item_has_titles(self, text: str, pos: int, end: int) -> bool:
        """Does the first list item at ``pos`` give its name titles of its own ("A - Giám đốc …")?"""
        name = self._item_opens_with_name(text, pos)
        if not name or name.end() >= end:
            return False
        sep = SEP_FIRST.match(text, name.end())
        return bool(sep and self._title_at(text, sep.end()))

    def _title_ends_at(self, text: str, pos: int) -> bool:
        """Does a title or its organization end right before ``pos``, one space between ("Phó Thủ tướng |",
        "… Thường trực Chính phủ |")?"""
        if text[pos - 1 : pos] != " ":
            return False
        lo = max(0, pos - 40)
        return any(m.end() == pos - 1 for kind in ("title", "org") for m in self.lx[kind].finditer(text, lo, pos - 1))

    def _name_at(self, text: str, pos: int) -> bool:
        """Does a person's name (not a place, not a historical name) start at ``pos``?"""
        m = self.lx["name"].match(text, pos)
        if not m:
            return False
        if self.lx["place"].match(text, pos):
            return False
        words = m.group("n").split()
        n = len(words)
        if n == 2 and INSTITUTION_BEFORE.search(text, max(0, pos - 40), pos):
            return False  # "Phó Hiệu trưởng Trường Đại học Nông Lâm": the school's name
        if SCHOOL_KIND_AFTER_SCHOOL.match(text, pos, pos + 20):
            return False  # "Hiệu trưởng Trường Cao Đẳng Kỹ thuật …": the kind of school, capitalized (group U ve3)
        given = self.lx["place"].match(text, pos + len(words[0]) + 1)
        if given and not (given.end() == pos + len(m.group("n")) and self._title_ends_at(text, pos)):
            return False  # "Đoàn Quảng Ninh" (not "Phó Thủ tướng Trương Hòa Bình": a place as the given name)
        prev = CAP_BEFORE.search(text, max(0, pos - 30), pos)
        if prev:  # inside a place: "Bắc Giang Lê Văn Tú" read from "Giang"
            place = self.lx["place"].match(text, prev.start(1))
            if place and place.end() > pos:
                return False
        context = text[max(0, pos - 60) : pos]
        for i in range(2, n + 1):
            if lexicon.fold_key(" ".join(words[:i])) in self.lx["historical"] and self.lx["named_after"].search(context):
                return False  # "Học viện Chính trị quốc gia Hồ Chí Minh"
        taking = PLACE_TAKING.search(text[max(0, pos - 30) : pos]) if n == 2 and words[0] not in COMMON_SURNAMES else None
        if taking and gazetteer.name_key(words[0]) in gazetteer.opening_words():
            return False  # "huyện Lạc Sơn", "Tỉnh ủy Hà Giang"; not "Bí thư Tỉnh ủy Điểu Nen" (no unit's name opens so)
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
            m = self.lx["title"].match(text, pos)
            if m and GROUP_AFTER_TITLE.match(text, m.end()) and not ORG_HEAD_END.search(m.group()):
                # "thủ trưởng các phòng, ban", "giám đốc các sở, ngành": the heads of a group, no one's post (not a
                # body's name going on: "Phó Bí thư Đảng ủy | các cơ quan Đảng tỉnh")
                m = None
            self._titles[pos] = m
        return self._titles[pos]

    def _titles_in(self, text: str, start: int, end: int) -> Iterator[regex.Match]:
        """Titles in ``[start, end)``, in order (not overlapping).

        A title starts at a word start, so only those are tried, through the
        memoized ``_title_at``: the windows of neighbouring names overlap.
        """
        self._read_titles(text, start, end)
        starts, matches = self._title_starts, self._title_matches
        i = bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            m = matches[i]
            if m.end() <= end:
                yield m
                i = bisect_left(starts, m.end(), i + 1)  # (the next title after it: none starts inside it)
            else:
                i += 1

    def _read_titles(self, text: str, start: int, end: int) -> None:
        """Try every word start of ``[start, end)`` not read before for a title, once per document (the windows before
        neighbouring names overlap: trying each window's words again cost 30 µs a character on a text of honorifics and
        names, ``vnreport bench --cost``; reading the whole text at once doubled the cost on real pages)."""
        lo, hi = self._title_read_lo, self._title_read_hi  # the stretches read, sorted and disjoint
        k = bisect_right(hi, start)  # the first stretch ending after ``start``
        j, pos, gaps = k, start, []
        while j < len(lo) and lo[j] < end:
            if lo[j] > pos:
                gaps.append((pos, lo[j]))
            pos = max(pos, hi[j])
            j += 1
        if pos < end:
            gaps.append((pos, end))
        for a, b in gaps:
            for w in WORD_START.finditer(text, a, b):
                m = self._title_at(text, w.start())
                if m is not None:
                    i = bisect_left(self._title_starts, w.start())
                    self._title_starts.insert(i, w.start())
                    self._title_matches.insert(i, m)
        if gaps:  # stretches k … j-1 and the gaps between them make one, from min(start, lo[k]) to max(end, hi[j-1])
            new_lo = min(start, lo[k]) if k < j else start
            new_hi = max(end, hi[j - 1]) if k < j else end
            lo[k:j] = [new_lo]
            hi[k:j] = [new_hi]

    # -- mentions by title ----------------------------------------------------
    def _given_name_mentions(self, text: str, people: dict[str, dict]) -> None:
        """"Ông Dũng đề nghị …" is a mention of the one official whose given name is Dũng."""
        by_given: dict[str, list[str]] = {}
        for key, person in people.items():
            by_given.setdefault(person["name"].split()[-1], []).append(key)
        for m in self._after_honorific(GIVEN_NAME, text):
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
        for h in self._after_honorific(HONORIFIC_SPACE, text):
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
HON_NAME = regexcache.compile(
    HONORIFIC_AT.pattern + r"[ \t]+(?P<n>" + CAP + r"(?:[ \t]+" + CAP + r"){1,3})(?![\p{L}\p{M}\p{N}])"
)
# Between names that share one post: "A, B giữ chức …", "A và B được bầu …"
NAME_JOIN = regexcache.compile(r"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:" + HONORIFIC_AT.pattern + r"[ \t]+)?")  # ("A và ông B giữ chức …")
# A title several people hold, after their names ("A và B, Phó Chủ tịch UBND tỉnh"): a deputy's or a member's
SHARED_AFTER_NAMES = "position.after_names_joined"  # the rule of such a shared position
SHARED_TITLE_OPENING = regexcache.compile(r"(?:Phó|Ủy\s+viên|Uỷ\s+viên|Thành\s+viên)(?![\p{L}\p{M}])")
# "Đại hội bầu đồng chí A là Bí thư …": after the name, "là" and the post, when "bầu" comes shortly before
ELECTED_AS = regexcache.compile(r"[ \t]+là[ \t]+(?=\p{Lu})")
ELECTED_BEFORE = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])bầu(?![\p{L}\p{M}])")
# A dash between a caption's titles and the name
# ("Bí thư Huyện ủy Mang Thít- A": the space before may go; or both, glued: "Chủ tịch UBND tỉnh-Trần Văn A báo cáo",
# "Giám đốc Ngân hàng Chính sách xã hội tỉnh-Nguyễn Văn B nhận cờ"; groups AC xr4, AN zbg5)
CAPTION_DASH = regexcache.compile(r"(?<=[\p{L}\p{M}])[ \t]*-[ \t]*$")
CAPTION_DASH_AFTER = regexcache.compile(r"[ \t]+-[ \t]+|-(?=\p{Lu})")  # (or glued before a capital: "Tỉnh ủy-Đỗ Hữu Lâm")
# A name, then a dash: what follows is that person's title ("Nguyễn Văn Sơn - Thứ trưởng Bộ Công an")
NAME_THEN_DASH = regexcache.compile(r"(?P<n>\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){1,3})[ \t]*[-–][ \t]*$")
# (or the agent of a passive: "… vừa được Chủ tịch UBND huyện Tháp Mười – Trần Thị Quý chỉ đạo …"; fresh ai4, ai5)
CAPTION_OPENING_WORD = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:theo|của|do|với|cùng|có|được|bởi)$")
# "là" after a title, then who holds it: "Phó Bí thư Thường trực là ông B" (the title is B's)
IS_HELD_BY = regexcache.compile(r"[ \t]+là[ \t]+(?:(?i:đồng\s+chí|ông|bà)[ \t]+)?(?=\p{Lu})")
# An honorific opening a list item, after spaces
HONORIFIC_OPENING = regexcache.compile(r"\s*+(?i:đồng\s+chí|ông|bà|đ/c)(?![\p{L}\p{M}])")
HONORIFIC_ANY = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:đồng\s+chí|ông|bà|đ/c)(?![\p{L}\p{M}])")


@lru_cache(maxsize=4096)
def _unspaced_joints(text: str) -> str:
    """``text`` with no spaces at an abbreviation's dot or a dash: spacing there is no difference ("TX. Phú Mỹ" /
    "TX.Phú Mỹ")."""
    return SPACED_JOINT.sub(lambda m: m.group("j"), text) if ("." in text or "-" in text or "–" in text) else text


def _post_key(text: str, expansions: dict) -> str:
    """A post's lookup key: joints unspaced, abbreviations written out, folded."""
    return lexicon.fold_key(" ".join(expansions.get(w, w) for w in _unspaced_joints(text).split()))


# A household named by its head ("hộ ông …", "hộ gia đình bà …", "gia đình ông …")
HOUSEHOLD = regexcache.compile(r"(?i)(?<![\p{L}\p{M}])(?:hộ(?:\s+gia\s+đình)?|gia\s+đình)\s+$")
# A dot after an abbreviation or a dash, with the spaces around it ("TX. Phú Mỹ", "Văn hóa - Thể thao")
SPACED_JOINT = regexcache.compile(r"(?<=\p{L})[ \t]*(?P<j>[-–])[ \t]*(?=\p{L})|(?<=\p{Lu})(?P<j>\.)[ \t]+(?=\p{Lu})")
# An honorific and one capitalized word right before a name candidate: the word opens the name
# (an honorific after a capitalized word is part of a name: "quận Hai Bà Trưng Trần Quyết Thắng")
HON_LEAD = regexcache.compile(
    r"(?<![\p{L}\p{M}])(?<!\p{Lu}[\p{L}\p{M}]*[ \t])(?i:đồng\s+chí|ông|bà|đ/c)[ \t]+(?P<w>\p{Lu}[\p{Ll}\p{M}]*+)[ \t]+$"
)
# … or a list separator and that word ("…; Ngọc Kim Nam – Trưởng ban …", "…, Ngọc Kim Nam – Phó bí thư"), the name's
# title after a dash
ITEM_LEAD = regexcache.compile(r"(?:(?<=[;:,\n])|(?<![\s\S]))[ \t]*(?P<w>\p{Lu}[\p{Ll}\p{M}]*+)[ \t]+$")
ITEM_TITLE_DASH = regexcache.compile(r"[ \t]*[-–][ \t]*")
HONORIFIC_START = regexcache.compile(r"(?i)(?:đồng\s+chí|ông|bà)(?![\p{L}\p{M}])")


@Language.factory("vnreport_officials")
def make_officials(nlp: Language, name: str) -> OfficialExtractor:
    return OfficialExtractor(nlp, name)


def _inside(short: str, long: str) -> bool:
    """Are the words of ``short`` (three or more) those of ``long`` in order, with more between or before them?

    >>> _inside("phó chủ tịch hđnd huyện", "phó chủ tịch thường trực hđnd huyện")
    True
    >>> _inside("chủ tịch ubnd", "chủ tịch ubnd tỉnh")
    True
    >>> _inside("bí thư huyện ủy", "chủ tịch ubnd huyện")
    False
    """
    a, b = short.split(), long.split()
    if len(a) < 3 or len(a) >= len(b):
        return False
    rest = iter(b)
    return all(w in rest for w in a)
