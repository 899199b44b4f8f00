#include "extract/resolve/article_resolver.h"

#include <algorithm>
#include <charconv>
#include <span>

#include "extract/lexicon.h"
#include "extract/recognize/date_recognizer.h"
#include "extract/recognize/quote_recognizer.h"
#include "extract/recognize/token_scan.h"
#include "extract/resolve/facts_builder.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

// A person's role at an event, weakest first: one role each, the strongest
// wins. A number, not the role's name: a role is given at every cue, verb
// and quote, and its strength was found by comparing names.
enum class EventRole : uint8_t { Attended, Instructor, Quoted, Remarks, Statement, ResourcePerson, Report, Opened };
constexpr std::string_view kEventRoleNames[] = {"attended",  "instructor",      "quoted", "remarks",
                                                "statement", "resource_person", "report", "opened"};

// What an event cue (event_cues.tsv) does, read from its role and voice once
// per lexicon and thread (Scratch::cue_kinds): Event compared each cue's
// role and voice with up to ten names at every cue of every sentence.
enum class CueAction : uint8_t { Other, Opened, Represented, Remarks, Report, ResourcePerson, Instructor, Companion,
                                 Attended, Organizer, Channel };
enum class CueVoice : uint8_t { Other, Active, Passive };
struct CueKind {
  CueAction action = CueAction::Other;
  CueVoice voice = CueVoice::Other;
};

CueKind ReadCue(const EventCue& cue) {
  static constexpr std::pair<std::string_view, CueAction> kActions[] = {
      {"opened", CueAction::Opened},
      {"represented", CueAction::Represented},
      {"remarks", CueAction::Remarks},
      {"report", CueAction::Report},
      {"resource_person", CueAction::ResourcePerson},
      {"instructor", CueAction::Instructor},
      {"companion", CueAction::Companion},
      {"attended", CueAction::Attended},
      {"organizer", CueAction::Organizer},
      {"channel", CueAction::Channel}};
  CueKind kind;
  for (const auto& [name, action] : kActions)
    if (cue.role == name) kind.action = action;
  kind.voice = cue.voice == "active" ? CueVoice::Active : cue.voice == "passive" ? CueVoice::Passive : CueVoice::Other;
  return kind;
}

// The match at `token` that ends by `limit`, from `whole`, the match there to
// the end of the text: the same when it ends by then (an entry that failed to
// the end of the text fails within the limit too), else looked up again.
std::optional<PhraseTable::Match> MatchWithin(const PhraseTable& table, const Document& doc, std::size_t token,
                                              PhraseTable::Match whole, std::size_t limit) {
  if (token + whole.length <= limit) return whole;
  return table.MatchAt(doc, token, limit);
}

using PhraseStart = std::pair<std::size_t, PhraseTable::Match>;

// The tokens of [first, end) where a cue, or a verb of speech when asked,
// starts, matched to the end of the text. A token whose mask says it starts
// no phrase of any table of the lexicon starts neither: one test for both
// tables at most tokens (Event 44.2M -> 35.1M instructions per 1k articles).
// Not inlined: in Event's body the loop kept its values on the stack and
// took 21 instructions a token, 7.3M per 1k articles.
// Tokens inside a quotation (`in_quote`) are skipped: Event passes over
// every cue and verb there (0.5M instructions per 1k articles). The mask
// test is a walk of its own over the tokens, with nothing else in the loop
// (FindStarts 10.0M -> 8.9M; two tokens a test took more, 9.4M).
[[gnu::noinline]] void FindStarts(const Lexicon& lx, const Document& doc, std::size_t first, std::size_t end,
                                  bool verbs, const std::vector<uint8_t>& in_quote,
                                  std::vector<PhraseStart>& cue_starts, std::vector<PhraseStart>& verb_starts) {
  cue_starts.clear();
  verb_starts.clear();
  auto look = [&](std::size_t i) {
    if (i < in_quote.size() && in_quote[i]) return;
    if (auto c = lx.cues.MatchAt(doc, i)) cue_starts.emplace_back(i, *c);
    if (verbs)
      if (auto v = lx.verbs.MatchAt(doc, i)) verb_starts.emplace_back(i, *v);
  };
  if (doc.vocabulary != lx.vocabulary.get()) {
    for (std::size_t i = first; i < end; ++i) look(i);
    return;
  }
  // The two tables' bits alone: a token that starts a phrase of another
  // table only (a role, an office) went through both MatchAt tests
  // (FindStarts 10.5M -> 7.4M instructions per 1k articles).
  const uint32_t bits = lx.cues.StartBit() | (verbs ? lx.verbs.StartBit() : 0u);
  // Four tokens a test (NextStart), one branch for four.
  const Token* const tokens = doc.tokens.data();
  for (std::size_t i = NextStart(tokens, first, end, bits); i < end; i = NextStart(tokens, i + 1, end, bits)) look(i);
}

bool Speaks(EventRole role) { return role != EventRole::Attended && role != EventRole::Instructor; }

// `v` as printf's "%0<width>d" writes it: zeros after the sign up to `width` characters.
void AppendPadded(std::string& out, int v, int width) {
  char buf[16];
  char* end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  const char* digits = buf;
  if (v < 0) {
    out += '-';
    ++digits;
  }
  const int n = static_cast<int>(end - buf);
  if (n < width) out.append(static_cast<std::size_t>(width - n), '0');
  out.append(digits, static_cast<std::size_t>(end - digits));
}

// Digits appended by hand: snprintf took 1,700 instructions a date.
std::string IsoDate(int y, int m, int d) {
  std::string out;
  if (y > 0) {
    AppendPadded(out, y, 4);
    out += '-';
  } else {
    out += "--";
  }
  AppendPadded(out, m, 2);
  out += '-';
  AppendPadded(out, d, 2);
  return out;
}

// Someone named in a sentence: a person (with the post written before the
// name, if any) or a post alone ("Walikota Payakumbuh", "kata walikota").
struct Actor {
  uint32_t first = 0, end = 0;
  std::optional<uint32_t> person;
  std::optional<uint32_t> role;  // role mention index
};

// A person's role at an event (Event), and the sentence that gives it.
struct GivenRole {
  uint32_t person;
  EventRole role;
  Span evidence;
};

