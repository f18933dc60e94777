"""Whether a row brings a new job, and how that news reads: one of the best reasons to call."""

from __future__ import annotations

import re

from netcompanion import identity

_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ag|sa|s\.a|bv|b\.v|co|corp|corporation|company|oy|ab|as)\.?$"
)


def employer_key(name: str) -> str:
    """ "Litware" and "Litware, Ltd." are one employer: a job change needs a different one."""
    key = identity.company_key(identity.nfc(name))
    while True:
        shorter = _LEGAL_SUFFIX.sub("", key).strip(" ,.")
        if shorter == key:
            return key
        key = shorter


def job_change(name: str, old_company: str, old_title: str, company: str, title: str) -> tuple[str, str]:
    """(event kind, summary): "Ana moved from Contoso to Fabrikam as CTO", or a new title at the same employer."""
    if employer_key(company) != employer_key(old_company):
        summary = f"{name} moved from {old_company} to {company}" if old_company else f"{name} joined {company}"
        return "job-change", summary + (f" as {title}" if title else "")
    summary = f"{name} is now {title}" + (f" at {company}" if company else "")
    return "title-change", summary + (f" (was {old_title})" if old_title else "")
