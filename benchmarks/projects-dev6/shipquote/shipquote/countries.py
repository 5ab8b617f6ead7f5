"""Country data: postcode formats, shipping zones and VAT rates."""

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

POSTCODE_PATTERNS: dict[str, re.Pattern[str]] = {
    "GB": re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$"),
    "US": re.compile(r"^\d{5}(-\d{4})?$"),
    "FR": re.compile(r"^\d{5}$"),
    "DE": re.compile(r"^\d{5}$"),
    "NL": re.compile(r"^\d{4} [A-Z]{2}$"),
    "CA": re.compile(r"^[A-Z]\d[A-Z] \d[A-Z]\d$"),
}

EU_COUNTRIES = frozenset({"FR", "DE", "NL", "BE", "ES", "IT", "AT", "IE", "PT", "LU"})
EUROPE_NON_EU = frozenset({"GB", "CH", "NO", "IS"})

VAT_RATES: dict[str, Decimal] = {
    "FR": Decimal("0.20"),
    "DE": Decimal("0.19"),
    "NL": Decimal("0.21"),
    "GB": Decimal("0.20"),
    "CA": Decimal("0.05"),
    "US": Decimal("0"),
}

CENT = Decimal("0.01")


class UnsupportedCountryError(ValueError):
    """Raised for a country code the service has no data for."""


class PostcodeError(ValueError):
    """Raised when a postcode does not match its country's format."""

    def __init__(self, country: str, postcode: str) -> None:
        super().__init__(f"invalid postcode for {country}: {postcode!r}")
        self.country = country
        self.postcode = postcode


class Destination(NamedTuple):
    country: str
    postcode: str


def validate_postcode(country: str, postcode: str) -> str:
    """Check a postcode against the format used in ``country``.

    The postcode is upper-cased and its inner whitespace collapsed before
    matching. For GB, NL and CA the space between the two halves is added
    when it is missing.

    Args:
        country: ISO 3166-1 alpha-2 code, in any case.
        postcode: The postcode as entered by the customer.

    Returns:
        The postcode in its canonical form.

    Raises:
        UnsupportedCountryError: If there is no postcode format for the country.
        PostcodeError: If the postcode does not match the format.
    """
    code = country.strip().upper()
    pattern = POSTCODE_PATTERNS.get(code)
    if pattern is None:
        raise UnsupportedCountryError(f"no postcode format for country {country!r}")
    compact = re.sub(r"\s+", "", postcode.upper())
    if code in ("GB", "CA", "NL") and len(compact) > 3:
        cut = 4 if code == "NL" else len(compact) - 3
        candidate = f"{compact[:cut]} {compact[cut:]}"
    else:
        candidate = compact
    if not pattern.match(candidate):
        raise PostcodeError(code, postcode)
    return candidate


@lru_cache(maxsize=512)
def zone_for(origin: str, destination: str) -> int:
    """Return the shipping zone between two countries.

    :param origin: ISO alpha-2 code of the sending country.
    :param destination: ISO alpha-2 code of the receiving country.
    :returns: 0 for domestic shipments, 1 within the EU, 2 for the rest of
        Europe and 3 for everywhere else.
    :raises UnsupportedCountryError: if a code is not two ASCII letters.
    """
    for code in (origin, destination):
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            raise UnsupportedCountryError(f"not a country code: {code!r}")
    origin, destination = origin.upper(), destination.upper()
    if origin == destination:
        return 0
    if origin in EU_COUNTRIES and destination in EU_COUNTRIES:
        return 1
    europe = EU_COUNTRIES | EUROPE_NON_EU
    if origin in europe and destination in europe:
        return 2
    return 3


def add_vat(net: Decimal, country: str) -> Decimal:
    """
    Add the VAT of the destination country to a net price.

    Parameters
    ----------
    net : Decimal
        Price before tax. Floats are refused to avoid binary rounding.
    country : str
        ISO alpha-2 code of the country whose VAT applies.

    Returns
    -------
    Decimal
        The gross price, rounded half-up to the cent.

    Raises
    ------
    TypeError
        If ``net`` is not a ``Decimal``.
    UnsupportedCountryError
        If there is no VAT rate for the country.
    """
    if not isinstance(net, Decimal):
        raise TypeError(f"net price must be a Decimal, got {type(net).__name__}")
    try:
        rate = VAT_RATES[country.upper()]
    except KeyError:
        raise UnsupportedCountryError(f"no VAT rate for country {country!r}") from None
    return (net * (1 + rate)).quantize(CENT, rounding=ROUND_HALF_UP)
