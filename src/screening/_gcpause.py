"""Pause the cyclic garbage collector while a list is read or indexed.

Loading and indexing a large list allocate hundreds of thousands of long-lived objects (parties, names,
records, index tables). Each allocation burst triggers collections that walk every tracked object, and
find nothing to free: on a 20,000-party list they were about a third of the index build. The pause
holds only for the build; collection resumes afterwards. Nested and concurrent pauses are counted, so
the collector is re-enabled once, by the last one to finish, and only when it was enabled before.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic garbage collector for the `with` block (reference counting still frees)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
