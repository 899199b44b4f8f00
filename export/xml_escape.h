#pragma once
#include <string>
#include <string_view>

namespace pejabat {

// Escapes text for XML 1.0 element content and attribute values, and drops what
// XML 1.0 cannot carry at all (C0 controls other than tab/newline/CR, U+FFFE,
// U+FFFF, invalid UTF-8), which otherwise makes every reader reject the file.
std::string XmlEscape(std::string_view text);

}  // namespace pejabat
