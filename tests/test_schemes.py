"""Latin spellings of Russian names in other languages' schemes, read as English ones (`screening.schemes`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.lexicon import lexicon
from screening.normalize import normalize
from screening.schemes import readings, shows_scheme, word_readings


def _read(text: str) -> list[str]:
    """The readings of a name's normalised words, joined by spaces."""
    name = normalize(text)
    found = readings(name.tokens, name.initials, lexicon().given, lexicon().cyrillic_given)
    return [" ".join(read) for read in found]


@pytest.mark.parametrize(("text", "read"), [
    ("Tsjekoenov", ["tshekunov"]), ("Anna Koelasjova", ["anna kulashova"]), ("SOEVOROV", ["suvorov"]),
    ("Kasjanov", []),  # no oe: the j is a glide
    ("Joe Oerlikon", []),  # oe ends or starts the word
    ("Boer Kasjanov", ["bur kasjanov"]),  # only a word holding oe is read
    ("Kroes Zjoekov", ["krus zhukov"]),
])
def test_dutch_spellings_are_read_as_english_ones_where_a_word_holds_oe(text: str, read: list[str]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("Zenkin Gyenyisz Vlagyimirovics", ["zenkin denis vladimirovich"]),
    ("BORSCSOV DANYIIL SZERGEJEVICS", ["borshchov daniil sergejevich"]),
    ("Kulasova Anna Vlagyimirovna", ["kulashova anna vladimirovna"]),  # s is ш once the name shows the scheme
    ("Szuvorov", []),  # sz alone is no tell: Polish writes ш so (Leszek)
    ("Szuvorov Andrej Anatoljevics", ["suvorov andrej anatoljevich"]),
    ("Kaszperszkij", ["kasperskij"]),  # -szkij: Hungarian -ский
    ("Danyiil S. Borscsov", ["daniil s borshchov"]),  # an initial stays
    ("Electronics Ltd", []),  # an English -ics is no -ovics
    ("Igor Csekunov LLC", ["igor chekunov"]),  # a legal form is set aside before the reading: LLC stays one
])
def test_hungarian_spellings_are_read_where_a_word_shows_the_scheme(text: str, read: list[str]) -> None:
    assert _read(text) == read


def test_a_reading_keeps_the_legal_forms_the_name_sets_aside() -> None:
    name = normalize("Igor Csekunov LLC")
    assert [(alt.tokens, alt.legal_forms) for alt in name.alternates] == [(("igor", "chekunov"), name.legal_forms)]
    assert name.legal_forms == ("limited_liability",)


@pytest.mark.parametrize(("text", "read"), [
    ("Ntaniil Mporstsef", ["daniil borshchev"]),
    ("Igkor Tsekounof", ["igor chekounov"]),
    ("MICHAIL GKERMPER", ["michail gerber"]),
    ("Antrei Ntoukhvalof", ["antrei doukhvalov"]),  # inside a word nt stays (Greek writes Антон with ντ too)
    ("Prof. Ivan Petrov", []),  # no tell: Prof. and Josef are short
    ("Josef Novak", []),
    ("NTT Data", []),  # nt before a consonant opens no Greek word
    ("Kasperski Krzysztof", []),  # Christopher's names end in a consonant and -tof
    ("Krutof", ["krutov"]),
])
def test_romanised_greek_is_read_where_a_word_shows_the_scheme(text: str, read: list[str]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("Daniil Borsjtjov", ["daniil borshchov"]),
    ("Igor Tjekunov", ["igor chekunov"]),
    ("Oleg Kasjanov", []),  # no tj: sj may be a glide
])
def test_swedish_spellings_are_read_where_a_word_holds_tj(text: str, read: list[str]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("Igor Ghennadievici Cecunov", ["igor gennadievich chekunov"]),  # gh, -ici, c before e, c before u
    ("Daniil Borşciov", ["daniil borshchov"]),  # ş folded to s: sci before o is щ
    ("Chiril Alexandrovici Astrahan", ["kiril alexandrovich astrahan"]),  # (h for х: the skeleton reads it)
    ("Ion Popovici", ["ion popovich"]),  # a Romanian surname in -ovici reads so too: it matches nothing listed
    ("Cecunov Igor", []),  # no tell
    ("Ciprian Ciobanu", []),
])
def test_romanian_spellings_are_read_where_a_word_shows_the_scheme(text: str, read: list[str]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("Denisas Zenkinas", ["denis zenkin"]),
    ("Michailas Gerberis", ["michail gerber"]),  # a Russian given name with a Lithuanian ending tells
    ("Mihails Gerbers", ["mihail gerber"]),  # ... or a Latvian one: every -s alone then comes off too
    ("Kirils Astrahans", ["kiril astrahan"]),
    ("Deniss Zenkins", ["denis zenkin"]),  # Latvian -ss: Denis, though Denis is a name as it is
    ("Peters Adams", []),  # no tell: Cyrillic writes Peter as Pyotr
    ("Denis Jenkins", []),  # Denis's -is is its own
    ("Dennis Jenkins", []),  # ... as English names end in s too
    ("Dennis Julius Jenkins", ["dennis jul jenkins"]),  # a Latvian -s alone needs a tell on its word or a
    ("Dennis Jenkins Salinas", ["dennis jenkins salin"]),  # second one: Jenkins stays (Jenkin: Zenkin?)
    ("Igoris Chekunovas", ["igor chekunov"]),
    ("Andrejus Tichonovas Genadjevichius", ["andrej tichonov genadjevich"]),
    ("Dennis Vladimirovichs Jenkins", ["dennis vladimirovich jenkins"]),  # Latvian: one tell, so no -s alone
    ("Andrejs Tihonovs", ["andrej tihonov"]),  # ... two tells
    ("Mr Denisas V. Zenkinas, CEO", ["denis v zenkin ceo"]),  # an honorific goes, an initial and one word stay
    ("Thomas Jonas Kasperskis", []),  # no English-less ending
    ("Thomas Kasperskis Andrejus", ["thomas kasperski andrej"]),  # Thom is no name; -skis is -ski
    ("Denis Zenkin", []),
    ("Zenkinas", []),  # one word: no pattern to see
])
def test_baltic_endings_are_dropped_when_the_words_end_so(text: str, read: list[str]) -> None:
    assert _read(text) == read


