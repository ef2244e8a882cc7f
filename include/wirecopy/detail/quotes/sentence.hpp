// The sentence being read: where the reading of the prose has got to, and where the current sentence
// starts and whether it has ended. Pairing marks, the prose reader and attribution all move it.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/quotes/words.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace wirecopy::detail {

/// Where the reading of the prose has got to, and the sentence being read. Pairing marks moves it too (a
/// quote may end a sentence or open one), and so does an attribution read after a quote.
struct sentence_state {
    block paragraph{};
    std::size_t prose_pos = 0;                 ///< the prose before it has been read
    bool ended = true;                         ///< no word since the last sentence ended
    std::size_t end_at = no_position;          ///< where that end was (its period), if in the prose
    std::size_t begin = 0;                     ///< where the sentence being read starts
    std::size_t deferred_clause = no_position; ///< a sentence whose clause waits for a speech verb

    /// Paragraph `b` is read from `from`, its prose from `pos`.
    void start_paragraph(const block& b, std::size_t from, std::size_t pos) noexcept {
        paragraph = b;
        ended = true;
        end_at = no_position;
        begin = from;
        prose_pos = pos;
    }

    void skip_to(std::size_t pos) noexcept { prose_pos = std::max(prose_pos, pos); }

    /// An attribution after a quote, read to `stop` in this paragraph: the prose reader skips it, and
    /// when it ends with a period it ended the sentence ("…,” Green told TMOF. “…”").
    void skip_attribution(std::string_view text, std::size_t stop) noexcept {
        skip_to(stop);
        if (text[stop - 1] == '.' && (stop == paragraph.end || is_ascii_space(text[stop]))) {
            ended = true;
            end_at = no_position;
            begin = stop;
        }
    }
};

} // namespace wirecopy::detail
