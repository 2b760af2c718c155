"""Article text and publication date from HTML, with trafilatura (optional extra).

``pip install 'borderfacts[html]'`` installs trafilatura; it is imported only
when an HTML input is actually read, so text-only runs never pay for it.
Offsets in the output refer to the text returned here, not to the markup.
"""
from __future__ import annotations

import re
from typing import Optional

from .reading import InputError

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INSTALL_HINT = "HTML input needs trafilatura: pip install 'borderfacts[html]' (or pass --input-format text)"


def extract_article(markup: str) -> tuple[str, Optional[str]]:
    """(article text, publication date as YYYY-MM-DD or None) from a web page."""
    try:
        import trafilatura
    except ImportError:
        raise InputError("html_unsupported", INSTALL_HINT) from None
    try:
        result = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    except Exception as error:  # noqa: BLE001 - a page lxml cannot parse is a bad input, not a crash
        raise InputError("bad_html", f"cannot parse the HTML ({type(error).__name__})") from None
    if result is None:
        raise InputError("no_text", "no article text found in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)  # trafilatura 2.x / 1.x
    text = data.get("text") or ""
    if not text.strip():
        raise InputError("no_text", "no article text found in the HTML")
    published = data.get("date")
    if not (isinstance(published, str) and ISO_DAY.match(published)):
        published = None
    return text, published
