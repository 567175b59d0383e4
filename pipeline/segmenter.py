"""underthesea's word-segmentation CRF, scored in Python from underthesea's own model files.

Why this is hand-written: underthesea (9.5) tags a piece of text by building, in Rust
(``underthesea_core.CRFFeaturizer``), 43 feature strings per token ("T[-1,0].lower=bí thư",
"T[0].istitle=True", …), handing them to Python as lists of lists, and passing them back to
Rust (``CRFTagger.tag``), which looks each string up in the model. On our articles three
quarters of the segmenter's time, and half of the whole pipeline's, went to that round
trip, not to the model. The model itself is small (50,671 attributes, 2 labels: ``B-W``
begins a word, ``I-W`` continues one). Here it is read once from the same files underthesea
loads (a CRFsuite model, ``features.bin``, ``dictionary.bin``) and its weights are regrouped
by what a feature looks at: one token, a pair or a triple of adjacent tokens. A token (pair,
triple) then costs one look-up per feature family to give its weights at every offset, and
that is cached across documents; the emission scores are summed with numpy and decoded by
a two-label Viterbi, ties broken as underthesea's tagger breaks them.

What each feature means is taken from underthesea's featurizer, checked against it by
tests/test_segmenter.py (feature strings on the corpora and on generated text, tags on
every eval article):

- ``T[a]`` / ``T[a,b]``: the token ``a`` places away, or tokens ``a`` to ``b`` joined by a
  space; ``BOS`` when the window starts before the text, else ``EOS`` when it ends after;
- ``.lower``: lower-cased; ``.is_in_dict``: lower-cased, in underthesea's word list;
- ``.istitle``: every word's first character has no upper-case form of its own ("Bí", "HĐND",
  ",", "2024" are titles; "bí" is not) — not Python's ``str.istitle``;
- ``.isdigit``: the token reads as a 32-bit integer ("09", "+9", "-9"; not "1.5", "²").

The tokenizer uses this only after it has tagged a sentence the same as underthesea's
own model (``matches_underthesea``); otherwise, or when the files are not where this
version keeps them, it calls underthesea's model as before.
"""

from __future__ import annotations

import functools
import re
import struct
from pathlib import Path

import numpy

from . import regexcache

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?")
_FUNCTIONS = (None, "lower", "isdigit", "istitle", "is_in_dict")
_INT32 = re.compile(r"[+-]?[0-9]+")
_SENTINELS = ("BOS", "EOS")
# cached rows per window size; past this many the cache starts again (~300 bytes a row: at most
# ~35 MB for the three window sizes)
CACHE_LIMIT = 40_000


