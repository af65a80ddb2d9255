"""The `screening` command line: a thin argparse adapter over the library.

Commands: `check` (screen names given as arguments), `batch` (screen a CSV, see `screening.batch`),
`lists` (bundled lists; `lists show`, `lists diff`, `lists check`). This module is the only place where
exceptions become exit codes, all in `main`:

* 0  completed, and nothing was flagged;
* 1  completed, and at least one name is MATCH, REVIEW or UNSCREENABLE (or `lists check` found
     problems); `--exit-zero` turns this into 0 for pipelines that only want the output file;
* 2  could not complete: bad usage, an unreadable input or list, a missing column;
* 130 interrupted (Ctrl-C); 141 the reader of standard output went away (SIGPIPE, e.g. `| head`).

Errors print one line, `screening: error: <what and where>`; `--verbose` adds the traceback.
`main(argv)` returns the code instead of exiting, so tests run it in-process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from typing import Any, TextIO

from screening.exceptions import ScreeningError

__all__ = ["main", "main_entry"]

EXIT_OK, EXIT_FLAGGED, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_PIPE, EXIT_TERMINATED = 0, 1, 2, 130, 141, 143
EXIT_CODES = """\
exit codes:
  0    completed, nothing flagged
  1    completed, at least one MATCH, REVIEW or UNSCREENABLE (lists check: problems found)
  2    could not complete (usage, bad list, unreadable input, missing column)
  130  interrupted (Ctrl-C)
  141  standard output closed early (SIGPIPE)
  143  terminated (SIGTERM: timeout, docker stop, a CI cancel)
