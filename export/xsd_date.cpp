#include "export/xsd_date.h"

namespace pejabat {
namespace {

bool Digits(std::string_view s, std::size_t from, std::size_t count) {
  if (from + count > s.size()) return false;
  for (std::size_t i = from; i < from + count; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int Number(std::string_view s, std::size_t from, std::size_t count) {
  int n = 0;
  for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (s[i] - '0');
  return n;
}

int DaysIn(int month, int year) {  // year 0: unknown, so February may have 29
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool ValidMonthDay(int month, int day, int year) { return month >= 1 && month <= 12 && day >= 1 && day <= DaysIn(month, year); }

}  // namespace

const char* XsdDateType(std::string_view v) {
  if (v.size() == 10 && Digits(v, 0, 4) && v[4] == '-' && Digits(v, 5, 2) && v[7] == '-' && Digits(v, 8, 2)) {
    int year = Number(v, 0, 4);
    return year >= 1 && ValidMonthDay(Number(v, 5, 2), Number(v, 8, 2), year) ? "xsd:date" : nullptr;
  }
  if (v.size() == 7 && v[0] == '-' && v[1] == '-' && Digits(v, 2, 2) && v[4] == '-' && Digits(v, 5, 2))
    return ValidMonthDay(Number(v, 2, 2), Number(v, 5, 2), 0) ? "xsd:gMonthDay" : nullptr;
  if (v.size() == 7 && Digits(v, 0, 4) && v[4] == '-' && Digits(v, 5, 2)) {
    int month = Number(v, 5, 2);
    return Number(v, 0, 4) >= 1 && month >= 1 && month <= 12 ? "xsd:gYearMonth" : nullptr;
  }
  if (v.size() == 4 && Digits(v, 0, 4) && Number(v, 0, 4) >= 1) return "xsd:gYear";
  return nullptr;
}

}  // namespace pejabat
