"""The bounds never underestimate a score, so what they skip (parties, names) changes no result: checked
against the exact scores and against screening with every name of every party scored."""

from __future__ import annotations

import functools
import itertools
import pathlib
import tempfile

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import screening
import screening.bounds as bounds_module
import screening.normalize as normalize_module
import screening.scoring as scoring_module
from screening import tables
from screening.bounds import Bounds
from screening.features import unit_row
from screening.lexicon import analyse
from screening.normalize import normalize
from screening.scoring import QueryContext, org_score, party_words
from screening.screen import _Cutoff

from fixture_lists import HEADER, organization, person


@functools.cache
def screener() -> screening.Screener:
    return screening.Screener()


WORDS = sorted({w for p in screener().watchlist.parties if p.kind == "organization" for n in p.names
                for w in n.text.replace(",", " ").split() if w.isascii()})
OTHER = ["Acme", "UK", "Moscow", "Ltd", "(remit", "to)", "-", "Vendor", "12", "Kasper", "sky", "Lab", "Labs", "Inc",
         "Schweiz", "I", "FZ", "L", "Kaspersky", "Kasperskiy", "Laboratoriya", "Security", "Network", "Lsbs", "Lav",
         "Inx", "Ldt", "Slr", "ME", "M.E.", "PLC", "AG", "AB", "KK", "SARL", "Pty Ltd", "NV"]


def _exceeds(query: str) -> list[tuple[str, float, float]]:
    """(listed name, exact raw score, tight bound) for every listed organisation name the bound undercuts."""
    norm = normalize(query)
    tokens = analyse(norm.tokens, norm.qualifiers)
    index = screener().watchlist.index
    bounds = Bounds(tokens, norm)
    context = QueryContext(tokens)
    out = []
    for record in index.records:
        party = screener().watchlist.parties[record.party]
        if party.kind != "organization":
            continue
        words = party_words(party)
        scored = org_score(tokens, norm.legal_forms, record, party, words, norm.legal_text, explain=False,
                           context=context)
        bound = bounds.tight(record, party, words)
        if scored is not None and scored.raw > bound:
            out.append((record.name.text, scored.raw, bound))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS + OTHER), min_size=1, max_size=6))
@example(["Kasper", "sky", "Lab", "UK"])  # a split word
@example(["KasperskyLab", "Italia"])  # a joined one
@example(["Kaspersky", "Lab", "I"])  # a cut last word
@example(["Kaspersky", "Lab", "Middle", "East", "FZ", "L"])  # a legal form cut short
@example(["Kaspersky", "Lab", "ME", "FZ-LLC"])  # initials of listed place words
def test_the_tight_bound_is_never_below_the_score(words: list[str]) -> None:
    assert _exceeds(" ".join(words)) == []


def test_the_tight_bound_holds_for_every_form_of_one_country() -> None:
    """A form of one country costs a party there of another class little (`scoring._form_country`): the bound
    takes what that may add, before or after every listed company's name."""
    forms = sorted(tables.legal_form_countries())
    names = sorted({p.name for p in screener().watchlist.parties if p.kind == "organization"})
    for form in forms:
        for name in names:
            for query in (f"{name} {form}", f"{form} {name}"):
                assert _exceeds(query) == [], query


def test_the_tight_bound_holds_for_every_slip_of_a_short_domain_word_or_legal_form() -> None:
    """A slip pairs with a listed domain word (`features._slip`) and a mistyped legal form at the end costs
    nothing where the listed form agrees (`scoring._agreeing_slip`): the bound takes both."""
    slipped = sorted(set(normalize_module._short_slips()) | set(normalize_module._legal_slips()))
    for slip in slipped:
        for query in (f"Kaspersky {slip} GmbH", f"Kaspersky Lab {slip}", f"Kaspersky Labs {slip} (UK)"):
            assert _exceeds(query) == [], query


