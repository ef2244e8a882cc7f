// wirecopy — command-line annotator: JSON Lines, NITF, brat standoff and a terminal view.
//
//   wirecopy FILE|DIR...        annotate files ("-" or none: standard input)
//   wirecopy --jsonl            {"id", "text"} lines in, one document per line out, in order
#include "inputs.hpp"
#include "json_writer.hpp"
#include "jsonl_record.hpp"
#include "line_reader.hpp"
#include "ordered_workers.hpp"
#include "output.hpp"
#include "progress.hpp"
#include "text_view.hpp"

#include <wirecopy/brat.hpp>
#include <wirecopy/detail/utf8.hpp>
#include <wirecopy/fields.hpp>
#include <wirecopy/nitf.hpp>
#include <wirecopy/wirecopy.hpp>

#include <boost/json.hpp>

#include <sys/stat.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

constexpr const char* usage = R"(NAME
    wirecopy - annotate press-wire copy: headline, dateline, byline, quotes, footer

SYNOPSIS
    wirecopy [OPTIONS] [FILE|DIR...]
    wirecopy [OPTIONS] --jsonl < stories.jsonl > documents.jsonl

DESCRIPTION
    Reads wire stories and writes what it finds in them: by default one JSON document per story (JSON
    Lines), every part a span {"begin", "end", "text"} of the input in bytes. FILE "-", or no FILE,
    reads standard input; a DIR is searched recursively for files matching --glob. A file that cannot
    be read is reported on standard error, the others are still annotated, and the exit status is 1.

OPTIONS
    --format FORMAT       json (default), nitf (IPTC NITF 2.5 XML), brat (standoff .ann; the input is
                          the .txt), text (the story with its parts labelled; coloured on a terminal)
    --out DIR             write one output per input under DIR instead of standard output (json: .json,
                          nitf: .xml, brat: .txt and .ann, plus DIR/annotation.conf)
    --glob PATTERN        files taken from directories (default: *.txt)
    --color=WHEN          auto (default: when standard output is a terminal), always, never
    --jsonl               standard input holds one {"id": ..., "text": "..."} per line; each line gets
                          exactly one output line echoing "id", in input order. A line that is not
                          such an object gets {"id": null, "error": "...", "line": N}. JSON only.
    --threads N           annotate on N threads (0: one per core); output keeps the input order
    --style NAME          wire conventions: any (default, detects the wire), reuters, ap, afp, upi,
                          xinhua, cnn, nyt, canadian_press, bloomberg
    --reference-date D    YYYY-MM-DD completing datelines written without a year
    --quotes MODE         full (default: speakers resolved over the story), local (attributed from the
                          words around each quotation only; nearly twice as fast), off (no quotations;
                          header, paragraphs and footer only; over three times as fast)
    --help                this text
    --version             the library version

    A progress line (stories, MB/s, ETA) appears on standard error when it is a terminal and the run
    takes more than a second.

EXIT STATUS
    0 all inputs annotated; 1 an input could not be read; 2 bad usage; 3 output could not be written.

EXAMPLES
    wirecopy story.txt
    wirecopy --format=text --color=always story.txt | less -R
    wirecopy --format nitf --out nitf/ archive/ --glob '*.txt'
    wirecopy --format brat --out brat/ story.txt        # then open brat/ in brat or INCEpTION
    wirecopy --jsonl --threads 4 < corpus.jsonl > annotated.jsonl
    spark:  rdd.map(json.dumps).pipe("wirecopy --jsonl").map(json.loads)
    hadoop: hadoop jar hadoop-streaming.jar -input in -output out -mapper "wirecopy --jsonl" \
            -numReduceTasks 0 -file /usr/local/bin/wirecopy
)";

enum class format { json, nitf, brat, text };

struct settings {
    bool jsonl = false;
    unsigned threads = 1;
    format output_format = format::json;
    bool color = false;
    std::string out_dir;
    std::string glob = "*.txt";
    wirecopy::parse_into_function parse = wirecopy::named_styles[0].parse_into;
    wirecopy::options options;
    std::vector<std::string> files;
};

int usage_error(const std::string& message) {
    std::fprintf(stderr, "wirecopy: %s (see --help)\n", message.c_str());
    return 2;
}

