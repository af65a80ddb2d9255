"""The candidate index's building blocks give the same lookups as the plain structures they replace."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening.deletions import DeletionIndex, deletions

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = st.text(alphabet="abkr", min_size=1, max_size=7)  # a small alphabet: many shared deletions


def _plain_near(words: list[str], word: str) -> set[str]:
    """The reference: a set of words per key, every word keyed by itself and its deletions."""
    table: dict[str, set[str]] = {}
    for w in words:
        for key in deletions(w) | {w}:
            table.setdefault(key, set()).add(w)
    out: set[str] = set()
    for key in deletions(word) | {word}:
        out |= table.get(key, set())
    return out


@FAST
@given(st.lists(WORDS, max_size=30), WORDS)
def test_deletion_index_finds_what_a_set_per_key_finds(words: list[str], word: str) -> None:
    index = DeletionIndex(words)
    assert index.near(word) == _plain_near(words, word)
    for w in words:
        assert index.near(w) == _plain_near(words, w)


def test_deletion_index_examples() -> None:
    index = DeletionIndex(["kaspersky", "kasperski", "tikhonov"])
    assert index.near("kaspresky") == {"kaspersky"}  # a transposition: both lose a letter to `kasprsky`
    assert index.near("kasperky") == {"kaspersky"}  # a deletion of an indexed word
    assert index.near("kasperskyy") == {"kaspersky"}  # an insertion
    assert index.near("kaspersk") == {"kaspersky", "kasperski"}  # a key two words share
    assert index.near("ivanov") == set()


@FAST
@given(st.lists(st.tuples(st.sampled_from("xyz"), WORDS), max_size=30))
def test_grouped_tables_hold_what_a_list_per_key_holds(pairs: list[tuple[str, str]]) -> None:
    from screening.deletions import grouped, members

    plain: dict[str, set[str]] = {}
    for key, word in pairs:
        plain.setdefault(key, set()).add(word)
    table = grouped(pairs)
    assert {key: set(members(table.get(key))) for key in "xyzw" if key in plain} == plain
    assert members(table.get("w")) == ()
    for key, words in plain.items():  # a key only one word has holds that word, not a 1-tuple
        assert (table[key] == next(iter(words))) if len(words) == 1 else isinstance(table[key], tuple)


def test_gc_pause_nests_and_restores() -> None:
    import gc

    from screening._gcpause import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # a collector the caller disabled stays disabled
    finally:
        gc.enable()


def test_is_fragment_is_a_proper_start_of_a_long_anchor() -> None:
    import screening
    from screening.index import _MIN_CONTAIN

    index = screening.load_list().index
    anchors = [a for a in index._anchor_records if len(a) >= _MIN_CONTAIN]
    prefixes = {a[:k] for a in anchors for k in range(3, len(a))}
    probes = prefixes | set(index._anchor_records) | {a[:k] + "z" for a in anchors for k in range(len(a))}
    assert {p for p in probes if index.is_fragment(p)} == prefixes & probes


@FAST
@given(st.lists(st.text(alphabet="abck", min_size=1, max_size=9), max_size=30),
       st.lists(st.text(alphabet="abck", max_size=9), max_size=30))
def test_is_fragment_agrees_with_every_start_listed(anchors: list[str], probes: list[str]) -> None:
    """On any anchors (one the start of another, shared starts): a proper start of 3+ letters of an anchor
    of _MIN_CONTAIN+ letters, and nothing else."""
    from screening.index import _MIN_CONTAIN, CandidateIndex

    index = CandidateIndex((), (), {a: () for a in anchors})
    prefixes = {a[:k] for a in anchors if len(a) >= _MIN_CONTAIN for k in range(3, len(a))}
    for probe in [*probes, *prefixes, *anchors]:
        assert index.is_fragment(probe) == (probe in prefixes), probe


def test_two_words_joined_must_be_the_anchor_not_hold_it() -> None:
    """`Kasper sky` joins into Kaspersky; `Kasper Skytte` joins into a longer word that merely starts with it,
    which a single token may (`KasperskyLab`) but a repaired split may not."""
    import screening

    index = screening.load_list().index
    assert "kasperski" in dict(index.lookup("kasperskytte"))  # one glued token: found inside
    assert "kasperski" not in dict(index.lookup("kasperskytte", inside=False))
    assert dict(index.lookup("kaspersky", inside=False)).get("kasperski") == 1.0
    screener = screening.Screener()
    assert screener.screen("Kasper sky Lab").status is screening.Status.MATCH
    assert screener.screen("Kasper Skytte ApS").status is screening.Status.CLEAR


@FAST
@given(st.lists(st.text(alphabet="abck", min_size=1, max_size=9), max_size=30),
       st.text(alphabet="abck", max_size=6), st.text(alphabet="abck", max_size=6))
def test_split_end_is_a_listed_word_cut_in_two_with_at_most_one_slip_before_the_cut(
        anchors: list[str], before: str, word: str) -> None:
    """On any anchors: `word` ends one (3+ letters, leaving 3+ before it) and `before` is what precedes it there,
    or one edit from that; nothing else (the reference: every cut of every anchor)."""
    from screening.index import _MIN_CONTAIN, _MIN_TAIL, CandidateIndex
    from screening.similarity import one_edit_apart

    index = CandidateIndex((), (), {a: () for a in anchors})
    cuts = {(a[:k], a[k:]) for a in anchors if len(a) >= _MIN_CONTAIN
            for k in range(_MIN_TAIL, len(a) - _MIN_TAIL + 1)}
    for b, w in [(before, word), *cuts, *((before, w) for _, w in cuts)]:
        expected = any(w == tail and (b == head or one_edit_apart(head, b)) for head, tail in cuts)
        assert index.split_end(b, w) == expected, (b, w)
        assert index.is_tail(w) == any(w == tail for _, tail in cuts), w


def test_a_split_word_with_a_slip_before_the_cut_is_found_and_weaker_than_either_damage_alone() -> None:
    """`Kaspre sky` (a slip, then a space inside the word) and `Casper Sky Lab` reach Kaspersky; being two
    damages, they score below the same slip written as one word. Two words that merely end like a listed one
    stay apart (`Ali Khan`: `astrakhan`)."""
    import screening

    screener = screening.Screener()
    for split, whole in (("Kaspre sky Labs Ltd", "Kaspresky Labs Ltd"), ("Casper Sky Lab", "Caspersky Lab")):
        found, one = screener.screen(split), screener.screen(whole)
        assert found.status is not screening.Status.CLEAR and found.best is not None, split
        assert one.best is not None and found.best.party.id == one.best.party.id
        assert found.best.score < one.best.score
    for name in ("Ali Khan", "Imran Khan Trading", "Blue Sky Lab", "Tikho Nova"):
        assert screener.screen(name).status is screening.Status.CLEAR, name


@pytest.mark.parametrize(("word", "anchor"), [("suvoov", "suvorov"), ("efrejov", "efremov"),
                                              ("kulasjova", "kulashova")])
def test_a_slip_the_skeleton_folds_further_away_still_reaches_the_listed_word(word: str, anchor: str) -> None:
    """`suvoov` folds to `suvov`, two edits from `suvorov`, and `efrejov` to `efrev`; as written each is one
    edit from the listed spelling, and the person is a REVIEW."""
    import screening

    assert anchor in dict(screening.load_list().index.lookup(word))


def test_index_reuses_the_list_checks_normalisation() -> None:
    import screening
    from screening.index import CandidateIndex
    from screening.listfile import read_list_file

    path = screening.bundled_lists()["kaspersky"]
    watchlist = read_list_file(sorted(path.glob("*.toml"))[-1])  # the newest version
    assert watchlist._normalized  # the check normalised every name once
    fresh = CandidateIndex.build(watchlist.parties)
    reused = watchlist.index
    assert watchlist._normalized is None  # handed over, then dropped
    assert [(r.party, r.name, r.norm, r.tokens) for r in reused.records] == \
        [(r.party, r.name, r.norm, r.tokens) for r in fresh.records]
    assert reused._anchor_records == fresh._anchor_records


def test_confirm_tables_made_on_first_use_match_a_full_build() -> None:
    """A common anchor's second-word table, made lazily, lists what an eager pass over its records lists."""
    from screening.index import _COMMON, CandidateIndex, _confirm_keys
    from screening.models import Listing, NameParts, Party, PartyName

    def person(i: int, given: str, family: str) -> Party:
        return Party(id=f"p{i}", kind="person", name=f"{given} {family}",
                     names=(PartyName(f"{given} {family}"), PartyName(f"{family.upper()}, {given}")),
                     listings=(Listing("A", "L", "L", "nothing"),), name_parts=NameParts(given=given, family=family))

    givens = ["Ivan", "Oleg", "Anna", "Maria", "Pavel", "Sergei", "Olga", "Yuri"]
    parties = tuple(person(i, givens[i % len(givens)], "Petrov" if i % 3 else f"Zed{chr(97 + i % 26)}ov")
                    for i in range(3 * _COMMON + 6))
    index = CandidateIndex.build(parties)
    assert index._common == {"petrov"} and not index._confirm
    eager: dict[str, list[int]] = {}
    for rid in index.records_of("petrov"):
        for key in _confirm_keys(index.records[rid].tokens, "petrov"):
            eager.setdefault(key, []).append(rid)
    assert index.confirm_table("petrov") == {k: tuple(v) for k, v in eager.items()}
    assert index.confirm_table("petrov") is index.confirm_table("petrov")


