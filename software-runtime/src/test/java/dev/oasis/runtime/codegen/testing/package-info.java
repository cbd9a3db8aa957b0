/**
 * Test support for the compiled pipeline: {@link dev.oasis.runtime.codegen.testing.Differential}
 * runs the same frames, entries and control-plane writes through the interpreter and a compiled
 * pipeline and reports every difference; {@link dev.oasis.runtime.codegen.testing.Packets} makes
 * frames (truncations, mutations, random, boundary sizes); {@link
 * dev.oasis.runtime.codegen.testing.RandomPrograms} writes random well-typed programs.
 */
package dev.oasis.runtime.codegen.testing;
