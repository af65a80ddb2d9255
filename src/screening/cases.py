"""Russian and Ukrainian case endings on a listed person's name parts: a payment order writes `Перевод Борщеву
Даниилу Сергеевичу` (to Daniil Sergeyevich Borshchev, each part in the dative), a contract `в лице Кулашовой Анны
Владимировны` (genitive), a letter `с Тихоновым` (instrumental).

Each part declines by how it ends: a word ending in a consonant takes -u, -a, -om, -em (`Даниилу`, `Даниила`,
`Даниилом`), a surname -ym in the instrumental too (`Тихоновым`); a word ending in -ei (Andrei) -eyu, -eya,
-eem; one ending in -a (Anna, Kulashova, Vladimirovna) -u, -y/-i, -e, -oi, -oyu (`Анну`, `Анны`, `Анне`,
`Кулашовой`, `Анною`). A woman's surname takes the Ukrainian dative -ій too (`Кулашовій`), read only where
the word ends as -ій romanises (-ii, -iy, -ij): a Latin name ending in a single -i is a name of its own (`Anna
Dudorini`). A man's surname ending in a consonant takes the Ukrainian dative -ові, -еві (`Герберові`). A surname's
endings here are those no other form of it has: a man's surname with -a is also a woman's (`Tikhonova`), so
`screening.persons` reads it as his genitive only beside his patronymic declined too; a surname in -e (his
prepositional) is rare in records. A given name or patronymic is read declined only beside the family name
declined (`screening.persons`): many declined forms are names of their own (`Denisa`, `Antonia`, `Ani`). The forms
are compared as romanisation skeletons (`romanize.skeleton`), so the romanisations of the endings (`-yu`,
`-iu`, `-ju`) are one. A soft stem's -yu, -ya (`Игорю`) is read only where the list writes the name with
a soft sign (`Игорь`; the skeleton keeps none): on a hard stem those endings make women's names (`Антонию`,
`Antonia`). Pure functions of the word, and of the text for the words a preposition puts in the genitive
(`governed`: `от Тихонова А.Г.` is his, as a woman's would read `от Тихоновой`; and in the Slavic languages
written in Latin script, `dla Andrieja Tichonowa`, `pre Denisa Zenkina`).
"""

from __future__ import annotations

import functools
import itertools
import re

from screening.romanize import skeleton

__all__ = ["declined", "governed", "nominatives", "title_forms"]

_VOWELS = frozenset("aeiouy")
_SOFT = ("yu", "ya")  # a soft stem's dative and genitive (`Игорю`, `Игоря`), read where the list writes `ь`
# endings by part and by how the listed part ends: a consonant, -i (of -ei, -ii), -a
_ENDINGS = {
    "family": {"consonant": ("u", "om", "em", "ym", "ovi", "evi"), "i": (), "a": ("oi", "u", "oiu")},
    "given": {"consonant": ("u", "a", "om", "em"), "i": ("u", "a", "em"), "a": ("u", "oi", "y", "e", "oiu")},
    "patronymic": {"consonant": ("u", "a", "em"), "i": (), "a": ("e", "y", "oi", "u", "oiu")},
}


_UKRAINIAN_DATIVE = ("ii", "iy", "ij")  # a woman's surname's -ій as romanised (`Кулашовій`)


@functools.lru_cache(maxsize=1024)
def _forms(listed: str, part: str, soft: bool = False) -> frozenset[str]:
    """The skeletons of the declined forms of a listed part's skeleton (not the part itself); `soft`: a given
    name whose stem is soft (`Игорь`: -yu, -ya)."""
    if len(listed) < 3:
        return frozenset()
    last = listed[-1]
    if last == "a":
        stem, kind = listed[:-1], "a"
    elif last == "i" and listed[-2] in _VOWELS:
        stem, kind = listed[:-1], "i"
    elif last in _VOWELS:
        return frozenset()
    else:
        stem, kind = listed, "consonant"
    endings = _ENDINGS[part][kind] + (_SOFT if soft and kind == "consonant" else ())
    forms = {skeleton(stem + ("y" + e if kind == "i" else e)) for e in endings}
    return frozenset(forms - {listed})


_MAN_ENDINGS = ("u", "om", "em", "im", "e")  # a man's surname's dative, instrumental, prepositional


def declined(word: str, listed: frozenset[str], part: str, soft: frozenset[str] = frozenset(), text: str = "") -> str:
    """The listed skeleton (of `listed`, a person's `part`: family, given or patronymic) that the skeleton
    `word` writes with a Russian case ending (`borshchevu` for borshchev, `kulashovoi` for kulashova; `soft`:
    the given names with a soft stem, `igoriu` for igor), or, for a family name, the Ukrainian dative of a
    woman's surname as romanised (`text`: `kulashovii` for kulashova); "" when none does."""
    found = min((name for name in listed if word in _forms(name, part, name in soft)), default="")
    if not found and part == "family" and text.endswith(_UKRAINIAN_DATIVE):
        stem = skeleton(text[:-2] + "a")
        found = stem if stem in listed and len(stem) > 3 else ""
    if not found and part == "family" and word.endswith(_MAN_ENDINGS):
        # (a stem whose skeleton a rule for the word's end changes: `borshovu`, Borščovu, -ov after sh being ё)
        found = next((stem for end in _MAN_ENDINGS if word.endswith(end) and len(word) - len(end) > 3
                      and (stem := skeleton(word[:-len(end)])) != word[:-len(end)] and stem in listed), "")
    return found


