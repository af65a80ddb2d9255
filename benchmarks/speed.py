"""How fast `screening` is: latency, cold start, list load, throughput, and how cost grows with the list.

    .venv/bin/python benchmarks/speed.py [--n 100000] [--big-parties 20000] [--big-aliases 60000]

Measured in one run, single process:

* **warm latency** p50 / p99 of `Screener.screen` on a mix of names that hit (built from the list's own
  names with ERP-style variation) and names that do not (supplier names), reported separately; every
  hit carries its evidence, so the hit latency includes building the explanation;
* the same on **long texts** (`max_query_chars` characters) that repeat a listed person's name parts: the
  worst case of the person search, reported as p50 and the maximum;
* **cold start**: a fresh interpreter that imports `screening` (its bytecode compiled, as an installed copy
  has it), loads the bundled list and screens one name, minus a bare `python -c pass` (median of several
  runs);
* **list load** (`read_list_file`: read, validate, hash; uncached) and **index build** (first
  `Watchlist.index`) of the bundled list, and what `Screener()` costs in all (it also finds the versions);
* **throughput** on 100,000 unique supplier names (mostly non-matching, as in real life) read from a
  CSV file, against the **floor**: reading the same CSV and only normalising each name
  (`screening.normalize_name`); our throughput is printed as a fraction of the floor; the same names
  screened from memory give the absolute throughput and the ratios to the peers (measured in memory too).
  A name the prefilter clears is not normalised (its `result.normalized` is computed when first read),
  so the throughput can exceed the floor; the share of such names is printed, and so is the throughput
  of a caller that reads every result in full (`to_dict()`);
* the same for a **synthetic list** of 20,000 parties with 60,000 aliases in total (generated
  deterministically, written as a list file in a temporary directory and loaded with `load_list`);
* peers on a sample of the same workload, when the `bench` extra is installed: rapidfuzz
  `process.extractOne` with `token_set_ratio`, and nomenklatura `logic-v2`, both over every name of the
  bundled list.

Supplier names come from word lists in `_common.py` (seeded random), never from the evaluation set.
Speed is noisy on a shared machine: compare runs on the same machine, and read the PASS/FAIL lines as
indicative. No number here is asserted by a test.
"""

from __future__ import annotations

import argparse
import compileall
import csv
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import org_name, person_name, supplier_names, table, verdict  # noqa: E402

# Targets (issue 4).
TARGET_QPS = 100_000
TARGET_P99_US = 200.0
TARGET_COLD_MS = 150.0
TARGET_BIG_COST_RATIO = 3.0
TARGET_BIG_BUILD_S = 2.0
TARGET_FLOOR_FRACTION = 0.25
TARGET_VS_RAPIDFUZZ = 4.0
TARGET_VS_NOMENKLATURA = 300.0

COLD_RUNS = 5  # fresh interpreters per cold-start measurement; the median is reported
_VARIANTS = ("{}", "{} LTD", "{} Inc.", "{}, LLC", "{} GmbH", "{} (remit to)", "{} #{i}", "{} - Vendor {i}")


# --- workloads -----------------------------------------------------------------------------------


