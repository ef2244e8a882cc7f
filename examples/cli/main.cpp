// wirecopy — command-line annotator: one JSON document per story.
//
//   wirecopy FILE...            annotate files ("-" or none: standard input), JSON Lines out
//   wirecopy --jsonl            {"id", "text"} lines in, one document per line out, in order
#include "json_document.hpp"
#include "line_reader.hpp"
#include "output.hpp"

#include <wirecopy/wirecopy.hpp>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace json = boost::json;

constexpr const char* usage = R"(NAME
    wirecopy - annotate press-wire copy: headline, dateline, byline, quotes, footer

SYNOPSIS
    wirecopy [OPTIONS] [FILE...]
    wirecopy [OPTIONS] --jsonl < stories.jsonl > documents.jsonl

DESCRIPTION
    Reads wire stories and writes one JSON document per story (JSON Lines), every part a span
    {"begin", "end", "text"} of the input in bytes. FILE "-", or no FILE, reads standard input.
    A file that cannot be read is reported on standard error; the others are still annotated and
    the exit status is 1.

OPTIONS
    --jsonl               standard input holds one {"id": ..., "text": "..."} per line; each line
                          gets exactly one output line echoing "id", in input order. A line that
                          is not such an object gets {"id": null, "error": "...", "line": N}.
    --style NAME          wire conventions: any (default, detects the wire), reuters, ap, afp,
                          upi, xinhua, cnn, nyt, canadian_press, bloomberg
    --reference-date D    YYYY-MM-DD completing datelines written without a year
    --help                this text
    --version             the library version

EXAMPLES
    wirecopy story.txt
    wirecopy --jsonl < corpus.jsonl > annotated.jsonl
    cat story.txt | wirecopy - | python3 -m json.tool
)";

using parse_function = void (*)(wirecopy::document&, std::string_view, const wirecopy::options&) noexcept;

struct style_entry {
    std::string_view name;
    parse_function parse;
};

constexpr style_entry styles[] = {
    {"any", &wirecopy::parse_into<wirecopy::styles::any>},
    {"reuters", &wirecopy::parse_into<wirecopy::styles::reuters>},
    {"ap", &wirecopy::parse_into<wirecopy::styles::ap>},
    {"afp", &wirecopy::parse_into<wirecopy::styles::afp>},
    {"upi", &wirecopy::parse_into<wirecopy::styles::upi>},
    {"xinhua", &wirecopy::parse_into<wirecopy::styles::xinhua>},
    {"cnn", &wirecopy::parse_into<wirecopy::styles::cnn>},
    {"nyt", &wirecopy::parse_into<wirecopy::styles::nyt>},
    {"canadian_press", &wirecopy::parse_into<wirecopy::styles::canadian_press>},
    {"bloomberg", &wirecopy::parse_into<wirecopy::styles::bloomberg>},
};

struct settings {
    bool jsonl = false;
    parse_function parse = styles[0].parse;
    wirecopy::options options;
    std::vector<std::string> files;
};

bool parse_date(const std::string& s, wirecopy::civil_date& out) {
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    out = {y, m, d, false};
    return true;
}

/// Reads the command line; returns an exit status to stop with, or -1 to go on.
int read_arguments(int argc, char** argv, settings& s) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (arg == "--help" || arg == "-h") {
            std::fputs(usage, stdout);
            return 0;
        }
        if (arg == "--version") {
            std::printf("wirecopy %s\n", wirecopy::version);
            return 0;
        }
        if (arg == "--jsonl") {
            s.jsonl = true;
        } else if (arg == "--style") {
            const char* name = value();
            const auto* found = std::find_if(std::begin(styles), std::end(styles),
                                             [&](const style_entry& e) { return name && e.name == name; });
            if (found == std::end(styles)) {
                std::fprintf(stderr, "wirecopy: unknown style '%s' (see --help)\n", name ? name : "");
                return 2;
            }
            s.parse = found->parse;
        } else if (arg == "--reference-date") {
            const char* date = value();
            wirecopy::civil_date d;
            if (!date || !parse_date(date, d)) {
                std::fprintf(stderr, "wirecopy: --reference-date wants YYYY-MM-DD\n");
                return 2;
            }
            s.options.reference_date = d;
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            std::fprintf(stderr, "wirecopy: unknown option '%s' (see --help)\n", arg.c_str());
            return 2;
        } else {
            s.files.push_back(arg);
        }
    }
    return -1;
}

