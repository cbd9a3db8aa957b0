package dev.oasis.hw.hcl;

import java.util.Locale;
import java.util.Set;

/**
 * Verilog identifiers: what is legal, and how to turn a program's names ({@code ipv4.ttl}, {@code
 * fwd-table}) into legal ones.
 */
public final class Names {

  private Names() {}

  /** Keywords of Verilog-2005 (IEEE 1364-2005, annex B). */
  private static final String VERILOG_KEYWORDS =
      """
      always and assign automatic begin buf bufif0 bufif1 case casex casez cell cmos config
      deassign default defparam design disable edge else end endcase endconfig endfunction
      endgenerate endmodule endprimitive endspecify endtable endtask event for force forever
      fork function generate genvar highz0 highz1 if ifnone incdir include initial inout input
      instance integer join large liblist library localparam macromodule medium module nand
      negedge nmos nor noshowcancelled not notif0 notif1 or output parameter pmos posedge
      primitive pull0 pull1 pulldown pullup pulsestyle_onevent pulsestyle_ondetect rcmos real
      realtime reg release repeat rnmos rpmos rtran rtranif0 rtranif1 scalared showcancelled
      signed small specify specparam strong0 strong1 supply0 supply1 table task time tran
      tranif0 tranif1 tri tri0 tri1 triand trior trireg unsigned use uwire vectored wait wand
      weak0 weak1 while wire wor xnor xor
      """;

  /** Keywords SystemVerilog adds; Verilator reads {@code .v} files as SystemVerilog. */
  private static final String SYSTEMVERILOG_KEYWORDS =
      """
      alias always_comb always_ff always_latch assert assume before bind bins binsof bit break
      byte chandle class clocking const constraint context continue cover covergroup coverpoint
      cross dist do endclass endclocking endgroup endinterface endpackage endprogram
      endproperty endsequence enum expect export extends extern final first_match foreach
      forkjoin iff ignore_bins illegal_bins import inside int interface intersect join_any
      join_none local logic longint matches modport new null package packed priority program
      property protected pure rand randc randcase randsequence ref return sequence shortint
      shortreal solve static string struct super tagged this throughout timeprecision timeunit
      type typedef union unique var virtual void wait_order wildcard with within
      """;

  private static final Set<String> KEYWORDS =
      Set.of((VERILOG_KEYWORDS + SYSTEMVERILOG_KEYWORDS).strip().split("\\s+"));

  /** Whether {@code name} is a simple Verilog identifier and not a keyword. */
  public static boolean isIdentifier(String name) {
    return whyNot(name) == null;
  }

  /** Why {@code name} is not a legal identifier, or null when it is. */
  public static String whyNot(String name) {
    if (name == null || name.isEmpty()) {
      return "is empty";
    }
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return "is not an identifier, expected a letter or '_' followed by letters, digits or '_'";
    }
    if (KEYWORDS.contains(name)) {
      return "is a Verilog keyword";
    }
    return null;
  }

  /**
   * A legal lower-case identifier for a program name: characters other than letters and digits
   * become {@code _}, a leading digit gets a {@code _} before it, and a keyword gets one after it
   * ({@code ipv4.ttl} becomes {@code ipv4_ttl}, {@code reg} becomes {@code reg_}).
   */
  public static String sanitize(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_").replaceAll("_+", "_");
    if (s.isEmpty()) {
      s = "_";
    }
    if (Character.isDigit(s.charAt(0))) {
      s = "_" + s;
    }
    return KEYWORDS.contains(s) ? s + "_" : s;
  }
}
