"""An actor of an event: an entity taking part, and how it was found (the events.rule column)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from schemas.tables import EVENT_RULES

#: How an actor was found, most direct first: the values of the events.rule column (a row's least direct one)
VIA = EVENT_RULES


@dataclass(frozen=True)
class Actor:
    """An entity taking part; `via` (one of VIA) is how it was found, and `acting` whether a place
    stands for its state's authorities or people («делегация Свердловской области»), neither part of
    its identity."""

    entity_id: str
    name: str
    type: str
    start: int
    via: str = field(default="argument", compare=False)
    acting: bool = field(default=False, compare=False)  # a place named for its authorities or people (offices.py)

    @classmethod
    def of(cls, mention: dict) -> Actor:
        return cls(mention["entity_id"], mention["entity_name"], mention["type"], mention["start"])

    @classmethod
    def resolved(cls, person, start: int, acting: bool = False) -> Actor:
        """The person or body (`transforms.coreference.Person`) a pronoun, descriptor or body noun at `start`
        stands for: found by coreference."""
        return cls(person.entity_id, person.name, person.type, start, "coreference", acting=acting)

    @classmethod
    def of_row(cls, row: dict, side: str) -> Actor:
        """The `side` ("actor1" or "actor2") of an events row told before, as a later sentence's
        actor: no position of its own, found by coreference."""
        return cls(row[f"{side}_entity_id"], row[f"{side}_name"], row[f"{side}_type"], -1, "coreference")

    def found(self, via: str) -> Actor:
        """This actor, found in a less direct way than before (VIA order)."""
        return replace(self, via=via) if VIA.index(via) > VIA.index(self.via) else self
