"""Shape and consistency checks for the reference tables in src/screening/data/.

The tables are read straight from the source tree with tomllib, so these tests say nothing about how the
normaliser uses them; they guard the data itself: it parses, has the expected shape, has no empty or
duplicated entries, and no spelling is claimed by two groups that the normaliser would then confuse.

Cross-group checks compare spellings after a fold that approximates the normaliser's (case, diacritics,
transliteration to Latin, punctuation and dots, spaces), because two spellings that fold to the same
string are the same key to the normaliser.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from unidecode import unidecode

DATA = Path(__file__).resolve().parent.parent / "src" / "screening" / "data"

WORDS_SECTIONS = {
    "generic": dict,
    "abbreviations": dict,
    "person_titles": list,
    "noise": list,
    "honorifics": list,
    "countries": dict,
    "country_adjectives": dict,
    "cities": dict,
    "descriptor_prefixes": list,
    "product_words": list,
}
"""Top-level tables of words.toml and whether each maps keys to lists or holds one `words` list."""


def _load(name: str) -> dict:
    with (DATA / name).open("rb") as f:
        return tomllib.load(f)


@pytest.fixture(scope="module")
def legal_forms() -> dict:
    return _load("legal_forms.toml")


@pytest.fixture(scope="module")
def given_names() -> dict:
    return _load("given_names.toml")


@pytest.fixture(scope="module")
def words() -> dict:
    return _load("words.toml")


def _fold(text: str) -> str:
    """Approximate the normaliser: transliterate, drop case, diacritics, dots and punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unidecode(text).casefold()
    text = text.replace(".", "").replace("'", "")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def _squash(text: str) -> str:
    """The fold without spaces, so "S.à r.l." and "Sàrl" count as one spelling."""
    return _fold(text).replace(" ", "")


def _section_lists(words: dict) -> dict[str, list[str]]:
    """Every list of strings in words.toml, named "section" or "section.key"."""
    lists: dict[str, list[str]] = {}
    for section, kind in WORDS_SECTIONS.items():
        if kind is dict:
            for key, values in words[section].items():
                lists[f"{section}.{key}"] = values
        else:
            lists[section] = words[section]["words"]
    return lists


def _assert_clean(name: str, entries: list) -> None:
    """Entries are non-empty strings without stray spaces and without case-insensitive duplicates."""
    assert entries, f"{name} is empty"
    seen: set[str] = set()
    for entry in entries:
        assert isinstance(entry, str), f"{name}: {entry!r} is not a string"
        assert entry.strip() == entry and entry, f"{name}: {entry!r} is empty or padded"
        assert _fold(entry), f"{name}: {entry!r} folds to nothing"
        key = entry.casefold()
        assert key not in seen, f"{name}: {entry!r} is listed twice"
        seen.add(key)


def _owners(groups: dict[str, list[str]], key=_squash) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for group, entries in groups.items():
        for entry in entries:
            owners[key(entry)].add(group)
    return owners


def _legal_form_keys(legal_forms: dict) -> set[str]:
    return {_fold(form) for cls in legal_forms["legal_form"] for form in cls["forms"]}


# --- legal_forms.toml -------------------------------------------------------------------------------


def test_legal_forms_shape(legal_forms):
    """legal_forms.toml is a list of [[legal_form]] tables with class, note and forms, and the [countries] of
    some forms."""
    assert set(legal_forms) == {"legal_form", "countries"}
    for cls in legal_forms["legal_form"]:
        assert set(cls) == {"class", "note", "forms"}
        assert re.fullmatch(r"[a-z_]+", cls["class"])
        assert cls["note"].strip()


def test_legal_form_classes_include_the_core_ones(legal_forms):
    """The classes the matcher relies on exist, each class id once, with 150+ forms in all."""
    classes = [cls["class"] for cls in legal_forms["legal_form"]]
    assert len(classes) == len(set(classes))
    assert {"joint_stock", "limited_liability", "corporation", "partnership", "sole_proprietor",
            "nonprofit"} <= set(classes)
    assert sum(len(cls["forms"]) for cls in legal_forms["legal_form"]) >= 150


