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

    /// An `artifactLocation`: relative paths against `SRCROOT`, absolute ones as `file://` URIs.
    struct ArtifactLocation {
        let uri: String
        /// `SRCROOT` for a relative path; nil for an absolute one.
        let uriBaseID: String?

        /// The location of the file at `path`.
        init(path: String) {
            if path.hasPrefix("/") {
                uri = "file://" + URIReference.encode(path)
                uriBaseID = nil
            } else {
                uri = URIReference.encode(path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
                uriBaseID = "SRCROOT"
            }
        }

        /// Writes the members of the `artifactLocation` object.
        func write(to json: inout JSONWriter) {
            json.member("uri", uri)
            if let uriBaseID { json.member("uriBaseId", uriBaseID) }
        }
    }

    /// Whether `text` is an absolute URI with a scheme (`https://…`), as `helpUri` requires.
    static func isAbsolute(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
