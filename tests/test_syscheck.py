"""`make run`/`make test` stop with the exact apt-get line when Qt's system libraries are missing."""

from desktop import syscheck


def test_nothing_missing_here(capsys):
    # CI installs the full list; on such a machine the check passes silently.
    assert syscheck.main([]) == 0
    assert capsys.readouterr().err == ""


def test_missing_libraries_become_one_apt_line(monkeypatch, capsys):
    monkeypatch.setattr(syscheck.sys, "platform", "linux")
    monkeypatch.setattr(syscheck, "missing_libraries",
                        lambda gui: ["libxcb-icccm.so.4", "libxkbcommon-x11.so.0", "libEGL.so.1"])
    monkeypatch.setattr(syscheck, "has_fonts", lambda: False)
    assert syscheck.main(["--gui"]) == 1
    err = capsys.readouterr().err
    assert "  sudo apt-get install -y libegl1 libxcb-icccm4 libxkbcommon-x11-0 fonts-dejavu-core" in err


def test_ldd_output_is_parsed(monkeypatch, tmp_path):
    qt = tmp_path / "Qt"
    (qt / "lib").mkdir(parents=True)
    (qt / "lib" / "libQt6Gui.so.6").write_bytes(b"")
    monkeypatch.setattr(syscheck, "_qt_dir", lambda: qt)

    class Out:
        stdout = "\tlibGL.so.1 => not found\n\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x0)\n"

    monkeypatch.setattr(syscheck.subprocess, "run", lambda *a, **k: Out())
    assert syscheck.missing_libraries(gui=False) == ["libGL.so.1"]
