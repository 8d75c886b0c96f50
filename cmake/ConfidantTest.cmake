# confidant_add_test(NAME <name> SOURCES <files...> LIBS <libs...> LABELS <labels...> [GUI] [KEYRING])
# One Qt Test class, one executable, one CTest entry (STYLE.md "Tests").
# GUI: runs on Qt's offscreen platform. KEYRING: runs inside a private D-Bus session with a fresh,
# unlocked gnome-keyring and a throw-away HOME (tests/support/with-keyring.sh).
function(confidant_add_test)
    cmake_parse_arguments(T "GUI;KEYRING" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test confidant_test_support ${T_LIBS})
    confidant_set_warnings(${T_NAME})
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
endfunction()
