"""The spaCy pipeline: underthesea tokenizer + vnreport rule components.

``load()`` builds it once per process; components run in this order because
later ones read what earlier ones found (tasks need the plan year and the
officials, for ``issued_by``; places need the officials, whose names are not
places, and the article's date, which chooses the list of divisions).
"""

from __future__ import annotations

import threading

import spacy
from spacy.language import Language

from . import regexcache
from . import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)
from .components import indicators, officials, percentages, places, tasks, years  # noqa: F401  (factories)

COMPONENTS = (
    "vnreport_years",
    "vnreport_officials",
    "vnreport_percentages",
    "vnreport_indicator_counts",
    "vnreport_tasks",
    "vnreport_places",
)


def build() -> Language:
    nlp = spacy.blank(
        "vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnreport.underthesea_tokenizer.v1"}}}
    )
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


_LOCK = threading.Lock()
_NLP: Language | None = None


def load() -> Language:
    """The pipeline, built once per process and reused (thread-safe).

    underthesea loads its segmentation model lazily on the first call and is
    not safe against concurrent first calls, so one segmentation runs here,
    under the lock, before any caller gets the pipeline.
    """
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                nlp = build()
                nlp.make_doc("Hội nghị tổng kết năm 2024.")  # loads underthesea's model now
                _NLP = nlp
                # the patterns compiled while loading, kept for the next process (pipeline.regexcache)
                regexcache.save()
    return _NLP
