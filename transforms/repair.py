"""Scraped-text repair: what a scraper leaves in an article's text, undone before any offset exists.

`repair(text)` returns the repaired text and the kinds of repair it needed (`REPAIRS`):

- `html_tags`: stray HTML tags go (`transforms/data/html_tags.tsv` says what each becomes:
  `<p>` and other blocks a paragraph break, `<br>` a line break, `<a href=…>слово</a>` its
  text, `<script>…</script>` nothing);
- `html_entities`: character entities decoded, named and numeric, with or without the final
  semicolon (`&laquo;`, `&laquo`, `&#171;`, `&#x2014;`), double-encoded ones too (`&amp;quot;`);
- `invisible_chars`: zero-width characters and soft hyphens removed;
- `mixed_script`: a Latin look-alike letter inside a Cyrillic word becomes Cyrillic
  («Булгaкoвa» → «Булгаков»), and the reverse inside a Latin word; a one-letter Latin
  word between Cyrillic words becomes the Russian word it looks like («c собой» → «с собой»)
  (`transforms/data/lookalikes.tsv`);
- `glued_sentences`: a sentence end glued to the next sentence gets its space back («в
  пятницу.РЖД в четверг» → «в пятницу. РЖД в четверг»);
- `dash_lookalikes`: a minus sign, figure dash, horizontal bar or double hyphen set as a dash (opening a
  line, or between spaces) becomes an em dash, which the quote rules read («− Не все удалось сделать, − заявил
  Медведев» → «— Не все …, — заявил …»; «"Мы будем …", -- заявил Ван И», as wire copy types it); a minus
  before a number («−5 °C») stays.

The result is also `decode.normalize_text`'s: NFC, LF line ends, plain spaces.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from html.entities import html5, name2codepoint

from transforms import wordlists
from transforms.decode import has_invisible, normalize_text
from transforms.names import CYRILLIC

REPAIRS = ("html_tags", "html_entities", "invisible_chars", "mixed_script", "glued_sentences", "dash_lookalikes")

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# An entity: named (its longest known prefix counts when the semicolon is missing) or numeric.
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?")
_NAMED = frozenset(name for name in html5 if name.endswith(";"))
# Without its semicolon a name counts when browsers take it so (`&laquo`, `&nbsp`, `&amp`) or it
# is too long to be chance (`&mdash`), longest first: «R&D», «A&news» stay as they are.
_BARE = sorted({name for name in html5 if not name.endswith(";")}
               | {name for name in name2codepoint if len(name) >= 5}, key=len, reverse=True)
_WORD = re.compile(r"[^\W\d_]+")
# a compound's parts are one word to the script rule: «CAHKT-ПЕТЕРБУРГ» is Cyrillic, «SMS-сообщение» both
_COMPOUND = re.compile(r"[^\W\d_]+(?:[-‐‑–—][^\W\d_]+)*")
_DASHES = re.compile(r"([-‐‑–—])")
_LATIN = re.compile(r"[a-zA-Z]")
# a minus sign, figure dash, horizontal bar or double hyphen opening a line or between spaces: set as a dash
# (repairs come before any offset is taken, so the double hyphen's one character less moves none)
_DASH_LOOKALIKE = re.compile(r"(?:^|(?<=[ \t]))(?:[\u2012\u2015\u2212]|--)(?=[ \t])", re.M)


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    """tag name → paragraph | line | drop | inline | space."""
    return {tag.lower(): kind.strip() for tag, kind in wordlists.rows("html_tags.tsv")}


@lru_cache(maxsize=1)
def _lookalikes() -> tuple[dict[int, str], dict[int, str], dict[str, str]]:
    """(Latin → Cyrillic, Cyrillic → Latin) translation tables, and Latin letter → the
    one-letter Russian word it looks like."""
    rows = [(row[0], row[1].strip(), row[2].strip() if len(row) > 2 else "") for row in wordlists.rows("lookalikes.tsv")]
    return ({ord(a): b for a, b, _ in rows}, {ord(b): a for a, b, _ in rows},
            {a: b for a, b, word in rows if word == "word"})


def repair(text: str, *, one_line: bool = False) -> tuple[str, tuple[str, ...]]:
    """The repaired text and the kinds of repair it needed, in `REPAIRS` order.

    `one_line` (a title): breaks that tags or entities make become spaces.
    """
    done = []
    fixed = _drop_tags(text, one_line)
    if fixed != text:
        done.append("html_tags")
    decoded = _decode_entities(fixed)
    if decoded != fixed:
        done.append("html_entities")
    if has_invisible(decoded):
        done.append("invisible_chars")
    text = normalize_text(decoded)
    if one_line:
        text = " ".join(text.split())
    fixed = _fix_scripts(text)
    if fixed != text:
        done.append("mixed_script")
    spaced = _GLUED_SENTENCE.sub(_unglue, fixed)
    if spaced != fixed:
        done.append("glued_sentences")
    dashed = _DASH_LOOKALIKE.sub("—", spaced)
    if dashed != spaced:
        done.append("dash_lookalikes")
    return dashed, tuple(done)


#: a sentence's end glued to the next sentence's first letter, as scrapers that join paragraphs leave it:
#: «… сообщила компания в пятницу.РЖД в четверг …», «… задерживались поезда."Ввели в график …»; the end
#: is two lowercase letters or a closing mark before [.!?] (not initials, «А.С.Пушкин», nor «г.Москва»), in a
#: word that is no name (`_unglue`)
_GLUED_SENTENCE = re.compile(r"(\w*(?:[а-яё]{2}|[»\"”])[.!?])([«„“\"]?[А-ЯЁ])")


def _unglue(m: re.Match) -> str:
    # a name with a dot in it stays: «Цензор.НЕТ», «Газета.Ру» (the word before the dot is capitalised)
    return m.group(0) if m.group(1)[:1].isupper() else f"{m.group(1)} {m.group(2)}"


def _drop_tags(text: str, one_line: bool) -> str:
    if "<" not in text:
        return text
    text = _COMMENT.sub("", text)
    kinds = _tags()
    out, pos, skip_until = [], 0, None
    for m in _TAG.finditer(text):
        closing, name = m.group(1), m.group(2).lower()
        kind = kinds.get(name)
        if kind is None:
            continue
        if skip_until is not None:  # inside <script>…</script>: only its closing tag matters
            if closing and name == skip_until:
                pos, skip_until = m.end(), None
            continue
        out.append(text[pos:m.start()])
        pos = m.end()
        if kind == "drop" and not closing and not m.group(0).endswith("/>"):
            skip_until = name
        elif kind == "paragraph":
            out.append(" " if one_line else "\n\n")
        elif kind == "line":
            out.append(" " if one_line else "\n")
        elif kind == "space":
            out.append(" ")
    out.append(text[pos:] if skip_until is None else "")
    return "".join(out)  # runs of breaks («</p>\n<p>») are one paragraph break to the parser


def _entity(m: re.Match) -> str:
    decimal, hexadecimal, name = m.groups()
    if decimal or hexadecimal:
        code = int(decimal or hexadecimal, 10 if decimal else 16)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return m.group(0)
        return html.unescape(f"&#{code};")
    if m.group(0).endswith(";") and f"{name};" in _NAMED:
        return html5[f"{name};"]
    for bare in _BARE:  # `&laquoАврора`, `&nbspслово`: the name ends where a known one does
        if name.startswith(bare):
            return (html5.get(bare) or chr(name2codepoint[bare])) + m.group(0)[1 + len(bare):]
    return m.group(0)


def _decode_entities(text: str) -> str:
    for _ in range(3):  # `&amp;laquo;` was encoded twice
        if "&" not in text:
            break
        decoded = _ENTITY.sub(_entity, text)
        if decoded == text:
            break
        text = decoded
    return text


def _fix_word(word: str) -> str:
    cyrillic, latin = CYRILLIC.findall(word), _LATIN.findall(word)
    if not cyrillic or not latin:
        return word
    to_cyrillic, to_latin, _ = _lookalikes()
    only_cyrillic = any(ord(ch) not in to_latin for ch in cyrillic)  # letters with no Latin twin: «ш», «м»
    only_latin = any(ord(ch) not in to_cyrillic for ch in latin)
    if only_cyrillic and only_latin:
        return word  # both scripts for real («iPhoneы»): not a look-alike
    if only_latin or (not only_cyrillic and len(latin) > len(cyrillic)):
        return word.translate(to_latin)
    return word.translate(to_cyrillic)


def _script(part: str) -> tuple[str | None, bool]:
    """(the one script of a word part or None, whether all its letters have a twin in the other)."""
    to_cyrillic, to_latin, _ = _lookalikes()
    if not _LATIN.search(part):
        return "cyrillic", all(ord(ch) in to_latin for ch in part)
    if not CYRILLIC.search(part):
        return "latin", all(ord(ch) in to_cyrillic for ch in part)
    return None, False


@lru_cache(maxsize=1)
def _one_letter_words() -> re.Pattern:
    """A one-letter Latin word that looks like a Russian one, standing alone (as `_WORD` finds words)."""
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, _lookalikes()[2])) + r")(?![^\W\d_])")


def _fix_compound(m: re.Match) -> str:
    """Each part of «CAHKT-ПЕТЕРБУРГ» by the word rule; then a part of look-alikes only takes the
    script of the other parts when they all have letters of theirs alone («CAHKT» → «САНКТ»).
    Both rules change only a compound with a Latin letter."""
    compound = m.group(0)
    if not _LATIN.search(compound):
        return compound
    parts = _DASHES.split(compound)
    parts[::2] = [_fix_word(p) for p in parts[::2]]
    if len(parts) > 1:
        scripts = [_script(p) for p in parts[::2]]
        for k, (script, twins) in enumerate(scripts):
            others = {s for n, (s, t) in enumerate(scripts) if n != k and not t}
            if script and twins and len(others) == 1 and script not in others and None not in others:
                to_cyrillic, to_latin, _ = _lookalikes()
                parts[2 * k] = parts[2 * k].translate(to_cyrillic if script == "latin" else to_latin)
    return "".join(parts)


def _fix_scripts(text: str) -> str:
    if not _LATIN.search(text) or not CYRILLIC.search(text):
        return text
    return _fix_one_letter_words(_COMPOUND.sub(_fix_compound, text))


def _fix_one_letter_words(text: str) -> str:
    """«c собой», «B Москве»: a one-letter Latin word between Cyrillic words is the Russian word."""
    words = _lookalikes()[2]
    if not _one_letter_words().search(text):
        return text
    found = list(_WORD.finditer(text))
    out, pos = [], 0
    for i, m in enumerate(found):
        if m.group(0) not in words or i + 1 == len(found) or _LATIN.search(found[i + 1].group(0)):
            continue
        if i and _LATIN.search(found[i - 1].group(0)):
            continue
        out += [text[pos:m.start()], words[m.group(0)]]
        pos = m.end()
    return "".join(out) + text[pos:] if out else text
