#include "graph/text_order.h"

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "graph/in_parallel.h"

namespace pejabat {
namespace {

// Sorting node keys, for GraphBuilder::Build. Comparing two InternedTexts
// reads both from the arena, at places unrelated to each other and to the
// last comparison: with millions of keys nearly every comparison missed the
// cache, n log n times (0.84 s of Build's 1.9 s at 100k articles, worse per
// key at 1M).
// Instead the keys' next 7 bytes are sorted as numbers, in a contiguous array,
// and only keys whose bytes so far are equal go deeper: a most-significant-
// digit radix sort with 7-byte digits, each level sorted by std::sort. A key
// is read once per digit it shares with another key, not once per comparison.
constexpr std::size_t kDigitBytes = 7;
constexpr std::size_t kMaxDigitDepth = 64 * kDigitBytes;  // bounds the recursion

struct TextDigit {
  // The text's next 7 bytes, big-endian so that numbers order like bytes and
  // zero-padded, then in the low byte how many there were (8: more follow):
  // of two texts with the same bytes the shorter is a prefix, and sorts first.
  uint64_t digit;
  InternedText text;
  uint32_t index;  // the text's index in PlacesInTextOrder's input (a node number)
};

void LoadDigits(std::span<TextDigit> part, std::size_t depth) {
  // Looking a batch of texts up before reading any lets their cache misses overlap.
  constexpr std::size_t kBatch = 32;
  std::string_view views[kBatch];
  for (std::size_t batch = 0; batch < part.size(); batch += kBatch) {
    const std::size_t count = std::min(kBatch, part.size() - batch);
    for (std::size_t k = 0; k < count; ++k) views[k] = part[batch + k].text.view();
    for (std::size_t k = 0; k < count; ++k) {
      const std::string_view rest = views[k].substr(depth);
      uint64_t digit = 0;
      for (std::size_t i = 0; i < kDigitBytes; ++i)
        digit = digit << 8 | (i < rest.size() ? static_cast<uint8_t>(rest[i]) : 0);
      part[batch + k].digit = digit << 8 | std::min(rest.size(), kDigitBytes + 1);
    }
  }
}

bool ByDigit(const TextDigit& a, const TextDigit& b) { return a.digit < b.digit; }

void SortTexts(std::span<TextDigit> part, std::size_t depth);

// In `part`, sorted by its digits at `depth`, sorts each run of texts with
// equal digits (and more bytes) by the bytes after them.
void SortRunsDeeper(std::span<TextDigit> part, std::size_t depth) {
  for (auto run = part.begin(); run != part.end();) {
    const auto next = std::find_if(run + 1, part.end(), [&](const TextDigit& t) { return t.digit != run->digit; });
    if ((run->digit & 0xFF) > kDigitBytes && next - run > 1) SortTexts({run, next}, depth + kDigitBytes);
    run = next;
  }
}

// Sorts `part`, whose texts have the same first `depth` bytes (and more, past depth 0).
void SortTexts(std::span<TextDigit> part, std::size_t depth) {
  if (depth >= kMaxDigitDepth) {  // texts that long and that alike are rare: compare them whole
    std::sort(part.begin(), part.end(), [](const TextDigit& a, const TextDigit& b) { return a.text < b.text; });
    return;
  }
  LoadDigits(part, depth);
  std::sort(part.begin(), part.end(), ByDigit);
  SortRunsDeeper(part, depth);
}

// SortTexts from the first byte, on two threads (InParallel): each half
// sorted by its first digit, the halves merged, then the runs of equal
// digits sorted deeper, up to half the texts on one thread and the rest on
// the other.
void SortTextsInParallel(std::span<TextDigit> all) {
  if (all.size() < kInParallelMinItems) {
    SortTexts(all, 0);
    return;
  }
  const std::size_t half = all.size() / 2;
  const std::span<TextDigit> front = all.first(half), back = all.subspan(half);
  auto sort_part = [](std::span<TextDigit> part) {
    LoadDigits(part, 0);
    std::sort(part.begin(), part.end(), ByDigit);
  };
  InParallel(all.size(), [&] { sort_part(front); }, [&] { sort_part(back); });
  std::inplace_merge(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(half), all.end(), ByDigit);
  const std::size_t middle =
      MiddleRunBoundary(all.size(), [&](std::size_t a, std::size_t b) { return all[a].digit == all[b].digit; });
  InParallel(all.size(), [&] { SortRunsDeeper(all.first(middle), 0); },
             [&] { SortRunsDeeper(all.subspan(middle), 0); });
}

}  // namespace

std::vector<uint32_t> PlacesInTextOrder(std::span<const InternedText> texts) {
  std::vector<TextDigit> digits(texts.size());
  for (uint32_t i = 0; i < digits.size(); ++i) digits[i] = TextDigit{0, texts[i], i};
  SortTextsInParallel(digits);
  std::vector<uint32_t> place(texts.size());
  for (uint32_t i = 0; i < digits.size(); ++i) place[digits[i].index] = i;
  return place;
}

}  // namespace pejabat
