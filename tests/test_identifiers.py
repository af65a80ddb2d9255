"""Listed identifiers written in a name field: read, confirmed and taken out of the name (`screening.identifiers`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import screening
from screening import Status
from screening.identifiers import MIN_DIGITS, ListedNumbers, number_slip, personal_tax_numbers, without_labelled


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.fixture(scope="module")
def numbers(screener: screening.Screener) -> ListedNumbers:
    return ListedNumbers.of(screener.watchlist.parties)


def _found(numbers: ListedNumbers, screener: screening.Screener, text: str) -> list[tuple[str, str, str]]:
    parties = screener.watchlist.parties
    return [(parties[f.party].id, f.identifier.type, f.written) for f in numbers.find(text)]


@pytest.mark.parametrize(("text", "party", "kind", "written"), [
    ("Kaspersky Lab, INN 7713140469", "kaspersky-ao", "ru_inn", "7713140469"),
    ("ООО Ромашка ИНН 7713 140469", "kaspersky-ao", "ru_inn", "7713 140469"),
    ("ИНН/КПП 7713140469/771301001", "kaspersky-ao", "ru_inn", "7713140469"),
    ("P.IVA IT09923201009", "kaspersky-it", "it_vat", "09923201009"),
    ("A. Tikhonov, паспорт 4511 483349", "ofac-45815", "national_id", "4511 483349"),
    ("Tikhonov 53-0193947", "ofac-45815", "passport", "53-0193947"),
    ("DOB 1966 530193947", "ofac-45815", "passport", "530193947"),
    ("A. Tikhonov паспорт 4511 № 483349", "ofac-45815", "national_id", "4511 № 483349"),  # series, then number
    ("A. Tikhonov 4511№483349", "ofac-45815", "national_id", "4511№483349"),
    ("Kaspersky Lab ИНН ７７１３１４０４６９", "kaspersky-ao", "ru_inn", "７７１３１４０４６９"),  # full-width digits
    ("Tikhonov ٤٥١١ ٤٨٣٣٤٩", "ofac-45815", "national_id", "٤٥١١ ٤٨٣٣٤٩"),  # Arabic-Indic digits
    ("CN=АО Лаборатория Касперского, ИНН=007713140469", "kaspersky-ao", "ru_inn", "007713140469"),  # padded
    ("Tikhonov DOB 1966 4511 483349", "ofac-45815", "national_id", "4511 483349"),
    ("Kaspersky ИНН-КПП 7713140469-771301001", "kaspersky-ao", "ru_inn", "7713140469"),
])
def test_a_listed_number_is_found_however_written(numbers: ListedNumbers, screener: screening.Screener, text: str,
                                                  party: str, kind: str, written: str) -> None:
    assert _found(numbers, screener, text) == [(party, kind, written)]


@pytest.mark.parametrize("text", [
    "Acme 177131404690",  # inside a longer number
    "Acme 107713140469",  # a twelve-digit number is a padded INN only after two zeros
    "INN 7713140468",  # one digit off
    "Tikhonov 45815",  # a list-entry number: too short to tell in free text
    "Kaspersky Lab",
])
def test_no_listed_number_is_found_where_none_is_written(numbers: ListedNumbers, screener: screening.Screener,
                                                         text: str) -> None:
    assert _found(numbers, screener, text) == []


@pytest.mark.parametrize(("text", "left"), [
    ("Kaspersky Lab, INN 7702000000", "Kaspersky Lab,"),
    ("Acme S.r.l. P.IVA IT01234567890", "Acme S.r.l."),
    ("Acme GmbH USt-IdNr. DE123456789", "Acme GmbH"),
    ("Ivanov, passport no. 530193947", "Ivanov,"),
    ("АО Ромашка ИНН/КПП 7702000000/770201001", "АО Ромашка"),
    ("АО Ромашка ИНН=7702000000", "АО Ромашка"),
    ("АО Ромашка, ИННЮЛ=7702000000", "АО Ромашка,"),
    ("Acme ＩＮＮ：７７０２０００００００", "Acme"),  # full-width label, sign and digits
    ("АО Ромашка, ИНН ７７０２０００００００", "АО Ромашка,"),
    ("Иванов А.М., паспорт 4511 № 000001", "Иванов А.М.,"),
    ("ROSSI MARIO C.F. RSSMRA61D03L219X", "ROSSI MARIO"),  # a code of letters and digits: a codice fiscale
    ("Acme Co., Ltd, tax id 91310000MA1FL4XQ3T", "Acme Co., Ltd,"),  # a Chinese unified credit code
])
def test_a_labelled_number_is_taken_out_of_the_name(text: str, left: str) -> None:
    assert without_labelled(text).strip() == left


@pytest.mark.parametrize("text", ["Holiday Inn 24", "Inn 12345", "Tin Can Ltd", "Passport Photo Shop 7", "VAT Expert",
                                  "TIN AB12C345"])  # (a code with fewer than six digits)
def test_a_label_alone_or_before_a_short_number_stays(text: str) -> None:
    assert without_labelled(text) == text


_LISTED = sorted({(p.id, i.value) for p in screening.Screener().watchlist.parties for i in p.identifiers
                  if len(i.value) >= MIN_DIGITS})
_WORDS = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=4), st.sampled_from(_LISTED), st.sampled_from(["", " ", "-", "№", " № "]),
       st.integers(0, 7), st.sampled_from(["INN", "ИНН", "passport no.", "VAT:", ""]))
def test_a_listed_number_is_read_and_taken_out_wherever_it_stands(words: list[str], listed: tuple[str, str],
                                                                  separator: str, at: int, label: str) -> None:
    """However the number is cut in two and whatever name stands before it, it names its party; and with a
    label, label and number leave the name as it was."""
    party, value = listed
    at = min(at + 1, len(value) - 1)
    number = value[:at] + separator + value[at:]
    name = " ".join(words)
    text = f"{name} {label} {number}".replace("  ", " ")
    numbers = ListedNumbers.of(screening.Screener().watchlist.parties)
    parties = screening.Screener().watchlist.parties
    assert party in {parties[f.party].id for f in numbers.find(text)}, text
    if label:
        assert without_labelled(text).split() == name.split(), text


def test_a_name_with_its_listed_number_is_a_match_that_says_so(screener: screening.Screener) -> None:
    result = screener.screen("АО «Лаборатория Касперского» ИНН 7713140469")
    assert result.status is Status.MATCH and result.hits[0].party.id == "kaspersky-ao"
    evidence = {e.feature: e for e in result.hits[0].evidence}["identifier"]
    assert evidence.query_part == "7713140469" and evidence.candidate_part == "ru_inn 7713140469"
    assert "reported" in evidence.detail  # how sure the list is of the number


def test_a_near_miss_name_with_the_listed_number_is_a_match(screener: screening.Screener) -> None:
    """`A. Tikhonov` alone is the least of a REVIEW; his listed national id beside it names him."""
    assert screener.screen("A. Tikhonov").status is Status.REVIEW
    result = screener.screen("A. Tikhonov, паспорт 4511 483349")
    assert result.status is Status.MATCH and result.hits[0].party.id == "ofac-45815"


@pytest.mark.parametrize("text", ["ООО Ромашка ИНН 7713 140469", "7713140469", "Acme Corp 530193947"])
def test_the_listed_number_beside_another_name_is_a_review(screener: screening.Screener, text: str) -> None:
    """The name may have changed, or the number be another's mistyped: an analyst looks."""
    result = screener.screen(text)
    assert result.status is Status.REVIEW, text
    evidence = {e.feature: e for e in result.hits[0].evidence}["identifier"]
    assert "none of the party's" in evidence.detail


