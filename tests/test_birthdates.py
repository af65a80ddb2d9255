"""Birth dates written into a name field: read after a birth label, whole or in part, and used as the query's
birth date; a date with no label only ever confirms a listed one."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.birthdates import birth_date_in, one_slip, stated_age, without_birth_clause
from screening.normalize import normalize
from screening.persons import names_several

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@pytest.mark.parametrize(("text", "readings"), [
    ("Anton Ivanov, DOB 14.02.1965, Yekaterinburg", ((1965, 2, 14),)),
    ("Andrei A. Suvorov, D.O.B.: 12-Oct-1967, POB Togliatti", ((1967, 10, 12),)),
    ("ALEKSEEVA MARINA DOB 15 JUN 1978", ((1978, 6, 15),)),
    ("Daniil Borshchev, born 1975", ((1975, 0, 0),)),
    ("BORSHCHEV, Daniil  Role: Director  Born December 1975", ((1975, 12, 0),)),
    ("Andrey Efremov, born on September 6, 1978", ((1978, 9, 6),)),
    ("Andrey Dukhvalov (b. 03 Dec 1957, Kharkiv)", ((1957, 12, 3),)),
    ("Dukhvalov Andrey (b.1957)", ((1957, 0, 0),)),
    ("Tikhonov Andrey, geb. 09.11.1966", ((1966, 11, 9),)),
    ("Ivanov, Anton, Berlin, *14.02.1982", ((1982, 2, 14),)),
    ("Kulashova Anna, née le 29 avril 1971", ((1971, 4, 29),)),
    ("Denis Zenkin, n. 18/07/1996, Riga", ((1996, 7, 18),)),  # nacido, nato, nascido
    ("TIKHONOV, Andrei - n. 14/02/1981, Minsk", ((1981, 2, 14),)),
    ("TIKHONOV, Andrei — n. 14 de febrero de 1981", ((1981, 2, 14),)),
    ("Marina Alekseeva, n. 1992, tenista", ((1992, 0, 0),)),
    ("Marina Alekseeva, n. 1992.", ((1992, 0, 0),)),
    ("Zenkin, n. 1981-10-12", ((1981, 10, 12),)),
    ("Marina Alekseeva, profesora de piano, nac. 1989", ((1989, 0, 0),)),  # Spanish nacido/a, nacimiento
    ("Zenkin Denis Vladimirovich, 1985 g.r.", ((1985, 0, 0),)),  # `г.р.` romanised
    ("Chekunov Igor' Gennad'evich, d.r. 05.05.1989", ((1989, 5, 5),)),  # `д.р.` romanised
    ("Borščev Daniil Sergeevič, rod. 1948", ((1948, 0, 0),)),  # `род.` romanised
    ("Ivanov, Anton Mikhaĭlovich, 1923-1997", ((1923, 0, 0),)),  # a library catalogue's heading: a life's years
    ("Andrei Suvorov (1930–2011)", ((1930, 0, 0),)),  # a life's years in brackets after the name
    ("Andrej Anatoljevic Jefremov (* 1985)", ((1985, 0, 0),)),  # `*` and a year alone in brackets (German)
    ("In memoriam Anton Ivanov (1920 - 1998) Memorial Fund", ((1920, 0, 0),)),
    ("Anton Ivanov, born 1958-03", ((1958, 0, 0),)),  # (a year and a month: the year)
    ("Andreï Efremov, violoniste, né en 1995", ((1995, 0, 0),)),
    ("Zenkin Denis, DOB: 1974-09-02", ((1974, 9, 2),)),
    ("Zenkin Denis, date of birth 19740902", ((1974, 9, 2),)),
    ("ИВАНОВ АНТОН МИХАЙЛОВИЧ, дата рождения 26.01.1990", ((1990, 1, 26),)),
    ("АЛЕКСЕЕВА МАРИНА МИХАЙЛОВНА, 15.06.1978 г.р.", ((1978, 6, 15),)),
    ("Зенкин Д.В., 1974 г.р.", ((1974, 0, 0),)),
    ("Тихонов Андрей, д.р. 9 ноября 1966", ((1966, 11, 9),)),
    ("Zenkin Denis, D O B 02.09.1974", ((1974, 9, 2),)),
    ("Kulashova Anna, ne le 29 avril 1971", ((1971, 4, 29),)),
    ("Зенкин Д.В., 1974г.р.", ((1974, 0, 0),)),
    ("Петров Иван Сергеевич, 1961 г.р.", ((1961, 0, 0),)),  # a patronymic before a year is no month
    ('{"name": "Denis Zenkin", "dob": "1974-09-02"}', ((1974, 9, 2),)),  # a record's key
    ("first=Denis&last=Zenkin&date_of_birth=1974-09-02", ((1974, 9, 2),)),
    ("<Nm>Denis Zenkin</Nm><dateOfBirth>1974-09-02</dateOfBirth>", ((1974, 9, 2),)),
    ("Petrov Ivan; Birthday: 3 Apr 1961", ((1961, 4, 3),)),  # a contact card's field
    ("FN:Ivan Petrov BDAY:19610403", ((1961, 4, 3),)),  # (vCard)
    # a birth place between the label and the date, as registries and biographies write it
    ("ROSSI MARIO nato a TORINO (ITALIA) il 03.04.1961", ((1961, 4, 3),)),
    ("Maria Bianchi, nata a Reggio nell'Emilia il 3 aprile 1961", ((1961, 4, 3),)),
    ("Jean Dupont, né à Saint-Étienne le 3 avril 1961", ((1961, 4, 3),)),
    ("John Smith, born in St. Louis, Missouri on April 3rd, 1961", ((1961, 4, 3),)),
    ("Hans Weber, geboren in Bad Homburg am 03.04.1961", ((1961, 4, 3),)),
    ("Juan García, nacido en La Paz el 3 de abril de 1961", ((1961, 4, 3),)),
    ("João Silva, nascido em São Paulo em 3 de abril de 1961", ((1961, 4, 3),)),
    ("Jan Kowalski, urodzony w Łodzi 3 kwietnia 1961", ((1961, 4, 3),)),
    ("Петров Иван, родился в Нижнем Новгороде 03.04.1961", ((1961, 4, 3),)),
    ("Ivan Petrov (b. Novosibirsk, 1961)", ((1961, 0, 0),)),
    ("Gerber Mikhail Yuryevich b. 1994", ((1994, 0, 0),)),  # `b.` after a word, before a date
    ("Anna Kulashova b. Dmitrov 1971", ((1971, 0, 0),)),  # and a birth place
    ("Borshchev Daniil b.1975", ((1975, 0, 0),)),
    ("Ivan Petrov, born on the 3rd of April 1961", ((1961, 4, 3),)),
    ("Jean Dupont, ne a Lyon le 3 avril 1961", ((1961, 4, 3),)),  # unaccented
    ("PETROV IVAN NATO A TORINO (ITALIA) IL 03.04.1961", ((1961, 4, 3),)),
    ("Mokėjimas Antonui Ivanovui, gim. 1990-01-26", ((1990, 1, 26),)),  # Lithuanian
    ("Maksājums Antonam Ivanovam, dzim. 26.01.1990.", ((1990, 1, 26),)),  # Latvian
    ("Antons Ivanovs, dz. 26.01.1990, Rīga", ((1990, 1, 26),)),  # Latvian, short
    ("Deniss Zenkins, dz. 1990", ((1990, 0, 0),)),
    ("Andrei Suvorov, sünd. 03.05.1989, Tallinn", ((1989, 5, 3),)),  # Estonian
    ("Dokumenta Antona Ivanova, rođenog 26.01.1990.", ((1990, 1, 26),)),  # Croatian
    ("Jan Novák, narozen 1. 2. 1970", ((1970, 2, 1),)),  # Czech
    ("IVANOV Anton Mihajlovič, roj. 14. 3. 1972, Plovdiv", ((1972, 3, 14),)),  # Slovene
    ("Marina Aleksejeva, rođ. 1990., Zagreb", ((1990, 0, 0),)),  # Croatian, short
    ("Михаил Гербер, рођен 1961. године у Новом Саду", ((1961, 0, 0),)),  # Serbian
    ("Антон Иванов Георгиев, роден 1979 г., Стара Загора", ((1979, 0, 0),)),  # Bulgarian
    ("Tikhonov Andrei, szül. 1985. február 14.", ((1985, 0, 0),)),  # Hungarian (the year read)
    ("Andrei Tikhonov, född 1985-02-14", ((1985, 2, 14),)),  # Swedish
    ("Tikhonov Andrey, doğum tarihi 14.02.1985", ((1985, 2, 14),)),  # Turkish
    ("Ефремов Андрей Анатольевич, 12.03.1962 ж.т., Қарағанды", ((1962, 3, 12),)),  # Kazakh, after the date
    ("Тихонов Андрей Геннадьевич, 1985 жылы туған", ((1985, 0, 0),)),
    ("Andrei Tikhonov, 1985 doğumlu", ((1985, 0, 0),)),  # Turkish, after the date
    ("Marina Alekseyeva, 12 Mart 1960 doğumlu", ((1960, 3, 12),)),  # Turkish, a month's name
    ("Anna Kulashova, nata nel 1995", ((1995, 0, 0),)),  # Italian, born in (a year)
    ("Mijaíl Gerber, nacido en 1995 en Buenos Aires", ((1995, 0, 0),)),  # Spanish, born in (a year)
    ("Андрей Суворов, 1990 онд төрсөн", ((1990, 0, 0),)),  # Mongolian
    ("Անդրեյ Սուվորով, 1992 թ. ծնված, Գյումրի", ((1992, 0, 0),)),  # Armenian
    ("ანდრეი სუვოროვი, დაბ. 12.03.1990", ((1990, 3, 12),)),  # Georgian
    ("אנדריי סובורוב, נולד 1990", ((1990, 0, 0),)),  # Hebrew
    ("Αντρέι Τιχόνοφ, γεν. 14.02.1985", ((1985, 2, 14),)),  # Greek
    ("Andrei Tikhonov, D. TARİHİ 14.02.1985", ((1985, 2, 14),)),  # Turkish capitals (İ lowers with a dot above)
    ("チェクノフ・イーゴリ 生年月日：1988年7月3日", ((1988, 7, 3),)),  # Japanese: the label, a full-width colon
    ("切库诺夫·伊戈尔（1988年7月3日出生）", ((1988, 7, 3),)),  # Chinese, after the date
    ("伊戈尔·切库诺夫，1988年7月生于鄂木斯克", ((1988, 7, 0),)),  # born in (a place joined to it)
    ("イーゴリ・チェクノフ（1988年生まれ）", ((1988, 0, 0),)),
    ("이고리 체쿠노프, 생년월일 1988년 7월 3일", ((1988, 7, 3),)),  # Korean
    ("이고리 체쿠노프 (1988년생)", ((1988, 0, 0),)),  # Korean, a year alone before its birth sign
    ("איגור צ'קונוב, יליד 1988", ((1988, 0, 0),)),  # Hebrew, born in (a man, a woman: `ילידת`)
    ("אנה קולשובה, ילידת 1988", ((1988, 0, 0),)),
    ("إيغور تشيكونوف، من مواليد 1988", ((1988, 0, 0),)),  # Arabic
    ("إيغور تشيكونوف، تاريخ الميلاد 03.07.1988", ((1988, 7, 3),)),
    ("ایگور چکونوف، متولد 1988", ((1988, 0, 0),)),  # Persian
])
def test_a_date_after_a_birth_label_is_read_in_the_parts_it_writes(text: str, readings: tuple) -> None:
    """Labels in several languages, before the date or after it (`г.р.`); the parts it leaves out are 0."""
    found = birth_date_in(text)
    assert found is not None and found.labelled
    assert found.readings == readings


def test_day_and_month_are_both_read_where_the_order_is_unknown() -> None:
    """`09/11/1966` is 9 November or 11 September; a dotted date is day first (European)."""
    assert birth_date_in("TIKHONOV Andrei DOB 09/11/1966").readings == ((1966, 11, 9), (1966, 9, 11))
    assert birth_date_in("TIKHONOV Andrei DOB 09.11.1966").readings == ((1966, 11, 9),)
    assert birth_date_in("TIKHONOV Andrei DOB 11/27/1966").readings == ((1966, 11, 27),)  # no 27th month


@pytest.mark.parametrize("text", [
    "Kaspersky Lab 2019",  # a number, no label
    "Hall B. 1990 Ltd",  # `B.` in a name is an initial: `b.` is a label only where a clause starts
    "Anna Kulashova (née Dudorina)",  # a maiden name, no date
    "Anton Ivanov DOB 31.02.1990",  # no such day
    "Anton Ivanov DOB 14.05.72",  # a two-digit year may be either century
    "Ivanov Anton 1.2.1990.5",  # a version or reference number, not a date
    "Andrei Suvorov, born in Kazan",
    "IVANOV, B. 2015-03-01",  # a capital `B.` is an initial (the date is read as one with no label)
    "TIKHONOV Andrei Gennadyevich * 2019",  # `*` labels a whole date only
    "NATO Support and Procurement Agency 2019",  # `nato` is a label only before a preposition and a place
    "Andrei Petrov, NATO in Brussels 2019",  # and in capitals only before `A`
    "Ivan Petrov, born in Tver, signed in 2019",  # a place ends at a comma or a word that opens a date
    "Ivan Petrov, born in Tver graduated in 1989",  # and only one or two words stand before a date alone
    "John B. Smith 1961",  # a capital `B.` is an initial, with a place or not
    "Decreto n. 14/02/1981 Denis Zenkin",  # `n.` is a number's label, not a clause's start (read with no label)
    "Denis Zenkin, n. 2019/1234",  # and where it starts one, before a number that is no date
    "n. 2019/45 Denis Zenkin",
    "Denis Zenkin - n. 2020/15",
    "Denis Zenkin, n. ordine 2019",  # nor before a word, as a birth place would stand
    "Denis Zenkin (n. pratica 2021)",
    "Ivanov, b. 2019/1234",  # a year a number goes on from is none after any label
    "Zenkin, DOB 2019/1234",
    "Denis Zenkin, N. 1981",  # a capital `N.` is an initial
    "Ivan Petrov B. Sc. 2010",
    "Ivan Petrov, born in the Soviet Union during the 1960s",  # a place, then no date
    "Ivan Petrov, born 3 de 1961",  # `de` is no month (nor does it eat `December`'s letters)
    "Birthday Cakes Ltd 2019", "Happy Birthday Events, 12 Jan",  # a word of a name, then no whole date
    "Flowers for Ivan Petrov birthday 09.11.2021", "Ivan Petrov 60th birthday 2026",  # a party's day, no field's key
    "Andrei Tikhonov, f. 1985", "Gerber M., f. 12.03.2019",  # Nordic `f.` is none: a page's `f.` (following)
    "Marina Alekseeva, Tromsø roj 2019",  # Slovene `roj.` only with its point
    "Ivanov, Anton Mikhaylovich, 1997-2020",  # two years closer than a life: a term, a contract's period
    "Igor Chekunov, 1960-2024", "Chekunov, Igor, 1960-2024",  # no catalogue heading: years of office
    "Andrei Tikhonov (1997–2024)", "Andrei Tikhonov (1900–2024)",  # in brackets: a term, no life's span
    "(1930–2011) Andrei Suvorov",  # nor years before any name
    "Jefremov, Andrej, * 1985", "Jefremov Andrej (* 1985/7)",  # `*` and a year alone: only so in brackets
    "Banco Nac. de Credito 2019", "Banco Nac. 2019",  # `nac.` only where a clause starts: `nacional`
    "Ivanov A.M., Sberbank, 2019 G.R. Report",  # romanised `g.r.` only in small letters
    "卡巴斯基 2019年3月生产", "合同 2021年5月1日生效", "Anton Ivanov 2024年 报告",  # production, in force; no label
    "Anna Kulashova, nata nel quartiere Prati", "Mijaíl Gerber, nacido en Rosario",  # born in a place: no date
])
def test_no_birth_date_is_read_where_none_is_written(text: str) -> None:
    """Numbers, initials, maiden names, impossible days and two-digit years are no labelled birth date."""
    found = birth_date_in(text)
    assert found is None or not found.labelled


def test_a_turkish_months_name_makes_a_date_with_its_letters_or_without() -> None:
    """`Aralık` (December) with its dotless ı, and `Aralik`, as ASCII exports write it; with no label, a date that
    may be anything (it confirms a listed birth date it agrees with)."""
    for text in ("Daniil Borşçev (4 Aralık 1975, Barnaul)", "Daniil Borscev (4 Aralik 1975, Barnaul)"):
        found = birth_date_in(text)
        assert found is not None and found.readings == ((1975, 12, 4),) and not found.labelled, text


@pytest.mark.parametrize("text", ["Andrei Tikhonov, Nisan 12 1970", "Andrei Tikhonov Kasim 3 1970",
                                  "Tikhonov, Kasim 12 1962"])
def test_a_turkish_month_name_that_is_a_given_name_too_makes_no_date_before_a_day(text: str) -> None:
    """`Nisan`, `Kasım` before a day are as often a person's name: no date is read from them (Turkish writes the
    day first), and the name stays a hit; after a label, a month and a year alone are read (`Kasım 1966`)."""
    assert birth_date_in(text) is None
    named = text if text.startswith("Andrei") else f"Andrei {text}"
    assert screening.Screener().screen(named).flagged
    found = birth_date_in("Andrei Tikhonov doğum tarihi: Kasım 1966")
    assert found is not None and found.labelled and found.readings == ((1966, 11, 0),)


def test_a_word_that_is_no_month_name_makes_no_date() -> None:
    """`APRİL` (Turkish dotted capital I) lowers to no month name: no date, and nothing raises; `Kazan` is none,
    so it is read as the birth place before a year."""
    assert birth_date_in("Anton Ivanov, DOB 1 APRİL 1965") is None
    assert birth_date_in("Anton Ivanov, DOB 1 ſep 1965") is None
    assert birth_date_in("Andrei Suvorov, born Kazan 1989").readings == ((1989, 0, 0),)  # Kazan a birth place


def test_a_labelled_date_in_a_field_naming_several_persons_only_confirms() -> None:
    """`Sergei Petrov (DOB ...) and Andrei Tikhonov`: the date may be either's (`and` in other languages too)."""
    for text in ("Sergei Petrov (DOB 14.02.1965) and Andrei Gennadyevich Tikhonov",
                 "Andrei Gennadyevich Tikhonov & Sergei Petrov, DOB 14.02.1965",
                 "Andrei Tikhonov ve Olga Petrova, doğum tarihi 14.02.1985",
                 "Андрей Тихонов және Ольга Петрова, 1985 ж.т."):
        found = birth_date_in(text)
        assert found is not None and not found.labelled
    assert birth_date_in("CHEKUNOV, Igor | Director | Born March 1966 | Russian").labelled  # one person's fields




