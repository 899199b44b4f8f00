#pragma once
#include <vector>

#include "extract/document.h"
#include "extract/recognize/mentions.h"

namespace pejabat {

class Lexicon;

// Dates as news writes them, composed of small rules:
//   weekday_paren    "Senin (24/7)", "Rabu (14/11/2018)", "(24/04)"
//   day_month_year   "30 Oktober 2019", "5 Maret 2024", "30 sampai 31 Oktober 2019", "30-31 Oktober"
//   weekday_comma    "Selasa, 5 Maret 2024"
// A weekday alone ("di Padang, Sabtu") is kept as a weekday-only mention.
std::vector<DateMention> RecognizeDates(const Document& doc, const Lexicon& lexicon);

// ISO weekday (1 = Monday) of a Gregorian date.
int IsoWeekday(int year, int month, int day);
bool ValidDate(int year, int month, int day);  // year 0: any leap year is allowed

}  // namespace pejabat
