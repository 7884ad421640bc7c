"""The CAMEO taxonomy and its Russian trigger lexicon, read from `transforms/data/cameo.tsv`.

A `Code` carries what the rules ask of a code (its name, its root, the role of a genitive, the
prepositions of its partner, the code an intended event becomes, its flags); a sub-code takes
the columns it leaves empty from its root.  An `Entry` is one trigger lemma of a code, with an
optional condition.  What each column means: the header of cameo.tsv.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from transforms import wordlists
from transforms.names import fold
from transforms.nlp import models

PERSON_OBJECT = "@PER"  # an entry's condition: the trigger's object is a person («принять @PER»)
PLACE_OBJECT = "@LOC"   # … its object or «в/на» + accusative is a place mention («прибыть @LOC»)
POST = "@POST"          # … it takes a post in the instrumental («стать премьер-министром»)
BLAME = "@BLAME"        # … it predicates a word of condemnation of its object («назвал санкции незаконными»)
PRAISE = "@PRAISE"      # … it predicates a word of praise of its object («назвал Россию надежным другом»)
BEST = "@BEST"          # … it predicates the best in a field («Лучшим режиссером стал X», «признана лучшей актрисой»)
ELECTED = "@ELECTED"    # … it predicates an election's winner («признан победителем выборов»)
GATHERING = "@MEETING"  # … it takes part «в/на» a gathering («участвовать в саммите», «принять участие в форуме»)
SEAT = "@SEAT"          # … its object is someone's or a post's seat («его место занял X», «место спикера занял X»)
SENTENCED = "@SENTENCED"  # … it sentences a person: a person in the passive, or «к» a term («осужден», «осудил к»)
TERM = "@TERM"          # … what it gives is a term, no preposition («назначено шесть лет заключения»)
EMPLOYER = "@ORG"       # … a person's object is an organisation («Кучук покинул «Локомотив»»)
STATE = "@STATE"        # … a state does it: a country its subject, or its genitive or adjective («Россия напала»)
FIRM = "@FIRM"          # … what it takes is an organisation, or a share of one («Аэрофлот покупает «Трансаэро»»)
FLAGS = frozenset({"place_object", "host_object", "during_subject", "person_first", "together", "statement", "judges",
                   "announced", "announced_by_body", "demands", "indefinite_unnamed", "hosted", "targets_place",
                   "leaves_post", "asks_done_to", "joins_body", "personnel", "succession", "employer_target", "on_post",
                   "statement_occasion", "searches_premises", "targets_mission", "foretells", "border_sides",
                   "goods_origin", "said_in_state", "decision_acts", "refusal"})


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    genitive: str               # actor1 | actor2 | both
    partners: frozenset[str]    # prepositions that introduce actor2
    intended: str | None        # the code an intended or planned event of this code becomes; None: no row
    flags: frozenset[str]       # FLAGS

    @property
    def root(self) -> str:
        """The CAMEO root of a sub-code («042» → «04»); a root or a letopis code (L01) is its own."""
        return self.code[:2] if self.code.isdigit() else self.code

    @property
    def symmetric(self) -> bool:
        return self.genitive == "both"

    @property
    def place_object(self) -> bool:
        """A LOC object of the trigger is the place visited, not actor2 («посетил Украину»)."""
        return "place_object" in self.flags

    @property
    def during_subject(self) -> bool:
        """«в ходе / во время …» the event, the subject of the verb takes part in it."""
        return "during_subject" in self.flags

    @property
    def host_object(self) -> bool:
        """A country the trigger takes as its object is the host, actor2 («визит в Китай»)."""
        return "host_object" in self.flags

    @property
    def together(self) -> bool:
        """Coordinated actors with no partner did it with each other («Россия и Турция подписали
        соглашение» → Россия–Турция)."""
        return "together" in self.flags

    @property
    def judges(self) -> bool:
        """An event noun as its object stands for who did that event («осудил удары США по Ирану» →
        США, «поддержал санкции ЕС» → ЕС)."""
        return "judges" in self.flags

    @property
    def announced(self) -> bool:
        """Who announces the event, a noun with no agent of its own, does it («ФИФА объявила о
        выделении гранта»); with `announced_by_body`, only an organisation announcing does («ФСБ
        сообщила о задержании», not «Лукашенко заявил о задержании боевиков»)."""
        return bool({"announced", "announced_by_body"} & self.flags)

    @property
    def announced_by_body(self) -> bool:
        return "announced_by_body" in self.flags

    @property
    def demands(self) -> bool:
        """Whom the event demands something of is actor2 («митинги с требованием отставки Саакашвили»)."""
        return "demands" in self.flags

    @property
    def said_in_state(self) -> bool:
        """An indefinite-personal verb «в» a country or its capital is the state's act («В Пекине осудили …»)."""
        return "said_in_state" in self.flags

    @property
    def indefinite_unnamed(self) -> bool:
        """An indefinite-personal verb of this code names no doer («X задержали»), not the last one."""
        return "indefinite_unnamed" in self.flags

    @property
    def personnel(self) -> bool:
        """A decision on a post: a passive one with no doer continues who last made any such decision."""
        return "personnel" in self.flags

    @property
    def on_post(self) -> bool:
        """The event is about a post: each person of a list it is about has their own post body as the other side."""
        return "on_post" in self.flags

    @property
    def person_first(self) -> bool:
        """actor1 is the person the event is about («Путин назначил Иванова» → Иванов first)."""
        return "person_first" in self.flags

    @property
    def targets_place(self) -> bool:
        """A target noun that names no one is aimed at the place it is in («удары по объектам в России»)."""
        return "targets_place" in self.flags

    @property
    def foretells(self) -> bool:
        """A noun of consequences in what the trigger says names whom it threatens («последствия для X»)."""
        return "foretells" in self.flags

    @property
    def border_sides(self) -> bool:
        """With no sides named, the states whose border it happens on are its sides («бои на границе Армении и
        Азербайджана», «на кыргызско-таджикской границе»)."""
        return "border_sides" in self.flags

    @property
    def goods_origin(self) -> bool:
        """Goods it bars name by where they come from whom it is aimed at («эмбарго на продукты из ЕС» → ЕС)."""
        return "goods_origin" in self.flags

    @property
    def refusal(self) -> bool:
        """With no one else on the other side, whom the infinitive refused would have involved is actor2: «МОК
        отказался выдавать Виталию Мутко аккредитацию» → Мутко, «отказался встречаться с Зеленским» → Зеленский."""
        return "refusal" in self.flags

    @property
    def targets_mission(self) -> bool:
        """A «у/перед/возле» phrase of a diplomatic mission or its building (event_words.tsv `mission`,
        `by_building`) names whom it is aimed at, the state it stands for: «акция перед посольством
        Великобритании» → Великобритания."""
        return "targets_mission" in self.flags

    @property
    def searches_premises(self) -> bool:
        """A «в …» phrase of premises names their owner as actor2 («обыски в офисе компании X» → X)."""
        return "searches_premises" in self.flags

    @property
    def asks_done_to(self) -> bool:
        """With no one else on the other side, whom the act asked for is done to is actor2."""
        return "asks_done_to" in self.flags

    @property
    def leaves_post(self) -> bool:
        """With no one else on the other side, the body of the post the person holds is actor2."""
        return "leaves_post" in self.flags

    @property
    def decision_acts(self) -> bool:
        """A decision taken in the past to do it is the act: «комитет решил дисквалифицировать X», «решил покинуть
        пост»."""
        return "decision_acts" in self.flags

    @property
    def succession(self) -> bool:
        """Whom the person replaces leaves the post: a row of the `vacated` code for them."""
        return "succession" in self.flags

    @property
    def joins_body(self) -> bool:
        """With no one else on the other side, the place or organisation of a verb's «в» + accusative
        is the body the person joins: «назначили в Акмолинскую область»."""
        return "joins_body" in self.flags

    @property
    def employer_target(self) -> bool:
        """With no one else on the other side, the organisation the staff who do it work for is actor2:
        «Рабочие завода УАЗ устроили забастовку» → УАЗ."""
        return "employer_target" in self.flags

    @property
    def hosted(self) -> bool:
        """No row without actor1, the host: a crowd greeting a visitor hosts no visit."""
        return "hosted" in self.flags


