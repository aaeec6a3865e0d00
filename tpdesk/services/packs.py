"""Briefing pack use cases: make a pack, copy one for the next meeting, assemble it.

The pack builder previews what `assemble_pack` returns, and the exports write
exactly that, so the page and the document cannot disagree.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TypeVar

from ..models import briefing
from ..models.content import BriefingContent
from ..models.countries import EU_MEMBER_STATES
from ..models.errors import InputError
from ..models.l10n import translate
from ..models.records import Pack, Partnership, Roundtable
from ..models.register import snapshot
from ..models.store import Store
from ..models.vocab import ActivityCategory, Labelled, Marking, PackLanguage
from .stores import Stores

L = TypeVar("L", bound=Labelled)


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


@dataclass(frozen=True)
class PackChoices:
    """What `pack new` may set; None or empty keeps what the new pack (or its source) has."""

    audience: str | None = None
    member_states: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    marking: str | None = None
    language: str | None = None  # en, fr or ar: the language of the pack's fixed text


def create_pack(stores: Stores, *, roundtable: str, choices: PackChoices,
                source: str | None = None) -> Pack:
    """Make, tailor and save a pack for a roundtable (named by id or title); return it.

    Everything is checked before anything is written, so a bad choice leaves
    no half-made pack behind.
    """
    with stores() as store:
        meeting = briefing.find_roundtable(store, roundtable)
        if source is not None:
            pack = briefing.copy_pack(store, briefing.find_pack(store, source),
                                      roundtable=meeting)
        else:
            pack = briefing.new_pack(store, meeting, author=store.user)
        pack = _tailored(pack, choices, known_sectors=store.sectors())
        if pack.language != (source_language := _language_before(store, pack, source)):
            # A title the pack was given by default follows it into its language.
            partnership = store.get(Partnership, meeting.partnership_id)
            if pack.title == briefing.pack_title(meeting, partnership, source_language):
                pack = dataclasses.replace(
                    pack, title=briefing.pack_title(meeting, partnership, pack.language))
        titles = {p.title for p in store.list(Pack)}
        while pack.title in titles:
            pack = dataclasses.replace(pack, title=f"{pack.title} (copy)")
        return store.save(pack)


def _language_before(store: Store, pack: Pack, source: str | None) -> PackLanguage:
    """The language the pack had before tailoring: its source's, or English for a new one."""
    return briefing.find_pack(store, source).language if source is not None else \
        PackLanguage.EN


def _tailored(pack: Pack, choices: PackChoices, *, known_sectors: list[str]) -> Pack:
    changes: dict[str, object] = {}
    if choices.audience is not None:
        changes["audience"] = choices.audience.strip()
    if choices.member_states:
        codes = [c.strip().upper() for c in choices.member_states]
        for code in codes:
            if code not in EU_MEMBER_STATES:
                raise InputError("member_states", code, translate("Core",
                    "{code!r} is not the code of an EU Member State (e.g. DE, IT)").format(
                    code=code))
        changes["member_states"] = list(dict.fromkeys(codes))
    if choices.sectors:
        spelled = {s.casefold(): s for s in known_sectors}
        sectors = []
        for sector in choices.sectors:
            if sector.strip().casefold() not in spelled:
                raise InputError("sectors", sector, translate("Core",
                    "{sector!r} is not a sector of any partnership (known: {known})").format(
                    sector=sector, known=", ".join(known_sectors)))
            sectors.append(spelled[sector.strip().casefold()])
        changes["sectors"] = list(dict.fromkeys(sectors))
    if choices.categories:
        changes["categories"] = list(dict.fromkeys(
            _parse(ActivityCategory, c, "categories") for c in choices.categories))
    if choices.marking is not None:
        changes["marking"] = _parse(Marking, choices.marking, "marking")
    if choices.language is not None:
        changes["language"] = _parse(PackLanguage, choices.language, "language")
    return dataclasses.replace(pack, **changes)  # type: ignore[arg-type]


def _parse(vocab: type[L], text: str, field: str) -> L:
    """`text` as one of `vocab`; refused as an `InputError` on the `PackChoices` field."""
    try:
        return vocab.parse(text)  # type: ignore[return-value]
    except ValueError as exc:
        raise InputError(field, text, str(exc)) from None


def pack_checklist(stores: Stores, pack: str) -> tuple[Pack, list[str]]:
    """The pack named by id or title, and what its readiness checklist flags."""
    with stores() as store, snapshot(store):
        found = briefing.find_pack(store, pack)
        return found, briefing.assemble(store, found).checklist
