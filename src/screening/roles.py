"""A listed person's role as evidence: `Zenkin, Head of Corporate Communications`, `Kaspersky COO Tikhonov`.

The list gives each executive's role and employer (`Chief Legal Officer; member of the board of directors,
AO Kaspersky Lab`). A query word of the role or the employer confirms the person instead of costing as a
word the name does not explain; with no given name, the role can stand in for it (`screening.persons`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from screening.lexicon import TokenInfo, lexicon
from screening.normalize import normalize

__all__ = ["holds_listed_title", "role_stands_in", "role_titles", "role_words", "telling_role"]

_EVIDENCE = 2  # telling role words an aside must hold to stand in for a given name
_FILLER = frozenset({"member", "board", "directors"})  # besides stopwords (`of`, `for`): words of any board seat


def role_words(role: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The telling words of a listed role (not `of`, `member`, `board` ...) with its abbreviations (the
    initials of each part's words before `of` / `for`: `Chief Legal Officer` clo, `Executive Vice President
    for ...` evp); the words of the employer, a part that carries a legal form (`AO Kaspersky Lab`); and the
    employer's domain words and legal form (`lab`, `ao`), which say nothing alone but are part of its name."""
    lex = lexicon()
    filler = _FILLER | lex.stopwords
    words: set[str] = set()
    employer: set[str] = set()
    domain: set[str] = set()
    for part in re.split(r"[;,]", role):
        norm = normalize(part)  # as a query's words are read (`Technologies` is `technology`)
        telling = {t for t in norm.tokens if len(t) > 2 and t not in filler}
        if norm.legal_forms:
            employer |= telling - lex.generic  # the employer's own name, not its domain words (`lab`)
            domain |= (telling & lex.generic) | {t for form in norm.legal_text for t in form.split()}
            continue
        words |= telling
        head = list(itertools.takewhile(lambda t: t not in filler, norm.tokens))
        if len(head) >= 2:
            words.add("".join(t[0] for t in head))
    return frozenset(words), frozenset(employer), frozenset(domain)


def role_titles(role: str) -> tuple[frozenset[str], ...]:
    """The titles a listed role holds, as a query's words would write them: each part's words before `of` /
    `for`, two or more (`Chief Business Development Officer`: chief, business, development, officer; not `Head`
    of `Head of Corporate Communications`, any person's title), and their initials as one word (`cbdo`)."""
    filler = _FILLER | lexicon().stopwords
    out: list[frozenset[str]] = []
    for part in re.split(r"[;,]", role):
        norm = normalize(part)
        head = list(itertools.takewhile(lambda t: t not in filler, norm.tokens))
        if norm.legal_forms or len(head) < 2:
            continue
        out += [frozenset(head), frozenset({"".join(t[0] for t in head)})]
    return tuple(dict.fromkeys(out))


def holds_listed_title(words: frozenset[str], titles: tuple[frozenset[str], ...]) -> bool:
    """Whether a query's words (`words`) hold one of the person's listed titles whole (`role_titles`: `CBDO`,
    `Executive Vice President`; not `Chief` nor `Director` alone, any person's)."""
    return any(title <= words for title in titles)


def telling_role(role: set[tuple[str, bool]], employer_words: frozenset[str]) -> bool:
    """True when a query's words of the person's listed role (`role`: each such word and whether it stands in an
    aside) hold two that no other person's title holds too (`Director of Future Technologies`: future, technology;
    not `Director`, `Chief Officer`, nor the employer's words)."""
    titles = lexicon().titles
    return len({text for text, _ in role if text not in titles and text not in employer_words}) >= _EVIDENCE


def role_stands_in(role: set[tuple[str, bool]], tokens: Sequence[TokenInfo],
                   employer_words: frozenset[str]) -> bool:
    """True when the role words of a query with no given name say who the person is (`role`: each such word
    and whether it stands in an aside): two telling words of the listed role in an aside (after a title,
    in brackets: `Zenkin, Head of Corporate Communications`), or the employer with a title (`Kaspersky COO
    Tikhonov`). Not a company named with such words (`Suvorov Business Systems`), nor bare titles
    (`Ivanov, Chief Technology Officer`)."""
    titles = lexicon().titles
    telling = {text for text, aside in role if aside and text not in titles and text not in employer_words}
    employer = any(text in employer_words for text, _ in role)
    return len(telling) >= _EVIDENCE or (employer and any(t.text in titles for t in tokens))
