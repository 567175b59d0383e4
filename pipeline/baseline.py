"""Baseline for officials: underthesea's general-purpose NER (PER entities).

Scored with the same name matching as ``vnreport evaluate`` (NFC, casefold,
whitespace collapse, tone placement), so the figures sit in one table.
"""

from __future__ import annotations

from .scoring import load_gold_dir, norm_key


def ner_persons(text: str) -> list[str]:
    """PER entities of underthesea.ner, joined from B-PER/I-PER tags, per line."""
    from underthesea import ner

    out: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        current: list[str] = []
        for tok in ner(line):
            word, tag = tok[0], tok[-1]
            if tag == "B-PER":
                if current:
                    out.append(" ".join(current))
                current = [word]
            elif tag == "I-PER" and current:
                current.append(word)
            else:
                if current:
                    out.append(" ".join(current))
                current = []
        if current:
            out.append(" ".join(current))
    return out


def ner_baseline(gold_dir) -> dict:
    tp = fp = fn = 0
    for _id, text, gold in load_gold_dir(gold_dir):
        pred = {norm_key(n) for n in ner_persons(text)}
        want = {norm_key(o["name"]) for o in gold.get("officials", [])}
        tp += len(pred & want)
        fp += len(pred - want)
        fn += len(want - pred)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
