"""raidlog.ingest: sources (files, folders, feeds, Telegram exports, tables,
URLs) into documents. Fixtures are texts written for these tests
(tests/fixtures/ingest); encoded, binary and folder inputs are built here.
URLs are served by a local http.server on 127.0.0.1, never the internet."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from raidlog.ingest import Incoming, Rejected, read_sources
from raidlog.ingest.encoding import legacy_cyrillic
from raidlog.ingest.html import html_to_text

FIX = Path(__file__).parent / "fixtures" / "ingest"

RU = "Минувшей ночью над областью сбиты 12 беспилотников. Пострадавших нет, сообщил губернатор.\n"
UK = "Уночі ворог атакував 27 ударними БпЛА. Сили ППО знешкодили 21 з них.\n"
EN = "Overnight, air defence shot down 14 of 17 drones launched at the region.\n"

CANNOT = "cannot decode (not UTF-8, UTF-16, cp1251 or KOI8-R)"
NOT_TEXT = "not a text file (it contains NUL bytes)"
EMPTY = "empty (no text to extract)"


def read(*specs: object, **options) -> list[Incoming | Rejected]:
    return list(read_sources([str(s) for s in specs], **options))


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def text_doc(path: Path, text: str) -> Incoming:
    return Incoming(text, str(path), f"file:{path}", path.name)


# --- plain text and encodings ------------------------------------------------


def test_utf8_text_is_verbatim():
    path = FIX / "report_en.txt"
    assert read(path) == [
        Incoming(
            text=(
                "Overnight, air defence shot down 14 of 17 drones launched at the region.\n"
                "Debris damaged two houses in the north of the city; nobody was hurt.\n"
            ),
            name=str(path),
            source=f"file:{path}",
            external_id="report_en.txt",
        )
    ]


def test_markdown_is_one_document():
    path = FIX / "report_uk.md"
    assert read(path) == [text_doc(path, "# Ніч на 12 травня\n\n" + UK)]


@pytest.mark.parametrize(
    ("label", "data", "text"),
    [
        ("utf-8 with BOM", b"\xef\xbb\xbf" + RU.encode("utf-8"), RU),
        ("utf-16 le with BOM", b"\xff\xfe" + RU.encode("utf-16-le"), RU),
        ("utf-16 be with BOM", b"\xfe\xff" + UK.encode("utf-16-be"), UK),
        ("utf-16 le without BOM", RU.encode("utf-16-le"), RU),
        ("utf-16 be without BOM", EN.encode("utf-16-be"), EN),
        ("cp1251 russian", RU.encode("cp1251"), RU),
        ("koi8-r russian", RU.encode("koi8-r"), RU),
        ("cp1251 ukrainian", UK.encode("cp1251"), UK),
        ("crlf kept", RU.replace("\n", "\r\n").encode("cp1251"), RU.replace("\n", "\r\n")),
    ],
)
def test_encodings(tmp_path, label, data, text):
    path = write(tmp_path / "report.txt", data)
    assert read(path) == [text_doc(path, text)]


# Short texts are where charset-normalizer alone names the wrong one of the
# two legacy encodings; the letter-frequency check must get them all.
SHORT = [
    "Да",
    "Нет",
    "ПВО",
    "Отбой",
    "Тревога",
    "МиГ-31К",
    "Курская АЭС",
    "ВНИМАНИЕ! ВОЗДУШНАЯ ТРЕВОГА",
    "ПВО: сбито 3 ракеты «Нептун»",
    "12:30 — отбой",
    "UAV shot down near Курск",
]


def encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False  # KOI8-R has no « » —
    return True


@pytest.mark.parametrize(
    ("encoding", "text"),
    [(enc, text) for enc in ("cp1251", "koi8_r") for text in SHORT if encodable(text, enc)],
)
def test_short_legacy_cyrillic(encoding, text):
    assert legacy_cyrillic(text.encode(encoding)) == encoding


def test_nul_bytes_are_not_text(tmp_path):
    path = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02")
    assert read(path) == [Rejected(str(path), NOT_TEXT)]


def test_latin1_is_not_decoded(tmp_path):
    path = write(tmp_path / "note.txt", "Il a dit: « déjà vu, café, élève ».".encode("latin-1"))
    assert read(path) == [Rejected(str(path), CANNOT)]


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path, data):
    path = write(tmp_path / "empty.txt", data)
    assert read(path) == [Rejected(str(path), EMPTY)]


def test_too_large_is_refused_before_reading(tmp_path):
    path = write(tmp_path / "big.txt", "а" * 75)  # 150 bytes in UTF-8
    assert read(path, max_bytes=100) == [
        Rejected(str(path), "too large (150 bytes; the limit is 100)")
    ]
    assert read(path, max_bytes=150) == [text_doc(path, "а" * 75)]


def test_missing_and_unsupported(tmp_path):
    pdf = write(tmp_path / "report.PDF", b"%PDF-1.4")
    bare = write(tmp_path / "README", "text")
    assert read(tmp_path / "nope.txt", pdf, bare, "", "ftp://example.org/a.txt") == [
        Rejected(str(tmp_path / "nope.txt"), "no such file"),
        Rejected(str(pdf), "unsupported file type (.PDF)"),
        Rejected(str(bare), "unsupported file type (no extension)"),
        Rejected("", "no such file"),
        Rejected("ftp://example.org/a.txt", "unsupported URL scheme (ftp)"),
    ]


# --- folders -------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", EN)
    write(root / "a" / "z.md", UK)
    write(root / "a" / "y.txt", RU)
    write(root / ".hidden.txt", "hidden")
    write(root / ".git" / "notes.txt", "hidden folder")
    write(root / "scan.pdf", b"%PDF-1.4")
    write(root / "photos" / "photo_1.jpg", b"\xff\xd8\xff\xe0")
    write(root / "c.txt", b"")
    spec = str(root)
    assert read(spec) == [
        Incoming(RU, f"{spec}/a/y.txt", f"file:{spec}", "a/y.txt"),
        Incoming(UK, f"{spec}/a/z.md", f"file:{spec}", "a/z.md"),
        Incoming(EN, f"{spec}/b.txt", f"file:{spec}", "b.txt"),
        Rejected(f"{spec}/c.txt", EMPTY),
    ]


def test_folder_as_given_names_the_source(tmp_path, monkeypatch):
    write(tmp_path / "corpus" / "post.txt", EN)
    monkeypatch.chdir(tmp_path)
    assert read("corpus/", "./corpus") == [
        Incoming(EN, "corpus/post.txt", "file:corpus", "post.txt"),
        Incoming(EN, "corpus/post.txt", "file:corpus", "post.txt"),
    ]


def test_folder_without_documents(tmp_path):
    write(tmp_path / "scans" / "page.pdf", b"%PDF-1.4")
    assert read(tmp_path / "scans") == [
        Rejected(str(tmp_path / "scans"), "no supported files in this folder")
    ]


def test_one_bad_source_does_not_stop_the_batch(tmp_path):
    good = write(tmp_path / "good.txt", EN)
    binary = write(tmp_path / "bin.txt", b"\x00\x01\x02\x03\x00")
    assert read(tmp_path / "missing.txt", binary, good) == [
        Rejected(str(tmp_path / "missing.txt"), "no such file"),
        Rejected(str(binary), NOT_TEXT),
        text_doc(good, EN),
    ]


# --- web pages -----------------------------------------------------------------

# a page's blocks (headline, paragraphs) are separated by a blank line
ARTICLE = (
    "Ночная атака беспилотников\n\n"
    "Минувшей ночью над областью дежурные средства ПВО уничтожили девять беспилотных "
    "летательных аппаратов, сообщил губернатор.\n\n"
    "Обломками повреждены крыша склада и линия электропередачи. Пострадавших нет, "
    "последствия устраняют аварийные службы."
)


def test_html_main_text_and_metadata():
    path = FIX / "article.html"
    assert read(path) == [
        Incoming(
            text=ARTICLE,
            name=str(path),
            source=f"file:{path}",
            external_id="article.html",
            url="https://news.example.org/2024/05/12/night-attack",
            title="Ночная атака беспилотников",
            published="2024-05-12",
            lang="ru",
        )
    ]


CP1251_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Сводка штаба</title>
</head><body>
<div class="menu">Новости | Документы | Контакты</div>
<div class="text"><p>Оперативный штаб сообщает: ночью над районом сбиты четыре беспилотника, ещё два подавлены средствами РЭБ.</p>
<p>Повреждены окна в двух жилых домах, пострадавших нет.</p></div>
</body></html>
"""
CP1251_TEXT = (
    "Оперативный штаб сообщает: ночью над районом сбиты четыре беспилотника, "
    "ещё два подавлены средствами РЭБ.\n\nПовреждены окна в двух жилых домах, пострадавших нет."
)


