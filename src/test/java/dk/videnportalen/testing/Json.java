package dk.videnportalen.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;

/** Small conveniences for reading JSON answers in tests. */
public final class Json {

  private Json() {}

  public static List<JsonObject> objects(JsonArray array) {
    return array.stream().map(JsonValue::asJsonObject).collect(Collectors.toList());
  }

  public static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
  }

  /** A string as a JSON literal, quotes and escapes included. */
  public static String quote(String s) {
    return jakarta.json.Json.createValue(s).toString();
  }
}
