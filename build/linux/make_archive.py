"""Pack the one-folder build into ``dist/hashpledge-VERSION-linux-x86_64.tar.gz`` (called by ``make dist``).

The archive holds one folder ``hashpledge-VERSION/``: the program (``hashpledge`` and ``_internal/``), a
``.desktop`` entry, the icon, ``install.sh`` (per-user install and ``--uninstall``) and a short README.
Entries are sorted, owned by root and dated by the last commit, so two builds of one commit pack the same way.
"""

from __future__ import annotations

import gzip
import io
import os
import platform
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = """HashPledge {version} for Linux x86-64
=================================

Run it where it is:   ./hashpledge
Install for yourself: ./install.sh           (menu entry, icon, ~/.local/bin/hashpledge)
Remove:               ./install.sh --uninstall (your data in ~/.local/share/HashPledge stays)
Check the install:    ./hashpledge --self-test

No Python is needed. The system must provide glibc 2.34 or newer (Debian 12, Ubuntu 22.04 and later),
OpenGL/EGL (libgl1, libegl1), fontconfig with at least one font (fonts-dejavu-core), and for a window X11 or
XWayland with the xcb libraries that every desktop has. Command line: ./hashpledge --help
"""


def commit_time() -> int:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True,
                             text=True, check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 0


def main() -> int:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    bundle = ROOT / "dist" / "hashpledge"
    if not (bundle / "hashpledge").is_file():
        print(f"no build in {bundle}: run pyinstaller first (make dist)", file=sys.stderr)
        return 1
    machine = platform.machine() or "x86_64"
    top = f"hashpledge-{version}"
    out = ROOT / "dist" / f"hashpledge-{version}-linux-{machine}.tar.gz"
    mtime = commit_time()
    extras = {
        "hashpledge.desktop": (ROOT / "build" / "linux" / "hashpledge.desktop").read_bytes(),
        "hashpledge.png": (ROOT / "resources" / "icons" / "hashpledge-256.png").read_bytes(),
        "install.sh": (ROOT / "build" / "linux" / "install.sh").read_bytes(),
        "README.txt": README.format(version=version).encode("utf-8"),
    }

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = mtime
        return info

    tmp = out.with_name(out.name + ".part")
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=mtime, compresslevel=9) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(bundle, arcname=top, recursive=False, filter=normalise)
        for path in sorted(bundle.rglob("*")):
            tar.add(path, arcname=f"{top}/{path.relative_to(bundle).as_posix()}", recursive=False,
                    filter=normalise)
        for name, data in sorted(extras.items()):
            info = normalise(tarfile.TarInfo(f"{top}/{name}"))
            info.size = len(data)
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            tar.addfile(info, io.BytesIO(data))
    os.replace(tmp, out)
    unpacked = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 2**20:.1f} MB "
          f"(unpacked {unpacked / 2**20:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