def test_a_last_word_cut_short_reaches_the_anchors_it_starts_once_confirmed() -> None:
    """`cut_anchors`: the listed words the last word outside brackets starts (three letters on, a word no
    table knows); `cut_records`: of their names, those another word of the query confirms."""
    import screening
    from screening.lexicon import analyse

    index = screening.Screener().watchlist.index

    def cut(*words: str, qualifiers: frozenset[int] = frozenset()) -> tuple[str, ...]:
        return index.cut_anchors(analyse(words, qualifiers))

    assert cut("lab", "kasp") and all(a.startswith("kasp") and a != "kasp" for a in cut("lab", "kasp"))  # skeletons
    assert cut("kasp", "lab") == () and cut("lab", "ka") == ()  # not last; too short to say
    assert cut("lab", "kas") and all(a.startswith("kas") for a in cut("lab", "kas"))
    assert cut("lab", "kasp", "moskva", qualifiers=frozenset({2})) == ()  # a word in brackets follows: not cut
    assert cut("lab", "kaspersky") == ()  # whole, it reaches its own anchor
    tokens = analyse(("lab", "kasp"))
    confirmed = index.cut_records(cut("lab", "kasp"), tokens)
    assert confirmed and all(any(t.text == "lab" for t in index.records[rid].tokens) for rid in confirmed)
    assert index.cut_records(cut("lab", "kasp"), analyse(("acme", "kasp"))) == {}


