"""Background jobs for the mailer service: a queue with async workers, retries and webhooks."""

from jobqueue.jobs import Job, JobQueue
from jobqueue.retry import Backoff, RetryError, retry
from jobqueue.webhooks import deliver, sign

__all__ = ["Backoff", "Job", "JobQueue", "RetryError", "deliver", "retry", "sign"]
