"""clinicq: the waiting queue of a walk-in clinic."""

__version__ = "1.2.0"