def test_html_meta_charset_is_honoured(tmp_path):
    path = write(tmp_path / "svodka.htm", CP1251_PAGE.encode("cp1251"))
    [doc] = read(path)
    assert doc == Incoming(
        CP1251_TEXT, str(path), f"file:{path}", "svodka.htm", title="Сводка штаба"
    )


def test_html_resaved_as_utf8_keeps_its_old_meta_charset(tmp_path):
    path = write(tmp_path / "svodka.html", CP1251_PAGE.encode("utf-8"))
    [doc] = read(path)
    assert doc.text == CP1251_TEXT


def test_html_without_main_text(tmp_path):
    path = write(
        tmp_path / "blank.html", "<html><head><title>Сводка</title></head><body></body></html>"
    )
    assert read(path) == [Rejected(str(path), EMPTY)]


# --- feeds -----------------------------------------------------------------------

RSS_SOURCE = "rss:Оперативный штаб области"
ATOM_SOURCE = "rss:Повітряні сили: зведення"


def rss_items(name: str, fetched_at: str | None = None) -> list[Incoming | Rejected]:
    return [
        Incoming(
            text="Над городом сбиты 3 беспилотника.\nПострадавших нет.",
            name=f"{name}#shtab-101",
            source=RSS_SOURCE,
            external_id="shtab-101",
            url="https://shtab.example.org/news/101",
            title="Отражена атака БПЛА",
            published="2024-05-12",  # 00:30 +0300, which is 11 May in UTC
            fetched_at=fetched_at,
            lang="ru",
        ),
        Incoming(
            text="В 20:50 над районом перехвачены две ракеты.",
            name=f"{name}#https://shtab.example.org/news/102",
            source=RSS_SOURCE,
            external_id="https://shtab.example.org/news/102",
            url="https://shtab.example.org/news/102",
            title="Ракетная опасность",
            published="2024-05-11",
            fetched_at=fetched_at,
            lang="ru",
        ),
        Rejected(f"{name}#shtab-103", "not a report (no text)"),
    ]


