"""A loaded list version: its `ListInfo`, its parties, and the candidate index built from them once.

The index is built lazily on first use, once, under a lock, so that loading a list for `screening lists`
costs nothing and concurrent first screens do not build it twice. A pickled list carries no index: the
process that loads it builds its own.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import attrs

from screening.models import ListInfo, Party

if TYPE_CHECKING:
    from screening.index import CandidateIndex
    from screening.normalize import NormalizedName

__all__ = ["Watchlist"]


@attrs.frozen(eq=False)
class Watchlist:
    """One version of a restricted-party list, ready to screen against; frozen, as `load_list` hands the same
    object to every screener of the process (its index is built once, lazily)."""

    info: ListInfo
    parties: tuple[Party, ...]
    # Names as the list check normalised them, handed to the index build (which then drops them).
    _normalized: dict[str, NormalizedName] | None = attrs.field(default=None, kw_only=True, repr=False)
    _by_id: dict[str, Party] = attrs.field(init=False, repr=False)
    _index: CandidateIndex | None = attrs.field(init=False, default=None, repr=False)
    _lock: threading.Lock = attrs.field(init=False, factory=threading.Lock, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {p.id: p for p in self.parties})

    def __reduce__(self) -> tuple[type[Watchlist], tuple[ListInfo, tuple[Party, ...]]]:
        """Pickled as its list (info and parties), for a worker process to screen against; the worker builds
        the index again on first use (a lock cannot be pickled, and the index is cheaper to build than to
        send)."""
        return Watchlist, (self.info, self.parties)

    def party(self, party_id: str) -> Party:
        """The party with this id; `KeyError` if the list has none."""
        return self._by_id[party_id]

    def __len__(self) -> int:
        return len(self.parties)

    @property
    def index(self) -> CandidateIndex:
        """The candidate index for this list, built on first use."""
        index = self._index
        if index is None:
            with self._lock:
                index = self._index
                if index is None:
                    from screening.index import CandidateIndex

                    index = CandidateIndex.build(self.parties, self._normalized)
                    object.__setattr__(self, "_index", index)  # (frozen: set once, as a cache)
                    object.__setattr__(self, "_normalized", None)
        return index
