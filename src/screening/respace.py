"""A second reading of a name with words joined or split as the list writes them: `GERBER, Mikhai l` ->
`GERBER, Mikhail`, `Ka spersky Lab` -> `Kaspersky Lab`, `KASPERSKYENDPOINT Security` -> `KASPERSKY ENDPOINT
Security`, `Xu An (Beijing)` -> `Xuan (Beijing)`.

A stray space (fixed-width exports, OCR, hand typing) cuts a listed word in two, and a lost one glues two
together. Each piece then resembles no listed word, and a name found only by that word is missed. So the
screener reads such a name a second time (`Respacer.respace`), with

* two or three adjacent words that only spaces or a hyphen part (no comma, dash or dotted initial; a hyphen
  and spaces, as text extraction leaves a word hyphenated at a line's end: `Inco- rporated`; a line end itself
  parts a record's fields) joined, where their letters make a listed word (`Kas-per-sky`);
* a listed word written in camelCase (`XuAn`, which the normaliser would cut) written as one word;
* a word the list does not hold cut into two to five listed words (`KASPERSKYGOVERNMENTSECURITYSOLUTIONS`),
  or into one to five and a legal form or a place glued after them (`KASPERSKYLABINC`, `TIKHONOVMOSCOW` of a
  payment line), or into a listed
  word and a patronymic (`MIKHAILYUREVICH`) or a listed word cut short (`LABORATORIYAKASPERSK`), or the
  first part of a legal form written with a hyphen glued after listed words (`EASTFZ-LLC`);

and keeps each party's better reading. Only words the list (or the legal-form table) holds are made, so the
second reading adds no guess of its own: the scoring judges it as it judges any name. The words are cut as
`prefilter` cuts them (runs of ASCII letters and digits, dotted initials collapsed and lower-cased), so the
prefilter can tell from the same words whether the second reading may exist (`Respacer.may_respace`; the
reading of a legal form written with a hyphen is not among them: the prefilter never clears a name with a
hyphen between letters).
Pure functions of the text and the list's words; per-word verdicts are memoised.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from screening.countries import WRITTEN_CODES
from screening.normalize import _vocab
from screening.tokens import CAMEL_PATTERN, INITIALISM_PATTERN, WORD_PATTERN

__all__ = ["SPLITS", "STARTS", "Respacer"]

_MIN_JOINED = 4  # letters of the shortest word a join makes (`An Ton` -> `anton`; not `A B` -> `ab`)
_MIN_PIECE = 3  # letters of the shortest piece of a split (not `Comet` -> `co met`)
_MIN_LONGEST = 4  # letters of a split's longest piece (not `carpet` -> `car pet`)
_MOST_PIECES = 5  # listed words a split makes at most (`BEIJINGKASPERSKYNETWORKSECURITYTECH`)
_MIN_TAIL = 3  # letters of the shortest legal form read glued after a word (`UKLTD`; not `Gerberov` -> `ov`)
_LONGEST_TAIL = 14  # letters of the longest one (`obshchestvom`), or of a place glued after a word
_MIN_REST = 5  # letters of a patronymic or a listed word's start glued after a listed word
_PATRONYMIC = ("ovich", "evich", "ovna", "evna", "ichna")  # endings of a patronymic (`YUREVICH`)
_MEMO_LIMIT = 200_000  # distinct words before the memo is cleared (bounds memory on huge batches)

STARTS = 1  # a word's flag: it starts a longer listed word (a join may begin with it)
SPLITS = 2  # a word's flag: it splits into listed words

_WORD = re.compile(WORD_PATTERN, re.IGNORECASE | re.ASCII)
_INITIALISM = re.compile(INITIALISM_PATTERN, re.IGNORECASE | re.ASCII)
_CAMEL = re.compile(CAMEL_PATTERN, re.ASCII)  # where the normaliser cuts a camelCase word (`tokens.split_camel`)
_LETTERS = re.compile(r"[A-Za-z]+", re.ASCII)
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['`](?=[A-Za-z])")
# What may part two words a join makes one: spaces (the name reads a tab as a space), or one hyphen, as a
# name cut into its syllables is written (`Kas-per-sky`; a double name's parts make no listed word together,
# and a piece of one letter is not joined across a hyphen: `_join_span`)
# (a hyphen and spaces: a word hyphenated at a line's end, the line end read as a space, `Inco- rporated`)
_GAP = re.compile(r"[ \t]+|-[ \t]*")
_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")  # a legal form may be written with one (`FZ-LLC`)
_AFTER_CODE = re.compile(r"([a-z0-9]*[0-9])([a-z]{%d,})" % _MIN_LONGEST)  # letters after a code (`nm1dukhvalov`)


class _Shared(NamedTuple):
    """What every list's respacer holds alike, made once per process (`_shared`)."""

    words: frozenset[str]  # the words of legal forms (normalising takes them out of a name's tokens)
    ordered: tuple[str, ...]  # those a join may make, in order
    tails: frozenset[str]  # legal forms that may be glued after a word: one-word forms, two-word ones as one
    variants: dict[str, tuple[str, ...]]  # a domain word -> the spellings that fold to it (`lab`: `labs`, ...)
    places: frozenset[str]  # one-word country and city names, of four letters or more (`MOSCOW`, `ITALY`)
    two_word_forms: frozenset[str]  # two-word legal forms, as `fz llc` (a hyphen may join them: `FZ-LLC`)
    codes: frozenset[str]  # the countries' two-letter codes, lower-cased (`us`, `uk`: glued before a legal form)


