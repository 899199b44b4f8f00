// Table tests for each recognizer, on sentences written for these tests (not
// taken from any article). Each row is a positive or a negative example.
#include <gtest/gtest.h>

#include <optional>

#include "extract/recognize/date_recognizer.h"
#include "test_lexicon.h"

namespace pejabat {
namespace {

using testing::Article;
using testing::TheExtractor;
using testing::TheLexicon;

// ---- dates ---------------------------------------------------------------
struct DateCase {
  std::string text;
  std::string published;
  std::string event_date;  // expected date of the article's event, "" for none
};

class EventDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(EventDateTest, ReadsTheEventDate) {
  const DateCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text, c.published));
  std::string got = f.events.empty() ? "" : f.events.front().date;
  EXPECT_EQ(got, c.event_date) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EventDateTest,
    ::testing::Values(
        DateCase{"Pemkab Agam menggelar sosialisasi pajak daerah di Aula Kantor Bupati, Senin (24/7).", "", "--07-24"},
        DateCase{"Pemkab Agam menggelar sosialisasi pajak daerah di Aula Kantor Bupati, Senin (24/7).", "2023-07-25",
                 "2023-07-24"},
        DateCase{"Diklat kepemimpinan dibuka di Hotel Mutiara, Rabu (14/11/2018).", "", "2018-11-14"},
        DateCase{"Bimtek keuangan desa digelar di Aula Kantor Camat, Selasa, 5 Maret 2024.", "", "2024-03-05"},
        DateCase{"Pelatihan operator berlangsung 12 sampai 13 Maret 2024 di Gedung Juang.", "", "2024-03-12"},
        DateCase{"Rakor inflasi digelar di Ruang Rapat Wali Kota, Kamis (29/9/2022).", "", "2022-09-29"},
        // the year written elsewhere in the article, when the weekday falls on that date in it
        DateCase{"Pemkab Agam menggelar sosialisasi pajak daerah di Aula Kantor Bupati, Senin (8/7). Target pajak "
                 "tahun 2024 naik.",
                 "", "2024-07-08"},
        // negative: a year the weekday contradicts (the report's budget year) is not the date's year
        DateCase{"Pemkab Agam menggelar sosialisasi laporan keuangan tahun 2023 di Aula Kantor Bupati, Senin (8/7).",
                 "", "--07-08"},
        // negative: no date written
        DateCase{"Sosialisasi itu digelar di Aula Kantor Bupati baru-baru ini.", "", ""},
        // negative: 31/2 is no date
        DateCase{"Sosialisasi itu digelar di Aula Kantor Bupati, Senin (31/2).", "", ""}));

TEST(DateRecognizer, WeekdayThatContradictsTheDateIsReported) {
  ArticleFacts f = TheExtractor().Extract(Article("Diklat teknis dibuka di Hotel Mutiara, Senin (14/11/2018)."));
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].date, "2018-11-14");
  ASSERT_FALSE(f.diagnostics.empty());
  EXPECT_NE(f.diagnostics[0].message.find("Senin"), std::string::npos);
}

TEST(DateRecognizer, IsoWeekday) {
  EXPECT_EQ(IsoWeekday(2018, 11, 14), 3);  // a Wednesday
  EXPECT_EQ(IsoWeekday(2024, 3, 5), 2);
  EXPECT_FALSE(ValidDate(2023, 2, 29));
  EXPECT_TRUE(ValidDate(0, 2, 29));
}

// ---- persons: names, titles, degrees --------------------------------------
struct PersonCase {
  std::string text;
  std::vector<std::string> names;  // every person expected, in any order; nothing else
};

class PersonTest : public ::testing::TestWithParam<PersonCase> {};

