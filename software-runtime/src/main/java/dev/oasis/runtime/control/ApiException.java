package dev.oasis.runtime.control;

import java.util.List;

/** A request the control API refuses: the status and the errors to answer with. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> errors;
  private final String allow;

  ApiException(int status, List<String> errors, String allow) {
    super(String.join("; ", errors), null, false, false);
    this.status = status;
    this.errors = List.copyOf(errors);
    this.allow = allow;
  }

  ApiException(int status, String error) {
    this(status, List.of(error), null);
  }

  static ApiException badRequest(List<String> errors) {
    return new ApiException(400, errors, null);
  }

  static ApiException notFound(String error) {
    return new ApiException(404, error);
  }

  ApiResponse response() {
    ApiResponse r = ApiResponse.errors(status, errors);
    return allow == null ? r : r.withAllow(allow);
  }

  int status() {
    return status;
  }
}
