"""Latin spellings of Russian names in other languages' schemes, read as English ones (`screening.schemes`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.normalize import normalize
from screening.schemes import (baltic_as_russian, dutch_as_russian, greek_as_russian, hungarian_as_russian, readings,
                               swedish_as_russian, word_readings)


@pytest.mark.parametrize(("text", "read"), [("Tsjekoenov", "Tshekunov"), ("Anna Koelasjova", "Anna Kulashova"),
                                          ("SOEVOROV", "SUVOROV"), ("Doechvalov", "Duchvalov"),
                                          ("Kasjanov", "Kasjanov"),  # no oe: the j is a glide
                                          ("Joe Oerlikon", "Joe Oerlikon"),  # oe ends or starts the word
                                          ("Boer Kasjanov", "Bur Kasjanov"),  # only a word holding oe is read
                                          ("Kroes Zjoekov", "Krus Zhukov")])
def test_dutch_spellings_are_read_as_english_ones_where_a_word_holds_oe(text: str, read: str) -> None:
    assert dutch_as_russian(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("Zenkin Gyenyisz Vlagyimirovics", "Zenkin Denis Vladimirovich"),
    ("BORSCSOV DANYIIL SZERGEJEVICS", "BORSHCHOV DANIIL SERGEJEVICH"),  # case kept
    ("Kulasova Anna Vlagyimirovna", "Kulashova Anna Vladimirovna"),  # s is ш once the name shows the scheme
    ("Tyihonov Andrej", "Tihonov Andrej"),
    ("Szuvorov", "Suvorov"),  # sz before a vowel: Hungarian с (or Polish ш: then the reading matches nothing)
    ("Electronics Ltd", "Electronics Ltd"),  # an English -ics is no -ovics
    ("Kasper Systems", "Kasper Systems"),
])
def test_hungarian_spellings_are_read_where_a_word_shows_the_scheme(text: str, read: str) -> None:
    assert hungarian_as_russian(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("Ntaniil Mporstsef", "Daniil Borshchev"),
    ("Igkor Tsekounof", "Igor Chekounov"),
    ("MICHAIL GKERMPER", "MICHAIL GERBER"),
    ("Antrei Ntoukhvalof", "Antrei Doukhvalov"),  # inside a word nt stays (Greek writes Антон with ντ too)
    ("Prof. Ivan Petrov", "Prof. Ivan Petrov"),  # no tell: Prof. and Josef are short
    ("Josef Novak", "Josef Novak"),
    ("Kasperski Krzysztof", "Kasperski Krzysztof"),  # Christopher's names end in a consonant and -tof
    ("Krutof", "Krutov"),
])
def test_romanised_greek_is_read_where_a_word_shows_the_scheme(text: str, read: str) -> None:
    assert greek_as_russian(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("Daniil Borsjtjov", "Daniil Borshchov"),
    ("Igor Tjekunov", "Igor Chekunov"),
    ("Oleg Kasjanov", "Oleg Kasjanov"),  # no tj: sj may be a glide
])
def test_swedish_spellings_are_read_where_a_word_holds_tj(text: str, read: str) -> None:
    assert swedish_as_russian(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("Denisas Zenkinas", "Denis Zenkin"),
    ("Michailas Gerberis", "Michail Gerber"),
    ("Andrejus Tichonovas Genadjevichius", "Andrej Tichonov Genadjevich"),
    ("Deniss Vladimirovichs Zenkins", "Denis Vladimirovich Zenkin"),  # Latvian
    ("ANDREJS TIHONOVS", "ANDREJ TIHONOV"),
    ("Denis Zenkin", "Denis Zenkin"),  # not every word ends in s
    ("Zenkinas", "Zenkinas"),  # one word: no pattern to see
])
def test_baltic_endings_are_dropped_when_every_word_ends_in_s(text: str, read: str) -> None:
    assert baltic_as_russian(text) == read


def test_a_name_showing_no_scheme_has_no_reading() -> None:
    assert readings("Kaspersky Lab") == []
    assert readings("Andrei Gennadyevich Tikhonov") == []


@given(st.text(alphabet="abcdeghijklmnoprstuvyzGSTNMKZ ", max_size=30))
def test_a_reading_keeps_the_words_apart(text: str) -> None:
    """A reading rewrites letters inside words: never joins, splits or adds a word."""
    for read in readings(text):
        assert len(read.split()) == len(text.split())
    for word in text.lower().split():
        for read in word_readings(word):
            assert " " not in read and read


def test_a_reading_is_an_alternate_of_latin_text_only() -> None:
    """The name as written is screened too; Cyrillic оe (`Боевой`) is no Dutch spelling."""
    assert [alt.text for alt in normalize("Igor Tsjekoenov").alternates] == ["igor tshekunov"]
    assert normalize("ООО Боевой").alternates == ()
    # Lithuanian letters are Latin too
    assert [alt.text for alt in normalize("Daniilas Borščiovas").alternates] == ["daniil borshchiov"]


@pytest.mark.parametrize(("query", "party"), [
    ("Andrej Anatoljevitsj Soevorov", "ofac-45821"),
    ("Zenkin Gyenyisz Vlagyimirovics", "ofac-45864"),
    ("Danyiil Borscsov", "ofac-45862"),
    ("Ntaniil Mporstsef", "ofac-45862"),
    ("Igkor Tsekounof", "ofac-45849"),
    ("Michail Gkermper", "ofac-45856"),
    ("Denisas Zenkinas", "ofac-45864"),
    ("Michailas Gerberis", "ofac-45856"),
    ("Daniil Borsjtjov", "ofac-45862"),
])
def test_a_listed_person_spelled_in_another_scheme_is_flagged(query: str, party: str) -> None:
    result = screening.Screener().screen(query)
    assert result.status is not screening.Status.CLEAR and result.hits[0].party.id == party, query
