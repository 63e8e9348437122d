"""Unpacking compressed answers (``Content-Encoding``) with a bound on what comes out.

httpx unpacks each received chunk in one call: a 1,827-byte answer packed twice with gzip
grew to 2 GB in memory before any size check could see it. Here every layer is unpacked in
pieces of at most :data:`PIECE_BYTES`, and the bytes each layer produces are counted, so
unpacking stops as soon as any layer passes the limit.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

PIECE_BYTES = 64 * 1024
MAX_ENCODINGS = 2
"""More layers than this are refused: real servers pack once."""
SUPPORTED = ("gzip", "x-gzip", "deflate")
ACCEPT_ENCODING = "gzip, deflate"
"""What the client asks for: exactly what :class:`BodyDecoder` can unpack."""


class BodyError(Exception):
    """The answer's packing cannot or may not be unpacked."""


class TooManyEncodings(BodyError):
    pass


class UnsupportedEncoding(BodyError):
    def __init__(self, encoding: str) -> None:
        super().__init__(encoding)
        self.encoding = encoding


class DamagedBody(BodyError):
    def __init__(self, encoding: str) -> None:
        super().__init__(encoding)
        self.encoding = encoding


class BodyTooLarge(BodyError):
    """A layer produced more than the limit."""


class _ZlibLayer:
    """One gzip or deflate layer, unpacked in bounded pieces."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._raw_deflate_tried = encoding != "deflate"
        wbits = zlib.MAX_WBITS | 16 if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._obj = zlib.decompressobj(wbits)
        self._started = False

    def unpack(self, data: bytes) -> Iterator[bytes]:
        pending = data
        while pending and not self._obj.eof:
            try:
                piece = self._obj.decompress(pending, PIECE_BYTES)
            except zlib.error:
                if self._raw_deflate_tried or self._started:
                    raise DamagedBody(self.encoding) from None
                # "deflate" is often sent without its zlib header (raw deflate).
                self._raw_deflate_tried = True
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._started = True
            before, pending = len(pending), self._obj.unconsumed_tail
            if piece:
                yield piece
            elif len(pending) >= before:  # no progress: wait for more bytes
                break
        # Bytes after the end of the packed stream are ignored, as httpx does.

    def finish(self) -> bytes:
        try:
            return self._obj.flush()
        except zlib.error:
            raise DamagedBody(self.encoding) from None


def encodings_of(values: list[str]) -> list[str]:
    """The layers named by ``Content-Encoding`` header values, in the order applied
    (``identity`` dropped, names lower-cased)."""
    layers = []
    for value in values:
        for name in value.split(","):
            name = name.strip().lower()
            if name and name != "identity":
                layers.append(name)
    return layers


class BodyDecoder:
    """Unpacks an answer's layers, raising :class:`BodyTooLarge` past ``limit`` bytes."""

    def __init__(self, encodings: list[str], limit: int) -> None:
        if len(encodings) > MAX_ENCODINGS:
            raise TooManyEncodings(", ".join(encodings))
        for name in encodings:
            if name not in SUPPORTED:
                raise UnsupportedEncoding(name)
        # Unpacked last layer first: "gzip, deflate" was gzipped, then deflated.
        self._layers = [_ZlibLayer(name) for name in reversed(encodings)]
        self._produced = [0] * len(self._layers)
        self._limit = limit

    @property
    def identity(self) -> bool:
        return not self._layers

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The unpacked pieces of the next received bytes."""
        return self._through(0, data)

    def finish(self) -> Iterator[bytes]:
        """What the layers still hold at the end of the answer."""
        for index, layer in enumerate(self._layers):
            rest = layer.finish()
            if rest:
                yield from self._counted(index, rest)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._layers):
            yield data
            return
        for piece in self._layers[index].unpack(data):
            yield from self._counted(index, piece)

    def _counted(self, index: int, piece: bytes) -> Iterator[bytes]:
        self._produced[index] += len(piece)
        if self._produced[index] > self._limit:
            raise BodyTooLarge(self._produced[index])
        yield from self._through(index + 1, piece)
