"""Person names NER cut apart or left unsaid: a surname before its first name and patronymic, a family's plural
surname a list of first names shares."""

from __future__ import annotations

from transforms.name_endings import family_surname
from transforms.name_readings import has_reading, is_womans_first_name, patronymic
from transforms.morph import morph_vocab
from transforms.names import fold
from transforms.nlp import NlpDoc
from transforms.word_forms import name_words


def family_first_names(doc: NlpDoc, spans: list, normals: list[str]) -> dict[int, str]:
    """«братья Зияддин и Гусейн Сафаровы», «Анна, Мария и Ольга Петровы»: a first name alone listed
    before a name whose surname is the family's plural is known by that surname too (span index → its
    name; `name_endings.family_surname`), his or hers by the first name.  In another case («братьев
    Шагида и Анзора Губашевых») the first name is put in the nominative beside the surname (as a name
    of two words), and the name that ends the list is given its one person's surname too."""
    out, plural = {}, {}  # span index → the token of the family's plural its list ends with
    forms = morph_vocab().parse
    for i in reversed(range(len(spans) - 1)):
        s, nxt = spans[i], spans[i + 1]
        if (s.type != "PER" or nxt.type != "PER" or len(doc.tokens_in(s.start, s.stop)) != 1
                or doc.text[s.stop:nxt.start] not in (" и ", ", ")):
            continue
        last = doc.tokens_in(nxt.start, nxt.stop)
        family = plural.get(i + 1) or (last[-1] if len(last) > 1 else None)
        if family is None:
            continue
        first = normals[i]
        surname = family_surname(family.text, is_womans_first_name(first, forms))
        if surname is None:
            first = name_words([doc.tokens_in(s.start, s.stop)[0], family], "PER")[0]
            surname = family_surname(family.text, is_womans_first_name(first, forms), True)
            named = normals[i + 1].split()
            if surname is not None and i + 1 not in out and len(named) > 1 and fold(named[-1]) == fold(family.text):
                out[i + 1] = " ".join([*named[:-1], family_surname(family.text, is_womans_first_name(named[0], forms),
                                                                   True)])
        if surname is not None:
            out[i], plural[i] = f"{first} {surname}", family
    return out


def surname_first(doc: NlpDoc, spans: list) -> list:
    """A surname and the first name with patronymic after it that NER took for two people are one
    («Улюкаеву | Алексею Валентиновичу»): a one-word PER span, a space, a two-word PER span whose
    words the dictionary reads as a first name and a patronymic, the first name in the surname's
    case."""
    out = []
    for s in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == s.type == "PER" and doc.text[prev.stop:s.start] == " "
                and len(surname := doc.tokens_in(prev.start, prev.stop)) == 1
                and _first_and_patronymic(doc, s, surname[0])):
            out[-1] = type(s)(prev.start, s.stop, "PER")
        elif s.type == "PER" and (word := _untagged_surname(doc, s, prev.stop if prev is not None else 0)):
            # «Крук Олег Павлович назначен …», «Султангазиев Марат Елеусизович»: an official list's surname
            # first, which NER left out
            out.append(type(s)(word.start, s.stop, "PER"))
        else:
            out.append(s)
    return out


def _untagged_surname(doc: NlpDoc, span, free_from: int):
    """The token right before PER `span` (a first name and a patronymic), after a space and past
    `free_from`, that is a surname NER left out: a capitalised proper noun the dictionary does not
    know, in the first name's case."""
    before = doc.tokens_in(free_from, span.start)
    word = before[-1] if before else None
    if (word is None or doc.text[word.stop:span.start] != " " or word.pos != "PROPN" or not word.text[:1].isupper()
            or not word.text.isalpha() or any(p.is_known for p in morph_vocab().parse(fold(word.text)))):
        return None
    return word if _first_and_patronymic(doc, span, word) else None


def _first_and_patronymic(doc: NlpDoc, span, surname) -> bool:
    tokens = doc.tokens_in(span.start, span.stop)
    if len(tokens) != 2:
        return False
    forms = morph_vocab().parse
    case = (surname.feats or {}).get("Case")
    return (has_reading(fold(tokens[0].text), forms, "Name")
            and patronymic(fold(tokens[1].text), forms)
            and (tokens[0].feats or {}).get("Case") == case)
