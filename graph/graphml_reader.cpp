#include "graph/graphml_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cstring>
#include <fstream>
#include <memory>
#include <numeric>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "graph/boost_graph.h"

namespace pejabat {
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

std::string_view Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

bool IsElement(const xmlNode* n, std::string_view name) {
  return n->type == XML_ELEMENT_NODE && Name(n) == name;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// Only text and CDATA children: entity references are never expanded.
std::string Text(const xmlNode* n) {
  std::string out;
  for (const xmlNode* c = n->children; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      out += reinterpret_cast<const char*>(c->content);
  return out;
}

struct KeyDef {
  std::string name;  // attr.name; empty for keys that carry no attribute (yEd graphics)
  std::string fallback;
  bool has_default = false;
};

using Keys = std::unordered_map<std::string, KeyDef>;  // key id -> definition

// `for` may be node, edge, all (or graph, which we do not read).
void ReadKeys(const xmlNode* root, Keys& node_keys, Keys& edge_keys) {
  for (const xmlNode* k = root->children; k; k = k->next) {
    if (!IsElement(k, "key")) continue;
    KeyDef def;
    def.name = Attr(k, "attr.name");
    for (const xmlNode* d = k->children; d; d = d->next)
      if (IsElement(d, "default")) {
        def.has_default = true;
        def.fallback = Text(d);
      }
    std::string domain = Attr(k, "for");
    std::string id = Attr(k, "id");
    if (domain == "node" || domain == "all" || domain.empty()) node_keys[id] = def;
    if (domain == "edge" || domain == "all" || domain.empty()) edge_keys[id] = def;
  }
}

// The element's <data> as attr.name -> value, with key defaults filled in.
std::vector<std::pair<std::string, std::string>> ReadData(const xmlNode* element, const Keys& keys) {
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<std::string> seen;
  for (const xmlNode* d = element->children; d; d = d->next) {
    if (!IsElement(d, "data")) continue;
    std::string id = Attr(d, "key");
    auto it = keys.find(id);
    if (it == keys.end() || it->second.name.empty()) continue;
    out.emplace_back(it->second.name, Text(d));
    seen.push_back(id);
  }
  for (const auto& [id, def] : keys)
    if (def.has_default && !def.name.empty() && std::find(seen.begin(), seen.end(), id) == seen.end())
      out.emplace_back(def.name, def.fallback);
  return out;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// "%XX" escapes decoded (export/node_id.h encodes '%' itself, so this is exact).
std::string PercentDecoded(const std::string& id) {
  std::string out;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (id[i] == '%' && i + 2 < id.size() && HexDigit(id[i + 1]) >= 0 && HexDigit(id[i + 2]) >= 0) {
      out += static_cast<char>(HexDigit(id[i + 1]) * 16 + HexDigit(id[i + 2]));
      i += 2;
    } else {
      out += id[i];
    }
  }
  return out;
}

std::optional<uint32_t> ParseOffset(const std::string& s) {
  uint32_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

using Link = std::pair<std::pair<std::size_t, std::size_t>, EdgeData>;

class Builder {
 public:
  bool Read(const xmlNode* root, std::string& error) {
    if (!root || !IsElement(root, "graphml")) {
      error = "not GraphML (the root element is not <graphml>)";
      return false;
    }
    ReadKeys(root, node_keys_, edge_keys_);
    const xmlNode* graph = nullptr;
    for (const xmlNode* c = root->children; c && !graph; c = c->next)
      if (IsElement(c, "graph")) graph = c;
    if (!graph) {
      error = "no <graph> element";
      return false;
    }
    for (const xmlNode* c = graph->children; c; c = c->next)
      if (IsElement(c, "node") && !ReadNode(c, error)) return false;
    for (const xmlNode* c = graph->children; c; c = c->next)
      if (IsElement(c, "edge") && !ReadEdge(c, error)) return false;
    return true;
  }

  NodeColumn nodes;
  std::vector<Link> links;

 private:
  bool ReadNode(const xmlNode* n, std::string& error) {
    NodeData node;
    const std::string id = Attr(n, "id");
    if (id.empty()) {
      error = "a <node> without an id (line " + std::to_string(xmlGetLineNo(n)) + ")";
      return false;
    }
    node.key = PercentDecoded(id);  // the writer's id escapes bytes some readers mangle
    bool has_kind = false;
    for (auto& [name, value] : ReadData(n, node_keys_)) {
      if (name == "key") {
        node.key = std::move(value);  // the canonical key, when the file carries it
      } else if (name == "kind") {
        auto kind = ParseNodeKind(value);
        if (!kind) {
          error = "node " + node.key + ": unknown kind '" + value + "'";
          return false;
        }
        node.kind = *kind;
        has_kind = true;
      } else if (name == "name") {
        node.name = std::move(value);
      } else if (name != "label" && name != "labels") {  // presentation: the name again, Neo4j's label
        node.attrs.Set(name, std::move(value));
      }
    }
    if (!has_kind) {
      error = "node " + node.key + " has no kind (is this pejabat's GraphML?)";
      return false;
    }
    if (!index_.emplace(id, nodes.size()).second || !keys_.insert(node.key).second) {
      error = "node id " + id + " appears twice";
      return false;
    }
    nodes.push_back(std::move(node));
    return true;
  }

  bool ReadEdge(const xmlNode* e, std::string& error) {
    std::string where = "edge " + Attr(e, "source") + " -> " + Attr(e, "target");
    auto source = index_.find(Attr(e, "source"));
    auto target = index_.find(Attr(e, "target"));
    if (source == index_.end() || target == index_.end()) {
      error = where + ": an end is not a node of the graph";
      return false;
    }
    EdgeData data;
    bool has_relation = false;
    for (auto& [name, value] : ReadData(e, edge_keys_)) {
      if (name == "relation") {
        auto relation = ParseRelation(value);
        if (!relation) {
          error = where + ": unknown relation '" + value + "'";
          return false;
        }
        data.relation = *relation;
        has_relation = true;
      } else if (name == "article") {
        data.provenance.article = std::move(value);
      } else if (name == "span_start" || name == "span_end") {
        auto offset = ParseOffset(value);
        if (!offset) {
          error = where + ": " + name + " is not an offset: '" + value + "'";
          return false;
        }
        (name == "span_start" ? data.provenance.span_start : data.provenance.span_end) = *offset;
      } else if (name == "evidence") {
        data.provenance.evidence = std::move(value);
      } else if (name == "role") {
        data.role = std::move(value);
      }
    }
    if (!has_relation) {
      error = where + " has no relation";
      return false;
    }
    links.push_back({{source->second, target->second}, std::move(data)});
    return true;
  }

  Keys node_keys_, edge_keys_;
  std::unordered_map<std::string, std::size_t> index_;  // XML id -> position
  std::unordered_set<std::string> keys_;
};

// The builder's order (graph/graph_builder.cpp): nodes by key, edges by
// (source, target, relation, article, span). Stable, so a file already in that
// order (ours always is) keeps its edge order exactly.
void PutInContentOrder(NodeColumn& nodes, std::vector<Link>& links) {
  std::vector<std::size_t> order(nodes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return nodes[a].key < nodes[b].key; });
  std::vector<std::size_t> position(nodes.size());
  NodeColumn sorted;
  sorted.reserve(nodes.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    position[order[i]] = i;
    sorted.push_back(std::move(nodes[order[i]]));
  }
  nodes = std::move(sorted);
  for (auto& link : links) link.first = {position[link.first.first], position[link.first.second]};
  std::stable_sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return std::tie(x.first, x.second.relation, x.second.provenance.article, x.second.provenance.span_start,
                    x.second.provenance.span_end) < std::tie(y.first, y.second.relation, y.second.provenance.article,
                                                             y.second.provenance.span_start, y.second.provenance.span_end);
  });
}

}  // namespace

