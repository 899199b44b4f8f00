#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/recognize/gazetteer.h"
#include "extract/span.h"

namespace pejabat {

// What the recognizers find, before resolution. Token ranges are [first, end).

struct DateMention {
  uint32_t first = 0, end = 0;
  int year = 0;   // 0: not written
  int month = 0;
  int day = 0;
  int end_day = 0;  // "30 sampai 31 Oktober": 31
  int end_month = 0;
  std::string weekday;  // as written ("Rabu")
  int weekday_iso = 0;  // 1..7, 0 if none
};

struct PlaceMention {
  uint32_t first = 0, end = 0;
  const Region* region = nullptr;  // administrative area
  bool explicit_level = false;     // written with "Kota"/"Kabupaten"/"Provinsi"
  std::string area_type;           // "district" (Kecamatan), "village" (Kelurahan/Desa/Nagari) when not a Region
  std::string area_name;
};

// One office in a written chain, innermost first: "Bagian Organisasi Setda Kota
// Padang" is [Bagian "Organisasi"] -> [Sekretariat Daerah], region Padang.
struct OfficePart {
  enum class Source { Office, National } source = Source::Office;
  uint32_t entry = 0;     // index into Lexicon::office_entries or national_entries
  std::string unit_name;  // "Organisasi", "Lingkungan Hidup" for open heads
  uint32_t first = 0, end = 0;
};

struct OfficeMention {
  uint32_t first = 0, end = 0;
  std::vector<OfficePart> parts;
  const Region* region = nullptr;  // written place, if any
  std::string level;               // level the form itself implies (Pemko -> city)
  bool representative = false;     // "Ombudsman RI Perwakilan Sumatera Barat": a national office's branch
};

struct RoleMention {
  uint32_t first = 0, end = 0;
  uint32_t entry = 0;       // index into Lexicon::role_entries
  std::string acting;       // "Plt", "Pj", "Plh"
  std::string numeral;      // "II" for Asisten II
  std::string portfolio;    // "Pemerintahan dan Kesra", "Organisasi" (unit name for unit_head)
  std::optional<OfficeMention> office;  // written office ("Setda Kota Padang", "BKD Kota Medan")
  const Region* region = nullptr;       // written place ("Walikota Medan")
  std::string community;                // a body no lexicon lists, by its acronym ("LPM", "PWRI Lawang Kidul")
};

struct PersonMention {
  uint32_t first = 0, end = 0;            // whole phrase, titles and degrees included
  uint32_t name_first = 0, name_end = 0;  // the name alone
  std::string name;
  std::vector<std::string> titles;
  std::vector<std::string> degrees;
  std::optional<uint32_t> role;  // index into the roles vector: the post written with this name
  std::vector<std::string> nicknames;  // "Appi" of "Ramadhan 'Adan' Saputra": not in `name`
  bool from_reference = false;   // a short form or pronoun resolved later
};

struct QuoteMention {
  uint32_t open = 0, close = 0;  // token indexes of the marks (close == end of text when unclosed)
  Span text;                     // inside the marks
  std::optional<uint32_t> speaker_first, speaker_end;  // tokens naming the speaker
  bool pronoun = false;          // "ujarnya", "kata dia": the last speaker
};

struct VenueMention {
  uint32_t first = 0, end = 0;
  std::string name;
};

struct FigureMention {
  uint32_t first = 0, end = 0;  // the indicator and its value
  uint32_t indicator = 0;       // index into Lexicon::indicator_entries
  std::string value;            // as written: "82,45", "97"
  std::optional<double> number;
  std::string category;  // "B", "BB"
  int year = 0;          // 0: not written with it
};

}  // namespace pejabat
