import Foundation

/// Turning file paths into the URI references SARIF expects.
enum URIReference {
    /// Characters left as they are in a path's URI form (RFC 3986 unreserved, sub-delims, `/`, `:`, `@`).
    private static let allowed = CharacterSet(charactersIn:
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=/:@")

    /// `path` percent-encoded as a URI path (spaces, `%`, `#`, `?` and non-ASCII escaped).
    static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// Writes the members of an `artifactLocation`: relative paths against `SRCROOT`, absolute
    /// ones as `file://` URIs.
    static func writeArtifactLocation(_ path: String, to json: inout JSONWriter) {
        if path.hasPrefix("/") {
            json.member("uri", "file://" + encode(path))
        } else {
            json.member("uri", encode(path.hasPrefix("./") ? String(path.dropFirst(2)) : path))
            json.member("uriBaseId", "SRCROOT")
        }
    }

    /// Whether `text` is an absolute URI with a scheme (`https://…`), as `helpUri` requires.
    static func isAbsolute(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
