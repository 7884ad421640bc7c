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
from transforms.entities_across import link_surnames
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
     "пресс-службы главы", "Пресс-служба главы Казахстана", "говорится в сообщении"),
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
        ("Президент Казахстана выск", "Пресс-служба главы Казахстана"),  # the press service of the president
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
    # «…, — сказал X. — …», — цитирует …: the author's words cut the quote in two, two rows of the speaker the
    # cue inside names (book_142)
    "split quote": (
        "«Это — признак важного шага, сделанного в сторону сотрудничества между нашими странами, — сказал Реджеп "
        "Эрдоган. — Мы хотим, чтобы украинские и турецкие бизнесмены осуществляли общие проекты», — цитирует слова "
        "турецкого премьер-министра пресс-служба президента Украины.",
        [(D, "Это — признак важного шага, сделанного в сторону сотрудничества между нашими странами",
          "Реджеп Эрдоган", "Реджеп Эрдоган", "сказать"),
         (D, "Мы хотим, чтобы украинские и турецкие бизнесмены осуществляли общие проекты",
          "Реджеп Эрдоган", "Реджеп Эрдоган", "сказать")]),
    # «…, – продолжил X, – …» (book_147)
    "split quote, en dashes": (
        "«Мне кажется, – продолжил Брод, – что уже много сказали о Свиридове, о неэффективности работы "
        "правоохранительных органов».",
        [(D, "Мне кажется", "Брод", "Брод", "продолжить"),
         (D, "что уже много сказали о Свиридове, о неэффективности работы правоохранительных органов", "Брод", "Брод",
          "продолжить")]),
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
          "пресс-службы главы", "Пресс-служба главы Казахстана", "говорится в сообщении")]),
    # a cue with its own «что» clause before «, передает X»: that clause is the row, X only passes the sentence on
    # (probe FD, dev, fd07)
    "cue's own clause before «, передает пресс-служба»": (
        "Президент России Владимир Путин заявил в ходе встречи с азербайджанским лидером Ильхамом Алиевым, что 22 "
        "февраля будет подписана декларация о союзническом взаимодействии с Азербайджаном, передает пресс-служба "
        "Кремля.",
        [(I, "22 февраля будет подписана декларация о союзническом взаимодействии с Азербайджаном", "Владимир Путин",
          "Владимир Путин", "заявить")]),
    # a relay that cites a named body «со ссылкой на» passes on that body's words; «на источники» names no one
    # (probe FM, dev, fm01)
    "relay citing a body «со ссылкой на»": (
        "Ельцин будет похоронен в среду 25 апреля на Новодевичьем кладбище, сообщает ИТАР-ТАСС со ссылкой на "
        "пресс-службу Кремля. Россия введет пошлины, сообщает ТАСС со ссылкой на источники.",
        [(I, "Ельцин будет похоронен в среду 25 апреля на Новодевичьем кладбище", "пресс-службу",
          "Пресс-служба Кремля", "сообщать")]),
    # a call cue's words in marks need no finite verb: an infinitive asks for the act (probe FM, dev, fm03)
    "call cue, words in marks with an infinitive": (
        "Об этом сегодня заявил премьер-министр Японии Наото Кан. Также премьер-министр призвал «народ Японии "
        "объединиться перед лицом национальной угрозы».",
        [(D, "народ Японии объединиться перед лицом национальной угрозы", "премьер-министр", "Наото Кан",
          "призвать")]),
    # dialogue dashes set as minus signs (repair `dash_lookalikes`; probe FM, dev, fm11)
    "dialogue line with minus signs for dashes": (
        "\u2212 Не все удалось сделать, но все никогда не получается в полном объеме, \u2212 сказал Владимир Путин.",
        [(D, "Не все удалось сделать, но все никогда не получается в полном объеме", "Владимир Путин",
          "Владимир Путин", "сказать")]),
    # the author's dash typed as a double hyphen, as wire copy does (repair `dash_lookalikes`; probe GG, dev, x06)
    "author's dash typed as a double hyphen": (
        '"Мы будем выполнять свою надлежащую роль как хозяева саммита в отношении всех гостей", -- заявил '
        'сегодня министр иностранных дел КНР Ван И, выступая на форуме "Ланьтин" в МИДе.',
        [(D, "Мы будем выполнять свою надлежащую роль как хозяева саммита в отношении всех гостей", "Ван И",
          "Ван И", "заявить")]),
    # probe GG (dev, x14): a quote paragraph after one whose last sentence tells that a person issued a document
    # («записал видеообращение»: speech_cues.tsv `document`) is that person's; a term in marks there says nothing;
    # every piece of a quote paragraph breaks cut is a row, the middle one with no mark of its own too
    "quote paragraphs after «X записал видеообращение»": (
        "Народный артист РФ Филипп Киркоров записал видеообращение, в котором извинился перед россиянами за участие "
        "в «голой вечеринке».\n\n«В жизни каждого человека бывают моменты, когда зашёл не в ту дверь.\n\n"
        "Я артист только своей страны. Я патриот только своей страны.\n\n"
        "Меньше всего я бы хотел, чтобы оплошность с моей стороны стала причиной ограничения моего творчества».",
        [(D, "В жизни каждого человека бывают моменты, когда зашёл не в ту дверь.", "Филипп Киркоров",
          "Филипп Киркоров", "записать"),
         (D, "Я артист только своей страны. Я патриот только своей страны.", None, "Филипп Киркоров", None),
         (D, "Меньше всего я бы хотел, чтобы оплошность с моей стороны стала причиной ограничения моего творчества",
          None, "Филипп Киркоров", None)]),
    # probe GG (dev, x16): «вспомнил, что …» reports what the speaker recalled aloud (speech_cues.tsv speech)
    "«Он также вспомнил, что …»": (
        "Основатель Telegram Павел Дуров заявил, что платформа выступает за свободу слова. Он также вспомнил, что "
        "восемь лет назад Telegram пытались запретить в Иране, однако эта инициатива оказалась неудачной.",
        [(I, "платформа выступает за свободу слова", "Павел Дуров", "Павел Дуров", "заявить"),
         (I, "восемь лет назад Telegram пытались запретить в Иране, однако эта инициатива оказалась неудачной",
          "Он", "Павел Дуров", "вспомнить")]),
    # a whole sentence in marks, told by the next sentence «Об этом заявил X» / «Так X ответил» (`telling`;
    # probe FM, dev, fm06)
    "whole quote told by the next sentence «Об этом заявил X»": (
        "Пресс-секретарь президента Дмитрий Песков выступил перед журналистами. «Мы готовы к переговорам с "
        "Украиной». Об этом заявил Песков.",
        [(D, "Мы готовы к переговорам с Украиной", "Песков", "Дмитрий Песков", "заявить")]),
    "whole quote told by the next sentence «Так X ответил»": (
        "Министр сельского хозяйства Николай Федоров выступил в Думе. «Я буду оздоравливать ситуацию в "
        "содержательном плане и, если понадобится, в кадровом аспекте». Так министр ответил на вопрос журналистов.",
        [(D, "Я буду оздоравливать ситуацию в содержательном плане и, если понадобится, в кадровом аспекте",
          "министр", "Николай Федоров", "ответить")]),
    # a name line before a paragraph that opens with a quote, the paragraph going on after it (a «Слова»
    # column; probe FM, dev, fm06)
    "name line, then a paragraph opening with a quote": (
        "Павел Астахов\n\n«Друзья мои, вы или слепые, или тупые». Уполномоченный по правам ребенка заявил, что не "
        "собирается в отставку.",
        [(D, "Друзья мои, вы или слепые, или тупые", "Павел Астахов", "Павел Астахов", None),
         (I, "не собирается в отставку", "Уполномоченный по правам ребенка", "Павел Астахов", "заявить")]),
    # «Президент Аргентины Милей», the name hung on the place in apposition: the president himself, not whom a
    # president is of, so «аргентинский лидер» may be he (probe FM, dev, fm14)
    "a name the parser hung on the place after a post": (
        "Президент Аргентины Милей прибыл в Давос.\n\nСтраны Запада отказались от свободы, заявил президент "
        "Аргентины Хавьер Милей.\n\n«Запад находится в опасности», — посетовал аргентинский лидер.",
        [(I, "Страны Запада отказались от свободы", "Хавьер Милей", "Хавьер Милей", "заявить"),
         (D, "Запад находится в опасности", "аргентинский лидер", "Хавьер Милей", "посетовать")]),
    # a body's own channel is a document of its own: its owner speaks; an outlet's channel relays (quote_words.tsv
    # `channel`; probes FF, FC, dev, ff15, fc03, fc07)
    "«Об этом сообщается на официальном сайте МИД РФ»": (
        "Россия направила в Судан гуманитарную помощь. Об этом сообщается на официальном сайте МИД РФ. Россия "
        "передала Кубе нефть. Об этом сообщается в Telegram-канале радио Sputnik.",
        [(I, "Россия направила в Судан гуманитарную помощь", "МИД", "МИД России", "сообщается на сайте")]),
    "«Как отмечается на сайте Кремля, …»": (
        "Как отмечается на сайте Кремля, Хоценко проинформировал Путина о ситуации в регионе.",
        [(I, "Хоценко проинформировал Путина о ситуации в регионе", "Кремля", "Кремль", "отмечается на сайте")]),
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
    # an interview in dash lines after a paragraph that introduces it with a colon: the answers are
    # the person it names, the questions nobody's; the answers have the introducing cue
    # (probe I, dev, outside the repository)
    "interview lines after an introduction": (
        'Защитник "Локомотива" Мануэл Да Кошта поделился впечатлениями от встречи с "Зенитом" (4:2):\n\n'
        "- Очень счастлив за себя и за команду.\n\n"
        "- Когда в последний раз забивали два гола за матч?\n\n"
        "- Это случилось впервые.",
        [(D, "Очень счастлив за себя и за команду.", "Мануэл Да Кошта", "Мануэл Да Кошта", "поделиться"),
         (D, "Когда в последний раз забивали два гола за матч?", None, None, None),
         (D, "Это случилось впервые.", "Мануэл Да Кошта", "Мануэл Да Кошта", "поделиться")]),
    # probe CS (dev, p16): a reply set apart by one line break, after a line ending with a colon
    # (dialogue.dialogue_blocks)
    "a dash line after a colon line, one line break": (
        "Первым к журналистам вышел Анатолий Чанцев, наставник луганской «Зари», который, правда, оказался "
        "немногословным:\n- Игра была сложная. Мы пытались показать свои лучшие качества, но у нас ничего не "
        "получилось.",
        [(D, "Игра была сложная. Мы пытались показать свои лучшие качества, но у нас ничего не получилось.",
          "Анатолий Чанцев", "Анатолий Чанцев", None)]),
    # probe CS (dev, p13): «его слова» — the words' owner speaks, the site only passes them on, whatever
    # the parser hangs «его» on (subjects._words_owner)
    "«— приводит его слова сайт»": (
        'Главный тренер "Динамо" Олег Знарок прокомментировал поражение от "Северстали" (3:4). "Нас сегодня '
        'переиграл Кошечкин", – приводит его слова официальный сайт "Динамо".',
        [(D, "Нас сегодня переиграл Кошечкин", "его", "Олег Знарок", "приводить")]),
    # «по словам X» opening a clause joined by «но»: its clause starts after the phrase, and the clause
    # of the cue before it is a row of its own (probe I, dev, outside the repository)
    "«по его словам» after a coordinator": (
        "Президент Белоруссии Александр Лукашенко заявил, что недостаточно ознакомлен с ходом операции РФ на "
        "Украине, но, по его словам, она «затянулась».",
        [(I, "недостаточно ознакомлен с ходом операции РФ на Украине", "Александр Лукашенко",
          "Александр Лукашенко", "заявить"),
         (I, "она «затянулась»", "его", "Александр Лукашенко", "по словам")]),
    # … or by a paragraph of one sentence whose verb is one of saying, with a person as subject
    "interview lines after a sentence of comment": (
        "Главный тренер ХК «Липецк» Валерий Олейник прокомментировал матч с «Сарыаркой» — 3:4.\n\n"
        "— Что Вы имели в виду под выражением «психологически сломлены»?\n\n"
        "— Такое поражение больно бьет — разница в одну шайбу.",
        [(D, "Что Вы имели в виду под выражением «психологически сломлены»?", None, None, None),
         (D, "Такое поражение больно бьет — разница в одну шайбу.", "Валерий Олейник", "Валерий Олейник",
          "прокомментировать")]),
    # … or whose first sentence is, whatever follows it in the paragraph (probe V, dev, outside the
    # repository, v01)
    "interview lines after a lead of comment and more": (
        "Российская фигуристка Александра Трусова прокомментировала свое выступление в короткой программе. "
        "Трусова заняла промежуточное третье место.\n\n"
        "— Саша, что случилось? В чем причина ошибки на акселе?\n\n"
        "— Не знаю. На тренировке и разминке, вроде бы, все получалось.",
        [(D, "Саша, что случилось? В чем причина ошибки на акселе?", None, None, None),
         (D, "Не знаю. На тренировке и разминке, вроде бы, все получалось.", "Александра Трусова",
          "Александра Трусова", "прокомментировать")]),
    # … or whose last sentence answers questions, its subject a pronoun (probe DK, dev, DK_13)
    "interview lines after «Он ответил на вопросы …»": (
        "Научный руководитель лаборатории Юрий Оганесян стал вторым в истории ученым, в честь которого элемент "
        "назван при жизни. Он ответил на вопросы РИА Новости.\n\n"
        "— Юрий Цолакович, что вы почувствовали?\n\n"
        "— Конечно, это большая честь. Но это результат работы большого коллектива.",
        [(D, "Юрий Цолакович, что вы почувствовали?", None, None, None),
         (D, "Конечно, это большая честь. Но это результат работы большого коллектива.", "Он", "Юрий Оганесян",
          "ответить")]),
    # a present-tense cue opening its sentence, its subject dropped: the person the text is about
    # (probe I, dev, outside the repository)
    "a dropped subject before a present-tense cue": (
        "Также певица Светлана Лобода высказалась о творчестве Ольги Бузовой. Признается, что поначалу ей "
        "даже нравилось слушать Крида.",
        [(I, "поначалу ей даже нравилось слушать Крида", None, "Светлана Лобода", "признаваться")]),
    # a cue asked about («признает ли он») says nothing (probe I, dev, outside the repository)
    "a cue in a question": (
        "Петр Порошенко уверен в победе. Его спросили, признает ли он победу другого кандидата. На это "
        "Порошенко ответил, что «честные выборы – это победа украинского народа».",
        [(D, "честные выборы – это победа украинского народа", "Порошенко", "Петр Порошенко", "ответить")]),
    # a quote a paragraph break cuts, closed in the next paragraph before the author's words: two
    # rows, both attributed where it closes (probe I, dev, outside the repository)
    "a quote across a paragraph break": (
        "Военные угрозы для Молдавии отсутствуют, заявил премьер-министр Дорин Речан. «Россия не может "
        "дотянуться до Республики Молдова военным путем.\n\nЗдесь надо отметить роль Украины, которая "
        "борется, побеждает», — указал Речан.",
        [(I, "Военные угрозы для Молдавии отсутствуют", "Дорин Речан", "Дорин Речан", "заявить"),
         (D, "Россия не может дотянуться до Республики Молдова военным путем.", "Речан", "Дорин Речан", "указать"),
         (D, "Здесь надо отметить роль Украины, которая борется, побеждает", "Речан", "Дорин Речан", "указать")]),
    # straight marks too: opened in one paragraph, closed two later, the author's words after the close
    # (probe AH, dev, outside the repository; the speaker named in the probe only by a first name)
    "a straight-marked quote across paragraph breaks": (
        "Юрий Федько получил ранение.\n\n\"Очень громко было, я на улице был.\n\nДумали, что ПВО сработало."
        "\n\nГоворят, какого-нибудь чиновника взорвали\", - сказал Андрей Петров.",
        [(D, "Очень громко было, я на улице был.", "Андрей Петров", "Андрей Петров", "сказать"),
         (D, "Думали, что ПВО сработало.", "Андрей Петров", "Андрей Петров", "сказать"),
         (D, "Говорят, какого-нибудь чиновника взорвали", "Андрей Петров", "Андрей Петров", "сказать")]),
    # an opening guillemet written for the closing one before the author's dash closes the quote (probe
    # AF, dev, af14, shortened)
    "a quote closed by «, the author's dash after it": (
        "«Журналистика не является преступлением. Мы также призываем Россию освободить Пола Уилана«, — "
        "говорится в заявлении госсекретаря США Энтони Блинкена.",
        [(D, "Журналистика не является преступлением. Мы также призываем Россию освободить Пола Уилана",
          "Энтони Блинкена", "Энтони Блинкен", "говорится в заявлении")]),
    # a quote over three paragraphs after a colon, a name in quote marks inside it: a row per
    # paragraph, all attributed where it opens (probe Z, dev, outside the repository)
    "a quote over paragraphs after a colon": (
        "Главный тренер «Мариуполя» Александр Севидов в интервью FootballHub рассказал о причинах своего "
        "ухода из клуба:\n\n«С сегодняшнего дня я не работаю в «Мариуполе». Вчера попрощался с командой.\n\n"
        "Более подробно сейчас не буду описывать эту ситуацию.\n\nЯ оставляю команду, которая теперь готова "
        "побеждать. Больше не буду давать комментариев».",
        [(D, "С сегодняшнего дня я не работаю в «Мариуполе». Вчера попрощался с командой.", "Александр Севидов",
          "Александр Севидов", "рассказать"),
         (D, "Более подробно сейчас не буду описывать эту ситуацию.", "Александр Севидов", "Александр Севидов",
          "рассказать"),
         (D, "Я оставляю команду, которая теперь готова побеждать. Больше не буду давать комментариев",
          "Александр Севидов", "Александр Севидов", "рассказать")]),
    # a descriptor names whom it introduced, not a name before a conjunction or a verb near it
    # («… Лоховым и судьей …», «Лохов закончил речь, судья …»), and its synonyms name them too
    # (прокурор ~ гособвинитель) (probe Z, dev, outside the repository)
    "descriptors of two people in one phrase": (
        "На репликах по делу Лысенко в Саратовском областном суде между гособвинителем Эдуардом Лоховым и "
        "судьей Александром Дементьевым произошел небольшой спор. В своей сегодняшней речи прокурор сказал, что "
        "защита предоставила присяжным доказательства, не рассмотренные коллегией. После того, как Лохов закончил "
        "речь, судья попросил назвать адвоката.\n\n\"В таком случае следите за своей речью\", - потребовал судья.",
        [(I, "защита предоставила присяжным доказательства, не рассмотренные коллегией", "прокурор", "Эдуард Лохов",
          "сказать"),
         (D, "В таком случае следите за своей речью", "судья", "Александр Дементьев", "потребовать")]),
    # a joke or a revelation is told too; «что» asking in its own clause tells nothing (probes Z
    # and Q, dev, outside the repository)
    "a joke told, a question asked": (
        "Глава МИД России Сергей Лавров пошутил, что Украина выбрала весь лимит просьб к США. Космонавт Олег "
        "Кононенко раскрыл, что изменилось за время его пребывания на МКС.",
        [(I, "Украина выбрала весь лимит просьб к США", "Сергей Лавров", "Сергей Лавров", "пошутить")]),
    # the words before «…, сообщается на сайте X» or «…, говорится в сообщении X» are X's (probe JM, dev, jm12;
    # reported._clause_before_document); an outlet's site relays
    "words before a document's impersonal cue": (
        "Министр прибыл в Москву. Смена тренера является плановой, сообщается на официальном сайте Всероссийской "
        "федерации волейбола. Визит продлится три дня, говорится в сообщении МИД России. Матч перенесен на осень, "
        "сообщается на сайте РБК.",
        [(I, "Смена тренера является плановой", "Всероссийской федерации волейбола",
          "Всероссийская федерация волейбола", "сообщается на сайте"),
         (I, "Визит продлится три дня", "МИД", "МИД России", "говорится в сообщении")]),
    # what is voiced is said (speech_cues.tsv «озвучить»; probe IV, dev, iv10: «Лидеры также озвучили, что …»)
    "voiced": (
        "Министр финансов Антон Силуанов озвучил, что дефицит бюджета составит два процента.",
        [(I, "дефицит бюджета составит два процента", "Антон Силуанов", "Антон Силуанов", "озвучить")]),
    # thirty-sixth round, probe KC (dev, kc10): a relative clause between a cue's object and its «что» is passed
    # over (complement._relative_clause_end); «отвечать за» is being answerable, no cue (quote_words.tsv
    # `answerable`)
    "a relative clause before the reported one": (
        "Глава государства Александр Лукашенко предупредил чиновников, которые отвечают за сотрудничество с Африкой, "
        "что они должны быть готовы к докладу каждый день.",
        [(I, "они должны быть готовы к докладу каждый день", "Александр Лукашенко", "Александр Лукашенко",
          "предупредить")]),
    # probe KC (dev, kc07): the words in marks after a colon that ends a «по словам» clause are that speaker's too
    # (direct.cue_before_colon)
    "a quote after a colon that ends a «по словам» clause": (
        "Министр финансов Антон Силуанов выступил на форуме. По его словам, бюджет «выдержит снижение доходов»: «Мы "
        "учитываем снижение потребления газа».",
        [(I, "бюджет «выдержит снижение доходов»", "его", "Антон Силуанов", "по словам"),
         (D, "Мы учитываем снижение потребления газа", "его", "Антон Силуанов", "по словам")]),
    # thirty-seventh round, probe KK (dev, kk11): a «по словам» phrase and a cue after the words, each inside the
    # other's clause, tell the same words once (indirect._one_of_two_cues), not twice nor not at all
    "a «по мнению» phrase and a cue after its words": (
        "Вирусолог Петр Чумаков рассказал о новом штамме. По его мнению, вспышка будет в августе-сентябре, "
        "сообщил он RT.",
        [(I, "вспышка будет в августе-сентябре", "его", "Петр Чумаков", "по мнению")]),
    # probe KK (dev, kk11): a lead that says the words before anyone is named takes the speaker of the row below
    # that repeats them (echoes.lend_speakers, body to body as title to body)
    "a lead's words repeated below with their speaker": (
        "По его мнению, вспышка будет в августе-сентябре.\n\nВирусолог Петр Чумаков рассказал о новом штамме. "
        "По его мнению, вспышка будет в августе-сентябре.",
        [(I, "вспышка будет в августе-сентябре", "его", "Петр Чумаков", "по мнению"),
         (I, "вспышка будет в августе-сентябре", "его", "Петр Чумаков", "по мнению")]),
    # thirty-eighth round, probe KK (dev, kk14): the staff of an institute of an academy are the academy's staff
    # (descriptors.holders `members`): «сотрудник РАН» is the one introduced as «сотрудник Института … РАН»
    "a member of a body's institute speaks for the body": (
        "Такой прогноз представил научный сотрудник Института физики атмосферы имени Обухова РАН Александр "
        "Чернокульский. «В ближайшие пять лет такое в России точно случится», — сообщил сотрудник РАН.",
        [(D, "В ближайшие пять лет такое в России точно случится", "сотрудник РАН", "Александр Чернокульский",
          "сообщить")]),
    # probe KS (dev, ks06): a verb conjoined to the reported clause's whose gender its subject cannot have is the
    # cue's second predicate (indirect._not_its_conjunct), an adverbial noun before it too («еще раз»)
    "a second predicate of another gender ends the reported clause": (
        "Мэр заявила, что ремонт был отложен из-за дождей, и попросила жителей потерпеть.",
        [(I, "ремонт был отложен из-за дождей", "Мэр", None, "заявить")]),
    "an adverbial noun before the cue's second predicate": (
        "Министр заявил, что власти выделят деньги на ремонт, и еще раз поблагодарил коллег.",
        [(I, "власти выделят деньги на ремонт", "Министр", None, "заявить")]),
    # probe KK (dev, kk03): a quoting verb's relayer the parser hung on the words' owner leaves the speaker's
    # phrase, after a post someone was introduced with (attribution._leave_relaying_outlet)
    "an outlet relaying a coach's words": (
        "Главный тренер «Витязя» Андрей Назаров прокомментировал игру сборной. «Вот он и случился», — приводит "
        "слова наставника РИА «Новости».",
        [(D, "Вот он и случился", "наставника", "Андрей Назаров", "приводить")]),
    "an outlet relaying its own source's words": (
        "Главный тренер «Витязя» Андрей Назаров прокомментировал игру сборной. «Вот он и случился», — приводит "
        "слова собеседника агентства.",
        [(D, "Вот он и случился", "собеседника агентства", None, "приводить")]),
    # probe KO (dev, ko11): a state's mission at an organisation speaks for the state, the organisation being only
    # where it sits (speakers._seated_in); a body in the genitive stays the speaker
    "a state's mission at the UN": (
        "Постоянное представительство Великобритании при ООН заявило, что Россия изолирована. Представитель МИД "
        "России в Москве заявил, что визы выданы.",
        [(I, "Россия изолирована", "Постоянное представительство Великобритании при ООН", "Великобритания",
          "заявить"),
         (I, "визы выданы", "Представитель МИД России в Москве", "МИД России", "заявить")]),
    # probe KS (dev, ks02): a quote a straight mark opens and «»» closes before the author's words (marks.mark_spans);
    # a name in the nominative after a quoting verb is who relays the words, not whose they are (subjects._quoted)
    "a straight mark closed by a guillemet": (
        "Главный тренер сборной России Зинэтула Билялетдинов прокомментировал поражение.\n\n"
        "\"Я не знаю, как объяснить сегодняшнее поражение. У меня пока нет слов\u00bb, - цитирует тренера Чемпионат.",
        [(D, "Я не знаю, как объяснить сегодняшнее поражение. У меня пока нет слов", "тренера Чемпионат",
          "Зинэтула Билялетдинов", "цитировать")]),
    # thirty-ninth round, probe LA (dev, la16): a paragraph that names one person after a pronoun that stands for
    # another has no one person a descriptor may mean (coreference._paragraphs_one_person): the one it goes on about
    "a descriptor after a paragraph that names someone inside another's words": (
        "Нового обвала не предвидится, заявил экономист Денис Ракша.\n\nПо его словам, падение курса рубля "
        "произошло из-за заявления президента США Дональда Трампа. «Резких обвалов не будет», — убежден аналитик.",
        [(I, "Нового обвала не предвидится", "Денис Ракша", "Денис Ракша", "заявить"),
         (I, "падение курса рубля произошло из-за заявления президента США Дональда Трампа", "его", "Денис Ракша",
          "по словам"),
         (D, "Резких обвалов не будет", "аналитик", "Денис Ракша", "убежденный")]),
    # probe LA (dev, la04): «Эти данные озвучила X» opens with the cue's object, as «Такие данные привел X» did: the
    # sentence before is X's (quote_words.tsv `cue-object` «эти данные», «эти цифры» …)
    "a sentence told by «Эти данные озвучила»": (
        "АИ-92 подорожает на 9,5%, до 55,1 рубля за литр. Эти данные озвучила экономист Задина Казова в интервью.",
        [(I, "АИ-92 подорожает на 9,5%, до 55,1 рубля за литр", "Задина Казова", "Задина Казова", "озвучить")]),
    # fortieth round, probe LD (dev, ld06): an authority named by its abbreviation reporting in the present speaks
    # for itself, as «сообщает МВД» does (org_words.tsv `authority` «ск», «фас», «росстат» …); an outlet relays
    "«…, сообщает СК России»: an authority's abbreviation": (
        "Следователи завершили расследование уголовного дела, сообщает СК России. Сделку одобрили, сообщает ФАС. "
        "Завод закрыли, сообщает Интерфакс.",
        [(I, "Следователи завершили расследование уголовного дела", "СК", "СК России", "сообщать"),
         (I, "Сделку одобрили", "ФАС", "ФАС", "сообщать")]),
    # fortieth round, probe LI (dev, li05): a dialogue line a name line introduces is that person's even when it trails
    # off («…»), which without an introduction marks an interviewer's prompt (dialogue._answers)
    "a name line, then a dialogue line that trails off": (
        "Александр Соколов, главный тренер ХК «Челны»:\n\n— Можно признать, что у «Динамо» коньки побыстрее, клюшки "
        "получше, шайбу они хорошо держат…",
        [(D, "Можно признать, что у «Динамо» коньки побыстрее, клюшки получше, шайбу они хорошо держат…",
          "Александр Соколов", "Александр Соколов", None)]),
    # probe JX (dev, jx10): a quote that ends with a quote in it closes both with one «»» before the author's words
    # (marks.mark_spans), as straight marks already did
    "a quote closed by its inner quote's mark": (
        "«Мы провели с господином Путиным успешную беседу. Он ответил: «Я выполню свое обещание», — заявил "
        "журналистам президент Турции Реджеп Тайип Эрдоган.",
        [(D, "Мы провели с господином Путиным успешную беседу. Он ответил: «Я выполню свое обещание",
          "Реджеп Тайип Эрдоган", "Реджеп Тайип Эрдоган", "заявить")]),
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
    # Как CUE X, … whose subject the parser hangs on the clause's verb is still written: no one the text went
    # on with; a plural cue's «в» + organisation right after it is where the words were said, whatever the
    # parser hung it on (probe CA, dev, p07)
    "Как сообщал «X», … and «…», — сообщили в … управлении СК РФ": (
        "Глава Верх-Исетского района Екатеринбурга Александр Бреденко задержан после многочасового обыска. Как "
        "сообщал накануне «Политсовет», обыск в администрации Верх-Исетского района начался днем 21 февраля. "
        "«Непосредственно после получения денежных средств глава администрации района был задержан на своём рабочем "
        "месте», — сообщили в областном следственном управлении СК РФ.",
        [(I, "обыск в администрации Верх-Исетского района начался днем 21 февраля", "Политсовет", "Политсовет",
          "сообщать"),  # not Бреденко
         (D, "Непосредственно после получения денежных средств глава администрации района был задержан на своём "
             "рабочем месте", "областном следственном управлении СК РФ", "СК РФ", "сообщить")]),
    # a news outlet right after the cue, a person right after it: the outlet was told (probe CC, dev, p14)
    "«…», – рассказал РИА Новости Вильфанд": (
        "Руководитель Гидрометцентра Роман Вильфанд предупредил жителей о непогоде. \"Затем осадки продолжатся в "
        "виде небольшого снега, ветер будет до 22 метров в секунду\", – рассказал РИА Новости Вильфанд.",
        [(D, "Затем осадки продолжатся в виде небольшого снега, ветер будет до 22 метров в секунду", "Вильфанд",
          "Роман Вильфанд", "рассказать")]),
    # a name in quote marks between «, об этом» and the cue counts as its words (probe CC, dev, p03)
    "«…, об этом в соцсети «ВКонтакте» сообщил X»": (
        "В Качканаре неизвестные установили портрет главы округа на дорожной яме, об этом в соцсети «ВКонтакте» "
        "сообщил сам глава муниципалитета Сергей Набоких.",
        [(I, "В Качканаре неизвестные установили портрет главы округа на дорожной яме", "Сергей Набоких",
          "Сергей Набоких", "сообщить")]),
    # «что» left out after the cue's comma: the clause with a subject of its own the parser makes the cue's
    # complement is reported; a question word opens a topic, no words told (probe CG, dev, p06; probe CC, p09)
    "«Улюкаев также пояснил, в первом квартале … инфляция … вырастет»": (
        "Отметим, Улюкаев также пояснил, в первом квартале 2015 года инфляция, возможно, вырастет до 10%. "
        "Премьер Михаил Мишустин объяснил, почему растут цены на социально важные продукты.",
        [(I, "в первом квартале 2015 года инфляция, возможно, вырастет до 10%", "Улюкаев", "Улюкаев", "пояснить")]),
    # the same class: «чей», «кто» are question words too (quote_words.tsv `question`; probe EY, dev, ey02's title)
    "«Мирзиёев рассказал, чью сторону занимает Узбекистан»; «Песков рассказал, кто будет …»": (
        "Шавкат Мирзиёев рассказал, чью сторону занимает Узбекистан во внешней политике. Песков рассказал, кто "
        "будет представлять Россию на саммите.",
        []),
    # «не отрицает, что» admits what follows: speech, as «не исключил, что» (speech_cues.tsv; probe CG, dev, p14)
    "«Он не отрицает, что …»": (
        "Профессор Петр Чумаков выступил на форуме. Он не отрицает, что, возможно, академик Геннадий Красников "
        "заслуженный человек.",
        [(I, "возможно, академик Геннадий Красников заслуженный человек", "Он", "Петр Чумаков", "не отрицать")]),
    # a colon before a list of names in quote marks does not end the clause, a quote after it does
    # (probe CG, dev, p16)
    "«…линии: \"Саларьево\" и \"Румянцево\"»": (
        "Мэр Москвы Сергей Собянин сообщил, что будут открыты новые станции Сокольнической линии: \"Саларьево\" "
        "и \"Румянцево\". Он добавил, что станции откроют в срок: \"Мы уложимся в график\".",
        [(I, "будут открыты новые станции Сокольнической линии: \"Саларьево\" и \"Румянцево\"", "Сергей Собянин",
          "Сергей Собянин", "сообщить"),
         (I, "станции откроют в срок", "Он", "Сергей Собянин", "добавить"),
         (D, "Мы уложимся в график", "Он", "Сергей Собянин", "добавить")]),
    # a colon after the cue's subject goes on with the words of the one who said the clause before the
    # cue: two rows (probe CG, dev, p04)
    "«…, уточнила Набиуллина: …»": (
        "Годовой прогноз инфляции на текущий год в 6,5-7,5% министерство менять не собирается, уточнила "
        "Набиуллина: в мае инфляция ускорится из-за роста цен на бензин.",
        [(I, "Годовой прогноз инфляции на текущий год в 6,5-7,5% министерство менять не собирается", "Набиуллина",
          "Набиуллина", "уточнить"),
         (I, "в мае инфляция ускорится из-за роста цен на бензин", "Набиуллина", "Набиуллина", "уточнить")]),
    # a name in straight quote marks inside the author's words of a split quote, or between a cue and
    # its «что», is a name, not a quote's end (probe CG, dev, p10)
    "«…, - сообщил \"Интерфаксу\" X. - …»": (
        "\"У нас сейчас остается 31 человек, - сообщил \"Интерфаксу\" заместитель главного врача Владимир "
        "Запорожец. - Состояние всех стабильное\". В свою очередь главный врач НИИ Владимир Коцур сказал "
        "\"Интерфаксу\", что в его клинике остаются 16 человек.",
        [(D, "У нас сейчас остается 31 человек", "Владимир Запорожец", "Владимир Запорожец", "сообщить"),
         (D, "Состояние всех стабильное", "Владимир Запорожец", "Владимир Запорожец", "сообщить"),
         (I, "в его клинике остаются 16 человек", "Владимир Коцур", "Владимир Коцур", "сказать")]),
    # «что» the parser reads as the subject of an impersonal verb with an infinitive subject is the
    # conjunction (probe CC, dev, p10)
    "«сообщила, что стоит подготовиться к …»": (
        "Экономист Ольга Лебединская выступила на форуме. Экономист сообщила российским потребителям, что стоит "
        "подготовиться к скачку цен на ряд продуктов.",
        [(I, "стоит подготовиться к скачку цен на ряд продуктов", "Экономист", "Ольга Лебединская", "сообщить")]),
    # «на его взгляд» is a phrase of opinion as «по его мнению» (speech_cues.tsv `phrase`; probe CC, dev, p09)
    "«Но это, на его взгляд, слишком оптимистично»": (
        "Экономист Сергей Тищенко выступил на форуме. Он также отметил, что Минэк ожидает инфляцию в 4,7%. Но "
        "это, на его взгляд, слишком оптимистично. На взгляд эксперта Ивана Петрова, цены вырастут.",
        [(I, "Минэк ожидает инфляцию в 4,7%", "Он", "Сергей Тищенко", "отметить"),
         (I, "Но это, на его взгляд, слишком оптимистично", "его", "Сергей Тищенко", "на взгляд"),
         (I, "цены вырастут", "Ивана Петрова", "Иван Петров", "на взгляд")]),
    # a conclusion come to is an opinion voiced, as «выразил мнение» (speech_cues.tsv noun «вывод»; probe BY, dev,
    # p02)
    "«пришла к выводу, что …», «сделал вывод, что …»": (
        "Группа международных ученых пришла к выводу, что лох-несское чудовище не могло быть гигантской "
        "рептилией. Эксперт Иван Петров сделал вывод, что цены вырастут.",
        [(I, "лох-несское чудовище не могло быть гигантской рептилией", "Группа международных ученых", None,
          "вывод"),
         (I, "цены вырастут", "Иван Петров", "Иван Петров", "вывод")]),
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
    # the right mark written for both ends, and «цитирует X слова Y»: Y is quoted, X relays; the
    # clause the parser runs to the closing mark is part of the direct quote (probe G, dev, outside
    # the repository)
    "right marks at both ends, words relayed": (
        "Адвокат Николай Полозов рассказал о заседании. ”Я военнослужащая Украины и выполняла свою работу. Как "
        "иностранцы могут решать, как мне защищать Родину?”, - цитирует Полозов слова Савченко на судебном "
        "заседании.",
        [(D, "Я военнослужащая Украины и выполняла свою работу. Как иностранцы могут решать, как мне защищать "
          "Родину?", "Савченко", "Савченко", "цитировать")]),
    # a news source reporting is no speaker and its report no quote (book_448, book_182)
    "news sources": (
        "Российскому бизнесмену разрешили свидание с женой, сообщает NEWSru.com. Как передала радиостанция «Маяк», "
        "по факту покушения на Ису Ямадаева возбуждено уголовное дело. Суд признал экс-министра виновным, "
        "передал корреспондент «Газеты.Ru» из зала суда.",
        []),
    # … also one named by a compound whose last part is a media word (probe BS, dev, p15)
    "news sources named by a compound: «интернет-газета», «интернет-издание»": (
        "Акция прошла мирно, арестов и задержаний не было, сообщает интернет-газета «БалаковоМедиа». Митинг "
        "собрал 300 человек, сообщило интернет-издание «Фонтанка.ру».",
        []),
    # …but a public authority in the present tense speaks for itself, as in the past tense (probe O, dev,
    # outside the repository; the second sentence constructed)
    "authority, present tense": (
        "Министерство обороны Гвинеи сообщает, что переворот не удался. Задержаны 12 оппозиционеров, сообщает МВД "
        "Грузии.",
        [(I, "переворот не удался", "Министерство обороны", "Министерство обороны Гвинеи", "сообщать"),
         (I, "Задержаны 12 оппозиционеров", "МВД", "МВД Грузии", "сообщать")]),
    # a lone dative the plural cue does not agree with is told, not telling: no speaker, so no row
    "addressee, not speaker": (
        "Посол России Михаил Евдокимов получил ноту протеста. Евдокимову сообщили, что после ночной атаки "
        "зафиксированы повреждения посольства.",
        []),
    # a cue in the infinitive reports no speech (book_142); an idiom is no cue (book_1667)
    "no speech act": (
        "Динамика хозяйственных отношений позволила аналитикам заявлять о том, что страны строят отношения, близкие "
        "к стратегическим. Как говорится, за ним придут другие.",
        []),
    # an organisation named again by part of its name speaks as itself (book_93, shortened)
    "organisation by part of its name": (
        "Федеральное авиационное управление пояснило, что с самолетом пропала связь. Авиационное управление "
        "сообщило, что связь с бортом восстановили.",
        [(I, "с самолетом пропала связь", "Федеральное авиационное управление", "Федеральное авиационное управление",
          "пояснить"),
         (I, "связь с бортом восстановили", "Авиационное управление", "Федеральное авиационное управление",
          "сообщить")]),
    # issue 17's classes; the corpora hold no example of them, so the cases are the issue's own
    # examples, completed into sentences.
    # «…», — <any verb> X: after direct speech and a dash, every verb is the author's cue, and a
    # quote may stand mid-sentence
    "author's verb after the quote": (
        "«Я очень рада этой победе, готовилась к турниру полгода», — описала свои чувства шахматистка Александра "
        "Горячкина, отвечая на вопросы журналистов. После финала «эта победа далась нам очень тяжело», — признался "
        "нападающий Артем Дзюба.",
        [(D, "Я очень рада этой победе, готовилась к турниру полгода", "Александра Горячкина", "Александра Горячкина",
          "описать"),
         (D, "эта победа далась нам очень тяжело", "Артем Дзюба", "Артем Дзюба", "признаться")]),
    # the author's words may name the subject first («— министр не скрывал чувств»), and a gerund cue
    # after them («комментируя произошедшее») takes no clause before it: those words are the verb's it
    # modifies (probe AH, dev, outside the repository; the first sentence constructed)
    "subject first after the dash, a gerund after the author's verb": (
        "Министр просвещения Сергей Кравцов приехал в Брянск.\n\n«Нацисты, нелюди напали на мирных граждан», - "
        "министр просвещения не скрывал чувств, комментируя произошедшее в селе Любечане.",
        [(D, "Нацисты, нелюди напали на мирных граждан", "министр просвещения", "Сергей Кравцов", "скрывать")]),
    # X заявил: <words without quote marks> — reported speech; not a colon that lists an object
    "cue, colon, no quote marks": (
        "Пресс-секретарь президента Дмитрий Песков заявил: Кремль не будет комментировать эти сообщения. Лидеры "
        "двух стран отметили три сферы для развития нового диалога: политическую, торгово-экономическую и "
        "гуманитарную.",
        [(I, "Кремль не будет комментировать эти сообщения", "Дмитрий Песков", "Дмитрий Песков",
          "заявить")]),
    # «…, добавив, что …»: a second reported clause, the same speaker
    "second clause after a gerund": (
        "Официальный представитель МИД России Мария Захарова заявила, что Москва готова к диалогу, добавив, что "
        "новые санкции не достигнут цели.",
        [(I, "Москва готова к диалогу", "Мария Захарова", "Мария Захарова", "заявить"),
         (I, "новые санкции не достигнут цели", "Мария Захарова", "Мария Захарова", "добавить")]),
    # the clause ends where the tree ends it: «, хотя …» hung outside it is the author's; «;» ends it
    "clause ends before the author's": (
        "Глава ведомства Антон Силуанов пояснил, что речь шла о плановой проверке, хотя в самом министерстве от "
        "комментариев отказались. Пресс-служба Кадырова заявила, что в столице сегодня царит праздничное "
        "настроение; всё в точности так, как обычно.",
        [(I, "речь шла о плановой проверке", "Антон Силуанов", "Антон Силуанов", "пояснить"),
         (I, "в столице сегодня царит праздничное настроение", "Пресс-служба Кадырова", None, "заявить")]),
    # the cue's own second predicate ends the clause, where the tree hangs it on the cue; inside
    # quote marks nothing is cut
    "clause ends before the cue's second predicate": (
        "Бывший министр Алексей Улюкаев заявил, что невиновен, и попросил суд его оправдать. Дмитрий Медведев "
        "отметил, что «Россия должна быть благодарна Ельцину за то, что страна не свернула с пути изменений, "
        "провела серьёзные преобразования и сегодня движется вперёд».",
        [(I, "невиновен", "Алексей Улюкаев", "Алексей Улюкаев", "заявить"),
         (D, "Россия должна быть благодарна Ельцину за то, что страна не свернула с пути изменений, провела "
             "серьёзные преобразования и сегодня движется вперёд", "Дмитрий Медведев", "Дмитрий Медведев",
          "отметить")]),
    # a name in quote marks between the cue and «что» is the addressee's, not a quote; the clause
    # found, «он» is its speaker, not the person inside what he reported (constructed)
    "a name in quote marks before «что»": (
        "Помощник вице-премьера Никита Анисимов заявил корреспонденту радиостанции «Говорит Москва», что Дмитрий "
        "Рогозин пока не будет комментировать перенос запуска. «Все комментарии у Роскосмоса», — сказал он.",
        [(I, "Дмитрий Рогозин пока не будет комментировать перенос запуска", "Никита Анисимов", "Никита Анисимов",
          "заявить"),
         (D, "Все комментарии у Роскосмоса", "он", "Никита Анисимов", "сказать")]),
    # a question asked is reported speech: «спросил, … ли …» (quote_words.tsv `asking`, `whether`)
    # (probe AD, dev, outside the repository)
    "a reported question: спросил у X, … ли …": (
        "Глава Минфина Антон Силуанов сообщил, что ездил в отпуск в Крым на мотоцикле.\n\nВ ходе мероприятия "
        "Владимир Путин спросил у Силуанова, ездил ли он в отпуск опять на мотоцикле.",
        [(I, "ездил в отпуск в Крым на мотоцикле", "Антон Силуанов", "Антон Силуанов", "сообщить"),
         (I, "ездил ли он в отпуск опять на мотоцикле", "Владимир Путин", "Владимир Путин", "спросить")]),
    # a descriptor named by no one before is not the person named inside what it says (constructed)
    "a descriptor is not a person inside its own quote": (
        "Журналист спросил, не собирается ли Дмитрий Песков уходить в отставку.",
        [(I, "не собирается ли Дмитрий Песков уходить в отставку", "Журналист", None, "спросить")]),
    # «Имя Фамилия, descriptor: «…»» — a verbless phrase before the colon names the speaker (constructed)
    "a name and descriptor before a colon": (
        "Вадим Кобзев, адвокат Алексея Навального: «Суд арестовал его в зале, хотя приговор еще не вступил в силу».",
        [(D, "Суд арестовал его в зале, хотя приговор еще не вступил в силу", "Вадим Кобзев", "Вадим Кобзев", None)]),
    # a cue whose subject is dropped, the first quote of the text: the last person of its gender (constructed)
    "a cue with its subject dropped": (
        "Генпрокурор Ирина Венедиктова подписала подозрения двум депутатам. Она не назвала фамилий. Но написала в "
        "Facebook: «Сегодня я поставила свою подпись на двух сообщениях о подозрении».",
        [(D, "Сегодня я поставила свою подпись на двух сообщениях о подозрении", None, "Ирина Венедиктова",
          "написать")]),
    # a paragraph that only names a person, before a paragraph that is one quote (sport press
    # conferences; constructed)
    "a name line before a quote paragraph": (
        "Валерий Белов, главный тренер ХК «Лада»\n\n«Игра была равная. Кто-то должен был проиграть. Готовимся к "
        "следующей игре».",
        [(D, "Игра была равная. Кто-то должен был проиграть. Готовимся к следующей игре", "Валерий Белов",
          "Валерий Белов", None)]),
    # a noun for an organisation with no name speaks for the last organisation named before (any
    # one for «ведомство»; for «министерство» one whose name holds the word) (constructed)
    "an organisation named by a common noun": (
        "Министерство финансов России опубликовало отчет. В ведомстве считают, что дефицит бюджета сократится.",
        [(I, "дефицит бюджета сократится", "ведомстве", "Министерство финансов России", "считать")]),
    # an opinion in the past of people no one names is the author's narrative, no statement; their opinion
    # in the present is their stated view, and a named person's in the past too (probe DW, dev, p05, p10)
    # a reported clause before its cue, with no «что»: a time's colon opens no words (probe DU, dev, p07), and
    # a fragment in marks the clause quotes is the clause's, not a quote before its author (probe DU, dev, p10)
    "a reported clause before its cue with a time or a fragment in marks": (
        "Смерть политика констатировали в 17:03, сообщил врач Хидэтада Фукусима. Премия присуждена «за усилия "
        "по достижению мира и международного сотрудничества», сообщила председатель комитета Берит "
        "Рейсс-Андерсен.",
        [(I, "Смерть политика констатировали в 17:03", "Хидэтада Фукусима", "Хидэтада Фукусима", "сообщить"),
         (I, "Премия присуждена «за усилия по достижению мира и международного сотрудничества»",
          "Берит Рейсс-Андерсен", "Берит Рейсс-Андерсен", "сообщить")]),
    # … but a word in marks is the verb's before it, as before (fewer than three words)
    "a word in marks before a cue and its author": (
        "Глава МИД назвал решение «ошибкой», заявил Песков.",
        [(D, "ошибкой", "Глава МИД", "МИД", "назвать")]),
    # a woman named after a masculine descriptor, her first name read as its genitive: the feminine verb
    # agrees with her (probe DW, dev, p10); «Помощник Хиллари Клинтон заявил» is still not her
    "a woman after a masculine descriptor, the verb feminine": (
        "«Это удивительная находка», — прокомментировала исследование палеонтолог Кэтрин Марш из "
        "Калифорнийского университета. Помощник Хиллари Клинтон заявил, что она не будет баллотироваться.",
        [(D, "Это удивительная находка", "Кэтрин Марш", "Кэтрин Марш", "прокомментировать"),
         (I, "она не будет баллотироваться", "Помощник Хиллари Клинтон", None, "заявить")]),
    # probes DW, EA (dev): a belief held in the past is narrative, whoever held it («Еще в среду вечером
    # Джонсон был уверен, что сможет удержаться у власти», EA p16); a present one is a stated view
    "a belief held in the past is no statement, a present one is": (
        "Болельщики в Москве считали, что Медведев станет первым россиянином, выигравшим Australian Open. "
        "Ученые давно предполагали, что гомотерии были приспособлены к жизни в холодном климате. "
        "Инвесторы считают, что Facebook олицетворяет собой будущее интернета. "
        "Тренер Гильермо Каньяс был уверен, что его подопечный справится. "
        "Тренер Гильермо Каньяс уверен, что его подопечный справится.",
        [(I, "Facebook олицетворяет собой будущее интернета", "Инвесторы", None, "считать"),
         (I, "его подопечный справится", "Гильермо Каньяс", "Гильермо Каньяс", "уверенный")]),
    # a dateline's source before a dash is not the subject the parser makes it (constructed)
    "a dateline's source is no speaker": (
        "Минск. 30 июня. Letnews.ru – Назначая Лилию Ананич министром информации, президент Александр Лукашенко "
        "высказал надежду на то, что глава ведомства привнесет что-то новое в работу Мининформа.",
        [(I, "глава ведомства привнесет что-то новое в работу Мининформа", "Александр Лукашенко",
          "Александр Лукашенко", "высказать")]),
    # dialogue lines: the author's words after «, —» attribute with any verb; a reply («ответил»)
    # is someone other than the speaker it answers (constructed)
    "dialogue lines with the author's verbs and a reply": (
        "Министр сельского хозяйства Александр Ткачев выступил перед депутатами.\n\n— Вы пытаетесь донести "
        "проблемы до власти, — обратился он к парламентариям.\n\n— Александр Николаевич, они и есть власть, — "
        "прервал его Вячеслав Володин.\n\nТкачев пояснил, что имел в виду правительство.\n\n— Источник власти — "
        "народ, — ответил спикер Госдумы.",
        [(D, "Вы пытаетесь донести проблемы до власти", "он", "Александр Ткачев", "обратиться"),
         (D, "Александр Николаевич, они и есть власть", "Вячеслав Володин", "Вячеслав Володин", "прервать"),
         (I, "имел в виду правительство", "Ткачев", "Александр Ткачев", "пояснить"),
         (D, "Источник власти — народ", "спикер Госдумы", "Вячеслав Володин", "ответить")]),
    # … but a reply to a question the sentence names is the previous speaker's, not someone else's
    # (probe I, dev, outside the repository)
    "a reply to a question put in the narration": (
        "«Бывают разные телефонные переговоры, о которых мы не делаем официальных сообщений», – добавил "
        "Дмитрий Песков. Но на вопрос, касается ли это и президента США Дональда Трампа, он ответил: «Как "
        "правило, с Трампом все телефонные контакты были отражены в соответствующих релизах».",
        [(D, "Бывают разные телефонные переговоры, о которых мы не делаем официальных сообщений",
          "Дмитрий Песков", "Дмитрий Песков", "добавить"),
         (D, "Как правило, с Трампом все телефонные контакты были отражены в соответствующих релизах", "он",
          "Дмитрий Песков", "ответить")]),
    # an outlet that «приводит слова X» relays X's words, as «цитирует» does (constructed)
    "the words of someone an outlet gives": (
        "Чемпион мира Владимир Кличко уверен в победе. «Я не могу гарантировать нокаут», - приводит слова "
        "Кличко isport.ua.",
        [(D, "Я не могу гарантировать нокаут", "Кличко", "Владимир Кличко", "приводить")]),
    # a relational descriptor is not the person it is of: «Адвокат Навального» is not Навальный (constructed)
    "a descriptor of someone else's": (
        "Алексей Навальный заявил, что не признает приговор. Позже адвокат Навального сообщил, что защита "
        "обжалует решение суда.",
        [(I, "не признает приговор", "Алексей Навальный", "Алексей Навальный", "заявить"),
         (I, "защита обжалует решение суда", "адвокат Навального", None, "сообщить")]),
    # probe BU (dev, p05, p04): the person a descriptor was introduced as being of is never that
    # descriptor later (descriptors.owners), and a name hanging on a descriptor as its genitive was
    # not introduced with it (descriptors._apposed): the lawyer is the one named as the lawyer
    "a lawyer is not the client he was introduced as the lawyer of": (
        "Адвокат арестованного заместителя министра обороны Тимура Иванова, Денис Балуев, заявил, что его "
        "клиент обвиняется исключительно в получении взятки.\n\nТакже адвокат прокомментировал факт того, что "
        "Иванов отрицает свою вину.\n\n- На данном этапе обвинения сформулированы очень абстрактно, - добавил "
        "адвокат.",
        [(I, "его клиент обвиняется исключительно в получении взятки", "Денис Балуев", "Денис Балуев", "заявить"),
         (D, "На данном этапе обвинения сформулированы очень абстрактно", "адвокат", "Денис Балуев", "добавить")]),
    "a lawyer of a named client, named himself only later": (
        "Адвокат Александра Пилипенко, который приговорён к пожизненному сроку, сообщил, что приговор будет "
        "обжалован.\n\nТакже адвокат сообщил, что обвиняемый не помнит само событие преступления.\n\n\"Его "
        "описание состояния - жар, резкая вспышка гнева\", -уточнил адвокат Осокин.",
        [(I, "приговор будет обжалован", "Адвокат Александра Пилипенко", "Осокин", "сообщить"),
         (I, "обвиняемый не помнит само событие преступления", "адвокат", "Осокин", "сообщить"),
         (D, "Его описание состояния - жар, резкая вспышка гнева", "Осокин", "Осокин", "уточнить")]),
    # a descriptor at a sentence's start the tagger takes for a name («Политик», PROPN) still
    # resolves to the person it describes; «допустил, что» reports an opinion (constructed)
    # probe BS (dev, p16): «суд» names the last court named, as «министерство» the last ministry
    # (speech_cues.tsv `body` `named`)
    "a court named by its noun": (
        "По решению Октябрьского районного суда активистка Марина Кен обязана заплатить 10 тысяч рублей штрафа. "
        "Как уточнили в суде, утром 12 марта Кен встала в одиночный пикет против поправок в Конституцию РФ.",
        [(I, "утром 12 марта Кен встала в одиночный пикет против поправок в Конституцию РФ", "суде",
          "Октябрьский районный суд", "уточнить")]),
    # probe BU (dev, p15): a line of a descriptor and a name with a colon introduces the dash line
    # after it; the descriptor may open with an adjective («Главный тренер»)
    "a descriptor and a name on a line of their own before a dash line": (
        "Главный тренер сборной России Олег Знарок:\n\n- Всех с победой. Ребята выполнили план на игру. Мы "
        "подготовились к этой встрече, теперь настраиваемся на следующий матч.",
        [(D, "Всех с победой. Ребята выполнили план на игру. Мы подготовились к этой встрече, теперь настраиваемся "
          "на следующий матч.", "Олег Знарок", "Олег Знарок", None)]),
    "a capitalised descriptor at a sentence's start": (
        "Об этом заявил Лукашенко.\n\nЛукашенко в понедельник допустил, что концерн «Беллегпром» может стать "
        "министерством.\n\nДиктатор во время встречи с председателем концерна отметил, что названная должность "
        "фактически министерская.",
        [(I, "концерн «Беллегпром» может стать министерством", "Лукашенко", "Лукашенко", "допустить"),
         (I, "названная должность фактически министерская", "Диктатор", "Лукашенко", "отметить")]),
    # a Turkic patronymic («уулу») makes a person of the name the NER typed a place, so the
    # descriptor before it does not fall back on the last «депутат» named (constructed)
    "a name with a patronymic particle speaks": (
        "Другой депутат БГК Кадыр Атамбаев сказал, что это «попахивает байсаловщиной».\n\nДепутат Манас "
        "Абдыллабек уулу заявил, что мэрия устраивает саботаж в БГК.",
        [(I, "это «попахивает байсаловщиной»", "Кадыр Атамбаев", "Кадыр Атамбаев", "сказать"),
         (I, "мэрия устраивает саботаж в БГК", "Манас Абдыллабек уулу", "Манас Абдыллабек уулу", "заявить")]),
    # a parenthetical cue inside a clause whose own verb is a verb of saying relays that verb's
    # subject: the row is the host verb's, not «Сама Алехина, отметил Петров, …» (constructed)
    "speech relayed by a parenthetical cue": (
        "Адвокат Игорь Петров рассказал о заседании. Сама Мария Алехина, отметил Петров, подчеркнула, что не "
        "признает свою вину.",
        [(I, "не признает свою вину", "Мария Алехина", "Мария Алехина", "подчеркнуть")]),
    # «один из …» then a name in a form that can be nominative: the one named speaks (probe E, dev,
    # outside the repository); a genitive owner of the group does not
    "one of a group, named": (
        "Рэп-группа «Каспийский груз» отменила концерт. При этом музыканты не прокомментировали отмену, "
        "сообщила одна из не попавших на выступление Ксения в своем аккаунте в Instagram.",
        [(I, "При этом музыканты не прокомментировали отмену", "Ксения", "Ксения", "сообщить")]),
    "one of someone's group, unnamed": (
        "Алексей Навальный задержан. Как сообщил один из соратников Навального, суд пройдет в понедельник.",
        [(I, "суд пройдет в понедельник", "один из соратников Навального", None, "сообщить")]),
    # a woman's name the tagger reads as a man's in an oblique case («по словам Инстасамки») is hers
    # by the nominative («написала Инстасамка»), so «певица» is she, not the next woman named (probe J,
    # dev, outside the repository)
    "a person's gender from the nominative": (
        "Певица заверила фанатов, что отмена концертов не связана с ее песнями. По словам Инстасамки, давления "
        "не было.\n\n«Мы отменили концерты сами», – написала Инстасамка.\n\nРанее в Новосибирске отменили "
        "концерт певицы Лолиты Милявской.",
        [(I, "отмена концертов не связана с ее песнями", "Певица", "Инстасамка", "заверить"),
         (I, "давления не было", "Инстасамки", "Инстасамка", "по словам"),
         (D, "Мы отменили концерты сами", "Инстасамка", "Инстасамка", "написать")]),
    # a second cue coordinated with the first, with its own «что»: two rows of one speaker, also when
    # the parser hangs the second «что» on the first clause's verb, or an adverb stands between
    # («а также добавила»; probe J, dev, outside the repository)
    "a second reported clause of a coordinated cue": (
        "Песков заявил, что Кремль не получал письма, и добавил, что ответа не будет. Гага подчеркнула, что "
        "выступает вживую каждый вечер, а также добавила, что отмена концерта стала для нее тяжелым решением.",
        [(I, "Кремль не получал письма", "Песков", "Песков", "заявить"),
         (I, "ответа не будет", "Песков", "Песков", "добавить"),
         (I, "выступает вживую каждый вечер", "Гага", "Гага", "подчеркнуть"),
         (I, "отмена концерта стала для нее тяжелым решением", "Гага", "Гага", "добавить")]),
    # a report verb whose object is someone's words or statement passes them on: the owner speaks
    # (probe J, dev, outside the repository)
    "words passed on by a report verb": (
        "«Состояние пациентов тяжёлое, но стабильное», — передаёт Интерфакс заявление главврача Игоря Банина.",
        [(D, "Состояние пациентов тяжёлое, но стабильное", "Игоря Банина", "Игорь Банин", "передавать")]),
    # dialogue lines with no intro whose first line's author names the speaker: where they alternate
    # (the questions at one parity), the other parity is the interviewer's, question or not (probe J, dev)
    "an interview named by its first line's author": (
        "Нападающий «Зенита» Иван Сергеев забил два мяча в ворота «Спартака».\n\n– Мы заслужили эту победу, – "
        "сказал Сергеев. – Команда играла здорово.\n\n– Надеюсь, травма не помешает вам в следующем туре.\n\n"
        "– Нет, всё в порядке. Врачи меня уже осмотрели.\n\n– Какое впечатление осталось от игры?\n\n– Хорошо "
        "провели второй тайм.",
        [(D, "Мы заслужили эту победу", "Сергеев", "Иван Сергеев", "сказать"),
         (D, "Команда играла здорово.", "Сергеев", "Иван Сергеев", "сказать"),
         (D, "Надеюсь, травма не помешает вам в следующем туре.", None, None, None),
         (D, "Нет, всё в порядке. Врачи меня уже осмотрели.", "Сергеев", "Иван Сергеев", None),
         (D, "Какое впечатление осталось от игры?", None, None, None),
         (D, "Хорошо провели второй тайм.", "Сергеев", "Иван Сергеев", None)]),
    # a «что» clause the writer forgot the comma before, by the tree: «что» marks the cue's complement
    # (probe J, dev); «сказал что-то» is no clause
    "a reported clause with its comma left out": (
        "Губернатор Сергей Цивилев отметил что это первая подобная находка в России. Он сказал что-то невнятное.",
        [(I, "это первая подобная находка в России", "Сергей Цивилев", "Сергей Цивилев", "отметить")]),
    # «Об этом» with a date between it and the cue is the cue's object, not a fronted clause (opening
    # the text, it tells no sentence before it); «О том, что …» is a clause (probe N, dev, outside the
    # repository)
    "«об этом» before the cue is no quote": (
        "Об этом в воскресенье, 20 февраля, заявил пресс-секретарь президента России Дмитрий Песков. О том, что "
        "Кремль не получал письма, заявил Дмитрий Песков.",
        [(I, "Кремль не получал письма", "Дмитрий Песков", "Дмитрий Песков", "заявить")]),
    # «Об этом заявил X» tells the sentence before it: X's reported speech, the whole sentence (probes
    # AJ and AQ, dev, outside the repository); a press service speaks in its body's name
    "the sentence before «Об этом заявил X» is X's": (
        "Россия даст решительный отпор в ответ на новые санкции США. Об этом заявила официальный представитель "
        "МИД РФ Мария Захарова.",
        [(I, "Россия даст решительный отпор в ответ на новые санкции США", "Мария Захарова", "Мария Захарова",
          "заявить")]),
    # … and so does a sentence that opens with «такой» and a noun of the words as the verb's object
    # (quote_words.tsv `cue-object`; probe BI, dev, p10 and p15); the noun as the subject is no telling
    "the sentence before «Такое заявление сделал X» / «Таким мнением поделился X» is X's": (
        "В последнее время в России наблюдалось снижение реальных доходов населения. Такое заявление сделал "
        "президент Владимир Путин во время пресс-конференции.\n\nАнтироссийские санкции послужат стимулом для "
        "вложения денег в развитие России. Таким мнением поделился гендиректор компании «Мегалайн» Геннадий "
        "Корупятник.\n\nКорпорация Google решила осваивать новый сегмент. Такой вывод позволяют сделать данные "
        "о покупке компании.",
        [(I, "В последнее время в России наблюдалось снижение реальных доходов населения", "Владимир Путин",
          "Владимир Путин", "сделать"),
         (I, "Антироссийские санкции послужат стимулом для вложения денег в развитие России", "Геннадий Корупятник",
          "Геннадий Корупятник", "поделиться")]),
    # … the telling verb is the noun's own, not a participle between them (probe BI, dev, p07)
    "«Такую оценку прошедшей встрече дал X»: «дал» tells, not «прошедшей»": (
        "Переговоры с американской делегацией были конструктивными и предельно откровенными. Такую оценку "
        "прошедшей встрече дал помощник президента России Юрий Ушаков.",
        [(I, "Переговоры с американской делегацией были конструктивными и предельно откровенными", "Юрий Ушаков",
          "Юрий Ушаков", "дать")]),
    # «по данным X» does too when X is a person (speech_cues.tsv `phrase-person`; probe BY, dev, p11);
    # «по данным Reuters», «по данным МВД» cite a source
    "«По данным Силуанова, …», not «По данным Reuters, …»": (
        "Министр Антон Силуанов рассказал о бюджете. По данным Силуанова, дефицит бюджета сократится. По данным "
        "Reuters, нефть подорожала. По данным МВД, преступность снизилась.",
        [(I, "дефицит бюджета сократится", "Силуанова", "Антон Силуанов", "по данным")]),
    # «по прогнозам X», «по оценкам X» attribute as «по мнению X» does (probe BI, dev, p13)
    "«по прогнозам министра X, …»": (
        "В марте инфляция достигла показателя в 5,3%. Но по прогнозам министра Максима Орешкина, пик пройден и "
        "теперь рост начнет замедляться.",
        [(I, "пик пройден и теперь рост начнет замедляться", "Максима Орешкина", "Максим Орешкин", "по прогнозам")]),
    # «журналист» names the person introduced as «корреспондент» (speech_cues.tsv descriptor synonyms),
    # not the last man named (probe BI, dev, p12)
    "«журналист» is the correspondent introduced before": (
        "Министр финансов Антон Силуанов заявил, что ни за что не платит на саммите. Об этом он сказал "
        "журналисту кремлевского пула, корреспонденту Life.ru Александру Юнашеву.\n\nЖурналист пожаловался, что "
        "в Китае невозможно расплатиться банковскими картами.",
        [(I, "ни за что не платит на саммите", "Антон Силуанов", "Антон Силуанов", "заявить"),
         (I, "в Китае невозможно расплатиться банковскими картами", "Журналист", "Александр Юнашев",
          "пожаловаться")]),
    # «в ведомстве» is the last authority named, not the last organisation (probe BM, dev, p14)
    "«В ведомстве объяснили» after «Роскомнадзор … Telegram» is Роскомнадзор": (
        "Ранее Роскомнадзор сообщил о поэтапном ограничении работы Telegram в России. В ведомстве объяснили эти "
        "шаги тем, что площадка нарушает российское законодательство.",
        [(I, "площадка нарушает российское законодательство", "ведомстве", "Роскомнадзор", "объяснить")]),
    # a spokesperson of a named organisation (speech_cues.tsv `spokesperson`) is someone the text goes on
    # with or the organisation, not the last man named as an object (probe BW, dev, p02)
    "«Представитель пресс-центра МВД РФ сообщил» after «задержали мэра … Михаила Столярова»": (
        "Сотрудники правоохранительных органов задержали мэра Астрахани Михаила Столярова.\n\nПредставитель "
        "пресс-центра МВД РФ сообщил, что задержание прошло спокойно.",
        [(I, "задержание прошло спокойно", "Представитель пресс-центра МВД РФ", "МВД России", "сообщить")]),
    # a descriptor is no one the quote names in an oblique case (speakers._named_in; probe BW, dev, p10):
    # the judge who reads out the sentence is not the woman sentenced; unnamed, the court in the phrase
    "«Суд постановил признать Лукашевич виновной», — огласила судья …: not Лукашевич": (
        "Суд в Москве приговорил Марину Лукашевич по делу о мошенничестве. Экс-замглавы Минобрнауки получила "
        "шесть лет колонии.\n\n«Суд постановил признать Лукашевич виновной», — огласила решение судья Мещанского "
        "суда Москвы.",
        [(D, "Суд постановил признать Лукашевич виновной", "судья Мещанского суда Москвы", "Мещанский суд Москвы",
          "огласить")]),
    # a body noun told after the words it says is their subject organisation, not the agency of the
    # dateline (probe BY, dev, p12), nor the organisation of the sentence before
    "«РЖД ввели …, сообщила компания» is РЖД, not the dateline's agency": (
        "МОСКВА, 22 авг - РИА Новости. РЖД ввели в график 59 пассажирских поездов, задержанных в Воронежской "
        "области, сообщила компания в пятницу. Позже Сбербанк снизил ставки по ипотеке, сообщила компания.",
        [(I, "РЖД ввели в график 59 пассажирских поездов, задержанных в Воронежской области", "компания", "РЖД",
          "сообщить"),
         (I, "Позже Сбербанк снизил ставки по ипотеке", "компания", "Сбербанк", "сообщить")]),
    # … not when the telling descriptor has a name of its own (probe BM, dev, p05)
    "«Об этом сообщил Посол … Ергали Булегенов»: the name, not the told sentence's subject": (
        "Президент Казахстана Нурсултан Назарбаев в этом году планирует посетить Беларусь. Об этом сообщил "
        "Чрезвычайный и Полномочный Посол Казахстана в Беларуси Ергали Булегенов сегодня журналистам.",
        [(I, "Президент Казахстана Нурсултан Назарбаев в этом году планирует посетить Беларусь", "Ергали Булегенов",
          "Ергали Булегенов", "сообщить")]),
    "the sentence before «Об этом сообщили в пресс-службе» is the press service's": (
        "МЧС России доставило 70 тонн гуманитарной помощи жителям Сирии. Об этом заявили в пресс-службе "
        "Министерства по чрезвычайным ситуациям.",
        [(I, "МЧС России доставило 70 тонн гуманитарной помощи жителям Сирии",
          "пресс-службе Министерства по чрезвычайным ситуациям", "Министерство по чрезвычайным ситуациям",
          "заявить")]),
    # … a body telling it is no person, not the told sentence's subject (probe CA, dev, p16)
    "«Об этом передает пресс-служба ведомства» is not the told sentence's subject's": (
        "Министр иностранных дел Беларуси Владимир Макей провел встречу с помощником государственного секретаря "
        "США Кларком Купером. Об этом передает пресс-служба внешнеполитического ведомства.",
        [(I, "Министр иностранных дел Беларуси Владимир Макей провел встречу с помощником государственного "
             "секретаря США Кларком Купером", "пресс-служба внешнеполитического ведомства", None, "передавать")]),
    # … also after a relay that opens the telling sentence: not the relay's words (probe CC, dev, p05)
    "«Как передает X, об этом сказал Y» tells the lead before it": (
        "В реанимационных отделениях по всей Украине нет больных, вакцинированных против коронавируса.\n\nКак "
        "передает Цензор.НЕТ, об этом сказал министр здравоохранения Виктор Ляшко в интервью \"Радио Свобода\".",
        [(I, "В реанимационных отделениях по всей Украине нет больных, вакцинированных против коронавируса",
          "Виктор Ляшко", "Виктор Ляшко", "сказать")]),
    # … also a lead set apart in its own paragraph; a subject the parser hangs on a trailing relay is
    # still the cue's; a name right before another in the speaker's phrase is its owner (probe AT, dev,
    # at09)
    "a lead paragraph told by the next one": (
        "Приговор по делу экс-премьер-министра Юлии Тимошенко будет вероятнее всего обвинительным, но когда его "
        "ждать — не известно.\n\nОб этом заявил адвокат Ю. Тимошенко Александр Плахотнюк после окончания "
        "судебного заседания, передал корреспондент ГолосUA.",
        [(I, "Приговор по делу экс-премьер-министра Юлии Тимошенко будет вероятнее всего обвинительным, но когда "
             "его ждать — не известно", "Александр Плахотнюк", "Александр Плахотнюк", "заявить")]),
    # … also when the parser makes the owner the cue's subject (probe AT, dev, at09)
    "the owner parsed as the subject: the name after it speaks": (
        "В свою очередь еще один защитник Ю. Тимошенко Юрий Сухов отметил, что после сегодняшнего заседания "
        "стороне защиты пока неясно, в каком направлении дальше будет двигаться это дело.",
        [(I, "после сегодняшнего заседания стороне защиты пока неясно, в каком направлении дальше будет "
             "двигаться это дело", "Юрий Сухов", "Юрий Сухов", "отметить")]),
    # a pronoun or a descriptor that tells a sentence is that sentence's subject, when it fits
    # (factRuEval book_176; probe AT, dev, at10)
    "a descriptor telling a sentence is its subject": (
        "Владимир Путин согласился занять пост премьер-министра РФ в случае, если Дмитрий Медведев выиграет "
        "грядущие президентские выборы.\n\nОб этом нынешний российский президент заявил, выступая на VII съезде "
        "партии «Единая Россия».",
        [(I, "Владимир Путин согласился занять пост премьер-министра РФ в случае, если Дмитрий Медведев выиграет "
             "грядущие президентские выборы", "нынешний российский президент", "Владимир Путин", "заявить")]),
    "a pronoun telling a sentence is its subject": (
        "Канцлер Германии Ангела Меркель своим визитом в Москву хотела продемонстрировать готовность к "
        "сотрудничеству с Россией. Об этом она рассказала на совместной пресс-конференции в Кремле.",
        [(I, "Канцлер Германии Ангела Меркель своим визитом в Москву хотела продемонстрировать готовность к "
             "сотрудничеству с Россией", "она", "Ангела Меркель", "рассказать")]),
    # «На это указал X» tells the sentence before as «Об этом заявил X» does (probe AL, dev); a telling
    # word with a reported clause of its own tells nothing before it
    "«На это указал X» tells the sentence before": (
        "Вероятность удара по Кремлю и ответ на такой шаг Украины лучше даже не обсуждать. На это указал "
        "пресс-секретарь президента России Дмитрий Песков в беседе с журналистами.",
        [(I, "Вероятность удара по Кремлю и ответ на такой шаг Украины лучше даже не обсуждать", "Дмитрий Песков",
          "Дмитрий Песков", "указать")]),
    "«На это X ответил, что …» is its own clause": (
        "Журналисты спросили Дмитрия Пескова о переговорах. На это Песков ответил, что Кремль не будет "
        "комментировать слухи.",
        [(I, "Кремль не будет комментировать слухи", "Песков", "Дмитрий Песков", "ответить")]),
    # «согласно предположению X, …» is X's, as «по словам X» (probe AL, dev, al07; the minister named here)
    "«согласно предположению X»": (
        "Согласно предположению министра Антона Котякова, по итогам анализа ситуации на рынке труда выяснится, "
        "что часть безработных работала в сером секторе экономики.",
        [(I, "по итогам анализа ситуации на рынке труда выяснится, что часть безработных работала в сером "
             "секторе экономики", "Антона Котякова", "Антон Котяков", "по предположению")]),
    # … not a sentence that names its own source («НСН писала, что …», probe AQ, dev), nor a news
    # outlet's report, nor «об этом человеке» (factRuEval book_253)
    "a sentence with its own source is not told again": (
        "Ранее, 30 апреля, НСН писала, что скончался глава Ставрополя Андрей Джатдоев. Об этом "
        "проинформировал губернатор края Владимир Владимиров.",
        []),
    "a news outlet's «Об этом сообщает» is no speaker": (
        "Курс рубля укрепился на открытии торгов. Об этом сообщает ТАСС.",
        []),
    "«об этом человеке» is no telling": (
        "1 февраля открыли памятник первому президенту России Борису Ельцину. Об этом человеке говорят разное.",
        []),
    # shouting and chanting are saying: words after «кричала:» are the crowd's (probe AT, dev, at01)
    "a crowd shouting after a colon": (
        "Когда Михаила Ходорковского и Платона Лебедева вели в зал суда, собравшаяся толпа громко кричала: "
        "\"Свободу! Свободу!\" Первым перед переполненным залом выступил Михаил Ходорковский.",
        [(D, "Свободу! Свободу!", "толпа", None, "кричать")]),
    # a «о том, что» clause of a noun object is that noun's content, not the cue's words (probe AL, dev;
    # the sentence's tail «, писал News» left out)
    "a clause of the cue's object noun through «о том»": (
        "Ранее Орешкин прокомментировал информацию о том, что активность российского производства достигла "
        "минимума 10-летней давности.",
        []),
    # a wire dateline that opens the sentence is no part of the reported clause (probe AT, dev, at03;
    # the rule subjects.dateline reads for a speaker)
    "a dateline before a fronted reported clause": (
        "INTERFAX.RU - Адвокаты Алексея Навального будут обжаловать приговор Мосгорсуда в кассационном порядке, "
        "сообщила адвокат Ольга Михайлова.",
        [(I, "Адвокаты Алексея Навального будут обжаловать приговор Мосгорсуда в кассационном порядке",
          "Ольга Михайлова", "Ольга Михайлова", "сообщить")]),
    # a dash before a second cue with its own subject and clause opens a second statement: the first
    # ends before it (probe AT, dev, at08; «Марджори Тейлор Грин» shortened to «Марджори Грин»: the NER
    # stops at «Тейлор», a limit of its own)
    "a dash before a second speaker's cue ends the first clause": (
        "Политолог Александр Шатилов напомнил, что Зеленского даже высмеяли в конгрессе за внешний вид — член "
        "палаты представителей Марджори Грин заявила, что украинский руководитель ведет себя так, словно "
        "все время находится в окопе.",
        [(I, "Зеленского даже высмеяли в конгрессе за внешний вид", "Александр Шатилов", "Александр Шатилов",
          "напомнить"),
         (I, "украинский руководитель ведет себя так, словно все время находится в окопе",
          "Марджори Грин", "Марджори Грин", "заявить")]),
    # the cue's second predicate after «, а также», which the parser conjoined to the clause's verb
    # though it takes another number, ends the reported clause (probe N, dev)
    "the cue's second predicate ends the clause": (
        "Глава Якутии Айсен Николаев подчеркнул, что власти ежегодно инвестируют в ремонт дорог, а также отметил "
        "важность поддержания чистоты.",
        [(I, "власти ежегодно инвестируют в ремонт дорог", "Айсен Николаев", "Айсен Николаев", "подчеркнуть")]),
    # a lone dialogue line a paragraph ending with a colon introduces is that paragraph's speaker's
    # (probe N, dev, outside the repository)
    "a lone dash line after a colon": (
        "Депутат Михаил Чечетов объяснил, что регионалы возьмутся за воспитание оппонентов:\n\n- Мы вчера на "
        "совете призывали оппозицию к конструктивной работе. Проводили воспитательные беседы.\n\nТакже Чечетов "
        "пообещал, что регионалы не будут мешать.",
        [(I, "регионалы возьмутся за воспитание оппонентов", "Михаил Чечетов", "Михаил Чечетов", "объяснить"),
         (D, "Мы вчера на совете призывали оппозицию к конструктивной работе. Проводили воспитательные беседы.",
          "Михаил Чечетов", "Михаил Чечетов", "объяснить"),
         (I, "регионалы не будут мешать", "Чечетов", "Михаил Чечетов", "пообещать")]),
    "a lone dash line after a list's colon is no quote": (
        "В программе фестиваля:\n\n- Концерт группы «Браво» пройдет в парке Горького в семь часов вечера.\n\n"
        "Вход свободный.",
        []),
    # the parser may hang a coordinated cue on its own clause's verb, a cycle: the conjunct hung on a
    # later word is the wrong edge, so the cue keeps its subject (probe Q, dev, outside the repository)
    "a cue the parser conjoined to its own clause": (
        "Тренер Елены Исинбаевой Евгений Трофимов рассказал \"Советскому Спорту\" о травме и подчеркнул, что не "
        "жалеет, что она приняла участие в Олимпийских играх.",
        [(I, "не жалеет, что она приняла участие в Олимпийских играх", "Евгений Трофимов", "Евгений Трофимов",
          "подчеркнуть")]),
    # a paragraph of speech printed without marks that «, — CUE X» ends is direct speech; not when the
    # author tells before it who says what (then the clause is reported), and «, — сообщает ТАСС» after a
    # reported clause is a relay, not part of it (probe Q, dev, outside the repository)
    "a paragraph of speech without quote marks": (
        "Космонавт Олег Кононенко вернулся на Землю.\n\nЯ уже понимал, что меня ждет. Но Николай Чуб с честью "
        "все это выполнил, — поделился Кононенко.\n\nВ свою очередь, Дмитрий Песков подчеркнул, что Кремль не "
        "получал письма, — сообщает ТАСС.",
        [(D, "Я уже понимал, что меня ждет. Но Николай Чуб с честью все это выполнил", "Кононенко",
          "Олег Кононенко", "поделиться"),
         (I, "Кремль не получал письма", "Дмитрий Песков", "Дмитрий Песков", "подчеркнуть")]),
    # … also when a sentence in it goes on with an infinitive after a cue verb («продолжают работать»
    # tells nothing), and after «доложил» (probe BI, dev, p16 and p13)
    "a paragraph of speech without quote marks, «продолжают работать» in it, «доложил»": (
        "Министр энергетики России Сергей Цивилев рассказал о работе отрасли.\n\nВидим очень хорошую динамику и "
        "по экспорту: за первые три квартала нам удалось нарастить его на 5,5%. В целом предприятия продолжают "
        "работать и своевременно выплачивать зарплаты. Это говорит о том, что меры поддержки работают, — "
        "сообщил министр.\n\nМинистр экономического развития РФ Максим Орешкин представил Владимиру Путину "
        "отчет.\n\nВ первом квартале 2019 года статистика не очень хорошая. Но этого мы и ожидали,- доложил "
        "Орешкин",
        [(D, "Видим очень хорошую динамику и по экспорту: за первые три квартала нам удалось нарастить его на "
             "5,5%. В целом предприятия продолжают работать и своевременно выплачивать зарплаты. Это говорит о "
             "том, что меры поддержки работают", "министр", "Сергей Цивилев", "сообщить"),
         (D, "В первом квартале 2019 года статистика не очень хорошая. Но этого мы и ожидали", "Орешкин",
          "Максим Орешкин", "доложить")]),
    # a cue verb the tagger reads as an adjective («подытожила» ADJ) is still the cue: its lemma is the
    # verb's (probe BM, dev, p01)
    "«X подытожила, что …», the verb tagged as an adjective": (
        "Мария Захарова ответила на вопросы журналистов. Захарова подытожила, что никакой интриги в звонке в "
        "прямом эфире нет.",
        [(I, "никакой интриги в звонке в прямом эфире нет", "Захарова", "Мария Захарова", "подытожить")]),
    # a name in quote marks that ends the clause before «, заявил X» is no direct quote: the clause is the
    # reported speech (probe BQ, dev, p10, a title)
    '«… программы "Земский доктор", заявил X»': (
        'Министр здравоохранения Михаил Мурашко выступил на совещании. Минздрав выполняет все объемы программы '
        '"Земский доктор", заявил Мурашко.',
        [(I, 'Минздрав выполняет все объемы программы "Земский доктор"', "Мурашко", "Михаил Мурашко", "заявить")]),
    # more nouns of voicing a view: «выразил сожаление о том, что» (probe BQ, dev, p15), «выразил свои
    # ощущения, что» (probe BM, dev, p02); such a noun as the subject is no one voicing it
    "«выразил сожаление о том, что …», «выразил свои ощущения, что …»": (
        "Губернатор Воронежской области Александр Гусев прокомментировал матч. Александр Викторович также выразил "
        "сожаление о том, что нашей команде не удалось победить. Тогда по итогам встречи министр МИД Украины "
        "Дмитрий Кулеба выразил свои ощущения, что Россия не будет устанавливать перемирие.",
        [(I, "нашей команде не удалось победить", "Александр Викторович", "Александр Гусев", "сожаление"),
         (I, "Россия не будет устанавливать перемирие", "Дмитрий Кулеба", "Дмитрий Кулеба", "ощущение")]),
    "«Есть мнение, что …»: no one voices it": (
        "Есть мнение, что цены вырастут. Существуют опасения, что конфликт затянется.", []),
    # a comma right after «что» opens no clause of its own: the clause starts past it (book_365's shape)
    "«заявил, что, используя …»": (
        "Министр Иван Петров заявил, что, используя местные ресурсы, можно будет производить топливо.",
        [(I, "используя местные ресурсы, можно будет производить топливо", "Иван Петров", "Иван Петров",
          "заявить")]),
    # «Такие сроки озвучил X» tells the sentence before, as «Такое заявление сделал X» does (probe BQ, dev, p05)
    "«… . Такие сроки озвучил X»": (
        "Оставленные иностранными компаниями автозаводы планируют перезапустить до лета 2026 года. Такие сроки в "
        "интервью телеканалу «Россия-24» озвучил первый вице-премьер Денис Мантуров.",
        [(I, "Оставленные иностранными компаниями автозаводы планируют перезапустить до лета 2026 года",
          "Денис Мантуров", "Денис Мантуров", "озвучить")]),
    # a relay after the speaker («, передает РИА Новости») does not make the attribution parenthetical: the
    # clause ends before it (probe BQ, dev, p09)
    "«…, сообщила X, передает РИА Новости»": (
        "Российские театры начнут возвращаться к работе к сентябрю. С каждым театром проработана дорожная карта, "
        "сообщила министр культуры России Ольга Любимова, передает РИА Новости.",
        [(I, "С каждым театром проработана дорожная карта", "Ольга Любимова", "Ольга Любимова", "сообщить")]),
    # … and a word in quote marks inside it is no quote of its own: the paragraph is still speech without
    # marks; the descriptor names the coach (probe AD, dev, outside the repository)
    "a paragraph of speech without quote marks, a word in them": (
        "Конечно, результат нас расстроил, – рассказал Дмитрий Пятибратов.\n\nСтарались играть агрессивно, но "
        "стали “скромничать”. Наверное, было бы лучше, если бы мы позже забили. Расстроен, что мы пропустили "
        "легкие мячи, – рассказал главный тренер.",
        [(D, "Конечно, результат нас расстроил", "Дмитрий Пятибратов", "Дмитрий Пятибратов", "рассказать"),
         (D, "Старались играть агрессивно, но стали “скромничать”. Наверное, было бы лучше, если бы мы позже "
          "забили. Расстроен, что мы пропустили легкие мячи", "главный тренер", "Дмитрий Пятибратов", "рассказать")]),
    # the reported clause ends where the author's narration takes up another subject, whose own cue
    # says the next clause; a clause with no «что» of its own after the first goes on with it
    # (probe AD, dev, outside the repository)
    "a reported clause ends before «, а X …», X's own cue after it": (
        "Глеб Калюжный и Ольга Озоллапиня отметили, что были вновь рады встретиться на съемочной площадке, а "
        "Полина Гухман легко влилась в съемочный процесс и призналась, что эта работа «осталась в сердечке».",
        [(I, "были вновь рады встретиться на съемочной площадке", "Глеб Калюжный", "Глеб Калюжный", "отметить"),
         (I, "эта работа «осталась в сердечке»", "Полина Гухман", "Полина Гухман", "признаться")]),
    "a reported clause of three predicates, one «что»": (
        "Горожанка Анна Петрова сообщила, что купила квартиру, делает ремонт, а потом пригласит мэра в гости.",
        [(I, "купила квартиру, делает ремонт, а потом пригласит мэра в гости", "Анна Петрова", "Анна Петрова",
          "сообщить")]),
    # a cue in a relative clause: the reported clause ends where the relative one does, before the main
    # predicate the parser took for a second complement (probe AH, dev, outside the repository)
    "a relative clause's cue ends before the main predicate": (
        "Нардеп Кира Рудык, которая в комментарии The New York Times заявила, что пока нет договорённостей об "
        "обмене украинских военных с \"Азовстали\", отреагировала на критику со стороны советника главы Офиса "
        "президента Михаила Подоляка.",
        [(I, "пока нет договорённостей об обмене украинских военных с \"Азовстали\"", "Кира Рудык", "Кира Рудык",
          "заявить")]),
    # the author's next clause, a named subject and its verb, ends the reported one, and a cue after it is
    # that subject's, not the speaker's of the clause it used to run inside (probe AH, dev, shortened)
    "a named subject and its verb after a comma end the reported clause": (
        "После комментария Киры Рудык, в котором она заявляла, что пока нет договорённости об обмене бойцов, "
        "Михаил Подоляк раскритиковал Рудык, заявив, что она \"откровенно приврала\" журналистам.",
        [(I, "пока нет договорённости об обмене бойцов", "она", "Кира Рудык", "заявлять"),
         (I, "она \"откровенно приврала\" журналистам", "Михаил Подоляк", "Михаил Подоляк", "заявить")]),
    # a dialogue dash stuck to its word is still a dialogue line, and a question in a run of lines is
    # a line with a verb or without (probe Q, dev, outside the repository)
    "dialogue lines without a space after the dash, questions without a verb": (
        "Фигуристка Софья Муравьева прокомментировала свой первый контрольный прокат.\n\n— Какие у вас "
        "ощущения после первого старта в сезоне?\n\n—Отлично. Совсем другие ощущения.\n\n— Почему?\n\n— Ну, "
        "вы все видели.",
        [(D, "Какие у вас ощущения после первого старта в сезоне?", None, None, None),
         (D, "Отлично. Совсем другие ощущения.", "Софья Муравьева", "Софья Муравьева", "прокомментировать"),
         (D, "Почему?", None, None, None),
         (D, "Ну, вы все видели.", "Софья Муравьева", "Софья Муравьева", "прокомментировать")]),
    # … and so is an exclamation: a short one no longer cuts the run in two, so the lines after it
    # still alternate between the interviewer and the one who answers (probe AD, dev, outside the repository)
    "dialogue lines: an exclamation without a verb": (
        "– Большая надежда на то, что все придут в себя, – сказала Татьяна Стукалова.\n\n– Какие некорректные "
        "слова употребляет пресса?\n\n– Я не буду их повторять.\n\n– Значит их нет!\n\n– Значит они есть!\n\n"
        "– Нецензурные?\n\n– Нет, я сказала: \"Некорректные\".",
        [(D, "Большая надежда на то, что все придут в себя", "Татьяна Стукалова", "Татьяна Стукалова", "сказать"),
         (D, "Какие некорректные слова употребляет пресса?", None, None, None),
         (D, "Я не буду их повторять.", "Татьяна Стукалова", "Татьяна Стукалова", None),
         (D, "Значит их нет!", None, None, None),
         (D, "Значит они есть!", "Татьяна Стукалова", "Татьяна Стукалова", None),
         (D, "Нецензурные?", None, None, None),
         (D, "Нет, я сказала: \"Некорректные\".", "Татьяна Стукалова", "Татьяна Стукалова", None)]),
    # a question naming someone is no byline, and a prompt trailing off («…») is the interviewer's line as a
    # question is: the run still alternates, and the answers are the one the last line's author names
    # (probe BQ, dev, p12 and p13)
    "dialogue lines: a question naming someone, a prompt trailing off": (
        "— Как вам дебют Антипина?\n\n— Он опытный защитник. Такой нам и нужен был.\n\n— Очередной отбитый "
        "пенальти на вашем счету…\n\n— Его нельзя засчитывать за отбитый, потому что после него сразу забили."
        "\n\n— Чего не хватает команде?\n\n— Нам нужно усиливаться, — сказал главный тренер «Лады» Павел Десятков.",
        [(D, "Как вам дебют Антипина?", None, None, None),
         (D, "Он опытный защитник. Такой нам и нужен был.", "Павел Десятков", "Павел Десятков", None),
         (D, "Очередной отбитый пенальти на вашем счету…", None, None, None),
         (D, "Его нельзя засчитывать за отбитый, потому что после него сразу забили.", "Павел Десятков",
          "Павел Десятков", None),
         (D, "Чего не хватает команде?", None, None, None),
         (D, "Нам нужно усиливаться", "Павел Десятков", "Павел Десятков", "сказать")]),
    # «согласно словам X», «со слов X» are «по словам X» (probe Q, dev, outside the repository)
    "«согласно словам X», «со слов X»": (
        "Согласно словам Александра Арефьева, Максимочкин не сможет выступить на Олимпиаде. Со слов Ольги "
        "Мамоновой, муж чувствует себя лучше.",
        [(I, "Максимочкин не сможет выступить на Олимпиаде", "Александра Арефьева", "Александр Арефьев",
          "по словам"),
         (I, "муж чувствует себя лучше", "Ольги Мамоновой", "Ольга Мамонова", "со слов")]),
    # a descriptor with a country adjective is the person of that country, not the last one the
    # descriptor introduced (probe AJ, dev, outside the repository: «российский министр» after the Hungarian one)
    "«украинский президент»: the Ukrainian one": (
        "Президент Украины Владимир Зеленский прибыл в Вашингтон, где его принял президент США Дональд Трамп. "
        "Украинский президент заявил, что переговоры были продуктивными.",
        [(I, "переговоры были продуктивными", "Украинский президент", "Владимир Зеленский", "заявить")]),
    # the parser hangs a genitive before the subject on the cue as a second subject: the nominative
    # one speaks (probe AL, dev, outside the repository; events read subjects so too)
    "a genitive taken for a second subject": (
        "В преддверии публикации данных Росстата Орешкин отметил, что сейчас «мы спускаемся ниже целевого "
        "уровня по инфляции».",
        [(I, "сейчас «мы спускаемся ниже целевого уровня по инфляции»", "Орешкин", "Орешкин", "отметить")]),
    # «то, что …» inside a reported clause is its content, though the parser hangs its verb on the cue
    # (probe AL, dev): the clause runs past the relative clause inside it, to its end
    "«считает правильным то, что …»": (
        "Он отметил, что считает правильным то, что депутаты, которые имеют дополнительные доходы, отказались "
        "от пенсионных надбавок.",
        [(I, "считает правильным то, что депутаты, которые имеют дополнительные доходы, отказались от пенсионных "
             "надбавок", "Он", None, "отметить")]),
    "«обратил внимание на то, что …»": (  # probe AL, dev
        "Володин обратил внимание на то, что система начисления пенсий депутатам была скорректирована.",
        [(I, "система начисления пенсий депутатам была скорректирована", "Володин", "Володин",
          "обратить внимание")]),
    # an authority's name in the present tense speaks for itself (org_words.tsv `authority`: «служба»,
    # «Пентагон»), a news outlet relays — also one written in capitals or a service named after its
    # broadcaster; an outlet's analyst is a person who speaks (probes AN, AX, dev, outside the repository)
    "authorities speak, outlets relay": (
        "Служба безопасности Украины сообщает, что задержала двоих дезертиров. Об этом сообщает ONLINE.UA со "
        "ссылкой на 5 канал. Пентагон сообщает, что удар был нанесен по складу боеприпасов. Как сообщает Русская "
        "служба Би-би-си, переговоры продолжатся в понедельник. Аналитик Bloomberg Ярослав Косатый считает, что "
        "рубль подешевеет.",
        [(I, "задержала двоих дезертиров", "Служба безопасности", "Служба безопасности Украины", "сообщать"),
         (I, "удар был нанесен по складу боеприпасов", "Пентагон", "Пентагон", "сообщать"),
         (I, "рубль подешевеет", "Ярослав Косатый", "Ярослав Косатый", "считать")]),
    # «…, об этом заявил X» in one sentence tells the words before the comma, as «… . Об этом заявил X»
    # tells the sentence before; a news outlet makes no row (probe AX, dev, outside the repository)
    "«, об этом заявил X» after the words it tells": (
        "Любые непроверенные подробности могут повредить ходу следствия, об этом ЯСИА заявили в региональном "
        "Следкоме. Работы завершатся к концу года, об этом в среду рассказал мэр Сергей Собянин. В Москве "
        "задержан бывший замминистра, об этом сообщает ТАСС.",
        [(I, "Любые непроверенные подробности могут повредить ходу следствия", "Следкоме", "Следственный комитет", "заявить"),
         (I, "Работы завершатся к концу года", "Сергей Собянин", "Сергей Собянин", "рассказать")]),
    # a descriptor that names its body is the one person introduced with that post of that body, named
    # before or after it — not the last head of another body (probe BB, dev, p04; the second text constructed)
    "«глава ЛУКОЙЛа» is whom the article introduces as the head of ЛУКОЙЛ": (
        "Глава ЛУКОЙЛа рассказал президенту Владимиру Путину, что в этом году компания хочет добыть более 80 "
        "миллионов тонн нефти. Вагит Алекперов, глава ЛУКОЙЛа: «На Каспии мы в этом году открыли еще одно "
        "месторождение». Глава «Роснефти» Игорь Сечин приехал позже. Глава ЛУКОЙЛа заявил, что компания откроет "
        "новое месторождение.",
        [(I, "в этом году компания хочет добыть более 80 миллионов тонн нефти", "Глава ЛУКОЙЛа", "Вагит Алекперов",
          "рассказать"),
         (D, "На Каспии мы в этом году открыли еще одно месторождение", "Вагит Алекперов", "Вагит Алекперов", None),
         (I, "компания откроет новое месторождение", "Глава ЛУКОЙЛа", "Вагит Алекперов", "заявить")]),
    # a pronoun that tells a sentence is its subject; a descriptor subject there resolves forward to the
    # next person named in the nominative, not to one named first in the genitive (probe BF, dev, p15)
    "«Губернатор … ответил … . Об этом он сообщил»: the governor named next": (
        "Губернатор Брянской области ответил на вопросы журналиста центрального телеканала. Об этом он сообщил в "
        "своем телеграм-канале.\n\nПеред началом Послания Президента России Владимира Путина Федеральному Собранию "
        "глава региона Александр Богомаз дал интервью телеканалу «Россия 24».",
        [(I, "Губернатор Брянской области ответил на вопросы журналиста центрального телеканала", "он",
          "Александр Богомаз", "сообщить")]),
    # a relative subject is the nominal its clause is about, not the main clause's subject (constructed on
    # probe BF, dev, p10; the rule events use too: field_view.relative_antecedent)
    "«…, который заявил, что …»: the nominal the relative clause is about": (
        "Министр обороны Сергей Шойгу встретился с губернатором Кировской области Игорем Васильевым, который "
        "заявил, что регион справится с паводком.",
        [(I, "регион справится с паводком", "Игорем Васильевым", "Игорь Васильев", "заявить")]),
    # a cue's subject is nominative whatever its tag: the name in apposition to it speaks (probe BB, dev, p10;
    # «чемпион‑2014» tagged accusative)
    "a subject tagged oblique: its name in apposition speaks": (
        "Олимпийский чемпион‑2014 по шорт‑треку Семен Елистратов в эфире «Матч ТВ» признался, что не смог "
        "заснуть в первую ночь после выигрыша золотой медали на Играх в Сочи.",
        [(I, "не смог заснуть в первую ночь после выигрыша золотой медали на Играх в Сочи", "Семен Елистратов",
          "Семен Елистратов", "признаться")]),
    # a comment, a report, a verdict are documents too (speech_cues.tsv `document`; probe BF, dev, p16)
    "«— говорится в комментарии X»": (
        "Статс-секретарь Павел Зенькович выступил с заявлением. «Полагаю лицемерием рассуждать о будущем "
        "образования без должного уважения к учителям», — говорится в комментарии Зеньковича.",
        [(D, "Полагаю лицемерием рассуждать о будущем образования без должного уважения к учителям", "Зеньковича",
          "Павел Зенькович", "говорится в комментарии")]),
    # the author's verb after the dash may be negated (probe BF, dev, p06)
    "«…», — не выдержал X": (
        'Заседание прошло бурно. "В полемику не вступайте. Надо знать регламент!", - не выдержал Гоголев, явно '
        'выходя из себя.',
        [(D, "В полемику не вступайте. Надо знать регламент!", "Гоголев", "Гоголев", "выдержать")]),
    # a gerund's phrase may stand between the author's dash and the cue, and a reported clause that runs
    # over the quote's closing mark into the author's words is no row (probe BF, dev, p06)
    "«…», — сдерживая гнев, сказал X": (
        'Заседание прошло бурно. "Председательствующий нарушил свои обязанности. Впредь прошу придерживаться '
        'регламента", - сдерживая гнев, сказал Жирков.',
        [(D, "Председательствующий нарушил свои обязанности. Впредь прошу придерживаться регламента", "Жирков",
          "Жирков", "сказать")]),
    # not quotes: names, works, brands, scare quotes, single words, charges, a poster
    "not quotes": (
        "Сопредседатель московского отделения движения «Солидарность» Михаил Вельмакин был задержан. В библиотеке "
        "хранятся «Материалы XXIII съезда КПСС». Космонавты вернулись на Землю в корабле «Союз ТМА-11». Супруга "
        "«оружейного барона» приехала в США. Реакцией Кана было «безмерное разочарование». Ему вменяется «преступный "
        "сговор с целью убийства граждан США». На нем надпись – «40 дней без Егора».",
        []),
    # probe CK (dev, p01): a relative clause after «По его словам» says who relays the words; the clause starts
    # after it
    "«По его словам, которые приводит X, …»": (
        "Россия испытывает дефицит бюджета, заявил пресс-секретарь президента РФ Дмитрий Песков. По его словам, "
        "которые приводит РИА Новости, дефицит бюджета — это лишь текущие сложности.",
        [(I, "Россия испытывает дефицит бюджета", "Дмитрий Песков", "Дмитрий Песков", "заявить"),
         (I, "дефицит бюджета — это лишь текущие сложности", "его", "Дмитрий Песков", "по словам")]),
    # probe CK (dev, p10): a newspaper's special correspondent («спецкор», «собкор») who «передает» relays the
    # words, as «корреспондент» does; the «по словам» clause stops before him
    "a special correspondent relays": (
        "Главный тренер сборной России Олег Знарок похвалил своих подопечных. По словам наставника национальной "
        "команды, ключом к успеху стала активная игра в дебюте встречи, передает из Минска спецкор \"СЭ\" "
        "Андрей КУЗНЕЦОВ.",
        [(I, "ключом к успеху стала активная игра в дебюте встречи", "наставника национальной команды",
          "Олег Знарок", "по словам")]),
    # probe CS (dev, p04): a second cue with its subject after it («, сообщает пресс-служба …») passes on
    # the words the first attributes, a gerund's phrase between; the words are the first speaker's
    "«…, заявил X, отвечая …, сообщает Y»": (
        "Почти во всех школах Киева подготовка к отопительному сезону уже завершена, заявил мэр столицы Виталий "
        "Кличко, отвечая на вопросы пользователей соцсетей во время онлайн-пресс-конференции, сообщает "
        "пресс-служба городского головы.",
        [(I, "Почти во всех школах Киева подготовка к отопительному сезону уже завершена", "Виталий Кличко",
          "Виталий Кличко", "заявить")]),
    # probe CW (dev, p11): a speaker named by an initial and a surname; the initial's full stop ends no
    # clause (`FieldView.stops`)
    "«По словам В. Саратова, …», «Как добавил В. Саратов, …»": (
        "Губернатор Севастополя Валерий Саратов встретился с журналистами. По словам В. Саратова, «если вам задают "
        "вопросы, не важно кто—предприниматели, отдыхающие—пожалуйста, формулируйте их так, как вам их задают». Как "
        "добавил В. Саратов, его «функция состоит в том, чтобы в городе Севастополе все вопросы решались на "
        "законодательном уровне».",
        [(D, "если вам задают вопросы, не важно кто—предприниматели, отдыхающие—пожалуйста, формулируйте их так, как "
             "вам их задают", "В. Саратова", "Валерий Саратов", "по словам"),
         (I, "его «функция состоит в том, чтобы в городе Севастополе все вопросы решались на законодательном уровне»",
          "В. Саратов", "Валерий Саратов", "добавить")]),
    # probe CW (dev, p05): «Так X прокомментировал» tells the sentence before, as «Об этом заявил X» does;
    # «Так, …» (for instance) and «Так как …» (because) do not
    "«… . Так X прокомментировал …»": (
        "Россия заинтересована в том, чтобы весь мир слышал, что говорит президент РФ Владимир Путин. Так "
        "пресс-секретарь российского лидера Дмитрий Песков прокомментировал журналистам присутствие прессы из "
        "недружественных стран. Цены на нефть вырастут к концу года. Так, аналитик Иван Петров заявил о росте.",
        [(I, "Россия заинтересована в том, чтобы весь мир слышал, что говорит президент РФ Владимир Путин",
          "Дмитрий Песков", "Дмитрий Песков", "прокомментировать")]),
    # probe CW (dev, p08): «по его словам» after a comma that ends the author's own clause opens a clause of
    # its own (the two clauses apart in the tree); «А это, по его словам, будет …» keeps the whole sentence
    "«…рассказал о …, по его словам, уже есть …»": (
        "Ранее Сергей Чемезов рассказал о большом интересе иностранных партнеров к российскому истребителю Су-57, "
        "по его словам, уже есть конкретные заказчики, пишет Ura.ru. А это, по его словам, будет стоить дорого.",
        [(I, "уже есть конкретные заказчики", "его", "Сергей Чемезов", "по словам"),
         (I, "А это, по его словам, будет стоить дорого", "его", "Сергей Чемезов", "по словам")]),
    # probe CW (dev, p14): a claim denied is no one's words, even when its noun is a noun of speech
    # (quote_words.tsv `denial`); the speaker's own «высказала предположение» is hers
    "«опровергла предположения о том, что …»": (
        "В своем официальном телеграм-канале Ирина Волк опровергла предположения о том, что они являются "
        "гражданами РФ. Ирина Волк высказала предположение, что они прибыли из-за рубежа.",
        [(I, "они прибыли из-за рубежа", "Ирина Волк", "Ирина Волк", "высказать")]),
    # probes CS (dev, p04) and CW (dev, p12): a paragraph that opens with a quote broken by the author's words
    # and lost its closing mark: the quote runs to the paragraph's end, two rows as with the mark (§6)
    "a lost closing mark": (
        "Мэр Киева Виталий Кличко ответил на критику.\n\n\"Вы знаете, накануне выборов в социальных сетях "
        "распространяется много лжи и манипуляций. На подготовку учреждений образования к осенне-зимнему периоду "
        "из бюджета города уже выделили 443 млн грн, – сказал Кличко. – Эти средства пошли на капитальный ремонт "
        "фасадов и кровель, замену окон и ремонт теплопунктов.\n\nРемонт продолжается.",
        [(D, "Вы знаете, накануне выборов в социальных сетях распространяется много лжи и манипуляций. На подготовку "
             "учреждений образования к осенне-зимнему периоду из бюджета города уже выделили 443 млн грн", "Кличко",
          "Виталий Кличко", "сказать"),
         (D, "Эти средства пошли на капитальный ремонт фасадов и кровель, замену окон и ремонт теплопунктов.",
          "Кличко", "Виталий Кличко", "сказать")]),
    # probe DA (dev, p05): «там» with an indefinite-personal cue is the place the sentence before told
    # («В Банке России указывали …»): its organisation speaks (subjects.place_of_statement)
    "«Там уточнили, что …» after «В Банке России …»": (
        "В Банке России указывали на высокие инфляционные ожидания. Там уточнили, что цель ЦБ — достигнуть "
        "инфляции на уровне 4%.",
        [(I, "цель ЦБ — достигнуть инфляции на уровне 4%", "Банке России", "Банк России", "уточнить")]),
    # a modal predicate word with its infinitive is a clause told with «что» left out (complement._unmarked_clause);
    # constructed: the probe's own sentence (DA, p03) holds a broken pair of marks the parser misreads
    "«отметил, нельзя …»: «что» left out before a modal predicate": (
        "Министр финансов Антон Силуанов отметил, нельзя просто пережить этот кризис.",
        [(I, "нельзя просто пережить этот кризис", "Антон Силуанов", "Антон Силуанов", "отметить")]),
    # probe DD (dev, p08): a call cue with an infinitive asked for it; «, чтобы …» after it says why, no words
    "«просил отложить заседание, чтобы …»: no row": (
        "Его адвокат Вадим Прохоров просил отложить заседание, чтобы защита Белых могла собрать материалы, "
        "характеризующие губернатора.",
        []),
    # probe DD (dev, p01, abridged): a labelled interview paragraph in one pair of marks holds what the marks hold
    "«Name: «…».» interview paragraph in marks": (
        "Комментарий наставников команд после матча в Хабаровске\n\nНиколай Заварухин: «Рады победе. Такой "
        "интересный матч был. Победа даёт нам сил».\n\nВиктор Костючёнок: «Игра понравилась, да не так много "
        "забитых голов. Ребята молодцы, играли до конца».",
        [(D, "Рады победе. Такой интересный матч был. Победа даёт нам сил", "Николай Заварухин",
          "Николай Заварухин", None),
         (D, "Игра понравилась, да не так много забитых голов. Ребята молодцы, играли до конца", "Виктор Костючёнок",
          "Виктор Костючёнок", None)]),
    # probe DD (dev, p16): «председательствующий» is the judge the article introduced (speech_cues.tsv descriptor)
    "«Председательствующий подчеркнул» after «судьи Александра Замашнюка»": (
        "Никита Тихонов и Евгения Хасис отказались признать вину. Рассмотрение дела по существу началось в "
        "Мосгорсуде в понедельник с пояснительного слова судьи Александра Замашнюка, обращенного к коллегии "
        "присяжных. Председательствующий подчеркнул, что процесс является состязательным и бремя доказывания вины "
        "лежит на стороне гособвинения.",
        [(I, "процесс является состязательным и бремя доказывания вины лежит на стороне гособвинения",
          "Председательствующий", "Александр Замашнюк", "подчеркнуть")]),
    # probe DH (dev, p12): of two subjects, «один из соперников Сергеева» and the name in apposition, the
    # name speaks (subjects.subject), not the genitive
    "«Один из соперников X, академик Y, отметил: «…»» — Y": (
        "Один из соперников Сергеева по выборам, академик Роберт Нигматулин, отметил: «Выборы прошли честно, и я "
        "поздравляю коллегу».",
        [(D, "Выборы прошли честно, и я поздравляю коллегу", "Роберт Нигматулин", "Роберт Нигматулин",
          "отметить")]),
    # probe DH (dev, p10, abridged): «вратарь и капитан» both introduce the one name after them
    # (descriptors._joins_nouns); «голкипер» = «вратарь» (speech_cues.tsv descriptor)
    "«— признался голкипер» after «вратарь и капитан россиян X»": (
        "Героем встречи стал вратарь и капитан россиян Игорь Акинфеев. «Мы сделали то, во что мало кто верил», — "
        "сказал главный тренер сборной Станислав Черчесов. «Я просто стоял до последнего. Сегодня нам повезло», — "
        "признался голкипер.",
        [(D, "Мы сделали то, во что мало кто верил", "Станислав Черчесов", "Станислав Черчесов",
          "сказать"),
         (D, "Я просто стоял до последнего. Сегодня нам повезло", "голкипер", "Игорь Акинфеев", "признаться")]),
    # probe DH (dev, p04): «говорится» with its document before it tells the «что» clause, the document's
    # owner speaking (attribution.impersonal_cue); «регулятор» is the last organisation named (speech_cues.tsv body)
    "«В сообщении регулятора говорится, что …» — the regulator named before": (
        "Банк России повысил ключевую ставку до 17% годовых. В сообщении регулятора говорится, что решение принято с "
        "целью ограничения инфляционных рисков.",
        [(I, "решение принято с целью ограничения инфляционных рисков", "регулятора", "Банк России",
          "говорится в сообщении")]),
    "«В заявлении МИД говорится, что …» — the ministry": (
        "В заявлении МИД России говорится, что Москва готова к диалогу.",
        [(I, "Москва готова к диалогу", "МИД", "МИД России", "говорится в заявлении")]),
    # probe DH (dev, p15): a cue with a colon or a mark right after it introduces words; a noun inside them
    # is no subject of a clause before the cue
    "«X, в свою очередь, заметил: «… вопрос в том, …»» — one direct row": (
        "Министр финансов Антон Силуанов, в свою очередь, заметил: «Деньги в бюджете есть, вопрос в том, насколько "
        "эффективно ведомства умеют их тратить».",
        [(D, "Деньги в бюджете есть, вопрос в том, насколько эффективно ведомства умеют их тратить",
          "Антон Силуанов", "Антон Силуанов", "заметить")]),
    # probe DK (dev, DK_01): «отмечается», «подчеркивается», «указывается», «уточняется» are impersonal cues
    # as «говорится» is (quote_words.tsv impersonal); «регулятора» is the organisation named before
    "«…», — отмечается в пресс-релизе регулятора": (
        "Банк России повысил ключевую ставку до 21% годовых. «Инфляция существенно превышает июльский прогноз "
        "Банка России», — отмечается в пресс-релизе регулятора.",
        [(D, "Инфляция существенно превышает июльский прогноз Банка России", "регулятора", "Банк России",
          "отмечается в пресс-релизе")]),
    # probe DK (dev, DK_04): a telegram is a document (speech_cues.tsv); its owner a descriptor
    "«…», — говорится в телеграмме главы государства": (
        "Поздравление чемпионке направил президент России Владимир Путин. «Вы продемонстрировали блестящее "
        "мастерство», — говорится в телеграмме главы государства, опубликованной на сайте Кремля.",
        [(D, "Вы продемонстрировали блестящее мастерство", "главы государства", "Владимир Путин",
          "говорится в телеграмме")]),
    # probe DK (dev, DK_06): a document with no owner is the one the sentence before tells a person sent
    # (told_before.sender), not the previous quote's speaker
    "«X направил телеграмму. «…» — говорится в поздравлении»": (
        "Онс Жабер поздравила соперницу и пошутила, что та украла у нее титул. Президент Казахстана Касым-Жомарт "
        "Токаев направил чемпионке поздравительную телеграмму. «Весь Казахстан гордится вами!» — говорится в "
        "поздравлении, опубликованном Акордой.",
        [(I, "та украла у нее титул", "Онс Жабер", "Онс Жабер", "пошутить"),
         (D, "Весь Казахстан гордится вами!", None, "Касым-Жомарт Токаев", "говорится в поздравлении")]),
    # probe DO (dev, DO10): a «subject» after the «что» of the cue is the clause's own (subjects._in_its_clause)
    "«В правительстве области сообщили, что … будет … Андрей Кулагин» — not Кулагин": (
        "В правительстве Камской области сообщили, что исполнять обязанности главы города будет первый "
        "заместитель мэра Андрей Кулагин.",
        [(I, "исполнять обязанности главы города будет первый заместитель мэра Андрей Кулагин",
          "правительстве", "Правительство Камской области", "сообщить")]),
    # probe EA (dev, p08): two descriptors the parser made two subjects are one person, the named one
    "«…», — заявил представитель семьи X адвокат Y": (
        "Адвокат актера Эльман Пашаев сказал журналистам, что приговор «абсолютно предсказуем». «Мы просили "
        "больше», — заявил представитель семьи Захарова адвокат Александр Добровинский.",
        [(I, "приговор «абсолютно предсказуем»", "Эльман Пашаев", "Эльман Пашаев", "сказать"),
         (D, "Мы просили больше", "Александр Добровинский", "Александр Добровинский", "заявить")]),
    # probe EA (dev, p02): «глава города» is the mayor, not the president (speech_cues.tsv «глава город»)
    "«…», — подчеркнул глава города (Мэр … X after Президент … Y)": (
        "Президент России Владимир Путин предложил провести опрос. Мэр Екатеринбурга Александр Высокинский "
        "пообещал учесть мнение горожан. «Ни одна площадка не будет навязана сверху», — подчеркнул глава города.",
        [(D, "Ни одна площадка не будет навязана сверху", "глава города", "Александр Высокинский", "подчеркнуть")]),
    # probe EA (dev, p03): a name no dictionary knows is a woman when her verb is feminine («принимала»),
    # whatever the tagger guessed, so «она» is she
    "«Главную награду принимала продюсер Квак Син Э. «…», — сказала она»": (
        "Главную награду вечера принимала продюсер фильма Квак Син Э. «Я потеряла дар речи. Такого никогда не "
        "случалось прежде», — сказала она со сцены.",
        [(D, "Я потеряла дар речи. Такого никогда не случалось прежде", "она", "Квак Син Э", "сказать")]),
    # probe EA (dev, p09): a document's owner in Latin letters has no case, and is its owner all the same
    "«В пресс-релизе Ozon говорится, что …»": (
        "Российский интернет-ритейлер Ozon провел первичное размещение акций. В пресс-релизе Ozon говорится, "
        "что число заказов выросло более чем вдвое.",
        [(I, "число заказов выросло более чем вдвое", "Ozon", "Ozon", "говорится в пресс-релизе")]),
    # probe EA (dev, p13): the person the paragraph before a question asks answers it
    "«X спросил Y о …» ¶ «— …?» ¶ «— …»: Y answers": (
        "Путин провел переговоры с Байденом.\n\nОдин из журналистов спросил Путина о доверии.\n\n— Можно ли "
        "сказать, что между вами возникло доверие?\n\n— Лев Толстой однажды сказал: в жизни нет счастья, есть "
        "только зарницы его. Зарницы, мне кажется, мы увидели.",
        [(D, "Можно ли сказать, что между вами возникло доверие?", None, None, None),
         (D, "Лев Толстой однажды сказал: в жизни нет счастья, есть только зарницы его. Зарницы, мне кажется, "
             "мы увидели.", "Путина", "Путин", None)]),
    # probe FW (dev, fw08): the person the paragraph before an interview's lines reaches («связался с …»)
    # answers them (quote_words.tsv `reaching`)
    "«Корреспондент «МК» связался с … Аллой Бут» ¶ «— …?» ¶ «— …»: she answers": (
        "Суд приговорил Виктора Бута к 25 годам тюрьмы. Корреспондент «МК» связался с женой узника, "
        "петербурженкой Аллой Бут.\n\n— Этот приговор окончательный?\n\n— Нет, к сожалению, это "
        "окончательный приговор. Виктор вообще на это не надеется.",
        [(D, "Этот приговор окончательный?", None, None, None),
         (D, "Нет, к сожалению, это окончательный приговор. Виктор вообще на это не надеется.", "Аллой Бут",
          "Алла Бут", None)]),
    # probe DS (dev, p16): an institution's common noun before a place names that place's institution
    # (transforms/institutions.py), not no one
    "«В администрации Калининграда заявили, что …»": (
        "Жители вышли на сход против вырубки сквера. В администрации Калининграда заявили, что разрешение "
        "выдано законно.",
        [(I, "разрешение выдано законно", "администрации", "Администрация Калининграда", "заявить")]),
    # probe EU (dev, p02, p11): so does a ministry named by its field in the genitive, lower-case
    # (org_words.tsv `by_field_place`)
    "«В министерстве коммерции КНР заявили, что …»": (
        "В министерстве коммерции КНР заявили, что Пекин примет решительные контрмеры.",
        [(I, "Пекин примет решительные контрмеры", "министерстве коммерции", "Министерство коммерции КНР",
          "заявить")]),
    # probe EU (dev, p12): the name in apposition to a speaker noun the tagger read as an adjective
    "«…», — рассказала телеканалу RT покупательница Ольга, которая …": (
        "«Охрана сразу начала выводить людей к выходам», — рассказала телеканалу RT покупательница Ольга, "
        "которая в момент пожара была в соседнем магазине.",
        [(D, "Охрана сразу начала выводить людей к выходам", "Ольга", "Ольга", "рассказать")]),
    # probe EU (dev, p11): the parser crossed the subjects of two clauses («Отказ» ← «заявила», «глава» ←
    # «вызвал»): the person between the other verb and the cue speaks (subjects._uncrossed)
    "«Отказ … вызвал споры, однако глава МИД Катрин Колонна заявила: «…»»": (
        "Отказ от предложений Парижа вызвал во Франции споры, однако глава французского МИД Катрин Колонна "
        "заявила: «Марокко — суверенная страна, и только ей решать, какая помощь нужна и когда».",
        [(D, "Марокко — суверенная страна, и только ей решать, какая помощь нужна и когда", "Катрин Колонна",
          "Катрин Колонна", "заявить")]),
    # probe EU (dev, p04): a document no one owns is the one the sentence before tells a person sent by
    # greeting someone (quote_words.tsv `greeting`; told_before.sender)
    "«Путин поздравил Алиева с победой. «…», — говорится в телеграмме»": (
        "Президент России Владимир Путин поздравил Ильхама Алиева с победой. «Итоги голосования свидетельствуют о "
        "вашем высоком политическом авторитете», — говорится в телеграмме, опубликованной на сайте Кремля.",
        [(D, "Итоги голосования свидетельствуют о вашем высоком политическом авторитете", None, "Владимир Путин",
          "говорится в телеграмме")]),
    # probe EY (dev, ey04): a speech participle between a words noun and «что» has the clause
    # (complement: a noun cue's scan stops at it); its speaker is the noun it agrees with in case, whatever the
    # parser hung it on (subjects._modified_noun), a descriptor the article names later
    "«Так он отреагировал на слова президента США, заявившего, что …»": (
        "Германия не является заложником ни России, ни США, утверждает глава МИД Хайко Маас. Так он отреагировал "
        "на слова президента США, заявившего, что Москва контролирует Берлин при помощи газа. Ранее президент США "
        "Дональд Трамп раскритиковал Германию.",
        [(I, "Германия не является заложником ни России, ни США", "Хайко Маас", "Хайко Маас", "утверждать"),
         (I, "Москва контролирует Берлин при помощи газа", "президента США", "Дональд Трамп", "заявить")]),
    # probe EW (dev, ew13): «слова X» after the author's verb, which the parser hung on the quote's verb, are
    # still the words the verb passes on: X speaks (subjects.words_noun)
    "«\"…\", - приводят журналисты американского пула слова Трампа на встрече с Милеем»": (
        "Лидер Аргентины Хавьер Милей прибыл в Нью-Йорк.\n\n\"Мы поддерживаем его на 100%\", - приводят журналисты "
        "американского пула слова Трампа на встрече с Милеем на \"полях\" ГА ООН.",
        [(D, "Мы поддерживаем его на 100%", "Трампа", "Трамп", "приводить")]),
    # probe FC (dev, fc16): topic subheadings between the paragraph that introduces the speaker and the dash lines
    # do not part them (dialogue._subheading)
    "«Трамп ответил на вопросы журналистов.» ¶ «О слухах …» ¶ «- …» ¶ «О конфликте на Украине» ¶ «- …»": (
        "Президент США Дональд Трамп ответил на вопросы журналистов в Белом доме.\n\nО слухах по поводу своей "
        "смерти\n\n- Я не выступал перед прессой два дня, а все уже начали говорить, что со мной что-то не так."
        "\n\n- Байден ничего не делал месяцами, и никто ничего не говорил."
        "\n\nО конфликте на Украине\n\n- Я очень внимательно слежу за Россией и Украиной. Я узнал некоторые "
        "интересные вещи.\n\n- Вашингтон внимательно следит за действиями Москвы и Киева.",
        [(D, "Я не выступал перед прессой два дня, а все уже начали говорить, что со мной что-то не так.",
          "Дональд Трамп", "Дональд Трамп", "ответить"),
         (D, "Байден ничего не делал месяцами, и никто ничего не говорил.", "Дональд Трамп", "Дональд Трамп",
          "ответить"),
         (D, "Я очень внимательно слежу за Россией и Украиной. Я узнал некоторые интересные вещи.", "Дональд Трамп",
          "Дональд Трамп", "ответить"),
         (D, "Вашингтон внимательно следит за действиями Москвы и Киева.", "Дональд Трамп", "Дональд Трамп",
          "ответить")]),
    # probe FC (dev, fc09): author's words after a quote that end in a colon before the next quote introduce that
    # one, and the words before the first quote's colon tell whose it is (direct._INTRODUCES_NEXT); the second
    # quote's colon clause starts after the first's colon (pre_colon)
    "«После слов Усса: \"Доклад окончен\" — Путин сказал: \"Что значит окончен, а делать-то что?\"»": (
        "О произошедшем главе государства коротко доложил губернатор Красноярского края Александр Усс. После слов "
        "Усса: \"Доклад окончен\" — Владимир Путин сказал: \"Что значит окончен, а делать-то что?\"",
        [(D, "Доклад окончен", "Усса", "Александр Усс", "слова"),
         (D, "Что значит окончен, а делать-то что?", "Владимир Путин", "Владимир Путин", "сказать")]),
    # probe FC (dev, fc08): paragraphs after a dash line, unmarked, with a word in the first person go on with its
    # speaker's words (dialogue._spoken_on); a paragraph the author tells in the third person ends them
    "«- …, - сказал Черчесов.» ¶ «Было сложно играть вдесятером. Мы сделали замены.» ¶ …": (
        "Главный тренер сборной России Станислав Черчесов прокомментировал результат матча.\n\n- Тяжелый матч, "
        "потому что сами его таким сделали, - сказал Черчесов.\n\nБыло сложно играть вдесятером. Мы сделали "
        "замены.\n\nСборная России заняла второе место в группе.",
        [(D, "Тяжелый матч, потому что сами его таким сделали", "Черчесов", "Станислав Черчесов", "сказать"),
         (D, "Было сложно играть вдесятером. Мы сделали замены.", "Черчесов", "Станислав Черчесов", "сказать")]),
    # probe GG (dev, x13): the author's «Напомним, …» is a first person of no speaker: it ends them too
    "«— …, — сказал Дзюба в эфире.» ¶ «Напомним, Дзюба ранее угодил в скандал …»": (
        "Нападающий «Зенита» Артем Дзюба отдал свой приз партнеру по команде.\n\n— Только когда забил гол. Все, еще "
        "раз спасибо всем, — сказал Дзюба в эфире телеканала «Матч ТВ».\n\nНапомним, Дзюба ранее угодил в скандал: "
        "в интернете появилось видео.",
        [(D, "Только когда забил гол. Все, еще раз спасибо всем", "Дзюба", "Артем Дзюба", "сказать")]),
    # probe FC (dev, fc11): quoted sentences standing alone after a paragraph announcing a selection of quotes
    # (quote_words.tsv `selection`) are the words of the person it last named (extractor._selection_before)
    "«Медведев выступил в ток-шоу … Вот самые интересные цитаты.» ¶ «О протестном движении. «…»»": (
        "Премьер-министр Дмитрий Медведев вчера вечером выступил в ток-шоу на «Первом канале». Вот самые "
        "интересные, на наш взгляд, цитаты.\n\nО протестном движении. «Я эмоциональную составляющую этого понять "
        "могу, юридическую составляющую понять не готов».",
        [(D, "Я эмоциональную составляющую этого понять могу, юридическую составляющую понять не готов",
          "Дмитрий Медведев", "Дмитрий Медведев", None)]),
    # probe FH (dev, fh03): a clause after «, однако» whose subject particles or adverbs part from its verb ends the
    # reported clause when the parser hangs it outside (attribution.verb_after_subject)
    "«заявил о том, что не собирается уходить в отставку, однако сотни тысяч демонстрантов все же смогли …»": (
        "Хосни Мубарак бессменно управлял Египтом на протяжении 29 лет, еще вчера выступая по телевидению он заявил "
        "о том, что не собирается уходить в отставку, однако сотни тысяч демонстрантов все же смогли настоять на "
        "своем.",
        [(I, "не собирается уходить в отставку", "он", "Хосни Мубарак", "заявить")]),
    # probe EO (dev, p15): a body noun is the organisation whose name in marks it stood before
    # (bodies.last_body)
    "«Хоккейный клуб «Рязань» …». «В клубе заявили, что …»": (
        "Хоккейный клуб «Рязань» уволил главного тренера. В клубе заявили, что новый тренер будет назначен скоро.",
        [(I, "новый тренер будет назначен скоро", "клубе", "Рязань", "заявить")]),
    # probe DO (dev, DO08, DO15): «записка», «распоряжение» … are documents (speech_cues.tsv)
    "«В пояснительной записке говорится, что …»": (
        "В пояснительной записке к поправкам говорится, что мера направлена на «предотвращение "
        "распространения идеологии экстремизма».",
        [(I, "мера направлена на «предотвращение распространения идеологии экстремизма»", None, None,
          "говорится в записке")]),
    # probe DO (dev, DO02): «документ» with no owner is the last document named with its owner's name
    # (told_before.earlier_document)
    "«… следует из обзора … Банка России. «…», — отмечается в документе»": (
        "Доля проблемных кредитов выросла до 11,4%, следует из опубликованного в среду обзора финансовой "
        "стабильности Банка России.\n\n«Рост просрочки в основном связан с кредитами, выданными в 2023 году», "
        "— отмечается в документе.",
        [(D, "Рост просрочки в основном связан с кредитами, выданными в 2023 году", None, "Банк России",
          "отмечается в документе")]),
    # probe DO (dev, DO04): a conjoined verb in the cue's tense and gender, not the clause verb's, is the
    # cue's second predicate (indirect._not_its_conjunct)
    "«говорила, что ситуация остается …, и призывала …» — the clause ends before «и призывала»": (
        "Ранее руководитель Роспотребнадзора Анна Попова говорила, что ситуация с корью в стране остается "
        "напряженной, и призывала регионы усилить контроль за охватом прививками.",
        [(I, "ситуация с корью в стране остается напряженной", "Анна Попова", "Анна Попова", "говорить")]),
    # probes DO, DP, DK, DL: every annotator takes a characterisation in marks after «назвать» for a direct
    # quote (direct._named_as; quote_words.tsv `naming`); a participle names no one's words
    "«Белов назвал работу «важным шагом …»»": (
        "Профессор МГУ Андрей Белов назвал работу «важным шагом в понимании заселения Северной Азии». "
        "Митингующие требовали возвращения островов, называемых в Японии «северными территориями».",
        [(D, "важным шагом в понимании заселения Северной Азии", "Андрей Белов", "Андрей Белов", "назвать")]),
    # probe DM (dev, DM14): a gerund names too, and the parser may hang the adjective in marks on the object
    "«…, назвав «абсурдным» отсутствие сроков»": (
        "Президент Украины Владимир Зеленский раскритиковал проект декларации, назвав «абсурдным» отсутствие сроков.",
        [(D, "абсурдным", "Владимир Зеленский", "Владимир Зеленский", "назвать")]),
    # probe DM (dev, DM14): the name right after a descriptor is its own, whatever the parse hung it on
    "«генсек альянса Йенс Столтенберг объявил, что президент Турции … Эрдоган …» — Столтенберг": (
        "Накануне вечером генсек альянса Йенс Столтенберг объявил, что президент Турции Реджеп Тайип Эрдоган "
        "согласился передать протокол в парламент.",
        [(I, "президент Турции Реджеп Тайип Эрдоган согласился передать протокол в парламент", "Йенс Столтенберг",
          "Йенс Столтенберг", "объявить")]),
    # probe DO (dev, DO04): «в среду» is when, not the body it was said in (subjects.place_of_statement)
    "«Об этом в среду сообщили в управлении …»": (
        "В Пермском крае выявлено 48 случаев кори. Об этом в среду сообщили в управлении Роспотребнадзора по "
        "Пермскому краю.",
        [(I, "В Пермском крае выявлено 48 случаев кори", "управлении Роспотребнадзора по Пермскому краю",
          "Роспотребнадзор", "сообщить")]),
    # the sender is the subject or the name in apposition to it (speakers._named_person), never a dependent
    "«Адвокат Навального направил письмо. «…», — говорится в письме» — not Навальный": (
        "Адвокат Навального направил судье письмо. «Мы просим отложить заседание», — говорится в письме.",
        [(D, "Мы просим отложить заседание", None, None, "говорится в письме")]),
    "«Адвокат политика Вадим Кобзев направил письмо. «…»» — the name in apposition": (
        "Адвокат политика Вадим Кобзев направил судье письмо. «Мы просим отложить заседание», — говорится в письме.",
        [(D, "Мы просим отложить заседание", None, "Вадим Кобзев", "говорится в письме")]),
    # probe DK (dev, DK_05, DK_09): who replies is the one asked in the sentence before (told_before.asked_person),
    # by a descriptor or a pronoun, not the person the text was about
    "«X спросил Y … . «…», — ответил тренер» — Y": (
        "Вратарь Игорь Акинфеев отразил два удара. На пресс-конференции испанский журналист спросил Станислава "
        "Черчесова о тактике команды. «Мы играли так, как позволял соперник», — ответил тренер.",
        [(D, "Мы играли так, как позволял соперник", "тренер", "Станислав Черчесов", "ответить")]),
    "«X спросил Y, … ли … . «…», — ответила она» — Y": (
        "Генеральный директор галереи Зельфира Трегулова извинилась перед посетителями. Корреспондент ТАСС спросил "
        "москвичку Ирину Соколову, стоило ли ожидание того. «Конечно, стоило», — ответила она.",
        [(D, "Конечно, стоило", "она", "Ирина Соколова", "ответить")]),
    # probe DK (dev, DK_13): words in marks without a verb, the author's words after them, are a quote,
    # not the paragraph's unmarked speech (dialogue._marked): the sentence before is the author's
    "«A. «verbless words», — сказал X» — only the words in marks": (
        "Элементы были синтезированы в Дубне. «Это признание вклада дубненских ученых», — сказал директор "
        "института Виктор Матвеев.",
        [(D, "Это признание вклада дубненских ученых", "Виктор Матвеев", "Виктор Матвеев", "сказать")]),
    # probe DI (dev, DI_16): a descriptor right before the next sentence's name introduces no one there
    # (descriptors._reach stops at its sentence), so «представитель Кремля» is not Шойгу
    "«…, добавил представитель Кремля. Шойгу …» — the spokesman named before": (
        "Сергей Шойгу станет секретарем Совета безопасности, сообщил пресс-секретарь Кремля Дмитрий Песков.\n\n"
        "Нынешний секретарь Совбеза Николай Патрушев будет переведен на другую работу, добавил представитель "
        "Кремля. Шойгу также станет заместителем председателя Военно-промышленной комиссии.",
        [(I, "Сергей Шойгу станет секретарем Совета безопасности", "Дмитрий Песков", "Дмитрий Песков", "сообщить"),
         (I, "Нынешний секретарь Совбеза Николай Патрушев будет переведен на другую работу", "представитель Кремля",
          "Дмитрий Песков", "добавить")]),
    # probe DK (dev, DK_06): a woman's surname the tagger reads as a man's genitive («Рыбакина родилась»)
    # is still its sentence's subject, so the person the text goes on about (coreference.named_subjects)
    "«Рыбакина родилась … . … спортсменка ответила: «…»» — Рыбакина, not Жабер": (
        "Казахстанская теннисистка Елена Рыбакина обыграла в финале представительницу Туниса Онс Жабер. Жабер "
        "поздравила соперницу и пошутила, что та украла у нее титул. Рыбакина родилась и выросла в Москве. На "
        "вопрос о своем гражданстве спортсменка ответила коротко: «Я представляю Казахстан уже давно и счастлива "
        "играть за эту страну».",
        [(I, "та украла у нее титул", "Жабер", "Онс Жабер", "пошутить"),
         (D, "Я представляю Казахстан уже давно и счастлива играть за эту страну", "спортсменка", "Елена Рыбакина",
          "ответить")]),
    # probe DK (dev, DK_02): a body's service names its owner, a body noun in the genitive, as the noun
    # alone would (bodies.named_body): «пресс-служба компании» is the company named before
    "«…, сообщила пресс-служба компании» — the company named before": (
        "«АвтоВАЗ» возобновил производство автомобилей Lada Granta в Тольятти. Машины первой партии собраны без "
        "подушек безопасности, сообщила пресс-служба компании.",
        [(I, "Машины первой партии собраны без подушек безопасности", "пресс-служба компании", "АвтоВАЗ",
          "сообщить")]),
    # probe DK (dev, DK_07): a quoting verb agrees with the relay, so its plural does not bar a man
    "«…», — приводят слова министра «Известия»": (
        "Министр культуры Владимир Мединский тоже поздравил создателей фильма. «Талантливое кино, но я не увидел в "
        "нем героя», — приводят слова министра «Известия».",
        [(D, "Талантливое кино, но я не увидел в нем героя", "министра", "Владимир Мединский", "приводить")]),
    # probe DS (dev, p16): «одна из …» with a name in apposition after its descriptor is that name
    # (speakers._by_phrase)
    '«…», — сказала одна из организаторов схода, депутат … Марина Орлова': (
        'Жители вышли на сход против вырубки сквера. «Здесь растут липы, которым больше ста лет», — сказала одна '
        'из организаторов схода, депутат городского совета Марина Орлова.',
        [(D, 'Здесь растут липы, которым больше ста лет', 'Марина Орлова', 'Марина Орлова', 'сказать')]),
    # probe DS (dev, p02): a question named with its adjectives («на уточняющий вопрос») is the one answered: the
    # previous speaker goes on (subjects.answered_question, which dialogue lines use too)
    '«На уточняющий вопрос журналиста … армянский премьер ответил» — Пашинян, who spoke before': (
        '«Армения остается нашим союзником», — сказал пресс-секретарь президента России Дмитрий Песков. '
        'Премьер-министр Армении Никол Пашинян в интервью France 24 заявил, что Ереван заморозил участие в ОДКБ. '
        '«Мы не могли не сделать из этого выводов», — сказал Пашинян. На уточняющий вопрос журналиста, означает '
        'ли это выход из организации, армянский премьер ответил, что речь идет именно о заморозке.',
        [(D, 'Армения остается нашим союзником', 'Дмитрий Песков', 'Дмитрий Песков', 'сказать'),
         (I, 'Ереван заморозил участие в ОДКБ', 'Никол Пашинян', 'Никол Пашинян', 'заявить'),
         (D, 'Мы не могли не сделать из этого выводов', 'Пашинян', 'Никол Пашинян', 'сказать'),
         (I, 'речь идет именно о заморозке', 'армянский премьер', 'Никол Пашинян', 'ответить')]),
    # probe DS (dev, p03): a descriptor is first the person introduced with it, then one introduced with a broader
    # word (descriptors.Descriptor.own: «губернатор» → «глава»)
    '«Губернатор добавил» — «Губернатор Денис Паслер», not «Глава Орска»': (
        'В Орске продолжает прибывать вода. Губернатор Денис Паслер провел заседание оперативного штаба. Глава '
        'Орска Василий Козупица призвал жителей не возвращаться в дома. Губернатор добавил, что дамбу так и не '
        'довели до проектного состояния.',
        [(I, 'дамбу так и не довели до проектного состояния', 'Губернатор', 'Денис Паслер', 'добавить')]),
    # probe DS (dev, p09): a body noun never names a news outlet cited before (bodies.named_body)
    '«…, пишет «Коммерсант». В компании заявили» — the company, not the newspaper': (
        '«Норникель» в следующем году сократит добычу никеля на 10%, пишет «Коммерсант» со ссылкой на источники. '
        'В компании заявили, что решение временное.',
        [(I, 'решение временное', 'компании', 'Норникель', 'заявить')]),
    # probe DS (dev, p04): «госкорпорация», «холдинг», «авиакомпания» are body nouns (speech_cues.tsv `body`)
    '«говорится в заявлении госкорпорации» — the corporation named before': (
        'Генеральный директор госкорпорации «Роскосмос» Юрий Борисов рассказал об аварии. Накануне в '
        '«Роскосмосе» сообщили о потере связи со станцией. «Аппарат перешел на нерасчетную орбиту», — говорится '
        'в заявлении госкорпорации.',
        [(D, 'Аппарат перешел на нерасчетную орбиту', 'госкорпорации', 'Роскосмос', 'говорится в заявлении')]),
    # probe DS (dev, p11): the person a question answered is about is not who answers (speakers._asked_about)
    '«Отвечая на вопрос … о заявлении Трампа, он сказал» — not Трамп': (
        'Зохран Мамдани победил на выборах мэра Нью-Йорка. Президент США Дональд Трамп написал, что федеральное '
        'правительство сократит помощь городу. Отвечая на вопрос журналистов о заявлении Трампа, он сказал: '
        '«Запугать этот город не получится».',
        [(I, 'федеральное правительство сократит помощь городу', 'Дональд Трамп', 'Дональд Трамп', 'написать'),
         (D, 'Запугать этот город не получится', 'он', 'Зохран Мамдани', 'отвечать')]),
    # probe DS (dev, p15): the paragraph's last sentence that tells of speaking, with no clause or quote of its
    # own, introduces the dialogue lines after it (introducers._introduces)
    '«Шипенко рассказал о съемках.» ¶ «— …?» ¶ «— …» — Шипенко answers': (
        'Режиссер Клим Шипенко провел на МКС 12 дней. Накануне премьеры Шипенко рассказал о съемках.\n\n— Чего вы '
        'боялись больше всего перед полетом?\n\n— Не справиться. Не физически, а профессионально.\n\n— Что было '
        'самым сложным?\n\n— Невесомость нельзя сыграть, ее можно только прожить.',
        [(D, 'Чего вы боялись больше всего перед полетом?', None, None, None),
         (D, 'Не справиться. Не физически, а профессионально.', 'Шипенко', 'Клим Шипенко', 'рассказать'),
         (D, 'Что было самым сложным?', None, None, None),
         (D, 'Невесомость нельзя сыграть, ее можно только прожить.', 'Шипенко', 'Клим Шипенко', 'рассказать')]),
    # probe DS (dev, p05): questions that address someone by name («— Аделия, …?») say who answers
    # (dialogue._addressed)
    '«— Аделия, …?» ¶ «— …» — Аделия Петросян answers': (
        '16-летняя Аделия Петросян стала чемпионкой России по фигурному катанию. После награждения прошла '
        'пресс-конференция.\n\n— Аделия, после короткой программы вы были только третьей. Что '
        'изменилось за сутки?\n\n— Вчера я очень волновалась. А сегодня просто перестала думать о прыжках.\n\n— Кому '
        'вы посвятите этот титул?\n\n— Маме и тренерам. Они видели все мои падения и слезы.',
        [(D, 'Аделия, после короткой программы вы были только третьей. Что изменилось за сутки?', None, None, None),
         (D, 'Вчера я очень волновалась. А сегодня просто перестала думать о прыжках.', 'Аделия', 'Аделия Петросян', None),
         (D, 'Кому вы посвятите этот титул?', None, None, None),
         (D, 'Маме и тренерам. Они видели все мои падения и слезы.', 'Аделия', 'Аделия Петросян', None)]),
    # probe EE (dev, p03): an agreement, a treaty, a contract, a law are documents one reads words from
    # (speech_cues.tsv `document`); with no owner the quote is nobody's
    '«…», — говорится в тексте соглашения': (
        '«Соединенные Штаты обязуются сократить численность своих сил в Афганистане до 8600 человек», — говорится '
        'в тексте соглашения.',
        [(D, 'Соединенные Штаты обязуются сократить численность своих сил в Афганистане до 8600 человек', None,
          None, 'говорится в соглашения')]),
    # probe EE (dev, p13): «документ, в котором говорится, что …» reads from the document the relative clause
    # is about; its sender speaks (told_before.sender)
    '«Си Цзиньпин направил поздравление, в котором говорится, что …» — Си Цзиньпин': (
        'Председатель КНР Си Цзиньпин направил участникам миссии поздравление, в котором говорится, что это '
        '«знаковое достижение в строительстве космической державы».',
        [(I, 'это «знаковое достижение в строительстве космической державы»', None, 'Си Цзиньпин',
          'говорится в поздравление')]),
    # probe EE (dev, p16): a clause a question word opens tells what the lines will be about, not what was said,
    # so the sentence still introduces them (introducers._asks_about)
    '«она рассказала, почему выбрала эту пьесу.» ¶ «— …?» ¶ «— …» — she answers': (
        'Театр покажет премьеру «Вишневого сада», первую постановку художественного руководителя Веры Ольшанской. '
        'Накануне премьеры она рассказала нашему корреспонденту, почему выбрала именно эту пьесу.\n\n— Почему '
        'сейчас?\n\n— Чехов всегда вовремя. Это пьеса о людях, которые не могут решиться.\n\n— Репетиции шли тяжело?\n\n— Репетиции всегда идут тяжело, если '
        'они идут честно.',
        [(D, 'Почему сейчас?', None, None, None),
         (D, 'Чехов всегда вовремя. Это пьеса о людях, которые не могут решиться.', 'она', 'Вера Ольшанская',
          'рассказать'),
         (D, 'Репетиции шли тяжело?', None, None, None),
         (D, 'Репетиции всегда идут тяжело, если они идут честно.', 'она', 'Вера Ольшанская', 'рассказать')]),
    # probe EI (dev, p11): a descriptor in a paragraph that names one person before it is that person, not
    # the subject of the paragraph before (coreference._paragraphs_one_person)
    '«Для Юргена Клоппа эта победа стала первой … «…», — сказал немецкий специалист» — Клопп': (
        '«Ливерпуль» выиграл Лигу чемпионов. Голы забили Мохамед Салах и Дивок Ориги.\n\nДля Юргена Клоппа эта '
        'победа стала первой в финалах еврокубков. «Это лучшая ночь в нашей жизни», — сказал немецкий специалист.',
        [(D, 'Это лучшая ночь в нашей жизни', 'немецкий специалист', 'Юрген Клопп', 'сказать')]),
    # probe EI (dev, p09): «Как говорится в …, …» reads the clause after the comma from the document
    # (phrases.as_said with attribution.impersonal_cue); «отчетность» is a document
    '«Как говорится в отчетности компании, …» — the company named before': (
        '«Газпром» по итогам года получил чистый убыток. Как говорится в отчетности компании, основной причиной '
        'стало падение выручки от экспорта газа.',
        [(I, 'основной причиной стало падение выручки от экспорта газа', 'компании', 'Газпром',
          'говорится в отчетности')]),
    # probe EI (dev, p14, p08): a verdict with no owner written is the court named before (speech_cues.tsv
    # `document` with the issuer «суд»: speakers._issuer)
    '«…», — говорится в приговоре — the court named before': (
        'Ленинский районный суд Перми приговорил бывшего главу управы Игоря Воронина к шести годам колонии. '
        '«Воронин систематически получал деньги от подрядчика», — говорится в приговоре.',
        [(D, 'Воронин систематически получал деньги от подрядчика', None, 'Ленинский районный суд Перми',
          'говорится в приговоре')]),
    # probe EI (dev, p16): a museum, a theatre, an institute named before are what «в музее» means
    # (speech_cues.tsv `body` … named)
    '«В музее-заповеднике сообщили, что …» — the museum named before': (
        'Берестяную грамоту нашла сотрудница Новгородского музея-заповедника Наталья Жукова. В музее-заповеднике '
        'сообщили, что грамоту покажут публике в августе.',
        [(I, 'грамоту покажут публике в августе', 'музее-заповеднике', 'Новгородский музей-заповедник',
          'сообщить')]),
    # probe EI (dev, p13): the lines after a sentence that asks someone by a descriptor are that person's
    # answers (introducers._asked, the descriptor resolved as a speaker's)
    '«На пресс-конференции россиянку спрашивали о …» ¶ «— …?» ¶ «— …» — she answers': (
        'Дарья Касаткина впервые вышла в полуфинал турнира Большого шлема. На пресс-конференции россиянку прежде '
        'всего спрашивали о встрече с полькой.\n\n— Что нужно изменить?\n\n— Наверное, все. Я выйду и попробую '
        'получать удовольствие.',
        [(D, 'Что нужно изменить?', None, None, None),
         (D, 'Наверное, все. Я выйду и попробую получать удовольствие.', 'россиянку', 'Дарья Касаткина',
          'спрашивали')]),
    # probe EI (dev, p12): a descriptor with a participle of naming oneself is someone met here, not the woman
    # named before (speakers._met_here, quote_words.tsv `self-named`)
    '«Участница акции, 24-летняя медсестра, назвавшаяся Энни, объяснила: «…»» — no one named before': (
        'Протестующие требовали отставки Кэрри Лам. Участница акции, 24-летняя медсестра, назвавшаяся Энни, '
        'объяснила: «Я пришла не ради себя».',
        [(D, 'Я пришла не ради себя', 'Участница акции, 24-летняя медсестра', None, 'объяснить')]),
    # probe EM (dev, p10, p16): a descriptor that answers questions right before the lines, in a paragraph
    # of one sentence too, is who answers them (introducers._person_cue, the descriptor resolved as a speaker's)
    '«После официальной части нападающий ответил на вопросы журналистов.» ¶ «— …?» ¶ «— …» — he answers': (
        'Нападающий Артем Дзюба подписал контракт с «Акроном».\n\nПосле официальной части нападающий ответил на '
        'вопросы журналистов.\n\n— Не боитесь, что в 36 лет будет тяжело?\n\n— Я себя чувствую лучше, чем в 30.',
        [(D, 'Не боитесь, что в 36 лет будет тяжело?', None, None, None),
         (D, 'Я себя чувствую лучше, чем в 30.', 'нападающий', 'Артем Дзюба', 'ответить')]),
    # probe EM (dev, p15): the speaker after a gerund's phrase that follows the cue (subjects._nearest_nominative)
    '«…», — сказал, выступая со сцены, первый секретарь обкома КПРФ Виктор Лаптев': (
        '«Мы требуем заморозить тарифы до конца года», — сказал, выступая со сцены, первый секретарь обкома КПРФ '
        'Виктор Лаптев.',
        [(D, 'Мы требуем заморозить тарифы до конца года', 'Виктор Лаптев', 'Виктор Лаптев', 'сказать')]),
    # probe EM (dev, p11): «департамент» (and «комиссия», «служба») names the last organisation whose name holds it
    # (speech_cues.tsv `body` `named`)
    '«В департаменте заявили, что …» — the department named before': (
        'Накануне Департамент культуры Москвы объявил, что не продлевает контракт с директором театра. В '
        'департаменте заявили, что смена руководства носит плановый характер.',
        [(I, 'не продлевает контракт с директором театра', 'Департамент культуры', 'Департамент культуры Москвы',
          'объявить'),
         (I, 'смена руководства носит плановый характер', 'департаменте', 'Департамент культуры Москвы', 'заявить')]),
    # probe EM (dev, p12): «министерство» names a ministry named by its abbreviation too (speech_cues.tsv `body`:
    # «named мин мид мвд мчс»)
    '«…», — говорится в заявлении министерства — МИД России named before': (
        'МИД России вызвал временного поверенного в делах Литвы. «Россия оставляет за собой право на действия по '
        'защите своих национальных интересов», — говорится в заявлении министерства.',
        [(D, 'Россия оставляет за собой право на действия по защите своих национальных интересов', 'министерства',
          'МИД России', 'говорится в заявлении')]),
    # probe EM (dev, p08): «пресс-служба компании» after the words, with no company named before them, is the
    # press service of the one the words name (speakers._by_phrase)
    '«X присоединился к «Яндексу» …, сообщила пресс-служба компании» — Яндекс': (
        'Алексей Кудрин присоединился к «Яндексу» в должности советника, сообщила в понедельник пресс-служба '
        'компании.',
        [(I, 'Алексей Кудрин присоединился к «Яндексу» в должности советника', 'пресс-служба компании', 'Яндекс',
          'сообщить')]),
    # probe EM (dev, p13): a document's possessive pronoun is whom it stands for (attribution.impersonal_cue)
    '«…», — говорится в его обращении — the man named before': (
        'Как сообщил председатель ЦИК Казахстана Нурлан Абдиров, строительство АЭС поддержали 71% участников.\n\n'
        'Президент Касым-Жомарт Токаев поблагодарил граждан за участие в голосовании. «Народ принял решение, и это '
        'решение будет исполнено», — говорится в его обращении.',
        [(I, 'строительство АЭС поддержали 71% участников', 'Нурлан Абдиров', 'Нурлан Абдиров', 'сообщить'),
         (D, 'Народ принял решение, и это решение будет исполнено', 'его', 'Касым-Жомарт Токаев',
          'говорится в обращении')]),
    # probe EM (dev, p01): «повторил, что …» is a verb of saying (speech_cues.tsv `speech`, with «упомянуть»,
    # «парировать»)
    '«глава МИД повторил, что …, и добавил, что …» — two reported clauses': (
        'Глава МИД России Сергей Лавров провел переговоры. Отвечая на вопрос об Украине, глава МИД повторил, что '
        'любое урегулирование должно учитывать «реалии на земле», и добавил, что Россия не согласится на '
        'замораживание конфликта.',
        [(I, 'любое урегулирование должно учитывать «реалии на земле»', 'глава МИД', 'Сергей Лавров', 'повторить'),
         (I, 'Россия не согласится на замораживание конфликта', 'глава МИД', 'Сергей Лавров', 'добавить')]),
    # probe EM (dev, p07): «в том обращении» points at what the sentence before tells its subject did
    # (told_before.pointed_document, quote_words.tsv `pointing`)
    '«X призвал к … . В том обращении говорилось: «…»» — X': (
        'Вагит Алекперов покинул пост президента компании. Еще в начале марта «Лукойл» стал первой крупной '
        'российской компанией, которая призвала к прекращению боевых действий на Украине. В том обращении '
        'говорилось: «Совет директоров выражает глубокую обеспокоенность трагическими событиями на Украине».',
        [(D, 'Совет директоров выражает глубокую обеспокоенность трагическими событиями на Украине', None, 'Лукойл',
          None)]),
    # probe FR (dev, fr02): a noun of speech with a name in the genitive is that name's statement, whoever denies
    # or comments on it (complement.statement_owner); with no name a denied claim is no one's words
    "«Тимошенко опровергла заявление Ющенко о том, что …» — Ющенко": (
        "Премьер-министр Юлия Тимошенко опровергла заявление президента Виктора Ющенко о том, что в НСНУ не "
        "поступало предложений от БЮТ. Она также опровергла предположения о том, что уходит в отставку.",
        [(I, "в НСНУ не поступало предложений от БЮТ", "Виктора Ющенко", "Виктор Ющенко", "заявление")]),
    "«Песков прокомментировал заявление Зеленского о том, что …» — Зеленский": (
        "Пресс-секретарь президента Дмитрий Песков прокомментировал заявление Владимира Зеленского о том, что "
        "Россия готовит наступление.",
        [(I, "Россия готовит наступление", "Владимира Зеленского", "Владимир Зеленский", "заявление")]),
    # probe FR (dev, fr11): a call cue's words in marks may come after whom it asks (complement._past_object);
    # «приказать» is a call (speech_cues.tsv), its words an act asked with an infinitive of «быть» too
    "«Ким Чен Ын призвал Вашингтон «сделать правильный выбор …»», «приказал «всегда быть готовыми …»»": (
        "Глава КНДР Ким Чен Ын призвал Вашингтон «сделать правильный выбор и продемонстрировать с помощью действий, "
        "что они хотят снизить напряженность». Операторам ракетных установок глава КНДР приказал «всегда быть "
        "готовыми к пуску».",
        [(D, "сделать правильный выбор и продемонстрировать с помощью действий, что они хотят снизить "
             "напряженность", "Ким Чен Ын", "Ким Чен Ын", "призвать"),
         (D, "всегда быть готовыми к пуску", "глава КНДР", "Ким Чен Ын", "приказать")]),
    # probe FR (dev, fr11): a complement that opens with a quote is that quote, cut at its closing mark, though the
    # sentence goes on with the author's words and another quote (indirect._said; a name in marks is none)
    "«призвал Вашингтон «сделать правильный выбор», в противном случае «наступит … момент»»": (
        "Глава КНДР Ким Чен Ын призвал Вашингтон «сделать правильный выбор и снизить напряженность», в противном "
        "случае «наступит выдающийся исторический момент».",
        [(D, "сделать правильный выбор и снизить напряженность", "Ким Чен Ын", "Ким Чен Ын", "призвать")]),
    # probe FR (dev, fr06): the author's words between dashes that end a paragraph a quote goes on from are no
    # part of the quote (marks._across)
    "«…, — приводит слова Ковальчука «Чемпионат.com». — ¶ …»": (
        "«Симпатизирую эмоциональным людям, поэтому с удовольствием сыграю на Кубке «Карьялы». Надеюсь, все будет "
        "нормально, — приводит слова Ильи Ковальчука «Чемпионат.com». —\n\nЯ симпатизирую эмоциональным людям, "
        "которые всегда умеют держать команду в тонусе».",
        [(D, "Симпатизирую эмоциональным людям, поэтому с удовольствием сыграю на Кубке «Карьялы». Надеюсь, все "
             "будет нормально", "Ильи Ковальчука", "Илья Ковальчук", "приводить"),
         (D, "Я симпатизирую эмоциональным людям, которые всегда умеют держать команду в тонусе", "Ильи Ковальчука",
          "Илья Ковальчук", "приводить")]),
    # probes FC and FR (dev, fc13, fr05): «сообщалось, что …» with no source named is reported speech no one the
    # article names said (quote_words.tsv `unsourced`)
    "«Ранее сообщалось, что …» — no speaker": (
        "Отметим, ранее сообщалось, что кроме Андерссона, на отечественный автопром пересядет весь руководящий "
        "персонал «АвтоВАЗа».",
        [(I, "кроме Андерссона, на отечественный автопром пересядет весь руководящий персонал «АвтоВАЗа»", None,
          None, "сообщалось")]),
    # probe GB (dev, x07): nor is it the words of the speaker before it
    "«По словам Богданчикова, …» ¶ «Ранее сообщалось, что …» — no speaker": (
        "По словам Богданчикова, годовое собрание акционеров «Роснефти» может состояться 18 июня.\n\n"
        "Ранее сообщалось, что совет директоров Роснефти состоится 23 апреля.",
        [(I, "годовое собрание акционеров «Роснефти» может состояться 18 июня", "Богданчикова", "Богданчиков",
          "по словам"),
         (I, "совет директоров Роснефти состоится 23 апреля", None, None, "сообщалось")]),
    # probe FR (dev, fr12): a paragraph of quotes after one whose last sentence introduces them (a cue with a person
    # as its subject and no clause, quote or colon of its own; a name in marks is none) is that person's, not the
    # last speaker's (dialogue.introduced_by)
    "«The Guardian написала, что …» ¶ «… Лебедев опроверг эту информацию.» ¶ «Да я читал. …»": (
        "Ранее The Guardian написала, что бизнесмен общался с премьер-министром Великобритании.\n\n"
        "В комментарии радиостанции «Говорит Москва» Александр Лебедев опроверг эту информацию.\n\n"
        "«Да я читал. Я уже комментировал. Я сказал – нет».",
        [(I, "бизнесмен общался с премьер-министром Великобритании", "The Guardian", "The Guardian", "написать"),
         (D, "Да я читал. Я уже комментировал. Я сказал – нет", "Александр Лебедев", "Александр Лебедев",
          "опровергнуть")]),
    # twentieth round: each case fails on 1af03b0
    # probe GK (dev, gk05): a relay's outlet in marks is a name, no quote opening after the cue; the person it cites
    # «со ссылкой на» is named in apposition to the descriptor, a second descriptor after a comma too
    # (attribution._cited)
    "«…, сообщает «Интерфакс» со ссылкой на руководителя экспедиции, члена комитета РАН … Виктора Гроховского»": (
        "Основная часть метеорита, упавшего в пятницу в Челябинской области, остается в озере Чебаркуль, сообщает "
        "«Интерфакс» со ссылкой на руководителя экспедиции, члена комитета РАН по метеоритам Виктора Гроховского.",
        [(I, "Основная часть метеорита, упавшего в пятницу в Челябинской области, остается в озере Чебаркуль",
          "Виктора Гроховского", "Виктор Гроховский", "сообщать")]),
    # probe FO (dev, the case above's twin): a newspaper cited «со ссылкой на» by a word of a newspaper's name
    # (speech_cues.tsv `media` «times», «post», «journal» …) is an outlet, whose words the relay passes on: no speaker
    "«…, передает ТАСС со ссылкой на The Times of Israel»": (
        "Церемония подписания прошла в Белом доме, передает ТАСС со ссылкой на The Times of Israel.",
        []),
    # probe GK (dev, gk01): a paragraph of speech without quote marks that the author's words end with a verb of the
    # manner of saying («— улыбнулся космонавт»; speech_cues.tsv «улыбнуться», «усмехнуться», «вздохнуть» …)
    "«Когда я вернулся на Землю, … . Вот это на меня произвело впечатление, — улыбнулся космонавт.»": (
        "За год пребывания на МКС изменилась Москва, рассказал космонавт Олег Кононенко.\n\nКогда я вернулся на "
        "Землю, я с удивлением обнаружил, как изменилась столица за этот год. Вот это на меня произвело "
        "впечатление, — улыбнулся космонавт.",
        [(I, "За год пребывания на МКС изменилась Москва", "Олег Кононенко", "Олег Кононенко", "рассказать"),
         (D, "Когда я вернулся на Землю, я с удивлением обнаружил, как изменилась столица за этот год. Вот это на "
             "меня произвело впечатление", "космонавт", "Олег Кононенко", "улыбнуться")]),
    # probe GK (dev, gk14): «Уверенность в этом высказал X» tells the sentence before as «Об этом заявил X» does: a
    # cue's object of three words (quote_words.tsv `cue-object`); «Уверенность в победе …» names its own object
    "«… . Уверенность в этом высказал … Сергей Кириенко …»": (
        "Количество стран, принимающих участие в конкурсе \"Интервидение\", будет только увеличиваться. Уверенность "
        "в этом высказал первый заместитель руководителя администрации президента РФ Сергей Кириенко.\n\n"
        "Число зрителей будет расти. Уверенность в победе высказал Сергей Кириенко.",
        [(I, "Количество стран, принимающих участие в конкурсе \"Интервидение\", будет только увеличиваться",
          "Сергей Кириенко", "Сергей Кириенко", "высказать")]),
}

