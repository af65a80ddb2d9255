"""Reference tables from `screening/data/*.toml`: legal forms, given names, domain and noise words.

Read lazily, once per process (`functools.cache` is thread-safe enough here: a double read on a race
returns equal values). Entries are returned as written; `screening.normalize` folds them exactly as it
folds a query, so a table entry and a query spelling compare equal after normalisation.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

__all__ = [
    "abbreviations",
    "city_names",
    "common_given_names",
    "country_names",
    "generic_words",
    "given_name_groups",
    "legal_form_countries",
    "legal_forms",
    "word_list",
]


@functools.cache
def _table(name: str) -> dict[str, Any]:
    """The parsed TOML table `data/<name>.toml` shipped with the package."""
    data = resources.files("screening").joinpath("data", f"{name}.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))


def legal_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(equivalence class, spellings) for every legal-form class."""
    return tuple((entry["class"], tuple(entry["forms"])) for entry in _table("legal_forms")["legal_form"])


def legal_form_countries() -> dict[str, tuple[str, ...]]:
    """A legal form that is one country's own, or a few countries' (as written) -> their ISO alpha-2 codes."""
    return {form: tuple(codes) for form, codes in _table("legal_forms").get("countries", {}).items()}


def given_name_groups() -> tuple[tuple[str, ...], ...]:
    """Groups of spellings that are one given name across languages and romanisations."""
    return tuple(tuple(group) for group in _table("given_names")["groups"])


def given_name_diminutives() -> dict[str, tuple[str, ...]]:
    """Pet form of a given name -> the canonical names (first entries of the groups) it is a pet form of."""
    return {pet: tuple(names) for pet, names in _table("given_names")["diminutives"].items()}


def common_given_names() -> tuple[str, ...]:
    """Common given names in many languages (used to recognise a person's name)."""
    return tuple(_table("given_names")["common"])


def generic_words() -> dict[str, tuple[str, ...]]:
    """Canonical domain word -> its variants and translations (weak evidence in company names)."""
    return {key: tuple(values) for key, values in _table("words")["generic"].items()}


def abbreviations() -> dict[str, tuple[str, ...]]:
    """Full word -> its abbreviations (`government` -> `govt`), for words that are not domain words."""
    return {key: tuple(values) for key, values in _table("words")["abbreviations"].items()}


def country_names() -> dict[str, tuple[str, ...]]:
    """ISO alpha-2 code -> the country's names, adjectives and codes, plus its major cities."""
    words = _table("words")
    merged: dict[str, list[str]] = {}
    for section in ("countries", "cities"):
        for code, names in words.get(section, {}).items():
            merged.setdefault(code, []).extend(names)
    return {code: tuple(names) for code, names in merged.items()}


def country_adjectives() -> dict[str, tuple[str, ...]]:
    """ISO alpha-2 code -> the adjectives of the country other languages write beside a company's name."""
    return {code: tuple(names) for code, names in _table("words").get("country_adjectives", {}).items()}


def city_names() -> frozenset[str]:
    """Every city spelling in `words.toml` (a city names one place, not its whole country)."""
    return frozenset(name for names in _table("words").get("cities", {}).values() for name in names)


def word_list(section: str) -> tuple[str, ...]:
    """A flat word list from `words.toml`: noise, honorifics, descriptor_prefixes, product_words."""
    return tuple(_table("words")[section]["words"])
