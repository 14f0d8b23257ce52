"""Bytes that are not all one encoding (issue 10): five invalid bytes before a UTF-8 report, or a
report half UTF-8 and half cp1251, used to be read whole as cp1251 (mojibake, 0 claims, no word).
They are read line by line, and every repair is a warning naming the file and the byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from raidlog.ingest import Incoming, read_sources

RU = ("Ночью силы ПВО сбили 12 беспилотников над Белгородской областью, сообщило Минобороны России.\n"
      "Обломки упали в поле.\n")
SECOND = "Обломки упали в поле, сообщил губернатор Вячеслав Гладков.\n"
ROOT = Path(__file__).resolve().parent.parent


def extract(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "raidlog", "extract", "--json", "--published", "2025-11-12", *args],
                          input=stdin, capture_output=True, cwd=ROOT, timeout=120)


def test_five_invalid_bytes_before_a_utf8_report(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x80\x81\xfa\xfb\xfc" + RU.encode("utf-8"))
    [doc] = read_sources([str(path)])
    assert doc.text == "\ufffd" * 5 + RU
    assert doc.warnings == ("byte 0 (line 1): 5 invalid bytes in UTF-8 text, replaced by U+FFFD",)
    out = extract(str(path))
    assert out.returncode == 0
    assert out.stderr.decode().splitlines() == [
        f"raidlog: warning: {path}: byte 0 (line 1): 5 invalid bytes in UTF-8 text, replaced by U+FFFD"]
    assert '"destroyed": 12' in out.stdout.decode()


def test_half_utf8_half_cp1251(tmp_path):
    first = "Ночью силы ПВО сбили 12 беспилотников над Белгородской областью.\n"
    data = first.encode("utf-8") + SECOND.encode("cp1251")
    path = tmp_path / "half.txt"
    path.write_bytes(data)
    [doc] = read_sources([str(path)])
    start = len(first.encode("utf-8"))
    assert doc.text == first + SECOND
    assert doc.warnings == (f"bytes {start}–{len(data) - 2} (line 2) are not UTF-8 like the rest: read as cp1251",)
    out = extract("-", stdin=data)
    assert out.stderr.decode().splitlines() == [
        f"raidlog: warning: <stdin>: bytes {start}–{len(data) - 2} (line 2) are not UTF-8 like the rest: "
        "read as cp1251"]
    assert '"destroyed": 12' in out.stdout.decode()


def test_a_file_all_in_cp1251_is_read_without_a_warning(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes(RU.encode("cp1251"))
    assert list(read_sources([str(path)])) == [Incoming(RU, str(path), f"file:{path}", "cp.txt")]


def test_warnings_of_a_table_go_with_its_first_row_and_ingest_prints_them(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'{"id": "1", "text": "\xff\xfe\xfd' + RU.strip().replace("\n", " ").encode()
                     + b'"}\n{"id": "2", "text": "' + SECOND.strip().encode() + b'"}\n')
    first, second = read_sources([str(path)])
    assert (first.warnings, second.warnings) == (
        ("byte 21 (line 1): 3 invalid bytes in UTF-8 text, replaced by U+FFFD",), ())
    out = subprocess.run([sys.executable, "-m", "raidlog", "ingest", str(path), "--db", str(tmp_path / "l.db"),
                          "--quiet"], capture_output=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0
    assert out.stderr.decode().splitlines() == [
        f"raidlog: warning: {path}#1: byte 21 (line 1): 3 invalid bytes in UTF-8 text, replaced by U+FFFD"]


def test_many_damaged_lines_give_at_most_six_warnings(tmp_path):
    path = tmp_path / "many.txt"
    path.write_bytes(b"".join(b"\xff" + line.encode() + b"\n" for line in [RU.splitlines()[0]] * 8))
    [doc] = read_sources([str(path)])
    assert len(doc.warnings) == 6 and doc.warnings[-1] == "and 3 more places like these"


def test_a_feed_and_a_telegram_export_pass_their_warnings_on(tmp_path):
    line = RU.splitlines()[0]
    feed = tmp_path / "feed.rss"
    feed.write_bytes(b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>T</title>\n'
                     b"<item><guid>1</guid><description>\xff" + line.encode() + b"</description></item>\n"
                     b"<item><guid>2</guid><description>" + line.encode() + b"</description></item>\n"
                     b"</channel></rss>\n")
    first, second = read_sources([str(feed)])
    at = feed.read_bytes().index(b"\xff")
    assert (first.warnings, second.warnings) == ((f"byte {at} (line 3): an invalid byte in UTF-8 text, "
                                                  "replaced by U+FFFD",), ())
    export = tmp_path / "result.json"
    export.write_bytes(b'{"name": "ch", "messages": [\n{"id": 1, "type": "message", "date": "2025-11-12T01:00:00", '
                       b'"text": "\xff' + line.encode() + b'"}]}\n')
    [message] = read_sources([str(export)])
    at = export.read_bytes().index(b"\xff")
    assert message.warnings == (f"byte {at} (line 2): an invalid byte in UTF-8 text, replaced by U+FFFD",)


def test_invalid_bytes_that_look_like_a_utf16_mark_before_a_utf8_report(tmp_path):
    """FF FE (or FE FF) is the UTF-16 byte-order mark: a UTF-8 report behind it and a few more
    invalid bytes was read as UTF-16, CJK-looking mojibake with 0 claims and no word."""
    for junk in (b"\xff\xfe\x80\x81\x82", b"\xfe\xff\x80\x81\x82", b"\xff\xfe"):
        path = tmp_path / "junk.txt"
        path.write_bytes(junk + RU.encode("utf-8"))
        [doc] = read_sources([str(path)])
        assert doc.text == "\ufffd" * len(junk) + RU, junk
        assert doc.warnings == (f"byte 0 (line 1): {len(junk)} invalid bytes in UTF-8 text, replaced by U+FFFD",)
    out = extract(str(path))
    assert out.returncode == 0 and '"destroyed": 12' in out.stdout.decode()
    # real UTF-16 with its mark is still UTF-16: Cyrillic without a space or digit has no NUL byte
    for text in (RU, "Беспилотники", "Ракета\n"):
        for encoding in ("utf-16-le", "utf-16-be"):
            mark = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
            path.write_bytes(mark + text.encode(encoding))
            [doc] = read_sources([str(path)])
            assert (doc.text, doc.warnings) == (text, ()), (text, encoding)
