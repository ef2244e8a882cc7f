// Given names that say a person's gender, for resolving "he" and "she" to the right person of a story.
//
// Deterministic resolvers have always used such lists (the Stanford rule-based coreference system ships
// gender and number lists); this one is deliberately small — common English given names of clear gender
// — because a name it does not know simply leaves the gender to the pronouns of the text. Unisex names
// (Jordan, Kim, Alex, Chris, Pat, Robin, Jean…) are left out on purpose.
#pragma once

#include <wirecopy/detail/grammar/word_tables.hpp>

namespace wirecopy::detail::grammar {

inline constexpr const char* men_names[] = {
    "Aaron",       "Adam",     "Alan",     "Albert",   "Alexander",   "Andrew",  "Anthony", "Arthur",
    "Barry",       "Ben",      "Benjamin", "Bill",     "Bob",         "Brad",    "Brandon", "Brian",
    "Bruce",       "Bryan",    "Carl",     "Charles",  "Christopher", "Clark",   "Craig",   "Dale",
    "Daniel",      "Darren",   "Dave",     "David",    "Dennis",      "Derek",   "Donald",  "Doug",
    "Douglas",     "Dwayne",   "Edward",   "Eric",     "Frank",       "Fred",    "Gary",    "George",
    "Gerald",      "Glen",     "Gordon",   "Graham",   "Greg",        "Gregory", "Harold",  "Harry",
    "Henry",       "Howard",   "Ian",      "Jack",     "Jacob",       "James",   "Jason",   "Jeff",
    "Jeffrey",     "Jeremy",   "Jerry",    "Jim",      "Joe",         "John",    "Jon",     "Jonathan",
    "Joseph",      "Josh",     "Joshua",   "Justin",   "Keith",       "Ken",     "Kenneth", "Kevin",
    "Larry",       "Lawrence", "Mark",     "Martin",   "Matt",        "Matthew", "Michael", "Mike",
    "Nathan",      "Neil",     "Nicholas", "Nick",     "Patrick",     "Paul",    "Peter",   "Philip",
    "Phillip",     "Ralph",    "Randy",    "Raymond",  "Richard",     "Rick",    "Robert",  "Rod",
    "Roger",       "Ron",      "Ronald",   "Roy",      "Russell",     "Ryan",    "Samuel",  "Scott",
    "Sean",        "Stephen",  "Steve",    "Steven",   "Stuart",      "Thomas",  "Tim",     "Timothy",
    "Todd",        "Tom",      "Tony",     "Trevor",   "Victor",      "Vincent", "Walter",  "Wayne",
    "William",     "Vladimir", "Sergei",   "Mohammed", "Muhammad",    "Ahmed",   "Marco",   "Pierre",
    "Jean-Pierre", "Francois", "Luc",      "Carlos",   "Juan",        "Jose",    "Luis",    "Miguel",
    "Xi",          "Boris",    "Emmanuel", "Hans",     "Klaus"};
inline constexpr const char* women_names[] = {
    "Alice",   "Alison",    "Amanda",    "Amy",      "Andrea",    "Angela",   "Ann",        "Anna",
    "Anne",    "Barbara",   "Betty",     "Brenda",   "Brittany",  "Carol",    "Caroline",   "Catherine",
    "Cheryl",  "Christina", "Christine", "Cindy",    "Claire",    "Deborah",  "Debbie",     "Denise",
    "Diana",   "Diane",     "Donna",     "Dorothy",  "Elizabeth", "Ellen",    "Emily",      "Emma",
    "Erin",    "Frances",   "Hannah",    "Heather",  "Helen",     "Holly",    "Jacqueline", "Jane",
    "Janet",   "Janice",    "Jennifer",  "Jessica",  "Jill",      "Joan",     "Joanne",     "Judith",
    "Judy",    "Julia",     "Julie",     "Karen",    "Katherine", "Kathleen", "Kathryn",    "Kathy",
    "Katie",   "Katy",      "Kelly",     "Laura",    "Lauren",    "Linda",    "Lisa",       "Lori",
    "Louise",  "Lucy",      "Margaret",  "Maria",    "Marie",     "Marilyn",  "Martha",     "Mary",
    "Megan",   "Melanie",   "Melissa",   "Michelle", "Monica",    "Nancy",    "Natalie",    "Nicole",
    "Olivia",  "Pamela",    "Patricia",  "Rachel",   "Rebecca",   "Rose",     "Ruth",       "Samantha",
    "Sandra",  "Sarah",     "Sharon",    "Shannon",  "Shirley",   "Sophie",   "Stephanie",  "Susan",
    "Suzanne", "Teresa",    "Theresa",   "Tina",     "Tracy",     "Valerie",  "Victoria",   "Virginia",
    "Wendy",   "Catharine", "Marianne",  "Nathalie", "Isabelle",  "Sylvie",   "Hillary",    "Ursula",
    "Carole"};

/// 1 for a man's given name, 2 for a woman's.
inline const word_table<int> given_names{
    [](auto& table) { table.add_all(men_names, 1).add_all(women_names, 2); }};

/// The gender a given name says: 1 a man's, 2 a woman's, 0 when the name is not known.
inline int gender_of_given_name(std::string_view name) noexcept {
    return word_tables::lookup_whole(given_names, name, 0);
}

} // namespace wirecopy::detail::grammar