/// Reads the command line, writing --help and --version to `out`; returns an exit status to stop with, or -1
/// to go on.
int read_arguments(int argc, char** argv, settings& s, wirecopy_cli::output& out) {
    std::string color = "auto";
    for (int i = 1; i < argc; ++i) {
        // "--name=value" and "--name value" both work.
        std::string arg = argv[i];
        std::string inline_value;
        bool has_inline = false;
        if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            inline_value = arg.substr(eq + 1);
            arg.resize(eq);
            has_inline = true;
        }
        const auto value = [&]() -> std::string {
            if (has_inline)
                return inline_value;
            return i + 1 < argc ? argv[++i] : std::string();
        };
        if (arg == "--help" || arg == "-h") {
            out.write(usage);
            return 0;
        }
        if (arg == "--version") {
            out.write(std::string("wirecopy ") + wirecopy::version + '\n');
            return 0;
        }
        if (arg == "--jsonl") {
            s.jsonl = true;
        } else if (arg == "--format") {
            const std::string name = value();
            const char* const names[] = {"json", "nitf", "brat", "text"};
            const auto* found = std::find(std::begin(names), std::end(names), name);
            if (found == std::end(names))
                return usage_error("unknown format '" + name + "'");
            s.output_format = static_cast<format>(found - std::begin(names));
        } else if (arg == "--out") {
            s.out_dir = value();
            if (s.out_dir.empty())
                return usage_error("--out wants a directory");
        } else if (arg == "--glob") {
            s.glob = value();
        } else if (arg == "--color") {
            color = value();
            if (color != "auto" && color != "always" && color != "never")
                return usage_error("--color wants auto, always or never");
        } else if (arg == "--style") {
            const std::string name = value();
            const wirecopy::named_style* found = wirecopy::style_named(name);
            if (!found)
                return usage_error("unknown style '" + name + "'");
            s.parse = found->parse_into;
        } else if (arg == "--threads") {
            const std::string count = value();
            char* end = nullptr;
            const unsigned long n = std::strtoul(count.c_str(), &end, 10);
            if (count.empty() || *end || n > 256)
                return usage_error("--threads wants a number from 0 to 256");
            s.threads = n ? static_cast<unsigned>(n) : std::max(1u, std::thread::hardware_concurrency());
        } else if (arg == "--reference-date") {
            s.options.reference_date = wirecopy::iso_date(value());
            if (!s.options.reference_date)
                return usage_error("--reference-date wants YYYY-MM-DD");
        } else if (arg == "--quotes") {
            const std::optional<wirecopy::quote_analysis> mode = wirecopy::quote_analysis_named(value());
            if (!mode)
                return usage_error("--quotes wants full, local or off");
            s.options.quotes = *mode;
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            return usage_error("unknown option '" + arg + "'");
        } else {
            s.files.push_back(arg);
        }
    }
    if (s.jsonl && s.output_format != format::json)
        return usage_error("--jsonl writes JSON only");
    if (!s.out_dir.empty() && s.output_format == format::text)
        return usage_error("--format text writes to standard output only");
    const bool terminal = isatty(STDOUT_FILENO) == 1;
    const char* term = std::getenv("TERM");
    s.color = color == "always"
              || (color == "auto" && terminal && !std::getenv("NO_COLOR")
                  && !(term && std::string(term) == "dumb"));
    return -1;
}

/// Input handed to a worker at a time (--jsonl batches its records up to it), and the input in flight per
/// thread, which bounds memory whatever the sizes of the inputs.
constexpr std::size_t batch_bytes = std::size_t{1} << 20;
constexpr std::size_t bytes_in_flight_per_thread = 4 * batch_bytes;

/// What one thread keeps from story to story, so that annotating stops allocating once it has grown.
struct worker {
    /// After an input of `bytes`: what a large one grew is given back, so that each thread does not keep
    /// room for the largest story it has seen while others annotate theirs.
    void shrink_after(std::size_t bytes) {
        if (bytes > batch_bytes)
            *this = worker();
    }

    std::string text; ///< a file's bytes
    wirecopy::document doc;
    std::vector<unsigned char> scratch = std::vector<unsigned char>(1 << 16);
    wirecopy_cli::jsonl_record record;
};

// ------------------------------------------------------------------ files and directories
/// The bytes of the file, or of standard input for "-"; false with a message on standard error when they
/// cannot be read (standard input that is a directory too, as in --jsonl).
bool read_input(const std::string& path, std::string& text) {
    text.clear();
    const bool standard_input = path == "-";
    std::FILE* const in = standard_input ? stdin : std::fopen(path.c_str(), "rb");
    bool failed = !in;
    int error = errno;
    if (in) {
        char chunk[1 << 16];
        while (const std::size_t got = std::fread(chunk, 1, sizeof chunk, in))
            text.append(chunk, got);
        failed = std::ferror(in) != 0;
        error = errno;
        if (!standard_input)
            std::fclose(in);
    }
    if (failed)
        std::fprintf(stderr, "wirecopy: %s: %s\n", standard_input ? "standard input" : path.c_str(),
                     std::strerror(error));
    return !failed;
}

