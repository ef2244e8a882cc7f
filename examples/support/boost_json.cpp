// Boost.JSON in header-only mode: its definitions are compiled here, once, for the CLI and the benchmarks.
#include <boost/json/src.hpp>
