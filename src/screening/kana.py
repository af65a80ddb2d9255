"""Katakana words read into the sound classes of `screening.abjad`, to compare them with Latin spellings.

Japanese writes a foreign name syllable by syllable (`Mikhail` ミハイル mi-ha-i-ru), so a reading letter by
letter (`mihairu`) is no spelling a Latin comparison finds. Katakana writes every vowel, but adds one
after a consonant that has none (u after most consonants, o after t and d, i after sh, ch and j: ゲルベル
Gerber ge-ru-be-ru), writes r for l and r, h (ハ行) or f (フ) for Russian kh, ワ for в (Иванов イワノフ),
ヴ for v, ー for a long vowel and ッ for a doubled consonant. `read_word` reads a word as a *reading* in
the classes of `screening.abjad` (B G K S T D M N, vowels A I U), plus these, which only kana writes:

* J, the liquid: l or r (ラ行);
* C, チ: ch (S), or t before i (チホノフ Tikhonov, as Kunrei-shiki romanises it); Z, ジ ヂ: zh or j (S), or
  d before i (ウラジーミル Vladimir);
* F, フ: f (B), or kh before a consonant (ドゥフワロフ Dukhvalov);
* O, a vowel that may be the added one (ク ku, ト to, ド do): o or u, or nothing, at no cost;
* Y, the i after シ チ ジ, or of a final リ (a soft sign: イーゴリ Igor, Игорь): i, or nothing, at no cost.

A small kana (ァ ィ ゥ ェ ォ ャ ュ ョ) sets the vowel of the syllable before it (ヴォ vo, チェ che, ニャ nya),
ウ before one is w (B). エ is e, which Latin spellings read as the class of i (`abjad.latin_classes`).
"""

from __future__ import annotations

import re

from screening.abjad import one_sound

__all__ = ["bank_forms", "has_kana", "kana_words", "read_word"]

_MAX_LETTERS = 24  # a longer word is no name: bounded work on junk
_KANA = re.compile("[\u30a1-\u30fa]")
_WORD = re.compile("[\u30a1-\u30fa\u30fc]+")  # katakana letters and the long-vowel mark ー

# consonant class of each row, and the vowel each row adds when the name has none there
_ROWS = {
    "カキクケコ": "K", "ガギグゲゴ": "G", "サシスセソ": "S", "ザジズゼゾ": "S", "タチツテト": "T",
    "ダヂヅデド": "D", "ナニヌネノ": "N", "ハヒフヘホ": "K", "バビブベボ": "B", "パピプペポ": "B",
    "マミムメモ": "M", "ラリルレロ": "J", "ヴ": "B",
}
_COLUMN = "AIUIU"  # the vowels a i u e o, e read as i (the Latin classes read e as i)
_SYLLABLES: dict[str, tuple[str, str]] = {}
for _row, _sound in _ROWS.items():
    for _n, _kana in enumerate(_row):
        _SYLLABLES[_kana] = (_sound, "O" if _row != "ヴ" and _COLUMN[_n] == "U" else _COLUMN[_n])
_SYLLABLES.update({
    "シ": ("S", "Y"), "ジ": ("Z", "Y"), "チ": ("C", "Y"), "ヂ": ("Z", "Y"), "ツ": ("S", "O"), "ヅ": ("S", "O"),
    "フ": ("F", "O"), "ト": ("T", "O"), "ド": ("D", "O"), "ヴ": ("B", "O"),
    "ア": ("", "A"), "イ": ("", "I"), "ウ": ("", "U"), "エ": ("", "I"), "オ": ("", "U"), "ン": ("N", ""),
    "ヤ": ("", "IA"), "ユ": ("", "IU"), "ヨ": ("", "IU"), "ワ": ("B", "A"), "ヲ": ("", "U"),
    "ヰ": ("B", "I"), "ヱ": ("B", "I"),
})
_SMALL_VOWEL = {"ァ": "A", "ィ": "I", "ゥ": "U", "ェ": "I", "ォ": "U"}
_SMALL_Y = {"ャ": "A", "ュ": "U", "ョ": "U"}
_PALATAL = {"S", "C", "Z"}  # シャ sha, チョ cho: the y of a small ャ ュ ョ is in the consonant already
_SHCH = re.compile("SY?C")  # シチ shch (щ: ボルシチョフ Borshchev) is one sound, as the Latin classes read it


# Japanese bank transfers (Zengin) write a legal form as one kana and a bracket: `ｶ)` before the name, `(ｶ`
# after it or `(ｶ)` inside it for 株式会社, `ﾕ)` for 有限会社, `ﾄﾞ)` for 合同会社 (half-width or full-width).
_BANK_FORMS = {"カ": "株式会社", "ｶ": "株式会社", "ユ": "有限会社", "ﾕ": "有限会社", "ド": "合同会社", "ﾄﾞ": "合同会社"}
_BANK_KANA = "|".join(sorted(_BANK_FORMS, key=len, reverse=True))
_BANK_INSIDE = re.compile(rf"[(（]({_BANK_KANA})[)）]")
_BANK_BEFORE = re.compile(rf"(?:(?<=\s)|^)({_BANK_KANA})[)）]")
_BANK_AFTER = re.compile(rf"[(（]({_BANK_KANA})(?=\s|$)")


def bank_forms(text: str) -> str:
    """`text` with a bank transfer's one-kana legal forms written out (`ｶ)ｶｽﾍﾟﾙｽｷｰ` -> `株式会社 ｶｽﾍﾟﾙｽｷｰ`): read
    as a kana syllable, the form would be a word of the name."""
    if ")" not in text and "）" not in text and "(" not in text and "（" not in text:
        return text
    text = _BANK_INSIDE.sub(lambda m: " " + _BANK_FORMS[m.group(1)] + " ", text)
    text = _BANK_BEFORE.sub(lambda m: _BANK_FORMS[m.group(1)] + " ", text)
    return _BANK_AFTER.sub(lambda m: " " + _BANK_FORMS[m.group(1)], text)


def has_kana(text: str) -> bool:
    """True when `text` holds a katakana letter."""
    return _KANA.search(text) is not None


def kana_words(text: str) -> list[str]:
    """The runs of katakana letters of `text` (with their long-vowel marks)."""
    return _WORD.findall(text)


def read_word(word: str) -> str:
    """A katakana word as a reading (module docstring); "" when it holds no katakana letter."""
    syllables: list[list[str]] = []  # [consonant class, vowel classes]
    for c in word[:_MAX_LETTERS]:
        if c in _SMALL_VOWEL and syllables:
            last = syllables[-1]
            if last == ["", "U"]:  # ウィ wi, ウォ wo
                last[0] = "B"
            last[1] = _SMALL_VOWEL[c]
        elif c in _SMALL_Y and syllables:
            last = syllables[-1]
            last[1] = _SMALL_Y[c] if last[0] in _PALATAL else "I" + _SMALL_Y[c]
        elif c in _SYLLABLES:
            syllables.append(list(_SYLLABLES[c]))
        elif c in _SMALL_VOWEL or c in _SMALL_Y:  # a small vowel that starts the word: a vowel
            syllables.append(["", _SMALL_VOWEL.get(c) or _SMALL_Y[c]])
        # ー (a long vowel), ッ (a doubled consonant) and other marks add no sound
    if syllables and syllables[-1] == ["J", "I"]:
        syllables[-1][1] = "Y"  # a final リ is often a soft sign, ль or рь (イーゴリ Igor, Игорь)
    return one_sound(_SHCH.sub("S", "".join(consonant + vowel for consonant, vowel in syllables)))
