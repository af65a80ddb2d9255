"""Companies named for a family or a person whose name reads as the brand: not the brand's (`Kasperski Transport
Sp. z o.o.`, `Kasper Sky Travel Ltd`).

A Slavic -sky surname is spelled -ski by Poles and Lithuanians, and by the Americans and Germans of their
families: `Kasperski` is a family's name as often as it is the brand misspelled. So is a given name that, with the
word after it, reads as the brand (`Kasper Sky`). A company named by such a word alone, with a legal form and a
word of its own, is a family's; so is one that writes a family firm's words after it (`Kasperski & Sohn`,
`Kasperski i Wspólnicy`), or its owner's name, as a Polish sole trader's firm must (`Kasperski Transport i Spedycja
Jan Kasperski`), or the surname in a Polish company's own form (`Kasperski Sp. z o.o.`). The screener
keeps it a near miss that says so (`Screener._surnamed`).

Not where the name may be the brand's company. The brand's word must be the one word of the party's names the
query meets; the word of its own must be of `_OWN_WORD` letters at least (a shorter one is as often a listed word
misheard or mistyped: `Kasperski Lamp A.E.`, `Kasperski Leb Ink.`); no word beside it may be the brand's (a word of
its trade or a listed one, or a country right beside the name: `Kasperski Software GmbH`, `Kasperski Kaspersky Sp.
z o.o.`, `Kasperski Polska Sp. z o.o.`; a town, or a country after the name's other words, is an address's); no
town, address or number of the party may confirm it (`Kasperski Bau GmbH, Ingolstadt`; another town of its country,
or the country, does not: `Kasperski Bau GmbH, Dortmund`); and -ski must not be how
the text's language writes the brand itself (Cyrillic `Касперски`, and the forms of the countries that spell it
so: `Kasperski Softver d.o.o.`). A given name and a word are read so only where the text writes them apart
(`KasperSky Holding Ltd` is the brand in camelCase). Pure functions of a candidate's evidence and the query.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from screening.lexicon import BRAND_TRADE, lexicon
from screening.models import Evidence
from screening.normalize import NormalizedName, form_countries
from screening.ranking import Candidate
from screening.romanize import skeleton
from screening.similarity import one_edit_apart
from screening.tokens import tokens_of

__all__ = ["family_firm"]

_OWN_WORD = 5
_POLISH = frozenset({"PL"})  # the legal forms' country where the -ski surname is a family's name, whatever follows
# the legal forms of the countries whose languages write the brand itself -ski (Serbian, Croatian, Bosnian,
# Montenegrin, Slovene, Macedonian, Bulgarian: `d.o.o.`, `d.d.`, `DOOEL`, `ЕООД`, `ООД`, `АД`), as normalised: a
# company so named there may be the brand's
_SKI_BRAND_FORMS = frozenset({"doo", "dd", "dooel", "eood", "ood", "ad", "ead", "sp doo"})
_CONFIRMING = frozenset({"place_confirms", "place_met", "token_same_place", "address", "identifier", "group_named"})
_PLACED = frozenset({"place_confirms", "place_met"})  # (a place beside the name, which its address may write)
# A family firm's words after the name: one joining it (`&` reads `and`) and one for the family or the partners.
_JOINING = frozenset({"and", "i", "und", "e", "y", "et", "en", "og", "och", "a", "si"})
_KIN = frozenset({"son", "sons", "sohn", "sohne", "soehne", "syn", "synowie", "filho", "filhos", "hijo", "hijos",
                  "hermanos", "fils", "figli", "fratelli", "brothers", "gebruder", "gebrueder", "partners",
                  "wspolnicy", "spolnicy", "socios", "soci", "associes", "associates"})
# Words of the brand's trade (`lexicon.BRAND_TRADE`) and of a group's companies, as the word tables fold them
_TRADE = BRAND_TRADE | {"research", "development", "services", "holding", "group", "international", "global", "trading",
                        "management", "communications", "telecom", "enterprises", "kompaniya", "distribution",
                        "distributor", "vertrieb", "dystrybucja", "distribuzione", "distribucion"}
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def family_firm(cand: Candidate, norm: NormalizedName, written: str, listed: Callable[[str], bool], *,
                addresses: tuple[str, ...]) -> str:
    """The word by which a company candidate reads a query (`norm`, as `written`) that names a family's or a
    person's company (see above), or ""; `listed(word)`: whether a word of the query is a listed name's;
    `addresses`: the party's addresses, as listed."""
    word, joined = "", False
    for e in cand.evidence:
        if not e.feature.startswith("token_"):
            continue
        first, *rest = e.query_part.split() or [""]
        if _as_surname(first, e.candidate_part) and _JOINING.issuperset(rest):
            word = word or first  # (a joining word read together with the name is no other word: `kasperski i`)
        elif e.feature == "token_joined" and len(rest) == 1 and skeleton(first) in lexicon().given \
                and _apart(first, rest[0], written):
            word, joined = word or e.query_part, True  # (a given name and a word read together: `Kasper Sky`)
        else:
            return ""  # (a word of a listed name met as written: most candidates stop here)
    towns = _towns(addresses)
    if any(_confirms(e, towns) for e in cand.evidence) or _CYRILLIC.search(written):
        return ""
    countries = form_countries(norm.legal_text) if norm.legal_text else frozenset()
    tokens = norm.tokens
    # (the name written again is no other word: `John Kasperski, Kasperski Plumbing & Heating LLC`)
    extra = [e.query_part for e in cand.evidence if e.feature == "extra_query_word" and e.query_part != word]
    if not word and (placed := _placed_brand(cand)):
        # (a company of the group the brand's word and a town of its country name, which no word of the name's
        # scored: the words beside the brand's are its own, `Kasperski Elektro GmbH, Dortmund`)
        word, extra = placed, [t for t in tokens if t != placed and not lexicon().is_place(t)]
    beside = {tokens[j] for i, found in enumerate(tokens) if found == word for j in (i - 1, i + 1)
              if 0 <= j < len(tokens)}
    if not word or not _SKI_BRAND_FORMS.isdisjoint(norm.legal_text) or any(
            _brands(own, listed, own in beside) for own in extra):
        return ""
    if any(found == word and tokens[i + 1:i + 2] and tokens[i + 1] in _JOINING
           and tokens[i + 2:i + 3] and tokens[i + 2] in _KIN for i, found in enumerate(tokens)):
        return word
    if not joined and any(found == word and i > 0 and len(tokens[i - 1]) >= 3
                          and skeleton(tokens[i - 1]) in lexicon().given for i, found in enumerate(tokens)):
        return word  # (the owner's name, as a Polish sole trader's firm writes it: `... Spedycja Jan Kasperski`)
    if not norm.legal_forms:
        return ""
    # (a word of its own, or the surname as Poland writes it in a Polish company's own form)
    return word if any(len(own) >= _OWN_WORD for own in extra) or not joined and countries == _POLISH else ""