def test_rss():
    path = FIX / "feed.rss"
    assert read(path) == rss_items(str(path))


def test_atom():
    name = str(FIX / "feed.atom")
    assert read(name) == [
        Incoming(
            text="Уночі ворог атакував 27 ударними БпЛА. Знешкоджено 21.",
            name=f"{name}#urn:example:air-force:501",
            source=ATOM_SOURCE,
            external_id="urn:example:air-force:501",
            url="https://air.example.org/501",
            title="Ніч на 12 травня",
            published="2024-05-12",
            lang="uk",
            edited="2024-05-12T09:00:00+03:00",
        ),
        Incoming(
            text="Збито дві крилаті ракети.\nЩе одна не досягла цілі.",
            name=f"{name}#urn:example:air-force:502",
            source=ATOM_SOURCE,
            external_id="urn:example:air-force:502",
            title="Ракети над півднем",
            published="2024-05-11",
            lang="uk",
        ),
        Incoming(
            text="Air defence destroyed 11 of 13 drones.",
            name=f"{name}#urn:example:air-force:503",
            source=ATOM_SOURCE,
            external_id="urn:example:air-force:503",
            url="https://air.example.org/en/503",
            title="Overnight summary",
            published="2024-05-10",
            lang="en",
        ),
    ]


def test_cp1251_feed_with_declaration(tmp_path):
    xml = (
        '<?xml version="1.0" encoding="windows-1251"?>\n'
        '<rss version="2.0"><channel><title>Штаб</title>\n'
        "<item><guid>n-1</guid><description>Сбиты две ракеты «Точка-У».</description></item>\n"
        "</channel></rss>\n"
    )
    path = write(tmp_path / "shtab.xml", xml.encode("cp1251"))
    assert read(path) == [Incoming("Сбиты две ракеты «Точка-У».", f"{path}#n-1", "rss:Штаб", "n-1")]


