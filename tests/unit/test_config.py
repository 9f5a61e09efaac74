"""The administrator's machine-wide file: platform places, values, locks and mistakes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from samenleren_desktop.config import (
    CONFIG_ENV,
    MachineConfig,
    load_machine_config,
    machine_config_path,
    parse_machine_config,
    server_url,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "config.toml.example"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, Path("/etc/samenleren/config.toml")),
        ("freebsd14", {}, Path("/etc/samenleren/config.toml")),
        (
            "darwin",
            {},
            Path("/Library/Application Support/SamenLeren/config.toml"),
        ),
        ("win32", {"ProgramData": r"D:\Data"}, Path(r"D:\Data") / "SamenLeren" / "config.toml"),
        ("linux", {CONFIG_ENV: "/srv/test.toml"}, Path("/srv/test.toml")),
    ],
)
def test_the_file_is_at_the_platforms_usual_place(
    platform: str, environ: dict[str, str], expected: Path
) -> None:
    assert machine_config_path(platform, environ) == expected


def test_the_environment_variable_points_at_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, 'server_url = "https://sync.example.org"\n')
    monkeypatch.setenv(CONFIG_ENV, str(path))
    assert load_machine_config().path == path
    assert server_url() == "https://sync.example.org"


def test_no_file_means_no_central_settings(tmp_path: Path) -> None:
    config = load_machine_config(tmp_path / "nergens.toml")
    assert config == MachineConfig(tmp_path / "nergens.toml")
    assert server_url(config) == ""
    assert not config.is_locked("autolock_minutes")


def test_every_setting_is_read_and_locked_values_are_known(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        'server_url = " https://sync.example.org "\n'
        'organisation = "Stichting Noord"\n'
        "autolock_minutes = 3\n"
        'language = "en"\n'
        'update_channel = "test"\n'
        'locked = ["autolock_minutes", "language"]\n',
    )
    config = load_machine_config(path)
    assert config.problems == ()
    assert (config.server_url, config.organisation) == (
        "https://sync.example.org",
        "Stichting Noord",
    )
    assert (config.autolock_minutes, config.language, config.update_channel) == (3, "en", "test")
    assert config.is_locked("autolock_minutes")
    assert config.is_locked("language")
    assert not config.is_locked("server_url")
    assert config.value("organisation") == "Stichting Noord"
    with pytest.raises(KeyError):
        config.value("wachtwoord")


def test_a_file_that_is_not_toml_gives_defaults_and_says_so(tmp_path: Path) -> None:
    path = _write(tmp_path, "server_url = https://zonder-aanhalingstekens\n")
    config = load_machine_config(path)
    assert config.server_url is None
    assert config.locked == frozenset()
    assert len(config.problems) == 1
    assert str(path) in config.problems[0]
    assert "geen geldig TOML" in config.problems[0]
    assert "standaardinstellingen" in config.problems[0]


def test_wrong_values_are_skipped_one_by_one(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        'server_url = "ftp://oud"\n'
        "autolock_minutes = 90\n"
        'language = "fr"\n'
        'update_channel = "nightly"\n'
        'organisation = "Stichting Zuid"\n'
        'kleur = "blauw"\n'
        'locked = ["autolock_minutes", "organisation", "geheim"]\n',
    )
    config = load_machine_config(path)
    assert config.organisation == "Stichting Zuid"
    assert (config.server_url, config.autolock_minutes, config.language) == (None, None, None)
    assert config.update_channel is None
    assert config.locked == frozenset({"organisation"})
    text = "\n".join(config.problems)
    for fragment in ("https://", "0 tot en met 60", '"nl" of "en"', '"stable" of "test"'):
        assert fragment in text
    assert "'kleur' is geen bekende instelling" in text
    assert "'geheim' in 'locked'" in text
    assert "'autolock_minutes' staat in 'locked' maar heeft geen geldige waarde" in text
    assert all(problem.startswith(f"In het beheerbestand {path}") for problem in config.problems)


def test_locked_must_be_a_list_of_names(tmp_path: Path) -> None:
    path = _write(tmp_path, 'autolock_minutes = 0\nlocked = "autolock_minutes"\n')
    config = load_machine_config(path)
    assert config.autolock_minutes == 0
    assert config.locked == frozenset()
    assert "moet een lijst van namen zijn" in config.problems[0]


def test_a_boolean_is_not_a_number_of_minutes(tmp_path: Path) -> None:
    config = load_machine_config(_write(tmp_path, "autolock_minutes = true\n"))
    assert config.autolock_minutes is None
    assert config.problems


def test_an_unreadable_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xff\xfe niet utf-8")
    config = load_machine_config(path)
    assert config.problems
    assert "kan niet gelezen worden" in config.problems[0]


def test_the_shipped_example_is_valid_and_sets_nothing() -> None:
    """Every line of the example is commented out; uncommented, every value is accepted."""
    assert load_machine_config(EXAMPLE) == MachineConfig(EXAMPLE)
    text = EXAMPLE.read_text(encoding="utf-8")
    uncommented = "\n".join(re.findall(r"^#([a-z_]+ = .*)$", text, flags=re.MULTILINE))
    config = parse_machine_config(tomllib.loads(uncommented))
    assert config.problems == ()
    assert config.locked == frozenset({"server_url", "autolock_minutes"})


def test_the_logo_for_documents_is_read_and_can_be_locked(tmp_path: Path) -> None:
    path = _write(tmp_path, 'logo = " /srv/samenleren/logo.png "\nlocked = ["logo"]\n')
    config = load_machine_config(path)
    assert config.logo == "/srv/samenleren/logo.png"
    assert config.value("logo") == "/srv/samenleren/logo.png"
    assert config.is_locked("logo")
    assert config.problems == ()
    wrong = load_machine_config(_write(tmp_path, "logo = 3\n"))
    assert wrong.logo is None
    assert any("'logo' moet tekst zijn" in p for p in wrong.problems)