@pytest.mark.parametrize("case", list(GOLDEN))
def test_golden(case):
    text, expected = GOLDEN[case]
    assert view(quotes_of_text(text)) == expected


def test_a_title_s_name_with_an_occasion_before_the_colon():
    """probe DO (dev, DO12): «Name PREP …: «…»» — a prepositional phrase after the name is its occasion
    (names_before_colon.before_topic), as «Name о …» is its topic."""
    rows = quotes_of_text("Главный тренер «Зенита» Сергей Семак похвалил игроков.",
                          title="Семак после победы над «Спартаком»: «Ребята выдержали давление»")
    assert view(rows) == [(D, "Ребята выдержали давление", "Семак", "Сергей Семак", None)]


def test_a_title_s_speaker_by_one_part_of_a_double_surname():
    """probe EU (dev, p09): «Винер», which the NER does not tag in the headline, is one part of the body's
    «Ирина Винер-Усманова» (repeated_names, names.double_surname_part)."""
    rows = quotes_of_text("Главный тренер сборной России Ирина Винер-Усманова раскритиковала судей.",
                          title="Винер после финала Олимпиады: «Ошибку видели все, кроме судей»")
    assert view(rows) == [(D, "Ошибку видели все, кроме судей", "Винер", "Ирина Винер-Усманова", None)]


