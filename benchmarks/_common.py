"""Shared helpers for the benchmark scripts: the labelled CSV, the metrics, tables and name generators.

The scripts in this folder (`quality.py`, `compare.py`, `speed.py`, `pairs.py`) print numbers; they are
not part of the installed package and may import optional extras (rapidfuzz, nomenklatura).

Metrics follow `shared/eval-dev/README.md`:

* a query is *flagged* when the system says so (for `screening`: status REVIEW, MATCH or UNSCREENABLE;
  for a peer scorer: best score at or above its threshold);
* **recall** is the share of positives flagged (any party); **right-party recall** the share of
  positives flagged whose best hit is one of the accepted ids;
* **FPR** is the share of negatives flagged; **precision** and **F1** use any-party recall;
* **best F1** sweeps a threshold over the best-hit score of every query.
"""

from __future__ import annotations

import csv
import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CSV = REPO_ROOT.parent / "shared" / "eval-dev" / "dev.csv"

# Families whose name starts with this prefix are real names from public files; every other `neg_`
# family is a constructed hard negative.
REAL_NEGATIVE_PREFIX = "neg_real_"


# --- the labelled corpus -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled query: the exact string, the accepted party ids (empty for a negative), its family."""

    query: str
    ids: tuple[str, ...]  # accepted party ids, the intended one first
    family: str

    @property
    def accepted(self) -> frozenset[str]:
        return frozenset(self.ids)

    @property
    def positive(self) -> bool:
        return bool(self.ids)


def read_labelled(path: str | Path) -> list[Row]:
    """Read a `query,expected_party_id,family` CSV (UTF-8, RFC 4180); the query is never stripped. The default,
    the development set, lives beside the repository, not in it: a clone without it is told what to pass."""
    if Path(path) == DEFAULT_CSV and not DEFAULT_CSV.is_file():
        raise SystemExit(f"the development set ({DEFAULT_CSV}) is not beside this checkout: it is kept outside the "
                         "repository. Pass a labelled CSV instead, e.g. benchmarks/data/independent-a.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return [
            Row(
                query=rec["query"],
                ids=tuple(i for i in (rec.get("expected_party_id") or "").split("|") if i),
                family=rec.get("family") or "",
            )
            for rec in reader
        ]


def is_hard_negative(family: str) -> bool:
    """A constructed hard-negative family (`neg_` but not `neg_real_`)."""
    return family.startswith("neg_") and not family.startswith(REAL_NEGATIVE_PREFIX)


