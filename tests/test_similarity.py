"""Token similarity: an edit budget that grows with length, none for short tokens."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from screening.romanize import skeleton
from screening.similarity import edit_budget, token_similarity


def sim(a: str, b: str) -> float:
    return token_similarity(skeleton(a), skeleton(b))


@pytest.mark.parametrize("typo", ["kaspresky", "kspersky", "kasppersky", "caspersky", "kaspesky", "kasperksy"])
def test_one_or_two_slips_in_a_long_token_match(typo: str) -> None:
    """Typos of a long distinctive token stay close."""
    assert sim(typo, "kaspersky") >= 0.75


@pytest.mark.parametrize(("typo", "listed", "expected"), [("sovurov", "suvorov", 1 - 1 / 7),
                                                        ("chekonuv", "chekunov", 1 - 1 / 8),
                                                        ("ivonav", "ivanov", 1 - 1 / 6)])
def test_two_letters_one_apart_swapped_are_one_slip(typo: str, listed: str, expected: float) -> None:
    """Two letters typed in the wrong order around a third cost one edit, as neighbours swapped do
    (Damerau-Levenshtein counts two: `Sovurov, Andrei` was CLEAR)."""
    assert token_similarity(typo, listed) == pytest.approx(expected)


@pytest.mark.parametrize(("other", "listed"), [("lukashova", "kulashova"), ("avinov", "ivanov"),
                                               ("zinken", "zenkin")])
def test_a_swap_of_the_first_letter_or_further_apart_is_no_slip(other: str, listed: str) -> None:
    """The first letter swapped with the third makes other real surnames (`Lukashova`, `Avinov`: a REVIEW
    beside the listed given name when it counted as one slip), and letters three apart are two edits."""
    assert token_similarity(other, listed) <= 1 - 2 / len(listed) + 1e-9


@pytest.mark.parametrize(("a", "b"), [("suvorov", "subodov"), ("ivanov", "ovanic"), ("gerber", "bergre")])
def test_other_pairs_of_two_changes_stay_two_edits(a: str, b: str) -> None:
    """Two letters changed, or moved further apart, are two edits or more: over a six- or seven-letter
    word's budget."""
    assert token_similarity(a, b) == 0.0


@pytest.mark.parametrize("other", ["kasper", "kaspi", "kasparov", "kaspien", "casper", "kaseya"])
def test_lookalike_words_do_not_match(other: str) -> None:
    """A shared prefix is not a match: length and edits both count."""
    assert sim(other, "kaspersky") == 0.0


def test_short_tokens_get_no_fuzzy_allowance() -> None:
    """Four letters or fewer must match exactly."""
    assert edit_budget(4) == 0
    assert sim("igor", "egor") == 0.0
    assert sim("labs", "lsbs") == 0.0


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=20), st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=20))
def test_similarity_is_symmetric_and_in_unit_interval(a: str, b: str) -> None:
    """Similarity is in [0, 1] and does not depend on argument order."""
    s = token_similarity(a, b)
    assert 0.0 <= s <= 1.0
    assert s == token_similarity(b, a)


def test_long_junk_is_capped() -> None:
    """Huge tokens are cut before the quadratic edit distance."""
    assert 0.0 <= token_similarity("a" * 100_000, "a" * 99_999 + "b") <= 1.0


_LETTERS = "abcdeikloprsvyzабвгеиклопрсуя0123456789"


