"""`python -m screening`: the command line (see `screening.cli`)."""

from screening.cli import main_entry

main_entry()
