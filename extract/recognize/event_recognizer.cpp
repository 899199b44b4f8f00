#include "extract/recognize/event_recognizer.h"

#include <algorithm>
#include <charconv>

#include "extract/lexicon.h"
#include "extract/recognize/region_parser.h"
#include "extract/recognize/token_scan.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

constexpr std::size_t kMaxNameTokens = 10;
constexpr std::size_t kMaxVenueTokens = 9;

bool InsideQuote(const std::vector<QuoteMention>& quotes, std::size_t token) {
  for (const auto& q : quotes)
    if (q.open < token && token < q.close) return true;
  return false;
}

// The last date with its month written in sentence `sentence` (and its
// weekday, when asked), as an index into `dates`.
std::optional<std::size_t> DateInSentence(const Document& doc, const std::vector<DateMention>& dates, std::size_t sentence,
                                          bool with_weekday) {
  std::optional<std::size_t> found;
  for (std::size_t d = 0; d < dates.size(); ++d)
    if (dates[d].month != 0 && (!with_weekday || dates[d].weekday_iso != 0) &&
        doc.tokens[dates[d].first].sentence == sentence)
      found = d;
  return found;
}

// An event of type statement, made in `sentence`, named after its venue when
// the sentence gives one; the trigger is the words that make it a statement.
EventMention Statement(std::size_t sentence, std::size_t date, std::size_t trigger_first, std::size_t trigger_end,
                       std::optional<VenueMention> venue) {
  EventMention e;
  e.statement = true;
  e.type = "statement";
  e.sentence = static_cast<uint32_t>(sentence);
  e.trigger_first = static_cast<uint32_t>(trigger_first);
  e.trigger_end = static_cast<uint32_t>(trigger_end);
  e.name = venue ? "Keterangan di " + venue->name : "Keterangan kepada media";
  e.date = date;
  e.venue = std::move(venue);
  return e;
}

bool IsStop(std::string_view t) { return t == "." || t == "," || t == ";" || t == ":" || t == "!" || t == "?" || t == "("; }

}  // namespace

