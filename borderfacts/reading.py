"""Reading inputs: bytes from a path or stdin, decoded to text, with clear errors.

Every failure is an ``InputError`` whose message fits on one line; the CLI
prints it and moves on to the next input.
"""
from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # 10 MiB: far above any article, far below trouble


class InputError(Exception):
    """An input that cannot be read; ``kind`` is the error record's ``type``."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass
class InputText:
    source: str
    text: str
    encoding: str


def read_bytes(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
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
        except OSError as error:
            raise InputError("unreadable", error.strerror or str(error)) from None
    if len(data) > max_bytes:
        raise InputError("too_large", f"over the limit of {max_bytes} bytes (see --max-bytes)")
    return data


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding). BOMs first, then strict UTF-8, then a charset detector."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError("undecodable", f"invalid {encoding} despite its byte-order mark") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary", "looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for non-UTF-8 input

    best = from_bytes(data).best()
    if best is None:
        raise InputError("undecodable", "bytes are not text in any encoding we recognise")
    return str(best), best.encoding


def read_input(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> InputText:
    text, encoding = decode(read_bytes(source, max_bytes))
    if not text.strip():
        raise InputError("empty", "empty or whitespace-only input")
    return InputText(source, text, encoding)
