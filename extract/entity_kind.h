#pragma once
#include <cstdint>

namespace pejabat {

// What an extracted entity is. Articles are not entities: every entity belongs
// to the article it was extracted from.
enum class EntityKind : uint8_t { Person, Organization, Post, Event, Place, Quote, Figure };

const char* EntityKindName(EntityKind kind);

struct EntityRef {
  EntityKind kind = EntityKind::Person;
  uint32_t index = 0;  // into the matching vector of ArticleFacts
  friend bool operator==(const EntityRef&, const EntityRef&) = default;
};

}  // namespace pejabat
