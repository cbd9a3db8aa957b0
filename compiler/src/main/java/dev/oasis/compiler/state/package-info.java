/**
 * The dataplane state of one program: table entries and default actions, counters, registers and
 * set-associative maps, exactly as docs/language.md defines them. This is the reference that the
 * interpreter runs against and that the Java backend and the hardware drivers compare with.
 *
 * <p>Pipelines (the interpreter) call the per-packet operations directly: table lookup, counter and
 * register updates, map get/contains/put/remove. The control plane (entries files, the slow path, a
 * live API) writes through {@link dev.oasis.compiler.state.DataplaneState}, which records every
 * write with the index of the packet it fell before, so that a run can be replayed on another
 * backend.
 *
 * <p>Depends on the IR package only.
 */
package dev.oasis.compiler.state;
