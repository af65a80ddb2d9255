"""One `Screener` shared by threads: every result is the one a lone thread gets.

The cross-query memories (word pairs, listed units, alignments, bounds) are shared by every screener of
the process. Here they are made small enough to forget while other threads read them, and threads are
switched as often as the interpreter allows, so that a memory read half-written would show.
"""

from __future__ import annotations

import sys
import threading

import screening
from screening import features

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
    assert not errors, errors[:3]
    assert [names[i] for i in range(len(names)) if got.get(i) != expected[i]] == []
