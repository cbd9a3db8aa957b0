// C++ -- values that cross the design's ports, and width-generic port access.
//
// Verilator gives a port of up to 8, 16, 32 or 64 bits a plain integer type and a wider
// one a VlWide<N> array of 32-bit words. The overloads below copy bytes and integers in
// and out of either kind, so the generated glue names ports and never their C++ types.
// Bits above a port's width are kept zero, as Verilated code expects.
#ifndef OASIS_PORTS_H
#define OASIS_PORTS_H

#include <cstddef>
#include <cstdint>

#include "verilated.h"

namespace oasis {

constexpr int kMaxDataBytes = 64;
constexpr int kMaxSources = 4;

// One AXI-Stream beat.
struct Beat {
  uint8_t data[kMaxDataBytes] = {};
  uint64_t keep = 0;
  uint64_t user = 0;
  bool last = false;
  bool valid = false;
};

// What the harness drives into an AXI-Lite slave in one cycle.
struct AxilDrive {
  uint32_t awaddr = 0;
  bool awvalid = false;
  uint32_t wdata = 0;
  uint32_t wstrb = 0;
  bool wvalid = false;
  bool bready = false;
  uint32_t araddr = 0;
  bool arvalid = false;
  bool rready = false;
};

// What an AXI-Lite slave shows in one cycle.
struct AxilSample {
  bool awready = false;
  bool wready = false;
  bool bvalid = false;
  uint32_t bresp = 0;
  bool arready = false;
  bool rvalid = false;
  uint32_t rdata = 0;
  uint32_t rresp = 0;
};

inline uint64_t low_bits(uint64_t value, int width) {
  return width >= 64 ? value : value & ((uint64_t{1} << width) - 1);
}

// Integer ports (CData, SData, IData, QData).
template <typename Port>
inline void put_bytes(Port& port, const uint8_t* bytes, int length) {
  uint64_t value = 0;
  for (int i = 0; i < length && i < 8; i++) value |= uint64_t{bytes[i]} << (8 * i);
  port = static_cast<Port>(value);
}

template <typename Port>
inline void get_bytes(const Port& port, uint8_t* bytes, int length) {
  const uint64_t value = port;
  for (int i = 0; i < length; i++) bytes[i] = i < 8 ? static_cast<uint8_t>(value >> (8 * i)) : 0;
}

template <typename Port>
inline void put_value(Port& port, uint64_t value, int width) {
  port = static_cast<Port>(low_bits(value, width));
}

template <typename Port>
inline uint64_t get_value(const Port& port) {
  return port;
}

// Wide ports: VlWide<words> holds 32-bit words, least significant first.
template <std::size_t Words>
inline void put_bytes(VlWide<Words>& port, const uint8_t* bytes, int length) {
  for (std::size_t w = 0; w < Words; w++) {
    uint32_t word = 0;
    for (int k = 0; k < 4; k++) {
      const int i = static_cast<int>(w) * 4 + k;
      if (i < length) word |= uint32_t{bytes[i]} << (8 * k);
    }
    port[w] = word;
  }
}

template <std::size_t Words>
inline void get_bytes(const VlWide<Words>& port, uint8_t* bytes, int length) {
  for (int i = 0; i < length; i++) {
    const std::size_t w = static_cast<std::size_t>(i / 4);
    bytes[i] = w < Words ? static_cast<uint8_t>(port[w] >> (8 * (i % 4))) : 0;
  }
}

template <std::size_t Words>
inline void put_value(VlWide<Words>& port, uint64_t value, int width) {
  value = low_bits(value, width);
  for (std::size_t w = 0; w < Words; w++) {
    port[w] = w < 2 ? static_cast<uint32_t>(value >> (32 * w)) : 0;
  }
}

template <std::size_t Words>
inline uint64_t get_value(const VlWide<Words>& port) {
  return Words > 1 ? (uint64_t{port[1]} << 32) | port[0] : port[0];
}

}  // namespace oasis

#endif  // OASIS_PORTS_H
