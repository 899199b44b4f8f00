#pragma once

namespace pejabat {

// Documented in docs/errors.md.
enum ExitCode : int {
  kExitOk = 0,           // every input was read
  kExitSomeFailed = 1,   // the graph was written, but some inputs or records were skipped
  kExitUsage = 2,        // bad command line
  kExitNothingUsable = 3,  // no article could be read: no graph written
  kExitFatal = 4,        // the run could not go on (lexicon invalid, output not writable, --strict)
};

}  // namespace pejabat