@pytest.mark.parametrize("text", ["John Roden 12.03.1975", "Miklos Gimes 12.03.1975"])
def test_a_surname_spelled_as_a_label_without_its_letters_is_no_label(text: str) -> None:
    """Croatian `rođen` and Lithuanian `gimęs` are labels with their `đ` and `ę`; `Roden` and `Gimes` are surnames."""
    assert not birth_date_in(text).labelled and without_birth_clause(text) == text


def test_a_date_with_no_label_is_read_as_one_that_may_be_anything() -> None:
    """A bare date is read, marked unlabelled: it can only confirm a listed birth date."""
    found = birth_date_in("Ivanov Anton Mikhaylovich 26.01.1990")
    assert found is not None and not found.labelled and found.readings == ((1990, 1, 26),)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["DOB {d:%d.%m.%Y}", "born {d:%Y-%m-%d}", "d.o.b. {d.day} {month} {d.year}",
                        "geb. {d:%d.%m.%Y}", "дата рождения {d:%d.%m.%Y}", "{d:%d.%m.%Y} г.р.", "DOB {d:%d/%m/%Y}",
                        "born {month} {d.day}, {d.year}"]))
def test_every_labelled_date_is_read_as_itself(date: dt.date, form: str) -> None:
    """Whatever the date and the form, the reading holds it, agrees with it and not with a year before."""
    text = "Tikhonov Andrei, " + form.format(d=date, month=_MONTHS_EN[date.month - 1])
    found = birth_date_in(text)
    assert found is not None and found.labelled
    assert (date.year, date.month, date.day) in found.readings
    assert found.agrees([date])
    assert not found.agrees([dt.date(date.year - 1, date.month, 1)])  # (no 29 February the year before)


