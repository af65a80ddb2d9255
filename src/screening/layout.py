"""Names typed with the wrong keyboard layout on: Russian on the English one (`Kf,jhfnjhbz Rfcgthcrjuj` =
`Лаборатория Касперского`) and English on the Russian one (`Лфызукылн Дфи` = `Kaspersky Lab`).

A Russian name keyed in with the English layout active comes out as Latin letters with almost no vowels
(Russian vowels sit on the keys f, j, t, b, z, s ...) and with punctuation inside words (б and ю are the
comma and full-stop keys). `looks_slipped` spots such text; `as_russian` types it again on the Russian
(ЙЦУКЕН) layout. The normaliser screens the retyped text as an alternate name, so the original is still
screened as written.

Where the letters give nothing away (`Xtreyjd Bujhm` = `Чекунов Игорь`), a word is still retyped where its
Russian reading (`keyed_reading`: `chekunov`) is a listed word: the prefilter sends the name down the full
path, and the screener reads it retyped (`Screener.screen`).

The other way round nothing in the Cyrillic gives the slip away (`Лфызукылн` has as many vowels as a
Russian word), so `as_english` retypes any Cyrillic text on the English layout and the screener reads it
again only where a word retyped then reaches the list (`Screener.screen`, through the prefilter).
"""

from __future__ import annotations

import re

__all__ = ["INNER_KEY", "as_english", "as_russian", "keyed_reading", "looks_slipped", "russian_keys",
           "word_looks_slipped"]

_EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_RU = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_TO_RUSSIAN = str.maketrans(_EN, _RU)
# English typed on the Russian layout, and on the Ukrainian one (і on s, ї on ], є on ', ґ on `) and the
# Belarusian one's ў (on o; its і is on b, where Ukrainian has и: the Ukrainian key is read)
_TO_ENGLISH = str.maketrans(_RU + "іїєґўІЇЄҐЎ", _EN + "s]'`oS}\"~O")
# each letter key's Russian letter, romanised as the normaliser would (`Xtreyjd` -> `chekunov`)
_KEY_READING = str.maketrans({k: r for k, r in zip(
    "qwertyuiopasdfghjklzxcvbnm",
    ["i", "ts", "u", "k", "e", "n", "g", "sh", "shch", "z", "f", "y", "v", "a", "p", "r", "o", "l", "d", "ya",
     "ch", "s", "m", "i", "t", ""])})
_VOWELS = frozenset("aeiouyAEIOUY")
_MIN_LETTERS = 6  # a shorter word says too little
_MAX_VOWEL_SHARE = 0.2  # English, German or romanised names hold about 35-45% vowels (`Schmidt` 14%)
_RUSSIAN_VOWELS = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_MIN_RUSSIAN_VOWEL_SHARE = 0.3  # ... and so does Russian, typed again (`Schmidt` -> `Ысрьшве`: 29%)
# punctuation keys that type Russian letters, between two letters (`Kf,jhfnjhbz`, `Vb[fbk`)
INNER_KEY = re.compile(r"[,;\[\]<>{}`](?<=[A-Za-z].)(?=[A-Za-z])")  # (punctuation first: searched faster)
_WORD = re.compile(r"[A-Za-z]+")


def word_looks_slipped(word: str) -> bool:
    """True for a run of Latin letters of some length with almost no vowels (`jhfnjhbz`, `Rfcgthcrjuj`)."""
    letters = len(word)
    return letters >= _MIN_LETTERS and sum(c in _VOWELS for c in word) < _MAX_VOWEL_SHARE * letters


def looks_slipped(text: str) -> bool:
    """True when ASCII `text` may be Russian typed on the English layout (see the module docstring): a
    punctuation key inside a word, or a long word almost without vowels in a text almost without them."""
    if not text.isascii():
        return False
    if INNER_KEY.search(text) is not None:
        return True
    if sum(map(text.lower().count, "aeiouy")) >= _MAX_VOWEL_SHARE * len(text):
        return False  # (the quick answer for most names: a text has no more letters than characters)
    words = _WORD.findall(text)
    if not any(word_looks_slipped(w) for w in words):
        return False
    letters = sum(map(len, words))
    return sum(c in _VOWELS for w in words for c in w) < _MAX_VOWEL_SHARE * letters


def as_russian(text: str) -> str | None:
    """`text` typed again, key for key, on the Russian layout; None when that does not read as Russian
    (too few vowels)."""
    retyped = russian_keys(text)
    letters = [c for c in retyped if c.isalpha()]
    vowels = sum(c in _RUSSIAN_VOWELS for c in letters)
    return retyped if letters and vowels >= _MIN_RUSSIAN_VOWEL_SHARE * len(letters) else None


def russian_keys(text: str) -> str:
    """`text` typed again, key for key, on the Russian layout, whatever it then reads as (`as_russian` checks)."""
    return text.translate(_TO_RUSSIAN)


def keyed_reading(word: str) -> str:
    """A lower-case word of Latin letters read as the Russian word the same keys type, romanised (`xtreyjd` ->
    `chekunov`, `ptyrby` -> `zenkin`), for a lookup among the list's words."""
    return word.translate(_KEY_READING)


def as_english(text: str) -> str | None:
    """`text` typed again, key for key, on the English layout (`Лфызукылн Дфиб Штсю` -> `Kaspersky Lab, Inc.`),
    other characters that are no letters as spaces (`«»`, `№`); None when it holds no Cyrillic letter, or a
    letter outside ASCII that is not Cyrillic (another script's, or an accented or full-width Latin one)."""
    retyped = text.translate(_TO_ENGLISH)
    if retyped == text:
        return None
    if retyped.isascii():
        return retyped
    out = []
    for ch in retyped:
        if ch.isascii():
            out.append(ch)
        elif ch.isalpha():
            return None
        else:
            out.append(" ")
    return "".join(out)
