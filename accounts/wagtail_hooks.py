from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from accounts import two_factor


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("", include("accounts.urls"))]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("accounts_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("An authenticator app's code at each sign-in, and recovery codes."),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if request_user.has_perm("auth.change_user") and two_factor.is_enrolled(user):
        return [
            Button(
                _("Reset two-factor authentication"),
                url=reverse("accounts_reset", args=[user.pk]),
                priority=90,
            )
        ]
    return []