/// The document in the chosen format, ready to write.
std::string render(const settings& s, const wirecopy_cli::input_file& file, worker& w) {
    switch (s.output_format) {
    case format::nitf:
        return wirecopy::to_nitf(w.doc);
    case format::brat:
        return wirecopy::to_brat(w.doc);
    case format::text:
        return wirecopy_cli::text_view(w.doc, s.color).render();
    case format::json:
        break;
    }
    std::string line;
    wirecopy_cli::json_writer out(line);
    out.begin_object();
    // A file name need not be UTF-8, and JSON text must be: its bad bytes go as U+FFFD, and a diagnostic
    // says so, since "source" then names no file.
    if (wirecopy::detail::for_each_invalid_utf8(file.path, [](std::size_t, std::size_t) {}))
        w.doc.diagnostics.push_back({wirecopy::diagnostic_code::invalid_utf8, wirecopy::severity::warning,
                                     "the file name is not UTF-8: \"source\" has U+FFFD for its bad bytes", 0,
                                     0});
    out.repair_utf8(wirecopy::has_invalid_utf8(w.doc));
    out.key("source");
    out.text(file.path);
    wirecopy::write_fields(out, w.doc);
    out.end_object();
    out.end_line();
    return line;
}

bool write_file(const fs::path& path, std::string_view content) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) {
        std::fprintf(stderr, "wirecopy: cannot write %s\n", path.string().c_str());
        return false;
    }
    return true;
}

/// Writes the outputs of one input under --out; false when a file could not be written.
bool write_outputs(const settings& s, const wirecopy_cli::input_file& file, std::string_view text,
                   const std::string& rendered) {
    const fs::path base = fs::path(s.out_dir) / file.relative;
    const auto with = [&](const char* extension) { return fs::path(base).replace_extension(extension); };
    switch (s.output_format) {
    case format::brat:
        return write_file(with(".txt"), wirecopy::brat_text(text)) && write_file(with(".ann"), rendered);
    case format::nitf:
        return write_file(with(".xml"), rendered);
    default:
        return write_file(with(".json"), rendered);
    }
}

int annotate_files(const settings& s, wirecopy_cli::output& out) {
    std::atomic<int> status{0};
    const std::vector<wirecopy_cli::input_file> files = wirecopy_cli::expand_inputs(
        s.files.empty() ? std::vector<std::string>{"-"} : s.files, s.glob,
        [&](const std::string& path, const std::string& message) {
            std::fprintf(stderr, "wirecopy: %s: %s\n", path.c_str(), message.c_str());
            status = 1;
        });
    if (s.output_format == format::brat && s.out_dir.empty() && files.size() > 1)
        return usage_error("brat output of several inputs needs --out DIR");
    if (s.output_format == format::brat && !s.out_dir.empty()
        && !write_file(fs::path(s.out_dir) / "annotation.conf", wirecopy::brat_annotation_conf))
        return 3;
    std::vector<std::size_t> sizes; // 0 for standard input: unknown
    for (const auto& f : files) {
        std::error_code ec;
        const auto size = f.path == "-" ? 0 : fs::file_size(f.path, ec);
        sizes.push_back(ec ? 0 : static_cast<std::size_t>(size));
    }
    wirecopy_cli::progress meter(std::accumulate(sizes.begin(), sizes.end(), std::size_t{0}));
    // One job per input: read, annotate, render (and write under --out); results come back in order.
    const auto job = [&s, &status](const wirecopy_cli::input_file& file) {
        thread_local worker w;
        std::string rendered;
        if (!read_input(file.path, w.text)) {
            status = 1;
        } else {
            s.parse(w.doc, w.text, s.options);
            rendered = render(s, file, w);
            if (!s.out_dir.empty()) {
                if (!write_outputs(s, file, w.text, rendered))
                    status = 3;
                rendered.clear();
            }
        }
        w.shrink_after(w.text.size());
        return rendered;
    };
    if (s.threads <= 1 || files.size() <= 1) {
        for (const auto& f : files) {
            out.write(job(f));
            meter.add(1, 0);
            if (out.failed())
                break;
        }
    } else {
        wirecopy_cli::ordered_workers workers(
            s.threads, 4 * s.threads, bytes_in_flight_per_thread * s.threads, [&](const std::string& result) {
                meter.add(1, 0);
                return out.write(result);
            });
        for (std::size_t i = 0; i < files.size(); ++i)
            workers.submit([&job, &f = files[i]] { return job(f); }, sizes[i]);
        workers.finish();
    }
    return status;
}

