"""Text to tokens: steps 1-9 of the normaliser (`screening.normalize` has the full list and steps 10-12).

`clean` renders any text as case-preserving ASCII (length cap, invisible characters, NFKC, camelCase,
look-alike letters, transliteration); `tokenize` cuts it into lower-case words and remembers which came
from dotted initials, which sit in a qualifier (brackets, a ` - ` tail, an address part after a comma)
and which start a new comma part. `tokens_of` folds a reference-table entry the same way. Before them,
`mail_addresses` reads e-mail addresses as names say them, and `record_fields`, `slug_reading` and
`dash_tails` find the other names a record, a slug or a memo holds.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Callable, Container

from unidecode import unidecode

from screening.birthdates import labelled_birth_span
from screening.countries import COUNTRY_CODES
from screening.repair import repair
from screening.scripts import read_scripts

__all__ = ["CAMEL_PATTERN", "CJK_REGIONS", "DEFAULT_MAX_CHARS", "INITIALISM_PATTERN", "WORD_PATTERN", "as_shown",
           "cjk_pieces", "clean", "clean_repaired", "dash_tails", "field_parts", "has_cjk", "is_cjk_run",
           "join_spelled", "latin_lookalikes", "list_items", "mail_addresses", "record_fields", "slug_reading",
           "split_camel", "stays_mixed", "surface", "tokenize", "tokens_of", "without_cjk", "without_han",
           "without_small_letters"]

DEFAULT_MAX_CHARS = 512

_DROP_CATEGORIES = frozenset({"Cf", "Cs", "Co", "Cn"})
_CONTROLS = {i: " " for i in (*range(32), *range(127, 160))}  # (category `Cc`)
# Trade and copyright marks say nothing of the name; NFKC would make `™` the word `TM` and `℠` `SM` (`Globex™`),
# and a footnote's superscript mark a digit of the word it is glued to (`Kaspersky Labs Limited¹`, `GmbH⁷`, `†`)
# ... and letters NFKC leaves as symbols: negative circled and negative squared capitals (`🅚🅐🅢`, `🅺🅰🆂`), written
# for display in posts and handles, are the letters.
_MARKS = str.maketrans({**dict.fromkeys("™℠®©℗¹²³⁴⁵⁶⁷⁸⁹⁰†‡", " "),
                        **{chr(start + i): chr(65 + i) for start in (0x1F150, 0x1F170) for i in range(26)}})
# Regional indicator letters (`🇰🇦🇸`) are a flag two at a time (`🇷🇺`); a run of them that is no flags (three or
# more, not all pairs country codes) spells a word
_REGIONAL = re.compile("[\U0001F1E6-\U0001F1FF]{3,}")
# the flags' codes: the countries', and those Unicode also shows a flag for (the EU's, the UN's, Kosovo's, and
# the exceptionally reserved AC, CP, DG, EA, IC, TA)
_FLAGS = COUNTRY_CODES | {"EU", "UN", "XK", "AC", "CP", "DG", "EA", "IC", "TA"}
# A join of capitalised words: `KasperskyLab`, `KasperskyOS`, `OOOKaspersky`; not `GmbH` or `PhD`
# (a lone trailing capital does not start a word).
CAMEL_PATTERN = r"(?<=[a-z])(?=[A-Z][A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z]{2})"  # where a camelCase word is cut
_CAMEL = re.compile(CAMEL_PATTERN)
INITIALISM_PATTERN = r"(?<![a-z0-9])((?:[a-z]\.){2,})(?![a-z0-9])"  # dotted initials: `s.r.l.`
_INITIALISM = re.compile(INITIALISM_PATTERN)
_DESCRIPTOR = re.compile(r"^\s*([a-z0-9][a-z0-9 .]{0,14}?)\s*\*")
WORD_PATTERN = r"[a-z0-9]+"  # a run of letters and digits, in lower-cased ASCII text
_WORD = re.compile(WORD_PATTERN)
_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
                      "\uf900-\ufaff]+")
_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")
_KATAKANA = re.compile("[\u30a0-\u30ff]+|[^\u30a0-\u30ff]+")  # a run cut where katakana begins or ends
_AMPERSAND = re.compile(r"(?<=\w)\s*&\s*(?=\w)")
_FORMERLY_HAN = re.compile("\\(原(?=[\u3400-\u4dbf\u4e00-\u9fff])")
# `w/`, with, as notes write it before a name (`Call w/ Igor Chekunov`, `w/Igor`): the word, not a letter
# that reads as an initial; not a slash's other side (`s/w`, `c/w`), nor `w/o`, `w/e`, `w/out`, `w/c`, `W/H`
# (without, weekend, week commencing, withholding), which no space or name's capital follows
_WITH = re.compile(r"(?<![\w/.&'’-])[wW]/(?:(?=\s+[^\W\d_])|(?=[^\W\d_a-z][^\W\d_A-Z]))")
_APOSTROPHES = re.compile(r"(?<=[a-z])['`’ʼ]+(?=[a-z])")  # (two in a row: unidecode's hamza and ain, `l'`ml`)
_BRACKETS = re.compile(r"[(\[{][^)\]}]*[)\]}]?")
_TAIL = re.compile(r"\s[-\u2013\u2014]+\s|(?<=\w)\s*\*")
_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
_MAX_TAILS = 4  # dash tails screened on their own, at most
# What separates the fields of a record: a pipe, semicolon, tab or line end, a label's colon (in Chinese and
# Japanese the full-width colon, no space after it: `請求元：株式会社...`; a vCard's or a printed struct's key,
# none either, before a capital or a letter beyond ASCII: `FN:Andrei Tikhonov`, not Finnish `GmbH:lle`), a
# quoted key's colon or an unquoted one after a comma (JSON and Python: `{"vendor_name": "..."}`), markup
# tags (`<Nm>...</Nm>`), a `KEY=` of a certificate subject (`CN=..., O=...`), a URL's query, a call's argument
# list or a log line (`?name=...&country=RU`, `Vendor(name='...')`, ` status=blocked`), a slash with a space
# on each side between a name and its other script or form (`AO Kaspersky Lab / АО «Лаборатория
# Касперского»`; not `C/O`, `09/11/1966`), a run of five spaces or more between a fixed-width export's
# columns (`KASPERSKY LAB INC      US`; fewer may part a name's own words: `ZENKIN  DENIS`, `KASPERSKY  LAB   ITALIA`).
_FIELD = re.compile(r"\s*(?:[|;\t\r\n｜；]| {5,}|</?[A-Za-z][\w:.-]{0,30}(?:\s[^<>]{0,60})?/?>|(?<=\w):\s|(?<=\w)："
                    r"|(?:^|(?<=[\s;|{,]))[A-Za-z][A-Za-z0-9_-]{0,15}:(?=[^\W\d_a-z]|[\"'«])"
                    r"|[\"'][A-Za-z_][\w .-]{0,30}[\"']\s*:|,\s*[A-Za-z_][\w-]{0,30}:\s"
                    r"|(?:^|[,&?(/]|(?<=[\s;|]))\s*[A-Za-z_][\w.]{0,19}\s*=|(?<=\s)/(?=\s)"
                    r"|(?:^|(?<=\s))\(?\d{1,2}\)(?=\s))\s*")  # (a list's numbers: `(1) IBM Ltd (2) ...`, `1) ...`)
# The next field's key at the end of a value that follows a label's colon, a record's fields on one line
# (`Name: Andrei Tikhonov Country: RU`, `收款人：绪安（北京）网络安全技术有限公司 开户行：...`): the value's last word,
# where it is a key's word (`_LABEL_KEYS`) or Chinese, Japanese or Korean (whose names hold no space), with the
# number of a numbered key after it (the UK sanctions list's `Name 6: TIKHONOV  Name 1: Andrei`). Not any word:
# a value may have its own colon (`Director: Efremov Andrei Petrovich: since 2019` is no Efremov Andrei).
_GLUED_KEY = re.compile(r"(?<=\S)\s+(\S+)(?:\s+\d{1,2})?\s*$")
# A quoted value among a record's fields, after a comma, bracket, `=` or colon: a JSON or SQL string, an
# argument, a CSV row pasted whole (`VALUES (1002, 'Kaspersky Lab, Inc.', 'US')`), whose commas part no field
# (a quoted key is no value: `_FIELD`; nor is a name's own quoted part: `ООО "Лаборатория Касперского"`).
# (either quote, the other inside it, and itself doubled as SQL and CSV escape it: `'Xu''an (Beijing) ...'`)
_QUOTED_VALUE = r"(?:'((?:[^'\n]|'')+)'|\"((?:[^\"\n]|\"\")+)\")"
_NEXT_KEY = r"\s+[A-Za-z_][\w.-]{0,19}\s*="  # (an attribute or a log line's next `key=`)
_QUOTED = re.compile(rf"(?:^|[,(\[{{=:])\s*{_QUOTED_VALUE}(?=\s*(?:$|[,()\]}};|<>/])|{_NEXT_KEY})"
                     rf"|(?<=\s){_QUOTED_VALUE}(?={_NEXT_KEY})")
_PIECE_ENDS = " \"',;{}"
_KEY_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# Keys whose values are no part of a person's or company's name (folded: small letters, no `_` or `-`).
_NOT_NAME_KEYS = frozenset({
    "city", "town", "village", "region", "state", "province", "county", "district", "oblast", "country",
    "countrycode", "ctry", "cntry", "nationality", "citizenship", "street", "strtnm", "addr", "address",
    "addressline", "adrline", "place", "placeofbirth", "pob", "birthplace", "location", "loc", "zip", "zipcode",
    "postcode", "postalcode", "pstcd", "twnnm", "company", "companyname", "employer", "org", "organization",
    "organisation", "orgname", "vehicle", "product", "bank", "department", "dept", "title", "jobtitle", "role",
    "position", "occupation", "note", "notes", "comment", "comments", "description", "desc", "memo", "remark",
    "remarks", "email", "mail", "phone", "tel", "fax", "url", "website", "web", "domain", "status", "category",
    "type", "currency", "ccy", "amount", "amt", "gender", "sex", "regime", "ou", "dc", "l", "st", "c", "o"})
# the words of keys a record's next field may begin on its value's line (folded as `_NOT_NAME_KEYS`)
_LABEL_KEYS = _NOT_NAME_KEYS | frozenset({
    "name", "fullname", "surname", "family", "given", "first", "last", "middle", "patronymic", "dob", "born",
    "birth", "date", "id", "no", "number", "ref", "account", "acct", "iban", "swift", "bic", "inn", "kpp", "ogrn",
    "vat", "tax", "reg", "passport", "beneficiary", "payee", "payer", "vendor", "supplier", "customer", "buyer",
    "seller", "owner", "director", "signatory", "contact", "code", "attn"})
# keys of two words whose first is no key's alone (a sanctions list's `Group Type: Entity`), folded as above
_PAIR_KEYS = frozenset({"grouptype", "entitytype", "subjecttype", "partytype", "listedon", "lastupdated"})
_WIDE_GAP = 2  # spaces before such a key at least
# a comma with no space after it, not between digits (`1,250,000`): a CSV row's (`_cells`)
_CSV_COMMA = re.compile(r"(?<!\d),(?=[^\s,])|,(?=[^\s\d,])")
_MAX_FIELDS = 6  # fields screened on their own, at most
# a text without any of these has one field (a quick answer)
_FIELD_MARK = re.compile(r"[|;\t\r\n<:=｜；：\"']|\s/\s| {5}|,[^\s,]|\d\)\s")
# The head of a passport's machine-readable name line (ICAO 9303): document type and issuing state, written
# against the surname (`P<RUSBORSHCHEV<<DANIIL<<<`).
_MRZ_HEAD = re.compile(r"^\s*[ACIPV]<(?:[A-Z]{3}|D<<)(?=[A-Z]+<<)")  # (Germany's code is `D<<`)
# A Russian internal passport's machine-readable name line (`PNRUS` and the name in its own letter code, one
# sign per Cyrillic letter: Q for Й, 3 for Ч, 4 for Ш, W for Щ, 9 for Ь, ...): read back into Cyrillic
# (`PNRUSTIHONOV<<ANDREQ<GENNAD9EVI3` -> `ТИХОНОВ АНДРЕЙ ГЕННАДЬЕВИЧ`).
_INTERNAL_MRZ = re.compile(r"^\s*PNRUS(?P<name>[A-Z0-9]+<<[A-Z0-9<]*)(?:\s+[A-Z0-9<]+)?\s*$")  # (the second line too)
_INTERNAL_CODE = str.maketrans("ABVGDE2JZIQKLMNOPRSTUFHC34WXY9678<",
                               "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ")
# ISO 9 writes Ю, Я, Щ, Ё as one Latin letter with a mark (û, â, ŝ, ë), which folding would read as u, a, s, e: as
# an initial (`Gerber M.Û.`, Mikhail Yuryevich) it is read as the letters other systems write (`Yu.`).
_ISO9_INITIAL = re.compile(r"(?<![^\W\d_])[ÛûÂâŜŝËë](?=\.)")
_ISO9_LETTERS = {"Û": "Yu", "û": "yu", "Â": "Ya", "â": "ya", "Ŝ": "Shch", "ŝ": "shch", "Ë": "Yo", "ë": "yo"}
# A Russian or Ukrainian academic degree after a name (`Духвалов А.П., к.т.н.`, `д.ф.-м.н.`: candidate or doctor of
# technical, physical and mathematical, philosophical, geographical, economic (Ukrainian `е`), historical (`і`) ...
# sciences): its letters are no initials of the name.
_DEGREE = re.compile(r"(?<![\w.])[кд]\.\s?(?:т|ф\.?-м|ф|г|э|е|ю|х|б|м|п|и|і|филол|геол|с\.-х)\.\s?н\.(?!\w)")
# A Russian or Ukrainian preposition, lower case before a capitalised word (`с Тихоновым`, `о Суворове А. А.`,
# `від Зенкіна`): a word of the sentence, not of the name, whose single letter would read as an initial. In
# text all in one case a letter may be an initial (`С ТИХОНОВЫМ`, `с. тихонов`), and is kept.
_PREPOSITION = re.compile(r"(?<![\w.\-])(?:[вскоуз]|об|обо|со|ко|во|от|для|до|из|при|про|без|із|зі|від)\s+"
                          r"(?=[А-ЯЁІЇЄҐ«\"„])")
# The same in Latin script: in text of mixed case a one-letter word in lower case, before another word, is
# mostly a preposition or a conjunction of the sentence (Polish `z Igorem`, `w`, `o`, `u`; Czech and Slovak
# `s`, `v`, `k`; Slovene `h`; `a`, `i`, `e`, `y`: and), not an initial (`Jednání s Igorem Čekunovem`,
# `Gerberom o uvjetima`); but it is a word of legal forms too (`Sp. z o.o.`, `Obshchestvo s ogranichennoy
# otvetstvennostyu`, `Srl a socio unico`), so the text without such words (`sentence_letters_cut`) is read
# beside it, capped (`Screener._letters_cut`). Not dotted, nor beside a slash (`c/o`, `d/b/a`), nor before
# another letter alone (`Sp. z o.o.`). So are the Russian and Ukrainian prepositions of one letter in Cyrillic
# (`включили в SDN-список`, `внесли в список`, where `_PREPOSITION` reads none; not the conjunctions, `и`, `а`,
# which join two persons' names: `Иванов и Антон Сидоров`).
_LATIN_PREPOSITION = re.compile(r"(?<![\w.\-'’ʼ/])[aehikosuvwyzвкосуз]\s+(?=[^\W\d_]{2})")
# the United States written as a code, in brackets or last (`_united_states`): dotted, in any case, or `US` in
# capitals (not a currency, `US$`, nor a word's part, `US-CERT`); or `US` opening a dash's aside (`Kaspersky
# Lab Inc. - US anti-virus vendor`)
# (not after an initial: `Ivanov A. U.S.` writes three)
_PLACED_US = re.compile(r"(?<![\w.&'’-])(?<!\b[A-Za-z]\.\s)(?<!\b[A-Za-z]\.)"
                        r"(?:[Uu]\.\s?[Ss]\.(?:\s?[Aa]\.)?|US)(?=\s*\)|[\s.,;]*$)|(?<=\s[-–—]\s)US(?=\s)")
# North America written as its initials in capitals right after a company's word, alone or before its legal form
# (`Kaspersky Lab N.A.`, `KASPERSKY LAB NA INC`, `KASPERSKY LAB NA   WOBURN MA`): a company's North American arm (or
# a US bank's National Association: a US company either way), not a legal form cut short; not `NA` as a field of its
# own (`Kaspersky Group, NA`: not available), a person's initials (`Kasperskaya N.A.`), a number (`NA-2019`), nor
# Polish and Czech `na` (on) or Cyrillic `на` in a sentence.
_NORTH_AMERICA = re.compile(r"\b((?i:labs?|group|bank|systems|software|security|technologies|solutions))(\s)"
                            r"(?:N\.\s?A\.|NA)"
                            r"(?=\s*$|\s*[,;:)\]|/]|\s+[-–—]\s|\s{2,}|\s+(?:Inc|INC|LLC|Corp|CORP|Ltd|LTD)\b)")

# An airline booking name, the title written against the given name (`EFREMOV/ANDREYMR`), alone or in a
# booking line (`1.1EFREMOV/ANDREYMR`, `TKT 5552150012345 EFREMOV/ANDREYMR SVO-DXB`)
_PNR_TITLE = re.compile(r"(?<![A-Z/])([A-Z]{2,30}/[A-Z]{2,30}?)(MR|MRS|MSTR|MISS)(?![A-Z/])")  # (not MS: SYSTEMS)
# An amount written with thousands separators (`1,250,000`, `12.400`): one number, not a comma part.
_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*(?![\d])")

# Cyrillic and Greek letters that look like Latin ones (lower and upper case).
_CONFUSABLES = str.maketrans(
    "АВЕКМНОРСТХУЅІЈԁһӏаеорсхуѕіјԛԝк"
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαεικνορτυχ",
    "ABEKMHOPCTXYSIJdhlaeopcxysijqwk"
    "ABEZHIKMNOPTYXaeiknoptux",
)
# The reverse, for a Cyrillic word with a stray Latin letter.
_TO_CYRILLIC = str.maketrans("ABEKMHOPCTXYaeopcxyi", "АВЕКМНОРСТХУаеорсхуі")
# Han characters unidecode reads with a rare reading (`卡` qia, as in 关卡), read with their common Mandarin
# one (`卡` ka, as in 卡巴斯基 Kabasiji), so that a name in Han characters and the same name in pinyin agree:
# `技术` is jishu, `广州` Guangzhou, `武汉` Wuhan, `宁波` Ningbo, `沈阳` Shenyang. Only characters whose reading
# in names is not in doubt (not `长` chang / zhang, `都` du / dou).
_HAN_READINGS = str.maketrans({c: r for r, chars in {
    "Ai": "癌", "An": "胺", "Ang": "肮", "Bu": "簿", "Can": "蚕", "Cha": "茬", "Chan": "颤顫", "Chang": "厂",
    "Chu": "触", "Ci": "赐賜", "Dai": "呆", "Ding": "盯", "Dong": "侗恫", "Duo": "哆", "Fei": "啡", "Ga": "噶",
    "Gao": "镐", "Guang": "广", "Gui": "硅柜", "Han": "汉", "Hei": "嘿", "Huai": "坏", "Ji": "缉緝", "Jia": "价",
    "Jian": "茧", "Jiao": "胶酵", "Jie": "洁", "Jin": "劲勁", "Jing": "惊粳", "Ju": "桔", "Ka": "卡喀", "Keng": "吭",
    "Kua": "挎", "Kui": "亏", "Kuo": "括", "La": "蜡", "Lao": "姥酪烙", "Li": "离", "Lie": "猎", "Lin": "赁賃拎",
    "Mao": "铆鉚冒", "Me": "么", "Na": "娜", "Nian": "蔫", "Ning": "宁寧", "Pu": "扑莆埔", "Qi": "沏", "Ru": "蠕",
    "Shao": "芍", "Shen": "沈", "Shi": "适", "Shu": "熟术", "Sou": "艘", "Ting": "烃烴", "Tui": "蜕蛻褪",
    "Wan": "万", "Wo": "挝撾蜗蝸", "Xi": "铣", "Xiao": "淆", "Xie": "蝎携攜械", "Xuan": "癣癬", "Xue": "薛血",
    "Ye": "掖叶葉曳腋", "Zhe": "锗鍺", "Zhen": "帧", "Zhong": "种", "Zhou": "诌謅骤驟",
}.items() for c in chars})
# Czech and Slovak š, č, ž, and Romanian ș (comma below: Turkish writes ş with a cedilla, which stays s here and
# is read as sh in a second reading, `scripts.cedilla_reading`; ț stays t, as the given names Ionuț and
# Luminița are written without it too)
# Azerbaijani ə (schwa) is a, as its names are written without it (`Əliyev`, Aliyev; `Kiyevdəki`): unidecode
# writes it `@`, which parted the word (an ending with it is cut before: `endings.apostrophe_cut`, `Zenkinə`)
_CZECH = str.maketrans({"š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh", "ș": "sh", "Ș": "Sh",
                        "ə": "a", "Ə": "A"})
# A middle dot (`·` U+00B7, katakana `・` U+30FB) separates the given and the family name in Chinese and
# Japanese transcriptions of foreign names (`安东·伊万诺夫`, `アンドレイ・スヴォーロフ`): touching a
# letter of another script than Latin it is a space. Catalan writes `l·l` for a double l (`col·legi`):
# one word. (unidecode reads both dots `*`, which would start a qualifier tail or a card descriptor.)
# English legal forms as Russian texts write them: `Инк.` (`Эппл Инк.`) would fold to the English word `ink`,
# `ЛЛК` and `ЛЛС` (`Гугл ЛЛК`, letter by letter; `ЭлЭлСи` as spoken) to no form at all, so the legal-form table
# cannot list them: the Cyrillic word alone is read as the English form before transliteration. (`Инкорпорейтед`
# is read so too: in the table, a Latin `ink` would read as it cut short. A word joined to one by a hyphen is part
# of a name, `ЛЛК-Интернешнл`; but `ФЗ-ЛЛС` is the free-zone form.)
# So do Arabic, Persian and Hebrew texts, whose letters fold to bare consonants: `إنك` would fold to `nk`, `اینک`
# to `ynk`, `ليمتد` (Limited) to `lymtd`, no form; each with its common spellings (alef with or without hamza,
# Arabic and Persian kaf and ya, the letters of GmbH and LLC spelled with spaces or dots). `إنك` and `انك` are
# also words of Arabic sentences (you), `اینک` of Persian ones (now): read as Inc. there too, they cost a name
# little (a form is no word of it); `أنك` (that you) is left out.
_CYRILLIC_FORMS = {"инк": "Inc", "ллк": "LLC", "ллс": "LLC", "элэлси": "LLC", "эл-эл-си": "LLC",
                   "фз-ллс": "FZ-LLC", "фз-ллк": "FZ-LLC", "инкорпорейтед": "Incorporated",
                   "инкорпорэйтед": "Incorporated", "інк": "Inc", "інкорпорейтед": "Incorporated",
                   "инкорпорејтед": "Incorporated", "лимитед": "Limited", "лімітед": "Limited"}
_NATIVE_FORMS = {
    **_CYRILLIC_FORMS,
    **dict.fromkeys(["إنك", "انك", "إنكوربوريتد", "انكوربوريتد", "إنكوربوريتيد", "انكوربوريتيد", "اینک",
                     "اینکورپوریتد", "اینکورپوریتید", "אינק", "אינקורפורייטד", "אינקורפורייטיד"], "Inc"),
    **dict.fromkeys(["ليمتد", "ليميتد", "لميتد", "ليمتيد", "ليميتيد", "المحدودة", "لیمیتد", "لیمتد", "لیمیتید",
                     "לימיטד"],
                    "Limited"),
    **dict.fromkeys(["جي إم بي إتش", "جي ام بي اتش", "جي.إم.بي.إتش", "جي.ام.بي.اتش", "جی ام بی اچ",
                     "جی.ام.بی.اچ"], "GmbH"),
    **dict.fromkeys(["إل إل سي", "ال ال سي", "إل.إل.سي", "ال.ال.سي", "ال ال سی", "ال.ال.سی", "אל.אל.סי",
                     "אל אל סי"], "LLC"),
    **dict.fromkeys(["كوربوريشن", "کورپوریشن", "קורפוריישן"], "Corporation"),
}
_NATIVE_FORM = re.compile("(?<![^\\W\\d_]|-)(?:"
                          + "|".join(map(re.escape, sorted(_NATIVE_FORMS, key=len, reverse=True)))
                          + ")(?![^\\W\\d_]|-)", re.IGNORECASE)
# World regions that Chinese, Japanese and Korean write as one word of two letters, where the English of a name
# writes two words: `卡巴斯基实验室中东` is Kaspersky Lab Middle East, `北美` North America. A run of those letters
# is cut with them among the known words (`normalize.build_vocab`: not `湖北美联`, which would leave two letters
# alone), and a piece that is one is read as the English words.
CJK_REGIONS = {"中东": "Middle East", "中東": "Middle East", "중동": "Middle East", "北美": "North America",
               "北米": "North America", "북미": "North America"}
_MIDDLE_DOT = re.compile("(?<=[lL])\u00b7(?=[lL])|(?<=[^\\W\\d_])[\u00b7\u30fb]|[\u00b7\u30fb](?=[^\\W\\d_])")


# The letters whose lower case is a Latin letter a-z (`İ` lowers to `i` and a combining dot, the Kelvin sign
# to `k`), and the Cyrillic block, as `_fold_word` counts them.
_LATIN = re.compile("[A-Za-z\u0130\u212a]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ASCII_LETTER = re.compile("[A-Za-z]")


def _fold_word(word: str) -> str:
    """Fold look-alike letters in a word that mixes Latin with Cyrillic or Greek (step 5): towards the
    script most of its letters are in (`Kаѕpersky` -> Latin; `Лaборатория`, a keyboard-layout slip,
    -> Cyrillic), unless only the other script takes every letter (`Каѕреrѕky`, whose r has no Cyrillic
    look-alike, -> Latin; `Гepбep`, a scanner's, whose Г and б have no Latin one, -> Cyrillic)."""
    if word.isascii():
        return word
    if "-" in word:  # (each part of a hyphenated word on its own: `Coca-Кола`, `Gerber-Гербер`)
        return "-".join(map(_fold_word, word.split("-")))
    latin = len(_LATIN.findall(word))
    if not latin:
        return word
    cyrillic = len(_CYRILLIC.findall(word))
    if cyrillic > latin:
        folded = word.translate(_TO_CYRILLIC)
        if _ASCII_LETTER.search(folded) is None:
            return folded
        # (Latin letters with no Cyrillic look-alike, `Каѕреrѕky`: Latin where every Cyrillic letter has one)
        latin_word = word.translate(_CONFUSABLES)
        return latin_word if _CYRILLIC.search(latin_word) is None else folded
    latin_word = word.translate(_CONFUSABLES)
    if not cyrillic or _CYRILLIC.search(latin_word) is None:
        return latin_word
    folded = word.translate(_TO_CYRILLIC)
    return folded if _ASCII_LETTER.search(folded) is None else latin_word


def stays_mixed(word: str) -> bool:
    """True when a word mixes Latin and Cyrillic letters that no look-alike folding makes one script's
    (`Kaspersлн`, the layout switched inside it: л and н look like no Latin letter; not `Кaspersky`)."""
    folded = _fold_word(word)
    return _LATIN.search(folded) is not None and _CYRILLIC.search(folded) is not None


# What parts two words written without a space (`CTA+IC+:СУВОРОВ`, `NAME1=Лаборатория`): each side is folded as
# a word of its own (hyphens, apostrophes and dots stay inside a word: `Kaspersky-Лаб` is two scripts anyway).
_WORD_SEPARATORS = re.compile(r'([+:;,/\\|=*()\[\]{}<>"«»„“”]+)')


def latin_lookalikes(text: str) -> str:
    """`text` with the look-alike letters of each word that mixes scripts folded (step 5: `Kаs per$ky`, its а
    Cyrillic, is `Kas per$ky`), as written otherwise."""
    return " ".join(_fold_chunk(chunk) for chunk in text.split(" "))


def _fold_chunk(chunk: str) -> str:
    """`_fold_word` on each word of a text without spaces, parted by `_WORD_SEPARATORS`: a field code before a
    Cyrillic name (`IC+:СУВОРОВ`) is no Latin letter of that name."""
    if chunk.isascii() or _LATIN.search(chunk) is None:  # (one script: nothing to fold)
        return chunk
    parts = _WORD_SEPARATORS.split(chunk)
    return "".join(_fold_word(part) for part in parts) if len(parts) > 1 else _fold_word(chunk)


def has_cjk(text: str) -> bool:
    """True when `text` holds Han, kana or Hangul."""
    return _CJK_RUN.search(text) is not None


def without_cjk(text: str) -> str:
    """`text` with each run of Han, kana or Hangul a space."""
    return _CJK_RUN.sub(" ", text)


def without_han(text: str) -> str:
    """`text` with each run of Han characters a space (kana and Hangul kept)."""
    return _HAN_RUN.sub(" ", text)


def is_cjk_run(text: str) -> bool:
    """True when `text` is all Han, kana or Hangul: what step 6 reads as one word."""
    return _CJK_RUN.fullmatch(text) is not None


@functools.lru_cache(maxsize=4096)
def _cjk_words(run: str, words: tuple[str, ...]) -> str:
    """A run of Han, kana or Hangul as words: the known words in it (`words`: legal forms, domain words and
    places, longest first) each a word of its own, the letters between them one word each (their syllables
    transliterate without spaces, and with no capital inside that would read as a camelCase join):
    `北京绪安网络安全技术有限公司` -> `Beijing Xuan Wangluo Anquan Jishu Youxiangongsi`. Remembered: a name is
    cleaned several times over (its fields, its readings), and names repeat."""
    return " ".join(CJK_REGIONS.get(piece) or _NOT_ALNUM.sub("", unidecode(piece.translate(_HAN_READINGS)))
                    .capitalize() for piece in cjk_pieces(run, words))


@functools.lru_cache(maxsize=4096)
def cjk_pieces(run: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """`run` cut before and after known words of two letters or more (`words`), as the cut that leaves the
    fewest single letters alone, then covers the most letters with known words, then has the fewest pieces:
    Chinese writes no spaces, and a known word that leaves a letter alone crosses a word's edge (`广西安全`,
    Guangxi security, is `广西 安全`, not `广 西安 全` with the city Xi'an; `王安全` stays a name). A known word
    that is two known words is cut in two (`网络安全` -> `网络 安全`, as pinyin writes it). A katakana word
    (a name written from another language) is a piece of its own (`東京都カスペルスキー` -> `東京 都 カスペルスキー`).
    Remembered: a name's runs are cut when it is cleaned and again for their readings (`normalize._reading`)."""
    if not words or len(run) < 2:
        return (run,)
    starts = _by_first(words)
    found = {(i, i + len(w)) for i, c in enumerate(run) for w in starts.get(c, ()) if run.startswith(w, i)}
    if not found or len(found) > _MAX_CJK_WORDS:  # (a longer run is no name: bounded work on junk)
        return tuple(_KATAKANA.findall(run))
    cuts = sorted({0, len(run), *(a for a, _ in found), *(b for _, b in found)})
    # best[b]: (letters left alone, -letters in known words, pieces) of the best cut of run[:b], and its last cut
    best: dict[int, tuple[tuple[int, int, int], int]] = {0: ((0, 0, 0), -1)}
    for b in cuts[1:]:
        options = []
        for a in cuts:
            if a >= b:
                break
            (alone, covered, pieces), _ = best[a]
            if (a, b) in found:
                options.append(((alone, covered - (b - a), pieces + 1), a))
            else:
                options.append(((alone + (b - a == 1 and run[a] not in _CJK_PARTICLES), covered, pieces + 1), a))
        best[b] = min(options)
    out: list[str] = []
    b = len(run)
    while b > 0:
        a = best[b][1]
        out[:0] = _halves(run[a:b], starts) if (a, b) in found else _KATAKANA.findall(run[a:b])
        b = a
    return tuple(out)


def _halves(word: str, starts: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A known word as the two known words it is made of, if it is (`网络安全`), else itself."""
    for k in range(2, len(word) - 1):
        head, tail = word[:k], word[k:]
        if head in starts.get(head[0], ()) and tail in starts.get(tail[0], ()):
            return head, tail
    return (word,)


@functools.lru_cache(maxsize=4)
def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words of two letters or more by their first letter, longest first."""
    out: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if len(word) >= 2:
            out.setdefault(word[0], []).append(word)
    return {first: tuple(found) for first, found in out.items()}


def _english_form(found: re.Match[str]) -> str:
    return _NATIVE_FORMS[found.group().casefold()]


def _transliterate(text: str, cjk_words: tuple[str, ...], second: bool = False) -> str:
    """Steps 5-6 on non-ASCII text: confusables, Czech letters, scripts unidecode reads wrongly
    (`screening.scripts`; `second`: their other reading), CJK runs, unidecode."""
    text = " ".join(_fold_chunk(w) for w in text.split(" "))
    if "\u00b7" in text or "\u30fb" in text:
        text = _MIDDLE_DOT.sub(_middle_dot, text)
    text = _NATIVE_FORM.sub(_english_form, text)
    text = read_scripts(text.translate(_CZECH), second=second)
    text = _CJK_RUN.sub(lambda m: " " + _cjk_words(m.group(), cjk_words) + " ", text)
    # (unidecode reads each letter alone, so a text reads as its words do; names repeat their words)
    read = " ".join([word if word.isascii() else _unidecode_word(word) for word in text.split(" ")])
    return _spoken_words().sub(_spoken, read) if _SPOKEN_HINT.search(read) else read


# English words of a company's name as other scripts spell them out, romanised: `Инкорпорэйтэд`,
# `ΙΝΚΟΡΠΟΡΕΪΤΕΝΤ`, `Ինքորփորեյթեդ` (Incorporated), `Мідл Іст`, `Միդլ Իսթ` (Middle East), `Ју-Кеј` (UK); read as
# the English words (`ist` alone is German, `Ист` of no other script's word: only after `midl`; `kai` is no
# `kei`: `于凯`, `Ю Кай` are Yu Kai).
# (Armenian's aspirated letters romanise with a mark: `Ink`orp`oreyt`ed`)
_SPOKEN = (r"\b(?:(ink`?orp`?or[a-z`]{3,10})|(midd?[a-z]?l[ae]?\s+iy?st)|((?:iu|yu|ju)-?\s?ke[iyj]))"
           r"(?![\w`])")
_SPOKEN_HINT = re.compile(r"ink`?orp|ist|ke[iyj]", re.IGNORECASE)


@functools.cache
def _spoken_words() -> re.Pattern[str]:
    """`_SPOKEN` compiled when first needed (most texts hold none of its hints)."""
    return re.compile(_SPOKEN, re.IGNORECASE)


def _spoken(found: re.Match[str]) -> str:
    """The English words a match of `_SPOKEN` spells out."""
    return "Incorporated" if found.group(1) else "Middle East" if found.group(2) else "UK"


def _unidecode_word(word: str) -> str:
    """unidecode of one word, remembered for words of up to `_WORD_MEMO_CHARS` letters; a word in capitals
    stays in capitals (`ОБЩЕСТВО` -> `OBSHCHESTVO`, not `OBShchESTVO`, which would read as a camelCase join).
    A symbol beyond ASCII is a space, not the word unidecode spells it with (`°Kaspersky`, a stamp's degree
    sign: not `degKaspersky`; `×`, `©`, `฿`), but `°` after an N, which writes No. (`N°5`)."""
    if not word.isalnum():
        word = "".join(" " if _is_symbol(c) and not (c == "°" and word[i - 1:i] in ("N", "n")) else c
                       for i, c in enumerate(word))
    read = _unidecode_short(word) if len(word) <= _WORD_MEMO_CHARS else unidecode(word)
    return read.upper() if word.isupper() and sum(map(str.isalpha, word)) > 1 else read  # (not `Щ.`: `Shch.`)


@functools.lru_cache(maxsize=1024)
def _is_symbol(char: str) -> bool:
    """Whether a character beyond ASCII is a symbol (Unicode category S: `°`, `×`, `©`, `€`)."""
    return not char.isascii() and unicodedata.category(char)[0] == "S"


_WORD_MEMO_CHARS = 40
_MAX_CJK_WORDS = 64  # known words found in a run, at most, for it to be cut
# Chinese words of one letter that stand alone beside a name in running text: by (passive), formerly, former,
# from, to, against, and, of (`由北京卡巴斯基...提供`, provided by; `前北京卡巴斯基...`, former). A cut may leave
# them alone at no cost (`cjk_pieces`), so that they do not join the known word beside them into one unknown
# word; elsewhere (`原子能`, not beside a known word) the cut of fewer pieces keeps them in their word.
_CJK_PARTICLES = frozenset("被原前由向对從从给與与和及的")
_unidecode_short = functools.lru_cache(maxsize=4096)(unidecode)


def _middle_dot(match: re.Match[str]) -> str:
    """A middle dot: nothing inside Catalan `l·l`, a space beside a letter of another script, else kept."""
    text, at = match.string, match.start()
    if text[at - 1:at] in ("l", "L") and text[at + 1:at + 2] in ("l", "L"):
        return ""
    near = text[at - 1:at] + text[at + 1:at + 2]
    return " " if any(c.isalpha() and not c.isascii() for c in near) else match.group()


def split_camel(text: str) -> str:
    """Step 4: a space inside each camelCase join (`KasperskyLab` -> `Kaspersky Lab`; not `GmbH`)."""
    return _CAMEL.sub(" ", text)


def clean(text: str, max_chars: int = DEFAULT_MAX_CHARS, cjk_words: tuple[str, ...] = (), *,
          second_reading: bool = False) -> str:
    """Steps 0-6: a case-preserving ASCII rendering of `text` (`cjk_words`: words in Han, kana or Hangul
    alone, longest first, cut out of a run of those letters; none for reference-table entries;
    `second_reading`: the other reading of ambiguous letters, `screening.scripts`)."""
    return clean_repaired(repair(text[:max_chars]), cjk_words, second_reading=second_reading)


# Han, kana or Hangul written one character at a time between spaces (`卡 巴 斯 基`, `(卡 巴 斯 基)`): one word,
# as unspaced; only a whole run, not one whose last character starts a word (`卡 巴 斯 基实验室`).
_CJK_CHAR = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
_SPACED_CJK = re.compile(f"(?<!\\w){_CJK_CHAR}(?: +{_CJK_CHAR}){{2,}}")


def _unspaced(found: re.Match[str]) -> str:
    end = found.end()
    whole = end == len(found.string) or not found.string[end].isalnum()
    return found.group().replace(" ", "") if whole else found.group()


# A right-to-left override (U+202E) shows the letters after it, up to a pop (U+202C) or the line's end, in
# reverse: `Lab \u202eyksrepsaK\u202c JSC` is shown as `Lab Kaspersky JSC`.
_RIGHT_TO_LEFT = re.compile("\u202e([^\u202c\n]*)\u202c?")


def as_shown(text: str) -> str | None:
    """`text` as a screen shows it where a right-to-left override reverses letters (`\u202eyksrepsaK\u202c`
    is shown `Kaspersky`): a name disguised so that it reads right only on screen; None without one."""
    return _RIGHT_TO_LEFT.sub(_as_shown, text) if "\u202e" in text else None


def _as_shown(found: re.Match[str]) -> str:
    return found.group(1)[::-1]


def surface(text: str) -> str:
    """Steps 2-3 without the controls: `text` with invisible characters and trade marks dropped (zero-width,
    BOM, soft hyphen; `™`, `®`) and in NFKC (full-width forms, NBSP and other spaces, decomposed accents and
    Hangul; and letters NFKC leaves as symbols: `🅺`, `🅚`, and regional indicators that spell no flags), so that
    what reads the text as written (a keyboard-layout slip, a Dutch spelling, words joined, an abbreviation, a
    birth date, an e-mail address) reads `Ｉｇｏｒ`, `Kasp\u00ad. Lab` or `Tsjekoenov` with a
    NBSP as it reads them plain; Han, kana or Hangul written one character at a time between spaces is one
    word (`卡 巴 斯 基`). Tabs and line ends stay (they part a record's fields: `field_parts`). ASCII text is
    returned as it is."""
    if text.isascii():
        return text
    if not text.isprintable():
        text = "".join([c for c in text if unicodedata.category(c) not in _DROP_CATEGORIES])
    text = unicodedata.normalize("NFKC", text.translate(_MARKS))
    if text and "\U0001F1E6" <= max(text) and _REGIONAL.search(text) is not None:
        text = _REGIONAL.sub(_spelled_regional, text)
    return _SPACED_CJK.sub(_unspaced, text) if " " in text and has_cjk(text) else text


def _spelled_regional(match: re.Match[str]) -> str:
    """A run of regional indicator letters as the letters, unless each pair of them is a country's flag."""
    letters = "".join(chr(ord(c) - 0x1F1E6 + 65) for c in match.group())
    if len(letters) % 2 == 0 and all(letters[i:i + 2] in _FLAGS for i in range(0, len(letters), 2)):
        return match.group()
    return f" {letters} "


def _formerly(text: str, words: tuple[str, ...]) -> str:
    """`text` with each `(原` that a known word follows (`words`: `（原北京卡巴斯基...）`) as `(formerly `: 原 starts
    words of its own too (`（原子能...）`, atomic energy), which stay as written."""
    starts = _by_first(words) if words else {}
    return _FORMERLY_HAN.sub(lambda m: "(formerly " if any(text.startswith(w, m.end())
                                                         for w in starts.get(text[m.end()], ())) else m.group(), text)


def clean_repaired(text: str, cjk_words: tuple[str, ...] = (), *, second_reading: bool = False) -> str:
    """`clean` on text already cut and repaired (`screening.repair`): a repair is not undone twice."""
    text = surface(text)  # steps 2-3; control characters become spaces too
    if not text.isprintable():
        text = text.translate(_CONTROLS)
    if "<<" in text:
        internal = _INTERNAL_MRZ.match(text)
        text = internal["name"].translate(_INTERNAL_CODE).strip() if internal else _MRZ_HEAD.sub("", text)
    elif "/" in text and text.isupper():
        text = _PNR_TITLE.sub(r"\1 \2", text)
    if ":" in text:
        text = _FORM_KEY.sub("", text)
    if "(" in text:
        text = _FORM_ASIDE.sub(",", text)
    text = split_camel(text)
    if "US" in text or "." in text and ("U" in text or "u" in text):
        text = _united_states(text)
    if "NA" in text or "N.A" in text or "N. A" in text:
        text = _NORTH_AMERICA.sub(r"\1\2North America", text)
    if "&" in text:  # between two words it is one, so that `Kasper & Sky` never joins into one name
        text = _AMPERSAND.sub(" and ", text)
    if "w/" in text or "W/" in text:
        text = _WITH.sub("with ", text)
    if not text.isascii():
        if "(주)" in text:  # (and ㈜, after NFKC) the Korean company's short form, read as written out: its
            text = text.replace("(주)", " 주식회사 ")  # syllable alone, `ju`, is a Latin initial (`M.Ju.`)
        if "(原" in text:  # Chinese `（原...）`, formerly, before a former name: the word (`normalize`'s marker)
            text = _formerly(text, cjk_words)
        if "н." in text:
            text = _DEGREE.sub(" ", text)
        if "." in text:
            text = _ISO9_INITIAL.sub(lambda m: _ISO9_LETTERS[m.group()], text)
        text = _transliterate(_PREPOSITION.sub("", text), cjk_words, second_reading)
    return text


# A record's first key that is a legal form's word, before its label's colon (`Company: Kaspersky Lab`,
# `Corp.: ...`): the key says what the value is, not the company's form (read as `Co.`, it agreed with `Inc.`).
_FORM_KEY = re.compile(r"^\s*(?:company|corporation|corp\.?|co\.?)\s*:\s*", re.IGNORECASE)
# A bracket that says only that the name is a company's (`Kaspersky Lab (company)`, an encyclopedia title's
# disambiguation; `Kaspersky Lab (the "Company")`, a contract's defined term): it gives the name no legal form
# (read as one, `company` agreed with `Inc.`), and is read as a comma, which parts the name from what follows.
_FORM_ASIDE = re.compile(r"\(\s*(?:hereinafter(?:\s+referred\s+to\s+as)?\s+)?(?:the\s+)?[\"'“”‘’«»]?\s*"
                         r"(?:company|corporation|firm)\s*[\"'“”‘’«»]?\s*\)", re.IGNORECASE)


def _united_states(text: str) -> str:
    """`text` with the United States written as a code where it says where a company is, in brackets or
    last (`Kaspersky Lab (US)`, `Kaspersky Lab U.S.`), written as `USA`: `us` is left out of the country
    names as an English word, and in a sentence the code says what a text is about, not where the company is
    (`closure of its U.S. subsidiary`)."""
    return _PLACED_US.sub("USA", text)


def sentence_letters_cut(text: str) -> str | None:
    """`text` without the one-letter words in lower case that its sentence holds (`Jednání s Igorem
    Čekunovem`: Jednání Igorem Čekunovem); none if it holds none, or is written all in one case."""
    if " " not in text or text.isupper() or text.islower():
        return None
    cut = _LATIN_PREPOSITION.sub("", text)
    return cut if cut != text else None


def slug_reading(text: str) -> str | None:
    """`text` with each short word a slug writes between hyphens set apart (`kaspersky-lab-uk-ltd` ->
    `kaspersky-lab uk ltd`; as written, `tokenize` joins `uk-ltd` as it joins `e-store`), to be screened as
    well; None where there is none. (Both readings are kept: `Kasp-er-sky` is one word split.)"""
    if "-" not in text or _SLUG_WORD.search(text) is None:
        return None
    return _SLUG_WORD.sub(r" \1 ", text)


def dash_tails(text: str) -> list[str]:
    """The texts after each ` - ` that has a word before it (at most `_MAX_TAILS`): the later parts of a
    memo or vendor field (`Intercompany loan - Kaspersky Labs Ltd - Q4`), screened as names of their own
    as well as qualifiers of the first part."""
    if " -" not in text and "\u2013" not in text and "\u2014" not in text:
        return []
    return [text[m.end():] for m in _DASH.finditer(text)
            if any(c.isalnum() for c in text[:m.start()])][:_MAX_TAILS]


# where a name may end and an aside about it begin: a comma, an opening bracket, a dash between spaces
_ASIDE_START = re.compile(r",|[(\[]|\s[-\u2013\u2014]+\s")
_MAX_HEADS = 3  # texts before an aside read as a name, at most


def aside_heads(text: str) -> list[str]:
    """The texts before each comma, opening bracket or dash between spaces that has a word before it (at
    most `_MAX_HEADS`, shortest first): each a name that may end there, what follows an aside about it
    (`Kaspersky Lab ZAO, "Kaspersky Anti-Virus 6.0 User Guide", 2007`, `AO Kaspersky Lab (procurement)`)."""
    first = next((i for i, c in enumerate(text) if c.isalnum()), None)
    if first is None:
        return []
    last = next(i for i in range(len(text) - 1, -1, -1) if text[i].isalnum())
    heads = []
    for match in _ASIDE_START.finditer(text, first + 1):
        if match.end() > last:
            break  # (no word after it, nor after any later one: the text is read once, in time linear in it)
        heads.append(text[:match.start()].rstrip())
        if len(heads) == _MAX_HEADS:
            break
    return heads


def list_items(text: str) -> list[str]:
    """The names a list of persons or companies holds, each to be screened alone (`Tikhonov A.G., Borshchev
    D.S., Efremov A.A., et al.`, `Ivanov, Anton and Petrov, Nikolai`, `Иванов Антон Михайлович (RU), Зайцев
    Олег Владимирович (RU)`): its items between ` and ` (`и`, `und`, `et`, `&`), semicolons and commas that
    hold two words or more, where at least two do, without what brackets hold; at most `_MAX_ITEMS`. Empty
    for other text: a name with a comma before its legal form, its title or its town holds one such item
    (`Kaspersky Lab, Inc.`, `Anton Ivanov, CTO, Moscow`), and `Tikhonov, Andrei` none."""
    if "," not in text and _LIST_JOINS.search(text) is None:
        return []
    named: list[str] = []
    for item in _LIST_JOINS.split(_ASIDES.sub(" ", _ET_AL.sub(" ", text))):
        parts = _named(item.split(","))
        named += parts if len(parts) >= 2 else _named([item])
    return named[:_MAX_ITEMS] if len(named) >= 2 else []


def _named(items: list[str]) -> list[str]:
    """The items of two words or more, one of them no initial, trimmed."""
    return [item for item in (part.strip(_ITEM_ENDS) for part in items)
            if len(words := _ITEM_WORD.findall(item)) >= 2 and any(len(word) > 1 for word in words)]


# What parts the items of a list of names: ` and ` in a few languages, `&`, `;`; then commas, in an item that
# they cut into two names or more (not `Ivanov, Anton`).
# (`y` and `e`, Spanish, Italian and Portuguese, and `i`, Polish, Czech, Croatian and the romanised Russian `и`
# and Ukrainian `і`, only in small letters: capital, they are initials; `ta`, the romanised Ukrainian `та`; Dutch
# `en`, Turkish `ve`, Danish and Norwegian `og`, Swedish `och`, Hungarian `és`, Finnish and Estonian `ja`, Romanian
# `și`: `Kaspersky Labs GmbH en KPN BV`. Not Czech and Slovak `a`: French and Italian text writes it, and `à` folds
# to it, `né à Moscou`.)
_LIST_JOINS = re.compile(r"\s(?:and|und|et|en|ve|og|och|és|ja|și|(?-i:y|e|i|ta)|и|та|і)\s|\s&\s|;",
                         re.IGNORECASE)
_ASIDES = re.compile(r"\([^()]*\)")  # (a year, a country, a role: `Ivanov A.M. (RU)`, `Tikhonov, A. G. (2020)`)
_ET_AL = re.compile(r"\bet\.?\s+al\b\.?|\bи\s+др\b\.?", re.IGNORECASE)
_ITEM_WORD = re.compile(r"[^\W\d_]+")
_ITEM_ENDS = " .,;:"
_MAX_ITEMS = 6  # items of a list screened on their own, at most


def mail_addresses(text: str) -> str:
    """`text` with each e-mail address read as a name would say it: its local part, unless a display name
    beside it holds its words already or it is a function's mailbox (`info@`), and the organisation its
    domain names, in brackets, unless the name holds it already: `Andrey Efremov <andrey.efremov@yandex.ru>`
    is `Andrey Efremov (yandex)`, `a.tikhonov@mail.kaspersky.com` is `a.tikhonov (kaspersky)`. The domain
    may say the employer. Addresses are read after NFKC and without invisible characters (`＠`, a
    zero-width space)."""
    if "@" not in text and "\uff20" not in text:
        return text
    text = surface(text)  # (steps 2-3 early; control characters stay: a tab separates fields)
    words = {w.lower() for w in _LETTERS.findall(_MAIL.sub(" ", text))}
    # (a display name in another script holds the local part's words as its Latin letters write them:
    # `Тихонов Андрей <a.tikhonov@...>`)
    words |= {_unidecode_word(w).lower() for w in words if not w.isascii()}
    initials = {w[0] for w in words if w}  # (a local part of initials says the display name's: `d.b@`)

    def spoken(match: re.Match[str]) -> str:
        local = match.group(1)
        labels = match.group(2).lower().split(".")[:-1]  # the top-level domain says nothing
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels.pop()  # `co.uk`, `com.au`
        organisation = labels[-1] if labels else ""
        said = f" ({organisation})" if organisation and not set(_LETTERS.findall(organisation)) <= words else ""
        parts = [w.lower() for w in _LETTERS.findall(local)]
        said_already = words and (not parts or any(len(w) > 2 and w in words for w in parts)
                                  or any(w in _MAILBOXES for w in parts)
                                  or all(len(w) <= 2 and set(w) <= initials for w in parts))  # (`d.b@`)
        return f" {said} " if said_already else f" {local}{said} "

    return _MAIL.sub(spoken, text)


# An address: a local part not inside a longer run of its letters (so that each run is tried once, not
# from every position in it: linear time) and a domain of two labels or more.
_MAIL = re.compile(r"<?(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)>?")
_LETTERS = re.compile(r"[^\W\d_]+")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "or", "ne"})
# Words of a function's mailbox, not a name's (`info@`, `usa.sales@`): beside a display name it adds nothing.
_MAILBOXES = frozenset({"info", "sales", "support", "noreply", "no", "reply", "billing", "accounts", "accounting",
                        "payable", "receivable", "orders", "order", "admin", "contact", "office", "hello", "mail",
                        "invoices", "invoice", "ap", "ar", "finance", "procurement", "purchasing", "service",
                        "help", "team", "hr", "legal", "press", "news", "webmaster", "postmaster"})


def field_parts(text: str, legal_only: Callable[[str], bool] | None = None) -> list[str]:
    """The fields of a record (`CN=Kaspersky Labs GmbH, O=..., C=DE`, `Developer: Kaspersky Lab UK Ltd`,
    `<Nm>KULASHOVA ANNA</Nm>`): `record_fields`' first part."""
    return record_fields(text, legal_only)[0]


def record_fields(text: str, legal_only: Callable[[str], bool] | None = None) -> tuple[list[str], str | None]:
    """A record's fields, and its values without its keys, read in one pass; ([], None) when nothing
    separates fields. It reads the text before `clean` (which turns `«` into `<<`), with export damage
    undone (`&amp;` holds no field separator).

    The fields (at most `_MAX_FIELDS` that hold a letter) are each screened as a name of its own: quoted
    values, a CSV row's cells (a cell that `legal_only` says is a legal form alone stays with its name:
    `Kaspersky Lab,Inc.,US`) and what `_FIELD` parts. The values, in order (`{"given": "Daniil", "family":
    "Borshchev"}` -> `Daniil Borshchev`; the quoted ones where it quotes two or more, as JSON and SQL do), are
    screened as one name: a name whose parts are fields of their own holds no single field of two words, and
    its keys read as words of it. A value under a key that names no part of a name (`city`, `region`,
    `employer`: `_NOT_NAME_KEYS`) is left out: `{"name": "Kirill", "region": "Astrakhan"}` is no Kirill
    Astrakhan. None for a record of fewer than two values."""
    edi = edi_elements(text)
    if edi:  # (an EDI segment's elements are its fields; its values, codes and all, are no one name)
        whole = text.strip(_PIECE_ENDS)
        return [e for e in dict.fromkeys(edi) if e != whole][:_MAX_FIELDS], None
    if _FIELD_MARK.search(text) is None:
        return [], None
    quoted = _quoted_spans(text)
    cells = _cells(text, legal_only)
    split = _split_spans(text)
    parted = _with_forms([piece for _, _, piece, key in split], legal_only, [key for *_, key in split]) if len(
        split) > 1 else []
    pieces = [value for _, _, value in quoted] + cells + parted
    whole = text.strip(_PIECE_ENDS)
    found = dict.fromkeys(_trimmed(p) for p in pieces)
    fields = [p for p in found if p != whole and any(c.isalpha() for c in p)][:_MAX_FIELDS]
    if len(quoted) > 1:
        values = _unkeyed(text, quoted)
    elif cells:  # (a CSV row says no keys)
        values = [value for value in map(_trimmed, cells) if any(c.isalnum() for c in value)]
    else:
        values = _unkeyed(text, [(start, stop, piece) for start, stop, piece, key in split if not key])
    return fields, " ".join(values) if len(values) > 1 else None


# The head of an EDI segment that names a party or a line: UN/EDIFACT (`NAD+SU+++KASPERSKY LAB:UK LTD+...'`,
# after an optional UNA service string) or ANSI X12 (`N1*SE*KASPERSKY LAB INC*92*100234~`, with `*`, `^` or `|`
# between elements); only these segments' tags, so that `RUS|Kaspersky Lab|Moscow` is no X12 segment.
_EDIFACT = re.compile(r"\s*(?:UNA.{6})?(?:NAD|CTA|COM|IMD|FTX|RFF|PIA|LIN|BGM|UNB|UNH|DOC|FII|LOC)\+")
_X12 = re.compile(r"\s*(?:N1|N2|N3|N4|NM1|PER|REF|N9|MSG|IT1|PO1|PID|BEG|BIG|ISA|GS|ST)([*^|])")


def edi_elements(text: str) -> list[str]:
    """The data elements of the EDI segments `text` holds, each a name's field (the tag and elements without a
    letter left out): an EDIFACT element's components joined by spaces (`KASPERSKY LAB:UK LTD`, a name on
    two lines), its release character read (`?'` is a quote); an X12 element as written. Empty for other text."""
    if (edifact := _EDIFACT.match(text)) is not None and text.count("+") >= 2:  # (not `ABC+Partner AG`)
        body = text[edifact.start():]
        if body.lstrip().startswith("UNA"):
            body = body.lstrip()[9:]
        out = []
        for segment in _split_released(body, "'"):
            for element in _split_released(segment, "+")[1:]:
                parts = [_released(part).strip() for part in _split_released(element, ":")]
                out.append(" ".join(part for part in parts if part))
    elif (x12 := _X12.match(text)) is not None and text.count(x12.group(1)) >= 2:
        out = [element.strip() for segment in re.split("[~\r\n]", text) for element in segment.split(x12.group(1))[1:]]
    else:
        return []
    return [element for element in out if any(c.isalpha() for c in element)]


def _split_released(text: str, separator: str) -> list[str]:
    """`text` split at each `separator` that the EDIFACT release character `?` does not escape."""
    return re.split(f"(?<!\\?){re.escape(separator)}", text) if "?" in text else text.split(separator)


def _released(text: str) -> str:
    """An EDIFACT value with its release characters read (`?'` is `'`, `??` is `?`)."""
    return re.sub(r"\?(.)", r"\1", text) if "?" in text else text


def _unkeyed(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """The values at `spans` (start, end, value) that hold a letter or digit, but those whose key (the last
    word between the value before and this one) is in `_NOT_NAME_KEYS`."""
    values = []
    end = 0
    for start, stop, value in spans:
        keys = _KEY_WORD.findall(text, end, start)
        end = stop
        if keys and _folded_key(keys[-1]) in _NOT_NAME_KEYS:
            continue
        value = _trimmed(value)
        if any(c.isalnum() for c in value):
            values.append(value)
    return values


def _quoted_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each quoted value of a record (`_QUOTED`) that holds a letter or digit (a
    birth date is a value too), its doubled quotes read as one."""
    if "\"" not in text and "'" not in text:
        return []
    out = []
    for match in _QUOTED.finditer(text):
        for group, quote in zip(range(1, 5), "'\"'\""):
            value = match.group(group)
            if value:
                if any(c.isalnum() for c in value):
                    out.append((match.start(group), match.end(group), value.replace(quote * 2, quote)))
                break
    return out


def _split_spans(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, piece, is a key) of each piece `_FIELD` parts: a piece before a label's colon is its key
    (`Name: Igor`; `KEY=` and `"key":` are inside the separator); a piece after a label's colon that ends in the
    next key's word is its value and that key (`_GLUED_KEY`)."""
    out: list[tuple[int, int, str, bool]] = []
    at = 0
    after_key = False
    for separator in _FIELD.finditer(text):
        piece = text[at:separator.start()]
        key = separator.group().strip().startswith((":", "："))
        glued = _GLUED_KEY.search(piece) if key and after_key else None
        after_key = key
        if glued is not None and (is_cjk_run(glued.group(1)) or _folded_key(glued.group(1)) in _LABEL_KEYS):
            # a value on the line of the next key (`Payee: AO Kaspersky Lab Bank: ...`): the value, then the key,
            # of two words where the one before is a key's too (`Address Country:`), or the two a key of two words
            # after the wider gap an export's fields keep (`Name 6: KASPERSKY LAB  Group Type:`; not `Vendor:
            # Kaspersky Group Type:`, the name's own word)
            before = _GLUED_KEY.search(piece, 0, glued.start())
            if before is not None and not is_cjk_run(glued.group(1)) and (
                    _folded_key(before.group(1)) in _LABEL_KEYS
                    or _folded_key(before.group(1) + glued.group(1)) in _PAIR_KEYS
                    and before.start(1) - before.start() >= _WIDE_GAP):
                glued = before
            out.append((at, at + glued.start(), piece[:glued.start()], False))
            out.append((at + glued.start(1), separator.start(), piece[glued.start(1):].strip(), True))
        else:
            out.append((at, separator.start(), piece, key))
        at = separator.end()
    out.append((at, len(text), text[at:], False))
    return out


def _folded_key(word: str) -> str:
    """A key's word as `_NOT_NAME_KEYS` writes it: small letters, no `_` or `-`."""
    return word.lower().replace("_", "").replace("-", "")


def _cells(text: str, legal_only: Callable[[str], bool] | None) -> list[str]:
    """The cells of a CSV row pasted whole (`V-1002,KASPERSKY LABS LIMITED,GB,ACTIVE`, quotes read as CSV
    reads them), told by two commas or more with no space after them (a name's own comma has one: `Kaspersky
    Lab, Inc.`), a legal form alone kept with the cell before it (the one after it, first); none for other
    text."""
    if len(_CSV_COMMA.findall(text)) < 2:
        return []
    try:
        cells = next(csv.reader([text]))
    except (csv.Error, StopIteration):
        return []
    return _with_forms(cells, legal_only)


def _with_forms(cells: list[str], legal_only: Callable[[str], bool] | None, keys: list[bool] | None = None
                ) -> list[str]:
    """A record's cells or fields with each that `legal_only` says is a legal form alone kept with the one
    before it (the one after it, first: `ZAO,Kaspersky Lab,RU`; a spreadsheet's row split at tabs,
    `Kaspersky Lab<TAB>Inc.<TAB>Woburn`), and so is one that opens a field before a comma (a line broken inside
    a name, `Kaspersky Labs<LF>GmbH, Ingolstadt`); a field's key (`keys`, by field: `Company:`) is none."""
    if legal_only is None:
        return cells
    out: list[str] = []
    held = ""  # a legal form alone before any name: it goes with the next cell
    for at, cell in enumerate(cells):
        head, comma, rest = cell.partition(",")
        if out and comma and rest.strip() and not (keys and keys[at]) and legal_only(head.strip(_PIECE_ENDS)):
            out[-1] = f"{out[-1]} {head.strip()}"
            out.append(rest)
        elif not (keys and keys[at]) and legal_only(cell.strip(_PIECE_ENDS)):
            if out:
                out[-1] = f"{out[-1]}, {cell}"
            else:
                held = f"{held} {cell}".strip()
        else:
            out.append(f"{held} {cell}" if held else cell)
            held = ""
    return out or ([held] if held else [])


def _trimmed(piece: str) -> str:
    """A field without the quotes, braces, commas and unopened bracket a record writes around it
    (`"AO Kaspersky Lab", `, `'US')`): no part of the name."""
    piece = piece.strip(_PIECE_ENDS)
    while piece.endswith(")") and "(" not in piece:
        piece = piece[:-1].rstrip(_PIECE_ENDS)
    return piece


def _qualifier_mask(text: str) -> bytearray:
    """Mark the characters of qualifier segments: brackets, a ` - ` or `*` tail, a comma part with digits
    (an address) and the comma parts after it. In a comma part whose only digits are a labelled birth date's
    (`screening.birthdates`), the date's clause and what follows it are, not the words before it (`Kaspersky,
    David M. DOB 11.02.1975`: a person's name and a birth date; a date with no label may be an invoice's)."""
    mask = bytearray(len(text))
    for match in _BRACKETS.finditer(text):
        mask[match.start():match.end()] = b"\1" * (match.end() - match.start())
    tail = _TAIL.search(text)
    if tail and any(c.isalnum() for i, c in enumerate(text[:tail.start()]) if not mask[i]):
        mask[tail.start():] = b"\1" * (len(text) - tail.start())
    comma = text.find(",")
    address = False  # an address part has begun: the parts after it (city, region, country) belong to it
    while comma != -1:
        end = text.find(",", comma + 1)
        stop = len(text) if end == -1 else end
        start = comma
        if not address and any(c.isdigit() for c in text[comma:stop]):
            address = True
            born = labelled_birth_span(text)  # (once: the first part with digits begins the address)
            if (born is not None and comma <= born[0] and born[1] <= stop
                    and not any(c.isdigit() for part in (text[comma:born[0]], text[born[1]:stop]) for c in part)):
                start = born[0]
        if address:
            mask[start:stop] = b"\1" * (stop - start)
        comma = end
    return mask


_MASKED = re.compile(r"[(\[{*]|\s[-\u2013\u2014]+\s")  # what can start a qualifier besides a comma
_SHORT_PREFIX = re.compile(r"(?<![a-z0-9])([a-z]{1,2})-(?=[a-z])")  # `co-operative`, `e-store`, `fz-llc`
# a short word between two hyphens after a word: a slug's (`kaspersky-lab-uk-ltd`), or a word split (`Kasp-er-sky`)
_SLUG_WORD = re.compile(r"(?<=[A-Za-z]{3})-([A-Za-z]{1,2})-(?=[A-Za-z])")
_SPECIAL = re.compile(r"[(\[{*,'`’ʼ.\-\u2013\u2014]")


def _one_number(match: re.Match[str]) -> str:
    return match.group().replace(match.group(1), "")


def tokenize(text: str, descriptors: Container[str] | None = None
             ) -> tuple[list[str], set[int], list[str], set[int], set[int]]:
    """Steps 7-9: tokens, positions of initials, a dropped descriptor, qualifier and comma-part positions.

    `descriptors` are the card-descriptor prefixes to drop before a `*`; None (for reference-table
    entries) drops none and marks no qualifier.
    """
    text = text.casefold()
    if _SPECIAL.search(text) is None:  # fast path: plain words and spaces (most supplier names)
        return _WORD.findall(text), set(), [], set(), set()
    removed: list[str] = []
    if descriptors is not None and "*" in text:
        match = _DESCRIPTOR.match(text)
        if match and all(w in descriptors for w in _WORD.findall(match.group(1))):
            removed.append(match.group(1).strip())
            text = text[match.end():]
    text = _APOSTROPHES.sub("", text)
    if "," in text or "." in text:
        text = _THOUSANDS.sub(_one_number, text)
    if "-" in text:
        text = _SHORT_PREFIX.sub(r"\1", text)
    starts = set()
    if "." in text:
        starts = {match.start() for match in _INITIALISM.finditer(text)}
        if starts:
            text = _INITIALISM.sub(lambda m: m.group(1).replace(".", "") + " " * m.group(1).count("."), text)
    needs_mask = descriptors is not None and (_MASKED.search(text) is not None
                                  or ("," in text and any(c.isdigit() for c in text)))
    mask = _qualifier_mask(text) if needs_mask else None
    has_comma = "," in text
    if mask is None and not starts and not has_comma:
        return _WORD.findall(text), set(), removed, set(), set()
    tokens: list[str] = []
    initials: set[int] = set()
    qualifiers: set[int] = set()
    boundaries: set[int] = set()  # tokens that start a new comma part
    previous_end = 0
    for match in _WORD.finditer(text):
        start = match.start()
        if start in starts:
            initials.add(len(tokens))
        if mask is not None and mask[start]:
            qualifiers.add(len(tokens))
        if has_comma and "," in text[previous_end:start]:
            boundaries.add(len(tokens))
        previous_end = match.end()
        tokens.append(match.group())
    if len(qualifiers) == len(tokens):
        qualifiers = set()
    return tokens, initials, removed, qualifiers, boundaries


# A preposition or conjunction of one letter standing alone in small letters before a word in small letters: in a
# text that writes capitals it is a word of the running text (Russian `попал в список`, `человек в год`, `к`, `у`,
# `о`, `и другие`; Czech `v`, Polish `w`, `i`), not an initial, which is written as a capital. (Not `s`, `z`, which
# may tie a name to a place, `z Astrakhan`, nor `a`, Italian `a socio unico` of a legal form.)
_LONE_SMALL = re.compile(r"(?<!\S)[vkuowi](?!\S)")
_CONJUNCTIONS = frozenset("i")
_SPACED = re.compile(r"\S+")


def without_small_letters(text: str) -> str | None:
    """`text` without the small prepositions and conjunctions of one letter that stand alone in it before a word
    that begins in small letters, after a word, where it writes capitals too (`Даниил Борщев попал в список`,
    `Андрей Ефремов и другие`: a letter read as the person's or another's initial); None where there are none.
    Kept: one before a word in capitals, which it may tie to a name (`в интересах Кулашовой`: `screening.endings`
    reads those), one after a letter alone with no dot (spelled out: `k a s p e r s k y lab`), a conjunction
    between words in small letters (`andrei i tikhonov`: names written small, an initial small too), and any in
    a text of small letters only, where an initial may be small too. The spaces, tabs and line ends stay as they
    are."""
    if _LONE_SMALL.search(text) is None or not any(c.isupper() for c in text):
        return None
    words = list(_SPACED.finditer(text))
    cut = [w.span() for n, w in enumerate(words) if 0 < n < len(words) - 1 and _LONE_SMALL.fullmatch(w.group())
           and _worded(before := words[n - 1].group()) and _running(words[n + 1].group())
           and not (w.group() in _CONJUNCTIONS and _running(before))]
    if not cut:
        return None
    out, at = [], 0
    for start, end in cut:
        out.append(text[at:start])
        at = end
    out.append(text[at:])
    return "".join(out)


def _running(word: str) -> bool:
    """A word of running text: two letters or more, the first in small letters."""
    return len(word) > 1 and word[0].islower()


def _worded(word: str) -> bool:
    """A word of two letters or more, or an initial with its dot (`А.`; not a letter alone, spelled out)."""
    return sum(c.isalpha() for c in word) > 1 or word.endswith(".")


def join_spelled(tokens: list[str], qualifiers: set[int], boundaries: set[int]
                  ) -> tuple[list[str], set[int], set[int]]:
    """Join a run of three or more single letters into one word (`K A S P E R S K Y` -> `kaspersky`)."""
    out: list[str] = []
    where: list[int] = []  # new position of each old token
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j]) == 1 and tokens[j].isalpha():
            j += 1
        if j - i >= 3:
            where.extend([len(out)] * (j - i))
            out.append("".join(tokens[i:j]))
            i = j
        else:
            where.append(len(out))
            out.append(tokens[i])
            i += 1
    return out, {where[q] for q in qualifiers}, {where[b] for b in boundaries}


def tokens_of(text: str) -> tuple[str, ...]:
    """Tokens of a reference-table entry, folded exactly as a query is (steps 1-9)."""
    if text.isascii() and text.isalpha() and (text.islower() or text[1:].islower()):
        return (text.lower(),)  # one plain word: what the full path would give, much sooner
    return tuple(tokenize(clean(text))[0])


