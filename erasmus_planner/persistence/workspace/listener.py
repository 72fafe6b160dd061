"""Live updates: LISTEN on the workspace's channel in a background thread.

The server announces every save, removal and change of editor (triggers, see migration w0001)
with the id of the client that caused it; this listener drops its own client's announcements
(JabRef's lesson: otherwise an edit comes back as a "change by someone else") and hands the
rest to a callback, in the listener's thread. A caller with a window re-emits them as a signal.

When the connection drops (server restart, network), the listener reconnects by itself with a
growing pause (1 s … 30 s), and after reconnecting announces ``{"what": "reconnected"}``: what
was said while it was away is lost, so the receiver reads everything again.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any, Final

from erasmus_planner.persistence.workspace.address import WorkspaceAddress
from erasmus_planner.persistence.workspace.connect import connect

CHANNEL: Final = "erasmus_planner"
Event = dict[str, Any]


class Listener:
    def __init__(self, address: WorkspaceAddress, client_id: str, on_event: Callable[[Event], None]) -> None:
        self.address = address
        self.client_id = client_id
        self._on_event = on_event
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="workspace-listener", daemon=True)
        self.listening = threading.Event()  # set while a LISTEN is active (tests wait for it)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        pause = 1.0
        first = True
        while not self._stop.is_set():
            try:
                conn = connect(self.address, autocommit=True)
            except Exception:
                self._stop.wait(pause)
                pause = min(pause * 2, 30.0)
                continue
            pause = 1.0
            try:
                conn.execute("LISTEN erasmus_planner")
                self.listening.set()
                if not first:
                    self._deliver({"what": "reconnected", "sender": ""})
                first = False
                while not self._stop.is_set():
                    for notice in conn.notifies(timeout=0.5):
                        self._deliver(_event(notice.payload))
            except Exception:
                self.listening.clear()
            finally:
                conn.close()

    def _deliver(self, event: Event) -> None:
        if event.get("sender") == self.client_id:
            return
        try:
            self._on_event(event)
        except Exception:  # a receiver's bug must not end live updates
            pass


def _event(payload: str) -> Event:
    try:
        value = json.loads(payload)
    except ValueError:
        return {"what": "unknown", "sender": ""}
    return value if isinstance(value, dict) else {"what": "unknown", "sender": ""}
