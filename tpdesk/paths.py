"""Where things live: bundled resources, the user's data folder, the database.

Resources are found the same way from a source tree and from a PyInstaller
bundle (`sys._MEIPASS`), so nothing else needs to know how tpdesk was started.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "tpdesk"
APP_AUTHOR = "tpdesk"


def resources_dir() -> Path:
    """resources/ of the bundle, of an installed wheel (tpdesk/resources), or of the tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource(name: str) -> Path:
    return resources_dir() / name


def data_dir() -> Path:
    """The per-user data folder; created on first use, for the user only (the register is in it)."""
    return private_folder(user_data_path(APP_NAME, APP_AUTHOR))


def private_folder(path: Path) -> Path:
    """`path` made if missing, for its owner only: mkdir's mode leaves an existing folder
    as it was, so one an older version made 0755 is tightened too (when it is the user's)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if hasattr(os, "getuid") and path.stat().st_uid == os.getuid():
        path.chmod(0o700)
    return path


def default_db_path(explicit: str | None = None) -> Path:
    """`--db PATH`, else $TPDESK_DB, else the database in the user's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("TPDESK_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "tpdesk.db"


def log_path() -> Path:
    """The log file (tpdesk.logs); its folder is made when the first line is written."""
    return user_data_path(APP_NAME, APP_AUTHOR) / "tpdesk.log"