def test_a_name_showing_no_scheme_has_no_reading() -> None:
    assert _read("Kaspersky Lab") == []
    assert _read("Andrei Gennadyevich Tikhonov") == []


@given(st.lists(st.text(alphabet="abcdeghijklmnoprstuvyz", min_size=1, max_size=12), min_size=1, max_size=5),
       st.frozensets(st.integers(0, 4)))
def test_a_reading_rewrites_words_in_place_and_never_an_initial(words: list[str], kept: frozenset[int]) -> None:
    tokens = tuple(words)
    for read in readings(tokens, kept, lexicon().given, lexicon().cyrillic_given):
        assert read != tokens and len(read) == len(tokens)
        assert all(read[i] == tokens[i] for i in kept if i < len(tokens))
        assert all(read[i] == t for i, t in enumerate(tokens) if len(t) == 1)
        assert all(r and r.isalpha() for r in read)


@pytest.mark.parametrize(("word", "shows"), [("gyenyisz", True), ("mporstsef", True), ("tjekunov", True),
                                             ("kaszperszkij", True), ("kaspersky", False), ("krzysztof", False),
                                             ("gy2", False),
                                             # Chinese and Japanese romanised words, German -hof, acronyms
                                             ("shenyang", False), ("kogyo", False), ("hengyi", False),
                                             ("hongkong", False), ("berghof", False), ("csi", False),
                                             ("nti", False), ("artjoy", False), ("sanyo", False),
                                             ("leszek", False), ("youssef", False), ("waterproof", False)])
def test_the_prefilter_sees_the_words_that_show_a_scheme(word: str, shows: bool) -> None:
    assert shows_scheme(word) is shows


def test_the_prefilter_reads_a_dutch_word_and_cuts_a_baltic_ending_alone() -> None:
    assert word_readings("tsjekoenov") == ["tshekunov"]
    assert word_readings("zenkinas") == ["zenkin"]
    assert word_readings("kaspersky") == []


def test_a_reading_is_an_alternate_of_latin_text_only() -> None:
    """The name as written is screened too; Cyrillic оe (`Боевой`) is no Dutch spelling."""
    assert [alt.text for alt in normalize("Igor Tsjekoenov").alternates] == ["igor tshekunov"]
    assert normalize("ООО Боевой").alternates == ()
    # Lithuanian letters are Latin too
    assert [alt.text for alt in normalize("Daniilas Borščiovas").alternates] == ["daniil borshchiov"]