std::string EventRecognizer::EventName(const Document& doc, std::size_t trigger, std::size_t trigger_end) const {
  std::size_t j = trigger_end;
  while (j < doc.size() && j - trigger < kMaxNameTokens) {
    const Token& t = doc.tokens[j];
    if (t.paragraph_start || t.kind == TokenKind::Quote || t.kind == TokenKind::Dash || IsStop(doc.TokenText(j))) break;
    std::string_view f = doc.Folded(j);
    if (lx_.Word(doc, j).function_word && f != "dan" && f != "tahun") break;
    if (lx_.cues.MatchAt(doc, j) || lx_.verbs.MatchAt(doc, j) || lx_.Word(doc, j).weekday) break;
    ++j;
  }
  std::string name = CollapseSpaces(doc.TokenRange(trigger, j));
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

// The capitalized run of a venue's name from `start`: its end, and whether
// a venue word is in it.
std::size_t EventRecognizer::VenueRunEnd(const Document& doc, std::size_t start, bool& has_venue_word) const {
  std::size_t k = start;
  while (k < doc.size() && k - start < kMaxVenueTokens) {
    const Token& t = doc.tokens[k];
    if (t.paragraph_start || IsStop(doc.TokenText(k)) || t.kind == TokenKind::Quote) break;
    std::string_view f = doc.Folded(k);
    if (lx_.Word(doc, k).weekday && t.upper && k > start) break;
    bool roman = t.all_caps && f.find_first_not_of("ivxl") == std::string::npos;
    // Inside a venue name, floor and room words may be lower case ("Aula lantai III").
    bool inner = (f == "lantai" || f == "lt" || f == "ruang") && k > start;
    // "Aula kantor Bupati": a building word written in lower case inside the
    // name, when the name goes on in capitals.
    inner |= k > start && !t.upper && lx_.venues.MatchAt(doc, k) && k + 1 < doc.size() && doc.tokens[k + 1].upper &&
             !doc.tokens[k + 1].paragraph_start;
    if (!(t.upper || roman || inner || t.kind == TokenKind::Number) || (t.kind == TokenKind::Word && lx_.Word(doc, k).function_word && !t.upper))
      break;
    if (lx_.venues.MatchAt(doc, k)) has_venue_word = true;
    ++k;
  }
  return k;
}

std::optional<VenueMention> EventRecognizer::VenueAt(const Document& doc, std::size_t i) const {
  if (i >= doc.size()) return std::nullopt;
  std::size_t j = i;
  if (doc.Folded(j) == "bertempat" || doc.Folded(j) == "berlokasi") ++j;
  if (j >= doc.size()) return std::nullopt;
  // "dilapangan Kantor Bupati": "di" glued to a lower-case place word (a
  // common slip) reads as "di lapangan Kantor Bupati".
  std::string_view at = doc.Folded(j);
  // "diruang Sidang Paripurna Gedung DPRD" too: the run after it must still
  // hold a venue word of its own. The capital after it is tested before the
  // venue words are looked up ("dilakukan", "diri" are frequent; 0.7M
  // instructions per 1k articles, callgrind).
  bool glued = at.size() > 2 && at.substr(0, 2) == "di" && !doc.tokens[j].upper && j + 1 < doc.size() &&
               doc.tokens[j + 1].upper && lx_.venues.Find(at.substr(2));
  if (at != "di" && !glued) return std::nullopt;
  ++j;
  // "di halaman Kantor Bupati …", "di ruang kerjanya, Balai Kota …": a place
  // described in lower case, then the building by its name. "di ruang rapat
  // Bupati Muara Enim", "di bantaran Sungai Ciliwung": then a name that is no
  // building, which the description makes a venue.
  std::size_t described = j;
  bool described_venue = false;
  if (j < doc.size() && !doc.tokens[j].upper && lx_.venues.MatchAt(doc, j)) {
    std::size_t k = j + 1;
    while (k < doc.size() && k - j < 3 && doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].upper) ++k;
    bool comma = k < doc.size() && doc.TokenText(k) == ",";
    if (comma) ++k;
    bool named = k < doc.size() && doc.tokens[k].upper && !doc.tokens[k].paragraph_start;
    if (named && lx_.venues.MatchAt(doc, k)) {
      j = k;
    } else if (named && !comma) {
      described_venue = true;
      j = k;
    }
  }
  std::size_t start = j;
  bool has_venue_word = false;
  std::size_t k = VenueRunEnd(doc, start, has_venue_word);
  if (k == start) return std::nullopt;
  if (described_venue) {
    start = described;
    has_venue_word = true;
  }
  // "di Padang" names a city, not a venue; offices alone ("di Badan Pusat Statistik …") are venues.
  if (!has_venue_word) {
    if (!lx_.offices.MatchAt(doc, start) && !lx_.national.MatchAt(doc, start)) return std::nullopt;
  }
  // "di Ruang Paseban, Balai Kota Bogor": the room, then the building it is in.
  if (k + 1 < doc.size() && doc.TokenText(k) == "," && !doc.tokens[k + 1].paragraph_start &&
      doc.tokens[k + 1].upper && lx_.venues.MatchAt(doc, k + 1)) {
    bool building = false;
    std::size_t end = VenueRunEnd(doc, k + 1, building);
    if (building && end > k + 1) k = end;
  }
  VenueMention v;
  v.first = static_cast<uint32_t>(start);
  v.end = static_cast<uint32_t>(k);
  v.name = CollapseSpaces(doc.TokenRange(start, k));
  return v;
}

std::optional<VenueMention> EventRecognizer::VenueIn(const Document& doc, std::size_t first, std::size_t end) const {
  for (std::size_t i = first; i < end; ++i) {
    // A venue is introduced by "di", a word glued to it ("diruang") or
    // "bertempat"/"berlokasi" (nine letters): any other token is passed over
    // without a call (VenueAt was asked at 89k tokens per 1k articles; at
    // every word starting with either letter, 12k).
    if (i < doc.size()) {
      const Span span = doc.tokens[i].span;
      const char* const f = doc.folded_text.data() + span.begin;
      const bool di = f[0] == 'd' && span.size() >= 2 && f[1] == 'i';
      if (!di && !(f[0] == 'b' && span.size() == 9)) continue;
    }
    if (auto v = VenueAt(doc, i)) return v;
  }
  return std::nullopt;
}

