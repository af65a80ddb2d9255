"""Clear a name that cannot reach the list before normalising it: the fast path for most screened names.

Almost every name a supplier master holds shares no word with the list. For a plain ASCII name the
words are cut out exactly as the normaliser cuts them (steps 1-9, `screening.tokens`), and each distinct
word is judged once against the index and memoised:

* **live**: the word, or the form it folds to (`Labs` -> `lab`), or the phrase it starts (`group of
  companies` -> `group`), reaches an anchor or starts a split anchor (`kasper` of `Kasper sky`);
* **single**: one character (three or more in a name may join into a spelled-out word);
* **kept**: a word with a letter that no legal form, honorific, noise or descriptor phrase can remove, so
  the name is screenable;
* **inert**: anything else (digits, legal forms, noise).

Steps 10-12 of the normaliser only remove, fold or regroup these words, so a name with no live word, fewer
than three single characters and at least one kept word has no candidate: the full path would clear it
too. Anything else (non-ASCII text, apostrophes or short-prefix hyphens that join words) takes the full
path. `tests/test_prefilter.py` checks both paths agree.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from screening.normalize import _vocab
from screening.romanize import skeleton
from screening.tokens import clean

if TYPE_CHECKING:
    from screening.index import CandidateIndex

__all__ = ["Prefilter"]

_LIVE, _SINGLE, _KEPT, _INERT = range(4)
_MEMO_LIMIT = 500_000  # distinct words before the memo is cleared (bounds memory on huge batches)

_WORD = re.compile(r"[a-z0-9]+")
# What makes the normaliser join two runs of letters into one token (`tokens.tokenize`): an apostrophe
# inside a word, a hyphen after a one- or two-letter prefix.
_JOINS = re.compile(r"(?<=[a-z])['`](?=[a-z])|(?<![a-z0-9])[a-z]{1,2}-(?=[a-z])")
_INITIALISM = re.compile(r"(?<![a-z0-9])((?:[a-z]\.){2,})(?![a-z0-9])")  # as in tokens: `s.r.l.` -> `srl`


class Prefilter:
    """Per-list memo of word verdicts; `clears(text)` is True only when the full path would clear `text`."""

    def __init__(self, index: CandidateIndex) -> None:
        self._index = index
        vocab = _vocab()
        self._generic = vocab.generic
        # Words a phrase can remove or regroup: a name needs one word outside them to stay screenable.
        self._phrase_words = frozenset(t for entries in vocab.phrases.values() for toks, _, _ in entries
                                       for t in toks) | vocab.descriptors
        # A multi-word generic phrase becomes its canonical word: its first word is live when that is.
        self._live_starts = frozenset(toks[0] for entries in vocab.phrases.values()
                                      for toks, role, value in entries if role == "generic" and self._live(value))
        self._memo: dict[str, int] = {}
        self._lock = threading.Lock()

    def clears(self, text: str) -> bool:
        """True when `text` (already cut to the query length limit) certainly has no candidate."""
        if not text.isascii():
            return False
        low = clean(text).casefold()
        if ("'" in low or "`" in low or "-" in low) and _JOINS.search(low):
            return False
        if "." in low:
            low = _INITIALISM.sub(lambda m: m.group(1).replace(".", ""), low)
        memo = self._memo
        singles = 0
        kept = False
        for word in _WORD.findall(low):
            verdict = memo.get(word)
            if verdict is None:
                verdict = self._verdict(word)
                with self._lock:
                    if len(memo) >= _MEMO_LIMIT:
                        memo.clear()
                    memo[word] = verdict
            if verdict == _LIVE:
                return False
            if verdict == _SINGLE:
                singles += 1
            elif verdict == _KEPT:
                kept = True
        return kept and singles < 3

    def _verdict(self, word: str) -> int:
        if len(word) == 1:
            return _SINGLE
        if word in self._live_starts or self._live(word) or self._live(self._generic.get(word, word)):
            return _LIVE
        if word.isdigit() or word in self._phrase_words:
            return _INERT
        return _KEPT

    def _live(self, token: str) -> bool:
        """True when a token reaches an anchor or may join the next token into one (numbers never do)."""
        if token.isdigit():
            return False
        return bool(self._index.lookup(token)) or self._index.is_fragment(skeleton(token))
