#include "bench/gen_corpus/article_writer.h"

#include <cctype>
#include <cstdio>

#include "bench/gen_corpus/phrases.h"

namespace pejabat::bench {
namespace {
namespace ph = phrases;

// Posts every kota and kabupaten has, numbered for the roster.
enum PostId : int { kHead = 0, kDeputy = 1, kSekda = 2, kAsisten = 3, kKabag = 6, kKadis = 12, kInspektur = 18, kPosts = 19 };

std::string Cap(std::string_view s) {
  std::string out(s);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (start && std::islower(static_cast<unsigned char>(c))) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = c == ' ' || c == '(';
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// 0 = Sunday (Sakamoto's method): the weekday written next to a date must agree with it.
int Weekday(int y, int m, int d) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

std::string Place(const Region& r) { return (r.is_city ? "Kota " : "Kabupaten ") + r.name; }

std::string Setda(const Region& r, Rng& rng) {
  switch (rng.Below(3)) {
    case 0: return (r.is_city ? "Setdako " : "Setdakab ") + r.name;
    case 1: return "Setda " + Place(r);
    default: return "Sekretariat Daerah " + Place(r);
  }
}

std::string Government(const Region& r, Rng& rng, bool full) {
  if (full || rng.Chance(0.4)) return (r.is_city ? "Pemerintah Kota " : "Pemerintah Kabupaten ") + r.name;
  return (r.is_city ? (rng.Chance(0.5) ? "Pemko " : "Pemkot ") : "Pemkab ") + r.name;
}

std::string PostName(int post, const Region& r, Rng& rng) {
  bool abbrev = rng.Chance(0.3);
  if (post == kHead) return (r.is_city ? "Wali Kota " : "Bupati ") + r.name;
  if (post == kDeputy) return (r.is_city ? "Wakil Wali Kota " : "Wakil Bupati ") + r.name;
  if (post == kSekda) return (abbrev ? "Sekda " : "Sekretaris Daerah ") + Place(r);
  if (post < kKabag) return "Asisten " + std::string(ph::kAsisten[post - kAsisten]) + " " + Setda(r, rng);
  if (post < kKadis) return (abbrev ? "Kabag " : "Kepala Bagian ") + std::string(ph::kBagian[post - kKabag]) + " " + Setda(r, rng);
  if (post < kInspektur) return (abbrev ? "Kadis " : "Kepala Dinas ") + std::string(ph::kDinas[post - kKadis]) + " " + Place(r);
  return "Inspektur " + Place(r);
}

std::string Filler(Rng& rng) {
  std::string s(rng.Pick(ph::kSubjects));
  s += ' ';
  s += rng.Pick(ph::kModals);
  s += ' ';
  s += rng.Pick(ph::kVerbs);
  s += ' ';
  s += rng.Pick(ph::kObjects);
  s += rng.Pick(ph::kTails);
  s += '.';
  return s;
}

// A sentence as a speaker says it: "Kami minta ..." rather than the reporter's voice.
std::string Spoken(Rng& rng) {
  static constexpr std::string_view kWho[] = {"Kita", "Kami", "Semua OPD", "Setiap pimpinan unit", "Para pejabat struktural"};
  std::string s(rng.Pick(kWho));
  s += ' ';
  s += rng.Pick(ph::kModals);
  s += ' ';
  s += rng.Pick(ph::kVerbs);
  s += ' ';
  s += rng.Pick(ph::kObjects);
  s += rng.Pick(ph::kTails);
  s += '.';
  return s;
}

std::string Quote(Rng& rng, const std::string& attribution) {
  bool curly = rng.Chance(0.7);
  std::string open = curly ? "\xE2\x80\x9C" : "\"";
  std::string close = curly ? "\xE2\x80\x9D" : "\"";
  std::string text = Spoken(rng);
  if (rng.Chance(0.6)) text += " " + Spoken(rng);
  text.pop_back();  // the comma replaces the full stop before the attribution
  return open + text + "," + close + " " + attribution + ".";
}

std::string Venue(Rng& rng, const PersonMaker& maker, const Region& r) {
  Rng local(rng.Next());
  std::string word = maker.Make(local).short_name;
  return std::string(rng.Pick(ph::kVenueHeads)) + " " + word + std::string(rng.Pick(ph::kVenueTails));
}

std::string Headline(Rng& rng, const std::vector<Region>& regions, const PersonMaker& maker) {
  const Region& r = regions[rng.Below(regions.size())];
  const auto& ev = rng.Pick(ph::kEvents);
  Rng local(rng.Next());
  switch (rng.Below(3)) {
    case 0: return Government(r, rng, false) + " Gelar " + TitleCase(ev.full) + " " + TitleCase(rng.Pick(ph::kTopics));
    case 1: return PostName(kHead, r, rng) + " " + maker.Make(local).name + " Tinjau Layanan di " + Place(r);
    default: return std::to_string(rng.Between(30, 200)) + " ASN " + r.name + " Ikuti " + TitleCase(ev.full);
  }
}

}  // namespace

Person ArticleWriter::Holder(std::size_t region, int post, int year) const {
  int term = (year - 2015) / (post <= kDeputy ? 5 : 3);
  Rng rng(HashOf(options_.seed, region * kPosts + static_cast<std::size_t>(post), static_cast<uint64_t>(term)));
  return maker_.Make(rng);
}

Person ArticleWriter::Traveller(std::size_t index, std::string& post) const {
  Rng rng(HashOf(options_.seed ^ 0x5EEDULL, index, 7));
  Person p = maker_.Make(rng);
  post = rng.Pick(ph::kNationalPosts);
  std::string province = regions_[rng.Below(regions_.size())].province;
  if (auto at = post.find("{P}"); at != std::string::npos) post.replace(at, 3, province);
  return p;
}

GeneratedArticle ArticleWriter::Write(std::size_t n) const {
  Rng rng(options_.seed, n);
  std::size_t region_index = rng.Below(regions_.size());
  const Region& r = regions_[region_index];
  int year = rng.Between(2015, 2024), month = rng.Between(1, 12), day = rng.Between(1, 28);
  std::string weekday(ph::kWeekdays[static_cast<std::size_t>(Weekday(year, month, day))]);
  const auto& ev = rng.Pick(ph::kEvents);
  std::string event_name = ev.short_form.empty() ? std::string(ev.full) : std::string(ev.full) + " (" + std::string(ev.short_form) + ")";
  std::string event_short(ev.short_form.empty() ? ev.full : ev.short_form);
  std::string topic(rng.Pick(ph::kTopics));
  std::string venue = Venue(rng, maker_, r);
  int participants = rng.Between(25, 250);

  auto person = [&](int post) { return rng.Chance(options_.reappear) ? Holder(region_index, post, year) : maker_.Make(rng); };
  int opener_post = rng.Chance(0.5) ? kSekda : (rng.Chance(0.5) ? kDeputy : kAsisten + static_cast<int>(rng.Below(3)));
  Person head = person(kHead);
  Person opener = person(opener_post);
  int reporter_post = kKabag + static_cast<int>(rng.Below(12));
  Person reporter = person(reporter_post);
  std::string resource_post;
  Person resource = rng.Chance(options_.reappear) ? Traveller(rng.Below(options_.pool), resource_post) : maker_.Make(rng);
  if (resource_post.empty()) {
    resource_post = rng.Pick(ph::kNationalPosts);
    if (auto at = resource_post.find("{P}"); at != std::string::npos) resource_post.replace(at, 3, r.province);
  }
  int guest_post = kAsisten + static_cast<int>(rng.Below(kPosts - kAsisten));
  if (guest_post == reporter_post) guest_post = kInspektur;
  Person guest = person(guest_post);

  GeneratedArticle a;
  char id[32];
  std::snprintf(id, sizeof id, "gen-%07zu", n);
  a.id = id;
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
  a.date = date;
  a.outlet = rng.Pick(ph::kOutlets);
  a.url = "https://example.org/" + std::string(id);
  switch (rng.Below(3)) {
    case 0: a.title = Government(r, rng, false) + " Gelar " + TitleCase(event_short) + " " + TitleCase(topic); break;
    case 1: a.title = std::to_string(participants) + " Peserta Ikuti " + TitleCase(event_short) + " di " + r.name; break;
    default: a.title = "Sekda " + r.name + " Minta OPD Serius Ikuti " + TitleCase(event_short); break;
  }

  std::string& b = a.body;
  auto paragraph = [&](const std::string& p) { b += p + "\n\n"; };
  std::string when = rng.Chance(0.5) ? weekday + ", " + std::to_string(day) + " " + std::string(ph::kMonths[month - 1]) + " " + std::to_string(year)
                                     : weekday + " (" + std::to_string(day) + "/" + std::to_string(month) + ")";
  if (rng.Chance(0.3)) paragraph(PostName(opener_post, r, rng) + " membuka " + std::string(ev.full) + " di " + venue + ". (Foto: " + a.outlet + ")");
  std::string dateline = rng.Chance(0.5) ? Upper(r.name) + ", (" + a.outlet + ") - " : a.outlet + ", " + r.name + " \xE2\x80\x93 ";
  std::string organizer(rng.Pick(ph::kOrganizers));
  paragraph(dateline + Government(r, rng, true) + " melalui " + organizer + " menggelar " + event_name + " " + topic + " " +
            std::string(rng.Pick(ph::kAudiences)) + ", " + when + ".");

  switch (rng.Below(3)) {
    case 0:
      paragraph(Cap(event_short) + " yang berlangsung di " + venue + " itu dibuka " + PostName(kHead, r, rng) +
                (rng.Chance(0.5) ? ", " + head.Full() + "," : std::string()) + " yang diwakili " +
                PostName(opener_post, r, rng) + " " + opener.Full() + ". Kegiatan diikuti " + std::to_string(participants) +
                " peserta dari seluruh perangkat daerah.");
      break;
    case 1:
      paragraph(PostName(opener_post, r, rng) + ", " + opener.Full() + ", membuka secara resmi kegiatan yang digelar di " + venue +
                " tersebut. Sebanyak " + std::to_string(participants) + " peserta hadir dalam kegiatan ini.");
      break;
    default:
      paragraph("Kegiatan di " + venue + " itu dibuka oleh " + PostName(opener_post, r, rng) + " " + opener.Full() + " dan diikuti " +
                std::to_string(participants) + " peserta.");
      break;
  }
  paragraph("Dalam sambutannya, " + opener.short_name + " " + std::string(rng.Pick(ph::kVerbsBefore)) + " bahwa " +
            [&] { std::string f = Filler(rng); f[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(f[0]))); return f; }());
  paragraph(Quote(rng, std::string(rng.Pick(ph::kVerbsAfter)) + " " + opener.short_name));
  for (int i = 0, fillers = rng.Between(1, 3); i < fillers; ++i) paragraph(Filler(rng) + " " + Filler(rng) + " " + Filler(rng));

