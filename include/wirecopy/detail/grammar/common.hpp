// Shared lexical pieces of every wire grammar: blanks, dashes, words, names, places, months, dates,
// agencies, e-mail addresses. Each wire convention composes these; none redefines them.
//
// Conventions: parsers run on `char const*` without a skipper and match blanks explicitly; spans are
// captured as the text a parser matched into plain structs of std::string_view (see `capture`), never with
// attribute synthesis of containers, so a parse allocates nothing. The parsers are constants, initialised
// before the program runs; word tables are filled at their first look-up and only read afterwards, which
// makes them safe to share between threads.
#pragma once

#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/grammar/letters.hpp>
#include <wirecopy/detail/grammar/word_table.hpp>
#include <wirecopy/detail/regions.hpp>
#include <wirecopy/document.hpp>

// The parts of X3 the grammars use, not all of <boost/spirit/home/x3.hpp>: every unit that includes the
// grammars would parse its symbol tables, real-number and binary parsers too.
#include <boost/spirit/home/x3/auxiliary/eoi.hpp>
#include <boost/spirit/home/x3/auxiliary/eps.hpp>
#include <boost/spirit/home/x3/char/char.hpp>
#include <boost/spirit/home/x3/char/char_parser.hpp>
#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/directive/no_case.hpp>
#include <boost/spirit/home/x3/directive/omit.hpp>
#include <boost/spirit/home/x3/directive/raw.hpp>
#include <boost/spirit/home/x3/directive/repeat.hpp>
#include <boost/spirit/home/x3/directive/with.hpp>
#include <boost/spirit/home/x3/nonterminal/rule.hpp>
#include <boost/spirit/home/x3/numeric/uint.hpp>
#include <boost/spirit/home/x3/operator.hpp>
#include <boost/spirit/home/x3/string/literal_string.hpp>

#include <boost/preprocessor/cat.hpp>
#include <boost/preprocessor/seq/for_each.hpp>
#include <boost/preprocessor/variadic/to_seq.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>

namespace wirecopy::detail::grammar {

namespace x3 = boost::spirit::x3;

using iterator = char const*;

/// Context tag under which a grammar finds the plain struct its captures go to (see `parse_prefix`).
struct fields_tag;

/// The captures of a parse as its context holds them: their address, whatever the grammar's struct. The
/// context is then one type for every grammar (a grammar that captures nothing runs with no fields), so that
/// the fragments grammars share are compiled once for all of them instead of once per struct of captures.
struct fields_ref {
    void* fields;
};

/// The captures of type `Fields` the context holds.
template <class Fields, class Context>
Fields& fields_of(const Context& ctx) noexcept {
    return *static_cast<Fields*>(x3::get<fields_tag>(ctx).fields);
}

/// The struct a member pointer points into: `class_of<&F::speaker>` is `F`.
template <class Member>
struct member_class;
template <class Class, class T>
struct member_class<T Class::*> {
    using type = Class;
};
template <auto Member>
using class_of = typename member_class<decltype(Member)>::type;

/// The values of a date as read; 0 where absent.
struct date_fields {
    int month = 0;
    unsigned day = 0;
    unsigned year = 0;
    int weekday = 0;
};
/// Context tag under which `date` stores its values.
struct date_tag;

/// Runs its subject and, where it matches, gives `Action` the context and the text it matched: what
/// `x3::raw[subject][action]` does, without the layers of a semantic action over `raw[]` (its attribute, its
/// pass flag, its contexts), which every use instantiated again.
template <class Action, class Subject>
struct text_directive : x3::unary_parser<Subject, text_directive<Action, Subject>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    constexpr explicit text_directive(const Subject& subject) noexcept
        : x3::unary_parser<Subject, text_directive>(subject) {}

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute&) const {
        const Iterator start = first;
        if (!this->subject.parse(first, last, context, rcontext, x3::unused))
            return false;
        Action{}(context, std::string_view(start, static_cast<std::size_t>(first - start)));
        return true;
    }
};
/// `on_text<Action>[subject]`: a `text_directive`.
template <class Action>
struct on_text {
    template <class Subject>
    constexpr text_directive<Action, typename x3::extension::as_parser<Subject>::value_type>
    operator[](const Subject& subject) const noexcept {
        return text_directive<Action, typename x3::extension::as_parser<Subject>::value_type>(
            x3::as_parser(subject));
    }
};

