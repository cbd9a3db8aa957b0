package dev.oasis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.runtime.control.ControlServerOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code oasis ctl [--url URL] VERB ...}: the client of a running appliance's control API
 * (docs/control-api.md). Prints what the appliance answers; exits 0 on success, 1 when the
 * appliance refuses the request (its errors printed) or cannot be reached, 2 on a usage error.
 */
@Command(
    name = "ctl",
    mixinStandardHelpOptions = true,
    description =
        "Read and change the tables and state of a running appliance through its control API"
            + " (by default on http://127.0.0.1:7341). JSON arguments may be given as @FILE, or"
            + " @- for standard input.")
final class CtlCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  @Option(
      names = "--url",
      paramLabel = "URL",
      defaultValue = "http://127.0.0.1:" + ControlServerOptions.DEFAULT_PORT,
      description = "The control API's address (default: ${DEFAULT-VALUE}).")
  String url;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    System.err.println("oasis ctl: missing verb");
    spec.commandLine().usage(System.err);
    return ExitCodes.USAGE;
  }

  @Command(name = "health", mixinStandardHelpOptions = true, description = "Is it running?")
  int health() {
    return request("GET", "/health", null);
  }

  @Command(name = "schema", mixinStandardHelpOptions = true, description = "The schema.")
  int schema() {
    return request("GET", "/schema", null);
  }

  @Command(
      name = "tables",
      mixinStandardHelpOptions = true,
      description = "Tables with their entry counts.")
  int tables() {
    return request("GET", "/tables", null);
  }

  @Command(name = "entries", mixinStandardHelpOptions = true, description = "A table's entries.")
  int entries(@Parameters(paramLabel = "TABLE") String table) {
    return request("GET", path("tables", table, "entries"), null);
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Add an entry: JSON as one element of an entries file's table list, e.g."
              + " '{\"key\": {\"ipv4.dst\": \"10.1.0.0/16\"}, \"action\": \"via\","
              + " \"params\": {\"nexthop\": \"10.0.3.2\"}}'.")
  int add(
      @Parameters(paramLabel = "TABLE") String table,
      @Parameters(paramLabel = "JSON|@FILE") String json) {
    return request("POST", path("tables", table, "entries"), jsonArgument(json));
  }

  @Command(
      name = "modify",
      mixinStandardHelpOptions = true,
      description = "Give an existing entry (named by its key) a new action or parameters.")
  int modify(
      @Parameters(paramLabel = "TABLE") String table,
      @Parameters(paramLabel = "JSON|@FILE") String json) {
    return request("PUT", path("tables", table, "entries"), jsonArgument(json));
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description =
          "Delete the entry with a key: '{\"ipv4.dst\": \"10.1.0.0/16\"}' or"
              + " '{\"key\": {...}}'.")
  int delete(
      @Parameters(paramLabel = "TABLE") String table,
      @Parameters(paramLabel = "KEYJSON|@FILE") String json) {
    return request("DELETE", path("tables", table, "entries"), keyBody(jsonArgument(json)));
  }

  @Command(
      name = "default",
      mixinStandardHelpOptions = true,
      description = "Set a table's default action: '{\"action\": NAME, \"params\": {...}}'.")
  int setDefault(
      @Parameters(paramLabel = "TABLE") String table,
      @Parameters(paramLabel = "JSON|@FILE") String json) {
    return request("PUT", path("tables", table, "default"), jsonArgument(json));
  }

  @Command(
      name = "table-counters",
      mixinStandardHelpOptions = true,
      description = "The direct counters of a table declared with counters = true.")
  int tableCounters(@Parameters(paramLabel = "TABLE") String table) {
    return request("GET", path("tables", table, "counters"), null);
  }

  @Command(
      name = "counter",
      mixinStandardHelpOptions = true,
      description = "A counter's non-zero elements, or one element.")
  int counter(
      @Parameters(paramLabel = "COUNTER") String counter,
      @Parameters(paramLabel = "INDEX", arity = "0..1") String index) {
    return request("GET", elementPath("counters", counter, index), null);
  }

  @Command(
      name = "register",
      mixinStandardHelpOptions = true,
      description = "A register's non-zero elements, or one element.")
  int register(
      @Parameters(paramLabel = "REGISTER") String register,
      @Parameters(paramLabel = "INDEX", arity = "0..1") String index) {
    return request("GET", elementPath("registers", register, index), null);
  }

  @Command(
      name = "set-register",
      mixinStandardHelpOptions = true,
      description = "Write one register element: a number, 0x hex, an address.")
  int setRegister(
      @Parameters(paramLabel = "REGISTER") String register,
      @Parameters(paramLabel = "INDEX") String index,
      @Parameters(paramLabel = "VALUE") String value) {
    ObjectNode body = MAPPER.createObjectNode().put("value", value);
    return request("PUT", path("registers", register, index), body.toString());
  }

  @Command(name = "map", mixinStandardHelpOptions = true, description = "A map's slots.")
  int map(@Parameters(paramLabel = "MAP") String map) {
    return request("GET", path("maps", map), null);
  }

  @Command(name = "map-put", mixinStandardHelpOptions = true, description = "Put a map key.")
  int mapPut(
      @Parameters(paramLabel = "MAP") String map,
      @Parameters(paramLabel = "KEY") String key,
      @Parameters(paramLabel = "VALUE") String value) {
    ObjectNode body = MAPPER.createObjectNode().put("key", key).put("value", value);
    return request("PUT", path("maps", map, "entries"), body.toString());
  }

  @Command(name = "map-delete", mixinStandardHelpOptions = true, description = "Remove a map key.")
  int mapDelete(
      @Parameters(paramLabel = "MAP") String map, @Parameters(paramLabel = "KEY") String key) {
    ObjectNode body = MAPPER.createObjectNode().put("key", key);
    return request("DELETE", path("maps", map, "entries"), body.toString());
  }

  @Command(name = "ports", mixinStandardHelpOptions = true, description = "Per-port statistics.")
  int ports() {
    return request("GET", "/ports", null);
  }

  @Command(
      name = "metrics",
      mixinStandardHelpOptions = true,
      description = "Metrics in the Prometheus text format.")
  int metrics() {
    return request("GET", "/metrics", null);
  }

  // ---------------------------------------------------------------------------------------------

  private int request(String method, String path, String body) {
    URI base = baseUri();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw new UserError(
          "no connection to " + base + " within " + CONNECT_TIMEOUT.toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      throw new UserError(
          "no answer from " + base + " within " + REQUEST_TIMEOUT.toSeconds() + " s");
    } catch (ConnectException e) {
      throw new UserError(
          "nothing listens at "
              + base
              + " (connection refused); is the appliance running with its control API?"
              + " (--url sets the address)");
    } catch (IOException e) {
      throw new UserError("cannot talk to " + base + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while waiting for " + base);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      System.out.print(response.body());
      System.out.flush();
      return ExitCodes.OK;
    }
    throw new UserError(String.join("\n", errorsOf(method + " " + path, status, response.body())));
  }

  /** The errors of an error response: its {@code errors} list, or the status and body. */
  private static List<String> errorsOf(String what, int status, String body) {
    List<String> out = new ArrayList<>();
    try {
      JsonNode errors = MAPPER.readTree(body).get("errors");
      if (errors != null && errors.isArray()) {
        errors.forEach(e -> out.add(e.asText()));
      }
    } catch (IOException e) {
      // Not our JSON: the status and the body's start say what happened.
    }
    if (out.isEmpty()) {
      String start = body.length() > 200 ? body.substring(0, 200) + "..." : body;
      out.add(what + ": the appliance answered " + status + (start.isBlank() ? "" : ": " + start));
    }
    return out;
  }

  private URI baseUri() {
    URI u;
    try {
      u = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw badUrl("is not a URL (" + e.getReason() + ")");
    }
    if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
      throw badUrl("expected http://HOST:PORT");
    }
    if (u.getHost() == null) {
      throw badUrl("has no host; expected http://HOST:PORT");
    }
    String text = u.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  private CommandLine.ParameterException badUrl(String why) {
    return new CommandLine.ParameterException(spec.commandLine(), "--url " + url + ": " + why);
  }

  /** A JSON argument: the text itself, or the contents of @FILE, or standard input for @-. */
  private String jsonArgument(String arg) {
    if (!arg.startsWith("@")) {
      return arg;
    }
    try {
      if (arg.equals("@-")) {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(arg.substring(1)), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError(arg.substring(1) + ": no such file");
    } catch (IOException e) {
      throw new UserError(arg.substring(1) + ": cannot read: " + e.getMessage());
    }
  }

  /** {@code {"key": {...}}} as given, or a bare key object wrapped in one. */
  private static String keyBody(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node != null
          && node.isObject()
          && !(node.size() == 1 && node.has("key") && node.get("key").isObject())) {
        ObjectNode wrapped = MAPPER.createObjectNode();
        wrapped.set("key", node);
        return wrapped.toString();
      }
    } catch (IOException e) {
      // Sent as it is: the appliance names the problem.
    }
    return json;
  }

  private static String elementPath(String kind, String name, String index) {
    return index == null ? path(kind, name) : path(kind, name, index);
  }

  private static String path(String... segments) {
    StringBuilder b = new StringBuilder();
    for (String s : segments) {
      b.append('/').append(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return b.toString();
  }
}