# --- outcomes and metrics ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one system said about one query.

    `score` is the best-hit score in [0, 1] (0 when nothing came close); `forced` marks a query flagged
    regardless of score (UNSCREENABLE); `detail` is free text for the miss / false-alarm lists.
    """

    flagged: bool
    score: float = 0.0
    party_id: str | None = None
    matched_name: str = ""
    forced: bool = False
    detail: str = ""


@dataclass
class FamilyStats:
    n: int = 0
    flagged: int = 0
    right: int = 0

    def rate(self) -> float:
        return self.flagged / self.n if self.n else 0.0

    def right_rate(self) -> float:
        return self.right / self.n if self.n else 0.0


@dataclass
class Metrics:
    """Counts and rates of one system at one operating point."""

    positives: int = 0
    negatives: int = 0
    tp: int = 0
    tp_right: int = 0
    fp: int = 0
    families: dict[str, FamilyStats] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.tp / self.positives if self.positives else 0.0

    @property
    def right_recall(self) -> float:
        return self.tp_right / self.positives if self.positives else 0.0

    @property
    def fpr(self) -> float:
        return self.fp / self.negatives if self.negatives else 0.0

    @property
    def precision(self) -> float:
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def group(self, predicate: Callable[[str], bool]) -> FamilyStats:
        """Families matching `predicate`, pooled."""
        out = FamilyStats()
        for name, st in self.families.items():
            if predicate(name):
                out.n += st.n
                out.flagged += st.flagged
                out.right += st.right
        return out


def f1_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate(rows: Sequence[Row], outcomes: Sequence[Outcome]) -> Metrics:
    """Score `outcomes` (one per row, same order) against the labels."""
    m = Metrics()
    for row, out in zip(rows, outcomes, strict=True):
        st = m.families.setdefault(row.family, FamilyStats())
        st.n += 1
        right = out.flagged and out.party_id in row.ids
        st.flagged += out.flagged
        st.right += right
        if row.positive:
            m.positives += 1
            m.tp += out.flagged
            m.tp_right += right
        else:
            m.negatives += 1
            m.fp += out.flagged
    return m


def best_f1(rows: Sequence[Row], outcomes: Sequence[Outcome]) -> tuple[float, float]:
    """The best F1 over thresholds on the best-hit score, and the lowest threshold reaching it.

    A query is flagged at threshold t when its score is >= t (or it is `forced`). Thresholds tried are
    the distinct scores seen, so the sweep is exact.
    """
    positives = sum(r.positive for r in rows)
    forced_tp = sum(o.forced and r.positive for r, o in zip(rows, outcomes))
    forced_fp = sum(o.forced and not r.positive for r, o in zip(rows, outcomes))
    scored = sorted(((o.score, r.positive) for r, o in zip(rows, outcomes) if not o.forced), reverse=True)
    best, best_t = 0.0, 1.0
    tp, fp, i = forced_tp, forced_fp, 0
    while i < len(scored):
        t = scored[i][0]
        while i < len(scored) and scored[i][0] == t:  # take every query tied at this score
            tp += scored[i][1]
            fp += not scored[i][1]
            i += 1
        if t <= 0.0:
            break
        f1 = f1_score(tp / (tp + fp) if tp + fp else 0.0, tp / positives if positives else 0.0)
        if f1 > best:
            best, best_t = f1, t
    return best, best_t


# --- timing and printing -------------------------------------------------------------------------


def timed(fn: Callable[[str], Outcome], queries: Iterable[str]) -> tuple[list[Outcome], float]:
    """Run `fn` over `queries`; return the outcomes and the elapsed seconds of the loop alone."""
    queries = list(queries)
    start = time.perf_counter()
    outcomes = [fn(q) for q in queries]
    return outcomes, time.perf_counter() - start


def pct(x: float, digits: int = 1) -> str:
    return f"{100 * x:.{digits}f}%"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text (Markdown-compatible) table; numbers are right-aligned."""
    body = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in body)) if body else len(h) for i, h in enumerate(headers)]
    numeric = [all(_looks_numeric(r[i]) for r in body) and bool(body) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        out = [c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric)]
        return "| " + " | ".join(out) + " |"

    sep = "|" + "|".join(("-" * (w + 1) + ":") if num else ("-" * (w + 2)) for w, num in zip(widths, numeric)) + "|"
    return "\n".join([line(headers), sep, *(line(r) for r in body)])


def _looks_numeric(cell: str) -> bool:
    s = cell.rstrip("%x").replace(",", "").replace("/", "").replace(" ", "").lstrip("-")
    return s.replace(".", "", 1).isdigit() or s in ("", "-", "n/a")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def show(text: str, limit: int = 60) -> str:
    """A query as a printable one-line literal (tabs, NBSP and zero-width characters made visible)."""
    r = repr(text)
    return r if len(r) <= limit else r[: limit - 4] + "...'"


# --- peers ---------------------------------------------------------------------------------------


def optional_import(name: str) -> tuple[object | None, str]:
    """Import an optional extra; return (module, "") or (None, why it is unavailable)."""
    import importlib

    try:
        return importlib.import_module(name), ""
    except Exception as exc:  # an extra may fail at import for many reasons; report, do not crash
        return None, f"{type(exc).__name__}: {exc}"


def listed_names(watchlist: object, *, include_brands: bool = True) -> list[tuple[str, str, str]]:
    """Every (name, party_id, name_type) of every party in a watchlist, primary name first.

    Brands are included by default: the corpus counts a product name of AO Kaspersky Lab as a hit on it,
    and `screening` screens brand names too, so peers get the same names to match against.
    """
    out: list[tuple[str, str, str]] = []
    for party in watchlist.parties:  # type: ignore[attr-defined]
        seen = set()
        for text, ntype in [(party.name, "primary")] + [(n.text, _value(n.type)) for n in party.names]:
            if text in seen or (ntype == "brand" and not include_brands):
                continue
            seen.add(text)
            out.append((text, party.id, ntype))
    return out


