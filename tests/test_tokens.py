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


@pytest.mark.parametrize("text, expected", [
    # the tagger gives the first word of a text «I-PER», not «B-PER»: a headline or a body that opens with a lone
    # surname kept no name (probe sets' headlines, dev: im07, ig15; transforms.ner_tags)
    ("Путин наградил Захара Прилепина орденом Мужества", [("Путин", "PER"), ("Захара Прилепина", "PER")]),
    ("Порошенко признал победу Зеленского", [("Порошенко", "PER"), ("Зеленского", "PER")]),
    ("Шойгу прибыл в Сирию", [("Шойгу", "PER"), ("Сирию", "LOC")]),
])
def test_a_lone_surname_opening_a_text_is_a_name(text, expected):
    assert [(s.text, s.type) for s in analyse(text).spans] == expected


def test_an_inside_tag_that_continues_no_span_begins_one():
    """CoNLL's reading of BIO: «I-X» after «O», or after a span of another type, begins a span of X; but not one word
    the dictionary knows only as a common word, which the tagger tags «I-» when it opens a text."""
    from types import SimpleNamespace as T

    from transforms.morph import morph_vocab
    from transforms.ner_tags import bio_spans
    words = "Шойгу прибыл в Сирию Минобороны России Пациентку".split()
    tokens = [T(start=i, stop=i + 1, text=w) for i, w in enumerate(words)]
    tags = ["I-PER", "O", "O", "B-LOC", "I-ORG", "I-ORG", "I-PER"]
    assert [(words[s.start], s.stop - s.start, s.type) for s in bio_spans(tokens, tags, morph_vocab().parse)] == [
        ("Шойгу", 1, "PER"), ("Сирию", 1, "LOC"), ("Минобороны", 2, "ORG")]
