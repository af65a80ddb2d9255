"""The prefilter clears a name only when the full path would clear it too, with the same result."""

from __future__ import annotations

import datetime as dt
import functools
import itertools

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import screening
from screening import Status
from screening.models import ListInfo, Listing, NameType, Party, PartyName
from screening.prefilter import Prefilter
from screening.watchlist import Watchlist


class _NeverClears(Prefilter):
    def clears(self, text: str) -> bool:
        return False


def _pair(watchlist: Watchlist | None = None) -> tuple[screening.Screener, screening.Screener]:
    """(a screener as shipped, one whose prefilter never clears: the full path for every name)."""
    fast, full = screening.Screener(watchlist), screening.Screener(watchlist)
    full._prefilter = _NeverClears(full.watchlist.index)
    return fast, full


@functools.cache
def screeners() -> tuple[screening.Screener, screening.Screener]:
    return _pair()


@functools.cache
def generic_list() -> tuple[screening.Screener, screening.Screener]:
    """A list whose names are only domain words (`Lab Group`): its anchors are words that fold."""
    listing = Listing(authority="Test", list_name="Test list", short_name="Test", restricts="nothing")
    names = ("Lab Group", "Abc Trading", "Software Export", "Lab And Group")
    parties = tuple(Party(id=f"t{i}", kind="organization", name=n, names=(PartyName(n, NameType.PRIMARY),),
                          listings=(listing,)) for i, n in enumerate(names))
    info = ListInfo(id="t", title="t", version="1", newest_action=dt.date(2024, 1, 1),
                    compiled=dt.date(2024, 1, 1), schema_version=1, sha256="0" * 64, source="memory")
    return _pair(Watchlist(info, parties))


def _same(name: str, pair: tuple[screening.Screener, screening.Screener] | None = None) -> bool:
    """Screen `name` both ways; they must agree in every field, normalised form included."""
    fast, full = pair or screeners()
    a, b = fast.screen(name), full.screen(name)
    assert a.to_dict() == b.to_dict(), name
    return fast._prefilter.clears(name)  # type: ignore[union-attr]


LISTED_WORDS = sorted({w for p in screeners()[0].watchlist.parties for n in p.names for w in n.text.split()
                       if w.isascii()})
OTHER_WORDS = ("Acme", "Northern", "Steel", "Trading", "Supply", "Holdings", "Group", "of", "Companies", "Ltd",
               "LLC", "GmbH", "S.r.l.", "B.V.", "Co.,", "Inc", "A", "B", "C", "&", "Sons", "Lab", "Labs",
               "Kasper", "Sky", "Kaspre", "Casper", "Khan", "Kasp", "Tikh", "c/o", "DBA", "Mr", "Dr.", "#12",
               "(remit to)", "-", "e-Store",
               "O'Brien", "Smith", "Muller", "Oak", "Pine", "1234", "Ltd.", "Limited", "Liability", "Company",
               "lnc", "Lirnited", "GrnbH", "<info@acme.co.uk>", "kaspersky.lab@mail.ru", "a.tikhonov＠kaspersky.com",
               "Gmb", "FZ-L")


@pytest.mark.parametrize("name", [
    "Acme Widgets Ltd", "Northern Steel Trading Co., Ltd.", "Crown Capital S.r.l.", "Smith & Sons (Remit to) #12",
    "APEX BAKERY GMBH & CO. KG", "Sofia Wagner", "Ltd", "LLC GmbH", "SCS SA", "A B C Supplies", "X Y Z",
    "Kasper Sky Supplies", "KasperskyLab Supplies", "Kaspersky", "Lab", "Labs Group", "1234", "Mr Smith",
    "c/o Acme", "Acme c/o Kaspersky Lab", "e-Kaspersky Store", "Kasp'ersky", "K.A.S.P.E.R.S.K.Y.",
    "Tikhonov Trading", "Group of Companies", "DRI*ACME", "Oak Tree Co-operative", "", "K A S P E R S K Y Trading",
    "xKa-spersky Trading", "s.R.l. Acme", "ACME S.R.L.", "Acme\x00Kaspersky", "Acme&Kaspersky", "AcmeKASPERSKYLab",
    "Kaspersky\tLab", "K.Aspersky", "Acme & Sons", "A&B&C Supplies", "Acme <kaspersky.lab@mail.ru>",
    "orders@kaspersky.co.uk", "Acme Ltd <info@acme.co.uk>", "kasper\u200bsky@mail.ru", "Acme lnc", "Acme GrnbH",
    "Limited Liabilty Company", "Closed Joint Stokc Company", "Obshchestvo s Ogranichennoy Otvetstvenostyu",
    "Acme Limited Liabilty Company", "Limited Liabilty Company (Moscow)",
    "Ka-5persky Lab", "Ka'5persky", "KA-5PERSKY LAB", "Xu`5an Beijing Network Security", "3-D Systems Ltd",
    "Kasper6'5ky", "Kasper8'5ky", "Route 66-7 Supplies",
    "Igor Gennadyevich Che", "Acme Steel Che", "Igor Gennadyevich Che.", "Andrey Petrovich Duk ", "Ivan Petrov Gerb",
    "Igor Gennadyevich Che Jr", "Igor GennadyevichChe", "Igor Gennadyevich McChe", "Andrei Pale Tik aka",
    "Igor Gennadyevich Che LLC", "Igor Maria Che II",
    "Kaspre sky Lab", "Casper Sky Lab", "Acme Kaspre sky", "Ali Khan", "Imran Khan Trading", "Cyber Security Ltd",
    "Sasha Eva Design", "Casper sky sky", "Kaspr sky",
    "TKHNV ANDREI", "KLSHV ANNA", "CHKNV Igor Gennadyevich", "KSPRSKY LAB INC", "GRBR Trading", "Kula6ova Anna",
    "Borwev Daniil", "Network Software Ltd", "Warsaw Logistics", "AO <<K4SP3RSKY>>",
])
def test_the_prefilter_agrees_with_the_full_path(name: str) -> None:
    _same(name)


