"""Who a pronoun or a descriptor stands for: the people of an article and their antecedents.

One resolution for every extractor that needs it (the speakers of quotes, the actors of events):
`persons` gives each entity of the article a `Person` with a gender voted from its mentions'
tags; `antecedent` gives the person a pronoun or a descriptor («министр», «супруга») before an
offset refers to — the most recent salient person of its gender (a `State` the caller keeps),
introduced with the descriptor first (`transforms.descriptors`), else the most recent one
mentioned.  The pronouns: the pronoun groups of transforms/data/quote_words.tsv.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from transforms import wordlists
from transforms.descriptors import Descriptor, carriers, countries_of, introduced, of_country, posts_of
from transforms.field_view import FieldView
from transforms.morph import morph_vocab
from transforms.name_readings import name_reading, one_form_for_every_case
from transforms.names import fold

_WORDS = wordlists.groups("quote_words.tsv")
#: a personal pronoun → the gender of the person it stands for (Masc, Fem, Plur)
PRONOUN_GENDER: dict[str, str] = {fold(word): gender for group, gender in (
    ("pronoun-masc", "Masc"), ("pronoun-fem", "Fem"), ("pronoun-plur", "Plur")) for word in _WORDS[group]}
#: a first-person pronoun: inside a quote it is the quote's speaker («мы провели беседу», — сказал X)
FIRST_PERSON = frozenset(fold(w) for w in _WORDS["pronoun-first"])
COURT_ROLES = frozenset(fold(w) for w in _WORDS["court-role"])


@dataclass
class Person:
    """An entity of the article that can speak; `gender` from its names' tags, when they agree."""

    entity_id: str
    name: str
    type: str
    gender: str | None


@dataclass
class State:
    """What the rows of a field have said so far, in text order."""

    salient: list[tuple[int, Person]] = field(default_factory=list)  # (offset, person), sorted
    last: tuple[str | None, Person | None] | None = None  # the previous row's speaker


def named_subjects(f: FieldView, people: dict[str, Person], skip: Collection[tuple[int, int]] = ()) -> State:
    """A `State` whose salient people are the field's people named in the nominative (the subjects a
    pronoun after them goes on with), in text order, none named inside the spans `skip` (quotes)."""
    state = State()
    for m in f.mentions:
        if m["type"] != "PER" or m["entity_id"] not in people or any(s <= m["start"] < e for s, e in skip):
            continue
        idx = list(f.tokens_in(m["start"], m["stop"]))
        # the parser's object is no subject whatever the tag («Об этом она сообщила НикВестям», Nom), nor is
        # the owner of a prepositional phrase's noun («после отставки Хайле Мариама Десалегна», the last Nom)
        if idx and f.feat(idx[-1], "Case") == "Nom" and not any(
                f.rel(k) in ("obj", "iobj") and f.head(k) not in idx
                or f.rel(k) == "nmod" and (h := f.head(k)) is not None and h not in idx
                and any(f.rel(c) == "case" for c in f.children(h)) for k in idx):
            state.salient.append((m["start"], people[m["entity_id"]]))
        elif idx and any(f.rel(k) == "nsubj" and f.head(k) not in idx for k in idx) and (
                (people[m["entity_id"]].gender == "Fem" and f.feat(idx[-1], "Gender") == "Masc")
                or one_form_for_every_case(fold(f.word(idx[-1])), morph_vocab().parse)):
            # «Рыбакина родилась …» tagged as Рыбакин's genitive: the parser's subject, a woman; «Абэ дольше
            # всех занимал пост», tagged genitive: a name with one form for every case has no case to tell
            state.salient.append((m["start"], people[m["entity_id"]]))
    state.salient.sort(key=lambda x: x[0])
    return state


def pronoun_gender(f: FieldView, i: int) -> str | None:
    """Masc, Fem or Plur for a personal pronoun («он», «её», «они»); None for any other token."""
    if f.tokens[i].pos not in ("PRON", "DET"):
        return None
    return PRONOUN_GENDER.get(f.word(i))


def first_person(f: FieldView, i: int) -> bool:
    """Whether token `i` is a first-person pronoun («я», «мне», «мы»)."""
    return f.tokens[i].pos in ("PRON", "DET") and f.word(i) in FIRST_PERSON


