"""The data contract: one pyarrow schema per table (DESIGN.md §2).

Every column is declared once, here, with its meaning, an example and the
constraints the audit enforces (`values`, `min`, `pattern`, `unique`).  The GX
suites (`schemas.suites`) and the data dictionary are derived from these
declarations, never written twice.

Partition columns (`year`, `month`) are part of the logical schema but are not
stored inside the Parquet files: they live in the Hive folder names
(`year=2025/month=09`), as every Hive-aware reader expects.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyarrow as pa

from transforms.repair import REPAIRS

# Repeated short strings (codes, types) are dictionary-encoded.
DICT_STRING = pa.dictionary(pa.int32(), pa.string())
TIMESTAMP_UTC = pa.timestamp("us", tz="UTC")

FIELDS = ("title", "body")
MENTION_TYPES = ("PER", "LOC", "ORG", "DATE")
ENTITY_TYPES = ("PER", "LOC", "ORG")
#: events.rule: how an event's actors were found, most direct first (docs/events.md §4)
EVENT_RULES = ("argument", "speaker", "governor", "teller", "nearby", "coreference", "gapped")
DATE_PRECISIONS = ("day", "month", "year")
QUOTE_KINDS = ("direct", "indirect")
DATE_SOURCES = ("text", "published")
PLACE_FEATURES = ("country", "region", "city", "other")

#: Stable reject reason codes and what each means to a person.
REJECT_REASONS = {
    "empty": "the file (or JSON line) holds no text at all",
    "no_header": "the first line is not a `date <date> <title>` header",
    "no_title": "the header has a date but no title",
    "bad_date": "the publication date cannot be read or does not exist (2025-02-30)",
    "future_date": "the publication date lies in the future",
    "not_text": "binary or undecodable content (not UTF-8, cp1251 or koi8-r text)",
    "no_body": "the header is followed by no article text",
    "bad_json": "a JSON Lines record that is not a JSON object",
    "missing_field": "a JSON Lines record without `date`, `title` or `text`",
    "too_large": "the article is larger than the configured size limit",
    "duplicate": "the same content was already loaded under another article_id",
    "duplicate_id": "two raw files map to the same article_id (e.g. a.txt and a.txt.gz)",
    "audit_failed": "the article's rows failed a blocking check of the audit: quarantined, tried again next run",
    "extraction_failed": "an extractor raised an error on the article, or ran out of its time budget (a bug, named "
                         "in the message): quarantined, tried again next run",
}


def col(
    name: str,
    type_: pa.DataType,
    doc: str,
    example: object = None,
    *,
    nullable: bool = False,
    values: tuple[str, ...] | None = None,
    min: int | None = None,
    max: int | None = None,
    pattern: str | None = None,
    unique: bool = False,
    partition: bool = False,
) -> pa.Field:
    """A column with its meaning and audit constraints kept in field metadata."""
    meta = {"doc": doc, "example": json.dumps(example, ensure_ascii=False, default=str)}
    for key, value in (("values", values), ("min", min), ("max", max), ("pattern", pattern)):
        if value is not None:
            meta[key] = json.dumps(value, ensure_ascii=False)
    if unique:
        meta["unique"] = "true"
    if partition:
        meta["partition"] = "true"
    return pa.field(name, type_, nullable=nullable, metadata=meta)


SHA256 = r"^[0-9a-f]{64}$"
ID16 = r"^[0-9a-f]{16}$"


def _year() -> pa.Field:
    return col("year", pa.int16(), "Publication year of the article (Hive partition folder `year=`).",
               2025, partition=True, min=1800)


def _month() -> pa.Field:
    return col("month", pa.int8(), "Publication month (Hive partition folder `month=09`).",
               9, partition=True, min=1, max=12)


def _article_id(unique: bool = False) -> pa.Field:
    return col("article_id", pa.string(),
               "The article: its raw file's path relative to the raw folder, without extension; "
               "`<path>#<line>` for a JSON Lines record. Joins to articles.article_id.",
               "000_a79a80be541b1d91", unique=unique)


def _field() -> pa.Field:
    return col("field", DICT_STRING, "Which article text the offsets point into: `title` or `body`.",
               "body", values=FIELDS)


def _offsets() -> list[pa.Field]:
    return [
        col("start", pa.int32(), "Start character offset into articles.<field> (Python str index).", 100, min=0),
        col("stop", pa.int32(), "End offset, exclusive: articles.<field>[start:stop] == text.", 110, min=1),
    ]


def _sentence_index() -> pa.Field:
    return col("sentence_index", pa.int32(),
               "0-based index of the sentence within its field (title = sentence 0 of `title`).", 3, min=0)


ARTICLES = pa.schema([
    _article_id(unique=True),
    col("source_path", pa.string(), "Raw file path relative to the raw folder (`#<line>` for JSON Lines).",
        "000_a79a80be541b1d91.txt"),
    col("content_sha256", pa.string(),
        "SHA-256 of the normalised article (date, title, body): the change and duplicate detector.",
        "9f2c…", pattern=SHA256),
    col("published_date", pa.date32(), "Publication date from the header (time of day, if any, is dropped).",
        "2025-09-23"),
    col("title", pa.string(), "Headline from the header line, NFC-normalised.",
        "Токаев на встрече с Зеленским высказался о решении конфликта на Украине"),
    col("lead", pa.string(), "The first paragraph of the body (a one-paragraph summary).",
        "Президент Казахстана Касым-Жомарт Токаев провел встречу…"),
    col("body", pa.string(),
        "Full article text after the header, lead included; paragraphs separated by one blank line.",
        "Президент Казахстана…\n\nПрезидент Казахстана…"),
    col("headings", pa.list_(pa.string()),
        "Section headings found in the body: short one-line paragraphs without final punctuation.",
        ["Посредничество при переговорах"]),
    col("url", pa.string(), "Source URL when the input carried one (JSON Lines `url`).",
        "https://example.org/news/1", nullable=True),
    col("source", pa.string(), "Publisher name when the input carried one (JSON Lines `source`).",
        "РБК", nullable=True),
    col("repairs", pa.list_(pa.string()),
        "Scraped-text repairs the title and body needed before any offset was taken, of "
        + ", ".join(f"`{r}`" for r in REPAIRS) + " (see the README); empty for clean text.",
        ["html_entities", "mixed_script"]),
    col("n_paragraphs", pa.int32(), "Number of paragraphs in the body, headings included.", 21, min=1),
    col("n_chars", pa.int32(), "Length of the body in characters.", 6600, min=1),
    col("n_sentences", pa.int32(), "Number of sentences in the body.", 38, min=1),
    col("n_tokens", pa.int32(), "Number of tokens (words and punctuation) in the body.", 1000, min=1),
    col("story_id", pa.string(),
        "The story: article_id of the earliest published article of its group of near-copies (reprints, "
        "syndicated copy, updates; docs/stories.md); its own article_id when it copies nothing.",
        "000_a79a80be541b1d91"),
    col("duplicate_of", pa.string(),
        "The earlier article this one is a near-copy of (the most similar); null for a story's first article.",
        None, nullable=True),
    col("similarity", pa.float32(),
        "Estimated Jaccard of word shingles (MinHash) with duplicate_of; null when duplicate_of is null.",
        None, nullable=True, min=0, max=1),
    col("ingested_at", TIMESTAMP_UTC, "When the run that loaded this version of the article started (UTC).",
        "2026-11-26T06:30:00Z"),
    col("run_id", pa.string(), "The run that loaded this version of the article (see _runs/<run_id>/).",
        "20261126T063000Z-1a2b"),
    _year(),
    _month(),
])

MENTIONS = pa.schema([
    col("mention_id", pa.string(),
        "Deterministic id: hash of article_id, field, start, stop and type.", "3f9a0c1d2b4e5f60",
        pattern=ID16, unique=True),
    _article_id(),
    _field(),
    *_offsets(),
    _sentence_index(),
    col("text", pa.string(), "The mention exactly as written.", "Владимиром Зеленским"),
    col("type", DICT_STRING, "PER, LOC, ORG (named entities) or DATE (date expressions).", "PER",
        values=MENTION_TYPES),
    col("normal", pa.string(),
        "Nominative normal form (natasha normaliser); for DATE the ISO value at its precision.",
        "Владимир Зеленский"),
    col("entity_id", pa.string(), "Canonical entity (joins to entities.entity_id); null for DATE.",
        "5b0e3c1f9a2d4e67", nullable=True, pattern=ID16),
    col("entity_name", pa.string(), "Canonical name of that entity (= entities.name); null for DATE.",
        "Касым-Жомарт Токаев", nullable=True),
    col("date_value", pa.date32(), "DATE only: first day of the period the expression denotes.", None,
        nullable=True),
    col("date_precision", DICT_STRING, "DATE only: day, month or year.", None, nullable=True,
        values=DATE_PRECISIONS),
    _year(),
    _month(),
])

QUOTES = pa.schema([
    col("quote_id", pa.string(), "Deterministic id of the quote.", "0a1b2c3d4e5f6071", pattern=ID16,
        unique=True),
    _article_id(),
    _field(),
    *_offsets(),
    _sentence_index(),
    col("text", pa.string(), "The quoted or reported words, without quote marks.",
        "Сейчас ключевая задача — достижение справедливого и длительного мира…"),
    col("kind", DICT_STRING, "direct (in quote marks) or indirect (reported speech).", "direct",
        values=QUOTE_KINDS),
    col("speaker", pa.string(), "The speaker as written in the text.", "Сарым", nullable=True),
    col("speaker_entity_id", pa.string(), "The speaker's canonical entity, when resolved.", None,
        nullable=True),
    col("speaker_name", pa.string(), "The speaker's canonical name.", "Айдос Сарым", nullable=True),
    col("cue", pa.string(), "Lemma of the attributing verb or phrase.", "сказать", nullable=True),
    _year(),
    _month(),
])

EVENTS = pa.schema([
    col("event_id", pa.string(), "Deterministic id of the event.", "5e6f708192a3b4c5", pattern=ID16,
        unique=True),
    _article_id(),
    _sentence_index(),
    col("event_mention_id", pa.string(),
        "The event mention (one trigger in one sentence) the row comes from: the rows of a meeting of "
        "five share it; count distinct values to count mentions, not dyads.", "0a1b2c3d4e5f6071", pattern=ID16),
    col("event_code", DICT_STRING,
        "CAMEO-style root code: a CAMEO root 01-20, or a letopis code for events CAMEO lacks (L01 "
        "appointment … L05 award), its own root; transforms/data/cameo.tsv.", "04", pattern=r"^(?:\d{2}|L\d{2})$"),
    col("event_subcode", DICT_STRING,
        "The most specific code the trigger settles: a CAMEO sub-code (042 make a visit) where it settles "
        "one, else event_code.", "042", pattern=r"^(?:\d{2,3}|L\d{2})$"),
    col("event_type", DICT_STRING, "Readable name of event_subcode.", "make a visit"),
    col("trigger", pa.string(), "Lemma of the word that signals the event; empty for a statement that a speaker's "
        "label and a colon introduce («Наталья Сенченко, судья: «…»»).", "встретиться"),
    col("actor1_entity_id", pa.string(), "Who acts (entity id).", None, nullable=True),
    col("actor1_name", pa.string(), "Who acts (canonical name).", "Касым-Жомарт Токаев", nullable=True),
    col("actor1_type", DICT_STRING, "PER, ORG or LOC (a country or city acting as a state).", "PER",
        nullable=True, values=ENTITY_TYPES),
    col("actor2_entity_id", pa.string(), "To or with whom (entity id).", None, nullable=True),
    col("actor2_name", pa.string(), "To or with whom (canonical name).", "Владимир Зеленский",
        nullable=True),
    col("actor2_type", DICT_STRING, "PER, ORG or LOC (a country or city acting as a state, or the place a visit goes "
        "to: 042 «прибыл в Норильск» → Норильск).", "PER", nullable=True, values=ENTITY_TYPES),
    col("rule", DICT_STRING,
        "How directly the actors were found (the less direct of the two): `argument` (the trigger's own "
        "subject, object, preposition or genitive), `speaker` (a statement read from a quote: its speaker, as the "
        "quotes table resolves it; or the speaker of reported words that tell of talks with someone and name no "
        "other side: «Эрдоган заявил, что переговоры с Путиным …»), `governor` (through the verb a noun trigger "
        "depends on: "
        "«провел встречу»), `teller` (a body telling of its own act in the passive: the quote's speaker, «X задержан, "
        "сообщила ФСБ»), `nearby` (no subject in the parse: the nearest named nominative), `coreference` "
        "(a pronoun or descriptor resolved to a person named earlier), `gapped` (a verbless sentence that goes on "
        "with an event told before: «Алексея Смирнова – Курской области»). Filter on it to trade recall for "
        "precision.", "argument", values=EVENT_RULES),
    col("location_entity_id", pa.string(),
        "Where: entity id of a LOC, or of an ORG named as the venue («на полях Генассамблеи ООН»).", None,
        nullable=True),
    col("event_date", pa.date32(), "When: a date from the sentence, else the publication date.",
        "2025-09-23", nullable=True),
    col("date_precision", DICT_STRING, "Precision of event_date.", "day", nullable=True,
        values=DATE_PRECISIONS),
    col("date_source", DICT_STRING, "`text` (a date in the sentence) or `published`.", "published",
        nullable=True, values=DATE_SOURCES),
    col("sentence", pa.string(), "The sentence the event was read from.",
        "Президент Казахстана Касым-Жомарт Токаев встретился с украинским лидером…"),
    _year(),
    _month(),
])

ENTITIES = pa.schema([
    col("entity_id", pa.string(), "Stable id of the canonical entity (type + canonical key).",
        "7c1d2e3f40516273", pattern=ID16, unique=True),
    col("type", DICT_STRING, "PER, LOC or ORG.", "PER", values=ENTITY_TYPES),
    col("name", pa.string(), "Canonical, fullest normal form.", "Касым-Жомарт Токаев"),
    col("aliases", pa.list_(pa.string()), "Other normal forms seen for this entity.", ["Токаев"]),
    col("n_mentions", pa.int64(), "Number of mentions over the whole dataset.", 12, min=1),
    col("n_articles", pa.int64(), "Number of articles that mention it.", 3, min=1),
    col("first_seen", pa.date32(), "Earliest publication date of an article mentioning it.", "2016-02-29"),
    col("last_seen", pa.date32(), "Latest publication date of an article mentioning it.", "2025-09-23"),
    # Places (docs/places.md): LOC entities, and the seats of government among ORG entities
    # («Кремль»); null when not resolved — never a guess.
    col("country_code", DICT_STRING, "ISO 3166-1 alpha-2 code of the country the place is, or lies in.",
        "KZ", nullable=True, pattern=r"^[A-Z]{2}$"),
    col("geonames_id", pa.int64(), "GeoNames id of the place (countries and cities; curated regions have none).",
        1526273, nullable=True, min=1),
    col("latitude", pa.float64(), "Latitude in degrees (cities and seats; null for a country or region).",
        51.1801, nullable=True, min=-90, max=90),
    col("longitude", pa.float64(), "Longitude in degrees (as latitude).", 71.44598, nullable=True,
        min=-180, max=180),
    col("feature", DICT_STRING, "What kind of place: `country`, `region`, `city` or `other` (a seat, a building).",
        "city", nullable=True, values=PLACE_FEATURES),
    col("admin1", pa.string(),
        "The first-order region it lies in (Russia's in Russian, else GeoNames' name); a region: its own name.",
        "Астана", nullable=True),
])

REJECTS = pa.schema([
    col("source_path", pa.string(),
        "Raw file path relative to the raw folder (`#<line>` for a JSON Lines record).", "bad/empty.txt"),
    col("content_sha256", pa.string(),
        "SHA-256 of the raw bytes (of the file, or of the JSON line); for `duplicate`, "
        "the content hash it shares with the loaded article.", "e3b0c442…", pattern=SHA256),
    col("reason", DICT_STRING, "Stable reason code (see the data dictionary).", "empty",
        values=tuple(REJECT_REASONS)),
    col("message", pa.string(), "What is wrong, for a person.", "the file is empty (0 bytes)"),
    col("run_id", pa.string(), "The run that first saw this reject.", "20261126T063000Z-1a2b"),
    col("seen_at", TIMESTAMP_UTC, "When that run started (UTC).", "2026-11-26T06:30:00Z"),
])


@dataclass(frozen=True)
class Table:
    """A table of the dataset: its schema, key and layout."""

    name: str
    schema: pa.Schema
    key: tuple[str, ...]
    sort_by: tuple[str, ...]
    partitioned: bool

    @property
    def partition_columns(self) -> list[str]:
        return [f.name for f in self.schema if f.metadata and f.metadata.get(b"partition") == b"true"]

    @property
    def file_schema(self) -> pa.Schema:
        """The schema of the Parquet files (partition columns live in folder names)."""
        return pa.schema([f for f in self.schema if f.name not in self.partition_columns])


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("articles", ARTICLES, ("article_id",), ("article_id",), True),
        Table("mentions", MENTIONS, ("mention_id",), ("article_id", "field", "start", "stop", "type"), True),
        Table("quotes", QUOTES, ("quote_id",), ("article_id", "field", "start", "stop"), True),
        Table("events", EVENTS, ("event_id",), ("article_id", "sentence_index", "event_id"), True),
        Table("entities", ENTITIES, ("entity_id",), ("entity_id",), False),
        Table("rejects", REJECTS, ("source_path", "content_sha256"), ("source_path", "content_sha256"), False),
    )
}

#: Tables whose rows belong to one article (replaced together when it changes).
ARTICLE_TABLES = tuple(name for name, t in TABLES.items() if "article_id" in t.schema.names)


def field_meta(field: pa.Field, key: str):
    """A constraint or description stored on a column (None when absent)."""
    raw = (field.metadata or {}).get(key.encode())
    if raw is None:
        return None
    if key in ("doc",):
        return raw.decode()
    if key in ("unique", "partition"):
        return raw == b"true"
    return json.loads(raw)


def empty_table(name: str) -> pa.Table:
    return TABLES[name].file_schema.empty_table()


def plain_strings(table: pa.Table) -> pa.Table:
    """The table with dictionary columns decoded to plain strings (to sort or compare by value)."""
    fields = [pa.field(f.name, f.type.value_type) if pa.types.is_dictionary(f.type) else f for f in table.schema]
    return table.cast(pa.schema(fields))


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts with every column, partition columns included) as an Arrow table."""
    return pa.Table.from_pylist(rows, schema=TABLES[name].schema)
