"""A headline that gives a name (and perhaps its topic) and a colon, then words with no quote marks
around them all: «Сечин: "Роснефть" справилась с нестабильностью рынка», «Мединский о разгоне
Минкульта: Шнуров не понимает, о чем говорит»; or the words first and the name after a dash:
«Основные автопроизводители запустили конвейеры … в РФ — Путин». The words are the named speaker's,
told by the editor: reported speech (`indirect`, docs/quotes.md §6), as after «X заявил:» with no
marks. A body's subheading, a line of its own with no full stop, is read the same way. Words in
quote marks before a colon and a clause whose subject is a name or a descriptor are that subject's
own, direct speech: «"Ездите по отремонтированным дорогам": мэр Качканара ответил жителям».
"""

from __future__ import annotations

import re

from transforms.coreference import Person, first_person
from transforms.descriptors import carriers, descriptor_words, owners
from transforms.field_view import FieldView
from transforms.quotes.attribution import Attr, Row
from transforms.quotes.introducers import conference_owner, occasion_owner
from transforms.quotes.direct import cue_before_colon
from transforms.quotes.names_before_colon import before_topic, descriptor_then_name, name_before_colon
from transforms.quotes.lexicon import POSSESSIVE_FIRST
from transforms.quotes.marks import n_words, speech_like

_NAME_COLON = re.compile(r"[ \t]*((?:[^:.!?«»\"„“”]|«[^«»:.!?]{1,40}»|\"[^«»\":.!?]{1,40}\"|„[^«»„“:.!?]{1,40}“)"
                         r"{1,80}?)[ \t]*:[ \t]+")
# a name in marks («», "" or „“) may stand in the descriptor or the topic: «Замдиректора «Газпром-медиа» Ханчалян: …»,
# «Loreen об очередной победе на "Евровидении": …»
# «… в РФ — Путин», «…», - С. Кочеров (initials before the surname)
_DASH_NAME = re.compile(r",?[ \t]+[—–-][ \t]+((?:[А-ЯЁA-Z]\.[ \t]?){0,2}[^—–:.!?«»\"„“”]{2,60}?)[ \t.]*$")
_END = " \t.!?…"
_MARKS_COLON = re.compile(r"[ \t]*[«„“\"]([^«»„“”\"]{2,200})[»“”\"][ \t]*:[ \t]+")  # «"…": мэр ответил …»
# «"В НХЛ из меня хотели сделать дуболома". Русский форвард «Ванкувера» — о стиле …»: the speaker before a dashed topic
_MARKS_DOT = re.compile(r"[ \t]*[«„“\"]([^«»„“”\"]{2,200})[»“”\"][ \t]*\.[ \t]+([^.!?:—–]{2,80}?)"
                        r"[ \t]+[—–-][ \t]+(?:о|об|обо|про)[ \t]")


def headline_rows(f: FieldView, span: tuple[int, int] | None = None) -> list[Row]:
    """The row of a title «Name: words», when the words read as a statement and are not one span
    in quote marks (that is direct speech, `direct.direct_rows`); `span`: the line of a body's
    subheading that is read as a headline (`subheadings`), else the whole field."""
    p0, p1 = span or (0, len(f.text))
    if marked := _marks_colon(f, p0, p1):
        return marked
    m = _NAME_COLON.match(f.text, p0, p1)
    if m is None:
        return _dash_name(f, p0, p1)
    idx = before_topic(f, list(f.tokens_in(m.start(1), m.end(1))))
    # «Мединский о разгоне Минкульта: …»: the name before its topic; «Посол РФ об отношениях с США: …»:
    # a descriptor the body introduces someone with (`descriptor_speaker`)
    named = descriptor_then_name(f, idx) or name_before_colon(f, idx)
    attr = named or _descriptor(f, idx)
    start, stop = m.end(), len(f.text[:p1].rstrip(_END))
    words = f.text[start:stop]
    if attr is None and not _in_marks(words) and (cued := _cued(f, m.start(1), m.end(1))) is not None:
        # «Тимошенко ответила Президенту: Полная неадекватность», «Александр Лебедев прокомментировал сообщения СМИ
        # о его встрече с Джонсоном: это фейк-ньюс»: a cue with a named subject says the words (probe FR)
        return [Row(start, stop, "indirect", cued, anchor=cued.pos)] if stop > start else []
    if attr is None or stop <= start or not _said(f, start, stop):
        return []
    if _in_marks(words):
        # «Токаев: «Казахстан не является анти-Россией»»: a marked span, direct speech (`direct.direct_rows`
        # finds the name); «Министр обороны Германии: «Путин хочет нас расколоть»»: a descriptor, which
        # only the body resolves (`descriptor_speaker`), the quote kept though it resolves to no one
        if named is not None:
            return []
        attr.source = "colon"
        return [Row(start + 1, stop - 1, "direct", attr, anchor=attr.pos)]
    attr.source = "headline"  # kept only when the speakers resolve the name (not a rubric: «Видеофакт: …»)
    return [Row(start, stop, "indirect", attr, anchor=attr.pos)]


