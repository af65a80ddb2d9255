"""The engine of batch screening (private; the API is `screening.batch`): chunks of queries in, result
columns out, in order, with a cache and an optional process pool.

Split from `batch.py` because the engine (what runs in worker processes) and the file handling (what
runs in the parent) are separate jobs and together passed 300 lines.

How a run works:

1. Rows are read one at a time and grouped in chunks of `CHUNK_ROWS`.
2. Each chunk is screened by a `_RowScreener`: it parses the secondary attributes (kind, ISO-2 country,
   ISO birth date; other values are ignored and said so in the note) and screens each distinct
   `(name, kind, country, birth date)` once. The cache is two generations of `CACHE_ROWS` keys (16-byte
   digests of the cells): bounded memory, and a supplier repeated within the last `CACHE_ROWS` or so
   distinct queries is screened once.

   The key is the name exactly as written, not `normalize_name(name)`: spellings with the same
   normalized form can score differently (`Tikhonov A.G.` is REVIEW, `Tikhonov AG` CLEAR: the screener
   reads dotted initials; `KasperskyOS` splits on the capital), so a normalized key would hand one
   spelling the other's decision, and the result would depend on which came first -- on the file order
   and on `jobs`. `Screener.screen` is deterministic, so an exact key can never change a result.
3. With `jobs > 1` the chunks go to a process pool; each worker builds its own `Screener` from the list
   file, version and config in its initializer. At most `WINDOW_PER_JOB * jobs` chunks are in flight and
   results come back in submission order, so output order, results and memory do not depend on `jobs`.
   A worker ends itself when the parent is gone (`_leave_with_parent`): after a SIGTERM a worker was seen
   left behind, waiting for ever (on the task queue's lock, which a worker ended while holding it keeps)
   with the parent's pipes open, so a caller reading them waited too.
4. Every input row gives exactly one output row, in order. An empty or unscreenable name is
   UNSCREENABLE. A row whose field count differs from the header's (a "ragged" row) is still screened
   when it has a name cell, but it is never CLEAR: CLEAR becomes UNSCREENABLE, and the note says which
   row and why. Blank lines (no cells at all) are not rows; they are counted in the summary.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import json
import marshal
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Generator, Hashable, Iterable, Iterator
from hashlib import blake2b
from typing import Any

from screening.exceptions import ScreeningError

__all__ = ["ATTRIBUTES", "OUTPUT_COLUMNS", "Query", "chunked", "run_chunks", "screen_chunk_worker"]

OUTPUT_COLUMNS = (
    "screening_status",
    "screening_score",
    "screening_party_id",
    "screening_party_name",
    "screening_matched_name",
    "screening_hit_class",
    "screening_citations",
    "screening_list",
    "screening_note",
)
# Rows per chunk sent to a worker: large enough that pickling and queueing cost little per row, small
# enough that a chunk of long rows stays a few MB.
CHUNK_ROWS = 2000
# Chunks in flight per worker: enough to keep every worker busy while the reader waits on the writer.
WINDOW_PER_JOB = 4
# Keys per cache generation. An entry costs ~110 bytes (a 16-byte digest key and its dict slot; the
# common CLEAR result is one shared tuple), so the two generations stay under ~60 MB whatever the file
# size, while holding the last 250,000-500,000 distinct queries: repeats in a supplier master are spread
# over the whole file, so the cache should hold as much of it as memory allows.
CACHE_ROWS = 250_000
# With a pool the parent holds the cache; a worker only needs to catch repeats within one chunk.
WORKER_CACHE_ROWS = CHUNK_ROWS

_KINDS = {
    "organization": "organization", "organisation": "organization", "org": "organization",
    "company": "organization", "entity": "organization", "o": "organization", "c": "organization",
    "person": "person", "individual": "person", "natural person": "person", "p": "person", "i": "person",
}

# The secondary attributes a query can carry, in this order.
ATTRIBUTES = ("kind", "country", "birth_date")
# One row's query as read: the name and the raw cells of the run's attributes (a subset of ATTRIBUTES,
# in that order), plus one more item, the note, for a ragged row. Without the note, its digest is the
# cache key.
Query = tuple[str | None, ...]
# What a screened row adds: the eight result columns, the note, and (for JSON Lines) the result as JSON.
Fields = tuple[str, ...]


def _digest(query: Query) -> bytes:
    """A query's cache key: 16 bytes of BLAKE2b over its exact cells (marshal keeps str and None apart).

    Some 135 bytes smaller than the tuple of cells, so the same memory holds four times the queries;
    the chance that two of a million distinct queries share a digest is about 1e-27.
    """
    return blake2b(marshal.dumps(query), digest_size=16).digest()


class _Cache:
    """Query key -> fields, in two generations of at most `size` keys: bounded memory, roughly LRU.

    `key` makes the key of a query: a digest (`compact`) for the large caches, else the tuple itself.
    """

    def __init__(self, size: int, *, compact: bool = True) -> None:
        self.size = max(1, size)
        self.key: Callable[[Query], Hashable] = _digest if compact else tuple
        self.young: dict[Hashable, Fields] = {}
        self.old: dict[Hashable, Fields] = {}

    def get(self, key: Hashable) -> Fields | None:
        fields = self.young.get(key)
        if fields is None:
            fields = self.old.get(key)
            if fields is not None:
                self.put(key, fields)
        return fields

    def put(self, key: Hashable, fields: Fields) -> None:
        if len(self.young) >= self.size:
            self.old, self.young = self.young, {}
        self.young[key] = fields


class _RowScreener:
    """Screens queries with a cache; the unit of work of one process."""

    def __init__(self, screener: Any, *, evidence: bool, cache_rows: int = CACHE_ROWS,
                 attributes: tuple[str, ...] = ATTRIBUTES, compact_keys: bool = True) -> None:
        self.screener = screener
        self.evidence = evidence
        self.attributes = attributes
        self.width = 1 + len(attributes)  # of a query without a note
        self.cache = _Cache(cache_rows, compact=compact_keys)
        self.shared: dict[str, Fields] = {}  # status -> the one tuple of a result without hit or note
        self.parsed: dict[tuple, tuple] = {}  # raw (kind, country, birth) cells -> parsed, with notes
        info = screener.watchlist.info
        self.list_ref = f"{info.id}@{info.version}"
        self.misses = 0

    def screen_chunk(self, queries: list[Query]) -> list[Fields]:
        """The output fields of every query, in order."""
        out: list[Fields] = []
        append, slow, key_of, young = out.append, self.screen_one, self.cache.key, self.cache.young
        for query in queries:
            key = key_of(query)
            fields = young.get(key)  # the common case: these exact cells were seen lately
            if fields is None:
                fields = slow(query, key)
                young = self.cache.young  # a new generation may have begun
            append(fields)
        return out

    def screen_one(self, query: Query, key: Hashable | None = None) -> Fields:
        """The output fields of one query (see the module docstring for ragged rows)."""
        width = self.width
        if len(query) == width:
            raw, note = query, ""
        else:  # a ragged row: its note is not part of what is screened
            raw, note, key = query[:width], query[width] or "", None
        if key is None:
            key = self.cache.key(raw)
        fields = self.cache.get(key)
        if fields is None:
            values = raw[1:]
            parsed = self.parsed.get(values)  # a file has few distinct (kind, country, birth) cells
            if parsed is None:
                if len(self.parsed) >= self.cache.size:
                    self.parsed.clear()
                given = dict(zip(self.attributes, values))
                parsed = self.parsed[values] = _attributes(*(given.get(a) for a in ATTRIBUTES))
            name = raw[0]
            kind, country, birth, ignored = parsed
            self.misses += 1
            fields = self._fields(self.screener.screen(name, kind=kind, country=country, birth_date=birth))
            if ignored:
                fields = (*fields[:8], _join(*ignored, fields[8]), *fields[9:])
            self.cache.put(key, fields)
        if not note:
            return fields
        status = "UNSCREENABLE" if fields[0] == "CLEAR" else fields[0]
        return (status, *fields[1:8], _join(note, fields[8]), *fields[9:])

    def _fields(self, result: Any) -> Fields:
        best = result.best
        status = result.status.value
        if best is None and not result.notes and not self.evidence:  # most rows: one shared tuple
            fields = self.shared.get(status)
            if fields is None:
                fields = self.shared[status] = (status, "", "", "", "", "", "", self.list_ref, "")
            return fields
        note = "; ".join(result.notes)
        if best is None:
            base: tuple[str, ...] = (status, "", "", "", "", "", "", self.list_ref, note)
        else:
            base = (
                status, f"{best.score:.4f}", best.party.id, best.party.name, best.matched_name,
                best.hit_class.value, "; ".join(c.short for c in best.citations), self.list_ref, note,
            )
        if not self.evidence:
            return base
        detail = {
            "status": status,
            "normalized": result.normalized,
            "hits": [h.to_dict() for h in result.hits],
            "near_misses": [m.to_dict() for m in result.near_misses],
            "notes": list(result.notes),
        }
        return (*base, json.dumps(detail, ensure_ascii=False))


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _attributes(kind: str | None, country: str | None, birth: str | None) -> tuple[Any, ...]:
    """Parse the secondary attributes; values that cannot be used are dropped with a note."""
    ignored: list[str] = []
    if kind is not None:
        k = kind.strip().casefold()
        kind = _KINDS.get(k)
        if kind is None and k:
            ignored.append(f"kind {k!r} ignored (use organization or person)")
    if country is not None:
        written = country.strip()
        c = written.upper()  # (checked as written: `ß` upper-cases to `SS`)
        country = c if len(c) == 2 and written.isascii() and c.isalpha() else None
        if country is None and c:
            ignored.append(f"country {written!r} ignored (not an ISO 3166 two-letter code)")
    birth_date = None
    if birth is not None and birth.strip():
        try:
            birth_date = dt.date.fromisoformat(birth.strip())
        except ValueError:
            ignored.append(f"birth date {birth.strip()!r} ignored (not YYYY-MM-DD)")
    return kind, country, birth_date, tuple(ignored)


# --- the engine: serial or a process pool, in order ----------------------------------------------------

_WORKER: _RowScreener | BaseException | None = None


def _init_worker(source: str, version: str, sha256: str, config: dict[str, Any], evidence: bool,
                 cache_rows: int, attributes: tuple[str, ...]) -> None:
    """Pool initializer: build this process's Screener (errors are kept and raised by the first task).

    The list is read again from its file; if those bytes are not the parent's (the file changed during
    the run), the worker refuses, since the manifest names the parent's sha256.
    """
    global _WORKER
    # Ctrl-C reaches the whole process group: the parent handles it and ends the pool; a worker that
    # also raised KeyboardInterrupt would only print its own traceback. SIGTERM ends a worker quietly, as
    # the pool ends its workers (the command line's handler, inherited through fork, is the parent's).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # (blocked since the fork, `_sigterm_blocked`: one sent since ends it)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    _leave_with_parent()
    try:
        from screening.bundled import load_list
        from screening.config import ScreeningConfig
        from screening.screen import Screener

        watchlist = load_list(source, version=version)
        if watchlist.info.sha256 != sha256:
            raise ScreeningError(f"{source}: the list file changed during the run (sha256 {watchlist.info.sha256}, "
                                 f"the run started with {sha256})")
        screener = Screener(watchlist, config=ScreeningConfig.from_dict(config))
        _WORKER = _RowScreener(screener, evidence=evidence, cache_rows=cache_rows, attributes=attributes,
                               compact_keys=False)
    except BaseException as exc:  # noqa: BLE001 -- reported to the parent through the first task
        _WORKER = exc


@contextlib.contextmanager
def _sigterm_blocked() -> Iterator[None]:
    """SIGTERM held back in this thread while the pool starts: a worker forked with the command line's handler
    (which raises, to clean up the parent's output) and ended before its initializer sets its own printed a
    traceback. Workers and the pool's threads inherit the mask; `_init_worker` lets it through. (POSIX only.)"""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _leave_with_parent() -> None:
    """End this worker process once the process that started it is gone.

    `multiprocessing` gives each worker the read end of a pipe whose write end the parent holds (its
    sentinel, whatever the start method: fork, spawn or forkserver, where the worker's OS parent is the
    fork server); a thread waits for it to close. (With fork, a later sibling also holds a copy: the last
    worker ends first and the others follow, each in turn.)
    """
    started_by = multiprocessing.parent_process()
    if started_by is None:  # (not a worker process)
        return

    def watch() -> None:
        started_by.join()
        os._exit(signal.SIGTERM + 128)  # (as if ended by SIGTERM, as the pool ends its workers)

    threading.Thread(target=watch, name="leave-with-parent", daemon=True).start()


def screen_chunk_worker(queries: list[Query]) -> list[Fields]:
    """Pool task: screen one chunk in this worker process."""
    if isinstance(_WORKER, BaseException):
        raise _WORKER
    assert _WORKER is not None
    return _WORKER.screen_chunk(queries)


def run_chunks(chunks: Iterable[list[Query]], screener: Any, *, jobs: int, evidence: bool,
               cache_rows: int = CACHE_ROWS, attributes: tuple[str, ...] = ATTRIBUTES
               ) -> Generator[list[Fields], None, None]:
    """Screen chunks of queries and yield their fields in input order, with `jobs` processes.

    With a pool the parent keeps the cache and sends only the queries it has not seen, so the hit rate
    does not drop with `jobs` (per-worker caches would each see 1/jobs of the repeats).
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if jobs == 1:
        worker = _RowScreener(screener, evidence=evidence, cache_rows=cache_rows, attributes=attributes)
        for chunk in chunks:
            yield worker.screen_chunk(chunk)
        return
    info = screener.watchlist.info
    args = (info.source, info.version, info.sha256, screener.config.to_dict(), evidence, WORKER_CACHE_ROWS,
            attributes)
    cache, width = _Cache(cache_rows), 1 + len(attributes)
    key_of, get = cache.key, cache.get
    with contextlib.ExitStack() as stack:
        with _sigterm_blocked():  # (the pool's workers and the threads that start more are made with it blocked)
            pool = stack.enter_context(multiprocessing.get_context().Pool(jobs, initializer=_init_worker,
                                                                          initargs=args))
        window: collections.deque[tuple[list[Query], list[Hashable], list[Fields | None], Any]] = collections.deque()
        for chunk in chunks:
            keys = [key_of(q) for q in chunk]
            found = [get(k) for k in keys]
            todo = [q for q, f in zip(chunk, found) if f is None]
            pending = pool.apply_async(screen_chunk_worker, (todo,)) if todo else None
            window.append((chunk, keys, found, pending))
            if len(window) >= WINDOW_PER_JOB * jobs:
                yield _merge(*window.popleft(), cache, width)
        while window:
            yield _merge(*window.popleft(), cache, width)


def _merge(chunk: list[Query], keys: list[Hashable], found: list[Fields | None], pending: Any, cache: _Cache,
           width: int) -> list[Fields]:
    """The cached fields of a chunk with the worker's results filled in (and cached) in order."""
    if pending is not None:
        screened = iter(pending.get())
        for i, fields in enumerate(found):
            if fields is None:
                found[i] = fields = next(screened)
                if len(chunk[i]) == width:  # a ragged row's fields carry its own note: not for reuse
                    cache.put(keys[i], fields)
    return found  # type: ignore[return-value]


def chunked(items: Iterable[Any], size: int = CHUNK_ROWS) -> Iterator[list[Any]]:
    """`items` in lists of `size` (the last may be shorter)."""
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

