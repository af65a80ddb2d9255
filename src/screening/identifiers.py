"""Registry, tax and passport numbers written into a name field: `Kaspersky Lab, INN 7713140469`.

Vendor masters and payment records often carry a party's tax or registry number in the same text as its
name. Two readings, both pure functions of the text:

* `ListedNumbers.find`: a listed party's identifier written anywhere in the text (its digits, in any script
  or width, with or without a label, cut by spaces, dashes, dots, slashes or `№`: `ИНН 7713 140469`,
  `паспорт 4511 № 483349`, `IT09923201009`, `７７１３１４０４６９`; a company's INN as a certificate pads it,
  `ИНН=007713140469`). A number of at least `MIN_DIGITS`
  digits names one party: the screener confirms that party with it (`Screener._confirmed`: a MATCH beside a
  name close to the party's where the list is sure of the number, else a REVIEW), and shows it as a REVIEW
  even where the name is another (a company renamed keeps its tax number).
* `without_labelled`: the text with each labelled number taken out (`INN 7713140469`, `ИНН=7713140469`,
  `ИНН/КПП 7713140469/771301001`, `P.IVA 09923201009`, `passport no. 530193947`, or a code of letters and six
  digits or more, `C.F. FRMNDR78P06Z154L`): a number and its label say nothing of the name, so neither is
  scored as a word of it. A label alone, or before a short number, stays (`Holiday Inn 24` is a name).

* `personal_tax_numbers`: the personal tax numbers the text labels (a Russian individual's INN, twelve digits:
  `ИП Тихонов А.Г., ИНН 352800114573`). One person holds one for life, so another than a listed person's,
  beyond a slip of it (`number_slip`), names another person (`scoring.attribute_adjustment`).

List-entry numbers (`ofac_sdn_ent_num`, five digits) are too short to tell in free text and are not read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import attrs

from screening.models import Identifier

__all__ = ["MIN_DIGITS", "IdentifierFound", "ListedNumbers", "may_hold_number", "number_slip", "personal_tax_numbers",
           "tax_label_start", "without_labelled"]

MIN_DIGITS = 8  # the fewest digits a listed identifier needs to be read from free text

# A run of digits with single spaces, dashes, dots or slashes inside (`7713 140469`, `45-11-483349`), or a
# `№` between a passport's series and its number (`4511 № 483349`), which may start right after a country
# prefix (`IT09923201009`); a longer digit run is no listed number's part.
_SEPARATOR = r"(?: ?№ ?|[ \-./])"
_RUN = re.compile(rf"(?<![0-9])[0-9](?:{_SEPARATOR}?[0-9])*(?![0-9])")
_SEPARATORS = re.compile(_SEPARATOR)
_GROUP = re.compile(r"[0-9]+")
# Only a text with this many digits in a row, separators aside, is read at all (a cheap first test).
_ENOUGH = re.compile(rf"[0-9](?:{_SEPARATOR}?[0-9]){{{MIN_DIGITS - 1}}}")
_LABELLED_DIGITS = 6  # the fewest digits of a number a label stands before
# Whether the text may hold a number either reading reads (a digit's match, or None): most names hold none,
# and the screener asks this first. Any script's decimal digits are read as ASCII ones (`as_read`).
may_hold_number = re.compile(r"\d").search
# a decimal digit of another script, or a full-width form of an ASCII character (`７`, `ＩＮＮ：`)
_NOT_ASCII = re.compile(r"(?![0-9])\d|[\uff01-\uff5e]")

# Labels of tax, registry and identity numbers (Russian, Ukrainian, Belarusian, Kazakh, Italian, German,
# English), as written before the number.
_LABELS = (
    r"innul|иннюл|inn|инн|ogrnip|огрнип|ogrn|огрн|kpp|кпп|okpo|окпо|edrpou|єдрпоу|едрпоу|unp|унп|bin|бин|iin|иин"
    r"|инн\s*/\s*кпп|inn\s*/\s*kpp|p\.\s?iva|partita\s+iva|codice\s+fiscale|c\.\s?f\.|ust\.?[\s-]?id(?:nr)?\.?"
    r"|steuer(?:nummer|[\s-]?nr\.?)|vat(?:\s+(?:no\.?|number|id|reg(?:istration)?\.?\s+no\.?))?|tax\s+id(?:\s+no\.?)?"
    r"|tin|ein|passport(?:\s+(?:no\.?|number|#))?|паспорт(?:\s+рф)?|national\s+id(?:\s+no\.?)?"
    r"|company\s+(?:no\.?|number)|reg(?:istration)?\.?\s+(?:no\.?|number)|crn"
)
# a label, a colon, sign or `no.`, a country prefix (`IT`, `DE`), then the number; or a code of letters and
# digits holding as many (an Italian codice fiscale, `C.F. FRMNDR78P06Z154L`; a Chinese credit code)
_LABELLED = re.compile(
    rf"(?<![\w.])(?:{_LABELS})(?!\w)\s*(?:(?:[:#№=]|no\.?)\s*)?"
    rf"(?:(?=[0-9]*[a-z])(?=(?:[a-z]*[0-9]){{{_LABELLED_DIGITS}}})[a-z0-9]{{8,20}}(?![^\W_])"
    rf"|(?:[a-z]{{2}})?[0-9](?:{_SEPARATOR}?[0-9]){{{_LABELLED_DIGITS - 1},}}(?![0-9]))", re.IGNORECASE)
# whether a text may hold such a number or code (a cheap first test)
_SIX = re.compile(rf"[0-9](?:{_SEPARATOR}?[0-9]){{{_LABELLED_DIGITS - 1}}}|(?:[0-9][a-z]*){{{_LABELLED_DIGITS}}}",
                  re.IGNORECASE)


@attrs.frozen
class IdentifierFound:
    """A listed identifier written in the text: whose (`party`, a position in the watchlist), which, and how."""

    party: int
    identifier: Identifier
    written: str


_GROUPS = 12  # groups of a run of digits read, at most
_PADDED_INN = 12  # digits of a company's ten-digit INN written with two zeros before it, as certificates do
_LONGEST = 20  # digits of the longest number read


def _digits(text: str) -> str:
    return _SEPARATORS.sub("", text)


def as_read(text: str) -> str:
    """`text` with every decimal digit of another script as its ASCII digit (`٤٥١١`) and full-width forms as
    ASCII (`ＩＮＮ：７７１３`), one character for one, so a span of the one is the same span of the other."""
    if text.isascii():
        return text
    return _NOT_ASCII.sub(_ascii, text)


def _ascii(match: re.Match[str]) -> str:
    found = match.group()
    return chr(ord(found) - 0xFEE0) if "\uff01" <= found <= "\uff5e" else str(unicodedata.decimal(found))


@attrs.frozen(eq=False)
class ListedNumbers:
    """The list's identifiers of at least `MIN_DIGITS` digits, by their digits."""

    by_digits: dict[str, tuple[tuple[int, Identifier], ...]]
    lengths: frozenset[int]

    @classmethod
    def of(cls, parties: Iterable) -> ListedNumbers:
        """The identifiers of `parties` (in watchlist order) that free text can name."""
        found: dict[str, list[tuple[int, Identifier]]] = {}
        for number, party in enumerate(parties):
            for identifier in party.identifiers:
                digits = _digits(identifier.value)
                if digits.isdigit() and len(digits) >= MIN_DIGITS:
                    found.setdefault(digits, []).append((number, identifier))
        return cls({k: tuple(v) for k, v in found.items()}, frozenset(len(k) for k in found))

    def find(self, text: str) -> list[IdentifierFound]:
        """The listed identifiers the text writes, in the order written (each once; `written` is the text's
        own characters, whatever digits it uses)."""
        read = as_read(text)
        if not self.by_digits or _ENOUGH.search(read) is None:
            return []
        out: list[IdentifierFound] = []
        seen: set[tuple[int, str]] = set()
        lengths = self.lengths
        for run in _RUN.finditer(read):
            # the run, or groups of it in a row between separators (`7713140469/771301001`, `DOB 1966 4511
            # 483349`, `ИНН-КПП 7713140469-771301001`); at most `_GROUPS` groups are read
            groups = [m.span() for m in _GROUP.finditer(read, run.start(), run.end())][:_GROUPS]
            for i, (start, _) in enumerate(groups):
                for _, end in groups[i:]:
                    digits = _digits(read[start:end])
                    if len(digits) > _LONGEST:
                        break
                    if len(digits) == _PADDED_INN and digits.startswith("00") and digits[2:] in self.by_digits:
                        digits = digits[2:]  # (a company's INN as a certificate pads it: `ИНН=007713140469`)
                    if len(digits) not in lengths:
                        continue
                    for party, identifier in self.by_digits.get(digits, ()):
                        if (party, digits) not in seen:
                            seen.add((party, digits))
                            out.append(IdentifierFound(party, identifier, text[start:end]))
        return out


