from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def privacy_settings_given(app_configs, **kwargs):
    """The privacy page must name the real controller, and responses nobody claimed must reach
    a real mailbox: production settings set PRIVACY_SETTINGS_GIVEN from the environment."""
    if getattr(settings, "PRIVACY_SETTINGS_GIVEN", True):
        return []
    return [
        Warning(
            "PRIVACY_CONTROLLER_NAME, PRIVACY_CONTROLLER_EMAIL and RESPONSES_EMAIL are not all "
            "set: the privacy page names a placeholder controller, or responses to assignments "
            "nobody claimed go to a placeholder address.",
            hint="Set them in the environment (see the README's configuration table).",
            id="core.W001",
        )
    ]
