#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace pejabat {

// Says whether the bytes of an input are a binary file rather than text, and
// what kind: "PDF document", "PNG image", ..., or "" when only the share of
// control bytes gives it away ("only NUL bytes" for a file of NULs). Empty when the bytes look like text
// (UTF-16 and UTF-32 included, whose NUL bytes are part of the encoding).
// Trailing NUL padding (a file preallocated, then cut short by a crash) is not
// counted, so a damaged article is still read and repaired.
// Returns nullopt for text.
std::optional<std::string> DescribeBinary(std::string_view bytes);

// The one-line reason for refusing it: "binary file (PDF document), not HTML";
// `expected` names what the input should have been ("text", "HTML", ...).
std::string NotTextReason(const std::string& kind, const std::string& expected);

inline bool LooksBinary(std::string_view bytes) { return DescribeBinary(bytes).has_value(); }

// True when the bytes look like UTF-16 without a byte order mark: most code
// units of ASCII text then have one NUL byte, always on the same side.
// `little_endian` says which side.
bool LooksLikeUtf16WithoutBom(std::string_view bytes, bool& little_endian);

}  // namespace pejabat
