"""Case endings other languages put on a listed name (`screening.endings`), and how persons read them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening import endings
from screening.endings import apostrophe_cut, hyphened_cut, stems
from screening.normalize import normalize
from screening.romanize import skeleton

Status = screening.Status


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


def _skel(word: str) -> str:
    return skeleton(normalize(word).tokens[0])


@pytest.mark.parametrize(("word", "nominative"), [
    ("Ivanovam", "ivanov"),  # Latvian dative
    ("Borščevui", "borshchev"),  # Lithuanian dative
    ("Zenkinille", "zenkin"),  # Finnish allative
    ("Zenkinin", "zenkin"),  # Finnish genitive, Albanian accusative, after -in
    ("Tihhonovile", "tikhonov"),  # Estonian allative
    ("Tichonowowi", "tikhonov"),  # Polish dative
    ("Gerberju", "gerber"),  # Slovene dative
    ("Gerberrel", "gerber"),  # Hungarian instrumental, its v made the stem's r
    ("Ivanovval", "ivanov"),
    ("Ivanovnak", "ivanov"),  # Hungarian dative
    ("Efremovistvis", "efremov"),  # Georgian `for`
    ("Kulashovës", "kulashova"),  # Albanian genitive of her -a
    ("Kulaszowej", "kulashova"),  # Polish genitive
    ("Kulashovale", "kulashova"),  # Estonian allative after her -a
    ("Kulashovának", "kulashova"),  # Hungarian dative
    ("Dudorinová", "dudorina"),  # Czech -ová on the masculine stem
    ("Alexejevovú", "alekseyeva"),  # Slovak -ová in the accusative
    ("Jefremovo", "efremov"),  # Lithuanian genitive
    ("Gerbers", "gerber"),  # German genitive
    ("Suvorovun", "suvorov"),  # Azerbaijani genitive, no apostrophe
    ("Yefremovdan", "efremov"),  # ... ablative
    ("Ivanovla", "ivanov"),  # ... comitative
    ("Ivanoven", "ivanov"),  # Basque genitive
    ("Zenkinnek", "zenkin"),  # Hungarian dative, the doubled n one in the skeleton
    ("Astrahannak", "astrakhan"),
    ("Тихоновдун", "tikhonov"),  # Kyrgyz genitive
    ("Ивановның", "ivanov"),  # Kazakh genitive
    ("Tikhonovning", "tikhonov"),  # Uzbek genitive
    ("Kulashovaning", "kulashova"),
    ("Зенкинге", "zenkin"),  # Kazakh and Kyrgyz dative
])
def test_an_ending_comes_off_a_family_name(word: str, nominative: str) -> None:
    assert skeleton(nominative) in stems(_skel(word))


@pytest.mark.parametrize(("word", "nominative"), [
    ("Antonam", "anton"), ("Daniilui", "daniil"), ("Mihailnak", "mihail"), ("Andrejui", "andrei"),
    ("Kirillnek", "kirill"), ("Marinai", "marina"), ("Andrejaus", "andrei"), ("Igoriui", "igor"),
    ("Andrejovi", "andrei"),
])
def test_an_ending_comes_off_a_given_name(word: str, nominative: str) -> None:
    assert skeleton(nominative) in stems(_skel(word), given=True)


@pytest.mark.parametrize(("word", "not_read"), [
    ("Antonia", "anton"),  # a name of her own
    ("Antonin", "anton"),
    ("Antonis", "anton"),
    ("Denise", "denis"),
    ("Mihaila", "mihail"),
])
def test_no_ending_that_makes_another_given_name_comes_off_a_given_name(word: str, not_read: str) -> None:
    assert skeleton(not_read) not in stems(_skel(word), given=True)


@pytest.mark.parametrize(("word", "not_read"), [
    ("Astrakhanin", "astrakhan"),  # another surname made of a place's name: Finnish -in only after -ov, -ev, -in
    ("Ivanova", "ivanov"),  # her surname, not his in a case (`screening.cases` reads his genitive)
    ("Ivanovu", "ivanov"),  # Russian's -u: `screening.cases`
    ("Gerbere", "gerber"),  # a single vowel but -i
    ("Gerbera", "gerber"),  # his genitive or her name (`screening.cases`), not Hungarian `Gerberra` collapsed
])
def test_endings_read_elsewhere_or_making_surnames_do_not_come_off(word: str, not_read: str) -> None:
    assert skeleton(not_read) not in stems(_skel(word))


@given(st.text(alphabet="abdeiklmnoprstuvz", max_size=14))
def test_a_stem_is_shorter_than_the_word_and_keeps_three_letters(skel: str) -> None:
    for stem in stems(skel):
        assert 3 <= len(stem) <= len(skel)
        # the ending comes off the end; only a woman's -a is put back, and -ev for an -ov that is ё (`borshov`)
        assert stem[:-1] == skel[:len(stem) - 1] or stem.endswith("ev") and stem[:-2] == skel[:len(stem) - 2]


@pytest.mark.parametrize(("text", "cut"), [
    ("Andrei Tikhonov'a ödeme", "Andrei Tikhonov ödeme"),
    ("KASPERSKY LAB'A ÖDEME", "KASPERSKY LAB ÖDEME"),
    ("Kaspersky Lab’ın lisansı", "Kaspersky Lab lisansı"),
    ("Kulaşova'ya ve Çekunov'un", "Kulaşova ve Çekunov"),
    ("Kaspersky Lab'daki", "Kaspersky Lab"),
    ("Tikhonov's", "Tikhonov"),  # the English possessive
    ("Kaspersky Lab Inc’s subscriptions", "Kaspersky Lab Inc subscriptions"),
    ("Kaspersky Labs GmbH'nın", "Kaspersky Labs GmbH"),  # after a capital, the buffer n (its name ends in a vowel)
    ("Kaspersky Lab-ın", "Kaspersky Lab"),  # Azerbaijani sets it apart with a hyphen too
    ("Denis Zenkinə honorar", "Denis Zenkin honorar"),  # and an ending with ə with no mark at all
])
def test_an_ending_after_an_apostrophe_is_cut(text: str, cut: str) -> None:
    assert apostrophe_cut(text) == cut


@pytest.mark.parametrize("text", ["Dar'ya Ivanova", "Il'ya", "O'Neil Trading", "Iur'evich", "Kaspersky Lab",
                                  "Rock'n'roll", "Al's", "DAR'YA", "Kaspersky-in", "Tikhonov-un", "Məmməd"])
def test_an_apostrophe_that_sets_no_ending_apart_stays(text: str) -> None:
    assert apostrophe_cut(text) is None


@pytest.mark.parametrize(("text", "cut"), [("Kaspersky Lab-ın", "Kaspersky Lab"), ("Zenkin-ə ödəniş", "Zenkin ödəniş"),
                                         ("Kaspersky-in", "Kaspersky-in"),
                                         ("Müller-Lüdenscheidt", "Müller-Lüdenscheidt")])
def test_an_ending_after_a_hyphen_is_cut_from_the_name_itself(text: str, cut: str) -> None:
    """Only an ending with a letter no English word has: `-in` may be a word (`Inc` cut short), `-Lüdenscheidt` is
    no ending."""
    assert hyphened_cut(text) == cut


def test_an_ending_after_a_hyphen_is_no_legal_form() -> None:
    """Read as a word, `-ın` was `Inc` cut short, and put Kaspersky Lab, Inc. first."""
    assert screening.Screener().screen("Kaspersky Lab-ın").hits[0].party.id == "kaspersky-ao"


@pytest.mark.parametrize(("query", "party"), [
    ("maksājums Antonam Ivanovam", "ofac-45858"),
    ("mokėjimas Daniilui Borščevui", "ofac-45862"),
    ("maksu Denis Zenkinille", "ofac-45864"),
    ("makse Andrei Tihhonovile", "ofac-45815"),
    ("plačilo Mihailu Gerberju", "ofac-45856"),
    ("átutalás Gerber Mihailnak", "ofac-45856"),  # Hungarian declines the name's last word only
    ("pagesë Anna Kulashovës", "ofac-45860"),
    ("platba pre Marinu Alexejevovú", "ofac-45854"),
    ("Anna Dudorinová", "ofac-45860"),
    ("Antonam Mihailovičam Ivanovam", "ofac-45858"),
    ("Andrei Tikhonov'a ödeme", "ofac-45815"),
    ("Anna Kulaşova'ya", "ofac-45860"),
    ("ანდრეი ეფრემოვი", "ofac-45817"),  # Georgian ფ for Russian ф
    ("ანდრეი ეფრემოვისგან", "ofac-45817"),  # ... and a postposition after -ის
    ("Andrej Szuvorovtól", "ofac-45821"),  # a Hungarian ending tells the Hungarian spelling (sz for s)
    ("Anna Kulasovának", "ofac-45860"),  # ... and its s for sh
    ("Átutalás Kirill Asztrahannak", "ofac-45818"),  # ... after -an too; `átutalás`, `részére`: memo words
    ("Antono Ivanovo", "ofac-45858"),  # Lithuanian genitive, both parts
    ("Igoriui Čekunovui", "ofac-45849"),
    ("Andrej Szuvorovval", "ofac-45821"),
    ("Gyenyisz Zenkinnek", "ofac-45864"),  # the doubled n one letter in the skeleton
    ("Marina Alekseyevaya", "ofac-45854"),  # Azerbaijani dative after a vowel
    ("Андрей Тихоновдун", "ofac-45815"),  # Kyrgyz genitive
    ("Денис Зенкинге", "ofac-45864"),  # Kazakh dative
    ("Антон Ивановның", "ofac-45858"),  # Kazakh genitive after a consonant
    ("Anna Kulashovaning", "ofac-45860"),  # Uzbek genitive
])
def test_a_listed_person_with_another_languages_ending_hits(screener: screening.Screener, query: str,
                                                          party: str) -> None:
    result = screener.screen(query)
    assert result.status is Status.MATCH
    assert result.hits[0].party.id == party


def test_an_azerbaijani_ending_cut_is_read_in_the_other_schemes_too(screener: screening.Screener) -> None:
    """`Mixail Gerberə`: the name with its dative cut is read with x as kh too, as the name as written is."""
    result = screener.screen("Mixail Gerberə ödəniş")
    assert result.hits[0].party.id == "ofac-45856" and result.hits[0].score >= 0.8


def test_the_evidence_says_the_ending_was_read(screener: screening.Screener) -> None:
    evidence = screener.screen("Antonam Ivanovam").hits[0].evidence
    family = next(e for e in evidence if e.feature == "family_name")
    given_name = next(e for e in evidence if e.feature == "given_name")
    assert family.query_part == "ivanovam"
    assert "another language's case ending" in family.detail
    assert "another language's case ending" in given_name.detail


@pytest.mark.parametrize("query", [
    "maksājums Pēterim Ivanovam",  # the listed surname, another given name
    "maksu Dmitri Zenkinille",
    "átutalás Gerber Péternek",
    "Oleg Tikhonovile",
    "mokėjimas Igoriui Sokolovui",  # no listed name at all
    "pagesë për Anna Smirnovës",
    "Zeninille Denis",  # a near surname in a case: no closer than as written
    "Kirill Astrakhanin",  # a surname made of the listed one, not a case of it (nor Kazakh -nin, its n doubled)
    "Oleg Tikhonovdun",  # the listed surname in a case, another given name
    "Anton Ivanovka", "Антон Петров, Ивановка",  # a village (-ka is no dative read: Kazakh writes қ, the skeleton к)
    "Antonia Ivanova",
    "pagesë Ani Kulashovës",  # Ani is a name of her own, not Anna in a Russian case beside another language's
    "IVANOV, Antonel",  # a Romanian name, not a Hungarian ending (-nél is front, Anton back)
    "ZENKIN, Denisot",  # no accusative read on the last word alone
    "Kulashova Anatol",
    "Denisa Zenkin",  # a woman's name of her own (`Denisa`), the surname as Western records write hers
])
def test_another_person_in_a_case_stays_clear(screener: screening.Screener, query: str) -> None:
    assert screener.screen(query).status is Status.CLEAR


@pytest.mark.parametrize(("query", "party"), [
    ("Anton Ivanovo", "ofac-45858"),  # Ivanovo is a town too
    ("Kirill Astrakhani", "ofac-45818"),  # a surname of its own
    ("Anna Dudorini", "ofac-45860"),
    ("Michail Gerbers Provision", "ofac-45856"),  # German genitive: Gerbers is a surname of its own too
])
def test_a_one_letter_ending_beside_a_given_name_as_written_is_a_review(screener: screening.Screener, query: str,
                                                                        party: str) -> None:
    result = screener.screen(query)
    assert result.status is Status.REVIEW and result.hits[0].party.id == party


def test_a_hungarian_ending_on_the_last_word_agrees_with_its_vowels() -> None:
    assert "mihail" in stems("mihailnak", given=True, last_word=True)
    assert "denis" in stems("denisnek", given=True, last_word=True)
    assert "denis" not in stems("denisnak", given=True, last_word=True)
    assert "anton" not in stems("antonel", given=True, last_word=True)  # (`Antonel`, a name of its own)


def test_a_one_letter_ending_on_a_given_name_is_read_only_beside_a_family_name_declined() -> None:
    assert "anton" not in stems("antono", given=True)
    assert "anton" in stems("antono", given=True, single=True)


@pytest.mark.parametrize(("query", "party"), [
    ("Jednání s Igorem Čekunovem, právním ředitelem", "ofac-45849"),  # Czech `s`: with
    ("Stretnutie s Andrejom Duchvalovom v Bratislave", "ofac-45863"),  # Slovak
    ("Dogovor s Mihailom Gerberom o uvjetima", "ofac-45856"),  # Croatian, `o` before a word in lower case
    ("Марину Алексееву включили в SDN-список", "ofac-45854"),  # Russian `в` before a word in Latin letters
])
def test_a_one_letter_preposition_before_a_declined_name_is_no_initial(screener: screening.Screener, query: str,
                                                                       party: str) -> None:
    """Read as an initial, the preposition stood beside the given name and cost the name its hit."""
    result = screener.screen(query)
    assert result.flagged and result.hits[0].party.id == party


@pytest.mark.parametrize("query", ["Иванов и Антон Сидоров", "Договор между Ивановым и Антоном Петровым",
                                   "Тихонов и Андрей Петров"])
def test_a_cyrillic_conjunction_is_not_dropped(screener: screening.Screener, query: str) -> None:
    """`и` (and) joins two persons' names: read without it, their parts made one listed name."""
    assert screener.screen(query).status is Status.CLEAR


