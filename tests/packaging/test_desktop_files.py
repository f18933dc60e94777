"""Desktop integration files: they validate, and `make install-desktop` puts them where desktops look."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
APP_ID = "org.netcompanion.NetCompanion"


def _needs(tool: str) -> str:
    found = shutil.which(tool)
    if not found:
        pytest.skip(f"{tool} is not installed (CI installs it)")
    return found


def test_metainfo_validates():
    done = subprocess.run([_needs("appstreamcli"), "validate", "--no-net", str(RESOURCES / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_validates():
    done = subprocess.run([_needs("desktop-file-validate"), str(RESOURCES / f"{APP_ID}.desktop")],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_app_icon_png_has_its_size(size):
    data = (RESOURCES / "app" / "png" / f"{size}x{size}" / "netcompanion.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_install_desktop_for_the_current_user(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    subprocess.run([sys.executable, str(ROOT / "packaging" / "install_desktop.py")], env=env, check=True,
                   capture_output=True)  # fmt: skip
    entry = (tmp_path / "applications" / f"{APP_ID}.desktop").read_text()
    assert "Exec=/" in entry and "netcompanion-gui" in entry
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    assert (tmp_path / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").exists()
    assert (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
