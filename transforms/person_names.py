"""The nominative of a person's name where natasha's word-by-word inflection misses it.

natasha inflects each word of a name alone, with the tags its tagger gave, and these classes of
Russian names fall through (issue 17, docs/entities.md §3):

- **women's surnames and patronymics tagged masculine** («Марье Арцыбушевой» → «Марья
  Арцыбушев»): one whose every surname or patronymic reading is feminine (-овой, -евой, -иной,
  -ской, -овне), or any after a first name that is only a woman's, takes its feminine
  nominative («Арцыбушева», «Вертинская», «Иосифовна»), and the woman's first name its own
  («Наине» → «Наина»); after a woman's first name, a surname the dictionary lacks takes the
  nominative of its -ова/-ева/-ина/-ская ending («Марины Сечиной» → «Сечина», not «Сечиный»);
- **a woman's indeclinable surname** («Изы Кремер»: a consonant-final surname written as is in
  an oblique case is a woman's, since a man's declines) makes the first name a woman's («Иза»);
- **foreign surnames the dictionary lacks** («Хамида Карзая» → «Хамид Карзая»): when the first
  name was inflected out of an oblique case, the surname is in that case too, and the regular
  masculine endings come off — -а/-у/-ом/-е after a consonant («Монка» → «Монк»), -я/-ю/-ем/-е
  after a vowel («Карзая» → «Карзай»); a foreign first name likewise when the surname was
  inflected («Гаррета Рейсмана» → «Гаррет Рейсман»), and an unknown surname after an
  indeclinable first name when the tagger puts both words in one genitive, dative or
  instrumental case («Кими Райкконена» → «Кими Райкконен», «Сейджи Маехары» → «Сейджи
  Маехара»); the first name's case wins over a different tag on the surname («Виллему Коку» →
  «Кок»), and no fleeting vowel comes into a foreign surname («Телониусом Монком» → «Монк», not
  «Монок»); an unknown surname in «-ы» after a consonant, which no man's nominative has, is the
  genitive of an «-а» surname whatever its tag («Сейджи Маехары», tagged nominative), and one in
  «-овым», «-иным» an instrumental, with the first name before it («Садыром Жапаровым», tagged
  nominative, → «Садыр Жапаров»); a man's «-у» surname after a genitive or accusative first name is an
  «-а» surname's accusative («Владимира Кара-Мурзу» → «Кара-Мурза»); a first name the dictionary lacks
  in «-а» after a consonant, tagged genitive or accusative, is a man's («Лорана Винатье» → «Лоран»);
  an East Asian name declines its last word only («Ким Чен Ына» → «Ким Чен Ын»);
- **a woman's adjectival surname made a man's** («Людмиле Навальной» → «Навальный») takes its
  feminine form, and her «-а» surname in «-е» after her declined first name its «-а» («Марии Рессе»),
  as one in «-у» after her accusative one («Марию Рессу»);
- **indeclinable surnames the dictionary knows** («Эмиля Золя», «Виктора Гюго») keep their form
  («Золя», not «Золь»), and so does a first name the dictionary knows only as a common noun
  before a surname left as written («Тору Камикава», not «Тор»: «тору» is a form of «тор»).
  Without such evidence a word keeps its form: a name written in the nominative or an
  indeclinable one («Тору Камикава», «Киран Гиббс») must not lose letters.

The endings themselves are spelt by `transforms.name_endings`, and what the dictionary says of one
word by `transforms.name_readings`; this module decides which word of a name takes which, from its
tags and the dictionary. Pure functions over words and tags;
`forms(word)` is the morphology dictionary's readings (`transforms.nlp.morph_vocab().parse`),
passed in so that this module holds the rule alone.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from transforms import wordlists
from transforms.name_endings import (
    CASE_ENDINGS, FAMILY_PLURALS, FEMININE_ENDINGS, VOWELS, WOMANS_NOMINATIVE, WOMANS_OBLIQUE, consonant_final,
    family_surname, foreign_feminine_nominative, foreign_nominative, instrumental_surname, womans_adjectival,
    womans_surname_nominative,
)
from transforms.name_case_signs import (accusative_a, adjective_of_hers, fleeting, indeclinable_i, instrumental_om,
                                       om_after_consonant, vowel_i)
from transforms.names import east_asian, fold
from transforms.name_readings import (
    common_noun_only, has_reading, indeclinable_surname, is_womans_first_name, one_form_for_every_case,
    place_only, spoken_vocative, surname_readings, womans_first_name_nominative, womans_name, womans_name_declines,
)

#: a man's adjectival surname in an oblique case: «Немчинскому», «Загорского», «Троцким» → «-ский», «-цкий»
_ADJECTIVAL_OBLIQUE = re.compile(r"(\w+[сц]к)(?:ого|ому|им|ом)")
# a village's name from a surname («Цуканово», «Зиновьево»): the -ов/-ин surname plus «-о»
_VILLAGE_OF_SURNAME = re.compile(r"\w+(?:ов|ев|ёв|ин|ын)о")


def _plural_of_another(word: str, inflected: str, case: str | None, forms: Callable) -> bool:
    """Whether natasha's nominative of a name's word tagged nominative is another name whose plural (or
    spoken vocative) the word is: «Илон Маск» → not «Илона» («Илон»: «Илона»'s genitive plural) — one
    person's name is singular, and a nominative keeps its form."""
    if case != "Nom" or inflected == word:
        return False
    readings = [p for p in forms(word) if p.is_known and p.normal_form == inflected]
    return bool(readings) and all("plur" in p.tag.grammemes or spoken_vocative(p) for p in readings)


def polite_address(words: Sequence[str], forms: Callable) -> bool:
    """A first name and a patronymic, no surname («Александр Викторович», «Наина Иосифовна»)."""
    return len(words) == 2 and has_reading(fold(words[1]), forms, "Patr")


def _feminine_nominative(word: str, forms: Callable, woman: bool) -> str | None:
    readings = surname_readings(word, forms)
    fem = [p for p in readings if "femn" in p.tag.grammemes and "Fixd" not in p.tag.grammemes]
    if not fem or not (woman or len(fem) == len(readings)):
        return None
    nominative = fem[0].inflect({"Nom", "Sing"})
    return nominative.word if nominative is not None else None


def _accusative_u(word: str, case: str | None, own: str | None) -> bool:
    """Whether a man's surname in «-у» after a consonant is an «-а» surname's accusative: the first name
    and it are in the genitive or the accusative, which a man's animate name shares («Владимира Кара-Мурзу»,
    «Саидакрами Рачабализоду», tagged genitive), and «-у» is no genitive."""
    return case in ("Gen", "Acc") and own in ("Gen", "Acc") and word.endswith("у") and consonant_final(word[:-1])


def _womans_a_surname(word: str, case: str | None, forms: Callable) -> str | None:
    """A woman's surname of the -а declension the dictionary lacks, in the dative or locative after her
    declined first name («Марии Рессе» → «ресса»), or in the accusative after her accusative one («Марию
    Рессу»); None unless «-е», «-у» follows a consonant."""
    if not consonant_final(word[-2:-1]) or any(p.is_known for p in forms(word)):
        return None
    if word.endswith("у"):
        return foreign_feminine_nominative(word, "Acc") if case == "Acc" else None
    return foreign_feminine_nominative(word, "Loc")  # «-е» after a consonant; the stem at least three letters


def _mans_first_name_in_genitive(word: str, forms: Callable) -> str | None:
    """A first name the dictionary lacks, each part «-а» after a consonant («лорана», «фостена-арканжа»):
    its nominative without «-а» («лоран», «фостен-арканж»), or None."""
    parts = word.split("-")
    if not all(len(p) >= 4 and p.endswith("а") and consonant_final(p[:-1]) for p in parts):
        return None
    if any(q.is_known and {"Name"} & q.tag.grammemes for q in forms(word)):
        return None
    return "-".join(p[:-1] for p in parts)


def _declined_as_mans(written: str, inflected: str) -> bool:
    """Whether natasha declined a name word as only a man's declines: to a consonant-final nominative that is no
    Russian surname in «-ов», «-ев», «-ин» (whose «-ова», «-ина» may be a woman's nominative too)."""
    return (inflected != written and consonant_final(inflected)
            and not inflected.endswith(("ов", "ев", "ёв", "ин", "ын")))


def nominative_words(texts: Sequence[str], cases: Sequence[str | None], inflected: Sequence[str],
                     forms: Callable) -> list[str]:
    """The words of a person's name in the nominative: natasha's `inflected` forms of the
    words `texts` (tagged with `cases`), with the classes above mended; a mended word is
    lower case, like natasha's (the caller restores the written shape)."""
    out = list(inflected)
    if not texts:
        return out
    written, infl = [fold(t) for t in texts], [fold(w) for w in inflected]
    for i, w in enumerate(written):
        if _plural_of_another(w, infl[i], cases[i], forms):
            out[i] = infl[i] = w
        elif cases[i] == "Ins" and w.endswith("ием") and infl[i] == w[:-1]:
            out[i] = infl[i] = w[:-3] + "ий"  # «Абием Ахмедом» → «Абий», not natasha's «Абие» (as «Юрием» → «Юрий»)
    several = len(texts) > 1
    # «Камилу Валиеву» (a man's dative or a woman's accusative): the first name natasha inflected to a
    # woman's nominative makes the surname hers too, not «Камила Валиев»
    # (not when natasha declined a foreign consonant-final surname, which only a man's does: «Киру Стармеру»)
    mans_surname = _declined_as_mans(written[-1], infl[-1])
    # («Эммануэля Макрона»: a woman's «Эммануэль» does not decline, so the declined name is a man's)
    if (any(_declined_as_mans(written[j], infl[j]) for j in range(1, len(texts))) and infl[0] == written[0]
            and written[0].endswith(("ия", "ию")) and not any(p.is_known for p in forms(written[0]))):
        # «Абия Ахмеда Али», «Абию Ахмеду»: an unknown first name in «-ия», «-ию» before a name word declined as
        # a man's is his «-ий» in the genitive or dative, as «Юрия» is «Юрий» (probe GN)
        out[0] = infl[0] = written[0][:-1] + "й"
    woman = several and not mans_surname and (womans_name(written[0], forms) or (
        infl[0] != written[0] and is_womans_first_name(infl[0], forms) and womans_name_declines(infl[0], forms)))
    womans_nominative = written[-1].endswith(WOMANS_NOMINATIVE) and cases[-1] in ("Gen", "Acc")
    if (several and not woman and (written[-1].endswith(WOMANS_OBLIQUE) or womans_nominative)
            and infl[0] == written[0] and consonant_final(written[0])
            and not any(p.is_known for p in forms(written[0]))):
        # «Сулушаш Курманбекову»: a consonant-final first name left as written before a surname in an
        # oblique case is a woman's (a man's would decline with it: «Ержану Курманбекову»); so is one before
        # «-ова», «-ина» tagged a man's genitive: «Мехрибан Алиева» is her nominative (probe FO)
        woman = True
        if womans_nominative:
            out[-1] = infl[-1] = written[-1]
    last = written[-1]
    if several and not woman and cases[-1] in CASE_ENDINGS and consonant_final(last) and infl[-1] == last:
        # a consonant-final surname left as written in an oblique case is a woman's: a man's declines;
        # her first name the dictionary lacks is of the -а/-я declension («Мирьяной Сполярич» → «Мирьяна»)
        first = womans_first_name_nominative(written[0], forms)
        if first is None and cases[0] in FEMININE_ENDINGS and not any(p.is_known for p in forms(written[0])):
            first = foreign_feminine_nominative(written[0], cases[0])
        if first is not None:
            out[0], woman = first, True
    elif woman and infl[0] == written[0]:
        out[0] = womans_first_name_nominative(written[0], forms) or out[0]  # «Марианне», tagged masculine
    if (several and not woman and cases[0] in ("Gen", "Acc") and infl[0] == written[0] and infl[-1] == written[-1]
            and (bare := _mans_first_name_in_genitive(written[0], forms)) is not None):
        # «гражданина Франции Лорана Винатье», «президента ЦАР Фостена-Арканжа Туадеру»: a first name the
        # dictionary lacks, «-а» after a consonant in the genitive or accusative, is a man's (a woman's
        # ends «-ы», «-у» there); a man's «-а» surname in the accusative ends «-у» («Туадеру» → «Туадера»)
        out[0] = bare
        if cases[0] == "Acc" and (a_form := foreign_feminine_nominative(written[-1], "Acc")) is not None:
            out[-1] = a_form
        infl[0] = bare  # from here on the first name counts as declined, as if natasha had inflected it
    if (several and not woman and cases[0] == "Acc" and infl[0] == written[0] and written[0].endswith("ы")
            and cases[-1] == "Gen" and (genitive := foreign_feminine_nominative(written[0], "Gen"))):
        # «премьер-министра Махинды Раджапаксы», the first name tagged accusative, the surname genitive: an «-а»
        # name's accusative ends «-у», so «-ы» is its genitive → «Махинда»
        out[0] = infl[0] = genitive
        cases = ["Gen", *cases[1:]]
    if (several and not woman and cases[0] == "Gen" and infl[0] == written[0]
            and _accusative_u(written[0], "Gen", "Gen") and not has_reading(written[0], forms, "nomn")
            and (accusative := foreign_feminine_nominative(written[0], "Acc"))):
        # «сменив основателя «Грузинской мечты» Бидзину Иванишвили», the first name tagged genitive: «-у» after a
        # consonant is no genitive of a name, but an «-а» name's accusative (a man's animate one has the
        # genitive's form, so the tagger confuses them) → «Бидзина» (probe FO)
        out[0] = infl[0] = accusative
        cases = ["Acc", *cases[1:]]
    first_was_oblique = several and infl[0] != written[0]
    last_was_oblique = several and infl[-1] != written[-1]
    # the case of a middle word natasha declined after a first name it left («Абдель Фаттахом …»)
    middle_case = next((cases[j] for j in range(1, len(texts) - 1)
                        if infl[j] != written[j] and cases[j] in CASE_ENDINGS), None)
    if (not woman and last_was_oblique and infl[0] == written[0] and cases[0] in CASE_ENDINGS
            and not surname_readings(written[0], forms)):
        out[0] = foreign_nominative(written[0], cases[0]) or out[0]  # «Гаррета Рейсмана» → «Гаррет»
    if (several and not woman and infl[0] == written[0] and written[0].endswith("ой")
            and not has_reading(written[0], forms, "nomn")):
        # no man's first name ends in «-ой» after a consonant: it is an «-а» name's instrumental,
        # whatever the tag («с председателем парламента этой страны Шалвой Папуашвили», tagged Nom);
        # `foreign_nominative` checks the consonant and the length («Рой» keeps)
        out[0] = foreign_nominative(written[0], "Ins") or out[0]
    if several and infl == written and instrumental_om(written[0], forms) and all(
            instrumental_om(w, forms) or (w == written[-1] and one_form_for_every_case(w, forms))
            for w in written[1:]):
        # «с министром … Зохрабом Мнацаканяном» (tagged genitive): every word in «-ом» after a consonant, no
        # nominative the dictionary knows ends so, is a man's name in the instrumental; so is the first name
        # before a surname that does not decline («с послом Ирана Каземом Джалали», tagged Nom, probe GJ)
        out = [(instrumental_om(w, forms) and foreign_nominative(w, "Ins")) or w for w in written]
        infl = list(out)
    if several and indeclinable_i(written[0], infl[0], forms) and infl[0][-1] != "ь" and infl[-1] == written[-1]:
        out[0] = written[0]  # «Бриттни Грайнер», not «Бриттня»: as below, a first name
    for i in range(1 if several else 0, len(texts)):
        if woman and "-" in written[i].strip("-"):
            # «Ольги Василевской-Смаглюк»: each part of a woman's double surname is hers, declined apart
            out[i] = "-".join(_feminine_nominative(part, forms, True) or womans_surname_nominative(part) or part
                              for part in written[i].split("-"))
            continue
        family = family_surname(written[i], woman) if several and i == len(texts) - 1 else None
        if family is not None and infl[0] == written[0]:
            out[i] = family  # «Гусейн Сафаровы» → «Сафаров», not «Сафарова»; the first name in the nominative
            continue
        female = _feminine_nominative(written[i], forms, woman)
        if female is None and woman and i == len(texts) - 1:
            female = (womans_surname_nominative(written[i])  # «Марины Сечиной», a surname the dictionary lacks
                      or womans_adjectival(written[i], infl[i])
                      or (_womans_a_surname(written[i], cases[0], forms)
                          if several and out[0] != written[0] and infl[i] == written[i] else None))
        if female is None and not woman and i == len(texts) - 1 and adjective_of_hers(written[i], infl[i]):
            female = womans_surname_nominative(written[i])
        if female is not None:
            out[i] = female
        elif (not woman and i == len(texts) - 1 and first_was_oblique and infl[i] == written[i]
              and (cases[i] in CASE_ENDINGS or cases[0] in CASE_ENDINGS)):
            # the surname shares the first name's case, which the dictionary knows better than the
            # tagger the surname's: «Бесселю Коку» (tagged Nom or Gen) → «Кок»; a man's «-а» surname
            # declines like «Маша»: «Ивана Кулебы», «Дмитрия Кулебу» → «Кулеба»
            out[i] = (cases[0] in CASE_ENDINGS and foreign_nominative(written[i], cases[0])
                      or cases[i] in CASE_ENDINGS and foreign_nominative(written[i], cases[i])
                      or cases[0] in FEMININE_ENDINGS and foreign_feminine_nominative(written[i], cases[0])
                      or _accusative_u(written[i], cases[0], cases[0]) and foreign_feminine_nominative(written[i], "Acc")
                      or out[i])
        elif (not woman and i == len(texts) - 1 and not first_was_oblique and middle_case is not None
              and infl[i] == written[i] and (declined := foreign_nominative(written[i], middle_case))):
            # the surname shares the case of a middle name declined after an indeclinable first one: «с главой
            # Суверенного Совета Абдель Фаттахом аль-Бурханом» (tagged a particle) → «аль-Бурхан»
            out[i] = declined
        elif indeclinable_i(written[i], infl[i], forms) and (several or infl[i][-1] != "а") and (
                i == len(texts) - 1 if infl[i][-1] == "ь" else not first_was_oblique or vowel_i(written[i], infl[i])):
            # a foreign name in «-и» is indeclinable: «Нарендры Моди» → «Моди», not «Модь»; «Марио Драги»,
            # «Бриттни Грайнер», «ас-Сиси», not «Драга», «Бриттня», «ас-Сися» (the dictionary's genitive
            # of a common noun, or its guess of one) — unless the declined first name shows the case:
            # «Евгения Зори» → «Зоря»; a surname alone too: «визит Пелоси» → «Пелоси», not «Пелось» (probe FP),
            # though not one natasha read as an «-а» word's genitive: «Инстасамки» → «Инстасамка»
            out[i] = written[i]
        elif (several and not woman and i == len(texts) - 1 and infl[i] != written[i]
              and _VILLAGE_OF_SURNAME.fullmatch(infl[i]) and (place_only(written[i], forms) or (
                  first_was_oblique and not any(p.is_known for p in forms(written[i]))))):
            # a man's -ов/-ин surname the dictionary knows only as a village: «Николая Цуканова» →
            # «Цуканов», not «Цуканово»; or does not know at all, after a declined first name: «Сергею
            # Ревину» → «Ревин», not the guessed neuter «Ревино»
            out[i] = infl[i][:-1]
        elif (not woman and i == len(texts) - 1 and cases[i] in CASE_ENDINGS
              and fleeting(written[i], infl[i], cases[i], forms)):
            out[i] = foreign_nominative(written[i], cases[i])  # «Телониусом Монком» → «Монк», not «Монок»
        elif (not woman and len(texts) == 2 and i == 1 and not first_was_oblique and infl[i] == written[i]
              and (cases[0] == cases[i] in _AGREED_CASES or _accusative_u(written[i], cases[0], cases[i])
                   or accusative_a(written[i], cases[0], cases[i]))
              and (not any(p.is_known for p in forms(written[i])) or common_noun_only(written[i], forms))):
            # an indeclinable first name and an unknown surname the tagger puts in one oblique case:
            # «Кими Райкконена» → «Райкконен», «Сейджи Маехары» → «Маехара» (a man's -а surname
            # declines like «Маша», «Саидакрами Рачабализоду» → «Рачабализода» in the accusative; a man's
            # consonant-final one has the genitive's «-а» there: «арестовать Эво Моралеса» → «Моралес»); not
            # the locative, where «-е» is either («Маехаре», «Кердпуле»); a surname the dictionary knows only
            # as a common noun is as unknown («Чарли Кирка», not the pickaxe «кирка»)
            if _accusative_u(written[i], cases[0], cases[i]):
                out[i] = foreign_feminine_nominative(written[i], "Acc") or out[i]
            elif accusative_a(written[i], cases[0], cases[i]):
                out[i] = foreign_nominative(written[i], "Gen") or out[i]
            else:
                out[i] = (foreign_nominative(written[i], cases[i])
                          or foreign_feminine_nominative(written[i], cases[i]) or out[i])
        elif (several and not woman and i == len(texts) - 1 and infl[i] in (written[i], written[i][:-2] + "ый")
              and instrumental_surname(written[i])):
            # no nominative ends in «-овым», «-иным»: it is a surname in the instrumental, whatever its tag,
            # and so is the first name before it («Садыром Жапаровым», tagged nominative); not an adjective's
            # either, which natasha makes of one the dictionary lacks («Андреем Травниковым» → «Травниковый»)
            out[i] = foreign_nominative(written[i], "Ins")
            if infl[0] == written[0] and not surname_readings(written[0], forms):
                out[0] = foreign_nominative(written[0], "Ins") or out[0]
        elif (not woman and 0 < i < len(texts) - 1 and first_was_oblique and infl[i] == written[i]
              and cases[0] in CASE_ENDINGS
              and (not any(p.is_known for p in forms(written[i])) or written[i - 1] in _SON_OF)):
            # a second first name after a declined first name shares its case, whatever its own tag:
            # «Фостеном Арканжем Туадерой» → «Арканж», not «Арканжем»; so does a father's name after «бен»,
            # whatever else the dictionary knows it as («Тамима бен Хамада» → «Хамад», not the desert)
            out[i] = foreign_nominative(written[i], cases[0]) or out[i]
        elif (several and not woman and i == len(texts) - 1 and infl[i] == written[i] and written[i][-1:] == "ы"
              and written[i][-2:-1] not in VOWELS and not any(p.is_known for p in forms(written[i]))):
            # no man's surname ends in «-ы» after a consonant: an unknown one is the genitive of an
            # «-а» surname, whatever the tag («министра … Сейджи Маехары», tagged nominative)
            out[i] = foreign_feminine_nominative(written[i], "Gen") or out[i]
        elif ((len(texts) >= 3 or (several and (has_reading(written[0], forms, "Fixd", "Name") or (
                consonant_final(written[0]) and not any(p.is_known for p in forms(written[0])))))) and not woman
              and i == len(texts) - 1 and infl == written
              and om_after_consonant(written[i]) and not any(p.is_known for p in forms(written[i]))):
            # a name of three words or more, or after an indeclinable first name, in which only the last
            # declines, as East Asian names do: «-ом» after a consonant is its instrumental, whatever the
            # tags («Ле Хоай Чунгом», «премьером Госсовета КНР Ли Цяном»); so after an unknown consonant-final
            # first word left as written, which a man's first name would not be (it declines with the surname:
            # «Зохрабом»): a Mongolian father's name in «-ийн», «-ын» («министром обороны Монголии Гурсэдийн
            # Сайханбаяром», probe HW)
            out[i] = foreign_nominative(written[i], "Ins") or out[i]
        elif (len(texts) >= 3 and not woman and i == len(texts) - 1 and infl == written
              and (cases[i] in ("Gen", "Acc") or written[i].endswith("я"))
              and east_asian(written) and written[i].endswith(("а", "я"))
              and consonant_final(written[i][:-1]) and not any(p.is_known for p in forms(written[i]))):
            # the same names of one-syllable words in the genitive or accusative: «Ким Чен Ына» → «Ын», «Юн Сок
            # Ёля» → «Ёль» (a soft stem, which no such name ends in, whatever the tag: probe FD)
            out[i] = written[i][:-1] + ("ь" if written[i].endswith("я") else "")
        if (not woman and i == len(texts) - 1 and not infl[i].endswith(("ий", "ой"))
                and (adjectival := _ADJECTIVAL_OBLIQUE.fullmatch(written[i]))
                and not (cases[i] == "Ins" and written[i].endswith("ом"))):
            # an adjectival surname the dictionary lacks, which it guesses a noun: «Руслану Немчинскому»
            # → «Немчинский», not «Немчинском»; «-ском» tagged instrumental is a noun's («Илоном Маском»:
            # an adjective's instrumental is «-ским»)
            out[i] = adjectival.group(1) + "ий"
        if indeclinable_surname(written[i], forms):
            out[i] = written[i]  # «Эмиля Золя» → «Золя», not «Золь»: the dictionary's indeclinable surname
        elif (i == len(texts) - 1 and written[i].endswith(("ых", "их")) and len(written[i]) > 4
              and not written[i].lower().endswith(FAMILY_PLURALS)):
            # a surname in «-ых», «-их» is an old genitive plural, never declined: «подписанное Русских»,
            # «Никиты Белых» keep it (the dictionary reads an adjective: «Русский»); «братьев Ямадаевых»
            # is the family of an «-ев» surname, declined
            out[i] = written[i]
    if (several and infl[0] != written[0] and infl[-1] == written[-1] and out[-1] == infl[-1]
            and common_noun_only(written[0], forms) and all(infl[i] == written[i] for i in range(1, len(texts)))):
        # «Тору Камикава»: no «тор» (a torus) is anyone's first name — unless the surname was found
        # oblique above, and the name with it («Хаканом Фиданом» → «Хакан Фидан», «хакан» a title), or
        # a middle name declined shows the case («Рока Марка Кристиана Каборе» → «Рок Марк Кристиан»)
        out[0] = written[0]
    if (len(texts) == 2 and not woman and infl[0] == written[0] and consonant_final(written[0])
            and written[-1].endswith("ой") and out[-1] != written[-1] and not east_asian(written)):
        # «назначен глава МИД Аурел Чокой»: a man's consonant-final first name written as its nominative shows
        # the case, and a surname in «-ой» agrees with it (as «Лев Толстой»), not an «-а» name's instrumental
        # («с Хамидом Чокой» declines the first name too)
        out[-1] = written[-1]
    last = written[-1]
    if several and last.endswith("ия") and out[-1] == last[:-1] + "й" and not has_reading(out[-1], forms, "Surn"):
        # «сменив Георгия Гахария», «Звиада Гамсахурдия»: a surname in «-ия» after a first name is no genitive
        # of an «-ий» one, which no surname the dictionary lacks ends in; it stays (Georgian ones do not
        # decline, and one that does, «Берии», would end «-ии», probe FO)
        out[-1] = last
    return out


_AGREED_CASES = ("Gen", "Dat", "Ins")
_SON_OF = wordlists.groups("name_particles.tsv")["before"]  # «бен», «ибн»: the father's name follows