/// Stores the text matched into member `Member` of the captured fields.
template <auto Member>
struct capture_action {
    template <class Context>
    void operator()(const Context& ctx, std::string_view text) const {
        fields_of<class_of<Member>>(ctx).*Member = text;
    }
};
/// `capture<&F::speaker>[subject]` stores the text `subject` matched in `speaker`.
template <auto Member>
inline constexpr on_text<capture_action<Member>> capture{};

/// Semantic action storing the parsed attribute (a month number, an agency's wire…) into `Member`.
template <auto Member>
struct store_action {
    template <class Context>
    void operator()(Context& ctx) const {
        fields_of<class_of<Member>>(ctx).*Member = x3::_attr(ctx);
    }
};
template <auto Member>
inline constexpr store_action<Member> store{};

/// Semantic action resetting the captured fields, of type `Fields`; put at the start of each alternative of
/// a grammar so that captures of a failed alternative never survive into a successful one.
template <class Fields>
struct clear_fields_action {
    template <class Context>
    void operator()(Context& ctx) const {
        fields_of<Fields>(ctx) = Fields{};
    }
};
template <class Fields>
inline constexpr auto start_over = x3::eps[clear_fields_action<Fields>{}];

/// The captures of a grammar that captures nothing.
inline constexpr fields_ref no_fields{nullptr};

/// Runs `parser` at `first` in `context`, as `x3::parse` does in its own; moves `first` past the match.
/// Rules run their definitions through it too (see `WIRECOPY_GRAMMAR_RULES`), so that a fragment run here
/// and inside a rule is compiled once.
template <class Parser, class Context>
bool run_in(const Parser& parser, iterator& first, iterator last, const Context& context) noexcept {
    x3::unused_type rule_context, attribute;
    if constexpr (std::is_base_of_v<x3::parser_base, Parser>) // no conversion to instantiate
        return parser.parse(first, last, context, rule_context, attribute);
    else
        return x3::as_parser(parser).parse(first, last, context, rule_context, attribute);
}

/// Defines the rules named, each as its `name_def` (as `BOOST_SPIRIT_DEFINE` does): a rule runs its
/// definition in the context it is given, with the rule context and attribute `run_in` passes, without the
/// layers of X3's rule machinery (attribute transformation, error and success handlers, which no grammar
/// has) that every rule instantiated.
#define WIRECOPY_GRAMMAR_RULE(r, data, rule_name)                                                            \
    template <class Iterator, class Context>                                                                 \
    bool parse_rule(::boost::spirit::x3::detail::rule_id<decltype(rule_name)::id>, Iterator& first,          \
                    Iterator const& last, Context const& context, decltype(rule_name)::attribute_type&) {    \
        return ::wirecopy::detail::grammar::run_in(BOOST_PP_CAT(rule_name, _def), first, last, context);     \
    }
#define WIRECOPY_GRAMMAR_RULES(...)                                                                          \
    BOOST_PP_SEQ_FOR_EACH(WIRECOPY_GRAMMAR_RULE, _, BOOST_PP_VARIADIC_TO_SEQ(__VA_ARGS__))

/// Runs `parser` at `first` with `fields` receiving its captures; returns where the match ended, or
/// nullptr when it failed (then `fields` may hold partial captures and must be discarded).
template <class Parser, class Fields>
iterator parse_prefix(iterator first, iterator last, const Parser& parser, Fields& fields) noexcept {
    iterator it = first;
    const fields_ref captures{&fields};
    return run_in(parser, it, last, x3::make_context<fields_tag>(captures)) ? it : nullptr;
}

/// `parse_prefix` for grammars that contain `date`: its values go to `date_values`.
template <class Parser, class Fields>
iterator parse_date_prefix(iterator first, iterator last, const Parser& parser, Fields& fields,
                           date_fields& date_values) noexcept {
    iterator it = first;
    const fields_ref captures{&fields};
    const auto dates = x3::make_context<date_tag>(date_values);
    return run_in(parser, it, last, x3::make_context<fields_tag>(captures, dates)) ? it : nullptr;
}

