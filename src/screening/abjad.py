"""Arabic and Hebrew words read as consonant skeletons, and compared with Latin spellings of names.

Both scripts are abjads: short vowels go unwritten, and the letters ا و ي (Arabic) and א ו י ה (Hebrew)
are often vowels (matres lectionis). A name written from Russian in them (`Mikhail` ميخائيل / מיכאיל)
keeps its consonants and some of its vowels, so a reading letter by letter (`mykhyyl`) is no spelling a
Latin comparison can find. `read_word` reads such a word as a *reading*: upper-case letters, one per
sound class, never produced by the tokenizer (which lower-cases), so a reading token says what it is:

* consonant classes: B (b p v f w: Arabic has no p nor v, Hebrew ב is b or v, פ p or f), G (g gh j:
  Russian г is غ or ج), K (k q kh: כ is k or kh, ח and خ kh), S (s z sh ch ts zh: ч is تش or ش, ц
  תס or צ), T, D, L, M, N, R, and X for ح, ه and ה (h), which a name written from Russian does not use
  (х is خ, ח or כ): it fits no Latin letter, so `الشهاب` (al-Shihab) is not Aleskeeva;
* vowel letters: A (ا and א but first in a word, ة), I (ي, י: i, e or y), U (و, ו: o, u), E (a final ه or ה: a or e);
  H, a silent seat (an initial alef, hamza, ayin), which may stand for nothing.

Hebrew ו at the start of a word or doubled is v (B). `reading_similarity` aligns a reading with a Latin
spelling by a weighted edit distance: a Latin vowel may go unwritten for free, H may stand for nothing,
a vowel letter costs `_VOWEL_LETTER` unmatched and must otherwise agree with the Latin vowel's class
(A: a; I: e i y; U: o u; E: a e i), and consonants must agree in class (G and K, B and U half an edit apart). Latin
spellings are read into the same classes (`latin_classes`). A reading that fits every written letter is
`READING_BEST`: the vowels it leaves unsaid leave room for another name, so it is never an exact match. A
reading a whole edit or more from a spelling fits only a spelling of six consonants or more: the vowels
say little, and one consonant of four or five wrong is another name (`זכרוב`, Zakharov, is not Chekunov, nor
`שטרן`, Stern, Astrakhan).

Katakana words are read into these classes too (`screening.kana`), with six of their own: J (l or r),
C (ch or t), Z (zh or d), F (f or kh), and the vowels katakana may add, O (o, u) and Y (i), which may stand for nothing
and do not count as sounds of the reading. Index keys fold what kana cannot tell apart (L as R, C and Z as S).
Chinese readings (`screening.xinhua`) write one more, Q (t or d: 季, ti and di in the Xinhua table), keyed as T.
"""

from __future__ import annotations

import functools
import re

__all__ = ["READING_BEST", "abjad_words", "has_abjad", "is_reading", "latin_classes", "one_sound",
           "patronymic_stem", "read_word", "reading_distance", "reading_key", "reading_similarity"]

READING_BEST = 0.95  # similarity of a reading that fits every written letter (below 1.0: never exact)
_MIN_SIMILARITY = 0.8  # below this a reading is no spelling of the name (as `persons._MIN_FAMILY`)
_VOWEL_LETTER = 0.75  # an unmatched vowel letter: nearly an edit (so ا for u, Chekanov for Chekunov, counts)
_NEAR = 0.5  # G and K (Russian г written ك), B and U (в written و or ו)
_MAX_LETTERS = 24  # a longer word is no name: bounded work on junk
# Consonants a Latin spelling needs for a reading a whole edit from it to fit: `זכרוב` (Zakharov, S K R B) is
# one consonant from Chekunov (S K N B), `שטרן` (Stern) one from Astrakhan (S T R K N), whose vowels a reading
# need not write.
_SLIP_CONSONANTS = 6

_ABJAD = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufb4f]")
_WORD = re.compile("[\u05d0-\u05ea\u05f0-\u05f2\u0620-\u064a\u066e-\u06d3\u06d5\u0750-\u077f'\u05f3\u2019]+")
_DROP = re.compile("[\u0591-\u05c7\u064b-\u065f\u0670\u0640]")  # points, harakat, tatweel

