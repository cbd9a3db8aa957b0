// C++ -- the clocking engine of the Oasis simulation harness: the state of one model
// and the cycle that drives it. Included once, by oasis_harness.cpp, which puts the C ABI
// on top; kept apart only to keep each file readable.
//
// Every cycle has the same four phases, so that a handshake is always judged on the
// values just before the rising edge:
//   1. drive the inputs with clk low and evaluate (combinational settle, VCD time 10c)
//   2. sample tvalid/tready and the AXI-Lite handshakes
//   3. raise clk and evaluate (registers update, VCD time 10c + 5)
//   4. account for what fired: pop accepted sink beats, record source beats
#ifndef OASIS_ENGINE_H
#define OASIS_ENGINE_H

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include "oasis_glue.h"
#include "oasis_ports.h"
#include "oasis_sim.h"
#include "verilated.h"

#if VM_TRACE
#include "verilated_vcd_c.h"
#endif

namespace oasis_engine {

using oasis::AxilDrive;
using oasis::AxilSample;
using oasis::Beat;
using Top = oasis_glue::Top;

constexpr int kDataBytes = oasis_glue::kDataBytes;
constexpr int kSources = oasis_glue::kSourceCount;
constexpr int kRecordSize = OASIS_SIM_RECORD_HEADER + kDataBytes;

static_assert(kDataBytes >= 1 && kDataBytes <= oasis::kMaxDataBytes, "data width out of range");
static_assert(kSources >= 1 && kSources <= oasis::kMaxSources, "source count out of range");

// Raised by the Verilator runtime hooks (oasis_harness.cpp); caught at the C boundary.
struct DesignStopped : std::runtime_error {
  explicit DesignStopped(const std::string& message) : std::runtime_error(message) {}
};

// A failed call: the code returned to the caller and the message behind it.
struct CallFailed : std::runtime_error {
  CallFailed(int code, const std::string& message) : std::runtime_error(message), code(code) {}
  int code;
};

std::string format(const char* pattern, ...) {
  char text[512];
  va_list args;
  va_start(args, pattern);
  std::vsnprintf(text, sizeof text, pattern, args);
  va_end(args);
  return text;
}

struct Record {
  Beat beat;
  uint64_t cycle;
};

// One AXI-Lite transaction in flight.
struct AxilTransaction {
  bool write = false;
  bool address_done = false;
  bool data_done = false;
  bool response_done = false;
  uint32_t response = 0;
  uint32_t read_data = 0;
};

}  // namespace oasis_engine

struct oasis_sim {
  std::unique_ptr<VerilatedContext> context;
  std::unique_ptr<oasis_engine::Top> top;
#if VM_TRACE
  std::unique_ptr<VerilatedVcdC> vcd;
#endif
  std::string error;
  uint64_t cycle = 0;
  bool reset_asserted = false;

  // Sink: queued beats, the manual beat used while the queue is empty, frame accounting.
  std::deque<oasis::Beat> sink_queue;
  bool offering = false;
  oasis::Beat manual_sink;
  bool sink_in_frame = false;
  uint64_t sink_frame_start = 0;
  std::deque<std::pair<uint64_t, uint64_t>> sink_frames;

  // Sources: tready outside oasis_sim_run, and the beats each one handed over.
  bool source_ready[oasis::kMaxSources] = {true, true, true, true};
  std::deque<oasis_engine::Record> source_beats[oasis::kMaxSources];

  oasis::AxilDrive axil;
  oasis_engine::AxilTransaction transaction;
  bool axil_busy = false;

  uint64_t idle_cycles = 0;
  bool settled = false;

  // Why the design stopped ($finish, $stop, a fatal error); once set, every call fails.
  std::string stopped;
};

