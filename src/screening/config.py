"""Screening settings: decision thresholds and scoring weights, in one frozen value.

Every result carries the config that produced it (`ScreeningResult.config`), so a stored decision can be
reproduced. Change a setting with `attrs.evolve(DEFAULT, review_threshold=0.65)`.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["DEFAULT", "ScreeningConfig"]


def _unit(instance: object, attribute: attrs.Attribute, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be in [0, 1], got {value!r}")


def _positive(instance: object, attribute: attrs.Attribute, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):  # (`2.5` hits, a cut at 100.5 characters)
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__} {value!r}")
    if value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, got {value!r}")


@attrs.frozen(kw_only=True)
class ScreeningConfig:
    """Thresholds and limits for one screening run.

    A score at or above `match_threshold` is MATCH, at or above `review_threshold` is REVIEW, else
    CLEAR. The defaults were set on the development set (see benchmarks/quality.py): REVIEW at 0.70
    keeps recall above 0.99 with a false-positive rate near zero on real company and person names.
    """

    match_threshold: float = attrs.field(default=0.90, validator=_unit)
    review_threshold: float = attrs.field(default=0.70, validator=_unit)
    # Parties scoring at least this much but below review are reported as near misses on a CLEAR result.
    near_miss_floor: float = attrs.field(default=0.35, validator=_unit)
    # Hits shown at most, the best first; a listed person is never left out for an organisation below the best hit
    # (`ranking._crowded_out`: his employer's name reads as each company of its group).
    max_hits: int = attrs.field(default=10, validator=_positive)
    max_near_misses: int = attrs.field(default=3, validator=_positive)
    # Work cap: longer input is cut to this many characters (the result notes it). Real names are short;
    # the cap bounds the time of a pathological 1 MB field.
    max_query_chars: int = attrs.field(default=512, validator=_positive)
    # How much a conflicting secondary attribute (country, birth date, kind) lowers a score, and how
    # much a confirming one raises it.
    attribute_conflict_penalty: float = attrs.field(default=0.15, validator=_unit)
    attribute_confirm_bonus: float = attrs.field(default=0.03, validator=_unit)
    # How much a birth date lowers a person's score where it is no slip of a listed one (a digit changed or
    # two swapped, the year, month or day one off, day and month swapped: `birthdates.one_slip`), given or
    # labelled in the name of one person: another person's, a namesake's (OFAC's own test of a hit), below
    # review for a name that scores 1.0 even with the other two attributes agreeing. A slip conflicts as any
    # attribute does. A personal tax number that is no slip of the listed one costs the same.
    other_birth_date_penalty: float = attrs.field(default=0.40, validator=_unit)

    def __attrs_post_init__(self) -> None:
        if self.review_threshold > self.match_threshold:
            raise ValueError(
                f"review_threshold ({self.review_threshold}) must not exceed match_threshold ({self.match_threshold})"
            )

    def to_dict(self) -> dict[str, Any]:
        """The settings as plain data, for results and audit manifests."""
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScreeningConfig:
        """Rebuild a config from `to_dict()` output."""
        return cls(**data)


DEFAULT = ScreeningConfig()