def test_a_title_s_occasion_may_hold_a_name_in_marks():
    """probe EU (dev, p07): the closing mark of «Реала» ends no sentence, so the name before the occasion still
    opens the words before the colon (direct.pre_colon)."""
    rows = quotes_of_text("Главный тренер «Реала» Карло Анчелотти похвалил игроков.",
                          title="Анчелотти после победы «Реала» в Лиге чемпионов: «Этот клуб не умеет сдаваться»")
    assert view(rows) == [(D, "Этот клуб не умеет сдаваться", "Анчелотти", "Карло Анчелотти", None)]


def test_quote_in_the_title():
    rows = quotes_of_text("Президент Казахстана Касым-Жомарт Токаев выступил в ООН.",
                          title="Токаев: «Казахстан не является анти-Россией»")
    assert view(rows) == [("direct", "Казахстан не является анти-Россией", "Токаев", "Касым-Жомарт Токаев", None)]
    assert rows[0]["field"] == "title"


def test_a_title_s_descriptor_before_its_marked_words_is_the_body_s_person():
    # probe EM (dev, p04): «Descriptor: «…»» is direct speech of the one person the body introduces with the
    # descriptor (headline.headline_rows, descriptor_speaker); one it does not introduce keeps the quote
    body = "Министр обороны Германии Борис Писториус назвал публикацию частью гибридной атаки России."
    rows = quotes_of_text(body, title="Министр обороны Германии: «Путин хочет нас расколоть»")
    assert view(rows) == [("direct", "Путин хочет нас расколоть", "Министр обороны Германии", "Борис Писториус", None)]
    rows = quotes_of_text(body, title="Эксперт: «Путин хочет нас расколоть»")
    assert view(rows) == [("direct", "Путин хочет нас расколоть", "Эксперт", None, None)]


