"""Read replicas: where masthead.db_replicas sends reads and writes, and the production settings.

The first tests run in this process on the test settings, which configure no replica, so they
pretend there are two by replacing `replica_aliases`. The PostgreSQL tests run the production
settings in a subprocess against real databases, one playing the primary and others playing
replicas: each holds a different marker row, so a query's answer tells which one served it.
"""

import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from conftest import POSTGRES_ADMIN_URL, fresh_postgres_database, manage, process_env
from masthead import db_replicas
from masthead.db_replicas import ReplicaReadsMiddleware, ReplicaRouter, replica_reads
from masthead.tests.test_production_settings import check, production_env, run_in_production

REPLICAS = ["replica_1", "replica_2"]
router = ReplicaRouter()


@pytest.fixture
def two_replicas(monkeypatch):
    monkeypatch.setattr(db_replicas, "replica_aliases", lambda: list(REPLICAS))


def read_alias() -> str:
    return router.db_for_read(ContentType)


def test_reads_outside_a_request_go_to_the_primary(two_replicas):
    # The worker and management commands: django-tasks claims tasks in a transaction opened
    # on the database given for reads, with SELECT ... FOR UPDATE, which goes to the primary.
    assert read_alias() == "default"


def test_a_replica_reads_block_reads_from_one_replica_throughout(two_replicas):
    with replica_reads() as alias:
        aliases = {read_alias() for _ in range(20)}

    assert alias in REPLICAS
    assert aliases == {alias}
    assert read_alias() == "default"


def test_each_block_picks_its_replica_at_random(two_replicas):
    chosen = set()
    for _ in range(100):
        with replica_reads():
            chosen.add(read_alias())

    assert chosen == set(REPLICAS)


def test_without_replicas_a_block_reads_from_the_primary(monkeypatch):
    monkeypatch.setattr(db_replicas, "replica_aliases", lambda: [])

    with replica_reads() as alias:
        assert alias == "default"
        assert read_alias() == "default"


def test_after_a_write_the_block_reads_its_writes_from_the_primary(two_replicas):
    with replica_reads():
        assert read_alias() in REPLICAS

        assert router.db_for_write(ContentType) == "default"

        assert read_alias() == "default"
    with replica_reads():
        assert read_alias() in REPLICAS  # the next request is not pinned


def test_reads_inside_a_transaction_go_to_the_primary(db, two_replicas):
    with replica_reads(), transaction.atomic():
        assert read_alias() == "default"


def test_migrations_run_on_the_primary_only(two_replicas):
    assert router.allow_migrate("default", "news") is True
    assert router.allow_migrate("replica_1", "news") is False
    assert router.allow_migrate("replica_2", "news", model_name="articlepage") is False


def test_objects_from_the_primary_and_a_replica_may_be_related(two_replicas):
    from_primary, from_replica, elsewhere = ContentType(), ContentType(), ContentType()
    from_primary._state.db, from_replica._state.db, elsewhere._state.db = (
        "default",
        "replica_2",
        "archive",
    )

    assert router.allow_relation(from_primary, from_replica) is True
    assert router.allow_relation(from_replica, from_replica) is True
    assert router.allow_relation(from_primary, elsewhere) is None


def serve(request: HttpRequest, during=None) -> list[str]:
    """Run the request through the middleware; the aliases reads went to while it ran."""
    seen = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(read_alias())
        if during:
            during()
            seen.append(read_alias())
        return HttpResponse()

    ReplicaReadsMiddleware(view)(request)
    return seen


def test_a_readers_page_view_reads_from_a_replica(two_replicas):
    factory = RequestFactory()

    assert serve(factory.get("/en/politics/"))[0] in REPLICAS
    assert serve(factory.head("/en/"))[0] in REPLICAS
    assert read_alias() == "default"


@pytest.mark.parametrize(
    "request_for",
    [
        pytest.param(lambda f: f.get("/admin/pages/3/edit/"), id="the admin"),
        pytest.param(lambda f: f.post("/en/search/"), id="a POST"),
        pytest.param(
            lambda f: f.get("/en/", headers={"cookie": "sessionid=an-editor"}), id="an editor"
        ),
    ],
)
def test_the_newsroom_and_requests_that_change_things_read_from_the_primary(
    two_replicas, request_for
):
    assert serve(request_for(RequestFactory())) == ["default"]


def test_a_request_that_writes_reads_from_the_primary_afterwards(two_replicas):
    seen = serve(RequestFactory().get("/en/"), during=lambda: router.db_for_write(ContentType))

    assert seen[0] in REPLICAS
    assert seen[1] == "default"


# PostgreSQL: the production settings in a subprocess, against real databases.


def execute(database_url: str, sql: str, params: tuple = ()) -> list[tuple]:
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        cursor = connection.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


def markers(database_url: str) -> list[str]:
    rows = execute(
        database_url,
        "SELECT model FROM django_content_type WHERE app_label = 'routing' ORDER BY model",
    )
    return [model for (model,) in rows]