// ------------------------------------------------------------------ JSON Lines
/// Annotates one JSON Lines record (line `number` of the input) onto `out` as one line.
void annotate_record(const settings& s, std::string_view line, std::size_t number, worker& w,
                     std::string& out) {
    wirecopy_cli::json_writer json(out);
    json.begin_object();
    json.key("id");
    if (w.record.read(line)) {
        json.raw(w.record.id());
        s.parse(w.doc, w.record.text(), s.options);
        json.repair_utf8(wirecopy::has_invalid_utf8(w.doc));
        wirecopy::write_fields(json, w.doc);
    } else {
        // The record reader declines exactly the lines that are not JSON objects with a "text" string:
        // Boost.JSON words what is wrong. A fresh resource per line over one scratch buffer: most lines need
        // no heap at all. (Reusing one resource with release() makes Boost 1.81's blocks grow without bound.)
        json::monotonic_resource memory(w.scratch.data(), w.scratch.size());
        json::storage_ptr sp(&memory);
        boost::system::error_code ec;
        const json::value record = json::parse(line, ec, sp);
        json.null();
        json.key("error");
        json.string(ec                   ? "malformed JSON: " + ec.message()
                    : record.is_object() ? "no \"text\" string in the object"
                                         : "the line is not a JSON object");
        json.key("line");
        json.number(number);
    }
    json.end_object();
    json.end_line();
}

int annotate_jsonl(const settings& s, wirecopy_cli::output& out) {
    struct stat info {};
    const std::size_t total =
        fstat(STDIN_FILENO, &info) == 0 && S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0;
    wirecopy_cli::progress meter(total);
    wirecopy_cli::line_reader lines(stdin);
    std::string_view line;
    std::size_t number = 0;
    if (s.threads <= 1) {
        worker w;
        std::string chunk;
        std::size_t chunk_lines = 0, chunk_bytes = 0;
        while (lines.next(line) && !out.failed()) {
            annotate_record(s, line, ++number, w, chunk);
            ++chunk_lines;
            chunk_bytes += line.size() + 1;
            if (chunk.size() >= (1 << 20)) {
                out.write(chunk);
                meter.add(chunk_lines, chunk_bytes);
                chunk.clear();
                chunk_lines = chunk_bytes = 0;
            }
        }
        out.write(chunk);
    } else {
        // Batches of about a megabyte go to the workers; at most four per thread are in flight, and at most
        // four megabytes of input per thread (a larger record goes alone). Results come back in order, so the
        // sizes of the batches in flight are a queue.
        std::deque<std::pair<std::size_t, std::size_t>> in_flight; // records, bytes
        wirecopy_cli::ordered_workers workers(
            s.threads, 4 * s.threads, bytes_in_flight_per_thread * s.threads, [&](const std::string& result) {
                meter.add(in_flight.front().first, in_flight.front().second);
                in_flight.pop_front();
                return out.write(result);
            });
        std::vector<std::string> batch;
        std::size_t bytes = 0, first = 1;
        const auto submit = [&] {
            in_flight.emplace_back(batch.size(), bytes);
            workers.submit(
                [&s, records = std::move(batch), first, bytes] {
                    thread_local worker w;
                    std::string result;
                    for (std::size_t i = 0; i < records.size(); ++i)
                        annotate_record(s, records[i], first + i, w, result);
                    w.shrink_after(bytes);
                    return result;
                },
                bytes);
            batch.clear();
            bytes = 0;
            first = number + 1;
        };
        while (lines.next(line) && !out.failed()) {
            ++number;
            // Room is made before the line is copied: a large record waits for the work in flight instead of
            // being held twice, once waiting and once in flight.
            workers.wait_for_room(bytes + line.size());
            batch.emplace_back(line);
            bytes += line.size();
            if (bytes >= batch_bytes || batch.size() >= 4096)
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
#ifdef __GLIBC__
    // A large record's buffers are mapped apart and given back when freed. glibc otherwise raises this
    // threshold to the largest block freed, and then every thread's arena keeps the room of the largest
    // record it has seen (--threads 2 on five records of 20 MB: 1.7 times the input instead of 1.2).
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
    settings s;
    wirecopy_cli::output out(stdout);
    int status = read_arguments(argc, argv, s, out);
    if (status < 0)
        status = s.jsonl ? annotate_jsonl(s, out) : annotate_files(s, out);
    if (!out.finish()) {
        std::fprintf(stderr, "wirecopy: error writing output: %s\n", std::strerror(out.error()));
        return 3;
    }
    return status;
}
