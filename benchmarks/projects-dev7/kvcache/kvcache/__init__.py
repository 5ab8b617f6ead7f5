"""kvcache: a small TTL/LRU cache with pluggable persistent stores."""

from kvcache.cache import CacheStats, TTLCache
from kvcache.decorators import make_key, memoize, warm
from kvcache.keys import InvalidKeyError, namespaced, split_key, strip_namespace
from kvcache.store import FileStore, MemoryStore, Store, StoreError
from kvcache.transaction import Transaction

__all__ = [
    "CacheStats",
    "FileStore",
    "InvalidKeyError",
    "MemoryStore",
    "Store",
    "StoreError",
    "TTLCache",
    "Transaction",
    "make_key",
    "memoize",
    "namespaced",
    "split_key",
    "strip_namespace",
    "warm",
]

__version__ = "0.4.2"
