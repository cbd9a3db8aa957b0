/**
 * Tests of {@code oasis run} on live interfaces against real Linux hosts in network namespaces the
 * tests create (root only; they skip with the reason otherwise).
 */
package dev.oasis.cli.live;