def test_a_title_s_descriptor_is_not_the_person_the_title_is_about():
    """probe FW (dev, fw10): a person the title names is its topic, not who its descriptor is; of the two
    left the body introduces with «журналист», the one its first sentence does (headline.descriptor_speaker)."""
    body = ("Журналист Украинской правды Сергей Лещенко утверждает, что текст интервью журналиста Виталия Коротича "
            "не был искажен. Он сообщает, что получил аудиозапись от журналиста Олега Кашина.")
    rows = quotes_of_text(body, title="Журналист УП о скандале с Коротичем: Все, написанное в журнале, - правда")
    assert [(r["field"], r["speaker_name"]) for r in rows] == [("title", "Сергей Лещенко"), ("body", "Сергей Лещенко"),
                                                               ("body", "Сергей Лещенко")]


def test_a_title_s_cue_of_arguing():
    """probe FW (dev, fw15): «поспорить» is a verb of saying (speech_cues.tsv): its subject says the words after
    the title's colon."""
    rows = quotes_of_text("Официальный представитель СК Владимир Маркин ответил Ходорковскому в твиттере.",
                          title="Маркин поспорил с Ходорковским: \"Не наша вина, что вы - уголовник\"")
    assert view(rows)[0] == (D, "Не наша вина, что вы - уголовник", "Маркин", "Владимир Маркин", "поспорить")


