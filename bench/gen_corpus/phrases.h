#pragma once
#include <array>
#include <string_view>

// Word tables for the synthetic articles: the genre's stock phrases (events,
// topics, units, bureaucratic filler), written for this generator.
namespace pejabat::bench::phrases {

struct EventWord {
  std::string_view full;   // "bimbingan teknis"
  std::string_view short_form;  // "bimtek" or "" when the full form is also the short one
};

inline constexpr std::array<EventWord, 10> kEvents = {{
    {"bimbingan teknis", "bimtek"},
    {"sosialisasi", ""},
    {"rapat koordinasi", "rakor"},
    {"pelatihan", ""},
    {"pendidikan dan pelatihan", "diklat"},
    {"workshop", ""},
    {"rapat kerja", "raker"},
    {"lokakarya", ""},
    {"seminar", ""},
    {"focus group discussion", "FGD"},
}};

inline constexpr std::array<std::string_view, 24> kTopics = {
    "penyusunan perjanjian kinerja",
    "Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)",
    "reformasi birokrasi",
    "pembangunan zona integritas",
    "standar pelayanan publik",
    "pengelolaan arsip dinamis",
    "pengadaan barang dan jasa pemerintah",
    "Sistem Pemerintahan Berbasis Elektronik (SPBE)",
    "analisis jabatan dan beban kerja",
    "penyusunan laporan keuangan daerah",
    "manajemen risiko",
    "penilaian kinerja pegawai",
    "pengelolaan pengaduan masyarakat",
    "penyusunan standar operasional prosedur",
    "evaluasi kelembagaan perangkat daerah",
    "peningkatan kualitas data kependudukan",
    "penyederhanaan birokrasi",
    "tata naskah dinas",
    "pengendalian gratifikasi",
    "survei kepuasan masyarakat",
    "perencanaan pembangunan daerah",
    "pengelolaan barang milik daerah",
    "keterbukaan informasi publik",
    "penguatan budaya kerja aparatur",
};

inline constexpr std::array<std::string_view, 8> kAudiences = {
    "bagi perangkat daerah",
    "bagi para camat dan lurah",
    "bagi aparatur sipil negara",
    "bagi pejabat pengadaan",
    "bagi operator kepegawaian",
    "bagi sekretaris perangkat daerah",
    "bagi kepala subbagian perencanaan",
    "bagi pengelola arsip",
};

// Units that organize events, written before the government's name.
inline constexpr std::array<std::string_view, 8> kOrganizers = {
    "Bagian Organisasi Sekretariat Daerah",
    "Bagian Hukum Sekretariat Daerah",
    "Bagian Tata Pemerintahan Sekretariat Daerah",
    "Dinas Komunikasi dan Informatika",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Badan Perencanaan Pembangunan Daerah",
    "Inspektorat",
    "Bagian Pengadaan Barang dan Jasa Sekretariat Daerah",
};

// Portfolios of the unit heads a city has (Kepala Bagian ..., Kepala Dinas ...).
inline constexpr std::array<std::string_view, 6> kBagian = {
    "Organisasi", "Hukum", "Tata Pemerintahan", "Perekonomian", "Protokol dan Komunikasi Pimpinan",
    "Pengadaan Barang dan Jasa"};
inline constexpr std::array<std::string_view, 6> kDinas = {
    "Komunikasi dan Informatika", "Pendidikan", "Kesehatan", "Sosial", "Lingkungan Hidup",
    "Pekerjaan Umum dan Penataan Ruang"};
inline constexpr std::array<std::string_view, 3> kAsisten = {
    "Pemerintahan dan Kesejahteraan Rakyat", "Perekonomian dan Pembangunan", "Administrasi Umum"};

// Posts of the travelling resource persons; {P} is replaced by their province.
inline constexpr std::array<std::string_view, 6> kNationalPosts = {
    "Analis Kebijakan Ahli Madya pada Lembaga Administrasi Negara",
    "Pengendali Teknis pada Perwakilan Badan Pengawasan Keuangan dan Pembangunan (BPKP) Provinsi {P}",
    "Asisten Deputi pada Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Widyaiswara Ahli Utama pada Badan Pengembangan Sumber Daya Manusia Provinsi {P}",
    "Kepala Subdirektorat pada Direktorat Jenderal Otonomi Daerah Kementerian Dalam Negeri",
    "Auditor Ahli Madya pada Inspektorat Provinsi {P}",
};

inline constexpr std::array<std::string_view, 10> kVenueHeads = {
    "Aula", "Hotel", "Ruang Rapat", "Gedung", "Balai", "Wisma", "Aula Kantor", "Ballroom Hotel", "Graha", "Pendopo"};
// Venue names are invented words plus one of these.
inline constexpr std::array<std::string_view, 6> kVenueTails = {"", "", " Indah", " Permai", " Utama", " Raya"};

inline constexpr std::array<std::string_view, 8> kOutlets = {
    "Warta Praja", "Kabar Balai", "Suara Pamong", "Lintas Daerah", "Berita Pemda", "Jurnal Aparatur",
    "Media Birokrasi", "Kronik Kota"};

inline constexpr std::array<std::string_view, 12> kMonths = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
    "November", "Desember"};
