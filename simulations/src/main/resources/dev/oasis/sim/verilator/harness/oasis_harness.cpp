// C++ -- the generic Oasis simulation harness behind the C ABI of oasis_sim.h.
//
// It clocks one Verilated top module with the Oasis interface (clk, rst, an AXI-Stream
// sink, one or more AXI-Stream sources, optionally an AXI-Lite slave). Everything that
// depends on the design's port names and widths lives in the generated oasis_glue.h;
// this file only sees oasis::Beat, oasis::AxilDrive and oasis::AxilSample.
//
// Every cycle has the same four phases, so that a handshake is always judged on the
// values just before the rising edge:
//   1. drive the inputs with clk low and evaluate (combinational settle, VCD time 10c)
//   2. sample tvalid/tready and the AXI-Lite handshakes
//   3. raise clk and evaluate (registers update, VCD time 10c + 5)
//   4. account for what fired: pop accepted sink beats, record source beats
//
// Verilator's fatal paths ($stop, $fatal, runtime errors) throw here instead of aborting
// the process that loaded the library (VL_USER_FATAL and friends are defined when the
// Verilator runtime is compiled); the C functions turn them into OASIS_SIM_EFATAL.
#include "oasis_sim.h"

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "oasis_glue.h"
#include "oasis_ports.h"
#include "verilated.h"

#if VM_TRACE
#include "verilated_vcd_c.h"
#endif

namespace {

using oasis::AxilDrive;
using oasis::AxilSample;
using oasis::Beat;
using Top = oasis_glue::Top;

constexpr int kDataBytes = oasis_glue::kDataBytes;
constexpr int kSources = oasis_glue::kSourceCount;
constexpr int kRecordSize = OASIS_SIM_RECORD_HEADER + kDataBytes;

static_assert(kDataBytes >= 1 && kDataBytes <= oasis::kMaxDataBytes, "data width out of range");
static_assert(kSources >= 1 && kSources <= oasis::kMaxSources, "source count out of range");

// Raised by the Verilator runtime hooks below; caught at the C boundary.
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

}  // namespace

struct oasis_sim {
  std::unique_ptr<VerilatedContext> context;
  std::unique_ptr<Top> top;
#if VM_TRACE
  std::unique_ptr<VerilatedVcdC> vcd;
#endif
  std::string error;
  uint64_t cycle = 0;
  bool reset_asserted = false;

  // Sink: queued beats, the manual beat used while the queue is empty, frame accounting.
  std::deque<Beat> sink_queue;
  bool offering = false;
  Beat manual_sink;
  bool sink_in_frame = false;
  uint64_t sink_frame_start = 0;
  std::deque<std::pair<uint64_t, uint64_t>> sink_frames;

  // Sources: tready outside oasis_sim_run, and the beats each one handed over.
  bool source_ready[oasis::kMaxSources] = {true, true, true, true};
  std::deque<Record> source_beats[oasis::kMaxSources];

  AxilDrive axil;
  AxilTransaction transaction;
  bool axil_busy = false;

  uint64_t idle_cycles = 0;
  bool settled = false;

  // Why the design stopped ($finish, $stop, a fatal error); once set, every call fails.
  std::string stopped;
};

namespace {

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

}  // namespace

// Verilator runtime hooks (compiled with VL_USER_FATAL, VL_USER_STOP, VL_USER_FINISH).
// They throw out of the design's evaluation to the C function that ran it. They touch no
// VerilatedContext: Verilated::threadContextp() names the model last created on this
// thread, not necessarily the one that stopped.
void vl_finish(const char* filename, int linenum, const char* hier) {
  (void)hier;
  throw DesignStopped(format("the design executed $finish at %s:%d", filename, linenum));
}

void vl_stop(const char* filename, int linenum, const char* hier) {
  (void)hier;
  throw DesignStopped(format("the design executed $stop at %s:%d", filename, linenum));
}

void vl_fatal(const char* filename, int linenum, const char* hier, const char* msg) {
  (void)hier;
  throw DesignStopped(filename != nullptr && filename[0] != '\0'
                          ? format("the design stopped at %s:%d: %s", filename, linenum, msg)
                          : format("the design stopped: %s", msg));
}

