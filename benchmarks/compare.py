"""`screening` against peer name matchers, in one process, on the same queries and the same list.

    .venv/bin/python benchmarks/compare.py [CSV] [--nk-every 5] [--no-nomenklatura]

Systems (every peer screens against every name of every party in `Screener().watchlist`: primary name,
aliases, former, native-script, transliterated, weak and brand names; brands are included because the
corpus counts a Kaspersky product name as a hit on a Kaspersky organisation and `screening` screens them):

* `screening` at its default thresholds (flagged on REVIEW, MATCH or UNSCREENABLE);
* `ofac-style` at 0.85 and 0.90: our plain re-implementation of the public description of OFAC's
  Sanctions List Search (see `OfacStyle`);
* rapidfuzz `process.extractOne` with `WRatio` and with `token_set_ratio` (rapidfuzz's default
  processor: lower case, non-alphanumerics to spaces) at 85 and 90;
* nomenklatura `logic-v2` and `logic-v1` at 0.70 (yente's default threshold): followthemoney `Company` /
  `Person` entities are built from our list (name, aliases as `alias`, country, birthDate); the query
  is a `LegalEntity` with the query as its only name; the best `compare` over all list entities wins.
  Optional: skipped with a note when the `bench` extra is not installed. `--nk-every N` scores only
  every N-th query (a deterministic sample) and the table says so.

For each: recall, right-party recall, FPR, precision, F1, best F1 over thresholds on its own score, and
queries per second (scoring loop only, one process); then recall per positive family.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    DEFAULT_CSV,
    Outcome,
    Row,
    best_f1,
    evaluate,
    listed_names,
    optional_import,
    pct,
    read_labelled,
    screening_outcome,
    table,
    timed,
)

Scored = tuple[float, str | None, str]  # (score in [0, 1], party id, matched listed name)


@dataclass
class Peer:
    """A scorer over the whole list and the thresholds it is reported at."""

    name: str
    thresholds: tuple[float, ...]
    score: Callable[[str], Scored]
    note: str = ""


# --- OFAC-style: Jaro-Winkler of the whole name plus Soundex of name parts -----------------------

_NON_ALNUM = re.compile(r"[\W_]+")
OFAC_MIN_PART = 3  # OFAC's search drops name parts of one or two letters
OFAC_JW_WEIGHT = 0.6  # whole-name similarity dominates; part agreement confirms or dilutes it


class OfacStyle:
    """A plain OFAC-style scorer, after OFAC's public description of Sanctions List Search.

    Both strings are upper-cased and punctuation becomes spaces (no transliteration: OFAC does not
    transliterate, so Cyrillic queries only match Cyrillic listed names). The score against one listed
    name is `0.6 * JW + 0.4 * SX`, where JW is the Jaro-Winkler similarity of the whole names and SX the
    Soundex agreement of their name parts of three or more letters: the mean, over both directions, of
    the share of one side's parts whose Soundex code appears among the other side's. A query's score is
    the maximum over every listed name. The weights are ours: OFAC publishes the ingredients, not the
    formula.
    """

    def __init__(self, names: Sequence[tuple[str, str, str]]) -> None:
        import jellyfish

        self._jw = jellyfish.jaro_winkler_similarity
        self._soundex = jellyfish.soundex
        self._names = [(self._norm(text), pid, text) for text, pid, _ in names]
        self._codes = [self._part_codes(norm) for norm, _, _ in self._names]

    @staticmethod
    def _norm(text: str) -> str:
        return " ".join(_NON_ALNUM.sub(" ", text.upper()).split())

    def _part_codes(self, norm: str) -> frozenset[str]:
        return frozenset(self._soundex(p) for p in norm.split() if len(p) >= OFAC_MIN_PART)

    def __call__(self, query: str) -> Scored:
        q = self._norm(query)
        qc = self._part_codes(q)
        best: Scored = (0.0, None, "")
        for (norm, pid, text), codes in zip(self._names, self._codes):
            jw = self._jw(q, norm) if q and norm else 0.0
            sx = (len(qc & codes) / len(qc) + len(qc & codes) / len(codes)) / 2 if qc and codes else 0.0
            score = OFAC_JW_WEIGHT * jw + (1 - OFAC_JW_WEIGHT) * sx
            if score > best[0]:
                best = (score, pid, text)
        return best


# --- rapidfuzz -----------------------------------------------------------------------------------


def rapidfuzz_peer(names: Sequence[tuple[str, str, str]], scorer_name: str) -> Peer | str:
    """`process.extractOne(query, names, scorer=...)`, or why rapidfuzz is unavailable."""
    rf, why = optional_import("rapidfuzz")
    if rf is None:
        return why
    from rapidfuzz import fuzz, process, utils

    scorer = getattr(fuzz, scorer_name)
    texts = [t for t, _, _ in names]
    choices = [utils.default_process(t) for t in texts]

    def score(query: str) -> Scored:
        got = process.extractOne(utils.default_process(query), choices, scorer=scorer, processor=None)
        if got is None:
            return (0.0, None, "")
        _, value, i = got
        return (value / 100.0, names[i][1], texts[i])

    return Peer(f"rapidfuzz {scorer_name}", (0.85, 0.90), score)


# --- nomenklatura --------------------------------------------------------------------------------


def nomenklatura_peer(watchlist: object, algorithm: str) -> Peer | str:
    """nomenklatura's `algorithm` against followthemoney entities of our list, or why it is unavailable."""
    for mod in ("followthemoney", "nomenklatura.matching"):
        m, why = optional_import(mod)
        if m is None:
            return f"{mod} not importable ({why})"
    from followthemoney import model
    from nomenklatura.matching import ScoringConfig, get_algorithm

    algo = get_algorithm(algorithm)
    if algo is None:
        return f"nomenklatura has no matcher {algorithm!r}"
    config = ScoringConfig.defaults()
    entities = [(_ftm_entity(model, p), p.id) for p in watchlist.parties]  # type: ignore[attr-defined]
    ids = itertools.count()

    def score(query: str) -> Scored:
        q = model.make_entity("LegalEntity")
        q.id = f"query-{next(ids)}"  # fresh id: the matchers cache per entity id
        q.add("name", query)
        best: Scored = (0.0, None, "")
        for ent, pid in entities:
            s = algo.compare(q, ent, config).score
            if s > best[0]:
                best = (s, pid, ent.caption)
        return best

    score("АО Лаборатория Касперского")  # warm up: the first Cyrillic comparison loads ICU tables (seconds)
    return Peer(f"nomenklatura {algorithm}", (0.70,), score)


