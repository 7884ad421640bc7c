"""Quotes: direct and reported speech with the speaker resolved (transforms/quotes/, docs/quotes.md).

Golden tests on real sentences: the sample article and factRuEval-2016 texts (benchmarks/gold,
MIT), shortened where long. Each case shows the text and the rows expected from it, side by
side, as (kind, text, speaker as written, speaker_name, cue). Where the corpora hold no example
of a pattern (the „…“ and “…” marks, dialogue lines), a real corpus sentence is re-punctuated,
and the case says so; the non-quote case also uses the issue's own example («Материалы XXIII
съезда КПСС»). A speaker named by surname alone keeps that name here: the flow links it to the
full name across articles (`relink_speakers`).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pyarrow as pa
import pytest

from schemas.tables import QUOTES, to_table
from tests.conftest import REPO, SAMPLE, TODAY
from transforms.extract import analyse_article, extract_article
from transforms.field_view import FieldView
from transforms.ids import stable_id
from transforms.parse import build_article, parse_file
from transforms.entities import link_surnames
from transforms.quotes import extract_quotes, lexicon, mark_spans, relink_speakers

FACTRU = REPO / "benchmarks" / "gold" / "factru-dev" / "raw"
RUN = {"run_id": "test", "ingested_at": dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)}


def _extracted(article) -> tuple:
    """The article, its NLP documents (analysed once) and its rows from the extractor chain."""
    docs = analyse_article(article)
    return article, docs, extract_article(article, **RUN, docs=docs)


@lru_cache(maxsize=None)
def extracted_text(body: str, title: str = "Материал") -> tuple:
    return _extracted(build_article(article_id="golden", source_path="golden.txt", published=dt.date(2025, 9, 23),
                                    title=title, body=body))


@lru_cache(maxsize=None)
def extracted_file(path) -> tuple:
    return _extracted(parse_file(path.name, path.read_bytes(), today=TODAY)[0])


def quotes_of_text(body: str, title: str = "Материал") -> tuple[dict, ...]:
    return tuple(extracted_text(body, title)[2]["quotes"])


def quotes_of_file(path) -> tuple[dict, ...]:
    return tuple(extracted_file(path)[2]["quotes"])


def view(rows) -> list[tuple]:
    return [(q["kind"], q["text"], q["speaker"], q["speaker_name"], q["cue"]) for q in rows]


# ---------------------------------------------------------------------------------------------
# the sample article: the whole table, exactly

SAMPLE_QUOTES = [
    ("indirect", "они также обсуждали торгово-экономическое сотрудничество и интерес казахстанского бизнеса к "
                 "восстановлению Украины", "Зеленский", "Владимир Зеленский", "рассказать"),
    ("direct", "Президент Казахстана высказал мнение, что в этой чрезвычайно сложной ситуации нужно продолжить "
               "дипломатическую работу с целью поиска путей прекращения конфликта",
     "пресс-службы главы Казахстана", None, "говорится в сообщении"),
    ("indirect", "на ней отдельно обсуждалось торгово-экономическое сотрудничество, включая интерес казахстанского "
                 "бизнеса к восстановлению Украины", "Зеленский", "Владимир Зеленский", "сообщить"),
    ("direct", "Сейчас ключевая задача — достижение справедливого и длительного мира с надежными гарантиями "
               "безопасности", None, "Владимир Зеленский", "говорится в сообщении"),
    ("indirect", "Казахстан готов предоставить свою площадку для переговоров при необходимости", "парламентария",
     "Айдос Сарым", "по словам"),
    ("direct", "Президент и наш МИД уже много раз говорили, что если у сторон появится потребность в переговорах по "
               "этому конфликту, то Казахстан может стать переговорной площадкой", "Сарым", "Айдос Сарым", "сказать"),
    ("indirect", "в Казахстане «в одинаковой степени хорошо» понимают и Россию, и Украину", "парламентария",
     "Айдос Сарым", "по словам"),
    ("direct", "Переговорные процессы, как правило, происходят на разных площадках, где рассматриваются проблемы "
               "разного уровня", "Айдос Сарым", "Айдос Сарым", "добавить"),
    ("indirect", "страна может стать «комфортной» площадкой для встречи президента РФ Владимира Путина и президента "
                 "США Дональда Трампа, если американский лидер поедет с визитом в Среднюю Азию",
     "Казахстанский парламентарий", "Айдос Сарым", "предположить"),
    ("direct", "Мы полностью можем обеспечить им безопасность и прочие вещи", "Сарым", "Айдос Сарым", "подчеркнуть"),
    ("indirect", "Казахстан не намерен разрывать отношения с Россией и выступает против санкционной политики",
     "Токаев", "Касым-Жомарт Токаев", "заявлять"),
    ("direct", "Казахстан не является анти-Россией. Санкции Запада против России крайне негативно влияют на "
               "структуру международных отношений. Санкции контрпродуктивны", "его", "Касым-Жомарт Токаев",
     "цитировать"),
    ("indirect", "Казахстан не торгует санкционными товарами и не участвует в параллельном импорте в Россию", "он",
     "Касым-Жомарт Токаев", "подчеркнуть"),
    ("indirect", "Несмотря на то, что в 2022 году товарооборот с Россией достиг $25 млрд, Казахстан вынужден "
                 "учитывать санкционные ограничения и находится в контакте по этим вопросам с международными "
                 "организациями", "президент", "Касым-Жомарт Токаев", "говорить"),
]


def test_sample_article_quotes_exactly():
    assert view(quotes_of_file(SAMPLE)) == SAMPLE_QUOTES


def test_sample_six_direct_quotes_and_no_comfortable():
    rows = quotes_of_file(SAMPLE)
    direct = [(q["text"][:25], q["speaker_name"] or q["speaker"]) for q in rows if q["kind"] == "direct"]
    assert direct == [
        ("Президент Казахстана выск", "пресс-службы главы Казахстана"),  # the press service of the president
        ("Сейчас ключевая задача — ", "Владимир Зеленский"),  # Зеленский's message
        ("Президент и наш МИД уже м", "Айдос Сарым"),
        ("Переговорные процессы, ка", "Айдос Сарым"),
        ("Мы полностью можем обеспе", "Айдос Сарым"),
        ("Казахстан не является ант", "Касым-Жомарт Токаев"),  # not РИА Новости, who relayed it
    ]
    assert {q["speaker_name"] for q in rows if q["kind"] == "indirect"} == {
        "Касым-Жомарт Токаев", "Владимир Зеленский", "Айдос Сарым"}
    assert not any(q["text"] in ("комфортной", "в одинаковой степени хорошо") for q in rows)


def test_rows_follow_the_contract():
    article, docs, _ = extracted_file(SAMPLE)
    rows = quotes_of_file(SAMPLE)
    assert rows
    for q in rows:
        assert list(q) == [f.name for f in QUOTES]
        assert getattr(article, q["field"])[q["start"]:q["stop"]] == q["text"]
        assert q["text"] == q["text"].strip() and q["text"][0] not in "«»\"„“”" and q["text"][-1] not in "«\"„"
        assert q["quote_id"] == stable_id(article.article_id, q["field"], q["start"], q["stop"])
        assert (q["year"], q["month"]) == (2025, 9)
        assert q["kind"] in ("direct", "indirect")
        assert (q["speaker_entity_id"] is None) == (q["speaker_name"] is None)
    assert len({q["quote_id"] for q in rows}) == len(rows)
    assert all(q["sentence_index"] == docs[q["field"]].sentence_index(q["start"]) for q in rows)
    table = to_table("quotes", list(rows))
    assert isinstance(table, pa.Table) and table.num_rows == len(rows)


def test_speaker_entity_ids_are_the_mentions_entities():
    mentions = extracted_file(SAMPLE)[2]["mentions"]
    names = {m["entity_id"]: m["entity_name"] for m in mentions if m["entity_id"]}
    for q in quotes_of_file(SAMPLE):
        if q["speaker_entity_id"]:
            assert names[q["speaker_entity_id"]] == q["speaker_name"]


# ---------------------------------------------------------------------------------------------
# one golden case per pattern: the text, the rows


D, I = "direct", "indirect"

GOLDEN = {
    # «…», — сказал X (book_424)
    "quote, dash, cue": (
        "«Мое пребывание на посту худрука балета Большого театра было напряженным и интереснейшим временем в моей "
        "жизни», — сказал Ратманский.",
        [(D, "Мое пребывание на посту худрука балета Большого театра было напряженным и интереснейшим временем в "
             "моей жизни", "Ратманский", "Ратманский", "сказать")]),
    # «…», сказал X — no dash (book_365)
    "quote, comma, cue": (
        "«Во время первой пилотируемой экспедиции, на Луну высадятся четыре астронавта», сказал Скотт Хоровитц "
        "(Scott Horowitz), бывший астронавт, который в настоящий момент продолжает работать в НАСА.",
        [(D, "Во время первой пилотируемой экспедиции, на Луну высадятся четыре астронавта", "Скотт Хоровитц",
          "Скотт Хоровитц", "сказать")]),
    # «…, — сказал X. — …», — цитирует …: one row; the cue inside names the speaker (book_142)
    "split quote": (
        "«Это — признак важного шага, сделанного в сторону сотрудничества между нашими странами, — сказал Реджеп "
        "Эрдоган. — Мы хотим, чтобы украинские и турецкие бизнесмены осуществляли общие проекты», — цитирует слова "
        "турецкого премьер-министра пресс-служба президента Украины.",
        [(D, "Это — признак важного шага, сделанного в сторону сотрудничества между нашими странами, — сказал "
             "Реджеп Эрдоган. — Мы хотим, чтобы украинские и турецкие бизнесмены осуществляли общие проекты",
          "Реджеп Эрдоган", "Реджеп Эрдоган", "сказать")]),
    # «…, – продолжил X, – …» (book_147)
    "split quote, en dashes": (
        "«Мне кажется, – продолжил Брод, – что уже много сказали о Свиридове, о неэффективности работы "
        "правоохранительных органов».",
        [(D, "Мне кажется, – продолжил Брод, – что уже много сказали о Свиридове, о неэффективности работы "
             "правоохранительных органов", "Брод", "Брод", "продолжить")]),
    # X заявил: «…» (book_398)
    "cue, colon, quote": (
        "Тогда же Клинсман заявил: «Ситуация выглядит так: Оливер Кан — №1, Йенс Леман — №2 и Тимо Хильдебранд — "
        "№3. Но, Леман претендует на №1 и Кан должен доказать свое право на №1».",
        [(D, "Ситуация выглядит так: Оливер Кан — №1, Йенс Леман — №2 и Тимо Хильдебранд — №3. Но, Леман претендует "
             "на №1 и Кан должен доказать свое право на №1", "Клинсман", "Клинсман", "заявить")]),
    # a person before the colon, no cue (book_147)
    "person, colon, quote": (
        "Сам Александр Белов оказался более дипломатичным: «Для нас было несколько неожиданно, что заявку подал по "
        "личной инициативе советник руководителя партии «Яблоко» Артур Гороховский».",
        [(D, "Для нас было несколько неожиданно, что заявку подал по личной инициативе советник руководителя партии "
             "«Яблоко» Артур Гороховский", "Александр Белов", "Александр Белов", None)]),
    # «…» — говорится в сообщении …: the owner of the message speaks (sample)
    "говорится в сообщении": (
        "«Президент Казахстана высказал мнение, что нужно продолжить дипломатическую работу», — говорится в сообщении "
        "в официальном Telegram пресс-службы главы Казахстана.",
        [(D, "Президент Казахстана высказал мнение, что нужно продолжить дипломатическую работу",
          "пресс-службы главы Казахстана", None, "говорится в сообщении")]),
    # multi-sentence quote, relayed: the object of «цитировать» speaks (sample)
    "multi-sentence quote, relayed": (
        "Сам Токаев ранее заявлял, что Казахстан не намерен разрывать отношения с Россией.\n\n"
        "«Казахстан не является анти-Россией. Санкции Запада против России крайне негативно влияют на структуру "
        "международных отношений. Санкции контрпродуктивны», — цитировало его РИА Новости.",
        [(I, "Казахстан не намерен разрывать отношения с Россией", "Токаев", "Токаев", "заявлять"),
         (D, "Казахстан не является анти-Россией. Санкции Запада против России крайне негативно влияют на структуру "
             "международных отношений. Санкции контрпродуктивны", "его", "Токаев", "цитировать")]),
    # "…" straight quotes, hyphen as dash; an organisation's representative (book_455)
    "straight quotes": (
        "\"Мы предлагаем нашу самую ценную интеллектуальную собственность с тем, чтобы положить конец проблемам с "
        "совместимостью\", - сказал представитель Microsoft.",
        [(D, "Мы предлагаем нашу самую ценную интеллектуальную собственность с тем, чтобы положить конец проблемам с "
             "совместимостью", "представитель Microsoft", "Microsoft", "сказать")]),
    # „…“ — book_398's sentence with German-style marks
    "„…“ marks": (
        "„Это было самое тяжёлое решение на посту главного тренера сборной“, сказал Клинсман.",
        [(D, "Это было самое тяжёлое решение на посту главного тренера сборной", "Клинсман", "Клинсман",
          "сказать")]),
    # “…” — book_399's sentence with English-style marks
    "“…” marks": (
        "“Только все вместе мы сможем это сделать”, говорит Проди.",
        [(D, "Только все вместе мы сможем это сделать", "Проди", "Проди", "говорить")]),
    # dialogue line — book_398's sentence as a dash line
    "dialogue line": (
        "— Это было самое тяжёлое решение на посту главного тренера сборной, — сказал Клинсман.",
        [(D, "Это было самое тяжёлое решение на посту главного тренера сборной", "Клинсман", "Клинсман",
          "сказать")]),
    # interview lines «Имя: …» (book_142)
    "interview lines": (
        "Голос Америки: И какова была реакция господина Эрдогана? Он проявил заинтересованность?\n\n"
        "Мустафа Джемилев: Положительная была реакция! Он сказал, что будет поднимать этот вопрос и принимать меры.",
        [(D, "И какова была реакция господина Эрдогана? Он проявил заинтересованность?", "Голос Америки",
          "Голос Америки", None),
         (D, "Положительная была реакция! Он сказал, что будет поднимать этот вопрос и принимать меры.",
          "Мустафа Джемилев", "Мустафа Джемилев", None)]),
    # a byline paragraph after a quote paragraph (book_193)
    "byline": (
        "Эта группа утверждает, что токсичных веществ они не нашли:\n\n"
        "«В устье реки Славянки был проведен рейд по поиску масляных пятен на воде. Таковых не обнаружилось».\n\n"
        "— Татьяна Скригонюк, заместитель начальника пресс-службы МЧС по Санкт-Петербургу и Ленобласти",
        [(I, "токсичных веществ они не нашли", "Эта группа", None, "утверждать"),
         (D, "В устье реки Славянки был проведен рейд по поиску масляных пятен на воде. Таковых не обнаружилось",
          "Татьяна Скригонюк", "Татьяна Скригонюк", None)]),
    # a quoted sentence standing alone continues the previous speaker (book_365)
    "continuation": (
        "«Пока мы не создадим базу, пилотируемые полёты на Луну будут краткими», сказал Хоровитц. «Пройдет несколько "
        "лет, вероятно до 2024 года, прежде чем база будет функционировать».",
        [(D, "Пока мы не создадим базу, пилотируемые полёты на Луну будут краткими", "Хоровитц", "Хоровитц",
          "сказать"),
         (D, "Пройдет несколько лет, вероятно до 2024 года, прежде чем база будет функционировать", None, "Хоровитц",
          None)]),
    # the cue's whole complement in quote marks is direct speech (book_256)
    "что «…»": (
        "«Я принял решение об отмене перехода на зимнее время», — сказал Медведев. Он подчеркнул, что "
        "«необходимость адаптироваться связана и со стрессом, и с заболеваниями».",
        [(D, "Я принял решение об отмене перехода на зимнее время", "Медведев", "Медведев", "сказать"),
         (D, "необходимость адаптироваться связана и со стрессом, и с заболеваниями", "Он", "Медведев",
          "подчеркнуть")]),
    # X заявил, что …; a quoted fragment stays inside the reported clause (book_147)
    "X сказал, что …": (
        "Александр Брод, в свою очередь, сказал, что духовным лидерам РПЦ следовало бы больше выступать «с критикой "
        "проявления расизма, ксенофобии и любых форм нетерпимости».",
        [(I, "духовным лидерам РПЦ следовало бы больше выступать «с критикой проявления расизма, ксенофобии и любых "
             "форм нетерпимости»", "Александр Брод", "Александр Брод", "сказать")]),
    # По словам X, … with a possessive pronoun, and a she (book_448)
    "По её словам, …": (
        "«Мы не виделись с 15 ноября», — сказала Алла Бут. По её словам, данное заседание будет носить скорее "
        "технический характер.",
        [(D, "Мы не виделись с 15 ноября", "Алла Бут", "Алла Бут", "сказать"),
         (I, "данное заседание будет носить скорее технический характер", "её", "Алла Бут", "по словам")]),
    # Как отметил X, … with a descriptor for the person named before (book_349)
    "Как отметил X, …": (
        "Воскресное заседание кабинета министров глава правительства Израиля Биньямин Нетаньяху провел в Старом "
        "городе. Как отметил премьер в речи перед министрами, мир должен знать, что народ Израиля не отступится от "
        "своего наследия.",
        [(I, "мир должен знать, что народ Израиля не отступится от своего наследия", "премьер", "Биньямин Нетаньяху",
          "отметить")]),
    # …, отметил X. (book_542)
    "…, отметил X": (
        "Выступления же химкинских экологов никак не повлияли на возможную отставку подмосковного губернатора, "
        "отметил Минченко.",
        [(I, "Выступления же химкинских экологов никак не повлияли на возможную отставку подмосковного губернатора",
          "Минченко", "Минченко", "отметить")]),
    # …, считает X, … — the attribution inside the sentence (book_256)
    "parenthetical cue": (
        "«Мы привыкли каждую весну и осень переводить стрелки часов», — сказал Медведев. Установление повсеместно в "
        "стране летнего времени, подчеркнул президент РФ, будет полезным.",
        [(D, "Мы привыкли каждую весну и осень переводить стрелки часов", "Медведев", "Медведев", "сказать"),
         (I, "Установление повсеместно в стране летнего времени, подчеркнул президент РФ, будет полезным",
          "президент РФ", "Медведев", "подчеркнуть")]),
    # two reported clauses in one sentence, places speak (book_374)
    "…, а Y уверена, что …": (
        "Минск считает, что Москва задолжала ему за транзит российского газа в Европу 200 млн долларов, а Россия "
        "уверена, что Белоруссия не доплатила такую же сумму за уже поставленное топливо.",
        [(I, "Москва задолжала ему за транзит российского газа в Европу 200 млн долларов", "Минск", "Минск", "считать"),
         (I, "Белоруссия не доплатила такую же сумму за уже поставленное топливо", "Россия", "Россия", "уверенный")]),
    # an organisation speaks (book_455)
    "organisation": (
        "Представители Microsoft утверждают, что это их уникальные разработки.",
        [(I, "это их уникальные разработки", "Представители Microsoft", "Microsoft", "утверждать")]),
    # a descriptor before the person is named: the next person of that gender (book_448)
    "descriptor, cataphora": (
        "Супруга «оружейного барона» рассчитывает, что теперь эти встречи станут регулярными.\n\n"
        "«Вчера адвокат проинформировала меня, что тюремные власти наконец разрешили встречу», — рассказала Алла Бут.",
        [(I, "теперь эти встречи станут регулярными", "Супруга «оружейного барона»", "Алла Бут", "рассчитывать"),
         (D, "Вчера адвокат проинформировала меня, что тюремные власти наконец разрешили встречу", "Алла Бут",
          "Алла Бут", "рассказать")]),
    # «— цитирует ИА Regnum Минченко»: the person is quoted, the agency relays (book_542)
    "relay, person quoted": (
        "«Одним из главных ресурсов Громова была возможность апелляции лично к Владимиру Путину», — цитирует ИА "
        "Regnum Минченко.",
        [(D, "Одним из главных ресурсов Громова была возможность апелляции лично к Владимиру Путину", "Минченко",
          "Минченко", "цитировать")]),
    # a news source reporting is no speaker and its report no quote (book_448, book_182)
    "news sources": (
        "Российскому бизнесмену разрешили свидание с женой, сообщает NEWSru.com. Как передала радиостанция «Маяк», "
        "по факту покушения на Ису Ямадаева возбуждено уголовное дело.",
        []),
    # a cue in the infinitive reports no speech (book_142); an idiom is no cue (book_1667)
    "no speech act": (
        "Динамика хозяйственных отношений позволила аналитикам заявлять о том, что страны строят отношения, близкие "
        "к стратегическим. Как говорится, за ним придут другие.",
        []),
    # not quotes: names, works, brands, scare quotes, single words, charges, a poster
    "not quotes": (
        "Сопредседатель московского отделения движения «Солидарность» Михаил Вельмакин был задержан. В библиотеке "
        "хранятся «Материалы XXIII съезда КПСС». Космонавты вернулись на Землю в корабле «Союз ТМА-11». Супруга "
        "«оружейного барона» приехала в США. Реакцией Кана было «безмерное разочарование». Ему вменяется «преступный "
        "сговор с целью убийства граждан США». На нем надпись – «40 дней без Егора».",
        []),
}


@pytest.mark.parametrize("case", list(GOLDEN))
def test_golden(case):
    text, expected = GOLDEN[case]
    assert view(quotes_of_text(text)) == expected


def test_quote_in_the_title():
    rows = quotes_of_text("Президент Казахстана Касым-Жомарт Токаев выступил в ООН.",
                          title="Токаев: «Казахстан не является анти-Россией»")
    assert view(rows) == [("direct", "Казахстан не является анти-Россией", "Токаев", "Касым-Жомарт Токаев", None)]
    assert rows[0]["field"] == "title"


def test_views_given_by_the_caller_are_read_as_built():
    """A caller that built the fields' views (to share them with events) passes them in: same rows."""
    article, docs, tables = extracted_file(SAMPLE)
    mentions = tables["mentions"]
    views = {name: FieldView(name, doc, article.paragraphs if name == "body" else None,
                             [m for m in mentions if m["field"] == name]) for name, doc in docs.items()}
    assert extract_quotes(article, docs, mentions, views=views) == tables["quotes"]


