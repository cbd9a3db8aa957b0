// Language: Verilog 2005
//
// Testbench for the AXI-Lite register block that AxiLiteRegisterBlockTest generates:
//
//   0x10 scratch  RW 32 bits, reset 0xdeadbeef
//   0x14 mode     RW  5 bits, reset 3, with the write strobe mode_wr
//   0x18 status   RO 12 bits, from the status input
//
// Checks the self-describing header (magic, version, id, size), reset values, writes with byte
// strobes, the write strobe pulse, read-only inputs, and SLVERR for writes to the header and to
// read-only words and for accesses to unmapped words; address and data phases of writes are
// offered at random times (seeded), as are the master's response ready signals.

`timescale 1ns / 1ps
`default_nettype none

module axil_regs_tb;

localparam AXIL_ADDR_WIDTH = 5;

reg clk = 1'b0;
reg rst = 1'b1;
always #5 clk = ~clk;

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

wire [31:0] scratch;
wire [4:0]  mode;
wire        mode_wr;
reg  [11:0] status = 12'habc;

integer seed_axil = `SEED;
integer errors = 0;
integer mode_writes = 0;

`include "axil_master.vh"

oasis_test_regs dut (
    .clk(clk),
    .rst(rst),
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
    .scratch(scratch),
    .mode(mode),
    .mode_wr(mode_wr),
    .status(status)
);

always @(posedge clk) begin
    if (mode_wr) mode_writes = mode_writes + 1;
end

reg [31:0] word;
reg [1:0] resp;

task expect_read;
    input [AXIL_ADDR_WIDTH-1:0] addr;
    input [31:0] data;
    input [1:0] expected_resp;
    begin
        axil_read(addr, word, resp);
        if (word !== data || resp !== expected_resp) begin
            $display("ERROR: read 0x%h gave %h resp %b, expected %h resp %b", addr, word, resp,
                data, expected_resp);
            errors = errors + 1;
        end
    end
endtask

task expect_write;
    input [AXIL_ADDR_WIDTH-1:0] addr;
    input [31:0] data;
    input [3:0] strb;
    input [1:0] expected_resp;
    begin
        axil_write(addr, data, strb, resp);
        if (resp !== expected_resp) begin
            $display("ERROR: write 0x%h gave resp %b, expected %b", addr, resp, expected_resp);
            errors = errors + 1;
        end
    end
endtask

integer i;

initial begin
    repeat (4) @(posedge clk);
    rst <= 1'b0;
    @(posedge clk);

    // the header describes the block
    expect_read(5'h00, 32'h4f415349, 2'b00);
    expect_read(5'h04, 32'd3, 2'b00);
    expect_read(5'h08, 32'h12345678, 2'b00);
    expect_read(5'h0c, 32'h0000001c, 2'b00);

    // reset values, also through the output ports
    expect_read(5'h10, 32'hdeadbeef, 2'b00);
    expect_read(5'h14, 32'd3, 2'b00);
    if (scratch !== 32'hdeadbeef || mode !== 5'd3) begin
        $display("ERROR: outputs after reset are %h and %h", scratch, mode);
        errors = errors + 1;
    end

    // byte strobes: lanes 0 and 2 only
    expect_write(5'h10, 32'h11223344, 4'b0101, 2'b00);
    expect_read(5'h10, 32'hde22be44, 2'b00);
    if (scratch !== 32'hde22be44) begin
        $display("ERROR: scratch output is %h after a write", scratch);
        errors = errors + 1;
    end

    // a 5-bit register keeps 5 bits, and pulses its strobe once per write
    expect_write(5'h14, 32'hffffffff, 4'b1111, 2'b00);
    expect_read(5'h14, 32'h0000001f, 2'b00);
    expect_write(5'h14, 32'h00000009, 4'b0001, 2'b00);
    expect_read(5'h14, 32'h00000009, 2'b00);
    repeat (2) @(posedge clk);
    if (mode_writes != 2 || mode !== 5'd9) begin
        $display("ERROR: mode_wr pulsed %0d times for 2 writes, mode is %0d", mode_writes, mode);
        errors = errors + 1;
    end

    // read-only input
    expect_read(5'h18, 32'h00000abc, 2'b00);
    status <= 12'h123;
    @(posedge clk);
    expect_read(5'h18, 32'h00000123, 2'b00);

    // errors: unmapped words, the header and read-only words are not writable
    expect_read(5'h1c, 32'h00000000, 2'b10);
    expect_write(5'h1c, 32'h1, 4'b1111, 2'b10);
    expect_write(5'h00, 32'h1, 4'b1111, 2'b10);
    expect_write(5'h18, 32'h1, 4'b1111, 2'b10);
    expect_read(5'h00, 32'h4f415349, 2'b00);

    // the low address bits select nothing: 0x13 reads the word at 0x10
    expect_read(5'h13, 32'hde22be44, 2'b00);

    // back-to-back accesses with random delays keep their order
    for (i = 0; i < 20; i = i + 1) begin
        expect_write(5'h10, i * 32'h01010101, 4'b1111, 2'b00);
        expect_read(5'h10, i * 32'h01010101, 2'b00);
    end

    if (errors == 0) begin
        $display("PASS: header, reset values, strobes, read-only input and SLVERR responses");
    end else begin
        $display("FAIL: %0d errors", errors);
    end
    $finish;
end

endmodule

`resetall