TEST_P(PersonTest, FindsExactlyThesePeople) {
  const PersonCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  std::vector<std::string> got;
  for (const auto& p : f.persons) got.push_back(p.name);
  std::sort(got.begin(), got.end());
  std::vector<std::string> want = c.names;
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, PersonTest,
    ::testing::Values(
        PersonCase{"Kegiatan itu dibuka Sekretaris Daerah Ir. H. Rahmat Hidayat, MM di Padang.", {"Rahmat Hidayat"}},
        PersonCase{"Hadir Kepala Bagian Hukum Setda Kota Solok, Dra. Lina Marlina, M.Si bersama staf.", {"Lina Marlina"}},
        PersonCase{"Hadir pula Asisten II Suharman dan Asisten III Dodi Kurnia.", {"Suharman", "Dodi Kurnia"}},
        PersonCase{"Materi disampaikan Ust. Ahmad Fauzi tentang etika pelayanan.", {"Ahmad Fauzi"}},
        PersonCase{"Narasumber dari BKN, Rini Astuti, S.Sos, M.AP memaparkan aturan baru.", {"Rini Astuti"}},
        PersonCase{"Rapat dipimpin Drs H T Amri Lubis S M.Si di ruang rapat.", {"Amri Lubis"}},
        PersonCase{"Hendra Saputra, Kepala Dinas Sosial Kota Jambi, menyerahkan bantuan.", {"Hendra Saputra"}},
        PersonCase{"Pemateri kegiatan, Yuliani Prasetyo dari BKN, menjelaskan aturan baru.", {"Yuliani Prasetyo"}},
        PersonCase{"Sambutan dibacakan H. Lalu Gede Pramana, S.Sos di lapangan.", {"Lalu Gede Pramana"}},
        // a short form of a longer name in the same article is the same person
        PersonCase{"Narasumber Dr. Rina Kartika Dewi hadir. Menurut Rina Kartika, survei itu penting.",
                   {"Rina Kartika Dewi"}},
        PersonCase{"Sementara itu Kepala Bagian Pemberdayaan Masyarakat (BPM) Solok Rudi Hartono menjelaskan.",
                   {"Rudi Hartono"}},
        PersonCase{"Acara dihadiri Wakil Menteri Kesehatan Budi Santoso di Jakarta.", {"Budi Santoso"}},
        PersonCase{"Sekretaris Daerah (Sekda) Kabupaten Kerinci, Anton Wijaya, menjelaskan hasil rapat.", {"Anton Wijaya"}},
        PersonCase{"Kepala Dinas PU Pengairan Rudi Hartawan mengatakan saluran sudah diperbaiki.", {"Rudi Hartawan"}},
        PersonCase{"Hal itu diapresiasi Anggota Komisi C DPRD Kota Jambi dari Fraksi Partai Golkar, Rudi Hartanto.",
                   {"Rudi Hartanto"}},
        // a district's name has no gazetteer entry: the name starts where the article later uses it alone
        PersonCase{"Camat Danau Teluk Helmi Saputra yang mewakili warga hadir.\n\nHelmi menuturkan, dermaga rusak.",
                   {"Helmi Saputra"}},
        PersonCase{"Camat Lubuk Sikaping Barat Rudi Hasan hadir.\n\nRapat di Sumatera Barat itu selesai. Rudi berharap "
                   "dermaga segera diperbaiki.",
                   {"Rudi Hasan"}},
        // a full stop written without its space ends the sentence before the next capitalised word
        PersonCase{"Laporan Tim Humas Diskominfo.Kepala Dinas Kesehatan Kota Solok, Budi Hartono, membuka rapat.",
                   {"Budi Hartono"}},
        PersonCase{"Jadwal ada di laman solokkota.go.id.Kepala Dinas Sosial, Rina Wati, mengumumkannya.", {"Rina Wati"}},
        // a nickname in quotes inside a name is not a word of it, and alone later is the same person
        PersonCase{"Wali Kota Solok Ramadhan 'Adan' Saputra meninjau pasar.\n\nAdan menilai harga stabil.",
                   {"Ramadhan Saputra"}},
        PersonCase{"Bupati Agam Hendra \u201cAbah\u201d Kurniawan membuka rapat.", {"Hendra Kurniawan"}},
        // negative: quoted words after a name with no name word after them are not a nickname
        PersonCase{"Sekda Kota Solok Rudi Hartono 'Menyapa' warga di pasar.", {"Rudi Hartono"}},
        // a post's own short form in parentheses does not hide the name after it
        PersonCase{"Menteri Dalam Negeri (Mendagri) Arif Santoso membuka rapat.", {"Arif Santoso"}},
        PersonCase{"Direktur Jenderal (Dirjen) Bina Keuangan Daerah Kementerian Dalam Negeri Rudi Hartawan hadir.",
                   {"Rudi Hartawan"}},
        // a retired rank in parentheses belongs to the titles
        PersonCase{"Rombongan dipimpin Jenderal (Purn) Rudi Hartanto tiba di bandara.", {"Rudi Hartanto"}},
        // negative: a parenthesized word that is no title does not join a title to what follows
        PersonCase{"Pangkat Jenderal (Bintang Empat) diberikan kepada perwira.", {}},
        // a title glued to the name by its dot is still a title; a degree written the same way is a degree
        PersonCase{"Hadir Kepala Dinas Pendidikan Kota Solok, H.Rudi Hartono, SH bersama staf.", {"Rudi Hartono"}},
        PersonCase{"Sambutan dibacakan Drs.H.Dodi Kurnia, M.Si di aula.", {"Dodi Kurnia"}},
        PersonCase{"Narasumber kegiatan, Hj.Rina Wati, S.Sos menjelaskan aturan baru.", {"Rina Wati"}},
        // negative: a glued word whose first part is no title is not split
        PersonCase{"Informasi lengkap ada di Solokkota.Go dan media sosial.", {}},
        // a full name set off by commas, whose first word the article uses alone elsewhere
        PersonCase{"Ketua Paguyuban Warga Solok, Fajar Hidayat, menerima penghargaan.\n\n\"Kami bangga,\" kata Fajar.",
                   {"Fajar Hidayat"}},
        PersonCase{"Pemerhati budaya Darmin Salim yang ditemui di lokasi menjelaskan sejarahnya.\n\n\"Ini warisan "
                   "kita,\" ujar Darmin.",
                   {"Darmin Salim"}},
        // negative: a one-word name does not take a degree or an acronym after it as more of the name
        PersonCase{"\"Kami siap,\" kata Fajar.\n\nHadir pula Fajar SH dari LSM dan tamu dari Fajar BUMD lainnya.",
                   {"Fajar"}},
        // a connective in -nya opening a sentence, however it is spelt, is not a name
        PersonCase{"Sekda Kota Solok Rudi Hartono, SH membuka rapat.\n\nSelantunya Rudi Hartono menyampaikan arahan.",
                   {"Rudi Hartono"}},
        // a bare word clipped from one longer name is that person; too short a clip is no evidence
        PersonCase{"Kabag Humas Setda Kota Solok, Dedi Alamsyah, hadir.\n\n\"Kami siap,\" kata Alam.", {"Dedi Alamsyah"}},
        PersonCase{"Kadis Sosial Kota Solok, Hadi Santoso, hadir.\n\n\"Kami siap,\" kata Adi.", {"Hadi Santoso", "Adi"}},
        // an association's head: the words before a comma are no area when nothing shows a name after it
        PersonCase{"Doa dibacakan Ketua LPM Iskandar, Ikrar Kesaktian oleh pemuda, lagu oleh Ketua RT 02 Bahri.",
                   {"Iskandar", "Bahri"}},
        // negative: a committee named without an acronym is no post with a holder
        PersonCase{"Rapat dipimpin Ketua Panitia Lomba Desa dan diikuti warga.", {}},
        // negative: capitalized phrases with no evidence of a person
        PersonCase{"Acara diikuti Bupati Agam, Pimpinan BUMD Agam, Tokoh Masyarakat dan Tamu undangan.", {}},
        PersonCase{"Kelas Ibu Muda meraih penghargaan Top 40 Inovasi Pelayanan Publik.", {}},
        PersonCase{"Program Kampung Bersih Sejahtera diluncurkan di Kecamatan Padang Barat.", {}},
        PersonCase{"Pemkot Padang Raih Predikat Sangat Baik dari Kemenpan-RB.", {}},
        PersonCase{"Aturan itu merujuk Peraturan Menteri Kesehatan Nomor 12 Tahun 2020.", {}},
        PersonCase{"Kedepan, Bupati berharap kegiatan itu berlanjut.", {}},
        PersonCase{"Bantuan makanan tambahan menyasar Ibu Hamil KEK di setiap desa.", {}},
        PersonCase{"Rapat diikuti unsur Pimpinan Daerah Kabupaten Agam dan Unsur FKPD Kota Solok.", {}},
        PersonCase{"Pemerintah Daerah Kerinci menyampaikan nota keuangan kepada dewan.", {}},
        PersonCase{"Solok Tim Media Center Diskominfo.Warga memadati lapangan.", {}}));

// ---- posts and offices -----------------------------------------------------
struct PostCase {
  std::string text;
  std::string post;    // the post the person holds
  std::string office;  // the office it belongs to
};

class PostTest : public ::testing::TestWithParam<PostCase> {};

TEST_P(PostTest, NamesPostAndOfficeInFull) {
  const PostCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  ASSERT_EQ(f.posts.size(), 1u) << c.text;
  EXPECT_EQ(f.posts[0].name, c.post);
  ASSERT_TRUE(f.posts[0].organization.has_value());
  EXPECT_EQ(f.organizations[*f.posts[0].organization].name, c.office);
}