// The resolver's lists and buffers, and its builder's: one set per thread, cleared for each article, so that
// article after article reuses their room. A resolver's own took some
// thirty allocations and frees an article (2.9M instructions per 1k
// articles, with its destruction).
struct Scratch {
  void Clear() {
    person_of_mention.clear();
    role_holder.clear();
    role_attached.clear();
    holders.clear();
    in_quote.clear();
    person_words.clear();
    name_folded.clear();
    name_words.clear();
    candidates.clear();
    actors.clear();
    candidate_at.clear();
    actor_at.clear();
    quote_speakers.clear();
    nicknames.clear();
    given.clear();
  }
  FactsBuilder::Memo builder;
  std::vector<std::optional<uint32_t>> person_of_mention;  // per PersonMention
  // Per RoleMention: written with a name. Bytes, as in_quote: std::vector<bool>
  // is filled and read through calls.
  std::vector<uint8_t> role_attached;
  // Each role written with a name and its person, in the order written
  // (HolderOf). A post's key is made for a holder only when a role written
  // without a name may have it (its role's slug the same): made for every
  // holder, most keys were never compared (2.6M instructions per 1k articles).
  struct Holder {
    uint32_t role, person;
    bool keyed;  // holder_keys[its index] is its post key
  };
  std::vector<Holder> holders;
  std::vector<std::string> holder_keys;  // by holder; never cleared, so their room is reused
  std::string post_key;  // reused for each role's post key
  // ResolveRole of each role written without a name, found once (References):
  // ActorsIn asks it for every role of a sentence at every cue word, and each
  // answer builds the post's key.
  std::vector<std::optional<uint32_t>> role_holder;
  // Per token: InQuote, asked at every token of the body. Bytes, not
  // std::vector<bool>: the bit's test was a call of 25 instructions (9M per 1k articles).
  std::vector<uint8_t> in_quote;
  // Per token: whether it opens or closes a quotation (Companion asks it of
  // every token before an actor, and scanned the quotes for each).
  std::vector<uint8_t> quote_marks;
  // Folded words of each person's name (names never change), as views into
  // name_words, which are views into name_folded: one buffer for the names
  // of the article, where a vector of strings per name cost an allocation
  // for each and its words (SplitFoldedWords and the vectors: 4.3M
  // instructions per 1k articles).
  std::vector<std::span<const std::string_view>> person_words;
  std::string name_folded;
  std::vector<std::string_view> name_words;
  // Every actor of the article, listed once (ListActors) as ActorsIn took
  // them before sorting: people named, in index order, then roles written
  // without a name. candidate_at holds the token that puts each in a range
  // (the name's first, or the role's). ActorsIn is asked at every cue and
  // verb of a sentence, and scanned every mention and sorted what it found
  // each time (15M instructions per 1k articles).
  std::vector<Actor> candidates;
  std::vector<uint32_t> candidate_at;
  // The candidates sorted by where they are written, when each ActorsIn is
  // then a range of them: no two start at the same token and their tokens
  // for ranges rise in the same order (actor_at). Empty otherwise.
  std::vector<Actor> actors;
  std::vector<uint32_t> actor_at;
  std::vector<std::pair<uint32_t, uint32_t>> quote_speakers;  // (quote, person)
  std::vector<std::pair<uint32_t, std::string>> nicknames;     // Persons: (person, folded nickname)
  std::vector<uint32_t> actor_order;                           // ListActors: candidates by where they start
  std::vector<GivenRole> given;                                // Event: each person's role at the event
  // Persons' and Event's working lists (sized or cleared where they are used).
  std::vector<std::pair<uint32_t, uint32_t>> name_spans;
  std::vector<std::size_t> order;
  std::vector<std::span<const std::string_view>> words;
  std::vector<std::pair<std::size_t, PhraseTable::Match>> cue_starts, verb_starts;
  // ReadCue of each of the lexicon's cues, by index, made again when the
  // builder's memo has seen another lexicon since (lexicon_changes).
  std::vector<CueKind> cue_kinds;
  uint64_t cue_kinds_made = 0;  // the memo's lexicon_changes when cue_kinds were made
};

class Resolver {
 public:
  // `scratch` is cleared here, and is the resolver's until it is destroyed.
  // `meta`: the raw article's fields (Meta adds what the text says).
  Resolver(const Lexicon& lx, ArticleMeta meta, const Document& doc, const CleanResult& clean, const Mentions& m,
           const Region* jurisdiction, Scratch& scratch)
      : lx_(lx),
        doc_(doc),
        clean_(clean),
        m_(m),
        b_(lx, doc, facts_, jurisdiction, scratch.builder),
        jur_(jurisdiction),
        s_((scratch.Clear(), scratch)) {
    facts_.meta = std::move(meta);
    if (s_.cue_kinds_made != s_.builder.lexicon_changes) {
      s_.cue_kinds.clear();
      for (const EventCue& cue : lx_.cue_entries) s_.cue_kinds.push_back(ReadCue(cue));
      s_.cue_kinds_made = s_.builder.lexicon_changes;
    }
  }

  ArticleFacts Run();

 private:
  void Meta();
  void Places();
  void Persons();
  void References();
  void Quotes();
  void Event();
  void Figures();
  void ListActors();
  // The actors named from token `first` to `end`, in the order they are
  // written; `scratch` holds them when they are not a range of s_.actors.
  // `from`: an index of s_.actors none before which is named from `first` on
  // (where the walk for the range starts).
  // Inline, the walk alone: called at every cue and verb, its call (with the
  // sort of the other case in its body) cost more than the walk.
  std::span<const Actor> ActorsIn(std::size_t first, std::size_t end, std::vector<Actor>& scratch,
                                  std::size_t from = 0) const {
    if (s_.actors.size() != s_.candidates.size()) return UnsortedActorsIn(first, end, scratch);
    // A walk, not two binary searches: an article names a handful of actors,
    // and the searches' calls and branches cost more (2.2M instructions per
    // 1k articles, the walk 1M).
    std::size_t lo = std::min(from, s_.actor_at.size());
    while (lo < s_.actor_at.size() && s_.actor_at[lo] < first) ++lo;
    std::size_t hi = lo;
    while (hi < s_.actor_at.size() && s_.actor_at[hi] < end) ++hi;
    if (hi == lo) return {};
    return std::span<const Actor>(s_.actors).subspan(lo, hi - lo);
  }
  // ActorsIn when the actors are not ranges: those found, sorted into `scratch`.
  [[gnu::noinline]] std::span<const Actor> UnsortedActorsIn(std::size_t first, std::size_t end,
                                                            std::vector<Actor>& scratch) const;
  std::optional<uint32_t> ResolveRole(uint32_t role) const;
  std::optional<uint32_t> SpeakerIn(std::size_t first, std::size_t end) const;
  std::optional<uint32_t> LastPersonBefore(std::size_t token) const;
  std::optional<uint32_t> BareNameAt(std::size_t token) const;
  std::string EventDate(const DateMention& d, std::string* end_date);
  int YearWrittenFor(const DateMention& d) const;
  bool InQuote(std::size_t token) const { return token < s_.in_quote.size() && s_.in_quote[token]; }
  bool Companion(const Actor& a) const;
  const Actor* LastPrincipal(std::span<const Actor> actors) const;
  Span SentenceSpan(std::size_t token) const { return doc_.SentenceOf(token).span; }
  // "quote/" + source + "/" + number, the key of the article's n-th quote,
  // event or figure.
  void AssignNumberedKey(std::string& key, std::string_view kind, std::size_t number) const {
    char digits[20];
    const char* end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    const std::string& source = facts_.meta.source;
    key.reserve(kind.size() + source.size() + 1 + static_cast<std::size_t>(end - digits));
    key.assign(kind);
    key += source;
    key += '/';
    key.append(digits, static_cast<std::size_t>(end - digits));
  }

