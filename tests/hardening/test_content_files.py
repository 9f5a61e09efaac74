"""Malformed and hostile content files: one clear Dutch problem each, never a traceback.

Covers `check_content` (what `samenleren content check` prints), `load_content` (what the
program starts with) and `bundle_problems` (content from the server), over files that are
truncated, damaged byte by byte, of the wrong shape, odd in their text, huge or deeply nested.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samenleren_desktop.cli import main
from samenleren_desktop.model.content import clear_content_cache, load_content
from samenleren_desktop.model.content.check import check_content
from samenleren_desktop.model.errors import ValidationError
from samenleren_desktop.model.paths import content_dir
from samenleren_desktop.sync.content import bundle_problems
from tests.hardening.corpus import ODD_TEXT, WRONG_VALUES, damaged, deep, json_values
from tests.hardening.fuzzing import fuzz

FILES = sorted(str(path.relative_to(content_dir())) for path in content_dir().rglob("*.json"))
ENGLISH = ("Expecting", "Unterminated", "Invalid", "Extra data", "delimiter", "Traceback")


@pytest.fixture(scope="module")
def shipped() -> dict[str, bytes]:
    return {name: (content_dir() / name).read_bytes() for name in FILES}


def _folder(base: Path, shipped: dict[str, bytes], name: str, data: bytes) -> Path:
    """A copy of the shipped content in a fresh folder, with file `name` replaced by `data`."""
    for index in range(10_000):
        folder = base / f"inhoud-{index}"
        if not folder.exists():
            break
    for relative, content in shipped.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(data if relative == name else content)
    return folder


def _assert_clear(folder: Path) -> list[str]:
    """check_content, load_content and the CLI agree; every problem is plain Dutch."""
    problems = [str(problem) for problem in check_content(folder).problems]
    for text in problems:
        assert not any(word in text for word in ENGLISH), text
    clear_content_cache()
    if problems:
        with pytest.raises(ValidationError, match="klopt niet"):
            load_content(folder)
    else:
        load_content(folder)
    return problems


def _cli(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["content", "check", str(folder)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _set(doc: Any, path: list[int], value: Any) -> Any:
    """`doc` with the node reached by following `path` (indexes modulo size) set to `value`."""
    if not path or not isinstance(doc, dict | list) or not doc:
        return value
    keys = list(doc) if isinstance(doc, dict) else list(range(len(doc)))
    key = keys[path[0] % len(keys)]
    doc[key] = _set(doc[key], path[1:], value)
    return doc


@given(data=st.data())
@fuzz(40)
def test_damaged_bytes_give_a_problem_not_a_crash(
    tmp_path_factory: pytest.TempPathFactory, shipped: dict[str, bytes], data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(FILES))
    broken = damaged(shipped[name], data.draw)
    folder = _folder(tmp_path_factory.mktemp("bytes"), shipped, name, broken)
    _assert_clear(folder)


@given(data=st.data())
@fuzz(60)
def test_wrong_values_anywhere_give_a_problem_not_a_crash(
    tmp_path_factory: pytest.TempPathFactory, shipped: dict[str, bytes], data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from(FILES))
    doc = json.loads(shipped[name])
    path = data.draw(st.lists(st.integers(0, 200), max_size=6))
    value = data.draw(st.sampled_from(WRONG_VALUES) | json_values)
    text = json.dumps(_set(doc, path, value), ensure_ascii=True)
    folder = _folder(tmp_path_factory.mktemp("values"), shipped, name, text.encode())
    _assert_clear(folder)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b'{"doelen": [',
        b"\xff\xfe{}",
        "\ufeff{}".encode(),
        b"null",
        b"[]",
        b'"een tekst"',
        b"NaN",
        b'{"a": 1} {"b": 2}',
        b'{"a": "\x01"}',
        b'{"a": "\\x"}',
        b"{'enkel': 'aanhalingsteken'}",
        deep(100_000).encode(),
        deep(100_000, '{"a":', "}").encode(),
        b"[" + b'"' + b"x" * 1000 + b'",' * 1 + b"]",
    ],
    ids=lambda data: repr(data[:20]),
)
@pytest.mark.parametrize("name", ["doelen.json", "questionnaires/intake_ouder/v1.json"])
def test_malformed_files_are_named_in_plain_dutch(
    tmp_path: Path,
    shipped: dict[str, bytes],
    name: str,
    data: bytes,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = _folder(tmp_path, shipped, name, data)
    problems = _assert_clear(folder)
    assert any(problem.startswith(name) for problem in problems), problems
    code, output = _cli(folder, capsys)
    assert code == 1
    assert "klopt niet" in output
    assert "Traceback" not in output


def test_a_huge_file_is_refused_without_reading_it_all(
    tmp_path: Path, shipped: dict[str, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(shipped["informatiemap.json"])
    doc["toelichting"] = "x" * 30_000_000
    folder = _folder(tmp_path, shipped, "informatiemap.json", json.dumps(doc).encode())
    problems = _assert_clear(folder)
    assert any("te groot" in problem for problem in problems), problems


@pytest.mark.parametrize("text", ODD_TEXT, ids=range(len(ODD_TEXT)))
def test_odd_text_in_a_question_is_kept_or_named(
    tmp_path: Path, shipped: dict[str, bytes], text: str
) -> None:
    name = "questionnaires/intake_ouder/v1.json"
    doc = json.loads(shipped[name])
    doc["sections"][0]["questions"][0]["text"] = text
    folder = _folder(tmp_path, shipped, name, json.dumps(doc).encode())
    problems = _assert_clear(folder)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        assert any("ongeldig teken" in problem for problem in problems), problems
    elif not problems:
        question = load_content(folder).questionnaire("intake_ouder", 1).sections[0]
        assert question.questions[0].text == text


@given(name=st.sampled_from(FILES), value=json_values, path=st.lists(st.integers(0, 99)))
@fuzz(40)
def test_a_server_bundle_with_hostile_values_is_checked_not_crashed(
    shipped: dict[str, bytes], name: str, value: Any, path: list[int]
) -> None:
    files = {relative: json.loads(content) for relative, content in shipped.items()}
    files[name] = _set(files[name], path, value)
    for problem in bundle_problems(files):
        assert problem.message


def test_a_server_bundle_with_a_lone_surrogate_is_refused(shipped: dict[str, bytes]) -> None:
    files = {relative: json.loads(content) for relative, content in shipped.items()}
    files["doelen.json"]["doelen"][0]["naam"] = "half \ud800 teken"
    problems = bundle_problems(files)
    assert problems[0].file == "doelen.json"
    assert "ongeldig teken" in problems[0].message


def test_the_shipped_content_still_passes() -> None:
    clear_content_cache()
    assert check_content(content_dir()).problems == []
