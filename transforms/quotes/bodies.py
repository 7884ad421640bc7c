"""Body nouns: the organisation a noun of the `body` role names («в ведомстве», «компания», «суд»), the last
one named before it whose name fits the noun (docs/quotes.md §4). Quotes' speakers and events' actors both
resolve such nouns here."""
from __future__ import annotations

import re

from transforms.coreference import Person
from transforms.field_view import FieldView
from transforms.names import fold
from transforms.quotes.lexicon import is_authority, is_media, lexicon


def named_body(f: FieldView, people: dict[str, Person], h: int, pos: int, named: bool = False) -> Person | None:
    """«В ведомстве считают» after «Прокуратура Кировской области обжаловала …»: a noun of the
    `body` role names the last organisation named before `pos` (of those whose name holds the
    noun — a word of it begins or ends with the noun's stem: «Мингорсуд», «Верховный суд», not «Дом
    правосудия» —, or whose name in marks the noun stands before: «клуб «Динамо»», for a `named` one;
    with `named`, only a `named` noun does: the events' actors, where «компания» may be any of several);
    an authority's noun («ведомство»), the last authority, if any («Ранее
    Роскомнадзор сообщил о … работы Telegram. В ведомстве объяснили …» → Роскомнадзор); never a news
    outlet cited before («сообщила «Фонтанка». … Как сообщили в ведомстве»)."""
    return last_body(f, people, f.lemma(h), pos, named)


def last_body(f: FieldView, people: dict[str, Person], noun: str, pos: int, named: bool = False,
              sphere: str | None = None) -> Person | None:
    """`named_body` for a body noun's lemma `noun` (a token's, or the issuer of a document: «суд»); `sphere`: an
    adjective of its sphere («оборонное ведомство»: speech_cues.tsv `sphere`), whose stems the name must hold."""
    cue = lexicon().get(noun, {}).get("body")
    kind, *stems = cue.cue.split() if cue is not None else ("any",)
    spheres = lexicon().get(sphere or "", {}).get("sphere")
    if spheres is not None:
        kind, stems = "named", spheres.cue.split()
    if cue is None or (named and kind == "any"):
        return None
    stem = noun[:5] if spheres is None else stems[0]
    before = [p for m in reversed([m for m in f.mentions if m["type"] == "ORG" and m["stop"] <= pos])
              if (p := people.get(m["entity_id"])) is not None and not is_media(*fold(p.name).split())
              and (kind == "any"
                   or any(w.startswith((stem, *stems)) or w.endswith(stem) for w in fold(p.name).split())
                   or fold(_title_noun(f.text, m["start"])).startswith(stem))]
    if is_authority(noun):
        before = [p for p in before if is_authority(p.name)] or before
    return before[0] if before else None


_TITLE_NOUN = re.compile(r"(\w+)\s*[«„\"]$")  # «клуб «Динамо»»: the noun a title in marks stands in apposition to


def _title_noun(text: str, start: int) -> str:
    """The word right before the quote mark that opens a name at `start` («Хоккейный клуб «Рязань»» →
    «клуб»), else ""."""
    m = _TITLE_NOUN.search(text, max(0, start - 40), start) if start > 0 and text[start - 1] in "«„\"" else None
    return m.group(1) if m is not None else ""