def _ftm_entity(model: object, party: object):
    """A followthemoney `Company` or `Person` from one of our parties."""
    ent = model.make_entity("Person" if party.kind == "person" else "Company")  # type: ignore[attr-defined]
    ent.id = f"list-{party.id}"
    ent.add("name", party.name)
    for n in party.names:
        if n.text != party.name:
            ent.add("alias", n.text)
    for c in party.countries:
        ent.add("country", c)
    if party.kind == "person":
        for d in party.birth_dates:
            ent.add("birthDate", d.isoformat())
    return ent


# --- the run -------------------------------------------------------------------------------------


@dataclass
class Result:
    """One system at one threshold."""

    label: str
    rows: Sequence[Row]
    outcomes: list[Outcome]
    qps: float
    note: str = ""


def run_screening(rows: Sequence[Row], screener) -> Result:
    screener.screen("warm up")
    outs, secs = timed(lambda q: screening_outcome(screener.screen(q)), (r.query for r in rows))
    t = screener.config.review_threshold
    return Result(f"screening (review {t:.2f})", rows, outs, len(rows) / secs if secs else 0.0)


def run_peer(rows: Sequence[Row], peer: Peer) -> list[Result]:
    scored, secs = timed(peer.score, (r.query for r in rows))
    qps = len(rows) / secs if secs else 0.0
    return [
        Result(f"{peer.name} @ {t:.2f}", rows,
               [Outcome(s >= t, s, pid, name) for s, pid, name in scored], qps, peer.note)
        for t in peer.thresholds
    ]


