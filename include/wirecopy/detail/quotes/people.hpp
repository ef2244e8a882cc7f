// The people a story names: a small table of their names, titles and the pronouns seen with them.
#pragma once

#include <wirecopy/detail/quotes/lexicon.hpp>
#include <wirecopy/detail/quotes/words.hpp>
#include <wirecopy/detail/scratch.hpp>
#include <wirecopy/document.hpp>

#include <cstddef>
#include <string_view>

namespace wirecopy::detail {

/// The people a story has named so far: their full names, titles, the pronouns seen with them, and when
/// each was last the subject of a sentence or the speaker of a quote. A small table with least-recently
/// seen replacement, so that look-ups cost a bounded amount however long the story.
class people_memory {
public:
    static constexpr std::size_t capacity = 48;
    static constexpr std::size_t none = capacity;

    struct entry {
        span name;                    ///< the full name, titles stripped
        std::string_view surname;     ///< its last word
        std::string_view title;       ///< titles written before it: "Foreign Minister", "union leader"
        std::size_t words = 0;        ///< words in the name
        std::size_t last_seen = 0;    ///< clock of the latest mention; 0 = free slot
        std::size_t last_subject = 0; ///< clock of the latest mention as subject or speaker
        unsigned male = 0, female = 0;
        unsigned mentions = 0;

        gender known_gender() const noexcept {
            return male > female ? gender::male : female > male ? gender::female : gender::unknown;
        }
    };

    const entry& operator[](std::size_t i) const noexcept { return entries_[i]; }

    /// The entry with this surname seen most lately, or `none`.
    std::size_t find(std::string_view surname) const noexcept {
        std::size_t best = none;
        for (std::size_t i = 0; i < used_; ++i)
            if (entries_[i].last_seen != 0 && entries_[i].surname == surname
                && (best == none || entries_[i].last_seen > entries_[best].last_seen))
                best = i;
        return best;
    }

    /// Records a mention of `name` (`words` words, the last `surname`) written after `title`; returns its
    /// entry.
    std::size_t note(const span& name, std::string_view surname, std::size_t words, std::string_view title,
                     bool subject) noexcept {
        std::size_t i = find(surname);
        if (i != none && words >= 2 && entries_[i].words >= 2 && entries_[i].name.text != name.text)
            i = none; // another person with the same surname: "Caleb Jones", "Seth Jones"
        if (i == none) {
            i = victim();
            entries_[i] = entry{};
            entries_[i].surname = surname;
        }
        entry& e = entries_[i];
        if (words >= 2 || e.words == 0) {
            e.name = name;
            e.words = words;
        }
        if (!title.empty())
            e.title = title;
        e.last_seen = ++clock_;
        ++e.mentions;
        if (subject)
            e.last_subject = clock_;
        return i;
    }

    void mark_subject(std::size_t i) noexcept {
        if (i != none)
            entries_[i].last_subject = entries_[i].last_seen = ++clock_;
    }

    void evidence(std::size_t i, gender g) noexcept {
        if (i == none || g == gender::unknown)
            return;
        (g == gender::male ? entries_[i].male : entries_[i].female) += 1;
    }

    /// The person "he" or "she" most likely stands for: the latest subject or speaker whose known gender
    /// does not contradict the pronoun.
    std::size_t pronoun(gender g) const noexcept {
        std::size_t best = none;
        for (std::size_t i = 0; i < used_; ++i) {
            const entry& e = entries_[i];
            const gender known = e.known_gender();
            if (e.last_subject == 0 || e.words < 2 || (known != gender::unknown && known != g))
                continue;
            if (best == none || e.last_subject > entries_[best].last_subject)
                best = i;
        }
        return best;
    }

    /// The person, named in full, mentioned last — of those the story has made a subject or named twice.
    std::size_t latest() const noexcept {
        std::size_t best = none;
        for (std::size_t i = 0; i < used_; ++i) {
            const entry& e = entries_[i];
            if (e.last_seen != 0 && e.words >= 2 && (e.last_subject != 0 || e.mentions >= 2)
                && (best == none || e.last_seen > entries_[best].last_seen))
                best = i;
        }
        return best;
    }

    /// The person last seen with `head` among their title words: "minister" → "Foreign Minister Sergei
    /// Lavrov".
    std::size_t by_title(std::string_view head) const noexcept {
        std::size_t best = none;
        for (std::size_t i = 0; i < used_; ++i) {
            const entry& e = entries_[i];
            if (e.last_seen == 0 || e.title.empty() || e.words < 2)
                continue;
            const words_of<8> title(e.title, 0, e.title.size());
            bool match = false;
            for (std::size_t k = 0; k < title.count && !match; ++k)
                match = same_word(title.at(e.title, k), head);
            if (match && (best == none || e.last_seen > entries_[best].last_seen))
                best = i;
        }
        return best;
    }

private:
    /// A free slot, else the one seen least lately.
    std::size_t victim() noexcept {
        if (used_ < capacity)
            return used_++;
        std::size_t oldest = 0;
        for (std::size_t i = 1; i < capacity; ++i)
            if (entries_[i].last_seen < entries_[oldest].last_seen)
                oldest = i;
        return oldest;
    }

    scratch_array<entry, capacity> entries_; ///< [0, used_) are people, in the order first named
    std::size_t used_ = 0;
    std::size_t clock_ = 0;
};

} // namespace wirecopy::detail
