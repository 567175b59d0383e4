"""underthesea word segmentation wrapped as a spaCy tokenizer.

underthesea's ``word_tokenize`` returns multi-syllable words ("Bí thư",
"Huyện ủy") but rewrites characters on the way (NFC, tone placement) and
drops the whitespace between words, so its tokens cannot be searched for
verbatim. We re-align them to the text: each token consumes the same number
of non-space characters of the text, compared after folding. Words of the
resulting ``Doc`` are *slices of the text itself*, gaps other than one space
become whitespace tokens, so ``doc.text == text`` and ``token.idx`` are exact.

Sentences come from underthesea's ``sent_tokenize`` within each line; each
line break starts a new sentence.
"""

from __future__ import annotations

import unicodedata
from typing import Iterator

import regex
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

# A line of text longer than this is cut into pieces for the segmenter, at
# spaces, so that a 1 MB line without punctuation stays linear in time.
MAX_CHUNK = 5000

_FALLBACK_TOKEN = regex.compile(r"\d+(?:[.,/]\d+)*+|\w+|[^\w\s]")
_SENT_PIECE = regex.compile(r"[^\n]+")


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
    for tok in tokens:
        chars = [c for c in tok if not c.isspace()]
        if not chars:
            continue
        while pos < n and text[pos].isspace():
            pos += 1
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


class UndertheseaTokenizer:
    """spaCy tokenizer: ``Doc`` from underthesea word segmentation."""

    def __init__(self, vocab: Vocab):
        from underthesea import sent_tokenize, word_tokenize

        self.vocab = vocab
        self._word_tokenize = word_tokenize
        self._sent_tokenize = sent_tokenize

    def segment(self, text: str) -> tuple[list[tuple[int, int]], set[int]]:
        """Token spans over ``text`` and the set of offsets that start a sentence."""
        spans: list[tuple[int, int]] = []
        sent_starts: set[int] = set()
        for line in _SENT_PIECE.finditer(text):
            if line.group().isspace():
                continue
            for chunk_start, chunk in _chunks(line.group(), line.start()):
                pos = 0
                for sent in self._sent_tokenize(chunk) if len(chunk) < MAX_CHUNK else [chunk]:
                    found = chunk.find(sent, pos)
                    if found < 0 or not sent.strip():
                        continue
                    tokens = self._word_tokenize(sent)
                    sent_spans = align_tokens(sent, tokens, chunk_start + found)
                    if sent_spans:
                        sent_starts.add(sent_spans[0][0])
                        spans.extend(sent_spans)
                    pos = found + len(sent)
                # Text the sentence splitter did not return is kept too.
                if pos < len(chunk) and chunk[pos:].strip():
                    rest = align_tokens(chunk[pos:], [], chunk_start + pos)
                    spans.extend(rest)
        spans.sort()
        return spans, sent_starts

    def __call__(self, text: str) -> Doc:
        spans, sent_starts = self.segment(text)
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool] = []
        pos = 0
        for start, end in spans:
            if start < pos:  # overlapping fallback token: skip
                continue
            gap = text[pos:start]
            if gap:
                if words and gap == " ":
                    spaces[-1] = True
                else:
                    words.append(gap)
                    spaces.append(False)
                    starts.append(False)
            words.append(text[start:end])
            spaces.append(False)
            starts.append(start in sent_starts)
            pos = end
        if pos < len(text):
            words.append(text[pos:])
            spaces.append(False)
            starts.append(False)
        if not words:
            return Doc(self.vocab, words=[], spaces=[])
        # A token in a gap that is not whitespace (should not happen) stays a word.
        starts[0] = True
        sent_flags = [True if s else False for s in starts]
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=sent_flags)
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
