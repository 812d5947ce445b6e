// The one source of the precompiled-header donor targets (cmake/CwPrecompiledHeaders.cmake):
// CMake compiles the shared header set into <donor>/cmake_pch.hxx.gch while building this file,
// and every first-party target reuses that .gch (REUSE_FROM) instead of parsing Qt, nlohmann
// and the standard library again in each translation unit.
