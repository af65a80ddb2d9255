"""Romanisation skeletons: one spelling for the many Latin renderings of a (mostly Russian) name token.

`skeleton("Kasperskiy") == skeleton("Kasperskij") == skeleton("Kasperskogo") == "kasperski"`.

The skeleton is used only to compare tokens (exact skeleton equality counts as a transliteration match;
fuzzy similarity is measured on skeletons); it is never shown. Input is one lower-case ASCII token as
produced by `screening.normalize`. Rules, applied in this order:

1. OCR digits inside a word that also has letters: 0->o, 1->i, 3->e, 4->a, 5->s, 7->t, 8->b (`KA5PERSKY`).
2. German / Polish / French / Dutch spellings of Russian sounds: schtsch/chtch/sjtsj->shch, tsch/tch/tsj/tsh->ch,
   sch->sh, cz->ch, sz->sh, ou->u (Doukhvalov),
   -witsch/-vitch/-wicz/-vic -> -vich, w->v (Iwanow), -off -> -ov (Ivanoff). Not the Dutch sj for ш, zj for
   ж nor oe for у: j also writes the glide before a vowel (Kasjanov, Zjuganov) and a slip makes oe (Anatoyevich).
3. Russian romanisation variants (BGN/PCGN, ISO 9, passport, English): shch->sh, kh/ch->h (Х and Ч
   collapse: losing that contrast costs less than missing Tikhonov/Tihonov), ph->f (Ephremov, as English
   spells Ephraim), x->ks, tz->ts,
   dzh->j before a, o, u (Russian дж for an English j: Dzhapan), ja/ya->ia, ju/yu->iu, je/ye/ie->e,
   -yov/-jov/-iov->-ev (ё in surname endings: Borshchyov, Borshchiov; so a man's -ov after zh, sh, shch,
   where Russian writes -ёв, -ов or -ев alike: Borshchov, Khrushchev), j->i, y->i, ii->i (Kasperskiy,
   Kasperskii, Kasperskij -> kasperski).
4. Czech feminine -ovová / -evová -> -ova / -eva. Russian adjectival case endings of -sky surnames:
   -skogo/-skovo/-skava/-skova (as it is said)/-skoho/-skomu/-skim (the Polish genitive -skiego, the Belarusian
   -skaga, -skaha, the Czech and Slovak -ského, -skému, the Slovene -skega, -skem, the Slovene and Croatian
   possessive -skyjev) -> -ski
   (Лаборатория Касперского = Kaspersky's Lab).
5. Doubled letters collapse (Kirrill, Kasppersky, Gennadij -> one letter each).

Known quirk: folding kh/ch and y/i makes the skeleton coarser than any single scheme; it is only ever
used with an edit budget and with the distinctive-token weighting of `screening.scoring`.
"""

from __future__ import annotations

import functools
import re

__all__ = ["skeleton"]

_OCR_DIGITS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})

# Order matters: longer patterns first so that e.g. "schtsch" is not eaten by "sch".
_SEQUENCES: tuple[tuple[str, str], ...] = (
    ("schtsch", "shch"),
    ("chtch", "shch"),  # French щ (Borchtchev)
    ("tsch", "ch"),
    ("sjtsj", "shch"),  # Dutch щ (Borsjtsjov)
    ("tsj", "ch"),  # Dutch ч (Tsjekoenov)
    ("tsh", "ch"),  # Estonian and Finnish ч, tš (Tšekunov)
    ("tch", "ch"),  # French ч (Tchekounov)
    ("sch", "sh"),
    ("cz", "ch"),
    ("sz", "sh"),
    ("ou", "u"),
    ("shch", "sh"),
    ("kh", "h"),
    ("ch", "h"),
    ("ph", "f"),
    ("x", "ks"),
    ("tz", "ts"),
    ("w", "v"),
)
_ENDINGS = re.compile(r"(?:witsch|vitch|witch|wicz|vic|vics)$")
_OFF = re.compile(r"off$")
# Russian (written as said too, -ого said -ava, after a stem of three letters: not Maskava, Latvian for
# Moscow; or half so, -ova, after one of five that ends in a consonant: not a woman's Peskova, Czech Hrušková,
# Matoušková), Ukrainian, Polish, Belarusian
# (-aga, in Łacinka -aha), Czech and Slovak (-ého, -ému), Slovene (-ega, -emu, -em: `pri Kasperskem`); and the
# Slovene and Croatian possessive adjective of a name in -sky (`Kasperskyjev program`, Kaspersky's)
_CASE_ENDING = re.compile(r"sk(?:ogo|ovo|oho|omu|im|iego|ego|ega|em|aga|aha|eho|emu)$|(?<=[a-z]{3})skava$"
                          r"|(?<=[a-z]{4}[b-df-hj-np-tv-xz])skova$|sk[yi]?jev(?:a|o|i|u|ega|em)?$")
