"""Hybrid logical clock stamps: the order of changes across laptops.

A stamp is (wall milliseconds, counter, replica id). A replica's clock never
goes backwards, even when its own wall clock does, and it moves past every
stamp it receives, so that an edit made after reading another replica's
edit always sorts after it, whatever the two laptops' clocks say. The
replica id breaks ties, which makes the order total: two replicas choosing
the winner of a field always agree.

Stamps are written as text that sorts like the stamps themselves
(`0001733240000123-00002a-<replica>`), so SQL can compare and index them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from .errors import UserError
from .l10n import translate

# A received stamp further ahead of this machine's clock than this is refused: a laptop
# whose clock is a day fast would otherwise win every field for a day.
MAX_DRIFT_MS = 24 * 3600 * 1000
_WALL_DIGITS = 13
_COUNTER_DIGITS = 6


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    replica: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}x}-{self.replica}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """A stamp from its text; ValueError if it is not one."""
        wall, counter, replica = text.split("-", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not replica:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter, 16), replica)

    @property
    def moment(self) -> str:
        """The wall time as the history writes times: ISO 8601 UTC with milliseconds."""
        when = datetime.fromtimestamp(self.wall_ms / 1000, UTC)
        return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def replica_of(text: str) -> str:
    """The replica of a stamp already checked (`Stamp.parse`), without parsing it again."""
    return text[_WALL_DIGITS + _COUNTER_DIGITS + 2:]


def wall_ms(iso: str) -> int:
    """Milliseconds since 1970 of an ISO 8601 UTC time stamp as the store writes them."""
    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp() * 1000)


class Clock:
    """One replica's clock: `tick` stamps a local change, `observe` a received one."""

    def __init__(self, replica: str, *, last: Stamp | None,
                 physical: Callable[[], int]) -> None:
        self.replica = replica
        self._physical = physical
        self._wall, self._counter = (last.wall_ms, last.counter) if last else (0, 0)

    def tick(self) -> Stamp:
        now = self._physical()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._counter += 1
        return Stamp(self._wall, self._counter, self.replica)

    def observe(self, stamp: Stamp) -> None:
        """Move past a received stamp; refuse one implausibly far in the future."""
        check_plausible(stamp, now_ms=self._physical())
        self._wall, self._counter = max((self._wall, self._counter),
                                        (stamp.wall_ms, stamp.counter))


def check_plausible(stamp: Stamp, *, now_ms: int) -> None:
    if stamp.wall_ms > now_ms + MAX_DRIFT_MS:
        raise UserError(translate("Core",
            "a change is stamped {moment}, more than a day ahead of this computer's "
            "clock: the sender's clock is wrong; nothing merged").format(moment=stamp.moment))