def test_a_labelled_number_costs_the_name_nothing(screener: screening.Screener) -> None:
    plain = screener.screen("Kaspersky Lab Italia")
    labelled = screener.screen("Kaspersky Lab Italia, VAT no. IT01234567890")
    assert [(h.party.id, h.score) for h in labelled.hits] == [(h.party.id, h.score) for h in plain.hits]


@pytest.mark.parametrize("text", ["Acme Corp INN 7702000000", "Acme 177131404690", "Holiday Inn 24"])
def test_an_unlisted_number_flags_nothing(screener: screening.Screener, text: str) -> None:
    assert screener.screen(text).status is Status.CLEAR


def test_a_conflicting_birth_date_still_lowers_a_number_confirmed_person(screener: screening.Screener) -> None:
    """A passport number names him, a birth date written against the listed one says the record is unsure:
    REVIEW, not MATCH."""
    result = screener.screen("Andrei Tikhonov, DOB 01.01.1970, passport 530193947")
    assert result.status is Status.REVIEW and result.hits[0].party.id == "ofac-45815"


@pytest.mark.parametrize(("text", "attributes"), [
    ("Acme Corp 530193947", {"country": "US"}), ("Acme Corp 530193947", {"kind": "organization"}),
    ("Acme Corp 530193947", {"birth_date": "1990-01-01"}), ("7713140469", {"country": "US"}),
    ("ООО Ромашка, DOB 01.01.1970, passport 530193947", {}),
])
def test_attributes_never_clear_a_listed_number(screener: screening.Screener, text: str, attributes: dict) -> None:
    """A kind, country or birth date against the party lowers a hit, but a listed number still names it."""
    assert screener.screen(text, **attributes).status is Status.REVIEW, (text, attributes)


