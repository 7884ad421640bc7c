"""Public statements (01) from the quotes table: a quote whose speaker is an entity is a statement
by that entity (CAMEO 010 «make statement»; docs/events.md §3).

The speech verbs («сказал», «отметил», «по словам») are the quotes extractor's cues, and its
speakers are resolved there (pronouns, descriptors, «— сказал он» after the quote); an 01 row is
read from each body quote rather than by a second reading of the same verbs.  A quote without a
cue (a line of an interview or a dialogue: the interviewer's questions too) is no statement — unless it is in
quote marks after its speaker's label and a colon («Наталья Сенченко, судья: «…»») —, nor is a
question asked («спросил, ездил ли он …»).  A
news outlet as the speaker («— пишет Lenta.ru», «— сообщает France-Presse») makes no statement
(EVENTS.md: a news agency cited as a source makes no event).  A sentence that already has an 01
row for that actor (a statement trigger such as «заявил») gets no second one, nor does a sentence
that the next one tells («… . Об этом заявил X»: X's row is the next sentence's «заявил»), nor the second of
two quotes the author's words cut («…, — пояснила Алла Бут. — …»: one statement).  A statement made at a
meeting its cue is told «на», «в ходе» of addresses the speaker's one other side there («На встрече с Дубровским
Путин отметил, что …» → Дубровский, as «заявил на встрече с X» is).
"""

from __future__ import annotations

import re
from typing import Callable

from transforms.events.context import as_body, as_state
from transforms.events.rows import statement_row
from transforms.events.actor import Actor
from transforms.events.taxonomy import Lexicon
from transforms.parse import ParsedArticle
from transforms.names import fold
from transforms.quotes.lexicon import is_news_outlet, is_question, opens_with_cue_manner, opens_with_cue_object
from transforms.quotes.marks import INTERJECTION, OPENING_MARKS


def statement_rows(article: ParsedArticle, quotes: list[dict], events: list[dict], sentences: list[str],
                   types: dict[str, str], lex: Lexicon, states: dict[str, Actor] | None = None,
                   met: Callable[[int, str], list[Actor]] | None = None,
                   owners: dict[str, Actor] | None = None,
                   told: Callable[[int, str], list[Actor]] | None = None) -> list[dict]:
    """01 rows of the body quotes with a resolved speaker; `events`: the rows found so far;
    `sentences`: the body's sentence texts; `types`: entity id → PER/ORG/LOC; `states`: ISO code →
    the article's country entity (a capital that speaks is its state, `context.as_state`); `owners`: a press
    office's entity id → the body it speaks for (`context.as_body`); `met`: (sentence
    index, cue lemma) → who meets at the meeting that cue is told «на», «в ходе» of (`noun_frames.met_at`); `told`:
    (sentence index, cue lemma) → whom the cue verb tells, its dative («сказал Сечину»): the addressee, first."""
    code = lex.statement
    have = {(e["sentence_index"], e["actor1_entity_id"]) for e in events if e["event_code"] == code.root}
    out, before = [], None
    for q in quotes:
        previous, before = before, q
        if (previous is not None and q["field"] == previous["field"] == "body"
                and q.get("speaker_entity_id") == previous.get("speaker_entity_id")
                and INTERJECTION.match(article.body, previous["stop"]) and q["start"] - previous["stop"] <= 100):
            continue  # «…, — пояснила Алла Бут. — …»: the second of two quotes the author's words cut, one statement
        if (q["field"] != "body" or not q.get("speaker_entity_id")
                or not (q.get("cue") or _labelled(article.body, q, types))):
            continue  # a line of an interview or a dialogue says nothing of a statement: no cue
        if is_question(q["cue"], q["text"]):
            continue  # «спросил, ездил ли он …»: a question asked states nothing
        if is_news_outlet(q["speaker_name"] or ""):
            continue  # «— пишет Lenta.ru», «— сообщает France-Presse»: a source of the news, no party to it
        said = Actor(q["speaker_entity_id"], q["speaker_name"], types.get(q["speaker_entity_id"], "PER"), q["start"],
                     "speaker")
        speaker = as_state(as_body(said, owners or {}), states or {})
        key = (q["sentence_index"], speaker.entity_id)
        if key in have or (_told_next(sentences, q["sentence_index"]) and (key[0] + 1, key[1]) in have):
            continue  # «… . Об этом заявил X»: the statement row is the next sentence's, X's «заявил»
        have.add(key)
        # whom the cue tells («Путин сказал Сечину, что …»), else the other side of the meeting it is made at
        addressee = next((a for a in (told(q["sentence_index"], q["cue"]) if told else [])
                          if a.entity_id != speaker.entity_id), None)
        if addressee is None and met:
            addressee = _addressee(met(q["sentence_index"], q["cue"]), speaker.entity_id)
        out.append(statement_row(article, q, sentences[q["sentence_index"]], code, speaker, addressee))
    return out


_LABEL = re.compile(rf":[ \t]*[{re.escape(OPENING_MARKS)}]$")


def _labelled(body: str, q: dict, types: dict[str, str]) -> bool:
    """Whether quote `q`, a person's words of a sentence at least, is in quote marks right after a colon: its
    speaker's label («Наталья Сенченко, судья: «Доказательства … признаны судом достаточными …»», probe HN) or
    the author's words of them («… называет вмешательство … злом: «Я убежден, что …»»); a statement, not an
    interview's line (no marks) nor a word in marks («: «за» проголосовали …»)."""
    return (types.get(q["speaker_entity_id"]) == "PER" and len(q["text"].split()) >= 4
            and _LABEL.search(body, max(0, q["start"] - 4), q["start"]) is not None)


def _addressee(met: list[Actor], speaker: str) -> Actor | None:
    """The one side other than the speaker of the meeting a statement's cue is made at, else None."""
    others = {a.entity_id: a for a in met if a.entity_id != speaker}
    return next(iter(others.values())).found("coreference") if len(others) == 1 else None


def _told_next(sentences: list[str], i: int) -> bool:
    """Whether sentence i + 1 tells sentence i («… . Об этом заявил X», «… . Так X прокомментировал …»:
    `quotes.lexicon.opens_with_cue_object`, `opens_with_cue_manner`, the rules reported speech reads)."""
    if i + 1 >= len(sentences):
        return False
    words = re.findall(r"\w+|,", fold(sentences[i + 1]))[:3]
    return opens_with_cue_object(words) or opens_with_cue_manner(words)
