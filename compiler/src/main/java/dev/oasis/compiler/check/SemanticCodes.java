package dev.oasis.compiler.check;

import dev.oasis.dsl.diag.DiagnosticCode;

/**
 * The diagnostics of the compiler's semantic checks: names (OAS02xx), types and widths (OAS03xx),
 * parser graphs (OAS04xx), tables and actions (OAS05xx), externs (OAS06xx), program structure
 * (OAS07xx) and compiler bugs (OAS09xx). Messages name the value and what was expected; a code
 * never changes meaning once released, so new entries take new codes.
 */
public enum SemanticCodes implements DiagnosticCode {

  // ---- names ----------------------------------------------------------------------------------

  UNKNOWN_NAME(
      "OAS0201",
      "unknown name '%s'%s",
      "The name is not declared: not a local variable, action parameter, constant, header"
          + " instance or any other top-level declaration of the program or of a module it"
          + " imports. Check the spelling (the message suggests a close name when there is one)"
          + " and that the module that declares it is imported."),

  DUPLICATE_DECLARATION(
      "OAS0202",
      "duplicate declaration of '%s'",
      "Two declarations have the same name. Top-level names of the program and of every module it"
          + " imports share one namespace, and a local variable cannot be declared twice in the"
          + " same body. The note shows the first declaration; rename one of them."),

  UNKNOWN_FIELD(
      "OAS0203",
      "unknown field '%s' of header '%s'%s",
      "The header type has no field of that name. The message suggests the closest field name"
          + " when there is one."),

  UNKNOWN_META_FIELD(
      "OAS0204",
      "unknown metadata field '%s'%s",
      "'meta.NAME' reads or writes a field of the metadata block, and that block declares no"
          + " field of this name."),

  UNKNOWN_PACKET_FIELD(
      "OAS0205",
      "unknown field '%s' of packet, expected ingress_port, length, timestamp or parse_error",
      "The built-in object 'packet' has four read-only fields: ingress_port (bit<16>), length"
          + " (bit<16>), timestamp (bit<64>, in nanoseconds) and parse_error (bit<8>)."),

  UNKNOWN_TYPE(
      "OAS0206",
      "unknown type '%s'%s",
      "A type is bit<N>, bool, or the name of a typedef, enum, header type or struct. The name"
          + " used here is none of those."),

  UNKNOWN_ACTION(
      "OAS0207",
      "unknown action '%s'%s",
      "A table lists, or an entry or default_action uses, an action that is not declared."),

  UNKNOWN_ENUM_MEMBER(
      "OAS0208",
      "enum '%s' has no member '%s'%s",
      "An enum value is written ENUM.MEMBER with a member listed in the enum's declaration."),

  UNKNOWN_ERROR_CODE(
      "OAS0209",
      "unknown error code 'error.%s'%s",
      "Error codes are the built-in NoError, PacketTooShort, NoMatch, StackOverflow,"
          + " HeaderTooLong and Rejected, and those declared in 'error { ... }' blocks."),

  UNKNOWN_METHOD(
      "OAS0210",
      "%s has no method '%s', expected %s",
      "Methods depend on what they are called on: headers have isValid, setValid and setInvalid;"
          + " tables have apply; counters count; registers read and write; maps get, contains,"
          + " put and remove."),

  RESERVED_NAME(
      "OAS0211",
      "'%s' is a built-in name and cannot be declared",
      "The name belongs to the language: a built-in object (packet, meta), a built-in function"
          + " (forward, drop, csum16, ...), the unparsed 'payload' or the no-op action NoAction."
          + " Choose another name."),

  WRONG_KIND_OF_NAME(
      "OAS0212",
      "'%s' is %s, not %s",
      "The name is declared, but as something that cannot be used here, for example a table"
          + " where a value is needed, or a struct where a header type is needed."),

  UNKNOWN_FUNCTION(
      "OAS0213",
      "unknown function '%s'%s",
      "The called name is neither an action nor a built-in function. The built-in functions are"
          + " extract, forward, drop, reply, punt, broadcast, multicast, discard_payload, csum16,"
          + " csum16_update, sizeof and lower."),

  CYCLIC_DEFINITION(
      "OAS0214",
      "'%s' is defined in terms of itself",
      "A constant, typedef or struct refers back to itself, directly or through other"
          + " declarations, so it has no value or layout."),

