#pragma once

namespace pejabat {

// Once per process, before the first parse (safe to call from any thread, every
// time): initializes libxml2 for use from several threads and installs an
// external entity loader that refuses everything. The HTML parser is already
// called without NOENT/DTDLOAD and with NONET; the loader makes sure that no
// other path in libxml2 (DTDs, XInclude, a future option) can open a file or a
// URL named by a document.
void SetUpLibxml();

}  // namespace pejabat
