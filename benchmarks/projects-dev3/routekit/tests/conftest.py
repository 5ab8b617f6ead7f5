import pytest
from routekit import Router


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def router() -> Router:
    def list_users(request):
        return ["ada", "grace"]

    def show_user(request, id):
        return {"id": id}

    def show_page(request, slug):
        return f"page {slug}"

    table = Router()
    table.add("GET", "/users", list_users)
    table.add("GET", "/users/{id:int}", show_user)
    table.add("DELETE", "/users/{id:int}", show_user)
    table.add("GET", "/pages/{slug:slug}", show_page)
    return table
