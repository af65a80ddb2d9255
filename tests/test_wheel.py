"""What users install: the built wheel ships the bundled list, and the editable install finds it too."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys
import textwrap

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
LIST_DIR = REPO / "lists" / "kaspersky"
TIMEOUT = 600  # seconds per step: building and installing can fetch build requirements

# Run in the installed environment, from a directory outside the repository: reports what it found as JSON.
PROBE = textwrap.dedent("""
    import hashlib, json, screening
    from screening.bundled import bundled_lists, list_versions, load_list
    lists = bundled_lists()
    watchlist = load_list()
    report = {
        "module": screening.__file__,
        "list_dir": str(lists["kaspersky"]),
        "parties": len(watchlist.parties),
        "version": watchlist.info.version,
        "versions": [info.version for info in list_versions()],
        "sha256": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in lists["kaspersky"].glob("*.toml")},
    }
    if SCREEN:
        report["status"] = screening.Screener().screen("Kaspersky Lab").status.value
    print(json.dumps(report))
""")


def _run(args: list[str], cwd: pathlib.Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _probe(python: pathlib.Path | str, cwd: pathlib.Path, *, screen: bool) -> dict:
    done = _run([str(python), "-c", f"SCREEN = {screen!r}\n{PROBE}"], cwd)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _pinned() -> dict[str, str]:
    lines = (LIST_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split() for line in lines if line.strip())}


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[pathlib.Path, pathlib.Path]:
    """Build the wheel from a copy of the source tree and install it, with dependencies, into a fresh venv."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist", ".venv", ".pytest_cache",
                                    ".hypothesis")
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    for name in ("src", "lists"):
        shutil.copytree(REPO / name, source / name, ignore=ignore)
    wheels = root / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(wheels), str(source)], root)
    (wheel,) = wheels.glob("screening-*.whl")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], root)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    _run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], root)
    return python, root


@pytest.mark.slow
def test_wheel_ships_the_bundled_list(installed_wheel: tuple[pathlib.Path, pathlib.Path]) -> None:
    """The installed wheel finds every bundled version inside the package, byte for byte as released."""
    python, root = installed_wheel
    report = _probe(python, root, screen=False)
    assert str(root / "venv") in report["module"], "imported screening from outside the fresh venv"
    assert report["list_dir"].endswith(os.path.join("screening", "lists", "kaspersky"))
    assert report["parties"] > 0
    assert report["versions"] == sorted(path.stem for path in LIST_DIR.glob("*.toml"))
    assert report["sha256"] == _pinned()


@pytest.mark.slow
def test_wheel_screens_kaspersky_lab(installed_wheel: tuple[pathlib.Path, pathlib.Path]) -> None:
    """In the installed wheel, the default Screener flags 'Kaspersky Lab'."""
    python, root = installed_wheel
    assert _probe(python, root, screen=True)["status"] != "CLEAR"


def test_editable_install_finds_the_bundled_list(tmp_path: pathlib.Path) -> None:
    """The development (editable) install resolves the bundled list to the repository's lists/ directory."""
    report = _probe(sys.executable, tmp_path, screen=False)
    assert pathlib.Path(report["list_dir"]).resolve() == LIST_DIR
    assert report["parties"] > 0 and report["version"] == max(report["versions"])


def test_package_data_globs_cover_the_list_files() -> None:
    """Every bundled version file and CHANGES.md match a `screening.lists` package-data glob in pyproject."""
    import fnmatch
    import tomllib

    globs = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["screening.lists"]
    shipped = [p.relative_to(REPO / "lists").as_posix() for p in (REPO / "lists").rglob("*")
               if p.is_file() and (p.suffix in (".toml", ".md"))]
    missing = [name for name in shipped if not any(fnmatch.fnmatch(name, glob) for glob in globs)]
    assert missing == []

