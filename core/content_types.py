"""Moving a model to another app without losing its permissions (used by migrations)."""


def move_content_types(apps, old_app, new_app, models):
    """Gives the content types of `models` (lower-case model names) of `old_app` to `new_app`,
    so their permissions, the groups that hold them and the admin's log entries go along.
    On a new database there is nothing to move yet: Django makes the content types after
    the migrations, under the new app."""
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in models:
        old = content_type.objects.filter(app_label=old_app, model=model).first()
        if old is None:
            continue
        # One made for the new app in the meantime holds nobody's permissions yet.
        content_type.objects.filter(app_label=new_app, model=model).delete()
        old.app_label = new_app
        old.save(update_fields=["app_label"])
