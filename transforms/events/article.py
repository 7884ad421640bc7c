"""One article → its event rows: which body sentences to parse.

`extract_events` reads the body through a `FieldView` (the caller's, shared with quotes, or its
own) and gives each sentence that holds a trigger and an actor to rows.py; only those
sentences are parsed, in one batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from transforms.coreference import persons, pronoun_gender, voice_at
from transforms.countries import adjective_countries, iso2
from transforms.descriptors import introducing_nouns
from transforms.events.gapped import gapped_rows
from transforms.events.noun_frames import met_at
from transforms.events.offices import press_owners
from transforms.events.rows import sentence_events
from transforms.events.actor import VIA, Actor
from transforms.events.sentence import EventSentence, personal_past
from transforms.events.statements import statement_rows
from transforms.events.taxonomy import Lexicon, lexicon
from transforms.events.triggers import has_trigger
from transforms.events.words import BOTH, DECREE_SIGNING, DECREES, DELEGATIONS, PARTIES, POSTS
from transforms.field_view import FieldView, article_views
from transforms.ids import stable_id
from transforms.nlp import NlpDoc
from transforms.parse import ParsedArticle
from transforms.word_forms import lemma


SIDES_WINDOW = 3  # «Стороны обсудили …» reaches back this many sentences for the meeting it continues
SIDE_WORDS = PARTIES | BOTH | {"они"}  # what may stand for a meeting's sides in a sentence naming no one
AGENTS_WINDOW = 5  # «Санкции также ввели …» reaches back this many sentences for who imposed them
DECREE_WINDOW = 3  # «X награжден … . Об этом говорится в указе …»: sentences a decree's signer reaches
DECREE_REACH = 5  # tokens from a decree noun to its signer's name («указе президента РФ Владимира Путина»)
DECREE_STARTS = frozenset(w[:3] for w in DECREES)  # every form of a decree noun starts so: lemmatise only those


def extract_events(article: ParsedArticle, docs: dict[str, NlpDoc], mentions: list[dict], *,
                   views: dict[str, FieldView] | None = None, quotes: list[dict] | None = None) -> list[dict]:
    """Event rows of one article. `docs` = {"title": NlpDoc, "body": NlpDoc}; `mentions` = the article's
    mention rows (dicts with field, start, stop, type, text, normal, entity_id, entity_name, sentence_index);
    `views`: {"body": FieldView, …}, the view the caller already built (shared with quotes, so each
    token is lemmatised and each sentence parsed once); built here when not given.  It must be the
    view of `docs["body"]` with the body's mention rows and the default entity types.

    `quotes`: the article's quote rows (`transforms.quotes.extract_quotes`): each body quote with a
    resolved speaker is a public statement (statements.py).

    Body sentences only: `sentence_index` is the index of a body sentence.
    """
    view = (views or article_views(article, {"body": docs["body"]}, mentions))["body"]
    lex = lexicon()
    named = {m["sentence_index"] for m in view.mentions}
    states = _states(mentions)
    owners = press_owners(view)
    people = lru_cache(maxsize=1)(lambda: persons(view, view.mentions))  # only a pronoun or descriptor needs them

    # 1. candidate sentences: a lexicon lemma among their words (morphology only, no syntax yet)
    candidates = []
    voices = [(q["start"], q["stop"], q["speaker_entity_id"]) for q in quotes or ()
              if q["field"] == "body" and q.get("speaker_entity_id")]
    # «Губернатор обсудил с президентом торговлю»: a post the article introduced someone with, resolved as a descriptor
    posts = lru_cache(maxsize=1)(lambda: introducing_nouns(view))
    for si in range(len(view.sent_tokens)):
        if si not in named and not any((
                states and view.tokens[i].pos == "ADJ" and any(c in states for c in adjective_countries(view.lemma(i))))
                or (view.tokens[i].pos == "NOUN" and view.feat(i, "Animacy") == "Anim" and view.lemma(i) in posts())
                or (view.tokens[i].pos == "PRON" and pronoun_gender(view, i) in ("Masc", "Fem"))
                or (si > 0 and _dropped_subject_verb(view, i))
                or (view.lemma(i) == "я" and voice_at(voices, view.tokens[i].start) is not None)
                for i in view.sentence_tokens(si)):
            # no entity (nor «мальтийские пограничники» of a state the article names, nor «губернатор» of
            # a person it introduced so, nor «его» for one, nor a verb whose subject is dropped: «Однако вчера,
            # 4 августа, подала в отставку …», `EventSentence._dropped_subject`, nor «я» in a speaker's quote:
            # «"Я сегодня ухожу с занимаемой должности. Это мое решение…", - заявил Оторбаев», probe IL): nothing to
            # report
            continue
        if has_trigger(view, si, lex):
            candidates.append(si)
    view.doc.parse_syntax(candidates)

    signers = _decree_signers(view)
    # the person the headline opens with, its subject as a rule («Сергей Лавров прибыл на переговоры в …»)
    headliner = next((m["entity_id"] for m in mentions if m["field"] == "title" and m["type"] == "PER"
                      and m["start"] == 0), None)
    home = _headline_body(mentions, docs.get("title"), lex)
    rows, built = [], {}
    for si in candidates:
        sides = _last_meeting(rows, si, lex) or _last_group(rows, si)
        sentence = built[si] = EventSentence(view, si, people, voices, states, sides,
                                             _last_agents(rows, si), _visitors(rows, si),
                                             _signed(signers, si, lex) | _last_doers(rows, si, lex), owners,
                                             headliner, home)
        rows += sentence_events(article, sentence, lex)

    # 2. «Затем они обсудили …»: a sentence that names nobody may go on with the sides of a meeting
    # just before it; only rows between those sides are kept
    rows = _sides_only_sentences(article, view, set(candidates), rows, lex)
    rows = _meetings_resumed(article, view, rows, lex)
    rows = _delegations(rows, lex)
    rows = sorted(rows + gapped_rows(article, view, rows), key=lambda r: r["sentence_index"])
    if quotes:
        types = {m["entity_id"]: m["type"] for m in mentions if m.get("entity_id")}
        rows += statement_rows(article, quotes, rows, [s.text for s in view.doc.sentences], types, lex, states,
                               lambda si, cue: _met_at_cue(built.get(si), cue), owners,
                               lambda si, cue: _told_at_cue(view, si, cue, built.get(si)))
        rows.sort(key=lambda r: r["sentence_index"])
    return rows


def _met_at_cue(s: EventSentence | None, cue: str) -> list[Actor]:
    """Who meets at the meeting a quote's cue verb (its lemma) is told «на», «в ходе» of in candidate sentence `s`."""
    verbs = [] if s is None else [t for t in s.tokens if s.lemma(t) == cue and s.pos(t) == "VERB"]
    return next((met for v in verbs if (met := met_at(s, v))), [])


