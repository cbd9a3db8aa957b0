// Language: Verilog 2005
//
// A module whose port list lacks a ')' before line 10, for the build's error test.

`default_nettype none

module syntax_error (
    input  wire clk,
    output reg  q
    reg unused
);
    always @(posedge clk) q <= ~q;
endmodule
