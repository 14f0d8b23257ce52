"""Write a document case's expected JSON from what raidlog extracts today, for review.

    .venv/bin/python scripts/write_case.py tests/cases/uk/my-case.txt --published 2025-06-01

writes ``tests/cases/uk/my-case.json`` in the shape ``tests/projection.py::report_facts``
gives (see tests/cases/README.md) and prints it. The output is raidlog's reading, not the
truth: check every value against the text by hand before committing, and correct what is
wrong — the case then fails until the extractor reads it right. An existing JSON is kept
unless ``--force`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import raidlog  # noqa: E402
from tests.projection import report_facts  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("text", type=Path, help="the case's .txt file")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (default: none)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing .json")
    args = parser.parse_args(argv)
    target = args.text.with_suffix(".json")
    if target.exists() and not args.force:
        print(f"{target} exists; --force overwrites it", file=sys.stderr)
        return 1
    report = raidlog.extract(args.text.read_text("utf-8"), published=args.published)
    facts = {"published": args.published, **report_facts(report)}
    text = json.dumps(facts, ensure_ascii=False, indent=2) + "\n"
    target.write_text(text, "utf-8")
    print(text, end="")
    print(f"wrote {target}: check each value by hand before committing", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
