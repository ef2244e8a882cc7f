// The US states and Canadian provinces that wire copy writes after a city ("Omaha, Neb.", "Wichita,
// Kansas", "Regina, Sask."): one list for the grammars, which read them as the qualifier of a place, and
// for the exports, which tell a state from a country.
#pragma once

#include <string_view>

namespace wirecopy::detail {

// clang-format off
inline constexpr const char* us_states[] = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
    "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "West Virginia", "Wisconsin", "Wyoming",
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
    "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
    "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C."};

inline constexpr const char* canadian_provinces[] = {
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia",
    "Ontario", "Quebec", "Saskatchewan", "Alta.", "B.C.", "Man.", "N.B.", "N.S.", "Ont.", "Que.",
    "Sask."};
// clang-format on

/// Is all of `place` a US state, as wire copy writes it?
inline bool is_us_state(std::string_view place) noexcept {
    for (const std::string_view state : us_states)
        if (place == state)
            return true;
    return false;
}

} // namespace wirecopy::detail