"""


class _Terminated(BaseException):
    """SIGTERM, raised where the program is, so that what is half written is removed as for Ctrl-C."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def main(argv: Sequence[str] | None = None, *, own_process: bool = False) -> int:
    """Run the command line with `argv` (default: `sys.argv[1:]`); return the exit code. `own_process`: the
    process is the command's alone (the console script), so it may tune the garbage collector for the list."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    args.own_process = own_process
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        code = args.run(args)
        return EXIT_OK if args.exit_zero and code == EXIT_FLAGGED else code
    except KeyboardInterrupt:
        print("screening: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Terminated:
        print("screening: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except (ScreeningError, OSError, ValueError, LookupError) as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"screening: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: still exit 2, never Python's 1 (which means "flagged" here)
        if args.verbose:
            traceback.print_exc()
        print(f"screening: internal error: {type(exc).__name__}: {_one_line(exc)} (--verbose shows where)",
              file=sys.stderr)
        return EXIT_ERROR
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def main_entry() -> None:
    """Console-script entry point."""
    sys.exit(main(own_process=True))


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        text = f"{exc.filename}: {exc.strerror}"
    return " ".join(text.split())


def _silence_stdout() -> None:
    """After SIGPIPE: point stdout at /dev/null so that the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# --- argument parsing ---------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    from screening import _cli_lists
    from screening.batch import OUTPUT_COLUMNS

    top_common = argparse.ArgumentParser(add_help=False)
    common = argparse.ArgumentParser(add_help=False)  # the same options after the command name
    for parser, default in ((top_common, False), (common, argparse.SUPPRESS)):
        parser.add_argument("--verbose", action="store_true", default=default, help="show the traceback of an error")
        parser.add_argument("--exit-zero", action="store_true", default=default,
                            help="exit 0 even when names are flagged")
    listopt = argparse.ArgumentParser(add_help=False)
    listopt.add_argument("--list", metavar="PATH", help="list file or directory (default: the bundled list)")
    listopt.add_argument("--list-version", metavar="VERSION", help="list version (default: the newest)")
    listopt.add_argument("--as-of", metavar="DATE", type=_date, help="the list version in force on DATE")
    screenopt = argparse.ArgumentParser(add_help=False, parents=[listopt])
    screenopt.add_argument("--threshold", type=_unit, metavar="SCORE", help="review threshold in [0, 1]")
    screenopt.add_argument("--match-threshold", type=_unit, metavar="SCORE", help="match threshold in [0, 1]")

    fmt = argparse.RawDescriptionHelpFormatter
    import screening

    top = argparse.ArgumentParser(
        prog="screening", formatter_class=fmt, parents=[top_common], epilog=EXIT_CODES,
        description="Restricted-party screening of names and supplier files against the bundled, cited "
                    "Kaspersky list.")
    top.add_argument("--version", action="version", version=f"screening {screening.__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser("check", parents=[common, screenopt], formatter_class=fmt, epilog=EXIT_CODES,
                           help="screen one or more names", description="Screen names given as arguments.")
    check.add_argument("names", nargs="+", metavar="NAME")
    check.add_argument("--kind", choices=("organization", "person"))
    check.add_argument("--country", metavar="CC", help="ISO 3166 two-letter country code")
    check.add_argument("--birth-date", metavar="DATE", type=_date, help="YYYY-MM-DD (persons)")
    check.add_argument("--json", action="store_true", help="print each result as one line of JSON")
    check.set_defaults(run=_run_check)

    batch = sub.add_parser(
        "batch", parents=[common, screenopt], formatter_class=fmt, help="screen a CSV file",
        description="Screen every row of a CSV file; write one result row per input row.\n\n"
                    f"Added columns: {', '.join(OUTPUT_COLUMNS)}.", epilog=EXIT_CODES)
    batch.add_argument("input", metavar="INPUT", help="CSV file, or - for standard input")
    batch.add_argument("-o", "--output", default="-", metavar="OUTPUT", help="output file (default: - stdout)")
    batch.add_argument("--column", required=True, metavar="NAME", help="the column with the names to screen")
    for role in ("kind", "country", "birth-date", "id"):
        batch.add_argument(f"--{role}-column", metavar="NAME", help=f"optional {role} column")
    batch.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    batch.add_argument("--jobs", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    batch.add_argument("--manifest", metavar="FILE", help="write a JSON audit manifest")
    batch.add_argument("--encoding", help="input encoding (default: detected)")
    batch.add_argument("--fallback-encoding", metavar="ENCODING",
                       help="decode bytes invalid in the encoding with this one instead of failing (e.g. cp1252)")
    batch.add_argument("--delimiter", type=_delimiter, help="input delimiter (default: sniffed); \\t for tab")
    batch.add_argument("--no-spreadsheet-safe", dest="spreadsheet_safe", action="store_false",
                       help="keep cells starting with = + - @ verbatim (default: prefix them with ')")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
    batch.set_defaults(run=_run_batch)

    lists = sub.add_parser("lists", parents=[common], formatter_class=fmt, epilog=EXIT_CODES,
                           help="bundled lists: versions, show, diff, check",
                           description="Without a subcommand: the bundled lists and their versions.")
    lists.set_defaults(run=_cli_lists.run_lists)
    lsub = lists.add_subparsers(dest="list_command", metavar="SUBCOMMAND")
    show = lsub.add_parser("show", parents=[common], help="the parties of one list version")
    show.add_argument("id", metavar="ID", help="a bundled list id, ID@VERSION, a list file or directory")
    show.add_argument("--list-version", metavar="VERSION", help="list version (default: the newest)")
    show.add_argument("--as-of", metavar="DATE", type=_date, help="the list version in force on DATE")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=_cli_lists.run_lists_show)
    diff = lsub.add_parser("diff", parents=[common], help="what changed between two list versions",
                           description="OLD and NEW are list files, bundled versions (2024-09-29) or ID@VERSION.")
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(run=_cli_lists.run_lists_diff)
    lcheck = lsub.add_parser("check", parents=[common], help="validate a list file")
    lcheck.add_argument("file", metavar="FILE")
    lcheck.set_defaults(run=_cli_lists.run_lists_check)
    return top


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _unit(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"not a score in [0, 1]: {text!r}")
    return value


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return int(text)


def _delimiter(text: str) -> str:
    text = {"\\t": "\t", "tab": "\t", "TAB": "\t"}.get(text, text)
    if len(text) != 1:
        raise argparse.ArgumentTypeError(f"a delimiter is one character: {text!r}")
    return text


def _screener(args: argparse.Namespace) -> Any:
    import attrs

    from screening.bundled import load_list
    from screening.config import DEFAULT
    from screening.screen import Screener

    config = DEFAULT
    if args.match_threshold is not None and args.threshold is not None and args.threshold > args.match_threshold:
        raise ValueError(f"--threshold ({args.threshold}) must not exceed --match-threshold ({args.match_threshold}): "
                         f"a REVIEW starts at or below where a MATCH does")
    if args.match_threshold is not None:
        config = attrs.evolve(config, match_threshold=args.match_threshold,
                              review_threshold=min(config.review_threshold, args.match_threshold))
    if args.threshold is not None:
        config = attrs.evolve(config, review_threshold=args.threshold,
                              match_threshold=max(config.match_threshold, args.threshold))
    screener = Screener(load_list(args.list, version=args.list_version, as_of=args.as_of), config=config)
    if args.own_process:  # the list's objects live to the end: the cyclic collector need not walk them again
        screener.watchlist.index  # (built now, to be frozen)
        gc.freeze()  # (a 20,000-party list's full collection walked 420,000 objects: 290-560 ms each)
    return screener


