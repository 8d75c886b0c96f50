# confidant_add_test(NAME <name> SOURCES <files...> LIBS <libs...> LABELS <labels...> [GUI] [KEYRING])
# One Qt Test class, one executable, one CTest entry (STYLE.md "Tests").
# GUI: runs on Qt's offscreen platform. KEYRING: runs inside a private D-Bus session with a fresh,
# unlocked gnome-keyring and a throw-away HOME (tests/support/with-keyring.sh).
# The slowest programs start first, so that on two cores neither waits alone at the end of the run (a
# fresh clone has no CTestCostData.txt to learn this from). NAME:SECONDS as measured under the sanitizers
# (`ctest --preset default`, docs/PERFORMANCE.md "CI"); ctest starts the highest first. Others cost 0.
set(CONFIDANT_TEST_COSTS
    TestCliMaintenance:114 TestCliSecurity:76 TestVaultMaintenance:69 TestCliExport:61 TestCliJourney:61
    TestBackupUi:59 TestRoleMatrix:57 TestCliImport:55 TestErasureService:50 TestCliAgreement:49 TestRekeyKeySafety:43
    TestCliErasure:41 TestProfileService:35 TestAuditLog:33 TestCliUnlock:29 TestAutoLock:29 TestContactService:29
    TestCliMaintenanceKeychain:26 TestImportService:22 TestCliPlaintext:20 TestConsentService:19 TestNoticeService:18
    TestPurposeService:18 TestCliVaultFile:16)

# Test programs carry line tables only (-g1): a failing test's stack trace and a debugger's backtrace still
# name file and line, and each test program compiles about a third faster than with full debug info. The
# libraries under test keep the build type's flags. OFF gives test programs full debug info again.
option(CONFIDANT_TEST_LINE_TABLES "Test programs with line tables only (-g1) for faster builds" ON)
# In a sanitizer build the test programs' own code is built with AddressSanitizer but without UBSan: UBSan's
# checks there would only look at the test drivers, while the code under test (core, ui, app) keeps every check,
# and each test program compiles about a third faster (docs/PERFORMANCE.md "CI"). ON checks the drivers too.
option(CONFIDANT_TEST_DRIVERS_UBSAN "Test programs' own code under UBSan too (sanitizer builds)" OFF)
function(confidant_test_compile_options target)
    if(CONFIDANT_TEST_LINE_TABLES AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -g1)
    endif()
    if(NOT CONFIDANT_TEST_DRIVERS_UBSAN AND CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*undefined")
        target_compile_options(${target} PRIVATE -fno-sanitize=undefined)
    endif()
endfunction()

function(confidant_add_test)
    cmake_parse_arguments(T "GUI;KEYRING" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test confidant_test_support ${T_LIBS})
    confidant_set_warnings(${T_NAME})
    confidant_test_compile_options(${T_NAME})
    if("confidant_ui" IN_LIST T_LIBS)
        confidant_use_pch(${T_NAME} TEST_UI)
    elseif("confidant_report" IN_LIST T_LIBS)
        confidant_use_pch(${T_NAME} TEST_GUI)
    else()
        confidant_use_pch(${T_NAME} TEST_CORE)
    endif()
    # Each test includes its own .moc, so AUTOMOC's mocs_compilation.cpp is empty: loading the
    # precompiled header for it would cost a second per test program.
    set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/${T_NAME}_autogen/mocs_compilation.cpp"
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    if(T_KEYRING)
        add_test(NAME ${T_NAME}
                 COMMAND "${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh" $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    set(_env "CONFIDANT_CLI=$<TARGET_FILE:confidant-cli>" "CONFIDANT_GUI=$<TARGET_FILE:confidant>")
    if(T_GUI)
        list(APPEND _env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" ENVIRONMENT "${_env}" TIMEOUT 900)
    foreach(_cost IN LISTS CONFIDANT_TEST_COSTS)
        if(_cost MATCHES "^${T_NAME}:([0-9]+)$")
            set_tests_properties(${T_NAME} PROPERTIES COST ${CMAKE_MATCH_1})
        endif()
    endforeach()
endfunction()