def test_the_tight_bound_charges_words_no_listed_word_resembles() -> None:
    """`Acme Widgets Kaspersky Lab`: two unexplained words make `Kaspersky Lab` unreachable at 0.9."""
    norm = normalize("Acme Widgets Kaspersky Lab")
    tokens = analyse(norm.tokens, norm.qualifiers)
    index = screener().watchlist.index
    record = next(r for r in index.records if r.name.text == "Kaspersky Lab")
    party = screener().watchlist.parties[record.party]
    bound = Bounds(tokens, norm).tight(record, party, party_words(party))
    assert bound < 0.9


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS + OTHER), min_size=1, max_size=5), st.sampled_from([None, "RU", "GB"]))
@example(["Acme", "Widgets", "Kaspersky", "Lab"], None)
def test_skipping_unreachable_parties_changes_no_result(words: list[str], country: str | None) -> None:
    query = " ".join(words)
    fast = screener().screen(query, country=country).to_dict()
    assert fast == _exhaustive(screener().watchlist, query, country=country)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS + OTHER + ["KasperskyLaboratoriya", "Globaltradingcompany"]), min_size=1,
                max_size=5))
@example(["Kaspersky"])  # joined listed units longer than any query word: skipped without scoring
@example(["KasperskyLab"])
def test_rows_the_bound_leaves_for_alignment_are_what_alignment_finds(words: list[str]) -> None:
    """`Bounds.prime` fills the per-query row memo for many names at once, and `Bounds.tight` for one name
    at a time (some rows by a length shortcut): either way, `align` reads what it would find itself, with
    the pairs remembered from earlier queries or without, and the bounds are the same. So too when the
    names' units are grouped by length, as for the second query that reaches them (`ListedUnits.lengths`)."""
    from screening import features

    norm = normalize(" ".join(words))
    tokens = analyse(norm.tokens, norm.qualifiers)
    index = screener().watchlist.index
    half = list(range(0, len(index.records), 2))  # (the other half one by one)
    found = []
    for primed in ("", "once", "grouped"):
        bounds = Bounds(tokens, norm)
        known: dict = {}
        if primed == "grouped":
            Bounds(tokens, norm).prime(index.records, half, known)
            features._PAIRS.clear()  # (so that the grouped units decide which pairs are compared)
        if primed:
            bounds.prime(index.records, half, known)
            assert (known[tuple(half)]._lengths is not None) == (primed == "grouped")
        found.append([bounds.tight(record, index.parties[record.party], party_words(index.parties[record.party]))
                      for record in index.records])
        memo = bounds.context.unit_memo
        for record in index.records:
            for r_idx, r_skel, r_tok, r_key in record.units:
                assert memo[r_key] == unit_row(bounds.context.units, len(r_idx) > 1, r_skel, r_tok, r_key)
    assert found[0] == found[1] == found[2]


def test_queries_whose_words_resemble_the_names_alike_share_what_their_words_owe() -> None:
    """What a primed name's listed words owe its bound is shared by the queries whose words resemble the
    primed units alike, the same words at the same places (`bounds._WORDS_PARTS`): the bounds are those of a
    fresh start, also for a query with the same words in another order."""
    index = screener().watchlist.index
    rids = [rid for rid, record in enumerate(index.records) if index.parties[record.party].kind != "person"]

    def bounds_of(query: str, fresh: bool) -> list[list[tuple[float, int]]]:
        if fresh:
            bounds_module._WORDS_PARTS.clear()
        norm = normalize(query)
        bounds = Bounds(analyse(norm.tokens, norm.qualifiers), norm)
        bounds.prime(index.records, rids)
        return [bounds.rank(index.records, [rid], index.parties[index.records[rid].party],
                            party_words(index.parties[index.records[rid].party])) for rid in rids]

    bounds_of("Kaspersky Lab 1001", fresh=True)
    for query in ("Kaspersky Lab 2002", "Lab Kaspersky 3003", "Kaspersky Lab Italia 4004", "Kaspersky 5005"):
        assert bounds_of(query, fresh=False) == bounds_of(query, fresh=True), query