def without_labelled(text: str) -> str:
    """The text with each labelled number (a label, then six digits or more, or a code of letters holding as
    many) taken out; the text itself when it has none."""
    read = as_read(text)
    if _SIX.search(read) is None:
        return text
    spans = [m.span() for m in _LABELLED.finditer(read)]
    if not spans:
        return text
    kept, at = [], 0
    for start, end in spans:
        kept += [text[at:start], " "]
        at = end
    return "".join([*kept, text[at:]])


PERSONAL_TAX_DIGITS = 12  # an individual's INN (a company's has ten)
# twelve digits in a row (not a ten-digit number and a date's digits a space apart: `ИНН 7713140469 01.02.2023`),
# not after two zeros (a company's ten-digit INN as a certificate pads it: `ИНН=007713140469`; no region is 00)
_TAX_LABELLED = re.compile(rf"(?<![\w.])(?:inn|инн|tax\s+id(?:\s+no\.?)?|tin)(?!\w)\s*(?:(?:[:#№=]|no\.?)\s*)?"
                           rf"((?!00)[0-9]{{{PERSONAL_TAX_DIGITS}}})(?![0-9]|[ .\-/][0-9])", re.IGNORECASE)


def personal_tax_numbers(text: str) -> tuple[str, ...]:
    """The twelve-digit tax numbers the text labels (`ИНН 352800114573`, `INN: 352800114573`), as digits."""
    read = as_read(text)
    if _ENOUGH.search(read) is None:
        return ()
    return tuple(dict.fromkeys(m.group(1) for m in _TAX_LABELLED.finditer(read)))


def tax_label_start(text: str) -> int:
    """Where the first labelled twelve-digit tax number of `text` starts (at its label); -1 when none does."""
    found = _TAX_LABELLED.search(as_read(text))
    return -1 if found is None else found.start()


def number_slip(written: str, listed: str) -> bool:
    """Whether `written` may be `listed` mistyped: the same, one digit other, or two neighbours swapped."""
    if len(written) != len(listed):
        return False
    off = [i for i, (a, b) in enumerate(zip(written, listed, strict=True)) if a != b]
    return len(off) <= 1 or (len(off) == 2 and off[1] == off[0] + 1 and written[off[0]] == listed[off[1]]
                             and written[off[1]] == listed[off[0]])
