"""Clear a name that cannot reach the list before normalising it: the fast path for most screened names.

Almost every name a supplier master holds shares no word with the list. A plain ASCII name is cut into
words as the normaliser cuts it (runs of letters and digits, dotted initials collapsed; a word's
camelCase parts are its tokens), and each distinct word is judged once against the index and memoised:

* **live**: a token of the word, or the form it folds to (`Labs` -> `lab`), or the phrase it starts
  (`group of companies` -> `group`), or its x read as kh (GOST 7.79-B `Tixonov`), or its Dutch spelling
  read as English or its Baltic ending cut (`Soevorov`, `Zenkinas`: `screening.schemes`), reaches an anchor
  or starts a split anchor (`kasper` of `Kasper sky`); and a word that shows a Swedish, Hungarian or Greek
  spelling (`Gyenyisz`), whose name is read in the scheme whole;
* **single** characters are counted (three or more in a name may join into a spelled-out word);
* **kept**: a token with a letter that no legal form, honorific, noise or descriptor phrase can remove,
  so the name is screenable.

A word the screener's second reading (`respace`) would cut into listed words is live; one that starts a
longer listed word is marked, and the name takes the full path when it and the next word or two make that
word (`Xu An`, `Mikhai l`).

Steps 10-12 of the normaliser only remove, fold or regroup these tokens, so a name with no live word,
fewer than three single characters and at least one kept token has no candidate: the full path would
clear it too. Anything else takes the full path: non-ASCII text, HTML references and percent-encoding,
an apostrophe or hyphen between letters, or a letter and a digit that may be one (which can join words:
`Ka-5persky`), a passport line (`P<RUS...<<`) and an
airline booking name (`EFREMOV/ANDREYMR`), whose cleaning cuts words apart, a name that looks typed on
the wrong keyboard layout, a word that typed with the Russian layout on is a listed word (`Xtreyjd`,
Чекунов: `CandidateIndex.keyed_anchor`), a word `@` or `$` disguises (`K@spersky`: the word pattern cuts it
there), and pieces joined by dots or underscores that, read together, do not clear (`Ka.sp.er.sky`:
`screening.interleave`), and a text with a digit and a word that starts a listed street's (`39A/3
Leningradskoe Shosse`: `ListedAddresses.street_word`), which may be that address written alone. A word with a
digit for a letter (`Gr0up`) is live when its reading is (`screening.leet`), and so is one with letters a
scanner misread (`TlKHONOV`: `screening.ocr`), or confused where that makes it an anchor (`Efrernov`:
`CandidateIndex.misread_anchor`), or a brand written back from a script with no p (`Kasbarski`:
`CandidateIndex.voiced_anchor`), or whose letters look like the Cyrillic of an anchor (`Kacnepckoro`:
`CandidateIndex.lookalike_anchor`). A name whose last letters are the start of a listed person's family name is
read in full (`Igor Gennadyevich Che`: `CandidateIndex.family_starts`). `tests/test_prefilter.py` checks both
paths agree.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from screening.index import TRAILING_LETTERS
from screening.interleave import punctuated_apart
from screening.layout import INNER_KEY, looks_slipped, word_looks_slipped
from screening.leet import deleet, has_leet_symbol
from screening.normalize import _vocab, fold_generic, phrase_words, x_as_kh
from screening.ocr import MAY_LOOK_CYRILLIC, has_broken_k, ocr_reading
from screening.repair import may_decode
from screening.respace import SPLITS, STARTS
from screening.romanize import skeleton
from screening.schemes import chat_key, chat_reading, has_chat_sign, shows_scheme, word_readings
from screening.tokens import INITIALISM_PATTERN, WORD_PATTERN, split_camel

if TYPE_CHECKING:
    from screening.index import CandidateIndex

__all__ = ["Prefilter"]

# a title written against a given name after a slash, anywhere in the text (`tokens._PNR_TITLE` reads it)
_BOOKING = re.compile(r"[A-Z]/[A-Z]+(?:MR|MRS|MSTR|MISS)\b")
_LIVE = -1  # a word's verdict: -1 when it may reach the list, else 2 x its single characters + 1 if kept,
_SLIPPED = 1 << 30  # plus this when it looks typed on the wrong keyboard layout (`layout.word_looks_slipped`)
_STREET = 1 << 27  # plus this when it starts the word of a listed street (`ListedAddresses.street_word`)
_MARKS = _SLIPPED | _STREET
_DIGIT = re.compile(r"\d")
# A word that starts or ends a longer listed word (joined with the words beside it it may be one) has verdict
# v stored as _STARTED - v: negative, so the common path tests one sign (`_LIVE` is -1, these -2 and below);
# v then holds which it does.
_STARTED = -2
_BEGINS = 1 << 28  # it starts a listed word (`kasper` of `Kasper sky`: `Respacer.joins_from`)
_ENDS = 1 << 29  # it ends an anchor or its listed spelling (`sky` of `Kaspre sky`: `_ends_one`)
_MEMO_LIMIT = 500_000  # distinct words before the memo is cleared (bounds memory on huge batches)

# The tokenizer's word and dotted-initials patterns (`tokens`), on text not yet lower-cased.
_WORD = re.compile(WORD_PATTERN, re.IGNORECASE | re.ASCII)
# What makes the normaliser join two runs of letters into one token (`tokens.tokenize`): an apostrophe
# inside a word, a hyphen after a short prefix (any hyphen between letters, to be safe: a camelCase split
# can make a short prefix of a longer word).
# (a digit may be a letter: `Ka-5persky`, `Kasper6'5ky`; an apostrophe joins digits too, a hyphen does not)
_JOINS = re.compile(r"(?<=[A-Za-z0-9])['`](?=[A-Za-z0-9])|(?<=[A-Za-z0-9])-(?=[A-Za-z])|(?<=[A-Za-z])-(?=[0-9])")
_LETTERS = re.compile(r"[A-Za-z]+")  # the runs of letters of a word (`Xtreyjd2`)
# dotted initials (`S.r.l.` -> `srl`); a camelCase split never starts or ends one
_INITIALISM = re.compile(INITIALISM_PATTERN, re.IGNORECASE | re.ASCII)


def _collapse(match: re.Match[str]) -> str:
    return match.group(1).replace(".", "").lower()


class Prefilter:
    """Per-list memo of word verdicts; `clears(text)` is True only when the full path would clear `text`."""

    def __init__(self, index: CandidateIndex) -> None:
        self._index = index
        vocab = _vocab()
        self._vocab = vocab
        # Words a phrase can remove or regroup: a name needs one word outside them to stay screenable.
        self._phrase_words = phrase_words() | vocab.descriptors
        # A multi-word generic phrase becomes its canonical word: its first word is live when that is.
        self._live_starts = frozenset(toks[0] for entries in vocab.phrases.values()
                                      for toks, role, value in entries if role == "generic" and self._live(value))
        self._memo: dict[str, int] = {}
        self._lock = threading.Lock()
        self._respacer = index.respacer  # the list's words: a name they respace may reach it
        self._starts = index.family_starts()  # the starts of listed persons' family names (`clears`)
        self._addresses = index.street_addresses()  # the list's street addresses (`clears`)

    def clears(self, text: str) -> bool:
        """True when `text` (already cut to the query length limit) certainly has no candidate."""
        if not text.isascii() or may_decode(text) or "<<" in text:
            return False  # other letters, or text to decode (`repair`: `&#1051;`, `%D0%90`, `\u0410`), a passport line
        if "/" in text and _BOOKING.search(text):
            return False  # an airline booking name, maybe in a field: the title comes off (`tokens.clean`)
        if ("'" in text or "`" in text or "-" in text) and _JOINS.search(text):
            return False
        if has_leet_symbol(text) or has_broken_k(text):
            return False  # a letter written as a symbol (`K@spersky`, `Che|<unov`): the full path reads it
        if (together := punctuated_apart(text)) is not None \
                and not self.clears(together):
            return False  # pieces of a word joined by dots or underscores (`Ka.sp.er.sky`: `interleave`)
        written = text
        if "." in text:
            text = _INITIALISM.sub(_collapse, text)
        words = _WORD.findall(text)
        if "&" in text:
            words.append("&")
        memo = self._memo
        total = 0
        suspect = street = False
        for word in words:
            verdict = memo.get(word)
            if verdict is None:
                verdict = self._judge(word)
            if verdict < 0:
                if verdict == _LIVE:
                    return False
                # it starts or ends a listed word: joined with the words beside it, is it one?
                verdict = _STARTED - verdict
                if (verdict & _BEGINS and self._respacer.joins_from(words, word)
                        or verdict & _ENDS and self._ends_one(words, word)):
                    return False
                verdict &= ~(_BEGINS | _ENDS)
            if verdict & _MARKS:
                suspect |= bool(verdict & _SLIPPED)
                street |= bool(verdict & _STREET)
                verdict &= ~_MARKS
            total |= verdict & 1
            total += verdict & ~1
        if (suspect or INNER_KEY.search(text)) and looks_slipped(text):
            return False  # maybe Russian typed on the English layout: the full path retypes it
        if not (total & 1 and total >> 1 < 3):
            return False
        if street and _DIGIT.search(written):
            return False  # a listed street address, maybe written alone (`screening.addresses`)
        # A family name cut short after a given name and patronymic (`Igor Gennadyevich Che`) is read whole:
        # the letters ending the text as written must start none. They are most often the last word found
        # (a word there that starts one keeps the name, whatever follows it: the full path decides).
        last = words[-1] if words else ""
        if "." in written or "&" in written or not last.isalpha():  # (initials collapsed, `&` added, a digit)
            tail = written.rstrip()
            last = found.group() if tail[-1:].isalpha() and (found := TRAILING_LETTERS.search(tail)) else ""
        return last.lower() not in self._starts

    def live_words(self, text: str) -> list[str]:
        """The words of ASCII `text` that may reach the list by themselves or joined with the next ones (what
        `clears` asks of every name, without its other reasons to read a name in full)."""
        if "." in text:
            text = _INITIALISM.sub(_collapse, text)
        words = _WORD.findall(text)
        out = []
        memo = self._memo
        for word in words:
            verdict = memo.get(word)
            if verdict is None:
                verdict = self._judge(word)
            marks = _STARTED - verdict
            if verdict == _LIVE or verdict < _LIVE and (marks & _BEGINS and self._respacer.joins_from(words, word)
                                                        or marks & _ENDS and self._ends_one(words, word)):
                out.append(word)
        return out

    def _ends_one(self, words: list[str], word: str) -> bool:
        """Whether `word`, which ends a listed word, and the word before it are that word split with a slip in
        its first piece, as the screener looks them up joined (`Kaspre sky`: `CandidateIndex.split_end`;
        `respace` joins only listed words)."""
        split_end, lower = self._index.split_end, word.lower()
        first = split_camel(word).casefold().split()[0]  # (its first camelCase part: `perskyOS`)
        return any(words[i] == word and (split_end(before := words[i - 1].lower(), lower) or split_end(before, first))
                   for i in range(1, len(words)))

    def _judge(self, word: str) -> int:
        """`_verdict` of a word not yet judged, remembered (the memo is cleared when full)."""
        verdict = self._verdict(word)
        with self._lock:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = verdict
        return verdict

    def _verdict(self, word: str) -> int:
        """The verdict on one word as cut from the text (case kept; camelCase parts are its tokens)."""
        if word == "&":  # between two words it becomes `and`
            return _LIVE if "and" in self._live_starts or self._live("and") else 0
        flags = self._respacer.flags(word.lower())
        if flags & SPLITS or self._respacer.rejoins(word):
            return _LIVE  # `respace` cuts it into listed words, or writes it as the one listed word it is
        if not word.isalpha() and any(self._verdict(read) == _LIVE for read in deleet(word)):
            return _LIVE  # a letter written as a digit (`Gr0up`, `K4SP3RSKY`: `leet`)
        if has_chat_sign(word) and self._index.anchors_reading(chat_key(chat_reading(word))):
            return _LIVE  # Russian in chat transliteration (`Kula6ova`, `Borwev`: `schemes.chat_reading`)
        if self._index.vowelless_anchor(word.lower()):
            return _LIVE  # a listed word written without its vowels (`KSPRSKY`, `TKHNV`: `vowelless_anchor`)
        if self._index.twice_slipped_anchor(word.lower()):
            return _LIVE  # a brand with two typing slips, a swap among them (`Kapserky`: `twice_slipped_anchor`)
        if (read := ocr_reading(word)) is not None and self._verdict(read) == _LIVE:  # (`TlKHONOV2` too)
            return _LIVE  # letters a scanner misread (`TlKHONOV`, `Anclrey`: `ocr`)
        if any(map(self._index.keyed_anchor, _LETTERS.findall(word) if not word.isalpha() else (word,))):
            return _LIVE  # a listed word typed with the Russian layout on (`Xtreyjd`, Чекунов: `layout`)
        if MAY_LOOK_CYRILLIC.fullmatch(word) is not None and self._index.lookalike_anchor(word):
            return _LIVE  # a listed Cyrillic word read as Latin look-alikes (`Kacnepckoro`: `ocr.cyrillic_looks`)
        verdict = _SLIPPED if word.isalpha() and word_looks_slipped(word) else 0
        if self._addresses.street_word(word.lower()):
            verdict |= _STREET
        tokens = split_camel(word).casefold().split()
        if len(tokens) > 1 and word.isalpha() and any(self._live("".join(tokens[i:j])) for i in range(len(tokens) - 1)
                                                      for j in range(i + 2, len(tokens) + 1)):
            return _LIVE  # (camelCase parts the full path also reads joined, as one word: `KasprSky`, `AOKasprSky`)
        for token in tokens:
            if len(token) == 1:
                verdict += 2
            elif (token in self._live_starts or self._live(token)
                  or self._live(fold_generic(token, self._vocab)) or self._index.misread_anchor(token)
                  or self._index.voiced_anchor(token)
                  or shows_scheme(token)):  # (its name is read in the scheme, every word: `schemes`)
                return _LIVE
            elif not (token.isdigit() or token in self._phrase_words):
                verdict |= 1
        # (a word that ends a listed word, or whose first camelCase part does: `Ka perskyOS`, read `Kapersky OS`)
        is_tail = self._index.is_tail
        tail = word.isalpha() and (is_tail(word.lower()) or len(tokens) > 1 and is_tail(tokens[0]))
        marks = (_BEGINS if flags & STARTS else 0) | (_ENDS if tail else 0)
        return _STARTED - (verdict | marks) if marks else verdict

    def _live(self, token: str) -> bool:
        """True when a token reaches an anchor or may join the next token into one (numbers never do)."""
        if token.isdigit():
            return False
        if bool(self._index.lookup(token)) or self._index.is_fragment(skeleton(token)):
            return True
        # GOST 7.79-B x (`normalize`); a Dutch word, a Baltic ending cut (`schemes`)
        for read in (x_as_kh(token) if "x" in token else token, *word_readings(token)):
            if read != token and (bool(self._index.lookup(read)) or self._index.is_fragment(skeleton(read))
                                  or self._index.misread_anchor(read)):  # (`Cloechvalov`: cl for d)
                return True
        return False