def speaker_at(f: FieldView, i: int, voices: list[tuple[int, int, str]]) -> str | None:
    """The entity id of the speaker a first-person pronoun at token `i` stands for: the speaker of
    the quote (`voices`: (start, stop, speaker entity id) of the field's quotes) it is inside."""
    return voice_at(voices, f.tokens[i].start) if first_person(f, i) else None


def voice_at(voices: list[tuple[int, int, str]], at: int) -> str | None:
    """The entity id of the speaker of the quote (`voices`, as `speaker_at` takes them) that holds text offset `at`."""
    return next((eid for start, stop, eid in voices if start <= at < stop), None)


def persons(f: FieldView, article_mentions: list[dict]) -> dict[str, Person]:
    """entity_id → Person for the entities of `article_mentions` (the speaker mentions of the
    whole article); genders by majority vote over this field's mentions in the nominative, else
    over all of them: the tagger guesses a man for an unknown name in an oblique case («концерт
    Инстасамки»), while the nominative shows the ending it reads («написала Инстасамка»); for a
    name no dictionary knows, the verbs it is the subject of vote first («принимала … Квак Син Э»)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    nominative: dict[str, Counter] = defaultdict(Counter)
    agreeing: dict[str, Counter] = defaultdict(Counter)
    info = {}
    for m in article_mentions:
        info.setdefault(m["entity_id"], m)
        g = gender_of_mention(f, m) if m["type"] == "PER" and m in f.mentions else None
        if g:
            votes[m["entity_id"]][g] += 1
            if _nominative(f, m):
                nominative[m["entity_id"]][g] += 1
    for m in article_mentions:  # «принимала продюсер фильма Квак Син Э»: a name no dictionary knows takes
        # the gender of the verb it is the subject of over the tagger's guess (issue 17, probe EA)
        if (m["type"] == "PER" and m in f.mentions
                and not any(name_reading(fold(w), morph_vocab().parse) for w in m["text"].split())
                and (g := _verb_gender(f, m))):
            agreeing[m["entity_id"]][g] += 1
    out = {}
    for eid, m in info.items():
        v = (agreeing[eid] or nominative[eid] or votes[eid]).most_common()
        g = v[0][0] if v and (len(v) == 1 or v[0][1] > v[1][1]) else None
        out[eid] = Person(eid, m.get("entity_name") or m.get("normal") or m["text"], m["type"], g)
    return out


def _verb_gender(f: FieldView, m: dict) -> str | None:
    """The gender of the singular past-tense verb whose subject PER mention `m` is, or the noun it is
    in apposition to («принимала продюсер фильма Квак Син Э» → Fem); None otherwise."""
    idx = list(f.tokens_in(m["start"], m["stop"]))
    heads = [k for k in idx if f.head(k) not in idx]
    if len(heads) != 1:
        return None
    k = heads[0]
    if f.rel(k) == "appos" and f.head(k) is not None:
        k = f.head(k)
    verb = f.head(k)
    if f.rel(k) != "nsubj" or verb is None or f.tokens[verb].pos != "VERB" or f.feat(verb, "Number") != "Sing":
        return None
    gender = f.feat(verb, "Gender")
    return gender if gender in ("Masc", "Fem") else None


def _nominative(f: FieldView, m: dict) -> bool:
    return any(f.tokens[k].pos == "PROPN" and f.feat(k, "Case") == "Nom" for k in f.tokens_in(m["start"], m["stop"]))


def gender_of_mention(f: FieldView, m: dict) -> str | None:
    for k in f.tokens_in(m["start"], m["stop"]):
        t = f.tokens[k]
        if t.pos == "PROPN" and (t.feats or {}).get("Gender") in ("Masc", "Fem"):
            return t.feats["Gender"]
    return None


def antecedent(f: FieldView, state: State, people: dict[str, Person], pos: int, gender: str | None,
               descriptor: Descriptor | None = None, forward: bool = False, strict: bool = False,
               other_than: Collection[str | None] = (), said: tuple[int, int] | None = None,
               countries: Collection[str] = ()) -> Person | None:
    """The person a pronoun or a descriptor before offset `pos` refers to: the most recent salient
    person of that gender (introduced with the descriptor, first), else the most recent one
    mentioned; `forward`: a descriptor may name the next person of its gender (cataphora), not
    one named inside `said`, the span of what it says («Журналист спросил, не собирается ли Песков …»);
    `strict`: a descriptor names only a person introduced with it; `other_than`: the entities it
    cannot be (who is replied to, the subject of its own clause); `countries`: those of the
    descriptor's adjectives («российский министр»: not the Hungarian minister named last)."""
    of_countries: dict[str, bool] = {}  # entity id → whether it may be of `countries` (read once per entity)

    def fits(p: Person) -> bool:
        return (p.entity_id not in other_than and compatible(p, gender)
                and (not countries or _of_countries(p.entity_id)))

    def _of_countries(eid: str) -> bool:
        if eid not in of_countries:
            # «Сенатор Густаво Петро побеждает …» is no «Президент Кубы»: with a country in the descriptor, a person
            # the article ties to no country but introduces with another post is someone else (probe FJ)
            posts = posts_of(f, eid) if descriptor else set()
            of_countries[eid] = of_country(f, eid, countries) and not (
                posts and not posts & descriptor and not countries_of(f, eid))
        return of_countries[eid]

    salient = [p for off, p in reversed(state.salient) if off < pos and p.type == "PER"]
    if descriptor:
        found = introduced(f, descriptor, pos, countries)
        ids = {eid for _, eid in found}
        for p in salient:
            if p.entity_id in ids and fits(p):
                return p
        for _, eid in reversed(found):
            p = people.get(eid)
            if p and fits(p):
                return p
        if strict:
            return None
        other_than = {*other_than, *_introduced_otherwise(f, descriptor, pos)}
        alone = _paragraphs_one_person(f, people, pos, said)
        if alone is not None and fits(alone):
            return alone
    for p in salient:
        if fits(p):
            return p
    before = [m for m in f.mentions if m["type"] == "PER" and m["start"] < pos]
    for m in reversed(before):
        p = people.get(m["entity_id"])
        if p and fits(p):
            return p
    if descriptor and forward:  # cataphora: «Супруга «оружейного барона» …» before Алла Бут is named;
        # one named in the nominative first, the person the text goes on about («Губернатор … ответил» →
        # «глава региона Александр Богомаз дал интервью», not «Послания … Владимира Путина» before him)
        later = [m for m in f.mentions if m["type"] == "PER" and m["start"] > pos
                 and not (said and said[0] <= m["start"] < said[1])]
        for m in sorted(later, key=lambda m: not _nominative(f, m)):
            p = people.get(m["entity_id"])
            if p and gender in ("Masc", "Fem") and p.gender == gender and fits(p):
                return p
    return None