def test_legal_forms_clean(legal_forms):
    """No class has an empty, padded or duplicated form."""
    for cls in legal_forms["legal_form"]:
        _assert_clean(cls["class"], cls["forms"])


def test_legal_form_in_one_class_only(legal_forms):
    """No spelling, once folded, belongs to two legal-form classes."""
    owners = _owners({cls["class"]: cls["forms"] for cls in legal_forms["legal_form"]})
    clashes = {key: sorted(classes) for key, classes in owners.items() if len(classes) > 1}
    assert not clashes


def test_core_equivalences(legal_forms):
    """AO/JSC/ZAO/PAO/AG share a class, and OOO/LLC/GmbH/Ltd share another."""
    owners = _owners({cls["class"]: cls["forms"] for cls in legal_forms["legal_form"]})
    for form in ("AO", "JSC", "ZAO", "CJSC", "OAO", "PAO", "PJSC", "АО", "AG", "Joint Stock Company"):
        assert owners[_squash(form)] == {"joint_stock"}, form
    for form in ("OOO", "ООО", "LLC", "GmbH", "Ltd", "Limited", "TOV", "Sp. z o.o."):
        assert owners[_squash(form)] == {"limited_liability"}, form


def test_a_form_of_a_country_is_a_listed_form_of_known_countries(legal_forms, words):
    """Every form `[countries]` places is a spelling of a class (folded), not in Chinese, Japanese or Korean
    letters (which translate any company's form), placed once, and every code is a country of words.toml."""
    forms = {_fold(form).replace(" ", "") for entry in legal_forms["legal_form"] for form in entry["forms"]}
    placed = [_fold(form).replace(" ", "") for form in legal_forms["countries"]]  # (as `form_countries` reads)
    assert len(placed) == len(set(placed))
    for form, codes in legal_forms["countries"].items():
        assert _fold(form).replace(" ", "") in forms, form
        assert not re.search("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", form), form  # (kana, Han, Hangul)
        assert codes and set(codes) <= set(words["countries"]), form


def test_legal_forms_are_not_other_words(legal_forms, words):
    """No legal form is also a generic, noise, honorific, descriptor-prefix or country word."""
    forms = _legal_form_keys(legal_forms)
    lists = _section_lists(words)
    for name, entries in lists.items():
        if name.startswith(("generic", "noise", "honorifics", "descriptor_prefixes", "countries")):
            overlap = forms & {_fold(entry) for entry in entries}
            assert not overlap, f"{name} repeats legal forms {sorted(overlap)}"


# --- given_names.toml -------------------------------------------------------------------------------


def test_given_names_shape(given_names):
    """given_names.toml has `groups` (lists of 2+ names), `common` (a list of names) and `diminutives` (a
    pet form -> the canonical names, first entries of groups, it is a pet form of)."""
    assert set(given_names) == {"groups", "common", "diminutives"}
    assert all(isinstance(group, list) and len(group) >= 2 for group in given_names["groups"])
    assert isinstance(given_names["common"], list)
    canonical = {group[0] for group in given_names["groups"]}
    for pet, names in given_names["diminutives"].items():
        assert names and set(names) <= canonical, pet


def test_a_pet_form_is_no_spelling_of_a_group(given_names):
    """A pet form is not an equivalent: no group holds it (folded as the lexicon folds them)."""
    from screening.romanize import skeleton
    from screening.tokens import tokens_of

    spellings = {skeleton(t) for group in given_names["groups"] for name in group for t in tokens_of(name)}
    assert not [pet for pet in given_names["diminutives"] if skeleton(pet.lower()) in spellings]


