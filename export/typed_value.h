#pragma once
#include <string>
#include <string_view>

#include "graph/attribute_schema.h"

namespace pejabat {

// Attribute values are stored as text; a writer that types them (GraphML
// attr.type, JSON-LD literals) must only claim a type every value parses as,
// or NetworkX, igraph and Gephi reject the file. These check one value.

// "-12": optional minus and digits, within a 32-bit int (Gephi's `int`).
bool ParsesAsInt(std::string_view value);
// A finite decimal number ("80.23", "1e3"); no nan/inf, no trailing text.
bool ParsesAsDouble(std::string_view value);
// true/false/1/0 in any case.
bool ParsesAsBoolean(std::string_view value);
bool ParsesAs(AttributeType type, std::string_view value);

// "true" or "false", for a value ParsesAsBoolean accepts.
std::string CanonicalBoolean(std::string_view value);

}  // namespace pejabat