def test_a_partial_date_agrees_with_every_date_it_fits() -> None:
    """`December 1975` agrees with any day of that month, and with no other month."""
    found = birth_date_in("Borshchev, born December 1975")
    assert found.agrees([dt.date(1975, 12, 4)]) and not found.agrees([dt.date(1975, 11, 4)])
    assert found.iso == "1975-12"


def test_the_reading_is_part_of_the_normalised_key() -> None:
    """Two names with equal keys screen the same: a birth date read is in the key, labelled or not."""
    assert normalize("Ivanov Anton, DOB 14.02.1965").key.endswith(" born:1965-02-14")
    assert normalize("Ivanov Anton 14.02.1965").key.endswith(" date:1965-02-14")
    assert normalize("Ivanov Anton, DOB 14.02.1965").key != normalize("Ivanov Anton, DOB 14.02.1966").key
    assert normalize("Ivanov Anton DOB 14 02 1965").birth is None


@pytest.fixture(scope="module")
def screener() -> screening.Screener:
    return screening.Screener()


@pytest.mark.parametrize(("text", "left"), [
    ("ROSSI MARIO nato a TORINO (ITALIA) il 03/04/1961 - C.F. X", "ROSSI MARIO - C.F. X"),
    ("Ivan Petrov, DOB 03.04.1961, Omsk", "Ivan Petrov, , Omsk"),
    ("Петров Иван Сергеевич, 1961 г.р.", "Петров Иван Сергеевич,"),
    ("Ivan Petrov 03.04.1961", "Ivan Petrov 03.04.1961"),  # no label: the date may be anything, and stays
    ("Ivan Petrov (DOB 03.04.1961) and Oleg Sidorov", "Ivan Petrov (DOB 03.04.1961) and Oleg Sidorov"),
])
def test_a_labelled_birth_clause_is_cut_from_the_name(text: str, left: str) -> None:
    """Label, place and date go; a date no label names (or that may be another person's) stays."""
    assert " ".join(without_birth_clause(text).split()) == left


