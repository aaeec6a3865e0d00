"""The core refuses a value by naming its field and the value, never a command-line option.

The command line words these with its options (tests/cli), the app with its
labels (tests/ui); here the core's own part: the data, and no `--` in the words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tpdesk.models import InputError, Store
from tpdesk.models.errors import MissingDatabaseError
from tpdesk.services import StoreFactory, create_pack
from tpdesk.services import exchange as exchange_cases
from tpdesk.services.packs import PackChoices


def _refused(raised: pytest.ExceptionInfo[InputError]) -> tuple[str, object]:
    assert "--" not in str(raised.value) and "--" not in raised.value.reason
    return raised.value.field, raised.value.value


@pytest.mark.parametrize(("choices", "field", "value", "reason"), [
    (PackChoices(member_states=("TN",)), "member_states", "TN",
     "'TN' is not the code of an EU Member State (e.g. DE, IT)"),
    (PackChoices(sectors=("mining",)), "sectors", "mining", "'mining' is not a sector"),
    (PackChoices(categories=("sport",)), "categories", "sport", "'sport' is not one of: "),
    (PackChoices(marking="secret"), "marking", "secret", "'secret' is not one of: "),
])
def test_a_pack_choice_is_refused_by_its_field(writable_db: Path, choices: PackChoices,
                                               field: str, value: str, reason: str) -> None:
    with pytest.raises(InputError) as raised:
        create_pack(StoreFactory(writable_db), roundtable="TN 5", choices=choices)
    assert _refused(raised) == (field, value)
    assert raised.value.reason.startswith(reason)


def test_a_recipient_is_refused_by_its_field(writable_db: Path, tmp_path: Path) -> None:
    factory = StoreFactory(writable_db)
    with pytest.raises(InputError) as raised:
        exchange_cases.export_exchange(factory, tmp_path / "x.tpx", to=["Nobody"])
    assert _refused(raised) == ("to", "Nobody")
    assert raised.value.reason == "'Nobody' is not a contact; contacts: none yet"
    with pytest.raises(InputError) as raised:
        exchange_cases.export_exchange(factory, tmp_path / "x.tpx", to=[])
    assert _refused(raised) == ("to", [])
    assert not (tmp_path / "x.tpx").exists()


def test_a_copy_name_is_refused_by_its_field(writable_db: Path) -> None:
    with pytest.raises(InputError) as raised:
        exchange_cases.identity(StoreFactory(writable_db), person=" ")
    assert _refused(raised) == ("person", " ")


def test_a_missing_database_names_no_command(tmp_path: Path) -> None:
    with pytest.raises(MissingDatabaseError) as raised:
        Store(tmp_path / "absent.db", create=False)
    assert str(raised.value) == f"no database at {tmp_path / 'absent.db'}"
    assert raised.value.path == tmp_path / "absent.db"
