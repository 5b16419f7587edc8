"""Write a fixed message back atomically, or not at all.

The new text goes to a temporary file in the same folder, which then replaces
the original with os.replace, keeping its permission bits.  A read-only file,
or one that changed since it was read, is an error and stays as it was.
"""
from __future__ import annotations

import os
import stat
import tempfile

from .errors import InputError


def write_atomically(path: str, original: bytes, new_text: str) -> None:
    try:
        info = os.stat(path)
    except OSError as error:
        raise InputError(path, f"cannot write: {error.strerror}") from None
    mode = stat.S_IMODE(info.st_mode)
    if not mode & stat.S_IWUSR or not os.access(os.path.dirname(os.path.abspath(path)), os.W_OK):
        raise InputError(path, "read-only; not modified")
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".msglint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(new_text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        with open(path, "rb") as current:
            if current.read() != original:
                raise InputError(path, "changed while msglint was fixing it; not modified")
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
