"""Problems found in content files, and small helpers to check JSON values and collect them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SLUG = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")


@dataclass(frozen=True)
class Problem:
    """One problem: the file (relative to the content folder), the field path and what is wrong.

    Shown as `file: field: problem`, e.g.
    `informatiemap.json: activiteiten[12].subdoelen[0]: subdoel 9.9 bestaat niet`.
    """

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return (
            f"{self.file}: {self.field}: {self.message}"
            if self.field
            else (f"{self.file}: {self.message}")
        )


class FileReport:
    """Collects the problems of one content file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, field, message))

    def obj(self, value: object, path: str) -> dict[str, Any] | None:
        """`value` if it is a JSON object, else report it and return None."""
        if isinstance(value, dict):
            return value
        self.add(path, "moet een object zijn ({...})")
        return None

    def items(self, value: object, path: str, *, non_empty: bool = True) -> list[Any]:
        """`value` if it is a JSON list, else report it and return an empty list."""
        if not isinstance(value, list):
            self.add(path, "moet een lijst zijn ([...])")
            return []
        if non_empty and not value:
            self.add(path, "mag niet leeg zijn")
        return value

    def text(self, obj: dict[str, Any], key: str, path: str, *, required: bool = True) -> str:
        """The non-empty text at `obj[key]`, or "" after reporting what is wrong."""
        if key not in obj:
            if required:
                self.add(join(path, key), "ontbreekt")
            return ""
        value = obj[key]
        if not isinstance(value, str) or not value.strip():
            self.add(join(path, key), "moet een tekst zijn die niet leeg is")
            return ""
        return value

    def integer(self, obj: dict[str, Any], key: str, path: str) -> int | None:
        """The whole number at `obj[key]`, or None after reporting what is wrong."""
        if key not in obj:
            self.add(join(path, key), "ontbreekt")
            return None
        value = obj[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(join(path, key), "moet een geheel getal zijn")
            return None
        return value

    def unknown_keys(self, obj: dict[str, Any], allowed: Iterable[str], path: str) -> None:
        """Report keys that the schema does not know (often a typing error)."""
        known = set(allowed)
        for key in obj:
            if key not in known:
                self.add(join(path, key), f"onbekend veld ‘{key}’")


def join(path: str, key: str) -> str:
    """A field path: join('activiteiten[3]', 'naam') == 'activiteiten[3].naam'."""
    return f"{path}.{key}" if path else key


MAX_FILE_BYTES = 10_000_000
"""A content file is a few hundred kilobytes at most; anything this big is not content."""

_JSON_ERRORS = (
    ("Expecting value", "hier hoort een waarde"),
    ("Expecting ',' delimiter", "hier ontbreekt een komma"),
    ("Expecting ':' delimiter", "hier ontbreekt een dubbele punt"),
    ("Expecting property name", "hier hoort een veldnaam tussen dubbele aanhalingstekens"),
    ("Unterminated string", "een tekst zonder afsluitend aanhalingsteken"),
    ("Invalid control character", "een onzichtbaar stuurteken in een tekst"),
    ("Invalid \\uXXXX escape", "een ongeldige \\u-code in een tekst"),
    ("Invalid \\escape", "een ongeldige \\-code in een tekst"),
    ("Extra data", "na het einde staat nog meer"),
)


def read_json(folder: Path, relative: str) -> tuple[Any, list[Problem]]:
    """The parsed JSON of a file, or None with a problem naming line and column."""
    text, problem = _read_text(folder / relative)
    if text is None:
        return None, [Problem(relative, "", problem)]
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"regel {error.lineno}, kolom {error.colno}"
        return None, [Problem(relative, where, f"ongeldige JSON: {_dutch(error.msg)}")]
    except RecursionError:
        return None, [Problem(relative, "", "ongeldige JSON: te diep genest")]
    problem = _unusable(doc)
    return (None, [Problem(relative, "", problem)]) if problem else (doc, [])


def _read_text(path: Path) -> tuple[str | None, str]:
    """The text of a content file (without a byte order mark), or None and what is wrong."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, "het bestand is te groot voor inhoud"
        return path.read_text(encoding="utf-8").removeprefix("\ufeff"), ""
    except FileNotFoundError:
        return None, "bestand ontbreekt"
    except UnicodeDecodeError:
        return None, "kan het bestand niet lezen: het is geen UTF-8-tekst"
    except OSError as error:
        return None, f"kan het bestand niet lezen (fout {error.errno})"


def _dutch(message: str) -> str:
    for english, dutch in _JSON_ERRORS:
        if message.startswith(english):
            return dutch
    return "de opbouw klopt niet"


def _unusable(doc: Any) -> str:
    """Why a parsed file cannot be content at all ("" when it can be checked further)."""
    if doc is None:
        return "het bestand bevat alleen null"
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "bevat een ongeldig teken (een losse \\uD800-\\uDFFF-code)"
    except (RecursionError, ValueError):
        return "ongeldige JSON: te diep genest"
    return ""
