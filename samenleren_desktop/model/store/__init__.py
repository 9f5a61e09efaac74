"""The encrypted workspace: key file, SQLCipher database, lock, migrations and credentials."""
