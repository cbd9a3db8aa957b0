package dev.oasis.dsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Expr;
import dev.oasis.dsl.ast.Expr.BinaryOp;
import dev.oasis.dsl.ast.Expr.Radix;
import dev.oasis.dsl.ast.KeyValue;
import dev.oasis.dsl.ast.Parsing;
import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.ast.Stmt;
import dev.oasis.dsl.ast.TableProperty;
import dev.oasis.dsl.ast.TypeRef;
import dev.oasis.dsl.diag.DiagnosticRenderer;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AST built from source text: node kinds, values of literals (as docs/language.md section 3
 * defines them) and spans, checked against the source text they must cover.
 */
class AstBuilderTest {

  private static Program parse(String text) {
    Diagnostics diagnostics = new Diagnostics();
    Program program = SourceParser.parse(new SourceFile("t.oasis", text), diagnostics);
    assertThat(diagnostics.all()).as(DiagnosticRenderer.render(diagnostics.all())).isEmpty();
    return program;
  }

  private static Expr constValue(String literal) {
    Program p = parse("const bit<8> X = " + literal + ";");
    return ((Decl.Const) p.declarations().get(0)).value();
  }

  private static Expr.IntLit intLit(String literal) {
    return (Expr.IntLit) constValue(literal);
  }

  @Test
  void integerLiterals() {
    assertThat(intLit("1500").value()).isEqualTo(1500);
    assertThat(intLit("1500").radix()).isEqualTo(Radix.DECIMAL);
    assertThat(intLit("010").value()).isEqualTo(10);
    assertThat(intLit("0x86dd").value()).isEqualTo(34525);
    assertThat(intLit("0x86DD").radix()).isEqualTo(Radix.HEX);
    assertThat(intLit("0b1010").value()).isEqualTo(10);
    assertThat(intLit("0b1010").radix()).isEqualTo(Radix.BINARY);
    assertThat(intLit("1_000_000").value()).isEqualTo(1_000_000);
    assertThat(intLit("0xffff_0000").value()).isEqualTo(0xffff_0000L);
    assertThat(intLit("0b1000_0001").value()).isEqualTo(129);
    assertThat(intLit("1500").width()).isNull();
  }

  @Test
  void widthPrefixedLiterals() {
    Expr.IntLit ethertype = intLit("16w0x800");
    assertThat(ethertype.value()).isEqualTo(0x800);
    assertThat(ethertype.width()).isEqualTo(16);
    assertThat(ethertype.radix()).isEqualTo(Radix.HEX);
    assertThat(intLit("8w255").width()).isEqualTo(8);
    assertThat(intLit("4w0b1010").value()).isEqualTo(10);
    assertThat(intLit("2048w1").width()).isEqualTo(2048);
  }

