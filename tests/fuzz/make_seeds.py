#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets, built at run time from our own
samples/ and the small hostile fixtures in tests/fixtures/bad (nothing from
../shared). Usage: make_seeds.py SOURCE_DIR OUT_DIR; writes OUT_DIR/<target>/."""
import json
import os
import sys


def main(source, out):
    samples = os.path.join(source, "samples")
    bad = os.path.join(source, "tests", "fixtures", "bad")
    texts = [open(os.path.join(samples, n), encoding="utf-8").read() for n in sorted(os.listdir(samples))]
    fixtures = {n: open(os.path.join(bad, n), "rb").read() for n in sorted(os.listdir(bad)) if n != "README.md"}
    seeds = {t: {} for t in ("fuzz_text", "fuzz_html", "fuzz_jsonl", "fuzz_extract")}
    for i, t in enumerate(texts[:6]):
        seeds["fuzz_text"]["sample%d.txt" % i] = t.encode("utf-8")
        seeds["fuzz_extract"]["sample%d.txt" % i] = t.encode("utf-8")
        paragraphs = "".join("<p>%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;") for p in t.split("\n\n")[1:])
        title = t.split("\n", 1)[0]
        seeds["fuzz_html"]["sample%d.html" % i] = (
            "<html><head><title>%s</title><script>x()</script></head><body>%s</body></html>" % (title, paragraphs)
        ).encode("utf-8")
    for i, t in enumerate(texts[6:]):
        seeds["fuzz_extract"]["more%d.txt" % i] = t.encode("utf-8")
    t = texts[0]
    seeds["fuzz_text"]["cp1252.txt"] = t.encode("cp1252", "replace")
    seeds["fuzz_text"]["utf16.txt"] = b"\xff\xfe" + t[:400].encode("utf-16-le")
    seeds["fuzz_text"]["nuls.txt"] = t[:300].encode().replace(b" ", b"\0", 5) + b"\0" * 64
    records = "".join(json.dumps({"id": "r%d" % i, "title": x.split("\n", 1)[0], "text": x[:600],
                                  "date": "2024-06-0%d" % (i + 1)}) + "\n" for i, x in enumerate(texts[:3]))
    seeds["fuzz_jsonl"]["records.jsonl"] = records.encode("utf-8")
    seeds["fuzz_jsonl"]["utf16.jsonl"] = b"\xff\xfe" + records[:500].encode("utf-16-le")
    for name, data in fixtures.items():
        target = {".txt": "fuzz_text", ".html": "fuzz_html", ".xhtml": "fuzz_html", ".jsonl": "fuzz_jsonl"}[
            os.path.splitext(name)[1]]
        seeds[target][name] = data
        if target == "fuzz_text":
            seeds["fuzz_extract"][name] = data
    for target, files in seeds.items():
        d = os.path.join(out, target)
        os.makedirs(d, exist_ok=True)
        for name, data in files.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
