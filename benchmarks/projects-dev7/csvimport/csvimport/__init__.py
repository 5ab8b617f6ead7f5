"""csvimport: turn spreadsheet CSV exports into validated account records."""

from csvimport.columns import ColumnError, ColumnMap, normalize_header
from csvimport.models import Account, Money, RawRow, Record
from csvimport.parsing import ParseError, Permission, parse_date, parse_money, parse_permissions
from csvimport.reader import RecordSink, SinkError, import_accounts, read_accounts, read_rows
from csvimport.validation import RowError, ValidationReport, validate_account

__all__ = [
    "Account",
    "ColumnError",
    "ColumnMap",
    "Money",
    "ParseError",
    "Permission",
    "RawRow",
    "Record",
    "RecordSink",
    "RowError",
    "SinkError",
    "ValidationReport",
    "import_accounts",
    "normalize_header",
    "parse_date",
    "parse_money",
    "parse_permissions",
    "read_accounts",
    "read_rows",
    "validate_account",
]
