#include "graph/name_match.h"

#include <algorithm>
#include <set>

#include "graph/queries/walk.h"

namespace pejabat {
namespace {

using Words = std::vector<std::string>;

bool Contains(const Words& haystack, const Words& needles) {
  if (needles.empty()) return false;
  for (const auto& w : needles)
    if (std::find(haystack.begin(), haystack.end(), w) == haystack.end()) return false;
  return true;
}

std::vector<std::string> Aliases(const NodeData& node) {
  std::vector<std::string> out;
  const InternedText* all = node.attrs.Find("aliases");
  if (!all) return out;
  std::size_t start = 0;
  while (start <= all->size()) {
    std::size_t end = all->find(';', start);
    if (end == std::string::npos) end = all->size();
    std::string alias = all->substr(start, end - start);
    if (!MatchWords(alias).empty()) out.push_back(alias);
    start = end + 1;
  }
  return out;
}

// Texts that identify a node besides its name and aliases.
std::vector<std::string> Context(const KnowledgeGraph& g, NodeId v) {
  std::vector<std::string> out;
  const NodeData& node = g.Node(v);
  auto add_attr = [&](const char* name) {
    if (const InternedText* s = node.attrs.Find(name)) out.push_back(*s);
  };
  switch (node.kind) {
    case NodeKind::Person:
      for (EdgeId e : OutEdgesOf(g, v, Relation::Holds)) {
        NodeId post = g.Target(e);
        out.push_back(g.Node(post).name);
        for (EdgeId p : OutEdgesOf(g, post, Relation::PostIn)) out.push_back(g.Node(g.Target(p)).name);
      }
      break;
    case NodeKind::Organization:
      for (EdgeId e : InEdgesOf(g, v, Relation::PostIn)) out.push_back(g.Node(g.Source(e)).name);
      break;
    case NodeKind::Post:
      for (EdgeId e : OutEdgesOf(g, v, Relation::PostIn)) out.push_back(g.Node(g.Target(e)).name);
      break;
    case NodeKind::Event:
      for (const char* a : {"type", "city", "venue", "date", "article"}) add_attr(a);
      for (EdgeId e : InEdgesOf(g, v, Relation::Organized)) out.push_back(g.Node(g.Source(e)).name);
      break;
    default: break;
  }
  return out;
}

NameMatch Match(const KnowledgeGraph& g, NodeId v, const Words& query) {
  if (query.empty()) return NameMatch::None;
  const NodeData& node = g.Node(v);
  Words name = MatchWords(node.name);
  std::vector<Words> aliases;
  for (const auto& a : Aliases(node)) aliases.push_back(MatchWords(a));
  if (name == query) return NameMatch::ExactName;
  for (const auto& a : aliases)
    if (a == query) return NameMatch::ExactAlias;
  if (Contains(name, query)) return NameMatch::WordsInName;
  for (const auto& a : aliases)
    if (Contains(a, query)) return NameMatch::WordsInAlias;
  Words all = name;
  for (const auto& a : aliases) all.insert(all.end(), a.begin(), a.end());
  for (const auto& c : Context(g, v)) {
    Words w = MatchWords(c);
    all.insert(all.end(), w.begin(), w.end());
  }
  return Contains(all, query) ? NameMatch::WordsInContext : NameMatch::None;
}

}  // namespace

std::vector<std::string> MatchWords(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      current += ch;
    } else if (c >= 'A' && c <= 'Z') {
      current += static_cast<char>(c - 'A' + 'a');
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::string FoldWords(std::string_view text) {
  std::string out;
  for (const auto& w : MatchWords(text)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

NameMatch MatchNode(const KnowledgeGraph& graph, KnowledgeGraph::NodeId node, std::string_view query) {
  return Match(graph, node, MatchWords(query));
}

std::vector<KnowledgeGraph::NodeId> FindByName(const KnowledgeGraph& graph, NodeKind kind,
                                               const std::vector<std::string>& queries) {
  std::vector<Words> folded;
  for (const auto& q : queries) {
    Words w = MatchWords(q);
    if (!w.empty() && std::find(folded.begin(), folded.end(), w) == folded.end()) folded.push_back(std::move(w));
  }
  NameMatch best = NameMatch::None;
  std::vector<NodeId> found;
  for (NodeId v = 0; v < graph.NodeCount(); ++v) {
    if (graph.Node(v).kind != kind) continue;
    NameMatch m = NameMatch::None;
    for (const auto& q : folded) m = std::min(m, Match(graph, v, q));
    if (m == NameMatch::None || m > best) continue;
    if (m < best) {
      best = m;
      found.clear();
    }
    found.push_back(v);
  }
  return found;
}

}  // namespace pejabat