namespace oasis_engine {

thread_local std::string create_error;

// The hooks below throw, so a context only reports a finish requested some other way.
void check_finish(oasis_sim& sim) {
  if (sim.context->gotFinish()) throw DesignStopped("the design requested to finish");
}

// The beat on the sink this cycle: the queue's head while it is offered, otherwise the
// manual beat; never valid during reset.
Beat sink_beat(const oasis_sim& sim) {
  Beat beat = sim.sink_queue.empty() ? sim.manual_sink : sim.sink_queue.front();
  if (!sim.sink_queue.empty()) beat.valid = sim.offering;
  if (sim.reset_asserted) beat.valid = false;
  return beat;
}

// Phase 1: drive every input with clk low and let the combinational logic settle.
void settle(oasis_sim& sim, const uint8_t* ready_bits) {
  Top& top = *sim.top;
  oasis_glue::set_clock(top, false);
  oasis_glue::set_reset(top, sim.reset_asserted);

  oasis_glue::drive_sink(top, sink_beat(sim));
  for (int s = 0; s < kSources; s++) {
    const bool ready = ready_bits != nullptr ? ready_bits[s] != 0 : sim.source_ready[s];
    oasis_glue::drive_source_ready(top, s, ready);
  }
  oasis_glue::drive_axil(top, sim.axil);

  top.eval();
  check_finish(sim);
  sim.settled = true;
}

void dump(oasis_sim& sim, uint64_t time) {
#if VM_TRACE
  if (sim.vcd) sim.vcd->dump(time);
#else
  (void)sim;
  (void)time;
#endif
}

// Runs one clock cycle; offer lets the sink present its next queued beat.
void cycle(oasis_sim& sim, bool offer, const uint8_t* ready_bits) {
  Top& top = *sim.top;
  if (!sim.sink_queue.empty() && !sim.offering && offer) sim.offering = true;
  sim.settled = false;
  settle(sim, ready_bits);
  sim.context->time(sim.cycle * 10);
  dump(sim, sim.cycle * 10);

  // Phase 2: handshakes as they stand just before the edge.
  const bool sink_valid = sink_beat(sim).valid;
  const bool sink_fire = sink_valid && oasis_glue::sink_ready(top);
  bool any_source_valid = false;
  Record fired[oasis::kMaxSources];
  bool source_fire[oasis::kMaxSources] = {};
  for (int s = 0; s < kSources; s++) {
    oasis_glue::sample_source(top, s, fired[s].beat);
    fired[s].cycle = sim.cycle;
    any_source_valid = any_source_valid || fired[s].beat.valid;
    const bool ready = ready_bits != nullptr ? ready_bits[s] != 0 : sim.source_ready[s];
    source_fire[s] = !sim.reset_asserted && fired[s].beat.valid && ready;
  }
  AxilSample axil;
  oasis_glue::sample_axil(top, axil);

  // Phase 3: the rising edge.
  oasis_glue::set_clock(top, true);
  top.eval();
  sim.context->time(sim.cycle * 10 + 5);
  dump(sim, sim.cycle * 10 + 5);
  check_finish(sim);
  sim.settled = false;

  // Phase 4: account for what fired.
  if (sink_fire && !sim.sink_queue.empty()) {
    const Beat accepted = sim.sink_queue.front();
    sim.sink_queue.pop_front();
    sim.offering = false;
    if (!sim.sink_in_frame) sim.sink_frame_start = sim.cycle;
    sim.sink_in_frame = !accepted.last;
    if (accepted.last) sim.sink_frames.emplace_back(sim.sink_frame_start, sim.cycle);
  }
  for (int s = 0; s < kSources; s++) {
    if (source_fire[s]) sim.source_beats[s].push_back(fired[s]);
  }
  if (sim.axil_busy) {
    AxilTransaction& t = sim.transaction;
    if (sim.axil.awvalid && axil.awready) t.address_done = true, sim.axil.awvalid = false;
    if (sim.axil.arvalid && axil.arready) t.address_done = true, sim.axil.arvalid = false;
    if (sim.axil.wvalid && axil.wready) t.data_done = true, sim.axil.wvalid = false;
    if (sim.axil.bready && axil.bvalid) {
      t.response_done = true, t.response = axil.bresp, sim.axil.bready = false;
    }
    if (sim.axil.rready && axil.rvalid) {
      t.response_done = true, t.response = axil.rresp, t.read_data = axil.rdata;
      sim.axil.rready = false;
    }
  }

  const bool active = !sim.sink_queue.empty() || sink_valid || any_source_valid || sim.axil_busy;
  sim.idle_cycles = active ? 0 : sim.idle_cycles + 1;
  sim.cycle++;
}

void check_cycles(int cycles) {
  if (cycles < 0) throw CallFailed(OASIS_SIM_EINVAL, format("cycles %d is negative", cycles));
}

void check_source(int source) {
  if (source < 0 || source >= kSources) {
    throw CallFailed(OASIS_SIM_EINVAL,
                     format("source %d out of range, the design has %d", source, kSources));
  }
}

void write_record(const Record& record, uint8_t* out) {
  std::memset(out, 0, kRecordSize);
  std::memcpy(out, &record.beat.keep, 8);
  std::memcpy(out + 8, &record.beat.user, 8);
  std::memcpy(out + 16, &record.cycle, 8);
  out[24] = record.beat.last ? 1 : 0;
  std::memcpy(out + OASIS_SIM_RECORD_HEADER, record.beat.data, kDataBytes);
}

Beat read_record(const uint8_t* in) {
  Beat beat;
  std::memcpy(&beat.keep, in, 8);
  std::memcpy(&beat.user, in + 8, 8);
  beat.last = in[24] != 0;
  beat.valid = true;
  std::memcpy(beat.data, in + OASIS_SIM_RECORD_HEADER, kDataBytes);
  return beat;
}

// Runs an AXI-Lite transaction until its response or the timeout.
void run_transaction(oasis_sim& sim, const char* what, uint32_t addr, int timeout_cycles) {
  if (timeout_cycles <= 0) {
    throw CallFailed(OASIS_SIM_EINVAL, format("timeout %d cycles is not positive", timeout_cycles));
  }
  sim.axil_busy = true;
  for (int waited = 0; waited < timeout_cycles; waited++) {
    cycle(sim, true, nullptr);
    if (sim.transaction.response_done) {
      sim.axil_busy = false;
      return;
    }
  }
  const AxilTransaction& t = sim.transaction;
  const char* waiting = !t.address_done ? (t.write ? "awready" : "arready")
                        : (t.write && !t.data_done) ? "wready"
                        : t.write                   ? "bvalid"
                                                    : "rvalid";
  sim.axil = AxilDrive{};
  sim.axil_busy = false;
  throw CallFailed(OASIS_SIM_ETIMEOUT, format("AXI-Lite %s at address 0x%08x: no response within "
                                              "%d cycles (still waiting for %s)",
                                              what, addr, timeout_cycles, waiting));
}

void check_axil(oasis_sim& sim) {
  if (!oasis_glue::kHasAxiLite) {
    throw CallFailed(OASIS_SIM_ESTATE, "the design has no AXI-Lite slave");
  }
  if (sim.reset_asserted) throw CallFailed(OASIS_SIM_ESTATE, "reset is asserted");
}

// Runs body and maps every failure to a return code, keeping the message on the handle.
template <typename Body>
int guarded(oasis_sim* sim, Body body) {
  if (sim == nullptr) return OASIS_SIM_EINVAL;
  if (!sim->stopped.empty()) {
    sim->error = "the design has stopped: " + sim->stopped;
    return OASIS_SIM_EFATAL;
  }
  try {
    return body(*sim);
  } catch (const CallFailed& failure) {
    sim->error = failure.what();
    return failure.code;
  } catch (const DesignStopped& stop) {
    sim->stopped = stop.what();
    sim->error = stop.what();
    return OASIS_SIM_EFATAL;
  } catch (const std::exception& other) {
    sim->error = std::string("internal error: ") + other.what();
    return OASIS_SIM_EFATAL;
  }
}

}  // namespace oasis_engine

#endif  // OASIS_ENGINE_H
