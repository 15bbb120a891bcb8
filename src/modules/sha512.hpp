// SHA-512 (FIPS 180-4), which random.seed() applies to str and bytes seeds as CPython does.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace coil::modules {

std::array<uint8_t, 64> sha512(std::string_view data);

} // namespace coil::modules