  UNKNOWN_MEMBER(
      "OAS0215",
      "%s has no member '%s'%s",
      "The value has no member of this name. Header stacks have elements (h[0]) and 'last';"
          + " the result of a table apply has 'hit' and 'miss'; a struct of the metadata has its"
          + " fields."),

  DUPLICATE_MEMBER(
      "OAS0216",
      "duplicate %s '%s' in %s",
      "A header, struct, enum, error block, action or table declares the same member name twice."
          + " The note shows the first one."),

  HIDES_GLOBAL(
      "OAS0217",
      "%s '%s' has the name of %s; rename it",
      "A local variable or an action parameter cannot have the name of a constant, header"
          + " instance, table, action, counter, register or map: inside the body that name would"
          + " mean two things. The note shows the other declaration."),

  // ---- types and widths -----------------------------------------------------------------------

  LITERAL_DOES_NOT_FIT(
      "OAS0301",
      "literal %s does not fit in %s (0 to %s)",
      "An integer literal without a width takes the width of its context (the assigned field,"
          + " the other operand, the parameter) and must fit in it. Literals are unsigned; a negated"
          + " literal such as -1 is taken modulo 2^N, so -1 in bit<8> is 255."),

  WIDTH_MISMATCH(
      "OAS0302",
      "cannot %s %s and %s: widths differ; cast one side, e.g. (%s) x",
      "Oasis never widens or truncates implicitly: both operands of an arithmetic, bitwise or"
          + " comparison operator must have the same width. A cast (bit<N>) e keeps the low bits"
          + " or adds zero high bits."),

  TYPE_MISMATCH(
      "OAS0303",
      "%s: expected %s, found %s%s",
      "The value has a different type from the one its place requires. Bit strings of different"
          + " widths, bool, enums and byte strings never convert implicitly; cast bit strings with"
          + " (bit<N>) e and compare with != 0 to get a bool."),

  OPERATOR_TYPE(
      "OAS0304",
      "operator '%s' cannot be applied to %s",
      "Arithmetic, bitwise and ordering operators apply to bit<N> values; !, && and || to bool;"
          + " == and != to two values of the same type (bit<N>, bool, an enum or byte strings)."),

  DIVISION_NOT_POWER_OF_TWO(
      "OAS0305",
      "%s by %s: only constant powers of two are allowed",
      "Division and remainder are only defined by a constant power of two, which hardware does"
          + " with a shift or a mask. Use >> and & directly, or a table, for anything else."),

  NOT_CONSTANT(
      "OAS0306",
      "%s must be a compile-time constant",
      "Widths, sizes, stack indices, slice bounds, entry values and default action arguments are"
          + " fixed when the program is compiled: they may use literals, constants, enum members"
          + " and operators, but no fields, variables or calls."),

  WIDTH_OUT_OF_RANGE(
      "OAS0307",
      "width %s is out of range, expected 1 to 2048",
      "A bit<N> type needs at least one bit and at most 2048."),

  HEADER_NOT_WHOLE_BYTES(
      "OAS0308",
      "header '%s' has %d bits of fixed fields, not a whole number of bytes",
      "Headers are extracted and emitted byte by byte, so the widths of a header's fixed fields"
          + " must add up to a multiple of 8. Add a padding or reserved field."),

  SLICE_OUT_OF_RANGE(
      "OAS0309",
      "slice [%s:%s] of %s is out of range, expected %d > hi >= lo >= 0",
      "A slice e[hi:lo] takes bits hi down to lo of a bit<N> value, both included, so N > hi >="
          + " lo >= 0."),

  INDEX_OUT_OF_RANGE(
      "OAS0310",
      "index %s is out of range for %s, expected 0 to %d",
      "A constant index into a header stack must name one of its elements; a bit index must be"
          + " below the width of the value."),

  BAD_CAST(
      "OAS0311",
      "cannot cast %s to %s",
      "Casts convert between bit strings of any width (keeping the low bits or adding zero high"
          + " bits) and between an enum and bit strings. bool does not convert: compare with != 0,"
          + " or write c ? 1 : 0."),

  NEEDS_WIDTH(
      "OAS0312",
      "%s needs a width; write a sized literal such as %s",
      "An integer literal without a width takes it from its context. Here nothing gives it one,"
          + " for example both sides of ++ or an argument of csum16; write the width, e.g."
          + " 16w0x800."),

