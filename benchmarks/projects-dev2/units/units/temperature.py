"""Temperature conversions between Celsius, Fahrenheit and Kelvin."""

from __future__ import annotations

from collections.abc import Iterator

from units.quantity import UnitError

# The lowest value each scale can hold: absolute zero.
ABSOLUTE_ZERO = {"C": -273.15, "F": -459.67, "K": 0.0}

_SCALE_NAMES = {"c": "C", "celsius": "C", "°c": "C", "f": "F", "fahrenheit": "F", "°f": "F", "k": "K", "kelvin": "K"}


def _scale(name: str) -> str:
    try:
        return _SCALE_NAMES[name.strip().lower()]
    except KeyError:
        raise UnitError(f"unknown temperature scale: {name!r}") from None


def convert_temperature(value: float, from_scale: str, to_scale: str) -> float:
    """Convert a temperature from one scale to another.

    Scales are written ``"C"``, ``"F"`` or ``"K"``, or ``"°C"``, ``"celsius"`` and so on,
    in any case. The result is rounded to 10 decimal places, so that converting 100 °C to
    Fahrenheit gives exactly 212.0, and never is ``-0.0``.

    Args:
        value: The temperature in ``from_scale``.
        from_scale: The scale of ``value``.
        to_scale: The scale wanted.

    Returns:
        The temperature in ``to_scale``.

    Raises:
        UnitError: If either scale is unknown.
        ValueError: If ``value`` is below absolute zero on its scale (absolute zero itself
            is allowed).
    """
    source, target = _scale(from_scale), _scale(to_scale)
    if value < ABSOLUTE_ZERO[source]:
        raise ValueError(f"{value} °{source} is below absolute zero")
    if source == "C":
        celsius = value
    elif source == "F":
        celsius = (value - 32) * 5 / 9
    else:
        celsius = value - 273.15
    if target == "C":
        result = celsius
    elif target == "F":
        result = celsius * 9 / 5 + 32
    else:
        result = celsius + 273.15
    return round(result, 10) + 0.0


def temperature_table(start: float, stop: float, step: float = 10.0,
                      scale: str = "C") -> Iterator[tuple[float, float, float]]:
    """Yield rows of a conversion table, as ``(celsius, fahrenheit, kelvin)``.

    The values go from ``start`` to ``stop``, both in ``scale``, by ``step``; ``stop`` is
    included when it is reached (within 1e-9). A negative step counts down. When the step
    goes away from ``stop``, nothing is yielded; values below absolute zero are skipped.

    Args:
        start: First value.
        stop: Last value.
        step: Distance between values; must not be zero.
        scale: The scale of ``start``, ``stop`` and ``step``.

    Yields:
        The value in Celsius, Fahrenheit and Kelvin, each rounded as by
        :func:`convert_temperature`.

    Raises:
        ValueError: If ``step`` is zero.
        UnitError: If the scale is unknown.
    """
    if step == 0:
        raise ValueError("step must not be zero")
    source = _scale(scale)
    index = 0
    while True:
        value = start + index * step
        if (step > 0 and value > stop + 1e-9) or (step < 0 and value < stop - 1e-9):
            return
        index += 1
        if value < ABSOLUTE_ZERO[source]:
            continue
        yield (convert_temperature(value, source, "C"), convert_temperature(value, source, "F"),
               convert_temperature(value, source, "K"))
