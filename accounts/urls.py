from django.urls import path

from accounts import views

urlpatterns = [
    path("two-factor/", views.manage, name="accounts_manage"),
    path("two-factor/verify/", views.verify, name="accounts_verify"),
    path("two-factor/enrol/", views.enrol, name="accounts_enrol"),
    path("two-factor/enrol/qr.svg", views.enrol_qr, name="accounts_enrol_qr"),
    path("two-factor/recovery-codes/", views.new_recovery_codes, name="accounts_recovery_codes"),
    path("two-factor/turn-off/", views.turn_off, name="accounts_turn_off"),
    path("two-factor/reset/<int:user_id>/", views.reset, name="accounts_reset"),
]
