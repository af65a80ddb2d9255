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
                  "met", "de", "east"], tails=["llc", "ltd", "gmbh", "co", "pt", "fz", "ov"])


@pytest.mark.parametrize(("text", "read"), [
    ("Mikhai l Gerber", "Mikhail Gerber"),  # two words make a listed one
    ("Ka sper sky Lab", "Kaspersky Lab"),  # three do
    ("Xu An Trading", "Xuan Trading"),  # not `XuAn`, which the normaliser would cut at the camelCase join again
    ("XU AN TRADING", "XUAN TRADING"),
    ("KASPERSKYLAB", "KASPERSKY LAB"),  # a glued word cut into listed ones
    ("Kaspersky GROUPLLC", "Kaspersky GROUP LLC"),  # a legal form glued after a word
    ("Kaspersky Lab UKLTD", "Kaspersky Lab UK LTD"),  # after a word however short
    ("KASPERSKYLABLTD", "KASPERSKY LAB LTD"),
    ("kasperskyendpointsecurity", "kaspersky endpoint security"),  # into three
    ("K.A. Sper Sky", "kaspersky"),  # dotted initials collapse first (`ka`), as the normaliser collapses them
    ("G roup", "Group"),
    ("XuAn (Beijing)", "Xuan (Beijing)"),  # a listed word in camelCase, which the normaliser would cut
    ("Mikhail'Gerber", "Mikhail Gerber"),  # an apostrophe joins the letters it parts (`Anatol'evich`)
    ("Ka SperSky", "Kaspersky"),  # a join first, then a listed word in camelCase
    ("NM1GERBER/MIKHAIL MR", "NM1 GERBER/MIKHAIL MR"),  # a record's code glued before a listed word
    ("INV2024KASPERSKYLAB", "INV2024 KASPERSKY LAB"),  # ... or before listed words glued
    ("Ka\tspersky\tLab", "Kaspersky\tLab"),  # a tab parts words as a space does (the name reads it so)
    ("Kas-per-sky Lab", "Kaspersky Lab"),  # a hyphen between syllables, as a name is cut to evade a screen
    ("Kasper-sky Lab", "Kaspersky Lab"),
    ("Kasper-  sky Lab", "Kaspersky Lab"),  # a hyphen and spaces: a word hyphenated at a line's end
])
def test_words_are_joined_or_split_into_listed_words(text: str, read: str | None) -> None:
    """Joined, split or written as one, only into the listed words."""
    assert WORDS.respace(text) == read


@pytest.mark.parametrize("text", [
    "Mikhai, l Gerber", "Mikhai-l", "Mikhai/l",  # a comma, dash or slash parts fields, not a stray space
    "Gerber-Mikhail", "Kas - per - sky",  # (a hyphen joins syllables only: pieces that make a listed word)
    "Mikhai l. Gerber", "Ka. Sper Sky",  # nor is a dotted initial a piece of a word
    "Kaspersky Lab", "Acme Widgets", "",  # listed words stay as they are, others too
    "L abs", "L ab",  # `labs` is no listed word here; a join makes a word of four letters or more
    "Labgroupx", "Abab", "Comet",  # a piece no listed word, too short to cut, a piece too short (`co met`)
    "Middle EASTFZ", "Billing Dept", "Mikhail Gerberov",  # a glued legal form of two letters (`fz`, `pt`, `ov`)
    "Mikhai 1",  # digits join nothing
    "Mikhai- l",  # (a letter is no piece after a hyphen and a space either)
    "KL4863XAPFS", "A1GERBERX", "1GER",  # after a code: no listed word, or one too short to tell (`ger`)
])
def test_nothing_else_changes(text: str) -> None:
    """Anything else reads as written: no second reading."""
    assert WORDS.respace(text) is None


def test_a_listed_word_is_not_split_nor_a_start_of_itself() -> None:
    """The flags the prefilter reads, word by word."""
    assert WORDS.flags("kaspersky") == 0
    assert WORDS.flags("kasper") == STARTS
    assert WORDS.flags("k") == STARTS
    assert WORDS.flags("labgroup") == SPLITS
    assert WORDS.flags("x" * 500) == 0  # too long for any listed word: not even memoised


def test_may_respace_is_the_prefilter_s_wider_question() -> None:
    """It ignores what parts the words (`respace` joins only across spaces), so it may say yes to more."""
    assert WORDS.may_respace(["Mikhai", "l"]) and WORDS.respace("Mikhai, l") is None
    assert WORDS.may_respace(["KASPERSKYLAB"]) and WORDS.may_respace(["XuAn"])
    assert not WORDS.may_respace(["Acme", "Widgets"]) and not WORDS.may_respace(["Mikhail", "Gerber"])