def test_a_word_listed_only_in_han_is_reached_only_as_its_reading_is_written() -> None:
    """`卡巴斯基` is read `kabasiji` (skeleton `kabasi`): a query word holding that reading, or one slip of it,
    reaches it; a word near its skeleton does not (`Abbasi`, `Kabbani`, `Kabasi` are surnames), unless a
    name writes the word in Latin letters too. Words the characters translate stay words typed in English."""
    from screening.index import CandidateIndex
    from screening.lexicon import analyse
    from screening.models import Listing, Party, PartyName

    def org(number: int, *names: str) -> Party:
        return Party(id=f"o{number}", kind="organization", name=names[0], names=tuple(map(PartyName, names)),
                     listings=(Listing("A", "L", "L", "nothing"),))

    def reached(index: CandidateIndex, *words: str) -> dict[str, float]:
        return index.candidates(analyse(words))

    han_only = CandidateIndex.build((org(1, "卡巴斯基"), org(2, "Tabasco Foods"), org(3, "中国电信")))
    words = ("kabasiji", "kabasijishadu", "kabbasiji", "kabasigi", "kabasi", "abbasi", "kabbani", "tabassi")
    assert [word for word in words if "kabasi" in reached(han_only, word)] == list(words[:4])
    assert "kabasi" in reached(han_only, "kabasi", "ji")  # its syllables written apart (`Kabasi-ji`)
    assert "tabasco" in reached(han_only, "tabaskko")  # Latin words keep their spellings
    assert reached(han_only, "china", "telcom")  # `电信` is read as the word telecom, which people type
    both = CandidateIndex.build((org(1, "卡巴斯基", "Kabasiji Ltd"),))
    assert "kabasi" in reached(both, "kabasi")


