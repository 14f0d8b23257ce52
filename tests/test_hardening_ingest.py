"""Input that used to lose or garble data silently (issue 10): one bad JSON Lines line losing the
whole file, implausible or day-first publication dates, CSV quotes that swallow rows, stray NUL
bytes, and pages nested deeper than lxml reads."""

from __future__ import annotations

import json
import time
from pathlib import Path

from raidlog.ingest import Incoming, Rejected, read_sources

RU = "Ночью силы ПВО сбили 12 беспилотников над Белгородской областью, сообщило Минобороны."


def read(path: Path) -> list[Incoming | Rejected]:
    return list(read_sources([str(path)]))


def line(rid: str, **fields) -> str:
    return json.dumps({"id": rid, "text": RU, **fields}, ensure_ascii=False)


def test_a_jsonl_line_nested_100000_deep_rejects_only_that_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("\n".join([line("a"), "[" * 100_000, '{"text": ' + "[" * 50_000, line("b")]) + "\n", "utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Incoming", "Rejected", "Rejected", "Incoming"]
    assert items[1:3] == [Rejected(f"{path}:2", "not valid JSON for a report (nested too deeply)"),
                          Rejected(f"{path}:3", "not valid JSON for a report (nested too deeply)")]
    assert [i.name for i in items[::3]] == [f"{path}#a", f"{path}#b"]


def test_a_jsonl_line_with_a_5000_digit_number_rejects_only_that_line(tmp_path):
    path = tmp_path / "num.jsonl"
    path.write_text("\n".join([line("a"), '{"text": "x", "n": ' + "9" * 5000 + "}", line("b"),
                               line("c", n=10**29)]) + "\n", "utf-8")
    items = read(path)
    assert items[1] == Rejected(f"{path}:2", "not valid JSON for a report (a number of 5,000 digits; the limit is 30)")
    assert [i.name for i in items if isinstance(i, Incoming)] == [f"{path}#a", f"{path}#b", f"{path}#c"]


def test_published_dates_outside_a_plausible_range_are_refused_with_the_row(tmp_path):
    values = ["9999-12-31", "0001-01-01", "1999-12-31", "2025-11-12T25:61:00Z", "2025-11-12garbage", "31.02.2025",
              "12.11.2025", "12.11.2025 00:30", "2025-11-12", "2025-11-12T00:30:00+03:00", "2000-01-01"]
    path = tmp_path / "dates.jsonl"
    path.write_text("\n".join(line(f"r{i}", published=v) for i, v in enumerate(values)) + "\n", "utf-8")
    items = read(path)
    implausible = "not a plausible date in \"published\" ({!r}; expected a day from 2000-01-01 to tomorrow)"
    bad = "not a date in \"published\" ({!r}; expected YYYY-MM-DD or DD.MM.YYYY)"
    assert items[:6] == [
        Rejected(f"{path}#r0", implausible.format("9999-12-31")),
        Rejected(f"{path}#r1", implausible.format("0001-01-01")),
        Rejected(f"{path}#r2", implausible.format("1999-12-31")),
        Rejected(f"{path}#r3", bad.format("2025-11-12T25:61:00Z")),
        Rejected(f"{path}#r4", bad.format("2025-11-12garbage")),
        Rejected(f"{path}#r5", bad.format("31.02.2025")),
    ]
    assert [(i.name, i.published) for i in items[6:]] == [
        (f"{path}#r6", "2025-11-12"), (f"{path}#r7", "2025-11-12"), (f"{path}#r8", "2025-11-12"),
        (f"{path}#r9", "2025-11-12"), (f"{path}#r10", "2000-01-01")]