  const Lexicon& lx_;
  const Document& doc_;
  const CleanResult& clean_;
  const Mentions& m_;
  ArticleFacts facts_;
  FactsBuilder b_;
  const Region* jur_;
  // The first holder of the post role `r` names (post keys equal), if any.
  std::optional<uint32_t> HolderOf(uint32_t r) const;
  using Words = std::span<const std::string_view>;
  Scratch& s_;  // its lists and buffers, one set per thread
};

ArticleFacts Resolver::Run() {
  s_.in_quote.assign(doc_.size(), 0);
  s_.quote_marks.assign(doc_.size(), 0);
  for (const auto& q : m_.quotes) {
    for (std::size_t mark : {q.open, q.close})
      if (mark < doc_.size()) s_.quote_marks[mark] = 1;
    // A fill, not a store and two tests a token (0.4M instructions per 1k articles).
    const std::size_t end = std::min<std::size_t>(q.close, doc_.size());
    if (q.open + 1 < end) std::fill(s_.in_quote.begin() + (q.open + 1), s_.in_quote.begin() + end, uint8_t{1});
  }
  // Room for the offices the mentions can make (each written part, a
  // government and a secretariat above, one per post) and the places (each
  // written, a province above, a venue): growing the vectors moved every
  // entity made so far (1.3M instructions per 1k articles for offices).
  std::size_t parts = 0;
  for (const auto& office : m_.offices) parts += office.parts.size();
  facts_.organizations.reserve(parts + m_.roles.size() + 2);
  b_.Reserve(m_.offices.size(), parts, m_.roles.size());
  facts_.places.reserve(2 * m_.places.size() + 4);
  facts_.quotes.reserve(m_.quotes.size());
  facts_.figures.reserve(m_.figures.size());
  // A fact for each person's post, quote, role at the event and figure,
  // and a few for the event: growing moved every fact and its role.
  facts_.facts.reserve(2 * m_.persons.size() + m_.roles.size() + m_.quotes.size() + m_.figures.size() + 4);
  Meta();
  Places();
  for (const auto& office : m_.offices) b_.Office(office);
  Persons();
  References();
  Quotes();
  Event();
  Figures();
  return std::move(facts_);
}

void Resolver::Meta() {
  ArticleMeta& meta = facts_.meta;
  if (meta.outlet.empty()) meta.outlet = clean_.outlet;
  meta.dateline_city = clean_.dateline_city;
  if (jur_) {
    meta.city = jur_->name;
    meta.region_code = jur_->code;
  }
  meta.body = clean_.body;
}

void Resolver::Places() {
  for (const auto& p : m_.places) {
    Span span = doc_.RangeSpan(p.first, p.end);
    if (p.region) b_.Place(*p.region, span);
    else b_.Area(p.area_type, p.area_name, jur_, span);
  }
}

// Whether `part` is `word` cut short at either end, long enough to tell
// ("Alam" of "Alamsyah", "Wanto" of "Suwanto"; not "Adi" of "Hadi").
bool ClippedForm(std::string_view part, std::string_view word) {
  constexpr std::size_t kMinClipped = 4;
  if (part.size() < kMinClipped || part.size() >= word.size()) return false;
  return word.starts_with(part) || word.ends_with(part);
}

