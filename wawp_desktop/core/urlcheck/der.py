"""Just enough of X.509 (DER) to describe a server's certificate without extra libraries.

The standard library only decodes a certificate after a verified handshake, and not at all
when the OS verifies it (truststore on macOS and Windows); these few fields are all we need.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

_OID_CN = bytes.fromhex("550403")
_OID_O = bytes.fromhex("55040a")
_OID_SAN = bytes.fromhex("551d11")
_STRING_TAGS = {0x0C: "utf-8", 0x13: "ascii", 0x16: "ascii", 0x14: "latin-1", 0x1E: "utf-16-be"}


@dataclass(frozen=True, slots=True)
class CertInfo:
    """The parts of a certificate the report talks about."""

    subject_raw: bytes
    issuer_raw: bytes
    not_before: datetime
    not_after: datetime
    common_name: str = ""
    issuer_name: str = ""
    dns_names: tuple[str, ...] = ()

    @property
    def self_issued(self) -> bool:
        return self.subject_raw == self.issuer_raw


def _tlv(data: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, start of value, end of value) of the element at ``pos``."""
    tag = data[pos]
    length = data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4:
            raise ValueError("unsupported DER length")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    end = pos + length
    if end > len(data):
        raise ValueError("truncated DER")
    return tag, pos, end


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(tag, value start, value end, element start) of each element in ``data[start:end]``."""
    out = []
    pos = start
    while pos < end:
        tag, vstart, vend = _tlv(data, pos)
        out.append((tag, vstart, vend, pos))
        pos = vend
    return out


def _time(data: bytes, tag: int, start: int, end: int) -> datetime:
    text = data[start:end].decode("ascii").rstrip("Z")
    if tag == 0x17:  # UTCTime: YYMMDDHHMMSS
        year = int(text[:2])
        text = f"{2000 + year if year < 50 else 1900 + year}{text[2:]}"
    return datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)


def _name_attribute(data: bytes, start: int, end: int, oid: bytes) -> str:
    for _, set_start, set_end, _ in _children(data, start, end):
        for _, seq_start, seq_end, _ in _children(data, set_start, set_end):
            parts = _children(data, seq_start, seq_end)
            if len(parts) == 2 and data[parts[0][1] : parts[0][2]] == oid:
                tag, vstart, vend, _ = parts[1]
                return data[vstart:vend].decode(_STRING_TAGS.get(tag, "latin-1"), "replace")
    return ""


def _dns_names(data: bytes, start: int, end: int) -> tuple[str, ...]:
    """DNS names in the subjectAltName extension, from the [3] extensions element."""
    names: list[str] = []
    (_, seq_start, seq_end, _), *_ = _children(data, start, end)
    for _, ext_start, ext_end, _ in _children(data, seq_start, seq_end):
        fields = _children(data, ext_start, ext_end)
        if data[fields[0][1] : fields[0][2]] != _OID_SAN:
            continue
        _, oct_start, oct_end, _ = fields[-1]
        (_, gn_start, gn_end, _), *_ = _children(data, oct_start, oct_end)
        for tag, vstart, vend, _ in _children(data, gn_start, gn_end):
            if tag == 0x82:
                names.append(data[vstart:vend].decode("ascii", "replace"))
    return tuple(names)


def parse_certificate(der: bytes) -> CertInfo:
    """Read subject, issuer, validity and DNS names; ValueError if ``der`` is not readable."""
    try:
        _, cert_start, cert_end = _tlv(der, 0)
        (_, tbs_start, tbs_end, _), *_ = _children(der, cert_start, cert_end)
        fields = _children(der, tbs_start, tbs_end)
        if fields[0][0] == 0xA0:  # explicit version
            fields = fields[1:]
        _serial, _algorithm, issuer, validity, subject, *rest = fields
        (t1, b_start, b_end, _), (t2, a_start, a_end, _) = _children(der, validity[1], validity[2])
        extensions = next((f for f in rest if f[0] == 0xA3), None)
        return CertInfo(
            subject_raw=der[subject[3] : subject[2]],
            issuer_raw=der[issuer[3] : issuer[2]],
            not_before=_time(der, t1, b_start, b_end),
            not_after=_time(der, t2, a_start, a_end),
            common_name=_name_attribute(der, subject[1], subject[2], _OID_CN),
            issuer_name=_issuer_label(der, issuer[1], issuer[2]),
            dns_names=_dns_names(der, extensions[1], extensions[2]) if extensions else (),
        )
    except (IndexError, ValueError, UnicodeDecodeError) as exc:
        raise ValueError("not a readable certificate") from exc


def _issuer_label(data: bytes, start: int, end: int) -> str:
    cn = _name_attribute(data, start, end, _OID_CN)
    org = _name_attribute(data, start, end, _OID_O)
    if cn and org and org not in cn:
        return f"{cn} ({org})"
    return cn or org
