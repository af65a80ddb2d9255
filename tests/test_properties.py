"""Hypothesis invariants of the matching core (each test stays under 200 examples so the suite is fast).

Normalisation is idempotent; every score is in [0, 1]; `screen` is total on any str and UNSCREENABLE
exactly when nothing is screenable; noise that real data adds (case, spacing, punctuation, diacritics,
look-alike letters) does not hide a listed organisation; a listed person's name parts hit in any order;
`compare` is symmetric; results round-trip through JSON; equal cache keys screen the same.
"""

from __future__ import annotations

import functools
import json
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import screening
from screening import NameType, Party, ScreeningResult, Status
from screening.normalize import comparable, normalize, normalize_name

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FLAGGED = (Status.MATCH, Status.REVIEW)


@functools.cache
def screener() -> screening.Screener:
    return screening.Screener()


def _parties(kind: str) -> list[Party]:
    return [p for p in screener().watchlist.parties if p.kind == kind]


_ORG_TYPES = (NameType.PRIMARY, NameType.ALIAS, NameType.FORMER, NameType.TRANSLITERATION)
ORG_NAMES = sorted((p.id, n.text) for p in _parties("organization") for n in p.names
                   if n.type in _ORG_TYPES and n.text.isascii())
ALL_NAMES = sorted(n.text for p in screener().watchlist.parties for n in p.names)
PERSONS = _parties("person")

# Latin letters and the Cyrillic letters that look the same.
HOMOGLYPHS = dict(zip("aeopcxyKABEHMOPCTX", "аеорсхуКАВЕНМОРСТХ", strict=True))
ACCENTS = ("\u0301", "\u0300", "\u0308", "\u0302")  # acute, grave, diaeresis, circumflex (no caron: š = sh)
WORDS = st.sampled_from(["Kaspersky", "Lab", "Labs", "Tikhonov", "Andrei", "Acme", "Group", "Ltd", "GmbH", "OOO",
                         "AO", "Inc.", "Co", "Mr", "c/o", "(Moscow)", "39A", "Лаборатория", "Касперского",
                         "Holding", "Security", "Zenkin", "Denis", "Vladimirovich", "Kaspi", "Bank", "Laboratoriya"])
SEPARATORS = st.sampled_from([" ", "  ", ", ", " - ", "-", "/", "\t", " . "])


@st.composite
def word_names(draw: st.DrawFn) -> str:
    """Names built from real words (no single letters) and separators."""
    words = draw(st.lists(WORDS, min_size=1, max_size=5))
    return "".join(w + draw(SEPARATORS) for w in words[:-1]) + words[-1]


@st.composite
def noisy_org_name(draw: st.DrawFn) -> tuple[str, str]:
    """(party id, a listed organisation name with case, spacing, punctuation, accent and homoglyph noise)."""
    party_id, name = draw(st.sampled_from(ORG_NAMES))
    words = []
    for word in name.split(" "):
        chars = []
        for i, ch in enumerate(word):
            noise = draw(st.integers(0, 9))
            if noise == 0 and ch.isascii() and ch.isalpha():
                ch += draw(st.sampled_from(ACCENTS))
            elif noise == 1 and i > 0 and ch in HOMOGLYPHS:  # keep the first letter Latin: a mixed word
                ch = HOMOGLYPHS[ch]
            chars.append(ch)
        case = draw(st.sampled_from([str.upper, str.lower, str.title, str]))
        words.append(case("".join(chars)))
    text = words[0] + "".join(draw(st.sampled_from([" ", "  ", " \u00a0", "\t", ", ", " . "])) + w
                              for w in words[1:])
    text = draw(st.sampled_from(["", " ", '"', "'"])) + text + draw(st.sampled_from(["", ".", " ", ";", "!"]))
    return party_id, unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), text)


# --- normalisation ----------------------------------------------------------------------------------

