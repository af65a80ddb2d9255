"""Readings of scripts that unidecode gets wrong for names (normaliser step 6, before unidecode).

unidecode reads each letter alone, as a scholar would. For names written from Russian and other
languages that gives wrong letters:

* Persian `ک` is k (unidecode: kh); the Arabic alef maksura `ى` and teh marbuta `ة` end words as y
  and a (unidecode: `~`, `@`);
* Armenian `ու` is one vowel, u (unidecode: `ow`);
* Greek is read as it sounds today, not letter by letter as in antiquity: `ου` u, `β` v, `φ` f, `η` i,
  `μπ` b, `γκ` g, `ντ` d at the start of a word and nd inside it, `στσ` shch, and the Russian endings
  `-οφ`/`-εφ` -ov/-ev (`Σουβόροφ` Suvorov, `Μπόρστσεφ` Borshchev, `Γκέρμπερ` Gerber); a pair of vowels
  is one sound unless its first letter carries the accent (`Αντρέι`: e-i);
* Georgian `ხ` is kh (unidecode: x);
* Thai writes the vowels `เ แ โ ใ ไ` before the consonant they follow (`เดนิส` is d-e-nis, Denis; after a
  consonant pair with ร, ล or ว, after the pair: `เดรย์` drey), `อ` after a consonant is the vowel o, `ซ` is s
  (unidecode: ch), `ว` before a vowel is v, and `-อฟ` ends a name from Russian as -ov (`ติโคนอฟ` Tikhonov,
  `ซูโวรอฟ` Suvorov).

Some letters stand for two sounds in names from Russian, and the text does not say which: Greek `τσ`
is ц or ч (`Κουζνετσόφ` Kuznetsov, `Τσεκούνοφ` Chekunov), `ντ` nd or nt (`Αντρέι` Andrei, `Άντον`
Anton), and capitals carry no accents (`ΑΝΤΡΕΙ`); Georgian adds the case ending `-ი` (`-ის`) to a
foreign name ending in a consonant (`გერბერი` Gerber) but also spells names that end in i
(`დმიტრი` Dmitri), and its `ფ` is p in Georgian words but f in names from Russian (`ეფრემოვი` Efremov).
`read_scripts(text, second=True)` gives the other reading (Greek `τσ` ch, `ντ` nt, `ει` ei; Georgian `-ი`
dropped, `ფ` f), which the normaliser screens as an alternate.

Belarusian writes Russian names as it says them: `ў` for в after a vowel, `і` for и, `э` for е after a
consonant, `ц` and `дз` for a soft т and д (`Ціхонаў` Тихонов, `Андрэй` Андрей, `Генадзьевіч` Геннадьевич).
`belarusian_reading` spells them back in Russian letters, as the other reading of a text that holds `ў`, or `і`
beside one of those letters. (Its unstressed о written а, `Ціханаў`, is left to the fuzzy match: which а was
an о the text does not say.)

Turkish and Azerbaijani (Albanian, Turkmen too) write ш as `ş` and ч as `ç` (`Kulaşova`, `Çekunov`,
`Borşçov`), which unidecode reads s and c (as French and Portuguese `ç` is said).
`cedilla_reading` reads them sh and ch, as the other reading of a text that holds them (each of a record's
fields too).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

__all__ = ["belarusian_reading", "cedilla_reading", "has_second_reading", "read_scripts"]

_ARABIC = str.maketrans({"\u06a9": "k", "\u0649": "y", "\u0629": "a"})
_ARMENIAN_U = re.compile("[\u0548\u0578][\u0552\u0582]")

_GREEK_LETTERS = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_PAIRS = re.compile(r"(?:[οόωώ]φ|[εέ]φ)\b|στσ|ο[υύ]|α[ιί]|ε[ιί]|ο[ιί]|υ[ιί]|α[υύ]|ε[υύ]|τ[σς]|τζ|γγ|μπ|ντ|γκ")
_GREEK_PAIR_SOUNDS = {
    "οφ": "ov", "όφ": "ov", "ωφ": "ov", "ώφ": "ov", "εφ": "ev", "έφ": "ev", "στσ": "shch", "ου": "u", "ού": "u",
    "αι": "e", "αί": "e", "ει": "i", "εί": "i", "οι": "i", "οί": "i", "υι": "i", "υί": "i", "αυ": "av", "αύ": "av",
    "ευ": "ev", "εύ": "ev", "τσ": "ts", "τς": "ts", "τζ": "dz", "γγ": "ng", "μπ": "b", "ντ": "nd", "γκ": "g",
}
_GREEK_INITIAL = {"ντ": "d"}  # at the start of a word
# the other reading of names from Russian (module docstring)
_GREEK_SECOND = {"τσ": "ch", "τς": "ch", "ντ": "nt", "ει": "ei", "αι": "ai"}
_GREEK = str.maketrans({"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
                        "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
                        "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "kh", "ψ": "ps", "ω": "o"})

_GEORGIAN_WORD = re.compile("[\u10a0-\u10ff]+")
# -ი or -ის after a consonant other than კ (`კასპერსკი` is Kasperski itself), and the postpositions that
# follow -ის: -ისთვის `for`, -ისგან `from` (`ეფრემოვისთვის`, for Efremov)
_GEORGIAN_CASE = re.compile("(?<=[\u10d0-\u10ff])(?<![\u10d0\u10d4\u10d8\u10dd\u10e3\u10d9])"
                            "\u10d8(?:\u10e1\u10d7\u10d5\u10d8\u10e1|\u10e1\u10d2\u10d0\u10dc|\u10e1)?$")
_GEORGIAN_KH = "\u10ee"
_GEORGIAN_PH = "\u10e4"  # ფ: p in Georgian words, f in names from Russian (the second reading)


# ş and ç, and their capitals, with the cedilla (the comma-below `ș` is Romanian's sh already: `tokens`)
_CEDILLA_SOUNDS = {"\u015f": "sh", "\u00e7": "ch", "\u015e": "Sh", "\u00c7": "Ch"}
_CEDILLA = re.compile(f"[{''.join(_CEDILLA_SOUNDS)}]")
_CEDILLA_WORD = re.compile(f"\\w*{_CEDILLA.pattern}\\w*")
_CEDILLA_MIN = 4  # letters of a word read so


def cedilla_reading(text: str, kept: Callable[[str], bool] = lambda word: False) -> str | None:
    """`text` with `ş` read sh and `ç` ch, as Turkish and Azerbaijani write Russian names (a word in capitals
    stays in them: `BORŞÇOV` -> `BORSHCHOV`; a word of up to three letters, a legal form such as `A.Ş.` or `Şti.`
    or an initial, is left as it is, and so is a word `kept` says is one of another language: `Suíça`, a
    place); None when no word is read so."""
    if _CEDILLA.search(text) is None:
        return None

    def word_read(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) < _CEDILLA_MIN or kept(word):
            return word  # (a legal form, `A.Ş.`, `Ltd. Şti.`, an initial, a known word)
        read = _CEDILLA.sub(lambda m: _CEDILLA_SOUNDS[m.group()], word)
        return read.upper() if word.isupper() else read

    read = _CEDILLA_WORD.sub(word_read, text)
    return read if read != text else None


_BELARUSIAN_MARK = re.compile("[цЦэЭ]|[дД][зЗ]")  # (beside `і`, which Ukrainian writes too)
# a soft ц or дз (before і е ё ю я ь) is a soft т or д; э after a consonant is е; a name's ending -аў is -ов
# (-еў -ев); ў is в, і is и
_BELARUSIAN_SOFT = re.compile("(?:([цЦ])|([дД])[зЗ])(?=[іІеЕёЁюЮяЯьЬ])")
_BELARUSIAN_E = re.compile("(?<=[^\\W\\dаеёіоуыэюяАЕЁІОУЫЭЮЯ_])([эЭ])")
_BELARUSIAN_ENDING = re.compile("([аА])(?=[ўЎ]\\b)")
_BELARUSIAN_LETTERS = str.maketrans("ўЎіІ", "вВиИ")
# A name's word (capitalised, four letters or more): its -ав- before a case ending is -ов- (`Яфрэмава`, `Ціханаву`,
# `Боршчавым`: genitive, dative, instrumental), and a first Я before an unstressed syllable is Е where the word
# then ends as a surname does (`Яфрэмаў`: Ефремов; not `Яковлеў`, whose Я is the name's own, as `Яков` shows)
_BELARUSIAN_NAME = re.compile("(?<![^\\W\\d_])[А-ЯЁІЎ][^\\W\\d_]{3,}")
_BELARUSIAN_OBLIQUE = re.compile("[аА](?=[вВ](?:[аАуУеЕ]|[ыЫ][мМ]|[аА][йЙ])$)")
_SURNAME_END = re.compile("[оО][вВ](?:[аАуУеЕ]|[ыЫ][мМ]|[оОаА][йЙ])?$")


def belarusian_reading(text: str) -> str | None:
    """`text` as Russian spells the Belarusian letters of a name (`Андрэй Генадзьевіч Ціхонаў` -> `Андрей
    Генадьевич Тихонов`); None when the text holds no Belarusian spelling (`ў`, or `і` beside `ц`, `дз` or
    `э`: `і` alone is Ukrainian too)."""
    if not ("ў" in text or "Ў" in text or ("і" in text or "І" in text) and _BELARUSIAN_MARK.search(text)):
        return None
    read = _BELARUSIAN_SOFT.sub(lambda m: m.group(2) or ("Т" if m.group(1).isupper() else "т"), text)
    read = _BELARUSIAN_E.sub(lambda m: "Е" if m.group(1).isupper() else "е", read)
    read = _BELARUSIAN_ENDING.sub(lambda m: "О" if m.group(1).isupper() else "о", read)
    read = _BELARUSIAN_NAME.sub(_belarusian_name, read.translate(_BELARUSIAN_LETTERS))
    return read if read != text else None


def _belarusian_name(found: re.Match[str]) -> str:
    """A name's word as Russian writes it: -ав- before a case ending -ов-, a first Я of a surname Е."""
    word = _BELARUSIAN_OBLIQUE.sub(lambda m: "О" if m.group().isupper() else "о", found.group())
    if word[0] in "Яя" and _SURNAME_END.search(word) and not word.startswith(("Яков", "яков")):
        word = ("Е" if word[0] == "Я" else "е") + word[1:]
    return word


