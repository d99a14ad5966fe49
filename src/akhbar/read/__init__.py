"""Readers for raw news inputs: plain text, HTML, WARC, RSS and JSON corpora."""