def read_crfsuite(path: str | Path) -> tuple[list[str], list[str], numpy.ndarray, numpy.ndarray]:
    """Labels, attributes, state weights (attribute × label) and transition weights
    (label × label) of a CRFsuite model file (the "lCRF"/"FOMC" format underthesea ships)."""
    data = Path(path).read_bytes()
    magic, _size, kind, _version, _n, n_labels, _n_attrs, off_features, off_labels, off_attrs = struct.unpack_from(
        "<4sI4sIIIIIII", data, 0
    )
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: not a CRFsuite model")

    def strings(offset: int) -> list[str]:  # a CQDB: id -> string through its backward array
        chunk, _size, _flag, _order, count, backward = struct.unpack_from("<4sIIIII", data, offset)
        if chunk != b"CQDB":
            raise ValueError(f"{path}: no string table at {offset}")
        out = []
        for i, at in enumerate(struct.unpack_from(f"<{count}I", data, offset + backward)):
            sid, size = struct.unpack_from("<II", data, offset + at)
            if sid != i:
                raise ValueError(f"{path}: string table out of order")
            out.append(data[offset + at + 8 : offset + at + 7 + size].decode("utf-8"))  # size counts the NUL
        return out

    labels, attrs = strings(off_labels), strings(off_attrs)
    chunk, _size, count = struct.unpack_from("<4sII", data, off_features)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: no feature table")
    feats = numpy.frombuffer(
        data, dtype=numpy.dtype([("kind", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]),
        count=count, offset=off_features + 12,
    )
    state = numpy.zeros((len(attrs), len(labels)))
    s = feats[feats["kind"] == 0]  # attribute -> label
    numpy.add.at(state, (s["src"], s["dst"]), s["w"])
    trans = numpy.zeros((len(labels), len(labels)))
    t = feats[feats["kind"] == 1]  # label -> label
    trans[t["src"], t["dst"]] = t["w"]
    return labels, attrs, state, trans


def _load_pickle(path: Path):
    """A file joblib wrote (underthesea's own model files): plain pickles, which the C
    unpickler reads five times faster than ``joblib.load``; joblib for anything else."""
    import pickle

    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (pickle.UnpicklingError, EOFError, ValueError):
        import joblib

        return joblib.load(path)


# --- what a feature sees of its window (underthesea_core's featurizer, as tested) ---------

def is_title(window: str) -> bool:
    """Every word's first character has no upper-case form of its own.

    >>> [is_title(w) for w in ("Bí", "HĐND", ",", "2024", "bí", "Bí thư")]
    [True, True, True, True, False, False]
    """
    return all(w[:1].upper() == w[:1] for w in window.split(" "))


def is_digit(window: str) -> bool:
    """The window reads as a 32-bit integer.

    >>> [is_digit(w) for w in ("09", "+9", "-2147483648", "2147483648", "1.5", "²")]
    [True, True, True, False, False, False]
    """
    return _INT32.fullmatch(window) is not None and -(2**31) <= int(window) < 2**31


def _value(function: str | None, window: str, dictionary) -> str:
    if function is None:
        return window
    if function == "lower":
        return window.lower()
    if function == "isdigit":
        return str(is_digit(window))
    if function == "istitle":
        return str(is_title(window))
    return str(window.lower() in dictionary)  # is_in_dict


def _parse_template(name: str) -> tuple[int, int, str | None]:
    m = _TEMPLATE.fullmatch(name)
    if m is None or m[3] not in _FUNCTIONS:
        raise ValueError(f"feature template not understood: {name!r}")
    a = int(m[1])
    b = int(m[2]) if m[2] is not None else a
    if b < a:
        raise ValueError(f"feature template not understood: {name!r}")
    return a, b - a, m[3]


def features(templates: list[str], dictionary, tokens: list[str]) -> list[list[str]]:
    """The feature strings of each token, as underthesea's featurizer writes them (tests
    compare the two; the tagger below never builds these strings).

    >>> features(["T[-1]", "T[0].lower", "T[0,1].is_in_dict"], {"bí thư"}, ["Bí", "thư"])
    [['T[-1]=BOS', 'T[0].lower=bí', 'T[0,1].is_in_dict=True'], ['T[-1]=Bí', 'T[0].lower=thư', 'T[0,1].is_in_dict=EOS']]
    """
    parsed = [(name, *_parse_template(name)) for name in templates]
    n = len(tokens)
    out = []
    for i in range(n):
        row = []
        for name, a, span, function in parsed:
            if i + a < 0:
                value = "BOS"
            elif i + a + span >= n:
                value = "EOS"
            else:
                value = _value(function, " ".join(tokens[i + a : i + a + span + 1]), dictionary)
            row.append(f"{name}={value}")
        out.append(row)
    return out


class _Window:
    """The features over windows of one size (1, 2 or 3 tokens): for each function, the
    weights of each of its values at each offset, and a cache of each window's summed weights."""

    def __init__(self, span: int, offsets: list[int], functions: list[str | None], n_labels: int):
        self.span = span
        self.offsets = offsets  # sorted; slot k of a row is offset offsets[k]
        self.functions = functions
        self.values: dict[str | None, dict[str, int]] = {}  # function -> value -> row of its table
        self.tables: dict[str | None, numpy.ndarray] = {}  # function -> (value, slot, label) weights
        self.sentinel = {s: numpy.zeros((len(offsets), n_labels)) for s in _SENTINELS}
        self.zero = numpy.zeros((len(offsets), n_labels))
        self.cache: dict[str, numpy.ndarray] = {}

    def fill(self, entries: dict, state: numpy.ndarray) -> None:
        """``entries``: function -> list of (value, offset, attribute id) of this window size."""
        slot = {a: k for k, a in enumerate(self.offsets)}
        for function in self.functions:
            values: dict[str, int] = {}
            rows, slots, attrs = [], [], []
            for value, offset, attr in entries.get(function, ()):
                if value in _SENTINELS:  # every function writes BOS / EOS alike past the text's ends
                    self.sentinel[value][slot[offset]] += state[attr]
                    # (and a token written "BOS" or "EOS" fires the same attribute: it keeps its row below too)
                rows.append(values.setdefault(value, len(values)))
                slots.append(slot[offset])
                attrs.append(attr)
            table = numpy.zeros((len(values), *self.zero.shape))
            numpy.add.at(table, (numpy.array(rows, dtype=numpy.intp), numpy.array(slots, dtype=numpy.intp)), state[attrs])
            self.values[function] = values
            self.tables[function] = table

    def weights(self, window: str, dictionary) -> numpy.ndarray:
        """Summed weights (offset slot × label) of every feature of ``window``."""
        total = self.zero
        for function in self.functions:
            row = self.values[function].get(_value(function, window, dictionary))
            if row is not None:
                total = total + self.tables[function][row]
        return total

    def scores(self, tokens: list[str], dictionary) -> numpy.ndarray:
        """Each token's emission scores from the features over this window size."""
        n = len(tokens)
        span = self.span
        windows = tokens if span == 0 else [" ".join(tokens[j : j + span + 1]) for j in range(n - span)]
        seen: dict[str, int] = {}
        index = [seen.setdefault(w, len(seen)) for w in windows]
        cache = self.cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        rows = []
        for w in seen:
            row = cache.get(w)
            if row is None:
                row = cache[w] = self.weights(w, dictionary)
            rows.append(row)
        bos, eos = len(rows), len(rows) + 1
        rows.append(self.sentinel["BOS"])
        rows.append(self.sentinel["EOS"])
        table = numpy.array(rows)
        # window starts: position p of `padded` is start p - left; before 0 BOS, from len(index) on EOS
        left = max(0, -self.offsets[0])
        right = max(0, self.offsets[-1] + n - len(index))
        padded = numpy.array([bos] * left + index + [eos] * right, dtype=numpy.intp)
        out = numpy.zeros((n, table.shape[2]))
        for k, a in enumerate(self.offsets):
            out += table[padded[left + a : left + a + n], k]
        return out


class CRFSegmenter:
    """``tag(tokens)`` gives underthesea's ``B-W`` / ``I-W`` tags for its regex tokens.

    >>> seg = CRFSegmenter.from_underthesea()
    >>> seg.tag(["Bí", "thư", "Huyện", "ủy", "phát", "biểu", "."])
    ['B-W', 'I-W', 'B-W', 'I-W', 'B-W', 'I-W', 'B-W']
    """

    def __init__(self, model_dir: str | Path):
        model_dir = Path(model_dir)
        self.templates: list[str] = list(_load_pickle(model_dir / "features.bin"))
        self.dictionary = _load_pickle(model_dir / "dictionary.bin")
        self.labels, attrs, state, self.transitions = read_crfsuite(model_dir / "models.bin")
        if len(self.labels) != 2:
            raise ValueError("the two-label decoder needs a two-label model")
        spans: dict[int, tuple[set[int], list]] = {}
        parsed = {}  # template name -> (offset, span, function)
        for name in self.templates:
            a, span, function = parsed[name] = _parse_template(name)
            offsets, functions = spans.setdefault(span, (set(), []))
            offsets.add(a)
            if function not in functions:
                functions.append(function)
        self.windows = {
            span: _Window(span, sorted(offsets), functions, len(self.labels)) for span, (offsets, functions) in spans.items()
        }
        entries: dict[int, dict] = {span: {} for span in spans}
        for i, attr in enumerate(attrs):
            name, _, value = attr.partition("=")
            template = parsed.get(name)
            if template is not None:  # attributes of templates no longer in use never fire
                a, span, function = template
                entries[span].setdefault(function, []).append((value, a, i))
        for span, window in self.windows.items():
            window.fill(entries[span], state)

    @classmethod
    @functools.lru_cache(maxsize=1)
    def from_underthesea(cls) -> "CRFSegmenter":
        """The model underthesea's ``word_tokenize`` loads (the one model directory it ships),
        read once per process and shared (its caches are plain dicts whose entries never change)."""
        model_dir = underthesea_model_dir()
        # (the tables read from the model, kept between runs beside the compiled patterns: pipeline.regexcache; the
        # key changes with the model's files or this module's code)
        # (kept right after it is read: its windows' caches are still empty)
        return regexcache.kept_or_built("segmenter", model_key(model_dir), cls,
                                        frozenset({"templates", "dictionary", "labels", "transitions", "windows"}),
                                        lambda: cls(model_dir))

    def emissions(self, tokens: list[str]) -> numpy.ndarray:
        out = numpy.zeros((len(tokens), len(self.labels)))
        for window in self.windows.values():
            out += window.scores(tokens, self.dictionary)
        return out

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        scores = self.emissions(tokens).tolist()
        (t00, t01), (t10, t11) = self.transitions.tolist()
        s0, s1 = scores[0]
        back = []
        for e0, e1 in scores[1:]:
            # best previous label for each label; on a tie the lower label, as underthesea's tagger
            a, b = s0 + t00, s1 + t10
            p0, n0 = (1, b + e0) if b > a else (0, a + e0)
            a, b = s0 + t01, s1 + t11
            p1, n1 = (1, b + e1) if b > a else (0, a + e1)
            back.append((p0, p1))
            s0, s1 = n0, n1
        y = 1 if s1 > s0 else 0
        path = [y]
        for step in reversed(back):
            y = step[y]
            path.append(y)
        labels = self.labels
        return [labels[y] for y in reversed(path)]

    def matches_underthesea(self, model, tokens: list[str]) -> bool:
        """Whether this tags ``tokens`` as underthesea's loaded ``model`` does."""
        return self.tag(tokens) == list(model.predict([[t] for t in tokens]))


def underthesea_model_dir() -> Path:
    """The one word segmentation model directory underthesea ships, where its ``word_tokenize`` loads it from."""
    from underthesea.pipeline import word_tokenize as module

    dirs = sorted((Path(module.__file__).parent / "models").glob("ws_crf_*"))
    if len(dirs) != 1:
        raise FileNotFoundError("underthesea's word segmentation model is not where this version keeps it")
    return dirs[0]


def model_key(model_dir: Path, *texts: str) -> str:
    """The fingerprint of what is derived from the model (pipeline.regexcache): its three files, this module's code,
    and ``texts`` (what else the derived data depends on: the check's versions and sentence, pipeline.tokenizer)."""
    return regexcache.fingerprint([model_dir / n for n in ("features.bin", "dictionary.bin", "models.bin")],
                                  Path(__file__).read_text(encoding="utf-8"), *texts)


def clear_caches() -> None:
    """Empty the shared segmenter's caches (the benchmark does, so that text it repeats
    is not scored from them)."""
    for window in CRFSegmenter.from_underthesea().windows.values():
        window.cache.clear()
