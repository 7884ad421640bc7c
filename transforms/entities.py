"""Mentions → canonical entities: within an article, across articles, and the entities table.

Within an article (`link_article`), short and inflected forms join the fullest form
of the same thing:

- the curated gazetteer (`transforms/data/gazetteer.tsv`) fixes types and maps
  aliases to their entity: «РФ» → «Россия», «Генассамблея» → «Генеральная Ассамблея ООН»;
- a surname or first name alone joins the one full name of the article that ends
  (or starts) with it: «Токаевым» → «Касым-Жомарт Токаев»; «Владимир Путин» joins
  «Владимир Владимирович Путин»;
- an abbreviation joins the name it abbreviates when the text introduces it in
  brackets («Центр стратегических разработок (ЦСР)») or its letters are the
  initials of a name of the article, or of that name without its parent body's
  abbreviation («КДК»: «Контрольно-дисциплинарный комитет РФС»);
- an organisation or place named by part of a longer name joins it when the part
  keeps the longer name's head word: «Авиационное управление» → «Федеральное
  авиационное управление», but «США» does not join «Восточное побережье США»;
- one name has one type in an article: the type most of its mentions have.

The canonical name of a cluster is the gazetteer's name if it has one, else its
fullest normal form.  `entity_id` is a hash of type and canonical key, so the same
canonical name is the same entity in every article and every run.  What counts as one
name (the key) and one name word (a surname's inflected forms) is `transforms.names`'s rule.

Across articles, `entities_across.py` links surnames and builds the entities table.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from transforms import name_joins, wordlists
from transforms.bracketed_names import link_bracketed_names
from transforms.countries import usual_name
from transforms.ids import stable_id
from transforms.morph import morph_vocab
from transforms.name_endings import mans_name_in_genitive
from transforms.name_readings import one_form_for_every_case
from transforms.names import (CYRILLIC, a_declension, abbreviates, abbreviation_letters, bare_form, consonant_oblique,
                             double_surname_part, east_asian, fits_initials, fold, initials, key, nominative_form,
                             WOMANS_NOMINATIVE, part_of_name, same_name_word, womans_form)
from transforms.names import words as _words
from transforms.places import curated_names
from transforms.person_names import polite_address

NOT_A_NAME = "-"  # gazetteer type of words natasha takes for names that are not («СМИ»)


@dataclass(frozen=True)
class GazetteerEntry:
    type: str
    canonical: str


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazetteerEntry]:
    """key(name) → its type and canonical name, from transforms/data/gazetteer.tsv."""
    entries = {}
    for type_, name, *canonical in wordlists.rows("gazetteer.tsv"):
        entries[key(name)] = GazetteerEntry(type_, (canonical[0] if canonical and canonical[0] else name).strip())
    return entries


@dataclass(frozen=True)
class Mention:
    """A refined named-entity span of one article field, with its normal form."""

    field: str
    start: int
    stop: int
    type: str
    text: str
    normal: str
    name: str  # the name it is known by: its normal form, qualified by the place for an organisation
    #            followed by one in the genitive («Конгресс США» for «Конгресса» in «Конгресса США»)
    country: str | None = None  # the ISO code of the country that qualifies it («МИД РФ», «российский МИД»: RU)
    gender: str | None = None  # the tagged gender of a person's name's first word («Киссинджер возглавлял»: Masc)
    case: str | None = None  # a one-word person's name's tagged case («Сам Болсонару … осудил»: Nom)


@dataclass(frozen=True)
class Linked:
    type: str
    entity_name: str
    entity_id: str


def entity_id(type_: str, name: str) -> str:
    return stable_id("entity", type_, key(name))


def _owner_abbreviated(name: str) -> bool:
    """A name of three words or more that ends in its parent body's abbreviation: «Контрольно-дисциплинарный
    комитет РФС», «Следственный комитет РФ»."""
    words = name.split()
    return len(words) > 2 and words[-1].isupper() and len(words[-1]) >= 2


def _initials_of_body(written: str, body: Mention) -> bool:
    """Whether `written` is the initials of the own name of a body named with its country, the country left out
    («ЦИК» of «Центральная избирательная комиссия Украины», «МИД» of «Министерство иностранных дел России»)."""
    return body.country is not None and abbreviates(written, _words(key(body.normal)))


def _unify_types(mentions: list[Mention]) -> list[str]:
    """Gazetteer type, else the type most mentions of the same name have in the article."""
    gaz = gazetteer()
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        votes[key(m.name)][m.type] += 1
    types = []
    for m in mentions:
        k = key(m.name)
        if k in gaz:
            types.append(gaz[k].type)
        else:
            counts = votes[k]
            best = max(counts.values())
            types.append(m.type if counts[m.type] == best else sorted(t for t, c in counts.items() if c == best)[0])
    return types


def link_article(mentions: list[Mention], texts: dict[str, str]) -> list[Linked]:
    """The entity of every mention of one article, title and body together.

    `texts` maps each field to its text (the bracket rule reads between mentions).
    """
    gaz = gazetteer()
    types = _unify_types(mentions)
    keys = [key(m.name) for m in mentions]
    clusters = name_joins.Clusters(len(mentions))
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (t, k) in enumerate(zip(types, keys)):
        by_key[(t, key(gaz[k].canonical) if k in gaz else _country_key(t, k))].append(i)
    declined: dict[tuple[str, str], int] = {}  # a man's surname as declined: the first such mention
    distinct: dict[tuple[str, str], int] = {}  # each key's first mention (of the rest, if declined)
    for (t, k), members in by_key.items():
        man = [i for i in members if t == "PER" and name_joins.declined_surname(mentions[i])]
        if man:  # «Бута» (beside «Бут» or not): joined below, to a man if the surname is ambiguous
            declined[(t, k)] = man[0]
            for i in man[1:]:
                clusters.join(i, man[0])
            members = [i for i in members if i not in man] or man
        for i in members[1:]:
            clusters.join(i, members[0])
        distinct[(t, k)] = members[0]
    name_joins.join_name_variants(distinct, clusters)
    name_joins.join_declined_names(distinct, clusters, gaz)
    name_joins.join_country_forms(mentions, types, clusters)
    name_joins.join_place_names(distinct, clusters)
    mentions = name_joins.womans_surname_read_as_mans(by_key, distinct, mentions, clusters)
    forms = morph_vocab().parse
    women = name_joins.women(by_key, mentions, forms)
    for (t, k), i in distinct.items():
        if k in gaz:
            continue
        words = _words(k)
        candidates = set()
        # a one-word woman's surname the tagger read as a nominative (its normal form as written); not one it tags a
        # man's anywhere («задержании врио замгубернатора Базарова» beside «Владимир Базаров», probe JY)
        woman = (t == "PER" and len(words) == 1 and fold(mentions[i].normal) == fold(mentions[i].text)
                 and not any(mentions[j].gender == "Masc" for j in by_key[(t, k)]))
        addressed = t == "PER" and polite_address(words, forms)  # «Александр Викторович»
        for (t2, k2), j in distinct.items():
            if (t2 == "LOC" and t == "ORG" and k2 != k and len(words) == 1
                    and abbreviates(mentions[i].text, _words(k2))):
                # «СА обвинила Доху» beside «Саудовская Аравия»: the NER's organisation is the place's initials
                # (probe GJ)
                candidates.add((t2, k2))
                continue
            if t2 != t or k2 == k or k2 in gaz and key(gaz[k2].canonical) == k:
                continue
            words2 = _words(k2)
            if addressed and words[0] == words2[0] and len(words2) >= 2 and words[1] not in words2:
                candidates.add((t2, k2))  # «Александр Викторович» after «Александр Гусев»
                continue
            if len(words2) <= len(words):
                continue
            if t == "PER":
                if woman and womans_form(words[0], words2[-1]) and not name_joins.a_womans(k2, forms):
                    continue  # «Мамонова подтвердила» is not Петр Мамонов: his wife, say
                if len(words) == 1 and (same_name_word(words[0], words2[-1]) or words[0] == words2[0]
                                        or a_declension(words2[0], words[0])
                                        or name_joins.opens_surname(words[0], words2)
                                        or double_surname_part(words[0], words2[-1])
                                        or (east_asian(words2) and consonant_oblique(words[0], words2[0]))):
                    # («Лулу» of «Лула да Силва»: the first word in a case the dictionary does not know; «Винер»
                    # of «Ирина Винер-Усманова»; «ордер на арест Юна» of «Юн Сок Ёль», the family name first)
                    candidates.add((t2, k2))
                elif len(words) >= 2 and (words == words2[:len(words)] or words[-1] == words2[-1] and (
                        words[0] == words2[0] or set(words) <= set(words2))):
                    # «Лев Толстой», «Николаевич Толстой», «Лев Николаевич» ⊂ «Лев Николаевич Толстой»
                    candidates.add((t2, k2))
                elif len(words) >= 2 and all(same_name_word(w, w2) for w, w2 in zip(words, words2[-len(words):])):
                    # «Лулу да Силву» (natasha's nominative of the first word only) of «Луис Инасиу Лула да Силва»
                    candidates.add((t2, k2))
            elif part_of_name(k, k2, bare_head=t != "ORG"):  # «движение «Солидарность»» ≠ «Жилищная солидарность»
                candidates.add((t2, k2))
            elif len(words) == 1 and (
                    abbreviates(mentions[i].text, words2)
                    or (mentions[i].text.isupper() and k == abbreviation_letters(words2[:-1])
                        and _owner_abbreviated(mentions[j].name))
                    or _initials_of_body(mentions[i].text, mentions[j])):
                # («КДК» for «Контрольно-дисциплинарным комитетом РФС»: the initials of a body's own name,
                # without its parent body's abbreviation; «ЦИК» for «Центральная избирательная комиссия Украины»,
                # without the country it is named with)
                candidates.add((t2, k2))
            elif mentions[i].country == mentions[j].country and _initials_of_body(mentions[i].normal, mentions[j]):
                # «МИД России» for «Министерство иностранных дел России»: the initials of a body named with the
                # same country (probe HI)
                candidates.add((t2, k2))
        # «А. Краузе» after «Армандс Краузе», as `link_surnames` across articles; the surname as written
        # or in its normal form («А.В. Гордеева» is «Алексей Гордеев»)
        for written in filter(None, (initials(mentions[i].text), initials(mentions[i].name)) if t == "PER" else ()):
            candidates |= {(t2, k2) for (t2, k2) in distinct
                           if t2 == "PER" and k2 != k and fits_initials(k2, *written, loose=True)}
        if t == "PER" and not candidates and (written := initials(mentions[i].name)) is not None and (
                written[1].endswith(WOMANS_NOMINATIVE) and mentions[i].gender != "Fem"):
            # «телеобращение К.Бердымухаммедова» after «Курбанкули Бердымухаммедов»: «-ова» after an initial,
            # no woman of the article fitting, is that man's genitive (probe FT)
            candidates = {(t2, k2) for (t2, k2) in distinct
                          if t2 == "PER" and fits_initials(k2, written[0], written[1][:-1], loose=True)}
        if t == "PER" and len(words) == 1 and len(candidates) > 1:
            surname = {c for c in candidates if same_name_word(words[0], _words(c[1])[-1])}
            # «Навальный» beside «Алексей Навальный» and «Юлия Навальная»: the one whose surname it is as
            # normalised, of the same gender
            exact = {c for c in surname if _words(c[1])[-1] == words[0]}
            candidates = surname if len(surname) == 1 else exact if len(exact) == 1 else candidates
            # «Киссинджер возглавлял …» beside «Генри Киссинджер» and «Нэнси Киссинджер»: the tagger's gender of
            # the surname, where all its mentions agree, tells whose it is
            told = {mentions[j].gender for j in by_key[(t, k)]}
            if len(candidates) > 1 and len(told) == 1 and (g := told.pop()) in ("Masc", "Fem"):
                fits = {c for c in candidates if (c in women) == (g == "Fem")}
                candidates = fits if len(fits) == 1 else candidates
        # the fullest of nested candidates («Путин» ⊂ «Владимир Путин» ⊂ «Владимир Владимирович Путин»),
        # counting variants already joined («Раймонд Паулс» ~ «Раймон Паулс») as one
        maximal = {clusters.find(distinct[c]) for c in candidates
                   if not any(c != d and set(_words(c[1])) < set(_words(d[1])) for d in candidates)}
        if len(maximal) == 1:
            clusters.join(i, maximal.pop())
            if (t, k) in declined:
                clusters.join(declined[(t, k)], i)
        elif (t, k) in declined:
            # «Бута» is Виктор Бут, not Алла Бут: a woman's consonant-final surname does not decline
            men = {clusters.find(distinct[c]) for c in candidates if c not in women}
            if len(men) == 1:
                clusters.join(declined[(t, k)], men.pop())

    link_bracketed_names(mentions, types, texts, clusters)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[clusters.find(i)].append(i)
    out: list[Linked] = [None] * len(mentions)  # type: ignore[list-item]
    for members in groups.values():  # every link joins mentions of one type
        name, type_ = _canonical([mentions[i] for i in members], [types[i] for i in members])
        linked = Linked(type_, name, entity_id(type_, name))
        for i in members:
            out[i] = linked
    return out


def _country_key(type_: str, k: str) -> str:
    """A place's key; a country's, by any of its names («Республика Беларусь», «Беларусь», «Белоруссия»), is
    the key of the one name countries.tsv gives it, so its mentions are one entity (named by `_canonical`: the
    usual name where a mention writes it, else the fullest written form)."""
    country = usual_name(k) if type_ == "LOC" else None
    return key(country) if country is not None else k


def _womans_form(hers: list[str], his: list[str]) -> bool:
    """Whether name `hers` is the woman's form of `his`, a man's genitive's normal: the surname with «а»
    («Андреев» → «Андреева»), each other word as it is or with «а» («Валерия», «Мирр» → «Мирра»)."""
    return (len(hers) == len(his) > 1 and hers[-1] == his[-1] + "а"
            and all(h in (w, w + "а") for h, w in zip(hers[:-1], his[:-1])))


def _canonical(members: list[Mention], types: list[str]) -> tuple[str, str]:
    """The gazetteer's name, else a country's usual name where a mention writes it, else a curated place's own
    name, else the fullest form: Cyrillic before Latin, a first name before initials («Армандс Краузе», not «А.
    Краузе»), most words, most frequent, shortest, one a mention writes as it is."""
    gaz = gazetteer()
    for m in members:
        entry = gaz.get(key(m.name))
        if entry is not None:
            return entry.canonical, entry.type
    for m, t in zip(members, types):  # «Турецкая Республика» beside «Турция»: the country's usual name, written
        if t == "LOC" and (country := usual_name(m.name)) is not None and key(country) == key(m.name):
            return country, t
    for m, t in zip(members, types):  # «Курильские острова» beside «Южные Курилы»: the place's own name
        place = curated_names().get(key(m.name)) if t == "LOC" else None
        if place is not None and key(place) == key(m.name):
            return place, t
    counts = Counter((m.name, t) for m, t in zip(members, types))
    # last, a name some mention writes as it is, in the nominative, over the normal of an oblique one of as
    # many letters («Махинда Раджапакса» written beside «Махинды Раджапаксы»)
    written = {fold(m.text) for m in members}

    def rank(item):
        (name, type_), count = item
        words_ = name.split()  # «Александр Викторович» names no surname: «Александр Гусев» is fuller
        addressed = type_ == "PER" and polite_address(words_, morph_vocab().parse)
        return (bool(CYRILLIC.search(name)), initials(name) is None, len(words_), not addressed, count, -len(name),
                fold(name) in written, name)

    (name, type_), _ = max(counts.items(), key=rank)
    if type_ in ("ORG", "LOC") and len(name.split()) == 1:  # «Вясна» beside «Вясны»: the nominative
        name = nominative_form([name, *(m.name for m in members if len(m.name.split()) == 1)]) or name
    if type_ == "PER":  # «Кими Райкконена» with «Райкконен» in the article → «Кими Райкконен»
        # the forms seen in the same place, the surname's or the first names' («Гаджи Гаджиев»: the first
        # name is no bare form of the surname); «А. Швинк»: no evidence
        # «Пелоси» alone, which natasha reads as a genitive of «Пелось», where «Нэнси Пелоси» keeps the
        # same letters: a word written as another mention keeps it is that word's form, no case of another
        kept = {fold(m.text.split()[-1]) for m in members
                if len(m.text.split()) > 1 and fold(m.text.split()[-1]) == fold(m.name.split()[-1])}
        named = [m.name.split() for m in members if initials(m.name) is None
                 and not (len(m.text.split()) == 1 and fold(m.text) in kept and fold(m.name) != fold(m.text))]
        last, before = {ws[-1] for ws in named}, {w for ws in named for w in ws[:-1]}
        words_ = name.split()
        # «Фаиля Алсынова» beside «Алсынов» written alone: his genitive
        words_ = mans_name_in_genitive(words_, {fold(m.text) for m in members if len(m.text.split()) == 1}) or words_
        words_ = [bare_form(w, last if i == len(words_) - 1 else before) for i, w in enumerate(words_)]
        # «Сигэру Исибу», an accusative natasha cannot inflect, beside «Исиба» written alone: the -а
        # declension's nominative the article writes (probe DQ)
        alone = [m.text for m in members if len(m.text.split()) == 1 and fold(m.name) == fold(m.text)]
        words_[-1] = next((a for a in alone if a_declension(fold(a), fold(words_[-1]))), words_[-1])
        # «Жаира Болсонару», which natasha reads as an «-а» surname's accusative, beside «Сам Болсонару …
        # осудил», tagged nominative: a surname the dictionary lacks in a vowel no declining nominative ends
        # with, written alike in both, does not decline
        said = {fold(m.text): m.text for m in members if len(m.text.split()) == 1 and m.case == "Nom"
                and one_form_for_every_case(fold(m.text), morph_vocab().parse)}
        full = {fold(m.text.split()[-1]) for m in members if len(m.text.split()) > 1 and m.name == name}
        words_[-1] = next((said[w] for w in sorted(full) if w in said and w != fold(words_[-1])), words_[-1])
        # «Задержаны: …, Валерия Зинякина и …», or a headline's «Мирра Андреева на Australian Open» (a first name the
        # dictionary lacks), read as a man's genitive, beside «Валерия Зинякина рассказала», «Мирра Андреева
        # продолжает»: a woman's name some mention writes as it is, read feminine there, whose words are the man's
        # form's with «а» after the surname (and the first name, maybe), is hers, not the man's form (probe IO), unless
        # a mention writes the man's form as it is («Веселин Топалов» beside «Веселина Топалова», the soak's book_483)
        his = fold(" ".join(words_))
        words_ = next((m.name.split() for m in members if m.gender == "Fem" and fold(m.text) == fold(m.name)
                       and _womans_form(m.name.split(), words_)
                       and not any(fold(k.text) == his for k in members)), words_)
        name = " ".join(words_)
    return name, type_
