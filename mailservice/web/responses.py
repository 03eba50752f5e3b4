"""What the web part sends that is not a page: a file to save (an export, a stored message, the member's data)."""

from __future__ import annotations

from starlette.responses import Response

CSV = "text/csv; charset=utf-8"


def download(body: bytes, filename: str, media_type: str = CSV) -> Response:
    """``body`` as a file named ``filename`` to save, never shown in the browser window."""
    return Response(body, media_type=media_type, headers={"content-disposition": f'attachment; filename="{filename}"'})