# Case endings of given names and patronymics, Ukrainian ones too (`Андрію`, `Геннадійовичу`, `Ганні`,
# `Володимирівні`), longest first, as skeletons; what may have stood in their place: nothing, -a or -i
_ANY_ENDING = ("oiu", "ovi", "evi", "om", "em", "oi", "iu", "ia", "u", "a", "e", "y", "i")
_RESTORED = ("", "a", "i")
_SOFT_ENDINGS = ("iu", "ia")


@functools.lru_cache(maxsize=4096)
def nominatives(skel: str) -> tuple[str, ...]:
    """The skeletons a declined given name or patronymic (`skel`) may have without its case ending, to be
    compared as a spelling is, not only as the listed one (`andriu` -> `andri`, Андрій; `genadiovihu` ->
    `genadiovih`); the stem keeps three letters at least."""
    out: list[str] = []
    for ending in _ANY_ENDING:
        if skel.endswith(ending) and len(skel) - len(ending) >= 3:
            stem = skel[:-len(ending)]
            # (-iu, -ia end a soft stem: `Андрію`, `Ігоря`; read as -u, -a they would make `Antoniu` Anton's)
            out.extend(skeleton(stem + r) for r in (("i",) if ending in _SOFT_ENDINGS else _RESTORED))
    return tuple(dict.fromkeys(s for s in out if s != skel))


# Russian and Ukrainian title words in the cases a record writes them (`директору по развитию`, `руководителя
# департамента`, `техническому директору`, `керівнику`): by how the word ends, its endings
_TITLE_ENDINGS = (("ый", ("ого", "ому", "ым", "ом")), ("ий", ("его", "ему", "им", "ем", "ого", "ому", "ом")),
                  ("ой", ("ого", "ому", "ым", "ом")), ("ь", ("я", "ю", "ем", "е")), ("а", ("ы", "е", "у", "ой")))
_CONSONANT_TITLE = ("а", "у", "ом", "е", "ові")  # (-ові: the Ukrainian dative, `керівникові`)


def title_forms(word: str) -> tuple[str, ...]:
    """The case forms of a Russian or Ukrainian title word written in Cyrillic (`директор` -> `директора`,
    `директору`, ...; `главный` -> `главного`, ...); none for a word in another script or of another shape."""
    if len(word) < 4 or not all("\u0400" <= c <= "\u04ff" or c == "-" for c in word):
        return ()
    for end, endings in _TITLE_ENDINGS:
        if word.endswith(end):
            return tuple(dict.fromkeys(word[:-len(end)] + e for e in endings))
    if word[-1] in "аеёиоуыэюяйь":
        return ()
    return tuple(word + e for e in _CONSONANT_TITLE)


# Prepositions and phrases after which a payment order, a power of attorney or a contract names a person in the
# genitive, Russian and Ukrainian (`в пользу`, `на имя`, `в лице`, `от`, `для`, `против`; `на користь`, `в особі`,
# `від`, `проти`, `щодо`; Belarusian `супраць`), or in the accusative, which is a man's genitive (`за`, `на`,
# `про`, `через`: a woman's reads `на Тихонову`); Serbian (`од`, `код`); and in Latin script Polish, Czech,
# Slovak, Slovene, Croatian and Serbian (`od`, `dla`, `do`, `pre`, `pro`, `przez`, `na rzecz`, `ve prospěch`,
# `protiv`: a woman's reads `dla Anny Iwanowej`, `pro Annu Ivanovovou`); longer phrases first, with what may
# part them from the words after (spaces, quotes, a colon, a dash)
_GENITIVE_AFTER = re.compile(
    r"(?<!\w)(в\s+пользу|на\s+имя|в\s+лице|от\s+имени|со\s+стороны|в\s+адрес|в\s+отношении"
    r"|по\s+поручению|на\s+користь|в\s+особі|на\s+ім['’ʼ]я|від\s+імені|з\s+боку|против|проти|супраць|щодо"
    r"|от|для|від|до|у|за|на|про|через|од|код"
    r"|w\s+imieniu|na\s+rzecz|na\s+konto|ze\s+strony|ve?\s+prosp[eě]ch|[uv]\s+korist|od\s+strane|od|dla|do|bez"
    r"|pro|pre|przez|za|kod|protiv)[\s«»\"“”„'’:—–-]+",
    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_GOVERNED_WORDS = 8  # words read after each: initials, title and other words before the name (`и.о. генерального
# директора по финансам Тихонова`)
_GOVERNED_MAX = 8  # prepositions read in one text (a long memo may hold many)


def governed(text: str) -> list[tuple[str, int, list[re.Match[str]]]]:
    """Each preposition or phrase of `text` that puts the words after it in the genitive (at most
    `_GOVERNED_MAX`): as written with its spaces collapsed, where it starts, and the (at most eight) words
    after it as matches in `text`: `в пользу Тихонова А.Г.` -> (`в пользу`, 0, [`Тихонова`, `А`, `Г`]). (Not
    Bulgarian: its prepositions govern no case, and `от Иванова` there is from Ms Ivanova.)"""
    out = []
    for m in itertools.islice(_GENITIVE_AFTER.finditer(text), _GOVERNED_MAX):
        words = list(itertools.islice(_WORD.finditer(text, m.end()), _GOVERNED_WORDS))
        out.append((" ".join(m.group(1).split()), m.start(), words))
    return out
