"""The ``outbox`` channel: a Maildir folder, readable by any mail client, no server.

Where: the agency's ``outbox`` contact (a folder), else the plan's
``settings.engine.outbox``, else ``PLANFLOW_OUTBOX``, else ``outbox`` in the per-user
data folder. Each notification becomes one file named after its idempotency key, moved
from ``tmp/`` into ``new/`` with a hard link (the Maildir delivery protocol): a second
delivery of the same key finds the file and does nothing, so this channel delivers
exactly once even when a tick is killed and rerun.
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

import planflow

from .message import build_message

__all__ = ["OutboxChannel", "default_folder"]


def default_folder() -> Path:
    """``PLANFLOW_OUTBOX``, else ``outbox`` in the per-user data folder."""
    env = os.environ.get("PLANFLOW_OUTBOX")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("planflow", appauthor=False)) / "outbox"


@attrs.frozen
class OutboxChannel:
    """Writes notifications as messages into a Maildir folder."""

    name: str = "outbox"
    folder: Path | None = None
    sender: str = "planflow@planflow.invalid"

    def folder_for(self, notification: planflow.Notification) -> Path:
        """Where ``notification`` goes."""
        if notification.address:
            return Path(notification.address).expanduser()
        return self.folder or default_folder()

    def deliver(self, notification: planflow.Notification) -> None:
        root = Path(os.path.abspath(self.folder_for(notification)))
        # tmp/, new/, cur/ made race-free: mailbox.Maildir(create=True) checks, then makes,
        # and the loser of two ticks starting at once got FileExistsError (a failed delivery)
        for sub in ("tmp", "new", "cur"):
            os.makedirs(root / sub, mode=0o700, exist_ok=True)
        name = f"planflow-{notification.digest}"
        if (root / "new" / name).exists() or any(
                e.name.startswith(name + ":") for e in os.scandir(root / "cur")):
            return  # delivered before (a rerun after a crash)
        data = bytes(build_message(notification, self.sender))
        tmp = root / "tmp" / f"{name}.{os.getpid()}"
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, root / "new" / name)
        except FileExistsError:
            pass  # a concurrent delivery of the same key won
        finally:
            os.unlink(tmp)
        dfd = os.open(root / "new", os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
