"""Russian case endings on a listed person's name parts (`screening.cases`)."""

from __future__ import annotations

import pathlib

import pytest

import screening
from screening.cases import declined, governed, nominatives, title_forms
from screening.persons import _HERS_TOO_CAP
from screening.romanize import skeleton

from fixture_lists import HEADER, person

Status = screening.Status


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize(("word", "listed", "part"), [
    ("борщеву", "borshchev", "family"), ("тихоновым", "tikhonov", "family"), ("кулашовой", "kulashova", "family"),
    ("даниилу", "daniil", "given"), ("андрею", "andrei", "given"),
    ("андреем", "andrei", "given"), ("анну", "anna", "given"), ("сергеевичу", "sergeevich", "patronymic"),
    ("владимировной", "vladimirovna", "patronymic"),
    ("кулашовою", "kulashova", "family"), ("анною", "anna", "given"), ("владимировною", "vladimirovna", "patronymic"),
    ("герберові", "gerber", "family"),
])
def test_a_declined_part_reads_as_the_listed_one(word: str, listed: str, part: str) -> None:
    """Dative, genitive, accusative or instrumental, romanised and folded as the normaliser folds them."""
    found = declined(skeleton(screening.normalize_name(word)), frozenset({skeleton(listed)}), part)
    assert found == skeleton(listed)


def test_a_womans_surname_in_the_ukrainian_dative_reads_only_as_cyrillic_romanises_it() -> None:
    """`Кулашовій` romanises to `kulashovii`; a Latin name ending in -i is a name of its own (`Dudorini`)."""
    kulashova = frozenset({"kulashova"})
    assert declined("kulashovi", kulashova, "family", text="kulashovii") == "kulashova"
    assert declined("kulashovi", kulashova, "family", text="kulashovi") == ""
    assert declined("dudorini", frozenset({"dudorina"}), "family", text="dudorini") == ""
    assert declined("tikhonovi", frozenset({"tikhonov"}), "family", text="tikhonovii") == ""  # no man's -ій


def test_a_soft_stem_declines_with_yu_only_where_the_list_says_so() -> None:
    assert declined("igoriu", frozenset({"igor"}), "given", frozenset({"igor"})) == "igor"
    assert declined("igoriu", frozenset({"igor"}), "given") == ""


@pytest.mark.parametrize(("word", "listed", "part"), [
    ("tikhonova", "tikhonov", "family"),  # a woman's surname, never read as his genitive
    ("tikhonove", "tikhonov", "family"),  # no prepositional: French writes Zenkine for Zenkin, Denise is a name
    ("antoniu", "anton", "given"),  # no soft stem's -yu: on a hard stem it makes a woman's name (Antonia)
    ("borshchev", "borshchev", "family"),  # the part itself is no declined form
    ("igorevich", "igor", "given"),  # a patronymic made from the name is no case of it
    ("an", "a", "given"),  # too short a name to decline
])
def test_other_words_are_not_declined_forms(word: str, listed: str, part: str) -> None:
    assert declined(skeleton(word), frozenset({skeleton(listed)}), part) == ""


