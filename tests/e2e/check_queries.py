#!/usr/bin/env python3
"""End-to-end checks of `pejabat query speakers`, `compare` and `show`.

Usage: check_queries.py PEJABAT ARTICLES [--gold GOLD_DIR --score SCORE_PY]

Always: builds ARTICLES into GraphML (`pejabat build`), then runs every query
twice, on the articles and on the saved graph (--graph), in every output
format, and requires byte-identical output and the same exit code. Checks that
CSV and JSON carry the same rows and that JSON has the documented keys.

With --gold (../shared/eval/gold): `query speakers` must list every
speaker-event pair of the gold with a post and office that contain the gold
post's key words (matched as ../shared/eval/score.py matches them); `compare`
must show exactly the gold's cities with the gold's counts; `show person`
must find every gold person by name, by lower-cased name, with titles in front,
and by post words. Names come from the gold files, never from this script.

Exits 77 (ctest's skip code) when ARTICLES or the gold folder is missing.
"""
import argparse
import csv
import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FORMATS = ["table", "csv", "json", "markdown"]
SPEAKER_KEYS = {"event", "date", "venue", "city", "speaker", "post", "office", "role", "article", "quotes",
                "type", "on_behalf_of"}
COMPARE_KEYS = {"city", "articles", "events", "officials", "offices", "speakers", "posts", "outside_speakers",
                "participants", "quotes", "events_by_type", "national_agencies", "indicators"}
# Role abbreviations a user types (roles.tsv has them); the lookup must expand them.
ABBREVIATE = [("sekretaris daerah", "sekda"), ("wali kota", "walikota"), ("kepala bagian", "kabag"),
              ("kepala dinas", "kadis")]

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def run(pejabat, args):
    p = subprocess.run([pejabat] + args, capture_output=True)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def query_json(pejabat, args):
    code, out, err = run(pejabat, args + ["--format", "json"])
    if code not in (0, 1):
        fail("%s exited %d: %s" % (" ".join(args), code, err.strip()))
        return []
    return json.loads(out.decode("utf-8")) if out.strip() else []


def both_ways(pejabat, query, articles, graphml, formats=FORMATS):
    """The query on the articles and on the saved graph: same bytes, same exit code."""
    for fmt in formats:
        a = run(pejabat, query + [articles, "--format", fmt])
        b = run(pejabat, query + ["--graph", graphml, "--format", fmt])
        label = " ".join(query) + " --format " + fmt
        if a[0] != b[0]:
            fail("%s: exit %d on articles, %d on --graph (%s | %s)" % (label, a[0], b[0], a[2].strip(), b[2].strip()))
        elif a[1] != b[1]:
            fail("%s: output differs between articles and --graph" % label)
        if a[0] not in (0, 1):
            fail("%s: exit %d: %s" % (label, a[0], a[2].strip()))
        if fmt == "table" and a[0] == 0 and query[0] != "show":
            check_table_alignment(label, a[1].decode("utf-8"))
        if fmt == "json" and a[0] == 0:
            json.loads(a[1].decode("utf-8"))
        if fmt == "csv" and a[0] == 0 and query[0] != "show":
            rows = list(csv.DictReader(io.StringIO(a[1].decode("utf-8"), newline="")))
            data = json.loads(run(pejabat, query + [articles, "--format", "json"])[1].decode("utf-8"))
            if len(rows) != len(data):
                fail("%s: %d CSV rows but %d JSON objects" % (label, len(rows), len(data)))
            elif data and list(rows[0].keys()) != list(data[0].keys()):
                fail("%s: CSV header %s differs from JSON keys %s" % (label, list(rows[0].keys()), list(data[0].keys())))
            if not a[1].endswith(b"\r\n"):
                fail("%s: CSV lines must end in CRLF (RFC 4180)" % label)


