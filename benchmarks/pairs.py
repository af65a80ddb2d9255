"""`screening.compare` as a general name matcher, scored on labelled name pairs.

    .venv/bin/python benchmarks/pairs.py [CSV] [--no-details]

CSV columns: name1, name2, is_match (1/0, true/false, yes/no), schema (Company | Person); an optional
`variation` column (what makes the pair hard) gets its own accuracy table. The default CSV is
`benchmarks/data/pairs.csv` (our own pairs: company and person names, Latin and Cyrillic, positives and
hard negatives; see `benchmarks/README.md`).

Each pair is scored with `screening.compare(name1, name2, kind=...)` (Company -> "organization",
Person -> "person"); with `Screener.screen(name1)` against a one-party list holding `name2` (the
screening path: index, ranking, thresholds, on names unrelated to the bundled list); and, when the
`bench` extra is installed, with nomenklatura `logic-v2` on followthemoney entities of that schema. Printed: precision, recall and F1 at the default threshold
(ours: the default review threshold; logic-v2: 0.70) and at the best threshold, pairs per second, and
with `--details` every pair the default threshold gets wrong.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    Outcome,
    Row,
    best_f1,
    evaluate,
    optional_import,
    pct,
    screening_outcome,
    show,
    table,
    timed,
)

DEFAULT_PAIRS = Path(__file__).resolve().parent / "data" / "pairs.csv"
KINDS = {"company": "organization", "organization": "organization", "person": "person"}
NOMENKLATURA_THRESHOLD = 0.70  # yente's default match threshold


@dataclass(frozen=True, slots=True)
class Pair:
    name1: str
    name2: str
    is_match: bool
    schema: str
    variation: str = ""


def read_pairs(path: str | Path) -> list[Pair]:
    """Read a labelled pair CSV (UTF-8); names are not stripped."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [
            Pair(rec["name1"], rec["name2"], _truthy(rec["is_match"]), rec["schema"].strip(),
                 (rec.get("variation") or "").strip())
            for rec in csv.DictReader(fh)
        ]


def _truthy(value: str) -> bool:
    v = value.strip().lower()
    if v in ("1", "true", "yes", "y", "t"):
        return True
    if v in ("0", "false", "no", "n", "f", ""):
        return False
    raise ValueError(f"is_match must be 1/0, true/false or yes/no, got {value!r}")


def as_rows(pairs: Sequence[Pair], by: Callable[[Pair], str] = lambda p: p.schema) -> list[Row]:
    """Pairs as labelled rows, so the query metrics apply: a match is a positive, family = `by(pair)`."""
    return [Row(f"{p.name1} <> {p.name2}", ("match",) if p.is_match else (), by(p)) for p in pairs]


def screening_scorer() -> tuple[Callable[[Pair], float], float]:
    """`screening.compare` and its default threshold."""
    import screening

    def score(p: Pair) -> float:
        return screening.compare(p.name1, p.name2, kind=KINDS.get(p.schema.lower())).score

    return score, screening.ScreeningConfig().review_threshold


def screen_scorer(pairs: Sequence[Pair]) -> tuple[Callable[[Pair], float], float]:
    """`Screener.screen(name1)` against a one-party list holding only `name2`, and the review threshold.

    This checks the screening path (candidate index, ranking, thresholds) on names that have nothing to do
    with the bundled list. The lists are built before timing; the score is the best hit's, or the best
    near miss's when nothing reached review.
    """
    import datetime as dt

    import screening

    day = dt.date(2026, 1, 1)
    info = screening.ListInfo(id="pairs", title="one name of a pair", version="1", newest_action=day,
                              compiled=day, schema_version=1, sha256="-", source="pairs.csv")
    listing = screening.Listing(authority="-", list_name="-", short_name="-", restricts="-")
    screeners = {}
    for p in pairs:
        key = (p.name2, KINDS.get(p.schema.lower(), "organization"))
        if key not in screeners:
            name = screening.PartyName(text=p.name2, type=screening.NameType.PRIMARY)
            party = screening.Party(id="p", kind=key[1], name=p.name2, names=(name,), listings=(listing,))
            screeners[key] = screening.Screener(screening.Watchlist(info=info, parties=(party,)))
            screeners[key].screen("warm up")  # builds the index outside the timed loop

    def score(p: Pair) -> float:
        return screening_outcome(screeners[(p.name2, KINDS.get(p.schema.lower(), "organization"))].screen(p.name1)).score

    return score, screening.ScreeningConfig().review_threshold


