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
  # The real articles of ../shared/corpus (other provinces, regencies and
  # outlets), against our own blind annotations, kept as standoff references
  # (tests/eval/standoff.py) so that no third-party text is in the project. A
  # floor under the measured score (docs/extraction.md), not a target: it
  # catches a rule that breaks generality.
  if(EXISTS ${PEJABAT_SHARED}/corpus)
    add_test(NAME e2e.corpus_score
             COMMAND ${PEJABAT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score_gold.py ${PEJABAT_BIN}
                     ${PEJABAT_SHARED}/corpus ${CMAKE_CURRENT_SOURCE_DIR}/eval/corpus_gold ${PEJABAT_SHARED}/eval/score.py
                     0.85)
  endif()
else()
  message(STATUS "../shared/eval not found: extraction scoring tests skipped")
endif()
