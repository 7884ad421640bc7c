"""Sentences → CAMEO-style events: who did what to whom, when and where (DESIGN.md §2, docs/events.md).

`extract_events(article, docs, mentions)` reads the body of one article, sentence by
sentence (pure: no I/O; it runs natasha's syntax parser on the sentences it needs):

1. *Triggers.*  A verb or noun whose lemma is in the lexicon of `transforms/data/cameo.tsv`
   (CAMEO's 20 root codes, Russian verb and noun lemmas) is a trigger.  Only tokens whose
   first letters match a lexicon lemma are lemmatised (natasha's `MorphVocab`), and only
   sentences that hold a trigger are parsed.
2. *Actors.*  From the syntax tree: actor1 is the subject (nsubj with its flat:name/appos
   parts, «Президент Казахстана Касым-Жомарт Токаев»), actor2 the object, the dative, or the
   partner of a preposition of the code («встретился с», «санкции против»).  A noun trigger
   takes its participants from its own dependents («встреча Путина и Трампа», «встреча с
   Зеленским», «помощь Украине») and from the verb it depends on («провел встречу» — the
   subject of a light verb is the actor; «в ходе встречи с Y X …» — X is the other
   participant).  An actor is a PER/LOC/ORG mention of the article (entity id, canonical name).
   Several participants give one row per pair.
3. *Where and when.*  The location is a LOC (or an organisation as a venue: «на полях
   Генассамблеи ООН») in a «в/на …» phrase of the trigger; the date is a date expression of
   the trigger's clause (`transforms.dates.sentence_dates`), else the publication date.
4. *Modality.*  A negated trigger («не намерен разрывать»), a conditional or merely possible
   one («если … поедет с визитом», «может стать площадкой для встречи») gives no row; an
   intended one («намерен встретиться») is coded 03 (intent to cooperate) or 13 (threaten) as
   CAMEO does.

A row needs at least one actor: «Эта личная встреча произошла впервые» (no participants of
its own) refers back to a meeting already counted and is no new row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, product

from transforms import wordlists
from transforms.ids import stable_id
from transforms.names import fold, surname
from transforms.nlp import NlpDoc, lemma
from transforms.parse import ParsedArticle

try:
    from transforms.dates import sentence_dates
except ImportError:  # pragma: no cover - only while transforms/dates.py does not exist
    def sentence_dates(sentence, published):  # type: ignore[misc]
        return []

ENTITY_TYPES = ("PER", "LOC", "ORG")

# clause boundaries: a date, a negation or a condition never crosses them
_CLAUSE_RELS = {"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass", "root"}
_NAME_PARTS = {"appos", "flat:name", "flat", "flat:foreign"}
_LOCATION_PREPOSITIONS = {"в", "во", "на"}
_PREPOSITION_VARIANTS = {"со": "с", "со стороны": "с стороны", "во время": "в время", "во": "в"}
# verbs that carry a noun trigger: «провел встречу», «оказывает помощь», «ввел санкции»
_LIGHT_VERBS = {
    "провести", "проводить", "оказать", "оказывать", "ввести", "вводить", "направить", "направлять",
    "выразить", "выражать", "нанести", "наносить", "совершить", "совершать", "устроить", "устраивать",
    "организовать", "организовывать", "начать", "начинать", "продолжить", "продолжать", "возобновить",
    "возобновлять", "вести", "сделать", "делать", "объявить", "объявлять", "осуществить", "осуществлять",
    "иметь", "предоставить", "предоставлять", "выдвинуть", "выдвигать", "предъявить", "предъявлять",
    "принести", "приносить", "наложить", "накладывать", "применить", "применять", "выступить", "выступать",
    "провозгласить", "учинить", "возбудить", "возбуждать", "завести", "заводить", "открыть", "открывать",
}
# nouns a trigger hides behind: «в ходе встречи», «во время визита», «по итогам переговоров»
_FRAME_NOUNS = {"ход", "время", "рамка", "итог", "канун", "период", "результат", "преддверие", "окончание",
                "завершение", "начало", "цель"}
_DURING = {"ход", "время", "рамка"}  # «в ходе», «во время», «в рамках»: the subject takes part
_DURING_PREPOSITIONS = {"на", "в", "в ходе", "в время", "в рамках"}
# nouns that make an organisation a place: «на полях Генассамблеи ООН», «на саммите ЕС»
_VENUE_NOUNS = {"поле", "саммит", "сессия", "заседание", "форум", "конференция", "съезд", "площадка",
                "ассамблея", "совещание", "церемония", "пленум", "штаб-квартира", "здание", "резиденция"}
_INTENT = {"намереваться", "намеренный", "планировать", "планироваться", "собираться", "хотеть", "желать",
           "готовый", "готовиться", "рассчитывать", "обещать", "пообещать", "предложить", "предлагать",
           "решить", "договориться", "согласиться", "соглашаться", "стремиться", "надеяться"}
_POSSIBLE = {"мочь", "смочь", "способный"}
_HYPOTHETICAL = {"возможный", "потенциальный", "гипотетический", "вероятный"}
_PLANNED = {"запланированный", "планируемый", "предстоящий", "будущий", "намеченный", "ожидаемый",
            "запланировать", "планировать", "предстоять", "наметить", "намечать", "ожидать"}  # participles: verb lemmas
_IRREALIS_MARKS = {"если", "чтобы", "ли", "бы", "б"}
# date expressions that bound a period rather than date the event: «впервые с 2019 года»
_NOT_EVENT_DATE = re.compile(r"(?:с|со|до|после|перед|от|к|ко|между|через|за)\s", re.IGNORECASE)
_IDIOMS = {("помощь", "с"), ("помощь", "при"), ("содействие", "при")}  # «с помощью» means «by means of»
_COOPERATION = {"04", "05", "06", "07", "08"}
_CONFLICT = {"15", "16", "17", "18", "19", "20"}


# --------------------------------------------------------------------------------------
# The taxonomy (transforms/data/cameo.tsv)
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Code:
    code: str
    name: str
    genitive: str               # actor1 | actor2 | both
    partners: frozenset[str]    # prepositions that introduce actor2

    @property
    def symmetric(self) -> bool:
        return self.genitive == "both"


@dataclass(frozen=True)
class Entry:
    code: str
    pos: str                  # VERB | NOUN
    lemma: str
    condition: str | None     # a dependent lemma, or "@PER" (the object is a person)


@dataclass(frozen=True)
class Lexicon:
    codes: dict[str, Code]
    entries: dict[tuple[str, str], tuple[Entry, ...]]  # (pos, lemma) → entries, conditional ones first
    prefixes: frozenset[str]

    def name(self, code: str) -> str:
        return self.codes[code].name


def _prefix(lemma: str) -> str:
    return lemma[:3] if len(lemma) > 4 else lemma[:2]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The CAMEO taxonomy and its Russian trigger lexicon, from transforms/data/cameo.tsv."""
    codes, entries = {}, defaultdict(list)
    for row in wordlists.rows("cameo.tsv"):
        code, name, genitive, partners, verbs, nouns = (row + [""] * 6)[:6]
        codes[code] = Code(code, name.strip(), genitive.strip(),
                           frozenset(p.strip() for p in partners.split(",") if p.strip()))
        for pos, items in (("VERB", verbs), ("NOUN", nouns)):
            for item in items.split(","):
                words = item.split()
                if words:
                    condition = words[1] if len(words) > 1 else None
                    condition = condition if condition is None or condition.startswith("@") else fold(condition)
                    entries[(pos, fold(words[0]))].append(Entry(code, pos, fold(words[0]), condition))
    ordered = {k: tuple(sorted(v, key=lambda e: e.condition is None)) for k, v in entries.items()}
    return Lexicon(codes, ordered, frozenset(_prefix(lemma) for _, lemma in ordered))


