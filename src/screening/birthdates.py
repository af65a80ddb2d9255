"""Birth dates written into a name field: `Anton Ivanov, DOB 14.02.1965`, `born May 1985`, `15.06.1978 г.р.`.

HR exports, payment fields and registry extracts often carry a person's date of birth in the same text as the name.
A date after a birth label (`DOB`, `born`, `b.` or `n.` after a comma, bracket or dash, `geb.`, `*`, `né le`,
`nacido el`, `ur.`, `дата рождения`, `д.р.`, ... or `г.р.` after it) is read as the birth date, whole or in part
(`DOB 1966`, `Born 1958-03`), but not a year a longer number goes on from (`b. 2019/1234`); a date written with no
label (`Ivanov Anton 26.01.1990`, `IVANOV ANTON 19900126`, `Anton Ivanov, 26 Jan 1990`: a whole date, a month's
name beside its day) may be any date, so it confirms a listed birth date, and conflicts with one only as a slip
does, where the screener reads it as a birth date (`WrittenDate.adult`); a labelled date in a field that names
several persons (`Sergei Petrov (DOB 14.02.1965) and Andrei Tikhonov`) only confirms. A labelled date that is no
slip of a listed one (`one_slip`: a digit changed, two swapped, the year, month or day one off, day and month
swapped) is another person's. Day and month are both read where the order is unknown (`09/11/1966`: 9 November or
11 September). Two-digit years are not read, but as airline records write a date (`22FEB88`; after a label,
`DOB 9 Nov 66`), in both centuries, and in a passport's or ID card's machine-readable zone (ICAO 9303: the line
after the name line, `5301939473RUS6611097M2903149...`), whose birth date field is labelled by its place and has a
check digit: its year is read in both centuries (`661109`: 1966 or 2066). A birth place may stand between the label
and the date (`born in Moscow on 6 September 1978`, `nato a MOSCA (RUSSIA) il 06/09/1978`,
`родился в Москве 06.09.1978`).

An age stated beside the name (`Daniil Petrov, 23, a student`, `16-летний`: `stated_age`) says in which years the
person may have been born: one that allows no listed birth date is another person's; it never confirms one.

Pure functions of the text. The name is read as written, and without the clause of a labelled date (its
label, place and date: `without_birth_clause`) or an unlabelled date's month name, which are no words of it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

import attrs

__all__ = ["StatedAge", "WrittenDate", "birth_date_in", "joins_persons", "labelled_birth_span", "no_slip", "one_slip",
           "stated_age", "without_birth_clause"]

# Month names and their usual abbreviations (English, German, French, Spanish, Italian, Portuguese, Russian,
# Ukrainian and Polish genitive, Turkish with and without its letters: `12 Mart 1960 doğumlu`), lower case, by
# month.
_MONTHS = (
    ("january", "jan", "januar", "janvier", "enero", "gennaio", "января", "янв", "січня", "janeiro", "stycznia",
     "ocak"),
    ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "февраля",
     "фев", "лютого", "fevereiro", "lutego", "şubat", "subat"),
    ("march", "mar", "märz", "maerz", "mars", "marzo", "марта", "мар", "березня", "março", "marca", "mart"),
    ("april", "apr", "avril", "abril", "aprile", "апреля", "апр", "квітня", "kwietnia", "nisan"),
    ("may", "mai", "mayo", "maggio", "мая", "травня", "maio", "maja", "mayıs", "mayis"),
    ("june", "jun", "juni", "juin", "junio", "giugno", "июня", "июн", "червня", "junho", "czerwca", "haziran"),
    ("july", "jul", "juli", "juillet", "julio", "luglio", "июля", "июл", "липня", "julho", "lipca", "temmuz"),
    ("august", "aug", "août", "aout", "agosto", "августа", "авг", "серпня", "sierpnia", "ağustos", "agustos"),
    ("september", "sep", "sept", "septembre", "septiembre", "settembre", "сентября", "сен", "сент", "вересня",
     "setembro", "września", "wrzesnia", "eylül", "eylul"),
    ("october", "oct", "okt", "oktober", "octobre", "octubre", "ottobre", "октября", "окт", "жовтня", "outubro",
     "października", "pazdziernika", "ekim"),
    ("november", "nov", "novembre", "noviembre", "ноября", "ноя", "листопада", "listopada", "kasım", "kasim"),
    ("december", "dec", "dez", "dezember", "décembre", "decembre", "diciembre", "dicembre", "декабря", "дек",
     "грудня", "dezembro", "grudnia", "aralık", "aralik"),
)
_MONTH_OF = {name: number for number, names in enumerate(_MONTHS, 1) for name in names}
# The Turkish month names, several of which are given names too (`Nisan`, `Kasım`, `Mart`): before a day, read as no
# month (Turkish writes the day first, `12 Mart 1960`; `Andrei Tikhonov, Nisan 12 1970` names a Nisan)
_AFTER_DAY_ONLY = frozenset({"ocak", "şubat", "subat", "mart", "nisan", "mayıs", "mayis", "haziran", "temmuz",
                             "ağustos", "agustos", "eylül", "eylul", "ekim", "kasım", "kasim", "aralık", "aralik"})
# A word where a month name goes beside a day, looked up in `_MONTH_OF` (a short pattern compiles fast);
# and a month name itself (longest first, then no letter), where no day anchors it: before a year alone, a
# place is no month (`born Kazan 1989` is a birth place and year), and a patronymic before a year is no
# month that hides the date (`Петров Иван Сергеевич, 1961 г.р.`).
_MONTH_WORD = r"[^\W\d_]{3,12}"
_MONTH = "(?:" + "|".join(sorted(map(re.escape, _MONTH_OF), key=len, reverse=True)) + r")(?![^\W\d_])"

# A label before the date: `DOB`, `D.O.B.:`, `date of birth` (`date_of_birth`, `dateOfBirth`), a contact card's
# `Birthday:` (vCard `BDAY:`; only as a field's key: `birthday 09.11.2021` is as often a party's day), `born (on|in)`,
# `geb.`, `geboren am`, `né le`, `né en`, `nacido el`, `nacido en` (a year), `nac.`, `nato il`, `nato nel` (a
# year), `ur.`, `urodzony`, `дата рождения`,
# `д.р.`, `род.` (romanised `d.r.`, `rod.`), `нар.`, Lithuanian `gim.`, Latvian `dzim.`, Estonian `sünd.`, Czech
# `nar.`, Croatian and Serbian `rođen` (with its `đ`: `Roden` and `Gimes` are surnames), Slovene `roj.`, Bulgarian
# `роден`, Slovak `narodený`, Romanian `născut`, Hungarian `szül.`, Finnish `synt.`, Swedish `född`, Danish and
# Norwegian `født`, Dutch `geboortedatum`, Greek `γεν.`, Turkish and Azerbaijani `doğum tarihi`/`tarixi`, Kazakh
# `туған`, Kyrgyz `туулган`, Uzbek `tug'ilgan`, Turkmen `doglan`, Mongolian `төрсөн`, Armenian `ծնվ.`, Georgian
# `დაბ.`, Hebrew `נולד`, `יליד`, `ילידת` (born in, of a year: `יליד 1992`), Arabic `مواليد` (`من مواليد 1979`),
# `تاريخ الميلاد`, Persian `متولد`, `تاریخ تولد` ...
_WORD_LABEL = (
    r"d\.?\s?o\.?\s?b\.?|y\.?\s?o\.?\s?b\.?|date[\s_]*of[\s_]*birth|year[\s_]*of[\s_]*birth|birth[\s_]*date"
    r"|(?:birth[\s_]*day|b-?day)(?=[\"']?\s*[:=])"
    r"|born(?:\s+(?:on|in))?"
    r"|geb\.|geboren(?:\s+am)?|geburtsdatum|n[ée]e?\s+(?:le|en)|date\s+de\s+naissance|fecha\s+de\s+nacimiento"
    r"|nacid[oa](?:\s+e[ln])?|f\.\s?nac\.|(?:(?<=[(,;|])\s?|(?<=\s[-–—]\s))nac\.(?=\s?\d)|data\s+di\s+nascita"
    r"|nat[oa]\s+(?:il|nel)|data\s+de\s+nascimento"
    r"|nascid[oa]\s+em|data\s+urodzenia|urodzon[ya]|ur\.|дата\s+рождения|д\.\s?р\.|д/р|родил(?:ся|ась)|род\."
    r"|(?-i:d\.\s?r\.|rod\.)|дата\s+народження"
    r"|народи(?:вся|лася)|нар\.|нарадзі(?:ўся|лася)"
    r"|gim\.|gimęs|gimusi|dzim\.|dzimis|dzimusi|sünd\.|sündinud|rođen(?:a|og|e)?|rođ\.|nar\.|narozen[aý]?"
    r"|roj\.|rojen[a]?|роден[а]?|рођен[аи]?|рођ\.|naroden[ýá]|născut[ă]?|data\s+nașterii"
    r"|szül\.|született|synt\.|syntynyt|syntymäaika|född|født|fødd|fødselsdato|födelsedatum|geboortedatum"
    r"|γεν\.|γεννήθηκε|ημερομηνία\s+γέννησης"
    r"|doğum\s+tari[hx]i|d\.\s?tarihi|туған(?:\s+күні)?|туулган(?:\s+күнү)?|tug['ʻ’‘]ilgan(?:\s+sana(?:si)?)?"
    r"|туғилган|doglan(?:\s+senesi)?|төрсөн(?:\s+огноо)?"
    r"|ծնվ\.|ծնվել\s+է|ծննդյան\s+ամսաթիվ|დაბ\.|დაბადებული|დაბადების\s+თარიღი|נולד[הו]?|תאריך\s+לידה"
    r"|ילידת?|مواليد|تاريخ\s+الميلاد|متولد|تار[يی]خ\s+تولد"
)
# `b.` is a birth label where a clause starts (`Gerber, b. 25.01.1983`, `Tikhonov - b. 1966`) or after a word
# (`Gerber Mikhail b. 1994`: a date must follow it), in small letters (`Ivanov, B.` is an initial), and so is
# Latvian `dz.` where a clause starts (`Zenkins, dz. 1990`; not Polish `Dz.U.`); `n.`
# (nacido, nato, nascido, né) there too, but only before a whole date,
# a day and a month's name, or a year that ends the clause (`Zenkin, n. 18/07/1996`, `n. 1992,`): it numbers a
# document as often (`n. 2019/1234`, `n. pratica 2021`); and `*` only before a whole date (`Berlin, *14.02.1982`;
# `* 2019` may be anything), or a year alone in brackets, as German biographies write it (`Jefremov (* 1985)`).
_CLAUSE_START = r"(?:^|(?<=[(,;|])|(?<=[(,;|]\s)|(?<=\s[-–—]\s))"
_STAR_YEAR = re.compile(r"\(\s?\*\s?(?:19|20)\d\d\s?\)")
_B_LABEL = rf"(?:{_CLAUSE_START}(?-i:b|dz)|(?<=[^\W\d_]\s)(?-i:b))\."
_N_LABEL = (rf"{_CLAUSE_START}(?-i:n)\.(?=\s?(?:\d{{1,2}}\s?[./-]\s?\d{{1,2}}\s?[./-]\s?\d{{4}}(?!\d)"
            r"|(?:19|20)\d\d([./-])\d{1,2}\1\d{1,2}(?!\d)|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3}"
            r"|(?:19|20)\d\d\s*(?:[,;)|]|\.?\s*$)))")
_LABEL = (rf"(?:(?<![\w.])(?:{_WORD_LABEL})"
          rf"|{_B_LABEL}|{_N_LABEL}"
          r"|(?<![\w*])\*(?=\s?\d)"
          r"|生年月日|出生日期|出生年月日?|생년월일)")  # (Japanese, Chinese, Korean: no space need part them from a name)
# (in a record, the label a key: `"dob": "1984-07-22"`, `birth_date=...`, `<dateOfBirth>...`)
_AFTER_LABEL = r"\s*(?:[\"']\s*)?(?:[:：\-–=>]\s*)?(?:[\"']\s*)?"
# A birth place between a label and the date, as registries and biographies write it: `born in Moscow on`,
# `nato a MOSCA (RUSSIA) il`, `né à Moscou le`, `geboren in Moskau am`, `nacido en Moscú el`, `родился в
# Москве`, `b. Moscow,`. The label and a preposition (but after `born` or `b.`; `nato` in small letters but
# before `A`, so that `NATO in Brussels` is none); one to four words with no digit, a region after a comma
# and a country in brackets, then a comma or a word that opens a date; or one or two words and the date
# (`born in Moscow 1978`, `родился в Москве 06.09.1978`). A month is no place (`born December 1975`).
_PLACE_LABEL = (rf"(?:(?:(?<![\w.])born|{_B_LABEL})(?:\s+(?:in|at))?"
                r"|(?<![\w.])(?:(?-i:nat[oa]\s+(?:a|in)|NAT[OA]\s+A)|(?:nacid[oa]|nascid[oa])\s+(?:en|em)"
                r"|n[ée]e?\s+(?:à|a|en)|geboren\s+in|urodzon[ya]\s+w|ur\.\s+w|родил(?:ся|ась)\s+(?:в|во)"
                r"|народи(?:вся|лася)\s+(?:в|у)))")
_PLACE_WORD = r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?"
_IN_BRACKETS = rf"(?:\s*\({_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}\))?"
_PLACE = (rf"\s+(?!{_MONTH})(?:{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}"
          rf"(?:\s*,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})?{_IN_BRACKETS}"
          r"\s*(?:,\s*|\s+(?:on|il|le|am|el|em|dnia)\s+)"
          rf"|{_PLACE_WORD}(?:\s+{_PLACE_WORD})?{_IN_BRACKETS}\s+)")
# A label after the date: `1978 г.р.` (romanised `g.r.`), `15.06.1978 года рождения`, Ukrainian `р.н.`, Kazakh
# `1962 ж.т.` and `1962 жылы туған`, Kyrgyz `1962-жылы туулган`, Turkish `1962 doğumlu`, Mongolian `1962 онд төрсөн`,
# Armenian `1962 թ. ծնված`
_TRAILING = (r"\s*(?:г\.?\s?р\.?|(?-i:g\.\s?r\.)|года?\s+рождения|р\.\s?н\.|ж\.\s?т\.|-?\s*жылы\s+(?:туған|туулган)"
             r"|doğumlu|онд\s+төрсөн|(?:թ\.\s?)?ծնված)")

_NUMERIC = (r"(?P<d1>\d{1,2})\s?(?P<s1>[./-])\s?(?P<m1>\d{1,2})\s?(?P=s1)\s?(?P<y1>\d{4})"
            r"|(?P<y2>\d{4})(?P<s2>[./-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2})")
# Eight digits, as fixed-width records write a date: year first, day first or month first (`19850312`,
# `14021972`, `03121985`), whichever are dates; not a part of a code (`INV-20050312-001`, `№ 12032005`).
_COMPACT = r"(?<![-#№])(?P<k>\d{8})(?![-/]\w)"
# A whole date with its month's name (`27 Mar 1966`, `27-MAR-1966`, `March 27, 1966`): with no label too, it is as
# plainly a date as `27.03.1966`; a month and a year alone (`May 2020`) only after a label.
_WORDED_DAY = (rf"(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\.?(?:\s+(?:de|of)(?=\s))?[\s./-]*(?P<n3>{_MONTH_WORD})\.?"
               rf"(?:\s+de(?=\s))?[\s./,-]*(?P<y3>\d{{4}})"
               rf"|(?P<n4>{_MONTH_WORD})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}})")
_WORDED = rf"{_WORDED_DAY}|(?P<n5>{_MONTH})\.?[\s,/-]+(?P<y5>\d{{4}})"
# A day, a month's three letters and a two-digit year, as airline and travel records write a date (`22FEB88`,
# IATA), read in both centuries; after a label, with spaces too (`DOB: 9 Nov 66`).
# (Not 19 or 20 ending the text: a four-digit year cut short there, `DOB 9 Nov 19`.)
_CUT_CENTURY = r"(?!(?<=19|20)\s*$)"
_IATA = rf"(?P<d7>\d{{2}})(?P<n7>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?P<y7>\d{{2}})(?!\d){_CUT_CENTURY}"
_SPACED_SHORT = rf"(?P<d8>\d{{1,2}})\s+(?P<n8>{_MONTH_WORD})\.?\s+(?P<y8>\d{{2}})(?![\d:]){_CUT_CENTURY}"
_LABELLED_ONLY = rf"{_COMPACT}|(?P<y6>(?:19|20)\d{{2}})|{_IATA}|{_SPACED_SHORT}"
# A date as Japanese, Chinese and Korean write it, year, month and day each with its sign (`1983年1月25日`,
# `1983년 1월 25일`), the month and day left out or the day alone; read only beside a birth label
_CJK_DATE = r"(?P<y9>\d{4})\s?[年년](?:\s?(?P<m9>\d{1,2})\s?[月월](?:\s?(?P<d9>\d{1,2})\s?[日일])?)?"
# a birth label after such a date, joined to the words after it (`1983年1月25日生于伊热夫斯克`, born in Izhevsk;
# `1964年生まれ`, `1990년 출생`, a Korean year alone: `1979년생`)
# (not `生产`, production; `生效`, in force; nor a Korean word that starts with 생: `생산`, production, `생명보험`)
_CJK_TRAILING = r"\s?(?:生まれ|出生|生[于於]|生(?![产產效成])|출생|생(?![가-힣]))"

_DATE = rf"(?:{_NUMERIC}|{_WORDED}|{_CJK_DATE}|{_LABELLED_ONLY})"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """A date after a label, before a trailing label, with none in digits, with none with its month's name (read
    only where no date in digits is), and an airline's with none (read only where no other is: `15MAR24` before
    `09.11.1966` is as often a flight's); compiled when first needed (a few
    milliseconds: most names hold no four-digit number, so a process that screens none never pays it)."""
    return (re.compile(rf"(?:(?<![\w.]){_PLACE_LABEL}{_PLACE}|{_LABEL}{_AFTER_LABEL}){_DATE}(?!\w|[/.-]\d{{3}})",
                       re.IGNORECASE),
            re.compile(rf"(?<![\w.]){_DATE}(?:{_TRAILING}(?!\w)|(?<=[年년월月日일]){_CJK_TRAILING})", re.IGNORECASE),
            re.compile(rf"(?<![\w.])(?:{_NUMERIC}|{_COMPACT})(?!\w)(?!\.\d)", re.IGNORECASE),
            re.compile(rf"(?<![\w.])(?:{_WORDED_DAY})(?!\w)(?!\.\d)", re.IGNORECASE),
            re.compile(rf"(?<![\w.]){_IATA}(?!\w)", re.IGNORECASE))


# every date read holds a four-digit year, or a month between its day and its two-digit year (`_IATA`)
_HAS_DIGITS = re.compile(r"\d{4}|\d\s*[^\W\d_]{3,9}\.?\s*\d{2}", re.IGNORECASE)
_HAS_NUMERIC = re.compile(r"\d[./-]\s?\d|\d{8}|\d{2}[A-Za-z]{3}\d{2}")  # a date with no label: digits, or IATA's
# a date with no label and its month's name: a day beside a word (`27 Mar 1966`, `March 27, 1966`)
_HAS_WORDED = re.compile(r"\d(?:st|nd|rd|th)?[\s./-]*[^\W\d_]{3}|[^\W\d_]{3}\.?\s+\d{1,2}(?!\d)")
# What a label's text holds, lower case: the patterns run only on text holding one (a scan for the labels
# costs tens of microseconds on a name with a vendor number).
_BEFORE_STEMS = ("dob", "d.o.b", "d. o. b", "d o b", "yob", "y.o.b", "y o b", "ne le", "birth", "born", "geb", "*",
                 "bday", "b-day", "né", "nee", "ne a", "ne en", "naiss", "naci", "nac.", "nasc", "nato", "nata",
                 "urodz", "ur.", "рожд", "д.р", "д. р", "д/р", "род", "d.r", "d. r", "rod.", "наро", "нар.", "b.", "n.",
                 "gim", "dzim", "rođen", "nar.", "naroz", "dz.", "sünd", "roj", "rođ", "роден", "рођ", "narod",
                 "născ", "naște", "szül", "synt", "född", "født", "fødd", "fødsel", "födelse", "geboorte",
                 "γεν", "γέννησ", "doğum", "tarihi", "туған", "туулган", "tug'", "tugʻ", "tug’", "tug‘", "туғил",
                 "doglan", "нарадз", "төрсөн", "ծն", "დაბ", "נולד", "לידה", "יליד", "مواليد", "الميلاد",
                 "متولد", "تولد", "生年月日", "出生", "생년월일")
_AFTER_STEMS = ("г.р", "г. р", "g.r", "g. r", "год", "р.н", "р. н", "ж.т", "ж. т", "жылы", "doğumlu", "төрсөн",
                "ծնված", "生", "생")

_FIRST_YEAR, _LAST_YEAR = 1900, 2099
# A library catalogue's heading of a person, the whole text: the family name, a comma, the given name and
# patronymic, a comma, and the years of a life (`Ivanov, Anton Mikhaĭlovich, 1923-1997`): the first is the birth
# year. Not a name written otherwise, whose years are as often a term of office (`Igor Chekunov, 2002-2024`,
# `Chekunov, Igor, 2002-2024`), nor two years closer than `_LIFE_MIN` (a term, a contract's period). An open
# heading's year (`Suvorov, Andreĭ Anatolʹevich, 1952-`) is a birth year or the year a term began (`Tikhonov,
# Andrei Gennadyevich, 1997-`): read as one (`WrittenDate.since`), it tells another person only where no term of
# the listed one could have begun in it (`WrittenDate.may_begin_term`).
_HEADING_WORD = r"[^\W\d_](?:[^\W\d_]|['’ʹ.-])*"  # (ALA-LC's soft sign, `ʹ`, inside it: `Anatolʹevich`)
_HEADING = re.compile(rf"^\s*{_HEADING_WORD},\s*{_HEADING_WORD}\s+{_HEADING_WORD},"
                      r"\s*(?P<y6>(?:19|20)\d\d)\s?[-–]\s?(?P<end>(?:19|20)\d\d)?\s*$")
# A life's years in brackets after a name, as biographies and memorials write them (`Andrei Suvorov (1930–2011)`,
# `In memoriam Anton Ivanov (1920–1998)`): the first is the birth year, where the two are a life's span apart
# (`_LIFE_MIN` or more: not a term, `Andrei Tikhonov (1997–2024)`) and no longer than a life (`_LIFE_MAX`); as an
# open heading's year, it tells another person only where no term of the listed one could have begun in it
# (`WrittenDate.since`), and the screener reads no span that ends after the list's date (`WrittenDate.ends`).
_LIFESPAN = re.compile(r"(?<=[^\W\d_])\s?\((?P<y6>(?:19|20)\d\d)\s?[-–—]\s?(?P<end>(?:19|20)\d\d)\)")
_LIFE_MIN = 30  # years between birth and death that no term of office spans
_LIFE_MAX = 110  # years no life spans
_TERM_AGE = 18  # years after a person's birth before a term of office of his may begin
_LIFETIME = 100  # years before an adult's birth year that an unlabelled date may be a living person's birth date
_SOON = 10  # years after the list's in which a date is a flight's or a document's expiry (`WrittenDate.living`)
# The short birth label that other words abbreviate too (Italian and Spanish `n.`, numero): a year alone after
# it may be a number (`WrittenDate.firm`; `b.` is English for born, and a year after it a namesake's, as after
# Latvian `dz.`).
_SHORT_LABEL = re.compile(r"n\.", re.IGNORECASE)
# What joins one person to another in a field (`Sergei Petrov (DOB ...) and Andrei Tikhonov`; `ve`, `və`, `va`,
# `og`, `och`, `és`, `ja`, `și`, `және`, `hem`: Turkish, Azerbaijani, Uzbek, Nordic, Hungarian, Finnish and
# Estonian, Romanian, Kazakh, Turkmen `and`): there a labelled date may be anyone's, so it only confirms. (Pipes
# and semicolons part the fields of one person's record as often: `CHEKUNOV, Igor | Director | Born March 1966`.)
_SEVERAL = re.compile(r"\s(?:and|und|et|y|i|и|та|&|ve|və|va|og|och|és|ja|și|және|hem)\s", re.IGNORECASE)


@attrs.frozen
class WrittenDate:
    """A birth date as a name field writes it: its text, the dates it may be (`(year, month, day)`, 0 where
    the text leaves a part out) and whether a birth label says it is one (else it confirms, and conflicts only
    where the screener reads it as a birth date: `adult`)."""

    text: str
    readings: tuple[tuple[int, int, int], ...]
    labelled: bool
    # False where the text may name other persons beside the one matched, or writes a second date (the
    # screener's reading: two given names, `Andrei Tikhonov; Sergei Petrov, DOB 01.02.1980`; `alt. DOB ...`):
    # the date may be another's, so that one no slip of a listed date still only conflicts as a slip does
    sole: bool = True
    # Where it is not `sole`: the words (normalised) of the part of the field that writes it, where that part
    # names one person (`Board: Andrei Tikhonov (born 1991); Pavel Lebedev (born 1988)`): the date is the birth
    # date of a person that part's words name (`Screener._adjust`)
    owner: frozenset[str] = frozenset()
    # True where an unlabelled date may be a birth date (the screener's reading: every reading a whole date of
    # a year an adult was born in by the list's date, in a field of one person and one date): one no slip of
    # a listed date conflicts as a slip does (`Andrei Tikhonov 14.02.2005`; not `arrival 12.03.2024`)
    adult: bool = False
    # True where, `adult`, every reading is of a year no record's date is in data screened now (the screener's
    # reading: `_RECORD_AGE` years before the list's): a birth date, and one no slip of a listed date is a
    # namesake's (`Andrei Tikhonov 14.03.1985`)
    old: bool = False
    # True where the year is an open catalogue heading's (`Zenkin, Denis Vladimirovich, 1989-`): a birth year, or
    # the year a term of office began (`may_begin_term`)
    since: bool = False
    # The age a text states (`StatedAge`), where the readings are the years of birth it allows: it only ever
    # conflicts, as another person's birth date (an age is too rough to confirm one)
    age: int = 0
    # The year a life's span in brackets ends (`Andrei Suvorov (1930–2011)`: 2011), 0 for any other date: the
    # screener reads no span that ends after the list's date as a life (`(2020–2060)`, a lease's, a term's)
    ends: int = 0
    # True for a year alone after `*` in brackets (`Jefremov (* 1985)`): the screener reads it only as the birth
    # year of a person an adult by the list's date (`(* 2019)` may be anything)
    starred: bool = False

    def may_begin_term(self, dates: Iterable[dt.date]) -> bool:
        """Whether the year of an open heading (`since`) may be the year a term of a person born on one of `dates`
        began (`_TERM_AGE` years after it or later): it then says nothing of who he is."""
        return self.since and any(y >= date.year + _TERM_AGE for y, _, _ in self.readings for date in dates)

    def agrees(self, dates: Iterable[dt.date]) -> bool:
        """Whether some reading fits some of `dates` in every part it writes."""
        return any(year == date.year and month in (0, date.month) and day in (0, date.day)
                   for year, month, day in self.readings for date in dates)

    @property
    def firm(self) -> bool:
        """Whether the date is firmly one person's birth date: labelled, in a field of one person (`sole`), and
        not a year alone after `n.`, which may be a number (`Zenkin Denis - n. 2021`)."""
        return self.labelled and self.sole and not (
            _SHORT_LABEL.match(self.text) is not None and all(not month for _, month, _ in self.readings))

    def born_by(self, year: int) -> bool:
        """Whether every reading is a whole date (a day, a month and a year) of `year` or before, and of a person
        alive (within `_LIFETIME` years: not a null date's 01.01.1900)."""
        return all(day and year - _LIFETIME < y <= year for y, _, day in self.readings)

    def living(self, year: int) -> WrittenDate:
        """The date with only the readings a person alive in `year` may have been born on (`03MAR88`, read in
        both centuries: 1988, not 2088); itself where none is, or where a reading is of the years right after
        `year` (`_SOON`: `15MAR27` is a flight's or a passport's expiry as likely as a birth in 1927)."""
        if any(year < y <= year + _SOON for y, _, _ in self.readings):
            return self
        kept = tuple(r for r in self.readings if year - _LIFETIME < r[0] <= year)
        return self if not kept or kept == self.readings else attrs.evolve(self, readings=kept)

    @property
    def new_year(self) -> bool:
        """Whether every reading is a 1 January, which records write for a date they do not know (`01.01.1970`)
        as often as for a birth date."""
        return all(month == 1 and day == 1 for _, month, day in self.readings)

    @property
    def iso(self) -> str:
        """The readings as ISO dates cut to what is written (`1966-11-09`, `1975-12`, `1989`), `|`-separated."""
        return "|".join(f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")
                        for y, m, d in self.readings)


def no_slip(readings: Iterable[tuple[int, int, int]], dates: Iterable[dt.date]) -> bool:
    """Whether no reading of a date (`(year, month, day)`, 0 where left out) is any of `dates`, nor one slip
    of one (`one_slip`): the date of another person than one born on them."""
    dates = tuple(dates)
    return not any(one_slip(reading, date) for reading in readings for date in dates)


def one_slip(written: tuple[int, int, int], date: dt.date) -> bool:
    """Whether a date as written (`(year, month, day)`, 0 where left out) is `date`, in the parts it writes, or
    may be it mistyped: the year, the month or the day one off, day and month swapped, or in the digits
    written one changed or two beside each other swapped (`1966-11-19` or `1966-11-90` for `1966-11-09`, `1976`
    for `1967`). Any other date is another person's (`1988-11-30` for `1974-09-02`)."""
    year, month, day = written
    if year == date.year and ((month, day) == (date.day, date.month) or month == date.month and abs(
            day - date.day) == 1 or day == date.day and month and abs(month - date.month) == 1):
        return True  # (day and month swapped; the day or the month one off, `02.10.1974` for `02.09.1974`)
    if abs(year - date.year) <= 1 and month in (0, date.month) and day in (0, date.day):
        return True
    digits = f"{year:04d}" + (f"{month:02d}" if month else "") + (f"{day:02d}" if day else "")
    listed = f"{date.year:04d}" + (f"{date.month:02d}" if month else "") + (f"{date.day:02d}" if day else "")
    apart = [i for i, (a, b) in enumerate(zip(digits, listed)) if a != b]
    return len(apart) <= 1 or (len(apart) == 2 and apart[1] == apart[0] + 1
                               and digits[apart[0]] == listed[apart[1]] and digits[apart[1]] == listed[apart[0]])


def _valid(year: int, month: int, day: int) -> bool:
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return False
    if not month:
        return not day
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return False
    return True


def _month(name: str, *, after_day: bool = True) -> int:
    """A month name's number; 0 for any other word (`Moscow`, or `APRİL`, which lowers to no month name), and,
    not `after_day`, for a name read only after one (`_AFTER_DAY_ONLY`)."""
    lower = name.lower()
    return 0 if not after_day and lower in _AFTER_DAY_ONLY else _MONTH_OF.get(lower, 0)


def _readings(match: re.Match[str]) -> tuple[tuple[int, int, int], ...]:
    """The dates one match of `_DATE` may be, valid ones only, in a stable order."""
    g = match.groupdict()
    found: list[tuple[int, int, int]] = []
    if g.get("y1"):
        first, second, year = int(g["d1"]), int(g["m1"]), int(g["y1"])
        found.append((year, second, first))
        if g["s1"] != "." and first != second:  # `09/11/1966`: day first or month first
            found.append((year, first, second))
    elif g.get("y2"):
        found.append((int(g["y2"]), int(g["m2"]), int(g["d2"])))
    elif g.get("y3"):
        found.append((int(g["y3"]), _month(g["n3"]), int(g["d3"])))
    elif g.get("y4"):
        found.append((int(g["y4"]), _month(g["n4"], after_day=False), int(g["d4"])))
    elif g.get("y5"):
        month = _month(g["n5"])  # (after a label only: `doğum tarihi: Kasım 1966`)
        if month:  # (a month name that lowers to none makes no date: `APRİL`)
            found.append((int(g["y5"]), month, 0))
    elif g.get("k"):
        k = g["k"]
        found += [(int(k[:4]), int(k[4:6]), int(k[6:])), (int(k[4:]), int(k[2:4]), int(k[:2])),
                  (int(k[4:]), int(k[:2]), int(k[2:4]))]
    elif g.get("y6"):
        found.append((int(g["y6"]), 0, 0))
    elif g.get("y9"):
        found.append((int(g["y9"]), int(g["m9"] or 0), int(g["d9"] or 0)))
    elif g.get("y7") or g.get("y8"):
        day, name, yy = (g["d7"], g["n7"], g["y7"]) if g.get("y7") else (g["d8"], g["n8"], g["y8"])
        found += [(century + int(yy), _month(name), int(day)) for century in (1900, 2000)]
    return tuple(dict.fromkeys(r for r in found if _valid(*r)))


def birth_date_in(text: str) -> WrittenDate | None:
    """The birth date `text` writes, or None: the first date after a label, else the first before a trailing
    label (`г.р.`), else the first with no label. A labelled date in a field that names several persons
    (`_SEVERAL`) is read as an unlabelled one: it may be any of theirs."""
    found = _found(text)
    return None if found is None else found[0]


def joins_persons(text: str) -> bool:
    """Whether `text` joins one person to another (`Andrei Tikhonov and spouse, DOB 14.02.1975`): a date it
    writes may be any of theirs (`_SEVERAL`)."""
    return _SEVERAL.search(text) is not None


def without_birth_clause(text: str) -> str:
    """`text` with the clause that writes a labelled birth date (`DOB 14.02.1965`, `nato a MOSCA (RUSSIA) il
    06/09/1978`, `1978 г.р.`) cut out: a label, a birth place and a date are no words of the name. The text
    itself when it labels no birth date (a date alone may be anything, and stays)."""
    found = _found(text)
    if found is None or not found[0].labelled:
        return text
    _, start, end = found
    return f"{text[:start]} {text[end:]}"


def labelled_birth_span(text: str) -> tuple[int, int] | None:
    """Where in `text` the clause of a labelled birth date is written (`DOB 11.02.1975`), or None."""
    found = _found(text)
    return None if found is None or not found[0].labelled else (found[1], found[2])


# The birth date field of a machine-readable zone's line (ICAO 9303): after the document number, its check digit
# and the nationality (passports and visas, TD3 and TD2), or first on an ID card's second line (TD1); then its
# check digit and the sex.
_MRZ_BIRTH = re.compile(r"(?<![A-Z0-9<])(?:[A-Z0-9<]{9}[0-9<][A-Z<]{3}(\d{6})(\d)[MFX<]\d{6}\d"
                        r"|(\d{6})(\d)[MFX<]\d{6}\d[A-Z<]{3}[A-Z0-9<]{11}\d)")
_MRZ_WEIGHTS = (7, 3, 1)


def _mrz_birth(text: str) -> tuple[WrittenDate, int, int] | None:
    """The birth date a machine-readable zone writes, where its check digit holds (`_MRZ_BIRTH`)."""
    for match in _MRZ_BIRTH.finditer(text):
        at = 1 if match.group(1) else 3
        digits, check = match.group(at), int(match.group(at + 1))
        if sum(int(d) * _MRZ_WEIGHTS[i % 3] for i, d in enumerate(digits)) % 10 != check:
            continue
        yy, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        if not month or not day:  # (`000000`, `YY0000`: a birth date the issuer does not know)
            continue
        readings = tuple(r for r in ((1900 + yy, month, day), (2000 + yy, month, day)) if _valid(*r))
        if readings:
            return WrittenDate(digits, readings, labelled=_SEVERAL.search(text) is None), *match.span(at)
    return None


@functools.lru_cache(maxsize=4096)
def _found(text: str) -> tuple[WrittenDate, int, int] | None:
    """`birth_date_in(text)` and where in `text` it is written."""
    if not _HAS_DIGITS.search(text):
        return None
    low = text.lower().replace("i\u0307", "i")  # (Turkish `İ` lowers to i and a dot above: `D. TARİHİ`)
    before, after, bare, worded, airline = _patterns()
    for pattern, stems in ((before, _BEFORE_STEMS), (after, _AFTER_STEMS)):
        if not any(stem in low for stem in stems):
            continue
        for match in pattern.finditer(text):
            readings = _readings(match)
            written = " ".join(match.group().split())
            starred = written.startswith("*") and not all(day for _, _, day in readings)
            if readings and not (starred and _STAR_YEAR.search(text, max(match.start() - 2, 0),
                                                               match.end() + 2) is None):
                return WrittenDate(written, readings, labelled=_SEVERAL.search(text) is None,
                                   starred=starred), *match.span()
    if "<" in text and (mrz := _mrz_birth(text)) is not None:
        return mrz
    if (heading := _HEADING.match(text)) is not None and (
            heading["end"] is None or int(heading["end"]) - int(heading["y6"]) >= _LIFE_MIN):
        start = heading.start("y6")
        return WrittenDate(text[start:heading.end()].strip(), _readings(heading),
                           labelled=_SEVERAL.search(text) is None, since=heading["end"] is None), start, heading.end()
    for life in _LIFESPAN.finditer(text):
        if _LIFE_MIN <= int(life["end"]) - int(life["y6"]) <= _LIFE_MAX:
            return WrittenDate(life.group().strip(), _readings(life), labelled=_SEVERAL.search(text) is None,
                               since=True, ends=int(life["end"])), *life.span()
    numeric, named = _HAS_NUMERIC.search(text) is not None, _HAS_WORDED.search(text) is not None
    for pattern in (bare,) * numeric + (worded,) * named + (airline,) * numeric:
        for match in pattern.finditer(text):
            readings = _readings(match)
            if readings:
                return WrittenDate(match.group(), readings, labelled=False), *match.span()
    return None


# A person's age as a text states it of the person named, and only so: news style, between commas and before an
# article or `who`, `of`, `from` (`Daniil Petrov, 23, a student`; not `Daniil Petrov, 12, Main Street`),
# `N-year-old` after a comma or opening the text (`Mikhail Petrov, a 19-year-old violinist`; not `CEO of a
# 25-year-old company`), `aged N` and `age: N` after a comma or bracket (not `whisky aged 12 years`), Russian and
# Ukrainian `N-летний`, `N-річна` after a comma or opening the text (not before `стаж`, `опыт`, `юбилей`, `срок`,
# `период`, `досвід`, `ювілей`: years of a career or an anniversary), German `der 23-jährige` (not `-jähriges`,
# of an anniversary), and between commas `N лет`, `N ans`, `N años`, `N anni`, `N lat` (not `N лет в компании`,
# years in a post, nor `1 год` of a licence's term after anything but a comma), French `âgé de N ans`.
_AGE = re.compile(
    r"(?<=[^\W\d_]),\s(?P<a1>\d{1,2}),\s(?=(?:a|an|the|who|of|from)\s)"
    r"|(?:^|,\s)(?:(?:a|an|the)\s)?(?P<a2>\d{1,2})[-\s]years?[-\s]old\b"
    r"|[,(|;]\s?age(?:d|:)?\s(?P<a3>\d{1,2})(?!\d)"
    r"|(?:^|,\s)(?P<a4>\d{1,2})\s?-\s?(?:летн|річн)[^\W\d_]*+(?!\s+(?:стаж|опыт|юбиле|срок|период|досвід|ювіле))"
    r"|\b(?:der|die|ein|eine|dem|den|des)\s(?P<a5>\d{1,2})-jährige[rn]?\b"
    r"|(?<=,\s)(?P<a6>\d{1,2})\s(?:лет|года?|років|роки|рік|ans|años|anni|anos|lat|lata|Jahre\salt)(?=\s*(?:[,)]|$))"
    r"|âgée?s?\sde\s(?P<a7>\d{1,2})\sans\b",
    re.IGNORECASE)
# A stated age is read as written in the years to the list's date (this many before it) or the two after it: the
# records and news screened now; an archive's article on a listed person at 30 would read as a namesake's, a
# trade this makes for the far more common teenager or student of the listed name.
_AGE_WRITTEN = 20


@attrs.frozen
class StatedAge:
    """A person's age stated beside the name (`Daniil Petrov, 23, a student`): how old he was when the text was
    written, which says in which years he may have been born."""

    text: str
    years: int

    def born(self, list_year: int) -> WrittenDate:
        """The age as the birth years it allows, read as written `_AGE_WRITTEN` years before the list's date to
        two after it (`WrittenDate.age`)."""
        first, last = list_year - _AGE_WRITTEN - self.years - 1, list_year + 2 - self.years
        return WrittenDate(self.text, tuple((year, 0, 0) for year in range(first, last + 1)), labelled=False,
                           age=self.years)


def stated_age(text: str) -> StatedAge | None:
    """The first age `text` states beside a name (`_AGE`), or None."""
    if not any(c.isdigit() for c in text):
        return None
    match = _AGE.search(text)
    if match is None:
        return None
    years = int(next(age for age in match.groups() if age))
    return StatedAge(match["a1"] or " ".join(match.group().strip(" ,(|;").split()), years) if years else None