def test_a_name_of_a_number_alone_is_found_by_that_number() -> None:
    """A listed numbered company (`11420 CORP.`, `58.com Inc.`) matches its number written alike, with either
    legal form or as a web address, and no other number; the prefilter agrees with the full path."""
    import datetime as dt

    import screening
    from screening.models import ListInfo, Listing, Party, PartyName
    from screening.prefilter import Prefilter
    from screening.watchlist import Watchlist

    class NeverClears(Prefilter):
        def clears(self, text: str) -> bool:
            return False

    listing = Listing("A", "L", "L", "nothing")
    parties = tuple(Party(id=f"n{i}", kind="organization", name=name, names=(PartyName(name),), listings=(listing,))
                    for i, name in enumerate(("11420 CORP.", "58.com Inc.")))
    info = ListInfo(id="n", title="n", version="1", newest_action=dt.date(2024, 1, 1),
                    compiled=dt.date(2024, 1, 1), schema_version=1, sha256="0" * 64, source="memory")
    fast, full = screening.Screener(Watchlist(info, parties)), screening.Screener(Watchlist(info, parties))
    full._prefilter = NeverClears(full.watchlist.index)
    for query, status in (("11420 Corp", "MATCH"), ("11420 Corporation", "MATCH"), ("58.com", "MATCH"),
                          ("www.58.com", "MATCH"), ("11421 Corp.", "CLEAR"), ("59.com Inc.", "CLEAR"),
                          ("11420", "UNSCREENABLE")):
        assert fast.screen(query).status.value == full.screen(query).status.value == status, query


def test_surnames_near_a_chinese_brand_reading_are_clear() -> None:
    """Found screening the OFAC aliases: `ABBASI, Fereydoon` was a REVIEW of the brand `卡巴斯基`."""
    import screening

    screener = screening.Screener()
    for name in ("ABBASI, Fereydoon", "Abbasi Trading LLC", "Kabbani", "Tabassi", "Kabasi"):
        assert screener.screen(name).status is screening.Status.CLEAR, name
    for name in ("卡巴斯基", "Kabasiji", "卡巴斯基实验室", "Beijing Kabasiji Wangluo Anquan Jishu Youxian Gongsi"):
        assert screener.screen(name).flagged, name


def test_a_brand_another_script_writes_is_read_as_its_owners_bare_latin_brand() -> None:
    """`renderings`: a one-word brand in other letters whose reading is far from the Latin word (`카스퍼스키`,
    `كاسبرسكي`) -> its owner's one bare Latin brand (a weak alias of one word); none for a party with no such
    alias or with two, nor for a spelling that reads as the Latin word already (`Касперский`)."""
    from screening.index import CandidateIndex
    from screening.models import Listing, NameType, Party, PartyName

    def org(number: int, name: str, *more: tuple[str, NameType]) -> Party:
        names = (PartyName(name, NameType.PRIMARY), *(PartyName(text, kind) for text, kind in more))
        return Party(id=f"o{number}", kind="organization", name=name, names=names,
                     listings=(Listing("A", "L", "L", "nothing"),))

    weak, brand = NameType.WEAK, NameType.BRAND
    index = CandidateIndex.build((
        org(1, "Kaspersky Lab", ("Kaspersky", weak), ("카스퍼스키", brand), ("Касперский", brand)),
        org(2, "Zorblat Group", ("زوربلات", brand)),  # no bare Latin brand
        org(3, "Quintrel Holdings", ("Quintrel", weak), ("Qntrl", weak), ("クィントレル", brand)),  # two
        org(4, "Valdor Systems", ("Valdor", weak), ("ゾルブラット", brand)),  # two owners' words for one spelling
        org(5, "Zorblat Trading", ("Zorblat", weak), ("ゾルブラット", brand)),
    ))
    assert index.renderings == {"kaseupeoseuki": "kaspersky"}
