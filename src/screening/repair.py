"""Undo the damage text takes on its way through exports, web forms and legacy encodings (normaliser step 0).

* HTML character references (`&#1051;&#1072;`, `&laquo;`, `&amp;`) are resolved;
* percent-encoding (`%D0%90%D0%9E`, `Kaspersky%20Lab`) is decoded when the bytes are valid UTF-8, and so is
  JavaScript's `escape()` of a letter beyond Latin-1 (`%u041B%u0430`);
* backslash escapes a JSON, JavaScript, Python or log export writes are read: `\\u0410\\u041e` (surrogate pairs
  too), `\\xd0\\x90` bytes and the octal bytes C, git and `ls` write (`\\320\\220`, two or more beyond ASCII in
  a row) when they are valid UTF-8, `\\"`, `\\'`, `\\/`, and `\\n`, `\\r`, `\\t` written out (a line end or
  tab there parts a record's fields, as written ones do: `tokens.field_parts`);
* a domain's labels in punycode (`xn--80akjebc7ajgd.xn--p1ai`) are read as the letters they encode;
* e-mail's encodings are read: encoded words (`=?utf-8?b?0KLQuNGF...?=`, RFC 2047) and quoted-printable
  bytes (`=D0=90=D0=9E`) when they are UTF-8;
* mojibake is decoded back:
  - UTF-8 read as Windows-1252 or Latin-1 (`Ð›Ð°Ð±Ð¾` -> `Лабо`, `beschrÃ¤nkter` -> `beschränkter`),
  - UTF-8 read as Windows-1251 (`Р›Р°Р±Рѕ` -> `Лабо`),
  - Windows-1251 read as Windows-1252 or Latin-1 (`Ëàáîðàòîðèÿ` -> `Лаборатория`), what an 8-bit
    Russian export becomes in a reader that assumes Western European text (as `csvio` reads a legacy file
    its Russian-text rule does not catch, or one given as cp1252),
  - UTF-8 read as DOS or KOI8 Russian (`╨Р╨Ю`, `п⌡п╟п╠`) or as Shift-JIS (`譬ｪ蠑丈ｼ夂､ｾ`), tried only on
    text holding what such a reading makes (box drawing, half-width katakana), and UTF-8 read as Windows-1251
    whose one undefined byte came out as a control character (`Р\x98` for `И`),
  - each of these done twice (UTF-8 read as Windows-1252, written as UTF-8 and read so again: `Ã\x90â€º`), read
    back step by step;
  - with a byte the reader could not show written `?` or U+FFFD (`Ð?Ð½Ð´Ñ€ÐµÐ¹`, `Р?РІР°РЅРѕРІ`), or dropped
    (`ÐÐ½Ð´Ñ€ÐµÐ¹`): read as the likeliest letter it leaves (`_LOST`: Андрей, Иванов); and with the last
    character cut short, as a field cut at its length cuts it, left out;
  - UTF-8 read as Mac OS Roman (`–¢–ò–•–û–ù–û–í`: ТИХОНОВ), where two or more of its Cyrillic leads show (`–`,
    `—` before a letter that reader makes of a byte beyond ASCII);
  - UTF-8 Thai or Devanagari read as Windows-1252, where the reading is that one script alone;
* percent-encoding of a percent sign (`%25D0%259B`, encoded twice) is decoded again, and percent-encoded bytes
  of an 8-bit code page (`%CB%E0%E1`) where the mojibake repair reads them as letters; so are the hex escapes
  of an RTF document, two or more in a row (`\'cb\'e0\'e1`; one alone is as often a quote escaped, `O\'Dea`).

Russian text moved between KOI8-R (or KOI8-U), DOS (cp866) and Windows-1251 (`мбвптбфптйс` = `ЛАБОРАТОРИЯ`:
the tables hold the same letters in other places) is never certain, as the damage stays Cyrillic:
`codepage_readings` gives the other readings of Cyrillic text with almost no vowels, with words in flipped case
(`фЙИПОПЧ`), or with symbols among its letters that Russian text does not hold (`╦рсюЁрЄюЁш`, `Ђ®`); and of 8-bit
text, mostly beyond ASCII, that reads as Japanese, Chinese or Korean in Shift-JIS, GBK, Big5 or EUC-KR
(`ƒJƒXƒyƒ‹ƒXƒL`: カスペルスキー), or as Greek, Hebrew, Arabic or Thai in their Windows code pages (`ÊÜóðåñóêé`:
Κάσπερσκι), which a reader for Windows-1252 made of it. The normaliser screens each as an alternate name.

Each repair is taken only when it is certain: re-encoded bytes must decode strictly as UTF-8 (which text
that was not mojibake practically never does), and a Windows-1251 reading needs most letters to be
Latin-1 accented letters (`Société Générale` keeps its accents). Text needing none is returned as is.
"""