_ARABIC = {
    "ب": "B", "پ": "B", "ف": "B", "ڤ": "B", "ت": "T", "ط": "T", "ث": "T", "د": "D", "ض": "D", "ذ": "D",
    "ج": "G", "غ": "G", "گ": "G", "ك": "K", "ک": "K", "ق": "K", "خ": "K", "ح": "X", "ه": "X", "س": "S",
    "ص": "S", "ش": "S", "ز": "S", "ژ": "S", "ظ": "S", "چ": "S", "ل": "L", "م": "M", "ن": "N", "ر": "R",
    "ا": "A", "آ": "A", "ى": "A", "ة": "A", "ي": "I", "ی": "I", "و": "U", "أ": "H", "إ": "H", "ء": "H",
    "ئ": "H", "ؤ": "H", "ع": "H", "ٱ": "H",
}
_HEBREW = {
    "ב": "B", "פ": "B", "ף": "B", "ת": "T", "ט": "T", "ד": "D", "ג": "G", "כ": "K", "ך": "K", "ק": "K",
    "ח": "K", "ה": "X", "ס": "S", "ש": "S", "ז": "S", "צ": "S", "ץ": "S", "ל": "L", "מ": "M", "ם": "M",
    "נ": "N", "ן": "N", "ר": "R", "א": "A", "י": "I", "ו": "U", "ע": "H", "װ": "B", "ױ": "I", "ײ": "I",
}
_LETTERS = {**_ARABIC, **_HEBREW}
_FINAL_VOWEL = {"ه": "E", "ה": "E"}  # ending a word, h is the vowel a or e (E)
_T_THEN_S = re.compile("T(?=S)")  # تش, תש, טס: ch and ts are one sound
# a consonant class twice is one sound (שצ' shch, ンナ of アンナ, 安娜 an-na), as a doubled Latin letter is
_DOUBLED = re.compile("([BCDFGJKLMNQRSTXZ])\\1+")

# Latin spellings to classes, longest first (a Russian name's romanisations: `screening.romanize`)
_LATIN = (("shch", "S"), ("sch", "S"), ("tsch", "S"), ("tch", "S"), ("tsh", "S"), ("ch", "S"), ("sh", "S"),
          ("zh", "S"), ("ts", "S"), ("tz", "S"), ("cz", "S"), ("sz", "S"), ("kh", "K"), ("gh", "G"),
          ("ph", "B"), ("th", "T"), ("ck", "K"), ("x", "KS"), ("b", "B"), ("p", "B"), ("v", "B"), ("f", "B"),
          ("w", "B"), ("g", "G"), ("k", "K"), ("q", "K"), ("c", "K"), ("h", "K"), ("s", "S"), ("z", "S"),
          ("t", "T"), ("d", "D"), ("l", "L"), ("m", "M"), ("n", "N"), ("r", "R"), ("a", "a"), ("e", "i"),
          ("i", "i"), ("y", "i"), ("j", "i"), ("o", "u"), ("u", "u"))
_VOWELS = {"A": "a", "I": "i", "U": "u", "E": "ai"}
# Classes only katakana and Chinese readings write (`screening.kana`, `screening.xinhua`): what each stands for at
# no cost, and the consonant that keys it; an optional vowel (O, Y) may also stand for nothing.
_KANA_SOUNDS = {"J": "LR", "C": "ST", "Z": "SD", "F": "BK", "Q": "TD", "O": "u", "Y": "i"}
_KANA_KEYS = str.maketrans({"J": "R", "L": "R", "C": "S", "Z": "S", "Q": "T", "F": None, "O": None, "Y": None})
_OPTIONAL = frozenset("HOY")


def has_abjad(text: str) -> bool:
    """True when `text` holds an Arabic or Hebrew letter."""
    return _ABJAD.search(text) is not None


def is_reading(token: str) -> bool:
    """True when a token is a reading (`read_word`): upper case, which the tokenizer never writes."""
    return token.isupper()


# A reading ending as a Russian patronymic does, -vich or -vna, after three letters at least (`SIRGIIBIS` سيرغييفيتش,
# `SIJOGIIBICY` セルゲーエヴィチ, `BLADIMIRUBNA` فلاديميروفنا, `UJAZYMIJOBONA` ウラジーミロヴナ)
_PATRONYMIC_READING = re.compile("([A-Z]{3,}?)(?:B[IY]?[SC][IYO]?|B[OUY]?N[AE])")


def patronymic_stem(reading: str) -> str:
    """The father's name of a reading (`read_word`) that ends as a Russian patronymic is written in these scripts,
    -vich or -vna (`SIRGII` of `SIRGIIBIS`, Sergeyevich); "" for any other reading."""
    found = _PATRONYMIC_READING.fullmatch(reading)
    return found.group(1) if found is not None else ""


