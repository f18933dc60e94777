"""Install NetCompanion's menu entry, AppStream metainfo and icons for the current user (XDG folders)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.netcompanion.NetCompanion"


def main() -> int:
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    resources = ROOT / "resources"
    applications = data_home / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    entry = (resources / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    launcher = shutil.which("netcompanion-gui") or str(Path(sys.executable).with_name("netcompanion-gui"))
    entry = entry.replace("Exec=netcompanion-gui", f"Exec={launcher}").replace(
        "TryExec=netcompanion-gui", f"TryExec={launcher}"
    )
    (applications / f"{APP_ID}.desktop").write_text(entry, encoding="utf-8")
    metainfo = data_home / "metainfo"
    metainfo.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resources / f"{APP_ID}.metainfo.xml", metainfo / f"{APP_ID}.metainfo.xml")
    icons = data_home / "icons" / "hicolor"
    scalable = icons / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resources / "app" / "netcompanion.svg", scalable / f"{APP_ID}.svg")
    for png in sorted((resources / "app" / "png").glob("*/netcompanion.png")):
        target = icons / png.parent.name / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    for tool in (
        ["update-desktop-database", str(applications)],
        ["gtk-update-icon-cache", "-q", "-t", str(icons)],
    ):
        if shutil.which(tool[0]):
            subprocess.run(tool, check=False)
    print(f"Installed {APP_ID} for {Path.home().name}: {applications / (APP_ID + '.desktop')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
