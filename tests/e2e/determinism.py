#!/usr/bin/env python3
"""Builds the same inputs several ways and checks the exports are byte-identical.

The ways: -j 1 (no threads), -j 2 twice (thread scheduling differs between
runs), -j 5 (more workers than cores, so the reorder window is exercised), and
the inputs named in reverse order, file by file. The corpus mixes samples/
(.txt), a generated folder of .txt files and a generated JSON Lines file, so
every reader runs on the worker threads.
"""
import argparse
import hashlib
import pathlib
import shutil
import subprocess
import sys

COMPARED = ["graph.graphml", "graph.jsonld", "graph.dot"]


def run(cmd):
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: {' '.join(map(str, cmd))} exited {result.returncode}\n{result.stderr}")
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--gen", default="", help="bench/gen-corpus, or empty to use samples/ only")
    ap.add_argument("--work", required=True)
    args = ap.parse_args()

    work = pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    samples = sorted(pathlib.Path(args.samples).glob("*.txt"))
    inputs = [pathlib.Path(args.samples)]
    if args.gen:
        run([args.gen, "--count", "8", "--seed", "11", "--out", work / "corpus"])
        run([args.gen, "--count", "8", "--seed", "12", "--jsonl", work / "feed.jsonl"])
        inputs += [work / "corpus", work / "feed.jsonl"]
    else:
        print("note: gen-corpus not built (no Google Benchmark); samples/ only")

    # The reversed run names every sample file on its own, last first.
    reversed_inputs = [p for p in reversed(inputs) if p != pathlib.Path(args.samples)] + list(reversed(samples))
    ways = {
        "j1": (["-j", "1"], inputs),
        "j2": (["-j", "2"], inputs),
        "j2_again": (["-j", "2"], inputs),
        "j5": (["-j", "5"], inputs),
        "reversed_j2": (["-j", "2"], reversed_inputs),
    }
    digests = {}
    for name, (flags, ins) in ways.items():
        out = work / name
        run([args.bin, "build", *map(str, ins), "--out", str(out), "--quiet", *flags])
        digests[name] = {}
        for f in COMPARED:
            path = out / f
            if path.exists():
                digests[name][f] = hashlib.sha256(path.read_bytes()).hexdigest()
        if "graph.graphml" not in digests[name]:
            sys.exit(f"FAIL: {name}: no graph.graphml written")

    # The graph must be big enough for the comparison to mean something.
    graphml = (work / "j1" / "graph.graphml").read_text(encoding="utf-8")
    edges = graphml.count("<edge ")
    expected_min = 400 if args.gen else 200
    if edges < expected_min:
        sys.exit(f"FAIL: only {edges} edges in the reference graph (expected at least {expected_min})")

    reference = digests["j1"]
    failed = False
    for name, files in digests.items():
        for f, digest in files.items():
            if reference.get(f) != digest:
                print(f"FAIL: {name}/{f} differs from j1/{f}")
                failed = True
        missing = set(reference) - set(files)
        if missing:
            print(f"FAIL: {name} lacks {sorted(missing)}")
            failed = True
    if failed:
        sys.exit(1)
    print(f"ok: {len(ways)} builds, {edges} edges, identical {', '.join(sorted(reference))}")


if __name__ == "__main__":
    main()