INSTANTIATE_TEST_SUITE_P(
    Table, PostTest,
    ::testing::Values(
        // which deputy; the assistant's secretariat named by its secretary; a misspelt or short role word
        PostCase{"Hadir Wakil Ketua 1 DPRD Kota Bogor, Rudi Hartono, bersama warga.",
                 "Wakil Ketua 1 Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bogor", "Dewan Perwakilan Rakyat Daerah Kota Bogor"},
        PostCase{"\"Kami siap,\" ujar Asisten Perekonomian dan Keuangan Sekretaris Daerah Provinsi Jambi, Rina Wati.",
                 "Asisten Perekonomian dan Keuangan Sekretariat Daerah Provinsi Jambi", "Sekretariat Daerah Provinsi Jambi"},
        PostCase{"Hadir Assisten I Setda Kabupaten Agam, Rudi Hartono, dan tamu.", "Asisten I Sekretariat Daerah Kabupaten Agam",
                 "Sekretariat Daerah Kabupaten Agam"},
        PostCase{"Hadir Kadin Kesehatan Kabupaten Agam, dr. Rudi Hartono, dan tamu.", "Kepala Dinas Kesehatan Kabupaten Agam",
                 "Dinas Kesehatan Kabupaten Agam"},
        // a district's name ends where the article's one-word name for the person starts
        PostCase{"Camat Danau Teluk Helmi Saputra yang mewakili warga hadir di Kota Jambi.\n\nHelmi menuturkan, dermaga rusak.",
                 "Camat Danau Teluk", "Pemerintah Kota Jambi"},
        // a body no lexicon lists, by its acronym: alone, with its region, with an area closed by a comma
        PostCase{"Doa dibacakan Ketua LPM Hendra Saputra di Kota Solok.", "Ketua LPM", "LPM"},
        PostCase{"Ketua PWRI Kabupaten Agam, Rudi Hartono, melantik pengurus.", "Ketua PWRI Kabupaten Agam",
                 "PWRI Kabupaten Agam"},
        PostCase{"Ketua PWRI Lubuk Basung, Rudi Hartono, menerima bantuan.\n\nRudi berterima kasih.",
                 "Ketua PWRI Lubuk Basung", "PWRI Lubuk Basung"},
        // named in full with its acronym in parentheses, then its branch up to a comma
        PostCase{"Ketua Koalisi Pejalan Kaki Solok (KPKS) Rina Wati mengajak warga berjalan.",
                 "Ketua Koalisi Pejalan Kaki Solok (KPKS)", "Koalisi Pejalan Kaki Solok (KPKS)"},
        PostCase{"\"Kami senang,\" ujar Ketua Perempuan Berkebaya Indonesia (PBI) Cabang Solok, Rina Wati.",
                 "Ketua Perempuan Berkebaya Indonesia (PBI) Cabang Solok", "Perempuan Berkebaya Indonesia (PBI) Cabang Solok"},
        PostCase{"Kabag Organisasi Setdako Solok Yulia Fitri membuka acara.", "Kepala Bagian Organisasi Sekretariat Daerah Kota Solok",
                 "Bagian Organisasi Sekretariat Daerah Kota Solok"},
        PostCase{"Kegiatan dibuka Bupati Solok Epyardi Asda di Arosuka.", "Bupati Solok", "Pemerintah Kabupaten Solok"},
        PostCase{"Kepala BKD Kota Medan Rahmad Sitepu SH memberi laporan.", "Kepala Badan Kepegawaian Daerah (BKD) Kota Medan",
                 "Badan Kepegawaian Daerah Kota Medan"},
        PostCase{"Kadis Kesehatan Kabupaten Agam, Hendri Rusdian, hadir.", "Kepala Dinas Kesehatan Kabupaten Agam",
                 "Dinas Kesehatan Kabupaten Agam"},
        PostCase{"Plt Sekda Kota Jambi Ridwan Hakim menyampaikan sambutan.", "Sekretaris Daerah Kota Jambi",
                 "Sekretariat Daerah Kota Jambi"},
        PostCase{"Analis Kebijakan Ahli Muda pada Direktorat Jenderal Bina Keuangan Daerah, Tono Wijaya, hadir.",
                 "Analis Kebijakan Direktorat Jenderal Bina Keuangan Daerah",
                 "Direktorat Jenderal Bina Keuangan Daerah"},
        PostCase{"Kepala Ombudsman RI Perwakilan Jambi, Siti Rohani, memberi materi.",
                 "Kepala Ombudsman Republik Indonesia Perwakilan Jambi", "Ombudsman Republik Indonesia Perwakilan Jambi"},
        PostCase{"Auditor Ahli Madya pada Perwakilan BPKP Provinsi Riau, Ir. Dedi Kurnia, MT, memaparkan temuan.",
                 "Auditor Badan Pengawasan Keuangan dan Pembangunan (BPKP) Perwakilan Riau",
                 "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Riau"},
        PostCase{"Asisten Deputi Pelayanan Publik Wilayah I KemenPAN-RB, Arif Budiman, hadir.",
                 "Asisten Deputi Pelayanan Publik Wilayah I Kementerian Pendayagunaan Aparatur Negara dan Reformasi "
                 "Birokrasi",
                 "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"},
        PostCase{"Kepala Dinas Pendidikan (Kadisdik) Kabupaten Agam, Rosnal Amir, hadir.",
                 "Kepala Dinas Pendidikan Kabupaten Agam", "Dinas Pendidikan Kabupaten Agam"},
        PostCase{"Kepala Bidang Lalu Lintas Dinas Perhubungan Kota Jambi, Anton Lubis, hadir.",
                 "Kepala Bidang Lalu Lintas Dinas Perhubungan Kota Jambi", "Dinas Perhubungan Kota Jambi"},
        PostCase{"Kasi Pemerintahan Kecamatan Danau Teluk, Rini Marlina, hadir.",
                 "Kepala Seksi Pemerintahan Kecamatan Danau Teluk", "Seksi Pemerintahan Kecamatan Danau Teluk"},
        PostCase{"Sambutan Menteri Dalam Negeri Tito Santoso dibacakan di Jambi.", "Menteri Dalam Negeri",
                 "Kementerian Dalam Negeri"},
        // police and prosecution offices are named after the place ...
        PostCase{"Upacara dipimpin Plt. Kajari Kabupaten Agam Rudi Hartawan, SH., MH di halaman kantor.",
                 "Kepala Kejaksaan Negeri Agam", "Kejaksaan Negeri Agam"},
        PostCase{"Apel dipimpin Wakapolres Kerinci Kompol Dedi Saputra di lapangan.",
                 "Wakil Kepala Kepolisian Resor Kerinci", "Kepolisian Resor Kerinci"},
        // ... with the level where a kota and a kabupaten share the name
        PostCase{"Apel dipimpin Kapolres Kabupaten Solok Rudi Hartawan di lapangan.",
                 "Kepala Kepolisian Resor Kabupaten Solok", "Kepolisian Resor Kabupaten Solok"},
        PostCase{"Sekretaris Daerah (Sekda) Kabupaten Kerinci, Anton Wijaya, menjelaskan hasil rapat.",
                 "Sekretaris Daerah Kabupaten Kerinci", "Sekretariat Daerah Kabupaten Kerinci"},
        // a council's commission is part of the post; an office known by its acronym keeps it in the post's name
        PostCase{"Anggota Komisi C DPRD Kota Jambi dari Fraksi Partai Golkar, Rudi Hartanto, hadir.",
                 "Anggota Komisi C Dewan Perwakilan Rakyat Daerah (DPRD) Kota Jambi",
                 "Dewan Perwakilan Rakyat Daerah Kota Jambi"},
        PostCase{"Ketua DPRD Kota Solok Rina Marlina membuka rapat.",
                 "Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kota Solok", "Dewan Perwakilan Rakyat Daerah Kota Solok"},
        PostCase{"Kepala BPS Provinsi Jambi, Agus Salim, memaparkan data.",
                 "Kepala Badan Pusat Statistik (BPS) Provinsi Jambi", "Badan Pusat Statistik Provinsi Jambi"},
        // a commission written without its council is one of the region's council
        PostCase{"Di Kota Solok, Wakil Ketua Komisi II dari Fraksi Demokrat, Rudi Hartanto, meminta data.",
                 "Wakil Ketua Komisi II Dewan Perwakilan Rakyat Daerah (DPRD) Kota Solok",
                 "Dewan Perwakilan Rakyat Daerah Kota Solok"},
        // negative: "Komisi Pemilihan Umum" is an office, not a council's commission
        PostCase{"Ketua Komisi Pemilihan Umum Kota Solok, Dedi Saputra, menjelaskan tahapan.",
                 "Ketua Komisi Pemilihan Umum (KPU) Kota Solok", "Komisi Pemilihan Umum Kota Solok"},
        // a head of a Dinas written with the Dinas's short form
        PostCase{"Kepala Dinas Kominfo Kabupaten Kerinci, Budi Santoso, SE, hadir.",
                 "Kepala Dinas Komunikasi dan Informatika Kabupaten Kerinci",
                 "Dinas Komunikasi dan Informatika Kabupaten Kerinci"},
        // a unit's field words stop before the name that follows without a comma
        PostCase{"Kepala Dinas PU Bina Marga Rudi Hartawan mengatakan jalan sudah diperbaiki.",
                 "Kepala Dinas PU Bina Marga", "Dinas PU Bina Marga"},
        // a post's short form in parentheses adds nothing; a short form names its ministry
        PostCase{"Menteri Dalam Negeri (Mendagri) Arif Santoso membuka rapat.", "Menteri Dalam Negeri",
                 "Kementerian Dalam Negeri"},
        PostCase{"Rapat dibuka Mendagri Arif Santoso di Jakarta.", "Menteri Dalam Negeri", "Kementerian Dalam Negeri"},
        // a national unit's head: its field, then the office it belongs to
        PostCase{"Direktur Jenderal (Dirjen) Bina Keuangan Daerah Kementerian Dalam Negeri Rudi Hartawan hadir.",
                 "Direktur Jenderal Bina Keuangan Daerah Kementerian Dalam Negeri", "Kementerian Dalam Negeri"},
        PostCase{"Deputi III Bidang Kajian Kebijakan Badan Pusat Statistik, Dedi Saputra, hadir.",
                 "Deputi III Bidang Kajian Kebijakan Badan Pusat Statistik (BPS)", "Badan Pusat Statistik"},
        PostCase{"Kepala Staf Kepresidenan Jenderal (Purn) Rudi Hartanto meninjau pasar.",
                 "Kepala Kantor Staf Presiden (KSP)", "Kantor Staf Presiden"},
        // negative: a complete name without an all-caps form keeps its full name only
        PostCase{"Kepala Bappeda Kota Solok, Rina Marlina, memaparkan rencana.",
                 "Kepala Badan Perencanaan Pembangunan Daerah Kota Solok",
                 "Badan Perencanaan Pembangunan Daerah Kota Solok"}));

