/**
 * The control API of a running appliance: an HTTP/1.1 server on Netty ({@link
 * dev.oasis.runtime.control.ControlServer}) that lists, adds and deletes table entries, reads
 * counters, registers, maps and port statistics, and serves Prometheus metrics, all checked against
 * the program's control-plane schema with the rules of entries files.
 *
 * <p>The server never touches dataplane state itself. Every request becomes an operation on a
 * {@link dev.oasis.runtime.control.ControlPlane}, which the thread that runs the pipeline executes
 * between two packets ({@link dev.oasis.runtime.control.ControlPlane#drainPendingWrites}); the
 * pipeline is reached through {@link dev.oasis.runtime.control.DataplaneAccess}, so the reference
 * interpreter's state ({@link dev.oasis.runtime.control.DataplaneStateAccess}) and the compiled
 * pipeline's state ({@link dev.oasis.runtime.control.PipelineStateAccess}) serve the same API.
 * docs/control-api.md documents the endpoints.
 *
 * <p>Depends on the compiler's schema, state and entries packages, the runtime's pipeline package,
 * Netty and Jackson.
 */
package dev.oasis.runtime.control;
