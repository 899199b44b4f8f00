#include "cli/output_format.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cstdint>

#include "export/utf8.h"

namespace pejabat {
namespace {

int CodePointWidth(uint32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F) || cp == 0xFE0F) return 0;  // combining, zero-width
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD))
    return 2;
  return 1;
}

// One line of text: control characters (newlines, tabs) become spaces.
std::string OneLine(std::string_view text) {
  std::string out = SanitizeUtf8(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return out;
}

// Cuts `text` to `width` display columns, ending with "…" when cut.
std::string Cut(const std::string& text, std::size_t width) {
  if (DisplayWidth(text) <= width) return text;
  std::string out;
  std::size_t used = 0, i = 0;
  while (i < text.size()) {
    uint32_t cp = 0;
    std::size_t n = DecodeUtf8(text, i, cp);
    if (n == 0) n = 1, cp = 0xFFFD;
    std::size_t w = CodePointWidth(cp);
    if (used + w + 1 > width) break;
    out.append(text, i, n);
    used += w;
    i += n;
  }
  return out + "\xE2\x80\xA6";
}

std::string Header(const std::string& key) {
  std::string h = key;
  std::replace(h.begin(), h.end(), '_', ' ');
  return h;
}

// A column is numeric when every cell that has a value is a number.
bool IsNumeric(const ResultTable& t, std::size_t col) {
  bool any = false;
  for (const auto& row : t.rows) {
    if (std::holds_alternative<std::monostate>(row[col])) continue;
    if (!std::holds_alternative<long long>(row[col])) return false;
    any = true;
  }
  return any;
}

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void WriteString(JsonWriter& w, std::string_view s) {
  std::string clean = SanitizeUtf8(s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void WriteCell(JsonWriter& w, const Cell& cell) {
  if (std::holds_alternative<std::monostate>(cell)) w.Null();
  else if (auto* s = std::get_if<std::string>(&cell)) WriteString(w, *s);
  else if (auto* n = std::get_if<long long>(&cell)) w.Int64(*n);
  else if (auto* list = std::get_if<std::vector<std::string>>(&cell)) {
    w.StartArray();
    for (const auto& item : *list) WriteString(w, item);
    w.EndArray();
  } else if (auto* counts = std::get_if<Counts>(&cell)) {
    w.StartObject();
    for (const auto& [name, n] : *counts) {
      WriteString(w, name);
      w.Int64(n);
    }
    w.EndObject();
  }
}

std::string CsvField(const std::string& text) {
  bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::Table;
  if (name == "csv") return OutputFormat::Csv;
  if (name == "json") return OutputFormat::Json;
  if (name == "markdown" || name == "md") return OutputFormat::Markdown;
  return std::nullopt;
}

std::vector<std::string> OutputFormatNames() { return {"table", "csv", "json", "markdown"}; }

std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0, i = 0;
  while (i < text.size()) {
    uint32_t cp = 0;
    std::size_t n = DecodeUtf8(text, i, cp);
    if (n == 0) n = 1, cp = 0xFFFD;
    width += CodePointWidth(cp);
    i += n;
  }
  return width;
}

std::string CellText(const Cell& cell) {
  if (auto* s = std::get_if<std::string>(&cell)) return *s;
  if (auto* n = std::get_if<long long>(&cell)) return std::to_string(*n);
  std::string out;
  if (auto* list = std::get_if<std::vector<std::string>>(&cell))
    for (const auto& item : *list) out += (out.empty() ? "" : "; ") + item;
  if (auto* counts = std::get_if<Counts>(&cell))
    for (const auto& [name, n] : *counts) out += (out.empty() ? "" : "; ") + name + "=" + std::to_string(n);
  return out;
}

void WriteJsonArray(const ResultTable& table, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartArray();
  for (const auto& row : table.rows) {
    w.StartObject();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      WriteString(w, table.columns[c].key);
      WriteCell(w, row[c]);
    }
    w.EndObject();
  }
  w.EndArray();
  out << "\n";
}

void WriteCsv(const ResultTable& table, std::ostream& out) {
  // RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or
  // line breaks in double quotes.
  for (std::size_t c = 0; c < table.columns.size(); ++c) out << (c ? "," : "") << CsvField(table.columns[c].key);
  out << "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < table.columns.size(); ++c)
      out << (c ? "," : "") << CsvField(SanitizeUtf8(CellText(row[c])));
    out << "\r\n";
  }
}

std::string MarkdownEscape(std::string_view text) {
  std::string out;
  for (char c : OneLine(text)) {
    if (c == '|' || c == '\\' || c == '<' || c == '*' || c == '`') out += '\\';  // '_' inside words is literal
    out += c;
  }
  return out;
}

void WriteMarkdown(const ResultTable& table, std::ostream& out) {
  std::vector<std::size_t> shown;
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    if (table.columns[c].use != ColumnUse::Hidden) shown.push_back(c);
  out << "|";
  for (std::size_t c : shown) out << " " << MarkdownEscape(table.columns[c].key) << " |";
  out << "\n|";
  for (std::size_t c : shown) out << (IsNumeric(table, c) ? " ---: |" : " --- |");
  out << "\n";
  for (const auto& row : table.rows) {
    out << "|";
    for (std::size_t c : shown) out << " " << MarkdownEscape(CellText(row[c])) << " |";
    out << "\n";
  }
}

void WriteTerminalTable(const ResultTable& table, std::ostream& out) {
  std::vector<std::size_t> shown, notes;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c].use == ColumnUse::Column) shown.push_back(c);
    if (table.columns[c].use == ColumnUse::Note) notes.push_back(c);
  }
  // The texts as printed, cut to the cell width except in the last column.
  std::vector<std::vector<std::string>> texts(table.rows.size());
  std::vector<std::size_t> width(shown.size());
  std::vector<bool> numeric(shown.size());
  for (std::size_t i = 0; i < shown.size(); ++i) {
    width[i] = DisplayWidth(Header(table.columns[shown[i]].key));
    numeric[i] = IsNumeric(table, shown[i]);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t i = 0; i < shown.size(); ++i) {
      std::string text = OneLine(CellText(table.rows[r][shown[i]]));
      if (i + 1 < shown.size()) text = Cut(text, kTableCellWidth);
      width[i] = std::max(width[i], DisplayWidth(text));
      texts[r].push_back(std::move(text));
    }
  auto print_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      std::string pad(width[i] - DisplayWidth(cells[i]), ' ');
      if (i) line += "  ";
      if (numeric[i]) line += pad + cells[i];
      else line += cells[i] + (i + 1 < cells.size() ? pad : "");
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  };
  std::vector<std::string> header, rule;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    header.push_back(Header(table.columns[shown[i]].key));
    rule.push_back(std::string(width[i], '-'));
  }
  print_line(header);
  print_line(rule);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    print_line(texts[r]);
    for (std::size_t c : notes) {
      std::string note = OneLine(CellText(table.rows[r][c]));
      if (!note.empty()) out << "    " << note << "\n";
    }
  }
  if (table.rows.empty()) out << "(no rows)\n";
}

void WriteResult(const ResultTable& table, OutputFormat format, std::ostream& out) {
  switch (format) {
    case OutputFormat::Table: WriteTerminalTable(table, out); break;
    case OutputFormat::Csv: WriteCsv(table, out); break;
    case OutputFormat::Json: WriteJsonArray(table, out); break;
    case OutputFormat::Markdown: WriteMarkdown(table, out); break;
  }
}

}  // namespace pejabat
