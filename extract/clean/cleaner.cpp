#include "extract/clean/cleaner.h"

#include <algorithm>
#include <array>

#include "extract/clean/dateline.h"
#include "extract/clean/gram_sketch.h"
#include "extract/lexicon.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

constexpr std::size_t kDatelineSearchLines = 12;

struct Line {
  std::size_t begin, end;  // without the newline
  bool dropped = false;
  bool may_repeat = false;  // may be inside a longer line (GramSketch)
};

// The lines of `text` into `lines`, a buffer kept by the thread (its
// allocation and release per article were 0.2M instructions per 1k).
void SplitLines(const std::string& text, std::vector<Line>& lines) {
  lines.clear();
  // Room for lines of 40 bytes on average (paragraphs alternate with blank
  // lines): one allocation where growing took seven for a news text.
  lines.reserve(text.size() / 40 + 4);
  std::size_t start = 0;
  while (start <= text.size()) {
    // An empty line, every other line of a news text, needs no search.
    std::size_t end = start < text.size() && text[start] == '\n' ? start : text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back({start, end});
    if (end == text.size()) break;
    start = end + 1;
  }
}

// TrimView, called only for a line that starts or ends with white space:
// most lines do neither, and TrimView is out of line, about 48 instructions a
// call over some 60,000 calls (CleanArticle went from 26.3M to 25.5M
// instructions per 1k articles).
std::string_view Trimmed(std::string_view s) {
  if (s.empty() || (!IsAsciiSpace(s.front()) && !IsAsciiSpace(s.back()))) return s;
  return TrimView(s);
}

// The line without list bullets, dashes and surrounding space: "- Advertisement -" -> "Advertisement".
std::string_view Core(std::string_view line) {
  std::size_t b = 0, e = line.size();
  // By a table of the seven bytes: seven comparisons a byte before.
  static constexpr std::array<bool, 256> kJunk = [] {
    std::array<bool, 256> junk{};
    for (unsigned char c : {' ', '\t', '\r', '-', '*', '>', '|'}) junk[c] = true;
    return junk;
  }();
  auto junk = [](char c) { return kJunk[static_cast<unsigned char>(c)]; };
  while (b < e && junk(line[b])) ++b;
  while (e > b && junk(line[e - 1])) --e;
  // Also the UTF-8 bullet and dashes, all led by 0xE2: looked for only after
  // one (three comparisons a line were 0.1M instructions per 1k articles).
  std::string_view rest = line.substr(b, e - b);
  if (!rest.empty() && rest[0] == '\xE2')
    for (std::string_view lead : {"\xE2\x80\xA2 ", "\xE2\x80\x93 ", "\xE2\x80\x94 "})
      if (rest.substr(0, lead.size()) == lead) rest.remove_prefix(lead.size());
  return Trimmed(rest);
}

// Whether `core` with its ASCII capitals in small letters starts with
// `folded` (a rule's pattern). Folding while comparing: most comparisons
// fail within a few bytes, and folding a copy of every line first was a
// fifth of the cleaner's instructions.
bool FoldedStartsWith(std::string_view core, std::string_view folded) {
  if (core.size() < folded.size()) return false;
  for (std::size_t k = 0; k < folded.size(); ++k)
    if (FoldAscii(core[k]) != folded[k]) return false;
  return true;
}

// "Balai Kota Padang. (ANTARA SUMBAR/MR Andi Pratama)": a short line that ends
// with a credit in parentheses holding a slash.
bool IsCaption(std::string_view line) {
  std::string_view t = Trimmed(line);
  if (t.size() > 300 || t.empty() || t.back() != ')') return false;
  std::size_t open = t.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view inside = t.substr(open + 1, t.size() - open - 2);
  if (inside.find('/') == std::string_view::npos) return false;
  std::string folded = FoldCase(inside);
  return folded.find("antara") != std::string::npos || folded.find("foto") != std::string::npos ||
         folded.find("dok") != std::string::npos || folded.find("ist") == 0 ||
         inside.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos || t.size() < 160;
}

