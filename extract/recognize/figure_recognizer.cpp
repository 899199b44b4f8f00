#include "extract/recognize/figure_recognizer.h"

#include <charconv>

#include "extract/lexicon.h"
#include "extract/recognize/token_scan.h"

namespace pejabat {
namespace {

constexpr std::size_t kScoreWindow = 16;  // tokens from an indicator to its value
constexpr std::size_t kCountWindow = 10;  // tokens from a count back to its number

std::optional<int> Year(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 1990 || v > 2100) return std::nullopt;
  return v;
}

// "82,45" and "82.45" are decimals; for a count, "1.250" groups thousands.
std::optional<double> ParseNumber(std::string_view s, bool count) {
  std::string digits;
  for (char c : s) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c == ',' || c == '.') digits += count ? '\0' : '.';
    else return std::nullopt;
  }
  std::erase(digits, '\0');
  double v = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || p != digits.data() + digits.size()) return std::nullopt;
  return v;
}

// Not a date ("24/7", "5 Maret"), not a year.
bool IsValueToken(const Document& doc, const Lexicon& lx, std::size_t i) {
  if (doc.tokens[i].kind != TokenKind::Number) return false;
  std::string_view t = doc.TokenText(i);
  if (t.find('/') != std::string_view::npos || Year(t)) return false;
  return i + 1 >= doc.size() || !lx.Word(doc, i + 1).month;
}

}  // namespace

std::vector<FigureMention> RecognizeFigures(const Document& doc, const Lexicon& lx) {
  std::vector<FigureMention> out;
  auto seen = [&](const FigureMention& f) {
    for (const auto& o : out)
      if (lx.indicator_entries[o.indicator].indicator == lx.indicator_entries[f.indicator].indicator &&
          o.value == f.value)
        return true;
    return false;
  };
  // The figure an indicator at token i of sentence s names, if any.
  auto read = [&](const Sentence& s, std::size_t i) {
    auto hit = lx.indicators.MatchAt(doc, i, s.end_token);
    if (!hit) return;
    const IndicatorEntry& entry = lx.indicator_entries[hit->value];
    FigureMention f;
    f.indicator = hit->value;
    std::size_t after = i + hit->length;
    if (entry.count) {
      for (std::size_t k = i; k > s.first_token && i - k < kCountWindow; --k) {
        // A count of people: "97 pegawai", "112 aparatur", "112 agen perubahan".
        if (!IsValueToken(doc, lx, k - 1) || !lx.figure_people.count(doc.Folded(k))) continue;
        f.first = static_cast<uint32_t>(k - 1);
        f.value = std::string(doc.TokenText(k - 1));
        f.number = ParseNumber(f.value, true);
        break;
      }
      if (f.value.empty()) return;
      f.end = static_cast<uint32_t>(after);
    } else {
      f.first = static_cast<uint32_t>(i);
      std::size_t k = after;
      for (; k < s.end_token && k - after < kScoreWindow; ++k) {
        if (k > after && lx.indicators.MatchAt(doc, k, s.end_token)) break;  // the next indicator's value
        if (auto y = Year(doc.TokenText(k)); y && doc.tokens[k].kind == TokenKind::Number) f.year = *y;
        if (IsValueToken(doc, lx, k)) break;
      }
      if (k >= s.end_token || k - after >= kScoreWindow || !IsValueToken(doc, lx, k)) return;
      f.value = std::string(doc.TokenText(k));
      f.number = ParseNumber(f.value, false);
      std::size_t end = k + 1;
      // "dengan kategori B", "predikat \"BB\"", "(B)"
      for (std::size_t g = end; g < s.end_token && g < end + 5; ++g) {
        std::string_view t = doc.TokenText(g);
        if (lx.grades.count(std::string(t)) && g > end &&
            (lx.grade_cues.count(doc.Folded(g - 1)) || doc.tokens[g - 1].kind == TokenKind::Quote ||
             t == "(" || doc.TokenText(g - 1) == "(")) {
          f.category = std::string(t);
          end = g + 1;
          break;
        }
      }
      f.end = static_cast<uint32_t>(end);
    }
    if (!f.number || seen(f)) return;
    out.push_back(std::move(f));
  };
  // Nearly every token starts no indicator: its phrase bit says so, tested
  // for the whole text in one scan (NextStart), not sentence by sentence
  // (a scan for each sentence ended in a token-by-token tail each time),
  // and a token found is read in its sentence.
  if (doc.vocabulary == &lx.indicators.vocabulary()) {
    const uint32_t starts = lx.indicators.StartBit();
    const Token* const tokens = doc.tokens.data();
    const std::size_t n = doc.size();
    for (std::size_t i = NextStart(tokens, 0, n, starts); i < n; i = NextStart(tokens, i + 1, n, starts)) {
      if (tokens[i].sentence >= doc.sentences.size()) continue;
      const Sentence& s = doc.sentences[tokens[i].sentence];
      if (s.span.begin < doc.body.begin || i < s.first_token || i >= s.end_token) continue;  // the headline
      read(s, i);
    }
    return out;
  }
  for (const Sentence& s : doc.sentences) {
    if (s.span.begin < doc.body.begin) continue;  // the headline
    for (std::size_t i = s.first_token; i < s.end_token; ++i) read(s, i);
  }
  return out;
}

}  // namespace pejabat
