# Exports opened by the real readers (issue 4): each run of pejabat below is a
# ctest fixture, and the checkers read its files with NetworkX, igraph,
# rdflib, jsonld.js (Node, installed by scripts/install-deps), Graphviz
# (dot -Tcanon, gvpr) and XML parsers (xml.etree, xmllint).
set(PEJABAT_EXPORTS_OUT ${CMAKE_CURRENT_BINARY_DIR}/e2e-exports)
set(PEJABAT_CHECKS ${CMAKE_CURRENT_SOURCE_DIR}/e2e)

# One build of pejabat and the readers on its files; ARGN: extra build arguments.
function(pejabat_export_case name input)
  set(dir ${PEJABAT_EXPORTS_OUT}/${name})
  add_test(NAME e2e.exports.${name}.build COMMAND ${PEJABAT_BIN} build ${input} --out ${dir} --quiet ${ARGN})
  set_tests_properties(e2e.exports.${name}.build PROPERTIES FIXTURES_SETUP exports_${name})
  set(graphml_args ${dir}/graph.graphml)
  set(jsonld_args ${dir}/graph.graphml ${dir}/graph.jsonld)
  if("--yed" IN_LIST ARGN)
    list(APPEND graphml_args --yed)
  endif()
  list(FIND ARGN --base-iri base_at)
  if(base_at GREATER -1)
    math(EXPR base_at "${base_at} + 1")
    list(GET ARGN ${base_at} base)
    list(APPEND jsonld_args --base ${base}/)
  endif()
  add_test(NAME e2e.exports.${name}.graphml_networkx_igraph
           COMMAND ${PEJABAT_PYTHON} ${PEJABAT_CHECKS}/check_graphml.py ${graphml_args})
  add_test(NAME e2e.exports.${name}.jsonld_rdflib
           COMMAND ${PEJABAT_PYTHON} ${PEJABAT_CHECKS}/check_jsonld.py ${jsonld_args})
  add_test(NAME e2e.exports.${name}.jsonld_jsonldjs
           COMMAND ${PEJABAT_PYTHON} ${PEJABAT_CHECKS}/check_jsonld.py ${jsonld_args}
                   --node ${PEJABAT_CHECKS}/check_jsonld.js)
  add_test(NAME e2e.exports.${name}.graphviz COMMAND ${PEJABAT_PYTHON} ${PEJABAT_CHECKS}/check_dot.py ${dir})
  set_tests_properties(e2e.exports.${name}.graphml_networkx_igraph e2e.exports.${name}.jsonld_rdflib
                       e2e.exports.${name}.jsonld_jsonldjs e2e.exports.${name}.graphviz
                       PROPERTIES FIXTURES_REQUIRED exports_${name})
endfunction()

pejabat_export_case(samples ${PROJECT_SOURCE_DIR}/samples --render svg,png,pdf)
# Names, a title and a quote full of <, &, ", ', ]]>, backslashes, control
# characters and non-Latin scripts (tests/fixtures/hostile).
pejabat_export_case(hostile ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/hostile --render png,pdf)
# Two small city clusters with labelled edges inside one rank: the drawing
# that made Graphviz 2.43 free memory twice while edge labels were `label`.
pejabat_export_case(two_cities ${PROJECT_SOURCE_DIR}/samples/01_kota_bukittinggi_bimtek.txt
                    ${PROJECT_SOURCE_DIR}/samples/08_kota_samarinda_pernyataan.txt)
pejabat_export_case(yed ${PROJECT_SOURCE_DIR}/samples --yed --base-iri https://example.org/kg)

# The focused views of `pejabat render`, checked against the samples' GraphML.
set(render_dir ${PEJABAT_EXPORTS_OUT}/render)
add_test(NAME e2e.render.build
         COMMAND ${PEJABAT_BIN} render ${PROJECT_SOURCE_DIR}/samples --out ${render_dir} --quiet --render png
                 --speakers --event bimtek --city Bogor --person Fauzan)
set_tests_properties(e2e.render.build PROPERTIES FIXTURES_SETUP exports_render)
foreach(view speakers event-bimtek city-bogor person-fauzan)
  set(view_args ${render_dir} --stem ${view} --graphml ${PEJABAT_EXPORTS_OUT}/samples/graph.graphml)
  if(view STREQUAL "speakers")
    list(APPEND view_args --speakers)
  endif()
  add_test(NAME e2e.render.${view} COMMAND ${PEJABAT_PYTHON} ${PEJABAT_CHECKS}/check_dot.py ${view_args})
  set_tests_properties(e2e.render.${view} PROPERTIES FIXTURES_REQUIRED "exports_render;exports_samples")
endforeach()

# A view that matches nothing is a one-line error, not a crash or an empty picture.
add_test(NAME e2e.render.no_match
         COMMAND ${PEJABAT_BIN} render ${PROJECT_SOURCE_DIR}/samples --out ${render_dir}-none --quiet
                 --person "nobody-by-this-name")
set_tests_properties(e2e.render.no_match PROPERTIES
                     PASS_REGULAR_EXPRESSION "nobody-by-this-name.: nothing in the graph matches")
# A relative --base-iri is refused before anything is written.
add_test(NAME e2e.exports.bad_base_iri
         COMMAND ${PEJABAT_BIN} build ${PROJECT_SOURCE_DIR}/samples --out ${PEJABAT_EXPORTS_OUT}/bad-base --quiet
                 --base-iri relative/path)
set_tests_properties(e2e.exports.bad_base_iri PROPERTIES PASS_REGULAR_EXPRESSION "base IRI \"relative/path\" is not absolute")
