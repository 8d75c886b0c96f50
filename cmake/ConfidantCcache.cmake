# ccache, when the machine has it, for rebuilds (a fresh clone in CI gains nothing from it and pays
# nothing). Precompiled headers need the sloppiness below for ccache to reuse their objects.
option(CONFIDANT_CCACHE "Compile through ccache when it is installed" ON)
find_program(CCACHE_EXECUTABLE ccache)
if(CONFIDANT_CCACHE AND CCACHE_EXECUTABLE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(_launcher "${CMAKE_COMMAND}" -E env "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
                  "${CCACHE_EXECUTABLE}")
    set(CMAKE_C_COMPILER_LAUNCHER ${_launcher})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${_launcher})
endif()