@pytest.mark.parametrize(("query", "party", "status"), [
    ("Борщеву Даниилу Сергеевичу", "ofac-45862", Status.MATCH),  # a payment order's recipient, dative
    ("Денису Зенкину", "ofac-45864", Status.MATCH),
    ("Чекунову Игорю Геннадьевичу", "ofac-45849", Status.MATCH),  # a soft stem: the list writes `Игорь`
    ("Тихонову А.Г.", "ofac-45815", Status.REVIEW),  # with initials, as the name alone is
    ("Перевод Борщеву Даниилу Сергеевичу по договору займа", "ofac-45862", Status.REVIEW),  # amid a memo
    ("Тихоновым Андреем", "ofac-45815", Status.MATCH),
    ("Тихонова Андрея Геннадьевича", "ofac-45815", Status.MATCH),  # his genitive, beside his declined names
    ("в лице Кулашовой Анны Владимировны", "ofac-45860", Status.MATCH),  # `Анны`, though Ani is a name
    ("с Ефремовым Андреем", "ofac-45817", Status.MATCH),  # `с`: a preposition, no initial
    ("Зенкіну Денису Володимировичу", "ofac-45864", Status.MATCH),  # a Ukrainian patronymic, declined
    ("Тихонову Андрію Геннадійовичу", "ofac-45815", Status.MATCH),  # Андрій's dative, beside the patronymic's
    ("Иванову Антонию Михайловичу", "ofac-45858", Status.MATCH),  # Антоний's, as `Антоний Иванов` is Anton's
    ("Тихонова Андрія Геннадійовича", "ofac-45815", Status.MATCH),  # his genitive: the patronymic a man's
    ("Ефремову А.А., директору по развитию бизнеса", "ofac-45817", Status.REVIEW),  # a title in the dative
    ("Алексеевой Марине Михайловне", "ofac-45854", Status.MATCH),  # `Марине`, romanised, no domain word
    ("о Марине Михайловне Алексеевой", "ofac-45854", Status.MATCH),  # her prepositional is her dative
    ("Кулашовій Ганні Володимирівні", "ofac-45860", Status.MATCH),  # Ukrainian dative, Ганна for Anna
    ("Алексєєвій Марині Михайлівні", "ofac-45854", Status.MATCH),  # was a REVIEW, by spelling alone
    ("Кулашовою Анною Владимировною", "ofac-45860", Status.MATCH),  # instrumental in -ою
    ("Алексєєвою Мариною Михайлівною", "ofac-45854", Status.MATCH),  # the Ukrainian patronymic declined so
    ("Переказ Тихонову Андрію Геннадійовичу", "ofac-45815", Status.MATCH),  # a Ukrainian transfer's memo word
    ("Герберові Михайлові Юрійовичу", "ofac-45856", Status.MATCH),  # the Ukrainian dative -ові
    ("Кулашовой Анне Владимировне основной", "ofac-45860", Status.MATCH),  # an adjective beside her patronymic
    ("Переказ Кулашовій Ганні Володимирівні за основною угодою", "ofac-45860", Status.REVIEW),
])
def test_a_listed_person_named_in_a_case_hits(screener: screening.Screener, query: str, party: str,
                                              status: Status) -> None:
    """The evidence says the part was declined."""
    result = screener.screen(query)
    assert result.status is status and result.hits[0].party.id == party
    assert any("declined" in e.detail for e in result.hits[0].evidence)


@pytest.mark.parametrize("query", ["Тихонов Андрею Геннадьевичу", "Tikhonov Andrei Gennadyevicha",
                                   "Kulashova Anna Vladimirovny", "Тихонов Андрей Геннадьевича"])
def test_declined_names_beside_a_surname_as_written_keep_their_spelling_credit(screener: screening.Screener,
                                                                               query: str) -> None:
    """A surname that does not decline (or written as listed) leaves the given name and patronymic to score by
    spelling: the listed patronymic declined is never another person's."""
    result = screener.screen(query)
    assert result.status is Status.MATCH
    assert "patronymic_conflict" not in {e.feature for e in result.hits[0].evidence}


@pytest.mark.parametrize("query", ["Тихонов Андрей Геннадьевич основной договор",
                                   "Частичной оплаты Тихонову Андрею Геннадьевичу", "Andrei Tikhonov publichnoi"])
def test_adjectives_are_no_declined_patronymics(screener: screening.Screener, query: str) -> None:
    """`основной`, `частичной` end as a daughter's patronymic declined would (-вной, -чной): not read as one."""
    result = screener.screen(query)
    assert result.status is Status.REVIEW
    assert "patronymic_conflict" not in {e.feature for e in result.hits[0].evidence}


@pytest.mark.parametrize("query", [
    "Antonia Ivanova", "IVANOVA, Antonia", "Антонию Иванову",
    "Кулашовой Анны Сергеевны", "Договор с Алексеевой Мариной Петровной", "Тихонова Анна",
    "Tikhonova A.G.", "Перевод Иванову Петру Сергеевичу", "Тихонову Андрею Николаевичу", "Кулашовой Анне Сергеевне",
    "Ani Kulashova", "Denise Zenkine",
    "Иванову Антонию Михайловну",  # Antonia Mikhaylovna Ivanova, accusative: a daughter's patronymic
    "Алексеевой Марине Петровне",
    "Алексєєвій Ірині Петрівні", "Кулашовою Ольгою Іванівною", "Тихоновій Анні Геннадіївні", "Кулашовій Ірині",
    "Кулашовою Анною Сергіївною", "Кулашовій Анні Сергіївні",  # another patronymic, in -ою and -ій
])
def test_a_namesake_in_a_case_stays_clear(screener: screening.Screener, query: str) -> None:
    """A woman of the family (`Tikhonova`, with names of her own that decline a man's, `Antonia`),
    another given name, or another patronymic declined (`Николаевичу`), is another person; a given name or
    patronymic reads as declined only beside the family name declined too (`Ani Kulashova`)."""
    assert screener.screen(query).status is Status.CLEAR


