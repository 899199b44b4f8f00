#include "cli/pipeline.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "extract/ingest/html_reader.h"
#include "extract/ingest/jsonl_reader.h"
#include "extract/ingest/text_reader.h"

namespace pejabat {
namespace fs = std::filesystem;

std::string SourceName(const std::string& path, const std::vector<std::string>& roots) {
  fs::path p(path);
  for (const auto& root : roots) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) continue;
    fs::path rel = p.lexically_relative(fs::path(root));
    if (!rel.empty() && rel.native()[0] != '.') return rel.generic_string();
  }
  return p.filename().string();
}

void Pipeline::Report(const InputIssue& issue, PipelineReport& report) const {
  std::cerr << "pejabat: " << issue.where << ": " << issue.reason << (issue.fatal ? " (skipped)" : "") << "\n";
  if (issue.fatal) ++report.failed;
  else ++report.warnings;
  if (options_.strict) throw std::runtime_error(issue.where + ": " + issue.reason + " (--strict)");
}

PipelineReport Pipeline::Run(const InputList& inputs, const std::vector<std::string>& roots, const Sink& sink) {
  PipelineReport report;
  report.ignored = inputs.ignored;
  for (const auto& issue : inputs.issues) Report(issue, report);
  auto deliver = [&](RawArticle&& article) {
    sink(extractor_.Extract(article));
    ++report.articles;
  };
  for (const auto& file : inputs.files) {
    ++report.files;
    if (file.format == InputFormat::JsonLines) {
      std::ifstream stream;
      std::istream* in = &std::cin;
      if (file.path != "-") {
        stream.open(file.path, std::ios::binary);
        if (!stream) {
          Report({file.path, "cannot open for reading", true}, report);
          continue;
        }
        in = &stream;
      }
      JsonlReader reader(*in, file.path == "-" ? "<stdin>" : file.path);
      RawArticle article;
      std::vector<InputIssue> issues;
      while (reader.Next(article, issues)) {
        for (const auto& issue : issues) Report(issue, report);
        issues.clear();
        deliver(std::move(article));
        article = RawArticle{};
      }
      for (const auto& issue : issues) Report(issue, report);
      continue;
    }
    std::ifstream in(file.path, std::ios::binary);
    if (!in) {
      Report({file.path, "cannot open for reading", true}, report);
      continue;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string bytes = buffer.str();
    if (bytes.empty()) {
      Report({file.path, "empty file", true}, report);
      continue;
    }
    std::string source = SourceName(file.path, roots);
    ReadResult result = file.format == InputFormat::Html ? ReadHtmlArticle(bytes, source, file.path)
                                                         : ReadTextArticle(bytes, source, file.path);
    for (const auto& issue : result.issues) Report(issue, report);
    for (auto& article : result.articles) deliver(std::move(article));
  }
  return report;
}

}  // namespace pejabat
