"""A name whose letters are set apart, read with them together: `K A S P E R S K Y  L A B`, `Kas_per_sky`.

Two disguises (or export quirks) the tokenizer alone reads as many short words:

* **letters spelled out**, one space between letters and two between words (`L a b o r a t o r i y a
  K a s p e r s k o g o`): each run of three or more single letters is one word, and the wider gaps part the
  words (the normaliser alone makes one word of every single letter in a row, and may read `a K a` as an
  alias marker);
* **pieces joined by dots or underscores** with no space (`Ka.sp.er.sky`, `Kas_per_sky_Lab_Inc`): three
  pieces or more, read as one word, whose capitals then part it (`KasperskyLabInc` -> `Kaspersky Lab Inc`);
  single letters only from five on (`I.V.A.N.O.V.`: shorter runs are initials and legal forms, `G.m.b.H.`).

Each reading is an alternate name the screener matches too (`screening.normalize`), never a replacement.
Pure functions of the text.
"""

from __future__ import annotations

import re

__all__ = ["punctuated_apart", "spelled_apart"]

_SPELLED = re.compile(r"(?<!\w)[^\W\d_](?: [^\W\d_](?!\w)){2,}")  # three or more single letters, one space apart
# a run of them, a wider gap (a comma or semicolon may open it: `T I K H O N O V ,   A n d r e i`), and another
_WIDE = re.compile(r"[^\W\d_](?: ?[,;])? {2,}[^\W\d_] [^\W\d_](?!\w)")
_DOTTED_LETTERS_MIN = 5  # letters a run of dotted single letters needs to be a name (legal forms have four at most)
# what every such word holds past its first piece, for a fast first look (a piece of two letters or more, or
# single letters to five): not `S.r.l.`, `S.A.S.`, `G.m.b.H.`
_TWO_JOINS = re.compile(r"[._](?:[^\W_]{2,}[._][^\W_]|[^\W_][._][^\W_]{2}|[^\W_](?:[._][^\W_]){3})")
_PIECES = re.compile(r"(?<![\w.])[^\W_]+(?:[._][^\W_]+){2,}(?![\w]|\.\w)")  # word.word.word, word_word_word


def spelled_apart(text: str) -> str | None:
    """`text` with each run of single letters written as one word (`L a b  K a s` -> `Lab  Kas`), or None
    when no such run stands beside a wider gap (one run alone is read as one word already)."""
    if "  " not in text or not _WIDE.search(text):
        return None
    out = _SPELLED.sub(lambda m: m.group().replace(" ", ""), text)
    return out if out != text else None


def punctuated_apart(text: str) -> str | None:
    """`text` with the dots and underscores inside a word of three pieces or more dropped
    (`Ka.sp.er.sky` -> `Kaspersky`, `Kas_per_sky_Lab_Inc` -> `KasperskyLabInc`; no piece a number), or None
    when there is none."""
    if not _TWO_JOINS.search(text):
        return None

    def joined(match: re.Match[str]) -> str:
        run = match.group()
        pieces = re.split(r"[._]", run)
        if max(map(len, pieces)) == 1 and len(pieces) < _DOTTED_LETTERS_MIN:
            return run  # dotted initials (`S.r.l.`, `G.m.b.H.`): the normaliser collapses them
        if any(piece.isdigit() for piece in pieces):
            return run  # a date, a version or an address (`14.02.1965`, `11.11.0.452`), not a word
        return "".join(pieces)

    out = _PIECES.sub(joined, text)
    return out if out != text else None
