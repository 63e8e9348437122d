"""Hostile answers from a real loopback server: packed bombs, too many layers, deep nesting."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib

import pytest

from tests.conftest import run
from tests.plain_text import plain
from tests.sandbox.helpers import SET, client_error, make_config, with_client
from wawp_desktop.core.client import MAX_BODY_BYTES
from wawp_desktop.core.errors import ErrorKind
from wawp_desktop.core.save import plan, send
from wawp_desktop.sandbox import Fault

ANSWER = {"status": "success", "webhook": {"url": "https://hooks.example.com/wawp",
                                            "events": ["message"], "is_active": 1}}


def _zeros_gzip(megabytes: int) -> bytes:
    """gzip of ``megabytes`` MiB of zero bytes, built piece by piece."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    return b"".join([packer.compress(chunk) for _ in range(megabytes)] + [packer.flush()])


def _packed(body: bytes, *layers: str) -> bytes:
    for layer in layers:
        if layer == "gzip":
            body = gzip.compress(body)
        elif layer == "deflate":
            body = zlib.compress(body)
        elif layer == "raw-deflate":
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            body = packer.compress(body) + packer.flush()
    return body


def _answer(sandbox, body: bytes, encoding: str) -> None:
    sandbox.faults.put(Fault(path=SET, status=200, body=body, content_type="application/json",
                             headers={"Content-Encoding": encoding}))


def _save(client):
    return send(client, plan(make_config()))


@pytest.fixture(scope="module")
def bomb_256mb() -> bytes:
    return gzip.compress(_zeros_gzip(256))  # about 600 bytes: 256 MiB once unpacked twice


def test_a_stacked_gzip_bomb_stops_at_the_limit(sandbox, bomb_256mb) -> None:
    assert len(bomb_256mb) < 2_000
    _answer(sandbox, bomb_256mb, "gzip, gzip")
    tracemalloc.start()
    try:
        error = client_error(sandbox, _save)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.kind is ErrorKind.TOO_LARGE and error.status == 200
    assert "more than 4 MB once unpacked" in error.message
    print(f"peak traced memory for a 256 MiB bomb: {peak / 2**20:.1f} MiB")
    assert peak < 3 * MAX_BODY_BYTES  # today's cap, not the bomb's 256 MiB


def test_a_single_gzip_bomb_stops_at_the_limit(sandbox) -> None:
    _answer(sandbox, _zeros_gzip(64), "gzip")
    error = client_error(sandbox, _save)
    assert error.kind is ErrorKind.TOO_LARGE and "once unpacked" in error.message


@pytest.mark.parametrize("layers", [3, 5])
def test_more_than_two_layers_are_refused(sandbox, layers: int) -> None:
    body = _packed(json.dumps(ANSWER).encode(), *["gzip"] * layers)
    _answer(sandbox, body, ", ".join(["gzip"] * layers))
    error = client_error(sandbox, _save)
    assert error.kind is ErrorKind.NOT_JSON
    assert f"packed its answer {layers} times over" in error.message
    assert "at most 2" in error.message


@pytest.mark.parametrize(
    ("layers", "header"),
    [(["gzip"], "gzip"), (["gzip"], "x-gzip"), (["deflate"], "deflate"),
     (["raw-deflate"], "deflate"), (["gzip", "gzip"], "gzip, gzip"),
     (["gzip", "deflate"], "gzip, deflate"), ([], "identity"), (["gzip"], "identity, GZIP")],
)
def test_packed_answers_are_read(sandbox, layers: list[str], header: str) -> None:
    _answer(sandbox, _packed(json.dumps(ANSWER).encode(), *layers), header)
    result = with_client(sandbox, _save)
    assert result.item["url"] == "https://hooks.example.com/wawp"
    assert sandbox.requests[-1].headers["accept-encoding"] == "gzip, deflate"


def test_a_large_legitimate_packed_answer_is_read(sandbox) -> None:
    padded = dict(ANSWER, padding="p" * (3 * 1024 * 1024))
    _answer(sandbox, gzip.compress(json.dumps(padded).encode()), "gzip")
    result = with_client(sandbox, _save)
    assert len(result.data["padding"]) == 3 * 1024 * 1024


def test_an_unknown_packing_is_refused(sandbox) -> None:
    _answer(sandbox, b"\x1b\x00\x00", "br")
    error = client_error(sandbox, _save)
    assert error.kind is ErrorKind.NOT_JSON and "“br”" in plain(error.message)


def test_a_damaged_packed_answer_is_reported(sandbox) -> None:
    _answer(sandbox, b"\x1f\x8b\x08\x00garbage-not-gzip" * 10, "gzip")
    error = client_error(sandbox, _save)
    assert error.kind is ErrorKind.NOT_JSON
    assert "packed (gzip) but could not be unpacked" in plain(error.message)


@pytest.mark.parametrize("depth", [700, 950, 5_000])
def test_an_answer_nested_hundreds_deep_is_a_clear_error(sandbox, depth: int) -> None:
    body = '{"status": "success", "webhook": ' + "[" * depth + "]" * depth + "}"
    sandbox.faults.put(Fault(path=SET, status=200, body=body.encode(),
                             content_type="application/json"))
    error = client_error(sandbox, _save)
    assert error.kind is ErrorKind.UNEXPECTED_SHAPE
    assert "nested more than 100 levels deep" in error.message


def test_a_body_abandoned_half_way_leaves_nothing_for_the_garbage_collector(
    sandbox, bomb_256mb
) -> None:
    """qasync (the app's loop) installs no async-generator hooks: httpx's stream generators
    left suspended would be finalized by the collector outside any task, and fail there."""
    import gc
    import sys

    from tests.sandbox.helpers import FAST
    from wawp_desktop.core.client import WawpClient
    from wawp_desktop.core.errors import WawpError

    _answer(sandbox, bomb_256mb, "gzip, gzip")

    async def main() -> ErrorKind:
        sys.set_asyncgen_hooks(firstiter=None, finalizer=None)  # as under qasync
        client = WawpClient(sandbox.url, timeouts=FAST)
        try:
            await send(client, plan(make_config()))
        except WawpError as error:
            return error.kind  # the error (and what its traceback holds) is dropped
        finally:
            await client.aclose()
        raise AssertionError("saved")

    kind = run(main())  # in a worker thread: GUI tests leave this one "running" a loop
    gc.collect()  # an abandoned generator would fail here (an unraisable exception)
    assert kind is ErrorKind.TOO_LARGE
