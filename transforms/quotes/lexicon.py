"""The words quotes look for: the speech-cue lexicon and the function-word groups.

- `lexicon()`: word → role → `Cue`, from `transforms/data/speech_cues.tsv` (roles: speech,
  opinion, report, quote, call, noun, document, phrase, media, descriptor, body; docs/quotes.md §5);
- the groups of `transforms/data/quote_words.tsv` as constants (`PRONOUN_GENDER`, `CONNECTIVES`,
  `NOT_SPEAKERS`, …), every word case- and ё-folded;
- `cue_sentences(doc)`: the sentences holding a cue word, for a caller that parses ahead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from transforms import coreference, wordlists
from transforms.names import fold
from transforms.nlp import NlpDoc
from transforms.websites import is_website
from transforms.word_forms import lemma


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: a cue `word` (folded) in a `role`; `cue` is what the rows' cue column
    says.  A descriptor's synonyms are `transforms.descriptors.DESCRIPTORS`.  Role `author` is
    no lexicon role: a verb outside the lexicon after direct speech (`attribution.author_cue`)."""

    word: str
    role: str
    cue: str


VERB_ROLES = ("speech", "opinion", "report", "quote", "call")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, Cue]]:
    """word → role → Cue, from transforms/data/speech_cues.tsv."""
    entries: dict[str, dict[str, Cue]] = defaultdict(dict)
    for word, role, *rest in wordlists.rows("speech_cues.tsv"):
        extra = rest[0].strip() if rest and role != "descriptor" else ""  # a descriptor's column: its synonyms
        entries[fold(word)][role] = Cue(fold(word), role, extra or fold(word))
    return dict(entries)


def is_document(lemma: str) -> bool:
    """Whether a lemma names a document whose owner speaks or acts through it («заявление», «резолюция»:
    role `document` of speech_cues.tsv)."""
    return "document" in lexicon().get(lemma, {})


def is_media(*words: str) -> bool:
    """Whether one of the words (a token's lemma, its folded text) names a news outlet
    («агентство», «телеканал»: role `media` of speech_cues.tsv), or ends in one after a hyphen
    («интернет-газета», «интернет-издание»)."""
    lex = lexicon()
    return any("media" in lex.get(w, {}) or ("-" in w and "media" in lex.get(w.rsplit("-", 1)[1], {}))
               for w in words)


def is_news_outlet(name: str) -> bool:
    """Whether a speaker's or an actor's name is a news outlet: a web address («Lenta.ru») or a name
    holding a media word of speech_cues.tsv, whole or as one of its words («ТАСС», «France-Presse»,
    «РИА Новости», «РБК-Украина»), whatever dash or spaces join its words («France–Presse», «France- Presse»)."""
    k = fold(name)
    words = [w for w in re.split(r"[\W_]+", k) if w]
    return is_website(name) or is_media(k, k.replace(" ", "-"), "-".join(words), *words)


@lru_cache(maxsize=1)
def _authority_words() -> frozenset[str]:
    groups = wordlists.groups("org_words.tsv")
    return frozenset(fold(w) for w in groups["authority"] | groups["state_body"])


def is_authority(name: str) -> bool:
    """Whether an organisation's name is a public authority's, which speaks for itself: one of its
    words is an authority's or a state body's noun of org_words.tsv («МВД Грузии», «Министерство
    обороны», «Генпрокуратура»), and it is no news outlet («Русская служба Би-би-си»)."""
    words = [w for w in re.split(r"[^\w-]+", fold(name)) if w]
    return any(w in _authority_words() for w in words) and not is_news_outlet(name)


@lru_cache(maxsize=1)
def _press_office_words() -> frozenset[str]:
    return frozenset(fold(w) for w in wordlists.groups("org_words.tsv")["press_office"])


def is_press_office(name: str) -> bool:
    """Whether an organisation's name opens with a press office's noun of org_words.tsv `press_office`
    («Пресс-служба Кремля»): it speaks for another body and takes part in nothing it announces."""
    return fold(name).split(" ", 1)[0] in _press_office_words()


@lru_cache(maxsize=1)
def prefixes() -> frozenset[str]:
    """First three letters of every lexicon word: a cheap filter before lemmatising a token."""
    return frozenset(w.removeprefix("не ")[:3] for w in lexicon())


def cue_sentences(doc: NlpDoc) -> set[int]:
    """Sentences holding a word of the speech-cue lexicon (as written or as its lemma): those
    `extract_quotes` will most likely parse, so a caller can parse them ahead in one batch."""
    lex, first = lexicon(), prefixes()
    out = set()
    for si, sent in enumerate(doc.doc.sents):
        for t in sent.tokens:
            word = fold(t.text)
            if not t.text[:1].isalpha() or word[:3] not in first:
                continue
            base = lemma(t)
            if word in lex or base in lex or "не " + base in lex:
                out.add(si)
                break
    return out


