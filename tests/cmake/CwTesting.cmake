# cw_add_qt_test(<name>
#     SOURCES <files...>            Qt Test sources (QTEST_MAIN or QTEST_GUILESS_MAIN)
#     LIBS <targets...>             libraries under test (Qt6::Test is always linked)
#     LABELS <unit|integration|gui|slow|...>
#     [KEYRING]                     run inside a private D-Bus session with an unlocked
#                                   gnome-keyring-daemon (a real Secret Service)
#     [SANDBOX]                     the test starts the sandbox process: CW_SANDBOX_BIN is set
#     [TIMEOUT <seconds>])          default 120
#
# Every test runs through tests/harness/run-test.sh, which gives it a private HOME and XDG
# directories so no test reads or writes the user's settings, keychain or journal.
set(CW_TEST_RUNNER ${CMAKE_CURRENT_LIST_DIR}/../harness/run-test.sh)

# Test executables link with gold (binutils, like the default ld.bfd): about a quarter of bfd's
# CPU (clusterwright-cli: 0.9-1.1 s with bfd, 0.26-0.34 s with gold) and ~160 test links per clean
# build. What ships (the apps) still links with the default linker.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=gold CW_HAVE_LD_GOLD)

# Qt6::Test defines QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR, a different pair for every
# test, and qtest.h tests them: a precompiled <QTest> (the "_test" tiers of
# cmake/CwPrecompiledHeaders.cmake) is only valid without them. They serve QFINDTESTDATA; tests
# find their files through CW_SOURCE_DIR (set below for every test) instead.
get_target_property(cw_test_definitions Qt6::Test INTERFACE_COMPILE_DEFINITIONS)
list(FILTER cw_test_definitions EXCLUDE REGEX "^QT_TESTCASE_(BUILD|SOURCE)DIR=")
set_target_properties(Qt6::Test PROPERTIES INTERFACE_COMPILE_DEFINITIONS "${cw_test_definitions}")

function(cw_add_qt_test name)
    cmake_parse_arguments(T "KEYRING;SANDBOX" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${name} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    if(CW_HAVE_LD_GOLD)
        target_link_options(${name} PRIVATE -fuse-ld=gold)
    endif()
    # The test code itself at -O1 in a Release build (what CI and the .deb build): the libraries
    # under test stay -O2, and the tests' own code (QCOMPARE chains, fixtures) gains little from
    # -O2's extra passes. g++ user CPU, one TU: tst_specfromcompute 6.95 s -> 5.55 s,
    # tst_compute_model 11.0 s -> 9.1 s (tst_quotarules: no change, it is mostly parsing).
    target_compile_options(${name} PRIVATE $<$<CONFIG:Release>:-O1>)
    cw_strict(${name})

    set(runner ${CW_TEST_RUNNER})
    if(T_KEYRING)
        list(APPEND runner --keyring)
    endif()
    add_test(NAME ${name} COMMAND ${runner} $<TARGET_FILE:${name}>)

    set(env "QT_QPA_PLATFORM=offscreen" "QT_FORCE_ASSERTS=1" "QT_LOGGING_RULES=cw.*.debug=false"
            "CW_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "CW_BINARY_DIR=${PROJECT_BINARY_DIR}")
    if(T_SANDBOX)
        list(APPEND env "CW_SANDBOX_BIN=$<TARGET_FILE:clusterwright-sandbox>")
        add_dependencies(${name} clusterwright-sandbox)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()
