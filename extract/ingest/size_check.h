#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "extract/ingest/read_result.h"

namespace pejabat {

// False, with a fatal issue "too large: 52.4 MiB (the limit is 16 MiB)", when
// an input of `size` bytes is over kMaxArticleBytes.
bool CheckArticleSize(std::size_t size, const std::string& where, std::vector<InputIssue>& issues);

// "too large: 52.4 MiB (the limit is 16 MiB)".
std::string TooLargeReason(std::size_t size);

// False, with a fatal issue "article text too long: 3.2 MiB (the limit is
// 1 MiB)" last in `issues`, when decoded text is over kMaxArticleTextBytes.
bool CheckArticleText(std::size_t size, const std::string& where, std::vector<InputIssue>& issues);

}  // namespace pejabat
