"""Token roles for scoring: which words are generic, places, product words or given names.

Built from the reference tables (`screening.tables`), with every entry folded by the same normaliser
as queries, ahead of time (`build_lexicon` -> `data/folded-lexicon.json`, read by `screening._folded`), so a
role lookup is one dict access on a normalised token. A role decides how much a token weighs
(`screening.scoring`): a distinctive word (`kaspersky`, `tikhonov`) carries a name, a generic one (`lab`,
`group`) or a place (`switzerland`, `moscow`) very little.
"""

from __future__ import annotations

import functools
import re

import attrs

from screening import _folded
from screening.cases import title_forms
from screening.tokens import tokens_of
from screening.romanize import skeleton

__all__ = ["BRAND_TRADE", "ROLE_WEIGHTS", "Lexicon", "TokenInfo", "analyse", "build_lexicon", "is_declined_patronymic",
           "is_female_patronymic", "is_patronymic", "lexicon"]

# Words of the listed brand's trade, as the word tables fold them (`Oprogramowanie`, software; `Sicherheit`,
# security), and compounds of them the tables do not fold (`Virenschutz`, `IT-Sicherheit` as `itsicherheit`): beside
# a name that reads as the brand, the company may be the brand's (`screening.familyfirms`, `persons.family_name_at`)
BRAND_TRADE = frozenset({"lab", "security", "software", "technology", "systems", "solutions", "network", "cyber",
                         "computer", "information", "informatics", "digital", "data", "electronics", "cybersecurity",
                         "antivirus", "antywirus", "virenschutz", "antivirenschutz", "itsicherheit", "cybersicherheit",
                         "itsecurity", "ciberseguridad", "cybersecurite", "informationssicherheit"})

# How much a word of each role carries in a company name (see screening.scoring for the rule).
ROLE_WEIGHTS = {"distinctive": 1.0, "place": 0.35, "product": 0.3, "generic": 0.2, "initial": 0.2,
                "number": 0.1, "address": 0.1, "stopword": 0.05}
# Function words of names in the languages of the lists ("Bank of Moscow", "Banco de la Nación"), and the
# prepositions that put a place or an employer after a name ("Kaspersky Labs GmbH in Ingolstadt", "Anna
# Kulashova from Kaspersky"): never an anchor, never the distinctive word a match needs.
# (and Ukrainian `що`, that, which opens a contract's clause after a name: `..., що діє на підставі довіреності`;
# its skeleton is the given name Sho)
_STOPWORDS = ("of the and for de del della di da do dos das la le les el los von van der den des du et und y e i z na"
              " in at from bei im en au presso chez desde shcho")

# Street-address words in English, German, French, Italian, Spanish and romanised Russian: an address
# after a company name says nothing about who the company is.
_ADDRESS_WORDS = (
    "street st str strasse road rd avenue ave av blvd boulevard lane ln drive way place plaza square "
    "floor fl flr suite ste unit building bldg block tower house office room apt po box pob postfach "
    "via viale piazza corso rue calle carrera avenida ulitsa ul prospekt pr shosse naberezhnaya pereulok "
    "per dom korpus stroenie etazh kv pom district city centre center industrial estate park zone"
)
# Compass points and world regions: in a company name they place it, like a country ("Kaspersky Lab Middle
# East", "... North America"); on their own they say nothing about who the company is.
_REGION_WORDS = (
    "north south east west northern southern eastern western middle central northeast northwest southeast "
    "southwest nord sud est ost ouest america americas europe european asia asian africa african "
    "pacific atlantic nordic baltic gulf emea apac latam mena cis oceania caribbean balkan balkans scandinavia "
    "latinoamerica lateinamerika sudamerica suedamerika sudamerika mittelamerika zentralamerika centroamerica "
    "hispanoamerica iberoamerica"
)
# Regions of two or three words that hold a country's name (`America`, the United States): the region, no country
# (`Según Kaspersky Lab, el phishing creció en América Latina` is not about Kaspersky Lab, Inc.). (Not `North
# America`, which names the United States and Canada: `Kaspersky Lab North America` is the US company.)
_REGION_PAIRS = ("latin america", "south america", "central america", "america latina", "america del sur",
                 "america central", "amerique latine", "amerique du sud", "amerique centrale", "america do sul",
                 "sud america", "america meridionale", "latin american", "south american", "central american")
