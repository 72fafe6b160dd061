"""The command line of spec/plan-format.md §3 (entry point: ``main.py``). ``check`` imports
neither Qt nor ReportLab.

The exit codes live here, in the package every command module loads anyway, so that ``main.py``,
the parser (``parsing.py``) and the commands share them without importing one another (no import
cycle, and no extra module on ``check``'s path).
"""

EXIT_OK = 0
EXIT_BAD_INPUT = 2  # a file, row, partner or argument that is not valid (argparse's own code too)
EXIT_UNEXPECTED = 4  # a fault of the planner itself, not of the input: the details are in a log
EXIT_INTERRUPTED = 130  # Ctrl+C, as a shell reports a process ended by SIGINT