def abjad_words(text: str) -> list[str]:
    """The runs of Arabic or Hebrew letters of `text` (points and tatweel removed)."""
    return _WORD.findall(_DROP.sub("", text))


def read_word(word: str) -> str:
    """An Arabic or Hebrew word as a reading (module docstring); "" when it holds no such letter."""
    word = _DROP.sub("", word)[:_MAX_LETTERS]
    out: list[str] = []
    for i, c in enumerate(word):
        if c == "ו" and (i == 0 or word[i - 1:i + 1] == "וו" or word[i:i + 2] == "וו"):
            sound = "B"  # Hebrew ו at a word's start or doubled is v
            if word[i - 1:i + 1] == "וו":
                continue
        elif i == len(word) - 1 and c in _FINAL_VOWEL and i > 0:
            sound = _FINAL_VOWEL[c]
        elif i == 0 and c in "אا":
            sound = "H"  # a seat for the vowel that starts the word (Arabic writes none: `ايست`, east)
        else:
            sound = _LETTERS.get(c, "")
        out.append(sound)
    return one_sound(_T_THEN_S.sub("", "".join(out)))


def one_sound(reading: str) -> str:
    """`reading` with each consonant class written twice in a row written once (for every script's reading)."""
    return _DOUBLED.sub(r"\1", reading)


@functools.lru_cache(maxsize=4096)
def latin_classes(token: str) -> str:
    """A Latin spelling (normalised, lower case) in reading classes: consonants upper, vowels a i u."""
    out: list[str] = []
    i = 0
    token = token[:_MAX_LETTERS]
    while i < len(token):
        for spelled, sound in _LATIN:
            if token.startswith(spelled, i):
                if not (out and out[-1] == sound and sound.isupper()):  # doubled letters are one
                    out.append(sound)
                i += len(spelled)
                break
        else:
            i += 1  # a digit or other letter: no sound
    return "".join(out)


def reading_key(classes: str) -> str:
    """The consonants that key an index lookup: B and F dropped (the vowel letter U may be B, F may be B),
    G as K, L as R (katakana writes one liquid, J), C as S, Q as T."""
    classes = classes.translate(_KANA_KEYS)
    return re.sub(r"(.)\1+", r"\1", "".join(c for c in classes if c in "DGKMNRST").replace("G", "K"))


def _substitution(read: str, latin: str) -> float:
    """What a letter of the reading costs standing for one sound of the Latin spelling."""
    if read == latin or (read in _VOWELS and latin in _VOWELS[read]) or (read == "H" and latin in "aiu"):
        return 0.0
    if latin in _KANA_SOUNDS.get(read, ""):
        return 0.0
    if (read, latin) in (("G", "K"), ("K", "G"), ("U", "B")):
        return _NEAR
    return 1.0


def _skip_read(read: str) -> float:
    return 0.0 if read in _OPTIONAL else _VOWEL_LETTER if read in _VOWELS else 1.0


@functools.lru_cache(maxsize=65_536)
def reading_distance(reading: str, latin: str) -> float:
    """The weighted edit distance of a reading to a Latin spelling in classes (module docstring)."""
    previous = [0.0]
    for c in latin:
        previous.append(previous[-1] + (0.0 if c.islower() else 1.0))
    for r in reading:
        current = [previous[0] + _skip_read(r)]
        for j, c in enumerate(latin, 1):
            current.append(min(previous[j] + _skip_read(r),
                               current[j - 1] + (0.0 if c.islower() else 1.0),
                               previous[j - 1] + _substitution(r, c)))
        previous = current
    return previous[-1]


def reading_similarity(reading: str, spelling: str) -> float:
    """Similarity in [0, READING_BEST] of a reading to a Latin spelling (normalised); 0.0 below 0.8.

    The distance counts against the spelling's sounds (`latin_classes`), as an edit does against a
    word's letters (`screening.similarity`): one slip in a short name is too much, one in a long one not. A
    whole edit or more needs a spelling of `_SLIP_CONSONANTS` consonants: the vowels a reading need not write
    say little.
    """
    latin = latin_classes(spelling)
    if not reading or not latin:
        return 0.0
    distance = reading_distance(reading, latin)
    if distance >= 1.0 and sum(c.isupper() for c in latin) < _SLIP_CONSONANTS:
        return 0.0  # a whole edit (a consonant wrong, or two half edits) in five consonants or fewer: another name
    sounds = len(reading) - sum(reading.count(c) for c in "OY")  # a vowel katakana may add is no sound
    sim = READING_BEST - distance / max(len(latin), sounds)
    return sim if sim >= _MIN_SIMILARITY else 0.0
