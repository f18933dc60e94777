"""One running app per database: a second launch brings the first window forward and exits.

A QLockFile says who runs (it knows the owner's process id, so a lock left by a crash
is recognised as stale and cleared), and a QLocalServer lets a second launch ask the
running one to show itself ("raise" → "ok").
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from netcompanion import APP_ID

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000


def instance_name(db_path: Path | None) -> str:
    """Per user and per database, so two databases (or two test runs) don't block each other."""
    where = str(Path(db_path).resolve()) if db_path else "default"
    digest = hashlib.sha1(where.encode()).hexdigest()[:12]
    return f"{APP_ID}-{getpass.getuser()}-{digest}"


def ask_running_instance(name: str, message: bytes = b"raise") -> bool:
    """Tell a running instance to come forward; True when it answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(message + b"\n")
    socket.flush()
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll()).strip() == b"ok"
    socket.disconnectFromServer()
    return answered


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, db_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = instance_name(db_path)
        self.lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: we are the one instance (and now listen). False: another one runs and was raised."""
        for _attempt in range(2):
            if self.lock.tryLock(200):
                self._listen()
                return True
            if ask_running_instance(self.name):
                log.info("NetCompanion is already running; brought its window forward")
                return False
            # Locked but nobody answers: the owner crashed (or hangs). Clear a stale lock and retry.
            log.info("clearing a stale instance lock")
            self.lock.removeStaleLockFile()
        return False

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a socket file left behind by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            log.warning("cannot listen for second launches: %s", self.server.errorString())
            return
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll()).strip().startswith(b"raise"):
            log.info("a second launch asked us to come forward")
            self.raise_requested.emit()
            socket.write(b"ok\n")
            socket.flush()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()
