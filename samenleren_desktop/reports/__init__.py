"""PDF documents and reports, made locally with reportlab. Nothing here imports Qt."""