def test_a_title_s_marked_words_then_a_dash_and_initials():
    """probe FW (dev, fw07): ««…», - С. Кочеров»: the name after the dash may open with initials, and a name in
    marks nested in the words keeps them one span (headline._dash_name, _nested); two spans in marks do not."""
    body = "Об этом сегодня заявил политолог Сергей Кочеров."
    rows = quotes_of_text(body, title="«Главная интрига выборов - наберет ли «Единая Россия» более 50%», - С. Кочеров")
    assert view(rows)[0] == (D, "Главная интрига выборов - наберет ли «Единая Россия» более 50%", "С. Кочеров",
                             "Сергей Кочеров", None)
    rows = quotes_of_text(body, title="«Мы не отступим» и «мы победим» — Кочеров")
    assert not [r for r in rows if r["field"] == "title"]


def test_a_that_clause_opening_with_a_quote_goes_on_past_it():
    """probe FW (dev, fw07): «подчеркнул, что «…», когда …» — a quoted fragment opening a «что» clause keeps the
    clause whole and reported; only a call's complement is cut at its quote's closing mark («призвал Вашингтон
    «сделать …», в противном случае …»)."""
    rows = quotes_of_text("Политолог Сергей Кочеров также подчеркнул, что «настоящие выборы пройдут 4 марта 2012 "
                          "года», когда россияне будут выбирать нового президента страны.")
    assert view(rows) == [(I, "«настоящие выборы пройдут 4 марта 2012 года», когда россияне будут выбирать нового "
                              "президента страны", "Сергей Кочеров", "Сергей Кочеров", "подчеркнуть")]


