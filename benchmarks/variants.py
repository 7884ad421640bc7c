"""Spelling variants of real news texts, as scraped archives write them (issue 14, part 4).

    .venv/bin/python -m benchmarks.variants --src data/raw --out /tmp/variants [--seed 0]

Two separate sets, both deterministic given a `random.Random`:

- `CLASSES`: text-level variants of scraped archives (HTML entities and tags, Latin
  look-alike letters, zero-width characters, quote and dash styles, ё/е, wire headlines,
  odd white space, hard-wrapped lines). The parser repairs or tolerates them.
- `NAME_CLASSES`: what an entity name key must ignore (case, ё/е, quote style,
  hyphens/dashes with or without spaces, white space). `names()` and `variant_of()` are
  hypothesis strategies over them.

Each function rewrites some eligible spots (at least one when there is any) and never adds
or removes a line break, except `hard_wrap`, which turns spaces into single line breaks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from collections.abc import Callable, Iterable
from pathlib import Path

Variant = Callable[[str, random.Random], str]
_WORD = r"[^\W\d_]"  # a letter of any script


def _each(pattern: str, text: str, rng: random.Random, p: float, repl: Callable[[re.Match, random.Random], str],
          at_least_one: bool = True, flags: int = 0) -> str:
    """Rewrite each match with probability p (and one at random when none was drawn)."""
    matches = list(re.finditer(pattern, text, flags))
    if not matches:
        return text
    chosen = {i for i in range(len(matches)) if rng.random() < p}
    if not chosen and at_least_one:
        chosen = {rng.randrange(len(matches))}
    out, pos = [], 0
    for i in sorted(chosen):
        m = matches[i]
        out += [text[pos:m.start()], repl(m, rng)]
        pos = m.end()
    return "".join(out) + text[pos:]


def _other(options: str | list[str], current: str, rng: random.Random) -> str:
    return rng.choice([o for o in options if o != current])


# --- html_entities: a scraper that did not decode, or decoded only half ------------------------
_ENTITIES = {
    "«": ["&laquo;", "&#171;", "&#xAB;", "&laquo"], "»": ["&raquo;", "&#187;", "&#xBB;", "&raquo"],
    '"': ["&quot;", "&#34;", "&quot"], "—": ["&mdash;", "&#8212;", "&#x2014;"], "–": ["&ndash;", "&#8211;"],
    "’": ["&rsquo;", "&#8217;"], "'": ["&#39;", "&apos;"], "„": ["&bdquo;"], "“": ["&ldquo;"], "”": ["&rdquo;"],
    "…": ["&hellip;", "&#8230;"], "№": ["&#8470;"], "ё": ["&#1105;"], "Ё": ["&#1025;"],
    "\xa0": ["&nbsp;", "&#160;"], "\xad": ["&shy;"], "\u200b": ["&#8203;"],
}
_ENTITY_CHARS = "[" + re.escape("".join(_ENTITIES)) + "]"


def html_entities(text: str, rng: random.Random) -> str:
    """`«Роснефть»` → `&laquo;Роснефть&#187;`; also `&nbsp;`, `&shy;`, numeric letters, `&laquo` without `;`."""
    orig, text = text, text.replace("&", "&amp;")
    text = _each(_ENTITY_CHARS, text, rng, 0.7, lambda m, r: r.choice(_ENTITIES[m[0]]))
    # Typographers put &nbsp; after short words and before dashes.
    text = _each(r"(?<![^\s(])(\w{1,2}) |(?<=\w) (?=&[mn]dash|&#8212|&#x2014|—|–)", text, rng, 0.3,
                 lambda m, r: (m[1] or "") + "&nbsp;", at_least_one=False)
    text = _each(r"(?<=[а-яё]{3})(?=[а-яё]{3})", text, rng, 0.02, lambda m, r: "&shy;", at_least_one=False)
    return _each(rf"(?<![&#\w]){_WORD}+(?!\w)", text, rng, 0.01,
                 lambda m, r: "".join(f"&#{ord(c)};" for c in m[0]), at_least_one=text == orig)


# --- html_tags: inline markup left in; paragraph markup is added by variant_article ----------
_TAGS = ['<a href="https://www.example.ru/tags/{n}/">{w}</a>', "<b>{w}</b>", "<i>{w}</i>", "<strong>{w}</strong>",
         "<em>{w}</em>", '<span class="{c}">{w}</span>']


def html_tags(text: str, rng: random.Random) -> str:
    """`Токаев провел` → `<a href="https://…">Токаев</a> провел`; `. <br/>` between sentences."""
    text = _each(r"(?<=[.!?]) (?=[«\"&A-ZА-ЯЁ])", text, rng, 0.15, lambda m, r: r.choice(["<br>", "<br/>", " <br />"]),
                 at_least_one=False)
    # A word may already hold entities or invisible characters: the tag goes around all of it.
    token = rf"{_WORD}(?:[^\s<>]*{_WORD})?"
    return _each(rf"(?<![^\s(]){token}(?: {token})?", text, rng, 0.05,
                 lambda m, r: r.choice(_TAGS).format(w=m[0], n=r.randrange(1, 9999), c=r.choice(["hl", "name", "b"])))


# --- latin_lookalikes: letters from the other alphabet that look the same ----------------------
_CYR_TO_LAT = dict(zip("аеорсухАВЕКМНОРСТХ", "aeopcyxABEKMHOPCTX"))
_LAT_TO_CYR = {v: k for k, v in _CYR_TO_LAT.items()}


def _swap_letters(table: dict[str, str]) -> Callable[[re.Match, random.Random], str]:
    def repl(m: re.Match, rng: random.Random) -> str:
        return _each("[" + "".join(table) + "]", m[0], rng, 0.5, lambda c, r: table[c[0]])
    return repl


def latin_lookalikes(text: str, rng: random.Random) -> str:
    """`Булгакова` → `Булгaкoвa` (Latin a, o), and the reverse: `Google` → `Googlе` (Cyrillic е)."""
    cyr = rf"(?<![&#\w])[а-яёА-ЯЁ]*[{''.join(_CYR_TO_LAT)}][а-яёА-ЯЁ]*(?!\w)"
    # Latin words first: a Cyrillic «с» made Latin would otherwise be a Latin word to swap back.
    text = _each(rf"(?<![&#\w])[A-Za-z]*[{''.join(_LAT_TO_CYR)}][A-Za-z]*(?!\w)", text, rng, 0.3,
                 _swap_letters(_LAT_TO_CYR), at_least_one=not re.search(cyr, text))
    return _each(cyr, text, rng, 0.12, _swap_letters(_CYR_TO_LAT))


# --- quote_styles -------------------------------------------------------------------------------
_QUOTE_STYLES = [("„", "“"), ('"', '"'), ("“", "”"), ("'", "'"), ("‹", "›"), ("«", "»")]


def quote_styles(text: str, rng: random.Random) -> str:
    """`«НК «Роснефть»»` → `"НК "Роснефть""`, `„НК „Роснефть““`, `«НК „Роснефть“»` or a mix."""
    mode = rng.choice(["one", "one", "nested", "mixed"])
    one = rng.choice(_QUOTE_STYLES[:-1])
    out, stack = [], []
    for ch in text:
        if ch == "«":
            style = one if mode == "one" else _QUOTE_STYLES[-1 if not stack else 0] if mode == "nested" \
                else rng.choice(_QUOTE_STYLES)
            stack.append(style)
            out.append(style[0])
        elif ch == "»":
            out.append((stack.pop() if stack else one)[1])
        else:
            out.append(ch)
    result = "".join(out)
    return quote_styles(text, rng) if result == text and "«" in text and "»" in text else result


# --- hyphens and dashes --------------------------------------------------------------------------
def spaced_hyphens(text: str, rng: random.Random) -> str:
    """`ГАС-Выборы` → `ГАС - Выборы`, `Касым – Жомарт`, `Касым‑Жомарт` (only a hyphen between letters)."""
    return _each(rf"(?<={_WORD})-(?={_WORD})", text, rng, 0.5,
                 lambda m, r: r.choice([" - ", " – ", "–", " — ", "—", "- ", " -", "\u2011", "\u2010"]))


def dash_styles(text: str, rng: random.Random) -> str:
    """`Токаев — президент` → `Токаев - президент`, `Токаев -- президент`, `Токаев – президент`."""
    return _each(r"(?<=\s)[—–](?=\s)|^[—–](?= )", text, rng, 0.7, lambda m, r: _other(["-", "--", "–", "—"], m[0], r),
                 flags=re.M)


def apostrophes(text: str, rng: random.Random) -> str:
    """`О’Рейли` → `О'Рейли`, `ОʼРейли`, ``О`Рейли``."""
    return _each(r"(?<=\w)[’'ʼ`´](?=\w)", text, rng, 0.8, lambda m, r: _other("'’ʼ`´", m[0], r))


