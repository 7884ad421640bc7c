"""Date expressions in Russian news text, resolved against the publication date.

`find_dates(text, published)` finds every date expression of a text («22 сентября»,
«в августе», «вчера», «в понедельник», «15 декабря прошлого года», «с 2019 года»,
«12.05.2024») and resolves it to a calendar value at a precision (`day`, `month`,
`year`): `value` is the first day of the period, `normal` its ISO form at that
precision (`2025-09-22`, `2025-08`, `2022`).  An expression that is clearly a date
but cannot be pinned to one day, month or year («в 1990-х годах», «30 февраля»,
«в том же году») is kept with `value=None` and `normal="unresolved"`: never guessed.
`sentence_dates(sentence, published)` does the same for one sentence (for
`events.event_date`).  The rules and the choices behind them are in docs/dates.md.

How it works (pure functions, no I/O besides reading the word lists once):

1. *Patterns* (`rules`, `ranges`; words in `lexicon` and data/date_words.tsv, shared regex
   pieces in `patterns`).  natasha's `DatesExtractor` grammar (natasha/grammars/date.py) has
   five rules — `DD.MM.YYYY`, `YYYY год`, `DD month`, `month YYYY`, `DD month YYYY`.  They are
   the core here too, written as regular expressions over a closed lexicon of month word
   forms (the grammar's morphology is not needed for a closed set, and regexes give exact
   offsets and run fast), then extended: month alone after a preposition, relative years,
   months and weeks, weekdays, вчера/сегодня/завтра, «N лет назад», qualifiers («в начале
   сентября», «в конце 2023 года», «летом 2024 года»), ranges and lists, ISO dates,
   decades and centuries (unresolved).  Two changes to natasha's rules: a two-digit year
   is not 19YY but 20YY unless that lies more than ten years after the publication, and a
   bare year needs a year word («2022 год», «2022-м»), so «на 2000 человек» is not a date.
2. *Selection* (`find`).  Overlapping matches: the longest wins (ties: the order of
   `rules.RULES`).  A one-word preposition right before an expression («в», «с», «по», «до»,
   «к», «на», …) is part of its span.
3. *Direction* (`direction`).  A year-less date is resolved (`resolve`) towards the tense of
   its clause: the nearest cue — a past-tense verb, a future-tense verb («вступят», «будет»),
   a future word («планируется», «намерен», «предстоящий») or a relative date («в следующем
   году») — in the mention's clause, else in its sentence (the sentences given, or razdel's
   within each paragraph).  natasha's `MorphVocab` (pymorphy2) tags the verbs: deterministic,
   word by word.

Modules: `model` (DateMention, the intermediate Expr), `lexicon`, `patterns`, `build`
(expressions from a match), `rules` (the rule table RULES, in priority order), `ranges`,
`direction`, `resolve`, `find` (the driver).
"""

from transforms.dates.direction import word_tense
from transforms.dates.find import find_dates, sentence_dates
from transforms.dates.lexicon import MONTH_FORMS, MONTH_GENITIVE, PREPOSITIONS
from transforms.dates.model import (
    FUTURE, NONE, PAST, PRECISIONS, UNRESOLVED, YEAR_MAX, YEAR_MIN, DateMention,
)

__all__ = [
    "find_dates", "sentence_dates", "DateMention", "UNRESOLVED", "PRECISIONS", "YEAR_MIN", "YEAR_MAX",
    "PAST", "NONE", "FUTURE", "word_tense", "MONTH_FORMS", "MONTH_GENITIVE", "PREPOSITIONS",
]
