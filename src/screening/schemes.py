"""Latin spellings of Russian names in other languages' schemes, read as English ones (alternate readings).

`screening.romanize.skeleton` folds the schemes whose letters say the same sound as English ones in one
word (German `tsch`, Polish `cz`, French `ou`). These schemes give letters values that clash with other
schemes, so they are read only where a name shows the scheme, as an alternate screened beside the name as
written; each reading keeps the case of the letters it replaces (camelCase and initials stay readable):

* **Dutch** writes у as oe, ш and ж as sj and zj (`Tsjekoenov`, `Koelasjova`). Each word holding oe inside
  it is read (`Kasjanov` without oe keeps its j: it may be a glide).
* **Swedish** writes ч as tj, ш as sj, щ as sjtj and ж as zj (`Tjekunov`, `Borsjtjov`). A name with a word
  holding tj before a vowel is read whole.
* **Hungarian** writes с as sz, ш as s, ч as cs, щ as scs, ж as zs, ц as c, and a soft д, н, т as gy, ny,
  ty (`Gyenyisz Vlagyimirovics Zenkin`, `Borscsov`, `Szuvorov`). A name with a word holding cs, gy, zs or
  sz before a vowel, ny or ty before a vowel, or ending -ovics or -evics is read whole, each s then as sh.
* **Greek** romanised letter by letter (ELOT 743) writes б as mp, д as nt at the start of a word, г as gk,
  ч as ts, щ as sts and -ов as -of (`Ntaniil Mporstsef`, `Igkor Tsekounof`, `Michail Gkermper`). A name
  with a word opening nt, mp or gk, holding gk, or of six letters or more ending -of or -ef (not
  `Krzysztof`, `Christof`) is read whole. Inside a word nt is kept: Greek writes Андрей and Антон both
  with ντ.
* **Lithuanian and Latvian** add a nominative ending to every name: -as, -is, -us, -ys, -ius and -s
  (`Denisas Zenkinas`, `Michailas Gerberis`, `Deniss Zenkins`). A name of two or more words that all end
  in s is read with the endings dropped.

Quirk: the Hungarian tell sz is also Polish (`Szymanski`), and a Polish name read as Hungarian is one more
alternate that matches nothing; the Baltic tell also reads `Thomas Harris` as `Thom Harr`, likewise.
"""

from __future__ import annotations

import re

__all__ = ["baltic_as_russian", "dutch_as_russian", "greek_as_russian", "hungarian_as_russian", "readings",
           "swedish_as_russian", "word_readings"]

# Dutch: oe for у, sj and zj for ш and ж
_OE_IN_WORD = re.compile(r"(?<=[A-Za-z])(?:oe|OE)(?=[A-Za-z])")
_DUTCH_WORD = re.compile(r"[A-Za-z]*[A-Za-z](?:oe|OE)[A-Za-z][A-Za-z]*")  # a word holding oe inside it
_DUTCH_SJ = re.compile(r"[sSzZ][jJ]")

# Swedish: tj for ч (the tell; sj and zj are also Dutch, or a j glide after s, z: `Kasjanov`)
_SWEDISH_TELL = re.compile(r"(?i)tj[aeiouy]")
_SWEDISH = re.compile(r"sjtj|tj|sj|zj")
_SWEDISH_SOUNDS = {"sjtj": "shch", "tj": "ch", "sj": "sh", "zj": "zh"}

# Hungarian (the Academy's rules for Russian names): longest letter groups first
_HUNGARIAN_TELL = re.compile(r"(?i)(?:cs|gy|zs|sz|ny|ty)[aeiou]|[oe]vics\b")
_HUNGARIAN = re.compile(r"scs|cs|sz|zs|gy|ny|ty|s|c")
_HUNGARIAN_SOUNDS = {"scs": "shch", "cs": "ch", "sz": "s", "zs": "zh", "gy": "d", "ny": "n", "ty": "t", "s": "sh",
                     "c": "ts"}

# Greek romanised: nt and mp open a word for д and б, gk is г; ts is ч, sts щ; -of, -ef are -ов, -ев
# (-of, -ef in a word of six letters or more: not Prof., Josef; nor Krzysztof, Christof, a consonant before -tof)
_GREEK_TELL = re.compile(r"(?i)\b(?:nt|mp|gk)|gk|[a-z]{4}(?<![^aeiou]t)[oe]f\b")
_GREEK = re.compile(r"^nt|mp|gk|sts|ts|(?<=[a-z]{4}[oe])(?<![^aeiou]to)f$")
_GREEK_SOUNDS = {"nt": "d", "mp": "b", "gk": "g", "sts": "shch", "ts": "ch", "f": "v"}

