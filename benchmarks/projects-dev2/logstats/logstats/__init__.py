"""Parse service logs and summarise them: counts per level and minute, latency percentiles."""

from logstats.records import Level, LogRecord, ParseError, parse_line, read_log
from logstats.stats import RollingWindow, count_by_level, count_per_minute, latency_summary, percentile

__all__ = [
    "Level",
    "LogRecord",
    "ParseError",
    "RollingWindow",
    "count_by_level",
    "count_per_minute",
    "latency_summary",
    "parse_line",
    "percentile",
    "read_log",
]