@pytest.mark.parametrize("query", ["Kirill z Astrakhan", "Ivanov a Anton", "s Igorem Čekunovem"])
def test_a_dropped_one_letter_word_is_at_most_a_review_that_says_so(screener: screening.Screener,
                                                                    query: str) -> None:
    """As often `from` or `and` as a preposition before a declined name: the reading is capped, and said."""
    result = screener.screen(query)
    assert result.status is Status.REVIEW and result.hits[0].score <= 0.89
    assert result.hits[0].evidence[0].feature == "letter_dropped"


@pytest.mark.parametrize(("query", "party"), [
    ("Obshchestvo s ogranichennoy otvetstvennostyu Kaspersky Group", "kaspersky-group"),
    # (a Polish form: no listed party is Polish, so the names decide, and the parent's is written whole)
    ("Kaspersky Lab Sp. z o.o.", "kaspersky-ao"), ("Kaspersky Lab Italia Srl a socio unico", "kaspersky-it")])
def test_legal_forms_holding_one_letter_words_still_read(screener: screening.Screener, query: str,
                                                         party: str) -> None:
    assert screener.screen(query).status is Status.MATCH and screener.screen(query).hits[0].party.id == party


@pytest.mark.parametrize("query", ["Anny Kułaszowej", "Úhrada v prospech Anny Kulašovovej"])
def test_a_womans_given_name_in_the_west_slavic_genitive_is_hers(screener: screening.Screener, query: str) -> None:
    """`Anny` (Polish, Czech, Slovak: Anna's) folds as `Ani` does, a name of its own; its -y is a case ending."""
    result = screener.screen(query)
    assert result.flagged and result.hits[0].party.id == "ofac-45860"


