/**
 * Entries files: the JSON that installs table entries, default actions, register values and map
 * keys before the first packet, and lists the appliance's interfaces for the slow path. {@link
 * dev.oasis.compiler.entries.EntriesLoader} checks a file against the program's {@link
 * dev.oasis.compiler.schema.ControlPlaneSchema} and reports every problem with its place in the
 * file; {@link dev.oasis.compiler.entries.Entries#applyTo} writes the result into a {@link
 * dev.oasis.compiler.state.DataplaneState}.
 *
 * <p>Depends on the schema, state and IR packages.
 */
package dev.oasis.compiler.entries;
