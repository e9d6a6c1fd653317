// The version reported by `--version` and in every output's `generator`.

/// Linimasa's name and version.
public enum LinimasaVersion {
  public static let name = "linimasa"
  public static let current = "0.1.0"
  /// The `schemaVersion` of the JSON contract (docs/timeline-json.md).
  public static let schema = "1"
}
