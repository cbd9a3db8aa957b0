package dev.oasis.hw.hcl;

import static dev.oasis.hw.hcl.HwType.bits;
import static dev.oasis.hw.hcl.HwType.bool;
import static dev.oasis.hw.hcl.HwType.uint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.dsl.diag.Severity;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each design rule is detected, named after the signal and the component, and all are kept. */
class DesignRuleCheckTest {

  /** The violations of a design that must fail the check. */
  private static List<Violation> violations(String name, Consumer<Component> body) {
    Component c = TestComponents.of(name, body);
    try {
      Elaboration.elaborate(c);
    } catch (DesignRuleException e) {
      return e.violations();
    }
    throw new AssertionError("design '" + name + "' passed the design rule check");
  }

  private static Violation only(List<Violation> all, DesignRule rule) {
    List<Violation> matching = all.stream().filter(v -> v.rule() == rule).toList();
    assertThat(matching).as("violations of %s in %s", rule, all).hasSize(1);
    return matching.get(0);
  }

  @Test
  void widthMismatchInAnAssignmentNamesTargetAndWidths() {
    Violation v =
        only(
            violations(
                "widths",
                c -> {
                  UInt a = c.input("a", uint(8));
                  c.output("y", uint(16)).assign(a);
                }),
            DesignRule.WIDTH_MISMATCH);
    assertThat(v.signal()).isEqualTo("y");
    assertThat(v.component()).isEqualTo("widths");
    assertThat(v.message())
        .isEqualTo(
            "width mismatch in assignment to 'y' in component 'widths': expected 16 bits, got 8"
                + " bits");
  }

  @Test
  void widthMismatchBetweenOperandsNamesTheOperator() {
    Violation v =
        only(
            violations(
                "operands",
                c -> {
                  UInt a = c.input("a", uint(8));
                  UInt b = c.input("b", uint(9));
                  c.output("sum", uint(8)).assign(a.add(b));
                }),
            DesignRule.WIDTH_MISMATCH);
    assertThat(v.signal()).isEqualTo("sum");
    assertThat(v.message()).contains("operator add").contains("'sum'").contains("'operands'");
    assertThat(v.message()).contains("expected 8 bits, got 9 bits");
  }

  @Test
  void parameterizedWidthThatAgreesOnlyByValueIsAMismatch() {
    Violation v =
        only(
            violations(
                "generic",
                c -> {
                  Parameter w = c.generic("DATA_WIDTH", 8, "data width");
                  Bits in = c.input("in", bits(8));
                  c.output("out", bits(w.width())).assign(in);
                }),
            DesignRule.WIDTH_MISMATCH);
    assertThat(v.message())
        .contains("expected DATA_WIDTH (8) bits, got 8 bits")
        .contains("agree only for the generated parameter values");
  }

  @Test
  void fixedParameterWidthMayMeetALiteralOfItsValue() {
    Component c =
        TestComponents.of(
            "fixed",
            k -> {
              Parameter w = k.fixed("DATA_WIDTH", 8, "data width");
              Bits in = k.input("in", bits(8));
              k.output("out", bits(w.width())).assign(in);
            });
    assertThat(Elaboration.elaborate(c).warnings()).isEmpty();
  }

  @Test
  void combinationalLoopThroughWiresIsReportedWithItsPath() {
    Violation v =
        only(
            violations(
                "loop",
                c -> {
                  Bool x = c.input("x", bool());
                  Bool a = c.wire("a", bool());
                  Bool b = c.wire("b", bool());
                  a.assign(b.and(x));
                  b.assign(a.or(x));
                  c.output("y", bool()).assign(b);
                }),
            DesignRule.COMBINATIONAL_LOOP);
    assertThat(v.message()).contains("in component 'loop'").endsWith(": a -> b -> a");
  }

  @Test
  void loopThroughAMuxConditionIsALoop() {
    Violation v =
        only(
            violations(
                "condloop",
                c -> {
                  Bool x = c.input("x", bool());
                  Bool a = c.wire("a", bool());
                  a.assign(Bool.FALSE);
                  c.when(a, () -> a.assign(x));
                  c.output("y", bool()).assign(a);
                }),
            DesignRule.COMBINATIONAL_LOOP);
    assertThat(v.signal()).isEqualTo("a");
    assertThat(v.message()).contains("a -> a");
  }

  @Test
  void registerBreaksALoop() {
    Component c =
        TestComponents.of(
            "counter",
            k -> {
              UInt count = k.reg("count", uint(4), 0);
              UInt next = k.wire("next", uint(4));
              next.assign(count.add(1));
              count.assign(next);
              k.output("value", uint(4)).assign(count);
            });
    assertThat(Elaboration.elaborate(c).warnings()).isEmpty();
  }