void Resolver::Persons() {
  const auto& mentions = m_.persons;
  s_.person_of_mention.assign(mentions.size(), std::nullopt);
  facts_.persons.reserve(mentions.size());  // a person per mention at most: no moves as they come
  facts_.posts.reserve(m_.roles.size());     // a post per role mention at most (Post is asked only for them)
  s_.role_attached.assign(m_.roles.size(), 0);
  // Longer names first; a shorter one is the short form of the one longer name
  // containing it ("Rahmat", "Sekda Joko", "Sri Lestari" for "Sri Lestari
  // Kartikasari") or, when no or several longer names fit, a person of its own.
  // Several words must appear together and in order; a single word anywhere.
  auto short_form_of = [](Words part, Words full) {
    if (part.size() >= full.size()) return false;
    return std::search(full.begin(), full.end(), part.begin(), part.end()) != full.end();
  };
  // Folded into one buffer reserved for all the names, so the views of its
  // words stay valid; the spans of each name's words are taken once every
  // word is listed.
  std::size_t letters = 0;
  for (const PersonMention& p : mentions) letters += p.name.size();
  s_.name_folded.clear();
  s_.name_folded.reserve(letters);
  s_.name_words.clear();
  s_.name_words.reserve(3 * mentions.size());
  s_.person_words.reserve(mentions.size());
  s_.holders.reserve(m_.roles.size());
  std::vector<std::pair<uint32_t, uint32_t>>& spans = s_.name_spans;  // [first, end) of s_.name_words
  spans.resize(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const std::size_t at = s_.name_folded.size();
    const std::string& name = mentions[i].name;
    s_.name_folded.resize(at + name.size());  // within the reserve: the views stay valid
    // Through pointers taken once: indexing the string reloaded its data
    // pointer after each byte stored (a char may alias it), and did not vectorise.
    std::transform(name.data(), name.data() + name.size(), s_.name_folded.data() + at, FoldAscii);
    spans[i].first = static_cast<uint32_t>(s_.name_words.size());
    ForEachWord(std::string_view(s_.name_folded).substr(at), [&](std::string_view word) {
      s_.name_words.push_back(word);
      return true;
    });
    spans[i].second = static_cast<uint32_t>(s_.name_words.size());
  }
  std::vector<std::size_t>& order = s_.order;
  order.resize(mentions.size());
  std::vector<Words>& words = s_.words;
  words.resize(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    order[i] = i;
    words[i] = Words(s_.name_words).subspan(spans[i].first, spans[i].second - spans[i].first);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return words[a].size() > words[b].size(); });
  std::vector<Words>& person_words = s_.person_words;  // kept for BareNameAt
  // Nicknames written inside a name ("Ramadhan 'Adan' Saputra"), by person:
  // the nickname alone later ("Appi menilai") is that person.
  // (person, folded nickname): a list of the few there are, where a list
  // per person took an allocation an article.
  std::vector<std::pair<uint32_t, std::string>>& nicknames = s_.nicknames;
  std::string alias;
  auto is_nickname_of = [&](Words part, uint32_t k) {
    if (part.size() != 1) return false;
    for (const auto& [person, nick] : nicknames)
      if (person == k && nick == part.front()) return true;
    return false;
  };
  for (std::size_t i : order) {
    const PersonMention& p = mentions[i];
    std::optional<uint32_t> match;
    int candidates = 0;
    for (uint32_t k = 0; k < facts_.persons.size(); ++k) {
      if (short_form_of(words[i], person_words[k]) || is_nickname_of(words[i], k)) {
        match = k;
        ++candidates;
      }
    }
    // "kata Alam" for Dedi Alamsyah, "sambung Wanto" for Suwanto: one
    // bare word, written with no post or title, that is the start or the end
    // of a word of exactly one longer name is a clipped form of it.
    if (candidates == 0 && words[i].size() == 1 && !p.role && p.titles.empty())
      for (uint32_t k = 0; k < facts_.persons.size(); ++k)
        for (const auto& w : person_words[k])
          if (ClippedForm(words[i].front(), w)) {
            if (!match || *match != k) ++candidates;
            match = k;
          }
    if (candidates != 1) {
      uint32_t id = b_.Person(p);
      // A new person is named by this mention: its words are the mention's
      // (folding and splitting each name again took 10M instructions per 1k articles).
      if (id == person_words.size()) person_words.push_back(words[i]);
      s_.person_of_mention[i] = id;
      for (const auto& nick : p.nicknames) nicknames.emplace_back(id, FoldCase(nick));
      continue;
    }
    s_.person_of_mention[i] = match;
    PersonEntity& person = facts_.persons[*match];
    Span span = doc_.RangeSpan(p.first, p.end);
    person.mentions.push_back(Mention{span});
    for (const auto& t : p.titles)
      if (std::find(person.titles.begin(), person.titles.end(), t) == person.titles.end()) person.titles.push_back(t);
    for (const auto& d : p.degrees)
      if (std::find(person.degrees.begin(), person.degrees.end(), d) == person.degrees.end()) person.degrees.push_back(d);
    // Collapsed into a reused buffer and copied only when it is new.
    const std::string_view written = CollapsedView(alias, doc_.Slice(doc_.RangeSpan(p.name_first, p.name_end)));
    if (std::find(person.aliases.begin(), person.aliases.end(), written) == person.aliases.end())
      person.aliases.emplace_back(written);
  }

  // Posts written with the name.
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (!mentions[i].role || !s_.person_of_mention[i]) continue;
    uint32_t r = *mentions[i].role;
    s_.role_attached[r] = 1;
    if (auto post = b_.Post(m_.roles[r])) {
      b_.AddFact(FactRelation::Holds, {EntityKind::Person, *s_.person_of_mention[i]}, {EntityKind::Post, *post},
                 SentenceSpan(mentions[i].first));
    }
  }
  // Who holds which post, for the roles written without a name (ResolveRole).
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (!mentions[i].role || !s_.person_of_mention[i]) continue;
    s_.holders.push_back(Scratch::Holder{*mentions[i].role, *s_.person_of_mention[i], false});
  }
  if (s_.holder_keys.size() < s_.holders.size()) s_.holder_keys.resize(s_.holders.size());
}

std::optional<uint32_t> Resolver::HolderOf(uint32_t r) const {
  // A key is "post/" + the role's slug + "/" + ...: keys with another slug
  // differ, and neither key is made (650 instructions each).
  const uint32_t entry = m_.roles[r].entry;
  const std::string& slug = b_.RoleSlug(entry);
  bool keyed = false;
  for (std::size_t h = 0; h < s_.holders.size(); ++h) {
    Scratch::Holder& holder = s_.holders[h];
    const uint32_t theirs = m_.roles[holder.role].entry;
    if (theirs != entry && b_.RoleSlug(theirs) != slug) continue;
    if (!keyed) {
      b_.AssignPostKey(s_.post_key, m_.roles[r]);
      keyed = true;
    }
    std::string& key = s_.holder_keys[h];
    if (!holder.keyed) {
      b_.AssignPostKey(key, m_.roles[holder.role]);
      holder.keyed = true;
    }
    if (key == s_.post_key) return holder.person;
  }
  return std::nullopt;
}

// A post written without a name refers to whoever holds it in this article.
std::optional<uint32_t> Resolver::ResolveRole(uint32_t r) const {
  if (auto holder = HolderOf(r)) return holder;
  // "kata bupati": the one person holding a post of that kind.
  const std::string& label = lx_.role_entries[m_.roles[r].entry].role;
  std::optional<uint32_t> only;
  int n = 0;
  for (std::size_t i = 0; i < m_.persons.size(); ++i) {
    if (!m_.persons[i].role || !s_.person_of_mention[i]) continue;
    const RoleMention& other = m_.roles[*m_.persons[i].role];
    const RoleEntry& mine = lx_.role_entries[m_.roles[r].entry];
    const RoleEntry& theirs = lx_.role_entries[other.entry];
    if (theirs.role != label || theirs.kind != mine.kind || theirs.unit != mine.unit ||
        other.numeral != m_.roles[r].numeral)
      continue;
    if (!m_.roles[r].portfolio.empty() && !EqualsFolded(other.portfolio, m_.roles[r].portfolio)) continue;
    if (!only || *only != *s_.person_of_mention[i]) {
      only = s_.person_of_mention[i];
      ++n;
    }
  }
  return n == 1 ? only : std::nullopt;
}

void Resolver::References() {
  // Role references count as mentions of their holder.
  s_.role_holder.assign(m_.roles.size(), std::nullopt);
  for (uint32_t r = 0; r < m_.roles.size(); ++r) {
    if (s_.role_attached[r]) continue;
    s_.role_holder[r] = ResolveRole(r);
    if (auto person = s_.role_holder[r]) {
      Span span = doc_.RangeSpan(m_.roles[r].first, m_.roles[r].end);
      facts_.persons[*person].mentions.push_back(Mention{span});
    }
  }
  ListActors();
}

