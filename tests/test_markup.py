"""transforms.markup: an article drawn as text, with mentions, quotes and events (letopis inspect)."""

from __future__ import annotations

import datetime as dt

from transforms.markup import draw_article, draw_text, format_event, paragraph_spans, wrap_offsets

TITLE = "Токаев на встрече с Зеленским высказался о решении конфликта на Украине"
SENTENCE = ("Президент Казахстана Касым-Жомарт Токаев провел встречу с украинским коллегой "
            "Владимиром Зеленским на полях Генеральной Ассамблеи ООН.")
QUOTE = "Сейчас ключевая задача — достижение справедливого и длительного мира"
BODY = SENTENCE + "\n\n«" + QUOTE + "», — сказал Зеленский."


def at(source: str, text: str) -> tuple[int, int]:
    start = source.index(text)
    return start, start + len(text)


def mention(field: str, text: str, type_: str, name: str | None = None, entity_id: str | None = None,
            sentence_index: int = 0) -> dict:
    start, stop = at(TITLE if field == "title" else BODY, text)
    return {"field": field, "start": start, "stop": stop, "text": text, "type": type_, "normal": name or text,
            "entity_id": entity_id, "entity_name": name, "sentence_index": sentence_index}


MENTIONS = [
    mention("title", "Токаев", "PER"),
    mention("title", "Зеленским", "PER"),
    mention("title", "Украине", "LOC"),
    mention("body", "Казахстана", "LOC", "Казахстан", "kz"),
    mention("body", "Касым-Жомарт Токаев", "PER", "Касым-Жомарт Токаев", "tk"),
    mention("body", "Владимиром Зеленским", "PER", "Владимир Зеленский", "zl"),
    mention("body", "Генеральной Ассамблеи ООН", "ORG", "Генеральная Ассамблея ООН", "ga"),
    mention("body", "ООН.", "ORG")
    | dict(zip(("start", "stop"), (at(BODY, "ООН.")[0], at(BODY, "ООН.")[0] + 3)), text="ООН"),
    mention("body", "Зеленский.", "PER", "Владимир Зеленский", "zl", 1)
    | dict(stop=at(BODY, "Зеленский.")[1] - 1, text="Зеленский"),
]
QUOTES = [{"field": "body", **dict(zip(("start", "stop"), at(BODY, QUOTE))), "text": QUOTE, "kind": "direct",
           "speaker": "Зеленский", "speaker_name": "Владимир Зеленский", "sentence_index": 1}]
EVENTS = [{"sentence_index": 0, "event_subcode": "04", "event_type": "consult/meet", "trigger": "встреча",
           "actor1_entity_id": "tk", "actor1_name": "Касым-Жомарт Токаев",
           "actor2_entity_id": "zl", "actor2_name": "Владимир Зеленский", "location_entity_id": "ga",
           "event_date": dt.date(2025, 9, 23), "date_precision": "day", "date_source": "published",
           "sentence": SENTENCE}]


def test_one_sentence_with_its_mentions_drawn_under_it():
    spans = [(m["start"], m["stop"], m["type"]) for m in MENTIONS
             if m["field"] == "body" and m["stop"] <= len(SENTENCE)]
    assert draw_text(SENTENCE, spans, width=140) == (
        "Президент Казахстана Касым-Жомарт Токаев провел встречу с украинским коллегой Владимиром Зеленским на полях Генеральной Ассамблеи ООН.\n"
        "          LOC─────── PER────────────────                                      PER─────────────────          ORG──────────────────────\n"
        "                                                                                                                                  ORG"
    )


def test_article_title_body_quotes_and_events_wrapped():
    drawn = draw_article({"title": TITLE, "body": BODY}, MENTIONS, QUOTES, EVENTS, width=64)
    assert drawn == """\
Токаев на встрече с Зеленским высказался о решении конфликта на
PER───              PER──────
Украине
LOC────

Президент Казахстана Касым-Жомарт Токаев провел встречу с
          LOC─────── PER────────────────
украинским коллегой Владимиром Зеленским на полях Генеральной
                    PER─────────────────          ORG─────────
Ассамблеи ООН.
─────────────
          ORG
  ▸ 04 consult/meet: Касым-Жомарт Токаев → Владимир Зеленский @ Генеральная Ассамблея ООН 2025-09-23 [встреча]

«Сейчас ключевая задача — достижение справедливого и
 Q:Владимир Зеленский▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔
длительного мира», — сказал Зеленский.
                            PER──────
▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔"""


