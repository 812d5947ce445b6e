#pragma once

#include <cmath>
#include <concepts>
#include <limits>
#include <optional>

// Converting a double that came from outside (JSON numbers, headers) to an integer type is
// undefined behaviour when the value is NaN, infinite or outside the type's range: check first,
// convert after. Every such conversion in the code base goes through these two functions.
namespace cw {

// The value as T when it is finite, integral and within T's range; nullopt otherwise.
template <std::integral T>
std::optional<T> exactIntegerFromDouble(double value)
{
    // T's bounds as doubles: min() is a power of two (exact); max() + 1 is too, so comparing
    // against it avoids max() rounding up to a value T cannot hold.
    constexpr double lowest = static_cast<double>(std::numeric_limits<T>::min());
    constexpr double beyond = static_cast<double>(std::numeric_limits<T>::max() / 2 + 1) * 2.0;
    if (!(value >= lowest && value < beyond)) // false for NaN too
        return std::nullopt;
    if (value != std::trunc(value))
        return std::nullopt;
    return static_cast<T>(value);
}

// The value truncated towards zero and clamped to T's range; NaN gives `nanValue`.
template <std::integral T>
T clampedIntegerFromDouble(double value, T nanValue = T(0))
{
    constexpr double lowest = static_cast<double>(std::numeric_limits<T>::min());
    constexpr double beyond = static_cast<double>(std::numeric_limits<T>::max() / 2 + 1) * 2.0;
    if (std::isnan(value))
        return nanValue;
    if (value < lowest)
        return std::numeric_limits<T>::min();
    if (value >= beyond)
        return std::numeric_limits<T>::max();
    return static_cast<T>(value);
}

} // namespace cw