# --------------------------------------------------------------------------------------
# One sentence: tokens, tree, mentions
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Actor:
    entity_id: str
    name: str
    type: str
    start: int


class _Sentence:
    def __init__(self, index: int, doc: NlpDoc, mentions: list[dict], surnames: dict[str, Actor] | None = None):
        self.index = index
        self.surnames = surnames or {}
        natasha_sent = doc.doc.sents[index]
        self.start = natasha_sent.start
        self.text = doc.sentences[index].text
        self.tokens = natasha_sent.tokens
        self.by_id = {t.id: t for t in self.tokens}
        self.position = {t.id: i for i, t in enumerate(self.tokens)}
        # natasha's parser does not promise a tree: a cycle is cut where it closes
        self.parent = {t.id: self.by_id.get(t.head_id) for t in self.tokens}
        for t in self.tokens:
            seen, x = set(), t
            while x is not None and x.id not in seen:
                seen.add(x.id)
                nxt = self.parent[x.id]
                if nxt is not None and nxt.id in seen:
                    self.parent[x.id] = None
                    break
                x = nxt
        self.rels = {t.id: t.rel for t in self.tokens}
        self.mention_of: dict[str, dict] = {}
        for t in self.tokens:
            for m in mentions:
                if m["start"] < t.stop and t.start < m["stop"]:
                    self.mention_of[t.id] = m
                    break
        self._lemmas: dict[int, str] = {}
        self._repair()
        self._index_children()

    def _index_children(self) -> None:
        self.children: dict[str, list] = defaultdict(list)
        for t in self.tokens:
            if self.parent[t.id] is not None:
                self.children[self.parent[t.id].id].append(t)

    def _repair(self) -> None:
        """Three attachment errors of the parser that lose actors, undone on our copy of the tree
        (natasha's tokens are shared with other extractors and stay as they are):

        - a nominal in the nominative or accusative conjoined to a verb is a conjunct of the verb's
          subject or object («Шумов …, и Борзыкин … встретятся»);
        - a nominal without a preposition in the nominative or accusative hanging as `nmod` on a
          word in another case is the subject or object of its clause's verb («посол …
          встретился с заместителем», parsed as «посол» ← «заместителем»; «принимает в Белом
          доме … коллегу», parsed as «коллегу» ← «доме»), when that verb has none;
        - a name in apposition in another case than its head belongs to the nearest ancestor in
          its own case («заместителем министра … Александром Налбандовым»).
        """
        self._index_children()
        for t in self.tokens:
            head = self.parent[t.id]
            case = self.feat(t, "Case")
            if head is None or case is None or t.pos not in ("NOUN", "PROPN") or self.case(t) is not None:
                continue
            if self.rels[t.id] == "conj" and head.pos == "VERB" and case in ("Nom", "Acc"):
                # «Шумов …, и Борзыкин … встретятся», parsed as «Борзыкин» ← «встретятся»
                first = self.kids(head, "nsubj" if case == "Nom" else "obj")
                if first and first[0] is not t and self.position[first[0].id] < self.position[t.id]:
                    self.parent[t.id] = first[0]
                    self._index_children()
            elif self.rels[t.id] == "nmod" and case in ("Nom", "Acc") and self.feat(head, "Case") not in (case, None):
                verb = self.path_up(t)[-1]
                rel = "nsubj" if case == "Nom" else "obj"
                passive = rel == "obj" and self.kids(verb, "nsubj:pass")
                if verb.pos == "VERB" and not self.kids(verb, rel) and not passive:
                    self.parent[t.id], self.rels[t.id] = verb, rel
                    self._index_children()
            elif (self.rels[t.id] == "appos" and self.feat(head, "Case") not in (case, None)
                  and (self.mention_of.get(t.id) or {}).get("type") == "PER"):
                x = head
                for _ in range(3):
                    if self.rels[x.id] != "nmod" or self.parent[x.id] is None:
                        break
                    x = self.parent[x.id]
                    if self.feat(x, "Case") == case:
                        self.parent[t.id] = x
                        self._index_children()
                        break

    def rel(self, t) -> str:
        return self.rels[t.id]

    def lemma(self, t) -> str:
        if t.start not in self._lemmas:  # keyed by offset: tokens have no id before the parse
            self._lemmas[t.start] = lemma(t)
        return self._lemmas[t.start]

    def head(self, t):
        return self.parent.get(t.id)

    def kids(self, t, *rels):
        return [c for c in self.children.get(t.id, ()) if not rels or self.rel(c) in rels]

    def case(self, t) -> str | None:
        """The preposition of a nominal, lowercased, «со» as «с»: «с» in «с Зеленским», «со стороны»
        and «в ходе» when the parser reads them as one preposition; None without one."""
        for c in self.kids(t, "case"):
            words = [c] + self.kids(c, "fixed")
            text = " ".join(w.text.lower() for w in sorted(words, key=lambda w: self.position[w.id]))
            return _PREPOSITION_VARIANTS.get(text, text)
        return None

    def feat(self, t, name: str) -> str | None:
        return (t.feats or {}).get(name)

    def negated(self, t) -> bool:
        return any(c.text.lower() in ("не", "ни") for c in self.kids(t, "advmod", "discourse", "aux"))

    # -- entities -----------------------------------------------------------------------

    def entity(self, t) -> Actor | None:
        """The entity a nominal names: its own mention, else a name in apposition
        («президентом Виктором Януковичем»), else a surname the NER missed."""
        queue = [t]
        while queue:
            x = queue.pop(0)
            m = self.mention_of.get(x.id)
            if m is not None:
                return Actor(m["entity_id"], m["entity_name"], m["type"], m["start"])
            queue.extend(self.kids(x, *_NAME_PARTS))
        return self._missed_name(t)

    def _missed_name(self, t) -> Actor | None:
        """A surname the NER missed («Зеленский подтвердил…» at the start of a sentence) is the
        person of the article with that surname, when there is exactly one."""
        if t.pos != "PROPN" or not t.text[:1].isupper() or t.id in self.mention_of:
            return None
        for k in (fold(t.text), self.lemma(t)):
            a = self.surnames.get(k)
            if a is not None:
                return Actor(a.entity_id, a.name, a.type, t.start)
        return None

    def coordination(self, t) -> list:
        """A nominal and its conjuncts: «Лиза и Раиса», «с Y и Z»."""
        out, queue, prep = [], [t], self.case(t)
        while queue:
            x = queue.pop(0)
            out.append(x)
            queue.extend(c for c in self.kids(x, "conj") if c.pos in ("NOUN", "PROPN", "PRON", "X")
                         and self.case(c) in (None, prep))  # «в России, на Украине» is no list of partners
        return out

    def names(self, t) -> list[Actor]:
        """Every entity a nominal names: its own mention and the names in apposition to it
        («глава … Алексей Миллер и министр … Александр Озерец» when the parser hangs both
        names on «глава»)."""
        found, queue = [], [t]
        while queue:
            x = queue.pop(0)
            m = self.mention_of.get(x.id)
            if m is not None:
                found.append(Actor(m["entity_id"], m["entity_name"], m["type"], m["start"]))
            else:
                queue.extend(self.kids(x, *_NAME_PARTS))
        if not found and (a := self._missed_name(t)) is not None:
            found.append(a)
        return found

    def entities(self, t) -> list[Actor]:
        """The entities of a nominal and its conjuncts; a relative «который» names its antecedent."""
        if self.lemma(t) == "который":
            t = self._antecedent(t)
            if t is None:
                return []
        found = []
        for x in self.coordination(t):
            for a in self.names(x):
                if a.entity_id not in {f.entity_id for f in found}:
                    found.append(a)
        return found

    def _antecedent(self, t):
        x = t
        while x is not None and self.rel(x) not in ("acl:relcl", "acl"):
            x = self.head(x)
        if x is None:
            return None
        antecedent = self.head(x)
        # «Миллер и Озерец, которые встречаются»: a plural relative takes the whole coordination
        while (antecedent is not None and self.rel(antecedent) == "conj" and self.feat(t, "Number") == "Plur"
               and self.head(antecedent) is not None):
            antecedent = self.head(antecedent)
        return antecedent

    def subjects(self, verb, depth: int = 0) -> list[Actor]:
        """The subject entities of a verb; a conjoined verb, an infinitive or a gerund shares
        the subject of the verb it depends on («подтвердил … и сообщил», «намерен встретиться»)."""
        subj = self.kids(verb, "nsubj")
        if subj:
            return [a for s in subj for a in self.entities(s)]
        head = self.head(verb)
        gerund = self.rel(verb) == "advcl" and self.feat(verb, "VerbForm") == "Conv"
        if (depth < 4 and head is not None and head.pos in ("VERB", "ADJ", "AUX")
                and (self.rel(verb) in ("conj", "xcomp") or gerund)):
            return self.subjects(head, depth + 1)
        return self._nearby_subjects(verb)

    def _nearby_subjects(self, verb) -> list[Actor]:
        """No subject in the tree: the named nominatives of the verb's stretch of text, between
        the punctuation or conjunctions around it («…, что на встречу с Виктором прибудут также
        его дочь Лиза и мать Раиса,» when the parser hangs «дочь» elsewhere).  A singular verb
        takes the nearest one only."""
        if verb.pos != "VERB" or self.feat(verb, "VerbForm") not in ("Fin", None):
            return []
        i = self.position[verb.id]
        lo, hi = i, i
        while lo > 0 and not _boundary(self.tokens[lo - 1]):
            lo -= 1
        while hi + 1 < len(self.tokens) and not _boundary(self.tokens[hi + 1]):
            hi += 1
        found, stretch = [], {t.id for t in self.tokens[lo:hi + 1]}
        for t in sorted(self.tokens[lo:hi + 1], key=lambda t: abs(self.position[t.id] - i)):
            if t.pos not in ("NOUN", "PROPN") or self.feat(t, "Case") != "Nom" or self.case(t) is not None:
                continue
            head = self.head(t)
            if head is not None and head.id in stretch and self.feat(head, "Case") not in ("Nom", None):
                continue  # «станции «Мир»»: a name of something in another case
            m = self.mention_of.get(t.id)
            if m is not None and m["type"] in ("PER", "ORG") and m["entity_id"] not in {a.entity_id for a in found}:
                found.append(Actor(m["entity_id"], m["entity_name"], m["type"], m["start"]))
        found.sort(key=lambda a: a.start)
        if self.feat(verb, "Number") == "Sing":
            return found[:1]
        return found

    # -- clauses ------------------------------------------------------------------------

    def path_up(self, t) -> list:
        """`t` and its ancestors up to the head of its clause."""
        path = [t]
        while True:
            x = path[-1]
            if self.rel(x) in _CLAUSE_RELS or (self.rel(x) == "conj" and x.pos == "VERB"):
                return path
            h = self.head(x)
            if h is None:
                return path
            path.append(h)

    def clause(self, head) -> set[str]:
        """Token ids of the clause headed by `head`, without the clauses it embeds."""
        out, queue = set(), [head]
        while queue:
            x = queue.pop()
            out.add(x.id)
            for c in self.kids(x):
                if self.rel(c) in _CLAUSE_RELS or (self.rel(c) == "conj" and c.pos == "VERB"):
                    continue
                queue.append(c)
        return out

    def phrase(self, t, limit: int = 4) -> list:
        """A nominal phrase, breadth first: head, then its modifiers («полях Генассамблеи ООН»)."""
        out, queue = [], [(t, 0)]
        while queue:
            x, depth = queue.pop(0)
            out.append(x)
            if depth < limit:
                queue.extend((c, depth + 1) for c in self.kids(x, "nmod", "appos", "flat", "flat:name", "amod", "conj"))
        return out