def test_a_listed_camelcase_word_is_a_word_of_the_list() -> None:
    """`KasperskyOS` is listed whole, so `KASPERSKYOS` is not cut (the index finds it as written)."""
    words = Respacer.of(["kaspersky", "os", "lab"], ["KasperskyOS", "Kaspersky Lab"])
    assert words.respace("KASPERSKYOS") is None
    assert words.respace("KASPERSKYLAB") == "KASPERSKY LAB"


LISTED = Respacer.of(["tikhonov", "andrei", "andrey", "kaspersky", "lab", "laboratoriya", "kasperskogo", "mikhail",
                      "gerber", "ar"])


@pytest.mark.parametrize(("text", "read"), [
    ("TIKHONOVMOSCOW", "TIKHONOV MOSCOW"),  # a place glued after a listed word (a payment line)
    ("KASPERSKYLABINCLONDON", "KASPERSKY LAB INC LONDON"),  # after listed words and a legal form
    ("MIKHAILYUREVICH", "MIKHAIL YUREVICH"),  # a patronymic the list may spell otherwise
    ("LABORATORIYAKASPERSK", "LABORATORIYA KASPERSK"),  # a listed word cut short at the field's end
    ("ANDREYEVICH", None),  # a patronymic is not cut into its given name and ending
    ("ARGENT", None),  # nor a word into a short piece and a place (`ar gent`)
    ("KASPERSKYLIGHTS", None),  # nor into a listed word and one that starts none
    ("KASPERSKYFZ-LLC Dubai", "KASPERSKY FZ-LLC Dubai"),  # a legal form written with a hyphen, glued
    ("Kasperskyfz-llc", "Kaspersky fz-llc"),
    ("KASPERSKY-FZLLC", None),  # (the form begins after the hyphen: nothing to cut)
    ("KASPERSKYGM-BH", None),  # nor is a legal form cut inside a word (`GmbH` is no `gm bh`)
    ("TIKHONOV-ANDREI", None),  # nor is a hyphen between listed words a glued legal form
])
def test_a_glued_tail_is_cut_off_a_listed_word(text: str, read: str | None) -> None:
    """A place, a patronymic or a listed word's start glued after a listed word (list-wide tables)."""
    assert LISTED.respace(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("KASPERSKYLABUKLTD", "KASPERSKY LAB UK LTD"),  # a listed word of two letters before a glued legal form
    ("KASPERSKYUKLONDON", "KASPERSKY UK LONDON"),  # ... or a place
    ("KASPERSKYLABUK", None),  # not at the end of the word: a two-letter piece is too short to tell alone
    ("KASPERSKYOKLTD", None),  # (`ok` is no listed word, nor a country's code)
    ("KASPERSKYLABUSINC", "KASPERSKY LAB US INC"),  # a country's code
    ("KASPERSKYLABDEGMBH", "KASPERSKY LAB DE GMBH"),
])
def test_a_listed_word_of_two_letters_is_cut_only_before_a_glued_tail(text: str, read: str | None) -> None:
    """A payment line glues a whole name (`KASPERSKYLABUKLTD`): its country's two letters, a listed word or a
    country's code, are read where a legal form or a place after them closes the name."""
    assert Respacer.of(["kaspersky", "lab", "uk"]).respace(text) == read


def test_the_split_keeps_the_longest_first_piece() -> None:
    """`kaspersky lab`, not `kasper sky lab`."""
    words = Respacer(["kasper", "kaspersky", "sky", "lab"])
    assert words.respace("kasperskylab") == "kaspersky lab"


def test_a_word_is_cut_into_up_to_five_listed_words() -> None:
    """A whole name glued (`BEIJINGKASPERSKYNETWORKSECURITYTECH` of a legacy system) is cut into as many as
    five listed words, and into a legal form after them."""
    words = Respacer(["beijing", "kaspersky", "network", "security", "tech", "middle", "east", "lab"],
                     tails=["ltd"])
    assert words.respace("BEIJINGKASPERSKYNETWORKSECURITYTECH") == "BEIJING KASPERSKY NETWORK SECURITY TECH"
    assert words.respace("KASPERSKYLABMIDDLEEASTLTD") == "KASPERSKY LAB MIDDLE EAST LTD"
    assert words.respace("techlabtechlabtechlab") is None  # six pieces: more than a name glued holds


