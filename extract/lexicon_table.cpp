#include "extract/lexicon_table.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <functional>

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

// The file read whole into a string of its size: through a stringstream it
// was copied twice.
LexiconTable LexiconTable::Load(const std::string& path, const std::vector<std::string>& expected_columns,
                                const std::vector<std::string>& key_columns, const std::vector<std::string>& required) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw LexiconError(path + ": cannot open lexicon file");
  std::string content(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  content.resize(static_cast<std::size_t>(in.gcount()));
  return Parse(content, path, expected_columns, key_columns, required);
}

LexiconTable LexiconTable::Parse(std::string_view content, const std::string& name,
                                 const std::vector<std::string>& expected_columns,
                                 const std::vector<std::string>& key_columns, const std::vector<std::string>& required) {
  LexiconTable table;
  table.name_ = name;
  // The keys seen are rows, found again by the hash of their folded key in
  // an open-addressed table of row numbers (a row's fields hold no tab, so
  // keys are equal when each key column is, folded), and a row's fields
  // vector is made at its size. A hash set of key strings (a node and often
  // a string per row) and a vector grown field by field took 3.3M
  // instructions for the 22 lexicon files, every start (with a std::set, a
  // folded copy and a concatenation per key, 4.7M before).
  // Counted by memchr: std::count went byte by byte.
  std::size_t lines = 1;
  for (const char *p = content.data(), *e = p + content.size();
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p)))) != nullptr; ++p)
    ++lines;
  table.rows_.reserve(lines);
  std::vector<uint32_t> seen_rows(std::bit_ceil(2 * lines), 0);  // row number + 1; 0: free
  const std::size_t slot_mask = seen_rows.size() - 1;
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
    fields.reserve(table.columns_.empty() ? expected_columns.size() : table.columns_.size());
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
      std::size_t slot = std::hash<std::string_view>{}(key) & slot_mask;
      for (; seen_rows[slot] != 0; slot = (slot + 1) & slot_mask) {
        const LexiconRow& seen = table.rows_[seen_rows[slot] - 1];
        if (std::all_of(key_at.begin(), key_at.end(), [&](std::size_t k) { return EqualsFolded(seen[k], row[k]); }))
          fail("duplicate entry '" + Trim(key) + "'");
      }
      seen_rows[slot] = static_cast<uint32_t>(table.rows_.size() + 1);
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
