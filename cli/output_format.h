#pragma once
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace pejabat {

// How query answers are printed: a table aligned for a terminal, CSV (RFC 4180,
// for spreadsheets), JSON (an array of objects with snake_case keys), or a
// Markdown table.
enum class OutputFormat { Table, Csv, Json, Markdown };

std::optional<OutputFormat> ParseOutputFormat(std::string_view name);
std::vector<std::string> OutputFormatNames();

// A cell: nothing (JSON null), text, a whole number, a list of texts (JSON
// array), or counts by name (JSON object).
using Counts = std::vector<std::pair<std::string, long long>>;
using Cell = std::variant<std::monostate, std::string, long long, std::vector<std::string>, Counts>;

enum class ColumnUse {
  Column,  // a column everywhere
  Hidden,  // only in the machine formats, CSV and JSON (keys, long evidence)
  Note,    // in the terminal table, printed in full on its own line under the row; a column elsewhere
};

struct Column {
  std::string key;  // the JSON key and CSV header; the table header shows it with spaces
  ColumnUse use = ColumnUse::Column;
};

struct ResultTable {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // one cell per column
};

// Cells wider than this are cut with "…" in the terminal table (never the last
// column or a note); the other formats keep every character.
inline constexpr std::size_t kTableCellWidth = 40;

void WriteResult(const ResultTable& table, OutputFormat format, std::ostream& out);

// Pieces the profile printer (show) shares.
std::string CellText(const Cell& cell);  // lists "; "-joined, counts "name=n; ..."
void WriteJsonArray(const ResultTable& table, std::ostream& out);
void WriteCsv(const ResultTable& table, std::ostream& out);
void WriteMarkdown(const ResultTable& table, std::ostream& out);
void WriteTerminalTable(const ResultTable& table, std::ostream& out);
std::string MarkdownEscape(std::string_view text);

// Columns a terminal gives the text: code points, wide (CJK, emoji) ones count two,
// combining marks none.
std::size_t DisplayWidth(std::string_view text);

}  // namespace pejabat