@FAST
@given(st.text())
@example("A Mr B C")
@example("ABC Ltd c/o J Smith")
@example("D%O%O")  # spelled letters that join into a legal form
@example("O O O Kaspersky")
@example("Acme C/O B C D")  # a care-of marker spelled in letters still splits the name
@example("0©O:A")  # digits, then a care-of marker (`(c)o`) and a name after it
@example("Mitsui & Co Europe PLC")  # places, then another form: the first is read as a form too
@example("Acme Co Middle East Ltd")  # region words count as places
@example("Acme Group TOV TzOV")  # a form that starts with a place's letters (`tz`) after another form
@example("Emirates NBD PJSC Mid East")  # `mid`, read `middle`, is a region word after a form too
def test_comparable_is_idempotent(text: str) -> None:
    """comparable(comparable(x)) == comparable(x) for any text."""
    once = comparable(text)
    assert comparable(once) == once


@FAST
@given(st.one_of(word_names(), st.sampled_from(ALL_NAMES)))
def test_comparable_is_idempotent_on_names_of_words(text: str) -> None:
    """Idempotent on names made of words and on every listed name."""
    once = comparable(text)
    assert comparable(once) == once


@FAST
@given(st.text())
def test_normalize_name_is_empty_exactly_when_unscreenable(text: str) -> None:
    """The cache key is '' iff the name is unscreenable."""
    assert (normalize_name(text) == "") == (not normalize(text).screenable)


# --- screen is total, scores are in [0, 1] ---------------------------------------------------------

@FAST
@given(st.one_of(st.text(), st.sampled_from(ALL_NAMES), word_names()))
def test_screen_is_total_and_scores_are_in_unit_interval(text: str) -> None:
    """Any str screens without raising; UNSCREENABLE iff not screenable; every score is in [0, 1]."""
    result = screener().screen(text)
    assert isinstance(result, ScreeningResult)
    assert (result.status is Status.UNSCREENABLE) == (not normalize(text).screenable)
    assert result.status is not Status.CLEAR or not result.hits
    for hit in result.hits:
        assert 0.0 <= hit.score <= 1.0
        assert all(0.0 <= e.score <= 1.0 for e in hit.evidence)
    assert all(0.0 <= near.score <= 1.0 for near in result.near_misses)


@FAST
@given(st.one_of(st.text(max_size=40), st.sampled_from(ALL_NAMES), word_names()),
       st.one_of(st.text(max_size=40), st.sampled_from(ALL_NAMES), word_names()))
@example("A", "LtLtLT%C:O")  # no words as read, one alternate reading (it divided by zero)
def test_compare_is_symmetric_and_in_unit_interval(a: str, b: str) -> None:
    """compare(a, b) == compare(b, a), in [0, 1]."""
    forward, backward = screening.compare(a, b), screening.compare(b, a)
    assert 0.0 <= forward.score <= 1.0
    assert forward.score == backward.score
    assert forward.kind == backward.kind


@FAST
@given(st.sampled_from(ALL_NAMES))
def test_compare_of_a_name_with_itself_is_high(name: str) -> None:
    """Every listed name is close to itself."""
    assert screening.compare(name, name).score >= 0.7


# --- noise robustness -------------------------------------------------------------------------------

@FAST
@given(noisy_org_name())
def test_noisy_listed_organisation_name_still_hits_its_party(case: tuple[str, str]) -> None:
    """Case, spacing, punctuation, diacritics and homoglyphs do not hide a listed organisation."""
    party_id, text = case
    result = screener().screen(text)
    assert result.status in FLAGGED, text
    assert party_id in {h.party.id for h in result.hits}, text


@FAST
@given(st.sampled_from(PERSONS), st.booleans(), st.permutations([0, 1, 2]),
       st.sampled_from([" ", "  ", ", "]), st.sampled_from([str.upper, str.lower, str.title, str]))
