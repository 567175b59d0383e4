"""One spaCy rule component per extractor (registered with ``@Language.factory``)."""
