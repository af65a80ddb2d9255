"""List files for tests that need parties of their own: the valid fixture list's header and actions, and
parties listed by its Entity List action, as TOML text."""

from __future__ import annotations

import json
import pathlib

# The header and actions of the valid fixture list, to which each test adds its own parties.
HEADER = (pathlib.Path(__file__).parent / "data" / "lists" / "valid.toml").read_text(encoding="utf-8").split(
    "[[parties]]")[0]


def organization(party_id: str, name: str, aliases: tuple[str, ...] = ()) -> str:
    """One organisation listed by the fixture's Entity List action."""
    listed = f"aliases = {json.dumps(list(aliases))}\n" if aliases else ""  # a JSON array of strings is TOML
    return (f'[[parties]]\nid = "{party_id}"\nkind = "organization"\nname = "{name}"\nconfidence = "official"\n'
            f'{listed}listings = [{{ action = "entity-list" }}]\n\n')


def person(party_id: str, family: str, given: str, patronymic: str) -> str:
    """One person listed by the fixture's Entity List action."""
    return (f'[[parties]]\nid = "{party_id}"\nkind = "person"\nname = "{family.upper()}, {given} {patronymic}"\n'
            f'confidence = "official"\nname_parts = {{ given = "{given}", patronymic = "{patronymic}", '
            f'family = "{family}" }}\nlistings = [{{ action = "entity-list" }}]\n\n')
