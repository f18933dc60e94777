"""A real, throw-away desktop for end-to-end tests: Xvfb, a D-Bus session, dunst and a tray host."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

TOOLS = ("Xvfb", "dbus-run-session", "dunst", "dunstctl", "trayer", "xwininfo", "xdotool", "import")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wait_for(check: Callable[[], object], timeout: float, what: str, interval: float = 0.2):
    """Poll until `check()` is truthy; fail with `what` when it never is (a hang guard, not a speed limit)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(interval)


class Desktop:
    """Starts the pieces in order; `stop()` ends exactly the processes it started."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.processes: list[subprocess.Popen] = []
        self.env = dict(os.environ)

    def _spawn(self, command: list[str], log_name: str, **kwargs) -> subprocess.Popen:
        log = open(self.root / log_name, "wb")  # noqa: SIM115 - closed with the process in stop()
        process = subprocess.Popen(command, stdout=kwargs.pop("stdout", log), stderr=log, env=self.env,
                                   start_new_session=True, **kwargs)  # fmt: skip
        process.log = log  # type: ignore[attr-defined]
        self.processes.append(process)
        return process

    def start(self, with_tray: bool = True) -> Desktop:
        home = self.root / "home"
        runtime = self.root / "runtime"
        for folder in (home, runtime):
            folder.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        self.env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
                        XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="xcb", TZ="UTC")  # fmt: skip
        self.env.pop("WAYLAND_DISPLAY", None)
        # Xvfb picks a free display number and writes it to the pipe.
        read_fd, write_fd = os.pipe()
        self._spawn(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                    "xvfb.log", pass_fds=(write_fd,))  # fmt: skip
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        assert display, "Xvfb did not start"
        self.env["DISPLAY"] = f":{display}"
        bus = self._spawn(["dbus-run-session", "--", "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec sleep 3600'],
                          "dbus.log", stdout=subprocess.PIPE)  # fmt: skip
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        # Markup on, as on most desktops (so escaping matters); notifications stay until closed, so a
        # slow machine cannot miss one that timed out.
        dunstrc = home / ".config" / "dunst" / "dunstrc"
        dunstrc.parent.mkdir(parents=True, exist_ok=True)
        urgencies = "".join(f"[urgency_{u}]\n    timeout = 0\n" for u in ("low", "normal", "critical"))
        dunstrc.write_text("[global]\n    markup = full\n    max_icon_size = 64\n" + urgencies)
        self._spawn(["dunst", "-config", str(dunstrc)], "dunst.log")
        wait_for(lambda: self.run("dunstctl", "is-paused").returncode == 0, 20, "dunst on the session bus")
        if with_tray:
            self.start_tray()
        return self

    def start_tray(self) -> None:
        self.tray = self._spawn(["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "240",
                                 "--height", "32", "--SetDockType", "true", "--transparent", "false", "--tint",
                                 "0x303030"], "trayer.log")  # fmt: skip
        wait_for(lambda: '"panel": ("panel" "trayer")' in self.tree(), 20, "trayer's panel")

    def run(self, *command: str, timeout: float = 30) -> subprocess.CompletedProcess:
        return subprocess.run(command, capture_output=True, text=True, env=self.env, timeout=timeout)

    def tree(self) -> str:
        return self.run("xwininfo", "-root", "-tree").stdout

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.run("import", "-window", "root", str(path))
        return path

    def dunst_history(self) -> list[dict[str, str]]:
        data = json.loads(self.run("dunstctl", "history").stdout)["data"]
        return [{key: value["data"] for key, value in entry.items()} for entry in (data[0] if data else [])]

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
            process.log.close()
        self.processes.clear()


def ask_window_to_close(display: str, window_id: int) -> None:
    """What a window manager's close button does: send WM_DELETE_WINDOW (there is no WM here)."""
    import ctypes
    import ctypes.util

    xlib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    xlib.XFlush.argtypes = [ctypes.c_void_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                    ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                    ("format", ctypes.c_int), ("data", ctypes.c_long * 5), ("pad", ctypes.c_long * 12)]  # fmt: skip

    connection = xlib.XOpenDisplay(display.encode())
    assert connection, f"cannot open display {display}"
    try:
        event = ClientMessage()
        event.type = 33  # ClientMessage
        event.window = window_id
        event.message_type = xlib.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        event.format = 32
        event.data[0] = xlib.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        xlib.XSendEvent(connection, window_id, 0, 0, ctypes.byref(event))
        xlib.XFlush(connection)
    finally:
        xlib.XCloseDisplay(connection)
