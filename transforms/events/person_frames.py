"""The sides of an event about a person (cameo.tsv `person_first`: appointment, resignation, election,
death, award; docs/events.md §4): the person it is about is actor1, who appoints, dismisses or
awards is actor2, and so is the body of the post when no one does it to them («стал премьер-министром
Великобритании» → Великобритания); a place is never that person.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from transforms.events import context, offices
from transforms.events.modality import decided
from transforms.events.sentence import EventSentence
from transforms.events.taxonomy import Code, Entry
from transforms.events.triggers import elected_posts, framed_posts, post_nouns
from transforms.events.partners import named_in
from transforms.events.words import DOERS, GIVERS, GOVERNMENT

if TYPE_CHECKING:
    from transforms.events.actor import Actor
    from transforms.events.frame_base import Frame


def about_a_person(s: EventSentence, t: int, entry: Entry, code: Code, f: Frame) -> None:
    """Set `f`'s sides, and its post bodies (`Frame.held`), for trigger `t` of a code about a person."""
    doer = entry.pos == "VERB" and (entry.lemma, entry.condition or "") in DOERS
    if doer and not any(a.type == "PER" for a in f.side2):
        f.side2 += offices.named_to_post(s, t)  # «назначил на пост министра Мурата Нуртлеу»
    if any(a.type == "PER" for a in f.side2) and not f.subject_first:
        f.side1, f.side2 = f.side2, f.side1
    elif doer:
        # «Путин назначил нового губернатора»: who appoints, dismisses or awards is not whom it is about; a
        # government dismissed whole leaves («Травников отправил в отставку правительство Новосибирской области»)
        bodies = [a for o in s.kids(t, "obj") if code.leaves_post and s.lemma(o) in GOVERNMENT
                  for a in s.entities(o) if a.type == "ORG"]
        f.side1, f.side2 = bodies, [a for a in f.side1 + f.side2 if a not in bodies]
    elif any(a.type == "PER" for a in f.side1) and any(a.type == "ORG" for a in f.side1):
        # «Министерство сельского хозяйства возглавил … Дмитрий Патрушев»: the parser takes the body
        # in the accusative, before the verb, for a second subject; the person is the subject. One after the
        # verb is the name of a body in someone's descriptor («заняли бывший председатель агентства
        # «Туркменский морской и речной транспорт» Батыр Аннаев», a conjunct to the parser, probe FO)
        f.side2 += [a for a in f.side1 if a.type == "ORG" and a.start < s.view.tokens[t].start]
        f.side1 = [a for a in f.side1 if a.type != "ORG"]
    if entry.pos == "VERB" and f.side1 and not any(a.type == "PER" for a in f.side2) and (givers := [
            a for h in [t, *s.kids(t, "obj")] for c in s.kids(h, "obl", "nmod") if s.case(c) == "из"
            and s.lemma(c) in GIVERS for a in named_in(s, c)]):
        # «получила из рук Президента композитор Александра Пахмутова»: who hands it over (the parser may hang the
        # phrase on the object: «Награду из рук губернатора … получил …»)
        f.side2 = givers
    # the person an appointment or a death is about is no place: «среди погибших были граждане Сомали»
    f.side1 = [a for a in f.side1 if a.type != "LOC"]
    # «стал премьер-министром Великобритании», «ушел с поста главы Дагестана»: the body is actor2,
    # of the person the event is about, when no one appoints or dismisses them
    posts = post_nouns(s, t) + elected_posts(s, t) + framed_posts(s, t)
    bodies = [a for p in posts for g in _body_genitives(s, p) for a in s.entities(g) if a not in f.side1 + f.side2]
    if f.side1 and bodies and f.side2 and all(_carried(s, t, a) for a in f.side2):
        # «Сапаров … назначен акимом Северо-Казахстанской области» after «Токаев подписал указ о назначении
        # акимов»: the post's body the sentence names is its other side, not the appointer carried from
        # another sentence (probe FE, as FA's annotators: «назначили на должность врио губернатора
        # Калининградской области» → the region)
        f.side2 = []
    if f.side1 and not any(a.type == "PER" for a in f.side2):
        f.side2 += bodies
    if f.side1 and not f.side2:
        # «Смирнов возглавил регион», «исполняющим обязанности главы региона назначен X»: a place named by
        # its kind only, the post's genitive or what the person heads, is the place of that kind named last
        genitives = [g for p in posts for g in s.kids(p, "nmod") if s.case(g) is None and s.feat(g, "Case") == "Gen"]
        nouns = genitives + (s.kids(t, "obj") if entry.pos == "VERB" else [])
        f.side2 += [a for g in nouns if (a := offices.generic_place(s, g)) is not None and a not in f.side1]
        if not f.side2:  # … and an organisation named by its kind in the post's genitive: «главы компании»
            f.side2 += [a for g in genitives if (a := offices.generic_body(s, g)) is not None and a not in f.side1][:1]
    if f.side1 and not f.side2 and entry.pos == "VERB":
        # «возглавил фракцию ЛДПР», «отделение «Сбербанка»»: what the person heads, named by its kind, is a unit
        # of the organisation in its genitive
        f.side2 += [a for o in s.kids(t, "obj") if s.entity(o) is None for g in s.kids(o, "nmod")
                    if s.case(g) is None and s.feat(g, "Case") == "Gen"
                    for a in s.entities(g) if a.type == "ORG" and a not in f.side1]
    if code.joins_body and entry.pos == "VERB" and f.side1 and not f.side2:  # «его назначили в Акмолинскую область»
        f.side2 += [a for c in s.kids(t, "obl") if s.case(c) == "в" and s.feat(c, "Case") == "Acc"
                    for a in s.entities(c) if a.type in ("LOC", "ORG") and a not in f.side1]
    # «губернатор Самарской области Николай Меркушкин ушел в отставку»; «стал Павел Малков, а Саратовской
    # области — Роман Бусаргин»: a person's own post body
    # (a list of people: the same person found twice, «с тренером … Станиславом Черчесовым», is one)
    if (code.leaves_post and not f.side2) or (len({a.entity_id for a in f.side1}) > 1 and code.on_post):
        f.held = {a.entity_id: body for a in f.side1
                  if a.type == "PER" and (body := offices.held_post_body(s, a, code.leaves_post))}
        # the body of someone's post is not a second person the event is about («Президент Федерации
        # фехтования России Александр Михайлов переизбран»: the federation is his post's)
        bodies = {b.entity_id for held in f.held.values() for b in held}
        f.side1 = [a for a in f.side1 if a.type == "PER" or a.entity_id not in bodies]
    if (code.personnel and f.side1 and not f.side2 and not f.held and not decided(s, t) and not _other_subject(s, t, f)
            and not _own_leaving(s, t, code, f)):
        # «Лукашенко подписал указ о назначении нового главы МИД. … ведомство возглавит Максим Рыженков»: with no
        # one and no body on the other side, who last made such a decision in the article made this one (not
        # one the person decided: «Махинда Раджапакса решил покинуть пост», probe FJ, nor made: `_own_leaving`)
        f.side2 = context.last_doer(s, t, code.root)
    if (code.on_post and s.home is not None and f.side1 and not f.side2 and not f.held
            and s.home.entity_id not in {a.entity_id for a in f.side1}):
        # «"Чайка" сменила главного тренера»: … «Исполняющим обязанности главного тренера назначен Анзур Садиров»: a
        # post no one and no body is named with is one of the organisation a headline about a post names
        f.side2 = [replace(s.home, start=s.view.tokens[t].start)]