_YO_ENDING = re.compile(r"[yj]ov(a?)$")  # surname endings -ёв/-ёва written -yov/-yova (Borshchyov)
# ... and -iov/-iova after a consonant but c, as Cyrillic ё is read here and passports write it (`Борщёв`:
# Borshchiov; not Slovak `akciová`)
_IO_ENDING = re.compile(r"(?<=[bdf-hj-np-tv-z])iov(a?)$")
# ... and a man's -ov after ж, ш, щ, where Russian writes ё and е alike (Borshchov: -ev; not after ch, which
# German, Czech and Polish write for х: Suchov is Sukhov; not a woman's -ova: Kulashova would read Kulasheva,
# in evidence too)
_YO_AFTER_HUSHER = re.compile(r"(?:(?<=[sz]h)|(?<=shch))ov()$")
_IOTATED = re.compile(r"[jy](?=[au])")
# Czech feminine surnames add -ová to a Russian feminine -ova/-eva (Kulašovová = Kulashova).
_CZECH_FEMININE = re.compile(r"(?<=[oe]v)ova$")
# Belarusian -оў/-аў is Russian -ов (Іваноў, Сувораў: Ivanou, Suvorau); Lithuanian and Latvian
# add -as and -s to them (Jefremovas, Jefremovs).
_BELARUSIAN = re.compile(r"(?<=[aeiouy][bcdfgklmnprstvz])(?:au|ou)$")  # (not Landau, Dachau, Guangzhou)
_BALTIC = re.compile(r"(?<=[oe]v)a?s$")
_ENDING_TAILS = ("ogo", "ovo", "ava", "oho", "omu", "im", "iego", "ego", "ega", "em", "aga", "aha", "eho", "emu",
                 "jev", "jeva", "jevo", "jevi", "jevu", "jevega", "jevem", "ova", "tsch", "itch", "icz", "ic", "ics",
                 "off", "au", "ou", "vs", "vas", "hov")
_DOUBLE = re.compile(r"(.)\1+")
_DZH = re.compile(r"dzh(?=[aouy])")  # (before e or i, j would go as a glide: `Dzhenis` is no Enis)


def _first(match: re.Match[str]) -> str:
    """The repeated letter once (a function: a `\\1` template costs a microsecond per call to expand)."""
    return match.group(1)


def _yo(match: re.Match[str]) -> str:
    """-yov(a) -> -ev(a)."""
    return "ev" + match.group(1)


@functools.lru_cache(maxsize=262_144)
def skeleton(token: str) -> str:
    """The romanisation skeleton of one normalised token (see the module docstring for the rules).

    The rules are reapplied until nothing changes (a replacement can create a new pattern, e.g.
    `kch` -> `kh` -> `h`), so the skeleton of a skeleton is itself.
    """
    for _ in range(8):
        folded = _fold(token)
        if folded == token:
            break
        token = folded
    return token


def _fold(token: str) -> str:
    """One pass of the rules."""
    if not token.isalpha():
        if any(c.isalpha() for c in token):
            token = token.translate(_OCR_DIGITS)
        else:
            return token
    if token.endswith(_ENDING_TAILS):  # the regexes below only ever act on these endings
        token = _CASE_ENDING.sub("ski", token)
        token = _CZECH_FEMININE.sub("a", token)
        token = _ENDINGS.sub("vich", token)
        token = _OFF.sub("ov", token)
        token = _YO_AFTER_HUSHER.sub(_yo, token)
        if len(token) >= 6:
            token = _BALTIC.sub("", _BELARUSIAN.sub("ov", token))
    if "dzh" in token:  # Russian дж for an English j before a, o, u (`Dzhapan`, Japan; not `Dzhenis`, `Gadzhiev`)
        token = _DZH.sub("j", token)
    for old, new in _SEQUENCES:
        if old in token:
            token = token.replace(old, new)
    if token.endswith(("iov", "iova")):
        token = _IO_ENDING.sub(_yo, token)
    if "j" in token or "y" in token:
        # -yov -> -ev (ё), je/ye -> e, then ja/ya -> ia, ju/yu -> iu, other j/y -> i
        token = _YO_ENDING.sub(_yo, token)
        token = token.replace("je", "e").replace("ye", "e")
        token = _IOTATED.sub("i", token)
        token = token.replace("j", "i").replace("y", "i")
    token = token.replace("ie", "e")
    return _DOUBLE.sub(_first, token)