def _value(x: object) -> str:
    return getattr(x, "value", str(x))


# --- synthetic supplier names (speed.py) ---------------------------------------------------------

_STEMS = (
    "Acme Alder Alpine Amber Apex Arbor Argent Astra Atlas Aurora Azure Baltic Beacon Birch Blue Bolt "
    "Boreal Bridge Bright Brook Cascade Cedar Celtic Centra Cobalt Comet Condor Coral Crest Crown Delta "
    "Dune Eagle Echo Elm Ember Emerald Equinox Falcon Fern Fjord Flint Forge Fox Frontier Galaxy Garnet "
    "Glacier Granite Harbor Hawk Helix Heron Horizon Indigo Iris Iron Ivory Jade Juniper Keystone Lake "
    "Lark Laurel Linden Lotus Lumen Lynx Maple Meridian Mesa Metro Mistral Nimbus Noble Nova Oak Onyx "
    "Orbit Orion Pacific Panorama Pearl Pine Pinnacle Polar Prairie Prime Pulse Quartz Radiant Raven "
    "Redwood Ridge River Rock Sable Sage Sierra Silver Solar Spruce Star Sterling Stone Summit Sun "
    "Tandem Terra Thistle Tidal Timber Titan Topaz Torrent Tundra Unity Valley Vector Verde Vertex "
    "Vista Willow Wolf Zenith Zephyr Nordwind Sonnen Bergmann Lindqvist Novak Kowal Horvath Petrov "
    "Ivanov Sokol Volkov Rossi Bianchi Moreau Dubois Garcia Lopez Silva Santos Tanaka Suzuki Kim Park "
    "Chen Wang Singh Patel Khan Yilmaz Nielsen Jansen Dekker Murphy Walsh Fischer Weber Schulz Richter"
).split()
_INDUSTRY = (
    "Logistics Freight Transport Shipping Foods Bakery Dairy Farms Steel Metals Plastics Packaging "
    "Paper Printing Textiles Apparel Furniture Lumber Construction Builders Engineering Electric "
    "Electronics Components Instruments Machinery Tools Hydraulics Pumps Valves Chemicals Coatings "
    "Paints Pharma Medical Dental Optical Labs Consulting Advisors Partners Capital Finance Insurance "
    "Realty Properties Hotels Travel Catering Cleaning Security Staffing Services Solutions Systems "
    "Software Data Networks Telecom Media Marketing Design Studio Energy Solar Wind Oil Gas Water "
    "Environmental Recycling Waste Auto Motors Parts Tires Aviation Marine Rail Trading Imports Exports "
    "Supply Distribution Wholesale Retail Market Office Stationery Computers Hardware Cables Lighting"
).split()
_EXTRA = "Group Holding International Industries Enterprises Technologies Global North South East West".split()
_LEGAL = (
    "Inc. | Inc | LLC | L.L.C. | Ltd | Ltd. | Limited | Corp. | Corporation | Co. | Company | PLC | LLP | "
    "GmbH | GmbH & Co. KG | AG | KG | e.K. | UG | SA | S.A. | SAS | SARL | S.r.l. | S.p.A. | SpA | BV | "
    "B.V. | NV | AB | Oy | AS | A/S | ApS | Sp. z o.o. | s.r.o. | a.s. | Kft. | OOO | AO | Pty Ltd | KK | "
    "Co., Ltd. | Pte. Ltd. | SRL | SL | S.L. | Lda | Ltda | S. de R.L. | SE"
).split(" | ")
_GIVEN = (
    "James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Susan Richard Sarah "
    "Thomas Karen Daniel Nancy Matthew Lisa Anna Maria Hans Petra Jan Eva Lukas Sofia Pierre Claire "
    "Marco Giulia Javier Lucia Joao Ana Piotr Katarzyna Jiri Tereza Mikko Aino Lars Ingrid Olga Igor "
    "Pavel Elena Sergei Natalia Dmitri Irina Yuki Hiroshi Wei Li Min-jun Seo-yeon Raj Priya Ahmed Fatima"
).split()
_FAMILY = (
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson "
    "White Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker Adams Nelson Hill Campbell "
    "Mueller Schmidt Schneider Meyer Wagner Becker Hoffmann Koch Bauer Wolf Lefebvre Laurent Bernard "
    "Ricci Romano Colombo Fernandez Gonzalez Rodriguez Pereira Oliveira Kowalski Nowak Wisniewski Dvorak "
    "Svoboda Korhonen Virtanen Johansson Andersson Hansen Larsen Smirnov Kuznetsov Popov Sato Takahashi "
    "Zhang Liu Lee Choi Sharma Gupta Hassan Ali Ozturk O'Brien MacDonald"
).split()