def test_xml_that_is_not_a_feed(tmp_path):
    path = write(tmp_path / "settings.xml", '<?xml version="1.0"?><settings><a>1</a></settings>')
    assert read(path) == [Rejected(str(path), "not an RSS or Atom feed")]


# --- Telegram exports ------------------------------------------------------------

TG_SOURCE = "telegram:Штаб обороны"


def test_telegram_export():
    name = str(FIX / "telegram" / "result.json")
    assert read(name) == [
        Incoming(
            text="Ночью сбиты 6 БПЛА над районом. Подробности: https://example.org/a\n",
            name=f"{name}#2",
            source=TG_SOURCE,
            external_id="2",
            url="https://t.me/shtab_example/2",
            published="2024-05-12",
        ),
        Incoming(
            text="Уточнение: сбиты 7 БПЛА, пострадавших нет.",
            name=f"{name}#3",
            source=TG_SOURCE,
            external_id="3",
            url="https://t.me/shtab_example/3",
            published="2024-05-12",
            edited="2024-05-12T08:40:00",
        ),
        # 1 (service) and 4 (a photo without text) are skipped, not rejected
        Rejected(f"{name}#5", 'not a message ("text" is neither a string nor a list)'),
    ]


def test_telegram_export_without_name_or_username(tmp_path):
    path = write(
        tmp_path / "export.json",
        '{"id": 42, "messages": [{"id": 7, "type": "message", '
        '"date": "2024-05-11T23:59:00", "text": "Збито 2 БпЛА."}, "junk"]}',
    )
    assert read(path) == [
        Incoming("Збито 2 БпЛА.", f"{path}#7", "telegram:42", "7", published="2024-05-11"),
        Rejected(f"{path}[1]", "not a message (not a JSON object)"),
    ]


def test_json_that_is_not_an_export(tmp_path):
    other = write(tmp_path / "config.json", '{"chats": {"list": []}}')
    broken = write(tmp_path / "result.json", '{\n  "messages": [,]\n}')
    assert read(other, broken) == [
        Rejected(str(other), 'not a Telegram export (no "messages" list)'),
        Rejected(str(broken), "not valid JSON (Expecting value at line 2 column 16)"),
    ]


def test_a_json_list_of_reports_is_read_like_json_lines_rows(tmp_path):
    path = write(tmp_path / "reports.json", json.dumps([
        {"id": "r1", "text": "Збито 3 БпЛА над Києвом.", "published": "2025-11-12", "lang": "uk"},
        {"text": "Air raid alert lifted at 04:10."},
        5,
        {"id": "r4", "title": "no text here"},
        {"id": "r5", "text": "Сбиты 2 ракеты.", "published": "вчора"},
    ], ensure_ascii=False))
    assert read(path) == [
        Incoming("Збито 3 БпЛА над Києвом.", f"{path}#r1", f"json:{path}", "r1", published="2025-11-12", lang="uk"),
        Incoming("Air raid alert lifted at 04:10.", f"{path}[1]", f"json:{path}", None),
        Rejected(f"{path}[2]", "not a report (no text)"),
        Rejected(f"{path}[3]", "not a report (no text)"),
        Rejected(f"{path}#r5", "not a date in \"published\" ('вчора'; expected YYYY-MM-DD or DD.MM.YYYY)"),
    ]


def test_a_json_object_with_the_report_fields_is_one_report(tmp_path):
    path = write(tmp_path / "post.json", '{"id": 7, "text": "Сбиты 2 ракеты.", "source": "site:example"}')
    assert read(path) == [Incoming("Сбиты 2 ракеты.", f"{path}#7", "site:example", "7")]