/// Writes `doc` after the fields already in `head` as one JSON line.
void write_document(wirecopy_cli::output& out, json::object& head, const wirecopy::document& doc,
                    const json::storage_ptr& sp) {
    wirecopy_cli::document_json(doc, sp).fill(head);
    out.write_line(head);
}

int annotate_files(const settings& s, wirecopy_cli::output& out) {
    int status = 0;
    std::vector<std::string> files = s.files;
    if (files.empty())
        files.push_back("-");
    wirecopy::document doc;
    std::string text;
    for (const std::string& path : files) {
        text.clear();
        if (path == "-") {
            text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        } else {
            std::ifstream in(path, std::ios::binary);
            if (!in) {
                std::fprintf(stderr, "wirecopy: %s: %s\n", path.c_str(), std::strerror(errno));
                status = 1;
                continue;
            }
            text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            if (in.bad()) {
                std::fprintf(stderr, "wirecopy: %s: read error\n", path.c_str());
                status = 1;
                continue;
            }
        }
        s.parse(doc, text, s.options);
        json::monotonic_resource memory;
        json::storage_ptr sp(&memory);
        json::object head(sp);
        head["source"] = json::string(path, sp);
        write_document(out, head, doc, sp);
        if (out.failed())
            break;
    }
    return status;
}

int annotate_jsonl(const settings& s, wirecopy_cli::output& out) {
    wirecopy_cli::line_reader lines(stdin);
    wirecopy::document doc;
    // A fresh resource per line over one scratch buffer: most lines need no heap at all. (Reusing one
    // resource with release() makes Boost 1.81's blocks grow without bound.)
    std::vector<unsigned char> scratch(1 << 16);
    std::size_t number = 0;
    std::string_view line;
    while (lines.next(line)) {
        ++number;
        json::monotonic_resource memory(scratch.data(), scratch.size());
        json::storage_ptr sp(&memory);
        json::object head(sp);
        std::string error;
        boost::system::error_code ec;
        json::value record = json::parse(line, ec, sp);
        const json::object* object = ec ? nullptr : record.if_object();
        const json::value* text = object ? object->if_contains("text") : nullptr;
        if (ec)
            error = "malformed JSON: " + ec.message();
        else if (!object)
            error = "the line is not a JSON object";
        else if (!text || !text->is_string())
            error = "no \"text\" string in the object";
        if (!error.empty()) {
            head["id"] = nullptr;
            head["error"] = json::string(error, sp);
            head["line"] = number;
            out.write_line(head);
            if (out.failed())
                break;
            continue;
        }
        const json::value* id = object->if_contains("id");
        head["id"] = id ? *id : json::value(nullptr);
        const json::string& story = text->get_string();
        s.parse(doc, std::string_view(story.data(), story.size()), s.options);
        write_document(out, head, doc, sp);
        if (out.failed())
            break;
    }
    if (lines.failed()) {
        std::fprintf(stderr, "wirecopy: error reading standard input: %s\n", std::strerror(errno));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN); // a closed pipe becomes a write error we report, not a silent death
#endif
    settings s;
    if (const int status = read_arguments(argc, argv, s); status >= 0)
        return status;
    wirecopy_cli::output out(stdout);
    const int status = s.jsonl ? annotate_jsonl(s, out) : annotate_files(s, out);
    if (!out.finish()) {
        std::fprintf(stderr, "wirecopy: error writing output: %s\n", std::strerror(out.error()));
        return 3;
    }
    return status;
}
