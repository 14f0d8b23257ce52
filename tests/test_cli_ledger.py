"""The ledger commands as a user meets them on the sample corpus: the ingest summary, log levels,
the weapon filter, ids, search results, export's source column and formats, missing extras."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parents[1] / "samples" / "corpus"


def raidlog(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "raidlog", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> tuple[str, subprocess.CompletedProcess]:
    db = str(tmp_path_factory.mktemp("ledger") / "ledger.db")
    out = raidlog("-v", "ingest", str(CORPUS), "--db", db)
    assert out.returncode == 0, out.stderr
    return db, out


def test_ingest_says_what_its_findings_count_and_logs_each_document_with_v(ingested):
    db, out = ingested
    first = out.stdout.splitlines()[0]
    assert first == ("ingested 49, duplicates 6, updated 1, stored with nothing extracted 0, failed 0; "
                     "6 findings across documents on the days this run touched")
    # the findings table splits by scope: its "ledger" column adds up to the 6
    table = [line.split("│") for line in out.stdout.splitlines() if line.count("│") == 5]
    findings = [[cell.strip() for cell in row[1:5]] for row in table if row[2].strip() in ("warning", "info", "error")]
    assert sum(int(row[3]) for row in findings) == 6
    assert ["sources-disagree", "warning", "0", "1"] in findings
    log = out.stderr.splitlines()
    assert f"raidlog: INFO: raidlog.store: {CORPUS}/text/2025-11-12-kyivpost-en-voronezh.txt: new" in log
    assert any(line.startswith("raidlog: INFO: raidlog.store: reconciled ") for line in log)
    quiet = raidlog("--log-level", "warning", "stats", "--db", db)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_weapon_missile_finds_mixed_claims_with_missiles(ingested):
    db, _ = ingested
    rows = json.loads(raidlog("claims", "--weapon", "missile", "--limit", "0", "--json", "--db", db).stdout)
    assert rows and {r["weapon"] for r in rows} == {"mixed"}
    assert all("missile" in {w["type"] for w in r["weapons"]} for r in rows)
    drones = json.loads(raidlog("claims", "--weapon", "drone", "--limit", "0", "--json", "--db", db).stdout)
    assert {r["weapon"] for r in drones} == {"drone", "mixed"}
    table = raidlog("claims", "--weapon", "missile", "--db", db).stdout
    assert "mixed (missile 6/9, drone" in " ".join(table.replace("│", " ").split())


def test_the_ids_shown_are_the_ids_in_json_and_exports(ingested):
    db, _ = ingested
    [row] = json.loads(raidlog("claims", "--limit", "1", "--json", "--db", db).stdout)
    shown = json.loads(raidlog("show", row["id"], "--json", "--db", db).stdout)
    assert shown["id"] == shown["claim"]["id"] == row["id"] and shown["claim"]["report_id"].endswith("-c1")
    assert f"claim {row['id']}:" in raidlog("show", row["id"], "--db", db).stdout
    exported = [r for r in csv.DictReader(io.StringIO(raidlog("export", "--db", db).stdout))
                if r["row_kind"] == "claim"]
    assert exported[0]["claim_id"] == row["id"]


def test_export_source_is_the_outlet_not_the_ingest_argument(ingested):
    db, _ = ingested
    rows = list(csv.DictReader(io.StringIO(raidlog("export", "--db", db).stdout)))
    sources = {r["source"] for r in rows}
    assert not any(s.startswith("file:") for s in sources)
    assert "Минобороны России" in sources  # a Telegram channel
    assert "example.org" in sources  # a page's or feed item's address
    # a file without address or title: its name
    no_url = [r for r in rows if not r["url"] and r["document"].startswith(str(CORPUS / "text"))]
    assert no_url and all(r["source"] == (r["title"] or r["document"]) for r in no_url)


def test_search_shows_titles_and_finds_inflected_words(ingested):
    db, _ = ingested
    found = list(csv.DictReader(io.StringIO(raidlog("search", "Шебекино", "--csv", "--db", db).stdout)))
    assert [(r["title"][:40], "[Шебекине]" in r["snippet"]) for r in found] == [
        ("Вячеслав Гладков, губернатор Белгородско", True)]
    prefix = json.loads(raidlog("search", "Шебекин*", "--json", "--db", db).stdout)
    assert [h["id"] for h in prefix] == [found[0]["id"]]


def test_export_formats_come_from_one_registry():
    from raidlog.cli.main import app
    from raidlog.export import EXPORTERS, FORMATS

    assert FORMATS == ("csv", "jsonl", "parquet", "geojson", "acled") == tuple(EXPORTERS)
    out = raidlog("export", "--help").stdout
    assert all(f"{name}:" in " ".join(out.replace("│", " ").split()) for name in EXPORTERS)
    bad = raidlog("export", "--format", "xlsx", "--db", "x.db")
    assert (bad.returncode, bad.stderr) == (2, "raidlog: error: --format 'xlsx': choose one of csv, jsonl, "
                                               "parquet, geojson, acled\n")
    assert app.registered_commands


def test_a_missing_extra_is_named_in_one_line(monkeypatch):
    from raidlog import extras

    monkeypatch.setitem(extras.EXTRAS, "web", ("fastapi", "no_such_module_raidlog"))
    with pytest.raises(extras.MissingExtra) as err:
        extras.need("web", "raidlog serve")
    assert str(err.value) == ("raidlog serve needs the web extra (no_such_module_raidlog is not installed): "
                              "pip install 'raidlog[web]'")
    extras.need("parquet", "--format parquet")  # installed here: no error


def test_pyproject_keeps_web_postgres_and_parquet_out_of_the_base_install():
    import tomllib

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))["project"]
    base = " ".join(project["dependencies"])
    assert not any(name in base for name in ("fastapi", "uvicorn", "jinja2", "psycopg", "pyarrow", "dask"))
    extras = project["optional-dependencies"]
    assert {"web", "postgres", "parquet", "batch", "all", "dev"} <= set(extras)
    assert extras["all"] == ["raidlog[web,postgres,parquet,batch]"]


def test_progress_total_counts_documents_before_reading():
    from raidlog.ingest.files import count_documents

    assert count_documents([str(CORPUS)]) == 56  # 49 new, 6 duplicates, 1 new version: every item read
    assert count_documents(["https://example.org/feed.xml"]) is None


def test_findings_code_is_one_of_the_catalogue(ingested):
    db, _ = ingested
    bad = raidlog("findings", "--code", "sources-disagre", "--db", db)
    assert bad.returncode == 2
    assert bad.stderr.startswith("raidlog: error: --code 'sources-disagre' is no finding code: choose one of "
                                 "breakdown-sum-mismatch, ")
    good = json.loads(raidlog("findings", "--code", "sources-disagree", "--json", "--db", db).stdout)
    assert [f["code"] for f in good] == ["sources-disagree"]


def test_acled_follows_the_codebook_columns_and_fills_only_what_is_known(ingested):
    db, _ = ingested
    events = list(csv.DictReader(io.StringIO(raidlog("export", "--format", "acled", "--db", db).stdout)))
    assert list(events[0])[:31] == [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
        "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
        "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
    assert {e["region"] for e in events if e["iso"]} == {"Europe"}
    assert not any(e["source"].startswith("file:") for e in events)
    districts = {(e["admin2"], e["location"], e["geo_precision"]) for e in events if e["admin2"]}
    assert ("Pogarsky District", "Pogarsky District", "2") in districts
    assert all(admin2 == location and precision == "2" for admin2, location, precision in districts)
    assert {e[c] for e in events for c in ("inter1", "actor2", "interaction", "civilian_targeting", "tags")} == {""}


def test_stats_by_region_counts_each_downing_once(tmp_path):
    """A country's count with no place takes the regions other voices of its side told as its breakdown
    (pipeline._parts_told_by_others); per region those items were summed under the country's claim too, so each
    region's figure counted the same downings twice (UA-59 18, UA-53 6). Another voice's item the whole lists
    counts under that voice alone: the table a user sees."""
    db = str(tmp_path / "ledger.db")
    source = tmp_path / "night.jsonl"
    source.write_text(json.dumps({
        "id": "night-1", "lang": "en", "published": "2025-06-15",
        "text": "Ukrainian air defences destroyed 12 drones overnight, the Air Force said. The Sumy regional "
                "administration said nine drones were destroyed over the region. The Poltava governor said three "
                "drones were downed above his region."}) + "\n", "utf-8")
    assert raidlog("ingest", "-q", str(source), "--db", db).returncode == 0
    out = raidlog("stats", "--by", "region", "--db", db)
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in out.stdout.splitlines() if line.count("│") == 8]
    assert rows == [["2025-06-15", "UA", "UA-53", "3", "", "1", "0"],
                    ["2025-06-15", "UA", "UA-59", "9", "", "1", "0"]]
    claims = json.loads(raidlog("claims", "--json", "--limit", "0", "--db", db).stdout)
    whole = next(c for c in claims if c["destroyed"] == 12)
    assert sorted(whole["regions"]) == ["UA-53", "UA-59"]  # (the whole still lists them: only not summed twice)
    # and the export's rows add up the same way (docs/exports.md: without the subset rows)
    rows = list(csv.DictReader(io.StringIO(raidlog("export", "--format", "csv", "--db", db).stdout)))
    summed = [(r["claimant"], r["iso"], r["count"]) for r in rows
              if r["row_kind"] == "breakdown_item" and r["counted_in_stats"] == "True" and r["subset"] == "False"]
    assert sorted(summed) == [("Governor of Poltava Oblast", "UA-53", "3"), ("Sumy Oblast Administration", "UA-59", "9")]


def test_show_json_is_one_object_as_its_help_says(ingested):
    db, _ = ingested
    out = raidlog("show", "c1", "--json", "--db", db)
    assert out.returncode == 0, out.stderr
    assert isinstance(json.loads(out.stdout), dict)
    help_text = " ".join(raidlog("show", "--help").stdout.replace("│", " ").split())
    assert "One JSON object" in help_text
    assert "One JSON array" not in help_text


def test_a_ledger_server_that_does_not_answer_is_one_line_with_the_url_as_given():
    # nothing listens on port 1: the driver's refusal, told in one line, the URL as the user wrote it
    # (not the driver's postgresql+psycopg://), its password hidden, no SQLAlchemy "Background" link
    out = raidlog("claims", "--db", "postgresql://analyst:s3cret@127.0.0.1:1/ledger")
    assert out.returncode == 2
    assert out.stderr.startswith("raidlog: error: cannot open the ledger postgresql://analyst:***@127.0.0.1:1/ledger: "
                                 "OperationalError: connection failed: ")
    assert out.stderr.count("\n") == 1
    assert "s3cret" not in out.stderr and "sqlalche.me" not in out.stderr
    no_password = raidlog("claims", "--db", "postgresql://analyst@127.0.0.1:1/ledger")
    assert "cannot open the ledger postgresql://analyst@127.0.0.1:1/ledger: " in no_password.stderr


@pytest.mark.parametrize("workers", ["0", "2"])
def test_batch_without_its_extra_says_which_in_one_line_also_in_this_process(tmp_path, workers):
    # --workers 0 runs without Dask but still writes Parquet and reads with fsspec: it used to end in
    # "raidlog: error: ModuleNotFoundError: No module named 'pyarrow'" after the Dask message had sent
    # the user there
    code = ("import sys; from raidlog import extras; "
            "extras.EXTRAS['batch'] = ('no_such_module_raidlog',) + extras.EXTRAS['batch']; "
            "from raidlog.cli.main import run; sys.argv[0] = 'raidlog'; run()")
    out = subprocess.run([sys.executable, "-c", code, "batch", str(CORPUS / "text"), "--out", str(tmp_path / "out"),
                          "--workers", workers, "-q"], capture_output=True, text=True, timeout=120)
    assert (out.returncode, out.stderr) == (2, "raidlog: error: raidlog batch needs the batch extra "
                                               "(no_such_module_raidlog is not installed): pip install 'raidlog[batch]'\n")
    assert not (tmp_path / "out").exists()
