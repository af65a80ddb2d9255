"""`screening.layout`: a name typed with the wrong keyboard layout on (Russian on the English one, English on the
Russian one) is retyped and screened."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.layout import _EN, _RU, as_english, as_russian, looks_slipped
from screening.normalize import normalize


@pytest.mark.parametrize(("typed", "meant"), [("Kf,jhfnjhbz Rfcgthcrjuj", "Лаборатория Касперского"),
                                              ("Uth,th Vb[fbk", "Гербер Михаил"),
                                              ("Ptyrby Ltybc Dkflbvbhjdbx", "Зенкин Денис Владимирович")])
def test_slipped_text_is_spotted_and_retyped(typed: str, meant: str) -> None:
    assert looks_slipped(typed)
    assert as_russian(typed) == meant


@pytest.mark.parametrize("name", ["Charles Schwab", "Strong Technologies Pty Ltd", "Schmidt GmbH", "Kaspersky Lab",
                                  "Daniil Sergejewitsch Borschtschew", "Лаборатория", "KPMG"])
def test_ordinary_names_are_not_retyped(name: str) -> None:
    assert normalize(name).alternates == ()


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя", min_size=4, max_size=12))
def test_retyping_undoes_the_slip(word: str) -> None:
    typed = word.translate(str.maketrans(_RU, _EN))
    if as_russian(typed) is not None:
        assert as_russian(typed) == word


def test_a_slipped_name_is_screened_as_retyped() -> None:
    screener = screening.Screener()
    result = screener.screen("Kf,jhfnjhbz Rfcgthcrjuj")
    assert result.hits and result.hits[0].party.id == "kaspersky-ao"
    assert screener.screen("Ptyrby Ltybc Dkflbvbhjdbx").hits[0].party.id == "ofac-45864"


@given(st.text(alphabet="aeiouyAEIOUYbcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ ,.-&1", max_size=40))
def test_the_quick_answer_agrees_with_the_rule(text: str) -> None:
    """`looks_slipped` answers most names from their vowel count alone; that never changes its answer."""
    import re

    from screening.layout import INNER_KEY, word_looks_slipped

    words = re.findall("[A-Za-z]+", text)
    letters = sum(map(len, words))
    vowels = sum(c in "aeiouyAEIOUY" for c in text)
    expected = bool(INNER_KEY.search(text)) or (any(map(word_looks_slipped, words)) and vowels < 0.2 * letters)
    assert looks_slipped(text) == expected


def test_only_the_capped_text_is_read_for_a_slip() -> None:
    """A slip past the length cap is not screened: the normaliser reads only the first `max_chars`."""
    assert normalize("Acme Trading " * 10 + "Kf,jhfnjhbz", max_chars=40).alternates == ()
    assert normalize("Kf,jhfnjhbz Rfcgthcrjuj", max_chars=40).alternates != ()


@pytest.mark.parametrize(("typed", "meant"), [("Лфызукылн Дфи", "Kaspersky Lab"),
                                              ("Лфызукылн Дфиб Штсю", "Kaspersky Lab, Inc."),
                                              ("ООО «Лфызукылн Пкщгз»", "JJJ  Kaspersky Group "),
                                              ("Срулгтщм Шпщк", "Chekunov Igor"),
                                              ("Кулашова Анна", "Rekfijdf Fyyf"),
                                              ("ізщкеі", "sports"),  # Ukrainian і on the s key
                                              ("Лфызукылн 2024", "Kaspersky 2024")])
def test_cyrillic_is_retyped_on_the_english_layout(typed: str, meant: str) -> None:
    assert as_english(typed) == meant


@pytest.mark.parametrize("text", ["Kaspersky Lab", "Лфызукылн 卡巴斯基", "Λfызукылн", ""])
def test_only_cyrillic_among_letters_is_retyped(text: str) -> None:
    """Nothing to retype in Latin text; other scripts' letters have no key on the English layout."""
    assert as_english(text) is None


@given(st.text(alphabet="qwertyuiopasdfghjklzxcvbnm ", max_size=20))
def test_retyping_on_the_english_layout_undoes_the_slip(word: str) -> None:
    typed = word.translate(str.maketrans(_EN, _RU))
    assert as_english(typed) == (word if typed != word else None)


@pytest.mark.parametrize(("typed", "party", "layout"), [("Лфызукылн Дфи", "kaspersky-ao", "Russian"),
                                                        ("Фтвкуш Ешлрщтщм", "ofac-45815", "Russian"),
                                                        ("Срулгтщм Шпщк", "ofac-45849", "Russian"),
                                                        # the letters give nothing away: a listed word does
                                                        ("Xtreyjd Bujhm", "ofac-45849", "English"),
                                                        ("Ptyrby Ltybc", "ofac-45864", "English"),
                                                        ("Rekfijdf Fyyf Dkflbvbhjdyf", "ofac-45860", "English")])
def test_a_name_typed_on_the_wrong_layout_is_a_match_that_says_so(typed: str, party: str, layout: str) -> None:
    result = screening.Screener().screen(typed)
    assert result.status is screening.Status.MATCH and result.hits[0].party.id == party
    assert result.hits[0].evidence[0].feature == "retyped"
    assert any(f"{layout} keyboard layout" in note for note in result.notes)


