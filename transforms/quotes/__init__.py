"""Quotes: who said what — direct and reported speech with the speaker resolved.

`extract_quotes(article, docs, mentions, *, views=None)` gives the rows of the quotes table
(DESIGN.md §2) for one article.  Pure: strings, natasha documents and mention rows in, dicts
out; tokens, lemmas, features, syntax and mentions are read through the shared read-only
`transforms.field_view.FieldView` of each field (the caller's, when it passes `views`).  The
rules, with examples from real articles, are in docs/quotes.md; in short:

- **direct** speech is a span in quote marks («…», „…“, “…”, "…") that something attributes
  to a speaker: a cue after it («…», — сказал X), a cue inside it («…, — сказал X. — …»), a
  clause before a colon (X заявил: «…»), a byline paragraph after it, a cue whose whole
  complement it is (X отметил, что «…»; по словам X, «…»); a quoted sentence standing alone
  after other quotes continues the previous speaker.  Interview lines («Мустафа Джемилев:
  …») and dialogue lines starting with a dash are direct speech too.  Anything else in quote
  marks (names, titles, scare quotes, fragments inside reported speech) is not a quote.
- **indirect** (reported) speech is the clause a cue introduces: X заявил, что …; По словам
  X, …; Как отметил X, …; …, считает X.
- the **speaker** is the cue's subject (or agent, or the object of «цитировать»), read from
  natasha's syntax tree of the cue's sentence only; mentions overlapping it give the entity.
  Pronouns and descriptors («парламентарий», «жена российского бизнесмена») resolve to a
  person of the preceding text; a relaying source («— цитировало его РИА Новости») is not
  the speaker.

The modules, in the order the extractor uses them:

- `lexicon`: the cue lexicon (data/speech_cues.tsv) and function words (data/quote_words.tsv);
- `marks`: quote-mark spans;
- `subjects`: a cue's subject and noun phrases, in the syntax tree;
- `attribution`: cue tokens and what they attribute (`Attr`), a found quote (`Row`);
- `direct`: direct speech — quote marks, interview and dialogue lines, colons, bylines;
- `reported`: the reported clauses of a sentence; `indirect`: rows of them;
- `headline`: a title «Name: words», the name's reported speech;
- `speakers`: speakers resolved to the article's entities;
- `extractor`: `extract_quotes`, `relink_speakers`.
"""

from transforms.quotes.attribution import SPEAKER_TYPES
from transforms.quotes.extractor import extract_quotes, relink_speakers
from transforms.quotes.lexicon import Cue, cue_sentences, lexicon
from transforms.quotes.marks import Span, mark_spans

__all__ = ["SPEAKER_TYPES", "Cue", "Span", "cue_sentences", "extract_quotes", "lexicon", "mark_spans",
           "relink_speakers"]
