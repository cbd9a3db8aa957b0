/**
 * DNS messages (RFC 1035) as far as an appliance needs to build or inspect a simple answer: the
 * header, questions and resource records, with A records decoded.
 *
 * <p>The parser follows compression pointers (section 4.1.4), but only backwards: each pointer must
 * point before the start of the name segment it was found in, which rules out loops. Names are
 * written uncompressed. Label bytes are kept as ISO-8859-1 text, so any byte survives a parse and
 * write; DNS comparisons are case-insensitive and {@link
 * dev.oasis.runtime.net.dns.DnsName#equalsIgnoreCase} provides that.
 */
package dev.oasis.runtime.net.dns;
