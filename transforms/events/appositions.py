"""A person's name in apposition that natasha's parser hangs on the wrong noun, re-hung.

`rehang_names(s)` is one of `repairs.repair`'s steps, on an `EventSentence`'s copy of the tree:

- a person's name in apposition to an inanimate noun, right after an animate noun inside that noun's
  phrase, names that noun («поздравления от своих конкурентов Сочитль Гальвес»);
- a person's name in apposition to an inanimate genitive belongs to the animate noun that
  genitive hangs on («главу ассоциации частных детективов Матушкина»), and one in apposition to
  a post in the genitive of another post belongs to the post on top, when it can be in its case
  («задержала заместителя директора центра Геннадия Бочарова»: the deputy; an indeclinable acting word
  on top takes any case: «наградил … врио глав … республик Дениса Пушилина»);
- a name in apposition in another case than its head (the accusative and the genitive count
  as one: «отставку главы … Андрея Сайфудинова») belongs to the nearest ancestor in
  its own case («заместителем министра … Александром Налбандовым»); a nominative one with
  no such ancestor is the subject of its verb, when that verb has none («Указом президента
  … Михаил Мишустин назначен»); an oblique one with no such ancestor is the nearest animate noun's
  before it in its case («протест временному поверенному в делах Украины … Руслану Немчинскому»),
  else names no nominative head («после ликвидации … Касема Сулеймани, в Тегеран прибыл министр
  …»), a dative one is its head's dative («выразил признательность Энтони Блинкену»);
- a name in apposition to a noun after it is the nearest animate noun's before it in its case («с
  главой МИД Азербайджана Джейхуном Байрамовым и министром …»: an apposition follows its head), and a
  genitive one right after an inanimate noun is that noun's («принял отставку Амана Тулеева, …, — …
  назначил заместителя …»);
- a person's name in apposition to a kinship noun of the other gender is its owner («Владислава
  Бакальчука, бывшего мужа Татьяны Ким»: not Ким, the husband of Ким).

`club_city(s)`, another: a place, not a country, right after an organisation's name in quote marks is that
organisation's city, part of its name («ФК "Динамо" Москва отправило в отставку …», parsed with «Москва» a second
subject), no actor of its own.

`fronted_participle(s)`, another of `repair`'s steps: a nominative active participle phrase right before a person's
name is that name's, and the name is its clause's subject («Пожизненные сроки получили совершившие нападение
Далерджон Мирзоев и …», parsed as «Далерджон» ← «нападение», the participle and its object a cycle, probe HI).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.countries import iso2
from transforms.descriptors import KIN
from transforms.events.words import ACTING, POSTS
from transforms.field_view import name_cases
from transforms.name_endings import instrumental_surname
from transforms.quotes.marks import ANY_QUOTE, CLOSING_MARKS

if TYPE_CHECKING:
    from transforms.events.sentence import EventSentence


def _post_past_verb(s: EventSentence, head: int, t: int) -> int | None:
    """The last animate common noun between a finite verb after `head` and name `t`, named by no mention: the post
    name `t` stands for when the parser hung it on `head`, across the verb."""
    verbs = [k for k in range(head + 1, t) if s.pos(k) == "VERB" and s.feat(k, "VerbForm") == "Fin"]
    if not verbs:
        return None
    return next((k for k in range(t - 1, verbs[-1], -1) if s.pos(k) == "NOUN" and s.feat(k, "Animacy") == "Anim"
                 and s.view.mention_at(k) is None), None)


def rehang_names(s: EventSentence) -> None:
    """Each name in apposition (`appos`, a PER mention) re-hung on the noun it names, per the module's list."""
    tree = s.tree
    _kin_owner(s)
    for t, head, case in headed_nominals(s):
        if (s.rel(t) == "appos" and head > t and (s.view.mention_at(t) or {}).get("type") == "PER"
                and (before := _noun_before_in_case(s, t, case)) is not None):
            # «с главой МИД Азербайджана Джейхуном Байрамовым и министром … Армении Зохрабом Мнацаканяном»,
            # parsed as «Джейхуном» ← «министром»: a name in apposition follows the noun it names
            tree.parent[t] = before
            tree.index_children()
        elif (s.rel(t) == "appos" and head < t and (s.view.mention_at(t) or {}).get("type") == "PER"
              and (post := _post_past_verb(s, head, t)) is not None):
            # «Ильхам Алиев принял министра Турции по делам Евросоюза Мовлуда Чавушоглу», parsed as «Мовлуда» ←
            # «Глава» before the verb: an apposition never crosses its clause's verb; the name is the post's right
            # before it past the verb (probe JD)
            tree.parent[t] = post
            tree.index_children()
        elif (s.rel(t) == "appos" and head > t and case == "Gen" and (s.view.mention_at(t) or {}).get("type") == "PER"
              and s.pos(t - 1) == "NOUN" and s.feat(t - 1, "Animacy") == "Inan" and not s.view.mention_at(t - 1)):
            # «принял отставку Амана Тулеева, …, — … назначил заместителя Тулеева …», parsed as «Амана» ←
            # «заместителя»: a genitive name right after an inanimate noun, before its head, is that noun's (probe GI)
            tree.parent[t], tree.rels[t] = t - 1, "nmod"
            tree.index_children()
        elif (s.rel(t) == "appos" and (s.view.mention_at(t) or {}).get("type") == "PER"
                and any(a < t and (s.view.mention_at(a) or {}).get("type") == "PER" for a in s.kids(head, "appos"))
                and (before := _noun_before_in_case(s, t, case)) is not None and before > head):
            # «переговоры с премьер-министром Эфиопии Абием Ахмедом, а … встретился с президентом Мозамбика
            # Филипе Ньюси», parsed as «Филипе» ← «премьер-министром»: a noun names one person, the second
            # name is the nearest noun's before it in its case
            tree.parent[t] = before
            tree.index_children()
        elif (s.rel(t) == "appos" and s.feat(head, "Animacy") == "Inan" and t - 1 > head
                and (s.view.mention_at(t) or {}).get("type") == "PER" and s.pos(t - 1) == "NOUN"
                and s.feat(t - 1, "Animacy") == "Anim" and s.view.mention_at(t - 1) is None
                and head in s.path_up(t - 1) and _animate_above(s, head) is None):
            # «приняла поздравления от своих конкурентов Сочитль Гальвес и Хорхе Альвареса», parsed as
            # «Сочитль» ← «поздравления»: the animate noun right before the name, inside the phrase, is whom it
            # names (probe FP); not when an animate noun is above the head («главу ассоциации частных детективов
            # Матушкина»: the head, below)
            tree.parent[t] = t - 1
            tree.index_children()
        elif (s.rel(t) == "appos" and s.feat(head, "Animacy") == "Inan" and s.rel(head) == "nmod"
                and (s.view.mention_at(t) or {}).get("type") == "PER"
                and (holder := _animate_above(s, head)) is not None
                and (case != "Nom" or s.feat(holder, "Case") in ("Nom", None))):
            # «арестовали главу ассоциации частных детективов Матушкина», parsed as «Матушкина» ←
            # «ассоциации» (a masculine name's accusative is its genitive): a person names a person
            # (not «Акимом города Кентау Даурен Макажанов стал»: a nominative name is the subject, below)
            tree.parent[t] = holder
            tree.index_children()
        elif (s.rel(t) == "appos" and (s.view.mention_at(t) or {}).get("type") == "PER"
              and (top := _post_above(s, head)) is not None
              and (case in name_cases({s.feat(top, "Case")}) or s.lemma(top) in ACTING)):
            # «задержала заместителя директора центра Геннадия Бочарова», parsed as «Геннадия» ←
            # «директора»: the name in the case of the post on top of a chain of posts is that post's;
            # «заместитель министра Сергея Лаврова» is the minister's deputy, unnamed; «наградил … врио глав
            # Донецкой и Луганской народных республик Дениса Пушилина» (probe FP)
            tree.parent[t] = top
            tree.index_children()
        elif (s.rel(t) == "appos" and s.feat(head, "Case") not in (case, None)
              and case not in name_cases({s.feat(head, "Case")})  # one form for a man's name: «главы … Андрея»
              and (s.view.mention_at(t) or {}).get("type") == "PER" and not _right_after_post(s, t, head)):
            x, moved = head, False
            for _ in range(3):
                if s.rel(x) != "nmod" or tree.parent[x] is None:
                    break
                x = tree.parent[x]
                if s.feat(x, "Case") == case:
                    tree.parent[t], moved = x, True
                    tree.index_children()
                    break
            before = _noun_before_in_case(s, t, case) if not moved and case != "Nom" else None
            if before is not None:
                # «выразило протест временному поверенному в делах Украины … Руслану Немчинскому», parsed
                # as «Руслану» ← «Министерство»: the name is the nearest noun's before it in its case
                tree.parent[t] = before
                tree.index_children()
                continue
            verb = s.path_up(t)[-1]
            if (not moved and case == "Nom" and s.pos(verb) == "VERB" and tree.parent[t] != verb
                    and not s.kids(verb, "nsubj", "nsubj:pass")
                    and not any(instrumental_surname(s.word(k)) for k in s.kids(t, "flat:name") + [t])
                    and all(s.feat(k, "Case") in ("Nom", None) for k in s.kids(t, "flat:name"))):
                # «Указом президента … Михаил Мишустин назначен»: a nominative name is its verb's subject (not
                # one in «-овым» the tagger calls nominative: «вместе с главой … Ширвани Автархановым»; not one
                # whose surname the tagger calls oblique: «решено отстранить игроков клуба Джоси Дзаурова», «Джоси»
                # an indeclinable first name, probe HX)
                tree.parent[t], tree.rels[t] = verb, "nsubj:pass" if s.feat(verb, "Voice") == "Pass" else "nsubj"
                tree.index_children()
            elif not moved and case != "Nom" and s.feat(head, "Case") == "Nom" and s.rel(head) not in ("obj", "iobj"):
                # «после ликвидации командующего … Касема Сулеймани, в Тегеран прибыл министр …»,
                # parsed as «Касема» ← «министр»: an oblique name names no nominative head (a nominative
                # object is an indeclinable post the tagger misread: «арестовал замдиректора … Геннадия Бочарова»)
                tree.rels[t] = "dep"
                tree.index_children()
            elif not moved and case == "Dat":
                # «выразил признательность Энтони Блинкену», parsed as «Энтони» ← «признательность»
                # in apposition: a dative name is the dative of its head; a genitive takes none, so one hung
                # on a genitive is its verb's («поручил временно исполнять обязанности губернатора Астраханской
                # области Сергею Морозову», parsed as «Сергею» ← «губернатора», probe FA)
                if s.feat(head, "Case") == "Gen" and (verb := _governing_verb(s, head)) is not None:
                    tree.parent[t] = verb
                tree.rels[t] = "iobj"
                tree.index_children()


