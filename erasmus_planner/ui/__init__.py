"""The desktop application (PySide6): main window, table models, dialogs and undo commands."""