  if (rng.Chance(0.5)) paragraph("Baca juga: " + Headline(rng, regions_, maker_));
  if (rng.Chance(0.25))
    paragraph("Nilai Indeks Kepuasan Masyarakat (IKM) " + Government(r, rng, false) + " tahun " + std::to_string(year - 1) +
              " tercatat " + std::to_string(rng.Between(70, 92)) + "," + std::to_string(rng.Between(10, 99)) + " dengan kategori " +
              (rng.Chance(0.5) ? "B." : "BB."));

  paragraph("Sebelumnya, " + PostName(reporter_post, r, rng) + ", " + reporter.Full() + " dalam laporannya menyampaikan bahwa " +
            topic + " menjadi prioritas tahun ini. " + Filler(rng));
  paragraph(Quote(rng, std::string(rng.Pick(ph::kVerbsAfterPronoun))));
  paragraph("Narasumber kegiatan ini adalah " + resource.Full() + ", " + resource_post + ". Dalam paparannya, " + resource.short_name +
            " menekankan pentingnya " + std::string(rng.Pick(ph::kObjects)) + " yang terukur.");
  if (rng.Chance(0.6)) paragraph(Quote(rng, std::string(rng.Pick(ph::kVerbsAfter)) + " " + resource.short_name));
  for (int i = 0, fillers = rng.Between(1, 3); i < fillers; ++i) paragraph(Filler(rng) + " " + Filler(rng));
  paragraph("Turut hadir " + PostName(guest_post, r, rng) + ", " + guest.Full() + (rng.Chance(0.5) ? ", serta para camat." : "."));
  paragraph(std::string(rng.Pick(ph::kClosings)));
  if (rng.Chance(0.4)) {
    b += "Berita Terkait\n";
    for (int i = 0; i < 3; ++i) b += Headline(rng, regions_, maker_) + "\n";
    b += "\n";
  }
  if (rng.Chance(0.6)) {
    Rng local(rng.Next());
    b += "Penulis: " + maker_.Make(local).name + "\nEditor: " + maker_.Make(local).name + "\n";
  }
  while (!b.empty() && b.back() == '\n') b.pop_back();
  b += '\n';
  return a;
}

}  // namespace pejabat::bench
