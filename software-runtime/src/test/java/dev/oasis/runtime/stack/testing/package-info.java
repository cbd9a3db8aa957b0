/**
 * Test support for the stack: an {@link dev.oasis.runtime.stack.testing.InMemoryNetwork} that joins
 * stacks and {@link dev.oasis.runtime.stack.testing.ScriptedPeer}s on one segment, with loss,
 * duplication, reordering and corruption drawn from a seeded random generator ({@link
 * dev.oasis.runtime.stack.testing.LinkImpairments}), a {@link
 * dev.oasis.runtime.stack.testing.VirtualClock} that jumps from event to event, and runs bounded in
 * steps and virtual time; {@link dev.oasis.runtime.stack.testing.Frames} to build and take apart
 * frames; the test addresses in {@link dev.oasis.runtime.stack.testing.Hosts}.
 */
package dev.oasis.runtime.stack.testing;
