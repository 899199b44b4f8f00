#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "export/drawing.h"

namespace pejabat {

// The formats pejabat renders (and checks --render against).
bool IsRenderFormat(std::string_view format);

// Builds the drawing with cgraph, lays it out with its engine and renders it
// in-process with gvc into dir/stem.FORMAT for each format (svg, png, pdf),
// each file written atomically. Throws std::runtime_error naming the file when
// Graphviz fails. Returns the paths written.
std::vector<std::filesystem::path> RenderDrawing(const Drawing& drawing, const std::filesystem::path& dir,
                                                 const std::string& stem, const std::vector<std::string>& formats);

}  // namespace pejabat
