"""An upload handler that keeps at most the CV limit of an uploaded file. The rest of the file
is read and dropped, so the other fields of the form still arrive and the candidate sees the
form again with everything typed and one message: the file is too large."""

import io

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler

from .models import MAX_CV_SIZE


class OversizedUpload(UploadedFile):
    """Stands for a file that was too large: its size is the real one, its content empty."""

    def __init__(self, name, content_type, size):
        super().__init__(io.BytesIO(), name, content_type, size)


class CvSizeLimit(FileUploadHandler):
    limit = MAX_CV_SIZE

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            # The handlers after this one (memory, temporary file) get nothing more.
            return None
        return raw_data

    def file_complete(self, file_size):
        if self.received > self.limit:
            return OversizedUpload(self.file_name, self.content_type, self.received)
        return None
