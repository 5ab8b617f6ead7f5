import pytest
from authkit.sessions import ExpiredTokenError, SessionStore, TokenError


def test_issued_token_resolves_to_its_user(store):
    token = store.issue("alice")
    assert token == "token-1"
    assert store.resolve(token) == "alice"


def test_unknown_token_is_refused(store):
    with pytest.raises(TokenError):
        store.resolve("nope")


def test_session_expires_after_ttl(store, clock):
    token = store.issue("alice")
    clock.advance(600)
    with pytest.raises(ExpiredTokenError):
        store.resolve(token)


def test_ttl_must_be_positive(clock):
    with pytest.raises(ValueError):
        SessionStore(clock=clock, ttl_seconds=0)
