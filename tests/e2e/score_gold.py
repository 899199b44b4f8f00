#!/usr/bin/env python3
"""Builds the graph of a folder of articles and scores it against gold.

Usage: score_gold.py PEJABAT ARTICLES GOLD_DIR SCORE_PY MIN_SCORE [key=min ...]

GOLD_DIR may hold standoff gold (tests/eval/standoff.py), which is unpacked
against ARTICLES first.

Fails (exit 1) when the overall score or any named part is below its minimum,
or when any forbidden person was extracted. Prints the scorer's report.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "eval"))
import standoff  # noqa: E402


def literal_gold(gold, articles, scratch):
    """GOLD_DIR itself, or its standoff files unpacked into scratch."""
    files = sorted(pathlib.Path(gold).glob("*.json"))
    if not any("standoff" in json.loads(f.read_text(encoding="utf-8")) for f in files):
        return gold
    for f in files:
        (pathlib.Path(scratch) / f.name).write_text(
            json.dumps(standoff.unpack_file(f, articles), ensure_ascii=False), encoding="utf-8")
    return scratch


def main(argv):
    pejabat, articles, gold, score_py, min_score = argv[1:6]
    limits = {"score": float(min_score)}
    for item in argv[6:]:
        key, value = item.split("=")
        limits[key] = float(value)
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as scratch:
        gold = literal_gold(gold, articles, scratch)
        subprocess.run([pejabat, "build", articles, "--out", out, "--quiet"], check=True)
        report = subprocess.run([sys.executable, score_py, out + "/graph.graphml", gold, "--verbose"],
                                check=True, capture_output=True, text=True).stdout
    print(report)
    summary = dict(kv.split("=") for kv in report.strip().splitlines()[-1].split())
    failed = [f"{k}={summary[k]} < {v}" for k, v in limits.items() if float(summary[k]) < v]
    if int(summary["forbidden"]) > 0:
        failed.append("forbidden persons extracted: " + summary["forbidden"])
    if failed:
        print("FAILED: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
