"""Who the words before a colon name, with no verb of saying: a bare name («Сечин: …», «Виктор
Понедельник: «…»»), a descriptor and a name («Глава Минфина Силуанов: …», «Главный тренер сборной
России Олег Знарок:»), a name with its topic after it («Мединский о разгоне Минкульта: …»), a
verbless line that names a person first («Вадим Кобзев, адвокат Алексея Навального:»).  One home
for the headline's reader (`headline`) and the colon's (`direct`).
"""

from __future__ import annotations

from transforms.field_view import FieldView
from transforms.quotes.attribution import SPEAKER_TYPES, Attr
from transforms.quotes.lexicon import TOPIC, WORDS_NOUNS


def before_topic(f: FieldView, idx: list[int]) -> list[int]:
    """The tokens `idx` before a colon up to the topic or the occasion a headline gives after the name,
    a prepositional phrase (an occasion only in words with no verb): «Мединский о разгоне Минкульта»,
    «Десятков о «Ладе»», «Семак после победы над «Спартаком»» → the name."""
    verbless = not any(f.tokens[k].pos in ("VERB", "AUX") for k in idx)  # («Силуанов, в свою очередь, заметил:»)
    about = next((i for i, k in enumerate(idx)
                  if i and (f.word(k) in TOPIC or (verbless and f.tokens[k].pos == "ADP"))), None)
    return idx[:about]


def name_before_colon(f: FieldView, idx: list[int]) -> Attr | None:
    """The speaker of the tokens `idx` before a colon when they are nothing but a name, up to four
    proper nouns («Виктор Понедельник: «…»», a headline's «Сечин: …») or one person's mention: its mention, or
    its words for the speakers to resolve by name when the NER missed it."""
    words = [k for k in idx if f.tokens[k].pos != "PUNCT"]
    m = f.mention_at(words[0]) if words else None
    # one person's mention, whatever the tagger calls its words («Александровский: …», tagged an adjective;
    # not an organisation's: «Создатель MySQL против сделки Oracle — Sun» names the deal's other side)
    person = m is not None and m["type"] == "PER" and f.tokens[words[-1]].stop <= m["stop"]
    if not (0 < len(words) <= 4 and (person or all(f.tokens[k].pos == "PROPN" for k in words))):
        return None
    if m is not None and m["type"] in SPEAKER_TYPES:
        return Attr(label=m, pos=m["start"], source="label")
    return Attr(head=words[-1], np=(words[0], words[-1] + 1), np_tokens=frozenset(words),
                pos=f.tokens[words[0]].start, source="colon")


def descriptor_then_name(f: FieldView, idx: list[int]) -> Attr | None:
    """The name that ends the words `idx` before a colon after its descriptor, no verb among them
    (a headline's «Глава Минфина Силуанов: …», «Замдиректора «Газпром-медиа» Ханчалян: …», «Адвокат
    Ромашов: "…"», a line «Главный тренер сборной России Олег Знарок:» before an answer) → the name,
    not the body the descriptor names."""
    words = [k for k in idx if f.tokens[k].pos != "PUNCT"]
    if not words or any(f.tokens[k].pos in ("VERB", "AUX") for k in words):
        return None  # («— —: …»: no words at all)
    run = []
    for k in reversed(words):
        m = f.mention_at(k)
        if f.tokens[k].pos != "PROPN" or len(run) == 3 or (m is not None and m["type"] != "PER"):
            break  # «Посол РФ», «Глава Минфина …»: a place or a body is the descriptor's, not a name
        run.insert(0, k)
    lead = [k for k in words if f.tokens[k].pos != "ADJ"]  # «Главный тренер сборной России Олег Знарок»
    if lead and f.lemma(lead[0]) in WORDS_NOUNS:
        return None  # «Слова Сагдеева из интервью: «…»»: his words, a cue (`direct.pre_colon`), no descriptor
    first = f.mention_at(lead[0]) if lead else None
    if (not run or len(run) == len(lead) or f.tokens[lead[0]].pos not in ("NOUN", "PROPN")
            or (first is not None and first["type"] == "PER")):
        return None  # (a descriptor opens the words: «Замдиректора», which the tagger may call a name)
    if f.feat(run[0], "Case") == "Gen" and f.feat(lead[0], "Case") == "Nom":
        return None  # «Адвокат Лурье: …»: a name in the genitive is whose the descriptor is, not its name (probe GK)
    return name_before_colon(f, run)


def name_line(f: FieldView, idx: list[int]) -> dict | None:
    """The person a verbless phrase names first, in the nominative: «Вадим Кобзев, адвокат
    Алексея Навального» before a colon or as a paragraph of its own before a quote."""
    if not idx or any(f.tokens[k].pos in ("VERB", "AUX") for k in idx):
        return None
    m = f.mention_at(idx[0])
    if m is None or m["type"] != "PER" or f.feat(idx[0], "Case") not in ("Nom", None):
        return None
    rest = [k for k in idx if f.tokens[k].start >= m["stop"]]
    return m if not rest or f.tokens[rest[0]].text == "," else None