// ---- posts of the state, and roles that are not posts -------------------------
struct StatePostCase {
  std::string text;
  std::vector<std::string> posts;  // every post expected, in any order; nothing else
};

class StatePostTest : public ::testing::TestWithParam<StatePostCase> {};

TEST_P(StatePostTest, FindsExactlyThesePosts) {
  const StatePostCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  std::vector<std::string> got;
  for (const auto& p : f.posts) got.push_back(p.name);
  std::sort(got.begin(), got.end());
  std::vector<std::string> want = c.posts;
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, StatePostTest,
    ::testing::Values(
        // the President heads no office written in the text: the post stands alone
        StatePostCase{"Kunjungan Presiden Republik Indonesia Budi Santoso disambut warga.", {"Presiden"}},
        StatePostCase{"Wakil Presiden Rudi Hartono meninjau pasar.", {"Wakil Presiden"}},
        // negative: a minister with no ministry is not a post
        StatePostCase{"Kedatangan Menteri Budi Santoso disambut warga.", {}},
        // negative: a field closed by no office is not a post
        StatePostCase{"Ketua Panitia Lomba Rudi Hartanto membuka acara.", {}},
        StatePostCase{"Direktur Jenderal Rudi Hartanto membuka acara.", {}}));

// ---- offices named without a post ---------------------------------------------
struct OfficeCase {
  std::string text;
  std::string office;  // an office the article names, in full
};

class OfficeTest : public ::testing::TestWithParam<OfficeCase> {};

// An office named only by its head's title ("Kajari") is still mentioned in
// the article: its entity carries the title's span, the one the graph links.
TEST(OfficeRecognizer, HeadsTitleMentionsItsOffice) {
  ArticleFacts f = TheExtractor().Extract(Article("Ikrar dibacakan Kajari Muara Enim Rudi Hartono di lapangan."));
  auto it = std::find_if(f.organizations.begin(), f.organizations.end(),
                         [](const auto& o) { return o.name == "Kejaksaan Negeri Muara Enim"; });
  ASSERT_NE(it, f.organizations.end());
  ASSERT_FALSE(it->mentions.empty());
  const Span written = it->mentions.front().span;
  EXPECT_EQ(std::string_view(f.text).substr(written.begin, written.size()), "Kajari Muara Enim");
}

TEST_P(OfficeTest, NamesTheOfficeInFullAndNoPerson) {
  const OfficeCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  std::vector<std::string> names;
  for (const auto& o : f.organizations) names.push_back(o.name);
  EXPECT_NE(std::find(names.begin(), names.end(), c.office), names.end()) << c.text;
  EXPECT_TRUE(f.persons.empty()) << c.text << ": " << f.persons[0].name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, OfficeTest,
    ::testing::Values(
        OfficeCase{"Pemda Kerinci menyalurkan bantuan kepada nelayan.", "Pemerintah Kabupaten Kerinci"},
        OfficeCase{"Pemerintah Daerah Kota Solok menggelar rapat anggaran.", "Pemerintah Kota Solok"},
        OfficeCase{"Rapat diikuti unsur Pimpinan Daerah Kabupaten Agam dan camat.",
                   "Forum Koordinasi Pimpinan Daerah Kabupaten Agam"},
        OfficeCase{"Hadir pula Forkopimda Kota Jambi di lapangan.", "Forum Koordinasi Pimpinan Daerah Kota Jambi"},
        OfficeCase{"Bantuan disalurkan Baznas Kota Jambi kepada warga.", "Badan Amil Zakat Nasional Kota Jambi"},
        // a national agency written in a regency's article is not the regency's office
        OfficeCase{"Pemkab Kerinci bersama Badan Gizi Nasional meninjau dapur umum.", "Badan Gizi Nasional"},
        OfficeCase{"Rapat dihadiri perwakilan Kementerian Pendidikan, Kebudayaan, Riset dan Teknologi.",
                   "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"}));

TEST(PostRecognizer, UnitRoleBeforeAnotherKindOfOfficeIsNoPost) {
  // a Kabag heads a Bagian: the Setda written after "Kabag" is not the unit
  ArticleFacts f = TheExtractor().Extract(Article("Laporan disampaikan Kabag Setda Kota Solok pada rapat itu."));
  EXPECT_TRUE(f.posts.empty()) << f.posts[0].name;
}

TEST(PostRecognizer, ActingHolderIsMarked) {
  ArticleFacts f = TheExtractor().Extract(Article("Plt Sekda Kota Jambi Ridwan Hakim menyampaikan sambutan."));
  ASSERT_EQ(f.posts.size(), 1u);
  EXPECT_EQ(f.posts[0].acting, "Plt");
}

TEST(OfficeHierarchy, DivisionSitsInSecretariatInGovernment) {
  ArticleFacts f = TheExtractor().Extract(Article("Acara dimotori Bagian Organisasi Setda Kota Solok di Aula Balai Kota."));
  const OrganizationEntity* division = nullptr;
  for (const auto& o : f.organizations)
    if (o.name == "Bagian Organisasi Sekretariat Daerah Kota Solok") division = &o;
  ASSERT_NE(division, nullptr);
  ASSERT_TRUE(division->parent.has_value());
  const OrganizationEntity& setda = f.organizations[*division->parent];
  EXPECT_EQ(setda.name, "Sekretariat Daerah Kota Solok");
  ASSERT_TRUE(setda.parent.has_value());
  EXPECT_EQ(f.organizations[*setda.parent].name, "Pemerintah Kota Solok");
}

// ---- quotes -------------------------------------------------------------------
struct QuoteCase {
  std::string text;
  std::string starts;   // expected quote start
  std::string speaker;  // expected speaker, "" when unattributed
};

