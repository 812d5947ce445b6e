# Precompiled headers (CW_PCH). Most of the build's CPU goes to parsing the same Qt, nlohmann/json
# and standard headers in every translation unit (g++ -ftime-report: parsing is half of a typical
# TU at -O1). The headers below are compiled once per "tier" into a small donor target, and every
# first-party target (cw_strict) reuses the donor's .gch (target_precompile_headers REUSE_FROM).
#
# Tiers follow the Qt modules a target links (directly or through PUBLIC links), so a file still
# cannot use the headers of a Qt module its target does not link: core (QtCore), net (+QtNetwork),
# widgets (+QtGui/QtWidgets), widgets_net (both). Only third-party headers go in: first-party
# headers stay out so the layering (cw_export_folder) is still checked by the compiler, and the
# json_fwd.hpp/json.hpp split of our headers still holds in a CW_PCH=OFF build.
# A target that links QtTest gets the "_test" variant of its tier (core_test, ...), with <QTest>
# and <QSignalSpy>: parsing them cost each test TU 0.45-0.7 s (tst_quotarules: 2.75-2.9 s -> 2.1-2.4
# s). Their headers test QT_WIDGETS_LIB / QT_GUI_LIB / QT_NETWORK_LIB, which the tiers already
# separate (a target with QtGui but not QtWidgets gets no test variant), and QT_TESTCASE_BUILDDIR /
# QT_TESTCASE_SOURCEDIR, which Qt6::Test defines per target: tests/cmake/CwTesting.cmake drops
# those two (tests find their files through CW_SOURCE_DIR). QtHttpServer stays out: its headers
# test QT_WEBSOCKETS_LIB. A .gch is only valid for the macros it was made with (CMake adds
# -Winvalid-pch; with CW_WERROR a mismatch fails the build).
#
# nlohmann/json.hpp itself stays out; the headers it includes (the parser, serializer, iterators:
# most of its text) go in. json.hpp ends with the literals operator""_json and _json_pointer,
# ordinary inline functions whose bodies call json::parse(const char*, const char*): g++ queues
# that instantiation (the whole parser and lexer) and performs it at the end of every TU that
# sees the definition, used or not, and a .gch keeps the queue, so with json.hpp in the .gch every
# TU paid it. Measured (g++ 12, core tier, user CPU): an empty .cpp costs 1.0-1.1 s with json.hpp
# in the .gch and 0.5 s with only its parts; a file that includes json.hpp costs 1.0 s either way.
# So the ~190 TUs that do not include json.hpp save ~0.5 s each and its users lose nothing; and
# without json.hpp in the .gch, a file that uses json but includes only json_fwd.hpp fails with
# CW_PCH=ON too. The parts leave nlohmann's internal macros (JSON_THROW, JSON_HEDLEY_*, which
# json.hpp #undefs at its end) defined in the TUs that do not include json.hpp: nothing of ours
# uses those names, and a CW_PCH=OFF build would catch a use.
#
# ccache: a TU that uses a .gch is cached only with sloppiness pch_defines,time_macros; the
# launcher is wrapped below so developers' `-DCMAKE_CXX_COMPILER_LAUNCHER=ccache` keeps hitting.

# The <nlohmann/...> headers json.hpp includes, in its order (Debian ships the multi-header
# layout; with the single-header amalgamation the list is empty and json.hpp users parse it),
# but not macro_unscope.hpp: it #undefs the macros json.hpp then needs (the headers are #pragma
# once, so json.hpp could not define them again).
function(_cw_pch_json_parts out)
    get_target_property(dirs nlohmann_json::nlohmann_json INTERFACE_INCLUDE_DIRECTORIES)
    find_file(json_hpp nlohmann/json.hpp HINTS ${dirs} NO_CACHE REQUIRED)
    file(STRINGS ${json_hpp} lines REGEX "^#include <nlohmann/[^>]+>")
    set(parts "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^#include (<[^>]+>).*$" "\\1" header "${line}")
        if(NOT header STREQUAL "<nlohmann/detail/macro_unscope.hpp>")
            list(APPEND parts ${header})
        endif()
    endforeach()
    set(${out} ${parts} PARENT_SCOPE)
endfunction()
_cw_pch_json_parts(CW_PCH_JSON_PARTS)

set(CW_PCH_CORE
    <algorithm> <array> <chrono> <cstddef> <cstdint> <functional> <map> <memory> <optional>
    <string> <string_view> <utility> <variant> <vector>
    ${CW_PCH_JSON_PARTS}
    <QByteArray> <QByteArrayView> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QFile>
    <QFileInfo> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLocale>
    <QLoggingCategory> <QMap> <QObject> <QPointer> <QProcess> <QRegularExpression> <QSet>
    <QSettings> <QStandardPaths> <QString> <QStringList> <QTemporaryDir> <QTimer> <QUrl>
    <QUrlQuery> <QUuid> <QVariant>)
set(CW_PCH_NET
    <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QSslCertificate>
    <QSslConfiguration> <QSslSocket>)
set(CW_PCH_WIDGETS
    <QAbstractTableModel> <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog>
    <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit>
    <QMessageBox> <QPushButton> <QRadioButton> <QSortFilterProxyModel> <QSpinBox> <QTableView>
    <QToolButton> <QTreeWidget> <QVBoxLayout> <QWidget> <QWizardPage>)
