"""`familyfirms`: a company named for a family or a person whose name reads as the brand is a near miss that says
so (`Kasperski Transport Sp. z o.o.`, `Kasper Sky Travel Ltd`); one that may be the brand's company stays a hit."""

from __future__ import annotations

import pytest

import screening


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize("name", [
    "Kasperski Meble Sp. z o.o.",  # a family's furniture maker: the brand's word spelled as Poles write the surname
    "Kasperski Transportes Ltda.",
    "Kasperski Fliesen GmbH & Co. KG",
    "Kasperski Bau GmbH",  # (`Bau` is read `construction`: a word the tables know, of its own)
    "Kasperski Transport Sp. z o.o., Gdańsk",  # a town is an address's, no sign of the brand's company
    "Kasperski & Sohn Dachdeckerei",  # a family firm's words after the name: no legal form needed
    "Kasperski i Wspólnicy sp.k., Kraków",  # (`i` read together with the name too: `kasperskii`)
    "Kasperski Sp. z o.o.",  # the surname as Poles spell it, in a Polish company's form
    "Kasper Sky Travel Ltd",  # a given name and a word that read as the brand together
    "Kasperski Transport i Spedycja Jan Kasperski",  # the owner's name in the firm's, as a Polish sole trader writes
    "Kasperski Bygg AS (Tomasz Kasperski), Drammen",
    "Kasperski Elektro GmbH, Dortmund",  # a town of the German company's country, not its own town
    "Kasperski Elektro GmbH, Germany",  # (or the country itself)
    "Kasperski Plumbing LLC, Stamford",  # (not the US company's town, Woburn, nor a word of its country's name)
    "Sicherheitsdienst Kasperski GmbH, Essen", "Kasperski Versicherungsmakler GmbH",  # (a guard service, insurance)
    "Kasperski Sicherheitstechnik GmbH, Dortmund",
])
def test_a_familys_company_named_as_the_brand_spelled_ski_is_a_near_miss(screener: screening.Screener,
                                                                         name: str) -> None:
    """A company with a legal form and a word of its own, named by the -ski spelling of the brand alone (or by a
    given name and a word read together), is a family's: shown as a near miss that says so, not a hit."""
    result = screener.screen(name)
    assert not result.hits and result.near_misses
    assert "a family's company, not the brand's" in result.near_misses[0].reason


@pytest.mark.parametrize("name", [
    "Kaspersky Meble Sp. z o.o.",  # the brand as it writes itself
    "Kasperski Meble",  # no legal form: a free text's words, as often the brand's
    "Kasperski & Bitdefender",  # another brand beside it, no family's word
    "Kasperski & Partners Software Solutions",  # a family's word, but the brand's trade's too
    "Kasper Sky Antivirus GmbH",  # a given name and a word, beside a word of the brand's trade
    "KasperSky Holding Ltd",  # the brand in camelCase: one word, no given name
    "Kasperski Lamp A.E.",  # a short word, as often a listed one misheard (`Lab`)
    "Kasperski Polska Sp. z o.o.",  # a country: the brand's company there, maybe
    "Kasperski Software GmbH", "Kasperski Oprogramowanie Sp. z o.o.", "Kasperski Vertrieb GmbH",  # its trade's
    "Kasperski Holding Sp. z o.o.",  # a group's company's word
    "Kasperski Kaspersky Sp. z o.o.",  # the brand itself beside it
    "Kasperski Softver d.o.o.", "Касперски Софтуер ЕООД",  # where the language writes the brand -ski
    "Kasperski Lab Sp. z o.o.",  # a listed word met
    "Kasperski Meble GmbH, Ingolstadt",  # a town of the party confirms it
    "Kasperski Software Jan Kasperski",  # a word of the brand's trade, whoever owns the firm
    "Software Jan Kasperski", "Security Software Tom Kasperski", "Internet Security Jan Kasperski",
    "Azmayeshgah-e Kasperski",  # (Persian `-e`, of, before the name: no given name)
    "Kasperski Elektro GmbH, Moskau", "Kasperski Elektro LLC, Kiev",  # the party's own town, written otherwise
    "Kasperski Elektro S.r.l., Milano", "Kasperski Elektro KK, Tokyo",  # a town of a party the list gives no address
    "Kasperski Virenschutz GmbH, München", "Kasperski IT-Sicherheit GmbH, Berlin",  # the trade in a compound
    "Kasperski Pizzeria S.r.l., Roma",  # (a town of a party the list gives no town: as at the round's start)
])
def test_the_brand_spelled_ski_stays_a_hit_where_the_name_may_be_the_brands(screener: screening.Screener,
                                                                            name: str) -> None:
    """Where a word beside it may be the brand's company's, the text's language writes the brand so, or the party's
    town confirms it, the name stays a REVIEW at least, as before."""
    assert screener.screen(name).flagged


def test_a_cap_below_a_low_review_threshold_stays_a_score() -> None:
    """The near miss's score is the review threshold less 0.05, never below 0 (a threshold set very low)."""
    low = screening.Screener(config=screening.ScreeningConfig(review_threshold=0.01, near_miss_floor=0.0))
    result = low.screen("Kasperski Transport Sp. z o.o.")
    assert all(0.0 <= h.score for h in result.hits) and all(0.0 <= m.score for m in result.near_misses)
