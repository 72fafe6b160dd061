"""Exchange formats: the plan JSON of spec/plan-format.md §2, and spreadsheets of partners."""