def test_queries_alike_in_what_alignment_reads_share_their_alignments() -> None:
    """A primed name's alignment is shared by the queries alike in what aligning reads of them
    (`scoring._ALIGNMENTS`, from the second query reading so): every score and its evidence are those of a
    fresh start, also for queries
    with the same words in another order, in brackets, cut short or ending in a cut legal form."""
    index = screener().watchlist.index
    rids = [rid for rid, record in enumerate(index.records) if index.parties[record.party].kind != "person"]

    def scores_of(query: str, fresh: bool) -> list[object]:
        if fresh:
            scoring_module._ALIGNMENTS.clear()
            scoring_module._SEEN.clear()
        norm = normalize(query)
        tokens = analyse(norm.tokens, norm.qualifiers)
        bounds = Bounds(tokens, norm)
        bounds.prime(index.records, rids)
        return [org_score(tokens, norm.legal_forms, index.records[rid], index.parties[index.records[rid].party],
                          party_words(index.parties[index.records[rid].party]), norm.legal_text,
                          context=bounds.context) for rid in rids]

    for first, second in (("Kaspersky Lab 1001 Moscow", "Kaspersky Lab 2002 Moscow"),  # alike: shared
                          ("Kaspersky Lab Moscow 1001", "Kaspersky Lab Moscow 2002"),  # a vendor number last
                          ("Kaspersky Lab 1001 Moscow", "Kaspersky Lab (1001) Moscow"),  # in brackets
                          ("Kaspersky Lab 1001 Moscow", "Lab Kaspersky 1001 Moscow"),  # in another order
                          ("Kaspersky Lab 1001 Moscow", "Kaspresky Lab 1001 Moscow"),  # misspelt
                          ("Kaspersky Lab Mix", "Kaspersky Lab Mid"),  # cut short (`Middle East`)
                          ("Kaspersky Lab FX L", "Kaspersky Lab FZ L")):  # a legal form cut short (`FZ-LLC`)
        scores_of(first, fresh=True)
        scores_of(first, fresh=False)  # (alignments are kept from a reading's second query on)
        assert scores_of(second, fresh=False) == scores_of(second, fresh=True), (first, second)


def test_a_vendor_number_last_leaves_the_alignments_shared() -> None:
    """The last word matters to alignment only as the start of a listed word it may be cut short of: queries
    ending in different vendor numbers read alike, and the second uses the first's alignments."""
    index = screener().watchlist.index
    rids = [rid for rid, record in enumerate(index.records) if index.parties[record.party].kind != "person"]
    scoring_module._ALIGNMENTS.clear()
    scoring_module._SEEN.clear()

    def prime(query: str) -> QueryContext:
        norm = normalize(query)
        bounds = Bounds(analyse(norm.tokens, norm.qualifiers), norm)
        bounds.prime(index.records, rids)
        return bounds.context

    prime("Kaspersky Lab 1001")
    prime("Kaspersky Lab 1001").aligned(index.records[rids[0]])  # kept from the second query reading so
    assert len(scoring_module._ALIGNMENTS) == 1
    assert rids and prime("Kaspersky Lab 2002")._shared  # the same reading: its alignments are there already
    assert not prime("Kaspersky Lab Mid")._shared  # cut short of `Middle` (and like no word): another reading


# Two parties whose names hold `united kingdom` as a place and not.
_TINY_LIST = (HEADER + organization("apart", "Zorblat Kingdom United Foo")
              + organization("place", "Zorblat United Kingdom"))


def test_the_bound_tells_a_place_from_the_same_word_elsewhere(tmp_path) -> None:  # noqa: ANN001
    """`united` in `united kingdom` is a place (Britain), elsewhere it is not: bounding the name without the
    place first must not lower the bound of the name with it."""
    path = tmp_path / "tiny.toml"
    path.write_text(_TINY_LIST, encoding="utf-8")
    index = screening.load_list(path).index
    norm = normalize("Zorblat Britain")
    tokens = analyse(norm.tokens, norm.qualifiers)
    bounds = Bounds(tokens, norm)
    context = QueryContext(tokens)
    for record in index.records:  # in list order: the name without the place is bounded first
        party = index.parties[record.party]
        scored = org_score(tokens, norm.legal_forms, record, party, party_words(party), norm.legal_text,
                           explain=False, context=context)
        assert scored is None or bounds.tight(record, party, party_words(party)) >= scored.raw, record.name.text
    assert screening.Screener(screening.load_list(path)).screen("Zorblat Britain").best.party.id == "place"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS + OTHER), min_size=1, max_size=5), st.sampled_from([None, "organization"]))
@example(["Kaspersky", "Lab", "GmbH"], None)
@example(["Zao", "Kaspersky", "Lab", "UK"], "organization")
@example(["Joint", "Company", "Kaspersky", "Lab"], None)  # the brand owner: its best name, not the first
@example(["Kaspersky", "Lab", "LLC", "(K", "yiv)"], None)  # a split word the bound must see joined
@example(["Kaspersky", "Pr", "ivate", "Security", "Network"], None)
@example(["(Beijing)", "(Kyiv)", "(Beijing)", "Kasperskogo", "Limited"], None)  # a place's company, unscored
@example(["Kasperskogo", "Switzerland", "UK"], None)  # two places' companies, one unscored
def test_skipping_names_by_their_bounds_changes_no_result(words: list[str], kind: str | None) -> None:
    """With every bound infinite, every reached name of every party is scored (in list order): the result
    is the same, down to the name matched and the evidence."""
    query = " ".join(words)
    assert screener().screen(query, kind=kind).to_dict() == _unpruned(screener().watchlist, query, kind=kind)


