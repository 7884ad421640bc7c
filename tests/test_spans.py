"""transforms.spans.refine: span boundaries fixed on real gold-corpus texts (no NLP needed).

Each case: the text, natasha's span(s) as it tagged them, and the spans after refinement.
"""

from __future__ import annotations

import pytest

from transforms.spans import Span, Token, refine


def spans_of(text: str, *pieces: tuple[str, str]) -> list[tuple[int, int, str]]:
    """(start, stop, type) of each (substring, type), found left to right."""
    out, cursor = [], 0
    for piece, type_ in pieces:
        start = text.index(piece, cursor)
        out.append((start, start + len(piece), type_))
        cursor = start + len(piece)
    return out


def texts(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return [(text[s.start:s.stop], s.type) for s in spans]


CASES = [
    pytest.param("Об этом сообщает Комитет защиты журналистов (КЗЖ).",
                 [("Комитет защиты журналистов (КЗЖ)", "ORG")],
                 [("Комитет защиты журналистов", "ORG"), ("КЗЖ", "ORG")], id="name (abbreviation)"),
    pytest.param("аресту подвергся видео-блоггер Джошуа Вольфа (Joshua Wolf).",
                 [("Джошуа Вольфа (Joshua Wolf)", "PER")],
                 [("Джошуа Вольфа", "PER"), ("Joshua Wolf", "PER")], id="name (original script)"),
    pytest.param("Певица МакSим подтвердила, что ее концерты перенесут.",  # probe V (dev), v11
                 [("МакS", "PER")], [("МакSим", "PER")], id="a span that cuts a word ends with the word"),
    pytest.param("Наибольшее количество арестованных журналистов (67) в Эфиопии.",
                 [("Эфиопии", "LOC")], [("Эфиопии", "LOC")], id="a number in brackets is left alone"),
    pytest.param("• Монако • Намибия • Непал", [("Монако • Намибия", "LOC")],
                 [("Монако", "LOC"), ("Намибия", "LOC")], id="bullet list"),
    pytest.param("• 0:1 — 01:23 Сёмин (Овечкин, Фёдоров)", [("Овечкин, Фёдоров", "PER")],
                 [("Овечкин", "PER"), ("Фёдоров", "PER")], id="comma list of names"),
    pytest.param("Акционеры ОАО «Газпром» одобрили дивиденды.", [("ОАО «Газпром»", "ORG")],
                 [("Газпром", "ORG")], id="legal form before a quoted name"),
    pytest.param("как сообщает РИА «Новости».", [("РИА «Новости", "ORG")],
                 [("Новости", "ORG")], id="agency before a quoted name, unclosed"),
    pytest.param("представители ПАСЕ (Парламентской ассамблеи)", [("ПАСЕ (", "ORG")],
                 [("ПАСЕ", "ORG")], id="trailing bracket"),
    pytest.param("в интервью Русской службе «Голоса Америки» лидер Меджлиса",
                 [("Русской службе «Голоса Америки", "ORG")],
                 [("Русской службе", "ORG"), ("Голоса Америки", "ORG")], id="open quote ends the span"),
    pytest.param("корреспондентом «Голоса Америки» лидер", [("Америки", "LOC")],
                 [("Голоса Америки", "ORG")], id="a place inside a quoted title is the title"),
    pytest.param("Зеленский в своем Telegram-канале сообщил", [("Telegram-канале", "ORG")],
                 [("Telegram", "ORG")], id="the channel is not the organisation"),
    pytest.param("Люди вернутся на Землю\n\nВсе участники", [("Землю\n\nВсе", "LOC")],
                 [("Землю", "LOC")], id="no span crosses a line break"),
    # «им.» / «имени»: the organisation is named after the person that follows (book_259)
    pytest.param("Театра «Театр.doc», Театра им. Йозефа Бойса (Германия).",
                 [("Театр.doc", "ORG"), ("Театра им.", "ORG"), ("Йозефа Бойса", "PER"), ("Германия", "LOC")],
                 [("Театр.doc", "ORG"), ("Театра им. Йозефа Бойса", "ORG"), ("Германия", "LOC")],
                 id="an organisation named after a person is one name"),
    # Turkic patronymics (transforms/data/name_particles.tsv): the particle is part of a person's name
    pytest.param("Депутат Таалатбек Масадыков уулу выступил.", [("Таалатбек Масадыков", "PER")],
                 [("Таалатбек Масадыков уулу", "PER")], id="a patronymic particle after a name joins it"),
    pytest.param("Депутат Манас Абдыллабек уулу заявил, что мэрия устраивает саботаж.",
                 [("Манас Абдыллабек уулу", "LOC")],
                 [("Манас Абдыллабек уулу", "PER")], id="a name with a patronymic particle is a person"),
]


@pytest.mark.parametrize("text, natasha, expected", CASES)
def test_refine(text, natasha, expected):
    assert texts(text, refine(text, spans_of(text, *natasha))) == expected


def test_sentence_initial_common_word_is_not_part_of_a_name():
    text = "Поддержку Кирсану Илюмжинову выразили многие."
    tokens = [Token(0, 9, "NOUN"), Token(10, 17, "PROPN"), Token(18, 28, "PROPN")]
    spans = refine(text, spans_of(text, ("Поддержку Кирсану Илюмжинову", "PER")), tokens, {0})
    assert texts(text, spans) == [("Кирсану Илюмжинову", "PER")]


def test_sentence_initial_hyphenated_common_noun_is_not_part_of_a_name():
    """The issue's «Остроумец-куплетист Смирнов-Сокольский»; the tagger calls both words PROPN."""
    text = "Остроумец-куплетист Смирнов-Сокольский выступил в Москве. Жан-Поль Сартр написал роман."
    tokens = [Token(0, 19, "PROPN"), Token(20, 38, "PROPN"), Token(58, 66, "PROPN"), Token(67, 72, "PROPN")]
    natasha = (("Остроумец-куплетист Смирнов-Сокольский", "PER"), ("Жан-Поль Сартр", "PER"))
    spans = refine(text, spans_of(text, *natasha), tokens, {0, 58})
    assert texts(text, spans) == [("Смирнов-Сокольский", "PER"), ("Жан-Поль Сартр", "PER")]


def test_overlapping_results_keep_the_first():
    text = "Монако • Намибия"
    assert texts(text, refine(text, [(0, 16, "LOC"), (9, 16, "LOC")])) == [("Монако", "LOC"), ("Намибия", "LOC")]
