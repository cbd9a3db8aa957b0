/**
 * Java code generation from the typed IR: {@link dev.oasis.runtime.codegen.JavaGenerator} writes
 * one program as the source of one final class, {@link
 * dev.oasis.runtime.codegen.InMemoryJavaCompiler} compiles it in the running JVM (javax.tools) and
 * {@link dev.oasis.runtime.codegen.PipelineCompiler} does both and returns a ready {@link
 * dev.oasis.runtime.pipeline.CompiledPipeline}.
 *
 * <h2>The generated class</h2>
 *
 * It extends {@link dev.oasis.runtime.pipeline.GeneratedPipeline} and provides:
 *
 * <ul>
 *   <li>{@code parse()}: a loop over a switch on the parser state; {@code extract_T} per header
 *       type copies a header from the frame into the element's storage region;
 *   <li>{@code control()}, one method per action ({@code a_name}) and per table ({@code
 *       apply_name}, which fills the key words, looks up, runs the action and returns {@code
 *       (action id << 1) | hit});
 *   <li>{@code emitHeaders()} with {@code emit_T} and {@code csum_T} per header type.
 * </ul>
 *
 * Values of up to 64 bits are longs kept below {@code 2^N}; values of 65 to 128 bits are pairs of
 * longs; byte strings are ranges of a byte array. Header fields are read and written with shifts
 * and masks over the header's bytes. Every statement carries a comment with its line in the
 * program. Evaluation order, the treatment of invalid headers, parse errors and decisions follow
 * the reference interpreter ({@link dev.oasis.compiler.interp.Interpreter}); the differential tests
 * hold the two to the same results.
 *
 * <p>Values wider than 128 bits are refused with {@link
 * dev.oasis.runtime.codegen.UnsupportedProgramException}.
 *
 * <p>Depends on the compiler module (the IR) and {@link dev.oasis.runtime.pipeline}; generated code
 * depends on {@link dev.oasis.runtime.pipeline} and, for its constructor, the IR's program type.
 */
package dev.oasis.runtime.codegen;