@pytest.mark.parametrize("text", ["ООО Ромашка 530193947 4511483349",
                                  "Ivan Petrov, passport 530193947, INN 774334095919"])
def test_two_numbers_of_one_party_beside_another_name_are_a_review(screener: screening.Screener, text: str) -> None:
    """The party is judged once, on the name: two of its numbers beside another name are still a REVIEW."""
    result = screener.screen(text)
    assert result.status is Status.REVIEW and len(result.hits[0].evidence) == 2, text


def test_a_number_the_list_holds_as_reported_makes_no_match(screener: screening.Screener) -> None:
    """The Kaspersky INN is reported (third-party datasets), not checked: beside a name that is a REVIEW it
    adds its evidence and leaves a REVIEW; the Italian VAT number, published by the company, makes a MATCH."""
    for name in ("Laboratoriya Kasperskaya Moskva", "Kaspersk Italia"):
        assert screener.screen(name).status is Status.REVIEW, name
    reported = screener.screen("Laboratoriya Kasperskaya Moskva INN 7713140469")
    assert reported.status is Status.REVIEW and "identifier" in {e.feature for e in reported.hits[0].evidence}
    assert screener.screen("Kaspersk Italia P.IVA 09923201009").status is Status.MATCH


def test_the_notes_say_which_number_was_read(screener: screening.Screener) -> None:
    """A CSV reader sees the notes, not the evidence: they name the number and its party."""
    notes = screener.screen("Acme Corp 530193947").notes
    assert notes == ("listed passport 530193947 of ofac-45815 read from '530193947'",)


def test_an_unlabelled_listed_number_costs_the_name_nothing(screener: screening.Screener) -> None:
    assert screener.screen("Kaspersky Lab 7713140469").hits[0].score == screener.screen("Kaspersky Lab").hits[0].score


@pytest.mark.parametrize("text", ["Tikhonov Andrei 4511 № 483349", "Tikhonov Andrei ٤٥١١٤٨٣٣٤٩",
                                  "Tikhonov Andrei, паспорт ４５１１ № ４８３３４９"])
