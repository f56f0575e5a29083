# Sets RETICLE_VERSION_STRING: `git describe` of a v* tag when there is one, otherwise the
# project version plus the short commit hash (e.g. 0.1.0+git.1a2b3c4), otherwise the project version.
function(reticle_compute_version out_var base_version)
    set(result "${base_version}")
    find_package(Git QUIET)
    if(GIT_FOUND AND EXISTS "${CMAKE_SOURCE_DIR}/.git")
        execute_process(
            COMMAND "${GIT_EXECUTABLE}" describe --tags --match "v[0-9]*" --dirty
            WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
            OUTPUT_VARIABLE described RESULT_VARIABLE described_rc
            OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(described_rc EQUAL 0 AND described)
            string(REGEX REPLACE "^v" "" described "${described}")
            # 0.2.0-3-gabc1234 -> 0.2.0+git3.abc1234 (a valid Debian upstream version)
            string(REGEX REPLACE "-([0-9]+)-g([0-9a-f]+)" "+git\\1.\\2" described "${described}")
            string(REPLACE "-dirty" "+dirty" described "${described}")
            set(result "${described}")
        else()
            execute_process(
                COMMAND "${GIT_EXECUTABLE}" rev-parse --short HEAD
                WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
                OUTPUT_VARIABLE hash RESULT_VARIABLE hash_rc
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(hash_rc EQUAL 0 AND hash)
                set(result "${base_version}+git.${hash}")
            endif()
        endif()
    endif()
    # Re-run the configure (and so recompute the version) when a commit moves the branch.
    set(git_dir "${CMAKE_SOURCE_DIR}/.git")
    if(IS_DIRECTORY "${git_dir}" AND EXISTS "${git_dir}/HEAD")
        set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${git_dir}/HEAD")
        file(READ "${git_dir}/HEAD" head_ref)
        if(head_ref MATCHES "^ref: ([^\n]+)")
            set(ref_file "${git_dir}/${CMAKE_MATCH_1}")
            if(EXISTS "${ref_file}")
                set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${ref_file}")
            endif()
        endif()
    endif()
    set(${out_var} "${result}" PARENT_SCOPE)
endfunction()
