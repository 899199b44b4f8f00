#pragma once
#include <cstdint>
#include <vector>

namespace pejabat {

// One flag per token of a document: tokens blocked for a recognizer (inside
// an office or a role), or taken by names already found. Bytes, not
// std::vector<bool>: recognizers test a flag at nearly every token, and each
// test of a packed bit was a shift, a mask and a load of its word (the
// person recognizer spent 10.5M instructions per 1,000 articles on them).
using TokenMask = std::vector<uint8_t>;

}  // namespace pejabat