@pytest.mark.parametrize(("typed", "party"), [("ООО «Лфызукылн Дфи»", "kaspersky-ua"),
                                              ("ООО Лфызукылн Пкщгз", "kaspersky-group"),
                                              ("Mr Xtreyjd Bujhm", "ofac-45849"),
                                              ("Ptyrby Ltybc, Moscow", "ofac-45864"),
                                              ("Xtreyjd Igor Gennadyevich", "ofac-45849")])
def test_words_known_as_written_are_not_retyped(typed: str, party: str) -> None:
    """Only the slipped words are typed again: the legal form, the honorific, the place and a name typed on
    the right layout stay as they are."""
    result = screening.Screener().screen(typed)
    assert result.status is screening.Status.MATCH and result.hits[0].party.id == party


@pytest.mark.parametrize(("typed", "party"), [("Лаборатория Rfcgthcrjuj", "kaspersky-ao"),
                                              ("АО Kf,jhfnjhbz Rfcgthcrjuj", "kaspersky-ao"),
                                              ("Игорь Геннадьевич Xtreyjd", "ofac-45849")])
def test_latin_words_amid_cyrillic_ones_typed_on_the_english_layout_are_retyped(typed: str, party: str) -> None:
    """The layout switched back mid-name: once a Latin word is a listed word's keys, the Latin words beside it
    are typed again too (a key of a Russian letter inside one, `,` for б, gives it away); was CLEAR."""
    result = screening.Screener().screen(typed)
    assert result.flagged and result.hits[0].party.id == party
    assert any("English keyboard layout" in note for note in result.notes)


@pytest.mark.parametrize(("typed", "party"), [("AO Kaspersлн Дфи", "kaspersky-ao"), ("Kaspукылн Дфи", "kaspersky-ao"),
                                              ("Kaspersky Lab Штс", "kaspersky-inc"),  # `Штс` is Inc
                                              ("Kaspersky Lab, Штсю", "kaspersky-inc")])
def test_the_layout_switched_inside_a_word_or_for_a_legal_form_is_retyped(typed: str, party: str) -> None:
    """A word whose Cyrillic letters look like no Latin ones (`Kaspersлн`: л, н are the keys k, y) is retyped
    where it then reaches the list (was CLEAR), and a Cyrillic word that retypes to a legal form beside Latin
    words that reach it (`Штс`, Inc: was a REVIEW of the Moscow company, an extra word)."""
    result = screening.Screener().screen(typed)
    assert result.status is screening.Status.MATCH and result.hits[0].party.id == party
    assert any("Russian keyboard layout" in note for note in result.notes)


@pytest.mark.parametrize("name", ["Eugenе Кaspersky, CEO", "Kaspersky Lab ООО", "Kаѕpersky Lab",
                                  "Kaspersky Lab Switzerland GmbH, БИК 044525225",  # `БИК` retypes to `<BR`
                                  "Kaspersky Lab ГЛ"])  # `ГЛ` retypes to `UK`, a code: only legal forms are read
def test_look_alike_letters_and_legal_forms_as_written_are_not_retyped(name: str) -> None:
    """Cyrillic letters that look like Latin ones fold to them (`Кaspersky`): no layout switched; `ООО` is a
    legal form as written; a Russian field's label that retypes to no legal form stays as written."""
    result = screening.Screener().screen(name)
    assert not any("keyboard layout" in note for note in result.notes)


def test_a_ukrainian_word_typed_on_the_english_layout_is_retyped() -> None:
    """`Rfcgthcmrbq` is Ukrainian `Касперський`: its soft sign leaves it too few vowels to read as Russian
    retyped, but its keys are a listed word's (was CLEAR)."""
    result = screening.Screener().screen("Rfcgthcmrbq")
    assert result.status is screening.Status.MATCH and result.hits[0].party.id == "kaspersky-ao"


@pytest.mark.parametrize("name", ["Лаборатория Kaspersky", "ООО Moscow Systems", "Тихонов Andrei"])
def test_latin_words_amid_cyrillic_ones_as_written_are_not_retyped(name: str) -> None:
    result = screening.Screener().screen(name)
    assert not any("keyboard layout" in note for note in result.notes)


def test_a_listed_word_typed_on_the_english_layout_is_spotted_by_the_list() -> None:
    """`Xtreyjd` (Чекунов) has vowels enough; the index knows it as a listed word's keys, not its letters."""
    index = screening.Screener().watchlist.index
    assert not looks_slipped("Xtreyjd Bujhm")
    assert index.keyed_anchor("Xtreyjd") and index.keyed_anchor("XTREYJD")
    assert not index.keyed_anchor("Bujhm")  # Игорь: a given name, no anchor
    assert not index.keyed_anchor("Rfcg")  # (too short to say)


@pytest.mark.parametrize("name", ["Ivan Petrov", "Chekunov Igor", "Bright Schmidt Bakery GmbH", "Lynx Systems"])
def test_english_names_are_not_read_as_retyped(name: str) -> None:
    result = screening.Screener().screen(name)
    assert all(e.feature != "retyped" for hit in result.hits for e in hit.evidence)


@pytest.mark.parametrize("name", ["Иванов Иван Иванович", "Лаборатория Касперского", "Ганна Шевченко", "Дфи",
                                  "ООО «Группа Компаний»", "Шишкин"])
def test_russian_names_are_not_read_as_retyped(name: str) -> None:
    """A Russian word retyped is gibberish that reaches no listed word (`Дфи` is `Lab`, a generic word alone)."""
    result = screening.Screener().screen(name)
    assert all(e.feature != "retyped" for hit in result.hits for e in hit.evidence)
    assert not any("keyboard layout" in note for note in result.notes)
