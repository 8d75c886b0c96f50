# Warnings for our own targets only (STYLE.md: fixed, not silenced).
function(confidant_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Woverloaded-virtual)
    if(CONFIDANT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
