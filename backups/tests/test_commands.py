"""The backup command's choices: dated names and how many are kept, media in a bucket,
and backups from another release."""

import io
import json
import tarfile

import pytest
from django.core.management import call_command

from backups.census import unknown_migrations


def manifest_of(path) -> dict:
    with tarfile.open(path) as archive:
        return json.load(archive.extractfile("manifest.json"))


@pytest.mark.django_db
def test_keep_removes_the_oldest_dated_backups_and_nothing_else(tmp_path):
    for stamp in ("20261101-031500", "20261102-031500", "20261103-031500"):
        (tmp_path / f"masthead-{stamp}.tar").write_bytes(b"an older backup")
    (tmp_path / "notes.tar").write_bytes(b"not ours")

    call_command("backup", str(tmp_path), keep=2, verbosity=0)

    left = sorted(path.name for path in tmp_path.iterdir())
    assert left[0] == "masthead-20261103-031500.tar" and left[-1] == "notes.tar"
    assert len(left) == 3 and left[1].startswith("masthead-2") and left[1] > left[0]


@pytest.mark.django_db
def test_media_in_a_bucket_is_said_to_be_left_out(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"bucket_name": "newsroom-media"},
        },
    }
    said = io.StringIO()

    call_command("backup", str(tmp_path / "site.tar"), stderr=said, stdout=io.StringIO())

    assert "newsroom-media" in said.getvalue() and "NOT in this backup" in said.getvalue()
    assert manifest_of(tmp_path / "site.tar")["media"] == {
        "included": False,
        "files": 0,
        "bytes": 0,
    }


@pytest.mark.django_db
def test_a_backup_records_the_counts_and_migrations_of_the_database(editions, tmp_path):
    call_command("backup", str(tmp_path / "site.tar"), verbosity=0)

    manifest = manifest_of(tmp_path / "site.tar")
    assert manifest["vendor"] == "sqlite"
    assert "0001_initial" in manifest["migrations"]["news"]
    assert manifest["counts"]["stories"] == 0 and manifest["counts"]["revisions"] >= 3


def test_migrations_this_release_does_not_have_mark_a_backup_from_a_newer_one():
    applied = {"news": ["0001_initial", "0999_from_a_later_release"], "wagtailcore": []}

    assert unknown_migrations(applied) == ["news.0999_from_a_later_release"]