def test_label_longer_than_its_span_is_cut_like_natasha():
    text = "встреча президента РФ и США"
    assert draw_text(text, [(19, 21, "LOC"), (24, 27, "LOC")]) == (
        "встреча президента РФ и США\n"
        "                   LO   LOC")


def test_quote_label_goes_to_the_first_line_where_it_fits():
    text = "Депутат заявил, что Казахстан готов предоставить площадку для переговоров."
    start, stop = at(text, "Казахстан готов предоставить площадку для переговоров")
    quotes = [{"field": "body", "start": start, "stop": stop, "kind": "indirect", "speaker": "Сарым",
               "speaker_name": "Айдос Сарым"}]
    assert draw_article({"title": "", "body": text}, [], quotes, [], width=32) == (
        "\n\n"
        "Депутат заявил, что Казахстан\n"
        "                    ▔▔▔▔▔▔▔▔▔▔\n"
        "готов предоставить площадку для\n"
        "RQ:Айдос Сарым▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔\n"
        "переговоров.\n"
        "▔▔▔▔▔▔▔▔▔▔▔")


def test_events_follow_their_paragraph_and_unfound_sentences_come_last():
    body = "Первый абзац. Путин встретился с Си.\n\nВторой абзац, где Си заявил о поддержке."
    events = [
        {"sentence_index": 1, "event_subcode": "01", "event_type": "public statement", "actor1_name": "Си Цзиньпин",
         "event_date": dt.date(2025, 9, 1), "date_precision": "month",
         "sentence": "Второй абзац, где Си заявил о поддержке."},
        {"sentence_index": 1, "event_subcode": "04", "event_type": "consult/meet", "actor1_name": "Владимир Путин",
         "actor2_name": "Си Цзиньпин", "sentence": "Путин встретился с Си."},
        {"sentence_index": 9, "event_subcode": "05", "event_type": "diplomatic cooperation",
         "actor2_name": "Китай", "sentence": "Этого предложения нет в тексте."},
    ]
    assert draw_article({"title": "Встреча", "body": body}, [], [], events) == (
        "Встреча\n"
        "\n"
        "Первый абзац. Путин встретился с Си.\n"
        "  ▸ 04 consult/meet: Владимир Путин → Си Цзиньпин\n"
        "\n"
        "Второй абзац, где Си заявил о поддержке.\n"
        "  ▸ 01 public statement: Си Цзиньпин 2025-09\n"
        "\n"
        "events whose sentence is not in the body:\n"
        "  ▸ 05 diplomatic cooperation: ? → Китай")


def test_spans_outside_the_text_are_left_out_not_drawn_wrong():
    bad = [{"field": "body", "start": 5, "stop": 500, "type": "PER"},
           {"field": "body", "start": 3, "stop": 3, "type": "LOC"},
           {"field": "title", "start": 0, "stop": 3, "type": "ORG"}]
    assert draw_article({"title": "", "body": "Текст статьи."}, bad, [], []) == "\n\nТекст статьи."


def test_wrapping_keeps_every_character_at_its_offset():
    text = BODY + "\nстрока с переводом\n" + "оченьдлинноесловобезпробелов" * 3
    for width in (10, 17, 40, 100):
        lines = wrap_offsets(text, 0, len(text), width)
        assert all(0 < stop - start <= width or stop == start for start, stop in lines)
        assert "".join(text[s:e] for s, e in lines) == text.replace("\n", "")
        assert all(stop <= next_start for (_, stop), (next_start, _) in zip(lines, lines[1:]))


def test_paragraphs_and_event_format():
    assert paragraph_spans("a\n\n b \n \n\nc") == [(0, 1), (4, 5), (10, 11)]
    assert format_event({"event_subcode": "13", "event_type": "threaten", "actor1_entity_id": "x",
                         "event_date": dt.date(2024, 1, 1), "date_precision": "year", "trigger": "пригрозить"},
                        {"x": "Россия"}) == "13 threaten: Россия 2024 [пригрозить]"
