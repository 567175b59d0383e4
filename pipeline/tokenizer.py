"""underthesea word segmentation wrapped as a spaCy tokenizer.

underthesea's ``word_tokenize`` returns multi-syllable words ("Bí thư",
"Huyện ủy") but rewrites characters on the way (NFC, tone placement) and
drops the whitespace between words, so its tokens cannot be searched for
verbatim. We re-align them to the text: each token consumes the same number
of non-space characters of the text, compared after folding. Words of the
resulting ``Doc`` are *slices of the text itself*, gaps other than one space
become whitespace tokens, so ``doc.text == text`` and ``token.idx`` are exact.

The segmentation runs underthesea's own steps (its character normalization,
its regex tokenizer, its CRF model, exactly as ``word_tokenize`` chains them)
but keeps each token's position from the regex match, so that the common case
needs no re-alignment at all; when underthesea's internals are not where
this version expects them, or its normalization changes the length of the
text, ``word_tokenize`` is called and its tokens re-aligned as above. A test
checks both paths give the same tokens. The CRF model is scored by
``pipeline.segmenter`` from underthesea's own model files (the same tags, three
times faster: no feature strings cross between Rust and Python), once it has
tagged a check sentence as underthesea's loaded model does; else by that model.

Lines are segmented in pieces of up to ``MAX_CHUNK`` characters, one
segmenter call each. Sentence starts are set after ". ! ?" followed by
an upper-case letter and at each line start; the extractors do their own
clause splitting, so this only serves spaCy users of ``doc.sents``.

The token boundaries are also kept in ``doc.user_data["vnreport_bounds"]``
(lists of start and end offsets: plain data, so ``DocBin`` can store it) so
that components need not iterate tokens.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from . import regexcache

# A line of text longer than this is cut into pieces for the segmenter, at
# spaces, so that a 1 MB line without punctuation stays linear in time.
MAX_CHUNK = 5000

_FALLBACK_TOKEN = regexcache.compile(r"\d+(?:[.,/]\d+)*+|\w+|[^\w\s]")
_SENT_PIECE = regexcache.compile(r"[^\n]+")
_SENT_BREAK = regexcache.compile(r"[.!?…]+[\"')\]]*\s+(?=[\p{Lu}\d\"(])")


def _fold_char(c: str) -> str:
    """Compare characters ignoring case, diacritics and compatibility forms."""
    d = unicodedata.normalize("NFKD", c.casefold())
    return d[0] if d else c


def _chunks(line: str, start: int) -> Iterator[tuple[int, str]]:
    """Cut an over-long line at spaces into pieces of at most MAX_CHUNK chars."""
    pos = 0
    while len(line) - pos > MAX_CHUNK:
        cut = line.rfind(" ", pos, pos + MAX_CHUNK)
        if cut <= pos:
            cut = pos + MAX_CHUNK
        yield start + pos, line[pos:cut]
        pos = cut
    yield start + pos, line[pos:]


def align_tokens(text: str, tokens: list[str], offset: int = 0) -> list[tuple[int, int]]:
    """Character spans of ``tokens`` (from a segmenter) within ``text``.

    >>> align_tokens("Huyện  uỷ họp", ["Huyện ủy", "họp"])
    [(0, 9), (10, 13)]
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    append = spans.append
    for tok in tokens:
        if not tok:
            continue
        # the common cases: the token is the text itself, right here or after one space
        if text.startswith(tok, pos):
            end = pos + len(tok)
            append((offset + pos, offset + end))
            pos = end
            continue
        if text.startswith(tok, pos + 1) and text[pos] == " ":
            end = pos + 1 + len(tok)
            append((offset + pos + 1, offset + end))
            pos = end
            continue
        while pos < n and text[pos].isspace():
            pos += 1
        chars = [c for c in tok if not c.isspace()]
        if not chars:
            continue
        start = pos
        ok = True
        for c in chars:
            while pos < n and text[pos].isspace():
                pos += 1
            if pos >= n:
                ok = False
                break
            if _fold_char(text[pos]) != _fold_char(c):
                ok = False
                break
            pos += 1
        if not ok:
            # The segmenter changed the text in a way we cannot follow: fall
            # back to a simple tokenization for the rest of this piece.
            for m in _FALLBACK_TOKEN.finditer(text, start):
                spans.append((offset + m.start(), offset + m.end()))
            return spans
        spans.append((offset + start, offset + pos))
    # Anything the segmenter skipped at the end is kept as simple tokens.
    for m in _FALLBACK_TOKEN.finditer(text, pos):
        spans.append((offset + m.start(), offset + m.end()))
    return spans