def test_json_that_is_neither_an_export_nor_reports_is_named_with_the_reason(tmp_path):
    settings = write(tmp_path / "settings.json", '{"about": "Telegram Desktop", "chats": {"list": []}}')
    number = write(tmp_path / "n.json", "42")
    empty_list = write(tmp_path / "empty.json", " [ ]\n")
    deep = write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    assert read(settings, number, empty_list, deep) == [
        Rejected(str(settings), 'not a Telegram export (no "messages" list)'),
        Rejected(str(number), 'not a Telegram export (no "messages" list)'),
        Rejected(str(empty_list), "empty (a JSON list of no reports)"),
        Rejected(str(deep), "not valid JSON for a list of reports (nested too deeply)"),
    ]
    out = subprocess.run([sys.executable, "-m", "raidlog", "extract", str(settings)],
                         capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 1
    assert f'raidlog: error: {settings}: not a Telegram export (no "messages" list)' in out.stderr


def test_an_export_whose_messages_come_after_the_sniffed_bytes_is_still_an_export(tmp_path):
    from raidlog.ingest.readers import SNIFF_BYTES

    path = write(tmp_path / "result.json", json.dumps({
        "about": "x" * SNIFF_BYTES, "name": "Штаб", "id": 42,
        "messages": [{"id": 3, "type": "message", "date": "2025-11-12T07:30:00", "text": "Збито 2 БпЛА."}],
    }, ensure_ascii=False))
    assert read(path) == [Incoming("Збито 2 БпЛА.", f"{path}#3", "telegram:Штаб", "3", published="2025-11-12")]


@pytest.fixture
def log_reader():
    """A reader for ".log" files (one document per non-empty line), registered for one test."""
    from raidlog.ingest import readers

    def read_log(data, *, name, source, external_id):
        for n, line in enumerate(data.decode("utf-8").split("\n"), 1):
            if line.strip():
                yield Incoming(line, f"{name}:{n}", source, f"{external_id}:{n}")

    reader = readers.Reader("log", (".log",), read_log,
                            count=lambda data: sum(1 for line in data.split(b"\n") if line.strip()))
    readers.register(reader)
    yield reader
    readers.READERS.remove(reader)
    del readers.BY_KIND["log"], readers.KINDS[".log"]


def test_a_registry_entry_is_all_a_new_reader_needs(tmp_path, log_reader):
    from raidlog.ingest.files import count_documents

    folder = tmp_path / "logs"
    log = write(folder / "night.log", "Збито 3 БпЛА.\n\nЗбито 4 ракети.\n")
    write(folder / "photo.jpg", b"\xff\xd8")
    assert read(folder) == [
        Incoming("Збито 3 БпЛА.", f"{log}:1", f"file:{folder}", "night.log:1"),
        Incoming("Збито 4 ракети.", f"{log}:3", f"file:{folder}", "night.log:3"),
    ]
    assert count_documents([str(folder)]) == 2


def test_without_its_registry_entry_a_suffix_is_refused_and_counted_once(tmp_path):
    from raidlog.ingest.files import count_documents

    folder = tmp_path / "logs"
    log = write(folder / "night.log", "Збито 3 БпЛА.\n\nЗбито 4 ракети.\n")
    assert read(folder, log) == [
        Rejected(str(folder), "no supported files in this folder"),
        Rejected(str(log), "unsupported file type (.log)"),
    ]
    assert count_documents([str(log)]) == 1


def test_json_files_are_counted_by_the_reader_their_content_picks(tmp_path):
    from raidlog.ingest.files import count_documents

    rows = write(tmp_path / "reports.json", '[{"text": "a"}, {"text": "b"}, {"text": "c"}]')
    export = write(tmp_path / "result.json", '{"name": "c", "messages": [{"id": 1, "type": "message", "text": "a"}, '
                                             '{"id": 2, "type": "service"}, {"id": 3, "type": "message", "text": "b"}]}')
    assert count_documents([str(rows)]) == 3
    assert count_documents([str(export)]) == 2


# --- tables ----------------------------------------------------------------------


def test_jsonl():
    name = str(FIX / "rows.jsonl")
    assert read(name) == [
        Incoming(
            text="Над Брянской областью уничтожены 4 БПЛА.",
            name=f"{name}#mod-7",
            source="telegram:mod_example",
            external_id="mod-7",
            url="https://t.me/mod_example/7",
            title="Сводка",
            published="2024-05-12",
            lang="ru",
        ),
        Incoming(
            text="Air raid alert lifted at 04:10.",
            name=f"{name}:2",
            source=f"jsonl:{name}",
            external_id=None,
            published="2024-05-12",
        ),
        Rejected(f"{name}:4", "not valid JSON (Expecting value)"),
        Rejected(f"{name}#9", EMPTY),
        Rejected(f"{name}#10", "not a date in \"published\" ('вчора'; expected YYYY-MM-DD or DD.MM.YYYY)"),
        Rejected(f"{name}:7", "not a report (no text)"),
    ]


def test_csv_with_semicolons_and_a_multiline_field():
    name = str(FIX / "rows.csv")
    assert read(name) == [
        Incoming(
            text="Над районом сбиты\n2 беспилотника.",
            name=f"{name}#r1",
            source=f"csv:{name}",
            external_id="r1",
            published="2024-05-11",
            lang="ru",
        ),
        Incoming(
            text="Нічна атака: збито 3 дрони.",
            name=f"{name}:4",
            source=f"csv:{name}",
            external_id=None,
            lang="uk",
        ),
        Rejected(f"{name}#r3", EMPTY),
    ]


def test_csv_in_cp1251(tmp_path):
    path = write(
        tmp_path / "excel.csv",
        "text,source\r\nСбиты 3 ракеты,telegram:shtab\r\n,\r\na,b,c\r\n".encode("cp1251"),
    )
    assert read(path) == [
        Incoming("Сбиты 3 ракеты", f"{path}:2", "telegram:shtab", None),
        Rejected(f"{path}:4", "3 fields under a header of 2"),
    ]


def test_csv_without_text_column(tmp_path):
    path = write(tmp_path / "t.csv", "id,body\n1,Сбиты 3 ракеты\n")
    assert read(path) == [Rejected(str(path), 'not a table of reports (no "text" column)')]


# --- URLs ------------------------------------------------------------------------

RSS_BYTES = (FIX / "feed.rss").read_bytes()
URL_PAGE = """<!doctype html><html lang="uk"><head>
<meta charset="utf-8"><title>Нічна атака</title>
<link rel="canonical" href="/news/2024/05/12/night">
<meta property="article:published_time" content="2024-05-12T01:10:00+03:00">
</head><body><article><h1>Нічна атака</h1>
<p>Уночі ворог випустив по області 14 шахедів, сили ППО збили 12 з них, повідомив голова ОВА.</p>
</article></body></html>"""
URL_TEXT = "Нічна атака\n\nУночі ворог випустив по області 14 шахедів, сили ППО збили 12 з них, повідомив голова ОВА."
SEEN_AGENTS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {
        "/page": (200, {"Content-Type": "text/html"}, URL_PAGE.encode("utf-8")),
        "/svodka": (
            200,
            {"Content-Type": "text/html; charset=windows-1251"},
            CP1251_PAGE.replace("windows-1251", "utf-8").encode("cp1251"),
        ),
        "/old": (301, {"Location": "/svodka"}, b""),
        "/feed": (200, {"Content-Type": "application/rss+xml"}, RSS_BYTES),
        "/feed-as-text": (200, {"Content-Type": "text/plain"}, RSS_BYTES),
        "/plain": (
            200,
            {"Content-Type": "text/plain; charset=koi8-r"},
            "Отбой тревоги.".encode("koi8-r"),
        ),
        "/scan.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 ..."),
        "/big": (200, {"Content-Type": "text/plain"}, b"x" * 5000),
    }

    def do_GET(self):  # noqa: N802 - http.server's name
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        try:
            if self.path == "/slow":
                time.sleep(1.5)
                self._send(200, {"Content-Type": "text/plain"}, b"late")
            elif self.path == "/stream":  # no Content-Length: the body ends with the connection
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(50):
                    self.wfile.write(b"y" * 100)
            elif self.path in self.routes:
                self._send(*self.routes[self.path])
            else:
                self._send(404, {"Content-Type": "text/plain"}, b"not found")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send(self, status, headers, body):
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fetched(items: list, before: str) -> list:
    """The items with fetched_at checked (a UTC stamp taken during the
    test) and cleared, so they can be compared exactly."""
    after = now()
    out = []
    for item in items:
        if isinstance(item, Incoming):
            assert STAMP.match(item.fetched_at), item.fetched_at
            assert before <= item.fetched_at <= after
            item = replace(item, fetched_at=None)
        out.append(item)
    return out


