"""A listed person's Cyrillic name typed with one keyboard slip is read as the name (`screening.cyrslips`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening import Status
from screening.cyrslips import CyrillicSlips, slips_of



def _keep_all(word: str, meant: str) -> bool:
    return True


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize(("slip", "word"), [
    ("андрец", "андрей"),  # the last key struck as its neighbour (й, ц)
    ("тихшнов", "тихонов"),  # о struck as ш, which romanises as two letters
    ("борзев", "борщев"),
    ("кулаова", "кулашова"),  # a letter dropped inside
    ("тиохнов", "тихонов"),  # two swapped
    ("зеннкин", "зенкин"),  # one doubled
    ("ецремов", "ефремов"),  # (ф, ц)
    ("кфремов", "ефремов"),  # the first key struck, in a word of five letters or more
])
def test_a_slip_is_one_of_the_words_slips(slip: str, word: str) -> None:
    assert slip in slips_of(word)


@pytest.mark.parametrize(("other", "word"), [
    ("тихонова", "тихонов"),  # a letter added at the end: the feminine, not a slip
    ("иванову", "иванов"),  # the dative
    ("ивано", "иванов"),  # a letter dropped at the end: a word cut short
    ("цгор", "игорь"),  # the first key of a short word
    ("кирил", "кирилл"),  # a doubled last letter dropped: an ending changed too
    ("андрей", "андрей"),  # the word itself
])
def test_an_ending_or_the_first_letter_of_a_short_word_is_no_slip(other: str, word: str) -> None:
    assert other not in slips_of(word)


def test_a_slip_of_two_listed_words_reads_as_neither() -> None:
    slips = CyrillicSlips(["Марина", "Малина"])  # (марана, мапина ... are one slip from both or one)
    both = slips_of("марина") & slips_of("малина")
    assert both
    for slip in both:
        assert slips.read(slip, _keep_all) == ("", ())


def test_a_word_is_read_in_the_case_it_was_written_in() -> None:
    slips = CyrillicSlips.of_names(["Тихонов Андрей Геннадьевич", "TIKHONOV, Andrei"])
    assert slips.read("ТИХОНОВ АНДРЕЦ", _keep_all) == ("ТИХОНОВ АНДРЕЙ", (("АНДРЕЦ", "АНДРЕЙ"),))
    assert slips.read("Тихшнов, Андрей", _keep_all) == ("Тихонов, Андрей", (("Тихшнов", "Тихонов"),))
    assert slips.read("андрец", _keep_all)[0] == "андрей"
    assert slips.read("Тихонов Андрец", lambda word, meant: word != "андрец") == ("", ())  # not let read
    assert slips.read("Andrets Tikhonov", _keep_all) == ("", ())  # Latin words are the scorer's
    # a Latin look-alike inside a Cyrillic word (`e`) is read as the Cyrillic letter
    assert slips.read("Тихонов Андрeц", _keep_all) == ("Тихонов Андрей", (("Андрeц", "Андрей"),))


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя ,.", max_size=30))
def test_a_reading_only_ever_writes_listed_words(text: str) -> None:
    """Whatever the text, a word read is written as a listed word, and the words read were in the text."""
    listed = ["Тихонов", "Андрей", "Геннадьевич", "Кулашова", "Анна"]
    typed, pairs = CyrillicSlips(listed).read(text, _keep_all)
    assert (typed == "") == (pairs == ())
    for word, written in pairs:
        assert word in text and written.lower() in {w.lower() for w in listed} and written in typed


@pytest.mark.parametrize(("query", "party", "read"), [
    ("Тихонов Андрец Геннадьевич", "ofac-45815", "Андрей"),
    ("Ецремов Андрей Анатольевич", "ofac-45817", "Ефремов"),
    ("Алекчеева Марина Михайловна", "ofac-45854", "Алексеева"),
    ("КУЛАОВА, Анна Владимировна", "ofac-45860", "КУЛАШОВА"),
    ("Тихонов Андрeц", "ofac-45815", "Андрей"),  # (a Latin e)
    ("Борщев Даниил Сергеевиx", "ofac-45862", ""),  # (a Latin x: read by the scorer, no slip)
])
def test_a_listed_persons_cyrillic_name_with_one_slip_is_a_review(screener: screening.Screener, query: str,
                                                                  party: str, read: str) -> None:
    result = screener.screen(query)
    assert result.flagged and result.hits[0].party.id == party
    first = result.hits[0].evidence[0]
    if read:
        assert result.status is Status.REVIEW
        assert first.feature == "mistyped" and first.candidate_part == read
    else:
        assert first.feature != "mistyped"


@pytest.mark.parametrize("query", [
    "Тихонова Анна Геннадьевна",  # the feminine of a listed man's name
    "Марика Алексеева",  # a known given name as written (Marika), not Marina mistyped
    "Тихонов Сергей Геннадьевич",  # another given name: a brother
    "Кулашова Анна Викторовна",  # another patronymic
])
def test_a_slip_reading_leaves_other_persons_clear(screener: screening.Screener, query: str) -> None:
    assert screener.screen(query).status is Status.CLEAR


@pytest.mark.parametrize(("query", "latin"), [("Зенин Денис", "Zenin Denis"), ("Чекуров Игорь", "Chekurov Igor")])
def test_a_slip_one_edit_apart_once_romanised_is_the_scorers(screener: screening.Screener, query: str,
                                                             latin: str) -> None:
    """`Зенин` (Zenin, a surname of its own) is one letter from Zenkin in both scripts: it scores as the Latin
    spelling does, with no `mistyped` reading."""
    cyrillic, roman = screener.screen(query), screener.screen(latin)
    assert cyrillic.hits[0].score == roman.hits[0].score
    assert all(e.feature != "mistyped" for e in cyrillic.hits[0].evidence)


def test_a_letter_put_back_at_the_length_limit_is_read(screener: screening.Screener) -> None:
    """A slip reading one letter longer than the text (a dropped letter put back) is read whole."""
    name = " " * (screener.config.max_query_chars - 12) + "Кулаова Анна"
    assert len(name) == screener.config.max_query_chars
    result = screener.screen(name)
    assert result.status is Status.REVIEW and result.hits[0].evidence[0].candidate_part == "Кулашова"
    assert result.hits[0].score == screener.screen("Кулаова Анна").hits[0].score == 0.89
