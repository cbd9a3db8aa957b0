package dev.oasis.runtime.control;

import dev.oasis.compiler.schema.ExternSchemas;
import dev.oasis.compiler.schema.TableSchema;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The routes of the control API (docs/control-api.md): maps a method and path to an endpoint, with
 * 404 for an unknown path and 405 (with {@code Allow}) for a method a path does not take. Free of
 * HTTP plumbing, so it is the same whatever carries the requests.
 */
final class ControlApi {
  private final TableEndpoints tables;
  private final StateEndpoints state;
  private final StatusEndpoints status;

  ControlApi(ControlPlane plane, ScheduledExecutorService timer, Duration timeout) {
    OperationRunner runner = new OperationRunner(plane, timer, timeout);
    this.tables = new TableEndpoints(plane.schema(), runner);
    this.state = new StateEndpoints(plane.schema(), runner);
    this.status = new StatusEndpoints(plane, runner);
  }

  /**
   * Answers one request. {@code segments} are the decoded segments of the path, empty ones left
   * out. Never throws: every failure is a response.
   */
  CompletableFuture<ApiResponse> handle(String method, List<String> segments, byte[] body) {
    try {
      return route(method, segments, body);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(OperationRunner.failure(e));
    }
  }

  private CompletableFuture<ApiResponse> route(String method, List<String> s, byte[] body) {
    int n = s.size();
    String first = n == 0 ? "" : s.get(0);
    switch (first) {
      case "health" -> {
        if (n == 1) {
          allow(method, "GET");
          return status.health();
        }
      }
      case "schema" -> {
        if (n == 1) {
          allow(method, "GET");
          return status.schema();
        }
      }
      case "ports" -> {
        if (n == 1) {
          allow(method, "GET");
          return status.ports();
        }
      }
      case "metrics" -> {
        if (n == 1) {
          allow(method, "GET");
          return status.metrics();
        }
      }
      case "tables" -> {
        return tables(method, s, body);
      }
      case "counters" -> {
        return counters(method, s);
      }
      case "registers" -> {
        return registers(method, s, body);
      }
      case "maps" -> {
        return maps(method, s, body);
      }
      default -> {}
    }
    throw notFound(s);
  }

  private CompletableFuture<ApiResponse> tables(String method, List<String> s, byte[] body) {
    if (s.size() == 1) {
      allow(method, "GET");
      return tables.list();
    }
    TableSchema t = tables.require(s.get(1));
    if (s.size() == 2) {
      allow(method, "GET");
      return tables.get(t);
    }
    if (s.size() == 3 && s.get(2).equals("entries")) {
      return switch (allow(method, "GET", "POST", "PUT", "DELETE")) {
        case "POST" -> tables.add(t, body);
        case "PUT" -> tables.modify(t, body);
        case "DELETE" -> tables.delete(t, body);
        default -> tables.entries(t);
      };
    }
    if (s.size() == 3 && s.get(2).equals("counters")) {
      allow(method, "GET");
      return tables.counters(t);
    }
    if (s.size() == 3 && s.get(2).equals("default")) {
      return allow(method, "GET", "PUT").equals("PUT")
          ? tables.setDefault(t, body)
          : tables.getDefault(t);
    }
    throw notFound(s);
  }

  private CompletableFuture<ApiResponse> counters(String method, List<String> s) {
    if (s.size() == 1) {
      allow(method, "GET");
      return state.counters();
    }
    if (s.size() > 3) {
      throw notFound(s);
    }
    ExternSchemas.Counter c = state.counter(s.get(1));
    allow(method, "GET");
    return s.size() == 2 ? state.counter(c) : state.counterElement(c, s.get(2));
  }

  private CompletableFuture<ApiResponse> registers(String method, List<String> s, byte[] body) {
    if (s.size() == 1) {
      allow(method, "GET");
      return state.registers();
    }
    if (s.size() > 3) {
      throw notFound(s);
    }
    ExternSchemas.Register r = state.register(s.get(1));
    if (s.size() == 2) {
      allow(method, "GET");
      return state.register(r);
    }
    return allow(method, "GET", "PUT").equals("PUT")
        ? state.writeRegister(r, s.get(2), body)
        : state.registerElement(r, s.get(2));
  }

  private CompletableFuture<ApiResponse> maps(String method, List<String> s, byte[] body) {
    if (s.size() == 1) {
      allow(method, "GET");
      return state.maps();
    }
    ExternSchemas.Map m = state.map(s.get(1));
    if (s.size() == 2) {
      allow(method, "GET");
      return state.map(m);
    }
    if (s.size() == 3 && s.get(2).equals("entries")) {
      return switch (allow(method, "GET", "PUT", "DELETE")) {
        case "PUT" -> state.putMapEntry(m, body);
        case "DELETE" -> state.removeMapEntry(m, body);
        default -> state.map(m);
      };
    }
    throw notFound(s);
  }

  /** Returns {@code method} if the path takes it, else throws 405 naming the methods it takes. */
  private static String allow(String method, String... methods) {
    for (String m : methods) {
      if (m.equals(method)) {
        return m;
      }
    }
    String allowed = String.join(", ", methods);
    throw new ApiException(
        405, List.of("method " + method + " is not allowed here; expected " + allowed), allowed);
  }

  private static ApiException notFound(List<String> s) {
    return ApiException.notFound(
        "no such resource: /"
            + String.join("/", s)
            + " (resources: /health, /schema, /tables, /counters, /registers, /maps, /ports,"
            + " /metrics; see docs/control-api.md)");
  }
}