def _told_at_cue(view: FieldView, si: int, cue: str, s: EventSentence | None = None) -> list[Actor]:
    """The person a quote's cue verb (its lemma) in sentence `si` tells, its dative object named: «Путин сказал
    Сечину, что …», «напомнил Б.Обаме», «ответил сенатору Джону Баррассо» (probes GS, GE, GJ); or, on the
    sentence's events view `s`, the person a bare descriptor stands for: «Новак рассказал президенту, что …» after
    «Президент … Владимир Путин» (probe HM)."""
    verbs = [t for t in view.sentence_tokens(si) if view.lemma(t) == cue and view.tokens[t].pos == "VERB"]
    # (or hung on the verb's subject, whose case it does not share: «— ответил госсекретарь Джон Керри сенатору …»)
    datives = [c for v in verbs for h in [v, *(x for x in view.children(v) if view.rel(x) == "nsubj")]
               for c in view.children(h) if view.feat(c, "Case") == "Dat" and view.rel(c) in (
                   ("iobj", "obl", "obj") if h == v else ("appos", "nmod"))
               and not any(view.rel(g) == "case" for g in view.children(c))]
    # (a person the article names in full: «Марк рассказал Викиновостям», an outlet the NER tags as a person, is none)
    told = [m for c in datives for k in [c, *(a for a in view.children(c) if view.rel(a) == "appos")]
            if (m := view.mention_at(k)) is not None and m["type"] == "PER" and " " in m["entity_name"]]
    if not told and s is not None:
        described = [a for c in datives if view.mention_at(c) is None and view.tokens[c].pos == "NOUN"
                     and (a := s.entity(c)) is not None and a.type == "PER"]
        return [replace(a, via="speaker") for a in described[:1]]
    return [Actor(m["entity_id"], m["entity_name"], m["type"], m["start"], "speaker") for m in told[:1]]


