/**
 * ICMP for the stack (RFC 792, RFC 1122 3.2.2): echo in both directions, the destination
 * unreachable and time exceeded errors the other layers ask for, suppressed by the rules of RFC
 * 1812 4.3.2.7 and limited by a token bucket on the stack's clock.
 */
package dev.oasis.runtime.stack.icmp;
