"""Is this text something we can extract from? Language and diacritics checks.

* ``not_vietnamese``: too few common Vietnamese syllables -> nothing is
  extracted, with a warning.
* ``diacritics_scrambled``: syllables with two tone marks ("Hụyện ủỷ tổ chức
  hộị nghị") as published by sites that block copying -> only numbers are
  extracted (names from such text would be invented), with a warning.

No library detects either for Vietnamese reliably on short texts, hence the
small statistics below.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from . import regexcache
from .resources import load_list

TONES = set("\u0300\u0301\u0309\u0303\u0323")
SYLLABLE = regexcache.compile(r"\p{L}+")
COMMON = frozenset(load_list("common_syllables.txt"))  # shared with pipeline.io


@dataclass
class Quality:
    warnings: list[tuple[str, str]] = field(default_factory=list)
    skip_extraction: bool = False
    numbers_only: bool = False


# Every precomposed letter that carries a tone mark, plus the combining marks themselves.
_TONED = frozenset(
    [chr(c) for c in range(0x00C0, 0x1F00) if any(m in TONES for m in unicodedata.normalize("NFD", chr(c)))]
    + list(TONES)
)


# A syllable with two tone marks: a toned letter (or a combining tone mark), word characters without
# one, another toned letter. Written for the standard library's ``re``, which tests a class of single
# characters in C (the ``regex`` module's took ten times as long); its word characters are ``regex``'s
# here: the other combining marks and the zero-width joiners are added, as ``re``'s ``\w`` lacks them.
_TONED_CLASS = "".join(re.escape(c) for c in sorted(_TONED))
_OTHER_MARKS = "".join(re.escape(chr(c)) for c in range(0x0300, 0x0370) if chr(c) not in _TONED) + "\u200c\u200d"
_TWO_TONED = re.compile("[%s](?:[^\\W%s]|[%s])*[%s]" % (_TONED_CLASS, _TONED_CLASS, _OTHER_MARKS, _TONED_CLASS))

# What may stand between two tone marks of one syllable: vowels (and combining marks)
_VOWELS_ONLY = re.compile("[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY%s%s]*" % (_TONED_CLASS, _OTHER_MARKS))


def check_text(text: str, *, sample: int = 5000) -> Quality:
    """Language and diacritics checks on (a sample of) the normalized text.

    >>> check_text("The council met on Monday to discuss the budget for next year.").skip_extraction
    True
    >>> check_text("Hụyện ủỷ tổ chức hộị nghị tổng kết công tác năm 2024 của các xã.").numbers_only
    True
    >>> check_text("Chiều 10/3, Chủ tịch UBND tỉnhBình Dương làm việc về kếtquả thực hiện các chỉ tiêu năm 2023.").warnings
    []
    """
    q = Quality()
    head = text[:sample]
    words = SYLLABLE.findall(head.lower())
    if len(words) < 8:
        return q
    common = sum(map(COMMON.__contains__, words))
    if common / len(words) < 0.05:
        q.warnings.append(("not_vietnamese", "the text does not look Vietnamese; nothing was extracted"))
        q.skip_extraction = True
        return q
    # syllables with two tone marks, only vowels between them ("Hụyện", "ủỷ"): two toned vowels with a consonant between
    # are two syllables written without the space ("kếtquả", "tỉnhBình": a page that lost its spaces; group U vf5)
    scrambled = sum(1 for m in _TWO_TONED.findall(head) if _VOWELS_ONLY.fullmatch(m[1:-1]))
    if scrambled >= 2 and scrambled / len(words) > 0.02:
        q.warnings.append(
            (
                "diacritics_scrambled",
                "%d syllables carry impossible diacritics (copy protection?); only figures were extracted"
                % scrambled,
            )
        )
        q.numbers_only = True
    return q
