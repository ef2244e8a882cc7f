// Boost.JSON in header-only mode: its definitions are compiled here, once.
#include <boost/json/src.hpp>
