"""What a briefing pack covers: one scope that every section of the pack reads.

A pack narrows the register by partnership, sector, Member State, activity
category, funding instrument and commitment status, then adds pinned records
and drops excluded ones. `PackScope` holds those choices and `ScopedRecords`
the records they keep, so "At a glance", Matters arising, the changes, the
notes and the annex cannot count different things. The narrowing itself is
`Filters` (see `queries`): `tpdesk list` applies the very same rules, so
`list commitments --partnership EG --member-state DE` lists what a pack on
Egypt for Germany shows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .history import Change
from .pack_words import ENGLISH, Words
from .queries import Filters
from .records import Activity, Commitment, Note, Pack, Record
from .store import Store
from .vocab import ActivityCategory, CommitmentStatus, Instrument

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class PackScope:
    """A pack's filters, pins and exclusions; empty choices mean "any"."""

    partnership_ids: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    member_states: tuple[str, ...] = ()
    categories: tuple[ActivityCategory, ...] = ()
    instruments: tuple[Instrument, ...] = ()
    commitment_statuses: tuple[CommitmentStatus, ...] = ()
    pinned_ids: frozenset[str] = frozenset()
    excluded_ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, pack: Pack) -> PackScope:
        partnerships = pack.partnership_ids or ([pack.partnership_id] if pack.partnership_id
                                                else [])
        return cls(partnership_ids=tuple(partnerships), sectors=tuple(pack.sectors),
                   member_states=tuple(pack.member_states),
                   categories=tuple(pack.categories), instruments=tuple(pack.instruments),
                   commitment_statuses=tuple(pack.commitment_statuses),
                   pinned_ids=frozenset(pack.pinned_ids),
                   excluded_ids=frozenset(pack.excluded_ids))

    @property
    def narrowed(self) -> bool:
        """Whether anything beyond the partnerships narrows the register."""
        return bool(self.sectors or self.member_states or self.categories or self.instruments)

    def _choices(self, cls: type[Record]) -> dict[str, list[str]]:
        """For each filter field, the values of which a record must match one."""
        choices = {"sector": list(self.sectors), "member_state": list(self.member_states),
                   "category": [str(c) for c in self.categories],
                   "instrument": [str(i) for i in self.instruments]}
        if cls is Commitment:
            choices["status"] = [str(s) for s in self.commitment_statuses]
        return {k: v for k, v in choices.items() if v}

    def _matching(self, store: Store, cls: type[R]) -> dict[str, R]:
        """Records of every field's choice (any one value), in any of the partnerships."""
        chosen: dict[str, R] = {}
        for partnership in self.partnership_ids or (None,):
            base = Filters(partnership=partnership)
            found: dict[str, R] | None = None
            for name, values in self._choices(cls).items():
                matches: dict[str, R] = {}
                for value in values:
                    narrowed = dataclasses.replace(base, **{name: value})  # type: ignore[arg-type]
                    matches.update((r.id, r) for r in store.list(cls, narrowed))
                found = matches if found is None else {
                    k: v for k, v in found.items() if k in matches}
            if found is None:
                found = {r.id: r for r in store.list(cls, base)}
            chosen.update(found)
        return chosen

    def _finish(self, store: Store, cls: type[R], chosen: dict[str, R]) -> dict[str, R]:
        """Add the pinned records of this kind and drop the excluded ones."""
        for record_id in self.pinned_ids - chosen.keys():
            found = store.find(cls, record_id)
            if found is not None:
                chosen[record_id] = found
        return {k: v for k, v in chosen.items() if k not in self.excluded_ids}

    def select(self, store: Store) -> ScopedRecords:
        """The activities and commitments in scope, in the order a briefing lists them."""
        activities = self._finish(store, Activity, self._matching(store, Activity))
        commitments = self._matching(store, Commitment)
        # A commitment on an activity left out of the pack is left out with it.
        commitments = {k: c for k, c in commitments.items()
                       if c.activity_id is None or c.activity_id not in self.excluded_ids}
        commitments = self._finish(store, Commitment, commitments)
        return ScopedRecords(
            scope=self,
            activities=sorted(activities.values(),
                              key=lambda a: (a.start_date or "9999", a.caption.casefold())),
            commitments=sorted(commitments.values(),
                               key=lambda c: (c.due_date or "9999", c.caption.casefold())))

    def describe(self, partner_names: Sequence[str], *, audience: str = "",
                 words: Words = ENGLISH) -> str:
        """The scope in words, for the cover and the first page, in the pack's language.

        E.g. "Tunisia · sectors ICT and construction · for the Italian delegation".
        """
        w = words

        def named(key: str, values: Sequence[str]) -> str:
            return w(f"scope.{key}" + ("" if len(values) == 1 else "s"),
                     names=w.join(list(values)))

        parts = [w.join(list(partner_names))] if partner_names else [w("scope.all")]
        if self.sectors:
            parts.append(named("sector", self.sectors))
        if self.member_states:
            parts.append(named("member_state", [w.country(c) for c in self.member_states]))
        if self.categories:
            parts.append(w("scope.category" if len(self.categories) == 1 else
                           "scope.categories",
                           names=w.join([w.label(c) for c in self.categories])))
        if self.instruments:
            parts.append(named("instrument", [w.label(i) for i in self.instruments]))
        if self.commitment_statuses:
            statuses = [w.label(s).lower() for s in self.commitment_statuses]
            parts.append(w("scope.statuses", names=w.join(statuses, "or")))
        extra = []
        if self.pinned_ids:
            extra.append(w("scope.pinned", n=w.number(len(self.pinned_ids))))
        if self.excluded_ids:
            extra.append(w("scope.excluded", n=w.number(len(self.excluded_ids))))
        if extra:
            parts.append(w("scope.records", list=", ".join(extra)))
        if audience.strip():
            shown = _the(audience.strip()) if w.english else audience.strip()
            parts.append(w("scope.for", audience=shown))
        return " · ".join(parts)


