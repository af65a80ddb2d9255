"""Ranking: which party a result names first (`screening.ranking`): ties broken by what tells the parties apart, a
listed person before the companies carrying a brand beside the name, and the country code that ends a name."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import screening
from screening.config import ScreeningConfig
from screening.lexicon import analyse
from screening.models import Address, HitClass, ListInfo, Listing, NameType, Party, PartyName, Status
from screening.ranking import Candidate, rank, written_words
from screening.watchlist import Watchlist

_LISTING = Listing(authority="Test", list_name="Test list", short_name="Test", restricts="nothing")


def _org(number: int, *names: str, country: str = "GB", place: str = "Leeds") -> Party:
    return Party(id=f"t{number}", kind="organization", name=names[0],
                 names=tuple(PartyName(n, NameType.PRIMARY if i == 0 else NameType.ALIAS) for i, n in enumerate(names)),
                 listings=(_LISTING,), countries=(country,), addresses=(Address(place, country),))


def _screener(*parties: Party) -> screening.Screener:
    info = ListInfo(id="t", title="t", version="1", newest_action=dt.date(2024, 1, 1),
                    compiled=dt.date(2024, 1, 1), schema_version=1, sha256="0" * 64, source="memory")
    return screening.Screener(Watchlist(info, parties))


def test_written_words_fold_width_and_case_and_split_camel_case() -> None:
    assert written_words("Northwind ＬａｂＵＫ Ltd.") == {"northwind", "lab", "uk", "ltd"}
    assert written_words("ООО «Лаборатория»") == {"ооо", "лаборатория"}
    assert written_words("Kaspersky Labs GmbH") == written_words("KASPERSKY LABS GMBH")  # (no `gmb h`)
    assert written_words("kaspersky_lab_uk_limited") == {"kaspersky", "lab", "uk", "limited"}


def test_a_tie_goes_to_the_organisation_whose_name_the_query_writes_as_listed() -> None:
    """Two companies of one country, `... Labs Limited` and `... Lab UK Ltd`, score alike on a name with the
    country after it (the country confirms the one, is a word of the other's name, and `Labs` is `Lab`): the
    one whose words the query writes as the list does comes first, whichever is listed first."""
    labs, lab_uk = _org(0, "Northwind Labs Limited", "Northwind Labs Ltd"), _org(1, "Northwind Lab UK Ltd")
    for parties in ((labs, lab_uk), (lab_uk, labs)):
        screener = _screener(*parties)
        for name in ("Northwind Labs Limited (UK)", "NORTHWIND LABS LTD - LEEDS GB",
                     "Northwind Labs Ltd, Leeds, United Kingdom"):
            found = screener.screen(name)
            assert [h.score for h in found.hits[:2]] == [1.0, 1.0], name
            assert found.best.party.id == labs.id, name
        assert screener.screen("Northwind Lab UK Ltd").best.party.id == lab_uk.id
        assert screener.screen("Northwind LabUK Ltd").best.party.id == lab_uk.id


def test_a_place_of_the_party_beside_the_name_weighs_as_a_place_word_of_the_name() -> None:
    """With a word that costs (`NWL`, `applicant`), a place of the party's address written beside its name counts
    as a place word of the name met: the two companies score alike (the legal form as written aside), and the
    query's words decide; a
    place of a country whose place the name writes already adds nothing (`Leeds` beside `... UK Ltd`, `Shanghai`
    beside a name that writes `Beijing`)."""
    labs, lab_uk = _org(0, "Northwind Labs Limited"), _org(1, "Northwind Lab UK Ltd")
    for parties in ((labs, lab_uk), (lab_uk, labs)):
        screener = _screener(*parties)
        for name in ("Northwind Labs Limited (NWL), Leeds, UK",
                     "Applicant Northwind Labs Limited Leeds United Kingdom"):
            found = screener.screen(name)
            assert [h.party.id for h in found.hits] == [labs.id, lab_uk.id], name
            assert found.hits[1].score >= found.hits[0].score - 0.01, name
    beijing = _org(0, "Fabrikam (Beijing) Trading", country="CN", place="Beijing")
    screener = _screener(beijing)
    assert screener.screen("Fabrikam (Shanghai) Trading Co").best.score == screener.screen(
        "Fabrikam Trading Co").best.score


def _candidate(number: int, kind_score: float, name: str, name_type: NameType = NameType.PRIMARY) -> Candidate:
    return Candidate(number, 1.0, HitClass.LISTED, name, name_type, (), listed_score=kind_score)


def test_plain_scores_equal_once_rounded_tie() -> None:
    """A plain name score summed in another order (1.03 and 1.0300000000000002) ties: it does not decide."""
    parties = (_org(0, "Northwind Alpha"), _org(1, "Northwind Beta"))
    cands = [_candidate(0, 1.0300000000000002, "Northwind Alpha", NameType.ALIAS),
             _candidate(1, 1.03, "Northwind Beta", NameType.PRIMARY)]
    hits, _ = rank(cands, parties, ScreeningConfig(), query="something else")
    assert [h.party.id for h in hits] == ["t1", "t0"]  # the primary name before the alias


def test_a_person_comes_before_an_organisation_on_a_full_tie() -> None:
    """`Ivan Petrov - Northwind Lab`: the person named, not the employer, whichever is listed first and
    whichever name the query writes as listed."""
    person = Party(id="p", kind="person", name="PETROV, Ivan", names=(PartyName("PETROV, Ivan", NameType.ALIAS),),
                   listings=(_LISTING,))
    org = _org(1, "Northwind Lab")
    query = "Iwan Petrow - Northwind Lab"
    for parties in ((person, org), (org, person)):
        number = {p.id: n for n, p in enumerate(parties)}
        cands = [_candidate(number["p"], 1.0, "PETROV, Ivan", NameType.ALIAS),
                 _candidate(number["t1"], 1.0, "Northwind Lab")]
        hits, _ = rank(cands, parties, ScreeningConfig(), query=query)
        assert [h.party.id for h in hits] == ["p", "t1"]


def test_without_a_tie_the_score_decides() -> None:
    parties = (_org(0, "Northwind Labs Limited"), _org(1, "Northwind Lab UK Ltd"))
    cands = [Candidate(0, 0.9, HitClass.LISTED, "Northwind Labs Limited", NameType.PRIMARY, (), listed_score=0.9),
             Candidate(1, 0.95, HitClass.LISTED, "Northwind Lab UK Ltd", NameType.PRIMARY, (), listed_score=0.95)]
    hits, _ = rank(cands, parties, ScreeningConfig(), query="Northwind Labs Limited")
    assert [h.party.id for h in hits] == ["t1", "t0"]


def test_a_country_code_ending_the_name_is_that_country_unless_it_cuts_the_listed_form() -> None:
    """A two-letter country code after the name is the country (`UA`), confirming the party there and costing
    the others as a foreign place; for a party whose listed form it may cut short (`UA` of `UAB`, `ZA` of
    `ZAO`, `PL` of `PLC`) it is that form cut, and costs nothing (review of e598921)."""
    screener = _screener(_org(0, "Northwind Lab", country="RU", place="Moscow"),
                         _org(1, "Northwind Lab Ukraine", country="UA", place="Kyiv"),
                         _org(2, "Fabrikam UAB", country="LT", place="Vilnius"),
                         _org(3, "Fabrikam ZAO", country="RU", place="Moscow"),
                         _org(4, "Contoso Holdings PLC", country="GB", place="Leeds"))
    found = screener.screen("Northwind Lab UA")
    assert found.best.party.id == "t1" and found.best.score == 1.0
    other = next(h for h in found.hits if h.party.id == "t0")
    assert other.score < 0.9 and "legal_form_cut" not in {e.feature for e in other.evidence}
    assert "place_confirms" in {e.feature for e in screener.screen("Northwind Lab RU").best.evidence}
    for name, party in (("Fabrikam UA", "t2"), ("Fabrikam ZA", "t3"), ("Contoso Holdings PL", "t4")):
        found = screener.screen(name)
        assert found.best.party.id == party and found.best.score >= 0.99, name
        assert "legal_form_cut" in {e.feature for e in found.best.evidence}, name


def test_one_or_two_letters_ending_the_name_that_start_a_listed_form_agree_with_it() -> None:
    """`In` and `I` are a field cut inside `Inc.` (`KASPERSKY LAB I`: a field of sixteen): the party whose listed
    form starts so comes first, before the same name listed without a form (was second, at 0.995); one letter
    after another letter alone is no cut (`A O`: AO spelled apart)."""
    screener = _screener(_org(0, "Northwind Lab", country="RU", place="Moscow"),
                         _org(1, "Northwind Lab, Inc.", country="US", place="Boston"),
                         _org(2, "Northwind Lab OOO", country="UA", place="Kyiv"))
    for name in ("Northwind Lab, In", "NORTHWIND LAB IN", "Northwind Lab, I", "NORTHWIND LAB I"):
        found = screener.screen(name)
        assert [h.party.id for h in found.hits[:2]] == ["t1", "t0"] and found.best.score == 1.0, name
    assert screener.screen("NORTHWIND LAB A O").best.party.id != "t2"


def test_a_country_code_after_the_query_s_own_legal_form_is_the_country_for_every_party() -> None:
    """With a legal form written (`GmbH`), a two-letter code after it is no cut form of another party's
    (`UA` of `UAB`): the party of the form written comes first; a code that is also a US state or province
    after a city is the state (`Nashville TN`, not Tunisia); `TZ` is Tanzania (`تعز`, Taiz, romanises to it
    but a short token from another script names no place) (review of 60d9d7b)."""
    screener = _screener(_org(0, "Fabrikam UAB", country="LT", place="Vilnius"),
                         _org(1, "Fabrikam GmbH", country="DE", place="Berlin"),
                         _org(2, "Northwind Inc", country="US", place="Nashville"))
    for name in ("Fabrikam GmbH UA", "Fabrikam GmbH Ukraine"):  # (a foreign country: as telling as a word)
        found = screener.screen(name)
        assert [n.party.id for n in (*found.hits, *found.near_misses)][0] == "t1", name
    code, country = screener.screen("Fabrikam GmbH UA"), screener.screen("Fabrikam GmbH Ukraine")
    assert [(n.party.id, n.score) for n in (*code.hits, *code.near_misses)] == [
        (n.party.id, n.score) for n in (*country.hits, *country.near_misses)]
    assert screener.screen("Northwind Inc Nashville TN").best.score == 1.0
    assert analyse(("fabrikam", "tz"))[1].place == "TZ"


def test_a_code_read_as_a_foreign_country_keeps_the_brand_s_owner_first() -> None:
    """`Kaspersky Labs Ltd TR` is as foreign as `... Turkey`: no listed subsidiary is lifted past it as the
    name that fits the brand best (review of 60d9d7b)."""
    screener = screening.Screener()
    for name in ("Kaspersky Labs Ltd TR", "Kaspersky Labs Ltd Turkey"):
        found = screener.screen(name)
        assert found.best.party.id == "kaspersky-ao", name
        assert "brand_best_fit" not in {e.feature for h in found.hits for e in h.evidence}, name


def test_a_listed_person_comes_before_a_company_carrying_the_brand_beside_the_name() -> None:
    """`Chekunov, I.G. (Kaspersky)`: the brand in brackets is the employer, so the listed person (a hit at
    0.78) moves up past the unlisted companies carrying the brand (0.85) right before it; never past a listed
    or product hit, a REVIEW never past a MATCH, not a person whose attributes conflict with the query's, and
    only among the hits shown (review of b59c5d2)."""
    screener = screening.Screener()
    for name, person in (("Chekunov, I.G. (Kaspersky)", "ofac-45849"),
                         ("Gerber, M. Y. (Kaspersky Lab)", "ofac-45856")):
        found = screener.screen(name)
        assert found.best.party.id == person and found.best.score < found.hits[1].score, name
    ids = [h.party.id for h in screener.screen("Tikhonov, A.G., Kaspersky Group").hits]
    assert ids.index("kaspersky-group") < ids.index("ofac-45815")  # (the company the query names)
    for attributes in ({"kind": "organization"}, {"country": "US"}):
        found = screener.screen("Andrei Tikhonov (Kaspersky Lab)", **attributes)
        assert found.best.party.kind == "organization", attributes
    two = screening.Screener(config=ScreeningConfig(max_hits=2)).screen("Chekunov, I.G. (Kaspersky)")
    assert [h.party.id for h in two.hits] == ["ofac-45849", "kaspersky-ao"]  # (kept: `_crowded_out`)
    person = Party(id="p", kind="person", name="PETROV, Ivan", names=(PartyName("PETROV, Ivan", NameType.PRIMARY),),
                   listings=(_LISTING,))
    parties = (_org(0, "Northwind Lab"), person, _org(2, "Northwind Lab Leeds"), _org(3, "Northwind Antivirus"))
    carrier = Candidate(0, 0.85, HitClass.AFFILIATE, "Northwind Lab", NameType.BRAND, ())
    petrov = Candidate(1, 0.75, HitClass.LISTED, "PETROV, Ivan", NameType.PRIMARY, (), listed_score=0.75)
    listed = Candidate(2, 0.8, HitClass.LISTED, "Northwind Lab Leeds", NameType.PRIMARY, (), listed_score=0.8)
    product = Candidate(3, 0.78, HitClass.PRODUCT, "Northwind Antivirus", NameType.BRAND, (), listed_score=0.78)
    cases = [([carrier, petrov], ["p", "t0"]), ([attrs.evolve(carrier, score=0.9), petrov], ["t0", "p"]),
             ([carrier, listed, product, petrov], ["t0", "t2", "t3", "p"])]
    for cands, expected in cases:
        hits, _ = rank(cands, parties, ScreeningConfig(), query="Ivan Petrov (Northwind)")
        assert [h.party.id for h in hits] == expected


def test_another_city_of_the_party_s_country_is_no_place_met() -> None:
    """Only the party's country or a place its address writes counts as a place word of the name met, and the
    evidence says so: `Berlin` is explained for a company in Ingolstadt, not credited (it was a MATCH)."""
    screener = screening.Screener()
    berlin = screener.screen("Kasperski Lab (NWL), Berlin")
    assert berlin.status is Status.REVIEW and "place_met" not in {e.feature for e in berlin.best.evidence}
    london = screener.screen("Kaspersky Labs Limited (KLL), London, UK").best
    assert london.party.id == "kaspersky-labs-ltd"
    assert {e.query_part for e in london.evidence if e.feature == "place_met"} == {"london uk"}


@pytest.mark.parametrize(("words", "place"), [(("south", "america"), None), (("america", "latina"), None),
                                              (("south", "american"), None), (("sudamerika",), None),
                                              (("latin", "america"), None), (("north", "america"), "US"),
                                              (("america",), "US")])
def test_a_region_that_holds_a_country_s_name_is_no_country(words: tuple[str, ...], place: str | None) -> None:
    """`South America`, `América Latina`: the region, not the United States, so it confirms no US company (`North
    America` stays the US and Canada's, and names the US company: `Kaspersky Lab North America`)."""
    assert analyse(words)[-1].place == place and analyse(words)[-1].role == "place"
    screener = _screener(_org(0, "Northwind Software Inc", country="US", place="Boston"))
    assert "place_confirms" not in {e.feature for e in screener.screen("Northwind Software Inc (South America)").best
                                    .evidence}


@pytest.mark.parametrize("name", ["Kaspersky (Woburn, MA)", "KASPERSKY, WOBURN MA 01801",
                                  "Kaspersky Sales Manager, USA"])
def test_a_place_the_query_writes_names_the_brands_company_there_first(name: str) -> None:
    """The bare brand reads alike as the owner's product and as each company carrying it; the US company's place
    beside it says which (a product the query names whole still comes first: `Kaspersky Security Network ... in the
    United States` is the owner's product; one it names a word of, `Kaspersky ... Manager`, does not)."""
    screener = screening.Screener()
    assert screener.screen(name).hits[0].party.id == "kaspersky-inc"
    product = screener.screen("operation of the Kaspersky Security Network (KSN) in the United States")
    assert product.hits[0].party.id == "kaspersky-ao"


@pytest.mark.parametrize("name", ["Тихонов А.Г., член совета директоров АО «Лаборатория Касперского»",
                                  "D. Zenkin – Kaspersky Lab PR"])
def test_a_listed_person_is_never_crowded_out_of_the_hits_by_organisations(name: str) -> None:
    """The employer's name reads as each company of its group, ten hits above the person's REVIEW: he is another
    party to answer for, so the lowest organisations make room for him; the best hit, and the status it gives,
    stay, however few hits are asked for."""
    person = {"Т": "ofac-45815", "D": "ofac-45864"}[name[0]]
    for most in (10, 3, 2):
        found = screening.Screener(config=ScreeningConfig(max_hits=most)).screen(name)
        ids = [hit.party.id for hit in found.hits]
        assert len(ids) == most and ids[0] == "kaspersky-ao" and person in ids, (most, ids)
        assert found.status is Status.MATCH
    one = screening.Screener(config=ScreeningConfig(max_hits=1)).screen(name)
    assert [hit.party.id for hit in one.hits] == ["kaspersky-ao"]


def test_a_listed_person_named_with_the_brand_as_employer_comes_before_the_bare_brand() -> None:
    """After a dash the brand alone is read as a name too, and scores as the brand's product; the person whose
    listed employer it is (`role_confirms`) is the one the query names."""
    hits = screening.Screener().screen("Kirill Astrakhan - Kaspersky").hits
    assert hits[0].party.id == "ofac-45818"
    assert {hit.party.id for hit in hits[1:3]} == {"kaspersky-ao", "kaspersky-inc"}


@pytest.mark.parametrize(("name", "person"), [
    ("CN=Andrey Tikhonov, O=AO Kaspersky Lab, E=andrey.tikhonov@kaspersky.com", "ofac-45815"),
    ("Andrey Efremov | AO Kaspersky Lab", "ofac-45817")])
def test_a_listed_person_named_with_the_listed_employer_comes_first(name: str, person: str) -> None:
    """The record is the person's, the company named as the employer (the list relates them): the person first,
    then the company's MATCH and its other readings (was the company first at 1.0)."""
    hits = screening.Screener().screen(name).hits
    assert hits[0].party.id == person and hits[1].party.id == "kaspersky-ao"


@pytest.mark.parametrize(("name", "first"), [
    ("Andrey Efremov | Kaspersky Labs GmbH", "kaspersky-gmbh"),  # (not the related party: no move at all)
    ("AO Kaspersky Lab (CEO: Andrei Tikhonov)", "kaspersky-ao"),  # (the company written first: the record's)
    ("AO Kaspersky Lab, attn. Andrey Tikhonov", "kaspersky-ao")])
def test_a_listed_person_is_not_moved_where_the_record_is_the_companys(name: str, first: str) -> None:
    """Only to the front, where the related party heads the hits and the text writes the person first; the
    person's place among the other hits is as scored (not between two readings of one name)."""
    hits = screening.Screener().screen(name).hits
    scores = [h.score for h in hits]
    assert hits[0].party.id == first and scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("name", ["Kaspersky US", "Kaspersky Lab U.S.", "KASPERSKY LAB US", "Kaspersky Lab (US)",
                                  "Kaspersky Lab Inc. - US anti-virus vendor"])
def test_the_united_states_after_the_name_names_the_us_company(name: str) -> None:
    """(was a tie at 0.85 with the parent, the parent first: `US` was no place)"""
    result = screening.Screener().screen(name)
    assert result.hits[0].party.id == "kaspersky-inc" and result.hits[0].score > result.hits[1].score


@pytest.mark.parametrize(("name", "party_id"), [
    ("Касперский Лабс Лимитед, Великобритания", "kaspersky-labs-ltd"),  # `Лабс` is the listed `Labs`
    ("Лаборатория Касперского (Великобритания) Лтд", "kaspersky-uk"),  # `Лтд` says nothing: the country decides
])
def test_a_tie_goes_to_the_name_a_cyrillic_query_spells_as_listed(name: str, party_id: str) -> None:
    """Cyrillic `Лабс` writes the listed `Labs` (its letters read as Latin ones); a legal form's word (`Лтд`) says
    nothing, so a country the query names in other words decides where the name's words do not."""
    hits = screening.Screener().screen(name).hits
    assert hits[0].score == hits[1].score and hits[0].party.id == party_id


@pytest.mark.parametrize(("name", "party_id"), [
    ("Kaspersky Lab LLC", "kaspersky-ua"),  # three of four words of `Kaspersky Lab LLC (Kyiv)`, not its best name
    ("KASPERSKY LAB LLC\nKIEV\nUKRAINE", "kaspersky-ua"),
    ("ООО Касперский Гр.", "kaspersky-group"),  # two of three of `ООО «Касперский Груп»`
    ("касперский.рф", "kaspersky-ao"),  # the brand's word alone is not most of the group company's Russian name
])
def test_a_tie_goes_to_the_party_with_a_name_the_query_writes_most(name: str, party_id: str) -> None:
    """Of parties scoring alike, the one with a name (not only the one that scored) whose words the query writes
    most, where it writes most of them."""
    hits = screening.Screener().screen(name).hits
    assert hits[0].score == hits[1].score and hits[0].party.id == party_id


def test_a_brand_or_weak_alias_other_than_the_name_matched_breaks_no_tie() -> None:
    """Every name of a group writes its brand (`Northwind`): a party's brand or weak alias counts only where it is
    the name matched, so the company whose own name the query writes most comes first."""
    brand = Party(id="t0", kind="organization", name="Northwind Holding AO",
                  names=(PartyName("Northwind Holding AO", NameType.PRIMARY), PartyName("Northwind", NameType.WEAK),
                         PartyName("Nordwind", NameType.BRAND)),
                  listings=(_LISTING,), countries=("RU",), addresses=(Address("Moscow", "RU"),))
    parties = (brand, _org(1, "Northwind Trading Japan", country="JP", place="Tokyo"))
    cands = [Candidate(0, 1.0, HitClass.LISTED, "Northwind Holding AO", NameType.PRIMARY, (), listed_score=1.0),
             Candidate(1, 1.0, HitClass.LISTED, "Northwind Trading Japan", NameType.PRIMARY, (), listed_score=1.0)]
    hits, _ = rank(cands, parties, ScreeningConfig(), query="Northwind Trading Japon")
    assert [h.party.id for h in hits] == ["t1", "t0"]


@pytest.mark.parametrize(("name", "party_id"), [
    ("Kaspersky Lab, Inc. (U.S. subsidiary of AO Kaspersky Lab)", "kaspersky-inc"),
    ("Kaspersky Labs GmbH (EU-Vertreter der AO Kaspersky Lab)", "kaspersky-gmbh"),
    ("AO Kaspersky Lab; Kaspersky Lab, Inc.", "kaspersky-ao"),
])
def test_a_tie_goes_to_the_party_whose_longest_name_the_text_writes_first(name: str, party_id: str) -> None:
    """Of two listed companies a text names whole, scoring alike, the one named first is the record's: its longest
    name written in a row, not a shorter one that starts the other's too (`Kaspersky Lab`)."""
    hits = screening.Screener().screen(name).hits
    assert hits[0].score == hits[1].score and hits[0].party.id == party_id