class QuoteTest : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteTest, AttributesTheQuote) {
  const QuoteCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  ASSERT_FALSE(f.quotes.empty()) << c.text;
  EXPECT_EQ(f.quotes[0].text.rfind(c.starts, 0), 0u) << f.quotes[0].text;
  std::string speaker;
  for (const auto& fact : f.facts)
    if (fact.relation == FactRelation::Said && fact.to.index == 0) speaker = f.persons[fact.from.index].name;
  EXPECT_EQ(speaker, c.speaker) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, QuoteTest,
    ::testing::Values(
        QuoteCase{"\xE2\x80\x9CPelayanan harus cepat dan ramah,\xE2\x80\x9D kata Wali Kota Solok Zul Elfian.",
                  "Pelayanan harus cepat", "Zul Elfian"},
        // members counted ("50 anggota PBI") are no post standing between the pronoun and its speaker
        QuoteCase{"Sita akrab disapa mengatakan, 50 anggota PBI ikut berjalan.\n\n\"Kami senang,\" tuturnya.\n\n"
                  "PBI kata Sita, akan mengadakan acara serupa.",
                  "Kami senang", "Sita"},
        QuoteCase{"Sekda Kota Solok Syaiful Anwar hadir.\n\n\"Kami siap mendukung program ini,\" ujarnya.", "Kami siap",
                  "Syaiful Anwar"},
        QuoteCase{"Kepala Bagian Hukum, Dewi Sartika, menyampaikan materi.\n\n\xE2\x80\x9C" "Aturan ini wajib dipahami semua "
                  "pegawai,\" lanjut Dewi.",
                  "Aturan ini wajib", "Dewi Sartika"},
        QuoteCase{"Bupati Agam Andri Warman membuka acara. \xE2\x80\x9CSaya minta semua camat hadir tepat waktu,"
                  "\xE2\x80\x9D kata bupati.",
                  "Saya minta semua", "Andri Warman"},
        // the one spoken to ("kepada wali kota") is not the speaker of "kata dia"
        QuoteCase{"Wali Kota Jambi Syarif Hidayat membuka rapat.\n\nUsai rapat, Kepala Dinas Sosial Kota Jambi, Hendra "
                  "Saputra, kepada wartawan menjelaskan bahwa laporan akan disampaikan kepada wali kota.\n\n\"Ini bukan "
                  "untuk mencari kesalahan,\" kata dia.",
                  "Ini bukan untuk", "Hendra Saputra"},
        // a name written again where no rule finds it is still its holder
        QuoteCase{"Bupati Lombok Barat H. Lalu Gede Pramana membuka acara. Hadir pula Kepala Dinas Pendidikan, Drs. Ahmad "
                  "Yani.\n\nUsai acara, Lalu Gede kepada wartawan mengatakan bahwa program berlanjut.\n\n\xE2\x80\x9C"
                  "Kita harus bekerja cepat,\xE2\x80\x9D katanya.",
                  "Kita harus bekerja", "Lalu Gede Pramana"},
        // two single marks typed as one double mark, open and close
        QuoteCase{"Bupati Pasaman Rahmat Hidayat meninjau pasar.\n\n\xE2\x80\x98\xE2\x80\x99" "Semua data harus masuk "
                  "pekan ini,\xE2\x80\x99\xE2\x80\x99" " katanya.",
                  "Semua data harus", "Rahmat Hidayat"},
        // mixed marks: opened with a curly mark, closed with two single marks glued to the verb
        QuoteCase{"\xE2\x80\x9C" "Kami akan menambah armada tahun depan,\xE2\x80\x99\xE2\x80\x99" "kata Kepala Dinas "
                  "Perhubungan Kota Jambi Ahmad Fauzi.",
                  "Kami akan menambah", "Ahmad Fauzi"},
        // a closing mark used to open, and the reporting clause as its own capitalised sentence
        QuoteCase{"Bupati Pasaman Rahmat Hidayat meninjau pasar. \xE2\x80\x9D" "Harga cabai sudah mulai turun pekan "
                  "ini\". Ujar Bupati.",
                  "Harga cabai sudah", "Rahmat Hidayat"},
        // closing verbs of the last quote of an article
        QuoteCase{"Sekda Kota Solok Syaiful Anwar hadir.\n\n\"Semua laporan wajib selesai bulan ini,\" pungkasnya.",
                  "Semua laporan wajib", "Syaiful Anwar"},
        QuoteCase{"Sekda Kota Solok Syaiful Anwar hadir.\n\n\"Semua laporan wajib selesai bulan ini,\" tutup Syaiful.",
                  "Semua laporan wajib", "Syaiful Anwar"},
        QuoteCase{"Sekda Kota Solok Syaiful Anwar hadir.\n\n\"Semua laporan wajib selesai bulan ini,\" katanya lagi.",
                  "Semua laporan wajib", "Syaiful Anwar"},
        // the name in apposition after the post, past the comma
        QuoteCase{"\"Angka pengangguran turun dua persen tahun ini,\" papar Kepala Dinas Tenaga Kerja Kota Jambi, Hendra "
                  "Saputra.",
                  "Angka pengangguran turun", "Hendra Saputra"},
        // a lower-case word after the comma starts another clause: its people are not the speaker
        QuoteCase{"\"Jalur ini akan ditutup selama dua pekan,\" kata Kadis Perhubungan, didampingi Kepala Bidang Lalu "
                  "Lintas Budi Santoso.",
                  "Jalur ini akan", ""},
        // a line broken inside the quote: the next line closes it
        QuoteCase{"\"Kami mulai pekan depan.\nSemua camat wajib hadir,\" ujar Bupati Pasaman Rahmat Hidayat.",
                  "Kami mulai pekan depan. Semua camat", "Rahmat Hidayat"},
        // "ucapnya" after a lone word of a name opening its sentence: that person, not the one named last in full
        QuoteCase{"Wali Kota Jambi Syarif Hidayat didampingi Kepala Dinas Sosial Kota Jambi Hendra Saputra membuka rapat."
                  "\n\nSyarif juga meminta camat aktif mendata warga.\n\n\"Data harus lengkap sebelum akhir bulan,\" "
                  "ucapnya.",
                  "Data harus lengkap", "Syarif Hidayat"},
        // the subject speaks, not the companion written after "didampingi" / "bersama"
        QuoteCase{"Sekda Kota Jambi Ahmad Fauzi didampingi Kapolres Jambi Budi Santoso, S.IK mengatakan, razia berjalan "
                  "lancar.\n\n\"Kami minta warga tertib,\" ujarnya.",
                  "Kami minta warga", "Ahmad Fauzi"},
        QuoteCase{"Bupati Pasaman Rahmat Hidayat bersama Kepala Dinas Kesehatan Hendra Saputra menyampaikan, \"Stok "
                  "vaksin cukup untuk sebulan.\"",
                  "Stok vaksin cukup", "Rahmat Hidayat"},
        // the companion clause ends at the verb: one named after it speaks
        QuoteCase{"Bupati Pasaman Rahmat Hidayat didampingi Sekda Pasaman Budi Santoso membuka pasar murah. Kepala Dinas "
                  "Perdagangan Kota Jambi Hendra Saputra mengatakan stok cukup.\n\n\"Harga tetap stabil,\" ujarnya.",
                  "Harga tetap stabil", "Hendra Saputra"},
        // a companion in one sentence may be the subject of the next
        QuoteCase{"Bupati Pasaman Rahmat Hidayat didampingi Sekda Pasaman Budi Santoso membuka pasar murah. Sekda Budi "
                  "Santoso mengatakan, \"Semua pedagang sudah terdata.\"",
                  "Semua pedagang sudah", "Budi Santoso"},
        // a lone word of a name that is only talked about is not the speaker
        QuoteCase{"Wali Kota Jambi Syarif Hidayat membuka pasar murah. Kepala Dinas Perdagangan Kota Jambi Hendra Saputra "
                  "hadir.\n\nMenurutnya, arahan dari Syarif sudah dijalankan.\n\n\"Stok beras cukup sampai akhir "
                  "tahun,\" ujarnya.",
                  "Stok beras cukup", "Hendra Saputra"}));

