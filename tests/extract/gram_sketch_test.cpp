#include "extract/clean/gram_sketch.h"

#include <gtest/gtest.h>

#include <string>

namespace pejabat {
namespace {

// Its last capital starts its last 16 bytes, the last place a gram starts.
const std::string kLine =
    "Pemerintah Kota Padang menggelar rapat bersama DPRD dan pejabat dari Kota Bukittinggi";

// Every piece of a line added, at every offset and of every length, may be
// in it: the sketch never says no to a real copy.
class GramSketchPieceTest : public ::testing::TestWithParam<std::size_t> {};

TEST_P(GramSketchPieceTest, FindsEveryPieceOfALineAdded) {
  GramSketch sketch;
  sketch.Add("Sebuah baris lain yang juga ditambahkan ke dalam sketsa ini oleh Tim Uji.");
  sketch.Add(kLine);
  const std::size_t offset = GetParam();
  for (std::size_t n = 1; offset + n <= kLine.size(); ++n)
    EXPECT_TRUE(sketch.MayContain(std::string_view(kLine).substr(offset, n))) << offset << " " << n;
}

INSTANTIATE_TEST_SUITE_P(EveryOffset, GramSketchPieceTest, ::testing::Range<std::size_t>(0, kLine.size()));

TEST(GramSketch, SaysNoToWhatNoLineHolds) {
  GramSketch sketch;
  sketch.Add(kLine);
  EXPECT_FALSE(sketch.MayContain("Bupati meresmikan jembatan gantung di desa terpencil itu."));
  // The first capital's string is in the line, the second's is not.
  EXPECT_FALSE(sketch.MayContain("Pemerintah Kota Pariaman menggelar rapat koordinasi."));
}

// Without a capital 16 bytes before its end, a line may be anywhere.
TEST(GramSketch, NoCapitalMayBeAnywhere) {
  GramSketch sketch;
  sketch.Add(kLine);
  EXPECT_TRUE(sketch.MayContain("tidak ada di sini, sebab baris ini tanpa huruf besar"));
  EXPECT_TRUE(sketch.MayContain("tidak ada di sini, sebab huruf besarnya di Akhir"));
}

TEST(GramSketch, EmptyHoldsNothing) {
  GramSketch sketch;
  EXPECT_FALSE(sketch.MayContain(kLine));
  sketch.Add("Terlalu Pendek");  // under 16 bytes: no gram
  EXPECT_FALSE(sketch.MayContain(kLine));
}

TEST(GramSketch, ClearForgetsTheLines) {
  GramSketch sketch;
  sketch.Add(kLine);
  ASSERT_TRUE(sketch.MayContain(kLine));
  sketch.Clear();
  EXPECT_FALSE(sketch.MayContain(kLine));
  sketch.Add(kLine);
  EXPECT_TRUE(sketch.MayContain(kLine));
}

}  // namespace
}  // namespace pejabat