@pytest.mark.parametrize(("query", "party"), [
    ("Kifizetés Marina Alekszejeva részére", "ofac-45854"), ("Anna Kulasova nevére kiállított számla", "ofac-45860")])
def test_hungarian_postpositions_and_memo_words_are_noise(screener: screening.Screener, query: str,
                                                         party: str) -> None:
    """`részére` (for), `nevére` (in the name of), `számla` (invoice) say nothing of who is named."""
    result = screener.screen(query)
    assert result.flagged and result.hits[0].party.id == party


@pytest.mark.parametrize(("query", "party"), [
    ("Ugovor s Marinom Aleksejevom", "ofac-45854"),  # Croatian: her instrumental, -om for her -a
    ("Marinou Alexejevovou", "ofac-45854"),  # Czech: -ou, which the skeleton reads as Belarusian -ov
    ("Marinos Aleksejevos", "ofac-45854"),  # Lithuanian: her genitive, -os on both (`Marinos` alone: a name)
    ("Anno Kulašovo", "ofac-45860"),  # Slovene: her accusative
])
def test_a_womans_name_in_a_case_of_another_language_hits(screener: screening.Screener, query: str,
                                                           party: str) -> None:
    result = screener.screen(query)
    assert result.status is Status.MATCH and result.hits[0].party.id == party