#: the nominative endings of an active participle («совершивший», «возглавлявшая», «напавшие», «управляющий»),
#: reflexive too («добившийся»)
_ACTIVE_NOMINATIVE = tuple(stem + end + refl for stem in ("вш", "ш", "щ") for end in ("ий", "ая", "ее", "ие")
                           for refl in ("", "ся"))
_NOT_PARTICIPLES = frozenset({"бывший", "будущий", "следующий", "настоящий", "предыдущий", "высший", "лучший",
                              "худший", "старший", "младший"})  # adjectives with those endings, as lemmas


def club_city(s: EventSentence) -> None:
    for t in s.tokens:
        place, before = s.view.mention_at(t), t - 2
        if (place is None or place["type"] != "LOC" or before < s.tokens.start or s.view.mention_at(t - 1) is not None
                or s.view.word(t - 1) not in CLOSING_MARKS):
            continue
        club = s.view.mention_at(before)
        # (a country there starts a clause of its own: «В ответ на санкции против «Роснефти» Россия ввела …»)
        if club is None or club["type"] != "ORG" or s.tree.parent[t] == before or iso2(place["entity_name"]):
            continue
        s.tree.parent[t], s.tree.rels[t] = before, "flat"
        s.tree.index_children()


def fronted_participle(s: EventSentence) -> None:
    """Re-hang a person's name that follows a nominative active participle phrase, with no noun the participle
    agrees with and no punctuation between: the participle modifies the name, which becomes the subject of the
    clause verb the phrase hung on (or of the sentence's root, when the parse made the phrase a cycle), if that verb
    has none; the phrase's words the parser hung outside it hang on the participle."""
    tree = s.tree
    for p in s.tokens:
        word = s.view.word(p)
        if (not word.endswith(_ACTIVE_NOMINATIVE) or s.pos(p) not in ("VERB", "ADJ")
                or word in _NOT_PARTICIPLES or s.lemma(p) in _NOT_PARTICIPLES):  # («бывшая»: its lemma)
            continue
        name = next((k for k in range(p + 1, min(p + 9, s.tokens.stop))
                     if (s.view.mention_at(k) or {}).get("type") == "PER"), None)
        if name is None or s.feat(name, "Case") != "Nom" or any(
                s.pos(k) in ("PUNCT", "VERB", "AUX") or (s.pos(k) == "NOUN" and s.case(k) is None
                                                         and s.feat(k, "Case") == "Nom") for k in range(p + 1, name)):
            continue
        if tree.parent[p] == name or not s.ancestors(name) & set(range(p, name)):
            continue  # parsed right, or the name hangs outside the phrase
        verb = _clause_verb(s, p)
        if verb is None or any(c != p for c in s.kids(verb, "nsubj", "nsubj:pass")):
            continue
        role = "nsubj:pass" if s.feat(verb, "Voice") == "Pass" else "nsubj"
        for k in range(p + 1, name):
            if tree.parent[k] is None or not p < tree.parent[k] < name:
                tree.parent[k] = p
        tree.parent[name], tree.rels[name] = verb, role
        tree.parent[p], tree.rels[p] = name, "acl"
        tree.index_children()


