// Language: Verilog 2005
//
// Testbench for a device with one AXI-Stream input (s_axis) and one output (m_axis) that must
// pass beats unchanged: the register slice, the FIFO and the counter.
//
// Phase 1 sends BEATS beats with tvalid and tready random from fixed seeds, with long stalls on
// the output now and then; every beat is numbered in its data, so the checker at the output
// sees at once a beat lost, repeated or out of order. Phase 2 sends a burst with tvalid and
// tready always high and checks that it leaves without a gap (one beat per cycle). A drain
// period then checks that no beat comes out twice, and the output is checked to hold tvalid and
// its payload while it is stalled (AXI-Stream rule).
//
// Defines: DUT (module name), DATA_WIDTH, BEATS, USER_WIDTH (omit for no tuser),
// COUNTER (also read the counter's registers over AXI-Lite and check them), SEED.

`timescale 1ns / 1ps
`default_nettype none

module axis_stream_tb;

localparam DATA_WIDTH = `DATA_WIDTH;
localparam KEEP_WIDTH = DATA_WIDTH / 8;
localparam BEATS = `BEATS;
localparam BURST = 64;
localparam TIMEOUT = 200000;

reg clk = 1'b0;
reg rst = 1'b1;
always #5 clk = ~clk;

reg  [DATA_WIDTH-1:0] s_axis_tdata = {DATA_WIDTH{1'b0}};
reg  [KEEP_WIDTH-1:0] s_axis_tkeep = {KEEP_WIDTH{1'b0}};
reg                   s_axis_tvalid = 1'b0;
wire                  s_axis_tready;
reg                   s_axis_tlast = 1'b0;
wire [DATA_WIDTH-1:0] m_axis_tdata;
wire [KEEP_WIDTH-1:0] m_axis_tkeep;
wire                  m_axis_tvalid;
reg                   m_axis_tready = 1'b0;
wire                  m_axis_tlast;
`ifdef USER_WIDTH
reg  [`USER_WIDTH-1:0] s_axis_tuser = {`USER_WIDTH{1'b0}};
wire [`USER_WIDTH-1:0] m_axis_tuser;
`endif

`ifdef COUNTER
localparam AXIL_ADDR_WIDTH = 6;
reg  [AXIL_ADDR_WIDTH-1:0] s_axil_awaddr = 0;
reg                        s_axil_awvalid = 1'b0;
wire                       s_axil_awready;
reg  [31:0]                s_axil_wdata = 32'd0;
reg  [3:0]                 s_axil_wstrb = 4'd0;
reg                        s_axil_wvalid = 1'b0;
wire                       s_axil_wready;
wire [1:0]                 s_axil_bresp;
wire                       s_axil_bvalid;
reg                        s_axil_bready = 1'b0;
reg  [AXIL_ADDR_WIDTH-1:0] s_axil_araddr = 0;
reg                        s_axil_arvalid = 1'b0;
wire                       s_axil_arready;
wire [31:0]                s_axil_rdata;
wire [1:0]                 s_axil_rresp;
wire                       s_axil_rvalid;
reg                        s_axil_rready = 1'b0;
integer seed_axil = 3;
`include "axil_master.vh"
`endif

`DUT dut (
    .clk(clk),
    .rst(rst),
    .s_axis_tdata(s_axis_tdata),
    .s_axis_tkeep(s_axis_tkeep),
    .s_axis_tvalid(s_axis_tvalid),
    .s_axis_tready(s_axis_tready),
    .s_axis_tlast(s_axis_tlast),
`ifdef USER_WIDTH
    .s_axis_tuser(s_axis_tuser),
    .m_axis_tuser(m_axis_tuser),
`endif
`ifdef COUNTER
    .s_axil_awaddr(s_axil_awaddr),
    .s_axil_awvalid(s_axil_awvalid),
    .s_axil_awready(s_axil_awready),
    .s_axil_wdata(s_axil_wdata),
    .s_axil_wstrb(s_axil_wstrb),
    .s_axil_wvalid(s_axil_wvalid),
    .s_axil_wready(s_axil_wready),
    .s_axil_bresp(s_axil_bresp),
    .s_axil_bvalid(s_axil_bvalid),
    .s_axil_bready(s_axil_bready),
    .s_axil_araddr(s_axil_araddr),
    .s_axil_arvalid(s_axil_arvalid),
    .s_axil_arready(s_axil_arready),
    .s_axil_rdata(s_axil_rdata),
    .s_axil_rresp(s_axil_rresp),
    .s_axil_rvalid(s_axil_rvalid),
    .s_axil_rready(s_axil_rready),
`endif
    .m_axis_tdata(m_axis_tdata),
    .m_axis_tkeep(m_axis_tkeep),
    .m_axis_tvalid(m_axis_tvalid),
    .m_axis_tready(m_axis_tready),
    .m_axis_tlast(m_axis_tlast)
);

// ---- the beats: number n carries n in its first two bytes ----------------------------------

function [DATA_WIDTH-1:0] beat_data;
    input integer n;
    integer j;
    begin
        for (j = 0; j < KEEP_WIDTH; j = j + 1) begin
            beat_data[j*8 +: 8] = j == 0 ? n[7:0] : j == 1 ? n[15:8] : (n * 31 + j * 17) & 8'hff;
        end
    end
endfunction

// every fifth beat ends a packet; the last beat of a packet keeps 1 to KEEP_WIDTH bytes
function beat_last;
    input integer n;
    beat_last = (n % 5) == 4;
endfunction

function [KEEP_WIDTH-1:0] beat_keep;
    input integer n;
    begin
        if (beat_last(n))
            beat_keep = {KEEP_WIDTH{1'b1}} >> (KEEP_WIDTH - 1 - ((n / 5) % KEEP_WIDTH));
        else
            beat_keep = {KEEP_WIDTH{1'b1}};
    end
endfunction

function integer count_ones;
    input [KEEP_WIDTH-1:0] keep;
    integer j;
    begin
        count_ones = 0;
        for (j = 0; j < KEEP_WIDTH; j = j + 1) count_ones = count_ones + keep[j];
    end
endfunction

// ---- source: random tvalid, holding a beat until it moves ----------------------------------

integer seed_source = `SEED;
integer seed_sink = `SEED + 1000;
integer total = 0;
integer sent = 0;
integer received = 0;
integer errors = 0;
integer cycle = 0;
reg burst = 1'b0;

always @(posedge clk) cycle <= cycle + 1;

always @(posedge clk) begin
    if (rst) begin
        s_axis_tvalid <= 1'b0;
    end else if (!s_axis_tvalid || s_axis_tready) begin
        if (sent < total && (burst || ($unsigned($random(seed_source)) % 4) != 0)) begin
            s_axis_tdata <= beat_data(sent);
            s_axis_tkeep <= beat_keep(sent);
            s_axis_tlast <= beat_last(sent);
`ifdef USER_WIDTH
            s_axis_tuser <= sent;
`endif
            s_axis_tvalid <= 1'b1;
            sent <= sent + 1;
        end else begin
            s_axis_tvalid <= 1'b0;
        end
    end
end

// ---- sink: random tready with long stalls; checks every beat -------------------------------

integer stall = 0;
integer burst_first = -1;
integer burst_last = -1;
integer packets_seen = 0;
integer bytes_seen = 0;
reg held_valid = 1'b0;
reg [DATA_WIDTH-1:0] held_data;

always @(posedge clk) begin
    if (!rst) begin
        // a stalled output must keep its beat
        if (held_valid && (!m_axis_tvalid || m_axis_tdata !== held_data)) begin
            $display("ERROR: output changed while stalled at cycle %0d", cycle);
            errors = errors + 1;
        end
        held_valid <= m_axis_tvalid && !m_axis_tready;
        held_data <= m_axis_tdata;

        if (m_axis_tvalid && m_axis_tready) begin
            if (received >= total) begin
                $display("ERROR: beat beyond the %0d sent (a repeat)", total);
                errors = errors + 1;
            end else if (m_axis_tdata !== beat_data(received)
                || m_axis_tkeep !== beat_keep(received)
                || m_axis_tlast !== beat_last(received)
`ifdef USER_WIDTH
                || m_axis_tuser !== received[`USER_WIDTH-1:0]
`endif
                ) begin
                $display("ERROR: beat %0d: got data %h keep %h last %b, expected beat %0d",
                    received, m_axis_tdata, m_axis_tkeep, m_axis_tlast, received);
                errors = errors + 1;
            end
            if (received >= BEATS && burst_first < 0) burst_first = cycle;
            if (received == BEATS + BURST - 1) burst_last = cycle;
            packets_seen = packets_seen + m_axis_tlast;
            bytes_seen = bytes_seen + count_ones(m_axis_tkeep);
            received <= received + 1;
        end

        if (burst) begin
            m_axis_tready <= 1'b1;
        end else if (stall > 0) begin
            stall <= stall - 1;
            m_axis_tready <= 1'b0;
        end else if (($unsigned($random(seed_sink)) % 64) == 0) begin
            stall <= 1 + $unsigned($random(seed_sink)) % 40;
            m_axis_tready <= 1'b0;
        end else begin
            m_axis_tready <= ($unsigned($random(seed_sink)) % 3) != 0;
        end
    end
end

// ---- phases --------------------------------------------------------------------------------

`ifdef COUNTER
reg [31:0] word;
reg [1:0] resp;
task expect_register;
    input [AXIL_ADDR_WIDTH-1:0] addr;
    input [31:0] expected;
    input [8*16-1:0] name;
    begin
        axil_read(addr, word, resp);
        if (word !== expected || resp !== 2'b00) begin
            $display("ERROR: %0s at 0x%h is %0d (resp %b), expected %0d", name, addr, word, resp,
                expected);
            errors = errors + 1;
        end
    end
endtask
`endif

initial begin
    repeat (4) @(posedge clk);
    rst <= 1'b0;

    // phase 1: random handshakes
    total = BEATS;
    while (received < BEATS && cycle < TIMEOUT) @(posedge clk);

    // phase 2: a burst at full rate
    @(posedge clk);
    burst <= 1'b1;
    total = BEATS + BURST;
    while (received < BEATS + BURST && cycle < TIMEOUT) @(posedge clk);
    repeat (50) @(posedge clk);

    if (received != BEATS + BURST) begin
        $display("ERROR: %0d beats received, %0d sent (timeout at cycle %0d)", received, total,
            cycle);
        errors = errors + 1;
    end
    if (burst_last - burst_first != BURST - 1) begin
        $display("ERROR: the burst of %0d beats took %0d cycles, expected one beat per cycle",
            BURST, burst_last - burst_first + 1);
        errors = errors + 1;
    end

`ifdef COUNTER
    expect_register(6'h20, packets_seen, "packets_lo");
    expect_register(6'h24, 0, "packets_hi");
    expect_register(6'h28, bytes_seen, "bytes_lo");
    expect_register(6'h2c, 0, "bytes_hi");
    axil_write(6'h10, 32'd1, 4'b0001, resp);
    expect_register(6'h20, 0, "packets_lo");
    expect_register(6'h28, 0, "bytes_lo");
`endif

    if (errors == 0) begin
        $display("PASS: %0d beats in order, none lost or repeated; %0d-beat burst in %0d cycles",
            received, BURST, burst_last - burst_first + 1);
        $display("PASS: %0d packets, %0d bytes", packets_seen, bytes_seen);
    end else begin
        $display("FAIL: %0d errors", errors);
    end
    $finish;
end

endmodule

`resetall
