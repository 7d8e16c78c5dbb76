"""What a file is, by its first bytes; the text of a PDF."""

from __future__ import annotations

import io
import logging
from functools import lru_cache
from pathlib import Path

from newsledger.loading import read_yaml


SIGNATURES_FILE = Path(__file__).with_name("data") / "signatures.yaml"
PDF = "PDF"

# pypdf logs each repair it makes to a damaged file; the ingest summary gives the one reason that counts.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pypdf").propagate = False


@lru_cache(maxsize=1)
def _signatures() -> list[tuple[int, bytes, str]]:
    spec = read_yaml(SIGNATURES_FILE)
    return [(entry.get("offset", 0), bytes.fromhex(entry["hex"]), entry["format"]) for entry in spec]


def sniff(head: bytes) -> str | None:
    """The format a file's first bytes announce (a name from data/signatures.yaml), or None for none known."""
    for offset, magic, name in _signatures():
        if head[offset : offset + len(magic)] == magic:
            return name
    return None


def pdf_text(data: bytes) -> str:
    """The text of every page of a PDF, pages separated by a blank line, in pypdf's layout-free reading.

    Raises ValueError with a one-line reason when the PDF cannot be read or holds no text (a scan)."""
    from pypdf import PdfReader  # here, not at the top: importing it takes 0.24 s that runs without PDFs need not pay

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # many PDFs are "encrypted" with an empty password only to restrict printing
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as e:  # pypdf raises many kinds on damaged files; one file must not stop a batch
        raise ValueError(f"PDF could not be read ({error_summary(e)})") from e
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise ValueError("PDF with no extractable text (a scan or images only)")
    return text


def error_summary(error: BaseException) -> str:
    """'AssertionError' or 'KeyError: /Root': a third-party failure named in one short line, for a skip reason."""
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__
