"""Tokens the tagger and the parser read (transforms.nlp): words razdel cuts at their dots that are one word."""

from __future__ import annotations

import pytest

from transforms.nlp import analyse


@pytest.mark.parametrize("text, expected", [
    # a site's name ending in a domain of domains.tsv is one word: razdel cut «NEWS.ru» into «NEWS», «.», «ru», and
    # the parser took «ru» for a verb (probe GV, dev, gv15)
    ("…, заявила NEWS.ru олимпийская чемпионка.", ["…", ",", "заявила", "NEWS.ru", "олимпийская", "чемпионка", "."]),
    ("Об этом пишет Lenta.ru. Сайт www.kremlin.ru.", ["Об", "этом", "пишет", "Lenta.ru", ".", "Сайт", "www.kremlin.ru",
                                                    "."]),
    ("RT.com сообщил", ["RT.com", "сообщил"]),
    ("на сайте kremlin.ru/events", ["на", "сайте", "kremlin.ru", "/", "events"]),
    # a name in Cyrillic letters stays words: the tagger reads them so, and the parses were no worse (probe GI)
    ("Аргументы.ру сообщили", ["Аргументы", ".", "ру", "сообщили"]),
    # not a number, an abbreviation or two words a dot ends and a space parts
    ("в 2.5 раза", ["в", "2.5", "раза"]),
    ("Он уехал. Ru", ["Он", "уехал", ".", "Ru"]),
])
def test_a_sites_name_is_one_token(text, expected):
    assert [t.text for t in analyse(text).doc.tokens] == expected


@pytest.mark.parametrize("text, expected", [
    # «и.о.» is one word (abbreviations.tsv), and so «и. о.» written with spaces (probe HK, dev, hk02); not the
    # initials «И. О.» after a surname
    ("с и.о. министра", ["с", "и.о.", "министра"]),
    ("По прогнозам и. о. министра, цены вырастут.", ["По", "прогнозам", "и.о.", "министра", ",", "цены", "вырастут",
                                                   "."]),
    ("Подписал Петров И. О. вчера", ["Подписал", "Петров", "И", ".", "О", ".", "вчера"]),
])
def test_a_dotted_abbreviation_is_one_token(text, expected):
    assert [t.text for t in analyse(text).doc.tokens] == expected