// Spaces over [begin, end), which lies in one line: a whole line, its
// dateline or its reporter code, never a line feed to keep. Filling runs
// between line feeds, found by a search from `begin`, cost a memchr call
// for each span (0.3M instructions per 1k articles).
void Blank(std::string& text, std::size_t begin, std::size_t end, std::vector<Span>& dropped) {
  if (end <= begin) return;
  std::fill(text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(end), ' ');
  dropped.push_back(Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
}

// "(ka)", "(BD)", "(*)", "(rel)" at the end of a paragraph: the reporter's code.
std::size_t ReporterCodeStart(std::string_view line) {
  std::size_t e = line.size();
  while (e > 0 && (line[e - 1] == ' ' || line[e - 1] == '\r')) --e;
  if (e < 3 || line[e - 1] != ')') return std::string_view::npos;
  std::size_t open = line.rfind('(', e - 1);
  if (open == std::string_view::npos || e - open - 2 > 6 || e - open - 2 == 0) return std::string_view::npos;
  for (std::size_t i = open + 1; i < e - 1; ++i)
    if (!(IsAsciiAlpha(line[i]) || line[i] == '*' || line[i] == '/' || line[i] == '-')) return std::string_view::npos;
  return open;
}

}  // namespace

CleanResult CleanArticle(std::string& text, const Lexicon& lexicon) {
  CleanResult result;
  // Room for the spans an article usually loses (its furniture, a dateline,
  // reporter codes): growing from none took three or four heap blocks.
  result.dropped.reserve(16);
  thread_local std::vector<Line> lines;
  SplitLines(text, lines);
  // A line's bytes, in the text by construction (substr's bounds check was
  // a comparison and a branch at each of some 200,000 calls per 1k articles).
  auto view = [&](const Line& l) { return std::string_view(text.data() + l.begin, l.end - l.begin); };

  std::size_t title_line = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!Trimmed(view(lines[i])).empty()) {
      title_line = i;
      break;
    }
  if (title_line == lines.size()) return result;
  result.title = Span{static_cast<uint32_t>(lines[title_line].begin), static_cast<uint32_t>(lines[title_line].end)};
  const std::string_view title_core = Core(view(lines[title_line]));

  // Boilerplate rules, captions and repeated headlines.
  bool rest = false;
  for (std::size_t i = title_line + 1; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (rest) {
      line.dropped = true;
      continue;
    }
    if (line.end == line.begin) continue;  // an empty line, every other one: no call
    const std::string_view core = Core(view(line));
    if (core.empty()) continue;
    // Only the rules starting with the line's first byte (a line of the body
    // was compared with every rule, most of them failing at the first byte).
    for (uint32_t r : lexicon.BoilerplateFor(static_cast<unsigned char>(FoldAscii(core[0])))) {
      const BoilerplateRule& rule = lexicon.boilerplate[r];
      bool hit = (rule.action != BoilerplateAction::Exact || core.size() == rule.pattern.size()) &&
                 FoldedStartsWith(core, rule.pattern);
      if (!hit) continue;
      line.dropped = true;
      if (rule.action == BoilerplateAction::Rest) rest = true;
      break;
    }
    // The headline again: compared folded, both sides (a folded copy of it cost an allocation).
    if (!line.dropped && ((core.size() == title_core.size() && EqualsFolded(core, title_core)) || IsCaption(view(line))))
      line.dropped = true;
  }

  // The dateline: everything between the headline and it is page furniture.
  // A file without a headline starts with its dateline ("Payakumbuh - Untuk …").
  std::size_t body_line = title_line + 1, seen = 0;
  if (auto d = ParseDateline(view(lines[title_line]), lexicon.gazetteer)) {
    result.outlet = d->outlet;
    result.dateline_city = d->city;
    body_line = title_line;
    Blank(text, lines[title_line].begin, lines[title_line].begin + d->length, result.dropped);
    seen = kDatelineSearchLines;
  }
  for (std::size_t i = title_line + 1; i < lines.size() && seen < kDatelineSearchLines; ++i) {
    if (lines[i].dropped || Trimmed(view(lines[i])).empty()) continue;
    ++seen;
    if (auto d = ParseDateline(view(lines[i]), lexicon.gazetteer)) {
      result.outlet = d->outlet;
      result.dateline_city = d->city;
      for (std::size_t k = title_line + 1; k < i; ++k) lines[k].dropped = true;
      body_line = i;
      // The dateline itself is not body text.
      Blank(text, lines[i].begin, lines[i].begin + d->length, result.dropped);
      break;
    }
  }

  // A line repeated inside a longer line is a pull-quote or a teaser. Only
  // lines of 40 bytes and more take part (a repeated line has 40 without its
  // spaces, the longer one more): listing them first spares the pairs with
  // the blank and short lines, half of all lines.
  // Each line is looked for in the longer ones only: longest first, until
  // they are too short (half as many pairs again).
  thread_local std::vector<std::size_t> long_lines, longest_first;  // kept by the thread, as `lines`
  long_lines.clear();
  for (std::size_t i = body_line; i < lines.size(); ++i)
    if (!lines[i].dropped && lines[i].end - lines[i].begin >= 40) long_lines.push_back(i);
  longest_first = long_lines;
  std::sort(longest_first.begin(), longest_first.end(), [&](std::size_t x, std::size_t y) {
    return lines[x].end - lines[x].begin > lines[y].end - lines[y].begin;
  });
  // Only a line that the sketch of the longer lines may hold is searched for:
  // the sketch grows from the longest line down, each line asked before it
  // is added. A line with more than two bytes of white space around it is
  // searched for anyway: lines as long as itself may hold it, and they need
  // not be in the sketch yet.
  thread_local GramSketch sketch;
  for (std::size_t k = 0; k < longest_first.size(); ++k) {
    const std::string_view line = view(lines[longest_first[k]]);
    const std::string_view a = Trimmed(line);
    if (a.size() >= 40) lines[longest_first[k]].may_repeat = a.size() + 2 < line.size() || sketch.MayContain(a);
    // A shorter line holds no line searched for; after the last one, none is.
    if (line.size() > 42 && k + 1 < longest_first.size()) sketch.Add(line);
  }
  sketch.Clear();
  for (std::size_t i : long_lines) {
    if (lines[i].dropped || !lines[i].may_repeat) continue;  // may_repeat: 40 bytes or more, trimmed
    std::string_view a = Trimmed(view(lines[i]));
    for (std::size_t j : longest_first) {
      std::string_view b = view(lines[j]);
      if (b.size() <= a.size() + 2) break;
      if (i == j || lines[j].dropped) continue;
      if (b.find(a) != std::string_view::npos) {
        lines[i].dropped = true;
        break;
      }
    }
  }

  for (std::size_t i = title_line + 1; i < lines.size(); ++i) {
    if (lines[i].dropped) {
      Blank(text, lines[i].begin, lines[i].end, result.dropped);
      continue;
    }
    std::size_t code = ReporterCodeStart(view(lines[i]));
    if (code != std::string_view::npos) Blank(text, lines[i].begin + code, lines[i].end, result.dropped);
  }

  std::size_t body_begin = body_line < lines.size() ? lines[body_line].begin : text.size();
  // The body ends with its last line kept that is not blank: looked for from the end.
  std::size_t body_end = body_begin;
  for (std::size_t i = lines.size(); i-- > body_line;)
    if (!lines[i].dropped && !Trimmed(view(lines[i])).empty()) {
      body_end = lines[i].end;
      break;
    }
  result.body = Span{static_cast<uint32_t>(body_begin), static_cast<uint32_t>(body_end)};
  return result;
}

}  // namespace pejabat