def _unpruned(watchlist: screening.Watchlist, query: str, **attributes: str | None) -> dict:
    """The result with every bound infinite: every reached name of every party scored, in list order."""
    original = Bounds.rank
    try:
        Bounds.rank = _unbounded  # type: ignore[method-assign]
        return screening.Screener(watchlist).screen(query, **attributes).to_dict()
    finally:
        Bounds.rank = original  # type: ignore[method-assign]


def _unbounded(self: Bounds, records: tuple, rids: list[int], party: object, words: frozenset[str]
               ) -> list[tuple[float, int]]:
    """`Bounds.rank` with every bound infinite: the names in list order."""
    return sorted((float("-inf"), rid) for rid in rids)


_NEAR_TIES = organization("electro", "Electro Soft Kasper Nova OOO", (
    "Soft Electro Kasper Nova Ltd", "Electro Soft Kasper Nova Logistics", "Electro Soft Kasper Nova Energy",
    "Electro Nova Soft Kasper OOO"))


def test_float_rounding_never_changes_the_name_a_party_matches(tmp_path) -> None:  # noqa: ANN001
    """The primary name and an alias with the same words score alike up to the last bit of a float, summed in
    another order than the bound sums them: the bounds keep a margin, so the name reported is the one
    scoring every name gives (the primary), not the alias scored first."""
    path = tmp_path / "near-ties.toml"
    path.write_text(HEADER + _NEAR_TIES, encoding="utf-8")
    watchlist = screening.load_list(path)
    query = "Electro Nova Soft Kaper OOO"
    fast = screening.Screener(watchlist).screen(query).to_dict()
    assert fast["hits"] and fast == _unpruned(watchlist, query)


_FORMS = ("S en C", "GmbH", "Sendirian Berhad", "Limited", "Sociedade Anonima", "Sh.M.M",
          "Non Public Joint Stock Company")
_FORMS_LIST = HEADER + "".join(organization(f"f{n}", f"Northwind Traders {form}", ("Northwind Traders",))
                                for n, form in enumerate(_FORMS))


def test_the_bound_holds_for_every_legal_form_cut_short(tmp_path) -> None:  # noqa: ANN001
    """A field cut inside a legal form (`Northwind Traders Sen`) may agree with one listed form and be
    spelled like another: the bound must take the most the cut may add, whichever name is bounded."""
    path = tmp_path / "forms.toml"
    path.write_text(_FORMS_LIST, encoding="utf-8")
    index = screening.load_list(path).index
    cuts = {form[:k] for form in _FORMS for k in range(3, len(form))}
    for cut in sorted(cuts):
        norm = normalize(f"Northwind Traders {cut}")
        tokens = analyse(norm.tokens, norm.qualifiers)
        bounds, context = Bounds(tokens, norm), QueryContext(tokens)
        for record in index.records:
            party = index.parties[record.party]
            scored = org_score(tokens, norm.legal_forms, record, party, party_words(party), norm.legal_text,
                               explain=False, context=context)
            bound = bounds.tight(record, party, party_words(party))
            assert scored is None or bound >= scored.raw, (cut, record.name.text)


def _exhaustive(watchlist: screening.Watchlist, query: str,
                config: screening.ScreeningConfig = screening.DEFAULT_CONFIG, **attributes: str | None) -> dict:
    """The result with every bound infinite and the cutoff never rising past what a near miss may show."""
    original = Bounds.rank, _Cutoff.saw
    try:
        Bounds.rank = _unbounded  # type: ignore[method-assign]
        _Cutoff.saw = lambda self, cand: cand  # type: ignore[method-assign]
        return screening.Screener(watchlist, config=config).screen(query, **attributes).to_dict()
    finally:
        Bounds.rank, _Cutoff.saw = original  # type: ignore[method-assign]


