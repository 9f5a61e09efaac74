"""The tamper-evident audit trail (NEN 7513 in spirit): chaining, access logging, checking, CSV.

Every audit entry gets a `volgnummer` and the hash of the entry before it; its own hash covers
its fields and that previous hash (see `AuditEntry.canonical`). Changes are chained by
`Changes._log`; reads, exports, searches and unlocks by `log_access`:

    log_access(workspace, actor, "export", gezin_id=gezin.id)
    report = verify_chain(workspace)

The parts live in their own modules and are all importable from here:
`audit_chain` (the head, `link`, `append`, `seal_pending`), `audit_access` (`log_access`),
`audit_check` (`verify_chain`, `check_entries`) and `audit_export` (`audit_entries`, CSV).
A caseload search is one entry per finished search, with a count and never the text
(`audit_search`: `SearchLog`, `log_search`). See docs/audit.md.
"""

from __future__ import annotations

from samenleren_desktop.model.services.audit_access import (
    ACCESS_ACTIONS,
    access_entry,
    log_access,
    record_access,
)
from samenleren_desktop.model.services.audit_chain import (
    EMPTY_CHAIN,
    ChainHead,
    append,
    link,
    read_head,
    seal_pending,
)
from samenleren_desktop.model.services.audit_check import (
    REASONS,
    ChainReport,
    Reason,
    check_entries,
    verify_chain,
    verify_session,
)
from samenleren_desktop.model.services.audit_export import (
    CSV_COLUMNS,
    audit_entries,
    csv_bytes,
    csv_row,
    export_csv,
)

__all__ = [
    "ACCESS_ACTIONS",
    "CSV_COLUMNS",
    "EMPTY_CHAIN",
    "REASONS",
    "ChainHead",
    "ChainReport",
    "Reason",
    "access_entry",
    "append",
    "audit_entries",
    "check_entries",
    "csv_bytes",
    "csv_row",
    "export_csv",
    "link",
    "log_access",
    "read_head",
    "record_access",
    "seal_pending",
    "verify_chain",
    "verify_session",
]