extern "C" {

int64_t oasis_sim_info(int key) {
  switch (key) {
    case OASIS_SIM_INFO_ABI_VERSION:
      return OASIS_SIM_ABI_VERSION;
    case OASIS_SIM_INFO_DATA_BYTES:
      return kDataBytes;
    case OASIS_SIM_INFO_SOURCE_COUNT:
      return kSources;
    case OASIS_SIM_INFO_HAS_AXIL:
      return oasis_glue::kHasAxiLite ? 1 : 0;
    case OASIS_SIM_INFO_TRACE_BUILT:
      return VM_TRACE ? 1 : 0;
    default:
      return OASIS_SIM_EINVAL;
  }
}

oasis_sim* oasis_sim_create(const char* vcd_path) {
  create_error.clear();
  std::unique_ptr<oasis_sim> sim(new oasis_sim);
  try {
    sim->context.reset(new VerilatedContext);
    sim->context->fatalOnError(true);
#if VM_TRACE
    if (vcd_path != nullptr) sim->context->traceEverOn(true);
#else
    if (vcd_path != nullptr) {
      create_error = "the library was built without tracing; build it with tracing on";
      return nullptr;
    }
#endif
    sim->top.reset(new Top(sim->context.get(), "top"));
#if VM_TRACE
    if (vcd_path != nullptr) {
      sim->vcd.reset(new VerilatedVcdC);
      sim->top->trace(sim->vcd.get(), 99);
      sim->vcd->open(vcd_path);
      if (!sim->vcd->isOpen()) {
        create_error = format("cannot open VCD file %s for writing", vcd_path);
        sim->vcd.reset();
        return nullptr;
      }
    }
#endif
    settle(*sim, nullptr);
  } catch (const std::exception& failure) {
    create_error = failure.what();
    return nullptr;
  }
  return sim.release();
}

const char* oasis_sim_create_error(void) { return create_error.c_str(); }

void oasis_sim_destroy(oasis_sim* sim) {
  if (sim == nullptr) return;
  try {
#if VM_TRACE
    if (sim->vcd) sim->vcd->close();
#endif
    sim->top->final();
  } catch (const std::exception&) {
    // The design is being dropped; a failure in its final blocks has no one to tell.
  }
  delete sim;
}

const char* oasis_sim_error(oasis_sim* sim) {
  return sim == nullptr ? "null simulation handle" : sim->error.c_str();
}

int oasis_sim_reset(oasis_sim* sim, int cycles) {
  return guarded(sim, [&](oasis_sim& s) {
    if (cycles <= 0) {
      throw CallFailed(OASIS_SIM_EINVAL, format("reset cycles %d is not positive", cycles));
    }
    s.reset_asserted = true;
    s.offering = false;
    s.axil = AxilDrive{};
    s.axil_busy = false;
    for (int i = 0; i < cycles; i++) cycle(s, false, nullptr);
    s.reset_asserted = false;
    settle(s, nullptr);
    return 0;
  });
}

int oasis_sim_step(oasis_sim* sim, int cycles) {
  return guarded(sim, [&](oasis_sim& s) {
    check_cycles(cycles);
    for (int i = 0; i < cycles; i++) cycle(s, true, nullptr);
    return 0;
  });
}

uint64_t oasis_sim_cycle(oasis_sim* sim) { return sim == nullptr ? 0 : sim->cycle; }

int oasis_sim_trace_flush(oasis_sim* sim) {
  return guarded(sim, [&](oasis_sim& s) {
#if VM_TRACE
    if (s.vcd) s.vcd->flush();
#else
    (void)s;
#endif
    return 0;
  });
}

int oasis_sim_sink_drive(oasis_sim* sim, const uint8_t* data, int length, uint64_t keep,
                         int last, uint64_t user, int valid) {
  return guarded(sim, [&](oasis_sim& s) {
    if (!s.sink_queue.empty()) {
      throw CallFailed(OASIS_SIM_ESTATE, format("the sink queue still holds %d beats",
                                                static_cast<int>(s.sink_queue.size())));
    }
    if (length < 0 || length > kDataBytes) {
      throw CallFailed(OASIS_SIM_EINVAL,
                       format("length %d out of range 0..%d", length, kDataBytes));
    }
    Beat beat;
    std::memcpy(beat.data, data, static_cast<std::size_t>(length));
    beat.keep = keep;
    beat.last = last != 0;
    beat.user = user;
    beat.valid = valid != 0;
    s.manual_sink = beat;
    settle(s, nullptr);
    return 0;
  });
}

int oasis_sim_sink_ready(oasis_sim* sim) {
  return guarded(sim, [&](oasis_sim& s) {
    if (!s.settled) settle(s, nullptr);
    return oasis_glue::sink_ready(*s.top) ? 1 : 0;
  });
}

int oasis_sim_source_set_ready(oasis_sim* sim, int source, int ready) {
  return guarded(sim, [&](oasis_sim& s) {
    check_source(source);
    s.source_ready[source] = ready != 0;
    settle(s, nullptr);
    return 0;
  });
}

int oasis_sim_source_peek(oasis_sim* sim, int source, uint8_t* record) {
  return guarded(sim, [&](oasis_sim& s) {
    check_source(source);
    if (!s.settled) settle(s, nullptr);
    Record current;
    oasis_glue::sample_source(*s.top, source, current.beat);
    current.cycle = s.cycle;
    write_record(current, record);
    return current.beat.valid ? 1 : 0;
  });
}

int oasis_sim_sink_push(oasis_sim* sim, const uint8_t* records, int count) {
  return guarded(sim, [&](oasis_sim& s) {
    if (count < 0) throw CallFailed(OASIS_SIM_EINVAL, format("count %d is negative", count));
    if (s.sink_queue.empty()) s.manual_sink = Beat{};
    for (int i = 0; i < count; i++) {
      s.sink_queue.push_back(read_record(records + static_cast<std::size_t>(i) * kRecordSize));
    }
    return 0;
  });
}

int oasis_sim_sink_pending(oasis_sim* sim) {
  return guarded(sim, [&](oasis_sim& s) { return static_cast<int>(s.sink_queue.size()); });
}

int oasis_sim_sink_frames_pop(oasis_sim* sim, uint64_t* cycles, int max_frames) {
  return guarded(sim, [&](oasis_sim& s) {
    int n = 0;
    while (n < max_frames && !s.sink_frames.empty()) {
      cycles[2 * n] = s.sink_frames.front().first;
      cycles[2 * n + 1] = s.sink_frames.front().second;
      s.sink_frames.pop_front();
      n++;
    }
    return n;
  });
}

int oasis_sim_source_pop(oasis_sim* sim, int source, uint8_t* records, int max_records) {
  return guarded(sim, [&](oasis_sim& s) {
    check_source(source);
    std::deque<Record>& beats = s.source_beats[source];
    int n = 0;
    while (n < max_records && !beats.empty()) {
      write_record(beats.front(), records + static_cast<std::size_t>(n) * kRecordSize);
      beats.pop_front();
      n++;
    }
    return n;
  });
}

int oasis_sim_run(oasis_sim* sim, int cycles, const uint8_t* valid_mask,
                  const uint8_t* ready_masks, int stop_after_idle) {
  return guarded(sim, [&](oasis_sim& s) {
    check_cycles(cycles);
    int run = 0;
    while (run < cycles) {
      const bool offer = valid_mask == nullptr || valid_mask[run] != 0;
      cycle(s, offer, ready_masks == nullptr ? nullptr : ready_masks + run * kSources);
      run++;
      if (stop_after_idle > 0 && s.idle_cycles >= static_cast<uint64_t>(stop_after_idle)) break;
    }
    return run;
  });
}

uint64_t oasis_sim_idle_cycles(oasis_sim* sim) { return sim == nullptr ? 0 : sim->idle_cycles; }

int oasis_sim_quiescent(oasis_sim* sim, int min_idle_cycles) {
  return guarded(sim, [&](oasis_sim& s) {
    return s.idle_cycles >= static_cast<uint64_t>(min_idle_cycles) ? 1 : 0;
  });
}

int oasis_sim_axil_write(oasis_sim* sim, uint32_t addr, uint32_t data, uint32_t strb,
                         int timeout_cycles, int* resp) {
  return guarded(sim, [&](oasis_sim& s) {
    check_axil(s);
    s.transaction = AxilTransaction{};
    s.transaction.write = true;
    s.axil = AxilDrive{};
    s.axil.awaddr = addr;
    s.axil.awvalid = true;
    s.axil.wdata = data;
    s.axil.wstrb = strb;
    s.axil.wvalid = true;
    s.axil.bready = true;
    run_transaction(s, "write", addr, timeout_cycles);
    *resp = static_cast<int>(s.transaction.response);
    return 0;
  });
}

int oasis_sim_axil_read(oasis_sim* sim, uint32_t addr, uint32_t* data, int timeout_cycles,
                        int* resp) {
  return guarded(sim, [&](oasis_sim& s) {
    check_axil(s);
    s.transaction = AxilTransaction{};
    s.axil = AxilDrive{};
    s.axil.araddr = addr;
    s.axil.arvalid = true;
    s.axil.rready = true;
    run_transaction(s, "read", addr, timeout_cycles);
    *data = s.transaction.read_data;
    *resp = static_cast<int>(s.transaction.response);
    return 0;
  });
}

}  // extern "C"
