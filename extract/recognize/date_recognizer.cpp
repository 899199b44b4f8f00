#include "extract/recognize/date_recognizer.h"

#include <charconv>
#include <cstddef>
#include <cstring>

#include "extract/lexicon.h"
#include "extract/lexicon_table.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

std::optional<int> ToInt(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

int NormalizeYear(int y) { return y < 100 ? 2000 + y : y; }

// A word that does not start with a capital: the kind (Word is 0) and the
// capital flag side by side are two zero bytes, read and tested at once
// (most tokens are such words, and the date scan passes over them).
static_assert(offsetof(Token, upper) == offsetof(Token, kind) + 1 && static_cast<int>(TokenKind::Word) == 0);
bool IsLowerCaseWord(const Token& t) {
  uint16_t kind_and_upper;
  std::memcpy(&kind_and_upper, &t.kind, sizeof kind_and_upper);
  return kind_and_upper == 0;
}

bool IsText(const Document& doc, std::size_t i, std::string_view t) { return i < doc.size() && doc.TokenText(i) == t; }

// "24/7", "14/11/2018", "24/04": day/month[/year] in one number token.
bool ParseSlashDate(std::string_view s, DateMention& d) {
  std::vector<std::string> parts = SplitList(s, '/');
  if (parts.size() < 2 || parts.size() > 3) return false;
  auto day = ToInt(parts[0]), month = ToInt(parts[1]);
  if (!day || !month) return false;
  int year = 0;
  if (parts.size() == 3) {
    auto y = ToInt(parts[2]);
    if (!y || (parts[2].size() != 2 && parts[2].size() != 4)) return false;
    year = NormalizeYear(*y);
  }
  if (!ValidDate(year, *month, *day)) return false;
  d.day = *day;
  d.month = *month;
  d.year = year;
  return true;
}

std::optional<int> DayNumber(const Document& doc, std::size_t i) {
  if (i >= doc.size() || doc.tokens[i].kind != TokenKind::Number) return std::nullopt;
  auto v = ToInt(doc.TokenText(i));
  if (!v || *v < 1 || *v > 31) return std::nullopt;
  return v;
}

std::optional<int> YearNumber(const Document& doc, std::size_t i) {
  if (i >= doc.size() || doc.tokens[i].kind != TokenKind::Number) return std::nullopt;
  auto v = ToInt(doc.TokenText(i));
  if (!v || *v < 1900 || *v > 2100) return std::nullopt;
  return v;
}

// day [sampai|hingga|s.d.|-|–] [day] month [year], starting at token i.
bool MatchDayMonthYear(const Document& doc, const Lexicon& lx, std::size_t i, DateMention& d) {
  auto day = DayNumber(doc, i);
  if (!day) return false;
  std::size_t j = i + 1;
  int end_day = 0;
  if (j < doc.size()) {
    std::string_view f = doc.Folded(j);
    std::size_t skip = 0;
    if (f == "sampai" || f == "hingga" || f == "sd" || f == "s.d" || doc.tokens[j].kind == TokenKind::Dash) skip = 1;
    if (skip && DayNumber(doc, j + skip)) {
      end_day = *DayNumber(doc, j + skip);
      j += skip + 1;
      if (IsText(doc, j, ".")) ++j;
    }
  }
  int month = j < doc.size() ? lx.Word(doc, j).month : 0;
  if (!month) return false;
  std::size_t end = j + 1;
  if (IsText(doc, end, ".") && doc.Folded(j).size() <= 4) ++end;  // "Okt."
  int year = 0;
  if (auto y = YearNumber(doc, end)) {
    year = *y;
    ++end;
  }
  if (!ValidDate(year, month, *day)) return false;
  d.first = static_cast<uint32_t>(i);
  d.end = static_cast<uint32_t>(end);
  d.day = *day;
  d.month = month;
  d.year = year;
  if (end_day > *day) {
    d.end_day = end_day;
    d.end_month = month;
  }
  return true;
}

}  // namespace

bool ValidDate(int year, int month, int day) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  if (month == 2 && day == 29 && year != 0) return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return true;
}

int IsoWeekday(int y, int m, int d) {
  // Sakamoto's method gives 0 = Sunday.
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
  return w == 0 ? 7 : w;
}

std::vector<DateMention> RecognizeDates(const Document& doc, const Lexicon& lx) {
  std::vector<DateMention> out;
  const std::size_t n = doc.size();
  const Token* tokens = doc.tokens.data();
  const char* text = doc.text().data();
  const bool numbered = doc.vocabulary == lx.vocabulary.get();
  for (std::size_t i = 0; i < n; ++i) {
    // A date starts at a capitalized weekday, a "(" or a number; most tokens
    // are none of them and are passed over before anything is built for
    // them (asking every rule at every token, with a mention made and
    // dropped each time, was 40M of 813M instructions per 1,000 articles),
    // in one loop that reads each token once and, for a capitalized word
    // of a numbered document, its word facts by the token's number
    // (RecognizeDates 8.5M -> 6.8M instructions per 1k articles, callgrind).
    int weekday = 0;
    for (; i < n; ++i) {
      const Token& t = tokens[i];
      if (IsLowerCaseWord(t)) continue;
      if (t.kind == TokenKind::Word) {  // a capitalized one
        weekday = numbered ? lx.Facts(t.word).weekday : lx.Word(doc, i).weekday;
        if (weekday != 0) break;
      } else if (t.kind == TokenKind::Number || (t.kind == TokenKind::Punct && text[t.span.begin] == '(' && t.span.size() == 1)) {
        break;
      }
    }
    if (i >= n) break;
    const bool weekday_starts = weekday != 0;
    DateMention d;
    std::size_t start = i;
    if (weekday_starts) {
      d.weekday = std::string(doc.TokenText(i));
      d.weekday_iso = weekday;
      std::size_t j = i + 1;
      // weekday_paren: "Senin (24/7)"
      if (IsText(doc, j, "(") && j + 2 < n && doc.tokens[j + 1].kind == TokenKind::Number && IsText(doc, j + 2, ")") &&
          ParseSlashDate(doc.TokenText(j + 1), d)) {
        d.first = static_cast<uint32_t>(start);
        d.end = static_cast<uint32_t>(j + 3);
        out.push_back(d);
        i = j + 2;
        continue;
      }
      // weekday_comma: "Selasa, 5 Maret 2024" / "Selasa 5 Maret 2024"
      if (IsText(doc, j, ",")) ++j;
      if (MatchDayMonthYear(doc, lx, j, d)) {
        d.first = static_cast<uint32_t>(start);
        out.push_back(d);
        i = d.end - 1;
        continue;
      }
      // A weekday alone, closing a clause: "di Padang, Sabtu."
      if (i > 0 && IsText(doc, i - 1, ",")) {
        DateMention w;
        w.first = static_cast<uint32_t>(i);
        w.end = static_cast<uint32_t>(i + 1);
        w.weekday = d.weekday;
        w.weekday_iso = d.weekday_iso;
        out.push_back(w);
      }
      continue;
    }
    // "(24/04)" with no weekday before it.
    if (IsText(doc, i, "(") && i + 2 < n && doc.tokens[i + 1].kind == TokenKind::Number && IsText(doc, i + 2, ")") &&
        ParseSlashDate(doc.TokenText(i + 1), d)) {
      d.first = static_cast<uint32_t>(i);
      d.end = static_cast<uint32_t>(i + 3);
      out.push_back(d);
      i += 2;
      continue;
    }
    if (MatchDayMonthYear(doc, lx, i, d)) {
      out.push_back(d);
      i = d.end - 1;
    }
  }
  return out;
}

}  // namespace pejabat