void Resolver::ListActors() {
  // Room for every actor at once: grown a push at a time, the four lists
  // took 20 allocations an article.
  s_.candidates.reserve(m_.persons.size() + m_.roles.size());
  s_.candidate_at.reserve(m_.persons.size() + m_.roles.size());
  for (std::size_t i = 0; i < m_.persons.size(); ++i) {
    const PersonMention& p = m_.persons[i];
    if (!s_.person_of_mention[i]) continue;
    Actor a;
    a.first = p.role ? m_.roles[*p.role].first : p.first;
    a.end = p.end;
    a.person = s_.person_of_mention[i];
    a.role = p.role;
    s_.candidates.push_back(a);
    s_.candidate_at.push_back(p.first);
  }
  for (uint32_t r = 0; r < m_.roles.size(); ++r) {
    const RoleMention& role = m_.roles[r];
    if (s_.role_attached[r]) continue;
    Actor a;
    a.first = role.first;
    a.end = role.end;
    a.person = s_.role_holder[r];
    a.role = r;
    s_.candidates.push_back(a);
    s_.candidate_at.push_back(role.first);
  }
  std::vector<uint32_t>& order = s_.actor_order;
  order.resize(s_.candidates.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return s_.candidates[x].first < s_.candidates[y].first; });
  for (std::size_t k = 1; k < order.size(); ++k)
    if (s_.candidates[order[k - 1]].first == s_.candidates[order[k]].first ||
        s_.candidate_at[order[k - 1]] >= s_.candidate_at[order[k]])
      return;  // not ranges: ActorsIn sorts what it finds, as the candidates are
  s_.actors.reserve(order.size());
  s_.actor_at.reserve(order.size());
  for (uint32_t k : order) {
    s_.actors.push_back(s_.candidates[k]);
    s_.actor_at.push_back(s_.candidate_at[k]);
  }
}

std::span<const Actor> Resolver::UnsortedActorsIn(std::size_t first, std::size_t end,
                                                  std::vector<Actor>& scratch) const {
  scratch.clear();
  for (std::size_t k = 0; k < s_.candidates.size(); ++k)
    if (s_.candidate_at[k] >= first && s_.candidate_at[k] < end) scratch.push_back(s_.candidates[k]);
  std::sort(scratch.begin(), scratch.end(), [](const Actor& x, const Actor& y) { return x.first < y.first; });
  return scratch;
}

std::optional<uint32_t> Resolver::SpeakerIn(std::size_t first, std::size_t end) const {
  std::vector<Actor> scratch;
  for (const Actor& a : ActorsIn(first, end, scratch))
    if (a.person) return a.person;
  return std::nullopt;
}

// The person named last before `token`, within its paragraph and the two before.
std::optional<uint32_t> Resolver::LastPersonBefore(std::size_t token) const {
  constexpr uint32_t kParagraphs = 2;
  uint32_t paragraph = doc_.tokens[token].paragraph;
  std::optional<uint32_t> last;
  std::vector<Actor> scratch;
  for (const Actor& a : ActorsIn(0, token, scratch)) {
    if (!a.person || doc_.tokens[a.first].span.begin < doc_.body.begin || InQuote(a.first)) continue;
    // "… menyampaikan laporan kepada bupati": the one spoken to is not the speaker.
    if (a.first > 0 && (doc_.Folded(a.first - 1) == "kepada" || doc_.Folded(a.first - 1) == "terhadap")) continue;
    if (Companion(a)) continue;
    if (doc_.tokens[a.first].paragraph + kParagraphs >= paragraph) last = a.person;
  }
  // A single word of one person's name, written alone after the person was
  // introduced ("Sapril mewakili Pemkab …", "Eri juga menekankan …"), names
  // that person too; no recognizer rule finds a lone word as a name.
  std::size_t from = 0;
  for (const Actor& a : ActorsIn(0, token, scratch))
    if (a.person == last) from = a.end;
  for (std::size_t i = from; i < token; ++i) {
    // BareNameAt's first test here, in the loop: most words are not
    // capitalized, and a call for each cost 0.2M instructions per 1k articles.
    if (!doc_.IsCapitalizedWord(i)) continue;
    if (doc_.tokens[i].paragraph + kParagraphs < paragraph || doc_.tokens[i].span.begin < doc_.body.begin) continue;
    if (auto person = BareNameAt(i); person && !InQuote(i)) last = person;
  }
  return last;
}

// The person whose name holds the word at `token`, when it stands alone: a
// capitalized word between non-capitalized ones, outside every other mention,
// that is a word of exactly one person's name.
std::optional<uint32_t> Resolver::BareNameAt(std::size_t token) const {
  const Token& tok = doc_.tokens[token];
  if (!doc_.IsCapitalizedWord(token) || tok.all_caps || doc_.TokenText(token).size() < 3) return std::nullopt;
  if ((token > 0 && doc_.IsCapitalizedWord(token - 1) && !tok.paragraph_start) ||
      (doc_.IsCapitalizedWord(token + 1) && !doc_.tokens[token + 1].paragraph_start))
    return std::nullopt;
  if (token > 0 && (doc_.Folded(token - 1) == "kepada" || doc_.Folded(token - 1) == "terhadap")) return std::nullopt;
  auto inside = [&](const auto& mentions) {
    for (const auto& m : mentions)
      if (m.first <= token && token < m.end) return true;
    return false;
  };
  if (inside(m_.persons) || inside(m_.roles) || inside(m_.offices) || inside(m_.places)) return std::nullopt;
  // Only as the one who speaks: the subject opening its sentence ("Eri juga
  // menekankan …") or the name next to a reporting verb ("kata Sita", "Sita
  // mengatakan"). Elsewhere a name is often what the speaker talks about
  // ("Menurutnya, Respati seharusnya fokus …").
  auto verb_at = [&](std::size_t t, VerbPosition position) {
    auto v = lx_.verbs.MatchAt(doc_, t);
    return v && lx_.verb_positions[v->value] == position;
  };
  bool verb_before = false;
  for (std::size_t k = token > 3 ? token - 3 : 0; k < token && !verb_before; ++k) {
    auto v = lx_.verbs.MatchAt(doc_, k);
    verb_before = v && k + v->length == token && lx_.verb_positions[v->value] == VerbPosition::After;
  }
  bool subject = doc_.SentenceOf(token).first_token == token;
  if (!subject && !verb_before && !verb_at(token + 1, VerbPosition::Before)) return std::nullopt;
  std::string_view word = doc_.Folded(token);
  std::optional<uint32_t> match;
  for (uint32_t k = 0; k < facts_.persons.size(); ++k) {
    for (const auto& w : s_.person_words[k]) {
      if (w != word) continue;
      if (match && *match != k) return std::nullopt;
      match = k;
    }
  }
  return match;
}

