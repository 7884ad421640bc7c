"""Speech set out as lines rather than in quote marks (docs/quotes.md §2): interview paragraphs
labelled by a name («Мустафа Джемилев: …»), dialogue lines opening with a dash («— Это было самое
тяжёлое решение, — сказал Клинсман.») and a paragraph of speech printed without marks that the
author's words end («…, — поделился Кононенко.»).  Quotes in marks are `direct.py`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.coreference import FIRST_PERSON, first_person
from transforms.field_view import FieldView
from transforms.quotes.attribution import Attr, Row, attr_for_cue, cue_after, cue_of
from transforms.quotes.direct import byline, paragraph_index, pre_colon
from transforms.quotes.introducers import conference_owner, sentence_cue
from transforms.quotes.marks import ANY_QUOTE, AUTHOR_DASH, DASHES, mark_spans, n_words, speech_like
from transforms.spans import stage_direction

SUBHEADING_WORDS = 8  # a topic's heading between an introducing paragraph and its lines has at most so many words


def interview_rows(f: FieldView) -> list[Row]:
    """«Мустафа Джемилев: Да, всё верно.» — a paragraph labelled by a person or organisation
    (organisations only where two paragraphs or more are labelled); words in one pair of quote
    marks are what the marks hold."""
    found = []
    for p0, p1 in f.paragraphs:
        ms = [m for m in f.mentions if m["start"] == p0 + (len(f.text[p0:p1]) - len(f.text[p0:p1].lstrip()))]
        if not ms:
            continue
        m = max(ms, key=lambda m: m["stop"])
        m_colon = re.match(r"[ \t]*:[ \t]*", f.text[m["stop"]:p1])
        if not m_colon or m["type"] not in ("PER", "ORG"):
            continue
        start = m["stop"] + m_colon.end()
        stop = len(f.text[:p1].rstrip())
        for sp in mark_spans(f.text, [(p0, p1)]):
            # «Николай Заварухин: «Рады победе. … Победа даёт нам сил».»: the words are what the marks hold
            if sp.depth == 0 and sp.open == start and not f.text[sp.close + 1:stop].strip(".!?…"):
                start, stop = sp.inner
        if n_words(f.text[start:stop]) < 2:
            continue
        found.append((m, start, stop))
    if len(found) < 2:
        found = [x for x in found if x[0]["type"] == "PER"]
    return [Row(start, stop, "direct", Attr(label=m, pos=m["start"]), anchor=m["start"]) for m, start, stop in found]


def dash_rows(f: FieldView, headline: Attr | None = None) -> list[Row]:
    """Dialogue lines: «— Это было самое тяжёлое решение, — сказал Клинсман.»; `headline`: the one person the
    title quotes, who answers an interview whose lines nothing else attributes (`_answers`)."""
    rows, runs, seconds = [], [], []  # runs: consecutive dialogue lines, [(paragraph index, row)]
    paras = dialogue_blocks(f)
    line_set = {(p0, p1) for p0, p1 in paras if _dash_line(f.text[p0:p1])}
    for n, (p0, p1) in enumerate(paras):
        if (p0, p1) not in line_set:
            continue
        start = p0 + 1
        while start < p1 and f.text[start].isspace():
            start += 1
        if (direction := re.match(r"\((\w+)\)\s+", f.text[start:p1])) and stage_direction(
                f.text, start + 1, start + direction.end(1)):
            start += direction.end()  # «– (Усмехается) «Зенит». …»: the author's, not the speaker's words
        stop = len(f.text[:p1].rstrip())
        attr = None
        for m in re.finditer(r"([,!?…])\s*[—–-]\s+(?=\w)", f.text[start:stop]):
            cut = start + m.start(1) + (0 if m.group(1) == "," else 1)
            # «, —» inside a dialogue line opens the author's words: any verb with a written subject
            # («— …, — прервал его Володин.», as after quote marks)
            found = cue_after(f, start + m.start(1) + 1, p1, author=True)
            if found is None:
                continue
            attr = found
            tail = re.search(r"[.,]\s*[—–-]\s+(?=\w)", f.text[start + m.end():stop])  # «— A, — сказал X. — B»
            if tail:  # two rows of one speaker, as in quote marks (`direct.interjected`)
                seconds.append(Row(start + m.end() + tail.end(), stop, "direct", attr, anchor=p0))
            stop = len(f.text[:cut].rstrip())  # («… посевная кампания , — сказал Токаев»: no space before the comma)
            break
        if attr is None:
            neighbours = {paras[k] for k in (n - 1, n + 1) if 0 <= k < len(paras)}
            lone = not neighbours & line_set
            # «— Почему?», «— Значит они есть!», «— Очередной пенальти на вашем счету…», «– Да уж, неприятное...»
            # in a dialogue: a line, verb or not
            # and any line right after a question: its answer («– За кого будете болеть?» ¶ «– За «Зенит», конечно.»)
            asked = not lone and (f.text[:stop].endswith(("?", "!", "…", "...")) or (
                n > 0 and paras[n - 1] in line_set and f.text[:paras[n - 1][1]].rstrip().endswith("?")))
            if ((lone and not _introduced(f, n, line_set, paras)) or _byline_like(f, p0, p1)
                    or not (asked or speech_like(f, start, stop))):
                continue
        if not runs or runs[-1][-1][0] != n - 1:
            runs.append([])
        runs[-1].append((n, Row(start, stop, "direct", attr, anchor=p0)))
    for run in runs:
        rows += _answers(f, run, line_set, paras, headline)
        rows += _spoken_on(f, run[-1], line_set, paras)
    return rows + seconds


def _spoken_on(f: FieldView, last: tuple[int, Row], line_set: set, paras: list) -> list[Row]:
    """The paragraphs after a run's last line that go on with its speaker's words, unmarked: each right after
    the one before, with no dash or quote mark and a word in the first person («- …, - сказал Черчесов.» ¶
    «Было сложно играть вдесятером. Мы сделали замены. …», probe FC) — the author never speaks so."""
    n, row = last
    if row.attr is None or row.attr.implicit:
        return []
    out = []
    for q0, q1 in paras[n + 1:]:
        text = f.text[q0:q1]
        if ((q0, q1) in line_set or any(c in ANY_QUOTE for c in text) or text.lstrip()[:1] in DASHES
                or not any(first_person(f, k) or (f.feat(k, "Person") == "1" and not _authors_formula(f, k))
                           for k in f.tokens_in(q0, q1))):
            break
        out.append(Row(q0, len(f.text[:q1].rstrip()), "direct", row.attr, anchor=q0))
    return out


def _authors_formula(f: FieldView, k: int) -> bool:
    """Whether token `k` is a verb in the first person plural that opens its sentence before a comma: the
    author's «Напомним, …», «Отметим, …», «Добавим, …», no speaker's words (probe GG)."""
    return (f.tokens[k].pos == "VERB" and f.feat(k, "Number") == "Plur" and f.word(k + 1) == ","
            and k == f.sent_tokens[f.sentence_of(k)][0])


def unmarked_rows(f: FieldView) -> list[Row]:
    """A paragraph of speech printed without quote marks that the author's words end after «, —»:
    «Я уже понимал, что меня ждет. … Абсолютный молодец, — поделился Кононенко.»  The words
    before them are direct speech when a speech cue (not any verb) with its speaker follows and
    its sentence ends the paragraph, and nothing before it tells who says what (the author's own
    «Эрдоган подчеркнул, что …», «По словам X, …»: then it is reported speech, `indirect`)."""
    rows = []
    for p0, p1 in f.paragraphs:
        para = f.text[p0:p1]
        if para[:1] in DASHES:
            continue
        author = list(re.finditer(r",[ \t]*[—–-][ \t]+(?=\w)", para))
        if not author or _marked(f, p0, p1):
            continue
        cut = p0 + author[-1].start()
        end = len(f.text[:p1].rstrip())
        attr = cue_after(f, cut, p1)
        if (attr is None or attr.implicit or f.sentence_of(f.token_at(cut + 1)) != f.sentence_of(f.token_at(end - 1))
                or not speech_like(f, p0, cut) or _narrated(f, p0, cut)):
            continue
        rows.append(Row(p0, cut, "direct", attr, anchor=p0))
    return rows


def _marked(f: FieldView, p0: int, p1: int) -> bool:
    """Whether paragraph [p0, p1) holds quote marks that may hold a quote: a stray mark, or a pair
    around words that read as speech or that the author's words follow («Это признание вклада
    ученых», — говорится в сообщении ОИЯИ); a word or a name in quote marks («“скромничать”»,
    «“Зенит”») is no quote."""
    spans = mark_spans(f.text, [(p0, p1)])
    marks = sum(ch in ANY_QUOTE for ch in f.text[p0:p1])
    return marks != 2 * len(spans) or any(speech_like(f, *sp.inner) or AUTHOR_DASH.match(f.text, sp.close + 1)
                                          for sp in spans)


def _narrated(f: FieldView, start: int, stop: int) -> bool:
    """Whether the text [start, stop) holds a speech cue whose subject is not the speaker himself
    («я», «мы»), or a «по словам» phrase: the author telling who said what («В свою очередь, Реджеп
    Эрдоган подчеркнул, что …», «Как отметил премьер, …», «По его мнению, …»); a cue with an
    infinitive tells nothing («Предприятия продолжают работать»)."""
    for k in f.tokens_in(start, stop):
        if cue_of(f, k, roles=("phrase",)) is not None:
            return True
        cue = cue_of(f, k)
        if cue is not None and not any(f.rel(c) == "xcomp" and f.feat(c, "VerbForm") == "Inf"
                                       for c in f.children(k)):
            head = attr_for_cue(f, k, cue).head
            if head is not None and f.word(head) not in FIRST_PERSON:
                return True
    return False


_LINE_END = re.compile(r"[:.!?…»\"][ \t]*\n")


def dialogue_blocks(f: FieldView) -> list[tuple[int, int]]:
    """The field's paragraphs, each cut before a line of its own that opens with a dialogue dash after
    a line ending a sentence or a colon: a scraped interview may set a reply apart with one line
    break («… оказался немногословным:» / «- Игра была сложная. …»)."""
    out = []
    for p0, p1 in f.paragraphs:
        start = p0
        for m in _LINE_END.finditer(f.text, p0, p1):
            if _dash_line(f.text[m.end():p1].lstrip(" \t")):
                out.append((start, m.end() - 1))
                start = m.end()
        out.append((start, p1))
    return out


def _dash_line(para: str) -> bool:
    """A paragraph that opens with a dialogue dash: a dash and a space, or a long dash stuck to a
    word («—Отлично.»; a hyphen stuck to a word is no dash: «-10 градусов»)."""
    return para[:1] in DASHES and (para[1:2] == " " or (para[:1] in "—–" and para[1:2].isalpha()))


def _introduced(f: FieldView, n: int, line_set: set, paras: list) -> bool:
    """Whether a lone dialogue line (paragraph `n`) follows a paragraph ending with a colon that
    names its speaker («Нардеп объяснил, что …:» ¶ «- Мы вчера …»), not a list («В программе:»)."""
    return (n > 0 and f.text[:paras[n - 1][1]].rstrip().endswith(":")
            and _interviewee(f, n, line_set, paras) is not None)


def _answers(f: FieldView, run: list[tuple[int, Row]], line_set: set, paras: list,
             headline: Attr | None = None) -> list[Row]:
    """The rows of a run of consecutive dialogue lines (paragraph index, row), with the lines no
    author's words attribute given to the one who answers: the person the paragraph before the
    run introduces (`_interviewee`), else the one the author's words of its lines name, else the one
    its questions address by name (`_addressed`), else the one the title quotes (`headline`: «Курбан
    Бердыев: "Искренней похвалы не боюсь"» over an interview, probe GQ).  When the
    lines alternate — every question at one parity, every attributed line at the other — the
    other side's lines are the interviewer's, questions or not («— Надеюсь, травма не слишком
    серьезная.»), and stay nobody's; else every line that is not a question is the answerer's."""
    intro = _interviewee(f, run[0][0], line_set, paras)
    named = [row.attr for _, row in run if row.attr is not None]
    # a question, or a prompt trailing off («— Очередной отбитый пенальти на вашем счету…»); not after a line that
    # introduces the speaker, whose words may trail off themselves («Александр Соколов, главный тренер ХК «Челны»:» ¶
    # «— … шайбу они хорошо держат…», probe LI)
    prompts = ("?",) if intro else ("?", "…")
    asks = {k % 2 for k, (_, row) in enumerate(run) if row.attr is None and f.text[:row.stop].endswith(prompts)}
    says = {k % 2 for k, (_, row) in enumerate(run) if row.attr is not None}
    alternate = len(asks) == 1 and not (asks & says)
    # without an intro, only alternation says a line is the named one's (the author's verb is not its cue)
    who = intro or (replace(named[0], cue=None) if named and alternate else None) or (
        _addressed(f, [row for k, (_, row) in enumerate(run) if k % 2 in asks]) if alternate else None) or (
        headline if alternate else None)
    if who is None:
        return [row for _, row in run]
    for k, (_, row) in enumerate(run):
        if row.attr is None and (k % 2 not in asks if alternate else not f.text[:row.stop].endswith("?")):
            row.attr = who
    return [row for _, row in run]


def _addressed(f: FieldView, questions: list[Row]) -> Attr | None:
    """The person the questions of an interview address by name, each opening with it and a comma
    («— Аделия, после короткой программы вы были только третьей. Что изменилось за сутки?»): one
    person for every question that does so."""
    names = [m for row in questions if (m := f.mention_at(f.token_at(row.start))) is not None
             and m["type"] == "PER" and m["start"] == row.start and f.text[m["stop"]:m["stop"] + 1] == ","]
    if not names or len({m["entity_id"] for m in names}) > 1:
        return None
    return Attr(label=names[0], source="label", pos=names[0]["start"])


def _interviewee(f: FieldView, n: int, line_set: set, paras: list) -> Attr | None:
    """Who answers in a run of dialogue lines that a paragraph introduces — ending with a colon
    («Защитник "Локомотива" Мануэл Да Кошта поделился впечатлениями …:» ¶ «- Очень счастлив …» ¶
    «- Сегодня все голы забили его новички…» ¶ …) or one sentence with a verb of saying
    («… Валерий Олейник прокомментировал матч …»): the person it names as the subject, for every
    line that is not a question; or one of asking, the person it asks («спросил Путина о доверии»)."""
    k = n - 1
    while k >= 0 and (paras[k] in line_set or _subheading(f.text[paras[k][0]:paras[k][1]])):
        if paras[k] not in line_set and (held := conference_owner(f, f.sentence_of(f.token_at(paras[k][0])))):
            return held  # «Пресс-конференция главного тренера сборной России. 20.11.2023», a caption's few words
        k -= 1  # (and the topic subheadings of a selection: «О конфликте на Украине» ¶ «- Я очень …», probe FC)
    if k < 0:
        return None
    q0, q1 = paras[k]
    intro = f.text[q0:q1].rstrip()
    if intro.endswith(":"):
        attr = pre_colon(f, q0 + len(intro) - 1)
    else:  # «Главный тренер … Валерий Олейник прокомментировал матч с «Сарыаркой» — 3:4.»: a sentence
        attr = sentence_cue(f, q0, q1)  # whose verb is one of saying
    if attr is None or attr.implicit:
        return None
    return attr


def _subheading(para: str) -> bool:
    """A paragraph that is a topic's heading: a few words, no dash before them and no mark after them."""
    text = para.strip()
    return bool(text) and len(text.split()) <= SUBHEADING_WORDS and not _dash_line(text) and text[-1].isalnum()


def _byline_like(f: FieldView, p0: int, p1: int) -> bool:
    """The paragraph [p0, p1) reads as a byline: a short dash line naming a person, no verb."""
    pi = paragraph_index(f, (p0, p1))
    return pi >= 0 and byline(f, pi - 1) is not None
