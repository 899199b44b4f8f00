#include "extract/recognize/person_recognizer.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "extract/lexicon.h"
#include "extract/recognize/region_parser.h"
#include "extract/text_util.h"

namespace pejabat {
namespace {

constexpr std::size_t kMaxNameTokens = 5;
// The title-and-degree rule reads a name where a title starts, or where a word
// that may be a degree follows within this many tokens (the longest name, a
// nickname, an initial's dot and a comma); nowhere else can it find a title
// or a degree.
constexpr std::size_t kDegreeReach = kMaxNameTokens + 10;

bool IsSingleCapital(std::string_view t) { return t.size() == 1 && t[0] >= 'A' && t[0] <= 'Z'; }

// The medical titles written in lower case ("dr Nama", "drg. Nama"); every
// other title starts with a capital.
bool IsLowerCaseTitle(std::string_view t) { return t == "dr" || t == "drg"; }

// Whether a token of [first, end) is already in a found name (`taken` marks them).
bool Overlaps(const TokenMask& taken, std::size_t first, std::size_t end) {
  for (std::size_t i = first; i < end && i < taken.size(); ++i)
    if (taken[i]) return true;
  return false;
}

// What one Recognize call knows of each token, a byte a token. The rules ask
// again and again of the same tokens (a run start, then each word of the run,
// for each rule), and an answer takes up to eight phrase table lookups
// (IsNameToken) or a degree key built and hashed (a word with a dot).
enum TokenFact : uint8_t {
  kNameAsked = 1,  // IsNameToken answered, in kName
  kName = 2,
  kDegreeAsked = 4,  // Lexicon::IsDegreeToken answered, in kDegree
  kDegree = 8,
  kMayBeDegree = 16,  // Lexicon::MayBeDegreeWord
  kTitle = 32,        // a title phrase starts here
};

// Bits of PersonRecognizer::word_marks_, by vocabulary number.
constexpr uint8_t kDegreeWord = 1;   // WordFacts::degree
constexpr uint8_t kMenurutWord = 2;  // "menurut"
constexpr uint8_t kEveryMark = 3;    // a word of another vocabulary: may be anything

// A number from 0 to 255 that tokens written alike share: from the
// vocabulary number, the length and the first byte.
uint32_t TextHash(uint32_t word, uint32_t length, unsigned char first) {
  return ((word * 0x9E3779B1u) ^ (length * 0x85EBCA77u) ^ (first * 0xC2B2AE3Du)) >> 24;
}

using Range = std::pair<uint32_t, uint32_t>;  // tokens [first, end)

// Titles, name and degrees read at a token: token numbers and lexicon values
// only. Strings are built for the names kept (Mention), not for every
// candidate a rule reads and rejects.
struct ParsedName {
  uint32_t first = 0, end = 0;            // whole phrase
  uint32_t name_first = 0, name_end = 0;  // the name alone
  std::vector<uint32_t> titles;           // Lexicon::title_canonical numbers
  std::vector<Range> degrees;             // each degree as written
  // A nickname in quotes inside the name, left out of it: [nick_first, nick_end)
  // are its words, [nick_open, nick_close] the marks (empty when none).
  uint32_t nick_open = 0, nick_close = 0, nick_first = 0, nick_end = 0;
  bool address_only = false;  // the only titles are forms of address ("Ibu", "Pak")

  void Clear() {
    first = end = name_first = name_end = 0;
    nick_open = nick_close = nick_first = nick_end = 0;
    titles.clear();
    degrees.clear();
    address_only = false;
  }
};

// A name a rule kept; its PersonMention is built at the end, in text order.
// Titles and degrees are slices of the scan's pools.
struct FoundName {
  uint32_t first = 0, end = 0, name_first = 0, name_end = 0;
  uint32_t nick_open = 0, nick_close = 0, nick_first = 0, nick_end = 0;
  uint32_t titles_begin = 0, titles_end = 0, degrees_begin = 0, degrees_end = 0;
  std::optional<uint32_t> role;
};

// A run of two or more words of a found name: tokens [first, end); `word`
// numbers its first word among the distinct first words of all runs.
struct NameRun {
  uint32_t first, end, word;
};

// A cue or a reporting verb the walk found: where its rule starts.
struct PhraseAt {
  uint32_t token;
  PhraseTable::Match match;
};

// Token numbers the walk over every token lists, at most one entry a token:
// written through a pointer into room for all of them, so that the walk
// stores the number and nothing else. A push_back also stores the vector's
// end, a pointer that might be any pointer the loop holds, and every value
// the loop keeps is then read again at every token.
class TokenList {
 public:
  uint32_t* Start(std::size_t room) {
    if (numbers_.size() < room) numbers_.resize(room);
    size_ = 0;
    return numbers_.data();
  }
  void Finish(const uint32_t* end) { size_ = static_cast<std::size_t>(end - numbers_.data()); }
  const uint32_t* begin() const { return numbers_.data(); }
  const uint32_t* end() const { return numbers_.data() + size_; }
  std::size_t size() const { return size_; }
  uint32_t operator[](std::size_t k) const { return numbers_[k]; }
  // Keeps the numbers `keep` says yes to, in order.
  template <typename Keep>
  void KeepIf(Keep keep) {
    std::size_t kept = 0;
    for (std::size_t k = 0; k < size_; ++k)
      if (keep(numbers_[k])) numbers_[kept++] = numbers_[k];
    size_ = kept;
  }