# --- invisible characters --------------------------------------------------------------------------
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\xad"


def zero_width_soft_hyphen(text: str, rng: random.Random) -> str:
    """`Казахстана` → `Казах\\u00adстана`, `Каза\\u200bхстана` (one invisible character inside a word)."""
    def insert(m: re.Match, r: random.Random) -> str:
        i = r.randrange(1, len(m[0]))
        return m[0][:i] + r.choice(_INVISIBLE) + m[0][i:]
    return _each(rf"{_WORD}{{4,}}", text, rng, 0.1, insert)


# --- ё / е ---------------------------------------------------------------------------------------------
# Where ё is obligatory but commonly written е; the е-spelling is what archives hold.
_YO_WORDS = ["её", "ещё", "всё-таки", "Пётр", "Фёдор", "Семён", "Артём", "Алёна", "Орёл", "Королёв", "Щёлково"]
_YO_STEMS = ["Горбачёв", "Хрущёв", "Соловьёв", "Воробьёв", "Пугачёв", "надёжн", "перенесёт", "расчёт", "вперёд",
             "самолёт", "лётчик", "учёт", "отчёт"]  # a stem takes up to 3 more letters: Горбачёва, расчётов
_YO_RE = re.compile(r"(?<!\w)(?:{}|{})".format(
    "|".join(w.replace("ё", "е") + r"(?!\w)" for w in _YO_WORDS),
    "|".join(s.replace("ё", "е") + r"(?=\w{0,3}(?!\w))" for s in _YO_STEMS)), re.IGNORECASE)
