"""The wheel is a complete app: installed into a fresh environment outside the source tree, it runs."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from netcompanion import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("netcompanion-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding only the wheel; third-party packages come from this test run's environment."""
    env_dir = tmp_path_factory.mktemp("fresh") / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    # Deps without the editable netcompanion: plain path entries don't run the dev venv's .pth files.
    dev_site = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (Path(purelib) / "dev_deps.pth").write_text("\n".join(sorted(dev_site)) + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True)
    return env_dir


def test_wheel_carries_migrations_forms_and_resources(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("netcompanion/store/migrations/versions/0001") for n in names)
    assert "netcompanion/store/migrations/env.py" in names
    assert "netcompanion/resources/app/netcompanion.svg" in names
    assert "netcompanion/resources/org.netcompanion.NetCompanion.desktop" in names
    forms = [n for n in names if n.startswith("netcompanion/ui/") and n.endswith(".ui")]
    assert len(forms) == len(list((ROOT / "ui").glob("*.ui")))


def test_installed_wheel_runs_outside_the_source_tree(installed, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PYTHONPATH": ""}
    script = installed / "bin" / "netcompanion"
    version = subprocess.run(
        [str(script), "--version"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.strip() == f"netcompanion {__version__}"
    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c", "import netcompanion; print(netcompanion.__file__)"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert str(installed) in where and str(ROOT) not in where
    db = tmp_path / "smoke.sqlite3"
    started = subprocess.run(
        [str(script), "--db", str(db), "gui", "--quit-after", "1"], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    listed = subprocess.run([str(script), "--db", str(db), "contacts", "--json"], cwd=tmp_path, env=env,
                            capture_output=True, text=True)  # fmt: skip
    assert listed.returncode == 0 and listed.stdout.strip() == "[]"  # migrations were found and applied
