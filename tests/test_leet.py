"""Letters written as look-alike digits or symbols are read as the letters, as an alternate name."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.leet import deleet, has_leet_symbol
from screening.prefilter import Prefilter

_AS = {"a": "@4", "s": "$5", "o": "0", "e": "3", "i": "1", "t": "7", "b": "8", "g": "6"}


@pytest.mark.parametrize(("text", "readings"), [
    ("K@spersky", ("Kaspersky",)),
    ("Ka$persky Lab JSC", ("Kaspersky Lab JSC",)),
    ("OOO K@spersky Gr0up", ("OOO Kaspersky Group",)),
    ("K4SP3RSKY L4BS LTD", ("KASPERSKY LABS LTD",)),  # capitals stay capitals: no camelCase join
    ("Ku1@shova, Anna", ("Kuiashova, Anna", "Kulashova, Anna")),  # 1 is i or l
    ("$uvorov, Andr3y", ("suvorov, Andrey",)),
    ("KASPERSKY LA8S 6MBH", ("KASPERSKY LABS GMBH",)),  # a scanner's 8 for B, 6 for G
])
def test_a_disguised_word_is_read_as_letters(text: str, readings: tuple[str, ...]) -> None:
    """Each disguised word is read; capitals stay capitals; `1` gives a second reading with l."""
    assert deleet(text) == readings


@pytest.mark.parametrize("text", [
    "Kaspersky Lab",  # nothing disguised
    "Win10 Pro", "TRK#1Z999AA10123456784",  # two digits in a row: a number or a code
    "A1 Telekom",  # one letter is no word to disguise
    "Route 66 Diner", "3 M Company",  # digits apart from letters
    "B2B Lab",  # 2 stands for no letter
])
def test_numbers_and_codes_are_no_disguise(text: str) -> None:
    """Two digits in a row, a single letter, or digits apart from letters: no reading."""
    assert deleet(text) == ()


@given(st.text(alphabet="aseotikprylbnmg", min_size=3, max_size=12), st.randoms(use_true_random=False))
def test_every_disguise_of_a_word_reads_back(word: str, rng) -> None:
    """A word with some letters written as their look-alikes, never two digits in a row, reads back."""
    out, last_digit = [], False
    for c in word:
        swap = c in _AS and not last_digit and rng.random() < 0.4
        out.append(rng.choice(_AS[c]) if swap else c)
        last_digit = out[-1].isdigit()
    disguised = "".join(out)
    if sum(c.isalpha() for c in disguised) < 2 or disguised == word:
        return
    readings = deleet(disguised)
    assert word in readings or word.replace("i", "l") in readings or any(
        r.replace("l", "i") == word.replace("l", "i") for r in readings)


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize(("query", "party"), [
    ("K@spersky Labs GmbH", "kaspersky-gmbh"),
    ("OOO K@spersky Gr0up", "kaspersky-group"),
    ("K4SP3RSKY L4BS LTD", "kaspersky-labs-ltd"),
    ("Kaspersky Lab M1ddle E@st FZ-LLC", "kaspersky-me"),
    ("Ku1@shova, Anna", "ofac-45860"),
    ("Dukhv@lov, Andrey", "ofac-45863"),
    ("KASPERSKY LA8S LIMITED", "kaspersky-labs-ltd"),
    ("Kaspersky Labs 6mbH", "kaspersky-gmbh"),
    ("K\u0430s per$ky Lab Inc", "kaspersky-inc"),  # (its а Cyrillic, and the word cut in two)
])
def test_a_disguised_listed_name_names_its_party(screener: screening.Screener, query: str, party: str) -> None:
    """The reading finds the party the disguise names, first."""
    result = screener.screen(query)
    assert result.flagged and result.hits[0].party.id == party


@pytest.mark.parametrize("query", ["L@b Supplies Ltd", "Gr0up 4 Securicor", "C@sper Sleep Inc", "Ka$pi Bank JSC",
                                   "CA8PER LA8S GMBH"])
def test_a_disguised_innocent_name_stays_clear(screener: screening.Screener, query: str) -> None:
    """An innocent name read back is still innocent (`Ka$pi`, `C@sper`)."""
    assert screener.screen(query).status is screening.Status.CLEAR


def test_the_prefilter_sends_a_disguised_name_down_the_full_path(screener: screening.Screener) -> None:
    """`K@spersky` is cut at `@` into `K` and `spersky`, which reach nothing: the symbol itself sends it on."""
    prefilter = Prefilter(screener.watchlist.index)
    assert has_leet_symbol("K@spersky") and not has_leet_symbol("info@example.com")
    assert not prefilter.clears("K@spersky") and not prefilter.clears("K4SP3RSKY")
    assert not prefilter.clears("Kirill 4$7rakhan")  # a digit beside the symbol: the whole word is read
    assert prefilter.clears("Win10 Pro Supplies")