def display_width(text):
    import unicodedata
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def check_table_alignment(label, text):
    """Every column of the terminal table starts where its dashes start, counting
    UTF-8 characters (wide ones as two), not bytes."""
    lines = text.splitlines()
    if len(lines) < 2:
        fail(label + ": table has no header")
        return
    rule = lines[1]
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    for line in lines[2:]:
        if line.startswith("    ") or line == "(no rows)":
            continue  # a note under a row
        for start in starts[1:]:
            if display_width(line) < start:
                break  # the row's last cells are empty: no trailing blanks are printed
            prefix = ""
            for ch in line:
                if display_width(prefix + ch) > start:
                    break
                prefix += ch
            if display_width(prefix) != start or not prefix.endswith("  "):
                fail("%s: column at %d misaligned in: %s" % (label, start, line))
                return


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("pejabat_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def graph_counts(graphml):
    """Per article city, counted from the GraphML itself (independently of the
    query code): articles, and the distinct nodes of each kind linked directly to
    the city's articles."""
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    root = ET.parse(graphml).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(ns + "key")}
    attrs = {}
    for n in root.iter(ns + "node"):
        attrs[n.get("id")] = {keys.get(d.get("key")): d.text or "" for d in n.findall(ns + "data")}
    city_of = {n: a.get("city") or "(unknown)" for n, a in attrs.items() if a.get("kind") == "Article"}
    members = {}
    for e in root.iter(ns + "edge"):
        s, t = e.get("source"), e.get("target")
        for article, other in ((s, t), (t, s)):
            if article in city_of:
                members.setdefault(city_of[article], set()).add(other)
    out = {}
    for article, city in city_of.items():
        c = out.setdefault(city, {"articles": 0})
        c["articles"] += 1
    for city, nodes in members.items():
        kinds = [attrs[n].get("kind") for n in nodes]
        out[city].update({"officials": kinds.count("Person"), "offices": kinds.count("Organization"),
                          "events": kinds.count("Event"), "quotes": kinds.count("Quote")})
    return out