@pytest.mark.parametrize(("name", "cleared"), [
    ("Laboratories Supplies", False), ("Labs Grp", False), ("Acme Group of Companies", False),
    ("A B C Ltd", False), ("A B C Supplies", False), ("Programmnoe Obespechenie Supplies", False),
    ("Acme Supplies", True), ("Acme Trading", True),
])
def test_a_word_that_folds_into_a_listed_word_takes_the_full_path(name: str, cleared: bool) -> None:
    """On a list of domain words, `Labs` (-> `lab`), a phrase (-> `software`) and spelled letters (-> `abc`)
    must reach the list."""
    assert _same(name, generic_list()) is cleared


def test_an_ampersand_is_the_word_and() -> None:
    """On a list where `and` is an anchor (`Lab And Group`), `Acme & Sons` must take the full path."""
    fast, _ = generic_list()
    fast.screen("warm up")
    assert not fast._prefilter.clears("Acme & Sons")  # type: ignore[union-attr]
    assert fast._prefilter.clears("Acme Sons")  # type: ignore[union-attr]


def test_it_clears_plain_supplier_names_and_never_a_listed_word() -> None:
    suppliers = [" ".join(ws) for ws in itertools.product(("Acme", "Oak Tree", "NORTHERN"),
                                                          ("Steel", "Widgets", "Bakery"),
                                                          ("Ltd", "GmbH & Co. KG", "S.r.l.", "Inc."))]
    assert all(_same(n) for n in suppliers)  # every one of them takes the fast path
    fast, _ = screeners()
    for party in fast.watchlist.parties:
        for name in party.names:
            assert not fast._prefilter.clears(name.text), name.text  # type: ignore[union-attr]


def test_a_join_as_the_list_writes_it_takes_the_full_path_wherever_the_word_is() -> None:
    """`Xu An` makes the listed `Xuan` (`respace`), also after another `Xu` that joins nothing."""
    for name in ("Acme Xu An", "Xu Acme Xu An", "Acme Mikhai l Supplies"):
        assert not _same(name), name
    assert _same("Xu Acme An")


def test_the_memo_is_per_list() -> None:
    fast, _ = screeners()
    prefilter = Prefilter(fast.watchlist.index)
    assert prefilter.clears("Acme Widgets Ltd")
    assert not prefilter.clears("Acme Kaspersky Ltd")
    assert not prefilter.clears("LLC")  # nothing screenable: the full path says UNSCREENABLE


_WORDS = st.sampled_from(LISTED_WORDS + list(OTHER_WORDS))
_MUTATED = st.builds(lambda w, i, c: w[:i] + c + w[i + 1:], _WORDS, st.integers(0, 12),
                     st.sampled_from(["", "a", "e", "k", "s", "x", " ", ".", "'", "-", "Sky", "l", "I", "cl"]))
# a listed word cut by a stray space (`respace` joins it again)
_SPLIT = st.builds(lambda w, i: w[:i] + " " + w[i:], st.sampled_from(LISTED_WORDS), st.integers(1, 12))
# (field separators, passport fillers and booking titles too: their cleaning cuts and joins words)
_SEPARATORS = st.sampled_from([" ", " ", ", ", ". ", "-", " & ", "/", "", " - ", "*", " | ", "; ", ": ", "=",
                               "<<", "MR", "\t"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(_WORDS, _MUTATED, _SPLIT), _SEPARATORS), min_size=1, max_size=6))
