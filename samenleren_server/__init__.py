"""The central sync server. It imports model/ and the sync protocol, never ui/."""