def build_peers(screener, *, nomenklatura: bool = True, nk_every: int = 1) -> tuple[list[Peer], list[str]]:
    """Every available peer, and a note for each one skipped."""
    names = listed_names(screener.watchlist)
    peers: list[Peer] = [Peer("ofac-style", (0.85, 0.90), OfacStyle(names))]
    notes: list[str] = []
    for scorer in ("WRatio", "token_set_ratio"):
        got = rapidfuzz_peer(names, scorer)
        (notes.append(f"skipped rapidfuzz {scorer}: {got}") if isinstance(got, str) else peers.append(got))
    if not nomenklatura:
        notes.append("skipped nomenklatura: --no-nomenklatura")
        return peers, notes
    for algorithm in ("logic-v2", "logic-v1"):
        got = nomenklatura_peer(screener.watchlist, algorithm)
        if isinstance(got, str):
            notes.append(f"skipped nomenklatura {algorithm}: {got}")
            continue
        if nk_every > 1:
            got.note = f"every {nk_every}th query"
        peers.append(got)
    return peers, notes


def headline_table(results: Sequence[Result]) -> str:
    lines = []
    for r in results:
        m = evaluate(r.rows, r.outcomes)
        bf1, bt = best_f1(r.rows, r.outcomes)
        lines.append((r.label, pct(m.recall), pct(m.right_recall), pct(m.fpr, 2), pct(m.precision),
                      f"{m.f1:.3f}", f"{bf1:.3f} @ {bt:.2f}", f"{r.qps:,.0f}", len(r.rows), r.note or "-"))
    return table(("system", "recall", "right party", "FPR", "precision", "F1", "best F1 @ t", "q/s", "n", "note"),
                 lines)


def family_table(results: Sequence[Result]) -> str:
    """Recall per positive family (rows) for each system (columns)."""
    metrics = [evaluate(r.rows, r.outcomes) for r in results]
    families = sorted({f for m in metrics for f in m.families if not f.startswith("neg_")})
    body = []
    for f in families:
        cells = [pct(m.families[f].rate(), 0) if f in m.families else "n/a" for m in metrics]
        n = max(m.families[f].n for m in metrics if f in m.families)
        body.append((f, n, *cells))
    heads = ("family", "n", *(_short(r.label) for r in results))
    return table(heads, body)


def _short(label: str) -> str:
    """A column header for a system label."""
    return (label.replace("screening (review ", "ours ").replace(")", "").replace("rapidfuzz ", "")
            .replace("nomenklatura ", "").replace("token_set_ratio", "tset").replace("ofac-style", "ofac")
            .replace(" @ ", "@").replace("@0.", "@."))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV, help=f"labelled CSV (default {DEFAULT_CSV})")
    p.add_argument("--nk-every", type=int, default=1, metavar="N",
                   help="run nomenklatura on every N-th query only (default 1: all)")
    p.add_argument("--no-nomenklatura", dest="nomenklatura", action="store_false", help="skip nomenklatura")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None, *, screener=None) -> int:
    """Run every system on the CSV and print the comparison tables."""
    import screening

    args = parse_args(argv)
    rows = read_labelled(args.csv)
    screener = screener or screening.Screener()
    peers, notes = build_peers(screener, nomenklatura=args.nomenklatura, nk_every=args.nk_every)
    results = [run_screening(rows, screener)]
    for peer in peers:
        sample = rows[:: args.nk_every] if peer.name.startswith("nomenklatura") else rows
        results += run_peer(sample, peer)
    print(f"== {len(rows)} queries from {args.csv}; {len(listed_names(screener.watchlist))} listed names "
          f"of {len(screener.watchlist.parties)} parties (brands included)")
    for note in notes:
        print(f"note: {note}")
    print()
    print(family_table(results))
    print()
    print(headline_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
