#include "extract/lexicon_table.h"

#include <gtest/gtest.h>

#include <string>

namespace pejabat {
namespace {

struct TableCase {
  const char* name;
  std::string content;
  std::string error;  // a part of the LexiconError's message; "": none
};

std::ostream& operator<<(std::ostream& os, const TableCase& c) { return os << c.name; }

class LexiconTableTest : public ::testing::TestWithParam<TableCase> {};

// Two key columns (form, kind), two required (form, meaning).
TEST_P(LexiconTableTest, ValidatesEveryRow) {
  const TableCase& c = GetParam();
  try {
    LexiconTable t = LexiconTable::Parse(c.content, "t.tsv", {"form", "kind", "meaning"}, {"form", "kind"},
                                         {"form", "meaning"});
    EXPECT_EQ(c.error, "") << "no error";
    EXPECT_FALSE(t.rows().empty());
  } catch (const LexiconError& e) {
    EXPECT_NE(c.error, "") << e.what();
    EXPECT_NE(std::string(e.what()).find(c.error), std::string::npos) << e.what();
  }
}

const std::string kHead = "# comment\nform\tkind\tmeaning\n";

// Rows "w<i>\tk\tm" for i below n: keys that differ, enough of them to fill
// much of the table the keys seen are kept in.
std::string ManyRows(int n) {
  std::string rows;
  for (int i = 0; i < n; ++i) rows += "w" + std::to_string(i) + "\tk\tm\n";
  return rows;
}

const TableCase kCases[] = {
    {"Good", kHead + "Kadis\tx\tkepala dinas\n  \nKadis\ty\tkepala dinas\r\n", ""},
    {"KeyRepeatedInOtherCase", kHead + "Kadis\tx\ta\nKADIS\tX\tb\n", "t.tsv:4: duplicate entry 'kadis\tx'"},
    {"EmptyRequiredField", kHead + "Kadis\tx\ta\nSekda\tx\t \n", "t.tsv:4: empty required field 'meaning'"},
    {"EmptyFieldNotRequired", kHead + "Kadis\t\ta\n", ""},
    {"FieldMissing", kHead + "Kadis\tx\n", "t.tsv:3: expected 3 tab-separated fields, found 2"},
    {"WrongHeader", "form\tmeaning\n", "t.tsv:1: header must name the columns: form, kind, meaning"},
    // A key is its columns, not their bytes joined.
    {"KeyColumnsNotJoined", kHead + "ab\tc\ta\na\tbc\ta\n", ""},
    {"KeyWithAnEmptyColumn", kHead + "Kadis\t\ta\nKADIS\t\tb\n", "t.tsv:4: duplicate entry 'kadis'"},
    {"ManyKeys", kHead + ManyRows(500), ""},
    {"RepeatedAfterManyKeys", kHead + ManyRows(500) + "W7\tK\tlain", "t.tsv:503: duplicate entry 'w7\tk'"},
};

INSTANTIATE_TEST_SUITE_P(Table, LexiconTableTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pejabat