def _clause_verb(s: EventSentence, p: int) -> int | None:
    """The verb participle `p`'s phrase hangs on, or the sentence's root verb when the phrase hangs on no verb."""
    seen, x = {p}, s.tree.parent[p]
    while x is not None and x not in seen:
        if s.pos(x) in ("VERB", "AUX") and s.feat(x, "VerbForm") != "Part" or (
                s.pos(x) == "VERB" and s.rel(x) == "root"):
            return x
        seen.add(x)
        x = s.tree.parent[x]
    root = next((t for t in s.tokens if s.tree.parent[t] is None and s.pos(t) in ("VERB", "AUX")), None)
    return root if root is not None and root not in seen else None


def _governing_verb(s: EventSentence, x: int) -> int | None:
    """The verb above nominal `x`, or the verb that governs it when that is an infinitive («поручил исполнять»)."""
    while x is not None and s.pos(x) != "VERB":
        x = s.tree.parent[x]
    while x is not None and s.rel(x) == "xcomp" and s.tree.parent[x] is not None and s.pos(s.tree.parent[x]) == "VERB":
        x = s.tree.parent[x]
    return x


def _noun_before_in_case(s: EventSentence, t: int, case: str) -> int | None:
    """The nearest animate common noun before name `t` in its case, within eight words and with no
    verb, punctuation mark or other person between: the noun a stranded name in apposition belongs to,
    under a preposition too («встречу с главой Астрахани Аленой Губановой»), and a word of acting in a
    post, inanimate to the tagger («встречу с и.о. заместителя председателя правительства области
    Владимиром Поповым»)."""
    for k in range(t - 1, max(s.tokens.start, t - 9) - 1, -1):
        if s.pos(k) in ("VERB", "AUX", "PUNCT") or (s.view.mention_at(k) or {}).get("type") == "PER":
            return None
        if s.pos(k) == "NOUN" and s.feat(k, "Case") == case and (
                s.feat(k, "Animacy") == "Anim" or s.lemma(k) in ACTING):
            return k
    return None


