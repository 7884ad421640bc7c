"""The events view of one sentence: its syntax tree, repaired, and the entities its nominals name.

`EventSentence(view, si, people, voices, states)` reads sentence `si` of a `FieldView`, the one
source of tokens, lemmas, features, the parse and the mention at a token; tokens are field
indexes.  Fourteen attachment errors of natasha's parser that lose actors are undone on a copy of the
view's tree (repairs.py): the view and natasha's tokens stay as they are.  An actor is a PER, LOC or ORG
mention of the field (a surname the NER missed is one: `transforms.repeated_names`), or the person
a pronoun or a descriptor stands for (referents.py, with the article's `people`); which entities a
nominal names is read by nominals.py.
What the rest of the article tells the sentence — the states it names, the sides of its last
meeting, who last did an event — is read by context.py.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary

from transforms.coreference import Person, State, antecedent, named_subjects, voice_at
from transforms.events import nominals
from transforms.events.actor import Actor
from transforms.events.clause_subjects import nearby_subjects
from transforms.events.repairs import repair
from transforms.events.words import ABOUT, DECREES, INTENT, NEGATION, PREPOSITION_VARIANTS
from transforms.field_view import FieldView, participle_phrase

# UD relations (grammar, not word lists): clause boundaries — a date, a negation or a condition
# never crosses them
CLAUSE_RELS = {"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass", "root"}
_NAMED: WeakKeyDictionary = WeakKeyDictionary()  # FieldView → its `named_subjects`, built once per field


def personal_past(view: FieldView, i: int) -> bool:
    """Whether token `i` is in the past tense, singular, of a gender and active: a verb whose dropped subject
    is a person of that gender (`EventSentence._dropped_subject`)."""
    return (view.feat(i, "Tense") == "Past" and view.feat(i, "Number") == "Sing"
            and view.feat(i, "Gender") in ("Masc", "Fem") and view.feat(i, "Voice") != "Pass")


class EventSentence:
    def __init__(self, view: FieldView, index: int,
                 people: Callable[[], dict[str, Person]] | None = None, voices: list[tuple[int, int, str]] = (),
                 states: dict[str, Actor] | None = None, parties: list[Actor] = (),
                 agents: dict[str, Actor] | None = None, visitors: list[Actor] = (),
                 doers: dict[str, Actor] | None = None, owners: dict[str, Actor] | None = None,
                 headliner: str | None = None, home: Actor | None = None):
        self.view = view
        self.index = index
        self._people = people  # the article's people (`coreference.persons`), built on first need
        self.voices = voices  # (start, stop, speaker entity id) of the field's quotes
        self.states = states or {}  # ISO code → the article's entity of that country
        self.parties = list(parties)  # the sides of the article's last meeting, a few sentences back
        self.agents = agents or {}  # event code → who last did it in the article, a few sentences back
        self.visitors = list(visitors)  # who made a visit (042) told in the sentence before
        self.doers = doers or {}  # code of a person → who last awarded, appointed or dismissed, a few sentences back
        self.owners = owners or {}  # a press office's entity id → the body it speaks for (`offices.press_owners`)
        self.headliner = headliner  # the entity id of the person the headline opens with, if it opens with one
        self.home = home  # the one organisation the headline names, if it names one (`article._headline_body`)
        self._named: State | None = None  # `named`, built on first need
        self.resolving: set[int] = set()  # the pronouns and descriptors being resolved (`referents.referent`)
        sentence = view.doc.sentences[index]
        self.start, self.text = sentence.start, sentence.text
        self.tokens = view.sentence_tokens(index)
        self.tree = view.tree(index).copy()
        repair(self)

    @property
    def people(self) -> dict[str, Person]:
        return self._people() if self._people is not None else {}

    @property
    def knows_people(self) -> bool:
        """Whether the caller gave the article's people: without them no pronoun is resolved."""
        return self._people is not None

    def named(self) -> State:
        """The field's people named in the nominative outside quotes, and anyone named earlier in
        this sentence: who a pronoun goes on with («Лукашенко заявил, что встретится с … Путиным. Об
        этом он объявил …» is Лукашенко; «…Алеся Евдахо обвиняют …, его задержали» is Евдахо)."""
        if self._named is None:
            field = _NAMED.get(self.view)  # one reading of the field, shared by its sentences
            if field is None:
                field = _NAMED[self.view] = named_subjects(self.view, self.people, [(a, b) for a, b, _ in self.voices])
            seen = {(off, p.entity_id) for off, p in field.salient}
            here = [(m["start"], self.people[m["entity_id"]]) for m in self.view.mentions_in(self.start, self.start + len(self.text))
                    if m["type"] == "PER" and m["entity_id"] in self.people and (m["start"], m["entity_id"]) not in seen]
            self._named = State(salient=sorted(field.salient + here, key=lambda x: x[0]))
        return self._named


    # -- tokens and the (repaired) tree ---------------------------------------------------

    def pos(self, t: int) -> str:
        return self.view.tokens[t].pos

    def word(self, t: int) -> str:
        return self.view.word(t)

    def lemma(self, t: int) -> str:
        return self.view.lemma(t)

    def feat(self, t: int, name: str) -> str | None:
        return self.view.feat(t, name)

    def rel(self, t: int) -> str:
        return self.tree.rels[t]

    def head(self, t: int) -> int | None:
        return self.tree.parent.get(t)

    def kids(self, t: int, *rels: str) -> list[int]:
        return [c for c in self.tree.children.get(t, ()) if not rels or self.tree.rels[c] in rels]

    def case(self, t: int) -> str | None:
        """The preposition of a nominal, as event_words.tsv writes it («со» as «с»): «с» in «с
        Зеленским», «с стороны» and «в ходе» when the parser reads them as one preposition; None
        without one."""
        for c in self.kids(t, "case"):
            text = " ".join(self.word(w) for w in sorted([c] + self.kids(c, "fixed")))
            return PREPOSITION_VARIANTS.get(text, text)
        return None

    def genitive(self, t: int) -> bool:
        """Whether a nominal is a genitive with no preposition; a name the tagger leaves in another case counts
        («Нападение ХАМАС осудили …», «Военные США уничтожили …»: an abbreviation is never declined), and so does
        one in Latin letters it tags a foreign word («Пилоты Air France объявили забастовку»)."""
        return self.case(t) is None and (self.feat(t, "Case") == "Gen" or self.pos(t) in ("PROPN", "X"))

    def bare(self, t: int) -> bool:
        """Whether no name hangs on a nominal as its part or in apposition («министр», not «министр Лавров»)."""
        return not self.kids(t, *nominals.NAME_PARTS)

    def negated(self, t: int) -> bool:
        return any(self.word(c) in NEGATION for c in self.kids(t, "advmod", "discourse", "aux"))

    # -- entities -----------------------------------------------------------------------

    def entity(self, t: int) -> Actor | None:
        """The entity a nominal names: its own mention, else a name in apposition
        («президентом Виктором Януковичем»), else the person a
        pronoun or a descriptor stands for."""
        found = self.names(t)
        return found[0] if found else None

    def named_mentions(self, t: int) -> list[dict]:
        """The mentions nominal `t` is and that names in apposition to it are («генерала Хосе Вильсона
        Санчеса»), on this sentence's tree, its own first; no pronoun or descriptor is resolved."""
        return [m for k in [t, *self.kids(t, "appos")] if (m := self.view.mention_at(k)) is not None]

    def name_first(self, t: int) -> int:
        """The first word of the name token `t` is a later word of (`flat` relations up): «Путина» → «Владимира»."""
        while self.rel(t).startswith("flat") and self.head(t) is not None:
            t = self.head(t)
        return t

    def coordination(self, t: int) -> list[int]:
        """A nominal and its conjuncts: «Лиза и Раиса», «с Y и Z»."""
        out, queue, prep = [], [t], self.case(t)
        while queue:
            x = queue.pop(0)
            out.append(x)
            queue.extend(c for c in self.kids(x, "conj") if self.pos(c) in ("NOUN", "PROPN", "PRON", "X")
                         and self.case(c) in (None, prep))  # «в России, на Украине» is no list of partners
        return out

    def counted(self, t: int) -> bool:
        """Whether a number other than one counts noun `t`: «захватил 251 заложника», «двух солдат» name a
        group, whatever number the tagger gives the noun after the numeral, and stand for no one person."""
        return any(self.rel(c) in ("nummod", "nummod:gov") and self.lemma(c) not in ("1", "один")
                   for c in self.kids(t))

    def names(self, t: int) -> list[Actor]:
        """Every entity a nominal names (`nominals.names`)."""
        return nominals.names(self, t)

    def entities(self, t: int) -> list[Actor]:
        """The entities of a nominal and its conjuncts (`nominals.entities`)."""
        return nominals.entities(self, t)

    def subjects(self, verb: int, depth: int = 0) -> list[Actor]:
        """The subject entities of a verb; a conjoined verb, an infinitive (of purpose too) or a
        gerund shares the subject of the verb it depends on («подтвердил … и сообщил», «намерен
        встретиться», «прибыл …, чтобы обсудить»; an active verb conjoined to a passive one its passive
        subject: «будет принята …, затем проведет переговоры»), an
        active participle phrase after a comma the noun it agrees with («Саркози, находящийся с визитом»), an
        infinitive on a noun of intent or decision the noun's genitive owner («решение России
        арестовать») or else the subject of the verb that noun is the object of («принял решение
        ввести», «выразил намерение встретиться»), a relative clause with no subject the subject of
        the verb its antecedent depends on, when the two verbs agree («посетил конференцию, в рамках
        которой обсудил …»)."""
        subj = self.view.nominative_first(self.kids(verb, "nsubj"))
        if subj:
            return [a for s in subj for a in self.entities(s)]
        head = self.head(verb)
        if (head is not None and self.pos(head) in ("NOUN", "PROPN") and self.feat(verb, "Voice") == "Act"
                and participle_phrase(self, verb)):
            return self.entities(head)  # «Саркози, находящийся с визитом в России, …»: the noun the phrase is on
        # a gerund, or an infinitive of purpose: «прибыл …, чтобы обсудить»
        adverbial = self.rel(verb) == "advcl" and self.feat(verb, "VerbForm") in ("Conv", "Inf")
        if (depth < 4 and head is not None and self.pos(head) in ("VERB", "ADJ", "AUX")
                and (self.rel(verb) in ("conj", "xcomp") or adverbial)):
            shared = self.subjects(head, depth + 1)
            if not shared and self.rel(verb) == "conj" and self.feat(verb, "Voice") != "Pass":
                # «Райс будет принята президентом Франции …, затем проведет переговоры с …»: an active conjunct
                # of a passive verb acts as its subject
                shared = self.passive_subjects(head)
            return shared
        over = self.head(head) if head is not None else None
        if (depth < 4 and head is not None and self.feat(verb, "VerbForm") == "Inf" and self.pos(head) == "NOUN"
                and self.lemma(head) in INTENT | DECREES):
            holders = self.intent_holders(head, depth)
            if holders is not None:
                return holders
        if (depth < 4 and self.rel(verb) == "acl:relcl" and head is not None and self.feat(verb, "VerbForm") == "Fin"
                and self.rel(head) in ("obj", "obl") and over is not None and self.pos(over) == "VERB"
                and self.agree(verb, over)):
            # «Лавров посетил конференцию, в рамках которой обсудил с …»: a relative clause with no
            # subject of its own goes on with the subject of the verb its antecedent depends on
            return self.subjects(over, depth + 1)
        if (depth < 4 and self.rel(verb) == "acl:relcl" and head is not None and self.feat(verb, "VerbForm") == "Fin"
                and (cop := self.kids(head, "cop")) and self.kids(head, "nsubj") and self.agree(verb, cop[0])):
            # «Ван И был в Будапеште, где провел встречу с …»: … and so does one on a predicate with a copula,
            # the predicate's subject (probe KG)
            return self.subjects(head, depth + 1)
        if depth < 4 and head is None and (self.kids(verb, "cc") or self.view.word(verb - 1) == ","):
            # «Байден назвал произошедшее «нападением на демократию» и … провел телефонный разговор с
            # Лулой»: a second root the parser made of a conjoined verb goes on with the first's subject; so does
            # one after a comma («госсекретарь США будет принят президентом …, проведёт переговоры с …»: a
            # passive's subject, not its agent)
            first = [k for k in range(self.tokens.start, verb) if self.head(k) is None and self.pos(k) == "VERB"]
            if first and self.agree(verb, first[-1]) and not self.kids(verb, "nsubj", "nsubj:pass"):
                if self.kids(first[-1], "nsubj:pass") and self.feat(verb, "Voice") != "Pass":
                    return self.passive_subjects(first[-1])
                return self.subjects(first[-1], depth + 1)
        nearby = nearby_subjects(self, verb)
        if (self.rel(verb) == "acl" and head is not None and self.lemma(head) in ("то", "тот")
                and self.rel(head) in ("obl", "obj") and any(self.lemma(k) == "что" for k in self.kids(verb, "mark"))):
            # «объявил о том, что покидает пост»: a «что» clause on a correlative «то» is its verb's complement
            head, told = self.head(head), True
        else:
            told = self.rel(verb) == "ccomp"
        if (not nearby and depth < 4 and told and head is not None and self.pos(head) == "VERB"
                and self.feat(verb, "Person") not in ("1", "2") and self.agree(verb, head)):
            # «Лавров сообщил, что встретится с Блинкеном», «заявил, что готов встретиться»: a clause
            # told with no subject of its own is about the teller, when the two agree
            return self.subjects(head, depth + 1)
        return nearby or self._dropped_subject(verb)

    def intent_holders(self, noun: int, depth: int = 0) -> list[Actor] | None:
        """Whose intent or decision `noun` is: its genitive owner («осуждают решение России
        арестовать Навального», «о готовности России к переговорам»), else the subject of the verb
        it is the object or «о» phrase of («Евросоюз принял решение ввести санкции», «Лавров заявил
        о готовности встретиться»); None when neither is there to read."""
        owners = [a for c in self.kids(noun, "nmod") if self.case(c) is None and self.feat(c, "Case") == "Gen"
                  for a in self.entities(c)]
        if owners:
            return owners
        over = self.head(noun)
        if over is not None and self.pos(over) == "VERB" and (
                self.rel(noun) == "obj" or (self.rel(noun) == "obl" and self.case(noun) in ABOUT)):
            return self.subjects(over, depth + 1)
        return None

    def _dropped_subject(self, verb: int) -> list[Actor]:
        """«Об этом он написал … . А также поблагодарил сотрудников ФСБ»: a sentence's main verb in
        the past tense with no subject at all goes on with the person of its gender the text is about,
        the one a pronoun there would name (`transforms.coreference.antecedent`), not its object; a verb in
        the first person, in a quote, with its speaker."""
        gender = self.feat(verb, "Gender")
        if (self._people is not None and self.feat(verb, "Person") == "1" and self.feat(verb, "VerbForm") == "Fin"
                and not self.kids(verb, "nsubj", "nsubj:pass", "csubj")
                and (speaker := voice_at(self.voices, self.view.tokens[verb].start)) is not None
                and (p := self.people.get(speaker)) is not None):
            # «Благодарю Игоря Юрьевича за тёплый приём, написал глава региона»: a verb in the first person with no
            # subject, in a quote, is its speaker's, as «я» would be (`referents`: `coreference.speaker_at`)
            return [Actor.resolved(p, self.view.tokens[verb].start)]
        if (self._people is None or self.rel(verb) != "root" or not personal_past(self.view, verb)
                or self.kids(verb, "nsubj", "nsubj:pass", "csubj")):
            return []
        if any(self.pos(k) == "PROPN" and self.feat(k, "Case") == "Nom" and self.view.mention_at(k) is not None
               for k in self.tokens):
            return []  # «…, отказался от участия, по причине болезни, … Владимир Крамник»: one the parser missed
        start = self.view.tokens[verb].start
        objects = {a.entity_id for o in self.kids(verb, "obj", "iobj") for a in self.entities(o)}
        p = antecedent(self.view, self.named(), self.people, start, gender, other_than=objects)
        return [Actor.resolved(p, start)] if p is not None else []

    def agree(self, a: int, b: int) -> bool:
        """Two verbs in the same number and, where both show it, gender: one subject could do both."""
        return self.feat(a, "Number") is not None and all(
            self.feat(a, k) == self.feat(b, k) for k in ("Number", "Gender")
            if self.feat(a, k) is not None and self.feat(b, k) is not None)

    # -- clauses ------------------------------------------------------------------------

    def _bounds_clause(self, t: int) -> bool:
        return self.rel(t) in CLAUSE_RELS or (self.rel(t) == "conj" and self.pos(t) == "VERB")

    def ancestors(self, t: int) -> set[int]:
        """The tokens above `t` across clauses, eight at most; a cycle the parser made ends it («совершившие
        нападение», each the other's head)."""
        out, x = set(), self.tree.parent[t]
        while x is not None and x not in out and len(out) < 8:
            out.add(x)
            x = self.tree.parent[x]
        return out

    def path_up(self, t: int) -> list[int]:
        """`t` and its ancestors up to the head of its clause (or up to a cycle's closing word)."""
        path = [t]
        while True:
            x = path[-1]
            if self._bounds_clause(x):
                return path
            h = self.head(x)
            if h is None or h in path:
                return path
            path.append(h)

    def clause(self, head: int, embedded: bool = False) -> set[int]:
        """The tokens of the clause headed by `head`, without the clauses it embeds — or with them,
        `embedded`: every token under `head` («предупредил, что … последствия для Украины»)."""
        out, queue = set(), [head]
        while queue:
            x = queue.pop()
            out.add(x)
            queue.extend(c for c in self.kids(x) if embedded or not self._bounds_clause(c))
        return out

    def passive_subjects(self, verb: int) -> list[Actor]:
        """The entities of a verb's passive subjects («Петров внесен в список»)."""
        return [a for c in self.kids(verb, "nsubj:pass") for a in self.entities(c)]

    def phrase(self, t: int, limit: int = 4) -> list[int]:
        """A nominal phrase, breadth first: head, then its modifiers («полях Генассамблеи ООН»)."""
        out, queue = [], [(t, 0)]
        while queue:
            x, depth = queue.pop(0)
            out.append(x)
            if depth < limit:
                queue.extend((c, depth + 1) for c in self.kids(x, "nmod", "appos", "flat", "flat:name", "amod", "conj"))
        return out
