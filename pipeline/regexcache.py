"""Compiled ``regex`` patterns kept on disk between runs, so that a fresh process starts in a blink.

The components are rules over some 800 patterns. ``regex`` parses each in Python when it is
compiled (its enum flags alone cost a quarter of that): about 2 s of every fresh process's start,
paid again by each CLI run, each batch, each server start. A compiled ``regex`` pattern pickles as
the arguments of its C constructor, the compiled code included, so unpickling one skips the parse
(800 patterns: 2 s to compile, 0.03 s to unpickle). No library keeps such a cache, hence this
module: :func:`compile` is ``regex.compile`` answered from a file written by an earlier run. The
same place keeps other data derived at start-up from files that change only with an upgrade
(:func:`read_derived`, :func:`write_derived`, keyed by :func:`fingerprint`: the places gazetteer's index, 0.4–0.6 s
to build; the word segmenter's tables and its check against underthesea's model, 0.5 s).

- The file holds what a process compiled (up to :data:`RECORD_LIMIT` patterns), keyed by the
  pattern's text and flags; it is named by the ``regex`` and Python versions, so that an upgrade of
  either starts a new one. A pattern changed in the code is a new key: it is compiled, and the next
  file written holds it instead of the old one (only what was used is written back).
- It is written once a process has loaded the pipeline (:func:`save`, called by
  :func:`pipeline.nlp.load`) and again at exit, if anything was compiled that the file did not
  hold; atomically (a temporary file renamed over it), so that processes running at once never
  read half a file.
- Where: ``$VNREPORT_CACHE_DIR``, else ``$XDG_CACHE_HOME/vnreport``, else ``~/.cache/vnreport``.
  ``VNREPORT_CACHE=0`` turns it off (``VNREPORT_REGEX_CACHE=0``, its first name, too). A file is
  read only if it belongs to the user running and nobody else may write it or its directory (it is
  a pickle); anything unreadable, foreign or not a pattern of its key is ignored and compiled
  again. A directory that cannot be written is no error: the process compiles as it would without
  the cache.

>>> p = compile(r"(?i)tỷ\\s+lệ")
>>> bool(p.match("Tỷ lệ hộ nghèo")), p.pattern == r"(?i)tỷ\\s+lệ"
(True, True)
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import stat
import sys
import tempfile
import threading
from pathlib import Path

import regex

#: at most this many patterns are recorded by one process (patterns built from a document's own
#: words are compiled too; past this they are compiled without being kept)
RECORD_LIMIT = 3000

_lock = threading.Lock()
_loaded: dict | None = None  # key -> pattern, from the file (None: not read yet)
_used: dict = {}  # key -> pattern, what this process asked for (what is written back)
_missed = False  # something was compiled that the file did not hold


def _enabled() -> bool:
    """Off with ``VNREPORT_CACHE=0`` (or its older name ``VNREPORT_REGEX_CACHE=0``)."""
    return all(os.environ.get(name, "1").strip().lower() not in ("0", "false", "no", "off")
               for name in ("VNREPORT_CACHE", "VNREPORT_REGEX_CACHE"))


def cache_dir() -> Path:
    """``$VNREPORT_CACHE_DIR``, else ``$XDG_CACHE_HOME/vnreport``, else ``~/.cache/vnreport``."""
    base = os.environ.get("VNREPORT_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "vnreport"


def cache_path() -> Path:
    """The file this process reads and writes (named by the ``regex`` and Python versions)."""
    version = "%s-py%d.%d" % (regex.__version__, *sys.version_info[:2])
    return cache_dir() / f"regex-{version}.pickle"


def _load_trusted(path: Path):
    """The object pickled in ``path``, if the file and its directory are this user's alone (else an exception)."""
    if not _trusted(path):
        raise PermissionError(path)
    with open(path, "rb") as f:
        return pickle.load(f)


