# Precompiled headers: the Qt and standard headers most of our files include, parsed once per target
# family instead of once per file (docs/PERFORMANCE.md "CI"). Only system headers go here, never ours,
# so a change to a project header rebuilds what includes it and nothing more.
#
# confidant_use_pch(<target> CORE|UI|TEST)
#   CORE: QtCore and the standard library (core, report, the CLI, the benchmark).
#   UI:   CORE plus the widgets nearly every view uses.
#   TEST_CORE, TEST_GUI, TEST_UI: Qt Test plus CORE (or UI); every test executable of a family reuses
#         one precompiled header (REUSE_FROM), built once for all of them.
option(CONFIDANT_PCH "Use precompiled headers (faster builds; no effect on the program)" ON)

set(CONFIDANT_PCH_CORE
    <algorithm> <array> <atomic> <functional> <limits> <memory> <optional> <utility> <variant> <vector>
    <QByteArray> <QCoreApplication> <QCryptographicHash> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo>
    <QHash> <QIODevice> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QMap> <QRegularExpression>
    <QSet> <QString> <QStringList> <QUuid>)
set(CONFIDANT_PCH_UI
    ${CONFIDANT_PCH_CORE}
    <QAbstractTableModel> <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QLocale> <QMessageBox>
    <QPlainTextEdit> <QPointer> <QPushButton> <QTableView> <QTimer> <QVBoxLayout> <QWidget>)

# Qt Test picks its main() by the Qt modules a target links (QT_WIDGETS_LIB, QT_GUI_LIB), so the
# tests have one precompiled header per family and folder, each owned by a tiny object library linking the same.
set(_confidant_pch_libs_TEST_CORE confidant_core Qt6::Test)
set(_confidant_pch_libs_TEST_GUI confidant_report Qt6::Test)
set(_confidant_pch_libs_TEST_UI confidant_ui Qt6::Test)

function(confidant_use_pch target kind)
    if(NOT CONFIDANT_PCH)
        return()
    endif()
    if(kind MATCHES "^TEST_")
        # Qt Test defines QT_TESTCASE_BUILDDIR per folder, so each test folder has its own owner.
        file(RELATIVE_PATH _dir "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
        string(MAKE_C_IDENTIFIER "${_dir}" _dir)
        set(owner confidant_pch_${_dir}_${kind})
        if(NOT TARGET ${owner})
            file(WRITE "${CMAKE_BINARY_DIR}/${owner}.cpp" "// owns a precompiled header for the tests\n")
            add_library(${owner} OBJECT "${CMAKE_BINARY_DIR}/${owner}.cpp")
            target_link_libraries(${owner} PRIVATE ${_confidant_pch_libs_${kind}})
            target_include_directories(${owner} PRIVATE "${PROJECT_SOURCE_DIR}")
            confidant_set_warnings(${owner})
            # The same debug-info level and sanitizers as the test programs that reuse this header
            # (ConfidantTest.cmake).
            confidant_test_compile_options(${owner})
            if(kind STREQUAL "TEST_UI")
                target_precompile_headers(${owner} PRIVATE ${CONFIDANT_PCH_UI} <QSignalSpy> <QTemporaryDir> <QTest>)
            else()
                target_precompile_headers(${owner} PRIVATE ${CONFIDANT_PCH_CORE} <QSignalSpy> <QTemporaryDir> <QTest>)
            endif()
        endif()
        target_precompile_headers(${target} REUSE_FROM ${owner})
    else()
        target_precompile_headers(${target} PRIVATE ${CONFIDANT_PCH_${kind}})
    endif()
endfunction()