# --- check --------------------------------------------------------------------------------------------


def _run_check(args: argparse.Namespace) -> int:
    screener = _screener(args)
    flagged = False
    for name in args.names:
        result = screener.screen(name, kind=args.kind, country=args.country, birth_date=args.birth_date)
        flagged |= result.status.value != "CLEAR"
        if args.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            _print_result(result, sys.stdout)
    return EXIT_FLAGGED if flagged else EXIT_OK


def _print_result(result: Any, out: TextIO) -> None:
    info = result.list_info
    print(f"{result.query}: {result.status.value}  (list {info.id}@{info.version})", file=out)
    for note in result.notes:
        print(f"  note: {note}", file=out)
    for n, hit in enumerate(result.hits, start=1):
        party = hit.party
        print(f"  {n}. score {hit.score:.2f}  {party.name} [{party.id}]  {hit.hit_class.value}", file=out)
        print(f"     matched: {hit.matched_name} ({hit.matched_name_type.value})", file=out)
        for ev in hit.evidence:
            print(f"     why: {ev.describe()}", file=out)
        for listing in hit.citations:
            print(f"     cited: {listing.short}", file=out)
    for miss in result.near_misses:
        print(f"  near miss: {miss.score:.2f} {miss.party.name} [{miss.party.id}] via "
              f"{miss.matched_name!r}: {miss.reason}", file=out)


# --- batch --------------------------------------------------------------------------------------------


def _run_batch(args: argparse.Namespace) -> int:
    from screening.batch import screen_csv

    screener = _screener(args)
    show = not args.quiet and sys.stderr.isatty()
    total = os.path.getsize(args.input) if args.input != "-" and os.path.isfile(args.input) else None
    bar = _Progress(sys.stderr, total) if show else None
    try:
        summary = screen_csv(
            args.input, args.output, column=args.column, kind_column=args.kind_column,
            country_column=args.country_column, birth_date_column=args.birth_date_column,
            id_column=args.id_column, screener=screener, format=args.format, encoding=args.encoding,
            fallback_encoding=args.fallback_encoding, delimiter=args.delimiter,
            spreadsheet_safe=args.spreadsheet_safe, jobs=args.jobs, manifest=args.manifest,
            progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    if not args.quiet:
        _print_summary(summary, args, sys.stderr)
    return EXIT_FLAGGED if summary.flagged else EXIT_OK


class _Progress:
    """A one-line progress display on a terminal: rows, rows/s and (for files) percent done."""

    def __init__(self, out: TextIO, total_bytes: int | None) -> None:
        self.out, self.total = out, total_bytes
        self.start = self.last = time.monotonic()
        self.shown = False

    def update(self, rows: int, bytes_read: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        rate = rows / (now - self.start) if now > self.start else 0.0
        pct = f"  {min(100.0, 100 * bytes_read / self.total):5.1f}%" if self.total else ""
        self.out.write(f"\r{rows:>12,} rows  {rate:>10,.0f} rows/s{pct}")
        self.out.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.out.write("\r\033[K")
            self.out.flush()


def _print_summary(summary: Any, args: argparse.Namespace, out: TextIO) -> None:
    counts = ", ".join(f"{n:,} {status}" for status, n in summary.counts.items())
    print(f"screened {summary.rows_out:,} rows in {summary.elapsed_seconds:.1f} s "
          f"({summary.rows_per_second:,.0f} rows/s): {counts}", file=out)
    special = [*([f"{_plural(summary.malformed_rows, 'ragged row')} (marked in screening_note)"]
                 if summary.malformed_rows else []),
               *([f"{_plural(summary.blank_lines, 'blank line')} skipped"] if summary.blank_lines else [])]
    if special:
        print(", ".join(special), file=out)
    if summary.stray_quote_rows:
        verb = "holds" if summary.stray_quote_rows == 1 else "hold"
        print(f"warning: {_plural(summary.stray_quote_rows, 'row')} {verb} a quote opened by mistake? A later "
              f"quote closes it where no cell ends, and the lines between were not screened one by one (see "
              f"screening_note; close or remove the quote and run again)", file=out)
    where = "standard output" if args.output == "-" else args.output
    print(f"results: {where}" + (f"; manifest: {args.manifest}" if args.manifest else ""), file=out)


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
