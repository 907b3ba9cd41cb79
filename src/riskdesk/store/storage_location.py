"""Whether a vault file lives on a network file system, where SQLite's WAL must not be used.

WAL keeps its index in shared memory (the ``-shm`` file, mapped into each process), which
only works between processes on one computer: two computers writing through a network
share each see their own index and corrupt the database (SQLite's own documentation,
"WAL does not work over a network filesystem"). On a network path the vault therefore
runs in SQLite's rollback-journal mode, which needs only the file server's byte-range
locks.

The operating system is a port: the Linux mount table and the Windows drive type are
passed in by tests, and read from the real system otherwise.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

MOUNTINFO = Path("/proc/self/mountinfo")

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "9p",  # WSL's Windows drives, VM shares
        "vboxsf",
        "vmhgfs",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "davfs",
        "ocfs2",
        "gfs2",
    }
)
"""Linux file-system types reached over a network (or shared between machines)."""

LOCAL_FUSE_FILE_SYSTEMS = frozenset({"fuseblk", "fuse.ntfs-3g", "fuse-overlayfs", "fuse.lxcfs"})
"""FUSE file systems known to be local. Every other FUSE file system (sshfs, rclone,
GNOME's gvfs shares, s3fs, …) counts as a network one: taking a local one for remote only
costs WAL's speed, the other mistake costs the vault."""

DRIVE_REMOTE = 4
"""``GetDriveTypeW``'s answer for a mapped network drive."""


@dataclass(frozen=True)
class Mount:
    point: PurePath
    fs_type: str


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts in ``/proc/self/mountinfo`` text: mount point (field 5) and file-system
    type (the first field after the ``-`` separator). Malformed lines are skipped."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        fields = line.split()
        try:
            separator = fields.index("-", 6)
            point, fs_type = fields[4], fields[separator + 1]
        except (ValueError, IndexError):
            continue
        mounts.append(Mount(PurePath(_unescape(point)), fs_type))
    return mounts


def _unescape(field: str) -> str:
    # The kernel writes space, tab, newline and backslash in paths as octal escapes.
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, plain)
    return field


def is_network_fs_type(fs_type: str) -> bool:
    if fs_type in LOCAL_FUSE_FILE_SYSTEMS:
        return False
    base = fs_type.split(".", 1)[0]
    return base in NETWORK_FILE_SYSTEMS or fs_type in NETWORK_FILE_SYSTEMS or base == "fuse"


def mount_of(path: PurePath, mounts: list[Mount]) -> Mount | None:
    """The mount that holds ``path`` (an absolute, resolved path): the longest mount point
    it lies under; the last one listed wins, as it is mounted on top."""
    best: Mount | None = None
    for mount in mounts:
        holds = path == mount.point or mount.point in path.parents
        if holds and (best is None or len(mount.point.parts) >= len(best.point.parts)):
            best = mount
    return best


def on_network_linux(path: PurePath, mountinfo: str) -> bool:
    mount = mount_of(path, parse_mountinfo(mountinfo))
    return mount is not None and is_network_fs_type(mount.fs_type)


def on_network_windows(path: PureWindowsPath, drive_type: Callable[[str], int]) -> bool:
    """A UNC path (``\\\\server\\share\\…``, also in its ``\\\\?\\UNC\\`` form) or a drive
    letter that Windows says is a network drive."""
    drive = path.drive
    if drive.upper().startswith("\\\\?\\UNC\\"):
        return True
    if drive.startswith(("\\\\?\\", "\\\\.\\")):
        drive = drive[4:]  # a long-path form of a drive letter: \\?\C:
    elif drive.startswith("\\\\"):
        return True
    if len(drive) == 2 and drive[1] == ":":
        return drive_type(drive + "\\") == DRIVE_REMOTE
    return False


def _windows_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def is_network_path(path: Path) -> bool:
    """Whether ``path`` (or, for a file not yet made, its folder) is on a network file
    system, asking this computer's operating system. Unknown systems count as local."""
    resolved = path.resolve()
    if sys.platform == "win32":
        return on_network_windows(PureWindowsPath(resolved), _windows_drive_type)
    if sys.platform.startswith("linux"):
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return on_network_linux(PurePath(os.fspath(resolved)), mountinfo)
    return False