  ARGUMENT_COUNT("OAS0313", "%s takes %s, found %d", "The call has too many or too few arguments."),

  NOT_ASSIGNABLE(
      "OAS0314",
      "%s cannot be assigned: %s",
      "Assignments write local variables, metadata fields and header fields (or a slice of one)."
          + " packet fields, action parameters and constants are read-only."),

  CONDITION_NOT_BOOL(
      "OAS0315",
      "condition has type %s, expected bool; compare it, e.g. x != 0",
      "Conditions of if and of ?: and the operands of !, && and || are bool. A bit string is not"
          + " a truth value: compare it with 0."),

  BAD_LENGTH_REFERENCE(
      "OAS0316",
      "length of '%s' uses '%s', expected earlier fixed fields of header '%s' and constants",
      "The length of a bytes field is computed when the header is extracted, from the fields"
          + " before it (already read) and constants. It cannot use later fields, other headers or"
          + " anything else."),

  BYTES_SIZE_OUT_OF_RANGE(
      "OAS0317",
      "bytes<%s> is out of range, expected a maximum of 1 to 65535 bytes",
      "The maximum length of a variable-length field is a constant from 1 to 65535 bytes."),

  TYPE_NOT_ALLOWED(
      "OAS0318",
      "%s has type %s, expected %s",
      "This place only allows some types: header fields are bit<N> or enums; metadata fields,"
          + " locals and constants are bit<N>, bool, enums (or structs, for metadata); registers"
          + " and maps hold bit<N>."),

  DIVISION_BY_ZERO("OAS0319", "%s by zero", "A constant expression divides by zero."),

  BAD_CHECKSUM_ARGUMENT(
      "OAS0320",
      "csum16 argument '%s' has type %s, expected whole bytes: bit<N> with N a multiple of 8, a"
          + " header, a header stack, a byte string or payload",
      "csum16 sums the bytes of its arguments, so each argument must be a whole number of bytes."),

  BAD_CHECKSUM_UPDATE(
      "OAS0321",
      "csum16_update needs old and new values of one width that is a multiple of 16, found %s and"
          + " %s",
      "csum16_update(hc, old, new) applies RFC 1624: old and new are summed as 16-bit words, so"
          + " they must have the same width, a multiple of 16. Concatenate fields with ++ to build"
          + " such words."),

  STACK_SIZE_OUT_OF_RANGE(
      "OAS0322",
      "header stack '%s' has %s elements, expected 1 to 64",
      "A header stack declared as T name[N] holds N headers of type T, 1 <= N <= 64."),

  NOT_INDEXABLE(
      "OAS0323",
      "cannot index %s; [i] applies to header stacks and bit<N> values",
      "Indexing selects an element of a header stack (h[0]) or one bit of a bit string (x[7])."),

  STRING_TOO_LONG(
      "OAS0324",
      "string of %d bytes does not fit in %s",
      "A string compared with, or matched against, a byte string field must not be longer than"
          + " the field's maximum."),

  WIDTH_TOO_LARGE(
      "OAS0325",
      "%s gives bit<%d>, expected at most bit<2048>",
      "The result of a concatenation is wider than the widest bit string the language allows."),

  // ---- parser graphs --------------------------------------------------------------------------

  NO_START_STATE(
      "OAS0401",
      "parser has no 'start' state",
      "Parsing begins in the state named start; every parser must declare it."),

  UNKNOWN_STATE(
      "OAS0402",
      "unknown state '%s'%s",
      "A transition names a state that the parser does not declare. The built-in final states are"
          + " accept and reject."),

  DUPLICATE_STATE(
      "OAS0403",
      "duplicate state '%s'",
      "Two states have the same name. The note shows the first one."),

  UNREACHABLE_STATE(
      "OAS0404",
      "state '%s' is unreachable from 'start'",
      "No chain of transitions from start leads to this state, so it never runs. Remove it or add"
          + " a transition to it."),

  LOOP_WITHOUT_PROGRESS(
      "OAS0405",
      "parser loop %s consumes no bytes",
      "The states of this cycle extract nothing, so the parser could go round it forever without"
          + " reading the packet. Every cycle of the parser graph must extract into a header"
          + " stack."),

