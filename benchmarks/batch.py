"""Batch screening speed and memory: rows/s and peak RSS of `screen_csv` for jobs=1 and jobs=2.

Usage: `python benchmarks/batch.py [--rows 1000000] [--jobs 1 2] [--also-rows 100000] [--dir DIR]`

The input is a generated supplier master (`Vendor No, Supplier Name, Country, City`), written once to
`--dir` and reused:

* names from `_common.supplier_names` (companies in many countries' styles, sole traders, partnerships,
  upper-case ERP exports);
* 30% of rows repeat a supplier already in the file (same name and country, another vendor number),
  chosen uniformly among all earlier suppliers -- the harsh case for the bounded cache, since an early
  supplier repeated near the end may have left it;
* about 1 row in 10,000 is a Kaspersky spelling (from `KASPERSKY`).

Each measurement runs in a fresh child process (so peak RSS is that run's alone): the child loads the
bundled list, screens the file to a CSV output in a temporary directory, and reports the wall time of
`screen_csv` (index building included, as a user sees it), its own peak RSS and CPU time, and the largest
peak RSS and the total CPU time of its worker processes (CPU time shows what the run cost when other
processes share the machine). With `--also-rows` the same is measured on a smaller file
to show that memory is flat in file size.

Targets (issue 3, on the 2-core reference machine): >= 100,000 rows/s with jobs=2; peak RSS <= 150 MB
per process and flat in file size.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import supplier_names, table, verdict  # noqa: E402

KASPERSKY = (
    "Kaspersky Lab", "AO Kaspersky Lab", "KASPERSKY LABS LIMITED", "Kaspersky Labs GmbH", "Kasperski Lab",
    "Kaspresky Lab Ltd", "Лаборатория Касперского", "Kaspersky Lab Switzerland GmbH", "kaspersky",
    "Kasperskiy Laboratoriya",
)
REPEAT_SHARE = 0.30
KASPERSKY_RATE = 1 / 10_000
TARGET_ROWS_PER_S = 100_000
TARGET_RSS_MB = 150
COUNTRIES = "DE DE DE FR NL US US US GB IT ES PL CZ AT CH SE FI DK BE JP CN IN TR BR KR".split()
CITIES = "Hamburg Lyon Rotterdam Chicago Leeds Milano Valencia Łódź Brno Wien Zürich Malmö Espoo Osaka".split()


def generate(path: Path, rows: int, *, seed: int = 20261123) -> None:
    """Write the benchmark supplier file (see the module docstring)."""
    rng = random.Random(seed)
    distinct = supplier_names(int(rows * (1 - REPEAT_SHARE)) + 1000, seed=seed)
    seen: list[tuple[str, str, str]] = []
    fresh = iter(distinct)
    tmp = path.with_suffix(".part")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(["Vendor No", "Supplier Name", "Country", "City"])
        for i in range(rows):
            roll = rng.random()
            if roll < KASPERSKY_RATE:
                supplier = (rng.choice(KASPERSKY), "RU", "Moskva")
            elif roll < REPEAT_SHARE and seen:
                supplier = seen[rng.randrange(len(seen))]
            else:
                supplier = (next(fresh), rng.choice(COUNTRIES), rng.choice(CITIES))
                seen.append(supplier)
            writer.writerow([f"V{1_000_000 + i}", *supplier])
    tmp.replace(path)


def child(path: str, jobs: int) -> None:
    """Measure one run in this process; print the numbers as JSON."""
    from screening.batch import screen_csv
    from screening.screen import Screener

    with tempfile.TemporaryDirectory() as out_dir:
        start = time.perf_counter()
        summary = screen_csv(path, os.path.join(out_dir, "out.csv"), column="Supplier Name",
                             country_column="Country", id_column="Vendor No", screener=Screener(),
                             jobs=jobs)
        elapsed = time.perf_counter() - start
    me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "rows": summary.rows_out, "seconds": elapsed, "rows_per_s": summary.rows_out / elapsed,
        "rss_mb": me.ru_maxrss / 1024, "worker_rss_mb": workers.ru_maxrss / 1024,
        "cpu_s": me.ru_utime + me.ru_stime, "worker_cpu_s": workers.ru_utime + workers.ru_stime,
        "counts": summary.counts,
    }))


def measure(path: Path, jobs: int) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", str(path), "--jobs", str(jobs)],
                          check=True, capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--also-rows", type=int, default=100_000, help="a smaller file, for flatness (0: skip)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "screening-bench"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.jobs[0])
        return
    os.makedirs(args.dir, exist_ok=True)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    sizes = [n for n in (args.also_rows, args.rows) if n]
    lines = []
    for rows in sizes:
        path = Path(args.dir) / f"suppliers-{rows}.csv"
        if not path.exists():
            t = time.perf_counter()
            generate(path, rows)
            print(f"generated {path} ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.0f} s",
                  file=sys.stderr)
        for jobs in args.jobs:
            r = measure(path, jobs)
            flagged = r["rows"] - r["counts"]["CLEAR"]
            peak = max(r["rss_mb"], r["worker_rss_mb"])
            ok_speed = jobs < 2 or r["rows_per_s"] >= TARGET_ROWS_PER_S
            lines.append([f"{rows:,}", jobs, f"{r['seconds']:.1f}", f"{r['rows_per_s']:,.0f}",
                          f"{r['cpu_s']:.1f}", f"{r['worker_cpu_s']:.1f}" if jobs > 1 else "-",
                          f"{r['rss_mb']:.0f}", f"{r['worker_rss_mb']:.0f}" if jobs > 1 else "-", flagged,
                          verdict(ok_speed and peak <= TARGET_RSS_MB)])
            print(f"rows {rows:,} jobs {jobs}: {r}", file=sys.stderr)
    print(f"Targets: >= {TARGET_ROWS_PER_S:,} rows/s with jobs=2; peak RSS <= {TARGET_RSS_MB} MB per process, "
          f"flat in file size. Machine: {os.cpu_count()} CPUs, load average before the runs {load}.")
    print("CPU seconds: the whole parent process (imports and list loading included) and its workers; a wall\n"
          "time well above (parent + workers) / CPUs means other load on the machine.")
    print(table(["rows", "jobs", "seconds", "rows/s", "parent CPU s", "worker CPU s", "parent MB", "worker MB",
                 "flagged", "target"], lines))


if __name__ == "__main__":
    main()
