"""A name read again with words joined or split as the list writes them (`screening.respace`)."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import screening
from screening.respace import SPLITS, STARTS, Respacer

WORDS = Respacer(["kaspersky", "lab", "mikhail", "gerber", "xuan", "endpoint", "security", "group", "ab", "uk",
                  "met", "de", "east"], legal=["llc", "ltd", "gmbh", "co", "pt", "fz"])


@pytest.mark.parametrize(("text", "read"), [
    ("Mikhai l Gerber", "Mikhail Gerber"),  # two words make a listed one
    ("Ka sper sky Lab", "Kaspersky Lab"),  # three do
    ("Xu An Trading", "Xuan Trading"),  # not `XuAn`, which the normaliser would cut at the camelCase join again
    ("XU AN TRADING", "XUAN TRADING"),
    ("KASPERSKYLAB", "KASPERSKY LAB"),  # a glued word cut into listed ones
    ("Kaspersky GROUPLLC", "Kaspersky GROUP LLC"),  # a legal form is a piece
    ("Kaspersky Lab UKLTD", "Kaspersky Lab UK LTD"),  # glued after a name's word, however short
    ("KASPERSKYLABLTD", "KASPERSKY LAB LTD"),
    ("Middle EASTFZ", "Middle EAST FZ"),
    ("kasperskyendpointsecurity", "kaspersky endpoint security"),  # into three
    ("K.A. Sper Sky", "Kaspersky"),  # dotted initials collapse first (`KA`), as the normaliser collapses them
    ("L abs", None),  # `labs` is no listed word (the normaliser folds it to `lab`)
    ("G roup", "Group"), ("L ab", None),  # (a join makes a word of four letters or more)
    ("Ka\tspersky", "Kaspersky"),
    ("XuAn (Beijing)", "Xuan (Beijing)"),  # a listed word in camelCase, which the normaliser would cut
    ("Mikhail'Gerber", "Mikhail Gerber"),
    ("Ka SperSky", "Kaspersky"),  # a join first, then a listed word in camelCase  # an apostrophe joins the letters it parts (`Anatol'evich`)
])
def test_words_are_joined_or_split_into_listed_words(text: str, read: str | None) -> None:
    assert WORDS.respace(text) == read


@pytest.mark.parametrize("text", [
    "Mikhai, l Gerber",  # a comma parts them: two fields, not a stray space
    "Mikhai-l", "Mikhai/l",
    "Kaspersky Lab",  # listed words stay as they are
    "Labgroupx",  # a piece that is no listed word
    "Acme Widgets", "",
    "Abab", "Labltdx", "Comet",  # too short to split, a piece no listed word, a legal form first (`co met`)
    "Billing Dept",  # two short pieces (`de pt`)
    "Mikhai 1",  # digits join nothing
    "Mikhai l. Gerber", "Ka. Sper Sky",  # nor a dotted initial
])
def test_nothing_else_changes(text: str) -> None:
    assert WORDS.respace(text) is None


def test_a_listed_word_is_not_split_nor_a_start_of_itself() -> None:
    assert WORDS.flags("kaspersky") == 0
    assert WORDS.flags("kasper") == STARTS
    assert WORDS.flags("k") == STARTS
    assert WORDS.flags("labgroup") == SPLITS


def test_may_respace_answers_for_the_words_respace_reads() -> None:
    for text in ("Mikhai l Gerber", "KASPERSKYLAB", "Acme Widgets", "Mikhai, l", "Ka sper sky"):
        words = re.findall(r"[A-Za-z0-9]+", text)
        if WORDS.respace(text) is not None:
            assert WORDS.may_respace(words), text
    assert not WORDS.may_respace(["Acme", "Widgets"])


def test_a_listed_camelcase_word_is_a_word_of_the_list() -> None:
    words = Respacer.of(["kaspersky", "os", "lab"], ["KasperskyOS", "Kaspersky Lab"])
    assert words.respace("KASPERSKYOS") is None  # listed whole: the index finds it
    assert words.respace("KASPERSKYLAB") == "KASPERSKY LAB"


def test_the_split_keeps_the_longest_first_piece() -> None:
    words = Respacer(["kasper", "kaspersky", "sky", "lab"])
    assert words.respace("kasperskylab") == "kaspersky lab"


# --- screening ------------------------------------------------------------------------------------


@functools.cache
def screener() -> screening.Screener:
    return screening.Screener()


def _latin_words() -> list[tuple[str, str, str]]:
    """(party id, listed Latin name, a word of it of 4+ letters), for every such word."""
    out = []
    for party in screener().watchlist.parties:
        for name in party.names:
            if name.text.isascii():
                out += [(party.id, name.text, w) for w in dict.fromkeys(re.findall(r"[A-Za-z]{4,}", name.text))]
    return out


LATIN = _latin_words()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(LATIN), st.integers(1, 30))
def test_a_listed_name_with_a_word_split_by_a_stray_space_still_hits_its_party(
        listed: tuple[str, str, str], cut: int) -> None:
    party, text, word = listed
    cut = 1 + cut % (len(word) - 1)
    query = text.replace(word, word[:cut] + " " + word[cut:], 1)
    assert party in {hit.party.id for hit in screener().screen(query).hits}, query


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([(p, t) for p, t, _ in LATIN if re.search(r"[A-Za-z] [A-Za-z]", t)]), st.integers(0, 9),
       st.booleans())
def test_a_listed_name_with_two_words_glued_still_hits_its_party(listed: tuple[str, str], which: int,
                                                                upper: bool) -> None:
    party, text = listed
    gaps = [m.start() for m in re.finditer(r"(?<=[A-Za-z]) (?=[A-Za-z])", text)]
    at = gaps[which % len(gaps)]
    query = text[:at] + text[at + 1:]
    query = query.upper() if upper else query[:at + 1] + query[at + 1:].lower()
    assert party in {hit.party.id for hit in screener().screen(query).hits}, query


def test_a_hit_found_by_the_second_reading_says_so() -> None:
    listed = next(p for p in screener().watchlist.parties if p.kind == "person")
    family, given = listed.name.split(", ")[0], listed.name.split(", ")[1].split()[0]
    query = f"{family}, {given[:-1]} {given[-1]}"
    result = screener().screen(query)
    assert listed.id in {hit.party.id for hit in result.hits}
    assert any("words joined or split as the list writes them" in note for note in result.notes)
    assert result.normalized == screening.normalize_name(query)  # the name as given stays its normalised form
    assert not any("joined or split" in n for n in screener().screen(listed.name).notes)
