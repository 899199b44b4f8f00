#!/usr/bin/python3
"""graph.jsonld through the real readers: rdflib, and jsonld.js (with --node).

The baseline is graph.graphml of the same run, parsed with xml.etree: the
persons, posts, events, quotes, organizations and articles there (by their
canonical `key`) must be exactly the schema:Person, org:Post, schema:Event,
schema:Quotation, schema:GovernmentOrganization and schema:NewsArticle
subjects rdflib finds (by schema:identifier), with the same names, quote
texts and event dates, dates typed xsd:date only when they are full dates.
Also: the @context is inline, every key in the document is mapped by it (a
JSON-LD processor silently drops unmapped keys), node IRIs are absolute under
the base, and every edge has its statement with a TextPositionSelector.
With --node, jsonld.js (toRDF, safe mode) must find the same subjects and the
same number of triples as rdflib.

usage: check_jsonld.py GRAPH.graphml GRAPH.jsonld [--base IRI] [--node check_jsonld.js]
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
CLASSES = {
    "persons": ("Person", SCHEMA + "Person"),
    "posts": ("Post", ORG + "Post"),
    "events": ("Event", SCHEMA + "Event"),
    "quotes": ("Quote", SCHEMA + "Quotation"),
    "organizations": ("Organization", SCHEMA + "GovernmentOrganization"),
    "articles": ("Article", SCHEMA + "NewsArticle"),
}
failures = []


def check(ok, message):
    if not ok:
        failures.append(message)


def xml_visible(text):
    """What survives XML 1.0: the GraphML drops the characters it forbids."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)


def graphml_baseline(path):
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.findall(NS + "key")}
    nodes, edges = {}, []
    ids = {}
    for n in root.iter(NS + "node"):
        values = {names[d.get("key")]: d.text or "" for d in n.findall(NS + "data") if names.get(d.get("key"))}
        nodes[values["key"]] = values
        ids[n.get("id")] = values["key"]
    for e in root.iter(NS + "edge"):
        values = {names[d.get("key")]: d.text or "" for d in e.findall(NS + "data") if names.get(d.get("key"))}
        edges.append((ids[e.get("source")], ids[e.get("target")], values))
    return nodes, edges


def check_document(doc, base):
    """Inline context with the base as @base; every key mapped; node IRIs
    relative to it (readers resolve them; rdflib_subjects checks the result)."""
    context = doc.get("@context")
    check(isinstance(context, dict), "@context is not an inline object")
    if not isinstance(context, dict):
        return
    terms = set(context)
    check(context.get("@base") == base, "@context @base is %r, not %s" % (context.get("@base"), base))

    def walk(value, where):
        if isinstance(value, list):
            for v in value:
                walk(v, where)
        elif isinstance(value, dict):
            for key, v in value.items():
                if key.startswith("@"):
                    check(key in ("@id", "@type", "@value", "@graph", "@context"), "%s: keyword %s" % (where, key))
                else:
                    check(key in terms, "%s: key %r is not in the @context (a processor would drop it)" % (where, key))
                walk(v, where)

    for i, node in enumerate(doc.get("@graph", [])):
        iri = node.get("@id", "")
        check(iri != "" and not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", iri),
              "@graph[%d] @id %r is not relative to the @base" % (i, iri))
        walk(node, "@graph[%d]" % i)


def rdflib_subjects(g):
    from rdflib import RDF, URIRef
    identifier = URIRef(SCHEMA + "identifier")
    found = {}
    for name, (_, cls) in CLASSES.items():
        found[name] = sorted((str(s), str(g.value(s, identifier))) for s in g.subjects(RDF.type, URIRef(cls)))
    return found