def test_a_head_of_a_ministry_is_its_minister():
    """probe FM (dev, fm15): «глава МИД Армении» in a title is the body's «министр иностранных дел Армении Арарат
    Мирзоян», not the ministry (speech_cues.tsv `descriptor` «глава мид» → министр)."""
    rows = quotes_of_text("Текст проекта мирного договора с Азербайджаном почти финализирован, заявил министр "
                          "иностранных дел Армении Арарат Мирзоян.",
                          title="Текст проекта мирного договора с Азербайджаном почти финализирован – "
                                "глава МИД Армении")
    assert [(r["field"], r["speaker_name"]) for r in rows] == [("title", "Арарат Мирзоян"), ("body", "Арарат Мирзоян")]


def test_a_press_conference_s_owner_answers_its_questions():
    """probe FC (dev, fc01): «Пресс-конференция главного тренера сборной России.» before a run of questions and
    answers: the genitive of the press event's noun answers them (quote_words.tsv `conference`); a subheading
    «… матча Россия — Куба» is two sides, no headline of Куба's (headline._paired)."""
    body = ("Карпин подвел итоги матча Россия — Куба\n\nПресс-конференция главного тренера сборной России. "
            "20.11.2023\n\n— Чем можно быть недовольным, когда команда побеждает 8:0?\n\n— Меня спросили, всем ли я "
            "доволен. Я ответил, что не всем.\n\n— Какая ваша любимая песня?\n\n— Я больше никакой не знаю, кроме "
            "«Валера, Валера».")
    assert [(r["text"][:20], r["speaker_name"]) for r in quotes_of_text(body)] == [
        ("Чем можно быть недов", None), ("Меня спросили, всем ", "Карпин"), ("Какая ваша любимая п", None),
        ("Я больше никакой не ", "Карпин")]


def test_a_dash_after_a_cue_opens_its_reported_clause():
    """probe FW (dev, fw02): «подчеркнул – никаких комментариев … не последует»: a dash right after a verb of saying
    stands for «что» (complement.complement); not after a call's, whose words are an act asked for."""
    rows = quotes_of_text("Директор больницы Шломо Мор-Йосеф подчеркнул – никаких комментариев по критике работы "
                          "врачей не последует.")
    assert view(rows) == [(I, "никаких комментариев по критике работы врачей не последует", "Шломо Мор-Йосеф",
                           "Шломо Мор-Йосеф", "подчеркнуть")]


def test_a_post_embedded_with_its_signature_is_its_author_s():
    """probes FW (dev, fw15) and FA (dev, fa08): a paragraph a «— Name (@account) date» paragraph follows is a
    post of Name's, quoted whole; an addressee it opens with and a link it ends with are not its words
    (quotes/embeds.py)."""
    body = ("Официальный представитель СК Владимир Маркин ответил Михаилу Ходорковскому.\n\n"
            "@mich261213 Мы изучаем только те статьи, по которым есть доказательства авторства. "
            "pic.twitter.com/abc123\n\n"
            "— Владимир Маркин (@VladimirMarkin) 30 июня 2015\n\n"
            "Задержали на границе, суд провели прямо в отделе полиции.\n\n"
            "— Кира Ярмыш (@Kira_Yarmysh) January 18, 2021")
    assert view(quotes_of_text(body)) == [
        (D, "Мы изучаем только те статьи, по которым есть доказательства авторства.", "Владимир Маркин",
         "Владимир Маркин", None),
        (D, "Задержали на границе, суд провели прямо в отделе полиции.", "Кира Ярмыш", "Кира Ярмыш", None)]


def test_a_court_role_is_no_one_introduced_with_another():
    """probe FA (dev, fa08): «Судья заявила» is not the woman named last, introduced as a lawyer («Адвокат
    Навального Ольга Михайлова», the owner between the post and the name passed): one person has one role in
    a trial (quote_words.tsv `court-role`)."""
    rows = quotes_of_text("Адвокат Навального Ольга Михайлова в ходе заседания просила отвод судье, однако его "
                          "отклонили. Судья заявила, что отвод необоснован.")
    assert view(rows) == [(I, "отвод необоснован", "Судья", None, "заявить")]


def test_a_title_with_a_descriptor_after_the_dash():
    # probe BU (dev, p11), the body abridged: «words — descriptor» is the one person the body
    # introduces with it (headline.descriptor_speaker), as «Descriptor: words» is
    rows = quotes_of_text("Операции пострадавших продолжаются, заявил главврач больницы Андрей Коситченков "
                          "журналистам.", title="Операции пострадавших в Севастополе продолжаются — главврач")
    assert view(rows)[:1] == [("indirect", "Операции пострадавших в Севастополе продолжаются", "главврач",
                               "Андрей Коситченков", None)]


@pytest.mark.parametrize("body", [
    # thirty-seventh round, probe KK (dev, kk16): a long organisation's name between the post and the name counts
    # as one word of the words that introduce the name (descriptors._before)
    "Операции пострадавших продолжаются, заявил главврач Городской больницы № 1 им. Н. И. Пирогова Андрей "
    "Коситченков журналистам.",
    "Операции пострадавших продолжаются, заявил главврач Севастопольской городской больницы скорой медицинской "
    "помощи Андрей Коситченков журналистам.",
])
def test_a_title_descriptor_whose_body_post_names_a_long_organisation(body):
    rows = quotes_of_text(body, title="Операции пострадавших в Севастополе продолжаются — главврач")
    assert view(rows)[:1] == [("indirect", "Операции пострадавших в Севастополе продолжаются", "главврач",
                               "Андрей Коситченков", None)]


@pytest.mark.parametrize("title, body, speaker", [
    # probes BU and BY (dev): a title's descriptor subject of a cue is the one person the body introduces
    # with it, before the organisation it names, and never whom it is of (descriptors.owners)
    ("Глава МИД России заявил, что переговоры продолжатся",
     "Глава МИД России Сергей Лавров заявил журналистам, что переговоры продолжатся.", "Сергей Лавров"),
    ("Адвокат заявил, что обвинения не подтверждены",
     "Денис Балуев, адвокат Тимура Иванова, заявил журналистам, что обвинения не подтверждены.", "Денис Балуев"),
    # probe CG (dev, p02): a governor the body introduces as the head of the region (speech_cues.tsv
    # `descriptor` губернатор → глава); one it introduces as governor comes first
    ("Воронежский губернатор: Повышений тарифов ЖКХ быть не должно",
     "Взять под жесткий контроль вопросы повышения тарифов поручил глава Воронежской области Алексей Гордеев "
     "16 января на еженедельном оперативном совещании.", "Алексей Гордеев"),
    ("Губернатор: Повышений тарифов ЖКХ быть не должно",
     "Губернатор Воронежской области Алексей Гордеев провел совещание с главой Павловского района Михаилом "
     "Ясиновым.", "Алексей Гордеев"),
])
def test_a_title_descriptor_with_a_cue_is_the_body_s_person(title, body, speaker):
    rows = quotes_of_text(body, title=title)
    assert [(r["field"], r["speaker_name"]) for r in rows][:1] == [("title", speaker)]


def test_a_title_quote_in_marks_after_a_descriptor_and_a_name():
    # probe BU (dev, p12): «Descriptor Name: "…"», one rule with the unmarked headline
    # (names_before_colon.descriptor_then_name)
    rows = quotes_of_text("Андрей Ромашов, адвокат нападающего \"Зенита\" Александра Кокорина, перед очередным "
                          "заседанием суда рассказал, как переносят каждодневные заседания его подзащитные.",
                          title='Адвокат Ромашов: "Ребят выматывают каждодневные заседания суда"')
    assert view(rows)[:1] == [("direct", "Ребят выматывают каждодневные заседания суда", "Ромашов", "Андрей Ромашов",
                               None)]


@pytest.mark.parametrize("title, body, expected", [
    # probe CC (dev, p02, p04) and probe BK (p07): «"Words": Subject verb …», the subject a descriptor the
    # body introduces someone with, or a name (headline._marks_colon); a short name in marks is no quote
    ("«Пусть наберутся терпения»: воронежский губернатор прокомментировал домыслы о его отставке",
     "Губернатор Воронежской области Александр Гусев прокомментировал домыслы о его отставке.",
     [("direct", "Пусть наберутся терпения", "воронежский губернатор", "Александр Гусев", None)]),
    ("«Тут есть и удавы, и обезьяны, и козлы…»: Мэр Николаева сравнил свой горсовет с зоопарком",
     "Мэр Николаева Александр Сенкевич выступил в зоопарке.",
     [("direct", "Тут есть и удавы, и обезьяны, и козлы…", "Мэр Николаева", "Александр Сенкевич", None)]),
    ("«Жестокий удар против жизни»: Зеленский отреагировал на атаку на Харьков",
     "Президент Украины Владимир Зеленский выступил в Раде.",
     [("direct", "Жестокий удар против жизни", "Зеленский", "Владимир Зеленский", None)]),
    ("«Северный поток»: Газпром остановил поставки", "Газпром остановил поставки газа.", []),
])
def test_a_title_s_words_in_marks_before_a_colon_and_their_speaker_s_clause(title, body, expected):
    assert view([r for r in quotes_of_text(body, title=title) if r["field"] == "title"]) == expected


def test_a_headline_in_the_first_person_is_its_name_s_speech():
    # probe CS (dev, p05): «Name: words» with no verb but a first-person pronoun reads as speech
    rows = quotes_of_text("Ректор ЗабГУ Сергей Иванов рассказал «АиФ-Забайкалье» 10 июня, что для него честь попасть "
                          "в список ректоров российских вузов.",
                          title="Ректор ЗабГУ Иванов: Для меня честь попасть в список санкций Зеленского")
    assert view(rows)[:1] == [("indirect", "Для меня честь попасть в список санкций Зеленского", "Ректор ЗабГУ Иванов",
                               "Сергей Иванов", None)]


def test_a_former_post_s_descriptor_is_the_post_and_two_fields_are_one_post():
    # probe CS (dev, p12): «Экс-министр спорта о …: words» is the man the body introduces as «Бывший
    # министр спорта и туризма Александр Григоров» («экс-» read past; «спорта и туризма» one post)
    rows = quotes_of_text("Бывший министр спорта и туризма Александр Григоров, у которого Андрей Фомочкин работал "
                          "помощником в 2009 году, характеризует его как дисциплинированного человека.",
                          title="Экс-министр спорта о чиновнике с российским флагом: Если ему сказали умереть, он умрет")
    assert view(rows)[:1] == [("indirect", "Если ему сказали умереть, он умрет", "Экс-министр спорта",
                               "Александр Григоров", None)]
    rows = quotes_of_text("Министр спорта и туризма Александр Григоров провел совещание.",
                          title="Министр спорта о чиновнике с флагом: Если ему сказали умереть, он умрет")
    assert [r["speaker_name"] for r in rows] == ["Александр Григоров"]
    rows = quotes_of_text("Бывший министр спорта Александр Григоров провел совещание.",
                          title="Экс-министр спорта о чиновнике с флагом: Если ему сказали умереть, он умрет")
    assert [r["speaker_name"] for r in rows] == ["Александр Григоров"]


def test_a_title_s_words_in_marks_before_a_name_and_its_topic():
    # probe CS (dev, p11): «"Words": Name о topic» with no verb — the name's direct speech
    rows = quotes_of_text("Одну из главных ролей в нём сыграла Стася Милославская.",
                          title="«Я сначала отказалась»: Стася Милославская о съёмках в фильме «Красавица»")
    assert view(rows)[:1] == [("direct", "Я сначала отказалась", "Стася Милославская", "Стася Милославская", None)]


def test_a_name_the_parser_makes_an_object_is_no_subject_for_a_pronoun():
    # probe CS (dev, p03): «НикВестям», tagged a nominative, is the parser's indirect object; «заявила она»
    # goes on with Сапожникова (coreference.named_subjects)
    rows = quotes_of_text(
        "Заместитель Николаевского городского головы по гуманитарным вопросам Маргарита Сапожникова отказалась "
        "комментировать ситуацию с 36 школой.\n\nОб этом она сообщила НикВестям в среду, 29 мая, во время "
        "празднования Дня защиты детей.\n\n- Ну, так на комиссию приходите и все узнаете. Что вы бегаете с этими "
        "комментариями? А потом перекручиваете, - заявила она в ответ на просьбу прокомментировать ситуацию в школе.")
    assert [(r["kind"], r["speaker"], r["speaker_name"]) for r in rows] == [
        ("indirect", "она", "Маргарита Сапожникова"),  # «Об этом она сообщила» tells the sentence before
        ("direct", "она", "Маргарита Сапожникова")]


def test_a_title_s_gen_descriptor_is_the_body_s_director():
    # probe CS (dev, p08): «гендиректор» is a «директор» (speech_cues.tsv `descriptor`), as «генпрокурор» a «прокурор»
    rows = quotes_of_text("Победа фильма «Дурак» доказывает, что в Чите думающая аудитория, заявила корреспонденту "
                          "ИА «Чита.Ру» 24 мая генеральный директор фестиваля Лилия Савина.",
                          title="Победа «Дурака» подтверждает, что аудитория в Чите думающая — гендиректор фестиваля")
    assert view(rows)[:1] == [("indirect", "Победа «Дурака» подтверждает, что аудитория в Чите думающая",
                               "гендиректор фестиваля", "Лилия Савина", None)]