/// Does `parser` (which captures nothing) match at `first`? Returns the end of the match or nullptr.
template <class Parser>
iterator match_prefix(iterator first, iterator last, const Parser& parser) noexcept {
    iterator it = first;
    return run_in(parser, it, last, x3::make_context<fields_tag>(no_fields)) ? it : nullptr;
}

/// A parser made of one plain scan: `Derived::scan(first, last)` says whether the input at `first`
/// is accepted and moves `first` past it; it has no attribute.
template <class Derived>
struct scan_parser : x3::parser<Derived> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        return Derived::scan(first, last);
    }
};

/// A fragment of grammar that captures nothing, as a parser of its own (`standalone<name_def>`): the
/// grammars that share it call the one function that runs it instead of each compiling it again in its own
/// context, and the expressions that hold it stay small, which keeps the header quick to compile. It sees
/// a context without captures and has no attribute: never use one that captures, under `x3::no_case` or
/// where its attribute is read. Its scan is out of line, so that the optimiser does not copy it back into
/// the grammars that share it.
template <const auto& Fragment>
struct standalone : scan_parser<standalone<Fragment>> {
    BOOST_NOINLINE static bool scan(iterator& first, iterator const& last) noexcept {
        iterator it = first;
        if (!run_in(Fragment, it, last, x3::make_context<fields_tag>(no_fields)))
            return false;
        first = it;
        return true;
    }
};

/// One byte of a set, as `x3::char_("a-z._")` defines it ("a-z" a range, a '-' last itself), with the byte
/// as attribute; made when the program is compiled, where `x3::char_set` fills its table at start-up.
class constant_char_set : public x3::char_parser<constant_char_set> {
public:
    using encoding = boost::spirit::char_encoding::standard;
    using attribute_type = char;
    static bool const has_attribute = true;

    template <std::size_t N>
    constexpr explicit constant_char_set(const char (&definition)[N]) noexcept {
        for (std::size_t i = 0; i + 1 < N; ++i) {
            if (i + 3 < N && definition[i + 1] == '-') {
                for (unsigned c = static_cast<unsigned char>(definition[i]);
                     c <= static_cast<unsigned char>(definition[i + 2]); ++c)
                    bits_.add(c);
                i += 2;
            } else {
                bits_.add(static_cast<unsigned char>(definition[i]));
            }
        }
    }

    template <class Char, class Context>
    bool test(Char c, Context const& context) const noexcept {
        return x3::get_case_compare<encoding>(context).in_set(c, bits_);
    }
    /// Is `byte` in the set? A bit test, for the first-byte guards (a string's find calls memchr).
    constexpr bool contains(unsigned char byte) const noexcept { return bits_.test(byte); }

private:
    /// The set as `in_set` asks it, a byte at a time.
    struct bits {
        std::uint64_t words[4] = {};
        constexpr void add(unsigned c) noexcept { words[c / 64] |= std::uint64_t{1} << (c % 64); }
        constexpr bool test(unsigned char byte) const noexcept {
            return (words[byte / 64] >> (byte % 64) & 1) != 0;
        }
    };
    bits bits_;
};

template <std::size_t N>
constexpr constant_char_set chars(const char (&definition)[N]) noexcept {
    return constant_char_set(definition);
}