  @Test
  void loopThroughACombinationalChildIsFoundInTheParent() {
    Component inverter =
        TestComponents.of(
            "inverter", k -> k.output("out", bool()).assign(k.input("in", bool()).not()));
    Violation v =
        only(
            violations(
                "ring",
                c -> {
                  Instance i = c.instantiate(inverter, "inv");
                  Bool w = c.wire("w", bool());
                  i.drive("in", w);
                  w.assign(i.output("out").asBool());
                  c.output("y", bool()).assign(w);
                }),
            DesignRule.COMBINATIONAL_LOOP);
    assertThat(v.message())
        .isEqualTo("combinational loop through 'w' in component 'ring': w -> inv_out -> w");
  }

  @Test
  void twoUnconditionalAssignmentsAreMultipleDrivers() {
    Violation v =
        only(
            violations(
                "twice",
                c -> {
                  Bool y = c.output("y", bool());
                  y.assign(c.input("a", bool()));
                  y.assign(c.input("b", bool()));
                }),
            DesignRule.MULTIPLE_DRIVERS);
    assertThat(v.signal()).isEqualTo("y");
    assertThat(v.message()).contains("'y' in component 'twice' is assigned twice");
  }

  @Test
  void defaultThenConditionalOverrideIsOneDriver() {
    Component c =
        TestComponents.of(
            "override",
            k -> {
              Bool sel = k.input("sel", bool());
              Bits y = k.output("y", bits(4));
              y.assign(Bits.of(0, 4));
              k.when(sel, () -> y.assign(Bits.of(5, 4)));
            });
    assertThat(Elaboration.elaborate(c).warnings()).isEmpty();
  }

  @Test
  void assigningAnInputOrAnInstanceDrivenWireIsMultipleDrivers() {
    Component child = TestComponents.of("src", k -> k.output("o", bool()).assign(Bool.TRUE));
    List<Violation> all =
        violations(
            "drivers",
            c -> {
              Bool in = c.input("in", bool());
              in.assign(Bool.FALSE);
              Instance i = c.instantiate(child, "src_inst");
              Bool w = i.output("o").asBool();
              w.assign(Bool.TRUE);
              c.output("y", bool()).assign(w.and(in));
            });
    List<Violation> drivers =
        all.stream().filter(v -> v.rule() == DesignRule.MULTIPLE_DRIVERS).toList();
    assertThat(drivers).extracting(Violation::signal).containsExactly("in", "src_inst_o");
    assertThat(drivers.get(0).message())
        .isEqualTo("input port 'in' in component 'drivers' is driven inside the component");
    assertThat(drivers.get(1).message()).contains("instance(s) 'src_inst'");
  }

  @Test
  void undrivenOutputWireAndChildInputAreReported() {
    Component child =
        TestComponents.of("sink", k -> k.output("o", bool()).assign(k.input("i", bool())));
    List<Violation> all =
        violations(
            "undriven",
            c -> {
              c.output("y", bool());
              Bool w = c.wire("w", bool());
              c.output("z", bool()).assign(w);
              Instance i = c.instantiate(child, "sink_inst");
              c.output("q", bool()).assign(i.output("o").asBool());
            });
    List<Violation> undriven = all.stream().filter(v -> v.rule() == DesignRule.UNDRIVEN).toList();
    assertThat(undriven).extracting(Violation::signal).containsExactly("y", "w", "sink_inst.i");
    assertThat(undriven.get(0).message())
        .isEqualTo("output port 'y' in component 'undriven' is never driven");
    assertThat(undriven.get(2).message())
        .isEqualTo(
            "input 'i' of instance 'sink_inst' (sink) in component 'undriven' is not"
                + " connected");
  }

  @Test
  void wireAssignedOnlyUnderAConditionWouldBeALatch() {
    Violation v =
        only(
            violations(
                "latch",
                c -> {
                  Bool en = c.input("en", bool());
                  Bits d = c.input("d", bits(8));
                  Bits q = c.output("q", bits(8));
                  c.when(en, () -> q.assign(d));
                }),
            DesignRule.LATCH);
    assertThat(v.signal()).isEqualTo("q");
    assertThat(v.message()).contains("'q' in component 'latch' is not assigned on every path");
  }

