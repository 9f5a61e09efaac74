"""Samen Leren Desktop: the coach's offline program for the Samen Leren home-visit intervention."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("samenleren-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
