"""Access log lines in the combined log format, with the handling time appended."""

from __future__ import annotations

from datetime import datetime
from typing import TextIO
from urllib.parse import urlencode

from routekit.messages import Request, Response


def write_access_log(stream: TextIO, request: Request, response: Response, when: datetime, elapsed: float) -> str:
    """Write one access log line for an answered request.

    The line looks like
    ``10.0.0.5 - - [05/Mar/2024:14:03:09 +0000] "GET /users/7?full=1 HTTP/1.1" 200 17 "-" "curl/8.5" 0.012``:
    the body size in UTF-8 bytes is ``-`` for an empty body, missing Referer and User-Agent
    headers are ``-``, and double quotes inside header values are escaped.

    Args:
        stream: Where the line goes, followed by a newline.
        request: The request as received.
        response: The response sent.
        when: When the request arrived; must be timezone-aware.
        elapsed: Seconds spent handling it, written with three decimals.

    Returns:
        The line written, without its newline.

    Raises:
        ValueError: If ``when`` is naive or ``elapsed`` is negative.
    """
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("access log times must be timezone-aware")
    if elapsed < 0:
        raise ValueError(f"elapsed time cannot be negative: {elapsed}")
    target = request.path
    if request.query:
        target += "?" + urlencode(request.query, doseq=True)
    size = len(response.body.encode("utf-8"))

    def quoted(name: str) -> str:
        value = request.headers.get(name, "-") or "-"
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    line = (
        f"{request.client or '-'} - - [{when.strftime('%d/%b/%Y:%H:%M:%S %z')}] "
        f'"{request.method} {target} {request.version}" {response.status} {size or "-"} '
        f"{quoted('referer')} {quoted('user-agent')} {elapsed:.3f}"
    )
    stream.write(line + "\n")
    return line
