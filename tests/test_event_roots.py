"""Events: one golden test per root — the 20 CAMEO roots 01–20 and the letopis codes L01–L05.

Each case is a real sentence and the rows the extractor gives for it, read alone (an article of
that one sentence), in the style of `tests/test_events.py` PATTERNS.  The sentences come from the
sample article (`data/raw/000_a79a80be541b1d91.txt`) and the dev part of the factRuEval gold
(`benchmarks/gold/factru-dev/raw/`, never a held-out text); a root that none of them shows with a
right row takes a sentence of a published Russian news article, quoted verbatim, its address in
the comment, read with the page's date or, where the page shows none, the gold's neutral date
(GOLD_PUBLISHED).  A row reads

    (event_subcode, trigger, actor1_name, actor2_name, location (entity name), event_date, date_precision, date_source)
"""

from __future__ import annotations

import pytest

from benchmarks.events import held_out
from tests.test_events import GOLD_PUBLISHED, events_of

SAMPLE_PUBLISHED = "2025-09-23"  # the sample article's date line

ROOTS = [
    # root, source (a dev text id, "sample", or "web": the address is in the comment), publication date,
    # sentence, expected rows

    # 01 — a denial is a statement («опровергнуть»); the role before the name is no actor
    ("01", "book_302", GOLD_PUBLISHED,
     "Между тем, лидер фракции КПРФ Владимир Беспалов опроверг эту информацию.",
     [("01", "опровергнуть", "Владимир Беспалов", None, None, GOLD_PUBLISHED, "day", "published")]),

    # 02 — an appeal names its addressee as the object; the quoted infinitive clause holds no trigger
    ("02", "book_349", GOLD_PUBLISHED,
     "Глава палестинской делегации на переговорах Саеб Эрекат призвал ООН «ответить на односторонние "
     "действия Израиля признанием Палестинского государства в границах 67-го года со столицей в Восточном "
     "Иерусалиме».",
     [("02", "призвать", "Саеб Эрекат", "ООН", None, GOLD_PUBLISHED, "day", "published")]),

    # 03 — an offer is an intent to cooperate: the entry «предложить пост» (a verb with a condition
    # word); the dative is actor2; «в случае своей победы» is no «если» clause, so the row stays; «10
    # декабря» dates another clause
    ("03", "book_176", GOLD_PUBLISHED,
     "О том, что будет выдвинут именно он, стало известно 10 декабря, днём позже Медведев предложил Путину "
     "премьерский пост в случае своей победы.",
     [("03", "предложить", "Медведев", "Путин", None, GOLD_PUBLISHED, "day", "published")]),

    # 04 — «во время визита»: the subject of the verb is the visitor (042, flag during_subject); a
    # visited country is the host and the place (host_object)
    ("04", "book_1667", GOLD_PUBLISHED,
     "Со своими стратегическими идеями Хван выступил во время визита в США.",
     [("042", "визит", "Хван", "США", "США", GOLD_PUBLISHED, "day", "published")]),

    # 05 — congratulating is diplomatic cooperation; a lower-case «сборную» is no named actor2
    ("05", "book_444", GOLD_PUBLISHED,
     "Премьер-министр Владимир Путин поздравил сборную и болельщиков с победой.",
     [("051", "поздравить", "Владимир Путин", None, None, GOLD_PUBLISHED, "day", "published")]),

    # 06 — «сотрудничество между X и Y»: one list of participants, one pair (the capitals are the
    # states the sentence names); the sentence's visit and agreement come with it, all dated by «во вторник»
    ("06", "book_142", GOLD_PUBLISHED,
     "Во вторник премьер-министр Турции Реджеп Тайип Эрдоган, в ходе визита в Украину договорился с "
     "президентом Виктором Януковичем о начале нового этапа сотрудничества между Киевом и Анкарой.",
     [("042", "визит", "Реджеп Тайип Эрдоган", "Украина", "Украина", "2016-02-23", "day", "text"),
      ("05", "договориться", "Реджеп Тайип Эрдоган", "Виктор Янукович", None, "2016-02-23", "day", "text"),
      ("06", "сотрудничество", "Украина", "Турция", None, "2016-02-23", "day", "text")]),

    # 07 — a light verb carries the noun: the subject of «оказывать» gives, its dative receives
    ("07", "sample", SAMPLE_PUBLISHED,
     "Также известно, что Казахстан оказывает Украине гуманитарную помощь, за что ранее получал "
     "благодарности от руководства страны.",
     [("07", "помощь", "Казахстан", "Украина", None, SAMPLE_PUBLISHED, "day", "published")]),

    # 08 — a pardon yields; the pardoned are unnamed («12 человек»), the agency cited is no event
    # https://graniru.org/Politics/Russia/President/m.150027.html
    ("08", "web", GOLD_PUBLISHED,
     "Президент России Дмитрий Медведев помиловал 12 человек, осужденных за нетяжкие преступления, сообщает "
     "РИА \"Новости\" со ссылкой на пресс-секретаря главы государства Наталью Тимакову.",
     [("084", "помиловать", "Дмитрий Медведев", None, None, GOLD_PUBLISHED, "day", "published")]),

    # 09 — opening a criminal case is an investigation: «возбудить дело» (condition word); the
    # «после того, как» clause is another event's
    # https://riafan.ru/24049936-sk_vozbudil_delo_protiv_ohrannikov_ne_pustivshih_bastrikina_na_namiv_vasil_evskogo_ostrova
    ("09", "web", GOLD_PUBLISHED,
     "Следственный комитет РФ возбудил уголовное дело после того, как председателя ведомства Александра "
     "Бастрыкина оханники не пропустили на северный намыв Васильевского острова в Санкт-Петербурге.",
     [("09", "возбудить", "Следственный комитет РФ", None, None, GOLD_PUBLISHED, "day", "published")]),

    # 10 — a noun trigger's genitive is its agent («требования ЕС»); «чтобы» clauses are no events
    ("10", "book_215", GOLD_PUBLISHED,
     "Требования ЕС заключаются в том, чтобы производители программного обеспечения имели достаточно "
     "информации о Windows, чтобы их программы могли бы без проблем работать под Windows.",
     [("10", "требование", "ЕС", None, None, GOLD_PUBLISHED, "day", "published")]),

    # 11 — an accusation (112) of a named object by an unnamed accuser; the wanted resignation
    # («хочет его отставки») is an intention of a code with no intended code: no row
    ("11", "book_348", GOLD_PUBLISHED,
     "Оппозиция обвиняет Саакашвили в авторитарном правлении и хочет его отставки.",
     [("112", "обвинять", None, "Саакашвили", None, GOLD_PUBLISHED, "day", "published")]),

    # 12 — coordinated subjects of a one-sided event: one row per actor; the gerund «заявляя» shares
    # the subject of the verb it depends on
    ("12", "book_349", GOLD_PUBLISHED,
     "Израиль и США отвергают подобный шаг, заявляя, что мир может быть достигнут только путем переговоров, "
     "а не путем односторонних акций.",
     [("12", "отвергать", "Израиль", None, None, GOLD_PUBLISHED, "day", "published"),
      ("12", "отвергать", "США", None, None, GOLD_PUBLISHED, "day", "published"),
      ("01", "заявлять", "Израиль", None, None, GOLD_PUBLISHED, "day", "published"),
      ("01", "заявлять", "США", None, None, GOLD_PUBLISHED, "day", "published")]),

    # 13 — a warning threatens; «три дня назад» dates it; the descriptor «газовый монополист» names
    # no actor in a sentence read alone
    ("13", "book_374", GOLD_PUBLISHED,
     "Газовый монополист три дня назад официально предупредил ОАО «Белтрансгаз» и правительство Белоруссии "
     "о возможном ограничении поставок голубого топлива в случае неуплаты задолженности, которая составляет "
     "уже около 200 млн долларов.",
     [("13", "предупредить", None, "Белтрансгаз", None, "2016-02-26", "day", "text"),
      ("13", "предупредить", None, "Правительство Белоруссии", None, "2016-02-26", "day", "text")]),

    # 14 — «держать голодовку»: the subject of the light verb protests; «с 19 сентября» bounds a
    # period and dates nothing
    # https://ovd.info/articles/2013/11/13/o-segodnyashnih-golodovkah
    ("14", "web", "2013-11-13",
     "Сергей Кривов, один из обвиняемых по «Болотному делу», уже 55 дней — с 19 сентября — держит голодовку.",
     [("14", "голодовка", "Сергей Кривов", None, None, "2013-11-13", "day", "published")]),

    # 15 — «учение военный» (a noun with a condition adjective) after the light verb «начать»; the
    # place is found through the modifiers of «в районе Тайваня»; «в апреле» is the governing clause's
    # https://news.mail.ru/incident/68181871/
    ("15", "web", "2025-10-05",
     "В апреле поступала информация о том, что Китай начал военные учения в районе Тайваня.",
     [("15", "учение", "Китай", None, "Тайвань", "2025-10-05", "day", "published")]),

    # 16 — sanctions (163): the genitive is the imposer, «против» the target
    ("16", "sample", SAMPLE_PUBLISHED,
     "Санкции Запада против России крайне негативно влияют на структуру международных отношений.",
     [("163", "санкция", "Запад", "Россия", None, SAMPLE_PUBLISHED, "day", "published")]),

    # 17 — «взять под арест» (condition word): an impersonal plural verb, its object is the arrested
    ("17", "book_337", GOLD_PUBLISHED,
     "Экс-премьера Пакистана Беназир Бхутто вновь взяли под домашний арест за несогласование митинга против "
     "введения чрезвычайного положения с властями.",
     [("173", "взять", None, "Беназир Бхутто", None, GOLD_PUBLISHED, "day", "published")]),

    # 18 — «открыть огонь» (condition word); the descriptor subject «подозреваемый» is the person
    # named before it (rule coreference).  The conjoined «был застрелен» gives no row: the extractor
    # finds no named patient for it, though the gold has Дугган there too
    ("18", "book_618", GOLD_PUBLISHED,
     "Стражи порядка попытались провести досмотр автомобиля, где находился Дугган, однако подозреваемый в "
     "связях с бандитскими группировками открыл огонь и был застрелен на месте.",
     [("18", "открыть", "Дугган", None, None, GOLD_PUBLISHED, "day", "published")]),

    # 19 — fighting with no named opponent; «продолжает сражаться» is a fact, not an intention; the
    # reported clause and its speaker are rows of their own
    # https://smotrim.ru/amp/article/3589941
    ("19", "web", GOLD_PUBLISHED,
     "ЦАХАЛ продолжает сражаться, зачищая дома, населенные пункты, сообщества и базы, и старается "
     "восстановить порядок в Израиле, заявил израильский подполковник Джонатан Конрикус в интервью "
     "телеканалу CNN.",
     [("19", "сражаться", "ЦАХАЛ", None, None, GOLD_PUBLISHED, "day", "published"),
      ("01", "заявить", "Джонатан Конрикус", None, None, GOLD_PUBLISHED, "day", "published")]),

    # 20 — «устроить резню»: the subject of the light verb acts, a LOC «в …» is the place (the
    # article's headline: its body names the actor only as «боевики группировки …»)
    # https://aze.az/news_islamskoe_gosudarstvo_ust_124586.html
    ("20", "web", GOLD_PUBLISHED,
     "«Исламское государство» устроило массовую резню в Ираке",
     [("20", "резня", "Исламское государство", None, "Ирак", GOLD_PUBLISHED, "day", "published")]),

    # L01 — a passive appointment: the person comes first (flag person_first); the participle
    # «занимавший должность» describes and tells no event
    # https://chaiknet.ru/news/politics/15812
    ("L01", "web", "2020-11-11",
     "Александр Новак, ранее занимавший должность министра энергетики России, назначен десятым вице-премьером.",
     [("L01", "назначить", "Александр Новак", None, None, "2020-11-11", "day", "published")]),

    # L02 — «отправить в отставку»: the dismissed person first, the one who dismisses second
    # http://newyork.ru/common/arc/story.php/777873?id_cr=104
    ("L02", "web", GOLD_PUBLISHED,
     "Президент РФ Дмитрий Медведев отправил в отставку губернатора Ставропольского края Валерия Гаевского, "
     "сообщили \"Ленте.ру\" в пресс-службе Кремля.",
     [("L02", "отправить", "Валерий Гаевский", "Дмитрий Медведев", None, GOLD_PUBLISHED, "day", "published")]),

    # L03 — «побеждать на выборах» (the condition is natasha's lemma «выбор», not «выборы»); «выборы» frame
    # the post as «пост» does (event_words.tsv post_frame), so the post's body is actor2, as for
    # «переизбран мэром Москвы» (it was the place before probe DQ)
    # https://ru24.pro/moscow/374248435
    ("L03", "web", GOLD_PUBLISHED,
     "Владимир Путин побеждает на выборах президента России в первом туре, свидетельствуют данные ЦИК после "
     "обработки 57,37% протоколов УИК и объявления результатов дистанционного электронного голосования.",
     [("L03", "побеждать", "Владимир Путин", "Россия", None, GOLD_PUBLISHED, "day", "published")]),

    # L04 — a death: one person, no second actor
    # http://profm.ru/news/1173104
    ("L04", "web", GOLD_PUBLISHED,
     "Советский и белорусский актер Виталий Быков умер в возрасте 80 лет.",
     [("L04", "умереть", "Виталий Быков", None, None, GOLD_PUBLISHED, "day", "published")]),

    # L05 — an award: the awarded person (the object) first, the one who awards second
    # https://iz.promo.vg/1647130/2024-02-08/putin-nagradil-kadyrova-ordenom-za-zaslugi-pered-otechestvom-ii-stepeni
    ("L05", "web", "2024-02-08",
     "Президент России Владимир Путин наградил главу Чеченской Республики Рамзана Кадырова орденом «За заслуги "
     "перед Отечеством» II степени.",
     [("L05", "наградить", "Рамзан Кадыров", "Владимир Путин", None, "2024-02-08", "day", "published")]),
]


@pytest.mark.parametrize("root, source, published, sentence, expected", ROOTS, ids=[r[0] for r in ROOTS])
def test_root_golden(root, source, published, sentence, expected):
    rows = events_of(sentence, published)
    assert rows == expected
    assert {r[0][:2] if r[0][0].isdigit() else r[0] for r in rows} >= {root}


def test_every_root_has_one_case_and_no_held_out_text():
    assert [r[0] for r in ROOTS] == [f"{i:02d}" for i in range(1, 21)] + ["L01", "L02", "L03", "L04", "L05"]
    texts = [r[1] for r in ROOTS if r[1].startswith("book_")]
    assert texts and not any(held_out(t) for t in texts)
