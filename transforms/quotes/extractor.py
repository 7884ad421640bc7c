"""The quotes extractor: one article's rows of the quotes table (DESIGN.md §2).

Per field: direct rows (interview and dialogue lines, then quote marks), then reported speech
outside them, one row per span; then, in text order, each row's speaker resolved, the people
named so far (speakers, and nominative subjects outside quotes) being the antecedents.
"""

from __future__ import annotations

import bisect

from transforms.field_view import FieldView, article_views
from transforms.ids import stable_id
from transforms.nlp import NlpDoc
from transforms.parse import ParsedArticle
from transforms.quotes.attribution import SPEAKER_TYPES, Attr, Row
from transforms.quotes.dialogue import dash_rows, interview_rows, unmarked_rows
from transforms.quotes.introducers import introduced_by
from transforms.quotes.direct import direct_rows
from transforms.quotes.echoes import echoed_title_spans, lend_speakers
from transforms.quotes.embeds import embedded_rows
from transforms.quotes.headline import descriptor_speaker, headline_rows, subheadings
from transforms.quotes.indirect import indirect_rows
from transforms.quotes.lexicon import SELECTION
from transforms.quotes.marks import ANY_QUOTE, mark_spans
from transforms.coreference import Person, named_subjects, persons
from transforms.quotes.speakers import resolve


def extract_quotes(article: ParsedArticle, docs: dict[str, NlpDoc], mentions: list[dict], *,
                   views: dict[str, FieldView] | None = None) -> list[dict]:
    """Quote rows of one article. `docs` = {"title": NlpDoc, "body": NlpDoc}; `mentions` = the article's
    mention rows (dicts with field, start, stop, type, text, normal, entity_id, entity_name, sentence_index).

    `views`: {"title": FieldView, "body": FieldView}, views the caller already built (to share them
    with events, so each token is lemmatised and each sentence parsed once); a field's view is read
    instead of building one. It must be the view of `docs[field]` with that field's paragraphs and
    mention rows, and the default entity types."""
    views = views or article_views(article, docs, mentions)
    speakers = [m for m in mentions if m.get("type") in SPEAKER_TYPES and m.get("entity_id")]
    rows = []
    seen = set()
    lead: list[Person] = []  # the title's speakers: who the body's first pronoun may stand for
    headline = None  # the one person the title quotes: who answers an interview nothing else attributes
    for name in ("title", "body"):
        doc = docs.get(name)
        if not getattr(article, name) or doc is None:
            continue
        f = views[name]
        found = field_rows(f, speakers, title=name == "title", body=views.get("body"), lead=lead, headline=headline)
        lead = _lead(f, speakers, found)
        if name == "title":
            headline = _quoted_person(found, speakers)
        for r, speaker, person in found:
            if (name, r.start, r.stop) in seen:
                continue
            seen.add((name, r.start, r.stop))
            rows.append(_row(article, name, doc, r.start, r.stop, r.kind, speaker, person and (person.entity_id, person.name),
                              r.attr.cue if r.attr else None))
    return _echoed(article, docs, views, rows)


def _row(article: ParsedArticle, name: str, doc: NlpDoc, start: int, stop: int, kind: str,
         speaker: str | None, entity: tuple[str, str] | None, cue: str | None) -> dict:
    """A row of the quotes table; `entity`: the speaker's (entity_id, name), when found."""
    return {
        "quote_id": stable_id(article.article_id, name, start, stop),
        "article_id": article.article_id,
        "field": name,
        "start": start,
        "stop": stop,
        "sentence_index": doc.sentence_index(start),
        "text": getattr(article, name)[start:stop],
        "kind": kind,
        "speaker": speaker,
        "speaker_entity_id": entity[0] if entity else None,
        "speaker_name": entity[1] if entity else None,
        "cue": cue,
        "year": article.published_date.year,
        "month": article.published_date.month,
    }


def _echoed(article: ParsedArticle, docs: dict[str, NlpDoc], views: dict[str, FieldView], rows: list[dict]) -> list[dict]:
    """`rows` with words said twice given one speaker (`transforms.quotes.echoes`): a title span in marks no row
    took, and the speaker of a body row that had none, from a title row or another body row («По его мнению, …»
    in a lead before anyone is named, repeated below with the name)."""
    title_rows = [r for r in rows if r["field"] == "title"]
    body_rows = [r for r in rows if r["field"] == "body"]
    lend_speakers(title_rows + body_rows, body_rows)
    if not article.title or not body_rows or "title" not in views:
        return rows
    spans = [sp.inner for sp in mark_spans(article.title, views["title"].paragraphs) if sp.depth == 0
             and not _subject_in_marks(views["title"], *sp.inner)]
    added = [_row(article, "title", docs["title"], a, b, "direct", None,
                  (said["speaker_entity_id"], said["speaker_name"]), None)
             for a, b, said in echoed_title_spans(article.title, spans, title_rows, body_rows)]
    return sorted(title_rows + added, key=lambda r: r["start"]) + body_rows if added else rows