_CONFIGS = (screening.DEFAULT_CONFIG, attrs.evolve(screening.DEFAULT_CONFIG, review_threshold=0.5, near_miss_floor=0.2),
            attrs.evolve(screening.DEFAULT_CONFIG, review_threshold=0.88, match_threshold=0.95))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS + OTHER + ["Andrei", "Tikhonov", "Kaspersky,", "Eugene", "Ivanovich"]),
                min_size=1, max_size=5),
       st.sampled_from([{}, {"kind": "person"}, {"kind": "organization", "country": "GB"}, {"country": "RU"}]),
       st.sampled_from(_CONFIGS))
@example(["Kaspersky", "Labs", "Limited"], {}, screening.DEFAULT_CONFIG)
@example(["Kaspersky", "Labs", "Limited"], {"kind": "person"}, screening.DEFAULT_CONFIG)  # 0.85 - 0.15: no hit
@example(["Kaspersky", "Lab", "Middle", "Ea"], {}, screening.DEFAULT_CONFIG)  # a non-owner lifted past the owners
@example(["Eugene", "Kaspersky,", "Kaspersky", "Lab"], {}, _CONFIGS[2])
# a listed name held whole beside many other words: its bound is low, but it is the brand's carrier
@example(["Kaspersky", "Lab", "Italia", "Srl", "Acme", "Widgets", "Trading", "Northwind", "Global"], {},
         screening.DEFAULT_CONFIG)
# an owner of the brand whose names are all out of reach: it still carries the brand
@example(["Kaspresky", "Acme", "Widgets", "Trading", "Northwind", "Global"], {}, screening.DEFAULT_CONFIG)
# two owners read first at one score, one of them in the place written: none is lifted, in whatever order they come
@example(["(Beijing)", "America", "Kasperskogo"], {}, screening.DEFAULT_CONFIG)
def test_a_sure_hit_skips_only_what_no_result_shows(words: list[str], attributes: dict, config: object) -> None:
    """Once a hit is sure, parties that could only be near misses go unscored: the result is the one of
    scoring every name of every party reached, down to the name matched and the evidence."""
    query = " ".join(words)
    fast = screening.Screener(screener().watchlist, config=config).screen(query, **attributes).to_dict()
    assert fast == _exhaustive(screener().watchlist, query, config, **attributes)


def _organisations_scored(monkeypatch, watchlist: screening.Watchlist,  # noqa: ANN001
                          query: str) -> tuple[screening.ScreeningResult, int, screening.ScreeningResult, int]:
    """The result of `query` and how many organisations it scored; then the same with the cutoff never
    rising (`_Cutoff.saw` noting nothing)."""
    scored: list[int] = []
    original = screening.Screener._organization

    def spy(self, number, *args):  # noqa: ANN001, ANN002, ANN202
        scored.append(number)
        return original(self, number, *args)

    monkeypatch.setattr(screening.Screener, "_organization", spy)
    fast = screening.Screener(watchlist).screen(query)
    skipping = len(scored)
    scored.clear()
    monkeypatch.setattr(_Cutoff, "saw", lambda self, cand: cand)
    return fast, skipping, screening.Screener(watchlist).screen(query), len(scored)


def test_a_sure_hit_leaves_the_parties_only_near_misses_unscored(monkeypatch) -> None:  # noqa: ANN001
    """`Kaspersky Labs Limited` reaches every company with `Kaspersky` in its name; the owners of the brand
    are scored, a sure hit, and the affiliates none of whose names may reach the review threshold are not."""
    fast, skipping, every, all_scored = _organisations_scored(monkeypatch, screener().watchlist,
                                                              "Kaspersky Labs Limited")
    assert every == fast and fast.hits
    assert skipping < all_scored


# A crowded list: 30 companies, each two of five words, a kind of business, a legal form and countries, and
# three persons sharing those words, so that most queries have many near misses.
_CROWD_WORDS = ("Northwind", "Borealis", "Quantum", "Zephyr", "Halcyon")
_CROWD_KINDS = ("Trading", "Logistics", "Systems")
_CROWD_FORMS = ("Ltd", "GmbH", "LLC")
_CROWD_COUNTRIES = ('["RU"]', '["GB"]', "[]", '["RU", "GB"]')  # a country the query gives agrees with some, not others
_CROWD_PERSONS = (("Northwind", "Ivan", "Petrovich"), ("Borealis", "Anna", "Sergeevna"),
                  ("Zephyrov", "Oleg", "Ivanovich"))