@pytest.mark.parametrize(("query", "party"), [
    ("Тихонова Андрея", "ofac-45815"), ("Andreia Tikhonova", "ofac-45815"),
    ("Тихонова Андрея Геннадиева", "ofac-45815"), ("Licence zakoupena od Antona Ivanova", "ofac-45858"),
    ("Rachunek dla Michaiła Gerbera", "ofac-45856"), ("Рачун Антона Иванова за лиценцу", "ofac-45858"),
    ("Andreje Suvorova", "ofac-45821"),  # Czech: `Andreje`, Andrej's, though its skeleton is that of André
    ("Андрія Єфремова", "ofac-45817"),  # Ukrainian: Andriy's genitive, an equivalent of Andrey declined
])
def test_a_mans_genitive_beside_his_given_name_alone_is_a_review(screener: screening.Screener, query: str,
                                                                 party: str) -> None:
    """A listed man's surname with -a beside his given name declined (Russian, Polish, Czech, Serbian, Latvian
    genitives: `od Antona Ivanova`) is his genitive, or a woman's name where the declined form is one too
    (`Andreia`): a REVIEW that says so, never a MATCH. (Beside his patronymic declined it is his: above.)"""
    result = screener.screen(query)
    assert result.status is Status.REVIEW
    hit = result.hits[0]
    assert hit.party.id == party and hit.score <= 0.84
    assert any("his genitive, or a woman's name" in e.detail for e in hit.evidence)


def test_a_katakana_vowel_is_no_case_ending(screener: screening.Screener) -> None:
    """Katakana ends `Denis` with a vowel (`デニス`, read `Denisu`): no dative beside a family name as listed."""
    hit = screener.screen("デニス・ゼンキン").hits[0]
    assert hit.party.id == "ofac-45864" and not any("declined" in e.detail for e in hit.evidence)


@pytest.mark.parametrize(("word", "forms"), [
    ("директор", ("директора", "директору", "директором", "директоре", "директорові")),
    ("руководитель", ("руководителя", "руководителю", "руководителем", "руководителе")),
    ("главный", ("главного", "главному", "главным", "главном")),
    ("глава", ("главы", "главе", "главу", "главой")),
    ("director", ()), ("вице", ()),
])
def test_title_words_decline_by_how_they_end(word: str, forms: tuple[str, ...]) -> None:
    """A title noun takes -а, -у, -ом, -е (-ові in Ukrainian), an adjective -ого, -ому, -ым, -ом; no Latin word."""
    assert set(forms) <= set(title_forms(word)) and (forms or not title_forms(word))


@pytest.mark.parametrize(("word", "nominative"), [("genadiovihu", "genadiovih"), ("volodimirovihu", "volodimirovih"),
                                                  ("andriu", "andri"), ("volodimirivnoiu", "volodimirivna"),
                                                  ("gannoiu", "ganna")])
def test_a_case_ending_comes_off_for_a_spelling_to_be_compared(word: str, nominative: str) -> None:
    assert skeleton(nominative) in nominatives(skeleton(word))