def _dropped_subject_verb(view: FieldView, i: int) -> bool:
    """Whether token `i` may be a main verb whose subject is dropped, the person the text is about
    (`sentence.personal_past`), with no nominative before it in its sentence."""
    if view.tokens[i].pos != "VERB" or not personal_past(view, i):
        return False
    a = view.sent_tokens[view.sentence_of(i)][0]
    return not any(view.feat(k, "Case") == "Nom" and view.tokens[k].pos in ("NOUN", "PROPN", "PRON")
                   for k in range(a, i))


def trigger_sentences(doc: NlpDoc) -> set[int]:
    """Sentences holding a named entity and a trigger word: those `extract_events` will parse
    (bar the rare one whose actor is a bare surname), so a caller can parse them ahead in one batch."""
    lex, view = lexicon(), FieldView("", doc)
    return {i for i in {s.sentence_index for s in doc.spans} if has_trigger(view, i, lex)}


def _sides_only_sentences(article: ParsedArticle, view: FieldView, done: set[int], rows: list[dict],
                          lex: Lexicon) -> list[dict]:
    """`rows` with those of the sentences that name no entity but a plural pronoun or a `parties`
    noun («они», «стороны», «главы правительств») and hold a trigger, at most `SIDES_WINDOW`
    sentences after a meeting: their rows whose actors are all sides of that meeting."""
    rows = sorted(rows, key=lambda r: r["sentence_index"])
    extra = [si for si in range(len(view.sent_tokens)) if si not in done
             and any(view.lemma(i) in SIDE_WORDS for i in view.sentence_tokens(si))
             and (_last_meeting(rows, si, lex) or _pair_before(view, si)) and has_trigger(view, si, lex)]
    if not extra:
        return rows
    view.doc.parse_syntax(extra)
    for si in extra:
        parties = _last_meeting(rows, si, lex) or _pair_before(view, si)
        ids = {a.entity_id for a in parties}
        sentence = EventSentence(view, si, parties=parties)
        rows += [r for r in sentence_events(article, sentence, lex)
                 if {r["actor1_entity_id"], r["actor2_entity_id"]} - {None} <= ids]
    return sorted(rows, key=lambda r: r["sentence_index"])


def _pair_before(view: FieldView, si: int) -> list[Actor]:
    """The two people the sentence before sentence `si` names, when it names two and no meeting was
    told: whom «политики», «они» stand for («Марио Драги передал Мелони колокольчик. Перед этим политики
    около часа беседовали наедине.»)."""
    if si == 0:
        return []
    people = {}
    for i in view.sentence_tokens(si - 1):
        m = view.mention_at(i)
        if m is not None and m["type"] == "PER" and m.get("entity_id"):
            people.setdefault(m["entity_id"], Actor.of(m))
    return list(people.values()) if len(people) == 2 else []


