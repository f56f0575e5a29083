# add_subdirectory() for every direct subfolder of the current source dir that has a
# CMakeLists.txt, in name order. Lets modules be added without touching a shared list.
macro(reticle_add_all_subdirectories)
    file(GLOB _reticle_subdirs LIST_DIRECTORIES true "${CMAKE_CURRENT_SOURCE_DIR}/*")
    list(SORT _reticle_subdirs)
    foreach(_reticle_dir IN LISTS _reticle_subdirs)
        if(IS_DIRECTORY "${_reticle_dir}" AND EXISTS "${_reticle_dir}/CMakeLists.txt")
            add_subdirectory("${_reticle_dir}")
        endif()
    endforeach()
endmacro()
