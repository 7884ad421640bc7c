"""natasha's parser errors that lose actors, undone on an `EventSentence`'s copy of the tree.

`repair(s)` runs once, when the sentence is built; the view and natasha's tokens stay as they
are.  Each repair is one attachment error seen in real news, named in `repair`'s docstring with
its example; docs/events.md §4 lists them for users.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.dates.lexicon import PARTS_OF_DAY
from transforms.events.appositions import club_city, fronted_participle, headed_nominals, rehang_names
from transforms.events.clause_subjects import (colon_list_subject, conjunct_opening_clause, dateline_subject,
                                               disagreeing_subject, finite_conjunct_of_infinitive,
                                               fronted_abbreviation, fronted_oblique_of_later_clause,
                                               main_clause_oblique, next_clause_subject, prepositional_subject,
                                               stray_subject, subject_after_object, uncross_clauses)
from transforms.events.conjuncts import (backward_conjunct, correlative, gapped_list, headless_conjunct,
                                        listed_genitive, name_conjoined_to_place)
from transforms.events.objects import (acting_object, asked_object, genitive_after_phrase, joined_phrase,
                                      object_after_duration, object_after_instrumental_name, object_after_post,
                                      object_after_quoted_name, object_after_reason, oblique_before_participle,
                                      oblique_past_participle, removed_object, second_object)
from transforms.events.words import LEADING
from transforms.field_view import before_relative_comma
from transforms.quotes.marks import DASHES

if TYPE_CHECKING:
    from transforms.events.sentence import EventSentence


def repair(s: EventSentence) -> None:
    """Attachment errors of the parser that lose actors, undone on our copy of the tree:

    - a part of the day the parser hangs on a noun is its clause verb's («Лидеры вечером обсудят …», parsed as
      «вечером» ← «Лидеры», probe HS; date_words.tsv `part_of_day`);
    - «во главе с X» after a noun, whose «во» the parser makes that noun's preposition, is the noun's phrase, not
      its case («отставку правительства во главе с Дмитрием Медведевым», parsed as «правительства» ← «во»,
      probe HR);
    - a nominal in the nominative or accusative (an animate one tagged genitive too) conjoined to a verb
      is a conjunct of the verb's subject or object («Шумов …, и Борзыкин … встретятся»; «Илью
      Шакурского суд приговорил к 16 годам, … Максима Иванкина — к 13», probe EC);
    - a nominal without a preposition in the nominative or accusative hanging as `nmod` on a
      word in another case is the subject or object of its clause's verb («посол …
      встретился с заместителем», parsed as «посол» ← «заместителем»; «принимает в Белом
      доме … коллегу», parsed as «коллегу» ← «доме»), when that verb has none; so is a man's accusative
      (the genitive's form) after the post an active verb names in the instrumental («назначил новым
      командующим сухопутными войсками генерала Хосе Вильсона Санчеса», `objects.object_after_post`), or
      on a thing's genitive that names the instrumental («наградил орденом Мужества писателя Захара Прилепина»,
      `objects.object_after_instrumental_name`, probe IM);
    - a person's name in the accusative the parser hangs on an active verb in apposition is its object, when it
      has none («переизбрал Сергея Миронова председателем партии»);
    - a person's name in apposition hung on the wrong noun is re-hung on the one it names
      (`appositions.rehang_names`: «главу ассоциации частных детективов Матушкина»);
    - two nominative subjects that cross (each hangs on the other's verb: «Президент … объявил …, однако
      лидер оппозиции … назвал …», parsed as «Президент» ← «назвал», «лидер» ← «объявил»)
      belong each to the verb after it, and a verb conjoined across the second clause is
      conjoined to that clause's verb («… назвал итоги подтасованными и призвал …»);
    - the source of a dateline taken for the subject («INTERFAX.RU - Президент … подписал») is none;
    - a verb's second object, past a later verb with none, is that verb's («оказывает Украине
      помощь, за что получал благодарности», parsed as «благодарности» ← «оказывает»; these and the
      next two: objects.py);
    - the object between a verb of asking and its infinitive is whom it asks («Макрон призвал китайского
      лидера «образумить Россию»», parsed as «лидера» ← «образумить», probe EG);
    - a name that ends the chain of genitives of a verb's phrase of the reason, and its clause, is the
      object of a verb with none («Хаменеи обвинил в организации волнений США и Израиль», parsed as «США» ←
      «волнений», probes EC, DY);
    - a person in the genitives of the «от» phrase of a verb of removal from a post with no object is its object
      («отстранил от исполнения обязанностей заместителя прокурора … Дмитрия Чуличкова», parsed as «заместителя»
      ← «обязанностей», probe GY; objects.py);
    - a person's animate accusative hung on a unit of time is the verb's object («отправил под арест на два
      месяца первого заместителя министра … Андрея Ефимова», parsed as «заместителя» ← «месяца», probe EG);
    - a person or an organisation named after the verb's animate object, parsed as a second subject or in
      apposition to the subject in another case, is that object's name («МИД России вызвал
      молдавского посла в Москве Лилиану Дарию», «УЕФА наказал соперника «Краснодара» … турецкий «Трабзонспор»»);
    - a descriptor in apposition to a person's name, after a comma, with a person's name of its
      own is the next of a list («встретится с Александром Лукашенко, своим белорусским коллегой
      Владимиром Макеем», parsed as «коллегой» an apposition of «Александром»): a conjunct;
    - a noun conjoined to a word after it (a conjunct follows the first), or to one before the finite verb
      of another clause, is a conjunct of the nearest noun before it in its case («с главой МИД …
      Байрамовым и министром … Мнацаканяном», parsed as «министром» ← «особняке»; «В заседании участвуют
      главы правительств …: помимо Мишустина …, в Минск приехали премьер-министр Казахстана Олжас Бектенов
      и председатель кабмина Киргизии Акылбек Жапаров», parsed as «председатель» ← «главы», probe DM), a proper
      noun's the nearest proper noun too («независимость Абхазии и Южной Осетии признали Никарагуа, …», probe IL);
    - a verb conjoined to nothing, on which the finite verb before it hangs, is that verb's
      conjunct («…: он прибыл на Алтай … и встретился с Михаилом Мишустиным», parsed as «прибыл»
      ← «встретился», the second verb without a head): it shares that verb's subject;
    - the names of a gapped list, each after a dash at the end of a segment with no verb («уволил с
      должности посла в Бразилии Ростислава Троненко, с должности посла в Египте – Евгения
      Никитенко, …»), are names of the first name's nominal (or its conjuncts, when the first name is
      the nominal), whatever the parser hung them on;
    - of two subjects of a verb with no object, one that disagrees with it in number is its object
      («Дипломаты из Германии, Швеции и Польши высылает Россия»: the verb is singular), and so is a
      thing before the verb whose accusative is its nominative, when a person follows the verb («Бейрут
      посетил президент Франции Эммануэль Макрон», probe DY); so is the one
      subject of a plural verb, a singular inanimate noun whose accusative is its nominative and that
      counts nothing in the genitive plural («В WADA вердикт CAS приветствовали»: its object fronted;
      not «ряд депутатов выступили»); a thing before the verb the parser makes its subject and a person after it
      the parser makes its object swap roles when the tagger reads them as accusative and nominative («6 марта
      филиал посетил первый заместитель губернатора … Сергей Жданов», probe HH); and a name before the verb the parser
      makes its object and a noun after it the parser makes its subject swap back when the tagger reads them as
      nominative and accusative («МОК временно отстранил Олимпийский комитет России», probe IV);
    - a relative clause the parser hangs on a noun inside it, whose object it leaves with no head
      («… Владимира Путина, который накануне провел серию телефонных разговоров с …», parsed as «провел» ←
      «разговоров» ← «серию» ← none), is the noun's right before «, который», and the object the verb's
      (probe EC);
    - a nominal inside a relative clause, hung on a word after the comma that closes the clause, is the clause verb's
      («… тем, которые Чавес обсудит со своим российским коллегой Дмитрием Медведевым …, будет военное
      сотрудничество …», parsed as «коллегой» ← «сотрудничество», probe JD);
    - a relative clause hung on the noun of a prepositional phrase after its verb is hung on the phrase before its
      comma, and the phrase is the verb's («Визит Путина в Австрию, в ходе которого он встретился с президентом
      страны …», parsed as «встретился» ← «президентом», probe GS);
    - an animate nominative the parser makes the object of a participle after a noun is that noun's
      apposition («Лидер движения, живущий во Франции беглый банкир Мухтар Аблязов, призвал …», parsed as
      «банкир» ← «живущий»: an animate object would be in the accusative, probe EG);
    - a nominal the parser left with no head, though it is no root, hangs on the sentence's root verb
      («назначен освобожденный от должности замминистра … Дмитрий Миронов», «должности» headless), and so
      does an object with no head when the root has none («согласовал досрочную отставку мэра», parsed as
      «отставку» ← «досрочную» ← «отставку», probe JC): the rules above then reach its verb;
    - a verb's second subject, after it and after «, а» («, но», «, и»), is the subject of the next
      finite verb, which has none («Володин потребовал …, а официальный представитель МИД России Мария
      Захарова обвинила …», parsed as «представитель» ← «потребовал»; `clause_subjects`, probe DY);
    - a finite verb conjoined to an infinitive is a conjunct of the finite verb that infinitive complements,
      when the two agree («Медведев поручил полпреду проанализировать работу … и пригрозил поменять власть»,
      parsed as «пригрозил» ← «проанализировать»; `clause_subjects`, probe FT);
    - an oblique before the main verb that the parser hangs on the verb of the «что» clause after it is the main
      verb's («Джон Керри по итогам переговоров с … Лавровым заявил, что стороны согласовали …», parsed as
      «итогам» ← «согласовали»; `clause_subjects`, probe GE);
    - a name after a comma conjoined to a nominal of the clause before, opening a clause whose finite verb is a
      root with no subject and agrees with it, is that verb's subject («… санкций против России, РФ в ответ
      пообещала выслать …», parsed as «РФ» ← «России»; `clause_subjects`, probe GY), and so is a descriptor with a
      person's name there («…, худрук Евгений Марчелли получил выговор», probe HH);
    - a nominal under a preposition is no subject («Вместо … Николая Цуканова … назначен Евгений
      Зинчев», parsed as «Николая» ← «назначен» its passive subject): an oblique of its verb;
    - a subject that disagrees in number with its verb, after which it stands, belongs to the verb
      between them that has no subject and agrees with it («Дмитрий Зеленин был избран новым президентом
      ВФПС – «за» проголосовали 88 делегатов», parsed as «Дмитрий» ← «проголосовали»), and so does a
      second subject before its verb's «что» («Центральная избирательная комиссия … объявила, что …
      Лукашенко победил», parsed as «комиссия» ← «победил»), or before its other subject («посол … Евгений
      Корнийчук был вызван в МИД Израиля после того, как … он раскритиковал …», parsed as «посол» ←
      «раскритиковал», probe IM);
    - an abbreviation's name (never declined, so tagged any case) hanging on the genitives of a phrase
      that opens the clause, right before a verb with no subject, is that verb's subject («После
      оглашения приговора МИД Франции выразил сожаление», parsed as «МИД» ← «приговора»);
    - of two objects of a plural verb with no subject, the one after it, a coordination with a
      nominative among its conjuncts, is its subject («Переворот осудили Африканский союз и Франция»,
      «Спасателей … направили Азербайджан и Израиль»: the object fronted);
    - names after a dash that the parser hangs on a noun as a parataxis are that noun's, in apposition
      («отправил под стражу еще троих фигурантов — Аминчона Исломова, его брата Диловара Исломова и их
      отца Исроила Исломова»; any name after a plural noun: «четыре арабские державы — Саудовская Аравия,
      ОАЭ, Египет и Бахрейн — заявили …», probe GJ), and so is a prepositional phrase, the noun's own
      («проведет еще ряд двусторонних встреч – с президентом Пакистана …, президентом Сербии Александром
      Вучичем», probe EW);
    - a person's name the parser hangs as a part of the name of a place or organisation before it, a
      mention of its own, is the object of a verb with none («королева приняла в Балморале Лиз Трасс»,
      parsed as «Лиз» ← «Балморале», probe DY);
    - the «как» of «как X, так и Y», parsed as X's preposition, joins the two and makes no comparison
      («как Жилкин, так и Коков обратились к нему с просьбой», probe FA: both ask);
    - a person's name conjoined to a place or organisation is a conjunct of the nearest person's name
      between them («переговоры президентов РФ и Белоруссии Владимира Путина и Александра Лукашенко»,
      parsed as «Александра» ← «РФ»);
    - a place or organisation in the genitive hung on the noun the genitive before it hangs on, past a comma or
      «и» and adjectives or quote marks alone, is that genitive's conjunct («между представителями Украины,
      террористических "ДНР" и "ЛНР"», parsed as «ДНР» ← «представителями», probe IV; conjuncts.py);
    - an infinitive that opens the sentence, made a root of its own with no subject, is the complement of
      the finite verb the parser made the other root («Исполнять обязанности главы Кабардино-Балкарии Путин
      поручил … Казбеку Кокову», probe FA);
    - an animate noun right after a name in quote marks, hung as a genitive on the noun that name is in
      apposition to, is the object of a verb with none («принял в резиденции «Бочаров ручей» президента ЦАР
      …», parsed as «президента» ← «резиденции»: a genitive of «резиденции» would stand before the name;
      objects.py);
    - an indeclinable acting word with no preposition, a verb's indirect object or a nominative on the verb's
      oblique, while the verb has no object, is its object («наградил орденами … врио глав Донецкой и Луганской
      народных республик Дениса Пушилина», parsed as «врио» an `iobj` in the instrumental or ← «орденами»,
      probe FP; objects.py), and a name in apposition to the post it governs is its name (appositions.py);
    - a phrase with «с» that a verb of joining takes, hung on a thing in the verb's phrase of place, is the
      verb's («вышли к зданию Законодательного Собрания с одиночными пикетами», parsed as «пикетами» ←
      «зданию», probe GI; objects.py);
    - an oblique after the finite verb hung on a participial or gerund phrase before the verb's comma is the verb's
      («Саркози, находящийся с официальным визитом в России, встретился … с президентом России Дмитрием
      Медведевым», parsed as «президентом» ← «находящийся», probe HS; objects.py).

    The repairs run in `_STEPS` order, each on the tree the ones before left; one that would leave a cycle is undone.
    """
    for step in _STEPS:
        parent, rels = dict(s.tree.parent), dict(s.tree.rels)
        step(s)
        if s.tree.parent != parent and _has_cycle(s.tree.parent):
            # a step that makes a word its own ancestor («на предложенное … неофициальное перемирие», the adjective
            # tagged a verb and made the head of its own noun, probe JI) is undone: every walk up the tree ends
            s.tree.parent.clear()
            s.tree.parent.update(parent)
            s.tree.rels.clear()
            s.tree.rels.update(rels)
            s.tree.index_children()


def _has_cycle(parent: dict[int, int | None]) -> bool:
    """Whether some token of the tree `parent` maps is its own ancestor."""
    done: set[int] = set()
    for k in parent:
        path: set[int] = set()
        x = k
        while x is not None and x not in done:
            if x in path:
                return True
            path.add(x)
            x = parent.get(x)
        done |= path
    return False


def _misplaced_nominals(s: EventSentence) -> None:
    """The conjuncts and nominals the parser hangs on the wrong word (`repair`'s third and fourth items)."""
    tree = s.tree
    for t, head, case in headed_nominals(s):
        if s.rel(t) == "conj" and s.pos(head) == "VERB" and (
                case in ("Nom", "Acc") or (case == "Gen" and s.feat(t, "Animacy") == "Anim")):
            # «Шумов …, и Борзыкин … встретятся», parsed as «Борзыкин» ← «встретятся»; an animate accusative
            # has the genitive's form, so the tagger may call it one («Илью Шакурского суд приговорил к 16
            # годам, Андрея Чернова — к 14, Максима Иванкина — к 13, …»)
            first = s.kids(head, "nsubj" if case == "Nom" else "obj")
            if first and first[0] < t:
                tree.parent[t] = first[0]
                tree.index_children()
        elif s.rel(t) == "nmod" and (((case in ("Nom", "Acc") or object_after_post(s, t, head)) and s.feat(
                head, "Case") not in (case, None)) or object_after_duration(s, t, head)
                or object_after_instrumental_name(s, t, head)):
            verb = s.path_up(t)[-1]
            rel = "nsubj" if case == "Nom" else "obj"
            passive = rel == "obj" and s.kids(verb, "nsubj:pass")
            if s.pos(verb) == "VERB" and not s.kids(verb, rel) and not passive:
                tree.parent[t], tree.rels[t] = verb, rel
                tree.index_children()
        elif (s.rel(t) == "appos" and s.pos(head) == "VERB" and head < t and case in ("Acc", "Gen")
              and s.feat(head, "Voice") != "Pass" and not s.kids(head, "obj", "nsubj:pass")
              and (s.view.mention_at(t) or {}).get("type") == "PER"):
            # «Съезд партии … переизбрал Сергея Миронова председателем партии», parsed as «Сергея» ← «переизбрал»
            # in apposition: no name is a verb's apposition; an accusative one (the genitive's form) is its object
            tree.parent[t], tree.rels[t] = head, "obj"
            tree.index_children()


def _object_name(s: EventSentence) -> None:
    for verb in s.tokens:
        subjects = s.kids(verb, "nsubj")
        objects = [o for o in s.kids(verb, "obj") if s.feat(o, "Animacy") == "Anim" and o > verb]
        if not subjects or not objects:
            continue
        # a second subject, or a name set in apposition to the subject in another case
        stray = subjects[1:] + [a for a in s.kids(subjects[0], "appos")
                                if s.feat(a, "Case") not in (s.feat(subjects[0], "Case"), None)]
        for t in stray:
            before = [o for o in objects if o < t]
            if before and (s.view.mention_at(t) or {}).get("type") in ("PER", "ORG"):
                s.tree.parent[t], s.tree.rels[t] = before[-1], "appos"
                s.tree.index_children()


def _listed_descriptor(s: EventSentence) -> None:
    for t in s.tokens:
        head = s.tree.parent[t]
        if (s.rel(t) != "appos" or s.pos(t) != "NOUN" or head is None or head > t
                or (name := s.view.mention_at(head)) is None or name["type"] != "PER"):
            continue
        first = min([t, *s.kids(t, "det", "amod")])
        if first > 0 and s.view.word(first - 1) == "," and any(
                (m := s.view.mention_at(k)) is not None and m["type"] == "PER" and m["entity_id"] != name["entity_id"]
                for k in s.kids(t, "appos")):
            s.tree.rels[t] = "conj"
            s.tree.index_children()


def _stranded_nominal(s: EventSentence) -> None:
    root = next((t for t in s.tokens if s.rel(t) == "root" and s.tree.parent[t] is None), None)
    if root is None or s.pos(root) != "VERB":
        return
    # (an object too, when the root has none: «согласовал досрочную отставку мэра», parsed as «отставку» ←
    # «досрочную» ← «отставку», a cycle the tree breaks, probe JC)
    objects = [] if s.kids(root, "obj") else [t for t in s.tokens if s.tree.parent[t] is None and s.rel(t) == "obj"]
    stranded = [t for t in s.tokens if s.tree.parent[t] is None and t != root and s.pos(t) in ("NOUN", "PROPN")
                and (s.rel(t) in ("obl", "nmod") or t in objects[:1])]
    for t in stranded:
        s.tree.parent[t] = root
    if stranded:
        s.tree.index_children()


def _part_of_day(s: EventSentence) -> None:
    for t in s.tokens:
        n = s.tree.parent[t]
        if s.rel(t) == "nmod" and s.word(t) in PARTS_OF_DAY and n is not None and s.pos(n) in ("NOUN", "PROPN"):
            verb = s.path_up(n)[-1]
            if s.pos(verb) == "VERB":
                s.tree.parent[t], s.tree.rels[t] = verb, "obl"
                s.tree.index_children()


def _led_group(s: EventSentence) -> None:
    for v in s.tokens:
        n = s.tree.parent[v]
        if (s.rel(v) == "case" and n is not None and n < v and s.word(v) in ("в", "во")
                and any(s.lemma(f) in LEADING for f in s.kids(v, "fixed"))):
            s.tree.rels[v] = "nmod"
            s.tree.index_children()


def _relative_clause_cycle(s: EventSentence) -> None:
    for v in s.tokens:
        n = s.tree.parent[v]
        if s.rel(v) != "acl:relcl" or n is None or n < v:
            continue
        x, steps = n, 0
        while s.tree.parent[x] is not None and x != v and steps < 8:
            x, steps = s.tree.parent[x], steps + 1
        which = next((c for c in s.kids(v) if s.lemma(c) == "который"), None)
        if (x == v or x < v or s.rel(x) not in ("obj", "obl") or which is None or which - 2 < s.tokens.start
                or s.word(which - 1) != "," or s.pos(which - 2) not in ("NOUN", "PROPN")):
            continue
        s.tree.parent[x], s.tree.parent[v] = v, s.name_first(which - 2)  # «Владимира Путина»: its first word
        s.tree.index_children()


def _escaped_from_relative_clause(s: EventSentence) -> None:
    """A nominal inside a relative clause, before the comma that closes it, hung on a word after that comma, is the
    clause verb's («… тем, которые Чавес обсудит со своим российским коллегой Дмитрием Медведевым …, будет военное
    сотрудничество между Россией и Венесуэлой», parsed as «коллегой» ← «сотрудничество», probe JD)."""
    for v in s.tokens:
        if s.rel(v) != "acl:relcl" or not any(s.lemma(c) == "который" and c < v for c in s.kids(v)):
            continue
        close = next((k for k in range(v + 1, s.tokens.stop) if s.word(k) == ","), None)
        moved = [t for t in range(v + 1, close or v) if s.pos(t) in ("NOUN", "PROPN")
                 and s.rel(t) in ("nmod", "obl", "obj") and (s.tree.parent[t] or 0) > close]
        for t in moved:
            s.tree.parent[t] = v
            if s.rel(t) == "nmod":
                s.tree.rels[t] = "obl"
        if moved:
            s.tree.index_children()


def _relative_clause_on_its_oblique(s: EventSentence) -> None:
    """A relative clause hung on the noun of a prepositional phrase after its verb, which the verb takes («Визит
    Путина в Австрию, в ходе которого он встретился с президентом страны …», parsed as «встретился» ←
    «президентом»): the phrase is the verb's oblique, and the clause hangs on the phrase before its comma."""
    for v in s.tokens:
        n = s.tree.parent[v]
        if s.rel(v) != "acl:relcl" or n is None or n < v or not any(v < c < n for c in s.kids(n, "case")):
            continue
        which = next((c for c in s.kids(v) if s.lemma(c) == "который" and c < v), None)
        before = before_relative_comma(s, which, s.tokens.start) if which is not None else None
        if before is None or s.pos(before) not in ("NOUN", "PROPN"):
            continue
        antecedent = before
        while s.rel(antecedent) in ("nmod", "appos", "flat", "flat:name") and s.head(antecedent) is not None \
                and s.head(antecedent) < antecedent:
            antecedent = s.head(antecedent)  # «Визит Путина в Австрию»: the phrase's head noun
        s.tree.parent[n], s.tree.rels[n] = v, "obl"
        s.tree.parent[v] = antecedent
        s.tree.index_children()


def _apposition_after_participle(s: EventSentence) -> None:
    for t in s.tokens:
        part = s.tree.parent[t]
        if (s.rel(t) == "obj" and s.feat(t, "Case") == "Nom" and s.feat(t, "Animacy") == "Anim" and part is not None
                and s.feat(part, "VerbForm") == "Part" and s.rel(part) == "acl" and s.tree.parent[part] is not None
                and s.tree.parent[part] < part < t):
            s.tree.parent[t], s.tree.rels[t] = s.tree.parent[part], "appos"
            s.tree.index_children()


def _name_glued_to_place(s: EventSentence) -> None:
    for x in s.tokens:
        head = s.tree.parent[x]
        m, owner = s.view.mention_at(x), s.view.mention_at(head) if head is not None else None
        if (s.rel(x) != "flat:name" or m is None or m["type"] != "PER" or owner is None or owner is m
                or owner["type"] not in ("LOC", "ORG") or head > x):
            continue
        verb = s.path_up(x)[-1]
        if s.pos(verb) == "VERB" and not s.kids(verb, "obj"):
            s.tree.parent[x], s.tree.rels[x] = verb, "obj"
            s.tree.index_children()


def _fronted_infinitive(s: EventSentence) -> None:
    first = next((t for t in s.tokens if s.pos(t) != "PUNCT"), None)
    if (first is None or s.tree.parent[first] is not None or s.pos(first) != "VERB"
            or s.feat(first, "VerbForm") != "Inf" or s.kids(first, "nsubj", "nsubj:pass")):
        return
    verb = next((t for t in s.tokens if t > first and s.tree.parent[t] is None and s.pos(t) == "VERB"
                 and s.feat(t, "VerbForm") == "Fin"), None)
    if verb is not None and not s.kids(verb, "xcomp", "ccomp") and s.kids(verb, "nsubj"):
        s.tree.parent[first], s.tree.rels[first] = verb, "xcomp"
        s.tree.index_children()


def _dashed_list(s: EventSentence) -> None:
    for t in s.tokens:
        head = s.tree.parent[t]
        if s.rel(t) != "parataxis" or head is None or s.pos(head) != "NOUN" or head > t:
            continue
        if not any(s.word(p) in DASHES for p in s.kids(t, "punct") if p < t):
            continue
        m = s.view.mention_at(t)
        if m is not None and (m["type"] == "PER" or (
                s.case(t) is None and (s.feat(head, "Number") == "Plur" or s.kids(head, "nummod", "nummod:gov")))):
            # («четыре арабские державы — Саудовская Аравия, ОАЭ, Египет и Бахрейн — заявили …», probe GJ)
            s.tree.rels[t] = "appos"
            s.tree.index_children()
        elif s.case(t) is not None and s.pos(t) in ("NOUN", "PROPN"):  # «ряд встреч – с президентом …»
            s.tree.rels[t] = "nmod"
            s.tree.index_children()


_STEPS = (
    club_city,
    _led_group,
    _part_of_day,
    _relative_clause_cycle,
    _escaped_from_relative_clause,
    _relative_clause_on_its_oblique,
    correlative,
    _apposition_after_participle,
    fronted_participle,
    _stranded_nominal,
    prepositional_subject,
    uncross_clauses,
    main_clause_oblique,
    dateline_subject,
    second_object,
    asked_object,
    object_after_reason,
    removed_object,
    _object_name,
    _listed_descriptor,
    backward_conjunct,
    headless_conjunct,
    gapped_list,
    stray_subject,
    next_clause_subject,
    conjunct_opening_clause,
    finite_conjunct_of_infinitive,
    disagreeing_subject,
    name_conjoined_to_place,
    listed_genitive,
    _name_glued_to_place,
    fronted_abbreviation,
    _fronted_infinitive,
    subject_after_object,
    _dashed_list,
    colon_list_subject,
    fronted_oblique_of_later_clause,
    object_after_quoted_name,
    acting_object,
    joined_phrase,
    oblique_past_participle,
    oblique_before_participle,
    genitive_after_phrase,
    _misplaced_nominals,
    rehang_names,
)
