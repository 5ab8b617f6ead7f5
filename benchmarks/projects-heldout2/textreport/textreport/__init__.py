"""Plain-text and CSV reports for the weekly operations email."""

from textreport.output import write_csv, write_report
from textreport.table import Column, Table
from textreport.text import slugify, truncate, wrap

__all__ = ["Column", "Table", "slugify", "truncate", "wrap", "write_csv", "write_report"]
