"""Briefing content -> .docx / .xlsx, and .xlsx -> validated changes. No Qt.

Writers take plain content built by `tpdesk.models`, never the Store or a
widget, so they run headless: in the command line, in a worker thread and in
tests.
"""
