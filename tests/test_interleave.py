"""Letters a name sets apart (spelled out, or pieces joined by dots or underscores) are read together, as an
alternate name."""

import pytest

import screening
from screening.interleave import punctuated_apart, spelled_apart
from screening.prefilter import Prefilter


def test_spelled_out_words_part_at_the_wider_gaps() -> None:
    """One space parts letters, two part words."""
    assert spelled_apart("L a b o r a t o r i y a  K a s p e r s k o g o") == "Laboratoriya  Kasperskogo"
    assert spelled_apart("K A S P E R S K Y  L A B,  I N C.") == "KASPERSKY  LAB,  INC."
    # (a comma the extraction set a space before: a surname, then the given name)
    assert spelled_apart("T I K H O N O V ,   A n d r e i") == "TIKHONOV ,   Andrei"


@pytest.mark.parametrize("text", [
    "K A S P E R S K Y",  # one run: the normaliser reads it as one word already
    "Tikhonov A G  Moscow",  # two single letters are initials (or a legal form), not a spelled word
    "Kaspersky  Lab",
])
def test_spelled_apart_reads_only_runs_a_wider_gap_parts(text: str) -> None:
    """A single run, two letters, or no single letters at all: nothing new to read."""
    assert spelled_apart(text) is None


@pytest.mark.parametrize(("text", "read"), [
    ("Ka.sp.er.sky Lab", "Kaspersky Lab"),
    ("Kas_per_sky_Lab_Inc", "KasperskyLabInc"),
    ("I.V.A.N.O.V., Anton M.", "IVANOV., Anton M."),
])
def test_pieces_joined_by_dots_or_underscores_are_one_word(text: str, read: str) -> None:
    """Three pieces or more (five single letters or more) are one word."""
    assert punctuated_apart(text) == read


@pytest.mark.parametrize("text", ["Kaspersky Lab Italia S.r.l.", "Kaspersky Labs G.m.b.H.", "Lab.Inc", "A.G. Tikhonov",
                                  "Anton Ivanov 14.02.1965", "Kaspersky Endpoint Security 11.11.0.452"])
def test_initials_legal_forms_numbers_and_two_pieces_stay_apart(text: str) -> None:
    """Dotted initials and legal forms, dates and versions, and a word in two pieces are no disguise."""
    assert punctuated_apart(text) is None


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize(("query", "party"), [
    ("K A S P E R S K Y  L A B,  I N C.", "kaspersky-inc"),
    ("L a b o r a t o r i y a  K a s p e r s k o g o", "kaspersky-ao"),
    ("Kas_per_sky_Lab_Inc", "kaspersky-inc"),
    ("Ka.sp.er.sky Lab Middle East FZ-LLC", "kaspersky-me"),
    ("I.V.A.N.O.V., Anton M.", "ofac-45858"),
])
def test_a_name_set_apart_names_its_party(screener: screening.Screener, query: str, party: str) -> None:
    """The reading finds the party the name names, first."""
    result = screener.screen(query)
    assert result.flagged and result.hits[0].party.id == party


def test_the_prefilter_sends_pieces_that_join_into_a_listed_word_down_the_full_path(
        screener: screening.Screener) -> None:
    """The prefilter reads the pieces together, and clears them only when that reading clears too."""
    prefilter = Prefilter(screener.watchlist.index)
    assert not prefilter.clears("Ka.sp.er.sky Lab")
    assert prefilter.clears("Ac.me.ind.ustries Lab")  # joined, it reaches nothing either
