// wirecopy — library version.
#pragma once

#define WIRECOPY_VERSION_MAJOR 0
#define WIRECOPY_VERSION_MINOR 1
#define WIRECOPY_VERSION_PATCH 0
#define WIRECOPY_VERSION_STRING "0.1.0"

namespace wirecopy {

/// The library version, "MAJOR.MINOR.PATCH".
inline constexpr const char* version = WIRECOPY_VERSION_STRING;

} // namespace wirecopy
