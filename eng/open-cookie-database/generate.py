#!/usr/bin/env python3
"""Builds the cookie-suggestion table that Consent.AspNetCore embeds, from the Open Cookie Database CSV.

Standard library only. Run from anywhere:

    python3 eng/open-cookie-database/generate.py           # rewrite the table
    python3 eng/open-cookie-database/generate.py --check   # exit 1 if the committed table is stale
    python3 eng/open-cookie-database/generate.py --output /tmp/t.tsv

The output is deterministic (sorted rows, no timestamps, LF line endings, UTF-8 without BOM), so a test can
compare it byte for byte with the committed file. The rules are documented in docs/cookie-inventory.md.
"""

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent.parent
DEFAULT_CSV = HERE / "open-cookie-database.csv"
DEFAULT_NECESSARY = HERE / "strictly-necessary.tsv"
DEFAULT_UPSTREAM = HERE / "upstream.json"
DEFAULT_OUTPUT = REPOSITORY / "src" / "Consent.AspNetCore" / "Inventory" / "open-cookie-database.tsv"

# A stem this short matches far too many unrelated names (the database's `_s` would claim `_shopify_u`).
MINIMUM_STEM_LENGTH = 4

# Database category -> our category key. The three that may hold necessary cookies go through the reviewed list.
CATEGORY_MAP = {
    "Analytics": "analytics",
    "Marketing": "marketing",
    "Personalization": "functional",
    "Functional": "functional",
    "Security": "functional",
    "Necessary": "functional",
}
MAY_BE_NECESSARY = {"Functional", "Security", "Necessary"}
GROUNDS = ("consent", "authentication", "antiforgery", "load-balancing", "language", "cart")

# When one name appears more than once, the row that asks the most of the visitor wins.
CATEGORY_RANK = {"necessary": 0, "functional": 1, "analytics": 2, "marketing": 3}

SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# Unit words of the retention column, as seconds. A month is 30 days and a year 365 days.
UNIT_SECONDS = {}
for words, seconds in (
    (("second", "seconds", "sec", "secs"), 1),
    (("minute", "minutes", "min", "mins"), 60),
    (("hour", "hours"), 3600),
    (("day", "days"), 86400),
    (("week", "weeks"), 7 * 86400),
    (("month", "months"), 30 * 86400),
    (("year", "years"), 365 * 86400),
):
    for word in words:
        UNIT_SECONDS[word] = seconds
SESSION_WORDS = {"session", "sessions", "session cookie", "end of session (browser)"}
DURATION = re.compile(r"^(\d+) ([a-z]+)$")

COLUMNS = ("ID", "Platform", "Category", "Cookie / Data Key name", "Description", "Retention period",
           "Data Controller", "Wildcard match")


def collapse(text):
    return " ".join(text.split())


def normalise_name(raw):
    """Returns (name, ends_with_star, None), or (None, False, why) for a name that cannot be matched."""
    name = "".join(c for c in raw if unicodedata.category(c) != "Cf").strip()
    star = name.endswith("*")
    if star:
        name = name[:-1]
    if not name:
        return None, False, "no cookie name"
    if "*" in name:
        return None, False, "a '*' inside the name"
    if any(c in name for c in "\t\r\n"):
        return None, False, "a tab or line break inside the name"
    return name, star, None


def parse_lifetime(raw):
    """'session', a duration such as '730d', or '' when the text says nothing certain."""
    text = collapse(raw).lower()
    if text in SESSION_WORDS:
        return "session"
    match = DURATION.match(text)
    if not match or match.group(2) not in UNIT_SECONDS:
        return ""
    seconds = int(match.group(1)) * UNIT_SECONDS[match.group(2)]
    if seconds <= 0:
        return ""
    for unit in ("d", "h", "m", "s"):
        if seconds % SECONDS[unit] == 0:
            return f"{seconds // SECONDS[unit]}{unit}"
    raise AssertionError("unreachable: every whole number of seconds has a unit")


def read_necessary(path):
    """The reviewed list: {(id, name): ground}."""
    listed = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4 or not all(f.strip() for f in fields):
            sys.exit(f"{path.name}:{number}: expected id, name, ground and reason separated by tabs")
        ocd_id, name, ground, _ = fields
        if ground not in GROUNDS:
            sys.exit(f"{path.name}:{number}: ground '{ground}' is not one of {', '.join(GROUNDS)}")
        if (ocd_id, name) in listed:
            sys.exit(f"{path.name}:{number}: {ocd_id} {name} is listed twice")
        listed[(ocd_id, name)] = ground
    return listed


def read_rows(path):
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            sys.exit(f"{path.name}: missing columns {', '.join(missing)}")
        return list(reader)


