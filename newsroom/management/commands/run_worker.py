import logging
import threading
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django_tasks.utils import get_random_id
from django_tasks_db.management.commands.db_worker import Worker

from newsroom.outages import DATABASE_ERRORS, DatabaseOutage, wait_for_database
from newsroom.scheduling import run_schedule_once
from readership import upkeep

logger = logging.getLogger("newsroom")


def run_scheduler(interval: float, stop: threading.Event) -> None:
    """Publish and unpublish what is due, every `interval` seconds, until `stop` is set.

    Nothing ends the loop but `stop`: through a database outage it waits and tries
    again, and any other failure is logged and retried next round.
    """
    outage = DatabaseOutage("scheduled publishing")
    while not stop.is_set():
        started = time.monotonic()
        pause = interval
        try:
            unpublished, published = run_schedule_once()
            outage.succeeded()
            if published or unpublished:
                logger.info("Scheduled: published %s, unpublished %s", published, unpublished)
        except DATABASE_ERRORS as error:
            pause = outage.failed(error)
        except Exception:
            logger.exception("Scheduled publishing failed; trying again next round")
        finally:
            close_old_connections()
        stop.wait(max(0.0, pause - (time.monotonic() - started)))


class OutageProofWorker(Worker):
    """django-tasks-db's worker loop, which ends at the first database error, restarted after it."""

    def run(self) -> None:
        outage = DatabaseOutage("the task queue")
        while self.running:
            try:
                super().run()
                return
            except DATABASE_ERRORS as error:
                time.sleep(outage.failed(error))
            wait_for_database(outage)


class Command(BaseCommand):
    help = (
        "The background worker: runs queued tasks (django-tasks, database backend) and "
        "publishes scheduled pages on time. Safe to run several at once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="Seconds between checks for due pages and queued tasks (default 1).",
        )
        parser.add_argument(
            "--schedule-only",
            action="store_true",
            help="Only publish scheduled pages; run no queued tasks.",
        )

    def handle(self, *args, interval: float, schedule_only: bool, **options):
        stop = threading.Event()
        logger.info("Worker started: scheduled publishing every %ss", interval)
        # View counters and most-read lists on their own clock, beside everything else.
        threading.Thread(target=upkeep.run_forever, args=(stop,), daemon=True).start()
        if schedule_only:
            run_scheduler(interval, stop)
            return
        # The scheduler runs beside the task worker so a long task never delays a go-live.
        threading.Thread(target=run_scheduler, args=(interval, stop), daemon=True).start()
        OutageProofWorker(
            queue_names=["*"],
            interval=interval,
            batch=False,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=get_random_id(),
        ).run()