def _meetings_resumed(article: ParsedArticle, view: FieldView, rows: list[dict], lex: Lexicon) -> list[dict]:
    """«…», — заявил Токаев, открывая переговоры: a meeting noun (of the consult code, flagged
    `statement_occasion`) whose one row names one side only, at most `SIDES_WINDOW` sentences after a
    meeting that side was at (`_last_meeting`), is that meeting told again: its row becomes that
    side's pairs with the meeting's other sides."""
    out, n_rows = [], Counter(r["event_mention_id"] for r in rows)
    for r in rows:
        if (n_rows[r["event_mention_id"]] > 1 or r["actor2_entity_id"] or not r["actor1_entity_id"]
                or "statement_occasion" not in lex.codes[r["event_subcode"]].flags
                or not any(view.lemma(k) == r["trigger"] and view.pos(k) == "NOUN"
                           for k in view.sentence_tokens(r["sentence_index"]))):
            out.append(r)
            continue
        met = _last_meeting(rows, r["sentence_index"], lex)
        others = [a for a in met if a.entity_id != r["actor1_entity_id"]]
        if len(others) == len(met):
            out.append(r)  # a meeting of others: this one is its own
            continue
        out += [{**r, "event_id": stable_id(article.article_id, "body", r["sentence_index"], r["event_subcode"],
                                            r["actor1_entity_id"], a.entity_id),
                 "actor2_entity_id": a.entity_id, "actor2_name": a.name, "actor2_type": a.type,
                 "rule": max((r["rule"], a.via), key=VIA.index)} for a in others] or [r]
    return out


def _delegations(rows: list[dict], lex: Lexicon) -> list[dict]:
    """«Российскую сторону представляли X и Y, американскую — A и B»: the rows of a verb that lists who
    represented the sides (event_words.tsv `delegation`) stand only as pairs, right after a meeting
    (`_last_meeting`), and have no place of their own (the side's adjective is none); the verb's rows of
    another code stand as they are («К орденам были представлены X и Y»: an award, probe FP)."""
    def delegation(r: dict) -> bool:
        return r["trigger"] in DELEGATIONS and r["event_code"] == "04"
    kept = [r for r in rows if not delegation(r)
            or (r["actor2_entity_id"] and _last_meeting(rows, r["sentence_index"], lex))]
    return [{**r, "location_entity_id": None} if delegation(r) else r for r in kept]


def _rows_before(rows: list[dict], si: int) -> Iterator[dict]:
    """The rows of the `SIDES_WINDOW` sentences before sentence `si`, the last first (the second pass sees
    rows of later sentences too: skipped)."""
    for row in reversed(rows):
        if row["sentence_index"] < si - SIDES_WINDOW:
            break
        if row["sentence_index"] < si:
            yield row


def _last_meeting(rows: list[dict], si: int, lex: Lexicon) -> list[Actor]:
    """The sides of the last event of a symmetric code with two actors (a meeting, a fight, a
    signing) at most `SIDES_WINDOW` sentences before sentence `si`: whom «стороны», «лидеры», «они»
    stand for (`context.sides`)."""
    for row in _rows_before(rows, si):
        if lex.codes[row["event_subcode"]].symmetric and row["actor1_entity_id"] and row["actor2_entity_id"]:
            sides, met = {}, set()
            for r in rows:
                if r["event_mention_id"] == row["event_mention_id"]:
                    for side in ("actor1", "actor2"):
                        if r[f"{side}_entity_id"]:
                            sides.setdefault(r[f"{side}_entity_id"], Actor.of_row(r, side))
                    met.add(frozenset((r["actor1_entity_id"], r["actor2_entity_id"])))
            if len(met) < len(sides) * (len(sides) - 1) // 2:
                continue  # «провел телефонные разговоры с X и Y»: one talk each, no sides of one meeting
            return list(sides.values())
    return []


def _last_group(rows: list[dict], si: int) -> list[Actor]:
    """The actor1 of the article's last event mention, at most `SIDES_WINDOW` sentences before
    sentence `si`, when two or more did it together: whom «они» stand for when no meeting was told
    («… поездка в Киев Эммануэля Макрона, Олафа Шольца и Марио Драги. 16 июня они встретились с
    Зеленским»; not after «Полиция задержала X и Y»)."""
    for row in _rows_before(rows, si):
        group = {r["actor1_entity_id"]: Actor.of_row(r, "actor1") for r in rows
                 if r["event_mention_id"] == row["event_mention_id"] and r["actor1_entity_id"]}
        return list(group.values()) if len(group) >= 2 else []
    return []


