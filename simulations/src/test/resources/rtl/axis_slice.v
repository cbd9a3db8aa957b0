// Language: Verilog 2005
//
// AXI-Stream register slice: one pipeline register between sink and source. It
// moves one beat per cycle while the source is ready (tready passes back
// combinationally) and adds one cycle of latency. A test design for the
// simulation harness.

`resetall
`timescale 1ns / 1ps
`default_nettype none

module axis_slice #(
    // Width of tdata in bits, a multiple of 8
    parameter DATA_WIDTH = 64,
    // Width of tkeep, one bit per byte
    parameter KEEP_WIDTH = DATA_WIDTH / 8,
    // Width of tuser in bits
    parameter USER_WIDTH = 8
) (
    input  wire                  clk,
    input  wire                  rst,

    // AXI-Stream sink
    input  wire [DATA_WIDTH-1:0] s_axis_tdata,
    input  wire [KEEP_WIDTH-1:0] s_axis_tkeep,
    input  wire                  s_axis_tlast,
    input  wire [USER_WIDTH-1:0] s_axis_tuser,
    input  wire                  s_axis_tvalid,
    output wire                  s_axis_tready,

    // AXI-Stream source
    output wire [DATA_WIDTH-1:0] m_axis_tdata,
    output wire [KEEP_WIDTH-1:0] m_axis_tkeep,
    output wire                  m_axis_tlast,
    output wire [USER_WIDTH-1:0] m_axis_tuser,
    output wire                  m_axis_tvalid,
    input  wire                  m_axis_tready
);

initial begin
    if (DATA_WIDTH % 8 != 0 || KEEP_WIDTH * 8 != DATA_WIDTH) begin
        $error("DATA_WIDTH must be a multiple of 8 and KEEP_WIDTH DATA_WIDTH / 8");
        $finish;
    end
end

reg [DATA_WIDTH-1:0] data_reg = {DATA_WIDTH{1'b0}};
reg [KEEP_WIDTH-1:0] keep_reg = {KEEP_WIDTH{1'b0}};
reg                  last_reg = 1'b0;
reg [USER_WIDTH-1:0] user_reg = {USER_WIDTH{1'b0}};
reg                  valid_reg = 1'b0;

// The register takes a new beat whenever it is empty or being emptied.
assign s_axis_tready = !valid_reg || m_axis_tready;

assign m_axis_tdata  = data_reg;
assign m_axis_tkeep  = keep_reg;
assign m_axis_tlast  = last_reg;
assign m_axis_tuser  = user_reg;
assign m_axis_tvalid = valid_reg;

always @(posedge clk) begin
    if (s_axis_tready) begin
        data_reg  <= s_axis_tdata;
        keep_reg  <= s_axis_tkeep;
        last_reg  <= s_axis_tlast;
        user_reg  <= s_axis_tuser;
        valid_reg <= s_axis_tvalid;
    end

    if (rst) begin
        valid_reg <= 1'b0;
    end
end

endmodule

`resetall
