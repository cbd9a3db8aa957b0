package dev.oasis.runtime.iface;

import dev.oasis.runtime.iface.linux.Ifreq;

/** Checks Linux interface names before any system call sees them. */
final class InterfaceNames {

  /** The longest name: {@code IFNAMSIZ} less the terminating NUL. */
  static final int MAX_LENGTH = Ifreq.IFNAMSIZ - 1;

  private InterfaceNames() {}

  /**
   * Returns {@code name} if Linux accepts it as an interface name: 1 to 15 printable ASCII
   * characters, no '/', ':' or whitespace, not "." or "..".
   *
   * @throws IllegalArgumentException naming the name and the rule it breaks
   */
  static String check(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("interface name is empty; expected 1 to 15 characters");
    }
    if (name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "interface name '"
              + name
              + "' is "
              + name.length()
              + " characters long; Linux allows at most "
              + MAX_LENGTH
              + " (IFNAMSIZ 16 with the terminating NUL)");
    }
    if (name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException(
          "interface name '" + name + "' is not allowed; expected a name other than . and ..");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c > '~' || c == '/' || c == ':') {
        throw new IllegalArgumentException(
            "interface name '"
                + name
                + "' has character "
                + String.format("U+%04X", (int) c)
                + " at index "
                + i
                + "; expected printable ASCII without '/', ':' or spaces");
      }
    }
    return name;
  }
}