def _last_agents(rows: list[dict], si: int) -> dict[str, Actor]:
    """Event code → actor1 of the article's last row of that code at most `AGENTS_WINDOW` sentences
    before sentence `si`: who an indefinite-personal «ввели санкции» continues (`context.agent_of_indefinite`).
    A root code also maps to the last row of any of its sub-codes, unless one of the root's own is there: «МОК лишил
    Россию двух медалей (172). … Помимо этого были дисквалифицированы (17) …» → МОК."""
    def named(row: dict) -> bool:
        return bool(row["actor1_entity_id"])

    return (_last_by_code(rows, si, "event_code", "actor1", named)
            | _last_by_code(rows, si, "event_subcode", "actor1", named))


def _last_doers(rows: list[dict], si: int, lex: Lexicon) -> dict[str, Actor]:
    """Code of an event about a person → the person who did it to them (actor2) in the article's last
    such row at most `AGENTS_WINDOW` sentences before sentence `si`: who a passive «орденов
    удостоены …» with no agent continues (`context.doer_of_passive`); a decision on a post
    (cameo.tsv `personnel`) with no row of its code continues the last decision of any such code
    («Путин отправил в отставку X. … назначен Y» → Путин). A departure's body goes on as a departure's other
    side: «Владимир Воробьев ушел с поста главного тренера «Амура». … «Контракт с Воробьевым расторгнут»» → Амур."""
    def done_by_person(row: dict) -> bool:
        return lex.codes[row["event_subcode"]].person_first and row["actor2_type"] == "PER"

    def done_or_left(row: dict) -> bool:
        return done_by_person(row) or (lex.codes[row["event_subcode"]].leaves_post and row["actor2_type"] == "ORG")

    doers = _last_by_code(rows, si, "event_code", "actor2", done_or_left)
    decisions = [row for row in rows if si - AGENTS_WINDOW <= row["sentence_index"] < si and done_by_person(row)
                 and lex.codes[row["event_subcode"]].personnel]
    if decisions:
        last = Actor.of_row(max(decisions, key=lambda row: row["sentence_index"]), "actor2")
        for code in lex.codes.values():
            if code.personnel:
                doers.setdefault(code.root, last)
    return doers


def _decree_signers(view: FieldView) -> list[tuple[int, Actor]]:
    """(sentence, signer) of each decree the article names with a person in the genitive right after
    it, through posts only: «в указе президента РФ Владимира Путина», «Указом Путина»; or with a
    verb of signing and a person in the nominative in its sentence: «Указ с такой редкой
    формулировкой подписал президент Путин» (morphology, no parse)."""
    out = []
    for si in range(len(view.sent_tokens)):
        _, b = view.sent_tokens[si]
        for i in view.sentence_tokens(si):
            if view.word(i)[:3] not in DECREE_STARTS or view.lemma(i) not in DECREES:
                continue  # (the scan reads every body token: no lemma for a word that cannot be one)
            signer = _signer_after(view, i, b) or _signing_subject(view, si)
            if signer is not None:
                out.append((si, signer))
                break
    return out


def _signer_after(view: FieldView, i: int, b: int) -> Actor | None:
    """The person in the genitive within `DECREE_REACH` tokens after decree noun `i`, through posts only."""
    for j in range(i + 1, min(b, i + 1 + DECREE_REACH)):
        m = view.mention_at(j)
        if m is not None and m["type"] == "PER" and view.feat(j, "Case") == "Gen" and m.get("entity_id"):
            return Actor.of(m)
        if (m is not None and m["type"] == "PER") or view.tokens[j].pos not in ("NOUN", "ADJ", "PROPN"):
            return None  # (a place or body in between is the post's: «президента РФ»)
    return None


