#pragma once
#include <cstddef>
#include <string>

namespace pejabat {

// Removes the internal subset ("[ <!ENTITY ...> ]") of every <!DOCTYPE> in a
// document. Entity declarations are how XML documents reach local files
// (<!ENTITY x SYSTEM "file:///etc/passwd">) or blow up memory (billion laughs);
// libxml2's HTML parser does not expand them, but it would keep the
// declarations as body text. Without the subset, the references (&x;) stay
// literal text. Returns how many subsets were removed; an unterminated one
// runs to the end of the document.
std::size_t StripDoctypeInternalSubsets(std::string& html);

}  // namespace pejabat