def has_second_reading(text: str) -> bool:
    """True when `read_scripts(text, second=True)` may differ from the first reading."""
    return bool(_GREEK_LETTERS.search(text) or _GEORGIAN_WORD.search(text))


def read_scripts(text: str, *, second: bool = False) -> str:
    """`text` with its Persian, Arabic, Armenian, Greek, Georgian and Thai letters read as names sound (see the
    module docstring); `second`: the other reading of the ambiguous ones. Other text is left as it is."""
    text = text.translate(_ARABIC)
    if _THAI_LETTERS.search(text):
        text = _thai(text)
    if "\u0578" in text or "\u0548" in text:
        text = _ARMENIAN_U.sub(_armenian_u, text)
    if _GREEK_LETTERS.search(text):
        text = _greek(text, second)
    if _GEORGIAN_WORD.search(text):
        text = _GEORGIAN_WORD.sub(_georgian_second if second else _georgian, text)
    return text


_THAI_LETTERS = re.compile("[\u0e01-\u0e4e]")
_THAI_C = "\u0e01-\u0e2e"  # consonants (อ among them)
_THAI_PAIRED = "\u0e01-\u0e2c\u0e2e"  # consonants but อ (a vowel after a consonant: `โวรอฟ` is vo-rov)
# a vowel written before its consonant, the consonant, and a second one it makes a pair with, before a third
# (`เดรย์`: d-r-e-y; not `แกร์`, k-ae-r, nor `โวรอฟ`)
_THAI_LEADING = re.compile(f"([\u0e40-\u0e44])([{_THAI_C}])([\u0e23\u0e25\u0e27](?=[{_THAI_PAIRED}]))?")
_THAI_OV = re.compile(f"(?<=[{_THAI_C}])\u0e2d\u0e1f(?![\u0e00-\u0e7f])")  # `-อฟ` ending a word: -ov
# อ after a consonant, before another or the word's end: the vowel o (not after a consonant a vowel is written
# before, `เปอร์`, e-o, nor before a vowel, `อเมริกา`, where it carries the vowel)
_THAI_O = re.compile(f"(?<=[{_THAI_C}])(?<![\u0e40-\u0e44][{_THAI_C}])\u0e2d(?=[{_THAI_C}]|$|[^\u0e00-\u0e7f])")
_THAI_V = re.compile("\u0e27(?=[\u0e30-\u0e45])")  # ว before a vowel: v in names from Russian (unidecode: w)
_THAI = str.maketrans({"\u0e0b": "s"})  # ซ


