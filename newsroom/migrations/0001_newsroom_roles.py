"""Name Wagtail's two default groups and its default workflow after the newsroom's roles.

Wagtail creates "Editors" (add and change pages: they write and submit for
review) and "Moderators" (also publish, schedule and lock), and a workflow in
which Moderators approve. In a newsroom those roles are called authors and
editors, so the groups keep their permissions and take the newsroom's names.
Administrators are superusers.
"""

from django.db import migrations

RENAMES = [("Editors", "Authors"), ("Moderators", "Editors")]
WORKFLOW_RENAMES = [("Moderators approval", "Editors' approval")]


def rename(apps, schema_editor, group_renames, workflow_renames):
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    for old, new in group_renames:
        Group.objects.filter(name=old).update(name=new)
    for old, new in workflow_renames:
        Task.objects.filter(name=old).update(name=new)
        Workflow.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, schema_editor, RENAMES, WORKFLOW_RENAMES)


def backwards(apps, schema_editor):
    reverse = [(new, old) for old, new in reversed(RENAMES)]
    rename(apps, schema_editor, reverse, [(new, old) for old, new in WORKFLOW_RENAMES])


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
