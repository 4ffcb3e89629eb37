"""Figures of the Linux build for the README: unpacked and archive size, and the start-up time of the frozen
app to its painted main window (``--startup-time``) under Xvfb, cold (page cache dropped, when permitted) and
warm (median of five). Run after ``make dist``:  .venv/bin/python build/linux/measure.py
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def startup(exe: Path, home: Path) -> float:
    env = {**os.environ, "HASHPLEDGE_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    env.pop("QT_QPA_PLATFORM", None)  # a real X server (Xvfb), not offscreen
    out = subprocess.run(["xvfb-run", "-a", str(exe), "--startup-time"], env=env, capture_output=True,
                         text=True, check=True, timeout=120).stdout
    return float(re.search(r"shown after ([0-9.]+) s", out).group(1))


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def main() -> int:
    bundle = ROOT / "dist" / "hashpledge"
    exe = bundle / "hashpledge"
    archives = sorted((ROOT / "dist").glob("hashpledge-*-linux-*.tar.gz"))
    if not exe.is_file() or not archives:
        print("run `make dist` first", file=sys.stderr)
        return 1
    unpacked = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        cold = startup(exe, home) if drop_caches() else None
        warm = [startup(exe, home) for _ in range(5)]
    print(f"unpacked size      {unpacked / 2**20:.0f} MB (target < 200 MB)")
    print(f"archive size       {archives[-1].stat().st_size / 2**20:.0f} MB ({archives[-1].name})")
    cold_text = f"{cold:.2f} s" if cold is not None else "n/a (cannot drop the page cache)"
    print(f"cold start         {cold_text} to the painted main window (target < 2 s)")
    print(f"warm start         {statistics.median(warm):.2f} s median of 5 ({min(warm):.2f}–{max(warm):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
