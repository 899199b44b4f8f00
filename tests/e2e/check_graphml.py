#!/usr/bin/python3
"""Round trip of graph.graphml through the real readers: NetworkX and igraph.

The baseline is the file itself, parsed with xml.etree (no graph library):
node and edge counts, and every node's and edge's attribute values by key.
NetworkX (as a MultiDiGraph, so parallel edges count) and igraph must see the
same counts and the same values. Also checks what the other tools rely on:
typed keys with for=, node label/name/labels, edge label first (Neo4j),
unique edge ids, the ../shared/eval contract, and yEd's graphics with --yed.

usage: check_graphml.py GRAPHML [--yed]
"""
import math
import sys
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
Y = "{http://www.yworks.com/xml/graphml}"
TYPES = {"int", "double", "boolean", "string"}
failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


def parse_value(text, attr_type):
    if attr_type == "int":
        return int(text)
    if attr_type == "double":
        return float(text)
    if attr_type == "boolean":
        return text == "true"
    return text


def baseline(path):
    """Nodes and edges with their typed values, read with xml.etree."""
    root = ET.parse(path).getroot()
    check(root.tag == NS + "graphml", "root element is not {%s}graphml" % NS[1:-1])
    keys = {}
    for key in root.findall(NS + "key"):
        kid = key.get("id")
        check(kid not in keys, "duplicate key id %r" % kid)
        check(key.get("for") in ("node", "edge"), "key %r has no for=node|edge" % kid)
        if key.get("yfiles.type"):
            keys[kid] = (key.get("for"), None, "yfiles")
            continue
        check(key.get("attr.type") in TYPES, "key %r has attr.type %r" % (kid, key.get("attr.type")))
        check(bool(key.get("attr.name")), "key %r has no attr.name" % kid)
        keys[kid] = (key.get("for"), key.get("attr.name"), key.get("attr.type"))
    graphs = root.findall(NS + "graph")
    check(len(graphs) == 1, "expected one <graph>")
    graph = graphs[0]
    check(graph.get("edgedefault") == "directed", "edgedefault is not directed")

    def data(element, domain):
        values = {}
        for d in element.findall(NS + "data"):
            kid = d.get("key")
            check(kid in keys, "data refers to undeclared key %r" % kid)
            dom, name, attr_type = keys.get(kid, (None, None, None))
            check(dom == domain, "data key %r used on a %s but declared for %s" % (kid, domain, dom))
            if attr_type == "yfiles":
                continue
            check(name not in values, "%s has two values for %r" % (domain, name))
            text = d.text or ""
            try:
                values[name] = parse_value(text, attr_type)
            except ValueError:
                failures.append("%s value %r does not parse as %s (key %s)" % (domain, text, attr_type, name))
        return values

    nodes = {}
    for n in graph.findall(NS + "node"):
        nid = n.get("id")
        check(nid not in nodes, "duplicate node id %r" % nid)
        nodes[nid] = data(n, "node")
    edges = {}
    for e in graph.findall(NS + "edge"):
        eid = e.get("id")
        check(eid is not None and eid not in edges, "edge id missing or duplicate: %r" % eid)
        check(e.get("source") in nodes and e.get("target") in nodes, "edge %s has an unknown end" % eid)
        first = e.find(NS + "data")
        check(first is not None and first.get("key") == "label",
              "edge %s: the first data is not key 'label' (Neo4j reads the type from it)" % eid)
        edges[eid] = (e.get("source"), e.get("target"), data(e, "edge"))
    return root, keys, nodes, edges


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return math.isclose(float(a), float(b), rel_tol=1e-9)
        except (TypeError, ValueError):
            return False
    return a == b


def check_contract(nodes, edges):
    """The attributes ../shared/eval/README.md and the tools read."""
    kinds = {"Article", "Person", "Organization", "Post", "Event", "Place", "Quote", "Figure"}
    for nid, values in nodes.items():
        check(values.get("kind") in kinds, "node %r kind %r" % (nid, values.get("kind")))
        check(values.get("labels") == ":" + str(values.get("kind")), "node %r labels %r" % (nid, values.get("labels")))
        check(values.get("label") == values.get("name"), "node %r label differs from name" % nid)
        if values.get("kind") == "Article":
            check(bool(values.get("source")), "Article %r has no source" % nid)
        if values.get("kind") == "Quote":
            check(bool(values.get("text")), "Quote %r has no text" % nid)
    for eid, (_, _, values) in edges.items():
        relation = values.get("relation")
        check(bool(relation), "edge %s has no relation" % eid)
        check(values.get("label") == relation and values.get("interaction") == relation,
              "edge %s label/interaction differ from relation" % eid)


