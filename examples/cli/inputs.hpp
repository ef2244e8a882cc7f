// The inputs named on the command line: files, standard input ("-"), and directories walked recursively
// for files matching a glob.
#pragma once

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace wirecopy_cli {

struct input_file {
    std::string path;     ///< as given or found; "-" is standard input
    std::string relative; ///< the name outputs are written under with --out
};

/// Expands `arguments` into files; directories contribute their files matching `glob`, sorted by path.
/// Problems (an unreadable directory) are reported by `error(path, message)`.
template <class Error>
std::vector<input_file> expand_inputs(const std::vector<std::string>& arguments, const std::string& glob,
                                      Error&& error) {
    namespace fs = std::filesystem;
    std::vector<input_file> files;
    for (const std::string& arg : arguments) {
        std::error_code ec;
        if (arg == "-" || !fs::is_directory(arg, ec)) {
            files.push_back({arg, arg == "-" ? "stdin" : fs::path(arg).filename().string()});
            continue;
        }
        std::vector<input_file> found;
        fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
        if (ec)
            error(arg, ec.message());
        for (; !ec && it != end; it.increment(ec)) {
            if (!it->is_regular_file(ec))
                continue;
            const std::string name = it->path().filename().string();
            if (fnmatch(glob.c_str(), name.c_str(), 0) == 0)
                found.push_back({it->path().string(), fs::relative(it->path(), arg, ec).string()});
        }
        if (ec)
            error(arg, ec.message());
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace wirecopy_cli