inline constexpr std::array<std::string_view, 7> kWeekdays = {"Minggu", "Senin", "Selasa", "Rabu",
                                                              "Kamis", "Jumat", "Sabtu"};

// Filler: subject + modal + verb + object + tail, about 20,000 sentences.
inline constexpr std::array<std::string_view, 8> kSubjects = {
    "Setiap perangkat daerah", "Para kepala OPD", "Aparatur sipil negara", "Pemerintah daerah",
    "Unit layanan", "Tim penilai", "Para camat", "Seluruh pegawai"};
inline constexpr std::array<std::string_view, 5> kModals = {"harus", "perlu", "diharapkan", "diminta untuk", "wajib"};
inline constexpr std::array<std::string_view, 8> kVerbs = {
    "menyusun", "memperbaiki", "memantau", "melaporkan", "mengevaluasi", "menindaklanjuti", "memperkuat",
    "menyederhanakan"};
inline constexpr std::array<std::string_view, 8> kObjects = {
    "indikator kinerja utama", "rencana aksi reformasi birokrasi", "standar pelayanan", "data kepegawaian",
    "dokumen perencanaan", "laporan keuangan", "proses bisnis", "inovasi pelayanan publik"};
inline constexpr std::array<std::string_view, 8> kTails = {
    " secara berkala", " sebelum akhir tahun", " setiap triwulan", " dengan melibatkan masyarakat",
    " sesuai ketentuan yang berlaku", " agar hasilnya dapat diukur", " tanpa menunggu teguran dari pusat", ""};

inline constexpr std::array<std::string_view, 8> kVerbsAfter = {"kata", "ujar", "jelas", "tegas",
                                                                "tambah", "lanjut", "ungkap", "tutur"};
inline constexpr std::array<std::string_view, 4> kVerbsAfterPronoun = {"ujarnya", "katanya", "jelasnya", "tambahnya"};
inline constexpr std::array<std::string_view, 5> kVerbsBefore = {"mengatakan", "menegaskan", "menjelaskan",
                                                                 "mengingatkan", "menyampaikan"};

inline constexpr std::array<std::string_view, 6> kClosings = {
    "Kegiatan dijadwalkan berlangsung dua hari dan ditutup dengan penyusunan rencana tindak lanjut.",
    "Acara ditutup dengan sesi tanya jawab antara peserta dan narasumber.",
    "Di akhir kegiatan, peserta diminta menyerahkan rencana aksi masing-masing unit kerja.",
    "Hasil kegiatan akan dievaluasi kembali pada rapat berikutnya.",
    "Kegiatan berlangsung hingga sore hari dengan tertib.",
    "Panitia berencana menggelar kegiatan serupa pada semester berikutnya."};

}  // namespace pejabat::bench::phrases
