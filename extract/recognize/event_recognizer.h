#pragma once
#include <optional>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"

namespace pejabat {

class Lexicon;

struct EventMention {
  uint32_t trigger_first = 0, trigger_end = 0;
  uint32_t sentence = 0;
  std::string type;
  std::string name;
  std::optional<std::size_t> date;  // index into the article's dates
  std::optional<VenueMention> venue;
  const Region* venue_region = nullptr;  // ", Kabupaten Limapuluh kota" after the venue
  std::optional<int> participants;
  bool statement = false;
};

// The article's main event: the first trigger word ("diklat", "sosialisasi",
// "kegiatan Peningkatan Kompetensi") outside quotes whose sentence also opens,
// holds or dates it, or that the headline names. With none, a statement made at
// a named venue on a stated date ("Demikian disampaikan … di Media Center …,
// Rabu (14/11/2018)"), else speech reported with its day ("…," ujar Nama dalam
// keterangannya, Jumat (17/10/2025)), is an event of type statement.
class EventRecognizer {
 public:
  explicit EventRecognizer(const Lexicon& lexicon) : lx_(lexicon) {}

  std::optional<EventMention> Recognize(const Document& doc, const std::vector<DateMention>& dates,
                                        const std::vector<QuoteMention>& quotes,
                                        const std::vector<PersonMention>& persons) const;
  // "di Hotel Grand Kanaya", "bertempat di Aula lantai III Balaikota Bukik Sibalauik".
  std::optional<VenueMention> VenueAt(const Document& doc, std::size_t i) const;
  std::size_t VenueRunEnd(const Document& doc, std::size_t start, bool& has_venue_word) const;
  std::optional<int> Participants(const Document& doc) const;

 private:
  std::string EventName(const Document& doc, std::size_t trigger, std::size_t trigger_end) const;
  std::optional<VenueMention> VenueIn(const Document& doc, std::size_t first, std::size_t end) const;
  std::optional<std::size_t> DateNear(const Document& doc, const std::vector<DateMention>& dates,
                                      std::size_t sentence) const;
  const Lexicon& lx_;
};

}  // namespace pejabat