def test_url_html_with_canonical_link(server):
    before = now()
    items = fetched(read(f"{server}/page"), before)
    assert items == [
        Incoming(
            text=URL_TEXT,
            name=f"{server}/page",
            source="url:127.0.0.1",
            external_id=f"{server}/news/2024/05/12/night",
            url=f"{server}/news/2024/05/12/night",
            title="Нічна атака",
            published="2024-05-12",
            lang="uk",
        )
    ]


def test_url_http_charset_wins_and_redirects_are_followed(server):
    before = now()
    # the page itself claims utf-8, the server says windows-1251, which is right
    items = fetched(read(f"{server}/old"), before)
    assert items == [
        Incoming(
            text=CP1251_TEXT,
            name=f"{server}/old",
            source="url:127.0.0.1",
            external_id=f"{server}/svodka",
            url=f"{server}/svodka",
            title="Сводка штаба",
        )
    ]


def test_url_feed(server):
    before = now()
    assert fetched(read(f"{server}/feed"), before) == rss_items(f"{server}/feed")


def test_url_feed_served_as_text_is_still_a_feed(server):
    before = now()
    assert fetched(read(f"{server}/feed-as-text"), before) == rss_items(f"{server}/feed-as-text")


def test_url_plain_text_in_koi8r(server):
    before = now()
    assert fetched(read(f"{server}/plain"), before) == [
        Incoming(
            text="Отбой тревоги.",
            name=f"{server}/plain",
            source="url:127.0.0.1",
            external_id=f"{server}/plain",
            url=f"{server}/plain",
        )
    ]


