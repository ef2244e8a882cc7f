// wirecopy — command-line annotator: one JSON document per story.
//
//   wirecopy FILE...            annotate files ("-" or none: standard input), JSON Lines out
//   wirecopy --jsonl            {"id", "text"} lines in, one document per line out, in order
#include "json_document.hpp"
#include "line_reader.hpp"
#include "ordered_workers.hpp"
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
#include <thread>
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
    --style NAME          wire conventions: any (default, detects the wire), bloomberg
    --reference-date D    YYYY-MM-DD completing datelines written without a year
    --threads N           annotate on N threads (0: one per core); output keeps the input order
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
    {"bloomberg", &wirecopy::parse_into<wirecopy::styles::bloomberg>},
};

struct settings {
    bool jsonl = false;
    unsigned threads = 1;
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
        } else if (arg == "--threads") {
            const char* count = value();
            char* end = nullptr;
            const unsigned long n = count ? std::strtoul(count, &end, 10) : 0;
            if (!count || *end || n > 256) {
                std::fprintf(stderr, "wirecopy: --threads wants a number from 0 to 256\n");
                return 2;
            }
            s.threads = n ? static_cast<unsigned>(n) : std::max(1u, std::thread::hardware_concurrency());
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

/// What one thread keeps from story to story, so that annotating stops allocating once it has grown.
struct worker {
    wirecopy::document doc;
    std::vector<unsigned char> scratch = std::vector<unsigned char>(1 << 16);
    json::serializer serializer;
};

int annotate_files(const settings& s, wirecopy_cli::output& out) {
    int status = 0;
    std::vector<std::string> files = s.files;
    if (files.empty())
        files.push_back("-");
    worker w;
    std::string text, line;
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
        s.parse(w.doc, text, s.options);
        line.clear();
        wirecopy_cli::json_writer json(line, w.serializer);
        json.begin_object();
        json.key("source");
        json.string(path);
        wirecopy_cli::document_writer(json, w.doc).write();
        json.end_object();
        json.end_line();
        out.write(line);
        if (out.failed())
            break;
    }
    return status;
}

/// Annotates one JSON Lines record (line `number` of the input) onto `out` as one line.
void annotate_record(const settings& s, std::string_view line, std::size_t number, worker& w,
                     std::string& out) {
    // A fresh resource per line over one scratch buffer: most lines need no heap at all. (Reusing one
    // resource with release() makes Boost 1.81's blocks grow without bound.)
    json::monotonic_resource memory(w.scratch.data(), w.scratch.size());
    json::storage_ptr sp(&memory);
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
    wirecopy_cli::json_writer json(out, w.serializer);
    json.begin_object();
    json.key("id");
    if (!error.empty()) {
        json.null();
        json.key("error");
        json.string(error);
        json.key("line");
        json.number(number);
    } else {
        const json::value* id = object->if_contains("id");
        if (id)
            json.value(*id);
        else
            json.null();
        const json::string& story = text->get_string();
        s.parse(w.doc, std::string_view(story.data(), story.size()), s.options);
        wirecopy_cli::document_writer(json, w.doc).write();
    }
    json.end_object();
    json.end_line();
}

int annotate_jsonl(const settings& s, wirecopy_cli::output& out) {
    wirecopy_cli::line_reader lines(stdin);
    std::string_view line;
    std::size_t number = 0;
    if (s.threads <= 1) {
        worker w;
        std::string chunk;
        while (lines.next(line) && !out.failed()) {
            annotate_record(s, line, ++number, w, chunk);
            if (chunk.size() >= (1 << 20)) {
                out.write(chunk);
                chunk.clear();
            }
        }
        out.write(chunk);
    } else {
        // Batches of about a megabyte go to the workers; at most four per thread are in flight.
        wirecopy_cli::ordered_workers workers(s.threads, 4 * s.threads,
                                              [&](const std::string& result) { return out.write(result); });
        std::vector<std::string> batch;
        std::size_t batch_bytes = 0, first = 1;
        const auto submit = [&] {
            workers.submit([&s, records = std::move(batch), first] {
                thread_local worker w;
                std::string result;
                for (std::size_t i = 0; i < records.size(); ++i)
                    annotate_record(s, records[i], first + i, w, result);
                return result;
            });
            batch.clear();
            batch_bytes = 0;
            first = number + 1;
        };
        while (lines.next(line) && !out.failed()) {
            ++number;
            batch.emplace_back(line);
            batch_bytes += line.size();
            if (batch_bytes >= (1 << 20) || batch.size() >= 4096)
                submit();
        }
        if (!batch.empty())
            submit();
        workers.finish();
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
