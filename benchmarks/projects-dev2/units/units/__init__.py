"""Measurements, unit conversion and recipe scaling for the meal-planning app."""

from units.quantity import UNITS, Quantity, UnitError, convert, format_quantity
from units.recipes import Recipe, round_currency, sum_measurements
from units.temperature import convert_temperature, temperature_table

__all__ = [
    "UNITS",
    "Quantity",
    "Recipe",
    "UnitError",
    "convert",
    "convert_temperature",
    "format_quantity",
    "round_currency",
    "sum_measurements",
    "temperature_table",
]