def _thai(text: str) -> str:
    """Thai letters in the order they are said, with the letters unidecode reads wrongly for names read so."""
    text = _THAI_O.sub("o", _THAI_OV.sub("ov", text))  # (before the vowels move, which would hide what `อ` is)
    text = _THAI_LEADING.sub(lambda m: m.group(2) + (m.group(3) or "") + m.group(1), text)
    return _THAI_V.sub("v", text).translate(_THAI)


def _armenian_u(match: re.Match[str]) -> str:
    return "U" if match.group()[0] == "\u0548" else "u"


def _greek(text: str, second: bool) -> str:
    """Greek words spelled as they sound (lower case: the letters do not say where a name starts)."""
    text = unicodedata.normalize("NFC", _GREEK_LETTERS.sub(lambda m: m.group().lower(), text))

    def pair(m: re.Match[str]) -> str:
        found = m.group()
        if second and found in _GREEK_SECOND:
            return _GREEK_SECOND[found]
        start = m.start() == 0 or not text[m.start() - 1].isalpha()
        return _GREEK_INITIAL[found] if start and found in _GREEK_INITIAL else _GREEK_PAIR_SOUNDS[found]

    spoken = _GREEK_PAIRS.sub(pair, text)
    plain = "".join(c for c in unicodedata.normalize("NFD", spoken) if not unicodedata.combining(c))
    return plain.translate(_GREEK)


def _georgian(match: re.Match[str]) -> str:
    return match.group().replace(_GEORGIAN_KH, "kh")


def _georgian_second(match: re.Match[str]) -> str:
    """The word without the case ending a foreign name takes (`გერბერი` Gerber), and with `ფ` read f, as it
    writes Russian ф (`ეფრემოვი` Efremov; п is `პ`)."""
    return _GEORGIAN_CASE.sub("", match.group()).replace(_GEORGIAN_KH, "kh").replace(_GEORGIAN_PH, "f")
