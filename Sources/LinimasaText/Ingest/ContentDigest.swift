// What tells a changed input from an unchanged one.
import CLinimasaDigest

/// The SHA-256 digest of an input's bytes (libcrypto's), written as 64 lower-case hex digits.
public enum ContentDigest {
  public static func sha256(_ bytes: [UInt8]) -> String {
    var digest = [UInt8](repeating: 0, count: 32)
    let status = bytes.withUnsafeBufferPointer { input in
      digest.withUnsafeMutableBufferPointer { lnm_sha256(input.baseAddress, input.count, $0.baseAddress) }
    }
    precondition(status == 0, "libcrypto could not compute a SHA-256 digest")
    let hexDigits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    for byte in digest {
      hex.append(hexDigits[Int(byte >> 4)])
      hex.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