def _body_genitives(s: EventSentence, p: int) -> list[int]:
    """The genitives of post `p` that may name its body: its own, and through one that names nothing, the
    sphere of the post, that one's own: «стал министром обороны России», «министром культуры СССР» (probe HN)."""
    out = []
    for g in s.kids(p, "nmod"):
        if s.case(g) is None and s.feat(g, "Case") == "Gen":
            out += [g] if s.entities(g) else [k for k in s.kids(g, "nmod")
                                              if s.case(k) is None and s.feat(k, "Case") == "Gen"]
    return out


def _other_subject(s: EventSentence, t: int, f: Frame) -> bool:
    """Whether verb `t` has a subject that is none of the persons the frame is about: «Совет директоров
    «Аэрофлота» отправил в отставку Окулова» names who decided, though no entity (probe GS, gs02)."""
    ids = {a.entity_id for a in f.side1}
    return any(not ids & {a.entity_id for a in s.entities(c)} for c in s.kids(t, "nsubj"))


def _own_leaving(s: EventSentence, t: int, code: Code, f: Frame) -> bool:
    """Whether the people the frame is about leave their post by their own act, the subject of an active verb
    of leaving: «Сегодня Серж Саргсян покинул должность премьер-министра» after «Президент Армении Армен Саргсян
    подписал постановление об отставке правительства» was dismissed by no one (probes IV, JD)."""
    if not code.leaves_post or s.pos(t) != "VERB" or s.feat(t, "Voice") == "Pass":
        return False
    ids = {a.entity_id for a in f.side1}
    return any(ids & {a.entity_id for a in s.entities(c)} for c in s.kids(t, "nsubj"))


def _carried(s: EventSentence, t: int, a: Actor) -> bool:
    """Whether actor `a` of trigger `t` was carried from another sentence (`context.doer_of_passive`, a
    decree's signer): no word of this sentence names them."""
    return a.via == "coreference" and a.start in (-1, s.view.tokens[t].start)
