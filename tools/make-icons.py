#!/usr/bin/env python3
"""Writes icons/icon.ico (Windows) and icons/icon.icns (macOS) from the PNGs in icons/ (both formats hold PNGs as
they are: .ico since Windows Vista, .icns since macOS 10.7). Run again when the PNGs change; jpackage needs these."""
import struct
from pathlib import Path

icons = Path(__file__).resolve().parent.parent / "icons"

def png(size):
    return (icons / f"icon-{size}.png").read_bytes()

# .ico: ICONDIR, one ICONDIRENTRY per image (width/height 0 means 256), then the PNG bytes
sizes = [16, 32, 48, 64, 128, 256]
entries, data = b"", b""
offset = 6 + 16 * len(sizes)
for s in sizes:
    b = png(s)
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(b), offset + len(data))
    data += b
(icons / "icon.ico").write_bytes(struct.pack("<HHH", 0, 1, len(sizes)) + entries + data)

# .icns: "icns" + total length, then (type, length including the 8-byte header, PNG) per image
body = b""
for kind, s in [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256)]:
    b = png(s)
    body += kind + struct.pack(">I", len(b) + 8) + b
(icons / "icon.icns").write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)
print("wrote", icons / "icon.ico", "and", icons / "icon.icns")