# Lithuanian and Latvian nominative endings (the longest first; what is left keeps three letters)
_BALTIC_WORD = re.compile(r"[^\W\d_]+")
_BALTIC_ENDING = re.compile(r"(?i)(?<=[^\W\d_]{3})(?:ius|as|is|us|ys|(?<![aeiou])s|(?<=s)s)\b")
_ENDS_IN_S = re.compile(r"(?i)[^\W\d_]{2,}s\b")


def _read(pattern: re.Pattern[str], table: dict[str, str], text: str) -> str:
    """`text` with the letter groups `pattern` finds read by `table`, word by word in the word's case (an
    upper-case word stays upper case, each capitalised part of a camelCase word capitalised)."""
    def part(match: re.Match[str]) -> str:
        written = match.group()
        read = pattern.sub(lambda m: table[m.group()], written.lower())
        if written.isupper() and len(written) > 1:
            return read.upper()
        return read.capitalize() if written[0].isupper() else read
    return _CASED_PART.sub(part, text)


_CASED_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")  # the words, camelCase parts apart


def _dutch_word(match: re.Match[str]) -> str:
    word = _OE_IN_WORD.sub(lambda m: "U" if m.group().isupper() else "u", match.group())
    return _DUTCH_SJ.sub(lambda m: m.group()[0] + ("H" if m.group()[1] == "J" else "h"), word)


def dutch_as_russian(text: str) -> str:
    """`text` with the Dutch spellings of Russian sounds read as English ones in each word that holds oe
    inside it: `Tsjekoenov` -> `Tshekunov`, `Koelasjova` -> `Kulashova`."""
    return _DUTCH_WORD.sub(_dutch_word, text) if _OE_IN_WORD.search(text) else text


def swedish_as_russian(text: str) -> str:
    """`text` read as Swedish spellings of Russian names when a word shows the scheme (`Borsjtjov` ->
    `Borshchov`, `Tjekunov` -> `Chekunov`); else `text` itself."""
    return _read(_SWEDISH, _SWEDISH_SOUNDS, text) if _SWEDISH_TELL.search(text) else text


def hungarian_as_russian(text: str) -> str:
    """`text` read as Hungarian spellings of Russian names when a word shows the scheme (`Gyenyisz Zenkin`
    -> `Denis Zenkin`, `Borscsov` -> `Borshchov`); else `text` itself."""
    return _read(_HUNGARIAN, _HUNGARIAN_SOUNDS, text) if _HUNGARIAN_TELL.search(text) else text


def greek_as_russian(text: str) -> str:
    """`text` read as a letter-by-letter romanisation of Greek spellings of Russian names when a word shows
    the scheme (`Ntaniil Mporstsef` -> `Daniil Borshchev`); else `text` itself."""
    return _read(_GREEK, _GREEK_SOUNDS, text) if _GREEK_TELL.search(text) else text


def baltic_as_russian(text: str) -> str:
    """`text` with Lithuanian and Latvian nominative endings dropped when it has two or more words and all
    end in s (`Denisas Zenkinas` -> `Denis Zenkin`, `Andrejs Tihonovs` -> `Andrej Tihonov`); else `text`."""
    words = _BALTIC_WORD.findall(text)
    if len(words) < 2 or len(_ENDS_IN_S.findall(text)) != len(words):
        return text
    return _BALTIC_ENDING.sub("", text)


def readings(text: str) -> list[str]:
    """The readings of Latin `text` in each scheme that it shows (none for most names), each once."""
    out: list[str] = []
    for read in (dutch_as_russian, swedish_as_russian, hungarian_as_russian, greek_as_russian, baltic_as_russian):
        reading = read(text)
        if reading != text and reading not in out:
            out.append(reading)
    return out


def word_readings(token: str) -> list[str]:
    """The readings of one lower-case word in each scheme, as if the name around it showed the scheme: what
    the prefilter asks of a word, so that it never clears a word that a name's reading would make listed."""
    out: list[str] = []
    for reading in (dutch_as_russian(token), _read(_SWEDISH, _SWEDISH_SOUNDS, token),
                    _read(_HUNGARIAN, _HUNGARIAN_SOUNDS, token),
                    _read(_GREEK, _GREEK_SOUNDS, token), _BALTIC_ENDING.sub("", token)):
        if reading != token and reading not in out:
            out.append(reading)
    return out
