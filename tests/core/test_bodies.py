"""BodyDecoder: bounded unpacking of Content-Encoding layers."""

from __future__ import annotations

import gzip
import zlib

import pytest

from wawp_desktop.core.bodies import (
    PIECE_BYTES,
    BodyDecoder,
    BodyTooLarge,
    DamagedBody,
    TooManyEncodings,
    UnsupportedEncoding,
    encodings_of,
)

TEXT = b'{"status": "success", "items": [' + b'"abc", ' * 20_000 + b'"end"]}'


def _decode(decoder: BodyDecoder, data: bytes, step: int) -> bytes:
    out = []
    for start in range(0, len(data), step):
        out.extend(decoder.feed(data[start:start + step]))
    out.extend(decoder.finish())
    assert all(len(piece) <= PIECE_BYTES for piece in out)
    return b"".join(out)


@pytest.mark.parametrize("step", [1, 7, 4096, 10**9])
def test_layers_unpack_in_any_chunking(step: int) -> None:
    packed = zlib.compress(gzip.compress(TEXT))  # Content-Encoding: gzip, deflate
    if step == 1:
        packed = packed[:5000]  # byte by byte is slow; a prefix still checks the pieces
        assert TEXT.startswith(_decode(BodyDecoder(["gzip", "deflate"], 10**7), packed, 1))
        return
    assert _decode(BodyDecoder(["gzip", "deflate"], 10**7), packed, step) == TEXT


def test_identity_passes_bytes_through() -> None:
    decoder = BodyDecoder([], 10)
    assert decoder.identity
    assert list(decoder.feed(b"abc")) == [b"abc"]


def test_every_layer_is_bounded() -> None:
    with pytest.raises(BodyTooLarge):
        _decode(BodyDecoder(["gzip"], len(TEXT) - 1), gzip.compress(TEXT), 10**9)
    assert _decode(BodyDecoder(["gzip"], len(TEXT)), gzip.compress(TEXT), 10**9) == TEXT
    inner = gzip.compress(TEXT)  # the middle layer alone is over a limit of 100 bytes
    with pytest.raises(BodyTooLarge):
        _decode(BodyDecoder(["gzip", "gzip"], 100), gzip.compress(inner), 10**9)


def test_refusals() -> None:
    with pytest.raises(TooManyEncodings):
        BodyDecoder(["gzip"] * 3, 10)
    with pytest.raises(UnsupportedEncoding) as info:
        BodyDecoder(["gzip", "compress"], 10)
    assert info.value.encoding == "compress"
    with pytest.raises(DamagedBody):
        _decode(BodyDecoder(["gzip"], 10**6), b"not gzip at all", 10**9)
    with pytest.raises(DamagedBody):
        _decode(BodyDecoder(["deflate"], 10**6), b"\x00\x01 neither deflate", 10**9)


def test_encodings_of() -> None:
    assert encodings_of(["gzip, GZIP", " identity ,deflate", ""]) == ["gzip", "gzip", "deflate"]
    assert encodings_of([]) == []