def _with_plain_words_first(regex_tokenize) -> "re.Pattern[str] | None":
    """underthesea's token pattern, made to skip spaces and to try plain words first; each
    token is the match's group ``tok``.

    The pattern is an ordered alternation of 14 groups (specials, abbreviations, URLs,
    e-mails, dates, numbers, …, ``\\w+``) that ``finditer`` tries at every position: at each
    space all 14 fail before the scan moves on, and four words in five of a report are plain
    syllables that only ``\\w+``, the twelfth, matches. Two changes, same tokens:

    - ``\\s*+`` first: no group matches whitespace and every other character starts one of
      them (``\\w+`` or ``[^\\w\\s]``), so the token after the spaces is the one the scan
      would find there;
    - then a whole run of Vietnamese letters between spaces (``(?<!\\S)[W]++(?!\\S)``, W being
      underthesea's own letter class): every group before ``\\w+`` needs a character that is
      not a letter (".", "'", "&", "@", "-", a digit, …), and ``\\w+`` stops at the same space.

    Together a quarter of the time (the scan was a third of the segmenter's time outside the
    CRF). tests/test_tokenizer.py compares both patterns' tokens on the corpora and on
    generated text. None where underthesea's pattern is not as this expects.
    """
    base = regex_tokenize.patterns
    letters = getattr(regex_tokenize, "W", None)
    if not letters or "(?P<tok>" in base.pattern:
        return None
    pattern = re.compile(r"\s*+(?P<tok>(?<!\S)" + letters + r"++(?!\S)|" + base.pattern + ")", base.flags)
    return pattern if pattern.groupindex["tok"] == 1 else None


# A sentence the fast tagger must tag as underthesea's model does before it is used: capitals,
# abbreviations, figures, dates, punctuation, words in and out of underthesea's word list.
_CHECK_SENTENCE = (
    "Ngày 30/5/2024, Huyện ủy Ngân Sơn (tỉnh Bắc Kạn) tổ chức Hội nghị tổng kết công tác năm 2024; "
    "có 24/30 chỉ tiêu đạt và vượt kế hoạch, GRDP tăng 8,5%, thu ngân sách đạt 120 tỷ đồng. "
    "Đồng chí Nguyễn Văn An, UVBTV Tỉnh ủy, Bí thư Huyện ủy phát biểu chỉ đạo: phấn đấu hoàn thành nhiệm vụ năm 2025!"
)


def _tagger(model, regex_tokenize, key: str | None = None):
    """The word tagger for underthesea's regex tokens: pipeline.segmenter's reading of the same
    model where it tags the check sentence as ``model`` does (the verdict kept under ``key`` for the
    next process, ``_checked_before``), else ``model`` itself."""

    def underthesea_tag(tokens: list[str]) -> list[str]:
        return model.predict([[t] for t in tokens])

    try:
        from .segmenter import CRFSegmenter

        fast = CRFSegmenter.from_underthesea()
        tokens = [m.group() for m in regex_tokenize.patterns.finditer(_CHECK_SENTENCE)]
        if fast.matches_underthesea(model, tokens):
            if key is not None:
                regexcache.write_derived("segmenter-check", key, True)
            return fast.tag
    except Exception:  # noqa: BLE001 — any failure to read or check the model (a changed file format, a truncated
        pass  # file: struct.error, EOFError, …) leaves underthesea's own model in charge, never a failed pipeline
    return underthesea_tag


def _check_key() -> str | None:
    """The fingerprint of the fast tagger's check: underthesea's model files and version, our segmenter's code, the
    check sentence (pipeline.segmenter.model_key); None where the model is not where this version keeps it."""
    try:
        import underthesea

        from . import segmenter

        return segmenter.model_key(segmenter.underthesea_model_dir(), getattr(underthesea, "__version__", ""),
                                   _CHECK_SENTENCE)
    except Exception:  # noqa: BLE001 — no key: the check runs as it always did
        return None


