"""The desktop application (PySide6): main window, table models, dialogs and undo commands."""

from erasmus_planner.ui.none_guard import keep_singletons_alive

APP_TITLE = "Erasmus+ Consortium Planner"  # a name: the same in every language

# Before any window exists: see none_guard (a defect of PySide6 6.12.0 on Python 3.11).
keep_singletons_alive()
