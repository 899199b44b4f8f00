#pragma once
#include <cstdint>

namespace pejabat {

// Relations the extractor asserts between two entities of one article. The graph
// layer adds the article links (mentioned_in, quoted_in) itself.
enum class FactRelation : uint8_t {
  Holds,              // Person -> Post
  PostIn,             // Post -> Organization
  SubOrganizationOf,  // Organization -> Organization
  SpokeAt,            // Person -> Event
  Attended,           // Person -> Event
  Organized,          // Organization -> Event
  Represented,        // Person -> Post | Person
  Said,               // Person -> Quote
  LocatedIn,          // Place|Event|Organization -> Place
  Reports,            // Organization -> Figure (an indicator the office reported)
};

const char* FactRelationName(FactRelation relation);

}  // namespace pejabat
