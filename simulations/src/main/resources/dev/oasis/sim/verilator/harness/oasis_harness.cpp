// C++ -- the generic Oasis simulation harness behind the C ABI of oasis_sim.h.
//
// It clocks one Verilated top module with the Oasis interface (clk, rst, an AXI-Stream
// sink, one or more AXI-Stream sources, optionally an AXI-Lite slave). Everything that
// depends on the design's port names and widths lives in the generated oasis_glue.h; the
// clocking engine (oasis_engine.h) only sees oasis::Beat, oasis::AxilDrive and
// oasis::AxilSample, and this file turns it into C functions.
//
// Verilator's fatal paths ($finish, $stop, $fatal, runtime errors) throw here instead of
// ending the process that loaded the library (VL_USER_FATAL, VL_USER_STOP and
// VL_USER_FINISH are defined when the Verilator runtime is compiled); the C functions
// turn them into OASIS_SIM_EFATAL, and the model refuses every later call.
#include "oasis_sim.h"

#include <cstring>
#include <memory>
#include <string>

#include "oasis_engine.h"

using namespace oasis_engine;

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
