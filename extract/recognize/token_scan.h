#pragma once
#include <cstddef>
#include <cstdint>

#include "extract/segment/token.h"

namespace pejabat {

// The first of tokens [i, n) that `stop` says yes to, or n. Recognizers pass
// over nearly every token so; eight tokens are tested together, one branch
// for eight, and a block with a stop in it is halved once before the tokens
// are tested one by one (a test and a branch each was five instructions a
// token in each recognizer's own loop; four a branch, three a token). `stop`
// reads the token alone and has no effects.
template <typename Stop>
inline std::size_t NextWhere(const Token* tokens, std::size_t i, std::size_t n, Stop stop) {
  for (; i + 8 <= n; i += 8) {
    const Token* t = tokens + i;
    if (stop(t[0]) | stop(t[1]) | stop(t[2]) | stop(t[3]) | stop(t[4]) | stop(t[5]) | stop(t[6]) | stop(t[7])) {
      if (!(stop(t[0]) | stop(t[1]) | stop(t[2]) | stop(t[3]))) i += 4;
      break;
    }
  }
  while (i < n && !stop(tokens[i])) ++i;
  return i;
}

// The first of tokens [i, n) with any of `bits` in its phrase_starts, or n.
inline std::size_t NextStart(const Token* tokens, std::size_t i, std::size_t n, uint32_t bits) {
  return NextWhere(tokens, i, n, [bits](const Token& t) { return (t.phrase_starts & bits) != 0; });
}

}  // namespace pejabat