_LONGEST_PLACE = 4  # tokens in the longest place name read as one place (`united states of america`)
_PLACE_OR_FROM = frozenset({"aus"})  # a country code, and German for "from" before a place (`aus Ingolstadt`)
# Suffixes of Russian / Ukrainian / Belarusian patronymics, on romanisation skeletons (ich -> ih).
_PATRONYMIC_ENDINGS = ("vih", "vna", "ihna", "auna")  # (and Belarusian -аўна as written: `Іванаўна`, ivanauna)
# Declined too, in a longer word: a payment order writes `Николаевичу`, `Сергеевне` (`screening.cases`). Not
# -вны, -вной, -чной, which adjectives end in as well (`главный`, `основной`, `частичной`).
_DECLINED_ENDINGS = ("vihu", "viha", "vihem", "vihe", "vne", "vnu", "ihne", "ihnu")
_MIN_DECLINED = 8  # letters of a declined patronymic's skeleton at least (`sergevne`; not `urovne`)
# a daughter's patronymic declined, or an adjective (-ою: the instrumental Ukrainian writes, `Володимирівною`)
_ADJECTIVE_LIKE = ("vni", "vnoi", "vnoiu", "ihni", "ihnoi", "ihnoiu")
_ANY_DECLINED = _DECLINED_ENDINGS + _ADJECTIVE_LIKE
_FEMALE_ENDINGS = ("vna", "ihna", "auna", "vne", "vnoi", "vnoiu", "vnu", "ihne", "ihnoi", "ihnoiu",
                   "ihnu")  # a daughter's
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# A man's patronymic from a given name ending in -a or -ya ends in -ich with no v (Nikitich, Ilyich, Kuzmich,
# Lukich, Fomich, Fokich), as skeletons; the daughters' (Nikitichna, Ilyinichna) end in -ichna. Not Savvich,
# which folds as the Serbian surname Savić does.
_ICH_PATRONYMICS = frozenset({"nikitih", "ilih", "kuzmih", "lukih", "fomih", "fokih"})


@attrs.frozen
class Lexicon:
    """Role tables keyed by normalised token (or skeleton for given names)."""

    generic: frozenset[str]
    product: frozenset[str]
    places: dict[str, str]  # token -> ISO alpha-2
    place_pairs: dict[tuple[str, ...], str]  # place names of two to four tokens (`united arab emirates`)
    given: frozenset[str]  # skeletons of common given names
    given_group: dict[str, int]  # skeleton -> equivalence group
    cyrillic_given: frozenset[str]  # skeletons of the given names as Russian, Ukrainian, Belarusian write them
    pet_forms: dict[str, tuple[int, ...]]  # skeleton of a pet form (`misha`) -> the groups it is a form of
    address: frozenset[str]
    regions: frozenset[str]
    cities: frozenset[str]
    stopwords: frozenset[str]
    pair_starts: frozenset[str]  # first words of those place names
    titles: frozenset[str]  # words of a person's title or role (`ceo`, `head`, `director`)
    adjectives: dict[str, str]  # a country's adjective beside a company's name (`americaine`) -> ISO alpha-2

    def is_place(self, text: str) -> bool:
        """True when the normalised word is a country's, a town's or a region's name (or a country's adjective)."""
        return text in self.places or text in self.cities or text in self.regions

    def is_other_word(self, text: str) -> bool:
        """True when the normalised word is a word of another kind than a name: a function word (`and` of `&`),
        a domain or product word, a place, an address or title word."""
        return (text in self.stopwords or text in self.generic or self.is_place(text) or text in self.address
                or text in self.titles or text in self.product or text in self.adjectives)


@functools.cache
def lexicon() -> Lexicon:
    """The role tables, once: `build_lexicon` stored in `data/folded-lexicon.json` (folding here costs ~50 ms)."""
    stored = _folded.fields("lexicon", attrs.fields_dict(Lexicon))
    return build_lexicon() if stored is None else Lexicon(**stored)


