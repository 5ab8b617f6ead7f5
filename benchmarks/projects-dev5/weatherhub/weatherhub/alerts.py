"""Threshold rules and the alerts raised when readings cross them."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from weatherhub.readings import Reading


class Severity(Enum):
    INFO = 1
    WARNING = 2
    CRITICAL = 3


class Metric(Enum):
    TEMPERATURE = "temperature_c"
    WIND = "wind_kmh"


@dataclass(frozen=True, slots=True)
class ThresholdRule:
    metric: Metric
    limit: float
    severity: Severity = Severity.WARNING
    above: bool = True

    def __post_init__(self) -> None:
        if self.metric is Metric.WIND and self.limit < 0:
            raise ValueError("a wind threshold cannot be negative")


@dataclass(frozen=True, slots=True)
class Alert:
    rule: ThresholdRule
    reading: Reading
    value: float


def _breaches(rule: ThresholdRule, value: float) -> bool:
    return value > rule.limit if rule.above else value < rule.limit


def evaluate_thresholds(
    readings: Iterable[Reading],
    rules: Sequence[ThresholdRule],
    on_alert: Callable[[Alert], None] | None = None,
    *,
    min_severity: Severity = Severity.INFO,
) -> list[Alert]:
    """Find the readings at which a station crosses one of the thresholds.

    An alert is raised only when a station goes from inside a threshold to
    beyond it; consecutive readings that stay beyond the threshold do not raise
    further alerts until the station has come back inside. Readings are
    processed in chronological order per station.

    Args:
        readings: Readings from one or more stations, in any order.
        rules: The thresholds to check each reading against.
        on_alert: Called with each alert as soon as it is raised.
        min_severity: Rules with a lower severity than this are ignored.

    Returns:
        The alerts in the order they were raised.
    """
    active_rules = [rule for rule in rules if rule.severity.value >= min_severity.value]
    breached: set[tuple[str, int]] = set()
    alerts: list[Alert] = []
    for reading in sorted(readings, key=lambda r: (r.station_id, r.observed_at)):
        for index, rule in enumerate(active_rules):
            value = getattr(reading, rule.metric.value)
            state_key = (reading.station_id, index)
            if not _breaches(rule, value):
                breached.discard(state_key)
                continue
            if state_key in breached:
                continue
            breached.add(state_key)
            alert = Alert(rule=rule, reading=reading, value=value)
            alerts.append(alert)
            if on_alert is not None:
                on_alert(alert)
    return alerts
