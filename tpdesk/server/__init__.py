"""The secretariat server: laptops push and pull the register's change records.

A second transport of the exchange format (docs/sync-protocol.md) over
PostgreSQL. It shares the replication records and the merge rule with the
laptop (`tpdesk.models.merge_rules`) and never imports the store, Qt or the UI.
"""