@pytest.mark.parametrize(("text", "found"), [
    ("marinou", ("marina",)), ("alexejevovou", ("alekseva",)), ("andreje", ("andrei",)), ("kulashova", ()),
    ("ou", ()), ("tikhonov", ())])
def test_written_stems_cut_the_endings_a_skeleton_hides(text: str, found: tuple[str, ...]) -> None:
    assert endings.written_stems(text) == found


def test_a_given_names_ending_that_makes_another_name_is_read_only_where_the_family_name_shares_it(
        screener: screening.Screener) -> None:
    """`Marinos` is a name of its own (Greek); beside `Aleksejevos`, her Lithuanian genitive, it is hers."""
    assert screener.screen("Marinos Alekseeva").status is not Status.MATCH
    assert endings.ending_of("marinos", "marina") == "os" and endings.ending_of("antonam", "anton") == "am"


@pytest.mark.parametrize(("query", "status"), [
    ("Лабораторията на Касперски", Status.MATCH),  # Bulgarian: the laboratory (-та, the article) of Kaspersky
    ("Zmluva s Kasperského laboratóriom", Status.MATCH),  # Slovak: the brand's genitive, the word's instrumental
    ("Labaratoryja Kasperskaha", Status.MATCH),  # Belarusian in Łacinka
    ("Kasperskyjev protivirusni program", Status.REVIEW),  # Slovene: Kaspersky's (a possessive), a product
])
def test_a_listed_company_in_another_languages_case_hits_the_company(screener: screening.Screener, query: str,
                                                                     status: Status) -> None:
    result = screener.screen(query)
    assert result.status is status and result.hits[0].party.id == "kaspersky-ao"