  LOOP_NOT_BOUNDED(
      "OAS0406",
      "parser loop %s is not bounded by a header stack; extract into a stack in the loop",
      "Every cycle of the parser graph must extract into a header stack: the stack's size bounds"
          + " the number of rounds (a full stack is the StackOverflow parse error), which hardware"
          + " needs to unroll the loop. Extracting single headers in a loop does not bound it."),

  SELECT_ARITY(
      "OAS0407",
      "select has %d subject(s) but this case has %d value(s)",
      "Each case of a select gives one value per subject: a single value for one subject, a"
          + " parenthesised tuple for several."),

  RESERVED_STATE(
      "OAS0408",
      "'%s' is a built-in state and cannot be declared",
      "accept and reject are the parser's built-in final states."),

  BAD_EXTRACT(
      "OAS0409",
      "extract needs a header or a header stack, found %s",
      "extract(h) reads a header instance declared in the headers block; extract(s) on a header"
          + " stack fills its next free element. Elements of a stack are not extracted by index."),

  BAD_REJECT_REASON(
      "OAS0410",
      "reject needs an error code such as error.NoMatch, found '%s'",
      "reject(error.X) ends parsing with the parse error X; plain reject uses error.Rejected."),

  DEFAULT_IN_TUPLE(
      "OAS0411",
      "'default' must be the whole keyset, not one value of a tuple",
      "'default' matches everything and stands alone; inside a tuple, use '_' for a value that"
          + " matches anything."),

  BAD_SELECT_SUBJECT(
      "OAS0412",
      "select subject has type %s, expected bit<N>, bool or an enum",
      "A select compares bit strings, bools or enum values with the values of its cases."),

  // ---- tables and actions ---------------------------------------------------------------------

  UNKNOWN_MATCH_KIND(
      "OAS0501",
      "unknown match kind '%s', expected exact, lpm, ternary or range",
      "A key element is matched exactly, by longest prefix (lpm), by value and mask (ternary) or"
          + " by an inclusive range."),

  TWO_LPM_KEYS(
      "OAS0502",
      "table '%s' has two lpm key elements ('%s' and '%s'); at most one is allowed",
      "Longest-prefix match orders entries by the prefix length of one key; with two lpm elements"
          + " that order is ambiguous. Make the others exact or ternary."),

  BYTES_KEY_NOT_EXACT(
      "OAS0503",
      "key '%s' is a byte string and can only be matched exact, not %s",
      "Byte-string keys (bytes fields and lower() of one) have a variable length and are matched"
          + " exactly."),

  ACTION_NOT_IN_TABLE(
      "OAS0504",
      "action '%s' is not listed in the actions of table '%s'",
      "An entry or the default action of a table must use one of the actions listed in its"
          + " actions { } property (the default may also be NoAction)."),

  ACTION_ARGUMENT_COUNT(
      "OAS0505",
      "action '%s' takes %d argument(s), found %d",
      "An action call, a default action or a constant entry gives one argument per parameter of"
          + " the action."),

  ENTRY_ARITY(
      "OAS0506",
      "table '%s' has %d key element(s) but this entry has %d value(s)",
      "A constant entry gives one match per key element, as a parenthesised tuple when the table"
          + " has several."),

  BAD_MATCH_FORM(
      "OAS0507",
      "%s is not a valid match for %s key '%s'; %s",
      "Exact keys take values; lpm keys take v / length, a value or _; ternary keys take v &&& m,"
          + " a value or _; range keys take lo .. hi, a value or _."),

  PREFIX_OUT_OF_RANGE(
      "OAS0508",
      "prefix length %s is out of range for key '%s' of %s, expected 0 to %d",
      "An lpm match v / length keeps the top 'length' bits of v; it cannot be longer than the key."),

  EMPTY_RANGE(
      "OAS0509",
      "range %s .. %s is empty: the low bound is above the high bound",
      "A range lo .. hi includes both bounds and needs lo <= hi."),

  PRIORITY_MISSING(
      "OAS0510",
      "entry of table '%s' needs a priority because key '%s' is %s",
      "Entries of a table with a ternary or range key can overlap, so each one states a priority"
          + " (the higher wins): 'entry: action priority 10;'."),