def _collapse(match: re.Match[str]) -> str:
    return match.group(1).replace(".", "").lower()  # (as `prefilter` collapses them)


def _joined(words: list[str]) -> str:
    """Words as one, in a case the normaliser reads as one word (`Xu An` -> `Xuan`, not camelCase `XuAn`)."""
    joined = "".join(words)
    return joined if joined.isupper() else joined[0] + joined[1:].lower()


def _cut(word: str, pieces: Sequence[str]) -> list[str]:
    """The start of `word` cut as `pieces` (lower-cased) cut it, in the word's own case."""
    out, at = [], 0
    for piece in pieces:
        out.append(word[at:at + len(piece)])
        at += len(piece)
    return out


def _patronymic(word: str) -> bool:
    """A patronymic: a stem of three letters or more and its ending (`yurevich`; not `evich` of
    `Andreyevich` alone, which would cut a patronymic itself in two)."""
    return any(word.endswith(end) and len(word) - len(end) >= 3 for end in _PATRONYMIC)


def _ascii_words(found: Iterable[str]) -> frozenset[str]:
    """The words of `found` that are ASCII letters alone, of two letters or more."""
    return frozenset(w for w in filter(str.isalpha, found) if w.isascii() and len(w) >= 2)


def _tail_words(found: Iterable[str]) -> frozenset[str]:
    """The words of `found` long enough, and short enough, to be read glued after a word."""
    return frozenset(w for w in _ascii_words(found) if _MIN_TAIL <= len(w) <= _LONGEST_TAIL)


@functools.cache
def _shared() -> _Shared:
    vocab = _vocab()
    variants: dict[str, list[str]] = {}
    for variant, word in vocab.generic.items():
        variants.setdefault(word, []).append(variant)
    forms = [toks for entries in vocab.phrases.values() for toks, role, _ in entries if role == "legal"]
    words = _ascii_words(tok for toks in forms for tok in toks)
    tails = _tail_words("".join(toks) for toks in forms if len(toks) <= 2)
    return _Shared(words, tuple(sorted(w for w in words if len(w) >= _MIN_JOINED)), tails,
                   {word: tuple(found) for word, found in variants.items()},
                   frozenset(w for w in _ascii_words(vocab.places) if len(w) >= _MIN_LONGEST),
                   frozenset(" ".join(toks) for toks in forms if len(toks) == 2 and all(map(str.isalpha, toks))),
                   frozenset(code.lower() for code in WRITTEN_CODES))


def _camel_words(text: str) -> set[str]:
    """The lower-cased words of `text` with a camelCase join in them (`KasperskyOS`); few names have one."""
    out = set()
    for match in _CAMEL.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
            start -= 1
        word = _LETTERS.match(text, start)
        if word is not None:
            out.add(word.group().lower())
    return out