  @Test
  void unusedInputIsAWarningNotAnError() {
    Component c =
        TestComponents.of(
            "spare",
            k -> {
              k.input("spare", bits(3));
              k.output("y", bool()).assign(Bool.TRUE);
            });
    Design d = Elaboration.elaborate(c);
    assertThat(d.warnings()).hasSize(1);
    Violation v = d.warnings().get(0);
    assertThat(v.rule()).isEqualTo(DesignRule.UNUSED);
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.message()).isEqualTo("input port 'spare' in component 'spare' is never read");
  }

  @Test
  void namesThatClashOrAreNotIdentifiersAreReported() {
    List<Violation> all =
        violations(
            "names",
            c -> {
              UInt count = c.reg("count", uint(4), 0);
              count.assign(count.add(1));
              UInt clash = c.wire("count_reg", uint(4));
              clash.assign(count);
              c.output("module", uint(4)).assign(clash);
            });
    Violation clash = only(all, DesignRule.NAME_CLASH);
    assertThat(clash.message())
        .isEqualTo(
            "identifier 'count_reg' in component 'names' is used by register 'count' and"
                + " by wire 'count_reg'");
    Violation keyword = only(all, DesignRule.INVALID_NAME);
    assertThat(keyword.message()).contains("'module'").contains("is a Verilog keyword");
  }

  @Test
  void parameterNamesAreUpperSnakeCase() {
    Violation v =
        only(
            violations(
                "params",
                c -> {
                  c.generic("dataWidth", 8, "data width");
                  c.output("y", bool()).assign(Bool.TRUE);
                }),
            DesignRule.INVALID_NAME);
    assertThat(v.message())
        .isEqualTo("parameter 'dataWidth' in component 'params' is not UPPER_SNAKE_CASE");
  }

  @Test
  void unconnectedChildOutputAndConstantRegisterAreWarnings() {
    Component child =
        TestComponents.of(
            "two_outputs",
            k -> {
              k.output("used", bool()).assign(Bool.TRUE);
              k.output("spare", bool()).assign(Bool.FALSE);
            });
    Component c =
        TestComponents.of(
            "warned",
            k -> {
              Instance i = k.instantiate(child, "child");
              Bool stuck = k.reg("stuck", bool(), 1);
              k.output("y", bool()).assign(i.output("used").asBool().and(stuck));
            });
    List<Violation> warnings = Elaboration.elaborate(c).warnings();
    assertThat(warnings)
        .extracting(Violation::rule)
        .containsExactly(DesignRule.CONSTANT_REGISTER, DesignRule.UNCONNECTED_OUTPUT);
    assertThat(warnings.get(1).message())
        .isEqualTo(
            "output 'spare' of instance 'child' (two_outputs) in component 'warned' is not"
                + " connected");
    assertThat(warnings.get(0).message())
        .isEqualTo(
            "register 'stuck' in component 'warned' is never assigned; it keeps its reset"
                + " value 1");
  }

  @Test
  void readingAnotherComponentsSignalIsReported() {
    Component other = TestComponents.of("other", k -> k.output("o", bool()).assign(Bool.TRUE));
    Elaboration.elaborate(other);
    Violation v =
        only(
            violations(
                "thief", c -> c.output("y", bool()).assign(other.port("o").value().asBool())),
            DesignRule.FOREIGN_SIGNAL);
    assertThat(v.message())
        .isEqualTo(
            "component 'thief' uses 'o' of component 'other'; connect it through an"
                + " instance port");
  }

  @Test
  void violationPointsAtTheOasisSourceItCameFrom() {
    SourceFile file = new SourceFile("router.oasis", "header h {\n  bit<8> ttl;\n}\n");
    Span ttl = new Span(file, 13, 24);
    Violation v =
        only(
            violations(
                "traced",
                c ->
                    c.at(
                        ttl,
                        () -> {
                          c.output("ttl", bits(8));
                        })),
            DesignRule.UNDRIVEN);
    assertThat(v.origin()).isEqualTo(ttl);
    assertThat(v.render())
        .isEqualTo(
            "router.oasis:2:3: error[DRC004]: output port 'ttl' in component 'traced' is never"
                + " driven");
  }

  @Test
  void aDesignWithSeveralViolationsReportsThemAll() {
    DesignRuleException e =
        (DesignRuleException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    Elaboration.elaborate(
                        TestComponents.of(
                            "many",
                            c -> {
                              UInt a = c.input("a", uint(8));
                              c.output("narrow", uint(4)).assign(a);
                              c.output("floating", bool());
                              Bool l1 = c.wire("l1", bool());
                              Bool l2 = c.wire("l2", bool());
                              l1.assign(l2);
                              l2.assign(l1);
                              c.output("loop_out", bool()).assign(l1);
                              c.input("idle", bool());
                            })));
    assertThat(e.violations())
        .extracting(Violation::rule)
        .containsExactlyInAnyOrder(
            DesignRule.WIDTH_MISMATCH,
            DesignRule.UNDRIVEN,
            DesignRule.COMBINATIONAL_LOOP,
            DesignRule.UNUSED);
    assertThat(e.errors()).hasSize(3);
    assertThat(e.getMessage())
        .startsWith("design rule check of 'many' failed with 3 errors\n")
        .contains("'narrow'")
        .contains("'floating'")
        .contains("l1 -> l2 -> l1")
        .contains("'idle'");
  }

  @Test
  void buildingOutsideBuildIsRefusedWithThePhase() {
    Component c = TestComponents.of("done", k -> k.output("y", bool()).assign(Bool.TRUE));
    Elaboration.elaborate(c);
    assertThatThrownBy(() -> c.wire("late", bool()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "cannot declare 'late': component 'done' is in phase CHECKED, expected BUILDING"
                + " (inside build())");
  }
}
