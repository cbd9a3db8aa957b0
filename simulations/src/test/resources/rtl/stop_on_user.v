// Language: Verilog 2005
//
// An 8-bit stream pass-through that ends the simulation when it accepts a beat
// whose tuser is 8'hf0 ($finish, line 40) or 8'hf1 ($stop, line 43), for the
// test that a stopping design fails its device instead of the process.

`resetall
`timescale 1ns / 1ps
`default_nettype none

module stop_on_user (
    input  wire       clk,
    input  wire       rst,

    input  wire [7:0] s_axis_tdata,
    input  wire [0:0] s_axis_tkeep,
    input  wire       s_axis_tlast,
    input  wire [7:0] s_axis_tuser,
    input  wire       s_axis_tvalid,
    output wire       s_axis_tready,

    output wire [7:0] m_axis_tdata,
    output wire [0:0] m_axis_tkeep,
    output wire       m_axis_tlast,
    output wire [7:0] m_axis_tuser,
    output wire       m_axis_tvalid,
    input  wire       m_axis_tready
);

assign s_axis_tready = m_axis_tready;
assign m_axis_tdata  = s_axis_tdata;
assign m_axis_tkeep  = s_axis_tkeep;
assign m_axis_tlast  = s_axis_tlast;
assign m_axis_tuser  = s_axis_tuser;
assign m_axis_tvalid = s_axis_tvalid;

always @(posedge clk) begin
    if (!rst && s_axis_tvalid && s_axis_tready) begin
        if (s_axis_tuser == 8'hf0) begin
            $finish;
        end
        if (s_axis_tuser == 8'hf1) begin
            $stop;
        end
    end
end

endmodule

`resetall
