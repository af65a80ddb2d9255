"""Hangul words read into the sound classes of `screening.abjad`, to compare them with Latin spellings of names.

Korean writes a foreign name syllable by syllable (`Tikhonov` 티호노프 ti-ho-no-peu), so the Revised
Romanisation of it letter by letter (`tihonopeu`) is no spelling a Latin comparison finds. Transcriptions
from Russian add the vowel ㅡ (eu) after a consonant that has none (드 d, 르 r, 스 s, 프 f or v at a word's
end), write one letter for l and r (ㄹ), ㅂ for b and в (이바노프 Ivanov), ㅍ for p and f, ㅎ for h and kh,
ㅈ for z and zh, ㅊ for ch and ts, and a final ㄹ with the next syllable's ㄹ for one l (알렉세예바
Alekseyeva). `read_word` reads a word as a *reading* in the classes of `screening.abjad` and
`screening.kana`: ㄹ is J (l or r), ㅡ is Y (i, as ы, or nothing), ㅓ is E (e or a); the rest as their
nearest class (ㄱ G, ㅋ K, ㅎ K, ㅈ ㅊ ㅅ S, ㅂ ㅍ B, vowels A I U).
"""

from __future__ import annotations

import re

from screening.abjad import one_sound

__all__ = ["has_hangul", "hangul_words", "read_word"]

_MAX_LETTERS = 24  # a longer word is no name: bounded work on junk
_FIRST, _LAST = 0xAC00, 0xD7A3  # the precomposed syllables
_HANGUL = re.compile("[\uac00-\ud7a3]")
_WORD = re.compile("[\uac00-\ud7a3]+")

# the 19 leading consonants, 21 vowels and 27 trailing consonants (and none) of a syllable, in Unicode order
_LEADS = ("G", "K", "N", "D", "T", "J", "M", "B", "B", "S", "S", "", "S", "S", "S", "K", "T", "B", "K")
_VOWELS = ("A", "I", "IA", "I", "E", "I", "IE", "I", "U", "BA", "BI", "BI", "IU", "U", "BU", "BI", "BI", "IU",
           "Y", "I", "I")
_TAILS = ("", "K", "K", "KS", "N", "NS", "N", "T", "J", "JK", "JM", "JB", "JS", "JT", "JB", "J", "M", "B", "BS",
          "S", "S", "N", "S", "S", "K", "T", "B", "K")


def has_hangul(text: str) -> bool:
    """True when `text` holds a Hangul syllable."""
    return _HANGUL.search(text) is not None


def hangul_words(text: str) -> list[str]:
    """The runs of Hangul syllables of `text`."""
    return _WORD.findall(text)


def read_word(word: str) -> str:
    """A Hangul word as a reading (module docstring); "" when it holds no Hangul syllable."""
    out: list[str] = []
    for c in word[:_MAX_LETTERS]:
        code = ord(c)
        if not _FIRST <= code <= _LAST:
            continue
        code -= _FIRST
        lead, vowel = _LEADS[code // 588], _VOWELS[code % 588 // 28]
        if lead == "S" and len(vowel) == 2 and vowel[0] == "I":
            vowel = vowel[1]  # 쇼 sho, 샤 sha or sya: the y is in the consonant already (as kana's シャ)
        out += (lead, vowel, _TAILS[code % 28])
    return one_sound("".join(out))
