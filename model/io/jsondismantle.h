#pragma once

#include <nlohmann/json.hpp>

namespace curator {

/**
 * Empties @p value from its leaves up. nlohmann::json's destructor (noexcept) moves the children of a non-empty
 * array or object onto a stack it allocates, so running out of memory as a value goes ends the process; emptied,
 * nothing it held allocates on its way out. Values nested deeper than @p depth (none of this project's files
 * writes them) are left to that destructor.
 */
inline void dismantle(nlohmann::json& value, int depth = 64) noexcept
{
    if (depth <= 0)
        return;
    if (value.is_array()) {
        auto& items = value.get_ref<nlohmann::json::array_t&>();
        for (nlohmann::json& item : items)
            dismantle(item, depth - 1);
        items.clear();   // each item a scalar or empty now: reserve(0) allocates nothing
    } else if (value.is_object()) {
        auto& members = value.get_ref<nlohmann::json::object_t&>();
        for (auto& member : members)
            dismantle(member.second, depth - 1);
        members.clear();
    }
}

/** Dismantles a json value when it goes out of scope (declare it after the value). */
class DismantleOnExit
{
public:
    explicit DismantleOnExit(nlohmann::json& value) : m_value(value) {}
    ~DismantleOnExit() { dismantle(m_value); }
    DismantleOnExit(const DismantleOnExit&) = delete;
    DismantleOnExit& operator=(const DismantleOnExit&) = delete;

private:
    nlohmann::json& m_value;
};

} // namespace curator