_YO_OF = {w.replace("ё", "е").lower(): w.lower() for w in _YO_WORDS + _YO_STEMS}


def _case_like(model: str, text: str) -> str:
    return "".join(t.upper() if m.isupper() else t for m, t in zip(model, text))


def yo(text: str, rng: random.Random) -> str:
    """`чёрного` → `черного` (mostly all of a text), or `Горбачев` → `Горбачёв` for known words."""
    # A text either drops ё or adds it, never both: the two would undo each other.
    if re.search("[ёЁ]", text) and (rng.random() < 0.8 or not _YO_RE.search(text)):
        return _each("[ёЁ]", text, rng, 1.0 if rng.random() < 0.7 else 0.5, lambda m, r: "е" if m[0] == "ё" else "Е")
    return _each(_YO_RE.pattern, text, rng, 0.5, lambda m, r: _case_like(m[0], _YO_OF[m[0].lower()]), flags=re.I)


# --- wire headlines, white space, line wrapping -------------------------------------------------------
_CITIES = ["МОСКВА", "САНКТ-ПЕТЕРБУРГ", "КРАСНОЯРСК", "НОВОСИБИРСК", "ВЛАДИВОСТОК", "АСТАНА", "КИЕВ", "ВАШИНГТОН"]
_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()


def upper_headline(text: str, rng: random.Random) -> str:
    """`Токаев на встрече с Зеленским` → `ТОКАЕВ НА ВСТРЕЧЕ С ЗЕЛЕНСКИМ` (a title; see `dateline` for the lead)."""
    return text.upper()


def dateline(lead: str, date: dt.date, rng: random.Random) -> str:
    """`КРАСНОЯРСК, 12 марта. ` or `МОСКВА, 12 мар — РИА Новости. ` before the lead."""
    city, day, month = rng.choice(_CITIES), date.day, _MONTHS[date.month - 1]
    return rng.choice([f"{city}, {day} {month}. ", f"{city}, {day} {month[:3]} — РИА Новости. ",
                       f"{city}, {day} {month} /ТАСС/. ", f"{city}, {day} {month} - Интерфакс. "]) + lead


