#pragma once
#include <string>
#include <vector>

namespace pejabat::bench {

struct Region {
  std::string code;      // kode wilayah, "13.75"
  bool is_city = false;  // kota (true) or kabupaten (false)
  std::string name;      // "Bukittinggi"
  std::string province;  // "Sumatera Barat"
};

// The kota and kabupaten of the gazetteer (extract/lexicon/regions.tsv), in file order.
// Throws std::runtime_error when the file cannot be read or lists none.
std::vector<Region> LoadRegions(const std::string& path);

}  // namespace pejabat::bench
