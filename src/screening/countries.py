"""The ISO 3166-1 alpha-2 country codes: what a `country` argument and a list file's countries may be."""

from __future__ import annotations

__all__ = ["COUNTRY_CODES", "RESERVED_COUNTRIES", "WRITTEN_CODES"]

# Codes ISO 3166-1 reserves for a country under another code, as records write them: the United Kingdom (GB)
# and Greece (GR, `EL` in EU usage).
RESERVED_COUNTRIES = {"UK": "GB", "EL": "GR"}
# The ISO 3166-1 alpha-2 codes assigned, and XK (Kosovo, as the EU and the US write it); `data/words.toml` names
# every one but MS (Montserrat: a title, `Ms`), `tests/test_data_tables.py` checks it
COUNTRY_CODES = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK
YE YT ZA ZM ZW
""".split())
# Every two-letter code a record may write for a country: the assigned ones and the reserved ones (`UK`)
WRITTEN_CODES = COUNTRY_CODES | RESERVED_COUNTRIES.keys()
