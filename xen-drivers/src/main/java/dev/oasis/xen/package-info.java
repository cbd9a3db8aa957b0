/**
 * Xen paravirtual networking for appliances: a xenstore client, shared rings, grant tables, event
 * channels and netfront (and netback for tests), exposed as a network interface of the software
 * runtime.
 *
 * <p>Depends on software-runtime. Filled by later issues.
 */
package dev.oasis.xen;
