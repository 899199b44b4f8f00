#pragma once
#include <filesystem>
#include <functional>
#include <ostream>

namespace pejabat {

// Writes a file all-or-nothing: into a temporary name in the same folder, then
// renamed over the target. A run killed part-way leaves the previous file intact.
// Throws std::runtime_error naming the file when it cannot be written.
void WriteFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

}  // namespace pejabat
