"""``python -m akhbar`` runs the command line."""

from akhbar.cli import main

main()