def test_a_birth_place_between_label_and_date_costs_the_name_nothing(screener: screening.Screener) -> None:
    """`nato a MOSCA (RUSSIA) il ...` and `born in Tver on ...` score as `DOB ...` does: before, their words
    counted against the name (the Italian line was CLEAR), and a place read the date as unlabelled."""
    plain = screener.screen("TIKHONOV Andrei, DOB 09.11.1966")
    for text in ("TIKHONOV ANDREI nato a TVER (RUSSIA) il 09/11/1966", "TIKHONOV Andrei, born in Tver on 09.11.1966",
                 "Тихонов Андрей, родился в Калинине 09.11.1966", "TIKHONOV Andrei, né à Tver le 9 novembre 1966"):
        result = screener.screen(text)
        assert result.status is screening.Status.MATCH, text
        assert [(h.party.id, h.score) for h in result.hits] == [(h.party.id, h.score) for h in plain.hits], text
    conflicting = screener.screen("TIKHONOV Andrei, born in Tver on 09.11.1976")
    assert [e.score for e in _birth_evidence(conflicting)] == [0.0]


def _birth_evidence(result: screening.ScreeningResult) -> list[screening.Evidence]:
    shown = result.hits or result.near_misses
    return [e for e in shown[0].evidence if e.feature == "birth_date"]


def test_a_written_birth_date_that_agrees_confirms_the_person(screener: screening.Screener) -> None:
    """It adds the confirming bonus where a conflicting one, a slip of the listed date (`DOB 1967`), takes the
    penalty, and the evidence says so (on a name that scores below 1.0 minus the bonus, so that neither is cut at
    1.0: the label `DOB` costs nothing)."""
    plain = screener.screen("TIKHONOV Andrei DOB 1967")
    agreeing = screener.screen("TIKHONOV Andrei DOB 09/11/1966")
    assert agreeing.hits[0].party.id == "ofac-45815"
    [said] = _birth_evidence(agreeing)
    assert said.score == 1.0 and said.query_part == "DOB 09/11/1966" and said.candidate_part == "1966-11-09"
    assert "agrees" in said.detail and "read as 1966-11-09 or 1966-09-11" in said.detail
    assert any("read from 'DOB 09/11/1966'" in note for note in agreeing.notes)
    config = screener.config
    gap = config.attribute_confirm_bonus + config.attribute_conflict_penalty
    assert round(agreeing.hits[0].score - (plain.hits or plain.near_misses)[0].score, 4) == pytest.approx(gap)


def test_a_written_birth_date_that_conflicts_lowers_the_score_as_a_given_one(screener: screening.Screener) -> None:
    """`Anton Ivanov, DOB 14.02.1965` is a namesake of the listed Anton Ivanov (born 1990-01-26)."""
    written = screener.screen("Anton Ivanov, DOB 14.02.1965, Yekaterinburg")
    given = screener.screen("Anton Ivanov, DOB 14.02.1965, Yekaterinburg", birth_date="1965-02-14")
    assert [(h.party.id, h.score) for h in written.near_misses] == [(h.party.id, h.score) for h in given.near_misses]
    assert written.near_misses[0].party.id == "ofac-45858" and "conflicts" in written.near_misses[0].reason
    assert any("not used: birth_date was given" in note for note in given.notes)


@pytest.mark.parametrize(("written", "slip"), [
    ((1966, 11, 9), True),  # the date itself
    ((1966, 11, 19), True),  # a digit changed
    ((1966, 11, 0), True), ((1966, 0, 0), True),  # in the parts written
    ((1967, 0, 0), True), ((1965, 11, 9), True), ((1970, 0, 0), False),  # the year one off; four off
    ((1969, 11, 9), True), ((1976, 11, 9), True),  # a digit changed; two beside each other swapped
    ((1966, 9, 11), True),  # day and month swapped
    ((1966, 10, 9), True), ((1966, 11, 10), True), ((1966, 11, 8), True),  # the month or day one off
    ((1966, 11, 27), False), ((1966, 3, 9), False),  # two digits changed, not beside each other swapped
    ((1988, 11, 30), False), ((1957, 0, 0), False), ((1979, 2, 14), False)])
def test_a_slip_of_a_date_is_one_keystroke_from_it(written: tuple[int, int, int], slip: bool) -> None:
    assert one_slip(written, dt.date(1966, 11, 9)) is slip


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)), st.integers(0, 7),
       st.integers(0, 9))
def test_every_date_one_digit_from_a_listed_one_is_a_slip(date: dt.date, at: int, digit: int) -> None:
    """Whichever digit of a date is mistyped (where a date is still written), it is a slip of the date."""
    digits = date.strftime("%Y%m%d")
    typed = digits[:at] + str(digit) + digits[at + 1:]
    year, month, day = int(typed[:4]), int(typed[4:6]), int(typed[6:])
    assert one_slip((year, month, day), date)
    assert one_slip((year, 0, 0), date) is (abs(year - date.year) <= 1 or sum(
        a != b for a, b in zip(typed[:4], digits[:4], strict=True)) <= 1)


def test_a_labelled_birth_date_no_slip_of_the_listed_one_is_another_persons(screener: screening.Screener) -> None:
    """`Denis Zenkin, DOB 11/30/1988`: the listed Denis Zenkin was born 1974-09-02; a namesake's record, below
    review (a near miss that says why), as a given birth date does; a slip of the date stays a REVIEW."""
    config = screener.config
    name = screener.screen("Denis Zenkin")
    other = screener.screen("Denis Zenkin, DOB 11/30/1988")
    given_other = screener.screen("Denis Zenkin", birth_date="1988-11-30")
    slip = screener.screen("Denis Zenkin, DOB 1974-09-12")
    assert other.status is screening.Status.CLEAR and other.near_misses[0].party.id == "ofac-45864"
    assert other.near_misses[0].score == pytest.approx(name.hits[0].score - config.other_birth_date_penalty)
    assert "another person's ('DOB 11/30/1988')" in other.near_misses[0].reason
    assert [(h.party.id, h.score) for h in given_other.near_misses] == [
        (h.party.id, h.score) for h in other.near_misses]
    assert slip.status is screening.Status.REVIEW
    assert slip.hits[0].score == pytest.approx(name.hits[0].score - config.attribute_conflict_penalty)
    assert "another person's" not in _birth_evidence(slip)[0].detail


def test_a_place_that_reads_as_a_given_name_names_no_second_person(screener: screening.Screener) -> None:
    """`Tula` is a given name too, but ending the field it is the town: the date is the one person's, another
    person's birth date (`Sofia Petrova`, before a family name, is a second person)."""
    assert not names_several("Igor Chekunov, sole proprietor, Tula")
    assert not names_several("DUKHVALOV, Andrey Petrovich; POB Tula")  # (a place's label is no word of a name)
    assert names_several("Igor Chekunov; Sofia Petrova")
    assert names_several("Andrei Tikhonov; Ali Sultan")  # (two words that are towns too: review of bfa55c0)
    assert names_several("Andrei Tikhonov and wife Sophia")
    result = screener.screen("Igor Chekunov, DOB 1979-08-14, sole proprietor, Tula")
    assert result.status is screening.Status.CLEAR and "another person's" in result.near_misses[0].reason


