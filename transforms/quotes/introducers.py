"""Introducers: the sentence before a block of dialogue or interview lines that says who speaks them («Трусова
прокомментировала свое выступление», «Один из журналистов спросил Путина …», «Пресс-конференция главного
тренера …»), and whether a cue introduces lines rather than saying something itself (docs/quotes.md §2)."""
from __future__ import annotations

from transforms.field_view import FieldView
from transforms.quotes.attribution import Attr, attr_for_cue, author_cue, cue_of, np_attr
from transforms.quotes.complement import question_word
from transforms.quotes.lexicon import ASKING, CONFERENCES, REACHING, is_document
from transforms.quotes.marks import ANY_QUOTE, COLON, mark_spans, name_in_marks, speech_like
from transforms.quotes.subjects import answered_question, common_noun, is_person_pronoun, named_person
from transforms.quotes.told_before import asked


def sentence_cue(f: FieldView, q0: int, q1: int) -> Attr | None:
    """The attribution of the first sentence of the paragraph [q0, q1) when its main verb is a cue
    with a person as its subject: the lead that introduces an interview, whatever follows it in its
    paragraph («Российская фигуристка Александра Трусова прокомментировала свое выступление … Трусова
    заняла третье место.»); a later sentence may tell of someone else («Ранее Смолов заявил …»)."""
    first = f.sentence_of(f.token_at(q0))
    attr = _person_cue(f, first)
    if attr is not None:
        return attr
    # «… Юрий Оганесян стал вторым … . Он ответил на вопросы РИА Новости.», «… Накануне премьеры
    # Шипенко рассказал о съемках.»: the paragraph's last sentence (the first too), right before the
    # lines, that introduces them, its subject a person, a pronoun or a descriptor
    last = f.sentence_of(f.token_at(len(f.text[:q1].rstrip()) - 1))
    return _person_cue(f, last, introducing=True) or _asked(f, last) or _reached(f, last) or conference_owner(f, first)


def conference_owner(f: FieldView, si: int) -> Attr | None:
    """«Пресс-конференция главного тренера сборной России. 20.11.2023» before the lines: the person in the
    genitive of a noun of a press event (quote_words.tsv `conference`) opening sentence `si`, after its adjectives
    («Большое интервью Николая Голдобина»), answers them,
    named or a descriptor resolved as a speaker's (probe FC)."""
    return occasion_owner(f, *f.sent_tokens[si])


def occasion_owner(f: FieldView, a: int, b: int) -> Attr | None:
    """The person in the genitive of a noun of an occasion of speaking (quote_words.tsv `conference`) that opens
    tokens [a, b) after its adjectives: «Пресс-конференция главного тренера сборной России», «митинг Навального в
    Челябинске»."""
    # («Большое интервью Николая Голдобина»: after its adjectives, probe HA)
    first = next((k for k in range(a, b) if f.tokens[k].pos not in ("PUNCT", "ADJ")), None)
    if first is None or f.lemma(first) not in CONFERENCES:
        return None
    owner = next((c for c in f.children(first) if f.rel(c) == "nmod" and f.feat(c, "Case") == "Gen"
                  and (f.feat(c, "Animacy") == "Anim" or (f.mention_at(c) or {}).get("type") == "PER")), None)
    return np_attr(f, owner, pos=f.tokens[owner].start) if owner is not None else None


def _reached(f: FieldView, si: int) -> Attr | None:
    """«"МК" в Питере» связался с женой американского узника, петербурженкой Аллой Бут, которая сейчас
    находится в Нью-Йорке.» right before the lines: the person named in the «с», «у» or «до» phrase of
    sentence `si`'s main verb of reaching someone (quote_words.tsv `reaching`) answers them (probe FW); the
    verb may hang on the root when the sentence before it is glued on («…тюрьмы).«МК» в Питере» связался …»)."""
    a, b = f.sent_tokens[si]
    verb = next((k for k in range(a, b) if f.lemma(k) in REACHING and f.pos(k) == "VERB" and (
        f.rel(k) == "root" or (f.rel(k) in ("parataxis", "conj") and f.rel(f.head(k)) == "root"))), None)
    for c in f.children(verb) if verb is not None else ():
        if f.rel(c) == "obl" and any(f.lemma(p) in ("с", "у", "до") for p in f.children(c) if f.rel(p) == "case"):
            m = next((m for x in (c, *(k for k in f.children(c) if f.rel(k) == "appos"))
                      if (m := named_person(f, x)) is not None), None)
            if m is not None:
                return Attr(label=m, source="label", pos=m["start"])
    return None


def _asked(f: FieldView, si: int) -> Attr | None:
    """«Один из журналистов спросил Путина о доверии.» right before the lines: the person sentence
    `si` asks (the named object of its main verb of asking) answers them (probe EA); so does one it
    asks by a descriptor or a pronoun, resolved as a speaker's («На пресс-конференции россиянку прежде
    всего спрашивали о …», probe EI)."""
    a, b = f.sent_tokens[si]
    root = next((k for k in range(a, b) if f.rel(k) == "root"), None)
    m = asked(f, root) if root is not None else None
    if m is not None:
        return Attr(label=m, source="label", pos=m["start"])
    addressee = next((c for c in f.children(root) if f.rel(c) in ("obj", "iobj") and (
        is_person_pronoun(f, c) or (f.feat(c, "Animacy") == "Anim" and common_noun(f, c)))), None) if (
        root is not None and f.lemma(root) in ASKING) else None
    if addressee is None:
        return None
    return np_attr(f, addressee, cue=f.word(root), pos=f.tokens[addressee].start)


