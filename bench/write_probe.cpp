// write-probe: how fast this machine takes the exports' bytes, written the
// way `pejabat build` writes them (WriteFileAtomically: written behind, out
// of the page cache, fsync'd, renamed), with no graph behind them. bench/run
// prints it beside the build times: when the writers of a large build take
// longer than these bytes at this speed, the disk is not what holds them.
// Prints "name<TAB>value" lines, then removes its files.
#include <CLI/CLI.hpp>

#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "export/atomic_file.h"

namespace {

double Seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; }

// Bytes no file system or virtual disk can compress or deduplicate: each
// 1 MiB block is a new xorshift stream.
void WriteNoise(std::ostream& out, std::uint64_t bytes, std::uint64_t seed) {
  std::vector<std::uint64_t> block((std::size_t{1} << 20) / sizeof(std::uint64_t));
  std::uint64_t x = 0x9E3779B97F4A7C15ull ^ seed;
  for (std::uint64_t done = 0; done < bytes && out;) {
    for (auto& word : block) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      word = x;
    }
    const auto n = std::min<std::uint64_t>(bytes - done, block.size() * sizeof(std::uint64_t));
    out.write(reinterpret_cast<const char*>(block.data()), static_cast<std::streamsize>(n));
    done += n;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"write-probe: the disk's speed for exports, written as pejabat build writes them"};
  std::string dir;
  unsigned files = 2;
  double gb = 8;
  app.add_option("dir", dir, "Folder to write in (on the disk the exports go to)")->required();
  app.add_option("--files", files, "Files written at once, one thread each (build writes two at a time)");
  app.add_option("--gb", gb, "GB per file");
  CLI11_PARSE(app, argc, argv);
  try {
    const auto bytes = static_cast<std::uint64_t>(gb * 1e9);
    std::vector<std::filesystem::path> paths;
    for (unsigned i = 0; i < files; ++i) paths.push_back(std::filesystem::path(dir) / ("write-probe." + std::to_string(i)));
    std::vector<std::string> failures(files);
    const auto start = std::chrono::steady_clock::now();
    {
      std::vector<std::jthread> writers;
      for (unsigned i = 0; i < files; ++i)
        writers.emplace_back([&, i] {
          try {
            pejabat::WriteFileAtomically(paths[i], [&](std::ostream& out) { WriteNoise(out, bytes, i); });
          } catch (const std::exception& e) {
            failures[i] = e.what();  // a full disk: reported below, after the other writers
          }
        });
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    for (const auto& path : paths) std::filesystem::remove(path);
    for (const auto& failure : failures)
      if (!failure.empty()) throw std::runtime_error(failure);
    std::cout << "files\t" << files << "\nbytes\t" << static_cast<double>(bytes) * files << "\nseconds\t" << seconds
              << "\nmb_per_s\t" << static_cast<double>(bytes) * files / 1e6 / seconds << "\nuser_s\t"
              << Seconds(usage.ru_utime) << "\nsystem_s\t" << Seconds(usage.ru_stime) << "\n";
  } catch (const std::exception& e) {
    std::cerr << "write-probe: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