@dataclass(frozen=True)
class Entry:
    code: str
    pos: str                  # VERB | NOUN
    lemma: str
    condition: str | None     # a dependent lemma, or PERSON_OBJECT, PLACE_OBJECT, GATHERING, POST, BLAME, PRAISE, BEST,
    #                           ELECTED, SEAT, SENTENCED, TERM, EMPLOYER, STATE, FIRM
    modifier: str | None = None  # a lemma the condition word must have as its modifier («совместный»)


@dataclass(frozen=True)
class Lexicon:
    codes: dict[str, Code]
    entries: dict[tuple[str, str], tuple[Entry, ...]]  # (pos, lemma) → entries, conditional ones first
    prefixes: frozenset[str]

    def name(self, code: str) -> str:
        return self.codes[code].name

    @property
    def statement(self) -> Code:
        """The code of a public statement, which every quote's speaker makes (flag `statement`)."""
        return next(c for c in self.codes.values() if "statement" in c.flags)

    @property
    def vacated(self) -> Code:
        """The code of leaving a post (flag `leaves_post`), which whom an appointee replaces does."""
        return next(c for c in self.codes.values() if "leaves_post" in c.flags)


def _prefixes(lemma: str) -> set[str]:
    """The first letters of every form of a lemma: «уйти» → уй, уш («ушел в отставку»), so the
    cheap filter before lemmatising passes the forms whose stem is not the lemma's."""
    length = 3 if len(lemma) > 4 else 2
    forms = {lemma} | {f.word for parse in models().morph_vocab.parse(lemma)[:1] for f in parse.lexeme}
    return {fold(f)[:length] for f in forms}


