package dev.oasis.sim.verilator;

/** The programs a toolchain provides, named by their role. */
public enum Tool {
  /** Verilator itself. */
  VERILATOR("verilator", "verilator"),
  /** GNU make, which Verilator's generated makefiles need. */
  MAKE("make", "make"),
  /** The C++ compiler. */
  CXX("g++", "g++");

  private final String command;
  private final String debianPackage;

  Tool(String command, String debianPackage) {
    this.command = command;
    this.debianPackage = debianPackage;
  }

  /** The usual command name. */
  public String command() {
    return command;
  }

  /** The Debian package that installs it. */
  public String debianPackage() {
    return debianPackage;
  }
}
