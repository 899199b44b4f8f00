#pragma once
#include <string_view>

namespace pejabat {

// The declared type of each attribute, for writers that type their keys
// (GraphML `attr.type`, JSON-LD literals). Values are stored as text.
enum class AttributeType { String, Int, Double, Boolean };

AttributeType AttributeTypeOf(std::string_view name);

}  // namespace pejabat
