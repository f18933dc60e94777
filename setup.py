"""Only what pyproject.toml cannot say: ship the top-level ui/ and resources/ inside the package.

They land in the wheel as netcompanion/ui and netcompanion/resources, where netcompanion.assets finds them.
"""

from pathlib import Path

from setuptools import find_packages, setup


def data_packages(folder: str, package: str) -> list[str]:
    """A folder of data files (and its sub-folders) named as packages, so setuptools ships them."""
    names = [package]
    for path in sorted(Path(folder).rglob("*")):
        parts = path.relative_to(folder).parts
        if path.is_dir() and "__pycache__" not in parts and all(p.isidentifier() for p in parts):
            names.append(".".join((package, *parts)))
    return names


setup(
    packages=[
        *find_packages(include=["netcompanion", "netcompanion.*"]),
        *data_packages("netcompanion/store/migrations", "netcompanion.store.migrations"),
        *data_packages("ui", "netcompanion.ui"),
        *data_packages("resources", "netcompanion.resources"),
    ],
    package_dir={"netcompanion.ui": "ui", "netcompanion.resources": "resources"},
)
