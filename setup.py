"""Packages for setuptools; all other metadata is in pyproject.toml.

resources/ and translations/ sit at the top of the repository, as DEVELOPERS.md lays out, and
are installed inside the package (samenleren_desktop/resources, .../translations), so an
installed program finds them beside its code.
"""

from setuptools import find_packages, setup

packages = find_packages(include=["samenleren_desktop*", "samenleren_server*"])
setup(
    packages=[*packages, "samenleren_desktop.resources", "samenleren_desktop.translations"],
    package_dir={
        "samenleren_desktop.resources": "resources",
        "samenleren_desktop.translations": "translations",
    },
)
