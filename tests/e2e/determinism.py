#!/usr/bin/env python3
"""Builds the same inputs several ways and checks the exports are byte-identical.

The ways: -j 1 (no threads), -j 2 twice (thread scheduling differs between
runs), -j 5 (more workers than cores, so the reorder window is exercised), and
the inputs named in reverse order, file by file. The corpus mixes samples/
(.txt), a generated folder of .txt files and a generated JSON Lines file, so
every reader runs on the worker threads. The JSON Lines file has 300 records
(some fifty units of work at -j 2) with bad lines among them: the problems
must be reported in the same order by every way, and --strict must stop at
the same first one.
"""
import argparse
import hashlib
import pathlib
import shutil
import subprocess
import sys

COMPARED = ["graph.graphml", "graph.jsonld", "graph.dot"]


def run(cmd, ok=(0,)):
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        sys.exit(f"FAIL: {' '.join(map(str, cmd))} still running after 300 s (a hang?)")
    if result.returncode not in ok:
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
        run([args.gen, "--count", "300", "--seed", "12", "--jsonl", work / "feed.jsonl"])
        add_bad_lines(work / "feed.jsonl")
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
    digests, problems = {}, {}
    for name, (flags, ins) in ways.items():
        out = work / name
        result = run([args.bin, "build", *map(str, ins), "--out", str(out), "--quiet", *flags], ok=(0, 1))
        problems[name] = [line for line in result.stderr.splitlines() if line.endswith("(skipped)")]
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
    if args.gen:
        if len(problems["j1"]) != BAD_LINES:
            print(f"FAIL: j1 reported {len(problems['j1'])} problems, expected {BAD_LINES}")
            failed = True
        for name, lines in problems.items():
            if lines != problems["j1"]:
                print(f"FAIL: {name} reported other problems, or in another order, than j1")
                failed = True
        failed |= not strict_stops_alike(args.bin, inputs, work)
    if failed:
        sys.exit(1)
    print(f"ok: {len(ways)} builds, {edges} edges, identical {', '.join(sorted(reference))}, "
          f"{len(problems['j1'])} problems reported alike")


BAD_LINES = 14  # among 300 records: 8 not JSON, 6 without a text


def add_bad_lines(feed):
    """Puts lines that are not records among the records, from the 6th on."""
    out = []
    for i, line in enumerate(feed.read_text(encoding="utf-8").splitlines()):
        out.append(line)
        if i % 37 == 5:
            out.append("not json at all")
        if i % 53 == 7:
            out.append('{"id": "bad-%d"}' % i)
    feed.write_text("\n".join(out) + "\n", encoding="utf-8")


def strict_stops_alike(binary, inputs, work):
    """--strict stops at the first problem in input order, whatever the threads."""
    messages = {}
    for jobs in ("1", "2", "5"):
        result = run([binary, "build", *map(str, inputs), "--out", str(work / f"strict-j{jobs}"), "--quiet",
                      "--strict", "-j", jobs], ok=(4,))
        messages[jobs] = [line for line in result.stderr.splitlines() if "--strict" in line]
    if not messages["1"] or "feed.jsonl:7:" not in messages["1"][0]:
        print(f"FAIL: --strict -j 1 did not stop at feed.jsonl:7: {messages['1']}")
        return False
    if any(m != messages["1"] for m in messages.values()):
        print(f"FAIL: --strict stopped differently: {messages}")
        return False
    return True


if __name__ == "__main__":
    main()