def _checked_before(key: str | None):
    """pipeline.segmenter's tagger where an earlier run checked it against underthesea's own model with the same
    versions and files (its verdict kept by pipeline.regexcache under ``key``), so that underthesea's model need not
    load only to check it again (0.3 s of a fresh process); else None, and the check runs (``_tagger``)."""
    if key is None or regexcache.read_derived("segmenter-check", key) is not True:
        return None
    try:
        from .segmenter import CRFSegmenter

        return CRFSegmenter.from_underthesea().tag
    except Exception:  # noqa: BLE001 — as in _tagger: never a failed pipeline
        return None


class UndertheseaTokenizer:
    """spaCy tokenizer: ``Doc`` from underthesea word segmentation."""

    def __init__(self, vocab: Vocab):
        from underthesea import word_tokenize

        self.vocab = vocab
        self._word_tokenize = word_tokenize
        self._steps = None  # underthesea's (normalize, tokenizer module, our token pattern, CRF model), loaded on first use

    def _underthesea_steps(self):
        """underthesea's own segmentation steps, or False where this version has them elsewhere."""
        if self._steps is None:
            try:
                from underthesea.pipeline import word_tokenize as wt_module
                from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
                from underthesea.pipeline.word_tokenize import regex_tokenize

                if not hasattr(regex_tokenize, "patterns"):
                    raise AttributeError("no tokenizer pattern")
                key = _check_key()
                tagger = _checked_before(key)
                if tagger is None:
                    if wt_module.word_tokenize_model is None:
                        self._word_tokenize("Hội nghị")  # underthesea loads its CRF model on the first call
                    model = wt_module.word_tokenize_model
                    if model is None:
                        raise AttributeError("no CRF model")
                    tagger = _tagger(model, regex_tokenize, key)
                self._steps = (
                    normalize_characters_in_text,
                    regex_tokenize,
                    _with_plain_words_first(regex_tokenize),
                    tagger,
                )
            except (ImportError, AttributeError):
                self._steps = False
        return self._steps

    def segment_piece(self, piece: str, start: int = 0) -> list[tuple[int, int]]:
        """Word spans of one piece of text (offsets shifted by ``start``).

        >>> tok = UndertheseaTokenizer(Vocab())
        >>> text = "Bí thư Huyện ủy phát biểu."
        >>> [text[s:e] for s, e in tok.segment_piece(text)]
        ['Bí thư', 'Huyện ủy', 'phát biểu', '.']
        """
        steps = self._underthesea_steps()
        if steps:
            normalize_characters, regex_tokenize, token_pattern, tagger = steps
            norm = normalize_characters(piece)
            if len(norm) == len(piece):
                # word_tokenize: tokens = regex matches; features = [[token]]; "I-W" joins a token to the word before
                if token_pattern is None:  # underthesea's own pattern: each match is a token
                    spans = [m.span() for m in regex_tokenize.patterns.finditer(norm)]
                else:
                    spans = [m.span(1) for m in token_pattern.finditer(norm)]  # group 1 is "tok"
                if not spans:
                    return []
                tags = tagger([norm[s:e] for s, e in spans])
                heads = [i for i, tag in enumerate(tags) if tag != "I-W"]  # tokens that begin a word
                if not heads or heads[0]:
                    heads.insert(0, 0)
                tails = heads[1:]
                tails.append(len(spans))
                return [(start + spans[i][0], start + spans[j - 1][1]) for i, j in zip(heads, tails)]
        return self.segment_piece_realigned(piece, start)

    def segment_piece_realigned(self, piece: str, start: int = 0) -> list[tuple[int, int]]:
        """The same spans from ``word_tokenize``'s strings, re-aligned to the text."""
        # the text is already normalized (pipeline.normalize): skip underthesea's own token pass
        return align_tokens(piece, self._word_tokenize(piece, use_token_normalize=False), start)

    def segment(self, text: str, sentences: bool = True) -> tuple[list[tuple[int, int]], set[int]]:
        """Token spans over ``text`` and the set of offsets that start a sentence
        (left empty with ``sentences=False``).

        Lines are grouped into pieces of up to MAX_CHUNK characters, each
        segmented in one ``word_tokenize`` call (per-call overhead dominates
        on short lines); an over-long line is cut at spaces.
        """
        spans: list[tuple[int, int]] = []
        sent_starts: set[int] = set()
        piece_start = piece_end = None
        pieces: list[tuple[int, str]] = []
        for line in _SENT_PIECE.finditer(text):
            body = line.group()
            lead = len(body) - len(body.lstrip())
            if lead == len(body):
                continue
            if sentences:
                sent_starts.add(line.start() + lead)
                for b in _SENT_BREAK.finditer(body):
                    sent_starts.add(line.start() + b.end())
            if len(body) > MAX_CHUNK:
                if piece_start is not None:
                    pieces.append((piece_start, text[piece_start:piece_end]))
                    piece_start = None
                pieces.extend(_chunks(body, line.start()))
                continue
            if piece_start is not None and line.end() - piece_start > MAX_CHUNK:
                pieces.append((piece_start, text[piece_start:piece_end]))
                piece_start = None
            if piece_start is None:
                piece_start = line.start()
            piece_end = line.end()
        if piece_start is not None:
            pieces.append((piece_start, text[piece_start:piece_end]))
        for start, piece in pieces:
            spans.extend(self.segment_piece(piece, start))
        spans.sort()
        return spans, sent_starts

    def _bounds(self, text: str, sentences: bool = True) -> tuple[list[int], list[int], list[int]]:
        """The tokens' start and end offsets, and (with ``sentences``) their sentence starts as
        ``Doc(sent_starts=…)`` takes them (1 starts, -1 does not; else left empty).

        A single space after a word is its trailing whitespace; any other gap (or, should it
        happen, skipped text) is a token of its own."""
        spans, sent_starts = self.segment(text, sentences)
        offsets: list[int] = []
        ends: list[int] = []
        starts: list[int] = []
        pos = 0
        for start, end in spans:
            if start < pos:  # overlapping fallback token: skip
                continue
            if start > pos and not (start == pos + 1 and offsets and text[pos] == " "):
                offsets.append(pos)
                ends.append(start)
                if sentences:
                    starts.append(-1)
            offsets.append(start)
            ends.append(end)
            if sentences:
                starts.append(1 if start in sent_starts else -1)
            pos = end
        if pos < len(text):
            offsets.append(pos)
            ends.append(len(text))
            if sentences:
                starts.append(-1)
        return offsets, ends, starts

    def __call__(self, text: str) -> Doc:
        # (one pass: the tokens' starts, ends and sentence starts; the sentence starts go in with one
        # from_array call, without Doc(sent_starts=…)'s per-token loop)
        offsets, ends, starts = self._bounds(text)
        if not offsets:
            return self.bare_doc(text, ([], []))
        words = [text[s:e] for s, e in zip(offsets, ends)]
        spaces = [e != nxt for e, nxt in zip(ends, offsets[1:])]
        spaces.append(False)
        starts[0] = 1
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int32).astype(numpy.uint64))
        doc.user_data["vnreport_bounds"] = (offsets, ends)
        doc.user_data["vnreport_text"] = text
        return doc

    def bare_doc(self, text: str, bounds: tuple[list[int], list[int]] | None = None) -> Doc:
        """A ``Doc`` for ``pipeline.extract``: the text and its token offsets in ``user_data``, which
        is all the components read, and no spaCy tokens (no vocabulary lookups, no sentence starts:
        a tenth of the pipeline's time outside underthesea went there). ``nlp(text)`` and
        ``nlp.make_doc`` still give the full ``Doc``."""
        if bounds is None:
            offsets, ends, _ = self._bounds(text, sentences=False)
            bounds = (offsets, ends)
        doc = Doc(self.vocab, words=[], spaces=[])
        doc.user_data["vnreport_bounds"] = bounds
        doc.user_data["vnreport_text"] = text
        return doc

    # spaCy serialization hooks (nothing to save)
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, _bytes_data: bytes, **kwargs) -> "UndertheseaTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "UndertheseaTokenizer":
        return self


@registry.tokenizers("vnreport.underthesea_tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return UndertheseaTokenizer(nlp.vocab)

    return make
