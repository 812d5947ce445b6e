# cw_add_fuzz_target(<name>
#     SOURCES <files...>        one of them defines
#                               extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t)
#                               (and optionally LLVMFuzzerInitialize(int *, char ***))
#     LIBS <targets...>         libraries under test
#     [CORPUS <dir>...]         seed folders (in the source tree, or generated in the build
#                               tree by a test labelled "fuzz-seeds"); never written to
#     [RUNS <n>]                mutations of the CTest smoke run (default 20000)
#     [TIMEOUT <seconds>])      CTest timeout of the smoke run (default 300)
#
# Normal build (gcc, CW_FUZZ=OFF): <name> links the replay driver of tests/fuzz/replay, which
# runs every corpus file and then <RUNS> deterministic pseudo-random mutations of them; it is
# registered as the CTest test <name> with label "fuzz" and fails only on a crash.
#
# CW_FUZZ=ON (clang only): <name> is a real libFuzzer binary (-fsanitize=fuzzer,address,
# undefined) and the libraries it links, transitively, get coverage and sanitizer
# instrumentation. The CTest test <name> then runs libFuzzer for <RUNS> executions with a
# scratch corpus in the build tree. Long runs: tests/fuzz/run-fuzzers.sh.

set(CW_FUZZ_REPLAY_DIR ${CMAKE_CURRENT_LIST_DIR}/../fuzz/replay)

if(CW_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CW_FUZZ=ON needs clang (libFuzzer), e.g. "
                            "-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang; "
                            "see tests/fuzz/run-fuzzers.sh")
    endif()
    set(CW_FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all
                           -fno-omit-frame-pointer)
else()
    add_library(cw_fuzz_replay STATIC ${CW_FUZZ_REPLAY_DIR}/ReplayMain.cpp)
    cw_strict(cw_fuzz_replay)
endif()

# Adds coverage (fuzzer-no-link) and sanitizer instrumentation to a first-party library and
# everything it links, so libFuzzer sees the edges of the code under test, not only the target.
function(_cw_fuzz_instrument target)
    if(NOT TARGET ${target})  # a plain link item (dl, -lfoo) of the LINK_LIBRARIES walked below
        return()
    endif()
    get_target_property(aliased ${target} ALIASED_TARGET)
    if(aliased)
        set(target ${aliased})
    endif()
    get_target_property(imported ${target} IMPORTED)
    get_target_property(type ${target} TYPE)
    if(imported OR type STREQUAL "INTERFACE_LIBRARY")
        return()
    endif()
    get_property(done GLOBAL PROPERTY CW_FUZZ_INSTRUMENTED)
    if(target IN_LIST done)
        return()
    endif()
    set_property(GLOBAL APPEND PROPERTY CW_FUZZ_INSTRUMENTED ${target})
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link ${CW_FUZZ_SANITIZERS})
    # The instrumented objects call into the sanitizer and coverage runtimes, so everything that
    # links this library (the apps and tests of a CW_FUZZ=ON tree too, not only the fuzz
    # targets) must link those runtimes: a static library's INTERFACE link options reach every
    # executable that links it, directly or through another library.
    target_link_options(${target} INTERFACE -fsanitize=fuzzer-no-link ${CW_FUZZ_SANITIZERS})
    get_target_property(deps ${target} LINK_LIBRARIES)
    if(deps)
        foreach(dep IN LISTS deps)
            if(NOT dep MATCHES "^\\$<")
                _cw_fuzz_instrument(${dep})
            endif()
        endforeach()
    endif()
endfunction()

function(cw_add_fuzz_target name)
    cmake_parse_arguments(F "" "RUNS;TIMEOUT" "SOURCES;LIBS;CORPUS" ${ARGN})
    if(NOT F_SOURCES)
        message(FATAL_ERROR "cw_add_fuzz_target(${name}): SOURCES is required")
    endif()
    if(NOT F_RUNS)
        set(F_RUNS 20000)
    endif()
    if(NOT F_TIMEOUT)
        set(F_TIMEOUT 300)
    endif()
    set(corpus_args)
    foreach(dir IN LISTS F_CORPUS)
        get_filename_component(corpus ${dir} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        # Folders in the build tree may be created later by a seed generator.
        if(NOT IS_DIRECTORY ${corpus} AND NOT corpus MATCHES "^${PROJECT_BINARY_DIR}/")
            message(FATAL_ERROR "cw_add_fuzz_target(${name}): CORPUS ${corpus} is not a folder")
        endif()
        list(APPEND corpus_args ${corpus})
    endforeach()

    add_executable(${name} ${F_SOURCES})
    target_link_libraries(${name} PRIVATE ${F_LIBS})
    cw_strict(${name})
    # Every fuzz binary lands in one folder so run-fuzzers.sh finds them all.
    set_target_properties(${name} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/fuzz-bin
        CW_FUZZ_CORPUS "${corpus_args}")
    set_property(GLOBAL APPEND PROPERTY CW_FUZZ_TARGETS ${name})

    if(CW_FUZZ)
        target_compile_options(${name} PRIVATE -fsanitize=fuzzer ${CW_FUZZ_SANITIZERS})
        target_link_options(${name} PRIVATE -fsanitize=fuzzer ${CW_FUZZ_SANITIZERS})
        foreach(lib IN LISTS F_LIBS)
            _cw_fuzz_instrument(${lib})
        endforeach()
        # New inputs go to the first folder (scratch, in the build tree); the seeds stay untouched.
        set(scratch ${CMAKE_CURRENT_BINARY_DIR}/${name}-corpus)
        file(MAKE_DIRECTORY ${scratch})
        add_test(NAME ${name}
                 COMMAND ${CW_TEST_RUNNER} $<TARGET_FILE:${name}> -runs=${F_RUNS} -seed=1
                         ${scratch} ${corpus_args})
    else()
        target_link_libraries(${name} PRIVATE cw_fuzz_replay)
        add_test(NAME ${name}
                 COMMAND ${CW_TEST_RUNNER} $<TARGET_FILE:${name}> -runs=${F_RUNS} -seed=1
                         ${corpus_args})
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS fuzz
        TIMEOUT ${F_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CW_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()

# Lists every fuzz target with its seed folder for tests/fuzz/run-fuzzers.sh, once all folders
# have been processed (the file is written at generate time).
function(_cw_fuzz_write_manifest)
    get_property(targets GLOBAL PROPERTY CW_FUZZ_TARGETS)
    set(lines "")
    foreach(t IN LISTS targets)
        get_target_property(corpus ${t} CW_FUZZ_CORPUS)
        if(NOT corpus)
            set(corpus "")
        endif()
        string(REPLACE ";" " " corpus "${corpus}")
        string(APPEND lines "${t}\t$<TARGET_FILE:${t}>\t${corpus}\n")
    endforeach()
    file(GENERATE OUTPUT ${PROJECT_BINARY_DIR}/fuzz-targets.tsv CONTENT "${lines}")
endfunction()
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL _cw_fuzz_write_manifest)
