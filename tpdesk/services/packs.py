"""Briefing pack use cases: make a pack, copy one for the next meeting, assemble it.

The pack builder previews what `assemble_pack` returns, and the exports write
exactly that, so the page and the document cannot disagree.
"""

from __future__ import annotations

import dataclasses

from ..models import briefing
from ..models.content import BriefingContent
from ..models.records import Pack, Roundtable
from ..models.register import snapshot
from .stores import Stores


def assemble_pack(stores: Stores, pack: Pack) -> BriefingContent:
    """The pack as it stands (saved or not) over one snapshot of the register."""
    with stores() as store, snapshot(store):
        return briefing.assemble(store, pack)


def new_pack(stores: Stores, roundtable: Roundtable, *, audience: str = "") -> Pack:
    """A fresh, unsaved pack for a roundtable, with every section in the usual order."""
    with stores() as store:
        return briefing.new_pack(store, roundtable, audience=audience, author=store.user)


def copy_pack(stores: Stores, source: Pack, roundtable: Roundtable) -> Pack:
    """An unsaved copy of a pack for another roundtable, under a title no pack has yet."""
    with stores() as store:
        copy = briefing.copy_pack(store, source, roundtable=roundtable)
        titles = {p.title for p in store.list(Pack)}
    if copy.title in titles:
        copy = dataclasses.replace(copy, title=f"{copy.title} (copy)")
    return copy
