"""The Logboek page's two status lines in words: the chain's state and the server's copy.

    page.keten.setText(chain_text(report)); page.keten.setStyleSheet(verdict_style(report.ok))
    text, colour = server_text(linked, last_upload)

The texts keep the page's translation context ("AuditLogPage").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from samenleren_desktop.model.services.audit_check import ChainReport
from samenleren_desktop.sync.audit_upload import UploadOutcome
from samenleren_desktop.ui.audit_table import BROKEN_BACKGROUND, BROKEN_TEXT, tr

GOOD = "#1B5E20"
REDENEN = {
    "changed": QT_TRANSLATE_NOOP("AuditLogPage", "een regel is achteraf veranderd"),
    "removed": QT_TRANSLATE_NOOP("AuditLogPage", "er is een regel weggehaald"),
    "reordered": QT_TRANSLATE_NOOP("AuditLogPage", "de volgorde van de regels is veranderd"),
    "inserted": QT_TRANSLATE_NOOP("AuditLogPage", "er is een regel tussengevoegd"),
}


def verdict_style(ok: bool) -> str:
    """Green and bold for a whole chain, a red box for a broken one."""
    if ok:
        return f"color: {GOOD}; font-weight: bold;"
    return (
        f"color: {BROKEN_TEXT}; background: {BROKEN_BACKGROUND}; font-weight: bold; "
        "padding: 6px; border-radius: 4px;"
    )


def chain_text(keten: ChainReport) -> str:
    """This laptop's chain: whole (and how many entries wait for it), or where it breaks."""
    if not keten.ok:
        why = tr(REDENEN.get(keten.reason or "changed", REDENEN["changed"]))
        return QCoreApplication.translate(
            "AuditLogPage",
            "✖ Keten verbroken bij regel {0}: {1}. Het logboek is na het schrijven "
            "aangepast; meld dit bij de beheerder.",
        ).format(keten.broken_at, why)
    text = QCoreApplication.translate(
        "AuditLogPage",
        "✔ Keten in orde: geen van de {0} regels is achteraf veranderd, weggehaald "
        "of tussengevoegd.",
    ).format(keten.entries)
    if keten.pending:
        text += " " + QCoreApplication.translate(
            "AuditLogPage", "{0} nieuwe regels komen bij de volgende wijziging in de keten."
        ).format(keten.pending)
    return text


def server_text(linked: bool, upload: UploadOutcome | None) -> tuple[str, str]:
    """What the server holds of this laptop's chain, and the colour ('' for the usual)."""
    if not linked:
        return QCoreApplication.translate(
            "AuditLogPage",
            "Deze werkruimte is niet gekoppeld aan een server: het logboek staat alleen "
            "op deze laptop.",
        ), ""
    if upload is None:
        return QCoreApplication.translate(
            "AuditLogPage", "Het logboek is nog niet naar de server gestuurd."
        ), ""
    if upload.state == "ok":
        return QCoreApplication.translate(
            "AuditLogPage", "Op de server: het logboek tot en met regel {0} ({1})."
        ).format(upload.volgnummer, when(upload.at)), ""
    text = QCoreApplication.translate("AuditLogPage", "Laatste poging ({0}): {1}").format(
        when(upload.at), upload.message
    )
    return text, BROKEN_TEXT if upload.state in ("refused", "differs") else ""


def when(moment: str) -> str:
    """An ISO time from the upload state as local 'dd-mm-jjjj uu:mm' ('' when unreadable)."""
    try:
        return datetime.fromisoformat(moment).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return ""