  PRIORITY_NOT_ALLOWED(
      "OAS0511",
      "entry of table '%s' has a priority but the table has no ternary or range key",
      "Exact and lpm matches never overlap ambiguously, so their entries have no priority."),

  TABLE_SIZE_OUT_OF_RANGE(
      "OAS0512",
      "size %s of table '%s' is out of range, expected 1 to 1000000",
      "The size of a table is the maximum number of entries, from 1 to 1000000 (default 1024)."),

  UNKNOWN_TABLE_PROPERTY(
      "OAS0513",
      "unknown table property '%s', expected key, actions, default_action, entries, size or"
          + " counters",
      "A table declaration has these properties and no others."),

  DUPLICATE_TABLE_PROPERTY(
      "OAS0514",
      "table '%s' has two '%s' properties",
      "Each property of a table appears at most once. The note shows the first one."),

  COUNTERS_NOT_BOOL(
      "OAS0515",
      "counters = %s of table '%s', expected true or false",
      "counters = true gives every entry and the default action a packet and byte counter."),

  SWITCH_CASE_NOT_ACTION(
      "OAS0516",
      "switch case '%s' is not an action of table '%s'",
      "The cases of a switch on t.apply() are names of actions listed in table t, and default."),

  DUPLICATE_SWITCH_CASE(
      "OAS0517",
      "duplicate switch case '%s'",
      "Each action, and default, labels at most one case of a switch."),

  BAD_SWITCH_SUBJECT(
      "OAS0518",
      "switch needs a table apply such as t.apply() as its subject, found '%s'",
      "A switch runs the case of the action that a table apply ran."),

  NO_ACTIONS(
      "OAS0519",
      "table '%s' has no actions property",
      "A table lists the actions its entries may run: 'actions { a; b; }'."),

  TOO_MANY_ENTRIES(
      "OAS0520",
      "table '%s' has %d constant entries but size %d",
      "The constant entries are installed at start and count against the table's size."),

  DUPLICATE_KEY_NAME(
      "OAS0521",
      "table '%s' has two key elements named '%s'",
      "The control plane names key elements by their alias or their expression text, so these"
          + " names must differ. Give one of them an alias with 'as'."),

  LPM_BITS_BEYOND_PREFIX(
      "OAS0522",
      "lpm value %s has bits set beyond the prefix length %d",
      "An lpm match v / length ignores the bits of v after the prefix; they must be zero so that"
          + " the entry says what it matches. Clear them, e.g. 10.1.0.0/16 rather than"
          + " 10.1.2.3/16."),

  BAD_KEY_TYPE(
      "OAS0523",
      "key '%s' has type %s, expected bit<N>, bool, an enum or a byte string",
      "Tables match bit strings, bools, enums and byte-string fields."),

  DUPLICATE_TABLE_ACTION(
      "OAS0524",
      "action '%s' is listed twice in table '%s'",
      "Each action appears once in a table's actions list."),

  BAD_PARAMETER_TYPE(
      "OAS0525",
      "parameter '%s' of action '%s' has type %s, expected bit<N>, bool or an enum",
      "The control plane supplies action parameters as numbers, so they are bit strings, bools or"
          + " enums."),

  PRIORITY_OUT_OF_RANGE(
      "OAS0526",
      "priority %s is out of range, expected 0 to 2147483647",
      "A priority is a non-negative number; the entry with the highest priority wins."),

  DEFAULT_IN_ENTRY(
      "OAS0527",
      "'default' is not a key value of a table entry; use default_action for misses",
      "Constant entries match keys; what happens on a miss is the table's default_action."),

  DUPLICATE_ENTRY(
      "OAS0528",
      "table '%s' has two constant entries with the same key",
      "A table holds at most one entry per key: for lpm keys the value and prefix length, for"
          + " ternary keys the value and mask, for range keys the bounds. Remove one of the two"
          + " entries, or change its key."),

  // ---- externs --------------------------------------------------------------------------------

  EXTERN_SIZE_OUT_OF_RANGE(
      "OAS0601",
      "%s '%s' has %s elements, expected 1 to %d",
      "Counters and registers are arrays with a constant number of elements."),

  UNKNOWN_MAP_PROPERTY(
      "OAS0602",
      "unknown property '%s' of map '%s', expected sets, ways or timeout",
      "A map declares its geometry (sets, ways) and an optional timeout in nanoseconds."),

