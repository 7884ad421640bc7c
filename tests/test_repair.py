"""Scraped-text repair: one real-news line per class of debris, and the text it becomes."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.parse import parse_file
from transforms.repair import repair

CASES = [
    pytest.param("Акционеры ОАО &laquo;Аврора&raquo; одобрили сделку",
                 "Акционеры ОАО «Аврора» одобрили сделку", ("html_entities",), id="named-entities"),
    pytest.param("Акционеры ОАО &laquoАврора&raquo одобрили сделку",
                 "Акционеры ОАО «Аврора» одобрили сделку", ("html_entities",), id="entities-without-semicolon"),
    pytest.param("&#171;Роснефть&#187; &#8212; крупнейшая компания, &#x2014; сообщил он",
                 "«Роснефть» — крупнейшая компания, — сообщил он", ("html_entities",), id="numeric-entities"),
    pytest.param("Глава &amp;quot;Газпрома&amp;quot; прибыл",
                 'Глава "Газпрома" прибыл', ("html_entities",), id="double-encoded"),
    pytest.param("Компании R&D и AT&T, Procter&Gamble, A&news",
                 "Компании R&D и AT&T, Procter&Gamble, A&news", (), id="ampersand-is-text"),
    pytest.param("<p>Путин прибыл в Пекин.</p><p>Визит продлится <b>два</b> дня.<br><br>Итоги</p>",
                 "\n\nПутин прибыл в Пекин.\n\n\n\nВизит продлится два дня.\n\nИтоги\n\n", ("html_tags",),
                 id="paragraph-and-inline-tags"),
    pytest.param('Об этом сообщает <a href="https://ria.ru/a?b=1&amp;c=2">РИА Новости</a>.',
                 "Об этом сообщает РИА Новости.", ("html_tags",), id="link"),
    pytest.param("Текст.<script type='text/javascript'>if (a<b) {x()}</script> Ещё текст.",
                 "Текст. Ещё текст.", ("html_tags",), id="script-dropped"),
    pytest.param("Курс x<y>z и <Газпром>", "Курс x<y>z и <Газпром>", (), id="angle-brackets-are-text"),
    pytest.param("«Мастер и Маргарита»: Булгaкoвa Воланд, Гapгaнтюa, Максом Шpeм",
                 "«Мастер и Маргарита»: Булгакова Воланд, Гаргантюа, Максом Шрем", ("mixed_script",),
                 id="latin-in-cyrillic"),
    pytest.param("Компания Googlе и сеть Facеbook", "Компания Google и сеть Facebook", ("mixed_script",),
                 id="cyrillic-in-latin"),
    pytest.param("Завод KAMAЗ выпустил iPhone-чехлы", "Завод КАМАЗ выпустил iPhone-чехлы", ("mixed_script",),
                 id="mixed-word-parts"),
    pytest.param("ко\u00adман\u200bда и\u2060гро\ufeffков", "команда игроков", ("invisible_chars",),
                 id="invisible"),
    pytest.param("слово&shy;перенос и&nbsp;пробел", "словоперенос и пробел", ("html_entities", "invisible_chars"),
                 id="entities-that-decode-to-invisible"),
]


@pytest.mark.parametrize("raw, repaired, kinds", CASES)
def test_repair(raw, repaired, kinds):
    assert repair(raw) == (repaired, kinds)


def test_a_title_stays_one_line():
    assert repair("<h1>Путин</h1><br>прибыл &#10;в Пекин", one_line=True) == ("Путин прибыл в Пекин", ("html_tags", "html_entities"))


def test_the_parsed_article_is_the_repaired_text_and_says_so():
    raw = (" date 2025-09-23 Визит &laquo;Шpeма&raquo;\n\n<p>Глава ОАО &laquoАврора&raquo прибыл.</p>\n"
           "<p>Он встретился с министром.</p>\n").encode()
    article, = parse_file("a.txt", raw, today=dt.date(2025, 9, 24))
    assert article.title == "Визит «Шрема»"
    assert article.body == "Глава ОАО «Аврора» прибыл.\n\nОн встретился с министром."
    assert article.lead == "Глава ОАО «Аврора» прибыл."
    assert article.repairs == ("html_tags", "html_entities", "mixed_script")


def test_clean_text_needs_no_repair():
    raw = " date 2025-09-23 Токаев встретился с Зеленским\n\nПрезидент Казахстана провел встречу.\n".encode()
    article, = parse_file("a.txt", raw, today=dt.date(2025, 9, 24))
    assert article.repairs == ()


def test_a_title_that_is_only_html_is_a_reject():
    reject, = parse_file("a.txt", " date 2025-09-23 <br>\n\nТекст.\n".encode(), today=dt.date(2025, 9, 24))
    assert reject.reason == "no_title"