def build(csv_path, necessary_path, upstream):
    rows = read_rows(csv_path)
    listed = read_necessary(necessary_path)
    used = set()
    skipped = Counter()
    candidates = defaultdict(list)
    categories_in = Counter()

    for number, row in enumerate(rows, 2):
        ocd_id = row["ID"].strip()
        source_category = row["Category"].strip()
        if source_category not in CATEGORY_MAP:
            sys.exit(f"{csv_path.name}:{number}: category '{source_category}' has no mapping in generate.py")
        categories_in[source_category] += 1
        name, star, why = normalise_name(row["Cookie / Data Key name"])
        if name is None:
            skipped[why] += 1
            continue
        is_stem = star or row["Wildcard match"].strip() == "1"
        if is_stem and len(name) < MINIMUM_STEM_LENGTH:
            skipped[f"a stem shorter than {MINIMUM_STEM_LENGTH} characters"] += 1
            continue

        category = CATEGORY_MAP[source_category]
        key = (ocd_id, name)
        if key in listed:
            if source_category not in MAY_BE_NECESSARY:
                sys.exit(f"{necessary_path.name}: {ocd_id} {name} is a {source_category} row; only "
                         f"{', '.join(sorted(MAY_BE_NECESSARY))} rows can be necessary")
            category = "necessary"
            used.add(key)

        provider = collapse(row["Data Controller"]) or collapse(row["Platform"])
        purpose = collapse(row["Description"])
        candidates[(name, is_stem)].append({
            "id": ocd_id,
            "category": category,
            "provider": provider,
            "purpose": purpose,
            "lifetime": parse_lifetime(row["Retention period"]),
        })

    stale = sorted(set(listed) - used)
    if stale:
        lines = "\n".join(f"  {i} {n}" for i, n in stale)
        sys.exit(f"{necessary_path.name} lists rows the CSV no longer has under that ID and name; "
                 f"review and remove them:\n{lines}")

    table = []
    merged = 0
    for (name, is_stem), group in sorted(candidates.items()):
        group.sort(key=lambda c: (-CATEGORY_RANK[c["category"]], c["id"]))
        winner, others = group[0], group[1:]
        merged += len(others)
        table.append((name, "*" if is_stem else "=", winner["category"], winner["provider"],
                      winner["lifetime"], winner["purpose"], winner["id"], ",".join(sorted(o["id"] for o in others))))

    for fields in table:
        if any(c in f for f in fields for c in "\t\r\n"):
            sys.exit(f"a tab or line break survived normalisation in the row of {fields[0]}")

    return header(upstream, len(rows), categories_in, skipped, merged, table) + "".join(
        "\t".join(fields) + "\n" for fields in table)


def header(upstream, read, categories_in, skipped, merged, table):
    written = Counter(row[2] for row in table)
    lifetimes = Counter("session" if row[4] == "session" else "unknown" if not row[4] else "parsed" for row in table)
    stems = sum(1 for row in table if row[1] == "*")
    skipped_text = "; ".join(f"{count} with {reason}" for reason, count in sorted(skipped.items())) or "none"
    lines = [
        "Derived from the Open Cookie Database, https://github.com/" + upstream["repository"] + ",",
        f"file open-cookie-database.csv at commit {upstream['commit']} ({upstream['date']}).",
        "The Open Cookie Database is licensed under the Apache License, Version 2.0. Its licence text is",
        "eng/open-cookie-database/LICENSE in the source repository; Consent.AspNetCore embeds it next to this",
        "table and its package carries it as third-party/open-cookie-database/LICENSE.",
        "Generated by eng/open-cookie-database/generate.py; edit the CSV, the reviewed list or the script, not this.",
        "",
        "Changes made to the database:",
        "- Columns dropped: Domain, User Privacy & GDPR Rights Portals, Platform (kept only as the provider",
        "  when Data Controller is empty), Wildcard match (became the match column).",
        "- Categories mapped to Consent's keys: Analytics -> analytics, Marketing -> marketing,",
        "  Personalization -> functional; Functional, Security and Necessary -> necessary only for the rows",
        "  of eng/open-cookie-database/strictly-necessary.tsv, reviewed against COMPLIANCE C11, otherwise",
        "  functional.",
        "- Retention parsed: 'session' and its spellings -> session; '<whole number> <unit>' -> a duration",
        "  (a month is 30 days, a year 365 days); anything else (ranges, conditions, dates, 'persistent',",
        "  zero) -> unknown, left empty.",
        "- Names: invisible formatting characters and surrounding whitespace removed; a trailing '*' marks a",
        "  stem. Descriptions: runs of whitespace collapsed to one space.",
        f"- Stems shorter than {MINIMUM_STEM_LENGTH} characters dropped; rows without a usable name dropped.",
        "- Duplicates: rows with the same name and match kind became one row: the one whose category asks",
        "  the most of the visitor (marketing, analytics, functional, necessary), then the lowest ID; the IDs",
        "  of the others are kept in the last column.",
        "",
        f"Rows read: {read} ({', '.join(f'{c} {n}' for c, n in sorted(categories_in.items()))}).",
        f"Rows dropped: {skipped_text}. Rows merged into a duplicate: {merged}.",
        f"Rows written: {len(table)} ({len(table) - stems} exact names, {stems} stems); "
        + ", ".join(f"{c} {written[c]}" for c in CATEGORY_RANK) + ".",
        f"Lifetimes: {lifetimes['parsed']} parsed, {lifetimes['session']} session, {lifetimes['unknown']} unknown.",
        "",
        "Columns, tab-separated: name, match ('=' exact name, '*' stem that longer names start with),",
        "category, provider, lifetime ('session', a number with d, h, m or s, or empty for unknown), purpose",
        "(the database's English description), database ID, IDs of merged duplicates (comma-separated).",
    ]
    return "".join(("# " + line).rstrip() + "\n" for line in lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--necessary", type=Path, default=DEFAULT_NECESSARY)
    parser.add_argument("--upstream", type=Path, default=DEFAULT_UPSTREAM)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare with --output instead of writing it")
    arguments = parser.parse_args()

    upstream = json.loads(arguments.upstream.read_text(encoding="utf-8"))
    data = build(arguments.csv, arguments.necessary, upstream).encode("utf-8")
    if arguments.check:
        current = arguments.output.read_bytes() if arguments.output.exists() else b""
        if current != data:
            sys.exit(f"{arguments.output} is stale: run python3 eng/open-cookie-database/generate.py")
        return
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_bytes(data)


if __name__ == "__main__":
    main()
