"""Domain, content, rules and the encrypted store. Nothing here imports Qt."""
