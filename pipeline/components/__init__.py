"""The extractor components, one module each (spaCy factories ``vnreport_<name>``).

They run in this order and hand each other these named, typed values
(``_base.py``; stored as plain data in ``doc.user_data`` so ``DocBin`` keeps them):

* ``_base.start_document`` (by ``pipeline.extract``): ``Years.published``, and for a long
  text processed in pieces the years decided on the whole text (``Years.fixed``).
* ``years`` writes :class:`_base.Years` (``set_years``); ``percentages`` and ``tasks``
  read it (``years_of``).
* ``officials`` writes the ``officials`` items; ``tasks`` reads their mentions through
  ``_base.official_mentions`` (for ``issued_by``).
* every component appends its items with ``_base.add_item`` (``items(doc, kind)``);
  ``indicators`` also writes ``warnings``.

No component keeps per-document state on ``self``: one pipeline serves many threads.
"""
