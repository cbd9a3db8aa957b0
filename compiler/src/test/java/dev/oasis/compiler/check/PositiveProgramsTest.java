package dev.oasis.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.ir.Type;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Programs that must compile, and what the IR of each construct must say (docs/language.md). */
class PositiveProgramsTest {
  private static final String SKELETON =
      """
      import std.ethernet;
      headers { Ethernet eth; }
      parser {
          state start {
              extract(eth);
              transition accept;
          }
      }
      """;

  static IrProgram compile(String source) {
    CompileResult result = new Compiler().compileSource("test.oasis", source);
    if (!result.ok()) {
      fail("does not compile:\n" + result.render());
    }
    assertThat(result.diagnostics().all()).isEmpty();
    return result.program();
  }

  static Stream<String> standardModules() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../dsl/src/main/resources/dev/oasis/dsl/std"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".oasis"))
          .map(f -> f.substring(0, f.length() - ".oasis".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "std.{0}")
  @MethodSource("standardModules")
  void everyStandardModuleChecksWithAnInstanceOfEachHeader(String module) throws IOException {
    String text =
        Files.readString(
            Path.of("../dsl/src/main/resources/dev/oasis/dsl/std/" + module + ".oasis"));
    Matcher headers = Pattern.compile("(?m)^header (\\w+)").matcher(text);
    StringBuilder instances = new StringBuilder();
    while (headers.find()) {
      instances.append(headers.group(1)).append(" h_").append(headers.group(1)).append("; ");
    }
    IrProgram p =
        compile(
            "import std."
                + module
                + ";\nheaders { "
                + instances
                + "}\nparser { state start { transition accept; } }\ncontrol { drop(); }\n");
    assertThat(p.headers()).hasSize(instances.toString().split(";").length - 1);
  }

  @Test
  void literalsTakeTheWidthOfTheirContext() {
    IrProgram p =
        compile(
            SKELETON
                + """
                metadata { bit<16> port; bit<8> small; }
                control {
                    meta.port = 300;
                    meta.small = -1;
                    meta.small = meta.small + 2;
                    meta.port = 2 + 3;
                    forward(meta.port << 2);
                }
                """);
    List<Stmt> s = p.control().statements();
    Expr.Const port = (Expr.Const) ((Stmt.Assign) s.get(0)).value();
    assertThat(port.value()).isEqualTo(300);
    assertThat(port.type()).isEqualTo(Type.bit(16));
    // -1 in a bit<8> context is the two's complement: all ones.
    assertThat(((Expr.Const) ((Stmt.Assign) s.get(1)).value()).value()).isEqualTo(255);
    Expr.Binary sum = (Expr.Binary) ((Stmt.Assign) s.get(2)).value();
    assertThat(sum.right().type()).isEqualTo(Type.bit(8));
    // Two literals are added as integers, then sized.
    assertThat(((Expr.Const) ((Stmt.Assign) s.get(3)).value()).value()).isEqualTo(5);
    Expr.Binary shift = (Expr.Binary) ((Stmt.Forward) s.get(4)).port();
    assertThat(shift.type()).isEqualTo(Type.bit(16));
    assertThat(shift.right().type()).isEqualTo(Type.bit(32));
  }

  @Test
  void constantsEnumsAndTypedefsBecomeBitValues() {
    IrProgram p =
        compile(
            SKELETON
                + """
                typedef bit<12> VlanId;
                enum bit<4> Kind { DATA = 1, VOICE = 9 }
                const VlanId DEFAULT_VLAN = 0x00a;
                const bit<16> WIDE = DEFAULT_VLAN ++ 4w0;
                metadata { VlanId vid; Kind kind; bit<16> wide; }
                control {
                    meta.vid = DEFAULT_VLAN;
                    meta.kind = Kind.VOICE;
                    meta.wide = WIDE;
                    if (meta.kind == Kind.DATA) {
                        meta.wide = (bit<16>) Kind.VOICE;
                    }
                    forward(0);
                }
                """);
    assertThat(p.metadata())
        .extracting(Decls.MetaField::type)
        .containsExactly(Type.bit(12), Type.bit(4), Type.bit(16));
    List<Stmt> s = p.control().statements();
    assertThat(((Expr.Const) ((Stmt.Assign) s.get(0)).value()).value()).isEqualTo(10);
    assertThat(((Expr.Const) ((Stmt.Assign) s.get(1)).value()).value()).isEqualTo(9);
    assertThat(((Expr.Const) ((Stmt.Assign) s.get(2)).value()).value()).isEqualTo(0xa0);
  }

  @Test
  void structsOfTheMetadataAreFlattenedToDottedNames() {
    IrProgram p =
        compile(
            SKELETON
                + """
                struct Inner { bit<8> x; bool y; }
                struct Outer { bit<16> a; Inner in; }
                metadata { bit<8> first; Outer o; }
                control {
                    meta.o.in.x = 1;
                    forward(0);
                }
                """);
    assertThat(p.metadata())
        .extracting(Decls.MetaField::name)
        .containsExactly("first", "o.a", "o.in.x", "o.in.y");
    Stmt.Assign a = (Stmt.Assign) p.control().statements().get(0);
    assertThat(((Expr.MetaRef) a.target()).field().name()).isEqualTo("o.in.x");
  }

  @Test
  void defaultsForConfigDeparserAndDefaultAction() {
    IrProgram p =
        compile(
            """
            import std.ethernet;
            import std.vlan;
            headers { Ethernet eth; Vlan tags[2]; Ethernet inner; }
            parser { state start { extract(eth); transition accept; } }
            table t { key { eth.dst: exact; } actions { NoAction; } }
            control { t.apply(); forward(0); }
            """);
    assertThat(p.config()).isEqualTo(new Decls.Config(1, 9216, true));
    assertThat(p.deparser())
        .extracting(e -> e.header() instanceof Expr.StackRef)
        .containsExactly(false, true, false);
    assertThat(p.deparser())
        .extracting(
            e ->
                e.header() instanceof Expr.HeaderRef h
                    ? h.instance().name()
                    : ((Expr.StackRef) e.header()).instance().name())
        .containsExactly("eth", "tags", "inner");
    Table t = p.table("t");
    assertThat(t.defaultAction().action()).isSameAs(Decls.NO_ACTION);
    assertThat(t.actions()).containsExactly(Decls.NO_ACTION);
    assertThat(t.size()).isEqualTo(1024);
    assertThat(p.actions()).isEmpty();
  }

  @Test
  void errorCodesAreNumberedFrom16InDeclarationOrder() {
    IrProgram p =
        compile(
            SKELETON
                + """
                error { BadVersion, BadLength }
                error { Loop }
                control {
                    if (packet.parse_error == error.Loop || packet.parse_error == error.NoMatch) {
                        drop();
                    }
                }
                """);
    assertThat(p.errors())
        .extracting(e -> e.name() + "=" + e.value())
        .containsExactly(
            "NoError=0",
            "PacketTooShort=1",
            "NoMatch=2",
            "StackOverflow=3",
            "HeaderTooLong=4",
            "Rejected=5",
            "BadVersion=16",
            "BadLength=17",
            "Loop=18");
  }

  @Test
  void tableKeysEntriesAndPriorities() {
    IrProgram p =
        compile(
            """
            import std.ethernet;
            import std.ipv4;
            headers { Ethernet eth; Ipv4 ipv4; }
            parser { state start { extract(eth); extract(ipv4); transition accept; } }
            action to(bit<16> port) { forward(port); }
            table routes {
                key { ipv4.dst: lpm; packet.ingress_port: exact as in_port; }
                actions { to; }
                default_action = to(7);
                entries {
                    (10.0.0.0/8, 1): to(2);
                    (_, 3): to(4);
                    (192.168.1.1, 3): to(5);
                }
            }
            table acl {
                key { ipv4.ttl: ternary; ipv4.protocol: range; }
                actions { NoAction; }
                entries {
                    (_, 6): NoAction priority 9;
                    (64 &&& 0xf0, 1 .. 17): NoAction priority 3;
                }
            }
            control { routes.apply(); acl.apply(); }
            """);
    Table routes = p.table("routes");
    assertThat(routes.keys()).extracting(Decls.Key::name).containsExactly("ipv4.dst", "in_port");
    assertThat(routes.defaultAction().args()).containsExactly(BigInteger.valueOf(7));
    assertThat(routes.entries().get(0).matches())
        .containsExactly(
            new Match.Lpm(BigInteger.valueOf(0x0a000000L), 8), new Match.Exact(BigInteger.ONE));
    assertThat(routes.entries().get(1).matches().get(0))
        .isEqualTo(new Match.Lpm(BigInteger.ZERO, 0));
    assertThat(routes.entries().get(2).matches().get(0))
        .isEqualTo(new Match.Lpm(BigInteger.valueOf(0xc0a80101L), 32));
    assertThat(routes.entries()).extracting(Table.ConstEntry::priority).containsOnly(0);

    Table acl = p.table("acl");
    assertThat(acl.needsPriority()).isTrue();
    assertThat(acl.entries().get(0).matches())
        .containsExactly(
            new Match.Ternary(BigInteger.ZERO, BigInteger.ZERO),
            new Match.Range(BigInteger.valueOf(6), BigInteger.valueOf(6)));
    assertThat(acl.entries().get(1).matches())
        .containsExactly(
            new Match.Ternary(BigInteger.valueOf(64), BigInteger.valueOf(0xf0)),
            new Match.Range(BigInteger.ONE, BigInteger.valueOf(17)));
    assertThat(acl.entries()).extracting(Table.ConstEntry::priority).containsExactly(9, 3);
  }

  @Test
  void keyElementsAreNamedByAliasOrByTheirTextWithoutSpaces() {
    IrProgram p =
        compile(
            """
            import std.ethernet;
            import std.dns;
            headers { Ethernet eth; DnsLabel label; }
            metadata { bit<16> x; }
            parser { state start { extract(eth); transition accept; } }
            table t {
                key {
                    packet.ingress_port: exact;
                    meta.x & 0xff /* low byte */ : ternary;
                    lower(label.text): exact;
                    eth.ethertype: exact as type;
                }
                actions { NoAction; }
            }
            control { t.apply(); }
            """);
    assertThat(p.table("t").keys())
        .extracting(Decls.Key::name)
        .containsExactly("packet.ingress_port", "meta.x&0xff", "lower(label.text)", "type");
  }

  @Test
  void parserStatesStartFirstWithRejectCodes() {
    IrProgram p =
        compile(
            """
            import std.ethernet;
            error { Odd }
            headers { Ethernet eth; }
            parser {
                state other { transition reject(error.Odd); }
                state start {
                    extract(eth);
                    transition select (eth.ethertype, eth.src) {
                        (0x0800, _): accept;
                        (0x0801, 02:00:00:00:00:01): other;
                        _: reject;
                    }
                }
            }
            control { forward(0); }
            """);
    assertThat(p.parser().states())
        .extracting(ParserGraph.State::name)
        .containsExactly("start", "other");
    ParserGraph.Select select = (ParserGraph.Select) p.parser().start().transition();
    assertThat(select.cases().get(2).target())
        .isEqualTo(new ParserGraph.Reject(Decls.ErrorCode.REJECTED));
    assertThat(select.cases().get(2).matches()).containsExactly(Match.ANY, Match.ANY);
    assertThat(select.cases().get(1).matches())
        .containsExactly(
            new Match.Exact(BigInteger.valueOf(0x0801)),
            new Match.Exact(BigInteger.valueOf(0x020000000001L)));
    ParserGraph.Goto go = (ParserGraph.Goto) p.parser().state("other").transition();
    assertThat(((ParserGraph.Reject) go.target()).error().value()).isEqualTo(16);
  }

  @Test
  void aLargeProgramCompiles() {
    StringBuilder source = new StringBuilder(SKELETON);
    source.append("metadata { bit<16> port; }\n");
    StringBuilder control = new StringBuilder("control {\n");
    for (int i = 0; i < 200; i++) {
      source
          .append("action set")
          .append(i)
          .append("(bit<16> p) { meta.port = p + ")
          .append(i)
          .append("; }\n");
      source
          .append("table t")
          .append(i)
          .append(" { key { eth.dst: exact; eth.ethertype: ternary; }")
          .append(" actions { set")
          .append(i)
          .append("; } default_action = set")
          .append(i)
          .append("(")
          .append(i)
          .append("); entries { (")
          .append(i)
          .append(", 0x0800 &&& 0xffff): set")
          .append(i)
          .append("(1) priority 1; } }\n");
      control.append("    if (t").append(i).append(".apply().hit) { forward(meta.port); }\n");
    }
    source.append(control).append("}\n");
    IrProgram p = compile(source.toString());
    assertThat(p.tables()).hasSize(200);
    assertThat(p.actions()).hasSize(200);
  }
}
