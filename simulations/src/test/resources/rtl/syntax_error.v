// Language: Verilog 2005
//
// A module with a missing semicolon on line 9, for the build's error test.

`default_nettype none

module syntax_error (
    input  wire clk,
    output reg  q
    reg unused
);
    always @(posedge clk) q <= ~q;
endmodule
