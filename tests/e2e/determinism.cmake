# Determinism (issue 6): `pejabat build` writes byte-identical files for any
# number of threads (-j), on every run, and whatever order the inputs are
# named in. The inputs are samples/ plus a small corpus from bench/gen-corpus
# (as .txt files and as JSON Lines), when bench/ is built (it needs Google
# Benchmark, like the top-level CMakeLists.txt asks).
find_package(benchmark QUIET)
set(PEJABAT_DETERMINISM_GEN "")
if(benchmark_FOUND AND EXISTS ${PROJECT_SOURCE_DIR}/bench/CMakeLists.txt)
  set(PEJABAT_DETERMINISM_GEN $<TARGET_FILE:gen-corpus>)
endif()
add_test(NAME e2e.determinism
         COMMAND ${PEJABAT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/determinism.py
                 --bin ${PEJABAT_BIN} --samples ${PROJECT_SOURCE_DIR}/samples
                 --gen "${PEJABAT_DETERMINISM_GEN}" --work ${CMAKE_CURRENT_BINARY_DIR}/e2e-determinism)
set_tests_properties(e2e.determinism PROPERTIES TIMEOUT 600)
