"""One `Screener` shared by threads: every result is the one a lone thread gets.

The cross-query memories (word pairs, listed units, alignments, bounds) are shared by every screener of
the process. Here the word-pair memory is made small enough to forget while other threads read it, and
threads are switched as often as the interpreter allows, so that a memory read half-written would show.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback

import screening
from screening import features
from screening.lexicon import analyse

_THREADS = 4


def _names(screener: screening.Screener) -> list[str]:
    """Names that reach the list in many ways: its own names, with legal forms, numbers and asides."""
    names = sorted({n.text for p in screener.watchlist.parties for n in p.names})
    return [form.format(name, i) for i, name in enumerate(names)
            for form in ("{}", "{} Ltd #{}", "{} (remit to) {}", "{} - Vendor {}")]


def test_threads_sharing_a_screener_get_the_results_of_one(monkeypatch) -> None:
    lone = screening.Screener()
    names = _names(lone)
    expected = [lone.screen(name).to_dict() for name in names]
    monkeypatch.setattr(features, "_PAIRS_LIMIT", 300)  # forgets many times over the run
    features._PAIRS.clear()
    features._PAIR_COUNT[0] = 0
    shared = screening.Screener()
    got: dict[int, dict] = {}
    errors: list[BaseException] = []

    def work(first: int) -> None:
        try:
            for i in range(first, len(names), _THREADS):
                got[i] = shared.screen(names[i]).to_dict()
        except BaseException as exc:  # noqa: BLE001  # (reported by the test, not lost in the thread)
            errors.append(exc)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(_THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert not errors, "".join(traceback.format_exception(errors[0]))  # (where, should it ever happen)
    assert [names[i] for i in range(len(names)) if got.get(i) != expected[i]] == []


class _SlowMarks(set):
    """Marks of pairs above 0 that take the writing thread long to add: as a thread switch between the
    mark and the score would, it leaves another thread time to read the memory half-written."""

    def add(self, key: str) -> None:
        if threading.current_thread().name == "writer":
            time.sleep(0.005)
        super().add(key)


def test_a_pair_half_written_by_another_thread_is_never_read_as_zero(monkeypatch) -> None:
    """`features.unit_rows` marks a pair above 0 before it stores its score: a thread that reads the
    memory in between finds the pair unknown and scores it itself, never known and 0."""
    listed = {unit[3]: unit for unit in features.units(analyse(("kaspersky", "kaspresky", "kasperskyy", "lab"), ()))}
    query = features.units(analyse(("kasperski",), ()))
    features._PAIRS.clear()
    expected = features.unit_rows(query, listed)
    assert expected  # (pairs above 0 to mark)
    memory: dict[str, tuple[dict, set]] = {}
    monkeypatch.setattr(features, "_memory", lambda q_key: memory.setdefault(q_key, ({}, _SlowMarks())))
    for _ in range(3):
        memory.clear()
        found: dict[str, dict] = {}
        writer = threading.Thread(name="writer", target=lambda: found.update(writer=features.unit_rows(query, listed)))
        writer.start()
        time.sleep(0.002)  # (the writer is marking its first pair)
        found["reader"] = features.unit_rows(query, listed)
        writer.join()
        assert found == {"writer": expected, "reader": expected}
