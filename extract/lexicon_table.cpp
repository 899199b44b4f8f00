#include "extract/lexicon_table.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "extract/text_util.h"

namespace pejabat {

std::vector<std::string> SplitList(std::string_view cell, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t end = cell.find(separator, start);
    if (end == std::string_view::npos) end = cell.size();
    std::string item = Trim(cell.substr(start, end - start));
    if (!item.empty()) out.push_back(std::move(item));
    start = end + 1;
  }
  return out;
}

LexiconTable LexiconTable::Load(const std::string& path, const std::vector<std::string>& expected_columns,
                                const std::vector<std::string>& key_columns, const std::vector<std::string>& required) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError(path + ": cannot open lexicon file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return Parse(buffer.str(), path, expected_columns, key_columns, required);
}

LexiconTable LexiconTable::Parse(std::string_view content, const std::string& name,
                                 const std::vector<std::string>& expected_columns,
                                 const std::vector<std::string>& key_columns, const std::vector<std::string>& required) {
  LexiconTable table;
  table.name_ = name;
  // A hash set of keys built in one reused string, the columns looked up once
  // (at the first row): a std::set, a folded copy and a concatenation per key
  // and a column search per required field and per row took 4.7M
  // instructions for the 22 lexicon files, every start.
  std::unordered_set<std::string> seen_keys;
  seen_keys.reserve(content.size() / 16);
  std::vector<std::size_t> required_at, key_at;
  std::string key;
  std::size_t line_no = 0;
  std::size_t start = 0;
  auto fail = [&](const std::string& message) { throw LexiconError(name + ":" + std::to_string(line_no) + ": " + message); };
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (TrimView(line).empty() || line.front() == '#') continue;
    if (!IsValidUtf8(line)) fail("not valid UTF-8");
    std::vector<std::string> fields;
    std::size_t f = 0;
    while (true) {
      std::size_t tab = line.find('\t', f);
      fields.emplace_back(TrimView(line.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f)));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    if (table.columns_.empty()) {
      if (fields != expected_columns) {
        std::string want;
        for (const auto& c : expected_columns) want += (want.empty() ? "" : ", ") + c;
        fail("header must name the columns: " + want);
      }
      table.columns_ = fields;
      continue;
    }
    if (fields.size() != table.columns_.size())
      fail("expected " + std::to_string(table.columns_.size()) + " tab-separated fields, found " +
           std::to_string(fields.size()));
    if (table.rows_.empty()) {
      for (const auto& col : required) required_at.push_back(table.Column(col));
      for (const auto& col : key_columns) key_at.push_back(table.Column(col));
    }
    LexiconRow row{line_no, std::move(fields)};
    for (std::size_t r = 0; r < required.size(); ++r)
      if (row.fields[required_at[r]].empty()) fail("empty required field '" + required[r] + "'");
    if (!key_at.empty()) {
      key.clear();
      for (std::size_t k : key_at) {
        for (char c : row.fields[k]) key += FoldAscii(c);
        key += '\t';
      }
      if (!seen_keys.insert(key).second) fail("duplicate entry '" + Trim(key) + "'");
    }
    table.rows_.push_back(std::move(row));
  }
  if (table.columns_.empty()) throw LexiconError(name + ": empty lexicon (no header line)");
  return table;
}

std::size_t LexiconTable::Column(std::string_view column) const {
  auto it = std::find(columns_.begin(), columns_.end(), column);
  if (it == columns_.end()) throw LexiconError(name_ + ": no column '" + std::string(column) + "'");
  return static_cast<std::size_t>(it - columns_.begin());
}

void LexiconTable::Fail(const LexiconRow& row, const std::string& message) const {
  throw LexiconError(name_ + ":" + std::to_string(row.line) + ": " + message);
}

}  // namespace pejabat
