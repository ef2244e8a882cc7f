// wirecopy benchmarks: every competitor on the same input in the same run, each result checked against
// the reference first; MB/s, stories/s, and ratios to the byte-scan limit and to the std::regex baseline;
// the same on quote-heavy copy (ggt-dev) beside it; then a scaling series and the adversarial series,
// which must grow linearly. Nothing here asserts on time. --json writes the times of the competitors on
// both inputs and of both series.
//
//   wirecopy_benchmarks [--quick] [--corpus DIR] [--json FILE]
#include "competitors.hpp"

#include <wirecopy/detail/scanner.hpp>
#include <wirecopy/version.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace wirecopy_bench;
using clock_type = std::chrono::steady_clock;

struct settings {
    bool quick = false;
    std::string corpus = WIRECOPY_SHARED_DIR "/corpus";
    std::string json;
    double min_seconds = 0.5;
};

struct timing {
    double seconds = 0; ///< best of the repetitions
    tally found;
};

int failures = 0;

/// Runs `run` until at least `min_seconds` have passed and three times at least; keeps the best time.
timing measure(const std::function<tally(const input_set&)>& run, const input_set& input,
               double min_seconds) {
    timing t;
    t.found = run(input); // warm-up, and the result to check
    double total = 0;
    t.seconds = 1e30;
    for (int reps = 0; reps < 3 || total < min_seconds; ++reps) {
        const auto start = clock_type::now();
        const tally again = run(input);
        const double s = std::chrono::duration<double>(clock_type::now() - start).count();
        if (!(again == t.found)) {
            std::fprintf(stderr, "FAILED: a repetition on %s found something else\n", input.name.c_str());
            ++failures;
        }
        total += s;
        t.seconds = std::min(t.seconds, s);
    }
    return t;
}

template <wirecopy::quote_analysis Quotes>
tally parse_with(const input_set& input) {
    return wirecopy_parse(input, Quotes);
}

/// One input of a doubling series: the best times of parse() and of a memchr line scan on its bytes.
struct series_step {
    std::string label;
    std::size_t bytes = 0;
    double parse = 0;
    double limit = 0;
};

void print_series_heading() {
    std::printf("  %-22s %10s %10s %7s %11s %7s\n", "input", "parse ms", "MB/s", "ratio", "memchr ms",
                "ratio");
}

/// Times `input` and prints both times with their ratios to `before`, the input half its size. memchr's
/// ratio shows what the memory hierarchy alone does to a single pass over the same bytes: where an input
/// outgrows the cache, twice the bytes cost any reader more than twice the time.
series_step time_series_step(const input_set& input, const std::string& label, const series_step& before,
                             double min_seconds) {
    const series_step now{label, input.bytes,
                          measure(parse_with<wirecopy::quote_analysis::full>, input, min_seconds).seconds,
                          measure(memchr_lines, input, min_seconds).seconds};
    std::printf("  %-22s %10.2f %10.1f", label.c_str(), now.parse * 1e3, input.bytes / now.parse / 1e6);
    if (before.parse > 0)
        std::printf(" %7.2f %11.3f %7.2f\n", now.parse / before.parse, now.limit * 1e3,
                    now.limit / before.limit);
    else
        std::printf(" %7s %11.3f\n", "", now.limit * 1e3);
    return now;
}

/// A series as JSON: each input's label, size and both best times.
void write_series(std::ostream& out, const std::vector<series_step>& steps) {
    out << '[';
    for (std::size_t i = 0; i < steps.size(); ++i)
        out << (i ? "," : "") << "{\"input\":\"" << steps[i].label << "\",\"bytes\":" << steps[i].bytes
            << ",\"parse_seconds\":" << steps[i].parse << ",\"memchr_seconds\":" << steps[i].limit << '}';
    out << ']';
}

std::string machine() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string model = "unknown CPU";
    for (std::string line; std::getline(cpuinfo, line);)
        if (line.rfind("model name", 0) == 0) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    return model + ", " + std::to_string(std::thread::hardware_concurrency()) + " threads, " +
#if defined(__clang__)
           "clang " __clang_version__
#elif defined(__GNUC__)
           "g++ " __VERSION__
#else
           "unknown compiler"
#endif
           + ", SIMD " + std::string(wirecopy::detail::to_string(wirecopy::detail::scan::chosen_level()));
}

struct row {
    std::string name;
    timing t;
};

void check(bool ok, const std::string& what) {
    std::printf("  [%s] %s\n", ok ? "ok" : "FAILED", what.c_str());
    failures += !ok;
}

