// gen-corpus: a deterministic synthetic corpus of Indonesian regional
// government news for pejabat's benchmarks. Same seed and count, same bytes.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "bench/gen_corpus/article_writer.h"
#include "bench/gen_corpus/lexicon_words.h"

#ifndef PEJABAT_LEXICON_DIR
#define PEJABAT_LEXICON_DIR "extract/lexicon"
#endif

namespace {
namespace fs = std::filesystem;
using namespace pejabat::bench;

void JsonString(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"gen-corpus: writes N synthetic articles (deterministic for a seed) as .txt files or JSON Lines"};
  std::size_t count = 1000;
  std::string out_dir, jsonl, lexicon = PEJABAT_LEXICON_DIR;
  CorpusOptions options;
  app.add_option("--count,-n", count, "Number of articles")->capture_default_str()->check(CLI::Range(1, 1000000));
  auto* dir_opt = app.add_option("--out,-o", out_dir, "Folder for .txt files (1,000 per subfolder)");
  app.add_option("--jsonl", jsonl, "One JSON Lines file instead of a folder")->excludes(dir_opt);
  app.add_option("--seed", options.seed, "Random seed")->capture_default_str();
  app.add_option("--reappear", options.reappear, "Share of people who recur across articles and cities (0..1)")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  app.add_option("--pool", options.pool, "Travelling resource persons shared by all cities")->capture_default_str()->check(CLI::Range(1, 10000000));
  app.add_option("--lexicon", lexicon, "Lexicon folder (regions.tsv is the gazetteer)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (out_dir.empty() == jsonl.empty()) {
    std::cerr << "gen-corpus: give exactly one of --out DIR or --jsonl FILE\n";
    return 2;
  }
  try {
    ArticleWriter writer(LoadRegions((fs::path(lexicon) / "regions.tsv").string()), PersonMaker(LexiconWords(lexicon)), options);
    std::size_t bytes = 0;
    if (!jsonl.empty()) {
      std::ofstream out(jsonl, std::ios::binary);
      if (!out) throw std::runtime_error(jsonl + ": cannot write");
      std::string line;
      for (std::size_t i = 0; i < count; ++i) {
        GeneratedArticle a = writer.Write(i);
        line.clear();
        line += "{\"id\":";
        JsonString(line, a.id);
        line += ",\"title\":";
        JsonString(line, a.title);
        line += ",\"date\":";
        JsonString(line, a.date);
        line += ",\"outlet\":";
        JsonString(line, a.outlet);
        line += ",\"url\":";
        JsonString(line, a.url);
        line += ",\"text\":";
        JsonString(line, a.body);
        line += "}\n";
        out << line;
        bytes += line.size();
      }
      if (!out.flush()) throw std::runtime_error(jsonl + ": write failed");
    } else {
      for (std::size_t i = 0; i < count; ++i) {
        char sub[32], name[32];
        std::snprintf(sub, sizeof sub, "%04zu", i / 1000);
        std::snprintf(name, sizeof name, "%07zu.txt", i);
        fs::path dir = fs::path(out_dir) / sub;
        if (i % 1000 == 0) fs::create_directories(dir);
        GeneratedArticle a = writer.Write(i);
        std::string text = a.title + "\n\n" + a.body;
        std::ofstream out(dir / name, std::ios::binary);
        out << text;
        if (!out.flush()) throw std::runtime_error((dir / name).string() + ": write failed");
        bytes += text.size();
      }
    }
    std::cerr << "gen-corpus: " << count << " articles, " << bytes << " bytes -> " << (jsonl.empty() ? out_dir : jsonl) << "\n";
  } catch (const std::exception& e) {
    std::cerr << "gen-corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
