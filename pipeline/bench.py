"""``vnreport bench``: speed and memory, measured in one run on the same text.

Reports syllables/s and docs/s for (a) underthesea ``word_tokenize`` alone,
(b) underthesea ``ner`` alone (on a sample: it is slow), (c) our full
pipeline in one process, (d) our pipeline through the batch engine with N
workers; peak RSS per worker; start-up time (import + load + first
document, in a fresh process); and, with ``--rss-docs``, the RSS growth of
one process between 1,000 documents and the given count.

``vnreport bench --cost`` measures instead the cost of each component in
microseconds per character on long adversarial texts (one pattern repeated:
the shapes that once made rules quadratic); the target is at most
``COST_LIMIT_US`` for every component on 200,000 characters. The tests check
only that cost grows linearly (a machine-independent ratio, tests/test_cost.py).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import regexcache

SYLLABLE = regexcache.compile(r"[\p{L}\p{N}]+")


def load_corpus(corpus: str, n_docs: int) -> list[str]:
    paths = sorted(Path(corpus).rglob("*.txt")) if Path(corpus).is_dir() else [Path(corpus)]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if not texts:
        raise SystemExit("no *.txt in %s" % corpus)
    return [texts[i % len(texts)] for i in range(n_docs)]


def _rate(texts: list[str], seconds: float) -> dict:
    syl = sum(len(SYLLABLE.findall(t)) for t in texts)
    return {
        "docs": len(texts),
        "syllables": syl,
        "seconds": round(seconds, 3),
        "docs_per_s": round(len(texts) / seconds, 2) if seconds else None,
        "syllables_per_s": round(syl / seconds, 1) if seconds else None,
    }


def _timed(fn, texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def _interleaved(fns: list, texts: list[str], repeat: int, chunk: int = 20, before=None) -> list[float]:
    """Seconds for each of ``fns`` over ``texts``: the best of ``repeat`` per chunk, summed.

    The functions take turns chunk by chunk (who goes first alternates), so a slow
    moment of the machine (another process, frequency scaling) hits them alike, and
    the minimum per chunk (as timeit takes) drops it: the ratio of (c) to (a) is
    then a property of the code, not of the minute it was measured in. ``before[i]``,
    where given, runs untimed before each of ``fns[i]``'s chunks: (c) empties the
    segmenter's caches there, so that a chunk seen in an earlier pass (or the same
    text repeated to make up ``--docs``) is not scored from them — each chunk starts
    cold, as new text would, a little slower than a long batch, whose caches are warm.
    """
    chunks = [texts[i : i + chunk] for i in range(0, len(texts), chunk)]
    best = [[float("inf")] * len(chunks) for _ in fns]
    for r in range(repeat):
        for ci, part in enumerate(chunks):
            order = list(range(len(fns)))
            if (r + ci) % 2:
                order.reverse()
            for fi in order:
                if before and before[fi]:
                    before[fi]()
                best[fi][ci] = min(best[fi][ci], _timed(fns[fi], part))
    return [sum(b) for b in best]


def _rss_mb() -> float:
    """Current RSS of this process, in MB (Linux /proc; else peak)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:  # pragma: no cover
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def startup_seconds() -> float:
    """Import + load + one small document, in a fresh interpreter."""
    code = (
        "import time; t=time.perf_counter(); from pipeline import extract; "
        "extract('Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu.'); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def run_bench(corpus: str = "corpora", n_docs: int = 200, workers: int | None = None, ner_docs: int = 20,
              rss_docs: int = 0, repeat: int = 3) -> dict:
    from underthesea import ner, word_tokenize

    from . import extract
    from .batch import run_batch

    workers = workers or os.cpu_count() or 1
    texts = load_corpus(corpus, n_docs)
    word_tokenize(texts[0])
    extract(texts[0])
    ner(texts[0][:200])
    result: dict = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform},
        "corpus": corpus,
    }
    from .segmenter import clear_caches

    a_seconds, c_seconds = _interleaved([word_tokenize, extract], texts, repeat, before=[None, clear_caches])
    result["a_word_tokenize"] = _rate(texts, a_seconds)
    sample = texts[:ner_docs]
    result["b_ner"] = _rate(sample, _timed(ner, sample))
    result["c_pipeline_1_worker"] = _rate(texts, c_seconds)
    result["repeat"] = repeat
    with tempfile.TemporaryDirectory() as tmp:
        for i, t in enumerate(texts):
            Path(tmp, "d%06d.txt" % i).write_text(t, encoding="utf-8")
        peak: list[float] = []
        t0 = time.perf_counter()
        run_batch([tmp], jsonl=os.path.join(tmp, "out.jsonl"), workers=workers)
        seconds = time.perf_counter() - t0
        # peak RSS of the largest child that has ended (the pool's workers); one worker runs here
        who = resource.RUSAGE_CHILDREN if workers > 1 else resource.RUSAGE_SELF
        peak.append(resource.getrusage(who).ru_maxrss / 1e3)
        t0 = time.perf_counter()
        run_batch([tmp], jsonl=os.path.join(tmp, "out1.jsonl"), workers=1)
        seconds_1 = time.perf_counter() - t0
    result["d_pipeline_%d_workers" % workers] = _rate(texts, seconds)
    result["d_pipeline_1_worker_same_engine"] = _rate(texts, seconds_1)
    result["speedup_workers"] = round(seconds_1 / seconds, 2)
    result["peak_rss_per_worker_mb"] = round(max(peak), 1)
    result["peak_rss_main_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3, 1)
    result["startup_seconds"] = round(startup_seconds(), 2)
    a, b, c = (result[k]["syllables_per_s"] for k in ("a_word_tokenize", "b_ner", "c_pipeline_1_worker"))
    result["c_over_a"] = round(c / a, 2)
    result["c_over_b"] = round(c / b, 2)
    if rss_docs:
        result["rss"] = rss_growth(texts, rss_docs)
    return result


def rss_growth(texts: list[str], total: int) -> dict:
    """RSS of this process after 1,000 documents and after ``total``."""
    from . import extract

    marks = {}
    for i in range(total):
        extract(texts[i % len(texts)])
        if i + 1 in (1000, total):
            marks[i + 1] = round(_rss_mb(), 1)
    return {"rss_mb_at": marks, "growth_mb": round(marks[total] - marks.get(1000, marks[total]), 1)}


COST_LIMIT_US = 20.0

# Adversarial patterns: each is repeated to the benchmark length.
COST_PATTERNS = {
    "percent-signs": "%",
    "counts": "1/2 chỉ tiêu ",
    "count-breakdowns": "trong đó 1 chỉ tiêu đạt ",
    "officials": "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy, ",
    "title-chain": "Phó Chủ tịch UBND huyện ",
    "surnames": "Nguyễn ",
    "honorific-names": "Ông An ",  # a surname that is also a given name after each honorific (once looped for ever)
    "requests": "đề nghị tập trung thực hiện; ",
    "years": "năm 2024 ",
    "colons": "Bí thư: ",
    "digits": "1 ",
    "percent-clauses": "tăng 5% so với cùng kỳ, ",
    "percent-semicolons": "đạt 5%; ",
    "percent-sentences": "5%. ",
    # place mentions (the places component)
    "named-districts": "huyện Ngân Sơn, ",
    "committees": "Bí thư Huyện ủy, ",
    "organizations": "UBND huyện Ngân Sơn Nguyễn Văn An ",
    "ambiguous-communes": "xã Minh Tiến ",
    "province-names": "Bắc Kạn ",
    "level-words": "các xã, thị trấn, ",
    "cues": "dự hội nghị có Sở Tài chính; ",
    "place-sentences": "Huyện ủy chủ trì. ",
}


_WARM: list[bool] = []


def component_seconds(pattern: str, chars: int) -> dict[str, float]:
    """CPU seconds each pipeline component spends on ``pattern`` repeated to ``chars`` characters."""
    from .components._base import start_document
    from .nlp import load

    nlp = load()
    if not _WARM:  # vocabularies and gazetteers load on first use: not part of any text's cost
        nlp("Đồng chí Nguyễn Văn An, Bí thư Huyện ủy Ngân Sơn, tỉnh Bắc Kạn: năm 2024 có 24/30 chỉ tiêu đạt 95%.")
        _WARM.append(True)
    text = (pattern * (chars // len(pattern) + 1))[:chars]
    doc = nlp.make_doc(text)
    start_document(doc, None, spans=False)
    cost = {}
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        proc(doc)
        cost[name] = time.process_time() - t0
    return cost


def run_cost(chars: int = 200_000, patterns: dict[str, str] | None = None) -> dict:
    """µs per character for every component on every adversarial pattern."""
    table = {}
    for key, pattern in (patterns or COST_PATTERNS).items():
        table[key] = {k: round(v / chars * 1e6, 2) for k, v in component_seconds(pattern, chars).items()}
    worst = max((v, k, c) for k, row in table.items() for c, v in row.items())
    return {"chars": chars, "limit_us_per_char": COST_LIMIT_US, "us_per_char": table,
            "worst": {"pattern": worst[1], "component": worst[2], "us_per_char": worst[0]},
            "within_limit": worst[0] <= COST_LIMIT_US}


def render_cost(result: dict) -> str:
    table = result["us_per_char"]
    comps = list(next(iter(table.values())))
    lines = ["| pattern (µs/char, %d chars) | %s |" % (result["chars"], " | ".join(comps)),
             "|---|" + "---|" * len(comps)]
    for key, row in table.items():
        lines.append("| %s | %s |" % (key, " | ".join(
            ("**%s**" % row[c]) if row[c] > result["limit_us_per_char"] else str(row[c]) for c in comps)))
    w = result["worst"]
    lines.append("")
    lines.append("worst: %s on %s, %s µs/char (target ≤ %s)" % (w["component"], w["pattern"], w["us_per_char"],
                                                                result["limit_us_per_char"]))
    return "\n".join(lines)


def render(result: dict) -> str:
    keys = [k for k in result if k.startswith(("a_", "b_", "c_", "d_")) and isinstance(result[k], dict)]
    lines = ["| measure | docs | syllables/s | docs/s |", "|---|---|---|---|"]
    for k in keys:
        r = result[k]
        lines.append("| %s | %d | %s | %s |" % (k, r["docs"], r["syllables_per_s"], r["docs_per_s"]))
    lines.append("")
    lines.append(
        "c/a = %s (target ≥ 0.7), c/b = %s (target ≥ 10), speed-up with workers = %s (target ≥ 1.7 on 2 cores), "
        "peak RSS per worker = %s MB (target ≤ 400), start-up = %s s (target ≤ 2)"
        % (result["c_over_a"], result["c_over_b"], result["speedup_workers"], result["peak_rss_per_worker_mb"],
           result["startup_seconds"])
    )
    if "rss" in result:
        lines.append("RSS growth: %s (target < 50 MB)" % json.dumps(result["rss"]))
    return "\n".join(lines)
