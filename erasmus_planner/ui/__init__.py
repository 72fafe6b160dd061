"""The desktop application (PySide6): main window, table models, dialogs and undo commands."""

APP_TITLE = "Erasmus+ Consortium Planner"  # a name: the same in every language