@pytest.mark.parametrize(("text", "listed_year", "party"), [("안드레이 티호노프 ({}년생)", "1966", "ofac-45815"),
                                                            ("מרינה אלכסייבה, ילידת {}", "1978", "ofac-45854"),
                                                            ("أنطون إيفانوف، من مواليد {}", "1990", "ofac-45858")])
def test_a_birth_year_labelled_in_the_names_script_is_a_namesakes(screener: screening.Screener, text: str,
                                                                   listed_year: str, party: str) -> None:
    """A Korean, Hebrew or Arabic birth label before a year no slip of the listed one: another person; the
    listed year confirms."""
    result = screener.screen(text.format("1985"))
    assert result.status is screening.Status.CLEAR
    assert result.near_misses[0].party.id == party and "another person's" in result.near_misses[0].reason
    listed = screener.screen(text.format(listed_year))
    assert listed.flagged and listed.hits[0].party.id == party


@pytest.mark.parametrize("text", ["Suvorov, Andreĭ Anatolʹevich, {}-", "Suvorov, Andrei Anatolyevich, {} –"])
def test_an_open_catalogue_heading_reads_its_year_as_a_birth_year_or_a_terms_start(text: str) -> None:
    """Labelled, marked `since`; a year before the listed person's eighteenth cannot begin a term of his."""
    found = birth_date_in(text.format(1952))
    assert found is not None and found.labelled and found.since and found.readings == ((1952, 0, 0),)
    assert not birth_date_in("Suvorov, Andrei Anatolyevich, 1952-1994").since  # (a life's years: a birth year)
    listed = (dt.date(1967, 10, 12),)
    assert not found.may_begin_term(listed) and birth_date_in(text.format(1985)).may_begin_term(listed)


@pytest.mark.parametrize(("year", "status"), [
    ("1949", screening.Status.CLEAR),  # before he could hold a term: another person's birth year
    ("1980", screening.Status.CLEAR),  # at 13 or 14 (he is listed born 9 November 1966): no term of his began
    ("1966", screening.Status.MATCH),  # his birth year
    ("1997", screening.Status.MATCH),  # the year a term of his may have begun: it tells nothing
])
def test_an_open_headings_year_tells_a_namesake_only_where_no_term_of_the_listed_person_began(
        screener: screening.Screener, year: str, status: screening.Status) -> None:
    """A namesake's birth year clears; the listed birth year agrees; a term's start leaves the name as it reads."""
    result = screener.screen(f"Tikhonov, Andreĭ Gennadʹevich, {year}-")
    assert result.status is status
    if status is screening.Status.CLEAR:
        assert result.near_misses[0].party.id == "ofac-45815" and "another person's" in result.near_misses[0].reason
    else:
        assert result.hits[0].party.id == "ofac-45815" and any("a term began" in note for note in result.notes)
        agrees = [e.score for e in result.hits[0].evidence if e.feature == "birth_date"]
        assert agrees == ([1.0] if year == "1966" else [])


@pytest.mark.parametrize("text", ["삼성전자 2020년 생산", "안드레이 티호노프 2019년 생명보험 가입",
                                  "Andrei Tikhonov 2019년 3월 생명보험"])
def test_a_korean_word_that_starts_with_the_birth_sign_is_no_label(text: str) -> None:
    """`생` after a year is born; `생산` (production), `생명보험` (life insurance) are other words."""
    assert birth_date_in(text) is None


@pytest.mark.parametrize("text", ["Andrei Tikhonov; Sergei Petrov, DOB 01.02.1980",
                                  "Sergei Petrov (DOB 01.02.1980), Andrei Tikhonov",
                                  "Andrei Tikhonov, DOB 01.02.1980, alt. DOB 09.11.1966",
                                  "Andrei Tikhonov DOB 01.02.1980 / 09.11.1966", "Andrei Tikhonov, n. 2023"])
def test_a_birth_date_that_may_be_anothers_conflicts_only_as_a_slip(screener: screening.Screener, text: str) -> None:
    """The date may be another person's (another given name in the field), the record may write a second one
    (only the first is read), or the year may be a number after a short label (`n.` numero): the listed Andrei
    Tikhonov stays a REVIEW, and the evidence says why."""
    result = screener.screen(text)
    assert result.status is screening.Status.REVIEW and result.hits[0].party.id == "ofac-45815"
    [said] = _birth_evidence(result)
    assert "another person's" not in said.detail and "may be another's" in said.detail


@pytest.mark.parametrize("text", ["Board: Andrei Tikhonov (born 1991, Novosibirsk); Pavel Lebedev (born 1988)",
                                  "Directors: Andrei Gennadyevich Tikhonov, DOB 15.01.1988; Mark Feldman",
                                  "Guests: Andrei Tikhonov (b. 2000)\nMaria Petrova (b. 2003)"])
def test_a_birth_date_in_the_part_that_names_the_person_is_his(screener: screening.Screener, text: str) -> None:
    """A field of several persons, each in a part of their own (`;`, a pipe, a line): the date in the part that
    names the listed man alone is his, and conflicts as another person's."""
    result = screener.screen(text)
    assert result.status is screening.Status.CLEAR
    assert "another person's" in result.near_misses[0].reason


def test_a_birth_date_beside_the_listed_place_of_birth_is_still_a_namesakes(screener: screening.Screener) -> None:
    """`POB Tver` (his listed place of birth, a city of many namesakes) beside another date, written or given: a
    namesake, a near miss that says so; a slip of his date there stays a REVIEW."""
    for result in (screener.screen("Andrei Tikhonov, DOB 01.02.1980, POB Tver"),
                   screener.screen("Andrei Tikhonov, POB Tver", birth_date="1980-02-01")):
        assert result.status is screening.Status.CLEAR
        assert "another person's" in result.near_misses[0].reason
    slip = screener.screen("Andrei Tikhonov, DOB 09.11.1967, POB Tver")
    assert slip.status is screening.Status.REVIEW and slip.hits[0].party.id == "ofac-45815"


@pytest.mark.parametrize("text", ["Andrei Tikhonov 14.03.1985", "BORSHCHEV DANIIL 22081994 NOVOSIBIRSK",
                                  "Efremov Andrey, 13.09.1955, Rostov-on-Don", "TIKHONOV/ANDREI MR 03MAR88"])
def test_an_unlabelled_date_of_a_year_no_records_date_is_conflicts_as_a_birth_date(
        screener: screening.Screener, text: str) -> None:
    """A date with no label thirty years or more before the list's is no contract's or passport's in data screened
    now, but a birth date: no slip of the listed one, a namesake's (a near miss that says so)."""
    result = screener.screen(text)
    assert result.status is screening.Status.CLEAR
    assert "another person's" in result.near_misses[0].reason


