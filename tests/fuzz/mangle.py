"""Hypothesis strategies that turn real files into plausible garbage."""

from __future__ import annotations

from hypothesis import strategies as st


@st.composite
def mangled(draw, original: bytes) -> bytes:
    """The original bytes with a few random cuts, flips, insertions and repeats."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            data.extend(draw(st.binary(min_size=1, max_size=64)))
            continue
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat", "zero"]))
        if action == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 256))]
        elif action == "truncate":
            del data[at:]
        elif action == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 512))]
        else:
            end = min(len(data), at + draw(st.integers(1, 4096)))
            data[at:end] = bytes(end - at)
    return bytes(data)


def any_file(original: bytes) -> st.SearchStrategy[bytes]:
    """Random bytes, mangled real files, or the real text re-encoded oddly."""
    text = original.decode("utf-8", errors="replace")
    return st.one_of(
        st.binary(max_size=2048),
        mangled(original),
        st.sampled_from(["utf-16", "latin-1", "utf-8-sig"]).map(
            lambda enc: text.encode(enc, errors="replace")
        ),
        st.text(max_size=500).map(lambda t: (text[:300] + t).encode("utf-8", errors="replace")),
    )
