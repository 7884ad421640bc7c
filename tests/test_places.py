"""Places on the map (transforms/places.py): real sentences of the corpus and the entities rows
their places get — one test per rule of docs/places.md."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms import wordlists
from transforms.countries import adjective_countries, countries_of_compound, country_of_adjective, genitive_name
from transforms.entities_across import entity_rows
from transforms.extract import extract_article
from transforms.parse import parse_file
from transforms.places import Place, capital_of, choose, geocode

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def places_in(*texts: str) -> dict[str, tuple]:
    """name → (country_code, feature, admin1, latitude, longitude) of the LOC/ORG entities of texts,
    each text an article of its own, the entities table built over all of them."""
    mentions, articles = [], []
    for i, text in enumerate(texts):
        article = parse_file(f"a{i}.txt", f" date 2025-09-23 Заголовок\n\n{text}\n".encode(), today=dt.date(2026, 1, 1))[0]
        tables = extract_article(article, run_id="r", ingested_at=T0)
        mentions += [m for m in tables["mentions"] if m["entity_id"]]
        articles += tables["articles"]
    return {e["name"]: (e["country_code"], e["feature"], e["admin1"],
                        None if e["latitude"] is None else round(e["latitude"], 1),
                        None if e["longitude"] is None else round(e["longitude"], 1))
            for e in entity_rows(mentions, articles) if e["type"] in ("LOC", "ORG")}


def test_a_country_by_any_of_its_names():
    # «Высокопоставленный северокорейский перебежчик дал подробную инструкцию о том, как противостоять КНДР.»
    #                                                                                            ^^^^ KP
    got = places_in("Высокопоставленный северокорейский перебежчик дал подробную инструкцию о том, "
                    "как противостоять КНДР.")
    assert got["КНДР"] == ("KP", "country", None, None, None)


def test_a_russian_region_by_its_colloquial_name():
    # «Депутаты Приморья попросили приблизить их к Москве на один час…»
    #           ^^^^^^^^ Приморский край        ^^^^^^ the city, not the region «Москва» around it
    got = places_in("Депутаты Приморья попросили приблизить их к Москве на один час, однако население "
                    "региона против.")
    assert got["Приморье"] == ("RU", "region", "Приморский край", None, None)
    assert got["Москва"] == ("RU", "city", "Москва", 55.8, 37.6)


def test_an_old_name_is_the_city_today():
    # «…в Свердловске появилась городская дискуссионная трибуна…»  → Екатеринбург's point
    got = places_in("В конце 80-х, начале 90-х годов прошлого века в Свердловске появилась городская "
                    "дискуссионная трибуна.")
    assert got["Свердловск"] == ("RU", "city", "Свердловская область", 56.9, 60.6)


def test_a_us_state_and_a_city_in_capitals():
    got = places_in("22-летний житель Аризоны, открывший стрельбу, предстал перед судом.",
                    "ЗАВОД В КРАСНОЯРСКЕ ОСТАНОВЛЕН.")
    assert got["Аризона"] == ("US", "region", "Arizona", None, None)
    assert [v for k, v in got.items() if k.lower() == "красноярск"] == [("RU", "city", "Красноярский край", 56.0, 92.9)]


def test_names_that_are_no_place_stay_null():
    # «Санкции Запада против России…»   «…на Землю должен был опуститься Иисус Христос»
    got = places_in("Санкции Запада против России крайне негативно влияют на структуру международных отношений.",
                    "Так, согласно его пророчествам, 6 сентября 1994 года на Землю должен был опуститься "
                    "Иисус Христос.")
    assert got["Запад"] == got["Земля"] == (None, None, None, None, None)
    assert got["Россия"][:2] == ("RU", "country")


def test_a_seat_of_government_is_its_country():
    # «Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози.»
    got = places_in("Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози.")
    assert got["Белый дом"] == ("US", "other", None, 38.9, -77.0)


@pytest.mark.parametrize("name, expected", [
    ("Москва", "RU"), ("Вашингтон", "US"), ("Анкара", "TR"),
    ("Астана", "KZ"),        # GeoNames gives Kazakhstan's capital as «Nur-Sultan», another name of Astana
    ("Богота", "CO"),        # «Bogota» for the city «Bogotá»
    ("Нью-Йорк", None), ("Санкт-Петербург", None),   # big cities, no capitals
    ("Россия", None), ("Кремль", None),               # a country, a curated seat: settled, no city
])
def test_a_capital_knows_its_country(name, expected):
    """Events read a capital acting as its state (docs/events.md §4); the capitals are GeoNames'."""
    assert capital_of(name) == expected