def _introduced_otherwise(f: FieldView, descriptor: Descriptor, pos: int) -> set[str]:
    """The people introduced before offset `pos` with another role in a trial (quote_words.tsv `court-role`),
    when the descriptor is one: «Судья заявила» is not «Адвокат Навального Ольга Михайлова» named last (probe
    FA).  Other posts may be one person's («Лидер ЛДПР …» is «депутат Госдумы» too)."""
    if not descriptor & COURT_ROLES:
        return set()
    own = {eid for _, eid in carriers(f, descriptor, pos)}
    return {eid for _, eid in carriers(f, COURT_ROLES - descriptor, pos)} - own


def _paragraphs_one_person(f: FieldView, people: dict[str, Person], pos: int,
                           said: tuple[int, int] | None) -> Person | None:
    """The one person the paragraph names before offset `pos` (outside `said`), not as an object: «Для
    Юргена Клоппа эта победа стала первой … «…», — сказал немецкий специалист» is Klopp, not the scorer
    the paragraph before made its subject; None when it names none or several, or when a personal pronoun
    before that name stands for someone the paragraph goes on about: «По его словам, … из-за заявления
    президента США Дональда Трампа … «…», — убежден аналитик» is no Trump (probe LA)."""
    start = f.paragraph_of(pos)[0]
    found = [m for m in f.mentions if m["type"] == "PER" and start <= m["start"] < pos
             and not (said and said[0] <= m["start"] < said[1])
             and not any(f.rel(k) in ("obj", "iobj") for k in f.tokens_in(m["start"], m["stop"]))]
    if len({m["entity_id"] for m in found}) != 1:
        return None
    if any(pronoun_gender(f, k) in ("Masc", "Fem") for k in f.tokens_in(start, found[0]["start"])):
        return None
    return people.get(found[0]["entity_id"])


def compatible(p: Person, gender: str | None) -> bool:
    if gender is None:
        return True
    if gender == "Plur":
        return False
    return p.gender in (None, gender)
