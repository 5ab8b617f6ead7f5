from datetime import datetime

import pytest
from logstats.records import Level, ParseError, parse_line


def test_parse_line_reads_timestamp_level_source_and_message():
    record = parse_line("2024-03-05T14:22:07 [INFO] worker-3: request /orders took 120ms\n")
    assert record.timestamp == datetime(2024, 3, 5, 14, 22, 7)
    assert record.level is Level.INFO
    assert record.source == "worker-3"
    assert record.message == "request /orders took 120ms"


def test_parse_line_accepts_a_level_alias():
    record = parse_line("2024-03-05T14:22:41 [warn] retrying upstream call")
    assert record.level is Level.WARNING
    assert record.source is None


def test_parse_line_rejects_a_line_without_a_level():
    with pytest.raises(ParseError, match="line 7"):
        parse_line("2024-03-05T14:22:41 retrying upstream call", lineno=7)