def _items(column: str) -> list[str]:
    return [item.strip() for item in column.split(",") if item.strip()]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The CAMEO taxonomy and its Russian trigger lexicon, from transforms/data/cameo.tsv."""
    codes, entries = {}, defaultdict(list)
    for row in wordlists.rows("cameo.tsv"):
        code, name, genitive, partners, intended, flags, verbs, nouns = (row + [""] * 8)[:8]
        root = codes.get(code[:2]) if len(code) == 3 and code.isdigit() else None
        if len(code) == 3 and code.isdigit() and root is None:
            raise ValueError(f"cameo.tsv, code {code}: its root {code[:2]} must come before it")
        codes[code] = Code(code, name.strip(),
                           genitive.strip() or (root.genitive if root else ""),
                           frozenset(_items(partners)) or (root.partners if root else frozenset()),
                           intended.strip() or (root.intended if root else None),
                           frozenset(_items(flags)) or (root.flags if root else frozenset()))
        for pos, items in (("VERB", verbs), ("NOUN", nouns)):
            for item in items.split(","):
                words = item.split()
                if words:
                    condition = words[-1] if len(words) > 1 else None
                    condition = condition if condition is None or condition.startswith("@") else fold(condition)
                    modifier = fold(words[1]) if len(words) == 3 else None  # «подписать совместный заявление»
                    entries[(pos, fold(words[0]))].append(Entry(code, pos, fold(words[0]), condition, modifier))
    for c in codes.values():
        if c.intended not in (None, *codes) or not c.flags <= FLAGS:
            raise ValueError(f"cameo.tsv, code {c.code}: unknown intended code or flag")
    ordered = {k: tuple(sorted(v, key=lambda e: e.condition is None)) for k, v in entries.items()}
    return Lexicon(codes, ordered, frozenset(x for _, lemma in ordered for x in _prefixes(lemma)))
