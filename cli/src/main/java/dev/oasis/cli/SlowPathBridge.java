package dev.oasis.cli;

import dev.oasis.compiler.entries.Entries;
import dev.oasis.compiler.interp.PortFrame;
import dev.oasis.compiler.interp.PuntHandler;
import dev.oasis.runtime.slowpath.ApplianceInterface;
import dev.oasis.runtime.slowpath.ApplianceInterfaces;
import dev.oasis.runtime.slowpath.Emission;
import dev.oasis.runtime.slowpath.PuntedPacket;
import dev.oasis.runtime.slowpath.SlowPathResult;
import dev.oasis.runtime.slowpath.StandardSlowPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Connects the interpreter's punts to the runtime's standard slow path. Answers go back into the
 * run as frames on ports; packets no standard handler takes (program-defined reasons) are kept for
 * the host interface of the output capture.
 */
final class SlowPathBridge implements PuntHandler {
  private final StandardSlowPath slowPath;
  private final List<byte[]> pendingHostFrames = new ArrayList<>();
  private long hostFrames;

  SlowPathBridge(ApplianceInterfaces interfaces) {
    this.slowPath = new StandardSlowPath(interfaces);
  }

  /** The typed interfaces of an entries file, or a user error naming the bad one. */
  static ApplianceInterfaces interfaces(Path file, List<Entries.InterfaceConfig> configs) {
    List<ApplianceInterface> all = new ArrayList<>();
    for (int i = 0; i < configs.size(); i++) {
      Entries.InterfaceConfig c = configs.get(i);
      try {
        all.add(ApplianceInterface.of(c.port(), c.mac(), c.ipv4()));
      } catch (IllegalArgumentException e) {
        throw new UserError(file + ": interfaces[" + i + "]: " + e.getMessage());
      }
    }
    try {
      return new ApplianceInterfaces(all);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": interfaces: " + e.getMessage());
    }
  }

  @Override
  public List<PortFrame> onPunt(byte[] frame, int ingressPort, int reason, long timestampNanos) {
    SlowPathResult result =
        slowPath.handle(new PuntedPacket(frame, ingressPort, reason, timestampNanos));
    if (result.deliverToHost()) {
      pendingHostFrames.add(frame.clone());
      hostFrames++;
    }
    List<PortFrame> out = new ArrayList<>();
    for (Emission e : result.emissions()) {
      out.add(new PortFrame(e.port(), e.frame()));
    }
    return out;
  }

  /** The frames for the host interface since the last call. */
  List<byte[]> takeHostFrames() {
    List<byte[]> taken = List.copyOf(pendingHostFrames);
    pendingHostFrames.clear();
    return taken;
  }

  /** How many frames went to the host interface in all. */
  long hostFrames() {
    return hostFrames;
  }
}