// Where a quote ends: an unclosed quote ends with its paragraph unless the
// next paragraph closes it.
struct QuoteEndCase {
  std::string text;
  std::string quote;  // the whole text of the first quote
};

class QuoteEndTest : public ::testing::TestWithParam<QuoteEndCase> {};

TEST_P(QuoteEndTest, EndsTheQuoteThere) {
  ArticleFacts f = TheExtractor().Extract(Article(GetParam().text));
  ASSERT_FALSE(f.quotes.empty()) << GetParam().text;
  EXPECT_EQ(f.quotes[0].text, GetParam().quote);
}

INSTANTIATE_TEST_SUITE_P(
    Table, QuoteEndTest,
    ::testing::Values(
        QuoteEndCase{"\"Kami mulai pekan depan.\nSemua camat wajib hadir,\" ujar Bupati.",
                     "Kami mulai pekan depan. Semua camat wajib hadir"},
        // the next paragraph's first mark opens a quote of its own: no continuation
        QuoteEndCase{"\"Program ini berjalan baik sejak awal tahun.\nIa menyebut program itu \"sangat membantu warga "
                     "desa\" kemarin.",
                     "Program ini berjalan baik sejak awal tahun."},
        QuoteEndCase{"\"Program ini berjalan baik sejak awal tahun.\nKegiatan ditutup dengan doa bersama.",
                     "Program ini berjalan baik sejak awal tahun."}));

// The quoted words as the quote's text: tokens one space apart wherever the
// text has white space between them (however much, of whatever kind), glued
// where it has none.
INSTANTIATE_TEST_SUITE_P(
    Spacing, QuoteEndTest,
    ::testing::Values(
        QuoteEndCase{"\"Kami  mulai\tpekan   depan, ya!\" ujar Bupati.", "Kami mulai pekan depan, ya!"},
        QuoteEndCase{"\"Stok (beras) cukup-cukup saja,\" ujar Bupati.", "Stok (beras) cukup-cukup saja"},
        QuoteEndCase{"\"Kami mulai pekan depan.\nSemua  camat\twajib hadir,\" ujar Bupati.",
                     "Kami mulai pekan depan. Semua camat wajib hadir"}));

// Marks that do not open a quote: lone single marks (scare quotes, however
// long) and a closing mark glued to the word before it.
class NotAQuoteTest : public ::testing::TestWithParam<std::string> {};

TEST_P(NotAQuoteTest, FindsNoQuote) {
  ArticleFacts f = TheExtractor().Extract(Article(GetParam()));
  EXPECT_TRUE(f.quotes.empty()) << GetParam() << " -> " << (f.quotes.empty() ? "" : f.quotes[0].text);
}

INSTANTIATE_TEST_SUITE_P(
    Table, NotAQuoteTest,
    ::testing::Values(
        std::string("Warga menyebut dermaga itu \xE2\x80\x98" "kampung nelayan paling tua di pesisir\xE2\x80\x99"
                    " sejak dulu."),
        std::string("Program itu dinamai Bupati\xE2\x80\x9D" "Gerakan Pasar Bersih Bersama untuk warga kota.")));

TEST(QuoteRecognizer, ShortScareQuotesAreNotQuotes) {
  ArticleFacts f = TheExtractor().Extract(Article("Nilai AKIP mencapai 70,46 dengan kategori \"BB\" tahun lalu."));
  EXPECT_TRUE(f.quotes.empty());
}

// ---- cleaning ------------------------------------------------------------------
TEST(Cleaner, RelatedNewsAndReadAlsoLinesYieldNoPeople) {
  ArticleFacts f = TheExtractor().Extract(Article(
      "Sekda Kota Solok Syaiful Anwar membuka rapat.\n\nBaca juga: Kepala Dinas Sosial Hendra Saputra Raih "
      "Penghargaan\n\nBerita Terkait\n- Wali Kota Padang Fadly Amran Tinjau Banjir"));
  ASSERT_EQ(f.persons.size(), 1u);
  EXPECT_EQ(f.persons[0].name, "Syaiful Anwar");
}

TEST(Cleaner, DatelineGivesOutletAndCity) {
  RawArticle a;
  a.source = "t.txt";
  a.title = "Judul";
  a.text = "Judul\n\nSOLOKNEWS.COM, Solok \xE2\x80\x93 Pemerintah Kota Solok menggelar rapat.\n";
  ArticleFacts f = TheExtractor().Extract(a);
  EXPECT_EQ(f.meta.outlet, "SOLOKNEWS.COM");
  EXPECT_EQ(f.meta.dateline_city, "Solok");
  EXPECT_EQ(f.meta.city, "Solok");
}

// A word hyphen ("Mudah-mudahan") is no dateline dash; a dateline glued to its
// dash before the sentence's capital is one.
TEST(Cleaner, ReduplicatedWordIsNoDateline) {
  RawArticle a;
  a.source = "t.txt";
  a.title = "Judul";
  a.text = "Judul\n\nSekda Kota Solok Syaiful Anwar membuka rapat.\n\nMudah-mudahan rapat ini bermanfaat.\n";
  ArticleFacts f = TheExtractor().Extract(a);
  EXPECT_EQ(f.meta.dateline_city, "");
  ASSERT_EQ(f.persons.size(), 1u);
  EXPECT_EQ(f.persons[0].name, "Syaiful Anwar");
  a.text = "Judul\n\nSolok-Sekda Kota Solok Syaiful Anwar membuka rapat.\n";
  EXPECT_EQ(TheExtractor().Extract(a).meta.dateline_city, "Solok");
}

struct DatelineCase {
  std::string line;  // the first body line
  std::string outlet, city;
};

class DatelineTest : public ::testing::TestWithParam<DatelineCase> {};

TEST_P(DatelineTest, ReadsOutletAndCity) {
  const DatelineCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.line));
  EXPECT_EQ(f.meta.outlet, c.outlet) << c.line;
  EXPECT_EQ(f.meta.dateline_city, c.city) << c.line;
}

INSTANTIATE_TEST_SUITE_P(
    Table, DatelineTest,
    ::testing::Values(
        DatelineCase{"Solok, (Antara Sumbar) - Pemerintah Kota Solok menggelar rapat.", "Antara Sumbar", "Solok"},
        DatelineCase{"N3 Payakumbuh - Untuk meningkatkan pelayanan, Pemko menggelar rapat.", "N3", "Payakumbuh"},
        DatelineCase{"Kabar  Baru\tPayakumbuh - Pemko menggelar rapat.", "Kabar Baru", "Payakumbuh"},
        DatelineCase{"Solok , , Antara - Pemerintah Kota Solok menggelar rapat.", "Antara", "Solok"},
        DatelineCase{"SOLOKTODAY - Pemerintah Kota Solok menggelar rapat.", "SOLOKTODAY", ""},
        DatelineCase{"SOLOKnews - Pemerintah Kota Solok menggelar rapat.", "SOLOKnews", ""},
        // a town in capitals, spaced or glued to its dash, is no outlet
        DatelineCase{"MUARASABAK- Usai apel, Bupati menyalami pegawai.", "", "Muarasabak"},
        DatelineCase{"MUARASABAK-Dalam rangka penyusunan RKPD, Pemkab menggelar rapat.", "", "Muarasabak"},
        DatelineCase{"JAKARTA - Menteri Dalam Negeri membuka rapat.", "", "Jakarta"},
        // en and em dashes; the dash must start within the header's 64 bytes
        DatelineCase{"Padang \xE2\x80\x93 Pemerintah Kota Padang menggelar rapat.", "", "Padang"},
        DatelineCase{"JAKARTA \xE2\x80\x94 Menteri Dalam Negeri membuka rapat.", "", "Jakarta"},
        DatelineCase{"A" + std::string(62, 'a') + " - Wali Kota hadir.", "", "A" + std::string(62, 'a')},
        DatelineCase{"A" + std::string(63, 'a') + " - Wali Kota hadir.", "", ""},
        // negative: hyphens inside words
        DatelineCase{"Mudah-mudahan rapat ini bermanfaat bagi semua pihak.", "", ""},
        DatelineCase{"Kemenpan-RB menilai laporan kinerja Pemkot Solok.", "", ""}));