@pytest.mark.parametrize(("query", "party"), [
    ("Andrej Anatoljevitsj Soevorov", "ofac-45821"),
    ("Zenkin Gyenyisz Vlagyimirovics", "ofac-45864"),
    ("Danyiil Borscsov", "ofac-45862"),
    ("Danyiil S. Borscsov", "ofac-45862"),
    ("Kaszperszkij Lab", "kaspersky-ao"),
    ("Ntaniil Mporstsef", "ofac-45862"),
    ("Igkor Tsekounof", "ofac-45849"),
    ("Michail Gkermper", "ofac-45856"),
    ("Denisas Zenkinas", "ofac-45864"),
    ("Mr Denisas Zenkinas (CEO)", "ofac-45864"),
    ("Michailas Gerberis Jurjevichius", "ofac-45856"),
    ("Daniil Borsjtjov", "ofac-45862"),
    ("Payment - Gyenyisz Zenkin", "ofac-45864"),
    ("Acme LLC c/o Igor Tsjekoenov", "ofac-45849"),  # the name after a care-of marker is read too
    ("Acme Ltd c/o Ntaniil Mporstsef", "ofac-45862"),
])
def test_a_listed_party_spelled_in_another_scheme_is_flagged(query: str, party: str) -> None:
    result = screening.Screener().screen(query)
    assert result.status is not screening.Status.CLEAR and result.hits[0].party.id == party, query


@pytest.mark.parametrize(("query", "party"), [
    ("Mihails Gerbers", "ofac-45856"), ("Michailas Gerberis", "ofac-45856"), ("Kirils Astrahans", "ofac-45818"),
    ("Kirilas Astrachanas", "ofac-45818"), ("Igors Čekunovs", "ofac-45849"), ("Antons Ivanovs", "ofac-45858"),
    ("Deniss Zenkins", "ofac-45864"), ("Daniils Borščovs", "ofac-45862"),
    ("Igor Ghennadievici Cecunov", "ofac-45849"), ("Daniil Serghéevici Borșciov", "ofac-45862"),
    ("Mihail Iurievici Gherber", "ofac-45856"), ("Denis Vladimirovici Zenchin", "ofac-45864"),
    ("Andrei Ghennadievici Tihonov", "ofac-45815"),
])
def test_a_listed_person_named_as_baltic_or_romanian_spelling_writes_him_is_a_match(query: str, party: str) -> None:
    """Latvian and Lithuanian: given name and surname both take the ending, and the given name tells the scheme;
    Romanian: -ovici, gh, sci tell it (each a REVIEW or CLEAR before)."""
    result = screening.Screener().screen(query)
    assert result.status is screening.Status.MATCH and result.hits[0].party.id == party, query


@pytest.mark.parametrize("query", ["Dennis Jenkins", "Peters Adams", "Markus Ivanovs", "Igors Jenkins",
                                   "Dennis Roberts Jenkins", "Denis Simons Jenkins", "Marks Gerbers Michaels"])
def test_english_names_ending_in_s_stay_clear(query: str) -> None:
    """A given name as written (`Dennis`) or with an English surname's -s (`Michaels`) beside the word that
    would tell Latvian (`Roberts`, `Marks`) keeps the other words' -s on."""
    assert screening.Screener().screen(query).status is screening.Status.CLEAR, query


@pytest.mark.parametrize(("query", "english"), [
    ("Igor Csekunov LLC", "Igor Chekunov LLC"), ("Tyihonov Andrej Kft", "Tikhonov Andrej Kft"),
    ("Anton Ivanof Company", "Anton Ivanov Company"), ("Andrei Tikhonov Szerviz Co.", "Andrei Tikhonov Servis Co."),
    ("Igor Csekunov Kft", "Igor Chekunov Kft"), ("Csekunov Kft", "Chekunov Kft")])
def test_a_reading_keeps_the_legal_form_a_legal_form(query: str, english: str) -> None:
    """A legal form after a person's name is read as one, not as a word: the name scores as its English
    spelling with the form does (a company named for the person, or a surname in a company's name)."""
    screener = screening.Screener()
    read, written = screener.screen(query), screener.screen(english)
    assert read.status is written.status, query
    assert [(h.party.id, h.score) for h in read.hits] == [(h.party.id, h.score) for h in written.hits], query


@pytest.mark.parametrize("query", ["Thomas Kasperskis", "Kasperski Krzysztof", "Szymon Kasperski"])
def test_a_reading_keeps_what_clears_the_name_as_written(query: str) -> None:
    """A person named Kasperski: the reading changes nothing."""
    assert screening.Screener().screen(query).status is screening.Status.CLEAR, query