def subheadings(f: FieldView) -> list[tuple[int, int]]:
    """The body's paragraphs that are headlines of their own — one line with no closing full stop
    before more text, at most 25 words: «Цивилев: меры поддержки положительно сказались на угольной
    отрасли» under the title, «Мантуров: Брошенные иностранцами автозаводы начнут работу …»."""
    found = []
    for n, (p0, p1) in enumerate(f.paragraphs[:-1]):
        line = f.text[p0:p1].strip()
        if line and line[-1] not in ".!?…»\"”:;" and "\n" not in line and n_words(line) <= 25:
            found.append((p0, p1))
    return found


def _dash_name(f: FieldView, p0: int = 0, p1: int | None = None) -> list[Row]:
    """The row of a title «words — Name» («Основные автопроизводители запустили конвейеры по
    производству автомобилей в РФ — Путин»): the words before the last dash, when the words after
    it are nothing but a name, or a descriptor the body introduces someone with («Операции
    пострадавших в Севастополе продолжаются — главврач»), and the words read as a statement; words
    in one pair of quote marks are direct speech («"Мы не отступим ни на шаг" — Зеленский»)."""
    p1 = len(f.text) if p1 is None else p1
    m = _DASH_NAME.search(f.text, p0, p1)
    if m is None:
        return []
    if _paired(f, m.start(), m.start(1)):
        return []  # «Карпин подвел итоги матча Россия — Куба»: two sides joined by the dash, no speaker
    idx = list(f.tokens_in(m.start(1), m.end(1)))
    attr = name_before_colon(f, idx) or _descriptor(f, idx)  # «… продолжаются — главврач»: the body's
    start = p0 + len(f.text[p0:p1]) - len(f.text[p0:p1].lstrip(" \t"))
    stop = len(f.text[:m.start()].rstrip(_END + ","))
    if attr is None or stop <= start or not _said(f, start, stop):
        return []
    attr.source = "headline"
    if _in_marks(f.text[start:stop]):
        inner = f.text[start + 1:stop - 1]  # «"Мы не отступим ни на шаг" — Зеленский»: one marked span, direct;
        # a name in marks nested inside it is the words' («…наберет ли «Единая Россия» более 50%», - С. Кочеров)
        return [Row(start + 1, stop - 1, "direct", attr, anchor=attr.pos)] if _nested(inner) else []
    return [Row(start, stop, "indirect", attr, anchor=attr.pos)]


def _paired(f: FieldView, dash: int, after: int) -> bool:
    """Whether places or organisations stand on both sides of the dash at offset `dash`, the name after it
    starting at `after` (a match, a pair of sides: «матча Россия — Куба», «переговоры Россия — США»): the
    second is the pair's other side, no speaker («… в РФ — Путин» is his)."""
    sides = [m for m in f.mentions if m["type"] in ("LOC", "ORG")]
    return (any(m["stop"] <= dash and not f.text[m["stop"]:dash].strip(" \t,") for m in sides)
            and any(m["start"] == after for m in sides))


