#include "cli/extract_command.h"

#include <CLI/CLI.hpp>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <iostream>

#include "cli/exit_codes.h"
#include "cli/pipeline.h"
#include "extract/text_util.h"
#include "graph/code_point_index.h"

namespace pejabat {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

class FactsJson {
 public:
  FactsJson(const ArticleFacts& facts, JsonWriter& w) : f_(facts), w_(w), cps_(facts.text) {}

  void Write() {
    w_.StartObject();
    Str("source", f_.meta.source);
    Str("title", f_.meta.title);
    Str("outlet", f_.meta.outlet);
    Str("dateline", f_.meta.dateline_city);
    Str("city", f_.meta.city);
    Str("region_code", f_.meta.region_code);
    Array("persons", f_.persons, [&](const PersonEntity& p) {
      Str("key", p.key);
      Str("name", p.name);
      List("titles", p.titles);
      List("degrees", p.degrees);
      List("aliases", p.aliases);
      Mentions(p.mentions, p.name);
    });
    Array("organizations", f_.organizations, [&](const OrganizationEntity& o) {
      Str("key", o.key);
      Str("name", o.name);
      Str("type", o.type);
      if (o.parent) Str("parent", f_.organizations[*o.parent].key);
      Mentions(o.mentions, o.name);
    });
    Array("posts", f_.posts, [&](const PostEntity& p) {
      Str("key", p.key);
      Str("name", p.name);
      Str("role", p.role);
      Str("acting", p.acting);
      if (p.organization) Str("organization", f_.organizations[*p.organization].key);
      Mentions(p.mentions, p.name);
    });
    Array("places", f_.places, [&](const PlaceEntity& p) {
      Str("key", p.key);
      Str("name", p.name);
      Str("type", p.type);
      Str("code", p.code);
      Mentions(p.mentions, p.name);
    });
    Array("events", f_.events, [&](const EventEntity& e) {
      Str("key", e.key);
      Str("name", e.name);
      Str("type", e.type);
      Str("date", e.date);
      Str("weekday", e.weekday);
      Str("venue", e.venue);
      Str("city", e.city);
      if (e.participants) {
        w_.Key("participants");
        w_.Int(*e.participants);
      }
      Mentions(e.mentions, e.name);
    });
    Array("quotes", f_.quotes, [&](const QuoteEntity& q) {
      Str("key", q.key);
      Str("text", q.text);
      SpanFields(q.span);
    });
    Array("figures", f_.figures, [&](const FigureEntity& g) {
      Str("key", g.key);
      Str("indicator", g.indicator);
      Str("value", g.value);
      Str("category", g.category);
      Str("year", g.year);
      SpanFields(g.span);
    });
    Array("facts", f_.facts, [&](const Fact& fact) {
      Str("relation", FactRelationName(fact.relation));
      Str("from", KeyOf(fact.from));
      Str("to", KeyOf(fact.to));
      Str("role", fact.role);
      SpanFields(fact.evidence);
      Str("evidence", std::string(std::string_view(f_.text).substr(fact.evidence.begin, fact.evidence.size())));
    });
    Array("diagnostics", f_.diagnostics, [&](const Diagnostic& d) {
      Str("message", d.message);
      SpanFields(d.span);
    });
    w_.EndObject();
  }

 private:
  void Str(const char* key, const std::string& value) {
    if (value.empty()) return;
    w_.Key(key);
    w_.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  }
  void List(const char* key, const NameList& values) {
    if (values.empty()) return;
    w_.Key(key);
    w_.StartArray();
    for (const auto& v : values) w_.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
    w_.EndArray();
  }
  void SpanFields(Span span) {
    w_.Key("start");
    w_.Uint(cps_.ToCodePoint(span.begin));
    w_.Key("end");
    w_.Uint(cps_.ToCodePoint(span.end));
  }
  void Mentions(const MentionList& mentions, const std::string& canonical) {
    w_.Key("mentions");
    w_.StartArray();
    for (const auto& m : mentions) {
      w_.StartObject();
      SpanFields(m.span);
      Str("surface", CollapseSpaces(std::string_view(f_.text).substr(m.span.begin, m.span.size())));
      Str("canonical", canonical);
      w_.EndObject();
    }
    w_.EndArray();
  }
  template <typename T, typename F>
  void Array(const char* key, const std::vector<T>& items, F each) {
    w_.Key(key);
    w_.StartArray();
    for (const auto& item : items) {
      w_.StartObject();
      each(item);
      w_.EndObject();
    }
    w_.EndArray();
  }
  std::string KeyOf(EntityRef ref) const {
    switch (ref.kind) {
      case EntityKind::Person: return f_.persons[ref.index].key;
      case EntityKind::Organization: return f_.organizations[ref.index].key;
      case EntityKind::Post: return f_.posts[ref.index].key;
      case EntityKind::Event: return f_.events[ref.index].key;
      case EntityKind::Place: return f_.places[ref.index].key;
      case EntityKind::Quote: return f_.quotes[ref.index].key;
      case EntityKind::Figure: return f_.figures[ref.index].key;
    }
    return {};
  }

  const ArticleFacts& f_;
  JsonWriter& w_;
  CodePointIndex cps_;
};

}  // namespace

ExtractCommand::ExtractCommand(CLI::App& app) {
  command_ = app.add_subcommand("extract", "Print what the extractor reads in each article, one JSON line per article");
  command_->add_option("inputs", inputs_, "Article files or folders; - reads JSON Lines from stdin")->required();
  command_->add_option("--format", format_, "Output format (jsonl)")->check(CLI::IsMember({"jsonl"}))->capture_default_str();
  command_->add_option("--lexicon", lexicon_, "Folder of lexicon files");
  command_->add_flag("--strict", strict_, "Stop at the first input error");
}

bool ExtractCommand::parsed() const { return command_->parsed(); }

int ExtractCommand::Run() {
  Lexicon lexicon = Lexicon::Load(lexicon_.empty() ? Lexicon::DefaultDirectory() : lexicon_);
  Extractor extractor(lexicon);
  InputList inputs = ExpandInputs(inputs_);
  PipelineOptions options;
  options.strict = strict_;
  options.jobs = 1;
  Pipeline pipeline(extractor, options);
  rapidjson::OStreamWrapper stream(std::cout);
  PipelineReport report = pipeline.Run(inputs, inputs_, [&](ArticleFacts&& facts) {
    JsonWriter writer(stream);
    FactsJson(facts, writer).Write();
    std::cout << '\n';
  });
  if (report.articles == 0) return kExitNothingUsable;
  return report.failed ? kExitSomeFailed : kExitOk;
}

}  // namespace pejabat