// The character classes below run at nearly every byte the grammars read. Written as alternatives of
// `x3::char_` they cost a parse call per alternative tried; as one scan each, a switch on the byte.
namespace char_classes {

/// One character, as long as `Length` measures it at `first` (0: none there).
template <std::size_t (*Length)(iterator, iterator) noexcept>
struct one : scan_parser<one<Length>> {
    static bool scan(iterator& first, iterator const& last) noexcept {
        const std::size_t length = Length(first, last);
        first += length;
        return length != 0;
    }
};

/// Matches, consuming nothing, where the next byte passes `Test`: a grammar whose alternatives can only start
/// with certain bytes turns other input away before trying them one by one.
template <bool (*Test)(unsigned char) noexcept>
struct lead_byte : scan_parser<lead_byte<Test>> {
    static bool scan(iterator& first, iterator const& last) noexcept {
        return first != last && Test(static_cast<unsigned char>(*first));
    }
};

/// Matches, consuming nothing, where `Test` says that the input at `first` can start a form: as `lead_byte`,
/// for forms that a few bytes tell apart (the words a date starts with).
template <bool (*Test)(iterator, iterator) noexcept>
struct lead_bytes : scan_parser<lead_bytes<Test>> {
    static bool scan(iterator& first, iterator const& last) noexcept { return Test(first, last); }
};

/// Matches, consuming nothing, where no letter or digit comes next.
struct word_end : scan_parser<word_end> {
    static bool scan(iterator& first, iterator const& last) noexcept {
        return length_at<word_character>(first, last) == 0;
    }
};

/// A blank inside a line, as `is_line_blank` and `is_unicode_blank` define it: space, tab, no-break space,
/// the spaces U+2000–U+200A and the others wire copy carries.
struct blank : scan_parser<blank> {
    static bool scan(iterator& first, iterator const& last) noexcept {
        if (first == last)
            return false;
        if (static_cast<unsigned char>(*first) < 0x80) {
            if (!is_line_blank(*first))
                return false;
            ++first;
            return true;
        }
        const code_point cp = decode_at(std::string_view(first, static_cast<std::size_t>(last - first)), 0);
        if (cp.length == 0 || !is_unicode_blank(cp.value))
            return false;
        first += cp.length;
        return true;
    }
};

/// The length of the apostrophe at `first`, ' or ’ (E2 80 99); 0 when there is none.
inline std::size_t apostrophe_length(iterator first, iterator last) noexcept {
    if (first == last)
        return 0;
    if (*first == '\'')
        return 1;
    return last - first >= 3 && first[0] == '\xE2' && first[1] == '\x80' && first[2] == '\x99' ? 3 : 0;
}

/// Which apostrophes `word_rest` goes on over.
enum class possessive { goes_on, ends_word };

/// The rest of a word after its first character, in one scan: characters of `Class`, and a hyphen or an
/// apostrophe between two of them ("-year-old", "’Neill"); with `possessive::ends_word`, never the
/// apostrophe of a possessive "’s" ("DeLaet's"). Always matches (maybe nothing).
template <class Class, possessive Possessive = possessive::goes_on>
struct word_rest : scan_parser<word_rest<Class, Possessive>> {
    static bool scan(iterator& first, iterator const& last) noexcept {
        for (;;) {
            if (const std::size_t length = length_at<Class>(first, last)) {
                first += length;
                continue;
            }
            const bool hyphen = first != last && *first == '-';
            const std::size_t joint = hyphen ? 1 : apostrophe_length(first, last);
            const std::size_t next = joint ? length_at<Class>(first + joint, last) : 0;
            if (next == 0)
                return true;
            if (Possessive == possessive::ends_word && !hyphen && first[joint] == 's'
                && length_at<word_character>(first + joint + 1, last) == 0)
                return true;
            first += joint + next;
        }
    }
};

/// Which white space `white_space` takes.
enum class lines { crossed, kept };

/// Blanks, and line breaks unless `Lines` is `kept`, at least `Least` characters of them; as one scan, where
/// `+blank` and `*blank` would each compile X3's loop machinery again in every grammar that uses them.
template <std::size_t Least, lines Lines = lines::crossed>
struct white_space : scan_parser<white_space<Least, Lines>> {
    static bool scan(iterator& first, iterator const& last) noexcept {
        std::size_t count = 0;
        for (;; ++count) {
            if (first != last && static_cast<unsigned char>(*first) < 0x80) { // most bytes: no decoding
                if (!is_line_blank(*first)
                    && !(Lines == lines::crossed && (*first == '\n' || *first == '\r')))
                    break;
                ++first;
            } else if (!blank::scan(first, last)) {
                break;
            }
        }
        return count >= Least;
    }
};

} // namespace char_classes

// ------------------------------------------------------------------ blanks, dashes, punctuation
// Non-breaking and thin spaces occur in datelines and footers as often as plain ones.
inline constexpr auto blank = char_classes::blank{};
inline constexpr auto blanks = char_classes::white_space<1, char_classes::lines::kept>{};
inline constexpr auto opt_blanks = char_classes::white_space<0, char_classes::lines::kept>{};
/// The end of the text given, after any blanks: a line read whole.
inline constexpr auto line_end = opt_blanks >> x3::eoi;
inline constexpr auto line_break = -x3::lit('\r') >> x3::lit('\n') | x3::lit('\r');
/// White space that may cross one line break (a footer line wrapped by the wire).
inline constexpr auto space = char_classes::white_space<1>{};

