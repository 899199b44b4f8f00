#pragma once
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pejabat {

// A lexicon file: UTF-8, tab-separated, one row per line, `#` starts a comment
// line, the first non-comment line names the columns. Rows are validated when
// loaded: a row with the wrong number of fields, an empty required field or a
// duplicate key is rejected with file:line. Language knowledge lives in these
// files (extract/lexicon/*.tsv), never in code.
class LexiconError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LexiconRow {
  std::size_t line = 0;
  std::vector<std::string> fields;
  const std::string& operator[](std::size_t i) const { return fields[i]; }
};

class LexiconTable {
 public:
  // `key_columns`: the columns whose joined, case-folded value must be unique.
  // `required`: columns that may not be empty.
  static LexiconTable Load(const std::string& path, const std::vector<std::string>& expected_columns,
                           const std::vector<std::string>& key_columns,
                           const std::vector<std::string>& required);
  static LexiconTable Parse(std::string_view content, const std::string& name,
                            const std::vector<std::string>& expected_columns,
                            const std::vector<std::string>& key_columns, const std::vector<std::string>& required);

  const std::vector<LexiconRow>& rows() const { return rows_; }
  std::size_t Column(std::string_view name) const;  // throws LexiconError for unknown columns
  const std::string& name() const { return name_; }
  // "file:line: message", for errors found after loading (e.g. cross-file checks).
  [[noreturn]] void Fail(const LexiconRow& row, const std::string& message) const;

 private:
  std::string name_;
  std::vector<std::string> columns_;
  std::vector<LexiconRow> rows_;
};

// Splits a `|`-separated list cell ("Pemko|Pemkot"); empty cell -> empty list.
std::vector<std::string> SplitList(std::string_view cell, char separator = '|');

}  // namespace pejabat
