"""atheris fuzz target: bytes -> read (decode) -> normalize -> extract.

Any exception other than a clean per-document ``InputError`` is a bug, and
every span of every result must be grounded in the decoded text.

    python fuzz/fuzz_extract.py -max_total_time=60 fuzz/corpus

(``make fuzz`` runs it for 60 s; CI runs it too.)
"""

import sys

import atheris

with atheris.instrument_imports():
    from pipeline import extract
    from pipeline.export import iter_spans
    from pipeline.io import InputError, decode_bytes


def test_one_input(data: bytes) -> None:
    html = bool(data[:1]) and data[0] & 1 == 1
    try:
        text = decode_bytes(data[1:], max_bytes=1 << 20).text
    except InputError:
        return
    doc = extract(text, html=html).model_dump(mode="json")
    for span in iter_spans(doc):
        if span.get("start") is None:
            continue
        assert text[span["start"] : span["end"]] == span["text"], (span, text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