def supplier_names(n: int, *, seed: int = 20261123) -> list[str]:
    """`n` distinct, realistic-looking supplier names (companies and sole traders), deterministic.

    Mostly companies (stem + industry + optional extra word + legal form in one of many countries' styles),
    some people and "X & Y" partnerships, with ERP-style upper case now and then. None is a Kaspersky name.
    """
    rng = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        name = _one_supplier(rng)
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def _one_supplier(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.12:  # a person or sole trader
        name = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
        if rng.random() < 0.4:
            name += " " + rng.choice(("Consulting", "Services", "Trading", "Design", "Transport"))
    elif roll < 0.20:  # a partnership
        name = f"{rng.choice(_FAMILY)} & {rng.choice(_FAMILY)} {rng.choice(_LEGAL)}"
    else:
        parts = [rng.choice(_STEMS)]
        if rng.random() < 0.3:
            parts.append(rng.choice(_STEMS))
        parts.append(rng.choice(_INDUSTRY))
        if rng.random() < 0.35:
            parts.append(rng.choice(_EXTRA))
        if rng.random() < 0.85:
            parts.append(rng.choice(_LEGAL))
        name = " ".join(parts)
    if rng.random() < 0.15:
        name = name.upper()
    if rng.random() < 0.05:
        name += f" #{rng.randint(1, 999)}"
    return name


def person_name(rng: random.Random) -> tuple[str, str, str | None]:
    """A random (given, family, patronymic-or-None) for synthetic list persons."""
    patronymic = rng.choice(_GIVEN) + "ovich" if rng.random() < 0.3 else None
    return rng.choice(_GIVEN), rng.choice(_FAMILY), patronymic


_SYLLABLES = (
    "ka ro tek prom neft stroy mash eks port zar vol gaz ural sib dal tor lin mar ven sol nor bel "
    "tran sat kom rus aero av tex nik met al pro in vest energo trans ser vis ob or ion bar zan "
    "kh al ma dar sha hir fa rid na sir ta qi am ra mon ko lu xin hua tai shen long"
).split()


def org_name(rng: random.Random) -> str:
    """A list-style organisation name: invented distinctive words, plus the generic words real names share.

    The distinctive words are made of syllables (`Zarneftprom`, `Sibtek`), so they rarely equal a supplier
    stem; the industry words and legal forms overlap with the supplier workload, as real lists do.
    """
    words = [_pseudo_word(rng) for _ in range(1 + (rng.random() < 0.4))]
    if rng.random() < 0.6:
        words.append(rng.choice(_INDUSTRY))
    if rng.random() < 0.2:
        words.append(rng.choice(_EXTRA))
    if rng.random() < 0.7:
        words.append(rng.choice(_LEGAL))
    return " ".join(words)


def _pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


# --- screening itself ----------------------------------------------------------------------------


def screening_outcome(result: object) -> Outcome:
    """A `ScreeningResult` as an `Outcome`: flagged on REVIEW, MATCH or UNSCREENABLE.

    The score is the best hit's, or the best near miss's when nothing reached review (so the threshold
    sweep sees scores below the review threshold, down to the near-miss floor).
    """
    status = _value(result.status)  # type: ignore[attr-defined]
    unscreenable = status == "UNSCREENABLE"
    flagged = status in ("MATCH", "REVIEW") or unscreenable
    best = result.best  # type: ignore[attr-defined]
    if best is not None:
        return Outcome(flagged, best.score, best.party.id, best.matched_name, unscreenable, status)
    near = getattr(result, "near_misses", ())
    if near:
        return Outcome(flagged, near[0].score, near[0].party.id, near[0].matched_name, unscreenable, status)
    return Outcome(flagged, 0.0, None, "", unscreenable, status)