def _subject_in_marks(f: FieldView, a: int, b: int) -> bool:
    """Whether the words in marks [a, b) are the subject of a verb after them: a name, not words said
    («"Утомленные солнцем-2" выйдут на экраны через полтора года», a film the body names too; probe HA)."""
    return any(f.rel(k) in ("nsubj", "nsubj:pass") and (h := f.head(k)) is not None and f.tokens[h].start >= b
               and f.tokens[h].pos in ("VERB", "AUX") for k in f.tokens_in(a, b))


def _quoted_person(found: list, speakers: list[dict]) -> Attr | None:
    """The one person a field's quotes (`field_rows`) are all by, as a label on a mention of that person; None when
    there are none, or several speakers."""
    ids = {person.entity_id for _, _, person in found if person is not None and person.type == "PER"}
    if len(ids) != 1 or any(person is None for _, _, person in found):
        return None
    m = next((m for m in speakers if m["entity_id"] in ids), None)
    return Attr(label=m, source="label", pos=0) if m is not None else None


def _lead(f: FieldView, speakers: list[dict], found: list) -> list[Person]:
    """Who a pronoun before the next field names anyone stands for: the people the field quotes,
    after (so more salient than) the people it names in the nominative outside its quotes —
    «Герман Греф отверг возможность катаклизмов …» over the body's «По его словам, …»."""
    quoted = [person for _, _, person in found if person is not None and person.type == "PER"]
    ids = {p.entity_id for p in quoted}
    named = named_subjects(f, persons(f, speakers), [(r.start, r.stop) for r, _, _ in found]).salient
    return [p for _, p in named if p.entity_id not in ids and p.type == "PER"] + quoted


def _selection_before(f: FieldView, pos: int) -> dict | None:
    """The person whose quotes a noun announcing a selection (quote_words.tsv `selection`) before offset `pos`
    announces: the last named in the nominative before it in its paragraph («Премьер-министр Дмитрий Медведев
    вчера вечером выступил в ток-шоу … Вот самые интересные, на наш взгляд, цитаты.»); None without one."""
    stems = tuple(w[:-1] for w in SELECTION)  # only words so begun are lemmatised
    noun = next((k for k in f.tokens_in(0, pos) if f.word(k).startswith(stems) and f.lemma(k) in SELECTION), None)
    if noun is None:
        return None
    p0 = f.paragraph_of(f.tokens[noun].start)[0]
    named = [m for k in f.tokens_in(p0, f.tokens[noun].start) if (m := f.mention_at(k)) is not None
             and m["type"] == "PER" and f.feat(k, "Case") == "Nom"]
    return named[-1] if named else None