@example([("Kasper", " "), ("sky", "")])
@example([("Acme", ""), ("Lab", " "), ("Group", "")])
@example([("TIKHONOV", "/"), ("ANDREIMR", "")])
@example([("NOTE", ": "), ("EFREMOV", "/"), ("ANDREYMR", "")])
@example([("P<RUSTIKHONOV", "<<"), ("ANDREI", "<<")])
@example([("Andrej", " "), ("Tixonov", "")])
@example([("Igor", " "), ("Tsjekoenov", "")])  # Dutch oe for у
@example([("Anna", " "), ("Kulasjowa", " "), ("Boer", "")])  # ... sj read only in a word holding oe
@example([("Gyenyisz", " "), ("Zenkin", "")])  # Hungarian (`schemes`)
@example([("Kulasova", " "), ("Anna", " "), ("Vlagyimirovna", "")])  # ... a word without the tell read too
@example([("Ntaniil", " "), ("Mporstsef", "")])  # romanised Greek
@example([("Denisas", " "), ("Zenkinas", "")])  # Lithuanian
@example([("Daniil", " "), ("Borsjtjov", "")])  # Swedish
@example([("NtaniilMporstsefX", "")])  # camelCase parts read as the normaliser cuts them
@example([("Andrei", " "), ("NtouchvalofS", "")])
@example([("MPORSTSEFs", " "), ("Ntaniil", "")])
@example([("Igor", " "), ("Csekunov", " "), ("LLC", "")])  # a legal form beside a reading
@example([("Koelasjova", "'")])  # a Dutch word the prefilter reads alone
@example([("Denisas", " "), ("Zerikinas", "")])  # a scanner's ri for n on a Baltic reading
@example([("Andrej", " "), ("Cloechvalov", "")])  # ... cl for d on a Dutch one
@example([("Acme", " "), ("LLC", " c/o "), ("Igor", " "), ("Tsjekoenov", "")])  # read after a care-of marker
@example([("Xtreyjd2", " "), ("Bujhm", "")])  # a listed word's Russian keys (`layout`), a digit after it
@example([("Acme", " "), ("Xu", " "), ("An", "")])  # joined as the list writes it (`respace`)
@example([("Acme", " "), ("KASPERSKYENDPOINT", "")])  # split so
@example([("Acme", " "), ("XuAn", "")])  # a listed word in camelCase, written as one
@example([("TlKHONOV", " "), ("Acme", "")])  # a letter a scanner misread (`ocr`)
@example([("TlKHONOV2", " "), ("Andrey", "")])  # ... in a word with a digit
@example([("Acme", " "), ("Steel", " "), ("Tikh", "")])  # the start of a listed family name ends it
@example([("Acme", " "), ("Kaspre", " "), ("sky", "")])  # a split listed word, a slip before the cut
@example([("KasprSky", " ")])  # camelCase parts of a listed word with a slip, read joined (hypothesis found it)
@example([("Ka", " "), ("perskyOS", "")])  # a listed word's end in camelCase, a slip before the cut (so too)
def test_any_mix_of_listed_and_other_words_screens_the_same_both_ways(parts: list[tuple[str, str]]) -> None:
    """Also with field separators, x for kh, passport and booking layouts."""
    _same("".join(w + sep for w, sep in parts).strip())


def test_a_cleared_result_computes_its_normalised_form_on_first_read() -> None:
    fast, _ = screeners()
    result = fast.screen("Northern Steel Trading Co., Ltd.")
    assert result.status is Status.CLEAR
    assert result.normalized == screening.normalize_name("Northern Steel Trading Co., Ltd.")
    assert screening.ScreeningResult.from_dict(result.to_dict()) == result


def test_a_name_typed_on_the_wrong_layout_takes_the_full_path() -> None:
    """Its words reach nothing as typed; retyped (`screening.layout`) they may."""
    prefilter = Prefilter(screening.Screener().watchlist.index)
    assert not prefilter.clears("Kf,jhfnjhbz Rfcgthcrjuj")
    assert not prefilter.clears("Ptyrby Ltybc Dkflbvbhjdbx")
    assert prefilter.clears("Bright Schmidt Bakery GmbH")  # few vowels in two words, not in the name
    assert not prefilter.clears("Xtreyjd Bujhm")  # vowels enough, but `Xtreyjd` types Чекунов
    assert prefilter.clears("Bujhm Petrov Trading")  # Игорь is no listed word
