#pragma once
#include <string_view>

namespace pejabat {

// The XML Schema datatype a date string really is, for typed RDF literals:
// "2024-03-05" is an xsd:date, but "--07-24" (no year known) is an
// xsd:gMonthDay, "2024-03" an xsd:gYearMonth, "2024" an xsd:gYear. Returns
// nullptr for anything else (a plain literal), including impossible dates
// such as 2023-02-30.
const char* XsdDateType(std::string_view value);

}  // namespace pejabat
