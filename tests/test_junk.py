"""Junk-input sweep: whatever str arrives, `screen` answers; junk is UNSCREENABLE, never CLEAR.

Wrong types and bad options are caller errors and raise (TypeError / ValueError) with a message that
names the bad value; a bad *name* never raises.
"""

from __future__ import annotations

import json
import time

import pytest

import screening
from screening import ScreeningResult, Status
from screening.normalize import normalize

UNSCREENABLE_INPUTS = [
    pytest.param("", id="empty"),
    pytest.param(" ", id="space"),
    pytest.param("   \t\n\r\x0b\x0c  ", id="whitespace-mix"),
    pytest.param("\u00a0\u2003\u3000", id="unicode-spaces"),
    pytest.param("😀🏢💥", id="emoji"),
    pytest.param("0000", id="digits"),
    pytest.param("12 34 56-78", id="digit-groups"),
    pytest.param("!!!", id="exclamation"),
    pytest.param("-.-/*&%$#@", id="punctuation"),
    pytest.param("\x00", id="nul"),
    pytest.param("\x00\x01\x02\x7f", id="controls"),
    pytest.param("\ud800", id="lone-high-surrogate"),
    pytest.param("\udfff\ud800", id="reversed-surrogates"),
    pytest.param("\u200f\u200e\u202e", id="bidi-marks"),
    pytest.param("\u0301\u0301\u0301", id="combining-marks-only"),
    pytest.param("\ufeff\u200b\u00ad", id="invisible-only"),
    pytest.param("\uffff\ufffe", id="noncharacters"),
    pytest.param("\ue000\uf8ff", id="private-use"),
    pytest.param("Mr.", id="honorific-only"),
]

NAMES_WITH_JUNK = [
    pytest.param("🏢 Kaspersky Lab 🏢", id="emoji-around"),
    pytest.param("Kaspersky\udfff Lab", id="lone-surrogate-inside"),
    pytest.param("\u202eKaspersky Lab", id="rtl-override-before"),
    pytest.param("\u200fKaspersky Lab\u200e", id="rtl-ltr-marks"),
    pytest.param("Kaspersky\x00Lab", id="nul-between-words"),
    pytest.param("Kaspersky\tLab\n", id="tab-newline"),
    pytest.param("𝐊𝐚𝐬𝐩𝐞𝐫𝐬𝐤𝐲 𝐋𝐚𝐛", id="math-bold"),
    pytest.param("Ⓚⓐⓢⓟⓔⓡⓢⓚⓨ Lab", id="circled-letters"),
]

MIXED_SCRIPTS = [
    pytest.param("Kaspersky Лаб 卡巴斯基 لاب", id="latin-cyrillic-han-arabic"),
    pytest.param("ا ب ت", id="arabic-letters"),
    pytest.param("ﷺ", id="arabic-ligature"),
    pytest.param("שלום עולם", id="hebrew"),
    pytest.param("ΑΒΓ абв abc", id="greek-cyrillic-latin"),
    pytest.param("ก ข ค", id="thai"),
    pytest.param("a", id="one-letter"),
]


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize("text", UNSCREENABLE_INPUTS)
def test_junk_is_unscreenable_never_clear(screener: screening.Screener, text: str) -> None:
    """Nothing screenable: UNSCREENABLE with a note, no hits, and the result still serialises."""
    result = screener.screen(text)
    assert isinstance(result, ScreeningResult)
    assert result.status is Status.UNSCREENABLE
    assert result.hits == ()
    assert any("nothing screenable" in note for note in result.notes)
    json.dumps(result.to_dict())


@pytest.mark.parametrize("text", NAMES_WITH_JUNK)
def test_junk_around_a_listed_name_does_not_hide_it(screener: screening.Screener, text: str) -> None:
    """Emoji, controls, surrogates and bidi marks around a listed name still hit it."""
    result = screener.screen(text)
    assert result.status in (Status.MATCH, Status.REVIEW)
    assert result.best is not None and result.best.party.id.startswith("kaspersky")


