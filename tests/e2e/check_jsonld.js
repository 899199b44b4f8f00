#!/usr/bin/env node
// Reads graph.jsonld with jsonld.js, the reference JSON-LD processor, in safe
// mode (it throws on anything lossy: an unmapped key, a relative IRI, ...),
// and prints what it found as JSON for check_jsonld.py to compare with rdflib
// and the GraphML: the number of distinct triples and, per class, the
// subjects with their schema:identifier.
//
// usage: node check_jsonld.js GRAPH.jsonld
'use strict';
const fs = require('fs');
const path = require('path');

let jsonld;
try {
  jsonld = require(path.join(__dirname, '..', 'export', 'js', 'node_modules', 'jsonld'));
} catch (e) {
  console.error('jsonld.js is not installed: run scripts/install-deps (npm ci in tests/export/js)');
  process.exit(2);
}

const CLASSES = {
  persons: 'https://schema.org/Person',
  posts: 'http://www.w3.org/ns/org#Post',
  events: 'https://schema.org/Event',
  quotes: 'https://schema.org/Quotation',
  organizations: 'https://schema.org/GovernmentOrganization',
  articles: 'https://schema.org/NewsArticle',
};
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const IDENTIFIER = 'https://schema.org/identifier';

async function main() {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  // No document loader: an inline context needs none, and a remote one must fail.
  const documentLoader = (url) => { throw new Error('remote context fetched: ' + url); };
  const quads = await jsonld.toRDF(doc, {safe: true, documentLoader});
  const seen = new Set();
  const typed = {};
  const ids = {};
  for (const q of quads) {
    if (q.graph.termType !== 'DefaultGraph') throw new Error('a quad outside the default graph');
    seen.add([q.subject.value, q.predicate.value, q.object.termType, q.object.value,
              q.object.datatype ? q.object.datatype.value : '', q.object.language || ''].join('\u0000'));
    if (q.predicate.value === RDF_TYPE) (typed[q.object.value] = typed[q.object.value] || new Set()).add(q.subject.value);
    if (q.predicate.value === IDENTIFIER) ids[q.subject.value] = q.object.value;
  }
  const out = {triples: seen.size, quads: quads.length};
  for (const [name, cls] of Object.entries(CLASSES)) {
    out[name] = [...(typed[cls] || [])].map((s) => [s, ids[s] || null]).sort();
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  console.error('jsonld.js: ' + e.message + (e.details ? ' ' + JSON.stringify(e.details).slice(0, 800) : ''));
  process.exit(1);
});