set(CW_PCH_TEST <QTest> <QSignalSpy>)

if(CW_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${CMAKE_CXX_COMPILER_LAUNCHER})
endif()

# Adds to <out> the Qt modules <target> links, following first-party and Qt targets' links.
function(_cw_pch_modules target out)
    set(seen "")
    set(todo ${target})
    set(modules "")
    while(todo)
        list(POP_FRONT todo item)
        if(item MATCHES "^\\$<LINK_ONLY:(.+)>$")
            set(item ${CMAKE_MATCH_1})
        endif()
        if(NOT TARGET ${item} OR item IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${item})
        get_target_property(aliased ${item} ALIASED_TARGET)
        if(aliased)
            list(APPEND todo ${aliased})
            continue()
        endif()
        if(item MATCHES "^Qt6::(Core|Network|Gui|Widgets|Test)$")
            list(APPEND modules ${CMAKE_MATCH_1})
        endif()
        get_target_property(links ${item} INTERFACE_LINK_LIBRARIES)
        if(links)
            list(APPEND todo ${links})
        endif()
        get_target_property(imported ${item} IMPORTED)
        if(NOT imported)
            get_target_property(links ${item} LINK_LIBRARIES)
            if(links)
                list(APPEND todo ${links})
            endif()
        endif()
    endwhile()
    set(${out} ${modules} PARENT_SCOPE)
endfunction()

# The donor of one tier: an object library of one empty file, cw_strict like its users (a .gch
# is only reused under the same macros and code-generation options).
function(_cw_pch_donor tier)
    set(donor cw_pch_${tier})
    if(TARGET ${donor})
        return()
    endif()
    add_library(${donor} OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch/cw_pch.cpp)
    set(headers ${CW_PCH_CORE})
    set(libs Qt6::Core nlohmann_json::nlohmann_json)
    if(tier MATCHES "net")
        list(APPEND headers ${CW_PCH_NET})
        list(APPEND libs Qt6::Network)
    endif()
    if(tier MATCHES "widgets")
        list(APPEND headers ${CW_PCH_WIDGETS})
        list(APPEND libs Qt6::Widgets)
    endif()
    if(tier MATCHES "_test$")
        list(APPEND headers ${CW_PCH_TEST})
        list(APPEND libs Qt6::Test)
    endif()
    target_link_libraries(${donor} PRIVATE ${libs})
    set_target_properties(${donor} PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_precompile_headers(${donor} PRIVATE ${headers})
    cw_strict(${donor})
endfunction()

# AUTOMOC compiles <target>_autogen/mocs_compilation.cpp for every target; it holds the moc
# output of the headers with Q_OBJECT (the headers listed as sources, and those beside a source
# with the same base name) and is empty otherwise, as for most tests, whose .cpp includes its own
# .moc. An empty file is free to compile, but not with the .gch: loading it costs about half a
# second.
function(_cw_pch_skip_empty_mocs target)
    get_target_property(automoc ${target} AUTOMOC)
    if(NOT automoc)
        return()
    endif()
    get_target_property(dir ${target} SOURCE_DIR)
    get_target_property(sources ${target} SOURCES)
    foreach(source IN LISTS sources)
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${dir} NORMALIZE OUTPUT_VARIABLE path)
        cmake_path(REPLACE_EXTENSION path LAST_ONLY .h OUTPUT_VARIABLE header)
        foreach(candidate IN ITEMS ${path} ${header})
            if(candidate MATCHES "\\.(h|hpp)$" AND EXISTS ${candidate})
                file(STRINGS ${candidate} moc_macros REGEX "Q_OBJECT|Q_GADGET|Q_NAMESPACE" LIMIT_COUNT 1)
                if(moc_macros)
                    return()
                endif()
            endif()
        endforeach()
    endforeach()
    get_target_property(autogen ${target} AUTOGEN_BUILD_DIR)
    if(NOT autogen)
        get_target_property(binary_dir ${target} BINARY_DIR)
        set(autogen ${binary_dir}/${target}_autogen)
    endif()
    set_source_files_properties(${autogen}/mocs_compilation.cpp TARGET_DIRECTORY ${target}
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()

# Called once, after every target is declared (the links decide the tier).
function(cw_apply_precompiled_headers)
    get_property(targets GLOBAL PROPERTY CW_STRICT_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        # MODULE libraries are LD_PRELOAD probes of the benchmarks: no Qt, own flags.
        if(NOT type MATCHES "^(STATIC_LIBRARY|EXECUTABLE|OBJECT_LIBRARY)$" OR target MATCHES "^cw_pch_")
            continue()
        endif()
        _cw_pch_modules(${target} modules)
        if(NOT "Core" IN_LIST modules)
            continue()
        endif()
        set(tier core)
        if("Widgets" IN_LIST modules AND "Network" IN_LIST modules)
            set(tier widgets_net)
        elseif("Widgets" IN_LIST modules)
            set(tier widgets)
        elseif("Network" IN_LIST modules)
            set(tier net)
        endif()
        if("Test" IN_LIST modules AND ("Widgets" IN_LIST modules OR NOT "Gui" IN_LIST modules))
            string(APPEND tier _test)
        endif()
        _cw_pch_donor(${tier})
        target_precompile_headers(${target} REUSE_FROM cw_pch_${tier})
        _cw_pch_skip_empty_mocs(${target})
    endforeach()
endfunction()