def _marks_colon(f: FieldView, p0: int, p1: int) -> list[Row]:
    """The row of a title «"Words": X verb …» («"Ездите по отремонтированным дорогам": мэр Качканара
    ответил жителям …», «"Тут есть и удавы, и обезьяны, и козлы…": Мэр Николаева сравнил свой горсовет
    с зоопарком»): the words in the marks, direct speech, when they read as a statement (or run to four
    words: «"Жестокий удар против жизни": Зеленский отреагировал на атаку …») and the words
    after the colon up to their first verb are a name or a descriptor, its subject — or, with no
    verb, up to a topic («"Я сначала отказалась": Стася Милославская о съёмках в фильме …»)."""
    m = _MARKS_COLON.match(f.text, p0, p1)
    if m is None and (d := _MARKS_DOT.match(f.text, p0, p1)) is not None and speech_like(f, d.start(1), d.end(1)):
        # «"…". Русский форвард «Ванкувера» — о стиле, татуировках …»: a name or a descriptor, no verb, before a
        # dashed topic (an interview's headline, probe HA)
        idx = list(f.tokens_in(d.start(2), d.end(2)))
        # (a descriptor before its owner's name: «форвард «Ванкувера»» is no «Ванкувер»)
        attr = descriptor_then_name(f, idx) or _descriptor(f, idx) or name_before_colon(f, idx)
        if attr is None or any(f.tokens[k].pos in ("VERB", "AUX") for k in idx):
            return []
        attr.source = "headline"
        return [Row(d.start(1), d.end(1), "direct", attr, anchor=attr.pos)]
    # a statement, or four words or more: «"Жестокий удар против жизни": Зеленский отреагировал …» (not a
    # name in marks: «"Северный поток": …»)
    if m is None or not (speech_like(f, m.start(1), m.end(1)) or n_words(m.group(1)) >= 4):
        return []
    rest = list(f.tokens_in(m.end(), p1))
    verb = next((i for i, k in enumerate(rest) if f.tokens[k].pos in ("VERB", "AUX")), None)
    # or no verb, the name before its topic: «"Я сначала отказалась": Стася Милославская о съёмках …»
    idx = rest[:verb] if verb else before_topic(f, rest) if verb is None else []
    if not idx or len(idx) == len(rest):
        return []
    # («"Мой главный враг – не Путин": митинг Навального в Челябинске …»: the person of an occasion of speaking)
    attr = (occasion_owner(f, idx[0], idx[-1] + 1) or descriptor_then_name(f, idx) or name_before_colon(f, idx)
            or _descriptor(f, idx))
    if attr is None:
        return []
    attr.source = "headline"
    return [Row(m.start(1), m.end(1), "direct", attr, anchor=attr.pos)]


def _cued(f: FieldView, a: int, b: int) -> Attr | None:
    """The attribution of the clause [a, b) before a headline's colon when a verb of saying there has a
    person or an organisation named as its subject (`direct.cue_before_colon`)."""
    attr, _ = cue_before_colon(f, list(f.tokens_in(a, b)))
    if attr is None or attr.head is None or attr.implicit:
        return None
    if not any((f.mention_at(k) or {}).get("type") in ("PER", "ORG") for k in attr.np_tokens or ()):
        return None
    attr.source = "headline"
    return attr


def _said(f: FieldView, start: int, stop: int) -> bool:
    """Whether a headline's words read as its name's speech: a statement (`speech_like`) or one with no
    verb (`_nominal_predicate`), or words in the first person, which only a speaker says — «Иванов: Для
    меня честь попасть в список санкций», «Соболенко: спасибо всей моей команде»."""
    idx = list(f.tokens_in(start, stop))
    return (speech_like(f, start, stop) or _nominal_predicate(f, idx)
            or any(first_person(f, k) or f.lemma(k) in POSSESSIVE_FIRST for k in idx))


def _nominal_predicate(f: FieldView, idx: list[int]) -> bool:
    """Whether words of three or more hold a predicate with no verb: an adjective with a subject of its own
    («спасибо всей команде, она самая лучшая в туре»), or one that ends them and
    agrees with the last nominative noun before it, the copula left out («Ситуация с автозаводом «Урал»
    тяжелая», which the parser reads as the noun's attribute; «относительно Аршавина прогнозы неутешительные»)."""
    words = [k for k in idx if f.tokens[k].pos != "PUNCT"]
    if len(words) < 3:
        return False
    if any(f.tokens[k].pos == "ADJ" and any(f.rel(c) in ("nsubj", "csubj") for c in f.children(k)) for k in words):
        return True
    last = words[-1]
    if f.tokens[last].pos != "ADJ":
        return False
    # the noun may follow a phrase of what it is about: «относительно Аршавина и Жиркова прогнозы неутешительные»
    noun = next((k for k in reversed(words[:-1]) if f.tokens[k].pos == "NOUN" and f.feat(k, "Case") == "Nom"), None)
    return (noun is not None and all(f.feat(noun, k) == f.feat(last, k) is not None for k in ("Case", "Number"))
            and (f.feat(last, "Number") == "Plur" or f.feat(noun, "Gender") in (None, f.feat(last, "Gender"))))