inline constexpr auto em_dash = x3::lit("\xE2\x80\x94");
inline constexpr auto en_dash = x3::lit("\xE2\x80\x93");
/// Dateline separators: "--", "—", "–", "-", "_" (older AP and NYT News Service use the underscore).
inline constexpr auto dash = x3::lit("--") | em_dash | en_dash | x3::lit('-') | x3::lit('_');

inline constexpr auto apostrophe = char_classes::one<char_classes::apostrophe_length>{};
inline constexpr auto copyright_sign = x3::lit("\xC2\xA9");

// ------------------------------------------------------------------ words
inline constexpr auto upper = char_classes::one<char_classes::length_at<char_classes::upper>>{};
inline constexpr auto lower = char_classes::one<char_classes::length_at<char_classes::lower>>{};
inline constexpr auto letter = char_classes::one<char_classes::length_at<char_classes::letter>>{};
inline constexpr auto digit = x3::char_('0', '9');

/// End of a word: the next character is not a letter or digit.
inline constexpr auto word_end = char_classes::word_end{};

/// A word starting with a capital: "Caracas", "McDonald", "O'Neill", "Collett-White", "DALE".
inline constexpr auto capitalized_word_def =
    upper >> char_classes::word_rest<char_classes::letter>{} >> word_end;
inline constexpr auto capitalized_word = standalone<capitalized_word_def>{};
/// An initial: "W." in "W. Dale Nelson"; initials run together in "J.K. PARK".
inline constexpr auto initial = upper >> '.';
inline constexpr auto initials = +initial >> word_end;
/// Lower-case particles inside names: "van", "de", "bin", "al-".
inline const word_table<> name_particles{[](auto& table) {
    table.add_all({"van", "von", "della", "del", "der", "den", "de", "da", "dos", "du", "la", "le", "bin",
                   "ibn", "al", "el", "di", "ben"});
}};
inline constexpr auto name_particle = name_particles >> word_end;
/// Is all of `word` a name particle?
inline bool is_name_particle(std::string_view word) noexcept {
    return match_prefix(word.data(), word.data() + word.size(), name_particles) == word.data() + word.size();
}
/// Name suffixes kept with the name.
inline const word_table<> name_suffixes{[](auto& table) {
    table.add_all({"Jr.", "Sr.", "JR.", "SR.", "Jr", "Sr", "III", "II", "IV", "M.D.", "Ph.D."});
}};
inline constexpr auto name_suffix = name_suffixes >> word_end;
/// Is all of `word` a name suffix?
inline bool is_name_suffix(std::string_view word) noexcept {
    return match_prefix(word.data(), word.data() + word.size(), name_suffixes) == word.data() + word.size();
}

/// A particle elided onto the name it precedes: "d'Estaing", "d'AFFLISIO", "dell'Utri".
inline constexpr auto elided_name = (x3::lit("dell") | "d" | "l") >> apostrophe >> capitalized_word;

/// A personal name: "Eric Martin", "W. DALE NELSON", "Al-Zaquan Amer Hamzah", "Indulal PM",
/// "Martin Luther King Jr.". At least one capitalized word; particles only between capitalized words.
inline constexpr auto name_word_def = initials | capitalized_word | elided_name;
inline constexpr auto name_word = standalone<name_word_def>{};
/// A personal name whose words stop where `stop` matches: a byline's names end before "AND" or before
/// the agency closing the line ("By Brad Schade Reuters").
template <class Stop>
constexpr auto person_name_before(const Stop& stop) {
    return name_word
           >> *(blanks >> !name_suffix >> !stop >> (name_word | name_particle >> &(blank >> name_word)))
           >> -(-x3::lit(',') >> blank >> name_suffix);
}
inline constexpr auto person_name_def = person_name_before(!x3::eps);
inline constexpr auto person_name = standalone<person_name_def>{};

