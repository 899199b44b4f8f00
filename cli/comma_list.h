#pragma once
#include <string>
#include <vector>

namespace pejabat {

// "svg,png" -> {"svg", "png"}: the comma lists of --render; empty items dropped.
inline std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace pejabat
