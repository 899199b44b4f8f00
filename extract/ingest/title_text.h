#pragma once
#include <string>
#include <string_view>

namespace pejabat {

// An article's title for labels: white space collapsed and, past
// kMaxTitleBytes, cut at a word boundary (never inside a UTF-8 character) with
// "…". A text whose first line is megabytes long still gets a usable label.
std::string MakeTitle(std::string_view line);

}  // namespace pejabat
