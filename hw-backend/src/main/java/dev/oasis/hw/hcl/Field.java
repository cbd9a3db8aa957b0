package dev.oasis.hw.hcl;

/**
 * One field of a {@link DataType}.
 *
 * @param name the suffix of the signals that carry it ({@code tdata}, {@code addr})
 * @param type its hardware type
 */
public record Field(String name, HwType<?> type) {}