def test_country_adjectives_name_one_known_country_each():
    """transforms/data/country_adjectives.tsv: every code a country of countries.tsv, every word once."""
    codes = {row[0] for row in wordlists.rows("countries.tsv")}
    rows = wordlists.rows("country_adjectives.tsv")
    words = [w for _, column in rows for w in column.split(",")]
    assert {code for code, _ in rows} <= codes and len(words) == len(set(words)) > 180
    assert all(w == w.strip().lower() and "ё" not in w for w in words)
    assert (country_of_adjective("российский"), country_of_adjective("Американский"), country_of_adjective("русский"),
            country_of_adjective("стол")) == ("RU", "US", None, None)


@pytest.mark.parametrize("lemma, codes", [
    ("армяно-азербайджанский", ["AM", "AZ"]),   # «на армяно-азербайджанской границе»
    ("кыргызско-таджикский", ["KG", "TJ"]),
    ("индо-пакистанский", ["IN", "PK"]),
    ("научно-технический", []),                 # no country in it
    ("российский", []),                         # one country is no compound
])
def test_a_compound_adjective_names_each_country(lemma, codes):
    assert countries_of_compound(lemma) == codes


def test_an_adjective_names_its_country_or_each_of_a_compound():
    assert (adjective_countries("российский"), adjective_countries("армяно-азербайджанский"),
            adjective_countries("научно-технический")) == (["RU"], ["AM", "AZ"], [])


# -- choosing among cities of one name ----------------------------------------------------------

MOSCOW_RU = Place("RU", 524901, 55.75, 37.62, "city", "Москва", 10_381_222)
MOSCOW_ID = Place("US", 5601538, 46.73, -117.0, "city", "Idaho", 25_060)
GENEVA_CH = Place("CH", 2660646, 46.2, 6.14, "city", "Geneva", 183_981)
GENEVA_US = Place("US", 5118743, 42.87, -76.98, "city", "New York", 13_000)
SPRINGFIELD_IL = Place("US", 4250542, 39.8, -89.64, "city", "Illinois", 114_394)
SPRINGFIELD_MO = Place("US", 4409896, 37.22, -93.3, "city", "Missouri", 169_176)
SPRINGFIELD_UK = Place("GB", 1, 51.0, 0.0, "city", "England", 30_000)


@pytest.mark.parametrize("cities, regions, countries, expected", [
    ([MOSCOW_RU, MOSCOW_ID], {}, set(), MOSCOW_RU),                        # the world city
    ([MOSCOW_RU, MOSCOW_ID], {("US", "Idaho"): 1}, {"US"}, MOSCOW_ID),     # a text about Айдахо
    ([GENEVA_CH, GENEVA_US], {}, {"US"}, GENEVA_CH),    # «США … перед комитетом ООН в Женеве»
    ([SPRINGFIELD_MO, SPRINGFIELD_IL], {}, set(), None),           # comparable namesakes: no guess
    ([SPRINGFIELD_MO, SPRINGFIELD_IL, SPRINGFIELD_UK], {}, {"GB"}, SPRINGFIELD_UK),
    ([SPRINGFIELD_MO, SPRINGFIELD_IL], {}, {"US"}, None),          # both in the named country
])
def test_of_several_cities_of_one_name_only_a_clear_choice(cities, regions, countries, expected):
    from collections import Counter

    assert choose(cities, Counter(regions), countries) == expected


def test_an_entity_s_articles_are_its_context():
    entities = [{"entity_id": "m", "type": "LOC", "name": "Москва", "aliases": []},
                {"entity_id": "i", "type": "LOC", "name": "Айдахо", "aliases": []}]
    assert geocode(entities, {"m": {"a1"}, "i": {"a1"}})["m"].country_code == "US"
    assert geocode(entities, {"m": {"a1", "a2", "a3"}, "i": {"a1"}})["m"].country_code == "US"
    assert geocode(entities, {"m": {"a2"}, "i": {"a1"}})["m"].country_code == "RU"


def test_genitive_name_qualifies_an_organisation_of_a_country():
    # «МИД России», «Минфин США», «посольство Южной Кореи»: the genitive of the canonical name
    assert [genitive_name(c) for c in ("RU", "US", "KR", "SA", "NL", "AE", "LK", "BF", "EH", "FO")] == [
        "России", "США", "Южной Кореи", "Саудовской Аравии", "Нидерландов", "ОАЭ", "Шри-Ланки", "Буркина-Фасо",
        "Западной Сахары", "Фарерских островов"]
    assert genitive_name("XX") is None