 private:
  std::vector<uint32_t> numbers_;
  std::size_t size_ = 0;
};

// The buffers of one Recognize call, kept from call to call by each thread
// (the recognizer is shared by the pipeline's workers): an article then
// allocates nothing but its mentions.
struct Scratch {
  std::vector<uint8_t> facts;  // TokenFact bits
  TokenMask taken;             // tokens of found names: overlap tests at every rule
  TokenList phrase_starts, degrees_at, menurut_at, run_starts;
  TokenList run_hashes;  // TextHash of each of run_starts
  std::vector<uint32_t> titles_at;
  std::vector<PhraseAt> cues_at, verbs_at;
  ParsedName parsed;
  std::vector<FoundName> found;
  std::vector<uint32_t> title_pool;
  std::vector<Range> degree_pool;
  std::vector<NameRun> runs;
  std::vector<uint32_t> words;  // tokens whose text a token is compared with
  std::vector<uint32_t> word_hashes;  // HashOf each of words
  std::vector<std::pair<uint32_t, uint32_t>> order;
};

// The TextHash values of a few tokens: the article's capitalized words are
// compared with names' words, and nearly every one is screened out here,
// before a comparison with each.
class TextScreen {
 public:
  void Add(uint32_t hash) { bits_[hash >> 6] |= uint64_t{1} << (hash & 63); }
  bool MayHold(uint32_t hash) const { return (bits_[hash >> 6] >> (hash & 63)) & 1; }

 private:
  uint64_t bits_[4] = {};
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// One Recognize call: the walk that marks where rules can fire, the rules in
// their order, and the mentions built from the names they kept.
class NameScan {
 public:
  // `comma_is_degree`, `dot_is_degree`: lx.IsDegree(",") and lx.IsDegree(".").
  NameScan(const Lexicon& lx, const std::vector<uint8_t>& word_marks, bool comma_is_degree, bool dot_is_degree,
           const Document& doc, const TokenMask& blocked, Scratch& s)
      : lx_(lx),
        word_marks_(word_marks),
        comma_is_degree_(comma_is_degree),
        dot_is_degree_(dot_is_degree),
        doc_(doc),
        tokens_(doc.tokens),
        blocked_(blocked),
        s_(s),
        n_(doc.size()) {}

  std::vector<PersonMention> Run(const std::vector<RoleMention>& roles);

 private:
  void MarkTokens();
  // The walk itself, for a document numbered with the lexicon's vocabulary or not.
  template <bool kNumbered>
  void WalkTokens();
  void MarkPhraseStarts(std::size_t i);
  // The rules, in the order they claim tokens.
  void RoleBefore(const std::vector<RoleMention>& roles);
  void RoleAfter(const std::vector<RoleMention>& roles);
  void CueNouns();
  void TitlesAndDegrees();
  void Verbs();
  void Menurut();
  void PostsAfterNames(const std::vector<RoleMention>& roles);
  void RepeatedNames();
  void FullNames();
  std::vector<PersonMention> Mentions() const;

  // Titles, name and degrees at token i into s_.parsed; false when no name.
  bool ParseName(std::size_t i);
  std::size_t ParseTitles(std::size_t i, bool& strong);
  std::size_t TitleInParentheses(std::size_t i);
  std::size_t NicknameEnd(std::size_t i);
  std::size_t ParseDegrees(std::size_t i);
  // Keeps s_.parsed unless it overlaps a name found before.
  void Add(std::optional<uint32_t> role);
  // A name found with no title, degree or post: tokens [first, end) alone.
  void AddBare(std::size_t first, std::size_t end);

