from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, backup


class Command(BaseCommand):
    help = (
        "Backs up the database (PostgreSQL: pg_dump's custom format) and the files of the "
        "storages in BACKUP_STORAGES into a new folder; prints its path."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=settings.BACKUP_DIR,
            help="The folder to put the backup in (default: BACKUP_DIR).",
        )

    def handle(self, *args, output, **options):
        try:
            target = backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(target))
