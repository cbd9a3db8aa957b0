/**
 * The reference interpreter: the executable form of the language semantics (docs/language.md) and
 * of the contract every backend honours. It runs one packet at a time through the parser, the
 * control and the deparser of an {@link dev.oasis.compiler.ir.IrProgram} against a {@link
 * dev.oasis.compiler.state.DataplaneState}, with {@code bit<N>} values held as {@link
 * java.math.BigInteger}. It is written to be obviously right, not fast.
 *
 * <p>{@link dev.oasis.compiler.interp.Interpreter} processes single packets; {@link
 * dev.oasis.compiler.interp.PipelineRun} runs a list of frames, hands punted packets to a {@link
 * dev.oasis.compiler.interp.PuntHandler} (the slow path) and keeps per-port statistics.
 *
 * <p>Depends on the IR and state packages.
 */
package dev.oasis.compiler.interp;
