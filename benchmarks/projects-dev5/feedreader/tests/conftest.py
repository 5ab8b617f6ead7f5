import asyncio
from pathlib import Path

import pytest

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Example News</title>
    <link>https://news.example.com/</link>
    <item>
      <title>Python 3.13 &amp;amp; the new   REPL</title>
      <link>/articles/python-313/?utm_source=rss</link>
      <pubDate>Tue, 08 Oct 2024 14:30:00 +0200</pubDate>
      <description>&lt;p&gt;Colours, multiline editing and more.&lt;/p&gt;</description>
      <category>Python</category>
    </item>
    <item>
      <title>Rust in the kernel</title>
      <link>https://news.example.com/articles/rust-kernel</link>
      <pubDate>Mon, 07 Oct 2024 09:00:00 GMT</pubDate>
      <guid>tag:news.example.com,2024:rust-kernel</guid>
    </item>
  </channel>
</rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Dev Blog</title>
  <link href="https://blog.example.org/"/>
  <entry>
    <title type="html">Python 3.13 &amp;amp; the new REPL</title>
    <link rel="alternate" href="https://news.example.com/articles/python-313"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2024-10-08T13:00:00Z</updated>
    <summary>A reposted article.</summary>
  </entry>
  <entry>
    <title>Profiling asyncio code</title>
    <link href="posts/profiling-asyncio"/>
    <id>urn:uuid:3f2c5e1a-0000-4ebb-bbbb-80da344efa6a</id>
    <published>2024-10-06T08:15:00+00:00</published>
    <category term="Python"/>
  </entry>
</feed>
"""


class FakeFetcher:
    """In-memory fetcher: maps URLs to documents, with optional delays and failures."""

    def __init__(self, documents: dict[str, str], delays: dict[str, float] | None = None) -> None:
        self.documents = documents
        self.delays = delays or {}
        self.requested: list[str] = []
        self.closed = False

    async def fetch(self, url: str) -> str:
        self.requested.append(url)
        await asyncio.sleep(self.delays.get(url, 0))
        if url not in self.documents:
            raise ConnectionError(f"cannot reach {url}")
        return self.documents[url]

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture
def rss_feed() -> str:
    return RSS_FEED


@pytest.fixture
def atom_feed() -> str:
    return ATOM_FEED


@pytest.fixture
def fetcher(rss_feed: str, atom_feed: str) -> FakeFetcher:
    return FakeFetcher(
        {
            "https://news.example.com/rss": rss_feed,
            "https://blog.example.org/atom.xml": atom_feed,
            "https://slow.example.net/feed": rss_feed,
        },
        delays={"https://slow.example.net/feed": 5.0},
    )


@pytest.fixture
def opml_file(tmp_path: Path) -> Path:
    path = tmp_path / "subscriptions.opml"
    path.write_text(
        """<?xml version="1.0"?>
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="Tech">
      <outline type="rss" text="Example News" xmlUrl="https://news.example.com/rss" refresh="30"/>
      <outline type="rss" text="Dev Blog" xmlUrl="https://blog.example.org/atom.xml"/>
    </outline>
    <outline type="rss" text="Weather" xmlUrl="HTTPS://Weather.example.com:443/feed/"/>
  </body>
</opml>
""",
        encoding="utf-8",
    )
    return path