def whitespace(text: str, rng: random.Random) -> str:
    """Some spaces → no-break, thin, doubled or tab (`Касым-Жомарт\\xa0Токаев`); line ends: see variant_article."""
    return _each(" ", text, rng, 0.12, lambda m, r: r.choice(["\xa0", "  ", "\t", " \xa0", "\u202f", "\u2009", "   "]))


def hard_wrap(text: str, rng: random.Random) -> str:
    """Paragraphs wrapped at 60–80 characters with single line breaks (mail and fixed-width archives)."""
    width, out, line = rng.randrange(60, 81), [], 0
    for word in re.split(r"(?<=\S) (?=\S)", text):
        if out:
            wrap = line + 1 + len(word.split("\n", 1)[0]) > width
            out.append("\n" if wrap else " ")
            line = 0 if wrap else line + 1
        out.append(word)
        line = len(word.rsplit("\n", 1)[-1]) if "\n" in word else line + len(word)
    return "".join(out)


# Canonical order: encoding classes last, so entities and tags wrap what the others wrote.
CLASSES: dict[str, Variant] = {f.__name__: f for f in [
    upper_headline, yo, quote_styles, apostrophes, spaced_hyphens, dash_styles, latin_lookalikes,
    zero_width_soft_hyphen, hard_wrap, html_entities, whitespace, html_tags]}


# --- whole articles ------------------------------------------------------------------------------------------
_HEADER = re.compile(r"^(\s*date\s+(\S+)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+)(.*)$", re.IGNORECASE)


def _paragraph_markup(paragraphs: list[str], rng: random.Random) -> list[str]:
    style = rng.choice(["p", "p", "p-open", "br"])
    if style == "br":  # the breaks stay blank lines too, so both readings agree
        return [p + rng.choice(["<br><br>", "<br /><br />", "<br/>\n<br/>"]) for p in paragraphs[:-1]] + paragraphs[-1:]
    return [f"<p>{p}</p>" if style == "p" else f"<p>{p}" for p in paragraphs]


def variant_article(raw_text: str, classes: Iterable[str], rng: random.Random) -> str:
    """A raw article file's text with `classes` applied; the header's `date` and date token stay as they are."""
    wanted = set(classes)
    if unknown := wanted - set(CLASSES):
        raise ValueError(f"unknown variant classes: {sorted(unknown)}")
    text = raw_text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.lstrip("\n").partition("\n")
    m = _HEADER.match(first)
    if not m:
        raise ValueError(f"no ` date YYYY-MM-DD Title` header: {first[:60]!r}")
    prefix, title = m[1], m[3]
    body = "\n\n".join(p.strip() for p in re.split(r"\n[ \t]*\n\s*", rest.strip()) if p.strip())
    for name in (n for n in CLASSES if n in wanted):
        if name == "upper_headline":
            title = upper_headline(title, rng)
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", m[2]):
                body = dateline(body, dt.date.fromisoformat(m[2]), rng)
            continue
        if name != "hard_wrap":  # the title is one line
            title = CLASSES[name](title, rng)
        body = CLASSES[name](body, rng)
    paragraphs = body.split("\n\n")
    if "html_tags" in wanted:
        paragraphs = _paragraph_markup(paragraphs, rng)
    out = prefix + title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    if "whitespace" in wanted:
        out = _each(r"\n\n", out, rng, 0.2, lambda m, r: r.choice(["\n \n", "\n\t\n", "\n\n\n"]), at_least_one=False)
        out = out.replace("\n", rng.choice(["\r\n", "\r\n", "\r", "\n"]))
    return out


def write_corpus(src: Path, dst: Path, seed: int = 0) -> dict[str, int]:
    """One rewritten copy of every `*.txt` article under src per class, in `dst/<class>/…`, plus `dst/mixed/`."""
    counts = dict.fromkeys([*CLASSES, "mixed"], 0)
    for path in sorted(src.rglob("*.txt")):
        rel = path.relative_to(src)
        if any(part.startswith(".") for part in rel.parts):
            continue
        raw = path.read_text(encoding="utf-8-sig")
        for name in counts:
            rng = random.Random(f"{seed}/{name}/{rel.as_posix()}")
            out = dst / name / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(variant_article(raw, CLASSES if name == "mixed" else [name], rng).encode("utf-8"))
            counts[name] += 1
    return counts