def hitting_names(watchlist: object, n: int) -> list[str]:
    """`n` distinct queries built from the list's own names (upper case, legal forms, vendor numbers)."""
    bases = sorted({name.text for p in watchlist.parties for name in p.names} | {p.name for p in watchlist.parties})
    out = []
    for i in range(n):
        base = bases[i % len(bases)]
        form = _VARIANTS[(i // len(bases)) % len(_VARIANTS)].format(base, i=i)
        out.append(form.upper() if (i // 7) % 2 else form)
    return list(dict.fromkeys(out))


def long_texts(watchlist: object, chars: int, *, seed: int = 3) -> list[str]:
    """Texts of `chars` characters that repeat listed persons' name parts (a memo naming one person again and
    again, initials, a case form): the worst the person search meets, whose cost grows with how many ways
    the words may be read as one name."""
    out = []
    rng = random.Random(seed)
    for party in watchlist.parties:
        parts = party.name_parts
        if parts is None:
            continue
        given, family, patronymic = parts.given, parts.family, parts.patronymic or ""
        initials = f"{given[0]}.{patronymic[:1]}." if patronymic else f"{given[0]}."
        words = [family, given, patronymic, initials, f"{given[0]}.", "Payment", "from", ";"]
        pieces = [f"{family} {initials} ", f"Payment from {family} {initials} ", f"{given} {family} ",
                  f"{family} {given} {patronymic} ", " ".join(rng.choice(words) for _ in range(200))]
        out += [(piece * (chars // len(piece) + 1))[:chars] for piece in pieces]
    return out


def write_csv(names: Sequence[str], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name"])
        w.writerows([n] for n in names)


def read_names(path: Path):
    """Yield the names of a one-column CSV written by `write_csv`."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for row in reader:
            yield row[0]


def qps_over_csv(path: Path, fn: Callable[[str], object], *, budget_s: float = float("inf")) -> tuple[float, int, int]:
    """(queries per second, names done, results flagged) of `fn` over a CSV file's names, reading included.

    Stops after `budget_s` seconds (checked every 100 names), so a slow configuration still finishes.
    """
    start = time.perf_counter()
    done = flagged = 0
    for name in read_names(path):
        flagged += getattr(fn(name), "flagged", False)
        done += 1
        if done % 100 == 0 and time.perf_counter() - start > budget_s:
            break
    return done / (time.perf_counter() - start), done, flagged


# --- latency -------------------------------------------------------------------------------------


def latencies(screener, queries: Sequence[str]) -> tuple[list[float], list[float]]:
    """Per-query wall time in microseconds, split into (queries with a hit, queries without)."""
    hit, miss = [], []
    clock = time.perf_counter_ns
    for q in queries:
        t = clock()
        r = screener.screen(q)
        dt = (clock() - t) / 1000
        (hit if r.hits else miss).append(dt)
    return hit, miss


def percentile(values: Sequence[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


# --- cold start ----------------------------------------------------------------------------------

_COLD = "import screening; screening.Screener().screen('Acme Widgets Ltd')"


def cold_start_ms(runs: int = COLD_RUNS) -> tuple[float, float]:
    """Median wall ms of a fresh interpreter doing import + load + first screen, and of `python -c pass`.

    The package's bytecode is compiled first, as `pip install` leaves it and as the first import of an
    editable install writes it; where PYTHONDONTWRITEBYTECODE is set no import writes it, and every run
    would compile the package from source again (about 40 ms here), which no installed copy does.
    """

    def wall(code: str) -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return (time.perf_counter() - t) * 1000

    import screening

    compileall.compile_dir(Path(screening.__file__).parent, quiet=1)
    wall("pass"), wall(_COLD)  # warm the OS file cache once
    bare = statistics.median(wall("pass") for _ in range(runs))
    full = statistics.median(wall(_COLD) for _ in range(runs))
    return full, bare


# --- the synthetic list --------------------------------------------------------------------------


def write_synthetic_list(path: Path, parties: int, aliases: int, *, seed: int = 4) -> None:
    """A deterministic list file of `parties` parties (one in four a person) with `aliases` aliases."""
    rng = random.Random(seed)
    per = [aliases // parties + (1 if i < aliases % parties else 0) for i in range(parties)]
    lines = [_LIST_HEADER]
    for i in range(parties):
        if i % 4 == 3:
            given, family, patronymic = person_name(rng)
            full = " ".join(x for x in (given, patronymic, family) if x)
            names = _distinct(lambda k: _person_alias(rng, given, family, k), per[i], full)
            lines.append(_party_toml(f"syn-{i:05d}", "person", full, names, rng, (given, family, patronymic)))
        else:
            main = org_name(rng)
            names = _distinct(lambda k: _org_alias(rng, main, k), per[i], main)
            lines.append(_party_toml(f"syn-{i:05d}", "organization", main, names, rng))
    path.write_text("\n".join(lines), encoding="utf-8")


def _distinct(make: Callable[[int], str], n: int, name: str) -> list[str]:
    """`n` aliases from `make(k)`, all different from each other and from the party's name."""
    out: dict[str, None] = {}
    k = 0
    while len(out) < n:
        alias = make(k)
        if alias != name:
            out[alias] = None
        k += 1
    return list(out)


def _org_alias(rng: random.Random, main: str, k: int) -> str:
    """The first alias is an upper-case (or title-case) spelling; others are former or trading names."""
    if k == 0:
        return main.title() if main.isupper() else main.upper()
    return org_name(rng)


def _person_alias(rng: random.Random, given: str, family: str, k: int) -> str:
    """The first alias is the list-style `FAMILY, Given`; others share the given name or the family name."""
    if k == 0:
        return f"{family.upper()}, {given}"
    g, f, _ = person_name(rng)
    return f"{given} {f}" if k % 2 else f"{g} {family}"


# The list file schema is `lists/README.md`; only the fields `load_list` requires, plus aliases,
# countries and (for persons) name parts and a birth date, as a real list has.
_LIST_HEADER = """# Synthetic list written by benchmarks/speed.py to measure how cost grows with list size. Not a real list.
schema_version = 1
id = "synthetic"
title = "Synthetic benchmark list"
version = "2026-01-01"
newest_action = 2026-01-01
compiled = 2026-01-01

[actions.synthetic]
authority = "Benchmark"
list = "Synthetic list"
short_name = "Synthetic"
restricts = "nothing: benchmark data"
confidence = "unverified"
"""
_COUNTRIES = ("US", "GB", "DE", "FR", "RU", "CN", "AE", "TR", "IR", "KP", "SY", "BY", "VE", "CU", "IN", "BR")


def _party_toml(pid: str, kind: str, name: str, aliases: Sequence[str], rng: random.Random,
                parts: tuple[str, str, str | None] | None = None) -> str:
    """One `[[parties]]` table."""
    lines = ["[[parties]]", f"id = {_s(pid)}", f"kind = {_s(kind)}", f"name = {_s(name)}",
             'confidence = "unverified"', 'listings = [{ action = "synthetic" }]',
             f"countries = [{_s(rng.choice(_COUNTRIES))}]"]
    if aliases:
        lines.append("aliases = [" + ", ".join(_s(a) for a in aliases) + "]")
    if parts:
        given, family, patronymic = parts
        extra = f", patronymic = {_s(patronymic)}" if patronymic else ""
        lines.append(f"name_parts = {{ given = {_s(given)}, family = {_s(family)}{extra} }}")
        lines.append(f"birth_dates = [{1940 + rng.randrange(60)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}]")
    return "\n".join(lines) + "\n"


def _s(text: str) -> str:
    """A TOML basic string (JSON string escapes are valid TOML)."""
    return json.dumps(text, ensure_ascii=False)


# --- peers ---------------------------------------------------------------------------------------


def peer_qps(screener, names: Sequence[str], rf_sample: int, nk_sample: int) -> list[tuple[str, float | None, str]]:
    """(peer, q/s or None, note) for rapidfuzz token_set_ratio and nomenklatura logic-v2."""
    from compare import nomenklatura_peer, rapidfuzz_peer

    from _common import listed_names

    out = []
    for label, make, sample in (
        ("rapidfuzz token_set_ratio extractOne", lambda: rapidfuzz_peer(listed_names(screener.watchlist), "token_set_ratio"), rf_sample),
        ("nomenklatura logic-v2", lambda: nomenklatura_peer(screener.watchlist, "logic-v2"), nk_sample),
    ):
        peer = make()
        if isinstance(peer, str):
            out.append((label, None, f"skipped: {peer}"))
            continue
        queries = names[:sample]
        start = time.perf_counter()
        for q in queries:
            peer.score(q)
        out.append((label, len(queries) / (time.perf_counter() - start), f"first {len(queries):,} names"))
    return out


# --- the run -------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100_000, help="unique supplier names (default 100,000)")
    p.add_argument("--latency-n", type=int, default=20_000, help="queries for the latency percentiles")
    p.add_argument("--big-parties", type=int, default=20_000, help="parties in the synthetic list")
    p.add_argument("--big-aliases", type=int, default=60_000, help="aliases in the synthetic list, in total")
    p.add_argument("--big-seconds", type=float, default=30.0,
                   help="time budget for the synthetic-list throughput run (it stops early when slow)")
    p.add_argument("--rf-sample", type=int, default=5_000, help="queries for rapidfuzz")
    p.add_argument("--nk-sample", type=int, default=300, help="queries for nomenklatura")
    p.add_argument("--cold", action=argparse.BooleanOptionalAction, default=True, help="measure cold start")
    p.add_argument("--peers", action=argparse.BooleanOptionalAction, default=True, help="measure peers")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    import screening

    args = parse_args(argv)
    rows: list[tuple[str, str]] = []  # (measure, value) for the summary table
    checks: list[tuple[str, str, bool]] = []

    t = time.perf_counter()
    screener = screening.Screener()
    source = Path(screener.watchlist.info.source)
    t_construct = time.perf_counter() - t
    t = time.perf_counter()
    wl = screening.read_list_file(source)  # uncached: `load_list` caches the bundled list Screener() read
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    wl.index  # noqa: B018 - builds the index
    t_build = time.perf_counter() - t
    rows += [("Screener() (bundled list)", f"{t_construct * 1000:.1f} ms"),
             (f"read_list_file, uncached ({len(wl.parties)} parties)", f"{t_load * 1000:.1f} ms"),
             ("index build (bundled list)", f"{t_build * 1000:.1f} ms")]

    suppliers = supplier_names(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        csv_path = tmpdir / "suppliers.csv"
        write_csv(suppliers, csv_path)

        # warm latency on a mix of hitting and non-hitting names
        screener.screen("warm up")
        half = max(1, args.latency_n // 2)
        mix = hitting_names(screener.watchlist, half) + supplier_names(half, seed=7)
        random.Random(1).shuffle(mix)
        latencies(screener, mix[:1000])  # warm caches and branch predictors
        hit, miss = latencies(screener, mix)
        both = hit + miss
        rows += [(f"latency, hits (n={len(hit):,}) p50 / p99", f"{percentile(hit, 50):.0f} / {percentile(hit, 99):.0f} us"),
                 (f"latency, no hit (n={len(miss):,}) p50 / p99", f"{percentile(miss, 50):.0f} / {percentile(miss, 99):.0f} us"),
                 ("latency, all p50 / p99", f"{percentile(both, 50):.0f} / {percentile(both, 99):.0f} us")]
        long = long_texts(screener.watchlist, screener.config.max_query_chars)
        long_hit, long_miss = latencies(screener, long)
        long_us = sorted(long_hit + long_miss)
        rows.append((f"latency, long texts repeating a name's parts (n={len(long)}, "
                     f"{screener.config.max_query_chars} characters) p50 / max",
                     f"{percentile(long_us, 50) / 1000:.1f} / {long_us[-1] / 1000:.1f} ms"))
        p99s = (percentile(hit, 99), percentile(miss, 99))
        checks.append((f"warm p99 <= {TARGET_P99_US:.0f} us (hits / no hit)", f"{p99s[0]:.0f} / {p99s[1]:.0f} us",
                       all(p <= TARGET_P99_US for p in p99s)))

        # throughput and its floor, both reading the same CSV
        floor, _, _ = qps_over_csv(csv_path, screening.normalize_name)
        ours, _, flagged = qps_over_csv(csv_path, screener.screen)
        start = time.perf_counter()
        for name in suppliers:  # in memory, as the peers are measured
            screener.screen(name)
        in_memory = args.n / (time.perf_counter() - start)
        # A cleared name's normalised form is computed when first read: measure a caller that reads it
        # (and serialises every result) too, so the laziness cannot flatter the number.
        start = time.perf_counter()
        for name in suppliers:
            screener.screen(name).to_dict()
        serialised = args.n / (time.perf_counter() - start)
        prefiltered = sum(screener._prefilter.clears(name) for name in suppliers)  # noqa: SLF001
        rows += [(f"normalise-only floor ({args.n:,} names from CSV)", f"{floor:,.0f} q/s"),
                 (f"throughput, bundled list ({args.n:,} names from CSV)", f"{ours:,.0f} q/s"),
                 ("  flagged", f"{flagged:,} / {args.n:,}"),
                 ("throughput / floor", f"{ours / floor:.1%}"),
                 ("throughput, bundled list (same names in memory)", f"{in_memory:,.0f} q/s"),
                 ("  cleared by the prefilter, before normalisation", f"{prefiltered / args.n:.1%}"),
                 ("throughput, every result read in full (`to_dict()`)", f"{serialised:,.0f} q/s")]
        checks.append((f"throughput >= {TARGET_QPS:,} q/s (in memory)", f"{in_memory:,.0f} q/s", in_memory >= TARGET_QPS))
        checks.append((f"throughput >= {TARGET_FLOOR_FRACTION:.0%} of normalise-only floor", f"{ours / floor:.1%}",
                       ours / floor >= TARGET_FLOOR_FRACTION))

        # the synthetic list
        big_path = tmpdir / "synthetic.toml"
        write_synthetic_list(big_path, args.big_parties, args.big_aliases)
        t = time.perf_counter()
        big = screening.load_list(big_path)
        big_load = time.perf_counter() - t
        t = time.perf_counter()
        big.index  # noqa: B018
        big_build = time.perf_counter() - t
        big_screener = screening.Screener(big)
        big_screener.screen("warm up")
        big_qps, big_done, big_flagged = qps_over_csv(csv_path, big_screener.screen, budget_s=args.big_seconds)
        ratio = ours / big_qps
        rows += [(f"synthetic list: load_list ({args.big_parties:,} parties, {args.big_aliases:,} aliases)", f"{big_load:.2f} s"),
                 ("synthetic list: index build", f"{big_build:.2f} s"),
                 (f"synthetic list: throughput (first {big_done:,} names)", f"{big_qps:,.0f} q/s"),
                 ("  flagged", f"{big_flagged:,} / {big_done:,}"),
                 ("synthetic / bundled per-query cost", f"{ratio:.2f}x")]
        checks.append((f"synthetic list per-query cost <= {TARGET_BIG_COST_RATIO:.0f}x", f"{ratio:.2f}x",
                       ratio <= TARGET_BIG_COST_RATIO))
        checks.append((f"synthetic list index build <= {TARGET_BIG_BUILD_S:.0f} s", f"{big_build:.2f} s",
                       big_build <= TARGET_BIG_BUILD_S))

    if args.cold:
        full, bare = cold_start_ms()
        rows += [("cold start: import + load + first screen", f"{full:.0f} ms"),
                 ("bare interpreter (python -c pass)", f"{bare:.0f} ms")]
        checks.append((f"cold start <= {TARGET_COLD_MS:.0f} ms beyond bare interpreter", f"{full - bare:.0f} ms",
                       full - bare <= TARGET_COLD_MS))

    if args.peers:
        for label, qps, note in peer_qps(screener, suppliers, args.rf_sample, args.nk_sample):
            if qps is None:
                rows.append((label, note))
                continue
            rows.append((f"{label} ({note})", f"{qps:,.0f} q/s"))
            target = TARGET_VS_RAPIDFUZZ if label.startswith("rapidfuzz") else TARGET_VS_NOMENKLATURA
            checks.append((f"ours >= {target:.0f}x {label.split()[0]}", f"{in_memory / qps:,.1f}x",
                           in_memory / qps >= target))

    print(f"== screening {screening.__version__} speed, Python {sys.version.split()[0]}, one process")
    print(table(("measure", "value"), rows))
    print()
    print(table(("target", "measured", "verdict"), [(n, m, verdict(ok)) for n, m, ok in checks]))
    print(f"overall: {verdict(all(ok for *_, ok in checks))} ({sum(ok for *_, ok in checks)}/{len(checks)} targets met)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
