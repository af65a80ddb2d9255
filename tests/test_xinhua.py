"""Chinese transcriptions read by the Xinhua table (`screening.xinhua`): examples, then invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.abjad import READING_BEST, is_reading, reading_similarity
from screening.normalize import normalize
from screening.xinhua import han_words, read_conventional, read_word


@pytest.mark.parametrize(("word", "reading"), [("谢尔盖", "SIJGI"), ("彼得", "BITY"), ("实验室", ""), ("安娜", "ANA"),
                                                  ("伊万诺夫", "IBANUBO"), ("吉洪诺夫", "GIKUNUBO")])
def test_a_run_is_read_character_by_character(word: str, reading: str) -> None:
    """Each character's syllable in classes; a character not in the table leaves the run unread."""
    assert read_word(word) == reading


@pytest.mark.parametrize(("word", "spelling"), [("谢尔盖", "sergei"), ("索科洛夫", "sokolov"), ("玛丽娜", "marina"),
                                                ("安德烈", "andrey"), ("瓦西里", "vasily"), ("娜塔莉娅", "nataliya")])
def test_a_reading_fits_the_names_it_spells(word: str, spelling: str) -> None:
    """The vowel a character for a bare consonant adds (尔 r, 夫 v, 德 d) and l for r cost nothing."""
    assert reading_similarity(read_word(word), spelling) == READING_BEST


@pytest.mark.parametrize(("word", "spelling"), [("索科洛夫", "sorokin"), ("伊万", "ivanov"), ("玛丽亚", "marina")])
def test_a_reading_does_not_fit_another_name(word: str, spelling: str) -> None:
    """Another name, or one longer by a syllable, is no fit."""
    assert reading_similarity(read_word(word), spelling) == 0.0


def test_organisation_text_is_read_in_its_pieces() -> None:
    """卡巴斯基实验室 (Kaspersky Lab) holds a word the table does not: the run is not read, but the name the
    normaliser cuts off the domain word `实验室` is."""
    norm = normalize("卡巴斯基实验室")
    assert read_word("卡巴斯基实验室") == "" and norm.tokens == ("kabasiji", "lab")
    assert [alt.tokens for alt in norm.alternates] == [("KABASYKI", "lab")]


@given(st.text(max_size=30))
def test_reading_is_total_and_never_lower_case(text: str) -> None:
    """Any text reads without raising; a reading is upper case or empty, and Latin text holds no Han run."""
    for word in han_words(text) + [text]:
        reading = read_word(word)
        assert reading == "" or is_reading(reading)
    if text.isascii():
        assert han_words(text) == []


@pytest.mark.parametrize(("name", "party_id"), [("安德烈·彼得罗维奇·杜赫瓦洛夫", "ofac-45863"),
                                                ("安娜·弗拉基米罗夫娜·库拉绍娃", "ofac-45860")])
def test_a_full_name_with_a_patronymic_of_the_added_characters_is_a_review(name: str, party_id: str) -> None:
    """`彼得罗维奇` (Petrovich as every text writes it) and `弗拉基米罗夫娜` (弗 for в before a consonant) read as the
    listed patronymics: the whole name scores as the family and given names alone do no longer (were 0.78)."""
    best = screening.Screener().screen(name).hits[0]
    assert best.party.id == party_id and best.score >= 0.85


@pytest.mark.parametrize(("word", "spelling"), [("吉洪诺夫", "tikhonov"), ("弗拉基米罗维奇", "vladimirovich"),
                                                ("丹尼斯", "denis")])
def test_common_usage_reads_a_few_characters_otherwise(word: str, spelling: str) -> None:
    """吉 ti, 基 di after 拉 and 丹 de, as names written before the table or by ear have them: a second reading
    fits where the table's does not."""
    assert reading_similarity(read_word(word), spelling) < READING_BEST
    assert reading_similarity(read_conventional(word), spelling) == READING_BEST


@pytest.mark.parametrize("word", ["卡巴斯基", "伊万诺夫", "实验室", "基里尔"])
def test_common_usage_leaves_other_words_to_the_table(word: str) -> None:
    """斯基 stays -sky (Kaspersky) and 基 before 里 ki (Kirill): no second reading; nor for a word it cannot read."""
    assert read_conventional(word) == ""


@pytest.mark.parametrize(("name", "party_id"), [("安德烈·吉洪诺夫", "ofac-45815"), ("丹尼斯·弗拉基米罗维奇·津金", "ofac-45864"),
                                                ("吉洪诺夫 安德烈", "ofac-45815"), ("伊戈尔·契库诺夫", "ofac-45849")])
def test_a_name_as_common_usage_writes_it_is_found(name: str, party_id: str) -> None:
    """`吉洪诺夫` (Tikhonov as the mathematician's name is written), `丹尼斯` and `契` (Chekhov's 契诃夫) were clear."""
    best = screening.Screener().screen(name).hits[0]
    assert best.party.id == party_id and best.score >= 0.85


@pytest.mark.parametrize(("word", "spelling"), [("根纳季", "gennady"), ("季莫费", "timofei")])
def test_a_character_of_two_sounds_fits_either(word: str, spelling: str) -> None:
    """季 is ti and di in the Xinhua table (Q): 根纳季 is Gennady and 季莫费 Timofei, with no second reading."""
    assert "Q" in read_word(word) and reading_similarity(read_word(word), spelling) == READING_BEST


def test_a_patronymic_with_di_reads_as_the_listed_one() -> None:
    """`根纳季耶维奇` (Gennadyevich) is the listed patronymic beside the family name as the table writes it
    (`季霍诺夫`, ti): one reading serves both words, where a second one for 季 fitted only one of them."""
    best = screening.Screener().screen("安德烈·根纳季耶维奇·季霍诺夫").hits[0]
    assert best.party.id == "ofac-45815" and best.score >= 0.85
    assert any(e.feature == "patronymic" for e in best.evidence)