def test_listed_person_hits_in_any_token_order(person: Party, with_patronymic: bool, order: list[int],
                                               separator: str, case: object) -> None:
    """Given + family (+ patronymic) in any order, any case, hits the person."""
    parts = person.name_parts
    assert parts is not None
    tokens = [parts.given, parts.family, parts.patronymic if with_patronymic else None]
    text = case(separator.join(tokens[i] for i in order if tokens[i]))  # type: ignore[operator]
    result = screener().screen(text)
    assert result.status in FLAGGED, text
    assert person.id in {h.party.id for h in result.hits}, text


# --- serialisation and the cache key ----------------------------------------------------------------

@FAST
@given(st.one_of(st.text(), st.sampled_from(ALL_NAMES), noisy_org_name().map(lambda c: c[1])))
def test_result_round_trips_through_json(text: str) -> None:
    """from_dict(json(to_dict(r))) == r for results of random names."""
    result = screener().screen(text)
    again = ScreeningResult.from_dict(json.loads(json.dumps(result.to_dict())))
    assert again == result


@FAST
@given(st.lists(st.tuples(WORDS | st.sampled_from(["A.G.", "AG", "A", "G.", "D.V.", "Mr", "IP", "*", "DRI"]),
                          SEPARATORS, SEPARATORS), min_size=1, max_size=5))
def test_equal_keys_screen_the_same(parts: list[tuple[str, str, str]]) -> None:
    """Two spellings with the same normalize_name key get the same status and best party."""
    first = "".join(word + sep for word, sep, _ in parts).strip()
    second = "".join(word + sep for word, _, sep in parts).strip()
    if normalize_name(first) != normalize_name(second):
        return
    a, b = screener().screen(first), screener().screen(second)
    assert a.status is b.status, (first, second)
    assert (a.best and a.best.party.id) == (b.best and b.best.party.id), (first, second)


@FAST
@given(st.sampled_from(ALL_NAMES), st.sampled_from([lambda s: "  " + s + " ", lambda s: s.replace(" ", "  "),
                                                    lambda s: s.replace(" ", "\u00a0"),
                                                    lambda s: "\ufeff" + s.replace(" ", " \u200b")]))
def test_cosmetic_variants_share_the_key_and_the_result(name: str, variant: object) -> None:
    """Outer and doubled spacing, NBSP and invisible characters keep the key and the screening result."""
    # Case is not cosmetic for the key: `KasperskyOS` splits at the camelCase join, `KASPERSKYOS` does not.
    other = variant(name)  # type: ignore[operator]
    assert normalize_name(other) == normalize_name(name)
    a, b = screener().screen(name), screener().screen(other)
    assert (a.status, a.best and a.best.party.id) == (b.status, b.best and b.best.party.id)


# Names that need a reading of the text as written: a keyboard-layout slip, Dutch spellings, an abbreviation,
# words split, Hangul, GOST `x`, a transliteration and a legal form.
_READ_AS_WRITTEN = ["Xtreyjd Bujhm", "Andrej Soevorov", "Igor Tsjekoenov", "Kasp. Lab UK Ltd", "Zen Kin Denis",
                    "데니스 젠킨", "Tixonov Andrei", "Kasperskiy Labs Japan", "Ka Spersky Lab"]
_FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


@FAST
@given(st.sampled_from(_READ_AS_WRITTEN),
       st.sampled_from([lambda s: s.replace(" ", "\t"), lambda s: s.replace(" ", "\u00a0"),
                        lambda s: s[:2] + "\u200b" + s[2:], lambda s: s[:3] + "\u00ad" + s[3:],
                        lambda s: "".join(_FULL_WIDTH.get(c, c) for c in s),
                        lambda s: unicodedata.normalize("NFD", s)]))
def test_readings_of_the_text_as_written_see_through_invisible_and_wide_characters(name: str, variant: object
                                                                                  ) -> None:
    """A tab or NBSP between words, a zero-width space or soft hyphen inside one, full-width letters and
    decomposed letters leave the result as it is (`tokens.surface`)."""
    other = variant(name)  # type: ignore[operator]
    a, b = screener().screen(name), screener().screen(other)
    assert a.flagged, name
    assert (a.status, a.best and a.best.party.id) == (b.status, b.best and b.best.party.id), other
