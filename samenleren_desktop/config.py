"""The machine-wide configuration an administrator deploys (Qt-free).

One TOML file per computer, at the platform's usual place (`machine_config_path()`):

    server_url = "https://sync.example.org"   # the sync server of the organisation
    organisation = "Stichting Noord"
    autolock_minutes = 5                      # 0 = never, at most 60
    language = "nl"                           # "nl" or "en"
    update_channel = "stable"                 # "stable" or "test"
    logo = "/etc/samenleren/logo.png"         # PNG or JPEG on every document (optional)
    retention_grace_days = 90                 # days a finished family stays on the laptop
    locked = ["server_url", "autolock_minutes"]
    recovery_public_key = "/etc/samenleren/herstelsleutel-publiek.pem"  # not a user setting

A value in the file is the default for every user of the computer. A value named in `locked`
wins over the user's own setting, and the settings page shows it disabled ("vastgezet door de
beheerder"). A missing file means no central configuration. A file that cannot be read or has
wrong values never stops the program: the values that are fine are used, the others fall back
to the defaults, and `MachineConfig.problems` holds one Dutch sentence per problem for the
program to show. `SAMENLEREN_CONFIG` points at another file (tests, trying a file out).
"""

from __future__ import annotations

import logging
import os
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CONFIG_ENV = "SAMENLEREN_CONFIG"
FILE_NAME = "config.toml"
LANGUAGES = ("nl", "en")
UPDATE_CHANNELS = ("stable", "test")
AUTOLOCK_RANGE = (0, 60)
RETENTION_GRACE_RANGE = (0, 3650)
"""Days a family stays on the laptop after its last traject finished (sync/retention.py)."""
KEYS = (
    "server_url",
    "organisation",
    "autolock_minutes",
    "language",
    "update_channel",
    "logo",
    "retention_grace_days",
)
"""The settings an administrator can set (and lock), in the order the documentation uses."""
ADMIN_ONLY_KEYS = ("recovery_public_key",)
"""Settings no user has: the organisation's recovery public key (see docs/workspace.md)."""


@dataclass(frozen=True)
class MachineConfig:
    """The administrator's settings for this computer; None where the file says nothing.

    Attributes:
        path: the file read (it may not exist).
        locked: the keys whose value wins over the user's settings.
        problems: Dutch sentences about what could not be used.
    """

    path: Path | None = None
    server_url: str | None = None
    organisation: str | None = None
    autolock_minutes: int | None = None
    language: str | None = None
    update_channel: str | None = None
    logo: str | None = None
    retention_grace_days: int | None = None
    recovery_public_key: str | None = None
    locked: frozenset[str] = frozenset()
    problems: tuple[str, ...] = field(default=())

    def is_locked(self, key: str) -> bool:
        """Whether the administrator locked `key` (and gave it a usable value)."""
        return key in self.locked and getattr(self, key, None) is not None

    def value(self, key: str) -> Any:
        """The administrator's value for `key`, or None."""
        if key not in KEYS:
            raise KeyError(key)
        return getattr(self, key)


def machine_config_path(platform: str = sys.platform, environ: Any = None) -> Path:
    """Where the machine-wide file lives on this platform (or where `SAMENLEREN_CONFIG` says).

    Linux and other Unix: /etc/samenleren/config.toml; Windows:
    %ProgramData%\\SamenLeren\\config.toml; macOS: /Library/Application Support/SamenLeren/.
    """
    env = os.environ if environ is None else environ
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    if platform == "win32":
        base = env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "SamenLeren" / FILE_NAME
    if platform == "darwin":
        return Path("/Library/Application Support/SamenLeren") / FILE_NAME
    return Path("/etc/samenleren") / FILE_NAME


def load_machine_config(path: Path | None = None) -> MachineConfig:
    """Read the machine-wide file; never raises (problems are in `.problems`)."""
    path = machine_config_path() if path is None else path
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))  # Notepad may add a BOM
    except FileNotFoundError:
        return MachineConfig(path)
    except (OSError, UnicodeDecodeError) as error:
        return _broken(path, f"kan niet gelezen worden ({type(error).__name__})")
    except tomllib.TOMLDecodeError as error:
        return _broken(path, f"is geen geldig TOML: {error}")
    return parse_machine_config(raw, path)


def _broken(path: Path, why: str) -> MachineConfig:
    problem = f"Het beheerbestand {path} {why}. Samen Leren gebruikt de standaardinstellingen."
    log.warning("%s", problem)
    return MachineConfig(path, problems=(problem,))


def parse_machine_config(raw: dict[str, Any], path: Path | None = None) -> MachineConfig:
    """Check each value of a parsed file; keep what is fine, describe what is not."""
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "locked":
            continue
        if key not in KEYS + ADMIN_ONLY_KEYS:
            problems.append(f"'{key}' is geen bekende instelling en wordt overgeslagen.")
            continue
        checked, problem = _check(key, value)
        if problem:
            problems.append(problem)
        else:
            values[key] = checked
    locked = raw.get("locked", [])
    if not isinstance(locked, list) or not all(isinstance(k, str) for k in locked):
        problems.append("'locked' moet een lijst van namen zijn, zoals [\"server_url\"].")
        locked = []
    for key in locked:
        if key not in KEYS:
            problems.append(f"'{key}' in 'locked' is geen bekende instelling.")
        elif key not in values:
            problems.append(f"'{key}' staat in 'locked' maar heeft geen geldige waarde.")
    where = f"In het beheerbestand {path}: " if path else ""
    problems = [where + problem for problem in problems]
    for problem in problems:
        log.warning("%s", problem)
    return MachineConfig(
        path, locked=frozenset(k for k in locked if k in values), problems=tuple(problems), **values
    )


_TEXT_RULES: dict[str, tuple[tuple[str, ...], str]] = {
    "language": (LANGUAGES, '\'language\' moet "nl" of "en" zijn.'),
    "update_channel": (UPDATE_CHANNELS, '\'update_channel\' moet "stable" of "test" zijn.'),
}
"""Text settings with a fixed set of values: (allowed values, what to say otherwise)."""


_NUMBER_RULES: dict[str, tuple[tuple[int, int], str]] = {
    "autolock_minutes": (AUTOLOCK_RANGE, ""),
    "retention_grace_days": (RETENTION_GRACE_RANGE, " dagen"),
}
"""Whole-number settings: (lowest, highest) and the unit said after the range."""


def _check(key: str, value: Any) -> tuple[Any, str]:
    """The value to use and an empty string, or None and why it cannot be used."""
    if key in _NUMBER_RULES:
        (low, high), unit = _NUMBER_RULES[key]
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value, ""
        return None, f"'{key}' moet een heel getal van {low} tot en met {high}{unit} zijn."
    if not isinstance(value, str) or not value.strip():
        return None, f"'{key}' moet tekst zijn, tussen aanhalingstekens."
    value = value.strip()
    allowed, why = _TEXT_RULES.get(key, ((), ""))
    if allowed and value not in allowed:
        return None, why
    if key == "server_url" and not value.startswith(("https://", "http://")):
        return None, "'server_url' moet met https:// beginnen."
    return value, ""


def server_url(config: MachineConfig | None = None) -> str:
    """The organisation's sync server from the machine-wide file, or "" (for the sync page)."""
    config = load_machine_config() if config is None else config
    return config.server_url or ""
