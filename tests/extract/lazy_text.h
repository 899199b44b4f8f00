#pragma once
// A table row's input that may be made only when its test runs. GoogleTest
// builds every parameter table in every test process at start-up (ctest runs
// each case as its own process) and copies the rows while registering them:
// a few rows of 16 MiB made each extract_tests process touch 230 MB before
// its one test ran, half a second of page faults, hundreds of times per
// `make test`. Plain rows convert from a string as before; big ones say how to
// make their text.
#include <functional>
#include <string>
#include <utility>

namespace pejabat::testing {

class LazyText {
 public:
  LazyText(std::string text) : text_(std::move(text)) {}  // NOLINT: rows read as strings
  LazyText(const char* text) : text_(text) {}             // NOLINT
  static LazyText Made(std::function<std::string()> make) {
    LazyText t("");
    t.make_ = std::move(make);
    return t;
  }

  std::string str() const { return make_ ? make_() : text_; }

 private:
  std::string text_;
  std::function<std::string()> make_;
};

}  // namespace pejabat::testing