std::optional<std::size_t> EventRecognizer::DateNear(const Document& doc, const std::vector<DateMention>& dates,
                                                     std::size_t sentence) const {
  const Sentence& s = doc.sentences[sentence];
  std::optional<std::size_t> same_paragraph;
  for (std::size_t d = 0; d < dates.size(); ++d) {
    if (dates[d].month == 0) continue;  // a weekday alone dates nothing
    const Sentence& ds = doc.SentenceOf(dates[d].first);
    if (doc.tokens[dates[d].first].sentence == sentence) return d;
    if (ds.paragraph == s.paragraph && !same_paragraph) same_paragraph = d;
  }
  if (same_paragraph) return same_paragraph;
  for (std::size_t d = 0; d < dates.size(); ++d)
    if (dates[d].month != 0 && doc.tokens[dates[d].first].span.begin >= doc.body.begin) return d;
  return std::nullopt;
}

std::optional<int> EventRecognizer::Participants(const Document& doc) const {
  for (const Sentence& s : doc.sentences) {
    bool marked = false;
    for (std::size_t i = s.first_token; i < s.end_token && !marked; ++i) marked = lx_.Word(doc, i).participant_marker;
    if (!marked) continue;
    int total = 0;
    for (std::size_t i = s.first_token; i + 1 < s.end_token; ++i) {
      if (doc.tokens[i].kind != TokenKind::Number || !lx_.participant_units.count(doc.Folded(i + 1))) continue;
      int v = 0;
      std::string_view t = doc.TokenText(i);
      auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
      if (ec == std::errc() && p == t.data() + t.size()) total += v;
    }
    if (total > 0) return total;
  }
  return std::nullopt;
}