def test_a_pronoun_before_the_body_names_anyone_is_the_title_s_subject():
    # probe CO (dev, p06): the title names Греф in the nominative, quoting nothing; the lead's «По его
    # словам» and «…, сообщил он» after a clause that names him are his (extractor._lead)
    rows = quotes_of_text(
        "По его словам, отрасль чувствует себя более спокойно, чем в 2015 году\n\nМосква. 27 мая. INTERFAX.RU - "
        "Глава Сбербанка России Герман Греф пока не ожидает каких-то катаклизмов в банковском секторе РФ, "
        "сообщил он на брифинге в пятницу после ежегодного собрания акционеров.",
        title="Герман Греф отверг возможность катаклизмов в банковском секторе РФ")
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [("его", "Герман Греф"), ("он", "Герман Греф")]


def test_a_body_subheading_is_read_as_a_headline():
    """probes BI (dev, p16) and BQ (dev, p05): a line with no closing full stop under the title, «Name:
    words», is the named speaker's as a headline is; a subheading that names no one is no row."""
    rows = quotes_of_text(
        "Цивилев: меры поддержки положительно сказались на угольной отрасли\n\nМеры поддержки угольного "
        "сектора положительно повлияли на отрасль, заявил в разговоре с ТАСС министр энергетики Сергей Цивилев."
        "\n\nИтоги года: добыча выросла на 5%\n\nОтрасль продолжает работать.",
        title="В Минэнерго рассказали, как обстоят дела с угольной отраслью")
    assert view(rows) == [
        ("indirect", "меры поддержки положительно сказались на угольной отрасли", "Цивилев", "Сергей Цивилев", None),
        ("indirect", "Меры поддержки угольного сектора положительно повлияли на отрасль", "Сергей Цивилев",
         "Сергей Цивилев", "заявить")]


def test_the_bodys_first_pronoun_is_the_person_the_title_quotes():
    """probe BQ (dev, p11): the body opens with «— цитирует его РИА Новости» and «По словам министра»,
    the minister named only in the headline «Мурашко: …»."""
    rows = quotes_of_text(
        "«Безусловно, нам необходимо повысить укомплектованность этих территорий медицинскими работниками», — "
        "цитирует его РИА Новости.\n\nПо словам министра, на сегодняшний день в новых регионах страны "
        "функционируют Донецкий и Луганский медицинские университеты.\n\n10 ноября Мурашко сообщил, что российские "
        "врачи провели медицинский осмотр более 12 тыс. детей в ДНР.",
        title="Мурашко: необходимо увеличить численность медработников в новых регионах России")
    assert [(r["field"], r["speaker"], r["speaker_name"]) for r in rows] == [
        ("title", "Мурашко", "Мурашко"), ("body", "его", "Мурашко"), ("body", "министра", "Мурашко"),
        ("body", "Мурашко", "Мурашко")]


@pytest.mark.parametrize("title, body, expected", [
    # probe BB (dev, p01, p02): the name the NER missed at the title's start is the article's person;
    # «Роснефть» in marks is a name inside the headline, no quote of its own
    ('Сечин: "Роснефть" справилась с нестабильностью рынка',
     'Глава "Роснефти" Игорь Сечин на встрече с президентом России Владимиром Путиным рассказал о реакции '
     'компании на нестабильность рынка.',
     [("indirect", '"Роснефть" справилась с нестабильностью рынка', "Сечин", "Игорь Сечин", None)]),
    ("Дворкович: добыча нефти в России в 2015 г. сохранится на прошлогодних уровнях",
     "Об этом в понедельник рассказал вице-премьер правительства России Аркадий Дворкович.",
     [("indirect", "добыча нефти в России в 2015 г. сохранится на прошлогодних уровнях", "Дворкович",
       "Аркадий Дворкович", None)]),
    # probe BY (dev, p10): an organisation's name in quote marks alone before the colon
    ("«Лаборатория Касперского»: Более 70 групп хакеров действуют против России",
     "Против российских структур действуют более 70 хакерских группировок, заявила вице-президент «Лаборатории "
     "Касперского» Анна Кулашова.",
     [("indirect", "Более 70 групп хакеров действуют против России", "Лаборатория Касперского",
       "Лаборатория Касперского", None)]),
    # probe BF (dev, p09): a topic between the name and the colon
    ("Мединский о разгоне Минкульта: Шнуров не понимает, о чем говорит",
     "Министр культуры Владимир Мединский прокомментировал слова музыканта.",
     [("indirect", "Шнуров не понимает, о чем говорит", "Мединский", "Владимир Мединский", None)]),
    # … and before a quote in marks, direct speech: the same one rule reads the topic (names_before_colon.before_topic)
    ("Мединский о разгоне Минкульта: «Шнуров не понимает, о чем говорит»",
     "Министр культуры Владимир Мединский прокомментировал слова музыканта.",
     [("direct", "Шнуров не понимает, о чем говорит", "Мединский", "Владимир Мединский", None)]),
    # probe BM (dev, p03): a descriptor before the colon is the one person the body introduces with it;
    # a descriptor the body introduces no one with is a rubric
    ("Посол РФ об отношениях с США: Мы делаем все абсолютно правильно",
     "Посол РФ в США Анатолий Антонов заявил, что Россия спокойно отстаивает национальные интересы.",
     [("indirect", "Мы делаем все абсолютно правильно", "Посол РФ", "Анатолий Антонов", None)]),
    ("Посол РФ: Мы делаем все абсолютно правильно",
     "Министр иностранных дел Сергей Лавров заявил, что Россия спокойно отстаивает национальные интересы.",
     []),
    # a descriptor before the name, a name in quote marks in it: the name is the speaker, not the body the
    # descriptor names (probe BQ, dev, p08)
    ("Замдиректора «Газпром-медиа» Ханчалян: съемки «Боя с тенью-4» начнутся в 2026 году",
     "Заместитель генерального директора «Газпром-медиа холдинга» Борис Ханчалян сообщил в беседе с ТАСС, что в "
     "2026 году могут начаться съемки фильма.",
     [("indirect", "съемки «Боя с тенью-4» начнутся в 2026 году", "Ханчалян", "Борис Ханчалян", None)]),
    ("Глава Минфина Силуанов: бюджет будет исполнен без дефицита", "Министр финансов Антон Силуанов выступил.",
     [("indirect", "бюджет будет исполнен без дефицита", "Силуанов", "Антон Силуанов", None)]),
    # words with no verb are a topic, not a statement; a rubric is no one the article names (probe BF, p06)
    ("Лавров: итоги года", "Министр иностранных дел Сергей Лавров подвел итоги года.", []),
    ("Видеофакт: спикеры парламента устроили перепалку", "Депутаты поспорили на заседании.", []),
    # probe DA (dev, p03): a modal predicate word («можно урезать») reads as a statement, as a finite verb does
    ("Силуанов: расходы бюджета можно урезать максимум на 10%",
     "Глава Минфина РФ Антон Силуанов заявил в эфире телеканала НТВ о возможности сокращения расходов бюджета не "
     "больше, чем на 10%",
     [("indirect", "расходы бюджета можно урезать максимум на 10%", "Силуанов", "Антон Силуанов", None)]),
    # probe GG (dev, x01): so does a judging one with an infinitive («говорить рано»)
    ("Каспаров: О едином кандидате говорить рано",
     "Делать какие-то сейчас прогнозы о том, кто будет представлять оппозицию на президентских выборах, в "
     "настоящее время рано, считает лидер Объединенного гражданского фронта Гарри Каспаров.",
     [("indirect", "О едином кандидате говорить рано", "Каспаров", "Гарри Каспаров", None)]),
    # probe GB (dev, x12): and a comparative or judging one («лучше», «целесообразно» … with an infinitive)
    ("Костин: приватизировать 10% ВТБ лучше после выборов президента",
     "Президент банка ВТБ Андрей Костин считает целесообразным приватизировать акции банка после выборов.",
     [("indirect", "приватизировать 10% ВТБ лучше после выборов президента", "Костин", "Андрей Костин", None)]),
    # the name after a dash at the headline's end: the words before it (probe BQ, dev, p06); in one pair of
    # marks they are direct; a dash between two names is no speech
    ("Основные автопроизводители запустили конвейеры по производству автомобилей в РФ — Путин",
     "Об этом сообщил президент РФ Владимир Путин в среду на совещании с членами правительства.",
     [("indirect", "Основные автопроизводители запустили конвейеры по производству автомобилей в РФ", "Путин",
       "Владимир Путин", None)]),
    ("«Мы не отступим ни на шаг» — Зеленский", "Президент Украины Владимир Зеленский выступил в Раде.",
     [("direct", "Мы не отступим ни на шаг", "Зеленский", "Владимир Зеленский", None)]),
    ("Матч Россия — Бразилия", "Сборная России сыграла с Бразилией.", []),
    # nothing but dashes before the colon is no name and no descriptor (it once raised IndexError)
    ("— —: Путин заявил, что всё хорошо", "Президент Владимир Путин провел совещание.",
     [("indirect", "всё хорошо", "Путин", "Владимир Путин", "заявить")]),
    # probe DS (dev, p13): a name before the colon is one mention, whatever the tagger calls its word
    # («Александровский», an adjective to it): the words after the colon are his, a name in marks among them
    ("Александровский: «Аэрофлот» перевез в 2024 году 55,3 млн пассажиров",
     "Генеральный директор группы «Аэрофлот» Сергей Александровский подвел итоги года.",
     [("indirect", "«Аэрофлот» перевез в 2024 году 55,3 млн пассажиров", "Александровский",
       "Сергей Александровский", None)]),
    # probe FR (dev, fr02, fr12): a cue with a named subject before the colon says the words after it
    ("Тимошенко ответила Президенту: Полная неадекватность",
     "Премьер-министр Украины Юлия Тимошенко прокомментировала заявление президента.",
     [("indirect", "Полная неадекватность", "Тимошенко", "Юлия Тимошенко", "ответить")]),
    ("Александр Лебедев прокомментировал сообщения СМИ о его встрече с Джонсоном: это фейк-ньюс",
     "Бизнесмен Александр Лебедев опроверг эту информацию.",
     [("indirect", "это фейк-ньюс", "Александр Лебедев", "Александр Лебедев", "прокомментировать")]),
    ("Путин подписал закон: что изменится для водителей", "Президент Владимир Путин подписал закон.", []),
])
def test_a_headline_name_colon_words_is_reported_speech(title, body, expected):
    rows = [r for r in quotes_of_text(body, title=title) if r["field"] == "title"]
    assert view(rows) == expected


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


def test_a_right_mark_at_both_ends_pairs_like_a_straight_one():
    text = "”Защита заявляет о залоге”, - написал он. В то же время ”прокурор возражает”. Фильм “Брат” и ”Брат 2”"
    spans = [text[s.open + 1:s.close] for s in mark_spans(text, ((0, len(text)),))]
    assert spans == ["Защита заявляет о залоге", "прокурор возражает", "Брат", "Брат 2"]


def test_a_straight_mark_stuck_to_a_sentence_end_opens_a_quote_before_a_capital():
    # probe IO (dev, io02): the space after the sentence's full stop is missing; a mark stuck to a full stop before
    # a small letter or a space is no opener
    text = ('Москва становится краше, заявил мэр столицы Сергей Собянин."Те, кто хотел нас обратить в депрессию, сами '
            'находятся в депрессии", - сказал Собянин.')
    assert view(quotes_of_text(text, "Заголовок")) == [
        ("indirect", "Москва становится краше", "Сергей Собянин", "Сергей Собянин", "заявить"),
        ("direct", "Те, кто хотел нас обратить в депрессию, сами находятся в депрессии", "Собянин", "Сергей Собянин",
         "сказать")]
    text = 'Он назвал фильм "Брат." и "Брат 2."'
    assert [text[s.open + 1:s.close] for s in mark_spans(text, ((0, len(text)),))] == ["Брат.", "Брат 2."]


def test_a_labels_bracketed_role_is_no_part_of_the_speakers_name():
    # probe IT (dev, it15): a press conference's lines under «Name (role):»; the question between is nobody's
    text = ('После матча в Магнитогорске главные тренеры команд ответили на вопросы журналистов.\n\nАндрей Назаров '
            '(главный тренер ХК "Донбасс"):\n\n- Хочу поздравить Магнитогорск с победой, настраивались на игру.\n\n'
            '- Прямо перед игрой в составе команды произошла замена Виртанена на Белухина. В чем причины?\n\n'
            '- Он приболел.\n\nМайк Кинэн (главный тренер ХК "Металлург"):\n\n- Очень напряженная игра. Обе команды '
            'старались, играли с большим желанием.')
    assert view(quotes_of_text(text, "Заголовок")) == [
        ("direct", "Хочу поздравить Магнитогорск с победой, настраивались на игру.", "Андрей Назаров",
         "Андрей Назаров", None),
        ("direct", "Прямо перед игрой в составе команды произошла замена Виртанена на Белухина. В чем причины?", None,
         None, None),
        ("direct", "Он приболел.", "Андрей Назаров", "Андрей Назаров", None),
        ("direct", "Очень напряженная игра. Обе команды старались, играли с большим желанием.", "Майк Кинэн",
         "Майк Кинэн", None)]


def test_a_spokesperson_is_only_one_introduced_so_never_the_last_man_named():
    # probe IQ (dev, iq11): speech_cues.tsv `spokesperson`, as the lexicon says
    text = ('Новый мэр Иркутска избран вместо Виктора Кондрашова. "Депутаты думы Иркутска избрали мэром своего '
            'председателя Дмитрия Бердникова", - сообщил сотрудник пресс-службы. Официальный представитель МИД Мария '
            'Захарова провела брифинг. "Мы ответим", - сказала представитель ведомства.')
    assert view(quotes_of_text(text, "Заголовок")) == [
        ("direct", "Депутаты думы Иркутска избрали мэром своего председателя Дмитрия Бердникова",
         "сотрудник пресс-службы", None, "сообщить"),
        ("direct", "Мы ответим", "представитель ведомства", "Мария Захарова", "сказать")]


def test_a_lead_that_sums_up_a_match_with_its_score_introduces_the_quote_after_it():
    # probe IO (dev, io08): «подвел итоги» is a noun of saying's verb (speech_cues.tsv `noun`), and a score's colon
    # is no colon of the lead's own (introducers._introduces); the quote runs over a paragraph break
    text = ("Главный тренер сборной Гондураса Луис Фернандо Суарес подвел итоги матча 1-го тура группового этапа "
            "ЧМ-2014 против Франции (0:3).\n\n«Мы не ожидали, что окажемся в меньшинстве и потеряем игрока из-за "
            "травмы.\n\nА так во втором тайме сборная Франции намного нас превзошла»")
    assert view(quotes_of_text(text, "Заголовок")) == [
        ("direct", "Мы не ожидали, что окажемся в меньшинстве и потеряем игрока из-за травмы.", "Луис Фернандо Суарес",
         "Луис Фернандо Суарес", "подвести"),
        ("direct", "А так во втором тайме сборная Франции намного нас превзошла", None, "Луис Фернандо Суарес", None)]


def test_mark_spans_never_cross_a_paragraph():
    text = "«Открытая кавычка\n\nи дальше» текст"
    assert mark_spans(text, ((0, 17), (19, len(text)))) == []


def test_a_quote_a_paragraph_break_cuts_is_two_spans_when_the_author_speaks_after_it():
    text = "«Россия не может дотянуться.\n\nЗдесь надо отметить роль Украины», — указал Речан."
    spans = mark_spans(text, ((0, 28), (30, len(text))))
    assert [(text[s.open + 1:s.close], s.broken) for s in spans] == [
        ("Россия не может дотянуться.", True), ("Здесь надо отметить роль Украины", False)]


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, at = [], 0
    for p in text.split("\n\n"):
        bounds.append((at, at + len(p)))
        at += len(p) + 2
    return bounds


def test_a_quote_paragraph_breaks_cut_runs_on_to_the_mark_that_closes_it():
    """Pairs inside its later paragraphs are nested in it; a paragraph that opens a pair it does not
    close, or a close with more text after it, is no such quote."""
    text = "«Я не работаю в «Мариуполе».\n\nМне приятно, что «Мариуполь» на третьем месте.\n\nЯ оставляю команду»."
    spans = mark_spans(text, _paragraph_bounds(text))
    assert [(text[s.open + 1:s.close], s.broken, s.depth) for s in spans] == [
        ("Я не работаю в «Мариуполе».", True, 0), ("Мариуполе", False, 1),
        ("Мне приятно, что «Мариуполь» на третьем месте.", True, 0), ("Мариуполь", False, 1),
        ("Я оставляю команду", False, 0)]
    for cut in ("«Я не работаю.\n\nМне приятно, что «Мариуполь на третьем месте.\n\nЯ оставляю команду».",
                "«Я не работаю.\n\nЯ оставляю команду», и тренер ушел.",
                '"Я не работаю.\n\nЯ оставляю команду", и тренер ушел.',
                '"Я не работаю.\n\nМне приятно, что "Мариуполь на третьем месте.\n\nЯ оставляю команду".'):
        assert not any(s.broken for s in mark_spans(cut, _paragraph_bounds(cut)) if s.open == 0)


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



@pytest.mark.parametrize("title, body, expected", [
    # probe DW (dev, p16): a title's words in marks, no speaker there, that the body quotes with its speaker
    ("«Лед не убирали с декабря»: в Нижнем Новгороде осудили директора УК",
     "Дочь погибшей Елена Гущина пришла на оглашение приговора. «Лед не убирали с декабря. Мама каждый день "
     "ходила мимо этого дома», — сказала она журналистам.",
     [("title", "direct", "Лед не убирали с декабря", None, "Елена Гущина"),
      ("body", "direct", "Лед не убирали с декабря. Мама каждый день ходила мимо этого дома", "она",
       "Елена Гущина")]),
    # probe DW (dev, p05): an interview's answer with no speaker found repeats the title's quote: its speaker
    ("Медведев после поражения от Надаля: «Ребенок во мне перестал мечтать»",
     "Даниил Медведев проиграл Рафаэлю Надалю в финале.\n\n— Вы говорили, что мечтали о таком финале?\n\n"
     "— Ребенок во мне перестал мечтать. Теперь я буду играть для себя.",
     [("title", "direct", "Ребенок во мне перестал мечтать", "Медведев", "Даниил Медведев"),
      ("body", "direct", "Вы говорили, что мечтали о таком финале?", None, None),
      ("body", "direct", "Ребенок во мне перестал мечтать. Теперь я буду играть для себя.", None,
       "Даниил Медведев")]),
    # a name in marks the body also quotes is no quote of the title's: fewer than three words
    ("«Спартак» проиграл «Зениту»", "Тренер Деян Станкович заявил, что «Спартак» сыграл плохо.",
     [("body", "indirect", "«Спартак» сыграл плохо", "Деян Станкович", "Деян Станкович")]),
])
def test_a_title_quote_the_body_repeats_has_one_speaker(title, body, expected):
    rows = quotes_of_text(body, title=title)
    assert [(q["field"], q["kind"], q["text"], q["speaker"], q["speaker_name"]) for q in rows] == expected


# eighteenth round (docs/quotes.md §7): each case fails on dd58da3
def test_a_head_of_a_company_is_the_person_introduced_as_its_director():
    """probe GB (dev, x08): «глава «Роснефти»» is the one introduced as the company's «директор» (speech_cues.tsv:
    «глава» → «директор», «гендиректор»), not the president named before him."""
    rows = quotes_of_text("Два дня назад президент Владимир Путин принимал в Кремле исполнительного директора "
                          "«Роснефти» Игоря Сечина. «Мы за это решение», - сказал глава «Роснефти».")
    assert view(rows) == [(D, "Мы за это решение", "глава «Роснефти»", "Игорь Сечин", "сказать")]


def test_one_straight_mark_closing_an_inner_and_an_outer_quote_closes_both():
    """probe GB (dev, x03, x09): «"… а "кувыркается", - сказал …»: the mark before the author's words (or the
    paragraph's end) closes the inner quote and the outer one; the next quote pairs its own marks."""
    rows = quotes_of_text(
        "Александр Лукашенко намерен разобраться, почему не работает Шкловский завод газетной бумаги. \"Я через пару "
        "дней разберусь, почему завод до сих пор не работает, а \"кувыркается\", - сказал Александр Лукашенко. "
        "\"Уверен, что мы наладим производство. Сегодня есть желающие купить бумагу по хорошим ценам\", - сказал "
        "глава государства.")
    assert [(q["kind"], q["text"], q["speaker_name"]) for q in rows] == [
        (D, "Я через пару дней разберусь, почему завод до сих пор не работает, а \"кувыркается",
         "Александр Лукашенко"),
        (D, "Уверен, что мы наладим производство. Сегодня есть желающие купить бумагу по хорошим ценам",
         "Александр Лукашенко")]
    title = "Гус Хиддинк: \"Очень непросто, когда вся Россия говорит: \"Это матч для Аршавина!\""
    assert [(q["field"], q["kind"], q["text"], q["speaker_name"]) for q in quotes_of_text("Гус Хиддинк дал интервью.",
                                                                                         title)] == [
        ("title", D, "Очень непросто, когда вся Россия говорит: \"Это матч для Аршавина!", "Гус Хиддинк")]


@pytest.mark.parametrize("title, speaker", [
    # probe GB (dev, x14): a predicate adjective that agrees with the noun opening the words, the copula left out
    ("Губернатор Челябинской области Михаил Юревич: Ситуация с автозаводом «Урал» тяжелая", "Михаил Юревич"),
    # probe GB (dev, x01): a first-person possessive (quote_words.tsv `possessive-first`)
    ("Соболенко: спасибо всей моей команде, она самая лучшая в туре", "Арина Соболенко"),
])
def test_a_headline_s_words_with_no_verb_are_its_names_speech(title, speaker):
    """A headline «Name: words» whose words hold no verb is the name's reported speech when they still read as a
    statement: a predicate with no verb, or a first-person word only a speaker writes (headline._said)."""
    body = ("Арина Соболенко выиграла Australian Open. Губернатор Челябинской области Михаил Юревич посетил Миасс.")
    rows = [q for q in quotes_of_text(body, title) if q["field"] == "title"]
    assert [(q["kind"], q["text"], q["speaker_name"]) for q in rows] == [(I, title.split(": ", 1)[1], speaker)]


def test_a_headline_s_noun_phrase_is_no_speech():
    """A headline «Name: words» whose words are a noun phrase, an adjective before its noun, is a rubric."""
    assert quotes_of_text("Арина Соболенко выиграла Australian Open.", "Соболенко: лучшая теннисистка года") == ()


def test_a_descriptor_of_a_country_is_no_one_introduced_with_another_post_and_no_country():
    """probe FJ (dev, fj04): «Президент Кубы назвал …» is not «Сенатор Густаво Петро», introduced with another post
    and tied to no country, though he is the only man the article goes on about (coreference.antecedent: the
    genitive's country counts as the adjective's, `descriptors.owner_countries`)."""
    body = ("Сенатор Густаво Петро побеждает во втором туре выборов президента Колумбии. Господина Петро поздравили "
            "лидеры ряда иностранных государств. Президент Кубы назвал его победу «исторической и всенародной». "
            "Президент Мексики Андрес Мануэль Лопес Обрадор назвал победу господина Петро «концом проклятия».")
    assert [(q["text"], q["speaker_name"]) for q in quotes_of_text(body)] == [
        ("исторической и всенародной", None), ("концом проклятия", "Андрес Мануэль Лопес Обрадор")]


def test_a_title_s_head_of_a_ministry_by_its_short_name_is_its_minister():
    """probe GK (dev, gk16): «… – глава Минобразования»: a ministry's short name (org_words.tsv `state_body`
    «минобразования») is a «министерство», so its head is the minister the body introduces, not the ministry
    (descriptors._compound_posts)."""
    body = "Крымский центр будет перенесен в Херсон, сообщил министр образования и науки Украины Сергей Квит."
    rows = quotes_of_text(body, title="Крымский центр переведут в Херсон – глава Минобразования")
    assert [(r["field"], r["speaker_name"]) for r in rows] == [("title", "Сергей Квит"), ("body", "Сергей Квит")]


def test_a_title_s_descriptor_of_a_name_in_the_genitive_is_the_body_s_person():
    """probe GK (dev, gk02): «Адвокат Лурье: …»: a name in the genitive after the descriptor is whose the descriptor
    is, not the speaker's name (names_before_colon.descriptor_then_name); the body introduces the lawyer."""
    body = ("Певица Лариса Долина ни разу не извинилась перед Полиной Лурье. Об этом рассказала адвокат Лурье "
            "Светлана Свириденко в беседе с РИА Новости.")
    rows = quotes_of_text(body, title="Адвокат Лурье: Долина впервые извинилась на телевидении из-за резонанса")
    assert [(r["field"], r["speaker_name"]) for r in rows] == [("title", "Светлана Свириденко"),
                                                             ("body", "Светлана Свириденко")]


def test_the_head_of_a_ministry_is_the_minister_of_the_state():
    """probe GB (dev, x11): «глава Минфина» (a «министерство»'s head, `descriptors._compound_posts`) is «Министр
    финансов РФ Антон Силуанов»: a state he is introduced with is no other body than the ministry."""
    body = ("Министр финансов РФ Антон Силуанов заявил, что расходы на оборону являются приоритетом бюджета.\n\n"
            "«Расходы на инфраструктуру растут», - указал глава Минфина.")
    assert [r["speaker_name"] for r in quotes_of_text(body)] == ["Антон Силуанов", "Антон Силуанов"]


# twenty-first round (docs/quotes.md §7): each case fails on 29efcdc
def test_an_interview_nothing_attributes_is_answered_by_the_one_the_title_quotes():
    """probe GQ (dev, gq04): «Курбан Бердыев: "…"» over questions and answers that no paragraph introduces, no
    author's words attribute and no question addresses by a name tagged in the body: the answers are the one
    person the title quotes; `speaker` stays empty, since the body writes no name (dialogue._answers)."""
    title = "Курбан Бердыев: \"Искренней похвалы не боюсь\""
    body = ("Снова база \"Рубина\". Снова кабинет главного тренера и наши диктофоны перед ним.\n\n"
            "- Когда заснули ночью после второго золота?\n\n"
            "- Да практически не спал.\n\n"
            "- На нервах или дела какие-то были?\n\n"
            "- На нервах. Да и Киев на носу, готовиться надо.")
    rows = quotes_of_text(body, title=title)
    assert [(r["field"], r["text"], r["speaker"], r["speaker_name"]) for r in rows] == [
        ("title", "Искренней похвалы не боюсь", "Курбан Бердыев", "Курбан Бердыев"),
        ("body", "Когда заснули ночью после второго золота?", None, None),
        ("body", "Да практически не спал.", None, "Курбан Бердыев"),
        ("body", "На нервах или дела какие-то были?", None, None),
        ("body", "На нервах. Да и Киев на носу, готовиться надо.", None, "Курбан Бердыев")]


def test_whom_citing_quotes_comes_after_an_outlet_in_marks():
    """probe GQ (dev, gq12): «цитирует издание «Интерфакс» Эллу Памфилову»: the person after the outlet's name in
    marks is whom «цитировать» quotes; the outlet only relays (subjects._after_cue passes over a name in marks)."""
    body = ("Таких случаев сегодня не происходило, цитирует издание «Интерфакс» Эллу Памфилову.\n\n"
            "«Нарушений мы не зафиксировали», — цитирует «Интерфакс» Эллу Памфилову.")
    assert view(quotes_of_text(body)) == [
        (I, "Таких случаев сегодня не происходило", "Эллу Памфилову", "Элла Памфилова", "цитировать"),
        (D, "Нарушений мы не зафиксировали", "Эллу Памфилову", "Элла Памфилова", "цитировать")]


# twenty-second round (docs/quotes.md §7): each case fails on 02cde3e
@pytest.mark.parametrize("body, expected", [
    # probe GV (dev, gv05): «как отметил X» inside the sentence: the clause runs round the phrase, as with «по
    # словам X» (phrases.as_said through _phrase_clause_start)
    ("При этом страну в общей сложности, как отметил министр экономики Геворг Папоян, посетили 1 млн. 721 тыс. 245 "
     "человек.",
     [(I, "При этом страну в общей сложности, как отметил министр экономики Геворг Папоян, посетили 1 млн. 721 тыс. "
          "245 человек", "Геворг Папоян", "Геворг Папоян", "отметить")]),
    ("Рабочие вышли на забастовку, как сообщил Иван Петров, из-за невыплаты зарплаты.",
     [(I, "Рабочие вышли на забастовку, как сообщил Иван Петров, из-за невыплаты зарплаты", "Иван Петров",
       "Иван Петров", "сообщить")]),
    # opening the sentence, or a clause joined by «но», the phrase still comes before its clause
    ("Как подчеркнул президент РФ Дмитрий Медведев, установление летнего времени будет полезным.",
     [(I, "установление летнего времени будет полезным", "Дмитрий Медведев", "Дмитрий Медведев", "подчеркнуть")]),
    ("Компания выросла на 10%, но, как отметил Иван Петров, рост замедлился.",
     [(I, "рост замедлился", "Иван Петров", "Иван Петров", "отметить")]),
])
def test_as_said_inside_a_sentence_reports_the_whole_sentence(body, expected):
    assert view(quotes_of_text(body)) == expected


def test_a_headline_topic_may_hold_a_name_in_straight_quote_marks():
    """probe GV (dev, gv09): «Loreen об очередной победе на "Евровидении": …»: a name in straight marks ("") in the
    topic, as one in «» could stand there, leaves the headline «Name о topic: words» (headline._NAME_COLON)."""
    title = 'Цой о победе на "Евровидении": я невероятно благодарен всем вам'
    body = "Лидер группы Виктор Цой выступил в Лондоне. Цой вышел на сцену последним."
    rows = quotes_of_text(body, title=title)
    assert [(r["field"], r["kind"], r["text"], r["speaker"], r["speaker_name"]) for r in rows] == [
        ("title", I, "я невероятно благодарен всем вам", "Цой", "Виктор Цой")]