def check_against_graphml(g, found, nodes, edges):
    from rdflib import Literal, URIRef
    by_key = {}
    for name, (kind, _) in CLASSES.items():
        expected = sorted(k for k, v in nodes.items() if v.get("kind") == kind)
        got = sorted(key for _, key in found[name])
        check(expected == got, "%s: rdflib finds %d, the GraphML has %d (first differences: %s)" % (
            name, len(got), len(expected), sorted(set(expected) ^ set(got))[:5]))
        for iri, key in found[name]:
            by_key[key] = URIRef(iri)
    schema_name, schema_text, start = URIRef(SCHEMA + "name"), URIRef(SCHEMA + "text"), URIRef(SCHEMA + "startDate")
    for key, subject in by_key.items():
        values = nodes.get(key, {})
        name = g.value(subject, schema_name)
        check(name is not None and xml_visible(str(name)) == values.get("name", ""),
              "%s: name %r != GraphML %r" % (key, name, values.get("name")))
        if values.get("kind") == "Quote":
            text = g.value(subject, schema_text)
            check(text is not None and xml_visible(str(text)) == values.get("text", ""), "%s: quote text differs" % key)
        if values.get("kind") == "Event" and values.get("date"):
            date = g.value(subject, start)
            check(isinstance(date, Literal) and str(date) == values["date"], "%s: startDate %r" % (key, date))
            full = re.fullmatch(r"\d{4}-\d{2}-\d{2}", values["date"]) is not None
            datatype = str(date.datatype) if isinstance(date, Literal) and date.datatype else None
            if full:
                check(datatype == XSD + "date", "%s: full date %s typed %s" % (key, values["date"], datatype))
            else:
                check(datatype != XSD + "date", "%s: %s typed xsd:date without a full date" % (key, values["date"]))
                if re.fullmatch(r"--\d{2}-\d{2}", values["date"]):
                    check(datatype == XSD + "gMonthDay", "%s: %s typed %s" % (key, values["date"], datatype))
    # org:holds, org:postIn as in the GraphML; provenance on every edge.
    for relation, predicate in (("holds", ORG + "holds"), ("post_in", ORG + "postIn"),
                                ("sub_organization_of", ORG + "subOrganizationOf")):
        pairs = {(s, t) for s, t, v in edges if v.get("relation") == relation}
        got = set(g.subject_objects(URIRef(predicate)))
        check(len(got) == len(pairs), "%s: %d triples for %d GraphML pairs" % (predicate, len(got), len(pairs)))
    selectors = set(g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(OA + "TextPositionSelector")))
    with_article = sum(1 for _, _, v in edges if v.get("article"))
    check(len(selectors) == with_article, "%d TextPositionSelectors for %d edges with an article" % (len(selectors), with_article))
    derived = set(g.subjects(URIRef(PROV + "wasDerivedFrom"), None))
    for key, subject in by_key.items():
        if nodes[key].get("kind") != "Article":
            check(subject in derived, "%s has no prov:wasDerivedFrom" % key)


def main():
    args = sys.argv[1:]
    graphml, path = args[0], args[1]
    base = args[args.index("--base") + 1] if "--base" in args else "https://pejabat.example/id/"
    node_script = args[args.index("--node") + 1] if "--node" in args else None

    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    nodes, edges = graphml_baseline(graphml)
    check_document(doc, base)

    import rdflib
    g = rdflib.Graph()
    g.parse(path, format="json-ld")
    found = rdflib_subjects(g)
    for name, subjects in found.items():
        for iri, _ in subjects:
            check(iri.startswith(base), "%s %s is not under %s once resolved" % (name, iri, base))
    check_against_graphml(g, found, nodes, edges)
    summary = "rdflib %d triples" % len(g)

    if node_script:
        run = subprocess.run(["node", node_script, path], capture_output=True, text=True)
        if run.returncode != 0:
            failures.append("jsonld.js failed: " + run.stderr.strip()[:800])
        else:
            js = json.loads(run.stdout)
            check(js["triples"] == len(g), "jsonld.js finds %d triples, rdflib %d" % (js["triples"], len(g)))
            check(js["quads"] == js["triples"], "jsonld.js emits %d duplicate quads" % (js["quads"] - js["triples"]))
            for name in CLASSES:
                got = sorted(tuple(x) for x in js[name])
                check(got == found[name], "%s: jsonld.js and rdflib differ (%d vs %d)" % (name, len(got), len(found[name])))
            summary += ", jsonld.js %d triples" % js["triples"]

    for f in failures[:40]:
        print("FAIL:", f)
    counts = ", ".join("%s %d" % (n, len(found[n])) for n in CLASSES)
    print("jsonld %s: %s; %s; %d failures" % (path, summary, counts, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