def field_rows(f: FieldView, speakers: list[dict], title: bool = False, body: FieldView | None = None,
               lead: list[Person] = (), headline: Attr | None = None) -> list[tuple[Row, str | None, Person | None]]:
    """(row, speaker as written, person) for every quote of a field; `speakers`: the mentions of
    the whole article that may name a speaker (a PER, ORG or LOC entity). A title is one line, no
    interview: «Name: words» there is a headline, whose descriptor («Посол РФ: …») the `body`
    resolves. `lead`: the people the title quotes, named before the field's first word (the body's
    «— цитирует его РИА Новости» under «Мурашко: …»); `headline`: the one person the title quotes, who answers
    an interview nothing else attributes (`dialogue.dash_rows`)."""
    spans = mark_spans(f.text, f.paragraphs)
    subs = [] if title else subheadings(f)  # «Цивилев: меры …» with no full stop: a headline, not an interview line
    lines = headline_rows(f) if title else ([r for r in interview_rows(f) if not any(a <= r.start < b for a, b in subs)]
                                            + dash_rows(f, headline) + unmarked_rows(f) + embedded_rows(f)
                                            + [r for sub in subs for r in headline_rows(f, sub)])
    line_spans = [(r.start, r.stop) for r in lines]
    spans = [sp for sp in spans if not any(s <= sp.open < e for s, e in line_spans)]
    direct = _dedupe(lines + direct_rows(f, spans))
    rows = _dedupe(direct + indirect_rows(f, direct, spans))
    rows.sort(key=lambda r: (r.start, r.stop))
    # continuations: a quoted sentence standing alone follows other quotes only, or a paragraph announcing a
    # selection of quotes («Вот самые интересные, на наш взгляд, цитаты.», probe FC)
    kept = []
    for r in rows:
        if (r.attr is not None and r.attr.source == "continuation" and not f.text[f.paragraph_of(r.start)[0]:r.start]
                .strip(" \t" + ANY_QUOTE) and (intro := introduced_by(f, r.start)) is not None):
            # a paragraph of quotes after one whose last sentence introduces them: its subject's («Лебедев
            # опроверг эту информацию.» ¶ «Да я читал. …», probe FR), not the last speaker's
            r.attr = intro
        if r.attr is not None and r.attr.source == "continuation" and not kept:
            whose = _selection_before(f, r.start)
            if whose is None:
                continue
            r.attr = Attr(label=whose, source="label", pos=whose["start"])
        kept.append(r)
    people = persons(f, speakers)
    # a sentence «Об этом заявил X» tells is the author's words: who it names may be X
    quoted = [(r.start, r.stop) for r in kept if r.attr is None or r.attr.source != "told"]
    state = named_subjects(f, people, quoted)
    state.salient[:0] = [(-1, people.get(p.entity_id, p)) for p in lead]
    out = []
    for r in kept:
        speaker, person = resolve(f, r, state, people)
        if headline is not None and r.attr is headline:
            speaker = None  # the title names the one who answers; the field writes no name of his
        h = r.attr.head if r.attr is not None and body is not None else None
        if h is not None and ((person is None and r.attr.source == "headline") or (
                title and (f.tokens[h].pos == "NOUN" or (f.tokens[h].pos == "PROPN" and f.mention_at(h) is None))
                and f.feat(h, "Number") != "Plur"
                and (person is None or person.type != "PER" or any(m["entity_id"] == person.entity_id
                                                                   for m in f.mentions)))):
            # «Посол РФ …: …», «Глава МИД России заявил, что …»: a title's descriptor is the one person the
            # body introduces with it, before the organisation it names; not one the title names, its topic
            # («Журналист УП о скандале с Коротичем: …», probe FW); a compound post the tagger reads as a name, no
            # mention's: «Облпрокурор: …» (probe HZ)
            person = descriptor_speaker(f, h, body, persons(body, speakers)) or person
        if person is None and r.attr is not None and r.attr.source == "headline":
            continue  # «Видеофакт: …»: a rubric, no one the article names
        if r.attr is not None and r.attr.belief:
            # «Болельщики считали, что …», «Еще в среду Джонсон был уверен, что …»: what anyone believed
            # then is the author's narrative, no statement; «Инвесторы считают, что …» is their stated view
            continue
        out.append((r, speaker, person))
        if person is not None:
            off = min(r.start, r.anchor)
            bisect.insort(state.salient, (off, person), key=lambda x: x[0])
            state.last = (speaker, person)
        elif r.attr is not None and not r.attr.implicit:
            state.last = (speaker, None)
    return out


def _dedupe(rows: list[Row]) -> list[Row]:
    """One row per span; a row inside a direct quote is part of it (its closing mark too: a reported
    clause the parser ran to the mark, «Как иностранцы могут решать …?”, - цитирует …»), and a
    reported clause that runs over a direct quote's closing mark into the author's words is none
    («"… Впредь прошу придерживаться регламента", - сдерживая гнев, сказал Жирков», ««Мы справимся», —
    улыбаясь, добавил …»)."""
    rows = sorted(rows, key=lambda r: (r.start, -(r.stop - r.start)))
    out: list[Row] = []
    for r in rows:
        if any(o.start <= r.start and (r.stop <= o.stop or (o.kind == "direct" and r.stop == o.stop + 1))
               and (o.kind == "direct" or o.start == r.start) for o in out):
            continue
        out.append(r)
    # a reported clause from a direct quote's opening mark is part of it: the first of two quotes the author's
    # words cut («"Стали … России, - отметил Каспаров. - …"») holds the clause the cue between them makes
    return [r for r in out if not (r.kind == "indirect" and any(
        o.kind == "direct" and (r.start < o.stop < r.stop or (r.start == o.start - 1 and r.stop <= o.stop + 1))
        for o in out))]


def relink_speakers(rows: list[dict], relinked: dict[str, tuple[str, str]]) -> list[dict]:
    """Point speakers at the entities that linking across articles moved their mentions to.

    `relinked` maps an entity_id the article's mentions had when `extract_quotes` ran to the
    (entity_id, name) they have after `transforms.entities_across.link_surnames` («Токаев» alone →
    «Касым-Жомарт Токаев»).  Rows are changed in place and returned.
    """
    for row in rows:
        new = relinked.get(row.get("speaker_entity_id"))
        if new is not None:
            row["speaker_entity_id"], row["speaker_name"] = new
    return rows
