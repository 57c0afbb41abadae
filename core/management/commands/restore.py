from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restores a backup folder (made by `backup`) into the configured database and "
        "storages, then checks every table's row count and every file against the backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The backup folder.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Overwrite a database that already holds the site's tables.",
        )

    def handle(self, *args, backup, replace, **options):
        try:
            manifest = restore(backup, replace=replace)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["rows"].values())
        files = sum(len(names) for names in manifest["files"].values())
        self.stdout.write(
            f"Restored {rows} rows and {files} files from {backup} (made {manifest['created_at']})."
        )
