"""Letters a scanner misreads (capital I and small l, `cl` for d, `ri` for n, `vv` for w) are read back, as an
alternate name."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import screening
from screening import Status
from screening.ocr import cyrillic_looks, look_alike_slips, ocr_reading, pair_readings, read_word
from screening.prefilter import Prefilter


@pytest.mark.parametrize(("text", "reading"), [
    ("TlKHONOV, Andrey", "TIKHONOV, Andrey"),  # a small l among capitals
    ("DUDORlNA, Anna", "DUDORINA, Anna"),
    ("lVANOV, Anton", "IVANOV, Anton"),
    ("MikhaiI Gerber", "Mikhail Gerber"),  # a capital I after a small letter, at the end
    ("Anna KuIashova", "Anna Kulashova"),  # ... or before a small vowel
    ("Marina AIekseeva", "Marina Alekseeva"),  # second in a word that goes on small
    ("lgor Chekunov", "Igor Chekunov"),  # no name starts with `lg`
    ("EFREMOV, Anclrey", "EFREMOV, Andrey"),  # `cl` before a consonant
    ("Kaspersky Lab Micldle East", "Kaspersky Lab Middle East"),
    ("Davicl Bowie", "David Bowie"),  # ... or at the end of a word
    ("Vvhite Star", None), ("Hovvard Ltd", "Howard Ltd"),  # `vv` inside a word
    ("Kaspersl<y Lab", "Kaspersky Lab"), ("l<ASPERSKY LAB", "KASPERSKY LAB"),  # a K scanned in two
    ("Che|<unov, lgor", "Chekunov, Igor"), ("I<ULASHOVA A", "KULASHOVA A"),
])
def test_a_misread_word_is_read_back(text: str, reading: str | None) -> None:
    assert ocr_reading(text) == reading


def test_a_look_alike_slip_keeps_the_first_letter() -> None:
    assert look_alike_slips("lab") == {"lob", "lah"}
    assert "iab" not in look_alike_slips("lab")


@pytest.mark.parametrize("text", [
    "Kaspersky Lab", "Acme Ltd", "ltd", "llc", "IBM", "IT Solutions",  # nothing misread; `ltd` starts no name
    "AntonIvanov", "KasperskyLabInc", "<PrvtId>",  # a capital I before a consonant starts a camelCase word
    "Include Clear Cycle", "Nuclear Bicycle Co",  # `cl` before a vowel is as written
    "Aktsionernoe Obshchestvo", "International Bernard",  # `rn` is left as written
    "Irina Ivanova", "IRINA", "Solar RIg",
    "Kaspersky Lab <UK>", "a < b", "1<2", "x<y", "|<|",  # an angle touching no stroke beside a letter
])
def test_words_as_written_are_not_read_again(text: str) -> None:
    assert ocr_reading(text) is None


@given(st.text(alphabet="aeiouIlLrnmcdvwKTkst <|1", max_size=20))
def test_a_reading_always_differs_and_keeps_the_words_apart(text: str) -> None:
    """Never raises; a reading changes some word and keeps the words apart as they were."""
    reading = ocr_reading(text)
    if reading is not None:
        assert reading != text
        assert len(reading.split()) == len(text.split())
    for word in text.split():
        read = read_word(word)
        assert read is None or (read != word and read.isalpha() == word.isalpha())


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize(("query", "party"), [
    ("TlKHONOV, Andrey", "ofac-45815"),
    ("EFREMOV, Anclrey", "ofac-45817"),
    ("lgor Gennadyevich Chekunov", "ofac-45849"),
    ("GERBER, MikhaiI", "ofac-45856"),
    ("Anna KuIashova", "ofac-45860"),
    ("ASTRAKHAN, KlRlLL", "ofac-45818"),
    ("Kaspersky Lab MiddIe East FZ-LLC", "kaspersky-me"),
    ("Kaspersky Lab ltalia S.r.l.", "kaspersky-it"),
    ("Kaspersky Lob Italia", "kaspersky-it"),  # a short domain word misread (`look_alike_slips`)
    ("Kaspersky Lobs Japan", "kaspersky-jp"),
    ("KASPERSL<Y LAB", "kaspersky-ao"),  # a K scanned in two
    ("Igor Che|<unov", "ofac-45849"),  # ... whose pieces reach nothing
])
def test_a_misread_listed_name_names_its_party(screener: screening.Screener, query: str, party: str) -> None:
    """Each of these was CLEAR or named another party before the reading; so with a no-break space, a dash
    or a digit beside it."""
    for text in (query, query.replace(" ", "\u00a0", 1), f"{query} \u2013 Acme"):
        result = screener.screen(text)
        assert result.flagged and result.hits[0].party.id == party, text
    assert not Prefilter(screener.watchlist.index).clears(query)
    glued = query.replace(",", "2,", 1) if "," in query else query + "2"  # a digit glued to a word
    assert screener.screen(glued).flagged and not Prefilter(screener.watchlist.index).clears(glued), glued


@pytest.mark.parametrize("query", ["Hovvard Trading Ltd", "Davicl Jones", "lrina Smith", "Cl Gerbera Florist"])
def test_a_misread_innocent_name_stays_clear(screener: screening.Screener, query: str) -> None:
    assert screener.screen(query).status is screening.Status.CLEAR


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["Tl", "KH", "ONOV", "l", "I", "Mi", "kha", "i", "a", "cl", "rey", "vv", "gor", "Ku",
                                 "ashova", "A", "ekseeva", " ", ", ", "-", "LL", "d", "e", "ll", "T", "1", "g"]),
                max_size=8).map("".join))
def test_the_quick_test_passes_every_text_with_a_word_to_read(text: str) -> None:
    """`ocr_reading` tests the text before reading its words: no word `read_word` would change is missed."""
    words = re.findall(r"[A-Za-z]+", text)
    assert (ocr_reading(text) is None) == all(read_word(w) is None for w in words)


@pytest.mark.parametrize(("query", "party", "read"), [
    ("Andrei Anatolyevich Efrernov", "ofac-45817", "efremov"),
    ("EFRERNOV, Andrei", "ofac-45817", "efremov"),
    ("Clukhvalov Anclrey Petrovich", "ofac-45863", "dukhvalov andrey"),
    ("Acme Ltd c/o Efrernov Andrei", "ofac-45817", "efremov"),
    ("Kirill Astrakhari", "ofac-45818", "astrakhan"),  # `ri` for n
    ("Aridrei Gennadyevich Tikhonov", "ofac-45815", "andrei"),  # no given name, read as one
    ("SUVOROV, Aridrey", "ofac-45821", "andrey"),
    ("Mariria Alekseeva", "ofac-45854", "marina"),  # (one place of two)
    ("DUDORINA, Anria", "ofac-45860", "anna"),
    ("Kasperslcy Labs GmbH", "kaspersky-gmbh", "kaspersky"),  # `lc` for k
])
def test_letters_a_scanner_confuses_are_read_into_a_listed_name(screener: screening.Screener, query: str,
                                                                 party: str, read: str) -> None:
    """`rn` for m, `cl` for d, with nothing in the text to give it away, are read as the list's letters where
    that makes a word a listed anchor (a given name beside it too): a REVIEW at most, and the evidence says so.
    The prefilter lets such a name through."""
    result = screener.screen(query)
    assert result.status is Status.REVIEW and result.hits[0].party.id == party
    first = result.hits[0].evidence[0]
    assert first.feature == "misread" and first.candidate_part == read
    assert not Prefilter(screener.watchlist.index).clears(query)


@pytest.mark.parametrize("query", ["Kasperslcy Endpoint Security", "Kasperslcy Threat Intelligence Portal"])
def test_a_misread_brand_names_its_product_too(screener: screening.Screener, query: str) -> None:
    """The brand read back from a scanner's letters names the product it stands before, as the parent's (was
    CLEAR: only a listed name's own words were read); a REVIEW at most, as every misreading."""
    result = screener.screen(query)
    assert result.status is Status.REVIEW and result.hits[0].party.id == "kaspersky-ao"
    assert result.hits[0].evidence[0].feature == "misread" and result.hits[0].score <= 0.89


@pytest.mark.parametrize("query", ["Falcon Security Labs", "Wilcox Lab Inc", "Andrei Kolcov", "Alcatel Lab"])
def test_lc_read_as_k_makes_no_listed_word_of_other_names(screener: screening.Screener, query: str) -> None:
    """`lc` is read as k only where that makes a listed anchor: `Falcon`, `Wilcox` stay as written."""
    assert screener.screen(query).status is Status.CLEAR


@pytest.mark.parametrize("query", ["Chernov Andrei", "International Business Machines", "Ivan Efrernov",
                                   "Arina Kulashova", "Adrian Tikhonov", "Maria Alekseeva"])
def test_confusable_letters_read_nothing_into_other_names(screener: screening.Screener, query: str) -> None:
    """A word whose confusable letters read into no anchor stays as written (`Chernov`, `International`); read
    into a listed surname, the rest of the name must still agree (`Ivan` is not Andrei); a given name as
    written is not read as another (Arina is not Anna's misreading: she may be her sister)."""
    assert screener.screen(query).status is Status.CLEAR


@pytest.mark.parametrize(("word", "readings"), [
    ("aridrei", ["andrei"]),
    ("stoclc", ["stodc", "stock"]),
    ("mariria", ["rnariria", "manria", "marina", "manna"]),  # each place alone, then both
    ("efrernov", ["efremov"]),
    ("emma", ["ernma", "emrna", "ernrna"]),
    ("anton", []),
])
def test_pair_readings_read_each_place_then_all(word: str, readings: list[str]) -> None:
    assert pair_readings(word) == readings



def test_inc_with_its_c_scanned_as_an_e_agrees_with_a_listed_inc(screener: screening.Screener) -> None:
    """`Ine` is Inc. with its c read as the e it looks like: the form of the US company, ahead of the parent
    (was a REVIEW, the parent's 0.85 first)."""
    result = screener.screen("Kaspersky Lab Ine")
    assert result.status is Status.MATCH and result.hits[0].party.id == "kaspersky-inc"


@pytest.mark.parametrize(("word", "first", "also"), [
    ("Kacnepckoro", ("Касперского", "kasperskogo"), None),
    ("JIa6opaTopuR", ("Лаборатория", "laboratoriya"), None),  # (pairs: `JI` is Л; a digit, `6`, is б)
    ("BnaguMupoBu4", ("Впадимирович", "vpadimirovich"), ("Владимирович", "vladimirovich")),  # (n: п or л)
    ("KNEB", ("КИЕВ", "kiev"), None),  # (И prints as a mirrored N; a word in capitals stays in capitals)
])
def test_cyrillic_looks_reads_latin_look_alikes_as_the_cyrillic_letters(word: str, first: tuple[str, str],
                                                                       also: tuple[str, str] | None) -> None:
    looks = cyrillic_looks(word)
    assert looks[0] == first and (also is None or also in looks)


@pytest.mark.parametrize("word", ["Zenkin", "Kaspersky", "Labs", "Kac"])
def test_a_word_with_a_letter_no_cyrillic_looks_like_is_latin(word: str) -> None:
    """`z`, `s`, `l` have no Cyrillic look-alike (`l` only in a pair, `Jl` Л, `bl` ы), and a word of three letters
    says too little: no reading."""
    assert cyrillic_looks(word) == []


@pytest.mark.parametrize(("query", "party"), [
    ("3AO <<JIa6opaTopuR Kacnepckoro>>", "kaspersky-ao"),  # ЗАО «Лаборатория Касперского»
    ("DyxBaJIoB AHgpeu", "ofac-45863"),  # Духвалов Андрей
    ("KyJIawoBa AHHa", "ofac-45860"),  # Кулашова Анна
])
def test_cyrillic_a_scanner_read_as_latin_look_alikes_is_read_back(screener: screening.Screener, query: str,
                                                                   party: str) -> None:
    """A Russian text a recogniser set for Latin letters read comes out as their look-alikes: where a word
    read back is a listed one, the name is read back (the others too, but words known as written), a REVIEW
    at most, the listed names' order kept; the prefilter lets it through."""
    result = screener.screen(query)
    assert result.status is Status.REVIEW and result.hits[0].party.id == party
    assert result.hits[0].evidence[0].feature == "misread"
    assert not Prefilter(screener.watchlist.index).clears(query)


@pytest.mark.parametrize("query", ["TuxoHoB Cepreu NBaHoBu4", "3eHkuH DeHuc CepreeBu4"])
def test_look_alikes_read_back_make_no_namesake_a_listed_person(screener: screening.Screener, query: str) -> None:
    """`TuxoHoB Cepreu NBaHoBu4` is Тихонов Сергей Иванович, a namesake: read back, it is scored as any name."""
    assert screener.screen(query).status is Status.CLEAR


@pytest.mark.parametrize(("query", "party"), [
    ("TOB «JIa6opaTopiR Kacnepcbkoro»", "kaspersky-ua"),  # (guillemets are no letters beyond ASCII)
    ("TuxoHoB A.F.", "ofac-45815"),  # (an initial alone: Г, Gennadyevich's)
    ("TuxoHoB AHgpeu r. MockBa", "ofac-45815"),  # (г., a town's)
])
def test_look_alikes_are_read_back_beside_punctuation_and_initials(screener: screening.Screener, query: str,
                                                                   party: str) -> None:
    result = screener.screen(query)
    assert result.status is Status.REVIEW and result.hits[0].party.id == party