def test_dd_mm_yyyy_in_a_csv_export(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(f"id;text;published\n1;{RU};12.11.2025\n2;{RU};3.1.2026\n".encode("cp1251"))
    assert [(i.name, i.published) for i in read(path)] == [(f"{path}#1", "2025-11-12"), (f"{path}#2", "2026-01-03")]


def test_csv_unbalanced_quote_is_named_and_the_rows_after_it_are_read(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('id,text,published\n1,"Сбиты 5 дронов,2025-11-12\n2,Сбиты 3 ракеты,2025-11-12\n'
                    '3,Сбиты 4 ракеты,2025-11-12\n', "utf-8")
    items = read(path)
    assert items[0] == Rejected(f"{path}:2", "not valid CSV (a quote opened in this row is never closed)")
    assert [(i.name, i.text) for i in items[1:]] == [(f"{path}#2", "Сбиты 3 ракеты"), (f"{path}#3", "Сбиты 4 ракеты")]


def test_csv_quote_closed_mid_field_is_named(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('id;text\n1;"Сбиты 5 дронов\n2;Сбиты 3 ракеты\n3;"Сбиты ""4"" ракеты"\n4;Сбиты 6 ракет\n'
                    '5;"Сводка:\nсбиты 7 ракет"\n', "utf-8")
    items = read(path)
    assert items[0] == Rejected(f"{path}:2", "not valid CSV (a quote in this row closes in the middle of a field: "
                                             "a quoted field must be followed by ';' or the end of the line)")
    assert [(i.name, i.text) for i in items[1:]] == [
        (f"{path}#2", "Сбиты 3 ракеты"), (f"{path}#3", 'Сбиты "4" ракеты'), (f"{path}#4", "Сбиты 6 ракет"),
        (f"{path}#5", "Сводка:\nсбиты 7 ракет")]


def test_a_nul_byte_in_a_text_file_is_named_where_it_is(tmp_path):
    for name, data in (("odd.csv", "id,text\n1,Сбиты 3 ракеты\x00\n2,Сбиты 4 ракеты\n"),
                       ("even.csv", "id,text\n1,Сбиты 3 ракеты\x00\n2,Сбиты 4 ракеты!\n"),
                       ("post.txt", "Сбиты\x00 3 ракеты"), ("rows.jsonl", line("a") + "\x00\n")):
        path = tmp_path / name
        path.write_bytes(data.encode("utf-8"))
        nul = data.index("\x00")
        at, row = len(data[:nul].encode("utf-8")), data[:nul].count("\n") + 1
        assert read(path) == [Rejected(str(path), f"contains a NUL byte (at byte {at}, line {row}), "
                                                  "which text never has")], name
    image = tmp_path / "image.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert read(image) == [Rejected(str(image), "not a text file (it contains NUL bytes)")]


def test_100000_nested_divs_keep_their_text(tmp_path):
    path = tmp_path / "divs.html"
    path.write_text("<html><head><title>Сводка</title></head><body>" + "<div>" * 100_000 + RU
                    + "</div>" * 100_000 + "</body></html>", "utf-8")
    start = time.monotonic()
    [doc] = read(path)
    assert time.monotonic() - start < 20
    assert (doc.text, doc.title) == (RU, "Сводка")
    shallow = tmp_path / "blank.html"
    shallow.write_text("<html><head><title>Сводка</title></head><body>" + "<div>" * 10 + "</div>" * 10
                       + "</body></html>", "utf-8")
    assert read(shallow) == [Rejected(str(shallow), "empty (no text to extract)")]


# --- Telegram Desktop exports --------------------------------------------------------------------

def message(mid, text=RU, **fields) -> str:
    return json.dumps({"id": mid, "type": "message", "date": "2025-11-12T07:30:00", "text": text, **fields},
                      ensure_ascii=False)


def export(*messages: str, head: str = '"name": "Штаб", "id": 42') -> str:
    return "{" + head + ', "messages": [' + ", ".join(messages) + "]}"


def test_a_telegram_export_nested_too_deeply_is_named_and_the_batch_goes_on(tmp_path):
    deep = tmp_path / "deep" / "result.json"
    deep.parent.mkdir()
    deep.write_text(export(message(1), '{"id": 2, "type": "message", "text": ' + "[" * 100_000 + "]" * 100_000
                           + "}"), "utf-8")
    good = tmp_path / "good.txt"
    good.write_text(RU, "utf-8")
    items = list(read_sources([str(deep), str(good)]))
    assert items[0] == Rejected(str(deep), "not valid JSON for a Telegram export (nested too deeply)")
    assert [(type(i).__name__, i.name) for i in items[1:]] == [("Incoming", str(good))]


def test_a_5000_digit_number_in_a_telegram_export_rejects_only_its_message(tmp_path):
    huge = "9" * 5000
    path = tmp_path / "result.json"
    path.write_text(export(message(1), '{"id": ' + huge + ', "type": "message", "text": "Сбиты 2 ракеты"}',
                           message(3, photo="p.jpg", width=0).replace('"width": 0', '"width": ' + huge),
                           message(4), head=f'"name": "Штаб", "id": {huge}'), "utf-8")
    start = time.monotonic()
    items = read(path)
    assert time.monotonic() - start < 5
    assert items[1] == Rejected(f"{path}[1]", 'not a message ("id" is a number of 5,000 digits; the limit is 30)')
    # a huge number where raidlog reads nothing (a photo's width) does not matter; the channel is named
    assert [(i.name, i.source) for i in items if isinstance(i, Incoming)] == [
        (f"{path}#1", "telegram:Штаб"), (f"{path}#3", "telegram:Штаб"), (f"{path}#4", "telegram:Штаб")]


def test_telegram_messages_of_the_wrong_types_are_named(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(export(
        message(1), message([1]), message(2.5), message(True), message(" "), message(None), message({"a": 1}),
        message(7, text={"a": 1}), message(8, text=[{"type": "bold", "text": 5}]), message(9, text=7),
        json.dumps({"id": [9], "type": "service", "action": "pin_message"}),  # not a message: skipped
        message(10, date=20251112, edited=["x"]), '"junk"', message(11),
        head='"name": ["Штаб"], "id": {"a": 1}, "username": 5'), "utf-8")
    items = read(path)
    assert [i for i in items if isinstance(i, Rejected)] == [
        Rejected(f"{path}[1]", 'not a message ("id" is a list, not a number or a string)'),
        Rejected(f"{path}[2]", 'not a message ("id" is a fraction, not a number or a string)'),
        Rejected(f"{path}[3]", 'not a message ("id" is true or false, not a number or a string)'),
        Rejected(f"{path}[4]", 'not a message ("id" is empty)'),
        Rejected(f"{path}[5]", 'not a message ("id" is null, not a number or a string)'),
        Rejected(f"{path}[6]", 'not a message ("id" is an object, not a number or a string)'),
        Rejected(f"{path}#7", 'not a message ("text" is neither a string nor a list)'),
        Rejected(f"{path}#8", 'not a message (a "text" part is neither a string nor an entity)'),
        Rejected(f"{path}#9", 'not a message ("text" is neither a string nor a list)'),
        Rejected(f"{path}[12]", "not a message (not a JSON object)"),
    ]
    # a name, id or username of the wrong type falls back to the file's name; a date or edit time of the
    # wrong type is not stated
    assert [(i.name, i.source, i.url, i.published, i.edited) for i in items if isinstance(i, Incoming)] == [
        (f"{path}#1", f"telegram:{path}", None, "2025-11-12", None),
        (f"{path}#10", f"telegram:{path}", None, None, None),
        (f"{path}#11", f"telegram:{path}", None, "2025-11-12", None)]


def test_ingest_names_a_broken_export_and_stores_the_rest(tmp_path):
    from typer.testing import CliRunner

    from raidlog.cli.main import app as cli

    broken = tmp_path / "a" / "result.json"
    broken.parent.mkdir()
    broken.write_text(export(message(1), "[" * 50_000 + "]" * 50_000), "utf-8")
    huge = tmp_path / "b" / "result.json"
    huge.parent.mkdir()
    huge.write_text(export(message(1), message(2).replace('"id": 2', '"id": ' + "7" * 4400)), "utf-8")
    result = CliRunner().invoke(cli, ["ingest", "-q", "--db", str(tmp_path / "l.db"), str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert f"raidlog: error: {broken}: not valid JSON for a Telegram export (nested too deeply)" in result.output
    assert (f'raidlog: error: {huge}[1]: not a message ("id" is a number of 4,400 digits; the limit is 30)'
            in result.output)
    assert "ingested 1, duplicates 0, updated 0, stored with nothing extracted 0, failed 2" in result.output