# --- name variants: what a name key must ignore ---------------------------------------------------------------
def case(text: str, rng: random.Random) -> str:
    """`Касым-Жомарт Токаев` → `КАСЫМ-ЖОМАРТ ТОКАЕВ`, `касым-жомарт токаев`."""
    options = sorted({text.upper(), text.lower(), text.title(), text.capitalize()} - {text})
    return rng.choice(options) if options else text


def hyphens(text: str, rng: random.Random) -> str:
    """A hyphen or dash between letters, with or without spaces: `Касым-Жомарт` → `Касым – Жомарт`."""
    return _each(rf"(?<={_WORD})\s*[-‐‑–—]\s*(?={_WORD})", text, rng, 0.7,
                 lambda m, r: _other(["-", " - ", "–", " – ", "—", " — ", "\u2010", "\u2011"], m[0], r))


def spacing(text: str, rng: random.Random) -> str:
    """Extra, no-break or tab white space between words and around the name."""
    text = whitespace(text, rng)
    return rng.choice(["", " ", "\xa0"]) + text + rng.choice(["", " ", "\t"])


NAME_CLASSES: dict[str, Variant] = {"case": case, "yo": yo, "quote_styles": quote_styles, "hyphens": hyphens,
                                    "whitespace": spacing}

_FIRST = ["Касым-Жомарт", "Владимир", "Пётр", "Фёдор", "Артём", "Алёна", "Жан-Клод", "Анна-Мария", "Семён", "Юрий"]
_LAST = ["Токаев", "Зеленский", "Горбачёв", "Римский-Корсаков", "Салтыков-Щедрин", "Лужков", "Соловьёв", "Сарым"]
PEOPLE = ["Касым-Жомарт Токаев", "Владимир Зеленский", "Айдос Сарым", "Ху Цзиньтао", "Николя Саркози",
          "Михаил Горбачёв", "Фёдор Конюхов", "Гэбриэль Гиффордс", "Мухаммед аль-Масри", "Жан-Клод Юнкер"]
ORGS = ["НК «Роснефть»", "ГАС «Выборы»", "ГАС-Выборы", "ОАО «Газпром»", "ПАО «Сбербанк России»", "«Газпром нефть»",
        "ООН", "МИД России", "ФК «Спартак-Москва»", "«Аэрофлот — российские авиалинии»", "Hewlett-Packard",
        "Bank of East Asia", "ООО «Лукойл-Западная Сибирь»", "Генассамблея ООН"]
PLACES = ["Нью-Йорк", "Санкт-Петербург", "Ростов-на-Дону", "Улан-Удэ", "Комсомольск-на-Амуре", "Орёл", "Астана",
          "Алма-Ата", "Королёв", "Щёлково", "Пхеньян", "Северная Африка"]


def names():
    """Hypothesis strategy: realistic Russian names of people, organisations (with «» quotes) and places."""
    from hypothesis import strategies as st
    built = st.builds(lambda f, l: f"{f} {l}", st.sampled_from(_FIRST), st.sampled_from(_LAST))
    return st.one_of(st.sampled_from(PEOPLE), built, st.sampled_from(ORGS), st.sampled_from(PLACES))


def variant_of(name: str):
    """Hypothesis strategy: `name` rewritten by one or more `NAME_CLASSES` (its key must not change)."""
    from hypothesis import strategies as st
    picks = st.lists(st.sampled_from(sorted(NAME_CLASSES)), min_size=1, max_size=len(NAME_CLASSES), unique=True)

    def apply(chosen: list[str], seed: int) -> str:
        rng, text = random.Random(seed), name
        for key in (k for k in NAME_CLASSES if k in chosen):
            text = NAME_CLASSES[key](text, rng)
        return text
    return st.builds(apply, picks, st.integers(0, 2**32 - 1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=Path("data/raw"), help="raw articles (*.txt, recursively)")
    parser.add_argument("--out", type=Path, required=True, help="output folder, one sub-folder per class")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for name, n in write_corpus(args.src, args.out, args.seed).items():
        print(f"{name}\t{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