def test_given_names_sizes(given_names):
    """There are 100+ equivalence groups and 1,500+ common names."""
    assert len(given_names["groups"]) >= 100
    assert len(given_names["common"]) >= 1500


def test_given_name_groups_clean(given_names):
    """No group has an empty, padded or duplicated name."""
    for group in given_names["groups"]:
        _assert_clean(group[0], group)


def test_common_given_names_clean(given_names):
    """The common-name list has no empty, padded or duplicated name."""
    _assert_clean("common", given_names["common"])


def test_given_name_groups_span_scripts(given_names):
    """Every group has a Cyrillic spelling and a Latin one (the groups exist to bridge the two)."""
    for group in given_names["groups"]:
        assert any(re.search("[\u0400-\u04ff]", name) for name in group), group[0]
        assert any(re.search("[A-Za-z]", name) for name in group), group[0]
        assert re.search("[A-Za-z]", group[0]), f"canonical {group[0]!r} is not in Latin script"


def test_given_name_in_one_group_only(given_names):
    """No spelling, once folded, belongs to two equivalence groups."""
    owners = _owners({group[0]: group for group in given_names["groups"]}, key=_fold)
    clashes = {key: sorted(groups) for key, groups in owners.items() if len(groups) > 1}
    assert not clashes


def test_given_name_canonicals_are_distinct(given_names):
    """Each group's first entry (its canonical form) is unique."""
    canonicals = [_fold(group[0]) for group in given_names["groups"]]
    assert len(canonicals) == len(set(canonicals))


def test_different_names_stay_apart(given_names):
    """Names that only look alike are never merged (Denis/Daniil, Ivan/Anton, Igor/Yegor, Yuri/Georgy)."""
    owners = _owners({group[0]: group for group in given_names["groups"]}, key=_fold)
    for a, b in (("Denis", "Daniil"), ("Ivan", "Anton"), ("Igor", "Yegor"), ("Yuri", "Georgy"),
                 ("Alexander", "Alexei"), ("Irina", "Arina"), ("Oksana", "Kseniya")):
        assert owners[_fold(a)] and owners[_fold(b)], (a, b)
        assert owners[_fold(a)] != owners[_fold(b)], (a, b)


def test_given_names_are_not_noise_or_honorifics(given_names, words):
    """No given name is also a noise word or an honorific (it would be deleted from a person's name)."""
    names = {_fold(name) for group in given_names["groups"] for name in group}
    names |= {_fold(name) for name in given_names["common"]}
    for section in ("noise", "honorifics"):
        overlap = names & {_fold(word) for word in words[section]["words"]}
        assert not overlap, f"{section} repeats given names {sorted(overlap)}"


def _russian_cases(name: str) -> list[str]:
    """The oblique case forms of a Russian given name written in Cyrillic (genitive, dative, instrumental,
    prepositional; `Марина` -> `Марины`, `Марине`, ...; `Мария` -> `Марии`, ...; `Игорь` -> `Игоря`, ...)."""
    if name.endswith("ия"):
        return [name[:-1] + e for e in ("и", "ю", "ей")]
    if name.endswith("а"):
        genitive = "и" if name[-2:-1] in tuple("гкхжшщч") else "ы"
        return [name[:-1] + e for e in (genitive, "е", "у", "ой", "ою")]
    if name.endswith("я"):
        return [name[:-1] + e for e in ("и", "е", "ю", "ей")]
    if name.endswith("ий"):
        return [name[:-1] + e for e in ("я", "ю", "ем", "и")]
    if name.endswith(("й", "ь")):
        return [name[:-1] + e for e in ("я", "ю", "ем", "е")]
    return [name + e for e in ("а", "у", "ом", "е")]


