package dev.oasis.sim.verilator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The ports of a top module as Verilator sees them, read from {@code verilator --xml-only}, and
 * their check against a {@link DeviceInterface}.
 */
final class TopPorts {

  /** The width given to a port whose type is not a plain bit vector (a struct, say). */
  private static final int NOT_A_VECTOR = Integer.MAX_VALUE;

  private TopPorts() {}

  /**
   * Reads the top module's ports from Verilator's XML output, in declaration order.
   *
   * @throws VerilatorBuildException in step {@link BuildStep#READ_PORTS} when the file is not the
   *     XML Verilator writes
   */
  static Map<String, TopPort> read(Path xml) {
    Document document = parse(xml);
    Map<String, Integer> widths = new HashMap<>();
    NodeList types = document.getElementsByTagName("basicdtype");
    for (int i = 0; i < types.getLength(); i++) {
      Element type = (Element) types.item(i);
      widths.put(type.getAttribute("id"), width(type));
    }

    Element top = topModule(document, xml);
    Map<String, TopPort> ports = new LinkedHashMap<>();
    NodeList vars = top.getElementsByTagName("var");
    for (int i = 0; i < vars.getLength(); i++) {
      Element var = (Element) vars.item(i);
      String direction = var.getAttribute("dir");
      if (direction.isEmpty() || var.getParentNode() != top) {
        continue;
      }
      int width = widths.getOrDefault(var.getAttribute("dtype_id"), NOT_A_VECTOR);
      String name = var.getAttribute("name");
      PortDirection dir = direction.equals("input") ? PortDirection.INPUT : PortDirection.OUTPUT;
      ports.put(name, new TopPort(name, dir, width));
    }
    return ports;
  }

  /**
   * Compares the actual ports with the interface's required ports and lists every difference.
   *
   * @return the problems, one line each; empty when the module fits
   */
  static List<String> problems(DeviceInterface device, Map<String, TopPort> actual) {
    List<String> missing = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<TopPort> expected = new ArrayList<>(device.requiredPorts());
    for (TopPort optional : device.optionalPorts()) {
      if (actual.containsKey(optional.name())) {
        expected.add(optional);
      }
    }
    for (TopPort want : expected) {
      TopPort have = actual.get(want.name());
      if (have == null) {
        missing.add(want.declaration());
        continue;
      }
      if (have.direction() != want.direction()) {
        problems.add(
            want.name()
                + " is an "
                + have.direction().keyword()
                + ", expected an "
                + want.direction().keyword());
      }
      if (have.width() != want.width()) {
        String width = have.width() == NOT_A_VECTOR ? "not a bit vector" : have.width() + "";
        problems.add(want.name() + " is " + width + " bits wide, expected " + want.width());
      }
    }
    if (!missing.isEmpty()) {
      problems.add(0, "missing " + String.join(", ", missing));
    }
    return problems;
  }

  /** Input ports the harness does not drive; Verilator leaves them at zero. */
  static List<String> undriven(DeviceInterface device, Map<String, TopPort> actual) {
    List<String> known = new ArrayList<>();
    device.requiredPorts().forEach(p -> known.add(p.name()));
    device.optionalPorts().forEach(p -> known.add(p.name()));
    List<String> extra = new ArrayList<>();
    for (TopPort port : actual.values()) {
      if (port.direction() == PortDirection.INPUT && !known.contains(port.name())) {
        extra.add(port.name());
      }
    }
    return extra;
  }

  private static int width(Element type) {
    String left = type.getAttribute("left");
    String right = type.getAttribute("right");
    if (left.isEmpty() || right.isEmpty()) {
      return 1;
    }
    return Math.abs(Integer.parseInt(left) - Integer.parseInt(right)) + 1;
  }

  private static Element topModule(Document document, Path xml) {
    NodeList modules = document.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      Element module = (Element) modules.item(i);
      if (module.getAttribute("topModule").equals("1")) {
        return module;
      }
    }
    throw new VerilatorBuildException(BuildStep.READ_PORTS, xml + " names no top module");
  }

  private static Document parse(Path xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(xml.toFile());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new VerilatorBuildException(
          BuildStep.READ_PORTS, "cannot read " + xml + ": " + e.getMessage(), e);
    }
  }
}