@pytest.mark.parametrize(("text", "found"), [
    ("в пользу Тихонова А.Г.", [("в пользу", 0, ["Тихонова", "А", "Г"])]),
    ("ДОВЕРЕННОСТЬ НА  ИМЯ Чекунова И.Г.", [("НА ИМЯ", 13, ["Чекунова", "И", "Г"])]),  # any case, spaces collapsed
    ("от имени Борщева Д.С.", [("от имени", 0, ["Борщева", "Д", "С"])]),  # the phrase, not `от` alone
    ("Оплата від: «Тихонова А.Г.»", [("від", 7, ["Тихонова", "А", "Г"])]),  # a colon, quotes between
    ("в лице и.о. генерального директора по финансам Тихонова", [
        ("в лице", 0, ["и", "о", "генерального", "директора", "по", "финансам", "Тихонова"])]),  # eight words at most
    ("Шопот Тихонова", []),  # `от` inside a word governs nothing
    ("12у Тихонова", []),
    ("Tikhonova A.G.", []),
    ("Faktúra pre Denisa Zenkina", [("pre", 8, ["Denisa", "Zenkina"])]),  # Slovak, an accusative: a man's genitive
    ("Płatność na konto Zienkina", [("na konto", 9, ["Zienkina"])]),  # the phrase, not `na` alone
    ("Production Ltd", []),  # `pro` inside a word governs nothing
])
def test_governed_finds_the_words_a_preposition_puts_in_the_genitive(text: str, found: list) -> None:
    assert [(said, start, [w.group() for w in words]) for said, start, words in governed(text)] == found


@pytest.mark.parametrize("query", ["в пользу Тихонова А.Г.", "от Борщева Д.С.", "доверенность на имя Чекунова И.Г.",
                                   "Оплата от А.Г. Тихонова по счёту 12", "в лице генерального директора Тихонова А.Г.",
                                   "від Тихонова А.Г.", "от ИП Тихонова А.Г.", "ОТ: «ТИХОНОВА А.Г.»",
                                   "в лице и.о. генерального директора Тихонова А.Г.", "в адрес Зенкина Д.В.",
                                   "от Андрея Тихонова", "от Гербера М.Ю.", "Тихонова Анна; от Тихонова А.Г.",
                                   "от Дениса Зенкина",  # `Дениса`, alone a woman's name too, is his genitive here
                                   "перевод на Тихонова А.Г.",  # the accusative, a man's genitive
                                   "Faktúra pre Denisa Zenkina", "Płatność na konto Denisa Zienkina",  # Slovak, Polish
                                   "przelew dla Andrieja Tichonowa", "platba od Andreje Suvorova",
                                   "санкции против Дениса Зенкина", "санкції проти Дениса Зенкіна",  # against
                                   "санкції щодо Тихонова А.Г.", "sankcije protiv Denisa Zenkina",
                                   # (a title's field in small letters between)
                                   "в лице директора по развитию бизнеса Ефремова А.А.",
                                   "в лице исполнительного вице-президента по потребительскому бизнесу Гербера М.Ю."])
def test_a_listed_mans_surname_after_a_genitive_preposition_is_his(screener: screening.Screener, query: str) -> None:
    """Alone, `Тихонова А.Г.` may be a woman's name; after `от`, `в пользу`, `на имя` a woman's would read
    `Тихоновой`: the surname is his genitive, read as a capped REVIEW that says so first."""
    result = screener.screen(query)
    assert result.status is Status.REVIEW
    hit = result.hits[0]
    assert hit.evidence[0].feature == "genitive" and hit.score <= 0.89
    assert {hit.party.id} <= {"ofac-45815", "ofac-45862", "ofac-45849", "ofac-45864", "ofac-45856", "ofac-45821",
                              "ofac-45817"}


@pytest.mark.parametrize("query", ["Denisa Zenkina", "Дениса Зенкина", "Denisa Zienkina", "ZENKINA, Denisa",
                                   "Зенкина Дениса Владимирова"])
def test_a_given_name_declined_that_is_a_womans_too_beside_the_surname_with_a_is_a_review(
        screener: screening.Screener, query: str) -> None:
    """`Denisa` is a woman's name too, but few women named so bear a Russian surname (in Czech and Slovak hers
    ends in -ová): beside the listed man's surname with -a, his genitive is the likelier reading, a REVIEW below
    the one after a preposition that says which (`от Дениса Зенкина`)."""
    result = screener.screen(query)
    assert result.status is Status.REVIEW
    assert result.hits[0].party.id == "ofac-45864"
    assert result.hits[0].score <= _HERS_TOO_CAP
    said = screener.screen(f"от {query}") if query.startswith("Д") else None
    assert said is None or said.hits[0].score > result.hits[0].score


_PETROV_LIST = HEADER + person("petrov", "Petrov", "Aleksandr", "Vladimirovich")


