"""Network paths are told from the operating system's own answers: the Linux mount table
(given here as text, the port) and, on Windows, the path's form and the drive type."""

from __future__ import annotations

import sys
from pathlib import Path, PurePath, PureWindowsPath

import pytest

from riskdesk.store import storage_location
from riskdesk.store.storage_location import (
    DRIVE_REMOTE,
    is_network_fs_type,
    is_network_path,
    on_network_linux,
    on_network_windows,
    parse_mountinfo,
)

MOUNTINFO = r"""22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro
23 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
60 22 0:50 / /home/lene/Enhed rw,relatime shared:30 - cifs //fil01/enhed rw,vers=3.1.1
61 22 0:51 / /mnt/nfs rw,relatime shared:31 master:2 - nfs4 fil02:/export rw,vers=4.2
62 61 8:17 / /mnt/nfs/lokal rw,relatime shared:32 - ext4 /dev/sdb1 rw
63 22 0:52 / /home/lene/Fjern\040mappe rw,relatime shared:33 - fuse.sshfs lene@fil03: rw
64 22 8:33 / /media/usb rw,relatime shared:34 - fuseblk /dev/sdc1 rw
65 22 0:53 / /mnt/c rw,noatime shared:35 - 9p drvfs rw,aname=drvfs
66 22 0:54 / /run/user/1000/gvfs rw,nosuid,nodev,relatime shared:36 - fuse.gvfsd-fuse gvfsd-fuse rw
this line is not a mount
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/lene/RiskDesk/enhed.rdv", False),
        ("/home/lene/Enhed/enhed.rdv", True),
        ("/home/lene/Enhed", True),
        ("/home/lene/EnhedX/enhed.rdv", False),
        ("/mnt/nfs/a/enhed.rdv", True),
        ("/mnt/nfs/lokal/enhed.rdv", False),
        ("/home/lene/Fjern mappe/enhed.rdv", True),
        ("/media/usb/enhed.rdv", False),
        ("/mnt/c/Users/lene/enhed.rdv", True),
        ("/run/user/1000/gvfs/smb-share:server=fil01/enhed.rdv", True),
    ],
)
def test_the_mount_that_holds_the_path_decides(path: str, network: bool) -> None:
    assert on_network_linux(PurePath(path), MOUNTINFO) is network


def test_malformed_lines_are_skipped_and_spaces_unescaped() -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    assert len(mounts) == 9
    assert PurePath("/home/lene/Fjern mappe") in {mount.point for mount in mounts}


@pytest.mark.parametrize(
    ("fs_type", "network"),
    [
        ("nfs", True),
        ("nfs4", True),
        ("cifs", True),
        ("smb3", True),
        ("fuse.sshfs", True),
        ("fuse.rclone", True),
        ("fuse", True),
        ("ceph", True),
        ("ext4", False),
        ("btrfs", False),
        ("tmpfs", False),
        ("overlay", False),
        ("fuseblk", False),
        ("fuse-overlayfs", False),
    ],
)
def test_file_system_types(fs_type: str, network: bool) -> None:
    assert is_network_fs_type(fs_type) is network


def _drive_types(remote: set[str]):  # type: ignore[no-untyped-def]
    def drive_type(root: str) -> int:
        return DRIVE_REMOTE if root[0] in remote else 3  # DRIVE_FIXED

    return drive_type


@pytest.mark.parametrize(
    ("path", "network"),
    [
        (r"\\fil01\enhed\RiskDesk\enhed.rdv", True),
        ("//fil01/enhed/enhed.rdv", True),
        (r"\\?\UNC\fil01\enhed\enhed.rdv", True),
        (r"\\?\C:\Users\lene\enhed.rdv", False),
        (r"\\?\Z:\enhed.rdv", True),
        (r"C:\Users\lene\AppData\Local\RiskDesk\enhed.rdv", False),
        (r"Z:\RiskDesk\enhed.rdv", True),
        ("enhed.rdv", False),
    ],
)
def test_windows_unc_paths_and_network_drives(path: str, network: bool) -> None:
    assert on_network_windows(PureWindowsPath(path), _drive_types({"Z"})) is network


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the Linux mount table")
def test_this_computer_s_mount_table_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "mountinfo"
    table.write_text(
        "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        f"30 22 0:50 / {tmp_path.resolve()} rw - cifs //s/e rw\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(storage_location, "MOUNTINFO", table)
    assert is_network_path(tmp_path / "enhed.rdv")
    assert not is_network_path(Path("/") / "enhed.rdv")
    monkeypatch.setattr(storage_location, "MOUNTINFO", tmp_path / "missing")
    assert not is_network_path(tmp_path / "enhed.rdv")
