# Broken and hostile inputs (issue 7): one ctest per case of robustness.py,
# which generates the big inputs in a temporary folder and runs the binary
# under a timeout and an address-space limit. Under sanitizers the big inputs
# are lighter (--light) and there is no address-space limit.
execute_process(COMMAND ${PEJABAT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/robustness.py --list
                OUTPUT_VARIABLE PEJABAT_ROBUST_CASES OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE robust_list_rc)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/e2e/robustness.py)
if(NOT robust_list_rc EQUAL 0)
  message(FATAL_ERROR "tests/e2e/robustness.py --list failed")
endif()
string(REPLACE "\n" ";" PEJABAT_ROBUST_CASES "${PEJABAT_ROBUST_CASES}")
set(robust_light "")
set(robust_timeout 300)
if(PEJABAT_SANITIZE)
  set(robust_light "--light")
  set(robust_timeout 1500)
endif()
foreach(robust_case ${PEJABAT_ROBUST_CASES})
  add_test(NAME e2e.robust.${robust_case}
           COMMAND ${PEJABAT_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/robustness.py --bin ${PEJABAT_BIN}
                   --source ${PROJECT_SOURCE_DIR} ${robust_light} ${robust_case})
  set_tests_properties(e2e.robust.${robust_case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT ${robust_timeout}
                       LABELS robustness)
endforeach()
