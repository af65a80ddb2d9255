"""Hangul readings (`screening.hangul`): examples grouped by behaviour, then invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.abjad import READING_BEST, is_reading, latin_classes, reading_key, reading_similarity
from screening.hangul import hangul_words, has_hangul, read_word
from screening.normalize import normalize


@pytest.mark.parametrize(("word", "reading"), [("세르게이", "SIJYGII"), ("볼코프", "BUJKUBY"), ("안나", "ANA"),
                                               ("알렉세예바", "AJIKSIIBA"), ("샤라포바", "SAJABUBA"), ("쇼", "SU")])
def test_a_word_is_read_as_sound_classes(word: str, reading: str) -> None:
    """Each syllable as lead, vowel and tail; ㄹ as J, ㅡ as Y, a consonant twice (ㄹㄹ, ㄴㄴ) as one, the y of
    a vowel after ㅅ ㅈ ㅊ in the consonant."""
    assert read_word(word) == reading


@pytest.mark.parametrize(("word", "spelling"), [("블라디미르", "vladimir"), ("세르게이", "sergei"), ("스미르노프", "smirnov"),
                                                ("쿠즈네초프", "kuznetsov"), ("올가", "olga"), ("표트르", "pyotr"),
                                                ("보리스", "boris"), ("볼코프", "volkov"), ("샤라포바", "sharapova")])
def test_a_reading_fits_the_names_it_spells(word: str, spelling: str) -> None:
    """The added ㅡ, ㄹ for l and r, ㅂ for v, 프 for a final v and ㅊ for ts cost nothing."""
    assert reading_similarity(read_word(word), spelling) == READING_BEST


@pytest.mark.parametrize(("word", "spelling"), [("페트로프", "pavlov"), ("소콜로프", "sorokin"), ("이반", "ivanov"),
                                                ("마리야", "marina"), ("볼코프", "popov")])
def test_a_reading_does_not_fit_another_name(word: str, spelling: str) -> None:
    """Consonants that differ, or a name longer by a syllable, are no fit."""
    assert reading_similarity(read_word(word), spelling) == 0.0


def test_keys_fold_what_hangul_cannot_tell_apart() -> None:
    """ㄹ is one liquid for l and r: a reading and the spelling it fits share a key."""
    assert reading_key(read_word("스미르노프")) == reading_key(latin_classes("smirnov")) == "SMRN"


def test_the_normaliser_screens_the_reading_as_an_alternate() -> None:
    """The romanised name stays the name (organisations match it: the list spells the brand in Hangul);
    each Hangul word's reading is an alternate."""
    norm = normalize("미하일 게르베르")
    assert norm.text == "mihail gereubereu"
    assert [alt.tokens for alt in norm.alternates] == [("MIKAIJ", "GIJYBIJY")]
    assert not has_hangul("カスペルスキー Kaspersky") and hangul_words("카스퍼스키 랩 Lab") == ["카스퍼스키", "랩"]


@pytest.mark.parametrize("query", ["안드레이 티호노프", "데니스 젠킨", "안톤 미하일로비치 이바노프", "이바노프 안톤"])
def test_a_listed_person_in_hangul_is_a_review(query: str) -> None:
    """A name read, not spelt, is never exact: the listed person is a REVIEW."""
    result = screening.Screener().screen(query)
    assert result.status is screening.Status.REVIEW and result.hits[0].party.kind == "person"
    assert any("Hangul" in e.detail for e in result.hits[0].evidence)


@pytest.mark.parametrize("query", ["안톤 이반코프", "데니스 제닌", "세르게이 스미르노프"])
def test_another_name_in_hangul_is_clear(query: str) -> None:
    """A surname a syllable from the listed one (Ivankov, Zenin) or another name is no hit."""
    assert screening.Screener().screen(query).status is screening.Status.CLEAR


@given(st.text(max_size=40))
def test_reading_is_total_and_never_lower_case(text: str) -> None:
    """Any text reads without raising; a reading is upper case (never a token the tokenizer writes) or empty."""
    for word in hangul_words(text) + [text]:
        reading = read_word(word)
        assert reading == "" or is_reading(reading)


@given(st.text(alphabet=st.characters(max_codepoint=0x24f), max_size=40))
def test_latin_text_has_no_reading(text: str) -> None:
    """Latin (and any text without Hangul) gives no Hangul word and no reading."""
    assert hangul_words(text) == [] and read_word(text) == ""
