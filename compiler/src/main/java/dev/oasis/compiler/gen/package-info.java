/**
 * Generators for differential testing: frames derived from a program's parser graph ({@link
 * dev.oasis.compiler.gen.PacketGenerator}), random well-typed programs ({@link
 * dev.oasis.compiler.gen.ProgramGenerator}) and a {@link dev.oasis.compiler.gen.Shrinker} that
 * reduces a failing (program, frame) pair.
 *
 * <p>Everything here is deterministic for a given seed and depends only on the IR and the compiler,
 * so that the Java backend, the hardware backend and the simulations share one source of test
 * inputs. The parser model ({@link dev.oasis.compiler.gen.ParserModel}) is an independent,
 * deliberately small implementation of the parser semantics of docs/language.md: it tags every
 * frame with the parse outcome it expects, which tests compare against the interpreter.
 */
package dev.oasis.compiler.gen;
