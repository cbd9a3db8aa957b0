package dev.oasis.runtime.iface.linux;

import com.sun.jna.Structure;

/**
 * A kernel structure laid out by JNA. Fields are declared in the kernel header's order; JNA applies
 * the platform's C alignment rules, and the tests compare the result with {@code sizeof} and {@code
 * offsetof} printed by a C program compiled against the real headers.
 */
public abstract class KernelStruct extends Structure {

  /** The offset of {@code field} in bytes, as JNA laid it out. */
  public int offsetOf(String field) {
    return fieldOffset(field);
  }
}
