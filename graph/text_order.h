#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "graph/interned_text.h"

namespace pejabat {

// Each text's place in byte order (std::string_view's <), by its index in
// `texts`, which must all differ: a most-significant-digit radix sort of
// 7-byte digits, on two threads from kInParallelMinItems texts.
std::vector<uint32_t> PlacesInTextOrder(std::span<const InternedText> texts);

}  // namespace pejabat
