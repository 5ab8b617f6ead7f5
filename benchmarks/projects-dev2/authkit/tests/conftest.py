import pytest
from authkit.passwords import hash_password
from authkit.sessions import SessionStore
from authkit.users import Role, User


class FakeClock:
    """A clock that only moves when a test says so."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class InMemoryUsers:
    """A user repository backed by a dict; records every save."""

    def __init__(self, *users: User) -> None:
        self.users = {user.username: user for user in users}
        self.saved: list[str] = []

    async def get(self, username: str) -> User | None:
        return self.users.get(username)

    async def save(self, user: User) -> None:
        self.users[user.username] = user
        self.saved.append(user.username)


def fixed_salt(size: int) -> bytes:
    """A salt source that always returns the same bytes."""
    return bytes(range(size))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(clock: FakeClock) -> SessionStore:
    tokens = (f"token-{n}" for n in range(1, 1000))
    return SessionStore(clock=clock, ttl_seconds=600, token_factory=lambda: next(tokens))


@pytest.fixture
def alice() -> User:
    return User("alice", "alice@example.com", role=Role.EDITOR)


@pytest.fixture
def salt_source():
    return fixed_salt


@pytest.fixture
def users(alice: User) -> InMemoryUsers:
    """A repository holding alice, whose password is "correct horse 42"."""
    alice.password_hash = hash_password("correct horse 42", salt_source=fixed_salt, iterations=1000)
    return InMemoryUsers(alice)
