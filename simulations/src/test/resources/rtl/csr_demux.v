// Language: Verilog 2005
//
// AXI-Stream demultiplexer with an AXI-Lite register file, a test design for
// the simulation harness. Each frame goes to the host stream (m_axis_host_*)
// when its first beat's tuser has a bit in common with PUNT_MASK, otherwise to
// m_axis_*. The route is chosen at the first beat and held to tlast, so a
// change of PUNT_MASK takes effect between frames.
//
// Register map (32-bit registers, byte addresses):
//
//   address  name         access  meaning
//   0x0000   MAGIC        RO      0x4f415349 ("OASI")
//   0x0004   VERSION      RO      0x00010002
//   0x0010   SCRATCH0     RW      free for tests, byte strobes honoured
//   0x0014   SCRATCH1     RW      free for tests, byte strobes honoured
//   0x0018   PUNT_MASK    RW      tuser bits that send a frame to the host
//   0x001c   FRAMES_OUT   RO      frames completed on m_axis
//   0x0020   FRAMES_HOST  RO      frames completed on m_axis_host
//   other    below 0x1000         answered with SLVERR
//   0x1000 and above              never answered: the address handshake never
//                                 completes, to exercise the harness timeout

`resetall
`timescale 1ns / 1ps
`default_nettype none

module csr_demux #(
    // Width of tdata in bits, a multiple of 8
    parameter DATA_WIDTH = 32,
    // Width of tkeep, one bit per byte
    parameter KEEP_WIDTH = DATA_WIDTH / 8,
    // Width of tuser in bits, at most 32
    parameter USER_WIDTH = 4,
    // Width of AXI-Lite addresses
    parameter ADDR_WIDTH = 16
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

    // AXI-Stream source: frames not punted
    output wire [DATA_WIDTH-1:0] m_axis_tdata,
    output wire [KEEP_WIDTH-1:0] m_axis_tkeep,
    output wire                  m_axis_tlast,
    output wire [USER_WIDTH-1:0] m_axis_tuser,
    output wire                  m_axis_tvalid,
    input  wire                  m_axis_tready,

    // AXI-Stream source: frames punted to the host
    output wire [DATA_WIDTH-1:0] m_axis_host_tdata,
    output wire [KEEP_WIDTH-1:0] m_axis_host_tkeep,
    output wire                  m_axis_host_tlast,
    output wire [USER_WIDTH-1:0] m_axis_host_tuser,
    output wire                  m_axis_host_tvalid,
    input  wire                  m_axis_host_tready,

    // AXI-Lite slave
    input  wire [ADDR_WIDTH-1:0] s_axil_awaddr,
    input  wire [2:0]            s_axil_awprot,
    input  wire                  s_axil_awvalid,
    output wire                  s_axil_awready,
    input  wire [31:0]           s_axil_wdata,
    input  wire [3:0]            s_axil_wstrb,
    input  wire                  s_axil_wvalid,
    output wire                  s_axil_wready,
    output wire [1:0]            s_axil_bresp,
    output wire                  s_axil_bvalid,
    input  wire                  s_axil_bready,
    input  wire [ADDR_WIDTH-1:0] s_axil_araddr,
    input  wire [2:0]            s_axil_arprot,
    input  wire                  s_axil_arvalid,
    output wire                  s_axil_arready,
    output wire [31:0]           s_axil_rdata,
    output wire [1:0]            s_axil_rresp,
    output wire                  s_axil_rvalid,
    input  wire                  s_axil_rready
);

localparam [31:0] MAGIC = 32'h4f415349;
localparam [31:0] VERSION = 32'h00010002;
localparam [1:0] RESP_OKAY = 2'b00;
localparam [1:0] RESP_SLVERR = 2'b10;

initial begin
    if (USER_WIDTH < 1 || USER_WIDTH > 32) begin
        $error("USER_WIDTH must be 1 to 32");
        $finish;
    end
end

// ---------------------------------------------------------------------------
// Registers

reg [31:0] scratch0_reg = 32'd0;
reg [31:0] scratch1_reg = 32'd0;
reg [31:0] punt_mask_reg = 32'd0;
reg [31:0] frames_out_reg = 32'd0;
reg [31:0] frames_host_reg = 32'd0;

// ---------------------------------------------------------------------------
// Stream demultiplexer

reg in_frame_reg = 1'b0;
reg route_host_reg = 1'b0;

wire first_beat_to_host = |({{32 - USER_WIDTH{1'b0}}, s_axis_tuser} & punt_mask_reg);
wire route_host = in_frame_reg ? route_host_reg : first_beat_to_host;
wire s_axis_fire = s_axis_tvalid && s_axis_tready;

assign s_axis_tready = route_host ? m_axis_host_tready : m_axis_tready;

assign m_axis_tdata  = s_axis_tdata;
assign m_axis_tkeep  = s_axis_tkeep;
assign m_axis_tlast  = s_axis_tlast;
assign m_axis_tuser  = s_axis_tuser;
assign m_axis_tvalid = s_axis_tvalid && !route_host;

assign m_axis_host_tdata  = s_axis_tdata;
assign m_axis_host_tkeep  = s_axis_tkeep;
assign m_axis_host_tlast  = s_axis_tlast;
assign m_axis_host_tuser  = s_axis_tuser;
assign m_axis_host_tvalid = s_axis_tvalid && route_host;

always @(posedge clk) begin
    if (s_axis_fire) begin
        in_frame_reg <= !s_axis_tlast;
        route_host_reg <= route_host;
        if (s_axis_tlast && route_host) begin
            frames_host_reg <= frames_host_reg + 32'd1;
        end
        if (s_axis_tlast && !route_host) begin
            frames_out_reg <= frames_out_reg + 32'd1;
        end
    end

    if (rst) begin
        in_frame_reg <= 1'b0;
        route_host_reg <= 1'b0;
        frames_out_reg <= 32'd0;
        frames_host_reg <= 32'd0;
    end
end

// ---------------------------------------------------------------------------
// AXI-Lite writes: address and data are taken together, then answered.

reg bvalid_reg = 1'b0;
reg [1:0] bresp_reg = RESP_OKAY;

wire write_answered = s_axil_awaddr < 16'h1000;
wire write_fire = s_axil_awvalid && s_axil_wvalid && !bvalid_reg && write_answered;
wire [ADDR_WIDTH-1:0] write_word = s_axil_awaddr & ~16'h0003;

assign s_axil_awready = write_fire;
assign s_axil_wready  = write_fire;
assign s_axil_bvalid  = bvalid_reg;
assign s_axil_bresp   = bresp_reg;

function [31:0] merge;
    input [31:0] old_value;
    input [31:0] new_value;
    input [3:0]  strobes;
    integer i;
    begin
        for (i = 0; i < 4; i = i + 1) begin
            merge[8*i +: 8] = strobes[i] ? new_value[8*i +: 8] : old_value[8*i +: 8];
        end
    end
endfunction

always @(posedge clk) begin
    if (s_axil_bvalid && s_axil_bready) begin
        bvalid_reg <= 1'b0;
    end

    if (write_fire) begin
        bvalid_reg <= 1'b1;
        bresp_reg <= RESP_OKAY;
        case (write_word)
            16'h0010: scratch0_reg <= merge(scratch0_reg, s_axil_wdata, s_axil_wstrb);
            16'h0014: scratch1_reg <= merge(scratch1_reg, s_axil_wdata, s_axil_wstrb);
            16'h0018: punt_mask_reg <= merge(punt_mask_reg, s_axil_wdata, s_axil_wstrb);
            // Read-only registers ignore writes and answer OKAY.
            16'h0000, 16'h0004, 16'h001c, 16'h0020: bresp_reg <= RESP_OKAY;
            default: bresp_reg <= RESP_SLVERR;
        endcase
    end

    if (rst) begin
        bvalid_reg <= 1'b0;
        scratch0_reg <= 32'd0;
        scratch1_reg <= 32'd0;
        punt_mask_reg <= 32'd0;
    end
end

// ---------------------------------------------------------------------------
// AXI-Lite reads

reg rvalid_reg = 1'b0;
reg [31:0] rdata_reg = 32'd0;
reg [1:0] rresp_reg = RESP_OKAY;

wire read_answered = s_axil_araddr < 16'h1000;
wire read_fire = s_axil_arvalid && !rvalid_reg && read_answered;
wire [ADDR_WIDTH-1:0] read_word = s_axil_araddr & ~16'h0003;

assign s_axil_arready = read_fire;
assign s_axil_rvalid  = rvalid_reg;
assign s_axil_rdata   = rdata_reg;
assign s_axil_rresp   = rresp_reg;

always @(posedge clk) begin
    if (s_axil_rvalid && s_axil_rready) begin
        rvalid_reg <= 1'b0;
    end

    if (read_fire) begin
        rvalid_reg <= 1'b1;
        rresp_reg <= RESP_OKAY;
        case (read_word)
            16'h0000: rdata_reg <= MAGIC;
            16'h0004: rdata_reg <= VERSION;
            16'h0010: rdata_reg <= scratch0_reg;
            16'h0014: rdata_reg <= scratch1_reg;
            16'h0018: rdata_reg <= punt_mask_reg;
            16'h001c: rdata_reg <= frames_out_reg;
            16'h0020: rdata_reg <= frames_host_reg;
            default: begin
                rdata_reg <= 32'd0;
                rresp_reg <= RESP_SLVERR;
            end
        endcase
    end

    if (rst) begin
        rvalid_reg <= 1'b0;
    end
end

// The protection bits carry nothing this register file needs.
wire unused = &{1'b0, s_axil_awprot, s_axil_arprot};

endmodule

`resetall