def _write_atomic(path: Path, obj) -> bool:
    """Pickle ``obj`` to ``path`` through a temporary file renamed over it; False where that cannot be done."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, RuntimeError):  # a read-only home, a full disk, no home: the next process builds it again
        return False
    return True


def _derived_path(name: str) -> Path:
    return cache_dir() / ("%s-py%d.%d.pickle" % (name, *sys.version_info[:2]))


def fingerprint(files, *texts: str) -> str:
    """A key for data derived from ``files`` (each one's path, size and time of change) and ``texts`` (the code that
    derives it, versions): any change gives another key, so the data is built again."""
    digest = hashlib.sha256()
    for t in texts:
        digest.update(t.encode("utf-8", "surrogatepass") + b"\0")
    for path in files:
        st = Path(path).stat()
        digest.update(("%s|%d|%d\n" % (path, st.st_size, st.st_mtime_ns)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def read_derived(name: str, key: str):
    """Data an earlier run built and stored under ``name`` with the same ``key`` (its inputs' fingerprint), or None.

    Other data the project derives at start-up from files that change only with an upgrade (the places gazetteer's
    index, pipeline.gazetteer) is kept the same way as the patterns: same place, same checks, same switch."""
    if not _enabled():
        return None
    try:
        stored = _load_trusted(_derived_path(name))
    except Exception:  # absent, foreign, unreadable, truncated: build it again
        return None
    if isinstance(stored, dict) and stored.get("key") == key:
        return stored.get("data")
    return None


def kept_or_built(name: str, key: str | None, cls: type, fields: frozenset, build):
    """An instance of ``cls`` whose attributes (exactly ``fields``) an earlier run kept under ``name`` and ``key``;
    else ``build()``'s, its attributes kept for the next process (none kept without a key: the inputs unknown)."""
    state = read_derived(name, key) if key else None
    if isinstance(state, dict) and set(state) == fields:
        obj = cls.__new__(cls)
        obj.__dict__.update(state)
        return obj
    obj = build()
    if key:
        write_derived(name, key, obj.__dict__)
    return obj


def write_derived(name: str, key: str, data) -> bool:
    """Store ``data`` under ``name`` and ``key`` for the next process; True if written."""
    if not _enabled():
        return False
    try:
        path = _derived_path(name)
    except RuntimeError:  # no home directory
        return False
    return _write_atomic(path, {"key": key, "data": data})


def _trusted(path: Path) -> bool:
    """Whether ``path`` and its directory belong to this user and nobody else may write them."""
    if not hasattr(os, "getuid"):  # (no owners to check: Windows)
        return True
    for p in (path.parent, path):
        st = p.lstat()
        if st.st_uid != os.getuid() or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or stat.S_ISLNK(st.st_mode):
            return False
    return True


def _read() -> dict:
    if not _enabled():
        return {}
    try:
        data = _load_trusted(cache_path())  # (no home directory: RuntimeError, caught below)
    except Exception:  # absent, foreign, unreadable, truncated, another format: compile as without it
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: p for k, p in data.items()
            if isinstance(k, tuple) and len(k) == 2 and isinstance(p, regex.Pattern) and p.pattern == k[0]}


def compile(pattern, flags: int = 0, **kwargs) -> regex.Pattern:
    """``regex.compile(pattern, flags, **kwargs)``, from the cache when it holds it."""
    global _loaded, _missed
    if kwargs or not isinstance(pattern, str):  # (named lists: compiled as they are)
        return regex.compile(pattern, flags, **kwargs)
    key = (pattern, int(flags))
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _read()
    found = _loaded.get(key)
    if found is None:
        found = regex.compile(pattern, flags)
        if len(_used) < RECORD_LIMIT:
            _missed = True
    if len(_used) < RECORD_LIMIT:
        _used[key] = found
    return found


def save() -> bool:
    """Write what this process compiled, if the file lacked any of it; True if written."""
    global _missed
    if not (_missed and _enabled()):
        return False
    with _lock:
        data = dict(_used)
        _missed = False
    try:
        path = cache_path()
    except RuntimeError:  # no home directory
        return False
    return _write_atomic(path, data)


atexit.register(save)
