"""Tracking numbers (UPU S10) and tracking links."""

import re
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_S10_RE = re.compile(r"^[A-Z]{2}\d{9}[A-Z]{2}$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")

TRACKING_HOST = "track.shipquote.example"
TRACKING_PATH = "/parcels/"


def s10_check_digit(serial: str) -> int:
    """Compute the S10 check digit of an eight-digit serial number.

    :param serial: the eight digits between the service letters and the
        check digit.
    :returns: the check digit, 0 to 9.
    :raises ValueError: if ``serial`` is not exactly eight digits.
    """
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError(f"serial must be eight digits, got {serial!r}")
    total = sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 10:
        return 0
    if check == 11:
        return 5
    return check


def is_valid_tracking_number(number: str) -> bool:
    """Tell whether ``number`` is a well-formed S10 number with a correct check digit."""
    number = number.strip().upper()
    if not _S10_RE.match(number):
        return False
    return s10_check_digit(number[2:10]) == int(number[10])


def build_tracking_url(number: str, email: str | None = None) -> str:
    """Build the public tracking link for a parcel.

    Args:
        number: The S10 tracking number.
        email: Address to notify of status changes, if the customer asked.

    Returns:
        An ``https`` URL; the e-mail, if any, is in the ``notify`` query
        parameter.

    Raises:
        ValueError: If the tracking number or the e-mail address is invalid.
    """
    number = number.strip().upper()
    if not is_valid_tracking_number(number):
        raise ValueError(f"invalid tracking number: {number!r}")
    query = ""
    if email is not None:
        query = urlencode({"notify": _normalise_email(email)})
    return urlunsplit(("https", TRACKING_HOST, TRACKING_PATH + number, query, ""))


def parse_tracking_url(url: str) -> tuple[str, str | None]:
    parts = urlsplit(url)
    if parts.netloc != TRACKING_HOST or not parts.path.startswith(TRACKING_PATH):
        raise ValueError(f"not a tracking link: {url!r}")
    number = parts.path[len(TRACKING_PATH):].strip("/").upper()
    if not is_valid_tracking_number(number):
        raise ValueError(f"invalid tracking number in link: {number!r}")
    emails = parse_qs(parts.query).get("notify")
    return number, (_normalise_email(emails[0]) if emails else None)


def _normalise_email(address: str) -> str:
    address = address.strip()
    if not _EMAIL_RE.match(address):
        raise ValueError(f"invalid e-mail address: {address!r}")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"
