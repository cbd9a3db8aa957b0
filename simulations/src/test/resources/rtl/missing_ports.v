// Language: Verilog 2005
//
// A stream module that lacks s_axis_tkeep and m_axis_tlast and has a 32-bit
// m_axis_tdata where the interface asks for 64 bits, for the port check's test.

`resetall
`default_nettype none

module missing_ports (
    input  wire        clk,
    input  wire        rst,

    input  wire [63:0] s_axis_tdata,
    input  wire        s_axis_tlast,
    input  wire        s_axis_tvalid,
    output wire        s_axis_tready,

    output wire [31:0] m_axis_tdata,
    output wire [7:0]  m_axis_tkeep,
    output wire        m_axis_tvalid,
    input  wire        m_axis_tready
);

assign s_axis_tready = m_axis_tready;
assign m_axis_tdata = s_axis_tdata[31:0] ^ {31'd0, s_axis_tlast ^ clk ^ rst};
assign m_axis_tkeep = 8'hff;
assign m_axis_tvalid = s_axis_tvalid;

endmodule

`resetall
