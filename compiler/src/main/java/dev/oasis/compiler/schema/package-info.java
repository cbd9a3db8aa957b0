/**
 * The control-plane schema of a program: its tables (keys, actions, size, default action, direct
 * counters), actions with their parameters, counters, registers and maps, each with a stable
 * numeric id. Entries files are validated against it; the Java control API, the hardware register
 * map and the live API are built from it.
 *
 * <p>Depends on the IR package only.
 */
package dev.oasis.compiler.schema;