def test_an_airline_date_with_no_label_is_read_as_a_living_persons_birth_date(screener: screening.Screener) -> None:
    """`03MAR88` is read in both centuries, but no one alive was born in 2088: beside the name it is 1988, a birth
    date (`Screener`: `WrittenDate.living`); a flight's date of the list's years (`15MAR24`) says nothing."""
    found = birth_date_in("TIKHONOV/ANDREI MR 03MAR88")
    assert found is not None and found.living(2025).readings == ((1988, 3, 3),)
    flight = screener.screen("TIKHONOV/ANDREI MR 15MAR24")
    # (a MATCH as the name alone: the date and its month's name, `MAR`, say nothing of him)
    assert flight.status is screening.Status.MATCH and flight.hits[0].party.id == "ofac-45815"
    assert _birth_evidence(flight) == []


def test_a_date_with_no_label_after_an_adults_birth_years_never_counts_against_a_person(
        screener: screening.Screener) -> None:
    """`Ivanov Anton 14.02.2023` carries a document's date (no adult at the list's date was born in 2023): it
    confirms, never conflicts."""
    other = screener.screen("Ivanov Anton Mikhaylovich 14.02.2023")
    same = screener.screen("Ivanov Anton Mikhaylovich 26.01.1990")
    assert not _birth_evidence(other) and other.status is screening.Status.MATCH
    assert [e.score for e in _birth_evidence(same)] == [1.0]
    assert not any("birth date" in note for note in other.notes + same.notes)


@pytest.mark.parametrize("text", ["Andrei Tikhonov 14.03.2005", "TIKHONOV ANDREI G 14022002",
                                  "TIKHONOV            ANDREI         20040314"])
def test_a_date_with_no_label_that_may_be_a_birth_date_conflicts_as_a_slip(screener: screening.Screener,
                                                                          text: str) -> None:
    """A whole date an adult may have been born on, of a year a record's date may be too, beside the name, no slip
    of the listed 9 November 1966: a namesake's birth date, or a date of another kind; the listed person stays a
    REVIEW, never cleared by it."""
    result = screener.screen(text)
    assert result.status is screening.Status.REVIEW and result.hits[0].party.id == "ofac-45815"
    [said] = _birth_evidence(result)
    assert said.score == 0.0 and "with no birth label" in said.detail


@pytest.mark.parametrize("text", ["Andrei Tikhonov 09.11.1967", "Andrei Tikhonov 11.09.1966",
                                  "Andrei Tikhonov 1966", "Andrei Tikhonov 03.1985",
                                  "Andrei Tikhonov 14.03.1985 / 01.02.1980",
                                  "Andrei Tikhonov, Sergei Petrov 14.03.1985"])
def test_a_date_with_no_label_that_is_a_slip_partial_or_anothers_never_conflicts(screener: screening.Screener,
                                                                                text: str) -> None:
    """One year off or day and month swapped (a slip), no day written, a second date, or a second person named:
    the date says nothing against the listed person."""
    assert not [e for e in _birth_evidence(screener.screen(text)) if e.score == 0.0]


@pytest.mark.parametrize(("text", "party"), [
    ("Tikhonov A.G. 12.03.2005", "ofac-45815"), ("Andrei Tikhonov, passport issued 12.03.2005", "ofac-45815"),
    ("Оплата по договору № 12 от 12.03.2003, Тихонов Андрей Геннадьевич", "ofac-45815"),
    ("BORSHCHEV D S 20050201", "ofac-45862"), ("NM1*IL*1*CHEKUNOV*IGOR*G~DTP*348*D8*20050101~", "ofac-45849")])
def test_a_date_with_no_label_never_takes_a_hit_below_review(screener: screening.Screener, text: str,
                                                             party: str) -> None:
    """A contract's, a passport's or a benefit's date beside a name that scores a REVIEW: the listed person stays
    a REVIEW (review of bfa55c0: they were cleared)."""
    result = screener.screen(text)
    assert result.status is screening.Status.REVIEW and result.hits[0].party.id == party
    assert result.hits[0].score >= screener.config.review_threshold


@pytest.mark.parametrize("text", ["Andrei Tikhonov and spouse, DOB 14.02.1975", "Andrei Tikhonov and son, 14.02.1975",
                                  "Tikhonov A.G. 01.01.1900", "Andrei Tikhonov INV-20050312-001"])
def test_a_date_of_several_persons_a_null_date_or_a_code_says_nothing_against_a_person(
        screener: screening.Screener, text: str) -> None:
    """A date a field may give another person (`and spouse`), the null date `01.01.1900` and digits inside a
    code are no birth date of the listed person (review of bfa55c0)."""
    assert not [e for e in _birth_evidence(screener.screen(text)) if e.score == 0.0]


def test_eight_digits_after_a_birth_label_are_read_day_first_too() -> None:
    """`DOB 14021972` is labelled as `DOB 19720214` is (review of bfa55c0: it was read as unlabelled)."""
    for text in ("Andrei Tikhonov DOB 14021972", "Andrei Tikhonov, DOB 19720214"):
        found = birth_date_in(text)
        assert found is not None and found.labelled and found.readings == ((1972, 2, 14),)


def test_eight_digits_with_no_label_are_read_as_each_date_they_may_be() -> None:
    """Year first, day first and month first, whichever are dates; a number that is none is no date."""
    assert birth_date_in("IVANOV ANTON 03121985").readings == ((1985, 12, 3), (1985, 3, 12))
    assert birth_date_in("IVANOV ANTON 19850312").readings == ((1985, 3, 12),)
    assert birth_date_in("IVANOV ANTON 12345678") is None


def test_a_written_birth_date_is_noted_only_where_a_party_is_shown(screener: screening.Screener) -> None:
    """A name the prefilter clears gets no note; the full path must give the same result (no note either)."""
    assert screener.screen("Acme Supplies, DOB 14.02.1965").notes == ()
    assert screener.screen("Anton Ivanov, DOB 14.02.1965").notes


@pytest.mark.parametrize(("text", "year", "month", "day"), [
    ("P<RUSTIKHONOV<<ANDREI<<<<<<<<<<<<<<<<<<<<<<< 5301939473RUS6611097M2903149<<<<<<<<<<<<<<<8", 1966, 11, 9),
    ("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<< C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4", 1964, 8, 12),
    ("I<UTOD231458907<<<<<<<<<<<<<<< 7408122F1204159UTO<<<<<<<<<<<6 ERIKSSON<<ANNA<MARIA<<<<<<<<<<", 1974, 8, 12),
])
def test_a_machine_readable_zone_writes_a_birth_date(text: str, year: int, month: int, day: int) -> None:
    """ICAO 9303: the birth date field of a passport's (TD3) or ID card's (TD1) line, with its check digit, is a
    labelled birth date; its two-digit year is read in both centuries."""
    found = birth_date_in(text)
    assert found is not None and found.labelled and found.firm
    assert (year, month, day) in found.readings and (year + 100, month, day) in found.readings


@pytest.mark.parametrize("text", [
    "P<RUSTIKHONOV<<ANDREI<<<<<<<<<<<<<<<<<<<<<<< 5301939473RUS6611098M2903149<<<<<<<<<<<<<<<8",  # (check digit)
    "P<RUSTIKHONOV<<ANDREI<<<<<<<<<<<<<<<<<<<<<<<",  # (the name line alone)
    "Order 6611097M2903149 shipped",  # (no machine-readable zone: no `<`)
])
def test_no_birth_date_is_read_from_a_zone_without_its_check_or_outside_one(text: str) -> None:
    assert birth_date_in(text) is None