/// An all-capitals place word: "NEW", "YORK", "ST.", "D.C.", "PINE", "AL-", accented capitals too.
inline constexpr auto caps_word_def = upper
                                      >> *(upper | x3::lit('.') | (x3::lit('-') | apostrophe | '&') >> upper)
                                      >> word_end;
inline constexpr auto caps_word = standalone<caps_word_def>{};

// ------------------------------------------------------------------ keywords
/// Keyword literals, `keyword::lit("more")`, for `x3::no_case`: there they match their ASCII letters in
/// either case, a byte compared with one test of case each, where X3's literal folds the input and the
/// literal through its encoding's tables at every byte. (Folding ASCII letters only is what ISO 8859-1,
/// which the grammars used before, does on UTF-8 against ASCII literals.)
namespace keyword {

class literal : public x3::parser<literal> {
public:
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    constexpr explicit literal(const char* text) noexcept : text_(text) {}

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        x3::skip_over(first, last, context);
        using word_table_detail::fold;
        Iterator it = first;
        for (const char* k = text_; *k != '\0'; ++k, ++it)
            if (it == last || (ignores_case<Context> ? fold(*it) != fold(*k) : *it != *k))
                return false;
        first = it;
        return true;
    }

private:
    const char* text_;
};

constexpr literal lit(const char* text) noexcept {
    return literal(text);
}

} // namespace keyword

// ------------------------------------------------------------------ months and dates
inline const word_table<int> months{[](auto& table) {
    const char* names[][3] = {{"january", "jan", ""}, {"february", "feb", ""}, {"march", "mar", ""},
                              {"april", "apr", ""},   {"may", "", ""},         {"june", "jun", ""},
                              {"july", "jul", ""},    {"august", "aug", ""},   {"september", "sept", "sep"},
                              {"october", "oct", ""}, {"november", "nov", ""}, {"december", "dec", ""}};
    for (int month = 1; month <= 12; ++month)
        for (const char* name : names[month - 1])
            if (*name)
                table.add(name, month);
}};

inline const word_table<int> weekdays{[](auto& table) {
    const char* names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int day = 0; day < 7; ++day)
        table.add(names[day], day + 1);
}};

/// Can a date start at `first`? With a figure, or with the first three letters of a month or a weekday in
/// any case ("Sept", "TUESDAY", "tues"): the words of `months` and `weekdays`, and their abbreviations. Most
/// words start with none, and are turned away before the tables are looked in.
inline bool opens_date(iterator first, iterator last) noexcept {
    if (first == last)
        return false;
    if (is_ascii_digit(*first))
        return true;
    if (last - first < 3)
        return false;
    const auto key = [](char a, char b, char c) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(a | 0x20))
               | static_cast<std::uint32_t>(static_cast<unsigned char>(b | 0x20)) << 8
               | static_cast<std::uint32_t>(static_cast<unsigned char>(c | 0x20)) << 16;
    };
    constexpr std::uint32_t starts[] = {
        key('j', 'a', 'n'), key('f', 'e', 'b'), key('m', 'a', 'r'), key('a', 'p', 'r'), key('m', 'a', 'y'),
        key('j', 'u', 'n'), key('j', 'u', 'l'), key('a', 'u', 'g'), key('s', 'e', 'p'), key('o', 'c', 't'),
        key('n', 'o', 'v'), key('d', 'e', 'c'), key('m', 'o', 'n'), key('t', 'u', 'e'), key('w', 'e', 'd'),
        key('t', 'h', 'u'), key('f', 'r', 'i'), key('s', 'a', 't'), key('s', 'u', 'n')};
    const std::uint32_t word = key(first[0], first[1], first[2]);
    return std::find(std::begin(starts), std::end(starts), word) != std::end(starts);
}

template <auto Member>
struct store_date_action {
    template <class Context>
    void operator()(Context& ctx) const {
        x3::get<date_tag>(ctx).*Member = x3::_attr(ctx);
    }
};
template <auto Member>
inline constexpr store_date_action<Member> store_date{};

/// "March", "Nov.", "Sept", "MARCH" (case-insensitive; the period of an abbreviation belongs to it).
inline constexpr auto month = x3::no_case[months][store_date<&date_fields::month>] >> word_end
                              >> -x3::lit('.');
