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
public final class SlowPathBridge implements PuntHandler {
  private final StandardSlowPath slowPath;
  private final List<PuntedPacket> pendingHostPackets = new ArrayList<>();
  private long hostFrames;

  /** A fresh standard slow path for {@code interfaces}. */
  public SlowPathBridge(ApplianceInterfaces interfaces) {
    this.slowPath = new StandardSlowPath(interfaces);
  }

  /** The typed interfaces of an entries file, or a user error naming the bad one. */
  public static ApplianceInterfaces interfaces(Path file, List<Entries.InterfaceConfig> configs) {
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
      pendingHostPackets.add(new PuntedPacket(frame.clone(), ingressPort, reason, timestampNanos));
      hostFrames++;
    }
    List<PortFrame> out = new ArrayList<>();
    for (Emission e : result.emissions()) {
      out.add(new PortFrame(e.port(), e.frame()));
    }
    return out;
  }

  /** The frames for the host interface since the last call. */
  public List<byte[]> takeHostFrames() {
    return takeHostPackets().stream().map(PuntedPacket::frame).toList();
  }

  /** The packets for the host interface since the last call, with their punt reasons. */
  public List<PuntedPacket> takeHostPackets() {
    List<PuntedPacket> taken = List.copyOf(pendingHostPackets);
    pendingHostPackets.clear();
    return taken;
  }

  /** How many frames went to the host interface in all. */
  public long hostFrames() {
    return hostFrames;
  }
}