def _person_cue(f: FieldView, si: int, introducing: bool = False) -> Attr | None:
    """The attribution of sentence `si` when its main verb is a cue whose subject is a person
    (`introducing`: a cue that says nothing of its own — «ответил на вопросы», «рассказал о съемках»,
    no clause, no quote — whose subject may be a personal pronoun or a descriptor, resolved as a
    speaker's: «После матча россиянин ответил на вопросы журналистов», probe EM)."""
    a, b = f.sent_tokens[si]
    root = next((k for k in range(a, b) if f.rel(k) == "root"), None)
    cue = cue_of(f, root) if root is not None else None
    if cue is None and introducing and root is not None and (_issues_document(f, root) or any(
            f.rel(c) == "obj" and cue_of(f, c, roles=("noun",)) is not None for c in f.children(root))):
        # «Киркоров записал видеообращение, …» ¶ «…»: the document's words (probe GG); «Луис Фернандо Суарес подвел
        # итоги матча …» ¶ «…»: a noun of saying's (speech_cues.tsv `noun`, probe IO)
        cue = author_cue(f, root)
    if cue is None or (introducing and not _introduces(f, root, a, b)):
        return None
    attr = attr_for_cue(f, root, cue)
    person = any((m := f.mention_at(j)) is not None and m["type"] == "PER" for j in attr.np_tokens or ())
    referring = introducing and attr.head is not None and (
        is_person_pronoun(f, attr.head) or (f.feat(attr.head, "Animacy") == "Anim" and common_noun(f, attr.head)))
    return attr if person or referring else None


def _issues_document(f: FieldView, v: int) -> bool:
    """Whether verb `v` issues a document (speech_cues.tsv `document`) as its object or «с» phrase: «записал
    видеообращение», «опубликовал заявление», «выступил с обращением»."""
    return any(is_document(f.lemma(c)) for c in f.children(v)
               if f.rel(c) == "obj" or (f.rel(c) == "obl" and any(f.word(p) in ("с", "со") for p in f.children(c))))


def introduced_by(f: FieldView, pos: int) -> Attr | None:
    """The attribution of the last sentence of the paragraph before the one at offset `pos` when it introduces
    what follows (`_person_cue`): «В комментарии радиостанции «Говорит Москва» Александр Лебедев опроверг эту
    информацию.» ¶ «Да я читал. …» → Лебедев (probe FR)."""
    p0 = f.paragraph_of(pos)[0]
    before = [(a, b) for a, b in f.paragraphs if b <= p0]
    if not before or not f.text[before[-1][0]:before[-1][1]].strip():
        return None
    last = f.sentence_of(f.token_at(len(f.text[:before[-1][1]].rstrip()) - 1))
    return _person_cue(f, last, introducing=True)


def _introduces(f: FieldView, root: int, a: int, b: int) -> bool:
    """Whether cue `root` of sentence [a, b) introduces lines to follow rather than saying something:
    it answers questions («ответил на вопросы»), or has no clause, quote or colon of its own
    («рассказал о съемках», not «Ранее Смолов заявил, что …»; a name in marks is no quote)."""
    if answered_question(f, a, b) is not None:
        return True
    # («рассказала нашему корреспонденту, почему выбрала эту пьесу»: a clause a question word opens is
    # what the lines will be about, nothing said yet)
    said = any(f.rel(c) in ("ccomp", "parataxis", "xcomp") and not _asks_about(f, root, c) for c in f.children(root))
    names = {j for k in range(a, b) if (close := name_in_marks(f, k, b)) is not None for j in (k, close)}
    # nor are words in marks that say nothing, a term or a title («за участие в «голой вечеринке»»)
    names |= {k for sp in mark_spans(f.text, f.paragraphs) if f.tokens[a].start <= sp.open < f.tokens[b - 1].stop
              and not speech_like(f, sp.open + 1, sp.close) for k in (f.token_at(sp.open), f.token_at(sp.close))}
    quoted = any(c in ANY_QUOTE for k in range(a, b) if k not in names for c in f.tokens[k].text)
    # (a score's colon is none: «подвел итоги матча … против Франции (0:3)», probe IO)
    colon = any(f.word(k) == ":" and COLON.match(f.text, f.tokens[k].start) for k in range(a, b))
    return not said and not colon and not any(f.word(k) == "что" for k in range(a, b)) and not quoted


def _asks_about(f: FieldView, root: int, c: int) -> bool:
    """Whether clause `c` of cue `root` opens with a question word after a comma (quote_words.tsv
    `question`): «рассказала, почему выбрала …»."""
    commas = [k for k in range(root + 1, c) if f.word(k) == ","]
    return bool(commas) and question_word(f, commas[-1] + 1)
