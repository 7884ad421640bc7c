"""One analysed field (an article's title or body), read-only: the view the extractors share.

`FieldView(doc, mentions)` gives quotes and events one way to read natasha's analysis:

- the field's name, text and paragraphs (`paragraph_of`);
- tokens by index (`tokens[i]`), their offsets, words (`word`, case and ё folded), lemmas
  (`lemma`, cached: each token is lemmatised once, whoever asks) and features (`feat`);
- sentences as token ranges (`sentence_of`, `sentence_tokens`);
- the syntax tree of a sentence on demand (`tree`, `head`, `rel`, `children`): the sentence
  is parsed the first time anyone asks for it; natasha's parser does not promise a tree, so a
  cycle is cut at a conjunct hung on a later word (a list hangs on its first member), else where
  it closes;
- the entity mention at a token (`mention_at`): the first mention, in (start, stop) order,
  that overlaps the token, among the mentions of this field that name a PER, LOC or ORG entity.

Nothing here changes natasha's document beyond running the parser on a sentence.  An extractor
that corrects the parser (events does) works on its own `SentenceTree.copy()`.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

from natasha.doc import DocToken

from transforms.names import fold
from transforms.nlp import NlpDoc
from transforms.parse import ParsedArticle
from transforms.word_forms import lemma

ENTITY_TYPES = ("PER", "LOC", "ORG")


@dataclass
class SentenceTree:
    """natasha's syntax of one sentence over the field's token indexes [first, stop)."""

    first: int
    stop: int
    parent: dict[int, int | None]
    rels: dict[int, str]

    def __post_init__(self):
        self.index_children()

    def index_children(self) -> None:
        """Rebuild `children` (after an extractor changed its copy's `parent`)."""
        self.children: dict[int, list[int]] = defaultdict(list)
        for i in range(self.first, self.stop):
            p = self.parent[i]
            if p is not None:
                self.children[p].append(i)

    def copy(self) -> SentenceTree:
        return SentenceTree(self.first, self.stop, dict(self.parent), dict(self.rels))


class FieldView:
    def __init__(self, name: str, doc: NlpDoc, paragraphs=None, mentions: list[dict] = (),
                 types: tuple[str, ...] = ENTITY_TYPES):
        """`name`: "title" or "body"; `paragraphs`: (start, stop) of each paragraph (default: the
        whole text); `mentions`: mention rows of this field (dicts with start, stop, type,
        entity_id, …), those of another type or without an entity id left out."""
        self.name = name
        self.doc = doc
        self.text = doc.text
        self.paragraphs = list(paragraphs) if paragraphs is not None else [(0, len(doc.text))]
        self.tokens: list[DocToken] = doc.doc.tokens
        self.starts = [t.start for t in self.tokens]
        self._words = [fold(t.text) for t in self.tokens]  # `word` is asked for each token many times
        self.mentions = sorted((m for m in mentions if m.get("type") in types and m.get("entity_id")),
                               key=lambda m: (m["start"], m["stop"]))
        index = {id(t): i for i, t in enumerate(self.tokens)}
        self.sent_tokens: list[tuple[int, int]] = []
        self._sentence: list[int] = [0] * len(self.tokens)
        for si, sent in enumerate(doc.doc.sents):
            if sent.tokens:
                a, b = index[id(sent.tokens[0])], index[id(sent.tokens[-1])] + 1
                self._sentence[a:b] = [si] * (b - a)
            else:
                a = b = 0
            self.sent_tokens.append((a, b))
        self._mention: list[dict | None] = [None] * len(self.tokens)
        for m in self.mentions:
            for i in self._overlapping(m["start"], m["stop"]):
                if self._mention[i] is None:
                    self._mention[i] = m
        self._lemmas: dict[int, str] = {}
        self._trees: dict[int, SentenceTree] = {}

    # tokens ---------------------------------------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after `offset`."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].stop > offset:
            return i
        return i + 1

    def tokens_in(self, start: int, stop: int) -> range:
        """Indexes of the tokens that start inside [start, stop)."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, stop))

    def _overlapping(self, start: int, stop: int) -> range:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or self.tokens[i].stop <= start:
            i += 1
        return range(i, bisect.bisect_left(self.starts, stop))

    def lemma(self, i: int) -> str:
        if i not in self._lemmas:
            t = self.tokens[i]
            try:
                self._lemmas[i] = lemma(t)
            except Exception:  # pragma: no cover - pymorphy edge cases
                self._lemmas[i] = fold(t.text)
        return self._lemmas[i]

    def word(self, i: int) -> str:
        """The token as written, case and ё folded; "" outside the field."""
        return self._words[i] if 0 <= i < len(self._words) else ""

    def words(self, i: int, n: int) -> list[str]:
        """`n` tokens from token i as `word` gives them ("" past the field)."""
        return [self.word(k) for k in range(i, i + n)]

    def feat(self, i: int, name: str) -> str | None:
        return (self.tokens[i].feats or {}).get(name)

    def pos(self, i: int) -> str:
        return self.tokens[i].pos

    def stops(self, i: int) -> bool:
        """Token i ends a clause: «.», «!», «?», «;» or «:», but not the full stop of an initial
        («По словам В. Саратова, …»: one capital letter before it, a capitalised word after)."""
        text = self.tokens[i].text
        if text == "." and 0 < i < len(self.tokens) - 1:
            before, after = self.tokens[i - 1].text, self.tokens[i + 1].text
            glued = self.tokens[i].start == self.tokens[i - 1].stop
            if len(before) == 1 and before.isupper() and after[:1].isupper() and glued:
                return False
        return text in (".", "!", "?", ";", ":")

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        """The paragraph holding `offset` (or ending at it)."""
        for p in self.paragraphs:
            if p[0] <= offset < p[1] or (offset == p[1]):
                return p
        return (0, len(self.text))

    # sentences and syntax -------------------------------------------------------------
    def sentence_of(self, i: int) -> int:
        return self._sentence[i]

    def sentence_tokens(self, si: int) -> range:
        return range(*self.sent_tokens[si])

    def tree(self, si: int) -> SentenceTree:
        """The syntax tree of sentence `si` (parsed on first use)."""
        tree = self._trees.get(si)
        if tree is None:
            self.doc.parse_syntax({si})
            a, b = self.sent_tokens[si]
            by_id = {self.tokens[k].id: k for k in range(a, b)}
            parent = {k: by_id.get(self.tokens[k].head_id) for k in range(a, b)}
            rels = {k: self.tokens[k].rel or "" for k in range(a, b)}
            for k in range(a, b):
                seen, x = [], k
                while x is not None and x not in seen:
                    seen.append(x)
                    nxt = parent[x]
                    if nxt is not None and nxt in seen:
                        cycle = seen[seen.index(nxt):]
                        # a conjunct hangs on the first of its list: one hung on a later word is the
                        # wrong edge («рассказал … и подчеркнул, что … приняла»); else cut where it closes
                        wrong = [c for c in cycle if rels[c] == "conj" and parent[c] > c]
                        # a finite verb hung on its own subject heads the clause («Также глава государства
                        # проинформировал Макрона», parsed as «глава» ↔ «проинформировал», probe HS)
                        verbs = [c for c in cycle if self.tokens[c].pos == "VERB" and self.feat(c, "VerbForm") == "Fin"
                                 and rels[parent[c]] in ("nsubj", "nsubj:pass")]
                        cut = wrong[0] if wrong else verbs[0] if verbs else x
                        if not wrong and verbs:
                            rels[cut] = "root"
                        parent[cut] = None
                        if cycle == [x]:  # a word its own head: a name's word, as «фон» often is
                            self._rehang_name_word(x, a, parent, rels)
                        break
                    x = nxt
            tree = self._trees[si] = SentenceTree(a, b, parent, rels)
        return tree

    def _rehang_name_word(self, x: int, a: int, parent: dict, rels: dict) -> None:
        """A word of a person's name the parser made its own head («председатель Еврокомиссии Урсула фон
        дер Ляйен», «фон» ← «фон», «Урсула» ← «фон»): it hangs on the name's first word, and that word,
        if it hung inside the name, on a person's noun right before the name, in apposition (only
        genitives between), or on nothing."""
        m = self.mention_at(x)
        if m is None or m["type"] != "PER":
            return
        first = self.token_at(m["start"])
        inside = range(first, self.token_at(m["stop"] - 1) + 1)
        if first != x:
            parent[x], rels[x] = first, "flat:name"
            if parent[first] not in inside:
                return
        k = first - 1
        while k >= a and k >= first - 4 and self.tokens[k].pos in ("NOUN", "PROPN") and self.feat(k, "Case") == "Gen":
            k -= 1
        noun = k >= a and self.tokens[k].pos == "NOUN" and self.feat(k, "Animacy") == "Anim"
        parent[first], rels[first] = (k, "appos") if noun else (None, rels[first])

    def head(self, i: int) -> int | None:
        return self.tree(self._sentence[i]).parent[i]

    def rel(self, i: int) -> str:
        return self.tree(self._sentence[i]).rels[i]

    def children(self, i: int) -> list[int]:
        return self.tree(self._sentence[i]).children.get(i, [])

    def subtree(self, *roots: int) -> set[int]:
        """The tokens under `roots` in the tree, the roots included."""
        seen, todo = set(roots), list(roots)
        while todo:
            for c in self.children(todo.pop()):
                if c not in seen:
                    seen.add(c)
                    todo.append(c)
        return seen

    def nominative_first(self, subjects: list[int]) -> list[int]:
        """Of the tokens a parse gives one verb as subjects, the nominative ones (or caseless) when
        there are several and some are: «В преддверии публикации данных Росстата Орешкин отметил» has
        one subject, though the parser hangs «Росстата» on the verb too."""
        nominative = [k for k in subjects if self.feat(k, "Case") in (None, "Nom")]
        return nominative if len(subjects) > 1 and nominative else subjects

    # mentions -------------------------------------------------------------------------
    def mention_at(self, i: int) -> dict | None:
        return self._mention[i] if 0 <= i < len(self._mention) else None

    def mentions_in(self, start: int, stop: int) -> list[dict]:
        return [m for m in self.mentions if m["start"] < stop and start < m["stop"]]


_ANIMATE_OBJECT = frozenset({"Acc", "Gen"})


def name_cases(cases: set[str | None]) -> set[str | None]:
    """`cases` with the accusative and the genitive as one: a man's name has one form for both («Алексея
    Смирнова»), and the tagger tells them apart by the verb, not by the form."""
    return set(cases) | (set(_ANIMATE_OBJECT) if set(cases) & _ANIMATE_OBJECT else set())


def crossed(tree, x: int, y: int) -> bool:
    """Whether the parser crossed the subjects `x` and `y` of two clauses: x hangs on a verb after y, and y on a
    verb between them (x < head(y) < y < head(x)): «Отказ … вызвал споры, однако глава МИД Катрин Колонна
    заявила» parsed as «Отказ» ← «заявила» and «глава» ← «вызвал».  `tree`: a FieldView or an events
    sentence, as for `relative_antecedent`."""
    vx, vy = tree.head(x), tree.head(y)
    return vx is not None and vy is not None and x < vy < y < vx


def participle_phrase(tree, i: int) -> bool:
    """Whether token `i` is a participle opening a phrase after a comma, agreeing with its noun in case and number: an
    active one tells what the noun did or does («Саркози, находящийся с официальным визитом в России, встретился …»,
    probe HS), a passive one with its agent in the instrumental what was done to it («Дуда, поддержанный партией
    «Право и справедливость», …», probe HW); not a noun the parser chose in another case. `tree`: as for
    `relative_antecedent`, with `children` for a passive one (a FieldView)."""
    head = tree.head(i) if tree.rel(i) == "acl" else None
    voice = tree.feat(i, "Voice")
    return (head is not None and tree.feat(i, "VerbForm") == "Part" and i > 0 and tree.word(i - 1) == ","
            and (voice == "Act" or (voice == "Pass" and _instrumental_agent(tree, i)))
            and all(tree.feat(i, f) is not None and tree.feat(i, f) == tree.feat(head, f) for f in ("Case", "Number")))


def _instrumental_agent(tree, i: int) -> bool:
    """Whether a name in the instrumental, with no preposition, hangs on token `i` («поддержанный партией «Право и
    справедливость»»; not a post: «лица, избранного губернатором округа»)."""
    return any(tree.rel(c) in ("obl", "obl:agent") and tree.feat(c, "Case") == "Ins"
               and not any(tree.rel(k) == "case" for k in tree.children(c))
               and any(tree.mention_at(x) is not None for x in (c, *(k for k in tree.children(c)
                                                                      if tree.rel(k) in ("appos", "flat:name"))))
               for c in tree.children(i))


def relative_antecedent(tree, t: int, first: int) -> int | None:
    """The nominal a relative «который» at token `t` stands for: the noun its clause modifies, the
    whole coordination for a plural one («Миллер и Озерец, которые встречаются»), or, where the
    parser made the clause a sentence of its own, or hung it on a thing further back, the noun right
    before «, который» («встретился с Владимиром Путиным, который … пригласил его»; «провел разговор с
    … Трампом, который поздравил его»: a person agreeing with it), or before the comma that opens a
    few words of its phrase («пожелания от … Владимира Путина, разговор с которым состоялся …»).
    `tree`: a FieldView or an events sentence (its own repaired tree), anything with head, rel, word,
    pos and feat; `first`: the sentence's first token."""
    x = t
    while x is not None and tree.rel(x) not in ("acl:relcl", "acl"):
        x = tree.head(x)
    before = before_relative_comma(tree, t, first)
    if x is None:
        if (before is not None and tree.pos(before) in ("NOUN", "PROPN")
                and tree.feat(before, "Number") == tree.feat(t, "Number")):
            return before
        return None
    antecedent = tree.head(x)
    if (antecedent is not None and before is not None and (antecedent < before or antecedent > t)
            and tree.feat(antecedent, "Animacy") == "Inan" and tree.pos(before) in ("NOUN", "PROPN")
            and tree.feat(before, "Animacy") == "Anim" and tree.feat(before, "Number") == tree.feat(t, "Number")
            and tree.feat(t, "Gender") in (None, tree.feat(before, "Gender"))):
        # «провел разговор с … Дональдом Трампом, который поздравил его», the clause hung on «разговор»:
        # a person right before «, который» that agrees with it is who it is, not a thing further back —
        # nor one inside the clause («… Владимира Путина, который провел серию телефонных разговоров с …»,
        # hung on «разговоров», probe EC)
        return before
    if (antecedent is not None and before is not None and antecedent < before and tree.pos(before) in ("NOUN", "PROPN")
            and tree.feat(before, "Number") == tree.feat(t, "Number")
            and tree.feat(t, "Gender") in (None, tree.feat(before, "Gender"))
            and any(tree.pos(k) == "VERB" and tree.feat(k, "VerbForm") == "Fin"
                    for k in range(antecedent + 1, before))):
        # «Сити-менеджером стал Сергей Давыдов - ранее он работал заместителем … Михаила Юревича, который вступил в
        # должность губернатора», the clause hung on «Сергей»: a relative clause reaches over no other clause's verb
        # (probe HR)
        return before
    while (antecedent is not None and tree.rel(antecedent) == "conj" and tree.feat(t, "Number") == "Plur"
           and tree.head(antecedent) is not None):
        antecedent = tree.head(antecedent)
    return antecedent


def before_relative_comma(tree, t: int, first: int) -> int | None:
    """The token before the comma that opens the relative phrase of «который» at `t`: «…, который»,
    «…, разговор с которым», «…, в ходе встречи с которым» (a few words of its phrase, no verb)."""
    for k in range(t - 1, max(first, t - 5) - 1, -1):
        if tree.word(k) == ",":
            return k - 1 if k - 1 >= first else None
        if tree.pos(k) not in ("NOUN", "ADP", "ADJ", "DET"):
            return None
    return None


def article_views(article: ParsedArticle, docs: dict[str, NlpDoc], mentions: list[dict]) -> dict[str, FieldView]:
    """{"title": view, "body": view} of one article: each field's document, paragraphs (the title
    is one) and mention rows (`mentions`: the article's rows, `field` telling their field).  Build
    them once and pass them to every extractor, so each token is lemmatised and each sentence
    parsed once."""
    views = {}
    for name, doc in docs.items():
        paragraphs = article.paragraphs if name == "body" else ((0, len(doc.text)),)
        views[name] = FieldView(name, doc, paragraphs, [m for m in mentions if m.get("field") == name])
    return views
