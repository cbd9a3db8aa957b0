// C++ (C ABI) -- the fixed interface of every Oasis simulation library.
//
// A simulation library is one Verilated design linked with the generic harness
// (oasis_harness.cpp) and a small glue header generated for the design's ports
// (oasis_glue.h). Java reaches it through JNA; nothing here depends on the design's
// data width, so the same declarations serve every build.
//
// Conventions:
//   - Functions returning int give 0 (or a count) on success and a negative
//     OASIS_SIM_E* code on failure; oasis_sim_error() then describes the failure.
//   - One clock cycle = inputs driven with clk low, combinational settle, handshakes
//     sampled, rising edge. Cycles are counted from creation, reset cycles included.
//   - A handle is used by one thread at a time.
//
// Beat records (oasis_sim_sink_push, oasis_sim_source_pop) are little-endian:
//
//   offset  size        field
//   0       8           tkeep (bit i = byte i of tdata)
//   8       8           tuser (at most 64 bits)
//   16      8           cycle the beat was accepted (pop only)
//   24      1           tlast
//   25      7           zero
//   32      data_bytes  tdata, byte 0 = tdata[7:0]
#ifndef OASIS_SIM_H
#define OASIS_SIM_H

#include <stdint.h>

#define OASIS_SIM_ABI_VERSION 1
#define OASIS_SIM_RECORD_HEADER 32

#define OASIS_SIM_EINVAL -1    // an argument is out of range
#define OASIS_SIM_ETIMEOUT -2  // an AXI-Lite transaction got no response in time
#define OASIS_SIM_EFATAL -3    // the design stopped ($finish, $stop, $fatal, Verilator fatal)
#define OASIS_SIM_ESTATE -4    // the call does not fit the current state

// Keys for oasis_sim_info.
#define OASIS_SIM_INFO_ABI_VERSION 0
#define OASIS_SIM_INFO_DATA_BYTES 1
#define OASIS_SIM_INFO_SOURCE_COUNT 2
#define OASIS_SIM_INFO_HAS_AXIL 3
#define OASIS_SIM_INFO_TRACE_BUILT 4

#ifdef __cplusplus
extern "C" {
#endif

typedef struct oasis_sim oasis_sim;

// Describes the library; works without a handle.
int64_t oasis_sim_info(int key);

// Creates a model. vcd_path NULL: no waveform. NULL on failure, see oasis_sim_create_error.
oasis_sim* oasis_sim_create(const char* vcd_path);
const char* oasis_sim_create_error(void);
void oasis_sim_destroy(oasis_sim* sim);
const char* oasis_sim_error(oasis_sim* sim);

// Clock and reset.
int oasis_sim_reset(oasis_sim* sim, int cycles);
int oasis_sim_step(oasis_sim* sim, int cycles);
uint64_t oasis_sim_cycle(oasis_sim* sim);
int oasis_sim_trace_flush(oasis_sim* sim);

// Beat-level access: drive the sink directly (only while its queue is empty), set a
// source's tready, and read the current values (after settling the current inputs).
int oasis_sim_sink_drive(oasis_sim* sim, const uint8_t* data, int length, uint64_t keep,
                         int last, uint64_t user, int valid);
int oasis_sim_sink_ready(oasis_sim* sim);
int oasis_sim_source_set_ready(oasis_sim* sim, int source, int ready);
int oasis_sim_source_peek(oasis_sim* sim, int source, uint8_t* record);

// Queued streaming: beats pushed to the sink are presented in order and held until
// accepted; every beat a source hands over is recorded with its cycle.
int oasis_sim_sink_push(oasis_sim* sim, const uint8_t* records, int count);
int oasis_sim_sink_pending(oasis_sim* sim);
int oasis_sim_sink_frames_pop(oasis_sim* sim, uint64_t* cycles, int max_frames);
int oasis_sim_source_pop(oasis_sim* sim, int source, uint8_t* records, int max_records);

// Runs up to `cycles` cycles. valid_mask[c] != 0 lets the sink offer a new beat in cycle
// c; ready_masks[c * source_count + s] is tready of source s in cycle c; NULL masks mean
// always. Stops early once the design has been idle (no beat queued or offered, no
// source tvalid) for stop_after_idle consecutive cycles (0: never). Returns the cycles run.
int oasis_sim_run(oasis_sim* sim, int cycles, const uint8_t* valid_mask,
                  const uint8_t* ready_masks, int stop_after_idle);
uint64_t oasis_sim_idle_cycles(oasis_sim* sim);
int oasis_sim_quiescent(oasis_sim* sim, int min_idle_cycles);

// AXI-Lite transactions, each a multi-cycle handshake ending with the response.
// *resp receives BRESP/RRESP; a missing response within timeout_cycles is ETIMEOUT.
int oasis_sim_axil_write(oasis_sim* sim, uint32_t addr, uint32_t data, uint32_t strb,
                         int timeout_cycles, int* resp);
int oasis_sim_axil_read(oasis_sim* sim, uint32_t addr, uint32_t* data, int timeout_cycles,
                        int* resp);

#ifdef __cplusplus
}
#endif

#endif  // OASIS_SIM_H