std::optional<EventMention> EventRecognizer::Recognize(const Document& doc, const std::vector<DateMention>& dates,
                                                       const std::vector<QuoteMention>& quotes,
                                                       const std::vector<PersonMention>& persons) const {
  // Triggers the headline names.
  std::vector<std::string> title_types;
  constexpr std::size_t kMaxHeadline = 200;  // a longer first line is a paragraph, not a headline
  for (std::size_t i = 0; doc.title.size() <= kMaxHeadline && i < doc.size() && doc.tokens[i].span.end <= doc.title.end; ++i)
    if (auto t = lx_.triggers.MatchAt(doc, i)) title_types.push_back(lx_.trigger_types[t->value]);

  // The last specific trigger seen, for "Kegiatan ini" / "Acara tersebut".
  std::optional<std::pair<std::size_t, std::size_t>> antecedent;
  // The trigger's start bit first: nearly every token has none, and the
  // quotes are not walked for it (EventRecognizer::Recognize self 2.05M ->
  // 1.84M instructions per 1k articles, callgrind); the tokens without it
  // are passed over four at a time (NextStart).
  const bool numbered = doc.vocabulary == &lx_.triggers.vocabulary();
  const uint32_t trigger_bit = lx_.triggers.StartBit();
  for (std::size_t i = 0; i < doc.size(); ++i) {
    if (numbered) {
      i = NextStart(doc.tokens.data(), i, doc.size(), trigger_bit);
      if (i >= doc.size()) break;
    } else if (!lx_.triggers.MayStartAt(doc, i)) {
      continue;
    }
    if (doc.tokens[i].span.begin < doc.body.begin || InsideQuote(quotes, i)) continue;
    auto trig = lx_.triggers.MatchAt(doc, i);
    if (!trig) continue;
    std::size_t name_first = i, name_end = i + trig->length;
    std::string type = lx_.trigger_types[trig->value];
    if (type == "activity") {
      // "kegiatan Peningkatan Kompetensi …": the specific word after the generic one names it.
      if (auto inner = lx_.triggers.MatchAt(doc, name_end); inner && lx_.trigger_types[inner->value] != "activity") {
        type = lx_.trigger_types[inner->value];
        antecedent = {i, name_end};
      } else if (name_end < doc.size() && (doc.Folded(name_end) == "ini" || doc.Folded(name_end) == "tersebut") &&
                 antecedent) {
        name_first = antecedent->first;
        name_end = antecedent->second;
        if (auto a = lx_.triggers.MatchAt(doc, name_first)) {
          type = lx_.trigger_types[a->value];
          if (type == "activity")
            if (auto inner = lx_.triggers.MatchAt(doc, name_first + a->length)) type = lx_.trigger_types[inner->value];
        }
      }
    } else {
      antecedent = {i, name_end};
    }
    const Sentence& s = doc.SentenceOf(i);
    // The sentence's venue is the event's when it is one: read once, and the
    // cheaper tests first (a trigger that the headline names or its sentence
    // dates reads no cues).
    std::optional<VenueMention> venue_here = VenueIn(doc, s.first_token, s.end_token);
    bool dated = DateInSentence(doc, dates, doc.tokens[i].sentence, /*with_weekday=*/false).has_value();
    // A generic word ("kegiatan") in the headline says nothing about which event.
    bool titled = type != "activity" && std::find(title_types.begin(), title_types.end(), type) != title_types.end();
    bool cued = false;
    for (std::size_t k = s.first_token; k < s.end_token && !(venue_here || dated || titled || cued); ++k) {
      if (auto c = lx_.cues.MatchAt(doc, k)) {
        const std::string& role = lx_.cue_entries[c->value].role;
        cued |= role == "opened" || role == "organizer" || role == "attended" || role == "remarks" || role == "report";
      }
    }
    if (!(cued || dated || venue_here || titled)) continue;

    EventMention e;
    e.trigger_first = static_cast<uint32_t>(i);
    e.trigger_end = static_cast<uint32_t>(i + trig->length);
    e.sentence = doc.tokens[i].sentence;
    e.type = type;
    e.name = EventName(doc, name_first, name_end);
    e.date = DateNear(doc, dates, e.sentence);
    // The venue: in this sentence, else anywhere in its paragraph.
    e.venue = std::move(venue_here);
    // Else in its paragraph, else in the few sentences that follow (the venue
    // often comes in the paragraph after the dateline's).
    constexpr std::size_t kFollowing = 4;
    for (std::size_t k = 0; k < doc.sentences.size() && !e.venue; ++k) {
      const Sentence& t = doc.sentences[k];
      bool near = t.paragraph == s.paragraph || (k > e.sentence && k <= e.sentence + kFollowing);
      if (near && !InsideQuote(quotes, t.first_token)) e.venue = VenueIn(doc, t.first_token, t.end_token);
    }
    // Else the first venue the body names (a single-event article names one).
    for (std::size_t k = 0; k < doc.sentences.size() && !e.venue; ++k) {
      const Sentence& t = doc.sentences[k];
      if (t.span.begin >= doc.body.begin && !InsideQuote(quotes, t.first_token))
        e.venue = VenueIn(doc, t.first_token, t.end_token);
    }
    if (e.venue) {
      std::size_t k = e.venue->end;
      if (k < doc.size() && doc.TokenText(k) == ",") ++k;
      if (auto r = MatchRegion(doc, lx_, k, true)) e.venue_region = r->region;
    }
    e.participants = Participants(doc);
    return e;
  }

  // A statement: a person, a venue and a date in one sentence.
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.span.begin < doc.body.begin) continue;
    bool has_person = false;
    for (const auto& p : persons) has_person |= p.first >= sentence.first_token && p.end <= sentence.end_token;
    auto date = DateInSentence(doc, dates, s, /*with_weekday=*/false);
    auto venue = VenueIn(doc, sentence.first_token, sentence.end_token);
    if (has_person && date && venue) return Statement(s, *date, venue->first, venue->end, venue);
  }
  // A statement to the press: speech reported with its day ("…," katanya
  // dihubungi awak media, Senin (20/10/2025); "ujar Nama dalam keterangannya,
  // Jumat (17/10)"). The first such sentence dates the article's statement.
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.span.begin < doc.body.begin) continue;
    auto date = DateInSentence(doc, dates, s, /*with_weekday=*/true);
    if (!date) continue;
    for (std::size_t k = sentence.first_token; k < sentence.end_token; ++k)
      if (lx_.verbs.MayStartAt(doc, k) && !InsideQuote(quotes, k) && lx_.verbs.MatchAt(doc, k, sentence.end_token))
        return Statement(s, *date, k, k + 1, VenueIn(doc, sentence.first_token, sentence.end_token));
  }
  return std::nullopt;
}

}  // namespace pejabat