inline constexpr auto day_of_month =
    x3::uint_parser<unsigned, 10, 1, 2>{}[store_date<&date_fields::day>] >> !digit;
inline constexpr auto year_digits = x3::uint_parser<unsigned, 10, 4, 4>{};
inline constexpr auto two_digits = x3::repeat(2)[digit];
inline constexpr auto year = year_digits[store_date<&date_fields::year>] >> !digit;
/// "March 3", "Nov. 27, 2019", "27 November 2019", "Monday". The alternatives start differently (month,
/// digit, weekday), so the values stored by a successful match are never left over from a failed one.
/// Needs a `date_fields` under `date_tag` in the context (see `parse_date_prefix`).
inline constexpr auto calendar_date = (month >> blanks >> day_of_month >> -(x3::lit(',') >> blanks >> year))
                                      | (day_of_month >> blanks >> month >> -(blanks >> year));
inline constexpr auto date = char_classes::lead_bytes<opens_date>{}
                             >> (calendar_date
                                 | (x3::no_case[weekdays][store_date<&date_fields::weekday>] >> word_end));

// ------------------------------------------------------------------ places
/// An abbreviation of several parts: "W.Va.", "N.Mex.".
inline constexpr auto dotted_abbreviation = +(upper >> *lower >> '.') >> word_end;
/// A word of a place name: "NEW", "ST.", "D.C.", "Caracas", "Mich.", "S.D.", "W.Va.".
inline constexpr auto place_word_def = caps_word | dotted_abbreviation | (capitalized_word >> -x3::lit('.'));
inline constexpr auto place_word = standalone<place_word_def>{};
/// "March 3", "Feb. 26": a month and a day ahead, which no place name runs into ("JOHANNESBURG March 13").
/// Stores nothing, so it works in any context.
/// (The first letter is tested first: most words start with none of a month's.)
inline constexpr auto month_day_ahead =
    &(&chars("JFMASONDjfmasond") >> x3::no_case[months] >> word_end >> -x3::lit('.') >> blanks >> digit);
/// "NEW YORK", "RIO DE JANEIRO", "Rio de Janeiro", "Caracas Office"; its words stop before `stop` (what
/// may follow the place where it is written).
template <class Stop>
constexpr auto place_before(Stop stop) {
    return place_word >> *(blank >> !stop >> (place_word | name_particle >> &(blank >> place_word)));
}
/// A place or places joined by slashes: "JAKARTA/SURABAYA", "Caracas".
template <class Stop>
constexpr auto city_before(Stop stop) {
    return place_before(stop) >> *(x3::lit('/') >> opt_blanks >> place_before(stop));
}
/// No place name runs into a month and day ("JOHANNESBURG March 13").
inline constexpr auto place_def = place_before(month_day_ahead);
inline constexpr auto place = standalone<place_def>{};
inline constexpr auto city_def = city_before(month_day_ahead);
inline constexpr auto city = standalone<city_def>{};
/// Several places: "NEW YORK and CHICAGO" (only where no person name can follow, as in datelines).
inline constexpr auto places_def = city >> *(blanks >> "and" >> blanks >> city);
inline constexpr auto places = standalone<places_def>{};

// ------------------------------------------------------------------ agencies
struct organisation_name {
    const char* name;
    wire w;
};
/// The news organisations of the wires, short and long names, each with its wire.
inline constexpr organisation_name organisation_names[] = {{"Reuters", wire::reuters},
                                                           {"Reuter", wire::reuters},
                                                           {"Thomson Reuters", wire::reuters},
                                                           {"AP", wire::ap},
                                                           {"Associated Press", wire::ap},
                                                           {"The Associated Press", wire::ap},
                                                           {"AFP", wire::afp},
                                                           {"Agence France-Presse", wire::afp},
                                                           {"Agence France Presse", wire::afp},
                                                           {"UPI", wire::upi},
                                                           {"United Press International", wire::upi},
                                                           {"Xinhua", wire::xinhua},
                                                           {"XINHUA", wire::xinhua},
                                                           {"Xinhua News Agency", wire::xinhua},
                                                           {"CNN", wire::cnn},
                                                           {"Bloomberg", wire::bloomberg},
                                                           {"Bloomberg News", wire::bloomberg},
                                                           {"CP", wire::canadian_press},
                                                           {"Canadian Press", wire::canadian_press},
                                                           {"The Canadian Press", wire::canadian_press},
                                                           {"NYT", wire::nyt},
                                                           {"New York Times", wire::nyt},
                                                           {"The New York Times", wire::nyt},
                                                           {"New York Times News Service", wire::nyt},
                                                           {"N.Y. Times News Service", wire::nyt}};

