"""The desktop app: Qt widgets, table models, dialogs, operations and undo. No SQL."""
