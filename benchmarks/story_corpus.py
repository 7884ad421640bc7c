"""The story benchmark's corpus: real texts, their near-copies and the traps (benchmarks/stories.py).

    .venv/bin/python -m benchmarks.story_corpus [--show N]   (counts, and N records of each kind)

Deterministic (`SEED`), no network.  Built from the 122 factRuEval-2016 dev texts
(benchmarks/gold/factru-dev/raw, MIT) and the sample article data/raw/000_a79a80be541b1d91.txt,
parsed by `transforms.parse.parse_file`.  Each record has `truth`, the id of the original it was
made from (a note is its own original), and `kind`; `detail` says which change or template.

- `original` (123): every text once, as parsed (the factRuEval texts are all dated 2016-02-29).
- copies (143) of 100 originals, `truth` = the original; 80 get one copy, 20 get 2–4 (a story
  told many times).  One change each, or a combination (title 28, drop 22, add 21, style 15,
  date 20, syndicated 20, combined 17):
  - `title` — another title (the first words of the lead), the body untouched;
  - `drop` — a paragraph other than the first dropped (the last of two); a one-paragraph text
    loses its last one or two sentences;
  - `add` — a line added: an attribution («Об этом сообщает РИА Новости.» at the end of the lead),
    a source line («Источник: ТАСС») or an update paragraph («Позднее стало известно, что …»);
  - `style` — quotes restyled («…» ↔ "…" ↔ „…“), dashes changed (— → – or -), ё → е;
  - `date` — the same text 1–5 days later;
  - `syndicated` — a site prefix line («Lenta.ru, 1 марта 2016:») before the text;
  - `combined` — two or three of title, drop, add, style, date, syndicated.
- `footer` (24): trap (a).  Three footers of 85–96 words (a channel subscription block, a legal
  disclaimer, a newsletter/advert block), each appended to 8 originals: 2 dev and 2 held-out
  among the 24 shortest (33–90 words), 3 dev and 1 held-out among the rest.  A footed text is a
  copy of its own original (`truth` = the original) and must not be grouped with the other seven
  texts under the same footer.
- `note` (104): trap (b).  Template notes, 13 from each of 8 templates, differing only in the
  figures, names and dates of their slots, each its own story.  Five templates are 11–23 words
  (currency, weather, score, appointment, fuel prices), three are 50–61 words (a weather
  forecast, a market summary, a regional road-accident report).
- trap (c), different originals on one topic, is in the factRuEval texts already (several
  Bhutto, Saakashvili, Luzhkov and Georgian-election texts).

`held_out`: an original, its copies and its footed text lie on the side of
`benchmarks.gold.held_out(original id)`; a note is held out when its index is 0 mod 3.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.gold import held_out
from transforms.parse import parse_file

REPO = Path(__file__).resolve().parents[1]
SOURCES = sorted((REPO / "benchmarks" / "gold" / "factru-dev" / "raw").glob("*.txt")) + [
    REPO / "data" / "raw" / "000_a79a80be541b1d91.txt"]
TODAY = dt.date(2026, 11, 30)
SEED = 20261130
CHANGES = ("title", "drop", "add", "style", "date", "syndicated")
KINDS = (*CHANGES, "combined")


@dataclass(frozen=True)
class Record:
    article_id: str
    published_date: dt.date
    title: str
    body: str
    truth: str  # the original's id: records with one truth are one story
    kind: str  # original, one of KINDS, footer or note
    detail: str = ""  # which change, footer or template
    held_out: bool = False


_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[«\"„A-ZА-ЯЁ0-9])")
MONTHS = ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря").split()
ATTRIBUTIONS = ("Об этом сообщает РИА Новости.", "Об этом сообщает ТАСС.", "Об этом сообщает «Интерфакс».",
                "Об этом сообщает корреспондент «Коммерсанта».")
SOURCE_LINES = ("Источник: ТАСС", "Источник: РИА Новости", "По материалам «Интерфакса»", "Источник: Lenta.ru")
UPDATES = ("пострадавших нет", "расследование продолжается", "стороны договорились вернуться к обсуждению через месяц",
           "официальных комментариев пока не поступало", "решение вступит в силу после публикации",
           "в ведомстве пообещали дать разъяснения на следующей неделе")
SITES = ("Lenta.ru", "Газета.Ru", "Regnum", "NEWSru.com", "Интерфакс", "МК.ru", "Фонтанка.ру")

FOOTERS = {
    "channel": (
        "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать о главных событиях дня. Каждый день "
        "мы публикуем самые важные новости политики, экономики, общества и спорта, эксклюзивные интервью, "
        "фотографии и видео с мест событий. Присоединяйтесь также к нашим сообществам во «ВКонтакте» и "
        "«Одноклассниках», где вы можете обсудить новости с другими читателями и задать вопрос редакции. "
        "Мы работаем круглосуточно и без выходных, а наши корреспонденты есть во всех федеральных округах "
        "страны и в крупнейших мировых столицах. Если вы стали свидетелем происшествия, присылайте фото и видео в наш бот, и мы обязательно "
        "расскажем об этом."),
    "legal": (
        "Мнение редакции может не совпадать с мнением автора. Все права на материалы, опубликованные на "
        "сайте, защищены в соответствии с российским и международным законодательством об авторском праве "
        "и смежных правах. Любое использование текстовых, фото-, аудио- и видеоматериалов возможно только с "
        "письменного разрешения правообладателя и при наличии активной гиперссылки на источник. Редакция не "
        "несёт ответственности за содержание комментариев читателей и сторонних ресурсов. Сетевое издание "
        "зарегистрировано Федеральной службой по надзору в сфере связи, информационных технологий и массовых "
        "коммуникаций. Перепечатка материалов в печатных изданиях допускается только с согласия редакции. "
        "Вся информация носит справочный характер и не является публичной офертой. 18+"),
    "newsletter": (
        "Хотите получать главные новости дня на почту? Оформите бесплатную подписку на нашу утреннюю рассылку: "
        "каждое утро в восемь часов вы будете получать короткий обзор самых важных событий прошедших суток, "
        "прогноз погоды, курсы валют и афишу мероприятий вашего города. Отписаться от рассылки можно в любой "
        "момент одним нажатием. Реклама. ООО «Медиа Групп», ИНН 7701234567. "
        "Нажимая кнопку «Подписаться», вы соглашаетесь с политикой обработки персональных данных. Читайте также наши специальные "
        "проекты, тесты и подкасты, а также смотрите прямые трансляции важнейших событий на нашем сайте "
        "и в мобильном приложении."),
}

CITIES = ("Москве", "Санкт-Петербурге", "Казани", "Новосибирске", "Екатеринбурге", "Самаре", "Омске", "Уфе",
          "Перми", "Воронеже", "Краснодаре", "Ростове-на-Дону", "Тюмени")
REGIONS = ("Московской области", "Ленинградской области", "Татарстана", "Новосибирской области",
           "Свердловской области", "Самарской области", "Омской области", "Башкирии", "Пермского края",
           "Воронежской области", "Краснодарского края", "Ростовской области", "Тюменской области")
TEAMS = ("«Спартак»", "ЦСКА", "«Зенит»", "«Локомотив»", "«Динамо»", "«Краснодар»", "«Ростов»", "«Рубин»",
         "«Ахмат»", "«Урал»", "«Крылья Советов»", "«Оренбург»")
PEOPLE = ("Иван Петров", "Сергей Кузнецов", "Андрей Смирнов", "Ольга Васильева", "Дмитрий Соколов",
          "Елена Морозова", "Алексей Волков", "Наталья Лебедева", "Михаил Козлов", "Татьяна Новикова",
          "Павел Фёдоров", "Игорь Егоров", "Анна Павлова")
WINDS = ("северный", "северо-западный", "западный", "юго-западный", "южный", "восточный")
TEMPLATES = (
    ("currency", "Курс доллара на {d} {m} составил {a},{b} рубля, евро — {c},{e} рубля."),
    ("weather", "В {city} {d} {m} ожидается до {t} градусов тепла, ночью до {n}, ветер {w}, {s} м/с."),
    ("score", "{home} обыграл {away} со счётом {g1}:{g2} в матче {r}-го тура Российской премьер-лиги."),
    ("appointment", "{p} назначен заместителем губернатора {reg}. Соответствующее распоряжение подписано {d} {m}."),
    ("fuel", "Средняя цена бензина АИ-95 в {city} на {d} {m} составила {a},{b} рубля за литр, "
             "дизельного топлива — {c},{e} рубля."),
    ("forecast", "Прогноз погоды на {d} {m}. В {city} днём ожидается переменная облачность, без существенных "
                 "осадков, температура воздуха составит от {t} до {t2} градусов тепла. Ночью похолодает до {n} "
                 "градусов, ветер {w}, {s} метров в секунду, порывами до {s2} метров в секунду. Атмосферное "
                 "давление {h} миллиметров ртутного столба, влажность воздуха {q} процентов."),
    ("market", "Итоги торгов {d} {m}. Индекс Московской биржи по итогам основной сессии {up} на {x},{y} процента "
               "и составил {i1},{i2} пункта, индекс РТС — {j1},{j2} пункта. Нефть марки Brent на бирже ICE "
               "торгуется по {o1},{o2} доллара за баррель. Официальный курс доллара, установленный Центробанком, "
               "составляет {a},{b} рубля, курс евро — {c},{e} рубля. Объём торгов на бирже составил {v} "
               "миллиардов рублей."),
    ("accidents", "За прошедшие сутки, {d} {m}, на дорогах {reg} произошло {k} дорожно-транспортных происшествий, "
                  "в которых {inj} человек получили травмы различной степени тяжести, {dead} человек погибли. "
                  "Сотрудники Госавтоинспекции выявили {v} нарушений правил дорожного движения, в том числе {dr} "
                  "случаев управления транспортным средством в состоянии опьянения. Госавтоинспекция напоминает "
                  "водителям о необходимости соблюдать скоростной режим и дистанцию."),
)
NOTES_PER_TEMPLATE = 13


def originals() -> list:
    """The 123 parsed texts, in file order."""
    return [parse_file(p.name, p.read_bytes(), today=TODAY)[0] for p in SOURCES]


def sentences(paragraph: str) -> list[str]:
    return _SENTENCE.split(paragraph)


def _paras(body: str) -> list[str]:
    return body.split("\n\n")


def change(rec: Record, what: str, rng: random.Random) -> Record:
    """`rec` with one change applied (see the module docstring); `detail` records what was done."""
    paras = _paras(rec.body)
    if what == "title":
        words = sentences(paras[0])[0].rstrip(".!?…").split()
        return replace(rec, title=" ".join(words[:rng.randint(6, 10)]))
    if what == "drop":
        if len(paras) > 1:
            i = len(paras) - 1 if len(paras) == 2 else rng.randrange(1, len(paras))
            return replace(rec, body="\n\n".join(paras[:i] + paras[i + 1:]), detail=f"drop paragraph {i + 1}/{len(paras)}")
        sents = sentences(paras[0])
        k = 1 if len(sents) < 4 else rng.randint(1, 2)
        return replace(rec, body=" ".join(sents[:-k]), detail=f"drop {k} of {len(sents)} sentences")
    if what == "add":
        how = rng.choice(("attribution", "source", "update"))
        if how == "attribution":
            paras[0] = paras[0] + " " + rng.choice(ATTRIBUTIONS)
        elif how == "source":
            paras.append(rng.choice(SOURCE_LINES))
        else:
            paras.append(f"Позднее стало известно, что {rng.choice(UPDATES)}.")
        return replace(rec, body="\n\n".join(paras), detail=f"add {how}")
    if what == "style":
        opening, closing = rng.choice([("\"", "\""), ("„", "“"), ("“", "”")])
        body = re.sub(r"\"([^\"\n]*)\"", "«\\1»", rec.body)  # "…" → «…» first, then all to the new style
        body = body.replace("«", opening).replace("»", closing)
        body = body.replace(" — ", rng.choice((" – ", " - "))).replace("ё", "е").replace("Ё", "Е")
        return replace(rec, body=body, detail=f"quotes {opening}…{closing}")
    if what == "date":
        return replace(rec, published_date=rec.published_date + dt.timedelta(days=rng.randint(1, 5)))
    if what == "syndicated":
        d = rec.published_date
        prefix = f"{rng.choice(SITES)}, {d.day} {MONTHS[d.month - 1]} {d.year}:"
        return replace(rec, body=prefix + "\n\n" + rec.body, detail=f"prefix {prefix}")
    raise ValueError(what)


def copy_of(orig: Record, kind: str, n: int, rng: random.Random) -> Record:
    rec = replace(orig, article_id=f"{orig.article_id}.c{n}", kind=kind, detail="")
    changes = sorted(rng.sample(CHANGES, rng.randint(2, 3)), key=CHANGES.index) if kind == "combined" else [kind]
    details = []
    for what in changes:
        rec = change(replace(rec, detail=""), what, rng)
        details.append(rec.detail or what)
    return replace(rec, detail="; ".join(details))


def notes(rng: random.Random) -> list[Record]:
    """`NOTES_PER_TEMPLATE` notes of each template, no two alike; note i is held out when i % 3 == 0."""
    out, seen = [], set()
    base = dt.date(2016, 3, 1)
    for k in range(NOTES_PER_TEMPLATE):
        for name, template in TEMPLATES:
            while True:
                day = base + dt.timedelta(days=rng.randrange(60))
                t = rng.randint(5, 25)
                slots = dict(
                    d=day.day, m=MONTHS[day.month - 1], city=rng.choice(CITIES), reg=rng.choice(REGIONS),
                    a=rng.randint(60, 95), b=rng.randint(1, 99), c=rng.randint(65, 105), e=rng.randint(1, 99),
                    t=t, t2=t + rng.randint(2, 6), n=t - rng.randint(3, 9), w=rng.choice(WINDS), s=rng.randint(1, 9),
                    s2=rng.randint(10, 18), h=rng.randint(735, 765), q=rng.randint(40, 95), p=rng.choice(PEOPLE),
                    g1=rng.randint(1, 4), g2=rng.randint(0, 3), r=rng.randint(1, 30), up=rng.choice(("вырос", "снизился")),
                    x=rng.randint(0, 3), y=rng.randint(1, 99), i1=rng.randint(2500, 3300), i2=rng.randint(1, 99),
                    j1=rng.randint(900, 1200), j2=rng.randint(1, 99), o1=rng.randint(60, 95), o2=rng.randint(1, 99),
                    v=rng.randint(50, 180), k=rng.randint(20, 90), inj=rng.randint(5, 60), dead=rng.randint(0, 6),
                    dr=rng.randint(3, 40))
                slots["home"], slots["away"] = rng.sample(TEAMS, 2)
                text = template.format(**slots)
                if text not in seen:
                    break
            seen.add(text)
            i = len(out)
            title = " ".join(sentences(text)[0].split()[:8]).rstrip(".")
            out.append(Record(f"note_{i:03d}", day, title, text, f"note_{i:03d}",
                              "note", name, i % 3 == 0))
    return out


def build() -> list[Record]:
    """The whole corpus, in a fixed order: originals, copies, footed texts, notes."""
    rng = random.Random(SEED)
    origs = [Record(a.article_id, a.published_date, a.title, a.body, a.article_id, "original",
                    held_out=held_out(a.article_id)) for a in originals()]
    order = origs[:]
    rng.shuffle(order)
    copies = []
    for i, orig in enumerate(order[:100]):
        kinds = [KINDS[i % len(KINDS)]] if i < 80 else [rng.choice(KINDS) for _ in range(rng.randint(2, 4))]
        copies += [copy_of(orig, kind, n + 1, rng) for n, kind in enumerate(kinds)]
    by_length = sorted(origs, key=lambda r: (len(r.body.split()), r.article_id))
    pools = {}  # (short, held out) → originals, shuffled: each footer takes 2 + 2 short, 3 + 1 longer
    for i, r in enumerate(by_length):
        pools.setdefault((i < 24, r.held_out), []).append(r)
    for pool in pools.values():
        rng.shuffle(pool)
    footed = []
    for j, (name, footer) in enumerate(FOOTERS.items()):
        chosen = [r for (short, held), n in (((True, False), 2), ((True, True), 2), ((False, False), 3),
                                             ((False, True), 1)) for r in pools[short, held][n * j:n * j + n]]
        for orig in chosen:
            footed.append(replace(orig, article_id=f"{orig.article_id}.f", body=orig.body + "\n\n" + footer,
                                  kind="footer", detail=name))
    return origs + copies + footed + notes(rng)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    corpus = build()
    counts = Counter(r.kind for r in corpus)
    held = Counter(r.kind for r in corpus if r.held_out)
    print(f"{len(corpus)} records ({sum(held.values())} held out)")
    for kind, n in counts.items():
        print(f"  {kind:11}{n:4}  held out {held[kind]:3}")
        for r in [r for r in corpus if r.kind == kind][:show]:
            print(f"    {r.article_id} {r.published_date} [{r.detail}] {r.title!r}\n      {r.body[:400]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