/// Per-story agreement of the regex baseline with wirecopy, on datelines and on quote counts.
void check_regex_agreement(const input_set& input) {
    const auto ours = wirecopy_findings(input);
    const auto theirs = regex_findings(input);
    std::size_t datelines = 0, quotes = 0;
    for (std::size_t i = 0; i < ours.size(); ++i) {
        datelines += ours[i].dateline == theirs[i].dateline;
        quotes += ours[i].quotes == theirs[i].quotes;
    }
    const double n = static_cast<double>(std::max<std::size_t>(ours.size(), 1));
    char text[160];
    std::snprintf(text, sizeof text,
                  "std::regex finds the same dateline in %.1f %% of stories, as many quotes in %.1f %%",
                  100 * datelines / n, 100 * quotes / n);
    check(datelines >= 0.9 * n && quotes >= 0.9 * n, text);
}

/// The first `count` stories of `input`, named so.
input_set first_stories(const input_set& input, std::size_t count) {
    if (input.stories.size() <= count)
        return input;
    input_set small;
    small.name = input.name + " (first " + std::to_string(count) + ")";
    std::vector<std::size_t> lengths;
    for (std::size_t i = 0; i < count; ++i) {
        small.add(input.stories[i]);
        lengths.push_back(input.stories[i].size());
    }
    small.seal(lengths);
    return small;
}

/// Every competitor timed on `input`, in the order `print_competitors` prints them.
std::vector<row> time_competitors(const input_set& input, const settings& s) {
    return {
        {"byte-class scan (limit)", measure(byte_class_scan, input, s.min_seconds)},
        {"memchr line scan", measure(memchr_lines, input, s.min_seconds)},
        {"wirecopy annotate()", measure(wirecopy_events, input, s.min_seconds)},
        {"wirecopy parse()", measure(parse_with<wirecopy::quote_analysis::full>, input, s.min_seconds)},
        {"std::regex baseline", measure(regex_baseline, input, s.quick ? 0.0 : s.min_seconds)},
        {"parse(), quotes local", measure(parse_with<wirecopy::quote_analysis::local>, input, s.min_seconds)},
        {"parse(), quotes off", measure(parse_with<wirecopy::quote_analysis::off>, input, s.min_seconds)},
    };
}

/// Checks what the competitors found on `input` against each other.
void check_competitors(const input_set& input, const std::vector<row>& rows) {
    const auto& limit = rows[0].t;
    const auto& lines = rows[1].t;
    const auto& events = rows[2].t;
    const auto& parse = rows[3].t;
    const auto& local = rows[5].t;
    const auto& off = rows[6].t;

    std::printf("checks on %s\n", input.name.c_str());
    const std::size_t newlines =
        static_cast<std::size_t>(std::count(input.storage.begin(), input.storage.end(), '\n'));
    check(lines.found.lines == newlines, "memchr counts every line break");
    check(limit.found.lines == newlines, "the byte-class scan counts every line break");
    check(events.found.datelines == parse.found.datelines && events.found.quotes == parse.found.quotes
              && events.found.paragraphs == parse.found.paragraphs,
          "annotate() reports the same datelines, quotes and paragraphs as parse()");
    check(parse.found.stories == input.stories.size() && parse.found.paragraphs >= input.stories.size() / 2,
          "parse() annotates every story");
    check(local.found.quotes == parse.found.quotes && local.found.paragraphs == parse.found.paragraphs,
          "parse() with quotes local finds the same quotations and paragraphs");
    check(off.found.quotes == 0 && off.found.datelines == parse.found.datelines
              && off.found.paragraphs == parse.found.paragraphs,
          "parse() with quotes off finds no quotations, and the same datelines and paragraphs");
}

/// The competitors' table on `input`: MB/s, stories/s and the ratios to the byte-class scan, to memchr
/// and to the regex baseline.
void print_competitors(const input_set& input, const std::vector<row>& rows) {
    const auto& limit = rows[0].t;
    const auto& lines = rows[1].t;
    const auto& regex = rows[4].t;
    std::printf("\n%-26s %10s %12s %10s %10s %10s\n", "competitor", "MB/s", "stories/s", "x limit",
                "x memchr", "vs regex");
    for (const row& r : rows)
        std::printf("%-26s %10.1f %12.0f %10.1f %10.1f %9.0fx\n", r.name.c_str(),
                    input.bytes / r.t.seconds / 1e6, input.stories.size() / r.t.seconds,
                    r.t.seconds / limit.seconds, r.t.seconds / lines.seconds, regex.seconds / r.t.seconds);
}