def build_lexicon() -> Lexicon:
    """Fold the reference tables into role tables (`python -m screening._foldgen` stores the result)."""
    from screening import tables  # here: only the generator and its test fold the tables

    generic = frozenset(tables.generic_words())
    # (each word of an entry of several, but a word of one or two letters: `add-on`'s `on` is a province's code)
    product = frozenset(t for w in tables.word_list("product_words") for toks in [tokens_of(w)] for t in toks
                        if len(toks) == 1 or len(t) > 2) - generic
    places: dict[str, str] = {}
    pairs: dict[tuple[str, ...], str] = {}
    for code, names in tables.country_names().items():
        for name in names:
            toks = tokens_of(name)
            if len(toks) == 1 and (len(toks[0]) > 2 or name.isascii()):  # (`تعز`, Taiz, romanises to `tz`)
                places.setdefault(toks[0], code)
            elif 2 <= len(toks) <= _LONGEST_PLACE:
                pairs.setdefault(tuple(toks), code)
    pairs.update((tuple(tokens_of(region)), "") for region in _REGION_PAIRS)  # ("": a place of no country)
    groups: dict[str, int] = {}
    canonical: dict[str, int] = {}  # a group's first entry -> its number
    cyrillic: set[str] = set()
    for number, group in enumerate(tables.given_name_groups()):
        canonical[group[0]] = number
        for spelling in group:
            for tok in tokens_of(spelling):
                groups.setdefault(skeleton(tok), number)
                if _CYRILLIC.search(spelling):
                    cyrillic.add(skeleton(tok))
    found: dict[str, set[int]] = {}  # (pet forms that fold alike name all their names)
    for pet, names in tables.given_name_diminutives().items():
        for tok in tokens_of(pet):
            found.setdefault(skeleton(tok), set()).update(canonical[name] for name in names)
    pets = {skel: tuple(sorted(numbers)) for skel, numbers in found.items()}
    given = (frozenset(skeleton(t) for n in tables.common_given_names() for t in tokens_of(n)) | frozenset(groups)
             | frozenset(pets))
    address = frozenset(_ADDRESS_WORDS.split())
    regions = frozenset(t for w in _REGION_WORDS.split() for t in tokens_of(w)) - set(places)
    cities = frozenset(t for c in tables.city_names() for t in tokens_of(c))
    return Lexicon(generic=generic, product=product, places=places, place_pairs=pairs, given=given,
                   given_group=groups, cyrillic_given=frozenset(cyrillic), pet_forms=pets, address=address,
                   regions=regions, cities=cities,
                   stopwords=frozenset(_STOPWORDS.split()), pair_starts=frozenset(p[0] for p in pairs),
                   titles=frozenset(t for w in tables.word_list("person_titles")
                                    for form in (w, *(f for word in w.split() for f in title_forms(word)))
                                    for t in tokens_of(form)),
                   adjectives={t: code for code, names in tables.country_adjectives().items() for n in names
                               for t in tokens_of(n)})


def is_female_patronymic(skel: str) -> bool:
    """True when a patronymic-shaped skeleton is a daughter's (Vladimirovna, Ilyinichna, declined or not)."""
    return skel.endswith(_FEMALE_ENDINGS)


def is_declined_patronymic(skel: str) -> bool:
    """True when a skeleton ends as a patronymic declined does, adjectives' endings included (`Сергеевны`,
    `Сергеевной`, as `основной`): read only beside a family name declined, where it is a patronymic."""
    return len(skel) >= _MIN_DECLINED and skel.endswith(_ANY_DECLINED)


def is_patronymic(skel: str) -> bool:
    """True when a skeleton looks like a Russian-style patronymic (Gennadyevich, Vladimirovna, ...)."""
    return (len(skel) >= 6 and skel.endswith(_PATRONYMIC_ENDINGS) or skel in _ICH_PATRONYMICS
            or len(skel) >= _MIN_DECLINED and skel.endswith(_DECLINED_ENDINGS))


@attrs.frozen
class TokenInfo:
    """One normalised token with its skeleton and role."""

    text: str
    skel: str
    role: str  # distinctive | generic | product | place | address | number | initial
    place: str | None = None  # ISO alpha-2 for place tokens
    qualifier: bool = False  # inside brackets, a ` - ` tail or an address part
    city: bool = False  # a city (it names one place; a country name stands for all of its places)


def _role(token: str, lex: Lexicon) -> tuple[str, str | None]:
    if token.isdigit():
        return "number", None
    if token in lex.stopwords and len(token) > 1:
        return "stopword", None
    if len(token) == 1:
        return "initial", None
    if token in lex.places:
        return "place", lex.places[token]
    if token in lex.regions:
        return "place", None
    if token in lex.generic:
        return "generic", None
    if token in lex.product:
        return "product", None
    if token in lex.address or (len(token) <= 6 and any(c.isdigit() for c in token)):
        return "address", None
    return "distinctive", None


_ANALYSED: dict[str, TokenInfo] = {}  # token -> its TokenInfo outside qualifiers
_ANALYSED_LIMIT = 500_000  # entries before the memo is cleared: bounds memory on a huge batch of new words


def _token_info(token: str, lex: Lexicon) -> TokenInfo:
    info = _ANALYSED.get(token)
    if info is None:
        role, place = _role(token, lex)
        info = TokenInfo(token, skeleton(token), role, place, city=role == "place" and token in lex.cities)
        if len(_ANALYSED) > _ANALYSED_LIMIT:
            _ANALYSED.clear()
        _ANALYSED[token] = info
    return info