@pytest.mark.parametrize(("word", "stem"), [
    ("incin", "inc"),  # Finnish genitive after a consonant
    ("limiteds", "limited"),  # Swedish genitive
    ("limiteddel", "limited"),  # Hungarian instrumental, its v made the stem's last consonant
    ("labbal", "lab"),
    ("labot", "lab"),  # Hungarian accusative
    ("japanin", "japan"),
    ("moszkvai", "moszkva"),  # a Hungarian adjective of a town
])
def test_an_ending_comes_off_a_company_word(word: str, stem: str) -> None:
    assert stem in endings.word_stems(word)


@given(st.text(alphabet="abcdeiklnorstuvy", max_size=14))
def test_a_company_words_stem_is_shorter_and_keeps_three_letters(word: str) -> None:
    for stem in endings.word_stems(word):
        assert 3 <= len(stem) < len(word) and word.startswith(stem[:-1])


@pytest.mark.parametrize(("query", "party"), [
    ("Kaspersky Lab Incin asiakkaat siirrettiin", "kaspersky-inc"),  # Finnish: Kaspersky Lab Inc's customers
    ("Kaspersky Groupin lisääminen listalle", "kaspersky-group"),
    ("Kaspersky Labs Japanin jakelusopimus", "kaspersky-jp"),
    ("a londoni Kaspersky Labs Limiteddel kötött szerződés", "kaspersky-labs-ltd"),  # Hungarian instrumental
    ("a kijevi Kaspersky Lab LLC-vel", "kaspersky-ua"),  # Kyiv's adjective, as Hungarian writes it
])
def test_a_listed_companys_word_in_another_languages_case_names_that_company(screener: screening.Screener,
                                                                              query: str, party: str) -> None:
    assert screener.screen(query).hits[0].party.id == party


@pytest.mark.parametrize("word", ["common", "spare", "share", "corps", "labia", "shaban", "then"])
def test_a_short_stem_takes_no_ending_that_ends_words_of_other_languages(word: str) -> None:
    """`comm` (communications), `spa`, `corp` and `lab` are known words, but these are words of their own."""
    assert all(len(stem) > 3 for stem in endings.word_stems(word)) and "corp" not in endings.word_stems(word)


@pytest.mark.parametrize("query", ["Inca Labs", "Northwind Co Bars", "Labor Northwind Common", "Rusin Northwind",
                                   "Sadat Northwind", "Golden Northwind", "kirill astrakhani", "Astrakhanie Kirill"])
def test_no_case_is_read_where_the_word_is_one_of_its_own(query: str) -> None:
    """A one-letter ending on a legal form (`Inca`), a plural (`Bars`), an abbreviation's (`Common`), a country's
    code (`Rusin`), a word of a town of two words (`Sadat`: Novi Sad), and a town's name as a surname (`Astrakhan`
    is a listed person's) read nothing."""
    assert normalize(query).alternates == ()


def test_a_genitive_s_on_a_legal_form_names_that_company(screener: screening.Screener) -> None:
    assert screener.screen("brittiska Kaspersky Labs Limiteds årsredovisning").hits[0].party.id == "kaspersky-labs-ltd"


def test_a_legal_form_before_a_possessive_closes_the_name(screener: screening.Screener) -> None:
    """`Inc's` cut to `Inc` inside the words: the form ends the company's name, the rest is said of it."""
    assert screener.screen("Kaspersky Lab Inc's customers moved to another vendor").hits[0].party.id == "kaspersky-inc"
