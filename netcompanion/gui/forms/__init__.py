"""Python built from the Designer forms in ui/ by `make forms` (pyside6-uic); never edit by hand.

Each module records the SHA-256 of the .ui file it was built from. `assets.load_form`
uses a module only while that hash matches the form on disk, otherwise it loads the .ui
file itself, so what runs is always what the .ui file says.
"""
