"""Arabic and Hebrew readings (`screening.abjad`): examples grouped by behaviour, then invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.abjad import (READING_BEST, is_reading, latin_classes, read_word, reading_distance, reading_key,
                             patronymic_stem, reading_similarity)
from screening.normalize import normalize


@pytest.mark.parametrize(("word", "reading"), [("سيرغي", "SIRGI"), ("فلاديمير", "BLADIMIR"), ("تشايكا", "SAIKA"),
                                               ("ולדימיר", "BLDIMIR"), ("נטליה", "NTLIE"), ("אולג", "HULG"),
                                               ("שצ׳רבקוב", "SRBKUB"), ("ايست", "HIST"), ("ايغور", "HIGUR")])
def test_a_word_is_read_as_sound_classes(word: str, reading: str) -> None:
    """Consonants by class (ف and ו-initial are B, تش one S), vowel letters A I U, a final ה E, an initial א or ا
    a seat H (no word starts with a vowel letter: `ايست` is east, `ايغور` Igor)."""
    assert read_word(word) == reading


def test_a_latin_spelling_is_read_into_the_same_classes() -> None:
    """Romanisations of one Russian name give one class string; vowels stay lower case."""
    assert latin_classes("shcherbakov") == latin_classes("scherbakow") == "SiRBaKuB"
    assert latin_classes("tsvetkov") == latin_classes("zvetkoff") == "SBiTKuB"


@pytest.mark.parametrize(("word", "spelling"), [("فلاديمير", "vladimir"), ("ولاديمير", "vladimir"),
                                                ("נטליה", "natalia"), ("אולג", "oleg"), ("سيرغي", "sergei"),
                                                ("سيرجي", "sergey"), ("פטרוב", "petrov"), ("بتروف", "petrov")])
def test_a_reading_fits_the_names_it_spells(word: str, spelling: str) -> None:
    """Unwritten vowels, matres lectionis and the merged consonants (p~b~v~f, g~j) cost little or nothing."""
    assert reading_similarity(read_word(word), spelling) >= 0.8


@pytest.mark.parametrize(("word", "spelling"), [("سيرغي", "sidorov"), ("بتروف", "pavlov"), ("فولكوف", "sokolov"),
                                                ("פטרוב", "popov"), ("إيفان", "ivanov")])
def test_a_reading_does_not_fit_another_name(word: str, spelling: str) -> None:
    """Consonants that differ, or a name longer by a syllable, are no fit."""
    assert reading_similarity(read_word(word), spelling) == 0.0


@pytest.mark.parametrize("word", ["זכרוב", "שימונוב", "شهاب"])
def test_a_consonant_wrong_in_a_short_name_is_another_name(word: str) -> None:
    """Zakharov (S K R B), Shimonov and Shihab are each one consonant from Chekunov's S K N B: with its vowels
    unwritten that is a quarter of the name (found screening `Igor` with every surname of `names-dataset`)."""
    assert reading_similarity(read_word(word), "chekunov") == 0.0


def test_h_is_no_sound_of_a_name_written_from_russian() -> None:
    """ح, ه and ה are h, which Russian has not (х is خ, ח or כ): `الشهاب` (al-Shihab) is not Aleskeeva, and
    `مارينا الشهاب` no REVIEW of Marina Aleskeeva; a final ه is still the vowel."""
    import screening

    assert read_word("الشهاب") == "HLSXAB" and read_word("أندريه").endswith("E")
    assert reading_similarity(read_word("الشهاب"), "aleskeeva") == 0.0
    assert screening.Screener().screen("مارينا الشهاب").status is screening.Status.CLEAR
    assert screening.Screener().screen("أندريه تيخونوف").flagged


def test_a_consonant_wrong_in_a_long_name_or_a_vowel_letter_still_fits() -> None:
    """Six consonants bear one slip (`كونستانسينوف` for Konstantinov), five do not (`שטרן`, Stern, is not
    Astrakhan; found screening Kirill with every surname); ا for u costs less than a consonant."""
    assert 0.8 <= reading_similarity(read_word("كونستانسينوف"), "konstantinov") < READING_BEST
    assert reading_similarity(read_word("שטרן"), "astrakhan") == 0.0
    assert 0.8 <= reading_similarity(read_word("تشيكانوف"), "chekunov") < READING_BEST


def test_a_written_vowel_must_agree() -> None:
    """و (o, u) where the name has a costs nearly an edit: Volkova is not Valkova exactly."""
    assert reading_distance(read_word("فولكوفا"), latin_classes("volkova")) == 0.0
    assert reading_distance(read_word("فالكوفا"), latin_classes("volkova")) == 0.75


def test_a_reading_is_never_exact() -> None:
    """The vowels a reading leaves unsaid leave room for another name: at best READING_BEST, below 1."""
    assert reading_similarity(read_word("بتروف"), "petrov") == READING_BEST < 1.0


def test_the_normaliser_screens_the_reading_as_an_alternate() -> None:
    """The letter-by-letter reading stays the name (organisations match it); the reading is an alternate."""
    norm = normalize("فلاديمير بتروف")
    assert norm.text == "fldymyr btrwf"
    assert [alt.tokens for alt in norm.alternates] == [("BLADIMIR", "BTRUB")]
    assert normalize("Vladimir Petrov").alternates == ()


def test_reading_keys_drop_b_and_merge_g_and_k() -> None:
    """B may be the vowel letter U (و, ו) and Russian г may be written ك: the index key keeps neither apart."""
    assert reading_key(read_word("غيرغييف")) == reading_key(latin_classes("gergiev")) == "KRK"


@given(st.text())
def test_reading_never_raises_and_is_upper_case_or_empty(text: str) -> None:
    """Any text reads to a reading of classes only ("" when it holds no Arabic or Hebrew letter); X is the
    class of h (ح, ه), which a lone such letter reads as."""
    reading = read_word(text)
    assert set(reading) <= set("ABDEGHIKLMNRSTUX")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_latin_tokens_are_never_readings(token: str) -> None:
    """The tokenizer lower-cases: no Latin token is taken for a reading, nor read as one."""
    assert not is_reading(token)
    assert read_word(token) == ""
    assert all(not is_reading(t) for alt in normalize(token).alternates for t in alt.tokens)


@given(st.text(alphabet="ابتجحخدرزسشصطعغفقكلمنهويأإآءة", min_size=1, max_size=10),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_similarity_is_in_range(word: str, spelling: str) -> None:
    """0 or between the floor and READING_BEST, for any word and spelling."""
    sim = reading_similarity(read_word(word), spelling)
    assert sim == 0.0 or 0.8 <= sim <= READING_BEST


@pytest.mark.parametrize(("word", "patronymic"), [("بتروفيتش", True), ("فلاديميروفنا", True), ("פטרובנה", True),
                                                  ("ايفانوف", False), ("بيتروف", False), ("כץ", False)])
def test_a_reading_ending_in_vich_or_vna_reads_as_a_patronymic(word: str, patronymic: bool) -> None:
    """-vich and -vna after three letters at least (Petrovich, Vladimirovna, Petrovna), the father's name before
    them; a surname in -ov is none."""
    assert bool(patronymic_stem(read_word(word))) is patronymic
    assert patronymic_stem("SIRGIIBIS") == "SIRGII"
