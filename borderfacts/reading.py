"""Reading inputs: bytes from a path or stdin, decoded to text, with clear errors.

Every failure is an ``InputError`` whose message fits on one line; the CLI
prints it and moves on to the next input.

Text is kept exactly as decoded (CRLF, non-breaking and zero-width characters
included) because output offsets index it. Only a byte-order mark is dropped,
as part of decoding. HTML pages are reduced to their article text first
(``borderfacts.html``); offsets then index that extracted text.
"""
from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Optional

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # 10 MiB: far above any article, far below trouble

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE | re.DOTALL)
EXTRACTED = " (extracted text)"

# Single-byte code pages charset-normalizer may propose for Western text; on a
# tie, English news is far more often Windows-1252 than any of them.
_PREFERRED_SINGLE_BYTE = "cp1252"
_NEVER_GUESS = ("cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140", "cp1006")  # EBCDIC, Urdu
_CONTROL_OK = frozenset("\t\n\r\f\v\x1b")


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"


class InputError(Exception):
    """An input that cannot be read; ``kind`` is the error record's ``type``."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass
class InputText:
    source: str  # the name as given
    text: str  # what the pipeline reads; offsets index this
    encoding: str
    format: str = "text"  # "text" or "html"
    dateline: Optional[str] = None  # publication date from the page's metadata (HTML only)

    @property
    def label(self) -> str:
        """The record's ``source``: says when offsets refer to text extracted from HTML."""
        return self.source + EXTRACTED if self.format == "html" else self.source


def source_of_label(label: str) -> str:
    """Inverse of ``InputText.label``: the input name a record's ``source`` came from."""
    return label[: -len(EXTRACTED)] if label.endswith(EXTRACTED) else label


def read_bytes(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    if source == "-":
        try:
            data = sys.stdin.buffer.read(max_bytes + 1)
        except (AttributeError, ValueError, OSError):
            raise InputError("unreadable", "standard input is closed or not readable") from None
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise InputError("is_directory", "is a directory")
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError("too_large", f"{size} bytes, over the limit of {max_bytes} (see --max-bytes)")
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError("not_found", "no such file") from None
        except PermissionError:
            raise InputError("permission_denied", "permission denied") from None
        except IsADirectoryError:
            raise InputError("is_directory", "is a directory") from None
        except (OSError, ValueError) as error:  # ValueError: NUL in the path name
            raise InputError("unreadable", getattr(error, "strerror", None) or str(error)) from None
    if len(data) > max_bytes:
        raise InputError("too_large", f"over the limit of {max_bytes} bytes (see --max-bytes)")
    return data


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding). BOMs first, then strict UTF-8, then charset-normalizer."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding
            except UnicodeDecodeError:
                raise InputError("undecodable", f"invalid {encoding} despite its byte-order mark") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary", "looks like a binary file (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for non-UTF-8 input

    matches = from_bytes(data, cp_exclusion=list(_NEVER_GUESS))
    best = matches.best()
    if best is None:
        raise InputError("undecodable", "bytes are not text in any encoding we recognise")
    for match in matches:  # a near tie with Windows-1252 (short Western text): take Windows-1252
        if (
            match.encoding == _PREFERRED_SINGLE_BYTE
            and match.chaos <= best.chaos + 0.01
            and match.coherence >= best.coherence - 0.05
        ):
            best = match
            break
    return _checked(str(best)), best.encoding


def _checked(text: str) -> str:
    """Refuse decoded 'text' that is mostly control characters (a binary file)."""
    sample = text[:65536]
    controls = sum(1 for char in sample if char not in _CONTROL_OK and unicodedata.category(char) == "Cc")
    if controls and controls > 0.02 * len(sample):
        raise InputError("binary", "looks like a binary file (control characters), not text")
    return text


def looks_like_html(source: str, data: bytes) -> bool:
    if source.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    return bool(HTML_START.match(head))


def parse(source: str, data: bytes, input_format: InputFormat | str = InputFormat.auto) -> InputText:
    """Decode (and for HTML, extract) one input's bytes."""
    input_format = InputFormat(input_format)
    is_html = input_format is InputFormat.html or (input_format is InputFormat.auto and looks_like_html(source, data))
    if not data.strip():
        raise InputError("empty", "empty or whitespace-only input")
    text, encoding = decode(data)
    if not is_html:
        if not text.strip():
            raise InputError("empty", "empty or whitespace-only input")
        return InputText(source, text, encoding)
    return from_html(source, text, encoding)


def from_html(source: str, markup: str, encoding: str = "utf-8") -> InputText:
    from .html import extract_article

    text, published = extract_article(markup)
    return InputText(source, text, encoding, format="html", dateline=published)


def from_string(source: str, text: str, input_format: InputFormat | str = InputFormat.auto) -> InputText:
    """An input that is already text (a JSON Lines record's field)."""
    input_format = InputFormat(input_format)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("undecodable", "text contains unpaired surrogate code points") from None
    _checked(text)
    if input_format is InputFormat.html or (
        input_format is InputFormat.auto and HTML_START.match(text[:4096].encode("utf-8"))
    ):
        return from_html(source, text)
    if not text.strip():
        raise InputError("empty", "empty or whitespace-only input")
    return InputText(source, text, "utf-8")


def read_input(
    source: str, max_bytes: int = DEFAULT_MAX_BYTES, input_format: InputFormat | str = InputFormat.auto
) -> InputText:
    return parse(source, read_bytes(source, max_bytes), input_format)