def test_no_domain_word_is_a_given_name_in_a_case(given_names, words):
    """No domain word, once folded, is a Russian given name of a group in one of its cases: the normaliser would
    fold it away from a person's name (`Алексеевой Марине`, romanised `marine`, once read `shipping`)."""
    generic = {_fold(v) for variants in words["generic"].values() for v in variants}
    forms = {_fold(form): form for group in given_names["groups"] for name in group
             if re.fullmatch(r"[а-яё]+", name.casefold()) for form in _russian_cases(name)}
    clashes = sorted(form for folded, form in forms.items() if folded in generic)
    assert not clashes
    assert _fold("Марине") in forms


# --- words.toml -------------------------------------------------------------------------------------


def test_words_shape(words):
    """words.toml has exactly the expected sections, each a table of lists or a `words` list."""
    assert set(words) == set(WORDS_SECTIONS)
    for section, kind in WORDS_SECTIONS.items():
        if kind is dict:
            assert words[section] and all(isinstance(v, list) for v in words[section].values()), section
        else:
            assert set(words[section]) == {"words"}, section
            assert isinstance(words[section]["words"], list), section


def test_words_clean(words):
    """No section or key has an empty, padded or duplicated entry."""
    for name, entries in _section_lists(words).items():
        _assert_clean(name, entries)


def test_generic_word_in_one_entry_only(words):
    """No variant, once folded, belongs to two generic-word entries, and each entry lists its own key."""
    owners = _owners(words["generic"], key=_fold)
    clashes = {key: sorted(entries) for key, entries in owners.items() if len(entries) > 1}
    assert not clashes
    for key, variants in words["generic"].items():
        assert key in {_fold(v) for v in variants}, key
    assert len(words["generic"]) >= 40


def test_generic_and_noise_are_disjoint(words):
    """A word is either weak company vocabulary or noise, never both."""
    generic = {_fold(v) for variants in words["generic"].values() for v in variants}
    noise = {_fold(w) for w in words["noise"]["words"]}
    assert not generic & noise


def test_country_keys_are_iso_alpha2(words):
    """Every country and city key looks like an ISO 3166-1 alpha-2 code."""
    for section in ("countries", "cities"):
        for key in words[section]:
            assert re.fullmatch(r"[A-Z]{2}", key), f"{section}: {key!r}"
    assert set(words["cities"]) <= set(words["countries"])
    assert len(words["countries"]) >= 80


def test_country_alias_in_one_country_only(words):
    """No country name, once folded, is claimed by two countries."""
    owners = _owners(words["countries"], key=_fold)
    clashes = {key: sorted(codes) for key, codes in owners.items() if len(codes) > 1}
    assert not clashes


# Spellings this file's fold joins to a place's but the normaliser keeps apart (it reads the Arabic letters
# this fold drops): the East, `الشرق` (`lshrq`), and Sharjah, `الشارقة` (`lshrqa`).
_APART_FROM_PLACES = {"الشرق": "الشارقة"}


def test_places_are_not_other_words(words):
    """No country or city spelling is also a generic, noise, honorific, descriptor or product word."""
    places = {_fold(v) for section in ("countries", "cities") for vs in words[section].values() for v in vs}
    for name, entries in _section_lists(words).items():
        if not name.startswith(("countries", "cities")):
            overlap = {folded for entry in entries if (folded := _fold(entry)) in places
                       and not (entry in _APART_FROM_PLACES and folded == _fold(_APART_FROM_PLACES[entry]))}
            assert not overlap, f"{name} repeats place names {sorted(overlap)}"


def test_spellings_kept_apart_from_places_are_apart():
    """The spellings `test_places_are_not_other_words` lets through are other words to the normaliser itself."""
    from screening.tokens import tokens_of

    for word, place in _APART_FROM_PLACES.items():
        assert _fold(word) == _fold(place)
        assert tokens_of(word) != tokens_of(place)