  MAP_SETS(
      "OAS0603",
      "sets = %s of map '%s' is not a power of two from 1 to 1048576",
      "The set is chosen by the low bits of the key's CRC-32, so the number of sets is a power of"
          + " two."),

  MAP_WAYS(
      "OAS0604",
      "ways = %s of map '%s' is out of range, expected 1 to 16",
      "Each set of a map has 1 to 16 slots (ways), compared in parallel in hardware."),

  MAP_TIMEOUT(
      "OAS0605",
      "timeout = %s of map '%s' is out of range, expected 0 to 9223372036854775807 ns",
      "The timeout is in nanoseconds of packet time; 0 means entries never expire."),

  MAP_PROPERTY_MISSING(
      "OAS0606",
      "map '%s' has no '%s' property",
      "A map needs its number of sets and of ways: 'map<bit<32>, bit<16>> m { sets = 1024; ways"
          + " = 4; }'."),

  DUPLICATE_MAP_PROPERTY(
      "OAS0607",
      "map '%s' has two '%s' properties",
      "Each property of a map appears once. The note shows the first one."),

  // ---- program structure ----------------------------------------------------------------------

  MISSING_PARSER(
      "OAS0701",
      "program has no parser",
      "Every program has exactly one 'parser { ... }' block, in the main file or an imported"
          + " one."),

  MISSING_CONTROL(
      "OAS0702",
      "program has no control",
      "Every program has exactly one 'control { ... }' block that decides what happens to each"
          + " packet."),

  DUPLICATE_BLOCK(
      "OAS0703",
      "program has two %s blocks",
      "A program has one parser and one control, and at most one deparser, headers, metadata and"
          + " config block. The note shows the first one."),

  UNKNOWN_CONFIG_PROPERTY(
      "OAS0704",
      "unknown config property '%s', expected ports, max_frame or on_parse_error",
      "The config block sets the number of ports, the largest frame accepted and what happens"
          + " on a parse error."),

  CONFIG_OUT_OF_RANGE(
      "OAS0705",
      "%s = %s is out of range, expected %s",
      "ports is 1 to 65535 and max_frame 64 to 65535 bytes."),

  BAD_ON_PARSE_ERROR(
      "OAS0706",
      "on_parse_error = %s, expected drop or continue",
      "With drop (the default) a packet that fails to parse is dropped and counted; with continue"
          + " the control runs and can read packet.parse_error."),

  DUPLICATE_CONFIG_PROPERTY(
      "OAS0707",
      "config sets '%s' twice",
      "Each config property is set once. The note shows the first one."),

  NOT_ALLOWED_HERE(
      "OAS0708",
      "%s is not allowed in %s",
      "Each block allows some statements only: extract and lookahead belong to parser states;"
          + " emit to the deparser; table applies, action calls, if and switch to the control"
          + " (actions allow if and switch but no applies or action calls); forwarding decisions"
          + " and externs to the control and actions. Table keys and lengths are pure"
          + " expressions."),

  NO_EFFECT(
      "OAS0709",
      "%s has no effect as a statement",
      "The expression computes a value and nothing else; as a statement it does nothing. Assign"
          + " it or use it in a condition."),

  APPLY_RESULT_MISUSED(
      "OAS0710",
      "the result of %s.apply() can only be used as a statement, with .hit or .miss, or as a"
          + " switch subject",
      "A table apply has no value of its own; test whether it hit or missed, or switch on the"
          + " action it ran."),

  TOO_MANY_ERROR_CODES(
      "OAS0711",
      "the program declares %d error codes, expected at most 240 (codes 16 to 255)",
      "packet.parse_error is a bit<8> value and codes below 16 are built in."),

  // ---- compiler bugs --------------------------------------------------------------------------

  INTERNAL_ERROR(
      "OAS0900",
      "internal compiler error: %s; this is a bug in Oasis",
      "The compiler failed in a way that is never the program's fault. Please report it with"
          + " the program that triggers it; 'oasis check --debug' prints the stack trace.");

  private final String code;
  private final String template;
  private final String explanation;

  SemanticCodes(String code, String template, String explanation) {
    this.code = code;
    this.template = template;
    this.explanation = explanation;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String template() {
    return template;
  }

  @Override
  public String explanation() {
    return explanation;
  }
}
