"""The application layer: every change the GUI, CLI, sync and reports make goes through here."""
