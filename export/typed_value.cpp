#include "export/typed_value.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

namespace pejabat {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

bool ParsesAsInt(std::string_view v) {
  std::size_t i = (!v.empty() && v[0] == '-') ? 1 : 0;
  if (i == v.size() || v.size() - i > 10) return false;
  for (std::size_t k = i; k < v.size(); ++k)
    if (v[k] < '0' || v[k] > '9') return false;
  long long n = std::stoll(std::string(v));
  return n >= -2147483648LL && n <= 2147483647LL;
}

bool ParsesAsDouble(std::string_view v) {
  if (v.empty() || v.size() > 64) return false;
  for (char c : v)  // only plain decimal notation: no hex floats, no "inf"
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return false;
  std::string s(v);
  char* end = nullptr;
  errno = 0;
  double d = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size() && errno == 0 && std::isfinite(d);
}

bool ParsesAsBoolean(std::string_view v) {
  std::string l = Lower(v);
  return l == "true" || l == "false" || l == "1" || l == "0";
}

bool ParsesAs(AttributeType type, std::string_view v) {
  switch (type) {
    case AttributeType::Int: return ParsesAsInt(v);
    case AttributeType::Double: return ParsesAsDouble(v);
    case AttributeType::Boolean: return ParsesAsBoolean(v);
    case AttributeType::String: return true;
  }
  return true;
}

std::string CanonicalBoolean(std::string_view v) {
  std::string l = Lower(v);
  return (l == "true" || l == "1") ? "true" : "false";
}

}  // namespace pejabat
