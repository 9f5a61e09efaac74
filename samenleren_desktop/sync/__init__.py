"""Sync protocol and client. Nothing here imports Qt."""