def nomenklatura_scorer() -> tuple[Callable[[Pair], float], float] | str:
    """nomenklatura `logic-v2` on followthemoney entities, or why it is unavailable."""
    for mod in ("followthemoney", "nomenklatura.matching"):
        m, why = optional_import(mod)
        if m is None:
            return f"{mod} not importable ({why})"
    from followthemoney import model
    from nomenklatura.matching import ScoringConfig, get_algorithm

    algo, config, ids = get_algorithm("logic-v2"), ScoringConfig.defaults(), itertools.count()

    def entity(name: str, schema: str):
        ent = model.make_entity("Person" if schema.lower() == "person" else "Company")
        ent.id = f"e{next(ids)}"  # fresh ids: the matchers cache per entity id
        ent.add("name", name)
        return ent

    def score(p: Pair) -> float:
        return algo.compare(entity(p.name1, p.schema), entity(p.name2, p.schema), config).score

    score(Pair("ООО Ромашка", "OOO Romashka", True, "Company"))  # warm up ICU transliteration (seconds)
    return score, NOMENKLATURA_THRESHOLD


def evaluate_scorer(label: str, pairs: Sequence[Pair], score: Callable[[Pair], float], threshold: float):
    """Score every pair; return (table row, outcomes)."""
    scores, secs = timed(score, pairs)  # type: ignore[arg-type]
    outs = [Outcome(s >= threshold, s, "match" if s >= threshold else None) for s in scores]
    rows = as_rows(pairs)
    m = evaluate(rows, outs)
    bf1, bt = best_f1(rows, outs)
    at_best = evaluate(rows, [Outcome(o.score >= bt, o.score, "match") for o in outs])
    line = (label, f"{threshold:.2f}", pct(m.precision), pct(m.recall), f"{m.f1:.3f}",
            f"{bt:.2f}", pct(at_best.precision), pct(at_best.recall), f"{bf1:.3f}",
            f"{len(pairs) / secs:,.0f}" if secs else "-")
    return line, outs


def variation_table(pairs: Sequence[Pair], results: Sequence[tuple[str, list[Outcome]]]) -> str:
    """Accuracy at the default threshold per schema + variation, one column per system."""
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(pairs):
        key = f"{p.schema} {'+' if p.is_match else '-'} {p.variation or '(none)'}"
        groups.setdefault(key, []).append(i)
    body = []
    for key in sorted(groups):
        idx = groups[key]
        cells = [pct(sum(outs[i].flagged == pairs[i].is_match for i in idx) / len(idx), 0) for _, outs in results]
        body.append((key, len(idx), *cells))
    return table(("schema +/- variation (accuracy at default threshold)", "n", *(l for l, _ in results)), body)


def errors(pairs: Sequence[Pair], label: str, outs: Sequence[Outcome]) -> list[str]:
    wrong = [(p, o) for p, o in zip(pairs, outs) if o.flagged != p.is_match]
    lines = [f"{label}: {len(wrong)} pairs wrong at the default threshold (FN = missed match, FP = false match)"]
    for p, o in sorted(wrong, key=lambda x: (x[0].is_match, x[0].schema, -x[1].score)):
        kind = "FN" if p.is_match else "FP"
        lines.append(f"  {kind} {o.score:.3f} {p.schema:7} {show(p.name1, 45)} <> {show(p.name2, 45)} [{p.variation}]")
    return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("csv", nargs="?", type=Path, default=DEFAULT_PAIRS, help=f"pair CSV (default {DEFAULT_PAIRS})")
    p.add_argument("--details", action=argparse.BooleanOptionalAction, default=True,
                   help="list the pairs each system gets wrong (default on)")
    p.add_argument("--no-nomenklatura", dest="nomenklatura", action="store_false", help="skip nomenklatura")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    pairs = read_pairs(args.csv)
    scorers: list[tuple[str, Callable[[Pair], float], float]] = [
        ("screening.compare", *screening_scorer()),
        ("screening.screen", *screen_scorer(pairs)),
    ]
    note = ""
    if args.nomenklatura:
        got = nomenklatura_scorer()
        if isinstance(got, str):
            note = f"note: skipped nomenklatura logic-v2: {got}"
        else:
            scorers.append(("nomenklatura logic-v2", *got))
    lines, results = [], []
    for label, score, threshold in scorers:
        line, outs = evaluate_scorer(label, pairs, score, threshold)
        lines.append(line)
        results.append((label, outs))
    if args.details:
        for label, outs in results:
            print("\n".join(errors(pairs, label, outs)) + "\n")
    print(variation_table(pairs, results) + "\n")
    n_pos = sum(p.is_match for p in pairs)
    print(f"== {len(pairs)} pairs ({n_pos} matches, {len(pairs) - n_pos} non-matches) from {args.csv}")
    if note:
        print(note)
    print(table(("system", "default t", "precision", "recall", "F1", "best t", "precision", "recall",
                 "best F1", "pairs/s"), lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