  bool IsNameToken(std::size_t i) const;
  // IsNameToken, answered once per token.
  bool IsName(std::size_t i) {
    if (i >= n_) return false;
    uint8_t& f = s_.facts[i];
    if (!(f & kNameAsked)) f |= kNameAsked | (IsNameToken(i) ? kName : 0);
    return f & kName;
  }
  // Lexicon::IsDegreeToken, answered once per token. A word MayBeDegreeWord
  // rules out is none, and a comma or a full stop (the token after most
  // names) is answered for all, without building its key.
  bool IsDegree(std::size_t i) {
    uint8_t& f = s_.facts[i];
    if (!(f & kDegreeAsked)) f |= kDegreeAsked | (AskDegree(i) ? kDegree : 0);
    return f & kDegree;
  }
  bool AskDegree(std::size_t i) const {
    if (tokens_[i].kind == TokenKind::Word) return (s_.facts[i] & kMayBeDegree) && lx_.IsDegreeToken(doc_, i);
    const std::string_view w = doc_.TokenText(i);
    if (w == ",") return comma_is_degree_;
    if (w == ".") return dot_is_degree_;
    return lx_.IsDegreeToken(doc_, i);
  }
  // lx_.titles.MatchAt(doc_, i) has a match.
  bool TitleAt(std::size_t i) const { return i < n_ && (s_.facts[i] & kTitle); }
  // Tokens a and b are written alike. Alike words have the same vocabulary
  // number: most pairs differ there or in length, before their bytes.
  bool SameText(std::size_t a, std::size_t b) const {
    const Token& x = tokens_[a];
    const Token& y = tokens_[b];
    return x.word == y.word && x.span.size() == y.span.size() && doc_.TokenText(a) == doc_.TokenText(b);
  }
  // The first of s_.words (token numbers) written like token i, whose
  // HashOf is `hash`: its place, or s_.words.size(). The hashes first: most
  // words of names are in no lexicon (vocabulary number 0), and SameText
  // then compared their bytes whenever their lengths were equal.
  uint32_t FirstAlike(std::size_t i, uint32_t hash) const {
    const std::vector<uint32_t>& words = s_.words;
    const std::vector<uint32_t>& hashes = s_.word_hashes;
    uint32_t k = 0;
    while (k < words.size() && (hashes[k] != hash || !SameText(i, words[k]))) ++k;
    return k;
  }
  // visit(i, hash) for each run start (s_.run_starts) whose TextHash
  // `screen` may hold, in text order, until visit says false. The screen
  // says no to nearly every start: tested first, in a loop that reads the
  // two lists through pointers of its own (through s_, both were read
  // again after every store of the loop).
  template <typename Visit>
  void ScreenedRunStarts(const TextScreen& screen, Visit visit) {
    const uint32_t* const starts = s_.run_starts.begin();
    const uint32_t* const hashes = s_.run_hashes.begin();
    const std::size_t count = s_.run_starts.size();
    for (std::size_t r = 0; r < count; ++r)
      if (screen.MayHold(hashes[r]) && !visit(starts[r], hashes[r])) return;
  }
  void AddWord(uint32_t i, uint32_t hash) {
    s_.words.push_back(i);
    s_.word_hashes.push_back(hash);
  }
  uint32_t HashOf(std::size_t i) const {
    const Token& t = tokens_[i];
    return TextHash(t.word, t.span.size(), static_cast<unsigned char>(doc_.text()[t.span.begin]));
  }

