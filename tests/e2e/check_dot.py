#!/usr/bin/python3
"""graph.dot and its renderings read back by Graphviz and XML parsers.

Graphviz itself reads the DOT back: `dot -Tcanon` must accept it without a
word on stderr, and gvpr (cgraph's reader) lists its nodes and edges. They
must be the GraphML's (node ids are the same, percent-decoded to the
canonical `key`): all nodes and edges when the graph is small enough to be
drawn in full (<= 150 nodes), else every node but the articles, quotes and
figures, and every edge among those. The SVG must be well-formed (Python's
XML parser and xmllint) and draw exactly the DOT's nodes; PNG and PDF, when
asked for, must carry their signatures.

usage: check_dot.py DIR [--stem graph] [--graphml FILE] [--full|--focused|--speakers]
"""
import os
import shutil
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
SVG = "{http://www.w3.org/2000/svg}"
FULL_DETAIL_MAX_NODES = 150
failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


def graphml_baseline(path):
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.findall(NS + "key")}
    nodes, edges, ids = {}, [], {}
    for n in root.iter(NS + "node"):
        values = {names[d.get("key")]: d.text or "" for d in n.findall(NS + "data") if names.get(d.get("key"))}
        nodes[values["key"]] = values
        ids[n.get("id")] = values["key"]
    for e in root.iter(NS + "edge"):
        values = {names[d.get("key")]: d.text or "" for d in e.findall(NS + "data") if names.get(d.get("key"))}
        edges.append((ids[e.get("source")], ids[e.get("target")], values.get("relation")))
    return nodes, edges


def read_dot(path):
    canon = subprocess.run(["dot", "-Tcanon", path], capture_output=True, text=True)
    check(canon.returncode == 0, "dot -Tcanon failed: " + canon.stderr.strip()[:400])
    check(canon.stderr.strip() == "", "dot -Tcanon complained: " + canon.stderr.strip()[:400])
    # gvpr reads with cgraph and prints one record per node and edge; \x1f
    # separates fields and \x1e ends records, so names may hold newlines.
    program = ('N { printf("N\\x1f%s\\x1e", $.name); } '
               'E { printf("E\\x1f%s\\x1f%s\\x1e", $.tail.name, $.head.name); }')
    run = subprocess.run(["gvpr", program, path], capture_output=True, text=True)
    check(run.returncode == 0, "gvpr failed: " + run.stderr.strip()[:400])
    nodes, edges = [], []
    for record in run.stdout.split("\x1e"):
        fields = record.split("\x1f")
        if fields[0] == "N":
            nodes.append(urllib.parse.unquote(fields[1]))
        elif fields[0] == "E":
            edges.append((urllib.parse.unquote(fields[1]), urllib.parse.unquote(fields[2])))
    return nodes, edges


def check_svg(path, dot_nodes):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        failures.append("%s is not well-formed XML: %s" % (path, e))
        return
    check(root.tag == SVG + "svg", "%s: root is %s" % (path, root.tag))
    if shutil.which("xmllint"):
        lint = subprocess.run(["xmllint", "--noout", "--nonet", path], capture_output=True, text=True)
        check(lint.returncode == 0, "xmllint rejects %s: %s" % (path, lint.stderr.strip()[:300]))
    drawn = []
    for g in root.iter(SVG + "g"):
        if g.get("class") == "node":
            title = g.find(SVG + "title")
            drawn.append(urllib.parse.unquote(title.text if title is not None and title.text else ""))
    check(sorted(drawn) == sorted(dot_nodes), "%s draws %d nodes, the DOT has %d" % (path, len(drawn), len(dot_nodes)))


def main():
    args = sys.argv[1:]
    folder = args[0]
    stem = args[args.index("--stem") + 1] if "--stem" in args else "graph"
    graphml = args[args.index("--graphml") + 1] if "--graphml" in args else os.path.join(folder, "graph.graphml")
    dot_path = os.path.join(folder, stem + ".dot")
    dot_nodes, dot_edges = read_dot(dot_path)
    check(len(set(dot_nodes)) == len(dot_nodes), "duplicate node names in the DOT")
    nodes, edges = graphml_baseline(graphml)

    if stem == "graph":
        if len(nodes) <= FULL_DETAIL_MAX_NODES:
            drawn = set(nodes)
        else:
            drawn = {k for k, v in nodes.items() if v.get("kind") not in ("Article", "Quote", "Figure")}
        expected_edges = sorted((s, t) for s, t, _ in edges if s in drawn and t in drawn)
        check(sorted(dot_nodes) == sorted(drawn),
              "DOT nodes differ from the GraphML's: %s" % sorted(set(dot_nodes) ^ drawn)[:5])
        check(sorted(dot_edges) == expected_edges, "DOT has %d edges, expected %d" % (len(dot_edges), len(expected_edges)))
    elif "--speakers" in args:
        expected = sorted((s, t) for s, t, r in edges if r == "spoke_at")
        check(sorted(dot_edges) == expected, "speakers view: %d edges, %d spoke_at in the graph" % (len(dot_edges), len(expected)))
        kinds = {nodes[n]["kind"] for n in dot_nodes if n in nodes}
        check(kinds <= {"Person", "Event"}, "speakers view draws %s" % sorted(kinds))
    else:  # a focused view: a subgraph without articles
        check(all(n in nodes for n in dot_nodes), "view draws nodes the graph lacks")
        check(not any(nodes[n]["kind"] == "Article" for n in dot_nodes if n in nodes), "view draws articles")
        graph_edges = {}
        for s, t, _ in edges:
            graph_edges[(s, t)] = graph_edges.get((s, t), 0) + 1
        for pair in set(dot_edges):
            check(dot_edges.count(pair) <= graph_edges.get(pair, 0), "view edge %s -> %s not in the graph" % pair)
    check(len(dot_nodes) > 0, "the DOT draws no node")

    check_svg(os.path.join(folder, stem + ".svg"), dot_nodes)
    for ext, magic in (("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF-")):
        path = os.path.join(folder, stem + "." + ext)
        if os.path.exists(path):
            with open(path, "rb") as f:
                head = f.read(8)
            check(head.startswith(magic) and os.path.getsize(path) > 1000, "%s is not a %s" % (path, ext.upper()))

    for f in failures[:40]:
        print("FAIL:", f)
    print("dot %s: %d nodes, %d edges; %d failures" % (dot_path, len(dot_nodes), len(dot_edges), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