@functools.cache
def _crowd() -> screening.Watchlist:
    names = [f"{a} {b} {kind}" for a, b in itertools.combinations(_CROWD_WORDS, 2) for kind in _CROWD_KINDS]
    text = HEADER + "".join(organization(f"o{n}", f"{name} {_CROWD_FORMS[n % 3]}").replace(
        "listings", f"countries = {_CROWD_COUNTRIES[n % 4]}\nlistings") for n, name in enumerate(names))
    text += "".join(person(f"p{n}", *parts) for n, parts in enumerate(_CROWD_PERSONS))
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "crowd.toml"
        path.write_text(text, encoding="utf-8")
        return screening.load_list(path)


_CROWD_CONFIGS = (screening.DEFAULT_CONFIG, attrs.evolve(screening.DEFAULT_CONFIG, max_near_misses=1),
                  attrs.evolve(screening.DEFAULT_CONFIG, max_near_misses=2, near_miss_floor=0.2),
                  attrs.evolve(screening.DEFAULT_CONFIG, review_threshold=0.5, max_near_misses=5))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_CROWD_WORDS + _CROWD_KINDS + _CROWD_FORMS
                                + ("Shipping", "Holding", "Ivan", "Anna", "Petrovich", "Zephyrova", "(remit", "to)",
                                   "-", "c/o")),
                min_size=1, max_size=5),
       st.sampled_from([{}, {"kind": "organization"}, {"country": "RU"}, {"kind": "person", "country": "GB"}]),
       st.sampled_from(_CROWD_CONFIGS))
@example(["Halcyon", "Systems"], {}, screening.DEFAULT_CONFIG)
@example(["Borealis", "Trading", "Holding"], {"kind": "organization"}, _CROWD_CONFIGS[1])
# the one near miss shown is a person (kind and country agree): a company's bound is compared with its score
# less what agreeing attributes may add
@example(["Zephyrova", "(remit", "Northwind"], {"kind": "person", "country": "GB"}, _CROWD_CONFIGS[1])
def test_parties_below_the_last_near_miss_shown_go_unscored_and_change_no_result(
        words: list[str], attributes: dict, config: object) -> None:
    """Once `max_near_misses` parties score, a party that cannot reach the lowest of them is not scored: the
    result is the one of scoring every name of every party reached."""
    query = " ".join(words)
    fast = screening.Screener(_crowd(), config=config).screen(query, **attributes).to_dict()
    assert fast == _exhaustive(_crowd(), query, config, **attributes)


def test_near_misses_leave_the_parties_that_cannot_be_shown_unscored(monkeypatch) -> None:  # noqa: ANN001
    """`Halcyon Systems` reaches the 12 companies holding either word; three are shown as near misses, and
    once three score, those whose bounds cannot reach the third are not scored."""
    fast, skipping, every, all_scored = _organisations_scored(monkeypatch, _crowd(), "Halcyon Systems")
    assert every == fast
    assert len(fast.near_misses) == 3 and not fast.hits
    assert skipping < all_scored == 12


_ONE_NEAR_MISS = attrs.evolve(screening.DEFAULT_CONFIG, max_near_misses=1)


@pytest.mark.parametrize(("query", "attributes", "config"), [
    # the score with the attributes applied is compared, not the plain one
    ("Kaspersky Mikhail", {"country": "GB"}, screening.DEFAULT_CONFIG),
    # the cutoff never rises past what a hit may score: the hit stays
    ("卡巴斯基 - DUDORINA, Anna", {}, _ONE_NEAR_MISS),
    # the k-th best party seen, not the best
    ("Denis Kaspersky", {"kind": "organization"}, screening.DEFAULT_CONFIG),
    # what agreeing attributes may add, and shown steps, under the k-th best
    ("ALEKSEEVA GERBER Евгений", {"country": "RU"},
     attrs.evolve(screening.DEFAULT_CONFIG, attribute_confirm_bonus=0.2, attribute_conflict_penalty=0.0,
                  max_near_misses=1, near_miss_floor=0.2)),
])
def test_near_misses_skip_only_what_no_result_shows(query: str, attributes: dict, config: object) -> None:
    """Names of the bundled list where skipping what the near misses would not show, done wrong in one way or
    another, changes the result: done right, it is the result of scoring every party reached."""
    fast = screening.Screener(screener().watchlist, config=config).screen(query, **attributes).to_dict()
    assert fast == _exhaustive(screener().watchlist, query, config, **attributes)
