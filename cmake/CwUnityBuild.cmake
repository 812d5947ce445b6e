# Unity builds of the first-party libraries (CW_UNITY). CMake compiles a library's files in
# batches: Unity/unity_N_cxx.cxx #includes eight of them, in the order they are listed.
#
# Why: at -O2 most of a library file's time goes to instantiating and optimising the inline and
# template code it shares with its neighbours (nlohmann::basic_json, QString/QList, QStringBuilder),
# and every file paid it again, with the precompiled header's load (~1 s of CPU, a third of it in
# the kernel mapping the ~170 MB .gch) on top. Measured (g++ 12, -O2, user+sys CPU): eight
# cw_sandbox files (the compute, cluster and extension endpoints) cost 50.2 s one by one and
# 16.4 s as one batch.
#
# Libraries only: test executables are one file each and the apps a handful. A batch of eight
# keeps a one-file edit's rebuild short and both cores busy to the end of the build.
#
# What it asks of the code: the files of one library share a translation unit, so names in their
# anonymous namespaces must not collide (the compiler refuses a second definition; a different
# overload of the same name would be chosen silently, so such helpers get distinct names or move
# to a shared header), and no file may leave a using-directive or a macro behind for the next.
# A developer who edits one file all day can configure with -DCW_UNITY=OFF.
function(cw_apply_unity_build)
    get_property(targets GLOBAL PROPERTY CW_STRICT_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        get_target_property(dir ${target} SOURCE_DIR)
        file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${dir})
        if(type STREQUAL "STATIC_LIBRARY" AND rel MATCHES "^(src|ui)/")
            set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
        endif()
    endforeach()
endfunction()
