"""Typing slips: one slip each, never at the first letter, on a QWERTY keyboard's neighbouring keys."""

from hypothesis import given
from hypothesis import strategies as st

from screening.typos import NEIGHBOURS, doubled, end_slips, fat_fingered, first_struck, slips, vowelless_slips

_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=12)


def _one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter dropped, added or changed, or two neighbouring letters swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return (a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:]
            or a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])


def test_neighbouring_keys_are_those_around_a_key() -> None:
    """A key touches the keys beside it and the two above and below it (the rows are staggered)."""
    assert set(NEIGHBOURS["a"]) == set("qwsz")
    assert set(NEIGHBOURS["s"]) == set("adwezx")
    assert set(NEIGHBOURS["b"]) == set("vngh")
    assert set(NEIGHBOURS["p"]) == set("ol")
    assert all(key in NEIGHBOURS[near] for key, around in NEIGHBOURS.items() for near in around)  # symmetric


def test_the_slips_of_a_long_word_are_what_typists_make() -> None:
    """A letter dropped, doubled, swapped or struck; the last letter neither dropped nor struck (`limite` is
    the word cut short, `limiter` another word), the first never touched."""
    assert {"limted", "limitted", "lmiited", "limitrd", "limitde"} <= slips("limited")
    assert not {"imited", "llimited", "limite", "limiter", "limites"} & slips("limited")
    assert doubled("llc") == {"lllc", "llcc"}


def test_the_slips_of_a_short_word_leave_no_vowel() -> None:
    """In four letters most slips are words or names (`crop`, `sarp`, `lags`): only those without a vowel
    are kept (`gmhh`, `cprp`)."""
    assert {"lsbs", "lwbs"} <= vowelless_slips("labs")
    assert not {"lbas", "lags", "labz"} & vowelless_slips("labs")
    assert {"gmhh", "gbmh", "gmhb"} <= vowelless_slips("gmbh")
    assert "cprp" in vowelless_slips("corp")
    assert "crop" not in vowelless_slips("corp") and "sarp" not in vowelless_slips("sarl")


def test_the_end_slips_of_a_short_word_reach_its_last_letter() -> None:
    """What a short legal form or domain word mistyped at a name's end may be: the last letter struck or
    dropped too (`inx`, `lav`, `in`), which `slips` leaves out; the first letter still never."""
    assert {"inx", "icn", "ibc", "in", "innc"} <= end_slips("inc")
    assert {"lav", "lsb", "lba", "la"} <= end_slips("lab")
    assert not {"inc", "unc", "nc"} & end_slips("inc")
    assert slips("labs") <= end_slips("labs")


@given(_WORDS)
def test_every_slip_is_one_edit_away_and_keeps_the_first_letter(word: str) -> None:
    """Whatever the word, each slip is one edit from it and starts as it does."""
    for slip in slips(word) | vowelless_slips(word) | end_slips(word):
        assert slip != word
        assert slip[0] == word[0]
        assert _one_edit(word, slip)


def test_first_struck_changes_only_the_first_letter_to_a_neighbour_key() -> None:
    assert {"xaniil", "saniil", "faniil"} <= first_struck("daniil")
    assert "ugor" in first_struck("igor") and "egor" not in first_struck("igor")
    assert first_struck("") == set()


@given(_WORDS)
def test_a_first_struck_word_differs_at_the_first_letter_only(word: str) -> None:
    for slip in first_struck(word):
        assert slip[1:] == word[1:] and slip[0] in NEIGHBOURS[word[0]]


def test_fat_fingered_presses_a_neighbour_or_the_same_key_too() -> None:
    assert {"klabs", "labws", "lagbs", "llabs", "labss"} <= fat_fingered("labs")
    assert "lbs" not in fat_fingered("labs") and "labs" not in fat_fingered("labs")


@given(_WORDS)
def test_a_fat_fingered_word_is_one_letter_longer_and_holds_the_word(word: str) -> None:
    for slip in fat_fingered(word):
        assert len(slip) == len(word) + 1
        assert any(slip[:j] + slip[j + 1:] == word for j in range(len(slip)))
