# Queries (query speakers, compare, show): the same answers on articles and on
# a saved GraphML, in every format; on ../shared/seeds, the gold's speaker-event
# pairs and city counts (tests/e2e/check_queries.py).
add_test(NAME e2e.queries_samples
         COMMAND ${PEJABAT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/check_queries.py ${PEJABAT_BIN}
                 ${PROJECT_SOURCE_DIR}/samples)
if(EXISTS ${PEJABAT_SHARED}/seeds AND EXISTS ${PEJABAT_SHARED}/eval/gold AND EXISTS ${PEJABAT_SHARED}/eval/score.py)
  add_test(NAME e2e.queries_seeds
           COMMAND ${PEJABAT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/check_queries.py ${PEJABAT_BIN}
                   ${PEJABAT_SHARED}/seeds --gold ${PEJABAT_SHARED}/eval/gold --score ${PEJABAT_SHARED}/eval/score.py)
  set_tests_properties(e2e.queries_seeds PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
else()
  message(STATUS "../shared/seeds or ../shared/eval not found: e2e.queries_seeds skipped")
endif()
set_tests_properties(e2e.queries_samples PROPERTIES TIMEOUT 600)
