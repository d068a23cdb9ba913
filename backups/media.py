"""Where the media files are: on disk under MEDIA_ROOT (backed up), or in object storage
(not backed up: the bucket keeps its own versions)."""

from pathlib import Path

from django.conf import settings

FILE_SYSTEM_STORAGE = "django.core.files.storage.FileSystemStorage"


def local_media_root() -> Path | None:
    if settings.STORAGES["default"]["BACKEND"] != FILE_SYSTEM_STORAGE:
        return None
    return Path(settings.MEDIA_ROOT)


def media_note() -> str:
    """What to tell the operator when the media files are not part of the backup."""
    if local_media_root() is not None:
        return ""
    bucket = settings.STORAGES["default"].get("OPTIONS", {}).get("bucket_name", "")
    return (
        f"Media files are in object storage ({bucket or 'MEDIA_S3_BUCKET'}) and are NOT in "
        "this backup: back them up with the bucket's own versioning or replication."
    )
