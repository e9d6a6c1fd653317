// Names outlets from host names, dateline words and metadata values.
import LinimasaCore

/// Looks up outlets from the lexicon by host or alias, and derives a display name for
/// outlets the lexicon does not know.
public struct OutletDirectory: Sendable {
  private var byHost: [String: String] = [:]
  private var byAlias: [String: String] = [:]

  public init(outlets: [Outlet]) {
    for outlet in outlets {
      for domain in outlet.domains { byHost[domain] = outlet.name }
      byAlias[outlet.name.lowercased()] = outlet.name
      for alias in outlet.aliases { byAlias[alias.lowercased()] = outlet.name }
    }
  }

  /// The outlet of a URL or host ("https://www.tribunnews.com/x", "nasional.kompas.com").
  public func outlet(forHost hostOrURL: String) -> String? {
    guard let host = Self.host(of: hostOrURL) else { return nil }
    var labels = host.split(separator: ".")
    while labels.count >= 2 {
      if let name = byHost[labels.joined(separator: ".")] { return name }
      labels.removeFirst()
    }
    return nil
  }

  /// The outlet named by a dateline word ("TRIBUNNEWS.COM", "ANTARA", "Kompas.com").
  public func outlet(forDatelineName name: String) -> String {
    if let known = byAlias[name.lowercased()] { return known }
    if name.contains("."), let known = outlet(forHost: name) { return known }
    if name.contains(".") && !name.contains(" ") { return Self.nameFromHost(name.lowercased()) }
    return name
  }

  /// A metadata `source`/`hostname` value as a display name.
  func displayName(forSourceField value: String, isHost: Bool) -> String {
    if let known = byAlias[value.lowercased()] { return known }
    if isHost || value.contains("://") || (value.contains(".") && !value.contains(" ")) {
      if let known = outlet(forHost: value) { return known }
      if let host = Self.host(of: value) { return Self.nameFromHost(host) }
    }
    return value
  }

  /// "www.wartanusa.co.id" → "Wartanusa": the registrable label, capitalized.
  static func nameFromHost(_ host: String) -> String {
    let generic: Set<String> = ["www", "m", "amp", "com", "co", "id", "net", "org", "or", "go", "news", "ac", "uk", "au", "sg", "my", "info", "tv"]
    let labels = host.split(separator: ".").map(String.init)
    let label = labels.last(where: { !generic.contains($0) }) ?? labels.first ?? host
    return label.prefix(1).uppercased() + label.dropFirst()
  }

  /// The lowercased host of a URL or bare host name, without "www.".
  static func host(of value: String) -> String? {
    var text = Substring(value.lowercased())
    if let scheme = text.range(of: "://") { text = text[scheme.upperBound...] }
    if let end = text.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == ":" }) { text = text[..<end] }
    if text.hasPrefix("www.") { text = text.dropFirst(4) }
    guard text.contains("."), !text.contains(" "), !text.isEmpty else { return nil }
    return String(text)
  }
}
