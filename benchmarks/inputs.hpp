// Benchmark inputs: the research corpus rendered as plain stories when ../shared is present, otherwise a
// deterministic generator of wire-style stories; plus scaled and adversarial inputs.
#pragma once

#include <boost/json.hpp>

#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace wirecopy_bench {

/// Stories to annotate, each a view into `storage`. Copies and moves view their own storage (a defaulted
/// copy would view the source's, which dies with it).
struct input_set {
    std::string name;
    std::string storage;
    std::vector<std::string_view> stories;
    std::size_t bytes = 0;

    input_set() = default;
    input_set(const input_set& o) : name(o.name), storage(o.storage), lengths_(o.lengths_) { view(); }
    input_set(input_set&& o) noexcept
        : name(std::move(o.name)), storage(std::move(o.storage)), lengths_(std::move(o.lengths_)) {
        view();
    }
    input_set& operator=(input_set o) noexcept {
        name = std::move(o.name);
        storage = std::move(o.storage);
        lengths_ = std::move(o.lengths_);
        view();
        return *this;
    }

    void add(std::string_view story) { storage.append(story); }
    /// Cuts `storage` into stories at the recorded lengths (after all add() calls, so views stay valid).
    void seal(std::vector<std::size_t> lengths) {
        lengths_ = std::move(lengths);
        view();
    }

private:
    std::vector<std::size_t> lengths_;

    void view() {
        stories.clear();
        std::size_t at = 0;
        for (std::size_t n : lengths_) {
            stories.emplace_back(storage.data() + at, n);
            at += n;
        }
        bytes = storage.size();
    }
};

/// The "text" of every line of a JSON Lines file; an empty set when the file is missing.
inline input_set load_jsonl(const std::string& path, const std::string& name) {
    input_set set;
    set.name = name;
    std::ifstream in(path, std::ios::binary);
    std::vector<std::size_t> lengths;
    for (std::string line; std::getline(in, line);) {
        boost::system::error_code ec;
        const boost::json::value v = boost::json::parse(line, ec);
        const boost::json::object* o = ec ? nullptr : v.if_object();
        const boost::json::value* text = o ? o->if_contains("text") : nullptr;
        if (!text || !text->is_string())
            continue;
        set.add(text->get_string());
        lengths.push_back(text->get_string().size());
    }
    set.seal(lengths);
    return set;
}

/// Wire-style stories from a fixed seed: headline, dateline, paragraphs with quotes, a footer.
inline input_set generate_stories(std::size_t count, unsigned seed = 1987) {
    static const char* const places[] = {"LONDON", "NEW YORK", "SPRINGFIELD, Ill.", "TOKYO", "PARIS"};
    static const char* const agencies[] = {"Reuters", "AP", "AFP", "Bloomberg"};
    static const char* const names[] = {"Ann Lee", "Bo Park", "Cy Young", "Di Fox", "Ed Ruiz", "Fe Gold"};
    static const char* const words[] = {"the",    "council", "approved", "a",       "plan",  "to",
                                        "expand", "port",    "on",       "Tuesday", "after", "months",
                                        "of",     "debate",  "over",     "costs"};
    std::mt19937 rng(seed);
    const auto pick = [&](auto& table) { return table[rng() % (sizeof(table) / sizeof(table[0]))]; };
    const auto sentence = [&](std::string& out, int length) {
        for (int i = 0; i < length; ++i)
            out.append(i ? " " : "").append(pick(words));
        out.append(".");
    };
    input_set set;
    set.name = "generated";
    std::vector<std::size_t> lengths;
    for (std::size_t n = 0; n < count; ++n) {
        std::string story = "Council Approves Port Expansion Plan\n\n";
        story.append(pick(places)).append(" (").append(pick(agencies)).append(") - ");
        sentence(story, 20);
        story.append("\n\n");
        for (int p = 0; p < 4; ++p) {
            if (p % 2) {
                story.append("\xE2\x80\x9C");
                sentence(story, 12);
                story.back() = ',';
                story.append("\xE2\x80\x9D ").append(pick(names)).append(" said. ");
            }
            sentence(story, 25);
            story.append(" It\xE2\x80\x99s done.\n\n");
        }
        story.append("(Reporting by ")
            .append(pick(names))
            .append("; Editing by ")
            .append(pick(names))
            .append(")\n");
        set.add(story);
        lengths.push_back(story.size());
    }
    set.seal(lengths);
    return set;
}

/// `base` repeated `times` over, as one set.
inline input_set scaled(const input_set& base, std::size_t times) {
    input_set set;
    set.name = base.name + " x" + std::to_string(times);
    std::vector<std::size_t> lengths;
    for (std::size_t t = 0; t < times; ++t)
        for (std::string_view s : base.stories) {
            set.add(s);
            lengths.push_back(s.size());
        }
    set.seal(lengths);
    return set;
}

/// One story made of `unit` repeated to about `bytes`.
inline input_set repeated_story(const std::string& name, const std::string& head, std::string_view unit,
                                std::size_t bytes) {
    input_set set;
    set.name = name;
    std::string story = head;
    while (story.size() < bytes)
        story.append(unit);
    set.add(story);
    set.seal({story.size()});
    return set;
}

/// The adversarial inputs of the issue, at `megabytes` scale: quote marks and apostrophes, one line
/// without a break, and 100k tiny lines per megabyte.
inline std::vector<input_set> adversarial(std::size_t megabytes) {
    const std::size_t size = megabytes << 20;
    return {repeated_story("quote marks " + std::to_string(megabytes) + " MB", "Headline\n\n",
                           "\"'\xE2\x80\x9C\xE2\x80\x99 ", size),
            repeated_story("one line " + std::to_string(megabytes * 10) + " MB", "", "abcdefgh ", size * 10),
            repeated_story("tiny lines " + std::to_string(megabytes) + " MB", "", "a\nb\n", size)};
}

} // namespace wirecopy_bench
