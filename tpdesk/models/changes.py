"""What an operation changed, so that views update those rows and nothing else.

Like Anki's `OpChanges`: each edit, undo, redo or import says which records
(kind and id) it wrote. A view showing commitments ignores a change to a
note; a table updates the rows named instead of reading itself again from
the top, so the user keeps the selection and the scroll position. Opening
another database or loading the demo data changes `everything`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .records import Record


@dataclass(frozen=True)
class Changes:
    """Records written, as (kind, id) pairs; `everything` when a whole database changed."""

    records: frozenset[tuple[str, str]] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, records: Iterable[Record]) -> Changes:
        return cls(frozenset((r.KIND, r.id) for r in records))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.records | other.records, self.everything or other.everything)

    def __bool__(self) -> bool:
        return self.everything or bool(self.records)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _ in self.records)

    def touches(self, *kinds: type[Record] | str) -> bool:
        """True if any record of these kinds may have changed."""
        if self.everything:
            return True
        names = {k if isinstance(k, str) else k.KIND for k in kinds}
        return not names.isdisjoint(self.kinds)

    def ids(self, kind: type[Record] | str) -> frozenset[str]:
        """The ids changed of one kind (empty when `everything`: ask `touches` first)."""
        name = kind if isinstance(kind, str) else kind.KIND
        return frozenset(i for k, i in self.records if k == name)