// "Sekda X didampingi Kapolres Y mengatakan …": the people written after a
// companion word ("didampingi", "bersama", event_cues.tsv role companion) came
// with the subject; the verb of speech, a pronoun ("ujarnya") or a cue verb
// belongs to the subject. The companion clause ends at the next verb of speech,
// the next other cue or a quotation mark.
bool Resolver::Companion(const Actor& a) const {
  const Sentence& s = doc_.SentenceOf(a.first);
  for (std::size_t k = a.first; k-- > s.first_token;) {
    if (s_.quote_marks[k]) return false;
    if (auto v = lx_.verbs.MatchAt(doc_, k); v && lx_.verb_positions[v->value] == VerbPosition::Before) return false;
    if (auto c = lx_.cues.MatchAt(doc_, k)) return s_.cue_kinds[c->value].action == CueAction::Companion;
  }
  return false;
}

// The last actor of `actors` who is not a companion of another.
const Actor* Resolver::LastPrincipal(std::span<const Actor> actors) const {
  for (auto it = actors.rbegin(); it != actors.rend(); ++it)
    if (!Companion(*it)) return &*it;
  return nullptr;
}

void Resolver::Quotes() {
  std::optional<uint32_t> last_speaker;
  std::optional<uint32_t> last_paragraph;
  for (const auto& q : m_.quotes) {
    if (doc_.tokens[q.open].span.begin < doc_.body.begin) continue;  // headline quotes are teasers
    std::optional<uint32_t> speaker;
    uint32_t paragraph = doc_.tokens[q.open].paragraph;
    if (q.speaker_first) {
      speaker = SpeakerIn(*q.speaker_first, *q.speaker_end);
    } else if (q.pronoun) {
      // "ujarnya" points at the person last named before the quote (the subject
      // of the paragraph before), else at the last speaker.
      speaker = LastPersonBefore(q.open);
      if (!speaker) speaker = last_speaker;
    } else {
      // Attribution before the quote, in its own sentence: "X mengatakan, “…”".
      const Sentence& s = doc_.SentenceOf(q.open);
      std::vector<Actor> scratch;
      std::span<const Actor> before = ActorsIn(s.first_token, q.open, scratch);
      for (auto it = before.rbegin(); it != before.rend() && !speaker; ++it)
        if (!Companion(*it)) speaker = it->person;
      // A quote that follows another speaker's quote in the next paragraph continues it.
      if (!speaker && last_speaker && last_paragraph && paragraph <= *last_paragraph + 1) speaker = last_speaker;
    }
    std::string text = QuoteText(doc_, q);
    if (text.empty()) continue;
    // Built in place, into room reserved for every quote (Run), and its key
    // appended piece by piece: a local entity moved in and the temporaries
    // of each "+" cost a move, a destruction and an allocation each.
    uint32_t index = static_cast<uint32_t>(facts_.quotes.size());
    QuoteEntity& e = facts_.quotes.emplace_back();
    e.text = std::move(text);
    e.span = q.text;
    AssignNumberedKey(e.key, "quote/", index + 1);
    if (speaker) {
      Span evidence = doc_.RangeSpan(q.open, std::min<std::size_t>(doc_.size(), (q.speaker_end ? *q.speaker_end : q.close + 1)));
      b_.AddNewFact(FactRelation::Said, {EntityKind::Person, *speaker}, {EntityKind::Quote, index}, evidence);
      s_.quote_speakers.push_back({index, *speaker});
      last_speaker = speaker;
      last_paragraph = doc_.tokens[q.close < doc_.size() ? q.close : q.open].paragraph;
    }
  }
}

// "Senin (9/5)" in an article that writes "Idul Fitri Tahun 2022" elsewhere:
// a year the article writes is the date's year when the weekday falls on that
// day in that year (the weekday checks the reading; a year it contradicts, such
// as the budget year of a report, is not taken). 0 when none agrees.
int Resolver::YearWrittenFor(const DateMention& d) const {
  for (std::size_t i = 0; i < doc_.size(); ++i) {
    if (doc_.tokens[i].kind != TokenKind::Number) continue;
    std::string_view t = doc_.TokenText(i);
    if (t.size() != 4 || t.find_first_not_of("0123456789") != std::string_view::npos) continue;
    int y = std::atoi(std::string(t).c_str());
    if (y >= 1900 && y <= 2100 && ValidDate(y, d.month, d.day) && IsoWeekday(y, d.month, d.day) == d.weekday_iso) return y;
  }
  return 0;
}

std::string Resolver::EventDate(const DateMention& d, std::string* end_date) {
  int year = d.year;
  if (year == 0) {
    // The year from another date of the same month in the article ("30 sampai 31 Oktober 2019").
    for (const auto& other : m_.dates)
      if (other.year && other.month == d.month) {
        year = other.year;
        break;
      }
  }
  if (const std::string& published = facts_.meta.published; year == 0 && published.size() >= 4) {
    int y = std::atoi(published.substr(0, 4).c_str());
    if (y >= 1900 && y <= 2100) year = y;
  }
  if (year == 0 && d.weekday_iso) year = YearWrittenFor(d);
  if (year && d.weekday_iso && ValidDate(year, d.month, d.day) && IsoWeekday(year, d.month, d.day) != d.weekday_iso) {
    facts_.diagnostics.push_back(Diagnostic{"weekday " + d.weekday + " contradicts " + IsoDate(year, d.month, d.day),
                                            doc_.RangeSpan(d.first, d.end)});
  }
  if (d.end_day && end_date) *end_date = IsoDate(year, d.end_month ? d.end_month : d.month, d.end_day);
  return IsoDate(year, d.month, d.day);
}

