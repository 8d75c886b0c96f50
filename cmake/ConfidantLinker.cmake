# A faster linker when the toolchain offers one: ~75 test programs link against the static core with
# full debug information, and GNU gold (in binutils, so always there on Debian) or LLVM lld does that
# several times faster than the default BFD linker. The program is the same either way.
option(CONFIDANT_FAST_LINKER "Link with lld or gold when available" ON)
if(CONFIDANT_FAST_LINKER AND NOT CMAKE_CXX_FLAGS MATCHES "-fuse-ld=" AND NOT CMAKE_EXE_LINKER_FLAGS MATCHES "-fuse-ld=")
    include(CheckLinkerFlag)
    foreach(_ld lld gold)
        string(TOUPPER "${_ld}" _LD)
        check_linker_flag(CXX "-fuse-ld=${_ld}" CONFIDANT_HAVE_${_LD}_LINKER)
        if(CONFIDANT_HAVE_${_LD}_LINKER)
            add_link_options("-fuse-ld=${_ld}")
            message(STATUS "Linking with ${_ld}")
            break()
        endif()
    endforeach()
endif()
