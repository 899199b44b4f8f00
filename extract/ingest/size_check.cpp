#include "extract/ingest/size_check.h"

#include <cstdio>

#include "extract/ingest/input_limits.h"

namespace pejabat {

std::string TooLargeReason(std::size_t size) {
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "too large: %.1f MiB (the limit is %zu MiB)", Mebibytes(size),
                kMaxArticleBytes >> 20);
  return buffer;
}

bool CheckArticleSize(std::size_t size, const std::string& where, std::vector<InputIssue>& issues) {
  if (size <= kMaxArticleBytes) return true;
  issues.push_back({where, TooLargeReason(size), true});
  return false;
}

bool CheckArticleText(std::size_t size, const std::string& where, std::vector<InputIssue>& issues) {
  if (size <= kMaxArticleTextBytes) return true;
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "article text too long: %.1f MiB (the limit is %zu MiB)", Mebibytes(size),
                kMaxArticleTextBytes >> 20);
  issues.push_back({where, buffer, true});
  return false;
}

}  // namespace pejabat
