import pytest
from feedreader.fetching import FeedClient


@pytest.mark.asyncio
async def test_fetch_all_parses_each_feed(fetcher):
    async with FeedClient(fetcher, timeout=1.0) as client:
        results = await client.fetch_all(["https://news.example.com/rss", "https://blog.example.org/atom.xml"])

    assert [r.url for r in results] == ["https://news.example.com/rss", "https://blog.example.org/atom.xml"]
    assert all(r.error is None for r in results)
    assert results[0].entries[0].title == "Python 3.13 & the new REPL"
    assert results[0].entries[0].link == "https://news.example.com/articles/python-313"
    assert fetcher.closed


@pytest.mark.asyncio
async def test_slow_or_missing_feed_does_not_break_batch(fetcher):
    urls = ["https://slow.example.net/feed", "https://missing.example.net/rss", "https://news.example.com/rss"]
    async with FeedClient(fetcher, timeout=0.05) as client:
        slow, missing, ok = await client.fetch_all(urls)

    assert isinstance(slow.error, TimeoutError)
    assert isinstance(missing.error, ConnectionError)
    assert slow.entries == [] and missing.entries == []
    assert len(ok.entries) == 2


@pytest.mark.asyncio
async def test_fetch_all_requires_context_manager(fetcher):
    client = FeedClient(fetcher)
    with pytest.raises(RuntimeError):
        await client.fetch_all(["https://news.example.com/rss"])
