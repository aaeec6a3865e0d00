"""A core error in the app's words: a refused value named by its label, not by an option.

The core's `InputError` names the value it refused by its field (`server`,
`to`, a filter); the command line words it with its option, and the app
with the label the user sees beside that value.
"""

from __future__ import annotations

from ..models import InputError, UserError
from ..models.l10n import translate, translate_noop
from .filter_bar import FIELD_LABELS

LABELS = {  # field: (context, label) of the widget the app gives the value in
    "server": ("ServerPage", translate_noop("ServerPage", "Server address")),
    "to": ("MergeWizard", translate_noop("MergeWizard", "For")),
    "person": ("Preferences", translate_noop("Preferences", "Your name")),
    **{field: ("FilterBar", label) for field, label in FIELD_LABELS.items()},
}


def user_message(exc: UserError) -> str:
    """The one line the app shows for `exc`: an `InputError` starts with the app's label."""
    if not isinstance(exc, InputError):
        return str(exc)
    context, label = LABELS.get(exc.field, ("", ""))
    return translate("Messages", "{field}: {reason}").format(
        field=translate(context, label) if label else exc.field, reason=exc.reason)