_GROUPS = {group: frozenset(fold(w) for w in words)
           for group, words in wordlists.groups("quote_words.tsv").items()}

PRONOUN_GENDER = coreference.PRONOUN_GENDER
CONNECTIVES = _GROUPS["connective"]
NOT_SPEAKERS = _GROUPS["not-speaker"]
RELATIVES = _GROUPS["relative"]
NOT_NEAREST = _GROUPS["not-nearest"]
WORDS_NOUNS = _GROUPS["words"]
IMPERSONAL = _GROUPS["impersonal"]
REPORTED_UNSOURCED = _GROUPS["unsourced"]  # «Ранее сообщалось, что …»: a report with no source named
CHANNELS = _GROUPS["channel"]
THAT = _GROUPS["that"]
THAT_CALL = THAT | _GROUPS["that-call"]
COORDINATORS = _GROUPS["coordinator"]
CONCESSIVE = _GROUPS["concessive"]
CUE_OBJECTS = _GROUPS["cue-object"]
CUE_MANNER = _GROUPS["cue-manner"]  # «Так Песков прокомментировал …»: tells the sentence before
CUE_MANNER_NOT = _GROUPS["cue-manner-not"]  # «так как», «так же», «так и»: no manner of a cue
ASKING = _GROUPS["asking"]
REACHING = _GROUPS["reaching"]  # «"МК" связался с Аллой Бут» ¶ «— …?» ¶ «— …»: she answers
CONFERENCES = _GROUPS["conference"]  # «Пресс-конференция главного тренера …» before the lines: he answers
GENERIC_DOCUMENTS = _GROUPS["generic-document"]  # «говорится в документе»: the one named before
POINTING = _GROUPS["pointing"]  # «в том обращении»: the document the sentence before tells of
SELECTION = _GROUPS["selection"]  # «Вот самые интересные цитаты.» ¶ «О протестном движении. «…»»
GREETING = _GROUPS["greeting"]  # «Путин поздравил Алиева. «…», — говорится в телеграмме»: who sent it
NAMING = _GROUPS["naming"]  # «назвала выборы «спокойными»»: the words in marks are hers
DENIAL = _GROUPS["denial"]  # «опроверг предположения о том, что …»: the claim denied
WHETHER = _GROUPS["whether"]
PREDICATIVES = _GROUPS["predicative"]  # «можно урезать»: a statement without a finite verb
POSSESSIVE_FIRST = _GROUPS["possessive-first"]  # «Соболенко: спасибо всей моей команде»: only a speaker writes it
WHETHER_WORDS = 3  # «ли» among a reported question's first three words: «ездил ли он», «не собирается ли он»
REPLIES = _GROUPS["reply"]
ANSWERABLE = _GROUPS["answerable"]  # «отвечают за сотрудничество»: answerable, not speaking
QUESTION_WORDS = _GROUPS["question"]  # «рассказал, как обстоят дела»: a topic, no words told
SELF_NAMED = _GROUPS["self-named"]  # «медсестра, назвавшаяся Энни»: someone met here
TOPIC = _GROUPS["topic"]  # «Мединский о разгоне Минкульта: …»


def opens_with_cue_object(words: list[str]) -> bool:
    """Whether a sentence whose first words (folded; two or three of them) are `words` opens with the object of
    its cue, «Об этом заявил X», «Уверенность в этом высказал X» (`cue-object`): it tells the sentence before it."""
    return " ".join(words[:2]) in CUE_OBJECTS or " ".join(words[:3]) in CUE_OBJECTS


def opens_with_cue_manner(words: list[str]) -> bool:
    """Whether a sentence whose first words (folded, a comma a word of its own) are `words` opens with
    the manner of its cue, «Так Песков прокомментировал …» (`cue-manner`): it tells the sentence before
    it too; not «Так, …» nor «Так как …» (`cue-manner-not`)."""
    return len(words) > 1 and words[0] in CUE_MANNER and words[1] != "," and words[1] not in CUE_MANNER_NOT


def is_question(cue: str | None, text: str) -> bool:
    """Whether words a cue introduces (its lemma, their text) are a question asked: a cue of asking
    and «ли» among the first words («спросил у Силуанова, ездил ли он в отпуск …»)."""
    return cue in ASKING and any(w in WHETHER for w in text.lower().split()[:WHETHER_WORDS])
