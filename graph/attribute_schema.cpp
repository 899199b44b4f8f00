#include "graph/attribute_schema.h"

#include <string_view>

namespace pejabat {

AttributeType AttributeTypeOf(std::string_view name) {
  static constexpr std::string_view kInts[] = {"participants", "span_start", "span_end", "articles", "mentions"};
  static constexpr std::string_view kDoubles[] = {"number"};
  static constexpr std::string_view kBooleans[] = {"acting"};
  for (auto n : kInts)
    if (n == name) return AttributeType::Int;
  for (auto n : kDoubles)
    if (n == name) return AttributeType::Double;
  for (auto n : kBooleans)
    if (n == name) return AttributeType::Boolean;
  return AttributeType::String;
}

}  // namespace pejabat