def check_gold(pejabat, articles, graphml, gold_dir, scorer):
    golds = [json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
             for f in sorted(os.listdir(gold_dir)) if f.endswith(".json")]
    norm = scorer.norm

    # query speakers: every gold (event, speaker) pair, with post and office.
    rows = query_json(pejabat, ["query", "speakers", articles])
    for row in rows:
        missing = SPEAKER_KEYS - set(row)
        if missing:
            fail("query speakers: row without keys %s" % sorted(missing))
            break
    pairs = 0
    for gold in golds:
        persons = {p["name"]: p for p in gold["persons"]}
        for event in gold["events"]:
            for speaker in event.get("speakers", []):
                pairs += 1
                names = {norm(speaker)} | {norm(a) for a in persons.get(speaker, {}).get("aliases", [])}
                hits = [r for r in rows if gold["article"] in (r["article"] or "").split("; ")
                        and norm(r["speaker"]) in names]
                where = "%s at the %s of %s" % (speaker, event["type"], gold["article"])
                if not hits:
                    fail("query speakers: missing " + where)
                    continue
                row = hits[0]
                keys = persons.get(speaker, {}).get("post", [])
                if keys:
                    text = (row["post"] or "") + " | " + (row["office"] or "")
                    if not scorer.keys_match(keys, text):
                        fail("query speakers: %s: post %r / office %r lacks %s" % (where, row["post"], row["office"], keys))
                    if not row["office"]:
                        fail("query speakers: %s has no office" % where)
                if not row["role"]:
                    fail("query speakers: %s has no role" % where)
                if event.get("date") and row["date"] != event["date"]:
                    fail("query speakers: %s: date %r, gold %r" % (where, row["date"], event["date"]))
    print("query speakers: %d rows; %d gold speaker-event pairs checked" % (len(rows), pairs))

    # --city narrows to the gold city's events.
    for city in sorted({g["city"] for g in golds}):
        narrowed = query_json(pejabat, ["query", "speakers", articles, "--city", city])
        # A row belongs to the city when the event is there or its article is about it
        # (a city's training held in a resort of the neighbouring regency).
        city_articles = {g["article"] for g in golds if g["city"] == city}
        if any(r["city"] != city and r["article"] not in city_articles for r in narrowed):
            fail("query speakers --city %s: rows from other cities" % city)
        expected = sum(len(e.get("speakers", [])) for g in golds if g["city"] == city for e in g["events"])
        if len(narrowed) < expected:
            fail("query speakers --city %s: %d rows, gold has %d pairs" % (city, len(narrowed), expected))

    # compare: the gold's cities with the gold's counts.
    table = {r["city"]: r for r in query_json(pejabat, ["compare", articles])}
    for r in table.values():
        missing = COMPARE_KEYS - set(r)
        if missing:
            fail("compare: row without keys %s" % sorted(missing))
            break
    cities = sorted({g["city"] for g in golds})
    if sorted(table) != cities:
        fail("compare: cities %s, gold %s" % (sorted(table), cities))
    independent = graph_counts(graphml)
    for city in cities:
        row = table.get(city)
        if row is None:
            continue
        mine = [g for g in golds if g["city"] == city]
        events = [e for g in mine for e in g["events"]]
        speakers = {s for e in events for s in e.get("speakers", [])}
        participants = [e["participants"] for e in events if e.get("participants") is not None]
        persons = {p["name"] for g in mine for p in g["persons"]}
        optional_persons = {x for g in mine for x in g.get("optional_persons", [])}
        orgs = {o["name"] for g in mine for o in g["organizations"]}
        optional_orgs = {x for g in mine for x in g.get("optional_organizations", [])}
        exact = {"articles": len(mine), "events": len(events), "speakers": len(speakers),
                 "participants": sum(participants) if participants else None}
        for key, want in exact.items():
            if row[key] != want:
                fail("compare %s: %s = %r, gold %r" % (city, key, row[key], want))
        if sum(row["events_by_type"].values()) != row["events"]:
            fail("compare %s: events_by_type %r does not add up to %d" % (city, row["events_by_type"], row["events"]))
        # Optional entities of the gold are neither required nor wrong.
        for key, required, optional in (("officials", persons, optional_persons), ("offices", orgs, optional_orgs)):
            if not len(required) <= row[key] <= len(required) + len(optional):
                fail("compare %s: %s = %d, gold %d (+%d optional)" % (city, key, row[key], len(required), len(optional)))
        for key, want in independent.get(city, {}).items():
            if row[key] != want:
                fail("compare %s: %s = %r, but the GraphML links %r to its articles" % (city, key, row[key], want))
        print("compare %s: %s" % (city, {k: row[k] for k in ("articles", "events", "officials", "offices",
                                                             "speakers", "participants")}))

    # show person: forgiving lookups of every gold person.
    for gold in golds:
        for person in gold["persons"]:
            name = person["name"]
            lookups = [name, name.lower(), name.upper(), "Ir. H. " + name + ", M.Si", "Bapak " + name]
            lookups += person.get("aliases", [])
            keys = [k.split("|")[0] for k in person.get("post", [])]
            if keys:
                by_post = " ".join(keys)
                lookups.append(by_post)
                for full, short in ABBREVIATE:
                    if full in by_post:
                        lookups.append(by_post.replace(full, short))
            for lookup in lookups:
                found = [p["name"] for p in query_json(pejabat, ["show", "person", lookup, "--graph", graphml])]
                if name not in found:
                    fail("show person %r: found %s, not %s" % (lookup, found, name))
    return rows


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("pejabat")
    parser.add_argument("articles")
    parser.add_argument("--gold")
    parser.add_argument("--score")
    args = parser.parse_args(argv[1:])
    if not os.path.isdir(args.articles) or (args.gold and not os.path.isdir(args.gold)):
        print("SKIP: %s not found (../shared is not beside the project)" % (args.gold or args.articles))
        return 77

    with tempfile.TemporaryDirectory() as out:
        subprocess.run([args.pejabat, "build", args.articles, "--out", out, "--quiet"], check=True)
        graphml = os.path.join(out, "graph.graphml")

        rows = query_json(args.pejabat, ["query", "speakers", args.articles])
        if args.gold:
            rows = check_gold(args.pejabat, args.articles, graphml, args.gold, load_scorer(args.score))

        # Every query, both ways, every format. Names come from the answers themselves.
        queries = [["query", "speakers"], ["compare"], ["compare", "--by", "province"],
                   ["query", "speakers", "--type", "training"], ["query", "speakers", "--since", "2019"],
                   ["query", "speakers", "--until", "2019-06"]]
        for city in sorted({r["city"] for r in rows if r["city"]}):
            queries.append(["query", "speakers", "--city", city])
        for speaker in sorted({r["speaker"] for r in rows}):
            queries.append(["query", "speakers", "--person", speaker])
            queries.append(["show", "person", speaker])
        for office in sorted({o for r in rows if r["office"] for o in r["office"].split("; ")}):
            queries.append(["show", "office", office])
        for event in sorted({r["event"] for r in rows}):
            queries.append(["show", "event", event])
        for i, query in enumerate(queries):
            # The shared queries in every format; the many per-name ones in two, to keep the run short.
            both_ways(args.pejabat, query, args.articles, graphml, FORMATS if i < 6 else ["json", "table"])
        print("%d queries: same answers on the articles and on --graph" % len(queries))

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all query checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
