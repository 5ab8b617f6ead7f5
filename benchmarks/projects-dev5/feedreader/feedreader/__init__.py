"""feedreader - fetch, parse and deduplicate RSS and Atom feeds."""

from feedreader.parsing import Entry, FeedParseError, parse_date, parse_feed

__all__ = ["Entry", "FeedParseError", "parse_date", "parse_feed"]