def _nested(inner: str) -> bool:
    """Whether the words inside a pair of marks hold no mark but pairs of «» nested in them, so the outer
    pair is one span («…наберет ли «Единая Россия» более 50%», not «Мы не отступим» и «мы победим»)."""
    depth = 0
    for ch in inner:
        depth += {"«": 1, "»": -1}.get(ch, 0)
        if depth < 0 or ch in "\"„“”":
            return False
    return depth == 0


def _in_marks(words: str) -> bool:
    """Whether headline words open and close with quote marks («"Мы не отступим" — Зеленский»)."""
    return words[:1] in "«„“\"”" and words[-1:] in "»“”\""


def _descriptor(f: FieldView, idx: list[int]) -> Attr | None:
    """A noun in the nominative opening the words before a headline's colon, after its adjectives, up
    to four words and no verb («Посол РФ», «Адвокат Навального», «воронежский губернатор»): a
    descriptor for the body to resolve."""
    words = [k for k in idx if f.tokens[k].pos != "PUNCT"]
    head = next((k for k in words if f.tokens[k].pos != "ADJ"), None)
    if (not 0 < len(words) <= 4 or head is None or f.tokens[head].pos != "NOUN" or f.feat(head, "Case") != "Nom"
            or any(f.tokens[k].pos in ("VERB", "AUX") for k in words)):
        return None
    return Attr(head=head, np=(words[0], words[-1] + 1), np_tokens=frozenset(words),
                pos=f.tokens[words[0]].start, source="headline")


def descriptor_speaker(title: FieldView, head: int, body: FieldView, people: dict[str, Person]) -> Person | None:
    """The person a headline's descriptor («Посол РФ: …») names: the one the body introduces with it
    («Посол РФ в США Анатолий Антонов заявил …»), else with a synonym («Воронежский губернатор: …» →
    «глава Воронежской области Алексей Гордеев»), when it introduces exactly one.  A person the title
    names is its topic, not its speaker («Журналист УП о скандале с Коротичем: …» is not «журналист
    Виталий Коротич», probe FW); of several, the one the body's first sentence introduces, the lead
    («Журналист Украинской правды Сергей Лещенко утверждает, что …», not «журналиста Олега Кашина» after it)."""
    nouns = descriptor_words(title, head)
    topics = {m["entity_id"] for m in title.mentions}
    lead = body.sent_tokens[0] if body.sent_tokens else (0, 0)
    for words in ({title.lemma(head), title.word(head)}, nouns):  # its own noun before a synonym
        # «Адвокат … Тимура Иванова, Денис Балуев»: not whom the descriptor is of (`descriptors.owners`)
        introduced = carriers(body, words, len(body.text))
        found = {eid for _, eid in introduced} - owners(body, words) - topics
        if len(found) > 1:
            found &= {eid for at, eid in introduced if lead[0] <= body.token_at(at) < lead[1]}
            return people.get(found.pop()) if len(found) == 1 else None
        if found:
            return people.get(found.pop())
    return _interviewed(body, people) if title.feat(head, "Animacy") == "Anim" else None


def _interviewed(body: FieldView, people: dict[str, Person]) -> Person | None:
    """The person whose interview the body's first sentence announces («Большое интервью Николая Голдобина»,
    `introducers.conference_owner`, named): who a person's descriptor in its title stands for, when the body
    introduces no one with it («Русский форвард «Ванкувера» — о …», probe HA)."""
    owner = conference_owner(body, 0) if body.sent_tokens else None
    m = body.mention_at(owner.head) if owner is not None and owner.head is not None else None
    return people.get(m["entity_id"]) if m is not None and m["type"] == "PER" else None