def test_four_or_five_pieces_only_where_nothing_shorter_reads_the_word() -> None:
    """Every cut the list's words allowed before (two or three pieces, those and a glued legal form or place,
    a word and a patronymic) is kept, even where four pieces would start with a longer one: `kasper
    skylabend point`, not `kaspersky lab end point`; `lab societeanonyme` (a legal form glued), not `societe
    anonyme`."""
    words = Respacer(["kasper", "skylabend", "kaspersky", "lab", "end", "point"])
    assert words.respace("kasperskylabendpoint") == "kasper skylabend point"
    listed = Respacer.of(["kaspersky", "lab"])  # (the legal forms' words, and two-word forms glued as tails)
    assert listed.respace("KASPERSKYLABSOCIETEANONYME") == "KASPERSKY LAB SOCIETEANONYME"


# --- screening ------------------------------------------------------------------------------------


@functools.cache
def screener() -> screening.Screener:
    """The bundled list's screener, shared by the tests below."""
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
    """Cut anywhere, even after the first letter or before the last."""
    party, text, word = listed
    cut = 1 + cut % (len(word) - 1)
    query = text.replace(word, word[:cut] + " " + word[cut:], 1)
    assert party in {hit.party.id for hit in screener().screen(query).hits}, query


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([(p, t) for p, t, _ in LATIN if re.search(r"[A-Za-z] [A-Za-z]", t)]), st.integers(0, 9),
       st.booleans())
def test_a_listed_name_with_two_words_glued_still_hits_its_party(listed: tuple[str, str], which: int,
                                                                upper: bool) -> None:
    """In upper case, or with the second word in lower case (not camelCase, which the normaliser cuts)."""
    party, text = listed
    gaps = [m.start() for m in re.finditer(r"(?<=[A-Za-z]) (?=[A-Za-z])", text)]
    at = gaps[which % len(gaps)]
    query = text[:at] + text[at + 1:]
    query = query.upper() if upper else query[:at + 1] + query[at + 1:].lower()
    assert party in {hit.party.id for hit in screener().screen(query).hits}, query


def test_a_hit_found_by_the_second_reading_says_so() -> None:
    """Its evidence starts with the reading, and the result's notes name it; the normalised form stays the
    name's as given, and a name found as written has no such evidence or note."""
    listed = next(p for p in screener().watchlist.parties if p.kind == "person")
    family, given = listed.name.split(", ")[0], listed.name.split(", ")[1].split()[0]
    query = f"{family}, {given[:-1]} {given[-1]}"
    result = screener().screen(query)
    hit = next(hit for hit in result.hits if hit.party.id == listed.id)
    assert hit.evidence[0].feature == "respaced" and hit.evidence[0].candidate_part == f"{family}, {given}"
    assert any("words joined or split as the list writes them" in note for note in result.notes)
    assert result.normalized == screening.normalize_name(query)
    plain = screener().screen(listed.name)
    assert not any("joined or split" in n for n in plain.notes)
    assert all(e.feature != "respaced" for hit in plain.hits for e in hit.evidence)


@pytest.mark.parametrize(("query", "party", "status"), [
    ("1.1TIKHONOV/ANDREYMR", "ofac-45815", screening.Status.MATCH),  # a booking line's passenger number
    ("KASPERSKYLABUKLTD", "kaspersky-uk", screening.Status.MATCH),  # a whole name glued, its `UK` too
    ("KASPERSKYLABDEGMBH", "kaspersky-gmbh", screening.Status.MATCH),  # (a country's code: the German company)
    ("NM1DUKHVALOV/ANDREY MR", "ofac-45863", screening.Status.REVIEW),  # a code left over: the name amid it
])
def test_a_listed_name_glued_after_a_record_s_code_hits(query: str, party: str, status: screening.Status) -> None:
    result = screener().screen(query)
    assert result.status is status and result.hits[0].party.id == party


def test_a_name_in_other_scripts_is_read_again_in_its_ascii_rendering() -> None:
    """Words a normalised form drops take part in the reading (`AS` of `AS Trakhan` is a legal form)."""
    person = next(p for p in screener().watchlist.parties if p.kind == "person" and p.name.startswith("AS"))
    family, rest = person.name.split(", ")
    query = f"{family[:2]} {family[2:]}, {rest} (Кирилл)"
    assert person.id in {hit.party.id for hit in screener().screen(query).hits}, query
