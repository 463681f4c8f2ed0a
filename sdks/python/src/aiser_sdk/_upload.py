"""The multipart body of an upload, streamed in chunks so progress can be reported."""

from __future__ import annotations

import io
import os
import secrets
from typing import IO, Any, AsyncIterator, Callable, Iterator, Mapping, Union

#: What `data.upload` accepts: a path, the bytes themselves, or a binary file object.
FileInput = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes]]
#: Called with (bytes sent so far, total bytes or None when the size is unknown).
ProgressCallback = Callable[[int, Union[int, None]], None]

CHUNK = 64 * 1024


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\r", " ").replace("\n", " ")


class UploadBody:
    """A multipart/form-data body: text fields, then one file part."""

    def __init__(
        self,
        file: FileInput,
        *,
        filename: str | None,
        fields: Mapping[str, str],
        on_progress: ProgressCallback | None,
    ) -> None:
        self._path: str | None = None
        self._bytes: bytes | None = None
        self._stream: IO[bytes] | None = None
        self._start = 0
        size: int | None
        if isinstance(file, (str, os.PathLike)):
            self._path = os.fspath(file)
            size = os.path.getsize(self._path)
            filename = filename or os.path.basename(self._path)
        elif isinstance(file, (bytes, bytearray, memoryview)):
            self._bytes = bytes(file)
            size = len(self._bytes)
        elif hasattr(file, "read"):
            self._stream = file
            size = None
            if _seekable(file):
                self._start = file.tell()
                size = file.seek(0, io.SEEK_END) - self._start
                file.seek(self._start)
            name = getattr(file, "name", None)
            if filename is None and isinstance(name, str):
                filename = os.path.basename(name)
        else:
            raise TypeError("file must be a path, bytes, or a binary file object")
        if not filename:
            raise TypeError("filename is required when uploading bytes or a stream without a name")
        self.filename = filename
        self.boundary = "aiser-" + secrets.token_hex(16)
        head = b""
        for name, value in fields.items():
            head += (
                f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'.encode()
                + value.encode()
                + b"\r\n"
            )
        head += (
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="file"; filename="{_quote(filename)}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        self._head = head
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()
        self.total = None if size is None else len(head) + size + len(self._tail)
        self._on_progress = on_progress
        self._used = False

    @property
    def replayable(self) -> bool:
        """Whether the body can be sent again (for a retry)."""
        return self._stream is None or _seekable(self._stream)

    @property
    def headers(self) -> dict[str, str]:
        h = {"Content-Type": f"multipart/form-data; boundary={self.boundary}"}
        if self.total is not None:
            h["Content-Length"] = str(self.total)
        return h

    def _chunks(self) -> Iterator[bytes]:
        if self._used and not self.replayable:
            raise RuntimeError("the upload stream was already consumed")
        self._used = True
        yield self._head
        if self._path is not None:
            with open(self._path, "rb") as f:
                while chunk := f.read(CHUNK):
                    yield chunk
        elif self._bytes is not None:
            view = memoryview(self._bytes)
            for i in range(0, len(view), CHUNK):
                yield bytes(view[i : i + CHUNK])
        else:
            assert self._stream is not None
            if _seekable(self._stream):
                self._stream.seek(self._start)
            while chunk := self._stream.read(CHUNK):
                yield chunk
        yield self._tail

    def iter_sync(self) -> Iterator[bytes]:
        """The body in chunks, reporting progress after each."""
        sent = 0
        for chunk in self._chunks():
            yield chunk
            sent += len(chunk)
            if self._on_progress is not None:
                self._on_progress(sent, self.total)

    async def iter_async(self) -> AsyncIterator[bytes]:
        """The same chunks for an async client."""
        for chunk in self.iter_sync():
            yield chunk


def _seekable(f: Any) -> bool:
    try:
        return bool(f.seekable())
    except Exception:
        return False
