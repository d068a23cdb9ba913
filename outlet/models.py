import copy
import zoneinfo
from functools import cached_property

from django.conf import settings
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

from caching.remembered import remembered
from masthead.edition_settings import configured_edition


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def language_choices() -> list[tuple[str, str]]:
    return list(settings.LANGUAGES)


@register_setting(icon="site")
class OutletSettings(ClusterableModel, BaseSiteSetting):
    """Everything about the outlet that editors change without a developer."""

    outlet_name = models.CharField(_("outlet name"), max_length=100, default="Masthead")
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a link to a page without a cover image is shared (cropped to 1200×630)."
        ),
    )
    signature = models.CharField(
        _("signature"),
        max_length=100,
        blank=True,
        help_text=_("Byline of stories without named authors. Empty: the outlet's name."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default=settings.TIME_ZONE,
        help_text=_("Dates and times are shown to readers and editors in this time zone."),
    )

    twitter_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)
    app_store_url = models.URLField(_("App Store"), blank=True)
    google_play_url = models.URLField(_("Google Play"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("outlet_name"),
                FieldPanel("logo"),
                FieldPanel("share_image"),
                FieldPanel("signature"),
            ],
            heading=_("Identity"),
        ),
        FieldPanel("time_zone"),
        MultiFieldPanel(
            [
                FieldPanel("twitter_url"),
                FieldPanel("youtube_url"),
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("telegram_url"),
            ],
            heading=_("Social profiles"),
        ),
        MultiFieldPanel(
            [FieldPanel("app_store_url"), FieldPanel("google_play_url")],
            heading=_("Mobile apps"),
        ),
        InlinePanel("edition_texts", heading=_("Texts per edition"), label=_("Edition")),
    ]

    class Meta:
        verbose_name = _("outlet settings")

    @classmethod
    def for_request(cls, request: HttpRequest) -> "OutletSettings":
        """The site's settings, with their edition texts, remembered per process.

        Wagtail reads them on every request; they change only when an editor saves
        them, which retires the site's version (pagecache.signal_handlers). Each
        request gets its own copy, since Wagtail's keeps the request on it.
        """
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)  # Wagtail's error for a request of no site

            def read() -> OutletSettings:
                outlet_settings = cls.for_site(site)
                outlet_settings._edition_texts  # noqa: B018 (read now, kept with them)
                return outlet_settings

            outlet_settings = copy.copy(remembered(("outlet-settings", site.pk), read))
            outlet_settings._request = request
            setattr(request, attr_name, outlet_settings)
        return getattr(request, attr_name)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The outlet's time zone; the project default if the stored name is unknown."""
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(settings.TIME_ZONE)

    @property
    def byline_signature(self) -> str:
        return self.signature or self.outlet_name

    @property
    def social_links(self) -> list[tuple[str, str]]:
        """(network name, URL) for each profile the outlet has, in display order."""
        links = [
            ("X", self.twitter_url),
            ("YouTube", self.youtube_url),
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("Telegram", self.telegram_url),
        ]
        return [(name, url) for name, url in links if url]

    @property
    def app_links(self) -> list[tuple[str, str]]:
        links = [("App Store", self.app_store_url), ("Google Play", self.google_play_url)]
        return [(name, url) for name, url in links if url]

    @cached_property
    def _edition_texts(self) -> list["EditionText"]:
        # Read with the settings (for_request), not each time a page asks for them.
        return list(self.edition_texts.all())

    def texts_for(self, language: str) -> "EditionText | None":
        """The footer texts of one edition, falling back to the first edition that has any."""
        texts = self._edition_texts
        for text in texts:
            if text.language == language:
                return text
        return texts[0] if texts else None

    def edition_label(self, language: str) -> str:
        """The language switcher's short label for an edition: the editors' own, else the configured one."""
        for text in self._edition_texts:
            if text.language == language and text.short_label:
                return text.short_label
        edition = configured_edition(language)
        return edition.label if edition is not None else language.upper()


class EditionText(Orderable):
    """Texts in one edition's language: the footer's attribution rule and copyright line,
    and the edition's short label in the language switcher."""

    settings = ParentalKey(OutletSettings, on_delete=models.CASCADE, related_name="edition_texts")
    language = models.CharField(_("language"), max_length=8, choices=language_choices)
    attribution_rule = models.TextField(
        _("attribution rule"),
        help_text=_("Shown in the footer and appended to text copied from a story."),
    )
    copyright_line = models.CharField(
        _("copyright line"),
        max_length=200,
        help_text=_("Shown after © and the current year, e.g. the outlet's name."),
    )

    short_label = models.CharField(
        _("short label"),
        max_length=12,
        blank=True,
        help_text=_("The edition's name in the language switcher, e.g. EN. Empty: the default."),
    )

    panels = [
        FieldPanel("language"),
        FieldPanel("short_label"),
        FieldPanel("attribution_rule"),
        FieldPanel("copyright_line"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("edition text")
        constraints = [
            models.UniqueConstraint(
                fields=["settings", "language"], name="outlet_one_text_per_edition"
            )
        ]
