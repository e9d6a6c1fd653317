// Publication dates written into article URLs.
import Foundation
import LinimasaCore

/// Reads the date in a news URL's path: "/2023/11/30/", "/2023-11-30/", "/20231130…"
/// (as a path segment of 8+ digits starting with a plausible date).
public enum URLDate {
  public static func date(in url: String) -> CivilDate? {
    var path = Substring(url)
    if let scheme = path.range(of: "://") {
      path = path[scheme.upperBound...]
      path = path.drop { $0 != "/" }
    }
    if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
    let segments = path.split(separator: "/").map(String.init)
    for (index, segment) in segments.enumerated() {
      if segment.count == 4, let year = Int(segment), (1990...2100).contains(year), index + 2 < segments.count,
        segments[index + 1].count == 2, let month = Int(segments[index + 1]),
        segments[index + 2].count == 2, let day = Int(segments[index + 2]),
        let date = CivilDate(year: year, month: month, day: day)
      {
        return date
      }
      if segment.count >= 10, let date = CivilDate(iso: segment.prefix(10)), (1990...2100).contains(date.year) {
        return date
      }
      let digits = segment.prefix { $0.isNumber }
      if digits.count >= 8, digits.count <= 14, let year = Int(digits.prefix(4)), (1990...2100).contains(year),
        let month = Int(digits.dropFirst(4).prefix(2)), let day = Int(digits.dropFirst(6).prefix(2)),
        let date = CivilDate(year: year, month: month, day: day)
      {
        return date
      }
    }
    return nil
  }
}