void Resolver::Event() {
  if (!m_.event) return;
  const EventMention& em = *m_.event;
  // Built in place: nothing below adds an event before it is complete.
  const uint32_t event = static_cast<uint32_t>(facts_.events.size());
  EventEntity& e = facts_.events.emplace_back();
  AssignNumberedKey(e.key, "event/", 1);
  e.name = em.name;
  e.type = em.type;
  if (em.date) {
    const DateMention& d = m_.dates[*em.date];
    e.date = EventDate(d, &e.end_date);
    e.weekday = d.weekday;
  }
  const Region* city = em.venue_region;
  if (em.venue) {
    e.venue = em.venue->name;
    // A place written inside the venue's name: "Media Center Pemko Padang".
    for (const auto& o : m_.offices)
      if (!city && o.first >= em.venue->first && o.end <= em.venue->end && o.region) city = o.region;
  }
  // The dateline city folded as the gazetteer's names are, once for both
  // questions below (each folded it, and FindByName copied its answer into
  // a new vector only to ask whether it was empty).
  std::string dateline_key;
  auto dateline = [&]() -> const std::string& {
    if (dateline_key.empty()) dateline_key = Gazetteer::FoldName(clean_.dateline_city);
    return dateline_key;
  };
  if (!city && !clean_.dateline_city.empty()) city = lx_.gazetteer.FindKey(dateline(), RegionLevel::City);
  if (!city) city = jur_;
  if (city) e.city = city->name;
  // "Muarasabak -": a dateline town that is no kota or kabupaten of its own
  // (a regency's seat, a district) is where the event took place; the Place
  // node stays the jurisdiction, which is what cities are compared by.
  if (city == jur_ && !em.venue_region && !clean_.dateline_city.empty() && !lx_.gazetteer.FirstByKey(dateline()))
    e.city = clean_.dateline_city;
  // The venue's region as the article writes it ("Limapuluh kota"): the Place
  // node keeps the official name and code, the event keeps the reader's words.
  if (em.venue && em.venue_region) {
    std::size_t k = em.venue->end;
    if (k < doc_.size() && doc_.TokenText(k) == ",") ++k;
    if (k < doc_.size() && !lx_.Word(doc_, k).place_level.empty()) ++k;
    std::size_t end = k;
    while (end < doc_.size() && end - k < 5 && doc_.tokens[end].kind == TokenKind::Word && !doc_.tokens[end].paragraph_start &&
           !lx_.Word(doc_, end).weekday)
      ++end;
    if (end > k) e.city = TitleCase(CollapseSpaces(doc_.TokenRange(k, end)));
  }
  e.participants = em.participants;
  Span trigger = doc_.RangeSpan(em.trigger_first, em.trigger_end);
  e.mentions.push_back(Mention{trigger});
  EntityRef ev{EntityKind::Event, event};
  Span event_sentence = SentenceSpan(em.trigger_first);

  if (em.venue) {
    uint32_t venue = b_.Venue(em.venue->name, city, doc_.RangeSpan(em.venue->first, em.venue->end));
    b_.AddFact(FactRelation::LocatedIn, ev, {EntityKind::Place, venue}, SentenceSpan(em.venue->first));
  }
  if (city) b_.AddFact(FactRelation::LocatedIn, ev, {EntityKind::Place, b_.Place(*city, std::nullopt)}, event_sentence);

  // Roles from cue words, each person keeping the strongest. A list scanned
  // by person, sorted at the end: a std::map of strings cost a node and a
  // string per person.
  std::vector<GivenRole>& roles = s_.given;
  roles.reserve(facts_.persons.size());  // one each at most
  auto give = [&](std::optional<uint32_t> person, EventRole role, Span evidence) {
    if (!person) return;
    auto it = std::find_if(roles.begin(), roles.end(), [&](const GivenRole& g) { return g.person == *person; });
    if (it == roles.end()) roles.push_back(GivenRole{*person, role, evidence});
    else if (role > it->role) {
      it->role = role;
      it->evidence = evidence;
    }
  };
  struct Organizer {
    int priority;
    uint32_t org;
    Span evidence;
  };
  std::optional<Organizer> organizer;
  auto propose = [&](int priority, std::optional<uint32_t> org, Span evidence) {
    if (org && (!organizer || priority > organizer->priority)) organizer = Organizer{priority, *org, evidence};
  };
  auto office_at = [&](std::size_t token) -> std::optional<uint32_t> {
    for (const auto& o : m_.offices)
      if (o.first == token) return b_.Office(o);
    return std::nullopt;
  };
  auto org_of_person = [&](uint32_t person) -> std::optional<uint32_t> {
    for (const auto& f : facts_.facts)
      if (f.relation == FactRelation::Holds && f.from.index == person) return facts_.posts[f.to.index].organization;
    return std::nullopt;
  };

  std::vector<Actor> before_scratch, following_scratch;  // for ActorsIn, reused
  // Per sentence, the tokens where a cue (with what it is) or a verb of speech
  // starts, matched to the end of the text: one look at each token for each
  // table, where three were taken (a match within the sentence is only
  // possible where one to the end of the text is).
  std::vector<PhraseStart>& cue_starts = s_.cue_starts;  // FindStarts clears them
  std::vector<PhraseStart>& verb_starts = s_.verb_starts;
  // The first actor named in the sentence or after (when they are ranges):
  // ActorsIn's walks start there, not at the article's first actor (its
  // walk from there took 1M instructions per 1k articles).
  std::size_t from = 0;
  for (const Sentence& s : doc_.sentences) {
    if (s.span.begin < doc_.body.begin) continue;
    while (from < s_.actor_at.size() && s_.actor_at[from] < s.first_token) ++from;
    FindStarts(lx_, doc_, s.first_token, s.end_token, !em.statement, s_.in_quote, cue_starts, verb_starts);
    bool opened_here = false;
    for (auto [i, cue] : cue_starts)
      if (s_.cue_kinds[cue.value].action == CueAction::Opened && !InQuote(i)) opened_here = true;
    for (auto [i, whole] : cue_starts) {
      if (InQuote(i)) continue;
      auto cue = MatchWithin(lx_.cues, doc_, i, whole, s.end_token);
      if (!cue) continue;
      const CueKind kind = s_.cue_kinds[cue->value];
      if (kind.action == CueAction::Other) continue;  // gives no one anything
      const bool passive = kind.voice == CueVoice::Passive;
      std::size_t after = i + cue->length;
      if (after < s.end_token && doc_.Folded(after) == "oleh") ++after;
      std::span<const Actor> before = ActorsIn(s.first_token, i, before_scratch, from);
      std::span<const Actor> following = ActorsIn(after, s.end_token, following_scratch, from);
      auto nearest_before = [&]() -> const Actor* { return LastPrincipal(before); };
      auto first_after = [&]() -> const Actor* {
        return !following.empty() && following.front().first <= after + 1 ? &following.front() : nullptr;
      };
      switch (kind.action) {
        case CueAction::Opened: {
          const Actor* a = passive ? first_after() : nearest_before();
          if (a) give(a->person, EventRole::Opened, s.span);
          break;
        }
        case CueAction::Represented: {
          const Actor* deputy = passive ? (following.empty() ? nullptr : &following.front()) : nearest_before();
          const Actor* principal = passive ? nearest_before() : (following.empty() ? nullptr : &following.front());
          if (!deputy || !deputy->person) break;
          give(deputy->person, opened_here ? EventRole::Opened : EventRole::Remarks, s.span);
          if (principal && principal->person && principal->person != deputy->person) {
            b_.AddFact(FactRelation::Represented, {EntityKind::Person, *deputy->person}, {EntityKind::Person, *principal->person}, s.span);
          } else if (principal && principal->role) {
            if (auto post = b_.Post(m_.roles[*principal->role]))
              b_.AddFact(FactRelation::Represented, {EntityKind::Person, *deputy->person}, {EntityKind::Post, *post}, s.span);
          }
          break;
        }
        case CueAction::Remarks:
        case CueAction::Report: {
          const Actor* a = nearest_before();
          if (!a || !a->person) a = following.empty() ? nullptr : &following.front();
          if (!a || !a->person) break;
          const bool report = kind.action == CueAction::Report;
          give(a->person, report ? EventRole::Report : EventRole::Remarks, s.span);
          if (report) propose(2, org_of_person(*a->person), s.span);
          break;
        }
        case CueAction::ResourcePerson:
        case CueAction::Instructor: {
          const EventRole role = kind.action == CueAction::Instructor ? EventRole::Instructor : EventRole::ResourcePerson;
          for (const Actor& a : following) give(a.person, role, s.span);
          break;
        }
        case CueAction::Companion:
          for (const Actor& a : following)
            if (Companion(a)) give(a.person, EventRole::Attended, s.span);
          break;
        case CueAction::Attended: {
          const auto& group = kind.voice == CueVoice::Active && following.empty() ? before : following;
          for (const Actor& a : group) give(a.person, EventRole::Attended, s.span);
          break;
        }
        case CueAction::Organizer:
        case CueAction::Channel:
          if (passive || kind.action == CueAction::Channel) {
            propose(3, office_at(after), s.span);
          } else {
            // "Pemko Payakumbuh melaksanakan …": the office just before the verb.
            for (auto it = m_.offices.rbegin(); it != m_.offices.rend(); ++it)
              if (it->end <= i && it->first >= s.first_token) {
                propose(1, b_.Office(*it), s.span);
                break;
              }
          }
          break;
        case CueAction::Other:
          break;
      }
    }
    // Speech reported in the body ("Fajar menyampaikan …") is speech at the event.
    if (!em.statement) {
      for (auto [i, whole] : verb_starts) {
        auto verb = MatchWithin(lx_.verbs, doc_, i, whole, s.end_token);
        if (!verb || InQuote(i) || lx_.verb_positions[verb->value] != VerbPosition::Before) continue;
        std::span<const Actor> before = ActorsIn(s.first_token, i, before_scratch, from);
        // The subject right before the verb, or the one its companions came with.
        if (before.empty() || before.back().end != i) continue;
        if (const Actor* subject = LastPrincipal(before)) give(subject->person, EventRole::Remarks, s.span);
      }
    }
  }
  if (em.statement) {
    const Sentence& s = doc_.sentences[em.sentence];
    for (const Actor& a : ActorsIn(s.first_token, s.end_token, before_scratch)) give(a.person, EventRole::Statement, s.span);
  }
  for (const auto& [quote, person] : s_.quote_speakers) give(person, EventRole::Quoted, facts_.quotes[quote].span);

  std::sort(roles.begin(), roles.end(), [](const GivenRole& x, const GivenRole& y) { return x.person < y.person; });
  for (const GivenRole& g : roles) {
    FactRelation rel = Speaks(g.role) ? FactRelation::SpokeAt : FactRelation::Attended;
    b_.AddNewFact(rel, {EntityKind::Person, g.person}, ev, g.evidence,
                  std::string(kEventRoleNames[static_cast<int>(g.role)]));
  }
  if (organizer) b_.AddFact(FactRelation::Organized, {EntityKind::Organization, organizer->org}, ev, organizer->evidence);
}

}  // namespace