def check_networkx(path, nodes, edges, yed):
    import networkx as nx
    g = nx.read_graphml(path, force_multigraph=True)
    check(isinstance(g, nx.MultiDiGraph), "NetworkX did not read a directed multigraph")
    check(g.number_of_nodes() == len(nodes), "NetworkX nodes %d != %d" % (g.number_of_nodes(), len(nodes)))
    check(g.number_of_edges() == len(edges), "NetworkX edges %d != %d" % (g.number_of_edges(), len(edges)))
    yed_extra = {"x", "y", "shape_type"} if yed else set()
    for nid, values in nodes.items():
        if nid not in g:
            failures.append("NetworkX lacks node %r" % nid)
            continue
        got = {k: v for k, v in g.nodes[nid].items() if k not in yed_extra}
        if got.keys() != values.keys() or not all(same(got[k], values[k]) for k in values):
            failures.append("NetworkX node %r: %r != %r" % (nid, got, values))
    for eid, (s, t, values) in edges.items():
        if not g.has_edge(s, t, key=eid):
            failures.append("NetworkX lacks edge %s" % eid)
            continue
        got = {k: v for k, v in g.edges[s, t, eid].items() if k != "id"}
        if got.keys() != values.keys() or not all(same(got[k], values[k]) for k in values):
            failures.append("NetworkX edge %s: %r != %r" % (eid, got, values))


def check_igraph(path, keys, nodes, edges):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "igraph graph is not directed")
    check(g.vcount() == len(nodes), "igraph nodes %d != %d" % (g.vcount(), len(nodes)))
    check(g.ecount() == len(edges), "igraph edges %d != %d" % (g.ecount(), len(edges)))
    node_names = {name for dom, name, t in keys.values() if dom == "node" and t != "yfiles"}
    edge_names = {name for dom, name, t in keys.values() if dom == "edge" and t != "yfiles"}

    def compare(what, got_all, values, names):
        for name in names:
            got = got_all.get(name)
            if name not in values:  # igraph fills absent values: "" or NaN
                check(got in ("", None) or (isinstance(got, float) and math.isnan(got)),
                      "igraph %s: %s should be empty, is %r" % (what, name, got))
            elif not same(got, values[name]):
                failures.append("igraph %s: %s = %r, expected %r" % (what, name, got, values[name]))

    by_id = {v["id"]: v for v in g.vs}
    for nid, values in nodes.items():
        if nid not in by_id:
            failures.append("igraph lacks node %r" % nid)
            continue
        compare("node %r" % nid, by_id[nid].attributes(), values, node_names)
    for e in g.es:
        eid = e["id"]
        if eid not in edges:
            failures.append("igraph has an unknown edge %r" % eid)
            continue
        s, t, values = edges[eid]
        check(g.vs[e.source]["id"] == s and g.vs[e.target]["id"] == t, "igraph edge %s ends differ" % eid)
        compare("edge %s" % eid, e.attributes(), values, edge_names)


def check_yed(root, nodes, yed):
    declared = any(k.get("yfiles.type") == "nodegraphics" and k.get("for") == "node" for k in root.findall(NS + "key"))
    shape_nodes = root.findall(".//" + Y + "ShapeNode")
    if not yed:
        check(not declared and not shape_nodes, "yEd graphics present without --yed")
        return
    check(declared, "no <key for=node yfiles.type=nodegraphics>")
    check(len(shape_nodes) == len(nodes), "%d y:ShapeNode for %d nodes" % (len(shape_nodes), len(nodes)))
    for sn in shape_nodes:
        check(sn.find(Y + "NodeLabel") is not None and sn.find(Y + "Geometry") is not None,
              "y:ShapeNode without y:NodeLabel or y:Geometry")


def main():
    path = sys.argv[1]
    yed = "--yed" in sys.argv[2:]
    root, keys, nodes, edges = baseline(path)
    check(len(nodes) > 0 and len(edges) > 0, "empty graph")
    check_contract(nodes, edges)
    check_yed(root, nodes, yed)
    check_networkx(path, nodes, edges, yed)
    check_igraph(path, keys, nodes, edges)
    for f in failures[:40]:
        print("FAIL:", f)
    print("graphml %s: %d nodes, %d edges, %d keys; %d failures" % (path, len(nodes), len(edges), len(keys), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
