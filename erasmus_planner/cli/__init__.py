"""The command line of spec/plan-format.md §3. ``check`` imports neither Qt nor ReportLab."""
