/**
 * The runtime that generated pipelines link against, and the control plane of a compiled pipeline.
 *
 * <ul>
 *   <li>{@link dev.oasis.runtime.pipeline.CompiledPipeline}: the interface of a compiled program
 *       ({@code process} one frame into a reusable {@link dev.oasis.runtime.pipeline.PacketOutput},
 *       or a {@link dev.oasis.runtime.pipeline.FrameBatch}); {@link
 *       dev.oasis.runtime.pipeline.GeneratedPipeline} is the base class of generated code and
 *       {@link dev.oasis.runtime.pipeline.CompiledRun} steps one as the interpreter's run does.
 *   <li>State: {@link dev.oasis.runtime.pipeline.PipelineState} holds a {@link
 *       dev.oasis.runtime.pipeline.TableRuntime} per table (exact: open addressing; lpm: a
 *       DIR-16-8-8 table for one 32-bit key, a binary trie otherwise; ternary and range: entries
 *       ordered by priority, then insertion), a {@link dev.oasis.runtime.pipeline.MapRuntime} per
 *       map (the set-associative contract, slot for slot), {@link
 *       dev.oasis.runtime.pipeline.CounterArray} and {@link
 *       dev.oasis.runtime.pipeline.RegisterArray}. It takes the control-plane writes of {@code
 *       DataplaneState} with the same checks and messages, copies an interpreter's state ({@link
 *       dev.oasis.runtime.pipeline.PipelineState#copyOf}) and exports the same JSON snapshot.
 *   <li>Helpers for generated code: {@link dev.oasis.runtime.pipeline.Bits} (big-endian bit
 *       fields), {@link dev.oasis.runtime.pipeline.Wide} (65 to 128-bit arithmetic on long pairs),
 *       {@link dev.oasis.runtime.pipeline.Ops}, {@link dev.oasis.runtime.pipeline.Csum} (RFC 1071
 *       and 1624), {@link dev.oasis.runtime.pipeline.Crc32} (the map hash), {@link
 *       dev.oasis.runtime.pipeline.ByteStrings}.
 * </ul>
 *
 * <p>Nothing on the packet path allocates once buffers have grown to the largest frame; control
 * plane methods may. Depends on the compiler module (IR, state, interpreter result types).
 */
package dev.oasis.runtime.pipeline;