// Each figure is reported by the office written inside it ("IKM Pemerintah
// Kota Samarinda tahun 2023 tercatat 82,45"), or else the nearest one before it
// in its sentence, or else the government of the article's region. An office
// after the value is about something else ("... Kelas Ibu Muda Puskesmas X").
void Resolver::Figures() {
  for (const FigureMention& f : m_.figures) {
    const Sentence& s = doc_.SentenceOf(f.first);
    std::optional<uint32_t> org;
    const OfficeMention* chosen = nullptr;
    for (const OfficeMention& o : m_.offices) {
      if (o.first < s.first_token || o.end > f.end) continue;
      bool inside = o.first >= f.first;
      if (!chosen || inside || o.first > chosen->first) chosen = &o;
      if (inside) break;
    }
    if (chosen) org = b_.Office(*chosen);
    if (!org && jur_) org = b_.Government(*jur_);
    FigureEntity figure;
    AssignNumberedKey(figure.key, "figure/", facts_.figures.size() + 1);
    figure.indicator = lx_.indicator_entries[f.indicator].indicator;
    figure.value = f.value;
    figure.number = f.number;
    figure.category = f.category;
    if (f.year) figure.year = std::to_string(f.year);
    figure.span = doc_.RangeSpan(f.first, f.end);
    facts_.figures.push_back(std::move(figure));
    if (org)
      b_.AddNewFact(FactRelation::Reports, {EntityKind::Organization, *org},
                    {EntityKind::Figure, static_cast<uint32_t>(facts_.figures.size() - 1)}, s.span);
  }
}

namespace {

// The raw article's fields the facts keep, copied from `raw` or moved out of it.
template <typename Raw>
ArticleMeta RawMeta(Raw&& raw) {
  ArticleMeta meta;
  meta.source = std::forward<Raw>(raw).source;
  meta.title = std::forward<Raw>(raw).title;
  meta.url = std::forward<Raw>(raw).url;
  meta.published = std::forward<Raw>(raw).published;
  meta.outlet = std::forward<Raw>(raw).outlet;
  return meta;
}

ArticleFacts Resolve(const Lexicon& lexicon, ArticleMeta meta, const Document& doc, const CleanResult& clean,
                     const Mentions& mentions, const Region* jurisdiction) {
  thread_local Scratch scratch;
  return Resolver(lexicon, std::move(meta), doc, clean, mentions, jurisdiction, scratch).Run();
}

}  // namespace

ArticleFacts ResolveArticle(const Lexicon& lexicon, const RawArticle& raw, const Document& doc,
                            const CleanResult& clean, const Mentions& mentions, const Region* jurisdiction) {
  ArticleFacts facts = Resolve(lexicon, RawMeta(raw), doc, clean, mentions, jurisdiction);
  facts.text = doc.text();
  return facts;
}

ArticleFacts ResolveArticle(const Lexicon& lexicon, RawArticle&& raw, Document&& doc, const CleanResult& clean,
                            const Mentions& mentions, const Region* jurisdiction) {
  ArticleFacts facts = Resolve(lexicon, RawMeta(std::move(raw)), doc, clean, mentions, jurisdiction);
  facts.text = std::move(doc).TakeText();
  return facts;
}

}  // namespace pejabat
