"""The frozen-bundle benchmark rows' logic (tests/benchmarks/frozen.py), without building."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks import frozen


@pytest.fixture
def build(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    module = frozen.load_build()

    def no_launch(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("must not start a process")

    monkeypatch.setattr(module, "self_test", no_launch)
    monkeypatch.setattr(module, "run_pyinstaller", no_launch)
    monkeypatch.setattr(frozen.subprocess, "run", no_launch)
    return module


def test_missing_bundle_gives_one_not_built_row(build, tmp_path: Path,  # noqa: ANN001
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "frozen_exe", lambda: tmp_path / "dist" / "wawp-desktop")
    rows = frozen.frozen_rows(3, {})
    assert len(rows) == 1
    figure, app, _, _, goal, met = rows[0]
    assert app == "not built — run python packaging/build.py"
    assert "≤ 1.2× venv" in goal
    assert met is False


def test_size_row_is_size_over_budget(build, tmp_path: Path,  # noqa: ANN001
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = frozen.ROOT / "dist" / "wawp-desktop"
    monkeypatch.setattr(build, "bundle_dir", lambda: bundle)
    monkeypatch.setattr(build, "LINUX", True)
    monkeypatch.setattr(build, "bundle_size", lambda: 117_000_000)
    assert frozen.size_row(build, 130) == (
        "frozen bundle size (dist/wawp-desktop)", "117.0 MB", "budget 130 MB", "0.90×", "≤ 1.0×",
        True)
    monkeypatch.setattr(build, "bundle_size", lambda: 131_000_000)
    assert frozen.size_row(build, 130)[3:] == ("1.01×", "≤ 1.0×", False)


def test_start_rows_use_medians_and_the_goal() -> None:
    warm, cold = frozen.start_rows([500, 400, 900], [520, 480, 1500], 2600,
                                   frozen.cold_label(None), 1.2)
    assert warm == ("frozen start-up to first paint, self-test (median of 3)", "520 ms",
                    "venv 500 ms", "1.04×", "≤ 1.2×", True)
    assert cold[0].startswith("frozen cold first start (page cache dropped)")
    assert cold[1:4] == ("2600 ms", "warm 520 ms", "5.00×")
    slow, _ = frozen.start_rows([500], [610], 700, "x", 1.2)
    assert slow[3:] == ("1.22×", "≤ 1.2×", False)


def test_cold_label_says_when_the_cache_was_not_dropped() -> None:
    label = frozen.cold_label("not root")
    assert "NOT dropped (not root)" in label and "not truly cold" in label


def test_drop_page_cache_refuses_without_root(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    target = tmp_path / "drop_caches"
    monkeypatch.setattr(frozen, "DROP_CACHES", target)
    monkeypatch.setattr(frozen.sys, "platform", "linux")
    monkeypatch.setattr(frozen.os, "geteuid", lambda: 1000, raising=False)
    monkeypatch.setattr(frozen.os, "sync", lambda: pytest.fail("synced without root"),
                        raising=False)
    assert frozen.drop_page_cache() == "not root"
    assert not target.exists()
