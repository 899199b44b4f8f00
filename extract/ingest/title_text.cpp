#include "extract/ingest/title_text.h"

#include "extract/ingest/input_limits.h"
#include "extract/text_util.h"

namespace pejabat {

std::string MakeTitle(std::string_view line) {
  // Collapse only a bounded prefix: the title of a 16 MiB line needs its start.
  const std::size_t prefix = kMaxTitleBytes * 4;
  std::string title = CollapseSpaces(line.substr(0, prefix));
  bool more = line.size() > prefix && line.find_first_not_of(" \t\r\n\f\v", prefix) != std::string_view::npos;
  if (title.size() <= kMaxTitleBytes) return more ? title + "…" : title;
  std::size_t cut = kMaxTitleBytes;
  while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  std::size_t space = title.rfind(' ', cut);
  if (space != std::string::npos && space > kMaxTitleBytes / 2) cut = space;
  title.resize(cut);
  return title + "…";
}

}  // namespace pejabat
