"""Before Qt is imported: are the system libraries it needs present? If not, print the apt-get line.

Run by ``make run`` / ``make test`` (``python -m desktop.syscheck [--gui]``). Imports no Qt (a missing
library would abort the import); only inspects the PySide6 binaries with ``ldd``. Linux only.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

# shared object -> Debian/Ubuntu package that ships it
PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}


def _qt_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt"


def missing_libraries(gui: bool) -> list[str]:
    qt = _qt_dir()
    if qt is None or not shutil.which("ldd"):
        return []
    targets = [qt / "lib" / "libQt6Gui.so.6", qt / "lib" / "libQt6Widgets.so.6",
               qt / "plugins" / "platforms" / "libqoffscreen.so"]
    if gui:
        targets.append(qt / "plugins" / "platforms" / "libqxcb.so")
    missing: set[str] = set()
    for target in targets:
        if not target.exists():
            continue
        out = subprocess.run(["ldd", str(target)], capture_output=True, text=True).stdout
        missing.update(re.findall(r"^\s*(\S+) => not found", out, flags=re.M))
    return sorted(missing)


def has_fonts() -> bool:
    if not shutil.which("fc-list"):
        return True  # cannot tell; Qt will warn
    return bool(subprocess.run(["fc-list"], capture_output=True, text=True).stdout.strip())


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        return 0
    gui = "--gui" in argv
    missing = missing_libraries(gui)
    packages = sorted({PACKAGES.get(lib, lib) for lib in missing})
    if not has_fonts():
        packages.append("fonts-dejavu-core")
    if not packages:
        return 0
    print("HashPledge needs system libraries that Qt uses and that this machine lacks:", file=sys.stderr)
    for lib in missing:
        print(f"  {lib}", file=sys.stderr)
    print("Install them with:\n", file=sys.stderr)
    print(f"  sudo apt-get install -y {' '.join(packages)}\n", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