@dataclass(frozen=True)
class ScopedRecords:
    """The records a pack covers; the one answer to "is this in the pack?"."""

    scope: PackScope
    activities: list[Activity]
    commitments: list[Commitment]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_ids", frozenset(
            [a.id for a in self.activities] + [c.id for c in self.commitments]))

    @property
    def ids(self) -> frozenset[str]:
        return self._ids  # type: ignore[attr-defined,no-any-return]

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.ids

    def admits_change(self, change: Change) -> bool:
        """Whether a history entry is about something this pack covers.

        Activities and commitments must be in scope; a record since deleted
        counts only when the pack is not narrowed (nothing says what it was
        about any more). Roadmaps and partnerships belong to every pack on
        their partnership.
        """
        scope = self.scope
        if change.partnership_id and scope.partnership_ids and \
                change.partnership_id not in scope.partnership_ids:
            return False
        if change.record_kind in (Activity.KIND, Commitment.KIND):
            if change.record_id in self.ids:
                return True
            return (change.action == "delete" and not scope.narrowed
                    and not scope.commitment_statuses
                    and change.record_id not in scope.excluded_ids)
        return change.record_kind in ("roadmap", "partnership")

    def notes(self, notes: Iterable[Note], partnership_ids: Iterable[str]) -> list[Note]:
        """The notes on records in scope (and on the partnerships themselves)."""
        targets = self.ids | set(partnership_ids)
        return [n for n in notes if n.target_id in targets]


_BODIES = ("delegation", "commission", "secretariat", "ministry", "directorate", "team",
           "unit", "office", "agency")


def _the(audience: str) -> str:
    """'Italian delegation' reads 'the Italian delegation'; a person's name stays as it is."""
    lowered = audience.casefold()
    if lowered.startswith(("the ", "a ", "an ")) or not any(b in lowered for b in _BODIES):
        return audience
    return f"the {audience}"
