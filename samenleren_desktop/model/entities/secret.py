"""Secrets kept inside the encrypted workspace when the OS has no usable keyring."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class WorkspaceSecret(SQLModel, table=True):
    """One named secret (e.g. the sync device token), encrypted with the whole database.

    Attributes:
        name: what the secret is for.
        value: the secret itself.
    """

    __tablename__ = "workspace_secret"

    name: str = Field(primary_key=True, max_length=100)
    value: str = Field(max_length=10_000)
