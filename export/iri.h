#pragma once
#include <string>
#include <string_view>

namespace pejabat {

// `base` checked and made ready for appending: it must be an absolute IRI
// (scheme ':' ...) without spaces, quotes or angle brackets; a '/' is added
// unless it ends in '/' or '#'. Throws std::invalid_argument otherwise: a
// relative base would make every node id relative, which jsonld.js's safe
// mode rejects and other readers resolve against wherever the file lies.
std::string NormalizeBaseIri(std::string_view base);

// A canonical key as an IRI path: unreserved characters and '/' kept, every
// other byte percent-encoded, so any key gives a valid, distinct IRI.
std::string IriPath(std::string_view key);
void AppendIriPath(std::string& out, std::string_view key);  // IriPath(key) added to `out`

}  // namespace pejabat
