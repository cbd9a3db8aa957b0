// AXI-Lite master tasks for the testbenches, included inside a testbench module.
//
// The module declares clk, the s_axil_* signals of the device (reg for what the master
// drives), AXIL_ADDR_WIDTH and an integer seed_axil. Inputs change after a rising edge and
// handshakes are sampled at the edge, so a device sees valid and ready as a synthesized master
// would drive them. Delays between the address and data phases, and before the master accepts a
// response, are random from seed_axil.

task axil_wait_random;
    integer n;
    begin
        n = $unsigned($random(seed_axil)) % 4;
        repeat (n) @(posedge clk);
    end
endtask

task axil_write;
    input [AXIL_ADDR_WIDTH-1:0] addr;
    input [31:0] data;
    input [3:0] strb;
    output [1:0] resp;
    begin
        fork
            begin
                axil_wait_random;
                s_axil_awaddr <= addr;
                s_axil_awvalid <= 1'b1;
                @(posedge clk);
                while (!s_axil_awready) @(posedge clk);
                s_axil_awvalid <= 1'b0;
            end
            begin
                axil_wait_random;
                s_axil_wdata <= data;
                s_axil_wstrb <= strb;
                s_axil_wvalid <= 1'b1;
                @(posedge clk);
                while (!s_axil_wready) @(posedge clk);
                s_axil_wvalid <= 1'b0;
            end
        join
        axil_wait_random;
        s_axil_bready <= 1'b1;
        @(posedge clk);
        while (!s_axil_bvalid) @(posedge clk);
        resp = s_axil_bresp;
        s_axil_bready <= 1'b0;
    end
endtask

task axil_read;
    input [AXIL_ADDR_WIDTH-1:0] addr;
    output [31:0] data;
    output [1:0] resp;
    begin
        axil_wait_random;
        s_axil_araddr <= addr;
        s_axil_arvalid <= 1'b1;
        @(posedge clk);
        while (!s_axil_arready) @(posedge clk);
        s_axil_arvalid <= 1'b0;
        axil_wait_random;
        s_axil_rready <= 1'b1;
        @(posedge clk);
        while (!s_axil_rvalid) @(posedge clk);
        data = s_axil_rdata;
        resp = s_axil_rresp;
        s_axil_rready <= 1'b0;
    end
endtask
