"""Date expressions resolved against the publication date (transforms/dates/, docs/dates.md).

Every table row reads: publication date, the sentence, and what must be found in it —
each mention as (text as written, ISO value at its precision, precision).  `value` is
always the first day of the period that `normal` names; "unresolved" has no value.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import REPO, SAMPLE, TODAY
from transforms.dates import DateMention, find_dates, sentence_dates
from transforms.dates import find as find_module
from transforms.parse import parse_file

GOLD_RAW = REPO / "benchmarks" / "gold" / "factru-dev" / "raw"
GOLD_PUBLISHED = dt.date(2016, 2, 29)

D = dt.date.fromisoformat


def first_day(normal: str) -> dt.date | None:
    """The value a normal form stands for: «2025-08» → 2025-08-01, «2022» → 2022-01-01."""
    if normal == "unresolved":
        return None
    parts = [int(p) for p in normal.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def found(sentence: str, published: str) -> list[tuple[str, str, str | None]]:
    mentions = sentence_dates(sentence, D(published))
    for m in mentions:
        assert sentence[m.start:m.stop] == m.text
        assert m.value == first_day(m.normal)
        assert (m.precision is None) == (m.value is None)
    return [(m.text, m.normal, m.precision) for m in mentions]


# -- the sample article ---------------------------------------------------------------

@pytest.fixture(scope="module")
def sample():
    (article,) = parse_file(SAMPLE.name, SAMPLE.read_bytes(), today=TODAY)
    return article


#: ALL the date mentions of the sample body (published 2025-09-23), checked by eye.
SAMPLE_GOLDEN = [
    # start, stop, text,          normal,       precision   — the sentence it is in
    (666, 677, "с 2019 года", "2019", "year"),            # Эта личная встреча произошла впервые с 2019 года.
    (1384, 1395, "22 сентября", "2025-09-22", "day"),     # 22 сентября депутат … Айдос Сарым заявил о готовности …
    (2880, 2891, "в 2022 году", "2022", "year"),          # … в 2022 году товарооборот с Россией достиг $25 млрд …
    (3151, 3160, "В августе", "2025-08", "month"),        # В августе Токаев поздравил Зеленского …
]


def test_sample_article_golden(sample):
    assert sample.published_date == dt.date(2025, 9, 23)
    mentions = find_dates(sample.body, sample.published_date)
    assert [(m.start, m.stop, m.text, m.normal, m.precision) for m in mentions] == SAMPLE_GOLDEN
    for m in mentions:
        assert sample.body[m.start:m.stop] == m.text


def test_sample_article_values(sample):
    by_text = {m.text: m for m in find_dates(sample.body, sample.published_date)}
    assert (by_text["22 сентября"].value, by_text["22 сентября"].precision) == (dt.date(2025, 9, 22), "day")
    assert (by_text["В августе"].value, by_text["В августе"].precision) == (dt.date(2025, 8, 1), "month")
    assert (by_text["в 2022 году"].value, by_text["в 2022 году"].precision) == (dt.date(2022, 1, 1), "year")
    assert (by_text["с 2019 года"].value, by_text["с 2019 года"].precision) == (dt.date(2019, 1, 1), "year")


def test_sample_with_sentence_offsets_agrees(sample):
    from razdel import sentenize

    sentences = []
    for p_start, p_stop in sample.paragraphs:
        sentences += [(p_start + s.start, p_start + s.stop) for s in sentenize(sample.body[p_start:p_stop])]
    with_sentences = find_dates(sample.body, sample.published_date, sentences)
    assert with_sentences == find_dates(sample.body, sample.published_date)


# -- the rules, one real-style news sentence at a time --------------------------------

CASES = [
    # ---- full dates: words and digits
    ("full date in words", "2025-09-23",
     "Газета «Московские ведомости» впервые вышла 21 марта 1889 года.",
     [("21 марта 1889 года", "1889-03-21", "day")]),
    ("full date, г.", "2016-02-29",
     "В пяти километрах от впадения в Неву 4 июня 2010 г. произошел залповый сброс.",
     [("4 июня 2010 г.", "2010-06-04", "day")]),
    ("DD.MM.YYYY", "2025-09-23",
     "Соглашение о свободной торговле подписано 12.05.2024 в Астане.",
     [("12.05.2024", "2024-05-12", "day")]),
    ("DD.MM.YY: the century nearest the publication", "2025-09-23",
     "Постановление от 12.05.24 отменено решением суда.",
     [("от 12.05.24", "2024-05-12", "day")]),
    ("DD.MM.YY from the last century", "2025-09-23",
     "Приказ от 12.05.99 утратил силу.",
     [("от 12.05.99", "1999-05-12", "day")]),
    ("a bare year after a date (no year word)", "2016-02-29",
     "Министр заявил, что с 1 января 2008 граждане России смогут получить новые паспорта.",
     [("с 1 января 2008", "2008-01-01", "day")]),
    ("ISO date", "2025-09-23",
     "Пресс-релиз датирован 2025-09-22, сообщает агентство.",
     [("2025-09-22", "2025-09-22", "day")]),
    ("«с» + full date", "2016-02-29",
     "С 27 марта 2011 года Россия будет жить только по летнему времени.",
     [("С 27 марта 2011 года", "2011-03-27", "day")]),

    # ---- missing year: past tense → not after publication
    ("past tense, date before publication", "2025-09-23",
     "22 сентября депутат меджлиса Казахстана Айдос Сарым заявил о готовности Астаны выступить посредником.",
     [("22 сентября", "2025-09-22", "day")]),
    ("past tense, date later in the year → last year", "2025-09-23",
     "Закон о платформенной занятости был принят 15 декабря.",
     [("15 декабря", "2024-12-15", "day")]),
    ("past participle is a past cue", "2016-02-29",
     "США осуждают приговор, вынесенный 14 мая кандидату в президенты Андрею Санникову.",
     [("14 мая", "2015-05-14", "day")]),
    # ---- missing year: future → not before publication
    ("«вступят в силу 1 января» → next year", "2025-09-23",
     "Новые требования к маркировке вступят в силу 1 января.",
     [("1 января", "2026-01-01", "day")]),
    ("«будет» → future", "2025-09-23",
     "Решение будет объявлено 10 марта на заседании совета директоров.",
     [("10 марта", "2026-03-10", "day")]),
    ("the clause decides: «заявил, что … вступит»", "2025-09-23",
     "Министр заявил, что закон вступит в силу 1 июля.",
     [("1 июля", "2026-07-01", "day")]),
    ("«планируется» + month", "2025-09-23",
     "Запуск второй очереди метро планируется в марте.",
     [("в марте", "2026-03", "month")]),
    ("«назначен на» + date", "2016-02-29",
     "Старт следующего «Союза» назначен на 12 октября.",
     [("на 12 октября", "2016-10-12", "day")]),
    # ---- missing year: no cue → nearest
    ("no cue → the nearest date", "2025-09-23",
     "Дата следующего заседания — 10 января.",
     [("10 января", "2026-01-10", "day")]),
    ("no cue → the nearest month", "2025-09-23",
     "Сезон отопления — с октября.",
     [("с октября", "2025-10", "month")]),
    ("leap day without a year: the nearest that exists", "2025-09-23",
     "Компания провела IPO 29 февраля.",
     [("29 февраля", "2024-02-29", "day")]),

    # ---- months
    ("«в августе», past", "2025-09-23",
     "В августе Токаев поздравил Зеленского с Днем независимости Украины.",
     [("В августе", "2025-08", "month")]),
    ("month after publication month, past → last year", "2025-09-23",
     "В ноябре базирующаяся в Риме ФАО предупредила мир о росте цен.",
     [("В ноябре", "2024-11", "month")]),
    ("the publication's own month, future", "2025-09-23",
     "Форум пройдет в сентябре в Астане.",
     [("в сентябре", "2025-09", "month")]),
    ("month + year", "2025-09-23",
     "В августе 2024 года Токаев посетил Баку с государственным визитом.",
     [("В августе 2024 года", "2024-08", "month")]),
    ("month + «прошлого года»", "2025-09-23",
     "Переговоры начались в сентябре прошлого года.",
     [("в сентябре прошлого года", "2024-09", "month")]),
    ("month + «следующего года»", "2025-09-23",
     "Строительство завершат в марте следующего года.",
     [("в марте следующего года", "2026-03", "month")]),
    ("month + «с.г.» (сего года)", "2016-02-29",
     "Палестинцы попросят ООН признать государство в сентябре с.г.",
     [("в сентябре с.г.", "2016-09", "month")]),
    ("day + «прошлого года» → the previous year", "2025-09-23",
     "Например, 15 декабря прошлого года возник слух о его отставке.",
     [("15 декабря прошлого года", "2024-12-15", "day")]),

    # ---- years
    ("«в 2022 году»", "2025-09-23",
     "Несмотря на то, что в 2022 году товарооборот с Россией достиг $25 млрд, Казахстан учитывает санкции.",
     [("в 2022 году", "2022", "year")]),
    ("«с 2019 года»", "2025-09-23",
     "Эта личная встреча произошла впервые с 2019 года.",
     [("с 2019 года", "2019", "year")]),
    ("«2022 г.»", "2025-09-23",
     "Объем инвестиций в 2022 г. вырос на 12%.",
     [("в 2022 г.", "2022", "year")]),
    ("«2010-го» without a year word", "2016-02-29",
     "Лидеры открыли нефтепровод в 2010-м, а коммерческая эксплуатация началась позже.",
     [("в 2010-м", "2010", "year")]),

    # ---- relative days
    ("«вчера»", "2025-09-23",
     "Вчера в Москве прошло заседание Совета безопасности.",
     [("Вчера", "2025-09-22", "day")]),
    ("«сегодня»", "2025-09-23",
     "Сегодня в Москве открылась международная выставка вооружений.",
     [("Сегодня", "2025-09-23", "day")]),
    ("«завтра»", "2025-09-23",
     "Завтра президент посетит Астану с рабочим визитом.",
     [("Завтра", "2025-09-24", "day")]),
    ("«позавчера» and «послезавтра»", "2025-09-23",
     "Делегация прилетела позавчера, а улетит послезавтра.",
     [("позавчера", "2025-09-21", "day"), ("послезавтра", "2025-09-25", "day")]),
    ("«сегодня, 23 сентября» is one mention", "2025-09-23",
     "Сегодня, 23 сентября, начинается сессия Генассамблеи.",
     [("Сегодня, 23 сентября", "2025-09-23", "day")]),

    # ---- weekdays (published on a Tuesday)
    ("weekday, past tense → the latest before", "2025-09-23",
     "В понедельник президент провел совещание с членами правительства.",
     [("В понедельник", "2025-09-22", "day")]),
    ("weekday, future tense → the first after", "2025-09-23",
     "В пятницу министр проведет пресс-конференцию.",
     [("В пятницу", "2025-09-26", "day")]),
    ("weekday, no cue → the nearest", "2025-09-23",
     "Голосование в четверг, сообщает пресс-служба.",
     [("в четверг", "2025-09-25", "day")]),
    ("weekday, past tense, the publication day itself", "2025-09-22",
     "В понедельник в Нью-Йорке открылась неделя высокого уровня Генассамблеи ООН.",
     [("В понедельник", "2025-09-22", "day")]),
    ("«в минувшую пятницу»", "2016-02-29",
     "Соглашение было подписано в минувшую пятницу в Чикаго.",
     [("в минувшую пятницу", "2016-02-26", "day")]),
    ("«в следующий вторник» → strictly after", "2025-09-23",
     "Переговоры продолжатся в следующий вторник.",
     [("в следующий вторник", "2025-09-30", "day")]),
    ("weekday + date: the date decides", "2010-06-29",
     "В понедельник, 28 июня, у здания мэрии Москвы прошла акция протеста.",
     [("В понедельник, 28 июня", "2010-06-28", "day")]),
    ("date + weekday", "2016-02-29",
     "Лекция, которая состоится 20 марта, в субботу, начнется в 16:00.",
     [("20 марта, в субботу", "2016-03-20", "day")]),
    ("«среду обитания» is no weekday", "2025-09-23",
     "Животных выпустили в среду обитания.",
     []),

    # ---- weeks: the month (or year) that holds the whole week
    ("«на прошлой неделе» inside one month → month", "2025-09-23",
     "На прошлой неделе глава МИД побывал в Пекине.",
     [("На прошлой неделе", "2025-09", "month")]),
    ("«на этой неделе» across two months → year", "2016-02-29",
     "Министр должен прибыть в Москву на этой неделе.",
     [("на этой неделе", "2016", "year")]),
    ("«на следующей неделе» across the new year → unresolved", "2025-12-24",
     "Парламент рассмотрит бюджет на следующей неделе.",
     [("на следующей неделе", "unresolved", None)]),

    # ---- relative months and years
    ("«в прошлом году»", "2025-09-23",
     "В прошлом году в стране было зарегистрировано 1449 случаев.",
     [("В прошлом году", "2024", "year")]),
    ("«в этом году»", "2025-09-23",
     "Начало строительства может начаться ещё в этом году.",
     [("в этом году", "2025", "year")]),
    ("«в следующем году»", "2025-09-23",
     "В следующем году налог на добычу вырастет.",
     [("В следующем году", "2026", "year")]),
    ("«прошлого года» alone", "2025-09-23",
     "Доходы выросли на 11,7% в сравнении с аналогичным показателем прошлого года.",
     [("прошлого года", "2024", "year")]),
    ("«в прошлом месяце»", "2025-01-15",
     "В прошлом месяце инфляция замедлилась до 0,5%.",
     [("В прошлом месяце", "2024-12", "month")]),

    # ---- parts of a period: the precision of what they qualify
    ("«в начале месяца» → the publication month", "2025-09-23",
     "В начале месяца курс рубля снизился.",
     [("В начале месяца", "2025-09", "month")]),
    ("«в конце года»", "2025-09-23",
     "Завод планируют запустить в конце года.",
     [("в конце года", "2025", "year")]),
    ("«до конца текущего года»", "2016-02-29",
     "Думаю, оно будет принято до конца текущего года.",
     [("до конца текущего года", "2016", "year")]),
    ("«в середине июля», past", "2016-02-29",
     "В середине июля ЕС наложил на компанию миллионные штрафы.",
     [("В середине июля", "2015-07", "month")]),
    ("«в начале 2022 года»", "2025-09-23",
     "В начале 2022 года компания ушла с российского рынка.",
     [("В начале 2022 года", "2022", "year")]),
    ("«в первом квартале 2024 года»", "2025-09-23",
     "В первом квартале 2024 года ВВП вырос на 5,4%.",
     [("В первом квартале 2024 года", "2024", "year")]),
    ("season + year", "2016-02-29",
     "Произошло это осенью 2004 года, но только сейчас власти предали дело огласке.",
     [("осенью 2004 года", "2004", "year")]),
    ("«минувшим летом»", "2016-02-29",
     "Подмосковью пришлось нелегко минувшим летом.",
     [("минувшим летом", "2015", "year")]),

    # ---- ranges and lists: one mention per written date
    ("«с 10 по 12 мая», future", "2025-09-23",
     "Фестиваль пройдет с 10 по 12 мая.",
     [("с 10", "2026-05-10", "day"), ("по 12 мая", "2026-05-12", "day")]),
    ("«10–12 мая 2024 года»", "2025-09-23",
     "10–12 мая 2024 года в Казани прошел форум «Россия — Исламский мир».",
     [("10", "2024-05-10", "day"), ("12 мая 2024 года", "2024-05-12", "day")]),
    ("range across the new year", "2025-09-23",
     "Новогодние каникулы продлятся с 25 декабря по 10 января.",
     [("с 25 декабря", "2025-12-25", "day"), ("по 10 января", "2026-01-10", "day")]),
    ("«с 2019 по 2022 год»", "2025-09-23",
     "С 2019 по 2022 год компания трижды меняла руководство.",
     [("С 2019", "2019", "year"), ("по 2022 год", "2022", "year")]),
    ("«в 2007–2008 годах»", "2016-02-29",
     "В 2007–2008 годах беднейшие страны мира пострадали от роста цен.",
     [("В 2007", "2007", "year"), ("2008 годах", "2008", "year")]),
    ("month range with a year", "2016-02-29",
     "Судья заявила, что с ноября по декабрь 2010 года Санников готовил беспорядки.",
     [("с ноября", "2010-11", "month"), ("по декабрь 2010 года", "2010-12", "month")]),
    ("a month range joined by a hyphen", "2025-09-23",
     "В январе-марте 2025 года ВВП вырос на 3%.",
     [("В январе", "2025-01", "month"), ("марте 2025 года", "2025-03", "month")]),
    ("«в ночь с 20 на 21 июля»", "2016-02-29",
     "В ночь с 20 на 21 июля в реку опять были сброшены отходы.",
     [("с 20", "2015-07-20", "day"), ("на 21 июля", "2015-07-21", "day")]),
    ("a list of weekdays", "2025-09-23",
     "Во вторник и среду пройдут консультации экспертов.",
     [("Во вторник", "2025-09-23", "day"), ("среду", "2025-09-24", "day")]),
    ("a list of days", "2016-02-29",
     "Предусмотрены три выходных дня — 18, 23 и 26 января.",
     [("18", "2016-01-18", "day"), ("23", "2016-01-23", "day"), ("26 января", "2016-01-26", "day")]),

    # ---- counted from the publication
    ("«15 лет назад»", "2016-02-29",
     "Последний раз Россия выигрывала мировое первенство 15 лет назад.",
     [("15 лет назад", "2001", "year")]),
    ("«три дня назад»", "2016-02-29",
     "Газовый монополист три дня назад официально предупредил партнеров.",
     [("три дня назад", "2016-02-26", "day")]),
    ("«неделю назад» → seven days back", "2025-09-23",
     "Неделю назад курс доллара превысил 85 рублей.",
     [("Неделю назад", "2025-09-16", "day")]),
    ("«через пять лет», future", "2016-02-29",
     "Через пять лет завод перейдет на полный цикл производства.",
     [("Через пять лет", "2021", "year")]),

    # ---- unresolved: kept, never guessed
    ("impossible date", "2025-09-23",
     "Собрание акционеров назначено на 30 февраля.",
     [("на 30 февраля", "unresolved", None)]),
    ("impossible digits date", "2025-09-23",
     "В документе стоит дата 31.06.2024.",
     [("31.06.2024", "unresolved", None)]),
    ("«того же года»", "2016-02-29",
     "Преступники пользовались им до ноября того же года.",
     [("до ноября того же года", "unresolved", None)]),
    ("a decade", "2016-02-29",
     "Об этом случае стало известно только в начале 90-х годов.",
     [("в начале 90-х годов", "unresolved", None)]),
    ("a century", "2025-09-23",
     "Особняк был построен в XIX веке.",
     [("в XIX веке", "unresolved", None)]),
    ("«через два дня» told in the past: counted from the story, not the publication", "2016-02-29",
     "Через два дня его задержали в аэропорту.",
     [("Через два дня", "unresolved", None)]),
    ("«этой зимой»: a winter spans two years", "2025-09-23",
     "Этой зимой синоптики ожидают сильные морозы.",
     [("Этой зимой", "unresolved", None)]),
    ("«несколько дней назад»", "2016-02-29",
     "Производство этих машин завершилось несколько дней назад.",
     [("несколько дней назад", "unresolved", None)]),

    # ---- not dates
    ("a number before «млрд»", "2025-09-23",
     "Товарооборот достиг 25 млрд долларов.",
     []),
    ("a four-digit number without a year word", "2025-09-23",
     "Стадион рассчитан на 2000 человек.",
     []),
    ("a number counting people after a date is no year", "2025-09-23",
     "22 сентября 2000 человек вышли на митинг в центре города.",
     [("22 сентября", "2025-09-22", "day")]),
    ("grams are no year", "2025-09-23",
     "В посылке было 1500 г сахара.",
     []),
    ("«Мая» as a name", "2025-09-23",
     "Мая Плисецкая выступала на сцене Большого театра.",
     []),
    ("«Августа» as a name after a preposition", "2025-09-23",
     "Письмо от Августа пришло только вечером.",
     []),
    ("a surname that is a weekday", "2016-02-29",
     "Бывший игрок сборной СССР Виктор Понедельник выразил своё мнение.",
     []),
    ("a time and a score are no dates", "2025-09-23",
     "Матч начнется в 19.30, счет 2:1 в пользу хозяев.",
     []),
    ("«30-х Королёвских чтениях» is no decade", "2016-02-29",
     "Доклад прозвучал на недавно прошедших 30-х Королёвских чтениях.",
     []),
]


@pytest.mark.parametrize("published, sentence, expected",
                         [pytest.param(p, s, e, id=name) for name, p, s, e in CASES])
def test_rule(published, sentence, expected):
    assert found(sentence, published) == expected


# -- interface properties ---------------------------------------------------------------

def test_sentence_offsets_decide_the_direction():
    text = "Новый закон вступит в силу 1 июля. Старый приняли 1 октября."
    published = dt.date(2025, 9, 23)
    mentions = find_dates(text, published, [(0, 34), (35, len(text))])
    assert [(m.text, m.normal) for m in mentions] == [("1 июля", "2026-07-01"), ("1 октября", "2024-10-01")]


def test_default_sentences_keep_cues_apart():
    """Without offsets the text is split into sentences; a verb of the next sentence
    does not decide («Об этом заявил» is past, the date before it is future)."""
    text = "Перепись будет проведена не ранее, чем через два года. Об этом заявил министр."
    (m,) = find_dates(text, dt.date(2016, 2, 29))
    assert (m.text, m.normal) == ("через два года", "2018")


def test_sentence_dates_offsets_are_into_the_sentence():
    sentence = "Токаев поздравил Зеленского в августе."
    (m,) = sentence_dates(sentence, dt.date(2025, 9, 23))
    assert (m.start, m.stop, sentence[m.start:m.stop]) == (28, 37, "в августе")


def test_mentions_are_frozen_and_deterministic():
    text = "В понедельник, 28 июня, прошла акция; 1 января закон вступит в силу."
    first = find_dates(text, dt.date(2010, 6, 29))
    assert first == find_dates(text, dt.date(2010, 6, 29))
    assert isinstance(first[0], DateMention)
    with pytest.raises(AttributeError):
        first[0].text = "x"  # type: ignore[misc]


def test_empty_and_dateless_texts():
    assert find_dates("", dt.date(2025, 9, 23)) == []
    assert find_dates("Казахстан готов предоставить площадку.", dt.date(2025, 9, 23)) == []


# -- the 122 real news texts of the gold corpus -------------------------------------------

def gold_bodies():
    for path in sorted(GOLD_RAW.glob("*.txt")):
        (article,) = parse_file(path.name, path.read_bytes(), today=TODAY)
        yield path.stem, article.body


def test_gold_corpus_offsets_and_values():
    n_texts = n_mentions = 0
    for _, body in gold_bodies():
        n_texts += 1
        for m in find_dates(body, GOLD_PUBLISHED):
            n_mentions += 1
            assert body[m.start:m.stop] == m.text
            assert m.precision in ("day", "month", "year", None)
            assert m.value == first_day(m.normal)
            assert m.text == m.text.strip()
    assert n_texts >= 122  # the factRuEval-2016 dev texts
    assert n_mentions > 300


@pytest.mark.slow  # natasha's DatesExtractor over the whole gold corpus
def test_gold_corpus_covers_natasha_dates_extractor():
    """Everything natasha's DatesExtractor finds lies inside one of our mentions."""
    from natasha import DatesExtractor

    from transforms.morph import morph_vocab

    extractor = DatesExtractor(morph_vocab())
    missed = []
    for name, body in gold_bodies():
        ours = find_dates(body, GOLD_PUBLISHED)
        for match in extractor(body):
            if not any(m.start <= match.start and match.stop <= m.stop for m in ours):
                missed.append((name, body[match.start:match.stop]))
    assert missed == []


def test_a_rule_skips_only_paragraphs_it_cannot_match(monkeypatch):
    """Each rule's `needs` (the words every match of it contains) changes nothing: the gold corpus
    and the sample give the same date expressions with every rule tried on every paragraph."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "benchmarks/gold/factru-dev/raw").glob("*.txt"))]
    texts.append(SAMPLE.read_text(encoding="utf-8"))
    gated = [find_dates(t, dt.date(2016, 5, 5)) for t in texts]
    monkeypatch.setattr(find_module, "RULES", tuple(r._replace(needs=None) for r in find_module.RULES))
    assert [find_dates(t, dt.date(2016, 5, 5)) for t in texts] == gated
    assert sum(map(len, gated)) > 400