def test_a_word_in_other_letters_folds_to_no_short_latin_word(words):
    """A domain word or abbreviation written in other letters folds to four letters or more, or as one the entry
    writes in Latin letters (`ГК`, `GK`): Arabic and Hebrew letters keep the consonants, and three of them are
    often a Latin word or abbreviation of their own (`لاب` is `lb`, pounds; `أوسط` is `wst`), which the fold
    would then read as the word."""
    for section in ("generic", "abbreviations"):
        for canonical, variants in words[section].items():
            latin = {_fold(canonical)} | {_fold(v) for v in variants if v.isascii()}
            for variant in variants:
                folded = _fold(variant)
                if not variant.isascii() and folded not in latin:
                    assert len(folded.replace(" ", "")) >= 4, f"{section}.{canonical}: {variant!r} -> {folded!r}"


def test_city_in_one_country_only(words):
    """No city spelling, once folded, is claimed by two countries or is itself a country name."""
    owners = _owners(words["cities"], key=_fold)
    clashes = {key: sorted(codes) for key, codes in owners.items() if len(codes) > 1}
    assert not clashes
    countries = {_fold(v) for values in words["countries"].values() for v in values}
    # City-states are both a country and a city: those are the only overlaps allowed.
    overlap = set(owners) & countries
    assert overlap <= {"singapore", "monaco", "luxembourg", "vatican city", "djibouti"}, sorted(overlap)


def test_country_adjectives_name_one_listed_country_each(words):
    """A country's adjective is a country's of the countries table, each claimed by one, and one word (`norte` of
    `norte-americana` would read as the adjective)."""
    from screening.tokens import tokens_of

    adjectives = words["country_adjectives"]
    assert set(adjectives) <= set(words["countries"])
    owners = _owners(adjectives, key=_fold)
    assert not {key: sorted(codes) for key, codes in owners.items() if len(codes) > 1}
    assert all(len(tokens_of(a)) == 1 for values in adjectives.values() for a in values)


def test_abbreviations_are_single_words_of_non_domain_words(words):
    """An abbreviation folds one token to one word; domain words keep theirs under [generic]."""
    from screening.tokens import tokens_of

    generic_spellings = {t for key, values in words["generic"].items() for v in (key, *values) for t in tokens_of(v)}
    for full, shorts in words["abbreviations"].items():
        assert len(tokens_of(full)) == 1 and full not in generic_spellings, full
        for short in shorts:
            assert len(tokens_of(short)) == 1 and tokens_of(short)[0] not in generic_spellings, short


def test_every_cjk_legal_form_domain_word_and_place_is_cut_out_of_a_run():
    """Each legal form, domain word, abbreviation, place of the tables and region (`tokens.CJK_REGIONS`) written in
    Han, kana or Hangul alone (two letters or more) is cut out of a run of those letters (so that it reads as that
    word), longest first."""
    from screening import tables
    from screening.normalize import _vocab
    from screening.tokens import CJK_REGIONS

    cjk = re.compile("^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}$")
    forms = {form for _, forms in tables.legal_forms() for form in forms if cjk.match(form)}
    domain = {v for key, values in tables.generic_words().items() for v in (key, *values) if cjk.match(v)}
    domain |= {short for shorts in tables.abbreviations().values() for short in shorts if cjk.match(short)}
    domain |= set(CJK_REGIONS)
    places = {n for names in tables.country_names().values() for n in names if cjk.match(n)}
    places |= {n for n in tables.city_names() if cjk.match(n)}
    words = _vocab().cjk_words
    assert forms | domain | places == set(words) and len(forms) > 20 and len(domain) > 100 and len(places) > 50
    assert list(words) == sorted(words, key=len, reverse=True)


def test_the_country_codes_the_screener_knows_are_those_of_the_tables() -> None:
    """`countries.COUNTRY_CODES` (what a `country` argument may be) is every code `words.toml` names, and MS."""
    from screening import countries

    with open(Path(countries.__file__).with_name("data") / "words.toml", "rb") as fh:
        named = set(tomllib.load(fh)["countries"])
    assert countries.COUNTRY_CODES == named | {"MS"} and len(countries.COUNTRY_CODES) == 250
