#include "bench/gen_corpus/region_table.h"

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace pejabat::bench {

std::vector<Region> LoadRegions(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open the gazetteer");
  std::map<std::string, std::string> provinces;
  std::vector<Region> regions;
  std::vector<std::string> province_of;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // "code level name province aliases"
      header = false;
      continue;
    }
    std::vector<std::string> cols;
    std::stringstream fields(line);
    std::string col;
    while (std::getline(fields, col, '\t')) cols.push_back(col);
    if (cols.size() < 3) continue;
    if (cols[1] == "province") {
      provinces[cols[0]] = cols[2];
    } else if (cols[1] == "city" || cols[1] == "regency") {
      regions.push_back(Region{cols[0], cols[1] == "city", cols[2], {}});
      province_of.push_back(cols.size() > 3 ? cols[3] : std::string());
    }
  }
  for (std::size_t i = 0; i < regions.size(); ++i) regions[i].province = provinces[province_of[i]];
  if (regions.empty()) throw std::runtime_error(path + ": no kota or kabupaten found");
  return regions;
}

}  // namespace pejabat::bench