@st.composite
def _near_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A token and a few random edits of it (close pairs are what the shortcut must never skip),
    sometimes past the 64-character cut."""
    a = draw(st.text(alphabet=_LETTERS, min_size=0, max_size=draw(st.sampled_from([12, 70]))))
    b = list(a)
    for _ in range(draw(st.integers(0, 5))):
        op = draw(st.sampled_from(["insert", "delete", "replace", "swap"]))
        i = draw(st.integers(0, max(len(b) - 1, 0)))
        if op == "insert" or not b:
            b.insert(i, draw(st.sampled_from(_LETTERS)))
        elif op == "delete":
            del b[i]
        elif op == "replace":
            b[i] = draw(st.sampled_from(_LETTERS))
        elif i + 1 < len(b):
            b[i], b[i + 1] = b[i + 1], b[i]
    return a, "".join(b)


@given(_near_pairs())
def test_pairs_set_apart_by_length_or_letters_never_score(pair: tuple[str, str]) -> None:
    """`features._apart` (what lets alignment skip comparing a pair) only ever holds where the similarity is 0."""
    from screening.features import _apart, _shape

    a, b = pair
    if a != b and _apart(_shape(a), _shape(b)):
        assert token_similarity(a, b) == 0.0
        assert token_similarity(b, a) == 0.0


def test_the_shortcut_does_skip_far_pairs() -> None:
    """The check is not vacuous: lengths or letters too far apart are set apart, close ones are not."""
    from screening.features import _apart, _shape

    assert _apart(_shape("kaspersky"), _shape("vendor"))  # 9 vs 6 letters, 4 letters of one missing in the other
    assert _apart(_shape("kasperski"), _shape("kasperskilabs"))  # 4 letters longer: more than 2 edits + 1
    assert not _apart(_shape("kaspresky"), _shape("kaspersky"))
    assert not _apart(_shape("lab"), _shape("lab"))


@given(_near_pairs(), _near_pairs())
def test_remembered_unit_pairs_score_as_computed_afresh(first: tuple[str, str], second: tuple[str, str]) -> None:
    """`features.unit_row` remembers pair scores across queries: a row read from memory equals one
    computed with nothing remembered."""
    from screening import features
    from screening.lexicon import analyse

    query = analyse((first[0], second[0]), ())
    listed = analyse((first[1], second[1]), ())
    query_units = features.units(query)
    for r_idx, r_skel, r_tok, r_key in features.units(listed):
        joined = len(r_idx) == 2
        warm = features.unit_row(query_units, joined, r_skel, r_tok, r_key)
        again = features.unit_row(query_units, joined, r_skel, r_tok, r_key)
        features._PAIRS.clear()
        assert warm == again == features.unit_row(query_units, joined, r_skel, r_tok, r_key)
    # all listed units at once (`unit_rows`), from memory and afresh: the rows that are not empty
    by_key = {unit[3]: unit for unit in features.units(listed)}
    expected = {key: row for key, (r_idx, r_skel, r_tok, _) in by_key.items()
                if (row := features.unit_row(query_units, len(r_idx) == 2, r_skel, r_tok, key))}
    assert features.unit_rows(query_units, by_key) == expected
    features._PAIRS.clear()
    assert features.unit_rows(query_units, by_key) == expected


def test_the_pair_memory_is_bounded(monkeypatch) -> None:
    from screening import features
    from screening.lexicon import analyse

    monkeypatch.setattr(features, "_PAIRS_LIMIT", 5)
    features._PAIRS.clear()
    features._PAIR_COUNT[0] = 0
    query_units = features.units(analyse(tuple(f"word{c}" for c in "abcdefgh"), ()))
    listed = features.units(analyse(("worda", "wordb"), ()))
    for r_idx, r_skel, r_tok, r_key in listed:
        features.unit_row(query_units, len(r_idx) == 2, r_skel, r_tok, r_key)
    assert sum(len(known) for known, _ in features._PAIRS.values()) <= 5
    features.unit_rows(query_units, {unit[3]: unit for unit in listed})
    assert sum(len(known) for known, _ in features._PAIRS.values()) <= 5 + len(listed)  # forgotten when it passed 5


@given(st.lists(_near_pairs(), min_size=1, max_size=6), st.booleans())
def test_units_set_apart_by_length_or_digits_never_score(pairs: list[tuple[str, str]], swap: bool) -> None:
    """`features.UnitLengths.near` (the listed units a new query word is compared with) leaves out only
    units the word scores 0 against; rows found through it equal rows found comparing every pair."""
    from screening import features
    from screening.lexicon import analyse

    query_words, listed_words = zip(*pairs) if not swap else zip(*((b, a) for a, b in pairs))
    query_units = features.units(analyse(tuple(w for w in query_words if w), ()))
    by_key = {unit[3]: unit for unit in features.units(analyse(tuple(w for w in listed_words if w), ()))}
    lengths = features.UnitLengths.of(by_key)
    for q_idx, q_skel, q_tok, _ in query_units:
        near = lengths.near(len(q_idx) == 2, q_skel, q_tok)
        for key, (r_idx, r_skel, r_tok, _) in by_key.items():
            if key not in near and not (len(q_idx) == 2 and len(r_idx) == 2):
                assert features._unit_pair(q_skel, q_tok, r_skel, r_tok) is None
    features._PAIRS.clear()
    every = features.unit_rows(query_units, by_key)
    features._PAIRS.clear()
    assert features.unit_rows(query_units, by_key, lengths=lengths) == every


def test_far_lengths_and_missing_digits_are_set_apart() -> None:
    """The rule is not vacuous: a vendor number meets only listed words with a digit, a word only words of
    a close length (or spelling, or of its country); a joined query unit meets no joined listed one."""
    from screening import features
    from screening.lexicon import analyse

    listed = ("kaspersky", "lab", "10615", "moskva", "tikhonov", "switzerland", "cloud")
    by_key = {unit[3]: unit for unit in features.units(analyse(listed, ()))}
    lengths = features.UnitLengths.of(by_key)
    texts = {key: unit[1] for key, unit in by_key.items()}

    def near(word: str) -> set[str]:
        (q_idx, q_skel, q_tok, _), = features.units(analyse((word,), ()))
        return {texts[key] for key in lengths.near(False, q_skel, q_tok)}

    number = near("10614")
    assert skeleton("10615") in number and skeleton("moskva") not in number  # (six letters: close, but no digit)
    assert all(any(c.isdigit() for c in text) for text in number)
    assert "lab" not in near("kaspresky") and skeleton("kaspersky") in near("kaspresky")
    # as many letters longer as edits allowed (7 and 10 letters, 2 edits + 1 for a like sound) still scores
    assert skeleton("tikhonov") in near("tikhonovaya") and token_similarity("tihonov", "tihonovaia") > 0.0
    # a place of the same country, whatever its length; a spelling close where the skeletons are not
    assert skeleton("switzerland") in near("schweiz")
    assert skeleton("cloud") in near("loud") and token_similarity(skeleton("loud"), skeleton("cloud")) == 0.0
    joined = {unit[1] for unit in by_key.values() if len(unit[0]) == 2}
    assert not joined & {texts[k] for k in lengths.near(True, skeleton("kasperskylab"), None)}


def test_the_pair_memory_keeps_the_words_in_use(monkeypatch) -> None:
    """Past its limit the pair memory forgets the query words least recently used: a word every query has
    stays while a stream of new ones (vendor numbers) passes through."""
    from screening import features
    from screening.lexicon import analyse

    monkeypatch.setattr(features, "_PAIRS_LIMIT", 40)
    features._PAIRS.clear()
    features._PAIR_COUNT[0] = 0
    listed = {unit[3]: unit for unit in features.units(analyse(("kaspersky", "lab", "moskva"), ()))}
    for n in range(50):
        features.unit_rows(features.units(analyse(("kaspersky", f"v{n}x"), ())), listed)
        assert any(key.startswith("kaspersky|") for key in features._PAIRS)
        assert features._PAIR_COUNT[0] <= 40
    assert not any(key.startswith("v0x") for key in features._PAIRS)
