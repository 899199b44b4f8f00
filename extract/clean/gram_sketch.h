#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pejabat {

// The kGram-byte strings that start at a capital letter (A-Z) in the lines
// added, one bit each in a table of 4,096 (picked by a hash, so two strings
// may share a bit). A string inside a line added has its capitals where the
// line has them: each of its capitals kGram bytes or more before its end
// starts a string the table holds. MayContain asks for the strings at the
// needle's first two such capitals; when one is missing, no line added holds
// the needle.
//
// The cleaner asks this before searching every longer line for a line (most
// articles repeat none). Indexing every 8-byte window cost more than the
// searches (+4.2M instructions per 1k articles); samples every 16 bytes
// needed 16 questions a line, one per place the line may start in a sample
// (CleanArticle 23.8M, against 22.0M with capitals). A news paragraph has a
// capital about every 20 bytes, a line nearly always one among its first.
class GramSketch {
 public:
  static constexpr std::size_t kGram = 16;

  void Add(std::string_view line);
  // False when `needle` is inside no line added since the last Clear; true
  // when it may be (always for a needle without a capital kGram bytes or
  // more before its end).
  bool MayContain(std::string_view needle) const;
  void Clear();

 private:
  // An article adds about 120 strings: with 16,384 bits, clearing the table
  // cost more than the searches that fewer shared bits spared.
  static constexpr std::size_t kBits = 1 << 12;
  void Set(const char* gram);
  bool Has(const char* gram) const;

  std::array<uint64_t, kBits / 64> words_{};
  bool empty_ = true;
};

}  // namespace pejabat