def _placed_brand(cand: Candidate) -> str:
    """The query's word spelled -ski by which a candidate carries the brand where a place alone says which of the
    group's companies it is, no word of a listed name having been scored (`brand_token` and places); "" for
    another."""
    features = {e.feature for e in cand.evidence}
    if "brand_token" not in features or not features <= {"brand_token", *_PLACED}:
        return ""
    found = next(e for e in cand.evidence if e.feature == "brand_token")
    return found.query_part if _as_surname(found.query_part, found.candidate_part) else ""


@functools.lru_cache(maxsize=256)
def _towns(addresses: tuple[str, ...]) -> frozenset[str]:
    """The words of the party's towns: each address's words before its last part, the country (`Woburn,
    Massachusetts, United States`: woburn, massachusetts), but its street's words and numbers."""
    address_words = lexicon().address
    return frozenset(word for full in addresses if "," in full for word in tokens_of(full.rsplit(",", 1)[0])
                     if word.isalpha() and word not in address_words)


def _confirms(e: Evidence, towns: frozenset[str]) -> bool:
    """Whether evidence confirms the party: its number, its group's name, a place its name writes, or its address's
    town, however spelled (`Kasperski Bau GmbH, Ingolstadt`, `..., Moskau` for Moscow); any place where the list
    gives the party no town. Not another town of its country (`Kasperski Elektro GmbH, Dortmund` for a German
    company of the group, which is in Ingolstadt), nor the country alone (`..., Germany`): no more than a family
    firm's address."""
    if e.feature not in _CONFIRMING:
        return False
    if e.feature not in _PLACED:
        return True
    lex = lexicon()
    for word in e.query_part.split():
        if towns and word in lex.places and word not in lex.cities:
            continue  # (a country)
        if not towns or word not in lex.cities or any(_same_town(word, town) for town in towns):
            return True  # (the party's town, a place the tables know as no town, or any where it has none listed)
    return False


_SAME_START = 3  # first letters two spellings of a town share, of four letters or more (`Moskau`, `Moscow`)


def _same_town(word: str, town: str) -> bool:
    """Whether a query's town and the party's may be one town written in two languages or transliterations
    (`moskau`, `moscou`, `moskwa` for `moscow`; `kiev` for `kyiv`; `zuerich`): the same word, one skeleton slip
    apart, or the same first letters (`_SAME_START`; towns of one country seldom share them)."""
    return word == town or one_edit_apart(skeleton(word), skeleton(town)) or (
        min(len(word), len(town)) > _SAME_START and word[:_SAME_START] == town[:_SAME_START])


def _brands(word: str, listed: Callable[[str], bool], beside: bool) -> bool:
    """Whether a word of the query may be the brand's company's: a word of its trade (or a compound holding one:
    `Virenschutz`, `IT-Sicherheit`) or a listed name's, or, right
    `beside` the name, a country or a region (`Kasperski Polska`; a town, or a country after the name's other
    words, is an address's: `Kasperski Transport Sp. z o.o., Gdańsk, Poland`)."""
    lex = lexicon()
    place = word in lex.places and word not in lex.cities or word in lex.regions or word in lex.adjectives
    return word in _TRADE or word in lex.product or listed(word) or beside and place


def _as_surname(found: str, listed: str) -> bool:
    """Whether a query word is a listed word of a -sk- stem (`Kaspersky`, `Kasperskogo`) spelled -ski (`kasperski`)."""
    listed = listed.lower()
    return found.endswith("ski") and listed != found and listed.startswith(found[:-1])


def _apart(first: str, second: str, written: str) -> bool:
    """Whether the text writes two words with a space between them (`Kasper Sky`; not `KasperSky`, `Kasper-Sky`)."""
    return re.search(rf"(?<![^\W\d_]){re.escape(first)}\s+{re.escape(second)}(?![^\W\d_])", written,
                     re.IGNORECASE) is not None
