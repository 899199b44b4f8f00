#pragma once
#include <string>
#include <string_view>

#include "export/output_buffer.h"

namespace pejabat {

// Escapes text for XML 1.0 element content, and drops what XML 1.0 cannot
// carry at all (C0 controls other than tab/newline/CR, U+FFFE, U+FFFF), which
// otherwise makes every reader reject the file. Invalid UTF-8 becomes U+FFFD.
// '>' is escaped too, so "]]>" never appears in the output.
std::string XmlEscape(std::string_view text);

// The same for attribute values, where a reader would normalize a raw tab or
// newline to a space: those become character references.
std::string XmlEscapeAttribute(std::string_view text);

// XmlEscape / XmlEscapeAttribute written straight into `out`, for the writers
// that stream a whole graph: no string per value.
void AppendXmlEscaped(OutputBuffer& out, std::string_view text);
void AppendXmlEscapedAttribute(OutputBuffer& out, std::string_view text);

}  // namespace pejabat
