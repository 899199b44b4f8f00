#pragma once
#include <cstddef>
#include <filesystem>
#include <functional>
#include <ostream>

namespace pejabat {

// Writes a file all-or-nothing: into "<name>.tmp.<pid>.<n>" in the same folder,
// flushed to disk, then renamed over the target. A run killed part-way leaves
// the previous file intact; a writer that throws leaves no temporary behind.
// A run killed with SIGKILL can leave its temporary file (nothing can remove
// it then): the next write of the same target removes such leftovers whose
// process is gone (RemoveStaleTemporaries). Throws std::runtime_error naming
// the file when it cannot be written.
void WriteFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

// Removes "<target name>.tmp.<pid>[.<n>]" files next to `target` left by
// processes that no longer run (a live pejabat writing the same folder keeps
// its own). Returns how many were removed.
std::size_t RemoveStaleTemporaries(const std::filesystem::path& target);

}  // namespace pejabat
