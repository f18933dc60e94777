"""LinkedIn profile URLs, normalised fast: most exported URLs are already in normal form.

Those skip the full parse (same result as `identity.normalize_linkedin_url`, about ten times
faster); message files repeat the same few thousand URLs, so results are cached too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote, unquote

from netcompanion.identity import normalize_linkedin_url

_CANONICAL = re.compile(r"https://www\.linkedin\.com/in/[a-z0-9_.~-]+")
# The usual shape with percent-encoded letters (non-Latin names): decode and re-encode the slug only.
_ENCODED = re.compile(r"https://www\.linkedin\.com/in/([A-Za-z0-9_.~%-]+)/?")


def profile_url(text: str) -> str | None:
    if _CANONICAL.fullmatch(text):
        return text
    return _normalized(text)


@lru_cache(maxsize=65536)
def _normalized(text: str) -> str | None:
    match = _ENCODED.fullmatch(text)
    if match is None:
        return normalize_linkedin_url(text)
    slug = unicodedata.normalize("NFC", unquote(match.group(1))).strip().lower()
    return f"https://www.linkedin.com/in/{quote(slug, safe='-_.~')}" if slug else None
