import os

# The one GUI test here runs real Qt widgets without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