  @Test
  void wideLiteralsKeepEveryBit() {
    assertThat(intLit("0xffffffffffffffffffffffffffffffff").value())
        .isEqualTo(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
  }

  @Test
  void addressLiterals() {
    Expr.IntLit ip = intLit("10.0.0.1");
    assertThat(ip.value()).isEqualTo(0x0a000001);
    assertThat(ip.radix()).isEqualTo(Radix.IPV4);
    assertThat(ip.width()).isNull();
    assertThat(intLit("255.255.255.0").value()).isEqualTo(0xffffff00L);
    Expr.IntLit mac = intLit("02:00:00:00:00:10");
    assertThat(mac.value()).isEqualTo(0x020000000010L);
    assertThat(mac.radix()).isEqualTo(Radix.MAC);
    assertThat(intLit("ff:ff:ff:ff:ff:ff").value()).isEqualTo(0xffffffffffffL);
  }

  @Test
  void stringsAreUnescaped() {
    Expr.StringLit s = (Expr.StringLit) constValue("\"a\\\"b\\\\c\\nd\\te\"");
    assertThat(s.value()).isEqualTo("a\"b\\c\nd\te");
    assertThat(s.span().text()).isEqualTo("\"a\\\"b\\\\c\\nd\\te\"");
  }

  @Test
  void declarationSpansCoverTheirWholeText() {
    String text =
        """
        // Ethernet.
        const bit<16> ETHERTYPE_IPV4 = 0x0800;

        header Ethernet {
            bit<48> dst;
            bytes<40> options[(ihl - 5) * 4];
        }
        """;
    Program p = parse(text);
    Decl.Const c = (Decl.Const) p.declarations().get(0);
    assertThat(c.span().text()).isEqualTo("const bit<16> ETHERTYPE_IPV4 = 0x0800;");
    assertThat(c.span().start()).isEqualTo(text.indexOf("const"));
    assertThat(c.span().line()).isEqualTo(2);
    assertThat(c.span().column()).isEqualTo(1);
    assertThat(c.name().span().text()).isEqualTo("ETHERTYPE_IPV4");
    assertThat(c.name().span().column()).isEqualTo(15);
    assertThat(c.type().span().text()).isEqualTo("bit<16>");
    assertThat(((TypeRef.Bit) c.type()).width().span().text()).isEqualTo("16");
    assertThat(c.value().span().text()).isEqualTo("0x0800");

    Decl.Header h = (Decl.Header) p.declarations().get(1);
    assertThat(h.span().text()).startsWith("header Ethernet {").endsWith("}");
    assertThat(h.span().end()).isEqualTo(text.lastIndexOf('}') + 1);
    assertThat(h.fields().get(0).span().text()).isEqualTo("bit<48> dst;");
    Decl.VariableField options = (Decl.VariableField) h.fields().get(1);
    assertThat(options.span().text()).isEqualTo("bytes<40> options[(ihl - 5) * 4];");
    assertThat(options.maxBytes().span().text()).isEqualTo("40");
    assertThat(options.lengthBytes().span().text()).isEqualTo("(ihl - 5) * 4");
  }

  @Test
  void expressionPrecedenceAndSpans() {
    Expr e = constValue("a + b * c << 2 == d ? e : f");
    Expr.Conditional conditional = (Expr.Conditional) e;
    assertThat(conditional.span().text()).isEqualTo("a + b * c << 2 == d ? e : f");
    Expr.Binary eq = (Expr.Binary) conditional.condition();
    assertThat(eq.op()).isEqualTo(BinaryOp.EQ);
    Expr.Binary shift = (Expr.Binary) eq.left();
    assertThat(shift.op()).isEqualTo(BinaryOp.SHL);
    assertThat(shift.span().text()).isEqualTo("a + b * c << 2");
    Expr.Binary add = (Expr.Binary) shift.left();
    assertThat(add.op()).isEqualTo(BinaryOp.ADD);
    assertThat(((Expr.Binary) add.right()).op()).isEqualTo(BinaryOp.MUL);
    assertThat(add.right().span().text()).isEqualTo("b * c");
  }

  @Test
  void parenthesesLeaveNoNodeButWidenTheOuterSpan() {
    Expr.Binary mul = (Expr.Binary) constValue("(a + b) * c");
    assertThat(mul.span().text()).isEqualTo("(a + b) * c");
    assertThat(mul.left()).isInstanceOf(Expr.Binary.class);
    assertThat(mul.left().span().text()).isEqualTo("a + b");
  }

  @Test
  void postfixAndPrefixForms() {
    Expr.Slice slice = (Expr.Slice) constValue("hdr.vlan[1].vid[11:4]");
    assertThat(slice.hi().span().text()).isEqualTo("11");
    assertThat(slice.lo().span().text()).isEqualTo("4");
    Expr.Member vid = (Expr.Member) slice.target();
    assertThat(vid.member().text()).isEqualTo("vid");
    Expr.Index index = (Expr.Index) vid.target();
    assertThat(index.span().text()).isEqualTo("hdr.vlan[1]");

    Expr.Call call = (Expr.Call) constValue("t.apply(1, x)");
    assertThat(call.callee().span().text()).isEqualTo("t.apply");
    assertThat(call.args()).hasSize(2);

    Expr.Cast cast = (Expr.Cast) constValue("(bit<16>) ~x");
    assertThat(cast.type()).isInstanceOf(TypeRef.Bit.class);
    assertThat(((Expr.Unary) cast.operand()).op()).isEqualTo(Expr.UnaryOp.COMPLEMENT);

    Expr.Binary shr = (Expr.Binary) constValue("x >> 3");
    assertThat(shr.op()).isEqualTo(BinaryOp.SHR);
    assertThat(shr.span().text()).isEqualTo("x >> 3");

    Expr.Binary concat = (Expr.Binary) constValue("a ++ b");
    assertThat(concat.op()).isEqualTo(BinaryOp.CONCAT);

    assertThat(constValue("error.BadVersion")).isInstanceOf(Expr.ErrorLit.class);
    assertThat(((Expr.Lookahead) constValue("lookahead<bit<16>>()")).type().span().text())
        .isEqualTo("bit<16>");
    assertThat(((Expr.BoolLit) constValue("true")).value()).isTrue();
  }

  @Test
  void statements() {
    Program p =
        parse(
            """
            action a(bit<8> x, Mac m) {
                bit<8> y = x;
                Mac z;
                y = y + 1;
                if (y == 2) { drop(); } else return;
                switch (t.apply().action_run) {
                    hit: { forward(1); }
                    default: { }
                }
                ;
            }
            deparser { emit(eth); }
            """);
    Decl.Action action = (Decl.Action) p.declarations().get(0);
    assertThat(action.params()).extracting(param -> param.name().text()).containsExactly("x", "m");
    List<Stmt> body = action.body().statements();
    assertThat(body)
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly("Var", "Var", "Assign", "If", "Switch", "Empty");
    assertThat(((Stmt.Var) body.get(1)).init()).isNull();
    assertThat(body.get(2).span().text()).isEqualTo("y = y + 1;");
    Stmt.If ifStmt = (Stmt.If) body.get(3);
    assertThat(ifStmt.otherwise()).isInstanceOf(Stmt.Return.class);
    Stmt.Switch sw = (Stmt.Switch) body.get(4);
    assertThat(sw.cases().get(0).label().text()).isEqualTo("hit");
    assertThat(sw.cases().get(1).label()).isNull();

    Decl.Deparser deparser = (Decl.Deparser) p.declarations().get(1);
    Stmt.Emit emit = (Stmt.Emit) deparser.statements().get(0);
    assertThat(emit.span().text()).isEqualTo("emit(eth);");
    assertThat(emit.header().span().text()).isEqualTo("eth");
  }

  @Test
  void parserStatesAndKeysets() {
    Program p =
        parse(
            """
            parser {
                state start {
                    extract(eth);
                    transition select (eth.type, x) {
                        (0x0800, 5..15): ipv4;
                        (0x86dd &&& 0xffff, _): accept;
                        default: reject(error.NoMatch);
                    }
                }
                state ipv4 { transition reject; }
            }
            """);
    Decl.Parser parser = (Decl.Parser) p.declarations().get(0);
    Parsing.State start = parser.states().get(0);
    assertThat(start.name().text()).isEqualTo("start");
    assertThat(start.statements()).hasSize(1);
    Parsing.Select select = (Parsing.Select) start.transition();
    assertThat(select.subjects()).hasSize(2);
    Parsing.Case first = select.cases().get(0);
    assertThat(first.keys().get(1)).isInstanceOf(KeyValue.Range.class);
    assertThat(first.keys().get(1).span().text()).isEqualTo("5..15");
    assertThat(((Parsing.StateName) first.target()).name().text()).isEqualTo("ipv4");
    Parsing.Case second = select.cases().get(1);
    assertThat(second.keys().get(0)).isInstanceOf(KeyValue.Mask.class);
    assertThat(second.keys().get(1)).isInstanceOf(KeyValue.Wildcard.class);
    Parsing.Case third = select.cases().get(2);
    assertThat(third.keys()).singleElement().isInstanceOf(KeyValue.Default.class);
    Parsing.Reject reject = (Parsing.Reject) third.target();
    assertThat(reject.reason().span().text()).isEqualTo("error.NoMatch");
    assertThat(third.span().text()).isEqualTo("default: reject(error.NoMatch);");

    Parsing.Direct direct = (Parsing.Direct) parser.states().get(1).transition();
    assertThat(((Parsing.Reject) direct.target()).reason()).isNull();
    assertThat(direct.span().text()).isEqualTo("transition reject;");
  }

  @Test
  void tables() {
    Program p =
        parse(
            """
            table routes {
                key {
                    ipv4.dst: lpm as dst;
                    meta.vrf: exact;
                }
                actions { via; drop_it; }
                default_action = via(1, 2);
                entries {
                    (10.0.0.0/8, _): via(3, 4) priority 10;
                    (_, 1): drop_it;
                }
                size = 1024;
            }
            """);
    Decl.Table table = (Decl.Table) p.declarations().get(0);
    assertThat(table.name().text()).isEqualTo("routes");
    List<TableProperty> props = table.properties();
    TableProperty.Key key = (TableProperty.Key) props.get(0);
    assertThat(key.elements().get(0).matchKind().text()).isEqualTo("lpm");
    assertThat(key.elements().get(0).alias().text()).isEqualTo("dst");
    assertThat(key.elements().get(1).alias()).isNull();
    TableProperty.Actions actions = (TableProperty.Actions) props.get(1);
    assertThat(actions.actions()).extracting(n -> n.text()).containsExactly("via", "drop_it");
    TableProperty.DefaultAction defaultAction = (TableProperty.DefaultAction) props.get(2);
    assertThat(defaultAction.action().args()).hasSize(2);
    assertThat(defaultAction.span().text()).isEqualTo("default_action = via(1, 2);");
    TableProperty.Entries entries = (TableProperty.Entries) props.get(3);
    TableProperty.Entry entry = entries.entries().get(0);
    KeyValue.Value prefix = (KeyValue.Value) entry.keys().get(0);
    assertThat(((Expr.Binary) prefix.value()).op()).isEqualTo(BinaryOp.DIV);
    assertThat(entry.priority().span().text()).isEqualTo("10");
    assertThat(entries.entries().get(1).priority()).isNull();
    assertThat(entries.entries().get(1).action().args()).isEmpty();
    TableProperty.Value size = (TableProperty.Value) props.get(4);
    assertThat(size.name().text()).isEqualTo("size");
  }

  @Test
  void otherDeclarations() {
    Program p =
        parse(
            """
            import std.ipv4;
            import "lib/x.oasis";
            typedef bit<12> VlanId;
            enum bit<2> Verdict { Allow = 0, Deny = 1, }
            error { BadVersion, TooShort }
            struct Pair { bit<8> a; bool b; }
            config { ports = 4; }
            headers { Ethernet eth; Vlan vlan[2]; }
            metadata { bit<8> x; }
            counter dropped[4];
            register<bit<32>> seen[16];
            map<bit<32>, bit<16>> flows { sets = 1024; ways = 4; }
            control { }
            """);
    assertThat(p.imports())
        .extracting(Program.Import::module, Program.Import::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("std.ipv4", null),
            org.assertj.core.groups.Tuple.tuple(null, "lib/x.oasis"));
    assertThat(p.imports().get(1).span().text()).isEqualTo("import \"lib/x.oasis\";");
    assertThat(p.declarations())
        .extracting(d -> d.getClass().getSimpleName())
        .containsExactly(
            "Typedef",
            "Enum",
            "Error",
            "Struct",
            "Config",
            "Headers",
            "Metadata",
            "Counter",
            "Register",
            "Map",
            "Control");
    Decl.Enum verdict = (Decl.Enum) p.declarations().get(1);
    assertThat(verdict.members()).extracting(m -> m.name().text()).containsExactly("Allow", "Deny");
    Decl.Headers headers = (Decl.Headers) p.declarations().get(5);
    assertThat(headers.instances().get(0).stackSize()).isNull();
    assertThat(headers.instances().get(1).stackSize().span().text()).isEqualTo("2");
    Decl.Register register = (Decl.Register) p.declarations().get(8);
    assertThat(register.elementType().span().text()).isEqualTo("bit<32>");
    Decl.Map map = (Decl.Map) p.declarations().get(9);
    assertThat(map.properties())
        .extracting(prop -> prop.name().text())
        .containsExactly("sets", "ways");
  }

  @Test
  void widthsAreLiteralsNamesOrParenthesizedExpressions() {
    Program p = parse("header H { bit<W> a; bit<(2 * W)> b; }");
    Decl.Header h = (Decl.Header) p.declarations().get(0);
    TypeRef.Bit b = (TypeRef.Bit) ((Decl.FixedField) h.fields().get(1)).type();
    assertThat(b.width()).isInstanceOf(Expr.Binary.class);
    assertThat(b.width().span().text()).isEqualTo("2 * W");
  }

  @Test
  void spansCountUtf16CharactersSoTheyMatchStringOffsets() {
    String text = "// \uD83D\uDE00 emoji\nconst bit<8> A = 1;\n";
    Program p = parse(text);
    Span span = p.declarations().get(0).span();
    assertThat(span.text()).isEqualTo("const bit<8> A = 1;");
    assertThat(span.line()).isEqualTo(2);
  }
}
