#include "extract/resolve/jurisdiction.h"

#include <map>

#include "extract/lexicon.h"

namespace pejabat {

const Region* PickJurisdiction(const Document& doc, const Lexicon& lx, const std::string& dateline_city,
                               const std::vector<OfficeMention>& offices, const std::vector<RoleMention>& roles,
                               const std::vector<PlaceMention>& places) {
  std::map<const Region*, double> score;
  std::map<const Region*, uint32_t> first_seen;
  auto vote = [&](const Region* r, double w, uint32_t token) {
    if (!r) return;
    score[r] += w;
    auto it = first_seen.find(r);
    if (it == first_seen.end() || token < it->second) first_seen[r] = token;
  };
  auto in_title = [&](uint32_t token) { return doc.tokens[token].span.end <= doc.title.end; };

  for (const auto& o : offices) {
    if (!o.region) continue;
    bool government = !o.parts.empty() && o.parts.back().source == OfficePart::Source::Office &&
                      lx.office_entries[o.parts.back().entry].type == "government";
    vote(o.region, (government ? 2.0 : 1.0) + (in_title(o.first) ? 2.0 : 0.0), o.first);
  }
  for (const auto& r : roles) {
    const Region* region = r.region ? r.region : (r.office ? r.office->region : nullptr);
    vote(region, 1.5 + (in_title(r.first) ? 2.0 : 0.0), r.first);
  }
  for (const auto& p : places) {
    if (!p.region || p.region->level == RegionLevel::Province) continue;
    vote(p.region, (p.explicit_level ? 1.0 : 0.5) + (in_title(p.first) ? 2.0 : 0.0), p.first);
  }
  if (!dateline_city.empty()) {
    // The dateline names a city; prefer the kota, else any region of that name.
    const Region* r = lx.gazetteer.Find(dateline_city, RegionLevel::City);
    if (!r) {
      auto all = lx.gazetteer.FindByName(dateline_city);
      for (const Region* candidate : all)
        if (candidate->level != RegionLevel::Province) {
          r = candidate;
          break;
        }
    }
    // A dateline region with the same name as a voted one of another level
    // (Kabupaten vs Kota) yields to how the body writes it.
    bool same_name_voted = false;
    for (const auto& [region, s] : score) same_name_voted |= r && region != r && region->name == r->name;
    if (r && !same_name_voted) vote(r, 3.0, 0);
    else if (r) for (auto& [region, s] : score) if (region->name == r->name) s += 3.0;
  }
  const Region* best = nullptr;
  double best_score = 0;
  for (const auto& [r, s] : score) {
    if (s > best_score || (s == best_score && best && first_seen[r] < first_seen[best])) {
      best = r;
      best_score = s;
    }
  }
  // A province wins only when nothing more local is said.
  return best;
}

}  // namespace pejabat