def test_a_passport_zone_with_another_birth_date_is_a_namesakes(screener: screening.Screener) -> None:
    """The name line alone may be the listed person's; with the next line's birth date, no slip of the listed
    one, it is another person's (and with the listed one, the person's)."""
    name = "P<RUSIVANOV<<ANTON<<<<<<<<<<<<<<<<<<<<<<<<<<"
    other = f"{name} 7512345616RUS8503127M3002119<<<<<<<<<<<<<<<6"
    assert screener.screen(name).status is not screening.Status.CLEAR
    assert screener.screen(other).status is screening.Status.CLEAR


@pytest.mark.parametrize(("text", "labelled"), [
    ("TIKHONOV/ANDREI MR  DOB 22FEB88", True),
    ("Name: Andrew Tihonov | DOB: 22 Feb 88 | City: Tver", True),
    ("IVANOV/ANTON/M/22FEB88/RUS/P/726716892", False),  # (an airline's passenger record: the first date)
])
def test_an_airline_date_with_a_two_digit_year_is_read_in_both_centuries(text: str, labelled: bool) -> None:
    found = birth_date_in(text)
    assert found is not None and found.labelled is labelled
    assert found.readings == ((1988, 2, 22), (2088, 2, 22))


def test_a_day_month_and_two_digit_year_with_spaces_and_no_label_is_no_date() -> None:
    assert birth_date_in("Kaspersky Lab 12 May 24") is None


@pytest.mark.parametrize("text", [
    "Andrei Tikhonov, DOB 9 Nov 19", "TIKHONOV/ANDREI MR DOB 09NOV19",  # (a four-digit year cut after its century)
    "P<RUSTIKHONOV<<ANDREI<<<<<<<<<<<<<<<<<<<<<<< 5301939473RUS0000000M2903149<<<<<<<<<<<<<<<8",  # (unknown: zeros)
])
def test_a_year_cut_to_its_century_or_a_zone_with_no_birth_date_says_none(text: str) -> None:
    assert birth_date_in(text) is None


@pytest.mark.parametrize(("text", "written"), [
    ("Andrei Tikhonov, DOB 09.11.1966 <br> 8503127M3002119", "DOB 09.11.1966"),  # (a label first; no zone there)
    ("Andrei Tikhonov 15MAR24 09.11.1966", "09.11.1966"),  # (a whole date before an airline's, a flight's as often)
])
def test_a_labelled_or_whole_date_comes_before_a_zones_or_an_airlines(text: str, written: str) -> None:
    found = birth_date_in(text)
    assert found is not None and found.text == written


@pytest.mark.parametrize("text", ["Dz.U. 2019 poz. 1234, Anton Ivanov", "Ivanov Anton, Dz. 1990",
                                  "Andrei Tikhonov, s. 12.03.2019", "Andrei Tikhonov (s. 1991)"])
def test_the_short_baltic_label_reads_only_in_small_letters_and_s_not_at_all(text: str) -> None:
    """Latvian `dz.` is a birth label only in small letters where a clause starts (Polish `Dz.U.` cites a journal);
    Estonian `s.` is none: German writes it for `siehe`, English for a section, others for a page."""
    found = birth_date_in(text)
    assert found is None or not found.labelled


@pytest.mark.parametrize("text", [
    "Андрей Суворов, Туған жер 2019",  # Kazakh `туған` (born, native) is a label only right before a date
    "Andrei Tikhonov, doğum 2019",  # Turkish `doğum` alone is a birth, not its date
])
def test_a_label_in_another_language_reads_only_right_before_a_date(text: str) -> None:
    """The labels of other languages read as the others do: only right before the date."""
    found = birth_date_in(text)
    assert found is None or not found.labelled


def test_a_town_of_two_words_names_no_second_person(screener: screening.Screener) -> None:
    """`Novi Sad` holds a word that is a given name, but the part is a town's name: the labelled date is the
    one person's, and another person's birth date."""
    assert not names_several("Igor Chekunov, , Novi Sad")
    assert names_several("Andrei Tikhonov; Ali Sultan")
    assert names_several("Andrei Tikhonov; Nur Sultan")  # (Kazakhstan's capital, but two given names too)
    result = screener.screen("Igor Chekunov, rođen 14.08.1979, Novi Sad")
    assert result.status is screening.Status.CLEAR and "another person's" in result.near_misses[0].reason


@pytest.mark.parametrize(("other", "listed"), [
    ("Тихонов Андрей Геннадьевич, 1985 ж.т., Павлодар", "Тихонов Андрей Геннадьевич, 1966 ж.т., Павлодар"),
    ("Andrei Tikhonov, doğum tarihi 14.02.1985", "Andrei Tikhonov, doğum tarihi 09.11.1966"),
    ("Андрей Тихонов, роден 1985 г.", "Андрей Тихонов, роден 1966 г."),
    ("Անդրեյ Տիխոնով, 1985 թ. ծնված", "Անդրեյ Տիխոնով, 1966 թ. ծնված"),
])
def test_a_birth_date_labelled_in_another_language_tells_a_namesake_from_the_listed_person(
        screener: screening.Screener, other: str, listed: str) -> None:
    """Kazakh, Turkish, Bulgarian and Armenian labels read as `DOB` does: another person's year clears the
    listed name, and the listed year keeps it flagged."""
    assert screener.screen(other).status is screening.Status.CLEAR
    assert screener.screen(listed).hits[0].party.id == "ofac-45815"


@pytest.mark.parametrize("text", ["A. TIKHONOV DOB 09.11.1966", "Tikhonov, born 9 November 1966",
                                  "TIKHONOV A. 09.11.1966"])
def test_the_listed_surname_beside_the_whole_listed_birth_date_is_a_review(screener: screening.Screener,
                                                                           text: str) -> None:
    """No given name is too little to flag beside the surname, and an initial with no patronymic the least of a
    REVIEW (`A. Tikhonov`), but not beside the person's whole birth date, labelled or where it may be one: a
    REVIEW, which says why."""
    assert not screener.screen("TIKHONOV").hits
    best = screener.screen(text).hits[0]
    assert best.party.id == "ofac-45815" and screener.config.review_threshold <= best.score < 0.8
    assert any(e.feature == "birth_date_identifies" for e in best.evidence)


@pytest.mark.parametrize("text", ["A. TIKHONOV DOB 1966", "A. TIKHONOV DOB 11.1966", "A. TIKHONOV DOB 10.11.1966"])
def test_a_part_of_the_birth_date_or_a_slip_of_it_lifts_nothing(screener: screening.Screener, text: str) -> None:
    """A year or a month alone, or a date one slip from the listed one, does not identify the person: `A. TIKHONOV`
    is the least of a REVIEW with it as without it (a slip lowers a hit, never below review)."""
    result = screener.screen(text)
    assert result.status is screening.Status.REVIEW and result.hits[0].party.id == "ofac-45815"
    assert not any(e.feature == "birth_date_identifies" for e in result.hits[0].evidence)
    assert result.hits[0].score < screener.config.review_threshold + 0.05


@pytest.mark.parametrize("text", ["TIKHOMIROV A. DOB 09.11.1966", "TIKHONOV PAVEL SERGEEVICH DOB 09.11.1966"])
def test_the_listed_birth_date_beside_another_persons_name_lifts_nothing(screener: screening.Screener,
                                                                        text: str) -> None:
    """A surname only like the listed one, or a name another person's by its given name and patronymic: no REVIEW
    beside the listed birth date."""
    assert not screener.screen(text).hits


