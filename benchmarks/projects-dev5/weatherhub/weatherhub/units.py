"""Conversion between temperature and wind speed units."""

from enum import Enum

ABSOLUTE_ZERO_C = -273.15


class UnitError(ValueError):
    """A value cannot be expressed in the requested unit."""


class Unit(Enum):
    CELSIUS = "C"
    FAHRENHEIT = "F"
    KELVIN = "K"
    KMH = "km/h"
    METERS_PER_SECOND = "m/s"
    KNOTS = "kn"
    MPH = "mph"


_TEMPERATURE_UNITS = frozenset({Unit.CELSIUS, Unit.FAHRENHEIT, Unit.KELVIN})

# How many metres per second one unit of each speed unit is worth.
_SPEED_IN_MS = {
    Unit.KMH: 1 / 3.6,
    Unit.METERS_PER_SECOND: 1.0,
    Unit.KNOTS: 1852 / 3600,
    Unit.MPH: 0.44704,
}


def _to_celsius(value: float, unit: Unit) -> float:
    if unit is Unit.FAHRENHEIT:
        return (value - 32) * 5 / 9
    if unit is Unit.KELVIN:
        return value + ABSOLUTE_ZERO_C
    return value


def _from_celsius(value: float, unit: Unit) -> float:
    if unit is Unit.FAHRENHEIT:
        return value * 9 / 5 + 32
    if unit is Unit.KELVIN:
        return value - ABSOLUTE_ZERO_C
    return value


def convert(value: float, source: Unit, target: Unit, *, ndigits: int | None = 2) -> float:
    """Convert a temperature or a wind speed from one unit to another.

    :param value: the measured value, expressed in ``source`` units
    :param source: unit of ``value``
    :param target: unit to express the result in
    :param ndigits: round the result to this many decimals; ``None`` keeps full precision
    :returns: ``value`` expressed in ``target`` units
    :raises UnitError: if one unit is a temperature and the other a speed, if a temperature
        lies below absolute zero, or if a speed is negative
    """
    if source in _TEMPERATURE_UNITS and target in _TEMPERATURE_UNITS:
        celsius = _to_celsius(value, source)
        if celsius < ABSOLUTE_ZERO_C - 1e-9:
            raise UnitError(f"{value} {source.value} is below absolute zero")
        result = _from_celsius(celsius, target)
    elif source in _SPEED_IN_MS and target in _SPEED_IN_MS:
        if value < 0:
            raise UnitError(f"speed cannot be negative: {value} {source.value}")
        result = value * _SPEED_IN_MS[source] / _SPEED_IN_MS[target]
    else:
        raise UnitError(f"cannot convert {source.value} to {target.value}")
    return result if ndigits is None else round(result, ndigits)