/// The input and the competitors' times on it, as the members of a JSON object.
void write_competitors(std::ostream& out, const input_set& input, const std::vector<row>& rows) {
    out << "\"input\":\"" << input.name << "\",\"bytes\":" << input.bytes
        << ",\"stories\":" << input.stories.size() << ",\"competitors\":[";
    for (std::size_t i = 0; i < rows.size(); ++i)
        out << (i ? "," : "") << "{\"name\":\"" << rows[i].name << "\",\"seconds\":" << rows[i].t.seconds
            << "}";
    out << ']';
}

} // namespace

int main(int argc, char** argv) {
    settings s;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--quick") {
            s.quick = true;
            s.min_seconds = 0.02;
        } else if (arg == "--corpus" && i + 1 < argc) {
            s.corpus = argv[++i];
        } else if (arg == "--json" && i + 1 < argc) {
            s.json = argv[++i];
        } else {
            std::fprintf(stderr, "usage: wirecopy_benchmarks [--quick] [--corpus DIR] [--json FILE]\n");
            return 2;
        }
    }

    input_set input = load_jsonl(s.corpus + "/eval/r21578-dev.jsonl", "r21578-dev");
    if (input.stories.empty())
        input = generate_stories(10000);
    if (s.quick)
        input = first_stories(input, 500);
    // Quote-heavy copy beside it: most of parse()'s time goes to quotations and their speakers.
    input_set quoted = load_jsonl(s.corpus + "/eval/ggt-dev.jsonl", "ggt-dev");
    if (s.quick)
        quoted = first_stories(quoted, 20);
    std::printf("wirecopy %s benchmarks\nmachine: %s\ninput: %s, %zu stories, %.1f MB, single thread\n",
                wirecopy::version, machine().c_str(), input.name.c_str(), input.stories.size(),
                input.bytes / 1e6);
    if (quoted.stories.empty())
        std::printf("quote-heavy input: none (no ggt-dev.jsonl under %s/eval)\n\n", s.corpus.c_str());
    else
        std::printf("quote-heavy input: %s, %zu stories, %.1f MB\n\n", quoted.name.c_str(),
                    quoted.stories.size(), quoted.bytes / 1e6);

    const std::vector<row> rows = time_competitors(input, s);
    check_competitors(input, rows);
    check_regex_agreement(input);
    const input_set copy = adversarial(1).front(); // copied out of a vector that dies here
    check(copy.stories.size() == 1 && copy.stories.front().data() == copy.storage.data(),
          "a copied input set views its own bytes");
    print_competitors(input, rows);
    std::vector<row> quoted_rows;
    if (!quoted.stories.empty()) {
        quoted_rows = time_competitors(quoted, s);
        std::puts("");
        check_competitors(quoted, quoted_rows);
        print_competitors(quoted, quoted_rows);
    }

    std::puts("\nscaling: time as the input doubles, parse() beside memchr on the same bytes (linear: ratios "
              "near 2)");
    print_series_heading();
    std::vector<series_step> scaling;
    for (std::size_t k : s.quick ? std::vector<std::size_t>{1, 2} : std::vector<std::size_t>{1, 2, 4, 8})
        scaling.push_back(time_series_step(scaled(input, k), "x" + std::to_string(k),
                                           scaling.empty() ? series_step{} : scaling.back(), s.min_seconds));

    std::puts("\nadversarial: time as each input doubles, parse() beside memchr on the same bytes (linear: "
              "ratios near 2)");
    print_series_heading();
    std::vector<series_step> adversarial_steps;
    for (std::size_t mb : s.quick ? std::vector<std::size_t>{1} : std::vector<std::size_t>{1, 2, 4, 8}) {
        // Each kind of input follows its own half-size step, one round of kinds back.
        const std::vector<input_set> inputs = adversarial(mb);
        for (const input_set& in : inputs) {
            const std::size_t done = adversarial_steps.size();
            adversarial_steps.push_back(time_series_step(
                in, in.name, done >= inputs.size() ? adversarial_steps[done - inputs.size()] : series_step{},
                s.min_seconds));
        }
    }

    if (!s.json.empty()) {
        std::ofstream out(s.json);
        out << '{';
        write_competitors(out, input, rows);
        if (!quoted_rows.empty()) {
            out << ",\"quote_heavy\":{";
            write_competitors(out, quoted, quoted_rows);
            out << '}';
        }
        out << ",\"scaling\":";
        write_series(out, scaling);
        out << ",\"adversarial\":";
        write_series(out, adversarial_steps);
        out << ",\"failures\":" << failures << "}\n";
    }
    if (failures)
        std::printf("\n%d check(s) FAILED\n", failures);
    return failures ? 1 : 0;
}
