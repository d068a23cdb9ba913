"""A backup restored into an empty database gives back the same site."""

from pathlib import Path

import pytest
from django.conf import settings

from backups.tests.content import census, seed
from backups.tests.helpers import content_of, env_for, run_manage
from conftest import fresh_postgres_database


@pytest.fixture
def source_media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "source-media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sqlite_backup_restored_into_an_empty_database_has_the_same_content(source_media, tmp_path):
    seed()
    before = census()
    database = settings.DATABASES["default"]["NAME"]
    archive = tmp_path / "site.tar"
    restored = env_for(f"sqlite:///{tmp_path / 'restored.sqlite3'}", tmp_path / "restored-media")

    backup = run_manage("backup", str(archive), env=env_for(f"sqlite:///{database}", source_media))
    restore = run_manage("restore", str(archive), env=restored)

    assert backup.returncode == 0, backup.stderr
    assert restore.returncode == 0, restore.stderr
    after = content_of(restored)
    assert after == before
    assert len(after["revisions"]) >= 6 and after["images"][0][-1] is not None
    assert {row[1] for row in after["translations"]} >= {"en", "ru"}


@pytest.fixture(scope="module")
def postgres_backup(postgres_database_url, tmp_path_factory) -> tuple[dict, Path]:
    """Content put into a PostgreSQL database, its census and its backup."""
    folder = tmp_path_factory.mktemp("postgres-backup")
    source = env_for(postgres_database_url, folder / "media")
    content_of(source, "seed")
    archive = folder / "site.tar"
    backup = run_manage("backup", str(archive), env=source)
    assert backup.returncode == 0, backup.stderr
    return content_of(source), archive


@pytest.mark.postgres
def test_postgres_backup_restored_into_an_empty_database_has_the_same_content(
    postgres_backup, tmp_path
):
    before, archive = postgres_backup
    with fresh_postgres_database() as empty:
        restored = env_for(empty, tmp_path / "media")

        restore = run_manage("restore", str(archive), env=restored)

        assert restore.returncode == 0, restore.stderr
        after = content_of(restored)
    assert after == before
    assert after["images"] and all(image[-1] is not None for image in after["images"][-1:])


@pytest.mark.postgres
def test_postgres_restore_over_a_database_needs_force_and_then_replaces_it(
    postgres_backup, tmp_path
):
    import psycopg

    before, archive = postgres_backup
    with fresh_postgres_database() as target:
        restored = env_for(target, tmp_path / "media")
        assert run_manage("restore", str(archive), env=restored).returncode == 0
        postgres_holding_a_note(target)  # a table the backup does not have

        refused = run_manage("restore", str(archive), env=restored)
        forced = run_manage("restore", "--force", str(archive), env=restored)

        assert refused.returncode == 2 and "--force" in refused.stderr
        assert forced.returncode == 0, forced.stderr
        assert content_of(restored) == before
        with pytest.raises(psycopg.errors.UndefinedTable):
            notes_in(target)


def postgres_holding_a_note(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("CREATE TABLE note (word text)")
        connection.execute("INSERT INTO note VALUES ('before')")


def notes_in(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as connection:
        return [row[0] for row in connection.execute("SELECT word FROM note")]


@pytest.mark.postgres
def test_a_postgres_restore_that_fails_midway_leaves_the_database_as_it_was(
    postgres_backup, tmp_path
):
    import psycopg

    _, archive = postgres_backup
    with fresh_postgres_database() as target:
        postgres_holding_a_note(target)
        name = target.rsplit("/", 1)[1]
        with psycopg.connect(target, autocommit=True) as connection:
            # Every statement of the restore's session fails from its first DROP on.
            connection.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')

        restore = run_manage("restore", "--force", str(archive), env=env_for(target, tmp_path))

        assert restore.returncode == 1 and "left as it was" in restore.stderr
        assert "Traceback" not in restore.stderr
        assert notes_in(target) == ["before"]


@pytest.mark.postgres
def test_a_postgres_dump_damaged_midway_is_rolled_back_whole(postgres_backup, tmp_path):
    import hashlib

    from backups.tests.test_damaged_archives import rewritten

    _, archive = postgres_backup
    cut = {}

    def damage(data: bytes) -> bytes:
        middle = len(data) - 4096
        cut["dump"] = data[:middle] + bytes(256) + data[middle + 256 :]
        return cut["dump"]

    # The checksum is made to match, as if the dump had been damaged before it was taken:
    # its table of contents reads, its data does not.
    shortened = rewritten(archive, change_dump=damage)
    matching = rewritten(
        shortened,
        change_manifest=lambda manifest: manifest["database"].update(
            sha256=hashlib.sha256(cut["dump"]).hexdigest()
        ),
    )
    with fresh_postgres_database() as target:
        postgres_holding_a_note(target)

        restore = run_manage("restore", "--force", str(matching), env=env_for(target, tmp_path))

        assert restore.returncode == 1 and "left as it was" in restore.stderr
        assert notes_in(target) == ["before"]
