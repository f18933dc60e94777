"""Text the user typed (a name, a title, a company) inside the app's own sentences, in any script.

A title or company in Arabic or Hebrew at the start of "… at … · cold · never touched" made the
whole line a right-to-left paragraph: it hugged the right edge and the English words came in
reverse order. Such a piece is set apart with a Unicode first-strong isolate, so it reads in its
own direction while the sentence reads in the app's. The labels that show a name alone are
aligned left whatever the direction of their text in the forms (Qt's AlignLeft | AlignAbsolute).
"""

from __future__ import annotations

import unicodedata

FSI, PDI = "\u2068", "\u2069"  # first strong isolate … pop directional isolate


def isolate(text: str) -> str:
    """`text` set apart from the sentence around it when it holds right-to-left letters; as it is
    otherwise (no invisible marks in the usual case)."""
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return f"{FSI}{text}{PDI}"
    return text
