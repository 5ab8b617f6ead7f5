"""Money amounts in whole cents, bill splitting and currency conversion."""

import random
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import total_ordering
from typing import Protocol

CENT = Decimal("0.01")


class CurrencyMismatchError(ValueError):
    """Two amounts in different currencies were combined."""


class RateError(ValueError):
    pass


def to_cents(value: Decimal | int | str) -> Decimal:
    """Parse an amount and round it to whole cents, halves rounded away from zero.

    Args:
        value: The amount as a ``Decimal``, an integer or a string such as ``"12.345"``.
            Floats are refused because they cannot represent most cent values exactly.

    Returns:
        The amount with exactly two decimal places.

    Raises:
        TypeError: If ``value`` is a float.
        ValueError: If ``value`` is not a finite number.
    """
    if isinstance(value, float):
        raise TypeError("use a str or Decimal for money amounts, not float")
    try:
        amount = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation as exc:
        raise ValueError(f"not a money amount: {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount: Decimal | int | str, currency: str = "EUR") -> None:
        if len(currency) != 3 or not currency.isalpha():
            raise ValueError(f"invalid currency code {currency!r}")
        self.amount = to_cents(amount)
        self.currency = currency.upper()

    def __repr__(self) -> str:
        return f"Money('{self.amount}', '{self.currency}')"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount == other.amount and self.currency == other.currency

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def __lt__(self, other: "Money") -> bool:
        self._require_same_currency(other)
        return self.amount < other.amount

    def __add__(self, other: "Money") -> "Money":
        self._require_same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        self._require_same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def _require_same_currency(self, other: "Money") -> None:
        if not isinstance(other, Money):
            raise TypeError(f"expected Money, got {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatchError(f"cannot combine {self.currency} with {other.currency}")


def split_bill(total: Money, *people: str, rng: random.Random | None = None) -> dict[str, Money]:
    """Split a bill evenly between people, in whole cents.

    The cents that cannot be shared evenly go, one each, to the first people in
    the order given, or to people picked at random when ``rng`` is passed.

    :param total: the amount to share
    :param people: names of the people sharing the bill
    :param rng: random generator used to choose who pays the leftover cents
    :returns: each person's share, in the order the names were given; the shares add up to ``total``
    :raises ValueError: if no names are given or a name appears more than once
    """
    if not people:
        raise ValueError("at least one person is needed to split a bill")
    if len(set(people)) != len(people):
        raise ValueError("each person may appear only once")
    cents = int(total.amount * 100)
    share, leftover = divmod(cents, len(people))
    order = list(people) if rng is None else rng.sample(people, k=len(people))
    pays_extra = set(order[:leftover])
    return {
        person: Money(Decimal(share + (1 if person in pays_extra else 0)) / 100, total.currency)
        for person in people
    }


class RateProvider(Protocol):
    def get_rate(self, source: str, target: str) -> Decimal: ...


class CurrencyConverter:
    """Converts money between currencies, asking the provider for each rate only once."""

    def __init__(self, provider: RateProvider, *, on_lookup: Callable[[str, str, Decimal], None] | None = None) -> None:
        self._provider = provider
        self._on_lookup = on_lookup
        self._rates: dict[tuple[str, str], Decimal] = {}

    def convert(self, money: Money, target: str) -> Money:
        """
        Convert an amount into another currency.

        Parameters
        ----------
        money : Money
            The amount to convert.
        target : str
            ISO 4217 code of the wanted currency, in any letter case.

        Returns
        -------
        Money
            The converted amount, rounded to cents. ``money`` itself is returned
            when it is already in ``target``.

        Raises
        ------
        RateError
            If the provider returns a rate that is not a positive number.
        """
        target = target.upper()
        if target == money.currency:
            return money
        key = (money.currency, target)
        rate = self._rates.get(key)
        if rate is None:
            raw = self._provider.get_rate(money.currency, target)
            try:
                rate = Decimal(str(raw))
            except InvalidOperation as exc:
                raise RateError(f"invalid rate {raw!r} for {money.currency}->{target}") from exc
            if not rate.is_finite() or rate <= 0:
                raise RateError(f"invalid rate {raw!r} for {money.currency}->{target}")
            self._rates[key] = rate
            if self._on_lookup is not None:
                self._on_lookup(money.currency, target, rate)
        return Money(money.amount * rate, target)