// ---- events ---------------------------------------------------------------------
TEST(EventRecognizer, RolesOrganizerAndParticipants) {
  ArticleFacts f = TheExtractor().Extract(Article(
      "Pemerintah Kota Solok melalui Bagian Organisasi menggelar bimtek SAKIP di Hotel Pangeran, Rabu (6/3/2024). "
      "Kegiatan dibuka Wali Kota Solok yang diwakili Asisten I Nurzal Gustim. Hadir Kepala Dinas Sosial Hendra "
      "Saputra. Narasumber dari BPKP, Ir. Lestari Wulandari, MT memaparkan materi. Peserta berjumlah 30 orang dan 5 "
      "orang pendamping."));
  ASSERT_EQ(f.events.size(), 1u);
  const EventEntity& e = f.events[0];
  EXPECT_EQ(e.type, "training");
  EXPECT_EQ(e.date, "2024-03-06");
  EXPECT_EQ(e.venue, "Hotel Pangeran");
  EXPECT_EQ(e.participants, 35);
  std::map<std::string, std::string> roles;  // person -> relation:role
  std::string organizer, represented;
  for (const auto& fact : f.facts) {
    if (fact.relation == FactRelation::SpokeAt || fact.relation == FactRelation::Attended)
      roles[f.persons[fact.from.index].name] = std::string(FactRelationName(fact.relation)) + ":" + fact.role;
    if (fact.relation == FactRelation::Organized) organizer = f.organizations[fact.from.index].name;
    if (fact.relation == FactRelation::Represented && fact.to.kind == EntityKind::Post) represented = f.posts[fact.to.index].name;
  }
  EXPECT_EQ(roles["Nurzal Gustim"], "spoke_at:opened");
  EXPECT_EQ(roles["Hendra Saputra"], "attended:attended");
  EXPECT_EQ(roles["Lestari Wulandari"], "spoke_at:resource_person");
  EXPECT_EQ(organizer, "Bagian Organisasi Sekretariat Daerah Kota Solok");
  EXPECT_EQ(represented, "Wali Kota Solok");
}

// The one "didampingi" / "bersama" follows opens and speaks; the companions attended.
// Each person's part at the event, as "relation:role".
struct EventRoleCase {
  std::string text;
  std::map<std::string, std::string> roles;  // person -> relation:role, for the people named
};

class EventRoleTest : public ::testing::TestWithParam<EventRoleCase> {};

TEST_P(EventRoleTest, GivesEachPersonTheirPart) {
  const EventRoleCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  std::map<std::string, std::string> roles;
  for (const auto& fact : f.facts)
    if (fact.relation == FactRelation::SpokeAt || fact.relation == FactRelation::Attended)
      roles[f.persons[fact.from.index].name] = std::string(FactRelationName(fact.relation)) + ":" + fact.role;
  for (const auto& [person, role] : c.roles) EXPECT_EQ(roles[person], role) << person << " in " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EventRoleTest,
    ::testing::Values(
        // the subject of "X didampingi Y" opens; the companions attend
        EventRoleCase{"Pemerintah Kota Solok menggelar sosialisasi vaksinasi di Aula Balai Kota, Rabu (6/3/2024). Wali "
                      "Kota Solok Zul Elfian didampingi Kapolres Solok AKBP Budi Santoso dan Kepala Dinas Kesehatan "
                      "Hendra Saputra membuka acara tersebut.",
                      {{"Zul Elfian", "spoke_at:opened"}, {"Budi Santoso", "attended:attended"},
                       {"Hendra Saputra", "attended:attended"}}},
        // a ceremony's roster: the inspector gives the address, the commanders attend
        EventRoleCase{"Upacara Hari Lahir Pancasila digelar di Lapangan Merdeka Solok, Senin (3/6/2024). Pembina "
                      "upacara Wali Kota Solok Zul Elfian. Komandan upacara Lurah Kampung Jawa, Rudi Hartono, dan "
                      "perwira upacara Camat Lubuk Sikarah, Hendra Saputra.",
                      {{"Zul Elfian", "spoke_at:remarks"}, {"Rudi Hartono", "attended:attended"},
                       {"Hendra Saputra", "attended:attended"}}}));

// ---- events: venue and participants ----------------------------------------------
struct EventCase {
  std::string text;
  std::string type;
  std::string venue;             // "" when none is named
  std::optional<int> participants;
};

class EventTest : public ::testing::TestWithParam<EventCase> {};

TEST_P(EventTest, ReadsVenueAndParticipants) {
  const EventCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  ASSERT_EQ(f.events.size(), 1u) << c.text;
  EXPECT_EQ(f.events[0].type, c.type) << c.text;
  EXPECT_EQ(f.events[0].venue, c.venue) << c.text;
  EXPECT_EQ(f.events[0].participants, c.participants) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EventTest,
    ::testing::Values(
        // a room, then the building it is in
        EventCase{"Pemerintah Kota Solok menggelar sosialisasi di Ruang Rapat Cendana, Balai Kota Solok, Senin (4/3/2024). "
                  "Sosialisasi diikuti 80 pejabat struktural.",
                  "socialization", "Ruang Rapat Cendana, Balai Kota Solok", 80},
        // a place described in lower case before the building's name
        EventCase{"Bupati Agam memimpin apel di halaman Kantor Bupati Agam, Senin (4/3/2024). Apel diikuti sekitar 300 "
                  "aparatur sipil negara.",
                  "ceremony", "Kantor Bupati Agam", 300},
        EventCase{"Demikian disampaikan Kepala Bagian Hukum Setdako Solok, Dewi Sartika, di ruang kerjanya, Balai Kota "
                  "Solok, Kamis (7/3/2024).",
                  "statement", "Balai Kota Solok", std::nullopt},
        // a street after the venue is not a second venue; a quota counts the participants
        EventCase{"Pelatihan kepemimpinan digelar di Hotel Pangeran, Jalan Sudirman, Selasa (5/3/2024). Tahun ini kuota "
                  "kami 40 orang.",
                  "training", "Hotel Pangeran", 40},
        // a building word in lower case inside the venue's name
        EventCase{"Pelantikan pejabat eselon III dipimpin Sekda, Rabu (6/3/2024) di Aula kantor Bupati Agam.",
                  "inauguration", "Aula kantor Bupati Agam", std::nullopt},
        // "di" glued to a lower-case place word, then the building
        EventCase{"Usai apel gabungan dihalaman Kantor Bupati Agam, Senin (4/3/2024), pegawai kembali bekerja.",
                  "ceremony", "Kantor Bupati Agam", std::nullopt},
        // negative: a glued passive verb before a capitalized word is no venue
        EventCase{"Apel gabungan dipimpin Kantor Wilayah Agama, Senin (4/3/2024).", "ceremony", "", std::nullopt},
        // the English loan word names a training
        EventCase{"Dinas Kominfo mengadakan Training Sosial Audit di Aula Kantor Camat, Senin (4/3/2024).",
                  "training", "Aula Kantor Camat", std::nullopt},
        // the verb of opening a facility, and receiving an award, are events
        EventCase{"Bupati Agam meresmikan dapur umum di Gedung Serbaguna Lubuk Basung, Senin (4/3/2024).", "launch",
                  "Gedung Serbaguna Lubuk Basung", std::nullopt},
        EventCase{"Sekda menerima penghargaan itu di Ballroom Hotel Pangeran, Jakarta, Kamis (7/3/2024).", "award",
                  "Ballroom Hotel Pangeran", std::nullopt},
        // a place described in lower case, then a name that is no building
        EventCase{"Rapat koordinasi digelar di ruang rapat Bupati Agam, Senin (4/3/2024).", "meeting",
                  "ruang rapat Bupati Agam", std::nullopt},
        EventCase{"Upacara digelar di bantaran Sungai Batang Agam, Senin (4/3/2024).", "ceremony",
                  "bantaran Sungai Batang Agam", std::nullopt},
        // "di" glued to its place word
        EventCase{"Rapat paripurna digelar diruang Sidang Paripurna Gedung DPRD Agam, Senin (4/3/2024).", "meeting",
                  "Sidang Paripurna Gedung DPRD Agam", std::nullopt},
        // negative: a described place with no name after it
        EventCase{"Bupati Agam memimpin rapat di ruang kerjanya, Senin (4/3/2024).", "meeting", "", std::nullopt},
        // a city is not a venue; a number without a unit word counts nobody
        EventCase{"Rapat koordinasi digelar di Padang, Senin (4/3/2024), diikuti 12 instansi.", "meeting", "",
                  std::nullopt}));

