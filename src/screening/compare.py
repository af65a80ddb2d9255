"""`compare(a, b)`: score two names directly, with the same rules and evidence as a screening hit.

`b` plays the listed name and `a` the query; the score is the mean of both directions, so that
`compare(a, b) == compare(b, a)` while an unexplained extra word still costs (the screening asymmetry
is kept inside each direction). The evidence is that of the direction that scored lower. `kind` says
whether the names are of persons or organisations; when None, both are read as persons if both look like
one, else as organisations. As in screening, either name is also read with words joined or split as the
other writes them (`screening.respace`), and the evidence says so (`respaced`) when that scores higher.
"""

from __future__ import annotations

from screening.index import NameRecord
from screening.lexicon import analyse
from screening.models import Comparison, Evidence, NameType, Party, PartyName
from screening.normalize import NormalizedName, _vocab, normalize
from screening.persons import PersonProfile, company_form, expand_initials, looks_like_person, person_score
from screening.ranking import clamp
from screening.respace import Respacer
from screening.scoring import org_score
from screening.tokens import clean

__all__ = ["compare"]

_KINDS = ("organization", "person")


def _one_way(query: str, listed: str, q_norm: NormalizedName, l_norm: NormalizedName, kind: str,
             respaced: tuple[str | None, str | None]) -> tuple[float, tuple[Evidence, ...]]:
    """`query` scored against `listed`, also with either read with words joined or split as the other
    writes them (`respaced`: `Mikhai l Gerber` and `Mikhail Gerber`), whichever scores highest."""
    best = _scored(q_norm, l_norm, listed, kind)
    q_again, l_again = respaced
    for q, l, read in ((q_again, listed, 0), (query, l_again, 1)):
        if q is None or l is None:
            continue
        if kind == "person" and len((q_norm if read == 0 else l_norm).tokens) == 1:
            continue  # one word cut into a whole person's name is a surname, not the person (`Antonelli`)
        scored = _scored(normalize(q), l_norm if read == 0 else normalize(l), l, kind)
        if scored[0] > best[0]:
            # (the query's reading is a query part; the listed name's, a candidate part)
            written, text = (query, q) if read == 0 else (listed, l)
            best = scored[0], (Evidence("respaced", 1.0, query if read == 0 else "", text,
                                        f"read {written!r} as {text!r}: words joined or split as the other name "
                                        "writes them"), *scored[1])
    return best


def _respaced(name: str, other: NormalizedName, other_text: str) -> str | None:
    """`name` with words joined or split as `other` writes them (spaces collapsed); None when alike."""
    words = Respacer.of(other.tokens, (other_text,))
    again = words.respace(name if name.isascii() else clean(name, cjk_words=_vocab().cjk_words))
    return None if again is None else " ".join(again.split())


def _scored(q_norm: NormalizedName, l_norm: NormalizedName, listed: str, kind: str
            ) -> tuple[float, tuple[Evidence, ...]]:
    if not (q_norm.screenable and l_norm.screenable and q_norm.tokens and l_norm.tokens):
        return 0.0, ()  # (a name screenable by an alternate reading alone has no words here: `LtLtLT%C:O`)
    q_tokens = analyse(q_norm.tokens, q_norm.qualifiers, query=True)
    party = Party(id="compared", kind=kind, name=listed, names=(PartyName(listed, NameType.PRIMARY),), listings=())
    if kind == "person":
        return person_score(expand_initials(q_norm, q_tokens), PersonProfile.build(party),
                            company_form=company_form(q_norm))
    record = NameRecord(0, party.names[0], l_norm, analyse(l_norm.tokens, l_norm.qualifiers))
    scored = org_score(q_tokens, q_norm.legal_forms, record, party, frozenset())
    return (scored.score, scored.evidence) if scored else (0.0, ())


def _looks_like_person(text: str) -> bool:
    """A given name or patronymic and no company words, or a family name with dotted initials."""
    norm = normalize(text)
    tokens = analyse(norm.tokens, norm.qualifiers)
    if norm.dotted and not norm.tokens[1:] and len(norm.legal_forms) == 1:
        return True  # `Tikhonov A.G.`: the dotted initials were read as a legal form (AG)
    return looks_like_person(expand_initials(norm, tokens), () if norm.dotted else norm.legal_forms)


def compare(a: str, b: str, *, kind: str | None = None) -> Comparison:
    """How alike two names are, in [0, 1], with the evidence (see the module docstring)."""
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError("compare() takes two str names")
    if kind is not None and not isinstance(kind, str):
        raise TypeError(f"kind must be a str or None, not {type(kind).__name__}")
    if kind is not None and kind not in _KINDS:
        raise ValueError(f"kind must be one of {_KINDS} or None, got {kind!r}")
    if kind is None:
        kind = "person" if _looks_like_person(a) and _looks_like_person(b) else "organization"
    a_norm, b_norm = normalize(a), normalize(b)
    a_again, b_again = _respaced(a, b_norm, b), _respaced(b, a_norm, a)
    forward, forward_evidence = _one_way(a, b, a_norm, b_norm, kind, (a_again, b_again))
    backward, backward_evidence = _one_way(b, a, b_norm, a_norm, kind, (b_again, a_again))
    # Explain the direction that scored lower: it is where the names differ.
    evidence = forward_evidence if forward <= backward else backward_evidence
    score = round(clamp((forward + backward) / 2), 4)
    return Comparison(a=a, b=b, a_normalized=a_norm.key, b_normalized=b_norm.key, kind=kind,
                      score=score, evidence=evidence)
