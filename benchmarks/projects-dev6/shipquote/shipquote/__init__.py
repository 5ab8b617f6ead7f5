"""shipquote - shipping quotes, tracking and delivery estimates."""

__version__ = "1.2.0"
