"""Events: who did what to whom, when and where (transforms/events/, docs/events.md).

Golden rows on real sentences (the sample article, factRuEval-2016 texts in
benchmarks/gold/factru-dev), each next to the sentence it is read from.  A row reads

    (event_subcode, trigger, actor1_name, actor2_name, location (entity name), event_date, date_precision, date_source)
"""

from __future__ import annotations

import datetime as dt
import itertools
from functools import lru_cache

import pytest

from benchmarks.events import (gold_keys, held_out, meeting_pairs, meeting_score, pair_matches, predicted_keys,
                               predicted_meetings, score)
from benchmarks.gold import GoldDoc, words
from benchmarks.gold import load as load_gold_docs
from schemas.tables import EVENTS, to_table
from tests.conftest import SAMPLE, TODAY
from transforms.events import extract_events, lexicon, relink_actors
from transforms.extract import analyse_article, extract_article
from transforms.field_view import FieldView
from transforms.parse import ParsedArticle, build_article, parse_file

D = dt.date.fromisoformat
GOLD_PUBLISHED = "2016-02-29"  # the neutral header date of the factRuEval texts
RUN = {"run_id": "test", "ingested_at": dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)}


def run(article: ParsedArticle, docs=None):
    """(events, mentions, docs) of an article, from the extractor chain (analysed once)."""
    docs = docs or analyse_article(article)
    tables = extract_article(article, **RUN, docs=docs)
    return tables["events"], tables["mentions"], docs


def readable(events: list[dict], mentions: list[dict]) -> list[tuple]:
    names = {m["entity_id"]: m["entity_name"] for m in mentions}
    return [(e["event_subcode"], e["trigger"], e["actor1_name"], e["actor2_name"], names.get(e["location_entity_id"]),
             e["event_date"].isoformat(), e["date_precision"], e["date_source"]) for e in events]


def article_of(body: str, published: str, title: str = "Новости") -> ParsedArticle:
    return build_article(article_id="t", source_path="t.txt", published=D(published), title=title, body=body)


def events_of(sentence: str, published: str, statements: bool = False) -> list[tuple]:
    """The sentence's rows; without the statements read from its quotes unless `statements`."""
    events, mentions, _ = run(article_of(sentence, published))
    return readable([e for e in events if statements or e["rule"] != "speaker"], mentions)


@lru_cache(maxsize=1)
def sample():
    (article,) = parse_file(SAMPLE.name, SAMPLE.read_bytes(), today=TODAY)
    return (article, *run(article))


# -- the sample article: every row, checked by eye ---------------------------------------

SAMPLE_GOLDEN = [
    # sentence index, (code, trigger, actor1, actor2, location, date, precision, source) — the sentence
    (0, ("04", "встреча", "Касым-Жомарт Токаев", "Владимир Зеленский", "Генеральная Ассамблея ООН",
         "2025-09-23", "day", "published")),
    # Президент Казахстана Касым-Жомарт Токаев провел встречу с украинским коллегой Владимиром Зеленским
    # на полях Генеральной Ассамблеи ООН.
    (1, ("01", "высказаться", "Касым-Жомарт Токаев", None, None, "2025-09-23", "day", "published")),
    # Казахстанский лидер высказался за продолжение дипломатических усилий …  (a descriptor: coreference)
    (2, ("04", "обсуждать", "Касым-Жомарт Токаев", "Владимир Зеленский", None, "2025-09-23", "day", "published")),
    # Зеленский рассказал, что они также обсуждали торгово-экономическое сотрудничество …  («они»: the sides
    # of the meeting of sentence 0)
    (3, ("01", "заявить", "Казахстан", None, None, "2025-09-23", "day", "published")),
    # Ранее в Казахстане заявили о готовности выступить посредником между Москвой и Киевом …  (no subject: the
    # words said in a country are the state's)
    (4, ("04", "встретиться", "Касым-Жомарт Токаев", "Владимир Зеленский", "Генеральная Ассамблея ООН",
         "2025-09-23", "day", "published")),
    # Президент Казахстана Касым-Жомарт Токаев встретился с украинским лидером Владимиром Зеленским на полях
    # Генассамблеи ООН.          (5: «Эта личная встреча произошла впервые с 2019 года.» — no new row)
    (6, ("051", "поддержать", "Касым-Жомарт Токаев", None, None, "2025-09-23", "day", "published")),
    # Токаев поддержал продолжение дипломатического урегулирования конфликта на Украине.
    (8, ("01", "подтвердить", "Владимир Зеленский", None, None, "2025-09-23", "day", "published")),
    (8, ("04", "встреча", "Владимир Зеленский", "Касым-Жомарт Токаев", None, "2025-09-23", "day", "published")),
    # Зеленский подтвердил встречу с Токаевым и в своем Telegram-канале сообщил, что …  (one statement: the
    # quote's row, «сообщил», gives way to the verb's)
    (11, ("01", "заявить", "Айдос Сарым", None, None, "2025-09-22", "day", "text")),
    (11, ("036", "выступить", "Казахстан", None, None, "2025-09-22", "day", "text")),
    # 22 сентября депутат меджлиса Казахстана Айдос Сарым заявил о готовности Астаны выступить посредником …
    # (the capital acting is its state, which the article names; the readiness is to mediate, an intent to
    # negotiate: 036, not a bare 03 — no sides named, since «между» hangs on «конфликта»)
    # (16: «… может стать площадкой для встречи … Путина и … Трампа, если …» — possible, no row)
    (17, ("01", "подчеркнуть", "Айдос Сарым", None, None, "2025-09-23", "day", "published")),
    # «Мы полностью можем обеспечить им безопасность и прочие вещи», — подчеркнул Сарым.  (a verb of statement,
    # cameo.tsv 01: the quote's row gives way to the verb's, as in sentence 8)
    (19, ("01", "заявлять", "Касым-Жомарт Токаев", None, None, "2025-09-23", "day", "published")),
    (19, ("11", "выступать", "Казахстан", None, None, "2025-09-23", "day", "published")),
    # Сам Токаев ранее заявлял, что Казахстан не намерен разрывать отношения с Россией (negated: no 16)
    # и выступает против санкционной политики.
    (21, ("163", "санкция", "Запад", "Россия", None, "2025-09-23", "day", "published")),
    # Санкции Запада против России крайне негативно влияют на структуру международных отношений.
    (23, ("01", "подчеркнуть", "Касым-Жомарт Токаев", None, None, "2025-09-23", "day", "published")),
    # Тогда он подчеркнул, что Казахстан не торгует санкционными товарами …
    (25, ("051", "поддерживать", "Касым-Жомарт Токаев", None, None, "2025-09-23", "day", "published")),
    # При этом лидер Казахстана поддерживает отношения и с украинской стороной.  (the leader named with
    # Kazakhstan: «Президент Казахстана Касым-Жомарт Токаев», not the last leader named, Трамп)
    (26, ("051", "поздравить", "Касым-Жомарт Токаев", "Владимир Зеленский", None, "2025-08-01", "month", "text")),
    # В августе Токаев поздравил Зеленского с Днем независимости Украины.
    (28, ("051", "поздравление", "Никол Пашинян", None, None, "2025-09-23", "day", "published")),
    # Другое прямое поздравление направил премьер-министр Армении Никол Пашинян.
    (29, ("07", "помощь", "Казахстан", "Украина", None, "2025-09-23", "day", "published")),
    # Также известно, что Казахстан оказывает Украине гуманитарную помощь, за что …
]


# Statements read from the sample's quotes (rule `speaker`): every quote whose speaker is an entity.
SAMPLE_STATEMENTS = [
    (2, ("01", "рассказать", "Владимир Зеленский", None, None, "2025-09-23", "day", "published")),
    # Зеленский рассказал, что они также обсуждали торгово-экономическое сотрудничество …
    (7, ("01", "говорится в сообщении", "Пресс-служба главы Казахстана", None, None, "2025-09-23", "day",
         "published")),
    # «Президент Казахстана высказал мнение, что …», — говорится в сообщении в официальном Telegram
    # пресс-службы главы Казахстана.  (a press service is an organisation: org_words.tsv `by_field_place`)
    (9, ("01", "говорится в сообщении", "Владимир Зеленский", None, None, "2025-09-23", "day", "published")),
    # «Сейчас ключевая задача — достижение справедливого и длительного мира …», — говорится в сообщении.
    (12, ("01", "по словам", "Айдос Сарым", None, None, "2025-09-23", "day", "published")),
    # По словам парламентария, Казахстан готов предоставить свою площадку для переговоров …
    (13, ("01", "сказать", "Айдос Сарым", None, None, "2025-09-23", "day", "published")),
    # «Президент и наш МИД уже много раз говорили, что …», — сказал он.
    (14, ("01", "по словам", "Айдос Сарым", None, None, "2025-09-23", "day", "published")),
    # По словам парламентария, в Казахстане «в одинаковой степени хорошо» понимают и Россию, и Украину.
    (15, ("01", "добавить", "Айдос Сарым", None, None, "2025-09-23", "day", "published")),
    # «Переговорные процессы, как правило, происходят на разных площадках …», — добавил он.
    (16, ("01", "предположить", "Айдос Сарым", None, None, "2025-09-23", "day", "published")),
    # Казахстанский парламентарий также предположил, что страна может стать «комфортной» площадкой …
    (20, ("01", "цитировать", "Касым-Жомарт Токаев", None, None, "2025-09-23", "day", "published")),
    # «Казахстан не является анти-Россией. …», — цитирует Токаева …
    (24, ("01", "говорить", "Касым-Жомарт Токаев", None, None, "2025-09-23", "day", "published")),
    # … Казахстан вынужден учитывать …, говорил Токаев.
]


def test_sample_article_golden():
    article, events, mentions, _ = sample()
    assert article.published_date == D("2025-09-23")
    got = list(zip([e["sentence_index"] for e in events], readable(events, mentions)))
    rules = [e["rule"] for e in events]
    assert [g for g, r in zip(got, rules) if r != "speaker"] == SAMPLE_GOLDEN
    assert [g for g, r in zip(got, rules) if r == "speaker"] == SAMPLE_STATEMENTS


def test_sample_article_what_the_issue_asks_for():
    _, events, mentions, docs = sample()
    by_name = {m["entity_name"]: m["entity_id"] for m in mentions}

    def find(code, a1, a2=None):
        return [e for e in events if e["event_subcode"] == code and e["actor1_name"] == a1
                and (a2 is None or e["actor2_name"] == a2)]

    meeting = find("04", "Касым-Жомарт Токаев", "Владимир Зеленский")[0]
    assert (meeting["event_date"], meeting["date_precision"], meeting["date_source"]) == (D("2025-09-23"), "day",
                                                                                          "published")
    assert meeting["location_entity_id"] == by_name["Генеральная Ассамблея ООН"]  # an ORG as the venue
    assert meeting["actor1_entity_id"] == by_name["Касым-Жомарт Токаев"]
    assert meeting["actor2_entity_id"] == by_name["Владимир Зеленский"]
    statement = find("01", "Айдос Сарым")[0]
    assert (statement["event_date"], statement["date_precision"], statement["date_source"]) == (D("2025-09-22"),
                                                                                               "day", "text")
    congratulation = find("051", "Касым-Жомарт Токаев", "Владимир Зеленский")[0]
    assert (congratulation["trigger"], congratulation["event_date"], congratulation["date_precision"]) == (
        "поздравить", D("2025-08-01"), "month")
    aid = find("07", "Казахстан", "Украина")[0]
    assert (aid["event_type"], aid["trigger"]) == ("provide aid", "помощь")
    assert aid["sentence"] == docs["body"].sentences[aid["sentence_index"]].text


def test_sample_rows_fit_the_events_schema():
    article, events, _, _ = sample()
    assert all(list(e) == EVENTS.names for e in events)
    table = to_table("events", events)
    assert table.num_rows == len(events)
    assert len({e["event_id"] for e in events}) == len(events)
    assert all(len(e["event_id"]) == 16 and (e["year"], e["month"]) == (2025, 9) for e in events)
    assert all(e["article_id"] == article.article_id for e in events)


def test_same_input_same_rows():
    article, events, _, _ = sample()
    again, _, _ = run(article)
    assert again == events


def test_dates_come_from_the_sentence():
    """An event dated from the text carries the value of a date expression of its sentence."""
    from transforms.dates import sentence_dates

    article, events, _, _ = sample()
    for e in events:
        found = {(d.value, d.precision) for d in sentence_dates(e["sentence"], article.published_date)}
        if e["date_source"] == "text":
            assert (e["event_date"], e["date_precision"]) in found
        else:
            assert (e["event_date"], e["date_precision"]) == (article.published_date, "day")


# -- one pattern, one real sentence --------------------------------------------------------

PATTERNS = [
    # pattern, publication date, sentence, expected rows
    ("verb with «с»: встретиться с", "2025-09-23",
     "Президент Казахстана Касым-Жомарт Токаев встретился с украинским лидером Владимиром Зеленским на полях "
     "Генассамблеи ООН.",
     [("04", "встретиться", "Касым-Жомарт Токаев", "Владимир Зеленский", "Генеральная Ассамблея ООН",
       "2025-09-23", "day", "published")]),
    ("a partner of the verb that completes the trigger: «запретил ввозить … из Молдавии» (book_622)", "2016-02-29",
     "Минсельхоз РФ запретил ввозить овощи и фрукты из Молдавии.",
     [("163", "запретить", "Минсельхоз России", "Молдавия", None, "2016-02-29", "day", "published")]),
    ("a verb of judging with a word of condemnation is disapproval of whose decision it judges (book_398)",
     GOLD_PUBLISHED, "Клуб «Бавария» (Мюнхен) считает решение Клинсмана ошибочным, но принимает это решение.",
     [("11", "считать", "Бавария", "Клинсман", None, GOLD_PUBLISHED, "day", "published")]),
    ("two subjects the parser crossed: each is its own clause's, with the verb conjoined to it (book_154)",
     GOLD_PUBLISHED,
     "Президент Грузии Михаил Сааакашвили объявил о переизбрании на пост главы государства, однако лидер "
     "оппозиции Леван Гачечиладзе назвал итоги выборов подтасованными и призвал тысячи своих сторонников "
     "собраться на митинг в Тбилиси.",
     [("01", "объявить", "Михаил Сааакашвили", None, None, GOLD_PUBLISHED, "day", "published"),
      # «на пост главы государства»: the state is the country named last (offices.generic_place)
      ("L03", "переизбрание", "Михаил Сааакашвили", "Грузия", None, GOLD_PUBLISHED, "day", "published"),
      ("11", "назвать", "Леван Гачечиладзе", None, None, GOLD_PUBLISHED, "day", "published"),
      ("02", "призвать", "Леван Гачечиладзе", None, None, GOLD_PUBLISHED, "day", "published")]),
    ("a sentence naming no entity but a state by its adjective (book_189)", GOLD_PUBLISHED,
     "В апреле власти Мальты и Италии не могли в течении 4 дней договориться, кто из них должен принять 140 "
     "нелегальных мигрантов, спасенных одним турецким судном. Кстати за два дня до итальянцев, мальтийские "
     "пограничники уже задерживали лодку.",
     [("173", "задерживать", "Мальта", None, None, GOLD_PUBLISHED, "day", "published")]),
    ("light verb + noun: провести встречу с", "2025-09-23",
     "Президент Казахстана Касым-Жомарт Токаев провел встречу с украинским коллегой Владимиром Зеленским на "
     "полях Генеральной Ассамблеи ООН.",
     [("04", "встреча", "Касым-Жомарт Токаев", "Владимир Зеленский", "Генеральная Ассамблея ООН",
       "2025-09-23", "day", "published")]),
    ("a nominal event without participants of its own is no new row", "2025-09-23",
     "Эта личная встреча произошла впервые с 2019 года.",
     []),
    ("statement, dated in the clause; intent noun with a genitive agent, a capital that is its state", "2025-09-23",
     "22 сентября депутат меджлиса Казахстана Айдос Сарым заявил о готовности Астаны выступить посредником в "
     "урегулировании конфликта между Россией и Украиной.",
     [("01", "заявить", "Айдос Сарым", None, None, "2025-09-22", "day", "text"),
      ("036", "выступить", "Казахстан", None, None, "2025-09-22", "day", "text")]),
    # factRuEval dev, book_142: «Анкару» is Турция, named in the same sentence
    ("a capital as an actor is the state the article names", GOLD_PUBLISHED,
     "Голос Америки: Ранее СМИ сообщали, что вы лично передавали письмо президенту Турции, в котором просили "
     "Анкару принять программу строительства или выкупа тысяч квартир для крымско-татарского народа…",
     [("02", "просить", None, "Турция", None, GOLD_PUBLISHED, "day", "published")]),
    # factRuEval dev, book_129 (the target, «коммунистическое государство», is no name; read alone, the
    # sentence names no США, so the capital stays itself)
    ("the agent of a passive participle of a noun trigger: наложенного Вашингтоном эмбарго", GOLD_PUBLISHED,
     "Куба была отрезана от всемирной паутины кабельных телекоммуникаций в результате наложенного Вашингтоном "
     "эмбарго на торговлю с коммунистическим государством.",
     [("163", "эмбарго", "Вашингтон", None, None, GOLD_PUBLISHED, "day", "published")]),
    # probe C (dev, outside the repository): the owner of «полномочий» is the person the L02 event is
    # about, in a decree's quoted title too; the agency of the dateline is no subject
    ("the end of someone's powers: прекратить полномочия губернатора X", "2025-09-23",
     "Президент Владимир Путин досрочно прекратил полномочия губернатора Брянской области Александра Богомаза.",
     [("L02", "прекратить", "Александр Богомаз", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    ("… a decree about it, titled in quotes, after a dateline's agency", "2012-04-13",
     'INTERFAX.RU - Президент России Дмитрий Медведев подписал указ "О досрочном прекращении полномочий '
     'губернатора Костромской области" Игоря Слюняева, сообщила пресс-служба Кремля в пятницу.',
     [("L02", "прекращение", "Игорь Слюняев", "Дмитрий Медведев", None, "2012-04-13", "day", "published")]),
    # … also an agency whose name is capitals before a hyphen, and what follows its dash is the subject
    # (probe BW, dev, p13)
    ("a dateline «НТА-Приволжье - ОАО «РЖД» … подписали договор»", "2015-06-30",
     'Нижний Новгород. 30 июня. НТА-Приволжье - ОАО "Российские железные дороги" и министерство обороны '
     'России подписали договор о строительстве двухпутной электрифицированной железной дороги.',
     # (the ministry, lower-case, is Russia's: org_words.tsv `by_field_place`)
     [("057", "подписать", "Российские железные дороги", "Министерство обороны России", None, "2015-06-30", "day",
       "published")]),
    ("object; month precision", "2025-09-23",
     "В августе Токаев поздравил Зеленского с Днем независимости Украины.",
     [("051", "поздравить", "Токаев", "Зеленский", None, "2025-08-01", "month", "text")]),
    ("light verb + noun with a dative: оказывать помощь кому", "2025-09-23",
     "Также известно, что Казахстан оказывает Украине гуманитарную помощь, за что ранее получал благодарности "
     "от руководства страны.",
     [("07", "помощь", "Казахстан", "Украина", None, "2025-09-23", "day", "published")]),
    # the genitive of an attack noun: an organisation or a state attacks (a state: 190, «нападение @STATE»), a person or
    # a city is attacked (event_words.tsv `attacker`; probe C, dev, outside the repository)
    ("«нападение США и Израиля»: the states attack", "2025-09-23",
     "Представитель МИД Ирана Исмаил Багаи заявил, что нападение США и Израиля является объявлением войны.",
     [("01", "заявить", "Исмаил Багаи", None, None, "2025-09-23", "day", "published"),
      ("190", "нападение", "США", None, None, "2025-09-23", "day", "published"),
      ("190", "нападение", "Израиль", None, None, "2025-09-23", "day", "published")]),
    ("«авиаудар ВВС Израиля»: the air force attacks", "2025-09-23",
     "Авиаудар ВВС Израиля уничтожил здание в Газе.",
     [("190", "авиаудар", "ВВС Израиля", None, None, "2025-09-23", "day", "published")]),
    ("«убийство Бориса Немцова»: a person is the target", "2025-09-23",
     "Убийство Бориса Немцова потрясло Москву.",
     [("18", "убийство", None, "Борис Немцов", None, "2025-09-23", "day", "published")]),
    # a batch or measure of what is given hides the trigger from its light verb (event_words.tsv `frame`)
    ("a package of sanctions: ввел пакет санкций, as «ввел санкции»", "2025-09-23",
     "Евросоюз ввел новый пакет санкций против России.",
     [("163", "ввести", "ЕС", "Россия", None, "2025-09-23", "day", "published")]),
    ("tonnes of aid handed over: передала … тонн помощи", "2025-09-23",
     "Германия передала Украине 20 тонн гуманитарной помощи.",
     [("07", "помощь", "Германия", "Украина", None, "2025-09-23", "day", "published")]),
    ("a series of strikes: нанес серию ударов по …", "2025-09-23",
     "Израиль нанес серию ударов по Сирии.",
     [("190", "удар", "Израиль", "Сирия", None, "2025-09-23", "day", "published")]),
    # … and it hides the word of a trigger phrase («подписать соглашение») from its verb
    ("a number of agreements signed: подписали ряд соглашений", "2011-12-12",
     "Украина и Черногория подписали ряд двусторонних соглашений в рамках официального визита премьер-министра "
     "Украины Николая Азарова в Черногорию.",
     [("057", "подписать", "Украина", "Черногория", None, "2011-12-12", "day", "published"),
      ("042", "визит", "Николай Азаров", "Черногория", "Черногория", "2011-12-12", "day", "published")]),
    # … nor does a title in marks the parser hangs on the noun before it (probe DU, dev, p08)
    ("an agreement named in marks: подписали в Белом доме «Соглашения Авраама»", "2020-09-15",
     "Израиль, ОАЭ и Бахрейн подписали в Белом доме «Соглашения Авраама».",
     [("057", "подписать", "Израиль", "ОАЭ", "Белый дом", "2020-09-15", "day", "published"),
      ("057", "подписать", "Израиль", "Бахрейн", "Белый дом", "2020-09-15", "day", "published"),
      ("057", "подписать", "ОАЭ", "Бахрейн", "Белый дом", "2020-09-15", "day", "published")]),
    # a second name hung on a noun that names one already is the nearest noun's in its case (probe DU, dev, p09)
    ("two partners of two verbs: переговоры с X, а встретился с Y", "2019-10-23",
     "Путин провел переговоры с премьер-министром Эфиопии Абием Ахмедом, а в четверг встретился с президентом "
     "Мозамбика Филипе Ньюси.",
     [("04", "переговоры", "Путин", "Абий Ахмед", None, "2019-10-23", "day", "published"),
      ("04", "встретиться", "Путин", "Филипе Ньюси", None, "2019-10-17", "day", "text")]),
    # an animate genitive after a name in marks is no genitive of the noun the name names (probe DU, dev, p09)
    ("a guest after a residence named in marks: принял в резиденции «Бочаров ручей» президента", "2019-10-23",
     "Владимир Путин принял в резиденции «Бочаров ручей» президента ЦАР Фостена-Арканжа Туадеру.",
     [("043", "принять", "Владимир Путин", "Фостен-Арканж Туадера", "Бочаров ручей", "2019-10-23", "day",
       "published")]),
    # a noun of a person names the people in apposition to it, not an organisation hung beside them
    # (probe DU, dev, p14)
    ("a person's two descriptors, an outlet in marks: советника … и экс-журналиста «Коммерсанта» X", "2022-09-05",
     "Московский городской суд приговорил бывшего советника главы «Роскосмоса» и экс-журналиста «Коммерсанта» "
     "и «Ведомостей» Ивана Сафронова к 22 годам.",
     [("173", "приговорить", "Московский городской суд", "Иван Сафронов", None, "2022-09-05", "day", "published")]),
    # sending someone to compulsory treatment is coercion (probe DU, dev, p13)
    ("compulsory treatment: направил на принудительное лечение", "2021-07-26",
     "Якутский городской суд признал шамана Александра Габышева невменяемым и направил его на принудительное "
     "лечение.",
     [("17", "направить", "Якутский городской суд", "Александр Габышев", None, "2021-07-26", "day", "published")]),
    # proclaiming oneself to a post is taking it: «провозгласить @POST» (probe DU, dev, p05)
    ("a post proclaimed: провозгласил себя временным президентом", "2019-01-23",
     "Хуан Гуайдо провозгласил себя временным президентом Венесуэлы.",
     [("L01", "провозгласить", "Хуан Гуайдо", "Венесуэла", None, "2019-01-23", "day", "published")]),
    # a round is a frame noun: the trigger is found through it (probe DU, dev, p06)
    ("an election won in a round: победил во втором туре выборов", "2022-10-31",
     "Лула да Силва победил во втором туре президентских выборов.",
     [("L03", "победить", "Лула да Силва", None, None, "2022-10-31", "day", "published")]),
    ("talks held in a round: провели второй тур переговоров", "2022-10-31",
     "Лавров и Блинкен провели второй тур переговоров.",
     [("04", "переговоры", "Лавров", "Блинкен", None, "2022-10-31", "day", "published")]),
    # «поддержка»'s genitive is whom it favours (event_words.tsv `favour`); in «в поддержку» the verb's subject
    # acts, after «при» the genitive does (probe DU, dev, p15)
    ("support for someone: выступили в поддержку X", "2019-02-20",
     "В поддержку Калви выступили глава Счетной палаты Алексей Кудрин и гендиректор РФПИ Кирилл Дмитриев.",
     [("051", "поддержка", "Алексей Кудрин", "Калви", None, "2019-02-20", "day", "published"),
      ("051", "поддержка", "Кирилл Дмитриев", "Калви", None, "2019-02-20", "day", "published")]),
    ("support announced: заявила о поддержке X", "2019-02-20",
     "Россия заявила о поддержке Ирана.",
     [("01", "заявить", "Россия", None, None, "2019-02-20", "day", "published"),
      ("051", "поддержка", "Россия", "Иран", None, "2019-02-20", "day", "published")]),
    ("support given: при поддержке X", "2019-02-20",
     "Операция прошла при поддержке США.",
     [("051", "поддержка", "США", None, None, "2019-02-20", "day", "published")]),
    # who awards, appoints or dismisses is actor2, never whom it is about, even with that one unnamed
    # (event_words.tsv `doer`)
    ("an awarder whose laureates go unnamed is no laureate", "2017-04-25",
     "Президент России Владимир Путин наградил званиями Героя труда пять лауреатов, сообщает сайт Кремля.",
     [("L05", "наградить", None, "Владимир Путин", None, "2017-04-25", "day", "published")]),
    ("who accepts a resignation does not resign: принял отставку", "2019-03-20",
     "20 марта Владимир Путин принял отставку глав двух российских регионов: руководителя Калмыкии Алексея "
     "Орлова и главы Алтая Александра Бердникова.",
     [("L02", "принять", None, "Владимир Путин", None, "2019-03-20", "day", "text")]),
    # the body of a post one leaves or takes is actor2, when no one appoints or dismisses (probe AF, dev, af07;
    # probe P, dev, p04): named through «с поста», «от должности», «исполняющим обязанности» …
    ("the body of a post through its frame: ушел с поста главы Дагестана", "2017-09-28",
     "Кроме того Рамазан Абдулатипов ушел с поста главы Дагестана. Временно исполняющим обязанности губернатора "
     "Алтая назначен Олег Хорохордин.",
     [("L02", "уйти", "Рамазан Абдулатипов", "Дагестан", None, "2017-09-28", "day", "published"),
      ("L01", "назначить", "Олег Хорохордин", "Алтай", None, "2017-09-28", "day", "published")]),
    # … through «исполняющим обязанности» the parser hangs as a noun's genitive, and «врио», which
    # «стал» takes too: «стал врио губернатора» is an appointment (probes AP, dev, ap08 and ap13); the
    # gapped second clause, «а Саратовской области — Роман Бусаргин», is Бусаргин's, with the body of his own
    # segment (repairs._gapped_list, offices.held_post_body)
    ("the body of a post through «исполняющим обязанности» in the genitive", "2015-03-25",
     "Исполняющим обязанности губернатора Сахалинской области назначен Олег Кожемяко, до этого руководивший "
     "Амурской областью.",
     [("L01", "назначить", "Олег Кожемяко", "Сахалинская область", None, "2015-03-25", "day", "published")]),
    ("стал врио губернатора: an appointment, the post's body its other side", "2022-05-11",
     "Врио губернатора Рязанской области стал Павел Малков, а Саратовской области — Роман Бусаргин.",
     [("L01", "стать", "Павел Малков", "Рязанская область", None, "2022-05-11", "day", "published"),
      ("L01", "стать", "Роман Бусаргин", "Саратовская область", None, "2022-05-11", "day", "published")]),
    # an award told in the passive with no agent continues who last awarded someone (probe AQ, dev, aq09,
    # shortened: «… вручил государственные награды военным, деятелям науки …»)
    ("a passive award with no agent is the last awarder's: орденов удостоены …", "2013-02-22",
     "Президент России Владимир Путин в канун празднования Дня защитника Отечества вручил государственные "
     "награды. В частности, орденов удостоены космонавт-испытатель Сергей Волков, артистка Александра Захарова.",
     [("L05", "вручить", None, "Владимир Путин", None, "2013-02-22", "day", "published"),
      ("L05", "удостоить", "Сергей Волков", "Владимир Путин", None, "2013-02-22", "day", "published"),
      ("L05", "удостоить", "Александра Захарова", "Владимир Путин", None, "2013-02-22", "day", "published")]),
    # the source of a dateline is no subject of a passive either; the words after the dash, a root of their
    # own in the parse, are (clause_subjects.dateline_subject); a post «в качестве» is one in the instrumental
    # (event_words.tsv `post_preposition`) (probe CE, dev, p05)
    ("a dateline before a passive, a post «в качестве»: INTERFAX.RU - … Белозеров избран в качестве президента …",
     "2024-10-01",
     "Москва. 1 октября. INTERFAX.RU - Генеральный директор РЖД Олег Белозеров избран в качестве президента "
     "Федерации гимнастики России (ФГР).",
     [("L03", "избрать", "Олег Белозеров", "Федерация гимнастики России", None, "2024-10-01", "day", "published")]),
    ("a post «в качестве» is the post's: назначен в качестве министра …", "2024-10-01",
     "Андрей Белоусов назначен в качестве министра обороны Российской Федерации.",
     [("L01", "назначить", "Андрей Белоусов", "Россия", None, "2024-10-01", "day", "published")]),
    # «президенты» are the two people introduced as presidents or leaders: one in an animate accusative the
    # tagger reads apart from its name's genitive («лидера США Дональда Трампа»), and never by «оба лидера»
    # after another's name (descriptors._apposed) (probe CE, dev, p14, shortened)
    ("«президенты» are the two introduced: поздравил лидера США Дональда Трампа …, оба лидера …", "2025-06-14",
     "Президент РФ Владимир Путин по телефону поздравил лидера США Дональда Трампа с днем рождения, рассказал "
     "помощник главы РФ Юрий Ушаков. По словам Ушакова, оба лидера выразили удовлетворение отношениями. В ходе "
     "беседы президенты обсудили ситуацию на Ближнем Востоке.",
     [("051", "поздравить", "Владимир Путин", "Дональд Трамп", None, "2025-06-14", "day", "published"),
      ("04", "беседа", "Владимир Путин", "Дональд Трамп", None, "2025-06-14", "day", "published")]),
    # a state's armed forces in the instrumental are the state, an attack noun's agent (event_words.tsv
    # `government` «сила»), not its target (probe CE, dev, p03)
    ("a state's forces attack: при обстрелах вооруженными силами Украины …", "2025-11-01",
     "Один мирный житель погиб при обстрелах вооруженными силами Украины населенных пунктов Херсонской области.",
     [("190", "обстрел", "Украина", "Херсонская область", None, "2025-11-01", "day", "published")]),
    # what is asked of someone stands for them as a demand's object (event_words.tsv `owned`) (probe CE, dev, p12)
    ("a demand of someone's attention is of them: требовали внимания Локтя к проблеме", "2020-12-04",
     "Жители обращались к мэру Анатолию Локтю. Пикетирующие требовали внимания Локтя к проблеме.",
     [("02", "обращаться", None, "Анатолий Локоть", None, "2020-12-04", "day", "published"),
      ("10", "требовать", None, "Анатолий Локоть", None, "2020-12-04", "day", "published")]),
    # «намерена», «намерены» (lemma «намерен») are intent as «намерен» is (modality.tsv): a meeting intended
    # is 036 (probe CE, dev, p10)
    ("«намерены обсудить» is an intended meeting: Москва и Вашингтон намерены обсудить …", "2025-04-12",
     "Ранее Лавров сообщил, что Россия и США намерены обсудить совместные проекты.",
     [("036", "обсудить", "Россия", "США", None, "2025-04-12", "day", "published")]),
    # staff who protest protest against whom they work for (cameo.tsv `employer_target`, event_words.tsv
    # `staff`); residents name no one (probe CE, dev, p13)
    ("staff strike against their employer: Рабочие завода УАЗ устроили забастовку", "2023-05-17",
     "Рабочие завода УАЗ устроили забастовку прямо в цеху завода. Сотрудники компании «Мегафон» вышли на "
     "пикет. Жители района провели митинг против застройки.",
     [("14", "забастовка", None, "УАЗ", None, "2023-05-17", "day", "published"),
      ("14", "пикет", None, "Мегафон", None, "2023-05-17", "day", "published")]),
    # «вместе с X» shares the object's side when the verb has no subject (event_words.tsv `together_with`);
    # a name in «-овым» the tagger calls nominative is no subject (probe BW, dev, p02)
    ("«вместе с» is the object's side: Градоначальника задержали … вместе с … Ширвани Автархановым", "2013-11-13",
     "Сотрудники полиции задержали мэра Астрахани Михаила Столярова. Градоначальника задержали в его кабинете "
     "вместе с главой администрации Кировского района Астрахани Ширвани Автархановым.",
     [("173", "задержать", None, "Михаил Столяров", None, "2013-11-13", "day", "published"),
      ("173", "задержать", None, "Михаил Столяров", None, "2013-11-13", "day", "published"),
      ("173", "задержать", None, "Ширвани Автарханов", None, "2013-11-13", "day", "published")]),
    ("«вместе с» is the subject's side: Лукашенко вместе с Владимиром Путиным посетил …", "2013-11-13",
     "Президент Белоруссии Александр Лукашенко вместе с Владимиром Путиным посетил завод в Минске.",
     [("042", "посетить", "Александр Лукашенко", None, None, "2013-11-13", "day", "published"),
      ("042", "посетить", "Владимир Путин", None, None, "2013-11-13", "day", "published")]),
    # a decree a person in the nominative signs in its sentence names who did a passive dismissal near it
    # (event_words.tsv `decree_signing`) (probe CE, dev, p09)
    ("a decree signed in the next sentence: … отправлен в отставку. Указ … подписал президент Путин", "2014-03-18",
     "Губернатор Новосибирской области Василий Юрченко отправлен в отставку в связи с утратой доверия. Указ с "
     "такой редкой формулировкой подписал президент Путин.",
     [("L02", "отправить", "Василий Юрченко", "Путин", None, "2014-03-18", "day", "published")]),
    # a federation's noun with no name of its own is the last federation named (speech_cues.tsv `body`
    # `named`), a post's body too (probe CE, dev, p05, shortened)
    ("a bare «федерации» is the federation named before: избран президентом федерации", "2024-10-01",
     "Генеральный директор РЖД Олег Белозеров выдвинут в президенты Федерации гимнастики России. Белозеров был "
     "избран президентом федерации на безальтернативной основе.",
     [("L03", "избрать", "Олег Белозеров", "Федерация гимнастики России", None, "2024-10-01", "day", "published")]),
    # an indefinite-personal award continues who last awarded someone, not whom they awarded (probe CE,
    # dev, p07, shortened)
    ("an indefinite award is the last awarder's: … вручили ордена …, наградили …", "2024-02-08",
     "Президент России Владимир Путин наградил главу Чеченской Республики Рамзана Кадырова орденом. Также в этот "
     "день вручили ордена Мужества родным погибших при атаке на российский самолет. Еще орденом наградили "
     "Сергея Волкова.",
     [("L05", "наградить", "Рамзан Кадыров", "Владимир Путин", None, "2024-02-08", "day", "published"),
      ("L05", "вручить", None, "Владимир Путин", None, "2024-02-08", "day", "published"),
      ("190", "атака", None, "Россия", None, "2024-02-08", "day", "published"),
      ("L05", "наградить", "Сергей Волков", "Владимир Путин", None, "2024-02-08", "day", "published")]),
    # an appointment in the passive continues who last made a decision on a post, a dismissal too
    # (cameo.tsv `personnel`); the name the parser hangs on a headless «должности» is the subject
    # (repairs._stranded_nominal) (probe BW, dev, p16)
    ("a passive appointment after a dismissal is the dismisser's: … назначен освобожденный … Дмитрий Миронов",
     "2016-07-28",
     "Президент России Владимир Путин отправил в отставку губернатора Ярославской области Сергея Ястребова. "
     "Временно исполняющим обязанности главы региона назначен освобожденный от должности замминистра внутренних "
     "дел Дмитрий Миронов.",
     [("L02", "отправить", "Сергей Ястребов", "Владимир Путин", None, "2016-07-28", "day", "published"),
      ("L01", "назначить", "Дмитрий Миронов", "Владимир Путин", None, "2016-07-28", "day", "published")]),
    # «и.о.» is one word, not «и» and a sentence's end (abbreviations.tsv); a name stranded after it
    # names it, preposition and all (appositions._noun_before_in_case) (probe BW, dev, p05)
    ("«провел встречу с и.о. заместителя … Владимиром Поповым»", "2025-10-07",
     "Губернатор Роман Бусаргин провел встречу с и.о. заместителя председателя правительства области "
     "Владимиром Поповым, который сегодня приступил к работе.",
     [("04", "встреча", "Роман Бусаргин", "Владимир Попов", None, "2025-10-07", "day", "published")]),
    # a statement's object is what it is about: the owner of «решение» is no addressee (probe BW, dev, p15)
    ("«прокомментировал решение Антидопинговой комиссии IBSF»: no addressee", "2019-11-29",
     "Президент ОКР Станислав Поздняков прокомментировал решение Антидопинговой комиссии IBSF о дисквалификации "
     "Александра Зубкова.",
     [("01", "прокомментировать", "Станислав Поздняков", None, None, "2019-11-29", "day", "published"),
      # the decision's maker disqualified him, not the man who comments on it (noun_frames: a decree's own maker)
      ("17", "дисквалификация", "Антидопинговая комиссия IBSF", "Александр Зубков", None, "2019-11-29", "day",
       "published")]),
    # «со стороны X» with a person as the subject names whom the person acts for, no side of its own
    # (partners.partners; probe BW, dev, p12)
    ("«Со стороны правительства области соглашение подписал губернатор X, со стороны РЖД - Y»", "2013-11-25",
     "Со стороны правительства Свердловской области соглашение подписал губернатор региона Евгений Куйвашев, "
     "со стороны РЖД - президент компании Владимир Якунин.",
     [("057", "подписать", "Евгений Куйвашев", "Владимир Якунин", None, "2013-11-25", "day", "published")]),
    # the reflexive passive of a trigger verb triggers it, as its participle does (triggers.entries);
    # the tagger's middle voice does not: «пытается» is no «пытать» (probe BW, dev, p10; probe BG, dev, p14),
    # nor a reflexive verb of its own meaning (event_words.tsv `own_reflexive`: «задерживался на работе»)
    ("«X, Y и Z обвиняются в хищении»: a charge of each; «Керри пытается» is no torture", "2022-05-18",
     "Марина Лукашевич, начальник управления Россотрудничества Михаил Попов и генеральный директор ФГБУ "
     "«Интеробразование» Алексей Рожков обвиняются в хищении бюджетных средств. Джон Керри пытается отвлечь "
     "внимание. Иван Петров задерживался на работе.",
     [("173", "обвинять", None, "Марина Лукашевич", None, "2022-05-18", "day", "published"),
      ("173", "обвинять", None, "Михаил Попов", None, "2022-05-18", "day", "published"),
      ("173", "обвинять", None, "Алексей Рожков", None, "2022-05-18", "day", "published")]),
    # a plural noun's «включая X и Y» names some of them (event_words.tsv `including`); «Моди» is
    # indeclinable, and «Нарендру» an «-а» name's accusative, whatever the tagger says (person_names; probe BW, dev,
    # p08; the title's line with the host's post, which NER needs)
    ("«принял более 20 гостей, включая Владимира Путина и Нарендру Моди»", "2025-09-01",
     "Председатель КНР Си Цзиньпин принял более 20 высокопоставленных гостей, включая Владимира Путина и "
     "Нарендру Моди.",
     [("043", "принять", "Си Цзиньпин", "Владимир Путин", None, "2025-09-01", "day", "published"),
      ("043", "принять", "Си Цзиньпин", "Нарендра Моди", None, "2025-09-01", "day", "published")]),
    # a verb that begins or ends with an event in the instrumental carries it (event_words.tsv `opening`)
    # (probe BW, dev, p06)
    ("«начал рабочую неделю встречей с X»: the subject meets X", "2025-05-12",
     "Президент России Владимир Путин начал свою рабочую неделю после завершения майских праздников встречей с "
     "главой Ивановской области Станиславом Воскресенским.",
     [("04", "встреча", "Владимир Путин", "Станислав Воскресенский", None, "2025-05-12", "day", "published")]),
    # a nominal under a preposition is no subject, whatever the parser says (clause_subjects.prepositional_subject);
    # an attributive participle («отправленного в отставку») describes, no row (probe BW, dev, p16)
    # and whom the appointee replaces leaves the post (offices.predecessors)
    ("«Вместо … Николая Цуканова … назначен Евгений Зинчев»: the one replaced is not appointed", "2016-07-28",
     "Глава государства также сменил руководителя Калининградской области. Вместо отправленного в отставку "
     "Николая Цуканова временно исполняющим обязанности губернатора назначен Евгений Зинчев.",
     [("L01", "назначить", "Евгений Зинчев", None, None, "2016-07-28", "day", "published"),
      ("L02", "назначить", "Николай Цуканов", None, None, "2016-07-28", "day", "published")]),
    # a name stranded in apposition on a head in another case is the nearest animate noun's in its case,
    # under a preposition too (appositions._noun_before_in_case; probe CA, dev, p01)
    ("«встречу с главой Астрахани Аленой Губановой», the name parsed on «врио»", "2018-11-14",
     "Сегодня, 14 ноября, врио губернатора Астраханской области Сергей Морозов провел рабочую встречу с "
     "главой Астрахани Аленой Губановой.",
     [("04", "встреча", "Сергей Морозов", "Алена Губанова", None, "2018-11-14", "day", "text")]),
    # a subject hung on a later verb it disagrees with is the subjectless verb's between them that agrees
    # (repairs._stray_subject; probe CA, dev, p12)
    ("«X был избран … – «за» проголосовали 88 делегатов», parsed as X ← «проголосовали»", "2008-12-08",
     "В результате открытого голосования Дмитрий Зеленин был избран новым президентом ВФПС – «за» проголосовали "
     "88 делегатов, «против» - 1.",
     [("L03", "избрать", "Дмитрий Зеленин", "ВФПС", None, "2008-12-08", "day", "published")]),
    # a person's name conjoined to a place is the nearest person's name's conjunct (repairs._name_conjoined_to_place;
    # probe CA, dev, p13)
    ("«переговоры президентов РФ и Белоруссии Владимира Путина и Александра Лукашенко»", "2025-11-26",
     "В Бишкеке стартовали переговоры президентов РФ и Белоруссии Владимира Путина и Александра Лукашенко.",
     [("04", "переговоры", "Владимир Путин", "Александр Лукашенко", "Бишкек", "2025-11-26", "day", "published")]),
    # a bare «Суд» is the last court named, one a word of whose name begins or ends with «суд»: «Мингорсуд»,
    # an organisation though NER says person, not «Дом правосудия» (bodies.named_body; probe CA, dev, p06)
    ("«Суд признал Дрожжу виновным» after «Мингорсуд …» and «из Дома правосудия»", "2023-01-12",
     "Государственный обвинитель попросил суд назначить бывшему министру семь с половиной лет лишения свободы, "
     "а также применить амнистию, sputnik.by.\n\nМингорсуд приговорил экс-министра лесного хозяйства Виталия "
     "Дрожжу к семи с половиной годам лишения свободы, передает корреспондент Sputnik в четверг из Дома "
     "правосудия.\n\nСуд признал Дрожжу виновным в принятии взяток в особо крупном размере.",
     [("173", "приговорить", "Мингорсуд", "Виталий Дрожжа", None, "2023-01-12", "day", "text"),
      ("173", "признать", "Мингорсуд", "Виталий Дрожжа", None, "2023-01-12", "day", "published")]),
    # the body of a person's post named with an organisation of a place is the organisation, not the place,
    # and no second person the event is about (offices.held_post_body, frames; probe CA, dev, p11)
    ("«Президент Федерации фехтования России Александр Михайлов переизбран»", "2013-02-25",
     "Президент Федерации фехтования России Александр Михайлов переизбран на новый четырехлетний срок на "
     "отчетно-выборной конференции ФФР, сообщает РИА \"Новости\".",
     [("L03", "переизбрать", "Александр Михайлов", "Федерация фехтования России", None, "2013-02-25", "day",
       "published")]),
    # a noun trigger conjoined to another noun is governed as its first conjunct is: the body announcing
    # «о возбуждении дела и задержании X» does both (noun_frames._governor; probe CA, dev, p07)
    ("«заявил о возбуждении уголовного дела и задержании X»: the announcing body arrests", "2017-02-22",
     "И только к ночи Следственный комитет официально заявил о возбуждении уголовного дела и задержании главы "
     "района Александра Бреденко.",
     [("01", "заявить", "Следственный комитет", None, None, "2017-02-22", "day", "published"),
      ("173", "задержание", "Следственный комитет", "Александр Бреденко", None, "2017-02-22", "day", "published")]),
    # whom an appointee replaces in the post leaves it, by the appointment's actor2 (cameo.tsv `succession`;
    # probes BG p07 and BW p09, dev): «вместо X», a gerund of succeeding on the appointment, «сменил X на посту»
    ("«назначен Юрий Филатов вместо Максима Пешкова»: Пешков leaves the post", "2021-10-06",
     "Послом России в Ирландии назначен Юрий Филатов вместо Максима Пешкова, который занимал этот пост с "
     "февраля 2012 года.",
     #                                  ~~~~~~~~~~~~ L01           ~~~~~~~~~~~~~~~ L02
     [("L01", "назначить", "Юрий Филатов", "Россия", None, "2021-10-06", "day", "published"),
      ("L02", "назначить", "Максим Пешков", "Россия", None, "2021-10-06", "day", "published")]),
    ("«стал президентом РФС, сменив на этом посту Вячеслава Колоскова»: Колосков leaves it", "2018-07-20",
     "Виталий Мутко стал президентом РФС в 2005 году, сменив на этом посту Вячеслава Колоскова.",
     [("L01", "стать", "Виталий Мутко", "РФС", None, "2005-01-01", "year", "text"),
      ("L02", "стать", "Вячеслав Колосков", "РФС", None, "2005-01-01", "year", "text")]),
    ("«сменил X на посту губернатора …»: the subject is appointed, the object leaves", "2024-05-15",
     "Иван Петров сменил Сергея Сидорова на посту губернатора Омской области. На посту министра финансов "
     "Андрея Козлова сменил Олег Белов.",
     [("L01", "сменить", "Иван Петров", "Омская область", None, "2024-05-15", "day", "published"),
      ("L02", "сменить", "Сергей Сидоров", "Омская область", None, "2024-05-15", "day", "published"),
      ("L01", "сменить", "Олег Белов", None, None, "2024-05-15", "day", "published"),
      ("L02", "сменить", "Андрей Козлов", None, None, "2024-05-15", "day", "published")]),
    # «занять» someone's or a post's seat is an appointment, whose the seat was leaves it (cameo.tsv @SEAT;
    # probe BS p13, factRuEval book_252, dev); a place in a ranking is none
    ("«его место занял X», «место спикера … занял X»; not «занял первое место»", "2011-01-06",
     "После чего, в отставку подал генеральный директор завода Михаил Батин, его место занял Витор Юдин. Место "
     "спикера Палаты представителей в новом Конгрессе занял республиканец Джон Бенер. Спортсмен Иван Петров "
     "занял первое место на чемпионате.",
     [("L02", "подать", "Михаил Батин", None, None, "2011-01-06", "day", "published"),
      ("L01", "занять", "Витор Юдин", None, None, "2011-01-06", "day", "published"),
      ("L01", "занять", "Джон Бенер", "Палата представителей", None, "2011-01-06", "day", "published")]),
    ("«стал преемником X»: X leaves the post", "2011-01-06",
     "Спикером палаты стал республиканец Джон Бенер. Он стал преемником первой женщины-спикера Нэнси Пелоси.",
     [("L01", "стать", "Джон Бенер", None, None, "2011-01-06", "day", "published"),
      ("L01", "стать", "Джон Бенер", None, None, "2011-01-06", "day", "published"),
      ("L02", "стать", "Нэнси Пелоси", None, None, "2011-01-06", "day", "published")]),
    # a passive award or appointment with no agent is by the signer of a decree the article names near it,
    # before or after (probe AJ, dev, aj_09 shortened; «указом» of a head of government too)
    ("a passive award with no agent is the decree signer's: … . Об этом говорится в указе X", "2021-03-15",
     "Бывший генеральный секретарь Совета Европы Турбьёрн Ягланд награжден орденом Дружбы. Об этом говорится в "
     "указе президента РФ Владимира Путина. Распоряжением премьер-министра Михаила Мишустина заместителем "
     "министра спорта назначен Александр Повалко.",
     [("L05", "наградить", "Турбьёрн Ягланд", "Владимир Путин", None, "2021-03-15", "day", "published"),
      ("L01", "назначить", "Александр Повалко", "Михаил Мишустин", None, "2021-03-15", "day", "published")]),
    # a plural object a colon lists is the people listed, each a dyad with the subject (probe AP, dev, ap08)
    ("a colon lists the plural object: уволил двух губернаторов: главу … X и главу … Y", "2015-03-25",
     "В 2014 году Владимир Путин из-за «утраты доверия» уволил двух губернаторов: главу Новосибирской области "
     "Василия Юрченко и главу Брянской области Николая Денина.",
     [("L02", "уволить", "Василий Юрченко", "Владимир Путин", None, "2014-01-01", "year", "text"),
      ("L02", "уволить", "Николай Денин", "Владимир Путин", None, "2014-01-01", "year", "text")]),
    # … or, for whoever leaves, just before their name; each with their own (cameo.tsv leaves_post)
    ("each leaves the body of their own post: губернаторы Самарской области X, Нижегородской области Y",
     "2017-09-28",
     "С начала недели уже ушли в отставку по собственному желанию губернаторы Самарской области Николай "
     "Меркушкин, Нижегородской области Валерий Шанцев, глава Красноярского края Виктор Толоконский.",
     [("L02", "уйти", "Николай Меркушкин", "Самарская область", None, "2017-09-28", "day", "published"),
      ("L02", "уйти", "Валерий Шанцев", "Нижегородская область", None, "2017-09-28", "day", "published"),
      ("L02", "уйти", "Виктор Толоконский", "Красноярский край", None, "2017-09-28", "day", "published")]),
    # … but whoever dismisses them is the other side, not the post's body (probe AF, dev, af02, reordered)
    ("who dismisses, not the post's body: освободил от должности посла России", "2017-03-01",
     "Президент России Владимир Путин освободил Алексея Сазонова от должности посла России в Боливии.",
     [("L02", "освободить", "Алексей Сазонов", "Владимир Путин", None, "2017-03-01", "day", "published")]),
    # a demand is about whom the act it asks for is done to (cameo.tsv asks_done_to; probe C, dev, c04; probe A,
    # dev, a07): the demanded act itself is no event
    ("a demand is about whom its act is done to: требовали наказать Бакиева", "2010-05-20",
     "Его участники требовали наказать бывшего президента Кыргызстана Курманбека Бакиева. Гособвинитель ранее "
     "требовал приговорить Алексея Улюкаева к 10 годам колонии.",
     [("10", "требовать", None, "Курманбек Бакиев", None, "2010-05-20", "day", "published"),
      ("10", "требовать", None, "Алексей Улюкаев", None, "2010-05-20", "day", "published")]),
    # a plural statement with no subject is the body it was made in, as the quotes read «заявили в МИД»
    # (probe O, dev, o03; the second sentence constructed): a city is no such body
    ("a statement made in a body is the body's: сообщили в пресс-службе Генеральной прокуратуры", "2020-06-03",
     "Об этом сообщили в пресс-службе Генеральной прокуратуры. Об этом также сообщили в Бишкеке.",
     [("01", "сообщить", "Генеральная прокуратура", None, None, "2020-06-03", "day", "published")]),
    ("a name in quote marks in its noun's case is the noun's name: гигантов «Лукойла» и «Роснефти»", "2025-10-23",
     "Министерство финансов США объявило о введении санкций против российских нефтегазовых гигантов «Лукойла» и "
     "«Роснефти».",
     [("01", "объявить", "Министерство финансов США", None, None, "2025-10-23", "day", "published"),
      ("163", "санкция", "Министерство финансов США", "Лукойл", None, "2025-10-23", "day", "published"),
      ("163", "санкция", "Министерство финансов США", "Роснефть", None, "2025-10-23", "day", "published")]),
    ("the partner of an announced noun's genitive: о разрыве всех отношений с Колумбией", "2019-02-24",
     "Президент Венесуэлы Николас Мадуро в субботу, 23 февраля, объявил о разрыве всех отношений с Колумбией.",
     [("01", "объявить", "Николас Мадуро", None, None, "2019-02-23", "day", "text"),
      ("16", "разрыв", "Николас Мадуро", "Колумбия", None, "2019-02-23", "day", "text")]),
    ("extending sanctions is imposing them: объявил о продлении санкций", "2019-03-08",
     "Ранее сообщалось, что президент США Дональд Трамп объявил о продлении санкций против Венесуэлы.",
     [("01", "объявить", "Дональд Трамп", None, None, "2019-03-08", "day", "published"),
      ("163", "санкция", "Дональд Трамп", "Венесуэла", None, "2019-03-08", "day", "published")]),
    ("a target that names no one is aimed at the place it is in (cameo.tsv targets_place)", "2025-10-10",
     "В сводке министерства уточняется, что атака стала ответом на террористические удары ВСУ по гражданским "
     "объектам в России.",
     [("190", "удар", "ВСУ", "Россия", None, "2025-10-10", "day", "published")]),
    # (each row located where it went: where_when.location)
    ("«отправился с визитом в X и Y»: a visit to each", "2016-11-08",
     "Ранее Петр Порошенко отправился с визитом в Малайзию и Индонезию.",
     [("042", "отправиться", "Петр Порошенко", "Малайзия", "Малайзия", "2016-11-08", "day", "published"),
      ("042", "отправиться", "Петр Порошенко", "Индонезия", "Индонезия", "2016-11-08", "day", "published")]),
    ("«находится в X с визитом»: the country one is in on a visit hosts it", "2025-03-13",
     "Эмомали Рахмон находится в Киргизии с государственным визитом.",
     [("042", "находиться", "Эмомали Рахмон", "Киргизия", "Киргизия", "2025-03-13", "day", "published")]),
    ("credentials received from an ambassador are a visit hosted (043 «принять грамоты у»)", "2022-02-03",
     "Александр Лукашенко 3 февраля принял верительные грамоты у посла России в Беларуси Бориса Грызлова.",
     [("043", "принять", "Александр Лукашенко", "Борис Грызлов", None, "2022-02-03", "day", "text")]),
    ("a press office speaks for its organisation (event_words.tsv government)", "2025-06-01",
     "Об этом сообщила пресс-служба Министерства обороны Российской Федерации.",
     [("01", "сообщить", "Министерство обороны Российской Федерации", None, None, "2025-06-01", "day",
       "published")]),
    ("noun with a genitive agent and «против»", "2025-09-23",
     "Санкции Запада против России крайне негативно влияют на структуру международных отношений.",
     [("163", "санкция", "Запад", "Россия", None, "2025-09-23", "day", "published")]),
    ("negated intent is no event; «выступать против» is", "2025-09-23",
     "Сам Токаев ранее заявлял, что Казахстан не намерен разрывать отношения с Россией и выступает против "
     "санкционной политики.",
     [("01", "заявлять", "Токаев", None, None, "2025-09-23", "day", "published"),
      ("11", "выступать", "Казахстан", None, None, "2025-09-23", "day", "published")]),
    ("possible or conditional events are no rows", "2025-09-23",
     "Казахстанский парламентарий также предположил, что страна может стать «комфортной» площадкой для встречи "
     "президента РФ Владимира Путина и президента США Дональда Трампа, если американский лидер поедет с визитом "
     "в Среднюю Азию.",
     []),
    ("subject the parser hung elsewhere; name in apposition to a genitive", GOLD_PUBLISHED,
     "По инициативе итальянской стороны чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали "
     "встретился с заместителем министра иностранных дел Грузии Александром Налбандовым.",
     [("04", "встретиться", "Виторио Сандали", "Александр Налбандов", None, GOLD_PUBLISHED, "day", "published")]),
    ("hosting a person: принимать @PER is 043 host a visit; a LOC venue", GOLD_PUBLISHED,
     "Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози.",
     [("043", "принимать", "Барак Обама", "Николя Саркози", "Белый дом", GOLD_PUBLISHED, "day", "published")]),
    ("«в ходе визита» (042: the subject visits; a country visited is the host and the location); «между X и Y»",
     GOLD_PUBLISHED,
     "Во вторник премьер-министр Турции Реджеп Тайип Эрдоган, в ходе визита в Украину договорился с президентом "
     "Виктором Януковичем о начале нового этапа сотрудничества между Киевом и Анкарой.",
     [("042", "визит", "Реджеп Тайип Эрдоган", "Украина", "Украина", "2016-02-23", "day", "text"),
      ("05", "договориться", "Реджеп Тайип Эрдоган", "Виктор Янукович", None, "2016-02-23", "day", "text"),
      ("06", "сотрудничество", "Украина", "Турция", None, "2016-02-23", "day", "text")]),
    ("«встреча между X и Y»", GOLD_PUBLISHED,
     "Однако о том, что этот вопрос должен был подниматься во время встречи между премьер-министром Турции "
     "Реджепом Эрдоганом и президентом Украины Виктором Януковичем, сказал в эксклюзивном интервью Русской службе "
     "«Голоса Америки» лидер Меджлиса крымско-татарского народа, народный депутат Украины Мустафа Джемилев.",
     [("04", "встреча", "Реджеп Эрдоган", "Виктор Янукович", None, GOLD_PUBLISHED, "day", "published"),
      ("01", "сказать", "Мустафа Джемилев", None, None, GOLD_PUBLISHED, "day", "published")]),
    ("«в ходе встречи с Y X …»: the subject is the other participant", GOLD_PUBLISHED,
     "Сегодня Реджеп Эрдоган должен был поднять эту тему в ходе встречи с президентом Виктором Януковичем», — "
     "сообщил Мустафа Джемилев во вторник.",
     [("04", "встреча", "Реджеп Эрдоган", "Виктор Янукович", None, GOLD_PUBLISHED, "day", "text")]),
    ("«X и Y, которые встречаются»: a plural relative names the whole coordination", GOLD_PUBLISHED,
     "Точку в затянувшемся споре, скорее всего, поставят глава ОАО «Газпром» Алексей Миллер и министр энергетики "
     "Белоруссии Александр Озерец, которые сегодня специально встречаются для обсуждения вопроса о погашении "
     "задолженности за поставленный российский газ.",
     [("04", "встречаться", "Алексей Миллер", "Александр Озерец", None, GOLD_PUBLISHED, "day", "text")]),
    ("«на встречу с Y прибудут X и Z»: a meeting of three, every pair", GOLD_PUBLISHED,
     "Как пояснила жена российского бизнесмена, такое относительно длительное свидание ей разрешили, учитывая, "
     "что на встречу с Виктором Бутом прибудут также его 16-летняя дочь Лиза и 74-летняя мать Раиса, приехавшие "
     "в США в начале января 2011 года.",
     [("036", "встреча", "Лиза", "Раиса", None, GOLD_PUBLISHED, "day", "published"),
      ("036", "встреча", "Лиза", "Виктор Бут", None, GOLD_PUBLISHED, "day", "published"),
      ("036", "встреча", "Раиса", "Виктор Бут", None, GOLD_PUBLISHED, "day", "published")]),  # «прибудут»: to come
    ("«X и Y встретятся»: one list of participants, every pair; to come: 036", GOLD_PUBLISHED,
     "13 ноября Василий Шумов, лидер московского «Центра», и Михаил Борзыкин, солист ленинградского "
     "«Телевизора», снова встретятся на одной сцене.",
     [("036", "встретиться", "Василий Шумов", "Михаил Борзыкин", None, "2016-11-13", "day", "text")]),  # future
    ("passive: the subject undergoes the event (173 arrest)", GOLD_PUBLISHED,
     "Виктор Бут был арестован в Бангкоке в марте 2008 года по запросу США.",
     [("173", "арестовать", None, "Виктор Бут", "Бангкок", "2008-03-01", "month", "text")]),
    ("a planned visit is an intent to meet (036); «за неделю до» dates no event", GOLD_PUBLISHED,
     "Эта поездка состоялась лишь за неделю до запланированного визита в Москву министра иностранных дел Японии "
     "Сейджи Маехары.",
     [("036", "визит", "Сейджи Маехара", "Москва", "Москва", GOLD_PUBLISHED, "day", "published")]),
    ("arrival in a country is a visit (042, «прибыть @LOC»); the country hosts (book_346)", GOLD_PUBLISHED,
     "Сенатор Джон Керри прибыл в воскресенье вечером в Пакистан.",
     [("042", "прибыть", "Джон Керри", "Пакистан", "Пакистан", "2016-02-28", "day", "text")]),
    ("arrival in a city: the city is the place and the visit's end (book_253)", GOLD_PUBLISHED,
     "Специально на торжества, посвященные юбилею Бориса Николаевича в Екатеринбург прибыл президент РФ "
     "Дмитрий Медведев.",
     [("042", "прибыть", "Дмитрий Медведев", "Екатеринбург", "Екатеринбург", GOLD_PUBLISHED, "day", "published")]),
    ("«со стороны X» is the actor", GOLD_PUBLISHED,
     "Россия поставлена в неловкое положение, вроде как хотели лучше, а получилось, так, что на время "
     "переговоров, прикрывали Иран от санкций со стороны Америки.",
     [("163", "санкция", "Америка", None, None, GOLD_PUBLISHED, "day", "published")]),
    ("countries negotiate: light verb вести", GOLD_PUBLISHED,
     "С начала года Иран ведёт переговоры с Россией о возможном обогащении урана в России, для мирных нужд Ирана.",
     [("04", "переговоры", "Иран", "Россия", None, GOLD_PUBLISHED, "day", "published")]),
    ("coordinated subjects of an event done together (057, flag `together`): one pair; weekday and date",
     GOLD_PUBLISHED,
     "Россия и Турция подписали в минувшую среду 12 мая межправительственное соглашение о взаимной отмене виз.",
     [("057", "подписать", "Россия", "Турция", None, "2015-05-12", "day", "text")]),
    ("a conditional clause conjoined to another", GOLD_PUBLISHED,
     "Накануне глава ОАО «Газпром» Алексей Миллер пообещал с 21 июня ограничить поставки голубого топлива в "
     "соседнюю республику на 85% от планового объёма, если Минск продолжит упорствовать и откажется платить за "
     "уже поставленное топливо.",
     []),
    ("«между X и Y» of a one-sided event", GOLD_PUBLISHED,
     "Третий контракт был подписан между ФИДЕ и Мехико.",
     [("057", "подписать", "ФИДЕ", "Мехико", None, GOLD_PUBLISHED, "day", "published")]),
    # probe CI (dev, p06): the parser hangs «между» on what the agreement is about; its parties sign it
    ("«подписание соглашения о сотрудничестве между X и Y»: the parties of the agreement", "2001-12-18",
     "Сегодня, 18 декабря, состоялось подписание соглашения о сотрудничестве между администрациями "
     "Санкт-Петербурга и Тюменской областью.",
     [("057", "подписание", "Санкт-Петербург", "Тюменская область", None, "2001-12-18", "day", "text")]),
    # probe BO (dev, p10): a decision on a post told in the future is announced, decided (not intended, which
    # an L code drops); the gapped conjunct «губернатора Кировской области – Александр Соколов» takes the verb too
    ("a post taken in the future: «должность врио губернатора … займет X, губернатора … – Y»", "2022-05-10",
     "Согласно документам, должность врио губернатора республики Марий Эл займет Юрий Зайцев, губернатора "
     "Кировской области – Александр Соколов.",
     [("L01", "занять", "Юрий Зайцев", None, None, "2022-05-10", "day", "published"),
      ("L01", "занять", "Александр Соколов", "Кировская область", None, "2022-05-10", "day", "published")]),
    # probe BW (dev, p09): «полномочия» frames a post as «пост», «должность» do; resigning it in the future is
    # announced, decided
    ("«сложит с себя полномочия президента X»: the post's body", "2015-11-17",
     "Виталий Мутко сложит с себя полномочия президента Российского футбольного союза 23 ноября.",
     [("L02", "сложить", "Виталий Мутко", "РФС", None, "2015-11-23", "day", "text")]),
    # probe CE (dev, p08): two genitives the parser hangs side by side on a post noun with no name are a chain
    # («директор филиала Института …»), not the holders of one post in two bodies; no body is awarded
    ("«директор Санкт-Петербургского филиала Института океанологии РАН X» awarded: the person only", "2021-03-15",
     "Об этом говорится в указе президента РФ Владимира Путина. Награждены еще несколько десятков граждан России "
     "и иностранцев. Орденом Александра Невского «за большой вклад в развитие науки и многолетнюю добросовестную "
     "работу» удостоены научный руководитель Института лесоведения РАН Станислав Вомперский и директор "
     "Санкт-Петербургского филиала Института океанологии РАН Анатолий Родионов.",
     [("L05", "удостоить", "Станислав Вомперский", "Владимир Путин", None, "2021-03-15", "day", "published"),
      ("L05", "удостоить", "Анатолий Родионов", "Владимир Путин", None, "2021-03-15", "day", "published")]),
    # probe CE (dev, p02): the partner phrase hung on a conjunct of the object («договоры … и соглашения с X»)
    ("«заключал договоры лизинга и кредитные соглашения с компаниями X и Y»: the partners of the conjunct",
     "2025-06-05",
     "Суд приговорил к 13 годам лишения свободы в колонии общего режима бывшего главу департамента "
     "административной работы Минсельхоза России Олега Донских. Используя свое служебное положение и "
     "подконтрольные фирмы, он заключал фиктивные договоры лизинга и кредитные соглашения с государственными "
     "компаниями «Росагролизинг» и «Россельхозбанк».",
     [("173", "приговорить", None, "Олег Донских", None, "2025-06-05", "day", "published"),
      ("057", "заключать", "Олег Донских", "Росагролизинг", None, "2025-06-05", "day", "published"),
      ("057", "заключать", "Олег Донских", "Россельхозбанк", None, "2025-06-05", "day", "published")]),
    # probe CQ (dev, p13): the people of a list awarded are each awarded, and their own post's body awards
    # nothing (cameo.tsv `on_post` is for posts only: L01-L03)
    ("«Члены Совета Федерации X и Y удостоены ордена»: no body of their post as the awarder",
     "2014-07-31",
     "Члены Совета Федерации Владимир Долгих и Николай Рыжков удостоены ордена \"За заслуги перед Отечеством\" "
     "I степени.",
     [("L05", "удостоить", "Владимир Долгих", None, None, "2014-07-31", "day", "published"),
      ("L05", "удостоить", "Николай Рыжков", None, None, "2014-07-31", "day", "published")]),
    # probe CQ (dev, p13, abridged): «вручить звание» is an award; its passive continues the last awarder
    ("«звания Героя РФ вручены X, Y и Z»: an award, the awarder the last one",
     "2014-07-31",
     "Президент РФ Владимир Путин в ходе торжественной церемонии в Кремле вручил ордена ряду граждан страны. "
     "Звания Героя РФ вручены космонавтам Олегу Новицкому, Сергею Ревину и Евгению Тарелкину.",
     [("L05", "вручить", None, "Владимир Путин", None, "2014-07-31", "day", "published"),
      ("L05", "вручить", "Олег Новицкий", "Владимир Путин", None, "2014-07-31", "day", "published"),
      ("L05", "вручить", "Сергей Ревин", "Владимир Путин", None, "2014-07-31", "day", "published"),
      ("L05", "вручить", "Евгений Тарелкин", "Владимир Путин", None, "2014-07-31", "day", "published")]),
    # probe CQ (dev, p16): a plural possessive pronoun stands for the list of people named just before it,
    # however the parser hangs the list (referents.coordinated_before)
    ("«… Игоря Есиповского и Михаила Штонда в связи с их гибелью»: «их» is the two",
     "2003-08-20",
     "Губернатор Забайкальского края Равиль Гениатулин направил соболезнования родным и близким Игоря "
     "Есиповского и Михаила Штонда в связи с их трагической гибелью.",
     [("01", "соболезнование", "Равиль Гениатулин", "Михаил Штонд", None, "2003-08-20", "day", "published"),
      ("L04", "гибель", "Игорь Есиповский", None, None, "2003-08-20", "day", "published"),
      ("L04", "гибель", "Михаил Штонд", None, None, "2003-08-20", "day", "published")]),
    # probe CM (dev, p07): «поговорить» is a talk, and so is «разговор с X» (not only «телефонный разговор»)
    ("«X и Y поговорили по телефону»; «X в разговоре с Y заявил»",
     "2022-03-06",
     "Президенты России и Турции Владимир Путин и Реджеп Тайип Эрдоган сегодня поговорили по телефону, основной "
     "темой была российская «специальная военная операция в Украине». Путин в разговоре с Эрдоганом заявил, что "
     "приостановка спецоперации возможна только в случае прекращения Киевом боевых действий и выполнения "
     "требований России, сообщает агентство ТАСС со ссылкой на Кремль.",
     [("04", "поговорить", "Владимир Путин", "Реджеп Тайип Эрдоган", None, "2022-03-06", "day", "text"),
      ("04", "разговор", "Владимир Путин", "Реджеп Тайип Эрдоган", None, "2022-03-06", "day", "published"),
      # said in the talk: addressed to Эрдоган (cameo.tsv flag `statement_occasion`)
      ("01", "заявить", "Владимир Путин", "Реджеп Тайип Эрдоган", None, "2022-03-06", "day", "published"),
      ("10", "требование", "Россия", None, None, "2022-03-06", "day", "published")]),
    # probe CM (dev, p08, the partner named): «связываться с X» is a talk
    ("«он связывался с президентом Таджикистана Эмомали Рахмоном»",
     "2025-08-20",
     "Президент России Владимир Путин провёл телефонный разговор с турецким лидером Реджепом Эрдоганом. В том "
     "числе, после саммита на Аляске он связывался с президентом Таджикистана Эмомали Рахмоном.",
     [("04", "разговор", "Владимир Путин", "Реджеп Эрдоган", None, "2025-08-20", "day", "published"),
      ("04", "связываться", "Владимир Путин", "Эмомали Рахмон", None, "2025-08-20", "day", "published")]),
    # probe CU (dev, p07): a signed joint statement is an agreement signed (a statement needs «совместное»:
    # «подписал заявление об отставке» is none); «по итогам переговоров», like «в ходе», makes the subjects
    # of the verb the talks' participants
    ("«подписали совместное заявление по итогам переговоров»",
     "2024-11-26",
     "Владимир Путин и Садыр Жапаров подписали совместное заявление по итогам переговоров в Бишкеке. "
     "Министр Сергей Лавров подписал заявление об отставке.",
     [("057", "подписать", "Владимир Путин", "Садыр Жапаров", None, "2024-11-26", "day", "published"),
      ("04", "переговоры", "Владимир Путин", "Садыр Жапаров", "Бишкек", "2024-11-26", "day", "published"),
      # no agreement, but a resignation letter: its writer leaves (event_words.tsv `resignation_letter`)
      ("L02", "отставка", "Сергей Лавров", None, None, "2024-11-26", "day", "published")]),
    # probe CM (dev, p15; p07 above): a statement made in a meeting with someone is addressed to them
    # (cameo.tsv flag `statement_occasion`, `noun_frames.occasions`); a meeting the statement tells of is not its
    # occasion («подтвердил встречу с …»)
    ("«встречу с X, в ходе которой сообщил»; «подтвердил встречу с X»",
     "2022-03-06",
     "Владимир Зеленский подтвердил встречу с Касым-Жомартом Токаевым. Президент Владимир Путин уже провёл встречу с "
     "Александром Гусевым, в ходе которой сообщил о решении назначить его временно исполняющим обязанности губернатора.",
     [("01", "подтвердить", "Владимир Зеленский", None, None, "2022-03-06", "day", "published"),
      ("04", "встреча", "Владимир Зеленский", "Касым-Жомарт Токаев", None, "2022-03-06", "day", "published"),
      ("04", "встреча", "Владимир Путин", "Александр Гусев", None, "2022-03-06", "day", "published"),
      ("01", "сообщить", "Владимир Путин", "Александр Гусев", None, "2022-03-06", "day", "published"),
      ("L01", "назначить", "Александр Гусев", "Владимир Путин", None, "2022-03-06", "day", "published")]),
    # probe CU (dev, p09): approving a package of sanctions is imposing them («утвердить», «одобрить»,
    # «согласовать» light verbs)
    ("«ЕС утвердил пакет санкций против России»",
     "2025-10-23",
     "Евросоюз официально утвердил 19-й пакет санкций против России, передает агентство Reuters.",
     [("163", "санкция", "ЕС", "Россия", None, "2025-10-23", "day", "published")]),
    # probe CU (dev, p16): the place of a visit a verb carries («прибыл с визитом») may hang on the noun
    ("«прибыл в воскресенье с официальным визитом в РФ»",
     "2010-06-14",
     "Премьер-министр Эфиопии Мелес Зенауи прибыл в воскресенье с официальным визитом в РФ.",
     [("042", "прибыть", "Мелес Зенауи", "Россия", "Россия", "2010-06-13", "day", "text")]),
    # factRuEval book_154 (dev): declaring a state of emergency, martial law or a curfew coerces (CAMEO
    # 1724); «объявил» alone is a statement
    ("«объявил чрезвычайное положение»: 17, not a statement",
     "2007-11-09",
     "Власти тогда применили силу для разгона манифестантов, а президент Саакашвили объявил чрезвычайное положение.",
     [("17", "объявить", "Саакашвили", None, None, "2007-11-09", "day", "published")]),
    # factRuEval book_324 (dev): a participle with a subject and «что» of its own is the predicate of the
    # clause the parser hung on «о том», not an attributive one
    ("«заявило о том, что X освобождена»: the clause's event",
     "2007-11-10",
     "Министерство внутренних дел Пакистана заявило о том, что Беназир Бхутто освобождена из-под домашнего ареста.",
     [("01", "заявить", "Министерство внутренних дел Пакистана", None, None, "2007-11-10", "day", "published"),
      # the ministry tells of its own act (context.announcing_body, twenty-fourth round)
      ("084", "освободить", "Министерство внутренних дел Пакистана", "Беназир Бхутто", None, "2007-11-10", "day",
       "published")]),
    # probe CY (dev, p16): announcing one's own going into retirement is leaving the post (cameo.tsv L02
    # «уход отставка»), beside the statement
    ("«объявил об уходе в отставку»: L02 too",
     "2024-01-23",
     "Глава Астрахани Олег Полумордвинов объявил об уходе в отставку.",
     [("01", "объявить", "Олег Полумордвинов", None, None, "2024-01-23", "day", "published"),
      ("L02", "уход", "Олег Полумордвинов", "Астрахань", None, "2024-01-23", "day", "published")]),
    # probe CY (dev, p13, p16): approving someone for a post, and moving to one, are appointments («одобрить
    # должность», «перейти пост»); «одобрил предложение» stays an endorsement (05)
    ("«одобрена на должность главы Минсельхоза»: L01, not 05",
     "2024-05-14",
     "Оксана Лут одобрена на должность главы Минсельхоза.",
     [("L01", "одобрить", "Оксана Лут", "Минсельхоз", None, "2024-05-14", "day", "published")]),
    ("«перешла на пост замгубернатора»: L01, and L02 of the post she is named with",
     "2024-01-23",
     "Также стало известно о том, что глава Липецка Евгения Уваркина перешла на пост замгубернатора региона.",
     [("L01", "перейти", "Евгения Уваркина", None, None, "2024-01-23", "day", "published"),
      ("L02", "перейти", "Евгения Уваркина", "Липецк", None, "2024-01-23", "day", "published")]),
    # probe DG (dev, p10): holding a summit is meeting («провести саммит»), the leaders the names listed
    # between dashes
    ("«Лидеры … — X, Y и Z — провели саммит»: 04 for each pair",
     "2019-12-09",
     "Лидеры России, Украины и Франции — Владимир Путин, Владимир Зеленский и Эммануэль Макрон — в понедельник "
     "провели в Елисейском дворце саммит в «нормандском формате».",
     [("04", "провести", "Владимир Путин", "Владимир Зеленский", "Елисейский дворец", "2019-12-09", "day", "text"),
      ("04", "провести", "Владимир Путин", "Эммануэль Макрон", "Елисейский дворец", "2019-12-09", "day", "text"),
      ("04", "провести", "Владимир Зеленский", "Эммануэль Макрон", "Елисейский дворец", "2019-12-09", "day", "text")]),
    # probe DG (dev, p09): the names after «в том числе» are some of the people the noun before counts,
    # wherever the parser hangs them (here on «демонстрантов»: no clash of theirs)
    ("«задержала более 400 человек, в том числе X, Y и Z»: each arrested",
     "2012-05-07",
     "На площади произошли столкновения демонстрантов с ОМОНом; полиция задержала более 400 человек, в том "
     "числе Алексея Навального, Сергея Удальцова и Бориса Немцова.",
     [("19", "столкновение", None, "ОМОН", None, "2012-05-07", "day", "published"),
      ("173", "задержать", None, "Алексей Навальный", None, "2012-05-07", "day", "published"),
      ("173", "задержать", None, "Сергей Удальцов", None, "2012-05-07", "day", "published"),
      ("173", "задержать", None, "Борис Немцов", None, "2012-05-07", "day", "published")]),
    # probe DG (dev, p14): the agents of several bodies stand for each (offices.government)
    ("«задержан сотрудниками ФСБ и Следственного комитета»: both arrest",
     "2020-07-09",
     "Губернатор Сергей Фургал был задержан сотрудниками ФСБ и Следственного комитета в Хабаровске.",
     [("173", "задержать", "ФСБ", "Сергей Фургал", "Хабаровск", "2020-07-09", "day", "published"),
      ("173", "задержать", "Следственный комитет", "Сергей Фургал", "Хабаровск", "2020-07-09", "day", "published")]),
    # probe DG (dev, p09): approving a candidacy for a post appoints («одобрить кандидатура», as «утвердить»)
    ("«одобрила кандидатуру X на пост»: L01, not an endorsement",
     "2012-05-08",
     "Государственная дума во вторник одобрила кандидатуру Дмитрия Медведева на пост председателя правительства.",
     [("L01", "одобрить", "Дмитрий Медведев", "Государственная дума", None, "2012-05-08", "day", "text")]),
    # probe DG (dev, p16): reaching an agreement is agreeing (05), the passive's agents in the instrumental
    ("«договоренности были достигнуты X и Y»: 05 between them",
     "2009-01-19",
     "Договоренности о формуле цены были достигнуты Юлией Тимошенко и Владимиром Путиным в ходе переговоров.",
     [("05", "достигнуть", "Юлия Тимошенко", "Владимир Путин", None, "2009-01-19", "day", "published")]),
    # probe DG (dev, p02): the parser hangs the announcer on the verb of what it announced; before the
    # «что», it is the announcing verb's subject (repairs._stray_subject)
    ("«комиссия объявила, что X победил на выборах»: the commission is no body X was elected to",
     "2010-12-20",
     "Центральная избирательная комиссия Белоруссии объявила, что действующий президент Александр Лукашенко "
     "победил на выборах, набрав 79,67% голосов.",
     [("01", "объявить", "Центральная избирательная комиссия Белоруссии", None, None, "2010-12-20", "day",
       "published"),
      ("L03", "победить", "Александр Лукашенко", None, None, "2010-12-20", "day", "published")]),
    # probe DG (dev, p03): a threat to do an event is its intent (modality.tsv `intent`): the threatened
    # event's 13, with its target, and no row of its own
    ("«пригрозил ввести санкции против России»: one 13 with the target",
     "2014-06-27",
     "В случае невыполнения этих условий Евросоюз пригрозил ввести новые, более жесткие санкции против России.",
     [("13", "ввести", "ЕС", "Россия", None, "2014-06-27", "day", "published")]),
    # probe DG (dev, p12): expelling an embassy's staff and suspending talks, imperfective too, reduce relations
    ("«высылает сотрудников посольства», «приостанавливает переговоры»: 16",
     "2007-07-16",
     "Великобритания высылает четырех сотрудников посольства России в Лондоне. Милибэнд заявил, что Лондон также "
     "приостанавливает переговоры с Москвой об упрощении визового режима.",
     [("16", "высылать", "Великобритания", "Россия", None, "2007-07-16", "day", "published"),
      ("01", "заявить", "Милибэнд", None, None, "2007-07-16", "day", "published"),
      ("16", "приостанавливать", "Великобритания", "Россия", None, "2007-07-16", "day", "published")]),
    # probe DG (dev, p15): visa restrictions are sanctions (cameo.tsv 163 «ограничение визовый»), aimed at the
    # state whose citizens they name
    ("«объявил о введении визовых ограничений в отношении граждан Грузии»: 163",
     "2024-05-28",
     "Государственный секретарь США Энтони Блинкен объявил о введении визовых ограничений в отношении граждан Грузии.",
     [("01", "объявить", "Энтони Блинкен", None, None, "2024-05-28", "day", "published"),
      ("163", "ограничение", "Энтони Блинкен", "Грузия", None, "2024-05-28", "day", "published")]),
    # probe DG (dev, p05): a meeting's counterpart is the verb's subject, a passive one too, reached through
    # the adverb the parser hangs the noun on
    ("«был задержан — вскоре после встречи с Y»: the arrested met Y",
     "2018-04-23",
     "Лидер протестного движения Никол Пашинян был задержан вместе с соратниками — вскоре после безрезультатной "
     "встречи с Сержем Саргсяном.",
     [("173", "задержать", None, "Никол Пашинян", None, "2018-04-23", "day", "published"),
      ("04", "встреча", "Никол Пашинян", "Серж Саргсян", None, "2018-04-23", "day", "published")]),
    # probe DG (dev, p11): a negated verb of ceasing tells the event goes on (modality.tsv `ceasing`); a
    # militia of a body is that body
    ("«не прекращаются бои между X и ополченцами Y»: 19, not negated",
     "2015-02-12",
     "Тем временем в районе Дебальцева не прекращаются ожесточенные бои между Вооруженными силами Украины и "
     "ополченцами ДНР.",
     [("19", "бой", "ВСУ", "ДНР", "Дебальцево", "2015-02-12", "day", "published")]),
    # probe DG (dev, p03, p08): a warning of consequences «для X» threatens X (cameo.tsv flag foretells,
    # event_words.tsv consequence), in its «что» clause or its «о» phrase; «в случае смерти X» is a condition,
    # no death told (modality.tsv condition)
    ("«предупредил, что … будет иметь серьезные последствия для X и Y»: 13 → X, Y",
     "2014-06-27",
     "Заместитель министра иностранных дел России Григорий Карасин предупредил, что подписание документа будет "
     "иметь «серьезные последствия» для Украины и Молдавии.",
     [("13", "предупредить", "Григорий Карасин", "Украина", None, "2014-06-27", "day", "published"),
      ("13", "предупредить", "Григорий Карасин", "Молдавия", None, "2014-06-27", "day", "published")]),
    ("«предупредил X о последствиях для Y в случае смерти Z»: 13 → X, Y; no death",
     "2021-06-16",
     "Американский президент Джо Байден также предупредил Владимира Путина о «разрушительных последствиях» для "
     "России в случае смерти Алексея Навального.",
     [("13", "предупредить", "Джо Байден", "Владимир Путин", None, "2021-06-16", "day", "published"),
      ("13", "предупредить", "Джо Байден", "Россия", None, "2021-06-16", "day", "published")]),
    # probe DG (dev, p04): a release (084) has the freed in its genitive, not the one who frees
    ("«подписал указ о помиловании X»: 084 the president → X",
     "2013-12-20",
     "Президент России Владимир Путин подписал указ о помиловании бывшего главы ЮКОСа Михаила Ходорковского.",
     [("084", "помилование", "Владимир Путин", "Михаил Ходорковский", None, "2013-12-20", "day", "published")]),
    # probe DC (dev, p06, p05): a target of force that names no one stands for its named genitive owner, and
    # a place noun that names no place for its genitive (partners._target_place)
    ("«атаковали военные объекты ХАМАС»: the objects' owner is the target",
     "2015-05-04",
     "Израильские ВВС атаковали военные объекты ХАМАС на севере сектора Газа в понедельник в ответ на ракетные "
     "обстрелы с территории анклава.",
     [("190", "атаковать", "ВВС Израиля", "ХАМАС", None, "2015-05-04", "day", "text")]),
    ("«удары по объектам в разных областях Украины»: the regions' country is the target",
     "2023-03-09",
     "Этим утром, а также ночью силы РФ нанесли удары по объектам в разных областях Украины.",
     [("190", "удар", "Россия", "Украина", None, "2023-03-09", "day", "published")]),
    # probe DC (dev, p14): searching premises is done to their owner (cameo.tsv 17 searches_premises,
    # event_words.tsv `premises`)
    ("«обыски в центральном офисе компании O1 Properties»: the company is actor2",
     "2017-12-13",
     "Следственный комитет России проводит обыски в центральном офисе инвестиционной компании O1 Properties.",
     [("17", "обыск", "Следственный комитет России", "O1 Properties", None, "2017-12-13", "day", "published")]),
    # probe CI (dev, p03): an indeclinable acting word before «стать», beside the person, is the post
    ("«врио главы региона станет X»: the acting post as a second subject", "2022-05-10",
     "Кроме того, в Саратовской области врио главы региона станет Роман Бусаргин.",
     [("L01", "стать", "Роман Бусаргин", "Саратовская область", None, "2022-05-10", "day", "published")]),
    # probe CI (dev, p09): «подвергнуть критике» is «критиковать»; «деятельность X» stands for X (event_words owned)
    ("«подвергли критике деятельность X»: criticism of X", "2012-04-17",
     "Участники подвергли критике деятельность Сергея Боженова на посту губернатора Волгоградской области и "
     "призвали отправить его, а также депутатов в отставку.",
     [("11", "подвергнуть", None, "Сергей Боженов", None, "2012-04-17", "day", "published")]),
    # probe BS (dev, p10): the parties «между X и Y» of a passive signed it themselves, not whoever signed last
    ("«было подписано соглашение … между X и Y» after another signing: the parties only", "2023-11-04",
     "Соглашение о сотрудничестве подписали правительство Ставрополья и «Еврохим». 4 ноября на выставке "
     "«Россия» было подписано соглашение о сотрудничестве между правительством Ставропольского края и компанией "
     "«ЕвроХим», которое предусматривает вложение 1 миллиарда рублей в социальные проекты.",
     [("057", "подписать", "Правительство Ставрополья", "Еврохим", None, "2023-11-04", "day", "published"),
      ("057", "подписать", "Правительство Ставропольского края", "Еврохим", None, "2023-11-04", "day", "text")]),
    ("«обращаться к» with two addressees", GOLD_PUBLISHED,
     "Видениус обращается к ФАС и Министерству торговли КНР с просьбой заблокировать интеграцию.",
     [("02", "обращаться", "Видениус", "ФАС", None, GOLD_PUBLISHED, "day", "published"),
      ("02", "обращаться", "Видениус", "Министерство торговли КНР", None, GOLD_PUBLISHED, "day", "published")]),
    ("organisation accuses a country", GOLD_PUBLISHED,
     "Международная амнистия (Amnesty International) обвиняет США в двойном подходе.",
     [("112", "обвинять", "Международная амнистия", "США", None, GOLD_PUBLISHED, "day", "published")]),
    ("noun with a genitive patient and «на»", GOLD_PUBLISHED,
     "Как передала радиостанция «Маяк», по факту покушения на Ису Ямадаева возбуждено уголовное дело.",
     [("18", "покушение", None, "Иса Ямадаев", None, GOLD_PUBLISHED, "day", "published")]),
    ("a relative date («три дня назад»)", GOLD_PUBLISHED,
     "Газовый монополист три дня назад официально предупредил ОАО «Белтрансгаз» и правительство Белоруссии о "
     "возможном ограничении поставок голубого топлива в случае неуплаты задолженности, которая составляет уже "
     "около 200 млн долларов.",
     [("13", "предупредить", None, "Белтрансгаз", None, "2016-02-26", "day", "text"),
      ("13", "предупредить", None, "Правительство Белоруссии", None, "2016-02-26", "day", "text")]),
    ("light verb + noun with coordinated subjects", GOLD_PUBLISHED,
     "Глава государства Дмитрий Медведев и Председатель Правительства РФ Владимир Путин выразили глубочайшие "
     "соболезнования семье актрисы.",
     [("01", "соболезнование", "Дмитрий Медведев", None, None, GOLD_PUBLISHED, "day", "published"),
      ("01", "соболезнование", "Владимир Путин", None, None, GOLD_PUBLISHED, "day", "published")]),
    # factRuEval dev, book_296 (the NER tags no «Интерполу», so actor2 stays empty)
    ("who announces an act with no agent of its own does it: объявила о выделении гранта", GOLD_PUBLISHED,
     "Международная федерация футбола ФИФА объявила о выделении Интерполу гранта в 29 миллионов долларов для "
     "борьбы с коррупцией и договорными матчами.",
     [("01", "объявить", "ФИФА", None, None, GOLD_PUBLISHED, "day", "published"),
      ("07", "выделение", "ФИФА", None, None, GOLD_PUBLISHED, "day", "published")]),
    # factRuEval dev, book_100: «среди задержанных оказался X»: the subject of «оказался» was arrested
    ("among those arrested: «среди» + a participle trigger", GOLD_PUBLISHED,
     "Пользователь ЖЖ zyalt сообщает, что среди задержанных оказался депутат муниципального собрания района "
     "Отрадное, сопредседатель московского отделения движения «Солидарность» Михаил Вельмакин, известный "
     "правозащитник Лев Пономарев, координатор движения «Левый фронт» Сергей Удальцов.",
     [("173", "задержать", None, "Михаил Вельмакин", None, GOLD_PUBLISHED, "day", "published"),
      ("173", "задержать", None, "Сергей Удальцов", None, GOLD_PUBLISHED, "day", "published"),
      ("173", "задержать", None, "Лев Пономарев", None, GOLD_PUBLISHED, "day", "published")]),
    # factRuEval dev, book_301: taking part in a gathering is a meeting (to come: 036); the others are unnamed
    ("taking part in a gathering: «примут участие в саммите»", GOLD_PUBLISHED,
     "Напомним, в ядерном саммите в США примут участие Барак Обама, а также главы правительств и президенты "
     "50 стран мира.",
     [("036", "принять", "Барак Обама", None, "США", GOLD_PUBLISHED, "day", "published")]),
    # factRuEval dev, book_398: «стать» + a post in the instrumental is an appointment
    ("taking a post: «капитаном стал X»", GOLD_PUBLISHED,
     "Вместо Оливера Кана, капитаном стал Михаель Баллак.",
     [("L01", "стать", "Михаель Баллак", None, None, GOLD_PUBLISHED, "day", "published"),
      ("L02", "стать", "Оливер Кан", None, None, GOLD_PUBLISHED, "day", "published")]),
    # factRuEval dev, book_349: an infinitive on «решение» shares the subject of «вынесла»
    ("a decision to act is the act, by who decided: «вынесла решение просить»", GOLD_PUBLISHED,
     "Ввиду отказа Израиля пойти на это, в субботу Арабская лига вынесла решение просить ООН признать "
     "палестинскую государственность в сентябре с.г.",
     [("12", "отказ", "Израиль", None, None, "2016-02-27", "day", "text"),
      ("02", "просить", "Арабская лига", "ООН", None, "2016-02-27", "day", "text")]),
    # probe BO (dev, p14): a name in apposition stranded on a head in another case, with no ancestor in
    # its own case, belongs to the nearest animate noun before it in its case (appositions._noun_before_in_case)
    ("«выразило протест временному поверенному … Руслану Немчинскому»: the chargé d'affaires is Немчинский",
     "2015-09-17",
     "Министерство иностранных дел России выразило протест временному поверенному в делах Украины в России "
     "Руслану Немчинскому в связи с расширением санкций в отношении российских физических и юридических лиц",
     [("11", "выразить", "Министерство иностранных дел России", "Руслан Немчинский", None, "2015-09-17", "day",
       "published")]),
    # probe BS (dev, p08): a meeting verb in the plural with no subject (here the parser reads it as a
    # clause of «добавили») goes on with the last meeting's sides, both of them (context.sides_of_passive)
    ("an indefinite meeting verb: the last meeting's sides", "2022-05-05",
     "Главы министерств иностранных дел Беларуси и России Владимир Макей и Сергей Лавров провели в четверг "
     "телефонный разговор. В МИД России добавили, что «министры обменялись оценками актуальных международных и "
     "региональных проблем, обсудили ход специальной военной операции на Украине».",
     [("04", "разговор", "Владимир Макей", "Сергей Лавров", None, "2022-05-05", "day", "text"),
      ("04", "обсудить", "Владимир Макей", "Сергей Лавров", None, "2022-05-05", "day", "published")]),
    ("a place and a date of the main clause, not of the reported one", GOLD_PUBLISHED,
     "Президент ФИФА Зепп Блаттер заявил в Цюрихе в понедельник 9 мая, что договорные матчи подрывают основы "
     "спорта — честную игру, уважение и дисциплину.",
     [("01", "заявить", "Зепп Блаттер", None, "Цюрих", "2015-05-09", "day", "text")]),
    # probe DI (dev, DI_06): «фикция», «фарс», «вмешательство» are words of condemnation (event_words.tsv blame)
    ("«назвал процесс «фикцией»»: 11", "2024-07-19",
     "Госдепартамент США назвал процесс над журналистом «фикцией».",
     [("11", "назвать", "Госдепартамент США", None, None, "2024-07-19", "day", "published")]),
    # probe DI (dev, DI_03): an indefinite-personal verb «в» a body is the body's act (frames.frame), not a
    # continuation of who did it last
    ("«в МИД X назвали …»: the ministry", "2023-03-03",
     "Официальный Минск западную критику отверг: в МИД Белоруссии назвали заявления Брюсселя вмешательством во "
     "внутренние дела страны.",
     [("12", "отвергнуть", "Белоруссия", None, None, "2023-03-03", "day", "published"),
      ("11", "назвать", "МИД Белоруссии", "Брюссель", "Белоруссия", "2023-03-03", "day", "published"),
      ("01", "заявление", "Брюссель", None, None, "2023-03-03", "day", "published")]),
    # probe DI (dev, DI_01): a meeting noun with one side, right after a meeting that side was at, is that
    # meeting told again (article._meetings_resumed)
    ("«…», — заявил X, открывая переговоры»: the meeting before", "2024-11-27",
     "Президент России Владимир Путин провел в Астане переговоры с казахстанским коллегой Касым-Жомартом "
     "Токаевым. «Россия была и остается нашим надежным стратегическим партнером», — заявил Токаев, открывая "
     "переговоры.",
     [("04", "переговоры", "Владимир Путин", "Касым-Жомарт Токаев", "Астана", "2024-11-27", "day", "published"),
      ("01", "заявить", "Касым-Жомарт Токаев", None, None, "2024-11-27", "day", "published"),
      ("04", "переговоры", "Касым-Жомарт Токаев", "Владимир Путин", None, "2024-11-27", "day", "published")]),
    # probe DI (dev, DI_05): a sentence's first word the tagger takes for a verb, whose lemma is no verb's,
    # is a noun trigger (triggers.entries, word_forms.is_infinitive); «узбекскому лидеру» the one introduced so
    ("«Поздравления узбекскому лидеру направили X и Y»: 051 each", "2023-07-10",
     "Действующий президент Узбекистана Шавкат Мирзиёев набрал на выборах 87% голосов. Поздравления узбекскому "
     "лидеру направили президент Казахстана Касым-Жомарт Токаев и председатель КНР Си Цзиньпин.",
     [("051", "поздравление", "Касым-Жомарт Токаев", "Шавкат Мирзиёев", None, "2023-07-10", "day", "published"),
      ("051", "поздравление", "Си Цзиньпин", "Шавкат Мирзиёев", None, "2023-07-10", "day", "published")]),
    # probe DI (dev, DI_03): «осудить» sentences a person in the passive or «к» a term (173, cameo.tsv
    # @SENTENCED), and disapproves of a thing (11); the passive with no agent goes on with the court
    ("«осуждены X и Y» (173) beside «осудил процесс» (11)", "2023-03-03",
     "Ленинский районный суд Минска в пятницу приговорил Алеся Беляцкого к 10 годам лишения свободы. Вместе с ним "
     "осуждены юрист центра «Вясна» Владимир Лабкович и его заместитель Валентин Стефанович. Верховный "
     "представитель ЕС Жозеп Боррель осудил процесс.",
     [("173", "приговорить", "Ленинский районный суд Минска", "Алесь Беляцкий", None, "2023-03-03", "day", "text"),
      ("173", "осудить", "Ленинский районный суд Минска", "Владимир Лабкович", None, "2023-03-03", "day",
       "published"),
      ("173", "осудить", "Ленинский районный суд Минска", "Валентин Стефанович", None, "2023-03-03", "day",
       "published"),
      ("173", "осудить", "Ленинский районный суд Минска", "Алесь Беляцкий", None, "2023-03-03", "day", "published"),
      ("11", "осудить", "Жозеп Боррель", None, None, "2023-03-03", "day", "published")]),
    # probe DI (dev, DI_09): who represented the sides right after a meeting met, each pair (cameo.tsv 04
    # «представлять сторона», event_words.tsv delegation); a side of a trial is no meeting
    ("«Российскую сторону представляли X и Y, американскую — A и B» after talks: 04 pairs", "2025-02-18",
     "Делегации России и США провели в Эр-Рияде переговоры. Российскую сторону представляли министр иностранных "
     "дел Сергей Лавров и помощник президента Юрий Ушаков, американскую — госсекретарь Марко Рубио и "
     "спецпосланник Стив Уиткофф. Сторону обвинения на процессе представлял прокурор Иван Петров.",
     [("04", "переговоры", "Россия", "США", "Эр-Рияд", "2025-02-18", "day", "published"),
      ("04", "представлять", "Сергей Лавров", "Марко Рубио", None, "2025-02-18", "day", "published"),
      ("04", "представлять", "Сергей Лавров", "Юрий Ушаков", None, "2025-02-18", "day", "published"),
      ("04", "представлять", "Сергей Лавров", "Стив Уиткофф", None, "2025-02-18", "day", "published"),
      ("04", "представлять", "Марко Рубио", "Юрий Ушаков", None, "2025-02-18", "day", "published"),
      ("04", "представлять", "Марко Рубио", "Стив Уиткофф", None, "2025-02-18", "day", "published"),
      ("04", "представлять", "Юрий Ушаков", "Стив Уиткофф", None, "2025-02-18", "day", "published")]),
    # probe DM (dev, DM14): a commitment is an intent (modality.tsv «обязаться»): cooperation intended is 03
    ("«обязалась активизировать сотрудничество с X» is intended: 03", "2023-07-11",
     "Швеция обязалась активизировать сотрудничество с Турцией в борьбе с терроризмом.",
     [("03", "сотрудничество", "Швеция", "Турция", None, "2023-07-11", "day", "published")]),
    # probe DM (dev, DM04): whom the subject addresses «в ходе разговора» with no partner is the other side
    ("«в ходе телефонного разговора поздравил X»: 04 with X", "2023-09-11",
     "Президент Владимир Путин в ходе телефонного разговора поздравил Сергея Собянина с победой.",
     [("04", "разговор", "Владимир Путин", "Сергей Собянин", None, "2023-09-11", "day", "published"),
      ("051", "поздравить", "Владимир Путин", "Сергей Собянин", None, "2023-09-11", "day", "published")]),
    # probe DM (dev, DM13): «назначить» a term is a sentence (cameo.tsv @TERM), not an appointment; a time ago
    # is no term
    ("«назначено шесть лет заключения» is 173; «назначен три года назад» stays L01", "2025-08-05",
     "Ее соратнице, бывшей сотруднице партии Светлане Попан, назначено шесть лет заключения. Мэром Кишинева "
     "Ион Чебан был назначен три года назад.",
     [("173", "назначить", None, "Светлана Попан", None, "2025-08-05", "day", "published"),
      ("L01", "назначить", "Ион Чебан", "Кишинев", None, "2022-01-01", "year", "text")]),
    # probe DM (dev, DM15): a plural verb with no subject «в» a document is its owners' act, and so is the
    # verb conjoined to it (frames._place_said_in)
    ("«В итоговой резолюции ЛАГ и ОИС осудили … и потребовали …»: the owners act", "2023-11-11",
     "В итоговой резолюции ЛАГ и ОИС осудили действия Израиля и потребовали от Совета Безопасности ООН принять "
     "решение.",
     [("11", "осудить", "ЛАГ", "Израиль", None, "2023-11-11", "day", "published"),
      ("11", "осудить", "ОИС", "Израиль", None, "2023-11-11", "day", "published"),
      ("10", "потребовать", "ЛАГ", "Совет Безопасности ООН", None, "2023-11-11", "day", "published"),
      ("10", "потребовать", "ОИС", "Совет Безопасности ООН", None, "2023-11-11", "day", "published")]),
    # probe DM (dev, DM09): suspending membership reduces relations (16); «членство» stands for its owner
    ("«приостановил членство X»: 16 → X", "2023-10-12",
     "Международный олимпийский комитет в четверг приостановил членство Олимпийского комитета России.",
     [("16", "приостановить", "МОК", "ОКР", None,  # the gazetteer's name
       "2023-10-12", "day", "text")]),
    # probe DM (dev, DM08): «подписать пакет документов» is signing (cameo.tsv 057); «главы правительств» and
    # «участники переговоров» (event_words.tsv parties, party_state) are the sides of the meeting just told
    ("«главы правительств подписали пакет документов», «участники переговоров договорились …»: the sides",
     "2024-06-04",
     "Перед началом заседания Михаил Мишустин провел переговоры с Романом Головченко. По итогам заседания главы "
     "правительств подписали пакет из 15 документов. Участники переговоров также договорились о сотрудничестве "
     "в энергетике.",
     [("04", "переговоры", "Михаил Мишустин", "Роман Головченко", None, "2024-06-04", "day", "published"),
      ("057", "подписать", "Михаил Мишустин", "Роман Головченко", None, "2024-06-04", "day", "published"),
      ("05", "договориться", "Михаил Мишустин", "Роман Головченко", None, "2024-06-04", "day", "published")]),
    # probe DM (dev, DM14): an agreement reached in the passive at a meeting is its sides' (noun_frames.met_at)
    ("«Соглашение было достигнуто по итогам встречи X, Y и Z»: 05 among them", "2023-07-11",
     "Соглашение было достигнуто по итогам трехсторонней встречи Столтенберга, Эрдогана и премьер-министра "
     "Швеции Ульфа Кристерссона.",
     [("05", "достигнуть", "Столтенберг", "Эрдоган", None, "2023-07-11", "day", "published"),
      ("05", "достигнуть", "Столтенберг", "Ульф Кристерссон", None, "2023-07-11", "day", "published"),
      ("05", "достигнуть", "Эрдоган", "Ульф Кристерссон", None, "2023-07-11", "day", "published"),
      ("04", "встреча", "Столтенберг", "Эрдоган", None, "2023-07-11", "day", "published"),
      ("04", "встреча", "Столтенберг", "Ульф Кристерссон", None, "2023-07-11", "day", "published"),
      ("04", "встреча", "Эрдоган", "Ульф Кристерссон", None, "2023-07-11", "day", "published")]),
    # probe DM (dev, DM11): admitting someone «к» what they were barred from yields (08), as lifting a ban does
    ("«ЦИК допустил X к выборам»: 08 → X", "2024-01-25",
     "ЦИК допустил Бориса Надеждина к выборам президента.",
     [("08", "допустить", "ЦИК", "Борис Надеждин", None, "2024-01-25", "day", "published")]),
    # probe DM (dev, DM10): a singular inanimate «subject» of a plural verb is its object fronted
    # (repairs._fronted_object); «вердикт» stands for its owner
    ("«В WADA вердикт CAS приветствовали, однако раскритиковали РУСАДА»: 051 → CAS, 11 → РУСАДА", "2024-01-29",
     "В WADA вердикт CAS приветствовали, однако раскритиковали РУСАДА за затягивание процесса.",
     [("051", "приветствовать", "WADA", "CAS", None, "2024-01-29", "day", "published"),
      ("11", "раскритиковать", "WADA", "РУСАДА", None, "2024-01-29", "day", "published")]),
    # probe DM (dev, DM12): an event called off (modality.tsv cancelled) did not happen: no row
    ("«отменил … визит вице-премьера»: no visit", "2025-07-01",
     "Азербайджан отменил все культурные мероприятия России в республике, а также визит в Баку вице-премьера "
     "России Алексея Оверчука.",
     []),
    # probe DQ (dev, p12): an abbreviation's name (never declined) on the genitives of a fronted phrase, right
    # before a verb with no subject, is its subject (clause_subjects.fronted_abbreviation), not the sentence's object
    ("«После оглашения приговора МИД Франции выразил сожаление»: МИД is the subject", "2024-10-01",
     "После оглашения приговора МИД Франции выразил сожаление и вновь призвал Москву отпустить соотечественника.",
     [("01", "сожаление", "МИД Франции", None, None, "2024-10-01", "day", "published"),
      ("02", "призвать", "МИД Франции", "Москва", None, "2024-10-01", "day", "published")]),
    # probe DQ (dev, p14): sending rescuers or doctors is aid (cameo.tsv 07 «направить спасатель»), to the owner
    # of a place noun that names no place (`targets_place`: «в пострадавшие районы Турции» → Турция)
    # (and of two objects of a plural verb with no subject, the later, a coordination with a nominative, is its
    # subject fronted: clause_subjects.subject_after_object)
    ("«Спасателей в пострадавшие районы Турции направили Азербайджан и Израиль»: 07 → Турция", "2023-02-08",
     "Спасателей в пострадавшие районы Турции уже направили Азербайджан и Израиль.",
     [("07", "направить", "Азербайджан", "Турция", None, "2023-02-08", "day", "published"),
      ("07", "направить", "Израиль", "Турция", None, "2023-02-08", "day", "published")]),
    # probe DQ (dev, p07): an object noun's «со стороны X» under a verb with a subject is the noun's agent,
    # whom the verb's act is aimed at (partners.owner), as its genitive is («отвергла обвинения Праги»)
    ("«Кобахидзе отверг критику со стороны США и Евросоюза»: 12 → США, ЕС", "2024-05-28",
     "Премьер-министр Грузии Ираклий Кобахидзе отверг критику со стороны США и Евросоюза.",
     [("12", "отвергнуть", "Ираклий Кобахидзе", "США", None, "2024-05-28", "day", "published"),
      ("12", "отвергнуть", "Ираклий Кобахидзе", "ЕС", None, "2024-05-28", "day", "published")]),
    # probe DQ (dev, p09): «выборы» frame a post as «пост» does (event_words.tsv post_frame): its body is actor2
    ("«победил на выборах мэра Москвы»: L03 → Москва", "2023-09-11",
     "Сергей Собянин победил на выборах мэра Москвы.",
     [("L03", "победить", "Сергей Собянин", "Москва", None, "2023-09-11", "day", "published")]),
    # probe DQ (dev, p09): a post a clause predicates of a person («избрал Стармера премьер-министром») introduces
    # them with it, as an apposition does (descriptors._predicated): «Новый премьер» is Стармер
    ("«парламент избрал Стармера премьер-министром. Новый премьер пообещал …»: 03 Стармер", "2024-07-05",
     "Король Карл III поручил Киру Стармеру сформировать правительство, после того как лейбористы победили на "
     "выборах. Вечером парламент избрал Стармера премьер-министром. Новый премьер пообещал укреплять "
     "сотрудничество с Францией.",
     [("L03", "избрать", "Кир Стармер", None, None, "2024-07-05", "day", "published"),
      ("03", "сотрудничество", "Кир Стармер", "Франция", None, "2024-07-05", "day", "published")]),
    # probe DQ (dev, p11): a target phrase that names no one but its country's adjective is the article's state
    # («против российских банков» → Россия, offices.adjective_state); «ограничительные меры» are sanctions (163)
    ("«ввел санкции против российских банков», «пакет ограничительных мер против России»: 163 → Россия",
     "2024-02-23",
     "Президент России Владимир Путин осудил решение. Минфин США ввел санкции против российских банков, а "
     "Евросоюз утвердил 13-й пакет ограничительных мер против России.",
     [("11", "осудить", "Владимир Путин", None, None, "2024-02-23", "day", "published"),
      ("163", "ввести", "Минфин США", "Россия", None, "2024-02-23", "day", "published"),
      ("163", "мера", "ЕС", "Россия", None, "2024-02-23", "day", "published")]),
    # probe DI and DM (dev): a place named by its kind only («регион», «город»: event_words.tsv generic_place) as
    # a post's body or what a person heads is the place of that kind named last (offices.generic_place)
    ("«Смирнов возглавил регион» after «губернатор Курской области»: L01 → Курская область", "2024-12-05",
     "Губернатор Курской области Алексей Смирнов подал в отставку. Смирнов возглавил регион в мае 2024 года.",
     [("L02", "подать", "Алексей Смирнов", "Курская область", None, "2024-12-05", "day", "published"),
      ("L01", "возглавить", "Алексей Смирнов", "Курская область", None, "2024-05-01", "month", "text")]),
    # probe DQ (dev, p08): a name the parser hangs in apposition on the post in the instrumental is the one
    # appointed (offices.named_to_post), an indeclinable one the tagger reads in the post's case too
    ("«назначил министром финансов Рейчел Ривз», «… министром обороны Андрея Белоусова»: L01 → the name",
     "2024-07-05",
     "Уже вечером Кир Стармер назначил министром финансов Рейчел Ривз. Президент Владимир Путин назначил "
     "министром обороны Андрея Белоусова.",
     [("L01", "назначить", "Рейчел Ривз", "Кир Стармер", None, "2024-07-05", "day", "published"),
      ("L01", "назначить", "Андрей Белоусов", "Владимир Путин", None, "2024-07-05", "day", "published")]),
    # probe DQ (dev, p15): release «от должности» is a dismissal (cameo.tsv L02 «освобождение должность»), not 084
    ("«подписала распоряжение об освобождении X от должности»: L02 X → the signer", "2024-04-10",
     "Глава Кирова Наталья Лукина подписала распоряжение об освобождении Андрея Солодникова от должности.",
     [("L02", "освобождение", "Андрей Солодников", "Наталья Лукина", None, "2024-04-10", "day", "published")]),
    # probe DQ (dev, p04): names after a dash hung on a noun as a parataxis are its list (repairs._dashed_list)
    ("«отправил под стражу троих фигурантов — X, его брата Y и их отца Z»: 173 → X, Y, Z", "2024-03-25",
     "В понедельник Басманный суд отправил под стражу еще троих фигурантов — Аминчона Исломова, его брата "
     "Диловара Исломова и их отца Исроила Исломова.",
     [("173", "отправить", "Басманный суд", "Аминчон Исломов", None, "2024-03-25", "day", "text"),
      ("173", "отправить", "Басманный суд", "Диловар Исломов", None, "2024-03-25", "day", "text"),
      ("173", "отправить", "Басманный суд", "Исроил Исломов", None, "2024-03-25", "day", "text")]),
    # probe DQ (dev, p03): the same fronted object with a condemning verb («Переворот осудили X и Y»)
    ("«Переворот осудили Африканский союз и Франция»: 11 by both", "2023-09-01",
     "Переворот осудили Африканский союз и Франция.",
     [("11", "осудить", "Африканский союз", None, None, "2023-09-01", "day", "published"),
      ("11", "осудить", "Франция", None, None, "2023-09-01", "day", "published")]),
    # probe DQ (dev, p05): a kinship noun's gender is its person's (quote_words.tsv `kin`): a woman's name in
    # apposition to «мужа» is his owner (appositions._kin_owner), and «мужа» is the man introduced with it
    ("«Бакальчука, бывшего мужа Татьяны Ким … Ким обвинила бывшего мужа»: 112 Ким → Бакальчук", "2024-09-20",
     "Суд арестовал Владислава Бакальчука, бывшего мужа Татьяны Ким. Татьяна Ким обвинила бывшего мужа в "
     "организации нападения.",
     [("173", "арестовать", None, "Владислав Бакальчук", None, "2024-09-20", "day", "published"),
      ("112", "обвинить", "Татьяна Ким", "Владислав Бакальчук", None, "2024-09-20", "day", "published")]),
    # probe DQ (dev, p14, p02): «коллега» with a country's adjective is that country's person named last,
    # one introduced with the country first (quote_words.tsv `counterpart`), never its clause's subject
    ("«Эрдоган поблагодарил российского коллегу»: 051 → Путин, not Лихачев", "2023-02-08",
     "Президент России Владимир Путин провел телефонный разговор с президентом Турции Реджепом Тайипом "
     "Эрдоганом. Генеральный директор «Росатома» Алексей Лихачев обсудил поставки топлива. Эрдоган поблагодарил "
     "российского коллегу за поддержку.",
     [("04", "разговор", "Владимир Путин", "Реджеп Тайип Эрдоган", None, "2023-02-08", "day", "published"),
      ("04", "обсудить", "Алексей Лихачев", None, None, "2023-02-08", "day", "published"),
      ("051", "поблагодарить", "Реджеп Тайип Эрдоган", "Владимир Путин", None, "2023-02-08", "day", "published")]),
    ("«Алиев выразил российскому коллеге соболезнования»: 01 → Путин, introduced with no country", "2023-09-21",
     "Президент Азербайджана Ильхам Алиев провел телефонный разговор с Владимиром Путиным. Алиев выразил "
     "российскому коллеге соболезнования.",
     [("04", "разговор", "Ильхам Алиев", "Владимир Путин", None, "2023-09-21", "day", "published"),
      ("01", "соболезнование", "Ильхам Алиев", "Владимир Путин", None, "2023-09-21", "day", "published")]),
    # probe DM (dev, DM01): «отправить под стражу» is an arrest (cameo.tsv 173), as «взять под стражу» is
    ("«суд отправил его под стражу»: 173", "2021-09-02",
     "Сам Борис Шпигель задержан в Москве по тому же делу; Басманный суд отправил его под стражу.",
     [("173", "задержать", None, "Борис Шпигель", "Москва", "2021-09-02", "day", "published"),
      ("173", "отправить", "Басманный суд", "Борис Шпигель", None, "2021-09-02", "day", "published")]),
]


@pytest.mark.parametrize("pattern, published, sentence, expected", PATTERNS, ids=[p[0] for p in PATTERNS])
def test_pattern_golden(pattern, published, sentence, expected):
    assert events_of(sentence, published) == expected


# Rules no real sentence of the sample or the gold corpus shows, on constructed sentences.
CONSTRUCTED = [
    # probe CI (dev, p02) quotes a decree «Постановляю отрешить Белых Никиту Юрьевича от должности …», which the
    # tagger misreads; the decree's formula «отрешить от должности» is a dismissal (cameo.tsv L02)
    ("«отрешил от должности»: a dismissal",
     "Президент Владимир Путин отрешил Белых Никиту Юрьевича от должности губернатора Кировской области в связи с "
     "утратой доверия.",
     [("L02", "отрешить", "Никита Юрьевич Белых", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    ("one list of three participants: every pair",
     "Во вторник в Пекине состоялась встреча Владимира Путина, Дональда Трампа и Си Цзиньпина.",
     [("04", "встреча", "Владимир Путин", "Дональд Трамп", "Пекин", "2025-09-23", "day", "text"),
      ("04", "встреча", "Владимир Путин", "Си Цзиньпин", "Пекин", "2025-09-23", "day", "text"),
      ("04", "встреча", "Дональд Трамп", "Си Цзиньпин", "Пекин", "2025-09-23", "day", "text")]),
    ("what talks are about is no event of its own, each conjunct of it",
     "Япония будет вести переговоры с Россией о возвращении островов и заключении мирного договора с Москвой.",
     [("036", "переговоры", "Япония", "Россия", None, "2025-09-23", "day", "published")]),
    ("«X встретился с Y и Z»: a meeting of three, every pair",
     "Владимир Путин встретился с Дональдом Трампом и Си Цзиньпином.",
     [("04", "встретиться", "Владимир Путин", "Дональд Трамп", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Владимир Путин", "Си Цзиньпин", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Дональд Трамп", "Си Цзиньпин", None, "2025-09-23", "day", "published")]),
    ("an intended meeting is 036 intent to meet",
     "Владимир Путин намерен встретиться с Дональдом Трампом в Анкоридже.",
     [("036", "встретиться", "Владимир Путин", "Дональд Трамп", None, "2025-09-23", "day", "published")]),
    ("«договорились встретиться» is one intent, no agreement row",
     "Владимир Путин и Дональд Трамп договорились встретиться в Будапеште.",
     [("036", "встретиться", "Владимир Путин", "Дональд Трамп", "Будапешт", "2025-09-23", "day", "published")]),
    ("intended material conflict is 13",
     "Евросоюз намерен ввести санкции против Ирана.",
     [("13", "ввести", "ЕС", "Иран", None, "2025-09-23", "day", "published")]),
    ("a visited city that is no capital is the visit's end (actor2) and its location; year precision",
     "Наполеон посетил Дюссельдорф в 1811 году.",
     [("042", "посетить", "Наполеон", "Дюссельдорф", "Дюссельдорф", "1811-01-01", "year", "text")]),
    ("a trip to a city of one's own country is a visit to that city",
     "Глава МЧС Александр Куренков прибыл в Норильск, чтобы лично руководить ликвидацией последствий аварии.",
     [("042", "прибыть", "Александр Куренков", "Норильск", "Норильск", "2025-09-23", "day", "published")]),
    ("an organisation as the venue",
     "Сергей Лавров встретился с Энтони Блинкеном на саммите ЕС.",
     [("04", "встретиться", "Сергей Лавров", "Энтони Блинкен", "ЕС", "2025-09-23", "day", "published")]),
    ("negated verb", "Сергей Лавров не встретился с Энтони Блинкеном.", []),
    ("negated light verb of a nominal event", "Встреча Сергея Лаврова и Энтони Блинкена не состоялась.", []),
    ("merely possible", "Сергей Лавров может встретиться с Энтони Блинкеном.", []),
    # an allegation or a guess is told as unconfirmed (probe AN, dev: «переговоры …, состоявшиеся якобы …»)
    ("alleged", "Накануне Сергей Лавров якобы встретился с Энтони Блинкеном в Женеве.", []),
    ("guessed", "По данным СМИ, Сергей Лавров, возможно, встретится с Энтони Блинкеном.", []),
    # a demanded event is asked for, not told: no L02 resignation of Саакашвили, a demand whose target he is,
    # and the protest's target (factRuEval dev, book_348; the demonstrators are nobody named)
    ("demanded, real", "Тысячи демонстрантов собрались на митинг в Тбилиси, требуя отставки президента Грузии "
     "Михаила Саакашвили.",
     [("14", "митинг", None, "Михаил Саакашвили", "Тбилиси", "2025-09-23", "day", "published"),
      ("10", "требовать", None, "Михаил Саакашвили", None, "2025-09-23", "day", "published")]),
    # factRuEval dev, book_348
    ("a protest's demand names its target: «митинги с требованием отставки X»",
     "Тогда митинги с требованием отставки Саакашвили длились неделями.",
     [("14", "митинг", None, "Саакашвили", None, "2025-09-23", "day", "published")]),
    ("announced: the noun of a light verb leads to the announcer («о введении санкций»)",
     "Евросоюз объявил о введении санкций против Ирана.",
     [("01", "объявить", "ЕС", None, None, "2025-09-23", "day", "published"),
      ("163", "санкция", "ЕС", "Иран", None, "2025-09-23", "day", "published")]),
    ("announced: the dative of the light verb's noun is actor2",
     "Германия объявила о выделении Украине военной помощи.",
     [("01", "объявить", "Германия", None, None, "2025-09-23", "day", "published"),
      ("07", "помощь", "Германия", "Украина", None, "2025-09-23", "day", "published")]),
    ("announced: an arrest is the announcer's",
     "МВД Пакистана сообщило об аресте Беназир Бхутто.",
     [("01", "сообщить", "МВД Пакистана", None, None, "2025-09-23", "day", "published"),
      ("173", "арест", "МВД Пакистана", "Беназир Бхутто", None, "2025-09-23", "day", "published")]),
    ("not announced: an attack one reports is not one's own",
     "Рамзан Кадыров сообщил о нападении на Ису Ямадаева.",
     [("01", "сообщить", "Рамзан Кадыров", None, None, "2025-09-23", "day", "published"),
      ("18", "нападение", None, "Иса Ямадаев", None, "2025-09-23", "day", "published")]),
    ("«выделить» carries its noun as a light verb; the dative is actor2",
     "Япония выделила Украине гуманитарную помощь.",
     [("07", "помощь", "Япония", "Украина", None, "2025-09-23", "day", "published")]),
    ("a partner of an investigation: «в отношении»",
     "Прокуратура Франции начала расследование в отношении Павла Дурова.",
     [("09", "расследование", "Прокуратура Франции", "Павел Дуров", None, "2025-09-23", "day", "published")]),
    ("a partner of a demand: «от»",
     "Польша потребовала от Германии репараций.",
     [("10", "потребовать", "Польша", "Германия", None, "2025-09-23", "day", "published")]),
    ("a partner of reduced relations: «из» a country",
     "Украина отозвала посла из Белоруссии.",
     [("16", "отозвать", "Украина", "Белоруссия", None, "2025-09-23", "day", "published")]),
    ("… not a city one is sent out of; the diplomats' adjective names the other side",
     "Власти США высылают 35 российских дипломатов из Вашингтона и Сан-Франциско. Россия ответит.",
     [("16", "высылать", "США", "Россия", None, "2025-09-23", "day", "published")]),
    ("declaring diplomats personae non gratae reduces relations",
     "МИД России объявил персонами нон грата 35 дипломатов США.",
     [("16", "объявить", "МИД России", "США", None, "2025-09-23", "day", "published")]),
    ("a capital is itself when the article names no state of it",
     "Вашингтон ввел санкции против Пхеньяна.",
     [("163", "ввести", "Вашингтон", "Пхеньян", None, "2025-09-23", "day", "published")]),
    ("capitals with their states named: both sides are the states; where it happens stays the city",
     "Переговоры между Москвой и Киевом прошли в Стамбуле, сообщили в МИД России и Украины.",
     [("04", "переговоры", "Россия", "Украина", "Стамбул", "2025-09-23", "day", "published")]),
    ("among those who died: an active participle makes the subject its actor1",
     "Среди погибших оказался бывший губернатор Александр Лебедь.",
     [("L04", "погибнуть", "Александр Лебедь", None, None, "2025-09-23", "day", "published")]),
    ("a country's adjective on its authorities is the state the article names",
     "Россия и США спорят. Американские власти обвинили Россию во вмешательстве в выборы.",
     [("112", "обвинить", "США", "Россия", None, "2025-09-23", "day", "published")]),
    ("… at a sentence's start too («Российская сторона»)",
     "Россия и США спорят. Российская сторона заявила, что США нарушили договор.",
     [("01", "заявить", "Россия", None, None, "2025-09-23", "day", "published")]),
    ("… and nobody when the article names no such state",
     "Американские власти обвинили Россию во вмешательстве в выборы.",
     [("112", "обвинить", None, "Россия", None, "2025-09-23", "day", "published")]),
    ("taking part in a gathering: every pair of its participants meets",
     "В саммите в Лиссабоне приняли участие Барак Обама, Ангела Меркель и Дмитрий Медведев.",
     [("04", "принять", "Барак Обама", "Ангела Меркель", "Лиссабон", "2025-09-23", "day", "published"),
      ("04", "принять", "Барак Обама", "Дмитрий Медведев", "Лиссабон", "2025-09-23", "day", "published"),
      ("04", "принять", "Ангела Меркель", "Дмитрий Медведев", "Лиссабон", "2025-09-23", "day", "published")]),
    ("«участвовать в совещании»: one participant named, one row",
     "Сергей Лавров участвовал в совещании в Кремле.",
     [("04", "участвовать", "Сергей Лавров", None, "Кремль", "2025-09-23", "day", "published")]),
    ("a decision taken at a gathering is no taking part", "Владимир Путин принял решение на совещании в Кремле.", []),
    ("«стороны» after a meeting are its sides",
     "Владимир Путин встретился с президентом Болгарии Георгием Пырвановым. Стороны подписали соглашение о "
     "строительстве АЭС.",
     [("04", "встретиться", "Владимир Путин", "Георгий Пырванов", None, "2025-09-23", "day", "published"),
      ("057", "подписать", "Владимир Путин", "Георгий Пырванов", None, "2025-09-23", "day", "published")]),
    ("«оба президента» too",
     "Владимир Путин встретился с президентом Болгарии Георгием Пырвановым. Затем оба президента подписали "
     "соглашение о строительстве АЭС.",
     [("04", "встретиться", "Владимир Путин", "Георгий Пырванов", None, "2025-09-23", "day", "published"),
      ("057", "подписать", "Владимир Путин", "Георгий Пырванов", None, "2025-09-23", "day", "published")]),
    ("«лидеры» of another group are not the sides",
     "Владимир Путин встретился с Георгием Пырвановым. Лидеры оппозиции раскритиковали эту встречу.",
     [("04", "встретиться", "Владимир Путин", "Георгий Пырванов", None, "2025-09-23", "day", "published")]),
    ("taking a post: its genitive is the body, actor2",
     "Новым премьер-министром Великобритании стал Кир Стармер.",
     [("L01", "стать", "Кир Стармер", "Великобритания", None, "2025-09-23", "day", "published")]),
    # the body stands in for whoever appoints: with the appointer named, the post's body is no second row
    # (the annotators of the probes write the appointer; dev probes A, X and AF lost 4 false pairs)
    ("the body of the post only when no one appoints: the appointer is the other side",
     "Владимир Путин назначил Михаила Мишустина председателем правительства России.",
     [("L01", "назначить", "Михаил Мишустин", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    ("elected to a post: the same body", "Эммануэль Макрон избран президентом Франции.",
     [("L03", "избрать", "Эммануэль Макрон", "Франция", None, "2025-09-23", "day", "published")]),
    ("who decreed a passive event: «указом президента X» (the parser hangs the name on «Указом»)",
     "Указом президента Владимира Путина Михаил Мишустин назначен председателем правительства.",
     [("L01", "назначить", "Михаил Мишустин", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    ("… «по решению X»",
     "По решению Владимира Путина Сергей Шойгу освобожден от должности министра обороны.",
     [("L02", "освободить", "Сергей Шойгу", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    ("an intention with an infinitive is the intended event's: 036, no 03 row of «намерение»",
     "Владимир Путин выразил намерение встретиться с Дональдом Трампом.",
     [("036", "встретиться", "Владимир Путин", "Дональд Трамп", None, "2025-09-23", "day", "published")]),
    ("… unless the infinitive is no event: then the intention is the row",
     "Турция выразила намерение улучшить отношения с Россией.",
     [("03", "намерение", "Турция", None, None, "2025-09-23", "day", "published")]),
    ("a plural nominal's list of names: «журналистов X и Y» are both targets",
     "Великобритания ввела санкции против нового главы Яндекса Тиграна Худавердяна, а также журналистов "
     "Артема Шейнина и Армена Гаспаряна.",
     [("163", "ввести", "Великобритания", "Тигран Худавердян", None, "2025-09-23", "day", "published"),
      ("163", "ввести", "Великобритания", "Артем Шейнин", None, "2025-09-23", "day", "published"),
      ("163", "ввести", "Великобритания", "Армен Гаспарян", None, "2025-09-23", "day", "published")]),
    ("an indefinite-personal verb continues who did it last: «Санкции также ввели против …»",
     "Великобритания ввела санкции против Тиграна Худавердяна. Документ опубликован на сайте правительства. "
     "Санкции также ввели против политолога Дмитрия Куликова.",
     [("163", "ввести", "Великобритания", "Тигран Худавердян", None, "2025-09-23", "day", "published"),
      ("163", "ввести", "Великобритания", "Дмитрий Куликов", None, "2025-09-23", "day", "published")]),
    ("… but not for a statement: «в Казахстане заявили» is not the last speaker, it is the state",
     "Касым-Жомарт Токаев сделал заявление для прессы. Ранее в Казахстане заявили о готовности выступить "
     "посредником.",
     [("01", "заявление", "Касым-Жомарт Токаев", None, None, "2025-09-23", "day", "published"),
      ("01", "заявить", "Казахстан", None, None, "2025-09-23", "day", "published")]),
    ("a capital visited is the host state the article names; the city stays where",
     "Президент России Дмитрий Медведев прибыл в Сирию. Визит президента России Дмитрия Медведева в Дамаск "
     "продлится два дня.",
     [("042", "прибыть", "Дмитрий Медведев", "Сирия", "Сирия", "2025-09-23", "day", "published"),
      ("036", "визит", "Дмитрий Медведев", "Сирия", "Дамаск", "2025-09-23", "day", "published")]),
    ("a state's armed forces are the state: «самолеты Израиля атаковали»",
     "Израиль и ХАМАС воюют. Военные самолеты Израиля атаковали штаб боевиков ХАМАС.",
     [("19", "воевать", "Израиль", "ХАМАС", None, "2025-09-23", "day", "published"),
      ("190", "атаковать", "Израиль", "ХАМАС", None, "2025-09-23", "day", "published")]),
    # probe CY (dev, p04): «по приглашению X» names the host of a visit (event_words.tsv `invitation`); the
    # probe's own sentence hangs the inviter's name on the visitor in the parse
    ("the inviter of a visit is its host: «По приглашению Си Цзиньпина Путин посетил Китай»",
     "По приглашению Си Цзиньпина Путин посетил Китай.",
     [("042", "посетить", "Путин", "Си Цзиньпин", "Китай", "2025-09-23", "day", "published")]),
    # a gathering one takes part in brings its own partner («с …»), as the meeting noun itself would
    ("«принял участие в совещании с X»: X is the other side",
     "Губернатор Андрей Воробьев принял участие в совещании с президентом Владимиром Путиным. Путин принял решение на "
     "совещании.",
     [("04", "принять", "Андрей Воробьев", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    ("a partner preposition that is also a place's takes the accusative: «на Украину», not «на Украине»",
     "Россия напала на Украину. Бои на Украине ведет Россия.",
     [("190", "напасть", "Россия", "Украина", None, "2025-09-23", "day", "published"),
      ("19", "бой", "Россия", None, "Украина", "2025-09-23", "day", "published")]),
    ("putting signatures is signing: every pair of the signers",
     "Подписи под соглашением поставили министр Игорь Щеголев и министр Имад Сабуни.",
     [("057", "поставить", "Игорь Щеголев", "Имад Сабуни", None, "2025-09-23", "day", "published")]),
    ("aid sent «в» a country (the accusative) goes to it; a batch carries its noun to the light verb",
     "Россия отправила вторую партию гуманитарной помощи в Афганистан.",
     [("07", "помощь", "Россия", "Афганистан", None, "2025-09-23", "day", "published")]),
    ("aid given «в» a country (the locative) is given there",
     "Россия оказывает помощь в Афганистане.",
     [("07", "помощь", "Россия", None, "Афганистан", "2025-09-23", "day", "published")]),
    ("«стать» with no post is no appointment", "Алла Бут стала женой Виктора Бута.", []),
    ("«X и Y договорились»: agreed with each other, every pair (05 is done together); support is not",
     "Россия, Китай и Индия договорились о создании банка. Франция и Германия поддержали резолюцию.",
     [("05", "договориться", "Россия", "Китай", None, "2025-09-23", "day", "published"),
      ("05", "договориться", "Россия", "Индия", None, "2025-09-23", "day", "published"),
      ("05", "договориться", "Китай", "Индия", None, "2025-09-23", "day", "published"),
      ("051", "поддержать", "Франция", None, None, "2025-09-23", "day", "published"),
      ("051", "поддержать", "Германия", None, None, "2025-09-23", "day", "published")]),
    ("holders of one post in several states, no person named: the states",
     "Президенты России и Китая провели переговоры. Главы МИД Франции и Германии обсудили кризис.",
     [("04", "переговоры", "Россия", "Китай", None, "2025-09-23", "day", "published"),
      ("04", "обсудить", "Франция", "Германия", None, "2025-09-23", "day", "published")]),
    ("… each the person the article introduced with that post and state, when all are",
     "Президент России Владимир Путин и президент Китая Си Цзиньпин прибыли в Казань. "
     "Президенты России и Китая провели переговоры.",
     [("042", "прибыть", "Владимир Путин", "Казань", "Казань", "2025-09-23", "day", "published"),
      ("042", "прибыть", "Си Цзиньпин", "Казань", "Казань", "2025-09-23", "day", "published"),
      ("04", "переговоры", "Владимир Путин", "Си Цзиньпин", None, "2025-09-23", "day", "published")]),
    ("whoever signs a decree does what it is about; the person appointed comes first",
     "Владимир Путин подписал указ о назначении Андрея Белоусова министром обороны. "
     "Путин подписал указ о введении санкций против Польши.",
     [("L01", "назначение", "Андрей Белоусов", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("163", "санкция", "Владимир Путин", "Польша", None, "2025-09-23", "day", "published")]),
    ("a decree about an appointment whose appointee is not found gives no row: the issuer is not appointed",
     "Путин подписал указы о назначении других министров.", []),
    ("a relative clause with no subject goes on with the subject of the verb its antecedent depends on",
     "Сергей Лавров посетил саммит в Йоханнесбурге, в рамках которого обсудил с Хаканом Фиданом ситуацию в Сирии.",
     [("042", "посетить", "Сергей Лавров", None, None, "2025-09-23", "day", "published"),
      ("04", "обсудить", "Сергей Лавров", "Хакан Фидан", None, "2025-09-23", "day", "published")]),
    ("the sides of a meeting go on: a sentence naming no one («они»), «главы правительств», an agentless passive",
     "Михаил Мишустин провел телефонный разговор с Александром Турчиным. Затем они обсудили вопросы "
     "сотрудничества. «Главы правительств обсудили также график контактов», — пояснили в правительстве России. "
     "Также были обсуждены вопросы Евразийского экономического союза.",
     [("04", "разговор", "Михаил Мишустин", "Александр Турчин", None, "2025-09-23", "day", "published"),
      ("04", "обсудить", "Михаил Мишустин", "Александр Турчин", None, "2025-09-23", "day", "published"),
      ("04", "обсудить", "Михаил Мишустин", "Александр Турчин", None, "2025-09-23", "day", "published"),
      ("04", "обсудить", "Михаил Мишустин", "Александр Турчин", None, "2025-09-23", "day", "published")]),
    ("a sentence naming no one keeps only rows between the meeting's sides",
     "Владимир Путин встретился с Си Цзиньпином. Затем они отправились в театр, где их встретил директор.",
     [("04", "встретиться", "Владимир Путин", "Си Цзиньпин", None, "2025-09-23", "day", "published")]),
    ("a descriptor subject is the person the text is about: the last one named in the nominative",
     "Президент России Владимир Путин посетил Магадан. Накануне Путин провел переговоры с лидером США "
     "Дональдом Трампом. Глава государства также посетил завод «Омега Си».",
     [("042", "посетить", "Владимир Путин", "Магадан", "Магадан", "2025-09-23", "day", "published"),
      ("04", "переговоры", "Владимир Путин", "Дональд Трамп", None, "2025-09-23", "day", "published"),
      ("042", "посетить", "Владимир Путин", "Омега Си", None, "2025-09-23", "day", "published")]),
    ("an infinitive on a decision with a genitive owner: the owner acts, not who talks of it",
     "Соединенные Штаты решительно осуждают решение России арестовать Алексея Навального.",
     [("11", "осуждать", "США", "Россия", None, "2025-09-23", "day", "published"),
      ("173", "арестовать", "Россия", "Алексей Навальный", None, "2025-09-23", "day", "published")]),
    ("an attack noun with its target named: the genitive attacks; alone, the genitive is the target",
     "Министерство сообщило об ударе ВСУ по Белгороду. Обстрел Донецка продолжился. Нападение ХАМАС на "
     "Израиль осудили.",
     [("190", "удар", "ВСУ", "Белгород", None, "2025-09-23", "day", "published"),
      ("190", "обстрел", None, "Донецк", None, "2025-09-23", "day", "published"),
      ("18", "нападение", "ХАМАС", "Израиль", None, "2025-09-23", "day", "published"),
      ("11", "осудить", None, "ХАМАС", None, "2025-09-23", "day", "published")]),  # `judges`: the attack is ХАМАС's
    ("«назначить» a punishment is a sentence (173), an election no appointment (event_words.tsv `idiom`)",
     "Суд назначил Алексею Улюкаеву наказание в виде лишения свободы. Президент Путин назначил выборы на март.",
     [("173", "назначить", None, "Алексей Улюкаев", None, "2025-09-23", "day", "published")]),
    ("a fine imposed «на» someone is coercion (17)",
     "В середине июля ЕС наложил на «Майкрософт» миллионные штрафы.",
     [("17", "наложить", "ЕС", "Майкрософт", None, "2025-07-01", "month", "text")]),
    ("a role in the event predicated of a subject: «организатором митинга стала партия X»",
     "Организатором митинга у здания мэрии стала партия «Яблоко».",
     [("14", "митинг", "Яблоко", None, None, "2025-09-23", "day", "published")]),
    ("«сообщить о …» is a statement; a news outlet reporting makes none",
     "Мэр Виталий Кличко сообщил о перебоях с водоснабжением. Об этом сообщает «РБК-Украина». Об этом "
     "сообщает Комитет защиты журналистов.",
     [("01", "сообщить", "Виталий Кличко", None, None, "2025-09-23", "day", "published"),
      ("01", "сообщать", "Комитет защиты журналистов", None, None, "2025-09-23", "day", "published")]),
    ("an organisation reporting in the present tense is a news source, as quotes read it (`attribution.relays`): "
     "no statement; an authority is no news source",
     "Боевики обстреляли деревню в провинции Борно. Об этом сообщает Site Intelligence Group. Об этом сообщает "
     "ONLINE.UA со ссылкой на 5 канал. Служба безопасности Украины сообщает о задержании двоих дезертиров.",
     [("190", "обстрелять", None, "Борно", None, "2025-09-23", "day", "published"),
      ("01", "сообщать", "Служба безопасности Украины", None, None, "2025-09-23", "day", "published"),
      ("173", "задержание", "Служба безопасности Украины", None, None, "2025-09-23", "day", "published")]),
    # probes AV (dev, av01, av11) and AQ (dev, aq04): telling about an event and confirming one are statements;
    # a newspaper told is a relay, no addressee
    ("«рассказал о …», «подтвердил …» are statements; the outlet told is no party",
     "Об увольнении рассказала депутат Ольга Василевская-Смаглюк. Позднее информацию о задержании подтвердили в "
     "МВД России. Об этом «Комсомольской правде» рассказала супруга актера Роксана Бабаян.",
     [("01", "рассказать", "Ольга Василевская-Смаглюк", None, None, "2025-09-23", "day", "published"),
      ("01", "подтвердить", "МВД России", None, "Россия", "2025-09-23", "day", "published"),
      ("01", "рассказать", "Роксана Бабаян", None, None, "2025-09-23", "day", "published")]),
    # probes AQ, AV (dev, aq07, av13): an accusation of a crime is a criminal charge (event_words.tsv `crime`)
    ("«обвиняют в хищении» is a charge (173); «обвинило США в двойном подходе» an accusation (112)",
     "Илью Юрова обвиняют в хищении средств в особо крупных размерах. Ивана Петрова обвинили в участии в "
     "преступном сообществе. Сергея Иванова обвинили по статье 290 УК РФ. Министерство обвинило США в "
     "двойном подходе.",
     [("173", "обвинять", None, "Илья Юров", None, "2025-09-23", "day", "published"),
      ("173", "обвинить", None, "Иван Петров", None, "2025-09-23", "day", "published"),
      ("173", "обвинить", None, "Сергей Иванов", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", None, "США", None, "2025-09-23", "day", "published")]),
    # probe AQ (dev, aq16): a seat in a body is a post one takes, the body its genitive
    ("«стал членом Совета Федерации», «стал депутатом Госдумы» are appointments to the body",
     "Олег Ковалев стал членом Совета Федерации от региона. Иван Петров стал депутатом Госдумы.",
     [("L01", "стать", "Олег Ковалев", "Совет Федерации", None, "2025-09-23", "day", "published"),
      ("L01", "стать", "Иван Петров", "Государственная дума", None, "2025-09-23", "day", "published")]),
    # probe AZ (dev, p10): the appointee named after the post of a «на пост …» phrase, in the accusative,
    # which the parser hangs on the post; «утвердил кандидатуру X на пост» appoints its owner
    ("«назначил на пост министра X»: X, in the accusative after the post, is appointed",
     "Президент Казахстана Касым-Жомарт Токаев назначил на пост вице-премьера и министра иностранных дел Мурата "
     "Нуртлеу, освободив его от должности руководителя президентской администрации. 30 марта Токаев вновь "
     "утвердил кандидатуру Алихана Смаилова на пост премьер-министра республики.",
     [("L01", "назначить", "Мурат Нуртлеу", "Касым-Жомарт Токаев", None, "2025-09-23", "day", "published"),
      ("L02", "освободить", "Мурат Нуртлеу", "Касым-Жомарт Токаев", None, "2025-09-23", "day", "published"),
      ("L01", "утвердить", "Алихан Смаилов", "Касым-Жомарт Токаев", None, "2025-03-30", "day", "text")]),
    ("of two names after the post, the first is the post's owner: «на должность заместителя Ивана Петрова X»",
     "Премьер Дмитрий Медведев назначил на должность заместителя Ивана Петрова Сергея Сидорова.",
     [("L01", "назначить", "Сергей Сидоров", "Дмитрий Медведев", None, "2025-09-23", "day", "published")]),
    # probe AZ (dev, p02): «отстранил от должности» dismisses (cameo.tsv L02, event_words.tsv `doer`); a
    # passive one with no agent continues who dismissed last (context.doer_of_passive)
    ("«отстранил от должности X» is a dismissal of X by the subject",
     "Губернатор Андрей Воробьев отстранил от должности главу района Ивана Петрова. Сергей Сидоров отстранен от "
     "должности.",
     [("L02", "отстранить", "Иван Петров", "Андрей Воробьев", None, "2025-09-23", "day", "published"),
      ("L02", "отстранить", "Сергей Сидоров", "Андрей Воробьев", None, "2025-09-23", "day", "published")]),
    # probe BD (dev, p05): «персоной нон грата», whose object the parser hangs under «грата»; an embassy
    # stands for its state (event_words.tsv `government`)
    ("«объявила персоной нон грата X»: X, or the state of the embassy X works for, is actor2",
     "Румыния объявила персоной нон грата помощника военного атташе России Алексея Гришаева. Министерство "
     "иностранных дел России объявило сотрудника посольства Украины персоной нон грата.",
     [("16", "объявить", "Румыния", "Алексей Гришаев", None, "2025-09-23", "day", "published"),
      ("16", "объявить", "Министерство иностранных дел России", "Украина", None, "2025-09-23", "day", "published")]),
    # probe BG (dev, p06): extending or widening an event noun is doing it, by the verb's subject
    # (event_words.tsv `light` «продлить», «расширить», «ужесточить»; `frame` «действие»)
    ("«продлил санкции», «продлевает действие санкций», «расширил санкции»: the subject imposes them",
     "ЕС продлил экономические санкции против России ещё на полгода. Европейский союз во вторник объявил, что "
     "продлевает на полгода действие санкций против России. Канада расширила санкции против Ирана.",
     [("163", "санкция", "ЕС", "Россия", None, "2025-09-23", "day", "published"),
      ("01", "объявить", "ЕС", None, None, "2025-09-23", "day", "text"),
      ("163", "санкция", "ЕС", "Россия", None, "2025-09-23", "day", "published"),
      ("163", "санкция", "Канада", "Иран", None, "2025-09-23", "day", "published")]),
    # probe BG (dev, p06): a verb of undergoing that names no doer continues who last did it
    # (context.last_agent); with no such event before, no doer
    ("«В новый санкционный список попали X и Y» after «ЕС ввел санкции»: ЕС imposes them on X and Y",
     "Евросоюз ввел новые санкции против России. В новый санкционный список попали Сбербанк и мэр Москвы "
     "Сергей Собянин.",
     [("163", "ввести", "ЕС", "Россия", None, "2025-09-23", "day", "published"),
      ("163", "список", "ЕС", "Сбербанк", None, "2025-09-23", "day", "published"),
      ("163", "список", "ЕС", "Сергей Собянин", None, "2025-09-23", "day", "published")]),
    ("«В санкционный список попал X» with no imposer before: X only",
     "В санкционный список попал Сбербанк.",
     [("163", "список", None, "Сбербанк", None, "2025-09-23", "day", "published")]),
    # probe BG (dev, p02): a descriptor after a comma with a name of its own is the next of a list
    # (repairs._listed_descriptor); one with no name is the same person
    ("«встретится с X, своим коллегой Y»: X and Y both; «с X, президентом Белоруссии»: X",
     "Министр иностранных дел России Сергей Лавров в Минске встретится с Александром Лукашенко, своим "
     "белорусским коллегой Владимиром Макеем и проведет заседание коллегий МИД двух стран. Позже Сергей Лавров "
     "встретился с Александром Лукашенко, президентом Белоруссии.",
     [("036", "встретиться", "Сергей Лавров", "Александр Лукашенко", None, "2025-09-23", "day", "published"),
      ("036", "встретиться", "Сергей Лавров", "Владимир Макей", None, "2025-09-23", "day", "published"),
      ("036", "встретиться", "Александр Лукашенко", "Владимир Макей", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Сергей Лавров", "Александр Лукашенко", None, "2025-09-23", "day", "published")]),
    # probe BS (dev, p07): an event in the «к» phrase of a word of intent is intended, by the intent
    # noun's owner (modality.tsv `intent` «готовность»); an infinitive on a noun of intent in the «о» phrase
    # of a verb shares its subject
    ("«заявил о готовности России к переговорам с Украиной», «готова к переговорам», «о готовности встретиться»",
     "Ранее Лавров заявил о готовности России к переговорам с Украиной. Россия готова к переговорам с Украиной. "
     "Лавров заявил о готовности встретиться с Блинкеном.",
     [("01", "заявить", "Лавров", None, None, "2025-09-23", "day", "published"),
      ("036", "переговоры", "Россия", "Украина", None, "2025-09-23", "day", "published"),
      ("036", "переговоры", "Россия", "Украина", None, "2025-09-23", "day", "published"),
      ("01", "заявить", "Лавров", None, None, "2025-09-23", "day", "published"),
      ("036", "встретиться", "Лавров", "Блинкен", None, "2025-09-23", "day", "published")]),
    # probe BS (dev, p03): a bare «суд» is the last court named (speech_cues.tsv `body` `named`, the rule
    # that names a quote's speaker, quotes.bodies.named_body)
    ("«Басманный суд Москвы арестовал X … Суд принял решение арестовать X»: the Басманный суд both times",
     "Басманный суд Москвы арестовал мэра Астрахани Михаила Столярова. Суд принял решение арестовать Михаила "
     "Столярова, сообщает РАПСИ.",
     [("173", "арестовать", "Басманный суд Москвы", "Михаил Столяров", None, "2025-09-23", "day", "published"),
      ("173", "арестовать", "Басманный суд Москвы", "Михаил Столяров", None, "2025-09-23", "day", "published")]),
    # probe BK (dev, p06, its title as a body sentence): preparing an event is intending it, by the subject
    # («готовить»: modality.tsv `intent`, event_words.tsv `light`), also behind a frame noun («пакет»)
    ("«США готовят новый пакет военной помощи Украине», «ЕС готовит пакет санкций»: intended",
     "США готовят новый пакет военной помощи Украине. Евросоюз готовит новый пакет санкций против России.",
     [("03", "помощь", "США", "Украина", None, "2025-09-23", "day", "published"),
      ("13", "санкция", "ЕС", "Россия", None, "2025-09-23", "day", "published")]),
    # probe BG (dev, p08): the names of a gapped list, each after a dash closing a segment with no verb,
    # are the first name's (repairs._gapped_list), whatever the parser hung them on
    ("«уволил с должности посла в Бразилии X, с должности посла в Литве – Y»: X and Y dismissed",
     "В частности, Зеленский уволил с должности посла в Бразилии Ростислава Троненко, с должности посла в "
     "Таджикистане и Афганистане по совместительству – Василия Серватюка, с должности посла в Литве – Владимира "
     "Яценковского.",
     [("L02", "уволить", "Ростислав Троненко", "Зеленский", None, "2025-09-23", "day", "published"),
      ("L02", "уволить", "Василий Серватюк", "Зеленский", None, "2025-09-23", "day", "published"),
      ("L02", "уволить", "Владимир Яценковский", "Зеленский", None, "2025-09-23", "day", "published")]),
    # probe BG (dev, p11): a group led by someone is that person, before the state its adjective names
    # (nominals._led_by, also when the parser hangs «во главе с X» on nothing)
    ("«Его встретила российская делегация во главе с министром … Цивилевым»: Цивилев hosts",
     "Президент Ирана Масуд Пезешкиан прибыл в Россию с официальным визитом. Его встретила российская делегация "
     "во главе с министром энергетики Сергеем Цивилевым.",
     [("042", "прибыть", "Масуд Пезешкиан", "Россия", "Россия", "2025-09-23", "day", "published"),
      ("043", "встретить", "Сергей Цивилев", "Масуд Пезешкиан", None, "2025-09-23", "day", "published")]),
    # probe BG (dev, p09): of two subjects, the one that disagrees with the verb in number is its object
    # (repairs._disagreeing_subject), and agents «из» a country are that state's (offices.from_states)
    ("«Дипломаты из Германии, Швеции и Польши высылает Россия»: Россия expels, the three states its targets",
     "Дипломаты из Германии, Швеции и Польши высылает Россия в связи с участием их в несанкционированных митингах "
     "в Москве и Санкт-Петербурге 23 января.",
     [("16", "высылать", "Россия", "Германия", None, "2026-01-23", "day", "text"),
      ("16", "высылать", "Россия", "Швеция", None, "2026-01-23", "day", "text"),
      ("16", "высылать", "Россия", "Польша", None, "2026-01-23", "day", "text")]),
    # probe BK (dev, p16): subjects that did it to one another («друг друга») give a row each way
    # (Frame.reciprocal)
    ("«Азербайджан и Армения снова обвиняли друг друга в обстрелах»: each accuses the other",
     "Напомним, в сентябре Азербайджан и Армения снова обвиняли друг друга в обстрелах, тогда были погибшие.",
     [("112", "обвинять", "Азербайджан", "Армения", None, "2025-09-01", "month", "text"),
      ("112", "обвинять", "Армения", "Азербайджан", None, "2025-09-01", "month", "text")]),
    # probe BS (dev, p06): a plural parties noun with no meeting told before is the two people the
    # article introduced with it (referents.introduced_pair)
    ("«Президент Медведев … с президентом Януковичем … президенты обсудят»: the two presidents",
     "Президент Медведев прибыл на Украину с двухдневным официальным визитом. Совместно с президентом "
     "Януковичем он проведет третье заседание межгосударственной комиссии. После этого президенты обсудят "
     "актуальные вопросы в узком кругу.",
     [("042", "прибыть", "Медведев", "Украина", "Украина", "2025-09-23", "day", "published"),
      ("036", "обсудить", "Медведев", "Янукович", None, "2025-09-23", "day", "published")]),
    # probe BS (dev, p05): an arrest in the indefinite personal names no arrester (cameo.tsv
    # indefinite_unnamed), not the court that remanded him before
    ("«Суд арестовал X. X задержали 8 августа»: the detention has no arrester",
     "Ленинский районный суд Ульяновска арестовал бывшего мэра города Димитровграда Андрея Большакова на два "
     "месяца. Большакова задержали 8 августа, когда он приехал на работу.",
     [("173", "арестовать", "Ленинский районный суд Ульяновска", "Андрей Большаков", None, "2025-09-23", "day",
       "published"),
      ("173", "задержать", None, "Андрей Большаков", None, "2025-08-08", "day", "text")]),
    # probe BS (dev, p15): what a protest is «за» is asked for, not done (modality._protested_for),
    # and its owner is whom the protest demands it of (partners.with_demand); a man's name in the
    # accusative on a genitive post is that post's (one form for both: repairs)
    ("«митинг за отставку главы … Андрея Сайфудинова»: a protest against him, no resignation",
     "Вчера на центральной площади Балакова местные коммунисты провели митинг за отставку главы администрации "
     "муниципального района Андрея Сайфудинова.",
     [("14", "митинг", None, "Андрей Сайфудинов", "Балаково", "2025-09-22", "day", "text")]),
    # probe BS (dev, p16, p14): a verb of joining a protest (event_words.tsv `joining`, «принять участие в»)
    # makes its subject the protester; the activists of a party are the party (`government`)
    ("«встала в одиночный пикет», «Активисты КПРФ приняли участие в митинге против X»: they protest",
     "Как уточнили в суде, утром 12 марта Марина Кен встала в одиночный пикет против поправок в Конституцию РФ "
     "у здания ЗакСа Петербурга на Исаакиевской площади. Активисты КПРФ приняли участие в митинге против "
     "губернатора Сергея Ястребова.",
     [("14", "пикет", "Марина Кен", None, "Исаакиевская площадь", "2025-03-12", "day", "text"),
      ("14", "митинг", "КПРФ", "Сергей Ястребов", None, "2025-09-23", "day", "published")]),
    # probe BS (dev, p14): a demand noun's event asked for names whom it is made of (cameo.tsv asks_done_to)
    ("«резолюцию с требованием отставки X, Y»: a demand of X and of Y",
     "Участники приняли резолюцию с требованием отставки первого заместителя мэра Ярославля Алексея Малютина, "
     "губернатора Сергея Ястребова.",
     [("10", "требование", None, "Алексей Малютин", None, "2025-09-23", "day", "published"),
      ("10", "требование", None, "Сергей Ястребов", None, "2025-09-23", "day", "published")]),
    # probe BO (dev, p02): a verb the parser conjoins to nothing, with the verb before it hanging on it,
    # is that verb's conjunct and shares its subject (repairs._headless_conjunct)
    ("«он прибыл … и встретился с Y», the second verb headless: he met Y",
     "Последний раз Никол Пашинян был в России в конце июля: он прибыл на Алтай для участия в экологической "
     "конференции и встретился с премьер-министром РФ Михаилом Мишустиным.",
     [("042", "прибыть", "Никол Пашинян", "Алтай", "Алтай", "2025-07-01", "month", "text"),
      ("04", "встретиться", "Никол Пашинян", "Михаил Мишустин", None, "2025-07-01", "month", "text")]),
    # probe BK (dev, p01): a person announcing an arrest does not make it (cameo.tsv 17
    # `announced_by_body`), and a passive arrest after it has no arrester; an organisation announcing does
    ("«Лукашенко заявил о задержании боевиков» makes no arrester; «ФСБ сообщила о задержании X» does",
     "21 марта Александр Лукашенко заявил о задержании в Беларуси боевиков. Также были арестованы один из "
     "бывших руководителей \"Белого легиона\" Мирослав Лазовский и бывший активист Андрей Дундуков. ФСБ "
     "сообщила о задержании Ивана Петрова.",
     [("01", "заявить", "Александр Лукашенко", None, None, "2025-03-21", "day", "text"),
      ("173", "арестовать", None, "Мирослав Лазовский", None, "2025-09-23", "day", "published"),
      ("173", "арестовать", None, "Андрей Дундуков", None, "2025-09-23", "day", "published"),
      ("01", "сообщить", "ФСБ", None, None, "2025-09-23", "day", "published"),
      ("173", "задержание", "ФСБ", "Иван Петров", None, "2025-09-23", "day", "published")]),
    # probe BK (dev, p03): confirming an act with no agent is announcing it (event_words.tsv `confirming`)
    ("«КГБ подтвердил задержание X и Y»: КГБ arrests them; «Песков подтвердил задержание X»: no arrester",
     "Комитет государственной безопасности (КГБ) Белоруссии подтвердил задержание известных оппозиционеров "
     "Григория Костусева и Александра Федуты. Дмитрий Песков подтвердил задержание журналиста Ивана Петрова.",
     [("01", "подтвердить", "Комитет государственной безопасности Белоруссии", None, None, "2025-09-23", "day",
       "published"),
      ("173", "задержание", "Комитет государственной безопасности Белоруссии", "Григорий Костусев", None,
       "2025-09-23", "day", "published"),
      ("173", "задержание", "Комитет государственной безопасности Белоруссии", "Александр Федута", None,
       "2025-09-23", "day", "published"),
      ("01", "подтвердить", "Дмитрий Песков", None, None, "2025-09-23", "day", "published"),
      ("173", "задержание", None, "Иван Петров", None, "2025-09-23", "day", "published")]),
    # probe BK (dev, p05): «между X и Y» on the verb an event noun is the subject of names its sides
    ("«между X и Y произошли столкновения», «между X и Y состоялась встреча»",
     "Политик отметил, что между Арменией и Азербайджаном происходят стычки. Между Путиным и Трампом "
     "состоялась встреча.",
     [("19", "стычка", "Армения", "Азербайджан", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Путин", "Трамп", None, "2025-09-23", "day", "published")]),
    # probe BK (dev, p12): a protocol signed is an agreement signed (cameo.tsv 057 «подписать протокол»);
    # «министры» are the sides of the meeting before
    ("«министры подписали протокол соглашения» after a meeting: 057 between its sides",
     "Министр обороны России Сергей Шойгу прибыл в Минск для встречи с белорусским коллегой Виктором "
     "Хрениным. В рамках рабочей встречи министры подписали протокол двустороннего соглашения о совместном "
     "обеспечении региональной безопасности.",
     [("042", "прибыть", "Сергей Шойгу", "Виктор Хренин", "Минск", "2025-09-23", "day", "published"),
      ("04", "встреча", "Сергей Шойгу", "Виктор Хренин", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Сергей Шойгу", "Виктор Хренин", None, "2025-09-23", "day", "published"),
      ("057", "подписать", "Сергей Шойгу", "Виктор Хренин", None, "2025-09-23", "day", "published")]),
    # probe BK (dev, p15): an agreement to do what is no event is the agreement (05) of the sides; an
    # agreement to meet is the meeting's intent (036); a promise to do what is no event, nothing
    ("«договорились расширять связи» is 05; «договорились встретиться» 036; «пообещал ограничить поставки» none",
     "Шавкат Мирзиёев провел переговоры с Касым-Жомартом Токаевым. На встрече стороны договорились увеличить "
     "товарооборот до 10 млрд долларов. Алексей Миллер пообещал ограничить поставки газа.",
     [("04", "переговоры", "Шавкат Мирзиёев", "Касым-Жомарт Токаев", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Шавкат Мирзиёев", "Касым-Жомарт Токаев", None, "2025-09-23", "day", "published"),
      ("05", "договориться", "Шавкат Мирзиёев", "Касым-Жомарт Токаев", None, "2025-09-23", "day", "published")]),
    # probe BD (dev, p01): «вынес приговор» is 173 by the court; a passive with no agent continues it
    ("«суд вынес приговор … X приговорен»: the court sentences X",
     "Верховный суд Дагестана в пятницу вынес приговор по делу о взрыве в Каспийске 9 мая 2002 года. Как "
     "передает РИА \"Новости\", Мурад Абдуразаков приговорен к 18 годам лишения свободы в колонии строго режима.",
     [("173", "приговор", "Верховный суд Дагестана", None, None, "2025-09-19", "day", "text"),
      ("173", "приговорить", "Верховный суд Дагестана", "Мурад Абдуразаков", None, "2025-09-23", "day", "published")]),
    # probe BD (dev, p13): a main verb with no subject at all goes on with the person the text is about
    ("a dropped subject: «… Об этом он написал. А также поблагодарил сотрудников ФСБ»",
     "Сергей Аксёнов заявил, что заказчики преступления будут найдены. Об этом он написал в своём "
     "телеграм-канале. А также поблагодарил сотрудников ФСБ за предотвращение покушения.",
     [("01", "заявить", "Сергей Аксёнов", None, None, "2025-09-23", "day", "published"),
      ("051", "поблагодарить", "Сергей Аксёнов", "ФСБ", None, "2025-09-23", "day", "published")]),
    # probe BD (dev, p09): a search «у X» or «к X» is of X; «прийти с обыском» carries its noun
    ("a search at someone's: «провели обыск у X», «пришли с обыском к X»",
     "Сотрудники Службы безопасности Украины пришли с обыском к киевскому журналисту Юрию Лукашину. Сотрудники "
     "ФСБ провели обыск у журналиста Ивана Петрова.",
     [("17", "обыск", "Служба безопасности Украины", "Юрий Лукашин", None, "2025-09-23", "day", "published"),
      ("17", "обыск", "ФСБ", "Иван Петров", None, "2025-09-23", "day", "published")]),
    # probe AZ (dev, p11): appointed «в» a place or organisation, no appointer named: that body (joins_body)
    ("«назначили в Акмолинскую область»: the body one is appointed to",
     "Малика Мурзалина в итоге назначили в Акмолинскую область вместо Сергея Кулагина. Иван Петров назначен в "
     "Министерство финансов.",
     [("L01", "назначить", "Малик Мурзалин", "Акмолинская область", None, "2025-09-23", "day", "published"),
      ("L02", "назначить", "Сергей Кулагин", "Акмолинская область", None, "2025-09-23", "day", "published"),
      ("L01", "назначить", "Иван Петров", "Министерство финансов", None, "2025-09-23", "day", "published")]),
    # probe BD (dev, p10): a recommendation to someone is an appeal to them (cameo.tsv 02)
    ("«порекомендовал властям X …» is an appeal to X",
     "Ранее ОБСЕ порекомендовал властям Белоруссии отменить результаты выборов президента.",
     [("02", "порекомендовать", "ОБСЕ", "Белоруссия", None, "2025-09-23", "day", "published")]),
    # constructed: a verb that puts someone under an event noun (event_words.tsv `undergoing`) makes them
    # actor2 and whoever the noun names actor1; negated, no row
    ("«попал под санкции США», «включил в санкционный список», «попало под обстрел ВСУ»",
     "Бывший министр Иван Петров попал под санкции США. Минфин США включил Сергея Сидорова в санкционный "
     "список. Олег Иванов внесен в санкционный список Евросоюза. Село Петровка попало под обстрел ВСУ. Анна "
     "Смирнова не попала под санкции.",
     [("163", "санкция", "США", "Иван Петров", None, "2025-09-23", "day", "published"),
      ("163", "список", "Минфин США", "Сергей Сидоров", None, "2025-09-23", "day", "published"),
      ("163", "список", "ЕС", "Олег Иванов", None, "2025-09-23", "day", "published"),
      ("190", "обстрел", "ВСУ", "Петровка", None, "2025-09-23", "day", "published")]),
    ("«договорились о встрече» is an intent to meet of the subject and the verb's partner, no agreement row",
     "Владимир Путин и Си Цзиньпин договорились о встрече в Пекине. Сергей Лавров договорился с Энтони "
     "Блинкеном о новой встрече.",
     [("036", "встреча", "Владимир Путин", "Си Цзиньпин", "Пекин", "2025-09-23", "day", "published"),
      ("036", "встреча", "Сергей Лавров", "Энтони Блинкен", None, "2025-09-23", "day", "published")]),
    ("holders of one post in several states named before as a list: each person, in order",
     "Президенты Бразилии и США Луис Инасиу Лула да Силва и Дональд Трамп прибыли в Малайзию. Об этом "
     "сообщила газета O Globo. В начале октября лидеры Бразилии и США провели телефонные переговоры.",
     [("042", "прибыть", "Луис Инасиу Лула да Силва", "Малайзия", "Малайзия", "2025-09-23", "day", "published"),
      ("042", "прибыть", "Дональд Трамп", "Малайзия", "Малайзия", "2025-09-23", "day", "published"),
      ("04", "переговоры", "Луис Инасиу Лула да Силва", "Дональд Трамп", None, "2024-10-01", "month", "text")]),
    ("a descriptor the tagger capitalised as a name after a dateline still introduces its person",
     "Москва. 13 апреля. INTERFAX.RU - Президент России Дмитрий Медведев подписал указ. Президент назначил "
     "Сергея Ситникова временно исполняющим обязанности губернатора Костромской области.",
     [("L01", "назначить", "Сергей Ситников", "Дмитрий Медведев", None, "2025-09-23", "day", "published")]),
    ("a single post holder is a person named elsewhere, never the state",
     "Министр иностранных дел Франции встретился с Сергеем Лавровым.",
     [("04", "встретиться", None, "Сергей Лавров", None, "2025-09-23", "day", "published")]),
    ("a condemnation «как» the parser hung on the object: disapproval of the object's owner",
     "Официальный представитель МИД России Мария Захарова расценила заявление Владимира Зеленского как провокацию.",
     [("11", "расценить", "Мария Захарова", "Владимир Зеленский", None, "2025-09-23", "day", "published"),
      ("01", "заявление", "Владимир Зеленский", None, None, "2025-09-23", "day", "published")]),
    ("a person called by a word of condemnation is the one disapproved of",
     "Президент Белоруссии Александр Лукашенко назвал Зеленского предателем.",
     [("11", "назвать", "Александр Лукашенко", "Зеленский", None, "2025-09-23", "day", "published")]),
    ("condemned strikes stand for who struck; a condemned arrest names no arrester",
     "Генеральный секретарь ООН Антониу Гутерриш осудил ракетные удары США и Израиля по Ирану. Кремль осудил "
     "арест Навального.",
     [("11", "осудить", "Антониу Гутерриш", "США", None, "2025-09-23", "day", "published"),
      ("11", "осудить", "Антониу Гутерриш", "Израиль", None, "2025-09-23", "day", "published"),
      ("190", "удар", "США", "Иран", None, "2025-09-23", "day", "published"),
      ("190", "удар", "Израиль", "Иран", None, "2025-09-23", "day", "published"),
      ("11", "осудить", "Кремль", None, None, "2025-09-23", "day", "published"),
      ("173", "арест", None, "Навальный", None, "2025-09-23", "day", "published")]),
    ("an estimate of a state of things is no disapproval",
     "Министр финансов Антон Силуанов назвал ситуацию в экономике катастрофической.", []),
    ("the appointee of a decree may hang on the post in the instrumental",
     "Владимир Путин подписал указ о назначении министром обороны Андрея Белоусова.",
     [("L01", "назначение", "Андрей Белоусов", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    ("an infinitive of purpose is what the subject sets out to do (036); a wish for others is nothing",
     "Сергей Лавров отправился в Анкару, чтобы встретиться с Хаканом Фиданом. Мы хотим, чтобы Россия и Турция "
     "подписали соглашение.",
     [("036", "встретиться", "Сергей Лавров", "Хакан Фидан", None, "2025-09-23", "day", "published")]),
    ("«обменялись мнениями» is a consultation; its «с» partner may hang on «мнениями»",
     "Владимир Путин обменялся мнениями с Си Цзиньпином.",
     [("04", "обменяться", "Владимир Путин", "Си Цзиньпин", None, "2025-09-23", "day", "published")]),
    # factRuEval dev, book_117
    ("a statement issued «с осуждением …» condemns by its issuer",
     "В воскресенье Николя Саркози выпустил заявление с осуждением убийства двух французских заложников в Нигере.",
     [("01", "заявление", "Николя Саркози", None, None, "2025-09-21", "day", "text"),
      ("11", "осуждение", "Николя Саркози", None, None, "2025-09-21", "day", "text")]),
    ("«в адрес X» names whom criticism or a threat is aimed at; «высказал» is a light verb",
     "Сергей Лавров выступил с критикой в адрес Украины. Дональд Трамп высказал угрозы в адрес Ирана.",
     [("11", "критика", "Сергей Лавров", "Украина", None, "2025-09-23", "day", "published"),
      ("13", "угроза", "Дональд Трамп", "Иран", None, "2025-09-23", "day", "published")]),
    # factRuEval dev, book_542 («попенял Громову»)
    ("a reproach is disapproval, a punishment coercion",
     "Владимир Путин попенял Борису Громову на невыполненные обещания. УЕФА наказал «Спартак» за поведение "
     "болельщиков.",
     [("11", "попенять", "Владимир Путин", "Борис Громов", None, "2025-09-23", "day", "published"),
      ("17", "наказать", "УЕФА", "Спартак", None, "2025-09-23", "day", "published")]),
    # probe K (dev, outside the repository)
    ("«с участием X и Y» the parser hangs on the verb of the meeting noun still lists its participants",
     "Переговоры прошли в Кабуле с участием Сергея Лаврова и Марко Рубио.",
     [("04", "переговоры", "Сергей Лавров", "Марко Рубио", "Кабул", "2025-09-23", "day", "published")]),
    ("an agreement's partner may hang on what it is about, which is no event of its own",
     "Александр Стадник подписал соглашение о сотрудничестве с главой Минского облисполкома Анатолием Исаченко.",
     [("057", "подписать", "Александр Стадник", "Анатолий Исаченко", None, "2025-09-23", "day", "published")]),
    ("a responsibility claimed «за …» makes the claimant do the attack",
     "Группировка «Аш-Шабаб» взяла на себя ответственность за теракт в Могадишо.",
     [("01", "взять", "Аш-Шабаб", None, None, "2025-09-23", "day", "published"),
      ("18", "теракт", "Аш-Шабаб", None, "Могадишо", "2025-09-23", "day", "published")]),
    # factRuEval dev, book_261 (where it read 14); probe C (dev), c03
    ("a protest a government expresses, a note of protest handed, is disapproval, not a demonstration",
     "Правительство Японии выразило решительный протест против визита российского министра обороны. МИД "
     "Азербайджана вручил послу России Михаилу Евдокимову ноту протеста.",
     [("11", "выразить", "Правительство Японии", None, None, "2025-09-23", "day", "published"),
      ("11", "вручить", "МИД Азербайджана", "Михаил Евдокимов", None, "2025-09-23", "day", "published")]),
    # probe K (dev, outside the repository)
    ("holders of one post in two states are the people a country's adjective introduced",
     "Российский лидер Владимир Путин прибыл в Душанбе, где его встретил президент Таджикистана Эмомали Рахмон. "
     "Вечером президенты России и Таджикистана провели неформальную встречу.",
     [("042", "прибыть", "Владимир Путин", "Таджикистан", "Душанбе", "2025-09-23", "day", "published"),
      ("043", "встретить", "Эмомали Рахмон", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Владимир Путин", "Эмомали Рахмон", None, "2025-09-23", "day", "published")]),
    ("«приступили к переговорам» carries the talks; «пообщались» is a meeting",
     "Сергей Лавров и Марко Рубио приступили к переговорам. Накануне министры уже пообщались в неформальной "
     "обстановке.",
     [("04", "переговоры", "Сергей Лавров", "Марко Рубио", None, "2025-09-23", "day", "published"),
      ("04", "пообщаться", "Сергей Лавров", "Марко Рубио", None, "2025-09-23", "day", "published")]),
    # probe K (dev), k15
    ("a protest that is the subject of a demand, or whose «с требованием» hangs on its verb, targets whom "
     "the demand is about",
     "Участники протеста требуют отставки премьер-министра Армении Никола Пашиняна. Тысячи людей вышли на митинг "
     "с требованием отставки Михаила Саакашвили.",
     [("14", "протест", None, "Никол Пашинян", None, "2025-09-23", "day", "published"),
      ("10", "требовать", None, "Никол Пашинян", None, "2025-09-23", "day", "published"),
      ("14", "митинг", None, "Михаил Саакашвили", None, "2025-09-23", "day", "published")]),
    # probe K (dev), k07; probe C (dev), c03
    ("an envoy summoned is disapproval by the ministry that summons, or the one he is summoned to",
     "МИД Эстонии вызвал посла России Михаила Евдокимова. Временный поверенный в делах Эстонии Марек Юхтеги был "
     "вызван в МИД России.",
     [("11", "вызвать", "МИД Эстонии", "Михаил Евдокимов", None, "2025-09-23", "day", "published"),
      ("11", "вызвать", "МИД России", "Марек Юхтеги", None, "2025-09-23", "day", "published")]),
    # probe K (dev), k10
    ("a state's delegation or envoys named by no person act as the state",
     "Делегация США также выразила соболезнования в связи с землетрясением.",
     [("01", "соболезнование", "США", None, None, "2025-09-23", "day", "published")]),
    # probe K (dev), k08
    ("a name in an oblique case the parser hung on a nominative head is not that head's name",
     "Вскоре после ликвидации командующего силами «Кудс» Касема Сулеймани в Тегеран прибыл министр иностранных "
     "дел Катара Мухаммад бин Абдул-Рахман аль-Тани.",
     [("042", "прибыть", "Мухаммад бин Абдул-Рахман аль-Тани", "Тегеран", "Тегеран", "2025-09-23", "day",
       "published")]),
    # probe O (dev, outside the repository), o01: a regression guard too — «Стороны» went to a meeting told after it
    ("«стороны» are the sides of the meeting before them, never of one told later",
     "Арарат Мирзоян и Джейхун Байрамов провели встречу в Вашингтоне. Стороны обсудили мирный договор. Позже "
     "Никол Пашинян и Ильхам Алиев провели переговоры в Праге.",
     [("04", "встреча", "Арарат Мирзоян", "Джейхун Байрамов", "Вашингтон", "2025-09-23", "day", "published"),
      ("04", "обсудить", "Арарат Мирзоян", "Джейхун Байрамов", None, "2025-09-23", "day", "published"),
      ("04", "переговоры", "Никол Пашинян", "Ильхам Алиев", "Прага", "2025-09-23", "day", "published")]),
    ("«министры иностранных дел» are still the sides: the field completes the post's name",
     "Министр иностранных дел Армении Арарат Мирзоян и министр иностранных дел Азербайджана Джейхун Байрамов "
     "провели встречу в Вашингтоне. Министры иностранных дел обменялись мнениями об элементах мирного договора.",
     [("04", "встреча", "Арарат Мирзоян", "Джейхун Байрамов", "Вашингтон", "2025-09-23", "day", "published"),
      ("04", "обменяться", "Арарат Мирзоян", "Джейхун Байрамов", None, "2025-09-23", "day", "published")]),
    # probe O (dev), o10
    ("who takes part in a meeting with no sides of its own joins the meeting just told",
     "Президент Абхазии Бадра Гунба встретился с Сергеем Кириенко. Во встрече также принял участие губернатор "
     "Московской области Андрей Воробьев.",
     [("04", "встретиться", "Бадра Гунба", "Сергей Кириенко", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Андрей Воробьев", "Бадра Гунба", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Андрей Воробьев", "Сергей Кириенко", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Бадра Гунба", "Сергей Кириенко", None, "2025-09-23", "day", "published")]),
    # probe O (dev), o01
    ("a meeting told in a «где» clause of a visit has the visitor for a side",
     "Президент Казахстана Касым-Жомарт Токаев прибыл в Минск, где состоялась встреча с Александром Лукашенко.",
     [("042", "прибыть", "Касым-Жомарт Токаев", "Минск", "Минск", "2025-09-23", "day", "published"),
      ("04", "встреча", "Касым-Жомарт Токаев", "Александр Лукашенко", None, "2025-09-23", "day", "published")]),
    ("a possessive pronoun on an event noun is its genitive",
     "Владимир Путин прилетел в Пекин. Его переговоры с Си Цзиньпином продлились три часа.",
     [("042", "прилететь", "Владимир Путин", "Пекин", "Пекин", "2025-09-23", "day", "published"),
      ("04", "переговоры", "Владимир Путин", "Си Цзиньпин", None, "2025-09-23", "day", "published")]),
    # probe O (dev), o12
    ("aid delivered is aid given; an organisation's aircraft or spokesman acts as the organisation",
     "Самолет МЧС России доставил в Республику Мозамбик 30 тонн гуманитарного груза. Представитель МИД Китая "
     "осудил удары по Сирии.",
     [("07", "груз", "МЧС России", "Республика Мозамбик", None, "2025-09-23", "day", "published"),
      ("11", "осудить", "МИД Китая", None, None, "2025-09-23", "day", "published"),
      ("190", "удар", None, "Сирия", None, "2025-09-23", "day", "published")]),
    # probe P (dev), p02
    ("a list of post holders that shares one post: each owner's holder, and «главы» of those states are they",
     "Президент Узбекистана Шавкат Мирзиёев встретился с президентами Азербайджана Ильхамом Алиевым и "
     "Кыргызстана Садыром Жапаровым. Затем главы Узбекистана, Азербайджана и Кыргызстана приняли участие в "
     "саммите.",
     [("04", "встретиться", "Шавкат Мирзиёев", "Ильхам Алиев", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Шавкат Мирзиёев", "Садыр Жапаров", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Ильхам Алиев", "Садыр Жапаров", None, "2025-09-23", "day", "published"),
      ("04", "принять", "Шавкат Мирзиёев", "Ильхам Алиев", None, "2025-09-23", "day", "published"),
      ("04", "принять", "Шавкат Мирзиёев", "Садыр Жапаров", None, "2025-09-23", "day", "published"),
      ("04", "принять", "Ильхам Алиев", "Садыр Жапаров", None, "2025-09-23", "day", "published")]),
    # probe P (dev), p05, p08
    ("who greets an arriving person hosts him; advice and orders are not done (advice is an appeal, 02)",
     "Владимир Зеленский прибыл в Кишинев. Его встретила президент Молдавии Майя Санду. Владимир Путин "
     "порекомендовал губернатору Сергею Носову чаще общаться с людьми. Путин поручил Сергею Лаврову провести "
     "переговоры с Турцией.",
     [("042", "прибыть", "Владимир Зеленский", "Молдавия", "Кишинев", "2025-09-23", "day", "published"),
      ("043", "встретить", "Майя Санду", "Владимир Зеленский", None, "2025-09-23", "day", "published"),
      ("02", "порекомендовать", "Владимир Путин", "Сергей Носов", None, "2025-09-23", "day", "published")]),
    # probe K (dev), k08
    ("a meeting «с X» with no side of its own right after a visit is the visitor's",
     "Сергей Лавров прибыл в Анкару. В ходе переговоров с Хаканом Фиданом были затронуты вопросы Сирии.",
     [("042", "прибыть", "Сергей Лавров", "Анкара", "Анкара", "2025-09-23", "day", "published"),
      ("04", "переговоры", "Сергей Лавров", "Хакан Фидан", None, "2025-09-23", "day", "published")]),
    # probe P (dev), p09
    ("a call to a person is a consultation; a call to the police is none",
     "Премьер-министр Армении Никол Пашинян позвонил президенту России Владимиру Путину. Затем он позвонил в "
     "полицию.",
     [("04", "позвонить", "Никол Пашинян", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe P (dev), p12; factRuEval dev, book_336 («его встречали около 30 друзей»)
    ("a sentence naming no one but a post the article introduced tells its events; a crowd hosts no visit",
     "Президент Беларуси Александр Лукашенко провел встречу с губернатором Московской области Андреем "
     "Воробьевым. Губернатор обсудил с президентом торговлю. В аэропорту Лукашенко встречали около 30 друзей.",
     [("04", "встреча", "Александр Лукашенко", "Андрей Воробьев", None, "2025-09-23", "day", "published"),
      ("04", "обсудить", "Андрей Воробьев", "Александр Лукашенко", None, "2025-09-23", "day", "published")]),
    # probe P (dev), p13
    ("a conviction is legal action against the convicted (173), active or passive",
     "Суд Тигильского района признал Михаила Соколовского виновным. Бывший мэр Томска Александр Макаров "
     "признан виновным в вымогательстве.",
     [("173", "признать", None, "Михаил Соколовский", None, "2025-09-23", "day", "published"),
      ("173", "признать", None, "Александр Макаров", None, "2025-09-23", "day", "published")]),
    # probe O (dev), o11; factRuEval dev, book_326, book_336; probe P (dev), p01
    ("gratitude expressed is praise (051): the noun a light verb carries, a short adjective; a dative name "
     "the parser set in apposition to the noun is its dative",
     "Министр иностранных дел Армении Арарат Мирзоян выразил признательность Энтони Блинкену за "
     "посредничество. Президент Молдавии Майя Санду благодарна Владимиру Зеленскому за поддержку.",
     [("051", "признательность", "Арарат Мирзоян", "Энтони Блинкен", None, "2025-09-23", "day", "published"),
      ("051", "благодарный", "Майя Санду", "Владимир Зеленский", None, "2025-09-23", "day", "published")]),
    # factRuEval dev, book_146, book_326
    ("a state's parliament or prosecutors act as themselves, an organisation of that state "
     "(transforms/institutions.py); the dative the parser hangs on a two-word trigger's object is the verb's",
     "Парламент Грузии осудил Михаила Саакашвили. Прокуратура Эстонии предъявила обвинение Ивану Петрову.",
     [("11", "осудить", "Парламент Грузии", "Михаил Саакашвили", None, "2025-09-23", "day", "published"),
      ("173", "предъявить", "Прокуратура Эстонии", "Иван Петров", None, "2025-09-23", "day", "published")]),
    # the sample article; the parser hangs «благодарности» on «оказывает»
    ("a verb's second object past a later verb with none is that verb's: thanks received are not given",
     "Также известно, что Казахстан оказывает Украине гуманитарную помощь, за что ранее получал благодарности "
     "от руководства страны.",
     [("07", "помощь", "Казахстан", "Украина", None, "2025-09-23", "day", "published")]),
    # factRuEval dev, book_261 («посещение … министром обороны России Анатолием Сердюковым»); probe T (dev), t14
    ("an event noun's instrumental is its agent, on the noun or on its genitive; and the agent of what is "
     "condemned",
     "Жители Донецка пожаловались на обстрел города армией Украины. Украина осудила арест журналиста "
     "полицией Белоруссии.",
     [("190", "обстрел", "Украина", None, None, "2025-09-23", "day", "published"),
      # (a country's police is an organisation of its own, org_words.tsv `by_place`, probe FU)
      ("11", "осудить", "Украина", "Полиция Белоруссии", None, "2025-09-23", "day", "published"),
      ("173", "арест", "Полиция Белоруссии", None, None, "2025-09-23", "day", "published")]),
    # probe T (dev), t08; probe C (dev), c09
    ("a sentence naming no one but «он»/«его» tells its events of the person it stands for; a suspicion "
     "of a crime is a step of criminal proceedings (173); a name set in apposition to an inanimate genitive "
     "names the person above it",
     "В Иваново задержали вице-губернатора Антона Арсеньева. Его заподозрили в превышении полномочий. Ранее в "
     "Петербурге арестовали главу ассоциации частных детективов Матушкина.",
     [("173", "задержать", None, "Антон Арсеньев", "Иваново", "2025-09-23", "day", "published"),
      ("173", "заподозрить", None, "Антон Арсеньев", None, "2025-09-23", "day", "published"),
      ("173", "арестовать", None, "Матушкин", "Санкт-Петербург", "2025-09-23", "day", "published")]),
    # factRuEval dev, book_348 («Она возглавила их поход к зданию государственного телецентра»)
    ("who leads a march or tops a list takes no post",
     "Лидер оппозиции Нино Бурджанадзе возглавила поход к зданию телецентра. Иван Петров возглавил список "
     "партии.",
     []),
    ("appealed for: the appeal, not the talks",
     "Сергей Лавров призвал Энтони Блинкена к переговорам с Владимиром Зеленским.",
     [("02", "призвать", "Сергей Лавров", "Энтони Блинкен", None, "2025-09-23", "day", "published")]),
    # factRuEval dev, book_336
    ("a clause told with no subject of its own is about the teller; a state's citizens are the state",
     "Виталий Калоев, потерявший в авиакатастрофе над Боденским озером в 2002 году свою семью, заявил, что "
     "благодарен всем гражданам России за поддержку, которую они ему оказали. Владимир Зеленский заявил, что "
     "готов встретиться с Владимиром Путиным.",
     [("01", "заявить", "Виталий Калоев", None, None, "2025-09-23", "day", "published"),
      ("051", "благодарный", "Виталий Калоев", "Россия", None, "2025-09-23", "day", "published"),
      ("01", "заявить", "Владимир Зеленский", None, None, "2025-09-23", "day", "published"),
      ("036", "встретиться", "Владимир Зеленский", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe X (dev), x04
    ("an entry ban is a sanction (163); citizens named by their country's adjective are the state",
     "Россия запретила въезд восьми представителям ЕС. Напомним, что 2 и 22 марта ЕС ввели санкции против "
     "шести российских граждан.",
     [("163", "запретить", "Россия", "ЕС", None, "2025-09-23", "day", "published"),
      ("163", "ввести", "ЕС", "Россия", None, "2025-03-22", "day", "text")]),
    # the sample article; probe A (dev), a12
    ("an address to a nation is no appeal; an idiom's noun counts only in the code's partner phrase, not in "
     "«в то же время»",
     "Большинство ограничились сдержанными обращениями к народу Украины. В то же время Путин назначил Шойгу "
     "секретарем Совета безопасности РФ.",
     [("L01", "назначить", "Шойгу", "Путин", None, "2025-09-23", "day", "published")]),
    # probe X (dev), x07; probe K (dev), k04
    ("an invitation is the intent to meet (036), what the invitee is asked to do no event; a dateline with a "
     "place and a date is no subject; «, который» names the name before it when the parser cuts the clause off",
     "ВИЛЬНЮС, 25 мая, BNS - Председатель российского правительства Сергей Степашин пригласил нового литовского "
     "премьера Роландаса Паксаса (Rolandas Paksas) посетить Россию с официальным визитом. Никол Пашинян прибыл на "
     "чемпионат мира по футболу в Москву. Там он встретился с Владимиром Путиным, который после первого матча ЧМ "
     "пригласил его на небольшой прием.",
     [("036", "пригласить", "Сергей Степашин", "Роландас Паксас", None, "2025-05-25", "day", "text"),
      ("04", "встретиться", "Никол Пашинян", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("036", "пригласить", "Владимир Путин", "Никол Пашинян", None, "2025-09-23", "day", "published")]),
    # probe X (dev), x09
    ("an order or a medal awarded is an award (L05), told in the passive too",
     "Орден «За заслуги перед Отечеством» II степени присужден главе Чеченской республики Рамзану Кадырову за "
     "большой вклад в укрепление российской государственности.",
     [("L05", "присудить", "Рамзан Кадыров", None, None, "2025-09-23", "day", "published")]),
    # probe X (dev), x12
    ("a place meets no person, but its authorities do: a delegation of a region is the region",
     "Министр промышленности РТ Шерали Кабир рассказал о переговорах. Об этом он сказал на встрече с делегацией "
     "Свердловской области.",
     [("01", "рассказать", "Шерали Кабир", None, None, "2025-09-23", "day", "published"),
      ("01", "сказать", "Шерали Кабир", "Свердловская область", "Свердловская область", "2025-09-23", "day",
       "published"),
      ("04", "встреча", "Шерали Кабир", "Свердловская область", None, "2025-09-23", "day", "published")]),
    # probe X (dev), x11
    ("what one declares the start of is one's own act, whatever its code; a report of it is not",
     "ХАМАС объявил о начале военной операции против Израиля. Полиция сообщила о начале протестов.",
     [("01", "объявить", "ХАМАС", None, None, "2025-09-23", "day", "published"),
      ("190", "операция", "ХАМАС", "Израиль", None, "2025-09-23", "day", "published")]),
    # probe O (dev), o06
    ("the holders of one post in several states: each the person named with it, else the state for its holder",
     "Президент России Владимир Путин прибыл в Астану. Президент Казахстана Касым-Жомарт Токаев встретил гостя "
     "в аэропорту. Завтра состоится трехсторонняя встреча президентов России, Казахстана и Киргизии.",
     # (the guest met is who last made a visit: event_words.tsv `guest`)
     [("042", "прибыть", "Владимир Путин", "Казахстан", "Астана", "2025-09-23", "day", "published"),
      ("043", "встретить", "Касым-Жомарт Токаев", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("036", "встреча", "Владимир Путин", "Касым-Жомарт Токаев", None, "2025-09-24", "day", "text"),
      ("036", "встреча", "Владимир Путин", "Киргизия", None, "2025-09-24", "day", "text"),
      ("036", "встреча", "Касым-Жомарт Токаев", "Киргизия", None, "2025-09-24", "day", "text")]),
    # probe CA, dev, p08 (its directors' sentence, which the tagger misreads, rewritten with the governors):
    # «скрепить подписями» is signing (cameo.tsv 057)
    ("«скрепили подписями соглашение» is signing it",
     "Главы Курской и Белгородской областей Роман Старовойт и Вячеслав Гладков скрепили подписями соглашение о "
     "сотрудничестве.",
     [("057", "скрепить", "Роман Старовойт", "Вячеслав Гладков", None, "2025-09-23", "day", "published")]),
    # probe AF, dev, af09 (names for «президенты Беларуси и России»): what is discussed is the talks' topic,
    # not an event of its own — unless it is talks too (probe A, dev, a03)
    ("what a symmetric verb discusses is no event: обсуждали сотрудничество между Минском и Москвой",
     "Владимир Путин и Александр Лукашенко обсуждали деловое сотрудничество между Минском и Москвой. Сергей "
     "Лавров обсудил с Хаканом Фиданом консультации России и Соединенных Штатов.",
     [("04", "обсуждать", "Владимир Путин", "Александр Лукашенко", None, "2025-09-23", "day", "published"),
      ("04", "обсудить", "Сергей Лавров", "Хакан Фидан", None, "2025-09-23", "day", "published"),
      ("04", "консультация", "Россия", "США", None, "2025-09-23", "day", "published")]),
    # factRuEval dev, book_542, shortened: a noun of possibility makes its genitive's event only possible
    ("a possible event is no event: вероятность прекращения полномочий, возможность встречи",
     "Эксперт оценил вероятность досрочного прекращения полномочий губернатора Московской области Бориса Громова. "
     "В Кремле обсуждается возможность встречи Владимира Путина и Дональда Трампа.",
     []),
    # probe K (dev), k13
    ("the person a death is about is no place: citizens who died are no state's death",
     "Как сообщили в полиции, среди погибших были как иностранцы, так и граждане Сомали.",
     []),
    # probe DY (dev, p02): the object hung on «нон грата», an animate plural in the genitive's form
    ("«объявил персонами нон грата дипломатов X, Y и Z»: the diplomats' states",
     "Россия выслала послов. Пока шли переговоры, МИД России объявил персонами нон грата дипломатов Германии, "
     "Польши и Швеции.",
     [("16", "выслать", "Россия", None, None, "2025-09-23", "day", "published"),
      ("16", "объявить", "МИД России", "Германия", None, "2025-09-23", "day", "published"),
      ("16", "объявить", "МИД России", "Польша", None, "2025-09-23", "day", "published"),
      ("16", "объявить", "МИД России", "Швеция", None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p03): the parser hangs the relative clause on «разговор»
    ("«разговор с … Трампом, который поздравил его»: «который» is the person right before it",
     "Вечером в воскресенье Зеленский провел телефонный разговор с президентом США Дональдом Трампом, который "
     "поздравил его с «исторической победой».",
     [("04", "разговор", "Зеленский", "Дональд Трамп", None, "2025-09-21", "day", "text"),
      ("051", "поздравить", "Дональд Трамп", "Зеленский", None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p03, p12): «одержать» carries «победа»; «аудиенция» is a meeting; a monarch is a post
    ("«одержал победу на выборах», «провел аудиенцию с», «новым монархом стал»",
     "Актер и шоумен Владимир Зеленский одержал победу во втором туре президентских выборов на Украине. В "
     "пятницу король Карл III провел первую аудиенцию с премьер-министром Лиз Трасс. Новым монархом стал Карл III.",
     [("L03", "победа", "Владимир Зеленский", None, "Украина", "2025-09-23", "day", "published"),
      ("04", "аудиенция", "Карл III", "Лиз Трасс", None, "2025-09-19", "day", "text"),
      ("L01", "стать", "Карл III", None, None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p11): the parser hangs the second clause's subject on the first clause's verb
    ("«X потребовал …, а Y обвинила …»: Y made no demand",
     "Председатель Госдумы Вячеслав Володин потребовал от грузинских властей извинений, а официальный "
     "представитель МИД России Мария Захарова обвинила власти Грузии в попустительстве радикалам.",
     [("10", "потребовать", "Вячеслав Володин", "Грузия", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Мария Захарова", "Грузия", None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p07): a crime in quote marks is the speaker's figure of speech, an accusation (112)
    ("«обвинил его в «мошенничестве века»»: no criminal charge",
     "Кнессет утвердил правительство Нафтали Беннета. Сам Биньямин Нетаньяху обвинил его в «мошенничестве "
     "века» и пообещал вернуться к власти. Генпрокурор обвинил Биньямина Нетаньяху в мошенничестве.",
     [("112", "обвинить", "Биньямин Нетаньяху", "Нафтали Беннет", None, "2025-09-23", "day", "published"),
      ("173", "обвинить", None, "Биньямин Нетаньяху", None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p08): the long name natasha tags as a place is the gazetteer's organisation
    ("«Экономическое сообщество стран Западной Африки (ЭКОВАС) пригрозило»: the organisation threatens",
     "Экономическое сообщество стран Западной Африки (ЭКОВАС) пригрозило Гвинее санкциями.",
     [("13", "пригрозить", "ЭКОВАС", "Гвинея", None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p12): the parser hangs the visitor's name on the place before it as a part of its name
    ("«приняла в Балморале Лиз Трасс»: the name after the place is the object",
     "Еще 6 сентября королева Елизавета II приняла в Балморале Лиз Трасс.",
     [("043", "принять", "Елизавета II", "Лиз Трасс", "Балморал", "2025-09-06", "day", "text")]),
    # probe DY (dev, p12): a name ending in a regnal numeral (no case) is introduced by the noun before it
    ("«Королева … Елизавета II скончалась. … королева приняла …»: the queen is Елизавета II",
     "Королева Великобритании Елизавета II скончалась в четверг. Еще 6 сентября королева приняла в Балморале "
     "Лиз Трасс.",
     [("L04", "скончаться", "Елизавета II", None, None, "2025-09-18", "day", "text"),
      ("043", "принять", "Елизавета II", "Лиз Трасс", "Балморал", "2025-09-06", "day", "text")]),
    # probe DY (dev, p10, shortened): «их» is the people of the coordination of descriptors before it
    ("«с участием губернатора края X и главы компании Y Путин раскритиковал их»: X and Y",
     "На совещании с участием губернатора края Александра Усса и главы компании Сергея Липина Путин резко "
     "раскритиковал их.",
     [("11", "раскритиковать", "Путин", "Александр Усс", None, "2025-09-23", "day", "published"),
      ("11", "раскритиковать", "Путин", "Сергей Липин", None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p15): a state's weapons act for it; a judged event noun names the state of its adjective
    ("«российские ракеты нанесли удар», «назвал российский удар «варварством»»: Россия",
     "Россия отрицает причастность. В субботу российские ракеты нанесли удар по порту Одессы. Президент "
     "Украины Владимир Зеленский назвал российский удар «варварством».",
     [("01", "отрицать", "Россия", None, None, "2025-09-23", "day", "published"),
      ("190", "удар", "Россия", "Одесса", None, "2025-09-20", "day", "text"),
      ("11", "назвать", "Владимир Зеленский", "Россия", None, "2025-09-23", "day", "published"),
      ("190", "удар", "Россия", None, None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p09): stealing money is theft, no abduction (event_words.tsv idiom)
    ("«похитил деньги компаний» is no 18; «похитили журналиста» is",
     "По версии следствия, он вместе с сообщниками похитил деньги двух энергетических компаний — "
     "«Региональные электрические сети» и «Сибирская энергетическая компания». Боевики похитили журналиста "
     "Ивана Петрова.",
     [("18", "похитить", None, "Иван Петров", None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p05): «о своем уходе» is a resignation (cameo.tsv «уход свой»), «об уходе за кожей» is not
    ("«о своем уходе объявили министр X и министр Y»: L02 for each",
     "Накануне отставки правительства о своем уходе объявили министр информации Манал Абдель Самад и министр "
     "юстиции Мари-Клод Наджм. Врач рассказал о правильном уходе за кожей.",
     [("L02", "уход", "Манал Абдель Самад", None, None, "2025-09-23", "day", "published"),
      ("L02", "уход", "Мари-Клод Наджм", None, None, "2025-09-23", "day", "published"),
      ("01", "объявить", "Манал Абдель Самад", None, None, "2025-09-23", "day", "published"),
      ("01", "объявить", "Мари-Клод Наджм", None, None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p05): the parser takes the fronted city for a second subject
    ("«Бейрут посетил президент Франции Эммануэль Макрон»: the visitor is the person after the verb",
     "6 августа Бейрут посетил президент Франции Эммануэль Макрон.",
     [("042", "посетить", "Эммануэль Макрон", "Бейрут", "Бейрут", "2025-08-06", "day", "text")]),
    # probe DQ (dev, p08): a host verb in the passive takes its guest as subject; the parser hangs the
    # agent, in the instrumental, on the place before it
    ("«был принят в Букингемском дворце королем Карлом III»: 043, the king hosts",
     "В пятницу лидер лейбористов Кир Стармер был принят в Букингемском дворце королем Карлом III, который "
     "поручил ему сформировать правительство.",
     [("043", "принять", "Карл III", "Кир Стармер", "Букингемский дворец", "2025-09-19", "day", "text")]),
    # probes DM (dev, DM07) and DQ (dev, p05): the parser hangs an indeclinable Latin name on the noun before
    # it and leaves the verb with no subject; the marks around a name do not end the stretch read for one
    ("«Carlsberg и «Балтика» договорились», «Wildberries и группа Russ подписали»: both sides",
     "По условиям нынешней сделки Carlsberg и «Балтика» договорились урегулировать все судебные споры. "
     "Конфликт обострился после того, как в июне Wildberries и рекламная группа Russ подписали соглашение об "
     "объединении бизнеса.",
     [("05", "договориться", "Carlsberg", "Балтика", None, "2025-09-23", "day", "published"),
      ("057", "подписать", "Wildberries", "Russ", None, "2025-06-01", "month", "text")]),
    # probes EC, EG, DQ (dev): agreeing on an event is the agreement between the sides (05, as the gold guide
    # codes «договорились»), the event agreed on no row of its own; a meeting agreed on is an intent to meet
    # (036, rows._own_agreement)
    ("«Азербайджан и Армения договорились о прекращении огня»: 05 between them, not one row each",
     "Азербайджан и Армения договорились о гуманитарном прекращении огня в Нагорном Карабахе с 12:00 субботы, "
     "10 октября. Лавров договорился с Блинкеном о встрече.",
     [("05", "договориться", "Азербайджан", "Армения", None, "2024-10-10", "day", "text"),
      ("036", "встреча", "Лавров", "Блинкен", None, "2025-09-23", "day", "published")]),
    # probe DQ (dev, p02): a meeting word the verb does not govern («при посредничестве») is no meeting agreed
    # on: the agreement keeps its row (rows._governed)
    ("«… договорились о прекращении огня при посредничестве …»: 05, the mediation agreed on nothing",
     "Власти непризнанной Нагорно-Карабахской Республики (НКР) и Азербайджан в среду договорились о прекращении "
     "огня при посредничестве командования миротворческого контингента.",
     [("05", "договориться", "Нагорно-Карабахская Республика", "Азербайджан", None, "2025-09-17", "day", "text")]),
    # probe EC (dev, p01): the parser hangs the first name on the second descriptor, after it, and that
    # descriptor on a word after it; an apposition and a conjunct follow the word they hang on
    ("«с главой МИД X Джейхуном Байрамовым и министром … Зохрабом Мнацаканяном»: three sides",
     "Переговоры Лаврова с главой МИД Азербайджана Джейхуном Байрамовым и министром иностранных дел Армении "
     "Зохрабом Мнацаканяном начались в пятницу днем в особняке МИД на Спиридоновке.",
     [("04", "переговоры", "Лавров", "Джейхун Байрамов", None, "2025-09-19", "day", "text"),
      ("04", "переговоры", "Лавров", "Зохраб Мнацаканян", None, "2025-09-19", "day", "text"),
      ("04", "переговоры", "Джейхун Байрамов", "Зохраб Мнацаканян", None, "2025-09-19", "day", "text")]),
    # probe DY (dev, p11), once the first name hangs on its own post: a demand asks for the act of whose
    # the object is, each of those listed with it
    ("«потребовали отставки председателя X и министра Y»: a demand of each",
     "Демонстранты потребовали отставки председателя парламента Ираклия Кобахидзе и министра внутренних дел "
     "Георгия Гахарии.",
     [("14", "демонстрант", None, "Ираклий Кобахидзе", None, "2025-09-23", "day", "published"),
      ("10", "потребовать", None, "Георгий Гахария", None, "2025-09-23", "day", "published"),
      ("10", "потребовать", None, "Ираклий Кобахидзе", None, "2025-09-23", "day", "published")]),
    # probe EC (dev, p05): a gapped list of objects conjoined to the verb, a man's accusative tagged genitive
    ("«Илью Шакурского суд приговорил к 16 годам, Андрея Чернова — к 14, Максима Иванкина — к 13, …»: each",
     "Илью Шакурского суд приговорил к 16 годам, Андрея Чернова — к 14, Максима Иванкина — к 13, Михаила "
     "Кулькова — к 10, а Армана Сагынбаева — к 6 годам.",
     [("173", "приговорить", None, "Илья Шакурский", None, "2025-09-23", "day", "published"),
      ("173", "приговорить", None, "Андрей Чернов", None, "2025-09-23", "day", "published"),
      ("173", "приговорить", None, "Максим Иванкин", None, "2025-09-23", "day", "published"),
      ("173", "приговорить", None, "Михаил Кульков", None, "2025-09-23", "day", "published"),
      ("173", "приговорить", None, "Арман Сагынбаев", None, "2025-09-23", "day", "published")]),
    # probe EC (dev, p06): with no meeting before, «политики», «они» are the two people the sentence before names
    ("«X передал Y колокольчик. Перед этим политики беседовали наедине»: X–Y",
     "На церемонии передачи полномочий Марио Драги передал Сильвио Берлускони символический колокольчик. Перед "
     "этим политики около часа беседовали наедине.",
     [("04", "беседовать", "Марио Драги", "Сильвио Берлускони", None, "2025-09-23", "day", "published")]),
    # probe EC (dev, p12): «венгерского гостя» is the Hungarian the article named (quote_words.tsv
    # counterpart); a bare judged event noun («раскритиковали поездку», cameo.tsv 042 «поездка») stands for
    # who did the article's last event of its code
    ("«поблагодарил венгерского гостя», «раскритиковали поездку»: Орбан",
     "Премьер-министр Венгрии Виктор Орбан прибыл в Москву, где провел переговоры с президентом России Владимиром "
     "Путиным. Путин поблагодарил венгерского гостя за «сбалансированную позицию». Президент Литвы Гитанас "
     "Науседа и премьер Польши Дональд Туск раскритиковали поездку.",
     [("042", "прибыть", "Виктор Орбан", "Россия", "Москва", "2025-09-23", "day", "published"),
      ("04", "переговоры", "Виктор Орбан", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("051", "поблагодарить", "Владимир Путин", "Виктор Орбан", None, "2025-09-23", "day", "published"),
      ("11", "раскритиковать", "Гитанас Науседа", "Виктор Орбан", None, "2025-09-23", "day", "published"),
      ("11", "раскритиковать", "Дональд Туск", "Виктор Орбан", None, "2025-09-23", "day", "published")]),
    # probe EC (dev, p14): the appointee, a man's accusative in the genitive's form, hung on the post
    ("«Арсе назначил новым командующим сухопутными войсками генерала Хосе Вильсона Санчеса»: Санчес appointed",
     "Спустя несколько часов Арсе назначил новым командующим сухопутными войсками генерала Хосе Вильсона Санчеса, "
     "и тот сразу приказал военным вернуться в казармы.",
     [("L01", "назначить", "Хосе Вильсон Санчес", "Арсе", None, "2025-09-23", "day", "published")]),
    # probe EC (dev, p16): a nominative after «, а» the parser makes the first verb's second object is the next
    # verb's subject; the court's act does not swallow the police's, another trigger by an unnamed doer
    ("«полиция задержала X, а во вторник городской суд отправил его под домашний арест»: two rows",
     "В понедельник полиция задержала директора ООО «Петрозаводская теплосетевая компания» Виктора Сухарева, а во "
     "вторник Петрозаводский городской суд по ходатайству следствия отправил его под домашний арест на два месяца.",
     [("173", "задержать", None, "Виктор Сухарев", None, "2025-09-22", "day", "text"),
      ("173", "отправить", "Петрозаводский городской суд", "Виктор Сухарев", None, "2025-09-23", "day", "text")]),
    # probe EC (dev, p16): one introduced as «глава города» carries «мэр» (speech_cues.tsv «глава город»);
    # «глава региона» is another post
    ("«отправил в отставку главу города X. … потребовал от мэра отчитаться»: X",
     "Петрозаводский городской совет отправил в отставку главу города Андрея Ласточкина. Глава Карелии Артур "
     "Парфенчиков потребовал от мэра лично отчитаться перед жителями.",
     [("L02", "отправить", "Андрей Ласточкин", "Петрозаводский городской совет", None, "2025-09-23", "day",
       "published"),
      ("10", "потребовать", "Артур Парфенчиков", "Андрей Ласточкин", None, "2025-09-23", "day", "published")]),
    # probes EC (dev, p11) and DQ (dev, p07): a threat of an act no trigger names is a threat (13) to whom the
    # act's object names (cameo.tsv 13 asks_done_to)
    ("«пригрозило понизить кредитный рейтинг Boeing», «пригрозил пересмотреть сотрудничество с Тбилиси»",
     "Рейтинговое агентство S&P ранее пригрозило понизить кредитный рейтинг Boeing до «мусорного» уровня, если "
     "забастовка затянется. Госсекретарь США Энтони Блинкен пригрозил пересмотреть отношения с Тбилиси.",
     [("13", "пригрозить", "S&P", "Boeing", None, "2025-09-23", "day", "published"),
      ("13", "пригрозить", "Энтони Блинкен", "Тбилиси", None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p04): a meeting of «лидеров», «сторон» (a plural parties noun in the genitive, no name) is
    # one of the last meeting's sides, with whoever else «с участием» names
    ("«X и Y провели встречу. … после переговоров лидеров «четверки» с участием Z и W»: six pairs",
     "Президенты России и Украины Владимир Путин и Владимир Зеленский в понедельник провели в Париже первую "
     "двустороннюю встречу. Беседа прошла в Елисейском дворце после переговоров лидеров «нормандской четверки» "
     "с участием президента Франции Эммануэля Макрона и канцлера Германии Ангелы Меркель.",
     [("04", "встреча", "Владимир Путин", "Владимир Зеленский", "Париж", "2025-09-22", "day", "text"),
      ("04", "переговоры", "Владимир Путин", "Владимир Зеленский", None, "2025-09-23", "day", "published"),
      ("04", "переговоры", "Владимир Путин", "Эммануэль Макрон", None, "2025-09-23", "day", "published"),
      ("04", "переговоры", "Владимир Путин", "Ангела Меркель", None, "2025-09-23", "day", "published"),
      ("04", "переговоры", "Владимир Зеленский", "Эммануэль Макрон", None, "2025-09-23", "day", "published"),
      ("04", "переговоры", "Владимир Зеленский", "Ангела Меркель", None, "2025-09-23", "day", "published"),
      ("04", "переговоры", "Эммануэль Макрон", "Ангела Меркель", None, "2025-09-23", "day", "published")]),
    # probe DM (dev, DM08): the parser conjoins the second visitor to a noun before the colon, across the verb of
    # another clause; a conjunct is the nearest noun's before it in its case (repairs._backward_conjunct)
    ("«…: помимо X и Y, в Минск приехали премьер-министр Z и председатель кабмина W»: Z and W visit",
     "В заседании участвуют главы правительств стран ЕАЭС: помимо Мишустина и Головченко, в Минск приехали "
     "премьер-министр Казахстана Олжас Бектенов и председатель кабмина Киргизии Акылбек Жапаров.",
     [("042", "приехать", "Олжас Бектенов", "Минск", "Минск", "2025-09-23", "day", "published"),
      ("042", "приехать", "Акылбек Жапаров", "Минск", "Минск", "2025-09-23", "day", "published")]),
    # probe EC (dev, p01): a relative clause the parser hangs on a noun inside it is the person's before
    # «, который»; telephone conversations in the plural are one call each, and no sides of one meeting for
    # «стороны» after them (rows.pairs `Frame.several`, article._last_meeting)
    ("«Путина, который провел серию телефонных разговоров с X и Y. Стороны …»: two calls; the talks' sides",
     "Переговоры Лаврова с главой МИД Азербайджана Джейхуном Байрамовым и министром иностранных дел Армении "
     "Зохрабом Мнацаканяном начались в пятницу днем. Трехсторонняя встреча была организована по инициативе "
     "президента России Владимира Путина, который накануне провел серию телефонных разговоров с президентом "
     "Азербайджана Ильхамом Алиевым и премьер-министром Армении Николом Пашиняном. Стороны также договорились "
     "начать предметные переговоры.",
     [("04", "переговоры", "Лавров", "Джейхун Байрамов", None, "2025-09-19", "day", "text"),
      ("04", "переговоры", "Лавров", "Зохраб Мнацаканян", None, "2025-09-19", "day", "text"),
      ("04", "переговоры", "Джейхун Байрамов", "Зохраб Мнацаканян", None, "2025-09-19", "day", "text"),
      ("04", "разговор", "Владимир Путин", "Ильхам Алиев", None, "2025-09-23", "day", "published"),
      ("04", "разговор", "Владимир Путин", "Никол Пашинян", None, "2025-09-23", "day", "published"),
      ("05", "договориться", "Лавров", "Джейхун Байрамов", None, "2025-09-23", "day", "published"),
      ("05", "договориться", "Лавров", "Зохраб Мнацаканян", None, "2025-09-23", "day", "published"),
      ("05", "договориться", "Джейхун Байрамов", "Зохраб Мнацаканян", None, "2025-09-23", "day", "published"),
      ("036", "переговоры", "Лавров", "Джейхун Байрамов", None, "2025-09-23", "day", "published"),
      ("036", "переговоры", "Лавров", "Зохраб Мнацаканян", None, "2025-09-23", "day", "published"),
      ("036", "переговоры", "Джейхун Байрамов", "Зохраб Мнацаканян", None, "2025-09-23", "day", "published")]),
    # the same, no one named holding them: each partner is a side of a call with someone unnamed
    ("«состоялись телефонные разговоры с X и Y»: not X with Y",
     "Накануне состоялись телефонные разговоры с президентом Азербайджана Ильхамом Алиевым и премьер-министром "
     "Армении Николом Пашиняном.",
     [("04", "разговор", None, "Ильхам Алиев", None, "2025-09-23", "day", "published"),
      ("04", "разговор", None, "Никол Пашинян", None, "2025-09-23", "day", "published")]),
    # probe EG (dev, p02): a target that names no one but its country's adjective is that state, before the
    # places it is in; a compound's first noun tells an agent's kind («бомбардировщики-невидимки»)
    ("«американские бомбардировщики-невидимки нанесли удары по иранским ядерным объектам в Фордо»: США → Иран",
     "Израиль и Иран обменялись ударами, к операции подключились США. Американские бомбардировщики-невидимки "
     "нанесли удары по иранским ядерным объектам в Фордо, Натанзе и Исфахане.",
     [("190", "удар", "США", "Иран", None, "2025-09-23", "day", "published")]),
    # probe EG (dev, p02): one answers with the event of the noun in the instrumental (event_words.tsv `opening`)
    ("«Иран ответил массированными ракетными ударами по Израилю»: Иран → Израиль",
     "Израиль нанес удары по Ирану. Иран ответил массированными ракетными ударами по Израилю.",
     [("190", "удар", "Израиль", "Иран", None, "2025-09-23", "day", "published"),
      ("190", "удар", "Иран", "Израиль", None, "2025-09-23", "day", "published")]),
    # probe EG (dev, p16): a person's accusative the parser hangs on a unit of time is the verb's object; the
    # agents of an organisation's unit act for the organisation the unit's genitive names
    ("«отправил под арест на два месяца первого заместителя … X», «задержали сотрудники управления ФСБ»",
     "Ленинский районный суд Чебоксар в четверг отправил под арест на два месяца первого заместителя министра "
     "строительства, архитектуры и ЖКХ Чувашии Андрея Ефимова. Ефимова задержали во вторник сотрудники "
     "регионального управления ФСБ.",
     [("173", "отправить", "Ленинский районный суд Чебоксар", "Андрей Ефимов", None, "2025-09-18", "day", "text"),
      ("173", "задержать", "ФСБ", "Андрей Ефимов", None, "2025-09-23", "day", "text")]),
    # probe EG (dev, p11): a prize received, shared or a laureate's title is an award (cameo.tsv L05)
    ("«Приз жюри получили X за фильм … и Y за …»: L05 each",
     "Приз жюри получили 84-летний поляк Ежи Сколимовский за фильм «Ио» и бельгиец Феликс ван Грунинген за "
     "«Восемь гор».",
     [("L05", "получить", "Ежи Сколимовский", None, None, "2025-09-23", "day", "published"),
      ("L05", "получить", "Феликс ван Грунинген", None, None, "2025-09-23", "day", "published")]),
    # probe EG (dev, p04): an animate nominative the parser makes a participle's object is the noun's apposition
    ("«Лидер движения, живущий во Франции беглый банкир Мухтар Аблязов, призвал …»: Аблязов",
     "Лидер движения, живущий во Франции беглый банкир Мухтар Аблязов, призвал казахстанцев бойкотировать выборы.",
     [("02", "призвать", "Мухтар Аблязов", None, None, "2025-09-23", "day", "published")]),
    # probe EG (dev, p04, p13): supporters, observers, a congress act for the body they are of, named in the
    # genitive or in apposition to a unit (event_words.tsv `government`)
    ("«сторонники движения «ДВК» вышли на акции протеста», «Наблюдатели Бюро … ОБСЕ раскритиковали», «съезд ЛДПР»",
     "В день голосования сторонники запрещенного в стране движения «Демократический выбор Казахстана» (ДВК) вышли "
     "на несанкционированные акции протеста. Наблюдатели Бюро по демократическим институтам и правам человека ОБСЕ "
     "раскритиковали выборы. Внеочередной съезд ЛДПР в пятницу избрал новым председателем партии Леонида Слуцкого.",
     [("14", "акция", "Демократический выбор Казахстана", None, None, "2025-09-23", "day", "published"),
      ("11", "раскритиковать", "Бюро по демократическим институтам и правам человека ОБСЕ", None, None, "2025-09-23",
       "day", "published"),
      ("L03", "избрать", "Леонид Слуцкий", "ЛДПР", None, "2025-09-19", "day", "text")]),
    # probe EG (dev, p03): an army stands for whom it serves (event_words.tsv `owned`); shooting down an aircraft
    # is military force (cameo.tsv 190 «сбить самолет», …), against the state of its adjective
    ("«обвинила … армию Башара Асада», «ВВС Турции сбили два сирийских бомбардировщика»",
     "Сирия и Турция обвиняют друг друга. Анкара обвинила в гибели 33 солдат армию Башара Асада. 1 марта ВВС Турции "
     "сбили два сирийских бомбардировщика Су-24.",
     [("112", "обвинять", "Сирия", "Турция", None, "2025-09-23", "day", "published"),
      ("112", "обвинять", "Турция", "Сирия", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Турция", "Башар Асад", None, "2025-09-23", "day", "published"),
      ("190", "сбить", "ВВС Турции", "Сирия", None, "2025-03-01", "day", "text")]),
    # probe EG (dev, p12): a foreign name tagged in an oblique case right after a person's post and its genitives
    # is that post's, not a noun's further up in the tagged case (appositions._right_after_post)
    ("«встречу президента Тайваня Цай Инвэнь со спикером … Кевином Маккарти»: both sides",
     "Учения стали ответом на встречу президента Тайваня Цай Инвэнь со спикером палаты представителей Конгресса США "
     "Кевином Маккарти, которая прошла в среду в Калифорнии.",
     [("04", "встреча", "Цай Инвэнь", "Кевин Маккарти", None, "2025-09-23", "day", "published")]),
    # probe EG (dev, p05): a relative «который» as a trigger's object is its antecedent, for the trigger's condition
    # word (triggers.condition_word); what a judged thing's relative clause says who made is whom it is judged of
    # (partners._relative_maker)
    ("«отклонила соглашение о брексите, которое Мэй заключила с Брюсселем»: 12 → Мэй, 057 Мэй–Брюссель",
     "Палата общин трижды отклонила соглашение о брексите, которое Мэй заключила с Брюсселем в ноябре прошлого года.",
     [("12", "отклонить", "Палата общин", "Мэй", None, "2025-09-23", "day", "published"),
      ("057", "заключить", "Мэй", "Брюссель", None, "2024-11-01", "month", "text")]),
    # probe EG (dev, p10): suspending from competitions is a sanction (cameo.tsv 163 «отстранить соревнование»,
    # «… турнир»); a national team and an executive committee act for what they are of (event_words.tsv
    # `government`); a country's sports federations are bodies of their own, no state (nor any row here)
    ("«отстранили сборную России от всех турниров», «исполком МОК рекомендовал», «федерации Швеции»: none",
     "ФИФА и УЕФА отстранили сборную России от всех турниров. К бойкоту присоединились федерации Швеции и Чехии. "
     "Ранее исполком Международного олимпийского комитета рекомендовал международным федерациям не допускать "
     "российских спортсменов к соревнованиям.",
     [("163", "отстранить", "ФИФА", "Россия", None, "2025-09-23", "day", "published"),
      ("163", "отстранить", "УЕФА", "Россия", None, "2025-09-23", "day", "published"),
      ("02", "рекомендовать", "МОК", None, None, "2025-09-23", "day", "published")]),
    # probe EG (dev, p04): one congratulated «с» what is someone's is that someone, when no one is the object
    # (cameo.tsv 051 partner «с»; «победа», «избрание» stand for their owner, event_words.tsv `owned`)
    ("«С победой Токаева поздравили X и Y», «поздравил Лукашенко с днем рождения»: Токаев, Лукашенко",
     "Токаев победил на выборах. С победой Токаева также поздравили президент России Владимир Путин и "
     "председатель КНР Си Цзиньпин. Путин поздравил Лукашенко с днем рождения.",
     [("L03", "победить", "Токаев", None, None, "2025-09-23", "day", "published"),
      ("051", "поздравить", "Владимир Путин", "Токаев", None, "2025-09-23", "day", "published"),
      ("051", "поздравить", "Си Цзиньпин", "Токаев", None, "2025-09-23", "day", "published"),
      ("051", "поздравить", "Владимир Путин", "Лукашенко", None, "2025-09-23", "day", "published")]),
    # probes EG, DI (dev): an object «стороны», «коллег» stands for the last meeting's sides but its verb's subject
    # (context.sides)
    ("«Гутерриш призвал стороны к …», «Путин призвал коллег …» after a meeting: its sides",
     "Президент России Владимир Путин и президент Турции Реджеп Тайип Эрдоган провели переговоры в Москве. Генсек "
     "ООН Антониу Гутерриш призвал стороны к полному выполнению договоренностей. Путин провел в Сочи встречу с "
     "Ильхамом Алиевым и Николом Пашиняном. Путин призвал коллег не переходить на повышенные тона.",
     [("04", "переговоры", "Владимир Путин", "Реджеп Тайип Эрдоган", "Москва", "2025-09-23", "day", "published"),
      ("02", "призвать", "Антониу Гутерриш", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("02", "призвать", "Антониу Гутерриш", "Реджеп Тайип Эрдоган", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Владимир Путин", "Ильхам Алиев", "Сочи", "2025-09-23", "day", "published"),
      ("04", "встреча", "Владимир Путин", "Никол Пашинян", "Сочи", "2025-09-23", "day", "published"),
      ("04", "встреча", "Ильхам Алиев", "Никол Пашинян", "Сочи", "2025-09-23", "day", "published"),
      ("02", "призвать", "Владимир Путин", "Ильхам Алиев", None, "2025-09-23", "day", "published"),
      ("02", "призвать", "Владимир Путин", "Никол Пашинян", None, "2025-09-23", "day", "published")]),
    # probe EG (dev, p12): whom a verb of asking asks, though the parser hangs it on the infinitive, or hangs the
    # infinitive in quote marks on it (objects.asked_object)
    ("«Макрон призвал китайского лидера помочь …», «… «образумить Россию»»: Си Цзиньпин",
     "Макрон встретился с президентом Китая Си Цзиньпином. Макрон призвал китайского лидера помочь вернуть стороны "
     "за стол переговоров. Макрон призвал китайского лидера «образумить Россию».",
     [("04", "встретиться", "Макрон", "Си Цзиньпин", None, "2025-09-23", "day", "published"),
      ("02", "призвать", "Макрон", "Си Цзиньпин", None, "2025-09-23", "day", "published"),
      ("02", "призвать", "Макрон", "Си Цзиньпин", None, "2025-09-23", "day", "published")]),
    # probes EC, DY (dev): the accused after the reason's phrase (objects.object_after_reason), not a victim
    # right after it («обвинил в убийстве Бориса Немцова»)
    ("«Хаменеи обвинил в организации волнений США и Израиль»: США, Израиль",
     "Верховный лидер аятолла Али Хаменеи обвинил в организации волнений США и Израиль. Сам Навальный обвинил в "
     "покушении ФСБ и лично Владимира Путина. Лавров обвинил в убийстве Бориса Немцова.",
     [("112", "обвинить", "Али Хаменеи", "США", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Али Хаменеи", "Израиль", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Навальный", "ФСБ", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Навальный", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("173", "обвинить", "Лавров", None, None, "2025-09-23", "day", "published"),
      ("18", "убийство", None, "Борис Немцов", None, "2025-09-23", "day", "published")]),
    # probes EG, DY, EK (dev): «преемник», «победитель» stand for the one last elected, else appointed
    # (event_words.tsv `winner`, referents._resolved)
    ("«Токаев победил на выборах. Назарбаев поздравил преемника»: Токаев",
     "Назарбаев поздравил преемника с победой. Токаев победил на досрочных выборах президента Казахстана. "
     "Назарбаев первым поздравил преемника с победой.",
     [("051", "поздравить", "Назарбаев", None, None, "2025-09-23", "day", "published"),
      ("L03", "победить", "Токаев", "Казахстан", None, "2025-09-23", "day", "published"),
      ("051", "поздравить", "Назарбаев", "Токаев", None, "2025-09-23", "day", "published")]),
    # probes DY, DQ, EO (dev): «соперник», «предшественник» name the person of their gender last named, not
    # their clause's subject (event_words.tsv `rival`); a verb with no subject, hung on another's
    # complement, shares that verb's if it agrees with it (referents._subjects_of_clause; «его пытали»: him)
    ("«Гукеш победил Дин Лижэня. Дин Лижэнь признал …, и поблагодарил соперника»: Гукеш",
     "Доммараджу Гукеш стал чемпионом мира, победив Дин Лижэня. Дин Лижэнь признал, что не заметил угрозу, и "
     "поблагодарил соперника за борьбу. Жаир Болсонару улетел во Флориду. Президент Бразилии Луис Инасиу Лула да "
     "Силва обвинил своего предшественника в подстрекательстве. Санников сообщил, что в изоляторе КГБ его пытали.",
     [("051", "поблагодарить", "Дин Лижэнь", "Доммараджу Гукеш", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Луис Инасиу Лула да Силва", "Жаир Болсонару", None, "2025-09-23", "day", "published"),
      ("18", "пытать", None, "Санников", None, "2025-09-23", "day", "published")]),
    # probes DI, DM, DQ, DU, DY, EK (dev): a detention in the passive with no agent is by no one named, as its
    # indefinite personal is (event_words.tsv `detaining`), not the court that arrested last; a sentence goes on
    ("«Суд арестовал Гиркина. Гиркин был задержан в Москве»: no detainer",
     "Мещанский суд Москвы арестовал Игоря Гиркина. Гиркин был задержан в Москве 21 июля. Позднее Гиркин "
     "приговорен к четырем годам колонии.",
     [("173", "арестовать", "Мещанский суд Москвы", "Игорь Гиркин", None, "2025-09-23", "day", "published"),
      ("173", "задержать", None, "Игорь Гиркин", "Москва", "2025-07-21", "day", "text"),
      ("173", "приговорить", "Мещанский суд Москвы", "Игорь Гиркин", None, "2025-09-23", "day", "published")]),
    # probes DI, DM, DQ, DU, EC, EO (dev): more words of condemnation (event_words.tsv `blame`), and an
    # adjective of the predicated noun judges too (triggers.condition_met)
    ("«назвал приговор «нелепым»», «… «кровавым варварским террористическим актом»»: 11",
     "Посол США Джон Салливан назвал приговор «нелепым». Президент Владимир Путин назвал нападение «кровавым "
     "варварским террористическим актом». Госсекретарь США Энтони Блинкен назвал реакцию Китая «неоправданной "
     "эскалацией».",
     [("11", "назвать", "Джон Салливан", None, None, "2025-09-23", "day", "published"),
      ("11", "назвать", "Владимир Путин", None, None, "2025-09-23", "day", "published"),
      ("11", "назвать", "Энтони Блинкен", "Китай", None, "2025-09-23", "day", "published")]),
    # probe EO (dev, p05): a post conjoined to a post a name follows is that one person's, no one to resolve
    # (nominals._one_holder)
    ("«Премьер-министр и министр иностранных дел Катара шейх Мухаммед …»: one person, not the last premier",
     "Премьер-министр Израиля Биньямин Нетаньяху отдал приказ. Премьер-министр и министр иностранных дел Катара "
     "шейх Мухаммед бин Абдель Рахман Аль Тани осудил атаку.",
     [("11", "осудить", "Мухаммед бин Абдель Рахман Аль Тани", None, None, "2025-09-23", "day", "published")]),
    # probes DY, EG, EK, EO (dev): a second root the parser makes of a conjoined verb goes on with the first's
    # subject (EventSentence.subjects)
    ("«Байден назвал произошедшее «…» и … провел телефонный разговор с Лулой»: Байден",
     "Президент США Джо Байден назвал произошедшее «нападением на демократию» и в понедельник провел "
     "телефонный разговор с Лулой.",
     [("04", "разговор", "Джо Байден", "Лула", None, "2025-09-22", "day", "text")]),
    # probe EO (dev, p15): a body that announces a change of its person's post makes it (noun_frames)
    ("«Клуб объявил об увольнении тренера X»: L02 X → клуб",
     "Хоккейный клуб «Рязань» объявил об увольнении главного тренера Вадима Ломакина.",
     [("01", "объявить", "Рязань", None, None, "2025-09-23", "day", "published"),
      ("L02", "увольнение", "Вадим Ломакин", "Рязань", None, "2025-09-23", "day", "published")]),
    # probes EO, EG, EK (dev): whom a check names down its genitives of what it looks into (event_words.tsv
    # `inspected`), or an organisation in its «в/на» phrase (partners._checked_body); not the dead of a death
    ("«проверку соблюдения законодательства на X», «проверке деятельности театра X»: X",
     "Прокуратура Калужской области начала проверку соблюдения трудового законодательства на «Калужском заводе». "
     "Департамент культуры объявил о проверке финансово-хозяйственной деятельности театра «Современник». "
     "Президент Ирана Эбрахим Раиси распорядился провести расследование гибели Махсы Амини.",
     [("09", "проверка", "Прокуратура Калужской области", "Калужский завод", None, "2025-09-23", "day", "published"),
      ("01", "объявить", "Департамент культуры", None, None, "2025-09-23", "day", "published"),
      ("09", "проверка", "Департамент культуры", "Современник", None, "2025-09-23", "day", "published"),
      ("09", "расследование", "Эбрахим Раиси", None, None, "2025-09-23", "day", "published"),
      ("L04", "гибель", "Махсы Амини", None, None, "2025-09-23", "day", "published")]),
    # probe EK (dev, p15): «они» after a visit of several, with no meeting told, are the visitors
    # (article._last_group); not those a police detains («Они встретились с адвокатом …»: no actor1 group)
    ("«X, Y и Z прибыли в Киев. Там они встретились с Зеленским»: X, Y, Z",
     "Эммануэль Макрон, Олаф Шольц и Марио Драги прибыли в Киев. Там они встретились с Владимиром Зеленским.",
     [("042", "прибыть", "Эммануэль Макрон", "Киев", "Киев", "2025-09-23", "day", "published"),
      ("042", "прибыть", "Олаф Шольц", "Киев", "Киев", "2025-09-23", "day", "published"),
      ("042", "прибыть", "Марио Драги", "Киев", "Киев", "2025-09-23", "day", "published"),
      ("04", "встретиться", "Эммануэль Макрон", "Олаф Шольц", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Эммануэль Макрон", "Марио Драги", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Эммануэль Макрон", "Владимир Зеленский", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Олаф Шольц", "Марио Драги", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Олаф Шольц", "Владимир Зеленский", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Марио Драги", "Владимир Зеленский", None, "2025-09-23", "day", "published")]),
    # probes EK, EC (dev): the parser makes «фон» (and «Урсула») its own head; the words hang on the name's first
    # one, and that word on the post before it (FieldView._rehang_name_word)
    ("«Киев посетила председатель Еврокомиссии Урсула фон дер Ляйен»: she visits",
     "Днем ранее Киев посетила председатель Еврокомиссии Урсула фон дер Ляйен. Мелони поздравили президент США Джо "
     "Байден, председатель Еврокомиссии Урсула фон дер Ляйен и президент Украины Владимир Зеленский.",
     [("042", "посетить", "Урсула фон дер Ляйен", "Украина", "Киев", "2025-09-23", "day", "published"),
      ("051", "поздравить", "Джо Байден", "Мелони", None, "2025-09-23", "day", "published"),
      ("051", "поздравить", "Урсула фон дер Ляйен", "Мелони", None, "2025-09-23", "day", "published"),
      ("051", "поздравить", "Владимир Зеленский", "Мелони", None, "2025-09-23", "day", "published")]),
    # probe EK (dev, p11): a name the tagger leaves in the nominative after a noun trigger is its genitive
    # (partners.partners, as `genitives`); who condemns the attack stays unpaired (the attacker as their
    # target was tried: three false pairs on held-out sets, none gained)
    ("«Нападение ХАМАС осудили лидеры Евросоюза, Великобритании …»: ХАМАС attacks",
     "Нападение ХАМАС осудили лидеры Евросоюза, Великобритании, Германии и Франции.",
     [("18", "нападение", "ХАМАС", None, None, "2025-09-23", "day", "published"),
      ("11", "осудить", "ЕС", None, None, "2025-09-23", "day", "published"),
      ("11", "осудить", "Великобритания", None, None, "2025-09-23", "day", "published"),
      ("11", "осудить", "Германия", None, None, "2025-09-23", "day", "published"),
      ("11", "осудить", "Франция", None, None, "2025-09-23", "day", "published")]),
    # probes EK, EC (dev): a prosecutor's requested term is a demand on whom it is for (cameo.tsv 10 «запросить
    # срок», partner «для»); freezing assets, barring from leaving, coercion of their owner (17; event_words.tsv
    # `owned` «актив», «счет»)
    ("«Прокурор запросил для X 20 лет», «заморозил активы X», «запретил X покидать страну»",
     "Прокурор Иван Петров запросил для Алексея Навального 20 лет колонии. Минюст США заморозил активы Олега "
     "Дерипаски. Верховный суд Венесуэлы запретил Хуану Гуаидо покидать страну.",
     [("10", "запросить", "Иван Петров", "Алексей Навальный", None, "2025-09-23", "day", "published"),
      ("17", "заморозить", "Минюст США", "Олег Дерипаска", None, "2025-09-23", "day", "published"),
      ("17", "запретить", "Верховный суд Венесуэлы", "Хуан Гуаидо", None, "2025-09-23", "day", "published")]),
    # factRuEval (tables digest, book_145): an investigation's organisation in the genitive investigates
    # (event_words.tsv `org_agent`); a check's is what is checked
    ("«вызвал расследование ФБР»: ФБР investigates; «проверку компании»: the company is checked",
     "Инцидент вызвал расследование ФБР. Прокуратура Москвы провела проверку компании «Рога и копыта».",
     [("09", "расследование", "ФБР", None, None, "2025-09-23", "day", "published"),
      ("09", "проверка", "Прокуратура Москвы", "Рога и копыта", None, "2025-09-23", "day", "published")]),
    # probe EG (dev, p13): what a person heads, named by its kind, is a unit of the organisation in its genitive
    # (person_frames.about_a_person)
    ("«возглавил фракцию ЛДПР», «возглавил отделение «Сбербанка»»: ЛДПР, Сбербанк",
     "Леонид Слуцкий в апреле возглавил фракцию ЛДПР. Иван Петров возглавил отделение «Сбербанка» в Казани.",
     [("L01", "возглавить", "Леонид Слуцкий", "ЛДПР", None, "2025-04-01", "month", "text"),
      ("L01", "возглавить", "Иван Петров", "Сбербанк", None, "2025-09-23", "day", "published")]),
    # probe EK (dev, p15): many unnamed holders of a post in one organisation are that organisation
    # (offices.office)
    ("«Зеленский поблагодарил лидеров ЕС»: ЕС",
     "Президент Украины Владимир Зеленский поблагодарил лидеров ЕС и заявил, что будущее Украины — в Евросоюзе.",
     [("051", "поблагодарить", "Владимир Зеленский", "ЕС", None, "2025-09-23", "day", "published"),
      ("01", "заявить", "Владимир Зеленский", None, None, "2025-09-23", "day", "published")]),
    ("«Полиция задержала X и Y. Они встретились с адвокатом …»: not the detained",
     "Полиция задержала Ивана Петрова и Олега Сидорова. Они встретились с адвокатом Николаем Ивановым.",
     [("173", "задержать", None, "Иван Петров", None, "2025-09-23", "day", "published"),
      ("173", "задержать", None, "Олег Сидоров", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", None, "Николай Иванов", None, "2025-09-23", "day", "published")]),
    # twelfth round start
    # probes ES, DQ (dev): what one said, did with or next to another stands for who did it when judged
    # (event_words.tsv `owned`: «выступление», «сближение», «слияние», «появление» …)
    ("«назвал выступление X неприемлемым», «раскритиковал сближение X и Y», «слияние X с Y»",
     "Министр обороны Германии Борис Писториус назвал выступление Джей Ди Вэнса «неприемлемым». Пресс-секретарь "
     "Госдепартамента США Мэттью Миллер раскритиковал сближение России и КНДР. Глава Чечни Рамзан Кадыров "
     "раскритиковал слияние Wildberries с Russ.",
     [("11", "назвать", "Борис Писториус", "Джей Ди Вэнс", None, "2025-09-23", "day", "published"),
      ("11", "раскритиковать", "Мэттью Миллер", "Россия", None, "2025-09-23", "day", "published"),
      ("11", "раскритиковать", "Мэттью Миллер", "КНДР", None, "2025-09-23", "day", "published"),
      ("11", "раскритиковать", "Рамзан Кадыров", "Wildberries", None, "2025-09-23", "day", "published")]),
    # probe ES (dev, p15): «американский политик» is the American the article named last, not the subject
    # (quote_words.tsv `counterpart`, as «российского коллегу»)
    ("«Шольц раскритиковал американского политика»: → Вэнс",
     "Вице-президент США Джей Ди Вэнс выступил в Мюнхене. Канцлер Германии Олаф Шольц раскритиковал "
     "американского политика.",
     [("11", "раскритиковать", "Олаф Шольц", "Джей Ди Вэнс", None, "2025-09-23", "day", "published")]),
    # probe ES (dev, p05, p08): «по просьбе X» is X's request of the one who then acts (event_words.tsv
    # `request`), the subject of the verb it hangs on, or the subject the parser hung it on
    ("«Совбез ООН провел по просьбе Украины и России заседание», «Саймон по его просьбе приостановила …»",
     "Совет Безопасности ООН вечером провел по просьбе Украины и России экстренное заседание. Премьер-министр "
     "Канады Джастин Трюдо ушел в отставку. Он сообщил, что генерал-губернатор Мэри Саймон по его просьбе "
     "приостановила работу парламента.",
     [("02", "просьба", "Украина", "Совет Безопасности ООН", None, "2025-09-23", "day", "published"),
      ("02", "просьба", "Россия", "Совет Безопасности ООН", None, "2025-09-23", "day", "published"),
      ("L02", "уйти", "Джастин Трюдо", "Канада", None, "2025-09-23", "day", "published"),
      ("02", "просьба", "Джастин Трюдо", "Мэри Саймон", None, "2025-09-23", "day", "published")]),
    # probe ES (dev, p14): a government stands for the person in its genitive (event_words.tsv `owned`)
    ("«раскритиковал правительство Цыденова»: → Цыденов",
     "Депутат Вячеслав Мархаев раскритиковал правительство Алексея Цыденова за срыв программы газификации.",
     [("11", "раскритиковать", "Вячеслав Мархаев", "Алексей Цыденов", None, "2025-09-23", "day", "published")]),
    # probe ES (dev, p05): a state's agents that end the chain of an accusation's reason are the accused
    # (objects.object_after_reason)
    ("«обвинил в уничтожении станции российских военных»: → Россия",
     "Россия отвергла обвинения. Президент Украины Владимир Зеленский обвинил в уничтожении станции российских "
     "военных.",
     [("12", "отвергнуть", "Россия", None, None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Владимир Зеленский", "Россия", None, "2025-09-23", "day", "published")]),
    # probe DY (dev, p01): «эти обвинения», a demonstrative, point back as a bare event noun does (cameo.tsv
    # `judges`: who did the article's last event of its code)
    ("«Кремль эти обвинения отверг»: → the accuser",
     "Алексей Навальный обвинил Кремль в своем отравлении. Кремль эти обвинения отверг.",
     [("112", "обвинить", "Алексей Навальный", "Кремль", None, "2025-09-23", "day", "published"),
      ("12", "отвергнуть", "Кремль", "Алексей Навальный", None, "2025-09-23", "day", "published")]),
    # probe ES (dev, p03): a bare «гость» is who last made a visit (event_words.tsv `guest`)
    ("«Путин поблагодарил гостя»: → the visitor",
     "Президент Сирии Ахмед аш-Шараа прибыл в Москву с первым визитом. Путин поблагодарил гостя за приглашение "
     "российских компаний.",
     [("042", "прибыть", "Ахмед аш-Шараа", "Москва", "Москва", "2025-09-23", "day", "published"),
      ("051", "поблагодарить", "Путин", "Ахмед аш-Шараа", None, "2025-09-23", "day", "published")]),
    # probe EO (dev, p04): a capital named by its country's adjective stands for its state, as a capital's name
    # does (event_words.tsv `government` «столица»)
    ("«Китайский лидер прибыл в венгерскую столицу»: → Венгрия",
     "Председатель КНР Си Цзиньпин проведет переговоры с премьером Венгрии Виктором Орбаном. Китайский лидер "
     "прибыл в венгерскую столицу в среду вечером.",
     [("036", "переговоры", "Си Цзиньпин", "Виктор Орбан", None, "2025-09-23", "day", "published"),
      ("042", "прибыть", "Си Цзиньпин", "Венгрия", "Венгрия", "2025-09-17", "day", "text")]),
    # probe EO (dev, p15): the body noun in a government noun's genitive is the organisation the article named
    # with that word, before its name in marks too (speech_cues.tsv `body` `named`; offices.government)
    ("«встретился с руководством клуба» after «Хоккейный клуб «Рязань»»: → Рязань",
     "Хоккейный клуб «Рязань» уволил главного тренера. Губернатор Рязанской области Павел Малков встретился с "
     "руководством клуба.",
     [("L02", "уволить", None, "Рязань", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Павел Малков", "Рязань", None, "2025-09-23", "day", "published")]),
    # probe ES (dev, p02, p04): a word of praise a verb of judging predicates is praise, as a word of
    # condemnation is disapproval (cameo.tsv 051 «назвать @PRAISE», event_words.tsv `praise`)
    ("«назвал Киссинджера «великим» человеком», «назвал Россию «надежным другом»»: 051",
     "Президент США Дональд Трамп назвал Генри Киссинджера «великим и даже легендарным» человеком. Премьер-министр "
     "Индии Нарендра Моди назвал Россию «надежным другом».",
     [("051", "назвать", "Дональд Трамп", "Генри Киссинджер", None, "2025-09-23", "day", "published"),
      ("051", "назвать", "Нарендра Моди", "Россия", None, "2025-09-23", "day", "published")]),
    # probe ES (dev, p08): a possessive pronoun on a noun that stands for its owner is that owner
    # (partners.owner, event_words.tsv `owned`)
    ("«раскритиковала его экономическую политику»: → the man «его» stands for",
     "Премьер-министр Канады Джастин Трюдо объявил об отставке. Вице-премьер Кристя Фриланд раскритиковала его "
     "экономическую политику.",
     [("01", "объявить", "Джастин Трюдо", None, None, "2025-09-23", "day", "published"),
      ("L02", "отставка", "Джастин Трюдо", "Канада", None, "2025-09-23", "day", "published"),
      ("11", "раскритиковать", "Кристя Фриланд", "Джастин Трюдо", None, "2025-09-23", "day", "published")]),
    # twelfth round end
    # thirteenth round start
    # probe FA (dev, fa01): a verbless sentence, a name, a dash and a phrase, goes on with the event before it,
    # the name in the case of that event's person (events/gapped.py); the post's body each sentence names is
    # the other side, not the appointer of the decree before (fourteenth round, person_frames._carried)
    ("«Алексея Смирнова - Курской области.»: the appointment told before, of Смирнов",
     "Президент России Владимир Путин подписал указы о назначении врио губернаторов. Алексея Беспрозванных "
     "назначили на должность врио губернатора Калининградской области.\n\nАлексея Смирнова - Курской области. "
     "С 2018 года он выступал в качестве заместителя бывшего губернатора.\n\nИлью Середюка - Кемеровской "
     "области - Кузбасса.",
     [("L01", "назначить", "Алексей Беспрозванных", "Калининградская область", None, "2025-09-23", "day",
       "published"),
      ("L01", "назначить", "Алексей Смирнов", "Курская область", None, "2025-09-23", "day", "published"),
      ("L01", "назначить", "Илья Середюк", "Кемеровская область", None, "2025-09-23", "day", "published")]),
    # the same class: what the first sentence named after its person is left out, so the phrase's own name
    # stands for it; a phrase in the nominative is a description, no event («Сергей Лавров — министр …»)
    ("«Сергей Лавров — с Жаном-Ноэлем Барро.»: 04 Лавров — Барро; «X — министр …» none",
     "Президент Франции Эммануэль Макрон встретился с Владимиром Путиным. Сергей Лавров — с Жаном-Ноэлем Барро. "
     "Сергей Лавров — министр иностранных дел России.",
     [("04", "встретиться", "Эммануэль Макрон", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Сергей Лавров", "Жан-Ноэль Барро", None, "2025-09-23", "day", "published")]),
    ("«Сергея Сидорова — к трем годам.»: sentenced too; the name after the phrase: «Орденом Дружбы — …»",
     "Суд приговорил Ивана Петрова к пяти годам колонии. Сергея Сидорова — к трем годам. Орденом Почета "
     "награжден Олег Смирнов. Орденом Дружбы — Павел Кузнецов.",
     [("173", "приговорить", None, "Иван Петров", None, "2025-09-23", "day", "published"),
      ("173", "приговорить", None, "Сергей Сидоров", None, "2025-09-23", "day", "published"),
      ("L05", "наградить", "Олег Смирнов", None, None, "2025-09-23", "day", "published"),
      ("L05", "наградить", "Павел Кузнецов", None, None, "2025-09-23", "day", "published")]),
    # probe FA (dev, fa14): «поручить исполнять обязанности X» appoints (cameo.tsv L01 «поручить @POST», a doer);
    # an infinitive opening the sentence is its finite verb's complement (repairs._fronted_infinitive)
    ("«Исполнять обязанности главы Кабардино-Балкарии Путин поручил … Казбеку Кокову»: L01 → Путин",
     "Владимир Путин уволил главу Кабардино-Балкарии Юрия Кокова. Исполнять обязанности главы Кабардино-Балкарии "
     "Путин поручил чиновнику своей администрации Казбеку Кокову.",
     [("L02", "уволить", "Юрий Коков", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("L01", "поручить", "Казбек Коков", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # the same class; a dative name the parser hangs on a genitive is its verb's (appositions._governing_verb)
    ("«поручил временно исполнять обязанности губернатора … Сергею Морозову»: L01 Морозов → Путин",
     "Президент России Владимир Путин поручил временно исполнять обязанности губернатора Астраханской области "
     "Сергею Морозову. Губернатор поручил Ивану Петрову подготовить доклад.",
     [("L01", "поручить", "Сергей Морозов", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe EW (dev, ew12): who takes part in a meeting with a partner is a side of it, as in a protest
    # (noun_frames: «участие» governs); a «с» phrase after a dash, hung as a parataxis on the noun before it, is
    # that noun's (repairs._dashed_list); «Состоятся», tagged a short participle, is a future (modality._future)
    ("«примет участие в трехсторонней встрече с … Си Цзиньпином и … Хурэлсухом»: 036, Путин a side",
     "2 сентября в Пекине Путин примет участие в трехсторонней встрече с председателем КНР Си Цзиньпином и "
     "президентом Монголии Ухнаагийном Хурэлсухом.",
     [("036", "встреча", "Путин", "Си Цзиньпин", None, "2026-09-02", "day", "text"),
      ("036", "встреча", "Путин", "Ухнаагийн Хурэлсух", None, "2026-09-02", "day", "text"),
      ("036", "встреча", "Си Цзиньпин", "Ухнаагийн Хурэлсух", None, "2026-09-02", "day", "text")]),
    ("«ряд двусторонних встреч – с президентом Пакистана …, президентом Сербии …»; «Состоятся переговоры»",
     "После этого Путин проведет еще ряд двусторонних встреч – с президентом Пакистана Шахбазом Шарифом, "
     "президентом Сербии Александром Вучичем и др. Состоятся переговоры лидеров России и Китая.",
     [("036", "встреча", "Путин", "Шахбаз Шариф", None, "2025-09-23", "day", "published"),
      ("036", "встреча", "Путин", "Александр Вучич", None, "2025-09-23", "day", "published"),
      ("036", "переговоры", "Россия", "Китай", None, "2025-09-23", "day", "published")]),
    # probe EW (dev, ew11): «диалог» with a partner or «телефонный» is a talk (cameo.tsv 04 «диалог с», «диалог
    # между», «диалог телефонный»), and asking for one is no talk
    ("«состоялся телефонный диалог между … Жапаровым и … Мирзиеевым»: 04; «призвал Россию к диалогу» no 04",
     "Сегодня, 18 марта, состоялся телефонный диалог между президентом Кыргызстана Садыром Жапаровым и его "
     "узбекским коллегой Шавкатом Мирзиеевым. Генсек ООН Антониу Гутерриш призвал Россию к диалогу с Украиной.",
     [("04", "диалог", "Садыр Жапаров", "Шавкат Мирзиеев", None, "2025-03-18", "day", "text"),
      ("02", "призвать", "Антониу Гутерриш", "Россия", None, "2025-09-23", "day", "published")]),
    # probe EW (dev, ew10): a visit with no place it goes to visits the places it is in (frames: «побывать в»)
    ("«побывал в ЮАР, Эсватини, Анголе и Эритрее»: 042 to each",
     "В конце января Сергей Лавров побывал в ЮАР, Эсватини, Анголе и Эритрее.",
     [("042", "побывать", "Сергей Лавров", "ЮАР", "ЮАР", "2025-01-01", "month", "text"),
      ("042", "побывать", "Сергей Лавров", "Эсватини", "Эсватини", "2025-01-01", "month", "text"),
      ("042", "побывать", "Сергей Лавров", "Ангола", "Ангола", "2025-01-01", "month", "text"),
      ("042", "побывать", "Сергей Лавров", "Эритрея", "Эритрея", "2025-01-01", "month", "text")]),
    # the same class of the rule «a place never meets a person»: a country that is itself the partner is its state
    # (frames._partner_state); a region's delegation was, and a city where they meet is no side
    ("«заявил о готовности к переговорам с Ираном»: 036 Фидан → Иран",
     "Министр иностранных дел Турции Хакан Фидан заявил о готовности к переговорам с Ираном.",
     [("01", "заявить", "Хакан Фидан", None, None, "2025-09-23", "day", "published"),
      ("036", "переговоры", "Хакан Фидан", "Иран", None, "2025-09-23", "day", "published")]),
    # probe FA (dev, fa02): of two people named in the nominative beside a verb of signing a decree, the one
    # nearest it signed (article._signing_subject), not the one who tells of it
    ("«Дудаев отметил, что соответствующий указ подписал президент Владимир Путин»: L05 Кадыров → Путин",
     "Главу Чечни Рамзана Кадырова наградили орденом «За заслуги перед Отечеством» III степени. Об этом "
     "сообщил министр Чечни Ахмед Дудаев. Дудаев отметил, что соответствующий указ подписал президент Владимир "
     "Путин.",
     [("L05", "наградить", "Рамзан Кадыров", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("01", "сообщить", "Ахмед Дудаев", None, None, "2025-09-23", "day", "published")]),
    # probe FA (dev, fa14): «как X, так и Y» joins X and Y; its «как», parsed as X's preposition, is no comparison
    # (conjuncts.correlative)
    ("«как Жилкин, так и Коков обратились к нему с просьбой»: 02 from both",
     "Владимир Путин уволил губернатора Александра Жилкина и главу республики Юрия Кокова. По словам Путина, "
     "как Жилкин, так и Коков обратились к нему с просьбой о переводе на другую работу.",
     [("L02", "уволить", "Александр Жилкин", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("L02", "уволить", "Юрий Коков", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("02", "обратиться", "Александр Жилкин", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("02", "обратиться", "Юрий Коков", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe EW (dev, ew15): «не» on a verb that says something of the event noun, its subject, with an object of
    # its own, denies that, not the event (modality._judges); «встреча не состоялась» has none
    ("«Встреча … не принесла результатов»: 04; «Встреча … не состоялась»: none",
     "Встреча Владимира Путина и Дональда Трампа не принесла результатов. Встреча Сергея Лаврова и Марко Рубио "
     "не состоялась.",
     [("04", "встреча", "Владимир Путин", "Дональд Трамп", None, "2025-09-23", "day", "published")]),
    # probe FD (dev, fd13): recalling a diplomat reduces relations with the state they are posted «в» (event_words.tsv
    # `recall`), not with the diplomat
    ("«отозвал посла страны в США»; «Посол Колумбии в Соединенных Штатах … был отозван»: 16 → США",
     "Президент Колумбии Густаво Петро отозвал посла страны в США для консультаций. Посол Колумбии в "
     "Соединенных Штатах Даниэль Гарсия-Пенья был отозван для консультаций президентом Густаво Петро.",
     [("16", "отозвать", "Густаво Петро", "США", None, "2025-09-23", "day", "published"),
      ("16", "отозвать", "Густаво Петро", "США", None, "2025-09-23", "day", "published")]),
    # probe FD (dev, fd10): a bare descriptor is one introduced with its own word or a mutual synonym, but not with
    # a generic head that takes its meaning from a body («глава МЧС» is no «президент»: descriptors.GENERIC_HEADS)
    ("«Президент … Жапаров …», «глава МЧС Бообек Ажикеев», «президент уволил …»: → Жапаров",
     "Президент Киргизии Садыр Жапаров отправил в отставку министра здравоохранения Каныбека Досмамбетова. Кроме "
     "того, был уволен глава МЧС Бообек Ажикеев.\n\n10 февраля президент уволил главу Госкомитета национальной "
     "безопасности Камчыбека Ташиева.",
     [("L02", "отправить", "Каныбек Досмамбетов", "Садыр Жапаров", None, "2025-09-23", "day", "published"),
      ("L02", "уволить", "Бообек Ажикеев", "Садыр Жапаров", None, "2025-09-23", "day", "published"),
      ("L02", "уволить", "Камчыбек Ташиев", "Садыр Жапаров", None, "2025-02-10", "day", "text")]),
    # probe FD (dev, fd06): sending a request is an appeal to its addressee (cameo.tsv 02 «направить запрос»); a
    # bare «запрос» is none («по запросу США» names who asked, not an appeal told)
    ("«Правительство Турции направило официальный запрос Соединенным Штатам на экстрадицию …»: 02 → США",
     "Правительство Турции направило официальный запрос Соединенным Штатам на экстрадицию проповедника "
     "Фетхуллаха Гюлена.",
     [("02", "направить", "Правительство Турции", "США", None, "2025-09-23", "day", "published"),
      ("17", "экстрадиция", None, "Фетхуллах Гюлен", None, "2025-09-23", "day", "published")]),
    # thirteenth round end
    # fourteenth round (docs/events.md §7): each case fails on 6ba5f79
    # probe FD (dev, fd04): a word of condemnation in the genitive of the noun a verb of judging predicates judges
    # too («актом агрессии»); «началом диалога» is none
    ("«назвал действия Индии актом агрессии»: 11 → Индия; «… началом диалога»: none",
     "Премьер-министр Пакистана Шахбаз Шариф назвал действия Индии актом агрессии. Премьер-министр Пакистана "
     "Шахбаз Шариф назвал действия Индии началом диалога.",
     [("11", "назвать", "Шахбаз Шариф", "Индия", None, "2025-09-23", "day", "published")]),
    # probe FE (dev, fe10): an appointment whose post names its body gives that body, not the appointer of a
    # decree the sentence before told (person_frames._carried); «аким» is a post (event_words.tsv); an official
    # list's surname first, which NER left out, is the person's (person_spans._untagged_surname)
    ("«Токаев подписал указ о назначении акимов. … Крук Олег Павлович назначен … акима Павлодарской области»",
     "Президент Казахстана Касым-Жомарт Токаев подписал указ о назначении акимов нескольких областей страны.\n\n"
     "- Крук Олег Павлович назначен временно исполняющим обязанности акима Павлодарской области;\n\n"
     "- Сапаров Айдарбек Сейпеллович назначен акимом Северо-Казахстанской области.",
     [("L01", "назначить", "Олег Павлович Крук", "Павлодарская область", None, "2025-09-23", "day", "published"),
      ("L01", "назначить", "Айдарбек Сейпеллович Сапаров", "Северо-Казахстанская область", None, "2025-09-23",
       "day", "published")]),
    # probe FF (dev, ff06): a person named after a comma and a person noun in the case of the partner noun is the
    # partner, however the parser hung it (EventSentence._apposed_after_comma), not «его коллега» resolved
    ("«встретился с его буркинийским коллегой, бригадным генералом Селестином Симпоре»: 04 → Симпоре",
     "Президент Буркина-Фасо Ибрагим Траоре прибыл в Москву. В тот же день российский министр обороны Андрей "
     "Белоусов встретился с его буркинийским коллегой, бригадным генералом Селестином Симпоре.",
     [("042", "прибыть", "Ибрагим Траоре", "Москва", "Москва", "2025-09-23", "day", "published"),
      ("04", "встретиться", "Андрей Белоусов", "Селестин Симпоре", None, "2025-09-23", "day", "published")]),
    # probe FE (dev, fe15): «говорить о», «сказать о» tell a statement, as «рассказать о» does (cameo.tsv 01); with
    # no one named, none
    ("«Штайнмайер говорил о непримиримых разногласиях»: 01; «Эксперты говорят о кризисе»: none",
     "По данным издания, Франк-Вальтер Штайнмайер говорил о непримиримых разногласиях в коалиции. Эксперты "
     "говорят о кризисе.",
     [("01", "говорить", "Франк-Вальтер Штайнмайер", None, None, "2025-09-23", "day", "published")]),
    # probe FE (dev, fe08): a country's «лидер» is its head, a president or a prime minister (speech_cues.tsv
    # descriptor «лидер»): the holders of «лидерами Армении и Азербайджана» are the two the article introduced
    ("«встречу с лидерами Армении и Азербайджана» after «Президент Азербайджана …, премьер-министр Армении …»",
     "Президент Азербайджана Ильхам Алиев и премьер-министр Армении Николь Пашинян прибыли в Вашингтон. "
     "Трамп планирует провести встречу с лидерами Армении и Азербайджана в Белом доме.",
     [("042", "прибыть", "Ильхам Алиев", "Вашингтон", "Вашингтон", "2025-09-23", "day", "published"),
      ("042", "прибыть", "Николь Пашинян", "Вашингтон", "Вашингтон", "2025-09-23", "day", "published"),
      ("036", "встреча", "Трамп", "Николь Пашинян", "Белый дом", "2025-09-23", "day", "published"),
      ("036", "встреча", "Трамп", "Ильхам Алиев", "Белый дом", "2025-09-23", "day", "published"),
      ("036", "встреча", "Николь Пашинян", "Ильхам Алиев", "Белый дом", "2025-09-23", "day", "published")]),
    # probe FE (dev, fe08): who mediates consults with those it mediates between, the subjects of the verb
    # «при посредничестве X» hangs on (event_words.tsv `mediation`)
    ("«Алиев и Пашинян при посредничестве … Трампа подписали мирное соглашение»: 04 among the three",
     "Президент Азербайджана Ильхам Алиев и премьер-министр Армении Николь Пашинян при посредничестве президента "
     "США Дональда Трампа подписали мирное соглашение.",
     [("04", "посредничество", "Дональд Трамп", "Ильхам Алиев", None, "2025-09-23", "day", "published"),
      ("04", "посредничество", "Дональд Трамп", "Николь Пашинян", None, "2025-09-23", "day", "published"),
      ("04", "посредничество", "Ильхам Алиев", "Николь Пашинян", None, "2025-09-23", "day", "published"),
      ("057", "подписать", "Ильхам Алиев", "Николь Пашинян", None, "2025-09-23", "day", "published")]),
    # probes FD, FF (dev, fd02, fd11, ff09): an invasion is the use of force on the place invaded «в/на» (cameo.tsv
    # 190 «вторгнуться», «вторжение»; the noun's genitive invades); stopping aid reduces relations (16), no aid
    ("«вторжение Израиля в Ливан», «вторгся на армянскую территорию»: 190; «приостановила … помощь»: 16",
     "Россия решительно осуждает вторжение Израиля в Ливан. Армения обвинила Азербайджан в провокации. "
     "Азербайджан вторгся на армянскую территорию. Россия приостановила финансовую помощь Киргизии.",
     [("11", "осуждать", "Россия", "Израиль", None, "2025-09-23", "day", "published"),
      ("190", "вторжение", "Израиль", "Ливан", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Армения", "Азербайджан", None, "2025-09-23", "day", "published"),
      ("190", "вторгнуться", "Азербайджан", "Армения", None, "2025-09-23", "day", "published"),
      ("16", "приостановить", "Россия", "Киргизия", None, "2025-09-23", "day", "published")]),
    # probes FD, FF (dev, fd11, ff14): a fight with no sides of its own at the border of two states is between them,
    # named in the border's genitive or by its compound adjective (cameo.tsv flag border_sides)
    ("«На границе Армении и Азербайджана активизировались бои», «на кыргызско-таджикской границе»: 19",
     "Армения обвинила Азербайджан в провокации. На границе Армении и Азербайджана активизировались бои. Киргизия "
     "обвинила Таджикистан. На кыргызско-таджикской границе произошла перестрелка.",
     [("112", "обвинить", "Армения", "Азербайджан", None, "2025-09-23", "day", "published"),
      ("19", "бой", "Армения", "Азербайджан", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Киргизия", "Таджикистан", None, "2025-09-23", "day", "published"),
      ("19", "перестрелка", "Киргизия", "Таджикистан", None, "2025-09-23", "day", "published")]),
    # probe FE (dev, fe01): a charge names its crime in the «в» phrase's conjuncts and their own phrases too, or
    # by a crime adjective (event_words.tsv `crime`, `crime_adjective`): criminal proceedings, 173; an accuser's
    # «в агрессии» stays an accusation, 112
    ("«обвиняли во вступлении в заговор …, создании экстремистского формирования»: 173; «в агрессии»: 112",
     "Марию Колесникову обвиняли во вступлении в заговор с целью захвата власти, создании экстремистского "
     "формирования и руководстве им. Армения обвинила Азербайджан в агрессии.",
     [("173", "обвинять", None, "Мария Колесникова", None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Армения", "Азербайджан", None, "2025-09-23", "day", "published")]),
    # probe EW (dev, ew09): «обе стороны» after a meeting of three names no two of them (context.sides)
    ("«… совместная встреча с госсекретарем США Энтони Блинкеном. Обе стороны подтвердили …»: no 01 pairs",
     "Министр иностранных дел Армении Арарат Мирзоян и министр иностранных дел Азербайджана Джейхун Байрамов "
     "провели встречу с госсекретарем США Энтони Блинкеном. Обе стороны подтвердили взятые на себя обязательства.",
     [("04", "встреча", "Арарат Мирзоян", "Джейхун Байрамов", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Арарат Мирзоян", "Энтони Блинкен", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Джейхун Байрамов", "Энтони Блинкен", None, "2025-09-23", "day", "published")]),
    # probe FE (dev, fe09): a post qualified as no longer held (event_words.tsv `former`) is taken by no one
    ("«Болсонару стал первым бывшим президентом Бразилии, осужденным …»: no L01; «стал президентом»: L01",
     "Жаир Болсонару стал первым бывшим президентом Бразилии, осужденным за попытку переворота. Иван Петров стал "
     "президентом Бразилии.",
     [("L01", "стать", "Иван Петров", "Бразилия", None, "2025-09-23", "day", "published")]),
    # fourteenth round end
    # fifteenth round (docs/events.md §7): each case fails on 4e786a6
    # probe FE (dev, fe10): a press service speaks for itself (org_words.tsv `by_place`, `by_field_place`)
    ("«В пресс-службе акима Мангистауской области заявили, что …»: 01 by the press service",
     "В пресс-службе акима Мангистауской области заявили, что о переназначении действующего акима региона пока "
     "ничего не известно.",
     [("01", "заявить", "Пресс-служба акима Мангистауской области", None, "Мангистауская область", "2025-09-23",
       "day", "published")]),
    # probe EW (dev, ew08): a press service that tells of a meeting takes no part in it (`press_office`)
    ("«Пресс-служба президента Украины сообщила о встрече в Киеве …»: 01, no 04",
     "Пресс-служба президента Украины сообщила о встрече в Киеве.",
     [("01", "сообщить", "Пресс-служба президента Украины", None, None, "2025-09-23", "day", "published")]),
    # probe FJ (dev, fj11): a name conjoined to the name in apposition is the phrase's next conjunct, though
    # the tagger reads «Президенты» as singular
    ("«Президенты России и Индонезии Владимир Путин и Джоко Видодо проводят переговоры»: both meet",
     "Президенты России и Индонезии Владимир Путин и Джоко Видодо проводят переговоры в Москве.",
     [("04", "переговоры", "Владимир Путин", "Джоко Видодо", "Москва", "2025-09-23", "day", "published")]),
    # probe FJ (dev, fj01): «агрессия» is 190; a judged event's own target is not the judging's
    ("«Россия и Куба осудили агрессию США против Венесуэлы»: 11 → США, 190 США → Венесуэла",
     "Россия и Куба осудили агрессию США против Венесуэлы.",
     [("11", "осудить", "Россия", "США", None, "2025-09-23", "day", "published"),
      ("11", "осудить", "Куба", "США", None, "2025-09-23", "day", "published"),
      ("190", "агрессия", "США", "Венесуэла", None, "2025-09-23", "day", "published")]),
    # probe FK (dev, fk06): a bare «коллега» is the person named last other than its clause's subject
    # (event_words.tsv `rival`); with a country's adjective it stays a `counterpart`
    ("«Владимир Путин поздравил коллегу с избранием»: 051 → Си Цзиньпин",
     "Председатель КНР Си Цзиньпин прибыл в Москву. Владимир Путин поздравил коллегу с избранием.",
     [("042", "прибыть", "Си Цзиньпин", "Москва", "Москва", "2025-09-23", "day", "published"),
      ("051", "поздравить", "Владимир Путин", "Си Цзиньпин", None, "2025-09-23", "day", "published"),
      ("L03", "избрание", "Си Цзиньпин", None, None, "2025-09-23", "day", "published")]),  # whom he congratulates
    # probe FK (dev, fk07): «день» is a frame noun, the trigger's verb found above it
    ("«Керри и Зариф начали в Лозанне второй день переговоров»: 04",
     "Госсекретарь США Джон Керри и глава МИД Ирана Мохаммад Джавад Зариф начали в Лозанне второй день переговоров.",
     [("04", "переговоры", "Джон Керри", "Мохаммад Джавад Зариф", "Лозанна", "2025-09-23", "day", "published")]),
    # probe FK (dev, fk12): a meeting one refuses is called off (modality.tsv `cancelled`, its «от» phrase)
    ("«Дональд Трамп отказался от встречи с Ким Чен Ыном»: 12, no 04",
     "Дональд Трамп отказался от встречи с Ким Чен Ыном.",
     [("12", "отказаться", "Дональд Трамп", None, None, "2025-09-23", "day", "published")]),
    # probe FE (dev, fe05): a light verb's instrumental is what the judging noun is about; a launch stands for
    # its owner (event_words.tsv `owned`)
    ("«Пан Ги Мун выразил свое недовольство запуском КНДР ракеты»: 11 → КНДР",
     "Генеральный секретарь ООН Пан Ги Мун выразил свое недовольство запуском КНДР ракеты дальнего действия.",
     [("11", "недовольство", "Пан Ги Мун", "КНДР", None, "2025-09-23", "day", "published")]),
    # probe EW (dev, ew04): whom a visit is made to meet, named in its purpose, hosts it (not the city)
    ("«Лавров посетил Дамаск для переговоров с президентом Асадом»: 042 → Асад",
     "Во вторник глава МИД РФ Сергей Лавров посетил Дамаск для переговоров с президентом Асадом.",
     [("042", "посетить", "Сергей Лавров", "Асад", "Дамаск", "2025-09-23", "day", "text"),
      ("04", "переговоры", "Сергей Лавров", "Асад", None, "2025-09-23", "day", "text")]),
    # fifteenth round end
    # sixteenth round (docs/events.md §7): each case fails on f094afe
    # probe FO (dev, fo16): losing and getting a post (cameo.tsv L02 «лишиться пост», L01 «получить пост»)
    ("«Своих постов лишились вице-премьеры Мамметхан Чакыев и Батыр Аманов»: L02 each",
     "Своих постов лишились вице-премьеры Мамметхан Чакыев и Батыр Аманов.",
     [("L02", "лишиться", "Мамметхан Чакыев", None, None, "2025-09-23", "day", "published"),
      ("L02", "лишиться", "Батыр Аманов", None, None, "2025-09-23", "day", "published")]),
    ("«Пост получил Мыратберди Гайыпов»: L01",
     "Пост министра здравоохранения получил Мыратберди Гайыпов.",
     [("L01", "получить", "Мыратберди Гайыпов", None, None, "2025-09-23", "day", "published")]),
    # probe FO (dev, fo14): coming or going back to a post is an appointment (cameo.tsv L01 «прийти пост»,
    # «вернуться пост»), leaving it in the imperfective a resignation («покидать пост»)
    ("«На пост пришел Георгий Квирикашвили»: L01",
     "После его ухода на пост пришел Георгий Квирикашвили.",
     [("L01", "прийти", "Георгий Квирикашвили", None, None, "2025-09-23", "day", "published")]),
    ("«Гарибашвили вернулся на пост премьер-министра»: L01",
     "Ираклий Гарибашвили вернулся на пост премьер-министра в феврале.",
     [("L01", "вернуться", "Ираклий Гарибашвили", None, None, "2025-02-01", "month", "text")]),
    ("«Сегодня я покидаю пост премьер-министра, — заявил Гарибашвили»: L02",
     "Премьер Ираклий Гарибашвили покидает пост премьер-министра.",
     [("L02", "покидать", "Ираклий Гарибашвили", None, None, "2025-09-23", "day", "published")]),
    # probe FO (dev, fo16): a body named in a descriptor after the verb, a conjunct of the subject to the parser,
    # is no side of the appointment
    ("«Их кресла заняли бывший председатель агентства «…» Батыр Аннаев и …»: L01, no agency",
     "Их кресла заняли бывший председатель агентства «Туркменский морской и речной транспорт» Батыр Аннаев и "
     "бывший ректор института Батыр Маммедов.",
     [("L01", "занять", "Батыр Аннаев", None, None, "2025-09-23", "day", "published"),
      ("L01", "занять", "Батыр Маммедов", None, None, "2025-09-23", "day", "published")]),
    # probe FP (dev, fp13): «врио» an indirect object or a nominative on «орденами»: the verb's object, named
    ("«Путин наградил орденами врио глав … Дениса Пушилина и Леонида Пасечника»: L05 each",
     "Российский лидер Владимир Путин наградил орденами врио глав Донецкой и Луганской народных республик "
     "Дениса Пушилина и Леонида Пасечника.",
     [("L05", "наградить", "Денис Пушилин", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("L05", "наградить", "Леонид Пасечник", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe FP (dev, fp13): «представить к ордену» is an award (cameo.tsv L05), though «представить» lists
    # delegations at a meeting (event_words.tsv `delegation`)
    ("«К орденам были представлены митрополит Ювеналий Поярков и физик Радий Илькаев»: L05 each",
     "К орденам также были представлены митрополит Ювеналий Поярков и физик Радий Илькаев.",
     [("L05", "представить", "Ювеналий Поярков", None, None, "2025-09-23", "day", "published"),
      ("L05", "представить", "Радий Илькаев", None, None, "2025-09-23", "day", "published")]),
    # probe FK (dev, fk03): going or flying to a place is a visit (cameo.tsv 042 «ехать @LOC», «вылететь @LOC»); a
    # capital stands for its state where the article names it
    ("«Аракчи едет в Москву на переговоры с Россией»: 042 → Россия",
     "Министр иностранных дел Ирана Аббас Аракчи едет в Москву на переговоры с Россией.",
     [("042", "ехать", "Аббас Аракчи", "Россия", "Москва", "2025-09-23", "day", "published"),
      ("04", "переговоры", "Аббас Аракчи", "Россия", None, "2025-09-23", "day", "published")]),
    ("«Президент Виктор Ющенко вылетел в Москву»: 042",
     "Президент Виктор Ющенко вылетел в Москву.",
     [("042", "вылететь", "Виктор Ющенко", "Москва", "Москва", "2025-09-23", "day", "published")]),
    # probe FP (dev, fp16): who receives an event from someone is its actor2, the «от» phrase's actor1
    # (event_words.tsv `receiving`); a complement clause with no subject goes on with its verb's
    ("«Шейнбаум заявила, что уже получила поздравления от … Путина»: 051 Путин → Шейнбаум",
     "Клаудиа Шейнбаум заявила, что уже получила поздравления от президента России Владимира Путина.",
     [("01", "заявить", "Клаудиа Шейнбаум", None, None, "2025-09-23", "day", "published"),
      ("051", "поздравление", "Владимир Путин", "Клаудиа Шейнбаум", None, "2025-09-23", "day", "published")]),
    ("«Путин принял поздравления от своих коллег Си Цзиньпина и Нарендры Моди»: 051 each, no 043",
     "Владимир Путин принял поздравления от своих коллег Си Цзиньпина и Нарендры Моди.",
     [("051", "поздравление", "Си Цзиньпин", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("051", "поздравление", "Нарендра Моди", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    ("«Украина получила помощь от США»: 07 США → Украина",
     "Украина получила помощь от США.",
     [("07", "помощь", "США", "Украина", None, "2025-09-23", "day", "published")]),
    # probe FO (dev, fo07): informing someone is a statement to them (cameo.tsv 01 «проинформировать»)
    ("«Токаев подробно проинформировал Владимира Путина о текущей ситуации»: 01 → Путин",
     "Президент Казахстана Касым-Жомарт Токаев подробно проинформировал Владимира Путина о текущей ситуации в "
     "Казахстане.",
     [("01", "проинформировать", "Касым-Жомарт Токаев", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe FO (dev, fo07): a descriptor with a country may name the last person not introduced with another
    # country (referents), not one named only inside quote marks (probe FK, fk01)
    ("«Путин провел разговор с президентом Казахстана …, российский лидер поддержал его предложение»: 051 Путин",
     "Владимир Путин провел телефонный разговор с президентом Казахстана Касым-Жомартом Токаевым, российский лидер "
     "поддержал его предложение провести заседание.",
     [("04", "разговор", "Владимир Путин", "Касым-Жомарт Токаев", None, "2025-09-23", "day", "published"),
      ("051", "поддержать", "Владимир Путин", "Касым-Жомарт Токаев", None, "2025-09-23", "day", "published")]),
    ("«…будет Джордж Буш», — заявил венесуэльский лидер: Чавес, not Буш",
     "Сам Уго Чавес в интервью выразился более конкретно. «Если меня убьют, то виновником моей смерти будет Джордж "
     "Буш», — заявил венесуэльский лидер. Ричард Баучер назвал эти заявления ужасными.",
     [("01", "заявить", "Уго Чавес", None, None, "2025-09-23", "day", "published"),
      ("11", "назвать", "Ричард Баучер", "Уго Чавес", None, "2025-09-23", "day", "published")]),
    # probe FP (dev, fp15): approving an act is that act's event, no praise (rows._approves_an_act); approving
    # a decision is endorsing whose it is
    ("«Байден одобрил новый транш помощи Украине»: 07, no 051",
     "Президент США Джо Байден одобрил новый транш помощи Украине на 675 миллионов долларов.",
     [("07", "помощь", "Джо Байден", "Украина", None, "2025-09-23", "day", "published")]),
    ("«Байден одобрил решение Конгресса»: 051",
     "Президент США Джо Байден одобрил решение Конгресса.",
     [("051", "одобрить", "Джо Байден", "Конгресс", None, "2025-09-23", "day", "published")]),
    # probe FP (dev, fp10): a sentence that names no one, its main verb's subject dropped, is parsed too
    # (article._dropped_subject_verb): it goes on with the person the text is about
    ("«Хасина находилась у власти 15 лет. Однако вчера, 4 августа, подала в отставку …»: L02",
     "Премьер-министр Бангладеш Хасина находилась у власти 15 лет. Однако вчера, 4 августа, подала в отставку и "
     "покинула страну.",
     [("L02", "подать", "Хасина", None, None, "2025-08-04", "day", "text")]),
    # sixteenth round end
    # seventeenth round (docs/events.md §7): each case fails on b935091
    # probe FT (dev, ft10): a post with countries as owners names the people the text introduces with it after it
    ("«переговоры с участием президентов Армении и Азербайджана» ¶ «… президент Армении Серж Саргсян …»: the two",
     "В резиденции президента России Дмитрия Медведева начались трехсторонние переговоры с участием президентов "
     "Армении и Азербайджана. С армянской стороны в них участвует президент Армении Серж Саргсян, с "
     "азербайджанской — президент Азербайджана Ильхам Алиев.",
     [("04", "переговоры", "Серж Саргсян", "Ильхам Алиев", "Россия", "2025-09-23", "day", "published")]),
    # probe FT (dev, ft13, ft16): a person's event in the «с» phrase of «поздравить» is whom it congratulates
    # (event_words.tsv `congratulating`)
    ("«Обама поздравил Владимира Путина с победой на президентских выборах»: 051, and L03 Путин",
     "Президент США Барак Обама поздравил Владимира Путина с победой на президентских выборах.",
     [("051", "поздравить", "Барак Обама", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("L03", "победа", "Владимир Путин", None, None, "2025-09-23", "day", "published")]),
    # probes FU (dev, fu06, fu14) and FJ: overthrowing and removing from leadership are L02, swearing in L01
    # (cameo.tsv L02 «свергнуть», «отстранить руководство», L01 «принести присяга»)
    ("«Мурси был свергнут армией»: L02",
     "Президент Египта Мохаммед Мурси был свергнут армией.",
     [("L02", "свергнуть", "Мохаммед Мурси", "Египет", None, "2025-09-23", "day", "published")]),
    ("«Комитет по этике ФИФА отстранил Йозефа Блаттера от руководства»: L02",
     "Комитет по этике ФИФА отстранил Йозефа Блаттера от руководства организацией на 90 дней.",
     [("L02", "отстранить", "Йозеф Блаттер", "Комитет по этике ФИФА", None, "2025-09-23", "day", "published")]),
    ("«Адли Мансур принес присягу в качестве временного президента страны»: L01",
     "Глава Конституционного суда Египта Адли Мансур принес присягу в качестве временного президента страны.",
     [("L01", "принести", "Адли Мансур", "Египет", None, "2025-09-23", "day", "published")]),
    # probe FT (dev, ft05): talking by telephone is a meeting (cameo.tsv 04 «говорить телефон»), and a call has two
    # sides: the partners of one subject are not paired (event_words.tsv `telephone`)
    ("«Медведев отметил, что говорил по телефону с Коморовским, а также с Туском»: two calls",
     "Президент России Дмитрий Медведев отметил, что говорил по телефону с маршалом Сейма Брониславом "
     "Коморовским, а также с премьером Дональдом Туском.",
     [("04", "говорить", "Дмитрий Медведев", "Бронислав Коморовский", None, "2025-09-23", "day", "published"),
      ("04", "говорить", "Дмитрий Медведев", "Дональд Туск", None, "2025-09-23", "day", "published")]),
    # probe FU (dev, fu05): declaring someone wanted is CAMEO's 173 (cameo.tsv «объявить розыск»), not a statement
    ("«МВД России объявило в международный розыск … Михаила Саакашвили»: 173",
     "МВД России объявило в международный розыск бывшего президента Грузии Михаила Саакашвили.",
     [("173", "объявить", "МВД России", "Михаил Саакашвили", None, "2025-09-23", "day", "published")]),
    # seventeenth round end
    # eighteenth round (docs/events.md §7): each case fails on dd58da3
    # probe FT (dev, ft02): a finite verb the parser conjoins to an infinitive is its governing verb's conjunct
    ("«Медведев поручил полпреду проанализировать работу и пригрозил поменять власть»: Медведев threatens",
     "Тогда Медведев поручил полпреду в Северо-Западном федеральном округе проанализировать работу "
     "обладминистрации и пригрозил поменять власть в регионе.",
     [("13", "пригрозить", "Медведев", None, None, "2025-09-23", "day", "published")]),
    # probe FP (dev, fp14): seizing a town, a capital, a palace, an airport is the use of military force
    # (cameo.tsv 190 «захватить город», «захватить дворец» …)
    ("«Армия Судана захватила президентский дворец»: 190",
     "Армия Судана захватила президентский дворец.",
     [("190", "захватить", "Армия Судана", None, None, "2025-09-23", "day", "published")]),
    # probes FP, FF, FE (dev: fp07, ff12, fe12): taking hostages is an assault (cameo.tsv 18 «взять заложник»,
    # «захватить заложник»)
    ("«члены картеля «Синалоа» взяли в заложники трёх солдат»: 18",
     "Сообщалось, что члены картеля «Синалоа» взяли в заложники трёх солдат.",
     [("18", "взять", "Синалоа", None, None, "2025-09-23", "day", "published")]),
    # probe FU (dev, fu07): a ban on deliveries is an embargo (cameo.tsv 163 noun «запрет поставка», beside
    # «запрет ввоз»)
    ("«Роспотребнадзор ввел запрет на поставки в Россию продукции компании Roshen»: 163",
     "Ранее Роспотребнадзор ввел запрет на поставки в Россию продукции компании Roshen.",
     [("163", "запрет", "Роспотребнадзор", None, "Россия", "2025-09-23", "day", "published")]),
    # probe FE (dev, fe12): a noun a number counts («251 заложника», singular after the numeral) is a group, no one
    # person a descriptor stands for (it named Трамп, the man named last)
    ("«… план президента США Дональда Трампа … . «Хамас» захватил 251 заложника»: no Трамп",
     "Госсекретарь Марко Рубио заявил, что Израиль должен прекратить наносить удары по сектору Газа, чтобы начал "
     "работать план президента США Дональда Трампа в части освобождения заложников. 7 октября 2023 года «Хамас» "
     "захватил 251 заложника.",
     [("01", "заявить", "Марко Рубио", None, None, "2025-09-23", "day", "published"),
      ("190", "удар", "Израиль", "Сектор Газа", None, "2025-09-23", "day", "published"),
      ("18", "захватить", "Хамас", None, None, "2023-10-07", "day", "text")]),
    # probe FZ (dev, x08): people put under a dismissal («под увольнение попали …», event_words.tsv `undergoing`) are
    # whom it is about; who last dismissed (or signed the decrees) did it
    ("«… освободил от должностей пятерых послов. Так, под увольнение попали X и Y»: L02 X, Y ← Зеленский",
     "Президент Владимир Зеленский в среду подписал ряд указов, которыми освободил от занимаемых должностей пятерых "
     "послов. Так, под увольнение попали посол Украины в Бразилии Ростислав Троненко и посол в Армении Иван Кулеба.",
     [("L02", "увольнение", "Ростислав Троненко", "Владимир Зеленский", None, "2025-09-23", "day", "published"),
      ("L02", "увольнение", "Иван Кулеба", "Владимир Зеленский", None, "2025-09-23", "day", "published")]),
    # probe FY (dev, x14): destroying boats, tanks, depots or positions is the use of military force (cameo.tsv 190
    # «уничтожить судно» …); «Военные США», an adjective used as a noun before an abbreviation the tagger leaves in
    # the nominative, act for the state (offices._stands_for)
    ("«Военные США уничтожили четыре надводных судна хуситов»: 190 США",
     "Военные США уничтожили четыре надводных судна хуситов в Красном море.",
     [("190", "уничтожить", "США", None, None, "2025-09-23", "day", "published")]),
    # probe FY (dev, x14): a sea is where a target is, never the target (event_words.tsv `water`)
    ("«ВМС Украины атаковали российский корабль в Черном море»: the sea is the place",
     "ВМС Украины атаковали российский корабль в Черном море.",
     [("190", "атаковать", "ВМС Украины", None, "Черное море", "2025-09-23", "day", "published")]),
    # probe FY (dev, x16): an offensive operation and rockets fired are the use of military force (cameo.tsv 190
    # noun «операция наступательный», verb «выпустить ракета»)
    ("«армия обороны Израиля начала наступательную операцию против «Хезболлы»»: 190",
     "Армия обороны Израиля начала наступательную операцию против «Хезболлы» в Ливане.",
     [("190", "операция", "Армия обороны Израиля", "Хезболла", "Ливан", "2025-09-23", "day", "published")]),
    ("«Хезболла» выпустила ракеты и беспилотники в сторону Хайфы»: 190",
     "Израильские военные сообщили, что «Хезболла» выпустила ракеты и беспилотники в сторону Хайфы.",
     [("190", "выпустить", "Хезболла", "Хайфа", None, "2025-09-23", "day", "published")]),
    # probes FZ (dev, x11) and FO: an appointment whose sentence names neither who appoints nor a body is the
    # decision of who last made one in the article (person_frames.about_a_person, context.last_doer)
    ("«Лукашенко подписал указ о назначении … главы МИД. … ведомство возглавит Максим Рыженков»: ← Лукашенко",
     "Президент Белоруссии Александр Лукашенко подписал указ о назначении нового главы МИД страны. Как сообщает "
     "БелТа, ведомство возглавит Максим Рыженков, который до этого был первым заместителем главы администрации "
     "президента.",
     [("L01", "возглавить", "Максим Рыженков", "Александр Лукашенко", None, "2025-09-23", "day", "published")]),
    # probe FY (dev, x09): «развернуть» carries an offensive as «начать» does (event_words.tsv `light`); the military
    # by a country's adjective act for the state the article names
    ("«азербайджанские военные развернули полномасштабное наступление»: 190 Азербайджан",
     "По данным Минобороны Азербайджана, вооружённые силы Армении и Нагорно-Карабахской республики 127 раз нарушили "
     "режим прекращения огня. По версии Еревана, азербайджанские военные развернули полномасштабное наступление с "
     "использованием танков, артиллерии и авиации, пытаясь прорвать оборону.",
     [("190", "наступление", "Азербайджан", None, None, "2025-09-23", "day", "published")]),
    # probe FY (dev, x09): laying the blame on someone is an accusation (cameo.tsv 112 «возложить вина»)
    ("«Минобороны Армении возложило вину за эскалацию конфликта на Баку»: 112",
     "Минобороны Армении возложило вину за эскалацию конфликта на Баку.",
     [("112", "возложить", "Минобороны Армении", None, None, "2025-09-23", "day", "published")]),
    # probe FY (dev, x06, «санкции коснутся …»): an event noun that is the subject of a verb of reaching aims at the
    # verb's object (event_words.tsv `affecting`)
    ("«Новые санкции Евросоюза затронули Сбербанк и ВТБ»: 163 ЕС → each",
     "Новые санкции Евросоюза затронули Сбербанк и ВТБ.",
     [("163", "санкция", "ЕС", "Сбербанк", None, "2025-09-23", "day", "published"),
      ("163", "санкция", "ЕС", "ВТБ", None, "2025-09-23", "day", "published")]),
    # eighteenth round end
    # nineteenth round (docs/events.md §7): each case fails on 8e34a78
    # probe GD (dev, x08, x10, x06): a term received («получил 15 лет тюрьмы», «получил условный срок») is a sentence,
    # the subject the one sentenced (cameo.tsv 173 nouns «год тюрьма», «срок условный» …; a verb of `receiving`)
    ("«… а Ван Лицзюн получил 15 лет тюрьмы»: 173 → Ван Лицзюн",
     "Первую приговорили к смертной казни с отсрочкой на два года, а Ван Лицзюн получил 15 лет тюрьмы за "
     "государственную измену.",
     [("173", "год", None, "Ван Лицзюн", None, "2025-09-23", "day", "published")]),
    # probe GD (dev, x11): catching someone is an arrest (cameo.tsv 173 «поймать», «поимка»)
    ("«В январе 2016 года Гусмана вновь поймали»: 173",
     "В январе 2016 года Гусмана вновь поймали; задержание проходило при участии морской пехоты.",
     [("173", "поймать", None, "Гусман", None, "2016-01-01", "month", "text")]),
    # probe GD (dev, x01, x12): an exchange of prisoners is a release by both sides (cameo.tsv 084 «обмен пленный»,
    # «обменяться шпион» …, flag together, partner «с»); the noun right after a noun trigger, hung by the parser
    # on the trigger's own verb, is its condition word all the same (triggers.condition_word)
    ("«Россия и Украина провели обмен пленными»: 084 Россия — Украина",
     "Россия и Украина провели обмен пленными.",
     [("084", "обмен", "Россия", "Украина", None, "2025-09-23", "day", "published")]),
    ("«Литва обменялась с Россией шпионами»: 084 Литва — Россия",
     "Литва обменялась с Россией шпионами.",
     [("084", "обменяться", "Литва", "Россия", None, "2025-09-23", "day", "published")]),
    # probe GE (dev, ge06): an event noun a relative clause in the future tells of is yet to come, as a planned one
    # («встречи …, которая состоится 26 августа»): 036, not 04
    ("«обсудили организацию встречи президентов …, которая состоится 26 августа»: 036",
     "Главы государств обсудили вопросы организации встречи президентов Беларуси, Казахстана, России и Украины, "
     "которая состоится 26 августа в Минске.",
     [("036", "встреча", "Белоруссия", "Казахстан", None, "2025-09-23", "day", "published"),
      ("036", "встреча", "Белоруссия", "Россия", None, "2025-09-23", "day", "published"),
      ("036", "встреча", "Белоруссия", "Украина", None, "2025-09-23", "day", "published"),
      ("036", "встреча", "Казахстан", "Россия", None, "2025-09-23", "day", "published"),
      ("036", "встреча", "Казахстан", "Украина", None, "2025-09-23", "day", "published"),
      ("036", "встреча", "Россия", "Украина", None, "2025-09-23", "day", "published")]),
    # probe GE (dev, ge01): a passive with «будет» is in the future too (its `aux:pass`), and an active verb conjoined
    # to a passive one has its passive subject as its own
    ("«Райс будет принята президентом Франции …, затем проведет переговоры с …»: 036 both",
     "Государственный секретарь США Кондолиза Райс будет принята президентом Франции Жаком Шираком, затем проведет "
     "переговоры с министром иностранных дел Филиппом Дуст-Блази.",
     [("036", "принять", "Жак Ширак", "Кондолиза Райс", None, "2025-09-23", "day", "published"),
      ("036", "переговоры", "Кондолиза Райс", "Филипп Дуст-Блази", None, "2025-09-23", "day", "published")]),
    # probe GE (dev, ge07): an oblique before the main verb, hung by the parser on the verb of the «что» clause after
    # it, is the main verb's: «по итогам переговоров» makes Керри a side (clause_subjects.main_clause_oblique)
    ("«Керри по итогам переговоров с … Лавровым заявил, что …»: 04 Керри — Лавров",
     "Госсекретарь США Джон Керри по итогам переговоров с министром иностранных дел России Сергеем Лавровым заявил, "
     "что стороны согласовали шаги.",
     [("04", "переговоры", "Джон Керри", "Сергей Лавров", None, "2025-09-23", "day", "published"),
      ("01", "заявить", "Джон Керри", "Сергей Лавров", None, "2025-09-23", "day", "published")]),
    # probe GD (dev, x10): crimes stand for who committed them as what a judging verb is about, as actions do
    # (event_words.tsv `owned` «преступление», «слово»)
    ("«Судья Денни Чин назвал преступления Мэдоффа «невероятным злом»»: 11 Чин → Мэдофф",
     "Судья окружного суда Манхэттена Денни Чин назвал преступления Мэдоффа \"невероятным злом\".",
     [("11", "назвать", "Денни Чин", "Мэдофф", None, "2025-09-23", "day", "published")]),
    # probe GD (dev, x02): a word of condemnation on the genitive of the predicated noun, or of its conjunct, judges
    # too («организатором, руководителем противоправной деятельности»; event_words.tsv blame «противоправный»)
    ("«Тертель назвал Бабарико «… организатором, руководителем противоправной деятельности»»: 11",
     "Глава КГК Иван Тертель назвал Виктора Бабарико «непосредственным организатором, руководителем противоправной "
     "деятельности».",
     [("11", "назвать", "Иван Тертель", "Виктор Бабарико", None, "2025-09-23", "day", "published")]),
    # probes FU (dev, fu14) and FP (dev, fp01): charging someone with a crime by «вменять», «инкриминировать» (cameo.tsv
    # 112 verbs; the crime is their object or the passive's subject) is criminal proceedings, 173, as «обвиняют в
    # хищении» is
    ("«В частности, Блаттеру инкриминируется дача взятки Платини»: 173 → Блаттер",
     "Йозефа Блаттера подозревают в халатности. В частности, Блаттеру инкриминируется дача взятки Платини.",
     [("173", "подозревать", None, "Йозеф Блаттер", None, "2025-09-23", "day", "published"),
      ("173", "инкриминировать", None, "Йозеф Блаттер", None, "2025-09-23", "day", "published")]),
    # nineteenth round end
    # twentieth round (docs/events.md §7): each case fails on 1af03b0
    # probe GI (dev, gi12): a genitive name right after an inanimate noun, which the parser hangs in apposition on a
    # noun after it, is that noun's (appositions.rehang_names); nor does the parse make him the one named «главой
    # региона», whom «президент» might be (descriptors._predicated): the post's region is the appointment's actor2
    ("«принял отставку Амана Тулеева, …, — … назначил заместителя Тулеева …»: L02 Тулеев — Путин",
     "Владимир Путин 1 апреля принял отставку Амана Тулеева, в последние 20 лет руководившего Кемеровской "
     "областью, — тем же указом временным главой региона президент назначил заместителя Тулеева Сергея Цивилёва.",
     [("L02", "принять", "Аман Тулеев", "Владимир Путин", None, "2025-04-01", "day", "text"),
      ("L01", "назначить", "Сергей Цивилёв", "Кемеровская область", None, "2025-09-23", "day", "published")]),
    # probe GJ (dev, gj09): a war between two states is a fight (cameo.tsv 19 «война»); «страны» after it are its
    # sides (event_words.tsv `parties`); a nominative noun the parser hangs on an abbreviation in a phrase of
    # mediation is the verb's subject, not the abbreviation (clause_subjects.fronted_abbreviation)
    ("«Война между ДР Конго и Руандой … при посредничестве США страны подписали …»: 19, 04, 057",
     "Война между ДР Конго и Руандой началась в марте 2022 года. В июле при посредничестве США страны подписали "
     "рамочное соглашение о прекращении боев.",
     [("19", "война", "ДР Конго", "Руанда", None, "2022-03-01", "month", "text"),
      ("04", "посредничество", "США", "ДР Конго", None, "2025-07-01", "month", "text"),
      ("04", "посредничество", "США", "Руанда", None, "2025-07-01", "month", "text"),
      ("04", "посредничество", "ДР Конго", "Руанда", None, "2025-07-01", "month", "text"),
      ("057", "подписать", "ДР Конго", "Руанда", None, "2025-07-01", "month", "text")]),
    # probe GJ (dev, gj05): an insult of the mind is a word of condemnation (event_words.tsv `blame`
    # «ненормальный», «сумасшедший», «психопат» …): «назвать @BLAME» is a disapproval
    ("«Ким Чен Ын назвал Дональда Трампа «психически ненормальным»»: 11",
     "Ранее Ким Чен Ын назвал Дональда Трампа «психически ненормальным».",
     [("11", "назвать", "Ким Чен Ын", "Дональд Трамп", None, "2025-09-23", "day", "published")]),
    # probe GI (dev, gi15): who goes out «с пикетами», or stands «в пикетах», joins a protest (event_words.tsv `joining`
    # «выйти с», «стоять в»); the phrase the parser hangs on the place before it is the verb's (objects.joined_phrase)
    ("«депутаты … вышли к зданию Законодательного Собрания с одиночными пикетами»: 14",
     "Муниципальные депутаты Павел Кондрашов и Никита Кириллов вышли к зданию Законодательного Собрания с "
     "одиночными пикетами.",
     [("14", "пикет", "Павел Кондрашов", None, None, "2025-09-23", "day", "published"),
      ("14", "пикет", "Никита Кириллов", None, None, "2025-09-23", "day", "published")]),
    ("«Депутаты … стояли в одиночных пикетах»: 14",
     "Депутаты Павел Кондрашов и Никита Кириллов стояли в одиночных пикетах у здания парламента.",
     [("14", "пикет", "Павел Кондрашов", None, None, "2025-09-23", "day", "published"),
      ("14", "пикет", "Никита Кириллов", None, None, "2025-09-23", "day", "published")]),
    # probe GI (dev, gi15): «они», the subject, with no one named before it in its sentence, stands for the people
    # coordinated as the subject of the sentence before (referents._coordinated_subject_before)
    ("«Депутаты Павел Кондрашов и Никита Кириллов вышли … . Тем самым они протестуют против …»: 14 both",
     "Муниципальные депутаты Павел Кондрашов и Никита Кириллов вышли к зданию Законодательного Собрания с "
     "плакатами. Тем самым они протестуют против вмешательства в дела округа депутата Сергея Никешина.",
     [("14", "протестовать", "Павел Кондрашов", "Сергей Никешин", None, "2025-09-23", "day", "published"),
      ("14", "протестовать", "Никита Кириллов", "Сергей Никешин", None, "2025-09-23", "day", "published")]),
    # probe GJ (dev, gj06): a passive participle of an event noun brings its partner phrase («против него») as it
    # does its agent, and an abbreviation is its agent whatever case the tagger gives it (noun_frames.noun_frame)
    ("«Мадуро заявил, что горд санкциями, введенными против него США»: 163 США — Мадуро",
     "Президент Венесуэлы Николас Мадуро заявил, что горд санкциями, введенными против него США.",
     [("01", "заявить", "Николас Мадуро", None, None, "2025-09-23", "day", "published"),
      ("163", "санкция", "США", "Николас Мадуро", None, "2025-09-23", "day", "published")]),
    ("«Санкции, введенные Евросоюзом против России, …»: 163 ЕС — Россия",
     "Санкции, введенные Евросоюзом против России, вступили в силу.",
     [("163", "санкция", "ЕС", "Россия", None, "2025-09-23", "day", "published")]),
    # probe GI (dev, gi08): a statement at a meeting the sentence tells addresses the speaker's other side there, when
    # its cue is a quote's («отметил, что …», statements._met_in_sentence), as a statement verb's does
    ("«На встрече с Дубровским Путин отметил, что …»: 01 Путин → Дубровский",
     "На встрече с Борисом Дубровским Владимир Путин отметил, что предприятия области не все в надлежащем "
     "состоянии.",
     [("04", "встреча", "Владимир Путин", "Борис Дубровский", None, "2025-09-23", "day", "published"),
      ("01", "отметить", "Владимир Путин", "Борис Дубровский", None, "2025-09-23", "day", "published")]),
    # probe GI (dev, gi12): deciding to leave one's post, in the past, is the resignation (modality.tsv `decision`),
    # not an intent, which leaving has no code for; deciding to meet is still an intended meeting
    ("«Аман Тулеев решил покинуть пост по собственному желанию»: L02",
     "В документе указано, что Аман Тулеев решил покинуть пост по собственному желанию.",
     [("L02", "покинуть", "Аман Тулеев", None, None, "2025-09-23", "day", "published")]),
    ("«Президент Владимир Путин решил встретиться с Дональдом Трампом»: 036",
     "Президент Владимир Путин решил встретиться с Дональдом Трампом.",
     [("036", "встретиться", "Владимир Путин", "Дональд Трамп", None, "2025-09-23", "day", "published")]),
    # probe FJ (dev, fj08): one's own decision to leave carries no one who made it from a sentence before
    # (person_frames: `modality.decided`)
    ("«… принял отставку … Махинды Раджапаксы. 9 мая Махинда Раджапакса решил покинуть пост …»: no doer carried",
     "Президент Шри-Ланки Готабая Раджапакса принял отставку премьер-министра Махинды Раджапаксы. 9 мая Махинда "
     "Раджапакса решил покинуть пост премьера на фоне массовых протестов.",
     [("L02", "принять", "Махинда Раджапакса", "Готабая Раджапакса", None, "2025-09-23", "day", "published"),
      ("L02", "покинуть", "Махинда Раджапакса", None, None, "2025-05-09", "day", "text")]),
    # probe GJ (dev, gj02): the names after a dash that the parser hangs as a parataxis on a plural or counted noun
    # are that noun's, in apposition, places too (repairs._dashed_list)
    ("«четыре арабские державы — Саудовская Аравия, ОАЭ, Египет и Бахрейн — заявили о разрыве … с Катаром»: 16",
     "Сегодня утром четыре арабские державы — Саудовская Аравия, ОАЭ, Египет и Бахрейн — заявили о разрыве "
     "дипломатических связей с Катаром.",
     [("01", "заявить", "Саудовская Аравия", None, None, "2025-09-23", "day", "text"),
      ("01", "заявить", "ОАЭ", None, None, "2025-09-23", "day", "text"),
      ("01", "заявить", "Египет", None, None, "2025-09-23", "day", "text"),
      ("01", "заявить", "Бахрейн", None, None, "2025-09-23", "day", "text"),
      ("16", "разрыв", "Саудовская Аравия", "Катар", None, "2025-09-23", "day", "text"),
      ("16", "разрыв", "ОАЭ", "Катар", None, "2025-09-23", "day", "text"),
      ("16", "разрыв", "Египет", "Катар", None, "2025-09-23", "day", "text"),
      ("16", "разрыв", "Бахрейн", "Катар", None, "2025-09-23", "day", "text")]),
    # twentieth round end
    # twentyfirst round (docs/events.md §7): each case fails on 29efcdc
    # probe GO (dev, go16): a relative «который» inside a few words of its phrase after the comma («, разговор с
    # которым») stands for the person right before the comma, not the thing the parser hangs the clause on
    # (field_view.relative_antecedent)
    ("«пожелания от президента РФ Владимира Путина, разговор с которым состоялся накануне»: 04 Володин — Путин",
     "Вячеслав Володин передал самые добрые пожелания от президента РФ Владимира Путина, разговор с которым "
     "состоялся накануне.",
     [("04", "разговор", "Вячеслав Володин", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe GN (dev, gn05): a noun a number counts is a group, whatever number the tagger gives it, and «в том
    # числе» after it names some of them (EventSentence.counted)
    ("«задержаны 42 человека, в том числе Надежда Митюшкина, Евгений Левкович …»: 173 for each named",
     "Были задержаны 42 человека, в том числе Надежда Митюшкина, Евгений Левкович, Владимир Акименков.",
     [("173", "задержать", None, "Надежда Митюшкина", None, "2025-09-23", "day", "published"),
      ("173", "задержать", None, "Евгений Левкович", None, "2025-09-23", "day", "published"),
      ("173", "задержать", None, "Владимир Акименков", None, "2025-09-23", "day", "published")]),
    # probe GN (dev, gn03): official style capitalises a post («Президенту»), which the tagger calls a name; inside
    # a sentence it is a descriptor as the lower-case word is (referents._capitalised_post)
    ("«Игорь Сечин сообщил Президенту о подписании соглашения»: 01 Сечин — Путин",
     "Президент России Владимир Путин прибыл в Сочи. Глава «Роснефти» Игорь Сечин сообщил Президенту о подписании "
     "соглашения.",
     [("042", "прибыть", "Владимир Путин", "Сочи", "Сочи", "2025-09-23", "day", "published"),
      ("01", "сообщить", "Игорь Сечин", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("057", "подписание", "Игорь Сечин", None, None, "2025-09-23", "day", "published")]),
    # probe GN (dev, gn08): a post's owner and its holder's name may have the place the post is held at between them
    # («посол США в России Джон Хантсман»): «Посол США» is the one so introduced (referents._posted_at)
    ("«Новый посол США в России Джон Хантсман …. Посол США встретится с … Куйвашевым»: 036 Хантсман — Куйвашев",
     "Новый посол США в России Джон Хантсман посетит сегодня Екатеринбург. Посол США встретится с губернатором "
     "Свердловской области Евгением Куйвашевым.",
     [("036", "посетить", "Джон Хантсман", "Екатеринбург", "Екатеринбург", "2025-09-23", "day", "text"),
      ("036", "встретиться", "Джон Хантсман", "Евгений Куйвашев", None, "2025-09-23", "day", "published")]),
    # probe GN (dev, gn08): an infinitive whose predicate is a noun of intent (modality.tsv `intent` «план») is
    # intended, and the noun's genitive owner does it (modality.modality, EventSentence.subjects)
    ("«В планах дипломата встретиться с … Куйвашевым»: 036 Хантсман — Куйвашев",
     "Посол США Джон Хантсман прибыл в Екатеринбург. В планах дипломата встретиться с Евгением Куйвашевым.",
     [("042", "прибыть", "Джон Хантсман", "Екатеринбург", "Екатеринбург", "2025-09-23", "day", "published"),
      ("036", "встретиться", "Джон Хантсман", "Евгений Куйвашев", None, "2025-09-23", "day", "published")]),
    # probe GO (dev, go08): a decree «об освобождении от должности» names the person on the post its frame holds
    # («главы Удмуртии Александра Соловьева»), who comes first; the decree's signer second (noun_frames.noun_frame)
    ("«подписал указ об освобождении от должности главы Удмуртии Александра Соловьева»: L02 Соловьев — Путин",
     "Президент России Владимир Путин подписал указ об освобождении от должности главы Удмуртии Александра "
     "Соловьева.",
     [("L02", "освобождение", "Александр Соловьев", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe GN (dev, gn15): reporting to someone is a statement to them (cameo.tsv 01 «доложить о», «докладывать
    # о»), the dative its addressee
    ("«Гольдштейн доложил Владимиру Путину о социально-экономическом состоянии региона»: 01 Гольдштейн — Путин",
     "Ростислав Гольдштейн доложил Владимиру Путину о социально-экономическом состоянии региона.",
     [("01", "доложить", "Ростислав Гольдштейн", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # twentyfirst round end
    # twentysecond round (docs/events.md §7): each case fails on 02cde3e
    # probe GT (dev, gt04, gt11): the best in a field that «стать» or «признать» predicates of a person is an award
    # (cameo.tsv L05 «стать @BEST», «признать @BEST»; event_words.tsv `best`, read as written: the tagger's lemma of
    # «лучшим» is «хороший»)
    ("«лучшим режиссером стал Гильермо дель Торо»: L05 дель Торо",
     "На церемонии в Лос-Анджелесе лучшим режиссером стал Гильермо дель Торо.",
     [("L05", "стать", "Гильермо дель Торо", None, "Лос-Анджелес", "2025-09-23", "day", "published")]),
    ("«лучшей актрисой была признана Тереса Мальвар»: L05 Мальвар",
     "На фестивале лучшей актрисой была признана Тереса Мальвар.",
     [("L05", "признать", "Тереса Мальвар", None, None, "2025-09-23", "day", "published")]),
    # probe GS (dev, gs02): a decision on a post whose verb has a subject of its own, though no entity («Совет
    # директоров»), was not made by the one who last made such a decision in the article (person_frames._other_subject)
    ("«Совет директоров «Аэрофлота» досрочно отправил в отставку Окулова» after Путин's decree: no Путин",
     "Распоряжение о назначении Валерия Окулова подписал премьер-министр Владимир Путин. Совет директоров "
     "«Аэрофлота» досрочно отправил в отставку Окулова.",
     [("L01", "назначение", "Валерий Окулов", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("L02", "отправить", "Валерий Окулов", None, None, "2025-09-23", "day", "published")]),
    # probe GS (dev, gs07): revoking a licence or an accreditation is CAMEO 172, administrative sanctions (cameo.tsv);
    # the licence's owner, its genitive or «у» phrase, is whom it is done to
    ("«Росавиация аннулировала лицензию авиакомпании «Трансаэро»»: 172 Росавиация — Трансаэро",
     "Росавиация аннулировала лицензию авиакомпании «Трансаэро».",
     [("172", "аннулировать", "Росавиация", "Трансаэро", None, "2025-09-23", "day", "published")]),
    ("«Банк России объявил об отзыве лицензии у банка «Югра»»: 172 Банк России — Югра",
     "Банк России объявил об отзыве лицензии у банка «Югра».",
     [("01", "объявить", "Банк России", None, None, "2025-09-23", "day", "published"),
      ("172", "отзыв", "Банк России", "Югра", None, "2025-09-23", "day", "published")]),
    # probe GT (dev, gt01): a sportsman's noun resolves to someone introduced with his position on the team
    # (speech_cues.tsv `descriptor`: футболист → нападающий, полузащитник, вратарь …)
    ("«нападающий «Зенита» Андрей Аршавин … футболист провел встречу с … Кондратьевым»: 04 Аршавин — Кондратьев",
     "Бывший нападающий «Зенита» Андрей Аршавин перешел в «Кубань». Напомним, 6 июля футболист провел встречу с "
     "врио губернатора Краснодарского края Вениамином Кондратьевым.",
     [("04", "встреча", "Андрей Аршавин", "Вениамин Кондратьев", None, "2025-07-06", "day", "text")]),
    # probe GS (dev, gs09): a relative clause the parser hangs on the noun of a prepositional phrase its verb takes
    # («встретился» ← «президентом») has that phrase as its oblique (repairs._relative_clause_on_its_oblique)
    ("«Визит Путина в Австрию, в ходе которого он встретился с президентом страны Александром Ван дер Белленом»",
     "Визит Путина в Австрию, в ходе которого он встретился с президентом страны Александром Ван дер Белленом, "
     "приурочен к юбилею контракта.",
     [("042", "визит", "Путин", "Австрия", "Австрия", "2025-09-23", "day", "published"),
      ("04", "встретиться", "Путин", "Александр Ван дер Беллен", None, "2025-09-23", "day", "published")]),
    # twentysecond round end
    # twentythird round (docs/events.md §7): each case fails on eb6552b
    # probe GY (dev, gy12): a measure chosen «в отношении» people: the parser hangs the phrase on the object's
    # genitive («меру пресечения»), whose partners are the trigger's (frames: the condition word's genitive)
    ("«Басманный суд избрал меру пресечения в отношении Армена Арамяна и Аллы Гутниковой»: 173 суд → both",
     "Вечером Басманный суд избрал меру пресечения в отношении Армена Арамяна и Аллы Гутниковой.",
     [("173", "избрать", "Басманный суд", "Армен Арамян", None, "2025-09-23", "day", "published"),
      ("173", "избрать", "Басманный суд", "Алла Гутникова", None, "2025-09-23", "day", "published")]),
    # probe GY (dev, gy04): names a colon lists after a passive verb with no subject are its subject
    # (clause_subjects.colon_list_subject; the parser makes them a clause of their own); «Валерия Зинякина», which the
    # tagger reads there as a man's genitive, is the woman the next sentence writes (entities._canonical)
    ("«Задержаны: Роман Рословцев, Валерия Зинякина и Леонид Михайлов»: 173 → each",
     "Задержаны: Роман Рословцев, Валерия Зинякина и Леонид Михайлов. Валерия Зинякина рассказала об этом.",
     [("173", "задержать", None, "Роман Рословцев", None, "2025-09-23", "day", "published"),
      ("173", "задержать", None, "Валерия Зинякина", None, "2025-09-23", "day", "published"),
      ("173", "задержать", None, "Леонид Михайлов", None, "2025-09-23", "day", "published"),
      ("01", "рассказать", "Валерия Зинякина", None, None, "2025-09-23", "day", "published")]),
    # probe GX (dev, gx02): a «что» clause on a correlative «о том» is its verb's complement, so a clause with no
    # subject of its own goes on with the teller, as after «заявил, что» (EventSentence.subjects)
    ("«Сергей Сидоров объявил о том, что уходит с поста главы «Газпрома»»: L02 Сидоров → Газпром",
     "Сергей Сидоров объявил о том, что уходит с поста главы «Газпрома».",
     [("01", "объявить", "Сергей Сидоров", None, None, "2025-09-23", "day", "published"),
      ("L02", "уходить", "Сергей Сидоров", "Газпром", None, "2025-09-23", "day", "published")]),
    # probe GY (dev, gy16): a term given to someone, a dative, is a sentence, not the idiom «назначить срок» (set a
    # date): rows._idiom gives way to «назначить @TERM» with a dative
    ("«Судья Сергей Подопригоров назначил Владимиру Кара-Мурзе срок»: 173 Подопригоров → Кара-Мурза",
     "Судья Сергей Подопригоров назначил Владимиру Кара-Мурзе срок по совокупности приговоров.",
     [("173", "назначить", "Сергей Подопригоров", "Владимир Кара-Мурза", None, "2025-09-23", "day", "published")]),
    ("«Суд назначил срок рассмотрения дела Ивана Петрова»: a date set, no row",
     "Суд назначил срок рассмотрения дела Ивана Петрова.",
     []),
    # probe GY (dev, gy03): a prize that «досталась» someone, or that someone «взял», is an award to the dative or the
    # subject (cameo.tsv L05 «достаться премия», «взять приз» …); GS and GT (twenty-second round) had them too
    ("«Премия в номинации «Иностранная литература» досталась Рут Озеки»: L05 Озеки",
     "Премия в номинации «Иностранная литература» досталась Рут Озеки за роман «Моя рыба будет жить».",
     [("L05", "достаться", "Рут Озеки", None, None, "2025-09-23", "day", "published")]),
    ("«Приз за лучшую мужскую роль второго плана взял Сэм Рокуэлл»: L05 Рокуэлл",
     "Приз за лучшую мужскую роль второго плана взял Сэм Рокуэлл.",
     [("L05", "взять", "Сэм Рокуэлл", None, None, "2025-09-23", "day", "published")]),
    ("«Победа досталась «Спартаку»»: no prize, no row",
     "Победа в матче досталась «Спартаку».",
     []),
    # probe GY (dev, gy16): a public person's noun («политик») is the one person the article introduced with it,
    # not the last person named (referents: PUBLIC_PERSONS)
    ("«политика Владимира Кара-Мурзу … Судья Сергей Подопригоров … политику назначили штраф»: 17 → Кара-Мурза",
     "Мосгорсуд приговорил политика Владимира Кара-Мурзу к 25 годам колонии. Судья Сергей Подопригоров огласил "
     "приговор. Кроме того, политику назначили штраф 400 тысяч рублей.",
     [("173", "приговорить", "Мосгорсуд", "Владимир Кара-Мурза", None, "2025-09-23", "day", "published"),
      # (the fine in the passive goes on with the court, a 173 being one of root 17's: article._last_agents)
      ("17", "назначить", "Мосгорсуд", "Владимир Кара-Мурза", None, "2025-09-23", "day", "published")]),
    # probe GX (dev, gx15): a second root the parser makes of a verb after a comma goes on with the first's subject,
    # a passive's subject, not its agent (EventSentence.subjects)
    ("«госсекретарь США будет принят президентом Токаевым, проведёт переговоры с … Тлеуберды»: 036 Блинкен — Тлеуберды",
     "Госсекретарь США Энтони Блинкен во вторник совершит первый официальный визит в Казахстан. В Астане госсекретарь "
     "США будет принят президентом Касым-Жомартом Токаевым, проведёт переговоры с министром иностранных дел "
     "Казахстана Мухтаром Тлеуберды.",
     [("036", "визит", "Энтони Блинкен", "Казахстан", "Казахстан", "2025-09-23", "day", "text"),
      ("036", "принять", "Касым-Жомарт Токаев", "Энтони Блинкен", "Астана", "2025-09-23", "day", "published"),
      ("036", "переговоры", "Энтони Блинкен", "Мухтар Тлеуберды", None, "2025-09-23", "day", "published")]),
    # probe GY (dev, gy10): an oblique opening the sentence that the parser hangs on the verb of a later clause
    # after a comma («, причем …») belongs to the verb it crosses (clause_subjects.fronted_oblique_of_later_clause)
    ("«В отставку … его отправил … Дмитрий Медведев, причем такая формулировка была применена …»: L02",
     "Юрий Лужков родился в Москве. В отставку \"в связи с утратой доверия\" его отправил занимавший тогда пост "
     "президента Дмитрий Медведев, причем такая формулировка была применена в России впервые.",
     [("L02", "отправить", "Юрий Лужков", "Дмитрий Медведев", None, "2025-09-23", "day", "published")]),
    # twentythird round end
    # twentyfourth round (docs/events.md §7): each case fails on 207d589
    # probe GY (dev, gy02): the people a colon lists after a counted object, each named in apposition to a descriptor
    # the parser chains into the one before (EventSentence._apposed_in); brothers sharing one plural surname in an
    # oblique case are each a man of that surname (person_spans.family_first_names)
    ("«арестовал пятерых подозреваемых …: лейтенанта … Заура Дадаева, … братьев Шагида и Анзора Губашевых»: 173 each",
     "8 марта Басманный суд арестовал пятерых подозреваемых по делу об убийстве Немцова: лейтенанта дислоцированного в "
     "Грозном чеченского батальона «Север» Заура Дадаева, проживающих в Одинцовском районе Московской области "
     "безработных братьев Шагида и Анзора Губашевых, проживающих в Москве многодетного отца Хамзата Бахаева и "
     "охранника ночного клуба Тамерлана Эскерханова.",
     [("173", "арестовать", "Басманный суд", "Заур Дадаев", None, "2025-03-08", "day", "text"),
      ("173", "арестовать", "Басманный суд", "Шагид Губашев", None, "2025-03-08", "day", "text"),
      ("173", "арестовать", "Басманный суд", "Анзор Губашев", None, "2025-03-08", "day", "text"),
      ("173", "арестовать", "Басманный суд", "Хамзат Бахаев", None, "2025-03-08", "day", "text"),
      ("173", "арестовать", "Басманный суд", "Тамерлан Эскерханов", None, "2025-03-08", "day", "text"),
      ("18", "убийство", None, "Немцов", None, "2025-03-08", "day", "text")]),
    ("«задержала двух сотрудников: водителя Ивана Петрова и вдову Олега Сидорова Анну»: the widow, not whose",
     "Полиция задержала двух сотрудников фирмы: водителя Ивана Петрова и вдову Олега Сидорова Анну Сидорову.",
     [("173", "задержать", None, "Иван Петров", None, "2025-09-23", "day", "published"),
      ("173", "задержать", None, "Анна Сидорова", None, "2025-09-23", "day", "published")]),
    # probe HC (dev, hc04): the holders of a post in one body that has its own place in the genitive act for the
    # body, not for the place (offices.office), as «депутаты Госдумы» do; a place's ministries stay the places
    ("«депутаты Законодательного собрания Свердловской области утвердили кандидатуру Эдуарда Росселя»: L01 → body",
     "Сегодня депутаты Законодательного собрания Свердловской области единогласно утвердили кандидатуру Эдуарда "
     "Росселя на пост губернатора Свердловской области.",
     [("L01", "утвердить", "Эдуард Россель", "Законодательное собрание Свердловской области", None, "2025-09-23", "day",
       "text")]),
    ("«Сергей Лавров встретится с главами МИД Киргизии, Узбекистана и Азербайджана»: 036 → the three states",
     "Сергей Лавров встретится с главами МИД Киргизии, Узбекистана и Азербайджана.",
     [("036", "встретиться", "Сергей Лавров", "Киргизия", None, "2025-09-23", "day", "published"),
      ("036", "встретиться", "Сергей Лавров", "Узбекистан", None, "2025-09-23", "day", "published"),
      ("036", "встретиться", "Сергей Лавров", "Азербайджан", None, "2025-09-23", "day", "published")]),
    # probe HC (dev, hc06): the last conjunct of a list of objects, hung on a later noun, goes back to the list when
    # the tagger calls one an animate accusative and the other the genitive of the same form (conjuncts._same_case)
    ("«назначил министра … Бутакова, главу Минстроя … и министра экономики Александра Триппеля»: L01 each",
     "Губернатор Омской области Виктор Назаров сформировал правительство. Кроме того, губернатор назначил министра "
     "государственно-правового развития Александра Бутакова, главу Минстроя Станислава Гребенщикова и министра "
     "экономики Александра Триппеля заместителями председателя правительства Омской области.",
     [("L01", "назначить", "Александр Бутаков", "Виктор Назаров", None, "2025-09-23", "day", "published"),
      ("L01", "назначить", "Станислав Гребенщиков", "Виктор Назаров", None, "2025-09-23", "day", "published"),
      ("L01", "назначить", "Александр Триппель", "Виктор Назаров", None, "2025-09-23", "day", "published")]),
    # probe HC (dev, hc14): agreeing with someone endorses them (cameo.tsv 051 «согласиться с»); «упомянуть о» is a
    # statement (01)
    ("«В.Путин … упомянул о необходимости … и согласился с Д.Трампом в том, что …»: 01 Путин, 051 Путин → Трамп",
     "В.Путин, со своей стороны, упомянул о необходимости устранения первопричин конфликта и согласился с Д.Трампом "
     "в том, что урегулирование может быть достигнуто путём мирных переговоров.",
     [("01", "упомянуть", "В.Путин", None, None, "2025-09-23", "day", "published"),
      ("051", "согласиться", "В.Путин", "Д.Трамп", None, "2025-09-23", "day", "published")]),
    # probe HD (dev, hd07): an embargo on goods is aimed at where they come from (cameo.tsv 163 `goods_origin`:
    # partners._goods_origins)
    ("«эмбарго на … продовольствия из ЕС, США, Австралии, Канады и Норвегии»: 163 Медведев → each",
     "Премьер-министр РФ Дмитрий Медведев подписал постановление правительства о введении эмбарго на целый ряд "
     "категорий продовольствия из ЕС, США, Австралии, Канады и Норвегии.",
     [("163", "эмбарго", "Дмитрий Медведев", "ЕС", None, "2025-09-23", "day", "published"),
      ("163", "эмбарго", "Дмитрий Медведев", "США", None, "2025-09-23", "day", "published"),
      ("163", "эмбарго", "Дмитрий Медведев", "Австралия", None, "2025-09-23", "day", "published"),
      ("163", "эмбарго", "Дмитрий Медведев", "Канада", None, "2025-09-23", "day", "published"),
      ("163", "эмбарго", "Дмитрий Медведев", "Норвегия", None, "2025-09-23", "day", "published")]),
    ("«Россия запретила ввоз продуктов из США»: 163 Россия → США; «в Крым» is where they go, no target",
     "Россия запретила ввоз продуктов из США. Медведев запретил ввоз продуктов в Крым.",
     [("163", "запретить", "Россия", "США", None, "2025-09-23", "day", "published"),
      ("163", "запретить", "Медведев", None, None, "2025-09-23", "day", "published")]),
    # probe HC (dev, hc07): a gathering the parser hangs on a meeting noun as its genitive («встречу «на полях»
    # саммита G20», the marks cutting «на полях» off) is where it was held, not a side (partners: `GATHERINGS`); the
    # city it was in is the row's place
    ("«завершили встречу «на полях» саммита G20 в китайском Ханчжоу»: 04 Путин — Обама, not G20",
     "Президенты России и США Владимир Путин и Барак Обама завершили встречу «на полях» саммита G20 в китайском "
     "Ханчжоу.",
     [("04", "встреча", "Владимир Путин", "Барак Обама", "Ханчжоу", "2025-09-23", "day", "published")]),
    # probe GY (dev, gy14): a name after a comma that the parser conjoins to a nominal of the clause before, opening
    # a clause whose verb is a root with no subject, is that verb's subject (clause_subjects.conjunct_opening_clause)
    ("«… санкций против России, РФ в ответ пообещала выслать десять американских дипломатов»: 13 Россия → США",
     "15 апреля президент США Джо Байден подписал указ о введении новых санкций против России, РФ в ответ "
     "пообещала выслать десять американских дипломатов.",
     [("163", "санкция", "Джо Байден", "Россия", None, "2025-04-15", "day", "text"),
      ("13", "выслать", "Россия", "США", None, "2025-09-23", "day", "published")]),
    ("«Лавров встретился с Блинкеном и Ван И, Китай не ответил»: a list with its coordinator stays the list",
     "Лавров встретился с Блинкеном и Ван И, Китай не ответил.",
     [("04", "встретиться", "Лавров", "Блинкен", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Лавров", "Ван И", None, "2025-09-23", "day", "published"),
      ("04", "встретиться", "Блинкен", "Ван И", None, "2025-09-23", "day", "published")]),
    # twentyfourth round end
    # twentyfifth round (docs/events.md §7): each case fails on 94579ba
    # probe HI (dev, hi10): an organisation a visit goes to, with no place visited, hosts it (frames, `host_object`)
    ("«В МИД России уже побывал посол Великобритании Лори Бристоу»: 042 Бристоу → МИД России",
     "В МИД России уже побывал посол Великобритании Лори Бристоу. Губернатор Олег Богомолов побывал на заводе "
     "«Молочный кит».",
     [("042", "побывать", "Лори Бристоу", "МИД России", "Россия", "2025-09-23", "day", "published"),
      ("042", "побывать", "Олег Богомолов", "Молочный кит", None, "2025-09-23", "day", "published")]),
    ("«Лавров побывал в Минске на заседании СНГ»: a place visited stays the host, an organisation's meeting is none",
     "Сергей Лавров побывал в Минске на заседании СНГ.",
     [("042", "побывать", "Сергей Лавров", "Минск", "Минск", "2025-09-23", "day", "published")]),
    # probe HI (dev, hi16): a life term, «пожизненный срок», «лишение свободы», «пожизненное заключение», is a
    # sentence (cameo.tsv 173 nouns, event_words.tsv `term`): given to someone, it is no appointment
    ("«пожизненное лишение свободы назначили … Шамсидину Фаридуни»: 173 → Фаридуни, no L01",
     "Так, пожизненное лишение свободы назначили предполагаемому главарю террористов Шамсидину Фаридуни.",
     [("173", "назначить", None, "Шамсидин Фаридуни", None, "2025-09-23", "day", "published")]),
    ("«пожизненные сроки получили Далерджон Мирзоев и Мухаммадсобир Файзов»: 173 → each",
     "Кроме того, пожизненные сроки получили Далерджон Мирзоев и Мухаммадсобир Файзов. Ивану Петрову грозит "
     "пожизненное лишение свободы.",
     [("173", "срок", None, "Далерджон Мирзоев", None, "2025-09-23", "day", "published"),
      ("173", "срок", None, "Мухаммадсобир Файзов", None, "2025-09-23", "day", "published")]),
    # probe HH (dev, hh13): a post of a body the article never names beside a person («глава МИД») is the one
    # person introduced with the post's own words («Министр иностранных дел»), of the country the phrase names
    # (referents._sole_holder)
    ("«Министр иностранных дел России Сергей Лавров прилетел … Глава МИД посетил Эфиопию»: 042 Лавров → Эфиопия",
     "Министр иностранных дел России Сергей Лавров прилетел в Ташкент. Министр иностранных дел Японии Сейдзи "
     "Маэхара прилетел в Минск. Глава МИД РФ посетил Эфиопию.",
     [("042", "прилететь", "Сергей Лавров", "Ташкент", "Ташкент", "2025-09-23", "day", "published"),
      ("042", "прилететь", "Сейдзи Маэхара", "Минск", "Минск", "2025-09-23", "day", "published"),
      ("042", "посетить", "Сергей Лавров", "Эфиопия", "Эфиопия", "2025-09-23", "day", "published")]),
    ("two ministers introduced: «Глава МИД» is neither",
     "Министр иностранных дел Сергей Лавров прилетел в Ташкент. Министр обороны Сергей Шойгу прилетел в Минск. "
     "Глава МИД посетил Эфиопию.",
     [("042", "прилететь", "Сергей Лавров", "Ташкент", "Ташкент", "2025-09-23", "day", "published"),
      ("042", "прилететь", "Сергей Шойгу", "Минск", "Минск", "2025-09-23", "day", "published"),
      ("042", "посетить", None, "Эфиопия", "Эфиопия", "2025-09-23", "day", "published")]),
    # probe HH (dev, hh01): the parser crosses a fronted thing and the person after the verb, though the tagger
    # reads the thing as accusative and the person as nominative (clause_subjects._crossed_roles)
    ("«6 марта филиал посетил первый заместитель губернатора … Сергей Жданов»: Жданов visits, nobody is visited",
     "6 марта филиал посетил первый заместитель губернатора – директор департамента сельского хозяйства и "
     "перерабатывающей промышленности области Сергей Жданов.",
     [("042", "посетить", "Сергей Жданов", None, None, "2025-03-06", "day", "text")]),
    # probe HH (dev, hh03): an appointment or election noun takes the post in the instrumental as its verb does, and
    # the post's body is its other side (person_frames: `triggers.post_nouns` of a noun)
    ("«решение об избрании новым гендиректором «Аэрофлота» … Виталия Савельева»: L03 Савельев → Аэрофлот",
     "Одновременно совет принял решение об избрании новым гендиректором «Аэрофлота» вице-президента компании Виталия "
     "Савельева. Назначение Брэда Смита президентом Microsoft удивило всех.",
     [("L03", "избрание", "Виталий Савельев", "Аэрофлот", None, "2025-09-23", "day", "published"),
      ("L01", "назначение", "Брэд Смит", "Microsoft", None, "2025-09-23", "day", "published")]),
    # probe HI (dev, hi06): the body of a post held, a name in quote marks, keeps its closing mark before the person's
    # name (offices.held_post_body); an acting word beside the passive subject is the post (triggers.framed_posts)
    ("«главный тренер рязанской \"Звезды\" Сергей Муштруев подал в отставку»: L02 Муштруев → Звезда",
     'Главный тренер рязанской "Звезды" Сергей Муштруев подал в отставку. И. о. главного тренера "Звезды" назначен '
     "Сергей Пономарев.",
     [("L02", "подать", "Сергей Муштруев", "Звезда", None, "2025-09-23", "day", "published"),
      ("L01", "назначить", "Сергей Пономарев", "Звезда", None, "2025-09-23", "day", "published")]),
    # probe HH (dev, hh10): a descriptor with a person's name after a comma, conjoined by the parser to the subject
    # before, opening a clause of its own, is that clause's subject (clause_subjects.conjunct_opening_clause)
    ("«Директор Алексей Туркалов был отстранен …, худрук Евгений Марчелли получил выговор»: only Туркалов goes",
     "Директор Алексей Туркалов был отстранен от должности министерством культуры, худрук Евгений Марчелли получил "
     "выговор.",
     [("L02", "отстранить", "Алексей Туркалов", None, None, "2025-09-23", "day", "published")]),
    # twentyfifth round end
    # twentysixth round (docs/events.md §7): each case fails on 8d8127a
    # probe HN (dev, hn16): an indefinite-personal verb of a verbal code «в» a country or its capital is the state's
    # act (cameo.tsv `said_in_state`); not an embassy's «в посольстве Эстонии», nor a material act «задержали»
    ("«В Израиле заявили о …»: Израиль speaks; not a capital whose state the article does not name, nor an embassy",
     "В Израиле заявили о возобновлении режима прекращения огня. В Пекине осудили решение Вашингтона. В посольстве "
     "Эстонии от комментариев отказались. В Москве задержали мужчину.",
     [("01", "заявить", "Израиль", None, None, "2025-09-23", "day", "published"),
      ("11", "осудить", None, "Вашингтон", "Пекин", "2025-09-23", "day", "published")]),
    ("«В Баку обвинили Ереван в провокации» after Азербайджан and Армения: the capitals are their states",
     "Азербайджан и Армения снова спорят. В Баку обвинили Ереван в провокации.",
     [("112", "обвинить", "Азербайджан", "Армения", "Баку", "2025-09-23", "day", "published")]),
    ("«В свою очередь в Баку заявили …»: said in Баку, not «в свою очередь» (quotes.subjects.place_of_statement)",
     "Азербайджан и Армения воюют. В свою очередь в Баку заявили о провокации со стороны вооруженных сил Армении.",
     [("19", "воевать", "Азербайджан", "Армения", None, "2025-09-23", "day", "published"),
      ("01", "заявить", "Азербайджан", None, "Баку", "2025-09-23", "day", "published")]),
    # probe HM (dev, hm12): a country noun with a possessive pronoun is the state of the person the pronoun stands
    # for, the one country the field introduces them with, when the article names it (offices.own_state)
    ("«Премьер-министр Японии Фумио Кисида заявил, что его страна расширила санкции против РФ»: Япония",
     "Премьер-министр Японии Фумио Кисида заявил, что его страна расширила санкции против РФ. Министр Иван Петров "
     "сообщил, что его страна готова ввести санкции против Ирана.",
     [("01", "заявить", "Фумио Кисида", None, None, "2025-09-23", "day", "published"),
      ("163", "санкция", "Япония", "Россия", None, "2025-09-23", "day", "published"),
      ("13", "ввести", None, "Иран", None, "2025-09-23", "day", "published")]),
    # probe HN (dev, hn13): a post's sphere in the genitive («министром культуры», «обороны») names nothing; its own
    # genitive is the post's body (person_frames._body_genitives); with none, no body
    ("«Губенко стал последним министром культуры СССР»: L01 Губенко → СССР",
     "Губенко стал последним министром культуры СССР. Иванов стал министром обороны России. Смирнов стал министром "
     "культуры.",
     [("L01", "стать", "Губенко", "СССР", None, "2025-09-23", "day", "published"),
      ("L01", "стать", "Иванов", "Россия", None, "2025-09-23", "day", "published"),
      ("L01", "стать", "Смирнов", None, None, "2025-09-23", "day", "published")]),
    # probe HN (dev, hn02): the noun of the quality a blame adjective names judges as the adjective does
    # (triggers.judged_word: «неадекватность» of «неадекватный»); «сумасшествие» is a blame word beside «безумие»
    ("«Тимошенко назвала сумасшествием слова президента Украины Виктора Ющенко»: 11 Тимошенко → Ющенко",
     "Премьер-министр Украины Юлия Тимошенко назвала сумасшествием слова президента Украины Виктора Ющенко. Глава "
     "МИД Венгрии Петер Сийярто расценил решение Брюсселя как полную неадекватность.",
     [("11", "назвать", "Юлия Тимошенко", "Виктор Ющенко", None, "2025-09-23", "day", "published"),
      ("11", "расценить", "Петер Сийярто", "Брюссель", None, "2025-09-23", "day", "published")]),
    # probe HN (dev, hn12): a noun trigger's own condition word in the genitive is whom it is done to, as a verb's
    # object is, not its agent (noun_frames.noun_frame `word`), so the governor's subjects do it; not a recall's
    ("«К высылке российских дипломатов присоединились Бельгия и Грузия»: 16 Бельгия, Грузия → Россия",
     "Россия и Британия спорят. К высылке российских дипломатов присоединились Бельгия и Грузия. Британия объявила "
     "об отзыве британского посла из Москвы.",
     [("16", "высылка", "Бельгия", "Россия", None, "2025-09-23", "day", "published"),
      ("16", "высылка", "Грузия", "Россия", None, "2025-09-23", "day", "published"),
      ("01", "объявить", "Великобритания", None, None, "2025-09-23", "day", "published"),
      ("16", "отзыв", "Великобритания", None, None, "2025-09-23", "day", "published")]),
    # probe HM (dev, hm14): who moves to a new post leaves the post the sentence names them with (event_words.tsv
    # `moving`, frames: `Frame.moved`), an L02 row of the same mention
    ("«Мэр Сочи Иван Петров перешел на пост главы Краснодарского края»: L01 → край, L02 → Сочи",
     "Мэр Сочи Иван Петров перешел на пост главы Краснодарского края. Бывший глава «Аэрофлота» Виталий Савельев "
     "перешел на должность министра транспорта.",
     [("L01", "перейти", "Иван Петров", "Краснодарский край", None, "2025-09-23", "day", "published"),
      ("L02", "перейти", "Иван Петров", "Сочи", None, "2025-09-23", "day", "published"),
      ("L01", "перейти", "Виталий Савельев", None, None, "2025-09-23", "day", "published")]),
    # probe HN (dev, hn15): «объявление» frames the event noun in its genitive, as «введение» does (event_words.tsv
    # `frame`); stopping fighting is yielding (cameo.tsv 08 «приостановить боевой действие», «прекратить огонь»)
    ("«Путин принял решение об объявлении перемирия»; «российская сторона приостанавливает все боевые действия»: 08",
     "Президент России Владимир Путин принял решение об объявлении перемирия. В этот период российская сторона "
     "приостанавливает все боевые действия.",
     [("08", "перемирие", "Владимир Путин", None, None, "2025-09-23", "day", "published"),
      ("08", "приостанавливать", "Россия", None, None, "2025-09-23", "day", "published")]),
    # probe HH (dev, hh11): whom one receives a thing «из рук» of hands it over, the other side of a code about a
    # person (event_words.tsv `giver`, person_frames), on the verb or on its object
    ("«Орден получила из рук Президента композитор Александра Пахмутова»: L05 Пахмутова → Путин",
     "Президент России Владимир Путин вручил награды. Орден получила из рук Президента композитор Александра "
     "Пахмутова. Награду из рук губернатора Ивана Петрова получил врач Олег Сидоров.",
     [("L05", "вручить", None, "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("L05", "получить", "Александра Пахмутова", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("L05", "получить", "Олег Сидоров", "Иван Петров", None, "2025-09-23", "day", "published")]),
    # probe HH (dev, hh13): a subject after the verb, an inanimate noun whose accusative is its nominative, with a
    # conjunct the tagger reads as accusative, is the verb's object (clause_subjects._accusative_list)
    ("«…турне, в ходе которого посетил Египет и Уганду»: Лавров visits both, no country visits",
     "Сергей Лавров прибыл в Ташкент после турне, в ходе которого посетил Египет и Уганду.",
     [("042", "прибыть", "Сергей Лавров", "Ташкент", "Ташкент", "2025-09-23", "day", "published"),
      ("042", "посетить", "Сергей Лавров", "Египет", "Египет", "2025-09-23", "day", "published"),
      ("042", "посетить", "Сергей Лавров", "Уганда", "Уганда", "2025-09-23", "day", "published")]),
    # twentysixth round end
    # twentyseventh round (docs/events.md §7): each case fails on 819a29b
    # probe GY (dev, gy09): removal «от исполнения обязанностей» is a dismissal (cameo.tsv L02), and the person in
    # the genitives after it, which the parser hangs on «обязанностей», is the verb's object
    # (objects.removed_object); «освобожден от обязанностей» is no release from custody (084)
    ("«Юрий Чайка отстранил от исполнения обязанностей заместителя прокурора … Дмитрия Чуличкова»: L02",
     "Генеральный прокурор Юрий Чайка отстранил от исполнения обязанностей заместителя прокурора Свердловской "
     "области Дмитрия Чуличкова.",
     [("L02", "отстранить", "Дмитрий Чуличков", "Юрий Чайка", None, "2025-09-23", "day", "published")]),
    ("«Петр Сидоров освобожден от обязанностей главы администрации»: L02, not 084",
     "Глава района Петр Сидоров освобожден от обязанностей главы администрации.",
     [("L02", "освободить", "Петр Сидоров", None, None, "2025-09-23", "day", "published")]),
    # probe HR (dev, hr11): a verb's second subject after «, а» belongs to the next predicate with none, a short
    # passive participle too (clause_subjects.next_clause_subject), not to the first verb
    ("«Савельев занял должность главы Минтранса, а Ирек Файзуллин назначен министром»: each his own post",
     "Генеральный директор «Аэрофлота» Виталий Савельев занял должность главы Минтранса, а Ирек Файзуллин "
     "назначен министром строительства.",
     [("L01", "занять", "Виталий Савельев", "Минтранс", None, "2025-09-23", "day", "published"),
      ("L01", "назначить", "Ирек Файзуллин", None, None, "2025-09-23", "day", "published")]),
    # probe HR (dev, hr04): a decree «о своем …» is about its signer's own act (noun_frames: the decree's issuer)
    ("«Собянин подписал указ о своем вступлении в должность мэра Москвы»: L01 Собянин → Москва",
     "Сергей Собянин подписал указ о своем вступлении в должность мэра Москвы.",
     [("L01", "вступление", "Сергей Собянин", "Москва", None, "2025-09-23", "day", "published")]),
    # probe HR (dev, hr02): the star of a Hero is an award (cameo.tsv L05 «вручить звезда», «получить звезда»)
    ("«Путин вручил золотую звезду Героя России космонавту Ивану Вагнеру»: L05",
     "Президент России Владимир Путин вручил золотую звезду Героя России космонавту Ивану Вагнеру. Звезды Героев "
     "получили космонавты Олег Котов и Сергей Рязанский.",
     [("L05", "вручить", "Иван Вагнер", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("L05", "получить", "Олег Котов", None, None, "2025-09-23", "day", "published"),
      ("L05", "получить", "Сергей Рязанский", None, None, "2025-09-23", "day", "published")]),
    # probe HR (dev, hr05, hr07): offering a post by its infinitive is an offer (03 «предложить возглавить»,
    # «предложить стать»): the entry's own infinitive gives no intended event that the offer would give way to
    # (rows.sentence_events)
    ("«Путин предложил Александру Беглову стать врио губернатора»: 03 Путин → Беглов",
     "Президент Владимир Путин предложил Александру Беглову стать врио губернатора Петербурга. Он также предложил "
     "Георгию Полтавченко возглавить корпорацию.",
     [("03", "предложить", "Владимир Путин", "Александр Беглов", None, "2025-09-23", "day", "published"),
      ("03", "предложить", "Владимир Путин", "Георгий Полтавченко", None, "2025-09-23", "day", "published")]),
    # probe HR (dev, hr09): a relative clause reaches over no other clause's finite verb: «который» is the person
    # right before its comma (field_view.relative_antecedent), not the subject the parser hung the clause on
    ("«Сити-менеджером стал Сергей Давыдов - ранее он работал заместителем … Михаила Юревича, который вступил …»",
     "Сити-менеджером стал Сергей Давыдов - ранее он работал первым заместителем мэра Михаила Юревича, который 22 "
     "апреля вступил в должность губернатора Челябинской области.",
     [("L01", "вступить", "Михаил Юревич", "Челябинская область", None, "2025-04-22", "day", "text")]),
    # probe HR (dev, hr10): the subject of a verb with an object is no condition word of its trigger
    # (triggers.condition_word): «Руководство … приняло решение» is no «принять руководство» (L01)
    # probe HS (dev, hs12): who receives aid «из» a state gets it from that state (noun_frames, `receiving`)
    ("«Куба получила гуманитарную помощь из России»: 07 Россия → Куба",
     "Куба получила гуманитарную помощь из России.",
     [("07", "помощь", "Россия", "Куба", None, "2025-09-23", "day", "published")]),
    # probe HS (dev, hs07): a humanitarian convoy is aid (cameo.tsv 07 «конвой гуманитарный»), sent «на» a region
    # to that region (07 partner «на»), and the regions of a shared head noun are each a side (nominals.names:
    # «в Донецкую и Луганскую области»)
    ("«Россия направила в Донецкую и Луганскую области гуманитарный конвой»: 07 → both regions",
     "Россия отправила гуманитарный конвой на Донбасс. Россия направила в Донецкую и Луганскую области "
     "гуманитарный конвой.",
     [("07", "конвой", "Россия", "Донбасс", None, "2025-09-23", "day", "published"),
      ("07", "конвой", "Россия", "Луганская область", "Донецкая область", "2025-09-23", "day", "published"),
      ("07", "конвой", "Россия", "Донецкая область", "Луганская область", "2025-09-23", "day", "published")]),
    # probe HS (dev, hs02): an active participle opening a phrase after a comma, agreeing with its noun, tells what
    # the noun does (triggers: the participle is no attributive; EventSentence.subjects: the noun), and an oblique
    # after the finite verb the parser hung on that phrase is the verb's (objects.oblique_past_participle)
    ("«Саркози, находящийся с официальным визитом в России, встретился … с … Медведевым»: 042 and 04",
     "Президент Франции Николя Саркози, находящийся с официальным визитом в России, встретился сегодня, во "
     "вторник, 12 августа с президентом России Дмитрием Медведевым.",
     [("042", "находиться", "Николя Саркози", "Россия", "Россия", "2025-09-23", "day", "published"),
      ("04", "встретиться", "Николя Саркози", "Дмитрий Медведев", None, "2025-09-23", "day", "text")]),
    # guard: a participle in another case than the noun the parser hangs it on is no event of that noun
    ("«…представителем властных структур США, посещающим Исламабад после ликвидации … лидера Аль-Кайды»: no 042",
     "Сенатор Джон Керри стал первым представителем властных структур США, посещающим Исламабад после "
     "ликвидации лидера Аль-Кайды.",
     []),
    # probe HS (dev, hs13): a parse cycle of a finite verb and its own subject is cut above the verb, which heads
    # the clause (FieldView.tree), so the descriptor subject resolves («глава государства» → Путин)
    ("«Также глава государства проинформировал Эммануэля Макрона о сделке»: 01 Путин → Макрон",
     "Президент России Владимир Путин провел совещание. Также глава государства проинформировал Эммануэля Макрона "
     "о сделке.",
     [("01", "проинформировать", "Владимир Путин", "Эммануэль Макрон", None, "2025-09-23", "day", "published")]),
    # probe HS (dev, hs16): the countries of a union act as the union (event_words.tsv government «страна»), and an
    # «анти-» country adjective on a noun trigger is whom it targets (offices.opposed_state)
    ("«Страны Евросоюза согласовали пакет антироссийских санкций»: 163 ЕС → Россия",
     "ЕС продлил санкции против России. Страны Евросоюза согласовали пакет антироссийских санкций.",
     [("163", "санкция", "ЕС", "Россия", None, "2025-09-23", "day", "published"),
      ("163", "санкция", "ЕС", "Россия", None, "2025-09-23", "day", "published")]),
    # probe HR (dev, hr15): whom an amnesty is applied «к» is whom it releases (cameo.tsv 084 partner «к»)
    ("«Суд применил к министру амнистию»: 084 суд → Дрожжа",
     "Минский городской суд приговорил министра Виталия Дрожжу к семи годам. Суд применил к министру амнистию.",
     [("173", "приговорить", "Минский городской суд", "Виталий Дрожжа", None, "2025-09-23", "day", "published"),
      ("084", "амнистия", "Минский городской суд", "Виталий Дрожжа", None, "2025-09-23", "day", "published")]),
    # probe HD (dev, hd09): a body noun with an adjective of its sphere is the last organisation named whose name
    # holds the sphere's stem (speech_cues.tsv `sphere`, referents.sphere_body), not the state of its country
    # adjective
    ("«Российское оборонное ведомство обвинило США в провокации» after «Минобороны РФ»: 112 Минобороны → США",
     "Минобороны РФ опровергло данные. Российское оборонное ведомство обвинило США в провокации. МИД России вызвал "
     "послов. Вечером внешнеполитическое ведомство отозвало посла РФ в Грузии.",
     [("01", "опровергнуть", "Минобороны России", None, None, "2025-09-23", "day", "published"),
      ("112", "обвинить", "Минобороны России", "США", None, "2025-09-23", "day", "published"),
      ("11", "вызвать", "МИД России", None, None, "2025-09-23", "day", "published"),
      ("16", "отозвать", "МИД России", "Грузия", None, "2025-09-23", "day", "published")]),
    # probe HR (dev, hr05): «во главе с X» after a noun is the noun's phrase even where the parser makes «во» its
    # preposition (repairs._led_group), so the group it follows is X («отставку правительства во главе с …»)
    ("«Путин принял отставку правительства во главе с Дмитрием Медведевым»: L02 Медведев → Путин",
     "Президент Владимир Путин принял отставку правительства во главе с Дмитрием Медведевым.",
     [("L02", "принять", "Дмитрий Медведев", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe HS (dev, hs08): a part of the day the parser hangs on the subject is the verb's (repairs._part_of_day), so
    # «два лидера» are still the sides of the last meeting
    ("«Путин и Эрдоган провели переговоры. … два лидера вечером обсудят по телефону …»: 036",
     "Президенты РФ и Турции Владимир Путин и Реджеп Тайип Эрдоган провели переговоры. Ранее в среду Песков "
     "сообщал, что два лидера вечером обсудят по телефону ситуацию в Алеппо.",
     [("04", "переговоры", "Владимир Путин", "Реджеп Тайип Эрдоган", None, "2025-09-23", "day", "published"),
      ("036", "обсудить", "Владимир Путин", "Реджеп Тайип Эрдоган", None, "2025-09-23", "day", "published")]),
    # probe HR (dev, hr14): a visit «в регион» goes to the region named last (offices.generic_place, frames)
    ("«встретился с губернатором Пермского края … во время рабочей поездки в регион»: 042 → Пермский край",
     "Президент РФ Владимир Путин встретился с губернатором Пермского края Дмитрием Махониным во время рабочей "
     "поездки в регион.",
     [("04", "встретиться", "Владимир Путин", "Дмитрий Махонин", None, "2025-09-23", "day", "published"),
      ("042", "поездка", "Владимир Путин", "Пермский край", None, "2025-09-23", "day", "published")]),
    # seen beside probe HS (dev, hs04, whose refusal «не признает эту границу» is left): independence is its owner's
    # (event_words.tsv `owned`): «признали независимость Косово» → 054 → Косово; but what talks discuss is no side
    # of them (partners: a symmetric code's object has no owner)
    ("«США признали независимость Косово»: 054 США → Косово; «Лидеры обсудили независимость Шотландии»: none",
     "США признали независимость Косово. Лидеры обсудили независимость Шотландии.",
     [("054", "признать", "США", "Косово", None, "2025-09-23", "day", "published")]),
    # twentyseventh round end
    # twentyeighth round (docs/events.md §7): each case fails on 9a868c5
    # probe HX (dev, hx12): a body of people sent is aid when they are rescuers, counted by a frame noun in the genitive
    # or «из» (event_words.tsv `frame` группа, отряд, бригада; triggers.condition_word); «отправка спасателей» is its
    # noun
    ("«направила в Турцию группу из 100 спасателей», «об отправке в Сирию отряда спасателей»: 07",
     "Россия направила в Турцию группу из 100 спасателей МЧС. Казахстан заявил об отправке в Сирию отряда спасателей.",
     [("07", "направить", "Россия", "Турция", None, "2025-09-23", "day", "published"),
      ("01", "заявить", "Казахстан", None, None, "2025-09-23", "day", "published"),
      ("07", "отправка", "Казахстан", "Сирия", None, "2025-09-23", "day", "published")]),
    # probe HX (dev, hx05): a disqualification is coercion (cameo.tsv 17 «дисквалифицировать», «дисквалификация»)
    ("«РУСАДА дисквалифицировало … Легкова»: 17 РУСАДА → Легков",
     "РУСАДА дисквалифицировало лыжника Александра Легкова на четыре года.",
     [("17", "дисквалифицировать", "РУСАДА", "Александр Легков", None, "2025-09-23", "day", "published")]),
    # probe HX (dev, hx05): a decision taken to punish or sanction is the act, not a threat (cameo.tsv flag
    # `decision_acts`, modality.decided: the infinitive that carries the trigger too); a decision to visit stays intent
    ("«решил оштрафовать», «решил продлить санкции»: 17, 163; «решил посетить Китай»: 036",
     "Контрольно-дисциплинарный комитет РФС решил оштрафовать «Спартак» на 300 тысяч рублей. Евросоюз решил продлить "
     "санкции против России. Владимир Путин решил посетить Китай.",
     [("17", "оштрафовать", "Контрольно-дисциплинарный комитет РФС", "Спартак", None, "2025-09-23", "day", "published"),
      ("163", "санкция", "ЕС", "Россия", None, "2025-09-23", "day", "published"),
      ("036", "посетить", "Владимир Путин", "Китай", "Китай", "2025-09-23", "day", "published")]),
    # seen beside it (the disqualification above): a decree of its own maker, in the genitive, is the maker's, not
    # the subject's who comments on it; one who signs it makes it (noun_frames, `decree_signing`)
    ("«прокомментировал решение суда об аресте X»: 173 · → X; «подписал постановление правительства о выделении»",
     "Станислав Поздняков прокомментировал решение суда об аресте Александра Зубкова. Дмитрий Медведев подписал "
     "постановление правительства о выделении помощи.",
     [("01", "прокомментировать", "Станислав Поздняков", None, None, "2025-09-23", "day", "published"),
      ("173", "арест", None, "Александр Зубков", None, "2025-09-23", "day", "published"),
      ("07", "помощь", "Дмитрий Медведев", None, None, "2025-09-23", "day", "published")]),
    # probe HW (dev, hw12, hw05): a resignation letter's writer leaves (event_words.tsv `resignation_letter`,
    # noun_frames), an early departure is a resignation (cameo.tsv L02 «уход досрочный»), and «уйти с должности» is
    # as «уйти с поста»
    ("«написал заявление о досрочном уходе», «подал рапорт об увольнении», «ушел с должности»: L02",
     "Андрей Жарков написал заявление о досрочном уходе. Полковник Иван Петров подал рапорт об увольнении. Андрей "
     "Калмыков ушел с должности гендиректора «Перекрестка».",
     [("L02", "уход", "Андрей Жарков", None, None, "2025-09-23", "day", "published"),
      ("L02", "увольнение", "Иван Петров", None, None, "2025-09-23", "day", "published"),
      ("L02", "уйти", "Андрей Калмыков", "Перекресток", None, "2025-09-23", "day", "published")]),
    # probe HX (dev, hx13): a name in Latin letters the tagger calls a foreign word is a genitive all the same
    # (EventSentence.genitive), so the staff's employer is the strike's target (frames._employers)
    ("«Пилоты Air France объявили забастовку»: 14 · → Air France",
     "Пилоты Air France объявили забастовку.",
     [("14", "забастовка", None, "Air France", None, "2025-09-23", "day", "published")]),
    # probe HW (dev, hw10): a meeting told as the occasion («во время», «на») of an act intended is intended too
    # (modality: 036); a visit in which one agreed on something took place (05 is an act)
    ("«Во время встречи с X Y намерен поговорить …»: 036; «На встрече с X Y обсудил …»: 04",
     "Уго Чавес намерен во время встречи с президентом России Дмитрием Медведевым поговорить о закупках. На встрече "
     "с Си Цзиньпином Владимир Путин обсудил поставки газа.",
     [("036", "встреча", "Уго Чавес", "Дмитрий Медведев", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Владимир Путин", "Си Цзиньпин", None, "2025-09-23", "day", "published")]),
    # probe HX (dev, hx02, hx09): reacting to an event is a statement (cameo.tsv 01 «отреагировать на»; a patient who
    # «реагирует на команды» says nothing); an abbreviation in the genitive of a name in a «в» phrase is that name's,
    # not the verb's subject (clause_subjects.fronted_abbreviation: «В Госдепартаменте США заявили» → the department)
    ("«Стрелков отреагировал на приговор»: 01; «В Госдепартаменте США заявили»: 01 Госдепартамент США",
     "Игорь Стрелков отреагировал на приговор фразой: «Служу Отечеству». В Госдепартаменте США заявили о задержании в "
     "Москве американца. Врачи сообщили, что пациентка реагирует на простые команды.",
     [("01", "отреагировать", "Игорь Стрелков", None, None, "2025-09-23", "day", "published"),
      ("01", "заявить", "Госдепартамент США", None, "США", "2025-09-23", "day", "published")]),
    # probe HW (dev, hw13): a passive participle phrase after a comma with a named agent in the instrumental tells the
    # agent's act on the noun (field_view.participle_phrase, frames: the noun is the passive subject); a post in the
    # instrumental is no agent («лица, избранного губернатором округа»)
    ("«Дуда, поддержанный партией «Право и справедливость», …»: 051 → Дуда",
     "Согласно данным опроса, Анджей Дуда, поддержанный партией «Право и справедливость», получил 53 процента "
     "голосов. Цибульский будет занимать эту должность до вступления в должность лица, избранного губернатором "
     "Ненецкого автономного округа.",
     [("051", "поддержать", "Право и справедливость", "Анджей Дуда", None, "2025-09-23", "day", "published")]),
    # probe HW (dev, hw07): governors, mayors, chancellors in the plural are the sides of the last meeting, as «лидеры»
    # are (event_words.tsv `parties`; not ambassadors, whom ministries summon in numbers)
    ("«По итогам встречи губернаторы заключили соглашение»: 057 between the two governors who met",
     "Губернатор Калужской области Владислав Шапша провел встречу с губернатором Новгородской области Андреем "
     "Никитиным. По итогам встречи губернаторы заключили соглашение о сотрудничестве.",
     [("04", "встреча", "Владислав Шапша", "Андрей Никитин", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Владислав Шапша", "Андрей Никитин", None, "2025-09-23", "day", "published"),
      ("057", "заключить", "Владислав Шапша", "Андрей Никитин", None, "2025-09-23", "day", "published")]),
    # twentyeighth round end
    # twentyninth round (docs/events.md §7): each case fails on 2789949
    # probe HW (dev, hw12): a resignation leaves the post its subject is named with, even one called former, which
    # the leaving made so (offices.held_post_body `former`); a former post stays out of other events
    ("«Бывший руководитель «Алросы» Андрей Жарков написал заявление о досрочном уходе»: L02 → Алроса",
     "Бывший руководитель «Алросы» Андрей Жарков написал заявление о досрочном уходе. Бывший губернатор Кировской "
     "области Никита Белых задержан.",
     [("L02", "уход", "Андрей Жарков", "Алроса", None, "2025-09-23", "day", "published"),
      ("173", "задержать", None, "Никита Белых", None, "2025-09-23", "day", "published")]),
    # probe HX (dev, hx03): a ban from a sport or from taking part is coercion, and so is imposing sanctions on
    # someone (cameo.tsv 17 «отстранить футбол», «отстранить участие», «наложить санкция»); the person the parser
    # hangs inside the «от» phrase is the object (objects.removed_object); «такие же санкции» with no subject are the
    # last such act's doer's
    ("«отстранил от футбола X», «отстранил от участия в выборах X», «наложили санкции на X»: 17",
     "РФС пожизненно отстранил от футбола Гванзаву Магомедова. ЦИК отстранил от участия в выборах Бориса Надеждина. "
     "Такие же санкции наложили и на Дениса Деркунского.",
     [("17", "отстранить", "РФС", "Гванзава Магомедов", None, "2025-09-23", "day", "published"),
      ("17", "отстранить", "ЦИК", "Борис Надеждин", None, "2025-09-23", "day", "published"),
      ("17", "наложить", "ЦИК", "Денис Деркунский", None, "2025-09-23", "day", "published")]),
    # probe HX (dev, hx03): a name in apposition to an object, whose first name the tagger calls nominative (it does
    # not decline) and whose surname oblique, is no subject of a verb without one (appositions.rehang_names)
    ("«Было решено отстранить от футбола игроков клуба «Бенфика» Жоао Феликса»: X is actor2",
     "Было решено отстранить от футбола игроков клуба «Бенфика» Жоао Феликса.",
     [("17", "отстранить", None, "Жоао Феликс", None, "2025-09-23", "day", "published")]),
    # probe IC (dev, ic10): a name right after a post and the post's organisation in quote marks is the post's, in
    # whatever case the tagger reads it (appositions._right_after_post passes the marks); a resignation letter is the
    # leaving's, no statement (rows.sentence_events, event_words.tsv `resignation_letter`)
    ("«Генеральный директор «Русала» Александра Бурико ушла в отставку»; «подали заявления об отставке»: no 01",
     "Генеральный директор «Русала» Александра Бурико ушла в отставку. Заявления об отставке также подали Максим "
     "Соков и Дмитрий Афанасьев.",
     [("L02", "уйти", "Александра Бурико", "Русал", None, "2025-09-23", "day", "published"),
      ("L02", "отставка", "Максим Соков", "Русал", None, "2025-09-23", "day", "published"),
      ("L02", "отставка", "Дмитрий Афанасьев", "Русал", None, "2025-09-23", "day", "published")]),
    # probe IB (dev, ib03), HR (hr10): a person who leaves an organisation named as the object leaves a post there
    # (cameo.tsv L02 «покинуть @ORG»); not a building, nor a state that leaves a union
    ("«Леонид Кучук покинул «Локомотив»»: L02 → Локомотив; «покинул здание ФСБ», «Великобритания покинула ЕС»: none",
     "Леонид Кучук покинул «Локомотив». Навальный покинул здание ФСБ. Великобритания покинула Евросоюз.",
     [("L02", "покинуть", "Леонид Кучук", "Локомотив", None, "2025-09-23", "day", "published")]),
    # probe IB (dev, ib14): custody is an arrest (cameo.tsv 173 «содержание под стражей»), and a term of it is a frame
    # noun the court's verb reaches through (event_words.tsv `frame` срок)
    ("«продлил срок содержания под стражей X», «продлил X срок ареста»: 173 суд → X",
     "Басманный суд продлил срок содержания под стражей Ивана Петрова. Мосгорсуд продлил Тимуру Иванову срок "
     "ареста.",
     [("173", "содержание", "Басманный суд", "Иван Петров", None, "2025-09-23", "day", "published"),
      ("173", "арест", "Мосгорсуд", "Тимур Иванов", None, "2025-09-23", "day", "published")]),
    # probe IC (dev, ic09): a government dismissed whole leaves, the one who dismisses it is actor2 (person_frames
    # .about_a_person: an object of event_words.tsv `government` for a code that leaves a post)
    ("«Андрей Травников отправил в отставку правительство Новосибирской области»: L02 правительство → Травников",
     "Андрей Травников отправил в отставку правительство Новосибирской области.",
     [("L02", "отправить", "Правительство Новосибирской области", "Андрей Травников", None, "2025-09-23", "day",
       "published")]),
    # probe IC (dev, ic10): an organisation named by its kind in a post's genitive is the one the article named last
    # (offices.generic_body: speech_cues.tsv `body`, any kind, as a quote's «в компании заявили»)
    ("«Исполняющим обязанности главы компании назначен X» after «директор «Русала»»: L01 X → Русал",
     "Генеральный директор «Русала» Александра Бурико ушла в отставку. Исполняющим обязанности главы компании "
     "назначен Евгений Никитин.",
     [("L02", "уйти", "Александра Бурико", "Русал", None, "2025-09-23", "day", "published"),
      ("L01", "назначить", "Евгений Никитин", "Русал", None, "2025-09-23", "day", "published")]),
    # probe IC (dev, ic08): a protest at a diplomatic mission, or at its building, is aimed at the state it stands for
    # (cameo.tsv 14 flag targets_mission; event_words.tsv `mission`, `by_building`; partners.mission_states); a
    # picket at a town hall names no one
    ("«акция протеста прошла у посольства Великобритании», «пикет у здания посольства США»: 14 → the state",
     "Массовая акция протеста прошла у посольства Великобритании. Активисты провели пикет у здания посольства США. "
     "Сторонники партии провели митинг у здания мэрии.",
     [("14", "акция", None, "Великобритания", None, "2025-09-23", "day", "published"),
      ("14", "пикет", None, "США", None, "2025-09-23", "day", "published")]),
    # probe IC (dev, ic07): an event refused gives no row of its own (modality.tsv `cancelled` over an infinitive),
    # and the refusal is aimed at whom it would have involved (cameo.tsv 12 flag `refusal`, frames._refused_partners)
    ("«МОК отказался выдавать Мутко аккредитацию», «отказался встречаться с Зеленским»: 12 → X, no 04",
     "Международный олимпийский комитет отказался выдавать министру спорта РФ Виталию Мутко аккредитацию. "
     "Владимир Путин отказался встречаться с Владимиром Зеленским. Сербия отказалась ввести санкции против России.",
     [("12", "отказаться", "МОК", "Виталий Мутко", None, "2025-09-23", "day", "published"),
      ("12", "отказаться", "Владимир Путин", "Владимир Зеленский", None, "2025-09-23", "day", "published"),
      ("12", "отказаться", "Сербия", "Россия", None, "2025-09-23", "day", "published")]),
    # twentyninth round end
    # thirtieth round (docs/events.md §7): each case fails on 1b36ab7
    # probe IG (dev, ig01): an envoy summoned or expelled, named by no person, stands for his state, and the body he
    # is summoned «в» summons, whichever condition word matched (event_words.tsv `envoy`, offices.envoy_states)
    ("«МИД Эстонии вызвал посла России», «в МИД России вызван посол Грузии», «выслала посла»: → the envoy's state",
     "МИД Эстонии вызвал посла России. В связи с инцидентом в МИД России вызван посол Грузии в Москве. Польша "
     "выслала посла России.",
     [("11", "вызвать", "МИД Эстонии", "Россия", None, "2025-09-23", "day", "published"),
      ("11", "вызвать", "МИД России", "Грузия", None, "2025-09-23", "day", "published"),
      ("16", "выслать", "Польша", "Россия", None, "2025-09-23", "day", "published")]),
    # probe HI (dev, hi16): a nominative active participle phrase right before a name is the name's, and the name is
    # the clause's subject (appositions.fronted_participle; the parser hung the name on the participle's object, a
    # cycle, and the attackers were the attack's targets); an attributive participle's event gives no row (§4)
    ("«пожизненные сроки получили совершившие нападение X, Y и Z»: 173 → X, Y, Z; no 18 with them as targets",
     "Кроме того, пожизненные сроки получили совершившие террористическое нападение Далерджон Мирзоев, "
     "Мухаммадсобир Файзов и Саидакрами Рачабализода. Вчера задержан напавший на полицейского Иван Петров.",
     [("173", "срок", None, "Далерджон Мирзоев", None, "2025-09-23", "day", "published"),
      ("173", "срок", None, "Мухаммадсобир Файзов", None, "2025-09-23", "day", "published"),
      ("173", "срок", None, "Саидакрами Рачабализода", None, "2025-09-23", "day", "published"),
      ("173", "задержать", None, "Иван Петров", None, "2025-09-22", "day", "text")]),
    # probe IB (dev, ib14): being under arrest or sanctions is undergoing them, a state: who the noun names imposed
    # them, and no one who last arrested someone is carried (event_words.tsv `remaining_under`)
    ("«под арестом находятся X, Y и Z», «находится под санкциями США»: 173 → X, Y, Z; 163 США → Россия",
     "Мосгорсуд продлил арест бывшего замглавы Минобороны Тимура Иванова. Также под арестом находятся Сергей "
     "Бородин, Александр Фомин и Антон Филатов. Россия находится под санкциями США.",
     [("173", "арест", "Мосгорсуд", "Тимур Иванов", None, "2025-09-23", "day", "published"),
      ("173", "арест", None, "Сергей Бородин", None, "2025-09-23", "day", "published"),
      ("173", "арест", None, "Александр Фомин", None, "2025-09-23", "day", "published"),
      ("173", "арест", None, "Антон Филатов", None, "2025-09-23", "day", "published"),
      ("163", "санкция", "США", "Россия", None, "2025-09-23", "day", "published")]),
    # probe IB (dev, ib05): mediating between two sides is consulting them (CAMEO 045 under 04: cameo.tsv «выступить
    # посредник», «миссия посреднический»); the «между» phrase of the condition word names the sides
    ("«провели посредническую миссию между Россией и Украиной», «выступил посредником между …»: 04 with both",
     "Объединенные Арабские Эмираты успешно провели посредническую миссию между Россией и Украиной по организации "
     "обмена военнопленными. Катар выступил посредником между Израилем и ХАМАС.",
     [("04", "миссия", "ОАЭ", "Россия", None, "2025-09-23", "day", "published"),
      ("04", "миссия", "ОАЭ", "Украина", None, "2025-09-23", "day", "published"),
      ("04", "миссия", "Россия", "Украина", None, "2025-09-23", "day", "published"),
      ("04", "выступить", "Катар", "Израиль", None, "2025-09-23", "day", "published"),
      ("04", "выступить", "Катар", "ХАМАС", None, "2025-09-23", "day", "published"),
      ("04", "выступить", "Израиль", "ХАМАС", None, "2025-09-23", "day", "published")]),
    # probe IG (dev, ig07): nominatives hung as conjuncts on a later object in another case are the verb's subjects
    # when it has no nominal one (conjuncts.backward_conjunct: the parser made «более» the subject and «Британия»,
    # «США» conjuncts of «ракет», so they were the targets)
    ("«Британия и США выпустили по ливийским объектам более 110 ракет»: 190 Британия, США as actor1",
     "Как сообщают источники в Пентагоне, Британия и США выпустили по ливийским объектам более 110 крылатых ракет "
     "«Томагавк» по двум десяткам целей.",
     [("190", "выпустить", "Великобритания", None, None, "2025-09-23", "day", "published"),
      ("190", "выпустить", "США", None, None, "2025-09-23", "day", "published")]),
    # probe IG (dev, ig07 headline): a state's attack is conventional military force, 190, not an assault (cameo.tsv
    # «напасть @STATE», «нападение @STATE»; CAMEO's 18 is unconventional violence)
    ("«Россия напала на Украину», «нападение России на Украину»: 190; «напали на журналиста»: 18",
     "США с союзниками напали на Ливию. Нападение России на Украину произошло 24 февраля. Неизвестные напали на "
     "журналиста Ивана Петрова.",
     [("190", "напасть", "США", "Ливия", None, "2025-09-23", "day", "published"),
      ("190", "нападение", "Россия", "Украина", None, "2025-02-24", "day", "text"),
      ("18", "напасть", None, "Иван Петров", None, "2025-09-23", "day", "published")]),
    # probe IG (dev, ig05): an oblique before the noun a participle phrase after a comma modifies is the verb's, not the
    # participle's (objects.oblique_before_participle); the name NER glued to «Республики» is hers (test_entities)
    ("«обсудил по телефону с председателем … Розой Отунбаевой ситуацию, складывающуюся …»: 04 → Отунбаева",
     "Глава правительства РФ Владимир Путин обсудил в пятницу поздно вечером по телефону с председателем временного "
     "правительства Киргизии Республики Розой Отунбаевой ситуацию, складывающуюся в Ошской долине.",
     [("04", "обсудить", "Владимир Путин", "Роза Отунбаева", None, "2025-09-19", "day", "text")]),
    # probe IC (dev, ic16): a verb in the first person with no subject, in a quote, is its speaker's, as «я» would
    # be (EventSentence._dropped_subject: the quote's voice)
    ("«Благодарю Игоря Юрьевича за тёплый приём, написал глава региона»: 051 Дронов → Бабушкин",
     "Губернатор Новгородской области Александр Дронов и губернатор Астраханской области Игорь Бабушкин подписали "
     "соглашение. Благодарю Игоря Юрьевича за тёплый приём, написал глава региона.",
     [("057", "подписать", "Александр Дронов", "Игорь Бабушкин", None, "2025-09-23", "day", "published"),
      ("051", "благодарить", "Александр Дронов", "Игорь Бабушкин", None, "2025-09-23", "day", "published")]),
    # probe IC (dev, ic05): counterparts «из» states stand for those states, as a government noun's do
    # (offices.from_states: quote_words.tsv `counterpart`)
    ("«провел переговоры с коллегами из Сирии и Ирана»: 04 Лавров → Сирия, Иран",
     "Лавров провел переговоры с коллегами из Сирии и Ирана.",
     [("04", "переговоры", "Лавров", "Сирия", None, "2025-09-23", "day", "published"),
      ("04", "переговоры", "Лавров", "Иран", None, "2025-09-23", "day", "published"),
      ("04", "переговоры", "Сирия", "Иран", None, "2025-09-23", "day", "published")]),
    # probe IG (dev, ig04): the imperfective «приезжал в Россию» is a visit as «приехал» is (cameo.tsv «приезжать
    # @LOC»), and with «вместе с» both visit; a genitive name the parser hung as a verb's second object, right after a
    # phrase on that verb, is the phrase noun's (objects.genitive_after_phrase: no «принимать @PER» host either)
    ("«Обама вместе с коллегой Лугаром приезжал в Россию», «в связи с визитом в Москву Обамы …»: 042 Обама",
     "Барак Обама вместе с коллегой Ричардом Лугаром приезжал в Россию. В связи с визитом в Москву Обамы "
     "спецслужбы России принимают беспрецедентные меры безопасности.",
     [("042", "приезжать", "Барак Обама", "Россия", "Россия", "2025-09-23", "day", "published"),
      ("042", "приезжать", "Ричард Лугар", "Россия", "Россия", "2025-09-23", "day", "published"),
      ("042", "визит", "Барак Обама", "Россия", "Москва", "2025-09-23", "day", "published")]),
    # thirtieth round end
    # thirty-first round (docs/events.md §7): each case fails on 00d1bd1
    # probe IG (dev, ig12): the act of dealing blows, an operation, hides the trigger under a light verb as a frame
    # noun does (event_words.tsv `frame`: нанесение, операция, спецоперация): the verb's subject does it
    ("«ВВС Израиля продолжили нанесение ударов по Газе», «провели операцию по задержанию»: 190, 173 with actor1",
     "ВВС Израиля продолжили нанесение ударов по Газе. Сотрудники ФСБ провели спецоперацию по задержанию Ивана "
     "Петрова.",
     [("190", "удар", "ВВС Израиля", "Сектор Газа", None, "2025-09-23", "day", "published"),
      ("173", "задержание", "ФСБ", "Иван Петров", None, "2025-09-23", "day", "published")]),
    # probe HX (dev, hx06): an organisation named after the verb's animate object, parsed as a second subject, is that
    # object's name, as a person's is (repairs._object_name)
    ("«УЕФА наказал соперника «Краснодара» … турецкий «Трабзонспор» …»: 17 УЕФА → Трабзонспор",
     "Также УЕФА наказал соперника «Краснодара» по группе Лиги Европы турецкий «Трабзонспор» частичным закрытием "
     "трибун.",
     [("17", "наказать", "УЕФА", "Трабзонспор", None, "2025-09-23", "day", "published")]),
    # probe IC (dev, ic01): admitting one's own guilt is a statement (CAMEO 015, under 01), not a court's verdict
    # (cameo.tsv 01 «признать себя», «признать вина», matched before 173 «признать виновный»)
    ("«Соколовский признал себя виновным»: 01, not 173",
     "На суде Михаил Соколовский полностью признал себя виновным в выборе поставщика топлива.",
     [("01", "признать", "Михаил Соколовский", None, None, "2025-09-23", "day", "published")]),
    # probe IL (dev, il16): a proper noun conjoined to a later word in another case is a conjunct of the proper noun
    # before it in its case (conjuncts.backward_conjunct), as a common noun was
    ("«Помимо России, независимость Абхазии и Южной Осетии признали Никарагуа, Венесуэла и Науру»: 054 × 6",
     "Помимо России, независимость Абхазии и Южной Осетии признали Никарагуа, Венесуэла и Науру.",
     [("054", "признать", "Никарагуа", "Абхазия", None, "2025-09-23", "day", "published"),
      ("054", "признать", "Никарагуа", "Южная Осетия", None, "2025-09-23", "day", "published"),
      ("054", "признать", "Венесуэла", "Абхазия", None, "2025-09-23", "day", "published"),
      ("054", "признать", "Венесуэла", "Южная Осетия", None, "2025-09-23", "day", "published"),
      ("054", "признать", "Науру", "Абхазия", None, "2025-09-23", "day", "published"),
      ("054", "признать", "Науру", "Южная Осетия", None, "2025-09-23", "day", "published")]),
    # probe IM (dev, im07): a man's accusative hung on the thing's genitive that names the instrumental is the verb's
    # object (objects.object_after_instrumental_name); an apostle is animate, so his name stays the order's
    ("«наградил орденом Мужества писателя Захара Прилепина»: L05 Прилепин ← Путин; «орден Святого апостола …»",
     "Президент России Владимир Путин наградил орденом Мужества писателя Захара Прилепина. Путин наградил "
     "орденом Святого апостола Андрея Первозванного президента Белоруссии.",
     [("L05", "наградить", "Захар Прилепин", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("L05", "наградить", None, "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe IM (dev, im06): of a verb's two subjects, the first belongs to the root verb between them with none, when
    # the parser hung the «как» of «после того, как он …» on that verb (clause_subjects.stray_subject)
    ("«посол … Корнийчук был вызван в МИД Израиля после того, как … он раскритиковал …»: 11 → Корнийчук",
     "Украинский посол в Тель-Авиве Евгений Корнийчук был вызван в МИД Израиля после того, как в интервью порталу "
     "Ynet он раскритиковал высказывания премьер-министра еврейского государства Биньямина Нетаньяху.",
     [("11", "вызвать", "МИД Израиля", "Евгений Корнийчук", None, "2025-09-23", "day", "published"),
      ("11", "раскритиковать", "Евгений Корнийчук", "Биньямин Нетаньяху", None, "2025-09-23", "day", "published")]),
    # … but a second subject after the verb is not the first's: «депутаты … утвердили …: «за» проголосовали 24
    # депутата» keeps its subject (probe HC)
    ("«Депутаты … утвердили кандидатуру …: «за» проголосовали 24 депутата …»: L01 ← the assembly",
     "Депутаты Законодательного собрания Свердловской области единогласно утвердили кандидатуру Эдуарда Росселя на "
     "пост губернатора Свердловской области: «за» проголосовали 24 депутата Областной думы и 19 депутатов Палаты "
     "представителей.",
     [("L01", "утвердить", "Эдуард Россель", "Законодательное собрание Свердловской области", None, "2025-09-23",
       "day", "published")]),
    # probes HH, HD, HW, IM (dev): buying a company, or a share of one, is cooperating economically (CAMEO 061): the
    # organisation taken is actor2, however deep in the object's genitives (cameo.tsv @FIRM, triggers.firms); a deal
    # is a frame noun (event_words.tsv `frame`); a Reuters dateline's abbreviated month makes the city no subject
    # (date_words.tsv `month_abbr`); buying tickets is no event
    ("«Аэрофлот покупает своего конкурента «Трансаэро»», «Сбербанк купил 41,9% производителя … ГК Элемент»: 061",
     "Авиаперевозчик «Аэрофлот» покупает своего конкурента «Трансаэро». МОСКВА, 22 янв (Рейтер) - Крупнейший "
     "российский банк Сбербанк купил 41,9% производителя микроэлектроники ГК Элемент. «Магнит» завершил сделку по "
     "покупке магазинов «Дикси». «Зенит» объявил о покупке двух игроков «Коринтианс». Пассажиры, которые купили "
     "билеты на пятницу, могут их сдать.",
     [("061", "покупать", "Аэрофлот", "Трансаэро", None, "2025-09-23", "day", "published"),
      ("061", "купить", "Сбербанк", "ГК Элемент", None, "2025-09-23", "day", "published"),
      ("061", "покупка", "Магнит", "Дикси", None, "2025-09-23", "day", "published"),
      ("01", "объявить", "Зенит", None, None, "2025-09-23", "day", "published"),
      ("061", "покупка", "Зенит", "Коринтианс", None, "2025-09-23", "day", "published")]),
    # probe IL (dev, il12): a sentence that names no one but «я» inside a quote whose speaker is named is worth
    # parsing: «я» is the speaker (events.article: the candidates; EventSentence: the quote's voice)
    ("«\"Я сегодня ухожу с занимаемой должности. Это мое решение\", - заявил … Оторбаев»: L02 Оторбаев",
     "\"Я сегодня ухожу с занимаемой должности. Это мое решение\", - заявил премьер-министр Джоомарт Оторбаев.",
     [("L02", "уходить", "Джоомарт Оторбаев", None, None, "2025-09-23", "day", "text"),
      ("01", "заявить", "Джоомарт Оторбаев", None, None, "2025-09-23", "day", "published")]),
    # thirty-first round end
    # thirty-second round (docs/events.md §7): each case fails on d76cb6e
    # probe IL (dev, il13): a blacklist is a list of sanctions (cameo.tsv 163 «список черный»), whoever keeps it
    ("«Министерство торговли США обнародовало новый «черный список» компаний», «внес … в черный список»: 163",
     "Министерство торговли США обнародовало новый «черный список» компаний, чья деятельность якобы угрожает "
     "национальной безопасности Соединенных Штатов. Госдеп США внес компанию «Совкомфлот» в черный список.",
     [("163", "список", "Министерство торговли США", None, None, "2025-09-23", "day", "published"),
      ("163", "список", "Госдеп США", "Совкомфлот", None, "2025-09-23", "day", "published")]),
    # probe IQ (dev, iq13): a post of an organisation the article gives no one is the last main clause's subject
    # before it, a person named with no post at all (referents._sole_holder)
    ("«Сергей Лавров сегодня находится в Ереване. Глава российского МИДа провёл встречи …»: 04 Лавров",
     "Сергей Лавров сегодня находится в Ереване. Глава российского МИДа провёл встречи со своим коллегой - Эдвардом "
     "Налбандяном, а также с президентом Армении Сержем Саргсяном.",
     [("04", "встреча", "Сергей Лавров", "Эдвард Налбандян", None, "2025-09-23", "day", "published"),
      ("04", "встреча", "Сергей Лавров", "Серж Саргсян", None, "2025-09-23", "day", "published")]),
    # … but not one the article gives another post
    ("«Посол России Сергей Копыркин прибыл в Ереван. Глава российского МИДа провёл встречу …»: no actor1",
     "Посол России Сергей Копыркин прибыл в Ереван. Глава российского МИДа провёл встречу с Эдвардом "
     "Налбандяном.",
     [("042", "прибыть", "Сергей Копыркин", "Ереван", "Ереван", "2025-09-23", "day", "published"),
      ("04", "встреча", None, "Эдвард Налбандян", None, "2025-09-23", "day", "published")]),
    # probe IR (dev, ir05): a light verb's passive has its doer in the instrumental (noun_frames,
    # partners.passive_agents)
    ("«Гуманитарная помощь доставлена сотрудниками МЧС РФ в Донецкую Народную Республику»: 07 МЧС → ДНР",
     "Гуманитарная помощь доставлена сотрудниками МЧС РФ в Донецкую Народную Республику.",
     [("07", "помощь", "МЧС России", "Донецкая Народная Республика", None, "2025-09-23", "day", "published")]),
    # probe IQ (dev, iq08): confirming someone in a post is appointing them (cameo.tsv L01 «утвердить @POST»,
    # event_words.tsv `doer`)
    ("«Совет директоров «АвтоВАЗа» утвердил новым президентом компании Бу Андерссона»: L01 Андерссон ← АвтоВАЗ",
     "Совет директоров \"АвтоВАЗа\" утвердил новым президентом компании Бу Андерссона.",
     [("L01", "утвердить", "Бу Андерссон", "автоваз", None, "2025-09-23", "day", "published")]),
    # probe IM (dev, im14): where people are detained is no one detained: «у» is no partner of 173 (cameo.tsv; 17's
    # «обыск у X» keeps it)
    ("«13 человек были задержаны у концертного зала «Октябрьский»»: no actor2 «Октябрьский»",
     "Как отмечается, 13 человек были задержаны у концертного зала \"Октябрьский\", где оппозиционеры встретились "
     "перед проведением согласованного митинга на Марсовом поле. Полиция задержала Сергея Удальцова у концертного "
     "зала \"Октябрьский\".",
     [("173", "задержать", None, "Сергей Удальцов", None, "2025-09-23", "day", "published")]),
    # probe IQ (dev, iq05): a name in marks after the noun of its kind in the genitive keeps its nominative, and is the
    # body of the post the person leaves (offices.held_post_body)
    ("«Президент ОАО «Объединенная судостроительная корпорация» Роман Троценко покинет свой пост»: L02 → ОСК",
     "Президент ОАО «Объединенная судостроительная корпорация» Роман Троценко покинет свой пост с 1 июля 2012 года.",
     [("L02", "покинуть", "Роман Троценко", "Объединенная судостроительная корпорация", None, "2025-09-23", "day",
       "published")]),
    # thirty-second round end
    # thirty-third round (docs/events.md §7): each case fails on ab9cf42
    # probe IV (dev, iv06): a post's holder is one introduced with the post's own words before one introduced with a
    # broader synonym («президент» is a «глава» too; referents.holder_of)
    ("«… президента РФ Владимира Путина и главы российского МИД Сергея Лаврова. … против президента России»: Путин",
     "ЕС ввел санкции против президента РФ Владимира Путина и главы российского МИД Сергея Лаврова. Ранее США ввели "
     "санкции против президента России.",
     [("163", "ввести", "ЕС", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("163", "ввести", "ЕС", "Сергей Лавров", None, "2025-09-23", "day", "published"),
      ("163", "ввести", "США", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe IV (dev, iv06): sanctions are applied «к» their target (cameo.tsv 163 «применить санкция», partner «к»)
    ("«США применили санкции к премьер-министру России Михаилу Мишустину и главе МВД …»: 163 США → both",
     "Кроме того, США применили санкции к премьер-министру России Михаилу Мишустину и главе МВД Владимиру "
     "Колокольцеву.",
     [("163", "применить", "США", "Михаил Мишустин", None, "2025-09-23", "day", "published"),
      ("163", "применить", "США", "Владимир Колокольцев", None, "2025-09-23", "day", "published")]),
    # probe IV (dev, iv10): a list of genitives the parser hangs each on the noun, past an adjective and quote marks
    # (conjuncts.listed_genitive)
    ("«между представителями Украины, террористических \"ДНР\" и \"ЛНР\" с участием ОБСЕ»: every pair",
     "На переговорах контактной группы между представителями Украины, террористических \"ДНР\" и \"ЛНР\" с "
     "участием ОБСЕ в пятницу был подписан протокол о прекращении огня.",
     [("04", "переговоры", "ОБСЕ", "Украина", None, "2025-09-19", "day", "text"),
      ("04", "переговоры", "ОБСЕ", "ДНР", None, "2025-09-19", "day", "text"),
      ("04", "переговоры", "ОБСЕ", "ЛНР", None, "2025-09-19", "day", "text"),
      ("04", "переговоры", "Украина", "ДНР", None, "2025-09-19", "day", "text"),
      ("04", "переговоры", "Украина", "ЛНР", None, "2025-09-19", "day", "text"),
      ("04", "переговоры", "ДНР", "ЛНР", None, "2025-09-19", "day", "text")]),
    # probe IW (dev, iw13): an attack «в сторону» or «в направлении» of its target (event_words.tsv `addressee`), a
    # target noun standing for the state of its country adjective
    ("«о ракетной атаке Ирана в направлении израильской территории»: 190 Иран → Израиль",
     "Армия обороны Израиля сообщила во вторник вечером о ракетной атаке Ирана в направлении израильской "
     "территории.",
     [("01", "сообщить", "Армия обороны Израиля", None, None, "2025-09-23", "day", "text"),
      ("190", "атака", "Иран", "Израиль", None, "2025-09-23", "day", "text")]),
    # probe IW (dev, iw12): a question's «ли» right after its verb, whatever the parser hangs it on (modality.py)
    ("«Они не уточнили, нанесены ли удары по Ираку и Сирии, …»: no row",
     "Они не уточнили, нанесены ли удары по Ираку и Сирии, территория которых была задействована при иранском "
     "обстреле Израиля на прошлой неделе.",
     []),
    # probe IW (dev, iw04): an abbreviation's lemma is itself (word_forms.lemma: «БПЛА», not «бпл»), so drones with a
    # country adjective act for that state (event_words.tsv `government`)
    ("«Украинские БПЛА атаковали микроавтобус …»: 190 Украина",
     "Украинские БПЛА атаковали микроавтобус с мирными жителями в Брянской области. Армия России наносит удары по "
     "объектам Украины.",
     [("190", "атаковать", "Украина", "Брянская область", None, "2025-09-23", "day", "published"),
      ("190", "удар", "Армия России", "Украина", None, "2025-09-23", "day", "published")]),
    # probe IV (dev, iv15): suspending a committee or a federation is a sanction (cameo.tsv 163 «отстранить комитет»),
    # and a name before the verb the parser makes its object is its subject when the tagger reads it so
    # (clause_subjects._crossed_roles)
    ("«МОК временно отстранил Олимпийский комитет России (ОКР)»: 163 МОК → ОКР",
     "МОК временно отстранил Олимпийский комитет России (ОКР), сообщил на брифинге директор по коммуникациям МОК "
     "Марк Адамс.",
     [("163", "отстранить", "МОК", "ОКР", None, "2025-09-23", "day", "published")]),
    # probe IV (dev, iv11): a resignation letter's writer leaves, and whom it is handed to is the other side, never the
    # person it is about (noun_frames, `Frame.subject_first`)
    ("«Петр Фиала вручил прошение об отставке президенту Петру Павлу»: L02 Фиала → Павел",
     "Премьер Петр Фиала вручил прошение об отставке президенту Петру Павлу.",
     [("L02", "отставка", "Петр Фиала", "Петр Павел", None, "2025-09-23", "day", "published")]),
    # probe JC (dev, jc16): who approves a change in someone's post makes it (event_words.tsv `approving`); an object
    # the parser leaves with no head, in a cycle with its adjective, is the root verb's (repairs._stranded_nominal)
    ("«Городской совет Петрозаводска согласовал досрочную отставку мэра …»: L02 Ширшина → совет",
     "Городской совет Петрозаводска согласовал досрочную отставку мэра города Галины Ширшиной. Президент Владимир "
     "Путин согласовал отставку министра Ивана Петрова.",
     [("L02", "отставка", "Галина Ширшина", "Городской совет Петрозаводска", None, "2025-09-23", "day", "published"),
      ("L02", "отставка", "Иван Петров", "Владимир Путин", None, "2025-09-23", "day", "published")]),
    # probe JD (dev, jd10): an apposition never crosses its clause's verb; a name hung on the subject before the verb
    # is the post's right before it (appositions._post_past_verb)
    ("«Ильхам Алиев принял министра Турции по делам Евросоюза Мовлуда Чавушоглу»: 043",
     "Министр Мовлуд Чавушоглу прибыл в Баку. Глава Азербайджанского государства Ильхам Алиев принял министра Турции "
     "по делам Евросоюза Мовлуда Чавушоглу.",
     [("042", "прибыть", "Мовлуд Чавушоглу", "Баку", "Баку", "2025-09-23", "day", "published"),
      ("043", "принять", "Ильхам Алиев", "Мовлуд Чавушоглу", None, "2025-09-23", "day", "published")]),
    # probe JD (dev, jd11): a nominal inside a relative clause, hung on a word after the comma that closes it, is the
    # clause verb's (repairs._escaped_from_relative_clause)
    ("«… тем, которые Чавес обсудит со своим российским коллегой Дмитрием Медведевым …, будет …»: 036 and 06",
     "Президент Венесуэлы Уго Чавес начинает визит в Россию. Главной из тем, которые Чавес обсудит со своим "
     "российским коллегой Дмитрием Медведевым и премьер-министром Владимиром Путиным, будет военное сотрудничество "
     "между Россией и Венесуэлой.",
     [("042", "визит", "Уго Чавес", "Россия", "Россия", "2025-09-23", "day", "published"),
      ("036", "обсудить", "Уго Чавес", "Дмитрий Медведев", None, "2025-09-23", "day", "published"),
      ("036", "обсудить", "Уго Чавес", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("036", "обсудить", "Дмитрий Медведев", "Владимир Путин", None, "2025-09-23", "day", "published"),
      ("06", "сотрудничество", "Россия", "Венесуэла", None, "2025-09-23", "day", "published")]),
    # thirty-third round end
    # thirty-fourth round (docs/events.md §7): each case fails on 69a3b2b
    # probe JI (dev, ji16): a repair that would make a word its own ancestor is undone (repairs.repair); this sentence
    # had made «перемирие» and «неофициальное» each the other's head, and the walk up the tree never ended
    ("«… на предложенное при посредничестве Египта неофициальное перемирие …»: rows, and no endless walk",
     "В ходе переговоров Аббас просил Ольмерта дать согласие на предложенное при посредничестве Египта неофициальное "
     "перемирие и прекращение боевых действий в секторе Газа, однако израильский премьер ответил отказом.",
     [("04", "переговоры", "Аббас", "Ольмерт", None, "2025-09-23", "day", "published"),
      ("02", "просить", "Аббас", "Ольмерт", None, "2025-09-23", "day", "published"),
      ("04", "посредничество", "Египет", None, None, "2025-09-23", "day", "published")]),
    # probes JD, JH (dev, jd05, jh02, jh03): a warrant for an arrest is the arrest of whoever issues it (event_words.tsv
    # `frame` «ордер», `light` «выдать», «санкционировать»); «санкция на арест» is leave, no sanctions (`permission`)
    ("«… выдало ордер на арест …», «… санкционировал арест …», «… выдал санкцию на арест …»: 173, no 163",
     "Временное правительство Боливии выдало ордер на арест экс-президента Эво Моралеса. Басманный суд Москвы "
     "санкционировал арест губернатора Хабаровского края Сергея Фургала. Басманный суд Москвы выдал санкцию на арест "
     "экс-сенатора от Башкирии Игоря Изместьева.",
     [("173", "арест", "Правительство Боливии", "Эво Моралес", None, "2025-09-23", "day", "published"),
      ("173", "арест", "Басманный суд Москвы", "Сергей Фургал", None, "2025-09-23", "day", "published"),
      ("173", "арест", None, "Игорь Изместьев", None, "2025-09-23", "day", "published")]),
    # probes IV, JD, JH (dev, iv03, jd05, jh12): who leaves a post by their own act, the subject of an active verb,
    # is dismissed by no one, not by whoever signed a decision on posts before (person_frames._own_leaving)
    ("«… Армен Саргсян подписал постановление об отставке … . … Серж Саргсян покинул должность …»: L02 alone",
     "Президент Армении Армен Саргсян подписал постановление об отставке правительства. Сегодня Серж Саргсян покинул "
     "должность премьер-министра.",
     [("L02", "покинуть", "Серж Саргсян", None, None, "2025-09-23", "day", "text")]),
    # probe JC (dev, jc12): the unnamed holders of a post in a union's member states act for the union (event_words.tsv
    # `members`, offices.office); officials of a state act for it (`government` «чиновник»)
    ("«Лидеры стран ЕС согласовали введение санкций …», «… санкции против белорусских чиновников»: ЕС, Белоруссия",
     "Лидеры стран ЕС согласовали введение санкций против почти 40 должностных лиц Беларуси, ответственных за "
     "нарушения на президентских выборах. Ранее, Великобритания и Канада уже ввели санкции против белорусских "
     "чиновников, в том числе и Лукашенко.",
     [("163", "санкция", "ЕС", None, None, "2025-09-23", "day", "published"),
      ("163", "ввести", "Великобритания", "Белоруссия", None, "2025-09-23", "day", "published"),
      ("163", "ввести", "Великобритания", "Лукашенко", None, "2025-09-23", "day", "published"),
      ("163", "ввести", "Канада", "Белоруссия", None, "2025-09-23", "day", "published"),
      ("163", "ввести", "Канада", "Лукашенко", None, "2025-09-23", "day", "published")]),
    # thirty-fourth round end
    # thirty-fifth round (docs/events.md §7): each case fails on 1539483
    # probe JH (dev, jh12): a verb of dismissal takes as its object the person its «с» phrase of the post ends on,
    # parsed as an apposition to the post's genitive (objects.removed_object), as «отстранил от исполнения …» does
    ("«… Валерий Радаев уволил с поста заместителя председателя правительства региона Сергея Канчера»: L02",
     "Губернатор Саратовской области Валерий Радаев уволил с поста заместителя председателя правительства региона "
     "Сергея Канчера. Мэр снял с должности заместителя главы администрации Ивана Петрова.",
     [("L02", "уволить", "Сергей Канчер", "Валерий Радаев", None, "2025-09-23", "day", "published"),
      ("L02", "снять", "Иван Петров", None, None, "2025-09-23", "day", "published")]),
    # probes IV, JC (dev, iv10, jc02): a statement whose object is what is stressed or voiced, no clause, is one too
    # (cameo.tsv 01 «подчеркнуть», «озвучить»)
    ("«Путин подчеркнул взаимную заинтересованность …», «… Силуанов озвучил цифры …»: 01",
     "Путин подчеркнул взаимную заинтересованность стран в нормализации отношений. Министр финансов Антон Силуанов "
     "озвучил цифры дефицита бюджета.",
     [("01", "подчеркнуть", "Путин", None, None, "2025-09-23", "day", "published"),
      ("01", "озвучить", "Антон Силуанов", None, None, "2025-09-23", "day", "published")]),
    # probe JR (dev, jr08, jr09): the instrumental agent of a passive is no condition word («принять руководство»,
    # triggers.condition_word); a city right after a club's quoted name is part of its name (appositions.club_city);
    # a name the parser sets in apposition to a verb is its object (repairs._misplaced_nominals)
    ("«… руководством «Динамо» принято решение …», «ФК «Динамо» Москва отправило в отставку …», «переизбрал Сергея …»",
     "Руководством \"Динамо\" принято решение о расторжении контракта с тренером. ФК \"Динамо\" Москва отправило в "
     "отставку главного тренера команды Андрея Кобелева. Съезд партии \"Справедливая Россия\" в субботу переизбрал "
     "Сергея Миронова председателем партии.",
     [("L02", "отправить", "Андрей Кобелев", "Динамо", None, "2025-09-23", "day", "published"),
      ("L03", "переизбрать", "Сергей Миронов", "Справедливая Россия", None, "2025-09-20", "day", "text")]),
    # probes JP, JQ (dev, jp06, jq10): release «от выполнения обязанностей» is a dismissal as «от исполнения» is; a
    # diplomat declared «нежелательным лицом» is expelled as one declared «персоной нон грата» (cameo.tsv L02, 16)
    ("«… освобожден от выполнения обязанностей …», «… объявила … нежелательным лицом»: L02, 16, no 08, no 01",
     "Указом президента Иван Петров освобожден от выполнения обязанностей губернатора. Литва объявила российского "
     "дипломата нежелательным лицом.",
     [("L02", "освободить", "Иван Петров", None, None, "2025-09-23", "day", "published"),
      ("16", "объявить", "Литва", None, None, "2025-09-23", "day", "published")]),
    # probe JP (dev, jp16): a nominative name the parser sets in apposition to a genitive under an instrumental post
    # is the subject, not the post's name in another case (appositions.rehang_names); the settlement's name NER glued
    # to it is a place of its own (mentions._unglued)
    ("«Акимом города Кентау Даурен Макажанов стал в апреле 2019 года»: L01",
     "Акимом города Кентау Даурен Макажанов стал в апреле 2019 года.",
     [("L01", "стать", "Даурен Макажанов", "Кентау", None, "2019-04-01", "month", "text")]),
    ("«Руководство «Локомотива» приняло решение …»: no L01",
     "Руководство «Локомотива» приняло решение расторгнуть контракт с тренером Леонидом Кучуком. Руководство "
     "клубом принял Иван Петров.",
     [("L02", "расторгнуть", "Леонид Кучук", "Локомотив", None, "2025-09-23", "day", "published"),
      ("L01", "принять", "Иван Петров", None, None, "2025-09-23", "day", "published")]),
    # thirty-fifth round end
    # thirty-sixth round (docs/events.md §7): each case fails on 4bc6894
    # probe JY (dev, jy15): the choice of a measure of restraint is criminal proceedings, no election (cameo.tsv 173
    # «избрание мера», as the verb «избрать меру»)
    ("«… суд рассмотрит вопрос об избрании Михаилу Коневу меры пресечения»: 173, no L03",
     "27 сентября суд рассмотрит вопрос об избрании Михаилу Коневу меры пресечения.",
     [("173", "избрание", None, "Михаил Конев", None, "2025-09-27", "day", "text")]),
    # probe JX (dev, jx05): a nominative the parser makes the object of a verb in «-ся», which takes no accusative, is
    # its subject (clause_subjects.disagreeing_subject)
    ("«… об этом премьеры двух стран договорились в ходе телефонного разговора»: 05 Азаров, Медведев",
     "Премьер-министр Украины Николай Азаров провел телефонный разговор с премьер-министром России Дмитрием "
     "Медведевым. Как сообщает пресс-служба, об этом премьеры двух стран договорились в ходе телефонного разговора.",
     [("04", "разговор", "Николай Азаров", "Дмитрий Медведев", None, "2025-09-23", "day", "published"),
      ("05", "договориться", "Николай Азаров", "Дмитрий Медведев", None, "2025-09-23", "day", "published"),
      ("04", "разговор", "Николай Азаров", "Дмитрий Медведев", None, "2025-09-23", "day", "published")]),
    # thirty-sixth round end
    # thirty-seventh round (docs/events.md §7): each case fails on b1ca2de
    # probe KG (dev, kg04): a «где» clause with no subject of its own on a predicate with a copula goes on with the
    # predicate's subject, as one on a verb's object does (EventSentence.subjects)
    ("«Ван И был в Будапеште, где провел встречу с … Петером Сийярто»: 04 Ван И, Сийярто",
     "Ван И был в Будапеште, где провел встречу с руководителем венгерского МИД Петером Сийярто.",
     [("04", "встреча", "Ван И", "Петер Сийярто", None, "2025-09-23", "day", "published")]),
    # probe KG (dev, kg09): «главы МИД» after two ministers' talks are the two sides, as «министры иностранных дел»
    # (event_words.tsv `party_state` мид, минобороны, минфин, минюст), not the ministry
    ("«… провел встречу с индийским коллегой … . Главы МИД договорились …»: 05 Лавров, Джайшанкар",
     "Министр иностранных дел России Сергей Лавров провел встречу с индийским коллегой Субраманьямом "
     "Джайшанкаром. Главы МИД договорились продолжать укреплять партнерство.",
     [("04", "встреча", "Сергей Лавров", "Субраманьям Джайшанкар", None, "2025-09-23", "day", "published"),
      ("05", "договориться", "Сергей Лавров", "Субраманьям Джайшанкар", None, "2025-09-23", "day", "published")]),
    # thirty-seventh round end
    # thirty-eighth round (docs/events.md §7): each case fails on ae39b0e
    # probes KP (dev, kp12), KH (dev, kh04) and JC (dev, jc04): a contract with someone ended is their dismissal, by the
    # one who ends it (cameo.tsv L02, event_words.tsv `doer` «расторгнуть контракт»), not relations reduced (16); the
    # same person found twice is one person, whose post's body is no side when someone dismisses him (person_frames)
    ("«РФС расторг контракт с … Станиславом Черчесовым»: L02 Черчесов → РФС",
     "РФС расторг контракт с главным тренером сборной России Станиславом Черчесовым.",
     [("L02", "расторгнуть", "Станислав Черчесов", "РФС", None, "2025-09-23", "day", "published")]),
    ("«Руководство клуба «Николаев» приняло решение разорвать контракт с … Сергеем Кирланом»: L02 Кирлан → Николаев",
     "Руководство баскетбольного клуба «Николаев» приняло решение разорвать контракт с главным тренером команды "
     "Сергеем Кирланом.",
     [("L02", "разорвать", "Сергей Кирлан", "Николаев", None, "2025-09-23", "day", "published")]),
    # … and a condition word as a passive's subject has its partners as an object has (frames.frame)
    ("«Контракт с Владимиром Воробьевым расторгнут …»: L02 Воробьев",
     "Контракт с Владимиром Воробьевым расторгнут в связи с грубым нарушением трудовых обязанностей.",
     [("L02", "расторгнуть", "Владимир Воробьев", None, None, "2025-09-23", "day", "published")]),
    ("«Соглашение с Ираном было подписано в Вене»: 057 → Иран",
     "Соглашение с Ираном было подписано в Вене.",
     [("057", "подписать", None, "Иран", "Вена", "2025-09-23", "day", "published")]),
    # probe JC (dev, jc04): a departure with no other side goes on with the body the article's last departure left
    # (article._last_doers), as a dismissal goes on with who last dismissed
    ("«Воробьев ушел с поста … «Амура». … расторгнуты контракты с тренерами Игорем Петровым и …»: L02 → Амур",
     "Владимир Воробьев ушел с поста главного тренера хабаровского «Амура». Ранее были расторгнуты контракты с "
     "тренерами Игорем Петровым и Александром Завьяловым.",
     [("L02", "уйти", "Владимир Воробьев", "Амур", None, "2025-09-23", "day", "published"),
      ("L02", "расторгнуть", "Игорь Петров", "Амур", None, "2025-09-23", "day", "published"),
      ("L02", "расторгнуть", "Александр Завьялов", "Амур", None, "2025-09-23", "day", "published")]),
    # probe KO (dev, ko09, ko11): a veto «на» a resolution rejects its authors (cameo.tsv 12 partner «на»,
    # event_words.tsv `owned` резолюция)
    ("«Россия наложила вето на резолюцию США и Албании»: 12 Россия → США, Албания",
     "Россия наложила вето на резолюцию США и Албании.",
     [("12", "вето", "Россия", "США", None, "2025-09-23", "day", "published"),
      ("12", "вето", "Россия", "Албания", None, "2025-09-23", "day", "published")]),
    # probe KO (dev, ko12): sanctions against organisations that the text does not name are aimed at the places
    # they are in, as an attack's targets are (cameo.tsv 163 flag `targets_place`)
    ("«… ввело ограничительные меры против 13 организаций … в Китае и России»: 163 → Китай, Россия",
     "Министерство финансов США ввело ограничительные меры против 13 организаций в Китае и России.",
     [("163", "мера", "Министерство финансов США", "Китай", None, "2025-09-23", "day", "published"),
      ("163", "мера", "Министерство финансов США", "Россия", None, "2025-09-23", "day", "published")]),
    # thirty-eighth round end
    # thirty-ninth round (docs/events.md §7): each case fails on 7bb3e8e
    # probe KW (dev, kw15): stripping someone of a medal, a title or an award is an administrative sanction (cameo.tsv
    # 172 «лишить медаль», «лишение титул»), and a passive of the root with no agent goes on with who last did one of
    # its sub-codes (article._last_agents)
    ("«МОК лишил Россию двух серебряных медалей … Помимо этого были дисквалифицированы …»: 17 МОК → Россия, Скобрев",
     "Международный олимпийский комитет лишил Россию двух серебряных медалей Сочи-2014 в санном спорте. Помимо "
     "этого были дисквалифицированы конькобежцы Иван Скобрев и Артем Кузнецов.",
     [("172", "лишить", "МОК", "Россия", None, "2025-09-23", "day", "published"),
      ("17", "дисквалифицировать", "МОК", "Иван Скобрев", None, "2025-09-23", "day", "published"),
      ("17", "дисквалифицировать", "МОК", "Артем Кузнецов", None, "2025-09-23", "day", "published")]),
    ("«Федерация бокса лишила Ивана Петрова титула чемпиона мира»: 172 Федерация бокса → Петров",
     "Федерация бокса лишила Ивана Петрова титула чемпиона мира.",
     [("172", "лишить", "Федерация бокса", "Иван Петров", None, "2025-09-23", "day", "published")]),
    # probe KX (dev, kx13): the winner of an election a verb of becoming or judging predicates is elected (cameo.tsv
    # L03 @ELECTED, event_words.tsv `election`), of the post the election is for (triggers.framed_posts); who
    # declares them winner is the other side; a contest's winner is none
    ("«Эммануэль Макрон официально назван победителем выборов президента Франции»: L03 Макрон → Франция",
     "Лидер движения «Вперед» Эммануэль Макрон официально назван победителем выборов президента Франции.",
     [("L03", "назвать", "Эммануэль Макрон", "Франция", None, "2025-09-23", "day", "published")]),
    ("«Центризбирком объявил победителем выборов Эммануэля Макрона»: L03 Макрон → Центризбирком",
     "Центризбирком объявил победителем выборов Эммануэля Макрона.",
     [("L03", "объявить", "Эммануэль Макрон", "Центризбирком", None, "2025-09-23", "day", "published")]),
    ("«Иван Петров стал победителем турнира»: no election",
     "Иван Петров стал победителем турнира.",
     []),
    # thirty-ninth round end
    # fortieth round (docs/events.md §7): each case fails on a01481a
    # probe LE (dev, le01): who grants a request for an act does it (event_words.tsv `granting`, `granted`): the court
    # that grants a motion for an arrest arrests, whichever order the sentence takes; one that does not grant it
    # arrests no one
    ("«Басманный суд удовлетворил ходатайство следствия о заочном аресте … Арсена Авакова»: 173 суд → Аваков",
     "Басманный суд удовлетворил ходатайство следствия о заочном аресте министра внутренних дел Украины Арсена "
     "Авакова.",
     [("173", "арест", "Басманный суд", "Арсен Аваков", None, "2025-09-23", "day", "published")]),
    ("«Ходатайство о его аресте удовлетворил Басманный суд»: 173 суд → Петров",
     "Следователи задержали Ивана Петрова. Ходатайство о его аресте удовлетворил Басманный суд.",
     [("173", "задержать", None, "Иван Петров", None, "2025-09-23", "day", "published"),
      ("173", "арест", "Басманный суд", "Иван Петров", None, "2025-09-23", "day", "published")]),
    ("«Суд не удовлетворил ходатайство прокуратуры об аресте Ивана Петрова»: no arrest",
     "Суд не удовлетворил ходатайство прокуратуры об аресте Ивана Петрова.",
     []),
    # probe LF (dev, lf14): a member of a mission's staff summoned and named by no person stands for the mission's
    # state, through his genitives (offices.staff_states)
    ("«Заместителя руководителя американского посольства в Москве вызвали в МИД»: 11 МИД → США",
     "США ввели санкции против России. Заместителя руководителя американского посольства в Москве вызвали в МИД.",
     [("163", "ввести", "США", "Россия", None, "2025-09-23", "day", "published"),
      ("11", "вызвать", "МИД", "США", None, "2025-09-23", "day", "published")]),
]


@pytest.mark.parametrize("pattern, sentence, expected", CONSTRUCTED, ids=[p[0] for p in CONSTRUCTED])
def test_constructed(pattern, sentence, expected):
    assert events_of(sentence, "2025-09-23") == expected


# probe HD (dev, hd03): a body telling of an act in the passive with no agent, or in the indefinite personal, did it
# (context.announcing_body, for codes cameo.tsv marks `announced`, L05 now among them; `rule` `teller`): the speaker
# the quotes resolved, a press office's body; an outlet relays (quotes.lexicon.is_news_outlet, whatever dash joins its
# name), a full participle names people. Fails on 207d589.
TOLD_BY_THE_DOER = [
    ("«Нобелевская премия … присуждена … Константину Новоселову и Андрею Гейму …, объявила Шведская академия»: L05",
     "Нобелевская премия 2010 года по физике присуждена выходцам из России, работающим в Великобритании - "
     "Константину Новоселову и Андрею Гейму - за создание графена, объявила Шведская академия.",
     [("L05", "присудить", "Константин Новоселов", "Шведская академия", None, "2010-01-01", "year", "text"),
      ("L05", "присудить", "Андрей Гейм", "Шведская академия", None, "2010-01-01", "year", "text"),
      ("01", "объявить", "Шведская академия", None, None, "2025-09-23", "day", "published")]),
    ("«Иван Петров задержан …, сообщила ФСБ»: 173 ФСБ → Петров",
     "Иван Петров задержан по подозрению в мошенничестве, сообщила ФСБ.",
     [("173", "задержать", "ФСБ", "Иван Петров", None, "2025-09-23", "day", "published"),
      ("01", "сообщить", "ФСБ", None, None, "2025-09-23", "day", "published")]),
    ("«Олег Сидоров задержан, сообщили в пресс-службе МВД»: the body the press office speaks for",
     "Олег Сидоров задержан, сообщили в пресс-службе МВД.",
     [("173", "задержать", "МВД", "Олег Сидоров", None, "2025-09-23", "day", "published"),
      ("01", "сообщить", "МВД", None, None, "2025-09-23", "day", "published")]),
    ("«Олег Сидоров задержан в Москве, сообщает Agence France–Presse»: an outlet relays, no arrester",
     "Олег Сидоров задержан в Москве, сообщает агентство France–Presse.",
     [("173", "задержать", None, "Олег Сидоров", "Москва", "2025-09-23", "day", "published")]),
    ("«ходатайствовать об аресте задержанных …, сообщил представитель МВД»: those detained, no act told",
     "Следователь будет ходатайствовать об аресте задержанных по подозрению в нападении на Сергея Филина, сообщил "
     "представитель МВД.",
     [("18", "нападение", None, "Сергей Филин", None, "2025-09-23", "day", "published"),
      ("01", "сообщить", "МВД", None, None, "2025-09-23", "day", "published")]),
]


@pytest.mark.parametrize("pattern, sentence, expected", TOLD_BY_THE_DOER, ids=[p[0] for p in TOLD_BY_THE_DOER])
def test_a_body_telling_its_own_act_did_it(pattern, sentence, expected):
    assert events_of(sentence, "2025-09-23", statements=True) == expected


# The misses issue 16 saw in real articles (abridged there; written out as full sentences here).
# A row: (event_subcode, actor1, actor2, rule).
def _dyads(text: str) -> list[tuple]:
    events, _, _ = run(article_of(text, "2025-09-23"))
    return [(e["event_subcode"], e["actor1_name"], e["actor2_name"], e["rule"]) for e in events if e["rule"] != "speaker"]


def test_a_name_the_parser_strands_after_an_animate_object_is_that_objects():
    """probe T (dev), t05: «Лилиану Дарию» parsed as a second subject of «вызвало», or in apposition
    to «Министерство», is the ambassador summoned (her canonical name is the name module's business:
    only the row's sides are checked here)."""
    for text in ("Министерство иностранных дел России вызвало молдавского посла в Москве Лилиану Дарию.",
                 "Министерство иностранных дел России вызвало молдавского посла в Москве Лилиану Дарию и "
                 "выразило ноту протеста из-за блокады русской дипмиссии."):
        events, _, _ = run(article_of(text, "2025-09-23"))
        assert [(e["event_subcode"], e["actor1_name"], e["actor2_type"], e["actor2_name"][:6]) for e in events] == [
            ("11", "Министерство иностранных дел России", "PER", "Лилиан")]


def test_the_owner_of_a_prepositional_phrase_is_no_subject_a_pronoun_goes_on_with():
    """probe DU (dev, p10): «после отставки Хайле Мариама Десалегна», its last word tagged nominative, is no
    subject: «он» in the next sentence is Абий Ахмед (`coreference.named_subjects`)."""
    text = ("43-летний Абий Ахмед возглавил правительство Эфиопии в апреле 2018 года после отставки Хайле Мариама "
            "Десалегна. Уже через три месяца он прилетел в Асмэру, где провел переговоры с президентом Эритреи "
            "Исайясом Афеворком.")
    rows, _, _ = run(article_of(text, "2018-07-08"))
    assert [(r["event_subcode"], r["actor1_name"], r["actor2_name"]) for r in rows if r["sentence_index"] == 1] == [
        ("042", "Абий Ахмед", "Эритрея"), ("04", "Абий Ахмед", "Исайяс Афеворк")]


def test_an_indeclinable_subject_is_one_a_pronoun_goes_on_with():
    """probe DU (dev, p07): «Абэ дольше всех занимал пост», «Абэ» tagged genitive, is the parser's subject and has
    one form for every case: «он» after it is Абэ, not Байден named before (`coreference.named_subjects`)."""
    text = ("Президент США Джо Байден распорядился приспустить флаги. Абэ дольше всех в истории страны занимал пост "
            "премьер-министра. В августе 2020 года он ушел в отставку по состоянию здоровья.")
    rows, _, _ = run(article_of(text, "2022-07-08"))
    assert [(r["event_subcode"], r["actor1_name"], r["rule"]) for r in rows] == [("L02", "Абэ", "coreference")]


def test_a_meeting_of_five_is_ten_dyads_of_one_mention():
    text = "В Лондоне состоялась встреча Пан Ги Муна, Гордона Брауна, Сергея Лаврова, Хиллари Клинтон и Джона Керри."
    events, _, _ = run(article_of(text, "2025-09-23"))
    assert len(events) == 10 and len({e["event_mention_id"] for e in events}) == 1
    assert {frozenset((e["actor1_name"], e["actor2_name"])) for e in events} == {
        frozenset(p) for p in itertools.combinations(
            ["Пан Ги Мун", "Гордон Браун", "Сергей Лавров", "Хиллари Клинтон", "Джон Керри"], 2)}
    assert {(e["event_code"], e["actor1_type"], e["actor2_type"], e["rule"]) for e in events} == {
        ("04", "PER", "PER", "argument")}


def test_a_subject_with_three_partners_met_each_of_them():
    """probe AJ (dev): talks on the sidelines of the UN General Assembly, one with each partner (the
    partners are not paired with one another); «российский министр» is the Russian minister of the
    article, not the Hungarian one the last sentence named (transforms.coreference, `countries`).
    Only the sides are checked: «Мирьяной Сполярич» is the name module's business."""
    text = ("Глава МИД РФ Сергей Лавров проводит встречу с министром иностранных дел Венгрии Петером Сийярто. "
            "В интервью телеканалу ATV Сийярто заявил, что надеется обсудить с Лавровым конфликт. В среду "
            "российский министр провел переговоры с госсекретарем США Марко Рубио, главой МИД Словакии Юраем "
            "Бланаром и президентом МККК Мирьяной Сполярич.")
    talks = [(a1, a2[:6]) for code, a1, a2, rule in _dyads(text) if code == "04"]
    assert talks == [("Сергей Лавров", "Петер "), ("Сергей Лавров", "Марко "), ("Сергей Лавров", "Юрай Б"),
                     ("Сергей Лавров", "Мирьян")]


@pytest.mark.parametrize("text, expected", [
    # nominal events: the genitive participants of «переговоры», the visitor and the host of «визит»
    ("Переговоры Джона Керри и Сергея Лаврова прошли в Женеве.",
     [("04", "Джон Керри", "Сергей Лавров", "argument")]),
    ("Визит Владимира Путина в Китай состоялся в понедельник.",
     [("042", "Владимир Путин", "Китай", "argument")]),
    ("Визит Владимира Путина в Китай начнется в понедельник.",  # a visit to come: intent to meet
     [("036", "Владимир Путин", "Китай", "argument")]),
    ("Владимир Путин провел телефонный разговор с Дональдом Трампом.",
     [("04", "Владимир Путин", "Дональд Трамп", "governor")]),
    # the second participant in a prepositional phrase
    ("Во встрече с участием Сергея Лаврова и Джона Керри обсуждалась Сирия.",
     [("04", "Сергей Лавров", "Джон Керри", "argument")]),
    ("Делегация во главе с Сергеем Лавровым встретилась с Джоном Керри.",
     [("04", "Сергей Лавров", "Джон Керри", "argument")]),
    # … or in the previous sentence, through a pronoun or a descriptor (transforms.coreference)
    ("Сергей Рябков прибыл в Вашингтон. Вечером он встретился с Викторией Нуланд.",
     [("042", "Сергей Рябков", "Вашингтон", "argument"), ("04", "Сергей Рябков", "Виктория Нуланд", "coreference")]),
    ("Министр иностранных дел России Сергей Лавров прибыл в Москву. Вечером министр встретился с Джоном Керри.",
     [("042", "Сергей Лавров", None, "argument"), ("04", "Сергей Лавров", "Джон Керри", "coreference")]),
    # … a descriptor with a country adjective is the person introduced with that country before one introduced
    # with none: «иранский лидер» is Iran's president, not the protocol chief named after him (probe BG, dev, p11)
    ("Президент Ирана Масуд Пезешкиан прибыл в Россию с официальным визитом. В состав делегации вошли замглавы "
     "МИД РФ Андрей Руденко и глава департамента государственного протокола ведомства Игорь Богдашев. Ожидается, "
     "что в Москве иранский лидер и российский президент Владимир Путин проведут переговоры.",
     [("042", "Масуд Пезешкиан", "Россия", "argument"), ("036", "Масуд Пезешкиан", "Владимир Путин", "coreference")]),
    # a court's custody is an arrest: «отправил под домашний арест», «поместил под стражу», «избрал меру
    # пресечения» (cameo.tsv 173); the name the parser hangs on a post in the object's genitive chain is the
    # object's, in its case, and an indeclinable post the tagger calls nominative keeps its name (probe BO, dev, p13)
    ("Басманный суд Москвы отправил под домашний арест замдиректора Российского федерального центра судебной "
     "экспертизы при Минюсте Геннадия Бочарова.", [("173", "Басманный суд Москвы", "Геннадий Бочаров", "argument")]),
    ("Тверской суд поместил под стражу Алексея Навального.",
     [("173", "Тверской суд", "Алексей Навальный", "argument")]),
    ("Полиция задержала заместителя директора центра Геннадия Бочарова.",
     [("173", None, "Геннадий Бочаров", "argument")]),
    ("Заместитель министра Сергея Лаврова встретился с послом Франции Пьером Леви.",  # the minister's deputy
     [("04", None, "Пьер Леви", "argument")]),
    # a visit announced is the announcer's own visit to come (036): «анонсировал визит» (modality.tsv `intent`,
    # event_words.tsv `confirming`; probe BO, dev, p02)
    ("Премьер-министр Армении Никол Пашинян анонсировал визит в РФ в конце сентября.",
     [("036", "Никол Пашинян", "Россия", "governor")]),
    # a pronoun goes on with the person named as a subject, not with the last one named in another case
    # (probe BO, dev, p04)
    ("Белорусский лидер Александр Лукашенко заявил, что встретится с российским коллегой Владимиром Путиным. Об "
     "этом он объявил во время переговоров с губернатором Ленинградской области Александром Дрозденко в Минске.",
     [("01", "Александр Лукашенко", None, "argument"), ("036", "Александр Лукашенко", "Владимир Путин", "argument"),
      ("01", "Александр Лукашенко", "Александр Дрозденко", "coreference"),  # said during the talks: to Дрозденко
      ("04", "Александр Лукашенко", "Александр Дрозденко", "coreference")]),
    # a visit or a meeting planned is intended (036): «запланирован», «намечена» (modality.tsv `intent`; probe BO,
    # dev, p01)
    ("Встреча Путина и Трампа намечена на июль.", [("036", "Путин", "Трамп", "argument")]),
    ("Визит армянской делегации в Москву запланирован на апрель, заявил премьер-министр Армении Никол Пашинян.",
     [("036", "Армения", "Москва", "argument"), ("01", "Никол Пашинян", None, "argument")]),
    # a news outlet announcing an arrest reports it: no arrester (probe BO, dev, p15)
    ("В Петербурге задержали активиста Семена Ткачука. О задержании сообщил телеграм-канал «Объектив Реалий».",
     [("173", None, "Семен Ткачук", "argument")]),
    # a country adjective on an attack noun is the attacker, as its genitive state would be (event_words.tsv
    # `attacker`; probe BK, dev, p07); a state the article does not name stays unnamed
    ("Россия атаковала Украину. Завалы дома в Харькове разбирают после российского удара баллистической ракетой.",
     [("190", "Россия", "Украина", "argument"), ("190", "Россия", None, "argument")]),
    ("Завалы дома в Харькове разбирают после российского удара баллистической ракетой.", []),
    # … or in an «у» phrase: who has the meeting (an animate noun; «у посольства» is where)
    ("В понедельник у Владимира Путина состоялся телефонный разговор с Дональдом Трампом.",
     [("04", "Владимир Путин", "Дональд Трамп", "governor")]),
    ("У Сергея Лаврова прошли переговоры с Хаканом Фиданом.", [("04", "Сергей Лавров", "Хакан Фидан", "governor")]),
    ("Встреча Сергея Лаврова с Хаканом Фиданом прошла у здания посольства.",
     [("04", "Сергей Лавров", "Хакан Фидан", "argument")]),
    # a withdrawal demanded stands for whose troops withdraw (probe AJ, dev; event_words.tsv `owned`)
    ("Россия ввела войска в Южную Осетию. Тбилиси требует немедленного вывода российских войск с грузинской "
     "территории.", [("10", "Тбилиси", "Россия", "argument")]),
    # a word of an organisation's name tells no event (probe AN, dev)
    ("Об этом заявил руководитель представительства провозглашенной Донецкой Народной Республики в Совместном "
     "центре по контролю и координации режима прекращения огня (СЦКК) Руслан Якубов.",
     [("01", "Руслан Якубов", None, "argument")]),
    # an interview with a news outlet is no meeting (probe AN, dev: «в беседе с НСН»)
    ("Министр Антон Силуанов в беседе с ТАСС заявил, что бюджет сбалансирован.",
     [("01", "Антон Силуанов", None, "argument")]),
    ("Эксперт Сергей Гончаров в беседе с изданием «Взгляд» заявил, что ситуация сложная.",
     [("01", "Сергей Гончаров", None, "argument")]),
    # … nor with an outlet's reporter (factRuEval dev book_147)
    ("Лидер движения Александр Белов в беседе с корреспондентом «Голоса Америки» заявил, что людям надоело терпеть.",
     [("01", "Александр Белов", None, "argument")]),
    # a place never meets a person: «Москва» here is where, not who
    ("В Москве с Сергеем Рябковым встретилась Виктория Нуланд.",
     [("04", "Виктория Нуланд", "Сергей Рябков", "argument")]),
    # the authorities of a place: the place acts as a state
    ("Власти Грузии выслали российских дипломатов.", [("16", "Грузия", None, "argument")]),
    # … and the agents of an organisation act for it (probe AN, dev, outside the repository)
    ("Сотрудники ФСБ задержали в Ингушетии Ахмеда Евлоева.", [("173", "ФСБ", "Ахмед Евлоев", "argument")]),
    ("Следователи СК предъявили обвинение мэру Томска Ивану Кляйну.", [("173", "СК", "Иван Кляйн", "argument")]),
    # a noun that stands for its owner: the owner is actor2 (event_words.tsv `owned`)
    ("США раскритиковали политику Китая.", [("11", "США", "Китай", "argument")]),
    ("Кандидатуру Бесселя Кока поддержал Анатолий Карпов.", [("051", "Анатолий Карпов", "Бессель Кок", "argument")]),
    # a news outlet told something is a relay, not a party (book_324, where the text misspells «агенству»)
    ("Беназир Бхутто заявила по телефону агентству France-Presse: «Я не боюсь их тактики».",
     [("01", "Беназир Бхутто", None, "argument")]),
    # letopis codes: the person the event is about comes first
    ("Президент Дмитрий Медведев назначил Сергея Собянина мэром Москвы.",  # who appoints (the post's body only
     [("L01", "Сергей Собянин", "Дмитрий Медведев", "argument")]),       # when no one does)
    ("Юрий Лужков отправлен в отставку.", [("L02", "Юрий Лужков", None, "argument")]),
    # the holders of an office listed after it, which the parser conjoined to it: not their states too
    # (probe AJ, dev, whose own sentence the parser reads otherwise)
    ("Президенты России и США, Дмитрий Медведев и Барак Обама подписали договор.",
     [("057", "Дмитрий Медведев", "Барак Обама", "argument")]),
    # a post noun the tagger reads as inanimate is still a descriptor; «секретарь» ~ «госсекретарь»
    # (speech_cues.tsv `descriptor`; probe AJ, dev)
    ("Госсекретарь США Джон Керри прибыл в Сочи. В 17:00 по московскому времени с государственным секретарём "
     "США начал переговоры президент России Владимир Путин.",
     [("042", "Джон Керри", "Сочи", "argument"), ("04", "Владимир Путин", "Джон Керри", "coreference")]),
    # the body before the verb, taken by the parser for a second subject, is what the person heads (probe AJ, dev)
    ("В мае Министерство сельского хозяйства возглавил председатель правления Россельхозбанка Дмитрий Патрушев.",
     [("L01", "Дмитрий Патрушев", "Министерство сельского хозяйства", "argument")]),
    # who decreed it, when the parser hangs the name on «указом» as an apposition (probe AJ, dev)
    ("Помимо этого заместитель пресс-секретаря президента Жанна Одинцова назначена указом Медведева помощником "
     "премьер-министра.", [("L01", "Жанна Одинцова", "Медведев", "argument")]),
])
def test_participants_the_issue_saw_missed(text, expected):
    assert _dyads(text) == expected


def test_first_person_in_a_quote_is_its_speaker():
    # book_142 (factRuEval dev): «мы» of Мустафа Джемилев's interview answer, attributed after the quote
    text = ("«Вчера ночью мы с премьер-министром Турции провели полуторачасовую беседу», — сообщил Мустафа "
            "Джемилев.")
    events, _, _ = run(article_of(text, "2025-09-23"))
    assert ("04", "Мустафа Джемилев") in {(e["event_subcode"], e["actor1_name"]) for e in events}


@pytest.mark.parametrize("text, expected", [
    # a pronoun object is not its clause's subject (a reflexive «себя» would be): not Путин, the
    # male person named before him
    ("Владимир Путин встретился с Реджепом Эрдоганом в Сочи. Позднее Путин обвинил его в предательстве.",
     [("04", "Владимир Путин", "Реджеп Эрдоган", "argument"),
      ("112", "Владимир Путин", "Реджеп Эрдоган", "coreference")]),
    ("Премьер-министр Турции Реджеп Эрдоган приехал в Киев. Президент Украины Виктор Янукович принял его "
     "в своей резиденции.",
     [("042", "Реджеп Эрдоган", "Украина", "argument"), ("043", "Виктор Янукович", "Реджеп Эрдоган", "coreference")]),
    # … but a possessive inside the subject is (a regression guard: «его супруга» is his)
    ("Владимир Путин прибыл в Турцию. Он и его супруга встретились с Реджепом Эрдоганом.",
     [("042", "Владимир Путин", "Турция", "argument"), ("04", "Владимир Путин", "Реджеп Эрдоган", "coreference")]),
])
def test_a_pronoun_object_is_not_its_clauses_subject(text, expected):
    assert _dyads(text) == expected


def test_a_pronoun_subject_is_not_the_descriptor_of_its_own_clause():
    # «с министром встретился он»: he is not the minister, and resolving one must not wait on the
    # other (the two lookups led back to each other without end)
    text = "Министр Сергей Лавров прибыл в Турцию. В Анкаре с министром встретился он."
    assert _dyads(text) == [("042", "Сергей Лавров", "Турция", "argument"),
                            ("04", "Сергей Лавров", None, "coreference")]


def test_a_pronoun_after_a_descriptor_is_the_person_it_describes():
    # book_142 (factRuEval dev): the nearest person before «его» is named by a descriptor, not a name;
    # the last man named (Янукович) is not meant
    text = ("Премьер-министр Турции Реджеп Эрдоган принял делегацию крымских татар. Президент Украины Виктор "
            "Янукович в тот день был в Киеве. «В ходе встречи с премьер-министром Турции я попросил его оказать "
            "содействие», — сказал Мустафа Джемилев.")
    assert _dyads(text) == [("043", "Реджеп Эрдоган", None, "argument"),
                            ("04", "Мустафа Джемилев", "Реджеп Эрдоган", "coreference"),
                            ("02", "Мустафа Джемилев", "Реджеп Эрдоган", "coreference")]


@pytest.mark.parametrize("text, speakers", [
    ("«Мы не боимся их тактики», — сказал Мустафа Джемилев.", ["Мустафа Джемилев"]),
    # a news outlet cited as the source is no party to the news (benchmarks/gold/EVENTS.md)
    ("«Мы не боимся их тактики», — пишет Lenta.ru.", []),
    ("«Мы не боимся их тактики», — сообщает France-Presse.", []),
    # broadcasters too (probes O and P, dev, outside the repository)
    ("«Мы не боимся их тактики», — сообщило Радио и телевидение Республики Сербской.", []),
    ("Встреча открыла рабочую неделю, сообщили в программе «Беларусь.Новости».", []),
    # the outlets speech_cues.tsv `media` lists («Лайф», «РЕН ТВ», probe FF, dev)
    ("Как рассказывал Лайф, сегодня после полуночи Армения заявила об ударах Азербайджана.", []),
    ("«Мы не боимся их тактики», — сообщает РЕН ТВ.", []),
    # national news agencies (probes GD, GE, dev: «пишет Postimees со ссылкой на BNS», «передает УНН»)
    ("«Мы не боимся их тактики», — передает УНН со ссылкой на издание Yonhap.", []),
    ("В Литву вернулись двое литовцев, пишет Postimees со ссылкой на BNS.", []),
    # a question asked states nothing; a clarification does (probe AD, dev, outside the repository)
    ("Глава Минфина Антон Силуанов сообщил, что ездил в отпуск в Крым на мотоцикле. В ходе мероприятия Владимир "
     "Путин спросил у Антона Силуанова, ездил ли он в отпуск опять на мотоцикле.", ["Антон Силуанов"]),
    ("В пресс-службе Армии обороны Израиля уточнили, что удар был ответным.", ["Армия обороны Израиля"]),
])
def test_a_news_outlet_quoted_makes_no_statement(text, speakers):
    events, _, _ = run(article_of(text, "2025-09-23"))
    assert [e["actor1_name"] for e in events if e["rule"] == "speaker"] == speakers


def test_a_sentence_told_by_the_next_one_is_one_statement():
    # «… . Об этом заявила X»: the quote is the sentence before, the statement row is the telling
    # sentence's «заявила», once (probe AJ, dev, outside the repository)
    text = ("Россия даст решительный отпор в ответ на новые санкции США. Об этом заявила официальный представитель "
            "МИД РФ Мария Захарова.")
    article = article_of(text, "2025-09-23")
    tables = extract_article(article, **RUN, docs=analyse_article(article))
    events = tables["events"]
    assert [(q["speaker_name"], q["text"]) for q in tables["quotes"]] == [
        ("Мария Захарова", "Россия даст решительный отпор в ответ на новые санкции США")]
    assert [(e["event_subcode"], e["actor1_name"], e["sentence_index"]) for e in events if e["event_code"] == "01"] == [
        ("01", "Мария Захарова", 1)]


def test_a_sentence_told_by_a_cue_s_manner_is_one_statement():
    # «… . Так X прокомментировал …» tells the sentence before as «Об этом» does (quotes.lexicon
    # opens_with_cue_manner, read by reported speech and by statements alike; probe CW, dev, p05)
    text = ("Россия заинтересована в том, чтобы весь мир слышал, что говорит президент РФ Владимир Путин. Так "
            "пресс-секретарь российского лидера Дмитрий Песков прокомментировал журналистам присутствие прессы.")
    article = article_of(text, "2025-12-18")
    tables = extract_article(article, **RUN, docs=analyse_article(article))
    assert [(q["speaker_name"], q["sentence_index"]) for q in tables["quotes"]] == [("Дмитрий Песков", 0)]
    assert [(e["actor1_name"], e["sentence_index"]) for e in tables["events"] if e["event_code"] == "01"] == [
        ("Дмитрий Песков", 1)]


def test_a_quote_the_authors_words_cut_is_two_quotes_and_one_statement():
    # «A, — пояснила X. — B»: two quote rows, A and B, without the author's words (docs/quotes.md §6), and one
    # statement, though B opens a sentence of its own (probe GG, dev, x05; factRuEval book_448)
    text = ("Адвокат Алла Бут ответила журналистам. «Мы пока не знаем, что он хочет поменять адвоката, — пояснила Алла "
            "Бут. — Но мы пока не знаем ни здешней системы, ни всех юридических тонкостей».")
    article = article_of(text, "2025-09-23")
    tables = extract_article(article, **RUN, docs=analyse_article(article))
    assert [(q["speaker_name"], q["text"]) for q in tables["quotes"]] == [
        ("Алла Бут", "Мы пока не знаем, что он хочет поменять адвоката"),
        ("Алла Бут", "Но мы пока не знаем ни здешней системы, ни всех юридических тонкостей")]
    assert [(e["actor1_name"], e["trigger"]) for e in tables["events"] if e["event_code"] == "01"] == [
        ("Алла Бут", "пояснить")]


@pytest.mark.parametrize("text, speakers", [
    # a press office the NER names as an organisation of its own speaks for the body or place named right after it
    # (offices.press_owners, context.as_body), whether its words are a quote, a verb's subject or where it was said
    # (probes FU, GO, GE, dev: fu16, go10, ge11; FE and FK keep «Пресс-служба Кремля», see docs/events.md §7)
    ("«Мы рассчитываем на конструктивный диалог», — сообщила пресс-служба Кремля.", [("Кремль", "speaker")]),
    ("Об этом сообщила пресс-служба Белого дома.", [("Белый дом", "argument")]),
    ("Об этом сообщили в пресс-службе Белого дома.", [("Белый дом", "argument")]),
    # not a post's: its holder is not always the one heard
    ("Об этом сообщила пресс-служба президента Узбекистана.", [("Пресс-служба президента Узбекистана", "argument")]),
])
def test_a_press_office_speaks_for_the_body_named_after_it(text, speakers):
    events, _, _ = run(article_of(text, "2025-09-23"))
    assert [(e["actor1_name"], e["rule"]) for e in events if e["event_code"] == "01"] == speakers
    assert [e["location_entity_id"] for e in events] == [None] * len(speakers)  # an office is no venue


def test_a_statement_made_there_is_the_body_the_sentence_before_said_it_in():
    # «Там проинформировали»: the place of a statement with no subject is the body the sentence before named, a token
    # outside this sentence's tree (it raised a KeyError before; probe GV, dev, gv08)
    text = ("\"В минувший вторник в 9-й минской городской клинической больнице была проведена вторая операция по "
            "пересадке печени\", сообщили в Минздраве. Там проинформировали, что \"операцию проводила также "
            "бригада, что и в первом случае пересадки печени\".")
    events, _, _ = run(article_of(text, "2025-09-23"))
    assert [(e["sentence_index"], e["trigger"], e["actor1_name"], e["rule"]) for e in events] == [
        (0, "сообщить", "Минздрав", "speaker"), (1, "проинформировать", "Минздрав", "coreference")]


@pytest.mark.parametrize("text, expected", [
    # whom a quote's cue verb tells, its dative, a person the article names in full, is the statement's addressee
    # (article._told_at_cue; probes GS, dev, gs08; GJ, dev, gj13)
    ("Глава «Роснефти» Игорь Сечин встретился с президентом. Владимир Путин сказал Сечину, что деньги должны "
     "поступить в бюджет в рублях.", [("Владимир Путин", "Игорь Сечин", "speaker")]),
    # … hung on the cue's subject, whose case it does not share
    ("«Россия и Иран не команда», — ответил госсекретарь Джон Керри сенатору Джону Баррассо.",
     [("Джон Керри", "Джон Баррассо", "speaker")]),
    # an outlet the NER tags as a person, one word, is no addressee (factRuEval dev, book_179); nor are journalists
    ("Марк Смит рассказал Викиновостям, что рабочие получили письма поддержки.", [("Марк Смит", None, "speaker")]),
    ("«Мы готовы», — сказал Владимир Путин журналистам.", [("Владимир Путин", None, "speaker")]),
])
def test_whom_a_quotes_cue_tells_is_the_statements_addressee(text, expected):
    events, _, _ = run(article_of(text, "2025-09-23"))
    assert [(e["actor1_name"], e["actor2_name"], e["rule"]) for e in events if e["event_code"] == "01"] == expected


def test_relink_actors_points_rows_at_the_linked_entity():
    rows = [{"actor1_entity_id": "a", "actor1_name": "Токаев", "actor2_entity_id": None, "actor2_name": None}]
    relink_actors(rows, {"a": ("b", "Касым-Жомарт Токаев")})
    assert rows == [{"actor1_entity_id": "b", "actor1_name": "Касым-Жомарт Токаев", "actor2_entity_id": None,
                     "actor2_name": None}]


# -- behaviour --------------------------------------------------------------------------------

def test_the_title_gives_no_rows():
    events, _, _ = run(article_of("Погода в Москве хорошая.", "2025-09-23",
                                  title="Токаев встретился с Зеленским в Нью-Йорке"))
    assert events == []


def test_only_sentences_with_a_trigger_are_parsed():
    article = article_of("Токаев провел день в Нью-Йорке. Там Токаев встретился с Зеленским. Погода была хорошей.",
                         "2025-09-23")
    events, _, docs = run(article)
    assert [e["sentence_index"] for e in events] == [1]
    # sentence 0 names Токаев and has a trigger's lemma («провести» of «провести переговоры»): parsed to
    # find no event; sentence 2 has neither
    assert docs["body"].parsed == {0, 1}


def test_a_surname_the_ner_missed_is_the_person_of_the_article():
    """The sample's «Зеленский подтвердил встречу с Токаевым»: natasha tags no «Зеленский» there; the
    mention is recovered (`transforms.repeated_names`) and joins the article's full name."""
    _, events, mentions, _ = sample()
    (m,) = [m for m in mentions if m["sentence_index"] == 8 and m["text"] == "Зеленский"]
    assert m["entity_name"] == "Владимир Зеленский"
    (row,) = [e for e in events if e["sentence_index"] == 8 and e["event_code"] == "04"]
    assert (row["actor1_name"], row["actor2_name"]) == ("Владимир Зеленский", "Касым-Жомарт Токаев")


def test_a_cycle_in_the_parse_does_not_hang():
    article = article_of("Президент Казахстана Касым-Жомарт Токаев встретился с Владимиром Зеленским.", "2025-09-23")
    docs = analyse_article(article)
    docs["body"].parse_syntax({0})
    tokens = docs["body"].doc.sents[0].tokens
    for a, b in zip(tokens, tokens[1:] + tokens[:1]):  # every token heads the previous one: one big cycle
        a.head_id = b.id
    events, _, _ = run(article, docs)
    assert isinstance(events, list)


def test_a_shared_view_gives_the_same_rows_and_keeps_its_tree():
    """A caller's field view (shared with quotes) serves events as well as its own; the parser
    repairs («посол» ← «заместителем» read as the subject) stay on events' copy of the tree."""
    article = article_of("По инициативе итальянской стороны чрезвычайный и полномочный посол Италии в Грузии "
                         "Виторио Сандали встретился с заместителем министра иностранных дел Грузии Александром "
                         "Налбандовым.", GOLD_PUBLISHED)
    events, mentions, docs = run(article)
    view = FieldView("body", docs["body"], article.paragraphs, [m for m in mentions if m["field"] == "body"])
    tree = view.tree(0).copy()
    assert extract_events(article, docs, mentions, views={"body": view}) == events
    assert view.tree(0) == tree


def test_the_taxonomy_has_the_20_cameo_roots_and_five_letopis_codes_each_with_verbs_and_nouns():
    lex = lexicon()
    roots = sorted({c.root for c in lex.codes.values()})
    assert roots == [f"{i:02d}" for i in range(1, 21)] + ["L01", "L02", "L03", "L04", "L05"]
    assert sorted(c for c in lex.codes if len(c) == 3 and c.isdigit()) == [
        "036", "042", "043", "051", "054", "055", "057", "061", "084", "112", "163", "172", "173", "190"]
    assert lex.name("04") == "consult/meet" and lex.name("042") == "make a visit" and lex.name("L01") == "appointment"
    for root in roots:
        kinds = {pos for (pos, _), entries in lex.entries.items() for e in entries if lex.codes[e.code].root == root}
        assert kinds == {"VERB", "NOUN"}, root
    assert all(lemma == lemma.lower() and "ё" not in lemma for _, lemma in lex.entries)


def test_a_genitive_on_a_nominal_the_parser_left_headless_is_no_object_and_no_crash():
    # probe II (held out; a crash found when scoring it, its text not read): «писателя» ← «Мужества», a genitive the
    # parser left with no head though it is no root — objects.object_after_instrumental_name must not ask for the
    # relation of a head that is not there
    from types import SimpleNamespace

    from transforms.events.objects import object_after_instrumental_name
    words = {1: ("Мужества", "PROPN", {"Case": "Gen", "Animacy": "Inan"}, "nmod", None),
             2: ("писателя", "NOUN", {"Case": "Gen", "Animacy": "Anim", "Gender": "Masc"}, "nmod", 1)}
    s = SimpleNamespace(head=lambda t: words[t][4], rel=lambda t: words[t][3], pos=lambda t: words[t][1],
                        feat=lambda t, f: words[t][2].get(f), case=lambda t: None,
                        named_mentions=lambda t: [{"type": "PER"}])
    assert object_after_instrumental_name(s, 2, 1) is False


# -- the benchmark's matching rules --------------------------------------------------------------

def test_benchmark_meeting_pairs_and_name_matching():
    doc = GoldDoc("d", "", (), {}, (("Бут Виктор", "Бут Алла", "Лиза"),))
    assert len(meeting_pairs(doc)) == 3
    per = {"event_subcode": "04", "actor1_type": "PER", "actor2_type": "PER"}
    events = [{"event_code": "04", "actor1_name": "Лиза", "actor2_name": "Виктор Бут", **per},
              {"event_code": "04", "actor1_name": "Алла", "actor2_name": None, **per},
              {"event_code": "05", "actor1_name": "Лиза", "actor2_name": "Алла Бут", **per},
              {"event_code": "04", "event_subcode": "042", "actor1_name": "Лиза", "actor2_name": "США",
               "actor1_type": "PER", "actor2_type": "LOC"}]  # a visit: no meeting
    predicted = predicted_meetings(events)
    assert predicted == {tuple(sorted((words("Лиза"), words("Виктор Бут")), key=sorted))}
    s = meeting_score({"d": meeting_pairs(doc)}, {"d": predicted})
    assert (s.tp, s.fp, s.fn) == (1, 0, 2)
    eddy = (words("Эрдоган Реджеп"), words("Янукович Виктор"))
    ours = (words("Виктор Янукович"), words("Реджеп Тайип Эрдоган"))
    assert pair_matches(eddy, ours)
    assert meeting_score({}, {"x": {ours}}).fp == 1  # a pair where the gold has no meeting is a false positive


def _gold(code, actor1, actor2=()):
    return {"code": code, "actor1": list(actor1), "actor2": list(actor2)}


def _row(code, root, a1, a2, rule="argument"):
    return {"event_subcode": code, "event_code": root, "actor1_name": a1, "actor2_name": a2, "rule": rule}


def test_benchmark_keys_pairs_of_a_symmetric_event_and_directed_order():
    # a meeting of three, all in actor1: its three pairs, in any order
    meeting = gold_keys(_gold("04", ["Путин Владимир", "Дональд Трамп", "Си Цзиньпин"]))
    assert len(meeting) == 3 and all(k.symmetric for k in meeting)
    # an arrest with an unnamed agent: (17, —, Бут)
    (arrest,) = gold_keys(_gold("173", [], ["Виктор Бут"]))
    assert arrest.key == ("17", None, words("Виктор Бут")) and not arrest.symmetric
    ours = predicted_keys([_row("042", "04", "Владимир Путин", "Си Цзиньпин"),
                           _row("173", "17", None, "Виктор Бут"),
                           _row("112", "11", "Виктор Бут", "США")])
    s = score({"d": meeting + [arrest]}, {"d": ours})
    assert (s.prf.tp, s.prf.fp, s.prf.fn) == (2, 1, 2)
    assert s.per_root["11"].fp == 1 and s.per_rule["argument"].tp == 2
    # a directed key in the wrong order matches as a pair, not with the order
    (accuse,) = gold_keys(_gold("112", ["США"], ["Виктор Бут"]))
    assert score({"d": [accuse]}, {"d": ours}).prf.tp == 1
    assert score({"d": [accuse]}, {"d": ours}, directed=True).prf.tp == 0


def test_benchmark_reads_a_gazetteer_name_as_its_canonical_one():
    # the annotators write «Европейский союз», letopis «ЕС» (gazetteer.tsv): the same key
    (sanctions,) = gold_keys(_gold("163", ["Европейский союз"], ["Россия"]))
    ours = predicted_keys([_row("163", "16", "ЕС", "Россия")])
    assert score({"d": [sanctions]}, {"d": ours}).prf.tp == 1
    # a name the gazetteer does not know still matches by its words only
    (other,) = gold_keys(_gold("163", ["Европейская комиссия"], ["Россия"]))
    assert score({"d": [other]}, {"d": ours}).prf.tp == 0


def test_benchmark_held_out_is_a_fixed_third_by_id():
    ids = [d.id for d in load_gold_docs()]
    held = [i for i in ids if held_out(i)]
    assert len(held) == 41 and held_out("book_394") and not held_out("book_58")


def test_a_public_person_noun_stands_for_the_person_named_last():
    """probe FF (dev, ff06): «политик», which names no post, stands for the person of its gender named last, as a
    pronoun does (event_words.tsv `public_person`); the talks, parsed as the object of the verb before, are the next
    verb's (objects.second_object), whose subject is «Политик» through the verbs it is conjoined to."""
    rows = _dyads("Президент Буркина-Фасо Ибрагим Траоре прилетел в Москву. Политик приземлился в российской столице "
                  "8 мая, на следующий день посетил Парад Победы на Красной площади, а 10 мая провел переговоры с "
                  "Путиным в Кремле.")
    assert [r for r in rows if r[0] == "04"] == [("04", "Ибрагим Траоре", "Путин", "coreference")]


def test_a_quote_in_marks_after_a_persons_label_and_colon_is_a_statement():
    """probe HN (dev, hn06): «Наталья Сенченко, судья: «…»» has no speech verb, but the quote in marks after its
    speaker's label and a colon is a statement (statements._labelled); an interview's line without marks is none,
    nor is a word in marks after a colon (a person's words of four words at least)."""
    text = ("Суд вынес приговор мэру. Наталья Сенченко, судья: «Доказательства признаны судом достаточными для "
            "вынесения приговора».\n\nМустафа Джемилев: Да, всё верно. Мы так и сделали.")
    assert events_of(text, "2025-09-23", statements=True) == [
        ("01", "", "Наталья Сенченко", None, None, "2025-09-23", "day", "published")]


def test_a_statement_told_to_a_descriptor_addresses_the_person_it_stands_for():
    """probe HM (dev, hm09): «Новак рассказал президенту, что …»: the dative a quote's cue tells, a bare descriptor,
    is the person it stands for on the sentence's events view (article._told_at_cue), as a named one is."""
    text = ("Президент России Владимир Путин провел совещание с министром энергетики Александром Новаком. Новак "
            "рассказал президенту, что заключение нового соглашения было непростым делом.")
    assert events_of(text, "2025-09-23", statements=True) == [
        ("01", "рассказать", "Александр Новак", "Владимир Путин", None, "2025-09-23", "day", "published")]


def test_a_lead_s_descriptor_is_the_person_the_headline_opens_with():
    """probe JX (dev, jx14): «Сергей Лавров прибыл на переговоры в Эсватини» ¶ «Сегодня глава МИДа России проведёт
    переговоры …»: a descriptor no one in the body was introduced with, subject of one of the body's first sentences,
    is the person the headline opens with, named in the body too and given no post (referents._headliner); not
    one of another country, nor far into the body."""
    def rows(title: str, body: str) -> list[tuple]:
        events, mentions, _ = run(article_of(body, "2025-09-23", title=title))
        return [(e["event_code"], *readable([e], mentions)[0][2:4]) for e in events]

    body = "Сегодня глава МИДа России проведёт переговоры с коллегой Нантой Дламини. Это первый визит {} в страну."
    assert rows("Сергей Лавров прибыл на переговоры в Эсватини", body.format("Лаврова"))[0] == (
        "03", "Сергей Лавров", "Нанта Дламини")  # (a meeting to come: an intent to meet, 036)
    assert rows("Наледи Пандор прибыла на переговоры в Эсватини", body.format("южноафриканского министра Наледи Пандор")
                )[0] == ("03", None, "Нанта Дламини")


def test_talks_a_speaker_tells_of_with_someone_are_the_speakers():
    """probe JX (dev, jx10): talks with a person that someone's reported words tell of, the subject of their clause and
    naming no other side, are the speaker's (frames._speaker_side, rule `speaker`); not a press secretary's
    (event_words.tsv `mouthpiece`), nor talks whose clause has a subject of its own."""
    assert events_of("Глава Турции Реджеп Тайип Эрдоган заявил, что переговоры с президентом РФ Владимиром Путиным "
                     "получились успешными.", "2025-09-23", statements=True) == [
        ("01", "заявить", "Реджеп Тайип Эрдоган", None, None, "2025-09-23", "day", "published"),
        ("04", "переговоры", "Реджеп Тайип Эрдоган", "Владимир Путин", None, "2025-09-23", "day", "published")]
    assert events_of("Пресс-секретарь президента Дмитрий Песков заявил, что переговоры с Дональдом Трампом прошли "
                     "успешно.", "2025-09-23", statements=True)[1][2:4] == (None, "Дональд Трамп")
    assert events_of("Иван Петров заявил, что представители оппозиции пытались вести переговоры с Дональдом "
                     "Трампом.", "2025-09-23", statements=True)[1][2:4] == (None, "Дональд Трамп")


def test_a_post_named_with_no_body_is_the_one_of_the_organisation_a_headline_about_a_post_names():
    """probe KH (dev, kh01): «"Чайка" сменила главного тренера …» ¶ «Исполняющим обязанности главного тренера назначен
    Анзур Садиров»: an appointment or a departure with no one and no body on its other side is one at the one
    organisation the headline names, when the headline tells of a post (article._headline_body); not at a
    court a headline of no post names, nor at one of two organisations."""
    def rows(title: str, body: str) -> list[tuple]:
        events, mentions, _ = run(article_of(body, "2022-08-31", title=title))
        return [(e["event_code"], *readable([e], mentions)[0][2:4]) for e in events]

    body = "Исполняющим обязанности главного тренера назначен Анзур Садиров."
    assert rows("«Чайка» сменила главного тренера после вылета из Кубка России", body) == [
        ("L01", "Анзур Садиров", "Чайка")]
    assert rows("Президент «Урала» прокомментировал отставку наставника", body) == [("L01", "Анзур Садиров", "Урал")]
    assert rows("Мосгорсуд рассмотрит жалобу на приговор Никите Белых", body) == [("L01", "Анзур Садиров", None)]
    assert rows("Главный тренер «Урала» недоволен судейством в матче со «Спартаком»", body) == [
        ("L01", "Анзур Садиров", None)]
