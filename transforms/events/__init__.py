"""Sentences → CAMEO-style events: who did what to whom, when and where (DESIGN.md §2, docs/events.md).

`extract_events(article, docs, mentions, *, views=None)` reads the body of one article, sentence
by sentence (pure: no I/O; it runs natasha's syntax parser on the sentences it needs), through
the field view it shares with the other extractors (`transforms.field_view`):

1. *Triggers* (triggers.py).  A verb or noun whose lemma is in the lexicon of
   `transforms/data/cameo.tsv` (taxonomy.py: CAMEO's 20 root codes, Russian verb and noun
   lemmas) is a trigger.  Only tokens whose first letters match a lexicon lemma are
   lemmatised, and only sentences that hold a trigger and an actor are parsed (article.py).
2. *Actors* (sentence.py, nominals.py, repairs.py, appositions.py, frames.py, noun_frames.py).  From the
   syntax tree, repaired where the parser loses actors: actor1 is the subject, actor2 the object, the
   dative, or the partner of a preposition of the code («встретился с», «санкции против»); a noun trigger takes its
   participants from its own dependents and from the verb it depends on («провел встречу», «в
   ходе встречи с Y X …»).  An actor is a PER/LOC/ORG mention of the article (entity id,
   canonical name); what earlier sentences tell — the states the article names, the sides of its
   last meeting, who last did an event — is context.py's.
3. *Where and when* (where_when.py).  A LOC (or an organisation as a venue) in a «в/на …»
   phrase of the trigger; the date expression of the trigger's clause, else the publication date.
4. *Modality* (modality.py).  A negated, conditional or merely possible trigger gives no row;
   an intended one takes its code's `intended` code of cameo.tsv (03 or 13), as CAMEO does.
5. *Rows* (rows.py).  One row per sentence × code × pair of actors; a row with one actor gives
   way to a fuller one.  A row needs at least one actor.

The word lists the rules compare with are data (words.py: event_words.tsv, modality.tsv).
"""

from transforms.events.article import extract_events, trigger_sentences
from transforms.events.rows import relink_actors
from transforms.events.actor import Actor
from transforms.events.taxonomy import Code, Entry, Lexicon, lexicon
from transforms.field_view import ENTITY_TYPES

__all__ = ["ENTITY_TYPES", "Actor", "Code", "Entry", "Lexicon", "extract_events", "lexicon", "relink_actors",
           "trigger_sentences"]
