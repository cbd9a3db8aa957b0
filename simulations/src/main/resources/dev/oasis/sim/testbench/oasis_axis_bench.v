// Language: Verilog 2005
//
// Icarus Verilog testbench for a design with the Oasis stream interface. It
// replays what IcarusStreamBench wrote and records what the design's first
// source hands over, with the same cycle discipline as the Verilator harness:
//
//   1. drive the inputs with clk low, let them settle
//   2. sample tvalid/tready (the handshakes of this cycle)
//   3. raise clk
//   4. account for what fired; lower clk
//
// Files (plusargs):
//   +beats=FILE  one sink beat per line, hex of {tlast, tuser, tkeep, tdata}
//   +valid=FILE  one bit per cycle: a new sink beat may be offered
//   +ready=FILE  one bit per cycle: tready of the first source
//   +out=FILE    written: "cycle tlast tuser tkeep tdata" per transferred beat
//
// The design is instantiated where the DUT marker stands; IcarusStreamBench
// fills it in with every port connected.

`timescale 1ns / 1ps
`default_nettype none

module oasis_axis_bench;

// Width of tdata in bits
parameter DATA_WIDTH = 64;
// Width of tkeep
parameter KEEP_WIDTH = DATA_WIDTH / 8;
// Width of tuser in the beat file, at least 1
parameter USER_WIDTH = 1;
// Width of one line of the beat file
parameter BEAT_WIDTH = 1 + USER_WIDTH + KEEP_WIDTH + DATA_WIDTH;
// Lines in the beat file, at least 1
parameter NUM_BEATS = 1;
// Cycles to run, reset included; lines in the mask files
parameter NUM_CYCLES = 1;
// Cycles with rst high at the start
parameter RESET_CYCLES = 8;

reg clk = 1'b0;
reg rst = 1'b1;

reg  [DATA_WIDTH-1:0] s_axis_tdata = {DATA_WIDTH{1'b0}};
reg  [KEEP_WIDTH-1:0] s_axis_tkeep = {KEEP_WIDTH{1'b0}};
reg                   s_axis_tlast = 1'b0;
reg  [USER_WIDTH-1:0] s_axis_tuser = {USER_WIDTH{1'b0}};
reg                   s_axis_tvalid = 1'b0;
wire                  s_axis_tready;

wire [DATA_WIDTH-1:0] m_axis_tdata;
wire [KEEP_WIDTH-1:0] m_axis_tkeep;
wire                  m_axis_tlast;
wire [USER_WIDTH-1:0] m_axis_tuser;
wire                  m_axis_tvalid;
reg                   m_axis_tready = 1'b0;

reg [BEAT_WIDTH-1:0] beats [0:NUM_BEATS-1];
reg valid_mask [0:NUM_CYCLES-1];
reg ready_mask [0:NUM_CYCLES-1];

/*@DUT@*/

reg [8*4096-1:0] beats_path;
reg [8*4096-1:0] valid_path;
reg [8*4096-1:0] ready_path;
reg [8*4096-1:0] out_path;

integer cycle;
integer next_beat;
integer out_file;
reg offering;
reg sink_fire;
reg source_fire;

initial begin
    if (!$value$plusargs("beats=%s", beats_path) || !$value$plusargs("valid=%s", valid_path)
            || !$value$plusargs("ready=%s", ready_path) || !$value$plusargs("out=%s", out_path)) begin
        $display("OASIS-BENCH-ERROR: +beats, +valid, +ready and +out are required");
        $finish;
    end
    $readmemh(beats_path, beats);
    $readmemh(valid_path, valid_mask);
    $readmemh(ready_path, ready_mask);
    out_file = $fopen(out_path, "w");
    if (out_file == 0) begin
        $display("OASIS-BENCH-ERROR: cannot open %0s", out_path);
        $finish;
    end

    next_beat = 0;
    offering = 1'b0;
    for (cycle = 0; cycle < NUM_CYCLES; cycle = cycle + 1) begin
        // 1. Inputs, clk low.
        rst = cycle < RESET_CYCLES;
        if (!rst && !offering && next_beat < NUM_BEATS && valid_mask[cycle]) begin
            offering = 1'b1;
        end
        {s_axis_tlast, s_axis_tuser, s_axis_tkeep, s_axis_tdata} =
            beats[next_beat < NUM_BEATS ? next_beat : 0];
        s_axis_tvalid = offering && !rst;
        m_axis_tready = ready_mask[cycle];
        #1;

        // 2. Handshakes just before the edge.
        sink_fire = s_axis_tvalid && s_axis_tready;
        source_fire = !rst && m_axis_tvalid && m_axis_tready;
        if (source_fire) begin
            $fdisplay(out_file, "%0d %0d %h %h %h", cycle, m_axis_tlast, m_axis_tuser,
                      m_axis_tkeep, m_axis_tdata);
        end

        // 3. The rising edge.
        clk = 1'b1;
        #1;

        // 4. Accounting, then clk low again.
        if (sink_fire) begin
            next_beat = next_beat + 1;
            offering = 1'b0;
        end
        clk = 1'b0;
        #1;
    end

    $fclose(out_file);
    $display("OASIS-BENCH-DONE: %0d beats accepted", next_beat);
    $finish;
end

endmodule