@pytest.mark.parametrize("query", ["Aleksandra Petrova", "PETROVA, Aleksandra", "Александра Петрова"])
def test_a_given_name_declined_that_russian_women_bear_beside_the_surname_with_a_is_hers(tmp_path: pathlib.Path,
                                                                                       query: str) -> None:
    """`Aleksandra Petrova` is a woman: Russian and Ukrainian name women so (a name of the lexicon's groups), so
    beside a listed `Aleksandr Petrov` it is no reading of his genitive; after a preposition that says which, it is."""
    path = tmp_path / "petrov.toml"
    path.write_text(_PETROV_LIST, encoding="utf-8")
    screener = screening.Screener(screening.load_list(path))
    assert screener.screen(query).status is Status.CLEAR
    assert screener.screen("от Александра Петрова").status is Status.REVIEW


@pytest.mark.parametrize("query", ["Denisa Vladimirovna Zenkina", "Zenkina Denisa, ur. 1993", "Denisa Zenina"])
def test_a_woman_named_denisa_with_her_own_facts_stays_clear(screener: screening.Screener, query: str) -> None:
    """Her own patronymic, a birth year no slip of his, or another surname: another person."""
    assert screener.screen(query).status is Status.CLEAR


def test_no_genitive_reading_for_a_bulgarian_party(screener: screening.Screener) -> None:
    """Bulgarian prepositions govern no case: `от Иванова` there is from Ms Ivanova."""
    assert screener.screen("Плащане от Иванова А.М. за наем", country="BG").status is Status.CLEAR
    assert screener.screen("Плащане от Иванова А.М. за наем").status is Status.REVIEW


@pytest.mark.parametrize("query", ["Тихонова А.Г.", "от Тихоновой А.Г.", "от Тихонова П.С.", "у Тихонова Анны",
                                   "Тихонова Анна Геннадьевна от ООО Ромашка", "для Зенкиной Д.В.",
                                   "dla Anny Iwanowej", "Faktura pro Denisa Zenina", "Хонорар за Дениса Зенина"])
def test_a_surname_in_a_not_genitive_place_stays_a_womans(screener: screening.Screener, query: str) -> None:
    """Without a preposition before it (or with a woman's genitive, or other initials), no reading is made."""
    assert screener.screen(query).status is Status.CLEAR


@pytest.mark.parametrize("query", ["Андрію Тихонову", "Переказ коштів Андрію Тихонову"])
def test_an_equivalent_in_ii_declined_is_read_beside_the_family_name_declined(screener: screening.Screener,
                                                                            query: str) -> None:
    """`Андрію`: the Ukrainian dative of Andriy, Andrey's equivalent (`Антонию` is Antonia's too: stays clear)."""
    result = screener.screen(query)
    assert result.flagged and result.hits[0].party.id == "ofac-45815"


@pytest.mark.parametrize("query", ["Wywiad z Jewgienijem Kasperskim", "Интервью с Евгением Касперским",
                                   "Евгению Касперскому"])
def test_a_person_named_kaspersky_in_a_case_is_a_person_not_the_brand(screener: screening.Screener,
                                                                       query: str) -> None:
    """A declined given name makes the name a person's (as `Jewgienij Kasperski` is): no brand carrier."""
    assert screener.screen(query).status is Status.CLEAR


@pytest.mark.parametrize("query", ["Kaspersky Marine", "Sahara Kaspersky Distribution", "Kaspersky Murata"])
def test_a_word_ending_in_a_vowel_is_no_declined_given_name(screener: screening.Screener, query: str) -> None:
    """`Marine` is Marin's form only by its bare vowel: the name still carries the brand."""
    assert screener.screen(query).status is Status.REVIEW


@pytest.mark.parametrize("query", ["Даниил Борщёв", "Даниилу Борщёву", "Isplata Daniilu Borščovu",
                                   "Izmaksa Daniilam Borščovam"])
def test_a_surname_with_yo_after_a_husher_declined_is_the_listed_one(screener: screening.Screener,
                                                                     query: str) -> None:
    """`Борщёв` (Borshchiov as read), `Borščov`: ё for the list's е; declined, its stem is read so too."""
    result = screener.screen(query)
    assert result.flagged and result.hits[0].party.id == "ofac-45862"
