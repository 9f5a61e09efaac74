"""Data files shipped with the program (content, icons, fonts); no code."""