// ---- statements to the press ------------------------------------------------
struct StatementCase {
  std::string text;
  std::string date;     // the statement event's date; "" when no event is expected
  std::string speaker;  // who spoke at it
};

class StatementTest : public ::testing::TestWithParam<StatementCase> {};

TEST_P(StatementTest, DatedReportedSpeechIsAStatement) {
  const StatementCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  if (c.date.empty()) {
    EXPECT_TRUE(f.events.empty()) << c.text;
    return;
  }
  ASSERT_EQ(f.events.size(), 1u) << c.text;
  EXPECT_EQ(f.events[0].type, "statement");
  EXPECT_EQ(f.events[0].date, c.date);
  std::vector<std::string> speakers;
  for (const auto& fact : f.facts)
    if (fact.relation == FactRelation::SpokeAt) speakers.push_back(f.persons[fact.from.index].name);
  EXPECT_EQ(speakers, std::vector<std::string>{c.speaker}) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, StatementTest,
    ::testing::Values(
        StatementCase{"\"Kami akan menertibkan parkir liar,\" ujar Wali Kota Solok Ramadhan Saputra dalam keterangannya, "
                      "Jumat (17/10/2025).",
                      "2025-10-17", "Ramadhan Saputra"},
        // the speaker by a pronoun, resolved to the last one named
        StatementCase{"Sekda Kota Solok Rudi Hartono menjelaskan defisit anggaran.\n\n\"Anggaran kami berkurang,\" "
                      "katanya dihubungi wartawan, Senin (20/10/2025).",
                      "2025-10-20", "Rudi Hartono"},
        // negative: reported speech without its day; a day without reported speech
        StatementCase{"\"Kami akan menertibkan parkir liar,\" ujar Ramadhan Saputra.", "", ""},
        StatementCase{"Pada Senin (20/10/2025) harga cabai naik di Pasar Raya Solok.", "", ""}));

// "Muarasabak -": a dateline town that is no kota or kabupaten is the event's city.
TEST(EventRecognizer, DatelineTownIsTheCity) {
  ArticleFacts f = TheExtractor().Extract(Article(
      "Muarasabak - Bupati Tanjung Jabung Timur membuka rapat koordinasi di Aula Kantor Bupati, Senin (4/3/2024)."));
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].city, "Muarasabak");
  ArticleFacts g = TheExtractor().Extract(Article(
      "Padang - Wali Kota Padang membuka rapat koordinasi di Aula Balai Kota, Senin (4/3/2024)."));
  ASSERT_EQ(g.events.size(), 1u);
  EXPECT_EQ(g.events[0].city, "Padang");
}

TEST(EventRecognizer, AwardMentionedWithoutDateOrPlaceIsNoEvent) {
  ArticleFacts f = TheExtractor().Extract(Article("Pemkab Agam sudah sering menerima penghargaan dari pemerintah pusat."));
  EXPECT_TRUE(f.events.empty());
}

TEST(EventRecognizer, GenericMentionOfTrainingIsNoEvent) {
  ArticleFacts f = TheExtractor().Extract(Article("Menurut dia, pegawai perlu pelatihan agar pelayanan membaik."));
  EXPECT_TRUE(f.events.empty());
}

// ---- figures (indicators for comparing cities) -----------------------------
struct FigureCase {
  std::string text;
  std::string figure;  // "indicator value category year reporter", "" when none is expected
};

class FigureTest : public ::testing::TestWithParam<FigureCase> {};

TEST_P(FigureTest, ReadsTheIndicator) {
  const FigureCase& c = GetParam();
  ArticleFacts f = TheExtractor().Extract(Article(c.text));
  if (c.figure.empty()) {
    EXPECT_TRUE(f.figures.empty()) << c.text << " -> " << (f.figures.empty() ? "" : f.figures[0].value);
    return;
  }
  ASSERT_EQ(f.figures.size(), 1u) << c.text;
  const FigureEntity& g = f.figures[0];
  std::string reporter;
  for (const auto& fact : f.facts)
    if (fact.relation == FactRelation::Reports) reporter = f.organizations[fact.from.index].name;
  std::string got = g.indicator + " " + g.value + " " + g.category + " " + g.year + " " + reporter;
  EXPECT_EQ(got, c.figure) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, FigureTest,
    ::testing::Values(
        FigureCase{"Nilai IKM Pemerintah Kota Solok tahun 2024 tercatat 83,10 dengan kategori B.",
                   "IKM 83,10 B 2024 Pemerintah Kota Solok"},
        FigureCase{"Indeks kepuasan masyarakat (IKM) Dinas Kesehatan Kota Solok mencapai 88,5 predikat \"A\".",
                   "IKM 88,5 A  Dinas Kesehatan Kota Solok"},
        FigureCase{"Pemkab Agam menetapkan 45 pegawai sebagai agen perubahan tahun ini.",
                   "agen perubahan 45   Pemerintah Kabupaten Agam"},
        // the value of the next indicator is not this one's
        FigureCase{"Selain IKM, nilai AKIP Pemkot Solok naik menjadi 66,20.", "AKIP 66,20   Pemerintah Kota Solok"},
        // negatives: a date, a crowd, an indicator without a value
        FigureCase{"Bimtek SAKIP digelar di Solok, Selasa, 5 Maret 2024.", ""},
        FigureCase{"Ada 1 juta warga di Solok yang butuh agen perubahan.", ""},
        FigureCase{"Hasil survei IKM akan diumumkan bulan depan.", ""}));

}  // namespace
}  // namespace pejabat
