// The reference translation unit of benchmarks/compile_time.sh: includes <regex> and calls std::regex_search.
#include <regex>
#include <string>

bool has_dateline(const std::string& story) {
    static const std::regex dateline(R"(^[A-Z][A-Z ]+ \((Reuters|AP)\) -)");
    return std::regex_search(story, dateline);
}
