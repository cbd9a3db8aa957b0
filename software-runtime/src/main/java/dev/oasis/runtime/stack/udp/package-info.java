/**
 * UDP for the stack (RFC 768, RFC 1122 4.1): sockets bound to ports that send with checksums and
 * receive through a callback; port unreachable for datagrams nobody listens for.
 */
package dev.oasis.runtime.stack.udp;
