#pragma once

#include <nlohmann/json.hpp>

#include <QtGlobal>

#include <cstdint>
#include <limits>
#include <stdexcept>

namespace curator {

/**
 * @p v as an int64, for the readers that take numbers through nlohmann::json. A number that is not an
 * integer, or lies beyond int64 (nlohmann reads it as a double, and converting that is undefined
 * behaviour), throws std::runtime_error, which those readers turn into a refusal.
 */
inline qint64 jsonInteger(const nlohmann::json& v)
{
    if (!v.is_number_integer()
        || (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<qint64>::max())))
        throw std::runtime_error("not an integer");
    return v.get<qint64>();
}

} // namespace curator
