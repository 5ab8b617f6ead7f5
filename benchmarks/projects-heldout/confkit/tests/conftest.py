import pytest
from confkit.settings import Settings


@pytest.fixture
def env_file(tmp_path):
    path = tmp_path / ".env"
    path.write_text("DB_URL=postgres://localhost/app\nDEBUG=yes\n# TIMEOUT=5\nWORKERS=4\n", encoding="utf-8")
    return path


@pytest.fixture
def settings() -> Settings:
    return Settings({"db-url": "sqlite://", "timeout": "30s", "debug": "off"}, environ={})