@pytest.mark.parametrize("text", MIXED_SCRIPTS)
def test_mixed_and_other_scripts_never_raise(screener: screening.Screener, text: str) -> None:
    """Any script answers with a status consistent with screenability."""
    result = screener.screen(text)
    assert (result.status is Status.UNSCREENABLE) == (not normalize(text).screenable)
    assert result.status is not Status.UNSCREENABLE or result.hits == ()
    json.dumps(result.to_dict())


def test_one_megabyte_is_cut_and_screened_in_bounded_time(screener: screening.Screener) -> None:
    """A 1 MB field is cut to the config's cap, the note says so, and it finishes well within 5 s."""
    text = "Kaspersky Lab " + "x" * 1_000_000
    start = time.perf_counter()
    result = screener.screen(text)
    assert time.perf_counter() - start < 5.0
    cap = screener.config.max_query_chars
    assert any("cut" in note and str(cap) in note and str(len(text)) in note for note in result.notes)
    assert result.status in (Status.MATCH, Status.REVIEW)


def test_one_megabyte_of_one_letter_is_cut_and_never_cleared(screener: screening.Screener) -> None:
    """A single 1 MB token does not blow up the edit distance: cut, screened, noted."""
    result = screener.screen("K" * 1_000_000)
    assert any("cut" in note for note in result.notes)
    assert result.status is not Status.CLEAR


@pytest.mark.parametrize("text", ["Acme Trading " * 40 + "Kaspersky Lab", "Acme Trading " * 40, "A" * 513,
                                  "Acme Trading " * 40 + "x"])
def test_a_name_cut_short_is_never_cleared(screener: screening.Screener, text: str) -> None:
    """What lies past the cut was not read (here Kaspersky Lab): nothing found in the rest is UNSCREENABLE,
    with a note, never CLEAR, on the prefilter's path too; a name of the cap's length is screened as usual."""
    result = screener.screen(text)
    assert result.status is Status.UNSCREENABLE
    assert any("not screened" in note for note in result.notes)
    assert screener.screen(text[:screener.config.max_query_chars]).status is Status.CLEAR


@pytest.mark.parametrize("pad", [" " * 600, "." * 600, "\u200b" * 600])
def test_a_name_padded_past_the_cut_is_cleared(screener: screening.Screener, pad: str) -> None:
    """A fixed-width field padded to 1,000 characters holds nothing unread past the cut."""
    assert screener.screen("Acme GmbH" + pad).status is Status.CLEAR


def test_many_words_are_cut(screener: screening.Screener) -> None:
    """A long run of real words is cut too, and still screened."""
    result = screener.screen("Kaspersky Lab " * 1000)
    assert any("cut" in note for note in result.notes)
    assert result.status is not Status.UNSCREENABLE


@pytest.mark.parametrize("text", ["Ltd", "OOO", "LLC", "GmbH & Co. KG"])
def test_only_a_legal_form_is_unscreenable(screener: screening.Screener, text: str) -> None:
    """README promise: blank, digits, symbols or only a legal form is UNSCREENABLE, never CLEAR."""
    assert screener.screen(text).status is Status.UNSCREENABLE


@pytest.mark.parametrize("text", ["11420 CORP.", "1520 LLC", "ООО 123", "500.com Limited", "58.com"])
def test_a_number_with_a_legal_form_is_a_numbered_company(screener: screening.Screener, text: str) -> None:
    """Found screening the OFAC list (`11420 CORP.`) and NYSE's (`500.com Limited`): a number with a legal form,
    or written as a web address, names a company, which no listed name is; screened, it is CLEAR. The number
    alone stays UNSCREENABLE, as a form alone does."""
    assert normalize(text).screenable and screener.screen(text).status is Status.CLEAR
    number = next(word.split(".")[0] for word in text.split() if word[0].isdigit())
    assert screener.screen(number).status is Status.UNSCREENABLE


