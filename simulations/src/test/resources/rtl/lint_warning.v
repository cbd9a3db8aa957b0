// Language: Verilog 2005
//
// An 8-bit stream pass-through with the Oasis interface whose tlast input is
// never used, so that Verilator's -Wall stops the build with UNUSEDSIGNAL
// (line 15), for the build's error test.

`resetall
`default_nettype none

module lint_warning (
    input  wire       clk,
    input  wire       rst,
    input  wire [7:0] s_axis_tdata,
    input  wire [0:0] s_axis_tkeep,
    input  wire       s_axis_tlast,
    input  wire       s_axis_tvalid,
    output wire       s_axis_tready,
    output wire [7:0] m_axis_tdata,
    output wire [0:0] m_axis_tkeep,
    output wire       m_axis_tlast,
    output wire       m_axis_tvalid,
    input  wire       m_axis_tready
);

reg [7:0] data_reg = 8'd0;

always @(posedge clk) begin
    data_reg <= rst ? 8'd0 : s_axis_tdata;
end

assign s_axis_tready = m_axis_tready;
assign m_axis_tdata = data_reg;
assign m_axis_tkeep = s_axis_tkeep;
assign m_axis_tlast = 1'b1;
assign m_axis_tvalid = s_axis_tvalid;

endmodule

`resetall
