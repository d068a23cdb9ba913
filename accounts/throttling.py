"""Login throttling (django-axes): per account and address, and per address.

Failures are counted in the database (axes' own table), so every app server sees the
same counts and a Redis restart forgets none. Two limits apply within the cool-off:
AXES_FAILURE_LIMIT failures for one username from one address, and
ACCOUNTS_ADDRESS_FAILURE_LIMIT failures from one address whatever the usernames.
Neither is keyed on the username alone: someone guessing an editor's password from
elsewhere locks out only themselves, never the editor, and every lock ends by itself
AXES_COOLOFF_TIME after the failure that reached the limit (tries during a lock are not
counted, so hammering does not prolong it).
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.forms.utils import ErrorDict
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

LOGIN_TEMPLATE = "wagtailadmin/login.html"


class AccountAndAddressHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit per username+address and one per address."""

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """The failures that count towards the per-account limit, or that limit itself once
        the address has used up its own (axes compares this number with one limit only)."""
        username = get_client_username(request, credentials)
        recent = AccessAttempt.objects.filter(
            ip_address=request.axes_ip_address,
            attempt_time__gte=get_cool_off_threshold(request),
        )
        from_address = _failures(recent)
        for_account = _failures(recent.filter(username=username))
        if from_address >= settings.ACCOUNTS_ADDRESS_FAILURE_LIMIT:
            return max(for_account, get_failure_limit(request, credentials))
        return for_account

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """Forget the failures of the account that just logged in, from where it did.

        Axes would also forget every failure from the address, so anyone with one working
        login could wipe the count of their guesses at another account between tries.
        """
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(
            username=username, ip_address=request.axes_ip_address
        ).delete()
        return count


def _failures(attempts) -> int:
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def lockout_message(request: HttpRequest) -> str:
    minutes = max(1, round(get_cool_off(request).total_seconds() / 60))
    return ngettext(
        "Too many failed sign-in attempts. Signing in is refused for %(minutes)d minute; "
        "try again later.",
        "Too many failed sign-in attempts. Signing in is refused for %(minutes)d minutes; "
        "try again later.",
        minutes,
    ) % {"minutes": minutes}


def locked_out(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials=None
) -> HttpResponse:
    """Wagtail's sign-in page again, with the lock explained instead of "wrong password".

    The password is not checked during a lock, so the page says nothing of whether it
    was right. 429, so that scripts and monitoring see throttling.
    """
    context = getattr(original_response, "context_data", None)
    if context and context.get("form") is not None:
        form = context["form"]
        form._errors = ErrorDict()
        form.add_error(None, lockout_message(request))
        response = TemplateResponse(request, LOGIN_TEMPLATE, context, status=429).render()
    else:
        response = HttpResponse(lockout_message(request), status=429, content_type="text/plain")
    response["Retry-After"] = str(int(get_cool_off(request).total_seconds()))
    return response