def test_url_failures(server):
    with socket.socket() as s:  # a port nothing listens on: bound, then closed
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/"
    items = read(
        f"{server}/missing",
        f"{server}/scan.pdf",
        f"{server}/big",
        f"{server}/stream",
        f"{server}/slow",
        dead,
        "http://",
        max_bytes=1000,
        timeout=0.5,
    )
    assert items[:5] == [
        Rejected(f"{server}/missing", "HTTP 404"),
        Rejected(f"{server}/scan.pdf", "unsupported content type (application/pdf)"),
        Rejected(f"{server}/big", "too large (5,000 bytes; the limit is 1,000)"),
        Rejected(f"{server}/stream", "too large (more than 1,000 bytes; the limit is 1,000)"),
        Rejected(f"{server}/slow", "timed out after 0.5 s"),
    ]
    assert items[5].name == dead
    assert items[5].reason.startswith("cannot connect (")
    assert items[6] == Rejected("http://", "not a valid URL")


def test_url_uses_the_client_given_and_leaves_it_open(server):
    SEEN_AGENTS.clear()
    with httpx.Client(headers={"User-Agent": "ledger-test"}) as client:
        read(f"{server}/plain", client=client)
        assert not client.is_closed
        read(f"{server}/plain", client=client)
    assert SEEN_AGENTS == ["ledger-test", "ledger-test"]
    read(f"{server}/plain")
    assert SEEN_AGENTS[-1].startswith("raidlog/")


def test_urls_and_files_mix_in_order(server, tmp_path):
    path = write(tmp_path / "a.txt", EN)
    items = read(f"{server}/missing", path, f"{server}/plain")
    assert [(type(i).__name__, i.name) for i in items] == [
        ("Rejected", f"{server}/missing"),
        ("Incoming", str(path)),
        ("Incoming", f"{server}/plain"),
    ]


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        (
            "<p>Сбито\n  <b>5</b>&nbsp;дронов.</p><p>Второй<br>абзац</p>",
            "Сбито 5 дронов.\nВторой\nабзац",
        ),
        ("<div>Ракета<script>track()</script> сбита</div>", "Ракета сбита"),
        ("Строка 1\nСтрока 2 &amp; ещё", "Строка 1\nСтрока 2 & ещё"),
    ],
)
def test_html_to_text(fragment, text):
    assert html_to_text(fragment) == text