def _signing_subject(view: FieldView, si: int) -> Actor | None:
    """The person named in the nominative nearest to a verb of signing in sentence `si` (event_words.tsv
    `decree_signing`): «Указ … подписал президент Путин»; «Дудаев отметил, что соответствующий указ подписал
    президент Владимир Путин» (probe FA: the teller is further)."""
    tokens = view.sentence_tokens(si)
    signing = [k for k in tokens if view.pos(k) == "VERB" and view.lemma(k) in DECREE_SIGNING]
    if not signing:
        return None
    named = [(min(abs(k - v) for v in signing), m) for k in tokens if (m := view.mention_at(k)) is not None
             and m["type"] == "PER" and m.get("entity_id") and view.feat(k, "Case") == "Nom"]
    return Actor.of(min(named, key=lambda x: x[0])[1]) if named else None


def _signed(signers: list[tuple[int, Actor]], si: int, lex: Lexicon) -> dict[str, Actor]:
    """Code of an event about a person → the signer of a decree the article names at most
    `DECREE_WINDOW` sentences before or after sentence `si`, the nearest: who a passive «награжден
    орденом» with no agent did it («… . Об этом говорится в указе президента РФ Владимира Путина»),
    unless the article's last such row names another (`_last_doers`)."""
    near = [(abs(s - si), s > si, a) for s, a in signers if abs(s - si) <= DECREE_WINDOW]
    if not near:
        return {}
    signer = min(near, key=lambda x: x[:2])[2]
    return {c.root: replace(signer, start=-1, via="coreference") for c in lex.codes.values() if c.person_first}


def _last_by_code(rows: list[dict], si: int, code: str, side: str, keep) -> dict[str, Actor]:
    """Row[`code`] → the `side` actor of the last row `keep` accepts among the rows of the
    `AGENTS_WINDOW` sentences before sentence `si`."""
    return {row[code]: Actor.of_row(row, side) for row in rows
            if si - AGENTS_WINDOW <= row["sentence_index"] < si and keep(row)}


def _visitors(rows: list[dict], si: int) -> list[Actor]:
    """The actor1 of the visits (042) told in sentence `si` - 1: who a meeting with no side of its
    own in sentence `si` is (`context.visitor`)."""
    found = {r["actor1_entity_id"]: Actor.of_row(r, "actor1")
             for r in rows if r["sentence_index"] == si - 1 and r["event_subcode"] == "042" and r["actor1_entity_id"]}
    return list(found.values())


def _headline_body(mentions: list[dict], title: NlpDoc | None, lex: Lexicon) -> Actor | None:
    """The one organisation a headline about a post names, if it names one organisation only and a post
    (event_words.tsv `post`) or a change in one (a trigger of a cameo.tsv `on_post` code): the body a post no
    one and no body is named with belongs to («"Чайка" сменила главного тренера … Исполняющим обязанности
    главного тренера назначен Анзур Садиров» → Чайка; `person_frames.about_a_person`). A headline that tells of
    no post names a court or a government acting, no employer («Мосгорсуд рассмотрит жалобу …»)."""
    orgs = {m["entity_id"]: m for m in mentions if m["field"] == "title" and m["type"] == "ORG" and m.get("entity_id")}
    if len(orgs) != 1 or title is None:
        return None
    lemmas = {(t.pos, lemma(t)) for t in title.doc.tokens}
    if not any(w in POSTS or any(lex.codes[e.code].on_post and e.condition is None for e in lex.entries.get((p, w), ()))
               for p, w in lemmas):
        return None
    return replace(Actor.of(next(iter(orgs.values()))), start=-1, via="coreference")


def _states(mentions: list[dict]) -> dict[str, Actor]:
    """ISO code (`transforms.countries.iso2`) → the article's LOC entity that names that country."""
    out = {}
    for m in mentions:
        if m.get("type") == "LOC" and m.get("entity_id") and (code := iso2(m.get("entity_name"))):
            out.setdefault(code, Actor.of(m))
    return out
