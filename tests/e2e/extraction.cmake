# Extraction quality, scored by ../shared/eval/score.py (the team's scorer).
# Samples are ours (samples/ + tests/gold/); seeds live in ../shared.
if(EXISTS ${PEJABAT_SHARED}/eval/score.py)
  add_test(NAME e2e.samples_score
           COMMAND ${PEJABAT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score_gold.py ${PEJABAT_BIN}
                   ${PROJECT_SOURCE_DIR}/samples ${CMAKE_CURRENT_SOURCE_DIR}/gold ${PEJABAT_SHARED}/eval/score.py 0.95)
  add_test(NAME e2e.seeds_score
           COMMAND ${PEJABAT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score_gold.py ${PEJABAT_BIN}
                   ${PEJABAT_SHARED}/seeds ${PEJABAT_SHARED}/eval/gold ${PEJABAT_SHARED}/eval/score.py 0.95
                   persons=0.95 speakers=0.95 quotes=0.95)
else()
  message(STATUS "../shared/eval not found: extraction scoring tests skipped")
endif()