# --------------------------------------------------------------------------------------
# Triggers and their frames
# --------------------------------------------------------------------------------------

@dataclass
class _Frame:
    side1: list[Actor]
    side2: list[Actor]
    group: list[Actor]           # participants of one list («встреча X и Y», «между X и Y»)
    places: list                 # heads of «в/на …» phrases
    place_objects: list[Actor]   # a visited place («посетил Украину»)
    anchor: object               # the token whose clause dates the event
    gates: list                  # tokens whose negation cancels the event


def _boundary(t) -> bool:
    """Where a stretch of text for a missing subject stops: punctuation, a subordinator, a finite verb."""
    return t.pos in ("PUNCT", "SCONJ") or (
        t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Fin")


def _lexicon_entries(t, lex: Lexicon, lemma) -> tuple[Entry, ...]:
    """The lexicon entries a token may trigger: its first letters first, then its lemma."""
    if t.pos not in ("VERB", "NOUN", "PROPN"):
        return ()
    word = fold(t.text)
    if word[:3] not in lex.prefixes and word[:2] not in lex.prefixes:
        return ()
    if t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Part" and t.rel in ("amod", "acl"):
        return ()  # attributive participles describe («задержанные журналисты»); «был арестован» reports
    return lex.entries.get(("VERB" if t.pos == "VERB" else "NOUN", lemma(t)), ())


def _match(s: _Sentence, t, lex: Lexicon) -> Entry | None:
    for entry in _lexicon_entries(t, lex, s.lemma):
        if entry.condition is None or _condition(s, t, entry.condition):
            return entry
    return None


def _condition(s: _Sentence, t, condition: str) -> bool:
    if condition == "@PER":
        return any(a.type == "PER" for o in s.kids(t, "obj") for a in s.entities(o))
    for c in s.kids(t):
        if s.lemma(c) == condition or c.text.lower() == condition:
            return True
        if any(g.text.lower() == condition for g in s.kids(c, "case")):
            return True
    return False


def _partners(s: _Sentence, t, code: Code, frame: _Frame, rels: tuple[str, ...], genitive: bool = True,
              places: bool = True) -> None:
    """Dependents of `t` that bring participants (partner prepositions, object, dative, genitive)
    or a place (a «в/на …» phrase)."""
    for c in s.kids(t, *rels):
        prep = s.case(c)
        if prep == "с" and s.lemma(c) == "сторона":  # «санкции со стороны Америки»: by whom
            frame.side1 += [a for g in s.kids(c, "nmod") if s.case(g) is None for a in s.entities(g)]
        elif prep == "с стороны":
            frame.side1 += s.entities(c)
        elif prep == "между":
            frame.group += s.entities(c)
        elif prep is not None and prep in code.partners:
            frame.side2 += s.entities(c)
        elif prep is None and (s.rel(c) in ("obj", "iobj") or s.feat(c, "Case") == "Dat"):
            frame.side2 += s.entities(c)
        elif prep == "от" and t.pos != "VERB" and genitive:
            frame.side1 += s.entities(c)  # «помощь от Казахстана»
        elif prep is None and s.rel(c) == "nmod" and s.feat(c, "Case") == "Gen" and genitive:
            role = {"actor1": frame.side1, "actor2": frame.side2, "both": frame.group}[code.genitive]
            role += s.entities(c)
        elif prep in _LOCATION_PREPOSITIONS and places:
            frame.places.append(c)


def _verb_frame(s: _Sentence, v, code: Code) -> _Frame:
    frame = _Frame([], [], [], [], [], v, [v])
    if s.feat(v, "Voice") == "Pass" or s.kids(v, "nsubj:pass"):  # «Бут был арестован»
        frame.side2 += [a for x in s.kids(v, "nsubj:pass", "nsubj") for a in s.entities(x)]
        frame.side1 += [a for x in s.kids(v, "obl", "obl:agent") if s.case(x) is None
                        and s.feat(x, "Case") == "Ins" for a in s.entities(x)]
    else:
        frame.side1 += s.subjects(v)
    _partners(s, v, code, frame, ("obj", "iobj", "obl"))
    for o in s.kids(v, "obj"):  # «разорвать отношения с Россией»: the partner of the object noun
        if s.entity(o) is None:
            _partners(s, o, code, frame, ("nmod",), genitive=False, places=False)
    return frame


def _governor(s: _Sentence, n):
    """The word a noun trigger depends on, through a frame noun («в ходе встречи» → the verb),
    and the nominal that hangs on it (the trigger or the frame noun)."""
    x, head = n, s.head(n)
    while head is not None and head.pos in ("NOUN", "PROPN") and s.lemma(head) in _FRAME_NOUNS and s.rel(x) == "nmod":
        x, head = head, s.head(head)
    return x, head


def _noun_frame(s: _Sentence, n, code: Code) -> _Frame:
    frame = _Frame([], [], [], [], [], n, [n])
    _partners(s, n, code, frame, ("nmod",))
    x, v = _governor(s, n)
    if v is None or v.pos not in ("VERB", "ADJ", "AUX"):
        return frame
    frame.anchor = v
    light = s.lemma(v) in _LIGHT_VERBS and (s.rel(x) == "obj" or (s.rel(x) == "obl" and s.case(x) in ("с", "со")))
    if light or s.rel(x) in ("nsubj", "nsubj:pass"):  # «провел встречу», «встреча состоялась в Минске»
        frame.gates.append(v)
        frame.places += [c for c in s.kids(v, "obl") if s.case(c) in _LOCATION_PREPOSITIONS]
    if light:  # the subject of the light verb acts; its dative and partners are actor2
        if not frame.side1:
            frame.side1 = s.subjects(v)
        _partners(s, v, code, frame, ("iobj", "obl"), genitive=False)
        frame.places = list({c.id: c for c in frame.places}.values())
        return frame
    has_partner = any(s.case(c) in ("с", "со") and s.entities(c) for c in s.kids(n, "nmod"))
    has_agent = any(s.case(c) is None and s.feat(c, "Case") == "Gen" for c in s.kids(n, "nmod"))
    during = s.rel(x) == "obl" and (s.lemma(x) in _DURING or (x is n and s.case(n) in _DURING_PREPOSITIONS))
    if (not frame.side1 and not has_agent and s.rel(x) in ("obj", "obl")
            and (has_partner or (code.code == "04" and during))):
        # «в ходе встречи с Y X …», «на встречу с Виктором прибудут Лиза и Раиса»: the subject of
        # the verb is the other side; «в ходе визита в Украину Эрдоган …»: the visitor
        frame.side1 = s.subjects(v)
    return frame


def _modality(s: _Sentence, trigger, frame: _Frame) -> str | None:
    """None (told as a fact), "intent", or "drop" (negated, conditional, merely possible)."""
    if any(s.negated(g) for g in frame.gates):
        return "drop"
    mood = None
    if trigger.pos != "VERB":
        modifiers = {s.lemma(c) for c in s.kids(trigger, "amod")}
        if modifiers & _HYPOTHETICAL:
            return "drop"  # «возможная встреча»
        if modifiers & _PLANNED:
            mood = "intent"  # «запланированный визит», «предстоящие переговоры»
    path = s.path_up(trigger)
    if s.rel(path[-1]) == "conj" and s.head(path[-1]) is not None:
        # a conjoined verb shares the mood of its first conjunct: «намерен встретиться и обсудить»,
        # «если Минск продолжит упорствовать и откажется платить»
        path += s.path_up(s.head(path[-1]))
    for child, x in zip(path, path[1:]):
        if s.rel(child) in ("xcomp", "obj", "nsubj", "nsubj:pass") and x.pos in ("VERB", "ADJ", "AUX"):
            lemma = s.lemma(x)
            if s.rel(child) == "xcomp" and (s.negated(x) or lemma in _POSSIBLE):
                return "drop"  # «не стал встречаться», «может стать площадкой для встречи»
            if lemma in _INTENT and (s.rel(child) == "xcomp" or child is trigger):
                if s.negated(x):
                    return "drop"  # «не намерен разрывать отношения»
                mood = "intent"  # «намерен встретиться», «планирует визит», «встреча планируется»
    for x in path:
        if any(c.text.lower() in _IRREALIS_MARKS for c in s.kids(x, "mark", "aux", "advmod", "discourse")):
            return "drop"  # «если … поедет с визитом», «встретился бы», «чтобы обсудить»
    return mood


# --------------------------------------------------------------------------------------
# Where and when
# --------------------------------------------------------------------------------------

def _location(s: _Sentence, frame: _Frame, actors: set[str]) -> str | None:
    """A LOC in a «в/на …» phrase; else an organisation named as the venue («на полях
    Генассамблеи ООН», «в Белом доме»): the phrase is the organisation or a venue noun's."""
    for a in frame.place_objects:
        return a.entity_id
    for head in frame.places:
        phrase = s.phrase(head)
        for x in phrase:
            m = s.mention_of.get(x.id)
            if m is not None and m["type"] == "LOC" and m["entity_id"] not in actors:
                return m["entity_id"]
        m = s.mention_of.get(head.id)
        if m is not None and m["type"] == "ORG" and m["entity_id"] not in actors:
            return m["entity_id"]
        if s.lemma(head) in _VENUE_NOUNS:
            for x in phrase[1:]:
                m = s.mention_of.get(x.id)
                if m is not None and m["type"] == "ORG" and m["entity_id"] not in actors:
                    return m["entity_id"]
    return None


def _event_date(s: _Sentence, trigger, frame: _Frame, dates) -> tuple[dt.date, str] | None:
    """The date expression of the trigger's clause nearest to it (a conjoined verb shares
    its head verb's date: «22 сентября X заявил … и добавил»)."""
    heads = [s.path_up(frame.anchor)[-1]]
    if s.rel(heads[0]) == "conj" and s.head(heads[0]) is not None:
        heads.append(s.path_up(s.head(heads[0]))[-1])
    for head in heads:
        clause = s.clause(head)
        best = None
        for d in dates:
            if d.value is None or _NOT_EVENT_DATE.match(d.text):
                continue
            ids = [t.id for t in s.tokens if t.start - s.start < d.stop and d.start < t.stop - s.start]
            if not ids or not any(i in clause for i in ids):
                continue
            distance = min(abs(s.position[i] - s.position[trigger.id]) for i in ids)
            if best is None or distance < best[0]:
                best = (distance, d)
        if best is not None:
            return best[1].value, best[1].precision
    return None


# --------------------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------------------

def _pairs(code: Code, frame: _Frame) -> list[tuple[Actor | None, Actor | None]]:
    def unique(actors):
        seen, out = set(), []
        for a in actors:
            if a.entity_id not in seen:
                seen.add(a.entity_id)
                out.append(a)
        return out

    side1, side2, group = unique(frame.side1), unique(frame.side2), unique(frame.group)
    if code.symmetric:
        side1 = unique(side1 + group)
        if side1 and side2:
            pairs = [(a, b) for a, b in product(side1, side2) if a.entity_id != b.entity_id]
            if pairs:
                return pairs
        members = unique(side1 + side2)
        if len(members) >= 2:
            return list(combinations(members, 2))
        if side1:
            return [(side1[0], None)]
        return [(None, side2[0])] if side2 else []
    if not side1 and not side2 and len(group) >= 2:  # «сотрудничество между Киевом и Анкарой»
        return list(combinations(group, 2))
    side2 = unique(side2 + group)
    pairs = [(a, b) for a, b in product(side1 or [None], side2 or [None])
             if (a or b) is not None and not (a and b and a.entity_id == b.entity_id)]
    return pairs or ([(side1[0], None)] if side1 else [])


def extract_events(article: ParsedArticle, docs: dict[str, NlpDoc], mentions: list[dict]) -> list[dict]:
    """Event rows of one article. `docs` = {"title": NlpDoc, "body": NlpDoc}; `mentions` = the article's
    mention rows (dicts with field, start, stop, type, text, normal, entity_id, entity_name, sentence_index).

    Body sentences only: `sentence_index` is the index of a body sentence.
    """
    doc = docs["body"]
    lex = lexicon()
    by_sentence: dict[int, list[dict]] = defaultdict(list)
    for m in mentions:
        if m.get("field") == "body" and m.get("type") in ENTITY_TYPES and m.get("entity_id"):
            by_sentence[m["sentence_index"]].append(m)

    surnames = _surnames(mentions)

    # 1. candidate sentences: a lexicon lemma among their words (morphology only, no syntax yet)
    candidates = []
    for i, sent in enumerate(doc.doc.sents):
        if not by_sentence.get(i) and not any(fold(t.text) in surnames for t in sent.tokens):
            continue  # no entity, no actor: nothing to report
        if _has_trigger(sent, lex):
            candidates.append(i)
    doc.parse_syntax(candidates)

    rows = []
    for i in candidates:
        rows += _sentence_events(article, _Sentence(i, doc, by_sentence[i], surnames), lex)
    return rows


def trigger_sentences(doc: NlpDoc) -> set[int]:
    """Sentences holding a named entity and a trigger word: those `extract_events` will parse
    (bar the rare one whose actor is a bare surname), so a caller can parse them ahead in one batch."""
    lex = lexicon()
    named = {s.sentence_index for s in doc.spans}
    return {i for i in named if _has_trigger(doc.doc.sents[i], lex)}


def _has_trigger(sent, lex: Lexicon) -> bool:
    return any(_lexicon_entries(t, lex, lemma) for t in sent.tokens)


def _surnames(mentions: list[dict]) -> dict[str, Actor]:
    """Surname (lowercase, ё = е) → the one person of the article with a full name ending in it."""
    found: dict[str, set] = defaultdict(set)
    names = {}
    for m in mentions:
        if m.get("type") == "PER" and m.get("entity_id") and len((m.get("entity_name") or "").split()) >= 2:
            found[surname(m["entity_name"])].add(m["entity_id"])
            names[m["entity_id"]] = m["entity_name"]
    return {k: Actor(next(iter(ids)), names[next(iter(ids))], "PER", -1) for k, ids in found.items() if len(ids) == 1}


def _sentence_events(article: ParsedArticle, s: _Sentence, lex: Lexicon) -> list[dict]:
    dates = None
    out: list[dict] = []
    keys: dict[tuple, dict] = {}
    for t in s.tokens:
        entry = _match(s, t, lex)
        if entry is None or any(c.text.lower() in ("с", "при") and (s.lemma(t), c.text.lower()) in _IDIOMS
                                for c in s.kids(t, "case")):
            continue
        if entry.lemma in _INTENT and s.kids(t, "xcomp"):
            continue  # «договорились встретиться»: the intent belongs to the event it governs (03)
        code = lex.codes[entry.code]
        frame = _verb_frame(s, t, code) if entry.pos == "VERB" else _noun_frame(s, t, code)
        if code.code == "04":  # a visited place is where the meeting is, not a participant
            frame.place_objects += [a for a in frame.side2 if a.type == "LOC" and a in _objects(s, t)]
            frame.side2 = [a for a in frame.side2 if a not in frame.place_objects]
        mood = _modality(s, t, frame)
        if mood == "drop":
            continue
        final = code
        if mood == "intent":
            if code.code in _COOPERATION:
                final = lex.codes["03"]
            elif code.code in _CONFLICT:
                final = lex.codes["13"]
            else:
                continue
        pairs = _pairs(code, frame)
        if not pairs:
            continue
        if dates is None:
            dates = sentence_dates(s.text, article.published_date)
        when = _event_date(s, t, frame, dates)
        for a1, a2 in pairs:
            actors = {a.entity_id for a in (a1, a2) if a is not None}
            key = (final.code, a1 and a1.entity_id, a2 and a2.entity_id)  # what event_id is made of
            if code.symmetric and key not in keys:
                key = next((k for k in keys if k == (final.code, key[2], key[1])), key)  # Y–X is X–Y
            row = _row(article, s, final, entry.lemma, a1, a2, _location(s, frame, actors), when)
            if key in keys:
                kept = keys[key]
                if kept["location_entity_id"] is None:
                    kept["location_entity_id"] = row["location_entity_id"]
                if kept["date_source"] == "published" and row["date_source"] == "text":
                    kept.update({k: row[k] for k in ("event_date", "date_precision", "date_source")})
                continue
            keys[key] = row
            out.append(row)
    return _drop_subsumed(out, lex)


def _objects(s: _Sentence, t) -> list[Actor]:
    out = []
    for c in s.kids(t, "obj") + [c for c in s.kids(t, "obl", "nmod") if s.case(c) in ("в", "во", "на")
                                  and s.feat(c, "Case") == "Acc"]:
        out += s.entities(c)
    return out


def _drop_subsumed(rows: list[dict], lex: Lexicon) -> list[dict]:
    """A row with one actor says less than a row of the same code and sentence with both
    («Токаев заявил» next to «Токаев заявил Y»): only the fuller row stays."""
    def covers(o, r):
        if o is r or o["event_code"] != r["event_code"]:
            return False
        if lex.codes[r["event_code"]].symmetric:
            mine = {r["actor1_entity_id"], r["actor2_entity_id"]} - {None}
            return mine < {o["actor1_entity_id"], o["actor2_entity_id"]} - {None}
        return (r["actor1_entity_id"] in (None, o["actor1_entity_id"])
                and r["actor2_entity_id"] in (None, o["actor2_entity_id"])
                and (r["actor1_entity_id"], r["actor2_entity_id"]) != (o["actor1_entity_id"], o["actor2_entity_id"]))

    return [r for r in rows if not any(covers(o, r) for o in rows)]


def _row(article: ParsedArticle, s: _Sentence, code: Code, trigger: str, a1: Actor | None, a2: Actor | None,
         location: str | None, when: tuple[dt.date, str] | None) -> dict:
    a1_id, a2_id = (a1.entity_id if a1 else None), (a2.entity_id if a2 else None)
    if when is None:
        event_date, precision, source = article.published_date, "day", "published"
    else:
        (event_date, precision), source = when, "text"
    return {
        "event_id": stable_id(article.article_id, "body", s.index, code.code, a1_id or "", a2_id or ""),
        "article_id": article.article_id,
        "sentence_index": s.index,
        "event_code": code.code,
        "event_type": code.name,
        "trigger": trigger,
        "actor1_entity_id": a1_id,
        "actor1_name": a1.name if a1 else None,
        "actor2_entity_id": a2_id,
        "actor2_name": a2.name if a2 else None,
        "location_entity_id": location,
        "event_date": event_date,
        "date_precision": precision,
        "date_source": source,
        "sentence": s.text,
        "year": article.published_date.year,
        "month": article.published_date.month,
    }
