#pragma once
#include <cstddef>
#include <cstdint>

#include "extract/segment/token.h"

namespace pejabat {

// The first of tokens [i, n) that `stop` says yes to, or n. Recognizers pass
// over nearly every token so; four tokens are tested together, one branch for
// four (a test and a branch each was five instructions a token in each
// recognizer's own loop). `stop` reads the token alone and has no effects.
template <typename Stop>
inline std::size_t NextWhere(const Token* tokens, std::size_t i, std::size_t n, Stop stop) {
  for (; i + 4 <= n; i += 4)
    if (stop(tokens[i]) | stop(tokens[i + 1]) | stop(tokens[i + 2]) | stop(tokens[i + 3])) break;
  while (i < n && !stop(tokens[i])) ++i;
  return i;
}

// The first of tokens [i, n) with any of `bits` in its phrase_starts, or n.
inline std::size_t NextStart(const Token* tokens, std::size_t i, std::size_t n, uint32_t bits) {
  return NextWhere(tokens, i, n, [bits](const Token& t) { return (t.phrase_starts & bits) != 0; });
}

}  // namespace pejabat