@pytest.mark.parametrize("body, expected", [
    # probe GV (dev, gv15): a news outlet parsed as the cue's subject, with a descriptor that names someone right
    # after it, is whom that person told (subjects._told_outlet, for the parsed subject too)
    ("Победа российской гимнастки Ангелины Мельниковой, которая во второй раз стала абсолютной чемпионкой мира, "
     "является заслуженной, заявила NEWS.ru двукратная олимпийская чемпионка в упражнениях на брусьях Алия Мустафина.",
     [(I, "Победа российской гимнастки Ангелины Мельниковой, которая во второй раз стала абсолютной чемпионкой мира, "
          "является заслуженной", "Алия Мустафина", "Алия Мустафина", "заявить")]),
    # a descriptor that names no one stays the outlet's (probe GO, dev, go08)
    ("«Никакой политической подоплеки в деле нет», — уверил РБК собеседник, близкий к руководству партии.",
     [(D, "Никакой политической подоплеки в деле нет", "РБК", "РБК", "уверить")]),
])
def test_an_outlet_told_by_a_named_descriptor_is_not_the_speaker(body, expected):
    assert view(quotes_of_text(body)) == expected


# twenty-third round (docs/quotes.md §7): each case fails on eb6552b
@pytest.mark.parametrize("body, expected", [
    # probe HA (dev, ha01): «по его наблюдениям», «по его убеждению», «по его заверениям» open reported speech as
    # «по его словам» does (speech_cues.tsv `phrase`)
    ("Никита Михалков возмущен. По его наблюдениям, актеры сегодня устраивают пробы режиссерам.",
     [(I, "актеры сегодня устраивают пробы режиссерам", "его", "Никита Михалков", "по наблюдениям")]),
    ("Министр финансов Антон Силуанов выступил в Думе. По его заверениям, бюджет будет исполнен.",
     [(I, "бюджет будет исполнен", "его", "Антон Силуанов", "по заверениям")]),
])
def test_a_phrase_of_observation_or_assurance_opens_reported_speech(body, expected):
    assert view(quotes_of_text(body)) == expected


def test_a_headline_adjective_after_its_topic_is_a_nominal_predicate():
    """probe HA (dev, ha02): «Гус Хиддинк: относительно Аршавина и Жиркова прогнозы неутешительные»: the adjective
    that ends the words agrees with the nominative noun before it, after a phrase of what it is about (the copula
    left out), so the words are the name's speech (headline._nominal_predicate)."""
    title = "Гус Хиддинк: относительно Аршавина и Жиркова прогнозы неутешительные"
    body = "Главный тренер сборной России Гус Хиддинк провел пресс-конференцию в Санкт-Петербурге."
    rows = quotes_of_text(body, title=title)
    assert [(r["field"], r["kind"], r["text"], r["speaker_name"]) for r in rows] == [
        ("title", I, "относительно Аршавина и Жиркова прогнозы неутешительные", "Гус Хиддинк")]


def test_an_interview_announced_with_adjectives_is_its_persons_and_so_is_its_titles_descriptor():
    """probe HA (dev, ha09): «Большое интервью Николая Голдобина» before the lines: the genitive of an interview noun
    after its adjectives answers them (dialogue._conference); the title «"…". Русский форвард «Ванкувера» — о …»
    quotes the descriptor before the dashed topic (headline._MARKS_DOT), who is the one interviewed, since the
    body introduces no one with it (headline._interviewed), not «Ванкувер», whose forward he is."""
    title = ("«В НХЛ из меня хотели сделать дуболома, но я не сдался». Русский форвард «Ванкувера» — о стиле, "
             "татуировках и Панарине")
    body = ("Большое интервью Николая Голдобина\n\n"
            "— Вы до сих пор не подписали новый контракт с «Ванкувером». В чем проблема?\n\n"
            "— Я сам стараюсь об этом не думать. Вопрос решает мой новый агент.\n\n"
            "— Приоритетом является долгосрочное соглашение?\n\n"
            "— Нет, хочется подписаться на год.")
    rows = quotes_of_text(body, title=title)
    assert [(r["field"], r["kind"], r["text"], r["speaker_name"]) for r in rows] == [
        ("title", D, "В НХЛ из меня хотели сделать дуболома, но я не сдался", "Николай Голдобин"),
        ("body", D, "Вы до сих пор не подписали новый контракт с «Ванкувером». В чем проблема?", None),
        ("body", D, "Я сам стараюсь об этом не думать. Вопрос решает мой новый агент.", "Николай Голдобин"),
        ("body", D, "Приоритетом является долгосрочное соглашение?", None),
        ("body", D, "Нет, хочется подписаться на год.", "Николай Голдобин")]


def test_a_bracketed_abbreviation_between_a_post_and_its_holder_leaves_him_introduced_with_it():
    """probe GY (dev, gy11): «руководитель Госкомитета национальной безопасности (ГКНБ) Орозбек Опумбаев»: the words
    of a bracketed abbreviation do not count in the five words before a name that may introduce it
    (descriptors._before), so «глава ГКНБ» is he, not the last person named."""
    body = ("Руководитель Госкомитета национальной безопасности (ГКНБ) Орозбек Опумбаев заявил, что события "
            "оцениваются как попытка госпереворота. Опумбаев считает, что за этими действиями стоит экс-президент "
            "Алмазбек Атамбаев. «Я официально заявляю о его умыслах», — подчеркнул глава ГКНБ.")
    assert view(quotes_of_text(body)) == [
        (I, "события оцениваются как попытка госпереворота", "Орозбек Опумбаев", "Орозбек Опумбаев", "заявить"),
        (I, "за этими действиями стоит экс-президент Алмазбек Атамбаев", "Опумбаев", "Орозбек Опумбаев", "считать"),
        (D, "Я официально заявляю о его умыслах", "глава ГКНБ", "Орозбек Опумбаев", "подчеркнуть")]


def test_a_cues_second_predicate_after_an_adverb_ends_the_reported_clause():
    """probe HA (dev, ha10): «сообщил, что …, и вновь рассказал о …»: an adverb between the coordinator and the cue's
    second predicate leaves it the cue's (indirect._clause_end)."""
    body = ("Президент России Владимир Путин сообщил, что объединение России и Белоруссии в единое государство не "
            "планируется, и вновь рассказал о выходе из экономического кризиса.")
    assert view(quotes_of_text(body)) == [
        (I, "объединение России и Белоруссии в единое государство не планируется", "Владимир Путин",
         "Владимир Путин", "сообщить")]


@pytest.mark.parametrize("title, quoted", [
    # probe HA (dev, ha01): words in marks that are the subject of the headline's verb name something (a film)
    ('"Утомленные солнцем-2" выйдут на экраны через полтора года', []),
    # words in marks the body quotes again are the body speaker's (echoes), a subject of none
    ("Глава Сбербанка ориентируется на «более негативный сценарий»", ["более негативный сценарий"]),
])
def test_a_title_name_in_marks_the_body_repeats_is_no_quote(title, quoted):
    body = ('Никита Михалков надеется, что его фильм "Утомленные солнцем-2" выйдет на экраны через полтора года. '
            "Глава Сбербанка Герман Греф заявил, что банк ориентируется на «более негативный сценарий».")
    assert [r["text"] for r in quotes_of_text(body, title=title) if r["field"] == "title"] == quoted


@pytest.mark.parametrize("body, expected", [
    # probe GY (dev, gy10): a descriptor whose genitive is a news outlet, a media noun or an outlet's name, is the
    # outlet's source, whom it does not name: no one, not the last person named (speakers._outlets_source)
    ("Юрий Лужков умер в Мюнхене. По словам собеседника агентства, Лужков находился в Европе.",
     [(I, "Лужков находился в Европе", "собеседника агентства", None, "по словам")]),
    ("Юрий Лужков умер в Мюнхене. Как рассказал собеседник РИА Новости, Лужков находился в Европе.",
     [(I, "Лужков находился в Европе", "собеседник РИА Новости", None, "рассказать")]),
    # a descriptor of a body is still resolved
    ("Министр Юрий Лужков прилетел в Мюнхен. Глава министерства сообщил, что прибыл с рабочим визитом.",
     [(I, "прибыл с рабочим визитом", "Глава министерства", "Юрий Лужков", "сообщить")]),
])
def test_an_outlets_source_is_no_one_named(body, expected):
    assert view(quotes_of_text(body)) == expected


# twentyfourth round (docs/quotes.md §7): each case fails on 207d589
def test_a_business_descriptor_is_the_person_introduced_with_its_synonym():
    """probe HD (dev, hd13): «миллиардер Олег Дерипаска» … «предприниматель высказался»: a businessman's nouns are
    synonyms (speech_cues.tsv `descriptor` бизнесмен, предприниматель, миллиардер, миллионер, олигарх), so the
    descriptor is the one introduced with its synonym, not the last man named."""
    body = ("Миллиардер Олег Дерипаска попал под санкции ЕС. Об этом сообщил министр Иван Петров. Предприниматель "
            "заявил, что санкции незаконны.")
    assert view(quotes_of_text(body)) == [
        (I, "Миллиардер Олег Дерипаска попал под санкции ЕС", "Иван Петров", "Иван Петров", "сообщить"),
        (I, "санкции незаконны", "Предприниматель", "Олег Дерипаска", "заявить")]


def test_a_descriptor_of_a_body_serving_a_post_is_not_that_posts_holder():
    """probe HD (dev, hd01): «глава медцентра управления делами президента» serves the president down a chain of
    unnamed bodies, so he is not the president the article named (speakers._owner walks the chain); «Глава
    государства» still is."""
    body = ("Первый президент России Борис Ельцин скончался в понедельник. Как уточнил глава медцентра управления "
            "делами президента, Ельцин скончался от сердечной недостаточности.")
    assert view(quotes_of_text(body)) == [
        (I, "Ельцин скончался от сердечной недостаточности", "глава медцентра управления делами президента", None,
         "уточнить")]
    body = "Президент России Владимир Путин провел совещание. Глава государства отметил, что ситуация стабильна."
    assert view(quotes_of_text(body)) == [
        (I, "ситуация стабильна", "Глава государства", "Владимир Путин", "отметить")]


# twentyfifth round (docs/quotes.md §7): each case fails on 94579ba
@pytest.mark.parametrize("title, body, expected", [
    # probe HF (dev, hf04): ««Тюмень» ничего не сделала …»» written with one of its two opening marks dropped: the
    # closing mark no mark opens closes the quote that the name in quote marks opens (marks._merged_opening)
    ("Карпин: «Тюмень» ничего не сделала для победы, мы были лучше»", "Тренер Валерий Карпин недоволен.",
     [(D, "«Тюмень» ничего не сделала для победы, мы были лучше", "Карпин", "Валерий Карпин", None)]),
    ("Итоги тура", "«Зенит» был сильнее, мы проиграли заслуженно», — сказал Валерий Карпин.",
     [(D, "«Зенит» был сильнее, мы проиграли заслуженно", "Валерий Карпин", "Валерий Карпин", "сказать")]),
    # probe HK (dev, hk07): straight marks alike
    ("Итоги года", 'Борис Акунин пояснил: "Аристономия", в отличие от всех других моих книжек, не сюжетная. Я '
     'написал его для себя".',
     [(D, '"Аристономия", в отличие от всех других моих книжек, не сюжетная. Я написал его для себя',
       "Борис Акунин", "Борис Акунин", "пояснить")]),
    # a name in quote marks inside a sentence, and a pair after the stray mark, open no quote
    ("Итоги тура", "Команда обыграла «Зенит» в гостях». Тренер Валерий Карпин доволен.", []),
    ("Итоги года", 'Книга "Аристономия" вышла в мае". Автор Борис Акунин доволен.', []),
])
def test_a_quote_opening_with_a_name_in_quote_marks_shares_its_opening_mark(title, body, expected):
    assert view(quotes_of_text(body, title)) == expected


def test_a_dialogue_line_trailing_off_in_three_dots_is_a_line():
    """probe HK (dev, hk08): «– Да уж, неприятное...» among dialogue lines is a line, verb or not, as one trailing
    off in «…» is; the interviewer's questions stay quotes with no speaker (docs/quotes.md §6)."""
    body = ("Главный тренер сборной России Зинэтула Билялетдинов сообщил, что разочарован игрой.\n\n"
            "– Это самое обидное поражение в вашей карьере?\n\n"
            "– Да уж, неприятное...\n\n"
            "– Кто вас конкретно разочаровал?\n\n"
            "– Меня вся игра команды разочаровала. Они с первых минут играли правильно, – сказал Билялетдинов.")
    assert view(quotes_of_text(body)) == [
        (I, "разочарован игрой", "Зинэтула Билялетдинов", "Зинэтула Билялетдинов", "сообщить"),
        (D, "Это самое обидное поражение в вашей карьере?", None, None, None),
        (D, "Да уж, неприятное...", "Зинэтула Билялетдинов", "Зинэтула Билялетдинов", "сообщить"),
        (D, "Кто вас конкретно разочаровал?", None, None, None),
        (D, "Меня вся игра команды разочаровала. Они с первых минут играли правильно", "Билялетдинов",
         "Зинэтула Билялетдинов", "сказать")]


def test_a_sentence_opening_with_such_a_forecast_tells_the_sentence_before():
    """probe HK (dev, hk02): «С таким оптимистичным прогнозом выступил … Греф» tells the sentence before, as «Об
    этом заявил X» does (telling._with_noun: «с», a cue-object's determiner and noun, adjectives between); «и. о.
    министра» written with spaces is one word, as «и.о.» is (nlp._joined_abbreviations), so «По прогнозам и. о.
    министра, …» is his."""
    body = ("За первые 9 месяцев этого года инфляция в России составит 7%. С таким оптимистичным прогнозом выступил "
            "сегодня исполняющий обязанности министра экономического развития Герман Греф. По прогнозам и. о. "
            "министра, в сентябре цены вырастут на 0,3–0,4%.")
    assert view(quotes_of_text(body)) == [
        (I, "За первые 9 месяцев этого года инфляция в России составит 7%", "Герман Греф", "Герман Греф",
         "выступить"),
        (I, "в сентябре цены вырастут на 0,3–0,4%", "и. о. министра", "Герман Греф", "по прогнозам")]


def test_a_reported_clause_ends_before_the_authors_words():
    """probe HK (dev, hk14): a reported clause inside speech the author's words end («…, — сообщил X») stops at
    their comma and dash (indirect_rows), not at the sentence's end."""
    body = "Мэр Илья Середюк ответил на вопросы.\n\nЖители говорят, что дворы грязные, — сообщил Илья Середюк."
    assert view(quotes_of_text(body)) == [(I, "дворы грязные", "Жители", None, "говорить")]


def test_a_specialist_is_the_coach_introduced_before():
    """probe HK (dev, hk04): sports news calls a coach «специалист» («По мнению голландского специалиста, …» after
    «Наставник россиян Гус Хиддинк»): speech_cues.tsv `descriptor` специалист → тренер, наставник."""
    body = ("Наставник россиян Гус Хиддинк заявил, что ничего не решено. По мнению голландского специалиста, словенцы "
            "будут атаковать.")
    assert view(quotes_of_text(body)) == [
        (I, "ничего не решено", "Гус Хиддинк", "Гус Хиддинк", "заявить"),
        (I, "словенцы будут атаковать", "голландского специалиста", "Гус Хиддинк", "по мнению")]


def test_the_authors_dash_before_about_this_tells_the_words_before_it():
    """probe HP (dev, hp01): «<words>, — об этом он заявил» in one sentence tells the words before the comma, as
    «…, об этом заявили в Следкоме» does (reported._told_after_comma), with a dash after the comma, stuck to it
    («,-об») or not; the parser hangs the words' own subject «Обстановка» on the cue, and the speaker is the cue's
    subject after «об этом» (reported._subject_after)."""
    body = ("Губернатор Иван Петров провел пресс-конференцию. Обстановка в области остается стабильной и спокойной,"
            " — об этом он заявил сегодня журналистам. Ситуация в городе стабильная,-об этом он заявил вчера.")
    assert view(quotes_of_text(body)) == [
        (I, "Обстановка в области остается стабильной и спокойной", "он", "Иван Петров", "заявить"),
        (I, "Ситуация в городе стабильная", "он", "Иван Петров", "заявить")]


def test_about_this_with_no_subject_after_it_tells_nothing():
    """Guard: with no subject after «об этом», the one before it is the told words' own, and no speaker: «Ситуация
    … стабильная, об этом говорилось вчера» gives no row."""
    body = "Ситуация в городе стабильная, об этом говорилось вчера."
    assert view(quotes_of_text(body)) == []


def test_a_news_service_is_a_news_outlet():
    """probes HP (dev, hp11) and HK (dev, hk13): «Общественная служба новостей» is an outlet (speech_cues.tsv media
    «новостей», the genitive such names hold beside «РИА Новости»): what it wrote is no one's quote."""
    body = ("Ранее Общественная служба новостей писала о том, что локдауны в Европе серьезно ударили по нефтегазовым "
            "доходам России.")
    assert view(quotes_of_text(body)) == []


def test_said_in_a_named_body_not_in_turn():
    """probe HI (dev, hi12): «В свою очередь в МИД России заявили, что …»: of the verb's «в» phrases the one that
    names a body or a place is where it was said (subjects.place_of_statement), not «в свою очередь»."""
    body = "В свою очередь в МИД России заявили, что переговоры зашли в тупик."
    assert view(quotes_of_text(body)) == [(I, "переговоры зашли в тупик", "МИД", "МИД России", "заявить")]


def test_the_comment_of_a_person_an_outlet_passes_on_is_theirs():
    """probe HU (dev, hu07): «приводит комментарий X» passes on X's words as «приводит слова X» does (quote_words.tsv
    `words`: комментарий, мнение, цитата, реплика); the outlet or site that relays them is no speaker."""
    body = ('"Соперник играл гораздо лучше нас. Мы создавали моменты, но не смогли забить", - приводит комментарий '
            'Быкова официальный сайт ИИХФ. РБК Daily приводит мнение Грефа о том, что темпы роста экономики очень '
            'низкие.')
    assert view(quotes_of_text(body)) == [
        (D, "Соперник играл гораздо лучше нас. Мы создавали моменты, но не смогли забить", "Быкова", "Быков",
         "приводить"),
        (I, "темпы роста экономики очень низкие", "Грефа", "Греф", "мнение")]


def test_said_this_tells_the_sentence_before():
    """probe HU (dev, hu08): a sentence whose first verb, a cue, takes «это» as its object («он заявил это на
    форуме», «Это подтвердил муж актрисы …») tells the sentence before it, as «Об этом заявил X» does
    (telling._said_this); «знает это» is no cue, and a sentence before with its own clause keeps it."""
    body = ("Герман Греф не понимает, чем правительство планирует заниматься в 2014 году. Как передает корреспондент "
            "Firstnews, он заявил это на Гайдаровском форуме. Цены на нефть вырастут. Министр знает это давно. "
            "Министр Антон Силуанов считает, что бюджет сбалансирован. Он сказал это журналистам в среду.")
    assert view(quotes_of_text(body)) == [
        (I, "Герман Греф не понимает, чем правительство планирует заниматься в 2014 году", "он", "Герман Греф",
         "заявить"),
        (I, "бюджет сбалансирован", "Антон Силуанов", "Антон Силуанов", "считать")]


def test_a_year_abbreviation_may_end_a_sentence():
    """probe HU (dev, hu08): razdel never ends a sentence after «г.»; after a year, a capitalised function word or
    pronoun opens the next one (nlp._year_ends), so «… в 2014 г. Как передает …, он заявил это» tells the sentence
    before it; a name after «г.» does not («В 2014 г. Россия …» stays one sentence)."""
    body = ("Герман Греф не понимает, чем правительство планирует заниматься в 2014 г. Как передает корреспондент "
            "Firstnews, он заявил это на Гайдаровском форуме. В 2014 г. Россия присоединила Крым, заявил Иван Петров.")
    assert view(quotes_of_text(body)) == [
        (I, "Герман Греф не понимает, чем правительство планирует заниматься в 2014 г", "он", "Герман Греф",
         "заявить"),
        (I, "В 2014 г. Россия присоединила Крым", "Иван Петров", "Иван Петров", "заявить")]


def test_an_interview_answer_after_a_question_and_its_stage_direction():
    """probe HU (dev, hu10): in a run of dialogue lines the line right after a question is its answer, verb or not
    («– За «Зенит», конечно.»); a stage direction opening a line («(Усмехается)», a verb alone in brackets) is the
    author's, cut from the answer, and no person's name (spans.stage_direction)."""
    body = ("Главный тренер Дик Адвокат ответил на вопросы журналистов.\n\n– Кого считаете фаворитом?\n\n"
            "– (Усмехается) Конечно, мы. Во всяком случае, мы должны быть.\n\n– За кого будете болеть?\n\n"
            "– За «Зенит», конечно.")
    assert view(quotes_of_text(body)) == [
        (D, "Кого считаете фаворитом?", None, None, None),
        (D, "Конечно, мы. Во всяком случае, мы должны быть.", "Дик Адвокат", "Дик Адвокат", "ответить"),
        (D, "За кого будете болеть?", None, None, None),
        (D, "За «Зенит», конечно.", "Дик Адвокат", "Дик Адвокат", "ответить")]
    assert "Усмехается" not in {m["text"] for m in extracted_text(body, "Заголовок")[2]["mentions"]}


def test_a_by_words_phrase_may_close_its_sentence():
    """probe HZ (dev, hz03): «по словам X», «по мнению X» after a comma at the very end of a sentence attributes the
    words before the comma (phrases._closes_sentence), the phrase left out of them, with a pronoun too."""
    body = ("Министр труда Максим Топилин выступил в Общественной палате. Доплата до уровня прожиточного минимума "
            "спасает ситуацию, по мнению министра. Бедных пенсионеров нет, по его словам. Пенсии вырастут, по словам "
            "вице-премьера Ольги Голодец.")
    assert view(quotes_of_text(body)) == [
        (I, "Доплата до уровня прожиточного минимума спасает ситуацию", "министра", "Максим Топилин", "по мнению"),
        (I, "Бедных пенсионеров нет", "его", "Максим Топилин", "по словам"),
        (I, "Пенсии вырастут", "Ольги Голодец", "Ольга Голодец", "по словам")]


def test_a_corresponding_statement_tells_the_sentence_before():
    """probe HZ (dev, hz04): «Соответствующую запись сделал X», «Соответствующее заявление сделал X» tell the sentence
    before them, as «Такое заявление сделал X» does (quote_words.tsv `cue-object`); words before the verb with no
    owner of their own are its subject's, not a pronoun's after it (attribution.author_cue: no relay)."""
    body = ("Журналист Роман Сущенко не признает свою вину. Соответствующую запись на своей странице в Twitter сделал "
            "его адвокат Марк Фейгин. Россия не будет высылать дипломатов. Соответствующее заявление сделала "
            "официальный представитель МИД Мария Захарова. Сущенко подаст апелляцию. Такое заявление сделал его "
            "адвокат Марк Фейгин.")
    assert view(quotes_of_text(body)) == [
        (I, "Журналист Роман Сущенко не признает свою вину", "Марк Фейгин", "Марк Фейгин", "сделать"),
        (I, "Россия не будет высылать дипломатов", "Мария Захарова", "Мария Захарова", "сделать"),
        (I, "Сущенко подаст апелляцию", "Марк Фейгин", "Марк Фейгин", "сделать")]


def test_a_star_is_the_singer_introduced_before():
    """probe HZ (dev, hz16): «звезда», «артистка» resolve to a person introduced as a singer, an actress, a sportsman
    (speech_cues.tsv `descriptor`), not to the last woman who spoke."""
    body = ("Известная российская певица Алла Пугачева вышла на связь с подписчиками. Официальный представитель МИД "
            "Мария Захарова обвинила Пугачеву в лицемерии. Однако сама звезда вчера написала в своем Instagram так: "
            "«Мне лучше уйти, улыбаясь».")
    assert view(quotes_of_text(body)) == [
        (D, "Мне лучше уйти, улыбаясь", "сама звезда", "Алла Пугачева", "написать")]


def test_a_that_clause_after_about_it_is_the_nouns_whatever_the_parser_hangs_it_on():
    """probe HZ (dev, hz13): «Комментируя информацию о том, что у Шойгу якобы проблемы, …»: the clause after «о том,
    что» is the information's, not the commenter's words, even when it has no verb and the parser hangs its mark on a
    noun of the sentence's verb (complement._clause_of_noun)."""
    body = ("Комментируя информацию интернет-издания «Агентство» о том, что у Шойгу якобы «проблемы со здоровьем», "
            "Дмитрий Песков сказал, что министр обороны занят.")
    assert view(quotes_of_text(body)) == [
        (I, "министр обороны занят", "Дмитрий Песков", "Дмитрий Песков", "сказать")]


def test_a_spokesperson_is_never_someone_named_after_it():
    """probe HX (dev, hx09): «сообщил официальный представитель внешнеполитического ведомства» with no one introduced
    so before is no person the text names later (speakers.resolve: no cataphora for a `spokesperson` noun), while a
    wife may be named after her words (a descriptor's cataphora stays)."""
    body = ("Госдепартамент США получил официальное уведомление от России, сообщил агентству Reuters официальный "
            "представитель внешнеполитического ведомства. Гражданин США Пол Уилан задержан. Супруга «оружейного "
            "барона» рассказала, что он невиновен. Алла Бут вышла к журналистам.")
    assert view(quotes_of_text(body)) == [
        (I, "Госдепартамент США получил официальное уведомление от России",
         "официальный представитель внешнеполитического ведомства", None, "сообщить"),
        (I, "он невиновен", "Супруга «оружейного барона»", "Алла Бут", "рассказать")]


def test_said_in_a_body_past_the_outlet_they_told():
    """probe HX (dev, hx05), HW (hw16): «сообщили X в пресс-службе Y»: the outlet told (a dative, its title in marks;
    a name in Latin letters the parser takes for the subject) is passed over, and the body the «в» phrase names
    speaks, wherever the parser hangs that phrase (subjects.place_of_statement, subjects._addressee)."""
    body = ("Как сообщили РИА «Новый День» в пресс-службе Континентальной хоккейной лиги, такое решение принял "
            "спортивно-дисциплинарный комитет КХЛ. Концерн станет собственностью группы компаний, сообщили RIA56 в "
            "правительстве Оренбургской области.")
    assert view(quotes_of_text(body)) == [
        (I, "такое решение принял спортивно-дисциплинарный комитет КХЛ", "пресс-службе Континентальной хоккейной лиги",
         "КХЛ", "сообщить"),
        (I, "Концерн станет собственностью группы компаний", "правительстве", "Правительство Оренбургской области",
         "сообщить")]


def test_a_compound_post_in_the_title_is_the_one_the_body_introduces_with_its_post():
    """probe HZ (dev, hz01): «Облпрокурор: "…"»: a regional prosecutor (speech_cues.tsv `descriptor` облпрокурор →
    прокурор), tagged a name but no mention's, is the prosecutor the body introduces (extractor, descriptor_speaker)."""
    rows = quotes_of_text("Прокурор Саратовской области Владимир Степанов прокомментировал уголовное дело главы "
                          "района Михаила Лысенко.",
                          title='Облпрокурор: "Не знаю, за что Лысенко была вручена медаль СК РФ"')
    assert [(q["field"], q["text"], q["speaker"], q["speaker_name"]) for q in rows] == [
        ("title", "Не знаю, за что Лысенко была вручена медаль СК РФ", "Облпрокурор", "Владимир Степанов")]


def test_a_question_asked_through_a_preposition_is_a_topic_not_words_told():
    # probe IY (dev, iy06): a preposition before the pronoun «что» opens a question (complement.question_word)
    text = ("Капитан сборной России Александр Головин рассказал, на что могла бы претендовать национальная команда в "
            "случае допуска к международным соревнованиям. Министр рассказал, о чем шла речь на переговорах.")
    assert view(quotes_of_text(text, "Заголовок")) == []


def test_a_headlines_words_in_marks_before_an_occasion_of_speaking_are_its_persons():
    # probe IY (dev, iy04): «"…": митинг Навального …» — the person in the genitive of a noun of an occasion of
    # speaking (quote_words.tsv `conference`) said the words (headline._marks_colon, introducers.occasion_owner)
    title = "«Мой главный враг – не Путин»: митинг Навального в Челябинске продолжался больше двух часов"
    body = "Согласованный властями митинг оппозиционера Алексея Навального в Челябинске продолжался больше двух часов."
    assert view(quotes_of_text(body, title)) == [
        ("direct", "Мой главный враг – не Путин", "Навального", "Алексей Навальный", None)]



def test_such_a_claim_made_by_someone_tells_the_sentence_before():
    # probe JE (dev, je11): «таким утверждением», «такое предположение» open a telling sentence as «такое заявление»
    # does (quote_words.tsv `cue-object`)
    text = ("Если бы Турция знала, что самолет — российский, то принято было бы иное решение. С таким утверждением "
            "выступил президент Турции Реджеп Тайип Эрдоган.")
    assert view(quotes_of_text(text, "Заголовок")) == [
        ("indirect", "Если бы Турция знала, что самолет — российский, то принято было бы иное решение",
         "Реджеп Тайип Эрдоган", "Реджеп Тайип Эрдоган", "выступить")]


def test_a_space_before_the_authors_comma_is_no_part_of_a_dialogue_line():
    # probe JE (dev, je03): «… , — сказал Токаев» (dialogue.dash_rows), as words in marks end at their mark
    text = "— Стоит задача по противодействию паводкам, начинается посевная кампания , — сказал Токаев."
    assert view(quotes_of_text(text, "Заголовок")) == [
        ("direct", "Стоит задача по противодействию паводкам, начинается посевная кампания", "Токаев", "Токаев",
         "сказать")]


def test_that_parsed_as_an_argument_its_verb_has_already_is_the_conjunction():
    # probe JM (dev, jm04): «что» parsed as the subject of a verb with a subject of its own is «that», not «what»
    # (complement._role_taken); with no other subject it asks («раскрыл, что изменилось»)
    text = ("Об этом сообщил организатор концертов Александр Качан. Он уточнил, что такое решение было принято из-за "
            "самочувствия артиста.")
    assert view(quotes_of_text(text, "Заголовок")) == [
        ("indirect", "такое решение было принято из-за самочувствия артиста", "Он", "Александр Качан", "уточнить")]