def _region_slip(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a typing slip of a region word (`esat` of `east`: `normalize.slip_of`)."""
    from screening.normalize import slip_of  # (here: `normalize` reads the lexicon)

    return any(found in lex.regions for found in slip_of(word))


def analyse(tokens: tuple[str, ...], qualifiers: frozenset[int] = frozenset(), *, query: bool = False
            ) -> tuple[TokenInfo, ...]:
    """Skeleton and role of each token; place names of several tokens (`united kingdom`, `united arab
    emirates`) count as places, and so does, in a `query` (not in a listed name, whose words are as the list
    writes them), a typing slip of a region right after a region word (`Middle Esat`); there German `aus`
    before a place is a function word (`aus Ingolstadt`), elsewhere Australia's code."""
    lex = lexicon()
    infos = [_token_info(t, lex) for t in tokens]
    for i in range(1, len(infos) if query and not lex.regions.isdisjoint(tokens) else 0):
        # a slip of a region of four letters right after a region word is one (`Middle Esat`, not `Easy Lab`)
        if infos[i].role == "distinctive" and tokens[i - 1] in lex.regions and len(infos[i].text) <= 5 \
                and _region_slip(infos[i].text, lex):
            infos[i] = attrs.evolve(infos[i], role="place")
    pairs = lex.place_pairs
    for i in range(len(tokens) - 1 if not lex.pair_starts.isdisjoint(tokens) else 0):
        for n in range(min(_LONGEST_PLACE, len(tokens) - i), 1, -1):  # the longest name first
            code = pairs.get(tuple(tokens[i:i + n]))
            if code is not None:
                for j in range(i, i + n):
                    infos[j] = attrs.evolve(infos[j], role="place", place=code or None)
                break
    for i in range(len(tokens) - 1 if query and not _PLACE_OR_FROM.isdisjoint(tokens) else 0):
        # `aus` before a place, an article between them or not, says where from (`aus der Schweiz`)
        following = next((t for t in infos[i + 1:] if t.role != "stopword"), None)
        if tokens[i] in _PLACE_OR_FROM and following is not None and following.role == "place" \
                and len(following.text) > 3:  # (a name, not a code: `AUS UK` is Australia and the UK)
            infos[i] = attrs.evolve(infos[i], role="stopword", place=None)
    if qualifiers:
        infos = [attrs.evolve(t, qualifier=True) if i in qualifiers else t for i, t in enumerate(infos)]
        if query:
            _street_names(infos, qualifiers)
    return tuple(infos)


_MAX_STREET_WORDS = 3  # words of a street's own name between its number and its type (`500 Unicorn Park`)
# the US states' and DC's postal codes: before a ZIP code, a place of the US (`Woburn MA 01801`); alone, many are
# words or other countries' codes (`DE`, `IN`, `ME`)
_US_STATES = frozenset(
    "al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh "
    "ok or pa ri sc sd tn tx ut vt va wa wv wi wy".split())
_ZIP = re.compile(r"\d{5}")


def _street_names(infos: list[TokenInfo], qualifiers: frozenset[int]) -> None:
    """In a query's address (its qualifiers), the words of a street's name between a house number and a street
    word are address words too (`500 Unicorn Park Dr`: `unicorn`), not words of another company's name; and a
    US state's postal code before a ZIP code is a place of the US (`Woburn MA 01801`)."""
    for i in range(1, len(infos) - 1):
        # (as the US writes it, after a town: not after a number, `Despag-Strasse 3, DE 85055`, nor beside a
        # place of another country, `ID 10110 Jakarta`, `Casablanca, MA 20000`)
        after = infos[i + 2] if i + 2 < len(infos) else None
        if (i in qualifiers and infos[i].text in _US_STATES and _ZIP.fullmatch(infos[i + 1].text)
                and infos[i - 1].role != "number" and infos[i - 1].place in (None, "US")
                and (after is None or after.place in (None, "US"))):
            infos[i] = attrs.evolve(infos[i], role="place", place="US")
    for i, info in enumerate(infos):
        if info.role != "number" or i not in qualifiers:
            continue
        for j in range(i + 1, min(i + 2 + _MAX_STREET_WORDS, len(infos))):
            if j not in qualifiers or infos[j].role not in ("distinctive", "address"):
                break
            if infos[j].role == "address":
                for k in range(i + 1, j):  # (the street's own name: one word or more, every one distinctive)
                    infos[k] = attrs.evolve(infos[k], role="address")
                break
