"""Accounts, passwords, sessions and permissions for the intranet portal."""

from authkit.access import AuthenticationError, UserRepository, can_access, login, write_audit_line
from authkit.passwords import check_password_policy, hash_password, verify_password
from authkit.sessions import ExpiredTokenError, Session, SessionStore, TokenError
from authkit.users import Role, User

__all__ = [
    "AuthenticationError",
    "ExpiredTokenError",
    "Role",
    "Session",
    "SessionStore",
    "TokenError",
    "User",
    "UserRepository",
    "can_access",
    "check_password_policy",
    "hash_password",
    "login",
    "verify_password",
    "write_audit_line",
]
