# Provides the target `confidant::sqlcipher`: SQLCipher 4 with SQLite's C API.
#
# Default: the amalgamation shipped by the npm package @journeyapps/sqlcipher (DESIGN.md "Storage"),
# fetched with `npm pack` into the build tree at configure time, its sha512 checked against the pin
# below, and compiled as a static library against OpenSSL. Nothing of it is committed.
# With -DCONFIDANT_SYSTEM_SQLCIPHER=ON a system SQLCipher >= 4.5 (pkg-config `sqlcipher`) is used.

option(CONFIDANT_SYSTEM_SQLCIPHER "Use a system SQLCipher >= 4.5 instead of the pinned amalgamation" OFF)

set(CONFIDANT_SQLCIPHER_NPM_PACKAGE "@journeyapps/sqlcipher@6.0.0")
set(CONFIDANT_SQLCIPHER_TARBALL "journeyapps-sqlcipher-6.0.0.tgz")
# npm's `integrity` for the package (sha512, base64), written here as hex.
set(CONFIDANT_SQLCIPHER_SHA512
    "626592408478727bfee4bdfc9582684bf74817ff9b11905a0020136de4f2ab85ca8cc1dcc5d22516712504b888a9af6bc2c78e222988623b9d80e382a2fb9ddd")

find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

if(CONFIDANT_SYSTEM_SQLCIPHER)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SYSTEM_SQLCIPHER REQUIRED IMPORTED_TARGET "sqlcipher>=4.5")
    add_library(confidant_sqlcipher INTERFACE)
    target_link_libraries(confidant_sqlcipher INTERFACE PkgConfig::SYSTEM_SQLCIPHER)
    target_compile_definitions(confidant_sqlcipher INTERFACE SQLITE_HAS_CODEC)
    add_library(confidant::sqlcipher ALIAS confidant_sqlcipher)
    return()
endif()

set(_sqlcipher_dir "${CMAKE_BINARY_DIR}/_deps/sqlcipher")
set(_sqlcipher_tgz "${_sqlcipher_dir}/${CONFIDANT_SQLCIPHER_TARBALL}")
set(_sqlcipher_src "${_sqlcipher_dir}/package/deps/sqlcipher-amalgamation")

function(_confidant_sqlcipher_hash_ok out)
    set(${out} FALSE PARENT_SCOPE)
    if(EXISTS "${_sqlcipher_tgz}")
        file(SHA512 "${_sqlcipher_tgz}" _hash)
        if(_hash STREQUAL CONFIDANT_SQLCIPHER_SHA512)
            set(${out} TRUE PARENT_SCOPE)
        endif()
    endif()
endfunction()

_confidant_sqlcipher_hash_ok(_have_tarball)
if(NOT _have_tarball)
    find_program(NPM_EXECUTABLE npm REQUIRED)
    file(REMOVE_RECURSE "${_sqlcipher_dir}")
    file(MAKE_DIRECTORY "${_sqlcipher_dir}")
    message(STATUS "Fetching ${CONFIDANT_SQLCIPHER_NPM_PACKAGE} with npm pack")
    execute_process(
        COMMAND "${NPM_EXECUTABLE}" pack "${CONFIDANT_SQLCIPHER_NPM_PACKAGE}" --silent
        WORKING_DIRECTORY "${_sqlcipher_dir}"
        RESULT_VARIABLE _npm_rc
        OUTPUT_QUIET)
    if(NOT _npm_rc EQUAL 0)
        message(FATAL_ERROR "npm pack ${CONFIDANT_SQLCIPHER_NPM_PACKAGE} failed (${_npm_rc}); "
                            "check the npm registry is reachable, or use -DCONFIDANT_SYSTEM_SQLCIPHER=ON")
    endif()
    _confidant_sqlcipher_hash_ok(_have_tarball)
    if(NOT _have_tarball)
        file(REMOVE "${_sqlcipher_tgz}")
        message(FATAL_ERROR "${CONFIDANT_SQLCIPHER_TARBALL}: sha512 does not match the pinned value; refusing to build it")
    endif()
endif()

if(NOT EXISTS "${_sqlcipher_src}/sqlite3.c")
    file(ARCHIVE_EXTRACT INPUT "${_sqlcipher_tgz}" DESTINATION "${_sqlcipher_dir}"
         PATTERNS "package/deps/sqlcipher-amalgamation/*")
endif()

add_library(confidant_sqlcipher STATIC "${_sqlcipher_src}/sqlite3.c")
target_include_directories(confidant_sqlcipher SYSTEM PUBLIC "${_sqlcipher_src}")
target_compile_definitions(confidant_sqlcipher
    PUBLIC
        SQLITE_HAS_CODEC
        SQLITE_OMIT_LOAD_EXTENSION
    PRIVATE
        SQLCIPHER_CRYPTO_OPENSSL
        SQLITE_TEMP_STORE=3
        SQLITE_SECURE_DELETE
        SQLITE_ENABLE_FTS5
        SQLITE_THREADSAFE=1
        SQLITE_DQS=0
        SQLITE_DEFAULT_FOREIGN_KEYS=1
        SQLITE_DEFAULT_WAL_SYNCHRONOUS=2
        SQLITE_ENABLE_DBSTAT_VTAB
        # sqlite_dbpage: tests/core/privacy/TestErasureForensic reads every decrypted page (free ones too) to
        # prove an erasure leaves no trace; read-only for the app, which never queries it.
        SQLITE_ENABLE_DBPAGE_VTAB
        HAVE_STDINT_H=1
        _REENTRANT=1
        SQLITE_EXTRA_INIT=sqlcipher_extra_init
        SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown)
# Third-party code: its warnings are not ours to fix.
# Always optimised, also in Debug and sanitizer builds: we never step through SQLite, and at -O0 it runs
# several times slower, which every test that touches a vault pays (docs/PERFORMANCE.md "CI").
# In a sanitizer build SQLite keeps AddressSanitizer (a buffer we hand it with a wrong length is caught where
# SQLite reads it) but not UBSan, which would only check SQLite's own arithmetic and makes this, the longest
# single compile of the build, much slower (docs/PERFORMANCE.md "CI").
set(_sqlcipher_options "-w;-O2")
if(CMAKE_C_FLAGS MATCHES "-fsanitize=[^ ]*undefined")
    list(APPEND _sqlcipher_options "-fno-sanitize=undefined")
endif()
set_source_files_properties("${_sqlcipher_src}/sqlite3.c" PROPERTIES COMPILE_OPTIONS "${_sqlcipher_options}")
set_target_properties(confidant_sqlcipher PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOMOC OFF AUTORCC OFF)
target_link_libraries(confidant_sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
add_library(confidant::sqlcipher ALIAS confidant_sqlcipher)