  const Lexicon& lx_;
  const std::vector<uint8_t>& word_marks_;
  const bool comma_is_degree_, dot_is_degree_;
  const Document& doc_;
  const std::vector<Token>& tokens_;
  const TokenMask& blocked_;
  Scratch& s_;
  const std::size_t n_;
};

// The one walk over every token: what each rule would otherwise ask at every
// token (a title, a cue or a verb starting here, "Menurut", a word that may be
// a degree, a capitalized word opening a run) is asked here once, and the
// rules visit only the tokens listed. The walk reads the token alone and
// calls nothing, so that what it keeps stays in registers: it lists the
// tokens that may be each thing (a token that starts no phrase of any table
// starts none of the three; a word whose vocabulary number is no degree and
// has no dot or digit is none), and the few listed are asked afterwards.
void NameScan::MarkTokens() {
  s_.facts.assign(n_, 0);
  s_.taken.assign(n_, 0);
  s_.titles_at.clear();
  s_.cues_at.clear();
  s_.verbs_at.clear();
  s_.found.clear();
  s_.title_pool.clear();
  s_.degree_pool.clear();
  // Every number a numbered document holds has its marks (none is added after load).
  if (doc_.vocabulary == lx_.vocabulary.get() && word_marks_.size() > lx_.vocabulary->size())
    WalkTokens<true>();
  else
    WalkTokens<false>();
  for (uint32_t i : s_.phrase_starts) MarkPhraseStarts(i);
  for (uint32_t i : s_.titles_at) s_.facts[i] |= kTitle;
  s_.degrees_at.KeepIf([&](uint32_t i) { return lx_.MayBeDegreeWord(doc_, i); });
  for (uint32_t i : s_.degrees_at) s_.facts[i] |= kMayBeDegree;
  s_.menurut_at.KeepIf([&](uint32_t i) { return doc_.Folded(i) == "menurut"; });
}

// A document numbered with another vocabulary (or none) has every token
// listed as a phrase start and every word as "menurut" and a degree; a
// numbered one is walked without a test of that at every token (a template
// argument, not a value the loop reads).
template <bool kNumbered>
void NameScan::WalkTokens() {
  // Only a start of a title, a cue or a verb is listed: a token starting
  // phrases of other tables alone (a region, a portfolio word, a role) has
  // nothing for MarkPhraseStarts to find.
  const uint32_t rule_starts = lx_.titles.StartBit() | lx_.cues.StartBit() | lx_.verbs.StartBit();
  const uint8_t* word_marks = word_marks_.data();
  const std::size_t n = n_;
  const Token* tokens = tokens_.data();
  const char* text = doc_.text().data();
  uint32_t* phrases = s_.phrase_starts.Start(n);
  // Words that may be a degree or "menurut", in one list (both are rare):
  // split below.
  uint32_t* marked = s_.degrees_at.Start(n);
  uint32_t* run_starts = s_.run_starts.Start(n);
  uint32_t* run_hashes = s_.run_hashes.Start(n);
  bool after_capitalized = false;
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    const uint32_t at = static_cast<uint32_t>(i);
    if (!kNumbered || (t.phrase_starts & rule_starts) != 0) *phrases++ = at;
    if (t.kind != TokenKind::Word) {
      after_capitalized = false;
      continue;
    }
    const unsigned char first = static_cast<unsigned char>(text[t.span.begin]);
    const uint8_t marks = kNumbered ? word_marks[t.word] : kEveryMark;
    if (t.inner_dot || marks != 0 || static_cast<unsigned char>(first - '0') < 10) *marked++ = at;
    // A capitalized word with none before it in its paragraph: where a
    // name written again, or a full name, can start.
    if (t.upper && (!after_capitalized || t.paragraph_start)) {
      *run_starts++ = at;
      *run_hashes++ = TextHash(t.word, t.span.size(), first);
    }
    after_capitalized = t.upper;
  }
  s_.phrase_starts.Finish(phrases);
  s_.degrees_at.Finish(marked);
  s_.run_starts.Finish(run_starts);
  s_.run_hashes.Finish(run_hashes);
  uint32_t* menurut_at = s_.menurut_at.Start(n);
  for (uint32_t i : s_.degrees_at)
    if ((kNumbered ? word_marks[tokens[i].word] : kEveryMark) & kMenurutWord) *menurut_at++ = i;
  s_.menurut_at.Finish(menurut_at);
  s_.degrees_at.KeepIf([&](uint32_t i) {
    const Token& t = tokens[i];
    const uint8_t marks = kNumbered ? word_marks[t.word] : kEveryMark;
    return t.inner_dot || (marks & kDegreeWord) || static_cast<unsigned char>(text[t.span.begin] - '0') < 10;
  });
}

// The phrases of the three tables the rules start from, at a token that
// starts some phrase. Cues and verbs inside an office or a role are no
// rule's (the rules skip them).
void NameScan::MarkPhraseStarts(std::size_t i) {
  if (lx_.titles.MatchAt(doc_, i)) s_.titles_at.push_back(static_cast<uint32_t>(i));
  if (blocked_[i]) return;
  if (auto cue = lx_.cues.MatchAt(doc_, i)) s_.cues_at.push_back({static_cast<uint32_t>(i), *cue});
  if (auto verb = lx_.verbs.MatchAt(doc_, i)) s_.verbs_at.push_back({static_cast<uint32_t>(i), *verb});
}

bool NameScan::IsNameToken(std::size_t i) const {
  if (i >= n_ || blocked_[i]) return false;
  const Token& t = tokens_[i];
  if (t.kind != TokenKind::Word || !t.upper) return false;
  // "Selanjutnya", "Sebelumnya", "Rupanya", and their misspellings: a long
  // word in -nya opening a sentence is a connective, not a name.
  bool opens_sentence = i == 0 || tokens_[i - 1].sentence != t.sentence;
  if (opens_sentence && t.span.end - t.span.begin >= 7 && doc_.Folded(i).ends_with("nya")) return false;
  const WordFacts& w = lx_.Word(doc_, i);
  if (w.function_word || w.month || w.weekday || !w.place_level.empty()) return false;
  // A word that starts no phrase of these tables starts none of these
  // phrases: one test of their bits together.
  const uint32_t tables = lx_.roles.StartBit() | lx_.offices.StartBit() | lx_.national.StartBit() |
                          lx_.verbs.StartBit() | lx_.cues.StartBit() | lx_.triggers.StartBit() | lx_.venues.StartBit();
  if (!(t.phrase_starts & tables) && doc_.vocabulary == lx_.vocabulary.get()) return true;
  if (lx_.roles.MatchAt(doc_, i) || lx_.offices.MatchAt(doc_, i) || lx_.national.MatchAt(doc_, i)) return false;
  if (lx_.verbs.MatchAt(doc_, i) || lx_.cues.MatchAt(doc_, i) || lx_.triggers.MatchAt(doc_, i)) return false;
  if (lx_.venues.MatchAt(doc_, i)) return false;
  return true;
}

// "Jenderal (Purn) Nama", "Kombes (Purn.) Nama": a title in parentheses after
// another one (a retired rank) belongs to the titles, not between them and
// the name. Returns the token after ")" when a name-like word follows, i otherwise.
std::size_t NameScan::TitleInParentheses(std::size_t i) {
  std::vector<uint32_t>& titles = s_.parsed.titles;
  if (titles.empty() || i + 2 >= n_ || doc_.TokenText(i) != "(" || !TitleAt(i + 1)) return i;
  const PhraseTable::Match hit = *lx_.titles.MatchAt(doc_, i + 1);
  std::size_t k = i + 1 + hit.length;
  if (k < n_ && doc_.TokenText(k) == ".") ++k;
  if (k + 1 >= n_ || doc_.TokenText(k) != ")") return i;
  if (tokens_[k + 1].kind != TokenKind::Word || !tokens_[k + 1].upper) return i;
  titles.push_back(hit.value);
  return k + 1;
}

std::size_t NameScan::ParseTitles(std::size_t i, bool& strong) {
  std::vector<uint32_t>& titles = s_.parsed.titles;
  std::size_t j = i;
  while (j < n_) {
    if (std::size_t after = TitleInParentheses(j); after != j) {
      j = after;
      continue;
    }
    if (!TitleAt(j)) break;
    const PhraseTable::Match hit = *lx_.titles.MatchAt(doc_, j);
    std::string_view written = doc_.TokenText(j);
    // One-letter titles ("H", "T") only in capitals; others start upper case
    // except the lower-case medical ones ("dr", "drg").
    if (written.size() == 1 && !IsSingleCapital(written)) break;
    if (!tokens_[j].upper && !IsLowerCaseTitle(written)) break;
    std::size_t k = j + hit.length;
    if (k < n_ && doc_.TokenText(k) == "." && !tokens_[k].space_before) ++k;
    // A title must be followed by something name-like.
    bool parenthesized_title = k < n_ && doc_.TokenText(k) == "(" && TitleAt(k + 1);
    if (!parenthesized_title && (k >= n_ || tokens_[k].kind != TokenKind::Word || !tokens_[k].upper)) break;
    titles.push_back(hit.value);
    if (lx_.title_kinds[hit.value] != "address") strong = true;
    j = k;
  }
  return j;
}

// "Ramadhan 'Adan' Saputra", "Ahmad “Abah” Fauzi": one or two capitalized
// words in quotes between two words of a name are the name the person goes
// by, not a word of the name. Returns the token after the closing mark when
// a name word follows it, i otherwise.
std::size_t NameScan::NicknameEnd(std::size_t i) {
  constexpr std::size_t kMaxNicknameWords = 2;
  if (i >= n_ || tokens_[i].kind != TokenKind::Quote) return i;
  std::size_t k = i + 1;
  while (k < n_ && k - i <= kMaxNicknameWords && IsName(k) && !tokens_[k].paragraph_start) ++k;
  if (k == i + 1 || k >= n_ || tokens_[k].kind != TokenKind::Quote) return i;
  if (!IsName(k + 1) || tokens_[k + 1].paragraph_start) return i;
  return k + 1;
}

std::size_t NameScan::ParseDegrees(std::size_t i) {
  std::vector<Range>& degrees = s_.parsed.degrees;
  std::size_t j = i;
  while (j < n_) {
    std::size_t k = j;
    if (doc_.TokenText(k) == ",") ++k;
    if (k >= n_ || tokens_[k].paragraph_start || tokens_[k].kind != TokenKind::Word) break;
    std::string_view w = doc_.TokenText(k);
    std::size_t next = k + 1;
    if (next < n_ && doc_.TokenText(next) == "." && !tokens_[next].space_before) ++next;
    if (IsDegree(k) && (tokens_[k].upper || w.find('.') != std::string_view::npos)) {
      degrees.emplace_back(static_cast<uint32_t>(k), static_cast<uint32_t>(next));
      j = next;
      continue;
    }
    // "S M.Si": a one-letter fragment of a degree, followed by a degree.
    if (IsSingleCapital(w) && next < n_ && IsDegree(next)) {
      degrees.emplace_back(static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1));
      j = next;
      continue;
    }
    break;
  }
  return j;
}

bool NameScan::ParseName(std::size_t i) {
  // A name starts with a capital or with a title ("dr", "drg" are written in
  // lower case): after any other word ParseTitles reads nothing, no name word
  // follows (IsNameToken wants a capital) and the name would be empty.
  if (i >= n_ || (!tokens_[i].upper && !TitleAt(i))) return false;
  ParsedName& p = s_.parsed;
  p.Clear();
  p.first = static_cast<uint32_t>(i);
  bool strong = false;
  const std::size_t j = ParseTitles(i, strong);
  p.address_only = !p.titles.empty() && !strong;
  p.name_first = static_cast<uint32_t>(j);
  std::size_t k = j;
  // The marks and words of a nickname do not count towards the name's length.
  auto name_tokens = [&](std::size_t k) { return k - j - (p.nick_end ? p.nick_close + 1 - p.nick_open : 0); };
  while (k < n_ && name_tokens(k) < kMaxNameTokens) {
    if (k > j && tokens_[k].paragraph_start) break;
    if (k > j && p.nick_end == 0) {
      if (std::size_t after = NicknameEnd(k); after != k) {
        p.nick_open = static_cast<uint32_t>(k);
        p.nick_first = static_cast<uint32_t>(k + 1);
        p.nick_end = p.nick_close = static_cast<uint32_t>(after - 1);
        k = after;
        continue;
      }
    }
    std::string_view w = doc_.TokenText(k);
    // Degrees end the name ("Hendra SH MM"); a lone capital before a degree too.
    if (k > j && IsDegree(k) && (tokens_[k].all_caps || w.find('.') != std::string_view::npos)) break;
    if (IsSingleCapital(w)) {
      // An initial inside a name ("M. Yusuf"), not at its end.
      std::size_t n = k + 1;
      if (n < n_ && doc_.TokenText(n) == "." && !tokens_[n].space_before) ++n;
      if (n < n_ && IsName(n) && !IsDegree(n)) {
        k = n;
        continue;
      }
      break;
    }
    if (!IsName(k)) {
      // Right after a title, a capitalized word that is also a function word
      // starts the name when a name word follows ("H. Lalu Suparman"); not
      // when an acronym follows: "Ibu Hamil KEK" is a group of mothers.
      bool after_title = k == j && !p.titles.empty() && !blocked_[k] && tokens_[k].kind == TokenKind::Word &&
                         tokens_[k].upper && lx_.Word(doc_, k).function_word && IsName(k + 1) &&
                         !tokens_[k + 1].all_caps;
      if (!after_title) break;
    }
    ++k;
  }
  if (k == j) return false;
  // One all-caps word is an acronym ("SAKIP", "OPD"), not a name.
  if (k == j + 1 && tokens_[j].all_caps) return false;
  p.name_end = static_cast<uint32_t>(k);
  // A bare region is a place, not a name ("Padang"). A region starts at a
  // place prefix or at a capitalized word that starts a region's name:
  // MatchRegion is not asked where neither is written (it would say no).
  // MayStartRegion first, as MatchRegion itself tests: most names are
  // answered so, without StartsRegionName's search of the word for a hyphen
  // (a memchr call a name).
  const bool may_be_region =
      MayStartRegion(doc_, lx_, j) &&
      (!lx_.Word(doc_, j).place_level.empty() || (tokens_[j].upper && lx_.StartsRegionName(doc_, j)));
  if (may_be_region)
    if (auto r = MatchRegion(doc_, lx_, j, true); r && r->end >= k) return false;
  p.end = static_cast<uint32_t>(ParseDegrees(k));
  return true;
}

void NameScan::Add(std::optional<uint32_t> role) {
  const ParsedName& p = s_.parsed;
  if (Overlaps(s_.taken, p.first, p.end)) return;
  for (std::size_t i = p.first; i < p.end; ++i) s_.taken[i] = true;
  FoundName& f = s_.found.emplace_back();
  f.first = p.first;
  f.end = p.end;
  f.name_first = p.name_first;
  f.name_end = p.name_end;
  f.nick_open = p.nick_open;
  f.nick_close = p.nick_close;
  f.nick_first = p.nick_first;
  f.nick_end = p.nick_end;
  f.titles_begin = static_cast<uint32_t>(s_.title_pool.size());
  s_.title_pool.insert(s_.title_pool.end(), p.titles.begin(), p.titles.end());
  f.titles_end = static_cast<uint32_t>(s_.title_pool.size());
  f.degrees_begin = static_cast<uint32_t>(s_.degree_pool.size());
  s_.degree_pool.insert(s_.degree_pool.end(), p.degrees.begin(), p.degrees.end());
  f.degrees_end = static_cast<uint32_t>(s_.degree_pool.size());
  f.role = role;
}

void NameScan::AddBare(std::size_t first, std::size_t end) {
  FoundName& f = s_.found.emplace_back();
  f.first = f.name_first = static_cast<uint32_t>(first);
  f.end = f.name_end = static_cast<uint32_t>(end);
  f.titles_begin = f.titles_end = static_cast<uint32_t>(s_.title_pool.size());
  f.degrees_begin = f.degrees_end = static_cast<uint32_t>(s_.degree_pool.size());
  for (std::size_t t = first; t < end; ++t) s_.taken[t] = true;
}

// role_before: the name right after a role, with or without a comma.
void NameScan::RoleBefore(const std::vector<RoleMention>& roles) {
  for (uint32_t r = 0; r < roles.size(); ++r) {
    std::size_t j = roles[r].end;
    bool comma = j < n_ && doc_.TokenText(j) == ",";
    if (comma) ++j;
    if (j >= n_ || tokens_[j].paragraph_start) continue;
    if (ParseName(j)) Add(r);
  }
}

// role_after: "Nama, Kepala Dinas …" — a name, a comma, then a role.
void NameScan::RoleAfter(const std::vector<RoleMention>& roles) {
  for (uint32_t r = 0; r < roles.size(); ++r) {
    std::size_t comma = roles[r].first;
    if (comma < 2 || doc_.TokenText(comma - 1) != ",") continue;
    // Walk back over the name run before the comma.
    std::size_t start = comma - 1;
    while (start > 0 && start + kMaxNameTokens + 1 > comma - 1 && (IsName(start - 1) || IsDegree(start - 1))) --start;
    for (std::size_t s = start; s < comma - 1; ++s) {
      if (ParseName(s) && s_.parsed.end == comma - 1) {
        Add(r);
        break;
      }
    }
  }
}

// cue_noun: the name after a noun naming the part a person plays, with an
// event word and a comma allowed between ("Narasumber kegiatan, Nama dari …",
// "pemateri Nama").
void NameScan::CueNouns() {
  for (const auto& [i, cue] : s_.cues_at) {
    // Only the parts a person plays; "laporan", "arahan" are also followed by documents.
    const EventCue& c = lx_.cue_entries[cue.value];
    if (c.voice != "noun" || (c.role != "resource_person" && c.role != "instructor")) continue;
    std::size_t j = i + cue.length;
    if (auto trigger = lx_.triggers.MatchAt(doc_, j)) j += trigger->length;
    if (j < n_ && doc_.TokenText(j) == ",") ++j;
    if (j >= n_ || tokens_[j].paragraph_start || s_.taken[j]) continue;
    if (ParseName(j)) Add(std::nullopt);
  }
}

// title and degree: self-evident names anywhere. A name found here starts
// with a title or is followed by a degree within kDegreeReach tokens: the
// tokens visited are the title starts and the reach before each word that
// may be a degree, in text order, merged from the two lists MarkTokens made.
void NameScan::TitlesAndDegrees() {
  // The lists and masks through pointers of their own: through s_ and the
  // members, each was read again after every store of the loop (IsName
  // notes its answers).
  const uint32_t* const titles = s_.titles_at.data();
  const std::size_t title_count = s_.titles_at.size();
  const uint32_t* const degrees = s_.degrees_at.begin();
  const std::size_t degree_count = s_.degrees_at.size();
  const uint8_t* const blocked = blocked_.data();
  const uint8_t* const taken = s_.taken.data();  // sized once, by MarkTokens
  const Token* const tokens = tokens_.data();
  const std::size_t n = n_;
  std::size_t t = 0, d = 0, i = 0;
  while (true) {
    while (d < degree_count && degrees[d] <= i) ++d;  // the first degree after i
    while (t < title_count && titles[t] < i) ++t;
    std::size_t next = n;
    if (d < degree_count) next = degrees[d] <= i + kDegreeReach ? i : degrees[d] - kDegreeReach;
    if (t < title_count) next = std::min<std::size_t>(next, titles[t]);
    if (next >= n) break;
    i = next;
    const bool title = t < title_count && titles[t] == i;
    // Not where a name is already found, nor inside a run of name words; and
    // a name starts with a capital or a title (ParseName).
    if (blocked[i] || taken[i] || (!title && (!tokens[i].upper || (i > 0 && IsName(i - 1)))) || !ParseName(i)) {
      ++i;
      continue;
    }
    const ParsedName& p = s_.parsed;
    // A form of address before one word is too weak ("Kelas Ibu Muda").
    bool weak = p.address_only && p.degrees.empty() && p.name_end - p.name_first == 1;
    if ((p.titles.empty() && p.degrees.empty()) || weak) {
      ++i;
      continue;
    }
    Add(std::nullopt);
    i = p.end;
  }
}

// verb_after / verb_before: names attributed speech.
void NameScan::Verbs() {
  for (const auto& [i, verb] : s_.verbs_at) {
    if (lx_.verb_positions[verb.value] == VerbPosition::After) {
      std::size_t j = i + verb.length;
      if (j < n_ && !tokens_[j].paragraph_start && !s_.taken[j] && ParseName(j)) Add(std::nullopt);
      continue;
    }
    // "Fajar menyampaikan": the name run that ends right before the verb.
    std::size_t end = i;
    std::size_t start = end;
    while (start > 0 && end - start < kMaxNameTokens && IsName(start - 1)) --start;
    if (start == end || Overlaps(s_.taken, start, end)) continue;
    bool parsed = ParseName(start);
    // A lone all-caps word before a verb is an acronym ("KPU menyampaikan").
    bool acronym = end - start == 1 && tokens_[start].all_caps;
    if (parsed && s_.parsed.name_end == end && !acronym) Add(std::nullopt);
  }
}

// "Menurut Fajar, …"
void NameScan::Menurut() {
  for (uint32_t i : s_.menurut_at) {
    if (i + 1 >= n_) break;
    if (s_.taken[i + 1] || !ParseName(i + 1)) continue;
    if (s_.parsed.end < n_ && doc_.TokenText(s_.parsed.end) == ",") Add(std::nullopt);
  }
}

// A post right after a found name is that person's: "Ir. Nama, MT, Pengendali
// Teknis pada …" (a name found by its title or degree, a comma, the post),
// "Yetti, S.Sos (Auditor Madya Inspektorat)" (the post in parentheses).
void NameScan::PostsAfterNames(const std::vector<RoleMention>& roles) {
  for (uint32_t r = 0; r < roles.size(); ++r) {
    std::size_t mark = roles[r].first;
    if (mark < 1) continue;
    std::string_view before = doc_.TokenText(mark - 1);
    if (before != "," && before != "(") continue;
    for (FoundName& m : s_.found)
      if (!m.role && m.end == mark - 1 && (before == "(" || m.degrees_end > m.degrees_begin)) m.role = r;
  }
}

// A name found once is a name wherever the article writes it again, even
// where no rule would find it ("Usai upacara, Lalu Suparman kepada wartawan
// mengatakan …"): every run of two or more of its words, written as a run of
// its own, is a mention (the resolver merges it into the full name).
void NameScan::RepeatedNames() {
  // Every run of two or more words of a found name, as a token range: the
  // longest runs first, and runs of one length in the order of the names.
  std::vector<NameRun>& runs = s_.runs;
  runs.clear();
  std::size_t longest = 0;
  for (const FoundName& m : s_.found) longest = std::max<std::size_t>(longest, m.name_end - m.name_first);
  for (std::size_t length = longest; length >= 2; --length)
    for (const FoundName& m : s_.found)
      for (std::size_t a = m.name_first; a + length <= m.name_end; ++a)
        runs.push_back(NameRun{static_cast<uint32_t>(a), static_cast<uint32_t>(a + length), 0});
  if (runs.empty()) return;
  // The runs' first words, once, and each run with the number of its own:
  // every capitalized word opening a run of the article is compared with
  // these (nearly every one is none of them), and one that is one of them
  // tries only the runs that start with it.
  s_.words.clear();
  s_.word_hashes.clear();
  TextScreen screen;
  for (NameRun& run : runs) {
    const uint32_t hash = HashOf(run.first);
    run.word = FirstAlike(run.first, hash);
    if (run.word < s_.words.size()) continue;
    AddWord(run.first, hash);
    screen.Add(hash);
  }
  ScreenedRunStarts(screen, [&](uint32_t i, uint32_t hash) {
    // A start inside a found name (each name's own first word is one) is
    // no run written again: every run from it overlaps that name.
    if (s_.taken[i]) return true;
    const uint32_t word = FirstAlike(i, hash);
    if (word == s_.words.size()) return true;
    for (const NameRun& run : runs) {
      if (run.word != word) continue;
      std::size_t end = i + (run.end - run.first);
      if (end > n_ || doc_.IsCapitalizedWord(end) || Overlaps(s_.taken, i, end)) continue;
      bool same = true;
      for (std::size_t t = 1; t < run.end - run.first && same; ++t) same = SameText(i + t, run.first + t);
      if (!same) continue;
      AddBare(i, end);
      break;
    }
    return true;
  });
}

// "pemerhati budaya Darmin Salim yang ditemui …" and later "ujar Darmin": no
// rule reads the full name, but the one word found elsewhere starts it. A run
// of name words of its own (no capitalized word before it) that starts with a
// one-word name found elsewhere is that person's full name (the resolver then
// merges the one word into it).
void NameScan::FullNames() {
  s_.words.clear();
  s_.word_hashes.clear();
  TextScreen screen;
  for (const FoundName& m : s_.found) {
    if (m.name_end != m.name_first + 1 || m.titles_begin != m.titles_end) continue;
    const uint32_t hash = HashOf(m.name_first);
    AddWord(m.name_first, hash);
    screen.Add(hash);
  }
  if (s_.words.empty()) return;
  // A degree ends the name ("Fajar SH"); a long acronym is no part of one ("Fajar BUMD").
  auto name_word = [&](std::size_t k) {
    return IsName(k) && !s_.taken[k] && !IsDegree(k) && !(tokens_[k].all_caps && doc_.TokenText(k).size() > 3);
  };
  ScreenedRunStarts(screen, [&](uint32_t i, uint32_t hash) {
    if (i == 0) return true;
    if (i + 1 >= n_) return false;
    if (s_.taken[i] || FirstAlike(i, hash) == s_.words.size() || !IsName(i)) return true;
    std::size_t end = i + 1;
    while (end < n_ && end - i < kMaxNameTokens && !tokens_[end].paragraph_start && name_word(end)) ++end;
    if (end == i + 1 || end >= n_ || (doc_.IsCapitalizedWord(end) && !IsDegree(end))) return true;
    AddBare(i, end);
    return true;
  });
}

// The names kept, as mentions in text order (no two share a token).
std::vector<PersonMention> NameScan::Mentions() const {
  std::vector<std::pair<uint32_t, uint32_t>>& order = s_.order;
  order.clear();
  for (uint32_t k = 0; k < s_.found.size(); ++k) order.emplace_back(s_.found[k].first, k);
  std::sort(order.begin(), order.end());
  std::vector<PersonMention> mentions;
  mentions.reserve(order.size());
  for (const auto& [first, k] : order) {
    const FoundName& f = s_.found[k];
    PersonMention& m = mentions.emplace_back();
    m.first = f.first;
    m.end = f.end;
    m.name_first = f.name_first;
    m.name_end = f.name_end;
    if (f.nick_end > f.nick_first) {
      m.name = CollapseSpaces(std::string(doc_.TokenRange(f.name_first, f.nick_open)) + " " +
                              std::string(doc_.TokenRange(f.nick_close + 1, f.name_end)));
      m.nicknames.push_back(CollapseSpaces(doc_.TokenRange(f.nick_first, f.nick_end)));
    } else if (f.name_end == f.name_first + 1) {
      // One token holds no white space: nothing to collapse.
      m.name = doc_.TokenText(f.name_first);
    } else {
      m.name = CollapseSpaces(doc_.TokenRange(f.name_first, f.name_end));
    }
    m.titles.reserve(f.titles_end - f.titles_begin);
    for (uint32_t t = f.titles_begin; t < f.titles_end; ++t) m.titles.push_back(lx_.title_canonical[s_.title_pool[t]]);
    m.degrees.reserve(f.degrees_end - f.degrees_begin);
    for (uint32_t d = f.degrees_begin; d < f.degrees_end; ++d)
      m.degrees.emplace_back(doc_.TokenRange(s_.degree_pool[d].first, s_.degree_pool[d].second));
    m.role = f.role;
  }
  return mentions;
}

std::vector<PersonMention> NameScan::Run(const std::vector<RoleMention>& roles) {
  MarkTokens();
  RoleBefore(roles);
  RoleAfter(roles);
  CueNouns();
  TitlesAndDegrees();
  Verbs();
  Menurut();
  PostsAfterNames(roles);
  RepeatedNames();
  FullNames();
  return Mentions();
}

}  // namespace

PersonRecognizer::PersonRecognizer(const Lexicon& lexicon)
    : lx_(lexicon),
      word_marks_(lexicon.vocabulary->size() + 1, 0),
      comma_is_degree_(lexicon.IsDegree(",")),
      dot_is_degree_(lexicon.IsDegree(".")) {
  for (uint32_t id = 1; id < word_marks_.size(); ++id)
    if (lexicon.Facts(id).degree) word_marks_[id] |= kDegreeWord;
  if (uint32_t menurut = lexicon.vocabulary->Find("menurut"); menurut != Vocabulary::kUnknown)
    word_marks_[menurut] |= kMenurutWord;
  else  // not a word of the lexicon: every word is looked at
    word_marks_.clear();
}

std::vector<PersonMention> PersonRecognizer::Recognize(const Document& doc, const std::vector<RoleMention>& roles,
                                                       const TokenMask& blocked) const {
  return NameScan(lx_, word_marks_, comma_is_degree_, dot_is_degree_, doc, blocked, ThreadScratch()).Run(roles);
}

}  // namespace pejabat
