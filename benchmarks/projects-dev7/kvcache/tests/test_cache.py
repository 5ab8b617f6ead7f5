from kvcache.cache import TTLCache


def test_get_returns_stored_value(cache):
    assert cache.get("a") == 1
    assert cache.get("b") == 2


def test_missing_key_returns_default(cache):
    assert cache.get("zzz") is None
    assert cache.get("zzz", default=0) == 0


def test_entry_expires_after_ttl(cache, clock):
    clock.advance(9.5)
    assert cache.get("a") == 1
    clock.advance(0.5)
    assert cache.get("a") is None


def test_least_recently_used_entry_is_evicted(clock):
    c = TTLCache(max_size=2, ttl=None, clock=clock)
    c.set("x", 1)
    c.set("y", 2)
    c.get("x")
    c.set("z", 3)
    assert "y" not in c
    assert "x" in c and "z" in c