# ---------------------------------------------------------------------------------------------
# pieces


def test_mark_spans_nest_and_pair_every_style():
    text = "«Смерть Егора, люди говорят: “Нам надоело”», — сказал он. „Водоканала“ и \"Ла стампа\" «Союз»"
    spans = [(text[s.open + 1:s.close], s.depth) for s in mark_spans(text, ((0, len(text)),))]
    assert spans == [("Смерть Егора, люди говорят: “Нам надоело”", 0), ("Нам надоело", 1), ("Водоканала", 0),
                     ("Ла стампа", 0), ("Союз", 0)]


def test_mark_spans_never_cross_a_paragraph():
    text = "«Открытая кавычка\n\nи дальше» текст"
    assert mark_spans(text, ((0, 17), (19, len(text)))) == []


def test_lexicon_has_the_issue_cues():
    lex = lexicon()
    for word in ("сказать", "заявить", "сообщить", "подчеркнуть", "отметить", "предположить", "считать"):
        assert lex[word].keys() & {"speech", "report", "opinion"}, word
    assert "quote" in lex["цитировать"]
    assert lex["словам"]["phrase"].cue == "по словам"


def test_a_factru_article_end_to_end():
    path = FACTRU / "book_475.txt"
    article = parse_file(path.name, path.read_bytes(), today=TODAY)[0]
    rows = quotes_of_file(path)
    assert all(article.body[q["start"]:q["stop"]] == q["text"] for q in rows)
    assert [(q["text"][:20], q["speaker"], q["speaker_name"], q["cue"]) for q in rows] == [
        ("В России мы встречал", "Елену Сябренко", "Елена Сябренко", "цитировать"),  # not infox.ru
        ("Я думаю, тема светод", "Сябренко", "Елена Сябренко", "уточнить"),
        ("Нам нужно немножко л", "представитель Philips", "Елена Сябренко", "отметить"),  # «отметила»: a she
    ]


def test_speakers_follow_linking_across_articles():
    """The flow links a surname-only person to a full name known from other articles; the
    speaker goes with the mention."""
    article = build_article(article_id="a", source_path="a.txt", published=dt.date(2025, 9, 23), title="Материал",
                            body="«Мы полностью можем обеспечить им безопасность», — подчеркнул Сарым.")
    tables = extract_article(article, **RUN)
    mentions, rows = tables["mentions"], tables["quotes"]
    assert rows[0]["speaker_name"] == "Сарым"
    before = {m["mention_id"]: m["entity_id"] for m in mentions}
    full = {"f" * 16: ("PER", "Айдос Сарым")}
    linked = link_surnames(mentions, full)
    relinked = {before[m["mention_id"]]: (m["entity_id"], m["entity_name"]) for m in linked
                if before[m["mention_id"]] != m["entity_id"]}
    assert relink_speakers(rows, relinked)[0]["speaker_entity_id"] == "f" * 16
    assert rows[0]["speaker_name"] == "Айдос Сарым"

