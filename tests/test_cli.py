"""``raidlog extract`` through its real entry point: outputs, inputs, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from raidlog.schema import SCHEMA_PATH, build

REPORT = (
    "Russian air defenses destroyed 9 Ukrainian drones overnight, the Russian Defense Ministry said. "
    "Five were downed over the Belgorod Region and four over the Kursk Region."
)
SECOND = (
    "Ukraine's Air Force said Russia launched 64 Shahed-type attack drones overnight. "
    "Air defenses shot down 50 of them."
)


def raidlog(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "raidlog", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=60)


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ", "utf-8")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Gouverneur a d\u00e9clar\u00e9".encode("latin-1"))
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + REPORT.encode("utf-8"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(REPORT.encode("utf-16"))
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "a", "text": REPORT, "published": "2025-11-12", "source": "tass"}) + "\n"
        + "not json\n"
        + json.dumps({"id": "b", "text": SECOND, "published": "2025-11-13", "title": "Air Force"}) + "\n",
        "utf-8",
    )
    return {p.stem: p for p in (good, empty, binary, latin1, big, bom, utf16, docs)}


def test_json_output_is_valid_against_the_published_schema(files):
    out = raidlog("extract", "--json", str(files["good"]))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text("utf-8")))
    [claim] = data["claims"]
    assert claim["destroyed"] == 9
    assert [(it["places"][0]["iso"], it["count"]) for it in claim["breakdown"]] == [("RU-BEL", 5), ("RU-KRS", 4)]


def test_published_schema_is_current():
    assert json.loads(SCHEMA_PATH.read_text("utf-8")) == build()


def test_terminal_report_shows_claim_breakdown_and_findings(files):
    out = raidlog("extract", str(files["good"]))
    assert out.returncode == 0
    text = out.stdout.decode()
    assert "Russian Ministry of Defence (RU) claims 9 destroyed" in text
    assert "Belgorod Oblast" in text and "Kursk Oblast" in text


def test_stdin(files):
    out = raidlog("extract", "--json", "-", stdin=REPORT.encode())
    assert out.returncode == 0
    assert json.loads(out.stdout)["claims"][0]["destroyed"] == 9
    assert json.loads(out.stdout)["documents"][0]["source"] == "<stdin>"


def test_bom_and_utf16_are_read(files):
    for name in ("bom", "utf16"):
        out = raidlog("extract", "--json", str(files[name]))
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["claims"][0]["destroyed"] == 9


def test_jsonl_documents_one_report_per_line_and_bad_line_reported(files):
    out = raidlog("extract", "--jsonl", str(files["docs"]))
    assert out.returncode == 1
    lines = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["documents"][0]["published"] for r in lines] == ["2025-11-12", "2025-11-13"]
    assert lines[0]["documents"][0]["source"] == "tass"
    assert lines[1]["claims"][0]["launched"] == 64 and lines[1]["claims"][0]["destroyed"] == 50
    assert f"raidlog: error: {files['docs']}:2: not valid JSON (Expecting value)" in out.stderr.decode()


def test_bad_inputs_are_named_with_their_reason_and_the_rest_is_processed(files, tmp_path):
    missing = tmp_path / "nope.txt"
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "strike.jpg").write_bytes(b"\xff\xd8\xff")
    out = raidlog("extract", "--json", str(missing), str(files["empty"]), str(files["good"]),
                  str(files["image"]), str(files["latin1"]), str(files["big"]), str(photos))
    assert out.returncode == 1
    err = out.stderr.decode().splitlines()
    assert err == [
        f"raidlog: error: {missing}: no such file",
        f"raidlog: error: {files['empty']}: empty (no text to extract)",
        f"raidlog: error: {files['image']}: not a text file (it contains NUL bytes)",
        f"raidlog: error: {files['latin1']}: cannot decode (not UTF-8, UTF-16, cp1251 or KOI8-R)",
        f"raidlog: error: {files['big']}: too large (5,242,881 bytes; the limit is 5,242,880)",
        f"raidlog: error: {photos}: no supported files in this folder",
        "raidlog: 6 input(s) failed",
    ]
    data = json.loads(out.stdout)
    assert len(data["documents"]) == 1 and data["claims"][0]["destroyed"] == 9


def test_bad_published_date_is_a_usage_error(files):
    out = raidlog("extract", "--published", "12/11/2025", str(files["good"]))
    assert out.returncode == 2
    err = " ".join(out.stderr.decode().replace("\u2502", " ").split())  # unwrap Rich's error box
    assert "'12/11/2025' is not a date in the form YYYY-MM-DD" in err


def test_json_merges_several_documents(files, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text(SECOND, "utf-8")
    out = raidlog("extract", "--json", "--published", "2025-11-13", str(files["good"]), str(second))
    data = json.loads(out.stdout)
    assert len(data["documents"]) == 2
    assert [c["claimant"]["name"] for c in data["claims"]] == ["Russian Ministry of Defence", "Ukrainian Air Force"]
    assert data["claims"][0]["document"] == data["documents"][0]["id"]


def test_version_prints_the_package_version():
    from raidlog import __version__

    out = raidlog("--version")
    assert (out.returncode, out.stdout.decode()) == (0, f"raidlog {__version__}\n")


@pytest.mark.parametrize(("option", "value", "problem"), [
    ("--side", "XX", "'XX' is not one of 'ru', 'ua'"),
    ("--weapon", "banana", "'banana' is not one of 'drone', 'missile', 'guided_bomb', 'rocket', 'mixed', 'unknown'"),
])
def test_claims_refuses_a_choice_it_does_not_know(tmp_path, option, value, problem):
    out = raidlog("claims", option, value, "--db", str(tmp_path / "ledger.db"))
    assert out.returncode == 2
    err = " ".join(out.stderr.decode().replace("\u2502", " ").split())  # unwrap Rich's error box
    assert f"Invalid value for '{option}': Value error, {problem}." in err


@pytest.mark.parametrize("command", [["claims"], ["findings"], ["stats"], ["show", "c1"], ["search", "drone"],
                                     ["export", "--format", "csv"]])
def test_a_read_command_refuses_a_ledger_that_does_not_exist(tmp_path, command):
    out = raidlog(*command, "--db", str(tmp_path / "missing.db"))
    assert out.returncode == 1
    assert out.stderr.decode() == (f"raidlog: error: no ledger at {tmp_path / 'missing.db'} "
                                   "(create one with raidlog ingest, or give --db)\n")
    assert not (tmp_path / "missing.db").exists()


def test_help_lists_extract():
    out = raidlog("--help")
    assert out.returncode == 0
    assert "extract" in out.stdout.decode()


def test_every_command_is_documented():
    from raidlog.cli.main import app

    doc = (Path(__file__).parents[1] / "docs" / "cli.md").read_text("utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        assert f"## raidlog {name}" in doc


MOD_RU = ("В течение прошедшей ночи дежурные средства ПВО перехватили и уничтожили {total} украинских "
          "беспилотников самолетного типа: 2 – над территорией Курской области, "
          "по 3 – над территориями Орловской и Брянской областей.")


def test_russian_po_means_each_and_the_sum_is_checked():
    right = raidlog("extract", "--json", "--lang", "auto", "--published", "2025-11-12", "-",
                    stdin=MOD_RU.format(total=8).encode())
    data = json.loads(right.stdout)
    assert data["documents"][0]["lang"] == "ru"
    [claim] = data["claims"]
    items = [([p["iso"] for p in it["places"]], it["count"], it["each"]) for it in claim["breakdown"]]
    assert items == [(["RU-KRS"], 2, None), (["RU-ORL", "RU-BRY"], 3, True)]
    assert data["findings"] == []
    wrong = raidlog("extract", "--json", "--published", "2025-11-12", "-", stdin=MOD_RU.format(total=9).encode())
    codes = [f["code"] for f in json.loads(wrong.stdout)["findings"]]
    assert "breakdown-sum-mismatch" in codes and "breakdown-ambiguous" not in codes


def test_extract_reads_what_ingest_reads(tmp_path):
    """A legacy-encoded Russian post, a saved web page and a folder, dated by the
    file name where nothing else dates them."""
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "2025-11-14-mod.txt").write_bytes(
        "За прошедшую ночь дежурные средства ПВО перехватили и уничтожили "
        "12 украинских беспилотников над территорией Курской области.".encode("cp1251"))
    (folder / "page.html").write_text(
        "<html><head><title>Night attack</title>"
        '<meta property="article:published_time" content="2025-11-15T08:10:00+02:00"></head>'
        f"<body><article><p>{SECOND}</p></article></body></html>", "utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    out = raidlog("extract", "--jsonl", str(folder))
    assert out.returncode == 0, out.stderr
    reports = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [(r["documents"][0]["published"], r["claims"][0]["destroyed"]) for r in reports] == [
        ("2025-11-14", 12), ("2025-11-15", 50)]
    assert reports[0]["claims"][0]["breakdown"][0]["places"][0]["iso"] == "RU-KRS"