def test_a_number_written_with_a_number_sign_or_other_digits_is_taken_out_whole(screener: screening.Screener,
                                                                                 text: str) -> None:
    """The whole number, `№` and digits of any script included, leaves the name: none of it is scored."""
    result = screener.screen(text)
    assert result.normalized == "tikhonov andrei" and result.hits[0].party.id == "ofac-45815", text
    assert result.notes[0].startswith("listed national_id 4511483349 of ofac-45815 read from"), text


def test_a_label_joined_by_an_equals_sign_costs_the_name_nothing(screener: screening.Screener) -> None:
    assert [(h.party.id, h.score) for h in screener.screen("Kaspersky Lab ИНН=7713140469").hits] == \
        [(h.party.id, h.score) for h in screener.screen("Kaspersky Lab 7713140469").hits]


def test_min_digits_keeps_list_entry_numbers_out(screener: screening.Screener) -> None:
    listed = {i.value for p in screener.watchlist.parties for i in p.identifiers if i.type == "ofac_sdn_ent_num"}
    assert listed and all(len(v) < MIN_DIGITS for v in listed)


@pytest.mark.parametrize(("text", "numbers"), [
    ("ИП Тихонов Андрей Геннадьевич ИНН 352800114573", ("352800114573",)),
    ("Tikhonov A.G., INN: 352800114573", ("352800114573",)),
    ("Тихонов А.Г., ИНН=007713140469", ()),  # a company's INN as a certificate pads it
    ("Тихонов А.Г., ИНН 7713140469 01.02.2023", ()),  # ten digits, then a date's
    ("Tikhonov A.G., INN: 3528 0011 4573", ()),  # groups: no run of twelve
    ("TIKHONOV ANDREI, tax id no. 352800114573; ИНН 352800114573", ("352800114573",)),
    ("ИНН ３５２８００１１４５７３", ("352800114573",)),  # full-width digits
    ("Kaspersky Lab, INN 7713140469", ()),  # a company's ten digits
    ("Tikhonov 352800114573", ()),  # no label
    ("ИНН 3528001145731", ()),  # thirteen digits
])
def test_personal_tax_numbers_are_twelve_labelled_digits(text: str, numbers: tuple[str, ...]) -> None:
    assert personal_tax_numbers(text) == numbers


@pytest.mark.parametrize(("written", "slip"), [("774334095919", True), ("774334095910", True),  # one digit
                                               ("774334059919", True),  # two neighbours swapped
                                               ("774334095991", True),
                                               ("774334590919", False),  # two digits apart swapped
                                               ("352800114573", False), ("77433409591", False)])
def test_a_number_slip_is_one_digit_or_two_neighbours(written: str, slip: bool) -> None:
    assert number_slip(written, "774334095919") is slip


@given(st.text(alphabet="0123456789", min_size=2, max_size=12), st.data())
@settings(max_examples=60, deadline=None)
def test_a_number_slip_is_symmetric_and_one_changed_digit_is_a_slip(number: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(number) - 1))
    other = number[:at] + data.draw(st.sampled_from("0123456789")) + number[at + 1:]
    assert number_slip(other, number) and number_slip(number, other)
    swapped = number[1] + number[0] + number[2:]
    assert number_slip(swapped, number) == number_slip(number, swapped) is True


def test_another_persons_tax_number_beside_a_listed_name_clears_it(screener: screening.Screener) -> None:
    """One person holds an INN for life: a sole proprietor with the listed full name and another's INN is another
    person (as another birth date says); the listed INN, or a slip of it, is still the listed person."""
    other = screener.screen("ИП Тихонов Андрей Геннадьевич ИНН 352800114573")
    assert other.status is Status.CLEAR
    assert "tax number written in the name conflicts" in other.near_misses[0].reason
    assert "personal tax number 352800114573 read from the name" in other.notes
    for written in ("774334095919", "774334059919"):
        assert screener.screen(f"ИП Тихонов Андрей Геннадьевич ИНН {written}").status is Status.MATCH, written


