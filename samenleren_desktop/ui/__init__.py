"""PySide6 widgets, views and view-models: the only package that imports Qt."""
