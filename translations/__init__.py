"""Qt Linguist translations (.ts sources, compiled .qm)."""