/// The organisations as a dateline writes them ("(Reuters)", "(AP)"), with their wire.
inline const word_table<wire> agencies{[](auto& table) {
    for (const organisation_name& n : organisation_names)
        table.add(n.name, n.w);
}};

/// An agency name, with its wire as attribute.
inline constexpr auto agency = agencies >> word_end;

/// An organisation's name in any case ("REUTERS", "Reuters"), with its wire as attribute.
inline constexpr auto organisation = x3::no_case[agencies] >> word_end;

// ------------------------------------------------------------------ e-mail
inline constexpr auto email_char = chars("a-zA-Z0-9._%+-");
inline constexpr auto domain_label = +chars("a-zA-Z0-9-");
/// "arosati3@bloomberg.net"; the final period of a sentence is not part of it.
inline constexpr auto email_def = +email_char >> '@' >> domain_label >> +('.' >> domain_label);
inline constexpr auto email = standalone<email_def>{};

// ------------------------------------------------------------------ lists of people
/// A person as captured: a name and the place given with it, if any.
struct person_fields {
    std::string_view name;
    std::string_view location;
};

/// People listed in a byline or a footer: "A in CITY, B and C in CITY2". Fixed capacity, so a parse
/// allocates nothing; names beyond it are counted in `dropped`.
template <std::size_t Capacity>
struct people_fields {
    std::array<person_fields, Capacity> people{};
    std::size_t count = 0;
    std::size_t group_start = 0; ///< first person the next "in CITY" applies to
    std::size_t dropped = 0;
};

/// Appends the name matched to the people list `List` of the captured fields.
template <auto List>
struct push_person_action {
    template <class Context>
    void operator()(const Context& ctx, std::string_view name) const {
        auto& list = fields_of<class_of<List>>(ctx).*List;
        if (list.count == list.people.size()) {
            ++list.dropped;
            return;
        }
        list.people[list.count++] = {name, {}};
    }
};
template <auto List>
inline constexpr on_text<push_person_action<List>> push_person{};

/// "in CITY" after a group of names applies to every name of the group: "A, B and C in JAKARTA".
template <auto List>
struct locate_group_action {
    template <class Context>
    void operator()(const Context& ctx, std::string_view place) const {
        auto& list = fields_of<class_of<List>>(ctx).*List;
        for (std::size_t i = list.group_start; i < list.count; ++i)
            list.people[i].location = place;
        list.group_start = list.count;
    }
};
template <auto List>
inline constexpr on_text<locate_group_action<List>> locate_group{};

/// ", ", ", and ", " and ", " AND ", " & " between names.
inline constexpr auto list_separator =
    (opt_blanks >> ',' >> blanks >> -(x3::no_case[keyword::lit("and")] >> blanks))
    | (blanks >> (x3::no_case[keyword::lit("and")] | '&') >> blanks);

/// US states and Canadian provinces as wire copy writes them after a city (regions.hpp).
inline const word_table<> regions{[](auto& table) { table.add_all(us_states).add_all(canadian_provinces); }};

/// ", Neb.", ", North Carolina": the state or province after a city.
inline constexpr auto region_qualifier_def = x3::lit(',') >> blank >> regions >> word_end;
inline constexpr auto region_qualifier = standalone<region_qualifier_def>{};

/// "in Caracas", "in Caracas Office", "in KUALA LUMPUR", "in Portland, Maine".
template <auto List, class Stop>
constexpr auto person_location(Stop stop) {
    return blanks >> "in" >> blanks >> locate_group<List>[city_before(stop) >> -region_qualifier];
}
template <auto List>
constexpr auto person_location() {
    return person_location<List>(month_day_ahead);
}

} // namespace wirecopy::detail::grammar
