package dev.oasis.runtime.codegen;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.runtime.codegen.FieldAccess.Offset;
import dev.oasis.runtime.codegen.Operand.Val;

/**
 * Header references in generated code: which element a reference names (a fixed one, or for {@code
 * stack.last} the valid element with the highest index, found at run time), whether it is valid,
 * and reading its fixed fields (zero when it is not valid).
 */
final class HeaderRefs {
  private HeaderRefs() {}

  /** Where a header reference points: a fixed element, or the last valid one of a stack. */
  record Elem(HeaderLayout.Instance inst, String valid, Offset base, Offset var, String id) {}

  static Elem element(GenContext ctx, Expr.HeaderRef ref, Code out) {
    HeaderLayout.Instance inst = ctx.layout.instance(ref.instance());
    if (ref.index() == Expr.HeaderRef.LAST) {
      String e = ctx.temp();
      out.line("int " + e + " = last(" + inst.firstElement() + ", " + inst.elements() + ");");
      String base = ctx.temp();
      String relative = "(" + e + " - " + inst.firstElement() + ")";
      out.line(
          String.format(
              "int %s = %s < 0 ? 0 : %d + %s * %d;",
              base, e, inst.base(), relative, inst.stride()));
      String var = "0";
      if (inst.type().hasVariableFields()) {
        var = ctx.temp();
        out.line(
            String.format(
                "int %s = %s < 0 ? 0 : %d + %s * %d;",
                var, e, inst.firstVar(), relative, inst.type().varFields));
      }
      return new Elem(inst, "(" + e + " >= 0)", new Offset(base, 0), new Offset(var, 0), e);
    }
    int index = Math.max(0, ref.index());
    int id = inst.element(index);
    return new Elem(
        inst,
        "valid[" + id + "]",
        Offset.of(inst.baseOf(index)),
        Offset.of(inst.varOf(index)),
        Integer.toString(id));
  }

  /**
   * A fixed field of up to 64 bits: 0 when its header is not valid; inside a length expression
   * ({@code lengthType} not null) the field of the header being extracted, in the scratch region.
   */
  static Val read(ExprGen gen, Expr.FieldRef f, HeaderLayout.TypeLayout lengthType, Code out) {
    int width = f.field().width();
    if (f.header() == null) {
      int bit = lengthType.storageBit.get(f.field().name());
      return Val.of(FieldAccess.read("x", Offset.of(0), bit, width), false);
    }
    Elem el = gen.element(f.header(), out);
    int bit = el.inst().type().storageBit.get(f.field().name());
    String read = FieldAccess.read("h", el.base(), bit, width);
    return Val.of("(" + el.valid() + " ? " + read + " : 0L)", false);
  }

  static Val isValid(GenContext ctx, Expr.HeaderRef ref) {
    HeaderLayout.Instance inst = ctx.layout.instance(ref.instance());
    if (ref.index() == Expr.HeaderRef.LAST) {
      return Val.of("(last(" + inst.firstElement() + ", " + inst.elements() + ") >= 0)", true);
    }
    return Val.of("valid[" + inst.element(Math.max(0, ref.index())) + "]", true);
  }
}
