"""Runtime hook of the bundle, in place of PyInstaller's own for PySide6: the same settings,
without importing Qt at every start.

PyInstaller's hook imports PySide6.QtCore (and shiboken with it, ~40 ms) to register an embedded
qt.conf that points Qt at the bundle's folders; the command line's ``check`` never uses Qt and
paid for it on every run. Here the environment is set as that hook sets it, and the qt.conf is
registered the moment PySide6.QtCore is first imported, by PyInstaller's own helper.
"""


def _hook() -> None:
    import importlib.abc
    import importlib.util
    import os
    import sys

    qt = os.path.join(sys._MEIPASS, "PySide6") if sys.platform.startswith("win") else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    if sys.platform.startswith("win"):
        # QtNetwork finds the OpenSSL DLLs collected beside the program.
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
    elif sys.platform == "darwin" and not getattr(sys, "_pyi_is_app_bundle", False):
        os.environ["DYLD_LIBRARY_PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("DYLD_LIBRARY_PATH", "")

    class QtConfOnFirstImport(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            real = spec.loader

            class Loader(importlib.abc.Loader):
                def create_module(self, spec):  # type: ignore[no-untyped-def]
                    return real.create_module(spec)

                def exec_module(self, module):  # type: ignore[no-untyped-def]
                    real.exec_module(module)
                    sys.modules[name] = module
                    from _pyi_rth_utils import qt as qt_rth_utils

                    qt_rth_utils.create_embedded_qt_conf("PySide6", qt)

            spec.loader = Loader()
            return spec

    sys.meta_path.insert(0, QtConfOnFirstImport())


_hook()
del _hook