@contextmanager
def copy_of(database_url: str) -> Iterator[str]:
    """A new database created from another (PostgreSQL's TEMPLATE), dropped afterwards."""
    base, source = database_url.rsplit("/", 1)
    name = f"{source}_copy_{uuid.uuid4().hex[:6]}"
    execute(POSTGRES_ADMIN_URL, f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    try:
        yield f"{base}/{name}"
    finally:
        execute(POSTGRES_ADMIN_URL, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def primary_and_two_replicas() -> Iterator[dict[str, str]]:
    """Three migrated databases, each with its own marker row: "primary", "replica_1", …

    Stand-ins for a primary and its replicas: they are not replicated, which is what lets
    a query's answer tell which database served it.
    """
    with fresh_postgres_database() as primary, ExitStack() as stack:
        manage("migrate", "contenttypes", "--noinput", "-v0", env=process_env(primary))
        urls = {"primary": primary}
        urls.update({alias: stack.enter_context(copy_of(primary)) for alias in REPLICAS})
        for name, url in urls.items():
            execute(
                url,
                "INSERT INTO django_content_type (app_label, model) VALUES ('routing', %s)",
                (name,),
            )
        yield urls


ROUTING_SCRIPT = """
import json
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from masthead.db_replicas import replica_reads

def seen():
    return list(
        ContentType.objects.filter(app_label="routing").order_by("model").values_list("model", flat=True)
    )

result = {"outside": seen(), "blocks": []}
for _ in range(20):
    with replica_reads() as alias:
        result["blocks"].append([alias, seen(), seen()])
with replica_reads():
    with transaction.atomic():
        result["in_atomic"] = seen()
    result["after_atomic"] = seen()
with replica_reads():
    ContentType.objects.create(app_label="routing", model="written")
    result["after_write"] = seen()
with replica_reads():
    result["next_block"] = seen()
print(json.dumps(result))
"""


@pytest.mark.postgres
def test_on_postgresql_reads_come_from_a_replica_and_writes_go_to_the_primary(
    primary_and_two_replicas,
):
    urls = primary_and_two_replicas
    env = production_env(
        DATABASE_URL=urls["primary"],
        DATABASE_REPLICA_URLS=",".join(urls[alias] for alias in REPLICAS),
    )

    result = run_in_production(ROUTING_SCRIPT, env)

    assert result["outside"] == ["primary"]
    for alias, first_read, second_read in result["blocks"]:
        assert first_read == second_read == [alias]
    assert {alias for alias, _, _ in result["blocks"]} == set(REPLICAS)
    assert result["in_atomic"] == ["primary"]
    assert result["after_atomic"] in (["replica_1"], ["replica_2"])
    assert result["after_write"] == ["primary", "written"]
    assert result["next_block"] in (["replica_1"], ["replica_2"])
    assert markers(urls["primary"]) == ["primary", "written"]
    assert markers(urls["replica_1"]) == ["replica_1"]
    assert markers(urls["replica_2"]) == ["replica_2"]


MIGRATE_BOTH_SCRIPT = """
from django.core.management import call_command
call_command("migrate", "contenttypes", database="default", verbosity=0)
call_command("migrate", "contenttypes", database="replica_1", verbosity=0)
print("{}")
"""


def tables(database_url: str) -> set[str]:
    rows = execute(database_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return {name for (name,) in rows}


@pytest.mark.postgres
def test_on_postgresql_migrate_changes_the_primary_and_leaves_replicas_alone():
    with fresh_postgres_database() as primary, fresh_postgres_database() as replica:
        env = production_env(DATABASE_URL=primary, DATABASE_REPLICA_URLS=replica)

        run_in_production(MIGRATE_BOTH_SCRIPT, env)

        assert "django_content_type" in tables(primary)
        assert "django_content_type" not in tables(replica)


# The production settings: DATABASE_REPLICA_URLS becomes aliases, the router and the middleware.

SETTINGS_SCRIPT = """
import json
from django.conf import settings
print(json.dumps({
    "databases": settings.DATABASES,
    "routers": settings.DATABASE_ROUTERS,
    "middleware": settings.MIDDLEWARE,
}, default=str))
"""


def test_production_settings_add_an_alias_per_replica_url_and_the_router():
    env = production_env(
        DATABASE_URL="postgres://masthead:secret@primary.internal:5432/masthead",
        DATABASE_REPLICA_URLS=(
            "postgres://reader:one@replica-a.internal:5432/masthead, "
            "postgres://reader:two@replica-b.internal:6432/masthead"
        ),
    )

    result = run_in_production(SETTINGS_SCRIPT, env)

    databases = result["databases"]
    assert list(databases) == ["default", "replica_1", "replica_2"]
    assert [databases[alias]["HOST"] for alias in REPLICAS] == [
        "replica-a.internal",
        "replica-b.internal",
    ]
    assert databases["replica_2"]["PORT"] == 6432
    assert databases["replica_2"]["PASSWORD"] == "two"
    for alias in REPLICAS:
        assert databases[alias]["ENGINE"] == "django.db.backends.postgresql"
        assert databases[alias]["CONN_MAX_AGE"] == databases["default"]["CONN_MAX_AGE"] == 60
        assert databases[alias]["CONN_HEALTH_CHECKS"] is True
        assert databases[alias]["TEST"]["MIRROR"] == "default"
    assert result["routers"] == ["masthead.db_replicas.ReplicaRouter"]
    middleware = result["middleware"]
    # Before the first middleware that reads the database (the view counts endpoints).
    assert middleware.index("masthead.db_replicas.ReplicaReadsMiddleware") < middleware.index(
        "readership.middleware.ReadershipEndpointsMiddleware"
    )


def test_production_settings_without_replicas_have_no_router():
    env = production_env()
    env.pop("DATABASE_REPLICA_URLS", None)

    result = run_in_production(SETTINGS_SCRIPT, env)

    assert list(result["databases"]) == ["default"]
    assert result["routers"] == []
    assert "masthead.db_replicas.ReplicaReadsMiddleware" not in result["middleware"]


def test_production_settings_with_replicas_pass_the_deployment_checklist():
    result = check(
        production_env(DATABASE_REPLICA_URLS="postgres://reader@replica-a.internal:5432/masthead")
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
