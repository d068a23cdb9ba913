from django.apps import AppConfig


class DemoConfig(AppConfig):
    """A fictional outlet's demo content, for trying Masthead and for its tests."""

    name = "demo"
    verbose_name = "Demo content"
