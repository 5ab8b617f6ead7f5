"""Weather station readings: unit conversion, alerts, forecasts and daily summaries."""

__version__ = "0.3.1"
