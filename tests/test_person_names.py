"""Person names in the nominative (transforms/person_names.py): one case per class of issue 17.

The factRuEval dev texts hold no example of these classes, so each case is the issue's own
example name, set in a news sentence; the expected canonical name is drawn under it.
"""

from __future__ import annotations

import pytest

from transforms.mentions import field_mentions
from transforms.nlp import analyse
from transforms.person_names import nominative_words

CASES = {
    "a woman's surname tagged masculine": (
        "Картину подарили Марье Арцыбушевой, а письмо Марианне Вертинской.",
        ["Марья Арцыбушева", "Марианна Вертинская"]),   # not «Марья Арцыбушев», «Марианна Вертинский»
    "a woman's first name fixes the surname": (
        "Роман Льва Толстого лежал рядом с письмом Софьи Толстой.",
        ["Лев Толстой", "Софья Толстая"]),
    "a foreign surname in an oblique case": (
        "Президент встретился с Хамидом Карзаем. Альбом Телониуса Монка вышел в 1957 году.",
        ["Хамид Карзай", "Телониус Монк"]),             # not «Хамид Карзаем», «Телониус Монка»
    "an indeclinable woman's surname": (
        "Он рассказал об Изе Кремер.",
        ["Иза Кремер"]),                                # a man's «Кремер» would decline: «Кремере»
    "names that keep their form": (
        "Приехал Иван Петров. Встреча с Виктором Бутом. Судья Мануэль Мехуто Гонсалес.",
        ["Иван Петров", "Виктор Бут", "Мануэль Мехуто Гонсалес"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_person_names(case):
    text, expected = CASES[case]
    names = [m.normal for m in field_mentions("body", analyse(text)) if m.type == "PER"]
    assert names == expected


def test_no_evidence_no_cut():
    """Without an oblique first name a surname keeps its letters («Тору Камикава» is indeclinable)."""
    class Reading:
        def __init__(self):
            self.tag = type("T", (), {"grammemes": frozenset()})()
            self.is_known = False


    assert nominative_words(["Тору", "Камикава"], ["Gen", "Gen"], ["тору", "камикава"],
                            lambda w: [Reading()]) == ["тору", "камикава"]
    assert nominative_words(["Хамида", "Карзая"], ["Gen", "Gen"], ["хамид", "карзая"],
                            lambda w: [Reading()]) == ["хамид", "карзай"]
