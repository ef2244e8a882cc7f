// Embedding example: a style of your own. An in-house wire writes its datelines as
// "SPRINGFIELD /WCN/ Story text…"; this style teaches wirecopy that form and keeps every built-in one.
#include <wirecopy/wirecopy.hpp>

#include <iostream>
#include <optional>
#include <string_view>

namespace {

struct wire_county_news : wirecopy::styles::any {
    /// Tried before the built-in grammars. Returns views into `paragraph`: wirecopy turns them into
    /// spans of the input (and ignores, with a diagnostic, anything that points elsewhere).
    static std::optional<wirecopy::dateline_fields> dateline(std::string_view paragraph) noexcept {
        constexpr std::string_view tag = " /WCN/ ";
        const std::size_t at = paragraph.find(tag);
        if (at == std::string_view::npos || at == 0 || at > 40)
            return std::nullopt;
        for (char c : paragraph.substr(0, at))
            if (!(c == ' ' || (c >= 'A' && c <= 'Z')))
                return std::nullopt;
        wirecopy::dateline_fields f;
        f.whole = paragraph.substr(0, at + tag.size() - 1);
        f.location = paragraph.substr(0, at);
        f.agency = paragraph.substr(at + 2, 3);
        return f;
    }
};

} // namespace

int main() {
    const std::string_view story = "County Fair Opens Early\n\n"
                                   "SPRINGFIELD /WCN/ The county fair opened a day early on Friday, "
                                   "organizers said.\n";
    const wirecopy::document doc = wirecopy::parse<wire_county_news>(story);
    if (!doc.dateline || !doc.dateline->location || !doc.dateline->agency) {
        std::cerr << "custom_style: the dateline was not recognised\n";
        return 1;
    }
    std::cout << "location: " << doc.dateline->location->text << '\n'
              << "agency:   " << doc.dateline->agency->text << '\n'
              << "headline: " << (doc.headline ? doc.headline->text : "(none)") << '\n';
}