def test_the_web_address_parts_a_numbered_name_may_keep_are_noise_words() -> None:
    """`normalize._WEB_PARTS` repeats words of the noise table: they must stay there."""
    from screening.normalize import _WEB_PARTS
    from screening.tables import word_list

    assert _WEB_PARTS <= set(word_list("noise"))


def test_another_number_is_another_name() -> None:
    """Numbers match only as written: `11421 Corp.` is not `11420 Corp.`."""
    assert screening.compare("11420 Corp.", "11420 Corporation").score == 1.0
    assert screening.compare("11420 Corp.", "11421 Corp.").score == 0.0
    assert screening.compare("Acme 11420 Corp.", "Acme 11421 Corp.").score < 1.0


@pytest.mark.parametrize("bad", [None, b"Kaspersky Lab", 42, 4.2, ["Kaspersky"], bytearray(b"x")])
def test_wrong_name_type_raises_type_error(screener: screening.Screener, bad: object) -> None:
    """A name must be a str; the message names the type received."""
    with pytest.raises(TypeError, match=type(bad).__name__):
        screener.screen(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["company", "Person", "", "org"])
def test_bad_kind_raises_value_error(screener: screening.Screener, kind: str) -> None:
    """`kind` is organization, person or None; anything else names itself in the error."""
    with pytest.raises(ValueError, match=repr(kind)):
        screener.screen("Kaspersky Lab", kind=kind)


@pytest.mark.parametrize("date", ["1966-13-01", "09.11.1966", "", "yesterday", "1966-11-9x"])
def test_bad_birth_date_raises_value_error_naming_it(screener: screening.Screener, date: str) -> None:
    """A birth date string that is not ISO raises ValueError that quotes it."""
    with pytest.raises(ValueError, match="birth_date") as info:
        screener.screen("Andrei Tikhonov", birth_date=date)
    assert repr(date) in str(info.value)


@pytest.mark.parametrize("bad", [19661109, 1966.11])
def test_birth_date_of_wrong_type_raises_type_error(screener: screening.Screener, bad: object) -> None:
    """A birth date is a date or an ISO string."""
    with pytest.raises(TypeError):
        screener.screen("Andrei Tikhonov", birth_date=bad)  # type: ignore[arg-type]


def test_country_of_wrong_type_raises_type_error(screener: screening.Screener) -> None:
    """A country is an alpha-2 str."""
    with pytest.raises(TypeError):
        screener.screen("Andrei Tikhonov", country=643)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, b"x", 1])
def test_compare_and_normalize_name_reject_non_strings(bad: object) -> None:
    """The other public entry points are as strict about types."""
    with pytest.raises(TypeError):
        screening.compare(bad, "Kaspersky Lab")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        screening.compare("Kaspersky Lab", bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        screening.normalize_name(bad)  # type: ignore[arg-type]


def test_compare_rejects_a_bad_kind() -> None:
    """`compare(kind=...)` takes the same kinds as `screen`."""
    with pytest.raises(ValueError, match="kind"):
        screening.compare("a", "b", kind="company")


def test_a_kind_or_list_of_the_wrong_type_is_a_type_error(screener: screening.Screener) -> None:
    """As for a name: a wrong type is a TypeError, a wrong value of the right type a ValueError."""
    with pytest.raises(TypeError, match="kind"):
        screener.screen("Acme", kind=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="kind"):
        screening.compare("a", "b", kind=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Watchlist"):
        screening.diff_lists("a", "b")  # type: ignore[arg-type]


def test_screen_many_survives_a_junk_batch(screener: screening.Screener) -> None:
    """A whole batch of junk yields one result per input, in order."""
    names = [p.values[0] for p in UNSCREENABLE_INPUTS + NAMES_WITH_JUNK + MIXED_SCRIPTS]
    results = list(screener.screen_many(names))
    assert [r.query for r in results] == names
