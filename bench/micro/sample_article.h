#pragma once
#include <string>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/raw_article.h"

namespace pejabat::bench {

// The real lexicon and one extractor, loaded once per benchmark binary.
inline const Lexicon& BenchLexicon() {
  static const Lexicon lexicon = Lexicon::Load(Lexicon::DefaultDirectory());
  return lexicon;
}

inline const Extractor& BenchExtractor() {
  static const Extractor extractor(BenchLexicon());
  return extractor;
}

// An article in the genre, written for these benchmarks (people and quotes are
// invented): a headline, a dateline, an official opening a training at a venue
// on a date, a report by the organizing office, quotes and a second date.
inline RawArticle SampleArticle() {
  RawArticle a;
  a.source = "bench.txt";
  a.title = "Sekda Kota Magelang Buka Bimtek Pengelolaan Arsip Dinamis";
  a.text = a.title + "\n\n"
      "MAGELANG - Sekretaris Daerah Kota Magelang, Drs. H. Rudi Santoso Wibowo, M.Si, membuka bimbingan teknis "
      "pengelolaan arsip dinamis di Aula Gedung Wiworo Wiji Pinilih, Kamis (7/3/2024). Kegiatan yang diikuti 60 "
      "pegawai itu diselenggarakan oleh Bagian Organisasi Sekretariat Daerah Kota Magelang.\n\n"
      "\u201cArsip yang tertata adalah cermin birokrasi yang tertib. Jangan sampai dokumen penting hilang hanya "
      "karena tidak dicatat,\u201d kata Rudi dalam sambutannya.\n\n"
      "Kepala Bagian Organisasi Sekretariat Daerah Kota Magelang, Sri Lestari, SH, MH, melaporkan bahwa "
      "bimtek berlangsung 7 sampai 8 Maret 2024 dengan narasumber dari Arsip Nasional Republik Indonesia. "
      "Menurut Sri, pelatihan serupa akan digelar kembali pada Selasa, 15 Oktober 2024.\n\n"
      "\"Kami berharap setiap perangkat daerah memiliki petugas arsip yang terlatih,\" ujar Sri.\n\n"
      "Turut hadir Asisten Administrasi Umum, Ir. Bambang Hartono, MT, dan para camat se-Kota Magelang.\n";
  return a;
}

}  // namespace pejabat::bench
