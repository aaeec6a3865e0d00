"""What every benchmark reads about its own process and the machine.

The machine is shared, so the benches judge CPU time and print beside it how
long they waited for a CPU and how loaded the machine was; one home for those
readings keeps the benches' figures comparable.
"""

from __future__ import annotations

import os
import resource
from pathlib import Path


def peak_mb() -> float:
    """This process's peak resident memory, MiB.

    VmHWM rather than ru_maxrss: on Linux ru_maxrss carries over the peak of
    the parent that forked a child, so a child would report its parent's.
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def queued_s() -> float | None:
    """Seconds this thread has waited, ready to run, for a CPU; None where not known."""
    try:
        fields = Path("/proc/thread-self/schedstat").read_text(encoding="ascii").split()
    except OSError:
        return None
    return int(fields[1]) / 1e9


def load_average() -> str:
    """The machine's load average, as every bench prints it."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1, 5, 15 min)"