class Respacer:
    """The words of one list (lower-cased ASCII letters: its names' tokens) and the second reading of a name
    they give (`respace`)."""

    def __init__(self, words: Iterable[str], tails: Iterable[str] = (), shared: _Shared | None = None,
                 whole: Iterable[str] = ()) -> None:
        """`words`: what a join may make and a split may cut into; `tails`: legal forms that may also be
        glued after a word (`ltd` of `UKLTD`); `shared`: the legal forms' words, tails and places (`of`);
        `whole`: listed camelCase words (`kasperskyos`), which a join may make and nothing cuts."""
        own = _ascii_words(words)
        # (the list's words of two letters, `uk`, and the countries' codes, `us`, `de`: `_with_short`)
        self._short = frozenset(w for w in own if len(w) == 2) | (shared.codes if shared is not None else frozenset())
        self._whole = _ascii_words(whole)
        own |= self._whole
        self._places = shared.places if shared is not None else frozenset()  # glued after a word
        self._two_word_forms = shared.two_word_forms if shared is not None else frozenset()
        self._tails = _tail_words(tails)
        runs = [tuple(sorted(w for w in own | self._tails if len(w) >= _MIN_JOINED))]
        self._words = own | self._tails
        if shared is not None:  # (a two-word form glued, `fzllc`, is read as a tail only: no join makes it)
            self._tails |= shared.tails
            self._words |= shared.words
            runs.append(shared.ordered)
        # the words a join may make, in sorted runs (a word that starts one is followed by it in a run)
        self._sorted = tuple(runs)
        self._longest = max(map(len, self._words), default=0)
        self._memo: dict[str, tuple[int, tuple[str, ...] | None]] = {}
        self._lock = threading.Lock()

    @classmethod
    def of(cls, tokens: Iterable[str], names: Iterable[str] = ()) -> Respacer:
        """From the distinct tokens of the listed names, as normalised, the spellings a listed domain word
        folds from (`Labs`, `Laboratoriia` for `lab`) and the words of legal forms; the listed names'
        camelCase words are never cut (`KASPERSKYOS`: the index finds it as written)."""
        shared = _shared()
        own = _ascii_words(tokens)
        own |= {variant for word in own & shared.variants.keys() for variant in shared.variants[word]}
        return cls(own, shared=shared, whole=_camel_words("\n".join(names)))

    def may_respace(self, words: Sequence[str]) -> bool:
        """Whether `respace` may read a name cut into `words` (as `prefilter` cuts it) differently: some word
        splits, is a listed word written in camelCase (`rejoins`), or joins with the words after it
        (whatever parts them; `respace` is stricter)."""
        for i, word in enumerate(words):
            flags = self.flags(word.lower())
            if flags & SPLITS or (flags & STARTS and self.joins(words, i)) or self.rejoins(word):
                return True
        return False

    def rejoins(self, word: str) -> bool:
        """Whether the word is a listed word written in camelCase (`XuAn`), which the normaliser would cut."""
        lower = word.lower()
        return _CAMEL.search(word) is not None and lower in self._words and lower not in self._whole

    def joins_from(self, words: Sequence[str], word: str) -> bool:
        """Whether `word`, wherever it is in `words`, and the one or two after it make a listed word."""
        i = words.index(word)
        if self.joins(words, i):
            return True
        for _ in range(words.count(word) - 1):  # (a word written twice)
            i = words.index(word, i + 1)
            if self.joins(words, i):
                return True
        return False

    def joins(self, words: Sequence[str], i: int) -> bool:
        """Whether word `i` and the one or two after it make a listed word (whatever parts them)."""
        if i + 1 >= len(words):
            return False
        two = (words[i] + words[i + 1]).lower()
        if len(two) >= _MIN_JOINED and two in self._words:
            return True
        if i + 2 >= len(words):
            return False
        three = two + words[i + 2].lower()
        return len(three) >= _MIN_JOINED and three in self._words

    def flags(self, word: str) -> int:
        """`STARTS` and `SPLITS` of a lower-cased word, as `respace` reads it."""
        return self._judged(word)[0]

    def respace(self, text: str) -> str | None:
        """`text` (ASCII) read with words joined or split as the list writes them; None when nothing
        changes. Dotted initials are collapsed first and apostrophes between letters dropped, as the
        normaliser collapses and joins them."""
        if "." in text:
            text = _INITIALISM.sub(_collapse, text)
        if "'" in text or "`" in text:  # the normaliser joins the letters an apostrophe parts (`Anatol'evich`)
            text = _APOSTROPHE.sub("", text)
        if not self.may_respace(_WORD.findall(text)) and ("-" not in text or not _HYPHEN.search(text)):
            return None  # (most names: each word's flags are memoised)
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        out: list[str] = []
        at = 0  # text before here is in `out`
        i = 0
        while i < len(spans):
            take, written = self._reading(text, spans, i)
            if written is not None:
                out += (text[at:spans[i][0]], written)
                at = spans[i + take - 1][1]
            i += take
        if not out:
            return None
        out.append(text[at:])
        return "".join(out)

    def _reading(self, text: str, spans: list[tuple[int, int]], i: int) -> tuple[int, str | None]:
        """How many words from `i` on are read as one (or one cut in pieces), and how they are written
        (None: as they are)."""
        start, end = spans[i]
        word = text[start:end]
        flags, split = self._judged(word.lower())
        if flags & STARTS:
            take = self._join_span(text, spans, i)
            if take:
                pieces = [text[s:e] for s, e in spans[i:i + take]]
                joined = "".join(pieces)
                # (a listed camelCase word keeps its case: the normaliser cuts it as the list's name is cut)
                return take, joined if joined.lower() in self._whole else _joined(pieces)
        if self.rejoins(word):  # `XuAn`: the normaliser would cut it at the camelCase join
            return 1, _joined([word])
        if split is None:
            return self._hyphened(text, spans, i)
        return 1, " ".join(_cut(word, split))

    def _hyphened(self, text: str, spans: list[tuple[int, int]], i: int) -> tuple[int, str | None]:
        """Word `i` and the next, a hyphen between them, when a legal form written with one is glued after a
        listed word (`EASTFZ-LLC` -> `EAST FZ-LLC`): as `_split` cuts the two as one; else word `i` as it is."""
        start, end = spans[i]
        if i + 1 == len(spans) or text[end:spans[i + 1][0]] != "-":
            return 1, None
        word, after = text[start:end], text[spans[i + 1][0]:spans[i + 1][1]]
        both = word + after
        split = self._judged(both.lower())[1] if both.isalpha() else None
        if split is None:
            return 1, None
        cut = len(both) - len(split[-1])  # where the legal form begins
        if not 0 < cut < len(word) or f"{word[cut:]} {after}".lower() not in self._two_word_forms:
            return 1, None  # (the form's first word before the hyphen, its second after: not `GM-BH`)
        return 2, " ".join([*_cut(word, split[:-1]), f"{word[cut:]}-{after}"])

    def _join_span(self, text: str, spans: list[tuple[int, int]], i: int) -> int:
        """How many words from `i` on join into a listed word (3, 2, or 0), only spaces or a hyphen between
        them and none a dotted initial."""
        for take in (3, 2):
            if i + take > len(spans):
                continue
            if not all(_GAP.fullmatch(text[spans[k][1]:spans[k + 1][0]]) for k in range(i, i + take - 1)):
                continue
            if any(e - s == 1 and text.startswith(".", e) for s, e in spans[i:i + take]):
                continue  # a dotted initial (`K. Aspersky`, `Group S. de R.L.`) is no piece of a word
            if any(e - s == 1 for s, e in spans[i:i + take]) and any(
                    text[spans[k][1]:spans[k + 1][0]].startswith("-") for k in range(i, i + take - 1)):
                continue  # a hyphen parts syllables (`Kas-per-sky`), not a letter (`Mikhai-l`: a field's end)
            joined = "".join(text[s:e] for s, e in spans[i:i + take]).lower()
            if len(joined) >= _MIN_JOINED and joined in self._words and joined.isalpha():
                return take
        return 0

    def _judged(self, word: str) -> tuple[int, tuple[str, ...] | None]:
        """(flags, pieces of the split or None) of a lower-cased word; memoised (a word too long to start a
        listed word or to cut into listed words has neither, unmemoised)."""
        if len(word) > _MOST_PIECES * self._longest + 2 * _LONGEST_TAIL:  # (five pieces, a form and a place)
            return 0, None
        found = self._memo.get(word)
        if found is None:
            found = self._judge(word)
            with self._lock:
                if len(self._memo) >= _MEMO_LIMIT:
                    self._memo.clear()
                self._memo[word] = found
        return found

    def _judge(self, word: str) -> tuple[int, tuple[str, ...] | None]:
        if not word.isalpha():
            return self._after_code(word)
        flags = STARTS if self._starts(word) else 0
        split = self._split(word)
        if split is not None:
            flags |= SPLITS
        return flags, split

    def _after_code(self, word: str) -> tuple[int, tuple[str, ...] | None]:
        """(flags, pieces) of a word of letters and digits whose letters after its last digit are a listed word
        of four letters or more, or cut into listed words as `_split` cuts them: a record's code or number
        glued before a name (`NM1DUKHVALOV` of a booking line, `1.1TIKHONOV`) -> `nm1 dukhvalov`."""
        found = _AFTER_CODE.fullmatch(word)
        if found is None:
            return 0, None
        code, letters = found.groups()
        if letters in self._words:  # (of four letters or more: `_AFTER_CODE`)
            return SPLITS, (code, letters)
        split = self._split(letters)
        return (SPLITS, (code, *split)) if split is not None else (0, None)

    def _split(self, word: str) -> tuple[str, ...] | None:
        """The word cut into listed pieces; None when it is listed itself or cuts into none: two or three
        listed words (`_pieces`); or those with a legal form or a place glued after them, or both
        (`UKLTD` -> `uk ltd`, `KASPERSKYLABINCLONDON` -> `kaspersky lab inc london`); or a listed word of
        four letters or more and a patronymic (`MIKHAILYUREVICH`: a spelling the list may not hold) or a
        listed word cut short at the field's end (`LABORATORIYAKASPERSK`); failing all those, four or five
        listed words, alone or with a legal form or a place glued after them (a whole name glued:
        `KASPERSKYLABMIDDLEEASTLTD`)."""
        if word in self._words:
            return None
        return (self._pieces(word) or self._with_tail(word, self._places) or self._with_tail(word, self._tails)
                or self._with_rest(word) or self._pieces(word, _MOST_PIECES)
                or self._with_tail(word, self._places, most=_MOST_PIECES)
                or self._with_tail(word, self._tails, most=_MOST_PIECES))

    def _with_tail(self, word: str, tails: frozenset[str], *, most: int = 3, second: bool = True
                   ) -> tuple[str, ...] | None:
        """The word as listed pieces (one or as `_pieces` cuts it: `most` 3; or four or five: `most` 5) and
        one of `tails` glued after them (then a legal form before a place, when `second`)."""
        for k in range(_MIN_TAIL, min(len(word) - 2, _LONGEST_TAIL) + 1):
            tail = word[-k:]
            if tail in tails:
                head = word[:-k]
                alone = (most == 3 and head in self._words
                         and (len(head) >= _MIN_LONGEST or tails is not self._places))
                pieces = (head,) if alone else self._pieces(head, most) or self._with_short(head, most)
                if pieces is None and second and tails is self._places:
                    pieces = self._with_tail(head, self._tails, most=most, second=False)
                if pieces is not None:
                    return (*pieces, tail)
        return None

    def _with_short(self, head: str, most: int) -> tuple[str, ...] | None:
        """`head` as listed pieces (one of four letters or more, or as `_pieces` cuts them) and a listed word of
        two letters or a country's code after them, read only before a legal form or a place (`KASPERSKYLABUKLTD`
        -> `kaspersky lab uk ltd`, `KASPERSKYLABUSINC` -> `kaspersky lab us inc`; not `ARGENT` -> `ar gent`: no
        piece is so short elsewhere)."""
        rest, short = head[:-2], head[-2:]
        if short not in self._short:
            return None
        pieces = (rest,) if rest in self._words and len(rest) >= _MIN_LONGEST else self._pieces(rest, most)
        return None if pieces is None else (*pieces, short)

    def _with_rest(self, word: str) -> tuple[str, ...] | None:
        """A listed word of four letters or more, then a patronymic or the start of a listed word."""
        for i in range(min(len(word) - _MIN_REST, self._longest), _MIN_LONGEST - 1, -1):
            head = word[:i]
            if head in self._words:
                rest = word[i:]
                if _patronymic(rest) or self._starts(rest):
                    return head, rest
        return None

    def _starts(self, word: str) -> bool:
        """Whether `word` starts a longer listed word (`bisect_right`: the word itself, if listed, does not)."""
        for ordered in self._sorted:
            i = bisect.bisect_right(ordered, word)
            if i < len(ordered) and ordered[i].startswith(word):
                return True
        return False

    def _pieces(self, word: str, most: int = 3) -> tuple[str, ...] | None:
        """The word cut into listed words of three letters or more, one of four or more (not `carpet` ->
        `car pet`), the longest first piece first: into two or three (`most` 3), or else, where none of
        those exists, into four or five (`most` 5)."""
        if len(word) < _MIN_PIECE + _MIN_LONGEST:
            return None
        for count in (range(3, 4) if most == 3 else range(4, most + 1)):
            found = self._cut_in(word, count, whole=False)
            if found is not None:
                return found
        return None

    def _cut_in(self, word: str, most: int, *, long: bool = False, whole: bool = True) -> tuple[str, ...] | None:
        """The word as one listed word (when `whole`), or else as up to `most` listed pieces of three letters
        or more, the longest first piece first; one of four or more among them (`long`: one before them was)."""
        pieces = self._words
        if whole and word in pieces and (long or len(word) >= _MIN_LONGEST):
            return (word,)
        if most == 1:
            return None
        for i in range(min(len(word) - _MIN_PIECE, self._longest), _MIN_PIECE - 1, -1):
            head = word[:i]
            if head in pieces:
                rest = self._cut_in(word[i:], most - 1, long=long or i >= _MIN_LONGEST)
                if rest is not None:
                    return (head, *rest)
        return None