@pytest.mark.parametrize("text", ["ИП Тихонов Андрей Геннадьевич и Иванов, ИНН 352800114573",
                                  "Тихонов Андрей Геннадьевич; Ефремов Андрей Анатольевич ИНН 772642282067",
                                  "Tikhonov Andrei Gennadyevich (director of IP Smirnov, INN 352800114573)"])
def test_a_tax_number_says_nothing_where_the_record_names_more_than_the_person(screener: screening.Screener,
                                                                              text: str) -> None:
    """Another person's name (of one given name with the listed one, or a surname alone), or any word the listed
    name leaves: the number may be theirs."""
    result = screener.screen(text)
    assert "ofac-45815" in {h.party.id for h in result.hits}, text
    assert not any(e.feature == "tax_id" for h in result.hits for e in h.evidence), text


@pytest.mark.parametrize("text", ["Тихонов Андрей Геннадьевич, ИНН 352800114573, ИП, г. Воронеж",
                                  "ТИХОНОВ АНДРЕЙ ГЕННАДЬЕВИЧ, ИНН 352800114573, генеральный директор ООО «Ромашка»"])
def test_what_follows_the_tax_number_says_more_of_its_holder(screener: screening.Screener, text: str) -> None:
    """A record writes the name, the number, then the holder's trade, town or post: the number is the name's
    before it (was a MATCH: the words after it were read as another person's perhaps)."""
    assert screener.screen(text.replace(", ИНН 352800114573", "")).flagged
    result = screener.screen(text)
    assert not result.flagged and result.near_misses[0].party.id == "ofac-45815"


@pytest.mark.parametrize("text", ["ИП Смирнов, ИНН 352800114573; Тихонов Андрей Геннадьевич",
                                  "Тихонов Андрей Геннадьевич; ИНН 352800114573 Смирнов Иван Иванович"])
def test_a_tax_number_of_another_entry_is_not_the_listed_persons(screener: screening.Screener, text: str) -> None:
    """The number follows another person's name, or starts another entry of the record: it is the other's."""
    result = screener.screen(text)
    assert result.status is Status.MATCH
    assert not any(e.feature == "tax_id" for e in result.hits[0].evidence)


def test_a_listed_birth_date_beside_another_tax_number_keeps_the_person(screener: screening.Screener) -> None:
    """The listed full name and birth date with another INN: the number may be wholly mistyped (a REVIEW: the
    smaller penalty, as a slip's)."""
    result = screener.screen("ИП Тихонов Андрей Геннадьевич ИНН 352800114573", birth_date="1966-11-09")
    assert result.status is Status.REVIEW
    assert any(e.feature == "tax_id" and "the listed birth date agrees" in e.detail for e in result.hits[0].evidence)


def test_a_tax_number_says_nothing_of_a_person_the_list_holds_none_for(screener: screening.Screener) -> None:
    """Only three of the listed persons have a tax number listed: the others' names are read as ever."""
    assert screener.screen("Zenkin Denis Vladimirovich, INN 352800114573").status is Status.MATCH


@pytest.mark.parametrize(("text", "party_id"), [
    ("P.IVA 09923201009 - Kaspersky", "kaspersky-it"),  # the brand reads as the parent; the VAT number is Italy's
    ("Kaspersky Lab, P.IVA 09923201009", "kaspersky-it"),
    ("ООО «Касперский» ИНН 7713140469", "kaspersky-ao"),  # the tax number is the Moscow company's, not the group's
])
def test_a_companys_listed_number_beside_its_groups_name_names_the_company(screener: screening.Screener, text: str,
                                                                         party_id: str) -> None:
    """The group's brand or name reads as another company of the group; the listed number names this one: it takes
    the group's best score and comes first among equals, and the evidence says why."""
    result = screener.screen(text)
    best = result.hits[0]
    assert best.party.id == party_id and best.score == max(h.score for h in result.hits)
    assert any(e.feature == "identifier" for e in best.evidence)