from __future__ import annotations

import codecs
import functools
import re
import urllib.parse

__all__ = ["codepage_readings", "may_decode", "repair"]

_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")  # (two of them, or `%20`, tell percent-encoding: not `100% AB`)
_ROUNDS = 3  # times the same damage is read back at most (percent-encoding, mojibake)
# an RTF document's bytes beyond ASCII, two or more in a row (`\'cb\'e0`), read before the escapes (one alone is as
# often a quote escaped before a word: `O\'Dea`, `\'Efremov\'`)
_RTF_HEX = re.compile(r"(?:\\'[89a-fA-F][0-9a-fA-F]){2,}")
# a backslash escape (an escaped backslash is read first, so that `\\\\n` stays a backslash and an n)
# (`\n`, `\r`, `\t` not before a small letter: `CORP\tikhonov` is a Windows account, no tab)
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|(x[0-9A-Fa-f]{2}(?:\\x[0-9A-Fa-f]{2})*)|([nrt])(?![a-z])|([\"'/\\]))")
_ESCAPED_CONTROLS = {"n": "\n", "r": "\r", "t": "\t"}
# octal escapes of bytes beyond ASCII, two or more in a row (`\320\220`: UTF-8 as C, git and `ls` write it); one
# alone, or of ASCII, is as often a path's (`C:\2024\101`)
_OCTAL_RUN = re.compile(r"(?:\\[23][0-7]{2}){2,}")
_JS_ESCAPE = re.compile(r"%u([0-9A-Fa-f]{4})")  # JavaScript's `escape()` of a character beyond Latin-1
# a domain's label in punycode (IDNA: `xn--80akjebc7ajgd`), read where it decodes
_PUNYCODE = re.compile(r"(?<![\w-])xn--([a-z0-9-]{1,59})(?![\w-])", re.IGNORECASE)
# Python's `b'...'` or `u'...'` written whole, its quote closed
_LITERAL_PREFIX = re.compile(r"(?<![\w'\"])[bBuU](?=(['\"])(?:[^'\"\\\n]|\\.)*\1)")
# an e-mail header's encoded word (RFC 2047: `=?utf-8?b?0KLQuNGF...?=`, `=?UTF-8?Q?=D0=A2=D0=B8?=`)
_ENCODED_WORD = re.compile(r"=\?[\w.:-]{1,40}\?[bBqQ]\?[^?\s]{1,600}\?=")
_BETWEEN_ENCODED_WORDS = re.compile(r"(?<=\?=)\s+(?==\?)")
# quoted-printable bytes (`=D0=90=D0=9E`: a mail body or an export of one), decoded where they are UTF-8
_QUOTED_PRINTABLE_RUN = re.compile(r"(?:=[0-9A-F]{2})+")
_QUOTED_PRINTABLE_HIGH = re.compile(r"=[89A-F][0-9A-F]=[89A-F][0-9A-F]")  # (a letter beyond ASCII in UTF-8)

# A character as Windows-1252 (or, for the five bytes it leaves undefined, Latin-1) decoded it -> the byte.
_BYTE_OF: dict[str, int] = {}
for _byte in range(0x80, 0x100):
    _BYTE_OF[chr(_byte)] = _byte  # Latin-1
    try:
        _BYTE_OF[bytes([_byte]).decode("cp1252")] = _byte
    except UnicodeDecodeError:
        pass
# Windows-1251 Cyrillic letters read as Latin-1 / 1252: А-я, and Ё ё І і Є є Ї ї Ґ ґ Ў ў
_HIGH_LETTERS = re.compile("[\u00c0-\u00ff\u00a8\u00b8\u00b2\u00b3\u00aa\u00ba\u00af\u00bf\u00a5\u00b4\u00a1\u00a2]")
_MIN_HIGH = 4  # a 1251 reading needs at least this many such letters ...
_HIGH_SHARE = 0.6  # ... and this share of the letters
_LEAD_SHARE = 0.3  # a UTF-8-as-1251 reading needs this share of leads (`Р`, `С` ...) among non-ASCII letters
_RUSSIAN_MARKS = frozenset("«»„“”–—№…©\u00a0")  # what else Windows-1251 Russian text holds
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")
_MIN_KOI8_LETTERS = 6  # a shorter text says too little (`ВТБ`)
_MAX_DAMAGED_VOWELS = 0.2  # Russian text holds about 42% vowels; KOI8-R read as Windows-1251 or back, ~15%
_MIN_READ_VOWELS = 0.25  # (`Смирнов` 29%)
# the tables also swap the cases: a capitalised word comes out small, then capitals (`фЙИПОПЧ`, Тихонов)
_FLIPPED_CASE = re.compile("(?<![\u0400-\u04ff])[\u0430-\u044f\u0451][\u0410-\u042f\u0401]{2,}")
# Readers UTF-8 may have been decoded with besides Windows-1252 and -1251: DOS and KOI8 Russian, Shift-JIS;
# tried only on text holding what they make of it and real text seldom holds: box drawing, `⌠⌡`, half-width
# katakana (this class and the others below are compiled when first used, `_class`: their wide ranges take
# milliseconds to compile, which an import need not pay)
_OTHER_READERS = ("cp866", "koi8-r", "koi8-u", "cp932")
_OTHER_MARK = "[\u2500-\u25ff\u2320\u2321\uff61-\uff9f]"
_IDEOGRAPH = "[\u4e00-\u9fff]"  # (what UTF-8 read as Shift-JIS holds besides half-width katakana)
_MIN_OTHER = 4  # characters beyond ASCII such a text holds at least (`─Д` read back is `Ą`: chance) ...
_MIN_READ = 3  # ... and letters its reading holds, most of its characters (`├│ ├│` is `ó ó`: chance too)
# UTF-8 Cyrillic read as Mac OS Roman: each letter a lead (`–` for D0, `—` for D1) and the letter that reader makes of
# the byte after it (80-BF); two or more such pairs tell it
_MAC_LEAD = "[\u2013\u2014][" + bytes(range(0x80, 0xC0)).decode("mac_roman") + "]"
_MIN_MAC_LEADS = 2

# Cyrillic code pages whose text one read in another (`codepage_readings`: it leaves among the letters what
# Russian text does not hold, box drawing, `®`, `€`, `‹`, `¤`: `_NOT_RUSSIAN`)
_NOT_RUSSIAN = "[^\x00-\x7f\u0400-\u04ff" + "".join(sorted(_RUSSIAN_MARKS)) + "]"
_CYRILLIC_PAIRS = (("cp1251", "koi8-r"), ("koi8-r", "cp1251"), ("cp1251", "koi8-u"), ("koi8-u", "cp1251"),
                   ("cp1251", "cp866"), ("cp866", "cp1251"), ("koi8-r", "cp866"), ("cp866", "koi8-r"))

# East Asian code pages 8-bit text may be read in (`codepage_readings`), the letters their readings hold (kana,
# CJK punctuation, ideographs, full- and half-width forms), and the half-width katakana among them
_EAST_ASIAN = ("cp932", "gbk", "big5", "euc-kr")
_EAST_ASIAN_LETTER = "[\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff9f]"
_HALF_WIDTH = "[\uff61-\uff9f]"
_MIN_EAST_ASIAN = 3  # letters such a reading holds at least, half-width katakana aside
# One-byte code pages of other scripts a Windows-1252 reader shows as Western letters (`ÊÜóðåñóêé` is Greek), and
# the block a reading in each holds all its letters beyond ASCII in
_SCRIPT_PAGES = (("cp1253", "\u0370-\u03ff"), ("cp1255", "\u0590-\u05ff"), ("cp1256", "\u0600-\u06ff"),
                 ("cp874", "\u0e00-\u0e7f"))
_MIN_HIGH_SHARE = 0.5  # share of the text's characters (not spaces) beyond ASCII, for such a reading


def may_decode(text: str) -> bool:
    """Whether ASCII `text` may hold something `repair` decodes into other letters or other words (the
    screener's prefilter reads text as written and cannot tell)."""
    return (("&" in text and ";" in text) or "%" in text or "\\" in text or ("=?" in text and "?=" in text)
            or ("=" in text and _QUOTED_PRINTABLE_HIGH.search(text) is not None) or _punycode_marked(text))


def repair(text: str) -> str:
    """`text` with HTML references, percent-encoding, backslash escapes, e-mail's encodings and mojibake
    undone (see the module docstring)."""
    if "&" in text and _ENTITY.search(text):
        import html  # (here: few names hold a reference, and a fresh process starts faster without it)

        text = html.unescape(text)
    escaped = "%u" in text or "%U" in text
    if escaped:
        text = _JS_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    if "%" in text and ("%20" in text or len(_PERCENT.findall(text)) > 1):
        text = _percent_decoded(text)
    if "\\'" in text:  # (an RTF document's bytes: read as a Windows-1252 reader would, the mojibake repair after)
        text = _RTF_HEX.sub(lambda match: _western(bytes.fromhex(match.group().replace("\\'", ""))), text)
    if "\\" in text:
        # (Python's `b'...'`, `u'...'`: the letter is no word; read before the escapes, as a quote escaped
        # after a letter, JSON's `B\"`, is none)
        text = _LITERAL_PREFIX.sub("", text)
        text = _OCTAL_RUN.sub(_octal_bytes, text)
        text = _ESCAPE.sub(_unescaped, text)
        escaped = True
    if escaped and any("\ud800" <= c <= "\udfff" for c in text):  # (a character beyond the BMP, written as a pair)
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if _punycode_marked(text):
        text = _PUNYCODE.sub(_punycode_label, text)
    if "=?" in text and "?=" in text:
        text = _encoded_words(text)
    if "=" in text and _QUOTED_PRINTABLE_HIGH.search(text) is not None:  # (only letters beyond ASCII decode)
        text = _QUOTED_PRINTABLE_RUN.sub(_printable, text)
    for again in range(_ROUNDS if not text.isascii() else 0):  # (damage done twice is read back twice: as UTF-8)
        read = _demojibake(text, utf8_only=again > 0)
        if read == text:
            break
        text = read
    return text


def _percent_decoded(text: str) -> str:
    """`text` percent-decoded (again where it encodes a percent sign, `%25D0`: encoded twice); bytes that are
    no UTF-8 are read as an 8-bit code page where the mojibake repair reads letters of them, else left as
    written (`%FF%FE`)."""
    for _ in range(_ROUNDS):
        twice = "%25" in text
        try:
            text = urllib.parse.unquote(text, errors="strict")
        except UnicodeDecodeError:
            western = urllib.parse.unquote(text, encoding="latin-1")
            read = _demojibake(western)
            return read if read != western else text
        if not twice:
            break
    return text


def _western(raw: bytes) -> str:
    """`raw` as a reader for Windows-1252 shows it: UTF-8 as such, the rest each byte its character (Latin-1
    for the five Windows-1252 leaves undefined)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


def _encoded_words(text: str) -> str:
    """`text` with each RFC 2047 encoded word decoded; one that does not decode stays as written."""
    import email.errors  # (here: few names hold one, and a fresh process starts faster without these)
    import email.header

    def decoded(match: re.Match[str]) -> str:
        try:
            read = str(email.header.make_header(email.header.decode_header(match.group())))
        except (ValueError, LookupError, UnicodeDecodeError, email.errors.HeaderParseError):
            return match.group()
        return read if read.strip() else match.group()  # (junk base64 decodes to nothing)
    # (encoded words side by side are one text: the space between them is no part of it)
    return _ENCODED_WORD.sub(decoded, _BETWEEN_ENCODED_WORDS.sub("", text))


def _printable(match: re.Match[str]) -> str:
    """A run of quoted-printable bytes as the UTF-8 text it writes; as written where it is none, or where it
    writes only ASCII (`C=DE`, `ST=41` are a record's fields: quoted-printable writes ASCII as itself)."""
    try:
        read = bytes.fromhex(match.group().replace("=", "")).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()
    return match.group() if read.isascii() else read


def _unescaped(match: re.Match[str]) -> str:
    """What a backslash escape stands for (`_ESCAPE`); escaped bytes that are no UTF-8 stay as written."""
    code, hexes, control, char = match.groups()
    if code is not None:
        return chr(int(code, 16))
    if hexes is not None:
        try:
            return bytes.fromhex(hexes.replace("\\", "").replace("x", "")).decode("utf-8")
        except UnicodeDecodeError:
            return match.group()
    return _ESCAPED_CONTROLS[control] if control is not None else char


def _octal_bytes(match: re.Match[str]) -> str:
    """A run of octal escapes as the UTF-8 text its bytes write (`_OCTAL_RUN`); as written where it is none."""
    raw = bytes(int(code, 8) for code in match.group().split("\\")[1:])
    return _utf8(raw) or match.group()


def _punycode_marked(text: str) -> bool:
    """Whether `text` may hold a domain's label in punycode (`_PUNYCODE`): a quick test."""
    return "xn--" in text or "XN--" in text or "Xn--" in text


def _punycode_label(match: re.Match[str]) -> str:
    """A domain's punycode label as the letters it encodes; as written where it decodes to none beyond ASCII."""
    try:
        read = match.group(1).lower().encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return match.group()
    return match.group() if read.isascii() or not all(c.isalnum() or c == "-" for c in read) else read


def _demojibake(text: str, utf8_only: bool = False) -> str:
    """`text` with its mojibake read back (see the module docstring); `utf8_only`: UTF-8 readings only (the damage
    done again, once read back: `ÉÉ ÀÀ`, read back from `Ã‰Ã‰ Ã€Ã€`, is no Windows-1251 text)."""
    if ("\u2013" in text or "\u2014" in text) and len(_class(_MAC_LEAD).findall(text)) >= _MIN_MAC_LEADS:
        try:
            mac = text.encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        else:
            if all(map(_plausible, mac)):
                return mac
    raw = _as_8bit(text.replace("\ufffd", "?"))  # (a byte a reader could not show: `?`, or U+FFFD)
    if raw is not None:
        decoded = _utf8(raw)
        if decoded is None:
            found = _lost_found(raw, _TWICE_LEAD.search(text) is not None)
            decoded = _damaged_utf8(found)
            if decoded is None and (b"\xd0" in found or b"\xd1" in found):
                decoded = _damaged_utf8(_dropped_found(found))
        if decoded is not None and not all(_plausible(c) for c in decoded) and not _indic_or_thai(decoded):
            decoded = None
        if decoded is not None and any(c >= "\u00c0" and c.isalpha() for c in decoded):
            return decoded
        # (a UTF-8 reading with no accented or non-Latin letter, `Â®` -> `®`, yields to a Windows-1251
        # one: `ВЁ` is `C2 A8` there, which UTF-8 reads as `¨`; one with a vowel: `В«В«`, `C2 AB` twice, is
        # `««` in UTF-8, no Russian word)
        high = len(_HIGH_LETTERS.findall(text))
        letters = high + sum(c.isalpha() for c in text if c < "\u00a0")
        if not utf8_only and high >= _MIN_HIGH and high >= _HIGH_SHARE * letters:
            cyrillic = raw.decode("cp1251", errors="replace")
            if _russian(cyrillic) and (decoded is None or _vowel_share(cyrillic)[1] > 0):
                return cyrillic  # (damaged UTF-8 read so would show symbols: `Р›Р°`)
        return decoded if decoded is not None else text
    # UTF-8 Cyrillic read as Windows-1251: every letter becomes `Р`, `С` (`Т`, `У` for Ґ, Ў ...) and one
    # more character (decoded first: for Cyrillic text that is no mojibake it fails at once)
    # (`Р?`, `Р\ufffd`: the byte lost is И's second, the one Windows-1251 leaves undefined)
    lost = text.replace("\u0420?", "\u0420\x98").replace("\u0420\ufffd", "\u0420\x98") if "\u0420" in text else text
    try:
        raw = _as_1251(lost)
    except UnicodeEncodeError:
        decoded = None
    else:
        decoded = _utf8(raw)
        if decoded is None:
            decoded = _damaged_utf8(raw)
    if decoded is not None:
        leads = sum(map(text.count, "РСТУ"))
        if leads >= 2 and leads >= _LEAD_SHARE * sum(not c.isascii() and c.isalpha() for c in text):
            return decoded
    if _class(_OTHER_MARK).search(text) is not None and sum(not c.isascii() for c in text) >= _MIN_OTHER:
        for reader in _OTHER_READERS:
            if reader == "cp932" and _class(_IDEOGRAPH).search(text) is None:
                continue  # (half-width katakana alone are a Japanese bank's text: `ﾐｷ` is no mojibake)
            try:
                decoded = text.encode(reader).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            shown = decoded.replace(" ", "")
            letters = sum(c.isalpha() for c in shown)
            if (all(map(_plausible, decoded)) and letters >= _MIN_READ and letters >= _HIGH_SHARE * len(shown)
                    and any(c >= "\u00c0" and c.isalpha() for c in decoded)):
                return decoded
    return text


# The byte a reader for Windows-1252 could not show (and wrote `?` for) after a lead byte of UTF-8 Cyrillic: of those
# it leaves undefined (81, 8D, 8F, 90, 9D), the one of the likeliest letter (`Ð?` А, `Ñ?` с); after `Ã`, the
# lead of twice-damaged text, Ð's (`Ã?` is `Ð`), where the text shows the other lead so damaged (`Ã‘Â°`, `Ñ°`).
_LOST = {0xD0: 0x90, 0xD1: 0x81}
_TWICE_LEAD = re.compile("\u00c3\u2018[\u00c2\u00e2]")  # (`Ã‘` then the damaged byte after it; `Ã‘A` is Spanish Ñ)
_LOST_TWICE = {**_LOST, 0xC3: 0x90}


def _lost_found(raw: bytes, twice: bool) -> bytes:
    """`raw` with each `?` after a lead byte of UTF-8 Cyrillic read as the byte a reader lost there (`_LOST`)."""
    if b"?" not in raw:
        return raw
    lost = _LOST_TWICE if twice else _LOST
    return re.sub(rb"([\xc3\xd0\xd1])\?", lambda m: bytes([m.group(1)[0], lost.get(m.group(1)[0], 0x3F)]), raw)


# A byte a reader for Windows-1252 dropped after a lead byte of UTF-8 Cyrillic (one of the five it leaves undefined;
# `ÐÐ½Ð´Ñ€ÐµÐ¹`): read as the likeliest letter of those it leaves, as `_LOST` (А, с); but after a vowel, Ð's is Н
# (`ИВА?ОВ`; Ñ's stays с, as likely as я at a word's end: `Денис`, `-ия`). Read only where the text shows more such
# leads whole than dropped (`GUÐMUNDUR` is Icelandic).
_DROPPED = re.compile(rb"[\xd0\xd1](?![\x80-\xbf])")
_WHOLE_LEAD = re.compile(rb"[\xd0\xd1][\x80-\xbf]")
_AFTER_VOWEL = {0xD0: 0x9D}


def _dropped_found(raw: bytes) -> bytes:
    """`raw` with the byte a reader dropped after each lead byte of UTF-8 Cyrillic put back (`_DROPPED`)."""
    dropped = len(_DROPPED.findall(raw))
    if not dropped or len(_WHOLE_LEAD.findall(raw)) <= dropped:
        return raw
    out = bytearray()
    at = 0
    for match in _DROPPED.finditer(raw):
        out += raw[at:match.start()]
        lead, at = raw[match.start()], match.end()
        before = out[-2:].decode("utf-8", errors="ignore")[-1:]
        out += bytes([lead, _AFTER_VOWEL.get(lead, _LOST[lead]) if before in _CYRILLIC_VOWELS else _LOST[lead]])
    out += raw[at:]
    return bytes(out)


def _utf8(raw: bytes) -> str | None:
    """`raw` read strictly as UTF-8; None when it is no UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _damaged_utf8(raw: bytes) -> str | None:
    """`raw` read strictly as UTF-8 with a character cut short at its end (a field cut at its length) left out,
    where what it reads holds `_MIN_DAMAGED` characters beyond ASCII (`Groß`'s `ß` is no cut character, nor is
    a byte lost alone, `Ð?`, any certain letter); None otherwise."""
    try:
        decoded, _ = codecs.utf_8_decode(raw, "strict", False)
    except UnicodeDecodeError:
        return None
    return decoded if sum(not c.isascii() for c in decoded) >= _MIN_DAMAGED else None


_MIN_DAMAGED = 2


def _as_1251(text: str) -> bytes:
    """`text` encoded in Windows-1251, the one byte it leaves undefined read back from the control character a
    reader shows for it (`\x98`)."""
    if "\x98" not in text:
        return text.encode("cp1251")
    return b"\x98".join(part.encode("cp1251") for part in text.split("\x98"))


def _plausible(ch: str) -> bool:
    """A character a repaired name may hold: two-byte UTF-8 (Latin, Greek, Cyrillic, Armenian, Hebrew,
    Arabic), general punctuation, East Asian text, or a Windows-1252 character (`€`: the damage was done twice,
    and is read back again); not the rest of the three-byte range, where a few Windows-1251 letters can land by
    chance (`аЁЁ` read as UTF-8 is Gurmukhi)."""
    return ch < "\u0800" or "\u2000" <= ch <= "\u206f" or ch >= "\u3000" or ch in _BYTE_OF


# Scripts of the three-byte range a name may be written in whole (their UTF-8 leads read in Windows-1251 are `а¤`,
# `аҐ`, `аё`, `а№`: no Russian text's), and the letters of one a repaired name holds at least
_INDIC_OR_THAI = ("\u0900-\u097f", "\u0e00-\u0e7f")
_MIN_SCRIPT_LETTERS = 4  # (`ÀÉÎ` is no Greek, Arabic or Thai word)


def _indic_or_thai(text: str) -> bool:
    """Whether `text` beyond ASCII is Devanagari or Thai alone, `_MIN_SCRIPT_LETTERS` characters or more of it
    (`แคสเปอร์สกี้` read back from `à¹\x81à¸„à¸ª...`)."""
    return any(len(found := _class(f"[{block}]").findall(text)) >= _MIN_SCRIPT_LETTERS
               and len(found) == sum(not c.isascii() for c in text) for block in _INDIC_OR_THAI)


def _as_8bit(text: str) -> bytes | None:
    """The bytes a Windows-1252 / Latin-1 reader decoded `text` from; None when it cannot have."""
    out = bytearray()
    for ch in text:
        if ch < "\x80":
            out.append(ord(ch))
        else:
            byte = _BYTE_OF.get(ch)
            if byte is None:
                return None
            out.append(byte)
    return bytes(out)


def codepage_readings(text: str, damaged: str = "") -> tuple[str, ...]:
    """The other readings of damaged 8-bit text (see the module docstring): Cyrillic text with almost no
    vowels, a word in flipped case, or symbols Russian does not hold among its letters, read back from one
    Cyrillic code page into another, each way that reads with vowels as Russian has and holds nothing outside
    ASCII, the Cyrillic block and what Russian text holds besides (several may: one is the damage done twice,
    which no letter count tells apart from a name); and text mostly beyond ASCII that a Windows-1252 reader
    made of Japanese, Chinese or Korean bytes, read back; and `damaged`, the text before `repair` read it (as
    Windows-1251 text, maybe wrongly), made of Greek, Hebrew, Arabic or Thai bytes. None for most text."""
    found: list[str] = _script_page_readings(damaged) if damaged and not damaged.isascii() else []
    letters, share = _vowel_share(text)
    if letters >= _MIN_KOI8_LETTERS:
        # (symbols among the letters say which tables: KOI8-U and DOS ones too; else KOI8-R and Windows-1251)
        pairs = _CYRILLIC_PAIRS if not _russian(text) else _CYRILLIC_PAIRS[:2] if (
            share < _MAX_DAMAGED_VOWELS or _FLIPPED_CASE.search(text) is not None) else ()
        for source, target in pairs:
            try:
                read = text.encode(source).decode(target)
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if (read != text and _vowel_share(read)[1] >= _MIN_READ_VOWELS and _FLIPPED_CASE.search(read) is None
                    and _russian(read)):
                found.append(read)
    elif letters == 0:
        found += _east_asian_readings(text)
    return tuple(dict.fromkeys(found))


def _east_asian_readings(text: str) -> list[str]:
    """8-bit `text` (as a Windows-1252 reader shows it), mostly beyond ASCII, read as Shift-JIS or GBK, each
    where the reading holds East Asian letters and nothing else beyond ASCII, and no Latin letter."""
    raw = _as_8bit(text)  # (first: it ends at the first character no such reader shows, most text's first)
    shown = text.replace(" ", "")
    if (raw is None or not shown or sum(not c.isascii() for c in shown) < _MIN_HIGH_SHARE * len(shown)
            or sum(c.isalpha() for c in shown) < _MIN_EAST_ASIAN
            or all(c.isascii() or c.isalpha() for c in shown)):
        # (nor symbols alone, `••••••`: no name, unscreenable as written; nor letters alone, `ÉÍÓÚÑÜ`: double
        # bytes read one by one show symbols among the letters, `ƒJƒXƒyƒ‹`, `Ð÷°²£¨`)
        return []
    found = []
    for codec in _EAST_ASIAN:
        try:
            read = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        east = len(_class(_EAST_ASIAN_LETTER).findall(read))
        # (half-width katakana are one byte each: accented capitals alone read as them, `ÀÉÎ` as `ﾀﾉﾎ`)
        if (east - len(_class(_HALF_WIDTH).findall(read)) >= _MIN_EAST_ASIAN
                and east == sum(not c.isascii() for c in read)
                and not any(c.isascii() and c.isalpha() for c in read)):
            found.append(read)
    return found


def _script_page_readings(text: str) -> list[str]:
    """8-bit `text` (as a Windows-1252 reader shows it), mostly beyond ASCII and no Latin letter of ASCII, read in
    each one-byte code page of `_SCRIPT_PAGES` where the reading holds `_MIN_SCRIPT_LETTERS` letters or more of
    that page's script and nothing else beyond ASCII (`ÊÜóðåñóêé`: Κάσπερσκι). Western names hold mostly ASCII
    letters (`Ångström Éléments`); accented capitals alone (`ÀÉÎ`) read as no one script."""
    raw = _as_8bit(text)  # (first: it ends at the first character no such reader shows, a Cyrillic name's first)
    if raw is None:
        return []
    shown = text.replace(" ", "")
    beyond, letters = sum(not c.isascii() for c in shown), sum(map(str.isalpha, shown))
    if (beyond < _MIN_HIGH_SHARE * len(shown) or letters < _MIN_SCRIPT_LETTERS  # (`°°°°°°` reads as Thai letters)
            or any(c.isascii() and c.isalpha() for c in shown)):
        return []
    found = []
    for codec, block in _SCRIPT_PAGES:
        try:
            read = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        script = _class(f"[{block}]").findall(read)
        if (sum(c.isalpha() for c in script) >= _MIN_SCRIPT_LETTERS
                and len(script) == sum(not c.isascii() for c in read)):
            found.append(read)
    return found


@functools.cache
def _class(pattern: str) -> re.Pattern[str]:
    """A character class compiled when first used (see `_OTHER_MARK`)."""
    return re.compile(pattern)


def _russian(text: str) -> bool:
    """Whether `text` holds only ASCII, Cyrillic and what Russian text holds besides (`_RUSSIAN_MARKS`)."""
    return _class(_NOT_RUSSIAN).search(text) is None


def _vowel_share(text: str) -> tuple[int, float]:
    """How many Cyrillic letters `text` holds, and the share of them that are vowels."""
    letters = [c for c in text if "\u0400" <= c <= "\u04ff" and c.isalpha()]
    return len(letters), sum(c in _CYRILLIC_VOWELS for c in letters) / len(letters) if letters else 0.0