def _post_above(s: EventSentence, x: int) -> int | None:
    """The post on top of the chain of posts in the genitive that post `x` ends («заместителя
    директора»: «заместителя»; an indeclinable acting word, any case: «врио глав … республик»), or None when
    `x` hangs on no post."""
    top = None
    for _ in range(4):  # a few levels at most: a cycle in the parse does not hang
        if not (s.lemma(x) in POSTS and s.rel(x) == "nmod" and s.case(x) is None and s.tree.parent[x] is not None):
            break
        x = s.tree.parent[x]
        if s.lemma(x) not in POSTS and s.lemma(x) not in ACTING:
            break
        top = x
    return top


def _animate_above(s: EventSentence, x: int) -> int | None:
    """The nearest animate noun that inanimate `x` hangs on through genitives (`nmod`), within three."""
    for _ in range(3):
        if s.rel(x) != "nmod" or s.tree.parent[x] is None:
            return None
        x = s.tree.parent[x]
        if s.pos(x) in ("NOUN", "PROPN") and s.feat(x, "Animacy") == "Anim":
            return x
    return None


def _right_after_post(s: EventSentence, t: int, head: int) -> bool:
    """Whether name `t` follows a person's post `head` with nothing between but the post's own genitives:
    «встречу президента Тайваня Цай Инвэнь», the foreign name tagged in another oblique case
    (instrumental), is hers, not the instrumental's further up (probe EG)."""
    return (s.feat(head, "Animacy") == "Anim" and head < t and s.feat(t, "Case") != "Nom"  # (a nominative: the
            # verb's subject, «Мэром Кишинева Ион Чебан был назначен»)
            and all((s.rel(k) == "nmod" and head in s.path_up(k) and s.feat(k, "Animacy") != "Anim")
                    or s.view.word(k) in ANY_QUOTE  # «Генеральный директор «Русала» Александра Бурико ушла»
                    for k in range(head + 1, t)))  # «заместитель министра Сергея Лаврова»: the minister's


def headed_nominals(s: EventSentence):
    """(token, its head, its case) of each noun or proper noun with a head and a case and no preposition,
    read off the tree as it stands when each is reached (a repair may move one before the next)."""
    for t in s.tokens:
        head = s.tree.parent[t]
        case = s.feat(t, "Case")
        if head is not None and case is not None and s.pos(t) in ("NOUN", "PROPN") and s.case(t) is None:
            yield t, head, case


def _kin_owner(s: EventSentence) -> None:
    for t in s.tokens:
        head = s.tree.parent[t]
        m = s.view.mention_at(t)
        if s.rel(t) != "appos" or head is None or m is None or m["type"] != "PER" or s.lemma(head) not in KIN:
            continue
        person = s.people.get(m["entity_id"])
        gender = s.feat(head, "Gender")
        if person is not None and person.gender in ("Masc", "Fem") and gender in ("Masc", "Fem") and person.gender != gender:
            s.tree.rels[t] = "nmod"
            s.tree.index_children()