std::optional<KnowledgeGraph> GraphReader::ReadString(std::string_view xml, std::string& error) {
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) {
    error = "file too large for the XML reader (over 2 GiB)";
    return std::nullopt;
  }
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) {
    error = "cannot create an XML parser";
    return std::nullopt;
  }
  // NONET: never fetch a DTD or schema; no XML_PARSE_NOENT: entities stay unexpanded.
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlDoc, DocFree> doc(
      xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), "graph.graphml", nullptr, options));
  if (!doc) {
    const xmlError* e = &ctxt->lastError;
    std::string message = e->message ? e->message : "unreadable XML";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    error = "not well-formed XML (line " + std::to_string(e->line) + "): " + message;
    return std::nullopt;
  }
  Builder builder;
  if (!builder.Read(xmlDocGetRootElement(doc.get()), error)) return std::nullopt;
  PutInContentOrder(builder.nodes, builder.links);
  BoostGraph::EndsColumn ends;
  EdgeColumn data;
  ends.reserve(builder.links.size());
  data.reserve(builder.links.size());
  for (auto& [link_ends, link_data] : builder.links) {
    ends.emplace_back(static_cast<uint32_t>(link_ends.first), static_cast<uint32_t>(link_ends.second));
    data.push_back(link_data);
  }
  builder.links = {};
  KnowledgeGraph graph;
  graph.impl_->Assign(std::move(builder.nodes), std::move(ends), std::move(data));
  return graph;
}

std::optional<KnowledgeGraph> GraphReader::ReadFile(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "cannot read the file";
    return std::nullopt;
  }
  return ReadString(buffer.str(), error);
}

}  // namespace pejabat