def test_a_given_birth_date_lifts_the_surname_as_a_written_one(screener: screening.Screener) -> None:
    """The `birth_date` argument identifies as a birth date written in the name does."""
    best = screener.screen("A. Tikhonov", birth_date="1966-11-09").hits[0]
    assert best.party.id == "ofac-45815" and best.score == pytest.approx(screener.config.review_threshold + 0.05)


@pytest.mark.parametrize(("text", "status"), [("TIKHONOV/ANDREI MR 15MAR27", screening.Status.MATCH),
                                              ("TIKHONOV/ANDREI MR 03MAR28", screening.Status.MATCH),
                                              ("Andrei Tikhonov 01.01.1970", screening.Status.REVIEW)])
def test_a_soon_airline_date_or_a_new_years_day_clears_no_one(screener: screening.Screener, text: str,
                                                              status: screening.Status) -> None:
    """An airline's date of the next ten years is a flight's or an expiry's as likely (`15MAR27`, not 1927), and a 1
    January is what records write for a date they do not know: neither is read as an old birth date (the airline's
    a MATCH as the name alone, its month's name no word of it; a whole date of no slip lowers a hit to REVIEW)."""
    result = screener.screen(text)
    assert result.status is status and result.hits[0].party.id == "ofac-45815"


@pytest.mark.parametrize(("text", "reading"), [
    ("TIKHONOV, Andrei - 9 Nov 1966", (1966, 11, 9)),
    ("Andrei Tikhonov (09-NOV-1966)", (1966, 11, 9)),
    ("Tikhonov Andrei, November 9th, 1966", (1966, 11, 9)),
    ("Andrei Tikhonov 9 novembre 1966", (1966, 11, 9)),
])
def test_a_whole_date_with_its_months_name_and_no_label_is_read_unlabelled(text: str,
                                                                          reading: tuple[int, int, int]) -> None:
    found = birth_date_in(text)
    assert found is not None and not found.labelled and found.readings == (reading,)


@pytest.mark.parametrize("text", ["Kaspersky Lab, March 2021", "Andrei Tikhonov Sept 1966", "Suite 12 Moscow 1966"])
def test_a_month_and_year_or_a_word_between_numbers_with_no_label_is_no_date(text: str) -> None:
    assert birth_date_in(text) is None


def test_a_word_between_a_number_and_a_year_hides_no_date_in_digits_after_it() -> None:
    found = birth_date_in("Andrei Tikhonov, Office 12 Tverskaya 1966-11-09")
    assert found is not None and found.readings == ((1966, 11, 9),)


def test_an_unlabelled_whole_date_with_its_months_name_confirms_as_one_in_digits(
        screener: screening.Screener) -> None:
    """The month's name is no word of the name: the listed date confirms the person, another old one is a
    namesake's, as with `09.11.1966`."""
    plain = screener.screen("Andrei Tikhonov").hits[0]
    same = screener.screen("Andrei Tikhonov, 9 Nov 1966").hits[0]
    assert same.party.id == "ofac-45815" and same.score > plain.score
    assert not any(e.feature == "extra_query_word" for e in same.evidence)
    assert not screener.screen("Andrei Tikhonov, 14 Feb 1985").hits


@pytest.mark.parametrize(("text", "years"), [
    ("Gennady Petrov, 31, a welder from Tver", 31),
    ("Ivan Sidorov, a 27-year-old courier", 27),
    ("Olga Smirnova, aged 64", 64),
    ("Пётр Кузнецов, 17-летний вратарь", 17),
    ("Олег Попов, 45 лет, инженер", 45),
    ("Die 33-jährige Irina Volkova", 33),
    ("Pavel Orlov, 29 ans, ingénieur", 29),
    ("Pablo Ruiz, 41 años, ingeniero", 41),
    ("Anna Petrova (age: 52)", 52),
])
def test_an_age_stated_beside_a_name_is_read(text: str, years: int) -> None:
    found = stated_age(text)
    assert found is not None and found.years == years


@pytest.mark.parametrize("text", [
    "Pavel Orlov, 12, rue de la Paix",  # (house numbers)
    "Pavel Orlov, ul. Lenina, 12, kv. 5",
    "Pavel Orlov, 12, main street",
    "Павел Орлов, 12, улица Ленина",
    "Андрей Тихонов, 20 лет в компании",  # (years in a post, a career, a company's age)
    "Андрей Тихонов, 25-летний стаж",
    "Andrei Tikhonov, CEO of a 25-year-old company",
    "das 25-jährige Jubiläum von Andrei Tikhonov",
    "Andrei Tikhonov, whisky aged 12 years",
    "un contrato de 5 años con Andrei Tikhonov",
    "Andrei Tikhonov 58",
])
def test_a_number_that_is_no_age_is_not_read_as_one(text: str) -> None:
    assert stated_age(text) is None


def test_an_age_no_listed_birth_date_allows_is_a_namesakes(screener: screening.Screener) -> None:
    """A teenager of the listed name is another person; the listed person at his age now stays a hit, and an age
    says nothing of a company (`1 год`, a licence's term) nor in a field of several persons."""
    young = screener.screen("Andrei Tikhonov, 16, a chess player from Tver")
    assert not young.hits and "age stated in the name" in young.near_misses[0].reason
    assert any(note.startswith("age 16 read") for note in young.notes)
    now = screener.screen("Andrei Tikhonov, 59, an executive")
    plain = screener.screen("Andrei Tikhonov").hits[0]
    assert now.hits[0].party.id == "ofac-45815" and now.hits[0].score == plain.score
    licence = screener.screen("Kaspersky Lab, 5 ПК, 1 год")
    assert licence.hits and not any(note.startswith("age") for note in licence.notes)
    assert screener.screen("Andrei Tikhonov and Pavel Orlov, 16, chess players").hits
    # (a word in small letters is no second person's given name, `young`; one with its capital is: `Young Park`)
    assert not screener.screen("Daniil Borshchev, aged 16, young chess talent").hits
    assert screener.screen("Daniil Borshchev, aged 16, Young Park").hits


def test_a_life_that_began_before_the_listed_persons_is_a_namesakes(screener: screening.Screener) -> None:
    """A life's years in brackets (`(1930–2011)`) write a birth year no listed date fits: another person; a
    term's years (`(1997–2024)`), a span that ends after the list's date (a lease's, `(2020–2060)`) and a
    child's year after `*` say nothing of it."""
    dead = screener.screen("Andrei Suvorov (1930–2011)")
    assert not dead.hits and any(note.startswith("year 1930 read") for note in dead.notes)
    for text in ("Andrei Suvorov (1997–2024)", "Andrei Suvorov (1995–2030)", "Andrei Tikhonov (2020–2060)",
                 "Andrei Suvorov (* 2019)"):
        assert screener.screen(text).status is screening.Status.MATCH, text
    assert not screener.screen("Andrej Anatoljevic Jefremov (* 1985)").hits


@pytest.mark.parametrize("text", ["Andrei Tikhonov, ul. Lenina, 12, kv. 5", "Andrei Tikhonov, Moskva, 12, korp. 2",
                                  "Андрей Тихонов, 25-летний стаж", "Andrei Tikhonov, CEO of a 25-year-old company"])
def test_a_number_beside_the_name_that_is_no_age_clears_no_one(screener: screening.Screener, text: str) -> None:
    """A house number or the years of a career or a company said nothing of the person's age: still a hit."""
    result = screener.screen(text)
    assert result.flagged and result.hits[0].party.id == "ofac-45815"
